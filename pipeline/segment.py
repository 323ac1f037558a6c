"""Pages -> front matter, roster sections and agenda items.

Items are found as the longest run of increasing item numbers ("1." … "16.", "§ 101" …,
"39 §" …), so a numbered list inside an item, a table of contents with dot leaders or a
running header that repeats the current § never starts a new item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from . import patterns
from .people import parse_person_line
from .records import ItemBlock, Line, Role, RosterSection, Segments

# The three numbering styles of Swedish protocols: "5." / "§ 101" / "12 §".
ITEM_STYLES: dict[str, re.Pattern[str]] = {
    "numbered": re.compile(r"^(?:punkt\s+)?(\d{1,3})\s?[.)](?:\s+(?P<title>\S.*))?$", re.I),
    "paragraph": re.compile(r"^§\s*(\d{1,4})(?![\d/-])(?:\s*[.:]?\s+(?P<title>\S.*))?$"),
    "finnish": re.compile(r"^(\d{1,4})\s*§(?:\s+(?P<title>\S.*))?$"),
}
DOT_LEADERS = re.compile(r"(?:\.\s?){5,}|…{2,}|_{5,}")
# A case number printed alone above an item's heading: "NKBY/497/12.03.01/2022", "KS 2024/123".
CASE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}/\d+/[\d.]+/\d{4}|[A-ZÅÄÖ]{2,4}\s?\d{4}/\d{1,5})$")
DNR = re.compile(r"^(?:Dnr|Diarienr|Diarienummer|Dnr\.)[:.]?\s*(?P<dnr>\S.*)$", re.I)
# A title line that ends like this goes on on the next line.
CONTINUES = re.compile(r"(?:\b(?:och|i|för|av|till|med|om|mellan|samt|på|inom|från|kring|vid|det|den|de|en|ett)|[-–,])$")


@dataclass(frozen=True)
class _Candidate:
    index: int
    number: int
    title: str | None
    dnr: str | None


@cache
def _roster_headings() -> list[tuple[str, Role | None]]:
    table = patterns.load("headings")
    headings = {**table["roster"], **{k: v for k, v in table["letterhead_roles"].items()}}
    return sorted(headings.items(), key=lambda kv: len(kv[0]), reverse=True)


@cache
def _roster_end() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["roster_end"])


@cache
def _signatures() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["signatures"])


def roster_heading(text: str) -> tuple[str, Role | None, str] | None:
    """(heading, role, rest of line) if `text` opens a roster section, e.g. "Ledamöter:"."""
    for heading, role in _roster_headings():
        m = re.match(re.escape(heading) + r"(?:\s*:\s*|\s*$)(.*)$", text.strip(), re.I)
        if m:
            return heading, role, m.group(1).strip()
        # "Ej tjänstgörande ersättare Linda Fransson (C)": a label and its first entry on one
        # baseline, no colon — a heading only when what follows is a person.
        m = re.match(re.escape(heading) + r"\s+(\S.*)$", text.strip(), re.I)
        if m and heading[0].isupper() and parse_person_line(m.group(1), role) is not None:
            return heading, role, m.group(1).strip()
    # A letterhead label row: "Tjänsteställe Sekreterare" (two labels on one line).
    words = text.split()
    if 2 <= len(words) <= 3 and words[0].casefold() in {"tjänsteställe", "datum", "handläggare"}:
        for w in words[1:]:
            role = patterns.load("headings")["letterhead_roles"].get(w.capitalize())
            if role:
                return w, role, ""
    return None


def _candidates(lines: Sequence[Line], style: str) -> list[_Candidate]:
    pattern = ITEM_STYLES[style]
    found = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if DOT_LEADERS.search(text):
            continue  # a table of contents line, not an item
        m = pattern.match(text)
        if not m:
            continue
        title = m.group("title")
        dnr = None
        if title:
            dm = re.search(r"\b(?:Dnr|Diarienr)\.?:?\s*(\S+(?:\s\d\S*)?)", title, re.I)
            if dm:
                dnr = dm.group(1)
                title = title[: dm.start()].strip() or None
        found.append(_Candidate(i, int(m.group(1)), title, dnr))
    return found


def _longest_run(cands: list[_Candidate]) -> list[_Candidate]:
    """The longest chain of candidates whose numbers rise by 1 to 3 at each step."""
    if not cands:
        return []
    best_len = [1] * len(cands)
    prev = [-1] * len(cands)
    for j in range(len(cands)):
        for i in range(j):
            step = cands[j].number - cands[i].number
            if 1 <= step <= 3 and best_len[i] + 1 > best_len[j]:
                best_len[j], prev[j] = best_len[i] + 1, i
    j = max(range(len(cands)), key=lambda k: (best_len[k], -k))
    chain = []
    while j != -1:
        chain.append(cands[j])
        j = prev[j]
    return chain[::-1]


def _prefer_titled(cands: list[_Candidate], window: int = 6) -> list[_Candidate]:
    """A running header that repeats "13 §" just above the real heading is not the item: of two
    candidates with one number a few lines apart, the one with a title stays, else the later."""

    def beaten(c: _Candidate, d: _Candidate) -> bool:
        if bool(d.title) != bool(c.title):
            return bool(d.title)
        return not c.title and d.index > c.index  # two titled ones: the run decides

    return [
        c for c in cands
        if not any(d is not c and d.number == c.number and abs(d.index - c.index) <= window and beaten(c, d)
                   for d in cands)
    ]


def find_items(lines: Sequence[Line]) -> list[ItemBlock]:
    """Agenda items in the lines of a whole document, in the numbering style it uses most."""
    runs = [_longest_run(_prefer_titled(_candidates(lines, style))) for style in ITEM_STYLES]
    run = max(runs, key=len)
    if len(run) < 2 and not (run and run is not runs[0]):
        return []  # one lone "3." is a list entry; one lone "§ 5" is a real item
    items = []
    for k, cand in enumerate(run):
        end = run[k + 1].index if k + 1 < len(run) else len(lines)
        body = list(lines[cand.index + 1 : end])
        title, dnr = cand.title, cand.dnr
        # "§ 101" / "Dnr KS 2024/123" / title, in any order of the two lines after the number
        while body and (dnr is None or title is None):
            m = DNR.match(body[0].text.strip())
            if m and dnr is None:
                dnr = m.group("dnr").strip()
                body.pop(0)
            elif title is None:
                title = body.pop(0).text.strip()
            else:
                break
        if title:
            # OCR reads "22 §" as "228" / "22$": a title that starts with the item's own number
            # and a misread § carries the heading twice.
            title = re.sub(rf"^{cand.number}\s?[8$§S5]\s+", "", title)
        title_line = lines[cand.index]
        while title and body and _title_goes_on(title, title_line, body[0]):
            title = f"{title} {body.pop(0).text.strip()}"
        if dnr is None and body and DNR.match(body[0].text.strip()):
            dnr = DNR.match(body.pop(0).text.strip()).group("dnr").strip()  # type: ignore[union-attr]
        pages = [lines[cand.index].page, *(ln.page for ln in body)]
        items.append(
            ItemBlock(
                number=str(cand.number),
                title=(title or "").strip(),
                lines=tuple(body),
                page=pages[0],
                end_page=max(pages),
                dnr=dnr,
                heading=lines[cand.index],
            )
        )
    # A case number standing just above an item's heading is that item's dnr, not the end of
    # the item before it.
    for k in range(1, len(items)):
        prev = items[k - 1]
        if prev.lines and CASE_NUMBER.match(prev.lines[-1].text.strip()):
            case = prev.lines[-1].text.strip()
            items[k - 1] = replace(prev, lines=prev.lines[:-1])
            if items[k].dnr is None:
                items[k] = replace(items[k], dnr=case)
    return items


def _title_goes_on(title: str, first: Line, nxt: Line) -> bool:
    text = nxt.text.strip()
    if not text or ITEM_STYLES["numbered"].match(text) or roster_heading(text) or _is_section(text):
        return False
    if CONTINUES.search(title):
        return True
    if text[0].islower() and not text.startswith(("att ", "o ")):
        return True
    # In a PDF a bold title line followed by another bold line of the same size is one title.
    return bool(first.bold and nxt.bold and first.size == nxt.size and nxt.page == first.page and len(title) > 40)


@cache
def _section_names() -> tuple[str, ...]:
    return tuple(s.casefold() for s in patterns.load("headings")["item_sections"])


def _is_section(text: str) -> bool:
    return text.strip().rstrip(":").casefold() in _section_names()


def find_roster(front: Sequence[Line]) -> list[RosterSection]:
    """Roster sections in the front matter: each heading and the lines under it."""
    sections: list[RosterSection] = []
    current: tuple[str, Role | None, list[Line], list[tuple[float, Role | None]]] | None = None
    ended = False

    def close() -> None:
        if current and (current[2] or current[3]):
            sections.append(
                RosterSection(heading=current[0], role=current[1], lines=tuple(current[2]), columns=tuple(current[3]))
            )

    for i, line in enumerate(front):
        text = line.text.strip()
        if text.casefold().startswith(_roster_end() + _signatures()):
            close()
            current = None
            ended = ended or text.casefold().startswith(_signatures())
            continue
        head = roster_heading(text)
        if head and ended and head[1] not in ("sekreterare", "justerare"):
            head = None  # after "Underskrifter", "Ordförande  Name" is a signature, not a seat
        if head:
            # Two-column roster: "Beslutande" then "ordinarie" | "ersättare" on one row.
            if current and current[0].casefold().startswith("beslutande") and not current[2] and _same_row(
                line, front, i
            ):
                current[3].append((line.x0 or 0.0, head[1]))
                continue
            close()
            heading, role, rest = head
            current = (heading, role, [], [])
            if rest:
                current[2].append(Line(**{**line.__dict__, "text": rest}))
            continue
        if text.casefold() in ("ordinarie", "ordinarie ledamöter") and current:
            current[3].append((line.x0 or 0.0, None))
            continue
        if current is not None and current[2] and _far_below(current[2][-1], line):
            close()  # a wide vertical gap ends the block: what follows is not roster
            current = None
        if current is not None:
            current[2].append(line)
    close()
    return sections


def _far_below(prev: Line, line: Line) -> bool:
    if prev.page != line.page or None in (prev.bottom, line.top, line.size):
        return False
    return line.top - prev.bottom > 3 * line.size  # type: ignore[operator]


def _same_row(line: Line, lines: Sequence[Line], i: int) -> bool:
    """True when another sub-heading stands on the same row (a column header row)."""
    return line.top is not None and any(
        other.top is not None and abs(other.top - line.top) < 3 for other in lines[max(0, i - 2) : i]
    )


def segment(lines: Sequence[Line], with_items: bool = True) -> Segments:
    """Split a document's content lines into front matter (with its roster) and items."""
    items = find_items(lines) if with_items else []
    first = items[0].heading if items else None
    front = list(lines) if first is None else list(lines[: next(i for i, ln in enumerate(lines) if ln is first)])
    return Segments(front=tuple(front), roster=tuple(find_roster(front)), items=tuple(items))
