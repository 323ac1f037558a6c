"""Agreements (överenskommelser) and directives (uppdragsdirektiv): who the parties are, when the
document is valid, who decided it, how it is terminated and who signed it.

`find_agreement` reads a document's content lines in reading order.  Prose facts (validity,
termination) are read from sentences rebuilt across wrapped lines; the party list, the decision
line and the signature blocks are read row by row (lines on one baseline are one row of cells),
since their layout carries the meaning.  Parties come from a "Parter" paragraph, list, table or
the appendix it points to, else from "mellan A och B", else from the organisations that sign.

Signatories are read by `signatures.find_signatories`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import patterns
from ..records import Agreement, Line
from .dates import find_dates
from .layout import rows as layout_rows
from .organizations import all_organizations, canonical_organization, find_organizations
from .organizations import known_organization as _lookup_organization
from .signatures import SIGNATURE_ROW_PT, find_signatories
from .text import LIST_MARKER, sentences_of_lines, strip_list_marker

AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")


@lru_cache(maxsize=8192)
def known_organization(text: str) -> str | None:
    """`organizations.known_organization`, remembered: a signature page asks about the same
    runs of words many times (as a heading, a prefix of a cell, a part of a name)."""
    return _lookup_organization(text)


_BULLET = LIST_MARKER


# --------------------------------------------------------------------------- text
def _strip_markup(text: str) -> str:
    """The line's text without Markdown emphasis or heading marks; a rule ("---", "____") is empty."""
    text = re.sub(r"^\s*#{1,6}\s+", "", text.replace("**", "")).strip()
    return "" if re.fullmatch(r"[-_=*.]{3,}", text) else text


@dataclass(frozen=True)
class _Sentence:
    text: str
    page: int


def _sentences(lines: Sequence[Line]) -> list[_Sentence]:
    """The document's sentences, rebuilt across wrapped lines, each with the page it starts on
    (the one text toolkit's `sentences_of_lines`)."""
    return [_Sentence(" ".join(text.split()), line.page) for text, line in sentences_of_lines(lines)]


# --------------------------------------------------------------------------- parties
# "Parter", "Parterna", "Avtalsparter", numbered as a section or not ("1. Parter", "§ 2 Parter").
# "Parter i överenskommelsen är A och B" / "Parterna är A och B": the list after "är", as after ":".
_PARTIES_LABEL = re.compile(
    r"^(?:§\s*)?(?:\d+(?:\.\d+)*[.)]?\s+)?(?:avtals)?parter(?:na)?(?:\s+i\s+(?:avtalet|överenskommelsen))?"
    r"\s*(?:(?::|\s+är\s)\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# A short line that leads in to the list of parties under it: "Följande parter omfattas av
# överenskommelsen:", "Överenskommelsen tecknas av följande parter:".
_PARTIES_LEAD_IN = re.compile(r"\bparter(?:na)?\b[^:]*:\s*$|\bföljande\s+parter\s*$", re.IGNORECASE)
_LEAD_IN_WORDS = 12
# A reference to an appendix that holds the list: "se bilaga 1", "enligt bilaga 2", "(bilaga A)".
_APPENDIX_REFERENCE = re.compile(r"\bbilaga\s+(?P<label>\d+|[A-ZÅÄÖ])\b", re.IGNORECASE)
# Words of a party table's header row ("Part | Organisationsnummer | Adress").
_PARTY_TABLE_HEADER = frozenset(
    {
        "part",
        "parter",
        "namn",
        "organisation",
        "organisationsnummer",
        "org.nr",
        "orgnr",
        "org nr",
        "adress",
        "postadress",
        "företrädare",
        "kontaktperson",
        "firmatecknare",
        "företräds av",
        "företrädd av",
        "representeras av",
        "organisationsnummer/adress",
    }
)


@lru_cache(maxsize=1)
def _between() -> re.Pattern[str]:
    """What a sentence says before the parties it names (`party_leads`): "… ingås mellan A och B",
    "Överenskommelsen är tecknad av A och B", "Parterna är A och B"."""
    return re.compile(rf"\b(?:{_alternation(patterns.load('agreements')['party_leads'])})\s+", re.IGNORECASE)


_LIST_JOINERS = frozenset({"och", "samt", "&"})
# "(benämns i detta dokument som parterna)" describes the list; "(ÖLBF)" belongs to a name.
_DESCRIPTIVE_PARENTHESIS = re.compile(r"\s*\((?=[^)]*\b[a-zåäö]{3,})[^)]*\)")


def _alternation(words: Sequence[str]) -> str:
    """Words as one regex alternation, longest first, spaces matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _party_dressing() -> re.Pattern[str]:
    """What follows a party's name and is no party: its organisation number ("org.nr
    232100-0164"), the name the text goes on to use ("nedan kallad Regionen"), its address and
    the organ acting for it ("genom kommunstyrelsen"), bare or in brackets, after a comma or not.

    >>> _party_dressing().sub("", "Kumla kommun, org.nr 212000-1835 (nedan kallad Kommunen) och Nora kommun")
    'Kumla kommun och Nora kommun'

    Its postal address and the organ that acts for it go too (the list's own comma stays):

    >>> _party_dressing().sub("", "Nora kommun, Box 11, 713 80 Nora, genom kommunstyrelsen, och Laxå kommun")
    'Nora kommun, och Laxå kommun'
    """
    data = patterns.load("agreements")
    labelled = rf"(?i:{_alternation(data['organization_number_labels'])})\s*:?\s*\d{{6}}\s*-?\s*\d{{4}}"
    number = rf"(?:{labelled}|(?<![\d-])\d{{6}}-\d{{4}}(?![\d-]))"  # a bare number has its hyphen
    verb = _alternation(data["designation_verbs"])
    # The designation is a capitalised word ("nedan Regionen"), or any word after a naming verb
    # that ends its clause ("…, nedan kallad kommunen, och …"): "nedan anges" is prose.
    quote = "[\"”'’]?"
    called = (
        rf"(?i:{_alternation(data['designation_leads'])})\s+"
        rf"(?:(?:(?i:{verb})\s+)?{quote}[A-ZÅÄÖ][\w-]*{quote}|(?i:{verb})\s+{quote}[a-zåäö][\w-]*{quote}(?=\s*[,.;)]|\s*$))"
    )
    # Its postal address ("Box 1613, 701 16 Örebro"): a box number, a postcode and its town.
    address = r"(?i:box)\s+\d+|\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\w-]*"
    # The organ that acts for it: "Region Örebro län, genom regionstyrelsen, och …".
    acting = rf"(?i:{_alternation(data['acting_leads'])})\s+(?:(?!\s(?:och|samt)\s)[^,.;()])+"
    piece = rf"(?:{number}|{called}|{address}|{acting})"
    return re.compile(rf"(?:\s*,)?\s*(?:\(\s*{piece}(?:\s*,\s*{piece})*\s*\)|{piece})(?=[\s,.;)]|$)")


@lru_cache(maxsize=1)
def _groups_of_municipalities() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """A phrase that names the county's municipalities as one party, and the municipalities
    each part of the county (länsdel) holds: `_expand_groups`."""
    data = patterns.load("agreements")
    municipalities = [o for o in all_organizations() if o.kind == "kommun"]
    by_part: dict[str, tuple[str, ...]] = {"": tuple(o.name for o in municipalities)}
    for o in municipalities:
        if o.lansdel:
            by_part[o.lansdel.casefold()] = (*by_part.get(o.lansdel.casefold(), ()), o.name)
    county, genitive = _alternation(data["county_names"]), _alternation(data["county_genitives"])
    quantity = rf"(?:(?:{_alternation(data['municipality_quantifiers'])})\s+)*"
    part = _alternation([p for p in by_part if p])
    pattern = rf"""
        (?<![\w-])(?:
            {quantity} kommuner(?:na)? \s+ i \s+ (?:{county})                  # samtliga kommuner i Örebro län
          | (?:{genitive}) \s+ {quantity} kommuner                            # länets tolv kommuner
          | kommunerna \s+ i \s+ (?P<part>{part}) \s+ länsdelen              # kommunerna i norra länsdelen
          | (?P<part_genitive>{part}) \s+ länsdelens \s+ {quantity} kommuner  # södra länsdelens kommuner
        )(?![\w-])
    """
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE), by_part


@lru_cache(maxsize=1)
def _municipality_lead() -> re.Pattern[str]:
    """ "kommunerna" before a list of municipalities by their place names: "kommunerna Askersund,
    Degerfors och Kumla" names "Askersunds kommun", "Degerfors kommun" and "Kumla kommun"."""
    places = _alternation([o.short for o in all_organizations() if o.kind == "kommun" and o.short])
    lead = _alternation(patterns.load("agreements")["municipality_lead"])
    return re.compile(rf"(?<![\w-])(?:{lead})\s*:?\s+(?=(?:{places})(?![\w-]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _organ_of() -> re.Pattern[str]:
    """An organ named before its organisation, "Kommunstyrelsen i Kumla kommun": the party is the
    organisation, for which its organ signs (`organ_endings`)."""
    endings = _alternation(patterns.load("agreements")["organ_endings"])
    return re.compile(rf"(?<![\w-])[A-ZÅÄÖa-zåäö][\w-]*?(?:{endings})\s+i\s+(?=[A-ZÅÄÖ])")


def _expand_groups(text: str) -> str:
    """`text` with each group of municipalities written out as the list of their names:
    "Region Örebro län och södra länsdelens kommuner" -> "Region Örebro län och Askersunds
    kommun, Hallsbergs kommun, …" (the list parser reads the rest as it reads any list).

    >>> _expand_groups("Region Örebro län och norra länsdelens kommuner.")
    'Region Örebro län och Hällefors kommun, Lindesbergs kommun, Ljusnarsbergs kommun, Nora kommun.'
    """
    groups, by_part = _groups_of_municipalities()

    def names(m: re.Match[str]) -> str:
        part = (m["part"] or m["part_genitive"] or "").casefold()
        return ", ".join(by_part[part])

    return _organ_of().sub("", _municipality_lead().sub("", groups.sub(names, text)))


_MAX_NAME_WORDS = 8  # "Specifika samverkansrådet för social välfärd samt vård och omsorg"
_APPENDIX_LOOKAHEAD = 3  # lines between an appendix's heading and its list (its title, a lead-in)


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
    text = _DESCRIPTIVE_PARENTHESIS.sub("", _party_dressing().sub("", _sides().sub("", _party_lead().sub("", text))))
    text = _expand_groups(text)
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


@lru_cache(maxsize=1)
def _party_detail() -> re.Pattern[str]:
    """A line of a party's block under its name: a labelled detail ("Kontaktperson: Eva Ek"),
    a postal address ("Box 1613, 701 16 Örebro", "Drottninggatan 1, 702 10 Örebro").

    >>> bool(_party_detail().match("Box 1613, 701 16 Örebro")), bool(_party_detail().match("Kumla kommun"))
    (True, False)
    """
    labels = _alternation(patterns.load("agreements")["party_detail_labels"])
    postcode = r"\d{3}\s?\d{2}\s+[A-ZÅÄÖ]"
    return re.compile(
        rf"^(?:(?i:{labels})\s*:|(?:[^\d,]+\s)?(?:box\s+)?\d+[a-z]?,\s*{postcode}|{postcode})", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _party_lead() -> re.Pattern[str]:
    """What stands before a party's name in a list: "Part 1:", "Part A:", "Beställare:", "A.".

    >>> _party_lead().sub("", "Part 2: Kumla kommun"), _party_lead().sub("", "B. Nora kommun")
    ('Kumla kommun', 'Nora kommun')
    """
    labels = _alternation(patterns.load("agreements")["party_role_labels"])
    return re.compile(rf"^\s*(?:(?:{labels})(?:\s+(?:\d{{1,2}}|[A-ZÅÄÖ]))?\s*:|[A-F][.)])\s*")


@lru_cache(maxsize=1)
def _sides() -> re.Pattern[str]:
    """ "å ena sidan", "å andra sidan" before the parties of "mellan å ena sidan A och å andra sidan B"."""
    return re.compile(rf"\b(?:{_alternation(patterns.load('agreements')['side_phrases'])})\s+", re.IGNORECASE)


def _is_party_detail(text: str) -> bool:
    """A detail line of a party block: its organisation number alone, a label, an address."""
    text = strip_list_marker(text).strip()
    return bool(text) and (not _party_dressing().sub("", text).strip(" ,.;") or bool(_party_detail().match(text)))


def _list_entry(cells: Sequence[str]) -> list[str] | None:
    """The parties one entry of a party list names, or None when it is no such entry.

    An entry is a line of a list ("• Kumla kommun", "2. Nora kommun", "Laxå kommun,") or a row
    of a party table, whose first cell is the party and whose other cells (organisation number,
    address) are left alone.
    """
    first = strip_list_marker(cells[0]).strip() if cells else ""
    parsed = _parse_parties(first)
    if not parsed or not all(known for _, known in parsed):
        return None
    # Party blocks side by side ("Region Örebro län | Kumla kommun"): every cell a party.
    beside = [_parse_parties(strip_list_marker(cell).strip()) for cell in cells[1:]]
    if beside and all(b and all(known for _, known in b) for b in beside):
        parsed = [*parsed, *(p for b in beside for p in b)]
    return [name for name, _ in parsed]


def _is_table_header(cells: Sequence[str]) -> bool:
    return len(cells) > 1 and all(cell.casefold().strip(" :") in _PARTY_TABLE_HEADER for cell in cells)


def _party_list(rows: Sequence[Sequence[str]], lead_in: int = 0) -> list[str]:
    """The parties of a list or table that starts within `lead_in` rows; it ends at the first
    row that names none and is no detail of a party's block (its number, address, contact)."""
    names: list[str] = []
    for i, cells in enumerate(rows):
        entry = _list_entry(cells)
        if entry is None:
            if not names and (i < lead_in or (i == 0 and _is_table_header(cells))):
                continue
            if names and cells and all(_is_party_detail(cell) for cell in cells):
                continue  # "Org.nr 212000-1835", "Box 1613, 701 16 Örebro" under the party's name
            if names and len(cells) == 1 and cells[0].strip().casefold() in _LIST_JOINERS:
                continue  # "Region Örebro län" / "och" / "Kumla kommun"
            break
        names.extend(entry)
    return names


def _section_sentence(lines: Sequence[Line]) -> str:
    """The first sentence of the text that follows a heading."""
    sentences = _sentences(list(lines[:6]))
    return sentences[0].text if sentences else ""


def _named_between(text: str, *, all_known: bool) -> list[str]:
    """The parties of a sentence like "… ingås mellan A, B och C" (at least two)."""
    for m in _between().finditer(text):
        parsed = _parse_parties(text[m.end() :])
        # "mellan kommunerna och regionen" describes collaboration, not who signs.
        if len(parsed) >= 2 and any(known for _, known in parsed) and (not all_known or all(k for _, k in parsed)):
            return [name for name, _ in parsed]
    return []


def _appendix(rows: Sequence[Sequence[str]], label: str) -> list[str]:
    """The party list of the appendix headed "Bilaga <label>" ("Bilaga 1 Parter", "Bilaga 1:")."""
    heading = re.compile(rf"^bilaga\s+{re.escape(label)}\b", re.IGNORECASE)
    for i, cells in enumerate(rows):
        if cells and heading.match(cells[0]):
            rest = heading.sub("", cells[0]).strip(" :.–-")
            following = [[rest], *rows[i + 1 :]] if rest else list(rows[i + 1 :])
            return _party_list(following, lead_in=_APPENDIX_LOOKAHEAD)
    return []


def _listed_parties(lines: Sequence[Line]) -> list[str] | None:
    """The parties under a "Parter" label, or None when the document has no such label.

    After "Parter:" on one line the list runs on; after "Parter" as a heading come a list (a
    line, a bullet or a table row per party), a sentence naming them ("Avtalet ingås mellan A och
    B"), or a reference to the appendix that lists them ("Parterna framgår av bilaga 1").  A short
    line that leads in to the parties ("Följande parter omfattas av överenskommelsen:") is
    followed by their list.
    """
    rows = layout_rows(lines, tolerance=SIGNATURE_ROW_PT)
    cells = [[cell.text for cell in row] for row in rows]
    for i, row in enumerate(rows):
        lead_in = _PARTIES_LEAD_IN.search(row[-1].text) and len(" ".join(cells[i]).split()) <= _LEAD_IN_WORDS
        if lead_in and (listed := _party_list(cells[i + 1 :])):
            return listed
        if not (m := _PARTIES_LABEL.match(row[0].text)):
            continue
        following = [_BULLET.sub("", cell.text) for later in rows[i + 1 :] for cell in later[:1]]
        if not m["rest"] and len(row) > 1:
            # A label column: "Parter | Region Örebro län", the other parties below in that column.
            return _party_list([[cell.text for cell in row[1:]], *cells[i + 1 :]])
        if m["rest"]:
            if ref := _APPENDIX_REFERENCE.search(m["rest"]):
                return _appendix(cells[i + 1 :], ref["label"])
            parts = [m["rest"]]
            for text in following:
                # A wrapped list goes on in lower case ("kommun, Lekebergs …") or after a comma or "och".
                if not (text[:1].islower() or re.search(r"(,|\s(?:och|samt|&))$", parts[-1])):
                    break
                parts.append(text)
            return [name for name, _ in _parse_parties(" ".join(parts))]
        # "Parter" alone on its line: a list (after a lead-in sentence and a header row, perhaps),
        # a sentence, or a pointer to an appendix.
        after = cells[i + 1 :]
        if after and after[0] and after[0][-1].rstrip().endswith(":") and len(after) > 1:
            after = after[1:]  # "… mellan följande parter:" over the list or table
        if listed := _party_list(after):
            return listed
        later = [line for row in rows[i + 1 :] for line in row]
        sentence = _section_sentence(later)
        if ref := _APPENDIX_REFERENCE.search(sentence):
            return _appendix(cells[i + 1 :], ref["label"])
        return _named_between(sentence, all_known=False)
    return None


def _parties_between(sentences: Sequence[_Sentence]) -> list[str]:
    """Parties named as "mellan X och Y" in the title or opening sentence, when all are known."""
    for sentence in sentences[:2]:
        if named := _named_between(sentence.text, all_known=True):
            return named
    return []


def _parties(lines: Sequence[Line], sentences: Sequence[_Sentence], kind: str) -> tuple[str, ...]:
    names = _listed_parties(lines)
    if not names and kind == "overenskommelse":
        # A directive is issued by one body; its "mellan" speaks of collaboration, not parties.
        names = _parties_between(sentences)
    return tuple(dict.fromkeys(names or ()))


# --------------------------------------------------------------------------- validity
# Each phrase is followed directly by its date; "den" may stand between ("från och med den 1 maj").
_FROM = re.compile(r"\b(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|f\.?\s?o\.?\s?m\.?)\s*(?:den\s+)?", re.IGNORECASE)
_TO = re.compile(r"\b(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?)\s*(?:den\s+)?", re.IGNORECASE)
# Looser forms, trusted only in a sentence that says the document is valid.
_FROM_LOOSE = re.compile(r"\b(?:från|i\s+kraft)\s+(?:den\s+)?", re.IGNORECASE)
_TO_LOOSE = re.compile(r"\btill\s+(?:den\s+)?", re.IGNORECASE)
_RANGE_DASH = re.compile(r"(?:\s(?:-|till)|--|[–—])\s*$")  # what ends the text between a range's two dates


@lru_cache(maxsize=1)
def _validity_end() -> re.Pattern[str]:
    """ "löper ut (den)", "upphör att gälla": the end date follows (agreements.yml `validity_ends`)."""
    ends = _alternation(patterns.load("agreements")["validity_ends"])
    return re.compile(rf"\b(?:{ends})\s+(?:den\s+|per\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _validity_label() -> re.Pattern[str]:
    """A sentence that opens with a validity label ("Avtalstid: …", "5. Giltighetstid …")."""
    labels = _alternation(patterns.load("agreements")["validity_labels"])
    return re.compile(rf"^(?:§\s*)?(?:\d+(?:\.\d+)*[.)]?\s+)?(?:{labels})\b", re.IGNORECASE)


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
    start, end = _date_after(text, _FROM, _FROM_LOOSE), _date_after(text, _TO, _validity_end(), _TO_LOOSE)
    dates = find_dates(text, compact=True)
    if start is None and len(dates) >= 2 and _RANGE_DASH.search(text[dates[0][0] : dates[1][0]]):
        # "gäller 2024-01-01 – 2025-12-31", "Giltighetstid 1 januari 2025 till 31 december 2026"
        return dates[0][1], end or dates[1][1]
    return start, end


def _validity(sentences: Sequence[_Sentence]) -> _Validity:
    # A sentence that says the document is valid, or opens with a validity label, or follows
    # such a label alone ("Giltighetstid" over "1 januari 2025 till 31 december 2026").
    stated = [
        s
        for k, s in enumerate(sentences)
        if _VALIDITY_VERB.search(s.text)
        or _validity_label().match(s.text)
        or (k > 0 and _validity_label().fullmatch(sentences[k - 1].text.rstrip(" .:")))
    ]
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


def letterhead_body(lines: Sequence[Line], title: str | None) -> str | None:
    """The body a decision stamp in the letterhead names, above the document's title.

    A stamp set above the title ("Beslut i Kulturnämnden 210610" in the page's header, then
    "Uppdragsdirektiv för …") names the body that issued the document; a decision line under
    the title only records who decided it, and gives no body.  `lines` are the first page's in
    reading order, running headers included; None when the title is not among them.

    >>> head = [Line(text="Beslut i Kulturnämnden 210610", page=1), Line(text="Uppdragsdirektiv för X", page=1)]
    >>> letterhead_body(head, "Uppdragsdirektiv för X")
    'Kulturnämnden'
    """
    if not title:
        return None
    for i, line in enumerate(lines):
        text = _strip_markup(line.text)
        if text and title.startswith(text.rstrip(". ")):
            return _decision(lines[:i])[0]
    return None


def _termination(sentences: Sequence[_Sentence]) -> str | None:
    """The sentences about terminating the agreement, verbatim and joined."""
    return " ".join(s.text for s in sentences if _TERMINATION.search(s.text)) or None


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
    signatories = find_signatories(content, parties)
    if not parties and kind == "overenskommelse":
        # Without a party list, the organisations that sign are the parties.
        parties = tuple(dict.fromkeys(s.organization for s in signatories if s.organization))
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
        signatories=signatories,
        page=validity.page if validity.page is not None else (content[0].page if content else None),
    )
