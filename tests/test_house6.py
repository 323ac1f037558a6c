"""Rules for the house styles of tests/zoo/house6.py (written blind): each a fact about Swedish
protocols, tested on lines written here.  Names are invented.
"""

from __future__ import annotations

import pytest

from pipeline.parse.segment import find_items, roster_heading
from pipeline.parse.text import sentence_spans
from pipeline.records import Line


def lines(*texts: str) -> list[Line]:
    return [Line(text=t, page=1) for t in texts]


# --------------------------------------------------------------------------- items
@pytest.mark.parametrize("year", ["25", "2025"])
def test_a_paragraph_numbered_within_its_year_is_its_number(year: str) -> None:
    """A company's board numbers its §§ within the year: "§ 12/25 Title" is item 12."""
    items = find_items(lines(f"§ 12/{year} Mötets öppnande", "Text.", f"§ 13/{year} Budget 2026", "Text."))
    assert [(i.number, i.title) for i in items] == [("12", "Mötets öppnande"), ("13", "Budget 2026")]


def test_a_case_number_after_a_paragraph_sign_is_no_item_number() -> None:
    assert find_items(lines("§ 2024/123 Budget", "Text.", "§ 2024/124 Taxor", "Text.")) == []


# --------------------------------------------------------------------------- rosters
@pytest.mark.parametrize("heading", ["Lekmannarevisor", "Lekmannarevisorer", "Revisorer", "Förtroendevald revisor"])
def test_an_auditors_heading_opens_a_section_of_its_own(heading: str) -> None:
    found = roster_heading(heading)
    assert found is not None and found[1] == "övrig"


# --------------------------------------------------------------------------- sentences
@pytest.mark.parametrize("abbreviation", ["kv.", "t.v.", "o.d.", "f.ö.", "avd."])
def test_an_abbreviation_ends_no_sentence(abbreviation: str) -> None:
    text = f"Styrelsen beslutade att bygga om i {abbreviation} Lärkan inom ramen. Nästa punkt."
    assert len(sentence_spans(text)) == 2


# --------------------------------------------------------------------------- a seat table's presence
def at(text: str, x: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x, top=top, x1=x + 5.5 * len(text), bottom=top + 9, size=10)


def seat_table(header: list[tuple[str, float]], rows: list[list[tuple[str, float]]]) -> tuple[list, list]:
    from pipeline.parse.people import read_roster
    from pipeline.parse.segment import find_roster

    lines = [at("Protokoll", 62, 60)] + [at(t, x, 100) for t, x in header]
    lines += [at(t, x, 118 + 14 * k) for k, row in enumerate(rows) for t, x in row]
    found, absent = read_roster(find_roster(lines))
    return [(p.name, p.role, p.organization) for p in found], [p.name for p in absent]


def test_each_seat_with_a_presence_column_of_its_own() -> None:
    """ "Organisation | Ledamot | Närv. | Ersättare | Närv.": a mark under a seat's own presence
    column seats its person; a member without one was absent, a substitute without one was not
    called."""
    header = [("Organisation", 62), ("Ledamot", 197), ("Närv.", 352), ("Ersättare", 384), ("Närv.", 507)]
    people, absent = seat_table(
        header,
        [
            [("Kumla", 62), ("Anna Ek (ordf.)", 197), ("X", 352), ("Per Berg", 384)],
            [("Nora", 62), ("Lisa Holm", 197), ("Karl Ström", 384), ("X", 507)],
            [("Laxå", 62), ("Eva Lund", 197), ("X", 352), ("Ola Dahl", 384), ("X", 507)],
        ],
    )
    assert people == [
        ("Anna Ek", "ordförande", "Kumla kommun"),
        ("Karl Ström", "ersättare", "Nora kommun"),
        ("Eva Lund", "ledamot", "Laxå kommun"),
        ("Ola Dahl", "ersättare", "Laxå kommun"),
    ]
    assert absent == ["Lisa Holm"]


def test_one_column_naming_the_seat_that_attended() -> None:
    """ "Organisation | Ledamot | Ersättare | Deltog": "ledamot", "ersättare", "båda" or "–"."""
    header = [("Organisation", 62), ("Ledamot", 200), ("Ersättare", 330), ("Deltog", 460)]
    people, absent = seat_table(
        header,
        [
            [("Kumla kommun", 62), ("Anna Ek", 200), ("Per Berg", 330), ("ledamot", 460)],
            [("Nora kommun", 62), ("Lisa Holm", 200), ("Karl Ström", 330), ("ersättare", 460)],
            [("Laxå kommun", 62), ("Eva Lund", 200), ("Ola Dahl", 330), ("båda", 460)],
            [("Hallsbergs kommun", 62), ("Maja Berg", 200), ("Vakant", 330), ("–", 460)],
        ],
    )
    assert [(n, r) for n, r, _ in people] == [
        ("Anna Ek", "ledamot"),
        ("Karl Ström", "ersättare"),
        ("Eva Lund", "ledamot"),
        ("Ola Dahl", "ersättare"),
    ]
    assert sorted(absent) == ["Lisa Holm", "Maja Berg"]


# --------------------------------------------------------------------------- officials, auditors, the justerare's box
def roster_of(*texts: str) -> list[tuple[str, str, str | None]]:
    from pipeline.parse.people import read_roster
    from pipeline.parse.segment import find_roster

    found, _ = read_roster(find_roster(lines("Protokoll", *texts)))
    return [(p.name, p.role, p.title) for p in found]


def test_an_official_listed_as_the_secretary_is_both() -> None:
    assert roster_of("Övriga närvarande", "Lo Berg, controller", "Mia Ek, administrativ chef, sekreterare") == [
        ("Lo Berg", "tjänsteperson", "controller"),
        ("Mia Ek", "tjänsteperson", "administrativ chef"),
        ("Mia Ek", "sekreterare", "administrativ chef"),
    ]


def test_an_auditor_under_an_auditors_heading_holds_no_seat() -> None:
    people = roster_of("Ledamöter", "Anna Ek, ordförande", "Lekmannarevisor", "Erik Sund, utsedd av kommunfullmäktige")
    assert people == [("Anna Ek", "ordförande", None), ("Erik Sund", "övrig", "lekmannarevisor")]


def test_the_justerares_box_at_the_end_is_no_decision() -> None:
    from pipeline.parse import parse
    from pipeline.records import ExtractedDocument, Page

    texts = ["Protokoll", "Kulturnämnden Laxå kommun 2026-03-04", "§ 7 Bidrag", "Beslut"]
    texts += ["Nämnden beslutar att bevilja bidraget.", "Justerandes signatur", "Anna Ek", "Ordförande"]
    page = Page(number=1, lines=tuple(Line(text=t, page=1) for t in texts))
    doc = parse(ExtractedDocument(doc_id="d", path="d.txt", pages=(page,), source="text", engine="text"))
    assert [d.text for d in doc.items[0].decisions] == ["Nämnden beslutar att bevilja bidraget."]


# --------------------------------------------------------------------------- a kommunfullmäktige's party columns
def test_an_abbreviated_absence_in_brackets_is_absence() -> None:
    from pipeline.parse.people import parse_person_line

    for note in ("(frånv.)", "(frånv)", "(ej närv.)", "(förh.)"):
        p = parse_person_line(f"Lisa Holm {note}", None)
        assert p is not None and p.present is False, note


def test_a_role_before_a_whole_name_opens_an_entry_of_its_own() -> None:
    """ "Eva Lund (frånv.)" / "ers. Karl Ström": the substitute under the absent member is an
    entry, not the end of the member's line."""
    people = roster_of("Beslutande", "Anna Ek, ordf.", "Eva Lund (frånv.)", "ers. Karl Ström", "Per Berg")
    assert [(n, r) for n, r, _ in people] == [
        ("Anna Ek", "ordförande"),
        ("Karl Ström", "ersättare"),
        ("Per Berg", "ledamot"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Övriga närvarande: kanslichef Lo Ek, förvaltningschef Eva Ny och kommunsekreterare", "Ulla-Britt Kärrberg"),
        ("Övriga närvarande: kanslichef Lo Ek, förvaltningschef Eva Ny och kommunsekreterare Ulla-Britt", "Kärrberg"),
    ],
)
def test_running_text_of_officials_titles_first_wrapped_before_or_inside_a_name(first: str, second: str) -> None:
    assert roster_of(first, second) == [
        ("Lo Ek", "tjänsteperson", "kanslichef"),
        ("Eva Ny", "tjänsteperson", "förvaltningschef"),
        ("Ulla-Britt Kärrberg", "tjänsteperson", "kommunsekreterare"),
        ("Ulla-Britt Kärrberg", "sekreterare", "kommunsekreterare"),  # a kommunsekreterare keeps the minutes
    ]
