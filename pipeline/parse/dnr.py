"""Case numbers (diarienummer) in one normal form, so that the items of one matter meet.

An organisation's registry writes one number in several ways: "KS 2024/123", "KS 2024.0123",
"Ks 2024:123", "KS/2024/123", "KS 24/123", "Sn 123/2024" (number first), "24KS123", with a label
("Dnr KS 2024/123") or a sub-number ("KS 2024/123-1").  `normalize_dnr` gives each the form
"KS 2024/123": the series prefix in capitals (none when the number has none, "Dnr
2024-000123" -> "2024/123"), the year in four digits, the number without leading zeros.  A text
that is no case number gives None.

    >>> [normalize_dnr(t) for t in ("KS 2024/123", "KS 2024.0123", "Dnr 2024-000123", "Sn 359/2025", "24RS3456")]
    ['KS 2024/123', 'KS 2024/123', '2024/123', 'SN 2025/359', 'RS 2024/3456']
"""

from __future__ import annotations

import re
from functools import cache

from .. import patterns

_PREFIX = r"(?P<prefix>[A-Za-zÅÄÖåäö]{1,6})"
_YEAR = r"(?P<year>(?:19|20)\d\d|\d\d)"
_NUMBER = r"(?P<number>\d{1,7})"
_SEP = r"\s*[/.:-]\s*"
_TAIL = r"(?:\s*[-–./:]\s*[\d.]+)?(?:\s*\([^)]*\))?\s*$"  # "-1", ".1.2", "(bilaga)"

FORMS: tuple[re.Pattern[str], ...] = (
    # "KS 2024/123", "KS2024.0123", "KS/2024/123", "KS 24/123", "2024-000123"
    re.compile(rf"^(?:{_PREFIX}\s*/?\s*)?{_YEAR}{_SEP}{_NUMBER}{_TAIL}"),
    # "Sn 359/2025": the number before the year
    re.compile(rf"^{_PREFIX}\s*/?\s*{_NUMBER}\s*/\s*(?P<year>(?:19|20)\d\d)\s*$"),
    # "24RS3456", "2024KS0123": the year, the series, the number
    re.compile(rf"^{_YEAR}\s*{_PREFIX}\s*{_NUMBER}{_TAIL}"),
    # "KS/123/1.1/2024": series, number, classification, year
    re.compile(rf"^{_PREFIX}/{_NUMBER}/[\d.]+/(?P<year>(?:19|20)\d\d)\s*$"),
)


@cache
def _label() -> re.Pattern[str]:
    words = sorted(patterns.load("cases")["labels"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s*[:.]?\s+", re.I)


def normalize_dnr(text: str | None) -> str | None:
    """The normal form of a case number ("KS 2024/123"), or None for a text that is none."""
    if not text:
        return None
    t = _label().sub("", " ".join(text.split()).strip(" .,;"))
    for form in FORMS:
        m = form.match(t)
        if not m:
            continue
        year = m["year"]
        year = year if len(year) == 4 else f"20{year}"
        prefix = (m["prefix"] or "").upper()
        if form is FORMS[0] and len(m["year"]) == 2 and not prefix:
            continue  # "12/345" without a series is no case number
        number = str(int(m["number"]))
        return f"{prefix} {year}/{number}" if prefix else f"{year}/{number}"
    return None


def series_and_number(normal: str) -> tuple[str | None, str]:
    """ "KS 2024/123" -> ("KS", "2024/123"); "2024/123" -> (None, "2024/123")."""
    prefix, _, rest = normal.rpartition(" ")
    return (prefix or None), rest
