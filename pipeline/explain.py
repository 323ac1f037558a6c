"""What the parser took each line as: `protokoll parse FILE --explain` / `--explain-png DIR`.

`explain(doc)` labels every line of every page — content and furniture — with what the parser
made of it, computed only from the parser's public outputs (`segment()` and `parse()`):

    furniture              running header, footer, page label (never seen by the parser)
    item heading           an item's number line, and its title / dnr lines (`item` = number)
    roster heading         "Ledamöter:", "Beslutande", a column sub-heading
    roster entry           a roster line where a participant's entry starts (`participants` =
                           the facts; several on a comma list), or one its entry wraps onto
    roster (not a person)  a roster line that gave nobody ("Vakant, RF-SISU", an address)
    decision               part of the verbatim text of one of the item's decisions
    rule                   part of a directive's rule, or an agreement's follow-up duty
    signature              a signature heading and the block under it, a line that named the
                           secretary or a justerare outside the roster, an agreement's signatory
                           (and the title, organisation, place and date beside the name)
    front                  other front matter: letterhead, meeting data
    text                   an item's body that is not a decision

    pages = explain(extract(Path("raw/kumla-ks_2024-05-13_protokoll.pdf")))
    print(format_explanation(pages))
    draw_explanation(Path("raw/kumla-ks_2024-05-13_protokoll.pdf"), pages, Path("/tmp/explain"))

Like `extract`, `draw_explanation` opens the PDF (to render its pages); nothing else here
reads a file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import patterns
from .parse import parse
from .parse.people import CHECKBOX, name_key
from .parse.segment import roster_heading, segment
from .parse.text import LIST_MARKER as BULLET
from .parse.text import looks_like_name
from .records import (
    Decision,
    DirectiveRule,
    ExtractedDocument,
    Item,
    ItemBlock,
    Line,
    ParsedDocument,
    Participant,
    RosterSection,
    Signatory,
)

FURNITURE = "furniture"
ITEM_HEADING = "item heading"
ROSTER_HEADING = "roster heading"
ROSTER_ENTRY = "roster entry"
ROSTER_OTHER = "roster (not a person)"
DECISION = "decision"
RULE = "rule"
SIGNATURE = "signature"
FRONT = "front"
TEXT = "text"
LABELS: tuple[str, ...] = (
    FURNITURE,
    ITEM_HEADING,
    ROSTER_HEADING,
    ROSTER_ENTRY,
    ROSTER_OTHER,
    DECISION,
    RULE,
    SIGNATURE,
    FRONT,
    TEXT,
)
# Box colours of `draw_explanation`, one per label (RGB).
COLOURS: dict[str, tuple[int, int, int]] = {
    FURNITURE: (140, 140, 140),
    ITEM_HEADING: (220, 30, 30),
    ROSTER_HEADING: (20, 50, 190),
    ROSTER_ENTRY: (0, 160, 230),
    ROSTER_OTHER: (245, 140, 0),
    DECISION: (0, 165, 70),
    RULE: (0, 150, 140),
    SIGNATURE: (150, 50, 200),
    FRONT: (170, 130, 40),
    TEXT: (110, 130, 160),
}
AGREEMENT_KINDS = ("overenskommelse", "uppdragsdirektiv")
# A decision is found in its item's text piece by piece; a piece shorter than this (in letters
# and digits) is a coincidence, unless it is the rest of the decision.
MIN_PIECE = 10


class ExplainError(Exception):
    """The explanation cannot be drawn (a text source has no positions)."""


@dataclass(frozen=True, kw_only=True)
class ExplainedLine:
    """One line of a page and what the parser took it as."""

    line: Line
    label: str  # one of LABELS
    item: str | None = None  # the agenda item's number, for item headings, decisions and item text
    decisions: tuple[int, ...] = ()  # positions (0-based) of the item's decisions this line is part of
    decided: tuple[Decision, ...] = ()  # the decisions that start on this line
    participants: tuple[Participant, ...] = ()  # what a roster / signature / election line gave
    signatories: tuple[Signatory, ...] = ()  # an agreement's signatory named on this line
    note: str = ""  # "title", "dnr", "heading and first entry", "continued" …


@dataclass(frozen=True, kw_only=True)
class PageExplanation:
    number: int
    lines: tuple[ExplainedLine, ...]  # furniture and content, top to bottom where positions are known
    width: float | None = None
    height: float | None = None
    label: str | None = None  # the printed page label, "1 (7)"
    source: str = "text"  # where the page's lines came from: text, repaired, patched, ocr

    def count(self, label: str) -> int:
        return sum(1 for ln in self.lines if ln.label == label)


# --------------------------------------------------------------------------- labelling
def _norm(text: str) -> str:
    """Letters and digits only, case folded: line joins, spacing and hyphens do not count."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _signature_headings() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["signatures"])


def _roster_end() -> tuple[str, ...]:
    return tuple(h.casefold() for h in patterns.load("headings")["roster_end"])


class _Labels:
    """The label of each content line so far, keyed by the line object's identity."""

    def __init__(self) -> None:
        self.by_id: dict[int, ExplainedLine] = {}

    def set(self, line: Line, label: str, **kw: object) -> None:
        self.by_id[id(line)] = ExplainedLine(line=line, label=label, **kw)  # type: ignore[arg-type]

    def get(self, line: Line) -> ExplainedLine | None:
        return self.by_id.get(id(line))


def explain(doc: ExtractedDocument, parsed: ParsedDocument | None = None) -> list[PageExplanation]:
    """Every line of every page with the label of what the parser took it as.

    `parsed` is `parse(doc)` when the caller has it already."""
    parsed = parsed if parsed is not None else parse(doc)
    lines = doc.lines
    labels = _Labels()
    claimed: set[int] = set()  # ids of participants shown on some line
    if parsed.info.kind in AGREEMENT_KINDS:
        _label_agreement(
            lines, labels, parsed.agreement.signatories if parsed.agreement else (), parsed.directive_rules
        )
    else:
        seg = segment(lines)
        _label_items(lines, seg.items, parsed.items, labels, parsed.participants, claimed)
        front = list(seg.front)
        region = _signature_region(front)
        _label_roster(front, seg.roster, region, labels, parsed.participants, claimed)
        for line in front:
            if labels.get(line) is None:
                labels.set(line, SIGNATURE if id(line) in region else FRONT)
        # Lines outside the roster that named the secretary or a justerare (minutes signed at
        # the end, "Vid anteckningarna / Name"), and signature headings among the items.
        _label_signatures(lines, labels, parsed.participants, claimed, region)
    return [_page(doc, page_number, labels) for page_number in range(len(doc.pages))]


def _page(doc: ExtractedDocument, index: int, labels: _Labels) -> PageExplanation:
    page = doc.pages[index]
    content = [labels.get(ln) or ExplainedLine(line=ln, label=TEXT) for ln in page.lines]
    furniture = [ExplainedLine(line=ln, label=FURNITURE) for ln in page.furniture]
    every = [*furniture, *content]
    if every and all(e.line.top is not None for e in every):
        every.sort(key=lambda e: (e.line.top or 0.0, e.line.x0 or 0.0))
    return PageExplanation(
        number=page.number,
        lines=tuple(every),
        width=page.width,
        height=page.height,
        label=page.label,
        source=page.source,
    )


def _label_items(
    lines: Sequence[Line],
    blocks: Sequence[ItemBlock],
    items: Sequence[Item],
    labels: _Labels,
    people: Sequence[Participant],
    claimed: set[int],
) -> None:
    if not blocks:
        return
    index = {id(ln): i for i, ln in enumerate(lines)}
    # `parse` makes one item of each block, in order; by number if that ever changes.
    same = len(items) == len(blocks) and all(it.number == b.number for it, b in zip(items, blocks, strict=True))
    by_number = {it.number: it for it in items}
    starts = [index.get(id(b.heading), -1) for b in blocks]
    for k, block in enumerate(blocks):
        start = starts[k]
        if start < 0:
            continue
        end = starts[k + 1] if k + 1 < len(blocks) else len(lines)
        body = {id(ln) for ln in block.lines}
        body_indices = [index[id(ln)] for ln in block.lines if id(ln) in index]
        first_body = min(body_indices, default=end)
        last_body = max(body_indices, default=start)
        for i in range(start, end):
            line = lines[i]
            if i == start:
                labels.set(line, ITEM_HEADING, item=block.number)
            elif id(line) in body:
                labels.set(line, TEXT, item=block.number)
            elif i < first_body:
                note = "dnr" if block.dnr and block.dnr in line.text else "title"
                labels.set(line, ITEM_HEADING, item=block.number, note=note)
            elif i > last_body and k + 1 < len(blocks):
                # A case number above the next heading: the next item's dnr.
                labels.set(line, ITEM_HEADING, item=blocks[k + 1].number, note="dnr")
            else:
                labels.set(line, TEXT, item=block.number)
        item = items[k] if same else by_number.get(block.number)
        if item is not None:
            _label_decisions(list(block.lines), item, labels, people, claimed)


class _Stream:
    """A run of lines as one string of letters and digits, each character knowing its line, so
    a verbatim quote can be found whatever line joins, spacing and hyphens it went through."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = list(lines)
        chars: list[str] = []
        self.owner: list[int] = []
        self.starts: set[int] = set()  # where words start
        # Where an entry of a list can start and end: a line's ends, and the places around a
        # "," ";" ":" or a lone "och"/"samt" ("Anna Ek (S), ordförande; Per Berg och Ola Ny").
        self.entry_starts: set[int] = set()
        self.entry_ends: set[int] = set()
        for n, line in enumerate(self.lines):
            self.entry_starts.add(len(chars))
            for m in re.finditer(r"\S+", line.text):
                token = m.group()
                if token.casefold() in ("och", "samt"):
                    self.entry_ends.add(len(chars))
                word = _norm(token)
                if word:
                    self.starts.add(len(chars))
                    chars.extend(word)
                    self.owner.extend([n] * len(word))
                if token.endswith((",", ";", ":")) or token.casefold() in ("och", "samt"):
                    self.entry_ends.add(len(chars))
                    self.entry_starts.add(len(chars))
            self.entry_ends.add(len(chars))
        self.text = "".join(chars)
        self.length = [len(_norm(ln.text)) for ln in self.lines]

    def occurrences(self, quote: str) -> list[tuple[int, int, int]]:
        """Where `quote` stands whole, from a word's start: (how cleanly, start, end), the
        cleanest first; clean is 2 when it starts and ends where a list entry does."""
        target = _norm(quote)
        found = []
        at = self.text.find(target) if target else -1
        while at >= 0:
            if at in self.starts:
                end = at + len(target)
                found.append(((at in self.entry_starts) + (end in self.entry_ends), at, end))
            at = self.text.find(target, at + 1)
        return sorted(found, key=lambda f: (-f[0], f[1]))

    def page_start(self, page: int | None) -> int:
        return next((i for i, n in enumerate(self.owner) if self.lines[n].page == page), 0)

    def find(self, quote: str, cursor: int) -> tuple[list[int], int]:
        """Where `quote` stands, piece by piece (an att-clause decision is its lead-in and one
        clause, which stand apart): the lines it covers, and where its last piece ends.

        Pieces are taken at or after `cursor` where they can be, else as close before it."""
        target = _norm(quote)
        covered = [0] * len(self.lines)
        pos, end = 0, cursor
        while pos < len(target):
            k, at = self._longest_piece(target[pos:], cursor)
            if k and k >= min(MIN_PIECE, len(target) - pos):
                for i in range(at, at + k):
                    covered[self.owner[i]] += 1
                pos += k
                cursor = end = at + k
            else:
                nxt = _next_word(quote, pos)
                if nxt is None:
                    break
                pos = nxt
        whole = len(target)
        lines = [n for n, c in enumerate(covered) if c and (c * 2 >= self.length[n] or c >= 12 or c == whole)]
        return lines, end

    def _longest_piece(self, target: str, cursor: int) -> tuple[int, int]:
        """The longest prefix of `target` that stands in the text from a word's start:
        (length, where)."""

        def where(k: int) -> int:
            sub, before = target[:k], -1
            at = self.text.find(sub)
            while at >= 0:
                if at in self.starts:
                    if at >= cursor:
                        return at
                    before = at
                at = self.text.find(sub, at + 1)
            return before

        lo, hi = 0, len(target)
        while lo < hi:  # where(k) >= 0 is monotone in k
            mid = (lo + hi + 1) // 2
            if where(mid) >= 0:
                lo = mid
            else:
                hi = mid - 1
        return lo, (where(lo) if lo else -1)


def _label_decisions(
    body: list[Line], item: Item, labels: _Labels, people: Sequence[Participant], claimed: set[int]
) -> None:
    """Mark the body lines that hold each decision's verbatim text, in order."""
    stream = _Stream(body)
    end = 0
    for d, decision in enumerate(item.decisions):
        found, end = stream.find(decision.text, max(end, stream.page_start(decision.page)))
        elected = tuple(p for p in people if p.quote == decision.text and id(p) not in claimed)
        claimed.update(id(p) for p in elected)
        for k, n in enumerate(found):
            line = body[n]
            before = labels.get(line)
            if before is not None and before.label == DECISION:  # a lead-in shared by att-clauses
                labels.set(
                    line,
                    DECISION,
                    item=item.number,
                    decisions=(*before.decisions, d),
                    decided=(*before.decided, *((decision,) if k == 0 else ())),
                    participants=(*before.participants, *(elected if k == 0 else ())),
                    note=before.note,
                )
            else:
                labels.set(
                    line,
                    DECISION,
                    item=item.number,
                    decisions=(d,),
                    decided=(decision,) if k == 0 else (),
                    participants=elected if k == 0 else (),
                    note="" if k == 0 else "continued",
                )


def _next_word(raw: str, pos: int) -> int | None:
    """The position in `_norm(raw)` where the word after the one at `pos` starts."""
    offset = 0
    for m in re.finditer(r"\S+", raw):
        word = _norm(m.group())
        if not word:
            continue
        if offset > pos:
            return offset
        offset += len(word)
    return None


def _signature_region(front: Sequence[Line]) -> set[int]:
    """Ids of the lines in a signature block: from a signature heading ("Underskrifter") to the
    first roster-end heading after a name (the "ANSLAG/BEVIS" box), a page break or the end."""
    heads, ends = _signature_headings(), _roster_end()
    region: set[int] = set()
    inside, named, page = False, False, None
    for line in front:
        text = line.text.strip().casefold()
        if inside and (line.page != page or (named and text.startswith(ends))):
            inside = False
        if text.startswith(heads):
            inside, named, page = True, False, line.page
        if inside:
            region.add(id(line))
            named = named or looks_like_name(line.text.strip())
    return region


def _label_roster(
    front: Sequence[Line],
    sections: Sequence[RosterSection],
    region: set[int],
    labels: _Labels,
    people: Sequence[Participant],
    claimed: set[int],
) -> None:
    """Each roster line with the participants read from it.

    A participant's quote is found in its section's text (so one line may hold several
    entries, "Anna Ek (S); Per Berg (M)", and one entry may wrap onto the next line): the line
    where it starts shows the facts, the lines it runs on are "continued"."""
    front_ids = {id(ln) for ln in front}
    streams = [_Stream(section.lines) for section in sections]
    used: list[list[tuple[int, int]]] = [[] for _ in sections]
    starting: dict[tuple[int, int], list[Participant]] = {}
    running: set[tuple[int, int]] = set()
    for p in people:
        if id(p) in claimed:
            continue  # elected by a decision: shown on it
        best: tuple[tuple[int, ...], int, int, int] | None = None
        for k, (section, stream) in enumerate(zip(sections, streams, strict=True)):
            for verbatim, form in ((1, p.quote), *((0, f) for f in _name_forms(p.name))):
                for clean, at, end in stream.occurrences(form):
                    if any(at < b and a < end for a, b in used[k]):
                        continue
                    line = stream.lines[stream.owner[at]]
                    score = (int(p.page in (None, line.page)), verbatim, clean, int(section.role in (None, p.role)))
                    if best is None or score > best[0]:
                        best = (score, k, at, end)
        if best is None:
            continue
        _, k, at, end = best
        used[k].append((at, end))
        lines = sorted({streams[k].owner[i] for i in range(at, end)})
        starting.setdefault((k, lines[0]), []).append(p)
        running.update((k, n) for n in lines[1:])
        claimed.add(id(p))
    for k, section in enumerate(sections):
        for n, line in enumerate(section.lines):
            if not line.text.strip():
                continue
            original, notes = line, []
            if id(line) not in front_ids:
                # A heading with its first entry on one baseline ("Ej tjänstgörande ersättare
                # Linda Fransson (C)") reaches the roster as a new line holding only the entry.
                original = (
                    next(
                        (
                            f
                            for f in front
                            if f.page == line.page
                            and f.top == line.top
                            and f.x0 == line.x0
                            and _words(f.text).endswith(_words(line.text))
                        ),
                        None,
                    )
                    or line
                )
                notes.append("heading and first entry")
            facts = tuple(starting.get((k, n), ()))
            if not facts and (k, n) in running:
                notes.append("continued")
            elif not facts:
                # A repeated entry that `dedupe` folded into the first one.
                again = _named_in(line.text, people, section.role, at_start=True)
                if again is not None:
                    facts = (again,)
                    notes.append("repeated")
            entry = bool(facts) or (k, n) in running
            label = SIGNATURE if id(original) in region else ROSTER_ENTRY if entry else ROSTER_OTHER
            labels.set(original, label, participants=facts, note=", ".join(notes))
    # Headings: the lines that open a section, and column sub-headings ("ordinarie" | "ersättare").
    for line in front:
        if labels.get(line) is not None or id(line) in region:
            continue
        text = line.text.strip()
        if roster_heading(text) is not None or text.casefold() in ("ordinarie", "ordinarie ledamöter"):
            labels.set(line, ROSTER_HEADING)


def _name_forms(name: str) -> list[str]:
    """A name as written given name first, and family name first ("Lindvall Mikael")."""
    tokens = name.split()
    return [name, " ".join([tokens[-1], *tokens[:-1]])] if len(tokens) > 1 else [name]


def _named_in(
    text: str, people: Iterable[Participant], role: str | None = None, *, at_start: bool = False
) -> Participant | None:
    """A participant whose name (or "Family Given" form) the text writes as whole words
    (`at_start`: first, after any bullet or checkbox)."""
    if at_start:
        text = BULLET.sub("", CHECKBOX.sub("", text))
    folded = name_key(text.strip())
    found = []
    for p in people:
        key = name_key(p.name)
        tokens = key.split()
        forms = {key, " ".join([tokens[-1], *tokens[:-1]])} if len(tokens) > 1 else {key}
        start = "^" if at_start else r"(?<!\w)"
        if any(re.search(rf"{start}{re.escape(f)}(?!\w)", folded) for f in forms):
            found.append(p)
    found.sort(key=lambda p: (p.role != role, -len(p.name)))
    return found[0] if found else None


def _label_signatures(
    lines: Sequence[Line], labels: _Labels, people: Sequence[Participant], claimed: set[int], region: set[int]
) -> None:
    """Signature headings among the items, and the participants no roster line gave: found by
    their quote (or name) anywhere, e.g. minutes signed at the end ("Vid anteckningarna" /
    name).  A secretary or justerare found so is a signature, anyone else a roster entry; an
    item heading or decision keeps its label and shows the participant."""
    heads = _signature_headings()
    for line in lines:
        current = labels.get(line)
        if current is not None and current.label == TEXT and line.text.strip().casefold().startswith(heads):
            labels.set(line, SIGNATURE, item=current.item)
    stream: _Stream | None = None
    for p in people:
        if id(p) in claimed:
            continue
        stream = stream or _Stream(lines)
        best = None
        for verbatim, form in ((1, p.quote), *((0, f) for f in _name_forms(p.name))):
            for clean, at, _ in stream.occurrences(form):
                line = lines[stream.owner[at]]
                known = labels.get(line)
                free = known is None or known.label in (TEXT, FRONT)  # no other stage's line
                score = (int(p.page in (None, line.page)), verbatim, int(free), clean)
                if best is None or score > best[0]:
                    best = (score, stream.owner[at])
        if best is None:
            continue
        i = best[1]
        line, current = lines[i], labels.get(lines[i])
        claimed.add(id(p))
        if current is not None and current.label in (ITEM_HEADING, DECISION, ROSTER_ENTRY, SIGNATURE):
            labels.set(
                line,
                current.label,
                item=current.item,
                decisions=current.decisions,
                decided=current.decided,
                participants=(*current.participants, p),
                note=current.note,
            )
            continue
        item = current.item if current else None
        signs = p.role in ("sekreterare", "justerare") or id(line) in region
        labels.set(line, SIGNATURE if signs else ROSTER_ENTRY, participants=(p,), item=item)
        # "Vid anteckningarna" / "Justeras" just above: the block's heading.
        above = lines[i - 1] if i else None
        if signs and above is not None and above.page == line.page and roster_heading(above.text) is not None:
            prev = labels.get(above)
            if prev is None or prev.label in (TEXT, FRONT):
                labels.set(above, SIGNATURE, item=prev.item if prev else None)


def _label_agreement(
    lines: Sequence[Line], labels: _Labels, signatories: Sequence[Signatory], rules: Sequence[DirectiveRule]
) -> None:
    """An agreement or directive is not segmented into items: its rules (or follow-up duties)
    and signatories are shown, the latter on the lines that write the name and, beside it, the
    signatory's title, organisation, place or date."""
    stream, end = _Stream(lines), 0
    for rule in rules:
        found, end = stream.find(rule.text, max(end, stream.page_start(rule.page)))
        for k, n in enumerate(found):
            labels.set(lines[n], RULE, note=f"{rule.section}: {rule.kind}" if k == 0 else "continued")
    heads = _signature_headings()
    for line in lines:
        if line.text.strip().casefold().startswith(heads):
            labels.set(line, SIGNATURE)
    for s in signatories:
        key = name_key(s.name)
        for i, line in enumerate(lines):
            known = labels.get(line)
            if (
                s.page in (None, line.page)
                and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", name_key(line.text))
                and (known is None or not known.signatories)
            ):
                labels.set(line, SIGNATURE, signatories=(s,))
                beside = {_words(x) for x in (s.title, s.organization) if x}
                for near in lines[max(0, i - 3) : i + 4]:
                    text = _words(near.text)
                    if (
                        near.page == line.page
                        and labels.get(near) is None
                        and text
                        and (
                            text in beside
                            or (s.date and s.date in near.text)
                            or (s.place and text.startswith(s.place.casefold()))
                        )
                    ):
                        labels.set(near, SIGNATURE, note="beside a signatory")
                break


# --------------------------------------------------------------------------- the report
def _tag(e: ExplainedLine) -> str:
    if e.label == ITEM_HEADING:
        return f"heading §{e.item}" + (f" {e.note}" if e.note in ("title", "dnr") else "")
    if e.label in (DECISION, TEXT) and e.item is not None:
        return f"{e.label} §{e.item}" + ("." + ",".join(str(d + 1) for d in e.decisions) if e.decisions else "")
    if e.label == SIGNATURE and e.item is not None:
        return f"signature §{e.item}"
    return e.label


def _facts(e: ExplainedLine) -> str:
    parts = []
    for p in e.participants:
        bits = [
            p.name,
            p.role,
            p.organization,
            p.title,
            f"({p.party})" if p.party else None,
            "absent" if p.present is False else None,
        ]
        parts.append(", ".join(b for b in bits if b))
    for s in e.signatories:
        parts.append(", ".join(b for b in (s.name, s.title, s.organization, s.date) if b))
    for d in e.decided:
        parts.insert(0, f"{d.kind}" + (f" (elected: {', '.join(d.elected)})" if d.elected else ""))
    if e.label == RULE and e.note != "continued":
        parts.append(e.note)
    elif e.note and e.label in (ROSTER_ENTRY, SIGNATURE, ROSTER_OTHER):
        parts.append(f"({e.note})")
    return "; ".join(parts)


def format_explanation(pages: Sequence[PageExplanation], *, width: int = 64) -> str:
    """A readable report, one line per document line: page, label, text and what it gave.

    p3  heading §101      | § 101
    p1  roster entry      | Karin Nilsson (S), ordförande   -> Karin Nilsson, ordförande, Kumla kommun, (S)
    """
    rows = [
        (f"p{page.number}", _tag(e), " ".join(e.line.text.split()), _facts(e)) for page in pages for e in page.lines
    ]
    tag_width = max((len(r[1]) for r in rows), default=10)
    page_width = max((len(r[0]) for r in rows), default=2)
    counts = Counter(e.label for page in pages for e in page.lines)
    out = ["labels: " + ", ".join(f"{counts[label]} {label}" for label in LABELS if counts[label])]
    for page in pages:
        out.append("")
        out.append(
            f"page {page.number}"
            + (f" ({page.label})" if page.label else "")
            + f" · {page.source} · {len(page.lines)} lines"
        )
        for e in page.lines:
            text = " ".join(e.line.text.split())
            facts = _facts(e)
            row = f"{'p' + str(page.number):<{page_width}}  {_tag(e):<{tag_width}} | "
            if facts:
                row += f"{text:<{width}}  -> {facts}"
            else:
                row += text
            out.append(row.rstrip())
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the pictures
def draw_explanation(
    pdf_path: Path, explanation: Sequence[PageExplanation], out_dir: Path, *, resolution: int = 110
) -> list[Path]:
    """One PNG per page in `out_dir`: a box coloured by label around every line, the item
    number beside each item heading, and a legend under the page.  Returns the files written.

    Raises ExplainError when the lines have no positions (a text source)."""
    import pdfplumber
    from PIL import Image, ImageDraw, ImageFont

    if any(e.line.top is None for page in explanation for e in page.lines):
        raise ExplainError(f"{pdf_path}: a text source has no positions to draw; --explain-png needs a PDF")
    out_dir.mkdir(parents=True, exist_ok=True)
    size = max(10, resolution // 8)
    font = ImageFont.load_default(size=size)
    written: list[Path] = []
    digits = len(str(max((p.number for p in explanation), default=1)))
    with pdfplumber.open(pdf_path) as pdf:
        for page in explanation:
            image = pdf.pages[page.number - 1].to_image(resolution=resolution)
            for e in page.lines:
                line = e.line
                colour = COLOURS[e.label]
                bbox = (line.x0 - 1, line.top - 1, line.x1 + 1, line.bottom + 1)  # type: ignore[operator]
                image.draw_rect(
                    bbox,
                    fill=(*colour, 45),
                    stroke=(*colour, 230),
                    stroke_width=2 if e.label in (ITEM_HEADING, DECISION) else 1,
                )
                if e.label == ITEM_HEADING and e.note == "":
                    x, y = image._reproject((line.x0 or 0.0, line.top or 0.0))
                    image.draw.text((max(0, x - 6), y), str(e.item), fill=(*colour, 255), font=font, anchor="ra")
            picture = _with_legend(image.annotated, page, font, size, Image, ImageDraw)
            path = out_dir / f"{Path(pdf_path).stem}_p{page.number:0{digits}d}.png"
            picture.save(path, format="PNG")
            written.append(path)
            pdf.pages[page.number - 1].flush_cache()
    return written


def _with_legend(annotated, page: PageExplanation, font, size: int, Image, ImageDraw):
    """The page image with a strip under it naming each label's colour (and how many lines)."""
    counts = Counter(e.label for e in page.lines)
    entries = [f"{label} ({counts[label]})" for label in LABELS]
    pad, swatch = 8, size
    draw = ImageDraw.Draw(annotated)
    widths = [swatch + 4 + int(draw.textlength(t, font=font)) + 14 for t in entries]
    rows: list[list[tuple[str, str, int]]] = []
    row: list[tuple[str, str, int]] = []
    x = pad
    for label, text, w in zip(LABELS, entries, widths, strict=True):
        if row and x + w > annotated.width - pad:
            rows.append(row)
            row, x = [], pad
        row.append((label, text, x))
        x += w
    rows.append(row)
    height = pad * 2 + len(rows) * (swatch + 6)
    out = Image.new("RGB", (annotated.width, annotated.height + height), "white")
    out.paste(annotated, (0, 0))
    draw = ImageDraw.Draw(out)
    draw.line([(0, annotated.height), (annotated.width, annotated.height)], fill=(180, 180, 180))
    for r, entries_row in enumerate(rows):
        y = annotated.height + pad + r * (swatch + 6)
        for label, text, x in entries_row:
            colour = COLOURS[label]
            draw.rectangle([x, y, x + swatch, y + swatch], fill=colour, outline=(60, 60, 60))
            draw.text((x + swatch + 4, y), text, fill=(0, 0, 0) if counts[label] else (160, 160, 160), font=font)
    return out
