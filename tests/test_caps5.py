"""Small capitals and stray glyphs, on PDFs generated here with reportlab.

* A word set in faked small capitals (a capital at full size, the small letters as capitals of
  a smaller size, as a word processor fakes them for a font without small capitals) is one
  word in both engines: "VÄLKOMMEN", "ANNA EK", not "V ÄLKOMMEN", "A NNA E K"; and a roster
  set so is read as the names and roles it holds.
* One glyph the font lacks ("ś" in a name, which reportlab maps to NUL) among good text is
  left out by both engines and starts no font repair: the text after it keeps its letters.
  Nor does one unmapped glyph, one stray glyph claiming a letter, or an OCR layer's words
  stretched to their boxes (widths that tell nothing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline.extract import ENGINES, extract
from pipeline.extract.choose import choose_text
from pipeline.extract.engines import SMALL_CAPS_GAP_EM, _join_small_caps
from pipeline.extract.repair import UNMAPPED_MIN, GlyphWidths, repair_words, suspects
from pipeline.parse import parse
from pipeline.parse.people import _ends_in_leading_role

HEIGHT = A4[1]
SMALL = 0.8  # a faked small capital's size, of the font's (a word processor's)


def draw_small_caps(c: canvas.Canvas, x: float, y: float, text: str, size: float, font: str = "Helvetica") -> None:
    """The text in faked small capitals: each run of small letters as capitals at `SMALL` of
    the size, everything else at the size, in one text object (runs follow each other)."""
    t = c.beginText(x, HEIGHT - y)
    run, small = "", None
    for ch in text:
        if ch.islower() is not small and run:
            t.setFont(font, size * SMALL if small else size)
            t.textOut(run.upper())
            run = ""
        small = ch.islower()
        run += ch
    t.setFont(font, size * SMALL if small else size)
    t.textOut(run.upper())
    c.drawText(t)


def lines_of(path: Path) -> dict[str, list[tuple[str, float]]]:
    """Each engine's lines of the one page: (text, size)."""
    out = {}
    for engine, read in ENGINES.items():
        (page,) = read(path)
        out[engine] = [(ln.text, ln.size) for ln in page.lines]
    return out


# --------------------------------------------------------------------------- small capitals
def test_words_in_faked_small_capitals_are_whole_in_both_engines(tmp_path):
    path = tmp_path / "kapitaler.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    draw_small_caps(c, 72, 80, "Protokoll", 20, "Helvetica-Bold")  # its small capitals' tops 3 pt lower
    draw_small_caps(c, 72, 120, "Välkommen", 12)
    draw_small_caps(c, 72, 140, "Anna Ek (S), ordförande", 11)
    draw_small_caps(c, 72, 160, "Per-Olof Berg, Kumla kommun", 11)
    draw_small_caps(c, 72, 180, "Eva Lind-Åström, Region Örebro län", 11)
    c.setFont("Helvetica", 11)
    c.drawString(72, HEIGHT - 200, "Ordföranden hälsade alla välkomna till KS och EU-nämnden.")
    # a capital word and a smaller "§ 5" right after it: no small capitals, two words
    t = c.beginText(72, HEIGHT - 220)
    t.setFont("Helvetica", 12)
    t.textOut("KS")
    t.setFont("Helvetica", 9)
    t.textOut("§ 5")
    c.drawText(t)
    # a smaller capital raised off the baseline (a footnote mark): apart
    t = c.beginText(72, HEIGHT - 240)
    t.setFont("Helvetica", 11)
    t.textOut("Bilaga A")
    t.setFont("Helvetica", 7)
    t.setRise(4)
    t.textOut("B")
    c.drawText(t)
    c.showPage()
    c.save()
    read = lines_of(path)
    assert read["pdfium"] == read["pdfplumber"]
    assert read["pdfium"] == [
        ("PROTOKOLL", 20.0),
        ("VÄLKOMMEN", 12.0),
        ("ANNA EK (S), ORDFÖRANDE", 11.0),
        ("PER-OLOF BERG, KUMLA KOMMUN", 11.0),
        ("EVA LIND-ÅSTRÖM, REGION ÖREBRO LÄN", 11.0),
        ("Ordföranden hälsade alla välkomna till KS och EU-nämnden.", 11.0),
        ("KS § 5", 12.0),
        ("Bilaga A B", 11.0),
    ]


def word(text: str, x0: float, size: float, bottom: float = 100.0, width: float | None = None) -> dict:
    width = width if width is not None else 0.6 * size * len(text)
    return {"text": text, "x0": x0, "x1": x0 + width, "top": bottom - size, "bottom": bottom, "size": size}


@pytest.mark.parametrize(
    ("pieces", "texts"),
    [
        # (text, size, gap before it in points, its bottom's offset)
        ([("V", 12, 0, 0), ("ÄLKOMMEN", 9.6, 0, -0.5)], ["VÄLKOMMEN"]),
        ([("A", 11, 0, 0), ("NNA", 8.8, 0.2, -0.4), ("E", 11, 3.1, 0), ("K,", 8.8, 0, -0.4)], ["ANNA", "EK,"]),
        # a word space between them (no space character: a gap of 0.25 em) is a word break
        ([("A", 11, 0, 0), ("NNA", 8.8, 2.75, -0.4)], ["A", "NNA"]),
        ([("Anna", 11, 0, 0), ("EK", 8.8, 0, -0.4)], ["Anna", "EK"]),  # no capital before it
        ([("V", 12, 0, 0), ("älkommen", 9.6, 0, -0.5)], ["V", "älkommen"]),  # small letters
        ([("V", 30, 0, 0), ("ÄLKOMMEN", 10, 0, 0)], ["V", "ÄLKOMMEN"]),  # a drop capital, not small capitals
        ([("B", 11, 0, 0), ("C", 7, 0, -4)], ["B", "C"]),  # raised: another baseline
    ],
)
def test_which_pieces_are_one_word_in_small_capitals(pieces, texts):
    words, x = [], 72.0
    for text, size, gap, bottom in pieces:
        w = word(text, x + gap, size, 100.0 + bottom)
        words.append(w)
        x = w["x1"]
    assert [w["text"] for w in _join_small_caps(words)] == texts
    assert SMALL_CAPS_GAP_EM < 0.25  # below a word space


def test_a_roster_in_small_capitals_is_read_as_its_names_and_roles(tmp_path):
    path = tmp_path / "protokoll.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 80

    def line(text: str, size: float = 11, caps: bool = False, bold: bool = False, gap: float = 16) -> None:
        nonlocal y
        font = "Helvetica-Bold" if bold else "Helvetica"
        if caps:
            draw_small_caps(c, 72, y, text, size, font)
        else:
            c.setFont(font, size)
            c.drawString(72, HEIGHT - y, text)
        y += gap

    line("Protokoll", 16, bold=True, gap=22)
    line("Kommunstyrelsen, Kumla kommun")
    line("Sammanträdesdatum 2024-05-13", gap=24)
    line("Närvarande", 12, caps=True, bold=True)
    line("Anna Ek (S), ordförande", caps=True)
    line("Per-Olof Berg (M), vice ordförande", caps=True)
    line("Lena Sundqvist (C)", caps=True, gap=24)
    line("§ 1 Val av justerare", 12, caps=True, bold=True)
    line("Kommunstyrelsen beslutar att utse Lena Sundqvist att justera protokollet.", gap=24)
    line("§ 2 Välkommen", 12, caps=True, bold=True)
    line("Ordföranden hälsade alla välkomna och förklarade sammanträdet öppnat.")
    c.showPage()
    c.save()
    parsed = parse(extract(path, ocr=False))
    assert {(p.name, p.role, p.party) for p in parsed.participants if p.role != "justerare"} == {
        ("Anna Ek", "ordförande", "S"),
        ("Per-Olof Berg", "vice ordförande", "M"),
        ("Lena Sundqvist", "ledamot", "C"),
    }
    assert [(it.number, it.title.casefold()) for it in parsed.items] == [("1", "val av justerare"), ("2", "välkommen")]


@pytest.mark.parametrize(
    ("text", "role_first"),
    [
        ("Ledamot Eva Ek (S), Vice ordförande", True),  # "Vice ordförande" / "Per Berg (SD), …"
        ("Eva Ek (S), vice ordförande", False),
        ("EVA EK (S), VICE ORDFÖRANDE", False),  # capitals tell nothing: the name's role
        ("ANNA EK (S), ORDFÖRANDE", False),
    ],
)
def test_a_role_in_capitals_after_a_name_is_the_names(text, role_first):
    assert _ends_in_leading_role(text) is role_first


# --------------------------------------------------------------------------- a stray glyph
def vera() -> str:
    """Bitstream Vera (bundled with reportlab), which has å, ä, ö but no "ś"."""
    name = "Caps5Vera"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
    return name


PROSE = [
    "Kommunstyrelsen beslutar att godkänna förslaget om regional samverkan och folkhälsa.",
    "Ordföranden hälsade alla välkomna och förklarade sammanträdet öppnat.",
    "Till justerare valdes Hanna Holm och Johan Helgesson, som har hand om protokollet.",
    "Ärendet har beretts av kommunledningskontoret och handlingar har skickats ut.",
    "Kommunstyrelsen noterar att Ewa Leśniak har deltagit på mötet.",
    "Hon hade inga synpunkter på hur arbetet har bedrivits hittills och tackade för ordet.",
    "Beslutet expedieras till ekonomiavdelningen och till samhällsbyggnadsnämnden.",
]


def test_one_glyph_missing_from_the_font_starts_no_font_repair(tmp_path):
    path = tmp_path / "protokoll.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    font = vera()
    for k, text in enumerate(PROSE):
        c.setFont(font, 11)
        c.drawString(72, HEIGHT - 60 - 18 * k, text)
    c.showPage()
    c.save()
    # PDFium's text of the page left the NUL out, and every letter after it took the box of
    # the one before: the widths then looked like a broken map, "repaired" into "H" / "en hade".
    expected = [t.replace("Leśniak", "Le niak") for t in PROSE]  # the glyph left out, in both engines
    for engine, read in ENGINES.items():
        (raw,) = read(path)
        assert raw.repaired is None, engine
        assert [ln.text for ln in raw.lines] == expected, engine
        (page,), _ = choose_text(path, [raw], ocr=False)
        assert page.source == "text", engine


def test_an_ocr_layers_stretched_invisible_words_are_no_broken_font_map(tmp_path):
    # As a scanner's OCR layer is drawn (Tesseract's GlyphLessFont): invisible text, each word
    # stretched to the box it was read in, so no letter has a width of its own.
    path = tmp_path / "skannad.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    k = 0
    prose = [t.replace("Ewa Leśniak", "Mats Lindgren") for t in PROSE]
    for i, text in enumerate(prose * 3):
        t = c.beginText(72, HEIGHT - 60 - 16 * i)
        t.setFont("Helvetica", 10)
        t.setTextRenderMode(3)
        for w in text.split():
            k += 1
            t.setHorizScale(70 + (k * 37) % 60)
            t.textOut(w + " ")
        c.drawText(t)
    c.showPage()
    c.save()
    for engine, read in ENGINES.items():  # re-read by widths: "hälsade" -> "häl ale", "mötet" -> "mött tt"
        (raw,) = read(path)
        assert raw.repaired is None, engine
        assert [ln.text for ln in raw.lines] == prose * 3, engine


def chars_word(text: str, widths: dict[str, int], size: float = 10.0) -> dict:
    """A pdfplumber-like word with its chars; a letter's advance in thousandths of the size."""
    chars, x = [], 0.0
    for ch in text:
        adv = widths.get(ch, 500) * size / 1000
        chars.append({"text": ch, "fontname": "AAAAAA+Vera", "size": size, "adv": adv, "x0": x, "x1": x + adv})
        x += adv
    return {
        "text": text,
        "x0": 0.0,
        "x1": x,
        "top": 0.0,
        "bottom": size,
        "fontname": "AAAAAA+Vera",
        "size": size,
        "chars": chars,
    }


def test_a_stray_glyph_claiming_a_letter_makes_no_suspect_of_that_letters_glyphs():
    usual = GlyphWidths()
    usual.add(chars_word("hhhhhhhhhhhhhhhhhhhh", {"h": 634})["chars"])
    usual.add(chars_word("h", {"h": 521})["chars"])  # a letter the font lacks, mapped to "h"
    keys = [("AAAAAA+Vera", "h", 634), ("AAAAAA+Vera", "h", 521)]
    assert suspects(keys, usual) == {("AAAAAA+Vera", "h", 521)}
    # many glyphs claiming it at another width: the map may be shifted, each claimant suspect
    usual.add(chars_word("hhhhhhhhhh", {"h": 521})["chars"])
    assert suspects(keys, usual) == set(keys)


def test_one_unmapped_glyph_is_left_alone_and_many_are_read_as_letters():
    text = ["Kommunstyrelsen", "beslutar", "att", "godkänna", "förslaget", "om", "samverkan"]
    stray = [chars_word(w, {}) for w in text]
    name = chars_word("Lexniak", {})
    name["chars"][2]["text"] = "(cid:4)"  # one glyph the map has no text for, in a name
    assert repair_words([*stray, name]) is None
    broken = [chars_word(w, {}) for w in [*text, *["sammanträdet"] * UNMAPPED_MIN]]
    for w in broken[-UNMAPPED_MIN:]:
        w["chars"][8]["text"] = "(cid:7)"  # the font's "ä" unmapped wherever it comes
    mended = repair_words(broken)
    assert mended is not None
    assert [w["text"] for w in mended][-UNMAPPED_MIN:] == ["sammanträdet"] * UNMAPPED_MIN
