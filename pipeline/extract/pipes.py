"""Tables in text files: rows of cells between "|" ("| Anna Ek | S | ordförande |", or without
the outer bars, "Namn | Parti | Funktion"), with or without a markdown separator row
("|---|:---:|").

A PDF's table comes out of extraction as one positioned `Line` per cell, the cells of a row at
one top and each column at its own left edge; the parser reads rows and columns from those
positions (pipeline/parse/layout.py).  A text file has no positions, so its table rows are laid
out here as a fixed-pitch rendering would print them: each cell one `Line`, the rows one line
height apart, each column starting a gutter right of the widest cell of the column before it.
Lines outside a table keep no position, as every line of a text file has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Line

# The geometry of the laid-out table: a character's width, a line's height, the gutter between
# columns (points, a 10-point font's).
CHAR_PT = 5.0
LINE_PT = 12.0
SIZE_PT = 10.0
GUTTER_PT = 18.0
# A table is at least this many consecutive rows (a header and one row, or two rows).
MIN_ROWS = 2

# "|---|:---:|", "--- | ---", "|:-|-:|": a markdown separator row between the header and the body.
SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def cells(text: str) -> list[str] | None:
    """The cells of a table row written between bars, None for a line that is no such row (no
    bar between two cells with text).

    >>> cells("| Anna Ek | S | ordförande |"), cells("Namn | Parti"), cells("Kalle | "), cells("a || b")
    (['Anna Ek', 'S', 'ordförande'], ['Namn', 'Parti'], None, ['a', '', 'b'])
    """
    if "|" not in text:
        return None
    parts = [" ".join(p.split()) for p in text.strip().split("|")]
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    if sum(1 for p in parts if p) < 2:
        return None
    return parts


def is_separator(text: str) -> bool:
    """ "|---|:---:|": the row under a markdown table's header (a bar in it: "---" alone is a rule).

    >>> is_separator("|---|:---:|"), is_separator("--- | ---"), is_separator("|:-|-:|"), is_separator("---")
    (True, True, True, False)
    """
    return "|" in text and bool(SEPARATOR.match(text))


def lay_out(lines: Sequence[Line]) -> list[Line]:
    """A page's lines with each run of table rows (at least `MIN_ROWS`, a separator row not
    counted and dropped) split into positioned cells; all other lines unchanged."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run: list[list[str]] = []
        j = k
        while j < len(lines):
            if is_separator(lines[j].text):
                j += 1
                continue
            row = cells(lines[j].text)
            if row is None:
                break
            run.append(row)
            j += 1
        if len(run) < MIN_ROWS:
            out.append(lines[k])
            k += 1
            continue
        rows_ = [lines[i] for i in range(k, j) if not is_separator(lines[i].text)]
        out.extend(_positioned(rows_, run, first_row=k))
        k = j
    return out


def _positioned(lines: Sequence[Line], table: Sequence[list[str]], first_row: int) -> list[Line]:
    width = max(len(r) for r in table)
    widest = [max((len(r[c]) for r in table if c < len(r)), default=0) for c in range(width)]
    starts = [0.0]
    for w in widest[:-1]:
        starts.append(starts[-1] + w * CHAR_PT + GUTTER_PT)
    out = []
    for n, (line, row) in enumerate(zip(lines, table, strict=True)):
        top = (first_row + n) * LINE_PT
        for c, text in enumerate(row):
            if text:
                out.append(
                    Line(
                        text=text,
                        page=line.page,
                        x0=starts[c],
                        top=top,
                        x1=starts[c] + len(text) * CHAR_PT,
                        bottom=top + SIZE_PT,
                        size=SIZE_PT,
                        bold=line.bold,
                    )
                )
    return out
