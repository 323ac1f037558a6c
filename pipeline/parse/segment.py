"""Pages -> front matter, roster sections and agenda items.

Items are found as the longest run of increasing item numbers ("1." … "16.", "§ 101" …,
"39 §" …), so a numbered list inside an item, a table of contents with dot leaders or a
running header that repeats the current § never starts a new item.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache

from .. import patterns
from ..records import ItemBlock, Line, Role, RosterSection, Segments
from .bodies import body_kind
from .dnr import normalize_dnr
from .layout import SAME_COLUMN_PT, SAME_ROW_PT, linearize_agenda_tables, page_column_order, rows, text_column_order
from .organizations import all_organizations, known_organization
from .people import (
    is_given_name,
    is_header_row,
    job_title_label,
    looks_like_name,
    parse_person_line,
    party_group,
    split_entries,
    starts_entry,
    vice_chair_forms,
)
from .text import by_first_letter, list_marker_kind, strip_list_marker
from .votes import option_of_label

# The numbering styles of Swedish protocols, one pattern each; a document uses one of them.
# Named parts: an optional label word before the number, the number, and the title.
# "§ 5 Title", "§ 5. Title", "§ 5 – Title"; "§ 5." and "Ärende 5:" alone, the title under them
_TITLE = r"(?:\s*[.:]?\s+(?:[–-]\s+)?(?P<title>\S.*)|\s*[.:])?$"
# "KS § 45", "Ks 45", "SN 12": a body's short name before the number (2–5 letters, not a word
# such as "Box" or "Sida" that also stands before numbers).
_BODY_ABBREVIATION = (
    r"(?!(?i:box|sida|tel|dnr|nr|rum|sal|kl|plan|år|bil|och|samt|enl|jfr|se|datum|tid|plats|vecka|v)\b)"
    r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}"
)
# "§ 47 a", "§ 47a", "47 a §": an item added at the meeting between § 47 and § 48, the letter
# part of its number (a small letter alone, never a title's first word).
_LETTER = r"(?:\s?(?P<letter>[a-h])(?=\s|$|\.))?"
# "§ 12/25", "§ 12/2025": a company's or förbund's § numbered within its year, the year after a
# slash (never a case number's "2024/123": the number comes first and the year is two or four digits).
_OF_YEAR = r"(?:/(?:19|20)?\d\d)?"
ITEM_STYLES: dict[str, re.Pattern[str]] = {
    # "5.", "5)", "Punkt 5.", "Ärende 7:", "Punkt 7" — and "5." alone on its line
    "numbered": re.compile(
        r"^(?:(?:punkt|ärende|p)\.?\s+)?\(?(\d{1,3})\s?[.)](?:\s+(?:[–-]\s+)?(?P<title>\S.*))?$", re.I
    ),
    # "Ärende 7", "Punkt nr 7", "Ärende nr. 7", "Nr 7"
    "labelled": re.compile(r"^(?:(?:punkt|ärende|ärendenummer)(?:\s+nr\.?)?|nr\.?)\s*(\d{1,3})\b" + _TITLE, re.I),
    # "§ 101", "§101", "KS § 45", "Paragraf 45"; "§ 12/25", "§ 12/2025": numbered within the year
    "paragraph": re.compile(
        r"^(?:"
        + _BODY_ABBREVIATION
        + r"\s+)?(?:§|[Pp]aragraf\b)\s*(\d{1,4})"
        + _OF_YEAR
        + r"(?![\d/-])"
        + _LETTER
        + _TITLE
    ),
    # "39 §", "40§ Val av protokolljusterare" (Finland-Swedish)
    "finnish": re.compile(r"^(\d{1,4})" + _LETTER + r"\s*§\.?(?:\s+(?P<title>\S.*))?$"),
    # "Ks 45 Budget" — the body's short name and the number
    "abbreviated": re.compile(r"^" + _BODY_ABBREVIATION + r"\s+(\d{1,4})(?![\d/.:-])" + _TITLE),
    # "5 Mötets öppnande": the number and a capitalised title, no punctuation between
    # (and the number alone on its line, the title on the next)
    "bare": re.compile(r"^(\d{1,3})(?:\s+(?:[–-]\s+)?(?P<title>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ-]*(?:\s.*)?))?$"),
}
# Headings of a table of contents: its entries repeat the items' numbers but are not items.
# "Dagordning" heads a list of the items too, but it is a table of contents only when the
# numbers it lists come again below (see `_toc_span`).
TOC_HEADING = re.compile(
    r"^(?:ärendelista|ärendeförteckning|innehållsförteckning|innehåll|förteckning över ärenden|"
    r"föredragningslista|dagordning|paragrafförteckning|förteckning över paragrafer|ärenden|behandlade ärenden|"
    r"agenda|ärendeöversikt)\s*:?$",
    re.I,
)
DOT_LEADERS = re.compile(r"(?:\.\s?){5,}|…{2,}|_{5,}")
DIGIT = re.compile(r"\d")  # what every style's number is made of
# After an item's number at the start of its title: "§" as OCR misreads it ("228 Budget" for "22 §").
MISREAD_SECTION_SIGN = re.compile(r"\s?[8$§S5]\s+")


def has_dot_leaders(text: str) -> bool:
    """Whether `text` has dot leaders; counting the characters first spares the search on the
    lines (most) with fewer than five dots, two ellipses or five underscores."""
    may = text.count(".") >= 5 or text.count("…") >= 2 or text.count("_") >= 5
    return may and DOT_LEADERS.search(text) is not None


# A case number printed alone above an item's heading: "NKBY/497/12.03.01/2022", "KS 2024/123".
CASE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}/\d+/[\d.]+/\d{4}|[A-ZÅÄÖ]{2,4}\s?\d{4}/\d{1,5})$")
# "Lokalförsörjningsplan (KS 2024/213)": the case number after the title, in brackets.
CASE_IN_BRACKETS = re.compile(
    r"\s*\((?:dnr\.?\s*)?(?P<dnr>[A-ZÅÄÖ]{1,6}\s?\d{2,4}[/.:-]\d{1,6}(?:[/.:-]\d+)*)\)$", re.I
)
# "KS 2024/12 Budget 2026", "NKBY/497/12.03.01/2022 Budget": a case number before an item's title.
CASE_BEFORE_TITLE = re.compile(
    r"^(?P<dnr>[A-ZÅÄÖ]{2,6}/\d+/[\d.]+/\d{4}|[A-ZÅÄÖ]{2,4}\s?\d{4}/\d{1,5})\s+"
    r"(?:[–-]\s+)?(?P<title>[A-ZÅÄÖ].*)$"
)
DNR = re.compile(r"^(?:Dnr|Diarienr|Diarienummer|Dnr\.|Ärendenr|Ärendenummer)[:.]?\s*(?P<dnr>\S.*)$", re.I)
# A title line that ends like this goes on on the next line.
CONTINUES = re.compile(
    r"(?:\b(?:och|i|för|av|till|med|om|mellan|samt|på|inom|från|kring|vid|det|den|de|en|ett)|[-–,])$", re.I
)  # in capitals too: "YTTRANDE ÖVER REMISS FRÅN" / "REGION ÖREBRO LÄN"


@cache
def _continued_words() -> str:
    words = sorted(patterns.load("headings")["continued"], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _continuation() -> re.Pattern[str]:
    """ "(forts.)", "forts", ", fortsättning": the title of a heading that only says its item
    goes on from the page before."""
    return re.compile(rf"^[,:–-]?\s*[(\[]?(?:{_continued_words()})[)\]]?\.?$", re.I)


_COMMA_AFTER_NUMBER = re.compile(r"(?<=\d),\s+")


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def is_continuation(text: str) -> bool:
    """True for a line that repeats an item's number to say it goes on: "§ 12 (forts.)",
    "Punkt 3, forts.", "forts. § 12" (a running marker, neither a heading nor text).

    >>> is_continuation("§ 12 (forts.)"), is_continuation("12 § forts"), is_continuation("§ 12 Budget")
    (True, True, False)
    >>> is_continuation("Budget 2026 (forts.)"), is_continuation("Budget 2026, forts."), is_continuation("Budget")
    (True, True, False)
    """
    text = _COMMA_AFTER_NUMBER.sub(" ", text.strip())  # "Punkt 12, forts."
    if not _continued_word().search(text):
        return False  # most lines: no pattern below is tried
    lead = re.match(rf"^[(\[]?(?:{_continued_words()})[)\]]?\.?\s+(?P<rest>\S.*)$", text, re.I)
    if lead:  # "forts. § 12", "Fortsättning § 12"
        text = lead.group("rest")
        return any((m := p.match(text)) is not None and not m.group("title") for p in ITEM_STYLES.values())
    for pattern in ITEM_STYLES.values():
        m = pattern.match(text)
        if m and m.group("title") and _continuation().match(m.group("title").strip()):
            return True
    # "Budget 2026 (forts.)", "12. Budget 2026, forts.": the title said again, marked as going on
    return len(text.split()) <= CONTINUED_TITLE_MAX_WORDS and bool(_continued_title().search(text))


# A title repeated with a continuation mark has at most this many words.
CONTINUED_TITLE_MAX_WORDS = 16


@cache
def _continued_word() -> re.Pattern[str]:
    """A continuation word anywhere: what each way of marking a line as going on holds."""
    return re.compile(_continued_words(), re.I)


@cache
def _continued_title() -> re.Pattern[str]:
    return re.compile(rf"\S(?:(?:\s*,\s*|\s+[(\[])(?:{_continued_words()})[)\]]?\.?|\s+forts\.?)$", re.I)


@dataclass(frozen=True)
class _Candidate:
    index: int
    number: int
    title: str | None
    dnr: str | None
    printed: str | None = None  # the number as printed ("05"), when it is not str(number)
    rest: str | None = None  # a run-in heading's line after its title: the item's first text
    letter: str = ""  # "§ 47 a": the letter of an item added after § 47 ("" for most)


@cache
def composed_headings() -> tuple[dict[str, Role | None], tuple[str, ...]]:
    """Roster headings composed of a presence word and a noun, in either order: those of people
    who were there ("Närvarande suppleanter": ersättare, "Ledamöter närvarande": ledamot) and
    those of people who were not ("Frånvarande styrelseledamöter").

    >>> present, absent = composed_headings()
    >>> present["Närvarande suppleanter"], present["Medlemmar"], "Ledamöter frånvarande" in absent
    ('ersättare', 'ledamot', True)
    """
    table = patterns.load("headings")["composed"]
    present: dict[str, Role | None] = {noun.capitalize(): table["nouns"][noun] for noun in table["alone"]}
    absent: list[str] = []
    for noun, role in table["nouns"].items():
        for word in [*table["present"], *table["present_not_serving"], *table["absent"]]:
            not_serving = word in table["present_not_serving"]
            if not_serving and role not in ("ledamot", "ersättare"):
                continue
            heading_role: Role | None = "ersättare" if not_serving else role
            for heading in (f"{word} {noun}", f"{noun} {word}"):
                heading = heading.capitalize()
                if word in table["absent"]:
                    absent.append(heading)
                else:
                    present[heading] = heading_role
    # "Närvarande ledamöter och ersättare": two nouns of seats joined; each line says its role
    seats = [noun for noun, role in table["nouns"].items() if role in ("ledamot", "ersättare") and " " not in noun]
    for first in seats:
        for second in seats:
            if table["nouns"][first] == table["nouns"][second]:
                continue
            for joiner in table["joiners"]:
                pair = f"{first} {joiner} {second}"
                present[pair.capitalize()] = None
                for word in table["present"]:
                    present[f"{word} {pair}".capitalize()] = None
                for word in table["absent"]:
                    absent.append(f"{word} {pair}".capitalize())
    return present, tuple(absent)


@cache
def _roster_headings() -> list[tuple[str, Role | None]]:
    table = patterns.load("headings")
    headings = {
        # "1:a vice ordförande", "V. ordf." as a function label over or beside a name
        **{form.capitalize(): "vice ordförande" for form in vice_chair_forms()},
        **composed_headings()[0],
        **table["roster"],
        **table["roster_abbreviated"],
        **{k: v for k, v in table["letterhead_roles"].items()},
    }
    return sorted(headings.items(), key=lambda kv: len(kv[0]), reverse=True)


@cache
def _roster_end() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["roster_end"])


@cache
def _signatures() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["signatures"])


@cache
def _heading_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, Role | None]]]:
    """One pattern for "Heading:" / "Heading: rest", one for "Heading Rest" (no colon), and the
    headings by their casefolded text; longer headings are tried first."""
    headings = _roster_headings()
    names = by_first_letter([h for h, _ in headings])
    by_key = {h.casefold(): (h, role) for h, role in headings}
    return (
        re.compile(rf"^(?P<h>{names})(?:\s*:\s*|\s*$|(?=,\s*[A-ZÅÄÖ]))(?P<rest>.*)$", re.I),
        re.compile(rf"^(?P<h>{names})\s+(?P<rest>\S.*)$", re.I),
        by_key,
    )


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def roster_heading(text: str) -> tuple[str, Role | None, str] | None:
    """(heading, role, rest of line) if `text` opens a roster section, e.g. "Ledamöter:"."""
    with_colon, bare, by_key = _heading_patterns()
    text = text.strip()
    bracketed = _bracketed_heading(text)
    if bracketed is not None:
        return bracketed
    m = with_colon.match(text)
    if m:
        heading, role = by_key[m.group("h").casefold()]
        return heading, role, m.group("rest").strip()
    if (before_name := _before_name_heading(text)) is not None:
        return before_name
    # "Ej tjänstgörande ersättare Linda Fransson (C)": a label and its first entry on one
    # baseline, no colon — a heading only when what follows is a person.
    m = bare.match(text)
    if m:
        heading, role = by_key[m.group("h").casefold()]
        if heading in patterns.load("headings")["roster_abbreviated"]:
            return None  # "Ordf. Anna Ek (S)": an entry with its role before the name
        rest = _heading_copula().sub("", m.group("rest"))  # "Närvarande var Anna Ek (S), …"
        if text[:1].isupper() and parse_person_line(rest, role) is not None:
            return heading, role, rest.strip()
    # A letterhead label row: "Tjänsteställe Sekreterare" (two labels on one line).
    words = text.split()
    if 2 <= len(words) <= 3 and _is_letterhead_label(words[0]):
        for w in words[1:]:
            role = patterns.load("headings")["letterhead_roles"].get(w.capitalize())
            if role:
                return w, role, ""
    return None


@cache
def _heading_copula() -> re.Pattern[str]:
    words = sorted(patterns.load("headings")["heading_copulas"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+(?=[A-ZÅÄÖ])")


@cache
def _before_name_labels() -> tuple[re.Pattern[str], dict[str, tuple[str, Role | None]]]:
    table = patterns.load("headings")["roster_before_name"]
    names = "|".join(re.escape(h) for h in sorted(table, key=len, reverse=True))
    return re.compile(rf"^(?P<h>{names})\s*:\s*(?P<rest>\S.*)$", re.I), {h.casefold(): (h, r) for h, r in table.items()}


def _before_name_heading(text: str) -> tuple[str, Role | None, str] | None:
    """ "Anteckningar: Kim Ek": a label that heads a roster section only with a person after its
    colon (headings.yml roster_before_name); "Anteckningar: se bilaga" is none."""
    pattern, by_key = _before_name_labels()
    m = pattern.match(text)
    if m is None or parse_person_line(m.group("rest"), by_key[m.group("h").casefold()][1]) is None:
        return None
    heading, role = by_key[m.group("h").casefold()]
    return heading, role, m.group("rest").strip()


# "Ledamöter (11)", "Närvarande (9 st)", "Ersättare (ej tjänstgörande):": a heading with its count
# or a qualifier in brackets
BRACKETED_HEADING = re.compile(r"^(?P<h>[^()\d]+?)\s*\((?P<q>[^()]*)\)\s*(?::\s*(?P<rest>.*))?$")
HEADING_COUNT = re.compile(r"^\d{1,3}(?:\s*(?:st|st\.|personer|ledamöter))?$", re.I)


def _bracketed_heading(text: str) -> tuple[str, Role | None, str] | None:
    """A heading with its count in brackets ("Ledamöter (11)"), or with a qualifier that makes a
    heading with it in either order ("Ersättare (ej tjänstgörande)" is "Ej tjänstgörande
    ersättare"); None for any other text ("Anna Ek (S)")."""
    m = BRACKETED_HEADING.match(text)
    if m is None:
        return None
    head, qualifier, rest = m.group("h").strip(), m.group("q").strip(), (m.group("rest") or "").strip()
    tries = [head] if HEADING_COUNT.match(qualifier) else [f"{qualifier} {head}", f"{head} {qualifier}"]
    for t in tries:
        found = roster_heading(t)
        if found is not None and not found[2] and found[0].casefold() == t.casefold():
            return found[0], found[1], rest
    return None


def _is_letterhead_label(text: str) -> bool:
    """ "Tjänsteställe", "Datum": labels of a letterhead's fields, beside which a role label stands."""
    return text.strip().casefold() in {"tjänsteställe", "datum", "handläggare", "tjänsteställe/handläggare"}


@dataclass(frozen=True)
class _Scan:
    """What every numbering style asks of a document's lines, read once for all of them: each
    line's text, whether it has dot leaders, which lines head a table of contents, and which
    hold a digit (every style's number is digits: only those lines are tried)."""

    texts: tuple[str, ...]  # stripped
    leaders: tuple[bool, ...]
    toc_headings: tuple[int, ...]
    with_digits: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> _Scan:
        texts = tuple(line.text.strip() for line in lines)
        return cls(
            texts=texts,
            leaders=tuple(map(has_dot_leaders, texts)),
            toc_headings=tuple(i for i, text in enumerate(texts) if TOC_HEADING.match(text)),
            with_digits=tuple(i for i, text in enumerate(texts) if DIGIT.search(text)),
        )

    def matches(self, style: str) -> list[tuple[int, re.Match[str]]]:
        """(line index, match) of each line that `style` reads as a heading."""
        pattern = ITEM_STYLES[style]
        return [(i, m) for i in self.with_digits if (m := pattern.match(self.texts[i]))]


def _candidates(lines: Sequence[Line], style: str, scan: _Scan | None = None) -> list[_Candidate]:
    scan = scan or _Scan.of(lines)
    found = []
    for i, m in scan.matches(style):
        if scan.leaders[i]:
            continue  # a table of contents line (not an item)
        title = m.group("title")
        if not title and not _title_follows(lines, i, strict=style == "bare"):
            continue  # a number alone is a heading only when a title stands under it
        if not title and style in ("numbered", "bare") and _seat(lines[i + 1].text):
            continue  # "1" | "Anna Ek (S)": a roster's seat number in a column of its own
        if not title and style == "bare" and _title_at_left(lines, i) is not None:
            continue  # "Övrigt ………… 3", "Övrigt      3": the page of a table of contents' entry
        if title and _seat(title):
            continue  # "1. Anna Ek (S), ordförande", "7. Vakant": a numbered seat of a roster
        if title and style in ("numbered", "bare") and title[:1].islower():
            continue  # "2. att avsätta medel,": a point of a list, never an item's heading
        dnr = None
        if title:
            dm = re.search(
                r"\b(?:Dnr|Diarienr|Diarienummer|Ärendenr|Ärendenummer)\.?:?\s*(\S+(?:\s\d\S*)?)", title, re.I
            )
            if dm:
                dnr = dm.group(1)
                # "§ 5 Dnr KS 2024/12 Budget": the title before the number, or after it
                title = title[: dm.start()].strip() or title[dm.end() :].strip() or None
            cm = CASE_BEFORE_TITLE.match(title or "")
            if cm and dnr is None:  # "§ 5 KS 2024/12 Budget 2026": the case number, then the title
                dnr, title = cm.group("dnr"), cm.group("title")
            pm = CASE_IN_BRACKETS.search(title or "")
            if pm and dnr is None:
                dnr, title = pm.group("dnr"), (title or "")[: pm.start()].strip() or None
        rest = None
        run_in = _numbered_run_in(lines[i], ITEM_STYLES[style]) if title else None
        if run_in:
            title, rest = run_in
        letter = m.groupdict().get("letter") or ""
        printed = f"{m.group(1)} {letter}" if letter else m.group(1)
        found.append(_Candidate(i, int(m.group(1)), title, dnr, printed, rest, letter))
    return _outside_toc(lines, found, scan)


def _numbered_run_in(ln: Line, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """A numbered run-in heading: the number and title in bold, the item's text going on after
    them in the body's face ("3. Rapport från länsdelarna. Representanterna berättade …").
    The title and the rest of the line; None when the line is bold throughout or plain."""
    if not ln.bold_lead:
        return None
    lead, rest = ln.text[: ln.bold_lead].strip(), ln.text[ln.bold_lead :].strip()
    m = pattern.match(lead.rstrip(".:").strip())
    title = m.group("title") if m else None
    if not rest or not title or len(title.split()) > HEADING_MAX_WORDS:
        return None
    return title.strip(), rest


# A roster entry is a short line: a name (at most five words) and its party, role or organisation.
SEAT_MAX_WORDS = 8


# "Ek, Anna (S)", "Van der Wal, Tobias": a roster entry with the family name first
FAMILY_FIRST_ENTRY = re.compile(
    r"^(?P<family>[A-ZÅÄÖ][\w-]+(?:\s[\w-]+){0,2}),\s(?P<given>[A-ZÅÄÖ][\w-]+(?:[\s-][A-ZÅÄÖ][\w-]+)?)\b"
)


@lru_cache(maxsize=1 << 14)  # a pure function of a title, asked of it under each numbering style
def _seat(title: str) -> bool:
    """An item title that is a roster's entry: a person with party or role, or a vacant seat.
    A numbered attendance list ("1. Anna Ek", "3) Ek, Anna (S)", "2 Mikko Virtanen – Nora
    kommun") numbers people, not matters: a short title that opens with a person's name (a
    given name among its words) and goes on with nothing but the entry's parts (party, role,
    organisation, job title) is a seat, whatever numbering stands before it.  A title that goes
    on with words of a matter ("Anna Ek (S) – motion om cykelvägar") is an item."""
    t = title.strip()
    if t.casefold().startswith("vakant"):
        return True
    family_first = FAMILY_FIRST_ENTRY.match(t)
    if not starts_entry(t) and family_first is None:
        return False  # opens with no entry: every test below says no (reading the person first costs)
    person = parse_person_line(t, None)
    if person is not None and person.title and job_title_label(person.title[:1].upper() + person.title[1:]) is None:
        return False  # "… – motion om cykelvägar", "Information från förvaltningschef Anna Ek"
    if starts_entry(t) and bool(re.search(r"[(,]", t)):
        return True
    if person is None or len(t.split()) > SEAT_MAX_WORDS:
        return False
    opens = starts_entry(t) or (family_first is not None and all(map(is_given_name, family_first["given"].split())))
    # a given name among the name's words: "INFORMATION OM STATSBIDRAG – …" in capitals is a title
    return opens and any(is_given_name(word) for word in person.name.split())


def _title_follows(lines: Sequence[Line], i: int, strict: bool = True) -> bool:
    """Whether the line after a heading without title can be its title: a line with words (one
    that starts with a capital, for a bare number, which is otherwise any number in a table)."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if re.fullmatch(r"[\d\s.,:–-]*", nxt):
        return False
    return bool(re.match(r"[A-ZÅÄÖ]", nxt)) or (not strict and bool(re.search(r"[^\W\d_]{3}", nxt)))


# A list of item numbers on (nearly) consecutive lines, all of which come again further on, is a
# table of contents even without a heading: at least this many entries, this many lines apart.
TOC_MIN_ENTRIES = 3
TOC_MAX_GAP_LINES = 3


def _toc_span(lines: Sequence[Line], cands: list[_Candidate], scan: _Scan | None = None) -> tuple[int, int] | None:
    """Line range of a table of contents: from its heading to the first item number that comes
    a second time (the real heading).  Without a heading, a dense list of numbers that all come
    again below (see `_dense_repeated_list`).  None when there is neither."""
    scan = scan or _Scan.of(lines)
    for t in scan.toc_headings:
        if t + 1 < len(lines) and scan.leaders[t + 1]:
            # entries with dot leaders are never candidates: what comes again after them is a
            # real heading or a running header ("§ 17" over page 2), not the contents' end
            continue
        seen: dict[tuple[int, str], _Candidate] = {}
        for c in (c for c in cands if c.index > t):
            entry = seen.get((c.number, c.letter))
            if entry is not None and _same_entry(entry, c):
                return t, c.index
            if entry is None:
                seen[(c.number, c.letter)] = c
            # "Dagordning" over the items themselves, "1. Budgeten godkänns." of a decision's
            # list in item 3: a number that comes again under another title ends no contents
    return _dense_repeated_list(cands, lines)


# A table of contents' entry and the heading it lists share the number and, about, the title.
TOC_TITLE_RATIO = 0.6


def _same_entry(entry: _Candidate, heading: _Candidate) -> bool:
    """Whether `heading` is the item a table of contents' `entry` lists: the same number and a
    like title (or no title on one of them) -- not "1. Rådet antar budgeten." of a decision's
    list after the short items "1. Mötets öppnande", "2. Budget", "3. Riktlinjer"."""
    if (entry.number, entry.letter) != (heading.number, heading.letter):
        return False
    if not entry.title or not heading.title:
        return True
    a, b = entry.title.casefold(), heading.title.casefold()
    return a.startswith(b) or b.startswith(a) or SequenceMatcher(None, a, b).ratio() >= TOC_TITLE_RATIO


def _dense_repeated_list(cands: list[_Candidate], lines: Sequence[Line] = ()) -> tuple[int, int] | None:
    """(line before the list, line of the first number's second coming) for the first block of
    candidates with rising numbers on nearly consecutive lines whose numbers all come again
    after it, with their titles: an agenda printed before the items it lists.  A number alone
    on its line ("1." over "Välkommen") has the title of the line under it: short items' own
    headings are no agenda of a numbered list further down ("1. Tidplanen är snäv.")."""
    if lines:
        cands = [
            replace(c, title=lines[c.index + 1].text.strip())
            if c.title is None and c.index + 1 < len(lines) and lines[c.index + 1].page == lines[c.index].page
            else c
            for c in cands
        ]
    k = 0
    while k < len(cands):
        end = k
        while (
            end + 1 < len(cands)
            and cands[end + 1].index - cands[end].index <= TOC_MAX_GAP_LINES
            and cands[end + 1].number > cands[end].number
        ):
            end += 1
        block = cands[k : end + 1]
        rest = cands[end + 1 :]
        if len(block) >= TOC_MIN_ENTRIES and all(any(_same_entry(c, d) for d in rest) for c in block):
            return block[0].index - 1, next(d.index for d in rest if _same_entry(block[0], d))
        k = end + 1
    return None


def _outside_toc(lines: Sequence[Line], cands: list[_Candidate], scan: _Scan | None = None) -> list[_Candidate]:
    span = _toc_span(lines, cands, scan)
    if span is None:
        return cands
    return [c for c in cands if not span[0] < c.index < span[1]]


def table_of_contents(lines: Sequence[Line]) -> list[tuple[str, str]]:
    """(number, title) of each entry in a table of contents ("Ärendelista", "Innehåll" …), in
    the numbering style the items use; empty when the document has none."""
    best: list[tuple[str, str]] = []
    scan = _Scan.of(lines)
    # once, for every style: each line's text before its dot leaders (most lines have none)
    heads = [
        DOT_LEADERS.split(text)[0].strip() if leaders else text
        for text, leaders in zip(scan.texts, scan.leaders, strict=True)
    ]
    for pattern in ITEM_STYLES.values():
        cands = []
        for i in scan.with_digits:  # a head is part of its line: without a digit, no number
            m = pattern.match(heads[i])
            if m and (m.group("title") or _title_follows(lines, i)):
                title = m.group("title") or lines[i + 1].text.strip()
                cands.append(_Candidate(i, int(m.group(1)), DOT_LEADERS.split(title)[0].strip(), None))
        span = _toc_span(lines, cands, scan)
        entries = [(str(c.number), c.title or "") for c in cands if span and span[0] < c.index < span[1]]
        entries = max(entries, _leader_entries(lines, pattern, scan), key=len)
        if len(entries) > len(best):
            best = entries
    return best


def _leader_entries(
    lines: Sequence[Line], pattern: re.Pattern[str], scan: _Scan | None = None
) -> list[tuple[str, str]]:
    """The entries of a table of contents with dot leaders ("§ 7 Övriga frågor ....... 3"): the
    lines with leaders right under its heading (`_toc_span` skips those, as they are never item
    candidates, so an entry whose item is missing would go unseen)."""
    scan = scan or _Scan.of(lines)
    for t in scan.toc_headings:
        if not (t + 1 < len(lines) and scan.leaders[t + 1]):
            continue
        entries = []
        for k in range(t + 1, len(lines)):
            if not scan.leaders[k]:
                break
            m = pattern.match(DOT_LEADERS.split(scan.texts[k])[0].strip())
            if m and m.group("title"):
                entries.append((str(int(m.group(1))), m.group("title").strip()))
        return entries
    return []


# How far an item number may jump from one item to the next.  A "§" is never anything but an
# item's number, and a protocol's §§ skip those of confidential items or of an excerpt
# ("§ 12", "§ 17", "§ 31"); a bare "5." may be any list's, so its chain must be tight.
MAX_STEP = {"paragraph": 30, "finnish": 30, "abbreviated": 30, "labelled": 10}
MAX_STEP_DEFAULT = 3


def _heading_like(c: _Candidate) -> int:
    """1 for a candidate that reads as a heading: a title that is no sentence (no full stop at
    its end, as "1. Rådet antar budgeten." of a decision's list has), or a title under it."""
    return int(not (c.title or "").rstrip().endswith((".", ",", ";")))


def _longest_run(cands: list[_Candidate], max_step: int = MAX_STEP_DEFAULT) -> list[_Candidate]:
    """The longest chain of candidates whose numbers rise by 1 to `max_step` at each step; of
    chains of one length, the one through more headings (not a decision's numbered sentences
    "1. Rådet antar …" inside item 2, before the real "3. Riktlinjer")."""
    if not cands:
        return []
    best_len = [(1, _heading_like(c)) for c in cands]
    prev = [-1] * len(cands)
    for j in range(len(cands)):
        for i in range(j):
            step = cands[j].number - cands[i].number
            here = (best_len[i][0] + 1, best_len[i][1] + _heading_like(cands[j]))
            # "§ 47" then "§ 47 a" (then "§ 47 b", "§ 48"): a letter goes on from its number
            lettered = step == 0 and cands[j].letter > cands[i].letter
            if (1 <= step <= max_step or lettered) and here > best_len[j]:
                best_len[j], prev[j] = here, i
    j = max(range(len(cands)), key=lambda k: (best_len[k], -k))
    chain = []
    while j != -1:
        chain.append(cands[j])
        j = prev[j]
    return chain[::-1]


def _without_sublists(cands: list[_Candidate]) -> list[_Candidate]:
    """The candidates without the numbered lists inside an item: under "2. Remisser" the list
    "1. Regional utvecklingsstrategi" / "2. Kollektivtrafikplan" / "3. Folkhälsoprogram" starts
    again from 1, its entries on nearly consecutive lines, and the items' numbering goes on
    after it ("3. Budget 2026").  Only where it goes on: an
    agenda's "1." … "8." and the items "1." … "8." under it are no list inside an item."""
    kept: list[_Candidate] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        prev = kept[-1] if kept else None
        restarts = prev is not None and c.number == 1 and not c.letter  # a list numbers from 1 again
        if restarts:
            end = k + 1
            while (
                end < len(cands)
                and cands[end].number == cands[end - 1].number + 1
                and cands[end].index - cands[end - 1].index <= TOC_MAX_GAP_LINES
            ):
                end += 1
            if end < len(cands) and cands[end].number == prev.number + 1 and not cands[end].letter:  # type: ignore[union-attr]
                k = end  # the list's entries are no items; the numbering goes on below them
                continue
        kept.append(c)
        k += 1
    return kept


def _run_of_headings(cands: list[_Candidate], max_step: int = MAX_STEP_DEFAULT) -> list[_Candidate]:
    """The longest run (`_longest_run`) -- or, when it goes through more headings, the longest
    run of the candidates without the sentences ("1. Tidplanen bör förlängas.") whose number a
    heading has too ("1." over its title): a numbered list in an item's text, which may run on
    past the agenda's numbers.  A run that is still mostly sentences gives way to the longest
    run through headings only, when there are two."""
    run = _longest_run(cands, max_step)
    headed = {c.number for c in cands if _heading_like(c)}
    lists = _longest_run([c for c in cands if _heading_like(c) or c.number not in headed], max_step)
    if len(lists) >= 2 and sum(map(_heading_like, lists)) > sum(map(_heading_like, run)):
        run = lists
    if sum(map(_heading_like, run)) * 2 >= len(run):
        return run
    headings = _longest_run([c for c in cands if _heading_like(c)], max_step)
    return headings if len(headings) >= 2 else run


def _prefer_titled(cands: list[_Candidate], lines: Sequence[Line] = (), window: int = 6) -> list[_Candidate]:
    """A running header that repeats "13 §" just above the real heading is not the item: of two
    candidates with one number a few lines apart, the one with a title stays (unless that title
    is a sentence, a list's point, and the other's title stands under it), else the later --
    unless the later opens the next page: that is the header repeating the § in progress
    ("Paragraf 11" / title at the foot of page 2, "§ 11" at the top of page 3).  A lone number
    opening a page loses to the titled one lower on that page however far below it stands."""

    def page_of(c: _Candidate) -> int:
        return lines[c.index].page if lines else 0

    def opens_page(c: _Candidate) -> bool:
        return bool(lines) and c.index > 0 and lines[c.index - 1].page != lines[c.index].page

    def beaten(c: _Candidate, d: _Candidate) -> bool:
        if bool(d.title) != bool(c.title):
            if d.title and not _heading_like(d) and lines and _title_follows(lines, c.index):
                return False  # "3." over its title beats "3. Tidplanen är snäv." of a list under it
            return bool(d.title)
        if c.title:
            return False  # two titled ones: the run decides
        if d.index < c.index and opens_page(c) and page_of(d) < page_of(c):
            return True
        if c.index < d.index and opens_page(d) and page_of(c) < page_of(d):
            return False
        return d.index > c.index

    def header_over(c: _Candidate, d: _Candidate) -> bool:
        # "§ 91" alone opening page 2 (the running header's § of the page), the roster under it
        # and "§ 91 Title" lower on that page: however far below, the titled one is the item
        return not c.title and bool(d.title) and opens_page(c) and c.index < d.index and page_of(c) == page_of(d)

    return [
        c
        for c in cands
        if not any(
            d is not c
            and (d.number, d.letter) == (c.number, c.letter)
            and (abs(d.index - c.index) <= window or header_over(c, d))
            and beaten(c, d)
            for d in cands
        )
    ]


# An unnumbered heading (minutes) is at least this many points larger than the body text, or bold.
LARGER_PT = 0.9
HEADING_MAX_WORDS = 16
HEADING_MAX_LINES = 3  # a heading set apart by font wraps over at most this many lines
FAR_GAP_LINES = 3  # a gap of more than this many line heights sets text apart (a column that stopped short)


def _body_size(lines: Sequence[Line]) -> float | None:
    sizes = Counter(round(ln.size, 1) for ln in lines if ln.size for _ in range(len(ln.text)))
    return sizes.most_common(1)[0][0] if sizes else None


def _body_font(lines: Sequence[Line], size: float | None) -> str | None:
    """The face most of the body's characters (at its size) are set in."""
    fonts = Counter(ln.font for ln in lines if ln.font and ln.size and round(ln.size, 1) == size for _ in ln.text)
    return fonts.most_common(1)[0][0] if fonts else None


def _font_headings(lines: Sequence[Line]) -> list[_Candidate]:
    """Headings that stand out only by font: a short line larger than the body text (or bold,
    where the body is not), not a roster heading, label or sentence, past the document's title.
    Numbered 1, 2, … in reading order."""
    body = _body_size(lines)  # None for a text file: its run-in headings are still marked
    face = _body_font(lines, body)
    found: list[_Candidate] = []
    for i, ln in enumerate(lines):
        run_in = _run_in_heading(ln) if i >= 3 else None
        if run_in is not None:
            found.append(_Candidate(i, len(found) + 1, run_in[0], None, rest=run_in[1]))
            continue
        if body is None:
            continue
        text = ln.text.strip()
        caps = _in_capitals(text)
        size = round(ln.size, 1) if ln.size else 0.0  # as the body's size is measured: 8.07 is 8.1
        # set apart by its face alone: in italics, or another family, at the body's size
        other_face = bool(face and ln.font and ln.font != face and size >= body)
        if (
            i < 3
            or not text
            or not (
                size
                and (size >= body + LARGER_PT or (ln.bold and size >= body) or (caps and size >= body) or other_face)
            )
        ):
            continue
        face_only = other_face and not (size >= body + LARGER_PT or ln.bold or caps)
        words = text.split()
        wraps = i + 1 < len(lines) and _font_heading_goes_on(ln, lines[i + 1])
        if (
            len(words) > (HEADING_MAX_WORDS * HEADING_MAX_LINES if wraps else HEADING_MAX_WORDS)
            or text.endswith((".", ":", ","))
            or (":" in text and not _title_lead(text))
            or not text[0].isupper()
            or roster_heading(text)
            or absent_heading(text)
            or _is_section(text)
            or is_header_row([ln, *_row_mates(lines, i)])
            or _row_mates(lines, i)
            or DECISION_LABEL.match(text)
            or APPENDIX_HEADING.match(text)  # "Bilaga 1" after the last item
            or text.casefold().startswith(_signatures())  # "Underskrifter"
            or TOC_HEADING.match(text)  # "Innehållsförteckning" over the entries: no item
            or known_organization(text) is not None  # the body's name over the meeting's data: the header
        ):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and i > 0 and _font_heading_goes_on(lines[i - 1], ln):
            continue  # the second line of a heading that wraps
        j = i + 1
        while j < len(lines) and j - i <= HEADING_MAX_LINES and _font_heading_goes_on(lines[j - 1], lines[j]):
            j += 1  # "Remissvar om hemsjukvård – yttrande över remiss från Region" / "Örebro län"
        nxt = lines[j] if j < len(lines) else None
        label_under = nxt is not None and bool(DECISION_LABEL.match(nxt.text.strip()) or _is_section(nxt.text.strip()))
        if (
            nxt is None
            or nxt.size == ln.size
            and nxt.bold == ln.bold
            and (not caps or _in_capitals(nxt.text))
            and (not face_only or nxt.font == ln.font)
            and not label_under  # "Rådets beslut" in the heading's font under it: a section of the item
        ):
            continue  # a heading has text under it in the body's font (or, in capitals, in small letters)
        if sum(1 for under in lines[i + 1 : i + 4] if DOT_LEADERS.search(under.text)) >= 2:
            continue  # "Ärendelista" over lines with dot leaders: a table of contents, not an item
        found.append(_Candidate(i, len(found) + 1, text, None))
    return found if len(found) >= 3 else []


def _run_in_heading(ln: Line) -> tuple[str, str] | None:
    """A run-in heading: the line opens with a short title in bold that ends in a full stop,
    and the item's text goes on after it in the body's font ("Välkommen och dagordning.
    Ordföranden hälsade välkommen …").  Its title and the rest of the line; None for any other
    line, and for a bold label that opens a roster, a decision or the signatures."""
    if not ln.bold_lead:
        return None
    lead, rest = ln.text[: ln.bold_lead].strip(), ln.text[ln.bold_lead :].strip()
    title = lead[:-1].strip()
    if not rest or not lead.endswith(".") or not title[:1].isupper() or len(title.split()) > HEADING_MAX_WORDS:
        return None
    if (
        roster_heading(title)
        or absent_heading(title)
        or _is_section(title)
        or DECISION_LABEL.match(title)
        or title.casefold().startswith(_signatures())
    ):
        return None
    return title, rest


@cache
def _title_leads() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.load("headings")["title_leads"])


def _title_lead(text: str) -> bool:
    """ "Remiss: Regional folkhälsostrategi": a title whose one colon follows a word that opens
    titles (patterns/headings.yml ``title_leads``), not a label and its value ("Plats: …")."""
    lead, colon, rest = text.partition(":")
    return (
        bool(colon) and ":" not in rest and lead.strip().casefold() in _title_leads() and rest[:2].strip()[:1].isupper()
    )


def _font_heading_goes_on(ln: Line, nxt: Line) -> bool:
    """A heading set apart by font that wraps: the next line in the same font finishes its title
    (it starts in lower case, or the line ends in a word that needs more)."""
    text, following = ln.text.strip(), nxt.text.strip()
    return bool(
        following
        and nxt.size == ln.size
        and nxt.bold == ln.bold
        and nxt.page == ln.page
        and not following.endswith((".", ":"))
        and (following[:1].islower() or CONTINUES.search(text) or (_in_capitals(text) and _in_capitals(following)))
    )


def _in_capitals(text: str) -> bool:
    """ "UPPFÖLJNING AV GEMENSAMMA MEDEL": a heading set apart by capitals alone."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 5 and all(c.isupper() for c in letters)


DECISION_LABEL = re.compile(r"^(?:[A-ZÅÄÖ][\w-]*(?:\s[a-zåäö][\w-]*){0,2}s\s+)?beslut(?:et)?\b", re.I)


def find_items(lines: Sequence[Line]) -> list[ItemBlock]:
    """Agenda items in the lines of a whole document, in the numbering style it uses most;
    without numbers (minutes), the headings that stand out by font."""
    scan = _Scan.of(lines)
    runs = [
        _run_of_headings(
            _without_sublists(_prefer_titled(_candidates(lines, style, scan), lines)),
            MAX_STEP.get(style, MAX_STEP_DEFAULT),
        )
        for style in ITEM_STYLES
    ]
    # Of runs of one length, the one through more headings: two "§ 45 Budget" items beat a
    # decision's "1. Taxorna fastställs." / "2. …" list inside the second of them.
    run = max(runs, key=lambda r: (len(r), sum(map(_heading_like, r))))
    if sum(map(_heading_like, run)) * 2 < len(run):
        # Mostly sentences ("1. Tidplanen bör förlängas."): a list in an item's text, longer
        # than the agenda, whose headings are in another style ("5" over its title).
        headed = [r for r in runs if len(r) >= 2 and all(map(_heading_like, r))]
        if headed:
            run = max(headed, key=len)
    lone_ok = {id(runs[k]) for k, style in enumerate(ITEM_STYLES) if style in ("labelled", "paragraph", "finnish")}
    # A run of sentences only ("1. Budgeten godkänns." / "2. …") that starts below a heading of
    # another style is a decision's list inside that item, not the items.
    if run and not any(map(_heading_like, run)):
        inside = [
            r for r in runs if r and id(r) in lone_ok and r[0].index < run[0].index and all(map(_heading_like, r))
        ]
        if inside:
            run = max(inside, key=len)
    # "Dagordning" over "1. Mötets öppnande", "2. Val av justerare", … and then "§ 23 Mötets
    # öppnande", "§ 24 Val av justerare": the agenda numbers the §§ apart; the §§ are the items
    listed = [r for r in runs if r is not run and _lists_headings(run, r)]
    if listed:
        run = max(listed, key=len)
    # "Dagordning" over "1. Välkommen", "2. Budget", …, the points below under those titles alone
    run = _agenda_repeated(lines, run) or run
    if len(run) < 2 and not (run and id(run) in lone_ok):
        run = _font_headings(lines)  # one lone "3." is a list entry; one lone "§ 5" is a real item
    elif len(run) <= LIST_RUN_MAX:
        # "1. …" / "2. …" in plain text between more headings that stand out by font: the points
        # of a list in minutes whose items are those headings
        by_font = _font_headings(lines)
        if len(by_font) > len(run) and not {c.index for c in run} & {c.index for c in by_font}:
            run = by_font
    if not run:
        return []
    # "Budget 2026 ……… § 45": a number without title, with its title to the left on its row.
    left_titles = [_title_at_left(lines, c.index) if c.title is None else None for c in run]
    starts = [c.index - 1 if left else c.index for c, left in zip(run, left_titles, strict=True)]
    items = []
    for k, cand in enumerate(run):
        end = starts[k + 1] if k + 1 < len(run) else len(lines)
        body = list(lines[cand.index + 1 : end])
        if cand.rest:  # a run-in heading: the item's text starts on its line
            body.insert(0, replace(lines[cand.index], text=cand.rest, bold_lead=0, bold=False))
        title, dnr = cand.title or left_titles[k], cand.dnr
        # "§ 101" / "Dnr KS 2024/123" / title, in any order of the two lines after the number
        while body and (dnr is None or title is None):
            m = DNR.match(body[0].text.strip())
            if m and dnr is None:
                dnr = m.group("dnr").strip()
                body.pop(0)
                cm = CASE_BEFORE_TITLE.match(dnr) if title is None else None
                if cm:  # "§ 107" / "Dnr SN 2025/578  Reviderad delegationsordning": the title after it
                    dnr, title = cm.group("dnr"), cm.group("title").strip()
            elif dnr is None and CASE_NUMBER.match(body[0].text.strip()):
                dnr = body.pop(0).text.strip()  # "§ 101" / "KS 2024/123" / title
            elif title is None:
                title = body.pop(0).text.strip()
            else:
                break
        if title:
            # OCR reads "22 §" as "228" / "22$": a title that starts with the item's own number
            # and a misread § carries the heading twice.
            number = str(cand.number)
            if title.startswith(number) and (misread := MISREAD_SECTION_SIGN.match(title, len(number))):
                title = title[misread.end() :]
        title_line = lines[cand.index]
        while title and body and not cand.rest and _title_goes_on(title, title_line, body[0]):
            title = f"{title} {body.pop(0).text.strip()}"
        if dnr is None and body and DNR.match(body[0].text.strip()):
            dnr = DNR.match(body.pop(0).text.strip()).group("dnr").strip()  # type: ignore[union-attr]
        pages = [lines[cand.index].page, *(ln.page for ln in body)]
        items.append(
            ItemBlock(
                number=cand.printed or str(cand.number),  # "05" stays as printed
                title=(title or "").strip(),
                lines=tuple(body),
                page=pages[0],
                end_page=max(pages),
                dnr=dnr,
                heading=lines[cand.index],
            )
        )
    # A case number standing just above an item's heading ("KS 2024/123", "Dnr KS 2024/123") is
    # that item's dnr, not the end of the item before it (nor of the front matter, above the
    # first item, where it stays).
    if items and starts[0] > 0 and items[0].dnr is None:
        case = _case_line(lines[starts[0] - 1].text)
        if case is not None:
            items[0] = replace(items[0], dnr=case)
    for k in range(1, len(items)):
        prev = items[k - 1]
        case = _case_line(prev.lines[-1].text) if prev.lines else None
        if case is not None and (items[k].dnr is None or CASE_NUMBER.match(case)):
            items[k - 1] = replace(prev, lines=prev.lines[:-1])
            if items[k].dnr is None:
                items[k] = replace(items[k], dnr=case)
    return items


def _case_line(text: str) -> str | None:
    """The case number of a line that holds one and nothing else: "KS 2024/123", or with its
    label, "Dnr SN 2025/525" (the number as written, without the label)."""
    text = text.strip()
    if CASE_NUMBER.match(text):
        return text
    labelled = DNR.match(text)
    if labelled and normalize_dnr(labelled.group("dnr")) is not None:
        return labelled.group("dnr").strip()
    return None


# A line repeats an agenda entry's title when it is the title, or its first part (the title
# wrapping onto the next line) of at least this share of its length.
AGENDA_TITLE_SHARE = 0.5
# A run of this many numbered lines or fewer, none set apart by font, gives way to more headings
# that are (minutes with a short numbered list in their text).
LIST_RUN_MAX = 2


def _repeats_title(text: str, title: str) -> bool:
    t, want = text.strip().casefold(), title.strip().casefold()
    return t == want or (len(t) >= AGENDA_TITLE_SHARE * len(want) and want.startswith(t))


def _agenda_like(run: list[_Candidate]) -> bool:
    """A run that can be an agenda: enough entries, each with its title, none run into its text,
    on (nearly) consecutive lines."""
    return (
        len(run) >= TOC_MIN_ENTRIES
        and all(c.title and not c.rest for c in run)
        and all(b.index - a.index <= TOC_MAX_GAP_LINES for a, b in zip(run, run[1:], strict=False))
    )


# An agenda lists a run of headings when at least this share of its entries' titles are, in
# order, the titles of the headings (each like the other as `_same_entry` has it).
AGENDA_LISTED_SHARE = 0.8


def _lists_headings(agenda: list[_Candidate], run: list[_Candidate]) -> bool:
    """Whether `agenda`, a numbered list on consecutive lines ("1. Mötets öppnande", "2. Val av
    justerare"), lists the titles of `run`, headings of another numbering further down ("§ 23
    Mötets öppnande", "§ 24 Val av justerare"), in their order."""
    if not _agenda_like(agenda) or len(run) < TOC_MIN_ENTRIES or run[0].index <= agenda[-1].index:
        return False
    matched, j = 0, 0
    for entry in agenda:
        k = j
        while k < len(run) and not (run[k].title and _same_entry(entry, replace(run[k], number=entry.number))):
            k += 1
        if k < len(run):
            matched, j = matched + 1, k + 1
    return matched >= AGENDA_LISTED_SHARE * len(agenda)


def _agenda_repeated(lines: Sequence[Line], run: list[_Candidate]) -> list[_Candidate]:
    """The points of minutes whose numbered agenda ("Dagordning" over "1. Välkommen", "2. Budget",
    … on consecutive lines) is printed first and whose points then follow under their titles
    alone, in the agenda's order: a line of its own repeating each entry's title, after the
    agenda.  Those lines are the items, numbered as the agenda numbers them; the agenda is
    none.  Empty when `run` is no such agenda (spread over the pages, run-in, or with a title
    that does not come again)."""
    if not _agenda_like(run):
        return []
    found: list[_Candidate] = []
    j = run[-1].index + 1
    for c in run:
        while j < len(lines) and not _repeats_title(lines[j].text, c.title or ""):
            j += 1
        if j >= len(lines):
            return []
        found.append(_Candidate(j, c.number, lines[j].text.strip(), c.dnr, c.printed, None, c.letter))
        j += 1
    return found


def _title_at_left(lines: Sequence[Line], i: int) -> str | None:
    """The title printed to the left of a heading's number on the same row, if the line before
    the number is that: "Budget 2026" | "§ 45"."""
    if i == 0:
        return None
    number, prev = lines[i], lines[i - 1]
    if prev.page != number.page or prev.top is None or number.top is None or prev.x0 is None or number.x0 is None:
        return None
    if abs(prev.top - number.top) > SAME_ROW_PT or prev.x0 >= number.x0:
        return None
    text = prev.text.strip()
    return text if text[:1].isupper() and not _is_section(text) and not roster_heading(text) else None


# A title in small capitals that wraps: its next line, of small letters only, comes out in
# capitals of the smaller size, at least this share of the heading's.
SMALL_CAPS_SHARE = 0.65


def _small_caps_goes_on(title: str, first: Line, nxt: Line) -> bool:
    """ "L ÄNSNÄTVERKENS UPPDRAG SAMT" (10 pt) / "HUVUDMÄN ENLIGT GÄLLANDE" (7.8 pt): a heading in
    small capitals going on in the small letters' size, same weight, right under it."""
    if not (first.size and nxt.size and nxt.page == first.page and nxt.bold == first.bold):
        return False
    return SMALL_CAPS_SHARE * first.size <= nxt.size < first.size and _in_capitals(title) and _in_capitals(nxt.text)


def _title_goes_on(title: str, first: Line, nxt: Line) -> bool:
    text = nxt.text.strip()
    if not text or ITEM_STYLES["numbered"].match(text) or roster_heading(text) or _is_section(text):
        return False
    same_font = first.size == nxt.size and first.bold == nxt.bold and nxt.page == first.page
    if list_marker_kind(text) == "dash" and first.bold and same_font and strip_list_marker(text)[:1].islower():
        return True  # a bold title going on after its dash: "Överenskommelse om …" / "– yttrande över remiss"
    if list_marker_kind(text):
        return False  # "a) Ekonomi", "– Personal": the item's sub-points, not its title going on
    if CONTINUES.search(title):
        return True
    if text[0].islower() and not text.startswith(("att ", "o ")):
        return True
    if same_font and _in_capitals(title) and _in_capitals(text):
        return True  # a title in capitals goes on in capitals: "… ENLIGT GÄLLANDE" / "ÖVERENSKOMMELSE"
    if _small_caps_goes_on(title, first, nxt):
        return True
    # In a PDF a bold title line followed by another bold line of the same size is one title.
    return bool(first.bold and nxt.bold and first.size == nxt.size and nxt.page == first.page and len(title) > 40)


@cache
def _section_names() -> tuple[str, ...]:
    return tuple(s.casefold() for s in patterns.load("headings")["item_sections"])


def _is_section(text: str) -> bool:
    return text.strip().rstrip(":").casefold() in _section_names()


@cache
def _absent_headings() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every heading of the absent (longest first), and the headings by their
    casefolded text."""
    headings = sorted({*patterns.load("headings")["absent"], *composed_headings()[1]}, key=len, reverse=True)
    names = by_first_letter(headings)
    return re.compile(rf"^(?P<h>{names})(?:\s*:\s*|\s*$)(?P<rest>.*)$", re.I), {h.casefold(): h for h in headings}


def _absent_alone(text: str) -> str | None:
    """The heading of the absent when `text` is that heading alone ("Frånvarande:"), else None."""
    found = absent_heading(text)
    return found[0] if found is not None and not found[1] else None


@lru_cache(maxsize=1 << 14)  # a pure function of a line's text, asked of it again and again
def absent_heading(text: str) -> tuple[str, str] | None:
    """(heading, rest) if `text` opens a list of who was not there: "Frånvarande: Kim Ek"."""
    pattern, by_key = _absent_headings()
    text = text.strip()
    counted = BRACKETED_HEADING.match(text)
    if counted and HEADING_COUNT.match(counted.group("q").strip()):
        text = f"{counted.group('h').strip()}: {counted.group('rest') or ''}"  # "Frånvarande (2)"
    m = pattern.match(text.strip())
    return (by_key[m.group("h").casefold()], m.group("rest").strip()) if m else None


@cache
def _staff_heading() -> re.Pattern[str]:
    table = patterns.load("headings")
    own = "|".join(re.escape(u) for u in sorted(table["own_staff_units"], key=len, reverse=True))
    return re.compile(table["staff_heading"].replace("{own_units}", own))


# Column labels of a grid whose columns are seats, and of its organisation column.
GRID_ROLES: dict[str, Role] = {
    "ledamot": "ledamot",
    "ledamöter": "ledamot",
    "ordinarie": "ledamot",
    "ordinarie ledamot": "ledamot",
    "ersättare": "ersättare",
}
GRID_ORGANIZATION = ("organisation", "kommun", "org", "organisation/kommun", "part")


def _grid_header(row: Sequence[Line]) -> tuple[list[tuple[float, Role | None]], float | None] | None:
    """The seat columns ((x, role), …) and the organisation column's x of a header row such as
    "Organisation | Ledamot | Ersättare", or None when the row is not one."""
    cells = sorted(row, key=lambda c: c.x0 or 0.0)
    keys = [c.text.strip().rstrip(":").casefold() for c in cells]
    if len(cells) < 2 or not all(k in GRID_ROLES or k in GRID_ORGANIZATION for k in keys):
        return None
    columns: list[tuple[float, Role | None]] = [
        (c.x0 or 0.0, GRID_ROLES[k]) for c, k in zip(cells, keys, strict=True) if k in GRID_ROLES
    ]
    org = next((c.x0 for c, k in zip(cells, keys, strict=True) if k in GRID_ORGANIZATION), None)
    return (columns, org) if columns and org is not None else None  # without one: headings side by side


def _row_mates(lines: Sequence[Line], i: int) -> list[Line]:
    """The other lines on line i's row (its cells), left to right."""
    line = lines[i]
    top = line.top
    if top is None:
        return []
    near = lines[max(0, i - 6) : i + 7]
    mates = [
        o
        for o in near
        if o is not line and o.page == line.page and o.top is not None and abs(o.top - top) <= SAME_ROW_PT
    ]
    return sorted(mates, key=lambda o: o.x0 or 0.0) if len(mates) > 1 else mates  # most lines: none


def _label_line_under(front: Sequence[Line], i: int, above: Line) -> int | None:
    """The index of the line right under ``above`` in its column (no wider apart than a line is
    high), starting a row of its own at the left, among the few lines after ``i``; else None."""
    if above.top is None or above.bottom is None or above.x0 is None:
        return None
    height = above.bottom - above.top
    for j in range(i + 1, min(len(front), i + 8)):
        o = front[j]
        if o.page != above.page or o.top is None or o.x0 is None:
            return None
        if o.top <= above.top + SAME_ROW_PT:
            continue  # a cell of the row above
        if abs(o.x0 - above.x0) <= SAME_COLUMN_PT and o.top - above.bottom <= height:
            left = [m for m in _row_mates(front, j) if (m.x0 or 0.0) < o.x0]
            return j if not left else None
        if o.top - above.bottom > height:
            return None
    return None


def _join_wrapped_labels(front: Sequence[Line]) -> list[Line]:
    """A label column whose cell is too narrow for a long heading wraps it: "Närvarande ej" /
    "tjänstgörande ersättare" or "Anmält" / "förhinder" on the rows of the first entries beside
    it.  The label's lines, each right under the one before and going on in lower case, are
    one heading when together they are one (the longest such): the first line gets the whole
    label, the others are dropped (their rows keep their entries)."""
    out: list[Line] = []
    dropped: set[int] = set()
    for i, line in enumerate(front):
        if id(line) in dropped:
            continue
        out.append(line)
        text = line.text.strip()
        if not text[:1].isupper() or len(text.split()) > 3:
            continue
        if any((m.x0 or 0.0) < (line.x0 or 0.0) for m in _row_mates(front, i)):
            continue  # a cell of a row, not the label column
        parts, at = [line], i
        while len(parts) < HEADING_MAX_LINES:
            j = _label_line_under(front, at, parts[-1])
            if j is None or not front[j].text.strip()[:1].islower() or len(front[j].text.split()) > 3:
                break
            if any(roster_heading(m.text) for m in _row_mates(front, j)):
                break  # "ordinarie" | "ersättare" under "Beslutande": a row of column sub-headings
            parts.append(front[j])
            at = j
        for n in range(len(parts), 1, -1):
            joined = " ".join(p.text.strip() for p in parts[:n])
            head, gone = roster_heading(joined), absent_heading(joined)
            if (head and not head[2] and head[0].casefold() == joined.casefold()) or (gone and not gone[1]):
                out[-1] = replace(line, text=joined)
                dropped.update(id(p) for p in parts[1:n])
                break
    return out


_SEATS = ("ordförande", "vice ordförande", "ledamot", "ersättare")


@cache
def _roster_openers() -> frozenset[str]:
    """Headings that open a roster even past a signature box (headings.yml ``roster_openers``)."""
    return frozenset(w.casefold() for w in patterns.load("headings")["roster_openers"])


def find_roster(front: Sequence[Line], unlabelled: bool = False) -> list[RosterSection]:
    """Roster sections in the front matter: each heading and the lines under it.

    A heading is a line that opens a section ("Ledamöter:", "Beslutande", "Frånvarande",
    "Från Regional utveckling:", a table's header row "Namn | Parti | Funktion") and stands first
    on its row: "ordförande" in a table's Funktion column is a cell, not a heading.  Headings
    side by side ("Ledamöter | Ersättare") make one section with a column per role.

    With `unlabelled` (the front matter before the first item), a block of people's entries
    under no heading is a section too (`_unlabelled_block`): its entries carry their own roles.
    """
    front = _join_wrapped_labels(front)
    # a heading starts with a capital: "ordförande" wrapped under "1:e vice" is the end of an entry
    front, columned = page_column_order(
        front, starts_entry, lambda t: t.strip()[:1].isupper() and roster_heading(t) is not None
    )
    sections: list[RosterSection] = []
    current: dict | None = None
    ended = False  # past "Underskrifter": a caption row there is a signature, not a seat
    ended_page = 0
    skip: set[int] = set()  # the other cells of a grid's header row
    retitled: dict[int, Line] = {}  # the one entry under a job title, the title added to it
    suspended: dict | None = None  # a section a page's foot interrupted
    opened: list[dict] = []  # every section opened, in order
    order = {id(ln): k for k, ln in enumerate(front)}

    def close() -> None:
        if current and (current["lines"] or current["columns"]):
            lines = list(current["lines"])
            away: list[Line] = []
            if current.get("absent_column") is not None:
                # "Närvarande | Frånvarande": the right column's people were not there
                x = current["absent_column"][0] - SAME_COLUMN_PT
                away = [ln for ln in lines if (ln.x0 or 0.0) >= x]
                lines = [ln for ln in lines if (ln.x0 or 0.0) < x]
            done = RosterSection(
                heading=current["heading"],
                role=current["role"],
                lines=tuple(lines),
                columns=tuple(current["columns"]),
                absent=current["absent"],
                organization=current["organization"],
                org_column=current["org_column"],
            )
            if current.get("at") is None:
                current["at"] = len(sections)
                sections.append(done)
                if away:
                    sections.append(
                        RosterSection(heading=current["absent_column"][1], role=None, lines=tuple(away), absent=True)
                    )
            else:
                sections[current["at"]] = done  # a section taken up again where its page column goes on

    def open_(heading: str, role: Role | None, rest: str, line: Line, absent: bool = False) -> dict:
        nonlocal suspended
        suspended = None
        close()
        organization = None
        if rest.startswith(",") and known_organization(rest.strip(", ")):
            organization, rest = known_organization(rest.strip(", ")), ""  # "Tjänstepersoner, Region Örebro län"
        lines = [replace(line, text=rest)] if rest else []
        opened.append(
            {
                "heading": heading,
                "role": role,
                "lines": lines,
                "columns": [],
                "absent": absent,
                "organization": organization,
                "org_column": None,
                "table": (),  # x of each cell of the table's header row, once one has opened it
                "at": None,  # its index in sections once closed
            }
        )
        return opened[-1]

    for i, line in enumerate(front):
        text = line.text.strip()
        if id(line) in skip:
            continue  # a cell of a header row already read
        if (
            current
            and not current["lines"]
            and current["role"] in ("sekreterare", "justerare")
            and text.casefold().startswith(_roster_end())
        ):
            continue  # "Sekreterare" / "Paragrafer 82–87" / the name: the name is still to come
        if text.casefold().startswith(_roster_end() + _signatures()):
            close()
            current = None
            if not ended and text.casefold().startswith(_signatures()):
                ended, ended_page = True, line.page
            continue
        mates = [] if id(line) in columned else _row_mates(front, i)  # read by page column: alone
        left = [o for o in mates if (o.x0 or 0.0) < (line.x0 or 0.0)]
        if (
            not left
            and mates
            and (is_header_row([line, *mates]) or (roster_heading(text) and is_header_row(mates)))
            and _grid_header([line, *mates]) is None
            and not all(roster_heading(c.text) or c.text.strip().casefold() in GRID_ROLES for c in [line, *mates])
            and not (roster_heading(text) and all(_absent_alone(o.text) for o in mates))  # "Närvarande | Frånvarande"
        ):
            # "Ledamöter | Parti | Närvarande | Ersatt av", "Namn | Parti | Funktion": a table's
            # header row opens a roster (or goes on the open one); its cells are not headings
            head_cell = roster_heading(text)
            if current is None or head_cell:
                current = open_(text, head_cell[1] if head_cell else None, "", line)
            current["table"] = tuple(c.x0 for c in [line, *mates] if c.x0 is not None and is_header_row([c]))
            current["lines"].extend([line, *mates])
            skip = {id(c) for c in mates}
            continue
        grid = _grid_header([line, *mates]) if not left and mates else None
        if grid is not None:
            # "Organisation | Ledamot | Ersättare": a header whose columns are seats
            current = open_(
                " | ".join(c.text.strip() for c in sorted([line, *mates], key=lambda c: c.x0 or 0.0)), None, "", line
            )
            current["columns"], current["org_column"] = grid
            skip = {id(c) for c in mates}
            continue

        # "ordförande" alone in lower case is a cell, not a heading — except in the row of column
        # sub-headings under "Beslutande" ("ordinarie" | "ersättare").
        subheadings = bool(current and current["columns"] and not current["lines"])
        head = roster_heading(text) if not text[:1].islower() or subheadings else None
        if head and ended and line.page > ended_page and head[0].casefold() in _roster_openers() and not head[2]:
            # the label column's signature box on page 1, "Beslutande" opening page 2: the roster
            # the front page pointed to ("Se sidan 2"), its sub-headings headings again
            ended = False
        if (
            head
            and ended
            and head[1] not in ("sekreterare", "justerare", "övrig", "tjänsteperson")
            and not (head[0].casefold() in _roster_openers() and not head[2])
        ):
            head = None  # after "Underskrifter", "Ordförande  Name" is a signature, not a seat
        if head and ended and not head[2] and left and all(roster_heading(o.text) for o in left):
            # "Ordförande | Justerare" in a signature box: a row of captions, each under (or over)
            # its own name (signature_captions), not a heading over the next row's names
            close()
            current = None
            continue
        if (
            head
            and left
            and not subheadings
            and not all(roster_heading(o.text) or _is_letterhead_label(o.text) for o in left)
        ):
            head = None  # a cell of a table row, not a heading
        if (
            head
            and not left
            and current
            and current["lines"]
            and current["lines"][-1].text.rstrip().endswith((",", " och"))
        ):
            # "…, Albin Lindhagen (M)," / "1:e vice ordförande, Berit Grönlund (SD), …": running
            # text wrapped before a role word goes on; the role is the entry's, no heading
            head = None
        if (
            head
            and not left
            and mates
            and current
            and not head[2]
            and head[1] in ("ordförande", "vice ordförande", "ledamot", "ersättare")  # "Justerare | Name": a label
            and any(abs((line.x0 or 0.0) - x) <= SAME_COLUMN_PT for x in current["table"])
        ):
            # "2:e vice ordförande | Name | S" under "Funktion | Namn | Parti": a cell in the
            # table's first column, not a label left of the table
            head = None
        if head:
            # Headings side by side: "Ledamöter | Ersättare", or "Beslutande" then
            # "ordinarie" | "ersättare" on the row under it.
            if current and left and current["columns"] and not current["lines"]:
                current["columns"].append((line.x0 or 0.0, head[1]))
                continue
            # ("Beslutande | Anna Ek (S) | Ordförande": a label, an entry and its function cell;
            # "Närvarande ledamöter | Ordförande Anna Ek, S": a label and an entry, role first)
            side = [
                o
                for o in mates
                if (o.x0 or 0.0) > (line.x0 or 0.0)
                and (beside := roster_heading(o.text))
                and not (beside[2] and starts_entry(beside[2]))
                and not any(starts_entry(q.text) and (line.x0 or 0.0) < (q.x0 or 0.0) < (o.x0 or 0.0) for q in mates)
            ]
            if side and not left and not head[2]:
                current = open_(text.rstrip(":"), head[1], "", line)
                current["columns"].append((line.x0 or 0.0, head[1]))
                continue
            gone = [o for o in mates if (o.x0 or 0.0) > (line.x0 or 0.0) and _absent_alone(o.text)]
            if gone and not left and not head[2]:
                # "Närvarande | Frånvarande" side by side: a column of those there, one of those not
                current = open_(head[0], head[1], "", line)
                current["absent_column"] = (gone[0].x0 or 0.0, _absent_alone(gone[0].text))
                skip = {id(gone[0])}
                continue
            if (
                current
                and current["heading"].casefold().startswith("beslutande")
                and not current["lines"]
                and _same_row(line, front, i)
            ):
                current["columns"].append((line.x0 or 0.0, head[1]))
                continue
            # "Frånvarande" alone on its row, then "Ledamot | Name" rows: each row's function,
            # in the list of the absent
            away = bool(current and current.get("rows_absent") and mates and not head[2] and head[1] in _SEATS)
            current = open_(head[0], head[1], head[2], line, absent=away)
            current["rows_absent"] = away
            continue
        absent = absent_heading(text) if not left else None
        if absent:
            current = open_(absent[0], None, absent[1], line, absent=True)
            current["rows_absent"] = not mates and not absent[1]
            continue
        title = job_title_label(text) if not left and not mates and not ended else None
        if title is not None and not _is_letterhead_label(text) and _one_entry_under(front, i):
            # "Kommundirektör" over one name: its holder, an official with that title
            current = open_(text.rstrip(":"), "tjänsteperson", "", line)
            retitled[id(front[i + 1])] = replace(front[i + 1], text=f"{front[i + 1].text.rstrip()}, {title}")
            continue
        unknown = unknown_roster_heading(text) if not left and not mates else None
        if unknown is not None and _people_follow(front, i, 1 if unknown[3] else UNKNOWN_HEADING_MIN_ENTRIES):
            # a label the vocabulary does not list, over people: a roster section all the same
            current = open_(unknown[0], unknown[1], "", line, absent=unknown[2])
            continue
        labelled = _unknown_label_beside_entry(front, i, mates) if not left and not ended else None
        if labelled is not None:
            # "Styrelsens ledamöter: Anna Ek (S), ordförande" with the next entries indented
            # under the first: the label heads them all
            found, rest = labelled
            current = open_(found[0], found[1], rest, line, absent=found[2])
            continue
        staff = _staff_heading().match(text) if not left else None
        if staff and staff.group("alone") is not None and not known_organization(staff.group("unit")):
            staff = None  # "Från Kumla kommun" alone is a heading, "Från och med" is not
        if staff:
            # "Från Region Örebro län: Kim Ek och Lo Berg." — the staff of a unit or organisation
            current = open_(f"Från {staff.group('unit')}", "tjänsteperson", staff.group("rest") or "", line)
            current["organization"] = known_organization(staff.group("unit"))
            continue
        inline = _unknown_label_with_entries(text) if not left and not ended else None
        if inline is not None:
            # "Förtroendevalda: Anna Ek (S), Per Berg (M)": an unlisted label and its people on one line
            current = open_(inline[0][0], inline[0][1], inline[1], line, absent=inline[0][2])
            continue
        if text.casefold() in ("ordinarie", "ordinarie ledamöter") and current:
            current["columns"].append((line.x0 or 0.0, None))
            continue
        if current is not None and TOC_HEADING.match(text):
            close()  # "Ärendelista": a table of contents ends the roster
            current = None
            continue
        if current is not None and _agenda_line(text):
            close()  # "1. Mötets öppnande": a list of the items (an agenda) ends the roster
            current = None
            continue
        if current is not None and current["lines"] and _far_below(current["lines"][-1], line):
            close()  # a wide vertical gap ends the block: what follows is not roster …
            suspended, current = current, None
        if current is None and suspended is not None and line.page > suspended["lines"][-1].page and starts_entry(text):
            # … unless it was the page's foot: the list goes on at the top of the next page
            sections.pop()
            current, suspended = suspended, None
            current["at"] = None
        spilled = _spilled_into(opened, current, line, columned, order) if current is not None and not left else None
        if spilled is not None:
            # the left column's list goes on at the top of the next page: its section, not the
            # right column's last one
            close()
            current = spilled
        told = _participation_sentence(text) if unlabelled and not ended and not left and not mates else None
        if told is not None:
            # "Vid sammanträdet deltog Anna Ek, Per Berg och Ola Ny.": the people the sentence names
            current = open_("", None, told, line)
            continue
        if current is None and not left and not ended and _numbered_seat(text) and _numbered_seat(_next_text(front, i)):
            # "1. Anna Ek (S)" / "2. Per Berg (M)" with no heading over them: a numbered list of
            # people in the front matter is its attendance list
            current = open_("", None, "", line)
        if current is None and unlabelled and not ended and not left and _unlabelled_block(front, i):
            # names under no heading after the meeting's data: the people at the meeting
            current = open_("", None, "", line)
        if current is not None:
            current["lines"].append(retitled.pop(id(line), line))
    close()
    return sections


@cache
def _participation_verbs() -> re.Pattern[str]:
    words = sorted(patterns.load("headings")["participation_verbs"], key=len, reverse=True)
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # the lead holds no semicolon: "Brattström (M); dessutom deltog …" goes on a running list
    return re.compile(rf"^(?P<lead>(?:[^\s;]+\s+){{0,4}}?)(?i:{verbs}):?\s+(?P<rest>[A-ZÅÄÖ].*)$")


def _participation_sentence(text: str) -> str | None:
    """The people a sentence of taking part names after its verb ("Vid sammanträdet deltog Anna
    Ek, Per Berg och Ola Ny." -> "Anna Ek, Per Berg och Ola Ny."), or None (headings.yml
    `participation_verbs`)."""
    m = _participation_verbs().match(text.strip())
    if m is None or not starts_entry(m.group("rest")):
        return None
    return m.group("rest")


UNLABELLED_MIN_ENTRIES = 2  # consecutive people's entries that make a roster under no heading


def _unlabelled_block(front: Sequence[Line], i: int) -> bool:
    """True when line i and the lines after it are a block of at least UNLABELLED_MIN_ENTRIES
    people's entries ("Anna Ek (S), ordförande" / "Per Berg (M)") one under the other in one
    column, on one page with no wide gap, none of them a heading: a front page lists who was
    there under no label as often as under "Närvarande".  Entries beside it on its row (names in
    columns side by side) are passed over."""
    block = [front[i]]
    for ln in front[i + 1 : i + 4 * UNLABELLED_MIN_ENTRIES]:
        prev = block[-1]
        if len(block) == UNLABELLED_MIN_ENTRIES:
            break
        if ln.page == prev.page and abs((ln.top or 0.0) - (prev.top or 0.0)) <= SAME_ROW_PT:
            continue  # the entry beside it: names in columns side by side
        if ln.page != prev.page or _far_below(prev, ln) or abs((ln.x0 or 0.0) - (prev.x0 or 0.0)) > SAME_COLUMN_PT:
            return False
        block.append(ln)
    return len(block) == UNLABELLED_MIN_ENTRIES and all(
        starts_entry(ln.text) and roster_heading(ln.text) is None and parse_person_line(ln.text, None) is not None
        for ln in block
    )


NUMBERED_LINE = re.compile(r"^\(?\d{1,3}\s?[.)]?\s+(?P<rest>\S.*)$")


def _numbered_seat(text: str) -> bool:
    """ "1. Anna Ek (S)", "2) Ek, Per", "3 Sara Lind": a seat's number and a roster entry."""
    m = NUMBERED_LINE.match(text.strip())
    return m is not None and _seat(m.group("rest"))


def _next_text(lines: Sequence[Line], i: int) -> str:
    """The text of the line after line i, past the other cells of its row ("1. Anna Ek |
    Kumla kommun" / "2. Per Berg | Nora kommun": the next row's first cell)."""
    line = lines[i]
    for nxt in lines[i + 1 : i + 8]:
        beside = nxt.page == line.page and line.top is not None and nxt.top is not None
        if not (beside and abs(nxt.top - line.top) <= SAME_ROW_PT):  # type: ignore[operator]
            return nxt.text.strip()
    return ""


# "Församlade ledamöter:", "Medverkande tjänstemän": a label of a few words, no digits
UNKNOWN_HEADING = re.compile(r"^(?P<h>[A-ZÅÄÖ][\w/-]*(?:\s+[\w/-]+){0,4})\s*(?P<colon>:?)\s*(?P<rest>.*)$")
UNKNOWN_HEADING_MIN_ENTRIES = 2  # entries under a label with no stem before it counts as a heading


@cache
def _unknown_heading_stems() -> tuple[tuple[str, tuple[str, ...]], ...]:
    table = patterns.load("headings")["unknown_heading_stems"]
    return tuple((key, tuple(stems)) for key, stems in table.items())


@lru_cache(maxsize=1 << 14)
def unknown_roster_heading(text: str) -> tuple[str, Role | None, bool, bool] | None:
    """(heading, role, absent, has stem) of a roster label the vocabulary does not list: a few
    words alone on the line ending in ":" ("Kallade:"), or bearing a stem of who takes part
    ("Medverkande tjänstemän"); None for other text.  Whether people follow is the caller's to
    check.

    >>> unknown_roster_heading("Församlade ledamöter:")
    ('Församlade ledamöter', 'ledamot', False, True)
    >>> unknown_roster_heading("Förhindrade att delta:")[2], unknown_roster_heading("Plats och tid:")
    (True, None)
    """
    m = UNKNOWN_HEADING.match(text.strip())
    if m is None or m.group("rest"):
        return None
    heading = m.group("h")
    words = heading.casefold().split()
    if any(w in patterns.load("headings")["unknown_heading_not"] for w in words) or looks_like_name(heading):
        return None
    if known_organization(heading) or party_group(heading) is not None:
        return None  # "Kumla kommun:", "Moderaterna:": a group inside a roster
    folded = " ".join(words)
    for key, stems in _unknown_heading_stems():
        if any(stem in folded for stem in stems):
            if key == "absent":
                return heading, None, True, True
            return heading, (None if key == "each_line" else key), False, True  # type: ignore[return-value]
    return (heading, None, False, False) if m.group("colon") else None


def _unknown_label_beside_entry(
    front: Sequence[Line], i: int, mates: Sequence[Line]
) -> tuple[tuple[str, Role | None, bool, bool], str] | None:
    """(the label's `unknown_roster_heading`, the rest of line i) when line i is a label the
    vocabulary does not list, ending in ":", with a person's entry after it on the same row
    ("Styrelsens ledamöter: Anna Ek (S), ordförande", on one line or as two cells) and the
    line under that entry starting another entry in the entry's column; else None.  The rest is
    "" when the entry is a cell of its own (read as the section's next line)."""
    line = front[i]
    if line.x0 is None or line.x1 is None or not line.size:
        return None
    text = line.text.strip()
    if mates:
        first = mates[0]
        if len(mates) > 1 or (first.x0 or 0.0) <= line.x0:
            return None
        # a label in the left column beside its first entry stands for one ending in ":"
        label, rest, x, below_from = (
            text if text.endswith(":") else f"{text}:",
            first.text.strip(),
            first.x0 or 0.0,
            first,
        )
    else:
        label, colon, rest = text.partition(":")
        if not colon or not rest.strip():
            return None
        label, rest = label + ":", rest.strip()
        # where the entry starts on the line: its share of the characters (no word positions)
        x = line.x0 + (line.x1 - line.x0) * (len(text) - len(rest)) / len(text)
        below_from = line
    found = unknown_roster_heading(label)
    if found is None or not starts_entry(rest) or parse_person_line(rest, found[1]) is None:
        return None
    below = next(
        (o for o in front[i + 1 : i + 4] if o.top is not None and o.top > (below_from.top or 0.0) + SAME_ROW_PT),
        None,
    )
    if below is None or below.x0 is None or not starts_entry(below.text):
        return None
    if not (line.x0 + line.size < below.x0 and abs(below.x0 - x) <= INDENT_TOLERANCE_EM * line.size):
        return None
    return found, ("" if mates else rest)


def _unknown_label_with_entries(text: str) -> tuple[tuple[str, Role | None, bool, bool], str] | None:
    """(the label's `unknown_roster_heading`, the people) when a line is a label the vocabulary
    does not list, ending in ":", and after it people's entries only ("Förtroendevalda: Anna Ek
    (S), Per Berg (M)"); else None."""
    label, colon, rest = text.partition(":")
    rest = rest.strip()
    if not colon or not rest:
        return None
    found = unknown_roster_heading(label.strip() + ":")
    if found is None or job_title_label(label) is not None:
        return None  # "Planeringschef: Yngve Modig": a title and its holder, one entry
    entries = split_entries(rest)
    if not entries or not all(starts_entry(e) and parse_person_line(e, found[1]) is not None for e in entries):
        return None
    return found, rest


INDENT_TOLERANCE_EM = 2.0  # how far an entry's estimated start may stand from the next line's


def _one_entry_under(front: Sequence[Line], i: int) -> bool:
    """True when the line after line i starts a person's entry on the row below it, in its
    column, and no other entry follows in that column (a label over one person)."""
    line = front[i]
    if i + 1 >= len(front) or None in (line.x0, line.top):
        return False
    entry = front[i + 1]
    if entry.x0 is None or entry.top is None or entry.top <= line.top + SAME_ROW_PT:  # type: ignore[operator]
        return False
    if abs(entry.x0 - line.x0) > SAME_COLUMN_PT or _far_below(line, entry) or not starts_entry(entry.text):  # type: ignore[operator]
        return False
    after = front[i + 2] if i + 2 < len(front) else None
    return (
        after is None
        or after.page != entry.page
        or after.x0 is None
        or abs(after.x0 - entry.x0) > SAME_COLUMN_PT
        or _far_below(entry, after)
        or not starts_entry(after.text)
        or roster_heading(after.text) is not None
    )


def _people_follow(front: Sequence[Line], i: int, wanted: int) -> bool:
    """True when the `wanted` lines after line i each start a person's entry."""
    after = [ln.text for ln in front[i + 1 : i + 1 + wanted]]
    return len(after) == wanted and all(starts_entry(t) for t in after)


def _spilled_into(
    opened: Sequence[dict], current: dict, line: Line, columned: set[int], order: dict[int, int]
) -> dict | None:
    """The section a line on a new page goes on when the page before was read in page columns
    ("Ledamöter" down the left, "Ej tjänstgörande ersättare" down the right) and the list spills
    over: the last section read in the column the line lines up with, when that column ran to
    the page's foot and the last one read stopped well above it (a column that stops short has
    no more to come).  None when that is the current section, both columns ran to the foot (the
    list flows from one column to the next), or the roster was not read in columns."""
    last = current["lines"][-1] if current["lines"] else None
    if last is None or line.page <= last.page or id(last) not in columned or line.x0 is None:
        return None
    if abs((last.x0 or 0.0) - line.x0) <= SAME_COLUMN_PT:
        return None  # the current section's own column goes on
    x0 = line.x0
    in_column = [
        (order[id(ln)], ln, d)
        for d in opened
        for ln in d["lines"]
        if ln.page == last.page and id(ln) in columned and abs((ln.x0 or 0.0) - x0) <= SAME_COLUMN_PT
    ]
    if not in_column:
        return None
    _, foot, section = max(in_column, key=lambda t: t[0])
    if section is current or None in (foot.bottom, last.bottom, line.size):
        return None
    return section if foot.bottom - last.bottom > FAR_GAP_LINES * line.size else None  # type: ignore[operator]


def _agenda_line(text: str) -> bool:
    """ "1. Mötets öppnande", "§ 5 Budget 2026": an agenda's entry, not a (numbered) roster seat."""
    for style in ("numbered", "paragraph", "finnish"):
        m = ITEM_STYLES[style].match(text)
        if m and m.group("title") and not _seat(m.group("title")) and not starts_entry(m.group("title")):
            return True
    return False


# "se bilaga 1", "Se närvaro- och voteringslista, bilaga 1": a roster printed in an appendix
APPENDIX_REFERENCE = re.compile(r"^(?:(?:se|enligt|framgår av)\b[^.]{0,60}?)?\(?\bbilaga\s+(\d{1,2})\)?\.?$", re.I)
APPENDIX_HEADING = re.compile(r"^bilaga\s+(\d{1,2})\b", re.I)


@cache
def _appendix_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Enligt bifogad närvaro- och voteringslista", "Se bilaga", "Se närvarolista": a reference
    to a roster in an appendix without its number; and the heading of that appendix ("Bilaga:
    Närvaro- och voteringslista", "Närvarolista", "Bilaga 3 Närvarolista"), patterns/headings.yml
    ``appendix_rosters``."""
    table = patterns.load("headings")["appendix_rosters"]
    words = sorted(table["lists"], key=len, reverse=True)
    lists = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in table["leads"])
    attached = "|".join(map(re.escape, table["attached"]))
    reference = re.compile(rf"^(?:{leads})\s+(?:(?:{attached})\s+)?(?:(?P<list>{lists})|bilagan?|bilagor)\.?$", re.I)
    heading = re.compile(
        rf"^(?:bilaga(?:\s+\d{{1,2}})?\s*[:.–-]?\s*)?(?P<list>{lists})\b(?!\s+[a-zåäö])|^bilaga$", re.I
    )
    return reference, heading


def _appendix_start(lines: Sequence[Line], ref_line: Line) -> int | None:
    """Where the appendix a numberless reference points to begins: the last heading that names
    a roster's list ("Bilaga: Närvaro- och voteringslista"), or a lone "Bilaga", below the
    reference's page."""
    _, heading = _appendix_list_patterns()
    starts = [
        i
        for i, ln in enumerate(lines)
        if ln is not ref_line and ln.page > ref_line.page and heading.match(ln.text.strip())
    ]
    return starts[-1] if starts else None


def appendix_rosters(lines: Sequence[Line], sections: Sequence[RosterSection]) -> list[RosterSection]:
    """The roster sections with those that point to an appendix ("Beslutande: se bilaga 1")
    replaced by the roster printed under that appendix's heading ("Bilaga 1"), read the same way."""
    out: list[RosterSection] = []
    read: set[tuple] = set()  # the lines of the appendices read in place of their references
    for section in sections:
        ref = APPENDIX_REFERENCE.match(section.lines[0].text.strip()) if len(section.lines) == 1 else None
        named = (
            _appendix_list_patterns()[0].match(section.lines[0].text.strip())
            if ref is None and len(section.lines) == 1
            else None
        )
        if ref is None and named is None:
            out.append(section)
            continue
        if ref is not None:
            starts = [
                i
                for i, ln in enumerate(lines)
                if (m := APPENDIX_HEADING.match(ln.text.strip()))
                and m.group(1) == ref.group(1)
                and ln is not section.lines[0]
            ]
        else:
            at = _appendix_start(lines, section.lines[0])
            starts = [at] if at is not None else []
        if not starts:
            out.append(section)
            continue
        start = starts[-1] + 1
        end = next((i for i in range(start, len(lines)) if APPENDIX_HEADING.match(lines[i].text.strip())), len(lines))
        body = list(lines[start:end])
        found = find_roster(body)
        out.extend(found or [replace(section, lines=tuple(body))])
        read.update(_line_key(ln) for ln in body)
    # The segmenter may have met the appendix's roster at the end of the document too (read in
    # the page's columns): it is the same roster, read once, under the appendix's heading.
    own = {id(s) for s in sections}
    return [s for s in out if id(s) not in own or not all(_line_key(ln) in read for ln in s.lines)]


def _line_key(line: Line) -> tuple:
    return (line.page, line.top, line.x0, line.text)


# Captions of a signature box: the role printed under (or over) the signer's name.
SIGNATURE_CAPTIONS: dict[str, Role] = {
    "ordförande": "ordförande",
    "mötesordförande": "ordförande",
    "vice ordförande": "vice ordförande",
    "justerare": "justerare",
    "justerande": "justerare",
    "protokolljusterare": "justerare",
    "sekreterare": "sekreterare",
    "protokollförare": "sekreterare",
    "mötessekreterare": "sekreterare",
    "antecknare": "sekreterare",
    "sekreterare/antecknare": "sekreterare",
}


def signatures_heading(text: str) -> bool:
    """ "Underskrifter", "Underskrift", "Signaturer": the heading of a signature box."""
    return text.strip().rstrip(":").casefold() in _signatures()


# "20–25", "§§ 45–54", "45, 47": the items a signature box covers, wrapped under its "Paragrafer"
ITEM_NUMBERS = re.compile(r"^(?:§§?\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och)\s*\d{1,4})*$")


def signature_captions(lines: Sequence[Line]) -> list[RosterSection]:
    """Signers of a signature box whose captions stand under (or, failing that, over) their
    names: a row of names ("Anna Ek | Per Berg") and under it a row of captions ("Ordförande |
    Justerare") give each name the role of the caption nearest to it.  One section per signer."""
    rows_ = [row for row in rows(lines) if row]

    def caption(cell: Line) -> Role | None:
        return SIGNATURE_CAPTIONS.get(cell.text.strip().rstrip(":").casefold())

    def names(row: Sequence[Line]) -> bool:
        return all(looks_like_name(cell.text.strip()) for cell in row)

    def filler(row: Sequence[Line]) -> bool:  # "Paragrafer §§ 45–54" between a caption and its name
        return all(
            cell.text.strip().casefold().startswith(_roster_end()) or ITEM_NUMBERS.match(cell.text.strip())
            for cell in row
        )

    def headed(j: int, k: int) -> bool:
        """ "Protokolljusterare" / name / "Sekreterare": the name is its heading's, of another role
        than the caption under it ("Vid protokollet" / name / "Sekreterare" agree)."""
        if j == 0 or len(rows_[j - 1]) != 1:
            return False
        head = roster_heading(rows_[j - 1][0].text.strip())
        return head is not None and head[1] is not None and head[1] not in {caption(c) for c in rows_[k]}

    def neighbour(k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(rows_) and filler(rows_[j]):
            j += step
        if step < 0 and j >= 0 and headed(j, k):
            return None
        return j if 0 <= j < len(rows_) and names(rows_[j]) else None

    def beside(cell: Line) -> bool:  # "Underskrifter" | "Sekreterare" | "…… Paragrafer §§ 45–54" on one row
        text = cell.text.strip().lstrip("._… ").casefold()
        return text.startswith(_signatures()) or text.startswith(_roster_end()) or bool(ITEM_NUMBERS.match(text))

    captions = [
        k
        for k, row in enumerate(rows_)
        if any(caption(cell) for cell in row) and all(caption(cell) or beside(cell) for cell in row)
    ]
    if not captions:
        return []
    # One box, one direction: the first caption decides whether names stand over or under theirs.
    step = -1 if neighbour(captions[0], -1) is not None else 1
    out: list[RosterSection] = []
    used: set[int] = set()
    for k in captions:
        j = neighbour(k, step)
        if j is None or j in used:
            continue
        used.add(j)
        for cell in rows_[k]:
            if caption(cell) is None:
                continue
            signer = min(rows_[j], key=lambda n: abs((n.x0 or 0.0) - (cell.x0 or 0.0)))
            out.append(RosterSection(heading=cell.text.strip(), role=caption(cell), lines=(signer,)))
    return out


def _far_below(prev: Line, line: Line) -> bool:
    if prev.page != line.page or None in (prev.bottom, line.top, line.size):
        return False
    return line.top - prev.bottom > FAR_GAP_LINES * line.size  # type: ignore[operator]


def _same_row(line: Line, lines: Sequence[Line], i: int) -> bool:
    """True when another sub-heading stands on the same row (a column header row)."""
    return line.top is not None and any(
        other.top is not None and abs(other.top - line.top) < 3 for other in lines[max(0, i - 2) : i]
    )


def _without_running_number(item: ItemBlock, opened: frozenset[tuple[int, str]] = frozenset()) -> ItemBlock:
    """An item without the running header that repeats its bare number at the top of a later
    page ("§ 46" over page 3 of "§ 46 Ansökan om föreningsbidrag"), or names the item that
    opens on that page (`opened`: (page, number) of every item's heading): "§ 47" over the
    last lines of § 46 on the page where § 47 begins."""
    kept = [
        ln
        for k, ln in enumerate(item.lines)
        if not (
            (k == 0 or item.lines[k - 1].page != ln.page)
            and ln.page != item.page
            and any(
                (m := p.match(ln.text.strip()))
                and not m.group("title")
                and (m.group(1) == item.number or (ln.page, m.group(1)) in opened)
                for p in ITEM_STYLES.values()
            )
        )
    ]
    return item if len(kept) == len(item.lines) else replace(item, lines=tuple(kept))


def _reading_order(lines: Sequence[Line]) -> list[Line]:
    """The lines in reading order, an agenda printed as a table read as the lines its items would
    be.  Page columns are looked for first; where they cut an agenda table in two (its decision
    column read as a page column of its own, "Punkt | Ärende | Beslut/åtgärd"), the table is read
    before them."""
    ordered = text_column_order(lines, starts_entry)
    read = linearize_agenda_tables(ordered)
    if not _same_lines(read, ordered):
        return read
    table_first = linearize_agenda_tables(lines)
    return read if _same_lines(table_first, lines) else text_column_order(table_first, starts_entry)


def _same_lines(a: Sequence[Line], b: Sequence[Line]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def segment(lines: Sequence[Line]) -> Segments:
    """Split a document's content lines into front matter (with its roster) and items.  An
    agenda printed as a table is first read as the lines its items would be."""
    lines = [ln for ln in _reading_order(lines) if not is_continuation(ln.text)]
    found = find_items(lines)
    opened = frozenset((item.page, item.number) for item in found)
    items = [_without_running_number(item, opened) for item in found]
    first = items[0].heading if items else None
    end = len(lines) if first is None else next(i for i, ln in enumerate(lines) if ln is first)
    if first is not None and _title_at_left(lines, end) == items[0].title:
        end -= 1  # the first item's title, left of its number, is not front matter
    front = list(lines[:end])
    roster = find_roster(front, unlabelled=True)
    back: tuple[Line, ...] = ()
    if items:
        # "Närvarande" / "Ledamöter" after the last item: the attendance printed at the end
        # ends that item, and is read like a roster in the front matter.
        last = items[-1]
        cut = back_roster_start(last.lines)
        if cut is not None:
            kept, back = last.lines[:cut], last.lines[cut:]
            items[-1] = replace(last, lines=kept, end_page=max([last.page, *(ln.page for ln in kept)]))
            roster = [*roster, *find_roster(back)]
    return Segments(front=tuple(front), roster=tuple(roster), items=tuple(items), back=back)


# A roster heading after the last item opens the attendance printed at the end when at least
# this many of the lines after it are roster entries.
BACK_ROSTER_MIN_ENTRIES = 2


def _people_named(text: str) -> int:
    """How many people a roster line names: "Anna Ek (S)" one, "Ordförande: Anna Ek, Region
    Örebro län" (a heading and its first entry) one, "Beslutande: A, Kumla kommun; B, Nora
    kommun; …" or "Askersunds kommun: Siri Ek, Per Berg (ers)" as many as it lists."""
    head = roster_heading(text)
    rest = head[2] if head is not None else text
    org = re.match(r"^(?P<org>[^:,;()]{3,60}):\s+(?P<rest>\S.*)$", rest)
    if org and known_organization(org.group("org")):
        rest = org.group("rest")
    if not rest or not starts_entry(rest):
        return 0
    return len(split_entries(rest)) if head is not None or org else 1


def back_roster_start(lines: Sequence[Line]) -> int | None:
    """Index of the line where a roster printed after the last item begins: a roster heading
    standing first on its line ("Närvarande", "Ledamöter:", "Deltagare: Anna Ek, Per Berg")
    followed by entries; None when the item's lines hold none.  Under "Underskrifter" a
    caption ("Ordförande" over its signer's name) is a signature, no roster."""
    signing = False
    for i, line in enumerate(lines):
        text = line.text.strip()
        signing = signing or signatures_heading(text)
        head = roster_heading(text) if text[:1].isupper() else None
        if head is None or head[1] in ("sekreterare", "justerare"):
            continue
        if signing and text.rstrip(":").casefold() in SIGNATURE_CAPTIONS:
            continue
        # a party's name over its group ("Socialdemokraterna" / "Anna Ek, ordförande") is no
        # entry, nor in the way of one: groups of one person each still make a roster
        after = (ln.text.strip() for ln in lines[i + 1 :])
        following = [t for t in after if party_group(t) is None][: 2 * BACK_ROSTER_MIN_ENTRIES]
        if sum(1 for t in following if option_of_label(t) is not None) >= 2:
            continue  # "Ledamot | Parti | Ja | Nej | Avstår": a roll-call vote's table, not the attendance
        entries = sum(_people_named(t) for t in following)
        if sum(1 for t in following if is_header_row([Line(text=t, page=line.page)])) >= 2:
            entries += BACK_ROSTER_MIN_ENTRIES  # "Närvaro" over a table's header row "Namn | Parti | Funktion"
        if head[2] and starts_entry(head[2]):
            entries += len(split_entries(head[2]))
        if entries >= BACK_ROSTER_MIN_ENTRIES:
            return i
    return None


# --------------------------------------------------------------------------- joint meetings
# "Närvarande från Socialnämnden:", "Ledamöter i Chefsgrupp folkhälsa": a lead-in before a body.
_BODY_LEAD = re.compile(
    r"^(?:(?:närvarande|ledamöter|deltagare|beslutande|ersättare)\s+(?:från|för|i)\s+|från\s+|för\s+)", re.I
)


def body_heading(text: str) -> str | None:
    """The body a roster line names as its own heading, or None: "Specifika samverkansrådet för
    folkhälsa", "Närvarande från Socialnämnden:".  A line with a comma is an entry, not a heading."""
    t = _BODY_LEAD.sub("", text.strip()).rstrip(":").strip()
    if not t or "," in t or len(t.split()) > 9 or not t[0].isupper() or roster_heading(t) is not None:
        return None
    known = known_organization(t)
    if known:
        return known if any(o.name == known and o.kind == "organ" for o in all_organizations()) else None
    if not body_kind(t):
        return None
    # After the word that names the body only its subject ("för folkhälsa", "barn och unga") or
    # its owner ("Kumla kommun"): "Regionala samverkansrådet Vera Holmgren" is a letterhead
    # cell run into a name, not a heading.
    words = t.split()
    head = max(i for i, w in enumerate(words) if body_kind(w))
    tail = " ".join(words[head + 1 :])
    return t if not tail or tail[0].islower() or known_organization(tail) else None


def _position(line: Line) -> tuple[int, float, float]:
    return line.page, line.top if line.top is not None else -1.0, line.x0 or 0.0


def roster_sections_by_body(
    front: Sequence[Line], sections: Sequence[RosterSection], joint: bool = True
) -> list[tuple[str | None, list[RosterSection]]]:
    """A joint meeting's roster, one part per body: each section's lines go to the body whose
    heading stands nearest above them (in their column).  A protocol that is not a joint
    meeting, or whose roster names no second body, is one part, body None (the document's own)."""
    lines = [ln for s in sections for ln in s.lines]
    if not joint or not lines or any(ln.top is None for ln in lines):
        return [(None, list(sections))]
    first, last = min(map(_position, lines)), max(map(_position, lines))
    headings = [(ln, b) for ln in front if ln.top is not None and (b := body_heading(ln.text))]
    inside = [(ln, b) for ln, b in headings if first < _position(ln) < last]
    bodies = {b for ln, b in headings if _position(ln) <= last}
    if not inside or len(bodies) < 2:
        return [(None, list(sections))]

    front_end = max((_position(ln) for ln in front if ln.top is not None), default=(0, 0.0, 0.0))

    def body_of(line: Line) -> str | None:
        if _position(line)[:2] > front_end[:2]:
            return None  # a roster or signature after the items: the meeting's, not one part's
        above = [(ln, b) for ln, b in headings if _position(ln)[:2] < _position(line)[:2]]
        same_page = [(ln, b) for ln, b in above if ln.page == line.page]
        column = [(ln, b) for ln, b in same_page if abs((ln.x0 or 0) - (line.x0 or 0)) <= SAME_COLUMN_PT * 4]
        pool = column or same_page or above
        return max(pool, key=lambda lb: _position(lb[0])[:2])[1] if pool else None

    parts: dict[str | None, list[RosterSection]] = {}
    for s in sections:
        split: dict[str | None, list[Line]] = {}
        for ln in s.lines:
            if body_heading(ln.text) is None:  # the heading of the next part is no entry of this one
                split.setdefault(body_of(ln), []).append(ln)
        for body, mine in split.items():
            parts.setdefault(body, []).append(replace(s, lines=tuple(mine)))
    return list(parts.items())
