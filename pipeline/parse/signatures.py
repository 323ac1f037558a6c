"""Signatories: who signed a document, with their job titles and organisations.

Signature pages are often scanned and OCR'd.  A signatory is only reported when a name has a
job title: on the line below it (signature blocks, one to three side by side) or beside it in
a signature table (party | name | title, in any order).  Titles come from the vocabulary in
``patterns/titles.yml``, or are read by their ending ("…chef", "…direktör").  Garbled names are
left out rather than guessed, and a name kept despite doubt (cleaned punctuation, a fuzzily read
or unlisted title, a missing heading) gets a confidence below 1.

Printed and electronic forms are read as well (``patterns/signatures.yml``): labelled fields
("Namnförtydligande: Anna Ek", "Befattning: Regiondirektör") are read for their values, an
electronic signature's stamp ("Signerat av Anna Ek, regiondirektör, Region Örebro län,
2025-12-01") for the signature after its lead, and a title may name the organisation signed for
("Regiondirektör, Region Örebro län").

    >>> find_signatories([], parties=())
    ()
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate
from statistics import fmean
from typing import Any

from rapidfuzz import fuzz, process

from .. import patterns
from ..records import Line, Signatory
from .dates import MONTHS, find_dates
from .layout import Row
from .layout import rows as layout_rows
from .organizations import known_organization as _lookup_organization
from .organizations import organization_kinds
from .text import LIST_MARKER


@lru_cache(maxsize=8192)
def known_organization(text: str) -> str | None:
    """`organizations.known_organization`, remembered: a signature page asks about the same
    runs of words many times (as a heading, a prefix of a cell, a part of a name)."""
    return _lookup_organization(text)


_BULLET = LIST_MARKER


# OCR'd titles score about 90 ("Konnmunstyrelsens ordforande"); look-alike titles such as the
# region's and the municipality's chair are told apart by taking the best match, not the first.
_TITLE_MIN_SCORE = 85
_MAX_TITLE_WORDS = 4  # "Kommunstyrelsens 1:e vice ordförande"
_MAX_COLUMNS = 3  # signature pages set at most three blocks side by side
# OCR specks inside a name ("Ingrid. Boman"): cleaned away, at a cost in confidence.
_STRAY = str.maketrans("", "", ".,:;'’´`|_")
_CLEANED_NAME = 0.9
_AMBIGUOUS_COLUMNS = 0.7  # several ways to cut a two-column name line
_INFERRED_ORGANIZATION = 0.8  # the block's heading was lost and is inferred from the party list
_NO_ORGANIZATION = 0.6  # no heading above the name at all
# Points between the tops of lines on one baseline of a signature page (a text line is 10 or more):
# looser than layout.SAME_ROW_PT, since scanned signature blocks are set less evenly.
SIGNATURE_ROW_PT = 3.0
_UNLISTED_TITLE = 0.95  # a title read by its ending, not found in the vocabulary
_MAX_UNLISTED_TITLE_WORDS = 3  # "Tillförordnad biträdande förvaltningschef"
_MAX_CELL_WORDS = 12  # a table cell holds an organisation, a name and a title at most
# An organisation row set right under the title row (no blank line between, less than half a
# line's height of gap) belongs to the names above it: "Name / Title / Organisation" blocks.
_UNDER_TITLE_GAP = 0.5
_MAX_ORGANIZATION_WORDS = 8  # "Specifika samverkansrådet för social välfärd samt vård och omsorg"
_ALIGNED = 6.0  # points between the left edges of a name and the title set under it in a table


@cache
def _vocabulary() -> tuple[dict[str, str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """(title form → canonical title, words that are never names, particles allowed inside names,
    endings of job titles outside the list)."""
    data = patterns.load("titles")
    forms = {form.casefold(): t["name"] for t in data["titles"] for form in [t["name"], *t.get("aliases", [])]}
    return (
        forms,
        frozenset(w.casefold() for w in data["non_name_words"]),
        frozenset(data["name_particles"]),
        tuple(e.casefold() for e in data["title_endings"]),
    )


@cache
def _title(text: str) -> tuple[str, float] | None:
    """(canonical title, similarity 0–1) for text that reads as a job title, fuzzily for OCR."""
    forms = _vocabulary()[0]
    hit = process.extractOne(text.casefold(), forms.keys(), scorer=fuzz.ratio, score_cutoff=_TITLE_MIN_SCORE)
    return (forms[hit[0]], hit[1] / 100) if hit else _unlisted_title(text)


def _unlisted_title(text: str) -> tuple[str, float] | None:
    """A title outside the list, read by its head word's ending ("Områdeschef", "Biträdande
    förvaltningschef", "Folkhälsostrateg"): as printed, at a small cost in confidence.

    Only the first word is capitalised: a capital further on starts the next column's title
    ("Vice ordförande Kommunchef" is two titles, not one).
    """
    words = text.strip(" .,:;").split()
    if not 1 <= len(words) <= _MAX_UNLISTED_TITLE_WORDS:
        return None
    if not all(map(_LETTER_WORD.fullmatch, words)):
        return None
    first, *rest = words
    if not (first[0].isupper() and first[1:].islower() and all(word.islower() for word in rest)):
        return None
    head = words[-1].casefold()
    if not any(head.endswith(ending) for ending in _vocabulary()[3]) or head in _vocabulary()[1]:
        return None
    title = " ".join(words)
    return None if known_organization(title) else (title, _UNLISTED_TITLE)


@cache
def _captions() -> frozenset[str]:
    """The captions of a signature table's cells ("Namnförtydligande", "Ort och datum"), casefolded."""
    return frozenset(" ".join(c.casefold().split()) for c in patterns.load("titles")["signature_captions"])


def _caption(text: str) -> bool:
    """Whether a cell holds a caption only ("Namnförtydligande", "Ort och datum:")."""
    return " ".join(text.strip(" :.").casefold().split()) in _captions()


def _splits(items: Sequence[str], k: int, smallest: int, largest: int) -> Iterator[list[Sequence[str]]]:
    """Every way to cut `items` into `k` consecutive groups of `smallest` to `largest` items."""
    if k == 1:
        if smallest <= len(items) <= largest:
            yield [items]
        return
    for size in range(smallest, min(largest, len(items)) + 1):
        for rest in _splits(items[size:], k - 1, smallest, largest):
            yield [items[:size], *rest]


def _title_columns(text: str) -> list[tuple[str, float]]:
    """The titles on a line, one per column ("Kommunstyrelsens ordförande Kommunchef" gives two)."""
    words = re.sub(r"[^\w\s:/-]", " ", text).split()
    if len(words) > _MAX_TITLE_WORDS * _MAX_COLUMNS:
        return []
    readings: list[list[tuple[str, float]]] = []
    for k in range(1, _MAX_COLUMNS + 1):
        for groups in _splits(words, k, 1, _MAX_TITLE_WORDS):
            found = [hit for group in groups if (hit := _title(" ".join(group)))]
            if len(found) == k:
                readings.append(found)
    # The best-fitting reading; on a tie the one with fewer columns, as it was found first.
    return max(readings, key=lambda found: fmean(score for _, score in found), default=[])


def _name_word(word: str) -> bool:
    """A capitalised word of letters, hyphenated parts each capitalised ("Anna-Karin")."""
    return all(len(p) >= 2 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in word.split("-"))


_INITIAL = re.compile(r"[A-ZÅÄÖ]")


def _person_name(words: Sequence[str]) -> tuple[str, float] | None:
    """(name, confidence) if the words read as a person's name, else None: never a repaired guess."""
    cleaned = [w.translate(_STRAY) for w in words]
    tokens = [w for w in cleaned if w]
    if not 2 <= len(tokens) <= 4:
        return None
    _, non_names, particles, _ = _vocabulary()
    for j, token in enumerate(tokens):
        if token in particles and 0 < j < len(tokens) - 1:
            continue
        if 0 < j < len(tokens) - 1 and _INITIAL.fullmatch(token):
            tokens[j] = f"{token}."  # "Anna K. Ek": a middle initial, written with its full stop
            continue
        if not _name_word(token) or token.casefold() in non_names or _title(token):
            return None
    name = " ".join(tokens)
    if known_organization(name) or all(known_organization(t) for t in tokens) or _title(name):
        return None
    # an initial's full stop is no stray mark a cleaned name would have lost
    stray = any(c != w for c, w in zip(cleaned, words, strict=True) if not (_INITIAL.fullmatch(c) and w == f"{c}."))
    return name, (_CLEANED_NAME if stray else 1.0)


def _name_columns(text: str, k: int) -> list[tuple[str, float] | None]:
    """The `k` names on a line above `k` titles; None where a column is not a clean name."""
    columns = _columns(text)
    if len(columns) == k:
        return [_person_name(column.split()) for column in columns]
    if len(columns) > 1:
        return [None] * k  # which title belongs to which column is unknown; never join names across them
    cuts = [[_person_name(group) for group in groups] for groups in _splits(text.split(), k, 2, 4)]
    if not cuts:
        return [None] * k
    most = max(sum(n is not None for n in cut) for cut in cuts)
    best = [cut for cut in cuts if sum(n is not None for n in cut) == most]
    if len(best) == 1:
        return best[0]
    return [(n[0], n[1] * _AMBIGUOUS_COLUMNS) if n else None for n in best[0]]


# A word of letters, hyphenated or not; "För" opening a signature block's heading.
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FOR = re.compile(r"^för\s+", re.IGNORECASE)


def _dated_heading(text: str) -> tuple[str, str] | None:
    """(organisation, ISO date) of a block heading that carries its date ("Region Örebro län,
    2025-12-01", "För Kumla kommun den 3 december 2025"), else None."""
    dates = find_dates(text, compact=True)
    if not dates:
        return None
    org = _heading(re.sub(r"[,\s]*(?:den\s*)?$", "", text[: dates[0][0]]))
    return (org, dates[0][1]) if org else None


def _heading(text: str) -> str | None:
    """The organisation a signature block is headed by ("För Kumla kommun"), or None."""
    text = _FOR.sub("", text.strip(" :,."))
    if len(text.split()) < 2:  # a bare "Kumla" is a place, not a heading
        return None
    org = known_organization(text)
    # Councils and groups decide but do not sign; their names stand alone as section headings.
    return org if org and organization_kinds()[org] != "organ" else None


@cache
def _no_place_words() -> frozenset[str]:
    """Words beside a date that name no place: "den", "och", the words of the place and date
    labels ("Ort", "Datum") and of electronic signatures ("Signerat 2025-12-01", "digitalt")."""
    data = _form_words()
    labels = [w for kind in ("place", "date", "place_and_date") for w in data["field_labels"][kind]]
    phrases = [*labels, *data["signing_verbs"], *data["signing_manners"]]
    return frozenset({"den", "och", *(w.casefold() for p in phrases for w in re.findall(r"[^\W\d_]+", p))})


def _place_date(text: str) -> tuple[str | None, str] | None:
    """(place, ISO date) for a line like "Örebro den 2024-09-13", else None."""
    dates = find_dates(text, compact=True)
    if not dates or len(text.split()) > 6:
        return None
    words = re.findall(r"[^\W\d_]+", text)
    place = [w for w in words if w.casefold() not in _no_place_words() and w.casefold() not in MONTHS]
    if len(place) > 2 or not all(_name_word(w) for w in place):
        return None
    return " ".join(place) or None, dates[0][1]


# --------------------------------------------------------------------------- printed and electronic forms
def _alternation(words: Sequence[str]) -> str:
    """Words as one regex alternation, longest first, spaces matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _field_label() -> re.Pattern[str]:
    """A labelled field of a signature form, "<label>: <value>", the group named by the field's
    kind matching the label (signatures.yml `field_labels`).

    >>> _field_label().match("Namnförtydligande: Anna Ek").group("name", "value")
    ('Namnförtydligande', 'Anna Ek')
    >>> _field_label().match("Ort och datum: Örebro 2025-12-01").group("place_and_date", "value")
    ('Ort och datum', 'Örebro 2025-12-01')
    """
    kinds = "|".join(rf"(?P<{kind}>{_alternation(words)})" for kind, words in _form_words()["field_labels"].items())
    return re.compile(rf"^\s*(?:{kinds})\s*:\s*(?P<value>.*)$", re.IGNORECASE)


def _form_words() -> Any:
    """The vocabulary of printed and electronic signature forms (patterns/signatures.yml)."""
    return patterns.load("signatures")


@cache
def _signing_lead() -> re.Pattern[str]:
    """The lead of an electronic signature's stamp: a signing verb and "av", with a manner before
    or after the verb ("Signerat av", "Digitalt signerad av", "Underskrivet elektroniskt av:").

    >>> _signing_lead().sub("", "Elektroniskt underskriven av Anna Ek")
    'Anna Ek'
    """
    verb = _alternation(_form_words()["signing_verbs"])
    manner = _alternation(_form_words()["signing_manners"])
    return re.compile(rf"^\s*(?:(?:{manner})\s+)?(?:{verb})(?:\s+(?:{manner}))?\s+av\s*:?\s+", re.IGNORECASE)


# The line signed on, drawn with underscores, dots or dashes: no text of its own.
_SIGNATURE_RULE = re.compile(r"[\s._…\-–—=*]*")
# A section's number before its heading ("3. Underskrifter", "§ 7 Underskrifter").
_SECTION_NUMBER = re.compile(r"^(?:§\s*)?\d+(?:\.\d+)*[.)]?\s+")


@cache
def _signature_headings() -> frozenset[str]:
    return frozenset(" ".join(h.casefold().split()) for h in _form_words()["signature_headings"])


def _signature_heading(text: str) -> bool:
    """Whether a line is the heading of a signature section ("3. Underskrifter", "Undertecknade parter")."""
    return " ".join(_SECTION_NUMBER.sub("", text.strip()).strip(" :.").casefold().split()) in _signature_headings()


def _filled_in(lines: Sequence[Line]) -> tuple[list[Line], dict[int, str]]:
    """The lines of printed and electronic signature forms as the blocks read them: a labelled
    field ("Befattning: Regiondirektör") as its value, an electronic stamp ("Signerat av Anna
    Ek, …") as what follows its lead, and without the fields that hold only the line signed on
    ("Underskrift: ________", "…………").  Also, by the id of each line that came of one, what
    it was: "signed" after a signing lead, "place" or "date" for the value of such a field.
    """
    out: list[Line] = []
    kinds: dict[int, str] = {}
    for line in lines:
        text, kind = line.text, None
        if lead := _signing_lead().match(text):
            text, kind = text[lead.end() :], "signed"
        elif field := _field_label().match(text):
            text, kind = field["value"], next(k for k, v in field.groupdict().items() if v and k != "value")
        if _SIGNATURE_RULE.fullmatch(text) and (kind is not None or text.strip()):
            continue
        new = line if text == line.text else replace(line, text=text.strip())
        out.append(new)
        if kind in ("signed", "place", "date"):
            kinds[id(new)] = kind
    return out, kinds


def _place_over_date(rows: Sequence[Row], kinds: dict[int, str]) -> list[Row]:
    """Rows with a place field over a date field, cell by cell ("Ort: Örebro" / "Datum:
    2025-12-01"), joined into one row of places and dates ("Örebro 2025-12-01")."""
    out: list[Row] = []
    skip = False
    for i, row in enumerate(rows):
        if skip:
            skip = False
            continue
        below = rows[i + 1] if i + 1 < len(rows) else ()
        if (
            len(below) == len(row)
            and all(kinds.get(id(cell)) == "place" for cell in row)
            and all(kinds.get(id(cell)) == "date" for cell in below)
        ):
            out.append(tuple(replace(p, text=f"{p.text} {d.text}") for p, d in zip(row, below, strict=True)))
            skip = True
        else:
            out.append(row)
    return out


def _signing(rows: Sequence[Row], kinds: dict[int, str]) -> list[bool]:
    """For each row, whether a line of it may be a whole signature: from a signature section's
    heading on ("Underskrifter"), and on an electronic signature's stamp anywhere."""
    after = accumulate((len(row) == 1 and _signature_heading(row[0].text) for row in rows), operator.or_)
    return [
        section or any(kinds.get(id(cell)) == "signed" for cell in row)
        for section, row in zip(after, rows, strict=True)
    ]


@cache
def _field_break() -> re.Pattern[str]:
    """What stands between the fields of a signature written on one line: a comma, a colon, a
    dash, or the words between a party and its representative ("genom", ", företrädd av").

    >>> _field_break().split("Kumla kommun genom Per Berg, kommundirektör")
    ['Kumla kommun', 'Per Berg', 'kommundirektör']
    """
    through = _alternation(_form_words()["representatives"])
    return re.compile(rf"\s*[,;:]?\s+(?i:{through})\s+|\s*[,;:]\s+|\s+[–—-]\s+")


def _field_title(text: str) -> tuple[str, float] | None:
    """A title as one field of a signature line reads it, lower case or not ("regiondirektör")."""
    return _title(text) or (_title(text[0].upper() + text[1:]) if text[:1].islower() else None)


def _signature_line(text: str, x0: float | None) -> list[_Part]:
    """A signature written out on one line, its fields set apart by commas, a colon or a dash: a
    name and its title, with the organisation and the place and date where given, in any order
    ("Anna Ek, regiondirektör, Region Örebro län, 2025-12-01", "För Kumla kommun: Per Berg,
    kommundirektör").  [] unless every field reads as one of these, a name and a title among them.
    A place and its date may stand as two fields ("Örebro, 2025-12-01").
    """
    fields = [f for f in _field_break().split(text.strip().rstrip(".")) if f]
    if len(fields) < 2:  # a name and its title are two fields at least
        return []
    found: list[_Part] = []
    k = 0
    while k < len(fields):
        field = fields[k]
        if org := _heading(field):
            found.append(_Part("heading", org, x0=x0))
        elif stamp := _place_date(field):
            found.append(_Part("stamp", stamp, x0=x0))
        elif name := _person_name(field.split()):
            found.append(_Part("name", name[0], name[1], x0))
        elif title := _field_title(field):
            found.append(_Part("title", title[0], title[1], x0))
        elif both := _title_and_name(field.split(), x0):
            found.extend(both)  # "Regiondirektör Anna Ek, Region Örebro län"
        elif k + 1 < len(fields) and (stamp := _place_date(f"{field} {fields[k + 1]}")):
            found.append(_Part("stamp", stamp, x0=x0))
            k += 1
        else:
            return []
        k += 1
    kinds = {part.kind for part in found}
    return found if {"name", "title"} <= kinds else []


def _titled_owners(row: Sequence[Line]) -> tuple[list[tuple[str, float]], list[str]] | None:
    """(titles, organisations) of a row whose every cell is a title followed by the organisation
    signed for ("Regiondirektör, Region Örebro län"), else None."""
    titles: list[tuple[str, float]] = []
    owners: list[str] = []
    for cell in row:
        head, comma, tail = cell.text.rpartition(",")
        if not comma or len(head.split()) > _MAX_TITLE_WORDS or len(tail.split()) > _MAX_ORGANIZATION_WORDS:
            return None
        if not (org := _heading(tail)) or not (title := _title(head.strip())):
            return None
        titles.append(title)
        owners.append(org)
    return titles, owners


@dataclass
class _Block:
    """The signatures under one organisation heading."""

    organization: str | None
    inferred: bool = False
    place: str | None = None
    date: str | None = None
    signed: list[tuple[str, str, float, int]] = field(default_factory=list)  # name, title, confidence, page
    x0: float | None = None  # where the heading's column starts on the page

    @property
    def doubt(self) -> float:
        if self.organization is None:
            return _NO_ORGANIZATION
        return _INFERRED_ORGANIZATION if self.inferred else 1.0


def _column(j: int, count: int, x0: float | None, blocks: Sequence[_Block]) -> int:
    """Which of the side-by-side `blocks` the j-th of `count` names belongs to: the j-th when
    there are as many names as blocks; else, by position, the block whose heading starts
    nearest the name (a second signatory under only some of the parties); else the last."""
    if count == len(blocks):
        return j
    if x0 is not None and all(block.x0 is not None for block in blocks):
        return min(range(len(blocks)), key=lambda k: abs(blocks[k].x0 - x0))  # type: ignore[operator]
    return len(blocks) - 1


def _next_party(current: str | None, parties: Sequence[str], headed: Sequence[str | None]) -> str | None:
    """The first party listed after `current` that has no heading yet; else `current`."""
    if current in parties:
        for party in parties[parties.index(current) + 1 :]:
            if party not in headed:
                return party
    return current


def _row_text(row: Sequence[Line]) -> str:
    """A row as one line, its cells tab-separated."""
    return "\t".join(cell.text for cell in row)


def _columns(text: str) -> list[str]:
    """A row's columns, as `_row_text` joined them.  Runs of spaces are no column gap: OCR scatters them."""
    return [column.strip() for column in text.split("\t") if column.strip()]


@dataclass(frozen=True)
class _Part:
    """One thing a table cell holds: an organisation ("heading"), a name, a title or a place and date."""

    kind: str
    value: object
    score: float = 1.0
    x0: float | None = None


def _name_and_title(words: Sequence[str], x0: float | None) -> list[_Part]:
    """A name, then its title, run together in one cell ("Anna Ek, Kommunchef"); [] if not."""
    for size in range(min(4, len(words) - 1), 1, -1):
        head, tail = list(words[:size]), " ".join(words[size:])
        head[-1] = head[-1].rstrip(",")
        if (name := _person_name(head)) and (title := _title(tail)):
            return [_Part("name", name[0], name[1], x0), _Part("title", title[0], title[1], x0)]
    return []


def _title_and_name(words: Sequence[str], x0: float | None) -> list[_Part]:
    """A title, then the name of its holder, in one cell or field ("Regiondirektör Anna Ek");
    [] if not."""
    for size in range(1, min(_MAX_TITLE_WORDS, len(words) - 2) + 1):
        if (title := _field_title(" ".join(words[:size]))) and (name := _person_name(list(words[size:]))):
            return [_Part("name", name[0], name[1], x0), _Part("title", title[0], title[1], x0)]
    return []


def _read_cell(cell: Line, *, alone: bool = False, signing: bool = False) -> list[_Part]:
    """What one cell of a table row holds, in reading order; [] when it reads as none of these.

    A narrow gap leaves cells run together in one line: an organisation before a name ("Nora
    kommun Anna Ek"), a name before its title ("Anna Ek, Kommunchef").  A cell `alone` in its
    row that ends a sentence is prose.  A whole signature on one line (`_signature_line`) is
    read where it is `signing` (in a signature section, after a signing lead) or opens with
    "För <organisation>".
    """
    text = cell.text.strip()
    words = text.split()
    # Every reading starts with a capital ("För" included); a cell is short and no sentence.
    if not words or len(words) > _MAX_CELL_WORDS or not text[0].isupper() or (alone and text.endswith(".")):
        return []
    if org := _heading(text):
        return [_Part("heading", org, x0=cell.x0)]
    if stamp := _place_date(text):
        return [_Part("stamp", stamp, x0=cell.x0)]
    if name := _person_name(words):
        return [_Part("name", name[0], name[1], cell.x0)]
    if title := _title(text):
        return [_Part("title", title[0], title[1], cell.x0)]
    # An organisation of two words or more (a bare "Nora" is a place), then a name.
    for size in range(2, min(4, len(words) - 2) + 1):
        if (name := _person_name(words[-size:])) and (org := _heading(" ".join(words[:-size]))):
            return [_Part("heading", org, x0=cell.x0), _Part("name", name[0], name[1], cell.x0)]
    # A name, then after a comma the organisation it signs for ("Anna Ek, Region Örebro län").
    head, comma, tail = text.partition(",")
    if comma and (name := _person_name(head.split())) and (org := _heading(tail)):
        return [_Part("name", name[0], name[1], cell.x0), _Part("heading", org, x0=cell.x0)]
    if found := _name_and_title(words, cell.x0):
        return found
    if signing and (found := _title_and_name(words, cell.x0)):
        return found  # "Regiondirektör Anna Ek" under a signature heading
    return _signature_line(text, cell.x0) if signing or _FOR.match(text) else []


def _pair_titles(names: Sequence[_Part], titles: Sequence[_Part], below: Sequence[_Part]) -> list[_Part | None]:
    """Each name's title: from its own row when the row holds one per name, else from the row
    below when that row holds only titles, one per name or set under its name (same left edge)."""
    if titles:
        return list(titles) if len(titles) == len(names) else [None] * len(names)
    if not below or any(part.kind != "title" for part in below):
        return [None] * len(names)
    if len(below) == len(names):
        return list(below)
    if any(part.x0 is None for part in [*names, *below]):
        return [None] * len(names)
    return [
        next((t for t in below if abs(t.x0 - n.x0) <= _ALIGNED), None)  # type: ignore[operator]
        for n in names
    ]


def _date(blocks: Sequence[_Block], stamps: Sequence[tuple[str | None, str]]) -> None:
    """Give place and date to blocks: one stamp per block, or every stamp to the last one."""
    for j, (place, date) in enumerate(stamps):
        block = blocks[j] if len(stamps) == len(blocks) else blocks[-1]
        if block.date is None:
            block.place, block.date = place, date


def find_signatories(lines: Sequence[Line], parties: Sequence[str]) -> tuple[Signatory, ...]:
    """Signatories, read from signature blocks and signature tables.

    Blocks: a name row directly above a title row, under the nearest organisation heading, or
    over an organisation row set tight under the titles when no heading opened the blocks.  A
    row of k headings opens k blocks, one per column; a name goes to the block whose column it
    stands in, by position, or by count in text sources (as many names as blocks, else the last).  A
    place-and-date row dates the blocks above it, or the blocks whose headings follow it.

    Rows of captions only ("Namnförtydligande", "Ort och datum") are passed over.

    Tables: a row that holds a name beside its organisation or its title ("Part | Namn |
    Befattning", "Namn | Titel | Organisation"); the title may stand in the row, or in the
    row below, under the name.  A row without an organisation signs for the current block.

    Forms: a labelled field is read as its value, an electronic stamp as what follows its lead
    (`_filled_in`); a whole signature on one line is a table row of its fields
    (`_signature_line`); names over titles that name their organisations ("Regiondirektör,
    Region Örebro län") open one block each, dated by the place and date above or below them.
    """
    lines, origins = _filled_in(lines)
    rows = _place_over_date(layout_rows(lines, tolerance=SIGNATURE_ROW_PT), origins)
    signing = _signing(rows, origins)
    # A row of captions ("Namnförtydligande" under the names) stands between a name and its title.
    kept = [k for k, row in enumerate(rows) if not all(_caption(cell.text) for cell in row)]
    rows, signing = [rows[k] for k in kept], [signing[k] for k in kept]
    texts = [_row_text(row) for row in rows]
    current = [_Block(None)]  # the blocks of the latest heading row, one per column
    blocks = list(current)
    headed: list[str | None] = []
    # A title row may name the organisation each title signs for ("Regiondirektör, Region Örebro län").
    owned = [_titled_owners(row) for row in rows]
    titles = [found[0] if (found := owned[i]) else _title_columns(text) for i, text in enumerate(texts)]
    parts = [
        [part for cell in row for part in _read_cell(cell, alone=len(row) == 1, signing=signing[i])]
        for i, row in enumerate(rows)
    ]
    pending: list[tuple[str | None, str]] = []  # a place and date above the headings they belong to
    fresh = False  # a heading row opened the current blocks and no one has signed in them yet
    under: set[int] = set()  # organisation rows read with the names above them
    used_titles: set[int] = set()  # title rows already given to the names above them

    def heading_row(i: int) -> list[str | None] | None:
        headings = [
            _heading(cell.text) or (dated[0] if (dated := _dated_heading(cell.text)) else None) for cell in rows[i]
        ]
        return headings if all(headings) else None

    def opens_blocks(i: int) -> bool:
        """Whether row i opens blocks: a row of headings, or names over titles that name their organisations."""
        return heading_row(i) is not None or (i + 1 < len(rows) and owned[i + 1] is not None)

    def open_blocks(organizations: Sequence[str | None], x0s: Sequence[float | None]) -> list[_Block]:
        nonlocal current
        current = [_Block(org, x0=x0) for org, x0 in zip(organizations, x0s, strict=True)]
        blocks.extend(current)
        headed.extend(organizations)
        return current

    def organizations_under(i: int, k: int) -> list[str | None] | None:
        """The k organisations of the row set tight under the title row i + 1, if it is one."""
        if i + 2 >= len(rows) or (found := heading_row(i + 2)) is None or len(found) != k:
            return None
        title, org = rows[i + 1][0], rows[i + 2][0]
        if title.page != org.page:
            return None
        if None not in (title.top, title.bottom, org.top):
            height = title.bottom - title.top  # type: ignore[operator]
            if org.top - title.bottom < _UNDER_TITLE_GAP * height:  # type: ignore[operator]
                return found
        # Apart from the titles (or in a text source, without positions to tell), the row is the
        # next block's heading, unless the page opened with names, no heading above them: then
        # each block's organisation stands under its titles.  "För <organisation>" always heads.
        if any(_FOR.match(cell.text) for cell in rows[i + 2]):
            return None
        return found if not headed or under else None

    for i, row in enumerate(rows):
        if i in under:
            continue
        if (headings := heading_row(i)) is not None:
            open_blocks(headings, [cell.x0 for cell in row])
            _date(current, pending)
            pending = []
            for block, cell in zip(current, row, strict=True):
                if block.date is None and (dated := _dated_heading(cell.text)):
                    block.date = dated[1]  # "Region Örebro län, 2025-12-01": the heading's own date
            fresh = True
            continue
        kinds = [part.kind for part in parts[i]]
        if "name" in kinds and ("heading" in kinds or "title" in kinds):
            _table_row(parts[i], parts[i + 1] if i + 1 < len(rows) else [], row[0].page, current, open_blocks)
            continue
        stamps = [stamp for column in _columns(texts[i]) if (stamp := _place_date(column))]
        if stamps:
            # Above a heading row, a stamp dates the blocks that follow, unless the blocks it
            # closes still lack their date ("Namn / Titel / Datum" layouts).
            if (
                i + 1 < len(rows)
                and opens_blocks(i + 1)
                and all(block.date is not None or not block.signed for block in current)
            ):
                pending = stamps
            else:
                _date(current, stamps)
            continue
        below = titles[i + 1] if i + 1 < len(rows) else []
        over = False
        if (
            not below
            and i
            and titles[i - 1]
            and i - 1 not in used_titles
            and all(p.kind == "title" for p in parts[i - 1])
        ):
            # "För Kumla kommun" / "Kommundirektör" / "Per Berg": the title over the name, when
            # no name above took it and none below has one of its own
            below, over = titles[i - 1], True
        if not below:
            continue
        names = _name_columns(texts[i], len(below))
        if any(names):
            used_titles.add(i - 1 if over else i + 1)
        if over:
            pass
        elif any(names) and (signed_for := owned[i + 1]) is not None:
            # The titles name the organisations: the names open their blocks, dated by the
            # place and date above them.
            stamps = pending or [(b.place, b.date) for b in current if b.date is not None and not b.signed]
            open_blocks(signed_for[1], [cell.x0 for cell in rows[i + 1]])
            _date(current, stamps)
            pending = []
        elif not fresh and any(names) and (owners := organizations_under(i, len(below))) is not None:
            stamps = [(b.place, b.date) for b in current if b.date is not None and not b.signed]
            open_blocks(owners, [cell.x0 for cell in rows[i + 2]])
            _date(current, stamps)
            under.add(i + 2)
        fresh = fresh and not any(names)
        for j, (name, (title, title_score)) in enumerate(zip(names, below, strict=True)):
            if name is None:
                continue
            column = _column(j, len(below), row[j].x0 if len(row) == len(below) else None, current)
            if any(title == signed_title for _, signed_title, _, _ in current[column].signed):
                # One organisation signs once per office: a second chair means OCR lost a heading.
                org = _next_party(current[column].organization, parties, headed)
                current[column] = _Block(org, inferred=True, x0=current[column].x0)
                blocks.append(current[column])
                headed.append(org)
            current[column].signed.append((name[0], title, name[1] * title_score, row[0].page))
    return tuple(
        Signatory(
            name=name,
            title=title,
            organization=block.organization,
            place=block.place,
            date=block.date,
            confidence=round(confidence * block.doubt, 2),
            page=page,
        )
        for block in blocks
        for name, title, confidence, page in block.signed
    )


def _table_row(
    parts: Sequence[_Part],
    below: Sequence[_Part],
    page: int,
    current: Sequence[_Block],
    open_blocks: Callable[[Sequence[str | None], Sequence[float | None]], list[_Block]],
) -> None:
    """Sign the names of one signature-table row: each for the organisation in its row (the
    nearest one before it, else the first after it), or for the current block.  The row's
    place and date, if any, date the blocks it signs in."""
    names = [k for k, part in enumerate(parts) if part.kind == "name"]
    titles = _pair_titles([parts[k] for k in names], [part for part in parts if part.kind == "title"], below)
    organizations = [k for k, part in enumerate(parts) if part.kind == "heading"]
    stamps = [part.value for part in parts if part.kind == "stamp"]
    if organizations:
        owners = open_blocks([str(parts[k].value) for k in organizations], [parts[k].x0 for k in organizations])
        _date(owners, stamps)  # type: ignore[arg-type]
        stamps = []
    else:
        owners = list(current)
    signed_in: list[_Block] = []
    for j, (k, title) in enumerate(zip(names, titles, strict=True)):
        if title is None:
            continue  # a name without a title is no signature (a contact person, a stray line)
        if organizations:
            before = [n for n, position in enumerate(organizations) if position < k]
            block = owners[before[-1] if before else 0]
        else:
            block = owners[_column(j, len(names), parts[k].x0, owners)]
        block.signed.append((str(parts[k].value), str(title.value), parts[k].score * title.score, page))
        signed_in.append(block)
    distinct = [block for n, block in enumerate(signed_in) if all(block is not b for b in signed_in[:n])]
    if stamps and distinct:
        _date(distinct, stamps)  # type: ignore[arg-type]
