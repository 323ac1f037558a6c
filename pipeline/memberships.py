"""Seats on meeting rosters plus seat events -> membership spells over time.

A spell is a person in one role for one organisation on one body, from the meeting (or the
election) that starts it to the last meeting that lists them.  How the rows are derived:

1. **Seats count, tasks do not.**  Every roster entry is a seat, present or not; a justerare is
   a task within one meeting.  A member listed as absent ("Frånvarande", "Anmält förhinder"),
   or stood in for by a tjänstgörande ersättare, holds their seat on that date.
2. **Readings are reconciled across meetings.**  A person's organisation missing in one roster
   is the one their seat has in the meetings around it; a role that differs in one meeting
   from the meetings on both sides, with no election or replacement to explain it, is the
   role around it.  Each correction is a `Review` with both readings and their quotes.
3. **Events end and start spells.**  An absence or a substitute does not end a spell, and
   neither does a gap of up to `MAX_GAP` meetings that do not list an elected member (rosters
   often list only who came), unless a mandate period begins in it; officials and guests attend
   when asked, so a meeting without them ends their spell.  An election, a replacement or a
   resignation does, on its date: the spell before it ends there (`ended_before`), the new
   one starts there (`start_precision` "election" or "replacement").
4. **A signature names a seat** on its own date ("Kommunstyrelsens ordförande").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .records import Membership, Review, Role, Seat, SeatEvent, SignedRole

# Roles that are a task within one meeting, not a seat on the body.
MEETING_TASKS = {"justerare"}
# Meetings in a row that may leave a member unlisted without ending their spell …
MAX_GAP = 2
# … for the seats a member holds between meetings; officials and guests attend when they are asked.
ELECTED_SEATS = {"ordförande", "vice ordförande", "ledamot", "ersättare"}
# Swedish municipal and regional mandate periods begin on 1 January of these years (mod 4).
TERM_START_YEAR_MOD_4 = 3  # 2019, 2023, 2027


@dataclass
class Derivation:
    memberships: list[Membership] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)


@dataclass
class _Seen:
    """One person at one meeting of one body: a roster seat, or a seat held in absence."""

    index: int  # the meeting's position among the body's meetings
    meeting_id: str
    date: str | None
    role: Role | None
    organization_id: str | None
    doc_id: str
    page: int | None
    quote: str
    listed: bool  # on the roster (True) or only held (absent, stood in for)


def _seats_that_count(seats: list[Seat]) -> list[Seat]:
    """Drop meeting tasks; a secretary who also holds another role there is that role."""
    roles = defaultdict(set)
    for s in seats:
        roles[(s.meeting_id, s.person_id)].add(s.role)
    return [
        s
        for s in seats
        if s.role not in MEETING_TASKS
        and not (s.role == "sekreterare" and len(roles[(s.meeting_id, s.person_id)] - MEETING_TASKS) > 1)
    ]


def _new_term_between(earlier: str | None, later: str | None) -> bool:
    """Whether a mandate period starts after `earlier` and on or before `later`."""
    if not earlier or not later:
        return False
    return any(y % 4 == TERM_START_YEAR_MOD_4 for y in range(int(earlier[:4]) + 1, int(later[:4]) + 1))


def derive_memberships(
    seats: Iterable[Seat], events: Iterable[SeatEvent] = (), signed: Iterable[SignedRole] = ()
) -> Derivation:
    """Membership spells and the reviews of readings not followed (see the module docstring)."""
    seats = _seats_that_count(list(seats))
    events = [e for e in events if e.role not in MEETING_TASKS]
    meetings: dict[str, dict[str, str | None]] = defaultdict(dict)  # body -> meeting -> date
    for s in seats:
        meetings[s.body_id][s.meeting_id] = s.date
    for e in events:
        if e.meeting_id and e.kind in ("absence", "substitution"):
            meetings[e.body_id].setdefault(e.meeting_id, e.date)
    out = Derivation()
    for body, dated in meetings.items():
        order = sorted(dated, key=lambda m: (dated[m] is None, dated[m] or "", m))
        position = {m: i for i, m in enumerate(order)}
        body_events = [e for e in events if e.body_id == body]
        seen = _observations(body, seats, body_events, position, dated)
        for person, observations in seen.items():
            mine = [e for e in body_events if person in (e.person_id, e.replaces_id)]
            observations = _reconcile(person, body, observations, mine, out.reviews)
            out.memberships += _spells(person, body, observations, mine, order, dated)
        out.memberships += _elected_unseen(body, body_events, out.memberships)
    out.memberships = _close_at_elections(out.memberships)
    out.memberships += [
        Membership(
            person_id=r.person_id,
            body_id=r.body_id,
            role=r.role,
            organization_id=r.organization_id,
            first_meeting_id=None,
            last_meeting_id=None,
            first_seen=None,
            last_seen=None,
            meetings=0,
            start_date=r.date,
            start_precision="signature",
            ended_before=None,
            source_kind="signature",
            doc_id=r.doc_id,
            page=r.page,
            quote=r.quote,
        )
        for r in signed
    ]
    return out


def _observations(
    body: str, seats: list[Seat], events: list[SeatEvent], position: dict[str, int], dated: dict[str, str | None]
) -> dict[str, list[_Seen]]:
    """Each person's seats on the body, in meeting order, with the seats held in absence."""
    seen: dict[str, dict[tuple[int, Role | None], _Seen]] = defaultdict(dict)
    for s in seats:
        if s.body_id != body:
            continue
        i = position[s.meeting_id]
        seen[s.person_id].setdefault(
            (i, s.role),
            _Seen(i, s.meeting_id, s.date, s.role, s.organization_id, s.doc_id, s.page, s.quote, listed=True),
        )
    for e in events:
        held = e.person_id if e.kind == "absence" else e.replaces_id if e.kind == "substitution" else None
        if held is None or e.meeting_id not in position:
            continue
        i = position[e.meeting_id]
        if any(k[0] == i for k in seen[held]):
            continue  # listed on the roster as well
        role = e.role if e.kind == "absence" else None  # the member stood in for: their usual role
        seen[held][(i, role)] = _Seen(
            i, e.meeting_id, dated[e.meeting_id], role, None, e.doc_id, e.page, e.quote, listed=False
        )
    return {p: sorted(obs.values(), key=lambda o: o.index) for p, obs in seen.items()}


def _explained(events: list[SeatEvent], person: str, after: int, upto: int, index_of: dict[str, int]) -> bool:
    """Whether an event about `person` at a meeting in (after, upto] explains a change of seat."""
    return any(
        e.kind in ("election", "replacement", "resignation")
        and e.meeting_id in index_of
        and after < index_of[e.meeting_id] <= upto
        and person in (e.person_id, e.replaces_id)
        for e in events
    )


def _reconcile(
    person: str, body: str, seen: list[_Seen], events: list[SeatEvent], reviews: list[Review]
) -> list[_Seen]:
    """Fill a missing role or organisation from the meetings around it, and read a role that
    differs in one meeting only, unexplained, as the role around it."""
    index_of = {o.meeting_id: o.index for o in seen}
    for e in events:
        index_of.setdefault(e.meeting_id or "", -1)
    seen = [replace(o) for o in seen]
    # A role held in absence is the role the person holds around it.
    for k, o in enumerate(seen):
        if o.role is None:
            around = [x for x in seen[k - 1 :: -1] if x.role][:1] + [x for x in seen[k + 1 :] if x.role][:1]
            o.role = around[0].role if around else "ledamot"
    # One meeting's role against the same other role on both sides, with no event: a misreading.
    for k in range(1, len(seen) - 1):
        before, o, after = seen[k - 1], seen[k], seen[k + 1]
        if (
            before.role == after.role != o.role
            and o.listed
            and before.index < o.index < after.index
            and not _explained(events, person, before.index, after.index, index_of)
        ):
            reviews.append(
                Review(
                    kind="chair" if "ordförande" in (o.role or "") else "role",
                    person_id=person,
                    body_id=body,
                    meeting_id=o.meeting_id,
                    reading=o.role or "",
                    kept=before.role or "",
                    quote=o.quote,
                    evidence=f"{before.date}: {before.quote} | {after.date}: {after.quote}",
                )
            )
            o.role = before.role
    # An organisation missing in one roster is the one the seat has around it.
    for k, o in enumerate(seen):
        if o.organization_id is None:
            around = [x for x in [*seen[k - 1 :: -1], *seen[k + 1 :]] if x.organization_id and x.role == o.role]
            nearest = min(around, key=lambda x: abs(x.index - o.index), default=None)
            if nearest is not None:
                if o.listed:
                    reviews.append(
                        Review(
                            kind="organisation",
                            person_id=person,
                            body_id=body,
                            meeting_id=o.meeting_id,
                            reading="",
                            kept=nearest.organization_id or "",
                            quote=o.quote,
                            evidence=f"{nearest.date}: {nearest.quote}",
                        )
                    )
                o.organization_id = nearest.organization_id
    return seen


def _ending(
    events: list[SeatEvent],
    person: str,
    role: Role | None,
    since: str | None,
    until: str | None,
    *,
    open_start: bool = False,
    open_end: bool = False,
) -> str | None:
    """The date of the first event from `since` to `until` (either end left out when "open")
    that ends the person's spell in `role`: their resignation, their replacement, or their
    election to another role."""
    dates = []
    for e in events:
        if not e.date or (since and (e.date < since or (open_start and e.date == since))):
            continue
        if until and (e.date > until or (open_end and e.date == until)):
            continue
        if (
            e.kind == "resignation"
            and e.person_id == person
            and (e.role in (None, role))
            or e.kind in ("replacement", "election")
            and e.replaces_id == person
            or e.kind in ("replacement", "election")
            and e.person_id == person
            and e.role != role
        ):
            dates.append(e.date)
    return min(dates, default=None)


def _spells(
    person: str, body: str, seen: list[_Seen], events: list[SeatEvent], order: list[str], dated: dict[str, str | None]
) -> list[Membership]:
    runs: list[list[_Seen]] = []
    for o in seen:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (last.role, last.organization_id) == (o.role, o.organization_id)
            and o.index - last.index <= (MAX_GAP + 1 if o.role in ELECTED_SEATS else 1)
            and not _new_term_between(last.date, o.date)
            # an event at the meeting itself does not split it: its roster may predate the decision
            and _ending(events, person, o.role, last.date, o.date, open_start=True, open_end=True) is None
        ):
            runs[-1].append(o)
        elif last is not None and last.index == o.index:
            runs.append([o])  # two roles at one meeting
        else:
            runs.append([o])
    out = []
    for run in runs:
        first, last = run[0], run[-1]
        listed = [o for o in run if o.listed] or run
        following = next((dated[m] for m in order[last.index + 1 :] if dated[m]), None)
        ended = _ending(events, person, first.role, last.date, following)  # a resignation at the last meeting too
        start, precision, source = first.date, "attendance", "attendance"
        quote, doc_id, page = listed[0].quote, listed[0].doc_id, listed[0].page
        chosen = _starting_event(events, person, first.role, first.date, runs, run)
        if chosen is not None:
            start, precision = chosen.date, chosen.kind
            source = f"attendance+{chosen.kind}"
            quote, doc_id, page = chosen.quote, chosen.doc_id, chosen.page
        if run is not runs[-1] or following:
            ended = ended or following
        out.append(
            Membership(
                person_id=person,
                body_id=body,
                role=first.role or "ledamot",
                organization_id=first.organization_id,
                first_meeting_id=first.meeting_id,
                last_meeting_id=last.meeting_id,
                first_seen=first.date,
                last_seen=last.date,
                meetings=len({o.index for o in listed}),
                start_date=start,
                start_precision=precision,
                ended_before=ended if following or ended else None,
                source_kind=source,
                doc_id=doc_id,
                page=page,
                quote=quote,
            )
        )
    return out


def _starting_event(
    events: list[SeatEvent], person: str, role: Role | None, first_seen: str | None, runs: list, run: list
) -> SeatEvent | None:
    """The election or replacement that started a run: the latest one of the person to the role
    on or before its first meeting, and after the run before it."""
    k = runs.index(run)
    previous = runs[k - 1][-1] if k else None
    candidates = [
        e
        for e in events
        if e.kind in ("election", "replacement")
        and e.person_id == person
        and e.role == role
        and e.date
        and first_seen
        and e.date <= first_seen
        # after the run before; at its last meeting if that was another role (elected there)
        and (previous is None or e.date > (previous.date or "") or (e.date == previous.date and previous.role != role))
    ]
    return max(candidates, key=lambda e: e.date or "", default=None)


def _elected_unseen(body: str, events: list[SeatEvent], spells: list[Membership]) -> list[Membership]:
    """Elected or appointed, but not (yet) listed in that role at any meeting on or after it."""
    out = []
    for e in events:
        if e.kind not in ("election", "replacement") or not e.person_id or not e.role:
            continue
        if any(
            s.person_id == e.person_id
            and s.body_id == body
            and s.role == e.role
            and s.last_seen
            and e.date
            and s.last_seen >= e.date
            for s in spells
        ):
            continue
        out.append(
            Membership(
                person_id=e.person_id,
                body_id=body,
                role=e.role,
                organization_id=None,
                first_meeting_id=None,
                last_meeting_id=None,
                first_seen=None,
                last_seen=None,
                meetings=0,
                start_date=e.date,
                start_precision=e.kind,
                ended_before=None,
                source_kind=e.kind,
                doc_id=e.doc_id,
                page=e.page,
                quote=e.quote,
            )
        )
    return out


def _close_at_elections(spells: list[Membership]) -> list[Membership]:
    """A spell that an election replaced ends on the election date, not at the next meeting:
    ledamot until 2023-06-09, vice ordförande from 2023-06-09."""
    starts: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in spells:
        if e.start_precision in ("election", "replacement") and e.start_date:
            starts[(e.person_id, e.body_id)].append(e.start_date)
    out = []
    for s in spells:
        for date in starts.get((s.person_id, s.body_id), ()):
            if (
                s.last_seen
                and s.last_seen <= date
                and date != s.start_date
                and (s.ended_before is None or date < s.ended_before)
            ):
                s = replace(s, ended_before=date)
        out.append(s)
    return out
