"""How right the people-over-time layer is on the project's own series (tests/series, issue 11).

A script, not a test (the figures are reported here, never asserted):

    .venv/bin/python -m benchmarks.bench_people
    .venv/bin/python -m benchmarks.bench_people --keep /tmp/series --verbose

Generates the series (21 documents, 22 meetings of four bodies over 2023-2025, with
truth.json) into a temporary directory (``--keep DIR``: into DIR, kept with its database),
builds it with the CLI of this interpreter's environment (``python -m pipeline build DIR --db
DB --workers 1``) and compares:

* members on date: for every meeting of the truth, ``protokoll members "<body>" --on DATE
  --json`` against the seats held on that date, as sets of (name, role, organisation);
* spells: the ``memberships`` table (signature spells left out; first = coalesce(start_date,
  first_seen), last = coalesce(last_seen, start_date)) against the truth's spells, matched on
  (name, body, role, organisation, first, last); a predicted body is the truth's body when its
  name equals the canonical name or one of its aliases (case-insensitive);
* roster entries (a diagnostic, to tell layout reading from the people layer): the
  ``participations`` of each meeting against the seats of those present.

Names and organisations are compared folded: casefold, hyphens as spaces, whitespace
collapsed.  Prints one markdown table on stdout; ``--verbose`` lists every mismatch on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.series.make import build_series

ROOT = Path(__file__).resolve().parents[1]

SPELLS_SQL = """
    select p.name as name, b.name as body, m.role as role, o.name as organization,
           coalesce(m.start_date, m.first_seen) as first, coalesce(m.last_seen, m.start_date) as last
    from memberships m join people p on p.id = m.person_id
    left join organizations b on b.id = m.body_id
    left join organizations o on o.id = m.organization_id
    where m.source_kind is null or m.source_kind != 'signature'
"""
ROSTER_SQL = """
    select b.name as body, mt.date as date, x.name as name, x.role as role, o.name as organization
    from participations x join meetings mt on mt.id = x.meeting_id
    left join organizations b on b.id = mt.body_id
    left join organizations o on o.id = x.organization_id
    where x.role != 'justerare'
"""


def note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def fold(text: str | None) -> str:
    """ "Ann-Sofie  Bergström" -> "ann sofie bergström"."""
    return re.sub(r"\s+", " ", (text or "").casefold().replace("-", " ")).strip()


def prf(tp: int, predicted: int, true: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / true if true else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_names(truth: dict) -> dict[str, str]:
    """Folded canonical names and aliases -> canonical name."""
    out = {}
    for b in truth["bodies"]:
        for name in (b["name"], *b["aliases"]):
            out[name.casefold()] = b["name"]
    return out


def build(series: Path, db: Path, cache: Path) -> float:
    start = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "build",
            str(series),
            "--db",
            str(db),
            "--cache",
            str(cache),
            "--workers",
            "1",
            "--silent",
        ],
        capture_output=True,
        text=True,
    )
    if run.returncode not in (0, 1):  # 1: some file failed, the rest loaded
        sys.exit(f"protokoll build failed ({run.returncode}):\n{run.stderr}")
    if run.returncode == 1:
        note(f"protokoll build reported failed files:\n{run.stdout}{run.stderr}")
    return time.perf_counter() - start


def members_on(db: Path, body: str, date: str) -> tuple[set[tuple], str | None]:
    """What ``protokoll members`` says, as folded (name, role, organisation); or why nothing."""
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "members", body, "--on", date, "--json", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        return set(), (run.stderr or run.stdout).strip().splitlines()[-1] if (run.stderr or run.stdout) else "failed"
    data = json.loads(run.stdout)
    return {(fold(m["name"]), m["role"], fold(m["organization"])) for m in data["members"]}, None


def seat_set(meeting: dict, present_only: bool = False) -> set[tuple]:
    return {
        (fold(s["name"]), s["role"], fold(s["organization"]))
        for s in meeting["seats"]
        if s["present"] or not present_only
    }


def compare_members(truth: dict, db: Path, verbose: bool) -> tuple[int, int, int]:
    tp = predicted = true = 0
    for m in truth["meetings"]:
        got, why = members_on(db, m["body"], m["date"])
        want = seat_set(m)
        tp, predicted, true = tp + len(got & want), predicted + len(got), true + len(want)
        if verbose and (got != want or why):
            note(f"members {m['body']} {m['date']} ({m['file']}): {why or ''}")
            for x in sorted(want - got):
                note(f"  missing {x}")
            for x in sorted(got - want):
                note(f"  extra   {x}")
    return tp, predicted, true


def compare_spells(truth: dict, con: sqlite3.Connection, verbose: bool) -> tuple[int, int, int]:
    names = body_names(truth)
    got = Counter(
        (
            fold(r["name"]),
            names.get((r["body"] or "").casefold(), r["body"]),
            r["role"],
            fold(r["organization"]),
            r["first"],
            r["last"],
        )
        for r in con.execute(SPELLS_SQL)
    )
    want = Counter(
        (fold(s["name"]), s["body"], s["role"], fold(s["organization"]), s["first"], s["last"]) for s in truth["spells"]
    )
    if verbose:
        for x in sorted((want - got).elements()):
            note(f"spell missing {x}")
        for x in sorted((got - want).elements(), key=lambda t: tuple(str(v) for v in t)):
            note(f"spell extra   {x}")
    return sum((got & want).values()), sum(got.values()), sum(want.values())


def compare_rosters(truth: dict, con: sqlite3.Connection, verbose: bool) -> tuple[int, int, int]:
    names = body_names(truth)
    got: dict[tuple[str, str], set[tuple]] = {}
    for r in con.execute(ROSTER_SQL):
        key = (names.get((r["body"] or "").casefold(), r["body"]), r["date"])
        got.setdefault(key, set()).add((fold(r["name"]), r["role"], fold(r["organization"])))
    tp = predicted = true = 0
    for m in truth["meetings"]:
        want, have = seat_set(m, present_only=True), got.get((m["body"], m["date"]), set())
        tp, predicted, true = tp + len(have & want), predicted + len(have), true + len(want)
        if verbose and have != want:
            note(f"roster {m['body']} {m['date']} ({m['file']}, {m['layout']}):")
            for x in sorted(want - have):
                note(f"  missing {x}")
            for x in sorted(have - want):
                note(f"  extra   {x}")
    unmatched = {k for k in got if k not in {(m["body"], m["date"]) for m in truth["meetings"]}}
    for key in sorted(unmatched, key=str):  # meetings the parser placed on another body or date
        predicted += len(got[key])
        if verbose:
            note(f"roster of a meeting not in the truth: {key} ({len(got[key])} entries)")
    return tp, predicted, true


def run(out: Path, cache: Path, verbose: bool) -> str:
    start = time.perf_counter()
    series = out / "series"
    truth = build_series(series)
    generated = time.perf_counter() - start
    db = out / "series.db"
    db.unlink(missing_ok=True)
    built = build(series, db, cache)
    t0 = time.perf_counter()
    members = compare_members(truth, db, verbose)
    asked = time.perf_counter() - t0
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    rows = [
        ("members on date", members),
        ("spells", compare_spells(truth, con, verbose)),
        ("roster entries (diagnostic)", compare_rosters(truth, con, verbose)),
    ]
    con.close()
    lines = ["| measure | P | R | F1 | predicted | true |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for label, (tp, predicted, true) in rows:
        p, r, f1 = prf(tp, predicted, true)
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | {f1:.3f} | {predicted} | {true} |")
    files = len({m["file"] for m in truth["meetings"]})
    lines.append("")
    lines.append(
        f"{files} documents, {len(truth['meetings'])} meetings, {len(truth['bodies'])} bodies; "
        f"run time {time.perf_counter() - start:.1f} s (generate {generated:.1f} s, build {built:.1f} s, "
        f"members queries {asked:.1f} s)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: .venv/bin/python -m benchmarks.bench_people --verbose",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="write the series and its database into DIR and keep them (default: a temporary directory)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="extraction cache for the build (default: inside the output directory)",
    )
    parser.add_argument("--verbose", action="store_true", help="list every mismatch on stderr")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        print(run(args.keep, args.cache or args.keep / "cache", args.verbose))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_people_") as tmp:
        print(run(Path(tmp), args.cache or Path(tmp) / "cache", args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
