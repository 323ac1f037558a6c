"""Agreements (överenskommelser) and directives (uppdragsdirektiv): who the parties are, when the
document is valid, who decided it, how it is terminated and who signed it.

`find_agreement` reads a document's content lines in reading order.  Prose facts (validity,
termination) are read from sentences rebuilt across wrapped lines; the party list, the decision
line and the signature blocks are read line by line, since their layout carries the meaning.

Signature pages are often scanned and OCR'd.  A signatory is only reported when a line that
looks like a person's name is directly followed by a line of known job titles (vocabulary in
``patterns/titles.yml``); garbled names are left out rather than guessed, and a name kept despite
doubt (cleaned punctuation, a fuzzily read title, a missing heading) gets a confidence below 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from statistics import fmean

from rapidfuzz import fuzz, process

from .. import patterns
from .dates import MONTHS, find_dates
from .organizations import all_organizations, canonical_organization, find_organizations, known_organization
from ..records import Agreement, Line, Signatory

AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")

_BULLET = re.compile(r"^(?:[•●▪◦·*]|[-–](?=\s))\s*")
# A sentence ends at . ! ? before a capital; not before a digit, so "t.o.m. 2029-12-31" holds together.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"”»A-ZÅÄÖ])")


# --------------------------------------------------------------------------- text
def _strip_markup(text: str) -> str:
    """The line's text without Markdown emphasis or heading marks; a rule ("---", "____") is empty."""
    text = re.sub(r"^\s*#{1,6}\s+", "", text.replace("**", "")).strip()
    return "" if re.fullmatch(r"[-_=*.]{3,}", text) else text


@dataclass(frozen=True)
class _Sentence:
    text: str
    page: int


def _ends_unit(text: str, following: str | None) -> bool:
    """Whether a line closes its paragraph: it ends a sentence, or it is a short heading."""
    if following is None or re.search(r"[.!?]$", text):
        return True
    # Headings carry no full stop; a wrapped line of prose is long or ends mid-list.
    return len(text.split()) <= 6 and not re.search(r"(,|\b(?:och|samt|eller))$", text) and following[:1].isupper()


def _sentences(lines: Sequence[Line]) -> list[_Sentence]:
    """The document's sentences, rebuilt across wrapped lines, each with the page it starts on."""
    units: list[list[Line]] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        if current and _BULLET.match(line.text):
            units.append(current)
            current = []
        current.append(line)
        if _ends_unit(line.text, lines[i + 1].text if i + 1 < len(lines) else None):
            units.append(current)
            current = []
    if current:
        units.append(current)

    sentences: list[_Sentence] = []
    for unit in units:
        starts: list[tuple[int, int]] = []  # (offset in the unit's text, page) of each line
        parts: list[str] = []
        offset = 0
        for j, line in enumerate(unit):
            part = " ".join((_BULLET.sub("", line.text) if j == 0 else line.text).split())
            starts.append((offset, line.page))
            parts.append(part)
            offset += len(part) + 1
        text = " ".join(parts)
        begin = 0
        for end, resume in [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)] + [(len(text), len(text))]:
            page = next(p for o, p in reversed(starts) if o <= begin)
            if text[begin:end].strip():
                sentences.append(_Sentence(text[begin:end].strip(), page))
            begin = resume
    return sentences


# --------------------------------------------------------------------------- parties
_PARTIES_LABEL = re.compile(r"^(?:avtals)?parter(?:na)?\s*(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
_LIST_JOINERS = frozenset({"och", "samt", "&"})
# "(benämns i detta dokument som parterna)" describes the list; "(ÖLBF)" belongs to a name.
_DESCRIPTIVE_PARENTHESIS = re.compile(r"\s*\((?=[^)]*\b[a-zåäö]{3,})[^)]*\)")
_MAX_NAME_WORDS = 8  # "Specifika samverkansrådet för social välfärd samt vård och omsorg"


def _known_prefix(words: Sequence[str], start: int) -> tuple[int, str | None]:
    """The longest run of words from `start` naming a known organisation: (length, canonical name)."""
    for size in range(min(_MAX_NAME_WORDS, len(words) - start), 0, -1):
        candidate = " ".join(words[start : start + size]).rstrip(",")
        if "," not in candidate and (name := known_organization(candidate)):
            return size, name
    return 0, None


def _parse_parties(text: str) -> list[tuple[str, bool]]:
    """The organisations a list like "A, B och C" names, each with whether the table knows it.

    Known names are matched longest first, so a name containing "och" stays whole; the list
    ends at the first item not followed by a comma or a joining word.
    """
    text = _DESCRIPTIVE_PARENTHESIS.sub("", text)
    words = re.split(r"(?<=[^\W\d_]|\))\.(?:\s|$)", text)[0].split()  # up to the sentence's end
    found: list[tuple[str, bool]] = []
    i = 0
    while i < len(words):
        size, name = _known_prefix(words, i)
        if name is None:
            size = 1
            # An unknown name runs to the next comma or joining word.
            while i + size < len(words) and not words[i + size - 1].endswith(","):
                if words[i + size].casefold() in _LIST_JOINERS:
                    break
                size += 1
        found.append((name or canonical_organization(" ".join(words[i : i + size])) or "", name is not None))
        i += size
        if i < len(words) and words[i].casefold() in _LIST_JOINERS:
            i += 1
        elif not words[i - 1].endswith(","):
            break
    return [(name, known) for name, known in found if name]


def _party_paragraph(lines: Sequence[Line]) -> str | None:
    """The text of the "Parter:" paragraph, joined across wrapped lines, or None."""
    for i, line in enumerate(lines):
        if not (m := _PARTIES_LABEL.match(line.text)):
            continue
        following = [_BULLET.sub("", later.text) for later in lines[i + 1 :]]
        if not m["rest"]:
            # "Parter" alone on its line, then the parties, a line or a list at a time.
            listed: list[str] = []
            for text in following:
                parsed = _parse_parties(text)
                if not parsed or not all(known for _, known in parsed):
                    break
                listed.append(text.rstrip(",") + ",")
            return " ".join(listed).rstrip(",")
        parts = [m["rest"]]
        for text in following:
            # A wrapped list goes on in lower case ("kommun, Lekebergs …") or after a comma or "och".
            if not (text[:1].islower() or re.search(r"(,|\s(?:och|samt|&))$", parts[-1])):
                break
            parts.append(text)
        return " ".join(parts)
    return None


def _parties_between(sentences: Sequence[_Sentence]) -> tuple[str, ...]:
    """Parties named as "mellan X och Y" in the title or opening sentence, when all are known."""
    for sentence in sentences[:2]:
        for m in re.finditer(r"\bmellan\s+", sentence.text, re.IGNORECASE):
            parsed = _parse_parties(sentence.text[m.end() :])
            # "mellan kommunerna och regionen" describes collaboration, not who signs.
            if len(parsed) >= 2 and all(known for _, known in parsed):
                return tuple(name for name, _ in parsed)
    return ()


def _parties(lines: Sequence[Line], sentences: Sequence[_Sentence], kind: str) -> tuple[str, ...]:
    paragraph = _party_paragraph(lines)
    if paragraph:
        names = [name for name, _ in _parse_parties(paragraph)]
    elif kind == "overenskommelse":
        # A directive is issued by one body; its "mellan" speaks of collaboration, not parties.
        names = list(_parties_between(sentences))
    else:
        names = []
    return tuple(dict.fromkeys(names))


# --------------------------------------------------------------------------- validity
# Each phrase is followed directly by its date; "den" may stand between ("från och med den 1 maj").
_FROM = re.compile(r"\b(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|f\.?\s?o\.?\s?m\.?)\s*(?:den\s+)?", re.IGNORECASE)
_TO = re.compile(r"\b(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?)\s*(?:den\s+)?", re.IGNORECASE)
# Looser forms, trusted only in a sentence that says the document is valid.
_FROM_LOOSE = re.compile(r"\b(?:från|i\s+kraft)\s+(?:den\s+)?", re.IGNORECASE)
_TO_LOOSE = re.compile(r"\btill\s+(?:den\s+)?", re.IGNORECASE)
_RANGE_DASH = re.compile(r"(?:\s(?:-|till)|[–—])\s*$")  # what ends the text between a range's two dates
_VALIDITY_VERB = re.compile(r"\b(?:gäller|gälla|giltig\w*|löper|träder\s+i\s+kraft)\b", re.IGNORECASE)
_UNTIL_FURTHER_NOTICE = re.compile(r"\btills\s*vidare\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Validity:
    valid_from: str | None = None
    valid_to: str | None = None
    until_further_notice: bool = False
    page: int | None = None


def _date_after(text: str, *phrases: re.Pattern[str]) -> str | None:
    """The date written right after the first of `phrases` that has one ("t o m 2029-12-31")."""
    for phrase in phrases:
        for m in phrase.finditer(text):
            dates = find_dates(text[m.end() :], compact=True)
            if dates and dates[0][0] == 0:
                return dates[0][1]
    return None


def _period(text: str) -> tuple[str | None, str | None]:
    """(from, to) as stated in one sentence about validity."""
    start, end = _date_after(text, _FROM, _FROM_LOOSE), _date_after(text, _TO, _TO_LOOSE)
    dates = find_dates(text, compact=True)
    if not (start or end) and len(dates) >= 2 and _RANGE_DASH.search(text[dates[0][0] : dates[1][0]]):
        return dates[0][1], dates[1][1]  # "gäller 2024-01-01 – 2025-12-31"
    return start, end


def _validity(sentences: Sequence[_Sentence]) -> _Validity:
    stated = [s for s in sentences if _VALIDITY_VERB.search(s.text)]
    open_ended = [s for s in stated if _UNTIL_FURTHER_NOTICE.search(s.text)]
    until = bool(open_ended)
    for sentence in stated:
        start, end = _period(sentence.text)
        if start or end:
            return _Validity(start, end, until, sentence.page)
    # Without "gäller" only the unambiguous "från och med <date>" dates the document.
    for sentence in sentences:
        if start := _date_after(sentence.text, _FROM):
            return _Validity(start, None, until, sentence.page)
    return _Validity(until_further_notice=until, page=open_ended[0].page if open_ended else None)


# --------------------------------------------------------------------------- decision, termination
_DECISION = re.compile(
    r"^(?:beslut(?:ad|at|ade)?|fastställ(?:d|t|da)|antag(?:en|et|na))\s*(?:i|av|vid|:)\s+(?P<rest>.+)$", re.IGNORECASE
)
_MAX_DECISION_WORDS = 12  # a decision line is a short stamp, not a sentence of prose
_TERMINATION = re.compile(r"\b(?:säg(?:a|er|s|es)\s+upp|sade\s+upp|uppsäg\w*|uppsag\w*)", re.IGNORECASE)


def _decision(lines: Sequence[Line]) -> tuple[str | None, str | None]:
    """(decided_by, decided_on) from a line like "Beslut i <body> 181004"."""
    for line in lines:
        m = _DECISION.match(line.text)
        if not m or len(line.text.split()) > _MAX_DECISION_WORDS:
            continue
        dates = find_dates(m["rest"], compact=True)
        decided_on = dates[0][1] if dates else None
        body = re.sub(r"\s+den$", "", m["rest"][: dates[0][0]] if dates else m["rest"]).strip(" ,.:")
        named = find_organizations(body)
        # Without a date, only a body the table knows makes the line a decision stamp.
        if body and (decided_on or known_organization(body)):
            return (named[0] if len(named) == 1 else canonical_organization(body)), decided_on
    return None, None


def _termination(sentences: Sequence[_Sentence]) -> str | None:
    """The sentences about terminating the agreement, verbatim and joined."""
    return " ".join(s.text for s in sentences if _TERMINATION.search(s.text)) or None


# --------------------------------------------------------------------------- signatures
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
_SAME_ROW = 3.0  # points between the tops of lines on one baseline; a text line is 10 or more


@cache
def _vocabulary() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(title form → canonical title, words that are never names, particles allowed inside names)."""
    data = patterns.load("titles")
    forms = {form.casefold(): t["name"] for t in data["titles"] for form in [t["name"], *t.get("aliases", [])]}
    return forms, frozenset(w.casefold() for w in data["non_name_words"]), frozenset(data["name_particles"])


@cache
def _title(text: str) -> tuple[str, float] | None:
    """(canonical title, similarity 0–1) for text that reads as a job title, fuzzily for OCR."""
    forms = _vocabulary()[0]
    hit = process.extractOne(text.casefold(), forms.keys(), scorer=fuzz.ratio, score_cutoff=_TITLE_MIN_SCORE)
    return (forms[hit[0]], hit[1] / 100) if hit else None


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


def _person_name(words: Sequence[str]) -> tuple[str, float] | None:
    """(name, confidence) if the words read as a person's name, else None: never a repaired guess."""
    cleaned = [w.translate(_STRAY) for w in words]
    tokens = [w for w in cleaned if w]
    if not 2 <= len(tokens) <= 4:
        return None
    _, non_names, particles = _vocabulary()
    for j, token in enumerate(tokens):
        if token in particles and 0 < j < len(tokens) - 1:
            continue
        if not _name_word(token) or token.casefold() in non_names or _title(token):
            return None
    name = " ".join(tokens)
    if known_organization(name) or all(known_organization(t) for t in tokens) or _title(name):
        return None
    return name, (_CLEANED_NAME if cleaned != list(words) else 1.0)


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


@cache
def _organization_kinds() -> dict[str, str]:
    return {o.name: o.kind for o in all_organizations()}


def _heading(text: str) -> str | None:
    """The organisation a signature block is headed by ("För Kumla kommun"), or None."""
    text = re.sub(r"^för\s+", "", text.strip(" :,."), flags=re.IGNORECASE)
    if len(text.split()) < 2:  # a bare "Kumla" is a place, not a heading
        return None
    org = known_organization(text)
    # Councils and groups decide but do not sign; their names stand alone as section headings.
    return org if org and _organization_kinds()[org] != "organ" else None


def _place_date(text: str) -> tuple[str | None, str] | None:
    """(place, ISO date) for a line like "Örebro den 2024-09-13", else None."""
    dates = find_dates(text, compact=True)
    if not dates or len(text.split()) > 6:
        return None
    words = re.findall(r"[^\W\d_]+", text)
    place = [w for w in words if w.casefold() not in {"den", "ort", "datum", "och"} and w.casefold() not in MONTHS]
    if len(place) > 2 or not all(_name_word(w) for w in place):
        return None
    return " ".join(place) or None, dates[0][1]


@dataclass
class _Block:
    """The signatures under one organisation heading."""

    organization: str | None
    inferred: bool = False
    place: str | None = None
    date: str | None = None
    signed: list[tuple[str, str, float, int]] = field(default_factory=list)  # name, title, confidence, page

    @property
    def doubt(self) -> float:
        if self.organization is None:
            return _NO_ORGANIZATION
        return _INFERRED_ORGANIZATION if self.inferred else 1.0


def _next_party(current: str | None, parties: Sequence[str], headed: Sequence[str | None]) -> str | None:
    """The first party listed after `current` that has no heading yet; else `current`."""
    if current in parties:
        for party in parties[parties.index(current) + 1 :]:
            if party not in headed:
                return party
    return current


def _rows(lines: Sequence[Line]) -> list[Line]:
    """Lines side by side on a page as one line, columns tab-separated.

    The extractor splits a row at a wide gap, so two signature blocks set in columns arrive as
    separate lines on the same baseline; signatures are read a row at a time.
    """
    rows: list[Line] = []
    for line in lines:
        previous = rows[-1] if rows else None
        if (
            previous is not None
            and previous.page == line.page
            and previous.top is not None
            and line.top is not None
            and abs(previous.top - line.top) < _SAME_ROW
        ):
            rows[-1] = replace(previous, text=f"{previous.text}\t{line.text}")
        else:
            rows.append(line)
    return rows


def _columns(text: str) -> list[str]:
    """A row's columns, as `_rows` joined them.  Runs of spaces are no column gap: OCR scatters them."""
    return [column.strip() for column in text.split("\t") if column.strip()]


def _signatories(lines: Sequence[Line], parties: Sequence[str]) -> tuple[Signatory, ...]:
    """Signatories: a name row directly above a title row, under the nearest organisation heading.

    A row of k headings opens k blocks, one per column; names in a row of as many columns go to
    the block above them, otherwise to the last heading (text sources have one column).
    """
    rows = _rows(lines)
    current = [_Block(None)]  # the blocks of the latest heading row, one per column
    blocks = list(current)
    headed: list[str | None] = []
    titles = [_title_columns(row.text) for row in rows]
    for i, row in enumerate(rows):
        columns = _columns(row.text)
        headings = [_heading(column) for column in columns]
        if all(headings):
            current = [_Block(org) for org in headings]
            blocks.extend(current)
            headed.extend(headings)
            continue
        stamps = [stamp for column in columns if (stamp := _place_date(column))]
        for j, (place, date) in enumerate(stamps):
            block = current[j] if len(stamps) == len(current) else current[-1]
            if block.date is None:
                block.place, block.date = place, date
        below = titles[i + 1] if i + 1 < len(rows) else []
        if stamps or not below:
            continue
        for j, (name, (title, title_score)) in enumerate(zip(_name_columns(row.text, len(below)), below, strict=True)):
            if name is None:
                continue
            column = j if len(below) == len(current) else -1
            if any(title == signed_title for _, signed_title, _, _ in current[column].signed):
                # One organisation signs once per office: a second chair means OCR lost a heading.
                org = _next_party(current[column].organization, parties, headed)
                current[column] = _Block(org, inferred=True)
                blocks.append(current[column])
                headed.append(org)
            current[column].signed.append((name[0], title, name[1] * title_score, row.page))
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


# --------------------------------------------------------------------------- public
def find_agreement(lines: Sequence[Line], kind: str) -> Agreement:
    """The agreement facts of a document's content lines (in reading order).

    `kind` is "overenskommelse" or "uppdragsdirektiv"; only an agreement takes its parties from
    "mellan X och Y" when it has no "Parter:" paragraph.  Dates are ISO; organisations canonical.
    `page` is the page of the validity clause, else the first page.

    >>> find_agreement([Line(text="Avtalet gäller tills vidare.", page=1)], "overenskommelse").until_further_notice
    True
    """
    if kind not in AGREEMENT_KINDS:
        raise ValueError(f"not an agreement kind: {kind!r}")
    content = [replace(line, text=text) for line in lines if (text := _strip_markup(line.text))]
    sentences = _sentences(content)
    parties = _parties(content, sentences, kind)
    validity = _validity(sentences)
    decided_by, decided_on = _decision(content)
    return Agreement(
        parties=parties,
        valid_from=validity.valid_from,
        valid_to=validity.valid_to,
        until_further_notice=validity.until_further_notice,
        decided_by=decided_by,
        decided_on=decided_on,
        termination=_termination(sentences),
        signatories=_signatories(content, parties),
        page=validity.page if validity.page is not None else (content[0].page if content else None),
    )
