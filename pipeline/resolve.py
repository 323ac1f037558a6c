"""People across documents: one identity per real person, whatever form the name is written in.

`resolve(mentions, curation)` is a pure function from every mention of a name (a roster line,
a signature, a presenter) to person identities:

1. Formatting never separates two people: names are compared folded (case, whitespace, hyphen
   spacing; "Family, Given" order was already undone by `people`).
2. One folded name is one person unless the documents show two: the same name for two
   organisations *in one document* ("Karin Nilsson, Kumla kommun" and "Karin Nilsson, Laxå
   kommun" on one roster) splits it by organisation.  A person who changes seat between
   meetings stays one person.
3. Names that are close but not equal ("Ann-Christin" / "Ann-Christine") are never merged on
   the name alone: they are merged only when organisation and body agree and they never
   appear side by side, and every such decision is recorded for review with its evidence.
4. The curated file (patterns/people.yml) wins over all of this on every run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz, process

from . import patterns
from .parse.organizations import all_organizations
from .parse.people import name_key

# Two different folded names this similar (rapidfuzz ratio, 0-100) are looked at at all.
REVIEW_SIMILARITY = 85
# ... and merged automatically only from this similarity up, with agreeing context.
MERGE_SIMILARITY = 92
# Rows of names compared at once by `_close_pairs` (memory: this many times the people, in floats).
_PAIR_BLOCK = 256


@dataclass(frozen=True, kw_only=True)
class Mention:
    """One occurrence of a person's name in a document."""

    id: str  # the row it comes from, e.g. "participations:<doc>:3"
    name: str
    organization: str | None = None
    body: str | None = None
    doc_id: str = ""
    date: str | None = None  # of the meeting or signature


@dataclass(frozen=True, kw_only=True)
class Review:
    """A decision an analyst may want to check: two name forms merged or kept apart."""

    name_a: str
    name_b: str
    person_a: str
    person_b: str
    similarity: float
    decision: str  # "merged" | "kept apart" | "split by organisation"
    evidence: str


@dataclass(frozen=True, kw_only=True)
class Resolution:
    person_of: dict[str, str]  # mention id -> person id
    names: dict[str, str]  # person id -> display name
    aliases: dict[str, set[str]]  # person id -> every form the name was written in
    reviews: list[Review] = field(default_factory=list)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A stable, readable id: "Örebro läns bildningsförbund" -> "orebro-lans-bildningsforbund".
    Remembered: a build asks it of every roster name and organisation, most of them again."""
    return _NOT_SLUG.sub("-", anyascii(text).casefold()).strip("-")


def _short(org: str | None) -> str:
    """ "Laxå kommun" -> "laxa": the part of an id that tells namesakes apart."""
    if not org:
        return "okand"
    return slug(re.sub(r"s? kommun$|^Region ", "", org))


def load_curation() -> dict:
    """The maintainers' pinned decisions: merges, splits and aliases (patterns/people.yml)."""
    return patterns.load("people") or {}


def resolve(mentions: Iterable[Mention], curation: dict | None = None) -> Resolution:
    """Person identities for every mention (see the module docstring for the rules)."""
    curation = load_curation() if curation is None else curation
    mentions = list(mentions)
    alias_to = {
        name_key(a): name_key(canonical) for canonical, forms in (curation.get("aliases") or {}).items() for a in forms
    }
    for group in curation.get("merge") or []:
        for other in group[1:]:
            alias_to[name_key(other)] = name_key(group[0])
    split_names = {name_key(s["name"]) for s in curation.get("split") or []}

    def key(m: Mention) -> str:
        k = name_key(m.name)
        return alias_to.get(k, k)

    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[key(m)].append(m)

    person_of: dict[str, str] = {}
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    reviews: list[Review] = []
    for k, group in by_key.items():
        for pid, members in _split_namesakes(k, group, force=k in split_names, reviews=reviews).items():
            # "Östman" and "Ostman" fold to one id but are different names: the second gets its
            # own id here, and `_merge_close_names` decides on the context, with a review row.
            base, n = pid, 2
            while pid in names:
                pid, n = f"{base}-{n}", n + 1
            names[pid] = _display_name(members)
            for m in members:
                person_of[m.id] = pid
                aliases[pid].add(m.name)
    _merge_close_names(person_of, names, aliases, mentions, reviews, pinned=set(alias_to.values()))
    return Resolution(person_of=person_of, names=names, aliases=dict(aliases), reviews=reviews)


def _split_namesakes(
    k: str, group: Sequence[Mention], *, force: bool, reviews: list[Review]
) -> dict[str, list[Mention]]:
    """One person per folded name, unless one document names it for two organisations."""
    base = slug(k)
    orgs_per_doc: dict[str, set[str]] = defaultdict(set)
    for m in group:
        if m.organization:
            orgs_per_doc[m.doc_id].add(m.organization)
    clashing = {o for orgs in orgs_per_doc.values() if len(orgs) > 1 for o in orgs}
    clashing |= _overlapping_municipalities(group)
    if force:
        clashing = {m.organization for m in group if m.organization}
    if not clashing:
        return {base: list(group)}
    people: dict[str, list[Mention]] = defaultdict(list)
    unplaced: list[Mention] = []
    for m in group:
        if m.organization in clashing:
            people[f"{base}-{_short(m.organization)}"].append(m)
        else:
            unplaced.append(m)
    for m in unplaced:
        # A mention without one of the clashing organisations goes to the namesake it shares a
        # body with, if exactly one does; otherwise to the first, recorded for review.
        same_body = [pid for pid, ms in people.items() if any(x.body and x.body == m.body for x in ms)]
        target = same_body[0] if len(same_body) == 1 else sorted(people)[0]
        people[target].append(m)
        if len(same_body) != 1:
            reviews.append(
                Review(
                    name_a=m.name,
                    name_b=m.name,
                    person_a=target,
                    person_b=",".join(sorted(people)),
                    similarity=100.0,
                    decision="split by organisation",
                    evidence=f"{m.id}: {m.organization or 'no organisation'} fits no namesake clearly",
                )
            )
    others = sorted(people)
    reviews.append(
        Review(
            name_a=group[0].name,
            name_b=group[0].name,
            person_a=others[0],
            person_b=others[-1],
            similarity=100.0,
            decision="split by organisation",
            evidence="one document names it for " + " and ".join(sorted(clashing)),
        )
    )
    return dict(people)


def _overlapping_municipalities(group: Sequence[Mention]) -> set[str]:
    """Municipalities that one name is written for over overlapping stretches of time: two
    people ("Malin Hedin, Kumla kommun" and "Malin Hedin, Laxå kommun" in the same months),
    where one span after the other is a person who moved."""
    spans: dict[str, list[str]] = defaultdict(list)
    for m in group:
        if m.organization and m.date and _is_municipality(m.organization):
            spans[m.organization].append(m.date)
    ranges = {org: (min(dates), max(dates)) for org, dates in spans.items()}
    out: set[str] = set()
    for a, (a0, a1) in ranges.items():
        for b, (b0, b1) in ranges.items():
            if a < b and a0 <= b1 and b0 <= a1:
                out |= {a, b}
    return out


def _is_municipality(name: str) -> bool:
    return any(o.name == name and o.kind == "kommun" for o in all_organizations())


def _display_name(members: Sequence[Mention]) -> str:
    """The most common written form, ties broken by the longest (most complete) one."""
    counts: dict[str, int] = defaultdict(int)
    for m in members:
        counts[" ".join(m.name.split())] += 1
    return max(counts, key=lambda n: (counts[n], len(n), n))


def abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` with given names as initials or left out: "A. Bergström",
    "A-S Bergström", "Ann-Sofie Bergström" for "Ann-Sofie Maria Bergström".  Same surname, the
    same first given name (or its initial), and every other given name of `short` in `full`.

    >>> abbreviates("A-S Bergström", "Ann-Sofie Bergström"), abbreviates("A. Berg", "Per Berg")
    (True, False)
    """
    s, f = name_key(short).split(), name_key(full).split()
    if len(s) < 2 or s == f or s[-1] != f[-1]:
        return False
    given, rest = [w.rstrip(".") for w in s[:-1]], iter(f[:-1])

    def same(word: str, other: str) -> bool:
        return word == other or (len(word) == 1 and other.startswith(word))

    return bool(given) and same(given[0], f[0]) and all(any(same(w, o) for o in rest) for w in given)


def _close_pairs(ids: list[str], folded: dict[str, str], surname: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The pairs (a, b) of `ids`, a before b, in that order, that `_merge_close_names` looks at:
    one surname (one name may abbreviate the other) or folded names similar enough to review.
    Every other pair is passed over there; its similarity is found here by rapidfuzz's `cdist`
    in C, a block of rows at a time (a little under the cutoff: `cdist` rounds to float32)."""
    texts = [folded[p] for p in ids]
    same_surname: dict[str, list[int]] = defaultdict(list)
    for j, p in enumerate(ids):
        same_surname[surname[p]].append(j)
    for start in range(0, len(ids), _PAIR_BLOCK):
        scores = process.cdist(
            texts[start : start + _PAIR_BLOCK], texts, scorer=fuzz.ratio, score_cutoff=REVIEW_SIMILARITY - 1
        )
        for i in range(start, min(start + _PAIR_BLOCK, len(ids))):
            similar = np.flatnonzero(scores[i - start, i + 1 :]) + i + 1
            later = {*similar.tolist(), *(j for j in same_surname[surname[ids[i]]] if j > i)}
            for j in sorted(later):
                yield ids[i], ids[j]


def _merge_close_names(
    person_of: dict[str, str],
    names: dict[str, str],
    aliases: dict[str, set[str]],
    mentions: list[Mention],
    reviews: list[Review],
    pinned: set[str],
) -> None:
    """Merge near-identical names when the context agrees; record every close pair."""
    context: dict[str, tuple[set[str | None], set[str | None], set[str]]] = {}
    for m in mentions:
        orgs, bodies, docs = context.setdefault(person_of[m.id], (set(), set(), set()))
        orgs.add(m.organization)
        bodies.add(m.body)
        docs.add(m.doc_id)
    folded = {pid: anyascii(n).casefold() for pid, n in names.items()}
    ids = sorted(names)
    keys = {pid: name_key(n) for pid, n in names.items()}
    surname = {pid: k.rsplit(" ", 1)[-1] for pid, k in keys.items()}
    merged_into: dict[str, str] = {}
    for a, b in _close_pairs(ids, folded, surname):
        if a in merged_into or b in merged_into or keys[a] == keys[b]:
            continue  # namesakes were told apart by `_split_namesakes` already
        shorter = a if len(names[a]) < len(names[b]) else b
        # `abbreviates` needs one surname: most pairs differ there and are not looked at again
        abbreviated = surname[a] == surname[b] and abbreviates(names[shorter], names[b if shorter == a else a])
        # below the cutoff rapidfuzz stops early and says 0: such a pair is not reviewed
        score = fuzz.ratio(folded[a], folded[b], score_cutoff=None if abbreviated else REVIEW_SIMILARITY)
        fuller = (
            [
                other
                for other in ids
                if other != shorter and other not in merged_into and abbreviates(names[shorter], names[other])
            ]
            if abbreviated
            else []
        )
        longest = max(fuller, key=lambda o: len(names[o]), default=None)
        if longest and all(o == longest or abbreviates(names[o], names[longest]) for o in fuller):
            fuller = [longest]  # "Ann-Sofie" and "Ann-Sofie M." are one fuller name
        if score < REVIEW_SIMILARITY and not abbreviated:
            continue
        (orgs_a, bodies_a, docs_a), (orgs_b, bodies_b, docs_b) = context[a], context[b]
        together = docs_a & docs_b
        same_context = bool((orgs_a & orgs_b) - {None}) and bool((bodies_a & bodies_b) - {None})
        exact_fold = folded[a] == folded[b]
        merge = not together and (
            exact_fold
            or (score >= MERGE_SIMILARITY and same_context)
            # "A-S Bergström", "Ann-Sofie M. Bergström": one fuller name only
            or (abbreviated and same_context and len(fuller) == 1)
        )
        if name_key(names[a]) in pinned or name_key(names[b]) in pinned:
            merge = False  # the curated file has decided these already
        evidence = f"organisations {sorted(o for o in orgs_a | orgs_b if o)}; " + (
            "named side by side in one document"
            if together
            else "same organisation and body"
            if same_context
            else "different organisation or body"
        )
        reviews.append(
            Review(
                name_a=names[a],
                name_b=names[b],
                person_a=a,
                person_b=b,
                similarity=score,
                decision="merged" if merge else "kept apart",
                evidence=evidence,
            )
        )
        if merge:
            merged_into[b] = a
    for mid, pid in person_of.items():
        if pid in merged_into:
            person_of[mid] = merged_into[pid]
    for loser, winner in merged_into.items():
        aliases[winner] |= aliases.pop(loser)
        names.pop(loser)
