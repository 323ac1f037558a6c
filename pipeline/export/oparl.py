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
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .popolo import absolute, page
from .source import AgendaItem, Document, Snapshot, meeting_span, membership_ids, without_none

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


def to_oparl(snap: Snapshot, base_url: str = DEFAULT_BASE_URL) -> dict[str, Json]:
    """File path (relative, `/`-separated) -> the JSON written there."""
    base = base_url.rstrip("/")

    def url(kind: str, key: str) -> str:
        return f"{base}/{kind}/{quote(key, safe='')}"

    def typed(kind: str, key: str, **fields: Any) -> Json:
        name = kind[:1].upper() + kind[1:]
        return without_none({"id": url(kind, key), "type": VERSION + name, **fields})

    organizations = {o.id: o for o in snap.organizations}
    meetings = {m.id: m for m in snap.meetings}

    # ---------------------------------------------------------------- which Body owns what
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

    body_of_org = {o.id: owner(o.id) for o in snap.organizations}
    body_of_meeting = {m.id: body_of_org.get(m.body_id or "") for m in snap.meetings}
    body_ids = sorted(
        {b for b in body_of_meeting.values() if b}
        | {b for c in snap.cases if (b := body_of_org.get(c.organization_id or ""))}
    )
    owned: dict[str, dict[str, list[Json]]] = {b: defaultdict(list) for b in body_ids}

    def body_url(body: str | None) -> str | None:
        return url("body", body) if body in owned else None

    def add(body: str | None, kind: str, obj: Json) -> None:
        if body in owned:
            owned[body][kind].append(obj)

    # ---------------------------------------------------------------- files (source documents)
    meetings_of_doc: dict[str, list[str]] = defaultdict(list)
    for m in snap.meetings:
        meetings_of_doc[m.document_id].append(m.id)

    def file_object(d: Document) -> Json:
        return typed(
            "file",
            d.id,
            name=d.title or d.filename,
            fileName=d.filename,
            mimeType="application/pdf" if d.source == "pdf" else "text/plain",
            date=d.date,
            # where `protokoll serve` serves it, else where it was published, else the file itself
            accessUrl=absolute(base + "/", d.pdf_url, d.url) or (Path(d.path).resolve().as_uri() if d.path else None),
            meeting=[url("meeting", m) for m in meetings_of_doc.get(d.id, [])] or None,
        )

    files = [file_object(d) for d in snap.documents]
    for d, f in zip(snap.documents, files, strict=True):
        for b in {body_of_meeting.get(m) for m in meetings_of_doc.get(d.id, [])}:
            add(b, "file", f)

    # ---------------------------------------------------------------- legislative terms
    years: dict[str, set[int]] = defaultdict(set)
    for m in snap.meetings:
        if (b := body_of_meeting.get(m.id)) and m.date:
            with contextlib.suppress(ValueError):  # a date that is not a day has no term
                years[b].add(term_year(m.date))
    terms: dict[str, list[Json]] = {}
    for b in body_ids:
        terms[b] = []
        for year in sorted(years[b]):
            start, end = term_dates(year)
            term = typed(
                "legislativeTerm",
                f"{b}:{year}",
                body=url("body", b),
                name=f"Mandatperioden {year}–{year + 4}",
                startDate=start,
                endDate=end,
            )
            terms[b].append(term)
            add(b, "legislativeTermList", term)

    # ---------------------------------------------------------------- organizations
    members_of: dict[str, list[str]] = defaultdict(list)
    ids = membership_ids(snap.memberships)
    for ms in snap.memberships:
        members_of[ms.body_id].append(url("membership", ids[ms.id]))
    orgs = []
    for o in snap.organizations:
        b = body_of_org.get(o.id)
        obj = typed(
            "organization",
            o.id,
            body=body_url(b),
            name=o.name,
            shortName=o.short_name,
            organizationType="Gremium" if o.kind == "organ" else "Institution",
            classification=o.body_kind or o.kind,
            subOrganizationOf=url("organization", o.parent_id) if o.parent_id in organizations else None,
            membership=sorted(members_of[o.id]) or None,
            web=page(base + "/", "body", o.id) if o.kind == "organ" else None,
        )
        orgs.append(obj)
        add(b, "organization", obj)

    # ---------------------------------------------------------------- people and memberships
    by_person: dict[str, list[Json]] = defaultdict(list)
    person_bodies: dict[str, set[str]] = defaultdict(set)
    first_body: dict[str, tuple[str, str]] = {}
    memberships = []
    for ms in sorted(snap.memberships, key=lambda m: ids[m.id]):
        b = body_of_org.get(ms.body_id)
        fields: Json = {
            "organization": url("organization", ms.body_id),
            "role": ms.role,
            "startDate": ms.start_date or ms.first_seen,
            "endDate": ms.last_seen if ms.ended_before else None,
            "onBehalfOf": url("organization", ms.organization_id) if ms.organization_id in organizations else None,
        }
        memberships.append(typed("membership", ids[ms.id], person=url("person", ms.person_id), **fields))
        by_person[ms.person_id].append(typed("membership", ids[ms.id], **fields))  # inside the Person
        add(b, "membership", memberships[-1])
        if b in owned:
            person_bodies[ms.person_id].add(b)
            since = ms.start_date or ms.first_seen or ""
            if ms.person_id not in first_body or since < first_body[ms.person_id][0]:
                first_body[ms.person_id] = (since, b)
    for pa in snap.participations:
        if pa.person_id and (b := body_of_meeting.get(pa.meeting_id)) in owned:
            person_bodies[pa.person_id].add(b)
            first_body.setdefault(pa.person_id, ("~", b))
    persons = []
    for p in snap.people:
        b = first_body.get(p.id, ("", None))[1]
        obj = typed(
            "person",
            p.id,
            body=body_url(b),
            name=p.name,
            membership=by_person.get(p.id),
            web=page(base + "/", "person", p.id),
        )
        persons.append(obj)
        for pb in sorted(person_bodies[p.id]):
            add(pb, "person", obj)

    # ---------------------------------------------------------------- meetings and agenda items
    decisions: dict[str, list[str]] = defaultdict(list)
    for dec in sorted(snap.decisions, key=lambda d: (d.agenda_item_id, d.position or 0, d.id)):
        decisions[dec.agenda_item_id].append(dec.text)
    items_of: dict[str, list[Json]] = defaultdict(list)
    agenda_items = []
    for i in sorted(snap.agenda_items, key=lambda i: (i.meeting_id, i.position or 0, i.id)):
        obj = typed(
            "agendaItem",
            i.id,
            meeting=url("meeting", i.meeting_id),
            number=i.number,
            order=i.position if i.position is not None else 0,
            name=i.title,
            consultation=url("consultation", i.id) if i.case_id else None,
            resolutionText="\n".join(decisions[i.id]) or None,
        )
        agenda_items.append(obj)
        items_of[i.meeting_id].append({k: v for k, v in obj.items() if k != "meeting"})
        add(body_of_meeting.get(i.meeting_id), "agendaItem", obj)
    agenda_items.sort(key=lambda o: o["id"])

    present: dict[str, set[str]] = defaultdict(set)
    for pa in snap.participations:
        if pa.person_id and pa.present != 0:
            present[pa.meeting_id].add(pa.person_id)
    files_by_doc = {d.id: f for d, f in zip(snap.documents, files, strict=True)}
    meeting_objects = []
    for m in snap.meetings:
        begins, ends = meeting_span(m.date, m.time)
        body_name = organizations[m.body_id].name if m.body_id in organizations else None
        obj = typed(
            "meeting",
            m.id,
            name=" ".join(x for x in (body_name, m.date) if x) or None,
            start=begins,
            end=ends,
            organization=[url("organization", m.body_id)] if m.body_id else None,
            participant=[url("person", p) for p in sorted(present[m.id])] or None,
            resultsProtocol=files_by_doc.get(m.document_id),
            agendaItem=items_of.get(m.id),
            web=page(base + "/", "meeting", m.id),
        )
        meeting_objects.append(obj)
        add(body_of_meeting.get(m.id), "meeting", obj)

    # ---------------------------------------------------------------- papers (cases) and consultations
    items_of_case: dict[str, list[AgendaItem]] = defaultdict(list)
    for i in snap.agenda_items:
        if i.case_id:
            items_of_case[i.case_id].append(i)
    papers, consultations = [], []
    for c in snap.cases:
        b = body_of_org.get(c.organization_id or "")
        handled = sorted(
            items_of_case[c.id],
            key=lambda i: (meetings[i.meeting_id].date or "" if i.meeting_id in meetings else "", i.id),
        )
        handled_by = [meetings[i.meeting_id].body_id for i in handled if i.meeting_id in meetings]
        inner = []
        for i in handled:
            meeting = meetings.get(i.meeting_id)
            where: Json = {
                "agendaItem": url("agendaItem", i.id),
                "meeting": url("meeting", i.meeting_id),
                "organization": [url("organization", meeting.body_id)] if meeting and meeting.body_id else None,
            }
            consultation = typed("consultation", i.id, paper=url("paper", c.id), **where)
            consultations.append(consultation)
            inner.append(typed("consultation", i.id, **where))
            add(b, "consultation", consultation)
        paper = typed(
            "paper",
            c.id,
            body=body_url(b),
            name=next((i.title for i in handled if i.title), None) or c.dnr,
            reference=c.dnr,
            date=c.first_date,
            paperType="Ärende",
            underDirectionOf=sorted({url("organization", o) for o in handled_by if o}) or None,
            consultation=inner or None,
        )
        papers.append(paper)
        add(b, "paper", paper)
    consultations.sort(key=lambda o: o["id"])

    # ---------------------------------------------------------------- bodies and the system
    bodies = []
    for b in body_ids:
        o = organizations[b]
        lists = {name: f"{base}/body/{quote(b, safe='')}/{name}" for name in BODY_LISTS}
        bodies.append(
            typed(
                "body",
                b,
                system=base,
                name=o.name,
                shortName=o.short_name,
                classification=o.kind,
                legislativeTerm=terms[b],
                **lists,
            )
        )
    system = without_none(
        {
            "id": base,
            "type": VERSION + "System",
            "oparlVersion": VERSION,
            "body": f"{base}/body",
            "name": "protokoll",
        }
    )

    out: dict[str, Json] = {
        "system.json": system,
        "body.json": paginated(bodies),
        "organization.json": paginated(orgs),
        "person.json": paginated(persons),
        "membership.json": paginated(memberships),
        "meeting.json": paginated(meeting_objects),
        "agendaItem.json": paginated(agenda_items),
        "paper.json": paginated(papers),
        "consultation.json": paginated(consultations),
        "file.json": paginated(files),
        "legislativeTerm.json": paginated([t for b in body_ids for t in terms[b]]),
    }
    for b in body_ids:
        for name in BODY_LISTS:
            out[f"body/{quote(b, safe='')}/{name}.json"] = paginated(owned[b][name])
    return out
