"""`protokoll update`: discover, fetch and load what the sources published since the last run.

A run
1. takes an exclusive lock beside the database (a second run stops at once: `Locked`);
2. reads each source's listing page (or folder) and marks documents that left it
   (`fetches.missing_since`; nothing is deleted);
3. fetches each listed document into raw/<source>/, conditionally (304 = unchanged);
4. reads only documents whose bytes, or the pipeline version, are new — each in a child
   process within a time and memory budget (`budget.Runner`) — and loads each one in its own
   transaction; new bytes at a known URL become a new version that supersedes the old one,
   whose rows stay (`document_versions`);
5. resolves people across all documents again, when anything was loaded;
6. records the run and what happened to each document (`runs`, `run_documents`).

A run over documents it has seen before is bookkeeping only, and costs little: what the
database knows of every URL (`fetches`, the latest `document_versions`, the loaded `documents`)
is read once, in three queries; a folder's file whose stat (inode, size, mtime and ctime) is the
one recorded when it was last hashed is not hashed again (`file_stat`; the kernel sets ctime on
every change of a file's bytes, and no one can set it back); and the log rows of unchanged
documents are written LOG_BATCH at a time, not one transaction each.

Every decision is taken from what the database and raw/ hold, never from what the last run
meant to do, so a run killed at any point (SIGKILL included) is completed by the next one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

import pipeline

from . import __version__
from .budget import Budget, Outcome, Runner
from .build import FINISH_SECONDS, DiskFull, discover, refresh_cases, refresh_people
from .cluster import DaskRunner
from .extract import DEFAULT_ENGINE, path_text, sha256_file
from .fetch import Fetcher, FetchError, Known, document_links
from .sources import Settings, Source
from .store import ensure_db_shape, is_disk_full, save_document, save_problems
from .store.lock import exclusive

log = logging.getLogger(__name__)

# The `run_documents` rows of unchanged documents written in one transaction (a row is only
# bookkeeping: a run killed before writing some is marked interrupted by the next one).
LOG_BATCH = 500
# A file changed within this long of being hashed may change again with the same stat (file
# times are kept to a clock tick, on some file systems to 2 s): its stat is not trusted, and
# the next run hashes it again (as git treats a "racily clean" file).
RACY_SECONDS = 2.0

# Exit statuses of `protokoll update` (README: "protokoll update").
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
COUNTS = (
    "listed",
    "downloaded",
    "not_modified",
    "new",
    "changed",
    "unchanged",
    "reprocessed",
    "missing",
    "failed",
    "bytes",
)


@dataclass(frozen=True)
class Item:
    """One listed document: a URL on a listing page, or a file in a source folder."""

    source: Source
    url: str  # the document's URL; file:///… for a folder source (also the `fetches` id)
    listing_url: str | None = None
    file: Path | None = None


@dataclass
class UpdateReport:
    run_id: int
    counts: Counter = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)  # source, url, stage, error
    documents: list[dict[str, Any]] = field(default_factory=list)  # source, url, status, document_id
    skipped_links: list[str] = field(default_factory=list)  # links to other hosts, not followed

    @property
    def status(self) -> str:
        return "failed" if self.failures else "ok"

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failures else EXIT_OK

    def summary(self) -> str:
        c = self.counts
        return (
            f"run {self.run_id}: {c['listed']} listed — {c['new']} new, {c['changed']} changed, "
            f"{c['unchanged']} unchanged, {c['reprocessed']} reprocessed, {c['missing']} missing, "
            f"{c['failed']} failed; {c['downloaded']} downloaded ({c['bytes']} bytes), "
            f"{c['not_modified']} not modified"
            + (f"; {len(self.skipped_links)} links to other hosts not followed" if self.skipped_links else "")
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "exit_code": self.exit_code,
            **{k: self.counts[k] for k in COUNTS},
            "failures": self.failures,
            "documents": self.documents,
            "skipped_links": self.skipped_links,
        }


def update(
    sources: Sequence[Source],
    db_path: Path,
    *,
    raw_dir: Path,
    cache_dir: Path | None = None,
    settings: Settings | None = None,
    reprocess: bool = False,
    ocr: bool = True,
    engine: str = DEFAULT_ENGINE,
    scheduler: Any = None,
    workers: int = 1,
    on_total: Callable[[int], None] | None = None,
    on_progress: Callable[[str, str], None] | None = None,
) -> UpdateReport:
    """One run over `sources` into the database at `db_path`; raises `Locked` when another
    run is going on.  `reprocess` reads every listed document again (a parser change).  With
    `scheduler` (a Dask scheduler's address or client) documents are read on that cluster."""
    settings = settings or Settings()
    # The deadline the run keeps (past it, the next run stops it and takes over): no download or
    # document starts after run_seconds, the last documents read within their budget, then
    # people are resolved again.
    with exclusive(db_path, deadline=settings.run_seconds + settings.document_seconds + FINISH_SECONDS):
        run: _Run | None = None
        try:
            db = sqlite_utils.Database(db_path)
            db.execute("pragma journal_mode = wal")
            ensure_db_shape(db)
            run = _Run(db, sources, raw_dir=raw_dir, reprocess=reprocess, on_progress=on_progress)
            budget = Budget(settings.document_seconds, settings.document_memory_mb or None)
            with (
                Fetcher(settings) as fetcher,
                (
                    Runner(budget, workers=workers, cache_dir=cache_dir, ocr=ocr, engine=engine)
                    if scheduler is None
                    else DaskRunner(scheduler, budget=budget, cache_dir=cache_dir, ocr=ocr, engine=engine)
                ) as runner,
            ):
                run.fetcher, run.runner = fetcher, runner
                items = [item for source in sources for item in run.discover(source)]
                if on_total:
                    on_total(len(items))
                for item in items:
                    while runner.full:  # fetch no further ahead than the readers can follow
                        run.save_finished(block=True)
                    run.save_finished(block=False)
                    run.step(item)
                while runner.busy:
                    run.save_finished(block=True)
            if run.loaded or run.interrupted_before:
                refresh_people(db)  # identity depends on every document; redone after a killed run too
                refresh_cases(db)
            run.finish(run.report.status)
        except BaseException as e:
            if is_disk_full(e):  # said without writing: the database cannot grow
                loaded = run.loaded if run else 0
                raise DiskFull(
                    f"{db_path}: the disk is full; the run stopped. Kept: every document loaded before, "
                    f"{loaded} loaded by this run (each one whole); the run is not recorded as finished, "
                    "so the next one marks it interrupted and completes its work — free some space first"
                ) from None
            if run is not None:
                run.finish("interrupted", f"{type(e).__name__}: {e}")
            raise
        return run.report


class _Run:
    """The state of one run: the database, the run-log row, and what has been done so far."""

    fetcher: Fetcher
    runner: Runner | DaskRunner

    def __init__(
        self,
        db: sqlite_utils.Database,
        sources: Sequence[Source],
        *,
        raw_dir: Path,
        reprocess: bool,
        on_progress: Callable[[str, str], None] | None,
    ) -> None:
        self.db, self.raw_dir, self.reprocess, self.on_progress = db, raw_dir, reprocess, on_progress
        self.loaded = 0
        self.pending: dict[int, tuple[Item, str, str, int | None]] = {}  # reader key -> item, status, sha, http
        self.logged = 0
        self.log_rows: list[dict[str, Any]] = []  # run_documents rows not written yet (`_flush_log`)
        self._known: _Known | None = None
        self._keys = itertools.count()
        with db.atomic():
            # A run that did not finish may have loaded documents without resolving people again.
            last = db.execute("select status from runs order by id desc limit 1").fetchone()
            self.interrupted_before = bool(last) and last[0] in ("running", "interrupted")
            # We hold the lock, so a run still marked running was killed: this run completes its work.
            db.execute(
                "update runs set status = 'interrupted', message = 'stopped before it finished; "
                "the next run completed its work' where status = 'running'"
            )
            self.run_id = int(
                db.table("runs")
                .insert(
                    {
                        "started_at": _now(),
                        "version": __version__,
                        "pipeline_version": pipeline.pipeline_version(),
                        "sources": ", ".join(s.name for s in sources),
                        "status": "running",
                    }
                )
                .last_pk
                or 0
            )
        self.report = UpdateReport(self.run_id)

    # ----------------------------------------------------------------------- discovery
    def discover(self, source: Source) -> list[Item]:
        """The documents a source lists now; marks those it no longer lists.  A listing that
        cannot be read lists nothing and marks nothing (absence is not evidence)."""
        if source.is_web:
            assert source.url is not None
            try:
                html, final_url = self.fetcher.get_page(source.url, source.hosts)
            except FetchError as e:
                self.fail(source, source.url, "listing", e.reason, e.status)
                return []
            urls, elsewhere = document_links(html, final_url, source.links, source.hosts)
            for part in (self.raw_dir / source.name).glob(".*.part"):
                part.unlink()  # left by a run killed mid-download; we hold the lock, nobody writes them
            for url in elsewhere:
                log.info("%s: %s is on another host; not followed", source.name, url)
            self.report.skipped_links.extend(elsewhere)
            items = [Item(source, url, listing_url=source.url) for url in urls]
        else:
            assert source.folder is not None
            if not source.folder.is_dir():
                self.fail(source, str(source.folder), "listing", f"{source.folder}: no such folder", None)
                return []
            files = discover([source.folder])
            items = [Item(source, real.as_uri(), file=p) for p, real in zip(files, _resolved_all(files), strict=True)]
        self._mark_missing(source, {i.url for i in items})
        self.report.counts["listed"] += len(items)
        return items

    def _mark_missing(self, source: Source, listed: set[str]) -> None:
        now = _now()
        rows = list(self.db.query("select id, missing_since from fetches where source = ?", [source.name]))
        with self.db.atomic():
            for row in rows:
                if row["id"] in listed and row["missing_since"]:
                    self.db.execute("update fetches set missing_since = null where id = ?", [row["id"]])
                elif row["id"] not in listed and not row["missing_since"]:
                    self.db.execute("update fetches set missing_since = ? where id = ?", [now, row["id"]])
                    self.report.counts["missing"] += 1
                    self._log(Item(source, row["id"]), "missing", error="no longer listed; its rows are kept")
            self._flush_log()
        self._known = None  # read again, with missing_since as written

    @property
    def known(self) -> _Known:
        """What the database holds of every URL, read once (and kept up to date by this run)."""
        if self._known is None:
            self._known = _Known.read(self.db)
        return self._known

    # ----------------------------------------------------------------------- one document
    def step(self, item: Item) -> None:
        """Fetch (or hash) one document and read it when its bytes are new to the database."""
        if over := self.fetcher.run_over():
            self.fail(item.source, item.url, "fetch", over, None)
            return
        try:
            path, sha, http = self._fetch(item) if item.file is None else self._local(item)
        except FetchError as e:
            self._record_fetch_failure(item, e)
            self.fail(item.source, item.url, "fetch", e.reason, e.status)
            return
        latest = self.known.versions.get(item.url)
        status = "new" if not latest else "changed" if latest["document_id"] != sha else "unchanged"
        if sha in self.known.loaded and not self.reprocess:
            self._record(item, status, sha, path, http)
            return
        key = next(self._keys)
        self.pending[key] = (item, "reprocessed" if status == "unchanged" else status, sha, http)
        self.runner.submit(key, path)

    def save_finished(self, *, block: bool) -> None:
        for outcome in self.runner.collect(block=block):
            self._save(outcome)

    def _save(self, outcome: Outcome) -> None:
        item, status, sha, http = self.pending.pop(outcome.key)  # type: ignore[call-overload]
        path = path_text(outcome.path)
        with self.db.atomic():  # a file that failed before and reads now sheds its old problem
            self.db.execute("delete from problems where document_id is null and path = ?", [path])
        if outcome.result is None:
            save_problems(self.db, None, path, [("extract", outcome.error or "unreadable", None)])
            self.fail(item.source, item.url, "read", outcome.error or "unreadable", http, sha=sha, path=path)
            return
        extracted, parsed = outcome.result.extracted, outcome.result.parsed
        save_document(self.db, extracted, parsed, raw_root=self.raw_dir, url=item.url if item.file is None else None)
        self.known.loaded.add(parsed.doc_id)
        self.loaded += 1
        for problem in parsed.problems:
            log.warning("%s: %s", path, problem.message)
        self._record(item, status, sha, outcome.path, http)

    def _record(self, item: Item, status: str, sha: str, path: Path, http: int | None) -> None:
        """A loaded document: a new version of its URL when its bytes are new there, and the log row."""
        now = _now()
        latest = self.known.versions.get(item.url)
        if latest and latest["document_id"] == sha:  # bookkeeping only: written with the next batch
            self._log(item, status, sha256=sha, path=path_text(path), document_id=sha, http_status=http)
            if len(self.log_rows) >= LOG_BATCH:
                with self.db.atomic():
                    self._flush_log()
        else:
            version = latest["version"] + 1 if latest else 1
            row = {
                "id": f"{item.url} v{version}",
                "fetch_id": item.url,
                "url": item.url,
                "source": item.source.name,
                "version": version,
                "document_id": sha,
                "path": path_text(path),
                "loaded_at": now,
                "supersedes": latest["document_id"] if latest else None,
            }
            with self.db.atomic():
                self.db.table("document_versions").insert(row, pk="id")
                if latest:
                    self.db.execute(
                        "update document_versions set superseded_by = ?, superseded_at = ? where id = ?",
                        [sha, now, latest["id"]],
                    )
                self._log(item, status, sha256=sha, path=path_text(path), document_id=sha, http_status=http)
                self._flush_log()
            self.known.versions[item.url] = row
        self.report.counts[status] += 1
        self.report.documents.append(
            {"source": item.source.name, "url": item.url, "status": status, "document_id": sha}
        )
        if self.on_progress:
            self.on_progress(item.url, status)

    # ----------------------------------------------------------------------- fetching
    def _fetch(self, item: Item) -> tuple[Path, str, int | None]:
        row = self.known.fetches.get(item.url)
        known = (
            Known(Path(row["path"]) if row["path"] else None, row["sha256"], row["etag"], row["last_modified"])
            if row
            else None
        )
        fetched = self.fetcher.fetch_document(item.url, item.source.hosts, self.raw_dir / item.source.name, known)
        if fetched.status == 304:
            self.report.counts["not_modified"] += 1
        else:
            self.report.counts["downloaded"] += 1
            self.report.counts["bytes"] += fetched.size
        # A 304 keeps the status of the response that gave the bytes: an unchanged source
        # leaves its manifest rows exactly as they were.
        self._write_fetch(
            item,
            row,
            path=str(fetched.path),
            sha256=fetched.sha256,
            error=None,
            status=row["status"] if fetched.status == 304 and row else fetched.status,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            content_type=fetched.content_type or (row["content_type"] if row else None),
            size=fetched.size,
        )
        return fetched.path, fetched.sha256, fetched.status

    def _local(self, item: Item) -> tuple[Path, str, int | None]:
        assert item.file is not None
        row = self.known.fetches.get(item.url)
        try:
            st = item.file.stat()  # before hashing: a change while hashing changes it
            stat = f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"
            known = bool(row and row.get("sha256") and row.get("file_stat") == stat and not self.reprocess)
            # The bytes it had when hashed with this very stat, or hashed now.
            sha = row["sha256"] if known and row else sha256_file(item.file)
        except OSError as e:
            raise FetchError(str(item.file), f"cannot read ({e.strerror})") from e
        racy = not known and time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_SECONDS * 1e9
        self._write_fetch(
            item,
            row,
            path=path_text(item.file),
            sha256=sha,
            error=None,
            status=None,
            etag=None,
            last_modified=None,
            content_type=None,
            size=st.st_size,
            file_stat=None if racy else stat,
        )
        return item.file, sha, None

    def _record_fetch_failure(self, item: Item, e: FetchError) -> None:
        row = self.known.fetches.get(item.url)
        # The last good bytes (if any) stay current; the row says what went wrong since.
        self._write_fetch(item, row, status=e.status, error=e.reason)

    def _write_fetch(self, item: Item, row: dict | None, **values: Any) -> None:
        """Upsert a manifest row, writing only when something differs."""
        new = dict(row or {"id": item.url, "url": item.url, "first_seen": _now(), "missing_since": None})
        new.update(source=item.source.name, body=item.source.body, listing_url=item.listing_url, **values)
        if "sha256" in values and values["sha256"] != (row or {}).get("sha256"):
            new["fetched_at"] = _now()  # when the current bytes arrived
        if new != row:
            with self.db.atomic():
                self.db.table("fetches").upsert(new, pk="id")
            self.known.fetches[item.url] = new

    # ----------------------------------------------------------------------- the run log
    def fail(
        self,
        source: Source,
        url: str,
        stage: str,
        reason: str,
        http: int | None,
        *,
        sha: str | None = None,
        path: str | None = None,
    ) -> None:
        message = reason if reason.startswith((url, path or url)) else f"{url}: {reason}"
        log.warning("%s", message)
        with self.db.atomic():
            self._log(Item(source, url), "failed", stage=stage, error=message, http_status=http, sha256=sha, path=path)
            self._flush_log()
        self.report.counts["failed"] += 1
        self.report.failures.append({"source": source.name, "url": url, "stage": stage, "error": message})
        if self.on_progress:
            self.on_progress(url, "failed")

    def _log(self, item: Item, status: str, **values: Any) -> None:
        """A `run_documents` row, numbered in the order things happened; written by `_flush_log`."""
        self.log_rows.append(
            {
                "id": f"{self.run_id}:{self.logged}",
                "run_id": self.run_id,
                "source": item.source.name,
                "url": item.url,
                "status": status,
                "stage": None,
                "error": None,
                "http_status": None,
                "sha256": None,
                "path": None,
                "document_id": None,
                **values,
            }
        )
        self.logged += 1

    def _flush_log(self) -> None:
        """Write the log rows not written yet, in the caller's transaction."""
        if self.log_rows:
            self.db.table("run_documents").insert_all(self.log_rows, pk="id")
            self.log_rows = []

    def finish(self, status: str, message: str | None = None) -> None:
        counts = {k: self.report.counts[k] for k in COUNTS}
        with self.db.atomic():
            self._flush_log()
            self.db.table("runs").update(
                self.run_id, {"finished_at": _now(), "status": status, "message": message, **counts}
            )


def _resolved_all(paths: Sequence[Path]) -> list[Path]:
    """Each path's `resolve()`, each folder resolved once rather than once a file (resolving
    walks every part of the path); a symlinked file is still followed to its target."""
    folders: dict[Path, Path] = {}
    out = []
    for path in paths:
        if path.is_symlink():
            out.append(path.resolve())
        else:
            if path.parent not in folders:
                folders[path.parent] = path.parent.resolve()
            out.append(folders[path.parent] / path.name)
    return out


@dataclass
class _Known:
    """What the database holds of every URL, read in three queries rather than three a document:
    the manifest rows (`fetches`, by id), the latest version of each (`document_versions`, by
    fetch_id) and the documents loaded by this pipeline version."""

    fetches: dict[str, dict[str, Any]]
    versions: dict[str, dict[str, Any]]
    loaded: set[str]

    @classmethod
    def read(cls, db: sqlite_utils.Database) -> _Known:
        versions: dict[str, dict[str, Any]] = {}
        for row in db.query("select id, fetch_id, version, document_id from document_versions order by version"):
            versions[row["fetch_id"]] = row  # the highest version last
        return cls(
            fetches={row["id"]: row for row in db.query("select * from fetches")},
            versions=versions,
            loaded={
                row[0]
                for row in db.execute(
                    "select id from documents where pipeline_version = ?", [pipeline.pipeline_version()]
                ).fetchall()
            },
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
