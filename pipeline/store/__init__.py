"""The store: records in, rows out, and nothing else.

    schema.py   the database's shape as data (tables, keys, indexes, search, views)
    save.py     records -> rows, one transaction per document
    read.py     rows -> records for the people-over-time layer and the cases, one query each

Nothing here parses text: every fact arrives as a record from `pipeline.parse`.
"""

from .read import handled_items, mentions, seat_events, seats, signed_roles
from .save import (
    page_confidence,
    pdf_url,
    save_cases,
    save_document,
    save_memberships,
    save_people,
    save_problems,
)
from .schema import DOCUMENT_TABLES, FTS, TABLES, VIEWS, ensure_db_shape, sort_name, swedish_sort_key

__all__ = [
    "DOCUMENT_TABLES",
    "FTS",
    "TABLES",
    "VIEWS",
    "ensure_db_shape",
    "handled_items",
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
]
