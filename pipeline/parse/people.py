"""Roster lines -> participants, with names normalised to "Given Family".

parse_person_line("Strandberg, Mia-Lena, Nora kommun", "ersättare")
-> Participant(name="Mia-Lena Strandberg", role="ersättare", organization="Nora kommun")
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from anyascii import anyascii

from .. import patterns
from ..records import Line, Participant, Role, RosterSection, VacantSeat
from .layout import SAME_COLUMN_PT, Row, column_of, column_starts, is_multi_column, rows
from .organizations import canonical_organization, known_organization, organization_kinds
from .text import (
    LIST_MARKER,
    NAME_CAPITAL,
    NAME_IN_CAPITALS,
    NAME_TOKEN,
    PARTY_CODES,
    by_first_letter,
    lemma,
    looks_like_name,
    recase_name,
)
from .text import NAME_PARTICLES as PARTICLES

ORG_WORDS = re.compile(
    r"\b(?:kommun|region|län|landsting|förbund|förbundet|förvaltning(?:en|ar|arna)?|myndighet(?:en|er)?|AB|"
    r"nämnd(?:en|er|erna)?|styrelse(?:n|r|rna)?|länsstyrelsen|universitet(?:et|ssjukhuset)?|bildningsförbund|"
    r"idrottsförbund|RF-SISU|ÖLBF|SKR)\b",
    re.I,
)
# Party tags: "(S)" after a name, or a bare "S" in a table's party column; "-" for no party.
PARTIES = PARTY_CODES
PARTY = re.compile(rf"\(\s*({PARTIES})\s*\)")
CHECKBOX = re.compile(r"^\s*(?:\[\s*([xX✓✔]?)\s*\]|([☒☑■])|([☐□]))\s*")
BULLET = LIST_MARKER  # one list-marker pattern for every parser (parse/text.py)
# "… ersätter Y", "…, Ersätter Y" (a table's role cell), "… tjg för Y": the member stood in for
REPLACES = re.compile(
    r"\s+(?i:ersätter|ers\.|i stället för|istället för|i\s+st\.?\s*f\.?|istf\.?|(?:tjänstgör|tjänstgjorde|tjg\.?)\s+för|för)"
    rf"\s+(?P<member>{NAME_CAPITAL}.*)$"  # "för Ánde Labba": any alphabet's capital
)
# "Anna Ek – ordförande", "Anna Ek (S) - Kumla kommun": a spaced dash between an entry's parts
PART_DASH = re.compile(r"\s+[–-]\s+")
# Where a name ends in an entry ("Anna Ek, Nora kommun", "Anna Ek (S)", "Anna Ek; Per Berg"),
# the commas between an entry's parts, and "och" between two people.
NAME_END = re.compile(r"[,(;]")
PART_COMMA = re.compile(r",\s*")
AND = re.compile(r"(\s+(?:och|samt|&)\s+)")  # "Anna Ek, Per Berg samt Ola Ny", "… & …" too
LEADING_AND = re.compile(r"(?:och|samt|&)\s+")
SPACES = re.compile(r"\s+")
# the full stop that ends a list in running text; not an initial's ("Ek, Per J.")
# "1 Anna Ek (S)", "§ 1–5 Anna Ek", "§§ 3-5 Per Berg": a seat's number or the items attended
# before the name, no list marker's stop or bracket after the number.
SEAT_NUMBER = re.compile(r"^(?:§§?\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?=[A-ZÅÄÖ])")
LIST_END_STOP = re.compile(r"(?<=[\w)])(?<![\s,-][A-ZÅÄÖ])(?<!^[A-ZÅÄÖ])\.$")
BRACKETED = re.compile(r"\(([^()]*)\)")  # what an entry has in brackets: "(S)", "(ordf)", "(Nora)"
# A bracket inside a bracket, the replaced member's party in the substitute's note: "Ola Ny (KD)
# (tjänstgörande ersättare för Per Berg (L))" is read without the inner one.
NESTED_BRACKET = re.compile(r"\(([^()]*)\(([^()]*)\)([^()]*)\)")


@cache
def _replaced_by() -> re.Pattern[str]:
    """ "Kim Lund (M) ersatt av Ola Ny (M)", "Kim Lund, M, ersatt av Ola Ny, M": a member (with
    their party after a comma, if so written), and the substitute who took the seat (headings.yml
    `replaced_by`)."""
    words = sorted(patterns.load("headings")["replaced_by"], key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    member = rf"[^,]+?(?:,\s*(?:{PARTIES}))?"
    return re.compile(rf"^(?P<member>{member}),?\s+(?i:{alternatives})\s+(?P<substitute>{NAME_CAPITAL}.*)$")


@cache
def _remote() -> str:
    """ "distans", "deltar på distans", "via länk": taking part from elsewhere (headings.yml)."""
    words = sorted(patterns.load("headings")["remote_participation"], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _remote_in_brackets() -> re.Pattern[str]:
    """ "(distans)", "(deltar på distans)": remote participation in brackets, anywhere in an entry."""
    return re.compile(rf"\s*\((?:{_remote()})\)\s*", re.I)


@cache
def _remote_part() -> re.Pattern[str]:
    """ "digitalt", "(via länk)": remote participation as a part of its own."""
    return re.compile(rf"\(?(?:{_remote()})\)?", re.I)


# "planläggningschef på Jakobstads stad": a job title and where it is held
TITLE_AT = re.compile(r"^(?P<title>[a-zåäö][\w /-]*?)\s+(?:på|vid|inom|från)\s+(?P<where>[A-ZÅÄÖ].*)$")
# "projektledare Region Örebro län": a job title in lower case and an organisation's name
TITLE_THEN_ORG = re.compile(r"^(?P<title>[a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,3})\s+(?P<where>[A-ZÅÄÖ].*)$")
# The items of an attendance: "§§ 1–5", "§ 45", "§§ 45, 47 och 49"
_ITEMS = r"§§?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och)\s*\d{1,4})*"


@cache
def _qualifier() -> str:
    """ "fr.o.m. ", "t.o.m. ", "ej ": the words before an attendance's items (headings.yml), or nothing."""
    words = sorted(patterns.load("headings")["attendance_qualifiers"], key=len, reverse=True)
    # "fr.o.m." is "fr. o. m." too; the words of "t o m" stand apart ("Tom" is a name)
    alternatives = "|".join(r"\s+".join(re.escape(w).replace(r"\.", r"\.\s*") for w in word.split()) for word in words)
    return rf"(?:(?:{alternatives})\s*)?"


@cache
def _trailing_attendance(qualified: bool = True) -> re.Pattern[str]:
    """ "Anna Ek (S) §§ 1–5", "Lo Berg, Nora kommun §§ 3-4", "Eva Al (L) fr.o.m. § 47": attended
    items after a part, no comma."""
    return re.compile(rf"\s*\(?(?<!\w){_qualifier() if qualified else ''}{_ITEMS}\)?\s*$", re.I)


def _without_trailing_attendance(text: str) -> str:
    """The entry without the attendance at its end; a qualifier's word is the name's own when
    the name is no name without it ("Tom Till § 45")."""
    if "§" not in text:
        return text  # most entries: attended items are always written with "§"
    qualified = _trailing_attendance().sub("", text) or text
    bare = _trailing_attendance(qualified=False).sub("", text) or text
    if qualified == bare:
        return qualified

    def first(t: str) -> str:
        return PARTY.sub("", NAME_END.split(t)[0]).strip()

    return bare if not looks_like_name(first(qualified)) and looks_like_name(first(bare)) else qualified


@cache
def _attendance(qualified: bool = True) -> re.Pattern[str]:
    """ "§§ 31–32", "§ 45", "(§§ 57-64)", "t.o.m. § 48": the items a person attended, as a part of
    its own; "1–12" in a "Närvarande §§" column.  ``qualified`` False: the items alone."""
    q = _qualifier() if qualified else ""
    return re.compile(
        rf"^\(?{q}{_ITEMS}\)?$|\(?§§?\s*\d{{1,4}}\s*[-–]\s*\d{{1,4}}\)?|^\d{{1,4}}\s*[-–]\s*\d{{1,4}}$", re.I
    )


# "från kl. 14.00", "t.o.m. kl. 15.30": when a person came or left; "kl. 13.00–14.30",
# "(kl 9–10.30)": the hours a person was there
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?"
_CAME_OR_LEFT = rf"(?:från|till|fr\.\s?o\.\s?m\.?|t\.\s?o\.\s?m\.?)\s+kl\.?\s*{_CLOCK}(?!\d)\)?[^,;]*"
_HOURS = rf"kl\.?\s*{_CLOCK}\s*[-–]\s*{_CLOCK}\)?"
ATTENDANCE_TIME = re.compile(rf"\s*\(?\b(?:{_CAME_OR_LEFT}|{_HOURS})", re.I)
PARTY_CODE = re.compile(rf"^(?:{PARTIES})$")


@cache
def _inline_roles() -> list[tuple[str, Role]]:
    table = {**dict.fromkeys(vice_chair_forms(), "vice ordförande"), **patterns.load("headings")["inline_roles"]}
    return sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True)


@cache
def vice_chair_forms() -> tuple[str, ...]:
    """Every way of writing a vice chair's role that headings.yml `vice_chair` composes, in lower
    case: "vice ordförande", "1:a vice ordförande", "förste v. ordf.", "vordf", "2:e vice".

    >>> {"1:a vice ordförande", "förste v. ordf.", "v.ordf.", "vordf", "vice-ordförande", "2:e vice"} <= set(vice_chair_forms())
    True
    """
    table = patterns.load("headings")["vice_chair"]
    ordinals = [o.casefold() for o in table["ordinals"]]
    forms = [f"{o} vice" for o in ordinals]
    for vice in table["vice"]:
        for sep in (" ", "", "-"):
            for chair in table["chair"]:
                forms += [f"{o} {vice}{sep}{chair}".strip() for o in ("", *ordinals)]
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def _inline_role(part: str) -> Role | None:
    p = part.strip().casefold().rstrip(".")
    p = re.sub(r"\s*\(.*?\)\s*", " ", p).strip()
    found = _inline_role_of(p)
    if found is None and "." in p:
        found = _inline_role_of(SPACES.sub(" ", p.replace(".", " ")).strip())  # "tj. ers.", "pers. ers."
    if found is None and (bare := _without_party_tokens(p)) != p and bare:
        found = _inline_role_of(bare)  # "S ers.", "S-ers", "ers/S": a party and a role together
    return found


def _without_party_tokens(p: str) -> str:
    """ "s-ers" -> "ers", "ers/s" -> "ers": a casefolded part without the party codes in it."""
    words = [w for w in re.split(r"[\s,/]+|(?<=^[a-zåäö])-|(?<=^[a-zåäö]{2})-", p) if w]
    kept = [w for w in words if w.rstrip(".") not in _party_by_fold()]
    return " ".join(kept).rstrip(".") if len(kept) < len(words) else p


@cache
def _inline_role_table() -> dict[str, Role]:
    """`_inline_roles` as a table by word."""
    return dict(_inline_roles())


def _inline_role_of(p: str) -> Role | None:
    """The role the longest of `_inline_roles` that is `p` or opens it before a space names."""
    table = _inline_role_table()
    if (role := table.get(p)) is not None:
        return role
    end = p.rfind(" ")
    while end >= 0:  # the words p opens with, longest first
        if (role := table.get(p[:end])) is not None:
            # "ordförande i pensionärsrådet", "ledamot i kommunfullmäktige": a seat elsewhere,
            # the person's title, not their role at this meeting
            return None if p[end + 1 :].startswith("i ") else role
        end = p.rfind(" ", 0, end)
    return None


def _is_org(part: str) -> bool:
    return known_organization(part) is not None or bool(ORG_WORDS.search(part))


@cache
def _presence() -> tuple[frozenset[str], frozenset[str]]:
    table = patterns.load("headings")["presence"]
    return frozenset(table["present"]), frozenset(table["absent"])


def _presence_of(part: str) -> bool | None:
    """True for "Närvarande", False for "Frånvarande"/"Anmält förhinder", None for anything else."""
    key = SPACES.sub(" ", part.strip(" .()")).casefold()
    key = _attendance(qualified=False).sub("", key).strip(" ,")  # "närvarande § 45"
    present, absent = _presence()
    if key in absent:
        return False
    if key in present:
        return True
    return None


@cache
def _title_endings() -> tuple[str, ...]:
    data = patterns.load("titles")
    return tuple(e.casefold() for e in [*data["title_endings"], *data["roster_title_endings"]])


# "kommundirektör Karin Sund", "Biträdande ekonomichef Johan Lind": up to three words of a job
# title, the last ending like one, before a capitalised name.
LEADING_TITLE = re.compile(r"^(?P<title>[\w-]+(?:\s+[a-zåäö][\w-]*){0,2})\s+(?P<rest>[A-ZÅÄÖ].*)$")


@cache
def _known_titles() -> frozenset[str]:
    """The titles of titles.yml, casefolded ("regionråd", "kommundirektör")."""
    return frozenset(
        form.casefold() for t in patterns.load("titles")["titles"] for form in [t["name"], *t.get("aliases", [])]
    )


# "HR-strateg", "IT-chef", "MAS": an abbreviation in capitals heading a lower-case job title
TITLE_ACRONYM = re.compile(r"^[A-ZÅÄÖ]{2,5}(?:-[a-zåäö][\w-]*)?$")


def _is_job_title(text: str) -> bool:
    """ "handläggare", "biträdande ekonomichef", "HR-strateg", "enhetschef kollektivtrafik",
    "regionråd": up to four lower-case words (or one in capitals before a hyphen), one of them
    ending like a job title (titles.yml) and any after it the title's field, or a title the
    list names."""
    words = text.split()
    if not 1 <= len(words) <= 4 or _inline_role(text) is not None:
        return False
    if text.casefold() in _known_titles():
        return True
    if not all(w[:1].islower() or TITLE_ACRONYM.match(w) for w in words):
        return False
    if len(words) == 1 and words[0].isupper():
        return False  # "MAS", "(KD)": a capitals word alone may be a party or an organisation
    return any(w.casefold().endswith(_title_endings()) for w in words)


@cache
def _stand_in_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.load("headings")["stand_in_alone"])


@cache
def _absent_note() -> re.Pattern[str]:
    """ "Förhinder: Per Berg" as a part of an entry (headings.yml `absent`)."""
    labels = "|".join(re.escape(h) for h in sorted(patterns.load("headings")["absent"], key=len, reverse=True))
    return re.compile(rf"(?:^|,\s*)(?:{labels})\s*:\s*(?P<member>[^,;()]+)", re.I)


def _absent_note_apart(text: str) -> tuple[str, str | None]:
    """An entry without its "Förhinder: Per Berg" part, and the member it names (who sent word,
    the entry's person in their seat); a note at the entry's start is the entry itself."""
    m = _absent_note().search(text)
    if m is None or m.start() == 0 or not looks_like_name(m.group("member").strip()):
        return text, None
    return (text[: m.start()] + text[m.end() :]).strip(), m.group("member").strip()


def _bracket_part(part: str) -> bool:
    """A part of an entry that may stand in brackets with others: a role, a job title or an
    organisation."""
    part = part.strip()
    return bool(part) and bool(_inline_role(part) or _is_job_title(part) or _is_org(part))


def job_title_label(text: str) -> str | None:
    """The job title a line holds alone, capitalised as a label over its holder's name
    ("Kommundirektör", "Biträdande förvaltningschef:"), in lower case; None for other text.

    >>> job_title_label("Kommundirektör"), job_title_label("Kommundirektör Karin Sund")
    ('kommundirektör', None)
    """
    text = text.strip().removesuffix(":").strip()
    if not text[:1].isupper() or looks_like_name(text):
        return None
    title = text[0].lower() + text[1:]
    return title if _is_job_title(title) else None


def _leading_title(text: str) -> tuple[str | None, str]:
    """ "ekonomichef Johan Lind, § 5" -> ("ekonomichef", "Johan Lind, § 5"); a capitalised first
    word is a title only when it is no given name ("Kommundirektör Karin Sund")."""
    m = LEADING_TITLE.match(text)
    if not m:
        return None, text
    title, rest = m.group("title"), m.group("rest")
    head = title.split()[-1].casefold()
    if (
        not head.endswith(_title_endings())
        or title.split()[0].casefold() in patterns.words("given_names")
        or not looks_like_name(NAME_END.split(rest)[0].strip())
    ):
        return None, text
    return title[0].lower() + title[1:] if title[1:2].islower() else title, rest


def _leading_role(text: str) -> tuple[Role | None, str]:
    """ "Vice ordförande Eva-Lena Strandberg" -> ("vice ordförande", "Eva-Lena Strandberg")."""
    m = _leading_role_pattern().match(text)
    if m and not re.match(r"\s*(?:för|i stället för)\b", text[m.end() :]) and not m.group(1).casefold().endswith("för"):
        rest = text[m.end() :].strip()
        if rest[:1].isupper() and looks_like_name(re.split(r"[,(]", rest)[0].strip()):
            return _inline_role_table()[m.group(1).casefold()], rest
    return None, text


@cache
def _trailing_role_pattern() -> re.Pattern[str]:
    words = by_first_letter([w for w, _ in _inline_roles()])
    return re.compile(rf"\s({words})(?:\s+§§?\s*[\d–-]+)?\s*$", re.I)


@cache
def _leading_role_pattern() -> re.Pattern[str]:
    words = by_first_letter([w for w, _ in _inline_roles()])
    return re.compile(rf"^({words})\.?\s", re.I)  # "Vice ordf. Eva Ek": an abbreviation's full stop


def _trailing_presence_apart(text: str) -> str:
    """ "Ola Ny tjg", "Ola Ny tjänstgörande, Nora kommun": a presence word after the name with
    no comma between, made a part of its own ("Ola Ny, tjg")."""
    head, sep, rest = text.partition(",")
    words = head.split()
    for n in (2, 1):
        if len(words) > n + 1 and _presence_of(" ".join(words[-n:])) is not None:
            name = " ".join(words[:-n])
            if looks_like_name(name):
                return f"{name}, {' '.join(words[-n:])}{sep}{rest}"
    return text


# An entry's party tag in another style than "(S)": "(s)", "[S]", "[m]"; made "(S)".
OTHER_PARTY_TAG = re.compile(
    r"[(\[]\s*(?P<code>[A-Za-zÅÄÖåäö]{1,4})\s*[)\]]|(?<!\S)/(?P<slashed>[A-Za-zÅÄÖåäö]{1,4})/(?!\S)"
)
# A footnote's mark after a word ("Anna Ek* (S)", "Per Berg¹"), a nickname in quotation marks
# between the names ('Anna "Annie" Ek'): no part of the name.
FOOTNOTE_MARK = re.compile(r"(?<=[\w)])[*¹²³⁴⁵⁶⁷⁸⁹†]+")
NICKNAME = re.compile(r"\s+[\"”“'‘’][\w-]+[\"”“'‘’]\s+")
# "Ola Ny (C) som ersättare", "Eva Ek som ordförande": the role after "som".
AS_ROLE = re.compile(r"\s+som\s+([a-zåäö][\w .:-]{2,30})$")
# Cells of a row written apart by a bar or a slash ("Anna Ek | S | ordförande", "Per Berg / M").
CELL_SEPARATOR = re.compile(r"\s+[|/]\s+")
# An organisation before the name, a comma or a dash between ("Kumla kommun – Anna Ek").
ORG_FIRST = re.compile(r"^(?P<org>[^,()–-]{3,60}?)(?:\s*,|\s+[–-])\s+(?P<rest>\S.*)$")
# A party's code in capitals at the end of a name's words ("Per Berg M").
TRAILING_BARE_PARTY = re.compile(r"\s+(?-i:S|M|C|L|V|KD|MP|SD)$")
# A party before the name ("(S) Anna Ek", "S Anna Ek, ordförande"): made a tag after the name.
_LETTER_PARTIES = "|".join(code for code in PARTIES.split("|") if code not in ("-", "–"))
LEADING_PARTY = re.compile(
    rf"^(?:\((?P<tagged>{_LETTER_PARTIES})\)|(?P<bare>(?-i:{_LETTER_PARTIES})))\s+(?P<rest>[A-ZÅÄÖ].*)$"
)
# A presence mark after the entry ("Anna Ek (S) ✓", "Per Berg (M) x"): a tick column read into the line.
TRAILING_TICK = re.compile(r"\s+(?:[✓✔☒☑■√]|[xX])$")
# Leaders between an entry's parts ("Anna Ek (S) ........ ordförande", "Per Berg ___ M").
LEADERS = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|·{3,})\s*")
# Contact details in an entry: an e-mail address, a Swedish phone number ("019-12 34 56",
# "+46 70 123 45 67", "tel. 070-1234567"); no part of a person's attendance.
CONTACT = re.compile(
    r"(?:\b(?:tel|tfn|telefon|mobil|mob|e-post|epost|mejl|mail)\.?:?\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)(?:\+46\s?|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d))",
    re.I,
)
# A bare party code after a name, no comma between ("Anna Ek S ordförande": a table's columns
# read as one line), before what follows it or at the end.
BARE_PARTY_AFTER = re.compile(rf"^(?P<name>[^,;()]+?)\s+(?P<code>(?-i:{PARTIES}))(?=\s|$)(?P<rest>.*)$")
# Lower-case words before a capitalised name ("kommunalråd Anna Ek", "fil. dr Per Berg",
# "ordf. Lo Ek"): in a roster a person's name is capitalised, the words before it are a title
# or a role; a particle ("von Essen, Anna") or a linking word is no such lead.
LOWER_LEAD = re.compile(r"^(?P<lead>(?:[a-zåäö][\w-]*\.?\s+){1,3})(?P<rest>[A-ZÅÄÖ].*)$")
LEAD_NOT = frozenset({"och", "samt", "för", "ersätter", "ers", "i", "av", "till", "med", "från", "på", "vid"})
# A given name's initial before a family name ("A. Ek", "A.-K. Berg", "P.O. Lind").
INITIALS_NAME = re.compile(
    r"^(?P<initials>(?:[A-ZÅÄÖ]\.\s?-?){1,3})\s*(?P<family>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?)$"
)


@cache
def _party_by_fold() -> dict[str, str]:
    """The party codes by their casefolded form: "s" -> "S", "kd" -> "KD", "sfp" -> "Sfp"."""
    table: dict[str, str] = {}
    for code in PARTIES.split("|"):
        table.setdefault(code.casefold(), code)
    return table


def _entry_normalised(text: str) -> str:
    """An entry in the form the entry reader knows: a party tag as "(S)", leaders and contact
    details gone, a bare party code after the name made a part of its own ("Anna Ek, S, …")."""

    def tag(m: re.Match[str]) -> str:
        code = _party_by_fold().get((m.group("code") or m.group("slashed")).casefold())
        if code is None or code in ("-", "–") or m.group(0) == f"({code})":
            return m.group(0)
        return f"({code})"

    text = NESTED_BRACKET.sub(r"(\1\3)", OTHER_PARTY_TAG.sub(tag, text))
    text = FOOTNOTE_MARK.sub("", text)
    text = NICKNAME.sub(" ", text)
    text = CELL_SEPARATOR.sub(", ", text)
    text = AS_ROLE.sub(lambda m: f", {m.group(1)}" if _inline_role(m.group(1)) else m.group(0), text)
    if (
        (first := ORG_FIRST.match(text))
        and known_organization(first.group("org"))
        and starts_entry(first.group("rest"))
    ):
        text = f"{first.group('rest')}, {first.group('org')}"  # "Kumla kommun – Anna Ek"
    lead = LEADING_PARTY.match(text)
    if lead and lead.group("tagged" if lead.group("tagged") else "bare") not in ("-", "–"):
        rest = lead.group("rest")
        head = NAME_END.split(rest)[0].strip()
        if looks_like_name(head):
            code = lead.group("tagged") or lead.group("bare")
            text = f"{head} ({code}){rest[len(NAME_END.split(rest)[0]) :]}"
    if TRAILING_TICK.search(text) and starts_entry(TRAILING_TICK.sub("", text)):
        text = TRAILING_TICK.sub(", närvarande", text)
    text = LEADERS.sub(", ", text).strip(" ,")
    if "@" in text or any(map(str.isdigit, text)):
        text = CONTACT.sub("", text).strip(" ,")
        text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    if "," not in text and "(" not in text:
        text = _part_after_name_apart(text)
    m = BARE_PARTY_AFTER.match(text)
    if m and m.group("code") not in ("-", "–") and looks_like_name(m.group("name").strip()):
        rest = m.group("rest").strip().lstrip(",").strip()
        text = f"{m.group('name').strip()}, {m.group('code')}" + (f", {rest}" if rest else "")
    return text


@cache
def _role_letters() -> dict[str, Role]:
    return dict(patterns.load("headings")["role_letters"])


def _role_letter(part: str) -> Role | None:
    """ "E" -> "ersättare", "O" -> "ledamot": the letter a list marks a seat with, in capitals
    (headings.yml `role_letters`)."""
    return _role_letters().get(part.strip())


def _part_after_name_apart(text: str) -> str:
    """ "Anna Ek Kumla kommun" -> "Anna Ek, Kumla kommun", "Per Berg ekonomichef" -> "Per Berg,
    ekonomichef": a known organisation or a job title after the name, no comma between."""
    words = text.split()
    for n in range(2, min(len(words), 5)):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if looks_like_name(head) and (known_organization(rest) or _is_job_title(rest)):
            return f"{head}, {rest}"
    return text


def _part_after_tag(text: str) -> bool:
    """Whether the words after a party tag are an entry's part, not a sentence about the person
    ("… (M) anmäler jäv i § 148.": a finite verb first, a form of a verb whose lemma ends in
    "-a"), unless they are a role, a presence word or a job title."""
    words = text.split()
    if not words:
        return False
    first = words[0].strip(".,;:")
    if not first[:1].islower() or _inline_role(text) or _presence_of(first) is not None or _is_job_title(text):
        return True
    base = lemma(first)
    return not (base != first.casefold() and base.endswith("a") and first.casefold().endswith(("r", "de", "te")))


def _party_first(text: str) -> bool:
    """ "(S) Anna Ek", "S Anna Ek, ordförande": a party tag before a person's name."""
    m = LEADING_PARTY.match(text.strip())
    return m is not None and looks_like_name(NAME_END.split(m.group("rest"))[0].strip())


@cache
def _title_lead_words() -> tuple[tuple[str, ...], frozenset[str]]:
    data = patterns.load("titles")
    return tuple(e.casefold() for e in data["leading_title_endings"]), frozenset(
        a.casefold() for a in data["title_abbreviations"]
    )


def _capital_title_lead(text: str) -> tuple[str | None, str]:
    """ "Kommunalråd Anna Ek (S)" -> ("kommunalråd", "Anna Ek (S)"), "Fil. dr Per Berg" ->
    ("fil. dr", "Per Berg"): one or two capitalised words of a title before a name that opens
    with a given name and ends in a family name (a roster "Berg Anna Lena", family name first,
    ends in a given name); other text (None, text)."""
    endings, abbreviations = _title_lead_words()
    head = NAME_END.split(text)[0]
    words = head.split()
    for n in (2, 1):
        if len(words) < n + 2:
            continue
        lead, name = " ".join(words[:n]), words[n:]
        folded = lead.casefold()
        if not (lead[:1].isupper() and looks_like_name(" ".join(name))):
            continue
        if not is_given_name(name[0]) or is_given_name(name[-1]) or any(is_given_name(w) for w in words[:n]):
            continue
        single = n == 1 and (
            folded in patterns.words("swedish_words") or folded.endswith(endings) or folded.endswith(_title_endings())
        )
        if folded.rstrip(".") in abbreviations or folded in abbreviations or single or folded in _known_titles():
            return folded, text[len(" ".join(words[:n])) :].strip() if text.startswith(lead) else text
    return None, text


def _lower_lead(text: str) -> tuple[str | None, str]:
    """ "kommunalråd Anna Ek (S)" -> ("kommunalråd", "Anna Ek (S)"); "fil. dr Per Berg" ->
    ("fil. dr", "Per Berg"); other text (None, text)."""
    m = LOWER_LEAD.match(text)
    if m is None:
        return None, text
    lead = m.group("lead").strip()
    words = [w.rstrip(".").casefold() for w in lead.split()]
    if words[0] in PARTICLES or any(w in LEAD_NOT for w in words):
        return None, text
    rest = m.group("rest")
    if not looks_like_name(NAME_END.split(rest)[0].strip()):
        return None, text
    return lead, rest


# "Kommundirektör: Lena Ås": a job title, a colon and the name
TITLE_COLON = re.compile(r"^(?P<title>[A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö][\w-]*){0,2}):\s+(?P<rest>[A-ZÅÄÖ].*)$")


def _title_colon_name(text: str) -> str:
    """ "Kommundirektör: Lena Ås, § 5" -> "Lena Ås, kommundirektör, § 5"; any other text as it is."""
    m = TITLE_COLON.match(text)
    if m is None:
        return text
    title = m.group("title")
    title = title[0].lower() + title[1:]
    rest = m.group("rest")
    if not _is_job_title(title) or not looks_like_name(re.split(r"[,(;]", rest)[0].strip()):
        return text
    name, sep, tail = rest.partition(",")
    return f"{name}, {title}{sep}{tail}"


def parse_person_line(
    text: str,
    role: Role | None,
    *,
    family_first: bool = False,
    default_org: str | None = None,
) -> Participant | None:
    """One roster entry -> a participant, or None when it names no person ("Vakant, RF-SISU").
    The entry's one role; `parse_entry` gives the functions it names beside it too.
    """
    return parse_entry(text, role, family_first=family_first, default_org=default_org)[0]


# Seats on the body, and the functions a seat's holder may have at the meeting besides it
SEATS: tuple[Role, ...] = ("ordförande", "vice ordförande", "ledamot", "ersättare")


@lru_cache(maxsize=1 << 14)  # a pure function of an entry's text: segment asks it of lines read_roster reads again
def parse_entry(
    text: str,
    role: Role | None,
    *,
    family_first: bool = False,
    default_org: str | None = None,
) -> tuple[Participant | None, tuple[Role, ...]]:
    """One roster entry -> (a participant, the other roles the entry gives the person), or
    (None, ()) when it names no person ("Vakant, RF-SISU").

    `role` None means the entry carries its own role ("Anna Ek (S), ordförande"); entries
    without one are ledamöter.  `family_first` is for rosters written "Lindvall Mikael" without
    a comma.  The entry's parts may stand in any order after the name: party ("(S)" or a bare
    "S" from a table cell), role ("ordförande", "(ordf)", "(ers)", "tjänstgörande ersättare för
    …"), organisation, job title, presence ("Närvarande") and attended items ("§§ 31–32").
    """
    present: bool | None = None
    m = CHECKBOX.match(text)
    if m:
        present = bool(m.group(1) or m.group(2))
        text = text[m.end() :]
    text = SEAT_NUMBER.sub("", BULLET.sub("", text).strip()).rstrip(";")
    text = LIST_END_STOP.sub("", text)
    text = _entry_normalised(text)
    if by := _replaced_by().match(text):
        # the substitute is the one who was there (with the items attended, if any)
        text = f"{_without_trailing_attendance(by['substitute'])} ersätter {by['member']}"
    if not text or text.casefold().startswith("vakant"):
        return None, ()
    text = PART_DASH.sub(", ", text)
    first, comma, after = text.partition(",")
    if comma and _inline_role(first.strip()) and starts_entry(after.strip()):
        text = f"{after.strip()}, {first.strip()}"  # "1:e vice ordf., Göran Ek, M": a table's role cell first
    text, noted_absent = _absent_note_apart(text)
    text = _title_colon_name(text)
    text = _without_trailing_attendance(text)
    lead, text = _leading_role(text)
    named: list[Role] = [lead] if lead else []  # every role the entry names, in its order
    leading_title = None
    if lead is None:
        leading_title, text = _leading_title(text)
    if lead is None and leading_title is None:
        lower, text = _lower_lead(text)
        if lower is None and not family_first:
            lower, text = _capital_title_lead(text)  # "Kommunalråd Anna Ek (S)", "Dr Per Berg"
        if lower is not None:
            lead = _inline_role(lower)
            leading_title = None if lead else lower
    party = None
    pm = PARTY.search(text)
    if pm:
        party = pm.group(1)
        after = text[pm.end() :].strip()
        # "Anna Ek (S) Kumla kommun": what follows the tag is a part of its own
        # "Anna Ek (S) Kumla kommun": an organisation, a title or a role after the tag is a part
        # of its own; other words ("… (M) anmäler jäv i § 148.") stay where they are
        part_after = after[:1] != "," and _part_after_tag(after)
        text = text[: pm.start()].rstrip() + (
            f", {after}" if part_after else f" {after}" if after[:1] != "," else after
        )
        text = text.strip()
    # A role in brackets: "Kim Nyberg, Region Örebro län (ordf)", "(vice ordf)", "(ers)"; an
    # organisation in brackets: "Rut Hassan (Nora)", "Dan Ek (Region Örebro)".
    for paren in BRACKETED.findall(text):
        if paren.strip().casefold() in _stand_in_words():
            text = text.replace(f"({paren})", ",").strip()  # "Lo Ek (ersätter)": a substitute
            lead = lead or "ersättare"
            continue
        if _replacement_clause(paren):
            # "Ola Ny (C) (ersätter Per Berg)", "(tjänstgörande ersättare för Per Berg)": the clause
            # is read as written after a comma, before any role word it starts with is taken alone
            text = text.replace(f"({paren})", f", {paren}").strip()
            continue
        inline = _inline_role(paren)
        stated_presence = _presence_of(paren)
        if inline or _attendance().fullmatch(f"({paren})") or stated_presence is not None:
            text = text.replace(f"({paren})", ",").strip()
            if inline:
                lead = lead or inline
                named.append(inline)
            if stated_presence is not None and present is None:
                present = stated_presence  # "Kim Lund (C) (anmält förhinder)": not there
        elif known_organization(paren) or _is_org(paren) or _is_job_title(paren):
            # "Lo Berg (handläggare), Länsstyrelsen": a job title in brackets is a part too
            text = text.replace(f"({paren})", f", {paren}").strip()
        elif "," in paren and all(_bracket_part(part) for part in paren.split(",")):
            # "Sofia Ek (regionråd, ordf.)", "Per Ny (Kumla, sammankallande)": the entry's
            # parts, a title, role or organisation each, in one pair of brackets
            lead = lead or next((r for part in paren.split(",") if (r := _inline_role(part))), None)
            named += [r for part in paren.split(",") if (r := _inline_role(part))]
            kept = [part.strip() for part in paren.split(",") if not _inline_role(part)]
            text = text.replace(f"({paren})", ", " + ", ".join(kept) if kept else ",").strip()
        elif paren.strip() and looks_like_name(NAME_END.split(text.replace(f"({paren})", ","))[0].strip()):
            # "Anna Ek (Socialdemokraterna)", "Per Berg (obunden)": whatever else an entry has in
            # brackets after the name is a part of it, never of the name
            group = _party_groups().get(paren.strip().casefold())
            if (letter := _role_letter(paren)) is not None:
                lead = lead if lead not in (None, "ledamot") else letter  # "Per Berg (S) (E)": a substitute
                paren_text = ","
            elif group and party is None:
                party, paren_text = group, ","
            else:
                paren_text = f", {paren}"
            text = text.replace(f"({paren})", paren_text).strip()
    replaces = REPLACES.search(text)
    member = None
    if replaces and _is_org(replaces.group("member").split(",")[0]):
        replaces = None  # "ersättare för Kumla kommun": the seat's organisation, not a member
    if replaces:
        text = text[: replaces.start()]
        member = _member_stood_in_for(ATTENDANCE_TIME.sub("", replaces.group("member")))
        # A substitute serving for a member holds an ersättare's seat, whatever the section says.
        role = "ersättare" if role in (None, "ledamot") else role
    if noted_absent and member is None:
        # "Lo Ek (ersätter), Förhinder: Per Berg": the seat of the member who sent word
        member = noted_absent
        role = "ersättare" if role in (None, "ledamot") else role
        lead = "ersättare" if lead in (None, "ledamot") else lead
    text = _trailing_presence_apart(text)
    # "Sixten Tell ordf", "Jan Berg 1:e v ordf", "Klara Ek ej tjg ers": a role after the name, no comma
    trailing = _trailing_role_pattern().search(text.split(",", 1)[0])
    if trailing and looks_like_name(text[: trailing.start()].strip()):
        lead = lead or _inline_role_table()[trailing.group(1).casefold()]
        named.append(_inline_role_table()[trailing.group(1).casefold()])
        text = (
            text[: trailing.start()].strip()
            + text.split(",", 1)[0][trailing.end() :]
            + ("," + text.split(",", 1)[1] if "," in text else "")
        )
    elif "," in text and len(text.split(",", 1)[0].split()) == 1:
        # "Ek, Anna ordförande": the role after the given name of a "Family, Given" entry
        surname, given_part, *tail = text.split(",")
        trailing = _trailing_role_pattern().search(given_part)
        if trailing and looks_like_name(f"{given_part[: trailing.start()].strip()} {surname.strip()}"):
            lead = lead or _inline_role_table()[trailing.group(1).casefold()]
            named.append(_inline_role_table()[trailing.group(1).casefold()])
            text = ",".join([surname, given_part[: trailing.start()].rstrip() + given_part[trailing.end() :], *tail])
    text = ATTENDANCE_TIME.sub("", text)
    parts = [p.strip() for p in PART_COMMA.split(text) if p.strip()]
    if not parts:
        return None, ()
    name = parts.pop(0)
    if parts and NAME_IN_CAPITALS.match(parts[0]) and looks_like_name(f"{parts[0]} {name}"):
        name, parts[0] = recase_name(name), recase_name(parts[0])  # "EK, ANNA": family name first, in capitals
    elif (
        parts
        and all(NAME_IN_CAPITALS.match(t) for t in name.split() if t.casefold() not in PARTICLES)
        and is_given_name(parts[0].split()[0])
        and looks_like_name(f"{parts[0]} {recase_name(name)}")
    ):
        name = recase_name(name)  # "LINDQVIST, Annika": the family name in capitals, first
    # "Strandberg, Mia-Lena, Nora kommun": the part after the comma is a given name.
    family = [t for t in name.split() if t.casefold() not in PARTICLES]  # "von Bergfors, Carola" too
    names = patterns.words("given_names")
    # "Berg Lundell, Östen": a given name after the comma, and none before it
    given = bool(parts) and is_given_name(parts[0]) and family[:1] != [] and family[0].casefold() not in names
    if parts and name.split()[0].casefold() in PARTICLES and len(name.split()) > 1:
        # "Van der Wal, Tobias": a particle opening the line is capitalised; inside the name it is not
        name = _lower_particles(name)
        family = [t for t in name.split() if t.casefold() not in PARTICLES]
    if (
        parts
        # "Berg Lundell, Östen"; but "Yngve Malmberg, Nora" names the municipality
        and (len(family) == 1 or (given and len(family) <= 3 and not _is_org(parts[0])))
        and all(NAME_TOKEN.match(t) for t in family)
        and looks_like_name(f"{parts[0]} {name}")
        and (not _is_org(parts[0]) or given)  # "Korhonen, Nora": a given name, not the municipality
        and _inline_role(parts[0]) is None
        and not _whole_name_after_place(name, parts[0])
    ):
        name = f"{parts.pop(0)} {name}"
    elif parts and _whole_name_after_place(name, parts[0]):
        # "Kumla, Anna Ek (S)": the place (a municipality) first, then the whole name
        name, parts[0] = parts[0], name
    elif family_first and len(name.split()) >= 2:
        name = given_name_first(name)
    name = _remote_in_brackets().sub(" ", name).strip()
    if not (looks_like_name(name) or _named_in_capitals(name, bool(parts or party))) or ORG_WORDS.search(name):
        return None, ()
    name = recase_name(name)  # "ANNA EK", "Eva ÅSTRÖM-LUND": the name as written elsewhere
    organization = None
    title = leading_title
    stated: Role | None = lead
    for part in parts:
        inline = _inline_role(part)
        if inline:
            stated = inline if stated in (None, "ledamot") else stated
            named.append(inline)
            continue
        if _remote_part().fullmatch(part):
            continue
        if (letter := _role_letter(part)) is not None:
            stated = letter if stated in (None, "ledamot") else stated  # "Per Berg, S, E": a table's seat column
            continue
        if party is None and PARTY_CODE.match(part):
            party = part if part not in ("-", "–") else "-"
            continue
        if _attendance().fullmatch(part):
            continue
        presence = _presence_of(part)
        if presence is not None:
            present = presence if present is None else present
            continue
        # "planläggningschef på Jakobstads stad", "utredare vid Region Örebro län", "handläggare
        # från Länsstyrelsen": the job, and where it is held
        at = TITLE_AT.match(part)
        then = TITLE_THEN_ORG.match(part)
        if at and title is None:
            title = at.group("title")
            if _is_org(at.group("where")):
                organization = canonical_organization(at.group("where"))
        elif then and title is None and _is_job_title(then["title"]) and known_organization(then["where"]):
            # "projektledare Region Örebro län": the job and where it is held, no comma between
            title, organization = then["title"], canonical_organization(then["where"])
        elif _is_org(part):
            organization = canonical_organization(part)  # the last organisation named wins
        elif title is None:
            title = part
        else:
            inline = _inline_role(part.rsplit(" ", 1)[-1])
            if inline and stated is None:
                stated = inline
                named.append(inline)
    if "justerare" in named and (seats := [r for r in named if r != "justerare"]):
        # "Per Berg (M), vice ordförande (justerare)": the seat is the entry's role, the
        # justerare a function beside it (read_roster adds it)
        stated = next((r for r in seats if r != "ledamot"), seats[0])
    if stated == "sekreterare" and title and role in ("övrig", "tjänsteperson"):
        # "Lo Ek, nämndsekreterare, sekreterare" among the officials: an official with her job,
        # who is the secretary as well (read_roster adds that)
        stated = "tjänsteperson"
    if stated is not None:
        # a stated role wins over a section's, except over a substitute's or an officer's: a
        # chair's heading over a table row ("2:e vice ordförande | Name | ledamot") is a cell
        role = stated if role in (None, "ledamot", "övrig", "tjänsteperson", "ordförande", "vice ordförande") else role
    if role is None:
        role = "ledamot"
    if (
        role == "övrig"
        and title
        and not re.search(r"\brepr(?:esentant|\.|\b)", title, re.I)
        and not (organization and _association(organization))
    ):
        # an official; a body's representative ("SST:s representant") stays övrig, and so does
        # the staff of an association that is a guest (RF-SISU, a study association)
        role = "tjänsteperson"
    if role in ("tjänsteperson", "övrig") and title and re.fullmatch(r"(?:sekreterare|protokollförare)", title, re.I):
        role, title = "sekreterare", None
    if role == "tjänsteperson" and (party or (title and re.search(_ELECTED_TITLES, title, re.I))):
        role = "övrig"  # an elected person present without a seat: a revisor, an insynsplats
    if role == "tjänsteperson" and organization and guest_organization(organization):
        role = "övrig"  # officials of a state agency, a university …: guests, not the bodies' own staff
    if role == "sekreterare":
        title = None  # the role is the function; a job title ("kanslist") is not what the roster records
    person = Participant(
        name=name,
        role=role,
        organization=organization or default_org,
        title=title,
        party=party,
        present=present,
        replaces=member,
    )
    return person, tuple(dict.fromkeys(r for r in named if r != role))


def _whole_name_after_place(first: str, after: str) -> bool:
    """ "Kumla" before "Anna Ek": one word before the comma and a whole name after it, given name
    first and a family name last ("Berg, Anna Lena" has given names only after its comma)."""
    words = after.split()
    return (
        len(first.split()) == 1
        and len(words) >= 2
        and looks_like_name(after)
        and is_given_name(words[0])
        and not is_given_name(words[-1])
        and (not is_given_name(first) or known_organization(first) is not None)  # "Nora, Per Nordlöf"
    )


def _named_in_capitals(name: str, goes_on: bool) -> bool:
    """ "MIA HOLM, kommundirektör", "MIA HOLM (S)": a name in capitals whose entry goes on with a
    party, a role, an organisation or a title is a person's, given name listed or not (a heading
    or an organisation in capitals stands alone)."""
    return goes_on and any(NAME_IN_CAPITALS.match(t) for t in name.split()) and looks_like_name(recase_name(name))


_ELECTED_TITLES = (
    r"\b(?:förtroendevald|(?:lekmanna)?revisor|insynsplats|ledamot|ersättare|gruppledare|oppositionsråd|ordförande|"
    r"kommunalråd|regionråd)\b"
)


def _association(name: str) -> bool:
    """An association or federation (förbund), not a region or municipality."""
    return organization_kinds().get(name) == "förbund"


def guest_organization(name: str) -> bool:
    """Organisations whose people attend as guests: not a region, municipality or association
    that holds seats (state agencies, universities, companies)."""
    kind = organization_kinds().get(name)
    if kind is not None:
        return kind == "myndighet"
    return bool(re.search(r"\b(?:universitet\w*|länsstyrelsen|myndighet\w*|polis\w*|AB)\b", name, re.I))


def is_secretary_title(title: str | None) -> bool:
    """ "nämndsekreterare", "kommunsekreterare": an official whose job is the minutes."""
    return bool(title and re.search(r"\w(?:sekreterare|protokollförare)\b", title, re.I))


@cache
def _party_groups() -> dict[str, str]:
    table = patterns.load("headings")["party_groups"]
    return {w.casefold(): code for code, words in table.items() for w in (code, *words)}


def organization_group(text: str) -> str | None:
    """An organisation's name standing alone on a roster line ("Region Örebro län", "Kumla
    kommun:"): a heading over its people, whose organisation it is when they name none.  A
    body's name ("Specifika samverkansrådet för folkhälsa" in a letterhead) is none.

    >>> organization_group("Kumla kommun:"), organization_group("Anna Ek, Kumla kommun")
    ('Kumla kommun', None)
    """
    name = known_organization(text.strip().rstrip(":").strip())
    return name if name is not None and organization_kinds().get(name) != "organ" else None  # a body seats no one


# "Moderaterna (M)", "(KD)": a party's name with its code in brackets, or the code alone.
PARTY_TAGGED = re.compile(r"(?P<name>[^()]*?)\s*\(\s*(?P<code>[A-Za-zÅÄÖåäö]{1,4})\s*\)")


def party_group(text: str) -> str | None:
    """The party a roster line standing alone names as the heading of its people's group, or
    None: "Socialdemokraterna", "Moderaterna (M):", "(KD)", "SD-gruppen".

    >>> party_group("Sverigedemokraterna"), party_group("Vänsterpartiet (V)"), party_group("Anna Ek (S)")
    ('SD', 'V', None)
    """
    t = BULLET.sub("", text).strip().rstrip(":").strip()
    groups = _party_groups()
    code = groups.get(t.casefold())
    if code is not None:
        return code
    m = PARTY_TAGGED.fullmatch(t)
    if m is None:
        return None
    tag = groups.get(m.group("code").casefold())
    name = m.group("name").casefold()
    return tag if tag is not None and (not name or groups.get(name) == tag) else None


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def starts_entry(text: str) -> bool:
    """True when a roster cell or chunk begins with a person's full name ("Olle af Berg (S),
    ordförande", "Vice ordförande Eva-Lena Strandberg"), so it starts an entry of its own."""
    text = CHECKBOX.sub("", BULLET.sub("", text)).strip()
    if _party_first(text):
        text = LEADING_PARTY.sub(r"\g<rest>", text)  # "(S) Anna Ek"
    if _replacement_clause(text):
        return False  # "Ersätter Lo Ek": whom the entry before it stood in for
    role, text = _leading_role(text)
    if role is None:
        title, text = _leading_title(text)
        if title is None:
            _, text = _lower_lead(text)  # "kommunalråd Anna Ek (S)"
    # "Eva Ny – Kumla kommun": the organisation after a dash is not part of the name
    head = PART_DASH.split(NAME_END.split(text)[0])[0].strip().rstrip(".")
    head = TRAILING_BARE_PARTY.sub("", head)  # "Per Berg M, …": the party's code after the name
    # "Länsstyrelsen Örebro", "Kumla kommun": an organisation after a name, no person
    return looks_like_name(head) and not ORG_WORDS.search(head)


@cache
def _replacement_lead() -> re.Pattern[str]:
    words = sorted(_replaces_labels(), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\s+[A-ZÅÄÖ]", re.I)


def _replacement_clause(text: str) -> bool:
    """ "Ersätter Lo Ek", "tjänstgör för Lo Ek": a chunk that names whom an entry stood in for
    (the replaces labels of headings.yml, then a name), not a person of its own.

    >>> _replacement_clause("Ersätter Lo Ek"), _replacement_clause("Lo Ek (S)")
    (True, False)
    """
    m = _replacement_lead().match(text.strip())
    return m is not None and m.group(0)[-1].isupper()


@cache
def _substitute_clause() -> re.Pattern[str]:
    """ "…, med Per Berg som ersättare", "… och Per Berg som hans ersättare", ", ersättare Per
    Berg", "… och till ersättare Per Berg", " (ersättare: Per Berg)": a justerare's substitute at
    the end of the names (decisions.yml's ``justerare_substitute``)."""
    table = patterns.load("decisions")["justerare_substitute"]
    links = by_first_letter(table["links"])
    words = by_first_letter(sorted(table["words"], key=len, reverse=True))
    owner = rf"(?:(?:{by_first_letter(table['possessives'])})\s+)?"
    return re.compile(
        rf"(?:,\s*|\s+)(?:{links})\s+(?P<sub>\S.*?)\s+som\s+{owner}(?:{words})\.?$"  # "med Y som ersättare"
        rf"|(?:,\s*|\s+)(?:(?:{links})\s+)?(?:(?:till|som)\s+)?(?:{words})(?:\s*:\s*|\s+)(?P<named>[A-ZÅÄÖ].*?)\.?$"  # ", ersättare Y"
        rf"|\s*\((?:{words})(?:\s*:\s*|\s+)(?P<bracketed>[^()]+)\)\.?$",  # "(ersättare Y)"
        re.I,
    )


def without_substitute(names: str) -> str:
    """The names of an election or a justerare entry without the substitute named after them.

    >>> without_substitute("Anna Ek, Kumla kommun, med Per Berg som ersättare")
    'Anna Ek, Kumla kommun'
    >>> without_substitute("Anna Ek (S), ersättare Per Berg (M)"), without_substitute("Anna Ek och Per Berg")
    ('Anna Ek (S)', 'Anna Ek och Per Berg')
    """
    m = _substitute_clause().search(names)
    return names[: m.start()].rstrip(" ,") if m and m.start() > 0 else names


def split_entries(text: str) -> list[str]:
    """Running text with several people -> one text per person.

        split_entries("Anna Ek (S), ordförande, Per Berg (M), Ola Ny (C)")
        -> ["Anna Ek (S), ordförande", "Per Berg (M)", "Ola Ny (C)"]

    Semicolons always separate people; commas and "och" do where a full name follows.  A
    "Family, Given" pair stays one entry (a one-word chunk never starts a person).
    """
    out: list[str] = []
    text = GLUED_ENTRY.sub(lambda m: f"{m.group(1)}; " if starts_entry(text[m.end() :]) else m.group(0), text)
    for part in text.split(";"):
        groups: list[list[str]] = []
        for chunk in _family_given_pairs(PART_COMMA.split(part.strip())):
            if (lead := LEADING_AND.match(chunk)) and starts_entry(chunk[lead.end() :]):
                chunk = chunk[lead.end() :]  # "…, fastighetschef, och Lo Ek, …": the comma before "och"
            # "… vice ordförande och Ola Ny (C)": "och" separates people where a full name follows.
            pieces = AND.split(chunk)  # [text, conjunction, text, …]
            subchunks = [pieces[0]]
            for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
                if starts_entry(piece):
                    subchunks.append(piece)
                else:
                    subchunks[-1] = f"{subchunks[-1]}{joint}{piece}"
            for sub in subchunks:
                vacant = _is_vacancy(sub)  # "…, Vakant, Laxå, …", "Vakant (M)": a seat of its own
                if groups and (starts_entry(sub) or vacant) and (_has_name(groups[-1]) or _is_vacancy(groups[-1][0])):
                    groups.append([sub])
                elif groups:
                    groups[-1].append(sub)
                else:
                    groups.append([sub])
        out.extend(", ".join(g).strip(" ,") for g in groups if any(x.strip() for x in g))
    return [e for e in out if e]


# A party tag that ends one entry with the next one after it, no comma between ("Ida Ek (S) Per
# Berg (M)": two columns of a table read as one line).
GLUED_ENTRY = re.compile(rf"(\((?:{PARTIES})\))\s+(?=[A-ZÅÄÖ])")

# "Vakant", "Vakant (M)": an empty seat standing where a name would, with its party at most.
_VACANCY = re.compile(r"^vakant(?:\s*\([^()]*\))?$", re.IGNORECASE)


def _is_vacancy(chunk: str) -> bool:
    return bool(_VACANCY.match(chunk.strip()))


# "Fält, Fanny (SD)" inside a comma list: a family name alone, then a given name alone (with
# its party or role after it) are one person written family name first.
# An initial may follow the given name ("Ek, Per J. (S)"), a particle open the family name ("von
# Essen, Agnes").
_GIVEN_ALONE = re.compile(r"^(?P<given>[A-ZÅÄÖ][\w-]+)(?P<initials>(?:\s+[A-ZÅÄÖ]\.)*)(?:\s*\(.*)?$")


# "Cornelia Lindhagen (S) och Holmqvist": an entry, then "och" and a family name alone.
_AND_FAMILY = re.compile(r"^(?P<before>.+)\s+och\s+(?P<family>\S+)$")


def _family_given_pair(family: str, nxt: re.Match[str] | None) -> bool:
    """A family name alone, then a given name alone: "Fält" / "Fanny (SD)"."""
    given = patterns.words("given_names")
    words = family.split()
    if len(words) > 1 and words[0].casefold() in PARTICLES:  # "von Essen", "van der Wal"
        family = words[-1] if all(w.casefold() in PARTICLES for w in words[:-1]) else family
    return bool(
        nxt
        and NAME_TOKEN.fullmatch(family)
        and family.casefold() not in given
        and is_given_name(nxt.group("given"))
        and known_organization(family) is None
        and _inline_role(family) is None
    )


def _family_given_pairs(chunks: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(chunks):
        here = chunks[k].strip()
        nxt = _GIVEN_ALONE.match(chunks[k + 1].strip()) if k + 1 < len(chunks) else None
        joined = _AND_FAMILY.match(here)
        # "Cornelia Lindhagen (S) och Holmqvist" / "Gustaf (L)", "…, Örebro kommun och Bergendahl" /
        # "Sixten": the pair after "och", after an entry or the organisation that ends one
        split = bool(
            joined and nxt and (starts_entry(joined.group("before")) or (out and _is_org(joined.group("before"))))
        )
        if split and joined:
            out.append(joined.group("before"))
            here = joined.group("family")
        if (
            nxt is not None
            and _family_given_pair(here, nxt)
            and (
                out
                # the list's first entry is a pair too when more people follow ("Ek, Anna (S),
                # ordförande, Berg, Per (M)"); a line that is one entry stays as written
                or any(starts_entry(chunks[j]) for j in range(k + 2, len(chunks)))
                or any(
                    _family_given_pair(chunks[j].strip(), _GIVEN_ALONE.match(chunks[j + 1].strip()))
                    for j in range(k + 2, len(chunks) - 1)
                )
            )
        ):
            given = nxt.group("given") + nxt.group("initials")
            out.append(f"{given} {_lower_particles(here)}{chunks[k + 1].strip()[len(given) :]}")
            k += 2
            continue
        out.append(f"{out.pop()} och {here}" if split else chunks[k])
        k += 1
    return out


def _lower_particles(family: str) -> str:
    """ "Van der Wal" opening an entry -> "van der Wal": the capital the line's start gave the
    first of two particles (the second in lower case shows it); inside a name they are lower
    case.  One particle is kept as written ("De Geer" is a name of its own).

    >>> _lower_particles("Van der Wal"), _lower_particles("De Geer")
    ('van der Wal', 'De Geer')
    """
    words = family.split()
    if len(words) < 3 or not all(w.casefold() in PARTICLES for w in words[:-1]) or not words[1].islower():
        return family
    return " ".join([w.casefold() for w in words[:-1]] + words[-1:])


def _has_name(group: list[str]) -> bool:
    return (
        any(starts_entry(chunk) for chunk in group) or sum(1 for chunk in group if NAME_TOKEN.match(chunk.strip())) >= 2
    )


def is_given_name(word: str) -> bool:
    """A known given name, or a double one whose parts each are ("Jan-Åke", "Anna-Karin").

    >>> is_given_name("Jan-Åke"), is_given_name("Tell-Wiberg")
    (True, False)
    """
    given = patterns.words("given_names")
    w = word.strip().casefold()
    return w in given or ("-" in w and all(part in given for part in w.split("-") if part))


def _ends_in_given_name(text: str) -> bool:
    """ "…, 1:e vice ordförande, Frida", "…, Ledamot Frida": running text that breaks after a
    given name (with the role written before it, if so)."""
    m = re.search(r"(?:,|\boch)\s+(?:(?P<role>[A-ZÅÄÖa-zåäö][\w:.]*(?:\s+[a-zåäö.]+)?)\s+)?([A-ZÅÄÖ][\w-]*)$", text)
    if m is None or not is_given_name(m.group(2)):
        return False
    return m.group("role") is None or _leading_role_pattern().match(m.group("role") + " ") is not None


def _ends_in_leading_role(text: str) -> bool:
    """ "…, Ledamot Eva Ek (S), Vice ordförande" / "Per Berg (SD), …": running text whose entries
    put the role first ("Ordförande Anna Ek") cut after an entry's role; a role written after a
    name ("Anna Ek, vice ordförande") is in lower case.  A role in capitals ("ANNA EK (S),
    ORDFÖRANDE", a roster set in capitals or small capitals) tells neither: it is the name's."""
    tail = text.rsplit(",", 1)[-1].strip() if "," in text else ""
    m = _leading_role_pattern().match(tail + " ")
    # "Per Berg (M), Förste vice ordförande", "…, II vice ordförande" (a roman ordinal is in
    # capitals wherever the role stands): a line that puts no other role first is one entry
    head = text.rsplit(",", 1)[0]
    role_first = _leading_role(head.strip())[0] is not None or bool(_role_first_inside().search(head))
    return bool(tail[:1].isupper() and not tail.isupper() and m and m.end() >= len(tail) and role_first)


@cache
def _role_first_inside() -> re.Pattern[str]:
    """ ", Ledamot Eva": an entry inside running text that puts its role first (capitalised)."""
    words = by_first_letter([w.capitalize() for w, _ in _inline_roles()])
    return re.compile(rf"[,;]\s*(?:{words})\.?\s+[A-ZÅÄÖ]")


# "A. Jafari": a middle initial before the family name, at the start of a line
MIDDLE_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.\s+(?P<rest>\S.*)$")


def _name_cut_at_line_end(prev: str, text: str) -> bool:
    """Running text cut inside a name: the line ends in one or two name words after a comma and
    the next opens with one name word that cannot stand as an entry of its own (not a given name,
    an organisation, a place, a role or a title) before its comma or party:
    "…, Hallsbergs kommun, Jussi" / "Lagerqvist, Ljusnarsbergs kommun, …", "…, Ivar Tell" /
    "Wiberg, Region Örebro län."; a lone name word after "och" too ("… och Tuula" /
    "Niemi-Rydén (förvaltningschef)"), and a lone one before a middle initial ("…, Shirin" /
    "A. Jafari (planeringsstrateg), …")."""
    if "," not in prev and not _OCH_WORD_END.search(prev):
        return False
    if _family_given_line(prev) and _family_given_line(text):
        return False  # "Van der Wal, Tobias" / "Sandberg, Eva-Lena K.": one entry a line, family name first
    tail = re.split(r",|\boch\b", prev)[-1].strip()
    head = re.split(r"[,;(]", text, maxsplit=1)[0].strip().rstrip(".")
    first, _, after_title = tail.partition(" ")
    if first[:1].islower() and after_title and _is_job_title(first):
        tail = after_title.strip()  # "… och kommunsekreterare Ulla-Britt" / "Kärrman": the name after its title
    words = tail.split()
    initial = MIDDLE_INITIAL.match(head)
    if initial and len(words) == 1:
        head = initial.group("rest")
    return bool(
        NAME_TOKEN.fullmatch(head)
        and head.casefold() not in patterns.words("given_names")
        and known_organization(head) is None
        and _inline_role(head) is None
        and _leading_title(head)[0] is None
        and 1 <= len(words) <= 2
        and all(NAME_TOKEN.fullmatch(w) for w in words)
        and known_organization(tail) is None
        and _inline_role(tail) is None
        and _leading_title(tail)[0] is None
    )


def _family_given_line(text: str) -> bool:
    """ "Sandberg, Eva-Lena K.", "von Essen, Agnes (M)": a family name, a comma and a known given
    name (an initial after it), the whole of an entry written family name first."""
    family, sep, rest = text.partition(",")
    given = rest.split("(")[0].split(",")[0].split()
    return bool(
        sep
        and 1 <= len(family.split()) <= 3
        and all(NAME_TOKEN.fullmatch(w) or w.casefold() in PARTICLES for w in family.split())
        and not any(is_given_name(w) for w in family.split())
        and given
        and is_given_name(given[0])
        and all(INITIAL.fullmatch(w) for w in given[1:])
    )


INITIAL = re.compile(r"[A-ZÅÄÖ]\.")


def _cut_after_particle(prev: str, text: str) -> bool:
    """Running text cut after a name's particle: no name ends in "von", "af" or "de", so
    "…, Alfred von" / "Bergfors (M), …" is one name over the line break."""
    words = prev.rsplit(None, 2)[-2:]
    if len(words) < 2 or words[-1] not in PARTICLES:
        return False
    head = re.split(r"[\s,;(]", text.strip(), maxsplit=1)[0].rstrip(".")
    return bool(NAME_TOKEN.fullmatch(words[-2].strip(",")) and NAME_TOKEN.fullmatch(head))


def given_name_first(name: str) -> str:
    """A name written family name first, without a comma, turned round: "Lindvall Mikael" ->
    "Mikael Lindvall".  The given name is the last word when it is a known given name ("Berg
    Lundell Siri", "von Bergfors Carola"); a name whose first word is one and last word is not
    is already given name first ("Emilia Ingman"); else the family name is the first word ("Phan
    An Tuan" -> "An Tuan Phan"), with the particles before it ("von Bergfors Lars-Göran")."""
    tokens = name.split()
    given = patterns.words("given_names")
    first, last = tokens[0].casefold() in given, tokens[-1].casefold() in given
    if last and not first:
        return " ".join([tokens[-1], *tokens[:-1]])
    if first and not last:
        return name  # written given name first after all, in a roster that mostly is not
    lead = 0
    while lead < len(tokens) - 2 and tokens[lead].casefold() in PARTICLES:
        lead += 1  # "von Bergfors Carola": the particle goes with the family name
    return " ".join([*tokens[lead + 1 :], *tokens[: lead + 1]])


# What `_join_wrapped` and `_organization_prefix` look for, compiled once.
_PARTICLE_NAME = re.compile(r"(?:von|af|de|van|der|den|du|la|le)\s+[A-ZÅÄÖ]")
_OCH_WORD_END = re.compile(r"\boch\s+\S+$")
_REPLACES_END = re.compile(r"\b(?:ersätter|för|i stället för)(?:\s+[A-ZÅÄÖ][\w-]*)?$")
_ORG_PREFIX = re.compile(r"^(?P<org>[^:,;()]{3,60}):\s+(?P<rest>\S.*)$")

# A line that ends inside a span of items ("…, planeringschef, §" / "111, Anna Ek, …", "§§ 57–"
# / "60"): the span, and the entry, go on on the next line.
SPAN_CUT = re.compile(r"(?:§§?|§§?\s*\d{1,4}\s*[–-])$")


def _title_waits(text: str) -> bool:
    """Running text that ends in a job title before its holder's name: "…, förvaltningschef Eva
    Ny och kommunsekreterare" (the name on the next line)."""
    words = text.split()
    if len(words) < 2 or not words[-1][:1].islower() or not _is_job_title(words[-1]):
        return False
    # after "och", or after a comma in a list that writes its titles first ("Lo Ek, controller"
    # is a whole entry)
    titles_first = words[0][:1].islower() and _is_job_title(words[0])
    return words[-2].casefold() in ("och", "samt") or (words[-2].endswith(",") and titles_first)


def _role_then_name(text: str) -> bool:
    """ "ers. Eva Ny", "tjg ers Eva Ny": a role written before a whole name opens an entry."""
    lead, rest = _leading_role(text)
    return lead is not None and looks_like_name(NAME_END.split(rest)[0].strip())


def _join_wrapped(entries: Sequence[tuple[str, Line]], table: bool = False) -> list[tuple[str, Line]]:
    """Rejoin roster entries that wrap: a dash list continues on lines without a dash, and any
    entry continues on a line that starts in lower case, finishes a cut organisation name, or
    follows a line that ends in a comma or a dangling "ersätter"/"för".  In running text (not
    `table`, whose entries are a row's cells joined with commas) a line that starts with a party
    tag, or follows one cut inside a name, goes on too."""
    out: list[tuple[str, Line]] = []
    dashed = sum(1 for text, _ in entries if BULLET.match(text)) >= max(1, len(entries) // 3)
    for text, line in entries:
        text = text.strip()
        if out:
            prev = out[-1][0]
            first = out[-1][1]
            # A wrapped line starts under its entry, or indented; one further left is another column.
            elsewhere = line.x0 is not None and first.x0 is not None and line.x0 < first.x0 - SAME_COLUMN_PT
            # "Kumla kommun" in bold between "1. Anna Ek" and "2. Per Berg": a group's heading
            group = line.bold != first.bold and known_organization(text) is not None
            goes_on = not elsewhere and (
                (dashed and not BULLET.match(text) and not CHECKBOX.match(text) and not group)
                or (
                    text[:1].islower()
                    and not _PARTICLE_NAME.match(text)
                    and _leading_title(text)[0] is None
                    and _lower_lead(text)[0] is None
                    and not _role_then_name(text)
                )  # "ekonomichef Per Berg", "kommunalråd Anna Ek (S)", "ordf. Lo Ek", "ers. Eva Ny" start an entry
                # "(SD), 2:e vice ordförande": never an entry's start; "(SD) Anna Ek" is one
                or (not table and text.startswith("(") and not _party_first(text))
                or prev.endswith((",", "-", " och", ";"))
                or (not table and prev.endswith(" –"))  # "Eva Ny –" / "Kumla kommun, …" (not a "–" cell)
                or (not table and _ends_in_leading_role(prev))
                or (not table and _title_waits(prev))  # "… och kommunsekreterare" / "Hans-Olov Demir"
                or bool(SPAN_CUT.search(prev))
                or prev.count("(") > prev.count(")")  # "Carola Berg (Region" / "Örebro län)."
                # running text cut inside a name: "…, 1:e vice ordförande, Frida" / "Rehn (SD), …"
                or (
                    not table
                    # "…, Anna Ek (S), Frida" or "… (MP) och Tyra" / "Hermansson (M)."
                    and (prev.count(",") >= 2 or bool(_OCH_WORD_END.search(prev)))
                    and _ends_in_given_name(prev)
                    and not known_organization(prev.rsplit(",", 1)[-1])  # "…, Nora": a place, not a name
                )
                or (not table and _name_cut_at_line_end(prev, text))
                or (not table and _cut_after_particle(prev, text))
                or bool(_REPLACES_END.search(prev))
                or bool(
                    prev.rsplit(",", 1)[-1].strip()
                    and (
                        known_organization(prev.rsplit(",", 1)[-1] + " " + text)
                        # "…, Region" / "Örebro, Kalle Idström, …": the name cut, then the next entry
                        or (
                            not table and known_organization(prev.rsplit(",", 1)[-1] + " " + re.split(r"[,;]", text)[0])
                        )
                    )
                )
            )
            if goes_on:
                # a name alone, then its title on the line under it: "Anna Ek" / "administratör, …",
                # or its organisation: "1. Anna Ek" / "Kumla kommun" in a numbered list
                alone = looks_like_name(BULLET.sub("", prev).strip())
                sep = ", " if alone and (text[:1].islower() or known_organization(text)) else " "
                out[-1] = (f"{prev}{sep}{text}", out[-1][1])
                continue
        out.append((text, line))
    return out


@cache
def _column_labels() -> frozenset[str]:
    labels = [w.casefold() for w in patterns.load("headings")["column_labels"]]
    return frozenset([*labels, *(word for label in labels for word in label.split())])


@cache
def _replaces_labels() -> tuple[str, ...]:
    return tuple(w.casefold() for w in patterns.load("headings")["replaces_labels"])


@cache
def _substitute_labels() -> tuple[str, ...]:
    return tuple(w.casefold() for w in patterns.load("headings")["substitute_labels"])


def _label_spans(row: Sequence[Line]) -> list[tuple[float, float, str]]:
    """(x0, x1, label) of each column label in a header row, the longest known label first
    ("Tjänstgörande ersättare" and "Tjg ers" are one label each, not two).  Labels extraction
    left in one cell ("Parti Funktion") are placed by their share of the cell's characters."""
    known = sorted(
        {*_column_labels(), *_replaces_labels(), *_substitute_labels(), *_tick_columns()}, key=len, reverse=True
    )
    out: list[tuple[float, float, str]] = []
    for cell in row:
        text, x0, x1 = cell.text, cell.x0 or 0.0, cell.x1 or (cell.x0 or 0.0)
        at = 0
        folded = text.casefold()
        while at < len(text):
            if text[at].isspace():
                at += 1
                continue
            label = next(
                (
                    k
                    for k in known
                    if folded.startswith(k, at) and (at + len(k) == len(text) or not folded[at + len(k)].isalnum())
                ),
                None,
            )
            end = at + len(label) if label else (text.find(" ", at) if " " in text[at:] else len(text))
            width = max(1, len(text))
            out.append((x0 + (x1 - x0) * at / width, x0 + (x1 - x0) * end / width, label or folded[at:end]))
            at = end
    return out


def _label_positions(row: Sequence[Line]) -> list[tuple[float, str]]:
    """(x, label) of each column label in a header row (see _label_spans)."""
    return [(x0, label) for x0, _, label in _label_spans(row)]


@cache
def _tick_columns() -> dict[str, str]:
    return {label.casefold(): words for label, words in patterns.load("headings")["tick_columns"].items()}


@cache
def _tick_marks() -> frozenset[str]:
    return frozenset(mark.casefold() for mark in patterns.load("headings")["tick_marks"])


@cache
def _tick_words() -> frozenset[str]:
    return frozenset(word for label in _tick_columns() for word in label.split())


def _tick_label(cell: Line, spans: Sequence[tuple[float, float, str]]) -> str | None:
    """The tick column a mark stands in ("x" under "Tjg ers"), or None when the cell is no mark
    or its column no tick column.  A mark stands anywhere under its label (left, centred), so
    the label is the one whose span holds the mark's middle, else the nearest."""
    if cell.x0 is None or not spans or cell.text.strip().casefold() not in _tick_marks():
        return None
    mid = (cell.x0 + (cell.x1 if cell.x1 is not None else cell.x0)) / 2
    x0, x1, label = min(spans, key=lambda s: max(s[0] - mid, 0.0, mid - s[1]))
    if max(x0 - mid, 0.0, mid - x1) > SAME_COLUMN_PT:
        return None
    label = label.rstrip(":")
    return label if label in _tick_columns() else None


def _read_ticks(row: Row, spans: Sequence[tuple[float, float, str]]) -> tuple[Row, dict[int, str]]:
    """A row with each mark in a tick column read as what its column stands for ("x" under "Ej
    tjg" -> "ej tjänstgörande ersättare, närvarande"), and the tick column of each cell read so."""
    out: list[Line] = []
    marked: dict[int, str] = {}
    for k, cell in enumerate(row):
        label = _tick_label(cell, spans) if k > 0 else None  # the first cell is the name's
        if label is not None:
            marked[k] = label
            cell = replace(cell, text=_tick_columns()[label])
        out.append(cell)
    return tuple(out), marked


@cache
def _vote_labels() -> frozenset[str]:
    """Column labels of a vote's answers ("Ja", "Nej", "Avst", patterns/votes.yml): a presence and
    vote list's mark under one is the member's vote (pipeline/parse/votes.py), not their presence."""
    options = patterns.load("votes")["options"]
    return frozenset(w.casefold() for opt in ("ja", "nej", "avstår") for w in options[opt]["labels"])


def _column_label(cell: Line, labels: Sequence[tuple[float, str]]) -> str | None:
    """The header label of the column a cell stands in."""
    if not labels or cell.x0 is None:
        return None
    return min(labels, key=lambda xl: abs(xl[0] - (cell.x0 or 0.0)))[1]


@cache
def _split_name_labels() -> tuple[frozenset[str], frozenset[str]]:
    table = patterns.load("headings")["split_name_labels"]
    return frozenset(w.casefold() for w in table["given"]), frozenset(w.casefold() for w in table["family"])


def _joined_name_cells(row: Row, labels: Sequence[tuple[float, str]]) -> Row:
    """A row under "Förnamn | Efternamn" (or "Efternamn | Förnamn") with the two cells made one
    name cell "Given Family" where the given name's stood; any other row as it is."""
    given_labels, family_labels = _split_name_labels()
    if not labels or not any(label.rstrip(":").casefold() in family_labels for _, label in labels):
        return row
    given = [c for c in row if (_column_label(c, labels) or "").rstrip(":").casefold() in given_labels]
    family = [c for c in row if (_column_label(c, labels) or "").rstrip(":").casefold() in family_labels]
    if len(given) != 1 or len(family) != 1:
        return row
    first = min(given[0], family[0], key=lambda c: c.x0 or 0.0)
    name = replace(first, text=f"{given[0].text.strip()} {family[0].text.strip()}")
    return (name, *(c for c in row if c is not given[0] and c is not family[0]))


def _replaced_cell(cell: Line, labels: Sequence[tuple[float, str]]) -> bool:
    """Whether a cell stands in a header's "Ersätter" column: the member a substitute replaces."""
    label = _column_label(cell, labels)
    return bool(label and label.rstrip(":") in _replaces_labels())


def _substitute_cell(cell: Line, labels: Sequence[tuple[float, str]]) -> bool:
    """Whether a cell stands in an "Ersatt av" column: the substitute who served instead."""
    label = _column_label(cell, labels)
    return bool(label and label.rstrip(":") in _substitute_labels())


def is_header_row(row: Sequence[Line]) -> bool:
    """A table's header row: every word a column label ("Namn", "Parti", "Funktion"), or tick
    columns' labels beside column labels ("Namn | Parti | Ledamot | Tjg ers | Ej tjg"): in a row
    of cells, or on one line with the name's label ("Ordförande" or "Ej tjänstgörande
    ersättare" alone on its line is a heading, no header)."""
    return _header_cells(tuple(cell.text for cell in row))


@lru_cache(maxsize=1 << 14)  # a pure function of the cells' texts; a row is asked again and again
def _header_cells(texts: tuple[str, ...]) -> bool:
    """`is_header_row` of a row's cell texts."""
    words = [w.casefold().strip(":") for text in texts for w in text.split()]
    if not words:
        return False
    if all(w in _column_labels() for w in words):
        return True
    beside = any(w in _name_labels() for w in words) if len(texts) < 2 else any(w in _column_labels() for w in words)
    return beside and all(w in _column_labels() or w in _tick_words() for w in words)


ROSTER_HEADING_WORD = re.compile(r"^(?:övriga|närvarande|ledamöter|ersättare|tjänstepersoner|beslutande)\b", re.I)


def roster_heading_like(text: str) -> bool:
    """ "Övriga närvarande" opening a header row of column labels ("| Titel | Paragrafer")."""
    return bool(ROSTER_HEADING_WORD.match(text.strip()))


def _without_replaced(row: Row, labels: Sequence[tuple[float, str]]) -> Row:
    """A row without its cell in an "Ersätter" column (`labels` are the header's): that cell
    names the member replaced, and makes the row's person an ersättare when no cell says
    their role."""
    replaced = [cell for cell in row if _replaced_cell(cell, labels)]
    if not replaced or len(replaced) == len(row):
        return row
    kept = tuple(cell for cell in row if cell not in replaced)
    if not any(_inline_role(cell.text.split(",")[0]) for cell in kept):
        kept = (*kept, replace(replaced[0], text="ersättare"))
    member = _member_stood_in_for(replaced[0].text)
    if member and len(member.split()) >= 2:
        # the member replaced, last ("…, ersätter Lo Ek"): a serving substitute's `replaces`
        kept = (*kept, replace(replaced[0], text=f"ersätter {member}"))
    return kept


def _name_cell(row: Row, labels: Sequence[tuple[float, str]]) -> int | None:
    """Which cell of a row stands in the header's "Namn" column (``labels`` are the header's)."""
    if not any(label.rstrip(":") in _name_labels() for _, label in labels):
        return None
    for k, cell in enumerate(row):
        label = _column_label(cell, labels)
        if label and label.rstrip(":") in _name_labels():
            return k
    return None


@cache
def _role_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.load("headings")["role_labels"])


@cache
def _name_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.load("headings")["name_labels"])


def _table_entries(
    rows_: Sequence[Row], *, header: bool = False, labels: Sequence[tuple[float, str]] = ()
) -> list[tuple[str, Line]]:
    """One entry per table row, its cells joined with commas ("Anna Ek, S, ordförande"); a row
    that leaves the first column empty continues the cells above it (a wrapped cell).  Under a
    header row the columns stand in any order ("Parti | Namn | Organisation | Uppdrag"): the
    cells before the name follow it."""
    firsts = [row[0].x0 for row in rows_ if row and row[0].x0 is not None]
    name_x = min(firsts) if firsts else None
    entries: list[list[Line]] = []
    role_x = next((x for x, label in labels if label.rstrip(":") in _role_labels()), None)
    inferred = role_x is None and (role_x := _group_role_column(rows_)) is not None
    role_cell: Line | None = None
    for row in rows_:
        if (
            role_x is not None
            and row
            and (_name_cell(row, labels) is not None or (inferred and starts_entry(row[0].text)))
        ):
            # a role column written once per group ("Ledamöter | Name" then "| Name"): the rows
            # under it without a role of their own have that group's role
            in_role = [c for c in row if c.x0 is not None and abs(c.x0 - role_x) <= SAME_COLUMN_PT]
            if in_role:
                role_cell = in_role[0] if _inline_role(in_role[0].text) else None
            elif role_cell is not None:
                row = (*row, replace(role_cell, x0=role_x))
        x = row[0].x0 if row else None
        leftmost = x is not None and name_x is not None and x <= name_x + SAME_COLUMN_PT
        in_name_column = _name_cell(row, labels)
        named = (
            [in_name_column] if in_name_column is not None else [i for i, c in enumerate(row) if starts_entry(c.text)]
        )
        if named and named[0] > 0:
            # under a header's "Namn", the cells before the name are the row's party, role or
            # organisation; elsewhere, a letterhead row: "Samverkansrådet | Tove Lindahl" under
            # "Sekreterare"
            by_header = header and in_name_column is not None
            row = (*row[named[0] :], *row[: named[0]]) if by_header else row[named[0] :]
            x = x if by_header else row[0].x0
        cut = bool(entries) and _name_cell_cut(entries[-1][0], row)  # "Matilda af" / "Sandeberg"
        if (
            entries
            and name_x is not None
            and x is not None
            and (x > name_x + SAME_COLUMN_PT or cut)
            and not (leftmost and not cut)  # "S | Anna Ek | ordförande": a row from the first column on
            and len(entries[-1]) > 1
            and (in_name_column is None or cut)  # a row with a name of its own ("Vakant") is a row of its own
        ):
            cells = entries[-1]
            for cell in row:
                k = min(range(len(cells)), key=lambda i: abs((cells[i].x0 or 0) - (cell.x0 or 0)))
                cells[k] = replace(cells[k], text=f"{cells[k].text} {cell.text}")
            continue
        entries.append(list(row))
    return [(", ".join(c.text.strip() for c in cells), cells[0]) for cells in entries]


# Roles a table's role column may write once over a group of rows (not a chair's: one person)
GROUP_ROLES: tuple[Role, ...] = ("ledamot", "ersättare", "tjänsteperson", "övrig")


def _group_role_column(rows_: Sequence[Row]) -> float | None:
    """The x of a column, after the name's, that names each group's role once ("Anna Ek | S |
    Ledamot" / "Per Berg | M |" / "Sara Lind | S | Ersättare" / "Bo Kask | S |"), whatever
    the header calls it or with none: its cells are all role words, and each group's is
    written once.  None for any other table (a role for some rows only: "Ordförande")."""
    columns: dict[float, list[str]] = {}
    for row in rows_:
        for cell in row[1:]:
            if cell.x0 is None:
                continue
            x = next((k for k in columns if abs(k - cell.x0) <= SAME_COLUMN_PT), cell.x0)
            columns.setdefault(x, []).append(cell.text.strip().rstrip(":").casefold())
    for x, texts in columns.items():
        roles_ = [_inline_role_table().get(t.rstrip(".")) for t in texts]
        groups = [t for t, r in zip(texts, roles_, strict=True) if r in GROUP_ROLES]
        if (
            len(groups) >= 2
            and all(r is not None for r in roles_)
            and len(set(groups)) == len(groups)
            and len(texts) < sum(1 for row in rows_ if row and starts_entry(row[0].text))
        ):
            return x
    return None


def _name_cell_cut(name: Line, row: Row) -> bool:
    """A name cell wrapped inside its table row: the cell above ends in a particle ("Matilda
    af" / "Sandeberg"), which no name ends in, and the row's first cell is one name word."""
    words = name.text.rsplit(None, 1)
    return bool(
        len(words) == 2
        and words[-1] in PARTICLES
        and row
        and NAME_TOKEN.fullmatch(row[0].text.strip())
        and abs((row[0].x0 or 0.0) - (name.x0 or 0.0)) <= SAME_COLUMN_PT
    )


def _wrapped_label_rows(rows_: Sequence[Row]) -> set[int]:
    """Rows that read like a header ("ersättare för", "tjänstgörande") but are the wrapped rest
    of a cell in the table's body: right under a row of the body (no wider apart than a line is
    high), they leave its first column empty and each of their cells stands under a cell of the
    row above.  A cell wraps onto as many lines as its box needs, and each of them goes with
    its row."""
    out: set[int] = set()
    first: float | None = None  # the left edge of the body's first column
    above: Row | None = None  # the last row of the body, or of a cell's wrapped rest
    for k, row in enumerate(rows_):
        if not row or row[0].x0 is None or (roster_heading_like(row[0].text) and is_header_row(row[1:])):
            above = None
            continue  # "Beslutande | Namn | Parti": the heading beside the header opens no body
        if not is_header_row(row):
            first = row[0].x0 if first is None else min(first, row[0].x0)
            above = row
            continue
        if (
            first is not None
            and above is not None
            and row[0].x0 > first + SAME_COLUMN_PT
            and all(_wraps_under(cell, above) for cell in row)
        ):
            out.add(k)
            above = row
        else:
            above = None
    return out


def _wraps_under(cell: Line, above: Row) -> bool:
    """Whether a cell stands right under a cell of the row above: in its column, and no further
    below it than a line is high."""
    if cell.x0 is None or cell.top is None or cell.bottom is None:
        return False
    return any(
        o.x0 is not None
        and o.bottom is not None
        and abs(o.x0 - cell.x0) <= SAME_COLUMN_PT
        and 0 <= cell.top - o.bottom <= cell.bottom - cell.top
        for o in above
    )


@cache
def _seat_table() -> tuple[dict[str, Role], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """headings.yml `seat_presence`: (seat labels and their roles, presence labels, organisation
    labels, labels of the column naming the seat that attended, words for both seats), casefolded."""
    data = patterns.load("headings")["seat_presence"]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.casefold() for w in data[key])

    seats = {k.casefold(): v for k, v in data["seats"].items()}
    return seats, words("presence"), words("organization"), words("attended"), words("both")


def _paired_presence(
    rows_: Sequence[Row], spans: Sequence[tuple[float, float, str]]
) -> list[tuple[str, Line, Role | None]] | None:
    """The people of a table whose every seat column has a presence column of its own to its
    right ("Organisation | Ledamot | Närv. | Ersättare | Närv."), or whose one column names the
    seat that attended ("Ledamot | Ersättare | Deltog": ledamot, ersättare, båda, –): each seat's name with its row's
    organisation; a member whose presence column is empty was absent, a substitute whose column
    is empty was not called and is left out.  None for any other table."""
    seat_labels, presence_labels, organization_labels, attended_labels, both_seats = _seat_table()
    cols = sorted(spans)
    label = [lab.casefold().rstrip(".:") for _, _, lab in cols]
    pairs = [
        (cols[k], cols[k + 1], seat_labels[label[k]])
        for k in range(len(cols) - 1)
        if label[k] in seat_labels and label[k + 1] in presence_labels
    ]
    # "Organisation | Ledamot | Ersättare | Deltog": one column says which seat attended
    # ("ledamot", "ersättare", "båda", "–")
    seats = [(cols[k], seat_labels[lab]) for k, lab in enumerate(label) if lab in seat_labels]
    told = next((cols[k] for k, lab in enumerate(label) if lab in attended_labels), None)
    if len(pairs) < 2 and (len(seats) < 2 or told is None):
        return None
    org_x = next((x0 for (x0, _, _), lab in zip(cols, label, strict=True) if lab in organization_labels), None)
    edges = [x0 for x0, _, _ in cols]

    def column(cell: Line) -> int:
        """The header column a cell stands in: the last label starting at or left of it."""
        x = (cell.x0 or 0.0) + SAME_COLUMN_PT
        return max((k for k, e in enumerate(edges) if e <= x), default=0)

    out: list[tuple[str, Line, Role | None]] = []
    for row in rows_:
        by_column: dict[int, Line] = {}
        for cell in row:
            by_column.setdefault(column(cell), cell)
        org = by_column.get(edges.index(org_x)) if org_x is not None else None
        attended = by_column.get(cols.index(told)) if told is not None and len(pairs) < 2 else None
        said = seat_labels.get(attended.text.casefold().strip(" .")) if attended is not None else None
        both = attended is not None and attended.text.casefold().strip(" .") in both_seats
        for seat, mark, role in pairs if len(pairs) >= 2 else [(col, None, r) for col, r in seats]:
            person = by_column.get(cols.index(seat))
            if person is None or not starts_entry(person.text):
                continue
            if mark is None:
                present = both or said == role
            else:
                ticked = by_column.get(cols.index(mark))
                present = ticked is not None and _presence_of(ticked.text) is not False
            if not present and role == "ersättare":
                continue  # a substitute who did not come was not called: no one absent
            parts = [person.text, *([org.text] if org is not None else []), *([] if present else ["frånvarande"])]
            out.append((", ".join(parts), person, role))
    return out


def roster_entries(section: RosterSection) -> list[tuple[str, Line, Role | None]]:
    """A roster section -> one text per person, with the line it starts on and its role.

    Geometry first: lines on one row are cells.  Sub-headings side by side ("Ledamöter |
    Ersättare") or cells that each start with a name make columns, read one after the other;
    otherwise a row is one person's table row.  Then wrapped lines are rejoined and running text
    ("A, Kumla kommun; B, Nora kommun") is split into one entry per person.
    """
    all_rows = rows(section.lines)
    body = _wrapped_label_rows(all_rows)
    # "Per Berg (M)" / "ersättare": a lone role word in lower case under an entry is the end of
    # that entry (a header row's labels are capitalised, or stand beside each other)
    body |= {
        k
        for k, row in enumerate(all_rows)
        if k > 0 and len(row) == 1 and row[0].text.strip()[:1].islower() and len(all_rows[k - 1]) == 1
    }
    headers = [row for k, row in enumerate(all_rows) if is_header_row(row) and k not in body]
    spans = _label_spans(headers[0]) if headers else []
    labels = [(x0, label) for x0, _, label in spans]
    if headers and (paired := _paired_presence(all_rows[all_rows.index(headers[0]) + 1 :], spans)) is not None:
        return paired
    read: list[tuple[Row, dict[int, str]]] = [
        _read_ticks(row, spans)
        for k, row in enumerate(all_rows)
        if k in body
        or not (is_header_row(row) or (row and roster_heading_like(row[0].text) and is_header_row(row[1:])))
        # a group's label alone on its row under the header ("Namn | Parti" … "Ersättare" …):
        # no header of its own but the role of the rows below it (read_roster)
        or (headers and row is not headers[0] and len(row) == 1 and sub_label_role(row[0].text) is not None)
    ]
    presence_x = [x for x, label in labels if label in ("närvarande", "närvaro", "närv")]
    if any(label.rstrip(":") in _vote_labels() for _, label in labels):
        # "Ledamot | Parti | Närv | Ja | Nej | Avst": the marks under the answers are votes
        read = [
            (
                tuple(
                    c
                    for k, c in enumerate(row)
                    if k == 0 or (_column_label(c, labels) or "").rstrip(":") not in _vote_labels()
                ),
                marked,
            )
            for row, marked in read
        ]

    def in_presence(row: Row, marked: dict[int, str]) -> bool:
        """Whether a row writes its presence: a cell in the "Närvarande" column, or a mark in a
        tick column of presence ("Närvarande", "Frånvarande")."""
        return any(abs((c.x0 or 0.0) - presence_x[0]) <= SAME_COLUMN_PT for c in row[1:]) or any(
            _tick_columns()[label] in ("närvarande", "frånvarande") for label in marked.values()
        )

    def seat_ticked(marked: dict[int, str]) -> bool:
        """Whether the row's presence is a bare tick ("x" under "Närv"), no word of its own."""
        return any(_tick_columns()[label] == "närvarande" for label in marked.values())

    has_presence = bool(presence_x) and any(in_presence(row, marked) for row, marked in read)
    rows_ = []
    for row, marked in read:
        if (
            has_presence
            and len(row) > 1
            and not in_presence(row, marked)
            and (starts_entry(row[0].text) or _name_cell(row, labels) is not None)
        ):
            # a presence column ("Närvarande": x) left empty: the member was not there
            row = (*row, replace(row[-1], text="frånvarande", x0=presence_x[0]))
        # "Noor Fält | SD | Nej | Sune Greger (SD)": the substitute in an "Ersatt av" column is a
        # person of their own, an ersättare, on a row after the member's (a mark in a tick column
        # "Tjänstgörande ersättare" names nobody)
        substitutes = (
            [c for k, c in enumerate(row) if k not in marked and _substitute_cell(c, labels)] if len(row) > 1 else []
        )
        # a presence word there ("Frånvarande") is the member's own, no person
        said = [c for c in substitutes if _presence_of(c.text) is not None]
        substitutes = [c for c in substitutes if c not in said]
        row = tuple(c for c in row if c not in substitutes)
        if substitutes and row and not said and seat_ticked(marked):
            # a bare tick in the presence column of a row that names the substitute marks the
            # seat filled, as the row's votes are the sitter's ("Ledamot | Parti | Tjänstgörande
            # ersättare | Närv | Ja | Nej"): not the member's presence
            row = (row[0], *(c for c in row[1:] if c.text != "närvarande"))  # the tick, read as a word
            marked = {}
        if substitutes and row and not said and not (has_presence and in_presence(row, marked)):
            # a substitute serves only for a member who is not there: the member is absent
            row = (*row, replace(substitutes[0], text="frånvarande"))
        rows_.append(_without_replaced(_joined_name_cells(row, labels), labels))
        rows_.extend((replace(c, text=f"{c.text}, ersättare", x0=row[0].x0 if row else c.x0),) for c in substitutes)
    columns: list[tuple[list[Line], Role | None]] = []
    if section.columns:
        starts = sorted(section.columns)
        if section.org_column is not None:
            starts = sorted([*starts, (section.org_column, None)])
            rows_ = _with_row_organization(rows_, section.org_column)
        xs = [x for x, _ in starts]
        for k, (x, role) in enumerate(starts):
            if x == section.org_column:
                continue
            columns.append(([cell for row in rows_ for cell in row if column_of(cell, xs) == k], role))
    elif is_multi_column(rows_, starts_entry):
        xs = column_starts(rows_)
        party_k = _party_column(labels, xs)
        if party_k is not None:
            rows_ = [_with_row_party(row, xs, party_k) for row in rows_]
        for k in range(len(xs)):
            if k == party_k:
                continue
            cells = [cell for row in rows_ for cell in row if column_of(cell, xs) == k]
            columns.append((cells, _seat_column_role(labels, xs, k) or section.role))
    if columns:
        raw = [(_join_wrapped([(ln.text, ln) for ln in cells]), role) for cells, role in columns]
    else:
        table = any(len(row) > 1 for row in rows_)
        raw = [(_join_wrapped(_table_entries(rows_, header=bool(headers), labels=labels), table=table), section.role)]
    out: list[tuple[str, Line, Role | None]] = []
    for entries, section_role in raw:
        if sum(1 for text, _ in entries if ";" in text) * 2 >= max(1, len(entries)) and len(entries) > 1:
            # Running text wrapped over lines: the line breaks mean nothing, the semicolons do.
            entries = [(" ".join(text for text, _ in entries), entries[0][1])]
        for whole, line in entries:
            for text, role in _labelled_groups(whole, section_role):
                out.extend((piece, line, role) for piece in _running_pieces(text, role))
    return out


def _running_pieces(text: str, role: Role | None) -> list[str]:
    """One entry text per person of a roster line or running text, with what a leading
    organisation, party or plural role word ("… samt ersättarna Ola Ny och Eva Ek") gives them."""
    org, text = _organization_prefix(text)
    group, text = _party_prefix(text) if org is None else (None, text)
    if role == "justerare":
        text = without_substitute(text)  # "Anna Ek, ersättare Per Berg": one justerare
    carried: str | None = None  # "… samt ersättarna Ola Ny och Eva Ek": the role goes on
    pieces: list[str] = []
    for piece in split_entries(text):
        plural = _plural_lead(piece)
        if plural is not None:
            carried = plural
        elif carried is not None and _leading_role(piece)[0] is None:
            piece = f"{piece}, {carried}"
        if group and not PARTY.search(piece):
            piece = f"{piece}, {group}"
        pieces.append(f"{piece}, {org}" if org else piece)
    return pieces


def _labelled_groups(text: str, role: Role | None) -> list[tuple[str, Role | None]]:
    """Running text whose groups a label opens after a semicolon ("Närvarande: A (S), B (M);
    suppleanter: C (S); dessutom deltog D, förbundsdirektör"): each group with the role its
    label gives, the first with the section's; a group with no label goes on with the role before it."""
    if ";" not in text:
        return [(text, role)]
    from .segment import roster_heading  # the headings' reader, which reads rosters with this module

    groups: list[tuple[str, Role | None]] = []
    for chunk in re.split(r";\s*", text):
        chunk = chunk.strip()
        head = roster_heading(chunk[:1].upper() + chunk[1:]) if groups and chunk else None
        if head is not None and head[2]:
            groups.append((head[2], head[1] or role))
        elif groups:
            groups.append((chunk, groups[-1][1]))
        else:
            groups.append((chunk, role))
    return groups


@cache
def _party_labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.load("headings")["party_labels"])


def _party_column(labels: Sequence[tuple[float, str]], xs: Sequence[float]) -> int | None:
    """The page column a header labels as the seats' party ("Parti | Ledamöter | Ersättare"), or None."""
    for x0, label in labels:
        if label.rstrip(":").casefold() in _party_labels():
            return column_of(Line(text=label, page=0, x0=x0), xs)
    return None


def _with_row_party(row: Row, xs: Sequence[float], party_k: int) -> Row:
    """A row of seats side by side with its party cell read into each of its people ("S | Anna
    Ek | Sara Lind": both of S), not as a party's group heading over the names below it."""
    party = [c for c in row if column_of(c, xs) == party_k]
    if len(party) != 1 or (code := party_group(party[0].text)) is None:
        return row
    return tuple(replace(c, text=f"{c.text} ({code})") for c in row if c is not party[0])


def _seat_column_role(labels: Sequence[tuple[float, str]], xs: Sequence[float], k: int) -> Role | None:
    """The seat a header's label gives the names of page column `k` ("Parti | Ledamöter |
    Ersättare": the member and the substitute of each seat side by side), or None."""
    for x0, label in labels:
        if column_of(Line(text=label, page=0, x0=x0), xs) != k:
            continue
        role = _inline_role(label.rstrip(":")) or sub_label_role(label.rstrip(":").capitalize())
        if role in ("ledamot", "ersättare"):
            return role  # type: ignore[return-value]
    return None


def _with_row_organization(rows_: Sequence[Row], org_x: float) -> list[Row]:
    """Rows of a grid with an organisation column: each person's cell gets the organisation of
    its row, or of the row above where the cell is empty (a second member of the same one)."""
    out: list[Row] = []
    org: str | None = None
    for row in rows_:
        in_column = [c for c in row if c.x0 is not None and abs(c.x0 - org_x) <= SAME_COLUMN_PT]
        if in_column:
            org = canonical_organization(in_column[0].text)
        out.append(tuple(c if c in in_column or not org else replace(c, text=f"{c.text}, {org}") for c in row))
    return out


@cache
def _plural_role_leads() -> tuple[str, ...]:
    return tuple(sorted((w.casefold() for w in patterns.load("headings")["plural_role_leads"]), key=len, reverse=True))


def _plural_lead(piece: str) -> str | None:
    """ "ersättarna Ola Ny (C)" -> "ersättare": the role a plural lead word gives the entries from
    it on (headings.yml `plural_role_leads`, read as `inline_roles`), or None."""
    folded = piece.strip().casefold()
    for word in _plural_role_leads():
        if folded.startswith(word + " "):
            return _inline_role(word)
    return None


def _party_prefix(text: str) -> tuple[str | None, str]:
    """ "S: Anna Ek, Per Berg", "Moderaterna: Ola Ny" -> the party of everyone on the line (its
    code), and the rest of the line."""
    m = _ORG_PREFIX.match(text)
    if m is None or not starts_entry(m.group("rest")):
        return None, text
    label = m.group("org").strip()
    code = _party_by_fold().get(label.casefold()) or _party_groups().get(label.casefold())
    if code is None or code in ("-", "–"):
        return None, text
    return code, m.group("rest")


def _organization_prefix(text: str) -> tuple[str | None, str]:
    """ "Örebro kommun: Einar Nordgren (KD), vice ordförande, Lo Ek (S)" -> the organisation
    that everyone on the line represents, and the rest of the line."""
    m = _ORG_PREFIX.match(text)
    if (
        m
        and (known_organization(m.group("org")) or ORG_WORDS.search(m.group("org")))
        and not looks_like_name(m.group("org"))
    ):
        return canonical_organization(m.group("org")), m.group("rest")
    return None, text


@cache
def _guest_headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in patterns.load("headings")["guest_headings"])


def _is_guest_heading(heading: str) -> bool:
    return heading.strip().rstrip(":").casefold() in _guest_headings()


@cache
def _co_opted_headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in patterns.load("headings")["co_opted_headings"])


def _is_co_opted_heading(heading: str) -> bool:
    return heading.strip().rstrip(":").casefold() in _co_opted_headings()


# A roster writes family names first ("Lindvall Mikael, ordförande", no comma between) when at
# least this many of its names end in a known given name, and that form wins by this share.
FAMILY_FIRST_MIN = 3
FAMILY_FIRST_SHARE = 2 / 3


def family_first_roster(
    sections: Sequence[RosterSection], entries: Sequence[Sequence[tuple[str, Line, Role | None]]] | None = None
) -> bool:
    """Checkbox grids ("[X] Lindvall Mikael, ordförande") write the family name first, and so
    does a roster most of whose names (read as written) end in a known given name and do not
    start with one ("Forsman Nils", "Lindblad Dagny"); the names it does not know follow them."""
    if sum(1 for s in sections for ln in s.lines if CHECKBOX.match(ln.text)) >= 3:
        return True
    given = patterns.words("given_names")
    votes: Counter[str] = Counter()
    for section_entries in entries if entries is not None else [roster_entries(s) for s in sections]:
        for text, _, _ in section_entries:
            # the name as written: what stands before the first comma or bracket
            tokens = [t for t in re.split(r"[,(]", BULLET.sub("", text), maxsplit=1)[0].split() if NAME_TOKEN.match(t)]
            if len(tokens) < 2 or len(tokens) > 4:
                continue
            first, last = tokens[0].casefold() in given, tokens[-1].casefold() in given
            if first != last:
                votes["family_first" if last else "given_first"] += 1
    decided = votes["family_first"] + votes["given_first"]
    return votes["family_first"] >= FAMILY_FIRST_MIN and votes["family_first"] >= FAMILY_FIRST_SHARE * decided


# "ledamot" written in a roster's entries: the roster writes every seat's function (a chair is
# marked in any roster, so "ordförande" says nothing of the others); SEAT_WORD marks a seat.
MEMBER_WORD = re.compile(r"\bledamot\b", re.I)
SEAT_WORD = re.compile(r"\b(?:ledamot|ordinarie|ordförande|ordf|ersättare)\b", re.I)


def continued_tables(sections: Iterable[RosterSection]) -> list[RosterSection]:
    """A roster table that goes on over a page under its repeated header row ("Ersättare | Parti |
    Närvarande" again at the top of the next page) is one table: its columns and the marks of its
    presence column are read as the first page's header row places them."""
    out: list[RosterSection] = []
    for section in sections:
        prev = out[-1] if out else None
        if (
            prev is not None
            and section.lines
            and prev.lines
            and (section.heading, section.role, section.columns, section.absent)
            == (prev.heading, prev.role, prev.columns, prev.absent)
            and section.lines[0].page > prev.lines[-1].page
            and is_header_row(rows(section.lines)[0])
            and is_header_row(rows(prev.lines)[0])
        ):
            out[-1] = replace(prev, lines=prev.lines + section.lines)
            continue
        out.append(section)
    return out


CHAIRS = ("ordförande", "vice ordförande")


def chairs_apart(signers: Sequence[RosterSection]) -> list[RosterSection]:
    """A signature box's sections with the chair's signature apart from the justerare's: the
    chair and the justerare sign under one "Justeras", so an entry there that states a chair's
    role ("Anna Ek, ordförande") is the chair's (a section of its own, each entry its own role),
    not a justerare's."""
    out: list[RosterSection] = []
    for section in signers:
        chairs = [
            ln
            for ln in section.lines
            if section.role == "justerare" and (p := parse_person_line(ln.text, None)) is not None and p.role in CHAIRS
        ]
        if not chairs:
            out.append(section)
            continue
        rest = tuple(ln for ln in section.lines if all(ln is not c for c in chairs))
        if rest:
            out.append(replace(section, lines=rest))
        out.append(RosterSection(heading=section.heading, role=None, lines=tuple(chairs)))
    return out


def without_chair_as_justerare(people: Sequence[Participant], signers: Sequence[RosterSection]) -> list[Participant]:
    """`people` without a justerare entry that a signature box alone gave the meeting's chair:
    "Justeras" / "Anna Ek" / "Ola Ny" is signed by the chair and the justerare, and the chair
    adjusts the minutes as the chair (the one entry, ordförande, is kept)."""
    signed = {
        p.name
        for section in signers
        if section.role == "justerare"
        for ln in section.lines
        if (p := parse_person_line(ln.text, "justerare")) is not None
    }
    chairs = {p.name for p in people if p.role == "ordförande"}
    return [p for p in people if not (p.role == "justerare" and p.name in chairs and p.name in signed)]


def read_roster(
    sections: Iterable[RosterSection],
    *,
    default_org: str | None = None,
    doc_id: str = "",
    owner: str | None = None,
) -> tuple[list[Participant], list[Participant]]:
    """(participants, absent) of every roster section, in document order; one per (person, role).

    An official whose job title makes them the secretary ("nämndsekreterare"), or who is marked
    the secretary among the officials ("Kim Ek, utredare (antecknare)"), is both a tjänsteperson
    and the sekreterare.  People under "Frånvarande"/"Anmält förhinder", or marked
    absent in a presence column, are returned apart: they did not take part.
    """
    sections = continued_tables(sections)
    entries_of = [roster_entries(section) for section in sections]
    family_first = family_first_roster(sections, entries_of)
    people: list[Participant] = []
    absent: list[Participant] = []
    # members with their parties: an entry with a job title and none among them is an official
    political = sum(1 for entries in entries_of for text, _, _ in entries if PARTY.search(text)) >= POLITICAL_MIN
    for section, entries in zip(sections, entries_of, strict=True):
        # "Namn | Organisation | Funktion" with "ledamot" written for the members: a row whose
        # function is a job title instead is no member but an official or a guest
        members_marked = section.role is None and sum(1 for text, _, _ in entries if MEMBER_WORD.search(text)) >= 2
        group: str | None = None  # "Moderaterna" standing alone: the party of the entries under it
        org_group: str | None = None  # "Kumla kommun" standing alone: the organisation of those under it
        label: str | None = None  # a label inside the section over the entries below it
        partied = political and section.role in (None, "ledamot")
        for text, line, role in entries:
            if (code := party_group(text)) is not None:
                group = code
                continue
            if (org := organization_group(text)) is not None:
                org_group = org
                continue
            if label is not None:
                role = None if label == "absent" else label  # type: ignore[assignment]
            p, named = parse_entry(
                text,
                role,
                # In a checkbox-grid document every roster writes the family name first,
                # except the signature block, which is read elsewhere.
                family_first=family_first and section.role not in ("justerare",),
                default_org=org_group or section.organization or default_org,
            )
            if p is None:
                if section.role not in ("justerare", "sekreterare") and (found := sub_label_role(text)) is not None:
                    label = found
                continue
            if family_first and section.role == "justerare":
                # the justerare sits on the roster above: the name as written there, either way round
                turned = parse_person_line(
                    text, role, family_first=True, default_org=section.organization or default_org
                )
                if turned is not None and any(q.name == turned.name for q in people):
                    p = turned
            p = replace(p, doc_id=doc_id, page=line.page, quote=text, party=p.party or group)
            if section.absent or label == "absent" or p.present is False and not CHECKBOX.match(text):
                absent.append(p)
                continue
            if members_marked and p.role == "ledamot" and p.title and not SEAT_WORD.search(text):
                kind = organization_kinds().get(p.organization or "")
                p = replace(p, role="tjänsteperson" if kind in (None, "region", "kommun") else "övrig")
            if (
                partied
                and label is None
                and p.role == "ledamot"
                and not named
                and p.party is None
                and _official_title(p.title)
            ):
                # "Jenny Falk, kommundirektör" among "Anna Ek (S)", "Per Berg (M)": the officials
                # under a label the roster did not read as theirs
                guest = bool(p.organization and guest_organization(p.organization))
                p = replace(p, role="övrig" if guest else "tjänsteperson")
            if (
                p.role == "tjänsteperson"
                and section.role == "övrig"
                and _is_guest_heading(section.heading)
                and not (owner and p.organization == owner and _is_co_opted_heading(section.heading))
            ):
                # "Inbjudna", "Gäster": guests, whatever their title; "Adjungerade": the
                # publisher's own officials co-opted to the meeting stay officials
                p = replace(p, role="övrig")
            if (function := _auditor_headings().get(section.heading.casefold())) is not None:
                p = replace(p, role="övrig", title=function)  # "Lekmannarevisor" / "Erik Ek, utsedd av …"
            if p.role == "sekreterare" and section.role == "tjänsteperson":
                # "Kim Ek, utredare (antecknare)" among the officials: an official who kept the minutes
                # (among "Övriga närvarande", "Lisa Ek, sekreterare" is the secretary only: the
                # golden files and the real protocols' gold)
                people.append(replace(p, role="tjänsteperson"))
            people.append(p)
            if p.role == "tjänsteperson" and is_secretary_title(p.title):
                people.append(replace(p, role="sekreterare"))
            people.extend(replace(p, role=r) for r in _functions_beside(p, named, section))
            if section.role == "sekreterare":
                break  # one secretary; in a letterhead the rest of the column is address
    return dedupe(people), dedupe(absent)


def secretary_holds_no_seat(people: Sequence[Participant], front: Sequence[RosterSection]) -> list[Participant]:
    """`people` with the secretary that a roster label before the items names ("Antecknare:
    Lisa Ek", `front`), listed among the members too with a job title and no party ("Lisa Ek,
    utredare, Region Örebro län"), an official who kept the minutes, not a member: tjänsteperson,
    not ledamot.  (A member who signs the notes at their end took them as a member.)"""
    secretaries = {
        name_key(p.name)
        for section in front
        if section.role == "sekreterare"
        for ln in section.lines
        if (p := parse_person_line(ln.text, "sekreterare")) is not None
    }
    return [
        replace(p, role="tjänsteperson")
        if p.role == "ledamot" and p.party is None and _official_title(p.title) and name_key(p.name) in secretaries
        else p
        for p in people
    ]


# A roster names the members' parties when at least this many of its entries have one in brackets
POLITICAL_MIN = 3


def _official_title(title: str | None) -> bool:
    """ "kommundirektör", "ekonomichef": an official's job title, not an elected one ("regionråd")."""
    return bool(title) and _is_job_title(title or "") and not re.search(_ELECTED_TITLES, title or "", re.I)


@cache
def _label_stems() -> tuple[tuple[str, str], ...]:
    """(stem, role or "absent") of headings.yml `unknown_heading_stems`, without the stems that
    leave each entry its own role."""
    table = patterns.load("headings")["unknown_heading_stems"]
    return tuple((stem, key) for key, stems in table.items() if key != "each_line" for stem in stems)


# A label: a capitalised word, then lower-case words (and a qualifier in brackets), maybe a colon
LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö.-]*(?:\s+\(?[a-zåäö][\wåäö.-]*\)?){0,6}\s*:?$")


LABEL_QUALIFIER = re.compile(r"\s+(?:för|i|som|med|från|vid)\s+|\s*\(")


def sub_label_role(text: str) -> str | None:
    """The role a label inside a roster section gives the entries below it, "absent" for a list
    of who was not there, None for a line that is no such label: "Närvarande ersättare (ej
    tjänstgörande)" (ersättare), "Övriga ersättare" (the head noun, last, wins), "Tjänstgörande
    ersättare för frånvarande ledamöter" (ersättare: what qualifies it does not count),
    "Frånvarande ledamöter" (absent).

    >>> sub_label_role("Närvarande ersättare (ej tjänstgörande)"), sub_label_role("Ej närvarande ledamöter")
    ('ersättare', 'absent')
    >>> sub_label_role("Tjänstgörande ersättare för frånvarande ledamöter"), sub_label_role("Övriga ersättare")
    ('ersättare', 'ersättare')
    >>> sub_label_role("Anna Ek (S)"), sub_label_role("Övriga närvarande tjänstemän")
    (None, 'tjänsteperson')
    """
    text = BULLET.sub("", text).strip()
    if not LABEL.match(text):
        return None
    # the head noun comes last, before what qualifies it ("… för frånvarande ledamöter", "(ej …)")
    folded = LABEL_QUALIFIER.split(text.casefold())[0]
    found = [(folded.rfind(stem), key) for stem, key in _label_stems() if stem in folded]
    if any(key == "absent" for _, key in found):
        return "absent"
    return max(found)[1] if found else None


@cache
def _auditor_headings() -> dict[str, str]:
    return {h.casefold(): f for h, f in patterns.load("headings")["auditor_headings"].items()}


def _functions_beside(p: Participant, named: Sequence[Role], section: RosterSection) -> list[Role]:
    """The roles besides `p.role` that a roster entry gives its person: the justerare among the
    members ("Kalle Ek (S), justerare" under "Ledamöter": a ledamot and the justerare), the seat
    of a justerare named with it ("Justerare: Per Berg (M), vice ordförande"), the secretary
    among the officials ("Lo Ek, administrativ chef, sekreterare": an official who kept the minutes)."""
    if "justerare" in named and p.role in SEATS:
        return ["justerare"]
    if "sekreterare" in named and p.role == "tjänsteperson":
        return ["sekreterare"]
    if p.role != "justerare":
        return []
    if seats := [r for r in named if r in SEATS]:
        return [next((r for r in seats if r != "ledamot"), seats[0])]
    if section.role in ("ledamot", "ersättare"):
        # "Bo Ek (S), justerare" under "Ersättare"; not under a chair's caption, which a
        # signature box prints over the chair's name as well as over a justerare's
        return [section.role]
    attendance = patterns.load("headings")["unknown_heading_stems"]["each_line"]
    if section.role is None and any(stem in section.heading.casefold() for stem in attendance):
        return ["ledamot"]  # under "Beslutande", "Närvarande": a member
    return []


def parse_roster(
    sections: Iterable[RosterSection], *, default_org: str | None = None, doc_id: str = ""
) -> list[Participant]:
    """Participants of every roster section, in document order; one per (person, role)."""
    return read_roster(sections, default_org=default_org, doc_id=doc_id)[0]


def dedupe(people: Iterable[Participant]) -> list[Participant]:
    """One entry per (person, role, body): a signature repeating the roster adds nothing, and
    within one document "Marlene Lindgren" (an OCR'd signature) is the roster's "Marléne
    Lindgrén".  A joint meeting's rosters may each list one person who sits on both bodies."""
    seen: dict[tuple[str, Role, str | None], int] = {}
    first_of: dict[tuple[str, Role], tuple[str, Role, str | None]] = {}  # the first key seen per (name, role)
    out: list[Participant] = []
    for p in people:
        key = (anyascii(name_key(p.name)), p.role, p.body)
        if key not in seen and p.body is None:  # a signature: the roster entry of any body
            key = first_of.get(key[:2], key)
        if key in seen:
            old = out[seen[key]]
            out[seen[key]] = replace(old, organization=old.organization or p.organization, title=old.title or p.title)
            continue
        seen[key] = len(out)
        first_of.setdefault(key[:2], key)
        out.append(p)
    return out


def _member_stood_in_for(text: str) -> str | None:
    """ "Olle Berg (S)" after "tjänstgörande ersättare för": the member's name, given name first."""
    text = PARTY.sub("", text).split(",")[0].strip().rstrip(".")
    text = re.sub(r"\s*\([^()]*\)\s*", " ", text).strip()
    return recase_name(text) if looks_like_name(text) else None  # "PER BERG": "Per Berg"


@lru_cache(maxsize=1 << 16)  # resolving people compares every pair of names: each folded once
def name_key(name: str) -> str:
    """A name folded for comparison: case, whitespace and hyphens do not count ("Ann Sofie" is
    "Ann-Sofie").

    >>> name_key("Ann-Sofie  Bergström") == name_key("ann sofie bergström") == name_key("Ann - Sofie Bergström")
    True
    """
    return " ".join(re.sub(r"[-‐‑–]", " ", name).split()).casefold()


def find_vacant_seats(sections: Iterable[RosterSection], doc_id: str = "") -> list[VacantSeat]:
    """Seats the roster lists as empty: "Vakant, RF-SISU" under "Ersättare:"."""
    out = []
    for section in sections:
        for line in section.lines:
            text = BULLET.sub("", line.text).strip()
            if text.casefold().startswith("vakant"):
                org = text.split(",", 1)[1].strip() if "," in text else None
                out.append(
                    VacantSeat(
                        role=section.role or "ledamot",
                        organization=canonical_organization(org),
                        doc_id=doc_id,
                        page=line.page,
                        quote=text,
                    )
                )
    return out
