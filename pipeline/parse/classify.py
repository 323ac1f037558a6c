"""Document kind, title, body, date, time and place — from the first page and its headers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import patterns
from ..records import DocumentInfo, DocumentKind, ExtractedDocument, Line
from .bodies import indefinite
from .dates import DATE_PATTERN, find_dates, parse_swedish_date
from .organizations import all_organizations, find_organizations, known_organization

# Words that name a document's kind in its heading, strongest first.
KIND_WORDS: list[tuple[DocumentKind, re.Pattern[str]]] = [
    ("uppdragsdirektiv", re.compile(r"\buppdragsdirektiv\b|^tjänstemannastöd (?:till|för)\b|\bdirektiv för\b", re.I)),
    ("overenskommelse", re.compile(r"^(?:överenskommelse|avtal|samverkansavtal|samarbetsavtal)\b|^parter\s*:", re.I)),
    # "Anteckningar" opening a heading line ("Anteckningar", "ANTECKNINGAR 2025-02-28") names minutes
    # too; not "Protokollsanteckningar" or "… anteckningar" inside a sentence
    (
        "minnesanteckningar",
        re.compile(r"\bminnesanteckningar\b|\bmötesanteckningar\b|\banteckningar från\b|^anteckningar\b", re.I),
    ),
    ("protokoll", re.compile(r"\b(?:sammanträdes|justerat |styrelse|års(?:mötes|stämmo)?|stämmo)?protokoll\b", re.I)),
]
TITLE_GOES_ON = re.compile(r"\b(?:och|i|för|av|till|med|om|mellan|samt|på|inom)$|[-–,]$")
BODY_WORDS = re.compile(
    r"\b(?:[A-ZÅÄÖ][a-zåäö]*(?:styrelsens|nämndens)\s+(?:arbets|personal|allmänna\s+|individ)?utskott|"
    r"Kommunstyrelsen|Kommunfullmäktige|Regionstyrelsen|Regionfullmäktige|Stadsstyrelsen|Stadsfullmäktige|"
    # "Socialnämnden", "Vård- och omsorgsnämnden", "Kommunstyrelsens arbetsutskott"
    r"[A-ZÅÄÖ][a-zåäö]*(?:-\s(?:och|&)\s[a-zåäö]+)?(?:nämnden|styrelsen|utskottet|sektionen|fullmäktige|direktionen|"
    r"fullmaktige|nämnd|styrelse)(?:s\s+(?:arbets|personal|allmänna\s+)?utskott)?\b|"
    r"(?:Specifika|Regionala)\s+samverkansrådet(?:\s+för\s+[a-zåäö ,]+?(?=\s*$|\s{2}|\.))?|"
    r"Chefsgrupp(?:en)?\s+(?:för\s+)?[a-zåäö ]+|Styrgrupp\s+[a-zåäö ]+|"
    r"Rådet för [a-zåäö ]+)",
)
TIME = re.compile(
    r"\bkl(?:\.|ockan)?\s*(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?)"
)
PLACE = re.compile(r"^(?:Plats(?: och tid)?|Sammanträdesplats|Mötesplats|Lokal)\s*:?\s*(?P<place>.*)$", re.I)
DATE_FIELD = re.compile(
    r"^(?:Sammanträdesdatum|Sammanträdestid|Sammanträdesdag|Sammanträde|Mötesdatum|Datum|Tid|Plats och tid|Möte)\b",
    re.I,
)


def _head(doc: ExtractedDocument, limit: int = 60) -> list[Line]:
    """The first page's lines, running headers included, in reading order."""
    if not doc.pages:
        return []
    page = doc.pages[0]
    lines = [*page.furniture, *page.lines]
    if all(ln.top is not None for ln in lines):
        lines.sort(key=lambda ln: (round(ln.top or 0), ln.x0 or 0))
    else:
        lines = [*page.lines]
    return lines[:limit]


def _leads(pattern: re.Pattern[str], text: str) -> bool:
    """The kind word opens the line: "PROTOKOLL 2024-02-19 Dnr 24RS8571 Specifika samverkansrådet …"
    is a heading however many fields share its line; "… enligt protokollet" is not."""
    m = pattern.search(text.strip())
    return m is not None and m.start() == 0


def document_kind(doc: ExtractedDocument) -> DocumentKind:
    """What kind of document this is, judged by its heading lines first, then its whole text."""
    head = _head(doc, 25)
    # The first heading line that names a kind decides: "Sammanträdesprotokoll" above an item
    # titled "… ENLIGT GÄLLANDE" / "ÖVERENSKOMMELSE" is a protocol.
    for ln in head:
        for kind, pattern in KIND_WORDS:
            # A protocol says so in a heading ("Protokoll", "Sammanträdesprotokoll 2024-05-13"),
            # not in a sentence that mentions protocols.
            short = kind in ("protokoll", "minnesanteckningar")
            if pattern.search(ln.text.strip()) and (not short or len(ln.text.split()) <= 5 or _leads(pattern, ln.text)):
                return kind
    text = "\n".join(ln.text for ln in doc.lines[:400])
    if re.search(r"^\s*(?:§\s*\d+|\d+\s*§)", text, re.M) and re.search(r"\bjusterare\b", text, re.I):
        return "protokoll"
    return "other"


# After a protocol's kind word in its heading: a date alone ("2024-06-14", "250425", "4 mars 2025"),
# or the phrase that says whose or which meeting's it is ("från …", "för …", "vid …").
TITLE_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)
TITLE_OF = re.compile(r"(?:från|för|vid)\s+\S", re.IGNORECASE)


def document_title(doc: ExtractedDocument, kind: DocumentKind) -> str | None:
    """The heading that names the document: "Protokoll", or an agreement's full title."""
    head = _head(doc, 25)
    if kind in ("protokoll", "minnesanteckningar"):
        pattern = dict(KIND_WORDS)[kind]
        found = [
            (ln, m)
            for ln in head
            if (m := pattern.search(ln.text)) and (len(ln.text.split()) <= 4 or _leads(pattern, ln.text))
        ]
        if not found:
            return None
        # The heading, set larger than a letterhead's field of the same word ("Protokoll" beside
        # the logo, "Protokoll 250425" over the page): the largest, the first of equals.
        ln, m = max(found, key=lambda f: f[0].size or 0.0) if all(f[0].size for f in found) else found[0]
        word = m.group(0)
        word = word[:1].upper() + (word[1:].lower() if word.isupper() else word[1:])
        # What the heading goes on with is its title too when it is the meeting's date or says
        # whose protocol it is ("Protokoll 2024-06-14", "Protokoll från Specifika
        # samverkansrådet …"); other fields sharing the line ("– Regionala samverkansrådet",
        # "Dnr 24RS8571 …") are not.
        text = ln.text.strip()
        rest = text[lead.end() :].strip() if (lead := pattern.search(text)) and lead.start() == 0 else ""
        if rest and (TITLE_DATE.fullmatch(rest) or TITLE_OF.match(rest)):
            return f"{word} {rest}"
        return word
    content = [ln for ln in (doc.pages[0].lines if doc.pages else ()) if ln.text.strip()]
    if not content or kind == "other":
        return content[0].text.strip() if content else None
    start = next((i for i, ln in enumerate(content[:8]) if dict(KIND_WORDS)[kind].search(ln.text)), 0)
    if kind == "overenskommelse" and content[start].text.casefold().startswith("parter"):
        start = 0
    title = content[start].text.strip()
    for ln in content[start + 1 : start + 4]:
        nxt = ln.text.strip()
        if TITLE_GOES_ON.search(title) or nxt[:1].islower():
            title = f"{title} {nxt}"
        else:
            break
    return title.rstrip(". ")


def document_body(doc: ExtractedDocument) -> str | None:
    """The council, board or group the meeting belongs to."""
    head = _head(doc)
    text = " ".join(ln.text for ln in head)
    bodies = {o.name for o in all_organizations() if o.kind == "organ"}
    for name in find_organizations(text):
        if name in bodies:
            return name
    for ln in head:
        m = BODY_WORDS.search(ln.text)
        if m:
            return m.group(0).strip()
    return None


# "Protokoll 250425", "Minnesanteckningar 250123": the kind word and the date as YYMMDD.
KIND_AND_COMPACT_DATE = re.compile(
    r"^(?:sammanträdes)?(?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar)\s+(\d{6}|\d{8})$", re.I
)


_VALUE_LOOKAHEAD = 6  # lines between a label and its value (the rest of a row of labels)
_SAME_COLUMN_PT = 12.0  # how far a value's left edge may stand from its label's
_SAME_ROW_PT = 3.0  # a value beside its label, on the label's row


@cache
def _other_date_label() -> re.Pattern[str]:
    """ "Justeringsdatum", "Datum för anslag", "Anslaget tas ned": a label of a date that is
    not the meeting's (patterns/dates.yml), opening its line."""
    labels = sorted(patterns.load("dates")["other_date_labels"], key=len, reverse=True)
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return re.compile(rf"^(?:{alternatives})(?![^\W\d_])", re.I)


def _meeting_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines without those that date something else: a line opening with a label of
    another date ("Justeringsdatum 2025-03-11"), and the date beside or under such a label alone
    in its cell ("Datum för anslag | 2025-03-12"; in a row of labels over a row of values, the
    value under that label)."""
    skipped: set[int] = set()
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not _other_date_label().match(text):
            continue
        skipped.add(i)
        if find_dates(text, compact=True):
            continue
        for k in range(i + 1, min(i + 1 + _VALUE_LOOKAHEAD, len(lines))):
            below = lines[k]
            if not find_dates(below.text, compact=True) or len(below.text.split()) > 3:
                continue
            if None in (ln.x0, ln.top, ln.bottom, below.x0, below.top):
                if k == i + 1:
                    skipped.add(k)  # a text source: the value is the next line
                break
            beside = abs(below.top - ln.top) < _SAME_ROW_PT and below.x0 > ln.x0  # type: ignore[operator]
            under = below.top >= ln.bottom - 1 and abs(below.x0 - ln.x0) <= _SAME_COLUMN_PT  # type: ignore[operator]
            if beside or under:
                skipped.add(k)
                break
    return [ln for i, ln in enumerate(lines) if i not in skipped]


def labelled_date(lines: Sequence[Line]) -> str | None:
    """The date a labelled field gives ("Sammanträdesdatum 2024-05-13", "Datum: 4 mars 2025",
    or "Protokoll 250425" in a heading), looking at the field and the two lines after it."""
    for i, ln in enumerate(lines):
        m = KIND_AND_COMPACT_DATE.match(ln.text.strip())
        if m and (d := parse_swedish_date(m.group(1), compact=True)):
            return d
        # "PROTOKOLL" | "250305" | "Socialnämnden": the kind word and, in the next cell, the date
        nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if KIND_AND_COMPACT_DATE.match(f"{ln.text.strip()} {nxt}") and (d := parse_swedish_date(nxt, compact=True)):
            return d
        if DATE_FIELD.match(ln.text.strip()):
            for k, candidate in enumerate(lines[i : i + 3]):
                # "Sammanträdesdatum: 240722": a compact date is safe on the field's own line, or
                # alone on the line under the label ("Datum" / "240722")
                d = parse_swedish_date(candidate.text, compact=k == 0 or bool(COMPACT_ALONE.match(candidate.text)))
                if d:
                    return d
    return None


COMPACT_ALONE = re.compile(r"^\s*\d{6}\s*$")


def meeting_date(lines: Sequence[Line]) -> str | None:
    """The meeting's date: a labelled field first ("Sammanträdesdatum 2024-05-13"), else the
    first date in the head of the document; dates labelled as another's ("Justeringsdatum",
    "Datum för anslag") are passed over."""
    lines = _meeting_lines(lines)
    if d := labelled_date(lines):
        return d
    for ln in lines:
        dates = find_dates(ln.text)
        if dates:
            return dates[0][1]
    return None


def decision_date(lines: Sequence[Line]) -> str | None:
    """When a directive was decided: "Beslut i Regionala chefsamverkansgruppen (KC/RD) 181004"."""
    for ln in lines[:30]:
        if re.match(r"^(?:Beslut(?:ad|at)?|Fastställ(?:d|t))\b", ln.text.strip(), re.I):
            d = parse_swedish_date(ln.text, compact=True)
            if d:
                return d
    return None


def body_with_owner(body: str | None, owner: str | None) -> str | None:
    """A body is named with its organisation where its name alone is every municipality's
    ("Kommunstyrelsen" -> "Kommunstyrelsen Kumla kommun"); a body of the shipped table
    ("Specifika samverkansrådet för folkhälsa") or one that names its owner stays as it is."""
    if not body or not owner:
        return body
    known = {o.name for o in all_organizations() if o.kind == "organ"}
    place = owner.split()[0] if owner.endswith("kommun") else owner  # "Kumla kommunstyrelse" names Kumla
    if body in known or owner.casefold() in body.casefold() or place.casefold() in body.casefold():
        return body
    return f"{body} {owner}"


def body_owner(body: str | None) -> str | None:
    """The organisation a body of the shipped table belongs to ("Ledningsgruppen för Regional
    utveckling" -> "Region Örebro län"), None for any other body."""
    known = known_organization(body) if body else None
    return next((o.parent for o in all_organizations() if o.name == known and o.kind == "organ"), None)


def organ_named(lines: Sequence[Line], owner: str | None) -> str | None:
    """The body of a company or kommunalförbund its head names by the organ alone: "Direktionen"
    on a line, or the organ's stem opening a word ("STYRELSEPROTOKOLL", "Protokoll fört vid
    styrelsesammanträde i …"); the organs an organisation has are organizations.yml's `organs`.

    >>> organ_named([Line(text="Styrelseprotokoll", page=1)], "Karlskogahem AB")
    'Styrelsen'
    """
    organs = next((o.organs for o in all_organizations() if o.name == owner), ())
    for organ in organs:
        stem = indefinite(organ.casefold())
        pattern = re.compile(rf"(?<![\w-]){re.escape(stem)}", re.I)
        if any(pattern.search(ln.text) for ln in lines):
            return organ
    return None


# "Gemensamt möte för …", "gemensamt sammanträde med …": one protocol for the meeting of several bodies.
JOINT = re.compile(r"\bgemensam(?:t|ma)\s+(?:möte(?:t)?|sammanträde(?:t)?|punkter|sammankomst)\b", re.I)


def classify(doc: ExtractedDocument) -> DocumentInfo:
    """Kind, title, body, date, time and place of a document."""
    kind = document_kind(doc)
    head = _head(doc)
    title = document_title(doc, kind)
    if kind in ("overenskommelse", "uppdragsdirektiv"):
        # An agreement's date is its decision's, or a "Datum" field of its letterhead.
        return DocumentInfo(
            kind=kind,
            title=title,
            date=decision_date(head) or (labelled_date(head[:12]) if kind == "overenskommelse" else None),
        )
    time = place = None
    for ln in head:
        if time is None and (m := TIME.search(ln.text)):
            time = m.group(1).replace(" ", "")
        if place is None and (m := PLACE.match(ln.text.strip())) and m.group("place"):
            place = m.group("place").strip()
    return DocumentInfo(
        kind=kind,
        title=title,
        body=document_body(doc),
        # A long first page pushes its footer out of the head: a date only the footer gives
        # ("Protokoll 2025-03-04 | Sida 1 av 4") is the meeting's all the same.
        date=meeting_date(head) or meeting_date(doc.pages[0].furniture if doc.pages else []),
        time=time,
        place=place,
        joint_meeting=bool(JOINT.search(" ".join(ln.text for ln in head))),
    )
