"""One document, extracted and parsed, each through its cache: the unit of work every executor
runs (`build` in this process or in budgeted children, `update`, a Dask cluster).

The extraction is cached by file, engine and extractor version (`extract.extraction_key`); the
parse by that key and `PARSER_VERSION` (`<cache>/parsed/`), so a parser change re-parses from
the cached pages and never opens a PDF, and `protokoll parse` and `text` share `build`'s caches
(a scanned PDF is OCR'd once).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

import pipeline

from .extract import DEFAULT_ENGINE, cached_extraction, extract, write_atomically
from .parse import parse
from .records import ExtractedDocument, ParsedDocument, dumps, loads

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reading:
    """A document read, and which of its two steps the caches answered."""

    extracted: ExtractedDocument
    parsed: ParsedDocument
    extracted_from_cache: bool = False
    parsed_from_cache: bool = False


def read_document(path: Path, cache_dir: Path | None, ocr: bool = True, engine: str = DEFAULT_ENGINE) -> Reading:
    """Extract (with the PDF `engine`) and parse the file at `path`, through the caches in `cache_dir`."""
    if cache_dir is None:
        extracted = extract(Path(path), engine, ocr=ocr)
        return Reading(extracted, parse(extracted))
    extracted, key, extracted_from_cache = cached_extraction(path, cache_dir, engine, ocr=ocr)
    parsed, parsed_from_cache = parse_cached(extracted, key, cache_dir)
    return Reading(extracted, parsed, extracted_from_cache, parsed_from_cache)


def parse_cached(extracted: ExtractedDocument, key: str, cache_dir: Path) -> tuple[ParsedDocument, bool]:
    """`parse`, kept in `cache_dir`/parsed under the extraction's `key` and `PARSER_VERSION`:
    (the parsed document, whether the cache answered)."""
    cached = cache_dir / "parsed" / f"{key}.p{pipeline.PARSER_VERSION}.json"
    if cached.exists():
        parsed = loads(ParsedDocument, cached.read_bytes())
        return replace(parsed, path=extracted.path), True  # the same bytes may lie at another path
    parsed = parse(extracted)
    try:
        write_atomically(cached, dumps(parsed))
    except OSError as e:  # a full disk, say: the document was parsed all the same
        log.warning("%s: parse not cached in %s (%s)", extracted.path, cache_dir, e.strerror or e)
    return parsed, False


# A tiny protocol (invented people) that exercises what reading a document loads on first use.
_WARM_UP = """Protokoll
Kommunstyrelsen
Sammanträdesdatum 2024-05-13
Beslutande
Anna Ek (S), ordförande
Kim Berg (M), ledamot, Kumla kommun
Övriga närvarande
Lo Strand, sekreterare
§ 1 Val av justerare
Beslut
Till justerare utsågs Kim Berg.
§ 2 Budget 2025
Dnr KS 2024/12
Kommunstyrelsen beslutar att bevilja 1,5 mnkr till folkhälsoarbetet och att godkänna avtalet.
Lo Strand föredrog ärendet. Ärendet lades till handlingarna.
Yrkanden
Anna Ek (S) yrkar bifall till förslaget.
§ 3 Val av ersättare
Kommunstyrelsen valde Per Holm till ersättare efter Kim Berg, som avgått."""


def warm() -> None:
    """Load what reading a document loads on first use (spaCy's pipeline, the lemma table, the
    word lists the quality check reads, the vocabularies): done once in the forkserver that
    `budget.Runner`'s children come from, each child starts with them loaded (about a second
    a document otherwise)."""
    from .extract.quality import page_quality
    from .parse.text import decision_verbs
    from .records import Line, Page

    lines = tuple(Line(text=t, page=1) for t in _WARM_UP.splitlines())
    page_quality(lines)
    decision_verbs("Rådet beslöt att ge kansliet i uppdrag.")  # the lemma table and the verb Matcher
    parse(
        ExtractedDocument(
            doc_id="warm-up", path="warm-up.txt", source="text", pages=(Page(number=1, lines=lines),), engine="text"
        )
    )
