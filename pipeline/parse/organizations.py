"""The region's organisations and bodies, and canonical names for the forms documents use.

The table lives in ``patterns/organizations.yml`` so a maintainer can extend it without
touching code.  ``canonical_organization("Askersund kommun")`` gives "Askersunds kommun",
``canonical_organization("ÖLBF")`` gives "Örebro läns bildningsförbund".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import patterns


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str  # region | kommun | förbund | kommunalförbund | bolag | myndighet | organ
    short: str | None = None
    kommunkod: str | None = None
    lansdel: str | None = None
    parent: str | None = None  # a body's organisation, a company's owner
    members: tuple[str, ...] = ()  # a kommunalförbund's municipalities
    organs: tuple[str, ...] = ()  # "Styrelsen": its body is "Styrelsen <name>"


_BRACKETED_TAIL = re.compile(r"\s*\([^)]*\)\s*$")  # "Örebro läns bildningsförbund (ÖLBF)"
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)  # every line of a roster is looked up; the same names come back
def _key(text: str) -> str:
    text = _BRACKETED_TAIL.sub("", text)
    text = text.replace("\u2011", "-").replace("\u2013", "-").replace("\xad", "")
    text = _SPACED_HYPHEN.sub("-", text)
    return _SPACES.sub(" ", text).strip(" ,.;:").casefold()


@cache
def _table() -> tuple[tuple[Organization, ...], dict[str, str], frozenset[str]]:
    data = patterns.load("organizations")
    orgs: list[Organization] = []
    aliases: dict[str, str] = {}
    bare: set[str] = set()  # "Örebro", "Kumlas": names of places, not of organisations, in running text
    for m in data["municipalities"]:
        org = Organization(m["name"], "kommun", m["short"], m["kommunkod"], m["lansdel"])
        orgs.append(org)
        short = m["short"]
        genitive = short if short.endswith(("s", "a", "å", "o")) else short + "s"
        # Everyday forms: "Askersund", "Askersund kommun", "Askersunds kommun", "Askersunds".
        for form in (m["name"], short, f"{short} kommun", f"{genitive} kommun", genitive, f"{short}s kommun"):
            aliases.setdefault(_key(form), m["name"])
        bare.update({_key(short), _key(genitive)})
    for o in data["others"]:
        orgs.append(
            Organization(
                o["name"],
                o["kind"],
                parent=o.get("owner"),
                members=tuple(o.get("members", ())),
                organs=tuple(o.get("organs", ())),
            )
        )
        for form in [o["name"], *o.get("aliases", [])]:
            aliases[_key(form)] = o["name"]
    for b in data["bodies"]:
        orgs.append(Organization(b["name"], "organ", parent=b.get("parent", "Region Örebro län")))
        for form in [b["name"], *b.get("aliases", [])]:
            aliases[_key(form)] = b["name"]
    return tuple(orgs), aliases, frozenset(bare)


def written_forms(name: str) -> list[str]:
    """Every form of a shipped organisation's or body's name the table knows (casefolded),
    the canonical one included; [] for a name it does not know."""
    return [form for form, canonical in _table()[1].items() if canonical == name]


def all_organizations() -> tuple[Organization, ...]:
    """Every organisation and body in the shipped table."""
    return _table()[0]


@cache
def organization_kinds() -> dict[str, str]:
    """Each organisation's kind by its name: "kommun", "region", "organ" (a body) …"""
    return {o.name: o.kind for o in all_organizations()}


def canonical_organization(text: str | None) -> str | None:
    """The canonical name for a known organisation, or the cleaned text if unknown.

    >>> canonical_organization("Lekeberg kommun")
    'Lekebergs kommun'
    """
    if text is None:
        return None
    cleaned = _SPACES.sub(" ", text).strip(" ,.;:")
    if not cleaned:
        return None
    return _table()[1].get(_key(cleaned), cleaned)


def known_organization(text: str) -> str | None:
    """The canonical name if `text` names an organisation in the table, else None."""
    return _table()[1].get(_key(text))


@cache
def _mention_pattern() -> re.Pattern[str]:
    """Every alias but bare place names in one pattern, longest first, so "Region Örebro län"
    wins over "Örebro" at the same place; one pass over the text, however many aliases."""
    _, aliases, bare = _table()
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True) if a not in bare)
    return re.compile(rf"(?<![\wÅÄÖåäö-])(?:{names})(?![\wÅÄÖåäö-])")


def find_organizations(text: str) -> list[str]:
    """Canonical names of the known organisations mentioned in `text`, in order of mention."""
    aliases = _table()[1]
    out: list[str] = []
    for m in _mention_pattern().finditer(text.casefold()):
        name = aliases[m.group(0)]
        if name not in out:
            out.append(name)
    return out
