"""What the text toolkit (pipeline/parse/text.py) costs per page.

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_text                 # the bundled samples in raw/
    .venv/bin/python -m benchmarks.bench_text a.pdf b.pdf
    .venv/bin/python -m benchmarks.bench_text --compare-lookups   # also time spaCy's own loader

It prints the one-time costs (importing spaCy, the blank Swedish pipeline, the lemma table, the
verb vocabulary and matcher), then, over the item text of each document (its whole text when it
has no items), the milliseconds per page of

- `split_sentences` on each item's text, and `sentences_of_lines` on its lines; and, for
  comparison, the whole spaCy pipeline on the same text (tokeniser, the same sentence rules,
  table lemmas), which is what splitting would cost if it tokenised;
- `decision_verb` on every sentence, as shipped: a set look-up pre-filter, then spaCy's
  tokenizer, the table lemmas and the `Matcher` on candidate sentences only;
- the same without the pre-filter (spaCy on every sentence), to show what the pre-filter saves.

Extraction is not timed.  The parse as a whole should stay within about 10 ms a page.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REPEAT = 7  # timed runs after the first; the best is printed (the machine may be shared)


def once(label: str, fn: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<52} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def best_ms(fn: Callable[[], object]) -> tuple[float, float]:
    """(first run, with cold caches; best of the next REPEAT runs), in milliseconds."""
    times = []
    for _ in range(REPEAT + 1):
        start = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - start))
    return times[0], min(times[1:])


def main(args: list[str]) -> None:
    compare = "--compare-lookups" in args
    paths = [Path(a) for a in args if not a.startswith("--")] or sorted((ROOT / "raw").glob("*.pdf"))

    print("one-time costs (once per process)")
    once("import spacy", lambda: __import__("spacy"))
    from pipeline.parse import text

    once("nlp(): spacy.blank('sv') + the two components", text.nlp)
    table = once("lemma_table(): gunzip the packaged table", text.lemma_table)
    print(f"  {'  forms in the table':<52} {len(table):8d}")  # type: ignore[arg-type]
    once("verb vocabulary (forms of the decision verbs)", text._vocabulary)
    once("Matcher on LEMMA", text._matcher)
    if compare:
        from spacy.lookups import load_lookups

        once("for comparison: spacy.lookups.load_lookups('sv')", lambda: load_lookups("sv", ["lemma_lookup"]))

    from pipeline.extract import extract
    from pipeline.parse.segment import find_items

    blocks: list[list] = []  # the item lines of every document
    pages = chars = 0
    for path in paths:
        doc = extract(path, ocr=False)
        pages += len(doc.pages)
        items = [list(item.lines) for item in find_items(doc.lines)]
        blocks += items or [list(doc.lines)]
    texts = ["\n".join(ln.text for ln in lines) for lines in blocks]
    chars = sum(map(len, texts))
    sentences = [s for t in texts for s in text.split_sentences(t)]
    candidates = [s for s in sentences if text.is_candidate(s)]
    decided = [s for s in candidates if text.decision_verb(s)]
    print(
        f"\n{len(paths)} documents, {pages} pages, {len(texts)} items, {chars} characters "
        f"({chars / max(pages, 1):.0f} a page), {len(sentences)} sentences, {len(candidates)} candidates, "
        f"{len(decided)} with a decision verb"
    )

    def split() -> None:
        for t in texts:
            text.split_sentences(t)

    def split_lines() -> None:
        for lines in blocks:
            text.sentences_of_lines(lines)

    def split_spacy() -> None:
        for t in texts:
            list(text.nlp()(t).sents)

    def verbs() -> None:
        for s in sentences:
            text.decision_verb(s)

    def verbs_unfiltered() -> None:
        matcher = text._matcher()
        for s in sentences:
            matcher(text.set_lemmas(text.nlp().make_doc(s)))

    print(f"\n{'ms per page':<44} {'first run':>10} {'best':>8} {'ms/1000 chars':>14}")
    total = 0.0
    for label, fn, counted in [
        ("split_sentences (item text)", split, True),
        ("sentences_of_lines (item lines)", split_lines, False),
        ("nlp()(text).sents (same rules, tokenised)", split_spacy, False),
        ("decision_verb (pre-filter + Matcher)", verbs, True),
        ("decision_verb without the pre-filter", verbs_unfiltered, False),
    ]:
        first, best = best_ms(fn)
        print(f"{label:<44} {first / pages:10.2f} {best / pages:8.2f} {1000 * best / chars:14.2f}")
        total += best / pages if counted else 0.0
    print(f"{'toolkit as shipped (split + decision_verb)':<44} {'':>10} {total:8.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
