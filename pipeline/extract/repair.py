"""Mend text layers whose font's character map is broken, from the glyphs themselves.

Some born-digital PDFs (made with iText, for one) embed font subsets whose ToUnicode map
is wrong for a few glyphs: a ligature glyph maps to its first letter ("ti" -> "t", giving
"Sammanträdestd"), and the glyphs after it in the map are shifted by a letter ("Benlutande
irdhnarhe" for "Beslutande ordinarie"), even a space comes out as "n".  The glyphs are still
told apart by their *advance width*: two glyphs that claim the same letter with different
widths cannot both be that letter, and a glyph whose width is not the width that letter has
in the same font on the document's other pages is not that letter.  So per page and font,
each (letter, width) pair that is contested either way is a suspect, and each is given the reading
— itself, another letter, a space, or a ligature — under which the most text on the page
becomes known Swedish words (`quality.is_known`), one suspect at a time until nothing
improves.  A reading is only changed when it makes more letters known than it breaks.

Words in, words out, like pdfplumber's `extract_words(..., return_chars=True)`; the widths
each letter has over the whole document are gathered first:

    widths = GlyphWidths(); widths.add(page.chars)   # for every page
    mended = repair_words(words, widths)   # None when no font on the page looks broken
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .quality import LIGATURES, known_letters

# Advance widths (thousandths of the font size) closer than this are one glyph: rounding in
# the PDF's widths array and in pdfminer's arithmetic moves them a unit or two.
SAME_WIDTH = 4
# A ligature glyph is clearly wider than its first letter alone ("ti" is ~1.8 times "t").
LIGATURE_WIDTH = 1.4
# A letter read as another must have that letter's width within this share, when the font
# shows that letter elsewhere: it keeps "n" from becoming any letter that happens to fit.
WIDTH_TOLERANCE = 0.08
MAX_PASSES = 4
LOWER = "abcdefghijklmnopqrstuvwxyzåäöé"
CID = re.compile(r"^\(cid:\d+\)$")

# A letter's usual width in a font is trusted when seen this often, this share of the time.
USUAL_MIN = 5
USUAL_SHARE = 0.6
# Glyphs the map has no text for ("(cid:25)") are evidence of a broken map only in number: at
# least UNMAPPED_MIN of them, and UNMAPPED_SHARE of the page's glyphs.  One stray glyph (a
# letter the font lacks, "ś" in a name) is left as it is, not re-read as whatever letter or
# space makes a known word of its neighbours ("Le niak").
UNMAPPED_MIN = 3
UNMAPPED_SHARE = 0.005
# Likewise a glyph claiming a letter that has a usual width elsewhere: when the letter comes at
# other widths at most STRAY_GLYPHS times in the document, those are the suspects, and the
# glyphs at its usual width are that letter ("h" is not re-read as "n" for one stray glyph
# mapped to "h").  More often, the map itself may be shifted, and every claimant is suspect.
STRAY_GLYPHS = 4
# Widths are evidence only in a font whose letters have widths of their own: of its letters seen
# MEASURED_MIN times in the document, at least MEASURED_SHARE with a usual width.  An OCR text
# layer's invisible font (Tesseract's GlyphLessFont) is stretched to each word's box, so no
# letter has one, and "re-reading" it by widths garbles good words ("och" -> "ocg").
MEASURED_MIN = 20
MEASURED_SHARE = 0.5
SLIM = ("text", "fontname", "size", "adv", "x0", "x1")  # what repair needs of a pdfplumber char

Key = tuple[str, str, int]  # font, the text the map claims, advance width
LIGATURE_TEXTS = {lig for ligs in LIGATURES.values() for lig in ligs}


def _key(char: dict) -> Key | None:
    size = float(char.get("size") or 0)
    if not size or char.get("adv") is None:
        return None
    return str(char.get("fontname")), str(char["text"]), round(float(char["adv"]) / size * 1000)


def base_font(name: str) -> str:
    """ "BAAAAA+Calibri-Bold" -> "Calibri-Bold": subsets of one font share its glyph widths."""
    return name.split("+", 1)[-1]


class GlyphWidths:
    """How wide each letter usually is in each font over a document (thousandths of the size)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
        self._usual: dict[tuple[str, str], int | None] = {}
        self._measured: dict[str, bool] = {}

    def add(self, chars: Iterable[dict]) -> None:
        self.add_counts(Counter(key for key in map(_key, chars) if key))

    def add_counts(self, keys: Counter[Key]) -> None:
        """Count glyphs already keyed (font, text, width) with how often each occurs."""
        self._usual.clear()
        self._measured.clear()
        for (font, text, width), n in keys.items():
            if len(text) == 1 and (text.isalpha() or text == " "):
                self.counts[base_font(font), text][width] += n

    def usual(self, font: str, text: str) -> int | None:
        """The letter's width in the font when one width clearly dominates, else None."""
        key = (font, text)  # remembered as asked: the subset prefix is dropped once a font and letter
        if key not in self._usual:
            self._usual[key] = self._dominant((base_font(font), text))
        return self._usual[key]

    def rivals(self, font: str, text: str) -> int:
        """How often the letter comes in the document at other widths than its usual one."""
        usual = self.usual(font, text)
        counts = self.counts.get((base_font(font), text))
        if usual is None or not counts:
            return 0
        return sum(n for w, n in counts.items() if abs(w - usual) > SAME_WIDTH)

    def measured(self, font: str) -> bool:
        """Whether the font's widths tell its glyphs apart (`MEASURED_SHARE`); a font with too
        few letters to tell is given the benefit of the doubt."""
        if font not in self._measured:
            base = base_font(font)
            seen = [key for key, counts in self.counts.items() if key[0] == base and key[1] != " "]
            often = [key for key in seen if sum(self.counts[key].values()) >= MEASURED_MIN]
            with_usual = sum(1 for key in often if self._dominant(key) is not None)
            self._measured[font] = not often or with_usual >= MEASURED_SHARE * len(often)
        return self._measured[font]

    def _dominant(self, key: tuple[str, str]) -> int | None:
        counts = self.counts.get(key)
        if not counts:
            return None
        width, n = counts.most_common(1)[0]
        total = sum(counts.values())
        return width if n >= USUAL_MIN and n >= USUAL_SHARE * total else None


def suspects(keys: Iterable[Key], widths: GlyphWidths | None = None) -> set[Key]:
    """Glyphs whose claimed letter is also claimed by a glyph of another width in the same
    font, or whose width is not that letter's usual width; glyphs the map has no text for
    ("(cid:25)"); and glyphs it gives two letters that are no ligature ("öm" in "fömr").
    A glyph at its letter's usual width in the document is that letter, whatever other glyph
    claims it too: a stray glyph mapped to "h" is the suspect, not every "h" on the page.  A
    font whose widths tell nothing (`GlyphWidths.measured`: an OCR layer's) has no suspects by
    width."""
    claims: dict[tuple[str, str], set[int]] = defaultdict(set)
    out: set[Key] = set()
    for key in keys:
        font, text, width = key
        if (text[:5] == "(cid:" and CID.match(text)) or (
            len(text) == 2 and text.isalpha() and text.lower() not in LIGATURE_TEXTS
        ):
            out.add(key)
        elif len(text) == 1 and text.isalpha() and (widths is None or widths.measured(font)):
            claims[font, text].add(width)
            usual = widths.usual(font, text) if widths else None
            if usual is not None and abs(usual - width) > SAME_WIDTH:
                out.add(key)
    for (font, text), ws in claims.items():
        ordered = sorted(ws)
        if ordered[-1] - ordered[0] > SAME_WIDTH:
            usual = widths.usual(font, text) if widths else None
            if usual is not None and widths is not None and widths.rivals(font, text) > STRAY_GLYPHS:
                usual = None  # the letter's other widths are too many to be strays
            out.update((font, text, w) for w in ws if usual is None or abs(usual - w) > SAME_WIDTH)
    return out


def _unmapped(text: str) -> bool:
    return text[:5] == "(cid:" and CID.match(text) is not None


def slim(words: list[dict]) -> list[dict]:
    """Words with only the char fields repair reads: a long document's chars kept for a
    second pass stay small."""
    return [{**w, "chars": [{k: c.get(k) for k in SLIM} for c in w.get("chars", ())]} for w in words]


def _fits(ref: int | None, width: int) -> bool:
    return ref is None or abs(ref - width) <= max(WIDTH_TOLERANCE * ref, SAME_WIDTH)


def _candidates(
    key: Key, reference: dict[tuple[str, str], int], narrowest: dict[tuple[str, str], int], ligatures_only: bool = False
) -> list[str]:
    font, text, width = key
    if CID.match(text):
        return [text] if ligatures_only else [text, *LOWER, " "]
    if len(text) > 1:  # two letters for one glyph: one of them is the glyph's
        return [text] if ligatures_only else [text, *dict.fromkeys(text)]
    options = [text]
    for lig in LIGATURES.get(text.lower(), ()):
        if width >= LIGATURE_WIDTH * narrowest[font, text]:
            options.append(lig if text.islower() else lig.capitalize())
    if ligatures_only:
        return options
    letters = LOWER if text.islower() else LOWER.upper()
    options.extend(c for c in letters if c != text and _fits(reference.get((font, c)), width))
    if text.islower() and _fits(reference.get((font, " ")), width):
        options.append(" ")
    return options


def repair_words(words: list[dict], widths: GlyphWidths | None = None) -> list[dict] | None:
    """The page's words with suspect glyphs re-read, or None when no glyph is suspect or no
    re-reading makes more of the page known words.  Each word needs its `chars`; `widths`,
    gathered over the whole document, finds suspects no other glyph on the page contests."""
    spelled: list[list[tuple[str, Key | None]]] = []
    for word in words:
        spelled.append([(c["text"], _key(c)) for c in word.get("chars", ())])
    all_keys = [k for w in spelled for _, k in w if k is not None]
    suspect = suspects(set(all_keys), widths)
    unmapped = sum(1 for k in all_keys if _unmapped(k[1]))
    if unmapped and unmapped < max(UNMAPPED_MIN, UNMAPPED_SHARE * len(all_keys)):
        suspect = {k for k in suspect if not _unmapped(k[1])}  # a stray glyph, no broken map
    if not suspect:
        return None
    # A letter's width: its usual width in the document, else from a glyph on the page no
    # other width contests.  The yardstick for re-readings; the narrowest glyph claiming a
    # letter is the yardstick for ligatures.
    reference = {(font, text): width for font, text, width in sorted(set(all_keys) - suspect)}
    narrowest: dict[tuple[str, str], int] = {}
    for font, text, width in all_keys:
        narrowest[font, text] = min(width, narrowest.get((font, text), width))
    if widths is not None:
        for font in {k[0] for k in all_keys}:
            for letter in (*LOWER, *LOWER.upper(), " "):
                usual = widths.usual(font, letter)
                if usual is not None:
                    reference[font, letter] = usual
                    if (font, letter) in narrowest:
                        narrowest[font, letter] = min(narrowest[font, letter], usual)
    reading: dict[Key, str] = {k: k[1] for k in suspect}
    where: dict[Key, list[int]] = defaultdict(list)
    for i, w in enumerate(spelled):
        for k in {k for _, k in w if k in suspect}:
            where[k].append(i)

    def text_of(i: int) -> str:
        return "".join(reading.get(k, t) if k is not None else t for t, k in spelled[i])

    # The most used glyph first; ties in a fixed order (the glyph's font, text and width), never
    # the set's, which hashing makes differ from one process to the next: each re-reading is
    # judged with the ones before it, so the order decides the outcome.
    order = sorted(suspect, key=lambda k: (-len(where[k]), k))
    changed = False
    # Ligatures first: a lost "ti" is the commonest fault and the easiest to prove, and with it
    # mended the letters shifted after it in the map have whole words to be judged by.
    for ligatures_only in (True, *[False] * MAX_PASSES):
        improved = False
        for key in order:
            current = reading[key]
            base = sum(known_letters(text_of(i)) for i in where[key])
            best, best_gain = current, 0.0
            for option in _candidates(key, reference, narrowest, ligatures_only):
                if option == current:
                    continue
                reading[key] = option
                gain = sum(known_letters(text_of(i)) for i in where[key]) - base
                if gain > best_gain:
                    best, best_gain = option, gain
            reading[key] = best
            if best != current:
                improved = changed = True
        if not improved and not ligatures_only:
            break
    if not changed or all(reading[k] == k[1] for k in suspect):
        return None
    out: list[dict] = []
    for word, letters in zip(words, spelled, strict=True):
        if not any(k in suspect and reading[k] != k[1] for _, k in letters):
            out.append(word)
            continue
        out.extend(_rebuild(word, [reading.get(k, t) if k is not None else t for t, k in letters]))
    return out


def _rebuild(word: dict, texts: list[str]) -> list[dict]:
    """The word with its chars' new texts; a char now read as a space splits it in two."""
    chars = word["chars"]
    pieces: list[list[int]] = [[]]
    for i, text in enumerate(texts):
        if text == " ":
            pieces.append([])
        else:
            pieces[-1].append(i)
    out = []
    for piece in pieces:
        if not piece:
            continue
        first, last = chars[piece[0]], chars[piece[-1]]
        out.append(
            {
                **{k: v for k, v in word.items() if k != "chars"},
                "text": "".join(texts[i] for i in piece),
                "x0": first["x0"],
                "x1": last["x1"],
                "chars": [chars[i] for i in piece],
            }
        )
    return [w for w in out if w["text"]]
