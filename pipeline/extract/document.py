"""`extract` and its cache: a file -> an `ExtractedDocument` of cleaned pages."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Literal

from .. import PIPELINE_VERSION
from ..records import ExtractedDocument, Line, Page
from .choose import choose_text
from .engines import ENGINES, text_pages
from .files import check_file, path_text, sha256_file
from .furniture import clean_pages
from .ocr import available

log = logging.getLogger(__name__)


def extract(
    path: Path,
    engine: str = "pdfplumber",
    doc_id: str | None = None,
    *,
    ocr: bool = True,
    cache_dir: Path | None = None,
    pages: Sequence[int] | None = None,
) -> ExtractedDocument:
    """Read a PDF, text or Markdown file into pages of cleaned, positioned lines.

    Plain text uses form feeds as page breaks.  PDF pages whose text cannot be trusted are
    repaired or OCR'd (`ocr=False` keeps every text layer as it is); OCR results are cached
    under `cache_dir`/ocr.  `pages` (1-based) reads only those pages of a PDF.  Raises
    `ExtractionError` for bad input.
    """
    path = Path(path)
    check_file(path)
    doc_id = doc_id or sha256_file(path)
    if path.suffix.lower() == ".pdf":
        import pdfplumber

        raw_pages, ocr_engine = choose_text(
            path, ENGINES[engine](path, pages), ocr=ocr, cache_dir=cache_dir / "ocr" if cache_dir else None
        )
        source: Literal["pdf", "text"] = "pdf"
        engine_name = f"{engine} {pdfplumber.__version__}"
        if ocr_engine:
            engine_name += f" + {ocr_engine}"
    else:
        raw_pages = text_pages(path)
        source, engine_name = "text", "text"
    return ExtractedDocument(
        doc_id=doc_id, path=path_text(path), source=source, pages=clean_pages(raw_pages), engine=engine_name
    )


# --------------------------------------------------------------------------- cache
def _to_json(doc: ExtractedDocument) -> str:
    return json.dumps(asdict(doc), ensure_ascii=False)


def _from_json(text: str) -> ExtractedDocument:
    data = json.loads(text)

    def lines(items: Iterable[dict]) -> tuple[Line, ...]:
        return tuple(Line(**ln) for ln in items)

    pages = tuple(
        Page(**{**p, "lines": lines(p["lines"]), "furniture": lines(p["furniture"]), "links": tuple(p["links"])})
        for p in data["pages"]
    )
    return ExtractedDocument(**{**data, "pages": pages})


def extract_cached(
    path: Path, cache_dir: Path | None, engine: str = "pdfplumber", *, ocr: bool = True
) -> ExtractedDocument:
    """`extract`, with the result kept in `cache_dir` keyed by sha256, pipeline version and
    whether OCR was on, so re-running a build on unchanged files does no PDF work at all."""
    path = Path(path)
    check_file(path)
    doc_id = sha256_file(path)
    if cache_dir is None:
        return extract(path, engine, doc_id, ocr=ocr)
    # Without Tesseract the text is what OCR off gives; keyed so, installing it later redoes
    # the documents that need it.
    with_ocr = ocr and (path.suffix.lower() != ".pdf" or available())
    cached = cache_dir / f"{doc_id}.v{PIPELINE_VERSION}.{engine}{'' if with_ocr else '.no-ocr'}.json"
    if cached.exists():
        doc = _from_json(cached.read_text("utf-8"))
        return replace(doc, path=path_text(path))
    doc = extract(path, engine, doc_id, ocr=ocr, cache_dir=cache_dir)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")  # parallel builds may extract the same file
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp.write_text(_to_json(doc), "utf-8")
        tmp.replace(cached)  # atomic: a killed run never leaves half a cache file
    except OSError as e:  # a full disk, say: the document was read all the same
        tmp.unlink(missing_ok=True)
        log.warning("%s: extraction not cached in %s (%s)", path, cache_dir, e.strerror or e)
    return doc
