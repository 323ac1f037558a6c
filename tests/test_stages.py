"""The parse stages as data: each declares what it reads and writes, and parse() checks it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.parse import parse, to_json
from pipeline.parse.stages import STAGES
from pipeline.records import ExtractedDocument, Line, Page


def document(*texts: str) -> ExtractedDocument:
    return ExtractedDocument(
        doc_id="x",
        path="x.txt",
        source="text",
        engine="text",
        pages=(Page(number=1, lines=tuple(Line(text=t, page=1) for t in texts)),),
    )


def test_every_stage_reads_only_what_an_earlier_stage_writes():
    available = {"doc", "problems"}
    for stage in STAGES:
        assert set(stage.reads) <= available, stage.name
        available |= set(stage.writes)


def test_parse_records_the_time_of_each_stage_it_ran():
    parsed = parse(document("Protokoll", "Ledamöter:", "Eva Strand, Kumla kommun", "1. Mötet öppnas", "2. Avslut"))
    assert [name for name, _ in parsed.stage_seconds] == [
        "classify",
        "segment",
        "people",
        "items",
        "amounts",
        "events",
        "votes",
        "proposals",
    ]
    assert all(seconds >= 0 for _, seconds in parsed.stage_seconds)


def test_a_stage_that_sets_what_it_does_not_declare_is_an_error():
    broken = replace(STAGES[0], run=lambda state: {"info": None, "surprise": 1})
    with pytest.raises(RuntimeError, match="surprise"):
        parse(document("Protokoll"), stages=(broken,))


def test_an_item_in_the_table_of_contents_that_was_not_found_is_a_problem():
    parsed = parse(
        document(
            "Protokoll",
            "Innehåll",
            "§ 1 Val av justerare",
            "§ 2 Budget",
            "§ 3 Avslut",
            "§ 1 Val av justerare",
            "Text.",
            "§ 2 Budget",
            "Text.",
        )
    )
    assert [i.number for i in parsed.items] == ["1", "2"]
    assert any("3 Avslut" in p.message for p in parsed.problems)


def test_absent_people_are_in_the_json_apart_from_the_participants():
    data = to_json(
        parse(
            document(
                "Protokoll",
                "Ledamöter:",
                "Eva Strand, Kumla kommun",
                "Frånvarande:",
                "Kim Nyberg, Nora kommun",
                "1. Mötet öppnas",
                "2. Avslut",
            )
        )
    )
    assert [p["name"] for p in data["participants"]] == ["Eva Strand"]
    assert [p["name"] for p in data["absent"]] == ["Kim Nyberg"]


def test_a_roster_in_an_appendix_is_read_where_it_stands():
    parsed = parse(
        document(
            "Protokoll",
            "Beslutande: se bilaga 1",
            "§ 1 Mötet öppnas",
            "Text.",
            "§ 2 Avslut",
            "Text.",
            "Bilaga 1",
            "Ledamöter",
            "Eva Strand (S), ordförande",
            "Kim Nyberg (M)",
        )
    )
    assert [(p.name, p.role) for p in parsed.participants] == [("Eva Strand", "ordförande"), ("Kim Nyberg", "ledamot")]


def test_a_kind_word_opening_a_line_of_header_fields_is_the_documents_kind():
    parsed = parse(
        document(
            "PROTOKOLL 2024-02-19 Dnr 24RS8571 Specifika samverkansrådet för folkhälsa",
            "1. Mötet öppnas",
            "Text.",
            "2. Avslut",
            "Text.",
        )
    )
    assert (parsed.info.kind, parsed.info.title, parsed.info.date) == ("protokoll", "Protokoll", "2024-02-19")


def test_an_appendix_named_in_a_sentence():
    parsed = parse(
        document(
            "Protokoll",
            "Beslutande: Se närvaro- och voteringslista, bilaga 1",
            "§ 1 Mötet öppnas",
            "Text.",
            "§ 2 Avslut",
            "Text.",
            "Bilaga 1",
            "Ledamöter",
            "Eva Strand (S), ordförande",
        )
    )
    assert [(p.name, p.role) for p in parsed.participants] == [("Eva Strand", "ordförande")]


def test_parsed_documents_round_trip_through_the_parse_cache_format():
    import json

    from pipeline.extract import extract
    from pipeline.records import ParsedDocument, from_data, to_data

    from .conftest import ROOT

    for name in ("kumla-ks_2024-05-13_protokoll.pdf", "overenskommelse_familjecentraler_2024.pdf"):
        extracted = extract(ROOT / "raw" / name, ocr=False)
        parsed = parse(extracted)
        assert parsed.items or parsed.agreement
        back = from_data(ParsedDocument, json.loads(json.dumps(to_data(parsed))))
        assert back == parsed
        assert from_data(ExtractedDocument, json.loads(json.dumps(to_data(extracted)))) == extracted


def test_the_first_heading_that_names_a_kind_decides_it():
    from pipeline.parse.classify import document_kind

    doc = document(
        "Sammanträdesprotokoll",
        "Kultur- och fritidsnämnden",
        "Ärende 86 INTERNKONTROLLPLAN ENLIGT GÄLLANDE",
        "ÖVERENSKOMMELSE",
    )
    assert document_kind(doc) == "protokoll"


def test_the_closing_signature_box_is_looked_for_after_the_last_items_heading():
    """A short protocol: the last lines reach back into the front matter, where "Protokolljusterare"
    / name / "Sekreterare" / name are headings over their names, no signature captions."""
    items = [
        t for n in range(1, 14) for t in (f"§ {n} Ärende {n}", f"Kommunstyrelsen beslutar att godkänna rapport {n}.")
    ]
    # the last 30 lines open with the justerare's name under its heading
    parsed = parse(
        document(
            "Protokoll",
            "Kommunstyrelsen",
            "Sammanträdesdatum 2025-03-04",
            "Beslutande",
            "Eva Strand (S), ordförande",
            "Kim Nyberg (M)",
            "Protokolljusterare",
            "Kim Nyberg",
            "Sekreterare",
            "Lo Ek",
            *items,
            "Mötet avslutades.",
        )
    )
    assert sorted((p.name, p.role) for p in parsed.participants if p.role in ("sekreterare", "justerare")) == [
        ("Kim Nyberg", "justerare"),
        ("Lo Ek", "sekreterare"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Anteckningar", "minnesanteckningar"),
        ("ANTECKNINGAR  2025-02-28  Styrgrupp barn och unga", "minnesanteckningar"),
        ("Anteckningar från styrgruppens möte", "minnesanteckningar"),
        ("Protokollsanteckningar", "other"),
    ],
)
def test_a_heading_opening_with_anteckningar_names_minutes(heading, kind):
    from pipeline.parse.classify import document_kind

    assert document_kind(document("Region Örebro län", heading, "Styrgrupp barn och unga")) == kind
