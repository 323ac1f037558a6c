"""Extraction: files become pages of positioned lines; furniture is set apart; bad files
raise errors that name the file and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.extract as extract_module
from pipeline.extract import (
    CorruptPDF,
    EmptyFile,
    EncryptedPDF,
    NotAPDF,
    UnsupportedFile,
    extract,
    extract_cached,
    rejoin_hyphenation,
)
from pipeline.records import Line

from .conftest import ROOT

FOOTER = "Region Örebro län · Box 1613 · 701 16 Örebro · 019-602 70 00"


def three_page_protocol(make_pdf):
    pages = []
    for n in (1, 2, 3):
        pages.append(
            [
                (f"{n} (3)", 500, 40, 9, False),
                ("Protokoll" if n == 1 else f"Punkt {n}", 72, 100, 14, True),
                ("Dagordningen fastställdes för mötet i Hällefors och Ljusnarsberg.", 72, 130, 11, False),
                ("Ingvar Åberger berättade om läget.", 72, 150, 11, False),
                (FOOTER, 72, 800, 8, False),
            ]
        )
    return make_pdf("protokoll.pdf", pages)


def test_pdf_lines_carry_position_font_and_swedish_letters(make_pdf):
    doc = extract(three_page_protocol(make_pdf))
    assert doc.source == "pdf" and len(doc.pages) == 3
    first = doc.pages[0].lines[0]
    assert first.text == "Protokoll"
    assert first.bold and first.size == 14 and first.page == 1
    assert first.x0 == pytest.approx(72, abs=1) and first.top == pytest.approx(100 - 14 * 0.8, abs=4)
    assert "Hällefors och Ljusnarsberg" in doc.pages[0].text
    assert doc.pages[2].lines[-1].text == "Ingvar Åberger berättade om läget."


def test_repeated_footer_and_page_labels_are_furniture_not_content(make_pdf):
    doc = extract(three_page_protocol(make_pdf))
    for page in doc.pages:
        assert FOOTER not in page.text
        assert FOOTER in [ln.text for ln in page.furniture]
        assert page.label == f"{page.number} (3)"
        assert page.label not in page.text


def test_a_single_page_keeps_its_unrepeated_footer_as_content(make_pdf):
    path = make_pdf("one.pdf", [[("Överenskommelse", 72, 100, 14, True), (FOOTER, 72, 800, 8, False)]])
    assert FOOTER in extract(path).pages[0].text


def test_columns_far_apart_become_separate_lines(make_pdf):
    path = make_pdf("sign.pdf", [[("Håkan Vinberg", 72, 300, 11, False), ("Ingvar Olausson", 330, 300, 11, False)]])
    lines = extract(path).pages[0].lines
    assert [ln.text for ln in lines] == ["Håkan Vinberg", "Ingvar Olausson"]
    assert lines[0].top == lines[1].top


def test_text_files_split_pages_at_form_feeds(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Protokoll\nFörsta sidan\n\fAndra sidan\n", "utf-8")
    doc = extract(path)
    assert [p.text for p in doc.pages] == ["Protokoll\nFörsta sidan", "Andra sidan"]
    assert doc.has_real_pages


def test_a_text_file_without_form_feeds_has_no_real_pages(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Protokoll\n", "utf-8")
    assert not extract(path).has_real_pages


def test_markdown_markup_is_removed_and_marks_bold(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("## **Tjänstemannastöd till rådet**\n\nVanlig text\n", "utf-8")
    lines = extract(path).pages[0].lines
    assert [(ln.text, ln.bold) for ln in lines] == [("Tjänstemannastöd till rådet", True), ("Vanlig text", False)]


def test_a_text_files_table_between_bars_is_laid_out_as_positioned_cells(tmp_path):
    """ "| a | b |" rows (and a "|---|" separator) become one positioned line per cell, the rows
    one line height apart and each column at one left edge, as a PDF's table comes out; a lone
    line with a bar and the lines around the table keep no position."""
    path = tmp_path / "a.md"
    path.write_text(
        "Protokoll | Kommunstyrelsen\nNärvarande\n| **Namn** | Parti | Roll |\n|---|:---:|---|\n"
        "| Anna Ek | S | ordförande |\n| Per Berg | | ledamot |\nUtdragsbestyrkande\n",
        "utf-8",
    )
    lines = extract(path).pages[0].lines
    assert [(ln.text, ln.x0) for ln in lines[:2]] == [("Protokoll | Kommunstyrelsen", None), ("Närvarande", None)]
    assert (lines[-1].text, lines[-1].top) == ("Utdragsbestyrkande", None)
    cells = lines[2:-1]
    assert [ln.text for ln in cells] == ["Namn", "Parti", "Roll", "Anna Ek", "S", "ordförande", "Per Berg", "ledamot"]
    assert cells[0].bold and not cells[3].bold
    tops = sorted({ln.top for ln in cells})
    assert len(tops) == 3 and tops[0] < tops[1] < tops[2]
    by_text = {ln.text: ln for ln in cells}
    assert by_text["Namn"].x0 == by_text["Anna Ek"].x0 == by_text["Per Berg"].x0
    assert by_text["Roll"].x0 == by_text["ordförande"].x0 == by_text["ledamot"].x0
    assert by_text["Anna Ek"].x1 < by_text["S"].x0 < by_text["ordförande"].x0


@pytest.mark.parametrize("engine", sorted(extract_module.ENGINES))
def test_a_bold_run_opening_a_line_in_another_font_is_its_bold_lead(make_pdf, engine):
    """ "Välkommen och dagordning. Ordföranden hälsade …": a run-in heading, bold, then the text."""
    path = make_pdf(
        "run-in.pdf",
        [
            [
                ("Välkommen och dagordning.", 72, 100, 10, True),
                ("Ordföranden hälsade alla välkomna.", 72 + 136, 100, 10, False),
                ("Helt i fetstil", 72, 130, 10, True),
                ("Vanlig text", 72, 160, 10, False),
            ]
        ],
    )
    lines = extract(path, engine).pages[0].lines
    assert [(ln.text, ln.bold, ln.bold_lead) for ln in lines] == [
        ("Välkommen och dagordning. Ordföranden hälsade alla välkomna.", False, len("Välkommen och dagordning.")),
        ("Helt i fetstil", True, 0),
        ("Vanlig text", False, 0),
    ]


def test_markdown_bold_opening_a_plain_line_is_its_bold_lead(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("**Välkommen.** Ordföranden hälsade.\n**Helt i fetstil**\n**Två** och **fler**\n", "utf-8")
    lines = extract(path).pages[0].lines
    assert [(ln.text, ln.bold, ln.bold_lead) for ln in lines] == [
        ("Välkommen. Ordföranden hälsade.", False, len("Välkommen.")),
        ("Helt i fetstil", True, 0),
        ("Två och fler", True, 0),  # bold again later: no run-in heading
    ]


@pytest.mark.parametrize("engine", sorted(extract_module.ENGINES))
def test_a_rows_lines_are_read_left_to_right_though_their_tops_differ(make_pdf, engine):
    """A table's number cell and the title beside it, a point or two higher (another font or
    size): the number comes first, so "2." / "Val av justerare" is an item heading and its title."""
    path = make_pdf(
        "row.pdf",
        [
            [
                ("2.", 60, 200, 11, False),
                ("Val av justerare", 140, 198.5, 11, True),
                ("Ylva Ek väljs till justerare.", 140, 216, 10, False),
            ]
        ],
    )
    assert [ln.text for ln in extract(path, engine).pages[0].lines] == [
        "2.",
        "Val av justerare",
        "Ylva Ek väljs till justerare.",
    ]


def test_url_only_lines_are_links_not_content(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Se protokollet\nhttps://www.regionorebrolan.se/a.pdf\nSlut\n", "utf-8")
    page = extract(path).pages[0]
    assert page.text == "Se protokollet\nSlut"
    assert page.links == ("https://www.regionorebrolan.se/a.pdf",)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("arbetet med samverkans-", "insatser i länet", ["arbetet med samverkansinsatser", "i länet"]),
        ("inom hälso-", "och sjukvården", ["inom hälso-", "och sjukvården"]),  # a real hyphen before "och"
        ("Region Örebro län -", "Kumla kommun", ["Region Örebro län -", "Kumla kommun"]),
        ("hela länet-", "Rådet beslutade", ["hela länet-", "Rådet beslutade"]),  # next line starts upper case
    ],
)
def test_hyphenated_line_ends_are_rejoined_only_where_a_word_was_split(first, second, joined):
    lines = [Line(text=first, page=1), Line(text=second, page=1)]
    assert [ln.text for ln in rejoin_hyphenation(lines)] == joined


def test_bad_files_raise_errors_naming_the_file_and_reason(tmp_path, make_pdf):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>404 Not Found</body></html>", "utf-8")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    encrypted = make_pdf("locked.pdf", [[("Hemligt", 72, 100, 11, False)]], encrypt="hemlis")
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04")
    cases = [
        (empty, EmptyFile, "empty"),
        (html, NotAPDF, "not a PDF"),
        (corrupt, CorruptPDF, "corrupt"),
        (encrypted, EncryptedPDF, "encrypted"),
        (other, UnsupportedFile, "unsupported"),
    ]
    for engine in extract_module.ENGINES:
        for path, error, words in cases:
            with pytest.raises(error) as info:
                extract(path, engine)
            assert str(path) in str(info.value) and words in str(info.value), engine


@pytest.mark.parametrize("engine", sorted(extract_module.ENGINES))
def test_truncated_pdf_is_corrupt(tmp_path, make_pdf, engine):
    good = make_pdf("good.pdf", [[("Protokoll", 72, 100, 14, True)]] * 3)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    with pytest.raises((CorruptPDF,)):
        extract(cut, engine)


# --------------------------------------------------------------------------- the two engines
ENGINE_SAMPLES = [
    ROOT / "raw" / name for name in ("kumla-ks_2024-05-13_protokoll.pdf", "overenskommelse_familjecentraler_2024.pdf")
]


@pytest.mark.parametrize("path", ENGINE_SAMPLES, ids=lambda p: p.stem)
def test_pdfium_reads_the_lines_pdfplumber_reads(path):
    plumber, pdfium = (extract_module.ENGINES[e](path) for e in ("pdfplumber", "pdfium"))
    assert len(plumber) == len(pdfium)
    for a, b in zip(plumber, pdfium, strict=True):
        assert [(ln.text, ln.bold, ln.font.split("+")[-1]) for ln in a.lines] == [
            (ln.text, ln.bold, ln.font) for ln in b.lines
        ], f"page {a.number}"
        for la, lb in zip(a.lines, b.lines, strict=True):  # the same places, to rounding
            assert max(abs(la.x0 - lb.x0), abs(la.top - lb.top), abs(la.size - lb.size)) < 0.6
            # a line's end may differ by its last glyph's character spacing, which pdfminer counts
            assert abs(la.x1 - lb.x1) < 1.0
        assert (a.width, a.height, a.links, a.image_cover) == (b.width, b.height, b.links, b.image_cover)


def test_both_engines_read_links_image_cover_and_word_gaps(tmp_path):
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(Image.new("L", (100, 100), 128)), 0, 421, 595, 421)  # the top half
    c.setFont("Helvetica", 11)
    c.drawString(72, 380, "Handlingar: www.regionorebrolan.se/protokoll")
    c.linkURL("https://www.regionorebrolan.se/protokoll", (72, 375, 300, 392))
    text = c.beginText(72, 340)
    text.setFont("Helvetica", 11)
    text.textOut("Beslut")
    text.setXPos(30.0 + 34)  # a wide gap: a cell of its own
    text.textOut("Bifall")
    c.drawText(text)
    c.drawString(72, 300, "Sammanträdesdatum 2024-05-13, Örebro")
    c.showPage()
    c.save()
    for engine in extract_module.ENGINES:
        (page,) = extract_module.ENGINES[engine](path)
        assert page.links == ["https://www.regionorebrolan.se/protokoll"], engine
        assert page.image_cover == pytest.approx(0.5, abs=0.01), engine
        assert [ln.text for ln in page.lines] == [
            "Handlingar: www.regionorebrolan.se/protokoll",
            "Beslut",
            "Bifall",
            "Sammanträdesdatum 2024-05-13, Örebro",
        ], engine


def test_the_engine_and_its_version_are_recorded(make_pdf):
    path = make_pdf("a.pdf", [[("Protokoll", 72, 100, 14, True)]])
    assert extract(path).engine.startswith("pdfium (pypdfium2 ")
    assert extract(path, "pdfplumber").engine.startswith("pdfplumber 0.")


def test_cache_returns_the_same_document_without_opening_the_pdf(tmp_path, make_pdf, monkeypatch):
    path = three_page_protocol(make_pdf)
    cache = tmp_path / "cache"
    first = extract_cached(path, cache)
    assert len(list((cache / "extracted").iterdir())) == 1

    def no_pdf_work(_: Path):
        raise AssertionError("the cache should have answered")

    for engine in list(extract_module.ENGINES):
        monkeypatch.setitem(extract_module.ENGINES, engine, no_pdf_work)
    assert extract_cached(path, cache) == first


def test_a_narrow_gap_at_a_shared_column_edge_splits_the_line():
    from pipeline.extract.engines import _words_to_lines

    def w(text, x0, top):
        return {
            "text": text,
            "x0": x0,
            "x1": x0 + 5.5 * len(text),
            "top": top,
            "bottom": top + 9,
            "fontname": "Helvetica",
            "size": 9.0,
        }

    words = []
    for k, (left, right) in enumerate([("ordförande", "Aino"), ("ledamot", "Kim"), ("ersättare", "Lo")]):
        words += [w("Anna", 170, 100 + 12 * k), w(left, 196, 100 + 12 * k), w(right, 300, 100 + 12 * k)]
    words += [
        w("Eva", 170, 140),
        w("Strand,", 191, 140),
        w("1:e", 232, 140),
        w("vice", 251, 140),
        w("ordförande", 276, 140),
        w("Per", 342, 140),
    ]  # a longer left entry: its gap is narrow
    words[-1]["x0"], words[-1]["x1"] = 300 + 0.0, 316.5  # … but the right entry starts at the column edge
    words[-2]["x1"] = 300 - 8.0
    texts = [ln.text for ln in _words_to_lines(words, 1)]
    assert texts[-2:] == ["Eva Strand, 1:e vice ordförande", "Per"]


def test_an_unmapped_glyph_standing_alone_is_a_bullet():
    from pipeline.extract.engines import _line

    line = _line(
        [
            {"text": "(cid:127)", "x0": 70, "x1": 75, "top": 100, "bottom": 109, "fontname": "F", "size": 9},
            {"text": "Punkt", "x0": 80, "x1": 100, "top": 100, "bottom": 109, "fontname": "F", "size": 9},
        ],
        1,
    )
    assert line.text == "• Punkt"


def test_a_paragraph_under_a_running_header_that_repeats_it_is_the_heading():
    from pipeline.extract.engines import RawPage
    from pipeline.extract.furniture import _split_furniture

    def page(n, para):
        lines = [
            Line(text="Kumla kommun", page=n, top=30, bottom=39, x0=70, x1=140),
            Line(text=f"§ {para}", page=n, top=45, bottom=54, x0=70, x1=100),
            Line(text=f"§ {para}", page=n, top=80, bottom=89, x0=70, x1=100),
            Line(text="Dnr KS 2024/1", page=n, top=80, bottom=89, x0=400, x1=480),
            Line(text="Text.", page=n, top=300, bottom=309, x0=70, x1=100),
        ]
        return RawPage(n, 595.0, 842.0, lines, [])

    split = _split_furniture([page(1, 82), page(2, 83), page(3, 84)])
    for content, _furniture, _ in split:
        assert [ln.top for ln in content if ln.text.startswith("§")] == [80]
        assert any(ln.text.startswith("Dnr") for ln in content)


TEXT = "Protokoll\nSocialnämnden\nDatum: 2024-01-12\nLedamöter:\nÅsa Öberg, Nora kommun\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_a_text_file_is_read_in_its_encoding(tmp_path, encoding):
    from pipeline.extract import extract

    path = tmp_path / "p.txt"
    path.write_bytes(TEXT.encode(encoding))
    lines = [ln.text for ln in extract(path).lines]
    assert lines == ["Protokoll", "Socialnämnden", "Datum: 2024-01-12", "Ledamöter:", "Åsa Öberg, Nora kommun"]


def test_bytes_that_are_no_text_and_a_huge_text_file_are_refused_with_a_reason(tmp_path):
    from pipeline.extract import MAX_TEXT_BYTES, NotText, TooLarge, check_file, extract

    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(NotText, match="junk.txt: not text in a known encoding"):
        extract(junk)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a " * (MAX_TEXT_BYTES // 2 + 1))
    with pytest.raises(TooLarge, match="huge.txt: too large .*MiB of text"):
        check_file(huge)


def test_a_word_broken_at_the_end_of_a_very_long_line_is_rejoined():
    from pipeline.extract import rejoin_hyphenation

    long = "ord " * 10_000 + "samverkans-"
    (joined, rest) = rejoin_hyphenation([Line(text=long, page=1), Line(text="insatser i länet", page=1)])
    assert joined.text.endswith(" samverkansinsatser") and rest.text == "i länet"
    unbroken = [Line(text="a" * 40_000, page=1), Line(text="marknad", page=1)]
    assert rejoin_hyphenation(unbroken) == unbroken


def test_item_numbers_that_open_pages_are_not_a_running_header():
    from pipeline.extract.engines import RawPage
    from pipeline.extract.furniture import _split_furniture

    def page(n, number):
        lines = [
            Line(text=f"{n} (3)", page=n, top=30, bottom=39, x0=480, x1=520),
            Line(text=f"{number}.", page=n, top=72, bottom=82, x0=70, x1=84),
            Line(text="Övriga frågor", page=n, top=86, bottom=96, x0=70, x1=150),
            Line(text="Text.", page=n, top=300, bottom=309, x0=70, x1=100),
        ]
        return RawPage(n, 595.0, 842.0, lines, [])

    split = _split_furniture([page(1, 2), page(2, 5), page(3, 10)])
    assert [[ln.text for ln in content][0] for content, _, _ in split] == ["2.", "5.", "10."]


def test_an_item_number_opening_a_page_is_not_a_running_header():
    """ "Punkt 4" at the top of page 2 and "Punkt 8" at the top of page 3 share a shape, but each
    stands once: items' headings, not furniture."""
    from pipeline.extract.engines import RawPage
    from pipeline.extract.furniture import _split_furniture

    def page(n, item):
        lines = [
            Line(text="Rådet  Protokoll", page=n, top=30, bottom=39, x0=70, x1=140),
            Line(text=f"Punkt {item}", page=n, top=60, bottom=69, x0=70, x1=110),
            Line(text="Text.", page=n, top=300, bottom=309, x0=70, x1=100),
        ]
        return RawPage(n, 595.0, 842.0, lines, [])

    split = _split_furniture([page(1, 1), page(2, 4), page(3, 8)])
    for content, furniture, _ in split:
        assert [ln.text for ln in content if ln.text.startswith("Punkt")]
        assert [ln.text for ln in furniture] == ["Rådet  Protokoll"]


def test_a_decision_heading_that_opens_most_pages_is_kept_and_one_on_every_page_is_furniture():
    """ "Beslutet" at the top of pages 2 and 3 of three is the heading of the decisions of the
    items that begin there; "BESLUT" printed at the top of every page is a running header."""
    from pipeline.extract.engines import RawPage
    from pipeline.extract.furniture import _split_furniture

    def page(n, top_line):
        lines = [
            Line(text=f"Sida {n} av 3", page=n, top=30, bottom=39, x0=480, x1=520),
            Line(text=top_line, page=n, top=60, bottom=69, x0=70, x1=130),
            Line(text="Nämnden godkänner redovisningen.", page=n, top=74, bottom=83, x0=70, x1=300),
            Line(text="Text.", page=n, top=300, bottom=309, x0=70, x1=100),
        ]
        return RawPage(n, 595.0, 842.0, lines, [])

    split = _split_furniture([page(1, "Protokoll"), page(2, "Beslutet"), page(3, "Beslutet")])
    assert [[ln.text for ln in content][0] for content, _, _ in split] == ["Protokoll", "Beslutet", "Beslutet"]
    split = _split_furniture([page(1, "BESLUT"), page(2, "BESLUT"), page(3, "BESLUT")])
    for content, furniture, _ in split:
        assert "BESLUT" in [ln.text for ln in furniture]
        assert "BESLUT" not in [ln.text for ln in content]


def test_lines_that_open_two_pages_below_the_running_header_are_the_body(make_pdf):
    """ "KS § 16 / Dnr KS 2025/65" opening page 2 and "KS § 19 / Dnr KS 2025/319" opening page 3,
    just under the header, share a shape and a height as a running header would, but on fewer
    pages than the header's own lines and below them: item headings.  A header row printed on
    the same two pages, inside the header, is the header's."""

    def page(n, first, dnr):
        runs = [("Kommunstyrelsen Protokoll", 72, 40, 10, False), (f"Sida {n} (3)", 480, 40, 10, False)]
        if n > 1:
            runs.append(("Sammanträdesdatum 2025-10-02", 72, 53, 10, False))
        runs += [(first, 72, 92, 11, True), (dnr, 400, 92, 11, False), ("Ärendet gäller taxor.", 72, 130, 11, False)]
        return runs

    doc = extract(
        make_pdf(
            "ks.pdf",
            [
                page(1, "Närvarande", "Ledamöter"),
                page(2, "KS § 16", "Dnr KS 2025/65"),
                page(3, "KS § 19", "Dnr KS 2025/319"),
            ],
        )
    )
    assert [[ln.text for ln in p.lines][:2] for p in doc.pages[1:]] == [
        ["KS § 16", "Dnr KS 2025/65"],
        ["KS § 19", "Dnr KS 2025/319"],
    ]
    for p in doc.pages[1:]:
        assert {"Kommunstyrelsen Protokoll", "Sammanträdesdatum 2025-10-02"} <= {ln.text for ln in p.furniture}


def test_headings_that_open_pages_of_a_document_without_running_header_are_the_body():
    """With no running header at all, "KS § 16" and "Kommunstyrelsens beslut" opening pages are
    still what they look like: an item's heading with its row's own diary number, and an
    organ's decision section."""
    from pipeline.extract.engines import RawPage
    from pipeline.extract.furniture import _split_furniture

    def page(n, first, second=None):
        lines = [Line(text=first, page=n, top=60, bottom=69, x0=70, x1=150)]
        if second:
            lines.append(Line(text=second, page=n, top=60, bottom=69, x0=400, x1=480))
        lines.append(Line(text="Text.", page=n, top=300, bottom=309, x0=70, x1=100))
        return RawPage(n, 595.0, 842.0, lines, [])

    split = _split_furniture(
        [page(1, "Protokoll"), page(2, "KS § 16", "Dnr KS 2025/65"), page(3, "KS § 19", "Dnr KS 2025/319")]
    )
    assert [[ln.text for ln in content][:2] for content, _, _ in split[1:]] == [
        ["KS § 16", "Dnr KS 2025/65"],
        ["KS § 19", "Dnr KS 2025/319"],
    ]
    split = _split_furniture(
        [page(1, "Protokoll"), page(2, "Kommunstyrelsens beslut"), page(3, "Kommunstyrelsens beslut")]
    )
    assert [[ln.text for ln in content][0] for content, _, _ in split] == [
        "Protokoll",
        "Kommunstyrelsens beslut",
        "Kommunstyrelsens beslut",
    ]
