"""Can a page's text layer be trusted?  Lines in, a `QualityScore` out.

A text layer can fail in three ways, each seen in published protocols:

* it is missing, or holds only a stamp ("Bilaga Stadsstyrelsen § 191") on a scanned page;
* it is a bad OCR layer a scanner made ("Stcnäldcrns sa ml?i I lighctslii");
* a born-digital PDF's character map is broken: ligature glyphs come out as one letter
  ("Sammanträdestd", "fnns", "Ersätare", "at" for "att") or letters are swapped
  ("Benlutande irdhnarhe" for "Beslutande ordinarie").

Each word is judged against a list of common Swedish words (`patterns/swedish_words.txt`,
made by `scripts/make_wordlist.py`, plus `patterns/protocol_words.txt`): *known* (a listed
word or a compound of listed words), *ligature* (known once a lost "ti", "tt", "fi", "fl",
"ft" or "ff" is put back), *plausible* (unknown but made of trigrams Swedish words use: most
names) or *garbled*.  The score is the share of known words, plausible ones counting in part:
a capitalised one (a name on a roster) more than a lower-case one.

    page_quality(page.lines).trusted
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources

from ..patterns import load
from ..records import Line, QualityScore

# A page with fewer words than this, mostly covered by an image, is a scan with a stamp or a
# caption on it: "Bilaga Stadsstyrelsen, 26.09.2022 § 191" is 5 words, a real page has 100+.
MIN_WORDS = 25
# Share of the page area under images above which a sparse page counts as a scan.  Logos and
# signatures cover well under a quarter of a page; a scanned page is one image over all of it.
IMAGE_PAGE = 0.5
# Below this score the text is garbled.  Measured: born-digital pages score 0.8–1.0 (names and
# abbreviations are what keeps them from 1), good OCR layers 0.75–0.95, the bad scanner OCR
# layer 0.3–0.45, letter-swapped pages about 0.55–0.7.
GARBLED = 0.72
# Misspelt lower-case words (implausible trigrams: "irdhnarhe", "föredrggnnngslnsagn") at least
# this many and this share of the words: a page can score well on its known words and still have
# broken headings.  Capitalised words are left out: names ("Laxå", "Grahn") fail trigrams too.
MISSPELT_MIN = 3
MISSPELT_SHARE = 0.03
# A page is in another language when that language's common words (`patterns/languages.yml`)
# number at least this many and more than twice Swedish's.
FOREIGN_MIN = 5
# Lost ligatures: at least this many words, and this share of the words, repair to known words
# with a ligature put back.  One such word can be a typo; three in a page of prose is a font.
LIGATURE_MIN = 3
LIGATURE_SHARE = 0.015
# A word of this many letters or fewer is not judged by its trigrams: names like "Ek" and "Bo"
# are too short to tell anything.
SHORT = 3
# How much an unknown but plausible word counts towards the score.  A roster page is mostly
# names, which no word list has; a lower-case unknown word in prose is more likely an error.
PLAUSIBLE_NAME = 0.75
PLAUSIBLE_WORD = 0.5

# What a lost ligature glyph may have been, commonest first (a tie in repair goes to the first).
LIGATURES = {"t": ("ti", "tt", "tf"), "f": ("fi", "ft", "fl", "ff", "fj")}
LETTERS = "a-zåäöéüæøA-ZÅÄÖÉÜÆØ"
WORD = re.compile(rf"^[{LETTERS}]+(?:-[{LETTERS}]+)*$")
EDGE_PUNCTUATION = ".,;:!?()[]{}\"'«»”“’‘-–—/§*•…_"


@cache
def lexicon() -> frozenset[str]:
    """Known Swedish words, lower case: the shipped frequency list and the protocol words."""
    words: set[str] = set()
    for name in ("swedish_words.txt", "protocol_words.txt"):
        text = resources.files("pipeline.patterns").joinpath(name).read_text("utf-8")
        words.update(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return frozenset(words)


@cache
def trigrams() -> frozenset[str]:
    """Character trigrams of the known words, with "^" and "$" marking the word's ends."""
    return frozenset(t for w in lexicon() for t in _trigrams(w))


def _trigrams(word: str) -> Iterable[str]:
    padded = f"^{word}$"
    return (padded[i : i + 3] for i in range(len(padded) - 2))


@cache
def is_known(word: str) -> bool:
    """A listed word, or a compound of two ("sammanträdes|plats", "protokoll|justerare"),
    the first part optionally with the linking "s"; the second part may be a compound itself."""
    word = word.casefold()
    lex = lexicon()
    if word in lex:
        return True
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if (head in lex or (head.endswith("s") and head[:-1] in lex)) and (tail in lex or is_known(tail)):
            return True
    return False


def ligature_repair(word: str) -> str | None:
    """The known word `word` becomes when one lost ligature is put back, else None:
    "Sammanträdestd" -> "Sammanträdestid", "fnns" -> "finns", "Ersätare" -> "Ersättare"."""
    for i, ch in enumerate(word):
        for lig in LIGATURES.get(ch.lower(), ()):
            candidate = word[:i] + (lig if ch.islower() else lig.capitalize()) + word[i + 1 :]
            if is_known(candidate):
                return candidate
    return None


def known_letters(text: str) -> float:
    """Letters of `text` in known words; a listed word counts a little more than a compound
    of two, so "underskrifter" wins over "underskrifler" (under|skrifler)."""
    total = 0.0
    for token in text.split():
        token = token.strip(EDGE_PUNCTUATION)
        if len(token) > 1 and token.isalpha() and is_known(token):
            total += len(token) * (1.0 if token.casefold() in lexicon() else 0.9)
    return total


def is_plausible(word: str) -> bool:
    """Unknown, but spelt with the letter sequences Swedish words use (most names are)."""
    grams = trigrams()
    return all(t in grams for t in _trigrams(word.casefold()))


@lru_cache(maxsize=1 << 16)  # a page repeats its words; a document, its pages' words
def classify(token: str) -> str:
    """One of "known", "ligature", "plausible", "garbled" for a word of letters."""
    if is_known(token):
        return "known"
    # A short capitalised word is a name more likely than a lost ligature ("Rif" is not "Riff").
    if not (token[0].isupper() and len(token) <= 4) and ligature_repair(token):
        return "ligature"
    if len(token) <= SHORT or is_plausible(token):
        return "plausible"
    return "garbled"


def tokens(text: str) -> tuple[list[str], int]:
    """The words of `text` (hyphenated words split) and the count of junk tokens: letters mixed
    with symbols ("ml?i", "l'lats") that no text layer of a good page has.  Numbers, single
    letters and bare punctuation are neither."""
    words: list[str] = []
    junk = 0
    for chunk in text.split():
        found = _chunk_words(chunk)
        if found is None:
            junk += 1
        elif found:
            words.extend(found)
    return words, junk


@lru_cache(maxsize=1 << 16)  # a page repeats its words; a document, its pages' words
def _chunk_words(chunk: str) -> tuple[str, ...] | None:
    """The words of one whitespace-free chunk of text (`tokens`), None for a junk token."""
    chunk = chunk.strip(EDGE_PUNCTUATION)
    if not chunk:
        return ()
    if WORD.match(chunk):  # letters (no digit among them) and hyphens
        if "-" in chunk:
            return tuple(part for part in chunk.split("-") if len(part) > 1)
        return (chunk,) if len(chunk) > 1 else ()
    if not any(c.isdigit() for c in chunk) and any(c.isalpha() for c in chunk):
        return None
    return ()


@cache
def _common_words() -> dict[str, frozenset[str]]:
    """Each language's common words (patterns/languages.yml)."""
    return {code: frozenset(ws) for code, ws in load("languages").items()}


def language(words: Sequence[str]) -> str:
    """ "sv", or the code of the language whose common words clearly outnumber Swedish's."""
    folded = [w.casefold() for w in words]
    counts = {code: sum(1 for w in folded if w in ws) for code, ws in _common_words().items()}
    other = max((c for c in counts if c != "sv"), key=lambda c: counts[c])
    return other if counts[other] >= FOREIGN_MIN and counts[other] > 2 * counts.get("sv", 0) else "sv"


def page_quality(lines: Sequence[Line], *, image_cover: float | None = None) -> QualityScore:
    """Judge a page's text: trust it (no flags), or say why not.

    `image_cover` is the share of the page under images, when the caller knows it: a sparse
    page is only a scan with a stamp when an image covers it.
    """
    words, junk = tokens(" ".join(line.text for line in lines))
    if not words and not junk:
        return QualityScore(score=0.0, reason="no text layer", flags=("no text",))
    kinds = [classify(w) for w in words]
    known = kinds.count("known")
    ligatures = kinds.count("ligature")
    plausible = sum(
        PLAUSIBLE_NAME if w[0].isupper() else PLAUSIBLE_WORD
        for w, kind in zip(words, kinds, strict=True)
        if kind == "plausible"
    )
    judged = len(words) + junk
    score = round((known + plausible) / judged, 3)
    share = round(known / len(words), 3) if words else 0.0
    flags: list[str] = []
    reasons: list[str] = []
    if len(words) < MIN_WORDS and image_cover is not None and image_cover >= IMAGE_PAGE:
        flags.append("sparse text on an image")
        reasons.append(f"{len(words)} words on a page {image_cover:.0%} covered by an image")
        score = round(score * len(words) / MIN_WORDS, 3)
    misspelt = sum(1 for w, kind in zip(words, kinds, strict=True) if kind == "garbled" and w.islower())
    if (score < GARBLED and len(words) + junk >= 5) or (
        misspelt >= MISSPELT_MIN and misspelt / len(words) >= MISSPELT_SHARE
    ):
        flags.append("garbled")
        reasons.append(
            f"{share:.0%} of {len(words)} words are known Swedish words, {misspelt} misspelt, {junk} junk tokens"
        )
    if ligatures >= LIGATURE_MIN and ligatures / len(words) >= LIGATURE_SHARE:
        flags.append("lost ligatures")
        reasons.append(f"{ligatures} words known once a lost ligature is restored")
    lang = language(words)
    if lang != "sv" and "sparse text on an image" not in flags:
        reason = f"not Swedish ({lang}): the Swedish word list cannot judge it"
        return QualityScore(score=score, reason=reason)
    reason = "; ".join(reasons) or f"ok: {share:.0%} of {len(words)} words are known Swedish words"
    return QualityScore(score=score, reason=reason, flags=tuple(flags))


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def patch_lines(lines: Sequence[Line], ocr_lines: Sequence[Line]) -> tuple[list[Line], int]:
    """The text layer's lines, each replaced by OCR's reading of the same place where that
    reads more known words and the line has a word that is not known.

    Line by line rather than page by page: OCR misreads what the text layer has right ("3 §"
    comes out "38"), while the text layer has broken words OCR reads right.  A line keeps
    its position, font and bold; only its text changes.  Returns the lines and how many of
    them OCR replaced.
    """
    out: list[Line] = []
    replaced = 0
    for line in lines:
        if None in (line.x0, line.x1, line.top, line.bottom) or all(
            w.casefold() in lexicon()
            for w in tokens(line.text)[0]  # compounds are not sure enough
        ):
            out.append(line)
            continue
        width = line.x1 - line.x0  # type: ignore[operator]
        middle = (line.top + line.bottom) / 2  # type: ignore[operator]
        same = [  # OCR lines on the same baseline: each one's middle inside the other's box
            o
            for o in ocr_lines
            if o.top is not None
            and o.bottom is not None
            and o.x0 is not None
            and o.x1 is not None
            and line.top <= (o.top + o.bottom) / 2 <= line.bottom  # type: ignore[operator]
            and o.top <= middle <= o.bottom
            and _overlap(line.x0, line.x1, o.x0, o.x1) >= 0.5 * max(min(width, o.x1 - o.x0), 1)  # type: ignore[arg-type]
        ]
        reading = " ".join(o.text for o in sorted(same, key=lambda o: o.x0 or 0))
        if reading and known_letters(reading) > known_letters(line.text):
            out.append(replace(line, text=reading))
            replaced += 1
        else:
            out.append(line)
    return out, replaced


def agreement(lines: Sequence[Line], other: Sequence[Line]) -> float:
    """Words two readings of a page share (as multisets, case folded), as a share of the
    longer reading's words: 1.0 when they read the same words, low when either reads words
    the other lacks (a stamp on a scan shares its two words with the scan's OCR, and no more).

    OCR that reads what the text layer says confirms it, whatever language it is in."""
    mine = Counter(w.casefold() for w in tokens(" ".join(ln.text for ln in lines))[0])
    theirs = Counter(w.casefold() for w in tokens(" ".join(ln.text for ln in other))[0])
    total = max(sum(mine.values()), sum(theirs.values()))
    return sum((mine & theirs).values()) / total if total else 0.0
