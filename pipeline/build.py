"""A batch: files and folders -> extracted, parsed and loaded documents.

Documents are extracted and parsed in parallel worker processes; the main process loads
each one in its own transaction.  A file that cannot be read is reported with its path and
reason, recorded in `problems`, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils

import pipeline

from .budget import Budget, Runner
from .cases import derive_cases
from .cluster import DaskRunner
from .extract import DEFAULT_ENGINE, TEXT_SUFFIXES, ExtractionError, path_text, sha256_file, warn_without_ocr
from .memberships import derive_memberships
from .read import Reading, read_document
from .resolve import resolve
from .sources import Settings
from .store import (
    ensure_db_shape,
    handled_items,
    is_disk_full,
    mentions,
    save_cases,
    save_document,
    save_memberships,
    save_people,
    save_problems,
    seat_events,
    seats,
    signed_roles,
)
from .store.lock import Lock, exclusive

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 10_000
# What a run may take after its last document to resolve people and record itself: part of the
# deadline a run promises in the store's lock (past it, the next run stops it and takes over).
FINISH_SECONDS = 900.0
# The defaults of sources.yml's document_seconds and document_memory_mb.
DEFAULT_BUDGET = Budget(seconds=Settings.document_seconds, memory_mb=Settings.document_memory_mb)
SUFFIXES = TEXT_SUFFIXES | {".pdf"}


class DiskFull(Exception):
    """The disk holding the database (or its quota) is full: the batch stopped, and the message
    says what was kept.  Every document is loaded whole or not at all, so nothing is half-written."""


@dataclass
class BuildReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    problems: int = 0
    found: int = 0  # document files this run was given
    extracted: int = 0  # documents whose file was read (a PDF opened, OCR run)
    extracted_from_cache: int = 0  # ... whose pages came from the extraction cache
    parsed: int = 0  # documents parsed
    parsed_from_cache: int = 0  # ... whose records came from the parse cache

    def summary(self) -> str:
        return (
            f"{len(self.loaded)} loaded, {len(self.unchanged)} unchanged, {len(self.failed)} failed"
            + (f", {self.problems} problems recorded" if self.problems else "")
            + f"; extracted {self.extracted}, from cache {self.extracted_from_cache};"
            f" parsed {self.parsed}, from cache {self.parsed_from_cache}"
        )

    def count(self, reading: Reading) -> None:
        if reading.extracted_from_cache:
            self.extracted_from_cache += 1
        else:
            self.extracted += 1
        if reading.parsed_from_cache:
            self.parsed_from_cache += 1
        else:
            self.parsed += 1


def discover(paths: Iterable[Path]) -> list[Path]:
    """Document files among `paths`: files as given, folders searched recursively, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _is_loaded(db: sqlite_utils.Database, doc_id: str, path: Path) -> bool:
    rows = list(db.query("select path, pipeline_version from documents where id = ?", [doc_id]))
    return (
        bool(rows) and rows[0]["pipeline_version"] == pipeline.pipeline_version() and rows[0]["path"] == path_text(path)
    )


def build(
    paths: Path | Iterable[Path],
    db_path: Path,
    *,
    cache_dir: Path | None = None,
    raw_root: Path | None = None,
    workers: int | None = None,
    force: bool = False,
    ocr: bool = True,
    on_progress: Callable[[Path, str], None] | None = None,
    wait: float = 60.0,
    budget: Budget | None = DEFAULT_BUDGET,
    engine: str = DEFAULT_ENGINE,
    scheduler: Any = None,
) -> BuildReport:
    """Load every document under `paths` into the database at `db_path`.

    Unchanged documents (same bytes, path and pipeline version) are skipped without opening
    them; `force` reprocesses everything.  Another `build` or `update` writing the same
    database is waited for up to `wait` seconds, then `Locked` is raised.  Each document is
    read in a child process within `budget` (time and memory); `budget=None` reads them in this
    process, one by one.  `engine` names the PDF engine (`extract.ENGINES`).  With `scheduler` (a
    Dask scheduler's address or a `distributed.Client`) the documents are read on that cluster
    (`cluster.DaskRunner`, each within `budget` there) and loaded here.  Once the documents to
    read are known, the lock records the deadline the build keeps: every document's time budget,
    `workers` at a time, and FINISH_SECONDS.  `paths` may be one folder or file.
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    report = BuildReport()
    with exclusive(db_path, wait=wait) as lock, frozen_heap():  # one writer: another build or update finishes first
        try:
            _build(
                lock,
                report,
                paths,
                db_path,
                cache_dir=cache_dir,
                raw_root=raw_root,
                workers=workers,
                force=force,
                ocr=ocr,
                on_progress=on_progress,
                budget=budget,
                engine=engine,
                scheduler=scheduler,
            )
        except Exception as e:
            if not is_disk_full(e):
                raise
            # Said from what this run knows: nothing more is asked of a database that cannot grow.
            raise DiskFull(disk_full_message(db_path, report)) from None
    return report


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave what the process holds before a batch (spaCy's pipeline, the word lists, the PDF
    engines) out of the garbage collector's full collections while the batch runs
    (`gc.freeze`, as `pipeline.warm` does in the forkserver): a full collection walks every
    object, 60 ms with spaCy loaded, and a batch's allocations set one off; what the batch
    itself makes is collected as before.  Unfrozen afterwards; a process that froze its heap
    itself (the forkserver's children, the Datasette server) is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def disk_full_message(db_path: Path, report: BuildReport) -> str:
    """One line: which database, that the disk is full, what was kept and what to do."""
    left = report.found - len(report.loaded) - len(report.failed) - len(report.unchanged)
    return (
        f"{db_path}: the disk is full; the batch stopped. Kept: every document loaded before, "
        f"{len(report.loaded)} loaded by this run (each one whole), {len(report.unchanged)} unchanged; "
        f"not loaded: {left} (nothing of them was written) — free some space and run build again"
    )


def _build(
    lock: Lock,
    report: BuildReport,
    paths: Iterable[Path],
    db_path: Path,
    *,
    cache_dir: Path | None,
    raw_root: Path | None,
    workers: int | None,
    force: bool,
    ocr: bool,
    on_progress: Callable[[Path, str], None] | None,
    budget: Budget | None,
    engine: str,
    scheduler: Any,
) -> None:
    found = discover(paths)
    report.found = len(found)
    # Closed when the batch ends (its last commit checkpointed into the file then), not whenever
    # the garbage collector gets to it: a reader of the finished file saw it change later.
    with contextlib.closing(sqlite_utils.Database(db_path)) as db:
        db.execute("pragma journal_mode = wal")
        # A commit is written to the WAL but not fsynced; the WAL is at checkpoints.  A killed
        # run still leaves every document whole or absent; a power cut may lose the last ones
        # loaded, which the next build loads again (SQLite's advice for WAL; a commit had
        # cost a wait for the disk and 0.1 ms of CPU a page).
        db.execute("pragma synchronous = normal")
        db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")  # a reader (Datasette) never fails a write
        ensure_db_shape(db)
        todo: list[Path] = []
        for path in found:
            try:
                if not force and path.is_file() and _is_loaded(db, sha256_file(path), path):
                    report.unchanged.append(path_text(path))
                    if on_progress:
                        on_progress(path, "unchanged")
                    continue
            except OSError as e:
                _fail(db, report, path, f"{path}: cannot read ({e.strerror})", on_progress)
                continue
            todo.append(path)

        def loaded(path: Path, reading: Reading) -> None:
            report.count(reading)
            extracted, parsed = reading.extracted, reading.parsed
            with db.conn:
                db.execute("delete from problems where document_id is null and path = ?", [path_text(path)])
            save_document(db, extracted, parsed, raw_root=raw_root)
            report.loaded.append(path_text(path))
            report.problems += len(parsed.problems)
            for problem in parsed.problems:
                log.warning("%s: %s", path, problem.message)
            if on_progress:
                on_progress(path, "loaded")

        def attempt(path: Path, result: Callable[[], Reading]) -> None:
            try:
                loaded(path, result())
            except ExtractionError as e:
                _fail(db, report, path, str(e), on_progress)
            except Exception as e:  # a parser bug must not stop the batch; it is recorded
                if is_disk_full(e):
                    raise  # this one stops the batch: nothing more can be written
                log.exception("%s: failed", path)
                _fail(db, report, path, f"{path}: internal error ({type(e).__name__}: {e})", on_progress)

        if ocr and any(p.suffix.lower() == ".pdf" for p in todo):
            warn_without_ocr()  # here, once, rather than in every worker process
        workers = min(workers or os.cpu_count() or 1, len(todo))
        if budget is not None:
            lock.extend(math.ceil(len(todo) / max(workers, 1)) * budget.seconds + FINISH_SECONDS)
        if budget is None and scheduler is None:  # in this process, one by one: for callers that patch the pipeline
            for path in todo:
                attempt(path, partial(read_document, path, cache_dir, ocr, engine))
        else:
            # Each document in its own child process within the time and memory budget (as `update`):
            # a pathological PDF is stopped and recorded, and the batch goes on.  Or on a cluster.
            with _runner(budget, workers, cache_dir, ocr, engine, scheduler) as runner:
                pending = list(todo)
                while pending or runner.busy:
                    while pending and not runner.full:
                        path = pending.pop(0)
                        runner.submit(path, path)
                    for outcome in runner.collect(block=True):
                        if outcome.result is not None:
                            result = outcome.result
                            attempt(outcome.path, lambda: result)  # noqa: B023 - called at once, in this iteration
                        else:
                            _fail(db, report, outcome.path, outcome.error or f"{outcome.path}: unreadable", on_progress)
        refresh_people(db)
        refresh_cases(db)


def _runner(
    budget: Budget | None, workers: int, cache_dir: Path | None, ocr: bool, engine: str, scheduler: Any
) -> Runner | DaskRunner:
    if scheduler is not None:
        return DaskRunner(scheduler, budget=budget, cache_dir=cache_dir, ocr=ocr, engine=engine)
    assert budget is not None
    return Runner(budget, workers=workers, cache_dir=cache_dir, ocr=ocr, engine=engine)


def refresh_people(db: sqlite_utils.Database) -> None:
    """Resolve people across every loaded document, then derive their memberships over time.

    Runs over the whole database after each batch: identity depends on all documents."""
    save_people(db, resolve(mentions(db)))
    derived = derive_memberships(seats(db), seat_events(db), signed_roles(db))
    save_memberships(db, derived.memberships, derived.reviews)


def refresh_cases(db: sqlite_utils.Database) -> None:
    """Follow every case number across the loaded documents: one case per matter, each agenda
    item linked to its case.  Runs over the whole database after each batch, like the people."""
    save_cases(db, derive_cases(handled_items(db)))


def _fail(
    db: sqlite_utils.Database,
    report: BuildReport,
    path: Path,
    reason: str,
    on_progress: Callable[[Path, str], None] | None,
) -> None:
    with db.conn:
        db.execute("delete from problems where document_id is null and path = ?", [path_text(path)])
    save_problems(db, None, path_text(path), [("extract", reason, None)])
    report.failed.append((path_text(path), reason))
    if on_progress:
        on_progress(path, "failed")
