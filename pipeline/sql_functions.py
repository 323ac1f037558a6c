"""The SQL functions and the collation the canned queries use, registered on a connection.

Datasette's connections get them from the plugin (`datasette_plugin.prepare_connection`), the
command line's from `register(conn)`, so a query runs the same in both:

    sv                       collation: Swedish alphabetical order (å, ä, ö after z)
    search_match(:q)         a typed query -> an FTS5 MATCH expression (pipeline/search.py)
    search_snippet(text, :q) the passage of a text that matches, matched words **marked**
    sv_contains(text, :q)    does text hold every typed word, case-folded the Swedish way
    sv_fold(text)            text case-folded the Swedish way (Å, Ä, Ö too)
    iso_date(:date)          a typed date -> YYYY-MM-DD ('' for none); an error when unreadable
    body_match(:body, alias) how well a typed body name matches one alias (4 best … 0 none)
"""

from __future__ import annotations

import functools
import sqlite3

from .parse.bodies import match_level
from .parse.dates import iso_date
from .search import contains_words, fold_case, match_query, snippet, snippet_text
from .store.schema import swedish_sort_key


def swedish_collation(a: str, b: str) -> int:
    """SQLite collation: Swedish alphabetical order (å, ä, ö after z), ties broken by the raw text
    so the order is total and stable."""
    ka, kb = _collation_key(a), _collation_key(b)
    return (ka > kb) - (ka < kb)


@functools.lru_cache(maxsize=1 << 16)
def _collation_key(text: str) -> tuple[str, str]:
    # A sort calls the collation n·log n times with the same few hundred names (2,220 rows of
    # substitutes_per_meeting: 32,000 calls); their keys are made once.
    return swedish_sort_key(text), text


def search_match(query: str | None) -> str:
    """SQL: what was typed -> an FTS5 query over the search index (`search.match_query`)."""
    return match_query(query)


def search_snippet(text: str | None, query: str | None) -> str:
    """SQL: the best-matching passage of `text`, matched words between ** (`search.snippet`)."""
    return snippet_text(snippet(text, query))


def sv_contains(text: str | None, query: str | None) -> int:
    return int(contains_words(text, query))


def sv_fold(text: str | None) -> str | None:
    return None if text is None else fold_case(text)


def body_match(query: str | None, alias: str | None) -> int:
    """SQL: how well a typed body name matches one folded alias of a body (`bodies.match_level`:
    4 the alias, 3 its words, 2 their starts, 1 a part, 0 none).  The canned queries keep the
    bodies whose best alias scores the best level: one body, or every candidate when ambiguous."""
    return match_level(query or "", [alias or ""])


def sql_iso_date(typed: str | None) -> str:
    """SQL: `dates.iso_date`; an unreadable date raises (SQLite reports "user-defined function
    raised exception"; the plugin puts the reason on the query page and in its JSON and CSV)."""
    return iso_date(typed)


def register(conn: sqlite3.Connection) -> None:
    """Give `conn` the collation and functions above."""
    conn.create_collation("sv", swedish_collation)
    conn.create_function("search_match", 1, search_match, deterministic=True)
    conn.create_function("fts_words", 1, search_match, deterministic=True)  # its name before search_match
    conn.create_function("search_snippet", 2, search_snippet, deterministic=True)
    conn.create_function("sv_contains", 2, sv_contains, deterministic=True)
    conn.create_function("sv_fold", 1, sv_fold, deterministic=True)
    conn.create_function("iso_date", 1, sql_iso_date, deterministic=True)
    conn.create_function("body_match", 2, body_match, deterministic=True)
