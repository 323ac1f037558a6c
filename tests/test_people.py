"""Roster lines in every form Swedish protocols write them."""

from __future__ import annotations

import pytest

from pipeline.parse.people import looks_like_name, parse_person_line, parse_roster
from pipeline.records import Line, RosterSection

# (line, role of its section, expected (name, role, organisation, title, party, present))
ROSTER_LINES = [
    ("Behcet Barsom, Region Örebro län", "ordförande", ("Behcet Barsom", "ordförande", "Region Örebro län", None, None, None)),
    ("Caroline Dieker, Askersund kommun", "ledamot", ("Caroline Dieker", "ledamot", "Askersunds kommun", None, None, None)),
    ("Kristin Östman, Lekeberg kommun", "ledamot", ("Kristin Östman", "ledamot", "Lekebergs kommun", None, None, None)),
    ("Unnur Tryggvadottir, RF-SISU", "ledamot", ("Unnur Tryggvadottir", "ledamot", "RF-SISU Örebro län", None, None, None)),
    ("Cecilia Lönn-Elgstrand, ÖLBF", "ledamot", ("Cecilia Lönn-Elgstrand", "ledamot", "Örebro läns bildningsförbund", None, None, None)),
    ("Anita Bohlin Neuman, Degerfors kommun", "ersättare", ("Anita Bohlin Neuman", "ersättare", "Degerfors kommun", None, None, None)),
    ("Johansson, Pia-Maria, Nora kommun", "ersättare", ("Pia-Maria Johansson", "ersättare", "Nora kommun", None, None, None)),
    ("- Ingmar Ångman, områdeschef Välfärd och Folkhälsa, Regional utveckling, Region Örebro län", "tjänsteperson",
     ("Ingmar Ångman", "tjänsteperson", "Region Örebro län", "områdeschef Välfärd och Folkhälsa", None, None)),
    ("Anna Andersson (S), ordförande", None, ("Anna Andersson", "ordförande", None, None, "S", None)),
    ("Per Holm (M), vice ordförande", None, ("Per Holm", "vice ordförande", None, None, "M", None)),
    ("Lars Berg (KD)", None, ("Lars Berg", "ledamot", None, None, "KD", None)),
    ("Eva Lund (C) ersätter Per Holm (M)", "ersättare", ("Eva Lund", "ersättare", None, None, "C", None)),
    ("Maria Ek, kommunchef", "övrig", ("Maria Ek", "tjänsteperson", None, "kommunchef", None, None)),
    ("Sara Nyberg, sekreterare", "övrig", ("Sara Nyberg", "sekreterare", None, None, None, None)),
    ("[X] Lindvall Mikael, ordförande", None, ("Lindvall Mikael", "ordförande", None, None, None, True)),
    ("[ ] Eklund Karita", "ersättare", ("Eklund Karita", "ersättare", None, None, None, False)),
]


@pytest.mark.parametrize(("line", "role", "expected"), ROSTER_LINES)
def test_roster_line_forms(line, role, expected):
    p = parse_person_line(line, role)
    assert p is not None
    assert (p.name, p.role, p.organization, p.title, p.party, p.present) == expected


@pytest.mark.parametrize("line", ["Vakant, RF-SISU", "vakant", "Region Örebro län", "Box 1613", "701 16 Örebro",
                                  "Förvaltningen regional utveckling", "Specifika samverkansrådet"])
def test_lines_that_name_no_person(line):
    assert parse_person_line(line, "ledamot") is None


@pytest.mark.parametrize(
    ("text", "is_name"),
    [("Jari Mehtäläinen", True), ("Malin Duckert Ek", True), ("Behcet Barsom", True), ("Ann-Christine Appelqvist", True),
     ("Mötet öppnades", False), ("Region Örebro län", False), ("Johanna", False), ("Eklundavägen 2", False)],
)
def test_looks_like_name(text, is_name):
    assert looks_like_name(text) is is_name


def test_checkbox_grid_names_are_turned_given_name_first():
    lines = (Line(text="[X] Lindvall Mikael, ordförande", page=1), Line(text="[X] Backman Tua", page=1),
             Line(text="[ ] Karf Johannes", page=1))
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role, p.present) for p in people] == [
        ("Mikael Lindvall", "ordförande", True), ("Tua Backman", "ledamot", True), ("Johannes Karf", "ledamot", False)]


def test_wrapped_official_lines_are_joined():
    lines = (Line(text="- Jan Sundelius, utvecklingsledare Område nära vård, Hälso- och sjukvårdsförvaltningen, Region", page=1),
             Line(text="Örebro län", page=1), Line(text="- Anna Jakobsson, enhetschef, Region Örebro län", page=1))
    people = parse_roster([RosterSection(heading="Tjänstepersoner", role="tjänsteperson", lines=lines)])
    assert [(p.name, p.organization, p.title) for p in people] == [
        ("Jan Sundelius", "Region Örebro län", "utvecklingsledare Område nära vård"),
        ("Anna Jakobsson", "Region Örebro län", "enhetschef")]


def test_one_entry_per_person_and_role():
    lines = (Line(text="Siw Lunander, Hallsbergs kommun", page=1), Line(text="Siw  Lunander, Hallsbergs kommun", page=2))
    assert len(parse_roster([RosterSection(heading="Ledamöter", role="ledamot", lines=lines)])) == 1
