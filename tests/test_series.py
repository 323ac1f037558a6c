"""The project's own series (tests/series): the generator itself, never the parser.

The parser is scored on the series by benchmarks/bench_people.py; here the series is checked
to be reproducible, to tell the story issue 11 asks for, and to have a self-consistent truth.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from tests.series.make import Series, build_series, dated_spells, spells
from tests.zoo.people import COMPOUND_FAMILY, FAMILY, GIVEN
from tests.zoo.render import text_width

from .conftest import ROOT

EVENT_KINDS = {"election", "replacement", "resignation", "vacancy", "filled", "substitution", "absence", "announcement"}
ROLES = {"ordförande", "vice ordförande", "ledamot", "ersättare", "tjänsteperson", "sekreterare"}


@pytest.fixture(scope="module")
def series() -> Series:
    return Series()


@pytest.fixture(scope="module")
def written(series, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("series")
    return out, build_series(out)


def test_a_document_is_the_same_bytes_every_time(series, written):
    out, truth = written
    file = next(m["file"] for m in truth["meetings"] if m["layout"] == "joint")
    assert Series().document(file)[0] == series.document(file)[0] == (out / file).read_bytes()


def test_the_series_is_as_large_as_issue_11_asks(written):
    out, truth = written
    meetings = truth["meetings"]
    assert len(meetings) >= 15
    assert {b["kind"] for b in truth["bodies"]} >= {"samverkansråd", "styrelse", "chefsgrupp"}
    assert len({m["date"][:4] for m in meetings}) >= 3
    assert len({m["layout"] for m in meetings}) >= 5
    assert {e["kind"] for e in truth["events"]} == EVENT_KINDS
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted({m["file"] for m in meetings})


def test_the_story_has_every_case_of_issue_11(written):
    _, truth = written
    people, meetings = truth["people"], truth["meetings"]
    events = defaultdict(list)
    for e in truth["events"]:
        events[e["kind"]].append(e)
    roles_of = defaultdict(set)
    for m in meetings:
        for s in m["seats"]:
            roles_of[(s["person"], m["body"])].add(s["role"])
    assert {e["role"] for e in events["election"]} >= {"ordförande", "vice ordförande"}
    assert any(roles_of[(e["person"], e["body"])] >= {"ersättare", "ledamot"} for e in events["replacement"])
    vacated = {(e["body"], e["role"]) for e in events["vacancy"]}
    assert any((e["body"], e["role"]) in vacated for e in events["filled"])
    assert any(s["substitute_for"] for m in meetings for s in m["seats"])
    # an absence in the middle of a run: the absent member's spell goes on through that meeting
    for e in events["absence"]:
        spell = next(
            s
            for s in truth["spells"]
            if s["person"] == e["person"] and s["body"] == e["body"] and s["first"] <= e["date"] <= s["last"]
        )
        assert spell["first"] < e["date"] or spell["last"] > e["date"]
    joint = defaultdict(set)
    for m in meetings:
        joint[m["file"]].add(m["body"])
    assert any(len(bodies) == 2 for bodies in joint.values())
    by_name = defaultdict(set)
    for p in people.values():
        by_name[p["name"]].add(p["organization"])
    assert any(len(orgs) >= 2 for orgs in by_name.values())
    assert any(len(p["forms"]) >= 3 and p["name"] in p["forms"] for p in people.values())
    assert any(
        e["kind"] == "announcement" and e["role"] in ("tjänsteperson", "ledamot") and "chef" in e["quote"]
        for e in truth["events"]
    )
    bodies_of = defaultdict(set)
    for m in meetings:
        for s in m["seats"]:
            bodies_of[(s["person"], m["date"][:4])].add(m["body"])
    assert any(len(b) >= 2 for b in bodies_of.values())


def test_spells_are_the_runs_of_the_meetings(written):
    _, truth = written
    assert truth["spells"] == dated_spells(truth["meetings"], truth["events"])
    dated = [s for s in truth["spells"] if s not in spells(truth["meetings"])]
    assert dated and all(any(e["effective"] == s["first"] for e in truth["events"]) for s in dated)
    dates = defaultdict(list)
    held = set()
    for m in truth["meetings"]:
        dates[m["body"]].append(m["date"])
        held |= {(m["body"], m["date"], s["person"], s["role"], s["organization"]) for s in m["seats"]}
    for s in spells(truth["meetings"]):
        run = [d for d in sorted(dates[s["body"]]) if s["first"] <= d <= s["last"]]
        assert run and run[0] == s["first"] and run[-1] == s["last"]
        assert all((s["body"], d, s["person"], s["role"], s["organization"]) in held for d in run), s
    covered = {
        (s["body"], d, s["person"], s["role"], s["organization"])
        for s in spells(truth["meetings"])
        for d in dates[s["body"]]
        if s["first"] <= d <= s["last"]
    }
    assert covered == held


def test_seats_and_events_are_consistent(written):
    _, truth = written
    people = truth["people"]
    bodies = {b["name"] for b in truth["bodies"]}
    for m in truth["meetings"]:
        assert m["body"] in bodies
        seated = {s["person"] for s in m["seats"]}
        for s in m["seats"]:
            assert s["role"] in ROLES and s["name"] == people[s["person"]]["name"]
            if s["substitute_for"]:
                assert s["role"] == "ersättare" and s["substitute_for"] in seated
                assert not next(x for x in m["seats"] if x["person"] == s["substitute_for"])["present"]
    for e in truth["events"]:
        assert e["kind"] in EVENT_KINDS and e["body"] in bodies and e["page"] >= 1 and e["quote"]
        meeting = next(m for m in truth["meetings"] if m["file"] == e["file"] and m["body"] == e["body"])
        assert meeting["date"] == e["date"]
        seated = {s["person"] for s in meeting["seats"]}
        if e["kind"] == "resignation":
            assert e["person"] not in seated
        elif e["kind"] in ("election", "replacement", "filled", "substitution", "absence"):
            assert e["person"] in seated


def test_every_event_is_printed_where_the_truth_says(series, written):
    _, truth = written
    text: dict[tuple[str, int], str] = {}
    for file in series.files:
        _, doc = series.document(file)
        for ln in doc.flow.lines:
            key = (file, ln.page)
            text[key] = text.get(key, "") + " " + " ".join([ln.text, *(c[1] for c in ln.cells)])
    for e in truth["events"]:
        here = re.sub(r"\s+", " ", text[(e["file"], e["page"])] + text.get((e["file"], e["page"] + 1), ""))
        assert e["quote"] in here, e
        assert e["quote"].split(" ", 1)[0] in text[(e["file"], e["page"])]


def test_nothing_is_printed_past_the_margin(series):
    for file in series.files:
        _, doc = series.document(file)
        st = doc.flow.style
        for ln in doc.flow.lines:
            runs = [(ln.x, ln.text, ln.bold), *ln.cells]
            ends = [x + text_width(t, st.bold if b else st.reg, ln.size) for x, t, b in runs]
            assert max(ends) <= st.width + 1, (file, ln.text)


def test_organisations_are_real_and_names_invented(written):
    _, truth = written
    orgs = yaml.safe_load((ROOT / "pipeline" / "patterns" / "organizations.yml").read_text("utf-8"))
    known = {o["name"] for o in orgs["municipalities"] + orgs["others"]}
    body_names = {b["name"] for b in orgs["bodies"]}
    for b in truth["bodies"]:
        assert b["organization"] in known
        assert b["name"] in body_names or b["name"].endswith(f" {b['organization']}")
    assert {s["organization"] for m in truth["meetings"] for s in m["seats"]} <= known
    for p in truth["people"].values():
        given, family = p["name"].split(" ", 1)
        assert given in GIVEN and (family in FAMILY or family in COMPOUND_FAMILY), p["name"]
