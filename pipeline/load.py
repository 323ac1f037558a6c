"""Records -> SQLite with sqlite-utils.

The database shape is data (`TABLES`, `FTS`, `VIEWS`) applied by one idempotent
`ensure_db_shape(db)`.  `save_document` replaces everything one document contributed, in
one transaction, so a document is either fully loaded or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import sqlite_utils

from . import PIPELINE_VERSION
from .parse.classify import body_with_owner
from .parse.organizations import all_organizations, canonical_organization
from .quality import GARBLED
from .records import Election, ExtractedDocument, Membership, Page, ParsedDocument, Seat, SignedRole
from .resolve import Mention, Resolution, slug

# table -> (columns, primary key, foreign keys as (column, other table))
TABLES: dict[str, tuple[dict[str, type], str, list[tuple[str, str]]]] = {
    "organizations": (
        {"id": str, "name": str, "kind": str, "short_name": str, "kommunkod": str, "lansdel": str, "parent_id": str},
        "id",
        [("parent_id", "organizations")],
    ),
    "documents": (
        {"id": str, "path": str, "filename": str, "url": str, "pdf_url": str, "kind": str, "title": str,
         "body_id": str, "date": str, "pages": int, "source": str, "engine": str, "pipeline_version": str,
         "extracted_at": str, "problems": int},
        "id",
        [("body_id", "organizations")],
    ),
    "pages": (
        {"id": str, "document_id": str, "number": int, "label": str, "text": str, "furniture": str, "links": str,
         "pdf_url": str, "source": str, "quality": float, "ocr_confidence": float, "quality_note": str},
        "id",
        [("document_id", "documents")],
    ),
    "meetings": (
        {"id": str, "document_id": str, "body_id": str, "date": str, "time": str, "place": str,
         "joint_meeting": int, "kind": str, "title": str},
        "id",
        [("document_id", "documents"), ("body_id", "organizations")],
    ),
    "people": ({"id": str, "name": str, "sort_name": str, "aliases": int}, "id", []),
    "person_aliases": ({"id": str, "person_id": str, "name": str}, "id", [("person_id", "people")]),
    "person_reviews": (
        {"id": str, "name_a": str, "name_b": str, "person_a_id": str, "person_b_id": str, "similarity": float,
         "decision": str, "evidence": str},
        "id",
        [],
    ),
    "memberships": (
        {"id": str, "person_id": str, "body_id": str, "role": str, "organization_id": str, "first_meeting_id": str,
         "last_meeting_id": str, "first_seen": str, "last_seen": str, "meetings": int, "start_date": str,
         "start_precision": str, "ended_before": str, "source_kind": str, "document_id": str, "page": int,
         "quote": str},
        "id",
        [("person_id", "people"), ("body_id", "organizations"), ("organization_id", "organizations"),
         ("first_meeting_id", "meetings"), ("last_meeting_id", "meetings"), ("document_id", "documents")],
    ),
    "participations": (
        {"id": str, "meeting_id": str, "person_id": str, "name": str, "name_as_written": str, "role": str,
         "organization_id": str, "title": str, "party": str, "present": int, "confidence": float,
         "document_id": str, "page": int,
         "quote": str, "pdf_url": str},
        "id",
        [("meeting_id", "meetings"), ("person_id", "people"), ("organization_id", "organizations"),
         ("document_id", "documents")],
    ),
    "vacant_seats": (
        {"id": str, "meeting_id": str, "document_id": str, "role": str, "organization_id": str, "page": int,
         "quote": str, "pdf_url": str},
        "id",
        [("meeting_id", "meetings"), ("document_id", "documents"), ("organization_id", "organizations")],
    ),
    "agenda_items": (
        {"id": str, "meeting_id": str, "document_id": str, "number": str, "position": int, "title": str,
         "text": str, "dnr": str, "page": int, "end_page": int, "pdf_url": str},
        "id",
        [("meeting_id", "meetings"), ("document_id", "documents")],
    ),
    "decisions": (
        {"id": str, "agenda_item_id": str, "meeting_id": str, "document_id": str, "position": int, "text": str,
         "kind": str, "confidence": float, "page": int, "pdf_url": str},
        "id",
        [("agenda_item_id", "agenda_items"), ("meeting_id", "meetings"), ("document_id", "documents")],
    ),
    "presentations": (
        {"id": str, "agenda_item_id": str, "person_id": str, "name_as_written": str, "verb": str,
         "document_id": str, "page": int, "quote": str},
        "id",
        [("agenda_item_id", "agenda_items"), ("person_id", "people"), ("document_id", "documents")],
    ),
    "amounts": (
        {"id": str, "document_id": str, "agenda_item_id": str, "decision_id": str, "text": str, "value": float,
         "currency": str,
         "value_sek": float, "value_max": float, "per": str, "per_unit": int, "purpose": str, "sentence": str,
         "confidence": float, "page": int, "pdf_url": str},
        "id",
        [("document_id", "documents"), ("agenda_item_id", "agenda_items"), ("decision_id", "decisions")],
    ),
    "agreements": (
        {"id": str, "document_id": str, "kind": str, "title": str, "valid_from": str, "valid_to": str,
         "until_further_notice": int, "decided_by": str, "decided_on": str, "termination": str, "page": int,
         "pdf_url": str},
        "id",
        [("document_id", "documents")],
    ),
    "directive_rules": (
        {"id": str, "agreement_id": str, "document_id": str, "position": int, "section": str, "kind": str,
         "text": str, "appointed_by": str, "count": int, "per": str, "page": int, "pdf_url": str},
        "id",
        [("agreement_id", "agreements"), ("document_id", "documents")],
    ),
    "agreement_parties": (
        {"id": str, "agreement_id": str, "organization_id": str, "document_id": str},
        "id",
        [("agreement_id", "agreements"), ("organization_id", "organizations")],
    ),
    "signatories": (
        {"id": str, "agreement_id": str, "person_id": str, "name": str, "title": str, "organization_id": str,
         "place": str, "date": str, "confidence": float, "document_id": str, "page": int, "pdf_url": str},
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
        {"id": str, "source": str, "body": str, "url": str, "listing_url": str, "path": str, "sha256": str,
         "status": int, "error": str, "etag": str, "last_modified": str, "content_type": str, "size": int,
         "first_seen": str, "fetched_at": str, "missing_since": str},
        "id",
        [],
    ),
    "document_versions": (
        {"id": str, "fetch_id": str, "url": str, "source": str, "version": int, "document_id": str, "path": str,
         "loaded_at": str, "supersedes": str, "superseded_by": str, "superseded_at": str},
        "id",
        [("fetch_id", "fetches"), ("document_id", "documents"), ("supersedes", "documents"),
         ("superseded_by", "documents")],
    ),
    "runs": (
        {"id": int, "started_at": str, "finished_at": str, "version": str, "pipeline_version": str, "sources": str,
         "status": str, "listed": int, "downloaded": int, "not_modified": int, "new": int, "changed": int,
         "unchanged": int, "reprocessed": int, "missing": int, "failed": int, "bytes": int, "message": str},
        "id",
        [],
    ),
    "run_documents": (
        {"id": str, "run_id": int, "source": str, "url": str, "path": str, "sha256": str, "document_id": str,
         "status": str, "stage": str, "http_status": int, "error": str},
        "id",
        [("run_id", "runs"), ("document_id", "documents")],
    ),
}

# Tables whose rows belong to one document: replaced as a whole when it is reloaded.
DOCUMENT_TABLES = ["directive_rules", "vacant_seats", "amounts", "decisions", "presentations", "agenda_items", "participations", "signatories",
                   "agreement_parties", "agreements", "meetings", "pages", "problems"]

FTS: dict[str, list[str]] = {
    "pages": ["text"],
    "agenda_items": ["title", "text"],
    "decisions": ["text"],
}

INDEXES: list[tuple[str, list[str]]] = [
    ("documents", ["date"]),
    ("meetings", ["body_id", "date"]),
    ("participations", ["person_id"]),
    ("participations", ["meeting_id", "role"]),
    ("agenda_items", ["meeting_id"]),
    ("decisions", ["agenda_item_id"]),
    ("amounts", ["agenda_item_id"]),
    ("pages", ["document_id", "number"]),
    ("memberships", ["person_id"]),
    ("memberships", ["body_id", "first_seen"]),
]

VIEWS: dict[str, str] = {
    "attendance": """
        select meetings.date, b.name as body, people.name as person, participations.role,
               o.name as organization, participations.title, participations.party, participations.present,
               participations.confidence, participations.pdf_url, participations.person_id,
               meetings.id as meeting_id
        from participations
        join meetings on meetings.id = participations.meeting_id
        join people on people.id = participations.person_id
        left join organizations b on b.id = meetings.body_id
        left join organizations o on o.id = participations.organization_id
    """,
    "decisions_with_context": """
        select meetings.date, b.name as body, agenda_items.number as item, agenda_items.title as item_title,
               decisions.text as decision, decisions.kind, decisions.confidence, decisions.page, decisions.pdf_url,
               decisions.id
        from decisions
        join agenda_items on agenda_items.id = decisions.agenda_item_id
        join meetings on meetings.id = decisions.meeting_id
        left join organizations b on b.id = meetings.body_id
    """,
}


def sort_name(name: str) -> str:
    """ "Pia-Maria Johansson" sorts as "johansson pia-maria", in Swedish order."""
    parts = name.split()
    return swedish_sort_key(" ".join([parts[-1], *parts[:-1]]) if parts else name)


def swedish_sort_key(text: str) -> str:
    """A key that sorts by Swedish alphabetical order in plain binary collation: å, ä, ö after z."""
    table = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "é": "e", "ü": "y"})
    return text.casefold().translate(table)


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create tables, foreign keys, indexes, full-text search and views.  Safe to run again."""
    created = []
    for name, (columns, pk, _) in TABLES.items():
        table = db.table(name)
        if not table.exists():
            table.create(columns, pk=pk)
            created.append(name)
        else:
            # A database made by an older version gains the columns added since.
            for column, kind in columns.items():
                if column not in table.columns_dict:
                    table.add_column(column, kind)
    # Foreign keys once every table exists: organizations refers to itself (parent_id).
    fks = [(name, column, other, "id") for name in created for column, other in TABLES[name][2]]
    if fks:
        db.add_foreign_keys(fks)
    for name, columns in INDEXES:
        db.table(name).create_index(columns, if_not_exists=True)
    for name, columns in FTS.items():
        if not db.table(f"{name}_fts").exists():
            db.table(name).enable_fts(columns, create_triggers=True, tokenize="unicode61 remove_diacritics 0")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    orgs = db.table("organizations")
    for org in all_organizations():
        orgs.upsert(
            {"id": slug(org.name), "name": org.name, "kind": org.kind, "short_name": org.short,
             "kommunkod": org.kommunkod, "lansdel": org.lansdel,
             "parent_id": slug(org.parent) if org.parent else None},
            pk="id",
        )


def _org_id(db: sqlite_utils.Database, name: str | None) -> str | None:
    """The id of an organisation, adding organisations the shipped table does not know."""
    if not name:
        return None
    canonical = canonical_organization(name) or name
    oid = slug(canonical)
    if not db.table("organizations").count_where("id = ?", [oid]):
        db.table("organizations").insert({"id": oid, "name": canonical, "kind": "okänd"}, pk="id")
    return oid


def _body_id(db: sqlite_utils.Database, body: str | None, owner: str | None) -> str | None:
    """A body is known by name in the shipped table; any other ("Kommunstyrelsen") is its
    owner's: Kumla's and Hallsberg's boards are two bodies."""
    if not body:
        return None
    known = canonical_organization(body)
    if known and db.table("organizations").count_where("id = ? and kind = 'organ'", [slug(known)]):
        return slug(known)
    name = body_with_owner(body, owner) or body
    oid = slug(name)
    if not db.table("organizations").count_where("id = ?", [oid]):
        db.table("organizations").insert(
            {"id": oid, "name": name, "kind": "organ", "parent_id": _org_id(db, owner)}, pk="id"
        )
    return oid


def provisional_person_id(name: str) -> str:
    """The id a name gets when loaded; `refresh_people` then resolves it across documents."""
    from .parse.people import name_key

    return slug(name_key(name))


def page_confidence(page: Page) -> float:
    """How far the facts read from a page can be trusted, 0–1: 1 for a text layer judged
    trustworthy; otherwise Tesseract's confidence for OCR'd text, or the quality score of the
    text kept (a garbled layer read with OCR off)."""
    if page.source in ("ocr", "patched") and page.ocr_confidence is not None:
        return round(page.ocr_confidence, 2)
    if page.quality is not None and page.quality < GARBLED:
        return round(page.quality, 2)
    return 1.0


def pdf_url(path: str, page: int | None, raw_root: Path | None) -> str | None:
    """Where Datasette serves the source file, opened at `page`: /raw/file.pdf#page=N."""
    if raw_root is None:
        return None
    try:
        rel = Path(path).resolve().relative_to(raw_root.resolve())
    except ValueError:
        return None
    url = "/raw/" + "/".join(rel.parts)
    return f"{url}#page={page}" if page else url


def save_document(
    db: sqlite_utils.Database,
    extracted: ExtractedDocument,
    parsed: ParsedDocument,
    *,
    raw_root: Path | None = None,
    url: str | None = None,
) -> None:
    """Replace everything `parsed` contributes to the database, in one transaction.

    People get provisional ids from their names; `refresh_people` resolves them afterwards.
    """
    doc_id = parsed.doc_id
    info = parsed.info
    real = extracted.has_real_pages

    confidence_of = {p.number: page_confidence(p) for p in extracted.pages}

    def trust(page: int | None) -> float:
        return confidence_of.get(page, 1.0) if page is not None else 1.0

    def link(page: int | None) -> str | None:
        return pdf_url(parsed.path, page if real else None, raw_root)

    # db.atomic(), not `with db.conn`: sqlite-utils commits each write made outside an explicit
    # transaction, so only BEGIN … COMMIT makes the document all-or-nothing (a killed run
    # leaves it as it was).
    with db.atomic():
        for table in DOCUMENT_TABLES:
            db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        body_id = _body_id(db, info.body, info.owner)
        db.table("documents").upsert(
            {"id": doc_id, "path": parsed.path, "filename": Path(parsed.path).name, "url": url, "pdf_url": link(None),
             "kind": info.kind, "title": info.title, "body_id": body_id, "date": info.date, "pages": parsed.pages,
             "source": extracted.source, "engine": extracted.engine, "pipeline_version": PIPELINE_VERSION,
             "extracted_at": now, "problems": len(parsed.problems)},
            pk="id",
        )
        db.table("pages").insert_all(
            (
                {"id": f"{doc_id}:{p.number}", "document_id": doc_id, "number": p.number, "label": p.label,
                 "text": p.text, "furniture": "\n".join(ln.text for ln in p.furniture), "links": "\n".join(p.links),
                 "pdf_url": link(p.number), "source": p.source, "quality": p.quality,
                 "ocr_confidence": p.ocr_confidence, "quality_note": p.note}
                for p in extracted.pages
            ),
            pk="id",
            alter=True,  # a database made before pages had source/quality columns gains them
        )
        if info.kind in ("protokoll", "minnesanteckningar", "other") and (parsed.items or parsed.participants):
            db.table("meetings").insert(
                {"id": doc_id, "document_id": doc_id, "body_id": body_id, "date": info.date, "time": info.time,
                 "place": info.place, "joint_meeting": int(info.joint_meeting), "kind": info.kind,
                 "title": info.title},
                pk="id",
            )
            meeting_id: str | None = doc_id
        else:
            meeting_id = None
        people = db.table("people")

        def person(name: str, organization: str | None) -> str:
            pid = provisional_person_id(name)
            people.upsert({"id": pid, "name": name, "sort_name": sort_name(name)}, pk="id")
            return pid

        if meeting_id:
            db.table("participations").insert_all(
                (
                    {"id": f"{doc_id}:{i}", "meeting_id": meeting_id, "person_id": person(p.name, p.organization),
                     "name": p.name, "name_as_written": p.quote, "role": p.role, "organization_id": _org_id(db, p.organization),
                     "title": p.title, "party": p.party, "present": None if p.present is None else int(p.present),
                     "confidence": trust(p.page),
                     "document_id": doc_id, "page": p.page if real else None, "quote": p.quote,
                     "pdf_url": link(p.page)}
                    for i, p in enumerate(parsed.participants)
                ),
                pk="id",
            )
            db.table("vacant_seats").insert_all(
                ({"id": f"{doc_id}:{k}", "meeting_id": meeting_id, "document_id": doc_id, "role": v.role,
                  "organization_id": _org_id(db, v.organization), "page": v.page if real else None,
                  "quote": v.quote, "pdf_url": link(v.page)} for k, v in enumerate(parsed.vacant_seats)),
                pk="id",
            )
        org_of = {p.name: p.organization for p in parsed.participants}
        for pos, item in enumerate(parsed.items):
            item_id = f"{doc_id}:{item.number}"
            db.table("agenda_items").insert(
                {"id": item_id, "meeting_id": meeting_id, "document_id": doc_id, "number": item.number,
                 "position": pos, "title": item.title, "text": item.text, "dnr": item.dnr,
                 "page": item.page if real else None, "end_page": item.end_page if real else None,
                 "pdf_url": link(item.page)},
                pk="id",
            )
            db.table("decisions").insert_all(
                (
                    {"id": f"{item_id}:{k}", "agenda_item_id": item_id, "meeting_id": meeting_id,
                     "document_id": doc_id, "position": k, "text": d.text, "kind": d.kind, "confidence": trust(d.page),
                     "page": d.page if real else None, "pdf_url": link(d.page)}
                    for k, d in enumerate(item.decisions)
                ),
                pk="id",
            )
            db.table("presentations").insert_all(
                (
                    {"id": f"{item_id}:{k}", "agenda_item_id": item_id,
                     "person_id": person(p.name, org_of.get(p.name)) if " " in p.name else None,
                     "name_as_written": p.name, "verb": p.verb, "document_id": doc_id,
                     "page": p.page if real else None, "quote": p.quote}
                    for k, p in enumerate(item.presenters)
                ),
                pk="id",
            )
        db.table("amounts").insert_all(
            (
                {"id": f"{doc_id}:{k}", "document_id": doc_id,
                 "agenda_item_id": f"{doc_id}:{a.item}" if a.item is not None else None,
                 "decision_id": f"{doc_id}:{a.item}:{a.decision}" if a.decision is not None else None,
                 "text": a.text,
                 "value": a.value, "currency": a.currency, "value_sek": a.value_sek, "value_max": a.value_max,
                 "per": a.per, "per_unit": int(a.per_unit), "purpose": a.purpose, "sentence": a.sentence,
                 "confidence": trust(a.page),
                 "page": a.page if real else None, "pdf_url": link(a.page)}
                for k, a in enumerate(parsed.amounts)
            ),
            pk="id",
        )
        if parsed.agreement is not None:
            a = parsed.agreement
            db.table("agreements").insert(
                {"id": doc_id, "document_id": doc_id, "kind": info.kind, "title": a.title or info.title,
                 "valid_from": a.valid_from, "valid_to": a.valid_to,
                 "until_further_notice": int(a.until_further_notice), "decided_by": a.decided_by,
                 "decided_on": a.decided_on, "termination": a.termination, "page": a.page if real else None,
                 "pdf_url": link(a.page)},
                pk="id",
            )
            db.table("directive_rules").insert_all(
                ({"id": f"{doc_id}:{k}", "agreement_id": doc_id, "document_id": doc_id, "position": k,
                  "section": r.section, "kind": r.kind, "text": r.text, "appointed_by": r.appointed_by,
                  "count": r.count, "per": r.per, "page": r.page if real else None, "pdf_url": link(r.page)}
                 for k, r in enumerate(parsed.directive_rules)),
                pk="id",
            )
            db.table("agreement_parties").insert_all(
                ({"id": f"{doc_id}:{k}", "agreement_id": doc_id, "organization_id": _org_id(db, party),
                  "document_id": doc_id} for k, party in enumerate(a.parties)),
                pk="id",
            )
            db.table("signatories").insert_all(
                ({"id": f"{doc_id}:{k}", "agreement_id": doc_id, "person_id": person(s.name, s.organization),
                  "name": s.name, "title": s.title, "organization_id": _org_id(db, s.organization), "place": s.place,
                  "date": s.date, "confidence": round(min(s.confidence, trust(s.page)), 2),
                  "page": s.page if real else None,
                  "pdf_url": link(s.page), "document_id": doc_id} for k, s in enumerate(a.signatories)),
                pk="id",
            )
        save_problems(db, doc_id, parsed.path, [(p.stage, p.message, p.page) for p in parsed.problems], now)


def save_problems(
    db: sqlite_utils.Database, doc_id: str | None, path: str, problems: list[tuple[str, str, int | None]],
    now: str | None = None,
) -> None:
    """Record problems of one document (or of a file that could not be read at all)."""
    now = now or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    key = doc_id or slug(path)
    db.table("problems").insert_all(
        ({"id": f"{key}:{k}", "document_id": doc_id, "path": path, "stage": stage, "message": message,
          "page": page, "recorded_at": now} for k, (stage, message, page) in enumerate(problems)),
        pk="id", replace=True,
    )


# --------------------------------------------------------------------------- people over time
def _current(column: str) -> str:
    """SQL: the document in `column` has not been superseded by a newer version of itself, so a
    replaced protocol does not count as a second meeting."""
    return (f"not exists (select 1 from document_versions v where v.document_id = {column} "
            "and v.superseded_by is not null)")


def mentions(db: sqlite_utils.Database) -> list[Mention]:
    """Every occurrence of a person's name in the database, with its context."""
    rows = db.query(
        """select 'participations:' || p.id as id, p.name, o.name as organization, b.name as body,
                  p.document_id as doc_id
           from participations p left join organizations o on o.id = p.organization_id
           join meetings m on m.id = p.meeting_id left join organizations b on b.id = m.body_id
           union all
           select 'signatories:' || s.id, s.name, o.name, null, s.document_id
           from signatories s left join organizations o on o.id = s.organization_id
           union all
           select 'presentations:' || x.id, x.name_as_written, null, b.name, x.document_id
           from presentations x join agenda_items a on a.id = x.agenda_item_id
           join meetings m on m.id = a.meeting_id left join organizations b on b.id = m.body_id
           where x.person_id is not null"""
    )
    return [Mention(**r) for r in rows]


def save_people(db: sqlite_utils.Database, resolution: Resolution) -> None:
    """Rewrite people, their aliases and the review table from a resolution, and point every
    participation, signature and presentation at its resolved person."""
    with db.atomic():  # one transaction (see save_document)
        for table in ("participations", "signatories", "presentations"):
            db.execute(f"update [{table}] set person_id = null")
        db.execute("delete from person_aliases")
        db.execute("delete from person_reviews")
        db.execute("delete from memberships")
        db.execute("delete from people")
        db.table("people").insert_all(
            ({"id": pid, "name": name, "sort_name": sort_name(name), "aliases": len(resolution.aliases.get(pid, ()))}
             for pid, name in resolution.names.items()),
            pk="id",
        )
        for mention_id, pid in resolution.person_of.items():
            table, row_id = mention_id.split(":", 1)
            db.execute(f"update [{table}] set person_id = ? where id = ?", [pid, row_id])
        db.table("person_aliases").insert_all(
            ({"id": f"{pid}:{k}", "person_id": pid, "name": alias}
             for pid, forms in resolution.aliases.items() for k, alias in enumerate(sorted(forms))),
            pk="id",
        )
        db.table("person_reviews").insert_all(
            ({"id": str(k), "name_a": r.name_a, "name_b": r.name_b, "person_a_id": r.person_a,
              "person_b_id": r.person_b, "similarity": r.similarity, "decision": r.decision, "evidence": r.evidence}
             for k, r in enumerate(resolution.reviews)),
            pk="id",
        )


def seats(db: sqlite_utils.Database) -> list[Seat]:
    """Every roster entry of every meeting, with its body and date."""
    rows = db.query(
        """select p.person_id, m.body_id, m.id as meeting_id, m.date, p.role, p.organization_id,
                  p.document_id as doc_id, p.page, p.quote
           from participations p join meetings m on m.id = p.meeting_id
           where p.person_id is not null and m.body_id is not null and """ + _current("p.document_id")
    )
    return [Seat(**r) for r in rows]


def elections(db: sqlite_utils.Database) -> list[Election]:
    """People elected by decisions ("X valdes till vice ordförande"), resolved to people."""
    from .parse.decisions import elections as elected_in
    from .parse.people import name_key

    out = []
    rows = db.query(
        """select d.text, d.document_id, d.page, m.id as meeting_id, m.body_id, m.date
           from decisions d join meetings m on m.id = d.meeting_id
           where d.kind = 'val' and m.body_id is not null and """ + _current("d.document_id")
    )
    for row in rows:
        for person in elected_in(row["text"]):
            found = list(db.query(
                "select person_id, name from participations where meeting_id = ? and person_id is not null",
                [row["meeting_id"]],
            ))
            match = [r["person_id"] for r in found if name_key(r["name"]) == name_key(person.name)]
            if match:
                out.append(Election(person_id=match[0], body_id=row["body_id"], role=person.role, date=row["date"],
                                    doc_id=row["document_id"], page=row["page"], quote=row["text"]))
    return out


# "Kommunstyrelsens ordförande", "Regionstyrelsens vice ordförande": a board seat in a title.
BOARD_TITLE = re.compile(r"^(?P<board>[A-ZÅÄÖ]\w+(?:styrelsen|nämnden|fullmäktige))s\s+(?P<role>(?:vice |1:e vice |2:e vice )?ordförande)$",
                         re.I)


def signed_roles(db: sqlite_utils.Database) -> list[SignedRole]:
    """Seats that signatures name: a board's chair signing for their organisation."""
    out = []
    rows = db.query(
        """select s.person_id, s.title, s.organization_id, o.name as organization, s.date, s.document_id, s.page,
                  s.name from signatories s left join organizations o on o.id = s.organization_id
           where s.person_id is not null and s.title is not null and """ + _current("s.document_id")
    )
    for r in list(rows):
        m = BOARD_TITLE.match(r["title"].strip())
        if not m:
            continue
        role = "vice ordförande" if "vice" in m.group("role").casefold() else "ordförande"
        out.append(SignedRole(
            person_id=r["person_id"], body_id=_body_id(db, m.group("board").capitalize(), r["organization"]),
            role=role, organization_id=r["organization_id"], date=r["date"], doc_id=r["document_id"], page=r["page"],
            quote=f"{r['name']}, {r['title']}, {r['organization']}",
        ))
    return out


def save_memberships(db: sqlite_utils.Database, memberships: list[Membership]) -> None:
    """Replace the memberships table."""
    with db.atomic():  # one transaction (see save_document)
        db.execute("delete from memberships")
        db.table("memberships").insert_all(
            ({"id": f"{m.person_id}:{m.body_id}:{m.role}:{m.start_date or m.first_seen}:{k}", "person_id": m.person_id,
              "body_id": m.body_id, "role": m.role, "organization_id": m.organization_id,
              "first_meeting_id": m.first_meeting_id, "last_meeting_id": m.last_meeting_id,
              "first_seen": m.first_seen, "last_seen": m.last_seen, "meetings": m.meetings,
              "start_date": m.start_date, "start_precision": m.start_precision, "ended_before": m.ended_before,
              "source_kind": m.source_kind, "document_id": m.doc_id, "page": m.page, "quote": m.quote}
             for k, m in enumerate(memberships)),
            pk="id",
        )
