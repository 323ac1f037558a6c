"""Money amounts in Swedish text: "1,5 mnkr", "450 000 kronor", "mellan 2 och 3 miljoner kronor".

`find_amounts` returns every amount in a text, in order, as `Amount` records: the value in the
stated currency's unit, the upper bound of a range, a rate ("per år", "varje länsdel"), what
the money is for ("till hälsofrämjande insatser") and the sentence the amount stands in.

An amount is a number followed by a currency ("kr", "kronor", "euro", "SEK", ":-"), with an
optional scale word between ("miljoner", "milj.", "tusen"), or a number followed by a unit that
is scale and currency in one ("mnkr", "tkr", "MSEK"), or a number after a currency code
("EUR 500 000").  A number with no currency is an amount only in the accounting form
"1 257 036,00": thousands groups and exactly two decimals.  So dates, years, times, phone
numbers, postal codes, case numbers, percentages and counts, which never carry a currency,
are left alone.

A table states the unit once, in a column's header ("Budget 2025, tkr", "Belopp (kr)"), and
writes bare numbers below it: `find_column_amounts` reads those cells from the lines' positions,
each one an amount in the header's unit for what its row's label names.

The words are data at the top of the module; add a unit or a currency there.  Number words
("två miljoner kronor") and where a sentence ends ("ca. 450 000 kr. Nästa …") are the text
toolkit's (`text.NUMBER_WORDS`, `text.sentence_spans`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from ..records import Amount, AmountKind, Line
from .layout import Row, rows
from .text import NUMBER_WORDS, sentence_spans

# --------------------------------------------------------------------------- words
# Written after the number, or as a code before it: "450 000 kr", "10 000 euro", "12 500:-".
CURRENCIES: dict[str, str] = {
    "kronor": "SEK",
    "krona": "SEK",
    "kr": "SEK",
    "sek": "SEK",
    ":-": "SEK",
    "euro": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "dollar": "USD",
    "usd": "USD",
}

# Currencies that may also stand before the number: "EUR 500 000".
CURRENCY_CODES: tuple[str, ...] = ("sek", "eur", "usd", "€")

# Scale words between the number and the currency: "2,3 milj. kr", "250 tusen kronor".
SCALES: dict[str, int] = {
    "tusen": 10**3,
    "miljon": 10**6,
    "miljoner": 10**6,
    "milj.": 10**6,
    "milj": 10**6,
    "mn": 10**6,
    "miljard": 10**9,
    "miljarder": 10**9,
    "mdr": 10**9,
}

# Scale and currency in one word: "3 mnkr", "250 tkr", "3 MSEK".
UNITS: dict[str, tuple[int, str]] = {
    "tkr": (10**3, "SEK"),
    "tsek": (10**3, "SEK"),
    "ksek": (10**3, "SEK"),
    "mnkr": (10**6, "SEK"),
    "mkr": (10**6, "SEK"),
    "msek": (10**6, "SEK"),
    "mdkr": (10**9, "SEK"),
    "mdsek": (10**9, "SEK"),
    "teur": (10**3, "EUR"),
    "keur": (10**3, "EUR"),
    "meur": (10**6, "EUR"),
}

# Rates said in a phrase rather than with "per": "2 mnkr om året".
RATE_IDIOMS: dict[str, str] = {
    "om året": "år",
    "årligen": "år",
    "i månaden": "månad",
    "i veckan": "vecka",
}

# A rate over time ("per år") is not an amount per unit of something ("per länsdel").
TIME_UNITS: frozenset[str] = frozenset(
    {"år", "året", "månad", "månaden", "mån", "vecka", "veckan", "dag", "dygn", "timme", "tim", "kvartal", "termin"}
)

# "per den 31 december" dates a balance; it is not a rate.
NOT_UNITS: frozenset[str] = frozenset({"den"})

# A phrase after "till"/"för" that starts with one of these says when, not what for: "3 mnkr för år 2025".
NOT_PURPOSES: frozenset[str] = frozenset(
    {"år", "året", "åren", "perioden", "helåret", "budgetåret", "verksamhetsåret", "innevarande", "nästa"}
)


# What an amount is, by the words of its sentence (word beginnings): the first kind, in this
# order, whose word the sentence holds.  A forecast or an outcome is told before money granted
# ("prognosen för bidraget"), a grant verb before an application it grants ("beviljar ansökan
# om 2 mnkr"), an application before the nouns of money granted ("ansöker om bidrag").
KIND_WORDS: dict[AmountKind, tuple[str, ...]] = {
    "forecast": ("prognos", "beräknas", "beräknad", "bedöms", "förväntas", "uppskatta"),
    "outcome": ("utfall", "förbruka", "upparbeta", "nyttja", "använts", "överskott", "underskott", "bokslut"),
    "allocation": ("bevilja", "tilldela", "avsätt", "avsatt", "anvisa", "tillskjut", "fördela", "anslå", "reserver"),
    "application": ("ansök", "söker", "sökt", "söka"),
    "budget": ("budget", "ram ", "ramen", "budgetram"),
    "cost": ("kostnad", "kostar", "kosta", "utgift", "arvode", "avgift"),
    "grant": ("bidra", "anslag", "stöd", "stimulansmedel", "finansier", "medel"),
}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so "miljoner" wins over "miljon"; a space
    in a word matches any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------- patterns
# Not the tail of a longer token: "2.5", "019-602", "TABB2", "2024/123".  An en dash may
# precede an amount: "2 mnkr–3 mnkr" is two amounts.
_START = r"(?<![\w.,/−-])"

# A minus sign stuck to the number: "-221 829,00".
_SIGN = r"(?P<sign>[-−](?=\d))?"

# Whole numbers: thousands groups split by any whitespace (a no-break or thin space, or a line
# break where a PDF wrapped) or a full stop, "450 000", "1.500.000"; or plain digits, "250".
_DIGITS = r"(?:\d{1,3}(?:[\s.]\d{3})+(?!\d)|\d+)"

_NUMBER = rf"(?:{_DIGITS}(?:,\d+)?|(?:{_alternation(NUMBER_WORDS)})(?!\w))"

# What follows the number and makes it money.
_TAIL = rf"""
    (?:\s+|(?<=\d))                                  # "3 mnkr", "3mnkr", "12 500:-"
    (?:
        (?P<unit>{_alternation(UNITS)})                # "mnkr", "tkr", "MSEK"
      | (?:(?P<scale>{_alternation(SCALES)})\s*)?      # "miljoner", "milj.", "tusen"
        (?P<currency>{_alternation(CURRENCIES)})       # "kronor", "kr", "euro", ":-"
    )
    (?!\w)
"""

_FLAGS = re.VERBOSE | re.IGNORECASE

# Each pattern names the parts of an amount the same way: sign, lo, hi, scale, unit, currency.
AMOUNT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "1,5 mnkr", "en miljon kronor", "2–3 mnkr", "12 500:-"
    re.compile(rf"{_START} {_SIGN} (?P<lo>{_NUMBER}) (?: \s*[-–—]\s* (?P<hi>{_NUMBER}) )? {_TAIL}", _FLAGS),
    # "mellan 2 och 3 miljoner kronor"
    re.compile(rf"{_START} mellan \s+ (?P<lo>{_NUMBER}) \s+ och \s+ (?P<hi>{_NUMBER}) {_TAIL}", _FLAGS),
    # "EUR 500 000", "SEK 1,2 miljoner"
    re.compile(
        rf"""
        {_START} (?P<currency>{_alternation(CURRENCY_CODES)}) \s*
        (?!(?:19|20)\d\d(?![\d,]))            # not a year: "belopp i SEK 2024"
        (?P<lo>{_DIGITS}(?:,\d+)?)
        (?: \s+ (?P<scale>{_alternation(SCALES)}) )?
        (?!\w)
        """,
        _FLAGS,
    ),
    # The accounting form, "1 257 036,00", "-221 829,00": with no unit to confirm it, it needs
    # thousands groups on one line and two decimals.
    re.compile(
        rf"""
        {_START} {_SIGN}
        (?P<lo>\d{{1,3}}(?:[ \xa0\u202f.]\d{{3}})+,\d\d)
        (?![\d,]|\s*(?:%|procent))            # not "1 234,50 %"
        """,
        _FLAGS,
    ),
)

# A table column's header that names the unit of the numbers below it: the unit last, as a word
# of its own, after the column's label ("Budget 2025, tkr", "Belopp (kr)", "Kostnad i tusen
# kronor", "Mnkr").  The label may end in a year ("Utfall 2024 tkr") but in no other number:
# "Kostnad 500 kr" is an amount, not a header.
UNIT_HEADER = re.compile(
    rf"""
    \A (?P<label>.*?) [\s,(/]*
    (?:\b i \s+)?
    (?:
        (?P<unit>{_alternation(UNITS)})
      | (?:(?P<scale>{_alternation(SCALES)})\s*)? (?P<currency>{_alternation(CURRENCIES)})
    )
    (?!\w) \)? \s* \Z
    """,
    _FLAGS,
)
_LABEL_NUMBER_END = re.compile(r"\d[\d\s.,]*\Z")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d\Z")

# At most this many words in a column header: a longer line is running text that ends in a unit.
UNIT_HEADER_WORDS = 8

# A table cell that is a number and nothing else: "98 400", "-1 250", "12,5".
BARE_NUMBER = re.compile(rf"\s* {_SIGN} (?P<lo>{_DIGITS}(?:,\d+)?) \s*", _FLAGS)

# Two cells share a column when their spans overlap by more than this many points.
COLUMN_OVERLAP_PT = 1.0
# A column goes on over at most this many rows of labels alone (a sub-heading, a wrapped label).
COLUMN_LABEL_ROWS = 3
# ... each no further below the row above than the table's first row is below its header, times
# this: a label after a wider gap ("Beslutsunderlag") is the text after the table.
COLUMN_ROW_SLACK = 1.25

# What every match of a pattern above holds, looked for first: a text without it (most text)
# is spared the patterns, whose look-behind at their start is tried at every position.  The
# first three need a currency or a unit, and every unit ends in a currency ("mnkr", "tsek"),
# with no letter after it: "kr" at the end of a word ("500 kr", "3 mnkr", "12 kr/st"), not in
# "krav" or "kring"; a code may have digits after it ("SEK500").  The accounting form needs a
# digit before two decimals.
MONEY_WORD = re.compile(rf"(?:{_alternation(w.casefold() for w in CURRENCIES)})(?![^\W\d_])")
_TWO_DECIMALS = re.compile(r"\d,\d\d")


def _may_hold_money_word(text: str) -> bool:
    """False only for a text in which no currency or unit can match (casefolded, as the
    patterns' IGNORECASE reads "KR", "Kr" as "kr")."""
    return MONEY_WORD.search(text.casefold()) is not None


# Where a clause ends: a comma, a parenthesis, a dash, "samt", "varav".
CLAUSE_BREAK = re.compile(r"[,;:](?=\s|$)|[()]|\s[–—-]\s|\b(?:samt|varav)\b", re.IGNORECASE)

# A rate right after the amount or in its clause: "/år", "per invånare", "tilldelas varje länsdel", "om året".
RATE = re.compile(
    rf"""
    (?:\A\s*/\s* | \b(?:per|varje)\s+ (?:enskild[at]?\s+)? ) (?P<unit>[^\W\d_]+)
  | \b(?P<idiom>{_alternation(RATE_IDIOMS)})\b
    """,
    _FLAGS,
)

# What the money is for: "till", "för" or "som" after at most three words.
PURPOSE = re.compile(
    r"""
    \A\s*
    (?:/?[^\W\d_]+\s+){0,3}?                 # "har avsatts för", "per år till", "/år till"
    (?:till|för|som)\s+
    (?P<purpose>.+)
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)


# Nouns that also end compounds ("statsbidraget", "driftkostnaden", "verksamhetsbudget"), so they
# are matched inside a word; the other words only at a word's start ("livsmedel" is no grant).
COMPOUND_HEADS: dict[AmountKind, tuple[str, ...]] = {
    "forecast": ("prognos",),
    "outcome": ("utfall",),
    "budget": ("budget",),
    "cost": ("kostnad",),
    "grant": ("bidrag", "anslag"),
}

# One alternation per kind: its words at the start of a word ("avsätts", "Budgeten", "ansökan"),
# its compound heads anywhere in one.
KIND_PATTERNS: tuple[tuple[AmountKind, re.Pattern[str]], ...] = tuple(
    (
        kind,
        re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(words)})"
            + (f"|{_alternation(COMPOUND_HEADS[kind])}" if kind in COMPOUND_HEADS else ""),
            re.IGNORECASE,
        ),
    )
    for kind, words in KIND_WORDS.items()
)


# --------------------------------------------------------------------------- functions
def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`, in order.

    >>> [(a.text, a.value_sek, a.purpose) for a in find_amounts("1,5 mnkr till hälsofrämjande insatser.")]
    [('1,5 mnkr', 1500000.0, 'hälsofrämjande insatser')]
    """
    matches = _amount_matches(text)
    if not matches:
        return []  # no sentences to split: most text holds no amount
    sentences = sentence_spans(text) or [(0, len(text))]
    starts = [start for start, _ in sentences]
    amounts = []
    sentence_of: dict[tuple[int, int], str] = {}  # each sentence cleaned once: linear in the text
    for i, match in enumerate(matches):
        start, end = sentences[max(0, bisect_right(starts, match.start()) - 1)]
        if (start, end) not in sentence_of:
            sentence_of[(start, end)] = _sentence_text(text[start:end])
        # A clause reaches no further than its sentence or the neighbouring amounts.
        before_from = max(start, matches[i - 1].end() if i else start)
        after_to = min(end, matches[i + 1].start() if i + 1 < len(matches) else end)
        amounts.append(
            _amount(
                match,
                before=_clause_before(text[before_from : match.start()]),
                after=_clause_after(text[match.end() : after_to]),
                sentence=sentence_of[(start, end)],
            )
        )
    return amounts


def _amount_matches(text: str) -> list[re.Match[str]]:
    """The matches of all amount patterns, in order, the longest where two overlap."""
    money_word, decimals = _may_hold_money_word(text), _TWO_DECIMALS.search(text) is not None
    gates = (money_word, money_word, money_word, decimals)  # one for each of AMOUNT_PATTERNS
    found = sorted(
        (m for pattern, gate in zip(AMOUNT_PATTERNS, gates, strict=True) if gate for m in pattern.finditer(text)),
        key=lambda m: (m.start(), -m.end()),
    )
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _amount(match: re.Match[str], *, before: str, after: str, sentence: str) -> Amount:
    """The `Amount` for one match, given the clause text either side of it."""
    groups = match.groupdict()  # not every pattern has every group
    multiplier, currency = _multiplier_and_currency(groups)
    sign = -1 if groups.get("sign") else 1
    value = float(sign * _number(groups["lo"]) * multiplier)
    value_max = float(_number(groups["hi"]) * multiplier) if groups.get("hi") else None
    per = _rate(after) or _rate(before)
    return Amount(
        text=_collapse(match[0]),
        value=value,
        currency=currency,
        value_sek=value if currency == "SEK" else None,
        value_max=value_max,
        per=per,
        per_unit=per is not None and per not in TIME_UNITS,
        purpose=_purpose(after),
        sentence=sentence,
        kind=amount_kind(sentence),
    )


def unit_header(text: str) -> tuple[int, str] | None:
    """The multiplier and currency a table column's header names, or None for any other text.

    >>> unit_header("Budget 2025, tkr"), unit_header("Belopp (kr)"), unit_header("Kostnad 500 kr")
    ((1000, 'SEK'), (1, 'SEK'), None)
    """
    match = UNIT_HEADER.match(text)
    if match is None or len(text.split()) > UNIT_HEADER_WORDS:
        return None
    label = match["label"].rstrip(" ,(/")
    if _LABEL_NUMBER_END.search(label) and not _YEAR_END.search(label):
        return None
    return _multiplier_and_currency(match.groupdict())


def find_column_amounts(lines: Sequence[Line]) -> list[tuple[int, Amount]]:
    """The bare numbers of table columns whose header names a unit, each with the index of its
    line in `lines`: "98 400" under "Budget 2025, tkr" is 98 400 000 kronor, for what the row's
    label names (its purpose: the cells left of it that are not numbers).

    A header is a cell of a row of at least two cells (`UNIT_HEADER`); its column is the cells
    below it, on the same page, whose spans overlap the header's.  The column ends at the first
    row with no number in it, unless that row lies wholly left of the column and one of the next
    `COLUMN_LABEL_ROWS` rows has one and it follows at the table's row spacing (a sub-heading, a
    row label wrapped onto a second line).  Lines without positions (text sources) have no
    columns, so nothing is found there.
    """
    if not _may_hold_money_word("\n".join(line.text for line in lines)):
        return []  # no unit, so no unit header: most runs of lines
    index = {id(line): i for i, line in enumerate(lines)}
    table_rows = rows(lines)
    out: list[tuple[int, Amount]] = []
    for r, row in enumerate(table_rows):
        if len(row) < 2:
            continue
        for header in row:
            unit = unit_header(header.text) if header.x0 is not None else None
            if unit is None:
                continue
            for cell, label in _column_numbers(header, table_rows[r + 1 :]):
                out.append((index[id(cell)], _column_amount(cell, label, header, unit)))
    return sorted(out, key=lambda pair: pair[0])


def _column_numbers(header: Line, below: Sequence[Row]) -> list[tuple[Line, str]]:
    """The number cells under `header`, each with its row's label (the cells left of it)."""
    found: list[tuple[Line, str]] = []

    def number_in(row: Row) -> Line | None:
        return next((c for c in row if _overlaps(c, header) and BARE_NUMBER.fullmatch(c.text)), None)

    def left_of_column(row: Row) -> bool:
        return all(c.x1 is not None and c.x1 <= (header.x0 or 0.0) for c in row)

    skipped: list[str] = []  # rows of labels alone since the last number: sub-headings, wrapped labels
    pitch = (below[0][0].top or 0.0) - (header.top or 0.0) if below else 0.0  # the header's row to the first
    above = header
    for i, row in enumerate(below):
        if row[0].page != header.page:
            break
        cell = number_in(row)
        if cell is None:
            ahead = below[i + 1 : i + COLUMN_LABEL_ROWS + 1]
            close = (row[0].top or 0.0) - (above.top or 0.0) <= pitch * COLUMN_ROW_SLACK
            if close and left_of_column(row) and any(number_in(r) for r in ahead):
                skipped.append(" ".join(c.text for c in row))
                above = row[0]
                continue
            break
        above = row[0]
        label = " ".join(
            c.text for c in row if c.x1 is not None and c.x1 <= (cell.x0 or 0.0) and not BARE_NUMBER.fullmatch(c.text)
        )
        # A label that goes on in lower case ("Stöd till" / "föreningar" / "1 500") or is
        # missing began on the rows above, from the last that starts as a label does; rows
        # above that were sub-headings.
        if skipped and (not label or label[0].islower()):
            start = max((k for k, text in enumerate(skipped) if not text[:1].islower()), default=0)
            label = " ".join([*skipped[start:], label]).strip()
        found.append((cell, label))
        skipped = []
    return found


def _overlaps(cell: Line, header: Line) -> bool:
    if cell.x0 is None or cell.x1 is None or header.x0 is None or header.x1 is None:
        return False
    return min(cell.x1, header.x1) - max(cell.x0, header.x0) > COLUMN_OVERLAP_PT


def _column_amount(cell: Line, label: str, header: Line, unit: tuple[int, str]) -> Amount:
    match = BARE_NUMBER.fullmatch(cell.text)
    assert match is not None
    multiplier, currency = unit
    sign = -1 if match["sign"] else 1
    value = float(sign * _number(match["lo"]) * multiplier)
    sentence = _collapse(f"{label} – {header.text}: {cell.text.strip()}" if label else f"{header.text}: {cell.text}")
    return Amount(
        text=_collapse(cell.text.strip()),
        value=value,
        currency=currency,
        value_sek=value if currency == "SEK" else None,
        purpose=_collapse(label) or None,
        sentence=sentence,
        kind=amount_kind(f"{header.text} {label}"),
        page=cell.page,
    )


def mark_repeats(amounts: Sequence[Amount]) -> list[Amount]:
    """The amounts, each one that repeats a value (and purpose) already written under the same
    item (the proposal's sum again in the decision, a summary restating it) marked `repeated`,
    so a sum counts the money once.

    >>> [a.repeated for a in mark_repeats([Amount(text="2 mnkr", value=2e6, item="5", doc_id="d")] * 2)]
    [False, True]
    """
    seen: set[tuple[str | None, str, float, float | None, str]] = set()
    out = []
    for a in amounts:
        # The same sum for two purposes ("1,5 mnkr till A och 1,5 mnkr till B") is two sums.
        key = (a.item, a.currency, a.value, a.value_max, (a.purpose or "").casefold())
        out.append(replace(a, repeated=key in seen))
        seen.add(key)
    return out


# Read once a sentence: the amounts of one long sentence each asked again (8,000 amounts: minutes).
@lru_cache(maxsize=1024)
def amount_kind(sentence: str) -> AmountKind:
    """What the amount in `sentence` is (`KIND_WORDS`): a grant, a budget, a forecast …

    >>> [amount_kind(s) for s in ("Rådet beviljar 2 mnkr.", "Prognosen är 1 mnkr.", "Det kostar 5 tkr.", "Summa 9 kr.")]
    ['allocation', 'forecast', 'cost', 'other']
    """
    for kind, pattern in KIND_PATTERNS:
        if pattern.search(sentence):
            return kind
    return "other"


def _multiplier_and_currency(groups: dict[str, str | None]) -> tuple[int, str]:
    """What the number is multiplied by, and the currency, from a match's groups; the
    accounting form, with neither unit nor currency, is kronor."""
    unit, scale_word, currency_word = groups.get("unit"), groups.get("scale"), groups.get("currency")
    if unit:
        return UNITS[unit.casefold()]
    scale = SCALES[scale_word.casefold()] if scale_word else 1
    currency = CURRENCIES[currency_word.casefold()] if currency_word else "SEK"
    return scale, currency


def _number(written: str) -> Decimal:
    """The value of a written number: "två", "2,3", "1 257 036,00", "1.500.000".

    Decimal, so that "2,3" times a million is exactly 2 300 000.
    """
    word = NUMBER_WORDS.get(written.casefold())
    if word is not None:
        return Decimal(word)
    return Decimal(re.sub(r"[\s.]", "", written).replace(",", "."))


def _rate(clause: str) -> str | None:
    """The unit in a rate phrase ("per år", "/år", "varje länsdel", "om året"), or None."""
    for match in RATE.finditer(clause):
        if match["idiom"]:
            return RATE_IDIOMS[_collapse(match["idiom"]).casefold()]
        unit = match["unit"].casefold()
        if unit not in NOT_UNITS:
            return unit
    return None


def _purpose(after: str) -> str | None:
    """What the money is for, from the clause after the amount, or None when it does not say.

    "har avsatts för breda insatser till barn och unga" gives "breda insatser till barn och unga".
    """
    match = PURPOSE.match(after)
    if not match:
        return None
    purpose = " ".join(match["purpose"].split()).rstrip(".!?")
    # The clause was cut before the next amount, which leaves its conjunction: "till X och | 2 mnkr".
    purpose = re.sub(r"\s+(?:och|samt|eller|respektive)$", "", purpose, flags=re.IGNORECASE)
    first = purpose.split(" ", 1)[0].casefold()
    if not first or first[0].isdigit() or first in NOT_PURPOSES:
        return None
    return purpose


def _clause_before(text: str) -> str:
    """The part of `text` after its last clause break: the amount's clause, up to the amount."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def _clause_after(text: str) -> str:
    """The part of `text` before its first clause break: the amount's clause, from the amount."""
    first = CLAUSE_BREAK.search(text)
    return text[: first.start()] if first else text


def _sentence_text(text: str) -> str:
    """A sentence as stored: whitespace collapsed (`sentence_spans` leaves its list marker out)."""
    return _collapse(text).strip()


def _collapse(text: str) -> str:
    """`text` with line breaks, tabs and runs of whitespace made one space.

    A single space of any kind stays as written, so "450\\xa0000 kr" keeps its no-break space.
    """
    return re.sub(r"\s{2,}|[^\S \xa0\u2009\u202f]", " ", text)
