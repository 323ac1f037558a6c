"""Roster lines -> participants, with names normalised to "Given Family".

    parse_person_line("Johansson, Pia-Maria, Nora kommun", "ersättare")
    -> Participant(name="Pia-Maria Johansson", role="ersättare", organization="Nora kommun")
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from anyascii import anyascii

from .. import patterns
from .organizations import canonical_organization, known_organization
from ..records import Line, Participant, Role, RosterSection, VacantSeat

NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÆØÜÉÈÁÍÓÚÑÇŠŽ][a-zåäöæøüéèáíóúñçëïšžß'’]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöæøüéèáíóúñçëïšžß'’]+)*$")
PARTICLES = {"von", "af", "de", "van", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "el", "ter"}
# Capitalised words that start roster-like lines but are never part of a person's name.
NOT_NAME_WORDS = {
    w.casefold()
    for w in ["Region", "Kommun", "Kommunen", "Län", "Förvaltningen", "Protokoll", "Sammanträdesprotokoll", "Minnesanteckningar", "Box", "Plats", "Tid", "Datum", "Justerare", "Ordförande", "Sekreterare", "Ersättare", "Ledamöter", "Ledamot", "Beslutande", "Övriga", "Närvarande", "Vakant", "Specifika", "Regionala", "Samverkansrådet", "Kommunstyrelsen", "Kommunfullmäktige", "Nämnden", "Styrelsen", "Sverige", "Mötet", "Val", "Dagordning", "Paragrafer", "Underskrifter", "Utses", "Justeringens", "Ärenden", "Organ", "Sammanträdestid", "Sammanträdesplats", "Tjänsteställe", "Postadress", "Besöksadress", "Telefon", "Telefax", "Internet", "Plusgiro", "Bankgiro", "Kommunhuset", "Stadshuset", "Regionens", "Hus", "Sal", "Rum", "Digitalt", "Teams", "Distans", "Närvarande", "Frånvarande", "Anmält", "Förhinder", "Tjänstepersoner", "Tjänstemän", "Adjungerade", "Chefsgrupp", "Chefsgruppen", "Rådet"]
}
ORG_WORDS = re.compile(
    r"\b(?:kommun|region|län|landsting|förbund|förbundet|förvaltning\w*|myndighet\w*|AB|nämnd\w*|styrelse\w*|"
    r"länsstyrelsen|universitet\w*|bildningsförbund|idrottsförbund|RF-SISU|ÖLBF|SKR)\b",
    re.I,
)
PARTY = re.compile(r"\(\s*(S|M|C|L|V|KD|MP|SD|FP|NU|OP|SPI|LPo|MoD|ÖrP|Kv|KIM|Sfp|SFP|Saml|Cent|Grön|VF)\s*\)")
CHECKBOX = re.compile(r"^\s*(?:\[\s*([xX✓✔]?)\s*\]|([☒☑■])|([☐□]))\s*")
BULLET = re.compile(r"^\s*(?:[-–•·*o]\s+)")
REPLACES = re.compile(r"\s+(?:ersätter|ers\.|i stället för|istället för|för)\s+[A-ZÅÄÖ].*$")


def looks_like_name(text: str) -> bool:
    """True for "Anita Bohlin Neuman", "Cecilia Lönn-Elgstrand", "Jari Mehtäläinen";
    False for "Region Örebro län", "Förvaltningen regional", "Box 1613"."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    capitalised = 0
    for t in tokens:
        if t.casefold() in PARTICLES:
            continue
        if not NAME_TOKEN.match(t) or t.casefold() in NOT_NAME_WORDS:
            return False
        capitalised += 1
    return capitalised >= 2 and known_organization(text) is None


@cache
def _inline_roles() -> list[tuple[str, Role]]:
    return sorted(patterns.load("headings")["inline_roles"].items(), key=lambda kv: len(kv[0]), reverse=True)


def _inline_role(part: str) -> Role | None:
    p = part.strip().casefold().rstrip(".")
    p = re.sub(r"\s*\(.*?\)\s*", " ", p).strip()
    for word, role in _inline_roles():
        if p == word or p.startswith(word + " "):
            return role
    return None


def _is_org(part: str) -> bool:
    return known_organization(part) is not None or bool(ORG_WORDS.search(part))


def parse_person_line(
    text: str,
    role: Role | None,
    *,
    family_first: bool = False,
    default_org: str | None = None,
) -> Participant | None:
    """One roster line -> a participant, or None when the line names no person ("Vakant, RF-SISU").

    `role` None means the line carries its own role ("Anna Ek (S), ordförande"); lines without
    one are ledamöter.  `family_first` is for rosters written "Lindvall Mikael" without a comma.
    """
    present: bool | None = None
    m = CHECKBOX.match(text)
    if m:
        present = bool(m.group(1) or m.group(2))
        text = text[m.end() :]
    text = BULLET.sub("", text).strip().rstrip(";")
    if not text or text.casefold().startswith("vakant"):
        return None
    party = None
    pm = PARTY.search(text)
    if pm:
        party = pm.group(1)
        text = (text[: pm.start()] + text[pm.end() :]).strip()
    replaces = REPLACES.search(text)
    if replaces:
        text = text[: replaces.start()]
        role = role or "ersättare"
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    if not parts:
        return None
    name = parts.pop(0)
    # "Johansson, Pia-Maria, Nora kommun": the part after the comma is a given name.
    if (
        parts
        and len(name.split()) == 1
        and NAME_TOKEN.match(name)
        and looks_like_name(f"{parts[0]} {name}")
        and not _is_org(parts[0])
        and _inline_role(parts[0]) is None
    ):
        name = f"{parts.pop(0)} {name}"
    elif family_first and len(name.split()) >= 2:
        tokens = name.split()
        name = " ".join([*tokens[1:], tokens[0]])
    name = re.sub(r"\s*\((?:distans|på distans|digitalt|via länk)\)\s*", " ", name, flags=re.I).strip()
    if not looks_like_name(name):
        return None
    organization = None
    title = None
    for part in parts:
        inline = _inline_role(part)
        if inline:
            role = inline if role in (None, "ledamot", "övrig", "tjänsteperson") else role
            continue
        if re.fullmatch(r"\(?(?:distans|på distans|digitalt|via länk|deltar digitalt)\)?", part, re.I):
            continue
        if _is_org(part):
            organization = canonical_organization(part)  # the last organisation named wins
        elif title is None:
            title = part
    if role is None:
        role = "ledamot"
    if role == "övrig" and title and not re.search(r"\brepr(?:esentant|\.)", title, re.I):
        role = "tjänsteperson"  # an official; a body's representative ("SST:s representant") stays övrig
    if role in ("tjänsteperson", "övrig") and title and re.search(r"\b(?:sekreterare|protokollförare)\b", title, re.I):
        role = "sekreterare"
    if role == "sekreterare":
        title = None  # the role is the function; a job title ("kanslist") is not what the roster records
    return Participant(
        name=name,
        role=role,
        organization=organization or default_org,
        title=title,
        party=party,
        present=present,
    )


def _join_wrapped(lines: Sequence[Line]) -> list[tuple[str, Line]]:
    """Rejoin roster entries that wrap: a dash list continues on lines without a dash, and any
    entry continues on a line that starts in lower case or finishes a cut organisation name."""
    entries: list[tuple[str, Line]] = []
    dashed = sum(1 for ln in lines if BULLET.match(ln.text)) >= max(1, len(lines) // 3)
    for line in lines:
        text = line.text.strip()
        if entries:
            prev = entries[-1][0]
            goes_on = (
                (dashed and not BULLET.match(text) and not CHECKBOX.match(text))
                or text[:1].islower()
                or prev.endswith((",", "-", " och"))
                or (prev.rsplit(",", 1)[-1].strip() and known_organization(prev.rsplit(",", 1)[-1] + " " + text))
            )
            if goes_on:
                entries[-1] = (f"{prev} {text}", entries[-1][1])
                continue
        entries.append((text, line))
    return entries


def _column_role(section: RosterSection, line: Line) -> Role | None:
    if not section.columns or line.x0 is None:
        return section.role
    return min(section.columns, key=lambda c: abs(c[0] - line.x0))[1]  # type: ignore[operator]


def family_first_roster(sections: Sequence[RosterSection]) -> bool:
    """Checkbox grids ("[X] Lindvall Mikael, ordförande") write the family name first."""
    return sum(1 for s in sections for ln in s.lines if CHECKBOX.match(ln.text)) >= 3


def parse_roster(
    sections: Iterable[RosterSection], *, default_org: str | None = None, doc_id: str = ""
) -> list[Participant]:
    """Participants of every roster section, in document order; one per (person, role)."""
    sections = list(sections)
    family_first = family_first_roster(sections)
    people: list[Participant] = []
    for section in sections:
        if section.columns:
            # Split the columns first: their lines interleave in reading order.
            by_column: dict[float, list[Line]] = {}
            for ln in section.lines:
                x = min((c[0] for c in section.columns), key=lambda c: abs(c - (ln.x0 or 0)))
                by_column.setdefault(x, []).append(ln)
            groups = [by_column.get(x, []) for x, _ in sorted(section.columns)]
        else:
            groups = [list(section.lines)]
        for group in groups:
            for text, line in _join_wrapped(group):
                p = parse_person_line(
                    text,
                    _column_role(section, line),
                    # In a checkbox-grid document every roster writes the family name first,
                    # except the signature block, which is read elsewhere.
                    family_first=family_first and section.role not in ("justerare",),
                    default_org=default_org,
                )
                if p is None:
                    continue
                people.append(replace(p, doc_id=doc_id, page=line.page, quote=text))
                if section.role == "sekreterare":
                    break  # one secretary; in a letterhead the rest of the column is address
    return dedupe(people)


def dedupe(people: Iterable[Participant]) -> list[Participant]:
    """One entry per (person, role): a signature repeating the roster adds nothing, and within
    one document "Marlene Lindgren" (an OCR'd signature) is the roster's "Marléne Lindgrén"."""
    seen: dict[tuple[str, str], int] = {}
    out: list[Participant] = []
    for p in people:
        key = (anyascii(name_key(p.name)), p.role)
        if key in seen:
            old = out[seen[key]]
            out[seen[key]] = replace(
                old, organization=old.organization or p.organization, title=old.title or p.title
            )
            continue
        seen[key] = len(out)
        out.append(p)
    return out


def name_key(name: str) -> str:
    """A name folded for comparison: case, whitespace and hyphen variants do not count."""
    return re.sub(r"\s*[-‐‑–]\s*", "-", " ".join(name.split())).casefold()


def find_vacant_seats(sections: Iterable[RosterSection], doc_id: str = "") -> list[VacantSeat]:
    """Seats the roster lists as empty: "Vakant, RF-SISU" under "Ersättare:"."""
    out = []
    for section in sections:
        for line in section.lines:
            text = BULLET.sub("", line.text).strip()
            if text.casefold().startswith("vakant"):
                org = text.split(",", 1)[1].strip() if "," in text else None
                out.append(VacantSeat(role=section.role or "ledamot", organization=canonical_organization(org),
                                      doc_id=doc_id, page=line.page, quote=text))
    return out
