"""A `Snapshot` -> OParl 1.1 (oparl.org): System, Body, LegislativeTerm, Organization, Person,
Membership, Meeting, AgendaItem, Paper, Consultation and File objects, as the files a static
OParl server would answer with.

Every object's `id` is a URL under `base_url` (`<base>/person/<person id>`, the database's id
percent-encoded), and every list is written in OParl's paginated list form (`{"data": [...],
"pagination": {...}, "links": {}}`, one page) at the file its URL names, the URL's path below
`base_url` plus `.json`:

    system.json                      the System (its URL is `base_url` itself)
    body.json                        System.body: every Body
    <type>.json                      every object of a type, e.g. person.json, agendaItem.json
    body/<key>/<list>.json           a Body's lists: organization, person, meeting, paper,
                                     membership, agendaItem, consultation, file, legislativeTermList

Objects the spec outputs inside another are also written there: a Body's LegislativeTerms, a
Person's Memberships, a Meeting's AgendaItems and protocol File, a Paper's Consultations.

What is a Body: the municipality or region that owns a meeting's body or a case (OParl's
Körperschaft); its bodies (kommunstyrelse, nämnder, samverkansråd) are Organizations of it.
A case (dnr) is a Paper, each agenda item that handles it a Consultation; each source document
is a File whose `accessUrl` is its PDF where `protokoll serve` serves it.  LegislativeTerms are
the Swedish mandate periods the Body's meetings fall in.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .popolo import absolute, page
from .source import AgendaItem, Snapshot, meeting_span, membership_ids, without_none

VERSION = "https://schema.oparl.org/1.1/"
DEFAULT_BASE_URL = "http://127.0.0.1:8001/oparl"

# Kommunallagen 5 kap. 5 §: a council's term is four years from 15 October of the election
# year; general elections are held in the years 2018, 2022, 2026 … (year mod 4 == 2).
ELECTION_YEAR_MOD_4 = 2
TERM_STARTS = (10, 15)  # month, day

# The lists a Body names, each written under body/<key>/.
BODY_LISTS = (
    "organization",
    "person",
    "meeting",
    "paper",
    "membership",
    "agendaItem",
    "consultation",
    "file",
    "legislativeTermList",
)
# organization kinds that are an OParl Body when they own a body or a case
BODY_KINDS = ("kommun", "region")

Json = dict[str, Any]


def term_year(day: str) -> int:
    """The election year of the mandate period `day` (ISO) falls in.

    >>> term_year("2022-10-14"), term_year("2022-10-15"), term_year("2024-03-08")
    (2018, 2022, 2022)
    """
    d = date.fromisoformat(day)
    year = d.year - (d.year - ELECTION_YEAR_MOD_4) % 4
    return year if (d.month, d.day) >= TERM_STARTS or year < d.year else year - 4


def term_dates(year: int) -> tuple[str, str]:
    """First and last day of the mandate period elected in `year`."""
    month, day = TERM_STARTS
    return date(year, month, day).isoformat(), (date(year + 4, month, day) - timedelta(days=1)).isoformat()


def paginated(objects: list[Json]) -> Json:
    """OParl's list form, as one page."""
    n = len(objects)
    return {
        "data": objects,
        "pagination": {"totalElements": n, "elementsPerPage": n, "currentPage": 1, "totalPages": 1},
        "links": {},
    }


@dataclass(frozen=True)
class Urls:
    """Ids and links under one base URL."""

    base: str  # without a trailing slash

    def of(self, kind: str, key: str) -> str:
        """An object's id: <base>/<kind>/<database id, percent-encoded>."""
        return f"{self.base}/{kind}/{quote(key, safe='')}"

    def typed(self, kind: str, key: str, **fields: Any) -> Json:
        """An object of OParl type `kind` ("agendaItem" -> AgendaItem): id, type, the fields set."""
        return without_none({"id": self.of(kind, key), "type": VERSION + kind[:1].upper() + kind[1:], **fields})

    def listing(self, body: str, name: str) -> str:
        return f"{self.base}/body/{quote(body, safe='')}/{name}"

    def page(self, kind: str, key: str) -> str:
        return page(self.base + "/", kind, key)


@dataclass
class Owners:
    """Which Body (municipality or region) each organisation, meeting and case belongs to, and
    the objects of each Body's lists as they are made."""

    snap: Snapshot
    urls: Urls
    body_of_org: dict[str, str | None] = field(default_factory=dict)
    body_of_meeting: dict[str, str | None] = field(default_factory=dict)
    lists: dict[str, dict[str, list[Json]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        organizations = {o.id: o for o in self.snap.organizations}

        def owner(org_id: str | None) -> str | None:
            """The municipality or region an organisation is, or belongs to."""
            seen = set()
            while org_id in organizations and org_id not in seen:
                seen.add(org_id)
                o = organizations[org_id]
                if o.kind in BODY_KINDS:
                    return o.id
                org_id = o.parent_id
            return None

        self.body_of_org = {o.id: owner(o.id) for o in self.snap.organizations}
        self.body_of_meeting = {m.id: self.body_of_org.get(m.body_id or "") for m in self.snap.meetings}
        bodies = {b for b in self.body_of_meeting.values() if b} | {
            b for c in self.snap.cases if (b := self.body_of_org.get(c.organization_id or ""))
        }
        self.lists = {b: defaultdict(list) for b in sorted(bodies)}

    @property
    def bodies(self) -> list[str]:
        return list(self.lists)

    def url(self, body: str | None) -> str | None:
        """The Body's URL, if it is one."""
        return self.urls.of("body", body) if body in self.lists else None

    def add(self, body: str | None, name: str, obj: Json) -> None:
        """Put `obj` on the Body's list `name`."""
        if body in self.lists:
            self.lists[body][name].append(obj)


def _files(snap: Snapshot, urls: Urls, owners: Owners) -> dict[str, Json]:
    """Document id -> its File: `accessUrl` where `protokoll serve` serves it, else where it was
    published, else the file itself."""
    meetings_of_doc: dict[str, list[str]] = defaultdict(list)
    for m in snap.meetings:
        meetings_of_doc[m.document_id].append(m.id)
    files = {}
    for d in snap.documents:
        files[d.id] = urls.typed(
            "file",
            d.id,
            name=d.title or d.filename,
            fileName=d.filename,
            mimeType="application/pdf" if d.source == "pdf" else "text/plain",
            date=d.date,
            accessUrl=absolute(urls.base + "/", d.pdf_url, d.url)
            or (Path(d.path).resolve().as_uri() if d.path else None),
            meeting=[urls.of("meeting", m) for m in meetings_of_doc.get(d.id, [])] or None,
        )
        for b in {owners.body_of_meeting.get(m) for m in meetings_of_doc.get(d.id, [])}:
            owners.add(b, "file", files[d.id])
    return files


def _terms(snap: Snapshot, urls: Urls, owners: Owners) -> dict[str, list[Json]]:
    """Body -> the mandate periods its meetings fall in."""
    years: dict[str, set[int]] = defaultdict(set)
    for m in snap.meetings:
        if (b := owners.body_of_meeting.get(m.id)) and m.date:
            with contextlib.suppress(ValueError):  # a date that is not a day has no term
                years[b].add(term_year(m.date))
    terms: dict[str, list[Json]] = {}
    for b in owners.bodies:
        terms[b] = []
        for year in sorted(years[b]):
            start, end = term_dates(year)
            term = urls.typed(
                "legislativeTerm",
                f"{b}:{year}",
                body=urls.of("body", b),
                name=f"Mandatperioden {year}–{year + 4}",
                startDate=start,
                endDate=end,
            )
            terms[b].append(term)
            owners.add(b, "legislativeTermList", term)
    return terms


def _organizations(snap: Snapshot, urls: Urls, owners: Owners, ids: dict[str, str]) -> list[Json]:
    """Every organisation: its bodies (Gremium) and the organisations members sit for."""
    known = {o.id for o in snap.organizations}
    members_of: dict[str, list[str]] = defaultdict(list)
    for ms in snap.memberships:
        members_of[ms.body_id].append(urls.of("membership", ids[ms.id]))
    orgs = []
    for o in snap.organizations:
        b = owners.body_of_org.get(o.id)
        obj = urls.typed(
            "organization",
            o.id,
            body=owners.url(b),
            name=o.name,
            shortName=o.short_name,
            organizationType="Gremium" if o.kind == "organ" else "Institution",
            classification=o.body_kind or o.kind,
            subOrganizationOf=urls.of("organization", o.parent_id) if o.parent_id in known else None,
            membership=sorted(members_of[o.id]) or None,
            web=urls.page("body", o.id) if o.kind == "organ" else None,
        )
        orgs.append(obj)
        owners.add(b, "organization", obj)
    return orgs


def _people(snap: Snapshot, urls: Urls, owners: Owners, ids: dict[str, str]) -> tuple[list[Json], list[Json]]:
    """Persons (each with their Memberships inside) and the Memberships."""
    known = {o.id for o in snap.organizations}
    by_person: dict[str, list[Json]] = defaultdict(list)
    person_bodies: dict[str, set[str]] = defaultdict(set)
    first_body: dict[str, tuple[str, str]] = {}
    memberships = []
    for ms in sorted(snap.memberships, key=lambda m: ids[m.id]):
        b = owners.body_of_org.get(ms.body_id)
        fields: Json = {
            "organization": urls.of("organization", ms.body_id),
            "role": ms.role,
            "startDate": ms.start_date or ms.first_seen,
            "endDate": ms.last_seen if ms.ended_before else None,
            "onBehalfOf": urls.of("organization", ms.organization_id) if ms.organization_id in known else None,
        }
        memberships.append(urls.typed("membership", ids[ms.id], person=urls.of("person", ms.person_id), **fields))
        by_person[ms.person_id].append(urls.typed("membership", ids[ms.id], **fields))  # inside the Person
        owners.add(b, "membership", memberships[-1])
        if b in owners.lists:
            person_bodies[ms.person_id].add(b)
            since = ms.start_date or ms.first_seen or ""
            if ms.person_id not in first_body or since < first_body[ms.person_id][0]:
                first_body[ms.person_id] = (since, b)
    for pa in snap.participations:
        if pa.person_id and (b := owners.body_of_meeting.get(pa.meeting_id)) in owners.lists:
            person_bodies[pa.person_id].add(b)
            first_body.setdefault(pa.person_id, ("~", b))
    persons = []
    for p in snap.people:
        obj = urls.typed(
            "person",
            p.id,
            body=owners.url(first_body.get(p.id, ("", None))[1]),  # of their first membership
            name=p.name,
            membership=by_person.get(p.id),
            web=urls.page("person", p.id),
        )
        persons.append(obj)
        for pb in sorted(person_bodies[p.id]):
            owners.add(pb, "person", obj)
    return persons, memberships


def _meetings(snap: Snapshot, urls: Urls, owners: Owners, files: dict[str, Json]) -> tuple[list[Json], list[Json]]:
    """Meetings (each with its AgendaItems and protocol File inside) and the AgendaItems."""
    organizations = {o.id: o for o in snap.organizations}
    decisions: dict[str, list[str]] = defaultdict(list)
    for dec in sorted(snap.decisions, key=lambda d: (d.agenda_item_id, d.position or 0, d.id)):
        decisions[dec.agenda_item_id].append(dec.text)
    items_of: dict[str, list[Json]] = defaultdict(list)
    agenda_items = []
    for i in sorted(snap.agenda_items, key=lambda i: (i.meeting_id, i.position or 0, i.id)):
        obj = urls.typed(
            "agendaItem",
            i.id,
            meeting=urls.of("meeting", i.meeting_id),
            number=i.number,
            order=i.position if i.position is not None else 0,
            name=i.title,
            consultation=urls.of("consultation", i.id) if i.case_id else None,
            resolutionText="\n".join(decisions[i.id]) or None,
        )
        agenda_items.append(obj)
        items_of[i.meeting_id].append({k: v for k, v in obj.items() if k != "meeting"})
        owners.add(owners.body_of_meeting.get(i.meeting_id), "agendaItem", obj)
    agenda_items.sort(key=lambda o: o["id"])

    present: dict[str, set[str]] = defaultdict(set)
    for pa in snap.participations:
        if pa.person_id and pa.present != 0:
            present[pa.meeting_id].add(pa.person_id)
    meetings = []
    for m in snap.meetings:
        begins, ends = meeting_span(m.date, m.time)
        body_name = organizations[m.body_id].name if m.body_id in organizations else None
        obj = urls.typed(
            "meeting",
            m.id,
            name=" ".join(x for x in (body_name, m.date) if x) or None,
            start=begins,
            end=ends,
            organization=[urls.of("organization", m.body_id)] if m.body_id else None,
            participant=[urls.of("person", p) for p in sorted(present[m.id])] or None,
            resultsProtocol=files.get(m.document_id),
            agendaItem=items_of.get(m.id),
            web=urls.page("meeting", m.id),
        )
        meetings.append(obj)
        owners.add(owners.body_of_meeting.get(m.id), "meeting", obj)
    return meetings, agenda_items


def _papers(snap: Snapshot, urls: Urls, owners: Owners) -> tuple[list[Json], list[Json]]:
    """A Paper per case (each with its Consultations inside) and the Consultations: one per
    agenda item that handles the case, in the order of their meetings."""
    meetings = {m.id: m for m in snap.meetings}
    items_of_case: dict[str, list[AgendaItem]] = defaultdict(list)
    for i in snap.agenda_items:
        if i.case_id:
            items_of_case[i.case_id].append(i)
    papers, consultations = [], []
    for c in snap.cases:
        b = owners.body_of_org.get(c.organization_id or "")
        handled = sorted(
            items_of_case[c.id],
            key=lambda i: (meetings[i.meeting_id].date or "" if i.meeting_id in meetings else "", i.id),
        )
        handled_by = [meetings[i.meeting_id].body_id for i in handled if i.meeting_id in meetings]
        inner = []
        for i in handled:
            meeting = meetings.get(i.meeting_id)
            where: Json = {
                "agendaItem": urls.of("agendaItem", i.id),
                "meeting": urls.of("meeting", i.meeting_id),
                "organization": [urls.of("organization", meeting.body_id)] if meeting and meeting.body_id else None,
            }
            consultation = urls.typed("consultation", i.id, paper=urls.of("paper", c.id), **where)
            consultations.append(consultation)
            inner.append(urls.typed("consultation", i.id, **where))
            owners.add(b, "consultation", consultation)
        paper = urls.typed(
            "paper",
            c.id,
            body=owners.url(b),
            name=next((i.title for i in handled if i.title), None) or c.dnr,
            reference=c.dnr,
            date=c.first_date,
            paperType="Ärende",
            underDirectionOf=sorted({urls.of("organization", o) for o in handled_by if o}) or None,
            consultation=inner or None,
        )
        papers.append(paper)
        owners.add(b, "paper", paper)
    consultations.sort(key=lambda o: o["id"])
    return papers, consultations


def to_oparl(snap: Snapshot, base_url: str = DEFAULT_BASE_URL) -> dict[str, Json]:
    """File path (relative, `/`-separated) -> the JSON written there."""
    urls = Urls(base_url.rstrip("/"))
    owners = Owners(snap, urls)
    ids = membership_ids(snap.memberships)
    files = _files(snap, urls, owners)
    terms = _terms(snap, urls, owners)
    orgs = _organizations(snap, urls, owners, ids)
    persons, memberships = _people(snap, urls, owners, ids)
    meetings, agenda_items = _meetings(snap, urls, owners, files)
    papers, consultations = _papers(snap, urls, owners)

    organizations = {o.id: o for o in snap.organizations}
    bodies = [
        urls.typed(
            "body",
            b,
            system=urls.base,
            name=organizations[b].name,
            shortName=organizations[b].short_name,
            classification=organizations[b].kind,
            legislativeTerm=terms[b],
            **{name: urls.listing(b, name) for name in BODY_LISTS},
        )
        for b in owners.bodies
    ]
    system = {
        "id": urls.base,
        "type": VERSION + "System",
        "oparlVersion": VERSION,
        "body": f"{urls.base}/body",
        "name": "protokoll",
    }

    out: dict[str, Json] = {
        "system.json": system,
        "body.json": paginated(bodies),
        "organization.json": paginated(orgs),
        "person.json": paginated(persons),
        "membership.json": paginated(memberships),
        "meeting.json": paginated(meetings),
        "agendaItem.json": paginated(agenda_items),
        "paper.json": paginated(papers),
        "consultation.json": paginated(consultations),
        "file.json": paginated(list(files.values())),
        "legislativeTerm.json": paginated([t for b in owners.bodies for t in terms[b]]),
    }
    for b in owners.bodies:
        for name in BODY_LISTS:
            out[f"body/{quote(b, safe='')}/{name}.json"] = paginated(owners.lists[b][name])
    return out
