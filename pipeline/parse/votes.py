"""Item text -> roll-call votes (omröstning, votering): what was put to the vote, the counts,
the result and how each member voted.

A vote stands in an agenda item in one of a few forms, often several at once:

* a proposition list: "Ja för kommunstyrelsens förslag, nej för Per Bergs yrkande", "Ja-röst för
  bifall till …", "Den som vill bifalla arbetsutskottets förslag röstar ja …";
* counts: "Med 7 ja-röster mot 4 nej-röster och 2 som avstår bifaller kommunstyrelsen …",
  "med sju röster mot fyra", "Ja 7, Nej 4, Avstår 2", a table's "Summa" row;
* per-member votes: a table "Namn (Parti) | Ja | Nej | Avstår" with a mark in one column a row,
  or lists in running text, "Följande ledamöter röstar ja: A, B och C", "Nej: D (M), E (M)".

`find_votes` reads them from one item's lines into `VoteEvent` records; a new vote starts at a
vote heading ("Omröstning", "Votering 2"), at "Omröstning begärs", or at a proposition list or
count once the vote before it has its own.  `check_votes` then holds each vote against the
meeting's roster: the per-member votes must add up to the stated counts and every voter must be
among the beslutande; a mismatch is a `Problem` (and `consistent` False), never mended.

The vocabulary is data (patterns/votes.yml); the patterns are composed here from named parts:

    >>> [(v.yes, v.no, v.abstain, v.winner) for v in find_votes("5", [Line(text=t, page=1) for t in (
    ...     "Med 7 ja-röster mot 4 nej-röster och 2 som avstår bifaller kommunstyrelsen förslaget.",)])]
    [(7, 4, 2, 'förslaget')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from .. import patterns
from ..records import VOTE_OPTIONS, Line, Participant, Problem, Vote, VoteEvent, VoteOption
from .layout import SAME_COLUMN_PT, rows
from .people import name_key, parse_person_line
from .text import looks_like_name, number_value, number_word_pattern, sentences_of_lines

# --------------------------------------------------------------------------- words
_FLAGS = re.IGNORECASE | re.VERBOSE


@cache
def _vocabulary() -> dict:
    return patterns.load("votes")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first; a space matches any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _options(key: str) -> dict[str, list[str]]:
    return {opt: list(words[key]) for opt, words in _vocabulary()["options"].items()}


_OPTION: dict[str, VoteOption] = {o: o for o in VOTE_OPTIONS}


def _group_option(m: re.Match[str], prefix: str) -> VoteOption | None:
    """The answer whose named group (`prefix` + answer, e.g. "c_nej") matched."""
    return next((_OPTION[k[len(prefix) :]] for k, v in m.groupdict().items() if k.startswith(prefix) and v), None)


def option_of_label(text: str) -> VoteOption | None:
    """The answer a column label or list label names: "Ja", "Nej-röster", "Avstår" -> "avstår"."""
    key = " ".join(text.strip().rstrip(":").split()).casefold()
    for opt, words in _options("labels").items():
        if key in words:
            return _OPTION[opt]
    return None


# A number of votes, in digits or words: "7", "sju".
_NUMBER = rf"(?:\d{{1,3}}|(?:{number_word_pattern()})(?![\wåäö]))"
# Where a word ends (Swedish letters are word characters, but spell it out for clarity).
_END = r"(?![\wåäö-])"
# The people a list names, after the label or before the verb.
_BOUNDARY = r"(?:^|(?<=[\s(:;,]))"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    v = _vocabulary()
    counted = "|".join(rf"(?P<c_{opt}>{_alt(words)})" for opt, words in _options("counted").items() if words)
    labels = "|".join(rf"(?P<l_{opt}>{_alt(words)})" for opt, words in _options("labels").items() if words)
    voted = _alt(w for words in _options("voted").values() for w in words)
    return {
        # "Omröstning", "Votering 2", "Omröstning nr 1:", "Omröstningsresultat"
        "heading": re.compile(rf"^(?:{_alt(v['headings'])})(?:\s+(?:nr\s*)?\d{{1,2}})?\s*:?$", re.I),
        # "Omröstning begärs", "Votering begärdes och verkställdes", "Per Berg (M) begär omröstning"
        "held": re.compile(
            rf"\b(?:{_alt(v['vote_nouns'])})\s+(?:{_alt(v['vote_held'])}){_END}"
            rf"|\b(?:{_alt(v['vote_asked'])})\s+(?:{_alt(v['vote_nouns'])}){_END}",
            re.I,
        ),
        # "7 ja-röster", "4 nej", "2 som avstår", "1 avstår"
        "count": re.compile(rf"{_BOUNDARY}(?P<n>{_NUMBER})\s+(?:{counted}){_END}", _FLAGS),
        # "Ja 7", "Ja: 7", "Nej – 4", "Avstår (2)"
        "labelled_count": re.compile(
            rf"{_BOUNDARY}(?:{labels})\s*(?:[:=–-]\s*|\(\s*)?(?P<n>\d{{1,3}})\)?(?!\d|[.,/]\d)", _FLAGS
        ),
        # "med 7 röster mot 4", "med sju röster mot fyra", "med röstsiffrorna 7–4"
        "against": re.compile(
            rf"\b(?:med\s+)?(?P<maj>{_NUMBER})\s+röst(?:er)?\s+mot\s+(?P<min>{_NUMBER})(?:\s+röst(?:er)?)?{_END}"
            rf"|\bröstsiffrorna\s+(?P<maj2>\d{{1,3}})\s*[–-]\s*(?P<min2>\d{{1,3}})(?!\d)",
            re.I,
        ),
        # "Ja för …", "Ja-röst för bifall till …", "Nej = …": one answer of a proposition list
        "stands_for": re.compile(
            rf"(?:^|(?<=[\s,;(]))(?P<opt>ja|nej)(?:-?röst(?:er)?)?\s*(?:{_alt(v['stands_for'])})\s+", re.I
        ),
        # "Den som vill bifalla arbetsutskottets förslag röstar ja"
        "who_wants": re.compile(
            rf"\b(?:{_alt(v['who_wants'])})\s+(?P<what>.+?)\s+(?:{_alt(v['vote_verbs'])})\s+(?P<opt>ja|nej){_END}",
            re.I,
        ),
        # "Följande ledamöter röstar ja:", "Ja:", "Nej-röster (4):", "Följande avstår från att rösta:"
        "list_label": re.compile(
            rf"^(?:(?:{_alt(v['list_leads'])})\s+)?(?:(?:{_alt(v['vote_verbs'])})\s+(?P<voted>{voted})"
            rf"|(?P<abstained>{_alt(v['abstained'])})|(?:{labels})(?:\s+(?:{_alt(v['vote_verbs'])}))?)"
            rf"\s*(?:\(\s*\d{{1,3}}\s*\))?\s*:\s*(?P<rest>.*)$",
            re.I | re.S,
        ),
        # "Anna Ek (S), Per Berg (S) och Eva Lund (C) röstar nej.", "Lo Ek (L) avstår från att rösta."
        "names_voted": re.compile(
            rf"^(?P<names>[A-ZÅÄÖ].*?)\s+(?:(?:{_alt(v['vote_verbs'])})\s+(?P<voted>{voted})"
            rf"|(?P<abstained>{_alt(v['abstained'])})){_END}\s*\.?$"
        ),
        "casting": re.compile(rf"\b(?:{_alt(v['casting_vote'])}){_END}", re.I),
        "result": re.compile(
            rf"\b(?P<verb>{_alt(v['result_verbs'])})\s+"
            rf"(?:(?:{_alt(v['result_fillers'])})\s+)?"
            rf"(?:(?P<organ>(?:[\wåäö]+-\s+(?:och|&)\s+)?[\wåäö-]*(?:{_alt(v['organ_endings'])}))\s+)?"
            rf"(?:(?:{_alt(v['result_fillers'])})\s+)?"
            rf"(?:(?P<link>{_alt(v['result_links'])})\s+)?(?P<what>[^.;]+)",
            re.I,
        ),
    }


@cache
def _marks() -> frozenset[str]:
    return frozenset(m.casefold() for m in _vocabulary()["marks"])


def is_vote_heading(text: str) -> bool:
    """ "Omröstning", "Votering 2", "Omröstningsresultat:" standing alone on a line."""
    return bool(_patterns()["heading"].match(" ".join(text.split())))


# --------------------------------------------------------------------------- sentences
def _number(text: str) -> int:
    value = number_value(text)
    assert value is not None, text
    return value


def read_counts(sentence: str) -> dict[VoteOption, int]:
    """The counts a sentence states, per answer.

    >>> read_counts("Med 6 ja-röster mot 4 nej-röster, 1 avstår, beslutar nämnden enligt förslaget.")
    {'ja': 6, 'nej': 4, 'avstår': 1}
    >>> read_counts("Omröstningsresultat: Ja 9, Nej 2")
    {'ja': 9, 'nej': 2}
    """
    text = " ".join(sentence.split())
    found: dict[VoteOption, int] = {}
    p = _patterns()
    for m in p["count"].finditer(text):
        if opt := _group_option(m, "c_"):
            found.setdefault(opt, _number(m["n"]))
    if len(found) < 2:
        for m in p["labelled_count"].finditer(text):
            if opt := _group_option(m, "l_"):
                found.setdefault(opt, int(m["n"]))
    # one bare "ja"/"nej" after a number is not a count: "7 ja" needs its partner
    if len(found) == 1 and not re.search(r"röst|avst", text, re.I):
        return {}
    return found


def read_majority(sentence: str) -> tuple[int, int] | None:
    """ "med 7 röster mot 4" -> (7, 4): the votes for what won and against it."""
    m = _patterns()["against"].search(" ".join(sentence.split()))
    if not m:
        return None
    if m["maj2"]:
        return int(m["maj2"]), int(m["min2"])
    return _number(m["maj"]), _number(m["min"])


def _clean_option(text: str) -> str:
    text = re.sub(r"^(?:bifall\s+till|att\s+bifalla|för)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"[\s,;.:]+$", "", text)
    return re.sub(r"\s+och$", "", text).strip()


def read_proposition(sentence: str) -> tuple[tuple[VoteOption, str], ...]:
    """What each answer stood for: "Ja för kommunstyrelsens förslag, nej för Per Bergs yrkande".

    >>> read_proposition("Ja-röst för bifall till arbetsutskottets förslag, nej-röst för bifall till Per Bergs yrkande.")
    (('ja', 'arbetsutskottets förslag'), ('nej', 'Per Bergs yrkande'))
    """
    text = " ".join(sentence.split())
    p = _patterns()
    wants = list(p["who_wants"].finditer(text))
    if wants:
        out = {m["opt"].casefold(): _clean_option(m["what"]) for m in wants}
        return tuple((opt, what) for opt, what in out.items() if what)  # type: ignore[misc]
    marks = list(p["stands_for"].finditer(text))
    if {m["opt"].casefold() for m in marks} != {"ja", "nej"}:
        return ()
    found: list[tuple[VoteOption, str]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        what = _clean_option(text[m.end() : end])
        if what and not _is_name_list(what):
            found.append((m["opt"].casefold(), what))  # type: ignore[arg-type]
    return tuple(dict(found).items()) if len({o for o, _ in found}) == 2 else ()


def read_result(sentence: str) -> tuple[str, str] | None:
    """What a sentence says the meeting decided after a vote: ("bifall", what) for "bifaller
    kommunstyrelsen förslaget" / "beslutar … enligt Per Bergs yrkande", ("avslag", what) for
    "avslår motionen".

    >>> read_result("Med 6 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt Eva Lunds yrkande.")
    ('bifall', 'Eva Lunds yrkande')
    """
    text = " ".join(sentence.split())
    for m in _patterns()["result"].finditer(text):
        what = _clean_option(m["what"])
        if not what:
            continue
        verb, link = m["verb"].casefold(), (m["link"] or "").casefold()
        if m["organ"] is None and not link and verb.startswith(("beslut", "besl", "har")):
            continue  # "… beslutar att ge …" without a subject or "enligt": not a result
        negative = verb.startswith(("avsl", "har avsl")) or link == "att avslå"
        return ("avslag" if negative else "bifall"), what
    return None


def _is_name_list(text: str) -> bool:
    people = _names(text)
    return bool(people) and len(people) == len([c for c in _chunks(text) if c])


def _starts_names(text: str) -> bool:
    """Whether a list's text begins with a person ("Anna Ek (S), Per Berg (S), Carl" wrapped)."""
    chunks = _chunks(text)
    return bool(chunks) and bool(_names(chunks[0]))


def _chunks(text: str) -> list[str]:
    parts = re.split(r"\s*[,;\n]\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+|^(?:och|samt)\s+", text)
    return [c.strip().rstrip(".") for c in parts if c.strip()]


def _names(text: str) -> list[Participant]:
    """The people a list names: "Anna Ek (S), Per Berg (S) och Eva Lund (C)"."""
    out = []
    for chunk in _chunks(text):
        p = parse_person_line(chunk, "ledamot")
        if p is not None and looks_like_name(p.name):
            out.append(p)
    return out


# --------------------------------------------------------------------------- tables
@dataclass
class _Table:
    """A vote table read from positioned (or column-aligned) rows."""

    start: int  # index of its header's first line in the item's lines
    used: set[int]  # ids of the lines it holds
    votes: list[Vote]
    counts: dict[VoteOption, int]
    page: int | None
    quote: str
    item: str | None = None  # "Votering § 57" under the header: the vote of another item's


def _cells(line: Line) -> list[Line]:
    """A text line's cells: columns set apart by two spaces or a tab, each with its character
    offset as x; a positioned line is one cell."""
    if line.x0 is not None:
        return [line]
    out = []
    for m in re.finditer(r"\S+(?: \S+)*", line.text.replace("\t", "    ")):
        out.append(replace(line, text=m.group(), x0=float(m.start()), x1=float(m.end())))
    return out


def _split_label_cell(cell: Line) -> list[Line]:
    """ "Ja Nej Avstår" read as one cell: its words, each at its share of the cell's width."""
    words = cell.text.split()
    if len(words) < 2 or not all(option_of_label(w) for w in words) or cell.x0 is None or cell.x1 is None:
        return [cell]
    width = (cell.x1 - cell.x0) / max(1, len(cell.text))
    out, at = [], 0
    for w in words:
        at = cell.text.index(w, at)
        out.append(replace(cell, text=w, x0=cell.x0 + at * width, x1=cell.x0 + (at + len(w)) * width))
        at += len(w)
    return out


def _center(cell: Line) -> float:
    return ((cell.x0 or 0.0) + (cell.x1 if cell.x1 is not None else (cell.x0 or 0.0))) / 2


def _header(row: Sequence[Line]) -> list[tuple[float, float, VoteOption]] | None:
    """The answer columns of a vote table's header row, as (x0, centre, answer), or None."""
    cols = []
    for cell in (part for whole in row for part in _split_label_cell(whole)):
        opt = option_of_label(cell.text)
        if opt is not None:
            cols.append((cell.x0 or 0.0, _center(cell), opt))
    if len({opt for *_, opt in cols}) < 2 or len(cols) != len({opt for *_, opt in cols}):
        return None
    return cols


def _answer_column(row: Sequence[Line]) -> float | None:
    """The x of a "Röst" column: a header whose cells hold the answer as a word."""
    labels = {w.casefold() for w in _vocabulary()["answer_labels"]}
    for cell in row[1:]:
        if cell.text.strip().rstrip(":").casefold() in labels:
            return cell.x0 or 0.0
    return None


def _column(cell: Line, cols: Sequence[tuple[float, float, VoteOption]]) -> VoteOption | None:
    """The answer column a mark stands in: the nearest header centre, within half the space
    between two columns (a mark is set under its label, centred or flush left)."""
    centres = sorted(c for _, c, _ in cols)
    spacing = min((b - a for a, b in zip(centres, centres[1:], strict=False)), default=4 * SAME_COLUMN_PT)
    x = _center(cell)
    best = min(cols, key=lambda c: min(abs(x - c[1]), abs((cell.x0 or 0.0) - c[0])))
    distance = min(abs(x - best[1]), abs((cell.x0 or 0.0) - best[0]))
    return best[2] if distance <= max(spacing / 2, SAME_COLUMN_PT) else None


@cache
def _vote_of_item() -> re.Pattern[str]:
    """ "Votering § 57", "Omröstning i § 57": the row under a presence and vote list's header
    that says which item's vote its columns hold."""
    return re.compile(rf"^(?:{_alt(_vocabulary()['vote_nouns'])})\s+(?:i\s+|om\s+)?§\s*(?P<item>\d{{1,4}})\b", re.I)


@cache
def _substitute_labels() -> frozenset[str]:
    """A presence and vote list's column of the substitute who sat in the member's seat ("Tjänstgörande
    ersättare", patterns/headings.yml ``substitute_labels``): the row's vote is theirs."""
    return frozenset(w.casefold() for w in patterns.load("headings")["substitute_labels"])


def _is_summary(text: str) -> bool:
    words = {w.casefold() for w in _vocabulary()["summary_rows"]}
    return text.strip().rstrip(":").casefold() in words


def find_tables(lines: Sequence[Line], doc_id: str = "") -> list[_Table]:
    """Vote tables among an item's lines: a header row naming two answers or more ("Ja | Nej |
    Avstår"), rows of a name and a mark under one answer, perhaps a "Summa" row of counts.  A
    table goes on over a page break (its header repeated or not) while rows read as votes."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    origin: dict[int, Line] = {}  # cell -> the line it is (or was cut from)
    table_rows: list[tuple[Line, ...]] = []
    for row in rows(lines):
        if len(row) == 1 and row[0].x0 is None:
            whole = row[0]
            row = tuple(_cells(whole))  # a text line: its columns by character offset
            origin.update((id(c), whole) for c in row)
        else:
            origin.update((id(c), c) for c in row)
        table_rows.append(row)
    out: list[_Table] = []
    k = 0
    while k < len(table_rows):
        row = table_rows[k]
        cols = _header(row)
        answer_x = None if cols else _answer_column(row)
        if cols is None and (answer_x is None or not re.search(r"namn|ledam", row[0].text, re.I)):
            k += 1
            continue
        first_x = min(x for x, *_ in cols) if cols else answer_x or 0.0
        sitter_x = [c.x0 or 0.0 for c in row if c.text.strip().rstrip(":").casefold() in _substitute_labels()]
        table = _Table(
            start=index[id(origin[id(row[0])])],
            used={id(origin[id(c)]) for c in row},
            votes=[],
            counts={},
            page=row[0].page,
            quote=" | ".join(c.text for c in row),
        )
        k += 1
        while k < len(table_rows):
            r = table_rows[k]
            if cols and _header(r):  # the header again, on a new page
                table.used |= {id(origin[id(c)]) for c in r}
                k += 1
                continue
            left = [c for c in r if (c.x0 or 0.0) < first_x - SAME_COLUMN_PT / 2]
            right = [c for c in r if c not in left]
            if not left and table.item is None and not table.votes and (of := _vote_of_item().match(r[0].text.strip())):
                table.item = of["item"]  # "Votering § 57" under the header
                table.used |= {id(origin[id(c)]) for c in r}
                k += 1
                continue
            name_text = left[0].text.strip() if left else ""
            if cols and left and _is_summary(left[0].text):
                for c in right:
                    opt = _column(c, cols)
                    if opt and c.text.strip().isdigit():
                        table.counts[opt] = int(c.text.strip())
                table.used |= {id(origin[id(c)]) for c in r}
                k += 1
                continue
            person = parse_person_line(name_text, "ledamot") if left else None
            if person is None or not looks_like_name(person.name):
                break
            answer: VoteOption | None = None
            for c in right:
                word = c.text.strip().casefold()
                if cols and word in _marks():
                    answer = _column(c, cols)
                elif option_of_label(word):
                    answer = option_of_label(word)
            if answer is None and right:
                break  # something else in the columns: not a vote row
            if party_cell := [c for c in left[1:] if re.fullmatch(r"[A-ZÅÄÖ]{1,3}", c.text.strip())]:
                person = replace(person, party=person.party or party_cell[0].text.strip())
            sitter = [
                c
                for c in left[1:]
                if any(abs((c.x0 or 0.0) - x) <= SAME_COLUMN_PT for x in sitter_x) and looks_like_name(c.text.strip())
            ]
            if sitter:  # the member's seat, the substitute's vote
                person = replace(person, name=sitter[0].text.strip())
            table.used |= {id(origin[id(c)]) for c in r}
            if answer is not None:
                table.votes.append(
                    Vote(
                        name=person.name,
                        option=answer,
                        party=person.party,
                        doc_id=doc_id,
                        page=r[0].page,
                        quote="  ".join(c.text.strip() for c in r),
                    )
                )
            k += 1
        if table.votes or table.counts:
            out.append(table)
    return out


# --------------------------------------------------------------------------- the item's units
@dataclass
class _Builder:
    """A vote being read: what the item has said about it so far."""

    page: int | None
    quotes: list[str] = field(default_factory=list)
    question: str | None = None
    options: tuple[tuple[VoteOption, str], ...] = ()
    counts: dict[VoteOption, int] = field(default_factory=dict)
    stated_in_sentence: bool = False
    discrepancies: list[str] = field(default_factory=list)
    majority: tuple[int, int] | None = None
    result: tuple[str, str] | None = None
    casting: bool = False
    votes: list[Vote] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        return bool(self.counts or self.majority or self.votes)

    @property
    def worth_keeping(self) -> bool:
        return bool(self.has_data or self.options)


def _list_votes(label: re.Match[str], text: str, line: Line, doc_id: str) -> list[Vote]:
    if label["voted"]:
        opt: VoteOption | None = "ja" if "ja" in label["voted"].casefold() else "nej"
    elif label["abstained"]:
        opt = "avstår"
    else:
        opt = _group_option(label, "l_")
    if opt is None:
        return []
    return [
        Vote(name=p.name, option=opt, party=p.party, doc_id=doc_id, page=line.page, quote=" ".join(text.split()))
        for p in _names(text)
    ]


def _units(lines: Sequence[Line], headings: frozenset[int]) -> list[tuple[int, str, str, Line]]:
    """An item's non-table lines as units in order: ("heading", text), ("list", text) for a
    labelled list of voters (the label line and the lines it runs on to), ("sentence", text)."""
    out: list[tuple[int, str, str, Line]] = []
    label = _patterns()["list_label"]
    run: list[tuple[int, Line]] = []

    def flush() -> None:
        if run:
            by_line = {id(ln): i for i, ln in run}
            for sentence, ln in sentences_of_lines([ln for _, ln in run]):
                out.append((by_line[id(ln)], "sentence", sentence, ln))
            run.clear()

    k = 0
    while k < len(lines):
        ln = lines[k]
        text = ln.text.strip()
        if k in headings:
            flush()
            out.append((k, "heading", text, ln))
            k += 1
            continue
        m = label.match(text)
        if m and (not m["rest"] or _starts_names(m["rest"])):
            flush()
            body = m["rest"]
            one_per_line = not body
            j = k + 1
            while j < len(lines) and j not in headings and not body.rstrip().endswith("."):
                nxt = lines[j].text.strip()
                if label.match(nxt):
                    break
                if one_per_line and "," in nxt:
                    one_per_line = False
                glue = "\n" if one_per_line or body.rstrip().endswith(")") else " "
                # only the last chunk can run on into the next line ("…, Carl" / "Dahl (M) och …")
                tail = _chunks(body)[-1] if body and not body.rstrip().endswith((",", ";", ")")) else ""
                if len(_names(f"{tail}{glue}{nxt}")) <= len(_names(tail)):
                    break  # the next line names nobody more: the list has ended
                body = f"{body}{glue}{nxt}" if body else nxt
                j += 1
            out.append((k, "list", f"{text.split(':', 1)[0]}: {body}", ln))
            k = j
            continue
        run.append((k, ln))
        k += 1
    flush()
    return sorted(out, key=lambda u: u[0])


def _section_heading(text: str) -> bool:
    """A heading of another section of the item ("Beslut", "Reservation", "Yrkanden")."""
    key = text.strip().rstrip(":").casefold()
    return key in _item_sections() and not is_vote_heading(text)


@cache
def _item_sections() -> frozenset[str]:
    return frozenset(k.casefold() for k in patterns.load("headings")["item_sections"])


def find_votes(item: str | None, lines: Sequence[Line], doc_id: str = "") -> list[VoteEvent]:
    """The votes held in one agenda item, in order (see the module docstring)."""
    text = "\n".join(ln.text for ln in lines)
    p = _patterns()
    if not re.search(r"röst|votering|omröstning|namnupprop", text, re.I):
        return []  # most items hold no vote: no sentences to split
    tables = find_tables(lines, doc_id)
    used = set().union(*(t.used for t in tables)) if tables else set()
    rest = [(i, ln) for i, ln in enumerate(lines) if id(ln) not in used]
    headings = frozenset(j for j, (_, ln) in enumerate(rest) if is_vote_heading(ln.text) or _section_heading(ln.text))
    units: list[tuple[int, str, object, Line]] = [
        (rest[j][0], kind, txt, ln) for j, kind, txt, ln in _units([ln for _, ln in rest], headings)
    ]
    units += [(t.start, "table", t, lines[t.start]) for t in tables]
    units.sort(key=lambda u: u[0])

    events: list[_Builder] = []
    elsewhere: list[VoteEvent] = []  # the votes of other items, listed here
    current: _Builder | None = None
    after_counts = False  # the last unit gave counts: the next may say what they decided

    def start(line: Line) -> _Builder:
        nonlocal current
        if current is not None and current.worth_keeping:
            events.append(current)
        current = _Builder(page=line.page)
        return current

    for _, kind, payload, line in units:
        if kind == "heading":
            after_counts = False
            if is_vote_heading(str(payload)) and (current is None or current.has_data):
                start(line)
            continue
        if kind == "table":
            assert isinstance(payload, _Table)
            if payload.item is not None and payload.item != item:
                # an appendix's presence and vote list for § 57: an event of § 57 (merge_listed)
                elsewhere.append(
                    _event(
                        _Builder(page=line.page, votes=list(payload.votes), counts=dict(payload.counts)),
                        payload.item,
                        doc_id,
                    )
                )
                continue
            if current is None or current.votes:
                start(line)
            assert current is not None
            current.votes.extend(payload.votes)
            for opt, n in payload.counts.items():
                current.counts.setdefault(opt, n)
            after_counts = bool(payload.counts)
            continue
        sentence = str(payload)
        if kind == "list":
            m = p["list_label"].match(sentence)
            assert m is not None
            if current is None:
                start(line)
            assert current is not None
            current.votes.extend(_list_votes(m, m["rest"], line, doc_id))
            continue
        held = p["held"].search(sentence)
        options = read_proposition(sentence)
        counts = read_counts(sentence)
        majority = None if counts else read_majority(sentence)
        named = p["names_voted"].match(sentence) if not options else None
        if (held or options) and (current is None or current.has_data):
            start(line)
        if named and _is_name_list(named["names"]):
            if current is None:
                start(line)
            assert current is not None
            current.votes.extend(_list_votes(named, named["names"], line, doc_id))
            current.quotes.append(sentence)
            continue
        if not (held or options or counts or majority):
            if current is not None and after_counts and current.result is None and (res := read_result(sentence)):
                current.result = res
                current.casting = current.casting or bool(p["casting"].search(sentence))
                current.quotes.append(sentence)
            after_counts = False
            continue
        if current is None or (
            (counts or majority) and current.stated_in_sentence and (current.result or current.votes)
        ):
            start(line)
        assert current is not None
        current.quotes.append(sentence)
        if options:
            current.options, current.question = options, sentence
        if counts:
            summary = current.counts if not current.stated_in_sentence else {}
            if any(summary.get(opt, n) != n for opt, n in counts.items()):
                current.discrepancies.append(
                    "the table's summary row says "
                    + ", ".join(f"{n} {opt}" for opt, n in summary.items())
                    + "; the text says "
                    + ", ".join(f"{n} {opt}" for opt, n in counts.items())
                )
            current.counts = {**summary, **counts}
            current.stated_in_sentence = True
        if majority:
            current.majority = majority
            current.stated_in_sentence = True
        if p["casting"].search(sentence):
            current.casting = True
        if (counts or majority) and (res := read_result(sentence)):
            current.result = res
        after_counts = bool(counts or majority)
    if current is not None and current.worth_keeping:
        events.append(current)
    return [*(_event(b, item, doc_id) for b in events), *elsewhere]


def merge_listed(events: Sequence[VoteEvent], listed: Sequence[VoteEvent]) -> list[VoteEvent]:
    """The votes of a list printed apart ("Bilaga: Närvaro- och voteringslista", its "Votering §
    57" column) joined to the vote its item's text tells of ("Omröstningsresultat: 22 ja, 8 nej,
    se bilaga"): the item's first vote without per-member votes takes them; the text's counts
    stand.  A list with no such vote stays an event of its own."""
    out = list(events)
    for e in listed:
        target = next((k for k, o in enumerate(out) if o.item == e.item and not o.votes), None)
        if target is None:
            out.append(e)
            continue
        o = out[target]
        out[target] = replace(
            o,
            votes=e.votes,
            yes=o.yes if o.yes is not None else e.yes,
            no=o.no if o.no is not None else e.no,
            abstain=o.abstain if o.abstain is not None else e.abstain,
        )
    return out


def _event(b: _Builder, item: str | None, doc_id: str) -> VoteEvent:
    listed = Counter(v.option for v in b.votes)
    counts = dict(b.counts)
    majority = b.majority
    if majority and not counts and b.votes:
        # "med 7 röster mot 4": the answers are those of the per-member list with those counts
        ranked = [opt for opt, _ in listed.most_common(2)]
        if len(ranked) == 2 and (listed[ranked[0]], listed[ranked[1]]) == majority:
            counts = {ranked[0]: majority[0], ranked[1]: majority[1]}
    winner = b.result[1] if b.result and b.result[0] == "bifall" else None
    result = _result(counts, b.options, winner, b.result)
    if majority and not counts and result is not None:
        counts = {result: majority[0], ("nej" if result == "ja" else "ja"): majority[1]}
    if winner is None and result is not None:
        winner = dict(b.options).get(result)
    return VoteEvent(
        item=item,
        question=b.question,
        options=b.options,
        yes=counts.get("ja"),
        no=counts.get("nej"),
        abstain=counts.get("avstår"),
        absent=counts.get("frånvarande"),
        majority=majority[0] if majority else None,
        minority=majority[1] if majority else None,
        result=result,
        winner=winner,
        casting_vote=b.casting,
        votes=tuple(b.votes),
        discrepancies=tuple(b.discrepancies),
        doc_id=doc_id,
        page=b.page,
        quote=" ".join(q for q in b.quotes if q)[:1000],
    )


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\wåäö ]", " ", text.casefold()).split())


def _result(
    counts: dict[VoteOption, int],
    options: tuple[tuple[VoteOption, str], ...],
    winner: str | None,
    ruling: tuple[str, str] | None,
) -> VoteOption | None:
    """The answer that won: the one whose proposal the text says was adopted, else the one with
    more votes (a tie has none, unless a casting vote names the proposal)."""
    for what in [winner, ruling[1] if ruling and ruling[0] == "avslag" else None]:
        if what is None:
            continue
        for opt, stands in options:
            if _fold(stands) and (_fold(stands) in _fold(what) or _fold(what) in _fold(stands)):
                if what is winner:
                    return opt
                return "nej" if opt == "ja" else "ja"  # the rejected one's other side
    yes, no = counts.get("ja"), counts.get("nej")
    if yes is not None and no is not None and yes != no:
        return "ja" if yes > no else "nej"
    return None


# --------------------------------------------------------------------------- the self-check
DECIDING_ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare")


def beslutande(participants: Iterable[Participant]) -> list[Participant]:
    """Who may vote: the members and substitutes on the roster who were there."""
    return [p for p in participants if p.role in DECIDING_ROLES and p.present is not False]


def _roster_name(name: str, keys: dict[str, str]) -> str | None:
    """The roster's form of a voter's name: the same name folded, or its words the other way
    round ("Ek Anna" for "Anna Ek")."""
    key = name_key(name)
    if key in keys:
        return keys[key]
    words = key.split()
    if len(words) >= 2:
        for turned in (" ".join([*words[1:], words[0]]), " ".join([words[-1], *words[:-1]])):
            if turned in keys:
                return keys[turned]
    return None


def check_votes(
    events: Sequence[VoteEvent], participants: Sequence[Participant], doc_id: str = ""
) -> tuple[list[VoteEvent], list[Problem]]:
    """Each vote held against what the document says elsewhere: the per-member votes must add up
    to the counts the text states, nobody may vote twice, every voter must be among the
    beslutande (when the document has a roster), and no more may vote than sit.  Voters found on
    the roster get its form of their name.  Every mismatch is a problem; nothing is mended."""
    voters = beslutande(participants)
    keys = {name_key(p.name): p.name for p in voters}
    everyone = {name_key(p.name): p.name for p in participants}
    out: list[VoteEvent] = []
    problems: list[Problem] = []

    def problem(e: VoteEvent, message: str) -> None:
        where = f"item {e.item}: " if e.item else ""
        problems.append(Problem(stage="votes", message=f"{where}{message}", doc_id=doc_id, page=e.page))

    for e in events:
        ok: bool | None = False if e.discrepancies else None
        for d in e.discrepancies:
            problem(e, d)
        votes = []
        for v in e.votes:
            name = _roster_name(v.name, keys) or _roster_name(v.name, everyone)
            votes.append(replace(v, name=name) if name else v)
        stated = {"ja": e.yes, "nej": e.no, "avstår": e.abstain, "frånvarande": e.absent}
        if votes:
            ok = ok is not False
            listed = Counter(v.option for v in votes)
            top = tuple(n for _, n in listed.most_common(2))
            if e.majority is not None and e.yes is None and e.no is None and top != (e.majority, e.minority):
                ok = False
                problem(e, f"the vote list gives {top}, the text says {e.majority} votes against {e.minority}")
            for opt, n in stated.items():
                if n is not None and listed[opt] != n:  # type: ignore[index]
                    ok = False
                    problem(e, f"the vote list has {listed[opt]} {opt}, the text says {n}")  # type: ignore[index]
            twice = [n for n, c in Counter(name_key(v.name) for v in votes).items() if c > 1]
            if twice:
                ok = False
                problem(e, "voted twice: " + ", ".join(sorted(twice)))
            if voters:
                strangers = [v.name for v in votes if _roster_name(v.name, keys) is None]
                if strangers:
                    ok = False
                    problem(e, "voters not among the beslutande: " + ", ".join(strangers))
        if voters:
            total = sum(n for opt, n in stated.items() if n is not None and opt != "frånvarande")
            total = max(total, sum(x for x in (e.majority, e.minority) if x is not None))
            if total > len(voters):
                ok = False
                problem(e, f"{total} votes counted, but the roster has {len(voters)} beslutande")
            elif ok is None and total:
                ok = True
        out.append(replace(e, votes=tuple(votes), consistent=ok))
    return out, problems
