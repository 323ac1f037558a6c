"""The decision record in the store: vote events with their votes, motions, reservations,
protocol notes and jäv, each row linked to its agenda item and (on the roster) its person."""

from __future__ import annotations

import sqlite_utils

from pipeline.build import build

PROTOCOL = """\
Protokoll
Kommunstyrelsen Kumla kommun
Sammanträdesdatum 2024-05-13

Beslutande
Anna Ek (S), ordförande
Kim Sund (S)
Per Berg (M)
Lo Lind (L)

§ 41 Val av justerare
Kim Sund utses att justera protokollet.

§ 42 Bidrag till hembygdsföreningen
Lo Lind (L) anmäler jäv och deltar inte i handläggningen av ärendet.
Beslut
Kommunstyrelsen beviljar bidraget.

§ 43 Budget 2025
Yrkanden
Ordföranden yrkar bifall till arbetsutskottets förslag.
Per Berg (M) yrkar avslag.
Omröstning
Ja för arbetsutskottets förslag, nej för avslag.
Ja: Anna Ek (S), Kim Sund (S)
Nej: Per Berg (M), Åke Ström (M)
Med 2 ja-röster mot 2 nej-röster och ordförandens utslagsröst bifaller kommunstyrelsen arbetsutskottets förslag.
Beslut
Kommunstyrelsen antar budgeten.
Reservation
Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.
Protokollsanteckning
Lo Lind (L) lämnar följande anteckning till protokollet: Budgeten saknar en plan för lokalerna.
"""


def test_a_protocols_decision_record_is_stored_and_linked(tmp_path):
    source = tmp_path / "ks.txt"
    source.write_text(PROTOCOL, encoding="utf-8")
    db_path = tmp_path / "protokoll.db"
    report = build([source], db_path, budget=None, ocr=False)
    assert not report.failed
    db = sqlite_utils.Database(db_path)
    item = {r["number"]: r["id"] for r in db.query("select id, number from agenda_items")}
    people = {r["name"]: r["id"] for r in db.query("select id, name from people")}

    (event,) = db.query("select * from vote_events")
    assert (event["agenda_item_id"], event["votes_yes"], event["votes_no"]) == (item["43"], 2, 2)
    assert (event["option_yes"], event["result"], event["casting_vote"], event["voters"]) == (
        "arbetsutskottets förslag",
        "ja",
        1,
        4,
    )
    assert event["consistent"] == 0  # Åke Ström is not on the roster
    assert event["quote"] and event["document_id"]
    votes = list(db.query("select name, option, person_id, vote_event_id from votes order by id"))
    assert [(v["name"], v["option"]) for v in votes] == [
        ("Anna Ek", "ja"),
        ("Kim Sund", "ja"),
        ("Per Berg", "nej"),
        ("Åke Ström", "nej"),
    ]
    assert [v["person_id"] for v in votes] == [people["Anna Ek"], people["Kim Sund"], people["Per Berg"], None]
    assert {v["vote_event_id"] for v in votes} == {event["id"]}
    assert "Åke Ström" not in people  # a name read in a vote is not a person of its own
    assert any("Åke Ström" in p["message"] for p in db.query("select message from problems where stage = 'votes'"))

    proposals = list(db.query("select name, kind, outcome, person_id, agenda_item_id from proposals order by id"))
    assert [(p["name"], p["kind"], p["outcome"]) for p in proposals] == [
        ("Anna Ek", "bifall", "bifallen"),
        ("Per Berg", "avslag", "avslagen"),
    ]
    assert proposals[1]["person_id"] == people["Per Berg"] and proposals[1]["agenda_item_id"] == item["43"]

    (res,) = db.query("select * from reservations")
    assert (res["name"], res["person_id"], res["reason"], res["agenda_item_id"]) == (
        "Per Berg",
        people["Per Berg"],
        "till förmån för eget yrkande",
        item["43"],
    )
    (note,) = db.query("select * from protocol_notes")
    assert (note["name"], note["text"]) == ("Lo Lind", "Budgeten saknar en plan för lokalerna.")
    (jav,) = db.query("select * from conflicts_of_interest")
    assert (jav["person_id"], jav["agenda_item_id"], jav["item_number"]) == (people["Lo Lind"], item["42"], "42")
    for table in ("vote_events", "votes", "proposals", "reservations", "protocol_notes", "conflicts_of_interest"):
        assert all(r["quote"] and r["document_id"] for r in db.query(f"select quote, document_id from {table}"))

    # a document loaded again replaces its rows, and nothing else
    build([source], db_path, budget=None, ocr=False, force=True)
    assert db.table("votes").count == 4 and db.table("vote_events").count == 1
