"""`protokoll parse --explain` / `--explain-png`: what the parser took each line as."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from pipeline.cli import cli
from pipeline.explain import (
    DECISION,
    FURNITURE,
    ITEM_HEADING,
    LABELS,
    ROSTER_ENTRY,
    ROSTER_HEADING,
    ROSTER_OTHER,
    SIGNATURE,
    TEXT,
    _norm,
    explain,
    format_explanation,
)
from pipeline.extract import extract
from pipeline.parse import parse

from .conftest import ROOT, SHARED, require

KUMLA = ROOT / "raw" / "kumla-ks_2024-05-13_protokoll.pdf"
SSR = ROOT / "raw" / "ssr-folkhalsa_2024-03-08_protokoll.pdf"
MINUTES = ROOT / "raw" / "chefsgrupp-folkhalsa_2024-02-16_minnesanteckningar.pdf"
DEV = SHARED / "corpus" / "dev" / "pdfs"


@pytest.fixture(scope="module", params=[KUMLA, SSR, MINUTES], ids=lambda p: p.name.split("_")[0])
def sample(request):
    doc = extract(request.param)
    parsed = parse(doc)
    return doc, parsed, explain(doc, parsed)


def lines_of(pages, label=None):
    return [e for page in pages for e in page.lines if label is None or e.label == label]


def test_every_line_of_every_page_has_one_label(sample):
    doc, _, pages = sample
    assert [p.number for p in pages] == [p.number for p in doc.pages]
    for page, explained in zip(doc.pages, pages, strict=True):
        shown = [e.line for e in explained.lines]
        assert len(shown) == len(page.lines) + len(page.furniture)
        assert {id(ln) for ln in shown} == {id(ln) for ln in [*page.lines, *page.furniture]}
        assert all(e.label in LABELS for e in explained.lines)


def test_item_headings_carry_the_parsed_item_numbers(sample):
    _, parsed, pages = sample
    headings = [e for e in lines_of(pages, ITEM_HEADING) if not e.note]
    assert [e.item for e in headings] == [it.number for it in parsed.items]
    for e, item in zip(headings, parsed.items, strict=True):
        assert re.search(rf"(?<!\d){item.number}(?!\d)", e.line.text)
        assert e.line.page == item.page


def test_every_participant_is_shown_where_it_was_read(sample):
    _, parsed, pages = sample
    shown = [(p, e) for e in lines_of(pages) for p in e.participants]
    for person in parsed.participants:
        where = [e for p, e in shown if (p.name, p.role) == (person.name, person.role)]
        assert where, f"{person.name} ({person.role}) is on no line"
        assert all(e.label in (ROSTER_ENTRY, SIGNATURE, DECISION) for e in where)
        if all(e.label == DECISION for e in where):  # elected: "Till justerare utsågs …"
            assert person.quote in {d.text for it in parsed.items for d in it.decisions}


def test_roster_entries_give_their_facts():
    doc = extract(SSR)
    pages = explain(doc)
    by_text = {" ".join(e.line.text.split()): e for e in lines_of(pages)}
    assert by_text["Ledamöter:"].label == ROSTER_HEADING
    assert by_text["Vakant, RF-SISU"].label == ROSTER_OTHER
    entry = by_text["Lena Forsberg, Hallsbergs kommun"]
    assert entry.label == ROSTER_ENTRY
    assert [(p.name, p.role, p.organization) for p in entry.participants] == [
        ("Lena Forsberg", "vice ordförande", "Hallsbergs kommun")
    ]
    # A wrapped official's entry: both lines are the one entry, the facts on the first.
    wrapped = [e for e in lines_of(pages, ROSTER_ENTRY) if e.note == "continued"]
    assert wrapped and all(not e.participants for e in wrapped)


def test_heading_and_first_entry_on_one_line_is_an_entry(make_pdf):
    path = make_pdf(
        "heading-and-entry.pdf",
        [
            [
                ("KUMLA KOMMUN", 72, 60, 12, True),
                ("Sammanträdesprotokoll", 72, 100, 14, True),
                ("Beslutande", 72, 140, 10, True),
                ("Anna Ek (S), ordförande", 72, 155, 10, False),
                ("Bo Ström (M)", 72, 170, 10, False),
                ("Ej tjänstgörande ersättare Per Berg (C)", 72, 190, 10, False),
                ("§ 1 Val av justerare", 72, 230, 12, True),
                ("Beslut", 72, 250, 10, True),
                ("Kommunstyrelsen beslutar att utse Bo Ström att justera protokollet.", 72, 265, 10, False),
                ("§ 2 Dagordning", 72, 300, 12, True),
                ("Beslut", 72, 320, 10, True),
                ("Kommunstyrelsen beslutar att godkänna dagordningen.", 72, 335, 10, False),
            ]
        ],
    )
    pages = explain(extract(path))
    entry = next(e for e in lines_of(pages) if e.line.text.startswith("Ej tjänstgörande ersättare"))
    assert entry.label == ROSTER_ENTRY and entry.note == "heading and first entry"
    assert [(p.name, p.role) for p in entry.participants] == [("Per Berg", "ersättare")]
    assert [e.item for e in lines_of(pages, ITEM_HEADING)] == ["1", "2"]
    assert [e.line.text for e in lines_of(pages, DECISION)] == [
        "Kommunstyrelsen beslutar att utse Bo Ström att justera protokollet.",
        "Kommunstyrelsen beslutar att godkänna dagordningen.",
    ]


def test_several_entries_on_one_line_and_an_entry_that_wraps(make_pdf):
    path = make_pdf(
        "comma-roster.pdf",
        [
            [
                ("Protokoll", 72, 60, 14, True),
                ("Specifika samverkansrådet för folkhälsa", 72, 80, 12, False),
                ("Ledamöter: Anna Ek, Nora kommun; Bo Ström, Laxå kommun; Cecilia", 72, 120, 10, False),
                ("Holm, Kumla kommun", 72, 135, 10, False),
                ("1. Mötet öppnas", 72, 170, 12, True),
                ("Ordföranden öppnade mötet.", 72, 185, 10, False),
                ("2. Val av justerare", 72, 210, 12, True),
                ("Till justerare utsågs Bo Ström, Laxå kommun.", 72, 225, 10, False),
            ]
        ],
    )
    doc = extract(path)
    parsed = parse(doc)
    pages = explain(doc, parsed)
    by_text = {e.line.text: e for e in lines_of(pages)}
    first = by_text["Ledamöter: Anna Ek, Nora kommun; Bo Ström, Laxå kommun; Cecilia"]
    wrapped = by_text["Holm, Kumla kommun"]
    read = {(p.name, p.role) for p in parsed.participants}
    shown = {(p.name, p.role) for p in first.participants}
    # Whatever the roster parser reads from these lines is shown where its entry starts.
    assert shown == read - {("Bo Ström", "justerare")} and shown
    assert wrapped.label == ROSTER_ENTRY and wrapped.note == "continued" and not wrapped.participants
    elected = by_text["Till justerare utsågs Bo Ström, Laxå kommun."]
    assert elected.label == DECISION and [(p.name, p.role) for p in elected.participants] == [("Bo Ström", "justerare")]


def test_page_labels_and_running_headers_are_furniture(sample):
    doc, _, pages = sample
    for page, explained in zip(doc.pages, pages, strict=True):
        labels = {id(e.line): e.label for e in explained.lines}
        assert page.furniture and all(labels[id(ln)] == FURNITURE for ln in page.furniture)
        assert all(labels[id(ln)] != FURNITURE for ln in page.lines)
        if page.label:
            label_line = next(e for e in explained.lines if e.line.text.strip() == page.label)
            assert label_line.label == FURNITURE


def test_decision_lines_hold_the_decisions_text(sample):
    _, parsed, pages = sample
    decision_lines = lines_of(pages, DECISION)
    for item in parsed.items:
        for k, decision in enumerate(item.decisions):
            mine = [e for e in decision_lines if e.item == item.number and k in e.decisions]
            assert mine, f"§{item.number} decision {k + 1} is on no line"
            assert mine[0].line.page == decision.page and decision in mine[0].decided
            joined = "".join(_norm(e.line.text) for e in mine)
            for word in decision.text.split():
                assert _norm(word) in joined, (item.number, word)
    # Section headings and proposals are not decisions.
    for e in decision_lines:
        assert not re.fullmatch(r"Beslut:?|Förslag till beslut", e.line.text.strip())


def test_proposals_and_att_clause_lead_ins():
    pages = explain(extract(KUMLA))
    by_text = {" ".join(e.line.text.split()): e for e in lines_of(pages)}
    # The wrapped decision of § 101 is one decision over two lines.
    assert by_text["protokoll."].label == DECISION and by_text["protokoll."].item == "101"
    # "Förslag till beslut" and its text are a proposal: item text.
    assert by_text["Förslag till beslut"].label == TEXT
    assert by_text["Kommunstyrelseförvaltningen föreslår att kommunstyrelsen beviljar tilläggsanslaget."].label == TEXT
    # The lead-in of two att-clauses belongs to both decisions.
    lead = by_text["Kommunstyrelsen föreslår kommunfullmäktige besluta"]
    assert lead.label == DECISION and lead.item == "103" and lead.decisions == (0, 1)


def test_signature_block_and_minutes_signed_at_the_end():
    pages = explain(extract(KUMLA))
    block = lines_of(pages, SIGNATURE)
    assert block[0].line.text == "Underskrifter"
    assert {p.role for e in block for p in e.participants} >= {"sekreterare", "justerare"}
    assert all(e.line.page == 1 for e in block)
    minutes = explain(extract(MINUTES))
    signed = [e for e in lines_of(minutes, SIGNATURE) if e.participants]
    assert [(p.role, p.name) for e in signed for p in e.participants] == [("sekreterare", "Tove Lindahl")]


def test_the_report_is_aligned_and_names_items():
    report = format_explanation(explain(extract(KUMLA)))
    rows = [r for r in report.splitlines() if re.match(r"p\d+ ", r)]
    assert len({r.index(" | ") for r in rows}) == 1  # one column for the text
    assert any(re.match(r"p3\s+heading §101\s+\| § 101$", r) for r in rows)
    assert any(
        re.match(r"p1\s+roster entry\s+\| Karin Nilsson \(S\), ordförande\s+-> Karin Nilsson, ordförande", r)
        for r in rows
    )
    assert re.search(r"^page 1 \(Sida 1 \(5\)\)", report, re.M)


def test_cli_explain_prints_the_report():
    result = CliRunner().invoke(cli, ["parse", str(KUMLA), "--explain"])
    assert result.exit_code == 0, result.output
    assert "heading §101" in result.output and "decision §101.1" in result.output
    assert "beslut:" not in result.output  # the report replaces the normal output


def test_cli_explain_on_a_text_file(tmp_path):
    text = tmp_path / "protokoll.txt"
    text.write_text(CliRunner().invoke(cli, ["text", str(SSR)]).output, "utf-8")
    result = CliRunner().invoke(cli, ["parse", str(text), "--explain"])
    assert result.exit_code == 0, result.output
    assert "heading §2" in result.output and "roster entry" in result.output
    png = CliRunner().invoke(cli, ["parse", str(text), "--explain-png", str(tmp_path / "png")])
    assert png.exit_code != 0 and "text source" in png.output and "no positions" in png.output
    assert not (tmp_path / "png").exists()


def test_cli_explain_and_json_exclude_each_other():
    result = CliRunner().invoke(cli, ["parse", str(KUMLA), "--explain", "--json"])
    assert result.exit_code == 2 and "choose one" in result.output


def test_cli_explain_png_writes_one_picture_per_page(tmp_path):
    out = tmp_path / "png"
    result = CliRunner().invoke(cli, ["parse", str(SSR), "--explain-png", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(out.glob("*.png"))
    assert len(written) == 3
    assert [Path(p) for p in result.output.split()] == written
    for path in written:
        with Image.open(path) as im:
            assert im.width > 500 and im.height > 700
            colours = im.convert("RGB").getcolors(1 << 16)
            assert colours is None or len(colours) > 20  # a rendered page with boxes, not a blank
    # Page 2 holds decisions: their green boxes are drawn.
    with Image.open(written[1]) as im:
        colours = im.convert("RGB").getcolors(1 << 24)
        green = sum(n for n, (r, g, b) in colours if g > 140 and r < 60 and b < 110)
        assert green > 100


@pytest.mark.shared
def test_explain_on_every_dev_set_pdf():
    import pdfplumber

    files = sorted(require(DEV).glob("*.pdf"))
    assert files
    failures = []
    for path in files:
        result = CliRunner().invoke(cli, ["parse", str(path), "--explain"])
        if result.exit_code != 0:
            failures.append(f"{path.name}: exit {result.exit_code} {result.exception!r}")
            continue
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
        rows = {int(m.group(1)) for m in re.finditer(r"^p(\d+)\s+\S.*\|", result.output, re.M)}
        headers = {int(m.group(1)) for m in re.finditer(r"^page (\d+)\b", result.output, re.M)}
        if headers != set(range(1, count + 1)) or rows != headers:
            failures.append(f"{path.name}: pages {count}, headers {sorted(headers)}, labelled {sorted(rows)}")
    assert not failures, "\n".join(failures)
