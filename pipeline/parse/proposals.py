"""Item text -> motions (yrkanden) and their fate, reservations, protocol notes and jäv.

What a municipal item records beside its decision, each linked to the item and to who said it:

* motions: "Anna Ek (S) yrkar bifall till arbetsutskottets förslag", "Per Berg (M) yrkar avslag",
  "… yrkar återremiss", "Eva Lund (C) instämmer i Per Bergs yrkande", one `Proposal` per mover;
* their fate: the propositionsordning ("Ordföranden ställer proposition på förslagen och finner
  att kommunstyrelsen bifaller arbetsutskottets förslag") and the item's votes say which motion
  was carried (`bifallen`) and which lost (`avslagen`);
* reservations: "Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande", "Mot
  beslutet reserverar sig …", "Ledamöterna för Moderaterna reserverar sig …", a "Reservation"
  section and the reason written in it;
* protocol notes: "Eva Lund (C) lämnar följande anteckning till protokollet: …";
* jäv: "Lo Lind (L) anmäler jäv och deltar inte i handläggningen av § 45", "… lämnar
  sammanträdet på grund av jäv" — in an item, or in the meeting's front matter naming the §.

Sentences are read anywhere in the item; under a section heading ("Yrkanden", "Reservation",
"Protokollsanteckning", "Jäv") a sentence that only names people ("Per Berg (M) och Bo Ek (M)")
is read as the section says, and the text that follows is its reason or note.  The vocabulary
is data (patterns/proposals.yml):

    >>> [(p.name, p.party, p.kind, p.refers_to) for p in read_motions("Anna Ek (S) yrkar bifall till arbetsutskottets förslag.")]
    [('Anna Ek', 'S', 'bifall', 'arbetsutskottets förslag')]
    >>> [(r.name, r.reason) for r in read_reservations("Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.")]
    [('Per Berg', 'till förmån för eget yrkande')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from .. import patterns
from ..records import (
    PROPOSAL_KINDS,
    ConflictOfInterest,
    Line,
    Participant,
    Proposal,
    ProposalKind,
    ProposalOutcome,
    ProtocolNote,
    Reservation,
    VoteEvent,
)
from .decisions import DECISION_HEADING, SECTION_END
from .people import name_key, parse_person_line
from .text import NAME_PARTICLES, looks_like_name, sentences_of_lines
from .votes import read_result

_KINDS: dict[str, ProposalKind] = {k: k for k in PROPOSAL_KINDS}
_R = TypeVar("_R", Proposal, Reservation, ProtocolNote, ConflictOfInterest)


@cache
def _vocabulary() -> dict:
    return patterns.load("proposals")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first; a space matches any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_END = r"(?![\wåäö-])"
# Who speaks: up to a few names with parties, role words, "och" — never a whole paragraph.
_WHO = r"(?P<who>[A-ZÅÄÖ(][^.:;]{1,160}?)"
_SECTION_LINE = r"\s*:?\s*(?P<rest>.*)$"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    v = _vocabulary()
    because = _alt(v["because"])
    return {
        "section": re.compile(
            "^(?:"
            + "|".join(rf"(?P<{k}>{_alt(words)})" for k, words in v["sections"].items())
            + rf"){_END}"
            + _SECTION_LINE,
            re.I,
        ),
        "motion": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['motion_verbs'])}){_END}\s*,?\s*(?P<what>.+)$"),
        "section_motion": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['section_verbs'])}){_END}\s*(?P<what>.+)$"),
        "colon_motion": re.compile(rf"^{_WHO}\s*:\s*(?P<what>.+)$"),
        "support": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['support_verbs'])})\s+(?P<ref>.+?)\.?$"),
        "amendment": re.compile(
            rf"^{_WHO},?\s+(?:{_alt(v['amendment_verbs'])})\s+(?:ett\s+|följande\s+)?"
            rf"(?P<kind>ändrings|tilläggs)yrkande(?:n)?\b\s*(?::\s*)?(?P<what>.*)$",
            re.I,
        ),
        "supported_by": re.compile(rf",?\s*(?:{_alt(v['supported_by'])})\s+(?P<names>[^,]+?)\s*,?\s*$", re.I),
        "proposition": re.compile(rf"\b(?:{_alt(v['proposition_verbs'])}|{_alt(v['finds'])}){_END}", re.I),
        "finds": re.compile(rf"\b(?:{_alt(v['finds'])})\s+(?P<clause>.+)$", re.I),
        "decided_today": re.compile("|".join(v["decided_today"]), re.I),
        "sent_back": re.compile("|".join(v["sent_back"]), re.I),
        "deferred": re.compile("|".join(v["deferred"]), re.I),
        "passive": re.compile(
            rf"^(?P<what>.+?)\s+(?:(?P<carried>{_alt(v['passive_carried'])})|(?P<lost>{_alt(v['passive_lost'])})){_END}",
            re.I,
        ),
        "reserve": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['reserve_verbs'])}){_END}(?P<tail>.*)$"),
        "reserve_inverted": re.compile(
            rf"^mot\s+(?P<against>[^,]+?)\s+(?:{_alt(v['reserve_verbs'])})\s+(?P<who>[A-ZÅÄÖ].+?)"
            rf"(?P<tail>(?:,?\s+(?:{_alt(v['reason_leads'])})\b.*)?)\.?$",
            re.I,
        ),
        "reserve_lodged": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['reservation_lodged'])}){_END}(?P<tail>.*)$", re.I),
        "reserve_by": re.compile(
            rf"^(?:{_alt(v['reservation_by'])})\s+(?P<who>[A-ZÅÄÖ][^.:]+?)(?P<tail>(?:[,:]|\s+(?:mot|till|med)\b).*)?\.?$",
            re.I,
        ),
        "against": re.compile(
            r"^\s*mot\s+(?P<against>.+?)(?=\s*[,.]|\s+(?:" + _alt(v["reason_leads"]) + r")\b|\.?$)", re.I
        ),
        "reason": re.compile(rf"(?:^|[\s,])(?P<reason>(?:{_alt(v['reason_leads'])})\b.*|(?<=:)\s*.+)$", re.I),
        "written": re.compile(rf"\b(?:{_alt(v['written_words'])})\w*", re.I),
        "note": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['note_lodged'])}){_END}\s*(?P<tail>.*)$", re.I),
        "note_by": re.compile(
            rf"^(?:{_alt(v['note_by'])})\s+(?P<who>[A-ZÅÄÖ][^:]+?)\s*(?::\s*(?P<tail>.*))?\.?$", re.I
        ),
        "declares": re.compile(rf"^{_WHO},?\s+(?:{_alt(v['declares'])}){_END}(?P<tail>.*)$", re.I),
        "declared_by": re.compile(
            rf"^(?:{_alt(v['declared_by'])})\s+(?P<who>[A-ZÅÄÖ][^.]+?)(?P<tail>(?:,|\s+(?:i|för|under)\b).*)?\.?$", re.I
        ),
        "stays_out": re.compile(
            rf"^{_WHO},?\s+(?:{_alt([*v['stays_out'], *v['leaves']])}){_END}(?P<tail>.*?)\s*,?\s+(?:{because}){_END}.*$",
            re.I,
        ),
        "because_first": re.compile(
            rf"^(?:{because})\s+(?:{_alt([*v['stays_out'], *v['leaves']])}|deltar|lämnar)\s+(?:inte\s+)?"
            rf"(?P<who>[A-ZÅÄÖ].+?)\s+(?:inte\s+)?(?P<tail>(?:i|vid|under)\s+.*|sammanträdet.*|lokalen.*)?\.?$",
            re.I,
        ),
        "leaves": re.compile(rf"\b(?:{_alt(v['leaves'])}){_END}", re.I),
        "sections_named": re.compile(r"§§?\s*(?P<nums>\d{1,4}(?:\s*(?:[-–]|,|och|samt)\s*\d{1,4})*)"),
        "role_words": re.compile(rf"^(?:{_alt(v['role_words'])})\s+", re.I),
        "chair": re.compile(rf"^(?:{_alt(v['chair_words'])})$", re.I),
        "party_lead": re.compile(rf"^(?:{_alt(v['party_leads'])})\s+", re.I),
        "party_tail": re.compile(rf"\s+(?:{_alt(v['party_tails'])})$", re.I),
    }


@cache
def _kinds() -> tuple[tuple[ProposalKind, re.Pattern[str]], ...]:
    return tuple((_KINDS[k], re.compile(p, re.I)) for k, p in _vocabulary()["kinds"])


@cache
def _party_names() -> dict[str, str]:
    return {w.casefold(): code for code, words in _vocabulary()["parties"].items() for w in words}


CHAIR = "ordföranden"  # a stand-in name for "Ordföranden yrkar …", resolved against the roster


# --------------------------------------------------------------------------- who
def read_who(text: str) -> list[tuple[str | None, str | None]]:
    """Who a sentence's subject names, as (name, party) pairs: people ("Anna Ek (S) och Per
    Berg (M)"), the chair ("Ordföranden" -> ("ordföranden", None)), or a party's members
    ("Ledamöterna för Moderaterna" -> (None, "M")).  Empty when it names nobody.

    >>> read_who("Ordföranden Anna Ek (S)"), read_who("Sverigedemokraternas ledamöter")
    ([('Anna Ek', 'S')], [(None, 'SD')])
    """
    p = _patterns()
    text = " ".join(text.split()).strip(" ,")
    if p["chair"].match(text):
        return [(CHAIR, None)]
    bare = p["role_words"].sub("", text)
    parties = _parties(text) or _parties(bare)
    if parties:
        return [(None, code) for code in parties]
    out: list[tuple[str | None, str | None]] = []
    for chunk in re.split(r"\s*[,;]\s*|\s+(?:och|samt)\s+", bare):
        chunk = p["role_words"].sub("", chunk.strip())
        if not chunk or p["role_words"].match(chunk + " "):
            continue  # "Anna Ek (S), ordförande": the role beside the name
        person = parse_person_line(chunk, "ledamot")
        if person is None or not looks_like_name(person.name) or person.name != _name_part(chunk):
            return []
        out.append((person.name, person.party))
    return out


def _name_part(chunk: str) -> str:
    """The words of a chunk before its party tag: a subject is names and parties, nothing else."""
    return " ".join(re.sub(r"\([^)]*\)", " ", chunk).split())


def _parties(text: str) -> list[str]:
    """The parties a phrase names as speakers: "Moderaterna och Kristdemokraterna", "Ledamöterna
    för (SD)", "Vänsterpartiets ledamöter"."""
    p = _patterns()
    text = p["party_tail"].sub("", p["party_lead"].sub("", text))
    names = _party_names()
    out = []
    for chunk in re.split(r"\s*,\s*|\s+(?:och|samt)\s+", text):
        chunk = p["party_tail"].sub("", p["party_lead"].sub("", chunk.strip()))
        code = names.get(chunk.casefold())
        if code is None and (m := re.fullmatch(r"\(?\s*([A-ZÅÄÖ]{1,3})\s*\)?(?:-gruppen)?", chunk)):
            code = m.group(1) if m.group(1) in {c for c in _vocabulary()["parties"]} else None
        if code is None:
            return []
        out.append(code)
    return out


# --------------------------------------------------------------------------- motions
def motion_kind(what: str) -> ProposalKind:
    """What a motion asks for, by how it begins: "bifall till …" -> "bifall", "att ärendet
    återremitteras" -> "återremiss", "att nämnden ska …" -> "eget"."""
    for kind, pattern in _kinds():
        if pattern.search(what.strip()):
            return kind
    return "eget"


def _refers_to(what: str, kind: ProposalKind) -> str | None:
    """What a motion supports or opposes: "bifall till arbetsutskottets förslag" ->
    "arbetsutskottets förslag", "avslag på motionen" -> "motionen"."""
    if kind not in ("bifall", "avslag"):
        return None
    m = re.match(r"^\S+\s+(?:till|på|av)\s+(?P<ref>.+?)(?:\s*,|\s+och\s+(?:att|avslag|bifall)\b|$)", what, re.I)
    return m.group("ref").strip() if m else None


_TRAILING_STOPS = re.compile(r"[\s.]+$")


def _clean(text: str) -> str:
    return _TRAILING_STOPS.sub("", " ".join(text.split()))


def read_motions(sentence: str, in_section: bool = False) -> list[Proposal]:
    """The motions one sentence moves, one per mover (no item, page or quote yet).

    `in_section` is True under a "Yrkanden" heading, where "Per Berg (M) föreslår att …" and
    "Per Berg (M): Bifall till förslaget" are motions too."""
    p = _patterns()
    text = _clean(sentence)
    supporters: list[tuple[str | None, str | None]] = []
    kind: ProposalKind
    if m := p["amendment"].match(text):
        who, what = m["who"], m["what"].lstrip(": ")
        kind = "ändring" if m["kind"].casefold().startswith("ändr") else "tillägg"
        refers = None
    elif m := p["support"].match(text):
        who, what, kind, refers = m["who"], f"bifall till {m['ref']}", "bifall", m["ref"]
    else:
        m = p["motion"].match(text)
        if m is None and in_section:
            m = p["section_motion"].match(text) or p["colon_motion"].match(text)
        if m is None:
            return []
        who, what = m["who"], m["what"]
        kind = motion_kind(what)
        refers = _refers_to(what, kind)
    if sb := p["supported_by"].search(who):
        supporters = read_who(sb["names"])
        who = who[: sb.start()]
    movers = read_who(who)
    if not movers:
        return []
    return [
        Proposal(item=None, kind=kind, text=_clean(what), name=name, party=party, refers_to=refers, quote=text)
        for name, party in [*movers, *supporters]
    ]


# --------------------------------------------------------------------------- the ruling
@dataclass(frozen=True)
class Ruling:
    """What the chair found (or a vote decided): `carried` or not, and what it names."""

    carried: bool
    what: str  # as written: "arbetsutskottets förslag", "Per Bergs yrkande", "återremiss"
    quote: str
    page: int | None = None


def read_ruling(sentence: str) -> Ruling | None:
    """The chair's finding in a propositionsordning: "… och finner att kommunstyrelsen bifaller
    arbetsutskottets förslag" -> carried "arbetsutskottets förslag"; "… finner att ärendet ska
    avgöras i dag" -> a motion to send it back lost.

    >>> read_ruling("Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt Per Bergs yrkande.")
    Ruling(carried=True, what='Per Bergs yrkande', quote='Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt Per Bergs yrkande.', page=None)
    """
    p = _patterns()
    text = _clean(sentence)
    m = p["finds"].search(text)
    if m is None:
        return None
    clause = m["clause"]
    quote = " ".join(sentence.split())
    if p["decided_today"].search(clause):
        return Ruling(False, "återremiss", quote)
    if p["sent_back"].search(clause):
        return Ruling(True, "återremiss", quote)
    if p["deferred"].search(clause):
        return Ruling(True, "bordläggning", quote)
    if result := read_result(clause):
        return Ruling(result[0] == "bifall", result[1], quote)
    if pm := p["passive"].match(clause):
        what = re.sub(r"^(?:\S+\s+)?(?:har\s+)?", "", pm["what"]) if " " in pm["what"] else pm["what"]
        return Ruling(bool(pm["carried"]), what or pm["what"], quote)
    return None


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.casefold()).split())


def _owners(what: str) -> set[str]:
    """Whose motion a phrase names, folded, with and without the genitive s: "Per Bergs
    yrkande" -> {"per bergs", "per berg"}; "Bergs yrkande" -> {"bergs", "berg"}."""
    v = _vocabulary()
    m = re.match(
        rf"^(?P<name>[A-ZÅÄÖ][\w-]*(?:\s+(?:(?:{_alt(NAME_PARTICLES)})\s+)?[A-ZÅÄÖ][\w-]*){{0,3}})(?::s)?\s+"
        rf"(?:{_alt(v['motion_nouns'])})$",
        what.strip(),
    )
    if not m or re.search(rf"(?:{_alt(v['not_movers'])})$", m["name"], re.I):
        return set()
    name = name_key(m["name"])
    return {name, name[:-1]} if name.endswith("s") else {name}


def _matches(proposal: Proposal, what: str) -> bool:
    """Whether a ruling's phrase names this motion: its mover's motion ("Per Bergs yrkande"),
    its kind ("återremiss", "avslagsyrkandet"), or what it supports ("arbetsutskottets förslag")."""
    folded = _fold(what)
    if folded in ("det", "detta", "dem"):
        folded = "förslaget"
    owners = _owners(what)
    if owners:
        return _moved_by(proposal, owners) or bool(owners & _owners(proposal.refers_to or ""))
    if re.search(r"återremi", folded):
        return proposal.kind == "återremiss"
    if re.search(r"bordl", folded):
        return proposal.kind == "bordläggning"
    if re.search(r"^avslag|avslagsyrkande", folded):
        return proposal.kind == "avslag"
    if proposal.kind == "bifall" and proposal.refers_to:
        ref = _fold(proposal.refers_to)
        return ref == folded or ref in folded or folded in ref or (folded == "förslaget" and "förslag" in ref)
    return False


def _moved_by(proposal: Proposal, owners: set[str]) -> bool:
    mover = name_key(proposal.name or "")
    return bool(mover) and (mover in owners or mover.split()[-1] in owners)


def seconded(proposals: Sequence[Proposal]) -> list[Proposal]:
    """A motion that supports another's ("instämmer i Per Bergs yrkande", "yrkar bifall till Per
    Bergs yrkande") asks for what that one asks for: it takes its kind."""
    out = list(proposals)
    for k, p in enumerate(out):
        owners = _owners(p.refers_to or "")
        if not owners or _moved_by(p, owners):
            continue
        first = next((q for q in out if q is not p and _moved_by(q, owners) and not _owners(q.refers_to or "")), None)
        if first is not None:
            out[k] = replace(p, kind=first.kind)
    return out


def apply_rulings(proposals: Sequence[Proposal], rulings: Sequence[Ruling]) -> list[Proposal]:
    """Motions with their outcome: each ruling in turn marks the motions it names carried (and
    the motions competing with them lost) or lost; a matter decided on its merits was neither
    sent back nor deferred.  A motion no ruling touches keeps no outcome."""
    out = list(proposals)
    for r in rulings:
        named = [k for k, p in enumerate(out) if _matches(p, r.what)]
        procedural = r.what in ("återremiss", "bordläggning")
        for k, prop in enumerate(out):
            outcome: ProposalOutcome | None = None
            if k in named:
                outcome = "bifallen" if r.carried else "avslagen"
            elif r.carried and named and not procedural and prop.kind in ("bifall", "avslag", "eget", "ändring"):
                outcome = "avslagen"  # what was put against the winner
            elif r.carried and not procedural and prop.kind in ("återremiss", "bordläggning") and not prop.outcome:
                outcome = "avslagen"  # decided on its merits today: not sent back, not deferred
            if outcome is not None:
                out[k] = replace(prop, outcome=outcome, outcome_quote=r.quote)
    return out


def vote_rulings(votes: Iterable[VoteEvent]) -> list[Ruling]:
    """What votes decided, as rulings: the winner carried, the other answer's proposal lost."""
    out = []
    for v in votes:
        if v.result is None:
            continue
        for opt, what in v.options:
            out.append(Ruling(opt == v.result, what, v.quote, v.page))
        if not v.options and v.winner:
            out.append(Ruling(True, v.winner, v.quote, v.page))
    return out


# --------------------------------------------------------------------------- reservations
def _tail_parts(tail: str) -> tuple[str | None, str | None, bool]:
    """A reservation's tail -> (against, reason, written)."""
    p = _patterns()
    tail = " ".join(tail.split())
    against = None
    if m := p["against"].match(tail):
        against = m["against"].strip()
        tail = tail[m.end() :]
    reason = None
    if m := p["reason"].search(tail):
        reason = m["reason"].strip(" :,.") or None
    return against, reason, bool(p["written"].search(tail))


def read_reservations(sentence: str) -> list[Reservation]:
    """The reservations one sentence states, one per person (or party), without item or page."""
    p = _patterns()
    text = _clean(sentence)
    against: str | None
    if m := p["reserve_inverted"].match(text):
        who, tail, against = m["who"], m["tail"] or "", m["against"]
        _, reason, written = _tail_parts(tail)
    elif m := p["reserve"].match(text) or p["reserve_lodged"].match(text) or p["reserve_by"].match(text):
        who, tail = m["who"], m["tail"] or ""
        against, reason, written = _tail_parts(tail)
        written = written or bool(re.search(r"skriftlig", text, re.I))
    else:
        return []
    return [
        Reservation(item=None, name=name, party=party, against=against, reason=reason, written=written, quote=text)
        for name, party in read_who(who)
    ]


# --------------------------------------------------------------------------- protocol notes
def read_notes(sentence: str) -> list[ProtocolNote]:
    """The protocol notes one sentence lodges: "Eva Lund (C) lämnar följande anteckning till
    protokollet: …" (the note is what follows the colon, or the whole sentence)."""
    p = _patterns()
    text = " ".join(sentence.split())
    m = p["note"].match(text) or p["note_by"].match(text)
    if m is None:
        return []
    note = (m["tail"] or "").strip(" :,.")
    note = (m["tail"] or "").strip(" :,") if note else ""
    return [
        ProtocolNote(item=None, text=note or text, name=name, party=party, quote=text)
        for name, party in read_who(m["who"])
    ]


# --------------------------------------------------------------------------- jäv
def _sections_named(text: str) -> list[str]:
    """The § numbers a phrase names: "§ 45", "§§ 45–47", "§§ 12 och 14"."""
    out: list[str] = []
    for m in _patterns()["sections_named"].finditer(text):
        nums = re.findall(r"\d+|[-–]", m["nums"])
        k = 0
        while k < len(nums):
            if k + 2 < len(nums) and nums[k + 1] in "-–" and int(nums[k]) < int(nums[k + 2]) <= int(nums[k]) + 50:
                out += [str(n) for n in range(int(nums[k]), int(nums[k + 2]) + 1)]
                k += 3
                continue
            if nums[k] not in "-–":
                out.append(nums[k])
            k += 1
    return list(dict.fromkeys(out))


def read_conflicts(sentence: str) -> list[tuple[ConflictOfInterest, list[str]]]:
    """The jäv one sentence states: each person's record and the § numbers it names (empty:
    the item it stands in)."""
    p = _patterns()
    text = _clean(sentence)
    m = (
        p["declares"].match(text)
        or p["stays_out"].match(text)
        or p["because_first"].match(text)
        or p["declared_by"].match(text)
    )
    if m is None:
        return []
    left = bool(p["leaves"].search(text))
    named = _sections_named(text)
    return [
        (ConflictOfInterest(item=None, name=name, party=party, left_meeting=left, quote=text), named)
        for name, party in read_who(m["who"])
        if name is not None and name != CHAIR
    ]


# --------------------------------------------------------------------------- an item
@dataclass(frozen=True)
class Found:
    """What one item (or the front matter) records beside its decision."""

    proposals: tuple[Proposal, ...] = ()
    reservations: tuple[Reservation, ...] = ()
    notes: tuple[ProtocolNote, ...] = ()
    conflicts: tuple[ConflictOfInterest, ...] = ()
    rulings: tuple[Ruling, ...] = ()


def _section_of(text: str) -> tuple[str | None, str] | None:
    """ "Reservation", "Jäv: Lo Lind (L)" -> (section, rest); None for another line."""
    m = _patterns()["section"].match(text.strip())
    if not m:
        return None
    key = next(k for k, v in m.groupdict().items() if v and k != "rest")
    rest = m["rest"].strip()
    if rest and not rest[:1].isupper():
        return None  # "Jäv är inte anmält", "Reservationen …": a sentence, not a heading
    return key, rest


@cache
def _other_sections() -> frozenset[str]:
    return frozenset(k.casefold() for k in patterns.load("headings")["item_sections"])


def _headed_runs(lines: Sequence[Line]) -> list[tuple[str | None, list[Line]]]:
    """An item's lines cut at section headings: (section or None, its lines)."""
    runs: list[tuple[str | None, list[Line]]] = [(None, [])]
    for ln in lines:
        text = ln.text.strip()
        sec = _section_of(text)
        if sec is not None:
            runs.append((sec[0], [replace(ln, text=sec[1])] if sec[1] else []))
        elif (
            text.rstrip(":").casefold() in _other_sections() or DECISION_HEADING.match(text) or SECTION_END.match(text)
        ):
            runs.append((None, []))
        else:
            runs[-1][1].append(ln)
    return [r for r in runs if r[1]]


# The section headings under which a sentence of names alone is read as the heading says.
NAMING_SECTIONS = ("reservation", "protokollsanteckning", "jäv")


def find_in_item(item: str | None, lines: Sequence[Line], doc_id: str = "") -> Found:
    """Motions, rulings, reservations, protocol notes and jäv of one item, in order."""
    text = " ".join(ln.text for ln in lines)
    if not re.search(r"yrka|proposition|finner|reserv|anteckn|jäv|instämm", text, re.I):
        return Found()
    proposals: list[Proposal] = []
    reservations: list[Reservation] = []
    notes: list[ProtocolNote] = []
    conflicts: list[ConflictOfInterest] = []
    rulings: list[Ruling] = []

    def at(rec: _R, line: Line, sentence: str) -> _R:
        return replace(rec, item=item, doc_id=doc_id, page=line.page, quote=" ".join(sentence.split()))

    for section, run in _headed_runs(lines):
        last: Reservation | ProtocolNote | None = None
        for sentence, line in sentences_of_lines(run):
            if found := read_motions(sentence, in_section=section == "yrkanden"):
                proposals += [at(p, line, sentence) for p in found]
                continue
            if ruling := read_ruling(sentence):
                rulings.append(replace(ruling, page=line.page))
                continue
            if found_r := read_reservations(sentence):
                reservations += [at(r, line, sentence) for r in found_r]
                last = reservations[-1]
                continue
            if found_n := read_notes(sentence):
                notes += [at(n, line, sentence) for n in found_n]
                last = notes[-1]
                continue
            if found_c := read_conflicts(sentence):
                conflicts += [
                    replace(at(c, line, sentence), item=n) for c, named in found_c for n in _targets(named, item)
                ]
                continue
            # Under a section heading, a sentence that only names people is read as the section
            # says ("Per Berg (M) och Bo Ek (M) till förmån för eget yrkande", "Lo Lind (L), § 45"),
            # and the text after a reservation or a note is its reason or its wording.
            if section not in NAMING_SECTIONS:
                continue  # elsewhere such a sentence says nothing of these kinds
            who, tail = split_who(sentence)
            if section == "reservation" and who:
                against, reason, written = _tail_parts(tail.lstrip(":"))
                reservations += [
                    at(
                        Reservation(
                            item=None,
                            name=n,
                            party=pt,
                            against=against,
                            reason=reason,
                            written=written or bool(re.search(r"skriftlig", sentence, re.I)),
                        ),
                        line,
                        sentence,
                    )
                    for n, pt in who
                ]
                last = reservations[-1]
            elif section == "protokollsanteckning" and who:
                note = _clean(tail.lstrip(" :,")) or None
                notes += [
                    at(ProtocolNote(item=None, text=note or "", name=n, party=pt), line, sentence) for n, pt in who
                ]
                last = notes[-1]
            elif section == "jäv" and who:
                conflicts += [
                    replace(at(ConflictOfInterest(item=None, name=n, party=pt), line, sentence), item=number)
                    for n, pt in who
                    if n is not None and n != CHAIR
                    for number in _targets(_sections_named(sentence), item)
                ]
            elif section in ("reservation", "protokollsanteckning") and last is not None:
                _extend(reservations, notes, last, sentence)
                last = reservations[-1] if isinstance(last, Reservation) else notes[-1]
    notes = [replace(n, text=n.text or n.quote) for n in notes]
    return Found(tuple(seconded(proposals)), tuple(reservations), tuple(notes), tuple(conflicts), tuple(rulings))


# Where a sentence's leading names end: a colon, a comma before lower case or "§", "till förmån",
# "§", "bilaga", "enligt".
_WHO_END = re.compile(r":|,\s*(?=[a-zåäö§])|\s+(?=till\s+förmån|§|i\s+§|bilaga|enligt|med\s+hänvisning)")


def split_who(sentence: str) -> tuple[list[tuple[str | None, str | None]], str]:
    """A sentence that begins with people and nothing else before its first break: their
    (name, party) pairs and the rest.  "Per Berg (M) och Bo Ek (M) till förmån för eget yrkande."
    -> ([("Per Berg", "M"), ("Bo Ek", "M")], "till förmån för eget yrkande.")"""
    text = " ".join(sentence.split())
    for m in [*_WHO_END.finditer(text), None]:
        head = text[: m.start()] if m else text.rstrip(".")
        if who := read_who(head):
            return who, text[m.start() :].lstrip(", ") if m else ""
    return [], text


def _extend(
    reservations: list[Reservation], notes: list[ProtocolNote], last: Reservation | ProtocolNote, more: str
) -> None:
    """The text after a reservation or a note, added to its reason or its wording (and to those
    of the others the same sentence lodged)."""
    more = " ".join(more.split())
    if isinstance(last, Reservation):
        for k, r in enumerate(reservations):
            if r.quote == last.quote and r.page == last.page:
                reservations[k] = replace(r, reason=f"{r.reason} {more}" if r.reason else more)
    else:
        for k, n in enumerate(notes):
            if n.quote == last.quote and n.page == last.page:
                text = "" if n.text == n.quote else n.text
                notes[k] = replace(n, text=f"{text} {more}".strip())


def _targets(named: list[str], item: str | None) -> list[str | None]:
    """The items a jäv concerns: the §§ it names, else the item it stands in."""
    return [*named] if named else [item]


def find_in_front(lines: Sequence[Line], doc_id: str = "") -> list[ConflictOfInterest]:
    """Jäv stated outside the items (beside the roster: "Lo Lind (L) anmäler jäv i § 45"): only
    those that name the § they concern."""
    out: list[ConflictOfInterest] = []
    if not any("jäv" in ln.text.casefold() for ln in lines):
        return out
    for sentence, line in sentences_of_lines(lines):
        for c, named in read_conflicts(sentence):
            out += [replace(c, item=n, doc_id=doc_id, page=line.page) for n in named]
    return out


# --------------------------------------------------------------------------- names
def roster_names(participants: Sequence[Participant]) -> tuple[dict[str, str], str | None]:
    """The roster's names folded, and its chair's name."""
    keys = {name_key(p.name): p.name for p in participants}
    chair = next((p.name for p in participants if p.role == "ordförande"), None)
    return keys, chair


def on_roster(name: str | None, keys: dict[str, str], chair: str | None) -> str | None:
    """The roster's form of a name (the chair's for "ordföranden"); the name as written when the
    roster does not have it, None for the chair of a meeting without a roster."""
    if name is None:
        return None
    if name == CHAIR:
        return chair
    key = name_key(name)
    if key in keys:
        return keys[key]
    words = key.split()
    if len(words) >= 2:
        turned = " ".join([*words[1:], words[0]])
        if turned in keys:
            return keys[turned]
    return name
