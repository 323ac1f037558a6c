"""The contract between stages, by its example instance: `records.EXAMPLE_PROTOCOL` is what the
parser makes of `records.EXAMPLE_EXTRACTED`, and it survives `to_json` and `save_document`."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import sqlite_utils

from pipeline.parse import parse, to_json
from pipeline.records import (
    EXAMPLE_EXTRACTED,
    EXAMPLE_PROTOCOL,
    Amount,
    ExtractedDocument,
    Line,
    ParsedDocument,
    dumps,
    from_data,
    loads,
    to_data,
)
from pipeline.store import ensure_db_shape, save_document


def test_the_example_is_what_the_parser_makes_of_the_example_extraction() -> None:
    assert to_json(parse(EXAMPLE_EXTRACTED)) == to_json(EXAMPLE_PROTOCOL)


def test_every_fact_of_the_example_has_its_document_and_page() -> None:
    facts = EXAMPLE_PROTOCOL.facts()
    assert facts and all(getattr(f, "doc_id") == EXAMPLE_PROTOCOL.doc_id for f in facts)  # noqa: B009
    assert all(getattr(f, "page") == 1 for f in facts)  # noqa: B009
    quoted = [f for f in facts if any(fl.name == "quote" for fl in dataclasses.fields(f))]  # type: ignore[arg-type]
    assert quoted and all(getattr(f, "quote") for f in quoted)  # noqa: B009


def test_the_example_round_trips_through_json() -> None:
    data = to_json(EXAMPLE_PROTOCOL)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert [i["number"] for i in data["items"]] == ["1", "2"]
    assert data["document"]["body"] == "Specifika samverkansrådet för folkhälsa"


@pytest.mark.parametrize(
    ("cls", "record"), [(ExtractedDocument, EXAMPLE_EXTRACTED), (ParsedDocument, EXAMPLE_PROTOCOL)]
)
def test_the_caches_json_is_the_records_data_and_reads_back_as_the_record(cls: type, record: object) -> None:
    written = dumps(record)
    assert json.loads(written) == to_data(record)  # what json.dumps(to_data(...)) wrote before
    assert loads(cls, written) == record
    assert loads(cls, json.dumps(to_data(record), ensure_ascii=False)) == record  # a cache written by json


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), 1e308 * 10])
def test_a_float_that_is_not_finite_reads_back_as_it_was_written(value: float) -> None:
    line = Line(text="Beslut", page=1, x0=value, top=2.5)
    assert loads(Line, dumps(line)) == line  # orjson would have written null
    nan = loads(Line, dumps(Line(text="Beslut", page=1, x0=float("nan"))))
    assert nan.x0 != nan.x0


def test_a_non_finite_float_deep_in_a_document_is_kept() -> None:
    amount = dataclasses.replace(EXAMPLE_PROTOCOL.amounts[0], value=float("inf"))
    parsed = dataclasses.replace(EXAMPLE_PROTOCOL, amounts=(amount,))
    assert loads(ParsedDocument, dumps(parsed)).amounts[0].value == float("inf")
    assert isinstance(amount, Amount) and from_data(Amount, to_data(amount)) == amount


def test_the_example_round_trips_through_the_store(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "p.db")
    ensure_db_shape(db)
    save_document(db, EXAMPLE_EXTRACTED, EXAMPLE_PROTOCOL, raw_root=Path("."))
    data = to_json(EXAMPLE_PROTOCOL)

    people = db.query("select name, role, page, quote from participations order by id")
    assert [(p["name"], p["role"]) for p in people] == [(p["name"], p["role"]) for p in data["participants"]]
    items = list(db.query("select number, title, page from agenda_items order by position"))
    assert [(i["number"], i["title"], i["page"]) for i in items] == [
        (i["number"], i["title"], i["page"]) for i in data["items"]
    ]
    decisions = [d["text"] for d in db.query("select text from decisions order by agenda_item_id, position")]
    assert decisions == [d.text for item in EXAMPLE_PROTOCOL.items for d in item.decisions]
    (amount,) = db.query("select value_sek, text, sentence from amounts")
    assert amount == {"value_sek": 250000.0, "text": "250 000 kronor", "sentence": EXAMPLE_PROTOCOL.amounts[0].sentence}
    (vacancy,) = db.query(
        "select v.role, o.name as organization from vacant_seats v join organizations o on o.id = v.organization_id"
    )
    assert vacancy == {"role": "ersättare", "organization": "RF-SISU Örebro län"}
    assert [e["kind"] for e in db.query("select kind from events")] == ["vacancy"]
    (presenter,) = db.query("select name_as_written, verb from presentations")
    assert presenter == {"name_as_written": "Dana Ek", "verb": "presenterade"}
    # Every row links back to the document and its page.
    for table in ("participations", "agenda_items", "decisions", "amounts", "vacant_seats", "events"):
        rows = list(db.query(f"select document_id, page, pdf_url from {table}"))
        assert rows and all(r["document_id"] == EXAMPLE_PROTOCOL.doc_id and r["page"] == 1 for r in rows), table
        assert all(r["pdf_url"].endswith("#page=1") for r in rows), table


def test_the_public_api_is_reexported_from_the_package() -> None:
    import pipeline

    assert pipeline.parse_document(pipeline.EXAMPLE_EXTRACTED).doc_id == pipeline.EXAMPLE_PROTOCOL.doc_id
    assert all(getattr(pipeline, name) is not None for name in pipeline.__all__)


def test_a_document_holding_a_fact_without_its_address_is_refused() -> None:
    stray = dataclasses.replace(EXAMPLE_PROTOCOL.participants[0], doc_id="")
    with pytest.raises(ValueError, match="a Participant without this document's doc_id"):
        dataclasses.replace(EXAMPLE_PROTOCOL, participants=(stray,))
    assert len(EXAMPLE_PROTOCOL.facts()) == 11  # 3 participants, a vacancy, 2 items and decisions, …


def test_every_fact_the_parser_hands_on_has_an_address():
    """Every fact has its document, a page and a quote (the verbatim source), one shape for all."""
    facts = EXAMPLE_PROTOCOL.facts()
    assert facts
    for fact in facts:
        assert getattr(fact, "doc_id") == EXAMPLE_PROTOCOL.doc_id  # noqa: B009
        assert getattr(fact, "page") == 1  # noqa: B009
        assert getattr(fact, "quote"), type(fact).__name__  # noqa: B009
