"""The series' documents: one replayed meeting (story.Sitting) -> a laid-out protocol.

A document is printed with the zoo's engine and parts (tests/zoo/render.py, parts.py): its
header, the roster in the meeting's layout (``ROSTERS``), the agenda items -- opening items,
"Val av justerare", the items that record the story's events (elections, replacements,
fyllnadsval, announcements under "Meddelanden"/"Anmälningar"), two or three ordinary topics
from tests/zoo/content.py, closing items -- and the signatures.  As it prints, a document
notes where each event's sentence (or roster entry) landed, and every written form of every
name, so the truth can say on which page an event is recorded and how each person is written.

Roster layouts (the meeting's ``layout``):

    lines          role headings with colons, one "Name, Organisation" a line, Vakant seats
    running        role headings followed by the entries in running text ("A, Org; B, Org; …")
    table          a ruled table Namn | Parti | Roll | Organisation
    two_column     Ordförande/Vice ordförande lines, then Ledamöter | Ersättare side by side
    family_first   "Efternamn, Förnamn, Organisation[, ordförande]" under headings without colons
    label_column   labels in a left column (Ordförande, Ledamöter, …), the entries beside them
    narvarande     one "Närvarande:" list, short organisations, "(ordf)", "(vice ordf)", "(ers)"
    joint          a joint meeting: per council a heading with its name, then "lines" sections
    board_table    municipal: "Beslutande" as a table Namn | Parti | Funktion beside the labels
    board_running  municipal: "Beslutande: A (S), ordförande, B (M), … och C (V)." in running text
    board_label    municipal: "Ledamöter", "Tjänstgörande ersättare", "Ersättare" label blocks
    minutes_lines  minutes: "Närvarande:" one "Name, title, Organisation" a line, "Antecknare:"
    minutes_table  minutes: a table Namn | Titel | Organisation, "Anmält förhinder:" in a line
"""

from __future__ import annotations

import datetime as dt
import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace

from tests.zoo import content as C
from tests.zoo import parts as P
from tests.zoo.layouts import running_entries
from tests.zoo.model import MINUTES_CLOSING, MINUTES_OPENING, Attendee, Item, Meeting, Seat
from tests.zoo.parts import Decisions
from tests.zoo.people import Person
from tests.zoo.render import Flow, Furniture, Ln, Style, no_furniture, text_width

from .story import BODIES, Act, Held, Sitting, Who, say

ROLE_WORD = {
    "ordförande": "Ordförande",
    "vice ordförande": "Vice ordförande",
    "ledamot": "Ledamot",
    "ersättare": "Ersättare",
}


@dataclass
class Noted:
    """Where something the truth mentions was printed: the text and its (first) line."""

    text: str
    ln: Ln


@dataclass
class Document:
    file: str
    flow: Flow
    furniture: Furniture
    title: str
    author: str
    events: list[tuple[dict, Ln]] = field(default_factory=list)  # truth events, page from the line
    forms: dict[str, set[str]] = field(default_factory=dict)  # person -> written forms


class Writer:
    """What one document knows while it prints one body's roster: the people, how this roster
    writes each name, and the lines where absent members and serving substitutes were put."""

    def __init__(self, doc: Document, sitting: Sitting, people: dict[str, Who]) -> None:
        self.doc, self.sitting, self.people, self.plan = doc, sitting, people, sitting.plan
        self.forms = dict(self.plan.forms)
        self.spots: dict[str, Noted] = {}  # person -> their roster entry

    # ---------------------------------------------------------------- names
    def written(self, key: str, *, family_first: bool = False) -> Person:
        w = self.people[key]
        given, family = self.forms.get(key, w.name).rsplit(" ", 1) if key in self.forms else (w.given, w.family)
        p = Person(given, family)
        self.doc.forms.setdefault(key, set()).add(p.family_first if family_first else p.name)
        return p

    def say(self, text: str) -> str:
        for key in {m[1] for m in re.finditer(r"\{([\w-]+)", text)}:
            self.doc.forms.setdefault(key, set()).add(self.people[key].name)
        return say(text, self.people)

    # ---------------------------------------------------------------- the roster's people
    def held(self, *roles: str, present: bool | None = True) -> list[Held]:
        return [h for h in self.sitting.seats if h.role in roles and (present is None or h.present == present)]

    @property
    def absent(self) -> list[Held]:
        return [h for h in self.sitting.seats if not h.present]

    def seat(self, h: Held, *, family_first: bool = False) -> Seat:
        """The zoo's Seat for a held seat (what parts.seat_text prints)."""
        w = self.people[h.key]
        gone = self.people[h.substitute_for] if h.substitute_for else None
        return Seat(
            self.written(h.key, family_first=family_first),
            h.role,
            h.org,
            w.party,
            replaces=self.written(gone.key) if gone else None,
            replaces_party=gone.party if gone else None,
        )

    def official(self, h: Held) -> Attendee:
        return Attendee(self.written(h.key), "tjänsteperson", h.org, self.sitting.titles.get(h.key, ""))

    def entry(self, h: Held, **kw) -> str:
        """A member's roster entry, e.g. "Malin Hedin, Kumla kommun" (``kw`` as parts.seat_text);
        a sloppy roster leaves out the organisation of the plan's ``sloppy`` people."""
        if h.key in self.plan.sloppy:
            kw["org"] = None
        family_first = kw.pop("family_first", False)
        return P.seat_text(self.seat(h, family_first=family_first), family_first=family_first, **kw)

    def note(self, h: Held, text: str, ln: Ln) -> None:
        self.spots.setdefault(h.key, Noted(text, ln))

    def vacant(self, role: str) -> list:
        return [s for s in self.sitting.vacant if s.role == role]


# --------------------------------------------------------------------------- roster building blocks
def lines_section(
    f: Flow,
    w: Writer,
    heading: str,
    entries: list[tuple[str, Held | None]],
    *,
    inline_x: float | None = None,
    before: float = 8.0,
) -> None:
    """A heading and one entry a line (``inline_x``: the first entry beside the heading)."""
    if not entries:
        return
    if inline_x is not None:
        (text, h), *rest = entries
        ln = f.line(heading, bold=True, before=before, cells=((inline_x, text, False),))
        if h:
            w.note(h, text, ln)
        for text, h in rest:
            ln = f.line(text, x=inline_x)
            if h:
                w.note(h, text, ln)
        return
    P.heading_line(f, heading, before=before)
    for text, h in entries:
        rows = f.para(text, hang=10, before=0, together=True)
        if h:
            w.note(h, text, rows[0])


def running_section(
    f: Flow,
    w: Writer,
    heading: str,
    entries: list[tuple[str, Held | None]],
    *,
    sep: str = "; ",
    last: str | None = None,
    end: str = "",
    before: float = 6.0,
) -> None:
    if not entries:
        return

    def record(k: int, ln: Ln) -> None:
        text, h = entries[k]
        if h:
            w.note(h, text, ln)

    running_entries(f, heading, [t for t, _ in entries], record, sep=sep, last=last, end=end, before=before)


def label_section(
    f: Flow, w: Writer, label: str, entries: list[tuple[str, Held | None]], *, col: float = 140.0, before: float = 8.0
) -> None:
    for k, (text, h) in enumerate(entries):
        ln = f.line(label, bold=True, before=before, cells=((col, text, False),)) if k == 0 else f.line(text, x=col)
        if h:
            w.note(h, text, ln)


def officials(w: Writer, **kw) -> list[tuple[str, Held]]:
    return [(P.attendee_text(w.official(h), **kw), h) for h in w.held("tjänsteperson")]


def members(w: Writer, role: str, fmt: Callable[[Held], str]) -> list[tuple[str, Held | None]]:
    """The role's present members, then its vacant seats ("Vakant, Degerfors kommun")."""
    out: list[tuple[str, Held | None]] = [(fmt(h), h) for h in w.held(role)]
    return out + [(f"Vakant, {s.org}", None) for s in w.vacant(role)]


def secretary(w: Writer) -> Held | None:
    return next(iter(w.held("sekreterare")), None)


# --------------------------------------------------------------------------- council rosters
def roster_lines(f: Flow, w: Writer, *, before: float = 8.0) -> None:
    """Role headings with colons, one "Name, Organisation" a line."""
    entry = lambda h: w.entry(h)  # noqa: E731
    for heading, role in (
        ("Ordförande:", "ordförande"),
        ("Vice ordförande:", "vice ordförande"),
        ("Ledamöter:", "ledamot"),
        ("Ersättare:", "ersättare"),
    ):
        lines_section(f, w, heading, members(w, role, entry), before=before)
    lines_section(f, w, "Tjänstepersoner:", officials(w))
    lines_section(f, w, "Anmält förhinder:", [(w.entry(h), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        text = f"{w.written(s.key).name}, {s.org}"
        w.note(s, text, f.line("Sekreterare:", bold=True, before=8, cells=((100, text, False),)))


def roster_running(f: Flow, w: Writer) -> None:
    """Role headings followed by their entries in running text, separated by semicolons."""
    entry = lambda h: w.entry(h)  # noqa: E731
    for heading, role in (
        ("Ordförande:", "ordförande"),
        ("Vice ordförande:", "vice ordförande"),
        ("Ledamöter:", "ledamot"),
        ("Ersättare:", "ersättare"),
    ):
        running_section(f, w, heading, members(w, role, entry))
    running_section(f, w, "Tjänstepersoner:", officials(w))
    running_section(f, w, "Frånvarande:", [(w.entry(h), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        text = f"{w.written(s.key).name}, {s.org}"
        w.note(s, text, f.para(f"Sekreterare: {text}", before=6)[0])


def roster_table(f: Flow, w: Writer) -> None:
    """A ruled table "Namn | Parti | Roll | Organisation", then the officials below."""
    xs = [0.0, 150.0, 190.0, 300.0]
    rule = (xs[0] - 4, f.style.width, tuple(x - 4 for x in xs[1:]))
    f.row(
        list(zip(xs, ["Namn", "Parti", "Roll", "Organisation"], strict=True)),
        bold=True,
        size=9,
        before=10,
        rule=rule,
        keep=1,
    )
    for role in ("ordförande", "vice ordförande", "ledamot", "ersättare"):
        for h in w.held(role):
            p, who = w.people[h.key], w.written(h.key)
            org = "" if h.key in w.plan.sloppy else h.org
            cells = [(x, t) for x, t in zip(xs, [who.name, p.party or "", ROLE_WORD[role], org], strict=True) if t]
            w.note(h, who.name, f.row(cells, size=9, rule=rule))
        for s in w.vacant(role):
            f.row([(xs[0], "Vakant"), (xs[2], ROLE_WORD[role]), (xs[3], s.org)], size=9, rule=rule)
    lines_section(f, w, "Tjänstepersoner", officials(w))
    lines_section(f, w, "Frånvarande", [(w.entry(h), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        text = w.written(s.key).name
        w.note(s, text, f.line("Sekreterare", bold=True, before=8, cells=((100, text, False),)))


def roster_two_column(f: Flow, w: Writer) -> None:
    """Chair and vice chair on their own lines, then "Ledamöter | Ersättare" side by side, one
    organisation a row (organisations written short), officials as names beside titles."""
    entry = lambda h: w.entry(h, org="short")  # noqa: E731
    for heading, role in (("Ordförande:", "ordförande"), ("Vice ordförande:", "vice ordförande")):
        for h in w.held(role):
            text = entry(h)
            w.note(h, text, f.line(heading, bold=True, before=6, cells=((95, text, False),)))
    f.row([(0, "Ledamöter"), (240, "Ersättare")], bold=True, before=8, keep=1)
    subs: dict[str, list] = {}
    for h in w.held("ersättare"):
        subs.setdefault(h.org, []).append((entry(h), h))
    for s in w.vacant("ersättare"):
        subs.setdefault(s.org, []).append(("Vakant", None))
    left = [(entry(h), h, h.org) for h in w.held("ledamot")] + [("Vakant", None, s.org) for s in w.vacant("ledamot")]
    for text, h, org in left:
        right = subs[org].pop(0) if subs.get(org) else None
        cells = [(0.0, text)] + ([(240.0, right[0])] if right else [])
        ln = f.row(cells)
        if h:
            w.note(h, text, ln)
        if right and right[1]:
            w.note(right[1], right[0], ln)
    for rest in subs.values():  # substitutes of organisations whose member sits in the presidium
        for text, h in rest:
            ln = f.row([(240.0, text)])
            if h:
                w.note(h, text, ln)
    if w.absent:
        lines_section(f, w, "Anmält förhinder:", [(entry(h), h) for h in w.absent])
    P.heading_line(f, "Tjänstepersoner")
    for h in w.held("tjänsteperson"):
        a = w.official(h)
        w.note(h, a.name, f.row([(0, a.name), (160, f"{a.title}, {a.org}")]))
    if (s := secretary(w)) is not None:
        text = w.written(s.key).name
        w.note(s, text, f.line("Sekreterare:", bold=True, before=6, cells=((95, text, False),)))


def roster_family_first(f: Flow, w: Writer) -> None:
    """Headings without colons; every name "Efternamn, Förnamn", the role after the
    organisation (", ordförande"); officials "Efternamn, Förnamn, title, Organisation"."""
    entry = lambda h: w.entry(h, role="comma", family_first=True)  # noqa: E731
    lines_section(
        f,
        w,
        "Ledamöter",
        [(entry(h), h) for h in w.held("ordförande", "vice ordförande", "ledamot")]
        + [(f"Vakant, {s.org}", None) for s in w.vacant("ledamot")],
    )
    lines_section(f, w, "Ersättare", members(w, "ersättare", entry))
    lines_section(
        f,
        w,
        "Tjänstepersoner",
        [
            (f"{w.written(h.key, family_first=True).family_first}, {w.sitting.titles.get(h.key)}, {h.org}", h)
            for h in w.held("tjänsteperson")
        ],
    )
    lines_section(f, w, "Anmält förhinder", [(entry(h), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        P.heading_line(f, "Sekreterare")
        text = w.written(s.key, family_first=True).family_first
        w.note(s, text, f.line(text))


def roster_label_column(f: Flow, w: Writer) -> None:
    """Labels in a left column, the entries beside them."""
    entry = lambda h: w.entry(h)  # noqa: E731
    label_section(f, w, "Ordförande", members(w, "ordförande", entry))
    label_section(
        f,
        w,
        "Ledamöter",
        [(w.entry(h, role="comma"), h) for h in w.held("vice ordförande")] + members(w, "ledamot", entry),
    )
    label_section(f, w, "Ersättare", members(w, "ersättare", entry))
    label_section(f, w, "Tjänstepersoner", officials(w))
    label_section(f, w, "Anmält förhinder", [(entry(h), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        label_section(f, w, "Sekreterare", [(w.written(s.key).name, s)])


def roster_narvarande(f: Flow, w: Writer) -> None:
    """One "Närvarande:" list with the role in parentheses and organisations written short."""
    seated = w.held("ordförande", "vice ordförande", "ledamot", "ersättare")
    lines_section(f, w, "Närvarande:", [(w.entry(h, org="short", role="paren"), h) for h in seated])
    lines_section(f, w, "Anmält förhinder:", [(w.entry(h, org="short"), h) for h in w.absent])
    lines_section(
        f,
        w,
        "Tjänstepersoner:",
        [(P.attendee_text(w.official(h), org="short", dash=True), h) for h in w.held("tjänsteperson")],
    )


def roster_joint(f: Flow, w: Writer) -> None:
    """One council's part of a joint meeting's roster: its name as a heading, then "lines"."""
    f.line(BODIES[w.plan.body].name, bold=True, size=11, before=12, keep=2)
    roster_lines(f, w, before=4)


# --------------------------------------------------------------------------- municipal rosters
def function_of(h: Held) -> str:
    return h.role if h.role in ("ordförande", "vice ordförande") else "ledamot"


def roster_board_table(f: Flow, w: Writer, col: float = 150.0) -> None:
    """The municipal page one: "Beslutande" as a table Namn | Parti | Funktion beside the
    labels, then "Tjänstgörande ersättare", "Ersättare", "Övriga närvarande", "Frånvarande"."""
    f.line(
        "Beslutande",
        bold=True,
        before=8,
        cells=((col, "Namn", True), (col + 165, "Parti", True), (col + 200, "Funktion", True)),
    )
    for h in w.held("ordförande", "vice ordförande", "ledamot"):
        who = w.written(h.key)
        w.note(h, who.name, f.row([(col, who.name), (col + 165, w.people[h.key].party), (col + 200, function_of(h))]))
    label_section(
        f,
        w,
        "Tjänstgörande ersättare",
        [
            (P.seat_text(w.seat(h), org=None, party=True, replaces="tjg"), h)
            for h in w.held("ersättare")
            if h.substitute_for
        ],
        col=col,
    )
    label_section(
        f,
        w,
        "Ersättare",
        [(P.seat_text(w.seat(h), org=None, party=True), h) for h in w.held("ersättare") if not h.substitute_for],
        col=col,
    )
    label_section(f, w, "Övriga närvarande", officials(w, org=None), col=col)
    label_section(f, w, "Frånvarande", [(P.seat_text(w.seat(h), org=None, party=True), h) for h in w.absent], col=col)
    if (s := secretary(w)) is not None:
        label_section(f, w, "Sekreterare", [(w.written(s.key).name, s)], col=col)


def roster_board_running(f: Flow, w: Writer) -> None:
    """ "Beslutande: A (S), ordförande, B (M), vice ordförande, … och C (V)." in running text;
    the serving substitutes among them ("X (C), tjänstgörande ersättare för Y (C)")."""
    voting = w.held("ordförande", "vice ordförande", "ledamot") + [h for h in w.held("ersättare") if h.substitute_for]
    fmt = lambda h: P.seat_text(w.seat(h), org=None, party=True, role="comma", replaces="tjg")  # noqa: E731
    running_section(f, w, "Beslutande:", [(fmt(h), h) for h in voting], sep=", ", last=" och ", end=".", before=8)
    running_section(
        f,
        w,
        "Närvarande ej tjänstgörande ersättare:",
        [(fmt(h), h) for h in w.held("ersättare") if not h.substitute_for],
        sep=", ",
        last=" och ",
        end=".",
    )
    running_section(f, w, "Frånvarande:", [(fmt(h), h) for h in w.absent], sep=", ", last=" och ", end=".")
    running_section(f, w, "Övriga närvarande:", officials(w, org=None), end=".")
    if (s := secretary(w)) is not None:
        text = w.written(s.key).name
        w.note(s, text, f.para(f"Sekreterare: {text}", before=6)[0])


def roster_board_label(f: Flow, w: Writer, col: float = 150.0) -> None:
    """Label blocks: "Ledamöter" ("Name (S), ordförande"), "Tjänstgörande ersättare",
    "Ersättare", "Tjänstepersoner" ("Name, title"), "Frånvarande", "Sekreterare"."""
    fmt = lambda h: P.seat_text(w.seat(h), org=None, party=True, role="comma", replaces="tjg")  # noqa: E731
    label_section(f, w, "Ledamöter", [(fmt(h), h) for h in w.held("ordförande", "vice ordförande", "ledamot")], col=col)
    label_section(
        f, w, "Tjänstgörande ersättare", [(fmt(h), h) for h in w.held("ersättare") if h.substitute_for], col=col
    )
    label_section(f, w, "Ersättare", [(fmt(h), h) for h in w.held("ersättare") if not h.substitute_for], col=col)
    label_section(f, w, "Tjänstepersoner", officials(w, org=None), col=col)
    label_section(f, w, "Frånvarande", [(fmt(h), h) for h in w.absent], col=col)
    if (s := secretary(w)) is not None:
        label_section(f, w, "Sekreterare", [(w.written(s.key).name, s)], col=col)


# --------------------------------------------------------------------------- minutes rosters
def roster_minutes_lines(f: Flow, w: Writer) -> None:
    """ "Närvarande:" one "Name, title, Organisation" a line; "Frånvarande:"; "Antecknare:"."""
    lines_section(f, w, "Närvarande:", officials(w))
    lines_section(f, w, "Frånvarande:", [(P.attendee_text(w.official(h)), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        text = w.written(s.key).name
        w.note(s, text, f.line("Antecknare:", bold=True, before=8, cells=((75, text, False),)))


def roster_minutes_table(f: Flow, w: Writer) -> None:
    """A table "Namn | Titel | Organisation" without rulings; absent members in one line."""
    xs = [0.0, 140.0, 270.0]
    f.row(list(zip(xs, ["Namn", "Titel", "Organisation"], strict=True)), bold=True, size=9, before=10, keep=1)
    for h in w.held("tjänsteperson"):
        a = w.official(h)
        w.note(h, a.name, f.row([(xs[0], a.name), (xs[1], a.title), (xs[2], a.org)], size=9))
    running_section(f, w, "Anmält förhinder:", [(P.attendee_text(w.official(h)), h) for h in w.absent])
    if (s := secretary(w)) is not None:
        text = w.written(s.key).name
        w.note(s, text, f.line("Vid anteckningarna:", bold=True, before=8, cells=((105, text, False),)))


ROSTERS: dict[str, Callable[[Flow, Writer], None]] = {
    "lines": roster_lines,
    "running": roster_running,
    "table": roster_table,
    "two_column": roster_two_column,
    "family_first": roster_family_first,
    "label_column": roster_label_column,
    "narvarande": roster_narvarande,
    "joint": roster_joint,
    "board_table": roster_board_table,
    "board_running": roster_board_running,
    "board_label": roster_board_label,
    "minutes_lines": roster_minutes_lines,
    "minutes_table": roster_minutes_table,
}


# --------------------------------------------------------------------------- headers
def header(f: Flow, layout: str, organ: str, day: dt.date, time: str, place: str, org: str) -> str:
    """The document's opening lines in the layout's house style; returns its title."""
    iso = C.fmt_date(day, "iso")
    if layout == "lines":
        f.line(C.REGION, bold=True, size=12)
        f.line("Protokoll", bold=True, size=16, before=18)
        f.line(organ, bold=True, size=11, before=2)
        for label, value in (("Datum", iso), ("Tid", time), ("Plats", place)):
            f.line(f"{label}: {value}", before=6 if label == "Datum" else 0)
    elif layout == "running":
        f.para(f"Protokoll – {organ}", bold=True, size=14, before=0)
        f.line(f"{C.fmt_date(day, 'weekday').capitalize()}, {time}", before=4)
        f.line(place)
    elif layout == "table":
        f.line(C.REGION, bold=True, size=12)
        f.line(f"Protokoll {C.fmt_date(day, 'short')}", bold=True, size=16, before=14)
        f.line(organ, bold=True, size=11, before=2)
        f.line(f"Tid: {time}", before=6)
        f.line(f"Plats: {place}")
        return f"Protokoll {C.fmt_date(day, 'short')}"
    elif layout == "two_column":
        f.para(f"Protokoll från {organ}", bold=True, size=13, before=0)
        f.line(f"Datum: {iso}", before=6)
        f.line(f"Tid och plats: {time}, {place}")
    elif layout == "family_first":
        f.line("Protokoll", bold=True, size=16)
        f.line(organ, bold=True, size=11, before=2)
        f.line(f"Datum och tid: {iso}, {time}", before=6)
        f.line(f"Plats: {place}")
    elif layout == "label_column":
        f.row([(0, C.REGION), (f.style.width - text_width(organ, f.style.bold, 9), organ)], bold=True, size=9)
        f.line("PROTOKOLL", bold=True, size=15, before=16)
        f.line("Sammanträdesdatum:", before=6, cells=((140, C.fmt_date(day, "dotted"), False),))
        f.line("Plats och tid:", cells=((140, f"{place}, {time}", False),))
    elif layout == "narvarande":
        f.line(C.REGION, bold=True, size=10)
        f.line("Protokoll", bold=True, size=14, before=12)
        f.line(f"Sammanträde med {organ}", before=2)
        f.line(f"Mötesdatum: den {C.fmt_date(day, 'long')}, {time}", before=4)
        f.line(f"Plats: {place}")
    elif layout == "joint":
        f.line(C.REGION, bold=True, size=12)
        f.line("Protokoll", bold=True, size=16, before=18)
        f.para(f"Gemensamt möte för {organ}", bold=True, size=11, before=2)
        for label, value in (("Datum", iso), ("Tid", time), ("Plats", place)):
            f.line(f"{label}: {value}", before=6 if label == "Datum" else 0)
    elif layout in ("board_table", "board_label"):
        f.line(org, bold=True, size=14)
        f.line(organ, bold=True, size=11, before=2)
        f.line("Sammanträdesprotokoll" if layout == "board_table" else "Protokoll", bold=True, size=16, before=12)
        f.line("Sammanträdesdatum", bold=True, before=8, cells=((150, iso, False),))
        f.line("Plats och tid", bold=True, cells=((150, f"{place}, {time}", False),))
        return "Sammanträdesprotokoll" if layout == "board_table" else "Protokoll"
    elif layout == "board_running":
        f.line(org.upper(), bold=True, size=12)
        f.row([(0, "Protokoll"), (300, organ)], bold=True, size=12, before=12)
        f.line(f"Sammanträdesdatum: {C.fmt_date(day, 'short')}", before=8)
        f.line(f"Tid och plats: {time}, {place}")
    elif layout == "minutes_lines":
        f.line("Minnesanteckningar", bold=True, size=16)
        f.line(organ, bold=True, size=12, before=4)
        for label, value in (("Datum", iso), ("Tid", time), ("Plats", place)):
            f.line(f"{label}: {value}", before=8 if label == "Datum" else 0)
        return "Minnesanteckningar"
    elif layout == "minutes_table":
        f.line(organ, bold=True, size=14)
        f.line(f"Minnesanteckningar från mötet den {C.fmt_date(day, 'long')}", size=11, before=4)
        f.line(f"{time}, {place}", before=2)
        return "Minnesanteckningar"
    else:
        raise ValueError(f"no header for layout {layout!r}")
    return "Protokoll"


# --------------------------------------------------------------------------- house styles
@dataclass(frozen=True)
class House:
    """How a layout's document prints the rest: font, item numbers, decisions."""

    style: Style
    number: str  # a key of parts.NUMBER_FORMS
    decisions: Decisions
    own_line: bool = False
    indent: float = 0.0
    organ: str = "name"  # name | alias: how the header names the body
    signatures: int = 1  # signature box columns (0: none)


HOUSES = {
    "lines": House(Style("vera"), "para", Decisions("Beslut", "past")),
    "running": House(Style("times", size=10.5), "para", Decisions("Beslut:", "past"), indent=40),
    "table": House(Style("helvetica", size=9.5), "tight", Decisions("Beslut", "beslutar"), organ="alias"),
    "two_column": House(Style("helvetica", size=9.5), "para", Decisions("Beslut:", "beslutar"), own_line=True),
    "family_first": House(Style("vera", top=78), "para", Decisions("Beslut", "beslutar"), organ="alias", signatures=2),
    "label_column": House(Style("vera", size=9.5), "para", Decisions("{gen} beslut", "present"), indent=48),
    "narvarande": House(
        Style("courier", size=9), "para", Decisions("Beslut", "past"), own_line=True, organ="alias", signatures=2
    ),
    "joint": House(Style("vera"), "para", Decisions("Beslut", "past")),
    "board_table": House(Style("vera", size=9.5), "para", Decisions("Beslut", "present"), own_line=True),
    "board_running": House(Style("times", size=10.5), "ks_para", Decisions("Beslutet", "present")),
    "board_label": House(
        Style("helvetica", size=9.5), "para", Decisions("Kommunstyrelsens beslut", "beslutar"), signatures=2
    ),
    "minutes_lines": House(Style("vera"), "para", Decisions(form="past"), indent=30, signatures=0),
    "minutes_table": House(Style("helvetica", size=9.5), "para", Decisions("Beslut:", "past"), signatures=0),
}
GENITIVE = {"council": "Rådets", "board": "Kommunstyrelsens", "minutes": "Chefsgruppens"}


# --------------------------------------------------------------------------- items
def event_items(plan_acts: tuple[Act, ...]) -> list[tuple[str, list[Act]]]:
    """The plan's acts grouped by item title, in the order the titles first appear."""
    groups: dict[str, list[Act]] = {}
    for a in plan_acts:
        groups.setdefault(a.item, []).append(a)
    return list(groups.items())


def topics_of(family: str) -> tuple[C.Topic, ...]:
    """The zoo's ordinary agenda topics; not the board's by-election of an arbetsutskott
    ersättare (its electee is drawn from the officials: no seat the truth could hold)."""
    if family == "board":
        return tuple(t for t in C.BOARD_TOPICS if "Fyllnadsval" not in t.title)
    return {"council": C.COUNCIL_TOPICS, "minutes": C.MINUTES_TOPICS}[family]


def agenda(
    family: str,
    titles: list[str],
    topics: list,
    first: int,
    rng: random.Random,
    presenters: list[str],
    prefix: str,
    year: int,
) -> list[Item]:
    """Opening items, "Val av justerare" (protocols), the event items (kind "event"), topics,
    closing items, numbered from ``first``."""
    out: list[Item] = []

    def add(**kw) -> None:
        out.append(Item(number=first + len(out), **kw))

    if family == "minutes":
        opening, closing = MINUTES_OPENING, MINUTES_CLOSING
    elif family == "board":
        opening, closing = (), ()
    else:
        opening, closing = C.OPENING, C.CLOSING
    if opening:
        title, text, passive, acts = opening[0]
        add(title=title, text=text, passive=passive, acts=acts, kind="open")
    if family != "minutes":
        add(title=rng.choice(("Val av justerare", "Val av protokolljusterare")), kind="justerare")
    if family == "board":
        add(title="Godkännande av dagordningen", acts=("godkänna dagordningen",), kind="open")
    for title, text, passive, acts in opening[1:]:
        add(title=title, text=text, passive=passive, acts=acts, kind="open")
    for title in titles:
        add(title=title, kind="event")
    for t in topics:
        who = rng.choice(presenters)
        add(
            title=t.title,
            text=tuple(s.replace("{who}", who) for s in t.text),
            acts=tuple(a.replace("{who}", who) for a in t.acts),
            passive=t.passive,
            basis=t.basis,
            proposal=t.proposal,
            dnr=f"{prefix} {year}/{rng.randint(20, 400)}" if family == "board" else None,
        )
    for title, text, passive, acts in closing:
        add(title=title, text=text, passive=passive, acts=acts, kind="close")
    return out


def items_count(family: str, titles: int, topics: int) -> int:
    opening = {"minutes": len(MINUTES_OPENING), "board": 0, "council": len(C.OPENING)}[family]
    closing = {"minutes": len(MINUTES_CLOSING), "board": 0, "council": len(C.CLOSING)}[family]
    return opening + closing + titles + topics + (0 if family == "minutes" else 1) + (1 if family == "board" else 0)


def print_event_item(
    f: Flow, w: Writer, m: Meeting, acts: list[Act], house: House, events: list[tuple[Act, Ln, str]]
) -> None:
    """An item that records events: its sentences as paragraphs, the deciding ones under the
    house's decision heading; notes each event's sentence and line."""
    x = 0.0 if house.own_line else house.indent
    for a in acts:
        if a.decision or not a.text:
            continue
        text = w.say(a.text)
        ln = f.para(text, x=x, before=4)[0]
        if a.kind:
            events.append((a, ln, text))
    decided = [a for a in acts if a.decision and a.text]
    if not decided:
        return
    heading = house.decisions.heading
    if heading:
        f.line(heading.format(gen=m.genitive), x=x, bold=True, before=8, keep=1)
    for k, a in enumerate(decided):
        text = w.say(a.text)
        ln = f.para(text, x=x, before=3 if k or heading else 6)[0]
        f.decision(text)
        if a.kind:
            events.append((a, ln, text))


# --------------------------------------------------------------------------- one document
def seed_of(file: str) -> int:
    return zlib.crc32(file.encode())


def zoo_meeting(
    body_family: str, w: Writer, organ: str, org: str, day: dt.date, rng: random.Random, items: list[Item], subject: str
) -> Meeting:
    """The zoo's Meeting for the parts that print items, decisions and signatures."""
    voters = [h for h in w.held("vice ordförande", "ledamot")] or w.held("tjänsteperson")
    justerare = w.seat(rng.choice(voters))
    sec = secretary(w)
    secretary_att = Attendee(w.written(sec.key), "tjänsteperson", sec.org, "sekreterare")
    return Meeting(
        family=body_family,
        kind="minnesanteckningar" if body_family == "minutes" else "protokoll",
        body=organ,
        organ=organ,
        org=org,
        date=day,
        place="",
        time="",
        subject=subject,
        genitive=GENITIVE[body_family],
        seats=[w.seat(h) for h in w.held("ordförande", "vice ordförande", "ledamot", "ersättare")],
        absent=[],
        officials=[],
        guests=[],
        secretary=secretary_att,
        secretary_listed=False,
        justerare=justerare,
        items=items,
        adjusted=C.later(day, rng),
        posted=(C.later(day, rng, 8, 10), C.later(day, rng, 30, 40)),
        next_meeting=C.later(day, rng, 40, 80),
        extra={"prefix": "KS"},
    )


def render(file: str, sittings: list[Sitting], people: dict[str, Who], first: int) -> Document:
    """Lay out the document of ``file``: one sitting, or the two of a joint meeting."""
    rng = random.Random(seed_of(file))
    main = sittings[0]
    plan, body = main.plan, BODIES[main.plan.body]
    house = HOUSES[plan.layout]
    f = Flow(house.style)
    doc = Document(file, f, no_furniture, "Protokoll", body.organization)
    writers = [Writer(doc, s, people) for s in sittings]
    day = plan.day
    time = C.times(rng)
    place = rng.choice(C.PLACES if body.family == "board" else C.COUNCIL_PLACES)
    if plan.joint:
        organ = " och ".join(BODIES[s.plan.body].name for s in sittings)
    elif body.family == "board":
        organ = "Kommunstyrelsen"
    else:
        organ = body.aliases[0] if house.organ == "alias" else body.name
    doc.title = header(f, plan.layout, organ, day, time, place, body.organization)
    for w in writers:
        ROSTERS[plan.layout](f, w)
    w = writers[0]
    acts = tuple(a for s in sittings for a in s.plan.acts)
    groups = event_items(acts)
    presenters = [w.written(h.key).name for h in w.held("tjänsteperson")]
    topics = rng.sample(topics_of(body.family), plan.topics)
    items = agenda(body.family, [t for t, _ in groups], topics, first, rng, presenters, "KS", day.year)
    m = zoo_meeting(body.family, w, organ, body.organization, day, rng, items, body.subject)
    events: list[tuple[Act, Ln, str]] = []
    by_title = dict(groups)
    for it in items:
        P.item_heading(
            f,
            SimpleNamespace(extra={"prefix": "KS"}),
            it,
            house.number,
            own_line=house.own_line,
            indent=house.indent,
            size=11,
            dnr=it.dnr if body.family == "board" else None,
        )
        if it.kind == "event":
            print_event_item(f, w, m, by_title[it.title], house, events)
        elif body.family == "board":
            P.board_item_body(
                f,
                m,
                it,
                house.decisions,
                rng,
                x=house.indent,
                proposal_heading=rng.choice(("Förslag till beslut", None)),
            )
        else:
            P.council_item_body(f, m, it, house.decisions, rng, x=0.0 if house.own_line else house.indent)
    if house.signatures:
        P.signature_box(
            f,
            m,
            columns=house.signatures,
            labels=("Sekreterare", "Ordförande", "Justerare") if m.seats else ("Sekreterare",),
        )
    if body.family == "board":
        P.anslag(f, m, date_form="iso")
        doc.furniture = P.furniture_running(
            f"{body.organization.upper()}    Kommunstyrelsen    Sammanträdesdatum {day.isoformat()}", "sida"
        )
    else:
        doc.furniture = P.furniture_region(P.REGION_FOOTER, "sida")
    # the events: the item sentences, and the roster entries of absences and substitutions
    for a, ln, text in events:
        owner = next(s for s in sittings if a in s.plan.acts)
        doc.events.append(
            (
                {
                    "kind": a.kind,
                    "body": BODIES[owner.plan.body].name,
                    "date": owner.plan.date,
                    "person": a.person,
                    "role": a.role,
                    "replaces": a.replaces,
                    "quote": text,
                    "effective": a.effective,
                },
                ln,
            )
        )
    for w, s in zip(writers, sittings, strict=True):
        for h in s.seats:
            if h.substitute_for:
                spot = w.spots[h.key]
                doc.events.append(
                    (
                        {
                            "kind": "substitution",
                            "body": BODIES[s.plan.body].name,
                            "date": s.plan.date,
                            "person": h.key,
                            "role": h.role,
                            "replaces": h.substitute_for,
                            "quote": spot.text,
                        },
                        spot.ln,
                    )
                )
            if not h.present:
                spot = w.spots[h.key]
                doc.events.append(
                    (
                        {
                            "kind": "absence",
                            "body": BODIES[s.plan.body].name,
                            "date": s.plan.date,
                            "person": h.key,
                            "role": h.role,
                            "replaces": None,
                            "quote": spot.text,
                        },
                        spot.ln,
                    )
                )
    return doc
