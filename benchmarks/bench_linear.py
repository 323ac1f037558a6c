"""Do the text routines grow linearly?  Each runs on inputs of 1×, 2×, 4× and 8× a base size;
a linear routine's time doubles with the input (ratio ≈ 2), a quadratic one's quadruples.

    .venv/bin/python -m benchmarks.bench_linear

A script, not a test: the figures are printed, never asserted (issue 13: a 40 KB line took 11 s
to rejoin, 8,000 amounts 4.3 s, 8,000 organisation mentions 5.7 s; a vote's 40 names in one
sentence took minutes to read for events).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pipeline.extract import rejoin_hyphenation
from pipeline.parse.amounts import find_amounts
from pipeline.parse.events import read_sentence
from pipeline.parse.organizations import find_organizations
from pipeline.records import Line


def hyphens(n: int) -> None:
    rejoin_hyphenation([Line(text="a" * (5_000 * n), page=1), Line(text="marknad", page=1)])


def amounts(n: int) -> None:
    find_amounts("1,5 mnkr, " * (1_000 * n))


def organizations(n: int) -> None:
    find_organizations("Kumla kommun, Nora kommun och Region Örebro län; " * (333 * n))


def vote_list(n: int) -> None:
    """A vote's names in one sentence, which no event pattern matches in the end (each of them
    once tried every way to split the list: 2**n)."""
    read_sentence("Ja-röster: " + ", ".join(f"Anna Berg{k} (S)" for k in range(10 * n)) + ".")


ROUTINES: dict[str, tuple[Callable[[int], None], str]] = {
    "rejoin_hyphenation": (hyphens, "5 KB line"),
    "find_amounts": (amounts, "1,000 amounts"),
    "find_organizations": (organizations, "1,000 mentions"),
    "read_sentence": (vote_list, "10 names"),
}


def seconds(run: Callable[[int], None], n: int, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run(n)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    print("| routine | base | 1× s | 2× s | 4× s | 8× s | 8×/4× |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, (run, base) in ROUTINES.items():
        times = [seconds(run, n) for n in (1, 2, 4, 8)]
        ratio = times[3] / times[2] if times[2] else float("nan")
        print(f"| {name} | {base} | " + " | ".join(f"{t:.4f}" for t in times) + f" | {ratio:.1f} |")


if __name__ == "__main__":
    main()
