"""Swedish full-text search: the one place where text becomes search terms.

Everything that searches goes through here, so the table search boxes, the canned queries, the
/-/search page and `protokoll search` find the same rows:

- `index_terms(text)` is what a row's search index holds (the store writes it into the
  `<table>_fts` tables): every word as written, its stem from the Snowball Swedish stemmer
  (PyStemmer), and, for words with å, ä, ö or another accent, the same forms without it.
- `match_query(typed)` turns what someone typed into an FTS5 MATCH expression over those
  terms.  Every word is quoted, so no input is ever FTS syntax, an error or an injection.
- `snippet(text, typed)` picks the passage of a text that matches best and says which words
  matched, for highlighting.
- `fold_case` and `contains_words` fold Swedish case (Å, Ä, Ö too) for name matches.

What a query finds:

- word forms: "beslut" finds "beslutade" and "beslutet", "familjecentral" finds
  "familjecentraler", "överenskommelse" finds "överenskommelsen" (one stem);
- a trailing * searches a prefix: "famil*" finds "familjecentraler", "familj*" the compounds
  that begin with "familj" (the stemmer does not split compounds, so "central" does not find
  "familjecentral");
- å, ä and ö are letters of their own ("mål" does not find "mal"), but a word typed without
  them also finds the word with them: "aterrapportering" finds "återrapportering";
- all words must match; OR between two words lets either: "familjecentral OR barnhälsovård".

>>> match_query("beslutade om familjecentraler")
'("beslutade" OR "beslut") AND "om" AND ("familjecentraler" OR "familjecentral")'
>>> match_query('famil* "KC/RD OR barnhälsovård')
'"famil"* AND (("kc" AND "rd") OR "barnhälsovård")'
>>> [w for w, hit in snippet("Rådet beslutade att inrätta familjecentraler.", "beslut") if hit]
['beslutade']
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

# --------------------------------------------------------------------------- words
# A word is a run of letters and digits: what FTS5's unicode61 tokenizer takes as one token.
WORD = re.compile(r"[^\W_]+")

# Letters folded for the fallback without diacritics, beyond what Unicode decomposes
# ("å" -> "a" + ring is dropped by `fold_diacritics`): ø and æ have no decomposition.
EXTRA_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l"})

# What a typed query may say besides words.
OR_WORD = "OR"  # between two words: either may match
PREFIX_MARK = "*"  # after a word: words beginning with it

# FTS5 bm25 weights of the index columns (words as written and stemmed, then the forms
# without diacritics): a match as written ranks above the fallback.
BM25_WEIGHTS = (1.0, 0.5)

# A snippet: how many words around the matches are shown.
SNIPPET_WORDS = 24

_local = threading.local()  # a Snowball stemmer is not thread-safe: one per thread


def _stemmer() -> Stemmer.Stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("swedish")
    return stemmer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Swedish stem of one folded word: "beslutade" -> "beslut"."""
    return _stemmer().stemWord(word) if word.isalpha() else word


def fold_case(text: str) -> str:
    """Text folded for comparison: Unicode-composed (a PDF's "a" + combining ring is "å") and
    case-folded for every letter, Å, Ä and Ö too."""
    return unicodedata.normalize("NFC", text).casefold()


def fold_diacritics(word: str) -> str:
    """ "återrapportering" -> "aterrapportering": accents and rings dropped."""
    if word.isascii():  # no accent to drop (EXTRA_FOLDS folds letters beyond ASCII only)
        return word
    return word.translate(EXTRA_FOLDS).translate(_WITHOUT_DIACRITICS)


class _WithoutDiacritics(dict):
    """A translation table: each character decomposed (NFD) without its combining marks, worked
    out the first time it is asked for.  Character by character, it is what the whole word
    decomposed without its marks is: decomposition is a character's own, and the reordering of
    marks NFD does moves only the marks that are dropped."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        self[code] = folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        return folded


_WITHOUT_DIACRITICS = _WithoutDiacritics()


def words(text: str | None) -> list[str]:
    """The folded words of a text, in order."""
    return WORD.findall(fold_case(text or ""))


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The index terms of one folded word: (as written and stemmed, without diacritics)."""
    written = {word, stem(word)}
    folded = {fold_diacritics(w) for w in written}
    folded.add(stem(fold_diacritics(word)))
    return frozenset(written), frozenset(folded - written)


@dataclass(frozen=True)
class IndexTerms:
    """What the search index holds for one text (the `words` and `folded` columns)."""

    words: str
    folded: str


def index_terms(text: str | None) -> IndexTerms:
    """The search terms of a text: each word as written and its stem, then the forms of its
    words with å, ä, ö or accents without them.

    >>> index_terms("Beslutade: överenskommelsen")
    IndexTerms(words='beslutade beslut överenskommelsen överenskomm', folded='overenskomm overenskommelsen')
    """
    terms = list(map(_word_terms, words(text)))
    if not terms:
        return IndexTerms("", "")
    written, folded = zip(*terms, strict=True)
    return IndexTerms(" ".join(written), " ".join(filter(None, folded)))


@lru_cache(maxsize=65536)
def _word_terms(word: str) -> tuple[str, str]:
    """`_forms` of a word as the index writes them: the word and its other exact forms, then
    those without diacritics ("" for none), each sorted (a text repeats its words: each one's
    done once)."""
    exact, without = _forms(word)
    return " ".join((word, *sorted(exact - {word}))), " ".join(sorted(without))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class Term:
    """One word of a query: its alternatives (as typed and stemmed), or a prefix."""

    forms: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        if self.prefix:
            return _quote(self.forms[0]) + "*"
        quoted = [_quote(f) for f in self.forms]
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"

    def matches(self, word: str) -> bool:
        """Does this term match a folded word of a text, as the FTS query does in the index?"""
        exact, folded = _forms(word)
        terms = exact | folded
        if self.prefix:
            return any(t.startswith(self.forms[0]) for t in terms)
        return bool(terms.intersection(self.forms))


# A query is a conjunction of groups; a group matches when any of its alternatives does (OR);
# an alternative is one typed word, and all its tokens must match ("KC/RD" is "kc" and "rd").
Query = list[list[list[Term]]]


def parse_query(typed: str | None) -> Query:
    """What a typed query asks for (see the module's docstring)."""
    groups: Query = []
    pending_or = False
    for chunk in (typed or "").split():
        if chunk == OR_WORD:
            pending_or = bool(groups)
            continue
        tokens = words(chunk)
        if not tokens:
            continue
        terms = [Term(tuple(dict.fromkeys((t, stem(t))))) for t in tokens]
        if chunk.rstrip('"').endswith(PREFIX_MARK):
            terms[-1] = Term((tokens[-1],), prefix=True)
        if pending_or:
            groups[-1].append(terms)
        else:
            groups.append([terms])
        pending_or = False
    return groups


def match_query(typed: str | None) -> str:
    """An FTS5 MATCH expression for a typed query; '""' (matches nothing) for no words."""

    def alternative(terms: list[Term]) -> str:
        return terms[0].fts() if len(terms) == 1 else "(" + " AND ".join(t.fts() for t in terms) + ")"

    parts = []
    for group in parse_query(typed):
        alternatives = [alternative(terms) for terms in group]
        parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    # FTS5 takes "a b" as a AND b only between plain phrases, so AND is written out.
    return " AND ".join(parts) or '""'


# A snippet: pieces of text, each with whether it is a matched word.
Snippet = list[tuple[str, bool]]


def _spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) of each word of a composed (NFC) text."""
    for m in WORD.finditer(text):
        yield m.start(), m.end(), m.group().casefold()


def snippet(text: str | None, typed: str | None, size: int = SNIPPET_WORDS) -> Snippet:
    """The passage of `text` of about `size` words that holds the most of the query's words
    (the most different ones first), as pieces marked matched or not; "…" where it is cut.
    The text's beginning when nothing in it matches."""
    text = unicodedata.normalize("NFC", text or "")
    terms = [t for group in parse_query(typed) for alternative in group for t in alternative]
    spans = list(_spans(text))
    if not spans:
        return [(text, False)] if text else []
    hits = [next((k for k, t in enumerate(terms) if t.matches(w)), None) for _, _, w in spans]
    best, best_score = 0, (0, 0)
    for i, hit in enumerate(hits):
        if hit is None:
            continue
        start = max(0, i - size // 4)
        window = [h for h in hits[start : start + size] if h is not None]
        score = (len(set(window)), len(window))
        if score > best_score:
            best, best_score = start, score
    end = min(len(spans), best + size)
    cut_start = spans[best][0] if best else 0
    cut_end = spans[end - 1][1] if end < len(spans) else len(text)
    pieces: Snippet = [("… ", False)] if best else []
    position = cut_start
    for k in range(best, end):
        s, e, _ = spans[k]
        if hits[k] is not None:
            if s > position:
                pieces.append((text[position:s], False))
            pieces.append((text[s:e], True))
            position = e
    if cut_end > position:
        pieces.append((text[position:cut_end], False))
    if end < len(spans):
        pieces.append((" …", False))
    return _squeeze(pieces)


def _squeeze(pieces: Snippet) -> Snippet:
    """Runs of whitespace in the unmatched pieces kept as one space (a page's line breaks)."""
    out: Snippet = []
    for piece, hit in pieces:
        if not hit:
            piece = re.sub(r"\s+", " ", piece)
        if piece:
            out.append((piece, hit))
    return out


MARK = ("**", "**")  # how a matched word is marked in plain text (CSV, the command line)


def snippet_text(pieces: Snippet, mark: tuple[str, str] = MARK) -> str:
    """A snippet as plain text, matched words between `mark`: "… rådet **beslutade** att …"."""
    return "".join(f"{mark[0]}{piece}{mark[1]}" if hit else piece for piece, hit in pieces)


def unmark(text: str, mark: tuple[str, str] = MARK) -> Snippet:
    """`snippet_text` read back into pieces (for highlighting a snippet column in HTML)."""
    pattern = re.compile(re.escape(mark[0]) + r"(.+?)" + re.escape(mark[1]))
    pieces: Snippet = []
    position = 0
    for m in pattern.finditer(text):
        if m.start() > position:
            pieces.append((text[position : m.start()], False))
        pieces.append((m.group(1), True))
        position = m.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def contains_words(text: str | None, typed: str | None) -> bool:
    """Does `text` hold every word typed, in any order and as any part of a word, case-folded
    the Swedish way?  How names and bodies are matched: "åström" finds "Åström",
    "strandberg, mia" finds "Mia-Lena Strandberg".

    >>> contains_words("Mia-Lena Åström", "ÅSTRÖM mia")
    True
    """
    needles = _name_fold(typed or "").split()
    haystack = _name_fold(text or "")
    return bool(needles) and all(n in haystack for n in needles)


def _name_fold(text: str) -> str:
    """Case folded; commas, hyphens and dashes are spaces ("Strandberg, Mia-Lena")."""
    return " ".join(re.sub(r"[,‐‑–-]", " ", fold_case(text)).split())
