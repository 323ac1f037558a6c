"""More SEEN variants for what Swedish protocols do that the others leave out: names printed in
capitals in rosters and signature boxes ("ANNA EK (S), ordförande", "Anna EK"), a justerare
named with a substitute ("Till justerare valdes X med Y som ersättare", "Justerare: X,
ersättare Y"), decision sentences wrapped in a narrow column (a short first line "Till
justerare valdes" that is no heading), names with an initial ("Per J. Ek") and particles.

Each is a function ``rng -> Rendered`` like those of layouts.py, registered in ``LEFTOVERS``
(make.py adds them to the seen part).
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .layouts import Rendered, Variant, board_page_one, registry
from .model import Meeting, Seat, board_meeting, council_meeting
from .parts import Decisions
from .people import Cast, Person
from .render import Flow, Ln, Style

LEFTOVERS: list[Variant] = []
variant = registry(LEFTOVERS)

PARTICLES = frozenset({"von", "af", "de"})


# --------------------------------------------------------------------------- shared pieces
def in_capitals(name: str, form: str) -> str:
    """A name as a roster in capitals prints it: "all" ("ANNA EK", "AGNES VON BERGFORS"),
    "family" (the family name alone: "Anna EK"), or "none" (as it is)."""
    if form == "none":
        return name
    if form == "all":
        return name.upper()
    given, family = name.split(" ", 1) if "." not in name else name.rsplit(" ", 1)
    return f"{given} {' '.join(w if w in PARTICLES else w.upper() for w in family.split())}"


def with_initials(m: Meeting, rng: random.Random, share: float = 0.3) -> None:
    """Give some people of the meeting a middle initial ("Per J. Ek"), everywhere they appear."""
    people: dict[str, Person] = {}
    for s in m.seats:
        if s.person is not None and s.person.name not in people and rng.random() < share:
            people[s.person.name] = Person(f"{s.person.given} {rng.choice('ABEJKLMST')}.", s.person.family)

    def seat(s: Seat) -> Seat:
        if s.person is None or s.person.name not in people:
            return s
        return replace(s, person=people[s.person.name])

    m.seats = [seat(s) for s in m.seats]
    m.justerare = seat(m.justerare)


def substitute_for(m: Meeting, rng: random.Random) -> Seat:
    """Who stands by to sign if the justerare cannot: another member present."""
    others = [s for s in m.seats if s.person is not None and s.role == "ledamot" and s.name != m.justerare.name]
    return rng.choice(others)


def justerare_with_substitute(
    m: Meeting, sub: Seat, rng: random.Random, *, party: bool, two: bool = True
) -> tuple[str, list[Seat]]:
    """A sentence electing the justerare and naming a substitute (no justerare), or two people
    to adjust together ("X och Y utses att justera protokollet"): the sentence and who adjusts."""
    j = m.justerare

    def who(s: Seat) -> str:
        return s.name + (f" ({s.party})" if party and s.party else "")

    forms = [
        (f"Till justerare valdes {who(j)} med {who(sub)} som ersättare.", [j]),
        (f"Att jämte ordföranden justera protokollet utsågs {who(j)}, med {who(sub)} som ersättare.", [j]),
        (f"{m.subject} utsåg {who(j)} till justerare med {who(sub)} som ersättare.", [j]),
        (f"Till justerare utsågs {who(j)} och till ersättare för justeraren {who(sub)}.", [j]),
    ]
    if two:
        forms.append((f"{who(j)} och {who(sub)} utses att justera protokollet.", [j, sub]))
    return rng.choice(forms)


def record_adjusters(f: Flow, ln: Ln, people: list[Seat]) -> None:
    for s in people:
        f.person(ln, s.name, "justerare", s.org)


def signature_box_capitals(f: Flow, m: Meeting, caps: str, *, col: float = 140.0) -> None:
    """ "Underskrifter": a dotted line, the caption, the name under it in capitals."""
    f.line("Underskrifter", bold=True, before=14, keep=9)
    for label, person in (
        ("Sekreterare", m.secretary.person),
        ("Ordförande", m.chair.person),
        ("Justerare", m.justerare.person),
    ):
        f.line(label, before=8, keep=2)
        f.line("." * 44, x=col, before=6, keep=1)
        ln = f.line(in_capitals(person.name, caps), x=col)
        if label == "Sekreterare":
            P.record_secretary(f, ln, m)
        elif label == "Justerare":
            P.record_justerare(f, ln, m)


# --------------------------------------------------------------------------- variants
@variant(
    "board",
    "r_one_per_line",
    "r_role_after",
    "r_party",
    "r_ersatter",
    "r_role_heading",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "r_sig_box",
    "r_val_av_justerare",
    "m_letterhead_body",
    "h_para",
    "d_beslut",
    "date_iso",
)
def board_capitals(rng: random.Random) -> Rendered:
    """A municipal board's protocol whose template prints names in capitals: the letterhead
    "KUMLA KOMMUN", headings "BESLUTANDE", "ERSÄTTARE", "ÖVRIGA DELTAGANDE" in capitals; the
    entries "ANNA EK (S), ordförande" (or the family name alone in capitals, "Anna EK (S)"),
    "Name (M) ersätter Y", officials "NAME, title"; "Justerare: X, ersättare Y" (or "Utses att
    justera  X (ersättare Y)"); "Val av justerare" decided with a substitute ("Till justerare
    valdes X med Y som ersättare"); the signature box with the names in capitals.  Some names
    carry a middle initial ("Per J. Ek") or a particle ("Agnes VON BERGFORS" -> "von")."""
    m = board_meeting(rng, Cast(rng, compound_share=0.3), spans=False, standard_items=True)
    with_initials(m, rng)
    caps = rng.choice(("all", "family"))
    sub = substitute_for(m, rng)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5, top=84, bottom=80))
    f.line(m.org.upper(), bold=True, size=12)
    f.line("PROTOKOLL", bold=True, size=14, before=4)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Sammanträdesdatum {m.date.isoformat()}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    P.heading_line(f, rng.choice(("BESLUTANDE", "NÄRVARANDE", "BESLUTANDE LEDAMÖTER")), before=10)
    for s in [s for s in m.seats if s.role != "ersättare" or s.replaces]:
        text = P.seat_text(s, org=None, party=True, role="rank", replaces="ersätter", span=False)
        P.record(f, f.line(text.replace(s.name, in_capitals(s.name, caps), 1)), s)
    rest = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    if rest:
        P.heading_line(f, rng.choice(("ERSÄTTARE", "EJ TJÄNSTGÖRANDE ERSÄTTARE")))
        for s in rest:
            P.record(f, f.line(f"{in_capitals(s.name, caps)} ({s.party})"), s)
    P.heading_line(f, rng.choice(("ÖVRIGA DELTAGANDE", "ÖVRIGA NÄRVARANDE")))
    for a in m.officials:
        P.record(f, f.line(f"{in_capitals(a.name, caps)}, {a.title}"), a)
    j, y = in_capitals(m.justerare.name, caps), in_capitals(sub.name, caps)
    if rng.random() < 0.5:
        ln = f.line(f"Justerare: {j}, ersättare {y}", before=8)
    else:
        ln = f.line("Utses att justera", bold=True, before=8, cells=((140, f"{j} (ersättare {y})", False),))
    P.record_justerare(f, ln, m)
    board_page_one(f, m)
    signature_box_capitals(f, m, caps)
    ds = Decisions("Beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, new_page=k == 0, size=11)
        if it.kind == "justerare":
            sentence, adjusters = justerare_with_substitute(m, sub, rng, party=True, two=False)
            f.line("Beslut", bold=True, before=8, keep=1)
            rows = f.para(sentence, before=3)
            f.decision(sentence)
            record_adjusters(f, rows[-1], adjusters)
        else:
            P.board_item_body(f, m, it, ds, rng)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "council",
    "r_one_per_line",
    "r_role_paren",
    "r_name_title_columns",
    "r_val_av_justerare",
    "h_dot",
    "d_sentences",
    "date_long",
)
def council_narrow_column(rng: random.Random) -> Rendered:
    """A council's protocol set in a narrow right-hand column beside the item numbers, so its
    sentences wrap after two or three words: "Till justerare valdes" / "Anna Ek, Kumla" /
    "kommun, med Per Berg som" / "ersättare." is one sentence, and so is "Rådet beslutade" /
    "att …"; the roster one "Name, Organisation" a line (a middle initial in some names:
    "Per J. Ek"), the chair "(ordf)"; officials as names beside lower-case titles ("Lena Ås
    utvecklingsledare")."""
    m = council_meeting(rng, Cast(rng, compound_share=0.25), vacancies=0, guests=0)
    with_initials(m, rng)
    sub = substitute_for(m, rng)
    f = Flow(Style(rng.choice(("vera", "times")), size=10))
    col, width = 150.0, rng.choice((115.0, 130.0, 150.0))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=6)
    f.line(f"Plats: {m.place}")
    P.heading_line(f, "Närvarande ledamöter")
    for s in m.seats:
        if s.role == "ersättare":
            continue
        P.record(f, f.line(P.seat_text(s, org="full", role="paren", span=False)), s)
    P.heading_line(f, "Närvarande tjänstepersoner")
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (200, a.title)]), a)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((200, m.secretary.name, False),)), m)
    for it in m.items:
        label = f"{it.number}."
        ln = f.line(label, bold=True, before=12, keep=2, cells=((col, it.title, True),))
        f.item(str(it.number), it.title, ln, it.dnr)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), x=col, width=col + width, before=4)
        if it.kind == "justerare":
            sentence, adjusters = justerare_with_substitute(m, sub, rng, party=False)
            rows = f.para(sentence, x=col, width=col + width, before=3)
            f.decision(sentence)
            record_adjusters(f, rows[-1], adjusters)
            continue
        for s in P.decision_sentences(m, it, Decisions(form="past"), rng):
            f.para(s, x=col, width=col + width, before=3)
            f.decision(s)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Protokoll", m.body, m.date.isoformat())
