"""The text toolkit every parser shares: sentences, lemmas, decision verbs, list markers, name
shapes and number words, on spaCy's Swedish tokenizer.

`nlp()` is a blank Swedish spaCy pipeline (nothing to download) with two small components of
this module: one sets sentence boundaries, one sets each token's lemma from the Swedish lemma
table of spacy-lookups-data.

- `split_sentences` / `sentence_spans` split running text into sentences.  A sentence ends at
  ". ! ? …" before a capital, at a blank line, at a form feed, and before a line that starts with
  a list marker; not after an abbreviation ("t.ex. Region Örebro län", "kl. 13.00"), an initial
  ("Anna E. Karlsson") or inside a date ("4.3.2025").  The list marker is not part of the
  sentence.  `sentences_of_lines` does the same for a column of extracted lines, rejoining
  wrapped lines first.
- `lemma` is a word's lemma from the table: "godkändes" -> "godkänna".
- `decision_verb` is the decision verb of a sentence, in any inflection: "Dagordningen
  fastställdes." -> "fastställa".  The vocabulary is ``patterns/verbs.yml``.
- `LIST_MARKER`, `looks_like_name` / `name_token` and `NUMBER_WORDS` are the one bullet regex,
  the one name-shape check and the one table of number words.

Cost (benchmarks/bench_text.py): the sentence rules are read off the characters, so
`split_sentences` needs no tokens and costs a small fraction of a millisecond a page; the spaCy
component applies the same rules to a doc, for callers that tokenise anyway.  Tokenising all
text would cost about a millisecond per thousand characters, so `decision_verb` first checks,
with a set look-up on the sentence's words, whether any word is an inflected form of a decision
verb (or the last word of a decision phrase); only such candidate sentences are tokenised,
lemmatised and matched.  The lemma table (≈660 000 forms) is read once per process, in place:
the packaged file is sorted, so a form is found by binary search in the decompressed bytes
(≈0.1 s to load) instead of building a dictionary of 660 000 entries (seconds).
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from importlib import resources
from typing import TYPE_CHECKING

from .. import patterns
from ..records import Line
from .organizations import known_organization

if TYPE_CHECKING:  # spaCy is imported when first needed: importing it takes a second or two
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

# --------------------------------------------------------------------------- words
# Abbreviations whose full stop never ends a sentence, even before a capital:
# "t.ex. Region Örebro län", "kl. 13.00", "Anna Ek, ordf. Per Berg, sekr.".  Matched on the
# whole word before the full stop, case aside.  A single letter and a full stop ("E.", "s.")
# never ends one either.
# fmt: off
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "t.ex.", "bl.a.", "fr.o.m.", "t.o.m.", "m.m.", "m.fl.", "s.k.", "p.g.a.", "pga.", "dvs.", "d.v.s.",
        "o.s.v.", "osv.", "kl.", "ca.", "nr.", "jfr.", "resp.", "inkl.", "exkl.", "ang.", "enl.", "f.d.",
        "ev.", "fr.", "st.", "tel.", "bil.", "kap.", "dnr.", "ordf.", "v.ordf.", "sekr.", "ers.", "tjg.",
        "ledam.", "repr.", "adj.", "kv.", "t.v.", "o.d.", "f.ö.", "avd.", "ff.", "gm.", "ungef.", "t.f.", "tf.",
    }
)
# fmt: on

# What ends a sentence, what may close it after its full stop, and what may open the next one.
SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?", "…"})
CLOSERS = "\"”’')]»"
OPENERS = "\"“”„'‘’([«»"
BULLET_SYMBOLS = "•●▪◦‣∙"

# Numbers written as words: "två miljoner kronor", "fyra gånger per år", "tolv ledamöter".
# fmt: off
NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
    "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100,
}
# fmt: on

# A word of a person's name: a capitalised word of letters, any alphabet's ("Sigríður",
# "Wójcik", "Østergaard"), with hyphenated parts ("Lönn-Elgstrand"): an upper-case letter, then
# lower-case letters.
# The Latin alphabets' letters (Latin-1, Latin Extended A and B and Additional: "Ş", "Ư", "Ầ")
# by case, besides the ones listed by hand.
_LATIN = [chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isalpha()]
_LATIN_UPPER = "".join(c for c in _LATIN if c.isupper())
_LATIN_LOWER = "".join(c for c in _LATIN if c.islower())
_NAME_UPPER = rf"(?:(?=[^\W\d_])(?-i:[A-Z{_LATIN_UPPER}]))"
_NAME_LOWER = rf"(?-i:[a-z{_LATIN_LOWER}'’])"
NAME_CAPITAL = _NAME_UPPER  # the first letter of a name, any alphabet's ("Ánde", "Łukasz")
# A name word's part: a capital and lower-case letters, with one more capital inside after a
# prefix ("McDonald", "MacLeod", "DeLuca") or an apostrophe ("O'Brien"); "d'Ambrosio" too.
_NAME_PART = rf"(?:{_NAME_UPPER}['’]|(?-i:[dl])['’])?{_NAME_UPPER}{_NAME_LOWER}+(?:{_NAME_UPPER}{_NAME_LOWER}{{2,}})?"
NAME_TOKEN = re.compile(
    rf"^{_NAME_PART}(?:-(?:{_NAME_UPPER}|{_NAME_LOWER}){_NAME_LOWER}+(?:{_NAME_UPPER}{_NAME_LOWER}{{2,}})?)*$"
)
# Party tags: "(S)" after a name, or a bare "S" in a table's party column; "-" for no party.
PARTY_CODES = r"S|M|C|L|V|KD|MP|SD|FP|NU|OP|SPI|LPo|MoD|ÖrP|Kv|KIM|Sfp|SFP|Saml|Cent|Grön|VF|-|–"
_PARTY_CODE = re.compile(rf"^(?:{PARTY_CODES})$")
# A word of a name written in capitals ("EK", "ÅSTRÖM-LUND"), as rosters and signature boxes
# print family names or whole names; and an initial ("J." in "Per J. Ek").
_CAPS_UPPER = r"(?-i:[A-ZÅÄÖÆØÜÉÈÁÍÓÚÑÇŠŽÐÞŁŚŹŻĆŃ])"
NAME_IN_CAPITALS = re.compile(rf"^{_CAPS_UPPER}{{2,}}(?:-{_CAPS_UPPER}{{2,}})*$")
NAME_INITIAL = re.compile(rf"^{_CAPS_UPPER}\.(?:-?{_CAPS_UPPER}\.)?$")
# A double given name written as its initials, first in a name: "K-G Berg" (Karl-Gustav),
# "P-O Ek", "J.-E. Lind".
GIVEN_INITIALS = re.compile(rf"^{_CAPS_UPPER}\.?-{_CAPS_UPPER}\.?$")
# Lower-case words that may stand in a name: "Anna von Essen".
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "af", "de", "van", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "el", "ter"}
)
# Capitalised words that start roster-like lines but are never part of a person's name.
# fmt: off
NOT_NAME_WORDS: frozenset[str] = frozenset(
    w.casefold()
    for w in (
        "Region", "Kommun", "Kommunen", "Län", "Förvaltningen", "Protokoll", "Sammanträdesprotokoll",
        "Minnesanteckningar", "Box", "Plats", "Tid", "Datum", "Justerare", "Ordförande", "Sekreterare",
        "Ersättare", "Ledamöter", "Ledamot", "Beslutande", "Övriga", "Närvarande", "Vakant", "Specifika",
        "Regionala", "Samverkansrådet", "Kommunstyrelsen", "Kommunfullmäktige", "Nämnden", "Styrelsen",
        "Sverige", "Mötet", "Val", "Dagordning", "Paragrafer", "Underskrifter", "Utses", "Justeringens",
        "Ärenden", "Organ", "Sammanträdestid", "Sammanträdesplats", "Tjänsteställe", "Postadress",
        "Besöksadress", "Telefon", "Telefax", "Internet", "Plusgiro", "Bankgiro", "Kommunhuset", "Stadshuset",
        "Regionens", "Hus", "Sal", "Rum", "Digitalt", "Teams", "Distans", "Frånvarande", "Anmält",
        "Förhinder", "Tjänstepersoner", "Tjänstemän", "Adjungerade", "Chefsgrupp", "Chefsgruppen", "Rådet",
    )
)
# fmt: on

# --------------------------------------------------------------------------- patterns
# A list marker at the start of a line.  Symbols may touch the text ("•bereda"); a dash, a
# star or an "o" needs a space after it, as do "1." "1)" "(1)" "a)" "(b)", so "1.5 mnkr",
# "2024-05-13" and "-221 829,00" are no markers; or the end of the line, as when a PDF gives
# the bullet a line of its own.
_GAP = r"[^\S\n]"  # whitespace within the line
_SYMBOL = rf"[{BULLET_SYMBOLS}]"
_DASH = r"[-–—·*o]"
_NUMBER = r"\(?\d{1,2}[.)]"
_LETTER = r"\(?[a-zåäö]\)"

LIST_MARKER = re.compile(
    rf"""
    ^{_GAP}*
    (?:
        (?P<symbol>{_SYMBOL}) {_GAP}*          # "• ", "•"
      | (?P<dash>{_DASH}) (?:{_GAP}+|$)        # "- ", "– ", "* ", "o "
      | (?P<number>{_NUMBER}) (?:{_GAP}+|$)    # "1. ", "1) ", "(1) "
      | (?P<letter>{_LETTER}) (?:{_GAP}+|$)    # "a) ", "(b) "
    )
    """,
    re.VERBOSE | re.MULTILINE,
)

# A word as `decision_verb`'s pre-filter sees it.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def list_marker_kind(text: str) -> str | None:
    """What kind of list marker `text` starts with: "symbol" ("•"), "dash" ("-", "–", "*", "o"),
    "number" ("1.", "1)", "(1)"), "letter" ("a)"), or None.

    >>> list_marker_kind("• x"), list_marker_kind("– x"), list_marker_kind("3) x"), list_marker_kind("b) x")
    ('symbol', 'dash', 'number', 'letter')
    >>> list_marker_kind("1.5 mnkr") is None
    True
    """
    m = LIST_MARKER.match(text)
    return m.lastgroup if m else None


def strip_list_marker(text: str) -> str:
    """`text` without the list marker it starts with.

    >>> strip_list_marker("• bereda ärenden"), strip_list_marker("2) att godkänna"), strip_list_marker("1.5 mnkr")
    ('bereda ärenden', 'att godkänna', '1.5 mnkr')
    """
    return LIST_MARKER.sub("", text, count=1)


# --------------------------------------------------------------------------- lemma table
LEMMA_PACKAGE = "spacy_lookups_data"
LEMMA_FILE = "data/sv_lemma_lookup.json.gz"


class LemmaTable:
    """The Swedish lemma table of spacy-lookups-data, read in place.

    The packaged JSON holds one ``"form": "lemma",`` a line, sorted by form (byte order), so a
    form is found by binary search in the decompressed bytes: loading costs one gunzip (about
    0.1 s), a look-up some tens of microseconds (`lemma` remembers its answers).
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._first = data.index(b"\n") + 1  # after "{"
        self._last = data.rindex(b"\n}") + 1  # the line of "}"

    def __len__(self) -> int:
        return self._data.count(b"\n", self._first, self._last)

    def _key(self, start: int) -> bytes:
        """The form on the line starting at `start`."""
        return self._data[self._data.index(b'"', start) + 1 : self._data.index(b'": "', start)]

    def _seek(self, key: bytes) -> int:
        """The start of the first line whose form is not below `key`."""
        lo, hi = self._first, self._last
        while lo < hi:
            start = self._data.rfind(b"\n", 0, (lo + hi) // 2) + 1
            if self._key(start) < key:
                lo = self._data.index(b"\n", start) + 1
            else:
                hi = start
        return lo

    def get(self, form: str) -> str | None:
        """The lemma the table gives `form` (as written: the table's forms are mostly lower case)."""
        key = _json_bytes(form)
        start = self._seek(key)
        if start >= self._last or self._key(start) != key:
            return None
        value = self._data[self._data.index(b'": "', start) + 4 : self._data.index(b"\n", start)]
        return json.loads(b'"' + value.rstrip(b",").rstrip(b'"') + b'"')

    def forms(self, lemma: str) -> list[str]:
        """Every form whose lemma is `lemma`.  Inflection keeps a Swedish word's first letter
        ("gav" -> ge, "lade" -> lägga, "valde" -> välja), so only those lines are searched."""
        if not lemma:
            return []
        first = lemma[0]
        lo, hi = self._seek(_json_bytes(first)), self._seek(_json_bytes(chr(ord(first) + 1)))
        needle = b'": "' + _json_bytes(lemma) + b'"'
        found = []
        at = self._data.find(needle, lo, hi)
        while at != -1:
            if self._data[at + len(needle) : at + len(needle) + 1] in (b",", b"\n"):
                start = self._data.rfind(b"\n", 0, at) + 1
                found.append(json.loads(b'"' + self._key(start) + b'"'))
            at = self._data.find(needle, at + 1, hi)
        return found


def _json_bytes(text: str) -> bytes:
    """`text` as the table's JSON writes it inside quotes (it escapes "/")."""
    return json.dumps(text, ensure_ascii=False)[1:-1].replace("/", "\\/").encode("utf-8")


@cache
def lemma_table() -> LemmaTable:
    """The Swedish lemma table, loaded once per process."""
    data = gzip.decompress(resources.files(LEMMA_PACKAGE).joinpath(LEMMA_FILE).read_bytes())
    table = LemmaTable(data)
    if table.get("godkände") != "godkänna" or table.get("beslöts") != "besluta":
        raise RuntimeError(f"{LEMMA_PACKAGE}/{LEMMA_FILE} is not the sorted form -> lemma table this module reads")
    return table


@cache
def _verbs() -> dict:
    return patterns.load("verbs")


@cache
def _lemma_fixes() -> dict[str, str]:
    return {form.casefold(): lem for form, lem in _verbs()["lemmas"].items()}


COMPOUND_TAIL = 5  # letters, at least, of the known last part of a compound


@lru_cache(maxsize=1 << 17)
def lemma(word: str) -> str:
    """The lemma of a Swedish word, from the lemma table of spacy-lookups-data, with the
    corrections in ``patterns/verbs.yml``; case is ignored.  A compound the table lacks takes the
    lemma of its longest known tail: "återremitterades" -> "återremittera".  A word with no
    known lemma is its own.

    >>> lemma("Godkändes"), lemma("utsågs"), lemma("beslöt"), lemma("återremitterades"), lemma("Beslut")
    ('godkänna', 'utse', 'besluta', 'återremittera', 'beslut')
    """
    form = word.casefold()
    fixed = _lemma_fixes().get(form)
    if fixed is not None:
        return fixed
    table = lemma_table()
    found = table.get(form)
    if found is not None:
        return found
    if _WORD.fullmatch(form):
        # Swedish compounds inflect in their last part: "åter|remitterades".  A tail shorter
        # than five letters is too often a chance word ("juste|rare", "johan|son").
        for i in range(2, len(form) - COMPOUND_TAIL + 1):
            if form[i].isalpha() and (tail := table.get(form[i:])) is not None:
                return form[:i] + tail
    return form


# --------------------------------------------------------------------------- sentence rules
# Where a sentence may end: ". ! ? …", closing quotes or brackets, then whitespace.  A full stop
# inside a word ("4.3.2025", "t.ex", "www.kumla.se") is never followed by whitespace.
_END = re.compile(rf"[{re.escape(''.join(sorted(SENTENCE_ENDS)))}][{re.escape(CLOSERS)}]*\s+")
_BREAK = re.compile(r"\n[^\S\n]*\n|\f")  # a blank line or a form feed


def _sentence_starts(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """(offsets where a sentence starts, spans of the list markers) in `text`.

    The one set of sentence rules: `sentence_spans` reads text with it directly, and the spaCy
    component `mark_sentences` maps it onto a doc's tokens, so both split alike.
    """
    markers = [(m.start(), m.end()) for m in LIST_MARKER.finditer(text)]
    marker_starts = [m_start for m_start, _ in markers]
    starts = {_skip_space(text, 0)}
    starts.update(_skip_space(text, m_start) for m_start in marker_starts)
    starts.update(_skip_space(text, m.end()) for m in _BREAK.finditer(text))
    for m in _END.finditer(text):
        k = bisect_right(marker_starts, m.start()) - 1
        if k >= 0 and m.start() < markers[k][1]:
            continue  # the full stop of "1." at a line's start
        if text[m.start()] == "." and _abbreviation(text, m.start() + 1):
            continue
        head = text[m.end() : m.end() + 4].lstrip(OPENERS)[:1]
        if head.isupper() or (head and head in BULLET_SYMBOLS):
            starts.add(m.end())
    return sorted(s for s in starts if s < len(text)), markers


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


_INITIAL = re.compile(r"[^\W\d_]\.")  # "E." in "Anna E. Karlsson"


def _abbreviation(text: str, end: int) -> bool:
    """Whether the word ending at `end` (with its full stop) is an abbreviation or an initial."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].lstrip(OPENERS + BULLET_SYMBOLS).casefold()
    return word in ABBREVIATIONS or bool(_INITIAL.fullmatch(word))


def _trim(text: str, start: int, end: int, markers: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """A sentence's span without the whitespace around it or the list marker it starts with."""
    moved = True
    while moved:  # whitespace, a marker, whitespace again ("\n- \nText")
        moved = False
        start = _skip_space(text, start)
        for m_start, m_end in markers:
            if m_start <= start < m_end:
                start, moved = m_end, True
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, max(start, end)


# --------------------------------------------------------------------------- spaCy pipeline
def mark_sentences(doc: Doc) -> Doc:
    """Set the sentence starts of `doc` by this module's sentence rules (the pipeline component
    "protokoll_sentences")."""
    import numpy
    from spacy.attrs import IDX, SENT_START

    if not len(doc):
        return doc
    token_starts = doc.to_array(IDX).tolist()
    flags = numpy.full((len(doc), 1), -1, dtype="int64")  # -1: no sentence starts here
    flags[0, 0] = 1
    for start in _sentence_starts(doc.text)[0]:
        flags[bisect_right(token_starts, start) - 1, 0] = 1  # the token the sentence starts in
    # One array for the whole doc: setting `Token.is_sent_start` token by token re-checks the
    # doc's annotation each time, which is quadratic.
    doc.from_array([SENT_START], flags.astype("uint64"))  # type: ignore[arg-type]  # as Doc.to_array gives them
    return doc


def set_lemmas(doc: Doc) -> Doc:
    """Set each word's `lemma_` from the lemma table (`lemma`); other tokens keep their text
    (the pipeline component "protokoll_lemmas")."""
    for tok in doc:
        tok.lemma_ = lemma(tok.text) if tok.is_alpha or "-" in tok.text else tok.lower_
    return doc


@cache
def nlp() -> Language:
    """A blank Swedish spaCy pipeline (its tokenizer: nothing is downloaded) with this module's
    sentence boundaries and table lemmas; cached, one per process.

    >>> [s.text for s in nlp()("Mötet öppnades kl. 13.00. Anna E. Ek valdes.").sents]
    ['Mötet öppnades kl. 13.00.', 'Anna E. Ek valdes.']
    """
    import spacy
    from spacy.language import Language

    for name, component in (("protokoll_sentences", mark_sentences), ("protokoll_lemmas", set_lemmas)):
        if not Language.has_factory(name):
            Language.component(name, func=component)
    pipeline = spacy.blank("sv")
    pipeline.add_pipe("protokoll_sentences")
    pipeline.add_pipe("protokoll_lemmas")
    return pipeline


# --------------------------------------------------------------------------- sentences
def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, without surrounding whitespace or its list marker.

    The same sentences as `nlp()(text).sents`, without tokenising: the rules need no tokens.

    >>> text = "Rådet beslutade bl.a. att ge Region Örebro län i uppdrag.\\n• Beslutet gäller fr.o.m. 4.3.2025."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Rådet beslutade bl.a. att ge Region Örebro län i uppdrag.', 'Beslutet gäller fr.o.m. 4.3.2025.']
    """
    starts, markers = _sentence_starts(text)
    if not starts:
        return []  # nothing but whitespace
    spans = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        start, end = _trim(text, start, end, markers)
        if start < end:
            spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, as written (line breaks inside a sentence kept).

    >>> split_sentences("Dagordningen fastställdes. T.ex. Kumla kommun deltog, dvs. Anna Ek.\\n\\nNästa möte")
    ['Dagordningen fastställdes.', 'T.ex. Kumla kommun deltog, dvs. Anna Ek.', 'Nästa möte']
    """
    return [text[start:end] for start, end in sentence_spans(text)]


SHORT_LINE = 0.7  # of the column's widest line: a line this short ends its paragraph
MEASURED_LINES = 3  # lines, at least, whose widest tells the column's width
# "1.2 Föregående minnesanteckningar": a numbered sub-point's heading starts a paragraph of its own
SUB_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÅÄÖ]")
HEADING_WORDS = 6  # a line of at most this many words, no full stop, before a capital: a heading
# A line this many times the column's line pitch (its closest baselines) below the line before
# it on the page starts a paragraph: the space between paragraphs ("• Region Örebro län, yttrande,
# 2025-10-13" / space / "Läggs till handlingarna.").
PARAGRAPH_GAP = 1.25


def _paragraph_gaps(lines: Sequence[Line]) -> list[bool]:
    """For each line, whether it stands a paragraph's space below the line before it (False
    where positions are unknown, across a page, and when the column has no two lines one
    pitch apart to measure the pitch by)."""
    steps = [
        b.top - a.top if a.top is not None and b.top is not None and a.page == b.page else None
        for a, b in zip(lines, lines[1:], strict=False)
    ]
    positive = sorted(s for s in steps if s is not None and s > 1.0)
    if len(positive) < 2:
        return [False] * len(lines)
    pitch = positive[0] if positive[1] - positive[0] < 1.0 else positive[1]  # one odd step is no pitch
    return [False, *(s is not None and s > PARAGRAPH_GAP * pitch for s in steps)]


@cache
def _goes_on() -> re.Pattern[str]:
    """How a line that goes on on the next one ends: a comma, a hyphen, a preposition, a
    conjunction, "att" (headings.yml's ``line_goes_on``)."""
    words = by_first_letter(sorted(patterns.load("headings")["line_goes_on"], key=len, reverse=True))
    return re.compile(rf"(?:[,-]|(?<!\w)(?i:{words}))$")


def _ends_in_verb(text: str) -> bool:
    """Whether `text` ends in a decision verb's finite form ("Till justerare valdes", "Rådet
    beslutade"): no heading does, so a line that does goes on on the next one."""
    found = decision_verbs(text)
    return bool(found) and found[-1].end >= len(text.rstrip(" ,"))


def _line_goes_on(prev: str) -> bool:
    return bool(_goes_on().search(prev)) or _ends_in_verb(prev)


def _next_word_fits(prev: str, prev_line: Line, word: str, typical: int, right: float | None) -> bool:
    """Whether `word` (the next line's first) would have fit at the end of the line `prev`: a
    line broken where the next word fits was ended on purpose (a heading, a paragraph's last
    line); one broken where it does not may be a line wrapped in a narrow column.  Measured in
    the line's own average character width against the column's right edge, or in characters
    against the longest line where the lines have no positions."""
    if right is not None and prev_line.x0 is not None and prev_line.x1 is not None:
        per_char = (prev_line.x1 - prev_line.x0) / len(prev)
        return prev_line.x1 + per_char * len(word) <= right  # the space's width is the tolerance
    return len(prev) + 1 + len(word) <= typical


def _heading_like(prev: str, prev_line: Line, line: Line, wrapped: bool) -> bool:
    """A line of a few words that reads as a heading over the next ("Överenskommelse om
    friskvård"): it starts with a capital, ends in no word that no heading ends in ("Till
    justerare valdes", "… beslutar att"), has no decision verb after its first word ("Rådet
    utsåg Per" / "Berg till justerare"), and is not a line wrapped where the next word would not
    fit unless its weight sets it apart."""
    if len(prev.split()) > HEADING_WORDS or prev[:1].islower() or _line_goes_on(prev):
        return False
    if wrapped and prev_line.bold == line.bold:
        return False
    return not any(m.start > 0 for m in decision_verbs(prev))


def _starts_paragraph(
    before: tuple[str, Line],
    here: tuple[str, Line],
    typical: int,
    right: float | None,
    measured: bool,
    gap: bool = False,
) -> bool:
    """Whether the line `here` starts a new paragraph after the line `before` (see
    `sentences_of_lines`); `measured`: whether the lines tell the column's width (``typical``
    characters, the ``right`` edge), so a line can be seen to wrap; `gap`: whether `here` stands
    a paragraph's space below `before` (`_paragraph_gaps`)."""
    prev, prev_line = before
    t, line = here
    if LIST_MARKER.match(t) or SUB_HEADING.match(t):
        return True
    if not t[:1].isupper():
        return False
    if gap:
        return True
    if prev.endswith((".", ":", "!", "?")):
        return True
    # a page break, not the column's width, ends the last line of a page: no wrap there
    wrapped = (
        measured and line.page == prev_line.page and not _next_word_fits(prev, prev_line, t.split()[0], typical, right)
    )
    if len(prev) < SHORT_LINE * typical and not wrapped and not _line_goes_on(prev):
        return True  # a short line ends its paragraph ("Se tidigare protokoll via länk" / "Protokollet …")
    return _heading_like(prev, prev_line, line, wrapped)


def _by_lines(split: Callable[[Sequence[Line]], list[tuple[str, Line]]]) -> Callable[..., list[tuple[str, Line]]]:
    """`split`, remembered for the last few runs of lines: an item's lines are split into
    sentences by each stage that reads them (decisions, presenters, events, proposals), once."""

    @lru_cache(maxsize=256)
    def remembered(lines: tuple[Line, ...]) -> tuple[tuple[str, int], ...]:
        at = {id(ln): i for i, ln in enumerate(lines)}
        return tuple((sentence, at[id(ln)]) for sentence, ln in split(lines))

    @wraps(split)
    def wrapper(lines: Sequence[Line]) -> list[tuple[str, Line]]:
        key = tuple(lines)  # equal lines split alike; each sentence keeps the caller's own Line
        return [(sentence, key[i]) for sentence, i in remembered(key)]

    return wrapper


def next_word_fits(prev: str, text: str, width: int) -> bool:
    """Whether the first word of `text` would have fitted after the line `prev` in a column
    `width` characters wide: if not, `prev` may be a full line that wrapped, however short.

    >>> next_word_fits("Nämnden beslutar att utse", "Emanuel Qvist (MP)", 30)
    False
    """
    return len(prev) + 1 + len(text.split(" ", 1)[0]) <= width


@_by_lines
def sentences_of_lines(lines: Sequence[Line]) -> list[tuple[str, Line]]:
    """The sentences of a column of extracted lines, each with the line it starts on.

    Wrapped lines are rejoined first.  A line starts a new paragraph when it starts with a list
    marker, or when it starts in upper case and stands a paragraph's space below the line before
    it (`_paragraph_gaps`), or the line before it ends in ". : ! ?", or is short
    ("Se tidigare protokoll via länk" / "Protokollet …") where the next word would have fit, or
    is a heading of a few words (`_heading_like`); a line ending in a comma, a hyphen, a
    preposition, a conjunction, "att" (headings.yml's ``line_goes_on``) or a decision verb's
    finite form ("Till justerare valdes" / "Anna Ek …") goes on.  The last line of a page fits
    whatever follows it.

    >>> [s for s, _ in sentences_of_lines([Line(text=t, page=1) for t in (
    ...     "Gruppen ska:", "• bereda ärenden och följa upp", "överenskommelser. Mötet avslutades.")])]
    ['Gruppen ska:', 'bereda ärenden och följa upp överenskommelser.', 'Mötet avslutades.']
    """
    texts = [(ln.text.strip(), ln) for ln in lines]
    texts = [(t, ln) for t, ln in texts if t]
    if not texts:
        return []
    gaps = _paragraph_gaps([ln for _, ln in texts])
    typical = max(len(t) for t, _ in texts)
    edges = [ln.x1 for _, ln in texts]
    right = max(edges) if all(x is not None for x in edges) else None  # type: ignore[type-var]
    # a heading over one line says nothing of the column's width: its longest line may be that one
    measured = len(texts) >= MEASURED_LINES
    pieces: list[str] = []
    offsets: list[int] = []  # where each line's text starts in the joined text
    at = 0
    before: tuple[str, Line] | None = None
    for k, (t, ln) in enumerate(texts):
        if before is not None:
            sep = "\n\n" if _starts_paragraph(before, (t, ln), typical, right, measured, gaps[k]) else " "
            pieces.append(sep)
            at += len(sep)
        offsets.append(at)
        pieces.append(t)
        at += len(t)
        before = (t, ln)
    joined = "".join(pieces)
    return [(joined[s:e], texts[bisect_right(offsets, s) - 1][1]) for s, e in sentence_spans(joined)]


# --------------------------------------------------------------------------- decision verbs
@dataclass(frozen=True)
class VerbMatch:
    """A decision verb or phrase found in a sentence.

    `lemma` is the verb's lemma or the phrase's name; `start` and `end` are character offsets in
    the sentence; `decided` is False for what someone shall, may or proposes to do ("ska
    besluta", "föreslår kommunfullmäktige att anta").
    """

    lemma: str
    start: int
    end: int
    decided: bool = True


@dataclass(frozen=True)
class _Vocabulary:
    """``patterns/verbs.yml``, with the words that make a sentence a candidate."""

    verbs: frozenset[str]
    phrases: dict[str, tuple[str, ...]]  # name -> lemmas, "…" for the gap
    gap: int
    triggers: frozenset[str]
    modals: frozenset[str]
    clause_breaks: frozenset[str]
    proposals: frozenset[str]
    determiners: frozenset[str]
    attributive_endings: tuple[str, ...]
    not_endings: tuple[str, ...]


GAP = "…"


def _forms(lem: str) -> set[str]:
    """The forms whose lemma is `lem` (by the table and its corrections), lower case.  For a
    compound the table lacks ("återremittera"), the forms of its longest known tail."""
    table, fixes = lemma_table(), _lemma_fixes()
    forms = table.forms(lem)
    for i in range(1, len(lem) - COMPOUND_TAIL + 1):
        if forms:
            break
        forms = [lem[:i] + f for f in table.forms(lem[i:])]
    found = {f.casefold() for f in forms if fixes.get(f.casefold(), lem) == lem}
    return found | {form for form, fixed in fixes.items() if fixed == lem} | {lem}


@cache
def _vocabulary() -> _Vocabulary:
    data = _verbs()
    verbs = frozenset(data["verbs"])
    phrases = {name: tuple(w if w == GAP else lemma(w) for w in words) for name, words in data["phrases"].items()}
    not_endings = tuple(data["not_endings"])
    triggers = {form for verb in verbs for form in _forms(verb) if not form.endswith(not_endings)}
    for words in phrases.values():
        # A phrase is a candidate by the forms of its longest word after the verb: "uppdraget", "handlingarna".
        triggers |= _forms(max((w for w in words[1:] if w != GAP), key=len))
    return _Vocabulary(
        verbs=verbs,
        phrases=phrases,
        gap=int(data["gap"]),
        triggers=frozenset(triggers),
        modals=frozenset(w.casefold() for w in data["modals"]),
        clause_breaks=frozenset(str(w).casefold() for w in data["clause_breaks"]),
        proposals=frozenset(w.casefold() for w in data["proposals"]),
        determiners=frozenset(w.casefold() for w in data["attributive"]["after"]),
        attributive_endings=tuple(data["attributive"]["endings"]),
        not_endings=not_endings,
    )


@cache
def _matcher() -> Matcher:
    """A spaCy `Matcher` on token lemmas: one pattern per verb and per phrase."""
    from spacy.matcher import Matcher

    voc = _vocabulary()
    not_participle = {"REGEX": rf"^(?!.*(?:{'|'.join(map(re.escape, voc.not_endings))})$)"}
    matcher = Matcher(nlp().vocab)
    for verb in sorted(voc.verbs):
        matcher.add(verb, [[{"LEMMA": verb, "LOWER": not_participle}]])
    for name, words in voc.phrases.items():
        pattern: list[dict] = [{"LEMMA": words[0], "LOWER": not_participle}]
        for word in words[1:]:
            if word == GAP:
                pattern.append({"IS_PUNCT": False, "IS_SPACE": False, "OP": f"{{0,{voc.gap}}}"})
            else:
                pattern.append({"LEMMA": word})
        matcher.add(name, [pattern])
    return matcher


def is_candidate(sentence: str) -> bool:
    """The cheap pre-filter of `decision_verb`: whether any word of `sentence` is a form of a
    decision verb or of a decision phrase's main word.  No spaCy.

    >>> is_candidate("Dagordningen fastställdes."), is_candidate("Nästa möte äger rum i maj.")
    (True, False)
    """
    triggers = _vocabulary().triggers
    return any(w in triggers for w in _WORD.findall(sentence.casefold()))


def decision_verbs(sentence: str) -> list[VerbMatch]:
    """Every decision verb and phrase in `sentence`, in order, the longest where two overlap.

    A participle used as an adjective ("den valda modellen") is none.  A verb after a modal in
    its clause ("ska besluta") or after a verb of proposing ("föreslår kommunfullmäktige att
    anta") is found but not `decided`.

    >>> [(m.lemma, m.start, m.decided) for m in decision_verbs("Rådet beslöt att ge kansliet i uppdrag.")]
    [('besluta', 6, True), ('ge i uppdrag', 17, True)]
    >>> [(m.lemma, m.decided) for m in decision_verbs("Styrelsen föreslår fullmäktige att anta planen.")]
    [('anta', False)]
    """
    if not is_candidate(sentence):
        return []
    voc = _vocabulary()
    doc = set_lemmas(nlp().make_doc(sentence))
    lowers = [t.lower_ for t in doc]
    proposed_from = next((i for i, w in enumerate(lowers) if w in voc.proposals), len(lowers))
    found: list[VerbMatch] = []
    for match_id, start, end in sorted(_matcher()(doc), key=lambda m: (m[1], -m[2])):
        if found and doc[start].idx < found[-1].end:
            continue  # one match per stretch of text: the longest
        if start and lowers[start - 1] in voc.determiners and lowers[start].endswith(voc.attributive_endings):
            continue  # "den valda modellen", "en utsedd kontaktperson"
        last = doc[end - 1]
        decided = start < proposed_from and not _after_modal(lowers, start, voc)
        found.append(VerbMatch(nlp().vocab.strings[match_id], doc[start].idx, last.idx + len(last), decided))
    return found


def _after_modal(lowers: Sequence[str], i: int, voc: _Vocabulary) -> bool:
    """Whether a modal stands before word `i` in its clause: "ska kommunstyrelsen varje år anta"."""
    for word in reversed(lowers[:i]):
        if word in voc.clause_breaks:
            return False
        if word in voc.modals:
            return True
    return False


def decision_verb(sentence: str) -> str | None:
    """The lemma of the first decided verb in `sentence` ("fastställa"), or the name of the
    decision phrase ("lägga till handlingarna"), or None.

    >>> decision_verb("Till justerare utsågs Pia Ek."), decision_verb("Informationen lades till handlingarna.")
    ('utse', 'lägga till handlingarna')
    >>> decision_verb("Förslaget presenterades av Anna.") is None
    True
    """
    return next((m.lemma for m in decision_verbs(sentence) if m.decided), None)


# --------------------------------------------------------------------------- names and numbers
@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def name_token(word: str) -> bool:
    """Whether `word` has the shape of a word of a person's name ("Lönn-Elgstrand", "Mehtäläinen")
    and is not a word that is never one ("Region", "Ordförande").

    >>> name_token("Lönn-Elgstrand"), name_token("Region"), name_token("ANNA")
    (True, False, False)
    """
    return bool(NAME_TOKEN.match(word)) and word.casefold() not in NOT_NAME_WORDS


def _recased(word: str) -> str:
    """ "ÅSTRÖM-LUND" -> "Åström-Lund", "AF" -> "af": a word of a name in capitals in the case
    the name is written in elsewhere; any other word as it is (a party's code: "KD")."""
    if not NAME_IN_CAPITALS.match(word) or _PARTY_CODE.match(word):
        return word
    if word.casefold() in NAME_PARTICLES:
        return word.casefold()
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def recase_name(text: str) -> str:
    """A name with its words in capitals written as names are ("ANNA EK" -> "Anna Ek", "Eva
    ÅSTRÖM-LUND" -> "Eva Åström-Lund", "KARL AF EKSTRÖM" -> "Karl af Ekström"); a name in
    ordinary case, or a word of one letter, stays as it is.

    >>> recase_name("PER-OLOF BERG"), recase_name("Anna EK"), recase_name("Ann-Sofie De Geer")
    ('Per-Olof Berg', 'Anna Ek', 'Ann-Sofie De Geer')
    """
    return " ".join(_recased(t) for t in text.split())


def _confirmed_in_capitals(tokens: Sequence[str]) -> bool:
    """A name with words in capitals is read as one only where something says it is a name and
    not a heading ("BESLUTANDE LEDAMÖTER") or an organisation ("KUMLA KOMMUN"): a word of it in
    ordinary case ("Anna EK"), or a given name of the shipped list first or last ("ANNA EK",
    "EK ANNA", "PER-OLOF BERG")."""
    if any(not NAME_IN_CAPITALS.match(t) for t in tokens if t.casefold() not in NAME_PARTICLES):
        return True
    given = patterns.words("given_names")
    words = [t for t in tokens if t.casefold() not in NAME_PARTICLES]
    return any(w.casefold() in given or all(p in given for p in w.casefold().split("-")) for w in (words[0], words[-1]))


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def looks_like_name(text: str) -> bool:
    """True for "Agneta Borg Nyström", "Camilla Lind-Eriksson", "Jussi Väänänen";
    False for "Region Örebro län", "Förvaltningen regional", "Box 1613".

    Two to five words, each a name word, a particle ("von") or an initial between them ("Per J.
    Ek"), at least two name words, and not the name of a known organisation.  Words in capitals
    are name words where the name is confirmed (`recase_name`, `_confirmed_in_capitals`).

    >>> looks_like_name("Anna von Essen"), looks_like_name("Region Örebro län"), looks_like_name("Box 1613")
    (True, False, False)
    >>> looks_like_name("ANNA EK"), looks_like_name("KUMLA KOMMUN"), looks_like_name("BESLUTANDE LEDAMÖTER")
    (True, False, False)
    >>> looks_like_name("K-G Berg"), looks_like_name("Berg K-G")
    (True, False)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(NAME_IN_CAPITALS.match(t) and not _PARTY_CODE.match(t) for t in tokens):
        recased = recase_name(text)
        return recased != text and looks_like_name(recased) and _confirmed_in_capitals(tokens)
    capitalised = 0
    for k, t in enumerate(tokens):
        if t.casefold() in NAME_PARTICLES or (0 < k < len(tokens) - 1 and NAME_INITIAL.match(t)):
            continue  # "von", "af"; "J." in "Per J. Ek"
        if k == 0 and GIVEN_INITIALS.match(t):
            capitalised += 1  # "K-G Berg": the given names' initials
            continue
        if not name_token(t):
            return False
        capitalised += 1
    return capitalised >= 2 and known_organization(text) is None


def number_value(word: str) -> int | None:
    """The value of a number written as a word or in digits, or None.

    >>> number_value("Fyra"), number_value("tolv"), number_value("12"), number_value("många")
    (4, 12, 12, None)
    """
    w = word.casefold()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def by_first_letter(words: Sequence[str], escape: Callable[[str], str] = re.escape) -> str:
    """An alternation of `words` (each through `escape`, in their order) grouped by first
    letter: "l(?:edamöter|edamot)|b(?:eslutande)".  It matches what "ledamöter|ledamot|beslutande"
    matches, in any case (two words that begin with different letters never both match at one
    place), but the regex engine tries a letter per group instead of every word: three to nine
    times faster on vocabularies of a few hundred words.  The words are grouped by their first
    letter in lower case, for patterns compiled with re.IGNORECASE."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w[1:])
    return "|".join(f"{escape(first)}(?:{'|'.join(map(escape, rests))})" for first, rests in groups.items())


def number_word_pattern(words: Iterable[str] = NUMBER_WORDS) -> str:
    """A regex alternation of number words, longest first ("tretton" before "tre")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


__all__ = [
    "ABBREVIATIONS",
    "LIST_MARKER",
    "NAME_CAPITAL",
    "NAME_IN_CAPITALS",
    "NAME_TOKEN",
    "NUMBER_WORDS",
    "PARTY_CODES",
    "LemmaTable",
    "VerbMatch",
    "by_first_letter",
    "decision_verb",
    "decision_verbs",
    "is_candidate",
    "lemma",
    "list_marker_kind",
    "lemma_table",
    "looks_like_name",
    "name_token",
    "recase_name",
    "nlp",
    "number_value",
    "number_word_pattern",
    "sentence_spans",
    "sentences_of_lines",
    "split_sentences",
    "strip_list_marker",
]
