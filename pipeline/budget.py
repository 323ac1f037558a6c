"""Read documents in child processes, each within a time and memory budget.

A corrupt, huge or pathological PDF can make pdfminer run for hours or eat the machine's
memory.  Each document is therefore read (`read.read_document`: extract through the cache, then
parse) in its own child process whose address space is capped with RLIMIT_AS and which is
killed when it overruns its time.  Either is an ordinary, recorded failure with a reason, and
the batch goes on.

Children come from a forkserver that has imported the pipeline once: starting one costs a
fork, not an interpreter start, and is safe however many threads the parent runs.  A child that
read its document is given the next one (one at a time, each with its own time and memory
budget), so a batch forks a child per worker rather than per document and the caches a child
warms (word lists, stems, names) serve the documents after; a child that failed is not reused.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import multiprocessing
import multiprocessing.connection
import os
import resource
import signal
import sys
import time
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .extract import DEFAULT_ENGINE, ExtractionError
from .read import Reading, read_document


@functools.cache
def _context() -> multiprocessing.context.ForkServerContext:
    """The forkserver the children come from, set up when the first Runner starts (not at import).
    The pipeline is imported once in it and warmed (`warm`), so every child starts with it loaded."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_preload())
    return context


def _preload() -> list[str]:
    """What the forkserver imports: the pipeline's modules this process has imported (a child
    runs the main script again, `protokoll` or a benchmark, and would import them itself: half a
    second a document for the command line's), and last `pipeline.warm`, which loads what
    reading loads on first use and freezes it."""
    names = sorted(
        n for n in sys.modules if (n == "pipeline" or n.startswith("pipeline.")) and not n.endswith("__main__")
    )
    return [*names, "pypdfium2", "numpy", "pipeline.warm"]


@contextlib.contextmanager
def _main_without_missing_file() -> Iterator[None]:
    """A child runs its parent's main script again from `__main__.__file__`; a script read from
    standard input (`python -`) names `<stdin>`, which is no file, and every child would die on it.
    While such a child starts, the main module names no file, and the child runs none."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None or os.path.isfile(path):
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


# A child that cannot even report that it ran out of memory exits with this status.
EXIT_OUT_OF_MEMORY = 86


@dataclass(frozen=True)
class Budget:
    seconds: float = 600.0
    memory_mb: int | None = 2048  # how far a child's address space may grow beyond its start


@dataclass(frozen=True)
class Outcome:
    key: Hashable
    path: Path
    result: Reading | None = None
    error: str | None = None  # the reason, naming the file, when there is no result


@dataclass
class _Child:
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection  # paths go down it, one at a time; outcomes come back
    key: Hashable = None
    path: Path = Path()
    deadline: float = float("inf")


class Runner:
    """Up to `workers` documents at a time, each read in its own child process."""

    def __init__(
        self,
        budget: Budget,
        *,
        workers: int = 1,
        cache_dir: Path | None = None,
        ocr: bool = True,
        engine: str = DEFAULT_ENGINE,
    ) -> None:
        self.budget, self.workers, self.cache_dir, self.ocr = budget, max(1, workers), cache_dir, ocr
        self.engine = engine
        self._running: list[_Child] = []
        self._idle: list[_Child] = []  # children that read their document and wait for another

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def full(self) -> bool:
        return len(self._running) >= self.workers

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(self, key: Hashable, path: Path) -> None:
        while True:
            child = self._idle.pop() if self._idle else self._start()
            try:
                child.conn.send(path)
                break
            except OSError:  # an idle child that died (killed from outside): another one
                self._stop(child)
        child.key, child.path, child.deadline = key, path, time.monotonic() + self.budget.seconds
        self._running.append(child)

    def _start(self) -> _Child:
        mine, theirs = _context().Pipe()
        process = _context().Process(
            target=_serve,
            args=(theirs, self.cache_dir, self.ocr, self.engine, self.budget.memory_mb),
            daemon=True,
            name="read",
        )
        with _main_without_missing_file():
            process.start()
        theirs.close()  # the child holds the only other end: its death reads as end-of-file here
        return _Child(process, mine)

    def collect(self, *, block: bool) -> list[Outcome]:
        """Outcomes of children that finished or overran their time; with `block`, waits for one."""
        if not self._running:
            return []
        timeout = max(0.0, min(c.deadline for c in self._running) - time.monotonic()) if block else 0.0
        ready = set(multiprocessing.connection.wait([c.conn for c in self._running], timeout))
        now = time.monotonic()
        done: list[Outcome] = []
        for child in list(self._running):
            if child.conn in ready:
                done.append(self._finish(child))
            elif now >= child.deadline:
                self._stop(child)
                done.append(
                    Outcome(
                        child.key,
                        child.path,
                        error=(
                            f"{child.path}: took longer than {self.budget.seconds:g} s to read and was stopped "
                            "(the per-document time budget, document_seconds in sources.yml)"
                        ),
                    )
                )
        return done

    def close(self) -> None:
        for child in [*self._running, *self._idle]:
            self._stop(child)

    def _finish(self, child: _Child) -> Outcome:
        try:
            kind, payload = child.conn.recv()
        except (EOFError, OSError):
            child.process.join(5)
            code = child.process.exitcode
            how = f"was killed by signal {-code}" if code and code < 0 else f"exited with status {code}"
            kind, payload = (
                "error",
                f"{child.path}: the process reading it {how}"
                + (" — out of memory?" if code == -signal.SIGKILL else ""),
            )
            if code == EXIT_OUT_OF_MEMORY:
                kind, payload = "memory", None
            elif code == -signal.SIGABRT and self.budget.memory_mb:
                # A C library that cannot allocate under the address-space cap (a thread's stack,
                # a buffer) aborts instead of raising MemoryError.
                kind, payload = (
                    "error",
                    (
                        f"{child.path}: ran out of memory reading it, it seems: the process "
                        f"aborted under the per-document budget of {self.budget.memory_mb} MiB "
                        "(document_memory_mb in sources.yml)"
                    ),
                )
        if kind == "ok" and child.process.is_alive():
            self._running.remove(child)
            self._idle.append(child)  # it waits for the next document
        else:
            self._stop(child)
        if kind == "ok":
            return Outcome(child.key, child.path, result=payload)
        if kind == "memory":
            payload = (
                f"{child.path}: ran out of memory reading it (the per-document budget is "
                f"{self.budget.memory_mb} MiB, document_memory_mb in sources.yml)"
            )
        return Outcome(child.key, child.path, error=payload)

    def _stop(self, child: _Child) -> None:
        if child.process.is_alive():
            child.process.kill()
        child.process.join()
        child.conn.close()
        if child in self._running:
            self._running.remove(child)
        if child in self._idle:
            self._idle.remove(child)


def _serve(
    conn: multiprocessing.connection.Connection,
    cache_dir: Path | None,
    ocr: bool,
    engine: str,
    memory_mb: int | None,
) -> None:
    """The child: read the documents sent to it, one at a time, each within `memory_mb` of
    address space beyond what the child holds before it; end after a failure (what it leaves
    behind is not to be trusted) or when the parent closes the connection."""
    _die_with_parent()
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if memory_mb:
            limit = _address_space() + memory_mb * 1024 * 1024
            resource.setrlimit(
                resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard)
            )
        if not _read(conn, path, cache_dir, ocr, engine):
            conn.close()
            return


def _read(
    conn: multiprocessing.connection.Connection,
    path: Path,
    cache_dir: Path | None,
    ocr: bool,
    engine: str,
) -> bool:
    """Read one document and send ("ok", result), ("memory", None) or ("error", reason); whether it was read."""
    try:
        message: tuple[str, object] = ("ok", read_document(path, cache_dir, ocr, engine))
    except MemoryError:
        message = ("memory", None)
    except ExtractionError as e:
        message = ("error", str(e))
    except OSError as e:
        message = ("memory", None) if e.errno == errno.ENOMEM else ("error", f"{path}: cannot read ({e})")
    except Exception as e:  # a parser bug is this document's failure, not the batch's
        message = ("error", f"{path}: internal error ({type(e).__name__}: {e})")
    try:
        conn.send(message)
    except MemoryError:  # the result itself did not fit in the budget
        try:
            conn.send(("memory", None))
        except MemoryError:  # not even that: the exit status says it
            os._exit(EXIT_OUT_OF_MEMORY)
        return False
    return message[0] == "ok"


def _address_space() -> int:
    """This process's current virtual size (Linux), so the budget is what reading may add."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _die_with_parent() -> None:
    """Linux: be killed when the forkserver goes, which it does when the run is killed — a
    SIGKILLed `update` leaves no reader behind."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
