"""Engines: a file -> raw pages of positioned `Line`s.  Everything after an engine (choosing the
text, furniture, hyphenation) is engine-independent, so a faster engine is one more entry in
`ENGINES`.

Two PDF engines give the same words: `pdfium` (the default: PDFium through pypdfium2, about ten
times faster) reads each character's box and font and groups them into words as pdfplumber's
`extract_words` does (`chars_to_words`); `pdfplumber` (pdfminer) is kept for comparison and as
`--engine pdfplumber`.  Both hand the font repair (`repair`) the same chars: text, font, size and
advance width; and each word its face's weight, from which a line's bold is decided once the
document's body weight is known (`weight`).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..records import Line, TextSource
from . import pdfium
from .files import MAX_PAGES, CorruptPDF, EncryptedPDF, NotText, TooLarge, decode_text
from .pipes import lay_out
from .repair import GlyphWidths, repair_words, slim, suspects
from .weight import BOLD, bold_from, face_weight, word_weights

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- engines
class RawPage(NamedTuple):
    """A page as an engine reads it, before the text source is chosen and furniture split off."""

    number: int
    width: float | None
    height: float | None
    lines: list[Line]
    links: list[str]
    image_cover: float | None = None  # share of the page under images (PDF pages)
    repaired: list[Line] | None = None  # the lines with a broken font map mended (`repair`)
    source: TextSource = "text"
    quality: float | None = None
    ocr_confidence: float | None = None
    note: str | None = None


def _pdfplumber_pages(path: Path, only: Sequence[int] | None = None) -> list[RawPage]:
    import pdfplumber  # imported when first needed: pdfplumber and pdfminer take 0.35 s
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    # pdfminer reports every odd font table at WARNING; those are not our problems to show.
    # Set here, when pdfplumber is used, rather than at import.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    _weigh_pdfminer_chars()

    try:
        pdf = pdfplumber.open(path)
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise EncryptedPDF(path) from e
    except PdfminerException as e:
        if isinstance(e.args[0] if e.args else None, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedPDF(path) from e
        if any(isinstance(a, MemoryError) for a in e.args):
            raise MemoryError from e
        raise CorruptPDF(path, _short(e)) from e
    except MemoryError:
        raise  # over the memory budget: the budget's failure, not a corrupt file
    except (PDFSyntaxError, Exception) as e:  # pdfminer raises many types for broken files
        raise CorruptPDF(path, _short(e)) from e
    pages: list[RawPage] = []
    kept: list[list[dict]] = []  # each page's words with their chars, for the repair pass
    widths = GlyphWidths()
    with pdf:
        try:
            n = len(pdf.pages)
        except MemoryError:
            raise
        except Exception as e:
            raise CorruptPDF(path, _short(e)) from e
        if n > MAX_PAGES:
            raise TooLarge(path, f"{n} pages; the limit is {MAX_PAGES}")
        for number, page in enumerate(pdf.pages, start=1):
            if only is not None and number not in only:
                continue
            try:
                # a glyph mapped to NUL (a letter missing from the font) left out, as PDFium leaves it
                letters = page.filter(_not_nul) if any(c["text"] == "\x00" for c in page.chars) else page
                words = letters.extract_words(
                    extra_attrs=["fontname", "size"], keep_blank_chars=False, return_chars=True
                )
                for w in words:  # the word's face: its first character's, as PDFium's words have it
                    w["weight"] = w["chars"][0].get("weight", face_weight(w["fontname"]))
                links = [h["uri"] for h in page.hyperlinks if h.get("uri")]
                cover = _image_cover(page)
                widths.add(page.chars)
            except MemoryError:
                raise
            except Exception as e:
                if any(isinstance(a, MemoryError) for a in e.args):  # pdfplumber wraps pdfminer's errors
                    raise MemoryError from e
                raise CorruptPDF(path, f"page {number}: {_short(e)}") from e
            pages.append(RawPage(number, float(page.width), float(page.height), [], links, cover))
            kept.append(slim(words))
            page.flush_cache()  # keep memory flat on long documents
    # Lines once the document's body weight is known (bold is relative: `weight`); broken font
    # maps mended once every page's glyph widths are known (`repair`).
    bold = bold_from(word_weights(kept))
    for i, (raw, words) in enumerate(zip(pages, kept, strict=True)):
        pages[i] = raw = raw._replace(lines=_words_to_lines(words, raw.number, bold))
        mended = repair_words(words, widths)
        if mended is not None:
            pages[i] = raw._replace(repaired=_words_to_lines(mended, raw.number, bold))
    return pages


def _not_nul(obj: dict) -> bool:
    """Whether a pdfplumber object is anything but a character mapped to NUL."""
    return obj.get("text") != "\x00"


_WEIGHED = False


def _weigh_pdfminer_chars() -> None:
    """Give pdfplumber's chars the "weight" PDFium's words carry (`weight`): from the font's
    name and descriptor, and the text render mode and line width they are drawn with, which
    pdfminer reads but does not keep.  Installed once, on pdfplumber's layout device and
    interpreter."""
    global _WEIGHED
    if _WEIGHED:
        return
    import pdfplumber.page as plumber_page
    from pdfminer.pdftypes import resolve1

    from .weight import SYNTHETIC_EXTRA, stem_weight, synthetic

    device = plumber_page.PDFPageAggregatorWithMarkedContent
    render_string, render_char = device.render_string, device.render_char

    def face(font) -> int:
        """The font's weight, kept on the font (pdfminer reads a font once a document)."""
        heft = getattr(font, "protokoll_weight", None)
        if heft is None:
            d = font.descriptor if isinstance(font.descriptor, dict) else {}
            stated, stem, flags = (resolve1(d.get(k)) for k in ("FontWeight", "StemV", "Flags"))
            described = stated if isinstance(stated, int | float) and stated > 0 else 0
            if not described and isinstance(stem, int | float) and stem > 0:
                described = stem_weight(stem)  # as PDFium reads it
            flags = int(flags) if isinstance(flags, int | float) else 0
            name = font.fontname or ""
            if isinstance(name, bytes):  # as pdfplumber names the char's font
                name = plumber_page.fix_fontname_bytes(name)
            heft = font.protokoll_weight = face_weight(name, int(described), flags)
        return heft

    def string(self, textstate, seq, ncs, graphicstate) -> None:
        self._render_mode = textstate.render
        render_string(self, textstate, seq, ncs, graphicstate)

    def char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        adv = render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        if self.cur_item._objs:
            ch = self.cur_item._objs[-1]
            heft = face(font)
            if synthetic(getattr(self, "_render_mode", 0), graphicstate.linewidth or 0, ch.size):
                heft += SYNTHETIC_EXTRA
            ch.weight = heft
        return adv

    class Interpreter(plumber_page.PDFPageInterpreter):
        def init_state(self, ctm) -> None:
            super().init_state(ctm)
            self.graphicstate.linewidth = 1.0  # the PDF's default line width, as PDFium has it (pdfminer: 0)

    device.render_string, device.render_char = string, char  # type: ignore[method-assign]
    plumber_page.PDFPageInterpreter = Interpreter  # type: ignore[misc]
    plumber_page.ALL_ATTRS.add("weight")
    _WEIGHED = True


# --------------------------------------------------------------------------- PDFium
def _pdfium_pages(path: Path, only: Sequence[int] | None = None) -> list[RawPage]:
    """Pages read by PDFium (`pdfium`), with the words pdfplumber would give."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(_pdfium_input(path))
    except pypdfium2.PdfiumError as e:
        if getattr(e, "err_code", None) == pdfium.ERR_PASSWORD:
            raise EncryptedPDF(path) from e
        raise CorruptPDF(path, _short(e)) from e
    except MemoryError:
        raise
    except Exception as e:
        raise CorruptPDF(path, _short(e)) from e
    pages: list[RawPage] = []
    read: list[pdfium.PdfiumPage] = []
    weights: Counter[int] = Counter()  # characters by weight
    widths = GlyphWidths()
    try:
        n = len(pdf)
        if n > MAX_PAGES:
            raise TooLarge(path, f"{n} pages; the limit is {MAX_PAGES}")
        reader = pdfium.Reader(pdf)
        c = reader.c
        for number in range(1, n + 1):
            if only is not None and number not in only:
                continue
            try:
                # PDFium's page handle itself, not pypdfium2's PdfPage (its finalizer and weak
                # references cost a tenth of a millisecond a page); closed here, before the next.
                page = c.FPDF_LoadPage(pdf, number - 1)
                if not page:
                    raise pypdfium2.PdfiumError("Failed to load page.")  # what pdf[number - 1] raises
                try:
                    width, height = c.FPDF_GetPageWidthF(page), c.FPDF_GetPageHeightF(page)
                    chars = reader.page(page, height)
                    links = reader.links(page)
                    cover = reader.image_cover(page, width, height)
                finally:
                    c.FPDF_ClosePage(page)
            except MemoryError:
                raise
            except Exception as e:
                raise CorruptPDF(path, f"page {number}: {_short(e)}") from e
            widths.add_counts(chars.glyph_keys())
            words = chars.words()
            weights.update(word_weights([words]))
            lines = _words_to_lines(words, number)  # bold from BOLD: the body is lighter (below)
            pages.append(RawPage(number, round(width, 4), round(height, 4), lines, links, cover))  # float32 in PDFium
            read.append(chars)
    finally:
        pdf.close()
    # Bold is relative (`weight`): a document whose body is itself heavy has its lines read
    # again.  Broken font maps are mended once every page's glyph widths are known (`repair`);
    # a page none of whose glyphs is suspect is not looked at again.
    bold = bold_from(weights)
    for i, (raw, chars) in enumerate(zip(pages, read, strict=True)):
        if bold != BOLD:
            pages[i] = raw = raw._replace(lines=_words_to_lines(chars.words(), raw.number, bold))
        if not suspects(chars.glyph_keys(), widths):  # cached: counted once above
            continue
        mended = repair_words(chars.words(with_chars=True), widths)
        if mended is not None:
            pages[i] = raw._replace(repaired=_words_to_lines(mended, raw.number, bold))
    return pages


def _pdfium_input(path: Path) -> str | BinaryIO:
    """A path PDFium can open, or the open file when the name is not UTF-8 (PDFium takes names as UTF-8)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return path.open("rb")
    return str(path)


def _image_cover(page) -> float:
    """Share of the page's area under images (overlaps counted twice, capped at 1)."""
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for im in page.images:
        w = min(float(im["x1"]), float(page.width)) - max(float(im["x0"]), 0.0)
        h = min(float(im["bottom"]), float(page.height)) - max(float(im["top"]), 0.0)
        covered += max(w, 0.0) * max(h, 0.0)
    return round(min(covered / area, 1.0), 3)


def _short(e: BaseException) -> str:
    text = str(e) or type(e).__name__
    return text if len(text) < 120 else text[:117] + "..."


# Words further apart than this (in font sizes) are in different cells or columns.
COLUMN_GAP_EM = 2.0
# A narrower gap still separates columns when the word after it starts where words after such
# gaps start on at least COLUMN_ROWS rows of the page: a column edge (a two-column roster whose
# left entries nearly reach the right column).  Narrow is relative to the type: at least
# NARROW_COLUMN_GAP_EM font sizes and WORD_GAPS_APART times the row's own word space (its
# narrowest gap before no edge; a row without one: the page's usual gap), so that a monospaced
# face, widened word spacing or a justified line, whose every word space is wide, is not cut
# at each edge its words happen to share.
NARROW_COLUMN_GAP_EM = 0.8
WORD_GAPS_APART = 1.5
# Before the edge of a table's column (set off by wide gaps on several rows), narrower still.
TABLE_GUTTER_EM = 0.5
# A row of at least JUSTIFIED_GAPS gaps, all as wide as each other within JUSTIFIED_SPREAD_EM,
# is a justified line, however wide its word spaces ("Tjänstepersoner:   Conny   Berglind,"
# stretched to the margin before a long word): no cells.
JUSTIFIED_GAPS = 3
JUSTIFIED_SPREAD_EM = 0.1


def _justified(row_gaps: list[tuple[float, dict]]) -> bool:
    """Whether a row (its `_gaps`) is one justified line."""
    if len(row_gaps) < JUSTIFIED_GAPS:
        return False
    gaps = [g for g, _ in row_gaps]
    return max(gaps) - min(gaps) <= JUSTIFIED_SPREAD_EM and min(gaps) > 0


COLUMN_ROWS = 3
COLUMN_EDGE_PT = 2.0
SAME_BASELINE_PT = 2.5
# Small capitals faked with a smaller size of the same face ("V" at 12 pt, "ÄLKOMMEN" at 9.6):
# a run of capitals this share of the size of the capital it touches (Word's small caps are
# 0.8), on its baseline within SMALL_CAPS_BASELINE_EM of the larger size (the smaller run's
# descent ends a little higher), no further from it than SMALL_CAPS_GAP_EM of the smaller size
# (a word space is 0.25 em; pdfplumber's X_TOLERANCE would take the next word too), is the
# same word: "VÄLKOMMEN", "ANNA EK", not "V ÄLKOMMEN", "A NNA E K".
SMALL_CAPS_SCALE = (0.55, 0.92)
SMALL_CAPS_GAP_EM = 0.15
SMALL_CAPS_BASELINE_EM = 0.15


def _small_caps(big: dict, small: dict, gap: float) -> bool:
    """Whether `small` (a run of capitals in a smaller size) is set in the word of `big` (a
    capital at full size) with `gap` points between them: `_join_small_caps`."""
    if not (SMALL_CAPS_SCALE[0] * big["size"] <= small["size"] <= SMALL_CAPS_SCALE[1] * big["size"]):
        return False
    if abs(gap) > SMALL_CAPS_GAP_EM * small["size"]:
        return False
    if abs(big["bottom"] - small["bottom"]) > SMALL_CAPS_BASELINE_EM * big["size"]:
        return False
    text = small["text"]  # capitals ("K,", "NNA-"), not a smaller "§ 5" beside a heading's "KS"
    return text[:1].isupper() and not any(c.islower() for c in text)


def _join_small_caps(words: list[dict]) -> list[dict]:
    """The words with each word set in faked small capitals in one piece: an engine parts a
    word where its size changes, so "VÄLKOMMEN" comes as "V" and "ÄLKOMMEN" (`_small_caps`).
    Either way round: capitals or marks at full size that follow a smaller run of capitals with
    no gap continue its word ("PER-OLOF": "P", "ER", "-O", "LOF"; "EK,").  Words in the
    engine's order, in which a word's pieces follow each other."""
    if len(words) < 2:
        return words
    sizes = list(map(_SIZE, words))
    if len(set(sizes)) == 1:
        return words
    out = [words[0]]
    for last, w, last_size, size in zip(words, words[1:], sizes, sizes[1:], strict=False):
        if size != last_size and w.get("upright", True) and last.get("upright", True):
            gap = w["x0"] - last["x1"]
            if size < last_size:  # a full-size capital, then the smaller capitals of its word
                joined = last["text"][-1:].isupper() and _small_caps(last, w, gap)
            else:  # the smaller capitals, then capitals or marks that go on with no gap ("-O", ",")
                joined = not any(map(str.islower, w["text"])) and _small_caps(w, last, gap)
            if joined:
                out[-1] = _joined(out[-1], w)
                continue
        out.append(w)
    return out


def _joined(a: dict, b: dict) -> dict:
    """Two words as one: `a`'s face, the larger size, the box around both."""
    word = {
        **a,
        "text": a["text"] + b["text"],
        "x0": min(a["x0"], b["x0"]),
        "x1": max(a["x1"], b["x1"]),
        "top": min(a["top"], b["top"]),
        "bottom": max(a["bottom"], b["bottom"]),
        "size": max(a["size"], b["size"]),
    }
    if "chars" in a and "chars" in b:
        word["chars"] = [*a["chars"], *b["chars"]]
    return word


def _gaps(row: list[dict]) -> list[tuple[float, dict]]:
    """The gaps between a row's words (sorted by x0) in font sizes, each with the word after it."""
    return [((w["x0"] - prev["x1"]) / max(w["size"], 6), w) for prev, w in zip(row, row[1:], strict=False)]


def _column_edges(rows: list[list[dict]], gaps: list[list[tuple[float, dict]]], narrow: list[float]) -> list[float]:
    """Left edges where words after a narrow gap (`narrow`: a row's least, in font sizes) start
    on several rows of the page, rows that start there counted too (a label in the margin
    column nearly reaching the text column its other rows start in).  `gaps`: each row's `_gaps`."""
    after = sorted(w["x0"] for row_gaps, least in zip(gaps, narrow, strict=True) for g, w in row_gaps if g >= least)
    starts = sorted([*after, *(row[0]["x0"] for row in rows)])
    edges: list[float] = []
    for x in after:
        near = bisect_right(starts, x + COLUMN_EDGE_PT) - bisect_left(starts, x - COLUMN_EDGE_PT)
        if near >= COLUMN_ROWS and not (edges and x - edges[-1] <= COLUMN_EDGE_PT):
            edges.append(x)
    return edges


def _narrow_gaps(rows: list[list[dict]], gaps: list[list[tuple[float, dict]]]) -> tuple[list[float], list[float]]:
    """Per row, the least gap (font sizes) that may stand before a column edge; and the edges."""
    edges = _column_edges(rows, gaps, [NARROW_COLUMN_GAP_EM] * len(rows))
    if not edges:
        return [NARROW_COLUMN_GAP_EM] * len(rows), edges

    def at_edge(w: dict) -> bool:
        return any(abs(w["x0"] - e) <= COLUMN_EDGE_PT for e in edges)

    word = [[g for g, w in row_gaps if 0 < g <= COLUMN_GAP_EM and not at_edge(w)] for row_gaps in gaps]
    every = sorted(g for gaps in word for g in gaps)
    usual = every[len(every) // 2] if every else 0.0
    narrow = [max(NARROW_COLUMN_GAP_EM, WORD_GAPS_APART * (min(gaps) if gaps else usual)) for gaps in word]
    return narrow, _column_edges(rows, gaps, narrow)


def _gutters(rows: list[list[dict]], gaps: list[list[tuple[float, dict]]]) -> tuple[list[float], list[float]]:
    """A table's columns, where words after gaps wider than `COLUMN_GAP_EM` start on several
    rows; and per row the least gap before one (`TABLE_GUTTER_EM`, and `WORD_GAPS_APART` times
    the row's word space): a cell's text that nearly reaches the next column is cut off it."""
    edges = _column_edges(rows, gaps, [COLUMN_GAP_EM] * len(rows))
    if not edges:
        return [], []
    least = []
    for row_gaps in gaps:
        apart = [g for g, w in row_gaps if g > 0 and not any(abs(w["x0"] - e) <= COLUMN_EDGE_PT for e in edges)]
        least.append(max(TABLE_GUTTER_EM, WORD_GAPS_APART * min(apart)) if apart else NARROW_COLUMN_GAP_EM)
    return edges, least


def _words_to_lines(words: list[dict], page: int, bold: int = BOLD) -> list[Line]:
    """Group words into lines by baseline, then split a line where a wide gap separates columns.

    A gap wider than `COLUMN_GAP_EM` font sizes is a column break (a table cell, a two-column
    signature block), so "Hans Lindgren      Ivar Ulfsson" becomes two lines at one `top`;
    so is a narrower one before a column edge that several rows share (`_column_edges`).
    A word is bold when its "weight" is `bold` or more (the document's `weight.bold_from`).
    """
    words = _join_small_caps(words)
    rows: list[list[dict]] = []
    tops = list(map(_TOP, words))
    row_top = 0.0
    # by rounded top, then x0, ties in the words' order (a stable sort's)
    for _, _, k in sorted(zip(map(round, tops), map(_X0, words), range(len(words)), strict=True)):
        w, top = words[k], tops[k]
        if rows and abs(row_top - top) <= SAME_BASELINE_PT:
            rows[-1].append(w)
        else:
            rows.append([w])
            row_top = top
    for row in rows:
        row.sort(key=_X0)
    gaps = [_gaps(row) for row in rows]  # each row's, worked out once and asked several times
    narrow, edges = _narrow_gaps(rows, gaps)
    columns, gutters = _gutters(rows, gaps)
    lines: list[Line] = []
    for r, (row, least) in enumerate(zip(rows, narrow, strict=True)):
        if _justified(gaps[r]):
            lines.append(_line(row, page, bold))
            continue
        run: list[dict] = [row[0]]
        last = row[0]
        for w in row[1:]:
            x0 = w["x0"]
            gap, size = x0 - last["x1"], max(w["size"], 6)
            # a wide gap, or a narrower one before a column edge (asked only when there are edges)
            if (
                gap > COLUMN_GAP_EM * size
                or (edges and gap >= least * size and any(abs(x0 - e) <= COLUMN_EDGE_PT for e in edges))
                or (columns and gap >= gutters[r] * size and any(abs(x0 - e) <= COLUMN_EDGE_PT for e in columns))
            ):
                lines.append(_line(run, page, bold))
                run = [w]
            else:
                run.append(w)
            last = w
        lines.append(_line(run, page, bold))
    # Row by row, each row left to right: a table's number cell and its title beside it, whose
    # tops differ by a point or two (another font), stay in that order.
    return lines


# pdfminer writes a glyph it cannot map to a character as "(cid:127)".  Standing alone as a word
# it is a symbol font's bullet or separator, never text.
UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
_TEXT, _X0, _X1, _TOP, _BOTTOM, _SIZE = map(itemgetter, ("text", "x0", "x1", "top", "bottom", "size"))


def _line(words: list[dict], page: int, bold: int = BOLD) -> Line:
    first = words[0]
    font = first["fontname"]
    heft = first.get("weight")
    if heft is None:
        heft = face_weight(font)
    if len(words) == 1:  # a line of one word (a third of them): no joining, no mixed faces
        text = first["text"]
        if text[:5] == "(cid:" and UNMAPPED_GLYPH.match(text):
            text = "•"
        return Line(
            text=text,
            page=page,
            x0=round(first["x0"], 2),
            top=round(first["top"], 2),
            x1=round(first["x1"], 2),
            bottom=round(first["bottom"], 2),
            font=font,
            size=round(first["size"], 2),
            bold=heft >= bold,
            bold_lead=0,
        )
    texts = list(map(_TEXT, words))
    text = " ".join(texts)
    if "(cid:" in text:
        texts = ["•" if t[:5] == "(cid:" and UNMAPPED_GLYPH.match(t) else t for t in texts]
        text = " ".join(texts)
    is_bold, lead = heft >= bold, 0
    mixed = False  # a loop, not any() over a generator: asked of every line
    for w in words:
        if w["fontname"] != font or w.get("weight", heft) != heft:
            mixed = True
            break
    if mixed:
        # the face most of the line's words are set in: a font and whether it is bold
        heavy = [_weight(w) >= bold for w in words]
        (font, is_bold), _ = Counter((w["fontname"], h) for w, h in zip(words, heavy, strict=True)).most_common(1)[0]
        if heavy[0]:
            # a bold run that opens the line and gives way to a lighter face: a run-in heading
            k = heavy.index(False) if False in heavy else len(words)
            lead = len(" ".join(texts[:k])) if k < len(words) else 0
    return Line(
        text=text,
        page=page,
        x0=round(min(map(_X0, words)), 2),
        top=round(min(map(_TOP, words)), 2),
        x1=round(max(map(_X1, words)), 2),
        bottom=round(max(map(_BOTTOM, words)), 2),
        font=font,
        size=round(max(map(_SIZE, words)), 2),
        bold=is_bold,
        bold_lead=lead,
    )


def _weight(word: dict) -> int:
    """The word's weight as its engine read it, else as its font's name tells it."""
    heft = word.get("weight")
    return face_weight(word["fontname"]) if heft is None else heft


_MD_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s+|\*\*|__|^\s*---+\s*$")
# A markdown line that opens in bold and goes on in plain text, with no more bold after.
MD_RUN_IN = re.compile(r"^\s*\*\*([^*]+?)\*\*(?=\s*[^\s*])(?!.*\*\*)")


def text_pages(path: Path) -> list[RawPage]:
    text = decode_text(path.read_bytes())
    if text is None:
        raise NotText(path)
    markdown = path.suffix.lower() == ".md" or bool(re.search(r"^\s*#{1,6} |\*\*\w", text, re.M))
    pages: list[RawPage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = []
        for raw_line in chunk.splitlines():
            clean = raw_line
            bold, lead = False, 0
            if markdown:
                bold = "**" in raw_line or raw_line.lstrip().startswith("#")
                clean = _MD_MARKUP.sub("", raw_line)
                run_in = MD_RUN_IN.match(raw_line)
                if run_in:  # "**Välkommen och dagordning.** Ordföranden hälsade …"
                    bold, lead = False, len(" ".join(run_in.group(1).split()))
            clean = " ".join(clean.split())
            if clean:
                lines.append(Line(text=clean, page=number, bold=bold, bold_lead=lead))
        # a table's rows between bars ("| Anna Ek | S | ordförande |") as the cells a PDF's give
        pages.append(RawPage(number, None, None, lay_out(lines), []))
    return pages


ENGINES: dict[str, Callable[..., list[RawPage]]] = {"pdfium": _pdfium_pages, "pdfplumber": _pdfplumber_pages}
DEFAULT_ENGINE = "pdfium"


def engine_version(engine: str) -> str:
    """The engine's name and version as `ExtractedDocument.engine` records it: "pdfium
    (pypdfium2 5.15.2, PDFium 8149)", "pdfplumber 0.11.9"."""
    if engine == "pdfium":
        return f"pdfium ({pdfium.version()})"
    if engine == "pdfplumber":
        import pdfplumber

        return f"pdfplumber {pdfplumber.__version__}"
    return engine
