"""Rows -> records for the exports: the database read once, read-only, into a `Snapshot`.

Each record is a frozen dataclass whose fields are the columns it is read from, so a query is
`select <fields> from <table> order by id` and the exports never see a row.  Everything is
ordered by id, so two exports of one database are byte for byte the same.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import sqlite_utils

# Meetings are held in Swedish time; a time of day is written with its UTC offset that day.
TIMEZONE = ZoneInfo("Europe/Stockholm")

# A meeting's time as classify.py stores it: "09.00", "09.00–12.00", "9:30-11" (hour, minutes).
_CLOCK = r"(?P<{0}_h>[01]?\d|2[0-3])(?:[.:](?P<{0}_m>[0-5]\d))?"
TIME_SPAN = re.compile(rf"^{_CLOCK.format('start')}(?:\s*[-–]\s*{_CLOCK.format('end')})?$")


class NoDatabase(Exception):
    """The database to export does not exist."""


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    kind: str | None
    short_name: str | None
    kommunkod: str | None
    parent_id: str | None
    body_kind: str | None


@dataclass(frozen=True)
class Person:
    id: str
    name: str


@dataclass(frozen=True)
class Membership:
    id: str
    person_id: str
    body_id: str
    role: str | None
    organization_id: str | None
    first_seen: str | None
    last_seen: str | None
    start_date: str | None
    ended_before: str | None
    document_id: str | None
    quote: str | None


@dataclass(frozen=True)
class Document:
    id: str
    path: str | None
    filename: str | None
    url: str | None
    pdf_url: str | None
    kind: str | None
    title: str | None
    date: str | None
    source: str | None


@dataclass(frozen=True)
class Meeting:
    id: str
    document_id: str
    body_id: str | None
    date: str | None
    time: str | None
    place: str | None


@dataclass(frozen=True)
class Participation:
    id: str
    meeting_id: str
    person_id: str | None
    role: str | None
    present: int | None


@dataclass(frozen=True)
class AgendaItem:
    id: str
    meeting_id: str
    document_id: str
    number: str | None
    position: int | None
    title: str | None
    dnr: str | None
    case_id: str | None
    pdf_url: str | None


@dataclass(frozen=True)
class Decision:
    id: str
    agenda_item_id: str
    position: int | None
    text: str


@dataclass(frozen=True)
class Case:
    id: str
    organization_id: str | None
    dnr: str
    first_date: str | None
    last_date: str | None
    state: str | None


@dataclass(frozen=True)
class VoteEvent:
    id: str
    agenda_item_id: str
    meeting_id: str
    question: str | None
    option_yes: str | None
    option_no: str | None
    votes_yes: int | None
    votes_no: int | None
    votes_abstain: int | None
    votes_absent: int | None
    result: str | None
    winner: str | None
    casting_vote: int | None
    consistent: int | None
    quote: str | None
    pdf_url: str | None


@dataclass(frozen=True)
class Vote:
    id: str
    vote_event_id: str
    person_id: str | None
    name: str | None
    party: str | None
    option: str | None


@dataclass(frozen=True)
class Snapshot:
    """What the exports need of one database."""

    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    aliases: dict[str, tuple[str, ...]]  # person id -> written forms other than the name
    memberships: tuple[Membership, ...]
    documents: tuple[Document, ...]
    meetings: tuple[Meeting, ...]
    participations: tuple[Participation, ...]
    agenda_items: tuple[AgendaItem, ...]
    decisions: tuple[Decision, ...]
    cases: tuple[Case, ...]
    vote_events: tuple[VoteEvent, ...]
    votes: tuple[Vote, ...]


R = TypeVar("R")


def _records(db: sqlite_utils.Database, cls: type[R], table: str) -> tuple[R, ...]:
    """Every row of `table` as a `cls`, by id; a table the database does not have is empty."""
    if not db[table].exists():
        return ()
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    columns = ", ".join(f"[{n}]" for n in names)
    return tuple(cls(**row) for row in db.query(f"select {columns} from [{table}] order by id"))


def open_readonly(path: Path) -> sqlite_utils.Database:
    """The database at `path`, opened so that nothing can write to it."""
    if not path.is_file():
        raise NoDatabase(f"{path}: no database — run `protokoll build` first")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite_utils.Database(conn)


def read_snapshot(db: sqlite_utils.Database) -> Snapshot:
    """The records of every exported table, each ordered by id."""
    people = _records(db, Person, "people")
    names = {p.id: p.name for p in people}
    aliases: dict[str, list[str]] = defaultdict(list)
    if db["person_aliases"].exists():
        for row in db.query("select person_id, name from person_aliases order by person_id, name"):
            if row["name"] != names.get(row["person_id"]):
                aliases[row["person_id"]].append(row["name"])
    return Snapshot(
        organizations=_records(db, Organization, "organizations"),
        people=people,
        aliases={k: tuple(v) for k, v in aliases.items()},
        memberships=_records(db, Membership, "memberships"),
        documents=_records(db, Document, "documents"),
        meetings=_records(db, Meeting, "meetings"),
        participations=_records(db, Participation, "participations"),
        agenda_items=_records(db, AgendaItem, "agenda_items"),
        decisions=_records(db, Decision, "decisions"),
        cases=_records(db, Case, "cases"),
        vote_events=_records(db, VoteEvent, "vote_events"),
        votes=_records(db, Vote, "votes"),
    )


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Rows per exported table: what a round trip of the export must give back."""
    return {
        t: db[t].count if db[t].exists() else 0
        for t in (
            "organizations",
            "people",
            "memberships",
            "documents",
            "meetings",
            "agenda_items",
            "cases",
            "vote_events",
            "votes",
        )
    }


def without_none(obj: dict[str, Any]) -> dict[str, Any]:
    """`obj` without the keys whose value is None: the formats leave unknown properties out."""
    return {k: v for k, v in obj.items() if v is not None}


def membership_ids(memberships: tuple[Membership, ...]) -> dict[str, str]:
    """The database's membership id -> an id that stays when other spells come and go.

    The stored id ends in the spell's position among all spells (`…:2024-03-04:17`), which a
    new document can shift; without it the id is person, body, role and start, the same on every
    rebuild.  Spells that would share one are told apart by `#2`, `#3` in the order of their
    organisation and dates.
    """
    groups: dict[str, list[Membership]] = defaultdict(list)
    for m in memberships:
        groups[m.id.rsplit(":", 1)[0]].append(m)
    ids = {}
    for key, group in groups.items():
        group.sort(key=lambda m: (m.organization_id or "", m.first_seen or "", m.last_seen or "", m.id))
        for n, m in enumerate(group, 1):
            ids[m.id] = key if n == 1 else f"{key}#{n}"
    return ids


def meeting_span(day: str | None, time: str | None) -> tuple[str | None, str | None]:
    """A meeting's start and end as ISO date-times with the Swedish offset of that day, from
    its date and written time ("09.00–12.00"); (None, None) when either is missing or unclear.

    >>> meeting_span("2024-03-08", "09.00–12.00")
    ('2024-03-08T09:00:00+01:00', '2024-03-08T12:00:00+01:00')
    >>> meeting_span("2024-06-10", "13")
    ('2024-06-10T13:00:00+02:00', None)
    >>> meeting_span("2024-06-10", None)
    (None, None)
    """
    if not day or not time or not (m := TIME_SPAN.match(time.strip())):
        return None, None
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None, None

    def at(part: str) -> str | None:
        if m.group(f"{part}_h") is None:
            return None
        clock = datetime(d.year, d.month, d.day, int(m.group(f"{part}_h")), int(m.group(f"{part}_m") or 0))
        return clock.replace(tzinfo=TIMEZONE).isoformat()

    return at("start"), at("end")
