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
