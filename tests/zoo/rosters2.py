"""More SEEN variants for roster forms: a function column beside the names, wrapped labels of
non-serving substitutes, names beside capitalised titles, note-takers "Vid tangenterna", a
ruled "Namn | Parti | Roll | §" table whose role cell says "Ersätter Y".

Each is a function ``rng -> Rendered`` like those of layouts.py, registered in ``ROSTERS2``
(make.py adds them to the seen part).
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import content as C
from . import parts as P
from .layouts import (
    Rendered,
    Variant,
    board_page_one,
    items_council,
    member_lines,
    registry,
    running_entries,
    side_by_side,
)
from .model import Attendee, Meeting, Seat, board_meeting, council_meeting, minutes_meeting
from .parts import Decisions
from .people import GUEST_TITLES, Cast
from .render import Flow, Style

ROSTERS2: list[Variant] = []
variant = registry(ROSTERS2)


# --------------------------------------------------------------------------- shared pieces
def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def named(s: Seat, party: bool = True) -> str:
    """ "Agnes Hedin (S)": a seat's name and party, nothing else."""
    return P.seat_text(s, org=None, party=party, replaces="", span=False)


def function_cell(s: Seat, tjg: str) -> str:
    """What a roster's function column says of a seat: "Ordförande", "1:e vice ordförande",
    "Ledamot", "Ersättare", "Tjänstgörande ersättare för Y" (``tjg`` is how that is worded)."""
    if s.replaces:
        return f"{tjg} {s.replaces.name}"
    if s.role == "vice ordförande" and s.rank:
        return f"{s.rank} vice ordförande"
    return capital(s.role)


def board_items(f: Flow, m: Meeting, rng: random.Random, *, form: str = "para") -> None:
    ds = Decisions("Beslut", "present")
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, form, own_line=True, dnr=it.dnr, new_page=k == 0, size=11)
        P.board_item_body(f, m, it, ds, rng)


def name_title_rows(f: Flow, heading: str, people, *, col: float, gap: float, label: bool) -> None:
    """Officials as names in one column and capitalised titles in the next ("Lena Ås
    Kommundirektör"), under a heading or beside a label in the left column."""
    if not people:
        return
    if not label:
        P.heading_line(f, heading)
    for k, a in enumerate(people):
        cells = [(col, a.name), (col + gap, capital(a.title))]
        if label and k == 0:
            cells.insert(0, (0, heading))
        P.record(f, f.row(cells, before=8 if k == 0 else 0), a)


def note_taker(f: Flow, m: Meeting, label: str, *, col: float) -> None:
    """ "Vid tangenterna:  Name": who took the minutes (the secretary)."""
    P.record_secretary(f, f.line(label, bold=True, before=8, cells=((col, m.secretary.name, False),)), m)


# --------------------------------------------------------------------------- variants
@variant(
    "board",
    "r_name_title_columns",
    "r_role_after",
    "r_tjg_for",
    "r_party",
    "r_ovriga_narvarande",
    "r_antecknare",
    "r_utses_justera",
    "h_para",
    "h_own_line",
    "d_beslut",
    "date_long",
    "running_header",
)
def board_function_column(rng: random.Random) -> Rendered:
    """ "Närvarande" as two columns without rulings (under the heading, or beside it as a label
    in a left column): the name with its party, and beside it its function ("Ordförande", "1:e vice ordförande", "Ledamot", "Ersättare", "Tjänstgörande
    ersättare för Y" or "Tjg ersättare för Y"), under a "Namn | Funktion" header row or none;
    "Övriga deltagande" (or "Övriga närvarande") as names beside capitalised titles; the
    secretary "Vid tangenterna" (or "Protokollförare"); items "§ 45" alone with the title
    below."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5, top=84, bottom=80))
    f.line(f"{m.organ}, {m.org}", bold=True, size=12)
    f.line(f"Datum: {C.fmt_date(m.date, 'long')}", before=8)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    tjg = rng.choice(("Tjänstgörande ersättare för", "Tjg ersättare för", "Tjg ers för"))
    fn_x = rng.choice((150.0, 190.0, 220.0))
    heading = rng.choice(("Närvarande", "Beslutande", "Närvarande ledamöter och ersättare"))
    label = rng.random() < 0.4  # the heading as a label in a left column, beside the first name
    x = 110.0 if label else 0.0
    if not label:
        P.heading_line(f, heading, before=10)
        if rng.random() < 0.5:
            f.row([(0, "Namn"), (fn_x, "Funktion")], bold=True, keep=1)
    for k, s in enumerate(m.seats):
        cells = [(x, named(s)), (x + fn_x, function_cell(s, tjg))]
        if label and k == 0:
            cells.insert(0, (0, heading))
        P.record(f, f.row(cells, before=10 if label and k == 0 else 0), s)
    heading = rng.choice(("Övriga deltagande", "Övriga närvarande"))
    name_title_rows(f, heading, m.officials, col=x, gap=fn_x, label=label)
    note_taker(f, m, rng.choice(("Vid tangenterna:", "Protokollförare:", "Vid tangenterna")), col=fn_x)
    P.record_justerare(f, f.line("Utses att justera", bold=True, before=8, cells=((fn_x, m.justerare.name, False),)), m)
    board_page_one(f, m, col=fn_x)
    P.signature_box(f, m, col=fn_x)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m, date_form="long"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


def wrapped_label(label: str, width: int) -> list[str]:
    """A label cut into lines of at most ``width`` characters, as a narrow table cell wraps it."""
    out: list[str] = []
    for word in label.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


@variant(
    "board",
    "r_narvarande_ej_tjg",
    "r_ej_tjg",
    "r_role_heading",
    "r_tjg_for",
    "r_ersatter",
    "r_party",
    "r_absent",
    "r_name_title_columns",
    "r_ovriga_narvarande",
    "h_para",
    "d_beslut",
    "date_iso",
)
def board_wrapped_labels(rng: random.Random) -> Rendered:
    """Page one as a label column whose long labels wrap over two lines beside the entries
    ("Närvarande ej" / "tjänstgörande ersättare"): "Beslutande ledamöter", "Tjänstgörande
    ersättare" ("X (S) ersätter Y (S)"), "Ej tjänstgörande ersättare" or "Närvarande ej
    tjänstgörande ersättare", "Anmält förhinder" (not participants), "Övriga närvarande"
    as names beside capitalised titles."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 2), spans=False)
    f = Flow(Style("vera", size=9.5, top=84, bottom=80))
    f.line("PROTOKOLL", bold=True, size=14)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Sammanträdesdatum {m.date.isoformat()}", before=6)
    col, width = 120.0, rng.choice((14, 16))
    ej = rng.choice(("Ej tjänstgörande ersättare", "Närvarande ej tjänstgörande ersättare"))
    voters = [s for s in m.seats if s.role != "ersättare"]
    groups: list[tuple[str, list[tuple[str, object]]]] = [
        ("Beslutande ledamöter", [(P.seat_text(s, org=None, party=True, role="rank"), s) for s in voters]),
        (
            "Tjänstgörande ersättare",
            [(P.seat_text(s, org=None, party=True, replaces="ersätter"), s) for s in m.seats if s.replaces],
        ),
        (ej, [(named(s), s) for s in m.seats if s.role == "ersättare" and not s.replaces]),
        ("Anmält förhinder", [(named(s), None) for s in m.absent]),
    ]
    for label, entries in groups:
        lines = wrapped_label(label, width)
        for k in range(max(len(lines), len(entries))):
            cells = []
            if k < len(entries):
                cells.append((col, entries[k][0]))
            if k < len(lines):
                cells.insert(0, (0, lines[k]))
            ln = f.row(cells, before=8 if k == 0 else 0, keep=len(lines) - 1 if k == 0 else 0)
            if k < len(entries) and entries[k][1] is not None:
                P.record(f, ln, entries[k][1])
    f.line("Övriga närvarande", bold=True, before=8, keep=1)
    for a in m.officials:
        P.record(f, f.row([(col, a.name), (col + 140, capital(a.title))]), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    board_page_one(f, m, col=col)
    P.signature_box(f, m, col=col)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_table_header",
    "r_table_ruled",
    "r_ersatter",
    "r_span",
    "r_party",
    "r_absent",
    "r_running_comma",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "date_short",
)
def board_roll_table(rng: random.Random) -> Rendered:
    """One ruled table "Namn | Parti | Roll | §": the role cell "Ordförande", "Ledamot",
    "Ersättare" or "Ersätter Y" (a serving substitute, who replaces Y), the § cell the items
    attended ("§§ 45–49", "45–49" or empty); "Frånvarande:" as a comma list (not
    participants); "Närvarande tjänstepersoner" as a ruled "Namn | Titel" table."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 2), spans=True)
    f = Flow(Style(rng.choice(("helvetica", "times")), size=9.5, top=84, bottom=80))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll {m.organ}", bold=True, size=12, before=2)
    f.line(f"Datum: {C.fmt_date(m.date, 'short')}", before=6)
    f.line(f"Plats: {m.place}, kl. {m.time}")
    first, last = m.items[0].number, m.items[-1].number
    bare = rng.random() < 0.5
    rows = []
    for s in m.seats:
        if s.replaces:
            role = f"Ersätter {s.replaces.name}"
        elif s.role == "vice ordförande":
            role = "Vice ordförande"
        else:
            role = capital(s.role)
        span = s.span or (f"§§ {first}–{last}" if rng.random() < 0.6 else "")
        if bare and span:
            span = span.replace("§§ ", "")
        rows.append(([s.name, s.party or "", role, span], s))
    P.table(f, ["Namn", "Parti", "Roll", "§"], rows, [0, 160, 200, 360], ruled=True, size=9, before=10)
    if m.absent:
        f.para("Frånvarande: " + ", ".join(named(s) for s in m.absent), before=8)
    P.heading_line(f, "Närvarande tjänstepersoner")
    P.table(f, ["Namn", "Titel"], [([a.name, a.title], a) for a in m.officials], [0, 160], ruled=True, before=2)
    board_page_one(f, m, col=160)
    P.signature_box(f, m, col=160, labels=("Ordförande", "Justerare", "Sekreterare"))
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m, date_form="short"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "minutes",
    "r_antecknare",
    "r_inbjudna",
    "r_ovriga_narvarande",
    "r_name_title_columns",
    "r_role_paren",
    "r_absent",
    "r_one_per_line",
    "h_dot",
    "d_sentences",
    "date_weekday",
)
def minutes_note_taker(rng: random.Random) -> Rendered:
    """Minnesanteckningar: "Deltagare" one "Name, title, Organisation" a line, the chair marked
    "(ordf)", "sammankallande" or "mötesordförande"; "Övriga deltagande" as names beside
    capitalised titles; "Inbjudna" with the note-taker among the guests; "Vid tangenterna:
    Name" (or "Vid pennan", "Antecknat av", "Antecknare", "Sekreterare"): the note-taker is
    both an invited guest and the secretary; "Frånvarande" (not participants)."""
    m = minutes_meeting(rng, Cast(rng), officials=3, guests=rng.randint(1, 2))
    f = Flow(Style(rng.choice(("vera", "times"))))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=4)
    f.line(C.fmt_date(m.date, "weekday").capitalize(), before=8)
    f.line(f"{m.time}, {m.place}")
    chair = rng.choice((" (ordf)", ", sammankallande", " (sammankallande)", ", mötesordförande"))
    titles = m.extra["titles"]
    member_lines(
        f,
        rng.choice(("Deltagare:", "Närvarande:")),
        m,
        lambda s: f"{s.name}, {titles[s.person]}, {s.org}" + (chair if s.role == "ordförande" else ""),
    )
    name_title_rows(f, "Övriga deltagande", m.officials[1:], col=0, gap=200, label=False)
    invited = [*m.guests, replace(m.secretary, role="övrig")]
    P.roster_lines(f, "Inbjudna:", invited, lambda a: f"{a.name}, {a.title}, {a.org}")
    P.heading_line(f, "Frånvarande:")
    for s in m.absent:
        f.line(f"{s.name}, {s.org}")
    label = rng.choice(("Vid tangenterna:", "Vid pennan:", "Antecknat av:", "Antecknare:", "Sekreterare:"))
    note_taker(f, m, label, col=110)
    items_council(f, m, rng, Decisions(form="past"), "dot", indent=22)
    return Rendered(
        f, P.furniture_region(P.REGION_FOOTER, "sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


@variant(
    "board",
    "r_role_before",
    "r_role_name_org",
    "r_tjg_for",
    "r_party",
    "r_adjungerade",
    "r_guests",
    "r_absent",
    "r_name_title_columns",
    "h_finnish",
    "d_beslut",
    "date_dotted",
)
def board_role_rows(rng: random.Random) -> Rendered:
    """Every seat a row with its function first, no header, no rulings: "Ordförande | Name
    (S)", "Ledamot | Name (M)", "Tjg ersättare | Name (C) för Y", "Ersättare | Name (L)";
    "Adjungerade" from the county board (guests, "Name (title), Organisation"); "Frånvarande"
    rows with their function (not participants); officials as names beside capitalised titles
    under "Tjänstepersoner"; items "45 §"."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, absent_listed=rng.randint(1, 2), spans=False)
    f = Flow(Style(rng.choice(("vera", "courier")), size=9))
    f.line(m.org, bold=True, size=12)
    f.line(f"{m.organ} – protokoll", bold=True, size=12, before=4)
    f.line(f"Sammanträdesdag: {C.fmt_date(m.date, 'dotted')}", before=6)
    f.line(f"Plats: {m.place}, {m.time}")
    col = 130.0
    short = rng.random() < 0.5
    P.heading_line(f, "Närvarande", before=10)
    for s in m.seats:
        if s.replaces:
            fn, text = ("Tjg ers" if short else "Tjg ersättare"), f"{named(s)} för {s.replaces.name}"
        elif s.role == "vice ordförande":
            fn, text = f"{s.rank} vice ordf" if short else f"{s.rank} vice ordförande", named(s)
        else:
            fn, text = {"ordförande": "Ordf" if short else "Ordförande"}.get(s.role, capital(s.role)), named(s)
        P.record(f, f.row([(0, fn), (col, text)]), s)
    guests = [
        replace(a, role="övrig")
        for a in (
            Attendee(cast.person(), "övrig", rng.choice((C.LANSSTYRELSEN, C.RF_SISU)), rng.choice(GUEST_TITLES))
            for _ in range(rng.randint(1, 2))
        )
    ]
    P.heading_line(f, rng.choice(("Adjungerade", "Adjungerad")) if len(guests) == 1 else "Adjungerade")
    for a in guests:
        P.record(f, f.line(f"{a.name} ({a.title}), {a.org}", x=col), a)
    P.heading_line(f, "Frånvarande")
    for s in m.absent:
        f.row([(0, capital(s.role)), (col, named(s))])
    P.heading_line(f, "Tjänstepersoner")
    for a in m.officials:
        P.record(f, f.row([(col, a.name), (col + 150, capital(a.title))]), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((col, m.justerare.name, False),)), m)
    board_page_one(f, m, col=col)
    P.signature_box(f, m, col=col)
    board_items(f, m, rng, form="finnish")
    return Rendered(f, P.furniture_board(m, date_form="dotted"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "council",
    "r_family_first",
    "r_role_paren",
    "r_vakant",
    "r_absent",
    "r_adjungerade",
    "r_org_short",
    "r_one_per_line",
    "h_dot",
    "d_sentences",
    "date_iso",
)
def council_mixed_names(rng: random.Random) -> Rendered:
    """One "Närvarande" list, a seat a line: "Efternamn, Förnamn, Org (ordf)" in some lines and
    "Förnamn Efternamn, Org (vice ordf)" in others, "(ers)" for substitutes, "Vakant, Org" for an
    empty seat; "Anmält förhinder:" as a comma list (not participants); "Adjungerade" with the
    title in brackets ("Name (title), Organisation", the county board written "Länsstyrelsen
    Örebro" in some); officials "Name, title" a line."""
    m = council_meeting(rng, Cast(rng), vacancies=rng.randint(1, 2), absent=rng.randint(1, 2))
    f = Flow(Style("vera", size=9.5))
    f.line("Protokoll", bold=True, size=16)
    f.line(m.organ, bold=True, size=12, before=2)
    f.line(f"Datum: {m.date.isoformat()}", before=6)
    f.line(f"Tid och plats: {m.time}, {m.place}")
    share = rng.choice((0.4, 0.6))
    org = rng.choice(("full", "short"))
    P.heading_line(f, rng.choice(("Närvarande", "Närvarande ledamöter och ersättare")))
    for s in m.seats:
        if s.person is None:
            f.line(f"Vakant, {P.org_as(s.org, org)}")
            continue
        text = P.seat_text(s, org=org, role="paren", family_first=rng.random() < share, span=False)
        P.record(f, f.line(text), s)
    if m.absent:
        f.para("Anmält förhinder: " + ", ".join(f"{s.name} ({P.org_as(s.org, 'short')})" for s in m.absent), before=8)
    P.heading_line(f, "Adjungerade")
    for a in m.guests:
        org = rng.choice(("Länsstyrelsen Örebro", a.org)) if a.org == C.LANSSTYRELSEN else a.org
        P.record(f, f.line(f"{a.name} ({a.title}), {org}"), a)
    P.roster_lines(f, "Tjänstepersoner", m.officials, lambda a: f"{a.name}, {a.title}")
    items_council(f, m, rng, Decisions(form="past"), "dot", indent=22)
    r = Rendered(f, P.furniture_region(P.REGION_FOOTER), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)
    return r


@variant(
    "board",
    "r_role_heading",
    "r_ej_tjg",
    "r_party",
    "r_absent",
    "r_ovriga_narvarande",
    "r_role_before",
    "r_val_av_justerare",
    "h_para_tight",
    "d_beslut_colon",
    "date_iso",
)
def board_counted_headings(rng: random.Random) -> Rendered:
    """Role headings with their count or a qualifier in brackets: "Ledamöter (9)", "Tjänstgörande
    ersättare (2)" (each "Name (S) tjg för Y"), "Ersättare (ej tjänstgörande)" with "Name (M)
    tjg"-less lines, "Frånvarande (1)" (not participants); officials as "Kommundirektör: Name"
    under "Övriga närvarande"; items "§45"."""
    m = board_meeting(rng, Cast(rng), absent_listed=rng.randint(1, 2), spans=False)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5))
    f.line(f"Protokoll {m.organ.lower()}", bold=True, size=14)
    f.line(m.org, size=10, before=2)
    f.line(f"Datum {m.date.isoformat()}, {m.time}, {m.place}", before=6)
    voters = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    others = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    sep = rng.choice((":", ""))
    P.roster_lines(
        f, f"Ledamöter ({len(voters)}){sep}", voters, lambda s: P.seat_text(s, org=None, party=True, role="rank")
    )
    P.roster_lines(
        f,
        f"Tjänstgörande ersättare ({len(serving)}){sep}",
        serving,
        lambda s: f"{named(s)} tjg för {s.replaces.name}",
    )
    word = rng.choice(("", " tjg", " ej tjg"))
    P.roster_lines(
        f, f"Ersättare (ej tjänstgörande){sep}", others, lambda s: named(s) + (word if word != " tjg" else "")
    )
    P.heading_line(f, f"Frånvarande ({len(m.absent)}){sep}")
    for s in m.absent:
        f.line(named(s))
    P.roster_lines(f, "Övriga närvarande", m.officials, lambda a: f"{capital(a.title)}: {a.name}")
    P.record_justerare(f, f.line(f"Justerare: {m.justerare.name}", before=8), m)
    P.signature_box(f, m, columns=3, heading="Underskrifter")
    board_items(f, m, rng, form="tight")
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_running_comma",
    "r_family_first",
    "r_role_after",
    "r_ersatter",
    "r_party",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "date_long",
)
def board_running_family_first(rng: random.Random) -> Rendered:
    """Running-text rosters of commas in which the first entry, and some others, are written
    "Efternamn, Förnamn (S), ordförande"; serving substitutes with whom they replace in brackets
    ("Name (C) (ersätter Y)"); officials "Name, title" in running text."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("times", "vera")), size=10))
    f.line(m.org, bold=True, size=12)
    f.line("Sammanträdesprotokoll", bold=True, size=14, before=6)
    f.line(m.organ, bold=True, size=11, before=2)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'long')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    ff = {id(s): k == 0 or rng.random() < 0.4 for k, s in enumerate(m.seats)}

    def seat(s: Seat) -> str:
        text = P.seat_text(s, org=None, party=True, role="rank", family_first=ff[id(s)], replaces="", span=False)
        return f"{text} (ersätter {s.replaces.name})" if s.replaces else text

    groups = [
        ("Beslutande:", [s for s in m.seats if s.role != "ersättare"]),
        ("Tjänstgörande ersättare:", [s for s in m.seats if s.replaces]),
        ("Ersättare:", [s for s in m.seats if s.role == "ersättare" and not s.replaces]),
    ]
    for heading, seats in groups:
        running_entries(
            f, heading, [seat(s) for s in seats], lambda k, ln, seats=seats: P.record(f, ln, seats[k]), sep=", "
        )
    running_entries(
        f,
        "Övriga närvarande:",
        [f"{a.name}, {a.title}" for a in m.officials],
        lambda k, ln: P.record(f, ln, m.officials[k]),
        sep=", ",
    )
    P.record_justerare(f, f.para(f"Utses att justera: {m.justerare.name}", before=6)[0], m)
    P.signature_box(f, m, columns=2, labels=("Ordförande", "Justerare", "Sekreterare"))
    board_items(f, m, rng)
    return Rendered(
        f, P.furniture_board(m, date_form="long"), m.kind, "Sammanträdesprotokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "board",
    "r_side_by_side",
    "r_role_heading",
    "r_tjg_for",
    "r_party",
    "r_name_title_columns",
    "r_ovriga_narvarande",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "date_short",
)
def board_columns_then_officials(rng: random.Random) -> Rendered:
    """The roster in two page columns -- "Ledamöter" down the left, "Ersättare" and half-way
    down "Tjänstgörande ersättare" ("Name (S) för Y (S)") down the right -- and right under
    them, at the same spacing, "Övriga deltagande" as names beside capitalised titles whose
    column lines up with the right page column."""
    m = board_meeting(rng, Cast(rng), spans=False, members=rng.randint(9, 11))
    f = Flow(Style(rng.choice(("helvetica", "vera")), size=9.5))
    f.line(m.org.upper(), bold=True, size=11)
    f.line(f"{m.organ}", bold=True, size=13, before=6)
    f.line(f"Sammanträde {C.fmt_date(m.date, 'short')}, {m.time}, {m.place}", before=4)
    voters = [s for s in m.seats if s.role != "ersättare"]
    serving = [s for s in m.seats if s.replaces]
    others = [s for s in m.seats if s.role == "ersättare" and not s.replaces]
    fmt = lambda s: P.seat_text(s, org=None, party=True, role="comma", span=False)  # noqa: E731
    left = [("Ledamöter", None), *((fmt(s), s) for s in voters)]
    right = [
        ("Ersättare", None),
        *((fmt(s), s) for s in others),
        ("Tjänstgörande ersättare", None),
        *((f"{named(s)} för {s.replaces.name} ({s.replaces_party})", s) for s in serving),
    ]
    side_by_side(f, [left, right], [0, 240], before=10)
    heading = rng.choice(("Övriga deltagande", "Övriga närvarande"))
    f.line(heading, bold=False, before=rng.choice((0.0, 2.0)), keep=1)
    for a in m.officials:
        P.record(f, f.row([(0, a.name), (240, capital(a.title))]), a)
    P.record_justerare(f, f.line("Justerare", bold=True, before=8, cells=((120, m.justerare.name, False),)), m)
    P.signature_box(f, m, col=120)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m, date_form="short"), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_side_by_side",
    "r_role_heading",
    "r_role_after",
    "r_party",
    "r_ovriga_narvarande",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "date_iso",
)
def board_two_blocks(rng: random.Random) -> Rendered:
    """Page one in two page columns: "Beslutande" down the left ("Name (S), ordförande"),
    "Övriga närvarande" ("Name, title") and "Ersättare" down the right; under them the
    signature box as captions beside names ("Sekreterare  Name") whose names stand at another
    x than the right page column."""
    m = board_meeting(rng, Cast(rng), spans=False)
    f = Flow(Style(rng.choice(("vera", "times")), size=9.5))
    f.line(f"{m.organ}, {m.org}", bold=True, size=12)
    f.line(f"Protokoll {C.fmt_date(m.date, 'iso')}", before=6)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    voters = [s for s in m.seats if s.role != "ersättare" or s.replaces]
    fmt = lambda s: P.seat_text(s, org=None, party=True, role="comma", span=False)  # noqa: E731
    left = [("Beslutande", None), *((fmt(s), s) for s in voters)]
    right = [
        ("Övriga närvarande", None),
        *((f"{a.name}, {a.title}", a) for a in m.officials),
        ("Ersättare", None),
        *((named(s), s) for s in m.seats if s.role == "ersättare" and not s.replaces),
    ]
    side_by_side(f, [left, right], [0, rng.choice((250.0, 270.0))], before=10)
    P.signature_box(f, m, col=rng.choice((150.0, 170.0)))
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_side_by_side",
    "r_absent",
    "r_role_after",
    "r_tjg_for",
    "r_party",
    "r_ovriga_narvarande",
    "r_sig_box",
    "h_para",
    "d_beslut",
    "date_weekday",
)
def board_present_absent_columns(rng: random.Random) -> Rendered:
    """Those there and those not side by side: "Närvarande ledamöter" (or "Beslutande") down
    the left, "Anmält förhinder" (or "Frånvarande") down the right (not participants); then
    "Ersättare" one a line (the serving ones "tjänstgörande ersättare för Y"), "Övriga
    närvarande" as "Name, title", among them an elected guest whose seat elsewhere is the
    title ("Name (S), ledamot i kommunfullmäktige": övrig)."""
    cast = Cast(rng)
    m = board_meeting(rng, cast, spans=False, absent_listed=rng.randint(2, 3))
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=9.5))
    f.line(m.org, bold=True, size=12)
    f.line(f"Protokoll från {m.organ.lower()}", bold=True, size=13, before=4)
    f.line(C.fmt_date(m.date, "weekday").capitalize() + f", {m.time}", before=6)
    voters = [s for s in m.seats if s.role != "ersättare"]
    left = [(P.seat_text(s, org=None, party=True, role="comma", span=False), s) for s in voters]
    right = [(named(s), None) for s in m.absent]
    heads = [rng.choice(("Närvarande ledamöter", "Beslutande")), rng.choice(("Anmält förhinder", "Frånvarande"))]
    side_by_side(f, [left, right], [0, rng.choice((250.0, 280.0))], header=heads, before=10)
    subs = [s for s in m.seats if s.role == "ersättare"]
    P.roster_lines(f, "Ersättare", subs, lambda s: P.seat_text(s, org=None, party=True, span=False))
    seat = rng.choice(("kommunstyrelsens ordförande", "ledamot i kommunfullmäktige", "ersättare i kommunstyrelsen"))
    elected = Attendee(cast.person(), "övrig", m.org, seat)  # an elected guest: a seat elsewhere is a title
    party = cast.party()
    P.roster_lines(
        f,
        "Övriga närvarande",
        [*m.officials, elected],
        lambda a: f"{a.name} ({party}), {a.title}" if a is elected else f"{a.name}, {a.title}",
    )
    P.signature_box(f, m, col=150)
    board_items(f, m, rng)
    return Rendered(f, P.furniture_board(m), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org)
