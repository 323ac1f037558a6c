"""The contract between stages: plain, frozen records.

`extract` turns a file into an `ExtractedDocument` (pages of positioned lines); every later
stage is a pure function from records to records.  Every fact carries the address it came
from — document id (sha256 of the file), page number and the quoted source text — so the
database can always show its evidence.

Page numbers are 1-based.  A plain-text source without form feeds is one page whose number is
known internally (1) but reported as ``None`` in the public JSON, since a text file has no
real pages.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Literal, TypeVar, get_args

import orjson

DocumentKind = Literal["protokoll", "minnesanteckningar", "overenskommelse", "uppdragsdirektiv", "other"]
KINDS: tuple[DocumentKind, ...] = get_args(DocumentKind)

Role = Literal[
    "ordförande", "vice ordförande", "ledamot", "ersättare", "tjänsteperson", "sekreterare", "justerare", "övrig"
]
ROLES: tuple[Role, ...] = get_args(Role)  # each Literal written once

RemarkKind = Literal["reservation", "protokollsanteckning", "jäv"]

# What an amount is (`Amount.kind`, from the words of its sentence: parse/amounts.py KIND_WORDS):
# money granted or set aside by a decision, a general grant or contribution, a budget, a
# forecast, an outcome, a cost, money applied for, or none of these.
AmountKind = Literal["allocation", "grant", "budget", "forecast", "outcome", "cost", "application", "other"]
AMOUNT_KINDS: tuple[AmountKind, ...] = get_args(AmountKind)

# Where a page's lines came from (`Page.source`).
TextSource = Literal["text", "repaired", "ocr", "patched"]
TEXT_SOURCES: tuple[TextSource, ...] = get_args(TextSource)

# What a directive's section is about (`DirectiveRule.kind`; patterns/directives.yml names them).
RuleKind = Literal["task", "composition", "meeting", "followup", "economy", "validity", "background", "groups", "other"]
RULE_KINDS: tuple[RuleKind, ...] = get_args(RuleKind)

# How a member voted in a roll-call vote (omröstning, votering).
VoteOption = Literal["ja", "nej", "avstår", "frånvarande"]
VOTE_OPTIONS: tuple[VoteOption, ...] = get_args(VoteOption)

# What a motion (yrkande) asks for: "yrkar bifall till förslaget", "yrkar avslag", "yrkar
# återremiss", "yrkar bordläggning", an amendment or an addition, or a wording of its own.
ProposalKind = Literal["bifall", "avslag", "återremiss", "bordläggning", "ändring", "tillägg", "eget"]
PROPOSAL_KINDS: tuple[ProposalKind, ...] = get_args(ProposalKind)
# What the meeting did with a motion: carried ("bifallen") or lost ("avslagen").
ProposalOutcome = Literal["bifallen", "avslagen"]

DecisionKind = Literal[
    "fastställande",
    "val",
    "uppdrag",
    "bifall",
    "avslag",
    "bordläggning",
    "till handlingarna",
    "information",
    "beslut",
    "förslag",  # "Kommunstyrelsen föreslår kommunfullmäktige att …": a proposal to another body
]


# --------------------------------------------------------------------------- extraction
@dataclass(frozen=True, kw_only=True)
class Line:
    """One run of text on a page: words on one baseline with no wide gap between them.

    Positions are PDF points from the page's top-left corner (pdfplumber's convention);
    they are ``None`` for plain-text sources.
    """

    text: str
    page: int
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    font: str | None = None
    size: float | None = None
    bold: bool = False
    # The characters of a bold run that opens the line when the rest of it is in another font:
    # a run-in heading ("Välkommen och dagordning. Ordföranden hälsade …"); 0 for any other line.
    bold_lead: int = 0


@dataclass(frozen=True, kw_only=True)
class Page:
    """A page's content lines in reading order; furniture (running headers, footers,
    page labels) is kept apart so parsers never see it, but it is not thrown away."""

    number: int
    lines: tuple[Line, ...]
    furniture: tuple[Line, ...] = ()
    links: tuple[str, ...] = ()
    width: float | None = None
    height: float | None = None
    label: str | None = None  # the printed page label, e.g. "1 (7)"
    # Where the lines came from: "text" (the PDF's text layer, or a text file), "repaired"
    # (the text layer with a broken font map mended), "ocr" (Tesseract on the page image) or
    # "patched" (the text layer, its broken lines replaced by OCR's reading of the same place).
    source: TextSource = "text"
    quality: float | None = None  # `QualityScore.score` of the lines kept (PDF pages only)
    ocr_confidence: float | None = None  # Tesseract's mean word confidence, 0..1, when OCR'd
    note: str | None = None  # why this source: "OCR skipped: tesseract is not installed", …

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True, kw_only=True)
class ExtractedDocument:
    doc_id: str  # sha256 of the file's bytes
    path: str
    source: Literal["pdf", "text"]
    pages: tuple[Page, ...]
    engine: str  # e.g. "pdfplumber 0.11.10" or "text"

    @property
    def has_real_pages(self) -> bool:
        """False for a text file without form feeds: its single "page" is not a page."""
        return self.source == "pdf" or len(self.pages) > 1

    @property
    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]


# --------------------------------------------------------------------------- facts
@dataclass(frozen=True, kw_only=True)
class DocumentInfo:
    kind: DocumentKind
    title: str | None = None
    body: str | None = None  # the council, board or group the document belongs to
    owner: str | None = None  # the organisation publishing it ("Kumla kommun" for its Kommunstyrelsen)
    date: str | None = None  # ISO date of the meeting or decision
    time: str | None = None
    place: str | None = None
    joint_meeting: bool = False


@dataclass(frozen=True, kw_only=True)
class Participant:
    name: str  # always given name first
    role: Role
    organization: str | None = None  # canonical name
    title: str | None = None  # officials' job title
    party: str | None = None  # "S", "M", …
    present: bool | None = None
    replaces: str | None = None  # "tjänstgörande ersättare för Olle Berg": the member stood in for
    body: str | None = None  # a joint meeting's roster section: the body it seats people on
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class VacantSeat:
    """ "Vakant, RF-SISU": a seat on the roster with nobody in it."""

    role: Role
    organization: str | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Decision:
    text: str  # verbatim
    kind: DecisionKind
    elected: tuple[str, ...] = ()  # names of people elected by this decision
    doc_id: str = ""
    page: int | None = None

    @property
    def quote(self) -> str:
        """The decision is quoted verbatim: its text is its source."""
        return self.text


@dataclass(frozen=True, kw_only=True)
class Presenter:
    name: str
    verb: str  # "presenterade", "rapporterade", …
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Remark:
    """What an item records beside its decisions: a reservation, a protocol note (protokolls-
    anteckning) or a conflict of interest (jäv), verbatim."""

    kind: RemarkKind
    text: str
    doc_id: str = ""
    page: int | None = None

    @property
    def quote(self) -> str:
        return self.text


@dataclass(frozen=True, kw_only=True)
class Vote:
    """How one member voted in a roll-call vote: "Anna Ek (S)  X" under "Ja", or a name in
    "Följande ledamöter röstar nej: …".  `name` is the roster's form when the voter is on it."""

    name: str
    option: VoteOption
    party: str | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class VoteEvent:
    """One vote (omröstning, votering) on an agenda item (`pipeline.parse.votes`).

    `options` are what each answer stood for, as written: (("ja", "kommunstyrelsens förslag"),
    ("nej", "Per Bergs yrkande")).  `yes`, `no`, `abstain` and `absent` are the counts the text
    states (in a sentence or a table's Summa row; None where it states none); "med 7 röster mot 4" without
    naming the answers is `majority` 7 and `minority` 4.  `result` is the answer that won, and
    `winner` what it stood for.  `consistent` is the self-check: False when the per-member
    votes do not add up to the stated counts or a voter is not among the meeting's beslutande
    (each mismatch is a recorded problem), None when there is nothing to check against."""

    item: str | None = None
    question: str | None = None  # the proposition as written ("Ja för …, nej för …")
    options: tuple[tuple[VoteOption, str], ...] = ()
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None
    majority: int | None = None
    minority: int | None = None
    result: VoteOption | None = None
    winner: str | None = None
    casting_vote: bool = False  # decided by the chair's casting vote (utslagsröst)
    votes: tuple[Vote, ...] = ()
    discrepancies: tuple[str, ...] = ()  # what disagreed as it was read (a table's Summa row and the text)
    consistent: bool | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Proposal:
    """A motion (yrkande): "Per Berg (M) yrkar avslag på förslaget".  One record per person
    who moves it; a party that moves it ("Moderaterna yrkar …") has `party` and no `name`.
    `refers_to` is what it supports or opposes, as written ("arbetsutskottets förslag", "Anna
    Eks yrkande"); `outcome` is what the propositionsordning or the vote did with it, with the
    sentence that says so in `outcome_quote`."""

    item: str | None
    kind: ProposalKind
    text: str  # what is asked, as written after "yrkar"
    name: str | None = None
    party: str | None = None
    refers_to: str | None = None
    outcome: ProposalOutcome | None = None
    outcome_quote: str | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Reservation:
    """A member (or a party's members) reserving against a decision: "Anna Ek (M) reserverar sig
    mot beslutet till förmån för eget yrkande".  `against` is the decision named ("beslutet",
    "beslutet i fråga om att-sats 2"), `reason` the written reason when given, `written` a
    written reservation ("skriftlig reservation", "bilaga")."""

    item: str | None
    name: str | None = None
    party: str | None = None
    against: str | None = None
    reason: str | None = None
    written: bool = False
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class ProtocolNote:
    """A protokollsanteckning: "Per Berg (C) lämnar följande anteckning till protokollet: …"."""

    item: str | None
    text: str
    name: str | None = None
    party: str | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class ConflictOfInterest:
    """Jäv: "Eva Lund (S) anmäler jäv och deltar inte i handläggningen av § 45".  `item` is the
    item it concerns (the one it stands in, or the § it names); `left_meeting` when the text
    says they left the room ("lämnar sammanträdet på grund av jäv")."""

    item: str | None
    name: str
    party: str | None = None
    left_meeting: bool = False
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Item:
    """One agenda item ("5." or "§ 101"), possibly spanning pages."""

    number: str
    title: str
    text: str = ""
    page: int | None = None
    end_page: int | None = None
    dnr: str | None = None
    decisions: tuple[Decision, ...] = ()
    presenters: tuple[Presenter, ...] = ()
    remarks: tuple[Remark, ...] = ()
    doc_id: str = ""

    @property
    def quote(self) -> str:
        """The item's heading as the parser read it."""
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True, kw_only=True)
class Amount:
    text: str  # as written, e.g. "1,5 mnkr"
    value: float  # in the stated currency's unit (1500000.0 for "1,5 mnkr")
    currency: str = "SEK"
    value_sek: float | None = None  # None when the currency is not SEK
    value_max: float | None = None  # upper bound of a range ("2–3 mnkr")
    per: str | None = None  # rate: "år", "länsdel", "invånare", …
    per_unit: bool = False  # "3 mnkr tilldelas varje länsdel"
    purpose: str | None = None
    sentence: str = ""
    item: str | None = None
    decision: int | None = None  # position of the item's decision the amount stands in
    kind: AmountKind = "other"
    repeated: bool = False  # the same value written earlier under the same item (or outside items)
    doc_id: str = ""
    page: int | None = None

    @property
    def quote(self) -> str:
        """The sentence the amount stands in (the amount as written when there is none)."""
        return self.sentence or self.text


@dataclass(frozen=True, kw_only=True)
class Signatory:
    name: str
    title: str | None = None
    organization: str | None = None
    place: str | None = None
    date: str | None = None
    confidence: float = 1.0
    seat_body: str | None = None  # "Kommunstyrelsens ordförande": the board whose seat the title names
    seat_role: Role | None = None
    doc_id: str = ""
    page: int | None = None


@dataclass(frozen=True, kw_only=True)
class Agreement:
    """An agreement (överenskommelse) or a directive (uppdragsdirektiv); its title is the
    document's (`DocumentInfo.title`)."""

    parties: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    until_further_notice: bool = False  # "gäller tillsvidare"
    decided_by: str | None = None
    decided_on: str | None = None
    termination: str | None = None
    signatories: tuple[Signatory, ...] = ()
    doc_id: str = ""
    page: int | None = None


@dataclass(frozen=True, kw_only=True)
class Problem:
    """Something a stage could not place; recorded, warned about, and the run goes on."""

    stage: str
    message: str
    doc_id: str = ""
    page: int | None = None


@dataclass(frozen=True, kw_only=True)
class ParsedDocument:
    doc_id: str
    path: str
    pages: int | None
    info: DocumentInfo
    participants: tuple[Participant, ...] = ()
    items: tuple[Item, ...] = ()
    amounts: tuple[Amount, ...] = ()
    agreement: Agreement | None = None
    vacant_seats: tuple[VacantSeat, ...] = ()
    absent: tuple[Participant, ...] = ()  # listed as "Frånvarande" / "Anmält förhinder": not participants
    directive_rules: tuple[DirectiveRule, ...] = ()
    events: tuple[Event, ...] = ()  # elections, replacements, substitutions … (parse/events.py)
    vote_events: tuple[VoteEvent, ...] = ()  # roll-call votes (parse/votes.py)
    proposals: tuple[Proposal, ...] = ()  # yrkanden and their outcome (parse/proposals.py)
    reservations: tuple[Reservation, ...] = ()
    protocol_notes: tuple[ProtocolNote, ...] = ()
    conflicts_of_interest: tuple[ConflictOfInterest, ...] = ()  # jäv
    problems: tuple[Problem, ...] = field(default=())
    stage_seconds: tuple[tuple[str, float], ...] = ()  # how long each parse stage took

    def __post_init__(self) -> None:
        # The address is part of the contract: a fact that does not name this document cannot
        # be shown with its evidence, so a document holding one is refused, never stored.
        for fact in self.facts():
            if getattr(fact, "doc_id", None) != self.doc_id:
                raise ValueError(
                    f"{self.path}: a {type(fact).__name__} without this document's doc_id "
                    f"({getattr(fact, 'doc_id', None)!r}): {fact!r:.200}"
                )

    def facts(self) -> list[object]:
        """Every fact record of the document, nested ones (decisions, presenters, remarks,
        signatories) included: each has this document's `doc_id` and a page."""
        out: list[object] = [
            *self.participants,
            *self.absent,
            *self.vacant_seats,
            *self.items,
            *self.amounts,
            *self.directive_rules,
            *self.events,
            *self.vote_events,
            *(vote for event in self.vote_events for vote in event.votes),
            *self.proposals,
            *self.reservations,
            *self.protocol_notes,
            *self.conflicts_of_interest,
            *self.problems,
        ]
        for item in self.items:
            out += [*item.decisions, *item.presenters, *item.remarks]
        if self.agreement is not None:
            out += [self.agreement, *self.agreement.signatories]
        return out


# --------------------------------------------------------------------------- segments
@dataclass(frozen=True, kw_only=True)
class RosterSection:
    """A roster heading ("Ledamöter:", "Beslutande") and the lines under it.

    `role` is None where each line names its own role ("Beslutande": "Anna Ek (S), ordförande").
    `columns` maps a sub-heading's x position to its role, for two-column rosters
    ("ordinarie" | "ersättare").
    """

    heading: str
    role: Role | None
    lines: tuple[Line, ...]
    columns: tuple[tuple[float, Role | None], ...] = ()
    absent: bool = False  # "Frånvarande", "Anmält förhinder": who was not there
    organization: str | None = None  # "Tjänstepersoner, Region Örebro län": everyone's under it
    org_column: float | None = None  # x of an "Organisation" column: each row's people represent it


@dataclass(frozen=True, kw_only=True)
class ItemBlock:
    """An agenda item's lines, from its number to the next item's number."""

    number: str
    title: str
    lines: tuple[Line, ...]  # the item's body, title excluded
    page: int
    end_page: int
    dnr: str | None = None
    heading: Line | None = None


@dataclass(frozen=True, kw_only=True)
class Segments:
    front: tuple[Line, ...]  # everything before the first item: letterhead, meeting data, roster
    roster: tuple[RosterSection, ...]
    items: tuple[ItemBlock, ...]
    back: tuple[Line, ...] = ()  # after the last item: the attendance printed at the end, and what follows


EventKind = Literal["election", "replacement", "resignation", "vacancy", "substitution", "absence"]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something a protocol says about who holds a seat (`pipeline.parse.events`).

    election      "Anna Berg valdes till ordförande": `name` holds `role` from the meeting (or
                  from `effective`); `replaces` when a fyllnadsval names the predecessor
    replacement   "Karin Lund ersätter Jonas Holm som ledamot": `name` takes the seat of `replaces`
    resignation   "Jonas Holm har entledigats": `name`'s seat ends
    vacancy       a seat listed or reported as empty ("Vakant"): `role` and `organization`, no name
    substitution  "Eva Sten, tjänstgörande ersättare för Olle Berg": `replaces` keeps the seat, absent
    absence       "Frånvarande: Olle Berg": `name` keeps the seat, absent
    """

    kind: EventKind
    name: str | None = None  # given name first
    role: Role | None = None
    organization: str | None = None
    replaces: str | None = None
    body: str | None = None  # the body the seat is on, when the text names another than the meeting's
    effective: str | None = None  # ISO date the text gives ("från och med 1 mars 2024")
    announced: bool = False  # reported under "Meddelanden"/"Anmälningar", not decided here
    item: str | None = None  # the agenda item's number
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


# --------------------------------------------------------------------------- people over time
@dataclass(frozen=True, kw_only=True)
class Seat:
    """A person listed on one meeting's roster, in a role, for an organisation."""

    person_id: str
    body_id: str
    meeting_id: str
    date: str | None
    role: Role
    organization_id: str | None = None
    present: bool | None = None  # False: listed as absent, or stood in for by a substitute
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class SeatEvent:
    """An `Event` resolved to people and a body: what ends or starts a spell, on its date."""

    kind: EventKind
    person_id: str | None
    body_id: str
    role: Role | None
    date: str | None
    replaces_id: str | None = None
    meeting_id: str | None = None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Review:
    """A reading the derivation did not follow, kept with its evidence for an analyst to check:
    a role or organisation that differs in one meeting with no event to explain it."""

    kind: Literal["role", "organisation", "chair"]
    person_id: str
    body_id: str
    meeting_id: str
    reading: str  # what the roster said ("ordförande", "" for no organisation)
    kept: str  # what the derivation used
    quote: str  # the roster line read
    evidence: str  # the lines around it that decided


@dataclass(frozen=True, kw_only=True)
class SignedRole:
    """A signature that names a seat: "Kommunstyrelsens ordförande" signing for Kumla kommun."""

    person_id: str
    body_id: str
    role: Role
    organization_id: str | None
    date: str | None
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class Membership:
    """A spell: a person in one role for one organisation on one body, over consecutive meetings.

    `first_seen`/`last_seen` are the first and last meetings that list them; `start_date` is
    exact when an election decision gives it (`start_precision` "election"), else the first
    meeting seen ("attendance").  `ended_before` is the first later meeting without them.
    """

    person_id: str
    body_id: str
    role: Role
    organization_id: str | None
    first_meeting_id: str | None
    last_meeting_id: str | None
    first_seen: str | None
    last_seen: str | None
    meetings: int
    start_date: str | None
    start_precision: str
    ended_before: str | None
    source_kind: str  # "attendance" | "attendance+election" | "election" | "attendance+replacement" | "signature"
    doc_id: str = ""
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, kw_only=True)
class DirectiveRule:
    """One rule of a directive: a task, a composition rule ("en representant per länsdel"),
    a meeting rule ("träffas minst fyra gånger per år") …, verbatim, with what can be read
    from it."""

    section: str  # the section title, "Sammansättning"
    kind: RuleKind
    text: str
    appointed_by: str | None = None  # "Kommundirektör/Kommunchef utser …"
    count: int | None = None  # representatives, meetings …
    per: str | None = None  # "kommun", "länsdel", "år"
    doc_id: str = ""
    page: int | None = None

    @property
    def quote(self) -> str:
        return self.text


# --------------------------------------------------------------------------- text quality
@dataclass(frozen=True, kw_only=True)
class QualityScore:
    """How far a page's text can be trusted (see `pipeline.quality`).

    `score` runs from 0 (no usable text) to 1 (every word a known Swedish word); `flags` name
    what is wrong ("no text", "sparse text on an image", "garbled", "lost ligatures") and are
    empty for a page to trust; `reason` says it in words for logs and the database.
    """

    score: float
    reason: str
    flags: tuple[str, ...] = ()

    @property
    def trusted(self) -> bool:
        return not self.flags


# --------------------------------------------------------------------------- cases across meetings
@dataclass(frozen=True, kw_only=True)
class HandledItem:
    """An agenda item that names a case number, with where and when it was handled."""

    item_id: str
    dnr: str  # as written
    organization_id: str | None  # whose registry: the body's organisation (Kumla kommun for its KS and KF)
    body_id: str | None
    meeting_id: str | None
    date: str | None
    position: int = 0  # the item's place in its document
    decision_kinds: tuple[str, ...] = ()
    decision: str | None = None  # the last decision's text


@dataclass(frozen=True, kw_only=True)
class Case:
    """A matter (ärende) followed across meetings and bodies by its case number
    (`pipeline.cases`): every item that handles it, from the first to the latest."""

    id: str  # organisation:normal form
    organization_id: str | None
    dnr: str  # the normal form, "KS 2024/123"
    forms: tuple[str, ...]  # every form written
    item_ids: tuple[str, ...]  # in the order handled
    first_date: str | None
    last_date: str | None
    meetings: int
    body_ids: tuple[str, ...]  # the bodies that handled it, in order of first handling
    latest_item_id: str
    latest_body_id: str | None
    state: str  # after the latest handling: beslutat, föreslaget, bordlagt, återremitterat, …
    latest_decision: str | None = None


# --------------------------------------------------------------------------- an example instance
# A small protocol as the stages hand it on (as cdp-backend ships example models): the shape of
# every record in one place, for the README, for trying a stage by hand, and for the test that
# round-trips it through `parse.to_json` and `store.save_document`.  The people are invented.
_EXAMPLE_ID = "0" * 63 + "1"
_EXAMPLE_LINES = (
    ("Protokoll", 72.0, 80.0, True),
    ("Specifika samverkansrådet för folkhälsa", 72.0, 100.0, True),
    ("Datum: 2024-10-11", 72.0, 120.0, False),
    ("Närvarande ledamöter", 72.0, 150.0, True),
    ("Anna Lindqvist, Region Örebro län, ordförande", 72.0, 170.0, False),
    ("Bo Strömberg, Kumla kommun", 72.0, 185.0, False),
    ("Närvarande ersättare", 72.0, 210.0, True),
    ("Vakant, RF-SISU Örebro län", 72.0, 225.0, False),
    ("§ 1 Val av justerare", 72.0, 260.0, True),
    ("Till justerare utsågs Bo Strömberg.", 72.0, 280.0, False),
    ("§ 2 Familjecentraler i länet", 72.0, 310.0, True),
    ("Dana Ek presenterade arbetet med familjecentraler.", 72.0, 330.0, False),
    ("Rådet beslutade att avsätta 250 000 kronor till familjecentraler 2025.", 72.0, 345.0, False),
)
EXAMPLE_EXTRACTED = ExtractedDocument(
    doc_id=_EXAMPLE_ID,
    path="ssr-folkhalsa_2024-10-11_protokoll.pdf",
    source="pdf",
    engine="pdfplumber 0.11",
    pages=(
        Page(
            number=1,
            width=595.0,
            height=842.0,
            lines=tuple(
                Line(text=t, page=1, x0=x, top=top, x1=x + 6.0 * len(t), bottom=top + 11.0, size=11.0, bold=b)
                for t, x, top, b in _EXAMPLE_LINES
            ),
            quality=1.0,
        ),
    ),
)
_ANNA = "Anna Lindqvist, Region Örebro län, ordförande"
_BO = "Bo Strömberg, Kumla kommun"
_ELECTION = "Till justerare utsågs Bo Strömberg."
_ALLOCATION = "Rådet beslutade att avsätta 250 000 kronor till familjecentraler 2025."
EXAMPLE_PROTOCOL = ParsedDocument(
    doc_id=_EXAMPLE_ID,
    path="ssr-folkhalsa_2024-10-11_protokoll.pdf",
    pages=1,
    info=DocumentInfo(
        kind="protokoll", title="Protokoll", body="Specifika samverkansrådet för folkhälsa", date="2024-10-11"
    ),
    participants=(
        Participant(
            name="Anna Lindqvist",
            role="ordförande",
            organization="Region Örebro län",
            doc_id=_EXAMPLE_ID,
            page=1,
            quote=_ANNA,
        ),
        Participant(
            name="Bo Strömberg",
            role="ledamot",
            organization="Kumla kommun",
            doc_id=_EXAMPLE_ID,
            page=1,
            quote=_BO,
        ),
        Participant(
            name="Bo Strömberg",
            role="justerare",
            organization="Kumla kommun",
            doc_id=_EXAMPLE_ID,
            page=1,
            quote=_ELECTION,
        ),
    ),
    vacant_seats=(
        VacantSeat(
            role="ersättare",
            organization="RF-SISU Örebro län",
            doc_id=_EXAMPLE_ID,
            page=1,
            quote="Vakant, RF-SISU Örebro län",
        ),
    ),
    items=(
        Item(
            number="1",
            title="Val av justerare",
            text=_ELECTION,
            page=1,
            end_page=1,
            decisions=(Decision(text=_ELECTION, kind="val", elected=("Bo Strömberg",), doc_id=_EXAMPLE_ID, page=1),),
            doc_id=_EXAMPLE_ID,
        ),
        Item(
            number="2",
            title="Familjecentraler i länet",
            text="Dana Ek presenterade arbetet med familjecentraler.\n" + _ALLOCATION,
            page=1,
            end_page=1,
            decisions=(Decision(text=_ALLOCATION, kind="beslut", doc_id=_EXAMPLE_ID, page=1),),
            presenters=(
                Presenter(
                    name="Dana Ek",
                    verb="presenterade",
                    doc_id=_EXAMPLE_ID,
                    page=1,
                    quote="Dana Ek presenterade arbetet med familjecentraler.",
                ),
            ),
            doc_id=_EXAMPLE_ID,
        ),
    ),
    amounts=(
        Amount(
            text="250 000 kronor",
            value=250000.0,
            value_sek=250000.0,
            purpose="familjecentraler 2025",
            sentence=_ALLOCATION,
            item="2",
            kind="allocation",
            decision=0,
            doc_id=_EXAMPLE_ID,
            page=1,
        ),
    ),
    events=(
        Event(
            kind="vacancy",
            role="ersättare",
            organization="RF-SISU Örebro län",
            doc_id=_EXAMPLE_ID,
            page=1,
            quote="Vakant, RF-SISU Örebro län",
        ),
    ),
)


# --------------------------------------------------------------------------- JSON round trip
def to_data(record: object) -> object:
    """A record as JSON data (dicts, lists, strings, numbers): what `from_data` reads back.

    >>> from_data(Line, to_data(Line(text="§ 5 Val av justerare", page=1))) == Line(text="§ 5 Val av justerare", page=1)
    True
    """
    return _data(record)


def _data(value: object) -> object:
    # dataclasses.asdict, without its deep copies of every leaf (records hold str, int, float, None)
    if value is None or type(value) in _LEAVES:
        return value
    names = _field_names(type(value))
    if names is not None:
        return {name: _data(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [_data(v) for v in value]
    if isinstance(value, dict):
        return {k: _data(v) for k, v in value.items()}
    return value


_LEAVES = frozenset({str, int, float, bool})


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass (None for any other type): what `_data` writes of it."""
    if cls not in _FIELD_NAMES:
        _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None
    return _FIELD_NAMES[cls]


def dumps(record: object) -> bytes:
    """`to_data(record)` as JSON in UTF-8: what `loads` reads back.

    orjson writes a record straight from its fields, twenty times faster than `json.dumps`
    of `to_data`; the same data but for floats that are not finite, which orjson writes as
    null: a record holding one (or anything else orjson refuses) is written by `json`, as
    NaN or Infinity, which `loads` reads back as they were.

    >>> dumps(Line(text="Beslut", page=2, x0=56.7))
    b'{"text":"Beslut","page":2,"x0":56.7,"top":null,"x1":null,"bottom":null,"font":null,"size":null,"bold":false,"bold_lead":0}'
    >>> loads(Line, dumps(Line(text="Beslut", page=2, x0=float("nan")))).x0
    nan
    """
    if _finite(record):
        try:
            return orjson.dumps(record)
        except orjson.JSONEncodeError:  # a dict with keys that are not strings, an int past 64 bits
            pass
    return json.dumps(to_data(record), ensure_ascii=False).encode("utf-8")


def loads(cls: type[T], text: bytes | str) -> T:
    """The record of type `cls` that `dumps` (or `json.dumps` of `to_data`) wrote."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:  # NaN or Infinity, as `json` writes them
        data = json.loads(text)
    return from_data(cls, data)


def _finite(value: object) -> bool:
    """Is every float in the record finite? Only the fields whose types may hold a float are
    looked at (`_float_fields`); a float, string, number or None among them is judged on the
    spot, without a call of its own (a document's lines hold tens of thousands)."""
    kind = type(value)
    if kind is float:
        return math.isfinite(value)  # type: ignore[arg-type]
    if kind is tuple or kind is list:
        values: Iterable[object] = value  # type: ignore[assignment]
    elif kind is dict:
        values = value.values()  # type: ignore[attr-defined]
    else:
        names = _float_fields(kind)
        if names is None:
            return True
        values = map(getattr, repeat(value), names)
    isfinite = math.isfinite
    for v in values:
        kind = type(v)
        if kind is float:
            if not isfinite(v):  # type: ignore[arg-type]
                return False
        elif kind not in _FLOATLESS and not _finite(v):
            return False
    return True


_FLOAT_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _float_fields(cls: type) -> tuple[str, ...] | None:
    """A dataclass's fields whose type may hold a float, nested or not (None for other types)."""
    if cls not in _FLOAT_FIELDS:
        if dataclasses.is_dataclass(cls):
            hints = _hints(cls)
            _FLOAT_FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if not _floatless(hints[f.name]))
        else:
            _FLOAT_FIELDS[cls] = None
    return _FLOAT_FIELDS[cls]


_FLOATLESS = frozenset({str, int, bool, type(None)})


def _floatless(tp: object) -> bool:
    """Does no value of type `tp` hold a float (strings, ints, Literals, and tuples of them)?"""
    if tp in _FLOATLESS:
        return True
    origin = typing.get_origin(tp)
    if origin is Literal:
        return all(type(a) in _FLOATLESS for a in typing.get_args(tp))
    if origin in (tuple, types.UnionType, typing.Union):
        return all(a is Ellipsis or _floatless(a) for a in typing.get_args(tp))
    return False


def from_data(cls: type[T], data: object) -> T:
    """The record of type `cls` that `to_data` wrote: nested records, tuples and optionals
    rebuilt from the field types, so a cached `ParsedDocument` equals the one that was parsed."""
    return _build(cls, data)  # type: ignore[return-value]


T = TypeVar("T")


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _build(tp: object, data: object) -> object:
    if data is None:
        return None
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        assert isinstance(data, dict)
        hints = _hints(tp)
        return tp(**{name: _build(hints[name], value) for name, value in data.items()})
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        assert isinstance(data, list | tuple)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], v) for v in data)
        return tuple(_build(a, v) for a, v in zip(args, data, strict=True))
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], data) if len(options) == 1 else data
    return data  # str, int, float, bool, a Literal
