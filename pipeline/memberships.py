"""Seats on meeting rosters and election decisions -> membership spells over time.

A spell runs over consecutive meetings of one body in which a person is listed in the same
role for the same organisation; a role change (ledamot -> vice ordförande) or a seat change
(another municipality), or a meeting without them, starts a new one.  Listed counts, present
or not: an absent ledamot is still a ledamot.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .records import Election, Membership, Seat, SignedRole

# Roles that are a task within one meeting, not a seat on the body.
MEETING_TASKS = {"justerare"}


def _seats_that_count(seats: list[Seat]) -> list[Seat]:
    """Drop meeting tasks; a secretary who also holds another role there is that role."""
    roles = defaultdict(set)
    for s in seats:
        roles[(s.meeting_id, s.person_id)].add(s.role)
    return [
        s for s in seats
        if s.role not in MEETING_TASKS
        and not (s.role == "sekreterare" and len(roles[(s.meeting_id, s.person_id)] - MEETING_TASKS) > 1)
    ]


def derive_memberships(
    seats: Iterable[Seat], elections: Iterable[Election] = (), signed: Iterable[SignedRole] = ()
) -> list[Membership]:
    """Membership spells from every seat of every meeting, with exact start dates where an
    election decision gives one; and the seats signatures name, as spells of their own
    (known on the signing date, with no meetings)."""
    seats = _seats_that_count(list(seats))
    meetings: dict[str, dict[str, str | None]] = defaultdict(dict)  # body -> meeting -> date
    at: dict[str, list[Seat]] = defaultdict(list)
    for s in seats:
        meetings[s.body_id][s.meeting_id] = s.date
        at[s.meeting_id].append(s)
    spells: list[dict] = []
    for body, dated in meetings.items():
        order = sorted(dated, key=lambda m: (dated[m] is None, dated[m] or "", m))
        running: dict[tuple, dict] = {}
        for meeting in order:
            seen = set()
            for s in at[meeting]:
                key = (s.person_id, s.role, s.organization_id)
                if key in seen:
                    continue
                seen.add(key)
                if key in running:
                    running[key].update(last_meeting_id=meeting, last_seen=s.date, meetings=running[key]["meetings"] + 1)
                else:
                    running[key] = dict(
                        person_id=s.person_id, body_id=body, role=s.role, organization_id=s.organization_id,
                        first_meeting_id=meeting, last_meeting_id=meeting, first_seen=s.date, last_seen=s.date,
                        meetings=1, doc_id=s.doc_id, page=s.page, quote=s.quote, ended_before=None,
                    )
                    spells.append(running[key])
            for key in [k for k in running if k not in seen]:
                running.pop(key)["ended_before"] = dated[meeting]
    return _with_elections(spells, list(elections)) + [
        Membership(
            person_id=r.person_id, body_id=r.body_id, role=r.role, organization_id=r.organization_id,
            first_meeting_id=None, last_meeting_id=None, first_seen=None, last_seen=None, meetings=0,
            start_date=r.date, start_precision="signature", ended_before=None, source_kind="signature",
            doc_id=r.doc_id, page=r.page, quote=r.quote,
        )
        for r in signed
    ]


def _close_at_elections(spells: list[Membership]) -> list[Membership]:
    """A spell that an election replaced ends on the election date, not at the next meeting:
    ledamot until 2023-06-09, vice ordförande from 2023-06-09."""
    out = []
    for s in spells:
        for e in spells:
            if (
                e.start_precision == "election" and e is not s and (e.person_id, e.body_id) == (s.person_id, s.body_id)
                and s.last_seen and e.start_date and s.last_seen <= e.start_date
                and (s.ended_before is None or e.start_date < s.ended_before)
            ):
                s = replace(s, ended_before=e.start_date)
        out.append(s)
    return out


def _with_elections(spells: list[dict], elections: list[Election]) -> list[Membership]:
    out = []
    used: set[int] = set()
    for spell in spells:
        start, precision, source = spell["first_seen"], "attendance", "attendance"
        candidates = [
            (i, e) for i, e in enumerate(elections)
            if (e.person_id, e.body_id, e.role) == (spell["person_id"], spell["body_id"], spell["role"])
            and e.date and spell["first_seen"] and e.date <= spell["first_seen"] and i not in used
        ]
        if candidates:
            i, e = max(candidates, key=lambda c: c[1].date or "")
            used.add(i)
            start, precision, source = e.date, "election", "attendance+election"
            spell.update(doc_id=e.doc_id, page=e.page, quote=e.quote)
        out.append(Membership(**spell, start_date=start, start_precision=precision, source_kind=source))
    out = _close_at_elections(out)
    for i, e in enumerate(elections):
        if i in used or e.role in MEETING_TASKS:
            continue
        # Elected, but not (yet) listed in that role at any later meeting.
        out.append(Membership(
            person_id=e.person_id, body_id=e.body_id, role=e.role, organization_id=None, first_meeting_id=None,
            last_meeting_id=None, first_seen=None, last_seen=None, meetings=0, start_date=e.date,
            start_precision="election", ended_before=None, source_kind="election", doc_id=e.doc_id, page=e.page,
            quote=e.quote,
        ))
    return out
