"""A person, a meeting, a body and an agreement as a whole: the questions behind the entity pages
(/-/person/<id>, /-/meeting/<id>, /-/body/<id>, /-/agreement/<id>), and readable labels for the
ids the tables are full of.

Every function reads one sqlite3 connection and returns plain dicts and lists, so it is tested
without a server; the Datasette plugin only renders what they return.  Every fact carries the
PDF page it was read from (`pdf_url`, "/raw/…#page=N").  No SQL here needs the plugin's
functions or the `sv` collation: names are sorted in Python the Swedish way.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlite_utils

from .queries import ROLE_ORDER, members_of
from .store.schema import swedish_sort_key

Page = Literal["person", "meeting", "body", "agreement"]

# Document kinds whose document is an agreement (its page is /-/agreement/<id>).
AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")


# The most rows a page lists of one kind (a body's meetings, a person's meetings attended); the
# page counts them all and links to the table that lists the rest.
ENTITY_ROWS = 100


class NotFound(LookupError):
    """No such person, meeting, body or agreement; the message names what was asked for."""


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _row(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    found = _rows(conn, sql, params)
    return found[0] if found else None


def _role_rank(role: str | None) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


# --------------------------------------------------------------------------- labels
def document_label(kind: str | None, title: str | None, body: str | None, date: str | None) -> str:
    """How a document or meeting reads in a table: body, date and kind for minutes; the title
    (and date) for an agreement or anything without a body.

    >>> document_label("protokoll", "Protokoll", "Specifika samverkansrådet för folkhälsa", "2024-03-08")
    'Specifika samverkansrådet för folkhälsa 2024-03-08 — protokoll'
    >>> document_label("uppdragsdirektiv", "Uppdragsdirektiv för Chefsgrupp folkhälsa", None, "2022-11-03")
    'Uppdragsdirektiv för Chefsgrupp folkhälsa (2022-11-03)'
    """
    if body and kind not in AGREEMENT_KINDS:
        return f"{body} {date or '(no date)'} — {kind or 'document'}"
    name = title or kind or "document"
    return f"{name} ({date})" if date else name


@dataclass
class Labels:
    """Readable names of the ids of one database: documents, meetings, people, organisations
    (bodies among them) and agreements."""

    documents: dict[str, str] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, str] = field(default_factory=dict)
    bodies: set[str] = field(default_factory=set)
    agreements: dict[str, str] = field(default_factory=dict)

    def knows(self, id: str) -> bool:
        return any(id in names for names in (self.documents, self.meetings, self.people, self.organizations))

    def update(self, other: Labels) -> None:
        """Add `other`'s labels to these."""
        for name in ("documents", "meetings", "people", "organizations", "agreements"):
            getattr(self, name).update(getattr(other, name))
        self.bodies |= other.bodies

    def size(self) -> int:
        return len(self.documents) + len(self.meetings) + len(self.people) + len(self.agreements)


def labels(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> Labels:
    """The labels of `ids` (documents, meetings, people and agreements with those ids) and of
    every organisation; with `ids` None every label of the database.  A query per kind of id,
    each a primary-key lookup per id asked for (a database of 100,000 documents has 200,000
    labels: a table page needs a few hundred of them)."""
    found = Labels()
    if ids is None:
        where, params = "", []
    else:
        where, params = "where {} in (select value from json_each(?))", [json.dumps(sorted(set(ids)))]
    for r in _rows(
        conn,
        """select d.id, d.kind, coalesce(d.title, d.filename) as title, d.date, b.name as body
           from documents d left join organizations b on b.id = d.body_id """
        + where.format("d.id"),
        params,
    ):
        found.documents[r["id"]] = document_label(r["kind"], r["title"], r["body"], r["date"])
    for r in _rows(
        conn,
        """select m.id, m.kind, m.title, m.date, b.name as body
           from meetings m left join organizations b on b.id = m.body_id """
        + where.format("m.id"),
        params,
    ):
        found.meetings[r["id"]] = document_label(r["kind"], r["title"], r["body"], r["date"])
    found.people = {
        r["id"]: r["name"] for r in _rows(conn, "select id, name from people " + where.format("id"), params)
    }
    for r in _rows(conn, "select id, name, kind from organizations"):
        found.organizations[r["id"]] = r["name"]
        if r["kind"] == "organ":
            found.bodies.add(r["id"])
    found.agreements = {
        r["id"]: r["title"] or r["id"]
        for r in _rows(conn, "select id, title from agreements " + where.format("id"), params)
    }
    return found


def label_ids(values: Iterable[Any]) -> set[str]:
    """The ids whose labels cells holding `values` need: each id, and the document an id under a
    document starts with (an agenda item "<document>:5", a decision "<document>:5:0").

    >>> sorted(label_ids(["abc:5:0", {"value": "lena-forsberg", "label": "Lena"}, None, 3]))
    ['abc', 'abc:5:0', 'lena-forsberg']
    """
    out = set()
    for value in values:
        if isinstance(value, dict):
            value = value.get("value")
        if isinstance(value, str) and value:
            out |= {value, value.split(":")[0]}
    return out


# Columns whose values are ids of an entity page, by what they name.
PERSON_COLUMNS = frozenset({"person_id", "person_a_id", "person_b_id", "replaces_person_id"})
MEETING_COLUMNS = frozenset({"meeting_id", "first_meeting_id", "last_meeting_id"})
BODY_COLUMNS = frozenset({"body_id", "seat_body_id"})
DOCUMENT_COLUMNS = frozenset({"document_id", "supersedes", "superseded_by"})
# A table's own label column, which links to the row's entity page.
LABEL_CELLS: dict[tuple[str, str], Page] = {
    ("people", "name"): "person",
    ("meetings", "date"): "meeting",
    ("agreements", "title"): "agreement",
    ("organizations", "name"): "body",
}


@dataclass(frozen=True)
class Link:
    """Where an id cell links to: an entity page (`page`, `id`, `fragment`), or, when `page` is
    None, the row of `table` (Datasette's own row page), shown as `label`."""

    label: str
    page: Page | None
    id: str
    fragment: str = ""
    table: str | None = None


def item_number(item_id: str) -> tuple[str, str]:
    """An agenda item id ("<document>:<number>") -> (document id, item number)."""
    document, _, number = item_id.partition(":")
    return document, number


def document_link(document_id: str, names: Labels) -> Link | None:
    label = names.documents.get(document_id)
    if label is None:
        return None
    if document_id in names.meetings:
        return Link(label, "meeting", document_id)
    if document_id in names.agreements:
        return Link(label, "agreement", document_id)
    return Link(label, None, document_id, table="documents")


def cell_link(
    column: str, value: Any, names: Labels, *, table: str | None = None, row_id: str | None = None
) -> Link | None:
    """The link an id cell becomes, with a readable label; None for a cell that is no id of an
    entity (Datasette renders it as it would).  `value` is the id, or Datasette's expanded foreign
    key {"value": id, "label": …}; `table` and `row_id` say which table's row it is in, where a
    table's label column (people.name, agreements.title …) links to the row's own page.

    >>> names = Labels(people={"lena-forsberg": "Lena Forsberg"}, meetings={"abc": "SSR 2024-03-08 — protokoll"})
    >>> cell_link("person_id", "lena-forsberg", names)
    Link(label='Lena Forsberg', page='person', id='lena-forsberg', fragment='', table=None)
    >>> cell_link("agenda_item_id", {"value": "abc:5", "label": "Familjecentraler"}, names).fragment
    'item-5'
    """
    label_of_fk = None
    if isinstance(value, dict):
        value, label_of_fk = value.get("value"), value.get("label")
    if table is not None and row_id is not None and (table, column) in LABEL_CELLS and isinstance(value, str):
        page = LABEL_CELLS[(table, column)]
        if page == "body" and row_id not in names.bodies:
            return None
        return Link(value, page, row_id)
    if not isinstance(value, str) or not value:
        return None
    if column in PERSON_COLUMNS:
        return Link(names.people.get(value, label_of_fk or value), "person", value)
    if column in MEETING_COLUMNS:
        return Link(names.meetings.get(value, label_of_fk or value), "meeting", value)
    if column in BODY_COLUMNS:
        name = names.organizations.get(value, label_of_fk or value)
        return Link(name, "body", value) if value in names.bodies else None
    if column == "agreement_id":
        return Link(names.agreements.get(value, label_of_fk or value), "agreement", value)
    if column in DOCUMENT_COLUMNS:
        return document_link(value, names)
    if column in ("agenda_item_id", "decision_id"):
        item = value.rsplit(":", 1)[0] if column == "decision_id" else value
        document, number = item_number(item)
        title = f"§ {number}" + (f" {label_of_fk}" if label_of_fk and label_of_fk != value else "")
        if column == "decision_id":
            title = f"decision under § {number}"
        meeting = names.meetings.get(document)
        if meeting is None:
            return None
        return Link(f"{title} — {meeting}", "meeting", document, fragment=f"item-{number}")
    return None


# --------------------------------------------------------------------------- a person
def person(conn: sqlite3.Connection, person_id: str) -> dict[str, Any]:
    """One person as a whole: names, seats over time, meetings attended, items presented,
    agreements signed and the seat events that name them, each with its PDF page."""
    found = _row(conn, "select id, name, sort_name from people where id = ?", [person_id])
    if found is None:
        raise NotFound(f"no person with id {person_id!r}")
    aliases = [
        r["name"]
        for r in _rows(conn, "select name from person_aliases where person_id = ? order by rowid", [person_id])
        if r["name"] != found["name"]
    ]
    spells = _rows(
        conn,
        """select m.body_id, b.name as body, m.role, o.name as organization,
                  coalesce(m.start_date, m.first_seen) as start, m.start_precision, m.first_seen, m.last_seen,
                  m.ended_before, m.meetings, m.source_kind, m.quote, m.first_meeting_id, m.last_meeting_id,
                  d.pdf_url || coalesce('#page=' || m.page, '') as pdf_url
           from memberships m
           left join organizations b on b.id = m.body_id
           left join organizations o on o.id = m.organization_id
           left join documents d on d.id = m.document_id
           where m.person_id = ?
           order by coalesce(m.start_date, m.first_seen), m.role""",
        [person_id],
    )
    meetings = _rows(
        conn,
        """select p.meeting_id, mt.date, mt.kind, mt.body_id, b.name as body, p.role, o.name as organization,
                  p.title, p.party, p.present, p.replaces, p.quote, p.pdf_url
           from participations p
           join meetings mt on mt.id = p.meeting_id
           left join organizations b on b.id = mt.body_id
           left join organizations o on o.id = p.organization_id
           where p.person_id = ?
           order by mt.date desc, p.meeting_id, p.rowid
           limit ?""",
        [person_id, ENTITY_ROWS],
    )
    (attended,) = conn.execute("select count(*) from participations where person_id = ?", [person_id]).fetchone()
    presentations = _rows(
        conn,
        """select i.meeting_id, mt.date, b.name as body, i.number, i.title as item, pr.verb, pr.quote,
                  d.pdf_url || coalesce('#page=' || pr.page, '') as pdf_url
           from presentations pr
           join agenda_items i on i.id = pr.agenda_item_id
           left join meetings mt on mt.id = i.meeting_id
           left join organizations b on b.id = mt.body_id
           left join documents d on d.id = pr.document_id
           where pr.person_id = ?
           order by mt.date desc, i.position""",
        [person_id],
    )
    signatures = _rows(
        conn,
        """select s.agreement_id, a.title as agreement, s.title, o.name as organization, s.place, s.date,
                  s.confidence, s.pdf_url
           from signatories s
           join agreements a on a.id = s.agreement_id
           left join organizations o on o.id = s.organization_id
           where s.person_id = ?
           order by s.date desc, s.rowid""",
        [person_id],
    )
    events = _rows(
        conn,
        """select e.kind, e.date, e.role, e.name, e.replaces, e.person_id, e.replaces_person_id, e.announced,
                  e.meeting_id, b.name as body, e.quote, e.pdf_url
           from events e
           left join organizations b on b.id = e.body_id
           where e.person_id = ? or e.replaces_person_id = ?
           order by e.date, e.rowid""",
        [person_id, person_id],
    )
    return {
        **found,
        "aliases": aliases,
        "spells": spells,
        "meetings": meetings,
        "meeting_count": attended,
        "presentations": presentations,
        "signatures": signatures,
        "events": events,
        "bodies": sorted({(s["body_id"], s["body"]) for s in spells if s["body_id"]}, key=lambda b: b[1] or ""),
    }


# --------------------------------------------------------------------------- a meeting
def meeting(conn: sqlite3.Connection, meeting_id: str) -> dict[str, Any]:
    """One meeting as a whole: who was there (in role order), the agenda items in their order,
    each with its decisions, presenters and amounts, the seat events, and the PDF."""
    found = _row(
        conn,
        """select mt.id, mt.document_id, mt.body_id, b.name as body, mt.date, mt.time, mt.place, mt.kind,
                  mt.title, mt.joint_meeting, d.pdf_url, d.pages, d.filename, d.url
           from meetings mt
           join documents d on d.id = mt.document_id
           left join organizations b on b.id = mt.body_id
           where mt.id = ?""",
        [meeting_id],
    )
    if found is None:
        raise NotFound(f"no meeting with id {meeting_id!r}")
    found["label"] = document_label(found["kind"], found["title"], found["body"], found["date"])
    roster = _rows(
        conn,
        """select p.person_id, coalesce(pe.name, p.name) as name, pe.sort_name, p.role, p.organization_id,
                  o.name as organization, p.title, p.party, p.present, p.replaces, p.quote, p.pdf_url
           from participations p
           left join people pe on pe.id = p.person_id
           left join organizations o on o.id = p.organization_id
           where p.meeting_id = ?""",
        [meeting_id],
    )
    roster.sort(
        key=lambda r: (
            _role_rank(r["role"]),
            swedish_sort_key(r["organization"] or ""),
            r["sort_name"] or swedish_sort_key(r["name"] or ""),
        )
    )
    document = found["document_id"]
    items = _rows(
        conn,
        """select id, number, title, text, dnr, page, end_page, pdf_url
           from agenda_items where document_id = ? order by position""",
        [document],
    )
    by_item: dict[str, dict[str, Any]] = {
        i["id"]: {**i, "decisions": [], "presenters": [], "amounts": []} for i in items
    }
    for d in _rows(
        conn,
        "select agenda_item_id, text, kind, page, pdf_url from decisions where document_id = ? order by position",
        [document],
    ):
        if d["agenda_item_id"] in by_item:
            by_item[d["agenda_item_id"]]["decisions"].append(d)
    for p in _rows(
        conn,
        """select pr.agenda_item_id, pr.person_id, coalesce(pe.name, pr.name_as_written) as name, pr.verb, pr.quote,
                  d.pdf_url || coalesce('#page=' || pr.page, '') as pdf_url
           from presentations pr
           left join people pe on pe.id = pr.person_id
           left join documents d on d.id = pr.document_id
           where pr.document_id = ? order by pr.rowid""",
        [document],
    ):
        if p["agenda_item_id"] in by_item:
            by_item[p["agenda_item_id"]]["presenters"].append(p)
    for a in _rows(
        conn,
        """select agenda_item_id, text, value_sek, currency, kind, repeated, per, purpose, sentence, pdf_url
           from amounts where document_id = ? order by rowid""",
        [document],
    ):
        if a["agenda_item_id"] in by_item:
            by_item[a["agenda_item_id"]]["amounts"].append(a)
    events = _rows(
        conn,
        """select kind, date, role, name, person_id, replaces, replaces_person_id, announced, quote, pdf_url
           from events where meeting_id = ? order by rowid""",
        [meeting_id],
    )
    vacant = _rows(
        conn,
        """select v.role, o.name as organization, v.quote, v.pdf_url
           from vacant_seats v left join organizations o on o.id = v.organization_id
           where v.meeting_id = ? order by v.rowid""",
        [meeting_id],
    )
    # The other bodies of a joint meeting, and the body's meetings either side of this one.
    joint = _rows(
        conn,
        """select mt.id, b.name as body from meetings mt left join organizations b on b.id = mt.body_id
           where mt.document_id = ? and mt.id <> ?""",
        [document, meeting_id],
    )
    around = {
        "previous": _row(
            conn,
            """select id, date from meetings where body_id = ? and date < ? and id <> ?
               order by date desc limit 1""",
            [found["body_id"], found["date"] or "", meeting_id],
        ),
        "next": _row(
            conn,
            """select id, date from meetings where body_id = ? and date > ? and id <> ?
               order by date limit 1""",
            [found["body_id"], found["date"] or "9999", meeting_id],
        ),
    }
    return {
        **found,
        "roster": roster,
        "present": sum(1 for r in roster if r["present"] != 0),
        "agenda": list(by_item.values()),
        "events": events,
        "vacant": vacant,
        "joint": joint,
        **around,
    }


# --------------------------------------------------------------------------- a body
def body(conn: sqlite3.Connection, body_id: str, on: str = "") -> dict[str, Any]:
    """One body as a whole: its names, who held a seat on ISO date `on` (default: its latest
    meeting), its meetings newest first, and the money it allocated per year."""
    found = _row(
        conn,
        """select o.id, o.name, o.kind, o.body_kind, parent.name as owner, parent.id as owner_id
           from organizations o left join organizations parent on parent.id = o.parent_id
           where o.id = ?""",
        [body_id],
    )
    if found is None or found["kind"] != "organ":
        raise NotFound(f"no body with id {body_id!r}")
    aliases = [
        r["alias"] for r in _rows(conn, "select alias from body_aliases where body_id = ? order by rowid", [body_id])
    ]
    # The newest ENTITY_ROWS meetings (a body that meets monthly for decades has hundreds; the
    # meetings table lists them all), counted and dated over all of them by the index.
    meetings = _rows(
        conn,
        """select mt.id, mt.date, mt.time, mt.place, mt.kind, mt.joint_meeting, d.pdf_url,
                  (select count(*) from agenda_items i where i.document_id = mt.document_id) as agenda_items,
                  (select count(*) from decisions x where x.document_id = mt.document_id) as decisions,
                  (select count(*) from participations p where p.meeting_id = mt.id) as participants
           from (select * from meetings where body_id = ? order by date desc, id limit ?) mt  -- no date sorts last
           join documents d on d.id = mt.document_id
           order by mt.date is null, mt.date desc, mt.id""",
        [body_id, ENTITY_ROWS],
    )
    held = _row(
        conn,
        "select count(*) as meetings, min(date) as first, max(date) as last from meetings where body_id = ?",
        [body_id],
    ) or {"meetings": 0, "first": None, "last": None}
    date = on or held["last"] or datetime.date.today().isoformat()
    members = members_of(sqlite_utils.Database(conn), body_id, date)
    # The meeting on the date, else the latest before it: whose roster shows who came.
    meeting_then = _row(
        conn,
        "select id, date from meetings where body_id = ? and date <= ? order by date desc, id limit 1",
        [body_id, date],
    )
    money = _rows(
        conn,
        """select substr(date, 1, 4) as year, count(*) as allocations, sum(value_sek) as allocated_sek,
                  max(value_sek) as largest_sek
           from amounts
           where body_id = ? and kind in ('allocation', 'grant') and not repeated and value_sek is not null
           group by year order by year desc""",
        [body_id],
    )
    return {
        **found,
        "aliases": aliases,
        "on": date,
        "members": [dict(m) for m in members],
        "meeting_then": meeting_then,
        "meetings": meetings,
        "meeting_count": held["meetings"],
        "first": held["first"],
        "last": held["last"],
        "money": money,
    }


def bodies(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The bodies that met or have members, with their meetings and people counted, in Swedish order."""
    found = _rows(
        conn,
        """select o.id, o.name, o.body_kind, parent.name as owner,
                  (select count(*) from meetings mt where mt.body_id = o.id) as meetings,
                  (select max(date) from meetings mt where mt.body_id = o.id) as last,
                  (select count(distinct person_id) from memberships ms where ms.body_id = o.id) as people
           from organizations o left join organizations parent on parent.id = o.parent_id
           where o.kind = 'organ'
             and (o.id in (select body_id from meetings) or o.id in (select body_id from memberships))""",
    )
    return sorted(found, key=lambda b: swedish_sort_key(b["name"]))


# --------------------------------------------------------------------------- an agreement
def in_force(agreement: Mapping[str, Any], on: str) -> str:
    """'in force', 'not yet in force' or 'expired' on ISO date `on` (as the agreements_in_force query counts).

    >>> in_force({"valid_from": "2024-07-01", "valid_to": "2027-06-30"}, "2026-12-02")
    'in force'
    >>> in_force({"valid_from": "2023-01-01", "valid_to": None}, "2022-12-31")
    'not yet in force'
    """
    if (agreement.get("valid_from") or "") > on:
        return "not yet in force"
    if agreement.get("valid_to") and agreement["valid_to"] < on:
        return "expired"
    return "in force"


def agreement(conn: sqlite3.Connection, agreement_id: str, today: str | None = None) -> dict[str, Any]:
    """One agreement or directive as a whole: validity (and whether it is in force `today`), the
    parties, who signed for whom, and its rules, each with its PDF page."""
    found = _row(
        conn,
        """select a.id, a.document_id, a.kind, a.title, a.valid_from, a.valid_to, a.until_further_notice,
                  a.decided_by, a.decided_on, a.termination, a.pdf_url, d.date, d.filename, d.url,
                  d.pdf_url as document_pdf_url, d.pages
           from agreements a join documents d on d.id = a.document_id
           where a.id = ?""",
        [agreement_id],
    )
    if found is None:
        raise NotFound(f"no agreement with id {agreement_id!r}")
    on = today or datetime.date.today().isoformat()
    parties = _rows(
        conn,
        """select o.id, o.name, o.kind, o.kommunkod, o.lansdel
           from agreement_parties ap join organizations o on o.id = ap.organization_id
           where ap.agreement_id = ?""",
        [agreement_id],
    )
    parties.sort(key=lambda p: swedish_sort_key(p["name"]))
    signatories = _rows(
        conn,
        """select s.person_id, coalesce(pe.name, s.name) as name, s.title, o.name as organization,
                  s.organization_id, s.place, s.date, s.confidence, s.seat_body_id, s.seat_role, s.pdf_url
           from signatories s
           left join people pe on pe.id = s.person_id
           left join organizations o on o.id = s.organization_id
           where s.agreement_id = ? order by s.rowid""",
        [agreement_id],
    )
    rules = _rows(
        conn,
        """select section, kind, text, appointed_by, count, per, page, pdf_url
           from directive_rules where agreement_id = ? order by position""",
        [agreement_id],
    )
    return {
        **found,
        "today": on,
        "status": in_force(found, on),
        "parties": parties,
        "signatories": signatories,
        "unsigned": [p for p in parties if p["id"] not in {s["organization_id"] for s in signatories}],
        "rules": rules,
    }


def agreements(conn: sqlite3.Connection, today: str | None = None) -> list[dict[str, Any]]:
    """Every agreement and directive, those in force `today` first, with its parties counted and
    who signed it (`signed_by`: name, person_id, organization)."""
    on = today or datetime.date.today().isoformat()
    found = _rows(
        conn,
        """select a.id, a.kind, a.title, a.valid_from, a.valid_to, a.until_further_notice, a.pdf_url,
                  (select count(*) from agreement_parties p where p.agreement_id = a.id) as parties,
                  (select count(*) from signatories s where s.agreement_id = a.id) as signatories
           from agreements a order by a.valid_from desc, a.id""",
    )
    signed: dict[str, list[dict[str, Any]]] = {}
    for s in _rows(
        conn,
        """select s.agreement_id, s.person_id, coalesce(pe.name, s.name) as name, o.name as organization
           from signatories s left join people pe on pe.id = s.person_id
           left join organizations o on o.id = s.organization_id order by s.rowid""",
    ):
        signed.setdefault(s["agreement_id"], []).append(s)
    for a in found:
        a["status"] = in_force(a, on)
        a["signed_by"] = signed.get(a["id"], [])
    return sorted(found, key=lambda a: a["status"] != "in force")


# --------------------------------------------------------------------------- search results
def search_context(conn: sqlite3.Connection, hits: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """For search hits that are decisions or agenda items (`row_table`, `id` of search_everything):
    the meeting each was taken at, the item's number, its decisions and who presented it, by hit id."""
    context: dict[str, dict[str, Any]] = {}
    for hit in hits:
        if hit["row_table"] == "decisions":
            found = _row(conn, "select agenda_item_id from decisions where id = ?", [hit["id"]])
            item_id = found["agenda_item_id"] if found else None
        elif hit["row_table"] == "agenda_items":
            item_id = hit["id"]
        else:
            continue
        item = item_id and _row(
            conn, "select id, meeting_id, document_id, number from agenda_items where id = ?", [item_id]
        )
        if not item:
            continue
        context[hit["id"]] = {
            "meeting_id": item["meeting_id"],
            "number": item["number"],
            "decisions": _rows(
                conn, "select text, kind, pdf_url from decisions where agenda_item_id = ? order by position", [item_id]
            ),
            "presenters": _rows(
                conn,
                """select pr.person_id, coalesce(pe.name, pr.name_as_written) as name, pr.verb
                   from presentations pr left join people pe on pe.id = pr.person_id
                   where pr.agenda_item_id = ? order by pr.rowid""",
                [item_id],
            ),
        }
    return context


# --------------------------------------------------------------------------- the feed of new decisions
FEED_ENTRIES = 50

FEED_SQL = """
select decisions.id, decisions.text, decisions.kind, decisions.pdf_url, meetings.id as meeting_id,
       meetings.date, meetings.body_id, body.name as body, agenda_items.number, agenda_items.title as item
from decisions
join meetings on meetings.id = decisions.meeting_id
left join organizations body on body.id = meetings.body_id
left join agenda_items on agenda_items.id = decisions.agenda_item_id
where (:body = '' or meetings.body_id = :body)
  and (:q = '' or decisions.id in (select id from decisions_fts where decisions_fts match search_match(:q)))
order by meetings.date is null, meetings.date desc, meetings.id, agenda_items.position, decisions.position
limit :limit
"""


def decision_feed(
    conn: sqlite3.Connection, body_id: str = "", q: str = "", limit: int = FEED_ENTRIES
) -> dict[str, Any]:
    """The latest decisions of a body, or holding the words `q` (the search's semantics: word forms,
    prefixes), or both, newest meeting first: what the Atom feed (/-/feed.atom) lists.  `conn`
    needs the search functions (sql_functions.register; Datasette's connections have them)."""
    body = None
    if body_id:
        body = _row(conn, "select id, name from organizations where id = ? and kind = 'organ'", [body_id])
        if body is None:
            raise NotFound(f"no body with id {body_id!r}")
    entries = _rows(conn, FEED_SQL, {"body": body_id, "q": q.strip(), "limit": limit})
    return {"body": body, "q": q.strip(), "entries": entries}
