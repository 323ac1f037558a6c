"""One document, extracted (through the cache) and parsed: the unit of work every executor runs
(`build` in this process or in budgeted children, `update`, a cluster)."""

from __future__ import annotations

from pathlib import Path

from .extract import DEFAULT_ENGINE, extract_cached
from .parse import parse
from .records import ExtractedDocument, ParsedDocument


def read_document(
    path: Path, cache_dir: Path | None, ocr: bool = True, engine: str = DEFAULT_ENGINE
) -> tuple[ExtractedDocument, ParsedDocument]:
    """Extract (through the cache in `cache_dir`, with the PDF `engine`) and parse the file at `path`."""
    extracted = extract_cached(path, cache_dir, engine, ocr=ocr)
    return extracted, parse(extracted)
