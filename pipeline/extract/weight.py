"""How heavy a font face is, and which faces of a document are bold.

A face's weight (OpenType's weight class: 400 regular, 700 bold) comes from, in this order:

* its name's style part, read with the vocabulary `patterns/font_weights.yml`: weight words
  ("Calibri-Semibold", "ArialMT-Black", "Garamond-Demi"), foundry abbreviations ("-75Bd") and
  two-digit weights ("FrutigerLT-65");
* else its font descriptor: a FontWeight entry or the weight PDFium reads off the stem width
  (`stem_weight`), counted only from 600 up, and the ForceBold flag.  A subset named
  "DAAAAA+NotoSerif" or "F2" tells nothing; its descriptor may;
* else 400.

Text drawn filled and stroked with a line (render mode 2, `synthetic`) is the bold a word
processor makes when a font has no bold face: 300 heavier than its face.

Bold is relative: a face is bold at 600 or more, and only when it is heavier than the body
face, the weight most of the document's characters are set in (`bold_from`).  A document set
wholly in "Roboto-Medium", or wholly stroked, is not all bold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..patterns import load

REGULAR = 400
BOLD = 600  # the least weight that is bold (semibold counts)
SYNTHETIC_EXTRA = 300  # fill and stroke: a regular face printed as bold
# A stroke thinner than this share of the font size adds no visible weight.
SYNTHETIC_MIN_STROKE_EM = 0.01
FORCE_BOLD = 1 << 18  # font descriptor flag 19
FILL_STROKE_MODES = frozenset({2, 6})  # text render modes that fill and stroke (6: and clip)

_VOCABULARY = load("font_weights")
WORDS: dict[str, int] = _VOCABULARY["words"]
ABBREVIATIONS: dict[str, int] = _VOCABULARY["abbreviations"]
NUMERIC: dict[int, int] = {int(k): v for k, v in _VOCABULARY["numeric"].items()}


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


SUBSET_PREFIX = r"^[A-Z]{6}\+"
# The style part: after the family and its first separator ("Arial,Bold", "Frutiger-Bold-Italic").
STYLE_SEPARATOR = r"[-,_ ]"
WORD = re.compile(rf"(?i:{_alternation(WORDS)})")
WORD_START = r"(?:^|(?<=[\d\-,_ ])|(?<=[a-z]))"
ABBREVIATION = re.compile(rf"{WORD_START}(?:{_alternation(ABBREVIATIONS)})(?![a-z])")
TWO_DIGITS = re.compile(r"(?:^|(?<=[-,_ ]))(\d)\d(?!\d)")


def _style(fontname: str) -> tuple[str, bool]:
    """The name's style part, and whether a separator set it off from the family."""
    name = re.sub(SUBSET_PREFIX, "", fontname)
    parts = re.split(STYLE_SEPARATOR, name, maxsplit=1)
    return (parts[1], True) if len(parts) == 2 else (name, False)


@lru_cache(maxsize=4096)
def name_weight(fontname: str) -> int | None:
    """The weight the font's name states, or None when it states none.

    >>> name_weight("ABCDEF+Calibri-Semibold"), name_weight("Arial,Bold"), name_weight("TimesNewRomanPSMT")
    (600, 700, 400)
    >>> name_weight("HelveticaNeueLTStd-75Bd"), name_weight("FrutigerLT-65"), name_weight("DAAAAA+NotoSerif")
    (700, 600, None)
    """
    style, separated = _style(fontname)
    word = WORD.search(style)
    if word:
        return WORDS[word.group().lower()]
    if not separated:
        return None
    abbreviation = ABBREVIATION.search(style)
    if abbreviation:
        return ABBREVIATIONS[abbreviation.group()]
    digits = TWO_DIGITS.search(style)
    return NUMERIC.get(int(digits.group(1))) if digits else None


def stem_weight(stem_v: float) -> int:
    """The weight PDFium reads off a descriptor's StemV when it has no FontWeight (its
    `CPDF_Font::GetFontWeight`)."""
    stem = int(stem_v)
    return stem * 5 if stem < 140 else stem * 4 + 140


def descriptor_weight(weight: int, flags: int) -> int | None:
    """What a font descriptor says: heavy (its FontWeight or stem weight `weight` from BOLD up,
    or the ForceBold flag), or nothing (a lighter stem width is every producer's guess)."""
    if weight >= BOLD:
        return weight
    return 700 if flags & FORCE_BOLD else None


def face_weight(fontname: str, weight: int = 0, flags: int = 0) -> int:
    """The face's weight: its name's, else its descriptor's (`weight`, `flags`), else REGULAR."""
    named = name_weight(fontname)
    if named is not None:
        return named
    described = descriptor_weight(weight, flags)
    return REGULAR if described is None else described


def synthetic(render_mode: int, line_width: float, size: float) -> bool:
    """Text filled and stroked with a visible line: a word processor's bold."""
    return render_mode in FILL_STROKE_MODES and line_width >= SYNTHETIC_MIN_STROKE_EM * size > 0


def bold_from(characters: Counter[int]) -> int:
    """The least weight that is bold in a document whose characters by weight are `characters`:
    BOLD, or just over the body's weight when the body is that heavy itself."""
    if not characters:
        return BOLD
    body = max(characters.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return max(BOLD, body + 1)


def word_weights(pages: Iterable[Iterable[dict]]) -> Counter[int]:
    """Characters by weight over the words of a document's pages (each word's "weight")."""
    counts: dict[int, int] = {}
    for words in pages:
        for w in words:
            k = w.get("weight", REGULAR)
            counts[k] = counts.get(k, 0) + len(w["text"])
    return Counter(counts)
