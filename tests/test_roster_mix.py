"""Roster phenomena in combination (the zoo's rostermix.py): a running roster whose entries put
the role first or the organisation after a dash, cut at a line end; a member "ersatt av" a
substitute with the party after a comma."""

from __future__ import annotations

import pytest

from pipeline.parse.people import parse_person_line, parse_roster, split_entries
from pipeline.parse.segment import find_roster
from pipeline.records import Line, RosterSection


def running(heading: str, role: str, *texts: str) -> list[tuple[str, str]]:
    lines = tuple(Line(text=t, page=1, x0=70) for t in texts)
    return [(p.name, p.role) for p in parse_roster([RosterSection(heading=heading, role=role, lines=lines)])]


# "Name – Organisation" in running text: the dash ends the name, the entry starts there.
@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Lo Ek – Askersunds kommun, Kim Berg – Hallsbergs kommun och Eva Ny – Region Örebro län",
            ["Lo Ek – Askersunds kommun", "Kim Berg – Hallsbergs kommun", "Eva Ny – Region Örebro län"],
        ),
        (
            "Lo Ek (S) – Kumla kommun (ordf), Kim Berg (M) – Nora kommun",
            ["Lo Ek (S) – Kumla kommun (ordf)", "Kim Berg (M) – Nora kommun"],
        ),
    ],
)
def test_a_name_before_a_dash_and_its_organisation_starts_an_entry(text, entries):
    assert split_entries(text) == entries


# "Y, S, ersatt av X, S": the party after a comma, then the substitute who took the seat.
@pytest.mark.parametrize(
    "line",
    [
        "Lo Ek, M, ersatt av Kim Nyberg, M",
        "Lo Ek, M, ersatt av Kim Nyberg, M, §§ 3–5",
        "Lo Ek, M ersatt av Kim Nyberg, M",
    ],
)
def test_a_member_with_the_party_after_a_comma_replaced_by_a_substitute(line):
    p = parse_person_line(line, "ledamot")
    assert p is not None and (p.name, p.role, p.party, p.replaces) == ("Kim Nyberg", "ersättare", "M", "Lo Ek")


# Running text cut at a line end where role-first entries or a dash before the organisation
# leave the entry unfinished: the next line goes on with it.
@pytest.mark.parametrize(
    ("heading", "role", "lines", "people"),
    [
        (
            "Ledamöter",
            "ledamot",
            ("Ordförande Lo Ek (S), Vice ordförande", "Kim Berg (M), Ledamot Eva Ny (C)"),
            [("Lo Ek", "ordförande"), ("Kim Berg", "vice ordförande"), ("Eva Ny", "ledamot")],
        ),
        (
            "Ledamöter",
            "ledamot",
            ("Ordförande Lo Ek (S), Ledamot Kim Berg (M), Ledamot Georg", "Ljungqvist (MP), Ledamot Eva Ny (C)"),
            [("Lo Ek", "ordförande"), ("Kim Berg", "ledamot"), ("Georg Ljungqvist", "ledamot"), ("Eva Ny", "ledamot")],
        ),
        (
            "Ersättare",
            "ersättare",
            ("Ersättare Kim Berg, Ersättare Per Ny, Ersättare Signe", "Östlund"),
            [("Kim Berg", "ersättare"), ("Per Ny", "ersättare"), ("Signe Östlund", "ersättare")],
        ),
        (
            "Ledamöter",
            "ledamot",
            ("Lo Ek – Askersunds kommun, Kim Berg –", "Hallsbergs kommun, Eva Ny – Nora kommun"),
            [("Lo Ek", "ledamot"), ("Kim Berg", "ledamot"), ("Eva Ny", "ledamot")],
        ),
    ],
)
def test_running_roster_cut_after_a_leading_role_or_a_dash_goes_on(heading, role, lines, people):
    assert running(heading, role, *lines) == people


def test_a_role_after_a_name_in_lower_case_ends_its_entry():
    """ "Lo Ek (S), vice ordförande" / "Kim Berg (M)": the role is Lo Ek's; Kim Berg an entry."""
    assert running("Ledamöter", "ledamot", "Per Ny (C), Lo Ek (S), vice ordförande", "Kim Berg (M), Eva Ny (C)") == [
        ("Per Ny", "ledamot"),
        ("Lo Ek", "vice ordförande"),
        ("Kim Berg", "ledamot"),
        ("Eva Ny", "ledamot"),
    ]


def test_a_label_beside_a_role_first_entry_is_no_row_of_headings_side_by_side():
    """ "Närvarande ledamöter | Ordförande Anna Ek, S": a label and its first entry, the role
    written first, on one row; not two headings side by side ("Ledamöter | Ersättare")."""

    def at(text: str, x: float, top: float, bold: bool = False) -> Line:
        return Line(text=text, page=1, x0=x, top=top, bold=bold)

    front = [
        at("Närvarande ledamöter", 70, 100, bold=True),
        at("Ordförande Anna Ek, S", 220, 100),
        at("Vice ordförande Kim Berg, M", 220, 112),
        at("Ledamot Eva Ny, C", 220, 124),
    ]
    people = parse_roster(find_roster(front))
    assert [(p.name, p.role) for p in people] == [
        ("Anna Ek", "ordförande"),
        ("Kim Berg", "vice ordförande"),
        ("Eva Ny", "ledamot"),
    ]
