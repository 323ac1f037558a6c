"""The decision record's canned queries (pipeline/metadata.yml) answer their questions on a
fixture database: two generated protocols with votes, reservations and jäv (tests/votes), and
three text protocols that hand one case from the arbetsutskott to the council."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.datasette_plugin import prepare_connection

from .test_serve import QUERIES, SAMPLE_PARAMS
from .votes.make import build_document


def protocol(body: str, date: str, number: str, dnr: str, decision: str) -> str:
    return "\n".join(
        [
            "Protokoll",
            f"{body} Kumla kommun",
            f"Sammanträdesdatum {date}",
            "",
            "Beslutande",
            "Anna Ek (S), ordförande",
            "Per Berg (M)",
            "Kim Sund (S)",
            "",
            f"§ {number} Lokalförsörjningsplan",
            f"Dnr {dnr}",
            "Beslut",
            decision,
            "Reservation",
            "Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.",
        ]
    )


# One case (three ways of writing its dnr) from the arbetsutskott to the styrelse to the council.
CASE_THREAD = (
    (
        "au",
        "Kommunstyrelsens arbetsutskott",
        "2024-03-04",
        "12",
        "KS 2024.0123",
        "Arbetsutskottet föreslår att planen antas.",
    ),
    (
        "ks",
        "Kommunstyrelsen",
        "2024-03-25",
        "41",
        "KS 2024/123",
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen.",
    ),
    ("kf", "Kommunfullmäktige", "2024-04-22", "8", "Ks 2024:123", "Kommunfullmäktige antar planen."),
)


def write_case_thread(folder: Path) -> None:
    """au.txt, ks.txt and kf.txt in `folder`: the three meetings that handle the one case."""
    for name, body, date, number, dnr, decision in CASE_THREAD:
        (folder / f"{name}.txt").write_text(protocol(body, date, number, dnr, decision), "utf-8")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, extraction_cache: Path) -> Path:
    folder = tmp_path_factory.mktemp("record")
    for k in (0, 3):  # a board with a vote table, a kommunfullmäktige with a long roll call
        stem, pdf, _ = build_document(k)
        (folder / f"{stem}.pdf").write_bytes(pdf)
    write_case_thread(folder)
    path = folder / "protokoll.db"
    report = build(sorted(folder.iterdir()), path, cache_dir=extraction_cache, budget=None, ocr=False)
    assert not report.failed, report.failed
    return path


def run(db_path: Path, query: str, **params: str) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    prepare_connection(conn)
    with conn:
        return [dict(r) for r in conn.execute(QUERIES[query]["sql"], {**SAMPLE_PARAMS, **params})]


def test_how_members_voted_lists_every_vote_with_its_voters(db_path: Path) -> None:
    rows = run(db_path, "how_members_voted", name="")
    events = {r["vote_event_id"] for r in rows}
    assert len(events) == 4  # two votes in each of the two generated protocols
    for event in events:
        voters = [r for r in rows if r["vote_event_id"] == event]
        first = voters[0]
        assert sum(r["option"] == "ja" for r in voters) == first["votes_yes"]
        assert sum(r["option"] == "nej" for r in voters) == first["votes_no"]
        assert first["consistent"] == 1 and first["result"] in ("ja", "nej")
        assert all(r["pdf_url"] is None or "#page=" in r["pdf_url"] for r in voters)
    assert all(r["person_id"] for r in rows)  # every voter is on the roster
    one = rows[0]["voter"].split()[-1]
    assert {r["voter"] for r in run(db_path, "how_members_voted", name=one)} <= {
        r["voter"] for r in rows if one in r["voter"]
    }


def test_reservations_per_person_count_and_list_the_items(db_path: Path) -> None:
    rows = run(db_path, "reservations_per_person", person="")
    berg = next(r for r in rows if r["person"] == "Per Berg")
    assert berg["reservations"] == 3 and berg["party"] == "M"
    assert (berg["first_date"], berg["last_date"]) == ("2024-03-04", "2024-04-22")
    assert "§ 41 Lokalförsörjningsplan (till förmån för eget yrkande)" in berg["items"]
    assert len(rows) > 1  # the generated protocols' reservations too
    named = [r["person"] for r in run(db_path, "reservations_per_person", person="Berg")]
    assert "Per Berg" in named and all("berg" in n.casefold() for n in named) and len(named) < len(rows)


def test_case_thread_follows_the_case_from_the_arbetsutskott_to_the_council(db_path: Path) -> None:
    rows = run(db_path, "case_thread", dnr="2024.0123")
    assert [(r["date"], r["item"], r["dnr_as_written"]) for r in rows] == [
        ("2024-03-04", "12", "KS 2024.0123"),
        ("2024-03-25", "41", "KS 2024/123"),
        ("2024-04-22", "8", "Ks 2024:123"),
    ]
    assert {r["dnr"] for r in rows} == {"KS 2024/123"} and rows[0]["state"] == "beslutat"
    assert rows[-1]["decisions"] == "Kommunfullmäktige antar planen."
    assert [r["body"] for r in rows] == [
        "Kommunstyrelsens arbetsutskott Kumla kommun",
        "Kommunstyrelsen Kumla kommun",
        "Kommunfullmäktige Kumla kommun",
    ]
