"""What Swedish search (pipeline/search.py, store/search_index.py) costs.

A script, not a test (speed is measured here, never asserted):

    .venv/bin/python -m benchmarks.bench_search                      # processed/protokoll.db
    .venv/bin/python -m benchmarks.bench_search path/to/protokoll.db --copies 200

It copies the database's pages, agenda items and decisions `--copies` times into a database in
memory (ids made unique, the text kept), then prints

- the cost of indexing: words a second through `index_terms` (tokenise, stem, fold), and the
  milliseconds per page of writing the index (`index_rows`);
- the size of the index next to the size of the text;
- the milliseconds of one search over everything (the search_everything canned query, snippets
  included, best of 5) for a few typical queries.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from pipeline import sql_functions
from pipeline.queries import search_sql
from pipeline.search import index_terms, words
from pipeline.store import SEARCH, ensure_db_shape, index_rows

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["familjecentral", "beslut", "överenskommelse", "famil*", "aterrapportering", "beslut familjecentral"]
TABLES = ["pages", "agenda_items", "decisions"]  # people are few; their index is rebuilt whole


def copied(source: Path, copies: int) -> sqlite_utils.Database:
    """A database in memory with `copies` copies of the source's searchable rows."""
    db = sqlite_utils.Database(memory=True)
    ensure_db_shape(db)
    src = sqlite3.connect(source)
    src.row_factory = sqlite3.Row
    for table in [*TABLES, "documents", "meetings", "organizations", "people", "person_aliases"]:
        rows = [dict(r) for r in src.execute(f"select * from [{table}]")]
        many = table in TABLES
        with db.atomic():
            for k in range(copies if many else 1):
                db[table].insert_all(
                    ({**r, "id": f"{r['id']}#{k}"} if many else r for r in rows),
                    pk="id",
                    alter=True,
                    replace=True,
                )
    for table in TABLES:
        db.execute(f"delete from [{table}_fts]")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", nargs="?", type=Path, default=ROOT / "processed" / "protokoll.db")
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no database — run `protokoll build raw/` first")
    db = copied(args.db, args.copies)
    texts = [r[0] or "" for r in db.execute("select text from pages")]
    n_words = sum(len(words(t)) for t in texts)
    start = time.perf_counter()
    for t in texts:
        index_terms(t)
    seconds = time.perf_counter() - start
    print(f"{len(texts)} pages, {n_words} words ({args.copies} copies of {args.db})")
    print(f"  index_terms: {n_words / seconds:,.0f} words/s (stems cached after the first copy)")
    for table in TABLES:
        count = db.execute(f"select count(*) from [{table}]").fetchone()[0]
        start = time.perf_counter()
        with db.atomic():
            index_rows(db, table)
        ms = 1000 * (time.perf_counter() - start)
        print(f"  index_rows({table}): {count} rows in {ms:.0f} ms ({ms / max(count, 1):.2f} ms a row)")
    for table in SEARCH:
        text = db.execute(f"select sum(length(words) + length(folded)) from [{table}_fts]").fetchone()[0] or 0
        source = db.execute(f"select sum(length({SEARCH[table][0]})) from [{table}]").fetchone()[0] or 0
        print(f"  {table}_fts: {text / 1e6:.1f} M characters of terms for {source / 1e6:.1f} M of text")
    sql_functions.register(db.conn)
    for q in QUERIES:
        best, hits = float("inf"), 0
        for _ in range(5):
            start = time.perf_counter()
            hits = len(db.conn.execute(search_sql(), {"q": q, "kind": ""}).fetchall())
            best = min(best, time.perf_counter() - start)
        print(f"  search {q!r:<26} {1000 * best:7.1f} ms, {hits} rows (at most 200)")


if __name__ == "__main__":
    main()
