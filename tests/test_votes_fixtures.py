"""The decision record on generated protocols (tests/votes): votes per member, the count
self-check, motions, reservations, protocol notes and jäv against the generator's gold, and none
of it read as a decision or a participant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract import extract_cached
from pipeline.parse import parse, to_json
from tests.votes.make import EVERY_FORM, JAV_FORMS, RESERVATION_FORMS, VOTE_FORMS, Document, build_document
from tests.votes.score import fold, score_doc, summary
from tests.zoo.score import score_doc as zoo_score
from tests.zoo.score import summary as zoo_summary


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> list[tuple[dict, dict]]:
    """(gold, parse --json) of the documents that print every form."""
    out = tmp_path_factory.mktemp("votes")
    pairs = []
    for k in EVERY_FORM:
        stem, pdf, gold = build_document(k)
        path = out / f"{stem}.pdf"
        path.write_bytes(pdf)
        pred = json.loads(json.dumps(to_json(parse(extract_cached(path, extraction_cache, ocr=False)))))
        pairs.append((gold, pred))
    return pairs


def test_the_documents_print_every_form():
    forms: dict[str, set[str]] = {}
    for k in EVERY_FORM:
        for part, form in Document(k).forms.items():
            forms.setdefault(part, set()).add(form)
    assert forms["vote"] == set(VOTE_FORMS)
    assert forms["reservation"] == set(RESERVATION_FORMS)
    assert forms["jav"] == set(JAV_FORMS)


def test_votes_per_member(documents):
    figures = summary(documents)
    assert figures["votes"] >= 0.97
    assert sum(len(e["votes"]) for gold, _ in documents for e in gold["vote_events"]) > 100


def test_every_vote_is_found_with_its_counts_and_passes_the_self_check(documents):
    figures = summary(documents)
    assert figures["vote_events"] == 1.0
    assert figures["self_check"] == 1.0
    assert figures["vote_events_read"] == sum(len(g["vote_events"]) for g, _ in documents)


def test_votes_decide_what_the_gold_says(documents):
    for gold, pred in documents:
        assert [(v["item"], v["result"]) for v in pred["vote_events"]] == [
            (v["item"], v["result"]) for v in gold["vote_events"]
        ]


def test_reservations_and_jav(documents):
    figures = summary(documents)
    assert figures["reservations"] >= 0.95
    assert figures["conflicts"] >= 0.95


def test_motions_and_their_outcome_and_protocol_notes(documents):
    figures = summary(documents)
    assert figures["proposals"] >= 0.95
    assert figures["notes"] >= 0.95


def test_each_record_is_on_its_page(documents):
    for gold, pred in documents:
        for key in ("reservations", "conflicts_of_interest", "protocol_notes"):
            want = {(r["item"], fold(r["name"])): r["page"] for r in gold[key]}
            got = {(r["item"], fold(r["name"])): r["page"] for r in pred[key]}
            assert {k: got.get(k) for k in want} == want, key


def test_the_record_is_neither_decisions_nor_participants(documents):
    figures = zoo_summary([zoo_score(gold, pred) for gold, pred in documents])
    assert figures["participants"] == 1.0
    assert figures["decisions"] == 1.0
    assert figures["items"] == 1.0
    for gold, pred in documents:
        assert all(score.fp == 0 for score in score_doc(gold, pred).values())
