"""Item text -> decisions (verbatim, with a kind), elections and presenters.

An item with a "Beslut" section (municipal style, or "<Organ>s beslut:") has its decisions
there and only there: what stands under "Förslag till beslut" is a proposal.  Elsewhere a
sentence is a decision when it reads like one (patterns/decisions.yml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from .. import patterns
from ..records import Decision, DecisionKind, Line, Participant, Presenter, Remark, RemarkKind, Role
from .bodies import body_kind
from .dates import DATE_PATTERN
from .layout import SAME_ROW_PT
from .people import parse_person_line, without_substitute
from .segment import SIGNATURE_CAPTIONS
from .text import (
    SUB_HEADING,
    decision_verbs,
    list_marker_kind,
    looks_like_name,
    name_token,
    next_word_fits,
    sentences_of_lines,
    split_sentences,
    strip_list_marker,
)

# "Beslut", "Beslut: Nämnden beslutar …", "Välfärdsnämndens beslut:" — but not "Beslutsunderlag".
# "Vård- och omsorgsnämndens beslut", "Kommunstyrelsens beslut:", "Beslut: Nämnden beslutar …",
# a body of two or three words in the genitive ("Regionala samverkansrådets beslut",
# "Kommunstyrelsens arbetsutskotts beslut")
DECISION_HEADING = re.compile(
    r"^(?:[A-ZÅÄÖ][\w-]*(?:\s(?:och|&)\s[\w-]+)?(?:\s[a-zåäö][\w-]*){0,2}s\s+)?beslut(?:et)?"
    r"\s*(?:[:.–-]\s*(?P<rest>.*))?$",
    re.I,
)
NAME = r"[A-ZÅÄÖ][\w'-]+(?:\s+(?:von\s+|af\s+|de\s+)?[A-ZÅÄÖ][\w'-]+){0,3}"


@cache
def _table() -> dict:
    return patterns.load("decisions")


@cache
def _decision_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in _table()["decision_sentences"])


@cache
def _self_decision(subjects: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, subjects), key=len, reverse=True))
    verbs = "|".join(f"(?:{v})" for v in _table()["self_verbs"])
    return re.compile(rf"^(?:{names})\s+(?:{verbs})(?![\wåäö])", re.I)


@cache
def _own_subject(subjects: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, subjects), key=len, reverse=True))
    return re.compile(rf"^(?:{names})\s+", re.I)


@cache
def _subject_after(subjects: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, subjects), key=len, reverse=True))
    return re.compile(rf"\s+(?:{names})(?![\wåäö])", re.I)


@cache
def _earlier() -> re.Pattern[str]:
    return re.compile(_table()["earlier"], re.I)


@cache
def _background() -> re.Pattern[str]:
    return re.compile(_table()["background"], re.I)


# The word of a body's name that says what it is ("Socialnämnden", "arbetsutskott").
BODY_NOUN = re.compile(
    r"(?:råd|nämnd|styrelse|grupp|utskott|fullmäktige|sektion|direktion|beredning|nätverk)(?:en|et|n)?$"
)


# "Regionala chefsamverkansgruppen (KC/RD)": the short form a body's name gives in brackets
BRACKETED_SHORT = re.compile(r"\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö/&-]{1,11})\)\s*$")


def _stem(word: str) -> str:
    """ "arbetsutskottet" -> "arbetsutskott", "Kommunstyrelsen" -> "kommunstyrelse"."""
    return re.sub(r"(?:et|en|n)$", "", word.casefold())


@lru_cache(maxsize=256)  # asked for every sentence and item of a document, of its one body
def own_subjects(body: str | None) -> tuple[str, ...]:
    """The words a protocol uses for its own body as a subject: the generic ones ("Rådet",
    "Nämnden") and the body's own head noun ("Kommunstyrelsen", "Socialnämnden",
    "Chefsgruppen" for "Chefsgrupp folkhälsa"), a coordinated name whole ("Bygg- och
    miljönämnden"), the short form the name gives in brackets ("KC/RD").

    >>> own_subjects("Bygg- och miljönämnden Kumla kommun")[-2:]
    ('bygg- och miljönämnden', 'miljönämnden')
    >>> own_subjects("Regionala chefsamverkansgruppen (KC/RD)")[-1]
    'kc/rd'
    """
    subjects = list(_table()["self_subjects"])
    words = [word.casefold().strip(",.()") for word in (body or "").split()]
    short = BRACKETED_SHORT.search(body or "")
    for k, w in enumerate(words):
        if BODY_NOUN.search(w):
            heads = [w]
            if k >= 2 and words[k - 1] in ("och", "&") and words[k - 2].endswith("-"):
                heads.insert(0, " ".join(words[k - 2 : k + 1]))  # "bygg- och miljönämnden"
            for head in heads:
                subjects.append(head)
                if not re.search(r"(?:en|et|n|fullmäktige)$", head):
                    subjects.append(head + ("et" if head.endswith(("råd", "utskott", "nätverk")) else "en"))
            break
    if short:
        subjects.append(short.group(1).casefold())
    return tuple(dict.fromkeys(subjects))


@cache
def _own_proposal_heading() -> re.Pattern[str]:
    return re.compile(_table()["own_proposal_heading"], re.I)


@lru_cache(maxsize=256)
def _head_noun(body: str | None) -> str | None:
    """The first word of a body's name that is a body noun: "arbetsutskott" in
    "Kommunstyrelsens arbetsutskott" (casefolded, without punctuation)."""
    return next((w.strip(",.()") for w in (body or "").casefold().split() if BODY_NOUN.search(w.strip(",.()"))), None)


def own_proposal_heading(text: str, body: str | None) -> bool:
    """Whether `text` heads what the document's own body resolved to propose to another body:
    "Arbetsutskottets förslag till kommunstyrelsen" in a protocol of "Kommunstyrelsens
    arbetsutskott", not in the board's own (there it is a proposal put to the meeting), and
    never "Förslag till beslut" or "Arbetsutskottets förslag till beslut".

    >>> own_proposal_heading("Arbetsutskottets förslag till kommunstyrelsen", "Kommunstyrelsens arbetsutskott")
    True
    >>> own_proposal_heading("Arbetsutskottets förslag till kommunstyrelsen", "Kommunstyrelsen")
    False
    """
    m = _own_proposal_heading().match(text.strip())
    if m is None:
        return False  # most lines: the body's head noun is not looked for
    head = _head_noun(body)
    if head is None:
        return False
    # the body's own head noun ("Arbetsutskottets"), or a generic one it ends in ("Utskottets")
    organ, recipient = _stem(m.group("organ").split()[-1]), m.group("recipient")
    return (
        _stem(head).endswith(organ)
        and len(organ) >= 3
        and not _stem(head).endswith(_stem(recipient.split()[-1]))
        and body_kind(recipient) is not None
    )


@cache
def _kinds() -> tuple[tuple[DecisionKind, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(p, re.I)) for kind, p in _table()["kinds"])


@cache
def _section_headings() -> dict[str, bool]:
    sections = patterns.load("headings")["item_sections"]
    return {name.casefold(): bool(opts.get("decision")) for name, opts in sections.items()}


@cache
def _apart_sections() -> frozenset[str]:
    sections = patterns.load("headings")["item_sections"]
    return frozenset(name.casefold() for name, opts in sections.items() if opts.get("apart"))


def _outside_apart_sections(lines: Sequence[Line]) -> list[Line]:
    """An item's lines without those under a heading where no decision of the meeting stands:
    "Förslag till beslut", "Yrkanden", "Beslutsgång", "Protokollsanteckning", "Expedieras till"
    (patterns/headings.yml, ``apart``) or a bold heading naming a proposal."""
    headings = _section_headings()
    mostly_plain = sum(1 for ln in lines if ln.bold) * 3 < max(1, len(lines))
    kept: list[Line] = []
    apart = False
    for ln in lines:
        text = ln.text.strip()
        key = text.rstrip(":").strip().casefold()
        if key in headings:
            apart = key in _apart_sections()
            continue
        if REMARK_HEADING.match(text) and not REMARK_HEADING.match(text).group("rest"):  # type: ignore[union-attr]
            apart = True
            continue
        if _is_heading_line(ln, mostly_plain):
            apart = bool(PROPOSAL_SECTION.search(key))
            continue
        if not apart:
            kept.append(ln)
    return kept


def decision_kind(text: str) -> DecisionKind:
    """The kind of a decision sentence, e.g. "Dagordningen fastställdes." -> "fastställande"."""
    for kind, pattern in _kinds():
        if pattern.search(text):
            return kind
    return "beslut"


@cache
def _own_subjects_strict(body: str | None) -> tuple[str, ...]:
    """`own_subjects` without the named bodies of the vocabulary ("kommunstyrelsen",
    "chefsgruppen") that are not the document's own: the generic words ("rådet", "nämnden",
    "gruppen") and the body's head noun -- what may follow the verb in "Därefter beslutade
    rådet …", where a named other body reports on its decisions."""
    vocabulary = tuple(_table()["self_subjects"])
    named = {s for s in vocabulary if any(s != g and s.endswith(g) for g in vocabulary)}
    nouns = [w.strip(",.()") for w in (body or "").casefold().split() if BODY_NOUN.search(w.strip(",.()"))]
    return tuple(s for s in own_subjects(body) if s not in named or any(s.startswith(n) for n in nouns))


def is_decision(sentence: str, body: str | None = None) -> bool:
    """True when a sentence records what the meeting decided: a passive that records it
    ("Dagordningen fastställdes.") or the meeting as the subject of a deciding verb ("Rådet
    ställde sig bakom …"), and not background ("Sedan strategin antogs har …")."""
    sentence = sentence.strip()
    if _background().search(sentence):
        return False
    if _self_decision(own_subjects(body)).search(sentence) or any(p.search(sentence) for p in _decision_patterns()):
        return True
    # Any inflection of a decision verb (the lemma-aware Matcher of parse/text.py) right after
    # the meeting's own subject: "Nämnden tillstyrker …", "Rådet har beslutat …".
    subject = _own_subject(own_subjects(body)).match(sentence)
    if subject is not None:
        return any(v.decided and 0 <= v.start - subject.end() <= len("har ") for v in decision_verbs(sentence))
    # The verb before the subject after a phrase put first: "Efter diskussion beslutade rådet
    # att …", "Därefter godkände nämnden förslaget."
    # A phrase that dates the decision ("I mars 2024 beslutade kommunstyrelsen …", "Vid förra
    # mötet beslutade rådet …") reports an earlier one.
    after = _subject_after(_own_subjects_strict(body))
    return after.search(sentence) is not None and any(
        v.decided and v.start > 0 and after.match(sentence, v.end) and not _earlier().search(sentence[: v.start])
        for v in decision_verbs(sentence)
    )


def sentences(lines: Sequence[Line]) -> list[tuple[str, Line]]:
    """Sentences of running text, each with the line it starts on (the one text toolkit's
    `sentences_of_lines`: wrapped lines rejoined, no split after an abbreviation)."""
    return sentences_of_lines(lines)


# Lines that end a "Beslut" section without being in the vocabulary of section names:
# "Beslutet ska skickas till", "Ansvar: Anna Ek" (who carries out a point of the minutes), the
# signature lines of a closing box that has no heading, an appendix's heading ("Bilaga 1").
SECTION_END = re.compile(
    r"^(?:(?:beslutet\s+)?(?:ska\s+)?(?:skickas|expedieras|delges|meddelas)\b|ansvar(?:ig)?\s*:|"
    r"(?:för kännedom|kopia till|sändlista|protokollsutdrag)\b|åtgärd(?:er)?\s*(?::|$|\s+ansvarig\b)|"
    r"(?:reservation|protokollsanteckning|jäv)\b|"
    r"[._…]{5,}|"  # a signature line ("……………", "______") over the signers' names
    r"bilaga\s+(?:\d{1,2}|[A-ZÅÄÖ])\s*(?:[:–-].{0,60})?$)",  # "Bilaga 1": an appendix after the last item
    re.I,
)
# A note of what is to be done and by whom, not what was decided: "Åtgärd: …", "Ansvarig: …".
ACTION_NOTE = re.compile(r"^(?:åtgärd(?:er)?|ansvarig|ansvar)\s*:", re.I)
# "att godkänna planen," — an att-clause line, bulleted or numbered or not.
ATT_LINE = re.compile(r"^att\s")


def _numbered(text: str) -> bool:
    """ "1. Nämnden antar …", "b) …": a numbered point."""
    return list_marker_kind(text) in ("number", "letter")


def _is_att(text: str) -> bool:
    return bool(ATT_LINE.match(strip_list_marker(text.strip())))


def _is_heading_line(ln: Line, mostly_plain: bool) -> bool:
    """A short bold line inside an item of a PDF is a section heading ("Beslutet skickas till")."""
    text = ln.text.strip()
    return mostly_plain and ln.bold and len(text.split()) <= 6 and not text.endswith((".", ",")) and not _numbered(text)


# "Nämnden beslutar" / "Kommunstyrelsen beslutar:" alone on a line: a decision section's heading.
# "Kommunstyrelsen föreslår kommunfullmäktige" alone on a line leads the clauses of a proposal
# to another body, which is the meeting's decision all the same.
_LEAD_SUBJECT = r"(?P<subject>\S+(?:\s(?:och|&)\s\S+)?)"
_RECIPIENT = r"(?:kommun|region)?fullmäktige|\w+(?:nämnden|styrelsen)"
_LEAD_VERB = rf"(?:beslutar|föreslår\s+(?:{_RECIPIENT})(?:\s+(?:att\s+)?besluta)?)"
DECIDING_LEAD = re.compile(rf"^{_LEAD_SUBJECT}\s+{_LEAD_VERB}\s*:?$", re.I)
PROPOSAL_SECTION = re.compile(r"förslag|yrkande|proposition", re.I)


# A table's column header is a row of short bold labels ("Datum | Beslut | Delegat"): its cells
# have at most this many words each, and there are at least two of them.
HEADER_CELL_MAX_WORDS = 3


def _header_cell(ln: Line) -> bool:
    text = ln.text.strip()
    return ln.bold and 0 < len(text.split()) <= HEADER_CELL_MAX_WORDS and not text.endswith((".", ",", ";"))


def column_header_cells(lines: Sequence[Line]) -> set[int]:
    """Positions of the lines that are cells of a table's header row: two or more short bold
    labels on one row and nothing else on it.  "Beslut" there names a column of the table (the
    delegated decisions an item lists), not the item's decision section.

    >>> row = [Line(text=t, page=1, x0=x, top=100.0, bold=True) for t, x in (("Datum", 56), ("Beslut", 136))]
    >>> sorted(column_header_cells([*row, Line(text="2025-06-28", page=1, x0=56, top=113.0)]))
    [0, 1]
    """
    placed = sorted((ln.page, ln.top, i) for i, ln in enumerate(lines) if ln.top is not None)
    out: set[int] = set()
    k = 0
    while k < len(placed):
        end = k + 1
        while end < len(placed) and placed[end][0] == placed[k][0] and placed[end][1] - placed[k][1] <= SAME_ROW_PT:
            end += 1
        row = [i for _, _, i in placed[k:end]]
        if len(row) >= 2 and all(_header_cell(lines[i]) for i in row):
            out.update(row)
        k = end
    return out


def _split_sections(lines: Sequence[Line], body: str | None = None) -> tuple[list[list[Line]], bool, set[int]]:
    """Decision sections of an item, whether the item has any section headings at all, and
    which sections (by position) are the meeting's proposals to another body.

    A decision section is headed "Beslut", "<Organ>s beslut", the meeting's own "<Organ>s
    förslag till <organ>" (a proposal to that body) or, outside a proposal ("Förslag till
    beslut", "Yrkanden"), the meeting's own "Nämnden beslutar"; the lead is kept as the
    section's first line so that att-clauses can carry it."""
    headings = _section_headings()
    decision_blocks: list[list[Line]] = []
    proposing: set[int] = set()
    current: list[Line] | None = None
    proposal = False
    in_proposal = 0  # lines of the proposal's text read so far
    any_heading = False
    mostly_plain = sum(1 for ln in lines if ln.bold) * 3 < max(1, len(lines))
    subjects = {s.casefold() for s in own_subjects(body)}
    header_cells = column_header_cells(lines)
    for pos, ln in enumerate(lines):
        if pos in header_cells:
            # "Datum | Beslut | Delegat", "Åtgärd | Ansvarig | Klart senast": a table's columns,
            # neither a section nor its text; a table after a decision is no part of it
            current = None
            continue
        text = ln.text.strip()
        key = text.rstrip(":").strip().casefold()
        if current is not None and _captions_row(lines, pos):
            # the closing box with no heading ("Lo Ek | Per Berg" over "Ordförande | Justerare"):
            # its names and captions are no part of the decision above them
            names_top = lines[pos - 1].top if pos else None
            while current and names_top is not None and current[-1].top == names_top:
                current.pop()
            current = None
            continue
        m = DECISION_HEADING.match(text)
        lead = DECIDING_LEAD.match(text)
        if own_proposal_heading(text, body):
            # "Arbetsutskottets förslag till kommunstyrelsen" in the utskott's own protocol
            any_heading, proposal, current = True, False, []
            proposing.add(len(decision_blocks))
            decision_blocks.append(current)
            continue
        if key in headings:
            any_heading = True
            current = [] if headings[key] else None
            proposal = bool(PROPOSAL_SECTION.search(key))
            in_proposal = 0
            if current is not None:
                decision_blocks.append(current)
            continue
        if m:
            any_heading = True
            proposal = False
            current = [replace(ln, text=m.group("rest"))] if m.group("rest") else []
            decision_blocks.append(current)
            continue
        # the meeting's own lead heads the decision, except as a proposal's first line ("Förslag
        # till beslut" / "Nämnden beslutar" / "att …"); after the proposal's text it is the decision
        if (
            lead
            and (not proposal or in_proposal > 0)
            and current is None
            and lead.group("subject").casefold() in subjects
        ):
            any_heading = True
            current = [replace(ln, text=text.rstrip(":"))]
            decision_blocks.append(current)
            continue
        if current is not None and (
            SECTION_END.match(text)
            or _signatures_heading(text)
            or _is_heading_line(ln, mostly_plain)
            or SUB_HEADING.match(text)
            or REMARK_SENTENCE.search(text)  # "Per Berg (M) reserverar sig …" after the decision
        ):
            any_heading = True
            current = None
            continue
        if current is None and _is_heading_line(ln, mostly_plain):
            proposal = bool(PROPOSAL_SECTION.search(key))  # "Arbetsutskottets förslag" in bold
            in_proposal = 0
            continue
        if proposal and current is None and not _is_att(text):
            in_proposal += 1  # the proposal's own sentences (its att-lines belong to its lead)
        if current is not None:
            current.append(ln)
    return decision_blocks, any_heading, proposing


def _captions_row(lines: Sequence[Line], pos: int) -> bool:
    """Whether lines[pos] opens a row of two or more signature captions ("Ordförande | Justerare |
    Sekreterare"), the cells side by side on one baseline."""
    row = [lines[pos]]
    for ln in lines[pos + 1 :]:
        if ln.top is None or row[0].top is None or abs(ln.top - row[0].top) > SAME_ROW_PT or ln.page != row[0].page:
            break
        row.append(ln)
    return len(row) >= 2 and all(c.text.strip().rstrip(":").casefold() in SIGNATURE_CAPTIONS for c in row)


def _block_decisions(block: Sequence[Line]) -> list[tuple[str, Line]]:
    """The decisions of one decision section: att-clauses under a lead, numbered points, or its
    sentences (a lead such as "Nämnden beslutar" standing alone is not one of them)."""
    found = _att_clauses(block) or _listed(block)
    if found:
        return found
    if block and DECIDING_LEAD.match(block[0].text.strip() + ":"):
        block = block[1:]
    # "Åtgärd: Regionkansliet skickar underlaget …" in the decision's cell: who does what next, no decision
    return [(text, ln) for text, ln in sentences(block) if not ACTION_NOTE.match(text)]


def _listed(block: Sequence[Line]) -> list[tuple[str, Line]] | None:
    """ "1. Nämnden antar …" / "2. Riktlinjerna gäller …": one decision per numbered point."""
    starts = [i for i, ln in enumerate(block) if _numbered(ln.text)]
    if len(starts) < 2 or starts[0] > 1:
        return None
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(block)
        text = " ".join(ln.text.strip() for ln in block[s:end])
        text = strip_list_marker(text).strip()
        out.append((text, block[s]))
    return out


def _att_clauses(block: Sequence[Line]) -> list[tuple[str, Line]] | None:
    """ "Kommunstyrelsen beslutar" + "att x," + "att y." -> one decision per clause, lead included.
    A line that opens with "att" after a line with a sentence and its own "att" in progress
    ("Nämnden beslutar att uppdra åt förvaltningen" / "att årligen revidera planen.") is that
    sentence wrapped before its second "att", no clause of its own: the line before ends in no
    punctuation and "att" would not have fitted after it."""
    width = max((len(ln.text.strip()) for ln in block), default=0)
    starts = [
        i
        for i, ln in enumerate(block)
        if _is_att(ln.text) and not (i and _wrapped_before_att(block[i - 1].text.strip(), ln.text.strip(), width))
    ]
    lead_att = bool(block) and bool(re.search(r"\batt\s*:?$", block[0].text.strip()))
    if lead_att and not starts:
        # "Kommunstyrelsen beslutar att" over "– anta yttrandet", "1. godkänna planen,": the
        # lead's "att" opens every listed clause
        starts = [i for i, ln in enumerate(block) if i > 0 and list_marker_kind(ln.text)]
    if not starts or starts[0] == 0:
        return None
    lead = " ".join(ln.text.strip() for ln in block[: starts[0]]).rstrip(":, ")
    clauses: list[tuple[str, Line]] = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(block)
        part = " ".join(ln.text.strip() for ln in block[s:end])
        # A clause ends at its full stop; what follows it is other text.
        part = strip_list_marker(part)
        part = (split_sentences(part) or [part])[0]
        part = re.sub(r"(?:[,;.]|\s+och|\s+samt)+$", "", part).strip()
        clauses.append((f"{lead} {part}", block[s]))
    return clauses


IN_PROGRESS_ATT = re.compile(r"\batt\s+\w")
# How a clause of an att-list ends when another follows: "att anta planen," / "…, och" / "…;"
CLAUSE_END = re.compile(r"(?:[,;:.]|\b(?:och|samt|eller))$")


def _wrapped_before_att(prev: str, text: str, width: int) -> bool:
    return not CLAUSE_END.search(prev) and bool(IN_PROGRESS_ATT.search(prev)) and not next_word_fits(prev, text, width)


def _att_runs(lines: Sequence[Line], body: str | None) -> list[tuple[list[Line], bool]]:
    """An item's lines cut into running text and att-lists: a deciding lead on a line of its own
    ("Nämnden beslutar") followed by lines that start with "att" (and their wrapped lines).
    Each part is (lines, True for an att-list)."""
    parts: list[tuple[list[Line], bool]] = []
    i = 0
    plain: list[Line] = []
    while i < len(lines):
        text = lines[i].text.strip()
        nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if _is_att(nxt) and is_decision(f"{text.rstrip(':')} att", body):
            j = i + 1
            while j < len(lines) and (_is_att(lines[j].text) or lines[j].text.strip()[:1].islower()):
                j += 1
            if plain:
                parts.append((plain, False))
                plain = []
            parts.append((list(lines[i:j]), True))
            i = j
            continue
        plain.append(lines[i])
        i += 1
    if plain:
        parts.append((plain, False))
    return parts


# "Reservation", "Reservation: Anna Ek (M) reserverar sig …", "Protokollsanteckning", "Jäv: …"
REMARK_HEADING = re.compile(
    r"^(?P<kind>reservation(?:er)?|protokollsanteckning(?:ar)?|jäv)\b\s*:?\s*(?P<rest>.*)$", re.I
)
# A remark in running text: "Anna Ek (M) reserverar sig mot beslutet.", "Per Berg anmäler jäv …"
REMARK_SENTENCE = re.compile(
    r"\b(?:reserverar sig|reserverade sig|anmäler jäv|anmälde jäv|deltar inte i "
    r"(?:handläggningen|beslutet)|lämnar (?:en |följande )?protokollsanteckning|antecknas till protokollet|"
    r"(?:anteckning|antecknar|antecknade) till protokollet)\b",
    re.I,
)


def find_remarks(lines: Sequence[Line], doc_id: str = "") -> list[Remark]:
    """Reservations, protocol notes and jäv of one item, verbatim: the text under such a heading
    up to the next section, or a sentence that says it ("X reserverar sig mot beslutet")."""
    lines = _split_run_in_labels(lines)
    out: list[Remark] = []
    current: tuple[str, list[Line]] | None = None
    mostly_plain = sum(1 for ln in lines if ln.bold) * 3 < max(1, len(lines))

    def close() -> None:
        if current and current[1]:
            text = " ".join(" ".join(ln.text.split()) for ln in current[1])
            out.append(Remark(kind=_remark_kind(current[0]), text=text, doc_id=doc_id, page=current[1][0].page))

    for ln in lines:
        text = ln.text.strip()
        m = REMARK_HEADING.match(text)
        if m:
            close()
            current = (m.group("kind"), [replace(ln, text=m.group("rest"))] if m.group("rest") else [])
            continue
        key = text.rstrip(":").casefold()
        if current is not None and (
            key in _section_headings()
            or DECISION_HEADING.match(text)
            or SECTION_END.match(text)
            or _signatures_heading(text)
            or _is_heading_line(ln, mostly_plain)
        ):
            close()
            current = None
            continue
        if current is not None:
            current[1].append(ln)
    close()
    if not out:
        for sentence, line in sentences(lines):
            if REMARK_SENTENCE.search(sentence):
                kind: RemarkKind = (
                    "jäv"
                    if re.search(r"jäv|deltar inte", sentence, re.I)
                    else ("reservation" if re.search(r"reserver", sentence, re.I) else "protokollsanteckning")
                )
                out.append(Remark(kind=kind, text=sentence, doc_id=doc_id, page=line.page))
    return out


def _remark_kind(word: str) -> RemarkKind:
    w = word.casefold()
    return "reservation" if w.startswith("reservation") else "jäv" if w == "jäv" else "protokollsanteckning"


# A decision recorded as done: past or passive forms of the deciding verbs.
RECORDED = re.compile(
    r"\b(?:beslutades|beslöts|beslutade|beslöt|fastställdes|fastställde|godkändes|godkände|antogs|antog|"
    r"utsågs|utsåg|valdes|valde|bordlades|återremitterades|noterades|bifölls|biföll|avslogs|avslog|"
    r"beviljades|beviljade|uppdrog|gav|lades|lade|tillstyrkte|avstyrkte|enades)\b",
    re.I,
)
# "Ordföranden hälsade välkommen. Beslut: Mötet godkände dagordningen." — a decision label inside a line
INLINE_DECISION = re.compile(r"(?<=[.!?])\s+(?=Beslut(?:et)?:\s)")


@cache
def _signature_headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in patterns.load("headings")["signatures"])


def _signatures_heading(text: str) -> bool:
    """ "Underskrifter": the signature box after the last item ends whatever section was open."""
    return text.strip().rstrip(":").casefold() in _signature_headings()


def _section_label(text: str) -> bool:
    """Whether `text` is an item section's label: "Ärendebeskrivning", "Förslag till beslut",
    "Beslut", "Socialnämndens beslut", "Nämnden beslutar", "Reservation", "Jäv"."""
    key = text.strip().rstrip(":").strip()
    return (
        key.casefold() in _section_headings()
        or bool((m := DECISION_HEADING.match(key)) and not m.group("rest"))
        or bool((r := REMARK_HEADING.match(key)) and not r.group("rest"))
        or bool(DECIDING_LEAD.match(key))
    )


def _split_run_in_labels(lines: Sequence[Line]) -> list[Line]:
    """Lines whose bold opening run is a section's label, with its text after it in the body's
    face, cut in two: "Socialnämndens beslut  Nämnden antar …" as a label column prints it,
    its gap too narrow for the extraction to part the columns."""
    out: list[Line] = []
    for ln in lines:
        lead, rest = ln.text[: ln.bold_lead].strip(), ln.text[ln.bold_lead :].strip()
        if ln.bold_lead and rest and _section_label(lead):
            out.append(replace(ln, text=lead, bold=True, bold_lead=0))
            out.append(replace(ln, text=rest, bold=False, bold_lead=0))
        else:
            out.append(ln)
    return out


def _split_inline_decision(lines: Sequence[Line]) -> list[Line]:
    """Lines with "Beslut:" after a full stop cut in two, so that the label starts a line."""
    out: list[Line] = []
    for ln in lines:
        parts = INLINE_DECISION.split(ln.text)
        out.extend([ln] if len(parts) == 1 else [replace(ln, text=p.strip()) for p in parts if p.strip()])
    return out


# "Kommunstyrelsens arbetsutskott 12.2.2025 § 23", "Stadsstyrelsen 26.09.2022 § 190": a line that
# heads one handling of the matter (a body, a date, its §), as Finland-Swedish protocols repeat
# an item's earlier handling before this meeting's.
_HANDLING_ORGAN = r"(?P<organ>[A-ZÅÄÖ][\w-]*(?:\s+(?:och\s+|&\s+)?[\w-]+){0,5}?)"
_HANDLING_NUMBER = r"(?:§\s*\d{1,4}|\d{1,4}\s*§)"
HANDLING_HEADING = re.compile(rf"^{_HANDLING_ORGAN}\s+(?:den\s+)?(?:{DATE_PATTERN})\s*,?\s*{_HANDLING_NUMBER}$")


def this_meetings_handling(lines: Sequence[Line], body: str | None) -> list[Line]:
    """An item's lines without the earlier handling of other bodies: where the item has a
    handling heading of the meeting's own body ("Kommunstyrelsen 4.3.2025 § 45"), a block under
    another body's heading ("Kommunstyrelsens arbetsutskott 12.2.2025 § 23", up to the next
    such heading) records what that body decided, not this meeting."""
    subjects = {s.casefold() for s in own_subjects(body)}
    heads = [
        (i, m.group("organ").casefold()) for i, ln in enumerate(lines) if (m := HANDLING_HEADING.match(ln.text.strip()))
    ]
    if not any(organ in subjects for _, organ in heads):
        return list(lines)
    keep: list[Line] = []
    own = True
    at = dict(heads)
    for i, ln in enumerate(lines):
        if i in at:
            own = at[i] in subjects
            continue
        if own:
            keep.append(ln)
    return keep


def find_decisions(lines: Sequence[Line], doc_id: str = "", body: str | None = None) -> list[Decision]:
    """Decisions of one item, verbatim and in order.  `body` is the document's body: a
    sentence with it as the subject records the meeting's own decision."""
    lines = _split_inline_decision(this_meetings_handling(_split_run_in_labels(lines), body))
    blocks, sectioned, proposing = _split_sections(lines, body)
    found: list[tuple[str, Line]] = []
    proposed: set[int] = set()  # positions in `found` the meeting proposes to another body
    if blocks:
        for k, block in enumerate(blocks):
            decided = _block_decisions(block)
            if k in proposing:
                proposed.update(range(len(found), len(found) + len(decided)))
            found.extend(decided)
    elif sectioned:
        # Sections but no "Beslut": what was decided is recorded in the past or the passive
        # ("Det beslutades att …", "Kommunstyrelsen beslutade enhälligt att …"), unlike the
        # proposal in the present ("Socialnämnden beslutar att …") it may follow.
        # Outside the sections where it never stands (a proposal, the voting, a remark), a
        # sentence with the meeting as subject is its decision in the present too ("Nämnden
        # beslutar att …" after "Bakgrund").
        outside = {id(ln) for ln in _outside_apart_sections(lines)}
        found = [
            (s, ln)
            for s, ln in sentences(lines)
            if is_decision(s, body) and not REMARK_SENTENCE.search(s) and (RECORDED.search(s) or id(ln) in outside)
        ]
    if not blocks and not sectioned:
        for part, is_att in _att_runs(lines, body):
            if is_att:
                found.extend(_att_clauses(part) or [])
            else:
                found.extend((s, ln) for s, ln in sentences(part) if is_decision(s, body))
    return [
        Decision(
            text=text,
            kind="förslag" if k in proposed else decision_kind(text),
            elected=tuple(p.name for p in elections(text)),
            doc_id=doc_id,
            page=line.page,
        )
        for k, (text, line) in enumerate(found)
    ]


# Elections, composed of named parts: the verb in the passive ("utsågs") or active voice, a lead
# that decides to elect ("Nämnden beslutar att utse"), and the role elected to.
_PASSIVE = r"(?:utsågs|valdes|utses|väljs|omvaldes)"
_ACTIVE = r"(?:utsåg|valde|utser|väljer)"
# the meeting as subject: "Rådet", "Barn- och utbildningsnämnden", "Kommunstyrelsens arbetsutskott"
_SUBJECT = r"\S+(?:\s+\S+){0,4}?"
_LEAD = rf"{_SUBJECT}\s+(?:beslutar|beslutade|beslöt)\s+att\s+(?:utse|välja)"  # "Nämnden beslutar att utse"
# "att jämte ordföranden justera (dagens) protokoll(et)", "att justera protokollet tillsammans med ordföranden"
# the chair beside whom the justerare adjusts: "ordföranden", "ordförande", "mötesordföranden"
_CHAIR = r"(?:mötes)?ordförande(?:n)?"
_TO_ADJUST = (
    rf"att\s+(?:(?:jämte|tillsammans med)\s+{_CHAIR}\s+)?justera\b"
    rf"(?:\s+(?:dagens\s+)?protokoll(?:et)?)?(?:\s+(?:jämte|tillsammans med)\s+{_CHAIR})?"
)
# "Till justerare utsågs Kim Ek", "Att jämte ordföranden justera protokollet valdes Kim Ek"
ELECTED_AFTER = re.compile(
    rf"^(?:(?:till|som)\s+(?P<role>[\w\s-]+?)|(?P<adjust>{_TO_ADJUST}))\s+{_PASSIVE}\s+"
    r"(?P<names>.+?)\.?$",
    re.I,
)
ELECTED_BEFORE = re.compile(rf"^(?P<names>.+?)\s+{_PASSIVE}\s+(?:till|som)\s+(?P<role>.+?)\.?$", re.I)
# "Kim Ek, Nora kommun, utsågs att jämte ordföranden justera dagens protokoll."
ELECTED_TO_ADJUST = re.compile(rf"^(?P<names>.+?)\s+{_PASSIVE}\s+(?P<adjust>{_TO_ADJUST})", re.I)
# "Rådet utsåg Kim Ek till justerare.", "Nämnden beslutar att utse Kim Ek (S) att jämte ordföranden
# justera protokollet": the meeting as subject, active voice.
ELECTED_ACTIVE = re.compile(
    rf"^(?:{_LEAD}|{_SUBJECT}\s+{_ACTIVE})\s+(?P<names>.+?)\s+(?:(?:till|som)\s+(?P<role>[\w\s-]+?)|(?P<adjust>{_TO_ADJUST}))"
    r"(?:\s+[\w\s-]*)?\.?$",
    re.I,
)
# "Protokollet justeras av ordföranden och Kim Ek.", "Dagens protokoll justeras av Kim Ek jämte ordföranden."
ADJUSTED_BY = re.compile(
    r"^(?:dagens\s+)?protokoll(?:et)?\s+(?:ska\s+|skall\s+)?justeras\s+(?:av\s+|,\s+)?"
    rf"(?:{_CHAIR}\s+(?:och|samt|jämte)\s+)?(?P<names>.+?)"
    rf"(?:\s+(?:jämte|tillsammans med)\s+{_CHAIR})?\.?$",
    re.I,
)
# The words one of the patterns above needs, each at the start of a word there: a sentence
# without any is spared them all (their lazy names are tried at every length).
ELECTION_WORD = re.compile(rf"\b(?:{_PASSIVE}|{_ACTIVE}|utse|välja|justeras)", re.I)
ELECTED_ROLES: list[tuple[str, Role]] = [
    (r"justera|justerare", "justerare"),  # "att jämte ordföranden justera": a justerare, not a chair
    (r"vice ordförande", "vice ordförande"),
    (r"ordförande", "ordförande"),
    (r"sekreterare|protokollförare", "sekreterare"),
    (r"ersättare", "ersättare"),
    (r"ledamot", "ledamot"),
]


JUSTERA = re.compile(r"\bjuster", re.I)
# "Till ersättare för justeraren utsågs Per Berg", "Som justerarersättare valdes …": a justerare's
# substitute elected in a sentence of their own, no justerare
SUBSTITUTE_ROLE = re.compile(r"\bersättare\s+för\s+justerare|\bjusterar(?:e)?ersättare|\bersättande\s+justerare", re.I)


def elections(sentence: str) -> list[Participant]:
    """People elected by a decision, with the role they were elected to.

    "Till justerare utsågs Pia Ek, Nora kommun." -> [Participant("Pia Ek", "justerare", "Nora kommun")]
    """
    text = sentence.strip()
    if not ELECTION_WORD.search(text):
        return []
    label = DECISION_HEADING.match(text)
    if label and label.group("rest"):
        text = label.group("rest").strip()  # "Beslut: Kim Ek, Nora kommun, utsågs att …"
    if JUSTERA.search(text):
        text = without_substitute(text.rstrip("."))  # "… till justerare med Per Berg som ersättare."
    m = (
        ELECTED_AFTER.match(text)
        or ELECTED_TO_ADJUST.match(text)
        or ELECTED_ACTIVE.match(text)
        or ELECTED_BEFORE.match(text)
        or ADJUSTED_BY.match(text)
    )
    if not m:
        return []
    groups = m.groupdict()
    written = groups.get("role") or groups.get("adjust") or ("justera" if m.re is ADJUSTED_BY else "")
    if SUBSTITUTE_ROLE.search(written):
        return []
    role: Role | None = None
    for pattern, r in ELECTED_ROLES:
        if re.search(pattern, written, re.I):
            role = r
            break
    if role is None:
        return []
    people = []
    for chunk in re.split(r"\s+och\s+|;\s*", m.group("names")):
        p = parse_person_line(chunk.strip().rstrip("."), role)
        if p is not None:
            people.append(p)
    return people


def elected_justerare(lines: Sequence[Line]) -> list[tuple[Participant, str, Line]]:
    """The justerare an item's text names, whether or not the sentence is a decision ("Protokollet
    justeras av ordföranden och Kim Ek."): (person, sentence, line) each."""
    return [
        (p, sentence, line) for sentence, line in sentences(lines) for p in elections(sentence) if p.role == "justerare"
    ]


@cache
def _presenter_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, _table()["presenter_verbs"]), key=len, reverse=True))
    names = rf"(?P<names>{NAME}(?:(?:\s*,\s*|\s+och\s+){NAME})*)"
    return re.compile(rf"^{names}\s+(?:har\s+|hade\s+)?(?P<verb>{verbs})\b")


def find_presenters(lines: Sequence[Line], doc_id: str = "") -> list[Presenter]:
    """People named as presenting or reporting in an item: "A och B rapporterade …".

    Names may be first names only ("Malin och Jan presenterade"); the caller resolves them
    against the roster.
    """
    out: list[Presenter] = []
    seen: set[str] = set()
    for sentence, line in sentences(lines):
        m = _presenter_pattern().match(sentence)
        if not m:
            continue
        for name in re.split(r"\s*,\s*|\s+och\s+", m.group("names")):
            if name in seen or not (looks_like_name(name) or name_token(name)):
                continue
            seen.add(name)
            out.append(Presenter(name=name, verb=m.group("verb"), doc_id=doc_id, page=line.page, quote=sentence))
    return out
