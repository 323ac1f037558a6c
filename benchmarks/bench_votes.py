"""How right the decision record is on the project's generated protocols (tests/votes).

A script, not a test (tests/test_votes_fixtures.py asserts the thresholds on the documents that
print every form; this reports the figures on many more):

    .venv/bin/python -m benchmarks.bench_votes
    .venv/bin/python -m benchmarks.bench_votes --documents 96 --workers 2 --verbose

Generates ``--documents`` protocols with their gold into a temporary directory, extracts them
without OCR in ``--workers`` processes through the extraction cache (``--cache``, default
processed/cache), parses each and prints one markdown table: F1 of the per-member votes, of the
vote events (item and counts), of the motions (with kind and outcome), reservations, jäv and
protocol notes; the share of the parser's votes that pass its count self-check; and, to show
that the record is never read as something else, the zoo scorer's participants, items and
decisions F1 on the same documents.  ``--verbose`` lists the documents with a miss on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from pipeline.parse import parse, to_json
from tests.votes.make import DOCUMENTS, build_fixtures
from tests.votes.score import score_doc, summary
from tests.zoo.score import score_doc as zoo_score
from tests.zoo.score import summary as zoo_summary

from .bench_accuracy import extract_all, note

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = (
    ("votes", "votes F1 (per member)"),
    ("vote_events", "vote events F1"),
    ("self_check", "self-check passed"),
    ("proposals", "motions F1"),
    ("reservations", "reservations F1"),
    ("conflicts", "jäv F1"),
    ("notes", "notes F1"),
    ("participants", "participants F1"),
    ("items", "items F1"),
    ("decisions", "decisions F1"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=3 * DOCUMENTS, help="documents to generate (default 48)")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (default 2)")
    parser.add_argument("--cache", type=Path, default=ROOT / "processed" / "cache", help="extraction cache")
    parser.add_argument("--verbose", action="store_true", help="list the documents with a miss on stderr")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        start = time.perf_counter()
        stems = build_fixtures(out, args.documents)
        note(f"{len(stems)} documents generated in {time.perf_counter() - start:.1f} s")
        paths = [out / "pdfs" / f"{s}.pdf" for s in stems]
        docs = extract_all(paths, args.cache, args.workers)
        pairs, zoo = [], []
        for stem, doc in zip(stems, docs, strict=True):
            gold = json.loads((out / "gold" / f"{stem}.json").read_text("utf-8"))
            pred = json.loads(json.dumps(to_json(parse(doc)))) if doc is not None else {}
            pairs.append((gold, pred))
            zoo.append(zoo_score(gold, pred))
            if args.verbose:
                misses = {k: (v.tp, v.fp, v.fn) for k, v in score_doc(gold, pred).items() if v.fp or v.fn}
                if misses:
                    note(f"  {stem}: {misses}")
    figures = {**zoo_summary(zoo), **summary(pairs)}
    votes = sum(len(e["votes"]) for g, _ in pairs for e in g["vote_events"])
    events = sum(len(g["vote_events"]) for g, _ in pairs)
    print(f"{len(pairs)} documents, {events} vote events, {votes} member votes in the gold")
    print("| " + " | ".join(label for _, label in COLUMNS) + " |")
    print("|" + "---:|" * len(COLUMNS))
    print("| " + " | ".join(f"{figures[key]:.3f}" for key, _ in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
