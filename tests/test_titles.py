"""A document's title: the heading that names it, as the heading writes it.

Lines are written here; the organisations are Örebro län's.
"""

from __future__ import annotations

import pytest

from pipeline.parse.classify import document_title
from pipeline.records import ExtractedDocument, Line, Page


def doc(*lines: Line) -> ExtractedDocument:
    return ExtractedDocument(
        doc_id="d", path="d.pdf", pages=(Page(number=1, lines=lines),), source="pdf", engine="pdfium"
    )


def line(text: str, top: float, size: float = 10.0) -> Line:
    return Line(text=text, page=1, x0=60.0, top=top, x1=60.0 + 6 * len(text), bottom=top + size, size=size)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Protokoll", "Protokoll"),
        ("Protokoll 2024-06-14", "Protokoll 2024-06-14"),
        ("Protokoll 250425", "Protokoll 250425"),
        ("Protokoll 4 mars 2025", "Protokoll 4 mars 2025"),
        (
            "Protokoll från Specifika samverkansrådet för folkhälsa",
            "Protokoll från Specifika samverkansrådet för folkhälsa",
        ),
        ("Protokoll – Regionala samverkansrådet", "Protokoll"),  # a field beside the heading
        ("PROTOKOLL 2024-02-19 Dnr 24RS8571 Regionala samverkansrådet", "Protokoll"),  # a header of fields
        ("SAMMANTRÄDESPROTOKOLL", "Sammanträdesprotokoll"),
    ],
)
def test_a_protocols_title_is_its_heading_with_its_date_or_whose_it_is(heading: str, title: str) -> None:
    assert document_title(doc(line("Region Örebro län", 40), line(heading, 80, 16)), "protokoll") == title


def test_the_heading_wins_over_a_letterhead_field_of_the_same_word() -> None:
    lines = (line("Protokoll", 40, 11), line("Region Örebro län", 52), line("Protokoll 2025-04-25", 90, 16))
    assert document_title(doc(*lines), "protokoll") == "Protokoll 2025-04-25"
