"""Rows -> records for the people-over-time layer: each function is one query, and none writes."""

from __future__ import annotations

import sqlite_utils

from ..records import HandledItem, Seat, SeatEvent, SignedRole
from ..resolve import Mention


def _current(column: str) -> str:
    """SQL: the document in `column` has not been superseded by a newer version of itself, so a
    replaced protocol does not count as a second meeting."""
    return (
        f"not exists (select 1 from document_versions v where v.document_id = {column} and v.superseded_by is not null)"
    )


def mentions(db: sqlite_utils.Database) -> list[Mention]:
    """Every occurrence of a person's name in the database, with its context.  A mention's id
    is "table:row" (or "table.column:row" for a second person column of the row)."""
    rows = db.query(
        """select 'participations:' || p.id as id, p.name, o.name as organization, b.name as body,
                  p.document_id as doc_id, m.date
           from participations p left join organizations o on o.id = p.organization_id
           join meetings m on m.id = p.meeting_id left join organizations b on b.id = m.body_id
           union all
           select 'signatories:' || s.id, s.name, o.name, null, s.document_id, s.date
           from signatories s left join organizations o on o.id = s.organization_id
           union all
           select 'presentations:' || x.id, x.name_as_written, null, b.name, x.document_id, m.date
           from presentations x join agenda_items a on a.id = x.agenda_item_id
           join meetings m on m.id = a.meeting_id left join organizations b on b.id = m.body_id
           where x.person_id is not null
           union all
           select 'events:' || e.id, e.name, o.name, b.name, e.document_id, e.date
           from events e left join organizations o on o.id = e.organization_id
           left join organizations b on b.id = e.body_id
           where e.name is not null
           union all
           select 'events.replaces_person_id:' || e.id, e.replaces, null, b.name, e.document_id, e.date
           from events e left join organizations b on b.id = e.body_id
           where e.replaces is not null"""
    )
    return [Mention(**r) for r in rows]


def seats(db: sqlite_utils.Database) -> list[Seat]:
    """Every roster entry of every meeting, with its body and date."""
    rows = db.query(
        """select p.person_id, m.body_id, m.id as meeting_id, m.date, p.role, p.organization_id, p.present,
                  p.document_id as doc_id, p.page, p.quote
           from participations p join meetings m on m.id = p.meeting_id
           where p.person_id is not null and m.body_id is not null and """
        + _current("p.document_id")
    )
    return [Seat(**{**r, "present": None if r["present"] is None else bool(r["present"])}) for r in rows]


def seat_events(db: sqlite_utils.Database) -> list[SeatEvent]:
    """Every election, replacement, resignation, substitution and absence, resolved to people,
    with its body and date: one join."""
    rows = db.query(
        """select e.kind, e.person_id, e.body_id, e.role, coalesce(e.date, m.date) as date,
                  e.replaces_person_id as replaces_id, e.meeting_id, e.document_id as doc_id, e.page, e.quote
           from events e join meetings m on m.id = e.meeting_id
           where e.body_id is not null and e.kind != 'vacancy' and """
        + _current("e.document_id")
        + """
           order by date, e.id"""
    )
    return [SeatEvent(**r) for r in rows]


def signed_roles(db: sqlite_utils.Database) -> list[SignedRole]:
    """Seats that signatures name: a board's chair signing for their organisation."""
    rows = db.query(
        """select s.person_id, s.seat_body_id as body_id, s.seat_role as role, s.organization_id, s.date,
                  s.document_id as doc_id, s.page, s.name || ', ' || s.title || coalesce(', ' || o.name, '') as quote
           from signatories s left join organizations o on o.id = s.organization_id
           where s.person_id is not null and s.seat_body_id is not null and """
        + _current("s.document_id")
    )
    return [SignedRole(**r) for r in rows]


def handled_items(db: sqlite_utils.Database) -> list[HandledItem]:
    """Every agenda item that names a case number, with its body, the body's organisation (whose
    registry the number is in), its meeting's date and its decisions' kinds."""
    rows = db.query(
        """select a.id as item_id, a.dnr, coalesce(b.parent_id, m.body_id) as organization_id, m.body_id,
                  a.meeting_id, m.date, a.position,
                  (select group_concat(kind, '|') from
                      (select kind from decisions d where d.agenda_item_id = a.id order by d.position)) as kinds,
                  (select text from decisions d where d.agenda_item_id = a.id order by d.position desc limit 1)
                      as decision
           from agenda_items a join meetings m on m.id = a.meeting_id
           left join organizations b on b.id = m.body_id
           where a.dnr is not null and """
        + _current("a.document_id")
    )
    return [
        HandledItem(
            **{
                **{k: v for k, v in r.items() if k != "kinds"},
                "decision_kinds": tuple((r["kinds"] or "").split("|")) if r["kinds"] else (),
            }
        )
        for r in rows
    ]
