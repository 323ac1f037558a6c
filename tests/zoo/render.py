"""A small layout engine: lines in reading order -> pages -> PDF bytes, and the gold.

A renderer appends ``Ln`` lines to a ``Flow`` (text, indent, weight, size, extra cells on the
same baseline, ruling lines, dot leaders) and records, as it places them, the facts the gold
states: participants (``Flow.person``), agenda items (``Flow.item``), decisions
(``Flow.decision``) and amounts (``{text|value}`` markup in any placed text).  ``paginate``
then gives every line its page, so the gold's pages come from where things were drawn.

Output is byte-for-byte reproducible: canvases are ``invariant`` and the fonts are either the
PDF base-14 faces (Helvetica, Times, Courier) or the Bitstream Vera faces bundled with
reportlab; no system font is involved.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .content import AMOUNT, plain

W, H = A4
GLUE = "\x00"  # joins the words of an amount so that wrapping never splits it

# font family -> (regular, bold) font names
FONTS = {
    "vera": ("ZooVera", "ZooVera-Bold"),
    "helvetica": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
    # Bold as real PDFs have it without "Bold" in the name: a bold face embedded under a name
    # that states no weight (a subset "ZooFaceB", known only by its descriptor), and a
    # regular face filled and stroked, a word processor's bold for a font with no bold face.
    "vera-unnamed": ("ZooVera", "ZooFaceB"),
    "vera-stroked": ("ZooVera", "ZooVera"),
}
# Families whose bold is the regular face drawn with text render mode 2 (fill, then stroke)
# and a line this share of the font size wide.
STROKED_BOLD = {"vera-stroked": 0.03}
# Registered font -> (Vera file, the PostScript name embedded when not the file's own)
FACES = {
    "ZooVera": ("Vera.ttf", None),
    "ZooVera-Bold": ("VeraBd.ttf", None),
    "ZooFaceB": ("VeraBd.ttf", b"ZooFaceB"),
}


def register_fonts() -> None:
    """Register the Vera faces shipped inside reportlab (they have å, ä, ö, §, – and •)."""
    fonts = Path(reportlab.__file__).parent / "fonts"
    for name, (file, embedded) in FACES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(fonts / file))
            if embedded:
                font.face.name = embedded  # BaseFont "AAAAAA+ZooFaceB", not the file's name
            pdfmetrics.registerFont(font)


@dataclass(frozen=True)
class Style:
    """Page geometry and type of one document."""

    family: str = "vera"
    size: float = 10.0
    left: float = 70.0
    right: float = 60.0
    top: float = 70.0  # first baseline's distance below the page top (room for a running header)
    bottom: float = 64.0
    leading: float = 1.3
    tracking: float = 0.0  # extra space after every character, in font sizes (PDF ``Tc``)
    word_space: float = 0.0  # extra space after every word space, in font sizes (PDF ``Tw``)
    justify: bool = False  # a paragraph's lines but its last stretched to the column's width

    @property
    def reg(self) -> str:
        return FONTS[self.family][0]

    @property
    def bold(self) -> str:
        return FONTS[self.family][1]

    @property
    def width(self) -> float:
        return W - self.left - self.right


@dataclass(eq=False)
class Ln:
    """One printed line; ``page`` and ``y`` (baseline) are set by ``Flow.paginate``."""

    text: str
    x: float = 0.0
    bold: bool = False
    size: float = 10.0
    before: float = 0.0  # extra space above (dropped at the top of a page)
    keep: int = 0  # keep this line on one page with the next ``keep`` lines
    new_page: bool = False
    cells: tuple[tuple[float, str, bool], ...] = ()  # (x, text, bold) on the same baseline
    rule: tuple[float, float, tuple[float, ...]] | None = None  # ruled table row: x0, x1, inner verticals
    leader: str | None = None  # right-aligned text joined by dot leaders (tables of contents)
    item: str | None = None  # the agenda item in progress (running headers)
    underline: bool = False  # a rule under the line's text (headings set apart by underlining)
    small_caps: bool = False  # the text in small capitals: small letters as capitals SMALL_CAPS of the size
    page: int = 0
    y: float = 0.0
    leading: float = 1.3
    fill: float | None = None  # a paragraph's line but its last: the width it is justified to

    @property
    def height(self) -> float:
        return self.size * self.leading


@dataclass(eq=False)
class ItemFact:
    number: str
    title: str
    dnr: str | None
    ln: Ln
    decisions: list[str] = field(default_factory=list)


# (tracking, word space) of the Flow being laid out, in font sizes: set by tests/zoo/perturb.py
# while it renders, so that every width a layout measures is the width it will print at.
SPACING = (0.0, 0.0)


def text_width(text: str, font: str, size: float, spacing: tuple[float, float] | None = None) -> float:
    """Printed width: amount markup counts as the amount's words."""
    tracking, word_space = SPACING if spacing is None else spacing
    shown = plain(text).replace(GLUE, " ")
    width = pdfmetrics.stringWidth(shown, font, size)
    if tracking or word_space:
        width += size * (tracking * len(shown) + word_space * shown.count(" "))
    return width


def wrap(text: str, width: float, font: str, size: float, hang: float = 0.0) -> list[str]:
    """Greedy word wrap; rows after the first are ``hang`` points narrower."""
    rows: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        limit = width - (hang if rows else 0.0)
        if current and text_width(trial, font, size) > limit:
            rows.append(current)
            current = word
        else:
            current = trial
    return [*rows, current]


class Flow:
    """The lines of one document in reading order, and the facts the renderer placed on them."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.lines: list[Ln] = []
        self.people: list[tuple[dict, Ln]] = []
        self.items: list[ItemFact] = []
        self.amounts: list[tuple[str, int, str | None, Ln]] = []
        self.in_items = True  # amounts belong to the current item (off for closing matter)
        self.after: list[Callable[[Flow], None]] = []  # run after pagination (page numbers in a toc)
        self.pages = 0

    # ---------------------------------------------------------------- placing text
    def _current_item(self) -> str | None:
        return self.items[-1].number if self.items and self.in_items else None

    def _record(self, text: str, ln: Ln) -> str:
        for m in AMOUNT.finditer(text):
            self.amounts.append((m[1], int(m[2]), ln.item, ln))
        return plain(text)

    def line(
        self,
        text: str = "",
        *,
        x: float = 0.0,
        bold: bool = False,
        size: float | None = None,
        before: float = 0.0,
        keep: int = 0,
        new_page: bool = False,
        cells: tuple[tuple[float, str, bool], ...] = (),
        rule=None,
        leader: str | None = None,
    ) -> Ln:
        ln = Ln(
            text,
            x=x,
            bold=bold,
            size=size or self.style.size,
            before=before,
            keep=keep,
            new_page=new_page,
            rule=rule,
            leader=leader,
            item=self._current_item(),
            leading=self.style.leading,
        )
        ln.text = self._record(text, ln)
        ln.cells = tuple((cx, self._record(t, ln), b) for cx, t, b in cells)
        if not self.style.family.startswith("vera"):  # the base-14 faces print WinAnsi characters only
            for t in (ln.text, *(c[1] for c in ln.cells)):
                t.encode("cp1252")
        self.lines.append(ln)
        return ln

    def para(
        self,
        text: str,
        *,
        x: float = 0.0,
        hang: float = 0.0,
        bold: bool = False,
        size: float | None = None,
        before: float = 3.0,
        together: bool = False,
        width: float | None = None,
        break_after: int | None = None,
    ) -> list[Ln]:
        """Wrap a paragraph into lines, recording its amounts on the line they fall on.

        ``together`` keeps all the lines on one page; ``break_after`` = k starts a new page
        after the paragraph's k-th line (a paragraph continuing across a page break).
        """
        size = size or self.style.size
        font = self.style.bold if bold else self.style.reg
        glued = AMOUNT.sub(lambda m: "{" + m[1].replace(" ", GLUE) + "|" + m[2] + "}", text)
        out = []
        rows = wrap(glued, (width or self.style.width) - x, font, size, hang)
        for k, row in enumerate(rows):
            out.append(
                self.line(
                    row.replace(GLUE, " "),
                    x=x + (hang if k else 0.0),
                    bold=bold,
                    size=size,
                    before=0.0 if k else before,
                    new_page=break_after is not None and k == break_after,
                )
            )
            if self.style.justify and k < len(rows) - 1:
                out[-1].fill = (width or self.style.width) - x - (hang if k else 0.0)
        if together:
            out[0].keep = len(out) - 1
        return out

    def row(
        self,
        cells: list[tuple[float, str]],
        *,
        bold: bool = False,
        size: float | None = None,
        before: float = 0.0,
        rule=None,
        keep: int = 0,
    ) -> Ln:
        """A table row: the first cell is the line's text, the others sit on its baseline."""
        (x0, first), *rest = cells
        return self.line(
            first,
            x=x0,
            bold=bold,
            size=size,
            before=before,
            rule=rule,
            keep=keep,
            cells=tuple((x, t, bold) for x, t in rest),
        )

    # ---------------------------------------------------------------- facts
    def person(self, ln: Ln, name: str, role: str, organization: str | None, title: str | None = None) -> None:
        """Someone the page names as a participant, in one role (later duplicates are dropped)."""
        if any(p["name"] == name and p["role"] == role for p, _ in self.people):
            return
        self.people.append(({"name": name, "role": role, "organization": organization, "title": title}, ln))

    def item(self, number: str, title: str, ln: Ln, dnr: str | None = None) -> ItemFact:
        self.items.append(ItemFact(number, title, dnr, ln))
        ln.item = number
        return self.items[-1]

    def decision(self, text: str) -> None:
        self.items[-1].decisions.append(plain(text))

    # ---------------------------------------------------------------- pages
    def paginate(self) -> None:
        """Place every line: a new page when a line (with its kept followers) would not fit."""
        top, bottom = H - self.style.top, self.style.bottom
        page, y = 1, top
        for k, ln in enumerate(self.lines):
            block = self.lines[k : k + 1 + ln.keep]
            need = sum(b.height + b.before for b in block)
            if (ln.new_page and y < top) or (y - need < bottom and y < top):
                page, y = page + 1, top
            y -= ln.height + (ln.before if y < top else 0.0)
            ln.page, ln.y = page, y
        self.pages = page
        for fill in self.after:
            fill(self)

    def gold(
        self, kind: str, title: str | None, body: str | None, date: str | None, agreement: dict | None = None
    ) -> dict:
        """The expected ``protokoll parse --json`` output, from the facts placed on the pages."""
        return {
            "document": {"kind": kind, "title": title, "body": body, "date": date, "pages": self.pages},
            "participants": [{**fact, "page": ln.page} for fact, ln in self.people],
            "items": [
                {"number": i.number, "title": i.title, "page": i.ln.page, "decisions": i.decisions, "dnr": i.dnr}
                for i in self.items
            ],
            "amounts": [
                {"value_sek": value, "text": words, "item": item, "page": ln.page}
                for words, value, item, ln in self.amounts
            ],
            "agreement": agreement,
        }


Furniture = Callable[[canvas.Canvas, int, int, list[Ln], Flow], None]


def no_furniture(c: canvas.Canvas, page: int, total: int, lines: list[Ln], flow: Flow) -> None:
    return None


def draw_string(
    c: canvas.Canvas, x: float, y: float, text: str, style: Style, bold: bool, size: float, fill: float | None = None
) -> None:
    """One run of text in the style's regular or bold face (stroked for `STROKED_BOLD`), with the
    style's letter and word spacing; ``fill``: the width its word spaces stretch it to."""
    font = style.bold if bold else style.reg
    c.setFont(font, size)
    spacing = (style.tracking, style.word_space)
    word_space = style.word_space * size
    if fill is not None and text.count(" "):
        word_space += max(fill - text_width(text, font, size, spacing), 0.0) / text.count(" ")
    kw = {"charSpace": style.tracking * size} if style.tracking else {}
    if word_space:
        kw["wordSpace"] = word_space
    stroke = STROKED_BOLD.get(style.family) if bold else None
    if stroke is None:
        c.drawString(x, y, text, **kw)
        return
    c.saveState()
    c.setLineWidth(stroke * size)
    c.drawString(x, y, text, mode=2, **kw)
    c.restoreState()


SMALL_CAPS = 0.78  # a small capital's size, of the font's


def draw_small_caps(c: canvas.Canvas, x: float, ln: Ln, style: Style) -> None:
    """The text in small capitals: capitals at the line's size, small letters as capitals at
    ``SMALL_CAPS`` of it, on one baseline."""
    font = style.bold if ln.bold else style.reg
    for ch in ln.text:
        size = ln.size if not ch.islower() else ln.size * SMALL_CAPS
        draw_string(c, x, ln.y, ch.upper(), style, ln.bold, size)
        x += text_width(ch.upper(), font, size, (style.tracking, style.word_space))


def draw_line(c: canvas.Canvas, ln: Ln, style: Style) -> None:
    font = style.bold if ln.bold else style.reg
    x = style.left + ln.x
    spacing = (style.tracking, style.word_space)
    if ln.small_caps:
        draw_small_caps(c, x, ln, style)
    else:
        draw_string(c, x, ln.y, ln.text, style, ln.bold, ln.size, fill=ln.fill if style.justify else None)
    if ln.underline:
        c.setLineWidth(0.5)
        c.line(x, ln.y - ln.size * 0.15, x + text_width(ln.text, font, ln.size, spacing), ln.y - ln.size * 0.15)
    for cx, text, bold in ln.cells:
        draw_string(c, style.left + cx, ln.y, text, style, bold, ln.size)
    if ln.leader is not None:
        c.setFont(font, ln.size)
        c.drawRightString(W - style.right, ln.y, ln.leader)
        if ln.leader and not ln.cells:  # dot leaders between the text and the page number
            start = x + text_width(ln.text, font, ln.size, spacing) + 6
            end = W - style.right - text_width(ln.leader, font, ln.size) - 6
            c.drawString(start, ln.y, "." * int((end - start) / text_width(".", font, ln.size)))
    if ln.rule is not None:
        x0, x1, inner = ln.rule
        lo, hi = ln.y - ln.size * 0.4, ln.y + ln.size * 0.95
        c.setLineWidth(0.5)
        c.rect(style.left + x0, lo, x1 - x0, hi - lo)
        for vx in inner:
            c.line(style.left + vx, lo, style.left + vx, hi)


def write_pdf(flow: Flow, furniture: Furniture, *, title: str, author: str) -> bytes:
    """Draw the paginated flow, with its furniture (running headers, footers), into PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("protokoll tests/zoo")
    by_page: dict[int, list[Ln]] = {}
    for ln in flow.lines:
        by_page.setdefault(ln.page, []).append(ln)
    for page in range(1, flow.pages + 1):
        lines = by_page.get(page, [])
        furniture(c, page, flow.pages, lines, flow)
        for ln in lines:
            draw_line(c, ln, flow.style)
        c.showPage()
    c.save()
    return buf.getvalue()
