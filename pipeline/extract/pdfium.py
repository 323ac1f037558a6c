"""PDFium (through pypdfium2) as an engine: a PDF page -> the words pdfplumber would give.

PDFium reads a page's text about ten times faster than pdfminer.  Its characters are read with
one call for the page's text and two a character (its box and its text object); a text object's
font, size and baseline once.  They are then grouped into words exactly as pdfplumber's
`extract_words(extra_attrs=["fontname", "size"])` groups pdfminer's characters
(`PdfiumPage.words`), with numpy over the page rather than Python over each character:

* runs of consecutive characters of one font, size and orientation;
* within a run, lines clustered by `top` (rotated text: by `x0`) within `Y_TOLERANCE`;
* within a line, in order of `x0`, a new word at a space and where a character starts before
  the last one or more than `X_TOLERANCE` past its end.

What pdfminer gets wrong, PDFium is left to get right: a glyph pdfminer cannot map
("(cid:127)" for a bullet in WinAnsiEncoding) comes out as the letter the encoding means.

    reader = Reader(pdf)
    page = reader.page(pdf[0], height)
    page.words()          # [{"text", "x0", "x1", "top", "bottom", "fontname", "size", "upright", "weight"}]
    page.glyph_keys()     # what `repair.GlyphWidths` counts, without a dict per character
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, islice, repeat
from typing import Any, NamedTuple

import numpy as np

from .weight import FILL_STROKE_MODES, REGULAR, SYNTHETIC_EXTRA, face_weight, synthetic

# pdfplumber's `extract_words` defaults: characters further apart than X_TOLERANCE points are
# in different words; lines are clustered by `top` within Y_TOLERANCE.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
# A gap of exactly the tolerance (a word space of 250/1000 em at 12 pt) is a word break for
# pdfminer, whose sums come out a hair over it; PDFium's single-precision boxes, a hair under.
TOLERANCE_ROUNDING = 0.005
# pdfplumber writes these ligature characters out as their letters (its `expand_ligatures`).
LIGATURE_CHARS = {
    "\ufb00": "ff",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb06": "st",
    "\ufb05": "st",
}
_LIGATURES = frozenset(LIGATURE_CHARS)
# Characters PDFium's text needs a second look at: the spaces and line breaks it may have put in
# itself (left out if so), a hyphen that ends a line (read as \x02, or \ufffe in bulk), NUL (left
# out), and the spaces of other scripts (`\s` is `str.isspace`; ASCII's own controls are characters).
_PDF_SPACE_CODES = np.array([ord(c) for c in " \t\r\n\x0b\x0c\xa0"], np.uint32)
# Whether a code up to _LAST_SPACE is one of them, and (the last entry) that no code beyond is:
# a look-up a character, cheaper than np.isin's sort or comparisons.
_LAST_SPACE = int(_PDF_SPACE_CODES.max())
_IS_SPACE_CODE = np.zeros(_LAST_SPACE + 2, bool)
_IS_SPACE_CODE[_PDF_SPACE_CODES] = True
_HYPHEN = re.compile("[\x02\ufffe]")
_OTHER_SPACE = re.compile(r"[^\S\x00-\x7f\xa0]")
_IMAGE, _FORM = 3, 5  # FPDF_PAGEOBJ_IMAGE, FPDF_PAGEOBJ_FORM
_ACTION_URI = 3  # PDFACTION_URI
ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD


def version() -> str:
    """ "pypdfium2 5.15.2, PDFium 8149"."""
    import pypdfium2

    return f"pypdfium2 {pypdfium2.PYPDFIUM_INFO.version}, PDFium {pypdfium2.PDFIUM_INFO.build}"


class _Run(NamedTuple):
    """What a text object's characters share (a tuple: made once a text object, a page has hundreds)."""

    fontname: str
    size: float
    upright: bool
    top: float  # of an upright object's characters, from its baseline and font descent
    bottom: float
    key: int  # one number per (upright, font, size): pdfplumber's run of characters
    weight: int = REGULAR  # the face's, heavier when stroked (`weight`)


@dataclass
class PdfiumPage:
    """A page's characters as columns: one entry per character, PDFium's own spaces left out."""

    texts: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    run: np.ndarray  # index into `runs`
    runs: list[_Run]
    spaces: list[int]  # the characters that are spaces (in the PDF, not put in by PDFium)
    gaps: list[tuple[int, int]]  # (before, after): characters PDFium put a space between
    _keys: Counter[tuple[str, str, int]] | None = None

    @classmethod
    def empty(cls) -> PdfiumPage:
        """A page without text."""
        none = np.zeros(0)
        return cls([], none, none, none, none, np.zeros(0, np.int64), [], [], [])

    def words(self, with_chars: bool = False) -> list[dict]:
        """pdfplumber's words (module docstring), each with its `chars` when `with_chars`."""
        n = len(self.texts)
        if not n:
            return []
        runs = self.runs
        upright = np.array([r.upright for r in runs], bool)[self.run]
        key = np.array([r.key for r in runs], np.int64)[self.run]
        space = np.zeros(n, bool)
        space[self.spaces] = True
        # pdfplumber: runs of consecutive chars with one key, then lines within each run
        group = np.concatenate(([0], np.cumsum(key[1:] != key[:-1])))
        line_value = np.where(upright, self.top, self.x0)
        start = np.where(upright, self.x0, self.top)
        end = np.where(upright, self.x1, self.bottom)
        order = np.lexsort((line_value, group))
        v, g = line_value[order], group[order]
        new_line = np.ones(n, bool)
        new_line[1:] = (g[1:] != g[:-1]) | (v[1:] - v[:-1] > Y_TOLERANCE)
        line = np.empty(n, np.int64)
        line[order] = np.cumsum(new_line)
        # within a line, by x0 (rotated: top), ties in content order (lexsort is stable)
        order = np.lexsort((start, line))
        keep = order[~space[order]]
        if not len(keep):
            return []
        after_space = np.zeros(n, bool)
        ordered_space = space[order]
        # a char follows a space when the char before it in line order is one, in the same line
        prev_is_space = np.concatenate(([False], ordered_space[:-1] & (line[order][:-1] == line[order][1:])))
        after_space[order] = prev_is_space
        k = keep
        brk = np.ones(len(k), bool)
        gap_before = np.full(n, -1, np.int64)
        if self.gaps:
            before, after = np.array(self.gaps, np.int64).T
            gap_before[after] = before
        brk[1:] = (
            (line[k[1:]] != line[k[:-1]])
            | (gap_before[k[1:]] == k[:-1])
            | after_space[k[1:]]
            | (start[k[1:]] < start[k[:-1]])
            | (start[k[1:]] > end[k[:-1]] + X_TOLERANCE - TOLERANCE_ROUNDING)
            | (np.abs(line_value[k[1:]] - line_value[k[:-1]]) > Y_TOLERANCE)
        )
        bounds = np.flatnonzero(brk)
        x0 = np.minimum.reduceat(self.x0[k], bounds)
        x1 = np.maximum.reduceat(self.x1[k], bounds)
        top = np.minimum.reduceat(self.top[k], bounds)
        bottom = np.maximum.reduceat(self.bottom[k], bounds)
        texts = self.texts
        bounds_list = bounds.tolist()
        ends = [*bounds_list[1:], len(k)]
        ks = k.tolist()
        letters = list(map(texts.__getitem__, ks))  # in word order
        if not _LIGATURES.isdisjoint(letters):
            letters = [LIGATURE_CHARS.get(t, t) for t in letters]
        joined = "".join(letters)
        if len(joined) == len(letters):  # a letter a character: each word is a slice of them all
            word_texts = list(map(joined.__getitem__, map(slice, bounds_list, ends)))
        else:
            word_texts = ["".join(letters[a:b]) for a, b in zip(bounds_list, ends, strict=True)]
        faces = [(r.upright, r.fontname, r.size, r.weight) for r in runs]
        words = [
            {
                "text": text,
                "x0": x0w,
                "x1": x1w,
                "top": topw,
                "bottom": bottomw,
                "upright": upright,
                "fontname": fontname,
                "size": size,
                "weight": weight,
            }
            for text, x0w, x1w, topw, bottomw, (upright, fontname, size, weight) in zip(
                word_texts,
                x0.tolist(),
                x1.tolist(),
                top.tolist(),
                bottom.tolist(),
                map(faces.__getitem__, self.run[k[bounds]].tolist()),
                strict=True,
            )
        ]
        if with_chars:
            for word, a, b in zip(words, bounds_list, ends, strict=True):
                word["chars"] = [self._char(i) for i in ks[a:b]]
        return words

    def _char(self, i: int) -> dict:
        r = self.runs[self.run[i]]
        x0, x1 = float(self.x0[i]), float(self.x1[i])
        return {"text": self.texts[i], "fontname": r.fontname, "size": r.size, "adv": x1 - x0, "x0": x0, "x1": x1}

    def glyph_keys(self) -> Counter[tuple[str, str, int]]:
        """How often each (font, text, advance width in thousandths of the size) occurs on the
        page: `repair`'s keys, counted without a dict per character."""
        if self._keys is None:
            self._keys = self._glyph_keys()
        return self._keys

    def _glyph_keys(self) -> Counter[tuple[str, str, int]]:
        runs = self.runs
        sizes = np.array([r.size for r in runs], float)[self.run] if runs else np.zeros(0)
        with np.errstate(divide="ignore", invalid="ignore"):
            widths = np.round((self.x1 - self.x0) / sizes * 1000)
        names = [r.fontname for r in runs]
        fonts = [names[r] for r in self.run.tolist()]
        ok = np.isfinite(widths) & (sizes > 0)
        keys = zip(fonts, self.texts, np.where(ok, widths, 0).astype(np.int64).tolist(), strict=True)
        return Counter(keys if ok.all() else compress(keys, ok.tolist()))


# Each character's box is written into one array of FS_RECTF through a pointer made once
# (`Reader._boxes`), the page's text into one buffer (`Reader._text`); a thread's readers share
# them (PDFium is called from one thread at a time, and each page's boxes and text are read into
# Python before the next page is).
_BOXES = threading.local()


class Reader:
    """PDFium's characters, links and images of a document's pages, through its C API."""

    def __init__(self, pdf) -> None:
        import pypdfium2.raw as c

        self.pdf, self.c = pdf, c
        self.fonts: dict[int, tuple[str, float, int]] = {}  # font handle -> (name, descent per point, weight)
        self.keys: dict[tuple[bool, int, float], int] = {}
        self._buf = ctypes.create_string_buffer(256)
        void, num = ctypes.c_void_p, ctypes.c_int

        def typed(function, restype, *argtypes):
            return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, void).value)

        def untyped(function, restype):
            # Without argtypes ctypes converts nothing: ints go as C ints, ctypes objects (the
            # text page as a c_void_p, a buffer, a byref) as the pointers they are.  Half the
            # time of a typed call, for the calls made once a character.
            return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, void).value)

        self._text_object = untyped(c.FPDFText_GetTextObject, ctypes.c_ssize_t)  # an address, 0 for none
        self._loose_box = untyped(c.FPDFText_GetLooseCharBox, num)
        self._generated = untyped(c.FPDFText_IsGenerated, num)
        self._get_text = untyped(c.FPDFText_GetText, num)
        self._unicode = untyped(c.FPDFText_GetUnicode, ctypes.c_uint)
        # pypdfium2's bindings wrap every pointer in a class; these take and give plain ints.
        self._font_of = typed(c.FPDFTextObj_GetFont, void, void)
        self._matrix = typed(c.FPDFText_GetMatrix, num, void, num, void)
        self._font_size = typed(c.FPDFText_GetFontSize, ctypes.c_double, void, num)
        self._origin = typed(c.FPDFText_GetCharOrigin, num, void, num, void, void)
        self._render_mode = typed(c.FPDFTextObj_GetTextRenderMode, num, void)
        self._stroke_width = typed(c.FPDFPageObj_GetStrokeWidth, num, void, void)
        # What `_run` has PDFium write into, made once: a text matrix and an origin.
        self._m = c.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._m_at, self._x_at, self._y_at = (ctypes.addressof(v) for v in (self._m, self._x, self._y))

    def page(self, page, height: float) -> PdfiumPage:
        """The page's characters, in content order; a glyph that maps to several letters ("ti")
        is one character, as in pdfminer."""
        textpage = self.c.FPDFText_LoadPage(page)
        if not textpage:
            return PdfiumPage.empty()
        try:
            return self._read(textpage, height)
        finally:
            self.c.FPDFText_ClosePage(textpage)

    def _read(self, textpage, height: float) -> PdfiumPage:
        tp = ctypes.cast(textpage, ctypes.c_void_p)
        n = self.c.FPDFText_CountChars(textpage)
        if n <= 0:
            return PdfiumPage.empty()
        text = self._text(tp, n)
        chars, kept, kept_at, is_space, gap_at = self._second_look(tp, text)
        if not kept:
            return PdfiumPage.empty()
        # Two calls a character, made by `map` rather than a Python loop: its text object (an
        # address, 0 for none), and its box written straight into an array of FS_RECTF.
        m = len(kept)
        objects = np.fromiter(map(self._text_object, repeat(tp, m), kept), np.int64, m)
        rects, refs = self._boxes(m)
        list(map(self._loose_box, repeat(tp, m), kept, refs))
        left, top, right, bottom = np.frombuffer(rects, np.float32, 4 * m).reshape(m, 4).astype(float).T
        # A new run where the text object changes (the first character's object must be one).
        starts = np.flatnonzero(np.concatenate(([True], objects[1:] != objects[:-1])))
        assert objects[0], "the first character has no text object"
        runs = [self._run(textpage, tp.value, int(objects[s]), kept[s], height) for s in starts.tolist()]
        ri = np.repeat(np.arange(len(starts)), np.diff(starts, append=m))
        # One glyph, several letters: a character in the same run and box as the one before it
        # is that character's (`texts[-1] += ch`).
        merged = np.zeros(m, bool)
        merged[1:] = (ri[1:] == ri[:-1]) & (left[1:] == left[:-1]) & (right[1:] == right[:-1]) & (right[1:] > left[1:])
        own = np.flatnonzero(~merged)
        for j in np.flatnonzero(merged).tolist():
            chars[kept[own[np.searchsorted(own, j, "right") - 1]]] += chars[kept[j]]
        at = kept_at[own]  # each character's position in the page's text
        positions = at.tolist()
        run_of = ri[own]
        upright = np.array([r.upright for r in runs], bool)[run_of]
        run_top = np.array([r.top for r in runs], float)[run_of]
        run_bottom = np.array([r.bottom for r in runs], float)[run_of]
        # PDFium's own space between two characters (merged ones in between do not count)
        between = gap_at[at[1:]] - gap_at[at[:-1] + 1] > 0
        return PdfiumPage(
            texts=list(map(chars.__getitem__, positions)),
            x0=left[own],
            x1=right[own],
            top=np.where(upright, run_top, height - top[own]),
            bottom=np.where(upright, run_bottom, height - bottom[own]),
            run=run_of,
            runs=runs,
            spaces=np.flatnonzero(is_space[at]).tolist(),
            gaps=[(k, k + 1) for k in np.flatnonzero(between).tolist()],
        )

    def _boxes(self, m: int) -> tuple[Any, Iterable]:
        """An array of FS_RECTF for `m` boxes and a pointer to each of the first `m`: made once
        a thread and grown as pages need (`_BOXES`), not a pointer made per character and page
        or per document (a document's first page cost as many pointers as it had characters)."""
        rects = getattr(_BOXES, "rects", None)
        if rects is None or m > len(rects):
            size = ctypes.sizeof(self.c.FS_RECTF)
            rects = (self.c.FS_RECTF * max(m, 2 * len(rects) if rects is not None else 0, 4096))()
            _BOXES.rects = rects
            _BOXES.refs = [ctypes.byref(rects, k) for k in range(0, len(rects) * size, size)]
        return rects, islice(_BOXES.refs, m)

    def _text(self, tp: ctypes.c_void_p, n: int) -> str:
        """The page's `n` characters, one letter each (PDFium's text, read once)."""
        # One buffer a thread, grown as pages need and zeroed as a new one would be: a buffer of
        # a new size each page cost a new ctypes array type each page.
        size = 2 * (n + 1)
        buffer = getattr(_BOXES, "text", None)
        if buffer is None or size > len(buffer):
            buffer = _BOXES.text = ctypes.create_string_buffer(max(size, 2 * len(buffer) if buffer else 0, 1 << 14))
        else:
            ctypes.memset(buffer, 0, size)
        self._get_text(tp, 0, n, buffer)
        text = ctypes.string_at(buffer, 2 * n).decode("utf-16-le", "replace")
        # One call a character when a letter outside the BMP took two units, or when PDFium's
        # text left out a glyph mapped to NUL (a letter missing from the font: the letters
        # after it would be read with the boxes of the ones before, and the buffer ends in NUL).
        if len(text) != n or "\x00" in text:
            text = "".join(chr(self._unicode(tp, i)) for i in range(n))
        return text

    def _second_look(
        self, tp: ctypes.c_void_p, text: str
    ) -> tuple[list[str], list[int], np.ndarray, np.ndarray, np.ndarray]:
        """The characters that need a second look (module constants), every other one as it is:
        (each character's letters, the characters kept and the same as an array, whether each
        character of the text is a space, PDFium's own spaces before each character, summed)."""
        chars = list(text)
        for m in _HYPHEN.finditer(text):
            chars[m.start()] = "-"
        n = len(text)
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        # A space or line break PDFium put in itself, where it left out the PDF's space or saw a
        # gap, is at no position of its own: it parts only the characters on either side of it
        # (`PdfiumPage.words`).  One call a space, made by `map`.
        blanks = np.flatnonzero(_IS_SPACE_CODE[np.minimum(codes, _LAST_SPACE + 1)]).tolist()
        generated = np.fromiter(map(self._generated, repeat(tp, len(blanks)), blanks), np.int64, len(blanks))
        blank_at = np.array(blanks, np.int64)
        own = blank_at[generated != 0]
        is_space = np.zeros(n, bool)
        is_space[blank_at[generated == 0]] = True
        is_space[[m.start() for m in _OTHER_SPACE.finditer(text)]] = True
        gap_at = np.zeros(n + 1, np.int64)
        gap_at[own[codes[own] == 0x20] + 1] = 1
        np.cumsum(gap_at, out=gap_at)
        skip = np.zeros(n, bool)
        skip[own] = True
        skip[codes == 0] = True  # NUL
        kept = np.flatnonzero(~skip)
        return chars, kept.tolist(), kept, is_space, gap_at

    def _run(self, textpage, tp: int | None, obj: int | None, index: int, height: float) -> _Run:
        """What the characters of the text object `obj` (of character `index`) share: font, size
        as pdfminer gives it (font size times the text matrix's scale), orientation, top and bottom."""
        c = self.c
        handle = (self._font_of(obj) if obj else None) or 0
        known = self.fonts.get(handle)
        if known is None:
            font = c.FPDFTextObj_GetFont(c.FPDFText_GetTextObject(textpage, index))
            n = c.FPDFFont_GetBaseFontName(font, self._buf, len(self._buf)) if font else 0
            name = self._buf.raw[: max(n - 1, 0)].decode("utf-8", "replace")
            if not name:
                n = c.FPDFText_GetFontInfo(textpage, index, self._buf, len(self._buf), None)
                name = self._buf.raw[: max(n - 1, 0)].decode("utf-8", "replace")
            heft = (
                face_weight(name, c.FPDFFont_GetWeight(font), c.FPDFFont_GetFlags(font)) if font else face_weight(name)
            )
            known = self.fonts[handle] = (name, self._descent(font, name) if font else 0.0, heft)
        name, descent, heft = known
        m = self._m  # written by each call before it is read: one for the reader
        self._matrix(tp, index, self._m_at)
        a, b, c_, d = m.a, m.b, m.c, m.d
        upright = a * d > 0 and b * c_ <= 0  # pdfminer's test
        scale = abs(d) if upright else (c_ * c_ + d * d) ** 0.5
        size = self._font_size(tp, index) * scale
        self._origin(tp, index, self._x_at, self._y_at)
        bottom = height - (self._y.value + descent * size)
        # pdfminer names a font with its subset prefix ("AAAAAA+Calibri"), PDFium without: two
        # subsets of one font (whose words pdfplumber splits) are told apart by their handles.
        key = self.keys.setdefault((upright, handle, size), len(self.keys))
        mode = self._render_mode(obj) if obj else 0
        if mode in FILL_STROKE_MODES:  # a word processor's bold: filled and stroked (`weight`)
            width = ctypes.c_float()
            if self._stroke_width(obj, ctypes.addressof(width)) and synthetic(mode, width.value, size):
                heft += SYNTHETIC_EXTRA
        return _Run(name, size, upright, bottom - size, bottom, key, heft)

    def _descent(self, font, name: str) -> float:
        """The font's descent per point of size, negative, as pdfminer reads it: the standard
        fonts' from their metrics (pdfminer's AFM tables), the others' from the font descriptor."""
        c = self.c
        if not c.FPDFFont_GetIsEmbedded(font):
            from pdfminer.fontmetrics import FONT_METRICS

            if name in FONT_METRICS:
                return -abs(float(FONT_METRICS[name][0].get("Descent", 0))) / 1000.0  # type: ignore[arg-type]
        descent = ctypes.c_float()
        if not c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(descent)):
            return 0.0
        return -abs(descent.value) / 1000.0

    def links(self, page) -> list[str]:
        """URIs of the page's link annotations, in the page's order (pdfplumber's `hyperlinks`)."""
        c = self.c
        out: list[str] = []
        pos = ctypes.c_int(0)
        link = c.FPDF_LINK()
        while c.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
            action = c.FPDFLink_GetAction(link)
            if not action or c.FPDFAction_GetType(action) != _ACTION_URI:
                continue
            n = c.FPDFAction_GetURIPath(self.pdf, action, None, 0)
            if n <= 1:
                continue
            buf = ctypes.create_string_buffer(n)
            c.FPDFAction_GetURIPath(self.pdf, action, buf, n)
            out.append(buf.raw[: n - 1].decode("utf-8", "replace"))
        return out

    def image_cover(self, page, width: float, height: float) -> float:
        """Share of the page's area under images (overlaps counted twice, capped at 1), images in
        form XObjects included, as pdfplumber's `page.images` give it."""
        c = self.c
        area = float(width * height) or 1.0
        covered = 0.0
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        refs = [ctypes.byref(v) for v in (left, bottom, right, top)]

        def visit(objects: Iterable, matrix: tuple[float, ...] | None) -> None:
            nonlocal covered
            for obj in objects:
                kind = c.FPDFPageObj_GetType(obj)
                if kind == _FORM:
                    m = c.FS_MATRIX()
                    c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
                    inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
                    visit((c.FPDFFormObj_GetObject(obj, k) for k in range(c.FPDFFormObj_CountObjects(obj))), inner)
                elif kind == _IMAGE and c.FPDFPageObj_GetBounds(obj, *refs):
                    x0, y0, x1, y1 = _transform((left.value, bottom.value, right.value, top.value), matrix)
                    w = min(x1, width) - max(x0, 0.0)
                    h = min(y1, height) - max(y0, 0.0)
                    covered += max(w, 0.0) * max(h, 0.0)

        visit((c.FPDFPage_GetObject(page, k) for k in range(c.FPDFPage_CountObjects(page))), None)
        return round(min(covered / area, 1.0), 3)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...] | None) -> tuple[float, ...]:
    """The matrix applying `inner`, then `outer` (PDF's row-vector convention)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _transform(
    box: tuple[float, float, float, float], m: tuple[float, ...] | None
) -> tuple[float, float, float, float]:
    if m is None:
        return box
    x0, y0, x1, y1 = box
    a, b, c, d, e, f = m
    corners = [(a * x + c * y + e, b * x + d * y + f) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)
