"""Golden files: each bundled sample PDF in raw/ parses to the JSON beside it in tests/golden/.

The expected files come from the generator's own knowledge of what it wrote
(tests/make_corpus.py), never from the parser.  Only the public keys are compared; extra
keys the parser adds are free to change.
"""

from __future__ import annotations

import json

import pytest

from pipeline.extract import extract
from pipeline.parse import parse, to_json

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
SAMPLES = sorted(p for p in (ROOT / "raw").glob("*.pdf") if (GOLDEN / f"{p.stem}.json").exists())

PUBLIC = {
    "document": ["kind", "title", "body", "date", "pages"],
    "participants": ["name", "role", "organization", "title", "page"],
    "items": ["number", "title", "page", "decisions", "dnr"],
    "amounts": ["value_sek", "text", "item", "page"],
}


def public(data: dict) -> dict:
    out = {
        "document": {k: data["document"][k] for k in PUBLIC["document"]},
        "participants": sorted((tuple(p[k] for k in PUBLIC["participants"]) for p in data["participants"]), key=str),
        "items": [{k: it[k] for k in PUBLIC["items"]} for it in data["items"]],
        "amounts": [tuple(a[k] for k in PUBLIC["amounts"]) for a in data["amounts"]],
        "agreement": None,
    }
    if data["agreement"] is not None:
        a = data["agreement"]
        out["agreement"] = {
            "parties": a["parties"],
            "valid_from": a["valid_from"],
            "valid_to": a["valid_to"],
            "signatories": [(s["name"], s["title"], s["organization"]) for s in a["signatories"]],
        }
    return out


def test_the_bundled_corpus_is_there():
    assert len(SAMPLES) >= 8


@pytest.mark.parametrize("pdf", SAMPLES, ids=lambda p: p.stem)
def test_sample_parses_to_its_golden_json(pdf):
    doc = extract(pdf)
    got = public(json.loads(json.dumps(to_json(parse(doc)))))
    want = public(json.loads((GOLDEN / f"{pdf.stem}.json").read_text("utf-8")))
    for section in ("document", "participants", "items", "amounts", "agreement"):
        assert got[section] == want[section], f"{pdf.name}: {section} differs"
