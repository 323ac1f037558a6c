"""The store: records in, rows out, and nothing else.

    schema.py   the database's shape as data (tables, keys, indexes, search, views)
    search_index.py  the full-text index: each searchable row's Swedish search terms
    save.py     records -> rows, one transaction per document
    read.py     rows -> records for the people-over-time layer and the cases, one query each

Nothing here parses text: every fact arrives as a record from `pipeline.parse`, and the search
terms of a row come from `pipeline.search`.
"""

from .read import handled_items, mentions, seat_events, seats, signed_roles
from .save import (
    is_disk_full,
    page_confidence,
    pdf_url,
    save_cases,
    save_document,
    save_memberships,
    save_people,
    save_problems,
)
from .schema import DOCUMENT_TABLES, TABLES, VIEWS, ensure_db_shape, sort_name, swedish_sort_key
from .search_index import SEARCH, fts_table, index_rows, sync_search

__all__ = [
    "DOCUMENT_TABLES",
    "SEARCH",
    "TABLES",
    "VIEWS",
    "ensure_db_shape",
    "fts_table",
    "handled_items",
    "index_rows",
    "is_disk_full",
    "mentions",
    "page_confidence",
    "pdf_url",
    "save_cases",
    "save_document",
    "save_memberships",
    "save_people",
    "save_problems",
    "seat_events",
    "seats",
    "signed_roles",
    "sort_name",
    "swedish_sort_key",
    "sync_search",
]
