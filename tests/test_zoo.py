"""The layout zoo (tests/zoo): the generator itself, and the parser scored on it.

The zoo is generated into a temporary directory once per session; every document is
extracted (no OCR) and parsed in a pool of two processes, then scored with tests/zoo/score.py.
The accuracy thresholds are issue 10's acceptance criteria for the held-out part, applied to
the seen part too.  Failures name the weakest seen variants; for the held-out part only the
aggregate is shown (its details are not to guide rule writing).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.zoo.content import BOARDS, OTHER_BODIES
from tests.zoo.layouts import PHENOMENA
from tests.zoo.make import HELD_OUT, PER_VARIANT, VARIANTS, build_zoo, part_of
from tests.zoo.predict import load_gold, predict_all
from tests.zoo.score import score_doc, summary

from .conftest import ROOT

THRESHOLDS = {"participants": 0.95, "items": 0.95, "decisions": 0.90}
ROLES = {"ordförande", "vice ordförande", "ledamot", "ersättare", "tjänsteperson", "sekreterare", "justerare", "övrig"}
KINDS = {"protokoll", "minnesanteckningar", "overenskommelse", "uppdragsdirektiv", "other"}


@pytest.fixture(scope="session")
def zoo(tmp_path_factory) -> tuple[Path, float]:
    """The whole zoo, written once; with the seconds it took."""
    out = tmp_path_factory.mktemp("zoo")
    start = time.perf_counter()
    build_zoo(out)
    return out, time.perf_counter() - start


class ZooScores:
    """Scores by part and document.  Its repr shows no detail, so a failing assertion never
    prints held-out documents' scores; only seen variants are ever named."""

    def __init__(self, parts: dict[str, dict[str, dict]]) -> None:
        self._parts = parts

    def __repr__(self) -> str:
        return "<zoo scores>"

    def figure(self, part: str, metric: str) -> float:
        return summary(list(self._parts[part].values()))[metric]

    def weakest_seen(self, metric: str, n: int = 5) -> str:
        by_variant: dict[str, list] = {}
        for stem, s in self._parts["seen"].items():
            by_variant.setdefault(stem.rsplit("_", 1)[0], []).append(s)
        figures = sorted((summary(v)[metric], k) for k, v in by_variant.items())
        return ", ".join(f"{k} {f:.3f}" for f, k in figures[:n])


@pytest.fixture(scope="session")
def zoo_scores(zoo, extraction_cache) -> ZooScores:
    out, _ = zoo
    pdfs = sorted(out.glob("*/pdfs/*.pdf"))
    preds = predict_all(pdfs, workers=2, cache_dir=extraction_cache)
    return ZooScores(
        {
            part: {stem: score_doc(gold, preds.get(stem)) for stem, gold in load_gold(out / part / "gold").items()}
            for part in ("seen", "heldout")
        }
    )


def golds(out: Path) -> dict[str, dict]:
    return {**load_gold(out / "seen" / "gold"), **load_gold(out / "heldout" / "gold")}


# --------------------------------------------------------------------------- the generator
def test_thirty_variants_a_third_held_out():
    names = [v.name for v in VARIANTS]
    assert len(names) >= 30 and len(set(names)) == len(names)
    assert set(names) > HELD_OUT
    # Issue 10 asks for a third held out.  The seen part grew after the first held-out set
    # (heldout.py) was written (items2.py, rosters2.py); heldout3.py's blind variants bring the
    # share back to a third, and a seen variant added later has to be matched by held-out ones.
    assert len(HELD_OUT) >= 30 and 1 / 3 - 1e-9 <= len(HELD_OUT) / len(names) <= 0.45
    assert all(v.doc for v in VARIANTS), "every variant says what it exercises"


def test_variants_cover_the_phenomena_of_issue_10():
    covered = set().union(*(v.exercises for v in VARIANTS))
    assert covered == PHENOMENA, sorted(PHENOMENA - covered)
    seen = set().union(*(v.exercises for v in VARIANTS if v.name not in HELD_OUT))
    assert len(seen) >= 0.9 * len(PHENOMENA), sorted(PHENOMENA - seen)


def test_at_least_150_documents_each_with_gold(zoo):
    out, seconds = zoo
    for part in ("seen", "heldout"):
        pdfs = {p.stem for p in (out / part / "pdfs").glob("*.pdf")}
        assert pdfs == {p.stem for p in (out / part / "gold").glob("*.json")}
    assert len(list(out.glob("*/pdfs/*.pdf"))) == len(VARIANTS) * PER_VARIANT >= 150
    assert seconds < 60, f"the zoo took {seconds:.0f} s to generate"


def test_same_bytes_on_every_run(zoo, tmp_path):
    out, _ = zoo
    chosen = [VARIANTS[0], next(v for v in VARIANTS if v.name in HELD_OUT)]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.zoo",
            str(tmp_path),
            "--per-variant",
            "1",
            "--variants",
            ",".join(v.name for v in chosen),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for v in chosen:
        name = f"{part_of(v)}/pdfs/{v.name}_01.pdf"
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
        gold = name.replace("pdfs/", "gold/").replace(".pdf", ".json")
        assert (tmp_path / gold).read_text("utf-8") == (out / gold).read_text("utf-8")


def test_every_variant_has_gold_and_every_protocol_participants(zoo):
    out, _ = zoo
    gold = golds(out)
    for v in VARIANTS:
        docs = [g for stem, g in gold.items() if stem.rsplit("_", 1)[0] == v.name]
        assert len(docs) == PER_VARIANT, v.name
        for g in docs:
            assert g["document"]["kind"] in KINDS
            if v.family == "agreement":
                assert g["agreement"]["parties"] and g["agreement"]["signatories"], v.name
            else:
                assert g["participants"] and g["items"], v.name
                assert g["document"]["body"] and g["document"]["date"], v.name


def test_gold_follows_the_conventions(zoo):
    """Roles from the fixed set, one entry per (person, role), no Vakant person, canonical
    organisations (organizations.yml), item numbers as strings, decisions as strings."""
    out, _ = zoo
    data = yaml.safe_load((ROOT / "pipeline" / "patterns" / "organizations.yml").read_text("utf-8"))
    canonical = {o["name"] for o in data["municipalities"] + data["others"]}
    bodies = {o["name"] for o in data["bodies"]}
    # a municipal board's body is "<Board> <Municipality>": "Kommunstyrelsen Kumla kommun"; a
    # company's or kommunalförbund's "<organ> <organisation>": "Styrelsen Karlskogahem AB"
    boards = {
        f"{board} {m['name']}"
        for board in [b for b, _, _ in BOARDS] + list(OTHER_BODIES)
        for m in data["municipalities"]
    } | {f"{organ} {o['name']}" for o in data["others"] for organ in o.get("organs", [])}
    for stem, g in golds(out).items():
        keys = [(p["name"], p["role"]) for p in g["participants"]]
        assert len(keys) == len(set(keys)), stem
        for p in g["participants"]:
            assert p["role"] in ROLES and "vakant" not in p["name"].casefold(), (stem, p)
            assert p["organization"] in canonical, (stem, p)
        body = g["document"]["body"]
        assert body is None or body in bodies or body in boards, (stem, body)
        for it in g["items"]:
            assert isinstance(it["number"], str) and all(isinstance(d, str) for d in it["decisions"]), stem
        if g["agreement"]:
            assert set(g["agreement"]["parties"]) <= canonical, stem


# --------------------------------------------------------------------------- the parser on the zoo
# The held-out part meets issue 10's acceptance: decisions since heldout3.py joined the part,
# items since a numbered roster is no run of items, participants since the roster reads
# recall-first and roles come from seat columns (2026-12-03 19:05, 400 documents: participants
# 0.961, items 0.989, decisions 0.970; the 75 of heldout5a.py and heldout5b.py, written blind
# after those rules, alone: 0.950, 1.000, 0.979).  The floors are those figures a little under:
# a change that loses ground fails here even while it stays above the acceptance line.
HELD_OUT_FLOOR = {"participants": 0.955, "items": 0.98, "decisions": 0.96}


def _cases() -> list:
    cases = [pytest.param("seen", metric, id=f"{metric}-seen") for metric in THRESHOLDS]
    cases += [pytest.param("heldout", metric, id=f"{metric}-heldout") for metric in THRESHOLDS]
    return cases


@pytest.mark.parametrize(("part", "metric"), _cases())
def test_parser_accuracy_on_the_zoo(zoo_scores, part, metric):
    figure = zoo_scores.figure(part, metric)
    detail = f"; weakest variants: {zoo_scores.weakest_seen(metric)}" if part == "seen" else ""
    assert figure >= THRESHOLDS[metric], f"{part} {metric} F1 {figure:.3f} < {THRESHOLDS[metric]}{detail}"


@pytest.mark.parametrize("metric", list(HELD_OUT_FLOOR))
def test_the_held_out_part_does_not_lose_ground(zoo_scores, metric):
    figure = zoo_scores.figure("heldout", metric)
    assert figure >= HELD_OUT_FLOOR[metric], f"held-out {metric} F1 {figure:.3f} < {HELD_OUT_FLOOR[metric]}"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_an_agenda_table_is_read_cell_by_cell(engine, tmp_path):
    """The seen variant whose agenda is a ruled table ("Nr | Rubrik | Anteckningar | Beslut"),
    at the seeds whose "Beslut" cells wrap before a capital ("… uppdrog åt Gösta" over
    "Björklund att …"): each row's "Beslut" cell gives that item's decisions whole, with either
    engine, and its "Anteckningar" cell none."""
    from pipeline.extract import extract
    from pipeline.parse import parse, to_json
    from tests.zoo.make import build_document

    variant = next(v for v in VARIANTS if v.name == "minutes_agenda_table")
    for k in (1, 2, 10):
        stem, pdf, gold = build_document(variant, k)
        path = tmp_path / f"{stem}.pdf"
        path.write_bytes(pdf)
        doc = extract(path, engine, ocr=False)
        pred = to_json(parse(doc), real_pages=doc.has_real_pages)
        got = {i["number"]: i["decisions"] for i in pred["items"]}
        assert got == {i["number"]: i["decisions"] for i in gold["items"]}, stem
