"""Item text and rosters -> events: what a protocol says about who holds a seat.

An election, a replacement or a resignation is read from the sentences of an agenda item
(decided there, or reported under "Meddelanden"); a substitution, an absence and a vacancy
from the roster the people stage read.  Each event keeps its page and quote.  The people over
time layer (`pipeline.memberships`) derives spells from seats plus these events.

The vocabularies are data (patterns/events.yml); the patterns are composed here from named
parts, like `amounts.py`:

    >>> [(e.kind, e.name, e.role) for e in read_sentence("Anna Berg (S) valdes till ordförande.")]
    [('election', 'Anna Berg', 'ordförande')]
    >>> [(e.kind, e.name, e.replaces) for e in read_sentence("Karin Lund ersätter Jonas Holm som ledamot.")]
    [('replacement', 'Karin Lund', 'Jonas Holm')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from .. import patterns
from ..records import Event, Item, Line, Participant, Role, VacantSeat
from .dates import find_dates
from .organizations import find_organizations, known_organization
from .people import name_key, parse_person_line
from .text import by_first_letter, sentences_of_lines

# --------------------------------------------------------------------------- named parts
# A name as written in running text: capitalised words, a particle, an optional party tag.
NAME = r"[A-ZÅÄÖ][\w'-]+(?:\s+(?:von\s+|af\s+|de\s+)?[A-ZÅÄÖ][\w'-]+){0,3}(?:\s*\([\w\s-]{1,6}\))?"
# What a name may have after it, between commas: "Anna Berg, Lekebergs kommun, …", "…, ordförande,".
# Never a name that a comma or "och" follows: that is the next name of the list.  Were it both,
# a list of names that matched nothing in the end was tried every way round (2**n: a vote's
# forty names took minutes).
APPENDIX = rf"\s*,(?!\s*{NAME}\s*(?:,|och\b))\s*[^,]{{0,40}}?"
# Several names: "Anna Berg (S) och Per Ek (M)", "Anna Berg, Per Ek och Eva Sten".
NAMES = rf"{NAME}(?:{APPENDIX})?(?:(?:\s*,\s*|\s+och\s+){NAME}(?:{APPENDIX})?)*"
# The roles a seat is held in, most specific first.
SEAT_ROLES: list[tuple[str, Role]] = [
    (r"justera", "justerare"),  # "… att jämte ordföranden justera protokollet": the task, not the chair
    (r"vice\s+ordförande|v\.?\s?ordf", "vice ordförande"),
    (r"ordförande|ordf\b", "ordförande"),
    (r"sekreterare|protokollförare", "sekreterare"),
    (r"ersättare", "ersättare"),
    (r"ledamot|ledamöter|representant", "ledamot"),
]
# Words naming a body inside a sentence: "ledamot i Socialnämnden", "i Kommunstyrelsens arbetsutskott".
BODY_WORD = r"[\wåäöÅÄÖ-]*(?:rådet|nämnden|styrelsen|utskottet|fullmäktige|gruppen|beredningen|nätverket)"
GENERIC_BODIES = {
    "rådet",
    "nämnden",
    "styrelsen",
    "utskottet",
    "fullmäktige",
    "gruppen",
    "beredningen",
    "nätverket",
    "samverkansrådet",
    "kommunstyrelsen",
}


def _words(key: str) -> list[str]:
    return sorted(patterns.load("events")[key], key=len, reverse=True)


def _escape(word: str) -> str:
    """A word of the vocabulary as a regex: a space in it is any whitespace."""
    return re.escape(word).replace(r"\ ", r"\s+")


def _alternatives(key: str) -> str:
    return "|".join(map(_escape, _words(key)))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    passive, active = _alternatives("elected_passive"), _alternatives("elected_active")
    keys = ["elected_passive", "elected_active", "replaces_verbs", "resigned", "resigned_participles", "vacant"]
    keys.append("resigned_object")
    return {
        # Every event is told with one of these words, at the start of a word in each pattern
        # below: a sentence without any (a vote's list of names) is not tried against them.
        # (The \b lets the search skip the inside of words; grouped by first letter, each place
        # is tried against a letter per group, not every word: together ten times faster.)
        "any": re.compile(rf"\b(?:{by_first_letter([w for k in keys for w in _words(k)], _escape)})", re.I),
        # "Anna Berg (S) valdes till ordförande för återstoden av mandatperioden."
        "elected": re.compile(rf"(?P<names>{NAMES}),?\s+(?:{passive})\s+(?P<tail>(?:till|som|att)\b.*)$"),
        # "Till ordförande valdes Anna Berg (S)."
        "elected_after": re.compile(
            rf"^(?:till|som)\s+(?P<role>[\w\s:.-]+?)\s+(?:{passive})\s+(?P<names>{NAMES})"
            r"(?P<tail>.*)$",
            re.I,
        ),
        # "Rådet utsåg Per Ek till vice ordförande", "… beslutar att utse Per Ek till ledamot"
        "elected_active": re.compile(rf"\b(?:{active})\s+(?P<names>{NAMES}),?\s+(?P<tail>(?:till|som)\b.*)$"),
        # "Karin Lund ersätter Jonas Holm som ledamot från och med 1 mars 2024."
        "replaces": re.compile(
            rf"(?P<names>{NAME})\s+(?:{_alternatives('replaces_verbs')})\s+"
            rf"(?P<replaced>{NAME}|\b(?:{_alternatives('replaced_pronouns')})\b)(?P<tail>.*)$"
        ),
        # "Jonas Holm (S) har entledigats från sitt uppdrag som ledamot."
        "resigned": re.compile(
            rf"(?P<names>{NAMES}),?\s+(?:{_alternatives('resigned')}"
            rf"|(?:har|hade)\s+(?:[a-zåäö]+\s+){{0,3}}?(?:{_alternatives('resigned_participles')}))"
            r"\b(?P<tail>.*)$"
        ),
        # "Degerfors kommuns plats som ledamot är vakant", "platsen är tills vidare vakant"
        "vacant": re.compile(rf"\bplats(?:en)?\b.*?\bär\s+(?:[a-zåäö]+\s+){{0,3}}?(?:{_alternatives('vacant')})\b"),
        # "Rådet beviljar Jonas Holm entledigande från uppdraget."
        "resigned_object": re.compile(
            rf"\b(?:{_alternatives('resigned_object')})\s+(?P<names>{NAME})\s+"
            r"(?:entledigande|från)\b(?P<tail>.*)$"
        ),
        "predecessor": re.compile(rf"\b(?:{_alternatives('predecessor')})\s+(?P<name>{NAME})"),
        "effective": re.compile(rf"\b(?:{_alternatives('effective')})\s+$", re.I),
        "body": re.compile(
            rf"\b(?:i|för|inom)\s+(?P<body>(?:[A-ZÅÄÖ][\w-]*\s+)*?{BODY_WORD}(?:\s+för\s+[\wåäö ]+?)?)"
            r"(?=[\s,.;]|$)",
            re.I,
        ),
    }


def seat_role(text: str) -> Role | None:
    """The seat a phrase names: "till ny vice ordförande för återstoden …" -> "vice ordförande"."""
    for pattern, role in SEAT_ROLES:
        if re.search(rf"\b(?:{pattern})", text, re.I):
            return role
    return None


def effective_date(text: str) -> str | None:
    """The date a change takes effect, when the text gives one after "från och med", "fr.o.m." …"""
    for pos, iso in find_dates(text):
        if _patterns()["effective"].search(text[:pos]):
            return iso
    return None


def _people(names: str, role: Role | None) -> list[Participant]:
    out = []
    for chunk in re.split(r"\s+och\s+|;\s*|,\s*(?=[A-ZÅÄÖ][\w'-]+\s+[A-ZÅÄÖ])", names):
        p = parse_person_line(chunk.strip().rstrip("."), role or "ledamot")
        if p is not None:
            out.append(p)
    return out


def _body(tail: str) -> str | None:
    """Another body a sentence names as the seat's ("till ledamot i Socialnämnden")."""
    m = _patterns()["body"].search(tail)
    if not m:
        return None
    phrase = " ".join(m.group("body").split())
    if phrase.casefold() in GENERIC_BODIES:
        return None  # "ledamot i rådet": the meeting's own body
    return known_organization(phrase) or phrase[0].upper() + phrase[1:]


def read_sentence(sentence: str) -> list[Event]:
    """The events one sentence states (no page, quote or item yet)."""
    text = " ".join(sentence.split()).rstrip(".")
    p = _patterns()
    if not p["any"].search(text):
        return []
    if m := p["replaces"].search(text):
        tail = m.group("tail")
        leaving: list[Event] = []
        if m.group("replaced")[:1].islower():
            # "… att Liv Ek lämnar sitt uppdrag som ersättare och att Karin Lund ersätter henne"
            leaving = read_sentence(re.sub(r"[\s,]*(?:och\s+)?(?:att\s+)?$", "", text[: m.start()]))
            leaving = [replace(e, quote=sentence.strip()) for e in leaving if e.kind == "resignation"]
        role = seat_role(tail) or (leaving[0].role if leaving else None) or "ledamot"
        replaced = [leaving[0].name] if leaving else [r.name for r in _people(m.group("replaced"), role)]
        return [
            *leaving,
            *(
                Event(
                    kind="replacement",
                    name=person.name,
                    role=role,
                    organization=person.organization,
                    replaces=replaced[0] if replaced else None,
                    body=_body(tail),
                    effective=effective_date(tail),
                    quote=sentence.strip(),
                )
                for person in _people(m.group("names"), role)
            ),
        ]
    for key in ("elected_after", "elected", "elected_active"):
        m = p[key].search(text)
        if not m:
            continue
        tail = m.group("tail")
        elected = seat_role(m.group("role") if key == "elected_after" else tail.split(" efter ")[0])
        if elected is None or elected == "justerare":
            return []  # a meeting task, not a seat: the people stage reads it as a participant
        before = p["predecessor"].search(tail)
        predecessor = [r.name for r in _people(before.group("name"), elected)] if before else []
        return [
            Event(
                kind="election",
                name=person.name,
                role=elected,
                organization=person.organization,
                replaces=predecessor[0] if predecessor else None,
                body=_body(tail),
                effective=effective_date(tail),
                quote=sentence.strip(),
            )
            for person in _people(m.group("names"), elected)
        ]
    if p["vacant"].search(text):
        org = next(iter(find_organizations(re.sub(r"\bkommuns\b", "kommun", text))), None)  # "Nora kommuns plats"
        return [Event(kind="vacancy", role=seat_role(text) or "ledamot", organization=org, quote=sentence.strip())]
    for key in ("resigned", "resigned_object"):
        if m := p[key].search(text):
            tail = m.group("tail")
            return [
                Event(
                    kind="resignation",
                    name=person.name,
                    role=seat_role(tail),
                    organization=person.organization,
                    body=_body(tail),
                    effective=effective_date(tail),
                    quote=sentence.strip(),
                )
                for person in _people(m.group("names"), None)
            ]
    return []


@cache
def _announcement_pattern() -> re.Pattern[str]:
    words = patterns.load("events")["announcement_items"]
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


def _announcement(title: str) -> bool:
    return _announcement_pattern().match(title.strip()) is not None


def item_events(item: Item, lines: Sequence[Line], doc_id: str = "") -> list[Event]:
    """The events in one agenda item's text, each with its page and quote."""
    announced = _announcement(item.title)
    out = []
    for sentence, line in sentences_of_lines(lines):
        for e in read_sentence(sentence):
            out.append(
                Event(
                    **{**e.__dict__, "announced": announced, "item": item.number, "doc_id": doc_id, "page": line.page}
                )
            )
    # "Val av ordförande" / "Anna Berg (S)": a title that elects, a body that only names
    role = seat_role(item.title) if re.match(r"^(?:val|fyllnadsval)\b", item.title, re.I) else None
    if role and role != "justerare" and not out:
        for sentence, line in sentences_of_lines(lines)[:2]:
            for person in _people(sentence, role) if re.fullmatch(NAMES + r"\.?", sentence.strip()) else []:
                out.append(
                    Event(
                        kind="election",
                        name=person.name,
                        role=role,
                        organization=person.organization,
                        item=item.number,
                        doc_id=doc_id,
                        page=line.page,
                        quote=sentence.strip(),
                    )
                )
    return out


def roster_events(
    participants: Iterable[Participant], absent: Iterable[Participant], vacant: Iterable[VacantSeat]
) -> list[Event]:
    """Substitutions, absences and vacancies the roster shows."""
    out = [
        Event(
            kind="substitution",
            name=p.name,
            role=p.role,
            organization=p.organization,
            replaces=p.replaces,
            body=p.body,
            doc_id=p.doc_id,
            page=p.page,
            quote=p.quote,
        )
        for p in participants
        if p.replaces
    ]
    out += [
        Event(
            kind="absence",
            name=p.name,
            role=p.role,
            organization=p.organization,
            body=p.body,
            doc_id=p.doc_id,
            page=p.page,
            quote=p.quote,
        )
        for p in absent
    ]
    out += [
        Event(kind="vacancy", role=v.role, organization=v.organization, doc_id=v.doc_id, page=v.page, quote=v.quote)
        for v in vacant
    ]
    return out


def dedupe(events: Iterable[Event]) -> list[Event]:
    """One event per kind, person, role and predecessor: a proposal and its decision, or a
    sentence read twice, state one change."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (
            e.kind,
            name_key(e.name or ""),
            e.role,
            name_key(e.replaces or ""),
            e.body,
            e.quote if e.kind == "vacancy" else None,
        )
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# --------------------------------------------------------------------------- signatures
# "Kommunstyrelsens ordförande", "Regionstyrelsens vice ordförande": a board seat in a title.
BOARD_TITLE = re.compile(
    r"^(?P<board>[A-ZÅÄÖ]\w+(?:styrelsen|nämnden|fullmäktige))s\s+(?P<role>(?:vice |1:e vice |2:e vice )?ordförande)$",
    re.I,
)


def seat_in_title(title: str | None) -> tuple[str, Role] | None:
    """The seat a signatory's title names: "Kommunstyrelsens ordförande" -> ("Kommunstyrelsen", "ordförande")."""
    m = BOARD_TITLE.match((title or "").strip())
    if not m:
        return None
    return m.group("board").capitalize(), "vice ordförande" if "vice" in m.group("role").casefold() else "ordförande"
