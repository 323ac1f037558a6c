"""The database's shape, as data: tables, keys, indexes, full-text search (search_index.py) and views.

`ensure_db_shape(db)` applies it; it is idempotent, and a database made by an older version
gains the columns added since.
"""

from __future__ import annotations

import sqlite_utils

from ..parse.bodies import aliases, body_kind
from ..parse.organizations import all_organizations
from ..resolve import slug
from .search_index import create_search_tables, sync_search

# table -> (columns, primary key, foreign keys as (column, other table))
TABLES: dict[str, tuple[dict[str, type], str, list[tuple[str, str]]]] = {
    "organizations": (
        {
            "id": str,
            "name": str,
            "kind": str,
            "short_name": str,
            "kommunkod": str,
            "lansdel": str,
            "parent_id": str,
            "body_kind": str,
        },
        "id",
        [("parent_id", "organizations")],
    ),
    # Every form a body's name is written in, folded (pipeline/bodies.py): what `members`, the
    # timeline and the canned queries match a typed name against.
    "body_aliases": ({"id": str, "body_id": str, "alias": str}, "id", [("body_id", "organizations")]),
    "documents": (
        {
            "id": str,
            "path": str,
            "filename": str,
            "url": str,
            "pdf_url": str,
            "kind": str,
            "title": str,
            "body_id": str,
            "date": str,
            "pages": int,
            "source": str,
            "engine": str,
            "pipeline_version": str,
            "extracted_at": str,
            "problems": int,
        },
        "id",
        [("body_id", "organizations")],
    ),
    "pages": (
        {
            "id": str,
            "document_id": str,
            "number": int,
            "label": str,
            "text": str,
            "furniture": str,
            "links": str,
            "pdf_url": str,
            "source": str,
            "quality": float,
            "ocr_confidence": float,
            "quality_note": str,
        },
        "id",
        [("document_id", "documents")],
    ),
    "meetings": (
        {
            "id": str,
            "document_id": str,
            "body_id": str,
            "date": str,
            "time": str,
            "place": str,
            "joint_meeting": int,
            "kind": str,
            "title": str,
        },
        "id",
        [("document_id", "documents"), ("body_id", "organizations")],
    ),
    "people": ({"id": str, "name": str, "sort_name": str, "aliases": int}, "id", []),
    "person_aliases": ({"id": str, "person_id": str, "name": str}, "id", [("person_id", "people")]),
    "person_reviews": (
        # kind "name": two written forms merged or kept apart (name_a/name_b, similarity);
        # "role", "organisation", "chair": a roster reading the memberships did not follow
        # (reading, kept, quote of the line, evidence of the meetings around it).
        {
            "id": str,
            "kind": str,
            "name_a": str,
            "name_b": str,
            "person_a_id": str,
            "person_b_id": str,
            "similarity": float,
            "decision": str,
            "evidence": str,
            "body_id": str,
            "meeting_id": str,
            "reading": str,
            "kept": str,
            "quote": str,
        },
        "id",
        [],
    ),
    "memberships": (
        {
            "id": str,
            "person_id": str,
            "body_id": str,
            "role": str,
            "organization_id": str,
            "first_meeting_id": str,
            "last_meeting_id": str,
            "first_seen": str,
            "last_seen": str,
            "meetings": int,
            "start_date": str,
            "start_precision": str,
            "ended_before": str,
            "source_kind": str,
            "document_id": str,
            "page": int,
            "quote": str,
        },
        "id",
        [
            ("person_id", "people"),
            ("body_id", "organizations"),
            ("organization_id", "organizations"),
            ("first_meeting_id", "meetings"),
            ("last_meeting_id", "meetings"),
            ("document_id", "documents"),
        ],
    ),
    "participations": (
        {
            "id": str,
            "meeting_id": str,
            "person_id": str,
            "name": str,
            "name_as_written": str,
            "role": str,
            "organization_id": str,
            "title": str,
            "party": str,
            "present": int,
            "replaces": str,
            "confidence": float,
            "document_id": str,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("meeting_id", "meetings"),
            ("person_id", "people"),
            ("organization_id", "organizations"),
            ("document_id", "documents"),
        ],
    ),
    # What a protocol says about who holds a seat (pipeline/parse/events.py): elections,
    # replacements, resignations, vacancies, substitutions, absences; `date` is the effective date
    # the text gives, else the meeting's.
    "events": (
        {
            "id": str,
            "meeting_id": str,
            "document_id": str,
            "agenda_item_id": str,
            "kind": str,
            "name": str,
            "person_id": str,
            "role": str,
            "organization_id": str,
            "replaces": str,
            "replaces_person_id": str,
            "body_id": str,
            "date": str,
            "announced": int,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("agenda_item_id", "agenda_items"),
            ("person_id", "people"),
            ("replaces_person_id", "people"),
            ("organization_id", "organizations"),
            ("body_id", "organizations"),
        ],
    ),
    "vacant_seats": (
        {
            "id": str,
            "meeting_id": str,
            "document_id": str,
            "role": str,
            "organization_id": str,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [("meeting_id", "meetings"), ("document_id", "documents"), ("organization_id", "organizations")],
    ),
    "agenda_items": (
        {
            "id": str,
            "meeting_id": str,
            "document_id": str,
            "number": str,
            "position": int,
            "title": str,
            "text": str,
            "dnr": str,
            "case_id": str,
            "page": int,
            "end_page": int,
            "pdf_url": str,
        },
        "id",
        [("meeting_id", "meetings"), ("document_id", "documents"), ("case_id", "cases")],
    ),
    # A matter followed across meetings and bodies by its case number (pipeline/cases.py):
    # derived from every loaded document after each batch, like the memberships.
    "cases": (
        {
            "id": str,
            "organization_id": str,
            "dnr": str,
            "forms": str,
            "items": int,
            "meetings": int,
            "bodies": int,
            "first_date": str,
            "last_date": str,
            "latest_item_id": str,
            "latest_body_id": str,
            "state": str,
            "latest_decision": str,
        },
        "id",
        [("organization_id", "organizations"), ("latest_item_id", "agenda_items"), ("latest_body_id", "organizations")],
    ),
    "decisions": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "position": int,
            "text": str,
            "kind": str,
            "confidence": float,
            "page": int,
            "pdf_url": str,
        },
        "id",
        [("agenda_item_id", "agenda_items"), ("meeting_id", "meetings"), ("document_id", "documents")],
    ),
    # The decision record beside the decisions (pipeline/parse/votes.py, proposals.py): votes and
    # how each member voted, motions and their fate, reservations, protocol notes, jäv.  A person
    # column is set where the name is on the document's roster (`save_people` re-links it).
    "vote_events": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "position": int,
            "question": str,
            "option_yes": str,
            "option_no": str,
            "votes_yes": int,
            "votes_no": int,
            "votes_abstain": int,
            "votes_absent": int,
            "majority": int,
            "minority": int,
            "result": str,
            "winner": str,
            "casting_vote": int,
            "voters": int,
            "consistent": int,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [("agenda_item_id", "agenda_items"), ("meeting_id", "meetings"), ("document_id", "documents")],
    ),
    "votes": (
        {
            "id": str,
            "vote_event_id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "person_id": str,
            "name": str,
            "party": str,
            "option": str,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("vote_event_id", "vote_events"),
            ("agenda_item_id", "agenda_items"),
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("person_id", "people"),
        ],
    ),
    "proposals": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "position": int,
            "person_id": str,
            "name": str,
            "party": str,
            "kind": str,
            "text": str,
            "refers_to": str,
            "outcome": str,
            "outcome_quote": str,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("agenda_item_id", "agenda_items"),
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("person_id", "people"),
        ],
    ),
    "reservations": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "person_id": str,
            "name": str,
            "party": str,
            "against": str,
            "reason": str,
            "written": int,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("agenda_item_id", "agenda_items"),
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("person_id", "people"),
        ],
    ),
    "protocol_notes": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "person_id": str,
            "name": str,
            "party": str,
            "text": str,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("agenda_item_id", "agenda_items"),
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("person_id", "people"),
        ],
    ),
    "conflicts_of_interest": (
        {
            "id": str,
            "agenda_item_id": str,
            "meeting_id": str,
            "document_id": str,
            "item_number": str,
            "person_id": str,
            "name": str,
            "party": str,
            "left_meeting": int,
            "page": int,
            "quote": str,
            "pdf_url": str,
        },
        "id",
        [
            ("agenda_item_id", "agenda_items"),
            ("meeting_id", "meetings"),
            ("document_id", "documents"),
            ("person_id", "people"),
        ],
    ),
    "presentations": (
        {
            "id": str,
            "agenda_item_id": str,
            "person_id": str,
            "name_as_written": str,
            "verb": str,
            "document_id": str,
            "page": int,
            "quote": str,
        },
        "id",
        [("agenda_item_id", "agenda_items"), ("person_id", "people"), ("document_id", "documents")],
    ),
    "amounts": (
        {
            "id": str,
            "document_id": str,
            "agenda_item_id": str,
            "decision_id": str,
            "meeting_id": str,
            "body_id": str,
            "date": str,
            "kind": str,
            "repeated": int,
            "text": str,
            "value": float,
            "currency": str,
            "value_sek": float,
            "value_max": float,
            "per": str,
            "per_unit": int,
            "purpose": str,
            "sentence": str,
            "confidence": float,
            "page": int,
            "pdf_url": str,
        },
        "id",
        [
            ("document_id", "documents"),
            ("agenda_item_id", "agenda_items"),
            ("decision_id", "decisions"),
            ("meeting_id", "meetings"),
            ("body_id", "organizations"),
        ],
    ),
    "agreements": (
        {
            "id": str,
            "document_id": str,
            "kind": str,
            "title": str,
            "valid_from": str,
            "valid_to": str,
            "until_further_notice": int,
            "decided_by": str,
            "decided_on": str,
            "termination": str,
            "page": int,
            "pdf_url": str,
        },
        "id",
        [("document_id", "documents")],
    ),
    "directive_rules": (
        {
            "id": str,
            "agreement_id": str,
            "document_id": str,
            "position": int,
            "section": str,
            "kind": str,
            "text": str,
            "appointed_by": str,
            "count": int,
            "per": str,
            "page": int,
            "pdf_url": str,
        },
        "id",
        [("agreement_id", "agreements"), ("document_id", "documents")],
    ),
    "agreement_parties": (
        {"id": str, "agreement_id": str, "organization_id": str, "document_id": str},
        "id",
        [("agreement_id", "agreements"), ("organization_id", "organizations")],
    ),
    "signatories": (
        {
            "id": str,
            "agreement_id": str,
            "person_id": str,
            "name": str,
            "title": str,
            "organization_id": str,
            "place": str,
            "date": str,
            "confidence": float,
            "seat_body_id": str,
            "seat_role": str,
            "document_id": str,
            "page": int,
            "pdf_url": str,
        },
        "id",
        [("agreement_id", "agreements"), ("person_id", "people"), ("organization_id", "organizations")],
    ),
    "problems": (
        {"id": str, "document_id": str, "path": str, "stage": str, "message": str, "page": int, "recorded_at": str},
        "id",
        [],
    ),
    # `protokoll update` (pipeline/update.py): what was fetched, every version of a URL, every run.
    "fetches": (
        {
            "id": str,
            "source": str,
            "body": str,
            "url": str,
            "listing_url": str,
            "path": str,
            "sha256": str,
            "status": int,
            "error": str,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "size": int,
            "first_seen": str,
            "fetched_at": str,
            "missing_since": str,
            # A folder source's file as it was when hashed ("inode:size:mtime_ns:ctime_ns"): the
            # same stat next time means the same bytes, and `update` does not hash it again.
            "file_stat": str,
        },
        "id",
        [],
    ),
    "document_versions": (
        {
            "id": str,
            "fetch_id": str,
            "url": str,
            "source": str,
            "version": int,
            "document_id": str,
            "path": str,
            "loaded_at": str,
            "supersedes": str,
            "superseded_by": str,
            "superseded_at": str,
        },
        "id",
        [
            ("fetch_id", "fetches"),
            ("document_id", "documents"),
            ("supersedes", "documents"),
            ("superseded_by", "documents"),
        ],
    ),
    "runs": (
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "version": str,
            "pipeline_version": str,
            "sources": str,
            "status": str,
            "listed": int,
            "downloaded": int,
            "not_modified": int,
            "new": int,
            "changed": int,
            "unchanged": int,
            "reprocessed": int,
            "missing": int,
            "failed": int,
            "bytes": int,
            "message": str,
        },
        "id",
        [],
    ),
    "run_documents": (
        {
            "id": str,
            "run_id": int,
            "source": str,
            "url": str,
            "path": str,
            "sha256": str,
            "document_id": str,
            "status": str,
            "stage": str,
            "http_status": int,
            "error": str,
        },
        "id",
        [("run_id", "runs"), ("document_id", "documents")],
    ),
}

# Tables whose rows name a person the roster of the same document lists: linked to that
# participation's person (`save_people`), never a person of their own.
NAMED_BY_ROSTER = ["votes", "proposals", "reservations", "protocol_notes", "conflicts_of_interest"]

# Tables whose rows belong to one document: replaced as a whole when it is reloaded.
DOCUMENT_TABLES = [
    "votes",
    "vote_events",
    "proposals",
    "reservations",
    "protocol_notes",
    "conflicts_of_interest",
    "events",
    "directive_rules",
    "vacant_seats",
    "amounts",
    "decisions",
    "presentations",
    "agenda_items",
    "participations",
    "signatories",
    "agreement_parties",
    "agreements",
    "meetings",
    "pages",
    "problems",
]

# Indexes the canned queries and pages need beyond one per foreign key (`indexes()`).
INDEXES: list[tuple[str, list[str]]] = [
    ("documents", ["date"]),
    ("meetings", ["body_id", "date"]),
    ("participations", ["meeting_id", "role"]),
    ("pages", ["document_id", "number"]),
    ("memberships", ["person_id", "organization_id"]),  # same_organization_several_bodies
    ("memberships", ["body_id", "first_seen"]),
    ("amounts", ["value_sek"]),  # largest_amounts: the top 200 without sorting them all
    ("events", ["meeting_id"]),
    ("agenda_items", ["case_id"]),
    ("cases", ["dnr"]),
    ("vote_events", ["agenda_item_id"]),
    ("votes", ["vote_event_id"]),
    ("votes", ["person_id"]),
    ("proposals", ["agenda_item_id"]),
    ("reservations", ["person_id"]),
    ("conflicts_of_interest", ["person_id"]),
    ("body_aliases", ["alias"]),
    # build and update clear a file's earlier problems by path before each document: without
    # an index each clearing reads the whole problems table, which grows with a backfill
    ("problems", ["path"]),
    # The table pages' default sorts and metadata.yml's facets, which Datasette runs on every
    # page: at a million rows an unindexed sort or group-by reads the whole table each time.
    ("meetings", ["date"]),
    ("meetings", ["kind"]),
    ("documents", ["kind"]),
    ("agenda_items", ["position"]),
    ("decisions", ["kind"]),
    ("participations", ["role"]),
    ("pages", ["source"]),
    ("memberships", ["first_seen"]),
    ("cases", ["last_date"]),
]


def indexes() -> list[tuple[str, list[str]]]:
    """INDEXES, and one index on every foreign key no index there starts with: a row page
    counts the rows that refer to it in each such table, a join follows each key."""
    out = list(INDEXES)
    for table, (_, _, fks) in TABLES.items():
        for column, _ in fks:
            if not any(t == table and cols[0] == column for t, cols in out):
                out.append((table, [column]))
    return out


# The views look up what they spell out in subqueries, one per column, instead of joining:
# Datasette counts a view's rows on every page and a facet groups them, and over a join that
# visits a million rows each time (SQLite drops no join from an aggregate).  A participation is
# saved with its meeting and person, a decision with its item, and with its meeting where the
# document records one, so these are the rows the joins kept.
VIEWS: dict[str, str] = {
    "attendance": """
        select (select date from meetings where meetings.id = participations.meeting_id) as date,
               (select b.name from meetings join organizations b on b.id = meetings.body_id
                where meetings.id = participations.meeting_id) as body,
               (select name from people where people.id = participations.person_id) as person,
               participations.role,
               (select name from organizations o where o.id = participations.organization_id) as organization,
               participations.title, participations.party, participations.present,
               participations.confidence, participations.pdf_url, participations.person_id,
               participations.meeting_id
        from participations
    """,
    "decisions_with_context": """
        select (select date from meetings where meetings.id = decisions.meeting_id) as date,
               (select b.name from meetings join organizations b on b.id = meetings.body_id
                where meetings.id = decisions.meeting_id) as body,
               (select number from agenda_items where agenda_items.id = decisions.agenda_item_id) as item,
               (select title from agenda_items where agenda_items.id = decisions.agenda_item_id) as item_title,
               decisions.text as decision, decisions.kind, decisions.confidence, decisions.page, decisions.pdf_url,
               decisions.id
        from decisions
        where decisions.meeting_id is not null
    """,
}


def sort_name(name: str) -> str:
    """ "Mia-Lena Strandberg" sorts as "strandberg mia-lena", in Swedish order."""
    parts = name.split()
    return swedish_sort_key(" ".join([parts[-1], *parts[:-1]]) if parts else name)


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "é": "e", "ü": "y"})


def swedish_sort_key(text: str) -> str:
    """A key that sorts by Swedish alphabetical order in plain binary collation: å, ä, ö after z."""
    return text.casefold().translate(_SWEDISH_ORDER)


def _referenced_first(tables: dict[str, tuple[dict, str, list[tuple[str, str]]]]) -> list[str]:
    """The table names, each after the tables its foreign keys point at (as far as there is
    such an order), otherwise in the order given."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in visiting or name not in tables:
            return
        visiting.add(name)
        for _, other in tables[name][2]:
            visit(other)
        visiting.discard(name)
        order.append(name)

    for name in tables:
        visit(name)
    return order


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create tables, foreign keys, indexes, full-text search and views.  Safe to run again.

    In one transaction: each statement committed on its own wrote the schema to disk again (a
    new database took a second of commits), and an upgrade is all-or-nothing.  A new database's
    tables and indexes are made from their statements (`create_table_sql`, `create_index_sql`),
    an existing one's missing parts through sqlite-utils, to the same SQL."""
    with db.atomic():
        _ensure_db_shape(db)


# SQLite's column types for the Python types of TABLES (sqlite-utils' mapping).
SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}


def create_table_sql(name: str) -> str:
    """The CREATE TABLE statement of a table of TABLES, every foreign key inline, as
    sqlite-utils writes it (`Table.create`, then `add_foreign_keys` for keys to tables made
    later): a new database is made from these statements alone, without the look-ups of the
    schema sqlite-utils makes for each table, index and key (a thousand queries)."""
    columns, pk, fks = TABLES[name]
    refs = dict(fks)
    defs = [
        f'   "{column}" {SQL_TYPES[kind]}'
        + (" PRIMARY KEY" if column == pk else "")
        + (f' REFERENCES "{refs[column]}"("id")' if column in refs else "")
        for column, kind in columns.items()
    ]
    return f'CREATE TABLE "{name}" (\n' + ",\n".join(defs) + "\n)"


def create_index_sql(table: str, columns: list[str]) -> str:
    """The CREATE INDEX statement sqlite-utils' `create_index(columns, if_not_exists=True)` runs."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f'CREATE INDEX IF NOT EXISTS "idx_{table}_{"_".join(columns)}"\n    ON "{table}" ({quoted});'


def _ensure_db_shape(db: sqlite_utils.Database) -> None:
    existing = set(db.table_names())
    if not existing:  # a new database: its tables and indexes from their statements
        for name in _referenced_first(TABLES):
            db.conn.execute(create_table_sql(name))
        for name, indexed in indexes():
            db.conn.execute(create_index_sql(name, indexed))
    else:
        _update_tables(db, existing)
    _ensure_search_views_and_rows(db)


def _update_tables(db: sqlite_utils.Database, existing: set[str]) -> None:
    """Create the tables an existing database lacks, add the columns added since, and the indexes."""
    created = []
    # A new table is created with its foreign keys once the tables they point at exist (itself
    # included: organizations.parent_id): adding them afterwards rewrites every table.
    for name in _referenced_first(TABLES):
        columns, pk, fks = TABLES[name]
        table = db.table(name)
        if name not in existing:
            ready = [(column, other, "id") for column, other in fks if other in existing or other == name]
            table.create(columns, pk=pk, foreign_keys=ready)
            existing.add(name)
            created.append((name, [fk for fk in fks if (fk[0], fk[1], "id") not in ready]))
        else:
            # A database made by an older version gains the columns added since.
            have = table.columns_dict
            for column, kind in columns.items():
                if column not in have:
                    table.add_column(column, kind)
    late = [(name, column, other, "id") for name, rest in created for column, other in rest]
    if late:
        db.add_foreign_keys(late)
    for name, indexed in indexes():
        db.table(name).create_index(indexed, if_not_exists=True)


def _ensure_search_views_and_rows(db: sqlite_utils.Database) -> None:
    # Full-text search (store/search_index.py): <table>_fts for decisions, items, pages, people.
    create_search_tables(db)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    # The shipped organisations and their bodies' aliases, each table in one upsert_all.
    orgs = all_organizations()
    db.table("organizations").upsert_all(
        (
            {
                "id": slug(org.name),
                "name": org.name,
                "kind": org.kind,
                "short_name": org.short,
                "kommunkod": org.kommunkod,
                "lansdel": org.lansdel,
                "parent_id": slug(org.parent) if org.parent else None,
                "body_kind": body_kind(org.name) if org.kind == "organ" else None,
            }
            for org in orgs
        ),
        pk="id",
    )
    db.table("body_aliases").upsert_all(
        (row for org in orgs if org.kind == "organ" for row in body_alias_rows(slug(org.name), org.name, None)),
        pk="id",
    )
    sync_search(db)  # a database made before the index, or rows another writer left unindexed


def body_alias_rows(body_id: str, name: str, owner: str | None) -> list[dict[str, str]]:
    """The `body_aliases` rows of one body: every written form of its name, folded."""
    return [{"id": f"{body_id}:{alias}", "body_id": body_id, "alias": alias} for alias in aliases(name, owner)]
