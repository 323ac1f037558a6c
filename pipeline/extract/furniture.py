"""Cleaning raw pages: page labels, running headers and footers split off as furniture, words
broken across line ends rejoined, link lines kept as links."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from .. import patterns
from ..records import Line, Page
from .engines import SAME_BASELINE_PT, RawPage

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- cleaning
PAGE_LABEL = re.compile(
    r"^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|/)\s*\d{1,3})$|^-?\s*\d{1,3}\s*-?$|^sida\s+\d{1,3}$", re.I
)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
RULE_LINE = re.compile(r"^[_\-–—=.·\s]{5,}$")  # a horizontal rule typed as characters
# "§ 12" / "12 §" / "Punkt 4" at the top of a page: a running header when the same text stands in
# the margin of other pages too, or lower on the page as the real heading; alone, it is the item's
# heading.
# An organ's abbreviation may lead: "KS § 16", "AU § 3" (capitals, case kept).
PARAGRAPH_HEADING = re.compile(
    r"^(?:(?-i:[A-ZÅÄÖ]{2,6})\s+)?(?:§\s*\d{1,4}|\d{1,4}\s*§|(?:Punkt|Ärende|Paragraf|Pkt)\s+\d{1,4}\b)(?:\s|$|:)",
    re.I,
)
# "Kommunstyrelsens beslut", "Arbetsutskottets förslag till beslut": an organ's section of an item
ORGAN_SECTION = re.compile(
    r"^(?-i:[A-ZÅÄÖ])[\w-]*(?:\s(?:och|&)\s[\w-]+)?s\s+(?:beslut(?:et)?|förslag(?:\s+till\s+beslut)?)$", re.I
)


@cache
def _section_headings() -> frozenset[str]:
    """An item's own section headings ("Beslut", "Beslutet", "Förslag till beslut")."""
    return frozenset(k.casefold() for k in patterns.load("headings")["item_sections"])


def _is_section_heading(text: str) -> bool:
    text = " ".join(text.split()).rstrip(":").strip()
    return text.casefold() in _section_headings() or bool(ORGAN_SECTION.match(text))


def _shape(line: Line) -> tuple[str, int]:
    """What a running header looks like on every page: its text with digits and case folded
    away, and where it stands.  The position matters: "§ 101" in the running header repeats
    at one height on every page, "§ 101" opening an item stands lower, and only once."""
    return _shape_text(line.text), round(line.top / 4) if line.top is not None else 0


DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1 << 14)  # asked several times a line, and a running header repeats
def _shape_text(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.split())).casefold()


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


def _side(line: Line, height: float | None) -> str | None:
    """Which margin a positioned line stands in: "top", "bottom", or None (text sources)."""
    if not height or line.top is None or line.bottom is None:
        return None
    return "top" if line.top < 0.12 * height else "bottom"


def _bands(
    pages: list[RawPage], shapes: list[list[tuple[str, int]]], repeated: set[tuple[str, int]], counts: Counter
) -> dict[str, tuple[float, float]]:
    """Where each margin's running header or footer stands: the lines of the shapes repeated on
    the most pages define it (a letterhead row, "Sida 2 (4)"), as how far into the page the
    band reaches and the height of its lines.  A line repeated on fewer pages is furniture only
    inside that band: "KS § 16" opening page 3 and "KS § 19" opening page 4 under the header
    share a shape as a running header would, but they stand below it, where the body begins.
    `shapes` holds each page's lines' `_shape`s."""
    most: dict[str, int] = {}
    sided = [
        (ln, side, shape)
        for page, page_shapes in zip(pages, shapes, strict=True)
        for ln, shape in zip(page.lines, page_shapes, strict=True)
        if shape in repeated and (side := _side(ln, page.height))
    ]
    for _, side, shape in sided:
        most[side] = max(most.get(side, 0), counts[shape])
    bands: dict[str, tuple[float, float]] = {}
    for ln, side, shape in sided:
        if counts[shape] < most[side]:
            continue
        assert ln.top is not None and ln.bottom is not None
        reach, tall = bands.get(side, (ln.bottom if side == "top" else ln.top, 0.0))
        reach = max(reach, ln.bottom) if side == "top" else min(reach, ln.top)
        bands[side] = (reach, max(tall, ln.bottom - ln.top))
    return bands


def _in_band(line: Line, height: float | None, bands: dict[str, tuple[float, float]]) -> bool:
    """Whether a line stands inside its margin's band, or within one line's height of it."""
    side = _side(line, height)
    if side is None or side not in bands:
        return True  # no positions: the margin is all there is to go by
    reach, tall = bands[side]
    assert line.top is not None and line.bottom is not None
    return line.top <= reach + tall if side == "top" else line.bottom >= reach - tall


def _split_furniture(pages: list[RawPage]) -> list[tuple[list[Line], list[Line], str | None]]:
    """Separate content from furniture: page labels, and lines repeated in the margins of
    most pages (letterhead footers, running headers that repeat body, date and §).  A line
    repeated on fewer pages than the header's or footer's own lines is furniture only inside
    their band (`_bands`), and a heading is none for its shape alone: "KS § 16" standing once,
    the rest of its row that varies from page to page, "Kommunstyrelsens beslut"."""
    # Each line's text with its spaces evened out, its shape, whether it stands in a margin and
    # opens with a paragraph heading: worked out once a line, asked several times below.
    norms = [[" ".join(ln.text.split()) for ln in page.lines] for page in pages]
    shapes = [
        [(_shape_text(t), round(ln.top / 4) if ln.top is not None else 0) for ln, t in zip(page.lines, ts, strict=True)]
        for page, ts in zip(pages, norms, strict=True)
    ]
    margins = [[_in_margin(ln, page.height, i, len(page.lines)) for i, ln in enumerate(page.lines)] for page in pages]
    paragraphs = [[bool(PARAGRAPH_HEADING.match(t)) for t in ts] for ts in norms]
    margin_shapes = [{s for s, m in zip(sh, mg, strict=True) if m} for sh, mg in zip(shapes, margins, strict=True)]
    counts = Counter(s for shapes_of_page in margin_shapes for s in shapes_of_page)
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {s for s, c in counts.items() if c >= threshold} if len(pages) > 1 else set()
    bands = _bands(pages, shapes, repeated, counts)
    # an item's section heading ("Beslutet") that happens to open most pages is no running header;
    # only one on every page is ("BESLUT" printed at the top of each page of a decision)
    everywhere = {s for s, c in counts.items() if c == len(pages)} if len(pages) > 1 else set()
    texts = Counter(t for ts in norms for t in ts)
    # the texts each repeated shape takes: a running header prints the same words on every page
    # ("Protokoll", "2025-10-02"), an item's row its own ("Dnr KS 2025/65", "Dnr KS 2025/319")
    shape_texts: dict[tuple[str, int], set[str]] = {}
    for page_shapes, ts in zip(shapes, norms, strict=True):
        for shape, t in zip(page_shapes, ts, strict=True):
            if shape in repeated:
                shape_texts.setdefault(shape, set()).add(t)

    out = []
    for page, ts, page_shapes, mg, para in zip(pages, norms, shapes, margins, paragraphs, strict=True):
        lines, height = page.lines, page.height
        content, furniture, label = [], [], None
        # "§ 82" twice on one page, the running header above the item's own heading: the lower
        # one is the heading, and so is the rest of its row ("Dnr BMN 2024/328")
        seen_above: dict[str, float] = {}
        headings_below: list[float] = []
        for k in sorted(range(len(lines)), key=lambda k: lines[k].top or 0.0):
            top = lines[k].top
            if para[k] and top is not None:
                t = ts[k]
                if t in seen_above and top > seen_above[t]:
                    headings_below.append(top)
                seen_above.setdefault(t, top)
        # an item's heading that stands once ("KS § 16"), and on its row what varies from page to
        # page ("Dnr KS 2025/65"); what its row prints on every page alike stays the header's
        own_rows = [
            ln.top for ln, t, p in zip(lines, ts, para, strict=True) if ln.top is not None and p and texts[t] == 1
        ]
        for i, ln in enumerate(lines):
            margin, text, shape = mg[i], ts[i], page_shapes[i]
            heading = (para[i] and texts[text] == 1) or bool(
                headings_below
                and ln.top is not None
                and any(abs(ln.top - top) <= SAME_BASELINE_PT for top in headings_below)
            )
            if (
                own_rows
                and ln.top is not None
                and len(shape_texts.get(shape, ())) > 1
                and any(abs(ln.top - top) <= SAME_BASELINE_PT for top in own_rows)
            ):
                heading = True
            if _is_section_heading(text) and shape not in everywhere:
                heading = True
            if margin and PAGE_LABEL.match(ln.text.strip()) and not _bare_number_not_page(ln.text, page.number):
                label = label or ln.text.strip()
                furniture.append(ln)
            elif (
                margin
                and shape in repeated
                and _in_band(ln, height, bands)
                and not heading
                and not _item_number_not_page(text, page.number)
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


def clean_pages(raw_pages: list[RawPage]) -> tuple[Page, ...]:
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
