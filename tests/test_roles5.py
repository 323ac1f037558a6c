"""Roles of a roster's people, by the gold's conventions (tests/zoo/parts.py): one entry per
(person, role); the justerare is "justerare" besides their seat; the secretary listed among the
officials is "tjänsteperson" too (among the guests "övrig"); a vice chair is "vice ordförande"
however written; serving substitutes are "ersättare"; officials are "tjänsteperson".  Each rule
on a table of sentences or of small roster sections."""

from __future__ import annotations

import pytest

from pipeline.parse.people import parse_entry, parse_person_line, parse_roster, sub_label_role, vice_chair_forms
from pipeline.records import Line, RosterSection


def roles(*sections: tuple[str, str | None, tuple[str, ...]]) -> set[tuple[str, str]]:
    """(name, role) of every participant the roster sections give."""
    built = [
        RosterSection(heading=heading, role=role, lines=tuple(Line(text=t, page=1, x0=70) for t in texts))
        for heading, role, texts in sections
    ]
    return {(p.name, p.role) for p in parse_roster(built)}


def read_text_protocol(tmp_path, text: str) -> set[tuple[str, str]]:
    """(name, role) of every participant `parse` gives a text protocol, read as `extract` reads a file."""
    from pipeline.extract import extract
    from pipeline.parse import parse

    path = tmp_path / "protokoll.txt"
    path.write_text(text)
    return {(p.name, p.role) for p in parse(extract(path)).participants}


MEMBERS = ("Anna Öberg (S), ordförande", "Mikko Laine (M)", "Leyla Haddad (V)")


# --------------------------------------------------------------------------- justerare beside a seat
@pytest.mark.parametrize(
    "entry",
    [
        "Kalle Nyström (S), justerare",
        "Kalle Nyström (S) (justerare)",
        "Kalle Nyström (S) justerare",
        "Kalle Nyström (S), protokolljusterare",
        "Kalle Nyström (S) – justerare",
    ],
)
@pytest.mark.parametrize(("heading", "role"), [("Ledamöter", "ledamot"), ("Beslutande", None)])
def test_a_member_marked_justerare_is_a_ledamot_and_the_justerare(entry, heading, role):
    got = roles((heading, role, (*MEMBERS, entry)))
    assert {("Kalle Nyström", "ledamot"), ("Kalle Nyström", "justerare")} <= got


def test_a_substitute_marked_justerare_keeps_the_seat():
    got = roles(("Ledamöter", "ledamot", MEMBERS), ("Ersättare", "ersättare", ("Bo Kask (S), justerare",)))
    assert {("Bo Kask", "ersättare"), ("Bo Kask", "justerare")} <= got


@pytest.mark.parametrize(
    "entry", ["Per-Erik Wahl (M), vice ordförande (justerare)", "Per-Erik Wahl (M), 2:e vice ordförande, justerare"]
)
def test_a_vice_chair_marked_justerare_is_both(entry):
    p, also = parse_entry(entry, "ledamot")
    assert p is not None and p.role == "vice ordförande" and also == ("justerare",)
    assert {("Per-Erik Wahl", "vice ordförande"), ("Per-Erik Wahl", "justerare")} <= roles(
        ("Ledamöter", "ledamot", (*MEMBERS, entry))
    )


def test_a_justerare_named_with_a_seat_has_the_seat_too():
    got = roles(("Justerare", "justerare", ("Per-Erik Wahl (M), vice ordförande",)))
    assert got == {("Per-Erik Wahl", "justerare"), ("Per-Erik Wahl", "vice ordförande")}


def test_a_chairs_caption_over_a_justerare_adds_no_chair():
    # a signature box's "Ordförande" caption section is no seat a justerare holds
    assert roles(("Ordförande", "ordförande", ("Kalle Nyström justerare",))) == {("Kalle Nyström", "justerare")}


def test_a_plain_justerare_entry_adds_no_seat():
    assert roles(("Justerare", "justerare", ("Kalle Nyström (S)",))) == {("Kalle Nyström", "justerare")}


# --------------------------------------------------------------------------- the secretary among others
@pytest.mark.parametrize("heading", ["Tjänstepersoner", "Tjänstemän", "Närvarande tjänstepersoner"])
def test_the_secretary_among_the_officials_is_an_official_too(heading):
    got = roles((heading, "tjänsteperson", ("Jenny Falk, kommundirektör", "Tove Rask, utredare (antecknare)")))
    assert {("Tove Rask", "tjänsteperson"), ("Tove Rask", "sekreterare"), ("Jenny Falk", "tjänsteperson")} <= got


def test_the_secretary_stated_among_the_others_present_is_the_secretary_only():
    # the golden files' and the real protocols' convention: "Övriga närvarande" / "Lisa Ek, sekreterare"
    got = roles(("Övriga närvarande", "övrig", ("Jenny Falk, kommundirektör", "Tove Rask, sekreterare")))
    assert got == {("Jenny Falk", "tjänsteperson"), ("Tove Rask", "sekreterare")}


def test_an_official_whose_job_is_the_minutes_is_both():
    got = roles(("Övriga närvarande", "övrig", ("Tove Rask, nämndsekreterare",)))
    assert got == {("Tove Rask", "tjänsteperson"), ("Tove Rask", "sekreterare")}


# --------------------------------------------------------------------------- vice chairs however written
@pytest.mark.parametrize(
    "written",
    [
        "1:a vice ordförande",
        "första vice ordförande",
        "andra vice ordförande",
        "2:a vice ordf",
        "förste v. ordf.",
        "v. ordförande",
        "v.ordf.",
        "vordf",
        "vice-ordförande",
        "1:e vice",
        "II vice ordförande",
        "2:e vice ordförande",
    ],
)
def test_a_vice_chair_however_written(written):
    assert written.casefold() in vice_chair_forms()
    for entry in (f"Per-Erik Wahl (M), {written}", f"Per-Erik Wahl (M) ({written})"):
        p = parse_person_line(entry, "ledamot")
        assert p is not None and (p.name, p.role) == ("Per-Erik Wahl", "vice ordförande"), entry


@pytest.mark.parametrize("written", ["1:a vice ordförande", "Förste v. ordf.", "V. ordförande"])
def test_a_vice_chair_written_before_the_name(written):
    p = parse_person_line(f"{written} Per-Erik Wahl (M)", "ledamot")
    assert p is not None and (p.name, p.role) == ("Per-Erik Wahl", "vice ordförande")


# --------------------------------------------------------------------------- a label inside a section
@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Närvarande ersättare (ej tjänstgörande)", "ersättare"),
        ("Tjänstgörande ersättare för frånvarande ledamöter", "ersättare"),
        ("Övriga ersättare", "ersättare"),
        ("Ersättare som tjänstgör", "ersättare"),
        ("Övriga närvarande tjänstemän", "tjänsteperson"),
        ("Ej närvarande ledamöter", "absent"),
        ("Anna Öberg (S)", None),
        ("Tjänstgörande ersättare för Olle Dahl", None),  # a role cell naming the member: no label
    ],
)
def test_the_role_a_label_gives_the_entries_under_it(label, role):
    assert sub_label_role(label) == role


def test_entries_under_a_label_inside_a_section_take_its_role():
    got = roles(
        (
            "Ledamöter",
            "ledamot",
            (*MEMBERS, "Närvarande ersättare (ej tjänstgörande)", "Sara Lind (S)", "Bo Kask (M)"),
        )
    )
    assert {("Sara Lind", "ersättare"), ("Bo Kask", "ersättare"), ("Mikko Laine", "ledamot")} <= got


# --------------------------------------------------------------------------- officials among members
def test_an_official_title_without_a_party_among_members_with_parties_is_an_official():
    got = roles(("Beslutande", None, (*MEMBERS, "Jenny Falk, kommundirektör", "Olli Virtanen, ekonomichef")))
    assert {("Jenny Falk", "tjänsteperson"), ("Olli Virtanen", "tjänsteperson"), ("Mikko Laine", "ledamot")} <= got


def test_members_with_job_titles_and_no_parties_stay_members():
    # an officials' group (a chefsgrupp): its members are officials by title, and members
    got = roles(
        (
            "Närvarande",
            None,
            (
                "Lisa Sund, områdeschef, Region Örebro län (ordf)",
                "Jenny Falk, förvaltningschef, Kumla kommun",
                "Olli Virtanen, folkhälsostrateg, Nora kommun",
            ),
        )
    )
    assert {("Jenny Falk", "ledamot"), ("Olli Virtanen", "ledamot")} <= got


def test_an_elected_title_among_members_stays_a_member():
    got = roles(("Beslutande", None, (*MEMBERS, "Jenny Falk, kommunalråd")))
    assert ("Jenny Falk", "ledamot") in got


# --------------------------------------------------------------------------- headings and stand-ins
@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Dessutom närvarande", "övrig"),
        ("Även närvarande", "övrig"),
        ("Övriga medverkande", "övrig"),
        ("Föredragande", "tjänsteperson"),
        ("Föredragande tjänstemän", "tjänsteperson"),
        ("Tjg. ersättare", "ersättare"),
        # function labels beside names, read as headings of the names beside them
        ("1:a vice ordförande", "vice ordförande"),
        ("Förste v. ordf.", "vice ordförande"),
        ("II vice ordförande", "vice ordförande"),
        ("Tjänsteperson", "tjänsteperson"),
        ("Tjänsteman", "tjänsteperson"),
    ],
)
def test_headings_of_officials_substitutes_and_functions(heading, role):
    from pipeline.parse.segment import roster_heading

    found = roster_heading(heading)
    assert found is not None and found[1] == role


@pytest.mark.parametrize(
    "entry", ["Sara Lind (S) i st f Olle Dahl (S)", "Sara Lind (S), i st.f. Olle Dahl", "Sara Lind (S) istf Olle Dahl"]
)
def test_i_st_f_abbreviates_i_stallet_for(entry):
    p = parse_person_line(entry, "ledamot")
    assert p is not None and (p.name, p.role, p.replaces) == ("Sara Lind", "ersättare", "Olle Dahl")


# --------------------------------------------------------------------------- a capitalised role after the name
@pytest.mark.parametrize("role", ["II vice ordförande", "Förste vice ordförande", "Vice ordförande"])
def test_a_capitalised_role_after_the_name_ends_its_own_entry_one_a_line(role):
    got = roles(
        ("Ledamöter", "ledamot", ("Anna Öberg (S), ordförande", f"Per-Erik Wahl (M), {role}", "Leyla Haddad (V)"))
    )
    assert got == {("Anna Öberg", "ordförande"), ("Per-Erik Wahl", "vice ordförande"), ("Leyla Haddad", "ledamot")}


def test_running_text_that_puts_roles_first_still_goes_on_over_the_line_break():
    got = roles(
        ("Ledamöter", "ledamot", ("Ordförande Lo Ek (S), II vice ordförande", "Kim Berg (M), Ledamot Eva Ny (C)"))
    )
    assert got == {("Lo Ek", "ordförande"), ("Kim Berg", "vice ordförande"), ("Eva Ny", "ledamot")}


# --------------------------------------------------------------------------- function columns beside names
FUNCTION_COLUMN = """Kumla kommun
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2025-03-04

Närvarande
| Ordförande | Anna Öberg | S |
| 1:a vice ordförande | Per-Erik Wahl | M |
| Ledamot | Mikko Laine | M |
| Ersättare | Sara Lind | S |
| Tjänsteperson | Jenny Falk | kommundirektör |

§ 1 Budget 2026
Kommunstyrelsen beslutar att godkänna budgeten.
"""


def test_a_function_column_gives_each_row_its_role(tmp_path):
    got = read_text_protocol(tmp_path, FUNCTION_COLUMN)
    assert got == {
        ("Anna Öberg", "ordförande"),
        ("Per-Erik Wahl", "vice ordförande"),
        ("Mikko Laine", "ledamot"),
        ("Sara Lind", "ersättare"),
        ("Jenny Falk", "tjänsteperson"),
    }


# --------------------------------------------------------------------------- a role column written once per group
def group_table(header: str | None) -> str:
    rows = [
        ("Anna Öberg", "S", "Ordförande"),
        ("Mikko Laine", "M", "Ledamot"),
        ("Leyla Haddad", "V", ""),
        ("Sara Lind", "S", "Ersättare"),
        ("Bo Kask", "M", ""),
    ]
    lines = [f"| {header} |"] if header else []
    lines += [
        "| " + " | ".join(c for c in row if c) + " |" if not row[2] else "| " + " | ".join(row) + " |" for row in rows
    ]
    return (
        "Kumla kommun\nPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2025-03-04\n\nNärvarande\n"
        + "\n".join(lines)
        + ("\n\n§ 1 Budget 2026\nKommunstyrelsen beslutar att godkänna budgeten.\n")
    )


@pytest.mark.parametrize(
    "header", [None, "Namn | Parti | Befattning", "Namn | Parti | Tjänstgöring", "Namn | Parti | Funktion"]
)
def test_a_role_column_written_once_per_group_holds_for_the_rows_under_it(tmp_path, header):
    got = read_text_protocol(tmp_path, group_table(header))
    assert got == {
        ("Anna Öberg", "ordförande"),
        ("Mikko Laine", "ledamot"),
        ("Leyla Haddad", "ledamot"),
        ("Sara Lind", "ersättare"),
        ("Bo Kask", "ersättare"),
    }


def test_a_role_written_for_some_rows_only_is_no_group_column():
    # only the officers marked: the members under the chair are members
    from pipeline.parse.layout import rows
    from pipeline.parse.people import _group_role_column

    lines = [
        Line(text="Anna Öberg", page=1, x0=70, top=100),
        Line(text="ordförande", page=1, x0=300, top=100),
        Line(text="Mikko Laine", page=1, x0=70, top=115),
        Line(text="Leyla Haddad", page=1, x0=70, top=130),
    ]
    assert _group_role_column(rows(lines)) is None


TICKS = """Kumla kommun
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2025-03-04

Närvarande
| Namn | Parti | Led | Ers |
| Anna Öberg | S | x | |
| Mikko Laine | M | x | |
| Sara Lind | S | | x |

§ 1 Budget 2026
Kommunstyrelsen beslutar att godkänna budgeten.
"""


def test_led_and_ers_tick_columns(tmp_path):
    got = read_text_protocol(tmp_path, TICKS)
    assert got == {("Anna Öberg", "ledamot"), ("Mikko Laine", "ledamot"), ("Sara Lind", "ersättare")}


# --------------------------------------------------------------------------- seats side by side under a header
def seat_table(header: tuple[str, ...]) -> RosterSection:
    xs = (70.0, 150.0, 330.0) if len(header) == 3 else (70.0, 250.0)

    def cell(text: str, x: float, y: float, bold: bool = False) -> Line:
        return Line(text=text, page=1, x0=x, top=y, x1=x + 5 * len(text), bottom=y + 10, size=10.0, bold=bold)

    lines = [cell(h, x, 100.0, True) for h, x in zip(header, xs, strict=True)]
    seats = [
        ("S", "Anna Öberg, ordförande", "Sara Lind"),
        ("M", "Mikko Laine", "Bo Kask"),
        ("V", "Leyla Haddad", "Mia Lax"),
    ]
    for i, seat in enumerate(seats):
        row = seat if len(header) == 3 else seat[1:]
        lines += [cell(t, x, 115.0 + 15 * i) for t, x in zip(row, xs, strict=True)]
    return RosterSection(heading="Närvarande", role=None, lines=tuple(lines))


@pytest.mark.parametrize(
    "header",
    [
        ("Parti", "Ledamöter", "Ersättare"),
        ("Parti", "Ordinarie", "Ersättare"),
        ("Parti", "Ledamot", "Ersättare:"),
        ("Ledamot", "Ersättare"),
    ],
)
def test_a_header_names_the_seat_of_each_page_column(header):
    got = {(p.name, p.role) for p in parse_roster([seat_table(header)])}
    assert got == {
        ("Anna Öberg", "ordförande"),
        ("Mikko Laine", "ledamot"),
        ("Leyla Haddad", "ledamot"),
        ("Sara Lind", "ersättare"),
        ("Bo Kask", "ersättare"),
        ("Mia Lax", "ersättare"),
    }


@pytest.mark.parametrize("label", ["Parti", "Partibeteckning"])
def test_a_seats_party_cell_is_the_party_of_both_people_on_its_row(label):
    """ "S | Anna Öberg | Sara Lind": the member and the substitute of one seat are both of S; the
    party column is no party's group heading over the names below it."""
    got = {(p.name, p.party) for p in parse_roster([seat_table((label, "Ledamöter", "Ersättare"))])}
    assert got == {
        ("Anna Öberg", "S"),
        ("Sara Lind", "S"),
        ("Mikko Laine", "M"),
        ("Bo Kask", "M"),
        ("Leyla Haddad", "V"),
        ("Mia Lax", "V"),
    }


# --------------------------------------------------------------------------- co-opted officials
def test_the_publishers_own_officials_co_opted_stay_officials():
    from pipeline.parse.people import read_roster

    section = RosterSection(
        heading="Adjungerade",
        role="övrig",
        lines=tuple(
            Line(text=t, page=1, x0=70)
            for t in ("Jenny Falk, utvecklingsledare, Region Örebro län", "Olli Virtanen, handläggare, Länsstyrelsen")
        ),
    )
    got = {(p.name, p.role) for p in read_roster([section], owner="Region Örebro län")[0]}
    assert got == {("Jenny Falk", "tjänsteperson"), ("Olli Virtanen", "övrig")}


def test_invited_officials_are_guests_even_the_publishers_own():
    from pipeline.parse.people import read_roster

    section = RosterSection(
        heading="Inbjudna",
        role="övrig",
        lines=(Line(text="Jenny Falk, utvecklingsledare, Region Örebro län", page=1, x0=70),),
    )
    got = {(p.name, p.role) for p in read_roster([section], owner="Region Örebro län")[0]}
    assert got == {("Jenny Falk", "övrig")}


# --------------------------------------------------------------------------- the note-taker among the members
def test_the_secretary_a_front_label_names_among_the_members_is_an_official():
    from pipeline.parse.people import read_roster, secretary_holds_no_seat

    members = RosterSection(
        heading="Närvarande",
        role=None,
        lines=tuple(
            Line(text=t, page=1, x0=70)
            for t in (
                "Lisa Sund, områdeschef, Region Örebro län (ordf)",
                "Jenny Falk, förvaltningschef, Kumla kommun",
                "Olli Virtanen, utredare, Region Örebro län",
            )
        ),
    )
    note = RosterSection(heading="Antecknare", role="sekreterare", lines=(Line(text="Olli Virtanen", page=1, x0=70),))
    people = secretary_holds_no_seat(read_roster([members, note])[0], [members, note])
    got = {(p.name, p.role) for p in people}
    assert {("Olli Virtanen", "tjänsteperson"), ("Olli Virtanen", "sekreterare"), ("Jenny Falk", "ledamot")} <= got
    assert ("Olli Virtanen", "ledamot") not in got
    # a member who signs the notes at their end (no front label) took them as a member
    got = {(p.name, p.role) for p in secretary_holds_no_seat(read_roster([members, note])[0], [members])}
    assert ("Olli Virtanen", "ledamot") in got


# --------------------------------------------------------------------------- the justerare beside the chair
@pytest.mark.parametrize(
    "sentence",
    [
        "Kalle Nyström (S) utsågs att jämte ordförande justera protokollet.",
        "Protokollet justeras av ordförande och Kalle Nyström.",
        "Kalle Nyström utses att justera protokollet tillsammans med mötesordföranden.",
    ],
)
def test_the_justerare_elected_beside_the_chair_however_the_chair_is_written(sentence):
    from pipeline.parse.decisions import elections

    assert [(p.name, p.role) for p in elections(sentence)] == [("Kalle Nyström", "justerare")]
