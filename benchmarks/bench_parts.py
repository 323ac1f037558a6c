"""Where the whole pipeline's CPU goes: `bench_engines`' in-process row (`build(budget=None)`,
OCR off, one engine) split into its parts, in milliseconds per page.

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_parts                   # raw/ and ../shared/corpus/dev/pdfs
    .venv/bin/python -m benchmarks.bench_parts --runs 3 a.pdf    # three builds, each into a new database

Each part is the CPU (user + system) of one function of the pipeline, found by wrapping it for
the run; a part called from inside another is counted in its own row only, so the rows add up
to the build.  The first run is the one `bench_engines` measures (after `warm()`); the runs after
it start with the caches of words and stems the first one filled, so they come out faster.
Parts: the PDF engine (raw pages, font repair included), choosing the text (`choose_text`: the
quality check), furniture (`clean_pages`), the cache files (`write_atomically`) and their JSON
(`dumps`), sha256 of the files and the checks of what they are, `parse`, `save_document` (the
rows, the search index, the commit), `ensure_db_shape`, resolving people and cases afterwards,
and the rest of `build` (opening and closing the database, the problems of each path).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pipeline.build as build_module
import pipeline.extract.document as document
import pipeline.read as read
from pipeline.extract import ENGINES
from pipeline.read import warm

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "pdfs"


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Parts:
    """CPU seconds by part; a wrapped call inside another is taken out of the outer one."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._inner: list[float] = []

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            start = cpu()
            self._inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                inner, spent = self._inner.pop(), cpu() - start
                self.seconds[name] += spent - inner
                if self._inner:
                    self._inner[-1] += spent

        return wrapped


def instrument(parts: Parts, engine: str) -> Callable[..., Any]:
    """Wrap the pipeline's parts where `build` and `read_document` look them up; returns `build`."""
    ENGINES[engine] = parts.wrap("engine", ENGINES[engine])
    document.choose_text = parts.wrap("choose_text (quality)", document.choose_text)
    document.clean_pages = parts.wrap("clean_pages (furniture)", document.clean_pages)
    document.write_atomically = parts.wrap("cache files written", document.write_atomically)
    read.write_atomically = parts.wrap("cache files written", read.write_atomically)
    document.dumps = parts.wrap("cache JSON (dumps)", document.dumps)
    read.dumps = parts.wrap("cache JSON (dumps)", read.dumps)
    document.sha256_file = parts.wrap("sha256, file checks", document.sha256_file)
    document.check_file = parts.wrap("sha256, file checks", document.check_file)
    build_module.sha256_file = parts.wrap("sha256, file checks", build_module.sha256_file)
    read.parse = parts.wrap("parse", read.parse)
    build_module.save_document = parts.wrap("save_document", build_module.save_document)
    build_module.ensure_db_shape = parts.wrap("ensure_db_shape", build_module.ensure_db_shape)
    build_module.refresh_people = parts.wrap("refresh_people", build_module.refresh_people)
    build_module.refresh_cases = parts.wrap("refresh_cases", build_module.refresh_cases)
    return parts.wrap("build, the rest", build_module.build)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=2, help="builds, each into a new database (default 2)")
    parser.add_argument("--engine", default="pdfium", choices=sorted(ENGINES))
    args = parser.parse_args(argv)
    files = [f.resolve() for f in args.files] or [*sorted((ROOT / "raw").glob("*.pdf")), *sorted(DEV.glob("*.pdf"))]
    pages = sum(len(ENGINES[args.engine](f)) for f in files)
    warm()
    parts = Parts()
    build = instrument(parts, args.engine)
    runs: list[dict[str, float]] = []
    totals: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-parts-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        for k in range(args.runs):
            parts.seconds.clear()
            start = cpu()
            build(
                [folder],
                Path(tmp) / f"{k}.db",
                cache_dir=Path(tmp) / f"cache-{k}",
                ocr=False,
                budget=None,
                engine=args.engine,
            )
            totals.append(cpu() - start)
            runs.append(dict(parts.seconds))
    names = sorted(runs[0], key=lambda n: -runs[0][n])
    print(f"{len(files)} files, {pages} pages; engine {args.engine}; CPU ms/page, run 1 as bench_engines measures it")
    print()
    print("| part | " + " | ".join(f"run {k + 1}" for k in range(args.runs)) + " |")
    print("|---|" + "---:|" * args.runs)
    for name in names:
        print(f"| {name} | " + " | ".join(f"{1000 * run.get(name, 0.0) / pages:.2f}" for run in runs) + " |")
    print("| **whole build** | " + " | ".join(f"**{1000 * t / pages:.2f}**" for t in totals) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
