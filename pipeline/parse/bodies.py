"""Bodies as entities: a council, board or group has a kind and the names it goes by.

A municipality's board is named with its owner ("Kommunstyrelsen Kumla kommun"); people write
it "Kumla kommunstyrelse", "Kommunstyrelsen, Kumla kommun", "KS Kumla".  `aliases` gives every
such form, `fold` the form they are compared in, and `find` the one body a question means:

    >>> bodies = [Body(id="ks", name="Kommunstyrelsen Kumla kommun", owner="Kumla kommun"),
    ...           Body(id="au", name="Kommunstyrelsens arbetsutskott Kumla kommun", owner="Kumla kommun")]
    >>> find("KS Kumla", bodies).id, find("kumla kommunstyrelse", bodies).id
    ('ks', 'ks')
    >>> body_kind("Kommunstyrelsens arbetsutskott"), body_kind("Specifika samverkansrådet för folkhälsa")
    ('utskott', 'samverkansråd')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from .. import patterns
from .organizations import all_organizations, known_organization, written_forms


@dataclass(frozen=True, kw_only=True)
class Body:
    id: str
    name: str
    owner: str | None = None
    aliases: tuple[str, ...] = field(default=())


class BodyNotFound(LookupError):
    """No body, or several, match a name; `candidates` are the several."""

    def __init__(self, message: str, candidates: Sequence[Body] = ()) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


def fold(text: str) -> str:
    """The form names are compared in: case folded (Å, Ä, Ö too), punctuation and brackets
    dropped, hyphens kept inside words ("Barn- och utbildningsnämnden")."""
    text = re.sub(r"[,;:()\[\]./]", " ", text.casefold())
    return " ".join(text.split())


@cache
def _vocabulary() -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    table = patterns.load("bodies")
    kinds = sorted(table["kinds"].items(), key=lambda kv: -len(kv[0]))
    return kinds, {k.casefold(): v for k, v in table["abbreviations"].items()}


def body_kind(name: str) -> str | None:
    """fullmäktige, styrelse, nämnd, utskott, samverkansråd, chefsgrupp, arbetsgrupp, nätverk …:
    the kind of the last word of the name that holds one."""
    kinds, _ = _vocabulary()
    found = None
    for word in fold(name).split():
        for stem, kind in kinds:
            if stem in word:
                found = kind
                break
    return found


def indefinite(word: str) -> str:
    """ "kommunstyrelsen" -> "kommunstyrelse", "socialnämnden" -> "socialnämnd", "utskottet" -> "utskott"."""
    for suffix, keep in (
        ("nämnden", "nämnd"),
        ("styrelsen", "styrelse"),
        ("direktionen", "direktion"),
        ("rådet", "råd"),
        ("utskottet", "utskott"),
        ("gruppen", "grupp"),
        ("nätverket", "nätverk"),
        ("beredningen", "beredning"),
    ):
        if word.endswith(suffix):
            return word[: -len(suffix)] + keep
    return word


def aliases(name: str, owner: str | None = None) -> list[str]:
    """The forms a body's name is written in, folded, the canonical one first.

    "Kommunstyrelsen Kumla kommun" (owner "Kumla kommun"): "kommunstyrelsen kumla kommun",
    "kommunstyrelsen kumla", "kumla kommunstyrelse", "kumla kommuns kommunstyrelse", "ks kumla",
    "kumla ks" …
    """
    forms = [fold(name), *(fold(f) for f in written_forms(name))]
    if owner and fold(name).endswith(" " + fold(owner)):
        base = fold(name)[: -len(fold(owner)) - 1]
        o = fold(owner)
        short = next((fold(org.short) for org in all_organizations() if org.name == owner and org.short), None)
        places = list(dict.fromkeys([short or o.removesuffix(" kommun").removeprefix("region "), o]))
        *head, last = base.split()
        indefinite_name = " ".join([*head, indefinite(last)])
        for place in places:
            forms += [
                f"{base} {place}",
                f"{place} {indefinite_name}",
                f"{base} i {place}",
                f"{place}s {indefinite_name}",
            ]
        forms.append(f"{o}s {indefinite_name}")
        for abbreviation in _vocabulary()[1].get(base, []):
            a = fold(abbreviation)
            forms += [form for place in places for form in (f"{a} {place}", f"{place} {a}")]
    return list(dict.fromkeys(forms))


def _definite(word: str) -> str:
    """ "kommunstyrelse" -> "kommunstyrelsen", "socialnämnd" -> "socialnämnden" (the inverse of `indefinite`)."""
    for suffix, definite in (
        ("nämnd", "nämnden"),
        ("styrelse", "styrelsen"),
        ("direktion", "direktionen"),
        ("råd", "rådet"),
        ("utskott", "utskottet"),
        ("grupp", "gruppen"),
        ("nätverk", "nätverket"),
        ("beredning", "beredningen"),
    ):
        if word.endswith(suffix):
            return word[: -len(suffix)] + definite
    return word


def canonical_name(body: str, owner: str | None) -> str:
    """The one name a body is stored under, whichever way a document writes it: a body of the
    shipped table by its name there; a municipality's body as "<Body> <owner>".

    >>> canonical_name("Kumla kommunstyrelse", "Kumla kommun"), canonical_name("KS Kumla", "Kumla kommun")
    ('Kommunstyrelsen Kumla kommun', 'Kommunstyrelsen Kumla kommun')
    >>> canonical_name("Kommunstyrelsen (Kumla kommun)", "Kumla kommun")
    'Kommunstyrelsen Kumla kommun'
    """
    known = known_organization(body)
    if known and any(o.name == known and o.kind == "organ" for o in all_organizations()):
        return known
    clean = " ".join(re.sub(r"[,()]", " ", body).split())
    if not owner:
        return clean
    short = next((org.short for org in all_organizations() if org.name == owner and org.short), None)
    places = [p for p in (owner, f"{owner}s", short, f"{short}s" if short else None) if p]
    words = clean.split()
    rest, leading = None, False
    for place in sorted(places, key=len, reverse=True):  # "Kumla kommunstyrelse", "Kumla kommuns socialnämnd"
        n = len(place.split())
        if fold(" ".join(words[:n])) == fold(place) and len(words) > n:
            rest, leading = words[n:], True
            break
        if fold(" ".join(words[-n:])) == fold(place) and len(words) > n:  # "Kommunstyrelsen (i) Kumla (kommun)"
            rest = words[:-n]
            if rest and rest[-1] == "i":
                rest = rest[:-1]
            break
    if rest is None:
        rest = words
    expanded = {fold(a): base for base, shorts in _vocabulary()[1].items() for a in shorts}
    base = expanded.get(fold(" ".join(rest))) or (
        " ".join([*rest[:-1], _definite(rest[-1].casefold())]) if leading else " ".join(rest)
    )
    return f"{base[0].upper()}{base[1:]} {owner}"


def _tokens(text: str) -> list[str]:
    return fold(text).split()


def match_level(query: str, forms: Iterable[str]) -> int:
    """How well `query` names a body known by `forms` (folded): 4 one of its forms, 3 every
    word a word of one form, 2 every word the start of a word of one form, 1 part of one, 0 none."""
    q = fold(query)
    words = q.split()
    if not words:
        return 0
    best = 0
    for form in forms:
        tokens = form.split()
        if q == form:
            return 4
        if all(w in tokens for w in words):
            best = max(best, 3)
        elif all(any(t.startswith(w) for t in tokens) for w in words):
            best = max(best, 2)
        elif q in form:
            best = max(best, 1)
    return best


def find(query: str, bodies: Iterable[Body]) -> Body:
    """The one body `query` names: the best match level wins; several at that level are
    ambiguous (`BodyNotFound` lists them), none at all is not found."""
    bodies = list(bodies)
    scored = [
        (match_level(query, b.aliases or aliases(b.name, b.owner)) or (4 if query == b.id else 0), b) for b in bodies
    ]
    best = max((s for s, _ in scored), default=0)
    if best == 0:
        known = ", ".join(sorted(b.name for b in bodies)) or "none loaded"
        raise BodyNotFound(f"no body matches {query!r}; bodies with meetings: {known}")
    hits = [b for s, b in scored if s == best]
    if len(hits) > 1:
        names = "; ".join(sorted(b.name for b in hits))
        raise BodyNotFound(f"{query!r} matches several bodies: {names} — give more of the name", hits)
    return hits[0]
