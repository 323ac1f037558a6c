"""The bundled sample corpus: reproducible, and its golden files agree with the generator's data.

``tests/make_corpus.py`` renders ``raw/*.pdf`` and ``tests/golden/*.json`` from one data structure
per document.  These tests check that the committed files are exactly what the generator makes,
that the golden files count what the data says, and -- reading the PDFs with pdfplumber, not with
the pipeline -- that every golden fact is printed on the page the golden file names.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from pipeline.records import KINDS, ROLES
from tests import make_corpus as mc

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
KEYS = ["document", "participants", "items", "amounts", "agreement"]


@cache
def corpus() -> tuple[dict[str, mc.Rendered], dict]:
    docs, truth = mc.build()
    return {d.stem: d for d in docs}, truth


def stems() -> list[str]:
    return list(corpus()[0])


def golden(stem: str) -> dict:
    return json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))


def amounts_in(blocks) -> int:
    """How many amounts the markup of some text blocks holds."""
    texts = []
    for b in blocks:
        texts += [b.lead, *b.clauses] if isinstance(b, mc.Att) else [b.text if isinstance(b, mc.Justerare) else b]
    return sum(len(mc.AMOUNT.findall(t)) for t in texts)


def decisions_in(blocks) -> int:
    return sum(len(b.clauses) if isinstance(b, mc.Att) else isinstance(b, (mc.D, mc.Justerare)) for b in blocks)


# --------------------------------------------------------------------------- reproducibility
def test_generator_output_is_committed_byte_for_byte(tmp_path):
    assert mc.main(["--root", str(tmp_path)]) == 0
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert len([p for p in made if p.suffix == ".pdf"]) >= 9
    stale = [
        str(rel)
        for rel in made
        if not (ROOT / rel).is_file() or (ROOT / rel).read_bytes() != (tmp_path / rel).read_bytes()
    ]
    assert not stale, f"out of date, run `python tests/make_corpus.py`: {stale}"


def test_two_builds_are_identical():
    assert mc.output_files() == mc.output_files()


# --------------------------------------------------------------------------- golden shape and counts
@pytest.mark.parametrize("stem", stems())
def test_golden_shape(stem):
    g = golden(stem)
    assert list(g) == KEYS
    assert list(g["document"]) == ["kind", "title", "body", "date", "pages"]
    assert g["document"]["kind"] in KINDS
    assert all(list(p) == ["name", "role", "organization", "title", "page"] for p in g["participants"])
    assert all(p["role"] in ROLES for p in g["participants"])
    assert all(list(i) == ["number", "title", "page", "decisions", "dnr"] for i in g["items"])
    assert all(list(a) == ["value_sek", "text", "item", "page"] for a in g["amounts"])
    assert len({(p["name"], p["role"], p["organization"]) for p in g["participants"]}) == len(g["participants"])
    raw = (GOLDEN / f"{stem}.json").read_text(encoding="utf-8")
    assert raw.endswith("}\n") and "\\u" not in raw


@pytest.mark.parametrize("meeting", mc.COUNCIL_MEETINGS, ids=lambda m: m.date)
def test_council_golden_counts_follow_the_data(meeting):
    roster = next(r for m, r in mc.council_rosters(mc.COUNCIL_MEETINGS) if m is meeting)
    agenda = mc.council_agenda(meeting, roster)
    g = golden(meeting.stem)
    assert g["document"] == {
        "kind": "protokoll",
        "title": "Protokoll",
        "body": mc.COUNCIL,
        "date": meeting.date,
        "pages": g["document"]["pages"],
    }
    assert len(g["participants"]) == sum(1 for x in roster if x.person) + 2  # + sekreterare + justerare
    assert [p["role"] for p in g["participants"][-2:]] == ["sekreterare", "justerare"]
    assert [i["number"] for i in g["items"]] == [str(n) for n in range(1, len(agenda) + 1)]
    assert len(g["items"]) >= 10
    assert [len(i["decisions"]) for i in g["items"]] == [decisions_in(blocks) for _, blocks in agenda]
    assert len(g["amounts"]) == sum(amounts_in(blocks) for _, blocks in agenda)
    assert g["agreement"] is None


@pytest.mark.parametrize("meeting", mc.BOARD_MEETINGS, ids=lambda m: m.date)
def test_board_golden_counts_follow_the_data(meeting):
    g = golden(meeting.stem)
    assert (g["document"]["body"], g["document"]["title"]) == ("Kommunstyrelsen Kumla kommun", "Sammanträdesprotokoll")
    assert len(g["participants"]) == len(mc.board_roster(meeting)) + 1  # + justerare
    assert {p["organization"] for p in g["participants"]} == {meeting.municipality}
    assert [i["number"] for i in g["items"]] == [str(p.number) for p in meeting.paragraphs]
    assert [i["dnr"] for i in g["items"]] == [p.dnr for p in meeting.paragraphs]
    assert [len(i["decisions"]) for i in g["items"]] == [decisions_in(p.blocks) for p in meeting.paragraphs]
    assert len(g["amounts"]) == sum(amounts_in(p.blocks) for p in meeting.paragraphs)
    assert all(not d.endswith((",", " och")) for i in g["items"] for d in i["decisions"])


def test_agreement_and_directive_golden():
    a = golden(mc.AGREEMENT.stem)
    assert (a["participants"], a["items"]) == ([], [])
    assert a["agreement"]["parties"] == list(mc.AGREEMENT.parties)
    assert len(a["agreement"]["signatories"]) == sum(len(s) for _, s in mc.AGREEMENT.signatures)
    assert (a["agreement"]["valid_from"], a["agreement"]["valid_to"]) == ("2024-07-01", "2027-06-30")
    d = golden(mc.DIRECTIVE.stem)
    assert (d["participants"], d["items"], d["document"]["date"]) == ([], [], "2022-11-03")
    assert d["agreement"] == {"parties": [], "valid_from": "2023-01-01", "valid_to": None, "signatories": []}


@pytest.mark.parametrize("stem", [s for s in stems() if s.endswith("_protokoll")])
def test_every_protocol_has_an_item_crossing_a_page_break(stem):
    pages: dict[str, set[int]] = {}
    for ln in corpus()[0][stem].flow.lines:
        if ln.item:
            pages.setdefault(ln.item, set()).add(ln.page)
    assert any(len(p) > 1 for p in pages.values())


# --------------------------------------------------------------------------- golden facts are on their pages
def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def page_texts(stem: str) -> list[str]:
    with pdfplumber.open(ROOT / "raw" / f"{stem}.pdf") as pdf:
        return [squash(page.extract_text() or "") for page in pdf.pages]


@pytest.mark.parametrize("stem", stems())
def test_golden_facts_are_printed_where_the_golden_file_says(stem):
    g, texts = golden(stem), page_texts(stem)
    assert g["document"]["pages"] == len(texts)
    whole = " ".join(texts)
    assert all(ch in whole for ch in "åäöÖ") and "(cid:" not in whole and "\ufffd" not in whole
    for p in g["participants"]:
        family = p["name"].rsplit(" ", 1)[1]
        assert family in texts[p["page"] - 1], p
    for a in g["amounts"]:
        assert a["text"] in texts[a["page"] - 1], a
    for item in g["items"]:
        assert item["title"][:30] in " ".join(texts[item["page"] - 1 :]), item
        for d in item["decisions"]:  # an att-clause is printed on its own line, below its lead
            assert d in whole or ("att " + d.partition(" att ")[2]) in whole, d


# --------------------------------------------------------------------------- people over time
def test_memberships_truth_tells_the_story():
    truth = json.loads((GOLDEN / "memberships_truth.json").read_text(encoding="utf-8"))
    spells = {
        (s["person"], s["role"], s["organization"]): (s["from"], s["to"])
        for s in truth["spells"]
        if s["body"] == mc.COUNCIL
    }
    assert spells["lena-forsberg", "ledamot", "Hallsbergs kommun"] == ("2023-02-10", "2023-06-09")
    assert spells["lena-forsberg", "vice ordförande", "Hallsbergs kommun"] == ("2023-11-17", "2024-09-13")
    assert spells["sara-lindstrom", "ersättare", "Degerfors kommun"] == ("2023-02-10", "2023-06-09")
    assert spells["sara-lindstrom", "ledamot", "Degerfors kommun"] == ("2023-11-17", "2024-09-13")
    assert spells["fredrik-almqvist", "ersättare", "Ljusnarsbergs kommun"] == ("2024-03-08", "2024-09-13")
    assert spells["ulf-grahn", "ledamot", "Karlskoga kommun"][1] == "2023-11-17"
    march = next(m for m in truth["meetings"] if m["date"] == "2024-03-08")
    karins = {x["person"] for x in march["members"] if x["name"] == "Karin Nilsson"}
    assert karins == {"karin-nilsson-kumla", "karin-nilsson-laxa"}
    november = next(m for m in truth["meetings"] if m["date"] == "2023-11-17")
    assert any(x["as_printed"].startswith("Bergkvist, Eva-Lena") for x in november["members"])
