"""Datasette hooks: Swedish name order for SQL, safe full-text queries, and PDF page links.

Registered through the `datasette` entry point in pyproject.toml.  The canned queries in
metadata.yml rely on `collate sv` and `fts_words(...)`, which every connection gets here.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from .load import swedish_sort_key


def swedish_collation(a: str, b: str) -> int:
    """SQLite collation: Swedish alphabetical order (å, ä, ö after z), ties broken by the raw text
    so the order is total and stable."""
    ka, kb = (swedish_sort_key(a), a), (swedish_sort_key(b), b)
    return (ka > kb) - (ka < kb)


def fts_words(query: str | None) -> str:
    """Plain words -> an FTS5 query that matches rows holding all of them.

    Each word is quoted, so punctuation ("KC/RD", "2024-03-08") is never FTS syntax and never
    an error; a trailing * keeps its meaning as a prefix search.  Nothing typed matches nothing.
    """
    terms = []
    for word in (query or "").split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', '""')
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms) or '""'


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_collation("sv", swedish_collation)
    conn.create_function("fts_words", 1, fts_words, deterministic=True)


_PAGE = re.compile(r"#page=(\d+)$")


@hookimpl
def render_cell(value: Any, column: str, datasette: Any) -> Markup | None:
    """`pdf_url` cells become a link to the served source file, opened at the cited page."""
    if column != "pdf_url" or not isinstance(value, str) or not value.startswith("/raw/"):
        return None
    page = _PAGE.search(value)
    label = f"PDF s. {page.group(1)}" if page else "PDF"
    return Markup('<a href="{}" title="{}">{}</a>').format(datasette.urls.path(value), value, label)
