"""Choosing each page's text: the text layer, the text layer with its font map repaired, or OCR,
whichever `quality.page_quality` trusts most."""

from __future__ import annotations

import logging
import multiprocessing
from pathlib import Path

from ..records import Line, QualityScore, TextSource
from . import ocr as ocr_module
from .engines import RawPage
from .quality import agreement, page_quality, patch_lines

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- choosing the text
# OCR replaces a text layer only when it scores this much better: the text layer's lines know
# their fonts and bold, and exact positions, so a tie goes to it.
OCR_MARGIN = 0.03
# ... and never when OCR reads the same words as the text layer (this share of them): the text
# layer is then right, only in words the Swedish list lacks (another language, names, codes).
# A garbled page shares less: the 6 broken words of 93 on a garbled cover page make 0.87.
OCR_AGREES = 0.95
# A text layer scoring below this is not patched line by line but replaced: a scanner's bad OCR
# layer (0.4) has wrong line boxes too, and its few "known" fragments are not worth keeping.
PATCH_FLOOR = 0.55
# OCR alone must beat the patched text layer by this much: it misreads what the score cannot see
# ("42 §" as "428", so the item is lost) and it loses bold and fonts.
PATCH_MARGIN = 0.06
_ocr_warned = False


def warn_without_ocr() -> bool:
    """Whether OCR can run; when it cannot, say so in one warning per process.  `build` asks
    once before its worker processes start, which then stay quiet about it."""
    global _ocr_warned
    try:
        ocr_module.engine_version()
    except ocr_module.OcrUnavailable as e:
        if not _ocr_warned and multiprocessing.parent_process() is None:
            log.warning("OCR skipped: %s; scanned and garbled pages keep their text layer", e)
        _ocr_warned = True
        return False
    return True


def _with_text(
    raw: RawPage,
    source: TextSource,
    lines: list[Line],
    q: QualityScore,
    note: str | None = None,
    confidence: float | None = None,
) -> RawPage:
    return raw._replace(
        lines=lines,
        repaired=None,
        source=source,
        quality=q.score,
        ocr_confidence=confidence,
        note=note if note is not None else (q.reason if q.flags else None),
    )


def choose_text(
    path: Path, raw_pages: list[RawPage], *, ocr: bool = True, cache_dir: Path | None = None
) -> tuple[list[RawPage], str | None]:
    """For each PDF page keep the best of its text layer, the repaired text layer and OCR, by
    `page_quality`; OCR runs only on pages whose best text so far is not trusted.

    Returns the pages and the OCR engine used ("tesseract 5.3.0 swe"), if any page was OCR'd.
    Without Tesseract, OCR is skipped with one warning and the reason is noted on each page.
    """
    chosen: list[RawPage] = []
    doubtful: dict[int, QualityScore] = {}
    for raw in raw_pages:
        q = page_quality(raw.lines, image_cover=raw.image_cover)
        page = _with_text(raw, "text", raw.lines, q)
        if raw.repaired is not None:
            q_repaired = page_quality(raw.repaired, image_cover=raw.image_cover)
            if q_repaired.score > q.score:
                q = q_repaired
                page = _with_text(raw, "repaired", raw.repaired, q)
        if not q.trusted:
            doubtful[raw.number] = q
        chosen.append(page)
    for i, page in enumerate(chosen):
        if page.number in doubtful and (refused := ocr_module.too_large_to_render(page.width, page.height)):
            # Its pixels alone would take gigabytes: it keeps its text layer, and says why.
            del doubtful[page.number]
            chosen[i] = page._replace(note=f"{page.note}; {refused}" if page.note else refused)
    if not doubtful:
        return chosen, None
    if not ocr:
        return [
            p._replace(note=f"{p.note}; OCR is off (--no-ocr)") if p.number in doubtful else p for p in chosen
        ], None
    try:
        results = ocr_module.ocr_pages(path, sorted(doubtful), cache_dir=cache_dir)
    except ocr_module.OcrUnavailable as e:
        warn_without_ocr()  # once per process, not once per page or document
        return [p._replace(note=f"{p.note}; OCR skipped: {e}") if p.number in doubtful else p for p in chosen], None
    engine = None
    for i, page in enumerate(chosen):
        result = results.get(page.number)
        if result is None or page.number not in doubtful:
            continue
        engine = result.engine
        chosen[i] = _best_of(page, doubtful[page.number], list(result.lines), result.confidence)
    return chosen, engine


def _best_of(page: RawPage, q: QualityScore, ocr_lines: list[Line], confidence: float | None) -> RawPage:
    """The page with the best of its text layer, that layer with its broken lines read by
    OCR ("patched", see `quality.patch_lines`) and OCR alone."""
    q_ocr = page_quality(ocr_lines)
    if not page.lines:
        return _with_text(page, "ocr", ocr_lines, q_ocr, f"OCR: {q_ocr.reason}; no text layer", confidence)
    agrees = agreement(page.lines, ocr_lines)
    if agrees >= OCR_AGREES:
        return page._replace(note=f"{page.note}; OCR agrees with {agrees:.0%} of its words")
    own = q.score + OCR_MARGIN
    if "sparse text on an image" not in q.flags and q.score >= PATCH_FLOOR:
        patched, n = patch_lines(page.lines, ocr_lines)
        q_patched = page_quality(patched, image_cover=page.image_cover)
        if n and q_patched.score > q.score and q_patched.score + PATCH_MARGIN >= q_ocr.score:
            note = f"{n} of {len(patched)} lines read by OCR; the {page.source} layer scored {q.score:.2f}"
            return _with_text(page, "patched", patched, q_patched, note, confidence)
    if q_ocr.score > own:
        return _with_text(
            page,
            "ocr",
            ocr_lines,
            q_ocr,
            f"OCR: {q_ocr.reason}; the {page.source} layer scored {q.score:.2f}",
            confidence,
        )
    return page._replace(note=f"{page.note}; OCR scored no better ({q_ocr.score:.2f})")
