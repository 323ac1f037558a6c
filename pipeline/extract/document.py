"""`extract` and its cache: a file -> an `ExtractedDocument` of cleaned pages."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

import pipeline

from ..records import ExtractedDocument, dumps, loads
from .choose import choose_text
from .engines import DEFAULT_ENGINE, ENGINES, engine_version, text_pages
from .files import check_file, path_text, sha256_file
from .furniture import clean_pages
from .ocr import available

log = logging.getLogger(__name__)


def extract(
    path: Path,
    engine: str = DEFAULT_ENGINE,
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
        raw_pages, ocr_engine = choose_text(
            path, ENGINES[engine](path, pages), ocr=ocr, cache_dir=cache_dir / "ocr" if cache_dir else None
        )
        source: Literal["pdf", "text"] = "pdf"
        engine_name = engine_version(engine)
        if ocr_engine:
            engine_name += f" + {ocr_engine}"
    else:
        raw_pages = text_pages(path)
        source, engine_name = "text", "text"
    return ExtractedDocument(
        doc_id=doc_id, path=path_text(path), source=source, pages=clean_pages(raw_pages), engine=engine_name
    )


# --------------------------------------------------------------------------- cache
def _to_json(doc: ExtractedDocument) -> bytes:
    return dumps(doc)


def _from_json(text: bytes) -> ExtractedDocument:
    return loads(ExtractedDocument, text)


def extraction_key(path: Path, doc_id: str, engine: str = DEFAULT_ENGINE, *, ocr: bool = True) -> str:
    """What an extraction is cached under: the file's sha256, `EXTRACTOR_VERSION`, the engine and
    whether OCR ran ("<sha>.x8.pdfium", "<sha>.x8.pdfium.no-ocr").  Without Tesseract the text
    is what OCR off gives, and keyed so: installing it later redoes the documents that need it."""
    with_ocr = ocr and (path.suffix.lower() != ".pdf" or available())
    return f"{doc_id}.x{pipeline.EXTRACTOR_VERSION}.{engine}{'' if with_ocr else '.no-ocr'}"


def cached_extraction(
    path: Path, cache_dir: Path, engine: str = DEFAULT_ENGINE, *, ocr: bool = True
) -> tuple[ExtractedDocument, str, bool]:
    """`extract` through the cache in `cache_dir`/extracted: (document, its key, whether it came
    from the cache).  OCR'd pages are cached apart, per page (`cache_dir`/ocr)."""
    path = Path(path)
    check_file(path)
    doc_id = sha256_file(path)
    key = extraction_key(path, doc_id, engine, ocr=ocr)
    cached = cache_dir / "extracted" / f"{key}.json"
    if cached.exists():
        doc = _from_json(cached.read_bytes())
        return replace(doc, path=path_text(path)), key, True
    doc = extract(path, engine, doc_id, ocr=ocr, cache_dir=cache_dir)
    try:
        write_atomically(cached, _to_json(doc))
    except OSError as e:  # a full disk, say: the document was read all the same
        log.warning("%s: extraction not cached in %s (%s)", path, cache_dir, e.strerror or e)
    return doc, key, False


def extract_cached(
    path: Path, cache_dir: Path | None, engine: str = DEFAULT_ENGINE, *, ocr: bool = True
) -> ExtractedDocument:
    """`extract`, with the result kept in `cache_dir` (`extraction_key`), so re-running a build
    on unchanged files does no PDF work at all."""
    if cache_dir is None:
        return extract(Path(path), engine, ocr=ocr)
    return cached_extraction(path, cache_dir, engine, ocr=ocr)[0]


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write `text` (bytes as they are, a string in UTF-8) to `path` so that a killed run never
    leaves half a file."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # parallel builds may write the same file

    def write() -> None:
        if isinstance(text, bytes):
            tmp.write_bytes(text)
        else:
            tmp.write_text(text, "utf-8")

    try:
        try:
            write()
        except FileNotFoundError:  # the folder is made when missing, not asked for before every file
            path.parent.mkdir(parents=True, exist_ok=True)
            write()
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
