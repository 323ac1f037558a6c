"""How fast extraction is: pages per second from text layers, and from OCR.

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_extract            # raw/ and ../shared/corpus/real
    .venv/bin/python -m benchmarks.bench_extract a.pdf b.pdf

Text-layer pages: every page of born-digital files, with OCR off (pdfplumber, the quality
check and the font-map repair).  OCR pages: the image-only scans, uncached, one tesseract
process per core as `extract` runs them, then the same again from the page cache.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from pipeline.extract import (
    extract,
    ocr,
)

ROOT = Path(__file__).resolve().parents[1]

REAL = ROOT.parent / "shared" / "corpus" / "real"


def timed(paths: list[Path], **kwargs: object) -> tuple[int, float, list[str]]:
    pages, sources = 0, []
    start = time.perf_counter()
    for path in paths:
        doc = extract(path, **kwargs)  # type: ignore[arg-type]
        pages += len(doc.pages)
        sources += [p.source for p in doc.pages]
    return pages, time.perf_counter() - start, sources


def report(label: str, pages: int, seconds: float) -> None:
    rate = pages / seconds if seconds else float("inf")
    print(f"{label:<44} {pages:>4} pages {seconds:>7.1f} s {rate:>7.2f} pages/s {seconds / max(pages, 1):>6.2f} s/page")


def main(args: list[str]) -> None:
    if args:
        born_digital = scans = [Path(a) for a in args]
    else:
        born_digital = sorted((ROOT / "raw").glob("*.pdf")) + [
            p
            for p in sorted(REAL.glob("*.pdf"))
            if "-scan" not in p.name and "-ocr" not in p.name and "-badocr" not in p.name
        ]
        scans = sorted(REAL.glob("*-scan.pdf"))
    print(f"{os.cpu_count()} cores; {ocr.engine_version() if ocr.available() else 'no tesseract'}")
    pages, seconds, _ = timed(born_digital, ocr=False)
    report(f"text layer ({len(born_digital)} files, OCR off)", pages, seconds)
    if not scans or not ocr.available():
        print("OCR: skipped (no scans found, or tesseract is not installed)")
        return
    with tempfile.TemporaryDirectory() as cache:
        pages, seconds, sources = timed(scans, cache_dir=Path(cache))
        report(f"OCR ({len(scans)} files, {sources.count('ocr')} pages OCR'd)", pages, seconds)
        pages, seconds, _ = timed(scans, cache_dir=Path(cache))
        report("OCR again, from the page cache", pages, seconds)


if __name__ == "__main__":
    main(sys.argv[1:])
