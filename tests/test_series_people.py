"""People over time on part of the project's series, built by the real pipeline: what each
event kind does to the seats and spells (the whole series is scored by bench_people.py)."""

from __future__ import annotations

import json
import shutil

import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.build import build
from pipeline.cli import cli
from pipeline.parse.people import name_key
from tests.series.make import build_series

# One body's run of meetings with an election, a resignation and a fyllnadsval, substitutes and
# absences, a sloppy roster, and the joint meeting of the two councils.
BODY = "Specifika samverkansrådet för folkhälsa"


@pytest.fixture(scope="module")
def series(tmp_path_factory, extraction_cache):
    out = tmp_path_factory.mktemp("series")
    truth = build_series(out)
    chosen = tmp_path_factory.mktemp("chosen")
    files = sorted({m["file"] for m in truth["meetings"] if BODY in (m["body"],)})
    for f in files:
        shutil.copy(out / f, chosen / f)
    db_path = chosen.parent / "series.db"
    report = build([chosen], db_path, cache_dir=extraction_cache, workers=2)
    assert not report.failed, report.failed
    return truth, db_path


def members(db_path, body, date):
    out = CliRunner().invoke(cli, ["members", body, "--on", date, "--db", str(db_path), "--json"])
    assert out.exit_code == 0, out.output
    return {(name_key(m["name"]), m["role"], m["organization"]) for m in json.loads(out.stdout)["members"]}


def test_members_on_every_meeting_date_are_the_seats_held(series):
    truth, db_path = series
    for m in truth["meetings"]:
        if m["body"] != BODY:
            continue
        want = {(name_key(s["name"]), s["role"], s["organization"]) for s in m["seats"]}
        assert members(db_path, "SSR folkhälsa", m["date"]) == want, m["date"]


def test_the_joint_meeting_seats_each_council_on_its_own_body(series):
    truth, db_path = series
    db = sqlite_utils.Database(db_path)
    joint = [m for m in truth["meetings"] if m["layout"] == "joint"]
    rows = list(
        db.query("""select b.name as body, count(*) as n from meetings m join organizations b on b.id = m.body_id
                            join participations p on p.meeting_id = m.id where m.joint_meeting = 1
                            and p.role != 'justerare' group by b.name""")
    )
    assert {r["body"] for r in rows} == {m["body"] for m in joint}
    for m in joint:
        listed = [s for s in m["seats"] if s["present"]]
        assert next(r["n"] for r in rows if r["body"] == m["body"]) == len(listed), m["body"]


@pytest.mark.parametrize("kind", ["election", "resignation", "substitution", "absence", "vacancy"])
def test_every_event_kind_of_the_story_is_read_with_its_page(series, kind):
    truth, db_path = series
    db = sqlite_utils.Database(db_path)
    want = [e for e in truth["events"] if e["kind"] == kind and e["body"] == BODY]
    got = list(
        db.query(
            """select e.page, d.filename, e.quote from events e join documents d on d.id = e.document_id
                           where e.kind = ?""",
            [kind],
        )
    )
    assert want
    for e in want:
        assert any(g["filename"] == e["file"] and g["page"] == e["page"] for g in got), e


def test_a_spell_runs_on_through_an_absence_and_ends_at_a_resignation(series):
    truth, db_path = series
    db = sqlite_utils.Database(db_path)
    (resigned,) = [e for e in truth["events"] if e["kind"] == "resignation" and e["body"] == BODY]
    spells = list(
        db.query(
            """select m.last_seen, m.ended_before from memberships m join people p on p.id = m.person_id
                              join organizations b on b.id = m.body_id where b.name = ? and p.name = ?""",
            [BODY, truth["people"][resigned["person"]]["name"]],
        )
    )
    assert [s["ended_before"] for s in spells] == [resigned["date"]]
    absent = next(e for e in truth["events"] if e["kind"] == "absence" and e["body"] == BODY)
    (spell,) = [
        s
        for s in truth["spells"]
        if s["person"] == absent["person"] and s["body"] == BODY and s["first"] <= absent["date"] <= s["last"]
    ]
    (row,) = db.query(
        """select min(coalesce(m.start_date, m.first_seen)) as first, max(m.last_seen) as last
                         from memberships m join people p on p.id = m.person_id join organizations b on b.id = m.body_id
                         where b.name = ? and p.name = ? and m.role = ?""",
        [BODY, truth["people"][absent["person"]]["name"], spell["role"]],
    )
    assert (row["first"], row["last"]) == (spell["first"], spell["last"])
