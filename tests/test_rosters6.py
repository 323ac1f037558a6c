"""Roster entries and headings in forms of everyday Swedish protocols: a copula after the
heading, and a substitute's note in brackets that names the member it stood in for.

Names here are invented.
"""

from __future__ import annotations

import pytest

from pipeline.parse.people import parse_person_line
from pipeline.parse.segment import roster_heading


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Närvarande var Anna Ek (S), ordförande, Per Berg (M)", "Anna Ek (S), ordförande, Per Berg (M)"),
        ("Närvarande voro Anna Ek, Per Berg", "Anna Ek, Per Berg"),
        ("Närvarande är Anna Ek (S)", "Anna Ek (S)"),
        ("Närvarande vid mötet var Anna Ek, Kumla kommun", "Anna Ek, Kumla kommun"),
    ],
)
def test_a_copula_between_the_heading_and_its_first_entry_is_no_part_of_the_entry(line: str, rest: str) -> None:
    heading = roster_heading(line)
    assert heading is not None and heading[0].startswith("Närvarande") and heading[2] == rest
    first = parse_person_line(rest.split(",")[0], None)
    assert first is not None and first.title is None


def test_a_heading_followed_by_a_word_that_opens_no_entry_is_still_no_heading() -> None:
    assert roster_heading("Närvarande var samtliga ledamöter") is None


@pytest.mark.parametrize(
    "line",
    [
        "Karl Ström (KD) (tjänstgörande ersättare för Ola Dahl)",
        "Karl Ström (KD) (tjänstgörande ersättare för Ola Dahl (L))",
        "Karl Ström (KD) (ersätter Ola Dahl (L))",
        "Karl Ström (KD) (tjänstgör för Ola Dahl)",
        "Karl Ström (KD) (ersättare för Ola Dahl)",
        "Karl Ström (KD), tjänstgörande ersättare för Ola Dahl (L)",
    ],
)
def test_a_substitutes_note_in_brackets_names_the_member_replaced(line: str) -> None:
    p = parse_person_line(line, None)
    assert p is not None
    assert (p.name, p.party, p.role, p.title, p.replaces) == ("Karl Ström", "KD", "ersättare", None, "Ola Dahl")


# --------------------------------------------------------------------------- one title a person
def minutes(*lines: str):
    from pipeline.parse import parse
    from pipeline.records import ExtractedDocument, Line, Page

    page = Page(number=1, lines=tuple(Line(text=t, page=1) for t in lines))
    return parse(ExtractedDocument(doc_id="d", path="d.txt", pages=(page,), source="text", engine="text"))


def test_a_persons_entry_without_a_title_takes_the_title_another_entry_gives() -> None:
    doc = minutes(
        "Minnesanteckningar",
        "Chefsgrupp folkhälsa 2026-03-04",
        "Deltagare",
        "Anna Ek, Kumla kommun",
        "Tjänstepersoner",
        "Lo Berg, utvecklingsledare, Region Örebro län",
        "1. Mötets öppnande",
        "Anna Ek öppnade mötet.",
        "2. Nästa möte",
        "Nästa möte hålls i maj.",
        "Vid anteckningarna",
        "Lo Berg",
    )
    roles = {(p.name, p.role): p.title for p in doc.participants}
    assert roles[("Lo Berg", "tjänsteperson")] == "utvecklingsledare"
    assert roles[("Lo Berg", "sekreterare")] == "utvecklingsledare"  # from the other entry
    assert roles[("Anna Ek", "ledamot")] is None  # nobody gave her one
