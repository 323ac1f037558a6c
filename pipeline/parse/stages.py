"""The parsing pipeline as named components: classify -> segment -> people / decisions /
amounts / agreements.  `parse(doc)` is a pure function of the extracted document, and
`to_json(parsed)` gives the public ``protokoll parse --json`` shape (see README)."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..records import (
    Amount,
    ConflictOfInterest,
    ExtractedDocument,
    Item,
    ItemBlock,
    Line,
    ParsedDocument,
    Participant,
    Presenter,
    Problem,
    Proposal,
    ProtocolNote,
    Reservation,
    Segments,
    VoteEvent,
)
from .agreements import find_agreement
from .amounts import find_amounts, find_column_amounts, mark_repeats, unit_header
from .classify import body_owner, body_with_owner, classify, organ_named
from .decisions import elected_justerare, find_decisions, find_presenters, find_remarks
from .directives import find_directive_rules, find_followup_duties
from .events import dedupe as dedupe_events
from .events import item_events, roster_events, seat_in_title
from .organizations import all_organizations, find_organizations
from .people import (
    chairs_apart,
    dedupe,
    find_vacant_seats,
    guest_organization,
    name_key,
    read_roster,
    secretary_holds_no_seat,
    without_chair_as_justerare,
)
from .proposals import apply_rulings, find_in_front, find_in_item, on_roster, roster_names, vote_rulings
from .segment import (
    appendix_rosters,
    find_roster,
    roster_heading,
    roster_sections_by_body,
    segment,
    signature_captions,
    signatures_heading,
    table_of_contents,
)
from .votes import check_votes, find_votes, merge_listed

AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")
# Signatories read with less confidence than this (OCR-garbled names, a block without its
# organisation heading) are kept apart in the JSON as "doubtful_signatories" and in the
# database with their confidence, rather than presented as facts.
SIGNATORY_CONFIDENCE = 0.65


def issuer(lines: list[Line]) -> str | None:
    """The organisation that publishes the document: the first one its head names
    ("KUMLA KOMMUN", or "Region Örebro län" in a letterhead).  Below the first roster heading
    the organisations are the people's: a guest's state agency or university there ("Inbjudna" /
    "Lars Ny, Länsstyrelsen Örebro län") publishes nothing."""
    bodies = {o.name for o in all_organizations() if o.kind == "organ"}
    head = lines[:40]
    cut = next((i for i, ln in enumerate(head) if roster_heading(ln.text.strip())), len(head))
    for k, part in enumerate((head[:cut], head[cut:])):
        for name in find_organizations(" \n".join(ln.text for ln in part)):
            if name not in bodies and not (k and guest_organization(name)):
                return name
    return None


def _resolve_presenters(presenters: tuple[Presenter, ...], people: list[Participant]) -> tuple[Presenter, ...]:
    """ "Malin och Jan presenterade": a first name alone becomes the roster's full name when
    exactly one person on the roster has it; otherwise it stays as written."""
    out: list[Presenter] = []
    for p in presenters:
        if " " not in p.name:
            matches = {q.name for q in people if q.name.split()[0] == p.name}
            if len(matches) == 1:
                p = replace(p, name=matches.pop())
        if p.name not in {q.name for q in out}:
            out.append(p)
    return tuple(out)


def _item(block: ItemBlock, doc_id: str, people: list[Participant], body: str | None) -> Item:
    return Item(
        number=block.number,
        title=block.title,
        text="\n".join(ln.text for ln in block.lines),
        page=block.page,
        end_page=block.end_page,
        dnr=block.dnr,
        decisions=tuple(find_decisions(block.lines, doc_id, body)),
        presenters=_resolve_presenters(tuple(find_presenters(block.lines, doc_id)), people),
        remarks=tuple(find_remarks(block.lines, doc_id)),
        doc_id=doc_id,
    )


def _amounts(lines: list[Line], item: str | None, doc_id: str) -> list[Amount]:
    """Amounts in a run of lines, each with the page it stands on."""
    out: list[Amount] = []
    # Find on the joined text so an amount broken over two lines is still one amount;
    # map each match back to its line by character offset.
    starts, text = [], ""
    for ln in lines:
        starts.append(len(text))
        text += ln.text + "\n"
    found = find_amounts(text)
    placed: list[tuple[int, Amount]] = []
    cursor = 0
    for a in found:
        pos = text.find(a.text.split()[0], cursor)
        cursor = max(cursor, pos)
        line_index = max(bisect_right(starts, pos) - 1, 0)  # the last line starting at or before pos
        placed.append((line_index, replace(a, page=lines[line_index].page if lines else None)))
    # A table's bare numbers under a header that names their unit ("Budget 2025, tkr"); the
    # header itself holds no amount ("Utfall 2024 tkr" is no 2 024 tkr).
    columns = find_column_amounts(lines)
    if columns:
        headers = {i for i, ln in enumerate(lines) if ln.x0 is not None and unit_header(ln.text)}
        placed = [p for p in placed if p[0] not in headers]
        placed = sorted([*placed, *columns], key=lambda p: p[0])  # stable: a line's own order kept
    out.extend(replace(a, item=item, doc_id=doc_id) for _, a in placed)
    return out


# --------------------------------------------------------------------------- stages
# Each stage is a function of the parse state (a dict of named fields) that returns the fields it
# sets; it declares what it reads and writes, spaCy-style, so the order can be checked and a
# reader sees the data flow in one table.  `parse` runs them in order and records each one's time.
State = dict[str, Any]


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[State], State]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    when: Callable[[State], bool] = lambda state: True


def _is_agreement(state: State) -> bool:
    return state["info"].kind in AGREEMENT_KINDS


def _is_meeting(state: State) -> bool:
    return not _is_agreement(state)


def _classify(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    problems = []
    if not any(ln.text.strip() for ln in doc.lines):
        # Each page's note says why it has none ("not rendered for OCR: … larger than A0").
        why = "; ".join(dict.fromkeys(f"page {p.number}: {p.note}" for p in doc.pages[:3] if p.note))
        problems.append(
            Problem(
                stage="extract",
                message=f"no text on any page ({why or 'scanned, and OCR is off or Tesseract is missing: see the pages table'})",
                doc_id=doc.doc_id,
            )
        )
    return {"info": classify(doc), "problems": problems}


def _agreement(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    lines, kind = doc.lines, state["info"].kind
    agreement = find_agreement(lines, kind)
    signed = []
    for s in agreement.signatories:
        seat = seat_in_title(s.title)
        s = replace(s, doc_id=doc.doc_id)
        signed.append(replace(s, seat_body=seat[0], seat_role=seat[1]) if seat else s)
    return {
        "agreement": replace(agreement, signatories=tuple(signed), doc_id=doc.doc_id),
        "amounts": mark_repeats(_amounts(lines, None, doc.doc_id)),
        "directive_rules": find_directive_rules(lines, doc.doc_id)
        if kind == "uppdragsdirektiv"
        else find_followup_duties(lines, doc.doc_id),
    }


def _segment(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    seg = segment(doc.lines)
    publisher = issuer([*doc.pages[0].furniture, *seg.front] if doc.pages else list(seg.front))
    info = state["info"]
    # a group of the shipped table that names no organisation is its owner's ("Ledningsgruppen
    # för Regional utveckling" is the region's); a company's or förbund's board may be named by
    # its organ alone ("STYRELSEPROTOKOLL", "Direktionen")
    publisher = publisher or body_owner(info.body)
    if info.body is None and doc.pages:
        info = replace(info, body=organ_named([*doc.pages[0].furniture, *seg.front], publisher))
    problems = []
    found = {item.number for item in seg.items}
    missing = [(n, t) for n, t in table_of_contents(doc.lines) if n not in found]
    if missing:
        problems.append(
            Problem(
                stage="segment",
                doc_id=doc.doc_id,
                message="the table of contents lists items "
                "the parser did not find: " + "; ".join(f"{n} {t}" for n, t in missing),
            )
        )
    if info.kind == "protokoll" and not seg.items:
        problems.append(Problem(stage="segment", message="no agenda items found", doc_id=doc.doc_id))
    return {"segments": seg, "info": replace(info, owner=publisher), "problems": [*state["problems"], *problems]}


# The last lines of a protocol that may hold its signature box: names, captions and the notice
# box under them ("Anslag/Bevis", four labelled dates) fit in this many.
SIGNATURE_WINDOW = 30


def _closing_start(lines: Sequence[Line], seg: Segments) -> int:
    """Where the lines after the last item's heading begin (0 when it is not found)."""
    last = seg.items[-1] if seg.items else None
    first = (
        last.heading
        if last is not None and last.heading is not None
        else (last.lines[0] if last and last.lines else None)
    )
    if first is None:
        return 0
    return next((i for i in range(len(lines) - 1, -1, -1) if lines[i] is first or lines[i] == first), 0)


def _people(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    seg: Segments = state["segments"]
    publisher = state["info"].owner
    municipal = bool(publisher and publisher.endswith("kommun"))
    # Minutes sign off at the end ("Vid anteckningarna / Name"): the tail names the secretary.
    lines = doc.lines
    # Captions under the signers' names ("Anna Ek | Per Berg" over "Ordförande | Justerare")
    # say who signed as what; without them, a heading over the name does ("Justerare" / name).
    # The closing box follows the last item's heading: in a short protocol the window stops there,
    # short of the roster's "Protokolljusterare" / name / "Sekreterare" / name.
    end = lines[_closing_start(lines, seg) :]
    tail = signature_captions(end[-SIGNATURE_WINDOW:]) if seg.items else []
    if seg.items and not tail:
        tail = [s for s in find_roster(end[-12:]) if s.role in ("sekreterare", "justerare")]
    # A signature page before the items ("Underskrifter" / "Sekreterare" / "Paragrafer 45–54" /
    # name / "Ordförande" / name …), as a municipality's template prints it after the roster.
    front_box = next(
        (k for k, ln in enumerate(lines[: -SIGNATURE_WINDOW or None]) if signatures_heading(ln.text)), None
    )
    if seg.items and front_box is not None:
        tail = [*signature_captions(lines[front_box : front_box + SIGNATURE_WINDOW]), *tail]
    tail = chairs_apart(tail)
    roster = appendix_rosters(lines, seg.roster)
    default_org = publisher if municipal else None
    parts = roster_sections_by_body(seg.front, roster, joint=state["info"].joint_meeting)
    if len(parts) == 1:
        people, absent = read_roster([*roster, *tail], default_org=default_org, doc_id=doc.doc_id, owner=publisher)
    else:
        # A joint meeting's roster has a part per body: each seats its people on its own body.
        people, absent = (
            read_roster(tail, default_org=default_org, doc_id=doc.doc_id, owner=publisher) if tail else ([], [])
        )
        for body, sections in reversed(parts):
            found, away = read_roster(sections, default_org=default_org, doc_id=doc.doc_id, owner=publisher)
            people = [replace(p, body=body) for p in found] + people
            absent = [replace(p, body=body) for p in away] + absent
    people = without_chair_as_justerare(people, tail)
    people = dedupe(secretary_holds_no_seat(people, roster))
    return {"participants": people, "absent": absent, "vacant_seats": find_vacant_seats(seg.roster, doc.doc_id)}


def _items(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    info = state["info"]
    people = state["participants"]
    blocks = state["segments"].items
    items = [_item(block, doc.doc_id, people, info.body) for block in blocks]
    # Elected justerare are participants too, with the organisation the sentence names.
    for block in blocks:
        for p, sentence, line in elected_justerare(block.lines):
            people = [*people, replace(p, doc_id=doc.doc_id, page=line.page, quote=sentence)]
    people = _fill_titles(_fill_organizations(dedupe(people), info.owner))
    problems = list(state["problems"])
    if info.kind == "protokoll" and not people:
        problems.append(Problem(stage="people", message="no roster found", doc_id=doc.doc_id))
    return {
        "items": items,
        "participants": people,
        "problems": problems,
        "info": replace(info, body=body_with_owner(info.body, info.owner)),
    }


def _meeting_amounts(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    seg: Segments = state["segments"]
    amounts = _amounts(list(seg.front), None, doc.doc_id)
    for block, item in zip(seg.items, state["items"], strict=True):
        amounts.extend(_link_decision(a, item) for a in _amounts(list(block.lines), block.number, doc.doc_id))
    amounts.extend(_amounts(list(seg.back), None, doc.doc_id))
    return {"amounts": mark_repeats(amounts)}


def _events(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    found = [
        e
        for block, item in zip(state["segments"].items, state["items"], strict=True)
        for e in item_events(item, block.lines, doc.doc_id)
    ]
    found += roster_events(state["participants"], state["absent"], state["vacant_seats"])
    return {"events": dedupe_events(found)}


def _votes(state: State) -> State:
    doc: ExtractedDocument = state["doc"]
    found = [vote for block in state["segments"].items for vote in find_votes(block.number, block.lines, doc.doc_id)]
    # an appendix's presence and vote list after the items ("Votering § 57" over its columns)
    # joins the vote its item tells of ("… 22 ja, 8 nej och 1 avstår, se bilaga")
    listed = [v for v in find_votes(None, state["segments"].back, doc.doc_id) if v.item is not None]
    found = merge_listed(found, listed)
    checked, problems = check_votes(found, state["participants"], doc.doc_id)
    return {"vote_events": checked, "problems": [*state["problems"], *problems]}


def _proposals(state: State) -> State:
    """Motions and their fate, reservations, protocol notes and jäv, each with the roster's
    form of the name of who said it ("Ordföranden" is the roster's chair)."""
    doc: ExtractedDocument = state["doc"]
    seg: Segments = state["segments"]
    keys, chair = roster_names(state["participants"])
    votes: dict[str, list[VoteEvent]] = {}
    for v in state["vote_events"]:
        votes.setdefault(v.item, []).append(v)
    proposals: list[Proposal] = []
    reservations: list[Reservation] = []
    notes: list[ProtocolNote] = []
    conflicts: list[ConflictOfInterest] = []
    for block in seg.items:
        found = find_in_item(block.number, block.lines, doc.doc_id)
        moved = [replace(p, name=on_roster(p.name, keys, chair)) for p in found.proposals]
        proposals += apply_rulings(moved, [*found.rulings, *vote_rulings(votes.get(block.number, []))])
        reservations += [replace(r, name=on_roster(r.name, keys, chair)) for r in found.reservations]
        notes += [replace(n, name=on_roster(n.name, keys, chair)) for n in found.notes]
        conflicts += found.conflicts
    conflicts += find_in_front([*seg.front, *seg.back], doc.doc_id)
    seen: set[tuple[str | None, str]] = set()
    unique = []
    for c in conflicts:  # one jäv per person and item, however often the document says it
        c = replace(c, name=on_roster(c.name, keys, chair) or c.name)
        if (c.item, name_key(c.name)) not in seen:
            seen.add((c.item, name_key(c.name)))
            unique.append(c)
    return {
        "proposals": proposals,
        "reservations": reservations,
        "protocol_notes": notes,
        "conflicts_of_interest": unique,
    }


STAGES: tuple[Stage, ...] = (
    Stage("classify", _classify, reads=("doc",), writes=("info", "problems")),
    Stage(
        "agreement",
        _agreement,
        reads=("doc", "info"),
        writes=("agreement", "amounts", "directive_rules"),
        when=_is_agreement,
    ),
    Stage(
        "segment",
        _segment,
        reads=("doc", "info", "problems"),
        writes=("segments", "info", "problems"),
        when=_is_meeting,
    ),
    Stage(
        "people",
        _people,
        reads=("doc", "segments", "info"),
        writes=("participants", "absent", "vacant_seats"),
        when=_is_meeting,
    ),
    Stage(
        "items",
        _items,
        reads=("doc", "segments", "info", "participants", "problems"),
        writes=("items", "participants", "problems", "info"),
        when=_is_meeting,
    ),
    Stage("amounts", _meeting_amounts, reads=("doc", "segments", "items"), writes=("amounts",), when=_is_meeting),
    Stage(
        "events",
        _events,
        reads=("doc", "segments", "items", "participants", "absent", "vacant_seats"),
        writes=("events",),
        when=_is_meeting,
    ),
    Stage(
        "votes",
        _votes,
        reads=("doc", "segments", "participants", "problems"),
        writes=("vote_events", "problems"),
        when=_is_meeting,
    ),
    Stage(
        "proposals",
        _proposals,
        reads=("doc", "segments", "participants", "vote_events"),
        writes=("proposals", "reservations", "protocol_notes", "conflicts_of_interest"),
        when=_is_meeting,
    ),
)


def parse(doc: ExtractedDocument, stages: Sequence[Stage] = STAGES) -> ParsedDocument:
    """Every fact of one extracted document: the stages run in order on one state."""
    state: State = {"doc": doc, "problems": []}
    times: list[tuple[str, float]] = []
    for stage in stages:
        if not stage.when(state):
            continue
        missing = [name for name in stage.reads if name not in state]
        if missing:
            raise RuntimeError(f"stage {stage.name!r} reads {missing}, which no earlier stage writes")
        started = time.perf_counter()
        out = stage.run(state)
        times.append((stage.name, time.perf_counter() - started))
        unexpected = set(out) - set(stage.writes)
        if unexpected:
            raise RuntimeError(f"stage {stage.name!r} set {sorted(unexpected)} it does not declare")
        state.update(out)
    return ParsedDocument(
        doc_id=doc.doc_id,
        path=doc.path,
        pages=len(doc.pages) if doc.has_real_pages else None,
        info=state["info"],
        participants=tuple(state.get("participants", ())),
        items=tuple(state.get("items", ())),
        amounts=tuple(state.get("amounts", ())),
        agreement=state.get("agreement"),
        vacant_seats=tuple(state.get("vacant_seats", ())),
        absent=tuple(state.get("absent", ())),
        directive_rules=tuple(state.get("directive_rules", ())),
        events=tuple(state.get("events", ())),
        vote_events=tuple(state.get("vote_events", ())),
        proposals=tuple(state.get("proposals", ())),
        reservations=tuple(state.get("reservations", ())),
        protocol_notes=tuple(state.get("protocol_notes", ())),
        conflicts_of_interest=tuple(state.get("conflicts_of_interest", ())),
        problems=tuple(state["problems"]),
        stage_seconds=tuple(times),
    )


def _link_decision(amount: Amount, item: Item) -> Amount:
    """An amount written in one of the item's decisions belongs to that decision: the words
    around it in the decision must be the words around it in its sentence (the same sum can
    stand in the description too)."""
    sentence = " ".join(amount.sentence.split())
    for k, decision in enumerate(item.decisions):
        text = " ".join(decision.text.split())
        at = text.find(amount.text)
        if at >= 0 and text[max(0, at - 25) : at + len(amount.text) + 25] in sentence:
            return replace(amount, decision=k)
    return amount


SEATS = ("ordförande", "vice ordförande", "ledamot", "ersättare")


def _fill_organizations(people: list[Participant], publisher: str | None) -> list[Participant]:
    """A secretary or justerare listed without organisation represents what their seat on
    the roster says, or else the publisher; an official listed without one works for the
    publisher.  Members of whom none names an organisation are the publisher's too (a
    company's board, a region's ledningsgrupp): a body whose members come from several
    organisations says which."""
    seats = {name_key(p.name): p.organization for p in people if p.organization}
    unnamed = not any(p.organization for p in people if p.role in SEATS)
    fill = ("sekreterare", "justerare", "tjänsteperson", *(SEATS if unnamed else ()))
    return [
        p if p.organization or p.role not in fill else replace(p, organization=seats.get(name_key(p.name), publisher))
        for p in people
    ]


def _fill_titles(people: list[Participant]) -> list[Participant]:
    """A person has one job title in a document: an entry without one (the secretary read from
    the signature box) takes the title another entry of the same person gives, when that is
    one title ("Lo Ek, utvecklingsledare" among the officials, "Lo Ek" under "Sekreterare")."""
    titles: dict[str, set[str]] = {}
    for p in people:
        if p.title:
            titles.setdefault(name_key(p.name), set()).add(p.title)
    return [
        replace(p, title=next(iter(known)))
        if not p.title and len(known := titles.get(name_key(p.name), set())) == 1
        else p
        for p in people
    ]


# --------------------------------------------------------------------------- JSON
def to_json(parsed: ParsedDocument, real_pages: bool = True) -> dict[str, Any]:
    """The public JSON shape of `protokoll parse --json` (documented in the README).

    `real_pages` False (text without form feeds) reports every page as null.
    """

    def page(n: int | None) -> int | None:
        return n if real_pages else None

    info = parsed.info
    agreement = None
    if parsed.agreement is not None:
        a = parsed.agreement

        def signatories(confident: bool) -> list[dict[str, Any]]:
            return [
                {
                    "name": s.name,
                    "title": s.title,
                    "organization": s.organization,
                    "place": s.place,
                    "date": s.date,
                    "confidence": s.confidence,
                    "page": page(s.page),
                }
                for s in a.signatories
                if (s.confidence >= SIGNATORY_CONFIDENCE) == confident
            ]

        agreement = {
            "parties": list(a.parties),
            "valid_from": a.valid_from,
            "valid_to": a.valid_to,
            "signatories": signatories(True),
            "doubtful_signatories": signatories(False),
            "title": info.title,
            "until_further_notice": a.until_further_notice,
            "decided_by": a.decided_by,
            "decided_on": a.decided_on,
            "termination": a.termination,
            "rules": [
                {
                    "section": r.section,
                    "kind": r.kind,
                    "text": r.text,
                    "appointed_by": r.appointed_by,
                    "count": r.count,
                    "per": r.per,
                    "page": page(r.page),
                }
                for r in parsed.directive_rules
            ],
        }
    return {
        "document": {
            "kind": info.kind,
            "title": info.title,
            "body": info.body,
            "date": info.date,
            "pages": parsed.pages,
            "id": parsed.doc_id,
            "path": parsed.path,
            "time": info.time,
            "place": info.place,
            "joint_meeting": info.joint_meeting,
        },
        "participants": [
            {
                "name": p.name,
                "role": p.role,
                "organization": p.organization,
                "title": p.title,
                "page": page(p.page),
                "party": p.party,
                "present": p.present,
                "replaces": p.replaces,
                "body": p.body,
            }
            for p in parsed.participants
        ],
        "items": [
            {
                "number": it.number,
                "title": it.title,
                "page": page(it.page),
                "decisions": [d.text for d in it.decisions],
                "dnr": it.dnr,
                "end_page": page(it.end_page),
                "decision_kinds": [d.kind for d in it.decisions],
                "presenters": [p.name for p in it.presenters],
                "remarks": [{"kind": r.kind, "text": r.text, "page": page(r.page)} for r in it.remarks],
            }
            for it in parsed.items
        ],
        "amounts": [
            {
                "value_sek": a.value_sek,
                "text": a.text,
                "item": a.item,
                "page": page(a.page),
                "decision": a.decision,
                "currency": a.currency,
                "value": a.value,
                "purpose": a.purpose,
                "per_unit": a.per_unit,
                "kind": a.kind,
                "repeated": a.repeated,
            }
            for a in parsed.amounts
        ],
        "agreement": agreement,
        "absent": [
            {"name": p.name, "role": p.role, "organization": p.organization, "page": page(p.page)}
            for p in parsed.absent
        ],
        "vacant_seats": [
            {"role": v.role, "organization": v.organization, "page": page(v.page)} for v in parsed.vacant_seats
        ],
        "events": [
            {
                "kind": e.kind,
                "name": e.name,
                "role": e.role,
                "organization": e.organization,
                "replaces": e.replaces,
                "body": e.body,
                "effective": e.effective,
                "announced": e.announced,
                "item": e.item,
                "page": page(e.page),
                "quote": e.quote,
            }
            for e in parsed.events
        ],
        "vote_events": [_vote_event_json(v, page) for v in parsed.vote_events],
        "proposals": [
            {
                "item": p.item,
                "name": p.name,
                "party": p.party,
                "kind": p.kind,
                "text": p.text,
                "refers_to": p.refers_to,
                "outcome": p.outcome,
                "page": page(p.page),
                "quote": p.quote,
            }
            for p in parsed.proposals
        ],
        "reservations": [
            {
                "item": r.item,
                "name": r.name,
                "party": r.party,
                "against": r.against,
                "reason": r.reason,
                "written": r.written,
                "page": page(r.page),
                "quote": r.quote,
            }
            for r in parsed.reservations
        ],
        "protocol_notes": [
            {"item": n.item, "name": n.name, "party": n.party, "text": n.text, "page": page(n.page), "quote": n.quote}
            for n in parsed.protocol_notes
        ],
        "conflicts_of_interest": [
            {
                "item": c.item,
                "name": c.name,
                "party": c.party,
                "left_meeting": c.left_meeting,
                "page": page(c.page),
                "quote": c.quote,
            }
            for c in parsed.conflicts_of_interest
        ],
        "problems": [{"stage": p.stage, "message": p.message, "page": page(p.page)} for p in parsed.problems],
    }


def _vote_event_json(v: VoteEvent, page: Callable[[int | None], int | None]) -> dict[str, Any]:
    counts = {"ja": v.yes, "nej": v.no, "avstår": v.abstain, "frånvarande": v.absent}
    return {
        "item": v.item,
        "question": v.question,
        "options": dict(v.options),
        "counts": {k: n for k, n in counts.items() if n is not None},
        "majority": v.majority,
        "minority": v.minority,
        "result": v.result,
        "winner": v.winner,
        "casting_vote": v.casting_vote,
        "consistent": v.consistent,
        "page": page(v.page),
        "quote": v.quote,
        "votes": [{"name": x.name, "party": x.party, "option": x.option, "page": page(x.page)} for x in v.votes],
    }
