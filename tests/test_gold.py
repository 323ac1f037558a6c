"""The seed documents against ../shared/gold, scored by ../shared/tools/score.py itself."""

from __future__ import annotations

import importlib.util
import io
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import GOLD, SEEDS, SHARED, require


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Per-document scores of `protokoll parse --json` on every seed that has a gold file."""
    scorer_path = require(SHARED / "tools" / "score.py")
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    pred = tmp_path_factory.mktemp("pred")
    runner = CliRunner()
    for gold in sorted(require(GOLD).glob("*.json")):
        result = runner.invoke(cli, ["parse", str(SEEDS / f"{gold.stem}.txt"), "--json"])
        assert result.exit_code == 0, result.output
        (pred / gold.name).write_text(result.stdout, "utf-8")
    summary, per_doc, _ = score.run(GOLD, pred, out=io.StringIO(), quiet=True)
    return summary, per_doc


def doc(per_doc, prefix):
    return next(v for k, v in per_doc.items() if k.startswith(prefix))


def test_protocol_004_participants_items_decisions_amounts(scores):
    _, per_doc = scores
    d = doc(per_doc, "004_")
    assert d["participants"]["f1"] >= 0.97
    assert d["org"]["acc"] >= 0.95
    assert d["items"]["f1"] == 1.0
    assert d["title"]["acc"] == 1.0
    assert d["decisions"]["f1"] >= 0.9
    assert d["amounts"]["f1"] == 1.0


def test_agreement_002_parties_validity_signatories(scores):
    _, per_doc = scores
    d = doc(per_doc, "002_")
    assert d["parties"]["f1"] == 1.0
    assert d["validity"]["acc"] == 1.0
    assert d["signatories"]["f1"] >= 0.9


def test_directives_are_classified_with_validity_and_decision_date(scores):
    _, per_doc = scores
    for prefix in ("000_", "001_"):
        d = doc(per_doc, prefix)
        assert d["kind"]["acc"] == 1.0 and d["validity"]["acc"] == 1.0 and d["date"]["acc"] == 1.0


def test_document_meta_of_every_seed(scores):
    summary, _ = scores
    assert summary["meta"] == 1.0


def test_parse_json_has_the_public_shape():
    out = CliRunner().invoke(cli, ["parse", str(require(SEEDS / "004_af4596ab28917ee0.txt")), "--json"]).stdout
    data = json.loads(out)
    assert set(data) >= {"document", "participants", "items", "amounts", "agreement"}
    assert set(data["document"]) >= {"kind", "title", "body", "date", "pages"}
    assert set(data["participants"][0]) >= {"name", "role", "organization", "title", "page"}
    assert set(data["items"][0]) >= {"number", "title", "page", "decisions", "dnr"}
    assert set(data["amounts"][0]) >= {"value_sek", "text", "item", "page"}
    assert len(data["items"]) == 16 and len(data["participants"]) == 37
