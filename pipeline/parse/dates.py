"""Swedish dates in the forms documents use -> ISO dates."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)")),
    (
        "words",
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?::[ae])?\s+(?P<mon>{_MONTH})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I),
    ),
    # "4/3 2025", "4/3-2025": day and month over a slash, then the year
    ("slash", re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:\s+|\s*-\s*)(?P<y>(?:19|20)\d\d)(?![\d/])")),
    ("compact", re.compile(r"(?<![\d-])(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d-])")),
]

# One regex source (no groups of its own) matching any date form above, for embedding in
# other patterns: rf"gäller från och med ({DATE_PATTERN})".
DATE_PATTERN = (
    r"(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    rf"|\d{{1,2}}(?::[ae])?\s+(?:{_MONTH})\.?\s+(?:19|20)\d\d"
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?:\s+|\s*-\s*)(?:19|20)\d\d(?![\d/])"
    r"|(?<![\d-])\d\d[01]\d[0-3]\d(?![\d-]))"
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _iso(kind: str, m: re.Match[str]) -> str | None:
    """The ISO date one match of `DATE_PATTERNS[kind]` names, if it is a real day."""
    groups = m.groupdict()
    month = MONTHS[groups["mon"].casefold()] if groups.get("mon") else int(groups["m"])
    year = int(groups["y"]) + (2000 if kind == "compact" else 0)
    return _valid(year, month, int(groups["d"]))


def find_dates(text: str, *, compact: bool = False) -> list[tuple[int, str]]:
    """(position, ISO date) of every date in `text`, in order.

    "181004"-style compact dates are only read when `compact` is set: six digits are more
    often an organisation or plusgiro number than a date.
    """
    found: list[tuple[int, int, str]] = []
    for kind, pattern in DATE_PATTERNS:
        if kind == "compact" and not compact:
            continue
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            iso = _iso(kind, m)
            if iso:
                found.append((m.start(), m.end(), iso))
    return [(s, iso) for s, _, iso in sorted(found)]


def parse_swedish_date(text: str, *, compact: bool = True) -> str | None:
    """The first date in `text` as YYYY-MM-DD: "2024-01-01", "13.9.2024", "den 5 mars 2025", "4/3 2025", "181004"."""
    dates = find_dates(text, compact=compact)
    return dates[0][1] if dates else None


# The forms a typed date may take (the command line's --on, the canned queries' :date), for messages.
TYPED_FORMS = "2024-03-08, 2024-3-8, 8 mars 2024, 8.3.2024 or 240308"


class DateError(ValueError):
    """A typed date that cannot be read; the message names it and the forms that can."""


def iso_date(typed: str | None) -> str:
    """A date someone typed, as YYYY-MM-DD; "" when nothing was typed.  The whole text must be
    one date in a form Swedish documents use, or `DateError` says so: a date is never compared
    as the string it was typed as.

    >>> [iso_date(t) for t in ("2024-3-8", "8 mars 2024", "den 8 mars 2024", " 2024-03-08 ", "")]
    ['2024-03-08', '2024-03-08', '2024-03-08', '2024-03-08', '']
    >>> try:
    ...     iso_date("2024-02-30")
    ... except DateError as e:
    ...     print(e)
    '2024-02-30' is not a date: write it as 2024-03-08, 2024-3-8, 8 mars 2024, 8.3.2024 or 240308
    """
    text = " ".join((typed or "").split())
    if not text:
        return ""
    core = re.sub(r"^den\s+", "", text, flags=re.I)
    for kind, pattern in DATE_PATTERNS:
        m = pattern.fullmatch(core)
        if m and (iso := _iso(kind, m)):
            return iso
    raise DateError(f"{typed!r} is not a date: write it as {TYPED_FORMS}")
