"""OCR of PDF pages with Tesseract's Swedish model: page images in, positioned `Line`s out.

Pages are rendered with pypdfium2 (a pdfplumber dependency) at `DPI` and read by the
`tesseract` command (Debian: tesseract-ocr, tesseract-ocr-swe; `scripts/install-system-deps.sh`).
Its TSV output gives every word a box, so OCR'd lines carry positions in PDF points like the
text layer's and the later stages read both alike.

Results are cached per page under `cache_dir`, keyed by the rendered image's sha256 with the
DPI, language and engine version: a re-run, or the same page in another file, is never
OCR'd twice.

Pages of one document are OCR'd by a small pool of threads, each running one `tesseract`
process pinned to one thread (OMP_THREAD_LIMIT=1: Tesseract's own threading gains little and
fights the other processes).  Inside `protokoll build`'s worker processes, which already keep
every core busy with one document each, pages are OCR'd one at a time instead.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import multiprocessing
import os
import shutil
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from ..records import Line

log = logging.getLogger(__name__)

DPI = 300  # Tesseract's models are trained on ~300 dpi text; lower loses diacritics (å/ä)
# The largest page rendered for OCR: A0 (841 × 1189 mm) at DPI, about 140 million pixels.  A
# larger page (a 555-byte PDF can declare one the size of a field) is not rendered: its pixels
# alone would take gigabytes.
MAX_RENDER_POINTS = 2384 * 3370
LANG = "swe"
PSM = 3  # fully automatic page segmentation: protocols mix columns, tables and prose
TIMEOUT = 300  # seconds for one page; a page that takes longer is skipped, not waited for
MIN_CONFIDENCE = 30  # words Tesseract is less sure of than this (0-100) are mostly speckle
_POINTS = 72 / DPI


class OcrUnavailable(Exception):
    """Tesseract or its Swedish model is missing; the message says how to install them."""


@dataclass(frozen=True)
class OcrPage:
    """One page's OCR: its lines (PDF points) and Tesseract's mean word confidence (0..1)."""

    lines: tuple[Line, ...]
    confidence: float | None
    engine: str  # e.g. "tesseract 5.3.0 swe"


@cache
def engine_version() -> str:
    """ "tesseract 5.3.0 swe"; raises `OcrUnavailable` naming what to install."""
    exe = shutil.which("tesseract")
    if not exe:
        raise OcrUnavailable("tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-swe)")
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30, check=True)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrUnavailable(f"tesseract does not run ({e})") from e
    if LANG not in langs.stdout.split():
        raise OcrUnavailable(f"Tesseract's '{LANG}' model is not installed (Debian: apt-get install tesseract-ocr-swe)")
    version = (out.stdout or out.stderr).split()[1] if (out.stdout or out.stderr).split()[1:] else "?"
    return f"tesseract {version} {LANG}"


def available() -> bool:
    """Whether Tesseract with its Swedish model can run here."""
    try:
        engine_version()
    except OcrUnavailable:
        return False
    return True


def too_large_to_render(width: float | None, height: float | None) -> str | None:
    """Why a page of this size (PDF points) is not rendered for OCR, or None when it may be.

    >>> too_large_to_render(595, 842) is None, too_large_to_render(14_400, 14_400)
    (True, 'not rendered for OCR: 14400 × 14400 pt, larger than A0')
    """
    if width is None or height is None or width * height <= MAX_RENDER_POINTS:
        return None
    return f"not rendered for OCR: {width:.0f} × {height:.0f} pt, larger than A0"


def render(
    path: Path, numbers: Sequence[int], cache_dir: Path | None = None, dpi: int = DPI
) -> tuple[dict[int, OcrPage], dict[int, tuple[bytes, str]]]:
    """Render pages (1-based) in grayscale, one at a time: the pages already in the cache
    (keyed by the sha256 of their pixels) and, for the others, PNG bytes and that key.

    Only the PNGs of pages to OCR are kept: a 300 dpi page is 9 MB of pixels, 0.3 MB as PNG."""
    import pypdfium2

    cached: dict[int, OcrPage] = {}
    todo: dict[int, tuple[bytes, str]] = {}
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for number in numbers:
            page = pdf[number - 1]
            width, height = page.get_size()
            if refused := too_large_to_render(width, height):
                log.warning("%s: page %d: %s", path, number, refused)
                page.close()
                continue
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            digest = hashlib.sha256(image.tobytes()).hexdigest()
            hit = _load(_cache_file(cache_dir, digest), number) if cache_dir else None
            if hit is not None:
                cached[number] = hit
                continue
            buf = io.BytesIO()
            image.save(buf, "PNG", compress_level=1)  # a pipe to tesseract: speed over size
            todo[number] = (buf.getvalue(), digest)
    finally:
        pdf.close()
    return cached, todo


def ocr_image(png: bytes, page: int) -> OcrPage:
    """OCR one rendered page image; its lines are numbered `page`."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", LANG, "--dpi", str(DPI), "--psm", str(PSM), "tsv"],
        input=png,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"tesseract failed: {result.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return parse_tsv(result.stdout.decode("utf-8", "replace"), page, engine_version())


def parse_tsv(tsv: str, page: int, engine: str = "tesseract") -> OcrPage:
    """Tesseract's TSV (one row per word with its pixel box) -> lines in PDF points.

    Words are grouped by Tesseract's own (block, paragraph, line) and split again where a gap
    wider than twice the line height separates them (table cells), as the text layer is.
    """
    rows = tsv.splitlines()
    groups: dict[tuple[str, str, str], list[dict]] = {}
    confidences: list[float] = []
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        conf = float(cols[10])
        if not text or conf < 0:
            continue
        if conf < MIN_CONFIDENCE and not any(c.isalnum() for c in text):
            continue  # a smudge or a table rule read as "|" or "—"
        left, top, width, height = (int(c) for c in cols[6:10])
        confidences.append(conf)
        word = {
            "text": text,
            "x0": left * _POINTS,
            "top": top * _POINTS,
            "x1": (left + width) * _POINTS,
            "bottom": (top + height) * _POINTS,
        }
        groups.setdefault((cols[2], cols[3], cols[4]), []).append(word)
    lines: list[Line] = []
    for words in groups.values():
        words.sort(key=lambda w: w["x0"])
        height = max(w["bottom"] - w["top"] for w in words)
        run = [words[0]]
        for w in words[1:]:
            if w["x0"] - run[-1]["x1"] > 2.0 * max(height, 6):
                lines.append(_line(run, page))
                run = []
            run.append(w)
        lines.append(_line(run, page))
    confidence = round(sum(confidences) / len(confidences) / 100, 3) if confidences else None
    return OcrPage(lines=tuple(reading_order(lines)), confidence=confidence, engine=engine)


def _line(words: list[dict], page: int) -> Line:
    top = min(w["top"] for w in words)
    bottom = max(w["bottom"] for w in words)
    return Line(
        text=" ".join(w["text"] for w in words),
        page=page,
        x0=round(min(w["x0"] for w in words), 2),
        top=round(top, 2),
        x1=round(max(w["x1"] for w in words), 2),
        bottom=round(bottom, 2),
        font="OCR",
        size=round(bottom - top, 2),  # a line's box spans about its font size, cap to descender
    )


def reading_order(lines: list[Line]) -> list[Line]:
    """Top to bottom, and left to right within a row: lines whose vertical middles are within
    half a line height of each other share a row (a table's label and value cells)."""
    ordered = sorted(lines, key=lambda ln: ((ln.top or 0) + (ln.bottom or 0)) / 2)
    rows: list[list[Line]] = []
    for ln in ordered:
        middle = ((ln.top or 0) + (ln.bottom or 0)) / 2
        if rows:
            last = rows[-1][0]
            if abs(middle - ((last.top or 0) + (last.bottom or 0)) / 2) <= 0.5 * ((last.bottom or 0) - (last.top or 0)):
                rows[-1].append(ln)
                continue
        rows.append([ln])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.x0 or 0)]


def _cache_file(cache_dir: Path, digest: str) -> Path:
    key = hashlib.sha256(f"{digest} {DPI} {PSM} {MIN_CONFIDENCE} {engine_version()}".encode()).hexdigest()
    return cache_dir / key[:2] / f"{key}.json"


def _load(file: Path, page: int) -> OcrPage | None:
    try:
        data = json.loads(file.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    lines = tuple(Line(**{**ln, "page": page}) for ln in data["lines"])
    return OcrPage(lines=lines, confidence=data["confidence"], engine=data["engine"])


def _store(file: Path, result: OcrPage) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    data = {"lines": [asdict(ln) for ln in result.lines], "confidence": result.confidence, "engine": result.engine}
    tmp = file.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tmp.replace(file)  # atomic: parallel builds may OCR the same page; either copy is whole


def workers() -> int:
    """Parallel tesseract processes for one document: every core, except inside a worker
    process of `build`, whose sibling workers already keep the other cores busy."""
    if multiprocessing.parent_process() is not None:
        return 1
    return os.cpu_count() or 1


def ocr_pages(path: Path, numbers: Sequence[int], cache_dir: Path | None = None) -> dict[int, OcrPage]:
    """OCR pages `numbers` (1-based) of the PDF at `path`, through the cache when given.

    Raises `OcrUnavailable` when Tesseract or its Swedish model is missing.  A page whose OCR
    fails is left out of the result and logged.
    """
    engine_version()  # fail early, once, before rendering anything
    if not numbers:
        return {}
    try:
        results, images = render(path, numbers, cache_dir)
    except Exception as e:  # pdfium may refuse a file pdfplumber read; the text layer stands
        log.warning("%s: pages could not be rendered for OCR (%s)", path, e)
        return {}
    todo = list(images)

    def run(number: int) -> tuple[int, OcrPage | None]:
        try:
            return number, ocr_image(images[number][0], number)
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            log.warning("%s: page %d: OCR failed (%s)", path, number, e)
            return number, None

    with ThreadPoolExecutor(max_workers=max(1, min(workers(), len(todo) or 1))) as pool:
        for number, result in pool.map(run, todo):
            if result is None:
                continue
            results[number] = result
            if cache_dir:
                _store(_cache_file(cache_dir, images[number][1]), result)
    return results
