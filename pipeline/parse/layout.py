"""Structure from positions: rows, columns and table rows of positioned lines.

Extraction splits a line where a wide gap separates words, so one row of a table or of a
two-column roster is several `Line` records at one `top`.  These helpers put them back
together as rows and tell a table row (one person: name | party | role) from a row of a
multi-column list (one person per cell).  Text sources have no positions: every line is its
own row there.

Tolerances are named once here (pdfplumber's `DEFAULT_X_TOLERANCE` style) and passed on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..records import Line

# Two lines whose tops differ by at most this many points stand on one row.
SAME_ROW_PT = 2.5
# Two cells whose left edges differ by at most this many points stand in one column.
SAME_COLUMN_PT = 12.0

Row = tuple[Line, ...]


def rows(lines: Sequence[Line], tolerance: float = SAME_ROW_PT) -> list[Row]:
    """Lines grouped into rows (same page, tops within `tolerance`), each row left to right,
    in reading order.  A line without a position is a row of its own."""
    out: list[list[Line]] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and line.top is not None
            and last[0].top is not None
            and line.page == last[0].page
            and abs(line.top - last[0].top) <= tolerance
        ):
            last.append(line)
        else:
            out.append([line])
    return [tuple(sorted(r, key=lambda ln: ln.x0 or 0.0)) for r in out]


def column_starts(rows_: Sequence[Row], tolerance: float = SAME_COLUMN_PT) -> list[float]:
    """Left edges of the columns the cells of these rows align on, left to right."""
    starts: list[float] = []
    for row in rows_:
        for cell in row:
            if cell.x0 is None:
                continue
            if not any(abs(cell.x0 - s) <= tolerance for s in starts):
                starts.append(cell.x0)
    return sorted(starts)


def column_of(line: Line, starts: Sequence[float]) -> int:
    """Index of the column a cell belongs to: the last column starting at or left of it."""
    if line.x0 is None or not starts:
        return 0
    best = 0
    for k, s in enumerate(starts):
        if line.x0 >= s - SAME_COLUMN_PT:
            best = k
    return best


def is_multi_column(rows_: Sequence[Row], starts_entry: Callable[[str], bool]) -> bool:
    """True when the rows hold one entry per cell (a list printed in columns), not one entry
    per row (a table): most rows with several cells have more than one cell that starts an
    entry of its own (a person's name)."""
    wide = [row for row in rows_ if len(row) > 1]
    if not wide:
        return False
    several = sum(1 for row in wide if sum(1 for cell in row if starts_entry(cell.text)) > 1)
    return several * 2 >= len(wide)


# Two page columns are this far apart at least (points): not the cells of one table row.
PAGE_COLUMN_GAP_PT = 150.0


def page_column_order(
    lines: Sequence[Line], starts_entry: Callable[[str], bool], is_heading: Callable[[str], bool]
) -> tuple[list[Line], set[int]]:
    """Lines with a two-column list put in reading order: each page column top to bottom.

    A list printed in two page columns (a council's numbered seats, "Tjänstgörande ersättare" as
    a heading half-way down the right column) comes out of extraction row by row, left and
    right interleaved.  Where, on one page, a roster heading stands beside an entry of the other
    column, the rows holding two such cells are read column by column; everything else keeps its
    order.  (A heading in the left column beside its first entry is a label column: not this.)
    Returns the lines and the ids of those read by page column (each alone on its row).
    """
    out = list(lines)
    columned: set[int] = set()
    for page in sorted({ln.page for ln in lines}):
        idx = [i for i, ln in enumerate(out) if ln.page == page]
        rows_ = rows([out[i] for i in idx])
        two = [r for r in rows_ if len(r) == 2 and (r[1].x0 or 0) - (r[0].x0 or 0) >= PAGE_COLUMN_GAP_PT
               and all(starts_entry(c.text) or is_heading(c.text) for c in r)]
        # a heading in the right column while the left column goes on with its list
        if len(two) < 4 or not any(is_heading(r[1].text) and not is_heading(r[0].text) and starts_entry(r[0].text)
                                   for r in two):
            continue
        first = next(k for k, r in enumerate(rows_) if r is two[0])
        last = next(k for k, r in enumerate(rows_) if r is two[-1])
        region = [c for r in rows_[first : last + 1] for c in r]
        split = (two[0][0].x0 or 0.0) + PAGE_COLUMN_GAP_PT / 2
        ordered = [c for c in region if (c.x0 or 0.0) < split] + [c for c in region if (c.x0 or 0.0) >= split]
        positions = sorted(out.index(c) for c in region)
        for pos, line in zip(positions, ordered, strict=True):
            out[pos] = line
        columned.update(id(c) for c in region)
    return out, columned
