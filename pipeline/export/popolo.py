"""A `Snapshot` -> Popolo (popoloproject.com): persons, organizations, memberships, posts,
events, vote events (with their counts) and votes, as one JSON document.

One file, `popolo.json`, with a key per collection, because that is what Popolo tooling reads:
EveryPolitician's `ep-popolo-v1.0.json` files and the `everypolitician-popolo` libraries
(`Popolo.from_filename(...)`, `popolo.persons`, `popolo.memberships`) take one document holding
`persons`, `organizations`, `memberships`, `posts` and `events`; `vote_events` and `votes` are
two more keys of the same shape.

Ids are the database's ids (stable across rebuilds of the same documents); the ones the
database has no row for are derived from it: a post is `<body id>/<role>`, a party
`party/<abbreviation>`, a membership its stored id without the spell counter
(`source.membership_ids`).  Each object carries only properties the Popolo schemas define.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any
from urllib.parse import quote, urljoin

from ..patterns import load
from .source import Snapshot, meeting_span, membership_ids, without_none

COLLECTIONS = ("persons", "organizations", "memberships", "posts", "events", "vote_events", "votes")

# Seats a person holds on a body between meetings: these are Popolo posts.  Officials,
# secretaries and guests attend; they hold no post.
POST_ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare")

# A member's answer in a roll-call vote -> Popolo's recommended option values.
OPTIONS = {"ja": "yes", "nej": "no", "avstår": "abstain", "frånvarande": "absent"}
# The answer that won -> Popolo's result: the proposition put as "ja" carried or fell.
RESULTS = {"ja": "pass", "nej": "fail"}


@cache
def party_names() -> dict[str, str]:
    """Party abbreviation -> the party's name, from the vocabulary the parser reads."""
    return {code: words[0][:1].upper() + words[0][1:] for code, words in load("proposals")["parties"].items()}


def party_id(party: str) -> str:
    return f"party/{party}"


def post_id(body_id: str, role: str) -> str:
    return f"{body_id}/{role}"


def absolute(base_url: str, pdf_url: str | None, url: str | None = None) -> str | None:
    """A document's address: the PDF where `protokoll serve` serves it (`pdf_url`, joined to
    `base_url`), else where it was published."""
    if pdf_url:
        return urljoin(base_url, pdf_url)
    return url


def page(base_url: str, kind: str, key: str) -> str:
    """The entity page `protokoll serve` shows for a person, meeting or body (/-/person/<id>)."""
    return urljoin(base_url, f"/-/{kind}/{quote(key, safe='')}")


def to_popolo(snap: Snapshot, base_url: str) -> dict[str, list[dict[str, Any]]]:
    """Every Popolo collection of the database, each ordered by id."""
    organizations = {o.id: o for o in snap.organizations}
    documents = {d.id: d for d in snap.documents}
    meetings = {m.id: m for m in snap.meetings}
    items = {i.id: i for i in snap.agenda_items}

    def body_name(body_id: str | None) -> str | None:
        return organizations[body_id].name if body_id in organizations else None

    def document_link(doc_id: str | None, note: str | None) -> list[dict[str, Any]]:
        doc = documents.get(doc_id or "")
        href = absolute(base_url, doc.pdf_url, doc.url) if doc else None
        return [without_none({"url": href, "note": note})] if href else []

    persons = [
        without_none(
            {
                "id": p.id,
                "name": p.name,
                "other_names": [{"name": a} for a in snap.aliases.get(p.id, ())] or None,
                "links": [{"url": page(base_url, "person", p.id), "note": "protokoll"}],
            }
        )
        for p in snap.people
    ]

    parties = sorted({v.party for v in snap.votes if v.party})
    orgs = [
        without_none(
            {
                "id": o.id,
                "name": o.name,
                "classification": o.body_kind or o.kind,
                "parent_id": o.parent_id if o.parent_id in organizations else None,
                "identifiers": [{"identifier": o.kommunkod, "scheme": "kommunkod"}] if o.kommunkod else None,
                "other_names": [{"name": o.short_name, "note": "short name"}] if o.short_name else None,
                "links": [{"url": page(base_url, "body", o.id), "note": "protokoll"}] if o.kind == "organ" else None,
            }
        )
        for o in snap.organizations
    ] + [
        {"id": party_id(p), "name": party_names().get(p, p), "classification": "party", "other_names": [{"name": p}]}
        for p in parties
    ]

    ids = membership_ids(snap.memberships)
    memberships = sorted(
        (
            without_none(
                {
                    "id": ids[m.id],
                    "person_id": m.person_id,
                    "organization_id": m.body_id,
                    "role": m.role,
                    "post_id": post_id(m.body_id, m.role) if m.role in POST_ROLES else None,
                    "on_behalf_of_id": m.organization_id if m.organization_id in organizations else None,
                    "start_date": m.start_date or m.first_seen,
                    # The spell ended: its last meeting (or an election, replacement or
                    # resignation the day it ended); an open spell has no end date.
                    "end_date": m.last_seen if m.ended_before else None,
                    "sources": document_link(m.document_id, m.quote) or None,
                }
            )
            for m in snap.memberships
        ),
        key=lambda m: m["id"],
    )

    seats = sorted({(m.body_id, m.role) for m in snap.memberships if m.role in POST_ROLES})
    posts = [
        without_none(
            {
                "id": post_id(body, role),
                "label": f"{role[:1].upper()}{role[1:]}, {body_name(body) or body}",
                "role": role,
                "organization_id": body,
            }
        )
        for body, role in seats
    ]

    events = []
    for m in snap.meetings:
        start, end = meeting_span(m.date, m.time)
        events.append(
            without_none(
                {
                    "id": m.id,
                    "name": " ".join(x for x in (body_name(m.body_id), m.date) if x) or None,
                    "classification": "meeting",
                    "start_date": start or m.date,
                    "end_date": end,
                    "location": m.place,
                    "organization_id": m.body_id,
                    "sources": document_link(m.document_id, getattr(documents.get(m.document_id), "title", None))
                    or None,
                }
            )
        )

    voters = Counter(v.vote_event_id for v in snap.votes)
    vote_events = []
    for e in snap.vote_events:
        item = items.get(e.agenda_item_id)
        counts = [
            {"option": OPTIONS[option], "value": value}
            for option, value in (
                ("ja", e.votes_yes),
                ("nej", e.votes_no),
                ("avstår", e.votes_abstain),
                ("frånvarande", e.votes_absent),
            )
            if value is not None
        ]
        vote_events.append(
            without_none(
                {
                    "id": e.id,
                    "organization_id": meetings[e.meeting_id].body_id if e.meeting_id in meetings else None,
                    "legislative_session_id": e.meeting_id,
                    "identifier": f"§ {item.number}" if item and item.number else None,
                    "classification": "roll-call" if voters[e.id] else "counted",
                    "result": RESULTS.get(e.result or ""),
                    "counts": counts,
                    "sources": [without_none({"url": absolute(base_url, e.pdf_url), "note": e.question or e.quote})]
                    if e.pdf_url
                    else None,
                }
            )
        )

    votes = [
        without_none(
            {
                "vote_event_id": v.vote_event_id,
                "voter_id": v.person_id,
                # A voter who is not on the roster keeps the name they were written with.
                "voter": None if v.person_id else {"name": v.name},
                "option": OPTIONS.get(v.option or "", v.option),
                "party_id": party_id(v.party) if v.party else None,
            }
        )
        for v in snap.votes
    ]
    return {
        "persons": persons,
        "organizations": orgs,
        "memberships": memberships,
        "posts": posts,
        "events": events,
        "vote_events": vote_events,
        "votes": votes,
    }
