"""How fast does `protokoll serve` answer, and how fast is each canned query at scale?

    .venv/bin/python -m benchmarks.bench_load                   # builds raw/ into a temporary database
    .venv/bin/python -m benchmarks.bench_load --db processed/protokoll.db
    .venv/bin/python -m benchmarks.bench_load --scale 30        # the database ×30, each canned query timed
    .venv/bin/python -m benchmarks.bench_load --scale 30 --load # … and the load test on the ×30 database
    .venv/bin/python -m benchmarks.bench_load --json            # the JSON API instead of the HTML pages

The load test starts the real server (`serve.datasette_args`, as `protokoll serve` starts it) on
127.0.0.1 and sends REQUESTS requests from CLIENTS threads, each on its own keep-alive
connection, round-robin over table pages, row pages and every canned query with its sample
parameters; it prints p50/p95/p99 latency, throughput and the errors (any status but 200, or
no answer within 30 s).

`--scale N` copies the database N times over: every row of every document-derived table again
with new ids (the organisations and their aliases stay one set, so each body has N times the
meetings), then times each canned query (best of 3, with the plugin's functions and collation,
as Datasette runs it) and prints its query plan's full scans.

A script, not a test: the figures are printed, never asserted (issue 13: p95 1.1 s on the
sample database, 3.4 s and 7 timeouts on 410 documents; `substitutes_per_meeting` 0.64 s).
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import sqlite_utils
import yaml
from datasette.utils import tilde_encode

from pipeline.build import build
from pipeline.datasette_plugin import prepare_connection
from pipeline.serve import DATABASE_NAME, METADATA, datasette_args
from pipeline.serve_cache import HEADER
from pipeline.store import ensure_db_shape
from pipeline.store.schema import TABLES
from tests.conftest import free_port
from tests.test_serve import SAMPLE_PARAMS as TEST_PARAMS

ROOT = Path(__file__).resolve().parents[1]
QUERIES: dict[str, dict] = yaml.safe_load(METADATA.read_text("utf-8"))["databases"][DATABASE_NAME]["queries"]
# One sample question per canned query's :params: tests/test_serve.py's, with a person from
# raw/ (the people it asks for are in the seed texts, which are not built here).
SAMPLE_PARAMS = {**TEST_PARAMS, "name": "Forsberg", "person": "Forsberg"}
CACHE_HEADER = HEADER.decode()
CLIENTS = 20
REQUESTS = 2_000
TIMEOUT = 30.0
ROW_PAGES_PER_TABLE = 3
# Reference data, one set however many documents: copies would be the same organisations again.
SHARED = {"organizations", "body_aliases"}
# The run log is not what visitors read.
LEFT_OUT = {"runs", "run_documents", "fetches", "document_versions"}
KEEP_COLUMNS = {"body_id", "organization_id", "seat_body_id", "parent_id"}  # point into SHARED


# --------------------------------------------------------------------------- scale
def scale(source: Path, target: Path, factor: int) -> None:
    """`target`: `source` with every document-derived row `factor` times, ids suffixed `~k`, in
    this version's shape (its indexes)."""
    shutil.copy(source, target)
    ensure_db_shape(sqlite_utils.Database(target))
    conn = sqlite3.connect(target)
    conn.execute("attach database ? as original", [str(source)])
    for k in range(1, factor):
        for table, (columns, pk, fks) in TABLES.items():
            if table in SHARED | LEFT_OUT:
                continue
            refs = {column for column, other in fks if other not in SHARED}
            names = [c for c in columns if c in _columns(conn, table)]
            values = [
                f"{c} || '~{k}'" if c == pk or c in refs or (c.endswith("_id") and c not in KEEP_COLUMNS) else c
                for c in names
            ]
            conn.execute(
                f"insert into main.{table} ({', '.join(names)}) select {', '.join(values)} from original.{table}"
            )
    conn.commit()
    conn.execute("detach database original")
    conn.execute("analyze")
    conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"pragma main.table_info({table})")}


def time_queries(db_path: Path) -> dict[str, tuple[float, int, list[str]]]:
    """Each canned query: best of 3 in ms, rows, and the tables its plan scans in full."""
    conn = sqlite3.connect(db_path)
    prepare_connection(conn)
    out = {}
    for name, query in sorted(QUERIES.items()):
        best, rows = float("inf"), 0
        for _ in range(3):
            started = time.perf_counter()
            rows = len(conn.execute(query["sql"], SAMPLE_PARAMS).fetchall())
            best = min(best, time.perf_counter() - started)
        plan = conn.execute("explain query plan " + query["sql"], SAMPLE_PARAMS).fetchall()
        scans = sorted({row[3] for row in plan if row[3].startswith("SCAN ") and "INDEX" not in row[3]})
        out[name] = (best * 1000, rows, scans)
    conn.close()
    return out


# --------------------------------------------------------------------------- load
def urls(db_path: Path, *, as_json: bool = False) -> list[str]:
    """Table pages, a few row pages per table, and every canned query with its sample params
    (their HTML, or with `as_json` their JSON)."""
    ext = ".json" if as_json else ""
    conn = sqlite3.connect(db_path)
    paths = []
    for table, (_, pk, _) in TABLES.items():
        if table in LEFT_OUT:
            continue
        paths.append(f"/{DATABASE_NAME}/{table}{ext}")
        for (value,) in conn.execute(f"select {pk} from {table} limit {ROW_PAGES_PER_TABLE}"):
            paths.append(f"/{DATABASE_NAME}/{table}/{tilde_encode(str(value))}{ext}")  # as Datasette links rows
    conn.close()
    for name, query in QUERIES.items():
        params = {p: v for p, v in SAMPLE_PARAMS.items() if f":{p}" in query["sql"]}
        paths.append(f"/{DATABASE_NAME}/{name}{ext}?{urllib.parse.urlencode(params)}")
    return paths


def load(db_path: Path, clients: int = CLIENTS, requests: int = REQUESTS, *, as_json: bool = False) -> None:
    port = free_port()
    server = subprocess.Popen(
        datasette_args(db_path, port, ROOT / "raw"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for(port, server)
        paths = urls(db_path, as_json=as_json)
        todo = iter(range(requests))
        lock = threading.Lock()
        latencies: list[float] = []
        errors: Counter[str] = Counter()
        by_kind: dict[str, list[float]] = {}
        by_cache: dict[str, list[float]] = {}  # x-protokoll-cache: hit, miss, bypass
        first_pass: list[float] = []  # each URL's first request: what a cold cache answers

        def client() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
            while True:
                with lock:
                    n = next(todo, None)
                if n is None:
                    break
                path = paths[n % len(paths)]
                started = time.perf_counter()
                cached = "none"
                try:
                    conn.request("GET", path)
                    response = conn.getresponse()
                    response.read()
                    status = str(response.status)
                    cached = response.getheader(CACHE_HEADER) or "none"
                except (OSError, http.client.HTTPException) as e:
                    status = type(e).__name__
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    by_kind.setdefault(_kind(path), []).append(elapsed)
                    by_cache.setdefault(cached, []).append(elapsed)
                    if n < len(paths):
                        first_pass.append(elapsed)
                    if status != "200":
                        errors[f"{status} {path.split('?')[0]}"] += 1
            conn.close()

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        rss = _peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(10)
    what = "JSON" if as_json else "HTML"
    print(
        f"\n{requests} requests ({what}) from {clients} clients over {len(paths)} URLs in {wall:.1f} s: "
        f"{requests / wall:.0f}/s"
    )
    print(f"latency ms: p50 {_pct(latencies, 50):.0f}, p95 {_pct(latencies, 95):.0f}, p99 {_pct(latencies, 99):.0f}")
    for kind, values in sorted(by_kind.items()):
        print(f"  {kind:<14} n={len(values):>5}  p50 {_pct(values, 50):>6.0f}  p95 {_pct(values, 95):>6.0f}")
    print(
        "response cache: "
        + ", ".join(
            f"{how} {len(v)} (p50 {_pct(v, 50):.0f}, p95 {_pct(v, 95):.0f})" for how, v in sorted(by_cache.items())
        )
        + f"; hit rate {len(by_cache.get('hit', [])) / max(1, len(latencies)):.0%}"
    )
    print(
        f"first pass over the {len(first_pass)} URLs (a cold cache): "
        f"p50 {_pct(first_pass, 50):.0f}, p95 {_pct(first_pass, 95):.0f}, p99 {_pct(first_pass, 99):.0f}"
    )
    print(f"errors: {sum(errors.values())}" + "".join(f"\n  {n} × {what}" for what, n in errors.most_common(10)))
    print(f"server peak RSS: {rss:.0f} MB")


def _kind(path: str) -> str:
    parts = path.split("?")[0].removesuffix(".json").strip("/").split("/")
    if len(parts) == 3:
        return "row page"
    return "canned query" if parts[-1] in QUERIES else "table page"


def _wait_for(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/-/versions.json")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.25)
    raise SystemExit("the server did not answer within 60 s")


def _pct(values: list[float], p: int) -> float:
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else 0.0


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --------------------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a built protokoll.db (default: build raw/ into a temporary one)")
    parser.add_argument("--scale", type=int, default=1, help="copy the database this many times over")
    parser.add_argument("--load", action="store_true", help="with --scale: run the load test on the copy too")
    parser.add_argument("--json", action="store_true", help="ask for the JSON of each page instead of its HTML")
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--requests", type=int, default=REQUESTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            db_path = Path(tmp) / "built" / f"{DATABASE_NAME}.db"
            db_path.parent.mkdir()
            started = time.perf_counter()
            report = build([ROOT / "raw"], db_path, cache_dir=Path(tmp) / "cache", raw_root=ROOT / "raw", ocr=False)
            print(f"built {db_path.name} from raw/: {report.summary()} ({time.perf_counter() - started:.0f} s)")
        if args.scale > 1:
            scaled = Path(tmp) / f"{DATABASE_NAME}.db"
            started = time.perf_counter()
            scale(db_path, scaled, args.scale)
            conn = sqlite3.connect(scaled)
            counts = {
                t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "participations")
            }
            conn.close()
            print(f"×{args.scale}: {counts} ({time.perf_counter() - started:.1f} s)")
            print(f"\n{'canned query':<34} {'ms':>8} {'rows':>7}  full scans")
            for name, (ms, rows, scans) in time_queries(scaled).items():
                print(f"{name:<34} {ms:>8.1f} {rows:>7}  {', '.join(scans) or '-'}")
            if not args.load:
                return
            db_path = scaled
        load(db_path, args.clients, args.requests, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
