"""The parsing pipeline as named components: classify -> segment -> people / decisions /
amounts / agreements.  `parse(doc)` is a pure function of the extracted document, and
`to_json(parsed)` gives the public ``protokoll parse --json`` shape (see README)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .agreements import find_agreement
from .amounts import find_amounts
from .classify import body_with_owner, classify
from .decisions import elections, find_decisions, find_presenters
from .directives import find_directive_rules, find_followup_duties
from .organizations import all_organizations, find_organizations
from .people import dedupe, find_vacant_seats, name_key, parse_roster
from ..records import (
    Amount,
    ExtractedDocument,
    Item,
    ItemBlock,
    Line,
    ParsedDocument,
    Participant,
    Presenter,
    Problem,
)
from .segment import find_roster, segment

AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")
# Signatories read with less confidence than this (OCR-garbled names, a block without its
# organisation heading) are kept apart in the JSON as "doubtful_signatories" and in the
# database with their confidence, rather than presented as facts.
SIGNATORY_CONFIDENCE = 0.65


def issuer(lines: list[Line]) -> str | None:
    """The organisation that publishes the document: the first one its head names
    ("KUMLA KOMMUN", or "Region Örebro län" in a letterhead)."""
    bodies = {o.name for o in all_organizations() if o.kind == "organ"}
    for name in find_organizations(" \n".join(ln.text for ln in lines[:40])):
        if name not in bodies:
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
    cursor = 0
    for a in found:
        pos = text.find(a.text.split()[0], cursor)
        cursor = max(cursor, pos)
        line_index = max((i for i, s in enumerate(starts) if s <= pos), default=0)
        out.append(replace(a, item=item, doc_id=doc_id, page=lines[line_index].page if lines else None))
    return out


def parse(doc: ExtractedDocument) -> ParsedDocument:
    """Every fact of one extracted document."""
    info = classify(doc)
    lines = doc.lines
    problems: list[Problem] = []
    pages = len(doc.pages) if doc.has_real_pages else None
    if not any(ln.text.strip() for ln in lines):
        problems.append(Problem(stage="extract", message="no text on any page (scanned, and OCR is off or Tesseract is missing: see the pages table)",
                                doc_id=doc.doc_id))
    if info.kind in AGREEMENT_KINDS:
        agreement = replace(find_agreement(lines, info.kind), doc_id=doc.doc_id)
        return ParsedDocument(
            doc_id=doc.doc_id, path=doc.path, pages=pages, info=info, agreement=agreement,
            amounts=tuple(_amounts(lines, None, doc.doc_id)), problems=tuple(problems),
            directive_rules=tuple(
                find_directive_rules(lines, doc.doc_id) if info.kind == "uppdragsdirektiv"
                else find_followup_duties(lines, doc.doc_id)
            ),
        )
    seg = segment(lines)
    publisher = issuer([*doc.pages[0].furniture, *seg.front] if doc.pages else list(seg.front))
    municipal = bool(publisher and publisher.endswith("kommun"))
    # Minutes sign off at the end ("Vid anteckningarna / Name"): the tail names the secretary.
    tail = [s for s in find_roster(lines[-12:]) if s.role in ("sekreterare", "justerare")] if seg.items else []
    people = parse_roster([*seg.roster, *tail], default_org=publisher if municipal else None, doc_id=doc.doc_id)
    items = [_item(block, doc.doc_id, people, info.body) for block in seg.items]
    # Elected justerare are participants too, with the organisation the decision names.
    for item in items:
        for decision in item.decisions:
            for p in elections(decision.text):
                if p.role == "justerare":
                    people.append(replace(p, doc_id=doc.doc_id, page=decision.page, quote=decision.text))
    people = _fill_organizations(dedupe(people), publisher)
    info = replace(info, owner=publisher, body=body_with_owner(info.body, publisher))
    amounts = _amounts(list(seg.front), None, doc.doc_id)
    for block, item in zip(seg.items, items, strict=True):
        amounts.extend(_link_decision(a, item) for a in _amounts(list(block.lines), block.number, doc.doc_id))
    if info.kind == "protokoll" and not items:
        problems.append(Problem(stage="segment", message="no agenda items found", doc_id=doc.doc_id))
    if info.kind == "protokoll" and not people:
        problems.append(Problem(stage="people", message="no roster found", doc_id=doc.doc_id))
    return ParsedDocument(
        doc_id=doc.doc_id, path=doc.path, pages=pages, info=info, participants=tuple(people), items=tuple(items),
        amounts=tuple(amounts), vacant_seats=tuple(find_vacant_seats(seg.roster, doc.doc_id)),
        problems=tuple(problems),
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


def _fill_organizations(people: list[Participant], publisher: str | None) -> list[Participant]:
    """A secretary or justerare listed without organisation represents what their seat on
    the roster says, or else the publisher."""
    seats = {name_key(p.name): p.organization for p in people if p.organization}
    return [
        p if p.organization or p.role not in ("sekreterare", "justerare")
        else replace(p, organization=seats.get(name_key(p.name), publisher))
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
                {"name": s.name, "title": s.title, "organization": s.organization, "place": s.place, "date": s.date,
                 "confidence": s.confidence, "page": page(s.page)}
                for s in a.signatories
                if (s.confidence >= SIGNATORY_CONFIDENCE) == confident
            ]

        agreement = {
            "parties": list(a.parties),
            "valid_from": a.valid_from,
            "valid_to": a.valid_to,
            "signatories": signatories(True),
            "doubtful_signatories": signatories(False),
            "title": a.title,
            "until_further_notice": a.until_further_notice,
            "decided_by": a.decided_by,
            "decided_on": a.decided_on,
            "termination": a.termination,
            "rules": [{"section": r.section, "kind": r.kind, "text": r.text, "appointed_by": r.appointed_by,
                       "count": r.count, "per": r.per, "page": page(r.page)} for r in parsed.directive_rules],
        }
    return {
        "document": {
            "kind": info.kind, "title": info.title, "body": info.body, "date": info.date, "pages": parsed.pages,
            "id": parsed.doc_id, "path": parsed.path, "time": info.time, "place": info.place,
            "joint_meeting": info.joint_meeting,
        },
        "participants": [
            {"name": p.name, "role": p.role, "organization": p.organization, "title": p.title, "page": page(p.page),
             "party": p.party, "present": p.present}
            for p in parsed.participants
        ],
        "items": [
            {"number": it.number, "title": it.title, "page": page(it.page),
             "decisions": [d.text for d in it.decisions], "dnr": it.dnr, "end_page": page(it.end_page),
             "decision_kinds": [d.kind for d in it.decisions],
             "presenters": [p.name for p in it.presenters]}
            for it in parsed.items
        ],
        "amounts": [
            {"value_sek": a.value_sek, "text": a.text, "item": a.item, "page": page(a.page), "decision": a.decision,
             "currency": a.currency,
             "value": a.value, "purpose": a.purpose, "per_unit": a.per_unit}
            for a in parsed.amounts
        ],
        "agreement": agreement,
        "vacant_seats": [{"role": v.role, "organization": v.organization, "page": page(v.page)}
                         for v in parsed.vacant_seats],
        "problems": [{"stage": p.stage, "message": p.message, "page": page(p.page)} for p in parsed.problems],
    }

