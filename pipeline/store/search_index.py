"""The search index: one FTS5 table per searchable table, holding each row's search terms.

`<table>_fts` has the row's terms as `pipeline.search.index_terms` makes them (`words`: each word
as written and stemmed; `folded`: the forms without diacritics) and the row's `id`; its rowid
is the row's rowid, so Datasette's table search box (`fts_table` in metadata.yml) and the canned
queries use it as they would any FTS table.  The stems are computed here, in Python, so nothing
that reads the database needs a tokenizer or function of ours: any SQLite opens it.

Rows are indexed when they are saved (`index_rows`); a trigger drops a row's terms when the row
is deleted or its text changes, and `sync_search` (run by `ensure_db_shape`) indexes whatever a
writer left unindexed, so the index heals itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlite_utils

from ..search import index_terms

# What each searchable table's index holds: the SQL of a row's text, and the columns whose
# change makes the row's terms stale.
SEARCH: dict[str, tuple[str, tuple[str, ...]]] = {
    "decisions": ("text", ("text",)),
    "agenda_items": ("coalesce(title, '') || char(10) || coalesce(text, '')", ("title", "text")),
    "pages": ("text", ("text",)),
    # A person by every written form of the name.
    "people": (
        "name || coalesce(char(10) || (select group_concat(name, char(10)) from person_aliases"
        " where person_aliases.person_id = people.id), '')",
        ("name",),
    ),
}

FTS_COLUMNS = ("words", "folded", "id")
TOKENIZE = "unicode61 remove_diacritics 0"  # å, ä, ö stay letters of their own


def fts_table(table: str) -> str:
    return f"{table}_fts"


def create_search_tables(db: sqlite_utils.Database) -> None:
    """Create each index and its triggers; an index of an older shape (the text itself, made by
    sqlite-utils' enable_fts) is replaced."""
    for table, (_, watched) in SEARCH.items():
        fts = fts_table(table)
        if db.table(fts).exists() and tuple(db.table(fts).columns_dict) != FTS_COLUMNS:
            db.table(table).disable_fts()  # drops the old index and the triggers that fill it
            if db.table(fts).exists():
                db.table(fts).drop()
        db.execute(
            f"create virtual table if not exists [{fts}] using fts5("
            f"words, folded, id unindexed, tokenize = '{TOKENIZE}')"
        )
        columns = ", ".join(f"[{c}]" for c in watched)
        for name, event in (("ad", "delete"), ("au", f"update of {columns}")):
            db.execute(
                f"create trigger if not exists [{fts}_{name}] after {event} on [{table}] "
                f"begin delete from [{fts}] where rowid = old.rowid; end"
            )


def index_rows(db: sqlite_utils.Database, table: str, where: str = "1", params: Sequence[Any] = ()) -> int:
    """(Re)index the rows of `table` that `where` selects; returns how many."""
    text_sql, _ = SEARCH[table]
    fts = fts_table(table)
    rows = db.execute(f"select rowid, id, {text_sql} from [{table}] where {where}", list(params)).fetchall()
    values = []
    for rowid, row_id, text in rows:
        terms = index_terms(text)
        values.append((rowid, terms.words, terms.folded, row_id))
    # OR REPLACE drops the terms a row had (FTS5 looks its rowid up in the index's content):
    # cheaper than deleting `where rowid in (…)` first, which opens a cursor of the index a row.
    db.conn.executemany(f"insert or replace into [{fts}] (rowid, words, folded, id) values (?, ?, ?, ?)", values)
    return len(values)


def sync_search(db: sqlite_utils.Database) -> int:
    """Index every row the index lacks and drop terms of rows that are gone; a table whose
    rowids no longer agree with its index (a VACUUM may renumber them) is indexed anew.
    Returns how many rows were indexed."""
    done = 0
    with db.atomic():
        for table in SEARCH:
            fts = fts_table(table)
            moved = db.execute(
                f"select 1 from [{fts}] join [{table}] on [{table}].rowid = [{fts}].rowid "
                f"where [{table}].id is not [{fts}].id limit 1"
            ).fetchone()
            if moved:
                db.execute(f"delete from [{fts}]")
            db.execute(f"delete from [{fts}] where rowid not in (select rowid from [{table}])")
            done += index_rows(db, table, f"rowid not in (select rowid from [{fts}])")
    return done
