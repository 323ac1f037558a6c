"""The parser's output for zoo documents: extract (no OCR) and parse, in worker processes."""

from __future__ import annotations

import json
from multiprocessing import Pool
from pathlib import Path


def predict(path: str | Path, cache_dir: str | Path | None = None) -> dict:
    """``protokoll parse FILE --json`` for one file, as a dict."""
    from pipeline.extract import extract, extract_cached
    from pipeline.parse import parse, to_json

    path = Path(path)
    doc = extract_cached(path, Path(cache_dir), ocr=False) if cache_dir else extract(path, ocr=False)
    return to_json(parse(doc), real_pages=doc.has_real_pages)


def _one(args: tuple[str, str | None]) -> tuple[str, dict | None, str | None]:
    path, cache = args
    try:
        return path, predict(path, cache), None
    except Exception as e:
        return path, None, f"{type(e).__name__}: {e}"


def predict_all(paths: list[Path], workers: int = 2, cache_dir: Path | None = None) -> dict[str, dict | None]:
    """Predictions by file stem; None where the parser failed."""
    jobs = [(str(p), str(cache_dir) if cache_dir else None) for p in paths]
    if workers <= 1:
        results = [_one(j) for j in jobs]
    else:
        with Pool(workers) as pool:
            results = pool.map(_one, jobs, chunksize=2)
    return {Path(p).stem: pred for p, pred, _ in results}


def load_gold(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))}
