"""How fast a PDF becomes rows: poppler's `pdftotext`, each engine alone, and the whole pipeline
with each engine, side by side on the same files in one run.

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_engines            # raw/ and ../shared/corpus/dev/pdfs
    .venv/bin/python -m benchmarks.bench_engines a.pdf b.pdf

Rows, each in pages per CPU-second (user + system time of every process involved):

* `pdftotext` (poppler-utils), once per file: the floor of reading a text layer at all;
* each engine alone (`extract.ENGINES`): raw pages of lines, font repair included;
* the whole pipeline with each engine, in this process on one core (`build(budget=None)`, OCR
  off): extract, choose the text, furniture, parse, load, resolve people;
* `build --workers 1` with each engine as `protokoll build` runs it: each document within its
  budget in a child process from a forkserver warmed once a run (a child reads one document at a
  time and is given the next); the children's CPU read from the forkserver that reaps them (/proc).
  The forkserver is started first, on one document of its own: its start (an interpreter, the
  pipeline's imports, the warm-up: about a second, once a run however many pages) is printed
  after the table, as the in-process rows' warm-up is;
* a no-op rebuild: `protokoll build` again on the same database, as a command (nothing changed:
  interpreter start, imports, one sha256 and one query per file).

Peak memory is ru_maxrss of this process for the in-process rows, the forkserver's resident size
for the budgeted rows (each child is a fork of it, plus one document), and the command's for
the no-op rebuild.  The figures depend on the machine and what else runs on it: the CPU time of a
shared, busy machine is inflated too (caches, hyper-threads).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.build import build
from pipeline.extract import ENGINES
from pipeline.read import warm

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "pdfs"


def cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _forkserver_stat() -> list[str] | None:
    """/proc/<pid>/stat of the forkserver the budgeted children come from, once it runs."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return None
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_with_forkserver() -> float:
    """This process's CPU and the forkserver's with every child it has reaped (Linux): the
    children of a forkserver are not this process's, so RUSAGE_CHILDREN misses them."""
    stat = _forkserver_stat()
    ticks = sum(int(v) for v in stat[11:15]) if stat else 0  # utime stime cutime cstime
    return cpu_self() + ticks / os.sysconf("SC_CLK_TCK")


def forkserver_maxrss_mb() -> float | None:
    """The forkserver's resident size (its children are forks of it: about as large, plus one document)."""
    stat = _forkserver_stat()
    return int(stat[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20 if stat else None


def timed(work: Callable[[], object], clock: Callable[[], float] = cpu_self) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of `work()`."""
    cpu, wall = clock(), time.perf_counter()
    work()
    return clock() - cpu, time.perf_counter() - wall


def row(label: str, pages: int, cpu: float, wall: float, memory_mb: float | None, base: float | None) -> str:
    rate = pages / cpu if cpu else float("inf")
    versus = f"{cpu / base:.1f}×" if base else "–"
    memory = f"{memory_mb:.0f}" if memory_mb is not None else "–"
    return f"| {label} | {pages} | {cpu:.2f} | {wall:.2f} | {rate:.1f} | {1000 * cpu / max(pages, 1):.1f} | {versus} | {memory} |"


def maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def command(args: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "pipeline", *args], check=False, capture_output=True, cwd=ROOT)


def main(argv: list[str]) -> int:
    files = [Path(a).resolve() for a in argv] or [*sorted((ROOT / "raw").glob("*.pdf")), *sorted(DEV.glob("*.pdf"))]
    pages = sum(len(ENGINES["pdfium"](f)) for f in files)
    print(f"{len(files)} files, {pages} pages; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print()
    print("| what | pages | CPU s | wall s | pages per CPU-s | CPU ms/page | × pdftotext CPU | peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base: float | None = None
    if shutil.which("pdftotext"):

        def poppler() -> None:
            for f in files:
                subprocess.run(["pdftotext", "-q", str(f), "-"], check=False, capture_output=True)

        cpu, wall = timed(poppler, cpu_children)
        base = cpu
        print(row("`pdftotext` (poppler)", pages, cpu, wall, None, None))
    else:
        print("| `pdftotext` | – | not installed (Debian: poppler-utils) | | | | | |")
    for engine in sorted(ENGINES):
        cpu, wall = timed(lambda e=engine: [ENGINES[e](f) for f in files])  # type: ignore[misc]
        print(row(f"engine `{engine}` alone", pages, cpu, wall, maxrss_mb(resource.RUSAGE_SELF), base))
    warm_cpu, _ = timed(warm)  # spaCy and the word lists, as the forkserver loads them once a run
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        for engine in sorted(ENGINES):
            db, cache = Path(tmp) / f"{engine}-inproc.db", Path(tmp) / f"{engine}-inproc-cache"
            cpu, wall = timed(
                lambda e=engine, d=db, c=cache: build([folder], d, cache_dir=c, ocr=False, budget=None, engine=e)
            )  # type: ignore[misc]
            print(
                row(
                    f"whole pipeline, `{engine}`, in one process",
                    pages,
                    cpu,
                    wall,
                    maxrss_mb(resource.RUSAGE_SELF),
                    base,
                )
            )
        # The forkserver starts once a run (an interpreter, the pipeline's imports, the warm-up):
        # started here, on one document of its own, so that the rows show what a page costs.
        first = Path(tmp) / "first"
        first.mkdir()
        shutil.copy(files[0], first / files[0].name)
        start_cpu, _ = timed(
            lambda: build([first], Path(tmp) / "first.db", ocr=False, workers=1),
            cpu_with_forkserver,
        )
        for engine in sorted(ENGINES):
            db, cache = Path(tmp) / f"{engine}.db", Path(tmp) / f"{engine}-cache"
            cpu, wall = timed(
                lambda e=engine, d=db, c=cache: build([folder], d, cache_dir=c, ocr=False, workers=1, engine=e),
                cpu_with_forkserver,
            )  # type: ignore[misc]
            print(
                row(
                    f"`build --workers 1`, `{engine}`, budgeted children",
                    pages,
                    cpu,
                    wall,
                    forkserver_maxrss_mb(),
                    base,
                )
            )
        args = ["build", str(folder), "--db", str(Path(tmp) / "pdfium.db"), "--cache", str(Path(tmp) / "pdfium-cache")]
        cpu, wall = timed(lambda: command([*args, "--workers", "1", "--no-ocr", "--silent"]), cpu_children)
        print(
            row(
                "no-op rebuild: `protokoll build` again, as a command",
                pages,
                cpu,
                wall,
                maxrss_mb(resource.RUSAGE_CHILDREN),
                base,
            )
        )
    print()
    print(f"Warm-up (spaCy, word lists), once a run, not in the rows above: {warm_cpu:.2f} CPU s.")
    print(
        "The budgeted children's forkserver, started once a run (interpreter, imports, warm-up) and its "
        f"first document ({files[0].name}), not in the rows above: {start_cpu:.2f} CPU s."
    )
    print("OCR is off in every row; the corpus has no scanned pages.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
