"""Bold without "Bold" in the font's name: a face's weight from its name's weight words, its
font descriptor, or text filled and stroked; and bold relative to the document's body face.
Both engines read the same bold."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import pipeline.extract as extract_module
from pipeline.extract import extract
from pipeline.extract.weight import BOLD, bold_from, face_weight, name_weight, synthetic

ENGINES = sorted(extract_module.ENGINES)
VERA = Path(reportlab.__file__).parent / "fonts"


# --------------------------------------------------------------------------- the name
@pytest.mark.parametrize(
    ("fontname", "weight"),
    [
        ("ABCDEF+Calibri-Bold", 700),
        ("Arial,Bold", 700),
        ("Arial-BoldMT", 700),
        ("TimesNewRomanPS-BoldItalicMT", 700),
        ("CalibriBold", 700),  # no separator: the whole name is read
        ("Calibri-Semibold", 600),
        ("MyriadPro-SemiboldIt", 600),
        ("Garamond-Demi", 600),
        ("Bookman-Demi", 600),  # "Book" in the family is no weight
        ("ArialMT-Black", 900),
        ("Roboto-Heavy", 800),
        ("OpenSans-ExtraBold", 800),
        ("Futura-Halbfett", 600),
        ("FrutigerLT-65Bold", 700),
        ("FrutigerLT-55Roman", 400),
        ("Univers-65", 600),  # a two-digit weight alone
        ("Univers-45", 300),
        ("HelveticaNeueLTStd-75Bd", 700),
        ("HelveticaNeueLTStd-65Md", 500),  # the abbreviation names the weight, not the digits
        ("HelveticaNeue-65Medium", 500),
        ("HelveticaNeueLTStd-95Blk", 900),
        ("Roboto-Medium", 500),
        ("SegoeUI-Semilight", 350),
        ("Calibri-Light", 300),
        ("TimesNewRomanPSMT", 400),
        ("ArialMT", None),  # states none: the descriptor decides
        ("DAAAAA+NotoSerif", None),
        ("F2", None),
        ("Arial-ItalicMT", None),
    ],
)
def test_a_font_names_weight_words_give_its_weight(fontname, weight):
    assert name_weight(fontname) == weight


@pytest.mark.parametrize(
    ("fontname", "stated", "flags", "weight"),
    [
        ("DAAAAA+NotoSerif", 700, 0, 700),  # FontWeight
        ("DAAAAA+NotoSerif", 800, 4, 800),  # from a wide StemV, as PDFium reads it
        ("DAAAAA+NotoSerif", 0, 4 | 1 << 18, 700),  # ForceBold
        ("DAAAAA+NotoSerif", 435, 4, 400),  # a narrower stem width is no evidence
        ("Calibri-Light", 800, 1 << 18, 300),  # the name states its weight: it stands
    ],
)
def test_a_name_that_states_no_weight_leaves_it_to_the_descriptor(fontname, stated, flags, weight):
    assert face_weight(fontname, stated, flags) == weight


def test_only_a_visible_stroke_over_the_fill_is_synthetic_bold():
    assert synthetic(2, 0.33, 11)
    assert not synthetic(0, 0.33, 11)  # filled only
    assert not synthetic(1, 0.33, 11)  # stroked only: outlined text
    assert not synthetic(2, 0.0, 11)


@pytest.mark.parametrize(
    ("characters", "least"),
    [
        ({400: 900, 700: 100}, BOLD),
        ({500: 900, 700: 100}, BOLD),  # a "Medium" body
        ({600: 900, 700: 100}, 601),  # a semibold body is not bold; its bold headings are
        ({700: 900}, 701),  # one face throughout: nothing stands out as bold
        ({}, BOLD),
    ],
)
def test_bold_is_heavier_than_the_documents_body(characters, least):
    assert bold_from(Counter(characters)) == least


# --------------------------------------------------------------------------- PDFs
def _face(name: str, file: str, embedded: str) -> str:
    """A Vera face registered as `name`, embedded under the PostScript name `embedded`."""
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(VERA / file))
        font.face.name = embedded.encode()
        pdfmetrics.registerFont(font)
    return name


def _pdf(path: Path, runs: list[tuple[str, str, int]], line_width: float | None = 0.4) -> Path:
    """One page of (text, font, render mode) lines, 11 pt, a stroke `line_width` wide (None:
    the PDF's default, 1)."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if line_width is not None:
        c.setLineWidth(line_width)
    for k, (text, font, mode) in enumerate(runs):
        c.setFont(font, 11)
        c.drawString(72, 780 - 20 * k, text, mode=mode or None)
    c.showPage()
    c.save()
    return path


BODY = "Ordföranden hälsade alla välkomna och förklarade mötet öppnat."


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bold_face_named_without_bold_is_bold_by_its_descriptor(tmp_path, engine):
    regular = _face("WtDocFont", "Vera.ttf", "DocFont")
    heavy = _face("WtDocFontB", "VeraBd.ttf", "DocFontB")  # no weight word: ForceBold, StemV 165
    path = _pdf(tmp_path / "a.pdf", [("Val av justerare", heavy, 0), (BODY, regular, 0), (BODY, regular, 0)])
    (page,) = extract_module.ENGINES[engine](path)
    assert [(ln.text, ln.bold) for ln in page.lines] == [("Val av justerare", True), (BODY, False), (BODY, False)]


@pytest.mark.parametrize("line_width", [0.4, None])
@pytest.mark.parametrize("engine", ENGINES)
def test_a_regular_face_filled_and_stroked_is_bold(tmp_path, engine, line_width):
    regular = _face("WtDocFont", "Vera.ttf", "DocFont")
    runs = [("Val av justerare", regular, 2), (BODY, regular, 0), (BODY, regular, 0)]
    path = _pdf(tmp_path / "b.pdf", runs, line_width)
    (page,) = extract_module.ENGINES[engine](path)
    assert [(ln.text, ln.bold) for ln in page.lines] == [("Val av justerare", True), (BODY, False), (BODY, False)]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_stroked_word_opening_a_line_is_its_bold_lead(tmp_path, engine):
    regular = _face("WtDocFont", "Vera.ttf", "DocFont")
    path = tmp_path / "c.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setLineWidth(0.4)
    c.setFont(regular, 11)
    c.drawString(72, 780, "Val av justerare.", mode=2)
    c.drawString(72 + 100, 780, "Till justerare valdes Ada Berg.")
    c.drawString(72, 760, BODY)
    c.showPage()
    c.save()
    (page,) = extract_module.ENGINES[engine](path)
    assert [(ln.text, ln.bold, ln.bold_lead) for ln in page.lines] == [
        ("Val av justerare. Till justerare valdes Ada Berg.", False, len("Val av justerare.")),
        (BODY, False, 0),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_document_in_one_medium_face_is_not_all_bold_and_its_bold_headings_are(tmp_path, engine):
    medium = _face("WtMedium", "Vera.ttf", "DocSans-Medium")
    bold = _face("WtMediumBold", "VeraBd.ttf", "DocSans-Bold")
    path = _pdf(tmp_path / "d.pdf", [("Protokoll", medium, 0), (BODY, medium, 0), ("§ 4 Budget", bold, 0)])
    (page,) = extract_module.ENGINES[engine](path)
    assert [ln.bold for ln in page.lines] == [False, False, True]


@pytest.mark.parametrize("engine", ENGINES)
def test_in_a_semibold_body_the_bold_headings_are_bold_and_the_body_is_not(tmp_path, engine):
    semibold = _face("WtSemibold", "Vera.ttf", "DocSans-Semibold")
    bold = _face("WtSemiboldBold", "VeraBd.ttf", "DocSans-Bold")
    path = _pdf(tmp_path / "e.pdf", [("§ 4 Budget", bold, 0), (BODY, semibold, 0), (BODY, semibold, 0)])
    (page,) = extract_module.ENGINES[engine](path)
    assert [ln.bold for ln in page.lines] == [True, False, False]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_document_wholly_in_a_heavy_or_stroked_face_is_not_all_bold(tmp_path, engine):
    semibold = _face("WtSemibold", "Vera.ttf", "DocSans-Semibold")
    regular = _face("WtDocFont", "Vera.ttf", "DocFont")
    for name, runs in (
        ("semibold.pdf", [("Protokoll", semibold, 0), (BODY, semibold, 0), (BODY, semibold, 0)]),
        ("stroked.pdf", [("Protokoll", regular, 2), (BODY, regular, 2), (BODY, regular, 2)]),
    ):
        (page,) = extract_module.ENGINES[engine](_pdf(tmp_path / name, runs))
        assert not any(ln.bold for ln in page.lines), name


# --------------------------------------------------------------------------- minutes
@pytest.mark.parametrize("family", ["vera-unnamed", "vera-stroked"])
@pytest.mark.parametrize("k", [0, 1])
def test_minutes_with_unnumbered_bold_headings_in_such_faces_are_parsed_into_their_items(tmp_path, family, k):
    """The zoo's minutes whose points are set apart only by bold, printed with a bold face named
    without "Bold" or with a stroked regular face: the same items and decisions as in Vera Bold."""
    from pipeline.parse import parse, to_json
    from tests.zoo.layouts import SEEN, minutes_bold_headings
    from tests.zoo.make import seed
    from tests.zoo.render import register_fonts, write_pdf
    from tests.zoo.score import score_doc

    register_fonts()
    variant = next(v for v in SEEN if v.name == minutes_bold_headings.__name__)
    r = minutes_bold_headings(random.Random(seed(variant, k)))
    r.flow.style = dataclasses.replace(r.flow.style, family=family)
    r.flow.paginate()
    path = tmp_path / f"{family}.pdf"
    path.write_bytes(write_pdf(r.flow, r.furniture, title="zoo", author=r.author))
    gold = r.flow.gold(r.kind, r.title, r.body, r.date, r.agreement)
    doc = extract(path, ocr=False)
    headings = {it["title"] for it in gold["items"]}
    assert all(ln.bold for p in doc.pages for ln in p.lines if ln.text in headings)
    scores = score_doc(gold, to_json(parse(doc), real_pages=doc.has_real_pages))
    assert (scores["items"].f1, scores["decisions"].f1) == (1.0, 1.0)
