"""Roster lines in every form Swedish protocols write them."""

from __future__ import annotations

import pytest

from pipeline.parse.people import (
    is_header_row,
    looks_like_name,
    parse_person_line,
    parse_roster,
    party_group,
    read_roster,
    split_entries,
)
from pipeline.records import Line, RosterSection

# (line, role of its section, expected (name, role, organisation, title, party, present))
ROSTER_LINES = [
    (
        "Mehmet Yildor, Region Örebro län",
        "ordförande",
        ("Mehmet Yildor", "ordförande", "Region Örebro län", None, None, None),
    ),
    (
        "Caroline Vennberg, Askersund kommun",
        "ledamot",
        ("Caroline Vennberg", "ledamot", "Askersunds kommun", None, None, None),
    ),
    ("Kerstin Öberg, Lekeberg kommun", "ledamot", ("Kerstin Öberg", "ledamot", "Lekebergs kommun", None, None, None)),
    (
        "Sigrun Haraldsdottir, RF-SISU",
        "ledamot",
        ("Sigrun Haraldsdottir", "ledamot", "RF-SISU Örebro län", None, None, None),
    ),
    (
        "Camilla Rönn-Edström, ÖLBF",
        "ledamot",
        ("Camilla Rönn-Edström", "ledamot", "Örebro läns bildningsförbund", None, None, None),
    ),
    (
        "Agneta Holm Nyberg, Degerfors kommun",
        "ersättare",
        ("Agneta Holm Nyberg", "ersättare", "Degerfors kommun", None, None, None),
    ),
    (
        "Svanström, Eva-Lotta, Nora kommun",
        "ersättare",
        ("Eva-Lotta Svanström", "ersättare", "Nora kommun", None, None, None),
    ),
    (
        "- Ingvar Åberger, områdeschef Välfärd och Folkhälsa, Regional utveckling, Region Örebro län",
        "tjänsteperson",
        ("Ingvar Åberger", "tjänsteperson", "Region Örebro län", "områdeschef Välfärd och Folkhälsa", None, None),
    ),
    ("Anna Andersson (S), ordförande", None, ("Anna Andersson", "ordförande", None, None, "S", None)),
    ("Per Holm (M), vice ordförande", None, ("Per Holm", "vice ordförande", None, None, "M", None)),
    ("Lars Berg (KD)", None, ("Lars Berg", "ledamot", None, None, "KD", None)),
    ("Eva Lund (C) ersätter Per Holm (M)", "ersättare", ("Eva Lund", "ersättare", None, None, "C", None)),
    ("Maria Ek, kommunchef", "övrig", ("Maria Ek", "tjänsteperson", None, "kommunchef", None, None)),
    ("Sara Nyberg, sekreterare", "övrig", ("Sara Nyberg", "sekreterare", None, None, None, None)),
    ("[X] Lindvall Mikael, ordförande", None, ("Lindvall Mikael", "ordförande", None, None, None, True)),
    ("[ ] Eklund Karita", "ersättare", ("Eklund Karita", "ersättare", None, None, None, False)),
]


# The job title before the name: "kommundirektör Karin Sund" (one a line, or in running text).
TITLE_FIRST = [
    ("kommundirektör Karin Sund", ("Karin Sund", "tjänsteperson", "kommundirektör")),
    ("Ekonomichef Johan Lind, § 2", ("Johan Lind", "tjänsteperson", "ekonomichef")),
    ("biträdande förvaltningschef Eva Holm", ("Eva Holm", "tjänsteperson", "biträdande förvaltningschef")),
    ("controller Ali Hassan, Kumla kommun", ("Ali Hassan", "tjänsteperson", "controller")),
]


# Parts joined by a spaced dash, attended items without a comma, more role words.
MORE_FORMS = [
    ("Anna Ek – ordförande", ("Anna Ek", "ordförande", None, None)),
    ("Anna Ek (S) - Kumla kommun", ("Anna Ek", "ledamot", "Kumla kommun", "S")),
    ("Anna Ek, Kumla kommun – ordförande", ("Anna Ek", "ordförande", "Kumla kommun", None)),
    ("Anna Ek (S) §§ 1–5", ("Anna Ek", "ledamot", None, "S")),
    ("Anna Ek (S), ej tjänstgörande", ("Anna Ek", "ersättare", None, "S")),
    ("Anna Ek, suppleant", ("Anna Ek", "ersättare", None, None)),
    ("Anna Ek, medlem", ("Anna Ek", "ledamot", None, None)),
    ("Anna Ek, sekr.", ("Anna Ek", "sekreterare", None, None)),
    ("Anna Ek (S) tjänstgör för Per Berg (S)", ("Anna Ek", "ersättare", None, "S")),
    ("Anna Ek (S) tjg för Per Berg (S)", ("Anna Ek", "ersättare", None, "S")),
]


@pytest.mark.parametrize(("line", "expected"), MORE_FORMS)
def test_more_entry_forms(line, expected):
    p = parse_person_line(line, None)
    assert (p.name, p.role, p.organization, p.party) == expected


@pytest.mark.parametrize(("line", "expected"), TITLE_FIRST)
def test_the_title_before_the_name(line, expected):
    p = parse_person_line(line, "övrig")
    assert (p.name, p.role, p.title) == expected


def test_title_first_entries_in_running_text_and_one_a_line():
    lines = RosterSection(
        heading="Övriga närvarande",
        role="övrig",
        lines=(
            Line(text="kommundirektör Karin Sund", page=1),
            Line(text="biträdande förvaltningschef Eva Holm", page=1),
        ),
    )
    running = RosterSection(
        heading="Tjänstemän",
        role="tjänsteperson",
        lines=(Line(text="kanslichef Lars Berg, nämndsekreterare Siv Ek och controller Ali Hassan", page=1),),
    )
    assert [p.name for p in parse_roster([lines, running]) if p.role == "tjänsteperson"] == [
        "Karin Sund",
        "Eva Holm",
        "Lars Berg",
        "Siv Ek",
        "Ali Hassan",
    ]


@pytest.mark.parametrize(("line", "role", "expected"), ROSTER_LINES)
def test_roster_line_forms(line, role, expected):
    p = parse_person_line(line, role)
    assert p is not None
    assert (p.name, p.role, p.organization, p.title, p.party, p.present) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vakant, RF-SISU",
        "vakant",
        "Region Örebro län",
        "Box 1613",
        "701 16 Örebro",
        "Förvaltningen regional utveckling",
        "Specifika samverkansrådet",
    ],
)
def test_lines_that_name_no_person(line):
    assert parse_person_line(line, "ledamot") is None


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Jarmo Räsäinen", True),
        ("Malin Strand Ek", True),
        ("Mehmet Yildor", True),
        ("Ann-Louise Sandqvist", True),
        ("Mötet öppnades", False),
        ("Region Örebro län", False),
        ("Johanna", False),
        ("Eklundavägen 2", False),
    ],
)
def test_looks_like_name(text, is_name):
    assert looks_like_name(text) is is_name


def test_checkbox_grid_names_are_turned_given_name_first():
    lines = (
        Line(text="[X] Lindvall Mikael, ordförande", page=1),
        Line(text="[X] Backman Tua", page=1),
        Line(text="[ ] Karf Johannes", page=1),
    )
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role, p.present) for p in people] == [
        ("Mikael Lindvall", "ordförande", True),
        ("Tua Backman", "ledamot", True),
        ("Johannes Karf", "ledamot", False),
    ]


def test_wrapped_official_lines_are_joined():
    lines = (
        Line(
            text="- Jan Vikbladh, utvecklingsledare Område nära vård, Hälso- och sjukvårdsförvaltningen, Region",
            page=1,
        ),
        Line(text="Örebro län", page=1),
        Line(text="- Sara Fridlund, enhetschef, Region Örebro län", page=1),
    )
    people = parse_roster([RosterSection(heading="Tjänstepersoner", role="tjänsteperson", lines=lines)])
    assert [(p.name, p.organization, p.title) for p in people] == [
        ("Jan Vikbladh", "Region Örebro län", "utvecklingsledare Område nära vård"),
        ("Sara Fridlund", "Region Örebro län", "enhetschef"),
    ]


def test_one_entry_per_person_and_role():
    lines = (
        Line(text="Gun Alvander, Hallsbergs kommun", page=1),
        Line(text="Gun  Alvander, Hallsbergs kommun", page=2),
    )
    assert len(parse_roster([RosterSection(heading="Ledamöter", role="ledamot", lines=lines)])) == 1


# Entry forms from tables, lists and running text: (entry, role of its section, expected)
ENTRY_FORMS = [
    ("Hanna Ek, Region Örebro län (ordf)", None, ("Hanna Ek", "ordförande", "Region Örebro län", None)),
    ("Per Lind, Örebro kommun (vice ordf)", None, ("Per Lind", "vice ordförande", "Örebro kommun", None)),
    ("Ola Berg, Kumla kommun (ers)", None, ("Ola Berg", "ersättare", "Kumla kommun", None)),
    ("Vice ordförande Eva Strand", "ledamot", ("Eva Strand", "vice ordförande", None, None)),
    ("Eva Strand, S, 1:e vice ordförande", None, ("Eva Strand", "vice ordförande", None, "S")),
    ("Kim Nyberg, KD, tjänstgörande ersättare för Lo Ek", None, ("Kim Nyberg", "ersättare", None, "KD")),
    ("Kim Nyberg (KD), ej tjg ers", None, ("Kim Nyberg", "ersättare", None, "KD")),
    ("Tor Ahl, V, Region Örebro län", "ordförande", ("Tor Ahl", "ordförande", "Region Örebro län", "V")),
    ("Siv Hallgren, -, ledamot", None, ("Siv Hallgren", "ledamot", None, "-")),
    ("Siv Hallgren (-)", None, ("Siv Hallgren", "ledamot", None, "-")),
    ("Lo Ek, adjungerad", "övrig", ("Lo Ek", "övrig", None, None)),
    ("Sofia Ek, SST:s repr.", "övrig", ("Sofia Ek", "övrig", None, None)),
    ("Eva Ek, utredare vid Region Örebro län", "övrig", ("Eva Ek", "tjänsteperson", "Region Örebro län", None)),
    ("Anna Ek (KD), ej tjänstgörande", "ersättare", ("Anna Ek", "ersättare", None, "KD")),
    ("Anna Ek (S), tjg för Per Berg (S)", "ersättare", ("Anna Ek", "ersättare", None, "S")),
    ("Anna Ek, S, ordförande, 1–12", None, ("Anna Ek", "ordförande", None, "S")),
    ("Guðrún Ólafsdóttir, enhetschef, §§ 79–80", "övrig", ("Guðrún Ólafsdóttir", "tjänsteperson", None, None)),
    ("Åsa Lind, förtroendevald revisor", "övrig", ("Åsa Lind", "övrig", None, None)),
    ("Åsa Lind (MP), insynsplats", "övrig", ("Åsa Lind", "övrig", None, "MP")),
    (
        "Bo Strand, samordnare, Länsstyrelsen i Örebro län",
        "tjänsteperson",
        ("Bo Strand", "övrig", "Länsstyrelsen i Örebro län", None),
    ),
    ("Eva Lund, nämndsekreterare", "övrig", ("Eva Lund", "tjänsteperson", None, None)),
]


@pytest.mark.parametrize(("entry", "role", "expected"), ENTRY_FORMS)
def test_entry_forms(entry, role, expected):
    p = parse_person_line(entry, role)
    assert p is not None and (p.name, p.role, p.organization, p.party) == expected


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Anna Ek (S), ordförande, Per Berg (M), Ola Ny (C)",
            ["Anna Ek (S), ordförande", "Per Berg (M)", "Ola Ny (C)"],
        ),
        ("Anna Ek, Kumla kommun; Per Berg, Nora kommun", ["Anna Ek, Kumla kommun", "Per Berg, Nora kommun"]),
        ("Anna Ek och Per Berg", ["Anna Ek", "Per Berg"]),
        ("Per Berg (M), vice ordförande och Ola Ny (C)", ["Per Berg (M), vice ordförande", "Ola Ny (C)"]),
        ("Svanström, Eva-Lotta, Nora kommun", ["Svanström, Eva-Lotta, Nora kommun"]),
        (
            "Bo Ek, områdeschef, Välfärd och folkhälsa, Region Örebro län",
            ["Bo Ek, områdeschef, Välfärd och folkhälsa, Region Örebro län"],
        ),
        # an empty seat is an entry of its own, before a name as after one
        (
            "Vakant, Karlskoga kommun, Anna Ek, Kumla kommun, Per Berg, Nora kommun",
            ["Vakant, Karlskoga kommun", "Anna Ek, Kumla kommun", "Per Berg, Nora kommun"],
        ),
        ("Anna Ek (S), Vakant (M), Per Berg (C)", ["Anna Ek (S)", "Vakant (M)", "Per Berg (C)"]),
    ],
)
def test_running_text_is_split_into_one_entry_per_person(text, entries):
    assert split_entries(text) == entries


def cell(text: str, x: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x, top=top, x1=x + 6 * len(text), bottom=top + 9, size=9)


def test_a_table_with_a_header_row_is_read_row_by_row():
    lines = (
        cell("Namn", 70, 100),
        cell("Parti", 200, 100),
        cell("Funktion", 240, 100),
        cell("Eva Strand", 70, 112),
        cell("S", 200, 112),
        cell("ordförande", 240, 112),
        cell("Kim Nyberg", 70, 124),
        cell("M", 200, 124),
        cell("vård- och omsorgschef, vice", 240, 124),
        cell("ordförande", 240, 136),
        cell("Lo Ek", 70, 148),
        cell("KD", 200, 148),
        cell("ledamot", 240, 148),
    )
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role, p.party) for p in people] == [
        ("Eva Strand", "ordförande", "S"),
        ("Kim Nyberg", "vice ordförande", "M"),
        ("Lo Ek", "ledamot", "KD"),
    ]


def test_a_list_in_two_columns_is_read_column_by_column():
    lines = (
        cell("Anna Ek (S), ordförande", 70, 100),
        cell("Per Berg (M)", 300, 100),
        cell("Ola Ny (C) ersätter Lo", 70, 112),
        cell("Eva Strand (V)", 300, 112),
        cell("Lund (C)", 70, 124),
        cell("Kim Nyberg (L)", 300, 124),
    )
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role) for p in people] == [
        ("Anna Ek", "ordförande"),
        ("Ola Ny", "ersättare"),
        ("Per Berg", "ledamot"),
        ("Eva Strand", "ledamot"),
        ("Kim Nyberg", "ledamot"),
    ]


def test_wrapped_running_text_with_semicolons():
    lines = (
        Line(text="Anna Ek, Askersunds kommun; Per Berg, Degerfors kommun; Östen", page=1),
        Line(text="Lind, Hallsbergs kommun; Ola Ny, Nora kommun", page=1),
    )
    people = parse_roster([RosterSection(heading="Ledamöter", role="ledamot", lines=lines)])
    assert [(p.name, p.organization) for p in people] == [
        ("Anna Ek", "Askersunds kommun"),
        ("Per Berg", "Degerfors kommun"),
        ("Östen Lind", "Hallsbergs kommun"),
        ("Ola Ny", "Nora kommun"),
    ]


def test_absent_people_are_apart_and_an_official_secretary_is_both():
    sections = [
        RosterSection(
            heading="Övriga närvarande", role="övrig", lines=(Line(text="Eva Lund, kommunsekreterare", page=1),)
        ),
        RosterSection(
            heading="Frånvarande", role=None, absent=True, lines=(Line(text="Per Berg, Nora kommun", page=1),)
        ),
    ]
    people, absent = read_roster(sections)
    assert [(p.name, p.role) for p in people] == [("Eva Lund", "tjänsteperson"), ("Eva Lund", "sekreterare")]
    assert [p.name for p in absent] == ["Per Berg"]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Rut Hassan (Nora)", ("Rut Hassan", "Nora kommun")),
        ("Dan Ek (Region Örebro)", ("Dan Ek", "Region Örebro län")),
        ("Måns Hjort (Region Örebro).", ("Måns Hjort", "Region Örebro län")),
    ],
)
def test_an_organisation_in_brackets(entry, expected):
    p = parse_person_line(entry, "ledamot")
    assert (p.name, p.organization) == expected


def test_guests_stay_guests_whatever_their_title():
    lines = (Line(text="Ola Berg, verksamhetsutvecklare, Region Örebro län", page=1),)
    assert [p.role for p in parse_roster([RosterSection(heading="Inbjudna", role="övrig", lines=lines)])] == ["övrig"]
    assert [p.role for p in parse_roster([RosterSection(heading="Övriga närvarande", role="övrig", lines=lines)])] == [
        "tjänsteperson"
    ]


def test_the_staff_of_an_association_among_the_others_present_are_guests():
    lines = (Line(text="Ola Berg, verksamhetsutvecklare, RF-SISU Örebro län", page=1),)
    assert [p.role for p in parse_roster([RosterSection(heading="Övriga närvarande", role="övrig", lines=lines)])] == [
        "övrig"
    ]


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Sixten Tell (S) ordf", "Sixten Tell", "ordförande"),
        ("Jan Brandin (M) 1:e v ordf", "Jan Brandin", "vice ordförande"),
        ("Elias Holm (V) tjg ers för Ivar Grip (V) §§ 82-86", "Elias Holm", "ersättare"),
        ("Klara Engdahl (S) ej tjg ers", "Klara Engdahl", "ersättare"),
    ],
)
def test_a_role_after_the_name_without_a_comma(entry, name, role):
    p = parse_person_line(entry, None)
    assert (p.name, p.role) == (name, role)


def test_the_member_a_substitute_replaces_never_starts_an_entry():
    assert split_entries("Ottilia Ek (V), ersättare för Klara Berg (V)") == [
        "Ottilia Ek (V), ersättare för Klara Berg (V)"
    ]


def test_the_member_in_an_ersatter_column_is_not_a_participant():
    lines = (
        cell("Namn", 70, 100),
        cell("Parti", 200, 100),
        cell("Funktion", 240, 100),
        cell("Ersätter", 380, 100),
        cell("Eva Strand", 70, 112),
        cell("S", 200, 112),
        cell("ledamot", 240, 112),
        cell("Kim Nyberg", 70, 124),
        cell("M", 200, 124),
        cell("Lo Ek (M)", 380, 124),
    )
    people = parse_roster([RosterSection(heading="Närvarande", role=None, lines=lines)])
    assert [(p.name, p.role) for p in people] == [("Eva Strand", "ledamot"), ("Kim Nyberg", "ersättare")]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Lindvall Mikael", "Mikael Lindvall"),
        ("Berg Lundell Siri", "Siri Berg Lundell"),
        ("von Bergfors Carola", "Carola von Bergfors"),
        ("Phan An Tuan", "An Tuan Phan"),
        ("Emilia Ingman", "Emilia Ingman"),
    ],
)
def test_family_name_first_without_a_comma(written, name):
    from pipeline.parse.people import given_name_first

    assert given_name_first(written) == name


# "Päivi" is no hand-kept given name (only the generated list knows it): the line is joined by
# the wrapped-entry rule either way
@pytest.mark.parametrize("given", ["Frida", "Päivi"])
def test_running_text_wrapped_inside_an_entry(given):
    lines = (
        Line(text=f"Anna Ek (S), ordförande, Kim Nyberg (M), 1:e vice ordförande, {given}", page=1),
        Line(text="Strand (SD), 2:e vice ordförande, Lo Berg", page=1),
        Line(text="(KD)", page=1),
    )
    people = parse_roster([RosterSection(heading="Beslutande", role=None, lines=lines)])
    assert [(p.name, p.role, p.party) for p in people] == [
        ("Anna Ek", "ordförande", "S"),
        ("Kim Nyberg", "vice ordförande", "M"),
        (f"{given} Strand", "vice ordförande", "SD"),
        ("Lo Berg", "ledamot", "KD"),
    ]


def test_a_family_name_with_a_particle_starts_an_entry_of_its_own():
    lines = (Line(text="Hedin, Isak (M)", page=1), Line(text="von Bergfors, Carola (SD)", page=1))
    people = parse_roster([RosterSection(heading="Ledamöter", role="ledamot", lines=lines)])
    assert [p.name for p in people] == ["Isak Hedin", "Carola von Bergfors"]


def test_an_organisation_before_a_colon_is_everyones_on_the_line():
    lines = (
        Line(text="Örebro kommun: Einar Nord (KD), vice ordförande, Lo Ek (S) och", page=1),
        Line(text="Kim Berg (M)", page=1),
    )
    people = parse_roster([RosterSection(heading="Ledamöter", role="ledamot", lines=lines)])
    assert [(p.name, p.role, p.organization) for p in people] == [
        ("Einar Nord", "vice ordförande", "Örebro kommun"),
        ("Lo Ek", "ledamot", "Örebro kommun"),
        ("Kim Berg", "ledamot", "Örebro kommun"),
    ]


def test_a_municipality_after_a_full_name_is_not_a_given_name():
    p = parse_person_line("Yngve Malmberg, Nora", "ledamot")
    assert (p.name, p.organization) == ("Yngve Malmberg", "Nora kommun")


def test_an_entry_wrapped_inside_its_brackets():
    lines = (Line(text="Eva Strand (Nora), Carola Berg (Region", page=1), Line(text="Örebro län).", page=1))
    people = parse_roster([RosterSection(heading="Närvarande", role=None, lines=lines)])
    assert [(p.name, p.organization) for p in people] == [
        ("Eva Strand", "Nora kommun"),
        ("Carola Berg", "Region Örebro län"),
    ]


def test_a_roster_that_writes_family_names_first_without_a_comma():
    # most names end in a known given name: the roster's names are turned round, the
    # unknown one too ("Qvarfordt Tuva"), particles stay with the family name
    beslutande = lines_of(
        "Lindgren Anna (S), ordförande",
        "Sandberg Erik (M), 1:e vice ordförande",
        "Qvarfordt Tuva (C)",
        "Holm Karin (V)",
        "von Bergfors Carola (L)",
    )
    justerare = lines_of("Sandberg Erik")
    people, _ = read_roster(
        [
            RosterSection(heading="Beslutande", role=None, lines=beslutande),
            RosterSection(heading="Protokolljusterare", role="justerare", lines=justerare),
        ]
    )
    assert [(p.name, p.role) for p in people] == [
        ("Anna Lindgren", "ordförande"),
        ("Erik Sandberg", "vice ordförande"),
        ("Tuva Qvarfordt", "ledamot"),
        ("Karin Holm", "ledamot"),
        ("Carola von Bergfors", "ledamot"),
        ("Erik Sandberg", "justerare"),
    ]


def test_given_names_first_stay_as_written():
    people = parse_roster(
        [
            RosterSection(
                heading="Ledamöter",
                role="ledamot",
                lines=lines_of("Anna Lindgren", "Erik Sandberg", "Karin Holm", "Tuva Qvarfordt"),
            )
        ]
    )
    assert [p.name for p in people] == ["Anna Lindgren", "Erik Sandberg", "Karin Holm", "Tuva Qvarfordt"]


def lines_of(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(text=t, page=1) for t in texts)


def test_a_function_column_with_members_marked_makes_the_titled_rows_officials_and_guests():
    rows = (
        cell("Namn", 70, 100),
        cell("Organisation", 200, 100),
        cell("Funktion", 340, 100),
        cell("Eva Strand", 70, 112),
        cell("Region Örebro län", 200, 112),
        cell("ordförande", 340, 112),
        cell("Kim Nyberg", 70, 124),
        cell("Kumla kommun", 200, 124),
        cell("ledamot", 340, 124),
        cell("Lo Ek", 70, 136),
        cell("Nora kommun", 200, 136),
        cell("ledamot", 340, 136),
        cell("Siv Nord", 70, 148),
        cell("Region Örebro län", 200, 148),
        cell("utvecklingsledare", 340, 148),
        cell("Bo Falk", 70, 160),
        cell("Länsstyrelsen i Örebro län", 200, 160),
        cell("handläggare", 340, 160),
    )
    people = parse_roster([RosterSection(heading="Namn", role=None, lines=rows)])
    assert [(p.name, p.role) for p in people] == [
        ("Eva Strand", "ordförande"),
        ("Kim Nyberg", "ledamot"),
        ("Lo Ek", "ledamot"),
        ("Siv Nord", "tjänsteperson"),
        ("Bo Falk", "övrig"),
    ]


def test_a_table_reads_its_columns_in_the_order_of_its_header():
    """ "Parti | Namn | Organisation | Uppdrag": the entry is read from the name on, whatever
    column stands first; a "Vakant" row is a row of its own, and so is an "Efternamn, Förnamn"."""
    lines = (
        cell("Parti", 70, 100),
        cell("Namn", 110, 100),
        cell("Organisation", 240, 100),
        cell("Uppdrag", 380, 100),
        cell("M", 70, 112),
        cell("Eva Strand", 110, 112),
        cell("Region Örebro län", 240, 112),
        cell("ordförande", 380, 112),
        cell("Vakant", 110, 124),
        cell("Nora kommun", 240, 124),
        cell("ersättare", 380, 124),
        cell("S", 70, 136),
        cell("Nyberg, Kim", 110, 136),
        cell("Kumla kommun", 240, 136),
        cell("ersättare", 380, 136),
    )
    people = parse_roster([RosterSection(heading="Parti", role=None, lines=lines)])
    assert [(p.name, p.role, p.organization, p.party) for p in people] == [
        ("Eva Strand", "ordförande", "Region Örebro län", "M"),
        ("Kim Nyberg", "ersättare", "Kumla kommun", "S"),
    ]


def test_a_role_written_once_for_a_group_of_table_rows():
    lines = (
        cell("Funktion", 70, 100),
        cell("Namn", 170, 100),
        cell("Parti", 320, 100),
        cell("Ledamöter", 70, 112),
        cell("Eva Strand", 170, 112),
        cell("S", 320, 112),
        cell("Kim Nyberg", 170, 124),
        cell("M", 320, 124),
        cell("Ersättare", 70, 136),
        cell("Lo Ek", 170, 136),
        cell("KD", 320, 136),
        cell("Ola Ny", 170, 148),
        cell("C", 320, 148),
    )
    people = parse_roster([RosterSection(heading="Funktion", role=None, lines=lines)])
    assert [(p.name, p.role) for p in people] == [
        ("Eva Strand", "ledamot"),
        ("Kim Nyberg", "ledamot"),
        ("Lo Ek", "ersättare"),
        ("Ola Ny", "ersättare"),
    ]


def test_a_stated_role_wins_over_an_officers_heading_above_a_table_row():
    assert parse_person_line("Kim Nyberg, ledamot, M", "vice ordförande").role == "ledamot"
    assert parse_person_line("Kim Nyberg (M)", "vice ordförande").role == "vice ordförande"


def test_running_text_cut_inside_an_organisation_name():
    lines = (
        Line(text="Alva Ek, områdeschef, Region Örebro, Kim Berg, utvecklingsstrateg, Region", page=1, x0=70),
        Line(text="Örebro, Lo Ström, processledare, Region Örebro", page=1, x0=70),
    )
    people = parse_roster([RosterSection(heading="Tjänstepersoner", role="tjänsteperson", lines=lines)])
    assert [(p.name, p.organization) for p in people] == [
        ("Alva Ek", "Region Örebro län"),
        ("Kim Berg", "Region Örebro län"),
        ("Lo Ström", "Region Örebro län"),
    ]


def test_a_line_ending_in_a_place_that_is_also_a_given_name_ends_its_entry():
    lines = (
        Line(text="Elsa Ekberg, förvaltningschef, Nora", page=1, x0=70),
        Line(text="Elias Berg, förvaltningschef, Lekeberg", page=1, x0=70),
    )
    people = parse_roster([RosterSection(heading="Deltagare", role="ledamot", lines=lines)])
    assert [(p.name, p.organization) for p in people] == [
        ("Elsa Ekberg", "Nora kommun"),
        ("Elias Berg", "Lekebergs kommun"),
    ]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Agnes Öhrn (V), Fält, Fanny (SD), Olle Arnesson (SD)",
            ["Agnes Öhrn (V)", "Fanny Fält (SD)", "Olle Arnesson (SD)"],
        ),
        (
            "Cornelia Lindhagen (S) och Holmqvist, Gustaf (L)",
            ["Cornelia Lindhagen (S)", "Gustaf Holmqvist (L)"],
        ),
        ("Kim Ek, Nora kommun, Lo Berg, Kumla", ["Kim Ek, Nora kommun", "Lo Berg, Kumla"]),
    ],
)
def test_family_name_first_inside_a_comma_list(text, entries):
    assert split_entries(text) == entries


def test_an_empty_presence_cell_is_absence_whatever_column_the_name_stands_in():
    lines = (
        cell("Titel", 70, 100),
        cell("Namn", 170, 100),
        cell("Närvarande", 320, 100),
        cell("socialchef", 70, 112),
        cell("Eva Strand", 170, 112),
        cell("x", 320, 112),
        cell("kommunchef", 70, 124),
        cell("Kim Nyberg", 170, 124),
    )
    participants, absent = read_roster([RosterSection(heading="Titel", role=None, lines=lines)])
    assert [p.name for p in participants] == ["Eva Strand"]
    assert [p.name for p in absent] == ["Kim Nyberg"]


def test_a_letterhead_row_beside_the_name_is_no_cell_of_a_table_without_a_name_column():
    lines = (
        cell("Organisation", 70, 90),
        cell("Funktion", 300, 90),
        cell("Samverkansrådet", 70, 100),
        cell("Tove Lindahl", 300, 100),
    )
    people = parse_roster([RosterSection(heading="Tjänstepersoner", role="tjänsteperson", lines=lines)])
    assert [(p.name, p.organization, p.title) for p in people] == [("Tove Lindahl", None, None)]


# --------------------------------------------------------------------------- tick-column tables
def tick_table(header: list[tuple[str, float]], rows: list[list[tuple[str, float]]]) -> tuple[Line, ...]:
    """A header row and rows of cells, (text, x) each, one row every 12 pt."""
    return tuple(cell(text, x, 100 + 12 * k) for k, cells in enumerate([header, *rows]) for text, x in cells if text)


TICK_HEADER = [("Namn", 70), ("Parti", 250), ("Ledamot", 290), ("Tjg ers", 345), ("Ej tjg", 400)]

# (header, rows, participants (name, role, present, replaces), absent names)
TICK_TABLES = {
    "a cross in the seat's column; the chair's role after the name wins over Ledamot": (
        TICK_HEADER,
        [
            [("Rut Varg, ordf", 70), ("S", 250), ("x", 290)],
            [("Erland Korhonen, 1:e v ordf", 70), ("M", 250), ("x", 290)],
            [("Iris Almgren", 70), ("KD", 250), ("x", 290)],
            [("Paula Rydberg", 70), ("L", 250), ("x", 345)],
            [("Ylva von Bergfors", 70), ("MP", 250), ("x", 400)],
        ],
        [
            ("Rut Varg", "ordförande", True, None),
            ("Erland Korhonen", "vice ordförande", True, None),
            ("Iris Almgren", "ledamot", True, None),
            ("Paula Rydberg", "ersättare", True, None),
            ("Ylva von Bergfors", "ersättare", True, None),
        ],
        [],
    ),
    "marks centred under long labels, in capitals and ticks": (
        [("Namn", 70), ("Ordinarie", 200), ("Tjänstgörande ersättare", 260), ("Ej tjänstgörande ersättare", 410)],
        [
            [("Eva Strand (S)", 70), ("X", 222)],
            [("Kim Nyberg (M)", 70), ("✓", 320)],
            [("Lo Ek (C)", 70), ("•", 480)],
        ],
        [
            ("Eva Strand", "ledamot", True, None),
            ("Kim Nyberg", "ersättare", True, None),
            ("Lo Ek", "ersättare", True, None),
        ],
        [],
    ),
    "a serving substitute and the member in an Ersätter column": (
        [("Namn", 70), ("Parti", 200), ("Ledamot", 240), ("Tjg ers", 300), ("Ersätter", 360)],
        [
            [("Eva Strand", 70), ("S", 200), ("x", 240)],
            [("Kim Nyberg", 70), ("M", 200), ("x", 300), ("Lo Ek (M)", 360)],
        ],
        [("Eva Strand", "ledamot", True, None), ("Kim Nyberg", "ersättare", True, "Lo Ek")],
        [],
    ),
    "the seat's own column for the chairs": (
        [("Namn", 70), ("Ordf", 200), ("Vice ordf", 240), ("Ledamot", 300), ("Ersättare", 360)],
        [
            [("Eva Strand", 70), ("1", 200)],
            [("Kim Nyberg", 70), ("1", 240)],
            [("Lo Ek", 70), ("1", 300)],
            [("Ola Ny", 70), ("1", 360)],
        ],
        [
            ("Eva Strand", "ordförande", True, None),
            ("Kim Nyberg", "vice ordförande", True, None),
            ("Lo Ek", "ledamot", True, None),
            ("Ola Ny", "ersättare", True, None),
        ],
        [],
    ),
    "presence ticks: a cross under Frånvarande, or no cross, is absence": (
        [("Ledamot", 70), ("Parti", 200), ("Närvarande", 240), ("Frånvarande", 320)],
        [
            [("Eva Strand", 70), ("S", 200), ("x", 262)],
            [("Kim Nyberg", 70), ("M", 200), ("x", 345)],
            [("Lo Ek", 70), ("C", 200)],
        ],
        [("Eva Strand", "ledamot", True, None)],
        ["Kim Nyberg", "Lo Ek"],
    ),
}


TICK_TABLES["a Närvaro column of x and dashes: a dash is absence, the indented substitute under the seat is there"] = (
    [("Ledamot", 70), ("Parti", 260), ("Funktion", 320), ("Närvaro", 450)],
    [
        [("Eva Strand", 70), ("S", 260), ("Ordförande", 320), ("x", 450)],
        [("Kim Nyberg", 70), ("M", 260), ("Ledamot", 320), ("–", 450)],
        [("Ola Ny", 82), ("M", 260), ("Tjg ersättare", 320), ("x", 450)],
        [("Lo Ek", 70), ("C", 260), ("Ledamot", 320), ("—", 450)],
    ],
    [("Eva Strand", "ordförande", True, None), ("Ola Ny", "ersättare", True, None)],
    ["Kim Nyberg", "Lo Ek"],
)


@pytest.mark.parametrize("case", TICK_TABLES, ids=list(TICK_TABLES))
def test_a_mark_in_a_tick_column_says_what_the_row_was_at_the_meeting(case):
    header, rows, expected, absent_names = TICK_TABLES[case]
    participants, absent = read_roster([RosterSection(heading="Närvarande", role=None, lines=tick_table(header, rows))])
    assert [(p.name, p.role, p.present, p.replaces) for p in participants] == expected
    assert [p.name for p in absent] == absent_names


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (["Namn", "Parti", "Ledamot", "Tjg ers", "Ej tjg"], True),
        (["Namn", "Parti", "Ordinarie", "Tjänstgörande ersättare", "Ej tjänstgörande ersättare"], True),
        (["Namn", "Ordf", "Vice ordf", "Ledamot", "Ersättare"], True),
        (["Ledamot", "Parti", "Närvarande", "Frånvarande"], True),
        (["Namn Parti Ledamot Tjg ers Ej tjg"], True),  # the labels extraction left in one line
        (["Ordförande"], False),  # a heading, or a signature's caption
        (["Ej tjänstgörande ersättare"], False),  # a roster heading
        (["Vice ordförande"], False),
        (["Paula Rydberg", "L", "x"], False),
        (["Rut Varg, ordf", "S", "x"], False),
    ],
)
def test_a_header_row_of_tick_columns_is_a_header(cells, header):
    assert is_header_row([cell(text, 70 + 60 * k, 100) for k, text in enumerate(cells)]) is header


def test_a_tick_table_in_a_pdf_gives_each_row_its_columns_role(make_pdf):
    """The whole path: a PDF's cells, the roster found under "Närvarande", the header row no
    person, each substitute an ersättare by the column of their cross."""
    import pipeline

    runs = [
        ("Protokoll", 48, 60, 15, True),
        ("Bygg- och miljönämnden", 48, 80, 11, False),
        ("Sammanträdesdatum 2025-03-19", 48, 95, 10, False),
        ("Närvarande", 48, 120, 11, True),
    ]
    runs += [(label, x - 22, 138, 10, False) for label, x in TICK_HEADER]
    table = [
        ("Rut Varg, ordf", "S", 290),
        ("Iris Almgren", "KD", 290),
        ("Elsa Greger", "C", 290),
        ("Paula Rydberg", "L", 345),
        ("Emanuel Rönn", "MP", 345),
        ("Ylva von Bergfors", "MP", 400),
    ]
    for k, (name, party, x) in enumerate(table):
        top = 153 + 15 * k
        runs += [(name, 48, top, 10, False), (party, 228, top, 10, False), ("x", x - 22, top, 10, False)]
    runs += [
        ("§ 1 Val av justerare", 48, 270, 11, True),
        ("Nämnden beslutar att utse Iris Almgren att justera protokollet.", 48, 288, 10, False),
        ("§ 2 Budget 2026", 48, 312, 11, True),
        ("Nämnden beslutar att godkänna budgeten.", 48, 330, 10, False),
    ]
    doc = pipeline.parse_document(pipeline.extract_document(make_pdf("tick.pdf", [runs])))
    seats = [(p.name, p.role) for p in doc.participants if p.role in ("ordförande", "ledamot", "ersättare")]
    assert seats == [
        ("Rut Varg", "ordförande"),
        ("Iris Almgren", "ledamot"),
        ("Elsa Greger", "ledamot"),
        ("Paula Rydberg", "ersättare"),
        ("Emanuel Rönn", "ersättare"),
        ("Ylva von Bergfors", "ersättare"),
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Socialdemokraterna", "S"),
        ("Sverigedemokraterna:", "SD"),
        ("Miljöpartiet de gröna", "MP"),
        ("Vänsterpartiet (V)", "V"),
        ("(KD)", "KD"),
        ("M", "M"),
        ("L-gruppen", "L"),
        ("Moderaterna (S)", None),
        ("Anna Ek (S)", None),
        ("Ledamöter", None),
        ("Socialnämnden", None),
    ],
)
def test_a_party_name_alone_is_a_group_heading(text, party):
    assert party_group(text) == party


def test_a_party_group_heading_gives_its_entries_their_party():
    section = RosterSection(
        heading="Närvarolista",
        role=None,
        lines=tuple(
            Line(text=t, page=1)
            for t in ("Socialdemokraterna", "Anna Ek, ordförande", "Moderaterna", "Per Berg (C), ledamot", "Kim Lund")
        ),
    )
    got = [(p.name, p.role, p.party) for p in parse_roster([section])]
    assert got == [("Anna Ek", "ordförande", "S"), ("Per Berg", "ledamot", "C"), ("Kim Lund", "ledamot", "M")]


# Attendance after the name, with or without a comma, and the word before its items: who came
# late, left early or stepped out attended some items, and took part (issue 10).
PARTIAL_ATTENDANCE = [
    ("Eva Strand (S) fr.o.m. § 47", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), fr. o. m. § 47", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S) t.o.m. § 48", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S) t o m § 48", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S) från § 47", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S) ej § 46", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), utom § 46", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), deltar ej i § 46", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), ordförande, fr.o.m. § 47", ("Eva Strand", "ordförande", "S", None)),
    ("Kim Nyberg (M) ersätter Lo Ek (M) fr.o.m. § 47", ("Kim Nyberg", "ersättare", "M", "Lo Ek")),
    ("Kim Nyberg (M) ersätter Lo Ek (M), t.o.m. § 48", ("Kim Nyberg", "ersättare", "M", "Lo Ek")),
    # a qualifier's word that is the name's own stays it
    ("Lindqvist, Tom § 45", ("Tom Lindqvist", "ledamot", None, None)),
    ("Tom Till (S) § 45", ("Tom Till", "ledamot", "S", None)),
    ("Agnes From (S) § 45", ("Agnes From", "ledamot", "S", None)),
    # part of an item, and the hours a person was there ("kl. 13.00–14.30", "(kl 9–10.30)")
    ("Eva Strand (S) del av § 48", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), delvis § 48", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S) kl. 13.00–14.30, §§ 45–47", ("Eva Strand", "ledamot", "S", None)),
    ("Eva Strand (S), ordförande (kl 9–10.30)", ("Eva Strand", "ordförande", "S", None)),
    ("Kim Nyberg (M) ersätter Lo Ek (M) kl. 13.00–15.00", ("Kim Nyberg", "ersättare", "M", "Lo Ek")),
    ("Eva Strand (S), ordförande, från kl 14", ("Eva Strand", "ordförande", "S", None)),
    ("Eva Strand (S) till kl. 15", ("Eva Strand", "ledamot", "S", None)),
]


# "Y ersatt av X": the member Y was not there; the substitute X was, and replaced Y.
@pytest.mark.parametrize(
    "line",
    [
        "Lo Ek (M) ersatt av Kim Nyberg (M)",
        "Lo Ek (M), ersatt av Kim Nyberg (M)",
        "Lo Ek (M) ersätts av Kim Nyberg (M) §§ 3–5",
        "Lo Ek (M) ersattes av Kim Nyberg (M)",
    ],
)
def test_a_member_replaced_by_a_substitute_gives_the_substitute(line):
    p = parse_person_line(line, "ledamot")
    assert p is not None and (p.name, p.role, p.party, p.replaces) == ("Kim Nyberg", "ersättare", "M", "Lo Ek")


# Taking part from elsewhere, bare, in brackets or after a dash, is no title and no part of the name.
@pytest.mark.parametrize(
    "line",
    [
        "Eva Strand (S) (deltar på distans)",
        "Eva Strand (S) (digitalt deltagande)",
        "Eva Strand (S) – digitalt",
        "Eva Strand (S), deltar via länk",
        "Eva Strand (S) (på distans)",
        "Eva Strand (S), distansdeltagande",
        "Eva Strand (S), närvarande på distans",
    ],
)
def test_remote_participation_is_no_title(line):
    p = parse_person_line(line, None)
    assert p is not None and (p.name, p.role, p.party, p.title) == ("Eva Strand", "ledamot", "S", None)


@pytest.mark.parametrize(("line", "expected"), PARTIAL_ATTENDANCE)
def test_partial_attendance_is_no_part_of_the_name(line, expected):
    p = parse_person_line(line, None)
    assert p is not None and (p.name, p.role, p.party, p.replaces) == expected


# A role abbreviated before the name keeps its full stop ("Vice ordf. Per Berg (M)").
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ordf. Eva Strand (S)", ("Eva Strand", "ordförande", "S")),
        ("Vice ordf. Kim Nyberg (M)", ("Kim Nyberg", "vice ordförande", "M")),
        ("V. ordf. Kim Nyberg (M)", ("Kim Nyberg", "vice ordförande", "M")),
        ("1:e vice ordf. Kim Nyberg (M)", ("Kim Nyberg", "vice ordförande", "M")),
        ("2:e vice ordf. Lo Ek (C)", ("Lo Ek", "vice ordförande", "C")),
    ],
)
def test_a_role_abbreviated_before_the_name(line, expected):
    p = parse_person_line(line, None)
    assert p is not None and (p.name, p.role, p.party) == expected


# "handläggare från Länsstyrelsen": the job, and where it is held, as with "på", "vid", "inom".
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Eva Strand, handläggare från Länsstyrelsen i Örebro län", ("handläggare", "Länsstyrelsen i Örebro län")),
        ("Kim Nyberg, utvecklare från RF-SISU Örebro län", ("utvecklare", "RF-SISU Örebro län")),
        ("Lo Ek, handläggare på Länsstyrelsen i Örebro län", ("handläggare", "Länsstyrelsen i Örebro län")),
    ],
)
def test_a_guest_from_an_organisation(line, expected):
    p = parse_person_line(line, "övrig")
    assert p is not None and (p.title, p.organization) == expected


# ----------------------------------------------------------------- roster forms of PARSER_VERSION 23
# (entry, role of its section, expected (name, role, organisation, replaces))
ENTRY_FORMS_23 = [
    # a job title in brackets is a part of the entry
    (
        "Lage Tjäder (handläggare), RF-SISU Örebro län",
        "övrig",
        ("Lage Tjäder", "övrig", "RF-SISU Örebro län", None),
    ),
    ("Lena Åsberg (kommundirektör)", "övrig", ("Lena Åsberg", "tjänsteperson", None, None)),
    (
        "Majken Holm (konsulent), Länsstyrelsen i Örebro län",
        "övrig",
        ("Majken Holm", "övrig", "Länsstyrelsen i Örebro län", None),
    ),
    # a double given name after the comma of "Efternamn, Förnamn"
    (
        "Tell Wiberg, Jan-Åke, Lekebergs kommun (ers)",
        None,
        ("Jan-Åke Tell Wiberg", "ersättare", "Lekebergs kommun", None),
    ),
    ("Ek, Anna-Karin (S), ordf", None, ("Anna-Karin Ek", "ordförande", None, None)),
    # a table's role cell "Ersätter Y" (capitalised), "Tjg ersättare för Y"
    ("Sigrid Eklöf, SD, Ersätter Fanny Grip, §§ 3–5", None, ("Sigrid Eklöf", "ersättare", None, "Fanny Grip")),
    ("Klara Lindell (S), Tjg ersättare för Elin Löf", None, ("Klara Lindell", "ersättare", None, "Elin Löf")),
    ("Klara Lindell (S), Tjänstgörande ersättare för Elin Löf", None, ("Klara Lindell", "ersättare", None, "Elin Löf")),
]


@pytest.mark.parametrize(("entry", "role", "expected"), ENTRY_FORMS_23)
def test_entry_forms_of_parser_23(entry, role, expected):
    p = parse_person_line(entry, role)
    assert p is not None and (p.name, p.role, p.organization, p.replaces) == expected


def test_a_replacement_cell_never_starts_an_entry_of_its_own():
    assert split_entries("Sigrid Eklöf, SD, Ersätter Fanny Grip, §§ 3–5") == [
        "Sigrid Eklöf, SD, Ersätter Fanny Grip, §§ 3–5"
    ]


def roster_of(*cells: Line) -> list[tuple[str, str]]:
    from pipeline.parse.segment import find_roster

    people, _ = read_roster(find_roster(list(cells)))
    return [(p.name, p.role) for p in people]


def absent_of(*cells: Line) -> list[str]:
    from pipeline.parse.segment import find_roster

    return [p.name for p in read_roster(find_roster(list(cells)))[1]]


def rows_at(rows: list[list[tuple[str, float]]], top: float = 100.0, step: float = 12.0) -> list[Line]:
    """Cells of rows one line apart: each row a list of (text, x)."""
    return [cell(text, x, top + k * step) for k, row in enumerate(rows) for text, x in row]


def test_a_function_column_beside_the_names_gives_each_row_its_role():
    cells = rows_at(
        [
            [("Beslutande", 70)],
            [("Agnes Hedin (S)", 70), ("Ordförande", 260)],
            [("Per Berg (M)", 70), ("1:e vice ordförande", 260)],
            [("Ola Ny (C)", 70), ("Ledamot", 260)],
            [("Eva Strand (V)", 70), ("Ledamot", 260)],
            [("Kim Nyberg (KD)", 70), ("Tjg ersättare för Lo Ek", 260)],
            [("Siv Hallgren (L)", 70), ("Ersättare", 260)],
            [("Bo Lindqvist (M)", 70), ("Ersättare", 260)],
        ]
    )
    assert roster_of(*cells) == [
        ("Agnes Hedin", "ordförande"),
        ("Per Berg", "vice ordförande"),
        ("Ola Ny", "ledamot"),
        ("Eva Strand", "ledamot"),
        ("Kim Nyberg", "ersättare"),
        ("Siv Hallgren", "ersättare"),
        ("Bo Lindqvist", "ersättare"),
    ]


def test_a_label_wrapped_over_the_rows_of_its_entries_is_one_heading():
    cells = rows_at(
        [
            [("Beslutande", 70), ("Agnes Hedin (S), ordförande", 200)],
            [("", 70), ("Per Berg (M)", 200)],
            [("Närvarande ej", 70), ("Ola Ny (C)", 200)],
            [("tjänstgörande", 70), ("Eva Strand (V)", 200)],
            [("ersättare", 70), ("Kim Nyberg (KD)", 200)],
            [("Anmält", 70), ("Siv Hallgren (L)", 200)],
            [("förhinder", 70), ("Bo Lindqvist (M)", 200)],
        ]
    )
    cells = [c for c in cells if c.text]
    assert roster_of(*cells) == [
        ("Agnes Hedin", "ordförande"),
        ("Per Berg", "ledamot"),
        ("Ola Ny", "ersättare"),
        ("Eva Strand", "ersättare"),
        ("Kim Nyberg", "ersättare"),
    ]
    assert absent_of(*cells) == ["Siv Hallgren", "Bo Lindqvist"]


def test_abbreviated_functions_in_the_first_column_and_absent_rows_under_a_heading_alone():
    cells = rows_at(
        [
            [("Närvarande", 70)],
            [("Ordf", 70), ("Agnes Hedin (S)", 200)],
            [("1:e vice ordf", 70), ("Per Berg (M)", 200)],
            [("Ledamot", 70), ("Ola Ny (C)", 200)],
            [("Tjg ers", 70), ("Kim Nyberg (KD) för Lo Ek", 200)],
            [("Frånvarande", 70)],
            [("Ledamot", 70), ("Siv Hallgren (L)", 200)],
            [("Tjänstepersoner", 70)],
            [("Bo Lindqvist", 200), ("Kommundirektör", 350)],
        ]
    )
    assert roster_of(*cells) == [
        ("Agnes Hedin", "ordförande"),
        ("Per Berg", "vice ordförande"),
        ("Ola Ny", "ledamot"),
        ("Kim Nyberg", "ersättare"),
        ("Bo Lindqvist", "tjänsteperson"),
    ]
    assert absent_of(*cells) == ["Siv Hallgren"]


def test_a_role_abbreviation_before_a_name_on_its_line_is_that_entrys_alone():
    cells = rows_at([[("Beslutande", 70)], [("Ordf. Agnes Hedin (S)", 70)], [("Per Berg (M)", 70)]])
    assert roster_of(*cells) == [("Agnes Hedin", "ordförande"), ("Per Berg", "ledamot")]


@pytest.mark.parametrize("label", ["Vid tangenterna:", "Vid tangenterna", "Protokollförare:"])
def test_the_note_taker_at_the_keyboard_is_the_secretary(label):
    cells = rows_at(
        [
            [("Övriga deltagande", 70)],
            [("Lena Åsberg", 70), ("Kommundirektör", 260)],
            [(label, 70), ("Lena Åsberg", 260)],
        ]
    )
    assert roster_of(*cells) == [("Lena Åsberg", "tjänsteperson"), ("Lena Åsberg", "sekreterare")]


def test_a_ruled_table_whose_role_cell_says_whom_the_row_replaces():
    cells = rows_at(
        [
            [("Namn", 70), ("Parti", 230), ("Roll", 270), ("§", 430)],
            [("Agnes Hedin", 70), ("S", 230), ("Ordförande", 270), ("§§ 45–49", 430)],
            [("Per Berg", 70), ("M", 230), ("Ledamot", 270)],
            [("Kim Nyberg", 70), ("KD", 230), ("Ersätter Lo Ek", 270), ("45–47", 430)],
        ]
    )
    assert roster_of(*cells) == [("Agnes Hedin", "ordförande"), ("Per Berg", "ledamot"), ("Kim Nyberg", "ersättare")]


@pytest.mark.parametrize(
    ("entry", "role", "expected"),
    [
        # a presence word after the name, no comma
        ("Ola Nyberg (S) tjg", "ersättare", ("Ola Nyberg", "ersättare", "S", True)),
        ("Ola Nyberg (C) tjänstgörande, Nora kommun", "ersättare", ("Ola Nyberg", "ersättare", "C", True)),
        # a job title, a colon and the name
        ("Kommundirektör: Lena Åsberg", "övrig", ("Lena Åsberg", "tjänsteperson", None, None)),
        ("Biträdande ekonomichef: Lena Åsberg, § 5", "övrig", ("Lena Åsberg", "tjänsteperson", None, None)),
    ],
)
def test_presence_after_the_name_and_a_title_before_a_colon(entry, role, expected):
    p = parse_person_line(entry, role)
    assert p is not None and (p.name, p.role, p.party, p.present) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ledamöter (11)", ("Ledamöter", "ledamot", "")),
        ("Närvarande (9 st): Anna Ek", ("Närvarande", None, "Anna Ek")),
        ("Ersättare (ej tjänstgörande)", ("Ej tjänstgörande ersättare", "ersättare", "")),
        ("Tjänstgörande ersättare (2):", ("Tjänstgörande ersättare", "ersättare", "")),
        ("Anna Ek (S)", None),
        ("Ersättare (S)", None),
    ],
)
def test_a_heading_with_its_count_or_a_qualifier_in_brackets(text, expected):
    from pipeline.parse.segment import roster_heading

    assert roster_heading(text) == expected


def test_an_absent_heading_with_its_count():
    from pipeline.parse.segment import absent_heading

    assert absent_heading("Frånvarande (2)") == ("Frånvarande", "")
    assert absent_heading("Anmält förhinder (1): Anna Ek") == ("Anmält förhinder", "Anna Ek")


def test_a_role_word_on_the_line_under_an_entry_ends_that_entry():
    cells = rows_at(
        [
            [("Närvarande", 70)],
            [("Anna Ek (S)", 70)],
            [("ordförande", 70)],
            [("Ola Nyberg (C)", 70)],
            [("ersättare", 70)],
        ]
    )
    assert roster_of(*cells) == [("Anna Ek", "ordförande"), ("Ola Nyberg", "ersättare")]


@pytest.mark.parametrize(
    "heading", ["Närvarande ej tjg ersättare:", "Ej tjg ersättare", "Ersättare (ej tjänstgörande)"]
)
def test_non_serving_substitutes_abbreviated_or_qualified_in_brackets(heading):
    cells = rows_at([[("Ledamöter (2)", 70)], [("Anna Ek (S)", 70)], [(heading, 70)], [("Ola Nyberg (C)", 70)]])
    assert roster_of(*cells) == [("Anna Ek", "ledamot"), ("Ola Nyberg", "ersättare")]


def test_a_label_beside_a_name_and_its_function_cell_is_no_row_of_headings():
    cells = rows_at(
        [
            [("Beslutande", 70), ("Anna Ek (S)", 200), ("Ordförande", 360)],
            [("Per Berg (M)", 200), ("Ledamot", 360)],
            [("Ola Nyberg (C)", 200), ("Tjg ersättare för Bo Lindqvist", 360)],
            [("Siv Hallgren (L)", 200), ("Ersättare", 360)],
        ]
    )
    assert roster_of(*cells) == [
        ("Anna Ek", "ordförande"),
        ("Per Berg", "ledamot"),
        ("Ola Nyberg", "ersättare"),
        ("Siv Hallgren", "ersättare"),
    ]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Ek, Anna (S), ordförande, Berg, Per (M), Nyberg, Ola (C)",
            ["Anna Ek (S), ordförande", "Per Berg (M)", "Ola Nyberg (C)"],
        ),
        ("Ek, Anna (S), ordförande, Per Berg (M)", ["Anna Ek (S), ordförande", "Per Berg (M)"]),
        # "Maj-Lis": a double given name whose parts are given names
        ("Oscarsson, Maj-Lis (S), Nyqvist, Erland (M)", ["Maj-Lis Oscarsson (S)", "Erland Nyqvist (M)"]),
        # one entry on its line stays as written
        ("Strandberg, Mia, Nora kommun", ["Strandberg, Mia, Nora kommun"]),
    ],
)
def test_a_running_list_that_opens_family_name_first(text, entries):
    assert split_entries(text) == entries


def test_whom_a_substitute_replaces_in_brackets():
    p = parse_person_line("Ola Nyberg (C) (ersätter Per Berg)", None)
    assert p is not None and (p.name, p.role, p.party, p.replaces) == ("Ola Nyberg", "ersättare", "C", "Per Berg")


def test_a_row_of_signature_captions_heads_no_names_under_it():
    from pipeline.parse.segment import find_roster

    cells = rows_at(
        [
            [("Utses att justera: Per Berg", 70)],
            [("Underskrifter", 70)],
            [("Anna Ek", 70), ("Per Berg", 300)],
            [("Ordförande", 70), ("Justerare", 300)],
            [("Lena Åsberg", 70)],
            [("Sekreterare", 70)],
        ]
    )
    people, _ = read_roster(find_roster(cells))
    assert [(p.name, p.role) for p in people] == [("Per Berg", "justerare")]


def test_a_heading_under_a_roster_in_two_page_columns_heads_what_follows_them():
    cells = rows_at(
        [
            [("Ledamöter", 70), ("Ersättare", 300)],
            [("Anna Ek (S), ordförande", 70), ("Siv Hallgren (L)", 300)],
            [("Per Berg (M)", 70), ("Bo Lindqvist (M)", 300)],
            [("Ola Nyberg (C)", 70), ("Tjänstgörande ersättare", 300)],
            [("Eva Strand (V)", 70), ("Kim Nyman (KD) för Lo Ekman (KD)", 300)],
            [("Lars Holm (S)", 70), ("Åsa Lund (S) för Per Åkesson (S)", 300)],
            [("Övriga deltagande", 70)],
            [("Lena Åsberg", 70), ("Kommundirektör", 300)],
            [("Karin Sund", 70), ("Ekonomichef", 300)],
        ]
    )
    people = roster_of(*cells)
    assert [p for p in people if p[1] in ("ersättare", "tjänsteperson")] == [
        ("Siv Hallgren", "ersättare"),
        ("Bo Lindqvist", "ersättare"),
        ("Kim Nyman", "ersättare"),
        ("Åsa Lund", "ersättare"),
        ("Lena Åsberg", "tjänsteperson"),
        ("Karin Sund", "tjänsteperson"),
    ]


def test_label_rows_at_another_x_are_no_rows_of_the_page_columns_above():
    cells = rows_at(
        [
            [("Beslutande", 70), ("Övriga närvarande", 320)],
            [("Anna Ek (S), ordförande", 70), ("Lena Åsberg, kommundirektör", 320)],
            [("Per Berg (M)", 70), ("Ersättare", 320)],
            [("Ola Nyberg (C)", 70), ("Siv Hallgren (L)", 320)],
            [("Eva Strand (V)", 70), ("Bo Lindqvist (M)", 320)],
            [("Utses att justera", 70), ("Per Berg", 220)],
            [("Sekreterare", 70), ("Lena Åsberg", 220)],
        ]
    )
    assert roster_of(*cells) == [
        ("Anna Ek", "ordförande"),
        ("Per Berg", "ledamot"),
        ("Ola Nyberg", "ledamot"),
        ("Eva Strand", "ledamot"),
        ("Lena Åsberg", "tjänsteperson"),
        ("Siv Hallgren", "ersättare"),
        ("Bo Lindqvist", "ersättare"),
        ("Per Berg", "justerare"),
        ("Lena Åsberg", "sekreterare"),
    ]


def test_an_organisation_after_a_name_in_a_comma_list_is_no_person():
    assert split_entries("Eva Strand, Länsstyrelsen Örebro, Siv Hallgren, RF-SISU") == [
        "Eva Strand, Länsstyrelsen Örebro",
        "Siv Hallgren, RF-SISU",
    ]
    p = parse_person_line("Eva Strand, Länsstyrelsen Örebro", "övrig")
    assert p is not None and (p.name, p.organization) == ("Eva Strand", "Länsstyrelsen i Örebro län")
    assert parse_person_line("Länsstyrelsen Örebro", "övrig") is None


@pytest.mark.parametrize(("present", "away"), [("Närvarande", "Frånvarande"), ("Ledamöter", "Anmält förhinder")])
def test_those_there_and_those_not_side_by_side(present, away):
    cells = rows_at(
        [
            [(present, 70), (away, 300)],
            [("Anna Ek (S), ordförande", 70), ("Siv Hallgren (L)", 300)],
            [("Per Berg (M)", 70), ("Bo Lindqvist (M)", 300)],
            [("Ola Nyberg (C)", 70)],
        ]
    )
    assert roster_of(*cells) == [("Anna Ek", "ordförande"), ("Per Berg", "ledamot"), ("Ola Nyberg", "ledamot")]
    assert absent_of(*cells) == ["Siv Hallgren", "Bo Lindqvist"]


@pytest.mark.parametrize(
    "entry",
    [
        "Eva Strand, ordförande i pensionärsrådet",
        "Kim Nyman (M), ersättare i kommunstyrelsen",
        "Ola Nyberg (L), ledamot i kommunfullmäktige",
        "Per Åkesson, kommunstyrelsens ordförande",
    ],
)
def test_a_seat_elsewhere_is_a_title_and_its_holder_a_guest(entry):
    p = parse_person_line(entry, "övrig")
    assert p is not None and p.role == "övrig" and p.title is not None


@pytest.mark.parametrize(
    "label", ["Vid pennan:", "Antecknat av:", "Anteckningar förda av:", "Sekreterare/antecknare:", "Protokoll fört av"]
)
def test_the_note_taker_in_the_words_minutes_use(label):
    cells = rows_at([[("Deltagare", 70)], [("Per Berg, Nora kommun", 70)], [(f"{label} Lena Åsberg", 70)]])
    assert roster_of(*cells) == [("Per Berg", "ledamot"), ("Lena Åsberg", "sekreterare")]


@pytest.mark.parametrize(
    "entry",
    ["Anna Ek, Kumla kommun, sammankallande", "Anna Ek, Kumla kommun (sammankallande)", "Anna Ek, mötesordförande"],
)
def test_the_convener_of_a_group_is_its_chair(entry):
    p = parse_person_line(entry, None)
    assert p is not None and (p.name, p.role) == ("Anna Ek", "ordförande")


# --------------------------------------------------------------------------- names in capitals
# Rosters and signature boxes print names in capitals, whole or the family name alone; the name
# is given as written elsewhere ("Åström-Lund", "af", "von"), so it matches the roster's.
NAMES_IN_CAPITALS = [
    ("ANNA EK (S), ordförande", None, ("Anna Ek", "ordförande", "S")),
    ("PER-OLOF BERG", "ledamot", ("Per-Olof Berg", "ledamot", None)),
    ("EVA ÅSTRÖM-LUND (C)", "ledamot", ("Eva Åström-Lund", "ledamot", "C")),
    ("Anna EK (S)", "ledamot", ("Anna Ek", "ledamot", "S")),
    ("Karin ÖSTLUND-BERG, vice ordförande", None, ("Karin Östlund-Berg", "vice ordförande", None)),
    ("KARL-ERIK AF EKSTRÖM (M)", "ledamot", ("Karl-Erik af Ekström", "ledamot", "M")),
    ("LENA VON PLATEN", "justerare", ("Lena von Platen", "justerare", None)),
    ("EK, ANNA (S)", "ledamot", ("Anna Ek", "ledamot", "S")),
    # a given name the shipped list lacks: the entry's party or title says it is a person
    ("MIA HOLM, kommundirektör", "tjänsteperson", ("Mia Holm", "tjänsteperson", None)),
    ("DISA QVARNLÖF (KD)", "ledamot", ("Disa Qvarnlöf", "ledamot", "KD")),
]


@pytest.mark.parametrize(("line", "role", "expected"), NAMES_IN_CAPITALS)
def test_a_name_in_capitals_is_read_in_the_case_names_are_written(line, role, expected):
    p = parse_person_line(line, role)
    assert p is not None
    assert (p.name, p.role, p.party) == expected


@pytest.mark.parametrize(
    "line",
    ["BESLUTANDE", "NÄRVARANDE", "BESLUTANDE LEDAMÖTER", "ÖVRIGA DELTAGANDE", "PROTOKOLL", "KUMLA KOMMUN",
     "REGION ÖREBRO LÄN", "NORA KOMMUN", "SAMMANTRÄDESPROTOKOLL", "KS AU"],
)  # fmt: skip
def test_a_heading_or_an_organisation_in_capitals_is_no_person(line):
    assert parse_person_line(line, "ledamot") is None
    assert not looks_like_name(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ANNA EK", "Anna Ek"),
        ("Eva ÅSTRÖM-LUND", "Eva Åström-Lund"),
        ("KARL AF EKSTRÖM", "Karl af Ekström"),
        ("AGNES DE LIND", "Agnes de Lind"),
        ("Ann-Sofie De Geer", "Ann-Sofie De Geer"),  # ordinary case stays as written
        ("PER J. EK", "Per J. Ek"),
    ],
)
def test_recase_name(text, expected):
    from pipeline.parse.text import recase_name

    assert recase_name(text) == expected


def test_the_member_a_substitute_stands_in_for_is_named_as_written_elsewhere():
    p = parse_person_line("ANNA EK (S) ersätter PER BERG (M)", None)
    assert p is not None and (p.name, p.role, p.replaces) == ("Anna Ek", "ersättare", "Per Berg")


def test_a_roster_and_a_signature_box_in_capitals():
    from pipeline.parse.segment import find_roster

    front = lines_of(
        "KUMLA KOMMUN",
        "BESLUTANDE",
        "ANNA EK (S), ordförande",
        "Per BERG (M)",
        "ÖVRIGA DELTAGANDE",
        "MIA HOLM, kommundirektör",
        "Justerare",
        "PER BERG",
    )
    people, _ = read_roster(find_roster(list(front)))
    assert [(p.name, p.role) for p in people] == [
        ("Anna Ek", "ordförande"),
        ("Per Berg", "ledamot"),
        ("Mia Holm", "tjänsteperson"),
        ("Per Berg", "justerare"),
    ]


# --------------------------------------------------------------------------- particles, initials
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Karl-Erik af Ekström (M)", "Karl-Erik af Ekström"),
        ("Lena von Platen, Kumla kommun", "Lena von Platen"),
        ("Ann-Sofie De Geer (KD)", "Ann-Sofie De Geer"),
        ("Per J. Ek (SD)", "Per J. Ek"),
        ("Per J. Ek, ordförande", "Per J. Ek"),
        ("Eva-Lena M. Strand, Nora kommun", "Eva-Lena M. Strand"),
        # family name first: the initial ends the given name, not the name ("Per J. Ek")
        ("Ek, Per J.", "Per J. Ek"),
        ("Sandberg, Eva-Lena K., Nora kommun", "Eva-Lena K. Sandberg"),
    ],
)
def test_names_with_particles_hyphens_and_initials(line, expected):
    p = parse_person_line(line, "ledamot")
    assert (p.name if p else None) == expected


def test_an_initial_stands_only_inside_a_name():
    assert looks_like_name("Per J. Ek")
    assert not looks_like_name("J. Ek")
    assert not looks_like_name("Per Ek J.")


# --------------------------------------------------------------------------- a justerare's substitute
@pytest.mark.parametrize(
    "entry",
    [
        "Eva Strand, ersättare Lo Berg",
        "Eva Strand (ersättare Lo Berg)",
        "Eva Strand (ersättare: Lo Berg)",
        "Eva Strand med Lo Berg som ersättare",
        "Eva Strand, med Lo Berg som ersättare",
        "Eva Strand, Kumla kommun, ersättare Lo Berg, Kumla kommun",
    ],
)
def test_a_justerare_entry_with_a_substitute_names_one_justerare(entry):
    section = RosterSection(heading="Justerare", role="justerare", lines=(Line(text=entry, page=1),))
    people, _ = read_roster([section])
    assert [(p.name, p.role) for p in people] == [("Eva Strand", "justerare")]


def test_names_beside_lower_case_titles_in_a_table():
    section = RosterSection(
        heading="Närvarande tjänstepersoner",
        role="tjänsteperson",
        lines=(
            cell("Lena Ås", 70, 100),
            cell("utvecklingsledare", 270, 100),
            cell("Per J. Ek", 70, 113),
            cell("regional samordnare", 270, 113),
            cell("MIA HOLM", 70, 126),
            cell("kommundirektör", 270, 126),
        ),
    )
    assert [(p.name, p.role, p.title) for p in read_roster([section])[0]] == [
        ("Lena Ås", "tjänsteperson", "utvecklingsledare"),
        ("Per J. Ek", "tjänsteperson", "regional samordnare"),
        ("Mia Holm", "tjänsteperson", "kommundirektör"),
    ]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Stina Edlund, enhetschef, Örebro kommun och Bergendahl, Sixten, enhetschef, Region Örebro län",
            ["Stina Edlund, enhetschef, Örebro kommun", "Sixten Bergendahl, enhetschef, Region Örebro län"],
        ),
        (
            "Anna Ek, Kumla kommun, Per Berg, Nora kommun och Lindell, Sixten, Region Örebro län",
            ["Anna Ek, Kumla kommun", "Per Berg, Nora kommun", "Sixten Lindell, Region Örebro län"],
        ),
    ],
)
def test_och_and_a_family_name_first_after_the_organisation_that_ends_an_entry(text, entries):
    assert split_entries(text) == entries


def test_a_presence_grid_that_goes_on_over_a_page_under_its_repeated_header():
    def on(text: str, x: float, top: float, page: int) -> Line:
        return Line(text=text, page=page, x0=x, top=top, x1=x + 6 * len(text), bottom=top + 9, size=9)

    first = RosterSection(
        heading="Ersättare",
        role="ersättare",
        lines=(
            on("Ersättare", 70, 600, 1),
            on("Parti", 220, 600, 1),
            on("Närvarande", 255, 600, 1),
            on("Eva Strand", 70, 612, 1),
            on("S", 220, 612, 1),
            on("x", 255, 612, 1),
            on("Kim Nyberg", 70, 624, 1),
            on("M", 220, 624, 1),
        ),
    )
    second = RosterSection(
        heading="Ersättare",
        role="ersättare",
        lines=(
            on("Ersättare", 70, 95, 2),
            on("Parti Närvarande", 220, 95, 2),  # two labels extraction left in one cell
            on("Lo Ek", 70, 107, 2),
            on("L", 220, 107, 2),
        ),
    )
    present, absent = read_roster([first, second])
    assert [p.name for p in present] == ["Eva Strand"]
    assert [p.name for p in absent] == ["Kim Nyberg", "Lo Ek"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Alfred Ulander, HR-chef, Georg Hjort, planeringschef, §", "111, Ottilia Berg, administratör"),
        ("Alfred Ulander, HR-chef, Georg Hjort, planeringschef, §§ 110–", "112, Ottilia Berg, administratör"),
    ],
)
def test_a_span_of_items_cut_at_the_line_end_goes_on_with_its_entry(first, second):
    """ "…, planeringschef, §" / "111, Ottilia Berg, administratör": the line ends inside a span
    of items; the next line goes on with it, and the person after the span is read."""
    section = RosterSection(heading="Övriga deltagande", role="tjänsteperson", lines=lines_of(first, second))
    people, _ = read_roster([section])
    assert [(p.name, p.title) for p in people] == [
        ("Alfred Ulander", "HR-chef"),
        ("Georg Hjort", "planeringschef"),
        ("Ottilia Berg", "administratör"),
    ]


# Absence in brackets after a name, absent headings "Inte närvarande", "Frånvarande utan
# ersättare", and "Deltagande" as the heading of those present.
@pytest.mark.parametrize(
    ("lines", "present", "absent"),
    [
        (
            ["Närvarande", "Eva Lind (S), ordförande", "Kim Lund (C) (anmält förhinder)", "Per Berg (M)"],
            [("Eva Lind", "ordförande"), ("Per Berg", "ledamot")],
            ["Kim Lund"],
        ),
        (
            ["Närvarande", "Eva Lind (S), ordförande", "Kim Lund (C) (frånvarande)"],
            [("Eva Lind", "ordförande")],
            ["Kim Lund"],
        ),
        (
            ["Beslutande", "Eva Lind (S), ordförande", "Inte närvarande", "Kim Lund (C)"],
            [("Eva Lind", "ordförande")],
            ["Kim Lund"],
        ),
        (
            ["Beslutande", "Eva Lind (S), ordförande", "Frånvarande utan ersättare", "Kim Lund (C)"],
            [("Eva Lind", "ordförande")],
            ["Kim Lund"],
        ),
        (
            ["Deltagande", "Eva Lind (S), ordförande", "Per Berg (M)"],
            [("Eva Lind", "ordförande"), ("Per Berg", "ledamot")],
            [],
        ),
    ],
)
def test_absence_marked_in_the_list_or_under_its_heading(lines, present, absent):
    from pipeline.parse.segment import find_roster

    people, away = read_roster(find_roster([Line(text=t, page=1) for t in lines]))
    assert [(p.name, p.role) for p in people] == present
    assert [p.name for p in away] == absent
