"""File -> pages of positioned lines.  The only module that opens documents.

An *engine* turns a file into raw pages of `Line` records; everything after that
(furniture detection, hyphenation, link lines) is engine-independent, so a faster engine can
be added to `ENGINES` without touching any parser.

Pages whose text layer cannot be trusted (`quality.page_quality`: none, a stamp on a scan,
garbled, lost ligatures) are mended from the font's glyphs where they can be (`repair`) and
OCR'd (`ocr`); each page keeps whichever text scores best and records its source.

    doc = extract(Path("raw/protokoll.pdf"))
    doc.pages[0].lines[0].text
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Literal, NamedTuple

from . import PIPELINE_VERSION
from .quality import agreement, page_quality, patch_lines
from .records import ExtractedDocument, Line, Page, QualityScore
from .repair import GlyphWidths, repair_words, slim

log = logging.getLogger(__name__)
# pdfminer reports every odd font table at WARNING; those are not our problems to show.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

TEXT_SUFFIXES = {".txt", ".md"}
MAX_PAGES = 2000
MAX_BYTES = 300 * 1024 * 1024
MAX_TEXT_BYTES = 5 * 1024 * 1024  # a protocol as text is well under 1 MB


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored and shown: bytes of a file name that are not UTF-8 (a
    name made on another system) are written as escapes ("protokoll-\\xff.pdf"), never an error.

    >>> path_text(os.fsdecode(b"in/m\\xf6te.pdf"))
    'in/m\\\\xf6te.pdf'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class ExtractionError(Exception):
    """A file could not be read as a document.  The message names the file and the reason."""

    reason = "unreadable"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = path_text(path)
        self.detail = detail
        super().__init__(f"{path}: {self.reason}" + (f" ({detail})" if detail else ""))


class EmptyFile(ExtractionError):
    reason = "empty file (0 bytes)"


class NotAPDF(ExtractionError):
    reason = "not a PDF (the file does not start with %PDF-)"


class EncryptedPDF(ExtractionError):
    reason = "encrypted PDF: it needs a password to open"


class CorruptPDF(ExtractionError):
    reason = "corrupt PDF: the file could not be parsed"


class TooLarge(ExtractionError):
    reason = "too large"


class UnsupportedFile(ExtractionError):
    reason = "unsupported file type (expected .pdf, .txt or .md)"


class NotText(ExtractionError):
    reason = "not text in a known encoding (UTF-8, UTF-16 or Windows-1252/Latin-1)"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


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
    source: str = "text"
    quality: float | None = None
    ocr_confidence: float | None = None
    note: str | None = None


def _pdfplumber_pages(path: Path, only: Sequence[int] | None = None) -> list[RawPage]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

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
                words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, return_chars=True)
                links = [h["uri"] for h in page.hyperlinks if h.get("uri")]
                cover = _image_cover(page)
                widths.add(page.chars)
            except MemoryError:
                raise
            except Exception as e:
                if any(isinstance(a, MemoryError) for a in e.args):  # pdfplumber wraps pdfminer's errors
                    raise MemoryError from e
                raise CorruptPDF(path, f"page {number}: {_short(e)}") from e
            pages.append(
                RawPage(number, float(page.width), float(page.height), _words_to_lines(words, number), links, cover)
            )
            kept.append(slim(words))
            page.flush_cache()  # keep memory flat on long documents
    # Broken font maps are mended once every page's glyph widths are known (`repair`).
    for i, (raw, words) in enumerate(zip(pages, kept, strict=True)):
        mended = repair_words(words, widths)
        if mended is not None:
            pages[i] = raw._replace(repaired=_words_to_lines(mended, raw.number))
    return pages


def _image_cover(page) -> float:  # noqa: ANN001 - a pdfplumber Page
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
# left entries nearly reach the right column).
NARROW_COLUMN_GAP_EM = 0.8
COLUMN_ROWS = 3
COLUMN_EDGE_PT = 2.0
SAME_BASELINE_PT = 2.5


def _column_edges(rows: list[list[dict]]) -> list[float]:
    """Left edges where words after a narrow gap start on several rows of the page."""
    starts: list[float] = []
    for row in rows:
        for prev, w in zip(row, row[1:], strict=False):
            if w["x0"] - prev["x1"] >= NARROW_COLUMN_GAP_EM * max(w["size"], 6):
                starts.append(w["x0"])
    edges: list[float] = []
    for x in sorted(starts):
        if sum(1 for y in starts if abs(y - x) <= COLUMN_EDGE_PT) >= COLUMN_ROWS and not any(
            abs(e - x) <= COLUMN_EDGE_PT for e in edges
        ):
            edges.append(x)
    return edges


def _words_to_lines(words: list[dict], page: int) -> list[Line]:
    """Group words into lines by baseline, then split a line where a wide gap separates columns.

    A gap wider than `COLUMN_GAP_EM` font sizes is a column break (a table cell, a two-column
    signature block), so "Håkan Larsson      Ingmar Unosson" becomes two lines at one `top`;
    so is a narrower one before a column edge that several rows share (`_column_edges`).
    """
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= SAME_BASELINE_PT:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    edges = _column_edges(rows)
    lines: list[Line] = []
    for row in rows:
        run: list[dict] = [row[0]]
        for w in row[1:]:
            gap, size = w["x0"] - run[-1]["x1"], max(w["size"], 6)
            at_edge = gap >= NARROW_COLUMN_GAP_EM * size and any(abs(w["x0"] - e) <= COLUMN_EDGE_PT for e in edges)
            if gap > COLUMN_GAP_EM * size or at_edge:
                lines.append(_line(run, page))
                run = []
            run.append(w)
        lines.append(_line(run, page))
    lines.sort(key=lambda ln: (round(ln.top or 0), ln.x0 or 0))
    return lines


# pdfminer writes a glyph it cannot map to a character as "(cid:127)".  Standing alone as a word
# it is a symbol font's bullet or separator, never text.
UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")


def _line(words: list[dict], page: int) -> Line:
    fonts = Counter(w["fontname"] for w in words)
    font = fonts.most_common(1)[0][0]
    return Line(
        text=" ".join("•" if UNMAPPED_GLYPH.match(w["text"]) else w["text"] for w in words),
        page=page,
        x0=round(min(w["x0"] for w in words), 2),
        top=round(min(w["top"] for w in words), 2),
        x1=round(max(w["x1"] for w in words), 2),
        bottom=round(max(w["bottom"] for w in words), 2),
        font=font,
        size=round(max(w["size"] for w in words), 2),
        bold=bool(re.search(r"bold|black|heavy|semibold", font, re.I)),
    )


_MD_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s+|\*\*|__|^\s*---+\s*$")


# Byte-order marks, longest first (UTF-32's begins with UTF-16's).
BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def decode_text(raw: bytes) -> str | None:
    """The text of a text file, by its byte-order mark, else UTF-8, else UTF-16 without a mark
    (every other byte NUL), else Windows-1252/Latin-1 (Swedish exports from Windows); None
    when the bytes are no text in any of them (control bytes, NULs).

    >>> [decode_text(t) for t in ("Möte".encode("utf-16"), "Möte".encode("cp1252"), "Möte".encode())]
    ['Möte', 'Möte', 'Möte']
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                return None
    candidates = ["utf-8"]
    if len(raw) >= 2 and raw.count(0) * 3 >= len(raw):  # UTF-16 without a mark: ASCII's high bytes are NUL
        candidates = ["utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"]
    for encoding in [*candidates, "cp1252", "latin-1"]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not re.search(r"[\x00-\x08\x0e-\x1f\x7f]", text):
            return text
    return None


def _text_pages(path: Path) -> list[RawPage]:
    text = decode_text(path.read_bytes())
    if text is None:
        raise NotText(path)
    markdown = path.suffix.lower() == ".md" or bool(re.search(r"^\s*#{1,6} |\*\*\w", text, re.M))
    pages: list[RawPage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = []
        for raw_line in chunk.splitlines():
            clean = raw_line
            bold = False
            if markdown:
                bold = "**" in raw_line or raw_line.lstrip().startswith("#")
                clean = _MD_MARKUP.sub("", raw_line)
            clean = " ".join(clean.split())
            if clean:
                lines.append(Line(text=clean, page=number, bold=bold))
        pages.append(RawPage(number, None, None, lines, []))
    return pages


ENGINES: dict[str, Callable[..., list[RawPage]]] = {"pdfplumber": _pdfplumber_pages}


# --------------------------------------------------------------------------- cleaning
PAGE_LABEL = re.compile(
    r"^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3})$|^-?\s*\d{1,3}\s*-?$|^sida\s+\d{1,3}$", re.I
)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
RULE_LINE = re.compile(r"^[_\-–—=.·\s]{5,}$")  # a horizontal rule typed as characters
# "§ 12" / "12 §" at the top of a page: a running header when the same text stands in the margin of
# other pages too, or lower on the page as the real heading; alone, it is the item's heading.
PARAGRAPH_HEADING = re.compile(r"^(?:§\s*\d{1,4}|\d{1,4}\s*§)(?:\s|$)")


def _shape(line: Line) -> tuple[str, int]:
    """What a running header looks like on every page: its text with digits and case folded
    away, and where it stands.  The position matters: "§ 101" in the running header repeats
    at one height on every page, "§ 101" opening an item stands lower, and only once."""
    text = re.sub(r"\d+", "#", " ".join(line.text.split())).casefold()
    return text, round(line.top / 4) if line.top is not None else 0


def _in_margin(line: Line, height: float | None, index: int, count: int) -> bool:
    if height and line.top is not None and line.bottom is not None:
        return line.top < 0.12 * height or line.bottom > 0.9 * height
    return index < 3 or index >= count - 3  # text sources: the first and last lines of a page


def _bare_number_not_page(text: str, page_number: int) -> bool:
    """A number alone at the top or foot of a page is the page's label only when it is the
    page's number; "11" at the top of page 3 is an item's number (its title under it)."""
    t = text.strip().strip("-– ")
    return t.isdigit() and int(t) != page_number


# "10." / "3)" alone on a line: an item's number with its title under it when it is not the page's
ITEM_NUMBER_ALONE = re.compile(r"^(?P<n>\d{1,3})\s?[.)]$")


def _item_number_not_page(text: str, page_number: int) -> bool:
    """ "1." at the top of page 2 and "10." at the top of page 3 share a shape, as a running
    header would, but they are items' numbers that happen to open pages: not furniture."""
    m = ITEM_NUMBER_ALONE.match(text.strip())
    return m is not None and int(m.group("n")) != page_number


def _split_furniture(pages: list[RawPage]) -> list[tuple[list[Line], list[Line], str | None]]:
    """Separate content from furniture: page labels, and lines repeated in the margins of
    most pages (letterhead footers, running headers that repeat body, date and §)."""
    margin_shapes: list[set[tuple[str, int]]] = []
    for page in pages:
        lines, height = page.lines, page.height
        margin_shapes.append({_shape(ln) for i, ln in enumerate(lines) if _in_margin(ln, height, i, len(lines))})
    counts = Counter(s for shapes in margin_shapes for s in shapes)
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {s for s, c in counts.items() if c >= threshold} if len(pages) > 1 else set()
    texts = Counter(" ".join(ln.text.split()) for page in pages for ln in page.lines)
    out = []
    for page in pages:
        lines, height = page.lines, page.height
        content, furniture, label = [], [], None
        # "§ 82" twice on one page, the running header above the item's own heading: the lower
        # one is the heading, and so is the rest of its row ("Dnr BMN 2024/328")
        seen_above: dict[str, float] = {}
        headings_below: list[float] = []
        for ln in sorted(lines, key=lambda ln: ln.top or 0.0):
            t = " ".join(ln.text.split())
            if PARAGRAPH_HEADING.match(t) and ln.top is not None:
                if t in seen_above and ln.top > seen_above[t]:
                    headings_below.append(ln.top)
                seen_above.setdefault(t, ln.top)
        for i, ln in enumerate(lines):
            margin = _in_margin(ln, height, i, len(lines))
            text = " ".join(ln.text.split())
            heading = (bool(PARAGRAPH_HEADING.match(text)) and texts[text] == 1) or (
                ln.top is not None and any(abs(ln.top - top) <= SAME_BASELINE_PT for top in headings_below)
            )
            if margin and PAGE_LABEL.match(ln.text.strip()) and not _bare_number_not_page(ln.text, page.number):
                label = label or ln.text.strip()
                furniture.append(ln)
            elif (
                margin and _shape(ln) in repeated and not heading and not _item_number_not_page(text, page.number)
            ) or RULE_LINE.match(ln.text):
                furniture.append(ln)
            else:
                content.append(ln)
        out.append((content, furniture, label))
    return out


_CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp", "till", "som"}


# A word broken at the end of a line: two or more lower-case letters, then a hyphen or soft hyphen.
HYPHENATED_END = re.compile(r"(?<![a-zåäö])([a-zåäö]{2,})[-\xad]$|^([a-zåäö]{2,})[-\xad]$")


def rejoin_hyphenation(lines: list[Line]) -> list[Line]:
    """Rejoin words split across a line end: "samverkans-" + "insatser …" -> "samverkansinsatser".

    A hyphen before a conjunction ("hälso- och sjukvård") is a real hyphen and stays; so does
    one between a capitalised fragment and its continuation ("Region-" is rare and ambiguous).
    """
    out = list(lines)
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        # Only the line's end is looked at: a search over the whole line is quadratic on a long
        # run of letters (a 40 KB line took seconds).
        m = HYPHENATED_END.search(cur.text[-64:])
        if not m or not nxt.text or nxt.page != cur.page:
            continue
        first, _, rest = nxt.text.partition(" ")
        if not first[:1].islower() or first.strip(",.;:").casefold() in _CONJUNCTIONS:
            continue
        out[i] = replace(cur, text=cur.text[:-1] + first)
        out[i + 1] = replace(nxt, text=rest)
    return [ln for ln in out if ln.text.strip()]


def _clean_pages(raw_pages: list[RawPage]) -> tuple[Page, ...]:
    pages = []
    for raw, (content, furniture, label) in zip(raw_pages, _split_furniture(raw_pages), strict=True):
        link_lines = [ln.text for ln in content if URL_LINE.match(ln.text.strip())]
        content = [ln for ln in content if not URL_LINE.match(ln.text.strip())]
        pages.append(
            Page(
                number=raw.number,
                lines=tuple(rejoin_hyphenation(content)),
                furniture=tuple(furniture),
                links=tuple(dict.fromkeys([*raw.links, *link_lines])),
                width=raw.width,
                height=raw.height,
                label=label,
                source=raw.source,
                quality=raw.quality,
                ocr_confidence=raw.ocr_confidence,
                note=raw.note,
            )
        )
    return tuple(pages)


# --------------------------------------------------------------------------- choosing the text
# OCR replaces a text layer only when it scores this much better: the text layer's lines know
# their fonts and bold, and exact positions, so a tie goes to it.
OCR_MARGIN = 0.03
# ... and never when OCR reads the same words as the text layer (this share of them): the text
# layer is then right, only in words the Swedish list lacks (another language, names, codes).
# A garbled page shares less: the 6 broken words of 93 on a Nykarleby cover page make 0.87.
OCR_AGREES = 0.95
# A text layer scoring below this is not patched line by line but replaced: a scanner's bad OCR
# layer (0.4) has wrong line boxes too, and its few "known" fragments are not worth keeping.
PATCH_FLOOR = 0.55
# OCR alone must beat the patched text layer by this much: it misreads what the score cannot see
# ("42 §" as "428", so the item is lost) and it loses bold and fonts.
PATCH_MARGIN = 0.06
_ocr_warned = False


def warn_without_ocr() -> bool:
    """Whether OCR can run; when it cannot, say so in one warning per process.  `build` asks
    once before its worker processes start, which then stay quiet about it."""
    from . import ocr as ocr_module

    global _ocr_warned
    try:
        ocr_module.engine_version()
    except ocr_module.OcrUnavailable as e:
        if not _ocr_warned and multiprocessing.parent_process() is None:
            log.warning("OCR skipped: %s; scanned and garbled pages keep their text layer", e)
        _ocr_warned = True
        return False
    return True


def _with_text(
    raw: RawPage,
    source: str,
    lines: list[Line],
    q: QualityScore,
    note: str | None = None,
    confidence: float | None = None,
) -> RawPage:
    return raw._replace(
        lines=lines,
        repaired=None,
        source=source,
        quality=q.score,
        ocr_confidence=confidence,
        note=note if note is not None else (q.reason if q.flags else None),
    )


def choose_text(
    path: Path, raw_pages: list[RawPage], *, ocr: bool = True, cache_dir: Path | None = None
) -> tuple[list[RawPage], str | None]:
    """For each PDF page keep the best of its text layer, the repaired text layer and OCR, by
    `page_quality`; OCR runs only on pages whose best text so far is not trusted.

    Returns the pages and the OCR engine used ("tesseract 5.3.0 swe"), if any page was OCR'd.
    Without Tesseract, OCR is skipped with one warning and the reason is noted on each page.
    """
    from . import ocr as ocr_module

    chosen: list[RawPage] = []
    doubtful: dict[int, QualityScore] = {}
    for raw in raw_pages:
        q = page_quality(raw.lines, image_cover=raw.image_cover)
        page = _with_text(raw, "text", raw.lines, q)
        if raw.repaired is not None:
            q_repaired = page_quality(raw.repaired, image_cover=raw.image_cover)
            if q_repaired.score > q.score:
                q = q_repaired
                page = _with_text(raw, "repaired", raw.repaired, q)
        if not q.trusted:
            doubtful[raw.number] = q
        chosen.append(page)
    if not doubtful:
        return chosen, None
    if not ocr:
        return [
            p._replace(note=f"{p.note}; OCR is off (--no-ocr)") if p.number in doubtful else p for p in chosen
        ], None
    try:
        results = ocr_module.ocr_pages(path, sorted(doubtful), cache_dir=cache_dir)
    except ocr_module.OcrUnavailable as e:
        warn_without_ocr()  # once per process, not once per page or document
        return [p._replace(note=f"{p.note}; OCR skipped: {e}") if p.number in doubtful else p for p in chosen], None
    engine = None
    for i, page in enumerate(chosen):
        result = results.get(page.number)
        if result is None or page.number not in doubtful:
            continue
        engine = result.engine
        chosen[i] = _best_of(page, doubtful[page.number], list(result.lines), result.confidence)
    return chosen, engine


def _best_of(page: RawPage, q: QualityScore, ocr_lines: list[Line], confidence: float | None) -> RawPage:
    """The page with the best of its text layer, that layer with its broken lines read by
    OCR ("patched", see `quality.patch_lines`) and OCR alone."""
    q_ocr = page_quality(ocr_lines)
    if not page.lines:
        return _with_text(page, "ocr", ocr_lines, q_ocr, f"OCR: {q_ocr.reason}; no text layer", confidence)
    agrees = agreement(page.lines, ocr_lines)
    if agrees >= OCR_AGREES:
        return page._replace(note=f"{page.note}; OCR agrees with {agrees:.0%} of its words")
    own = q.score + OCR_MARGIN
    if "sparse text on an image" not in q.flags and q.score >= PATCH_FLOOR:
        patched, n = patch_lines(page.lines, ocr_lines)
        q_patched = page_quality(patched, image_cover=page.image_cover)
        if n and q_patched.score > q.score and q_patched.score + PATCH_MARGIN >= q_ocr.score:
            note = f"{n} of {len(patched)} lines read by OCR; the {page.source} layer scored {q.score:.2f}"
            return _with_text(page, "patched", patched, q_patched, note, confidence)
    if q_ocr.score > own:
        return _with_text(
            page,
            "ocr",
            ocr_lines,
            q_ocr,
            f"OCR: {q_ocr.reason}; the {page.source} layer scored {q.score:.2f}",
            confidence,
        )
    return page._replace(note=f"{page.note}; OCR scored no better ({q_ocr.score:.2f})")


# --------------------------------------------------------------------------- public API
def check_file(path: Path) -> None:
    """Raise a specific `ExtractionError` for files that cannot be documents, before parsing."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | {".pdf"}:
        raise UnsupportedFile(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(path)
    if size > MAX_BYTES:
        raise TooLarge(path, f"{size // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB")
    if suffix in TEXT_SUFFIXES and size > MAX_TEXT_BYTES:
        raise TooLarge(
            path, f"{size / (1024 * 1024):.1f} MiB of text; the limit is {MAX_TEXT_BYTES // (1024 * 1024)} MiB"
        )
    if suffix == ".pdf":
        with path.open("rb") as f:
            head = f.read(1024)
        if b"%PDF-" not in head:
            raise NotAPDF(path)


def extract(
    path: Path,
    engine: str = "pdfplumber",
    doc_id: str | None = None,
    *,
    ocr: bool = True,
    cache_dir: Path | None = None,
    pages: Sequence[int] | None = None,
) -> ExtractedDocument:
    """Read a PDF, text or Markdown file into pages of cleaned, positioned lines.

    Plain text uses form feeds as page breaks.  PDF pages whose text cannot be trusted are
    repaired or OCR'd (`ocr=False` keeps every text layer as it is); OCR results are cached
    under `cache_dir`/ocr.  `pages` (1-based) reads only those pages of a PDF.  Raises
    `ExtractionError` for bad input.
    """
    path = Path(path)
    check_file(path)
    doc_id = doc_id or sha256_file(path)
    if path.suffix.lower() == ".pdf":
        import pdfplumber

        raw_pages, ocr_engine = choose_text(
            path, ENGINES[engine](path, pages), ocr=ocr, cache_dir=cache_dir / "ocr" if cache_dir else None
        )
        source: Literal["pdf", "text"] = "pdf"
        engine_name = f"{engine} {pdfplumber.__version__}"
        if ocr_engine:
            engine_name += f" + {ocr_engine}"
    else:
        raw_pages = _text_pages(path)
        source, engine_name = "text", "text"
    return ExtractedDocument(
        doc_id=doc_id, path=path_text(path), source=source, pages=_clean_pages(raw_pages), engine=engine_name
    )


# --------------------------------------------------------------------------- cache
def _to_json(doc: ExtractedDocument) -> str:
    return json.dumps(asdict(doc), ensure_ascii=False)


def _from_json(text: str) -> ExtractedDocument:
    data = json.loads(text)

    def lines(items: Iterable[dict]) -> tuple[Line, ...]:
        return tuple(Line(**ln) for ln in items)

    pages = tuple(
        Page(**{**p, "lines": lines(p["lines"]), "furniture": lines(p["furniture"]), "links": tuple(p["links"])})
        for p in data["pages"]
    )
    return ExtractedDocument(**{**data, "pages": pages})


def extract_cached(
    path: Path, cache_dir: Path | None, engine: str = "pdfplumber", *, ocr: bool = True
) -> ExtractedDocument:
    """`extract`, with the result kept in `cache_dir` keyed by sha256, pipeline version and
    whether OCR was on, so re-running a build on unchanged files does no PDF work at all."""
    from .ocr import available

    path = Path(path)
    check_file(path)
    doc_id = sha256_file(path)
    if cache_dir is None:
        return extract(path, engine, doc_id, ocr=ocr)
    # Without Tesseract the text is what OCR off gives; keyed so, installing it later redoes
    # the documents that need it.
    with_ocr = ocr and (path.suffix.lower() != ".pdf" or available())
    cached = cache_dir / f"{doc_id}.v{PIPELINE_VERSION}.{engine}{'' if with_ocr else '.no-ocr'}.json"
    if cached.exists():
        doc = _from_json(cached.read_text("utf-8"))
        return replace(doc, path=path_text(path))
    doc = extract(path, engine, doc_id, ocr=ocr, cache_dir=cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(_to_json(doc), "utf-8")
    tmp.replace(cached)  # atomic: a killed run never leaves half a cache file
    return doc
