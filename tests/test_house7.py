"""Rules for the house styles of tests/zoo/house7.py (written blind): each a fact about Swedish
minutes and protocols, tested on lines written here.  Names are invented.
"""

from __future__ import annotations

from pipeline.parse.decisions import find_decisions
from pipeline.parse.segment import find_items, roster_heading
from pipeline.records import Line


def at(text: str, x: float, top: float, *, size: float = 10.0, bold: bool = False) -> Line:
    return Line(text=text, page=1, x0=x, top=top, x1=x + 5.5 * len(text), bottom=top + size, size=size, bold=bold)


def test_the_bodys_name_set_like_a_heading_over_the_meetings_data_is_no_item() -> None:
    """Minutes whose items are bold headings: the group's name in bold above "Mötesdatum:" is
    the header, not the first item."""
    lines = [
        at("Region Örebro län", 60, 40),
        at("MINNESANTECKNINGAR", 400, 40),
        at("Regional utveckling", 60, 52),
        at("Chefsgrupp folkhälsa", 60, 90, size=12, bold=True),
        at("Mötesdatum: 28 oktober 2026", 60, 108),
        at("Närvarande", 60, 130),
        at("Lo Ek, folkhälsostrateg, Kumla kommun", 200, 130),
    ]
    top = 160.0
    for title in ("Mötets inledning", "Uppföljning av handlingsplanen", "Nästa möte"):
        lines += [at(title, 60, top, size=11, bold=True), at("Gruppen diskuterade frågan.", 60, top + 16)]
        top += 40
    assert [i.title for i in find_items(lines)] == ["Mötets inledning", "Uppföljning av handlingsplanen", "Nästa möte"]


def test_process_support_are_officials() -> None:
    found = roster_heading("Processtöd")
    assert found is not None and found[1] == "tjänsteperson"


def test_a_table_of_actions_after_a_decision_is_no_part_of_it() -> None:
    lines = [
        at("Beslut", 68, 100, bold=True),
        at("Gruppen ställer sig bakom förslaget.", 68, 114),
        at("Åtgärd", 68, 132, bold=True),
        at("Ansvarig", 318, 132, bold=True),
        at("Klart senast", 443, 132, bold=True),
        at("Ta fram förslag till program", 68, 144),
        at("Lo Ek", 318, 144),
        at("Nästa möte", 443, 144),
    ]
    assert [d.text for d in find_decisions(lines)] == ["Gruppen ställer sig bakom förslaget."]
