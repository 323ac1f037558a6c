"""Cases across meetings: case numbers in one normal form (pipeline/parse/dnr.py), the items of
one matter followed across meetings and bodies (pipeline/cases.py), and the cases table."""

from __future__ import annotations

import pytest
import sqlite_utils

from pipeline.build import build
from pipeline.cases import derive_cases
from pipeline.parse.dnr import normalize_dnr
from pipeline.records import HandledItem


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("KS 2024/123", "KS 2024/123"),
        ("KS 2024.0123", "KS 2024/123"),
        ("Ks 2024:123", "KS 2024/123"),
        ("KS/2024/123", "KS 2024/123"),
        ("KS2024/00123", "KS 2024/123"),
        ("KS 24/123", "KS 2024/123"),
        ("KS 2024/123-1", "KS 2024/123"),
        ("Dnr KS 2024/123", "KS 2024/123"),
        ("Dnr: KS 2024/123", "KS 2024/123"),
        ("Diarienummer 2024-000123", "2024/123"),
        ("Dnr 2024-000123", "2024/123"),
        ("Sn 359/2025", "SN 2025/359"),
        ("24RS3456", "RS 2024/3456"),
        ("RS 2024-01234", "RS 2024/1234"),
        ("BMN 2024.123", "BMN 2024/123"),
        ("SN/123/1.1/2024", "SN 2024/123"),
        ("KS 2024/123 (bilaga 1)", "KS 2024/123"),
        ("Bun 2023/45", "BUN 2023/45"),
    ],
)
def test_case_numbers_in_their_normal_form(written, normal):
    assert normalize_dnr(written) == normal


@pytest.mark.parametrize("text", ["12/345", "§ 45", "Budget 2025", "", None, "2024-05-13 kl 13"])
def test_texts_that_are_no_case_number(text):
    assert normalize_dnr(text) is None


def handled(item: str, dnr: str, org: str | None, body: str, date: str, *kinds: str, decision: str = "") -> HandledItem:
    return HandledItem(
        item_id=item,
        dnr=dnr,
        organization_id=org,
        body_id=body,
        meeting_id=item.split(":")[0],
        date=date,
        decision_kinds=kinds,
        decision=decision or None,
    )


def test_one_matter_across_an_arbetsutskott_the_board_and_the_council():
    (case,) = derive_cases(
        [
            handled("kf:8", "KS 2024/123", "kumla", "kf", "2024-04-22", "beslut"),
            handled("au:5", "KS 2024.0123", "kumla", "ks-au", "2024-03-04", "förslag"),
            handled("ks:41", "Ks 2024:123", "kumla", "ks", "2024-03-25", "förslag"),
        ]
    )
    assert case.item_ids == ("au:5", "ks:41", "kf:8")
    assert (case.first_date, case.last_date, case.meetings) == ("2024-03-04", "2024-04-22", 3)
    assert case.body_ids == ("ks-au", "ks", "kf")
    assert (case.latest_item_id, case.latest_body_id, case.state) == ("kf:8", "kf", "beslutat")
    assert case.forms == ("KS 2024.0123", "Ks 2024:123", "KS 2024/123")
    assert case.id == "kumla:KS 2024/123"


def test_the_same_number_in_two_organisations_is_two_cases():
    cases = derive_cases(
        [
            handled("a:1", "KS 2024/12", "kumla", "ks-kumla", "2024-01-10", "beslut"),
            handled("b:1", "KS 2024/12", "nora", "ks-nora", "2024-01-11", "beslut"),
        ]
    )
    assert [c.id for c in cases] == ["kumla:KS 2024/12", "nora:KS 2024/12"]


def test_a_number_without_its_series_joins_the_one_case_with_that_number():
    cases = derive_cases(
        [
            handled("a:1", "KS 2024/123", "kumla", "ks", "2024-01-10", "förslag"),
            handled("b:2", "Dnr 2024-000123", "kumla", "kf", "2024-02-10", "beslut"),
            handled("c:3", "2024-000777", "kumla", "kf", "2024-02-10", "beslut"),
        ]
    )
    assert [(c.dnr, c.item_ids) for c in cases] == [("KS 2024/123", ("a:1", "b:2")), ("2024/777", ("c:3",))]


def test_an_unprefixed_number_two_series_could_claim_stays_apart():
    cases = derive_cases(
        [
            handled("a:1", "KS 2024/5", "kumla", "ks", "2024-01-10"),
            handled("b:1", "SN 2024/5", "kumla", "sn", "2024-01-11"),
            handled("c:1", "2024-000005", "kumla", "kf", "2024-01-12"),
        ]
    )
    assert sorted(c.dnr for c in cases) == ["2024/5", "KS 2024/5", "SN 2024/5"]


@pytest.mark.parametrize(
    ("kinds", "decision", "state"),
    [
        (("förslag",), "Kommunstyrelsen föreslår kommunfullmäktige att anta planen.", "föreslaget"),
        (("bordläggning",), "Ärendet bordläggs.", "bordlagt"),
        (("bordläggning",), "Kommunstyrelsen återremitterar ärendet.", "återremitterat"),
        (("beslut", "uppdrag"), "Kommunstyrelsen uppdrar åt förvaltningen att följa upp.", "beslutat"),
        (("till handlingarna",), "Informationen läggs till handlingarna.", "lagt till handlingarna"),
        (("avslag",), "Kommunstyrelsen avslår ansökan.", "avslaget"),
        ((), "", "behandlat"),
    ],
)
def test_the_state_after_the_latest_handling(kinds, decision, state):
    (case,) = derive_cases([handled("a:1", "KS 2024/1", "kumla", "ks", "2024-01-10", *kinds, decision=decision)])
    assert case.state == state


def protocol(body: str, date: str, items: list[tuple[str, str, str, str]]) -> str:
    lines = ["Protokoll", f"{body} Kumla kommun", f"Sammanträdesdatum {date}", "", "Beslutande"]
    lines += ["Anna Ek (S), ordförande", "Per Berg (M)", "Kim Sund (S)", ""]
    for number, title, dnr, decision in items:
        lines += [f"§ {number} {title}", f"Dnr {dnr}", "Beslut", decision, ""]
    return "\n".join(lines)


def test_the_cases_table_links_every_item_with_the_same_number(tmp_path):
    (tmp_path / "au.txt").write_text(
        protocol(
            "Kommunstyrelsens arbetsutskott",
            "2024-03-04",
            [
                (
                    "12",
                    "Lokalförsörjningsplan",
                    "KS 2024.0123",
                    "Arbetsutskottet föreslår kommunstyrelsen att anta planen.",
                )
            ],
        ),
        "utf-8",
    )
    (tmp_path / "ks.txt").write_text(
        protocol(
            "Kommunstyrelsen",
            "2024-03-25",
            [
                (
                    "41",
                    "Lokalförsörjningsplan",
                    "KS 2024/123",
                    "Kommunstyrelsen föreslår kommunfullmäktige att anta planen.",
                ),
                ("42", "Taxa", "KS 2024/130", "Kommunstyrelsen antar taxan."),
            ],
        ),
        "utf-8",
    )
    (tmp_path / "kf.txt").write_text(
        protocol(
            "Kommunfullmäktige",
            "2024-04-22",
            [("8", "Lokalförsörjningsplan", "Ks 2024:123", "Kommunfullmäktige antar lokalförsörjningsplanen.")],
        ),
        "utf-8",
    )
    db_path = tmp_path / "protokoll.db"
    report = build(sorted(tmp_path.glob("*.txt")), db_path, budget=None, ocr=False)
    assert not report.failed
    db = sqlite_utils.Database(db_path)
    case = db.table("cases").get("kumla-kommun:KS 2024/123")
    assert (case["items"], case["meetings"], case["bodies"]) == (3, 3, 3)
    assert (case["first_date"], case["last_date"], case["state"]) == ("2024-03-04", "2024-04-22", "beslutat")
    assert case["latest_decision"] == "Kommunfullmäktige antar lokalförsörjningsplanen."
    linked = [
        (r["date"], r["number"])
        for r in db.query(
            "select m.date, a.number from agenda_items a join meetings m on m.id = a.meeting_id "
            "where a.case_id = ? order by m.date",
            [case["id"]],
        )
    ]
    assert linked == [("2024-03-04", "12"), ("2024-03-25", "41"), ("2024-04-22", "8")]
    assert db.table("cases").count == 2
    assert db.execute("select count(*) from agenda_items where dnr is not null and case_id is null").fetchone()[0] == 0
