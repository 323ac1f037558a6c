"""How right the parser is: per-field scores on four sets of documents, and parse time per page.

A script, not a test (accuracy is reported here; tests/test_zoo.py asserts the thresholds):

    .venv/bin/python -m benchmarks.bench_accuracy
    .venv/bin/python -m benchmarks.bench_accuracy --rows dev,zoo-seen --workers 2
    .venv/bin/python -m benchmarks.bench_accuracy --engine pdfplumber   # the other PDF engine

Rows:
  seed         ../shared/seeds/00[0-4]_*.txt against ../shared/gold (the seeds that have gold)
  dev          ../shared/corpus/dev/pdfs against ../shared/corpus/dev/gold
  zoo-seen     the layout zoo's seen variants (tests/zoo, generated into a temporary directory)
  zoo-heldout  the zoo's held-out variants (only this aggregate is to be read)

Each row's documents are extracted without OCR in ``--workers`` processes, through the
extraction cache (``--cache``, default processed/cache, the cache `protokoll build` uses), so a
rerun does no PDF work.  Then, in this process on one core, ``parse()`` runs on every
extracted document -- that, and only that, is timed for "parse ms/page" (after one untimed
warm-up parse) -- and the JSON is written to a temporary directory and scored with
../shared/tools/score.py (``--json``); without ../shared the zoo rows are scored by
tests/zoo/score.py (same definitions).  Rows whose inputs are absent are skipped, with a
note on stderr.  Prints one markdown table on stdout (``--seen-variants`` adds, on stderr, a
breakdown of the seen zoo variants; the held-out part is only ever reported as a whole).
A seed text has no form feeds, so each counts as one page.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

from pipeline.extract import DEFAULT_ENGINE, ENGINES, extract_cached
from pipeline.parse import parse, to_json

ROOT = Path(__file__).resolve().parents[1]

SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
ROWS = ("seed", "dev", "zoo-seen", "zoo-heldout")
LABELS = {"seed": "seed gold", "dev": "dev set", "zoo-seen": "zoo seen", "zoo-heldout": "zoo held-out"}
COLUMNS = (
    ("participants", "participants F1"),
    ("org", "org acc"),
    ("items", "items F1"),
    ("decisions", "decisions F1"),
    ("amounts", "amounts F1"),
    ("kind", "kind acc"),
    ("date", "date acc"),
    ("body", "body acc"),
    ("agreements", "agreements F1"),
)
# score.py's report keys for our columns
REPORT_KEYS = {
    "participants": ("participants", "f1"),
    "org": ("participant_org_acc", "acc"),
    "items": ("items", "f1"),
    "decisions": ("decisions", "f1"),
    "amounts": ("amounts", "f1"),
    "kind": ("kind_acc", "acc"),
    "date": ("date_acc", "acc"),
    "body": ("body_acc", "acc"),
    "agreements": ("agreements", "f1"),
}


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _extract(job: tuple[str, str, str]):
    path, cache, engine = job
    try:
        return extract_cached(Path(path), Path(cache), engine, ocr=False), None
    except Exception as e:
        return None, f"{Path(path).name}: {type(e).__name__}: {e}"


def extract_all(paths: list[Path], cache: Path, workers: int, engine: str = DEFAULT_ENGINE) -> list:
    jobs = [(str(p), str(cache), engine) for p in paths]
    if workers <= 1:
        results = [_extract(j) for j in jobs]
    else:
        with Pool(workers) as pool:
            results = pool.map(_extract, jobs, chunksize=1)
    for _, err in results:
        if err:
            note(f"  extraction failed: {err}")
    return [doc for doc, _ in results]


def predict(
    paths: list[Path], pred_dir: Path, cache: Path, workers: int, engine: str = DEFAULT_ENGINE
) -> tuple[int, float]:
    """Write <stem>.json for every input; returns (pages, seconds spent in parse())."""
    docs = extract_all(paths, cache, workers, engine)
    ready = [(p, d) for p, d in zip(paths, docs, strict=True) if d is not None]
    if ready:
        parse(ready[0][1])  # warm-up: patterns, spaCy pipeline
    pages, seconds = 0, 0.0
    for path, doc in ready:
        start = time.perf_counter()
        try:
            parsed = parse(doc)
        except Exception as e:
            note(f"  parse failed: {path.name}: {type(e).__name__}: {e}")
            continue
        seconds += time.perf_counter() - start
        pages += max(len(doc.pages), 1)
        data = to_json(parsed, real_pages=doc.has_real_pages)
        (pred_dir / f"{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return pages, seconds


def score_with_score_py(gold_dir: Path, pred_dir: Path, report: Path) -> dict[str, float]:
    subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_dir), str(pred_dir), "--json", str(report), "--quiet"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    summary = json.loads(report.read_text("utf-8"))["summary"]
    return {col: summary[key][field] for col, (key, field) in REPORT_KEYS.items()}


def score_with_zoo_scorer(gold_dir: Path, pred_dir: Path) -> dict[str, float]:
    from tests.zoo.score import score_doc, summary

    scores = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        pred_path = pred_dir / gold_path.name
        pred = json.loads(pred_path.read_text("utf-8")) if pred_path.exists() else None
        scores.append(score_doc(json.loads(gold_path.read_text("utf-8")), pred))
    return summary(scores)


def inputs(row: str, zoo: Path | None) -> tuple[list[Path], Path] | str:
    """(files, gold dir) of a row, or why it is skipped."""
    if row == "seed":
        gold = SHARED / "gold"
        files = [p for p in sorted((SHARED / "seeds").glob("00[0-4]_*.txt")) if (gold / f"{p.stem}.json").exists()]
        return (files, gold) if files else f"{SHARED / 'seeds'} or {gold} not found"
    if row == "dev":
        dev = SHARED / "corpus" / "dev"
        files = sorted((dev / "pdfs").glob("*.pdf"))
        return (files, dev / "gold") if files and (dev / "gold").is_dir() else f"{dev} not found"
    assert zoo is not None
    part = zoo / ("seen" if row == "zoo-seen" else "heldout")
    return sorted((part / "pdfs").glob("*.pdf")), part / "gold"


def per_variant(gold_dir: Path, pred_dir: Path) -> dict[str, dict[str, float]]:
    """Seen zoo variants one by one (tests/zoo/score.py; the held-out part is never broken down)."""
    from tests.zoo.score import score_doc, summary

    by: dict[str, list] = {}
    for gold_path in sorted(gold_dir.glob("*.json")):
        pred_path = pred_dir / gold_path.name
        pred = json.loads(pred_path.read_text("utf-8")) if pred_path.exists() else None
        by.setdefault(gold_path.stem.rsplit("_", 1)[0], []).append(
            score_doc(json.loads(gold_path.read_text("utf-8")), pred)
        )
    return {name: summary(scores) for name, scores in by.items()}


def run_row(
    row: str, zoo: Path | None, cache: Path, workers: int, variants: bool = False, engine: str = DEFAULT_ENGINE
) -> dict | None:
    found = inputs(row, zoo)
    if isinstance(found, str):
        note(f"{LABELS[row]}: skipped ({found})")
        return None
    files, gold_dir = found
    note(f"{LABELS[row]}: {len(files)} documents")
    with tempfile.TemporaryDirectory(prefix=f"bench-{row}-") as tmp:
        pred_dir = Path(tmp) / "pred"
        pred_dir.mkdir()
        pages, seconds = predict(files, pred_dir, cache, workers, engine)
        if SCORE_PY.exists():
            scores = score_with_score_py(gold_dir, pred_dir, Path(tmp) / "report.json")
        else:
            scores = score_with_zoo_scorer(gold_dir, pred_dir)
        breakdown = per_variant(gold_dir, pred_dir) if variants and row == "zoo-seen" else None
    return {
        **scores,
        "docs": len(files),
        "pages": pages,
        "ms_per_page": 1000 * seconds / max(pages, 1),
        "variants": breakdown,
    }


def table(results: dict[str, dict]) -> str:
    head = ["set", "docs", "pages", *(label for _, label in COLUMNS), "parse ms/page"]
    align = ["---"] + ["---:"] * (len(head) - 1)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    for row, r in results.items():
        cells = [
            LABELS[row],
            str(r["docs"]),
            str(r["pages"]),
            *(f"{r[key]:.3f}" for key, _ in COLUMNS),
            f"{r['ms_per_page']:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", default=",".join(ROWS), help=f"comma-separated, from {', '.join(ROWS)}")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (default 2)")
    parser.add_argument(
        "--cache",
        type=Path,
        default=ROOT / "processed" / "cache",
        help="extraction cache directory (default processed/cache)",
    )
    parser.add_argument("--engine", choices=sorted(ENGINES), default=DEFAULT_ENGINE, help="PDF engine")
    parser.add_argument(
        "--seen-variants",
        action="store_true",
        help="also print, on stderr, participants/items/decisions F1 per SEEN zoo variant",
    )
    args = parser.parse_args(argv)
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    unknown = set(rows) - set(ROWS)
    if unknown:
        parser.error(f"unknown rows: {', '.join(sorted(unknown))}")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-zoo-") as zoo_tmp:
        zoo = None
        if any(r.startswith("zoo") for r in rows):
            from tests.zoo.make import build_zoo

            zoo = Path(zoo_tmp)
            build_zoo(zoo)
        for row in rows:
            r = run_row(row, zoo, args.cache, args.workers, args.seen_variants, args.engine)
            if r is not None:
                results[row] = r
    scorer = "../shared/tools/score.py" if SCORE_PY.exists() else "tests/zoo/score.py"
    note(f"scored with {scorer}; parse time on one core, after extraction (a seed text without form feeds is one page)")
    breakdown = results.get("zoo-seen", {}).get("variants")
    if breakdown:
        note("\n| seen variant | participants F1 | items F1 | decisions F1 |\n|---|---:|---:|---:|")
        for name, s in breakdown.items():
            note(f"| {name} | {s['participants']:.3f} | {s['items']:.3f} | {s['decisions']:.3f} |")
        note("")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
