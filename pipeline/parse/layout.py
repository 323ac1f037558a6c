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
