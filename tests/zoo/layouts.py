"""The zoo's SEEN layout variants (the held-out ones are in heldout.py).

A variant is a function ``rng -> Rendered``: it draws the facts (model.py), prints them in its
own layout with the parts of parts.py, and the Flow it fills records the gold as it prints.
Each variant's docstring says what it exercises; ``exercises`` names the phenomena of issue 10
("What real protocols do") it covers, from ``PHENOMENA``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import content as C
from . import parts as P
from .model import Agreement, Attendee, Meeting, Seat, agreement, board_meeting, council_meeting, minutes_meeting
from .model import _kind_of as kind_of
from .parts import Decisions
from .people import Cast
from .render import GLUE, Flow, Furniture, H, Style, W, no_furniture, text_width, wrap

PHENOMENA = frozenset(
    {
        # item headings
        "h_dot",
        "h_paren",
        "h_bare",
        "h_own_line",
        "h_para",
        "h_para_tight",
        "h_finnish",
        "h_ks_para",
        "h_ks_short",
        "h_paragraf",
        "h_arende",
        "h_punkt",
        "h_unnumbered",
        "toc_dots",
        "toc_plain",
        "page_break_item",
        "running_header",
        # rosters
        "r_one_per_line",
        "r_running_comma",
        "r_running_semicolon",
        "r_och",
        "r_table_header",
        "r_table_ruled",
        "r_table_unruled",
        "r_side_by_side",
        "r_role_name_org",
        "r_name_title_columns",
        "r_family_first",
        "r_role_after",
        "r_role_paren",
        "r_ej_tjg",
        "r_role_before",
        "r_role_heading",
        "r_party",
        "r_party_independent",
        "r_org_short",
        "r_ersatter",
        "r_tjg_for",
        "r_span",
        "r_absent",
        "r_narvarande_ej_tjg",
        "r_ovriga_narvarande",
        "r_inbjudna",
        "r_antecknare",
        "r_adjungerade",
        "r_guests",
        "r_sig_box",
        "r_utses_justera",
        "r_val_av_justerare",
        "r_vakant",
        "r_appendix",
        # decisions
        "d_beslut",
        "d_beslut_colon",
        "d_beslutet",
        "d_organ_beslut",
        "d_namnden_beslutar",
        "d_inline",
        "d_sentences",
        "d_att_clauses",
        "d_numbered",
        "d_page_break",
        "d_not_proposal",
        "d_not_yrkanden",
        "d_proposal_kf",
        "d_not_reservation",
        # meta
        "m_one_line_header",
        "m_letterhead_body",
        "m_organ_field",
        "m_page_header_body",
        "m_sig_box_body",
        "date_iso",
        "date_short",
        "date_long",
        "date_weekday",
        "date_dotted",
        "m_other_dates",
        # agreements
        "a_parties_list",
        "a_parties_table",
        "a_parties_running",
        "a_sig_2col",
        "a_sig_3col",
        "a_sig_title_org",
    }
)


@dataclass
class Rendered:
    """A laid-out document: its flow, furniture and the gold's document facts."""

    flow: Flow
    furniture: Furniture
    kind: str
    title: str | None
    body: str | None
    date: str | None
    author: str = C.REGION
    agreement: dict | None = None


@dataclass(frozen=True)
class Variant:
    name: str
    family: str  # council | board | minutes | agreement
    exercises: frozenset[str]
    render: Callable[[random.Random], Rendered]

    @property
    def doc(self) -> str:
        return (self.render.__doc__ or "").strip()


def registry(target: list[Variant]):
    """``@variant(family, *phenomena)`` appends the decorated renderer to ``target``."""

    def variant(family: str, *tags: str):
        unknown = set(tags) - PHENOMENA
        assert not unknown, unknown

        def add(fn: Callable[[random.Random], Rendered]) -> Callable[[random.Random], Rendered]:
            target.append(Variant(fn.__name__, family, frozenset(tags), fn))
            return fn

        return add

    return variant


SEEN: list[Variant] = []
variant = registry(SEEN)


# --------------------------------------------------------------------------- shared pieces
def protocol(f: Flow, m: Meeting, title: str = "Protokoll") -> Rendered:
    return Rendered(f, no_furniture, m.kind, title, m.body, m.date.isoformat(), m.org)


def items_council(
    f: Flow,
    m: Meeting,
    rng: random.Random,
    ds: Decisions,
    form: str,
    *,
    indent: float = 0.0,
    own_line: bool = False,
    size: float = 11.0,
    break_item: int | None = None,
    bold: bool = True,
    unnumbered: bool = False,
) -> None:
    """Every agenda item of a council or group: heading, text, decisions."""
    for k, it in enumerate(m.items):
        P.item_heading(
            f,
            m,
            it,
            "unnumbered" if unnumbered else form,
            own_line=own_line,
            indent=indent,
            size=size,
            number=str(k + 1) if unnumbered else None,
            bold=bold,
        )
        P.council_item_body(
            f, m, it, ds, rng, x=indent if not own_line else indent, break_inside=break_item == it.number
        )


def long_decision_item(m: Meeting) -> int | None:
    """The topic whose decision is longest (to print across a page break)."""
    topics = [it for it in m.items if it.kind == "topic" and it.acts]
    return max(topics, key=lambda it: len(it.acts[0])).number if topics else None


def officials_dash(f: Flow, m: Meeting, heading: str = "Tjänstepersoner:", org: str = "full") -> None:
    P.roster_lines(f, heading, m.officials, lambda a: P.attendee_text(a, unit=True, org=org, dash=True), hang=8)


def grid(
    f: Flow,
    header: list[str] | None,
    rows: list[tuple[list[str], list]],
    xs: list[float],
    *,
    ruled: bool = True,
    size: float | None = None,
    before: float = 8.0,
    x1: float | None = None,
) -> None:
    """A table whose rows may name several people (a member and a substitute): ``rows`` are
    (cells, people to record on that row); ``ruled`` draws the cell borders."""
    x1 = x1 if x1 is not None else f.style.width
    rule = (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:])) if ruled else None
    if header:
        f.row(list(zip(xs, header, strict=True)), bold=True, size=size, before=before, rule=rule, keep=1)
        before = 0.0
    for k, (cells, who) in enumerate(rows):
        placed = [(x, t) for x, t in zip(xs, cells, strict=True) if t]
        ln = f.row(placed, size=size, before=before if k == 0 else 0.0, rule=rule)
        for w in who:
            P.record(f, ln, w)


def side_by_side(
    f: Flow,
    columns: list[list[tuple[str, object]]],
    xs: list[float],
    *,
    header: list[str] | None = None,
    size: float | None = None,
    before: float = 8.0,
    hang: float = 8.0,
) -> None:
    """Columns of entries printed side by side ("Ledamöter | Ersättare"): an entry wraps inside
    its column (the rows after its first are indented), and a printed line holds the k-th line
    of every column.  Each entry is (text, Seat/Attendee or None), recorded where it starts."""
    size = size or f.style.size
    bounds = [*xs[1:], f.style.width]
    cols = []
    for entries, x, x1 in zip(columns, xs, bounds, strict=True):
        out = []
        for text, who in entries:
            for k, row in enumerate(wrap(text, x1 - x - 10, f.style.reg, size, hang)):
                out.append((x + (hang if k else 0.0), row, who if k == 0 else None))
        cols.append(out)
    if header:
        f.row(list(zip(xs, header, strict=True)), bold=True, size=size, before=before, keep=1)
        before = 0.0
    for k in range(max(len(c) for c in cols)):
        here = [c[k] for c in cols if k < len(c)]
        ln = f.row([(x, t) for x, t, _ in here], size=size, before=before if k == 0 else 0.0)
        for _, _, who in here:
            if who is not None:
                P.record(f, ln, who)


def running_entries(
    f: Flow,
    heading: str,
    texts: list[str],
    record,
    *,
    sep: str = "; ",
    last: str | None = None,
    end: str = "",
    before: float = 6.0,
    hang: float = 0.0,
) -> None:
    """Like parts.roster_running, with the caller recording each entry: ``record(k, ln)`` for
    the k-th entry on the printed row where it starts."""
    if not texts:
        return
    body = sep.join(texts[:-1]) + (last if last and len(texts) > 1 else sep if len(texts) > 1 else "") + texts[-1]
    rows = f.para(f"{heading} {body}{end}", before=before, hang=hang)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for k, t in enumerate(texts):
        pos = joined.index(t, pos)
        record(k, rows[max(j for j, s in enumerate(starts) if s <= pos)])
        pos += len(t)


PARTY_NAMES = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "SD": "Sverigedemokraterna",
    "C": "Centerpartiet",
    "V": "Vänsterpartiet",
    "KD": "Kristdemokraterna",
    "L": "Liberalerna",
    "MP": "Miljöpartiet",
}
REMARKS = {
    "Reservation": (
        "{who} reserverar sig mot beslutet till förmån för eget yrkande om avslag.",
        "Ledamöterna för {party} reserverar sig mot beslutet.",
    ),
    "Protokollsanteckning": (
        "{who} lämnar följande anteckning till protokollet: Vi hade hellre sett att "
        "ärendet återremitterades för en bredare konsekvensanalys.",
        "{party} antecknar till protokollet att partiet vill att frågan följs upp under året.",
    ),
    "Jäv": ("{who} anmäler jäv och deltar inte i handläggningen av ärendet.",),
}


def remark(
    f: Flow,
    m: Meeting,
    item,
    rng: random.Random,
    *,
    x: float = 0.0,
    share: float = 0.45,
    kinds: tuple[str, ...] = tuple(REMARKS),
) -> None:
    """After some topics' decisions, what is recorded apart from them: a "Reservation", a
    "Protokollsanteckning" or a "Jäv", naming a member with party (never a decision)."""
    if item.kind != "topic" or rng.random() >= share:
        return
    who = rng.choice(
        [s for s in m.seats if s.person and s.party in PARTY_NAMES and (s.role != "ersättare" or s.replaces)]
    )
    kind = rng.choice(kinds)
    text = rng.choice(REMARKS[kind]).format(who=f"{who.name} ({who.party})", party=PARTY_NAMES[who.party])
    f.line(kind, x=x, bold=True, before=8, keep=1)
    f.para(text, x=x)


def decision_over_page_break(f: Flow, m: Meeting, item, *, heading: str | None = None, x: float = 0.0) -> None:
    """The item's decisions as "<Subject> beslutade att …" sentences, the first running over a
    page break -- or, when it fits on one line, starting the next page (with its heading)."""
    head = f.line(heading, x=x, bold=True, before=8, keep=1) if heading else None
    for j, act in enumerate(item.acts):
        sentence = f"{m.subject} beslutade att {act}."
        rows = f.para(sentence, x=x, before=3 if j or heading else 6, break_after=1 if j == 0 else None)
        if j == 0 and len(rows) == 1:
            (head or rows[0]).new_page = True
        f.decision(sentence)


def renumbered(items: list, first: int = 1) -> list:
    """The items numbered from ``first`` in order (after dropping some, or continuing a year's §§)."""
    return [replace(it, number=first + k) for k, it in enumerate(items)]


# --------------------------------------------------------------------------- councils
@variant(
    "council",
    "m_letterhead_body",
    "r_role_heading",
    "r_one_per_line",
    "r_vakant",
    "h_dot",
    "d_sentences",
    "r_val_av_justerare",
    "date_iso",
)
def council_letterhead(rng: random.Random) -> Rendered:
    """Region letterhead with "Tjänsteställe / Sekreterare" (the secretary is named there),
    "Datum: 2025-03-04"; roster sections "Ordförande:", "Ledamöter:", "Ersättare:" with one
    "Name, Organisation" a line and Vakant seats; officials as "- Name, title, unit, org" lines
    that wrap; items "5." with the title beside the number; decisions as sentences
    ("… fastställdes", "… lades till handlingarna", "Till justerare utsågs …", "Rådet beslutade att …")."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2))
    f = Flow(Style("vera"))
    col = max(300.0, text_width(m.organ, f.style.reg, 8.5) + 16)
    f.row([(0, "Tjänsteställe"), (col, "Sekreterare")], size=7)
    ln = f.row([(0, m.organ), (col, m.secretary.name)], size=8.5, before=2)
    P.record_secretary(f, ln, m)
    f.line("Förvaltningen regional utveckling", size=9)
    f.line("Protokoll", bold=True, size=16, before=22)
    for label, value in (("Datum", C.fmt_date(m.date, "iso")), ("Tid", m.time), ("Plats", m.place)):
        f.line(f"{label}: {value}", before=4 if label == "Datum" else 0)
    seat = lambda s: P.seat_text(s)  # noqa: E731
    P.roster_lines(f, "Ordförande:", m.role("ordförande"), seat)
    P.roster_lines(f, "Vice ordförande:", m.role("vice ordförande"), seat)
    P.roster_lines(f, "Ledamöter:", m.role("ledamot"), seat)
    P.roster_lines(f, "Ersättare:", m.role("ersättare"), seat)
    officials_dash(f, m)
    for it in m.items:
        P.item_heading(f, m, it, "dot", indent=28)
        P.council_item_body(f, m, it, Decisions(form="past"), rng, x=28, split=True)
    r = protocol(f, m)
    r.furniture = P.furniture_region(P.REGION_FOOTER)
    return r


@variant(
    "council",
    "r_running_semicolon",
    "r_role_before",
    "r_guests",
    "h_bare",
    "date_weekday",
    "d_sentences",
    "r_vakant",
    "running_header",
)
def council_semicolons(rng: random.Random) -> Rendered:
    """ "Protokoll – <Council>" and "Fredagen den 4 mars 2025, kl. …"; every roster section in
    running text with the role before the names ("Ledamöter: A, Org; B, Org; …", Vakant among
    them), "Gäster:" from other organisations, "Sekreterare: Name, Org"; items "5 Title" with
    no punctuation after the number; Times."""
    m = council_meeting(rng, Cast(rng), guests=2)
    f = Flow(Style("times", size=10.5))
    f.line(f"Protokoll – {m.organ}", bold=True, size=14)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=4)
    f.line(m.place)
    seat = lambda s: P.seat_text(s)  # noqa: E731
    for heading, role in (
        ("Ordförande:", "ordförande"),
        ("Vice ordförande:", "vice ordförande"),
        ("Ledamöter:", "ledamot"),
        ("Ersättare:", "ersättare"),
    ):
        P.roster_running(f, heading, m.role(role), seat)
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a))
    P.roster_running(f, "Gäster:", m.guests, lambda a: P.attendee_text(a))
    ln = f.para(f"Sekreterare: {m.secretary.name}, {m.secretary.org}", before=6)[0]
    P.record_secretary(f, ln, m)
    items_council(f, m, rng, Decisions(form="past", in_text=True), "bare", size=11.5)
    r = protocol(f, m)
    r.furniture = P.furniture_running(f"{m.organ}    Protokoll {m.date.isoformat()}", "sida")
    return r


@variant(
    "council",
    "r_table_header",
    "r_table_ruled",
    "r_role_name_org",
    "r_party",
    "h_para",
    "d_inline",
    "date_short",
    "r_vakant",
    "m_letterhead_body",
)
def council_role_table(rng: random.Random) -> Rendered:
    """Title "Protokoll 250304" (the date only in the six-digit form); the roster is a ruled
    table "Funktion | Namn | Parti | Organisation" with the role written once per group;
    items "§ 5 Title"; decisions inline after "Beslut:" ("Beslut: Rådet godkände …"); Helvetica."""
    m = council_meeting(rng, Cast(rng), parties=True, vacancies=2)
    f = Flow(Style("helvetica", size=9.5))
    f.line(C.REGION, bold=True, size=12)
    title = f"Protokoll {C.fmt_date(m.date, 'short')}"
    f.line(title, bold=True, size=16, before=14)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Tid: {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    rows = []
    for label, role in (
        ("Ordförande", "ordförande"),
        ("Vice ordförande", "vice ordförande"),
        ("Ledamöter", "ledamot"),
        ("Ersättare", "ersättare"),
    ):
        for k, s in enumerate(m.role(role)):
            name = s.name if s.person else "Vakant"
            rows.append(([label if k == 0 else "", name, s.party or "" if s.person else "", s.org], s))
    P.table(f, ["Funktion", "Namn", "Parti", "Organisation"], rows, [0, 95, 250, 290], ruled=True, size=9)
    officials_dash(f, m)
    items_council(f, m, rng, Decisions(form="inline"), "para", size=10.5)
    r = protocol(f, m, title)
    r.furniture = P.furniture_region(P.REGION_FOOTER, "sida_paren")
    return r


@variant(
    "council",
    "r_role_paren",
    "r_org_short",
    "r_absent",
    "h_own_line",
    "r_sig_box",
    "date_long",
    "r_one_per_line",
    "d_sentences",
)
def council_narvarande(rng: random.Random) -> Rendered:
    """ "Sammanträde med <council, as an alias>" and "Mötesdatum: den 4 mars 2025"; one
    "Närvarande:" list with roles in parentheses after the organisation ("(ordf)", "(vice
    ordf)", "(ers)") and organisations written short ("Kumla", "Region Örebro", "RF-SISU");
    "Anmält förhinder:" (not participants); item numbers on a line of their own; no "Val av
    justerare" item: secretary and justerare come from the closing signature box; Courier."""
    cast = Cast(rng)
    m = council_meeting(rng, cast, vacancies=0, absent=2)
    m.items = [it for it in m.items if it.kind != "justerare"]
    for k, it in enumerate(m.items):
        m.items[k] = type(it)(**{**it.__dict__, "number": k + 1})
    f = Flow(Style("courier", size=9))
    f.line(C.REGION, bold=True, size=10)
    f.line("Protokoll", bold=True, size=14, before=12)
    f.line(f"Sammanträde med {C.COUNCILS[m.body][0]}", before=2)
    f.line(f"Mötesdatum: den {C.fmt_date(m.date, 'long')}, {m.time}", before=4)
    f.line(f"Plats: {m.place}")
    P.roster_lines(
        f, "Närvarande:", [s for s in m.seats if s.person], lambda s: P.seat_text(s, org="short", role="paren")
    )
    P.heading_line(f, "Anmält förhinder:")
    for s in m.absent:
        f.line(P.seat_text(s, org="short"))
    officials_dash(f, m, org="short")
    items_council(f, m, rng, Decisions(form="past"), "dot", own_line=True, size=10)
    f.line("Vid protokollet", before=22, keep=2)
    P.record_secretary(f, f.line(m.secretary.name, before=12), m)
    f.line("Sekreterare")
    f.line("Justeras", before=14, keep=2)
    names = f.row([(0, m.chair.name), (240, m.justerare.name)], before=14)
    P.record_justerare(f, names, m)
    f.row([(0, "Ordförande"), (240, "Justerare")])
    r = protocol(f, m)
    r.furniture = P.furniture_region(P.REGION_FOOTER)
    return r


@variant(
    "council",
    "toc_dots",
    "r_family_first",
    "r_role_after",
    "h_paren",
    "page_break_item",
    "running_header",
    "d_beslut",
    "d_page_break",
    "date_iso",
    "r_one_per_line",
)
def council_toc_dots(rng: random.Random) -> Rendered:
    """An "Ärendelista" with dot leaders and page numbers before the roster; roster headings
    without colons, the chair and vice chair among "Ledamöter" with the role after the name
    (", ordförande"), some lines "Efternamn, Förnamn, Organisation"; items "5)"; one item's text
    and decision run over a page break under a running header; decisions under "Beslut"."""
    m = council_meeting(rng, Cast(rng), vacancies=1)
    f = Flow(Style("vera", top=78))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Datum och tid: {C.fmt_date(m.date, 'iso')}, {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    P.toc(f, m, "Ärendelista", lambda it: f"{it.number}) {it.title}", dots=True)
    flip = {id(s): rng.random() < 0.35 for s in m.seats}
    seat = lambda s: P.seat_text(s, role="comma", family_first=flip[id(s)] and s.person is not None)  # noqa: E731
    P.roster_lines(f, "Ledamöter", [*m.role("ordförande"), *m.role("vice ordförande"), *m.role("ledamot")], seat)
    P.roster_lines(f, "Ersättare", m.role("ersättare"), seat)
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a))
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    items = m.items
    first_topic = next(it for it in items if it.kind == "topic")
    P.item_heading(f, m, items[0], "paren", new_page=True)
    P.council_item_body(f, m, items[0], Decisions("Beslut", "beslutar"), rng)
    target = long_decision_item(m)
    for it in items[1:]:
        P.item_heading(f, m, it, "paren")
        if it is first_topic:  # the item's text runs over a page break
            f.para(" ".join(it.text), before=4, break_after=1)
            P.print_decisions(f, m, it, Decisions("Beslut", "beslutar"), rng, break_inside=it.number == target)
        else:
            P.council_item_body(f, m, it, Decisions("Beslut", "beslutar"), rng, break_inside=it.number == target)
    r = protocol(f, m)
    r.furniture = P.furniture_running(f"Protokoll {m.date.isoformat()}  {m.organ}", "sida", footer=P.REGION_FOOTER)
    return r


@variant(
    "council",
    "r_side_by_side",
    "h_para_tight",
    "toc_plain",
    "d_beslut_colon",
    "r_name_title_columns",
    "r_org_short",
    "date_iso",
    "r_role_before",
)
def council_two_columns(rng: random.Random) -> Rendered:
    """ "Ledamöter" and "Ersättare" side by side in two columns (one organisation a row, Vakant
    in the right column), "Ordförande:" and "Vice ordförande:" above; officials as a column of
    names beside a column of titles; an "Innehållsförteckning" without dot leaders; items
    "§5 Title"; decisions under "Beslut:"; Helvetica."""
    m = council_meeting(rng, Cast(rng), vacancies=1, region_seats=2)
    f = Flow(Style("helvetica", size=9.5))
    f.line(f"Protokoll från {m.organ}", bold=True, size=13)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}", before=6)
    f.line(f"Tid och plats: {m.time}, {m.place}")
    for heading, role in (("Ordförande:", "ordförande"), ("Vice ordförande:", "vice ordförande")):
        s = m.role(role)[0]
        P.record(f, f.line(heading, bold=True, before=6, cells=((95, P.seat_text(s, org="short"), False),)), s)
    f.row([(0, "Ledamöter"), (240, "Ersättare")], bold=True, before=8, keep=1)
    subs = {s.org: s for s in m.role("ersättare")}
    members = m.role("ledamot")
    for s in members:
        sub = subs.pop(s.org, None)
        cells = [(0, P.seat_text(s, org="short"))]
        if sub:
            cells.append((240, P.seat_text(sub, org="short") if sub.person else "Vakant"))
        ln = f.row(cells)
        P.record(f, ln, s)
        if sub:
            P.record(f, ln, sub)
    for sub in subs.values():  # substitutes of organisations whose member is on top (the vice chair's)
        ln = f.row([(240, P.seat_text(sub, org="short") if sub.person else "Vakant")])
        P.record(f, ln, sub)
    P.heading_line(f, "Tjänstepersoner")
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (160, f"{a.title}, {a.org}")]), a)
    ln = f.line("Sekreterare:", bold=True, before=6, cells=((95, m.secretary.name, False),))
    P.record_secretary(f, ln, m)
    P.toc(f, m, "Innehållsförteckning", lambda it: f"§{it.number}\t{it.title}", dots=False)
    items_council(f, m, rng, Decisions("Beslut:", "beslutar"), "tight", size=10.5)
    r = protocol(f, m)
    r.furniture = P.furniture_region(P.REGION_FOOTER, "sida")
    return r


@variant(
    "council",
    "r_party",
    "r_role_before",
    "r_guests",
    "h_punkt",
    "d_beslut_colon",
    "date_weekday",
    "r_one_per_line",
    "r_vakant",
    "running_header",
)
def council_regional_party(rng: random.Random) -> Rendered:
    """Regionala samverkansrådet with party tags: "Ordförande: Name (S), Region Örebro län"
    (role before the name), members "Name (M), Kumla kommun" one a line, "Övriga deltagare:"
    from other organisations; items "Punkt 5" with the title beside; decisions under a
    "Beslut:" line; the date as "Tisdagen den 4 mars 2025"; Times."""
    m = council_meeting(rng, Cast(rng), council="Regionala samverkansrådet", parties=True, guests=2)
    f = Flow(Style("times", size=10.5, top=76))
    f.line(f"Protokoll – {m.organ}", bold=True, size=14)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=4)
    f.line(m.place)
    seat = lambda s: P.seat_text(s, party=True)  # noqa: E731
    P.roster_lines(f, "Ordförande:", m.role("ordförande"), seat, inline=True, x=100)
    P.roster_lines(f, "Vice ordförande:", m.role("vice ordförande"), seat, inline=True, x=100)
    P.roster_lines(f, "Ledamöter:", m.role("ledamot"), seat)
    P.roster_lines(f, "Ersättare:", m.role("ersättare"), seat)
    officials_dash(f, m)
    P.roster_lines(f, "Övriga deltagare:", m.guests, lambda a: P.attendee_text(a))
    items_council(f, m, rng, Decisions("Beslut:", "past"), "punkt", indent=62)
    r = protocol(f, m)
    r.furniture = P.furniture_running(f"{m.organ}    Protokoll {m.date.isoformat()}", "sida")
    return r


@variant(
    "council",
    "r_utses_justera",
    "r_adjungerade",
    "h_arende",
    "d_organ_beslut",
    "date_dotted",
    "r_role_heading",
    "m_letterhead_body",
)
def council_label_column(rng: random.Random) -> Rendered:
    """Labels in a left column and entries beside them ("Ordförande", "Ledamöter",
    "Ersättare", "Tjänstepersoner", "Adjungerade", "Utses att justera", "Sekreterare");
    "Sammanträdesdatum: 4.3.2025"; no "Val av justerare" item; items "Ärende 5" with the
    title beside; decisions under "Rådets beslut" ("Rådet godkänner …")."""
    m = council_meeting(rng, Cast(rng), guests=2, vacancies=1)
    m.items = [
        type(it)(**{**it.__dict__, "number": k + 1})
        for k, it in enumerate([it for it in m.items if it.kind != "justerare"])
    ]
    f = Flow(Style("vera", size=9.5))
    f.row([(0, C.REGION), (300, m.organ)], bold=True, size=9)
    f.line("PROTOKOLL", bold=True, size=15, before=16)
    f.line("Sammanträdesdatum:", before=6, cells=((140, C.fmt_date(m.date, "dotted"), False),))
    f.line("Plats och tid:", cells=((140, f"{m.place}, {m.time}", False),))
    seat = lambda s: P.seat_text(s)  # noqa: E731
    P.label_block(f, "Ordförande", m.role("ordförande"), seat)
    P.label_block(
        f, "Ledamöter", [*m.role("vice ordförande"), *m.role("ledamot")], lambda s: P.seat_text(s, role="comma")
    )
    P.label_block(f, "Ersättare", m.role("ersättare"), seat)
    P.label_block(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, org=None))
    P.label_block(f, "Adjungerade", m.guests, lambda a: P.attendee_text(a))
    ln = f.line("Utses att justera", bold=True, before=8, cells=((140, m.justerare.name, False),))
    P.record_justerare(f, ln, m)
    ln = f.line("Sekreterare", bold=True, before=8, cells=((140, m.secretary.name, False),))
    P.record_secretary(f, ln, m)
    items_council(f, m, rng, Decisions("{gen} beslut", "present"), "arende", indent=62, size=10.5)
    r = protocol(f, m, "Protokoll")
    r.furniture = P.furniture_region(P.REGION_FOOTER, "sida")
    return r


@variant(
    "council",
    "r_table_ruled",
    "r_table_header",
    "r_side_by_side",
    "r_tjg_for",
    "r_ej_tjg",
    "r_org_short",
    "r_role_paren",
    "r_vakant",
    "r_absent",
    "r_ovriga_narvarande",
    "r_guests",
    "h_bare",
    "h_own_line",
    "d_beslutet",
    "d_sentences",
    "r_val_av_justerare",
    "r_sig_box",
    "date_dotted",
    "m_letterhead_body",
)
def council_org_table(rng: random.Random) -> Rendered:
    """The roster as one ruled table "Organisation | Ledamot | Ersättare", a row per seat with
    the organisation written short once ("Kumla", "Region Örebro"), the chair and vice chair
    marked "(ordf)", "(vice ordf)" in the member column; a member who sent word of absence
    leaves "–" and the substitute beside says "tjg för <member>", other substitutes "ej tjg",
    Vakant seats; "Anmält förhinder:" below (not participants); "Övriga deltagande" mixing the
    region's officials (tjänsteperson) and guests from elsewhere (övrig); "Datum: 4.3.2025";
    item numbers alone on a line, the bold title below; decisions under "Beslutet"; a
    two-column signature box, names over captions; Helvetica."""
    m = council_meeting(rng, Cast(rng), vacancies=1, absent=2, guests=2)
    gone = list(m.absent)
    subs = []
    for s in m.role("ersättare"):
        away = next((g for g in gone if g.org == s.org), None) if s.person else None
        if away:
            gone.remove(away)
            s = replace(s, replaces=away.person)
        subs.append(s)
    m.seats = [s for s in m.seats if s.role != "ersättare"] + subs
    f = Flow(Style("helvetica", size=9.5, left=64, right=58))
    f.line(C.REGION, bold=True, size=11)
    f.line("PROTOKOLL", bold=True, size=15, before=14)
    f.line(m.organ, bold=True, size=11, before=2)
    for label, value in (("Datum", C.fmt_date(m.date, "dotted")), ("Tid", m.time), ("Plats", m.place)):
        f.line(f"{label}: {value}", before=6 if label == "Datum" else 0)
    suffix = {"ordförande": " (ordf)", "vice ordförande": " (vice ordf)"}
    rows = []
    for org in [C.REGION, *C.MUNICIPALITIES, C.RF_SISU, C.OLBF]:
        members = [s for s in m.seats if s.org == org and s.role != "ersättare"]
        absent = [s for s in m.absent if s.org == org]
        seats = [s for s in subs if s.org == org]
        for k in range(max(len(members) + len(absent), len(seats))):
            cells, who = [P.org_as(org, "short") if k == 0 else ""], []
            if k < len(members):
                cells.append(members[k].name + suffix.get(members[k].role, ""))
                who.append(members[k])
            else:
                cells.append("–" if k < len(members) + len(absent) else "")
            if k < len(seats):
                s = seats[k]
                cells.append(
                    "Vakant"
                    if s.person is None
                    else f"{s.name}, tjg för {s.replaces.name}"
                    if s.replaces
                    else f"{s.name}, ej tjg"
                )
                who.append(s)
            else:
                cells.append("")
            rows.append((cells, who))
    if rows:
        grid(f, ["Organisation", "Ledamot", "Ersättare"], rows, [0, 92, 262], size=9, before=10)
    f.para("Anmält förhinder: " + "; ".join(f"{s.name}, {P.org_as(s.org, 'short')}" for s in m.absent), before=6)
    P.roster_lines(f, "Övriga deltagande", [*m.officials, *m.guests], lambda a: P.attendee_text(a))
    for it in m.items:
        P.item_heading(f, m, it, "bare", own_line=True, size=11, before=14)
        P.council_item_body(f, m, it, Decisions("Beslutet", "past"), rng)
    P.signature_box(f, m, columns=2, labels=("Sekreterare", "Ordförande", "Justerare"), before=22)
    r = protocol(f, m)
    r.furniture = P.furniture_region(P.REGION_FOOTER, "sida")
    return r


def furniture_council(m: Meeting, *, date_form: str = "short", label: str = "sida"):
    """A council's running header: the region and "PROTOKOLL" with the page, the council's
    name, the meeting date and the § in progress on every page after the first."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 9)
        c.drawString(st.left, H - 38, C.REGION)
        c.drawString(st.left + 230, H - 38, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 38, P.page_label(label, page, total))
        c.drawString(st.left, H - 50, m.organ)
        c.drawString(st.left, H - 62, f"Sammanträdesdatum {C.fmt_date(m.date, date_form)}")
        item = next((ln.item for ln in lines if ln.item), None)
        if item and page > 1:
            c.drawRightString(W - st.right, H - 62, f"§ {item}")
        c.setLineWidth(0.5)
        c.line(st.left, H - 68, W - st.right, H - 68)

    return draw


@variant(
    "council",
    "r_role_name_org",
    "r_table_unruled",
    "r_role_before",
    "r_span",
    "r_inbjudna",
    "r_vakant",
    "h_para",
    "toc_plain",
    "page_break_item",
    "running_header",
    "d_beslut",
    "d_sentences",
    "d_page_break",
    "r_val_av_justerare",
    "date_short",
    "m_letterhead_body",
)
def council_running_breaks(rng: random.Random) -> Rendered:
    """A council whose §§ continue through the year ("§ 23"): a running header with the region,
    "PROTOKOLL", the council, "Sammanträdesdatum 250304" and the § in progress; the roster in
    three unruled columns without a header, role | name | organisation, the role written once
    per group (the secretary among them, also listed as an official), attendance in the
    organisation column ("Kumla kommun (§ 24–27)", "från kl. 10.30, § 27–29" under a guest);
    an "Ärendelista" without leaders; items "§ 23 Title" whose text runs over page breaks, one
    decision continuing on the next page; decisions under "Beslut"; Times."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), guests=1)
    first = rng.randint(8, 60)
    m.items = renumbered(m.items, first)
    last = m.items[-1].number
    f = Flow(Style("times", size=10, top=84, bottom=70))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'short')}, {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    P.heading_line(f, "Närvarande", before=10)
    late = rng.choice(m.role("ledamot"))
    a, b = rng.randint(first + 1, first + 3), last - rng.randint(1, 2)
    col1, col2 = 105.0, 250.0
    groups = [
        ("Ordförande", m.role("ordförande")),
        ("Vice ordförande", m.role("vice ordförande")),
        ("Ledamöter", m.role("ledamot")),
        ("Ersättare", m.role("ersättare")),
    ]
    for label, seats in groups:
        for k, s in enumerate(seats):
            org = s.org + (f" (§ {a}–{last})" if s is late else "")
            ln = f.row(
                [(0, label if k == 0 else ""), (col1, s.name if s.person else "Vakant"), (col2, org)],
                before=4 if k == 0 else 0,
            )
            P.record(f, ln, s)
    for label, people in (("Tjänstepersoner", m.officials), ("Inbjudna", m.guests)):
        for k, p in enumerate(people):
            ln = f.row(
                [(0, label if k == 0 else ""), (col1, p.name), (col2, f"{p.title}, {p.org}")], before=4 if k == 0 else 0
            )
            P.record(f, ln, p)
            if p.role == "övrig":
                f.line(f"från kl. {rng.choice(('10.30', '10.15', '14.00'))}, § {b}–{last}", x=col2)
    ln = f.row([(0, "Sekreterare"), (col1, m.secretary.name), (col2, m.secretary.org)], before=4)
    P.record_secretary(f, ln, m)
    P.toc(f, m, "Ärendelista", lambda it: f"§ {it.number}\t{it.title}", dots=False)
    ds = Decisions("Beslut", "past")
    target = long_decision_item(m)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=11, before=14, new_page=k == 0)
        if it.number == target:  # the decision, not the text, continues on the next page
            f.para(" ".join(it.text), before=4)
            decision_over_page_break(f, m, it, heading="Beslut")
        else:
            P.council_item_body(f, m, it, ds, rng)
    r = protocol(f, m)
    r.furniture = furniture_council(m)
    return r


@variant(
    "council",
    "m_one_line_header",
    "date_iso",
    "r_role_heading",
    "r_running_comma",
    "r_och",
    "r_party",
    "r_role_after",
    "r_vakant",
    "r_guests",
    "h_paren",
    "d_not_proposal",
    "d_beslut",
    "d_sentences",
    "r_val_av_justerare",
    "r_sig_box",
    "m_sig_box_body",
    "m_other_dates",
)
def council_one_line_header(rng: random.Random) -> Rendered:
    """Kind, date, registry number and council on one line ("PROTOKOLL  2025-03-04  Dnr
    25RS1234  Regionala samverkansrådet", a long council name wrapping in its cell); the roster with the organisation as a label and its
    people in running text ("Region Örebro län: Agnes Hedin (S), ordförande, Nils Berg (M) och
    Eva Ny (V)") under "Ledamöter" and "Ersättare" ("Laxå kommun: Vakant"); the region's
    officials under "Tjänstepersoner, Region Örebro län" as "Name, title"; "Gäster:"; items
    "5) Title"; "Förslag till beslut" ("Rådet föreslås besluta att …", not a decision) before
    "Beslut"; signatures "Vid protokollet" and "Justeras" with the names over captions that
    name the council, and a justering date; Courier."""
    m = council_meeting(rng, Cast(rng), parties=True, vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    f = Flow(Style("courier", size=9, left=66, right=54))
    dnr = f"Dnr {m.date.year % 100}RS{rng.randint(1000, 9999)}"
    heads = ["PROTOKOLL", C.fmt_date(m.date, "iso"), dnr]
    xs, x = [], 0.0
    for h in heads:
        xs.append(x)
        x += text_width(h, f.style.bold, 9.5) + 18
    organ, *more = wrap(m.organ, f.style.width - x, f.style.bold, 9.5)  # a long name wraps in its cell
    f.row([*zip(xs, heads, strict=True), (x, organ)], bold=True, size=9.5)
    for row in more:
        f.line(row, x=x, bold=True, size=9.5)
    f.line(f"Tid: {m.time}", before=10)
    f.line(f"Plats: {m.place}")
    suffix = {"ordförande": ", ordförande", "vice ordförande": ", vice ordförande"}
    for heading, seats in (
        ("Ledamöter", [s for s in m.seats if s.role != "ersättare"]),
        ("Ersättare", m.role("ersättare")),
    ):
        P.heading_line(f, heading, before=10)
        by_org: dict[str, list] = {}
        for s in seats:
            by_org.setdefault(s.org, []).append(s)
        for org, group in by_org.items():
            texts = [f"{s.name} ({s.party}){suffix.get(s.role, '')}" if s.person else "Vakant" for s in group]
            running_entries(
                f,
                f"{org}:",
                texts,
                lambda k, ln, group=group: P.record(f, ln, group[k]),
                sep=", ",
                last=" och ",
                before=1,
                hang=12,
            )
    P.heading_line(f, f"Tjänstepersoner, {C.REGION}", before=10)
    for a in m.officials:
        P.record(f, f.line(f"{a.name}, {a.title}"), a)
    P.roster_lines(f, "Gäster:", m.guests, lambda a: P.attendee_text(a), hang=12)
    for it in m.items:
        P.item_heading(f, m, it, "paren", size=10, before=14)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=4)
        if it.kind == "topic" and it.acts:
            f.line("Förslag till beslut", bold=True, before=8, keep=1)
            f.para(f"{m.subject} föreslås besluta att {it.acts[0]}.")
        P.print_decisions(f, m, it, Decisions("Beslut", "past"), rng)
    f.line("Vid protokollet", before=24, keep=3)
    f.line("." * 34, before=18, keep=2)
    P.record_secretary(f, f.line(m.secretary.name, keep=1), m)
    f.line("Sekreterare")
    f.line("Justeras", before=16, keep=3)
    half = f.style.width / 2
    f.row([(0, "." * 34), (half, "." * 34)], before=18, keep=2)
    names = f.row([(0, m.chair.name), (half, m.justerare.name)], keep=1)
    P.record_justerare(f, names, m)
    f.row([(0, f"Ordförande, {m.organ}" if len(m.organ) < 30 else "Ordförande"), (half, "Justerare")], keep=1)
    if len(m.organ) >= 30:
        f.line(m.organ)
    f.line(f"Protokollet justerat {C.fmt_date(C.later(m.date, rng), 'iso')}", before=12, size=8)
    r = protocol(f, m)
    r.furniture = P.furniture_region(P.REGION_FOOTER, "sida")
    return r


# --------------------------------------------------------------------------- municipal boards
def board_page_one(f: Flow, m: Meeting, *, col: float = 140.0, date_form: str = "iso") -> None:
    """The common tail of a municipal page one: justering, signatures, the notice."""
    f.line(
        "Justeringens plats och tid",
        bold=True,
        before=8,
        cells=((col, f"Kommunkansliet, {C.fmt_date(m.adjusted, date_form)} kl. 10.00", False),),
    )


def serving_text(s, *, tjg: str = "tjg", party: bool = True) -> str:
    return P.seat_text(s, org=None, party=party, replaces=tjg)


@variant(
    "board",
    "m_page_header_body",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_ersatter",
    "r_ovriga_narvarande",
    "r_span",
    "r_utses_justera",
    "r_sig_box",
    "m_organ_field",
    "m_other_dates",
    "toc_plain",
    "h_para",
    "h_own_line",
    "d_beslut",
    "d_not_proposal",
    "d_proposal_kf",
    "running_header",
    "date_iso",
)
def board_classic(rng: random.Random) -> Rendered:
    """The municipal standard: a running header with municipality, "SAMMANTRÄDESPROTOKOLL",
    "Sida 1 av 6", body and meeting date; page one with labels on the left: "Beslutande" as a
    table "Namn  Parti  Funktion" (no rulings), "Tjänstgörande ersättare" ("X (S) ersätter
    Y (S)"), "Ersättare", "Övriga närvarande" (titles, "§ 5" attendance), "Utses att justera",
    the justering date, the signature box, ANSLAG/BEVIS with "Organ" and the notice dates; an
    "Ärendelista" without leaders; items "§ 201" alone with "Dnr" at the right and the title
    below; "Förslag till beslut"/"Arbetsutskottets förslag" worded like the decision (not
    decisions), decisions under "Beslut" including "… föreslår kommunfullmäktige att …"."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 1)))
    f = Flow(Style("vera", size=9.5, top=84, bottom=80))
    col = 150.0
    f.line("Plats och tid", bold=True, cells=((col, f"{m.place}, {m.time}", False),))
    voters = [s for s in m.seats if not s.replaces and s.role != "ersättare"]
    f.line(
        "Beslutande",
        bold=True,
        before=8,
        cells=((col, "Namn", True), (col + 165, "Parti", True), (col + 200, "Funktion", True)),
    )
    for s in voters:
        role = f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot"
        P.record(f, f.row([(col, s.name), (col + 165, s.party), (col + 200, role)]), s)
    P.label_block(
        f,
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: serving_text(s, tjg="ersätter"),
        col=col,
    )
    P.label_block(
        f,
        "Ersättare",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        col=col,
    )
    P.label_block(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None), col=col)
    P.record_justerare(f, f.line("Utses att justera", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    board_page_one(f, m, col=col)
    first, last = m.items[0].number, m.items[-1].number
    f.line("Underskrifter", bold=True, before=14, keep=1, cells=((col + 150, f"Paragrafer §§ {first}–{last}", False),))
    P.signature_box(f, m, heading=None, col=col)
    P.anslag(f, m, col=col + 20)
    P.toc(
        f,
        m,
        "Ärendelista",
        lambda it: f"§ {it.number}\t{it.title}",
        dots=False,
        columns=("Paragraf", "Ärende", "Sida"),
        new_page=True,
    )
    ds = Decisions("Beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, new_page=k == 0, size=11)
        P.board_item_body(
            f, m, it, ds, rng, proposal_heading=rng.choice(("Förslag till beslut", "Arbetsutskottets förslag"))
        )
    r = Rendered(f, P.furniture_board(m), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)
    return r


@variant(
    "board",
    "r_side_by_side",
    "r_role_after",
    "r_ersatter",
    "r_running_comma",
    "r_name_title_columns",
    "r_sig_box",
    "date_weekday",
    "d_beslut_colon",
    "d_att_clauses",
    "d_not_yrkanden",
    "h_para",
    "r_party",
    "m_letterhead_body",
)
def board_columns(rng: random.Random) -> Rendered:
    """ "Beslutande" in two columns side by side ("Name (S), ordförande" | "Name (L) ersätter
    Name (L)"), "Ersättare" as one comma list, "Övriga närvarande" as names beside titles; the
    date only as "tisdagen den 4 mars 2025" in "Plats och tid"; a three-column signature box;
    items "§ 45 Title" with "Dnr" on the next line; "Yrkanden" and "Propositionsordning"
    (not decisions); decisions after "Beslut:" as a lead with att-clauses; Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 2, 3)))
    f = Flow(Style("helvetica", size=9))
    f.line(m.org, bold=True, size=14)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line("Protokoll", bold=True, size=16, before=12)
    col = 110.0
    f.line(
        "Plats och tid",
        bold=True,
        before=8,
        cells=((col, f"{m.place}, {C.fmt_date(m.date, 'weekday')} {m.time}", False),),
    )
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    half = (len(voting) + 1) // 2
    left = [P.seat_text(s, org=None, party=True, role="rank") for s in voting[:half]]
    right = [P.seat_text(s, org=None, party=True, replaces="ersätter") for s in voting[half:]]
    gap = max(text_width(t, f.style.reg, 9) for t in left) + 14
    for k in range(half):
        cells = ((col, left[k], False),) + (((col + gap, right[k], False),) if k < len(right) else ())
        ln = f.line("Beslutande" if k == 0 else "", bold=True, before=8 if k == 0 else 0, cells=cells)
        P.record(f, ln, voting[k])
        if k < len(right):
            P.record(f, ln, voting[half + k])
    P.roster_running(
        f,
        "Ersättare:",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        sep=", ",
    )
    P.heading_line(f, "Övriga närvarande")
    for a in m.officials:
        P.record(f, f.row([(col, a.name), (col + 150, a.title + (f", {a.span}" if a.span else ""))]), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    board_page_one(f, m, col=col, date_form="long")
    P.signature_box(f, m, columns=3)
    ds = Decisions("Beslut:", "att")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=16)
        f.line(f"Dnr {it.dnr}", size=8.5)
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            proposal_heading=None,
            motions=rng.random() < 0.6,
            intro=rng.choice(("Ärendebeskrivning", "Bakgrund", "Sammanfattning")),
        )
    return Rendered(
        f, P.furniture_region(f"{m.org} • {m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "board",
    "m_one_line_header",
    "date_short",
    "r_running_comma",
    "r_och",
    "r_ersatter",
    "r_narvarande_ej_tjg",
    "r_absent",
    "h_ks_para",
    "d_beslutet",
    "r_running_semicolon",
    "r_party",
    "r_role_before",
    "d_not_proposal",
    "r_ovriga_narvarande",
)
def board_one_line_header(rng: random.Random) -> Rendered:
    """Kind, registry number and body on one line ("Protokoll  KS 2025/118  Kommunstyrelsen")
    under the municipality's name; "Sammanträdesdatum: 250304"; the roster in running text:
    "Beslutande: Anna Ek (S), ordförande, Per Berg (M), 1:e vice ordförande, … och Eva Al (L)",
    serving substitutes "X (S) ersätter Y (S)" in the list, "Närvarande ej tjänstgörande
    ersättare: …", "Frånvarande: …" (not participants), officials after semicolons; items
    "KS § 45 Title"; decisions under "Beslutet"; Times."""
    m = board_meeting(rng, Cast(rng), board=0, absent_listed=2)
    f = Flow(Style("times", size=10.5))
    f.line(m.org.upper(), bold=True, size=12)
    f.row([(0, "Protokoll"), (150, m.dnr), (300, m.organ)], bold=True, size=12, before=12)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'short')}", before=8)
    f.line(f"Tid och plats: {m.time}, {m.place}")
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    P.roster_running(
        f,
        "Beslutande:",
        voting,
        lambda s: P.seat_text(s, org=None, party=True, role="rank", replaces="ersätter", span=False),
        sep=", ",
        last=" och ",
        end=".",
        before=8,
    )
    P.roster_running(
        f,
        "Närvarande ej tjänstgörande ersättare:",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        sep=", ",
        last=" och ",
        end=".",
    )
    f.para("Frånvarande: " + ", ".join(P.seat_text(s, org=None, party=True) for s in m.absent) + ".", before=6)
    P.roster_running(f, "Övriga närvarande:", m.officials, lambda a: P.attendee_text(a, org=None), end=".")
    j = m.justerare
    P.record_justerare(f, f.para(f"Justerare: {j.name} ({j.party})", before=6)[0], m)
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=2)[0], m)
    board_page_one(f, m, col=150)
    ds = Decisions("Beslutet", "present")
    for it in m.items:
        P.item_heading(f, m, it, "ks_para", size=11.5, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut", basis=False)
    r = Rendered(
        f, P.furniture_running(m.org.upper(), "sida_paren"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )
    return r


@variant(
    "board",
    "r_table_ruled",
    "r_table_header",
    "r_ej_tjg",
    "r_tjg_for",
    "r_absent",
    "toc_dots",
    "h_para",
    "h_own_line",
    "d_organ_beslut",
    "date_long",
    "r_sig_box",
    "m_page_header_body",
    "running_header",
)
def board_ruled_table(rng: random.Random) -> Rendered:
    """ "Närvarande" as a ruled table "Namn | Parti | Funktion | Ersätter" ("tjg ersättare",
    "ej tjg ers"), "Anmält förhinder:" (not participants), officials in a ruled "Namn | Titel"
    table; "Sammanträdesdatum: 4 mars 2025"; a table of contents with dot leaders; items "§ 45"
    alone with the title below; decisions under "<Organ>s beslut" ("Socialnämndens beslut");
    Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 4, 5)), absent_listed=1, spans=False)
    f = Flow(Style("helvetica", size=9.5, top=84, bottom=80))
    f.line(f"{m.organ}, {m.org}", bold=True, size=12)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'long')}", before=8)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    rows = []
    for s in m.seats:
        if s.replaces:
            role, gone = "tjg ersättare", f"{s.replaces.name} ({s.replaces_party})"
        elif s.role == "ersättare":
            role, gone = "ej tjg ers", ""
        else:
            role, gone = (f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot"), ""
        rows.append(([s.name, s.party, role, gone], s))
    P.heading_line(f, "Närvarande")
    P.table(f, ["Namn", "Parti", "Funktion", "Ersätter"], rows, [0, 150, 190, 300], ruled=True, size=9)
    P.heading_line(f, "Anmält förhinder")
    for s in m.absent:
        f.line(P.seat_text(s, org=None, party=True))
    P.heading_line(f, "Övriga närvarande")
    P.table(
        f,
        ["Namn", "Titel"],
        [([a.name, a.title], a) for a in m.officials],
        [0, 150],
        ruled=True,
        size=9,
        before=2,
        x1=320,
    )
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((120, m.justerare.name, False),)), m)
    board_page_one(f, m, col=120)
    P.signature_box(f, m, col=120)
    P.toc(f, m, "Innehållsförteckning", lambda it: f"§ {it.number} {it.title}", dots=True, new_page=True)
    ds = Decisions("{gen} beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, size=11, before=18, new_page=k == 0)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förvaltningens förslag")
    return Rendered(
        f, P.furniture_board(m, date_form="long"), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "board",
    "h_finnish",
    "r_family_first",
    "r_party_independent",
    "r_tjg_for",
    "r_ej_tjg",
    "d_namnden_beslutar",
    "d_att_clauses",
    "date_dotted",
    "r_role_after",
    "r_one_per_line",
    "r_role_heading",
)
def board_finnish(rng: random.Random) -> Rendered:
    """Items "5 § Title"; "Närvarande ledamöter" one a line, some "Efternamn, Förnamn (S),
    ordförande", an independent "(-)"; "Närvarande ersättare" with "tjänstgörande ersättare
    för Y (S)" and "ej tjg ers"; "Protokolljusterare" and "Sekreterare" as headings;
    "Datum: 4.3.2025"; decisions as "Nämnden beslutar" and att-clauses without a "Beslut"
    heading; Courier."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 4, 5)), independent=True)
    f = Flow(Style("courier", size=9))
    f.line(m.org.upper(), bold=True, size=11)
    f.line("PROTOKOLL", bold=True, size=13, before=8)
    f.line(m.organ, bold=True, size=11)
    f.line(f"Datum: {C.fmt_date(m.date, 'dotted')}", before=8)
    f.line(f"Plats: {m.place}, {m.time}")
    flip = {id(s): rng.random() < 0.5 for s in m.seats}
    P.roster_lines(
        f,
        "Närvarande ledamöter",
        [s for s in m.seats if s.role != "ersättare"],
        lambda s: P.seat_text(s, org=None, party=True, role="rank", family_first=flip[id(s)]),
    )
    P.roster_lines(
        f,
        "Närvarande ersättare",
        [s for s in m.role("ersättare")],
        lambda s: (
            P.seat_text(s, org=None, party=True) + ("" if s.replaces else ", ej tjg ers")
            if not s.replaces
            else serving_text(s)
        ),
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    P.heading_line(f, "Protokolljusterare")
    P.record_justerare(f, f.line(m.justerare.name), m)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    ds = Decisions(None, "att", lead="Nämnden")
    for it in m.items:
        P.item_heading(f, m, it, "finnish", size=10, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading=None, basis=False, sent_to=False, intro="Beredning")
    return Rendered(
        f,
        P.furniture_running(f"{m.org}  {m.organ}  Protokoll {C.fmt_date(m.date, 'dotted')}", "plain"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "h_ks_short",
    "m_organ_field",
    "r_role_heading",
    "r_tjg_for",
    "d_numbered",
    "d_beslut",
    "r_val_av_justerare",
    "r_name_title_columns",
    "r_sig_box",
    "date_iso",
    "m_other_dates",
    "r_party",
    "r_one_per_line",
)
def board_ks_short(rng: random.Random) -> Rendered:
    """An "Organ: Kommunstyrelsen" field under the municipality's name, "Datum 2025-03-04" and a
    "Justeringsdatum" that is not the meeting date; roles as section headings ("Ordförande",
    "Vice ordförande", "Ledamöter", "Tjänstgörande ersättare", "Ersättare"); officials as
    names beside titles; items "Ks 45 Title" including "Val av justerare"; decisions under
    "Beslut" as "Kommunstyrelsen beslutar" and a numbered list "1. att …"; a two-column
    signature box."""
    m = board_meeting(rng, Cast(rng), board=0, standard_items=True)
    f = Flow(Style("vera", size=9.5))
    f.line(m.org, bold=True, size=13)
    f.line("Protokoll", bold=True, size=15, before=8)
    col = 120.0
    for label, value in (
        ("Organ", m.organ),
        ("Datum", C.fmt_date(m.date, "iso")),
        ("Tid", m.time),
        ("Plats", m.place),
        ("Justeringsdatum", C.fmt_date(m.adjusted, "iso")),
    ):
        f.line(label, bold=True, before=6 if label == "Organ" else 0, cells=((col, value, False),))
    party = lambda s: P.seat_text(s, org=None, party=True)  # noqa: E731
    P.roster_lines(f, "Ordförande", m.role("ordförande"), party)
    P.roster_lines(f, "Vice ordförande", m.role("vice ordförande"), party)
    P.roster_lines(f, "Ledamöter", m.role("ledamot"), party)
    P.roster_lines(f, "Tjänstgörande ersättare", [s for s in m.seats if s.replaces], serving_text)
    P.roster_lines(f, "Ersättare", [s for s in m.role("ersättare") if not s.replaces], party)
    P.heading_line(f, "Övriga närvarande")
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (170, a.title)]), a)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    ds = Decisions("Beslut", "numbered")
    for it in m.items:
        P.item_heading(f, m, it, "ks_short", size=11, before=16)
        P.board_item_body(f, m, it, ds, rng, proposal_heading=None, basis=rng.random() < 0.5)
    P.signature_box(f, m, columns=2, labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(
        f,
        P.furniture_region(f"{m.org} • {m.organ} • Protokoll", "sida"),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "h_paragraf",
    "h_own_line",
    "r_role_before",
    "r_span",
    "r_inbjudna",
    "d_beslut",
    "date_iso",
    "r_tjg_for",
    "m_other_dates",
    "m_page_header_body",
)
def board_paragraf(rng: random.Random) -> Rendered:
    """Items "Paragraf 45" on a line of their own with the title below; the role before the
    name ("Ordförande  Anna Ek (S)", "1:e vice ordförande  …"); "Tjänstgörande ersättare" with
    attendance ranges ("§§ 57–60"); "Inbjudna" from the region (guests); decisions under
    "Beslut" ("Nämnden beslutar att …"); Times."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, board=rng.choice((1, 3, 4)))
    m.guests = [Attendee(cast.person(), "övrig", C.REGION, rng.choice(("utvecklingsledare", "folkhälsostrateg")))]
    f = Flow(Style("times", size=10.5, top=84, bottom=80))
    f.line("Sammanträdesprotokoll", bold=True, size=15)
    f.line(f"Datum {C.fmt_date(m.date, 'iso')}", before=6)
    f.line(f"Plats {m.place}, {m.time}")
    col = 130.0
    for s in [*m.role("ordförande"), *m.role("vice ordförande")]:
        label = f"{s.rank} {s.role}".strip().capitalize()
        P.record(f, f.line(label, bold=True, before=4, cells=((col, P.seat_text(s, org=None, party=True), False),)), s)
    P.label_block(f, "Ledamöter", m.role("ledamot"), lambda s: P.seat_text(s, org=None, party=True), col=col)
    P.label_block(f, "Tjänstgörande ersättare", [s for s in m.seats if s.replaces], lambda s: serving_text(s), col=col)
    P.label_block(
        f,
        "Ersättare",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        col=col,
    )
    P.label_block(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None), col=col)
    P.label_block(f, "Inbjudna", m.guests, lambda a: P.attendee_text(a), col=col)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    board_page_one(f, m, col=col)
    P.signature_box(f, m, col=col)
    ds = Decisions("Beslut", "beslutar")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "paragraf", own_line=True, size=11.5, before=18, new_page=k == 0)
        f.line(f"Dnr {it.dnr}", size=9)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut")
    return Rendered(f, P.furniture_board(m), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_one_per_line",
    "r_role_after",
    "r_tjg_for",
    "r_party",
    "d_beslut",
    "d_att_clauses",
    "date_weekday",
    "h_para",
    "d_proposal_kf",
    "r_ovriga_narvarande",
    "r_sig_box",
    "running_header",
)
def board_lines(rng: random.Random) -> Rendered:
    """ "Beslutande ledamöter" one a line ("Name (S), ordförande"), "Tjänstgörande ersättare"
    ("Name (S), tjänstgörande ersättare för Name (S)"), "Ersättare", "Övriga närvarande";
    "Sammanträdesdatum: tisdagen den 4 mars 2025"; items "§ 45 Title"; decisions under
    "Beslut" as an att-clause list; a one-column signature box at the end."""
    m = board_meeting(rng, Cast(rng), board=0)
    f = Flow(Style("vera", size=9.5, top=78))
    f.line(f"Protokoll {m.organ}", bold=True, size=14)
    f.line(m.org, size=11, before=2)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'weekday')}", before=8)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    P.roster_lines(
        f,
        "Beslutande ledamöter",
        [s for s in m.seats if s.role != "ersättare"],
        lambda s: P.seat_text(s, org=None, party=True, role="rank"),
    )
    P.roster_lines(f, "Tjänstgörande ersättare", [s for s in m.seats if s.replaces], serving_text)
    P.roster_lines(
        f,
        "Ersättare",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    ds = Decisions("Beslut", "att")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=16, dnr=it.dnr)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Förslag till beslut")
    P.signature_box(f, m, before=24)
    return Rendered(
        f, P.furniture_running(f"{m.org} – {m.organ}", "sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


def furniture_boxed(m: Meeting, *, date_form: str = "long", label: str = "sida_paren"):
    """A ruled header box on every page: the municipality and the body on the left,
    "PROTOKOLL" and the meeting date in the middle, the page and the § in progress on the
    right -- the only place the body is named."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        mid, right = x0 + 178, x1 - 74
        c.setLineWidth(0.5)
        c.rect(x0, H - 64, x1 - x0, 36)
        for x in (mid - 6, right - 6):
            c.line(x, H - 64, x, H - 28)
        c.setFont(st.bold, 9.5)
        c.drawString(x0 + 4, H - 42, m.org.upper())
        c.drawString(mid, H - 42, "PROTOKOLL")
        c.setFont(st.reg, 8.5)
        c.drawString(x0 + 4, H - 56, m.organ)
        c.drawString(mid, H - 56, f"Sammanträdesdatum {C.fmt_date(m.date, date_form)}")
        c.drawString(right, H - 42, P.page_label(label, page, total))
        item = next((ln.item for ln in lines if ln.item), None)
        if item and page > 1:
            c.drawString(right, H - 56, f"§ {item}")
        c.setFont(st.reg, 7)
        c.drawString(x0, 40, "Justerandes signatur")
        c.rect(x0 + 80, 34, 120, 18)

    return draw


@variant(
    "board",
    "m_page_header_body",
    "r_table_ruled",
    "r_table_header",
    "r_span",
    "r_tjg_for",
    "r_ej_tjg",
    "r_party",
    "h_para_tight",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_reservation",
    "r_sig_box",
    "date_long",
    "m_other_dates",
    "running_header",
)
def board_attendance_table(rng: random.Random) -> Rendered:
    """A board named only in a ruled header box on every page ("LINDESBERGS KOMMUN |
    PROTOKOLL | Sida 2 (5)" over "Vård- och omsorgsnämnden | Sammanträdesdatum 4 mars 2025 |
    § 61"); page one holds one ruled table "Namn | Parti | Funktion | Närvarande §§" for every
    seat ("tjg ers för Y (S)", "ej tjg ers", "57–63" or a shorter range) and the officials in
    a ruled "Namn | Titel | Närvarande §§" table; the justering and notice dates in ISO form;
    a three-column signature box with the names over the captions; items "§57 Title" with
    "Dnr" below; "Förslag till beslut", then decisions under "Beslut" as a sentence or a lead
    with att-clauses, then "Reservation", "Protokollsanteckning" or "Jäv" (not decisions); Vera."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 4, 5)))
    f = Flow(Style("vera", size=9, left=62, right=56, top=92, bottom=72))
    first, last = m.items[0].number, m.items[-1].number
    f.line("Plats och tid", bold=True, cells=((140, f"{m.place}, {m.time}", False),))
    rows = []
    for s in m.seats:
        if s.replaces:
            role = f"tjg ers för {s.replaces.name} ({s.replaces_party})"
        elif s.role == "ersättare":
            role = "ej tjg ers"
        else:
            role = f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot"
        span = s.span.replace("§§ ", "") if s.span else f"{first}–{last}"
        rows.append(([s.name, s.party, role, span], s))
    P.table(
        f, ["Namn", "Parti", "Funktion", "Närvarande §§"], rows, [0, 128, 160, 390], ruled=True, size=8.5, before=10
    )
    P.heading_line(f, "Övriga närvarande")
    P.table(
        f,
        ["Namn", "Titel", "Närvarande §§"],
        [([a.name, a.title, a.span.replace("§ ", "") if a.span else f"{first}–{last}"], a) for a in m.officials],
        [0, 160, 390],
        ruled=True,
        size=8.5,
        before=2,
    )
    P.record_justerare(f, f.line("Justerare", bold=True, before=10, cells=((140, m.justerare.name, False),)), m)
    board_page_one(f, m, col=140)
    f.line(
        "Anslaget",
        bold=True,
        cells=((140, f"{C.fmt_date(m.posted[0], 'iso')} – {C.fmt_date(m.posted[1], 'iso')}", False),),
    )
    f.line("Underskrifter", bold=True, before=12, keep=3, cells=((140, f"Paragrafer {first}–{last}", False),))
    P.signature_box(f, m, columns=3, heading=None)
    ds = Decisions("Beslut", "att")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "tight", size=10.5, before=16, new_page=k == 0)
        f.line(f"Dnr {it.dnr}", size=8)
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            proposal_heading="Förslag till beslut",
            sent_to=False,
            intro=rng.choice(("Sammanfattning av ärendet", "Ärendebeskrivning")),
        )
        remark(f, m, it, rng)
    return Rendered(f, furniture_boxed(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_appendix",
    "r_table_ruled",
    "r_table_header",
    "r_absent",
    "r_party",
    "r_role_after",
    "r_span",
    "r_ovriga_narvarande",
    "r_name_title_columns",
    "r_utses_justera",
    "r_sig_box",
    "h_ks_para",
    "toc_dots",
    "d_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_yrkanden",
    "d_not_proposal",
    "d_not_reservation",
    "date_iso",
    "m_other_dates",
    "m_letterhead_body",
)
def board_roster_appendix(rng: random.Random) -> Rendered:
    """Kommunstyrelsen with "Beslutande: Se närvaro- och voteringslista, bilaga 1" on page one
    and the roster in that appendix after the last item: a ruled "Ledamöter | Parti |
    Närvarande | Ersatt av" table ("Ja"/"Nej"; the member who is "Nej" and replaced is not a
    participant, the substitute beside is; one absent member unreplaced) and a ruled
    "Ersättare | Parti | Närvarande | Tjänstgör" table (absent substitutes "Nej", not
    participants); "Övriga deltagande" as names beside titles in a label column; "Utses att
    justera"; a one-column signature box; an "Innehållsförteckning" with dot leaders; items
    "KS § 45 Title"; "Arbetsutskottets förslag", "Yrkanden", "Propositionsordning",
    "Reservation" (not decisions), decisions under "Beslut" with att-clauses and "…
    föreslår kommunfullmäktige att …"; Helvetica."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, board=0, absent_listed=1, members=rng.randint(11, 13))
    f = Flow(Style("helvetica", size=9.5, top=80))
    first, last = m.items[0].number, m.items[-1].number
    f.line(m.org.upper(), bold=True, size=12)
    f.line("Sammanträdesprotokoll", bold=True, size=15, before=10)
    f.line(m.organ, bold=True, size=11, before=2)
    col = 150.0
    f.line("Sammanträdesdatum", bold=True, before=10, cells=((col, C.fmt_date(m.date, "iso"), False),))
    f.line("Plats och tid", bold=True, cells=((col, f"{m.place}, {m.time}", False),))
    f.line("Beslutande", bold=True, before=8, cells=((col, "Se närvaro- och voteringslista, bilaga 1", False),))
    for k, a in enumerate(m.officials):
        title = a.title + (f", {a.span}" if a.span else "")
        ln = f.line(
            "Övriga deltagande" if k == 0 else "",
            bold=True,
            before=8 if k == 0 else 0,
            cells=((col, a.name, False), (col + 130, title, False)),
        )
        P.record(f, ln, a)
    j = m.justerare
    P.record_justerare(
        f, f.line("Utses att justera", bold=True, before=8, cells=((col, f"{j.name} ({j.party})", False),)), m
    )
    board_page_one(f, m, col=col)
    f.line("Underskrifter", bold=True, before=14, keep=1, cells=((col + 170, f"Paragrafer §§ {first}–{last}", False),))
    P.signature_box(f, m, heading=None, col=col)
    P.anslag(f, m, col=col + 20, organ_field=False)
    P.toc(f, m, "Innehållsförteckning", lambda it: f"KS § {it.number} {it.title}", dots=True, new_page=True)
    ds = Decisions("Beslut", "att")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "ks_para", size=11, before=18 if k else 24, dnr=it.dnr)
        P.board_item_body(
            f,
            m,
            it,
            ds,
            rng,
            proposal_heading="Arbetsutskottets förslag",
            motions=rng.random() < 0.5,
            sent_to=False,
            basis=rng.random() < 0.5,
        )
        remark(f, m, it, rng, kinds=("Reservation", "Reservation", "Protokollsanteckning"))
        if it.kind == "topic":
            f.line("Beslutet skickas till", bold=True, before=8, keep=1)
            f.para("Kommunfullmäktige" if it.proposal else "Kommunledningsförvaltningen", before=1)
    f.in_items = False
    f.line("Bilaga 1", bold=True, size=12, new_page=True)
    f.line(f"Närvaro- och voteringslista, {m.organ} {C.fmt_date(m.date, 'iso')}, §§ {first}–{last}", before=4)
    head = [s for s in m.seats if s.role in ("ordförande", "vice ordförande")]
    rest = m.role("ledamot")
    for extra in [*(s for s in m.seats if s.replaces), *m.absent]:
        rest.insert(rng.randint(0, len(rest)), extra)
    rows = []
    for s in [*head, *rest]:
        if s.replaces:
            rows.append(([s.replaces.name, s.replaces_party, "Nej", f"{s.name} ({s.party})"], s))
        elif s in m.absent:
            rows.append(([s.name, s.party, "Nej", ""], None))
        else:
            role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
            rows.append(([s.name + role, s.party, "Ja", ""], s))
    P.table(
        f, ["Ledamöter", "Parti", "Närvarande", "Ersatt av"], rows, [0, 190, 225, 295], ruled=True, size=9, before=10
    )
    away = [Seat(cast.person(), "ersättare", m.org, cast.party()) for _ in range(rng.randint(1, 2))]
    subs = [*m.role("ersättare")]
    for s in away:
        subs.insert(rng.randint(0, len(subs)), s)
    rows = []
    for s in subs:
        if s in away:
            rows.append(([s.name, s.party, "Nej", ""], None))
        else:
            rows.append(([s.name, s.party, "Ja", (s.span or f"§§ {first}–{last}") if s.replaces else ""], s))
    P.table(
        f, ["Ersättare", "Parti", "Närvarande", "Tjänstgör"], rows, [0, 190, 225, 295], ruled=True, size=9, before=12
    )
    return Rendered(
        f,
        P.furniture_running(f"{m.org} • {m.organ} • Sammanträdesprotokoll {m.date.isoformat()}", "sida"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


def furniture_labels(m: Meeting, *, date_form: str = "iso", label: str = "sida"):
    """A header of labels over values on every page: municipality | PROTOKOLL | page, then the
    body | "Sammanträdesdatum" over the date."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10.5)
        c.drawString(st.left, H - 40, m.org.upper())
        c.drawString(st.left + 250, H - 40, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, P.page_label(label, page, total))
        c.drawString(st.left, H - 64, m.organ)
        c.setFont(st.reg, 7.5)
        c.drawString(st.left + 250, H - 52, "Sammanträdesdatum")
        c.setFont(st.reg, 9)
        c.drawString(st.left + 250, H - 64, C.fmt_date(m.date, date_form))
        c.setLineWidth(0.5)
        c.line(st.left, H - 70, W - st.right, H - 70)

    return draw


def lead_clauses(
    f: Flow, m: Meeting, item, rng: random.Random, *, lead: str = "Nämnden beslutar", break_list: bool = False
) -> None:
    """A bold lead ("Nämnden beslutar") and the decision's att-clauses below it, numbered when
    there are several; ``break_list`` starts a new page before the second clause (a decision
    list continuing across a page break).  Each clause is one decision "<lead> att <clause>"."""
    if item.kind == "justerare":
        P.print_decisions(f, m, item, Decisions(), rng)
        return
    acts = [a.replace("{next}", C.fmt_date(m.next_meeting, "long")) for a in item.acts]
    if not acts:
        return
    f.line(lead, bold=True, before=8, keep=1)
    for k, act in enumerate(acts):
        end = "." if k == len(acts) - 1 else ","
        text = f"{k + 1}. att {act}{end}" if len(acts) > 1 else f"att {act}{end}"
        f.para(text, x=10, hang=14 if len(acts) > 1 else 0, before=2, break_after=0 if break_list and k == 1 else None)
        f.decision(f"{lead} att {act}")


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "date_iso",
    "m_other_dates",
    "r_side_by_side",
    "r_table_header",
    "r_table_unruled",
    "r_tjg_for",
    "r_ej_tjg",
    "r_party",
    "r_role_after",
    "r_name_title_columns",
    "r_sig_box",
    "h_para",
    "d_namnden_beslutar",
    "d_numbered",
    "d_att_clauses",
    "d_page_break",
    "d_not_proposal",
    "d_not_reservation",
)
def board_side_tjg(rng: random.Random) -> Rendered:
    """A header of labels over values on every page ("LAXÅ KOMMUN | PROTOKOLL | Sida 1 av 5",
    the body under it and "Sammanträdesdatum" over "2025-03-04"); "Ledamöter" and "Ersättare"
    side by side under a bold header row, every substitute saying "tjg för Y (S)" or "ej tjg"
    and long entries wrapping inside their column; "Övriga deltagande" as names beside titles;
    "Justeringsdatum", the notice dates and a one-column signature box on page one; items
    "§ 12" with the title beside and "Dnr" at the right; "Arbetsutskottets förslag" (not a
    decision), then the decision as a bold "Nämnden beslutar" and att-clauses, numbered when
    several, one list running over a page break; "Protokollsanteckning"/"Reservation" after
    some; Times."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 3, 4, 5)), substitutes=rng.randint(2, 4))
    f = Flow(Style("times", size=10, top=90, bottom=66))
    col = 120.0
    f.line("Plats och tid", bold=True, cells=((col, f"{m.place}, {m.time}", False),))
    left = [(P.seat_text(s, org=None, party=True, role="rank"), s) for s in m.seats if s.role != "ersättare"]
    right = [
        (
            f"{s.name} ({s.party}), tjg för {s.replaces.name} ({s.replaces_party})"
            if s.replaces
            else f"{s.name} ({s.party}), ej tjg",
            s,
        )
        for s in m.role("ersättare")
    ]
    side_by_side(f, [left, right], [0, 232], header=["Ledamöter", "Ersättare"], before=12)
    P.heading_line(f, "Övriga deltagande", before=10)
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (150, a.title + (f", {a.span}" if a.span else ""))]), a)
    j = m.justerare
    P.record_justerare(f, f.line("Justerare", bold=True, before=10, cells=((col, f"{j.name} ({j.party})", False),)), m)
    f.line("Justeringsdatum", bold=True, cells=((col, C.fmt_date(m.adjusted, "iso"), False),))
    f.line(
        "Anslaget",
        bold=True,
        cells=((col, f"från {C.fmt_date(m.posted[0], 'iso')} till {C.fmt_date(m.posted[1], 'iso')}", False),),
    )
    P.signature_box(f, m, col=col, before=12)
    multi = next((it for it in m.items if len(it.acts) > 1), None)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", indent=48, size=11, before=16, dnr=it.dnr, new_page=k == 0)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.acts:
            f.line("Arbetsutskottets förslag", bold=True, before=8, keep=1)
            f.para(f"Arbetsutskottet föreslår att nämnden beslutar att {it.acts[0]}.")
        lead_clauses(f, m, it, rng, break_list=it is multi)
        remark(f, m, it, rng, kinds=("Protokollsanteckning", "Reservation"), share=0.35)
    return Rendered(f, furniture_labels(m, label="sida"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- minutes
def members_with_titles(m: Meeting, *, org: str = "full", role: str | None = "paren"):
    titles = m.extra["titles"]

    def fmt(s) -> str:
        suffix = P.ROLE_SUFFIX[role].get(s.role, "") if role else ""
        return f"{s.name}, {titles[s.person]}, {P.org_as(s.org, org)}{suffix}"

    return fmt


def record_member(f: Flow, ln, m: Meeting, s) -> None:
    f.person(ln, s.name, s.role, s.org, m.extra["titles"][s.person])


def member_lines(f: Flow, heading: str, m: Meeting, fmt) -> None:
    P.heading_line(f, heading)
    for s in m.seats:
        rows = f.para(fmt(s), hang=10, before=0, together=True)
        record_member(f, rows[0], m, s)


@variant(
    "minutes",
    "r_inbjudna",
    "r_absent",
    "r_antecknare",
    "r_role_paren",
    "h_dot",
    "d_sentences",
    "date_iso",
    "r_one_per_line",
)
def minutes_numbered(rng: random.Random) -> Rendered:
    """Minnesanteckningar: "Närvarande:" one "Name, title, Organisation" a line with "(ordf)";
    "Från Regional utveckling:" (officials), "Inbjudna:" (guests), "Frånvarande:" (not
    participants), "Antecknare: Name"; items "1. Title"; decisions as sentences
    ("Chefsgruppen beslutade att …", "… godkändes")."""
    m = minutes_meeting(rng, Cast(rng))
    f = Flow(Style("vera"))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    for label, value in (("Datum", C.fmt_date(m.date, "iso")), ("Tid", m.time), ("Plats", m.place)):
        f.line(f"{label}: {value}", before=8 if label == "Datum" else 0)
    member_lines(f, "Närvarande:", m, members_with_titles(m))
    P.roster_lines(f, "Från Regional utveckling:", m.officials, lambda a: P.attendee_text(a))
    P.roster_lines(f, "Inbjudna:", m.guests, lambda a: f"{a.name}, {a.org}")
    P.heading_line(f, "Frånvarande:")
    for s in m.absent:
        f.line(f"{s.name}, {s.org}")
    P.record_secretary(f, f.line("Antecknare:", bold=True, before=8, cells=((70, m.secretary.name, False),)), m)
    items_council(f, m, rng, Decisions(form="past", in_text=rng.random() < 0.5), "dot", indent=22)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant("minutes", "h_unnumbered", "r_table_header", "r_table_unruled", "d_inline", "date_long", "r_antecknare")
def minutes_unnumbered(rng: random.Random) -> Rendered:
    """Minutes whose points have no numbers: bold, larger headings only (the gold numbers them
    1, 2, … in order); those present in a table "Namn | Organisation | Funktion" without
    rulings (the chair's function "…, ordförande"); "Tjänstepersoner" below; "Vid
    anteckningarna: Name"; "Minnesanteckningar från mötet den 4 mars 2025"; decisions inline
    after "Beslut:"; Helvetica."""
    m = minutes_meeting(rng, Cast(rng), officials=2)
    f = Flow(Style("helvetica", size=9.5))
    f.line(m.organ, bold=True, size=14)
    f.line(f"Minnesanteckningar från mötet den {C.fmt_date(m.date, 'long')}", size=11, before=4)
    f.line(f"{m.time}, {m.place}", before=2)
    titles = m.extra["titles"]
    rows = [
        ([s.name, s.org, titles[s.person] + (", ordförande" if s.role == "ordförande" else "")], None) for s in m.seats
    ]
    P.table(f, ["Namn", "Organisation", "Funktion"], rows, [0, 140, 300], size=9, before=10)
    for s, ln in zip(m.seats, f.lines[-len(m.seats) :], strict=True):
        record_member(f, ln, m, s)
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a))
    P.roster_lines(f, "Inbjudna", m.guests, lambda a: P.attendee_text(a))
    P.record_secretary(
        f, f.line("Vid anteckningarna:", bold=True, before=8, cells=((100, m.secretary.name, False),)), m
    )
    items_council(f, m, rng, Decisions(form="inline"), "dot", size=12, unnumbered=True)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "minutes",
    "r_name_title_columns",
    "r_guests",
    "r_absent",
    "h_arende",
    "d_beslut",
    "date_short",
    "r_role_before",
    "r_antecknare",
    "r_running_comma",
)
def minutes_columns(rng: random.Random) -> Rendered:
    """ "Ordförande: Name, title, Region Örebro län" first, then the members under organisation
    headings as a column of names beside a column of titles; "Övriga deltagare" (guests);
    "Anmält förhinder:" as a comma list; "Mötesdatum 250304"; items "Ärende 3" with the title
    beside; decisions under "Beslut"; "Vid anteckningarna" at the end; Times."""
    m = minutes_meeting(rng, Cast(rng), officials=1, absent=3)
    f = Flow(Style("times", size=10.5))
    f.line("MINNESANTECKNINGAR", bold=True, size=14)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Mötesdatum {C.fmt_date(m.date, 'short')}, {m.time}", before=8)
    f.line(m.place)
    titles = m.extra["titles"]
    chair = m.chair
    ln = f.para(f"Ordförande: {chair.name}, {titles[chair.person]}, {chair.org}", before=8)[0]
    record_member(f, ln, m, chair)
    P.heading_line(f, "Deltagare")
    by_org: dict[str, list] = {}
    for s in m.seats[1:]:
        by_org.setdefault(s.org, []).append(s)
    for org, seats in by_org.items():
        f.line(org, bold=True, before=4, keep=1)
        for s in seats:
            record_member(f, f.row([(12, s.name), (190, titles[s.person])]), m, s)
    P.heading_line(f, "Tjänstepersoner")
    for a in m.officials:
        P.record(f, f.row([(12, a.name), (190, f"{a.title}, {a.org}")]), a)
    P.roster_lines(f, "Övriga deltagare", m.guests, lambda a: P.attendee_text(a))
    f.para("Anmält förhinder: " + ", ".join(f"{s.name} ({s.org})" for s in m.absent), before=8)
    items_council(f, m, rng, Decisions("Beslut", "past"), "arende", indent=60)
    f.line("Vid anteckningarna", bold=True, before=20, keep=1)
    P.record_secretary(f, f.line(m.secretary.name), m)
    return Rendered(
        f,
        P.furniture_running(f"{m.organ} – minnesanteckningar", "paren"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "minutes", "h_unnumbered", "r_running_comma", "r_och", "r_org_short", "d_sentences", "date_long", "r_role_before"
)
def minutes_larger_headings(rng: random.Random) -> Rendered:
    """Minutes whose points stand out only by size (larger, not bold) and have no numbers;
    "Närvarande:" in running text with organisations short in parentheses ("Agnes Hedin
    (Kumla), … och Olle Tell (Nora)"), the chair named first ("Ordförande: …"); "Sekreterare:";
    the date as "4 mars 2025"; decisions as sentences."""
    m = minutes_meeting(rng, Cast(rng), guests=0, absent=0)
    f = Flow(Style("vera", size=10))
    f.line(f"Minnesanteckningar – {m.organ}", bold=True, size=14)
    f.line(f"{C.fmt_date(m.date, 'long')}, {m.time}", before=4)
    f.line(m.place)
    chair = m.chair
    record_member(f, f.para(f"Ordförande: {chair.name} ({P.org_as(chair.org, 'short')})", before=8)[0], m, chair)
    members = m.seats[1:]
    texts = [f"{s.name} ({P.org_as(s.org, 'short')})" for s in members]
    rows = f.para("Närvarande: " + ", ".join(texts[:-1]) + " och " + texts[-1] + ".", before=4)
    joined, pos = " ".join(r.text for r in rows), 0
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    for s, t in zip(members, texts, strict=True):
        pos = joined.index(t, pos)
        f.person(rows[max(k for k, st in enumerate(starts) if st <= pos)], s.name, s.role, s.org)
    P.roster_running(f, "Tjänstepersoner:", m.officials, lambda a: P.attendee_text(a, org="short"))
    P.record_secretary(f, f.para(f"Sekreterare: {m.secretary.name}", before=4)[0], m)
    items_council(f, m, rng, Decisions(form="past"), "dot", size=13, bold=False, unnumbered=True)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "minutes",
    "h_unnumbered",
    "r_name_title_columns",
    "r_family_first",
    "r_role_after",
    "r_adjungerade",
    "r_ovriga_narvarande",
    "r_absent",
    "r_antecknare",
    "d_sentences",
    "d_page_break",
    "running_header",
    "date_weekday",
    "m_letterhead_body",
)
def minutes_bold_headings(rng: random.Random) -> Rendered:
    """Minnesanteckningar of the municipal chiefs' and the regional director's group (KC/RD):
    points without numbers set apart only by bold type of the body's size (the roster headings
    look the same); "Deltagare" as a column of names beside a column of "title, Organisation",
    some names "Efternamn, Förnamn", the chair "…, ordförande"; "Adjungerade" (guests),
    "Övriga närvarande" (the region's official), "Anmält förhinder" (not participants); the
    date "Tisdagen den 4 mars 2025"; decisions as sentences after the text, one running over a
    page break under a running header; signed "Vid anteckningarna" with the name below."""
    m = minutes_meeting(
        rng,
        Cast(rng),
        group="Regionala chefsamverkansgruppen (KC/RD)",
        members=12,
        officials=1,
        guests=rng.randint(1, 2),
        absent=2,
        secretary_listed=False,
    )
    m.subject, m.genitive = "Gruppen", "Gruppens"
    titles = m.extra["titles"]
    for s in m.seats:
        titles[s.person] = (
            "regiondirektör"
            if s.role == "ordförande"
            else ("biträdande regiondirektör" if s.org == C.REGION else rng.choice(("kommundirektör", "kommunchef")))
        )
    f = Flow(Style("vera", size=9.5, top=80))
    f.line(m.organ, bold=True, size=13)
    f.line("Minnesanteckningar", size=12, before=4)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=8)
    f.line(m.place)
    col = 165.0
    flip = {id(s): rng.random() < 0.4 for s in m.seats}
    P.heading_line(f, "Deltagare", before=12)
    for s in m.seats:
        name = s.person.family_first if flip[id(s)] else s.name
        text = f"{titles[s.person]}, {s.org}" + (", ordförande" if s.role == "ordförande" else "")
        record_member(f, f.row([(0, name), (col, text)]), m, s)
    for heading, people in (("Adjungerade", m.guests), ("Övriga närvarande", m.officials)):
        P.heading_line(f, heading)
        for a in people:
            P.record(f, f.row([(0, a.name), (col, f"{a.title}, {a.org}")]), a)
    P.heading_line(f, "Anmält förhinder")
    for s in m.absent:
        f.row([(0, s.name), (col, s.org)])
    target = long_decision_item(m)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "unnumbered", number=str(k + 1), size=f.style.size, before=14)
        if it.number == target:  # the decision runs over a page break
            f.para(" ".join(it.text), before=4)
            decision_over_page_break(f, m, it)
        else:
            P.council_item_body(f, m, it, Decisions(form="past", in_text=True), rng)
    f.line("Vid anteckningarna", before=24, keep=2)
    P.record_secretary(f, f.line(m.secretary.name, before=16, keep=1), m)
    f.line(f"{m.secretary.title}, {m.secretary.org}")
    return Rendered(
        f,
        P.furniture_running(f"KC/RD – minnesanteckningar {C.fmt_date(m.date, 'iso')}", "sida_paren"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


@variant(
    "minutes",
    "r_running_semicolon",
    "r_family_first",
    "r_role_paren",
    "r_ovriga_narvarande",
    "r_inbjudna",
    "r_absent",
    "r_antecknare",
    "h_punkt",
    "d_beslut_colon",
    "d_sentences",
    "date_long",
    "running_header",
)
def minutes_semicolons(rng: random.Random) -> Rendered:
    """Minnesanteckningar with every roster section in running text, entries separated by
    semicolons: "Närvarande: Hedin, Agnes, socialchef, Kumla kommun (ordf); Olle Tell,
    folkhälsostrateg, Nora kommun; …" (some entries "Efternamn, Förnamn"), "Övriga
    deltagande:" (the region's officials), "Inbjudna:" (guests), "Frånvarande:" (not
    participants), "Antecknare: Name"; "Datum: 4 mars 2025"; items "Punkt 3 Title";
    decisions under a "Beslut:" line; Helvetica."""
    m = minutes_meeting(rng, Cast(rng), officials=rng.randint(1, 2), guests=rng.randint(1, 2), absent=2)
    titles = m.extra["titles"]
    f = Flow(Style("helvetica", size=10, left=72, right=64))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=10)
    f.line(f"Tid: {m.time}")
    f.line(f"Plats: {m.place}")
    flip = {id(s): rng.random() < 0.3 for s in m.seats}
    texts = [
        f"{s.person.family_first if flip[id(s)] else s.name}, {titles[s.person]}, {s.org}"
        + (" (ordf)" if s.role == "ordförande" else "")
        for s in m.seats
    ]
    running_entries(f, "Närvarande:", texts, lambda k, ln: record_member(f, ln, m, m.seats[k]), end=".", before=10)
    for heading, people in (("Övriga deltagande:", m.officials), ("Inbjudna:", m.guests)):
        P.roster_running(f, heading, people, lambda a: P.attendee_text(a), end=".")
    f.para("Frånvarande: " + "; ".join(f"{s.name}, {s.org}" for s in m.absent) + ".", before=6)
    P.record_secretary(f, f.para(f"Antecknare: {m.secretary.name}", before=6)[0], m)
    items_council(f, m, rng, Decisions("Beslut:", "past", passive_share=0.6), "punkt", indent=50, size=11)
    return Rendered(
        f,
        P.furniture_running(f"{m.organ} – minnesanteckningar {C.fmt_date(m.date, 'long')}", "sida"),
        m.kind,
        "Minnesanteckningar",
        m.body,
        m.date.isoformat(),
    )


# --------------------------------------------------------------------------- agreements
def agreement_gold(a: Agreement) -> dict:
    return {
        "parties": list(a.parties),
        "valid_from": a.valid_from.isoformat(),
        "valid_to": a.valid_to.isoformat() if a.valid_to else None,
        "signatories": [{"name": s.person.name, "title": s.title, "organization": s.org} for s in a.signatories],
    }


def agreement_sections(f: Flow, a: Agreement, *, numbered: bool = True, first: int = 2) -> int:
    n = first
    for heading, texts in a.sections:
        f.line(f"{n}. {heading}" if numbered else heading, bold=True, before=10, keep=1)
        f.para(" ".join(texts))
        n += 1
    return n


def validity_text(a: Agreement, form: str) -> str:
    start = C.fmt_date(a.valid_from, "long")
    if a.valid_to is None:
        return f"Överenskommelsen gäller från och med den {start} och tills vidare."
    end = C.fmt_date(a.valid_to, "long")
    return {
        "long": f"Överenskommelsen gäller från och med den {start} till och med den {end}.",
        "range": f"Överenskommelsen gäller under perioden {start} – {end}.",
        "short": f"Överenskommelsen gäller fr.o.m. {a.valid_from.isoformat()} t.o.m. {a.valid_to.isoformat()}.",
    }[form]


def no_flow_facts(f: Flow) -> None:
    f.in_items = False


@variant("agreement", "a_parties_list", "a_sig_2col", "a_sig_title_org")
def agreement_list(rng: random.Random) -> Rendered:
    """An agreement with its parties as a bulleted list under "1. Parter", numbered sections
    (not agenda items), validity "från och med den 1 januari 2025 till och med den 31 december
    2027", and signatures in two columns: organisation, place and date, line, name, title."""
    a = agreement(rng, Cast(rng), parties=rng.randint(3, 5))
    f = Flow(Style("vera"))
    no_flow_facts(f)
    f.line(C.REGION, bold=True, size=10)
    f.para(a.title, bold=True, size=16, before=16)
    f.line("1. Parter", bold=True, before=12, keep=1)
    for org in a.parties:
        f.line(f"• {org}", x=10, before=1)
    n = agreement_sections(f, a)
    f.line(f"{n}. Giltighetstid", bold=True, before=10, keep=1)
    f.para(
        validity_text(a, "long") + " Senast ett halvår innan perioden löper ut tar parterna "
        "ställning till om samarbetet ska fortsätta."
        if a.valid_to
        else validity_text(a, "long")
    )
    f.line(f"{n + 1}. Underskrifter", bold=True, before=12, keep=1)
    f.para("Överenskommelsen har skrivits under i lika många exemplar som det finns parter.")
    half = f.style.width / 2
    sigs = a.signatories
    for k in range(0, len(sigs), 2):
        pair = sigs[k : k + 2]
        f.row([(j * half, s.org) for j, s in enumerate(pair)], bold=True, before=14, keep=4)
        f.row([(j * half, f"{s.place} {C.fmt_date(s.date, 'iso')}") for j, s in enumerate(pair)], keep=3)
        f.row([(j * half, "." * 40) for j, s in enumerate(pair)], before=12, keep=2)
        f.row([(j * half, s.person.name) for j, s in enumerate(pair)], keep=1)
        f.row([(j * half, s.title) for j, s in enumerate(pair)])
    return Rendered(
        f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("agreement", "a_parties_running", "m_other_dates", "date_iso", "a_sig_title_org")
def agreement_running(rng: random.Random) -> Rendered:
    """An agreement dated in its header ("Datum 2024-11-28", "Dnr 24RS1234") whose parties are
    named in running text ("mellan Region Örebro län och Askersunds, Kumla och Nora kommuner");
    open-ended validity ("… och tills vidare"); one signature block per party under its name,
    with place and date (the signing dates are not the document's date); Times."""
    a = agreement(
        rng,
        Cast(rng),
        parties=rng.randint(3, 4),
        open_ended=True,
        dated=True,
        municipalities_only=True,
        two_signers=rng.random() < 0.5,
    )
    f = Flow(Style("times", size=10.5))
    no_flow_facts(f)
    f.row([(0, C.REGION), (300, f"Datum {a.dated.isoformat()}")], bold=True)
    f.row([(300, f"Dnr {a.dnr}")])
    f.para(a.title, bold=True, size=15, before=18)
    towns = [org.replace(" kommun", "") for org in a.parties[1:]]
    listed = ", ".join(towns[:-1]) + " och " + towns[-1] if len(towns) > 1 else towns[0]
    plural = "kommuner" if len(towns) > 1 else "kommun"
    f.para(f"Överenskommelsen ingås av Region Örebro län och {listed} {plural} (parterna).", before=12)
    agreement_sections(f, a, numbered=False)
    f.line("Giltighet", bold=True, before=10, keep=1)
    f.para(validity_text(a, "long") + " Den kan sägas upp av part med tolv månaders uppsägningstid.")
    f.line("Underskrifter", bold=True, before=14, keep=1)
    for org in a.parties:
        f.line(org, bold=True, before=12, keep=4)
        for s in [s for s in a.signatories if s.org == org]:
            f.line(f"{s.place} den {C.fmt_date(s.date, 'long')}", before=4, keep=3)
            f.line("." * 40, before=12, keep=2)
            f.line(s.person.name, keep=1)
            f.line(s.title)
    return Rendered(
        f,
        P.furniture_running(a.title, "sida"),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat(),
        agreement=agreement_gold(a),
    )


REPRESENTED_BY = {
    "kommun": "Kommunstyrelsen",
    "region": "Regionstyrelsen",
    "förbund": "Styrelsen",
    "myndighet": "Landshövdingen",
}


def org_number(org: str, rng: random.Random) -> str:
    """An invented organisation number of the right shape (212000-… for municipalities and
    the region, 802…-… for associations)."""
    head = {"kommun": "212000", "region": "232100"}.get(kind_of(org), f"802{rng.randint(100, 599)}")
    return f"{head}-{rng.randint(1000, 9999)}"


@variant("agreement", "a_parties_table", "a_sig_3col", "a_sig_title_org", "m_other_dates", "date_iso")
def agreement_table(rng: random.Random) -> Rendered:
    """An agreement whose sections are "§ 1 Parter", "§ 2 Bakgrund", … (not agenda items): the
    parties as a ruled table "Part | Organisationsnummer | Företräds av"; "Datum" and
    "Diarienummer" in the header (the document's date; the signing dates are later and not
    it); validity "under perioden 1 januari 2025 – 31 december 2026"; signatures in three
    columns: place and date, a line, the name, the title and the organisation; Times."""
    a = agreement(rng, Cast(rng), parties=rng.randint(4, 6), dated=True, two_signers=rng.random() < 0.3)
    f = Flow(Style("times", size=10.5, left=72, right=72))
    no_flow_facts(f)
    f.row([(0, C.REGION), (300, "ÖVERENSKOMMELSE")], bold=True, size=11)
    f.row([(300, f"Datum {a.dated.isoformat()}")], size=9, before=4)
    f.row([(300, f"Diarienummer {a.dnr}")], size=9)
    f.para(a.title, bold=True, size=16, before=20)
    f.line("§ 1 Parter", bold=True, before=12, keep=2)
    f.para("Denna överenskommelse har ingåtts mellan följande parter:", before=2)
    rows = [([org, org_number(org, rng), REPRESENTED_BY[kind_of(org)]], None) for org in a.parties]
    P.table(f, ["Part", "Organisationsnummer", "Företräds av"], rows, [0, 200, 320], ruled=True, size=9.5, before=6)
    n = 2
    for heading, texts in a.sections:
        f.line(f"§ {n} {heading}", bold=True, before=10, keep=1)
        f.para(" ".join(texts))
        n += 1
    f.line(f"§ {n} Giltighetstid", bold=True, before=10, keep=1)
    f.para(validity_text(a, "range" if a.valid_to else "long"))
    f.line(f"§ {n + 1} Underskrifter", bold=True, before=10, keep=1)
    f.para(
        f"Överenskommelsen har upprättats i {len(a.parties)} likalydande exemplar, av vilka parterna tagit var sitt."
    )
    third = f.style.width / 3
    sigs = a.signatories
    for k in range(0, len(sigs), 3):
        group = sigs[k : k + 3]
        f.row(
            [(j * third, f"{s.place} {C.fmt_date(s.date, 'iso')}") for j, s in enumerate(group)],
            size=9,
            before=16,
            keep=4,
        )
        f.row([(j * third, "." * 34) for j, _ in enumerate(group)], size=9, before=14, keep=3)
        f.row([(j * third, s.person.name) for j, s in enumerate(group)], size=9, keep=2)
        f.row([(j * third, s.title) for j, s in enumerate(group)], size=8.5, keep=1)
        f.row([(j * third, s.org) for j, s in enumerate(group)], size=8.5)
    return Rendered(
        f,
        P.furniture_running(a.title, "sida_paren", rule=False),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat(),
        agreement=agreement_gold(a),
    )


# --------------------------------------------------------------------------- house styles
# Protocols as the meeting systems and Word templates of Swedish kommunkanslier and regions print
# them: a front page of labels ("Plats och tid", "Beslutande", "Övriga deltagande", "Utses att
# justera", "Justeringens plats och tid", "Underskrifter", ANSLAG/BEVIS), a running header with
# the municipality, SAMMANTRÄDESPROTOKOLL, the meeting date and "Sida 2(7)", "Justerandes
# signatur | Utdragsbestyrkande" at the foot, items "§ 45" with their "Dnr", sections
# (Ärendebeskrivning, Beslutsunderlag, Förslag till beslut, Yrkanden, Beslutsgång, Beslut,
# Reservation, Beslutet skickas till); and minutes from a Word template with a heading table.
HOUSE_PAGE = {
    "tight": "{p}({t})",
    "paren": "{p} ({t})",
    "sida_tight": "Sida {p}({t})",
    "sida_paren": "Sida {p} ({t})",
    "sida_av": "Sida {p} av {t}",
}
RECIPIENTS = (
    "Ekonomienheten",
    "Förvaltningschefen",
    "Kommunledningsförvaltningen",
    "Kanslienheten",
    "Samhällsbyggnadsförvaltningen",
    "Akten",
    "Berörd verksamhetschef",
    "Controller",
)
FOR_KANNEDOM = ("Kommunrevisionen", "Personalenheten", "Kommunfullmäktiges presidium", "Webbredaktionen")
ACTIONS = (
    "Underlaget skickas ut till gruppens medlemmar före nästa möte.",
    "Frågan tas upp igen på nästa möte.",
    "Sammanställningen kompletteras med uppgifter per kommun.",
    "Synpunkterna lämnas skriftligt senast om två veckor.",
    "En inbjudan går ut till länets kommuner.",
)


def glued(text: str) -> str:
    """Amount markup with the amount's words glued, so that wrapping never splits an amount."""
    return C.AMOUNT.sub(lambda m: "{" + m[1].replace(" ", GLUE) + "|" + m[2] + "}", text)


def lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def beside(
    f: Flow,
    label: str,
    text: str,
    *,
    col: float,
    before: float = 8.0,
    hang: float = 0.0,
    bold: bool = False,
    bold_label: bool = True,
    size: float | None = None,
    new_page: bool = False,
    rule: tuple | None = None,
) -> list:
    """A paragraph wrapped in the right column (from x = ``col``), its first row on the line of
    ``label`` in the left column (a long label wraps inside that column); no label: the right
    column only."""
    size = size or f.style.size
    lab = wrap(label, col - 10, f.style.bold if bold_label else f.style.reg, size) if label else []
    rows = [
        r.replace(GLUE, " ")
        for r in wrap(
            glued(text), f.style.width - col - (4 if rule else 0), f.style.bold if bold else f.style.reg, size, hang
        )
    ]
    out = []
    for k in range(max(len(lab), len(rows))):
        x = col + (hang if k else 0.0)
        right = ((x, rows[k], bold),) if k < len(rows) else ()
        kw = {"size": size, "before": before if k == 0 else 0.0, "new_page": new_page and k == 0, "rule": rule}
        if k < len(lab):
            ln = f.line(lab[k], bold=bold_label, cells=right, **kw)
        elif rule:  # an empty label cell keeps the row's rulings
            ln = f.line("", cells=right, **kw)
        else:
            ln = f.line(rows[k], x=x, bold=bold, **kw)
        out.append(ln)
    if len(lab) > 1:
        out[0].keep = len(lab) - 1
    return out


def wrapped_row(
    f: Flow,
    cells: list[tuple[float, str]],
    *,
    size: float | None = None,
    bold: bool = False,
    before: float = 0.0,
    ruled: bool = False,
    x1: float | None = None,
    hang: float = 8.0,
    new_page: bool = False,
    bold_first: bool = False,
) -> list:
    """A table row whose cells wrap inside their columns (a column ends where the next begins);
    the printed lines, the first holding every cell's first row.  ``ruled`` draws the cells."""
    size = size or f.style.size
    x1 = x1 if x1 is not None else f.style.width
    xs = [x for x, _ in cells]
    cols = []
    for k, ((x, text), end) in enumerate(zip(cells, [*xs[1:], x1], strict=True)):
        heavy = bold or (bold_first and k == 0)
        rows = wrap(glued(text), end - x - 8, f.style.bold if heavy else f.style.reg, size, hang) if text else []
        cols.append([(x + (hang if j else 0.0), r.replace(GLUE, " "), heavy) for j, r in enumerate(rows)])
    rule = (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:])) if ruled else None
    out = []
    for j in range(max(1, *(len(c) for c in cols))):
        here = [c[j] for c in cols if j < len(c)]
        if not here:
            here = [(xs[0], "", False)]
        (x0, t0, b0), *rest = here
        out.append(
            f.line(
                t0,
                x=x0,
                bold=b0,
                size=size,
                before=before if j == 0 else 0.0,
                rule=rule,
                new_page=new_page and j == 0,
                cells=tuple(rest),
            )
        )
    if len(out) > 1:
        out[0].keep = len(out) - 1
    return out


def label_column(f: Flow, labels, size: float | None = None, minimum: float = 0.0) -> float:
    """Where the right column starts: past the widest bold label."""
    size = size or f.style.size
    return max(minimum, *(text_width(t, f.style.bold, size) + 14 for t in labels))


@dataclass
class Sections:
    """How a house style prints an item's sections: a bold heading over the text (``col`` None)
    or the label in a narrow left column with the text beside it on the same rows."""

    f: Flow
    col: float | None = None
    size: float | None = None  # heading size
    upper: bool = False

    def write(
        self,
        label: str,
        paras: list[tuple[str, float]],
        *,
        before: float = 8.0,
        gap: float = 3.0,
        break_after: int | None = None,
    ) -> list[list]:
        f = self.f
        label = label.upper() if self.upper else label
        out = []
        if self.col is None:
            f.line(label, bold=True, before=before, keep=1, size=self.size)
            for k, (text, hang) in enumerate(paras):
                out.append(
                    f.para(
                        text,
                        hang=hang,
                        before=gap if k == 0 else min(gap, 1.0),
                        break_after=break_after if k == 0 else None,
                    )
                )
            return out
        for k, (text, hang) in enumerate(paras):
            rows = beside(
                f, label if k == 0 else "", text, col=self.col, before=before if k == 0 else min(gap, 1.0), hang=hang
            )
            if break_after is not None and k == 0 and len(rows) > break_after:
                rows[break_after].new_page = True
            out.append(rows)
        return out


def acts_of(m: Meeting, it) -> list[str]:
    return [a.replace("{next}", C.fmt_date(m.next_meeting, "long")) for a in it.acts]


def present_sentence(subject: str, it, act: str) -> str:
    """ "Kommunstyrelsen godkänner …" ("… föreslår kommunfullmäktige att …" for a proposal)."""
    if it.proposal:
        return f"{subject} föreslår kommunfullmäktige att {act}."
    if act.split(" ", 1)[0] in C.VERBS:
        return f"{subject} {C.finite(act, 0)}."
    return f"{subject} beslutar att {act}."


def house_decision(
    m: Meeting, it, rng: random.Random, form: str, *, subject: str | None = None, bullet: str = "– ", hang: float = 12.0
) -> tuple[list[tuple[str, float]], list[str]]:
    """The item's decision as printed paragraphs (text, hang) and as the gold's decisions.

    ``form``: "lead_att" ("S beslutar att" over "– clause" rows), "att_rows" ("S beslutar" over
    "att clause," rows), "lead_numbered" ("S beslutar att" over "1. clause," rows), "sentences"
    ("S beslutar att X." each), "numbered_sentences" ("1. S godkänner X." each).  One act is
    one sentence "S beslutar att X." (or "S godkänner X." for the numbered sentences); items
    without acts print their passive sentence ("Dagordningen fastställdes.") if any."""
    s = subject or m.subject
    if it.kind == "justerare":
        t = P.justerare_sentence(m, rng)
        return [(t, 0.0)], [t]
    acts = acts_of(m, it)
    if it.passive and (not acts or (it.kind != "topic" and m.family != "board")):
        return [(it.passive, 0.0)], [it.passive]
    if not acts:
        return [], []
    verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
    if form == "numbered_sentences":
        texts = [present_sentence(s, it, a) for a in acts]
        if len(texts) == 1:
            return [(texts[0], 0.0)], texts
        return [(f"{k + 1}. {t}", hang) for k, t in enumerate(texts)], texts
    if form == "sentences" or len(acts) == 1:
        texts = [f"{s} {verb} att {a}." for a in acts]
        return [(t, 0.0) for t in texts], texts
    n = len(acts)
    ends = ["," if k < n - 1 else "." for k in range(n)]
    if form == "att_rows":
        lead = f"{s} {verb}"
        rows = [(f"att {a}{e}", hang) for a, e in zip(acts, ends, strict=True)]
    elif form == "lead_numbered":
        lead = f"{s} {verb} att"
        rows = [(f"{k + 1}. {a}{e}", hang) for k, (a, e) in enumerate(zip(acts, ends, strict=True))]
    else:  # lead_att
        lead = f"{s} {verb} att"
        rows = [(f"{bullet}{a}", hang) for a in acts]
    return [(lead, 0.0), *rows], [f"{s} {verb} att {a}" for a in acts]


def basis_rows(m: Meeting, it, rng: random.Random, *, form: str = "comma") -> list[str]:
    """ "Beslutsunderlag": the item's documents with their dates, sometimes the committee's § first."""
    out = []
    for k, b in enumerate(it.basis):
        day = (m.date - dt.timedelta(days=12 + (it.number + 5 * k) % 11)).isoformat()
        out.append({"comma": f"{b}, {day}", "daterad": f"{b} daterad {day}", "paren": f"{b} ({day})"}[form])
    if m.family == "board" and rng.random() < 0.5:
        au = (m.date - dt.timedelta(days=rng.randint(6, 14))).isoformat()
        out.insert(0, f"{m.genitive} arbetsutskott {au}, § {rng.randint(20, 160)}")
    return out


def motions(m: Meeting, it, rng: random.Random, proposal: str) -> tuple[list[str], list[str], str | None]:
    """Yrkanden, Beslutsgång and perhaps a Reservation of a topic (none of them decisions)."""
    chair = m.chair
    voters = [s for s in m.seats if s.person and (s.role != "ersättare" or s.replaces)]
    others = [s for s in voters if s.party and s.party not in (chair.party, "-")]
    yrk = [f"{chair.name} ({chair.party}) yrkar bifall till {proposal}."]
    organ = lower_first(m.organ)
    if not others or rng.random() < 0.45:
        return yrk, [f"Ordföranden ställer proposition på förslaget och finner att {organ} bifaller det."], None
    other = rng.choice(others)
    yrk.append(f"{other.name} ({other.party}) yrkar {rng.choice(('avslag', 'återremiss'))}.")
    gang = [f"Ordföranden ställer proposition på förslagen och finner att {organ} bifaller {proposal}."]
    if rng.random() < 0.5:
        yes = rng.randint(len(voters) // 2 + 1, len(voters) - 1)
        gang.append(
            f"Omröstning begärs och genomförs. Med {yes} ja-röster mot {len(voters) - yes} nej-röster "
            f"bifaller {organ} {proposal}."
        )
    res = rng.choice(
        (
            f"{other.name} ({other.party}) reserverar sig mot beslutet till förmån för eget yrkande.",
            f"Ledamöterna för {PARTY_NAMES[other.party]} reserverar sig mot beslutet.",
        )
    )
    return yrk, gang, res


@dataclass(frozen=True)
class House:
    """What a house style prints in a board's item, and under which headings."""

    intro: str = "Ärendebeskrivning"
    basis: str | None = "Beslutsunderlag"
    basis_form: str = "comma"
    bullet: str = "• "
    proposal: str | None = "Förslag till beslut"
    proposal_form: str = "same"  # same (worded like the decision) | au | forvaltning
    motions: float = 0.0
    decision: str = "Beslut"
    form: str = "lead_att"
    subject: str | None = None
    reservation: bool = True
    sent_to: str | None = "Beslutet skickas till"
    recipients: tuple[str, ...] = RECIPIENTS
    sent_inline: bool = False  # "Expedieras till: A, B" on one line
    for_kannedom: bool = False
    split_text: bool = False  # the description a paragraph a sentence
    break_text: bool = False  # the description runs over a page break after its first row


def proposal_text(m: Meeting, it, form: str) -> str:
    act = acts_of(m, it)[0]
    organ = lower_first(m.organ)
    verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
    if form == "au":
        return (
            f"Arbetsutskottet föreslår att {organ} föreslår kommunfullmäktige att {act}."
            if it.proposal
            else f"Arbetsutskottet föreslår att {organ} beslutar att {act}."
        )
    if form == "foreslas":
        return f"{m.subject} föreslås besluta att {act}."
    if form == "forvaltning":
        return f"Förvaltningen föreslår att {organ} {verb} att {act}."
    return f"{m.subject} {verb} att {act}."


def house_item(f: Flow, m: Meeting, it, rng: random.Random, h: House, sec: Sections) -> None:
    """A board's (or council's) item in a house style: description, basis, proposal, Yrkanden and
    Beslutsgång, the decision, a Reservation, where the decision is sent."""
    topic = it.kind == "topic"
    texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
    if texts:
        paras = [(t, 0.0) for t in texts] if h.split_text else [(" ".join(texts), 0.0)]
        sec.write(h.intro, paras, break_after=1 if h.break_text else None)
    if h.basis and it.basis:
        sec.write(
            h.basis,
            [
                (f"{h.bullet}{b}", text_width(h.bullet, f.style.reg, f.style.size))
                for b in basis_rows(m, it, rng, form=h.basis_form)
            ],
            gap=2,
        )
    if h.proposal and topic and it.acts:
        sec.write(h.proposal, [(proposal_text(m, it, h.proposal_form), 0.0)])
    res = None
    if topic and it.acts and rng.random() < h.motions:
        ref = {"au": "arbetsutskottets förslag", "forvaltning": "förvaltningens förslag"}.get(
            h.proposal_form, "förslaget"
        )
        yrk, gang, res = motions(m, it, rng, ref)
        sec.write("Yrkanden", [(t, 0.0) for t in yrk])
        sec.write("Beslutsgång", [(t, 0.0) for t in gang])
    paras, decisions = house_decision(m, it, rng, h.form, subject=h.subject)
    if paras:
        printed = sec.write(h.decision, paras, gap=2)
        for d in decisions:
            f.decision(d)
        if it.kind == "justerare":
            P.record_justerare(f, printed[-1][0], m)
    if res and h.reservation:
        sec.write("Reservation", [(res, 0.0)])
    if topic and h.sent_to and it.acts:
        to = ["Kommunfullmäktige"] if it.proposal else rng.sample(h.recipients, rng.randint(1, 3))
        if h.sent_inline:
            f.para(f"{h.sent_to}: {', '.join(to)}", before=8, size=f.style.size - 0.5, x=sec.col or 0.0)
        else:
            sec.write(h.sent_to, [(t, 0.0) for t in to], gap=2)
        if h.for_kannedom and rng.random() < 0.5:
            f.para(
                f"För kännedom: {', '.join(rng.sample(FOR_KANNEDOM, 2))}",
                before=2,
                size=f.style.size - 0.5,
                x=sec.col or 0.0,
            )


def furniture_house(
    m: Meeting,
    *,
    label: str = "tight",
    date_form: str = "iso",
    kind: str = "SAMMANTRÄDESPROTOKOLL",
    footer: str = "boxes",
    organ: bool = True,
    current: bool = False,
    upper: bool = True,
    head: str | None = None,
):
    """A municipality's running header: its name (``upper``) and the body on the left, the kind
    over "Sammanträdesdatum" and the date in the middle, the page ("2(7)") at the right, a rule;
    at the foot "Justerandes signatur" and "Utdragsbestyrkande" as boxes, a ruled row, or words."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        mid = x0 + 235
        c.setFont(st.bold, 11)
        c.drawString(x0, H - 40, head or (m.org.upper() if upper else m.org))
        c.setFont(st.bold, 10)
        c.drawString(mid, H - 40, kind)
        c.setFont(st.reg, 9)
        c.drawRightString(x1, H - 40, HOUSE_PAGE[label].format(p=page, t=total))
        c.setFont(st.reg, 7)
        c.drawString(mid, H - 52, "Sammanträdesdatum")
        c.setFont(st.reg, 9)
        c.drawString(mid, H - 63, C.fmt_date(m.date, date_form))
        if organ:
            c.drawString(x0, H - 63, m.organ)
        item = next((ln.item for ln in lines if ln.item), None)
        if current and item and page > 1:
            c.drawRightString(x1, H - 63, f"§ {item}")
        c.setLineWidth(0.5)
        c.line(x0, H - 70, x1, H - 70)
        c.setFont(st.reg, 7)
        if footer == "boxes":
            for x, text in ((x0, "Justerandes signatur"), (x1 - 130, "Utdragsbestyrkande")):
                c.drawString(x, 60, text)
                c.rect(x, 34, 130, 22)
        elif footer == "ruled":
            mid_x = (x0 + x1) / 2
            c.rect(x0, 34, x1 - x0, 26)
            c.line(mid_x, 34, mid_x, 60)
            c.drawString(x0 + 4, 52, "Justerandes signatur")
            c.drawString(mid_x + 4, 52, "Utdragsbestyrkande")
        else:
            c.line(x0, 50, x1, 50)
            c.drawString(x0, 40, "Justerandes signatur ………………………")
            c.drawRightString(x1, 40, "Utdragsbestyrkande ………………………")

    return draw


def signatures_beside(
    f: Flow,
    m: Meeting,
    *,
    col: float,
    labels=("Sekreterare", "Ordförande", "Justerande"),
    paragraphs: str | None = None,
    dots: int = 30,
    heading: str = "Underskrifter",
    before: float = 14.0,
    gap: float = 12.0,
) -> None:
    """ "Underskrifter" in the left column; beside it a caption, a dotted line and the name below,
    one signer under the other; the §§ the protocol covers at the right of the first."""
    people = {
        "Sekreterare": m.secretary.person,
        "Ordförande": m.chair.person,
        "Justerande": m.justerare.person,
        "Justerare": m.justerare.person,
    }
    at = col + max(text_width(t, f.style.reg, f.style.size) for t in labels) + 12
    for k, label in enumerate(labels):
        cells = [(col, label, False), (at, "." * dots, False)]
        if k == 0 and paragraphs:
            cells.append((f.style.width - text_width(paragraphs, f.style.reg, f.style.size), paragraphs, False))
        f.line(
            heading if k == 0 else "",
            bold=True,
            before=before if k == 0 else gap,
            keep=2 * (len(labels) - k) - 1,
            cells=tuple(cells),
        )  # the block on one page
        ln = f.line(people[label].name, x=at)
        if label == "Sekreterare":
            P.record_secretary(f, ln, m)
        elif label in ("Justerande", "Justerare"):
            P.record_justerare(f, ln, m)


def anslag_box(
    f: Flow,
    m: Meeting,
    *,
    col: float = 150.0,
    date_form: str = "iso",
    size: float = 9.0,
    signer: bool = True,
    labels: tuple[str, str] = ("Datum då anslaget sätts upp", "Datum då anslaget tas ned"),
) -> None:
    """A ruled ANSLAG/BEVIS box: Organ, Sammanträdesdatum, the dates of posting (not the meeting's),
    where the protocol is kept, and the secretary's signature under "Underskrift"."""
    x1 = f.style.width
    col = max(col, *(text_width(t, f.style.reg, size) + 12 for t in (*labels, "Förvaringsplats för protokollet")))
    f.line("ANSLAG/BEVIS", bold=True, size=size + 1, before=18, keep=6, rule=(-4, x1, ()))
    f.line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=size, rule=(-4, x1, ()))
    up, down = C.fmt_date(m.posted[0], date_form), C.fmt_date(m.posted[1], date_form)
    c2 = col + text_width(up, f.style.reg, size) + 16
    c3 = c2 + text_width(labels[1], f.style.reg, size) + 12
    rows = [
        [(0, "Organ"), (col, m.organ)],
        [(0, "Sammanträdesdatum"), (col, C.fmt_date(m.date, date_form))],
        [(0, labels[0]), (col, up), (c2, labels[1]), (c3, down)],
        [(0, "Förvaringsplats för protokollet"), (col, f"Kommunkansliet, {C.SHORT.get(m.org, m.org)}")],
    ]
    if signer:
        rows.append([(0, "Underskrift"), (col, "." * 40)])
    for cells in rows:
        f.row(cells, size=size, rule=(-4, x1, tuple(x - 4 for x, _ in cells[1:])))
    if signer:
        ln = f.row([(0, "Namnförtydligande"), (col, m.secretary.name)], size=size, rule=(-4, x1, (col - 4,)))
        P.record_secretary(f, ln, m)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_organ_field",
    "m_other_dates",
    "date_iso",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_span",
    "r_ovriga_narvarande",
    "r_role_heading",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "h_own_line",
    "d_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_front_labels(rng: random.Random) -> Rendered:
    """The meeting-system standard of many kommunkanslier: a running header "KUMLA KOMMUN |
    SAMMANTRÄDESPROTOKOLL" over "Sammanträdesdatum" and the date | "1(7)", the body under the
    municipality, "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot; page one a
    label column: "Plats och tid", "Beslutande" one "Name (S), ordförande" a row in the right
    column (serving substitutes "…, tjänstgörande ersättare för Y (S), §§ 45–49"), "Övriga
    deltagande" with captions "Ersättare" (non-serving substitutes) and "Tjänstepersoner"
    ("Name, title"), "Utses att justera", "Justeringens plats och tid", "Underskrifter" with
    Sekreterare/Ordförande/Justerande over dotted lines and "Paragrafer §§ 45–51", then a ruled
    ANSLAG/BEVIS box (Organ, Sammanträdesdatum, the posting dates, "Namnförtydligande"); every
    § on a page of its own, "§ 45" with "Dnr KS 2024/123" at the right and the bold title below;
    "Ärendebeskrivning", "Beslutsunderlag" as "• Tjänsteskrivelse, 2024-04-30" (some led by
    "Kommunstyrelsens arbetsutskott 2024-05-02, § 88"), "Arbetsutskottets förslag" worded like
    the decision, "Yrkanden", "Beslutsgång" (a vote), "Beslut" as "Kommunstyrelsen beslutar att"
    over "– clause" rows, "Reservation", "Beslutet skickas till"; Vera."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 2, 5)), standard_items=rng.random() < 0.4)
    f = Flow(Style("vera", size=9.5, top=92, bottom=80))
    labels = (
        "Plats och tid",
        "Beslutande",
        "Övriga deltagande",
        "Utses att justera",
        "Justeringens plats och tid",
        "Underskrifter",
    )
    col = label_column(f, labels)
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'iso')} {m.time}", col=col, before=0)
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    for k, s in enumerate(voting):
        rows = beside(
            f,
            "Beslutande" if k == 0 else "",
            P.seat_text(s, org=None, party=True, role="rank"),
            col=col,
            before=10 if k == 0 else 0,
            hang=10,
        )
        P.record(f, rows[0], s)
    beside(f, "Övriga deltagande", "Ersättare", col=col, before=10, bold=True)
    for s in [s for s in m.role("ersättare") if not s.replaces]:
        P.record(f, beside(f, "", P.seat_text(s, org=None, party=True), col=col, before=0)[0], s)
    beside(f, "", "Tjänstepersoner", col=col, before=4, bold=True)
    for a in m.officials:
        P.record(f, beside(f, "", P.attendee_text(a, org=None), col=col, before=0, hang=10)[0], a)
    j = m.justerare
    P.record_justerare(f, beside(f, "Utses att justera", f"{j.name} ({j.party})", col=col, before=10)[0], m)
    beside(
        f,
        "Justeringens plats och tid",
        f"Kommunkansliet, {C.fmt_date(m.adjusted, 'iso')} kl. {rng.choice(('08.30', '13.00', '15.00'))}",
        col=col,
        before=8,
    )
    first, last = m.items[0].number, m.items[-1].number
    signatures_beside(f, m, col=col, paragraphs=f"Paragrafer §§ {first}–{last}")
    anslag_box(f, m, col=col)
    h = House(
        proposal="Arbetsutskottets förslag" if m.organ == "Kommunstyrelsen" else "Förvaltningens förslag",
        proposal_form="same",
        motions=0.45,
        form="lead_att",
        bullet="• ",
    )
    sec = Sections(f)
    for it in m.items:
        P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, size=11, new_page=True, before=0)
        house_item(f, m, it, rng, replace(h, basis_form="comma"), sec)
    return Rendered(
        f, furniture_house(m, label="tight"), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org
    )


def furniture_logo(m: Meeting, *, label: str = "sida_paren", date_form: str = "long", kind: str = "PROTOKOLL"):
    """The municipality's name as a letterhead at the left ("Hallsbergs kommun"), the kind, the
    meeting date and the page stacked at the right, the body under the letterhead; at the foot
    "Justerandes signatur" and "Utdragsbestyrkande" over one rule."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.bold, 13)
        c.drawString(x0, H - 44, m.org)
        c.setFont(st.reg, 9)
        c.drawString(x0, H - 58, m.organ)
        c.setFont(st.bold, 10)
        c.drawRightString(x1, H - 36, kind)
        c.setFont(st.reg, 8.5)
        c.drawRightString(x1, H - 48, f"Sammanträdesdatum {C.fmt_date(m.date, date_form)}")
        c.drawRightString(x1, H - 60, HOUSE_PAGE[label].format(p=page, t=total))
        c.setLineWidth(0.4)
        c.line(x0, H - 68, x1, H - 68)
        c.line(x0, 52, x1, 52)
        c.setFont(st.reg, 7)
        c.drawString(x0, 42, "Justerandes signatur")
        c.drawString(x0 + 200, 42, "Utdragsbestyrkande")

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_organ_field",
    "m_other_dates",
    "date_long",
    "r_name_title_columns",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "page_break_item",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_section_labels(rng: random.Random) -> Rendered:
    """Section labels in a narrow left column and the text beside them on the same rows, on page
    one and in every item: "Plats och tid", "Beslutande" as name | "S, ordförande" columns in
    the right column (serving substitutes "M, tjg ersättare för Y"), "Övriga deltagande" as name
    | function columns mixing non-serving substitutes ("ersättare (C)") and officials (their
    titles), "Utses att justera", "Justeringens plats och tid", "Underskrifter" with
    "Paragrafer 45–51", an unruled ANSLAG/BEVIS in the same columns ("Datum för anslags
    uppsättande"); a letterhead header ("Hallsbergs kommun", the body, "Sida 2 (9)"); items
    "§ 45 Title" with "Dnr BUN 2024/123" on the next line and "Ärendebeskrivning",
    "Beslutsunderlag" ("- Tjänsteskrivelse daterad 2024-04-30"), "Förvaltningens förslag till
    beslut" ("Förvaltningen föreslår att nämnden beslutar att …"), "Yrkanden", "Beslutsgång",
    "Beslut" (the lead "Barn- och utbildningsnämnden beslutar" on the label's row, "att …"
    rows below), "Reservation", "Skickas till" as labels; items run over page breaks; the meeting
    date only as "4 mars 2025"; Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 2, 3, 4, 5)), substitutes=rng.randint(2, 4))
    f = Flow(Style("helvetica", size=9.5, left=62, right=50, top=84, bottom=66))
    labels = ("Ärendebeskrivning", "Beslutsunderlag", "Justeringens plats", "Övriga deltagande")
    col = label_column(f, labels)
    f.line("Sammanträdesprotokoll", bold=True, size=14)
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'long')} {m.time}", col=col, before=12)
    fn = col + 150
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    for k, s in enumerate(voting):
        if s.replaces:
            role = f"{s.party}, tjg ersättare för {s.replaces.name}"
        else:
            role = f"{s.party}, {f'{s.rank} {s.role}'.strip() if s.role != 'ledamot' else 'ledamot'}"
        rows = wrapped_row(
            f,
            [(0, "Beslutande" if k == 0 else ""), (col, s.name), (fn, role)],
            bold_first=True,
            before=10 if k == 0 else 0,
        )
        P.record(f, rows[0], s)
    others = [(s, f"ersättare ({s.party})") for s in m.role("ersättare") if not s.replaces]
    others += [(a, a.title + (f", {a.span}" if a.span else "")) for a in m.officials]
    for k, (who, what) in enumerate(others):
        rows = wrapped_row(
            f,
            [(0, "Övriga deltagande" if k == 0 else ""), (col, who.name), (fn, what)],
            bold_first=True,
            before=10 if k == 0 else 0,
        )
        P.record(f, rows[0], who)
    j = m.justerare
    P.record_justerare(f, beside(f, "Utses att justera", j.name, col=col, before=10)[0], m)
    beside(f, "Justeringens plats och tid", f"{C.fmt_date(m.adjusted, 'long')}, kommunhuset", col=col, before=8)
    first, last = m.items[0].number, m.items[-1].number
    signatures_beside(f, m, col=col, paragraphs=f"Paragrafer {first}–{last}", dots=36, gap=10)
    f.line("ANSLAG/BEVIS", bold=True, before=20, keep=5)
    f.para("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", before=2)
    for label, value in (
        ("Organ", m.organ),
        ("Sammanträdesdatum", C.fmt_date(m.date, "long")),
        ("Datum för anslags uppsättande", C.fmt_date(m.posted[0], "long")),
        ("Datum för anslags nedtagande", C.fmt_date(m.posted[1], "long")),
        ("Förvaringsplats för protokollet", "Kommunkansliet"),
    ):
        wrapped_row(f, [(0, label), (col + 30, value)], before=2)
    P.record_secretary(
        f, wrapped_row(f, [(0, "Underskrift"), (col + 30, f"{'.' * 36}  {m.secretary.name}")], before=8)[0], m
    )
    h = House(
        intro="Ärendebeskrivning",
        bullet="- ",
        basis_form="daterad",
        proposal="Förvaltningens förslag till beslut",
        proposal_form="forvaltning",
        motions=0.5,
        form="att_rows",
        sent_to="Skickas till",
    )
    sec = Sections(f, col=col)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=10.5, before=14 if k else 0, new_page=k == 0)
        f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        house_item(f, m, it, rng, replace(h, break_text=k == 1), sec)
    return Rendered(f, furniture_logo(m), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)


def gridded(furniture: Furniture, grid: dict) -> Furniture:
    """``furniture`` and the cells of a table whose rows are taller than their type: ``grid``
    maps a line to (x0, x1, inner verticals); each row's box spans its whole line height."""

    def draw(c, page, total, lines, flow):
        furniture(c, page, total, lines, flow)
        st = flow.style
        c.setLineWidth(0.5)
        for ln in lines:
            if ln in grid:
                x0, x1, inner = grid[ln]
                bottom = ln.y - ln.size * 0.4 - (ln.height - ln.size * 1.35) / 2
                c.rect(st.left + x0, bottom, x1 - x0, ln.height)
                for vx in inner:
                    c.line(st.left + vx, bottom, st.left + vx, bottom + ln.height)

    return draw


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_organ_field",
    "m_other_dates",
    "date_iso",
    "r_table_ruled",
    "r_role_heading",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "page_break_item",
    "d_organ_beslut",
    "d_numbered",
    "d_proposal_kf",
    "d_not_proposal",
)
def board_word_front_table(rng: random.Random) -> Rendered:
    """A kommunkansli's Word template: page one one ruled two-column table, labels left and
    values right ("Plats och tid", "Beslutande" with captions "Ledamöter" and "Tjänstgörande
    ersättare" -- "Name (M), ersättare för Y (M)" --, "Övriga deltagande" with "Ersättare" and
    "Tjänstepersoner", "Utses att justera", "Justeringens plats och tid", the signatures
    "Sekreterare"/"Ordförande"/"Justerande" with "Paragrafer 45–52"), its padded rows running
    over the page foot inside the roster or the signatures; a ruled ANSLAG/BEVIS; "Kultur- och fritidsnämndens
    sammanträde" as the first line; running header "KUMLA KOMMUN | SAMMANTRÄDESPROTOKOLL |
    Sida 2 av 7" and a ruled "Justerandes signatur | Utdragsbestyrkande" row at the foot; items
    "§ 45 Title" with "Dnr KFN 2024/123" at the right; "Sammanfattning av ärendet" a paragraph a
    sentence (one running over a page break), "Beslutsunderlag" ("• Tjänsteskrivelse
    (2024-04-30)"), "Förslag till beslut" worded like the decision, decisions under
    "<Organ>s beslut" as numbered sentences ("1. Kultur- och fritidsnämnden godkänner …",
    "… föreslår kommunfullmäktige att …"), "Expedieras till: A, B" and "För kännedom: …";
    Times."""
    m = board_meeting(
        rng,
        Cast(rng),
        board=rng.choice((0, 0, 4, 5)),
        members=rng.randint(13, 15),
        substitutes=rng.randint(6, 9),
        officials=rng.randint(4, 6),
    )
    f = Flow(Style("times", size=11, top=90, bottom=80))
    x1 = f.style.width
    f.line(f"{m.genitive} sammanträde", bold=True, size=14)
    labels = ("Justeringens plats", "Övriga deltagande")
    col = label_column(f, labels)
    rule = None  # the table's cells are drawn by the furniture (gridded), so padded rows touch
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'iso')}, {m.time}", col=col, before=14, rule=rule)
    voting = [s for s in m.seats if not s.replaces and s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    start = len(f.lines)
    beside(f, "Beslutande", "Ledamöter", col=col, before=0, rule=rule, bold=True)
    for s in voting:
        P.record(
            f, beside(f, "", P.seat_text(s, org=None, party=True, role="rank"), col=col, before=0, rule=rule)[0], s
        )
    beside(f, "", "Tjänstgörande ersättare", col=col, before=0, rule=rule, bold=True)
    for s in serving:
        text = f"{s.name} ({s.party}), ersättare för {s.replaces.name} ({s.replaces_party})"
        P.record(f, beside(f, "", text, col=col, before=0, rule=rule, hang=10)[0], s)
    beside(f, "Övriga deltagande", "Ersättare", col=col, before=0, rule=rule, bold=True)
    for s in [s for s in m.role("ersättare") if not s.replaces]:
        P.record(f, beside(f, "", P.seat_text(s, org=None, party=True), col=col, before=0, rule=rule)[0], s)
    beside(f, "", "Tjänstepersoner", col=col, before=0, rule=rule, bold=True)
    for a in m.officials:
        P.record(f, beside(f, "", P.attendee_text(a, org=None), col=col, before=0, rule=rule, hang=10)[0], a)
    j = m.justerare
    P.record_justerare(f, beside(f, "Utses att justera", f"{j.name} ({j.party})", col=col, before=0, rule=rule)[0], m)
    beside(
        f, "Justeringens plats och tid", f"Kommunkansliet {C.fmt_date(m.adjusted, 'iso')}", col=col, before=0, rule=rule
    )
    first, last = m.items[0].number, m.items[-1].number
    people = (("Sekreterare", m.secretary.person), ("Ordförande", m.chair.person), ("Justerande", j.person))
    at = col + 160
    signed = len(f.lines)
    for k, (label, person) in enumerate(people):
        f.line(
            "Underskrifter" if k == 0 else "",
            bold=True,
            before=0,
            keep=1,
            cells=((col, label, False), (at, "Paragrafer" if k == 0 else "", False)),
        )
        f.line("." * 34, x=col, before=0, keep=1, cells=((at, f"{first}–{last}" if k == 0 else "", False),))
        ln = f.line(person.name, x=col, before=0)
        if label == "Sekreterare":
            P.record_secretary(f, ln, m)
        elif label == "Justerande":
            P.record_justerare(f, ln, m)
    grid = {}
    for ln in f.lines[start - 1 :]:  # the table's rows are padded: it runs over the page foot
        ln.leading = 1.8
        grid[ln] = (-4, x1, (col - 4, at - 4) if f.lines.index(ln) >= signed else (col - 4,))
    anslag_box(f, m, col=col, size=10, signer=False)
    h = House(
        intro="Sammanfattning av ärendet",
        bullet="• ",
        basis_form="paren",
        proposal="Förslag till beslut",
        proposal_form="same",
        decision=f"{m.genitive} beslut",
        form="numbered_sentences",
        sent_to="Expedieras till",
        sent_inline=True,
        for_kannedom=True,
        split_text=True,
    )
    sec = Sections(f)
    broken = next((it for it in m.items if it.kind == "topic" and len(it.text) > 1), None)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=12, dnr=it.dnr, before=18, new_page=k == 0)
        house_item(f, m, it, rng, replace(h, break_text=it is broken), sec)
    return Rendered(
        f,
        gridded(furniture_house(m, label="sida_av", footer="ruled"), grid),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


def repeat_headers(f: Flow, tables: list[tuple]) -> None:
    """Repeat a ruled table's header row at the top of the next page wherever the table runs over
    the page foot (the pages as they would fall now; the header copies are inserted in place)."""
    for header, rows in tables:
        f.paginate()
        over = next((ln for ln in rows if ln.page > header.page), None)
        if over is None:
            continue
        copy = f.row(
            [(header.x, header.text), *((x, t) for x, t, _ in header.cells)],
            bold=True,
            size=header.size,
            rule=header.rule,
        )
        f.lines.remove(copy)
        f.lines.insert(f.lines.index(over), copy)
        over.before = 0.0


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_other_dates",
    "date_weekday",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "r_span",
    "r_name_title_columns",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "d_sentences",
    "d_proposal_kf",
    "d_not_proposal",
)
def board_presence_grid(rng: random.Random) -> Rendered:
    """A meeting system's page one: "Tid och plats: Måndagen den 4 mars 2025, …", "Justerare",
    "Justeringens tid och plats", "Protokollet omfattar §§ 45–52", a three-column signature box
    and a notice on the digital anslagstavla with its dates, then the "Närvarolista": ruled
    grids whose header row is repeated where they run over the page foot: "Ledamöter | Parti |
    Funktion | Närvarande | Tjänstgörande ersättare" with every ordinary member listed -- "x"
    when present, else the
    substitute who served in the last column (the member then is no participant) or nothing
    (absent, no participant) --; "Ersättare | Parti | Närvarande" with "x", "tjg" for those
    serving (already in the first grid) and empty for the absent (no participants);
    "Övriga närvarande | Titel | Paragrafer"; items "§ 45 Title" with "Dnr KS 2024/123" below,
    "Sammanfattning av ärendet", "Beslutsunderlag", "Förvaltningens förslag till beslut",
    decisions under "Beslut" as "Kommunstyrelsen beslutar att …" sentences, "Beslutet ska
    skickas till"; Vera."""
    cast = Cast(rng)
    board = rng.choice((0, 0, 1, 4))
    m = board_meeting(
        rng,
        cast,
        board=board,
        members=15 if board == 0 else rng.randint(11, 13),
        substitutes=rng.randint(5, 8),
        absent_listed=1,
        officials=rng.randint(3, 5),
    )
    f = Flow(Style("vera", size=9, top=90, bottom=66))
    first, last = m.items[0].number, m.items[-1].number
    f.line(m.organ, bold=True, size=14)
    f.line("Protokoll", size=12, before=2)
    f.para(f"Tid och plats: {C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}, {m.place}", before=10)
    col = 150.0
    j = m.justerare
    P.record_justerare(f, f.line("Justerare", bold=True, before=12, cells=((col, f"{j.name} ({j.party})", False),)), m)
    f.line(
        "Justeringens tid och plats",
        bold=True,
        cells=((col, f"{C.fmt_date(m.adjusted, 'iso')}, kommunledningskontoret", False),),
    )
    f.line("Protokollet omfattar", bold=True, cells=((col, f"§§ {first}–{last}", False),))
    P.signature_box(f, m, columns=3, heading="Underskrifter", labels=("Sekreterare", "Ordförande", "Justerare"))
    f.line("Bevis om anslag", bold=True, before=16, keep=3)
    f.para(
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla.",
        before=2,
    )
    f.line("Anslaget publicerat", cells=((col, C.fmt_date(m.posted[0], "iso"), False),), before=2)
    f.line("Anslaget tas ned", cells=((col, C.fmt_date(m.posted[1], "iso"), False),))
    f.line("Närvarolista", bold=True, size=11, before=18, keep=2)
    tables = []
    xs = [0, 135, 165, 262, 330]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    header = f.row(
        list(zip(xs, ["Ledamöter", "Parti", "Funktion", "Närvarande", "Tjänstgörande ersättare"], strict=True)),
        bold=True,
        before=6,
        rule=rule,
        keep=1,
    )
    rows = []
    ordinary = [s for s in m.seats if s.role != "ersättare"]
    for extra in [*(s for s in m.seats if s.replaces), *m.absent]:
        ordinary.insert(rng.randint(3, len(ordinary)), extra)
    for s in ordinary:
        if s.replaces:
            ln = f.row([(0, s.replaces.name), (135, s.replaces_party), (330, f"{s.name} ({s.party})")], rule=rule)
        elif s in m.absent:  # absent, no substitute: not a participant
            f.row([(0, s.name), (135, s.party)], rule=rule)
            ln = None
        else:
            role = f"{s.rank} {s.role}".strip() if s.role != "ledamot" else "ledamot"
            ln = f.row([(0, s.name), (135, s.party), (165, role), (262, "x")], rule=rule)
        if ln is not None:
            P.record(f, ln, s)
        rows.append(f.lines[-1])
    tables.append((header, rows))
    xs2 = [0, 150, 185]
    rule2 = (-4, 290, (146, 181))
    header = f.row([(0, "Ersättare"), (150, "Parti"), (185, "Närvarande")], bold=True, before=10, rule=rule2, keep=1)
    away = [
        Seat(cast.person(), "ersättare", m.org, cast.party())  # the absent: as many as to fill the seats
        for _ in range(max(1, len(ordinary) - len(m.role("ersättare")) - rng.randint(0, 3)))
    ]
    subs = list(m.role("ersättare"))
    for s in away:
        subs.insert(rng.randint(0, len(subs)), s)
    rows = []
    for s in subs:
        mark = "" if s in away else "tjg" if s.replaces else "x"
        ln = f.row([(x, t) for x, t in zip(xs2, [s.name, s.party, mark], strict=True) if t], rule=rule2)
        if s not in away:
            P.record(f, ln, s)
        rows.append(ln)
    tables.append((header, rows))
    rule3 = (-4, f.style.width, (146, 341))
    header = f.row(
        [(0, "Övriga närvarande"), (150, "Titel"), (345, "Paragrafer")], bold=True, before=10, rule=rule3, keep=1
    )
    rows = []
    for a in m.officials:
        span = a.span or f"§§ {first}–{last}"
        rows.append(f.row([(0, a.name), (150, a.title), (345, span)], rule=rule3))
        P.record(f, rows[-1], a)
    tables.append((header, rows))
    repeat_headers(f, tables)
    h = House(
        intro="Sammanfattning av ärendet",
        bullet="- ",
        proposal="Förvaltningens förslag till beslut",
        proposal_form="forvaltning",
        form="sentences",
        sent_to="Beslutet ska skickas till",
        reservation=False,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", size=10.5, before=16, new_page=k == 0)
        f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        house_item(f, m, it, rng, h, sec)
    return Rendered(
        f,
        furniture_house(m, kind="PROTOKOLL", label="paren", footer="words", upper=False),
        m.kind,
        "Protokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_organ_field",
    "m_other_dates",
    "date_long",
    "r_role_after",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "r_span",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "r_sig_box",
    "h_own_line",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
)
def board_caps_courier(rng: random.Random) -> Rendered:
    """An older kommunkansli template in Courier: page one in a label column of capitals
    ("PLATS OCH TID", "BESLUTANDE", "ÖVRIGA DELTAGANDE", "UTSES ATT JUSTERA", "JUSTERINGENS
    PLATS OCH TID" wrapping in its column, "UNDERSKRIFTER"), roles abbreviated after the name
    ("Name (S) ordf", "Name (M) 1:e v ordf", "Name (KD) tjg ers för Y (KD) §§ 45-48", "Name
    (L) ej tjg ers" under ÖVRIGA DELTAGANDE beside the officials "Name, title"), ranges with a
    hyphen; ANSLAG/BEVIS with dates as "4 mars 2025"; the running header with the § in
    progress; items "§ 45  Dnr SN 2024/123" on one line with the bold title below,
    "Ärendet", "Beslutsunderlag", "Arbetsutskottets förslag" ("Arbetsutskottet föreslår att
    socialnämnden beslutar att …"), "Yrkanden", "Beslutsgång", decisions under "Beslut" as
    "Nämnden beslutar" and att-rows, "Reservation", "Expedieras: …" and "För kännedom: …"."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((1, 3, 5)), substitutes=rng.randint(2, 4))
    f = Flow(Style("courier", size=9, left=64, right=52, top=92, bottom=80))
    col = 150.0
    f.line("SAMMANTRÄDESPROTOKOLL", bold=True, size=12)
    f.line(m.organ.upper(), bold=True, size=10, before=2)
    beside(
        f, "PLATS OCH TID", f"{m.place}, {C.fmt_date(m.date, 'long')}, {m.time.replace('–', '-')}", col=col, before=14
    )
    short = {"ordförande": "ordf", "vice ordförande": "v ordf"}

    def entry(s: Seat) -> str:
        out = f"{s.name} ({s.party})"
        if s.role in short:
            out += f" {s.rank + ' ' if s.rank else ''}{short[s.role]}"
        if s.replaces:
            out += f" tjg ers för {s.replaces.name} ({s.replaces_party})"
        if s.span:
            out += f" {s.span.replace('–', '-')}"
        return out

    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    for k, s in enumerate(voting):
        P.record(
            f, beside(f, "BESLUTANDE" if k == 0 else "", entry(s), col=col, before=10 if k == 0 else 0, hang=12)[0], s
        )
    others: list = [s for s in m.role("ersättare") if not s.replaces] + list(m.officials)
    for k, who in enumerate(others):
        text = (
            f"{who.name} ({who.party}) ej tjg ers"
            if isinstance(who, Seat)
            else P.attendee_text(who, org=None).replace("–", "-")
        )
        P.record(
            f,
            beside(f, "ÖVRIGA DELTAGANDE" if k == 0 else "", text, col=col, before=10 if k == 0 else 0, hang=12)[0],
            who,
        )
    j = m.justerare
    P.record_justerare(f, beside(f, "UTSES ATT JUSTERA", f"{j.name} ({j.party})", col=col, before=10)[0], m)
    beside(f, "JUSTERINGENS PLATS OCH TID", f"Förvaltningskontoret {C.fmt_date(m.adjusted, 'long')}", col=col, before=8)
    first, last = m.items[0].number, m.items[-1].number
    signatures_beside(f, m, col=col, heading="UNDERSKRIFTER", paragraphs=f"Paragrafer {first}-{last}", dots=28)
    P.anslag(f, m, col=col + 40, date_form="long")
    h = House(
        intro="Ärendet",
        bullet="- ",
        proposal="Arbetsutskottets förslag",
        proposal_form="au",
        motions=0.5,
        form="att_rows",
        subject="Nämnden",
        sent_to="Expedieras",
        sent_inline=True,
        for_kannedom=True,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        ln = f.line(
            f"§ {it.number}",
            bold=True,
            size=10,
            before=18,
            keep=2,
            new_page=k == 0,
            cells=((60, f"Dnr {it.dnr}", False),),
        )
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=True, size=10, before=2)
        house_item(f, m, it, rng, h, sec)
    return Rendered(
        f,
        furniture_house(m, label="sida_tight", date_form="long", current=True),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


COUNCIL_RECIPIENTS = (
    "Länets kommuner",
    "Chefsgrupp folkhälsa",
    "Hälso- och sjukvårdsförvaltningen",
    "Regional utveckling",
    "Länets socialchefer",
)


def furniture_region_template(m: Meeting, dnr: str, *, label: str = "sida_tight"):
    """The region's protocol template: "Region Örebro län" at the left, at the right "PROTOKOLL"
    over the labels "Datum" and "Diarienummer" over their values and the page ("Sida 2(5)");
    "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        at = x0 + 250
        c.setFont(st.bold, 12)
        c.drawString(x0, H - 44, C.REGION)
        c.setFont(st.bold, 11)
        c.drawString(at, H - 36, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(x1, H - 36, HOUSE_PAGE[label].format(p=page, t=total))
        c.setFont(st.reg, 7)
        c.drawString(at, H - 48, "Datum")
        c.drawString(at + 80, H - 48, "Diarienummer")
        c.setFont(st.reg, 9)
        c.drawString(at, H - 59, m.date.isoformat())
        c.drawString(at + 80, H - 59, dnr)
        c.setFont(st.reg, 7)
        for x, text in ((x1 - 270, "Justerandes signatur"), (x1 - 130, "Utdragsbestyrkande")):
            c.drawString(x, 58, text)
            c.rect(x, 34, 125, 20)
        c.drawString(x0, 40, "Region Örebro län • Box 1613, 701 16 Örebro")

    return draw


@variant(
    "council",
    "m_letterhead_body",
    "running_header",
    "m_other_dates",
    "date_long",
    "r_party",
    "r_role_after",
    "r_vakant",
    "r_ovriga_narvarande",
    "r_guests",
    "r_utses_justera",
    "r_sig_box",
    "r_val_av_justerare",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_sentences",
    "d_not_proposal",
)
def council_region_template(rng: random.Random) -> Rendered:
    """A collaboration council in the region's protocol template: "PROTOKOLL" with "Datum" and
    "Diarienummer" as labels over values in the header, "Sida 2(5)", signature boxes at the
    foot; the council's name (or its alias) as the first line; page one a label column: "Plats
    och tid" (the date as "4 mars 2025"), "Beslutande" ("Name (S), Region Örebro län,
    ordförande", federation seats without party), "Ersättare" (Vakant seats among them),
    "Övriga deltagande" (the region's officials "Name, title, Region Örebro län" and guests),
    "Utses att justera", "Justeringens plats och tid" ("Digital justering …"), "Underskrifter"
    with "Paragrafer §§ 12–20"; §§ continuing through the year, "§ 12 Title" with the title
    beside the number and "Diarienummer: 24RS1234" under the topics; "Ärendebeskrivning",
    "Beslutsunderlag", "Förslag till beslut" ("Rådet föreslås besluta att …", not a decision),
    decisions under "Beslut" ("Dagordningen fastställdes.", "Till justerare utsågs …", "Rådet
    beslutar att" over "• clause" rows), "Beslutet skickas till"; Times."""
    m = council_meeting(rng, Cast(rng), parties=True, vacancies=rng.randint(1, 2), guests=rng.randint(1, 2))
    first = rng.randint(10, 60)
    year = m.date.year % 100
    m.items = [
        replace(
            it,
            dnr=f"{year}RS{rng.randint(1000, 9999)}" if it.kind == "topic" else None,
            basis=("Missiv", "Presentation") if it.kind == "topic" else (),
        )
        for it in renumbered(m.items, first)
    ]
    f = Flow(Style("times", size=10.5, top=88, bottom=76))
    f.line(rng.choice((m.organ, C.COUNCILS[m.body][0])), bold=True, size=15)
    labels = ("Plats och tid", "Beslutande", "Övriga deltagande", "Utses att justera", "Underskrifter")
    col = label_column(f, labels)
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'long')} {m.time}", col=col, before=14)
    seated = [*m.role("ordförande"), *m.role("vice ordförande"), *m.role("ledamot")]
    for k, s in enumerate(seated):
        P.record(
            f,
            beside(
                f,
                "Beslutande" if k == 0 else "",
                P.seat_text(s, party=True, role="comma"),
                col=col,
                before=10 if k == 0 else 0,
                hang=10,
            )[0],
            s,
        )
    for k, s in enumerate(m.role("ersättare")):
        P.record(
            f,
            beside(
                f,
                "Ersättare" if k == 0 else "",
                P.seat_text(s, party=True),
                col=col,
                before=10 if k == 0 else 0,
                hang=10,
            )[0],
            s,
        )
    for k, a in enumerate([*m.officials, *m.guests]):
        P.record(
            f,
            beside(
                f,
                "Övriga deltagande" if k == 0 else "",
                P.attendee_text(a),
                col=col,
                before=10 if k == 0 else 0,
                hang=10,
            )[0],
            a,
        )
    j = m.justerare
    P.record_justerare(f, beside(f, "Utses att justera", f"{j.name}, {j.org}", col=col, before=10)[0], m)
    beside(f, "Justeringens plats och tid", f"Digital justering, {C.fmt_date(m.adjusted, 'long')}", col=col, before=8)
    signatures_beside(f, m, col=col, paragraphs=f"Paragrafer §§ {first}–{m.items[-1].number}")
    h = House(
        intro="Ärendebeskrivning",
        bullet="• ",
        proposal="Förslag till beslut",
        proposal_form="foreslas",
        form="lead_att",
        recipients=COUNCIL_RECIPIENTS,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", indent=44, size=11.5, before=16, new_page=k == 0)
        if it.dnr:
            f.line(f"Diarienummer: {it.dnr}", x=44, size=9, before=1)
        house_item(f, m, it, rng, h, sec)
    dnr = f"{year}RS{rng.randint(1000, 9999)}"
    return Rendered(f, furniture_region_template(m, dnr), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "minutes",
    "r_table_ruled",
    "r_role_paren",
    "r_guests",
    "r_absent",
    "r_antecknare",
    "h_dot",
    "d_inline",
    "d_sentences",
    "date_iso",
    "running_header",
)
def minutes_word_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar from a Word template: a ruled two-column heading table with bold labels
    ("Datum", "Tid", "Plats", "Närvarande" -- one "Name, title, Organisation" a row, the chair
    "(ordförande)" --, "Övriga deltagare" (the region's officials and guests), "Frånvarande" (not
    participants), "Antecknare"); then "Dagordning" and numbered points "1. Title" in bold, each
    with its text and lines "Beslut: …" (the decision, one sentence a line), "Åtgärd: …" and
    "Ansvarig: Name" (neither a decision nor a new participant); "Sida 1 av 3" at the foot and a
    small running header; Helvetica."""
    m = minutes_meeting(rng, Cast(rng), officials=rng.randint(1, 2), guests=rng.randint(0, 2), absent=rng.randint(1, 3))
    titles = m.extra["titles"]
    f = Flow(Style("helvetica", size=10, left=68, right=62, top=78, bottom=70))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=3)
    col = 118.0
    x1 = f.style.width
    rule = (-4, x1, (col - 4,))
    start = len(f.lines)

    def cell(label: str, text: str, before: float = 0.0) -> list:
        return beside(f, label, text, col=col, before=before, rule=rule, hang=8)

    cell("Datum", C.fmt_date(m.date, "iso"), before=12)
    cell("Tid", m.time.replace("kl. ", ""))
    cell("Plats", m.place)
    for k, s in enumerate(m.seats):
        text = f"{s.name}, {titles[s.person]}, {s.org}" + (" (ordförande)" if s.role == "ordförande" else "")
        record_member(f, cell("Närvarande" if k == 0 else "", text)[0], m, s)
    for k, a in enumerate([*m.officials, *m.guests]):
        P.record(f, cell("Övriga deltagare" if k == 0 else "", f"{a.name}, {a.title}, {a.org}")[0], a)
    for k, s in enumerate(m.absent):
        cell("Frånvarande" if k == 0 else "", f"{s.name}, {s.org}")
    P.record_secretary(f, cell("Antecknare", m.secretary.name)[0], m)
    grid = {ln: (-4, x1, (col - 4,)) for ln in f.lines[start:]}
    for ln in grid:
        ln.rule = None
        ln.leading = 1.45
    f.line("Dagordning", bold=True, size=12, before=16, keep=1)
    lead = 62.0
    owners = [s for s in m.seats[1:]] + list(m.officials)
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=11, before=14)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=3)
        for sentence in P.decision_sentences(m, it, Decisions(form="past"), rng):
            beside(f, "Beslut:", sentence, col=lead, before=4)
            f.decision(sentence)
        if it.kind == "topic" and rng.random() < 0.7:
            beside(f, "Åtgärd:", rng.choice(ACTIONS), col=lead, before=4)
            beside(f, "Ansvarig:", rng.choice(owners).name if rng.random() < 0.8 else "Samtliga", col=lead, before=0)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawString(st.left, H - 40, f"{m.organ} – minnesanteckningar")
        c.drawRightString(W - st.right, H - 40, C.fmt_date(m.date, "iso"))
        c.drawCentredString(W / 2, 40, HOUSE_PAGE["sida_av"].format(p=page, t=total))

    return Rendered(f, gridded(furniture, grid), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "m_other_dates",
    "date_long",
    "r_role_heading",
    "r_name_title_columns",
    "r_party",
    "r_tjg_for",
    "r_span",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_yrkanden",
    "d_not_reservation",
    "d_not_proposal",
)
def board_dnr_in_title(rng: random.Random) -> Rendered:
    """A Word protocol with wide margins: "<Organ>" and "Protokoll från sammanträdet den 4 mars
    2025"; roster sections as bold headings over two columns ("Beslutande ledamöter" with the
    function beside the chair and vice chairs, "Tjänstgörande ersättare" as "Name (S)" beside
    "för Y (S), §§ 45–48", "Närvarande ersättare", "Tjänstepersoner" names beside titles),
    "Justerare", "Justeringens plats och tid", "Paragrafer"; items "§ 45 Title (KS 2024/123)"
    with the registry number in parentheses after the title (not part of it); "Bakgrund",
    "Beslutsunderlag", "Förslag till beslut" worded like the decision, "Yrkanden",
    "Beslutsgång", decisions under "Beslut" as "Kommunstyrelsen beslutar att" over numbered
    clauses "1. …,", "Reservation", "Skickas till" and "För kännedom"; the signatures (two
    columns) and a "Bevis om anslag" with its dates after the last item; the running header
    "Protokoll <Organ> 4 mars 2025 | Sida 2 (6)"; Vera."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 2, 3)), standard_items=rng.random() < 0.5)
    f = Flow(Style("vera", size=10, left=85, right=70, top=84, bottom=70))
    f.line(m.organ, bold=True, size=15)
    f.line(f"Protokoll från sammanträdet den {C.fmt_date(m.date, 'long')}", size=11, before=3)
    P.heading_line(f, "Plats och tid", before=14)
    f.para(f"{m.place}, {m.time}", before=1)
    fn = 230.0
    P.heading_line(f, "Beslutande ledamöter", before=10)
    for s in [s for s in m.seats if s.role != "ersättare"]:
        role = f"{s.rank} {s.role}".strip() if s.role != "ledamot" else ""
        P.record(f, f.row([(0, f"{s.name} ({s.party})"), *([(fn, role)] if role else [])]), s)
    P.heading_line(f, "Tjänstgörande ersättare", before=10)
    for s in [s for s in m.seats if s.replaces]:
        gone = f"för {s.replaces.name} ({s.replaces_party})" + (f", {s.span}" if s.span else "")
        P.record(f, wrapped_row(f, [(0, f"{s.name} ({s.party})"), (fn, gone)])[0], s)
    P.heading_line(f, "Närvarande ersättare", before=10)
    for s in [s for s in m.role("ersättare") if not s.replaces]:
        P.record(f, f.line(f"{s.name} ({s.party})"), s)
    P.heading_line(f, "Tjänstepersoner", before=10)
    for a in m.officials:
        P.record(f, wrapped_row(f, [(0, a.name), (fn, a.title + (f", {a.span}" if a.span else ""))])[0], a)
    j = m.justerare
    P.heading_line(f, "Justerare", before=10)
    P.record_justerare(f, f.line(f"{j.name} ({j.party})"), m)
    P.heading_line(f, "Justeringens plats och tid", before=10)
    f.line(f"Kommunkansliet, {C.fmt_date(m.adjusted, 'long')}")
    first, last = m.items[0].number, m.items[-1].number
    P.heading_line(f, "Paragrafer", before=10)
    f.line(f"§§ {first}–{last}")
    h = House(
        intro="Bakgrund",
        bullet="• ",
        proposal="Förslag till beslut",
        proposal_form="same",
        motions=0.35,
        form="lead_numbered",
        sent_to="Skickas till",
        for_kannedom=True,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        text = f"§ {it.number} {it.title}" + (f" ({it.dnr})" if it.kind == "topic" else "")
        rows = f.para(text, bold=True, size=11.5, before=18, together=True)
        rows[0].keep = len(rows)
        if k == 0:
            rows[0].new_page = True
        f.item(str(it.number), it.title, rows[0], it.dnr if it.kind == "topic" else None)
        house_item(f, m, it, rng, h, sec)
    f.in_items = False
    f.line("Underskrifter", bold=True, before=24, keep=8)
    half = f.style.width / 2
    f.row([(0, "." * 36), (half, "." * 36)], before=20, keep=2)
    names = f.row([(0, m.chair.name), (half, j.name)], keep=1)
    P.record_justerare(f, names, m)
    f.row([(0, "Ordförande"), (half, "Justerare")], keep=4)
    f.line("." * 36, before=20, keep=2)
    P.record_secretary(f, f.line(m.secretary.name, keep=1), m)
    f.line("Sekreterare")
    f.line("Bevis om anslag", bold=True, before=20, keep=3)
    f.para(
        f"Protokollet har justerats {C.fmt_date(m.adjusted, 'long')} och tillkännagivits på kommunens "
        f"anslagstavla {C.fmt_date(m.posted[0], 'long')}. Anslaget tas ned {C.fmt_date(m.posted[1], 'long')}.",
        before=2,
    )
    f.para(f"Förvaringsplats för protokollet: Kommunkansliet, {C.SHORT.get(m.org, m.org)}", before=2)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        x0, x1 = st.left, W - st.right
        c.setFont(st.reg, 8.5)
        c.drawString(x0, H - 40, f"Protokoll {m.organ} {C.fmt_date(m.date, 'long')}")
        c.drawRightString(x1, H - 40, HOUSE_PAGE["sida_paren"].format(p=page, t=total))
        c.setFont(st.bold, 8.5)
        c.drawString(x0, H - 52, m.org)
        c.setLineWidth(0.4)
        c.line(x0, H - 58, x1, H - 58)
        c.setFont(st.reg, 7)
        c.drawString(x0, 40, "Justerandes signatur: ____________")
        c.drawRightString(x1, 40, "Utdragsbestyrkande: ____________")

    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- further everyday forms
@variant(
    "minutes",
    "r_one_per_line",
    "r_role_paren",
    "r_inbjudna",
    "r_antecknare",
    "h_bare",
    "d_sentences",
    "page_break_item",
    "d_page_break",
    "date_iso",
    "r_table_ruled",
)
def minutes_agenda_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose agenda is a ruled TABLE, one row per point: "Nr | Rubrik |
    Anteckningar | Beslut", the number and the title in the first cells, the discussion and the
    decisions in later cells that wrap over several lines (the cells' rows share the printed
    lines); the longest row runs over a page break.  Above it "Närvarande:" one "Name, title,
    Organisation" a line with "(ordf)", "Inbjudna:", "Antecknare:".  Gold: a row is an item (its
    number the "Nr" cell, its title the whole "Rubrik" cell); each sentence of the "Beslut" cell
    is one decision, verbatim, its wrapped rows joined by single spaces; the "Anteckningar" cell
    holds no decision.  Helvetica 9."""
    m = minutes_meeting(rng, Cast(rng), officials=1, guests=rng.randint(1, 2), absent=0)
    f = Flow(Style("helvetica", size=9.5, left=60, right=55))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}, {m.time}", before=8)
    f.line(f"Plats: {m.place}")
    member_lines(f, "Närvarande:", m, members_with_titles(m))
    P.roster_lines(f, "Från Region Örebro län:", m.officials, lambda a: P.attendee_text(a))
    P.roster_lines(f, "Inbjudna:", m.guests, lambda a: P.attendee_text(a))
    P.record_secretary(f, f.line("Antecknare:", bold=True, before=8, cells=((80, m.secretary.name, False),)), m)
    xs = [0.0, 26.0, 128.0, 318.0]
    header = f.row(
        list(zip(xs, ["Nr", "Rubrik", "Anteckningar", "Beslut"], strict=True)),
        bold=True,
        size=9,
        before=14,
        rule=(-4, f.style.width, tuple(x - 4 for x in xs[1:])),
        keep=1,
    )
    rows_of = []
    for it in m.items:
        texts = " ".join(t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text)
        sentences = P.decision_sentences(m, it, Decisions(form="past"), rng)
        out = wrapped_row(
            f,
            [(xs[0], str(it.number)), (xs[1], it.title), (xs[2], texts), (xs[3], " ".join(sentences))],
            size=9,
            ruled=True,
            hang=0.0,
        )
        f.item(str(it.number), it.title, out[0], it.dnr)
        for s in sentences:
            f.decision(s)
        rows_of.append(out)
    longest = max(rows_of, key=len)
    if len(longest) >= 4:  # the row continues on the next page
        longest[0].keep = 0
        longest[len(longest) // 2].new_page = True
    repeat_headers(f, [(header, [ln for out in rows_of for ln in out])])
    f.in_items = False
    f.para(f"Vid anteckningarna: {m.secretary.name}", before=16)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_namnden_beslutar",
    "d_proposal_kf",
    "date_iso",
)
def board_margin_headings(rng: random.Random) -> Rendered:
    """A board protocol whose item headings stand in a narrow LEFT MARGIN column: "§ 45" at the
    left, the title (bold) and all the item's text in the right column starting on the same
    row, and "Dnr KS 2024/123" under the § in the margin, beside the first row of the text; the
    roster on page one as margin labels too ("Beslutande", "Tjänstgörande ersättare" with "för
    Y (S)", "Ersättare", "Övriga närvarande", "Justerare", "Sekreterare"); decisions under a
    "Beslut" heading in the right column ("Kommunstyrelsen beslutar att …", "… föreslår
    kommunfullmäktige att …"); the municipal running header."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 1, 5)), spans=False)
    f = Flow(Style("vera", size=9.5, top=84, bottom=80))
    col = 105.0
    f.line("Plats och tid", bold=True, cells=((col, f"{m.place}, {m.time}", False),))
    P.label_block(
        f,
        "Beslutande",
        [s for s in m.seats if s.role != "ersättare"],
        lambda s: P.seat_text(s, org=None, party=True, role="rank"),
        col=col,
    )
    P.label_block(
        f,
        "Tjänstgörande",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
        col=col,
    )
    P.label_block(
        f,
        "Ersättare",
        [s for s in m.role("ersättare") if not s.replaces],
        lambda s: P.seat_text(s, org=None, party=True),
        col=col,
    )
    P.label_block(f, "Övriga", m.officials, lambda a: P.attendee_text(a, org=None), col=col)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((col, m.secretary.name, False),)), m)
    board_page_one(f, m, col=col)
    ds = Decisions("Beslut", "beslutar")
    for k, it in enumerate(m.items):
        head = f.line(
            f"§ {it.number}", bold=True, size=11, before=16, keep=2, new_page=k == 0, cells=((col, it.title, True),)
        )
        f.item(str(it.number), it.title, head, it.dnr)
        text = " ".join(it.text) if it.text else "Ärendet redovisades vid sammanträdet."
        beside(f, f"Dnr {it.dnr}" if it.dnr else "", text, col=col, before=3, bold_label=False)
        if it.basis:
            f.line("Beslutsunderlag", x=col, bold=True, before=8, keep=1)
            for b in it.basis:
                f.para(f"{b} {(m.date - dt.timedelta(days=10 + it.number % 7)).isoformat()}", x=col, before=1)
        P.print_decisions(f, m, it, ds, rng, x=col)
        if it.kind == "topic":
            f.line("Beslutet skickas till", x=col, bold=True, before=8, keep=1)
            f.para("Kommunfullmäktige" if it.proposal else "Förvaltningen", x=col, before=1)
    return Rendered(f, P.furniture_board(m), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org)


def fullmaktige_meeting(rng: random.Random) -> Meeting:
    """A kommunfullmäktige sitting: many seats, a few serving substitutes, many non-serving."""
    m = board_meeting(
        rng,
        Cast(rng),
        board=0,
        members=rng.randint(39, 47),
        serving=rng.randint(3, 5),
        substitutes=rng.randint(8, 12),
        officials=2,
        spans=False,
        standard_items=True,
    )
    items = [replace(it, proposal=False) for it in m.items]
    return replace(
        m,
        organ="Kommunfullmäktige",
        body=f"Kommunfullmäktige {m.org}",
        subject="Kommunfullmäktige",
        genitive="Kommunfullmäktiges",
        items=items,
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "r_vakant",
    "r_role_after",
    "r_side_by_side",
    "h_para",
    "d_beslut",
    "d_namnden_beslutar",
    "d_not_proposal",
    "date_long",
)
def fullmaktige_two_column_roster(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol with a long roster in TWO COLUMNS per page that runs over two
    pages: "Närvarande ledamöter" with numbered seats ("1. Agnes Hedin (S), ordförande", a seat
    "Vakant", the seats of absent members missing), "Tjänstgörande ersättare" numbered by the
    seat they fill ("17. Name (M) för Y (M)"), "Ej tjänstgörande ersättare" unnumbered; the
    columns read down the left then the right of each page; no votes recorded; "Övriga
    närvarande", "Justerare", "Sekreterare" below; items "§ 45 Title" with "Kommunstyrelsens
    förslag" worded like the decision (not a decision) and "Beslut" ("Kommunfullmäktige
    beslutar att …"); the municipal running header; "Sammanträdesdatum 4 mars 2025"."""
    m = fullmaktige_meeting(rng)
    f = Flow(Style("vera", size=9.5, left=60, right=50, top=84, bottom=80))
    f.line("Sammanträdesprotokoll", bold=True, size=15)
    f.line(f"{m.organ} {m.org}", bold=True, size=11, before=3)
    f.line(f"Sammanträdesdatum {C.fmt_date(m.date, 'long')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    present = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    slots: list = list(present)
    for s in [*serving, None]:  # the serving substitutes' seats and one vacant seat
        slots.insert(rng.randint(3, len(slots)), s)
    stream: list[tuple[str, bool, object]] = [("Närvarande ledamöter", True, None)]
    numbered = {}
    for n, s in enumerate(slots, 1):
        if s is None:
            stream.append((f"{n}. Vakant", False, None))
        elif s.replaces:
            numbered[id(s)] = n
        else:
            role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role != "ledamot" else ""
            stream.append((f"{n}. {s.name} ({s.party}){role}", False, s))
    stream.append(("Tjänstgörande ersättare", True, None))
    for s in sorted(serving, key=lambda s: numbered[id(s)]):
        stream.append((f"{numbered[id(s)]}. {s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})", False, s))
    stream.append(("Ej tjänstgörande ersättare", True, None))
    for s in m.role("ersättare"):
        if not s.replaces:
            stream.append((f"{s.name} ({s.party})", False, s))
    half = f.style.width / 2
    rows = []  # (x offset inside the column, text, bold, who)
    for text, bold, who in stream:
        for k, r in enumerate(wrap(text, half - 14, f.style.bold if bold else f.style.reg, 9, 12)):
            rows.append((12.0 if k else 0.0, r, bold, who if k == 0 else None))
    per = 27
    pages = [rows[k : k + 2 * per] for k in range(0, len(rows), 2 * per)]
    for p, chunk in enumerate(pages):
        left, right = chunk[:per], chunk[per:]
        for j in range(max(len(left), len(right))):
            here = [(0.0, left[j])] + ([(half, right[j])] if j < len(right) else [])
            cells = [(base + dx, t, b) for base, (dx, t, b, _) in here]
            (x0, t0, b0), *rest = cells
            ln = f.line(
                t0, x=x0, bold=b0, size=9, before=10 if j == 0 else 0, new_page=p > 0 and j == 0, cells=tuple(rest)
            )
            for _, (_, _, _, who) in here:
                if who is not None:
                    P.record(f, ln, who)
    P.heading_line(f, "Övriga närvarande", before=12)
    for a in m.officials:
        P.record(f, f.line(P.attendee_text(a, org=None)), a)
    P.heading_line(f, "Justerare")
    P.record_justerare(f, f.line(f"{m.justerare.name} ({m.justerare.party})"), m)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    board_page_one(f, m, col=150)
    ds = Decisions("Beslut", "beslutar")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", dnr=it.dnr if it.kind == "topic" else None, size=11, new_page=k == 0)
        P.board_item_body(f, m, it, ds, rng, proposal_heading="Kommunstyrelsens förslag", sent_to=False)
    return Rendered(
        f, P.furniture_board(m, date_form="long"), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org
    )


NETWORK_MAIN = ("Inledning", "Aktuellt i nätverket", "Planering framåt", "Avslutning")


@variant("minutes", "r_running_comma", "r_org_short", "r_guests", "r_antecknare", "h_bare", "d_sentences", "date_long")
def minutes_network_subpoints(rng: random.Random) -> Rendered:
    """Minutes of an officials' network working under a chefsgrupp (the gold's body is that
    canonical group): participants as "Name (Org)" in running text paragraphs, several per line
    ("Deltagare: Agnes Hedin (Kumla kommun), Bertil Ek (Region Örebro), …", organisations now
    full, now short), "Ordförande:", "Från Region Örebro län:" (officials), "Gäster:",
    "Antecknare:"; headings numbered "1", "2" (main points, bold, larger) with sub-points "1.1",
    "1.2" under them.  Gold: the items are the main points, titled by their heading; a
    sub-point's text and decisions belong to its main point; decisions are sentences."""
    m = minutes_meeting(rng, Cast(rng), officials=rng.randint(1, 2), guests=rng.randint(1, 2), absent=0)
    f = Flow(Style("vera", size=10))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(f"Länsnätverk inom {m.organ}", bold=True, size=12, before=4)
    f.line(f"Möte den {C.fmt_date(m.date, 'long')}, {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    org = lambda o: P.org_as(o, "short" if rng.random() < 0.4 else "full")  # noqa: E731
    chair = m.chair
    ln = f.para(f"Ordförande: {chair.name} ({org(chair.org)})", before=8)[0]
    f.person(ln, chair.name, "ordförande", chair.org)
    members = [s for s in m.seats if s.role != "ordförande"]
    running_entries(
        f,
        "Deltagare:",
        [f"{s.name} ({org(s.org)})" for s in members],
        lambda k, ln: f.person(ln, members[k].name, members[k].role, members[k].org),
        sep=", ",
        end=".",
    )
    staff = m.officials
    running_entries(
        f,
        "Från Region Örebro län:",
        [a.name for a in staff],
        lambda k, ln: f.person(ln, staff[k].name, "tjänsteperson", staff[k].org),
        sep=", ",
        last=" och ",
        end=".",
    )
    guests = m.guests
    running_entries(
        f,
        "Gäster:",
        [f"{a.name} ({org(a.org)})" for a in guests],
        lambda k, ln: f.person(ln, guests[k].name, "övrig", guests[k].org),
        sep=", ",
        last=" och ",
        end=".",
    )
    ln = f.para(f"Antecknare: {m.secretary.name}", before=6)[0]
    f.person(ln, m.secretary.name, "sekreterare", m.secretary.org)
    opening = [it for it in m.items if it.kind == "open"]
    topics = [it for it in m.items if it.kind == "topic"]
    closing = [it for it in m.items if it.kind == "close"]
    cut = rng.randint(1, len(topics) - 1)
    groups = [
        (NETWORK_MAIN[0], opening),
        (NETWORK_MAIN[1], topics[:cut]),
        (NETWORK_MAIN[2], topics[cut:]),
        (NETWORK_MAIN[3], closing),
    ]
    for n, (title, subs) in enumerate(groups, 1):
        head = f.line(f"{n}  {title}", bold=True, size=12.5, before=16, keep=2)
        f.item(str(n), title, head)
        for j, it in enumerate(subs, 1):
            f.line(f"{n}.{j}  {it.title}", bold=True, size=10.5, before=8, keep=1)
            P.council_item_body(f, m, it, Decisions(form="past", in_text=rng.random() < 0.5), rng, x=0)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_one_per_line",
    "h_para",
    "d_beslut",
    "d_namnden_beslutar",
    "d_att_clauses",
    "d_proposal_kf",
    "date_iso",
    "r_sig_box",
)
def board_arbetsutskott(rng: random.Random) -> Rendered:
    """A kommunstyrelsens arbetsutskott protocol: a small roster ("Ledamöter" one "Name (S),
    ordförande" a line, "Tjänstgörande ersättare" "X (C) för Y (C)", "Övriga närvarande" with
    titles, "Justerare", "Sekreterare"); items "§ 45 Title" with "Dnr" at the right; under
    "Beslut" either "Arbetsutskottet föreslår kommunstyrelsen besluta att …" (a proposal to
    another body, kept as the item's decision) or "Arbetsutskottet beslutar att …", several
    acts as a lead and att-clauses ("<lead> att <clause>" each); a signature box; Times."""
    m = board_meeting(
        rng,
        Cast(rng),
        board=0,
        members=5,
        serving=1,
        substitutes=2,
        officials=2,
        spans=False,
        standard_items=rng.random() < 0.5,
    )
    items = [replace(it, proposal=it.kind == "topic" and (it.proposal or rng.random() < 0.45)) for it in m.items]
    m = replace(
        m,
        organ="Kommunstyrelsens arbetsutskott",
        body=f"Kommunstyrelsens arbetsutskott {m.org}",
        subject="Arbetsutskottet",
        genitive="Arbetsutskottets",
        items=items,
    )
    f = Flow(Style("times", size=10.5, top=84, bottom=80))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=3)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'iso')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    P.roster_lines(
        f,
        "Ledamöter",
        [s for s in m.seats if s.role != "ersättare"],
        lambda s: P.seat_text(s, org=None, party=True, role="comma"),
    )
    P.roster_lines(
        f,
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})",
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    P.heading_line(f, "Justerare")
    P.record_justerare(f, f.line(f"{m.justerare.name} ({m.justerare.party})"), m)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", dnr=it.dnr if it.kind == "topic" else None, new_page=k == 0)
        if it.kind == "justerare":
            P.print_decisions(f, m, it, Decisions("Beslut", "beslutar"), rng)
            continue
        if it.text:
            f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
            f.para(" ".join(it.text))
        acts = list(it.acts)
        if not acts:
            continue
        f.line("Beslut", bold=True, before=8, keep=1)
        lead = f"{m.subject} {'föreslår kommunstyrelsen besluta' if it.proposal else 'beslutar'}"
        if len(acts) == 1:
            sentence = f"{lead} att {acts[0]}."
            f.para(sentence, before=3)
            f.decision(sentence)
        else:
            f.para(lead, before=3)
            for j, act in enumerate(acts):
                f.para(f"att {act}{'.' if j == len(acts) - 1 else ','}", x=12, hang=14, before=1)
                f.decision(f"{lead} att {act}")
        f.line("Expedieras till", bold=True, before=8, keep=1)
        f.para("Kommunstyrelsen" if it.proposal else "Förvaltningen", before=1)
    f.in_items = False
    P.signature_box(f, m, columns=3, labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- whole-document structures
def forts_furniture(base, *, x: float | None = None, form: str = "§ {n} (forts.)"):
    """``base`` and, on a page that goes on with an item begun on an earlier page, "§ 12
    (forts.)" above the text (at the left margin, or at ``x``)."""

    def draw(c, page, total, lines, flow):
        base(c, page, total, lines, flow)
        first = next((ln for ln in lines if ln.item), None)
        fact = next((i for i in flow.items if first and i.number == first.item), None)
        if fact is None or fact.ln.page >= page or (lines and lines[0] is fact.ln):
            return
        st = flow.style
        c.setFont(st.bold, 9.5)
        c.drawString(st.left + (x or 0.0), H - st.top + 16, form.format(n=fact.number))

    return draw


def voting_lines(
    f: Flow, m: Meeting, *, heading: str = "Beslutande", family_first: bool = False, comma: bool = True
) -> None:
    """ "Beslutande" one "Name (S), ordförande" a line, serving substitutes "X (M) för Y (M)"."""
    P.heading_line(f, heading, before=10)
    for s in [s for s in m.seats if s.role != "ersättare" or s.replaces]:
        name = s.person.family_first.replace(",", "") if family_first and not comma else written_name(s, family_first)
        role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role in ("ordförande", "vice ordförande") else ""
        gone = f", tjänstgörande ersättare för {s.replaces.name}" if s.replaces else ""
        P.record(f, f.para(f"{name} ({s.party}){role}{gone}", hang=10, before=0, together=True)[0], s)


def written_name(s, family_first: bool) -> str:
    return P.written_name(s, family_first)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_one_per_line",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_yrkanden",
    "d_not_reservation",
    "date_iso",
)
def board_decision_first(rng: random.Random) -> Rendered:
    """Every item opens with its decision, as many meeting systems print an excerpt: "§ 45
    Title", "Dnr KS 2024/123", then "Beslut" ("Kommunstyrelsen beslutar att" over "– clause"
    rows, or one sentence), and only after it "Sammanfattning av ärendet", "Beslutsunderlag",
    "Yrkanden", "Propositionsordning", "Reservation", "Beslutet skickas till"; page one "Tid och
    plats", "Beslutande" one a line (serving substitutes "…, tjänstgörande ersättare för Y"),
    "Ersättare", "Övriga närvarande", "Justerare", "Sekreterare"; the municipal running header;
    Helvetica."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2, 5)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("helvetica", size=10, top=84, bottom=80))
    f.line(m.organ, bold=True, size=15)
    f.line(f"Protokoll {C.fmt_date(m.date, 'iso')}", size=11, before=3)
    P.heading_line(f, "Tid och plats", before=12)
    f.line(f"{m.place}, {m.time}")
    voting_lines(f, m)
    P.roster_lines(
        f, "Ersättare", [s for s in m.role("ersättare") if not s.replaces], lambda s: f"{s.name} ({s.party})"
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    P.heading_line(f, "Justerare")
    P.record_justerare(f, f.line(f"{m.justerare.name} ({m.justerare.party})"), m)
    P.heading_line(f, "Sekreterare")
    P.record_secretary(f, f.line(m.secretary.name), m)
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", new_page=k == 0, size=11.5)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=9, before=1)
        paras, decisions = house_decision(m, it, rng, "lead_att", bullet="– ")
        if paras:
            printed = sec.write("Beslut", paras, gap=2)
            for d in decisions:
                f.decision(d)
            if it.kind == "justerare":
                P.record_justerare(f, printed[-1][0], m)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Sammanfattning av ärendet", [(" ".join(texts), 0.0)])
        if it.basis:
            sec.write("Beslutsunderlag", [(f"– {b}", 8.0) for b in basis_rows(m, it, rng)], gap=2)
        if it.kind == "topic" and it.acts and rng.random() < 0.5:
            yrk, gang, res = motions(m, it, rng, "förvaltningens förslag")
            sec.write("Yrkanden", [(t, 0.0) for t in yrk])
            sec.write("Propositionsordning", [(t, 0.0) for t in gang])
            if res:
                sec.write("Reservation", [(res, 0.0)])
        if it.kind == "topic":
            sec.write("Beslutet skickas till", [("Kommunfullmäktige" if it.proposal else "Förvaltningen", 0.0)], gap=2)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_one_per_line",
    "r_utses_justera",
    "h_para",
    "h_own_line",
    "page_break_item",
    "d_namnden_beslutar",
    "d_att_clauses",
    "d_numbered",
    "d_not_proposal",
    "d_proposal_kf",
    "date_long",
)
def board_title_below(rng: random.Random) -> Rendered:
    """Items whose number stands alone ("§ 12", bold, larger) with the title on the line after it
    and "Dnr KS 2024/123" under the title; "Ärendet", "Beslutsunderlag", "Förslag till beslut"
    (the committee's proposal: "Arbetsutskottet föreslår kommunstyrelsen besluta att …"), then,
    without a "Beslut" heading, the lead "Kommunstyrelsen beslutar" alone on a line over "att
    …" rows (numbered "1. att …" when there are several), and "Expedieras till"; a page that goes
    on with an item repeats "§ 12 (forts.)" above the text; page one "Närvarande beslutande",
    "Närvarande ersättare", "Övriga närvarande", "Utses att justera"; Times."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 0, 3, 4)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("times", size=11, top=92, bottom=80))
    f.line(f"{m.org.upper()}", bold=True, size=12)
    f.line("SAMMANTRÄDESPROTOKOLL", bold=True, size=14, before=6)
    f.line(f"{m.organ}, {C.fmt_date(m.date, 'long')}", before=3)
    f.line(f"Plats och tid: {m.place}, {m.time}", before=10)
    voting_lines(f, m, heading="Närvarande beslutande")
    P.roster_lines(
        f, "Närvarande ersättare", [s for s in m.role("ersättare") if not s.replaces], lambda s: f"{s.name} ({s.party})"
    )
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: P.attendee_text(a, org=None))
    j = m.justerare
    P.record_justerare(f, f.line(f"Utses att justera: {j.name} ({j.party})", before=10), m)
    P.record_secretary(f, f.line(f"Sekreterare: {m.secretary.name}", before=4), m)
    lead = f"{m.subject} beslutar"
    for k, it in enumerate(m.items):
        head = f.line(f"§ {it.number}", bold=True, size=13, before=18, keep=3, new_page=k == 0)
        f.item(str(it.number), it.title, head, it.dnr)
        f.para(it.title, bold=True, size=11.5, before=2)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=9.5, before=1)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.line("Ärendet", bold=True, before=8, keep=1)
            f.para(" ".join(texts))
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in basis_rows(m, it, rng, form="daterad"):
                f.para(b, before=1)
        acts = acts_of(m, it)
        if it.kind == "justerare":
            s = P.justerare_sentence(m, rng)
            f.para(s, before=8)
            f.decision(s)
            P.record_justerare(f, f.lines[-1], m)
            continue
        if not acts:
            continue
        verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
        if it.kind == "topic":
            f.line("Förslag till beslut", bold=True, before=8, keep=1)
            au = "föreslår kommunstyrelsen besluta" if m.organ == "Kommunstyrelsen" else "föreslår nämnden besluta"
            f.para(f"{'Arbetsutskottet' if m.organ == 'Kommunstyrelsen' else 'Förvaltningen'} {au} att {acts[0]}.")
        lead = f"{m.subject} {verb}"
        f.para(lead, before=8, together=True)
        for n, act in enumerate(acts, 1):
            end = "." if n == len(acts) else ","
            f.para(f"{n}. att {act}{end}" if len(acts) > 1 else f"att {act}{end}", x=14, hang=14, before=1)
            f.decision(f"{lead} att {act}")
        if it.kind == "topic":
            f.line("Expedieras till", bold=True, before=8, keep=1)
            f.para("Kommunfullmäktige" if it.proposal else rng.choice(RECIPIENTS), before=1)
    f.in_items = False
    P.signature_box(f, m, columns=3, labels=("Ordförande", "Justerare", "Sekreterare"))
    return Rendered(
        f,
        forts_furniture(P.furniture_board(m, date_form="long", current=False)),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


MINUTES_DECIDED = (
    "Beslutades att {act}.",
    "Mötet beslöt att {act}.",
    "{subject} enades om att {act}.",
    "Det beslutades att {act}.",
)


def minutes_sentence(m: Meeting, act: str, rng: random.Random) -> str:
    """A decision of minutes in one of the impersonal forms: "Beslutades att …", "Mötet beslöt
    att …", "Gruppen enades om att …"."""
    return rng.choice(MINUTES_DECIDED).format(act=act, subject=m.subject)


@variant(
    "minutes",
    "h_punkt",
    "d_sentences",
    "r_one_per_line",
    "r_role_paren",
    "r_absent",
    "r_antecknare",
    "r_guests",
    "date_iso",
)
def minutes_punkt_roster_last(rng: random.Random) -> Rendered:
    """Minnesanteckningar whose points are "Punkt 3: Title" and whose roster comes AFTER the
    points: page one only the group, "Datum:", "Tid:", "Plats:"; each point's text, its decisions
    as impersonal sentences ("Beslutades att …", "Mötet beslöt att …", "Chefsgruppen enades om
    att …", "Noterades att informationen läggs till handlingarna."); then "Närvarande" one
    "Name, title, Organisation" a line with "(ordf)", "Gäster", "Frånvarande", "Antecknare";
    Vera 10."""
    m = minutes_meeting(rng, Cast(rng), officials=1, guests=rng.randint(1, 2), absent=rng.randint(1, 2))
    f = Flow(Style("vera", size=10))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}", before=8)
    f.line(f"Tid: {m.time}")
    f.line(f"Plats: {m.place}")
    for it in m.items:
        head = f.line(f"Punkt {it.number}: {it.title}", bold=True, size=11, before=14, keep=1)
        f.item(str(it.number), it.title, head)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            f.para(" ".join(texts), before=3)
        acts = acts_of(m, it)
        if it.passive and (not acts or rng.random() < 0.4):
            sentences = [it.passive]
        else:
            sentences = [minutes_sentence(m, a, rng) for a in acts]
        if not sentences and it.kind == "topic" and rng.random() < 0.6:
            sentences = ["Noterades att informationen läggs till handlingarna."]
        for s in sentences:
            f.para(s, before=3)
            f.decision(s)
    f.in_items = False
    member_lines(f, "Närvarande", m, members_with_titles(m))
    P.roster_lines(f, "Från Region Örebro län", m.officials, lambda a: P.attendee_text(a))
    P.roster_lines(f, "Gäster", m.guests, lambda a: P.attendee_text(a))
    if m.absent:
        P.heading_line(f, "Frånvarande")
        for s in m.absent:
            f.line(P.seat_text(s))
    P.record_secretary(f, f.line(f"Antecknare: {m.secretary.name}", before=10), m)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "paren"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "minutes",
    "h_paren",
    "d_inline",
    "r_appendix",
    "r_table_ruled",
    "r_table_header",
    "r_guests",
    "r_antecknare",
    "date_long",
)
def minutes_paren_appendix(rng: random.Random) -> Rendered:
    """Minutes whose points are "3) Title" and whose attendance is in an appendix: "Närvarande:
    se bilaga 1" on page one, and after the last point, on a page of its own, "Bilaga 1
    Närvarolista" as a ruled table "Namn | Organisation | Funktion" (the chair "ordförande",
    members "ledamot", officials and guests their titles, the note-taker "antecknare"); each
    point's decision inline, "Beslut: Gruppen godkände …"; Helvetica."""
    m = minutes_meeting(
        rng, Cast(rng), officials=rng.randint(1, 2), guests=rng.randint(1, 2), absent=0, secretary_listed=False
    )
    f = Flow(Style("helvetica", size=10, left=62, right=58))
    f.line(m.organ, bold=True, size=14)
    f.line(f"Anteckningar från möte {C.fmt_date(m.date, 'long')}", size=11, before=3)
    f.line(f"Tid: {m.time}", before=10)
    f.line(f"Plats: {m.place}")
    f.line("Närvarande: se bilaga 1")
    ds = Decisions(form="inline")
    for it in m.items:
        head = f.line(f"{it.number}) {it.title}", bold=True, size=11, before=14, keep=1)
        f.item(str(it.number), it.title, head)
        P.council_item_body(f, m, it, ds, rng)
    f.in_items = False
    f.line("Bilaga 1", bold=True, size=12, new_page=True)
    f.line("Närvarolista", bold=True, size=11, before=2)
    titles = m.extra["titles"]
    rows = []
    for s in m.seats:
        rows.append(([s.name, s.org, "ordförande" if s.role == "ordförande" else "ledamot"], s))
    for a in [*m.officials, *m.guests]:
        rows.append(([a.name, a.org, a.title], a))
    del titles
    xs = [0.0, 150.0, 330.0]
    P.table(f, ["Namn", "Organisation", "Funktion"], rows, xs, ruled=True, before=8)
    sec = m.secretary
    ln = f.row([(0.0, sec.name), (150.0, sec.org), (330.0, "antecknare")], rule=(-4, f.style.width, (146.0, 326.0)))
    P.record_secretary(f, ln, m)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "council",
    "h_para",
    "d_sentences",
    "r_role_heading",
    "r_one_per_line",
    "r_vakant",
    "r_sig_box",
    "r_guests",
    "date_weekday",
)
def council_roster_after_items(rng: random.Random) -> Rendered:
    """A council protocol with the items first and the attendance last: "Protokoll", the
    council, "Tisdagen den 4 mars 2025, kl. …", the place; "§ 1 Title" items with the decisions
    as sentences in the text ("Rådet beslutade att …", "Dagordningen fastställdes."); after the
    last item "Närvarande" with "Ledamöter" and "Ersättare" one "Name, Organisation" a line (a
    seat "Vakant"), "Tjänstepersoner" and "Gäster" with titles, then "Vid protokollet" and the
    chair's and justerare's signatures; the region's footer."""
    m = council_meeting(rng, Cast(rng), vacancies=1, guests=rng.randint(1, 2))
    f = Flow(Style("vera", size=10))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=8)
    f.line(m.place)
    ds = Decisions(form="past")
    for it in m.items:
        P.item_heading(f, m, it, "para", size=11, before=14)
        P.council_item_body(f, m, it, ds, rng)
    f.in_items = False
    f.line("Närvarande", bold=True, size=12, before=20, keep=2)
    chairs = [s for s in m.seats if s.role in ("ordförande", "vice ordförande")]
    members = [s for s in m.seats if s.role == "ledamot"]
    subs = [s for s in m.seats if s.role == "ersättare"]
    P.roster_lines(f, "Ledamöter", [*chairs, *members], lambda s: P.seat_text(s, role="comma"))
    P.roster_lines(f, "Ersättare", subs, lambda s: P.seat_text(s))
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: P.attendee_text(a, span=False))
    P.roster_lines(f, "Gäster", m.guests, lambda a: P.attendee_text(a))
    P.signature_box(f, m, columns=1, heading=None, labels=("Vid protokollet", "Ordförande", "Justerare"), before=18)
    return Rendered(f, P.furniture_region(P.REGION_FOOTER, "paren"), m.kind, "Protokoll", m.body, m.date.isoformat())


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_tjg_for",
    "toc_plain",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_proposal",
    "page_break_item",
    "date_iso",
)
def board_agenda_table_front(rng: random.Random) -> Rendered:
    """Page one as ruled tables: the attendance "Namn | Parti | Funktion" (a bold group row
    "Ledamöter", "Tjänstgörande ersättare" with "ers. för Y", "Ersättare", "Tjänstepersoner"
    with titles), then the agenda as a ruled table "§ | Ärende | Dnr" (a list of the items, not
    the items); every item "§ 45 Title" from page two, "Förslag till beslut" and "Beslut"
    ("Kommunstyrelsen beslutar att" over "• clause" rows); a page that goes on with an item
    repeats "§ 45 (forts.)"; the municipal running header."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2, 5)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("vera", size=9.5, top=90, bottom=80))
    f.line("Sammanträdesprotokoll", bold=True, size=15)
    f.line(f"{m.organ}  {C.fmt_date(m.date, 'iso')}  {m.time}", before=3)
    f.line(f"Plats: {m.place}", before=2)
    xs = [0.0, 190.0, 250.0]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row(list(zip(xs, ["Namn", "Parti", "Funktion"], strict=True)), bold=True, before=10, rule=rule, keep=1)

    def group(label: str, entries: list, cells) -> None:
        if not entries:
            return
        f.line(label, bold=True, rule=(-4, f.style.width, ()), keep=1)
        for e in entries:
            ln = f.row([(x, t) for x, t in zip(xs, cells(e), strict=True) if t], rule=rule)
            P.record(f, ln, e)

    def function(s) -> str:
        return f"{s.rank + ' ' if s.rank else ''}{s.role}" if s.role in ("ordförande", "vice ordförande") else "ledamot"

    group("Ledamöter", [s for s in m.seats if s.role != "ersättare"], lambda s: [s.name, s.party, function(s)])
    group(
        "Tjänstgörande ersättare",
        [s for s in m.seats if s.replaces],
        lambda s: [s.name, s.party, f"ers. för {s.replaces.name}"],
    )
    group("Ersättare", [s for s in m.role("ersättare") if not s.replaces], lambda s: [s.name, s.party, "ersättare"])
    group("Tjänstepersoner", m.officials, lambda a: [a.name, "", a.title])
    j = m.justerare
    P.record_justerare(
        f, f.line("Justerare", bold=True, before=10, cells=((110.0, f"{j.name} ({j.party})", False),)), m
    )
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=2, cells=((110.0, m.secretary.name, False),)), m)
    ax = [0.0, 40.0, f.style.width - 100]
    arule = (-4, f.style.width, tuple(x - 4 for x in ax[1:]))
    f.line("Ärenden", bold=True, size=11, before=14, keep=2)
    f.row(list(zip(ax, ["§", "Ärende", "Dnr"], strict=True)), bold=True, before=2, rule=arule, keep=1)
    for it in m.items:
        f.row([(x, t) for x, t in zip(ax, [str(it.number), it.title, it.dnr or ""], strict=True) if t], rule=arule)
    h = House(
        intro="Ärendebeskrivning",
        basis="Beslutsunderlag",
        bullet="• ",
        proposal="Förslag till beslut",
        form="lead_att",
        sent_to="Beslutet skickas till",
        motions=0.0,
    )
    sec = Sections(f)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", dnr=it.dnr if it.kind == "topic" else None, size=11, new_page=k == 0)
        house_item(f, m, it, rng, replace(h, bullet="• "), sec)
    return Rendered(
        f,
        forts_furniture(P.furniture_board(m, current=False)),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "h_finnish",
    "r_family_first",
    "r_role_after",
    "r_party",
    "d_beslut_colon",
    "d_not_proposal",
    "date_dotted",
    "m_other_dates",
)
def board_finnish_history(rng: random.Random) -> Rendered:
    """A Finland-Swedish protocol: the case number ("KS 2024/123") on the line above each
    heading "45 §  Title" (the § number in a margin column, the title beside it), items whose
    earlier handling is repeated first ("Kommunstyrelsens arbetsutskott 12.2.2025 § 23" with that
    meeting's "Förslag:" and "Beslut:"; not this meeting's decisions), then this meeting's block
    ("Kommunstyrelsen 4.3.2025 § 45") with "Förslag:" and "Beslut:" inline, "Beslut:
    Förslaget godkändes." or a sentence; "Beslutande" as "Efternamn Förnamn, ordförande"
    (family name first, no comma) in a label column; dates dotted."""
    m = board_meeting(rng, Cast(rng), board=0, spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("vera", size=9.5, top=86, bottom=76))
    col = 110.0
    f.line("PROTOKOLL", bold=True, size=14)
    f.line(f"{m.organ}  {C.fmt_date(m.date, 'dotted')}", bold=True, size=11, before=3)
    f.line("Tid", bold=True, before=10, cells=((col, f"{C.fmt_date(m.date, 'dotted')} {m.time}", False),))
    f.line("Plats", bold=True, cells=((col, m.place, False),))

    def fam(p) -> str:
        return f"{p.family} {p.given}"

    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    for k, s in enumerate(voting):
        role = f", {s.rank + ' ' if s.rank else ''}{s.role}" if s.role in ("ordförande", "vice ordförande") else ""
        gone = f", ersättare för {fam(s.replaces)}" if s.replaces else ""
        text = f"{fam(s.person)} ({s.party}){role}{gone}"
        ln = (
            f.line("Beslutande" if k == 0 else "", bold=True, before=10 if k == 0 else 0, cells=((col, text, False),))
            if k == 0
            else f.line(text, x=col)
        )
        P.record(f, ln, s)
    others = m.officials
    for k, a in enumerate(others):
        text = f"{fam(a.person)}, {a.title}"
        ln = (
            f.line("Övriga närvarande", bold=True, before=10, cells=((col, text, False),))
            if k == 0
            else f.line(text, x=col)
        )
        P.record(f, ln, a)
    j = m.justerare
    P.record_justerare(f, f.line("Protokolljusterare", bold=True, before=10, cells=((col, fam(j.person), False),)), m)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=4, cells=((col, fam(m.secretary.person), False),)), m)
    f.line("Protokollet justerat", bold=True, before=10, cells=((col, f"{C.fmt_date(m.adjusted, 'dotted')}", False),))
    dotted = C.fmt_date(m.date, "dotted")
    for k, it in enumerate(m.items):
        if it.dnr:
            f.line(it.dnr, size=8.5, before=16, keep=2, new_page=k == 0)
        head = f.line(
            f"{it.number} §",
            bold=True,
            size=11,
            before=2 if it.dnr else 16,
            keep=2,
            new_page=k == 0 and not it.dnr,
            cells=((col, it.title, True),),
        )
        f.item(str(it.number), it.title, head, it.dnr)
        acts = acts_of(m, it)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if it.kind == "topic" and acts and rng.random() < 0.5:
            earlier = m.date - dt.timedelta(days=rng.randint(7, 20))
            f.line(
                f"Kommunstyrelsens arbetsutskott {C.fmt_date(earlier, 'dotted')} § {rng.randint(10, 160)}",
                bold=True,
                x=col,
                before=6,
            )
            beside(f, "", " ".join(texts) if texts else "Ärendet bereddes.", col=col, before=3)
            beside(f, "", f"Förslag: Arbetsutskottet föreslår att kommunstyrelsen beslutar att {acts[0]}.", col=col)
            beside(f, "", "Beslut: Arbetsutskottet godkände förslaget.", col=col)
            f.line(f"{m.organ} {dotted} § {it.number}", bold=True, x=col, before=10)
            texts = []
        if texts:
            beside(f, "", " ".join(texts), col=col, before=4)
        if it.kind == "justerare":
            s = f"Till protokolljusterare valdes {j.name}."
            beside(f, "", f"Beslut: {s}", col=col)
            f.decision(s)
            P.record_justerare(f, f.lines[-1], m)
            continue
        if not acts:
            if it.passive:
                beside(f, "", f"Beslut: {it.passive}", col=col)
                f.decision(it.passive)
            continue
        verb = "föreslår kommunfullmäktige" if it.proposal else "beslutar"
        beside(f, "", f"Förslag: Kommundirektören föreslår att {lower_first(m.organ)} {verb} att {acts[0]}.", col=col)
        s = "Förslaget godkändes." if rng.random() < 0.5 else f"{m.subject} {verb} att {acts[0]}."
        beside(f, "", f"Beslut: {s}", col=col)
        f.decision(s)
    return Rendered(f, P.furniture_board(m, date_form="dotted"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "m_page_header_body",
    "running_header",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_numbered",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_proposal_kf",
    "page_break_item",
    "date_iso",
)
def board_margin_sections(rng: random.Random) -> Rendered:
    """Everything in two columns: "§ 45" in a left margin column with the title (bold) beside
    it, and every section label in the margin with its text in the narrower body column on the
    same rows ("Ärendet", "Beslutsunderlag", "Förslag till beslut", "Yrkanden",
    "Propositionsordning", "Beslut"); the decision numbered sentences "1. Kommunstyrelsen
    godkänner …" (one sentence for one act); a page that goes on with an item repeats "§ 45
    (forts.)" in the margin; page one in the same columns ("Beslutande", "Ersättare",
    "Tjänstepersoner", "Justerare", "Sekreterare"); Vera 9.5."""
    m = board_meeting(rng, Cast(rng), board=rng.choice((0, 1, 2)), spans=False, standard_items=rng.random() < 0.5)
    f = Flow(Style("vera", size=9.5, top=92, bottom=80))
    col = 118.0
    f.line("Protokoll", bold=True, size=15)
    f.line(f"{m.organ} {C.fmt_date(m.date, 'iso')}", bold=True, size=11, before=3)
    beside(f, "Tid och plats", f"{m.place}, {m.time}", col=col, before=12)
    voting = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    for k, s in enumerate(voting):
        text = P.seat_text(s, org=None, party=True, role="rank", replaces="")
        if s.replaces:
            text += f", ersättare för {s.replaces.name} ({s.replaces_party})"
        P.record(f, beside(f, "Beslutande" if k == 0 else "", text, col=col, before=10 if k == 0 else 0, hang=10)[0], s)
    for k, s in enumerate([s for s in m.role("ersättare") if not s.replaces]):
        P.record(
            f,
            beside(f, "Ersättare" if k == 0 else "", f"{s.name} ({s.party})", col=col, before=10 if k == 0 else 0)[0],
            s,
        )
    for k, a in enumerate(m.officials):
        P.record(
            f,
            beside(
                f,
                "Tjänstepersoner" if k == 0 else "",
                P.attendee_text(a, org=None),
                col=col,
                before=10 if k == 0 else 0,
                hang=10,
            )[0],
            a,
        )
    j = m.justerare
    P.record_justerare(f, beside(f, "Justerare", f"{j.name} ({j.party})", col=col, before=10)[0], m)
    P.record_secretary(f, beside(f, "Sekreterare", m.secretary.name, col=col, before=4)[0], m)
    sec = Sections(f, col=col)
    for k, it in enumerate(m.items):
        head = f.line(
            f"§ {it.number}", bold=True, size=11, before=18, keep=2, new_page=k == 0, cells=((col, it.title, True),)
        )
        f.item(str(it.number), it.title, head, it.dnr)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=col, size=8.5, before=1)
        texts = [t.replace("{next}", C.fmt_date(m.next_meeting, "long")) for t in it.text]
        if texts:
            sec.write("Ärendet", [(" ".join(texts), 0.0)])
        if it.basis:
            sec.write("Beslutsunderlag", [(b, 0.0) for b in basis_rows(m, it, rng, form="paren")], gap=1)
        if it.kind == "topic" and it.acts:
            sec.write("Förslag till beslut", [(proposal_text(m, it, "forvaltning"), 0.0)])
            if rng.random() < 0.5:
                yrk, gang, _ = motions(m, it, rng, "förvaltningens förslag")
                sec.write("Yrkanden", [(t, 0.0) for t in yrk])
                sec.write("Propositionsordning", [(t, 0.0) for t in gang])
        paras, decisions = house_decision(m, it, rng, "numbered_sentences", hang=14)
        if paras:
            printed = sec.write("Beslut", paras, gap=2)
            for d in decisions:
                f.decision(d)
            if it.kind == "justerare":
                P.record_justerare(f, printed[-1][0], m)
    return Rendered(
        f, forts_furniture(P.furniture_board(m, current=False)), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )
