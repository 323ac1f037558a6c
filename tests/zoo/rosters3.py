"""More SEEN variants for rosters, meeting dates and agreements: attendance marks ("x" / "–")
in a ruled presence list, remote participation and attendance notes after a name ("(deltar på
distans)", "del av § 48", "kl. 13.00–14.30, §§ 45–47"), role and organisation together in
brackets, members in a column per party, dates beside other dates (justering, anslag) in a
header table or before the meeting's, the date only in a footer, agreements whose parties are a
numbered list with organisation numbers, "mellan A (nedan kallad …) och B" or blocks with
address and contact person, signed in a ruled table with "Ort och datum" and
"Namnförtydligande".

Each is a function ``rng -> Rendered`` like those of layouts.py, registered in ``ROSTERS3``
(make.py adds them to the seen part).
"""

from __future__ import annotations

import random

from . import content as C
from . import parts as P
from .layouts import (
    Rendered,
    Variant,
    agreement_gold,
    agreement_sections,
    items_council,
    kind_of,
    no_flow_facts,
    org_number,
    registry,
    validity_text,
)
from .model import Agreement, Meeting, Seat, agreement, board_meeting, council_meeting
from .parts import Decisions
from .people import PARTIES, Cast
from .render import Flow, H, Style, W

ROSTERS3: list[Variant] = []
variant = registry(ROSTERS3)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def board_items(f: Flow, m: Meeting, rng: random.Random) -> None:
    ds = Decisions("Beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "para", own_line=True, dnr=it.dnr, new_page=k == 0, size=11)
        P.board_item_body(f, m, it, ds, rng)


def officials_justerare_items(f: Flow, m: Meeting, rng: random.Random, furniture) -> Rendered:
    """The end of a board's opening that most variants here share: "Övriga närvarande" with each
    official's title, the justerare beside its label, the signature box, then the items."""
    P.heading_line(f, "Övriga närvarande")
    for a in m.officials:
        P.record(f, f.line(f"{a.name}, {a.title}"), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((170, m.justerare.name, False),)), m)
    P.signature_box(f, m, col=170)
    board_items(f, m, rng)
    return Rendered(f, furniture, m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


def function_of(s: Seat) -> str:
    if s.role == "vice ordförande" and s.rank:
        return f"{s.rank} vice ordförande"
    return capital(s.role)


# --------------------------------------------------------------------------- presence marks
@variant(
    "board",
    "r_table_header",
    "r_table_ruled",
    "r_party",
    "r_absent",
    "r_appendix",
    "r_name_title_columns",
    "h_para",
    "d_beslut",
    "date_long",
)
def board_presence_marks(rng: random.Random) -> Rendered:
    """A "Närvarolista" as ruled tables whose last column marks attendance: "Ledamot | Parti |
    Funktion | Närvaro" with "x" (present) or "–" (absent, not a participant) and, when an absent
    member is replaced, a row "Name (C) ersätter Y" under the seat, indented; "Ersättare | Parti |
    Närvaro" where only the substitutes marked "x" are there; on page one "Närvarande: se
    närvarolista" or the list on page one itself, "Tid: Tisdag 4 mars 2025, kl 13–15"."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 2), spans=False)
    f = Flow(Style(rng.choice(("helvetica", "vera")), size=9.5, top=84, bottom=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll {m.organ}", bold=True, size=12, before=2)
    weekday = C.WEEKDAYS[m.date.weekday()].removesuffix("en")
    start, end = rng.choice((("13", "15"), ("9", "12"), ("8.30", "11")))
    f.line(f"Tid: {capital(weekday)} {C.fmt_date(m.date, 'long')}, kl {start}–{end}", before=8)
    f.line(f"Plats: {m.place}")
    last = rng.random() < 0.5

    def presence(f: Flow) -> None:
        members = [s for s in m.seats if s.role != "ersättare"]
        serving = [s for s in m.seats if s.replaces]
        rows: list[tuple[list[str], object]] = []
        for s in members:
            rows.append(([s.name, s.party or "", function_of(s), "x"], s))
        # the members who sent word: absent ("–"), with their serving substitute beside, indented
        gone = [Seat(s.replaces, "ledamot", m.org, s.replaces_party) for s in serving if s.replaces]
        gone += list(m.absent)
        at = sorted(rng.sample(range(1, len(rows) + 1), len(gone)), reverse=True)
        for k, g in zip(at, gone, strict=True):
            sub = next((s for s in serving if s.replaces == g.person), None)
            block: list[tuple[list[str], object]] = [([g.name, g.party or "", "Ledamot", "–"], None)]
            if sub is not None:
                block.append(([sub.name, sub.party or "", "Tjg ersättare", "x"], sub))
            rows[k:k] = block
        P.heading_line(f, "Närvarolista", before=10)
        xs = [0.0, 190.0, 250.0, 380.0]
        rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
        f.row(list(zip(xs, ["Ledamot", "Parti", "Funktion", "Närvaro"], strict=True)), bold=True, size=9, rule=rule)
        for cells, who in rows:
            indent = 12.0 if who is not None and who.replaces else 0.0  # type: ignore[union-attr]
            placed = [(x + (indent if j == 0 else 0.0), t) for j, (x, t) in enumerate(zip(xs, cells, strict=True)) if t]
            ln = f.row(placed, size=9, rule=rule)
            if who is not None:
                P.record(f, ln, who)
        subs = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
        srows: list[tuple[list[str], object]] = [([s.name, s.party or "", "x"], s) for s in subs]
        for _ in range(rng.randint(1, 2)):
            p = Cast(random.Random(rng.random())).person()
            srows.insert(rng.randint(0, len(srows)), ([p.name, rng.choice(PARTIES), "–"], None))
        P.table(f, ["Ersättare", "Parti", "Närvaro"], srows, [0, 190, 380], ruled=True, size=9, before=10)

    if last:
        f.line("Närvarande", bold=True, before=8, cells=((140, "Se närvarolista, sist i protokollet", False),))
    else:
        presence(f)
    P.heading_line(f, "Övriga deltagare")
    for a in m.officials:
        P.record(f, f.line(f"{a.name} – {a.title}"), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((140, m.justerare.name, False),)), m)
    P.signature_box(f, m, col=140)
    board_items(f, m, rng)
    if last:
        f.line("", new_page=True)
        presence(f)
    return Rendered(f, P.furniture_board(m, date_form="long"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- notes after names
REMOTE = ("(deltar på distans)", "– digitalt", "(digitalt deltagande)", "(på distans)")


@variant(
    "board",
    "r_role_after",
    "r_party",
    "r_tjg_for",
    "r_absent",
    "r_span",
    "r_ej_tjg",
    "r_vakant",
    "r_one_per_line",
    "h_para",
    "d_beslut",
    "m_other_dates",
    "date_long",
)
def board_notes_after_names(rng: random.Random) -> Rendered:
    """ "Beslutande ledamöter" one a line with notes after the name: remote participation
    ("(deltar på distans)", "– digitalt"), attendance ("§§ 45–47", "del av § 48", "kl. 13.00–14.30,
    §§ 45–47"); "Anmält förhinder" in the middle of the roster (not participants) before
    "Tjänstgörande ersättare" ("Name (C), tjänstgörande ersättare för Y (C)") and "Ej
    tjänstgörande ersättare" with a "Vakant (SD)" row; "Övriga deltagare" "Name – title"; above
    the meeting date, on page one, "Justeringsdatum" and "Datum för anslag" (not the meeting's);
    the date as "den 4 mars 2025 kl. 13.00–15.30"."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 2), spans=False)
    f = Flow(Style("vera", size=9.5, top=84, bottom=80))
    f.line("PROTOKOLL", bold=True, size=14)
    f.line(m.organ, bold=True, size=12, before=2)
    f.row([(0, "Justeringsdatum"), (140, m.adjusted.isoformat())], before=8)
    f.row([(0, "Datum för anslag"), (140, m.posted[0].isoformat())])
    f.row([(0, "Sammanträde"), (140, f"den {C.fmt_date(m.date, 'long')} {m.time}")], before=6)
    f.row([(0, "Plats"), (140, m.place)])
    first, last = m.items[0].number, m.items[-1].number
    notes = [
        "",
        "",
        "",
        rng.choice(REMOTE),
        f"§§ {first}–{last - 1}",
        f"del av § {last}",
        f"{m.time.split('–')[0]}–{int(m.time[4:6]) + 1:02d}.30, §§ {first}–{last - 2}",
    ]
    voters = [s for s in m.seats if s.role != "ersättare"]
    P.heading_line(f, "Beslutande ledamöter", before=10)
    for s in voters:
        text = P.seat_text(s, org=None, party=True, role="comma" if s.role != "vice ordförande" else "rank")
        note = rng.choice(notes)
        P.record(f, f.line(f"{text} {note}".strip()), s)
    P.heading_line(f, rng.choice(("Anmält förhinder", "Frånvarande")))
    for s in m.absent:
        f.line(P.seat_text(s, org=None, party=True))
    P.heading_line(f, "Tjänstgörande ersättare")
    for s in m.seats:
        if s.replaces:
            note = rng.choice(notes[:4])
            line = f"{s.name} ({s.party}), tjänstgörande ersättare för {s.replaces.name} ({s.replaces_party})"
            P.record(f, f.line(f"{line} {note}".strip()), s)
    P.heading_line(f, "Ej tjänstgörande ersättare")
    rest = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    vacant = rng.randint(0, len(rest))
    for k, s in enumerate(rest):
        if k == vacant:
            f.line(f"Vakant ({rng.choice(('SD', 'V', 'KD'))})")
        P.record(f, f.line(f"{s.name} ({s.party}) {rng.choice(notes[:4])}".strip()), s)
    if vacant == len(rest):
        f.line("Vakant (SD)")
    P.heading_line(f, "Övriga deltagare")
    for a in m.officials:
        P.record(f, f.line(f"{a.name} – {a.title}"), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((140, m.justerare.name, False),)), m)
    P.signature_box(f, m, col=140)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m, date_form="long"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- dates in a header table
@variant("board", "r_role_after", "r_party", "r_tjg_for", "h_para", "d_beslut", "m_other_dates", "date_iso")
def board_dates_header_table(rng: random.Random) -> Rendered:
    """Page one opens with a ruled header table of labels over values, the meeting's date in
    one cell among others that are not it: "Justeringsdatum | Sammanträdesdatum | Anslag
    uppsatt" over three ISO dates (in any order), or "Protokollet justeras" / "Datum då
    anslaget sätts upp" / "Datum då anslaget tas ned" rows before "Sammanträdesdatum"; the
    roster "Beslutande" one "Name (S), ordförande" a line."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("helvetica", "times")), size=9.5, top=84, bottom=80))
    f.line(m.org.upper(), bold=True, size=12)
    f.line(m.organ, bold=True, size=11, before=2)
    cells = [
        ("Justeringsdatum", m.adjusted.isoformat()),
        ("Sammanträdesdatum", m.date.isoformat()),
        (rng.choice(("Anslag uppsatt", "Datum för anslag")), m.posted[0].isoformat()),
    ]
    if rng.random() < 0.5:
        rng.shuffle(cells)
        xs = [0.0, 150.0, 300.0]
        rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
        f.row([(x, label) for x, (label, _) in zip(xs, cells, strict=True)], bold=True, size=8, before=10, rule=rule)
        f.row([(x, value) for x, (_, value) in zip(xs, cells, strict=True)], rule=rule)
    else:
        rows = [
            ("Protokollet justeras", m.adjusted.isoformat()),
            ("Datum då anslaget sätts upp", m.posted[0].isoformat()),
            ("Datum då anslaget tas ned", m.posted[1].isoformat()),
        ]
        rows.insert(rng.randint(0, 3), ("Sammanträdesdatum", m.date.isoformat()))
        for k, (label, value) in enumerate(rows):
            f.row([(0, label), (170, value)], before=10 if k == 0 else 0)
    f.row([(0, "Plats och tid"), (170, f"{m.place}, {m.time}")], before=6)
    P.heading_line(f, "Beslutande", before=10)
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            continue
        P.record(f, f.line(P.seat_text(s, org=None, party=True, role="comma" if not s.rank else "rank")), s)
    P.heading_line(f, "Ersättare")
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            P.record(f, f.line(P.seat_text(s, org=None, party=True)), s)
    return officials_justerare_items(f, m, rng, P.furniture_board(m))


# --------------------------------------------------------------------------- role and organisation in brackets
def footer_dated(m: Meeting, form: str):
    """A footer line that alone carries the meeting's date ("Regionala samverkansrådet | Protokoll
    2025-03-04 | Sida 1 av 4"); no running header."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setLineWidth(0.4)
        c.line(st.left, 52, W - st.right, 52)
        c.setFont(st.reg, 8)
        c.drawString(st.left, 40, m.organ)
        c.drawString(st.left + 250, 40, f"Protokoll {C.fmt_date(m.date, form)}")
        c.drawRightString(W - st.right, 40, P.page_label("sida", page, total))
        c.setFont(st.bold, 9)
        c.drawString(st.left, H - 40, C.REGION)

    return draw


@variant(
    "council",
    "r_role_paren",
    "r_org_short",
    "r_vakant",
    "r_guests",
    "r_table_header",
    "r_table_unruled",
    "h_para",
    "d_beslut",
    "r_sig_box",
    "date_iso",
)
def council_role_org_brackets(rng: random.Random) -> Rendered:
    """A council whose "Närvarande" entries say role and organisation together in brackets
    ("Agnes Hedin (ordförande, Region Örebro län)", "Olle Tell (ledamot, Kumla)", "Eva Ny
    (ersättare, Nora kommun)"), or as an unruled table "Namn | Kommun | Roll" with the
    organisation short ("Lindesberg", "Region Örebro"); "Övriga deltagare" "Name – title" (the
    region's officials) and "Name (title, Organisation)" (guests); the meeting date ONLY in the
    footer ("Protokoll 2025-03-04" or "4 mars 2025"), the first page's lines "Tid: kl. …" and
    "Plats: …" without it; the signature box as captions over the names, two columns."""
    m = council_meeting(rng, Cast(rng), vacancies=1, guests=rng.randint(1, 2))
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5, left=64, right=58, bottom=80))
    f.line("PROTOKOLL", bold=True, size=15, before=6)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Tid: {m.time}", before=6)
    f.line(f"Plats: {m.place}")
    as_table = rng.random() < 0.5
    present = [s for s in m.seats if s.person is not None]
    if as_table:
        P.heading_line(f, "Närvarande", before=10)
        rows = [([s.name, P.org_as(s.org, "short"), s.role], s) for s in m.seats if s.person is not None]
        vacant = next(s for s in m.seats if s.person is None)
        rows.insert(rng.randint(0, len(rows)), (["Vakant", P.org_as(vacant.org, "short"), "ersättare"], None))
        P.table(f, ["Namn", "Kommun", "Roll"], rows, [0, 170, 300], size=9, before=2)
    else:
        P.heading_line(f, "Närvarande", before=10)
        form = rng.choice(("full", "short"))
        for s in m.seats:
            if s.person is None:
                f.line(f"Vakant ({s.role}, {P.org_as(s.org, form)})")
                continue
            P.record(f, f.line(f"{s.name} ({s.role}, {P.org_as(s.org, form)})"), s)
    del present
    P.heading_line(f, "Övriga deltagare")
    for a in m.officials:
        P.record(f, f.line(f"{a.name} – {a.title}"), a)
    for a in m.guests:
        P.record(f, f.line(f"{a.name} ({a.title}, {a.org})"), a)
    if not m.secretary_listed:
        P.record_secretary(f, f.line("Sekreterare", bold=True, before=8, cells=((170, m.secretary.name, False),)), m)
    items_council(f, m, rng, Decisions("Beslut", "past"), "para", size=11)
    f.line("Underskrifter", bold=True, before=18, keep=4)
    half = f.style.width / 2
    for group in (("Sekreterare", "Ordförande"), ("Justerare",)):
        people = {"Sekreterare": m.secretary, "Ordförande": m.chair, "Justerare": m.justerare}
        f.row([(k * half, label) for k, label in enumerate(group)], before=10, keep=2)
        f.row([(k * half, "." * 34) for k, _ in enumerate(group)], before=14, keep=1)
        ln = f.row([(k * half, people[label].name) for k, label in enumerate(group)])
        for label in group:
            if label == "Sekreterare":
                P.record_secretary(f, ln, m)
            elif label == "Justerare":
                P.record_justerare(f, ln, m)
    return Rendered(
        f, footer_dated(m, rng.choice(("iso", "long"))), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


# --------------------------------------------------------------------------- party columns
@variant(
    "board",
    "r_side_by_side",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "r_role_after",
    "r_name_title_columns",
    "h_para",
    "d_beslut",
    "date_weekday",
)
def board_party_columns(rng: random.Random) -> Rendered:
    """ "Närvarande ledamöter" as a column per party, the party's letters as the bold header
    row ("S | M | SD | C"), at most four columns a band, each member under their party, no
    party after the names; the chair and vice chairs on lines of their own above ("Ordförande
    Name (S)"); "Tjänstgörande ersättare" one "Name (C) för Y (C)" a line; "Ej tjänstgörande
    ersättare" as party columns too; officials as names beside titles; the date "Tisdagen
    den 4 mars 2025" under "Sammanträdesdatum"."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("vera", "times")), size=9.5, top=84, bottom=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"{m.organ} – protokoll", bold=True, size=12, before=2)
    f.line("Sammanträdesdatum", bold=True, before=8)
    f.line(capital(C.fmt_date(m.date, "weekday")))
    f.line(f"Plats och tid: {m.place}, {m.time}", before=4)
    band = 4

    def party_columns(heading: str, seats: list[Seat]) -> None:
        order = [p for p in PARTIES if any(s.party == p for s in seats)]
        if not order:
            return
        width = f.style.width / band
        P.heading_line(f, heading, before=10)
        by = {p: [s for s in seats if s.party == p] for p in order}
        for start in range(0, len(order), band):
            group = order[start : start + band]
            f.row([(k * width, p) for k, p in enumerate(group)], bold=True, keep=1, before=4 if start else 0)
            for depth in range(max(len(by[p]) for p in group)):
                cells = [(k * width, by[p][depth].name) for k, p in enumerate(group) if depth < len(by[p])]
                ln = f.row(cells)
                for p in group:
                    if depth < len(by[p]):
                        P.record(f, ln, by[p][depth])

    chairs = [s for s in m.seats if s.role in ("ordförande", "vice ordförande")]
    P.heading_line(f, "Presidium", before=10)
    for s in chairs:
        P.record(f, f.row([(0, function_of(s)), (140, f"{s.name} ({s.party})")]), s)
    party_columns("Närvarande ledamöter", [s for s in m.seats if s.role == "ledamot"])
    P.heading_line(f, "Tjänstgörande ersättare")
    for s in m.seats:
        if s.replaces:
            P.record(f, f.line(f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})"), s)
    party_columns("Ej tjänstgörande ersättare", [s for s in m.seats if s.role == "ersättare" and not s.replaces])
    P.heading_line(f, "Övriga närvarande")
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (160, capital(a.title))]), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((160, m.justerare.name, False),)), m)
    P.signature_box(f, m, col=160)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m, date_form="long"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- agreements
NICKNAMES = {"kommun": "Kommunen", "region": "Regionen", "förbund": "Förbundet", "myndighet": "Myndigheten"}


def signature_table(f: Flow, a: Agreement, rng: random.Random, *, columns: int) -> None:
    """A ruled signature table, one cell a signatory: "Ort och datum" over the place and date, a
    line to sign on, "Namnförtydligande" (the caption above or below the name), title and
    organisation; or the party "För Region Örebro län" heading each cell."""
    width = f.style.width / columns
    xs = [k * width for k in range(columns)]
    rule = (-4, f.style.width, tuple(x - 4 for x in xs[1:]))
    captions_above = rng.random() < 0.5
    for k in range(0, len(a.signatories), columns):
        group = a.signatories[k : k + columns]

        def row(texts: list[str], **kw):
            return f.row([(xs[j], t) for j, t in enumerate(texts)], size=9, rule=rule, **kw)

        row([f"För {s.org}" for s in group], bold=True, before=14, keep=6)
        row(["Ort och datum" for _ in group], keep=5)
        row([f"{s.place} {C.fmt_date(s.date, 'iso')}" for s in group], keep=4)
        row(["." * 30 for _ in group], before=10, keep=3)
        if captions_above:
            row(["Namnförtydligande" for _ in group], keep=3)
        row([s.person.name for s in group], keep=2)
        if not captions_above:
            row(["Namnförtydligande" for _ in group], keep=2)
        row([s.title for s in group], keep=1)
        row([s.org for s in group])


def agreement_tail(f: Flow, a: Agreement, rng: random.Random, n: int, *, columns: int) -> None:
    f.line(f"{n}. Giltighetstid", bold=True, before=10, keep=1)
    f.para(validity_text(a, rng.choice(("long", "range")) if a.valid_to else "long"))
    copies = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex"}.get(len(a.parties), str(len(a.parties)))
    f.line(f"{n + 1}. Underskrifter", bold=True, before=10, keep=1, new_page=True)
    which = rng.choice(("Detta avtal", "Denna överenskommelse"))
    f.para(f"{which} har upprättats i {copies} likalydande exemplar, varav parterna tagit var sitt.")
    signature_table(f, a, rng, columns=columns)


@variant("agreement", "a_parties_list", "a_sig_2col", "a_sig_3col", "a_sig_title_org")
def agreement_numbered_parties(rng: random.Random) -> Rendered:
    """An agreement whose parties are a numbered list under "1. Parter", each with its
    organisation number and what the text calls it ("1. Region Örebro län, org.nr 232100-0164,
    nedan kallad Regionen" or "2. Kumla kommun (org.nr 212000-1234)"); numbered sections;
    "Detta avtal har upprättats i tre likalydande exemplar" on the last page over a ruled
    signature table of two or three columns ("För Kumla kommun", "Ort och datum", the line,
    "Namnförtydligande" above or below the name, title, organisation)."""
    a = agreement(rng, Cast(rng), parties=rng.randint(2, 4), two_signers=rng.random() < 0.3)
    f = Flow(Style(rng.choice(("vera", "times")), size=10))
    no_flow_facts(f)
    f.line(C.REGION, bold=True, size=10)
    f.para(a.title, bold=True, size=16, before=16)
    f.line("1. Parter", bold=True, before=12, keep=1)
    named = rng.random() < 0.5
    for k, org in enumerate(a.parties, 1):
        nr = org_number(org, rng)
        text = f"{k}. {org}, org.nr {nr}" if rng.random() < 0.5 else f"{k}. {org} (org.nr {nr})"
        nickname = NICKNAMES[kind_of(org)]
        if named and sum(NICKNAMES[kind_of(o)] == nickname for o in a.parties) == 1:
            text += f", nedan kallad {nickname}"  # only a name that tells the parties apart
        f.line(text, x=10, before=1)
    n = agreement_sections(f, a)
    agreement_tail(f, a, rng, n, columns=rng.choice((2, 3)))
    return Rendered(
        f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("agreement", "a_parties_running", "a_sig_2col", "a_sig_title_org")
def agreement_between_called(rng: random.Random) -> Rendered:
    """An agreement of two parties named in its first sentence, each with its organisation
    number and the name the text goes on to use: "Detta avtal har träffats mellan Region Örebro
    län, org.nr 232100-0164 (nedan kallad Regionen) och Kumla kommun, org.nr 212000-1234 (nedan
    kallad Kommunen)."; sections "§ 2 Bakgrund" …; a two-column ruled signature table on the
    last page."""
    a = agreement(rng, Cast(rng), parties=2, municipalities_only=True)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10))
    no_flow_facts(f)
    f.line(C.REGION, bold=True, size=10)
    f.para(a.title, bold=True, size=16, before=16)
    one, two = a.parties
    called = "nedan kallad" if rng.random() < 0.5 else "nedan benämnd"
    lead = rng.choice(("Detta avtal har träffats mellan", "Avtalet ingås mellan"))
    f.para(
        f"{lead} {one}, org.nr {org_number(one, rng)} ({called} {NICKNAMES[kind_of(one)]}) och {two}, "
        f"org.nr {org_number(two, rng)} ({called} {NICKNAMES[kind_of(two)]}).",
        before=12,
    )
    n = agreement_sections(f, a, first=1)
    agreement_tail(f, a, rng, n, columns=2)
    return Rendered(
        f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


# Invented addresses of the right shape (a box or street, postcode, town).
def address(org: str, rng: random.Random) -> str:
    town = C.SHORT.get(org, "Örebro") if org in C.MUNICIPALITIES else "Örebro"
    return f"Box {rng.randint(10, 999)}, {rng.randint(690, 719)} {rng.randint(10, 99)} {town}"


@variant("agreement", "a_parties_list", "a_sig_2col", "a_sig_title_org", "m_other_dates", "date_iso")
def agreement_party_blocks(rng: random.Random) -> Rendered:
    """An agreement whose "Parter" are blocks of lines, one per party, side by side in two
    columns or one under the other: the name (bold), "Org.nr 212000-1835", the postal address
    and "Kontaktperson: Name, title" (a contact person, no signatory, no party); "Datum
    2024-11-28" in the header (the document's date); validity "fr.o.m. 2025-01-01 t.o.m.
    2026-12-31"; the signatures in blocks under "Underskrifter"."""
    a = agreement(rng, Cast(rng), parties=rng.choice((2, 2, 3, 4)), dated=True, municipalities_only=rng.random() < 0.5)
    cast = Cast(rng)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10))
    no_flow_facts(f)
    f.row([(0, C.REGION), (300, f"Datum {a.dated.isoformat()}")], bold=True)
    f.para(a.title, bold=True, size=16, before=16)
    f.line(rng.choice(("Parter", "1. Parter", "Avtalsparter")), bold=True, before=12, keep=4)
    side = rng.random() < 0.5
    blocks = []
    for org in a.parties:
        contact = cast.person()
        blocks.append(
            [
                (org, True),
                (f"Org.nr {org_number(org, rng)}", False),
                (address(org, rng), False),
                (
                    f"Kontaktperson: {contact.name}, {rng.choice(('folkhälsostrateg', 'utvecklingsledare', 'enhetschef'))}",
                    False,
                ),
            ]
        )
    if side:
        half = f.style.width / 2
        for k in range(0, len(blocks), 2):
            pair = blocks[k : k + 2]
            for depth in range(4):
                f.row(
                    [(j * half, b[depth][0]) for j, b in enumerate(pair)],
                    bold=depth == 0,
                    before=8 if depth == 0 else 0,
                    size=9,
                )
    else:
        for b in blocks:
            for depth, (text, bold) in enumerate(b):
                f.line(text, bold=bold, before=8 if depth == 0 else 0, size=9)
    n = agreement_sections(f, a)
    f.line(f"{n}. Giltighetstid", bold=True, before=10, keep=1)
    f.para(validity_text(a, "short"))
    f.line("Underskrifter", bold=True, before=14, keep=1)
    for org in a.parties:
        f.line(f"För {org}", bold=True, before=12, keep=4)
        for s in [s for s in a.signatories if s.org == org]:
            f.line(f"{s.place} {C.fmt_date(s.date, 'iso')}", before=4, keep=3)
            f.line("." * 40, before=12, keep=2)
            f.line(s.person.name, keep=1)
            f.line(s.title)
    return Rendered(
        f,
        P.furniture_region(a.title, "sida"),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat(),
        agreement=agreement_gold(a),
    )


@variant("board", "r_role_after", "r_party", "r_tjg_for", "h_para", "d_beslut", "m_other_dates", "date_weekday")
def board_other_dates_first(rng: random.Random) -> Rendered:
    """Page one opens with the dates that are not the meeting's, each on its own labelled line
    ("Justerat 2025-03-11", "Datum för anslag 2025-03-12", "Anslaget tas ned 2025-04-03", or the
    label over its value), and only then the meeting's date inside "Tid och plats" or "Sammanträde"
    ("Stadshuset, tisdagen den 4 mars 2025, kl. 13.00–15.30", "tisdagen den 4/3 2025" or "4/3-2025");
    no running header names the date."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("helvetica", "vera")), size=9.5, top=70, bottom=70))
    f.line(m.org.upper(), bold=True, size=12)
    f.line(f"{m.organ}, protokoll", bold=True, size=11, before=2)
    others = [
        (rng.choice(("Justerat", "Justeringsdatum", "Protokollet justerat")), m.adjusted),
        (rng.choice(("Datum för anslag", "Anslaget sätts upp", "Datum då anslaget sätts upp")), m.posted[0]),
        (rng.choice(("Anslaget tas ned", "Datum då anslaget tas ned")), m.posted[1]),
    ]
    stacked = rng.random() < 0.4
    for k, (label, day) in enumerate(others):
        if stacked:
            f.line(label, bold=True, before=8 if k == 0 else 3)
            f.line(day.isoformat())
        else:
            f.row([(0, label), (170, day.isoformat())], before=8 if k == 0 else 0)
    weekday = C.WEEKDAYS[m.date.weekday()]
    when = rng.choice(
        (
            f"{weekday} den {C.fmt_date(m.date, 'long')}",
            f"{weekday} den {m.date.day}/{m.date.month} {m.date.year}",
            f"{m.date.day}/{m.date.month}-{m.date.year}",
        )
    )
    label = rng.choice(("Tid och plats", "Sammanträde"))
    f.row([(0, label), (170, f"{m.place}, {when}, {m.time}")], before=8)
    P.heading_line(f, "Beslutande", before=10)
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            continue
        P.record(f, f.line(P.seat_text(s, org=None, party=True, role="comma" if not s.rank else "rank")), s)
    return officials_justerare_items(f, m, rng, P.furniture_running(m.organ, "sida"))


@variant("board", "r_party", "r_role_after", "r_ersatter", "r_span", "r_one_per_line", "h_para", "d_beslut", "date_iso")
def board_replaced_by(rng: random.Random) -> Rendered:
    """ "Beslutande" one seat a line in the order of the seats: a member who sent word stands in
    the list with the substitute who took the seat ("Lo Ek (M) ersatt av Kim Nyberg (M)",
    "ersattes av", the member not a participant, the substitute one); notes after names ("från
    kl 14", "till kl. 15.30", "närvarande på distans"); "Ersättare" for those who did not serve."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("vera", "times")), size=10, top=84, bottom=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll {m.organ}", bold=True, size=12, before=2)
    f.line(f"Sammanträdesdatum {m.date.isoformat()}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    notes = ["", "", "", "från kl 14", "till kl. 15.30", "närvarande på distans", "(på distans)"]
    P.heading_line(f, "Beslutande", before=10)
    members = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    at = sorted(rng.sample(range(1, len(members) + 1), len(serving)), reverse=True)
    lines: list[tuple[str, Seat]] = []
    for s in members:
        role = {"ordförande": ", ordförande", "vice ordförande": f", {s.rank} vice ordförande"}.get(s.role, "")
        note = rng.choice(notes)
        after = f" {note}" if note.startswith("(") else f", {note}" if note else ""
        lines.append((f"{s.name} ({s.party}){role}{after}", s))
    for k, s in zip(at, serving, strict=True):
        verb = rng.choice(("ersatt av", "ersattes av", "ersätts av"))
        lines.insert(k, (f"{s.replaces.name} ({s.replaces_party}) {verb} {s.name} ({s.party})", s))  # type: ignore[union-attr]
    for text, s in lines:
        P.record(f, f.line(text.strip()), s)
    P.heading_line(f, "Ersättare")
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            P.record(f, f.line(f"{s.name} ({s.party})"), s)
    return officials_justerare_items(f, m, rng, P.furniture_board(m))


@variant("agreement", "a_parties_list", "a_parties_running", "a_sig_title_org")
def agreement_roles_and_periods(rng: random.Random) -> Rendered:
    """An agreement whose parties carry their part in the deal before the name ("Part 1: Region
    Örebro län", "Part A:", "Beställare:" / "Utförare:"), or are named "mellan å ena sidan A,
    212000-1835, och å andra sidan B" (a bare organisation number); the validity under a label
    without a verb ("Avtalstid: 2025-01-01 – 2026-12-31", "Avtalsperiod" over "1 januari 2025
    till 31 december 2026") or as "gäller från 1 januari 2025 och löper ut den 31 december 2026";
    signature blocks under "Underskrifter"."""
    a = agreement(rng, Cast(rng), parties=2, municipalities_only=True)
    f = Flow(Style(rng.choice(("vera", "times")), size=10))
    no_flow_facts(f)
    f.line(C.REGION, bold=True, size=10)
    f.para(a.title, bold=True, size=16, before=16)
    one, two = a.parties
    form = rng.choice(("numbered", "lettered", "roles", "sides"))
    if form == "sides":
        f.para(
            f"Denna överenskommelse har träffats mellan å ena sidan {one}, {org_number(one, rng)}, "
            f"och å andra sidan {two}, {org_number(two, rng)}.",
            before=12,
        )
    else:
        f.line("Parter", bold=True, before=12, keep=2)
        labels = {
            "numbered": ("Part 1:", "Part 2:"),
            "lettered": ("Part A:", "Part B:"),
            "roles": ("Beställare:", "Utförare:"),
        }[form]
        for label, org in zip(labels, a.parties, strict=True):
            f.row([(0, label), (90, org)], before=2)
    agreement_sections(f, a, numbered=False)
    start, end = a.valid_from, a.valid_to
    assert end is not None
    validity = rng.choice(("label", "heading", "ends"))
    if validity == "label":
        f.para(f"Avtalstid: {start.isoformat()} – {end.isoformat()}", before=10)
    elif validity == "heading":
        f.line(rng.choice(("Avtalsperiod", "Giltighetstid")), bold=True, before=10, keep=1)
        f.para(f"{C.fmt_date(start, 'long')} till {C.fmt_date(end, 'long')}")
    else:
        f.line("Giltighet", bold=True, before=10, keep=1)
        f.para(f"Överenskommelsen gäller från {C.fmt_date(start, 'long')} och löper ut den {C.fmt_date(end, 'long')}.")
    f.line("Underskrifter", bold=True, before=14, keep=1)
    for org in a.parties:
        f.line(f"För {org}", bold=True, before=12, keep=4)
        for s in [s for s in a.signatories if s.org == org]:
            f.line(f"{s.place} {C.fmt_date(s.date, 'iso')}", before=4, keep=3)
            f.line("." * 40, before=12, keep=2)
            f.line(s.person.name, keep=1)
            f.line(s.title)
    return Rendered(
        f, P.furniture_region(a.title, "sida"), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("board", "r_party", "r_role_after", "r_absent", "r_one_per_line", "r_ovriga_narvarande", "h_para", "d_beslut")
def board_absent_marked_in_list(rng: random.Random) -> Rendered:
    """One "Deltagande" (or "Närvarande") list of every seat, the members who sent word still
    in it with their absence in brackets ("Kim Lund (C) (anmält förhinder)", "(frånvarande)",
    "(förhinder)"; not participants), or listed apart under "Inte närvarande" / "Frånvarande
    utan ersättare"; "Tjänstgörande ersättare" "Name (C) för Y (C)"; officials "Name, title"."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 3), spans=False)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10, top=84, bottom=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll {m.organ}", bold=True, size=12, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    inline = rng.random() < 0.5
    P.heading_line(f, rng.choice(("Deltagande", "Närvarande")), before=10)
    members = [s for s in m.seats if s.role != "ersättare"]
    lines: list[tuple[str, Seat | None]] = []
    for s in members:
        role = {"ordförande": ", ordförande", "vice ordförande": f", {s.rank} vice ordförande"}.get(s.role, "")
        lines.append((f"{s.name} ({s.party}){role}", s))
    if inline:
        for g in m.absent:
            mark = rng.choice(("(anmält förhinder)", "(frånvarande)", "(förhinder)"))
            lines.insert(rng.randint(1, len(lines)), (f"{g.name} ({g.party}) {mark}", None))
    for text, s in lines:
        ln = f.line(text)
        if s is not None:
            P.record(f, ln, s)
    if not inline:
        P.heading_line(f, rng.choice(("Inte närvarande", "Frånvarande utan ersättare")))
        for g in m.absent:
            f.line(f"{g.name} ({g.party})")
    P.heading_line(f, "Tjänstgörande ersättare")
    for s in m.seats:
        if s.replaces:
            P.record(f, f.line(f"{s.name} ({s.party}) för {s.replaces.name} ({s.replaces_party})"), s)
    P.heading_line(f, "Ersättare")
    for s in m.seats:
        if s.role == "ersättare" and not s.replaces:
            P.record(f, f.line(f"{s.name} ({s.party})"), s)
    return officials_justerare_items(f, m, rng, P.furniture_board(m, date_form="long"))
