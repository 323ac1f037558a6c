"""Reading documents on a Dask cluster, for backfills larger than one machine.

`DaskRunner` is `budget.Runner` with the reading sent to a `dask.distributed` scheduler: each
document is a task that runs `read.read_document` on a worker — within the same time and memory
budget, in a child process of the worker, when a budget is given — and the `Reading` (records,
not rows) comes back to the one process that writes the database (SQLite has one writer).
Outcomes are handed back in the order the documents were submitted, so the database a cluster
builds is the one a local build makes, row for row.

Workers must see the files (and the cache folder, if one is given) at the same paths as the
process that submits them: a shared file system.  Dask is an optional extra:
`pip install 'protokoll[cluster]'`.

    with DaskRunner("tcp://scheduler:8786", cache_dir=Path("/shared/cache")) as runner:
        runner.submit(key, path)
        outcomes = runner.collect(block=True)
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

from .budget import Budget, Outcome, Runner
from .extract import DEFAULT_ENGINE, ExtractionError
from .read import read_document


class ClusterUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached; the message says which."""


def read_on_worker(path: str, cache_dir: str | None, ocr: bool, engine: str, budget: Budget | None) -> tuple[str, Any]:
    """The task a worker runs: ("ok", Reading) or ("error", reason naming the file)."""
    cache = Path(cache_dir) if cache_dir else None
    if budget is None:
        try:
            return "ok", read_document(Path(path), cache, ocr, engine)
        except ExtractionError as e:
            return "error", str(e)
        except Exception as e:  # a parser bug is this document's failure, not the batch's
            return "error", f"{path}: internal error ({type(e).__name__}: {e})"
    with Runner(budget, workers=1, cache_dir=cache, ocr=ocr, engine=engine) as runner:
        runner.submit(path, Path(path))
        while True:
            for outcome in runner.collect(block=True):
                return ("ok", outcome.result) if outcome.result is not None else ("error", outcome.error)


class DaskRunner:
    """Up to `in_flight` documents at a time on the cluster at `scheduler` (an address, or a
    `distributed.Client`); the interface of `budget.Runner`."""

    def __init__(
        self,
        scheduler: Any,
        *,
        budget: Budget | None = None,
        cache_dir: Path | None = None,
        ocr: bool = True,
        engine: str = DEFAULT_ENGINE,
        in_flight: int | None = None,
    ) -> None:
        try:
            from distributed import Client
        except ImportError as e:
            raise ClusterUnavailable(
                "the Dask executor needs dask.distributed: pip install 'protokoll[cluster]'"
            ) from e
        if isinstance(scheduler, Client):
            self.client, self._own = scheduler, False
        else:
            try:
                self.client, self._own = Client(scheduler, timeout="30s"), True
            except OSError as e:
                raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        threads = sum(self.client.nthreads().values()) or 1
        self.in_flight = in_flight or 2 * threads  # results wait in memory here: bounded
        self.budget, self.cache_dir, self.ocr, self.engine = budget, cache_dir, ocr, engine
        self._order: list[tuple[Hashable, Path, Any]] = []  # submitted, not yet handed back

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def full(self) -> bool:
        return len(self._order) >= self.in_flight

    @property
    def busy(self) -> bool:
        return bool(self._order)

    def submit(self, key: Hashable, path: Path) -> None:
        future = self.client.submit(
            read_on_worker,
            str(path),
            str(self.cache_dir) if self.cache_dir else None,
            self.ocr,
            self.engine,
            self.budget,
            pure=False,
        )
        self._order.append((key, path, future))

    def collect(self, *, block: bool) -> list[Outcome]:
        """Outcomes of the documents at the head of the queue that are done, in the order they
        were submitted; with `block`, waits for the first of them."""
        from distributed import wait

        out: list[Outcome] = []
        while self._order:
            key, path, future = self._order[0]
            if not future.done():
                if not block or out:
                    break
                wait([future], timeout=None)
            self._order.pop(0)
            out.append(self._outcome(key, path, future))
        return out

    def _outcome(self, key: Hashable, path: Path, future: Any) -> Outcome:
        try:
            kind, payload = future.result()
        except Exception as e:  # the worker died, or the task could not run there
            return Outcome(key, path, error=f"{path}: the cluster could not read it ({type(e).__name__}: {e})")
        if kind == "ok":
            return Outcome(key, path, result=payload)
        return Outcome(key, path, error=payload)

    def close(self) -> None:
        for _, _, future in self._order:
            future.cancel()
        self._order.clear()
        if self._own:
            self.client.close()
