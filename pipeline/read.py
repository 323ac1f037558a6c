"""One document, extracted (through the cache) and parsed: the unit of work every executor runs
(`build` in this process or in budgeted children, `update`, a cluster)."""

from __future__ import annotations

from pathlib import Path

from .extract import extract_cached
from .parse import parse
from .records import ExtractedDocument, ParsedDocument


def read_document(path: Path, cache_dir: Path | None, ocr: bool = True) -> tuple[ExtractedDocument, ParsedDocument]:
    """Extract (through the cache in `cache_dir`) and parse the file at `path`."""
    extracted = extract_cached(path, cache_dir, ocr=ocr)
    return extracted, parse(extracted)
