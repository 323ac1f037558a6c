"""Records -> rows.  Each function writes one kind of record, in one transaction.

`save_document` replaces everything one document contributed, so a document is either fully
loaded or not at all.  Nothing here parses text: the records arrive complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path

import sqlite_utils

import pipeline

from ..extract.quality import GARBLED
from ..parse.bodies import body_kind, canonical_name, fold
from ..parse.organizations import canonical_organization
from ..parse.people import name_key
from ..records import Case, ExtractedDocument, Membership, Page, ParsedDocument, Review
from ..resolve import Resolution, slug
from .schema import DOCUMENT_TABLES, NAMED_BY_ROSTER, body_alias_rows, sort_name
from .search_index import index_rows

# Every column that points at a person, as (table, column): `save_people` rewrites them.
PERSON_COLUMNS = [
    ("participations", "person_id"),
    ("signatories", "person_id"),
    ("presentations", "person_id"),
    ("events", "person_id"),
    ("events", "replaces_person_id"),
]

# sqlite-utils' batches: rows a statement, and the parameters SQLite binds in one.
UPSERT_ROWS = 100
MAX_VARIABLES = 999

# Events the roster shows: they belong to the meeting of the roster section they stand in.
ROSTER_EVENTS = ("absence", "substitution", "vacancy")


def _org_id(db: sqlite_utils.Database, name: str | None) -> str | None:
    """The id of an organisation, adding organisations the shipped table does not know."""
    if not name:
        return None
    canonical = canonical_organization(name) or name
    oid = slug(canonical)
    if not _exists(db, "organizations", oid):
        _insert(db, "organizations", [{"id": oid, "name": canonical, "kind": "okänd"}])
    return oid


def _exists(db: sqlite_utils.Database, table: str, row_id: str) -> bool:
    """Whether `table` has the row with this id (one indexed lookup, no table introspection)."""
    return db.conn.execute(f"select 1 from [{table}] where id = ?", [row_id]).fetchone() is not None


def _body_id(db: sqlite_utils.Database, body: str | None, owner: str | None) -> str | None:
    """A body is known by name in the shipped table; any other ("Kommunstyrelsen") is its
    owner's: Kumla's and Hallsberg's boards are two bodies.  Every way of writing one body's
    name ("Kumla kommunstyrelse", "KS Kumla") is stored under one canonical name, with its
    aliases."""
    if not body:
        return None
    name = canonical_name(body, owner)
    oid = slug(name)
    if _exists(db, "organizations", oid):
        return oid
    # A form another document's body already goes by is that body.
    found = list(db.query("select body_id from body_aliases where alias = ? limit 1", [fold(name)]))
    if found:
        return found[0]["body_id"]
    _insert(
        db,
        "organizations",
        [{"id": oid, "name": name, "kind": "organ", "parent_id": _org_id(db, owner), "body_kind": body_kind(name)}],
    )
    _upsert(db, "body_aliases", body_alias_rows(oid, name, owner))
    return oid


def _insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict], *, replace: bool = False) -> None:
    """Insert `rows` (dicts of plain values: str, int, float, None) into an existing `table` with
    one `executemany`: sqlite-utils' `insert_all` looks the table and its columns up again on each
    call, which cost more than the rows themselves (a call per agenda item and table)."""
    rows = list(rows)
    if not rows:
        return
    keys = rows[0].keys()
    if all(row.keys() == keys for row in rows):  # every row has the same columns (the usual case)
        columns = list(keys)
        values: list = (
            list(map(itemgetter(*columns), rows)) if len(columns) > 1 else [(row[columns[0]],) for row in rows]
        )
    else:
        columns = list(dict.fromkeys(c for row in rows for c in row))
        values = [tuple(row.get(c) for c in columns) for row in rows]
    sql = (
        f"insert {'or replace ' if replace else ''}into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"values ({', '.join('?' * len(columns))})"
    )
    if db.conn.in_transaction:  # the caller's transaction makes it all-or-nothing
        db.conn.executemany(sql, values)
    else:
        with db.atomic():
            db.conn.executemany(sql, values)


def _upsert(db: sqlite_utils.Database, table: str, rows: Iterable[dict]) -> None:
    """Insert `rows` into an existing `table` keyed by `id`, or update the columns given of the
    rows whose id is there: what sqlite-utils' `upsert_all(rows, pk="id")` runs (INSERT … ON
    CONFLICT DO UPDATE, the rowid kept; UPSERT_ROWS rows a statement), without its look-ups of
    the table on every call.  A row a statement would make a full-text index flush its pending
    terms once a row (each statement is a savepoint), so its segments come out as sqlite-utils'."""
    rows = list(rows)
    if not rows:
        return
    columns = list(dict.fromkeys(c for row in rows for c in row))
    assert columns[0] == "id", columns
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns[1:])
    row_sql = f"({', '.join('?' * len(columns))})"
    head = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values "
    tail = f" on conflict([id]) do {f'update set {updates}' if updates else 'nothing'}"
    size = max(1, min(UPSERT_ROWS, MAX_VARIABLES // len(columns)))
    with contextlib.nullcontext() if db.conn.in_transaction else db.atomic():
        for k in range(0, len(rows), size):
            chunk = rows[k : k + size]
            values = [row.get(c) for row in chunk for c in columns]
            db.conn.execute(head + ", ".join([row_sql] * len(chunk)) + tail, values)


def provisional_person_id(name: str) -> str:
    """The id a name gets when loaded; `refresh_people` then resolves it across documents."""
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

    document_url = pdf_url(parsed.path, None, raw_root)  # the paths resolved once, not once a row

    def link(page: int | None) -> str | None:
        if document_url is None or not real or not page:
            return document_url
        return f"{document_url}#page={page}"

    # db.atomic(), not `with db.conn`: sqlite-utils commits each write made outside an explicit
    # transaction, so only BEGIN … COMMIT makes the document all-or-nothing (a killed run
    # leaves it as it was).
    # Each organisation and body named in the document is looked up (or added) once.
    org_ids: dict[str | None, str | None] = {}
    body_ids: dict[tuple[str | None, str | None], str | None] = {}

    def org_id(name: str | None) -> str | None:
        if name not in org_ids:
            org_ids[name] = _org_id(db, name)
        return org_ids[name]

    def body_id_of(body: str | None, owner: str | None) -> str | None:
        if (body, owner) not in body_ids:
            body_ids[(body, owner)] = _body_id(db, body, owner)
        return body_ids[(body, owner)]

    with db.atomic():
        for table in DOCUMENT_TABLES:
            db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        body_id = body_id_of(info.body, info.owner)
        _upsert(
            db,
            "documents",
            [
                {
                    "id": doc_id,
                    "path": parsed.path,
                    "filename": Path(parsed.path).name,
                    "url": url,
                    "pdf_url": link(None),
                    "kind": info.kind,
                    "title": info.title,
                    "body_id": body_id,
                    "date": info.date,
                    "pages": parsed.pages,
                    "source": extracted.source,
                    "engine": extracted.engine,
                    "pipeline_version": pipeline.pipeline_version(),
                    "extracted_at": now,
                    "problems": len(parsed.problems),
                },
            ],
        )
        _insert(
            db,
            "pages",
            (
                {
                    "id": f"{doc_id}:{p.number}",
                    "document_id": doc_id,
                    "number": p.number,
                    "label": p.label,
                    "text": p.text,
                    "furniture": "\n".join(ln.text for ln in p.furniture),
                    "links": "\n".join(p.links),
                    "pdf_url": link(p.number),
                    "source": p.source,
                    "quality": p.quality,
                    "ocr_confidence": p.ocr_confidence,
                    "quality_note": p.note,
                }
                for p in extracted.pages
            ),
        )
        # A joint meeting's protocol is one meeting per body present: each roster section seats
        # its people on its own body.
        meeting_of: dict[str | None, str] = {}
        if info.kind in ("protokoll", "minnesanteckningar", "other") and (parsed.items or parsed.participants):
            meeting_of[None] = doc_id
            sections = {p.body for p in parsed.participants if p.body} | {
                e.body for e in parsed.events if e.body and e.kind in ROSTER_EVENTS
            }
            bodies_present = {b: body_id_of(b, info.owner) for b in sorted(sections)}
            joint = info.joint_meeting or any(bid != body_id for bid in bodies_present.values())
            rows = [{"id": doc_id, "body_id": body_id}]
            for b, bid in bodies_present.items():
                if bid == body_id:
                    meeting_of[b] = doc_id
                else:
                    meeting_of[b] = f"{doc_id}@{bid}"
                    rows.append({"id": meeting_of[b], "body_id": bid})
            _insert(
                db,
                "meetings",
                (
                    {
                        **row,
                        "document_id": doc_id,
                        "date": info.date,
                        "time": info.time,
                        "place": info.place,
                        "joint_meeting": int(joint),
                        "kind": info.kind,
                        "title": info.title,
                    }
                    for row in list({r["id"]: r for r in rows}.values())
                ),
            )
        meeting_id = meeting_of.get(None)
        named: dict[str, dict[str, str]] = {}  # written once, after the rows that name them

        def person(name: str, organization: str | None) -> str:
            pid = provisional_person_id(name)
            named.setdefault(pid, {"id": pid, "name": name, "sort_name": sort_name(name)})
            return pid

        if meeting_id:
            _insert(
                db,
                "participations",
                (
                    {
                        "id": f"{doc_id}:{i}",
                        "meeting_id": meeting_of.get(p.body, meeting_id),
                        "person_id": person(p.name, p.organization),
                        "name": p.name,
                        "name_as_written": p.quote,
                        "role": p.role,
                        "organization_id": org_id(p.organization),
                        "title": p.title,
                        "party": p.party,
                        "present": None if p.present is None else int(p.present),
                        "replaces": p.replaces,
                        "confidence": trust(p.page),
                        "document_id": doc_id,
                        "page": p.page if real else None,
                        "quote": p.quote,
                        "pdf_url": link(p.page),
                    }
                    for i, p in enumerate(parsed.participants)
                ),
            )
            _insert(
                db,
                "vacant_seats",
                (
                    {
                        "id": f"{doc_id}:{k}",
                        "meeting_id": meeting_id,
                        "document_id": doc_id,
                        "role": v.role,
                        "organization_id": org_id(v.organization),
                        "page": v.page if real else None,
                        "quote": v.quote,
                        "pdf_url": link(v.page),
                    }
                    for k, v in enumerate(parsed.vacant_seats)
                ),
            )
            body_of_meeting = {mid: (body_id if mid == doc_id else mid.split("@", 1)[1]) for mid in meeting_of.values()}
            _insert(
                db,
                "events",
                (
                    {
                        "id": f"{doc_id}:{k}",
                        "meeting_id": (
                            mid := meeting_of.get(e.body, meeting_id) if e.kind in ROSTER_EVENTS else meeting_id
                        ),
                        "document_id": doc_id,
                        "agenda_item_id": f"{doc_id}:{e.item}" if e.item is not None else None,
                        "kind": e.kind,
                        "name": e.name,
                        "person_id": person(e.name, e.organization) if e.name else None,
                        "role": e.role,
                        "organization_id": org_id(e.organization),
                        "replaces": e.replaces,
                        "replaces_person_id": person(e.replaces, None) if e.replaces else None,
                        "body_id": (
                            body_id_of(e.body, info.owner)
                            if e.body and e.kind not in ROSTER_EVENTS
                            else body_of_meeting[mid]
                        ),
                        "date": e.effective or info.date,
                        "announced": int(e.announced),
                        "page": e.page if real else None,
                        "quote": e.quote,
                        "pdf_url": link(e.page),
                    }
                    for k, e in enumerate(parsed.events)
                ),
            )
        org_of = {p.name: p.organization for p in parsed.participants}
        # Each table's rows of every item in one insert, in the order the items give them.
        item_rows: list[dict] = []
        decision_rows: list[dict] = []
        presentation_rows: list[dict] = []
        for pos, item in enumerate(parsed.items):
            item_id = f"{doc_id}:{item.number}"
            item_rows.append(
                {
                    "id": item_id,
                    "meeting_id": meeting_id,
                    "document_id": doc_id,
                    "number": item.number,
                    "position": pos,
                    "title": item.title,
                    "text": item.text,
                    "dnr": item.dnr,
                    "page": item.page if real else None,
                    "end_page": item.end_page if real else None,
                    "pdf_url": link(item.page),
                }
            )
            decision_rows.extend(
                {
                    "id": f"{item_id}:{k}",
                    "agenda_item_id": item_id,
                    "meeting_id": meeting_id,
                    "document_id": doc_id,
                    "position": k,
                    "text": d.text,
                    "kind": d.kind,
                    "confidence": trust(d.page),
                    "page": d.page if real else None,
                    "pdf_url": link(d.page),
                }
                for k, d in enumerate(item.decisions)
            )
            presentation_rows.extend(
                {
                    "id": f"{item_id}:{k}",
                    "agenda_item_id": item_id,
                    "person_id": person(p.name, org_of.get(p.name)) if " " in p.name else None,
                    "name_as_written": p.name,
                    "verb": p.verb,
                    "document_id": doc_id,
                    "page": p.page if real else None,
                    "quote": p.quote,
                }
                for k, p in enumerate(item.presenters)
            )
        _insert(db, "agenda_items", item_rows)
        _insert(db, "decisions", decision_rows)
        _insert(db, "presentations", presentation_rows)
        _save_decision_record(db, parsed, meeting_id, link, real)
        _insert(
            db,
            "amounts",
            (
                {
                    "id": f"{doc_id}:{k}",
                    "document_id": doc_id,
                    "agenda_item_id": f"{doc_id}:{a.item}" if a.item is not None else None,
                    "decision_id": f"{doc_id}:{a.item}:{a.decision}" if a.decision is not None else None,
                    "meeting_id": meeting_id,
                    "body_id": body_id,
                    "date": info.date,
                    "kind": a.kind,
                    "repeated": int(a.repeated),
                    "text": a.text,
                    "value": a.value,
                    "currency": a.currency,
                    "value_sek": a.value_sek,
                    "value_max": a.value_max,
                    "per": a.per,
                    "per_unit": int(a.per_unit),
                    "purpose": a.purpose,
                    "sentence": a.sentence,
                    "confidence": trust(a.page),
                    "page": a.page if real else None,
                    "pdf_url": link(a.page),
                }
                for k, a in enumerate(parsed.amounts)
            ),
        )
        if parsed.agreement is not None:
            a = parsed.agreement
            _insert(
                db,
                "agreements",
                [
                    {
                        "id": doc_id,
                        "document_id": doc_id,
                        "kind": info.kind,
                        "title": info.title,
                        "valid_from": a.valid_from,
                        "valid_to": a.valid_to,
                        "until_further_notice": int(a.until_further_notice),
                        "decided_by": a.decided_by,
                        "decided_on": a.decided_on,
                        "termination": a.termination,
                        "page": a.page if real else None,
                        "pdf_url": link(a.page),
                    },
                ],
            )
            _insert(
                db,
                "directive_rules",
                (
                    {
                        "id": f"{doc_id}:{k}",
                        "agreement_id": doc_id,
                        "document_id": doc_id,
                        "position": k,
                        "section": r.section,
                        "kind": r.kind,
                        "text": r.text,
                        "appointed_by": r.appointed_by,
                        "count": r.count,
                        "per": r.per,
                        "page": r.page if real else None,
                        "pdf_url": link(r.page),
                    }
                    for k, r in enumerate(parsed.directive_rules)
                ),
            )
            _insert(
                db,
                "agreement_parties",
                (
                    {
                        "id": f"{doc_id}:{k}",
                        "agreement_id": doc_id,
                        "organization_id": org_id(party),
                        "document_id": doc_id,
                    }
                    for k, party in enumerate(a.parties)
                ),
            )
            _insert(
                db,
                "signatories",
                (
                    {
                        "id": f"{doc_id}:{k}",
                        "agreement_id": doc_id,
                        "person_id": person(s.name, s.organization),
                        "name": s.name,
                        "title": s.title,
                        "organization_id": org_id(s.organization),
                        "place": s.place,
                        "seat_body_id": body_id_of(s.seat_body, s.organization),
                        "seat_role": s.seat_role,
                        "date": s.date,
                        "confidence": round(min(s.confidence, trust(s.page)), 2),
                        "page": s.page if real else None,
                        "pdf_url": link(s.page),
                        "document_id": doc_id,
                    }
                    for k, s in enumerate(a.signatories)
                ),
            )
        _upsert(db, "people", named.values())
        # The search index, in the same transaction: the document is searchable as it is loaded.
        for table in ("pages", "agenda_items", "decisions"):
            index_rows(db, table, "document_id = ?", [doc_id])
        for pids in _chunks(sorted(named)):
            index_rows(db, "people", f"id in ({', '.join('?' * len(pids))})", pids)
        save_problems(db, doc_id, parsed.path, [(p.stage, p.message, p.page) for p in parsed.problems], now)


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """`items` in lists of at most `size`: SQLite binds a bounded number of parameters."""
    return [items[k : k + size] for k in range(0, len(items), size)]


def _save_decision_record(
    db: sqlite_utils.Database,
    parsed: ParsedDocument,
    meeting_id: str | None,
    link: Callable[[int | None], str | None],
    real: bool,
) -> None:
    """Votes, motions, reservations, protocol notes and jäv of one document, each row linked to
    its agenda item (when the document has it) and to the person of the roster entry with the
    same name (parse gives a voter found on the roster the roster's form of the name)."""
    doc_id = parsed.doc_id
    items = {it.number for it in parsed.items}
    on_roster = {p.name for p in parsed.participants}

    def item_id(number: str | None) -> str | None:
        return f"{doc_id}:{number}" if number in items else None

    def person_id(name: str | None) -> str | None:
        return provisional_person_id(name) if name and name in on_roster else None

    def common(k: int, item: str | None, page: int | None, quote: str) -> dict:
        return {
            "id": f"{doc_id}:{k}",
            "agenda_item_id": item_id(item),
            "meeting_id": meeting_id,
            "document_id": doc_id,
            "page": page if real else None,
            "quote": quote,
            "pdf_url": link(page),
        }

    vote_rows, event_rows = [], []
    for k, v in enumerate(parsed.vote_events):
        options = dict(v.options)
        event = {
            **common(k, v.item, v.page, v.quote),
            "position": k,
            "question": v.question,
            "option_yes": options.get("ja"),
            "option_no": options.get("nej"),
            "votes_yes": v.yes,
            "votes_no": v.no,
            "votes_abstain": v.abstain,
            "votes_absent": v.absent,
            "majority": v.majority,
            "minority": v.minority,
            "result": v.result,
            "winner": v.winner,
            "casting_vote": int(v.casting_vote),
            "voters": len(v.votes),
            "consistent": None if v.consistent is None else int(v.consistent),
        }
        event_rows.append(event)
        vote_rows += [
            {
                **common(k, v.item, x.page, x.quote),
                "id": f"{event['id']}:{j}",
                "vote_event_id": event["id"],
                "person_id": person_id(x.name),
                "name": x.name,
                "party": x.party,
                "option": x.option,
            }
            for j, x in enumerate(v.votes)
        ]
    _insert(db, "vote_events", event_rows)
    _insert(db, "votes", vote_rows)
    _insert(
        db,
        "proposals",
        (
            {
                **common(k, p.item, p.page, p.quote),
                "position": k,
                "person_id": person_id(p.name),
                "name": p.name,
                "party": p.party,
                "kind": p.kind,
                "text": p.text,
                "refers_to": p.refers_to,
                "outcome": p.outcome,
                "outcome_quote": p.outcome_quote,
            }
            for k, p in enumerate(parsed.proposals)
        ),
    )
    _insert(
        db,
        "reservations",
        (
            {
                **common(k, r.item, r.page, r.quote),
                "person_id": person_id(r.name),
                "name": r.name,
                "party": r.party,
                "against": r.against,
                "reason": r.reason,
                "written": int(r.written),
            }
            for k, r in enumerate(parsed.reservations)
        ),
    )
    _insert(
        db,
        "protocol_notes",
        (
            {
                **common(k, n.item, n.page, n.quote),
                "person_id": person_id(n.name),
                "name": n.name,
                "party": n.party,
                "text": n.text,
            }
            for k, n in enumerate(parsed.protocol_notes)
        ),
    )
    _insert(
        db,
        "conflicts_of_interest",
        (
            {
                **common(k, c.item, c.page, c.quote),
                "item_number": c.item,
                "person_id": person_id(c.name),
                "name": c.name,
                "party": c.party,
                "left_meeting": int(c.left_meeting),
            }
            for k, c in enumerate(parsed.conflicts_of_interest)
        ),
    )


def save_problems(
    db: sqlite_utils.Database,
    doc_id: str | None,
    path: str,
    problems: list[tuple[str, str, int | None]],
    now: str | None = None,
) -> None:
    """Record problems of one document (or of a file that could not be read at all)."""
    now = now or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    key = doc_id or slug(path)
    _insert(
        db,
        "problems",
        (
            {
                "id": f"{key}:{k}",
                "document_id": doc_id,
                "path": path,
                "stage": stage,
                "message": message,
                "page": page,
                "recorded_at": now,
            }
            for k, (stage, message, page) in enumerate(problems)
        ),
        replace=True,
    )


def save_people(db: sqlite_utils.Database, resolution: Resolution) -> None:
    """Rewrite people, their aliases and the name reviews from a resolution, and point every
    mention (participation, signature, presentation, event) at its resolved person."""
    with db.atomic():  # one transaction (see save_document)
        for table, column in PERSON_COLUMNS:
            db.execute(f"update [{table}] set [{column}] = null")
        db.execute("delete from person_aliases")
        db.execute("delete from person_reviews")
        db.execute("delete from memberships")
        db.execute("delete from people")
        _insert(
            db,
            "people",
            (
                {"id": pid, "name": name, "sort_name": sort_name(name), "aliases": len(resolution.aliases.get(pid, ()))}
                for pid, name in resolution.names.items()
            ),
        )
        updates: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for mention_id, pid in resolution.person_of.items():
            where, row_id = mention_id.split(":", 1)
            table, _, column = where.partition(".")
            updates.setdefault((table, column or "person_id"), []).append((pid, row_id))
        for (table, column), pairs in updates.items():
            db.conn.executemany(f"update [{table}] set [{column}] = ? where id = ?", pairs)
        for table in NAMED_BY_ROSTER:
            # the person of the document's roster entry with the same name (as parse wrote it)
            db.execute(
                f"""update [{table}] set person_id = (
                        select p.person_id from participations p
                        where p.document_id = [{table}].document_id and p.name = [{table}].name
                          and p.person_id is not null
                        order by p.id limit 1)"""
            )
        _insert(
            db,
            "person_aliases",
            (
                {"id": f"{pid}:{k}", "person_id": pid, "name": alias}
                for pid, forms in resolution.aliases.items()
                for k, alias in enumerate(sorted(forms))
            ),
        )
        _insert(
            db,
            "person_reviews",
            (
                {
                    "id": f"name:{k}",
                    "kind": "name",
                    "name_a": r.name_a,
                    "name_b": r.name_b,
                    "person_a_id": r.person_a,
                    "person_b_id": r.person_b,
                    "similarity": r.similarity,
                    "decision": r.decision,
                    "evidence": r.evidence,
                }
                for k, r in enumerate(resolution.reviews)
            ),
        )
        index_rows(db, "people")  # every person by every written form of the name


def save_memberships(db: sqlite_utils.Database, memberships: list[Membership], reviews: Sequence[Review] = ()) -> None:
    """Replace the memberships table, and the reviews of readings the derivation did not follow."""
    with db.atomic():  # one transaction (see save_document)
        db.execute("delete from memberships")
        db.execute("delete from person_reviews where kind != 'name'")
        _insert(
            db,
            "person_reviews",
            (
                {
                    "id": f"{r.kind}:{k}",
                    "kind": r.kind,
                    "person_a_id": r.person_id,
                    "body_id": r.body_id,
                    "meeting_id": r.meeting_id,
                    "reading": r.reading,
                    "kept": r.kept,
                    "quote": r.quote,
                    "evidence": r.evidence,
                    "decision": f"read as {r.reading or 'nothing'}, kept {r.kept}",
                }
                for k, r in enumerate(reviews)
            ),
        )
        _insert(
            db,
            "memberships",
            (
                {
                    "id": f"{m.person_id}:{m.body_id}:{m.role}:{m.start_date or m.first_seen}:{k}",
                    "person_id": m.person_id,
                    "body_id": m.body_id,
                    "role": m.role,
                    "organization_id": m.organization_id,
                    "first_meeting_id": m.first_meeting_id,
                    "last_meeting_id": m.last_meeting_id,
                    "first_seen": m.first_seen,
                    "last_seen": m.last_seen,
                    "meetings": m.meetings,
                    "start_date": m.start_date,
                    "start_precision": m.start_precision,
                    "ended_before": m.ended_before,
                    "source_kind": m.source_kind,
                    "document_id": m.doc_id,
                    "page": m.page,
                    "quote": m.quote,
                }
                for k, m in enumerate(memberships)
            ),
        )


def is_disk_full(error: BaseException) -> bool:
    """Whether `error` (or one it was raised while handling: a failed ROLLBACK after a failed
    write) says the disk or the database's quota is full."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.OperationalError) and (
            getattr(seen, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "database or disk is full" in str(seen)
        ):
            return True
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def save_cases(db: sqlite_utils.Database, cases: Sequence[Case]) -> None:
    """Replace the cases table and point every agenda item at its case."""
    with db.atomic():  # one transaction (see save_document)
        db.execute("update agenda_items set case_id = null where case_id is not null")
        db.execute("delete from cases")
        _insert(
            db,
            "cases",
            (
                {
                    "id": c.id,
                    "organization_id": c.organization_id,
                    "dnr": c.dnr,
                    "forms": ", ".join(c.forms),
                    "items": len(c.item_ids),
                    "meetings": c.meetings,
                    "bodies": len(c.body_ids),
                    "first_date": c.first_date,
                    "last_date": c.last_date,
                    "latest_item_id": c.latest_item_id,
                    "latest_body_id": c.latest_body_id,
                    "state": c.state,
                    "latest_decision": c.latest_decision,
                }
                for c in cases
            ),
        )
        db.conn.executemany(
            "update agenda_items set case_id = ? where id = ?", [(c.id, item) for c in cases for item in c.item_ids]
        )
