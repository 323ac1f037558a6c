"""Structure from positions: rows, columns and table rows of positioned lines.

Extraction splits a line where a wide gap separates words, so one row of a table or of a
two-column roster is several `Line` records at one `top`.  These helpers put them back
together as rows and tell a table row (one person: name | party | role) from a row of a
multi-column list (one person per cell).  Text sources have no positions: every line is its
own row there.

Tolerances are named once here (pdfplumber's `DEFAULT_X_TOLERANCE` style) and passed on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..records import Line
from .text import LIST_MARKER

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
    return [tuple(sorted(r, key=_left)) if len(r) > 1 else (r[0],) for r in out]


def _left(line: Line) -> float:
    return line.x0 or 0.0


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


# A wrapped entry's further lines stand this much right of its column's edge (a hanging indent).
HANG_MIN_PT, HANG_MAX_PT = 3.0, 24.0


def _hangs(cell: Line, edge: float) -> bool:
    """Whether a cell stands indented under its column's edge, as the wrapped rest of an entry."""
    return HANG_MIN_PT <= (cell.x0 or 0.0) - edge <= HANG_MAX_PT


def is_multi_column(rows_: Sequence[Row], starts_entry: Callable[[str], bool]) -> bool:
    """True when the rows hold one entry per cell (a list printed in columns), not one entry
    per row (a table): most rows with several cells have more than one cell that starts an
    entry of its own (a person's name).  An entry that wraps inside its column goes on indented
    under its first line ("Agnes Ek (KD), Askersunds" over "  kommun"): such a cell counts as
    its entry's, and a row of nothing else is no row of the list's at all."""
    starts = column_starts(rows_)
    edges = [
        min((c.x0 or 0.0 for r in rows_ for c in r if column_of(c, starts) == k), default=s)
        for k, s in enumerate(starts)
    ]

    def hangs(cell: Line) -> bool:
        return bool(edges) and _hangs(cell, edges[column_of(cell, starts)])

    wide = [row for row in rows_ if len(row) > 1 and not all(hangs(c) for c in row)]
    if not wide:
        return False
    several = sum(
        1
        for row in wide
        if sum(1 for cell in row if starts_entry(cell.text)) > 1
        or (any(hangs(c) for c in row) and all(starts_entry(c.text) or hangs(c) for c in row))
    )
    return several * 2 >= len(wide)


# Two page columns are this far apart at least (points): not the cells of one table row.
PAGE_COLUMN_GAP_PT = 150.0


def _places_by_page(lines: Sequence[Line], positioned: bool = False) -> dict[int, list[int]]:
    """Where each page's lines (only those with a position, if `positioned`) stand in `lines`.
    Reordering a page moves only its own lines among these places, so they are found once."""
    places: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        if not positioned or ln.x0 is not None:
            places.setdefault(ln.page, []).append(k)
    return places


def _first_places(lines: Sequence[Line], places: Sequence[int]) -> dict[Line, int]:
    """Each line at `places` by the first place an equal line stands (what `list.index` gives,
    without comparing whole records line by line)."""
    first: dict[Line, int] = {}
    for k in places:
        first.setdefault(lines[k], k)
    return first


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
    places = _places_by_page(out)
    for page in sorted(places):
        rows_ = rows([out[k] for k in places[page]])
        two = _aligned_pairs(
            [
                r
                for r in rows_
                if len(r) == 2
                and (r[1].x0 or 0) - (r[0].x0 or 0) >= PAGE_COLUMN_GAP_PT
                and all(starts_entry(c.text) or is_heading(c.text) for c in r)
            ]
        )
        # a heading in the right column while the left column goes on with its list
        if len(two) < 4 or not any(
            is_heading(r[1].text) and not is_heading(r[0].text) and starts_entry(r[0].text) for r in two
        ):
            continue
        if _function_column(two, starts_entry, is_heading):
            continue
        first = next(k for k, r in enumerate(rows_) if r is two[0])
        last = _column_tail(
            rows_, first, next(k for k, r in enumerate(rows_) if r is two[-1]), two, starts_entry, is_heading
        )
        region = [c for r in rows_[first : last + 1] for c in r]
        split = (two[0][0].x0 or 0.0) + PAGE_COLUMN_GAP_PT / 2
        ordered = [c for c in region if (c.x0 or 0.0) < split] + [c for c in region if (c.x0 or 0.0) >= split]
        first_place = _first_places(out, places[page])
        positions = sorted(first_place[c] for c in region)
        for pos, line in zip(positions, ordered, strict=True):
            out[pos] = line
        columned.update(id(c) for c in region)
    return out, columned


def _aligned_pairs(two: Sequence[Row]) -> list[Row]:
    """The rows of two cells whose cells stand where most such rows have theirs: the two page
    columns.  "Sekreterare | Name" rows of a signature box further down, with the name at
    another x, are no rows of those columns."""
    if not two:
        return []
    lefts = Counter(round((r[0].x0 or 0.0) / SAME_COLUMN_PT) for r in two)
    rights = Counter(round((r[1].x0 or 0.0) / SAME_COLUMN_PT) for r in two)
    left, right = lefts.most_common(1)[0][0] * SAME_COLUMN_PT, rights.most_common(1)[0][0] * SAME_COLUMN_PT
    return [
        r
        for r in two
        if abs((r[0].x0 or 0.0) - left) <= SAME_COLUMN_PT and abs((r[1].x0 or 0.0) - right) <= SAME_COLUMN_PT
    ]


def _function_column(
    two: Sequence[Row], starts_entry: Callable[[str], bool], is_heading: Callable[[str], bool]
) -> bool:
    """Whether the right cells of rows "name | role word" are a column of functions beside the
    names ("Anna Ek (S) | Ordförande", "Per Berg (M) | Ledamot", "Ola Ny (C) | Ersättare"), not
    a page column of its own: more of them are role words than entries.  A list in two page
    columns has entries in its right column, and a heading or two among them."""
    words = sum(1 for r in two if is_heading(r[1].text) and not starts_entry(r[1].text))
    return words * 2 > len(two)


# A row further apart from the one above it than this many times the list's usual spacing
# starts another block: the page columns have ended.
COLUMN_TAIL_GAP = 1.6


def _column_tail(
    rows_: Sequence[Row],
    first: int,
    last: int,
    two: Sequence[Row],
    starts_entry: Callable[[str], bool],
    is_heading: Callable[[str], bool],
) -> int:
    """The last row of a two-column list: one column often goes on alone after the other has
    ended (twenty more "Ledamöter" under the right column's last "Ej tjänstgörande ersättare").
    Those rows are the column's too, so that it is read to its end before the other column:
    rows at the list's spacing whose cells each stand in one of the two columns, an entry, a
    heading or a wrapped entry's indented rest, none reaching across the gutter."""
    edges = (two[0][0].x0 or 0.0, two[0][1].x0 or 0.0)
    steps = sorted(
        (rows_[k][0].top or 0.0) - (rows_[k - 1][0].top or 0.0)
        for k in range(first + 1, last + 1)
        if rows_[k][0].top is not None and rows_[k - 1][0].top is not None
    )
    if not steps:
        return last
    step = steps[len(steps) // 2]

    def fits(cell: Line) -> bool:
        if cell.x0 is None or cell.top is None:
            return False
        if cell.x0 < edges[1] - SAME_COLUMN_PT and (cell.x1 or 0.0) > edges[1] - 2:
            return False  # reaches across the gutter: not a cell of either column
        edge = edges[1] if cell.x0 >= edges[1] - SAME_COLUMN_PT else edges[0]
        aligned = abs(cell.x0 - edge) <= SAME_COLUMN_PT / 4
        return (aligned and (is_heading(cell.text) or starts_entry(cell.text))) or _hangs(cell, edge)

    k = last + 1
    while k < len(rows_):
        row, above = rows_[k], rows_[k - 1]
        if row[0].page != above[0].page or row[0].top is None or above[0].top is None:
            break
        if row[0].top - above[0].top > COLUMN_TAIL_GAP * step or not all(fits(c) for c in row):
            break
        k += 1
    while k - 1 > last and all(is_heading(c.text) for c in rows_[k - 1]):
        k -= 1  # a heading that ends the tail heads what follows the columns ("Övriga deltagande")
    return k - 1


# A page set in two columns of running text: at least this many rows hold a line on each side
# of the gutter, and the left column's lines fill at least this share of its width (wrapped
# prose on a third of the rows at least, not the short cells of a table).
TEXT_COLUMN_ROWS = 6
TEXT_COLUMN_FILL = 0.7
# … and the two columns are of about one width: the left at least this share of the right.
TEXT_COLUMN_BALANCE = 0.75


def text_column_order(lines: Sequence[Line], is_entry: Callable[[str], bool] | None = None) -> list[Line]:
    """Lines of pages set in two columns of running text put in reading order: on such a page,
    the rows where no line crosses the gutter are read down the left column, then down the
    right; lines above or below that span the page (a heading, the front matter) stay put.

    Extraction returns the page row by row, so without this the two columns' sentences
    interleave.  A table's cells are short and stay row by row, and so do two columns of names
    (rows whose cells each start an entry, as `is_entry` says).
    """
    out = list(lines)
    places = _places_by_page(out, positioned=True)
    for page in sorted(places):
        rows_ = rows([out[k] for k in places[page]])
        pairs = [r for r in rows_ if len(r) == 2]
        if len(pairs) < TEXT_COLUMN_ROWS:
            continue
        split = sorted(r[1].x0 or 0.0 for r in pairs)[len(pairs) // 2]  # the right column's edge
        left_x = min(r[0].x0 or 0.0 for r in pairs)
        width = split - left_x
        if width <= 0:
            continue

        def crosses(row: Row, split: float = split) -> bool:
            return any((c.x0 or 0.0) < split - SAME_COLUMN_PT and (c.x1 or 0.0) > split - 2 for c in row)

        # the longest run of rows none of which crosses the gutter
        best: tuple[int, int] = (0, 0)
        start = 0
        for k, row in enumerate([*rows_, ()]):
            if not row or crosses(row):
                if k - start > best[1] - best[0]:
                    best = (start, k)
                start = k + 1
        region = rows_[best[0] : best[1]]
        two = [r for r in region if len(r) == 2 and abs((r[1].x0 or 0.0) - split) <= SAME_COLUMN_PT]
        full = [r for r in two if ((r[0].x1 or 0.0) - (r[0].x0 or 0.0)) >= TEXT_COLUMN_FILL * width]
        right_width = max(((r[1].x1 or 0.0) - split for r in two), default=0.0)
        # a list of names in two columns ("Kalle Ek (SD), Askersunds kommun" | "Lo Berg (M), …")
        # is no prose: rows whose cells both start an entry
        # … and so are the rows where such entries wrap, each cell indented under its entry's
        # first line ("Agnes Ek (KD), Askersunds" over "   kommun" in each column)
        edges = (left_x, min((r[1].x0 or 0.0 for r in two), default=split))
        entries = [
            r
            for r in two
            if is_entry is not None and all(is_entry(c.text) or _hangs(c, edges[k]) for k, c in enumerate(r))
        ]
        # a label column's entries go on in the right column alone, row after row ("Beslutande"
        # beside the first of many names); page columns of text fill the left one first
        right_alone = [r for r in region if len(r) == 1 and abs((r[0].x0 or 0.0) - split) <= SAME_COLUMN_PT]
        if (
            len(two) < TEXT_COLUMN_ROWS
            or len(full) * 3 < len(two)
            or 2 * len(entries) >= len(two)
            or width < TEXT_COLUMN_BALANCE * right_width
            or 2 * len(right_alone) >= len(two)
        ):
            continue  # a narrow label column beside the text is not a page column
        cells = [c for r in region for c in r]
        ordered = [c for c in cells if (c.x0 or 0.0) < split - SAME_COLUMN_PT] + [
            c for c in cells if (c.x0 or 0.0) >= split - SAME_COLUMN_PT
        ]
        first_place = _first_places(out, places[page])
        positions = sorted(first_place[c] for c in cells)
        for pos, line in zip(positions, ordered, strict=True):
            out[pos] = line
    return out


# Column labels of an agenda printed as a table, one row per item: the number, the title, and
# the columns for the text; a decision column's cells are the item's decisions.
AGENDA_NUMBER = ("nr", "nr.", "punkt", "§", "paragraf", "p")
AGENDA_TITLE = ("rubrik", "ärende", "ämne", "punkt", "rubrik/ärende", "dagordningspunkt")
AGENDA_DECISION = ("beslut", "beslut/åtgärd", "beslut och åtgärd", "beslutat")
AGENDA_TEXT = (
    "anteckningar",
    "anteckning",
    "diskussion",
    "noteringar",
    "kommentar",
    "information",
    "åtgärd",
    "ansvarig",
    "ansvar",
    "föredragande",
    "ärendebeskrivning",
)


# An item's number in an agenda table's first column: "5", "5.", "5)", "§ 45", "§45", "45 §".
AGENDA_NUMBER_CELL = re.compile(r"(?:§\s?)?\d{1,4}(?:[.)]|\s?§)?")


def linearize_agenda_tables(lines: Sequence[Line]) -> list[Line]:
    """An agenda printed as a table ("Nr | Rubrik | Anteckningar | Beslut", a row an item, cells
    wrapping over several lines and rows over pages) turned into the lines an item heading and
    its text would be: "1 Välkommen och dagordning", the notes, then "Beslut" and the decision
    cell's text.  Each made line keeps the page and position of the cell it starts with.
    Documents without such a table come back unchanged."""
    out = list(lines)
    rows_ = rows(out)
    for k, row in enumerate(rows_):
        keys = [c.text.strip().rstrip(":").casefold() for c in row]
        if len(row) < 3 or keys[0] not in AGENDA_NUMBER or keys[1] not in AGENDA_TITLE:
            continue
        if not all(key in AGENDA_DECISION or key in AGENDA_TEXT for key in keys[2:]):
            continue
        header = [(c.x0 or 0.0, key) for c, key in zip(row, keys, strict=True)]
        table = _read_agenda(rows_[k + 1 :], header)
        if not table:
            continue
        made, used = table
        start = out.index(row[0])
        consumed = {id(c) for c in row} | used
        rest = [ln for ln in out[start:] if id(ln) not in consumed]
        return [*out[:start], *made, *linearize_agenda_tables(rest)]
    return out


def _read_agenda(rows_: Sequence[Row], header: list[tuple[float, str]]) -> tuple[list[Line], set[int]] | None:
    xs = [x for x, _ in header]

    def column(cell: Line) -> str:
        k = max((i for i, x in enumerate(xs) if (cell.x0 or 0.0) >= x - SAME_COLUMN_PT / 3), default=0)
        return header[k][1]

    items: list[dict[str, list[Line]]] = []
    used: set[int] = set()
    for row in rows_:
        keys = [c.text.strip().rstrip(":").casefold() for c in row]
        if keys and keys[0] in AGENDA_NUMBER and len(keys) > 2:
            used.update(id(c) for c in row)  # the header again, on a new page
            continue
        number = [c for c in row if column(c) == header[0][1] and AGENDA_NUMBER_CELL.fullmatch(c.text.strip())]
        others = [c for c in row if column(c) == header[0][1] and c not in number]
        if others or (row and (row[0].x0 or 0.0) < xs[0] - SAME_COLUMN_PT):
            break  # a line in the number column that is not a number: the table has ended
        if number:
            items.append({"number": number, **{key: [] for _, key in header[1:]}})
        if not items:
            break
        for c in row:
            if c not in number:
                items[-1][column(c)].append(c)
        used.update(id(c) for c in row)
    if len(items) < 2:
        return None
    made: list[Line] = []
    for item in items:
        num = item["number"][0]
        title_cells = item[header[1][1]]
        # A title cell that holds the title in bold and notes under it in the body's face
        # ("Mötets öppnande" / "Monica Ek hälsade välkommen."): the bold lines are the title.
        bold = 0
        while bold < len(title_cells) and title_cells[bold].bold:
            bold += 1
        notes = title_cells[bold:] if 0 < bold < len(title_cells) else []
        title_cells = title_cells[:bold] if notes else title_cells
        title = " ".join(c.text.strip() for c in title_cells)
        made.append(
            replace(
                num,
                text=f"{num.text.strip().rstrip('.')} {title}".strip(),
                x1=max((c.x1 or 0.0 for c in title_cells), default=num.x1),
            )
        )
        made.extend(cell_paragraphs(notes))
        for _, key in header[2:]:
            cells = item[key]
            if not cells:
                continue
            if key in AGENDA_DECISION:
                made.append(replace(cells[0], text="Beslut"))
            elif key != "anteckningar" and key in AGENDA_TEXT:
                made.append(replace(cells[0], text=f"{key.capitalize()}:"))
            made.extend(cell_paragraphs(cells))
    return made, used


# A line of a table cell that starts a part of its own: a list marker ("• ", "1. ") or an
# att-clause ("att godkänna planen,").
_CELL_PART = re.compile(rf"{LIST_MARKER.pattern}|^\s*att\s", re.VERBOSE | re.MULTILINE)


def cell_paragraphs(cells: Sequence[Line]) -> list[Line]:
    """The lines of one table cell, top to bottom, as the paragraphs they wrap: a cell is
    as narrow as its column, so its line ends are where the column ran out, not where a sentence
    or a heading ended ("Styrgruppen uppdrog åt Gösta" over "Björklund att sammanställa").  A
    line goes on the one above it unless it starts a listed point or an att-clause, or the line
    above ends in a colon (a lead: "Gruppen beslutade:").  Each paragraph keeps the position of
    its first line, and its right edge is the widest line's."""
    out: list[Line] = []
    for cell in cells:
        text = cell.text.strip()
        if not text:
            continue
        if out and not _CELL_PART.match(text) and not out[-1].text.endswith(":"):
            last = out[-1]
            out[-1] = replace(last, text=f"{last.text} {text}", x1=max(last.x1 or 0.0, cell.x1 or 0.0))
        else:
            out.append(replace(cell, text=text))
    return out
