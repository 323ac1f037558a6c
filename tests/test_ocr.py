"""OCR: Tesseract's TSV to positioned lines, the choice of text per page, the cache, and the
real scanned and garbled files read right.

Tests that run Tesseract are skipped with a reason when it (or its Swedish model) is missing;
they OCR only the first page of each file, into one cache for the session, so a page is read
once however many tests look at it.  What the acceptance tests expect was read off the
rendered page images, not off any text layer.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.extract import choose as extract_module
from pipeline.extract import extract, extract_cached, ocr
from pipeline.records import Line

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="tesseract with its Swedish model is not installed (scripts/install-system-deps.sh)"
)


def real(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def ocr_cache(tmp_path_factory: pytest.TempPathFactory, ocr_results: Path) -> Path:
    """A cache folder whose OCR results are kept across runs (conftest.ocr_results): each page is
    OCR'd once, whichever tests read it, and not again on the next run."""
    cache = tmp_path_factory.mktemp("cache")
    (cache / "ocr").symlink_to(ocr_results, target_is_directory=True)
    return cache


# --------------------------------------------------------------------------- TSV -> lines
TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t2481\t3507\t-1\t",
        "4\t1\t1\t1\t1\t0\t300\t600\t900\t50\t-1\t",
        "5\t1\t1\t1\t1\t1\t300\t600\t400\t50\t96.0\tBeslutande",
        "5\t1\t1\t1\t1\t2\t750\t600\t450\t50\t90.0\tordinarie",
        "5\t1\t1\t1\t1\t3\t1900\t600\t300\t50\t80.0\tSida",  # far to the right: a cell of its own
        "5\t1\t2\t1\t1\t1\t300\t700\t300\t40\t20.0\t|",  # a table rule, read with low confidence
        "5\t1\t2\t1\t2\t1\t300\t800\t500\t50\t94.0\tÖvriga",
        "5\t1\t2\t1\t2\t2\t850\t800\t600\t50\t-1\t ",
    ]
)


def test_tsv_words_become_lines_in_pdf_points() -> None:
    page = ocr.parse_tsv(TSV, page=3, engine="tesseract 5 swe")
    assert [ln.text for ln in page.lines] == ["Beslutande ordinarie", "Sida", "Övriga"]
    first = page.lines[0]
    assert first.page == 3 and first.font == "OCR"
    assert first.x0 == pytest.approx(300 * 72 / 300) and first.top == pytest.approx(600 * 72 / 300)
    assert first.x1 == pytest.approx(1200 * 72 / 300) and first.bottom == pytest.approx(650 * 72 / 300)
    assert page.confidence == pytest.approx((96 + 90 + 80 + 94) / 4 / 100, abs=0.001)
    assert page.engine == "tesseract 5 swe"


def test_cells_of_one_row_are_read_left_to_right() -> None:
    label = Line(text="Närvarande:", page=1, x0=50, top=200.4, x1=110, bottom=210)
    names = Line(text="Anna Ek, Bo Ek", page=1, x0=140, top=199.6, x1=300, bottom=209.5)
    below = Line(text="Frånvarande:", page=1, x0=50, top=215, x1=115, bottom=225)
    assert ocr.reading_order([below, names, label]) == [label, names, below]


# --------------------------------------------------------------------------- without Tesseract
def _no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> str:
        raise ocr.OcrUnavailable("tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-swe)")

    monkeypatch.setattr(ocr, "engine_version", missing)
    monkeypatch.setattr(extract_module, "_ocr_warned", False)


@pytest.mark.shared
def test_without_tesseract_a_scan_is_read_with_one_warning_and_a_recorded_reason(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _no_tesseract(monkeypatch)
    scan = real("stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf")
    with caplog.at_level(logging.WARNING, logger="pipeline.extract"):
        doc = extract(scan)
        extract(scan)
    assert [p.source for p in doc.pages] == ["text", "text"]
    assert all("OCR skipped: tesseract is not installed" in (p.note or "") for p in doc.pages)
    warnings = [r for r in caplog.records if "OCR skipped" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.shared
def test_no_ocr_keeps_the_text_layer_and_says_so() -> None:
    doc = extract(real("stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf"), ocr=False)
    assert all(p.source == "text" and not p.lines for p in doc.pages)
    assert all("OCR is off (--no-ocr)" in (p.note or "") for p in doc.pages)
    assert doc.pages[0].quality == 0.0


@pytest.mark.shared
def test_the_extraction_cache_keys_ocr_on_and_off_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_tesseract(monkeypatch)  # both runs are then cheap; the keys must still differ from an OCR run
    scan = real("stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf")
    extract_cached(scan, tmp_path, ocr=False)
    names = {p.name for p in (tmp_path / "extracted").glob("*.json")}
    assert len(names) == 1 and next(iter(names)).endswith(".no-ocr.json")


# --------------------------------------------------------------------------- with Tesseract
SCANS = [  # image-only files: what page 1 says, read off the page image
    (
        "stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf",
        ["Styrelsemöte", "Sara Malmkvist", "Kenneth Mårtensson", "Torgny Roxå", "Föregående mötes protokoll"],
    ),
    (
        "stenalderns-samfallighet_2017-04-26_arsmotesprotokoll-scan.pdf",
        # (OCR reads "Nils Mandahl" as "Nils Mandabl": not asserted)
        ["Val av ordförande för stämman", "Torgny Roxå", "Maria Terra och Håkan Lorentz", "Christer Tellenmark"],
    ),
    (
        "stenalderns-samfallighet_2024-04-25_arsstammoprotokoll-scan.pdf",
        ["Tore Gurenius", "Ingrid Kristensen", "Anna Hydrén", "Justering av röstlängd"],
    ),
    (
        "stenalderns-samfallighet_2024-12-17_styrelseprotokoll-scan.pdf",
        ["Styrelsemöte nr 8", "Björn Goffeng", "Emil Stigsson", "Föregående mötesprotokoll"],
    ),
    (
        "stenalderns-samfallighet_2026-04-29_arsstammoprotokoll-scan.pdf",
        ["Torgny Roxå", "Ingrid Kristensen", "Hans Sandberg", "Godkännande av dagordning"],
    ),
]


@needs_tesseract
@pytest.mark.shared
@pytest.mark.parametrize(("name", "phrases"), SCANS, ids=[s[0][25:45] for s in SCANS])
def test_every_image_only_file_yields_its_text(name: str, phrases: list[str], ocr_cache: Path) -> None:
    page = extract(real(name), cache_dir=ocr_cache, pages=[1]).pages[0]
    assert page.source == "ocr"
    assert page.quality is not None and page.quality >= 0.9
    assert page.ocr_confidence is not None and page.ocr_confidence >= 0.85
    for phrase in phrases:
        assert phrase in page.text, phrase


@needs_tesseract
@pytest.mark.shared
def test_a_bad_ocr_layer_is_read_again(ocr_cache: Path) -> None:
    doc = extract(
        real("stenalderns-samfallighet_2015-01-15_styrelseprotokoll-badocr.pdf"), cache_dir=ocr_cache, pages=[1]
    )
    page = doc.pages[0]
    assert page.source == "ocr" and "tesseract" in doc.engine
    assert page.quality is not None and page.quality > 0.8
    for phrase in ["Styrelsemöte", "Kenneth", "Kjell Bergström", "Föregående mötes protokoll", "Nordea-konto"]:
        assert phrase in page.text, phrase
    assert "Stcnäldcrns" not in page.text


# Nykarleby's cover pages: headings and roster names, as the rendered pages show them.
NYKARLEBY = [
    (
        "nykarleby-valfardsnamnden_2022-09-15_protokoll.pdf",
        ["Sammanträdestid", "Beslutande", "ersättare", "Övriga närvarande", "Elektroniska underskrifter"],
        ["Lindvall Mikael", "Backman Tua", "Bjarnadottir Unnur", "Rögård Linda", "Grönroos Majvor", "Rif Solveig"],
    ),
    (
        "nykarleby-ungdomsfullmaktige_2023-01-30_protokoll.pdf",
        ["Sammanträdestid", "Beslutande", "Ersättare", "Övriga närvarande"],
        ["Haverinen Emilia", "Sundvik Evelina", "Isaksson Alexander", "Backa Luzilla", "Östman Katarina"],
    ),
    (
        "nykarleby-ungdomsfullmaktige_2023-05-09_protokoll.pdf",
        ["Sammanträdestid", "Beslutande", "Ersättare", "Övriga närvarande"],
        ["Haverinen Emilia", "Wingren Tindra", "Isaksson Alexander", "Hedman Sofia"],
    ),
    (
        "nykarleby-radet-for-funktionshindrade_2023-05-24_protokoll.pdf",
        [
            "Sammanträdestid",
            "Beslutande ordinarie",
            "Övriga närvarande",
            "Rådet för funktionshindrade",
            "Elektronisk protokolljustering",
        ],
        ["Caldén Anna", "Häggström Helena", "Renvall-Höglund Maja", "Knuts Birgitta", "Svenlin Johan"],
    ),
]


@needs_tesseract
@pytest.mark.shared
@pytest.mark.parametrize(("name", "headings", "names"), NYKARLEBY, ids=[n[0][10:35] for n in NYKARLEBY])
def test_nykarleby_cover_pages_read_their_headings_and_roster(
    name: str, headings: list[str], names: list[str], ocr_cache: Path
) -> None:
    page = extract(real(name), cache_dir=ocr_cache, pages=[1]).pages[0]
    lines = [ln.text for ln in page.lines]
    for heading in headings:
        assert any(ln.startswith(heading) for ln in lines), f"{heading!r} in {lines}"
    for person in names:
        assert person in page.text, person
    for broken in ("Sammanträdestd", "Ersätare", "Benlutande", "irdhnarhe", "Övrhga"):
        assert broken not in page.text


@needs_tesseract
@pytest.mark.shared
def test_a_page_is_never_ocrd_twice(ocr_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = real("stenalderns-samfallighet_2016-11-08_styrelseprotokoll-scan.pdf")
    first = extract(scan, cache_dir=ocr_cache, pages=[1]).pages[0]

    def no_more_ocr(png: bytes, page: int) -> ocr.OcrPage:
        raise AssertionError("page OCR'd again")

    monkeypatch.setattr(ocr, "ocr_image", no_more_ocr)
    again = extract(scan, cache_dir=ocr_cache, pages=[1]).pages[0]
    assert again.lines == first.lines and again.ocr_confidence == first.ocr_confidence


def test_a_page_larger_than_a0_is_not_rendered_for_ocr(tmp_path, caplog):
    from reportlab.pdfgen import canvas

    from pipeline.extract.ocr import render

    path = tmp_path / "field.pdf"
    c = canvas.Canvas(str(path), pagesize=(14_400, 14_400), invariant=1)  # 5 × 5 m: 3.6 GB of pixels at 300 dpi
    c.showPage()
    c.save()
    with caplog.at_level("WARNING"):
        assert render(path, [1]) == ({}, {})
    assert "field.pdf: page 1: not rendered for OCR: 14400 × 14400 pt, larger than A0" in caplog.text
