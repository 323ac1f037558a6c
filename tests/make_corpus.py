#!/usr/bin/env python3
"""Generate the bundled sample corpus and the golden files that go with it.

    python tests/make_corpus.py [--root DIR]

writes, under the repository root (or DIR):

* ``raw/<stem>.pdf`` -- invented but realistic documents of Region Örebro län and its
  municipalities: five protocols of Specifika samverkansrådet för folkhälsa, two protocols of
  Kumla kommunstyrelse, one set of minutes, one agreement and one directive;
* ``tests/golden/<stem>.json`` -- what ``protokoll parse raw/<stem>.pdf --json`` should print;
* ``tests/golden/memberships_truth.json`` -- who held which seat at each meeting, with stable
  person keys, for tests of person identity across documents.

Each document is one data structure; a renderer per layout turns it into lines, a small layout
engine places the lines on pages, and the golden file is built from the facts the renderer placed
(which line, hence which page) -- never from a parser.  The people are invented; the
organisations are real.

Markup in the text data:

* ``{1,5 mnkr|1500000}`` is an amount: the text as printed and its value in kronor;
* ``D("...")`` is a decision sentence, ``Bullet("...")`` a bullet point, ``Heading("...")`` a
  section heading, ``Att(lead, clauses)`` a decision with att-clauses; a plain ``str`` is an
  ordinary paragraph.

The output is byte-for-byte reproducible: canvases are ``invariant`` and the font is the
Bitstream Vera face bundled with reportlab, so no system font is involved.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
REG, BOLD = "CorpusSans", "CorpusSans-Bold"
W, H = A4
LEFT, RIGHT = 70.0, 60.0
TEXT_W = W - LEFT - RIGHT
LEADING = 1.3
INDENT = 28.0  # council items: title and text start here, right of the item number
COL = 165.0  # municipal protocols: the value column right of the labels
DOTS = "." * 60
GLUE = "\x00"  # joins the words of an amount so that wrapping never splits it

REGION = "Region Örebro län"
COUNCIL = "Specifika samverkansrådet för folkhälsa"
AMOUNT = re.compile(r"\{([^{}|]+)\|(\d+)\}")


def register_fonts() -> None:
    """Register the Vera faces shipped inside reportlab (they have å, ä, ö, §, – and •)."""
    fonts = Path(reportlab.__file__).parent / "fonts"
    for name, file in ((REG, "Vera.ttf"), (BOLD, "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts / file)))


# --------------------------------------------------------------------------- text markup
class D(str):
    """A decision sentence: its own paragraph, listed verbatim under the item's decisions."""


class Bullet(str):
    """A bullet point."""


class Heading(str):
    """A section heading inside an item ("Ärendebeskrivning", "Beslut", ...)."""


@dataclass(frozen=True)
class Att:
    """A decision printed as a lead line and att-clauses, one clause per line.

    Each clause becomes one decision string, "<lead> att <clause>", without the trailing
    punctuation ("," between clauses, ", och" before the last one if ``och``, "." at the end).
    """

    lead: str
    clauses: tuple[str, ...]
    och: bool = False

    def rows(self) -> list[str]:
        n = len(self.clauses)
        ends = ["," if k < n - 2 else (", och" if self.och else ",") for k in range(n - 1)] + ["."]
        return [f"att {clause}{end}" for clause, end in zip(self.clauses, ends, strict=True)]

    def decisions(self) -> list[str]:
        return [f"{self.lead} att {plain(clause)}" for clause in self.clauses]


@dataclass(frozen=True)
class Justerare:
    """The decision naming the person who checks the minutes; also makes them a participant."""

    text: str
    name: str
    organization: str


def plain(text: str) -> str:
    """The text as printed: amount markup replaced by the amount's own words."""
    return AMOUNT.sub(r"\1", text)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(str.maketrans("åäöé", "aaoe"))).strip("-")


# --------------------------------------------------------------------------- layout engine
@dataclass(eq=False)
class Ln:
    """One printed line; ``page`` and ``y`` are set by :meth:`Flow.paginate`."""

    text: str
    x: float = 0.0  # from the left margin
    font: str = REG
    size: float = 10.0
    before: float = 0.0  # extra space above (dropped at the top of a page)
    keep: int = 0  # keep this line on one page with the next ``keep`` lines
    new_page: bool = False
    extra: tuple[tuple[float, str, str], ...] = ()  # (x, text, font) on the same baseline
    leader: str | None = None  # right-aligned text joined by dot leaders (tables of contents)
    item: str | None = None  # the agenda item the line belongs to (for running headers)
    page: int = 0
    y: float = 0.0

    @property
    def height(self) -> float:
        return self.size * LEADING


@dataclass(eq=False)
class ItemFact:
    number: str
    title: str
    dnr: str | None = None
    decisions: list[str] = field(default_factory=list)
    ln: Ln | None = None


def wrap(text: str, width: float, font: str, size: float, hang: float = 0.0) -> list[str]:
    """Greedy word wrap; rows after the first are ``hang`` points narrower."""
    rows: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        limit = width - (hang if rows else 0.0)
        if current and pdfmetrics.stringWidth(trial.replace(GLUE, " "), font, size) > limit:
            rows.append(current)
            current = word
        else:
            current = trial
    return [*rows, current]


class Flow:
    """The lines of one document in reading order, and the facts the renderer placed on them."""

    def __init__(self) -> None:
        self.lines: list[Ln] = []
        self.people: list[tuple[dict, Ln]] = []
        self.items: list[ItemFact] = []
        self.amounts: list[tuple[str, int, str | None, Ln]] = []
        self.pages = 0

    def line(self, text: str = "", **kw) -> Ln:
        ln = Ln(text, item=self.items[-1].number if self.items else None, **kw)
        self.lines.append(ln)
        return ln

    def para(
        self,
        text: str,
        *,
        x: float = 0.0,
        hang: float = 0.0,
        font: str = REG,
        size: float = 10.0,
        before: float = 3.0,
        together: bool = False,
    ) -> list[Ln]:
        """Wrap a paragraph into lines and record the amounts it contains, each on its line.

        ``together`` keeps all the lines on one page (roster entries are never split).
        """
        pending = AMOUNT.findall(text)
        glued = AMOUNT.sub(lambda m: m[1].replace(" ", GLUE), text)
        out = []
        for k, row in enumerate(wrap(glued, TEXT_W - x, font, size, hang)):
            ln = self.line(
                row.replace(GLUE, " "), x=x + (hang if k else 0.0), font=font, size=size, before=0.0 if k else before
            )
            out.append(ln)
            pos = 0
            while pending and (at := row.find(pending[0][0].replace(" ", GLUE), pos)) >= 0:
                words, value = pending.pop(0)
                pos = at + len(words)
                self.amounts.append((words, int(value), ln.item, ln))
        if together:
            out[0].keep = len(out) - 1
        return out

    def person(self, ln: Ln, name: str, role: str, organization: str | None, title: str | None = None) -> None:
        self.people.append(({"name": name, "role": role, "organization": organization, "title": title}, ln))

    def begin_item(self, number: str, title: str, dnr: str | None = None) -> ItemFact:
        self.items.append(ItemFact(number, title, dnr))
        return self.items[-1]

    def paginate(self, top: float, bottom: float) -> None:
        """Place every line: a new page when a line (with its kept followers) would not fit."""
        page, y = 1, top
        for k, ln in enumerate(self.lines):
            block = self.lines[k : k + 1 + ln.keep]
            need = sum(b.height + b.before for b in block)
            if (ln.new_page and y < top) or (y - need < bottom and y < top):
                page, y = page + 1, top
            y -= ln.height + (ln.before if y < top else 0.0)
            ln.page, ln.y = page, y
        self.pages = page

    def golden(
        self, kind: str, title: str | None, body: str | None, date: str | None, agreement: dict | None = None
    ) -> dict:
        """The expected ``protokoll parse --json`` output, from the facts placed on the pages.

        A person has one job title in a document: an entry placed without one (the secretary in
        the letterhead) has the one title their other entries give."""
        titles: dict[str, set[str]] = {}
        for fact, _ in self.people:
            if fact["title"]:
                titles.setdefault(fact["name"], set()).add(fact["title"])

        def titled(fact: dict) -> dict:
            known = titles.get(fact["name"], set())
            return {**fact, "title": next(iter(known))} if not fact["title"] and len(known) == 1 else fact

        return {
            "document": {"kind": kind, "title": title, "body": body, "date": date, "pages": self.pages},
            "participants": [{**titled(fact), "page": ln.page} for fact, ln in self.people],
            "items": [
                {
                    "number": i.number,
                    "title": i.title,
                    "page": i.ln.page if i.ln else None,
                    "decisions": i.decisions,
                    "dnr": i.dnr,
                }
                for i in self.items
            ],
            "amounts": [
                {"value_sek": value, "text": words, "item": item, "page": ln.page}
                for words, value, item, ln in self.amounts
            ],
            "agreement": agreement,
        }


Furniture = Callable[[canvas.Canvas, int, int, list[Ln]], None]


def write_pdf(flow: Flow, furniture: Furniture, *, title: str, author: str) -> bytes:
    """Draw the paginated flow, with running headers and footers, into PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("protokoll tests/make_corpus.py")
    for page in range(1, flow.pages + 1):
        lines = [ln for ln in flow.lines if ln.page == page]
        furniture(c, page, flow.pages, lines)
        for ln in lines:
            c.setFont(ln.font, ln.size)
            c.drawString(LEFT + ln.x, ln.y, ln.text)
            for x, text, font in ln.extra:
                c.setFont(font, ln.size)
                c.drawString(LEFT + x, ln.y, text)
            if ln.leader is not None:
                c.setFont(ln.font, ln.size)
                c.drawRightString(W - RIGHT, ln.y, ln.leader)
                start = LEFT + ln.x + pdfmetrics.stringWidth(ln.text, ln.font, ln.size) + 6
                end = W - RIGHT - pdfmetrics.stringWidth(ln.leader, ln.font, ln.size) - 6
                c.drawString(start, ln.y, "." * int((end - start) / pdfmetrics.stringWidth(".", ln.font, ln.size)))
        c.showPage()
    c.save()
    return buf.getvalue()


def region_furniture(footer: str) -> Furniture:
    """Page label "N (total)" top right and a small footer line on every page."""

    def draw(c: canvas.Canvas, page: int, total: int, lines: list[Ln]) -> None:
        c.setFont(REG, 9)
        c.drawRightString(W - RIGHT, H - 40, f"{page} ({total})")
        c.setLineWidth(0.4)
        c.line(LEFT, 48, W - RIGHT, 48)
        c.setFont(REG, 6.5)
        c.drawString(LEFT, 38, footer)

    return draw


REGION_FOOTER = (
    "POSTADRESS Region Örebro län, Box 1613, 701 16 Örebro     TELEFON 019-602 70 00     "
    "ORG.NR 232100-0164     INTERNET www.regionorebrolan.se"
)


def render_blocks(f: Flow, blocks: tuple, x: float) -> None:
    """Render an item's content; decisions go to the current item, amounts are recorded."""
    for b in blocks:
        if isinstance(b, Justerare):
            rows = f.para(b.text, x=x)
            f.items[-1].decisions.append(plain(b.text))
            f.person(rows[0], b.name, "justerare", b.organization)
        elif isinstance(b, Heading):
            f.line(b, x=x, font=BOLD, before=9, keep=1)
        elif isinstance(b, D):
            f.para(b, x=x)
            f.items[-1].decisions.append(plain(b))
        elif isinstance(b, Bullet):
            f.para(f"• {b}", x=x + 6, hang=9, before=1)
        elif isinstance(b, Att):
            f.para(b.lead, x=x)
            for row in b.rows():
                f.para(row, x=x, hang=20, before=1)
            f.items[-1].decisions.extend(b.decisions())
        else:
            f.para(b, x=x)


def render_numbered_item(f: Flow, number: str, title: str, blocks: tuple, own_line: bool) -> None:
    """A numbered item: "5." with the title beside it, or alone on its line with the title below."""
    item = f.begin_item(number, title)
    rows = wrap(title, TEXT_W - INDENT, BOLD, 11)
    if own_line:
        item.ln = f.line(f"{number}.", font=BOLD, size=11, before=14, keep=2)
    else:
        item.ln = f.line(f"{number}.", font=BOLD, size=11, before=14, keep=1, extra=((INDENT, rows.pop(0), BOLD),))
    for row in rows:
        f.line(row, x=INDENT, font=BOLD, size=11)
    render_blocks(f, blocks, INDENT)


# --------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Person:
    """An invented person; ``key`` is stable across documents (the name's slug by default)."""

    name: str  # given name first
    key: str = ""

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", slug(self.name))

    @property
    def family_first(self) -> str:
        given, family = self.name.rsplit(" ", 1)
        return f"{family}, {given}"


@dataclass(frozen=True)
class Official:
    """An official: council "Tjänstepersoner" lines, board "Övriga närvarande", minutes attendees."""

    person: Person
    title: str
    unit: str = ""
    organization: str = REGION
    note: str = ""  # e.g. "§ 103": present only for that item


@dataclass(frozen=True)
class Member:
    """One roster line: who, in which role and organisation, and how the line is printed."""

    section: str
    person: Person | None  # None for a vacant seat
    role: str
    organization: str
    written: str
    title: str | None = None
    party: str | None = None


# People who appear in more than one role, body or document.
KARIN_KUMLA = Person("Karin Nilsson", "karin-nilsson-kumla")
KARIN_LAXA = Person("Karin Nilsson", "karin-nilsson-laxa")
LENA = Person("Lena Forsberg")
SARA = Person("Sara Lindström")
FREDRIK = Person("Fredrik Almqvist")
EVA_LENA = Person("Eva-Lena Bergkvist")
LEIF = Person("Leif Carlsson")
TOVE = Official(Person("Tove Lindahl"), "utvecklingsledare", "Välfärd och folkhälsa, Regional utveckling")
MAGNUS = Official(Person("Magnus Fors"), "områdeschef Välfärd och folkhälsa", "Regional utveckling")
CECILIA = Official(Person("Cecilia Åström"), "folkhälsostrateg", "Staben för hållbar utveckling, Regionkansliet")
NIKLAS = Official(
    Person("Niklas Hellström"),
    "utvecklingsledare och processledare för tidiga samordnade insatser för barn och unga",
    "Utbildning och arbetsmarknad, Regional utveckling",
)
IDA = Official(Person("Ida Palm"), "projektledare för familjecentraler", "Välfärd och folkhälsa, Regional utveckling")
JOHAN = Official(Person("Johan Kvist"), "analytiker", "Regional utveckling")
EVA_G = Official(Person("Eva Granqvist"), "kommunchef", organization="Kumla kommun")

# Forms the documents print instead of the canonical name (organizations.yml has them all).
SHORT_FORMS = {"RF-SISU Örebro län": "RF-SISU", "Örebro läns bildningsförbund": "ÖLBF"}
SLOPPY_FORMS = {
    "Askersunds kommun": "Askersund kommun",
    "Lekebergs kommun": "Lekeberg kommun",
    "Lindesbergs kommun": "Lindesberg kommun",
    "Ljusnarsbergs kommun": "Ljusnarsberg kommun",
}


def written_org(org: str, sloppy: bool) -> str:
    return SHORT_FORMS.get(org) or (SLOPPY_FORMS.get(org, org) if sloppy else org)


# --------------------------------------------------------------------------- council protocols
COUNCIL_CHAIR = Person("Henrik Wallin")
# Organisation -> (ledamot, ersättare) at the first meeting; None is a vacant seat.
FIRST_SEATS: dict[str, tuple[Person, Person | None]] = {
    "Askersunds kommun": (Person("Maria Lind"), Person("Kjell Norberg")),
    "Degerfors kommun": (Person("Bo Hedlund"), SARA),
    "Hallsbergs kommun": (LENA, Person("Rolf Dahlgren")),
    "Hällefors kommun": (Person("Tomas Berglöf"), Person("Annika Strömberg")),
    "Karlskoga kommun": (Person("Ulf Grahn"), Person("Yvonne Pihl")),
    "Kumla kommun": (KARIN_KUMLA, LEIF),
    "Laxå kommun": (Person("Göran Åberg"), Person("Birgitta Holm")),
    "Lekebergs kommun": (Person("Elin Sjödin"), Person("Stefan Nyberg")),
    "Lindesbergs kommun": (Person("Patrik Holmér"), FREDRIK),
    "Ljusnarsbergs kommun": (Person("Anneli Roos"), Person("Gunilla Vik")),
    "Nora kommun": (Person("Jonas Ekdahl"), EVA_LENA),
    "Örebro kommun": (Person("Sofia Larsson"), Person("Ali Haddad")),
    "RF-SISU Örebro län": (Person("Mats Ödman"), None),
    "Örebro läns bildningsförbund": (Person("Ingela Franzén"), Person("Maja Berg")),
}

STORY = [
    "2023-06-09: Lena Forsberg (ledamot, Hallsbergs kommun) is elected vice ordförande (item 5); "
    "she is listed under 'Vice ordförande:' from 2023-11-17 on.",
    "2023-11-17: Bo Hedlund (ledamot, Degerfors kommun) has left; ersättare Sara Lindström becomes ledamot "
    "and Mikael Öberg is the new ersättare for Degerfors kommun.",
    "2023-11-17: Eva-Lena Bergkvist (ersättare, Nora kommun) is printed 'Bergkvist, Eva-Lena' in the roster "
    "and 'Eva-Lena Bergkvist' in the justerare decision; elsewhere always given name first.",
    "2024-03-08: Ulf Grahn (ledamot, Karlskoga kommun) has left and is replaced by Therese Magnusson.",
    "2024-03-08: Fredrik Almqvist moves from ersättare for Lindesbergs kommun to ersättare for Ljusnarsbergs "
    "kommun (replacing Gunilla Vik); Helena Rask becomes ersättare for Lindesbergs kommun.",
    "2024-03-08: Birgitta Holm is replaced as ersättare for Laxå kommun by Karin Nilsson -- a different person "
    "from Karin Nilsson, ledamot for Kumla kommun; both sit in the 2024-03-08 and 2024-09-13 meetings, and "
    "the Laxå one is justerare on 2024-03-08.",
    "2024-09-13: the vacant ersättare seat of RF-SISU Örebro län is filled by Oskar Sundin.",
    "Karin Nilsson (Kumla) is also ordförande of Kumla kommunstyrelse and signs the familjecentral agreement; "
    "Leif Carlsson (ersättare, Kumla) is also a ledamot of Kumla kommunstyrelse.",
]


@dataclass(frozen=True)
class CouncilMeeting:
    """One meeting of Specifika samverkansrådet för folkhälsa and how its protocol is printed."""

    date: str
    when: tuple[str, ...]  # the meeting lines as printed
    justerare: Person
    officials: tuple[Official, ...]
    topics: tuple[tuple[str, tuple], ...]  # (title, blocks) between "Föregående protokoll" and "Övriga frågor"
    other: tuple = ("Inga övriga frågor anmäldes.",)
    changes: dict[tuple[str, str], Person | None] = field(default_factory=dict)  # (role, org) -> person
    vice: Person | None = None
    agenda: str = "Dagordningen fastställdes."
    numbers: str = "inline"  # item number and title on one line ("inline"), on two ("own"), or "mixed"
    sloppy: bool = False  # print "Askersund kommun" rather than "Askersunds kommun"
    family_first: frozenset[Person] = frozenset()

    @property
    def stem(self) -> str:
        return f"ssr-folkhalsa_{self.date}_protokoll"


def _seat(m: CouncilMeeting, section: str, person: Person | None, role: str, org: str) -> Member:
    name = "Vakant" if person is None else person.family_first if person in m.family_first else person.name
    return Member(section, person, role, org, f"{name}, {written_org(org, m.sloppy)}")


def council_rosters(meetings: tuple[CouncilMeeting, ...]) -> Iterator[tuple[CouncilMeeting, list[Member]]]:
    """Each meeting with its roster: the first seats with every earlier meeting's changes applied."""
    seats = {
        (role, org): pair[k] for org, pair in FIRST_SEATS.items() for k, role in enumerate(("ledamot", "ersättare"))
    }
    for m in meetings:
        seats.update(m.changes)
        roster = [_seat(m, "Ordförande:", COUNCIL_CHAIR, "ordförande", REGION)]
        if m.vice:
            org = next(o for (_, o), p in seats.items() if p == m.vice)
            roster.append(_seat(m, "Vice ordförande:", m.vice, "vice ordförande", org))
        for section, role in (("Ledamöter:", "ledamot"), ("Ersättare:", "ersättare")):
            roster += [
                _seat(m, section, seats[role, org], role, org)
                for org in FIRST_SEATS
                if m.vice is None or seats[role, org] != m.vice
            ]
        roster += [
            Member(
                "Tjänstepersoner:",
                o.person,
                "tjänsteperson",
                REGION,
                f"- {o.person.name}, {o.title}, {o.unit}, {REGION}",
                o.title,
            )
            for o in m.officials
        ]
        yield m, roster


def council_agenda(m: CouncilMeeting, roster: list[Member]) -> list[tuple[str, tuple]]:
    """The standard opening and closing items around the meeting's own topics."""
    seat = next(x for x in roster if x.person == m.justerare and x.role != "tjänsteperson")
    chosen = f"Till justerare utsågs {m.justerare.name}, {written_org(seat.organization, m.sloppy)}."
    return [
        ("Mötet öppnas", ("Ordföranden hälsade alla välkomna och öppnade mötet.",)),
        ("Val av justerare", (Justerare(chosen, m.justerare.name, seat.organization),)),
        ("Godkännande av dagordning", (D(m.agenda),)),
        ("Föregående protokoll", (D("Protokollet från föregående möte lades till handlingarna."),)),
        *m.topics,
        ("Övriga frågor", m.other),
        ("Mötet avslutas", ("Ordföranden tackade för ett givande möte och avslutade sammanträdet.",)),
    ]


def render_council(m: CouncilMeeting, roster: list[Member]) -> Flow:
    """Letterhead, meeting lines, "Protokoll", the roster and numbered items (seed 004's style)."""
    f = Flow()
    f.line("Tjänsteställe", size=7, extra=((300, "Sekreterare", REG),))
    letterhead = f.line(COUNCIL, size=9, before=2, extra=((300, TOVE.person.name, REG),))
    f.line("Förvaltningen regional utveckling", size=9)
    for k, text in enumerate(m.when):
        f.line(text, before=22 if k == 0 else 0)
    f.line("Protokoll", font=BOLD, size=16, before=16)
    section = ""
    for x in roster:
        if x.section != section:
            section = x.section
            f.line(section, font=BOLD, before=9, keep=1)
        official = x.role == "tjänsteperson"  # long lines wrap under a hanging indent, never across pages
        rows = f.para(x.written, hang=8, before=0, together=True) if official else [f.line(x.written)]
        if x.person:
            f.person(rows[0], x.person.name, x.role, x.organization, x.title)
    f.person(letterhead, TOVE.person.name, "sekreterare", REGION)
    for number, (title, blocks) in enumerate(council_agenda(m, roster), 1):
        own_line = m.numbers == "own" or (m.numbers == "mixed" and len(title) > 24)
        render_numbered_item(f, str(number), title, blocks, own_line)
    f.paginate(top=H - 70, bottom=64)
    return f


COUNCIL_MEETINGS = (
    CouncilMeeting(
        date="2023-02-10",
        sloppy=True,
        justerare=FIRST_SEATS["Askersunds kommun"][0],
        when=("Datum: 2023-02-10", "Tid: kl. 09.00–12.00", "Plats: Regionens hus, Örebro"),
        officials=(MAGNUS, CECILIA, NIKLAS, TOVE),
        topics=(
            (
                "Rapport från chefsgrupp folkhälsa",
                (
                    "Magnus Fors rapporterade från chefsgruppens två senaste möten. Gruppen har framför allt arbetat "
                    "med hur årets statliga medel för psykisk hälsa ska användas i länet.",
                    "Av medlen avsattes {2 miljoner kronor|2000000} till lokala insatser som länsdelsgrupperna "
                    "själva beslutar om. Resterande del går till länsgemensamma utbildningar.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Liv och hälsa ung – resultat för länet",
                (
                    "Cecilia Åström presenterade resultat från enkäten till elever i årskurs 7 och 9 samt år 2 på "
                    "gymnasiet. Andelen elever som uppger att de mår bra har minskat något sedan förra mätningen, "
                    "medan andelen som rör sig minst en timme om dagen är oförändrad.",
                    "Resultaten redovisas per kommun under våren, och folkhälsoteamen erbjuds stöd i att tolka "
                    "och använda dem i det lokala arbetet.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Familjecentraler",
                (
                    "Magnus Fors informerade om att den nuvarande överenskommelsen om familjecentraler löper ut "
                    "under 2024. I dag har nio av länets tolv kommuner en familjecentral eller en verksamhet som "
                    "liknar en familjecentral. Rådet diskuterade behovet av en gemensam lägsta nivå för innehållet.",
                    D(
                        "Rådet beslutade att ge chefsgruppen i uppdrag att ta fram ett förslag till reviderad "
                        "överenskommelse om familjecentraler."
                    ),
                ),
            ),
            (
                "ANDTS – uppföljning av länsstrategin",
                (
                    "Niklas Hellström och Cecilia Åström rapporterade om uppföljningen av länets strategi för "
                    "alkohol, narkotika, dopning, tobak och spel om pengar. Några iakttagelser:",
                    Bullet(
                        "Andelen unga som röker fortsätter att minska, medan bruket av snus och nikotinpåsar "
                        "ökar bland både flickor och pojkar."
                    ),
                    Bullet(
                        "Länsstyrelsen har beviljat {450 000 kronor|450000} till ett länsgemensamt arbete för "
                        "tobaksfri skoltid."
                    ),
                    Bullet(
                        "Flera kommuner efterfrågar stöd i tillsynen av försäljning av tobak och liknande produkter."
                    ),
                    Bullet(
                        "Andelen elever i årskurs 9 som uppger att de har druckit alkohol under det senaste året "
                        "har halverats på tio år."
                    ),
                    "Rådet betonade vikten av att insatserna når de grupper där bruket ökar mest, och att "
                    "kommunernas tillsyn samordnas över kommungränserna.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Suicidprevention",
                (
                    "Niklas Hellström presenterade ett länsgemensamt handlingsprogram för suicidprevention som tagits "
                    "fram tillsammans med kommunerna, polisen och civilsamhället. Inom programmet avsätts "
                    "{250 tkr|250000} för utbildning i första hjälpen till psykisk hälsa för skolpersonal.",
                    D("Rådet beslutade att ställa sig bakom handlingsprogrammet."),
                ),
            ),
            (
                "Teman till kommande möten",
                (
                    Bullet("Föräldraskapsstöd i länet"),
                    Bullet("Fysisk aktivitet bland barn och unga"),
                    Bullet("Arbetssätt i rådet"),
                ),
            ),
        ),
    ),
    CouncilMeeting(
        date="2023-06-09",
        numbers="own",
        justerare=FIRST_SEATS["Nora kommun"][0],
        when=("Tid: fredag 9 juni 2023 kl. 09.00–11.30", "Plats: Digitalt möte via Teams"),
        officials=(MAGNUS, IDA, JOHAN, TOVE),
        other=("Johan Kvist påminde om länets folkhälsodag den 12 oktober.",),
        topics=(
            (
                "Val av vice ordförande",
                (
                    "Posten som vice ordförande har varit vakant sedan årsskiftet. Ordföranden föreslog Lena "
                    "Forsberg, Hallsbergs kommun.",
                    D("Lena Forsberg valdes till ny vice ordförande."),
                ),
            ),
            (
                "Rapport från chefsgrupp folkhälsa",
                (
                    "Magnus Fors rapporterade att chefsgruppen har enats om hur medlen för psykisk hälsa ska "
                    "fördelas. Modellen innebär att {3 mnkr|3000000} tilldelas varje länsdel, som själv prioriterar "
                    "bland insatserna. Därutöver avsätts {1,5 mnkr|1500000} till länsgemensamma insatser för barn "
                    "och unga.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Föräldraskapsstöd",
                (
                    "Ida Palm presenterade en kartläggning av föräldraskapsstödet i länet. Utbudet skiljer sig "
                    "mycket mellan kommunerna och få insatser når föräldrar till tonåringar.",
                    D(
                        "Rådet beslutade att ge chefsgruppen i uppdrag att ta fram en länsgemensam plan för "
                        "föräldraskapsstöd."
                    ),
                ),
            ),
            (
                "Fysisk aktivitet på recept för barn och unga",
                (
                    "Johan Kvist informerade om att regionen har fått statsbidrag för att pröva fysisk aktivitet på "
                    "recept för barn och unga. Bidraget uppgår till {1,2 miljoner kronor|1200000} för perioden fram "
                    "till 2024. Två kommuner har anmält intresse av att delta i en första omgång.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Samverkansplan för god och jämlik hälsa",
                (
                    "Magnus Fors presenterade ett första utkast till samverkansplan. Planen ska beskriva parternas "
                    "gemensamma fokusområden och hur arbetet följs upp:",
                    Bullet("tidiga insatser för barn och unga"),
                    Bullet("psykisk hälsa genom hela livet"),
                    Bullet("goda levnadsvanor"),
                    "Synpunkter på utkastet lämnas till sekreteraren senast den 30 augusti.",
                ),
            ),
            (
                "Arbetssätt i rådet",
                ("Ordföranden föreslog att rådet ser över sina mötesformer.", D("Punkten skjuts till kommande möte.")),
            ),
        ),
    ),
    CouncilMeeting(
        date="2023-11-17",
        sloppy=True,
        vice=LENA,
        justerare=EVA_LENA,
        family_first=frozenset({EVA_LENA}),
        when=("Datum: 2023-11-17", "Tid: kl. 13.00–16.00", "Plats: Folkets hus, Hallsberg"),
        changes={("ledamot", "Degerfors kommun"): SARA, ("ersättare", "Degerfors kommun"): Person("Mikael Öberg")},
        agenda="Dagordningen fastställdes med tillägg av en punkt under övriga frågor.",
        officials=(MAGNUS, CECILIA, IDA, TOVE),
        other=(
            "Ulf Grahn, Karlskoga kommun, meddelade att han lämnar sitt uppdrag i rådet vid årsskiftet. "
            "Ordföranden tackade honom för hans engagemang.",
            "Jonas Ekdahl lyfte frågan om lokaler för familjecentralen i Nora.",
        ),
        topics=(
            (
                "Nya ledamöter",
                (
                    "Bo Hedlund, Degerfors kommun, har lämnat sitt uppdrag i rådet. Ordföranden hälsade Sara "
                    "Lindström välkommen som ny ledamot för Degerfors kommun och Mikael Öberg som ny ersättare.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Rapport från chefsgrupp folkhälsa",
                (
                    "Magnus Fors och Cecilia Åström rapporterade från chefsgruppens arbete under hösten. Samtliga "
                    "länsdelar har nu beslutat om sina insatser för psykisk hälsa.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Arbetssätt i rådet",
                (
                    "Punkten återupptogs från mötet i juni. Rådet diskuterade hur mötena kan bli mer dialogbaserade "
                    "och hur ledamöterna kan förankra frågorna i sina egna organisationer.",
                    D("Rådet beslutade att vartannat möte ska innehålla ett tema med gruppdiskussion."),
                ),
            ),
            (
                "Överenskommelse om samverkan i familjecentraler",
                (
                    "Ida Palm presenterade förslaget till ny överenskommelse. Förslaget tydliggör parternas ansvar "
                    "och anger vilka verksamheter som ska ingå i en familjecentral. Överenskommelsen föreslås gälla "
                    "från den 1 juli 2024 och skickas därefter till kommunerna och regionen för beslut.",
                    D("Rådet beslutade att rekommendera parterna att godkänna överenskommelsen."),
                ),
            ),
            (
                "Länsgemensamma folkhälsoinsatser 2024",
                (
                    "Cecilia Åström redovisade förslaget till budget för länsgemensamma insatser nästa år. Ramen är "
                    "{1,5 mnkr|1500000}, varav {600 000 kronor|600000} avser stöd till civilsamhällets "
                    "hälsofrämjande arbete. Ansökningarna hanteras gemensamt av RF-SISU Örebro län och Örebro läns "
                    "bildningsförbund.",
                    D("Rådet beslutade att godkänna budgeten för länsgemensamma folkhälsoinsatser 2024."),
                ),
            ),
            (
                "Spel om pengar",
                (
                    "Cecilia Åström informerade om att spelproblemen ökar bland unga vuxna. Länsstyrelsen planerar "
                    "en utbildningsdag för kommunernas tillsynshandläggare under våren.",
                    D("Informationen noterades."),
                ),
            ),
        ),
    ),
    CouncilMeeting(
        date="2024-03-08",
        numbers="mixed",
        sloppy=True,
        vice=LENA,
        justerare=KARIN_LAXA,
        when=("Tid: fredag 8 mars 2024 kl. 09.00–12.00", "Plats: Regionens hus, Örebro"),
        changes={
            ("ledamot", "Karlskoga kommun"): Person("Therese Magnusson"),
            ("ersättare", "Laxå kommun"): KARIN_LAXA,
            ("ersättare", "Lindesbergs kommun"): Person("Helena Rask"),
            ("ersättare", "Ljusnarsbergs kommun"): FREDRIK,
        },
        officials=(MAGNUS, NIKLAS, IDA, TOVE),
        topics=(
            (
                "Nya ledamöter och ersättare",
                (
                    "Ordföranden hälsade Therese Magnusson, Karlskoga kommun, välkommen som ny ledamot. Karin "
                    "Nilsson är ny ersättare för Laxå kommun och Helena Rask för Lindesbergs kommun. Fredrik "
                    "Almqvist har flyttat och är numera ersättare för Ljusnarsbergs kommun.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Rapport från chefsgrupp folkhälsa",
                (
                    "Magnus Fors rapporterade att chefsgruppen har fördelat årets utvecklingsmedel. Inför året "
                    "avsattes {2 miljoner kronor|2000000} till främjande och förebyggande insatser inom omställningen "
                    "till nära vård.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Psykisk hälsa – fördelning av medel 2024",
                (
                    "Niklas Hellström presenterade förslaget till fördelning. Fjolårets modell behålls, vilket "
                    "innebär att {3 mnkr|3000000} tilldelas varje länsdel. Därutöver föreslås {1,5 mnkr|1500000} "
                    "till länsgemensam utbildning i samtalsmetodik och {1,5 mnkr|1500000} till insatser för unga "
                    "vuxna som varken arbetar eller studerar.",
                    "Ledamöterna från norra länsdelen framhöll att de små kommunerna behöver stöd i att samordna "
                    "insatserna, och att uppföljningen bör göras gemensamt för hela länsdelen.",
                    D("Rådet beslutade att ställa sig bakom den föreslagna fördelningen."),
                ),
            ),
            (
                "Överenskommelse om samverkan i familjecentraler – lägesrapport",
                (
                    "Ida Palm informerade om att överenskommelsen har skickats till parterna för beslut. Laxå kommun "
                    "och Askersunds kommun har redan fattat beslut, övriga parter beslutar under våren.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Tobaks- och nikotinprevention",
                (
                    "Niklas Hellström rapporterade att arbetet för tobaksfri skoltid nu pågår i sju kommuner. "
                    "Arbetet finansieras med {450 000 kronor|450000} per år från Länsstyrelsen.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Tema: goda levnadsvanor hos äldre",
                (
                    "Rådet diskuterade i mindre grupper hur kommunerna kan nå äldre som inte deltar i föreningslivet. "
                    "Diskussionen dokumenteras och lämnas till chefsgruppen.",
                ),
            ),
        ),
    ),
    CouncilMeeting(
        date="2024-09-13",
        numbers="own",
        vice=LENA,
        justerare=Person("Therese Magnusson"),
        when=("Datum: 13 september 2024", "Tid: kl. 09.00–12.00", "Plats: Kulturhuset, Karlskoga"),
        changes={("ersättare", "RF-SISU Örebro län"): Person("Oskar Sundin")},
        officials=(MAGNUS, CECILIA, JOHAN, TOVE),
        topics=(
            (
                "Ny ersättare för RF-SISU",
                (
                    "Oskar Sundin, RF-SISU Örebro län, presenterade sig för rådet. Han fyller den plats som ersättare "
                    "som har varit vakant.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Rapport från chefsgrupp folkhälsa",
                (
                    "Magnus Fors rapporterade att chefsgruppen har beviljat {350 000 kronor|350000} till ett "
                    "länsgemensamt projekt om ofrivillig ensamhet bland äldre.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Familjecentraler – uppföljning",
                (
                    "Cecilia Åström redovisade att samtliga parter har godkänt överenskommelsen, som började gälla "
                    "den 1 juli 2024. Regionen avsätter {150 000 kronor|150000} per år till gemensam "
                    "kompetensutveckling för personalen.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "ANDTS – ny regional strategi",
                (
                    "Johan Kvist presenterade tidplanen för arbetet med en ny strategi för perioden 2025–2028. "
                    "Strategin tas fram i bred samverkan med kommunerna, Länsstyrelsen och civilsamhället.",
                    D("Rådet beslutade att ge chefsgruppen i uppdrag att ta fram ett förslag till ny ANDTS-strategi."),
                ),
            ),
            (
                "Psykisk hälsa bland äldre",
                (
                    "Cecilia Åström presenterade en kunskapssammanställning om psykisk ohälsa bland äldre. Andelen "
                    "äldre som uppger nedsatt psykiskt välbefinnande är högst bland ensamboende kvinnor över 80 år.",
                    "Rådet diskuterade hur äldreomsorgen, primärvården och civilsamhället tillsammans kan upptäcka "
                    "ensamhet och nedstämdhet tidigare.",
                    D("Informationen noterades."),
                ),
            ),
            (
                "Mötesplan 2025",
                (
                    "Förslag till mötesdatum för 2025 presenterades: 7 februari, 6 juni, 19 september och 28 november.",
                    D("Mötesplanen för 2025 fastställdes."),
                ),
            ),
        ),
    ),
)


# --------------------------------------------------------------------------- municipal board protocols
@dataclass(frozen=True)
class Politician:
    person: Person
    party: str
    role: str = "ledamot"  # "ordförande" | "vice ordförande" | "ledamot"
    replaces: str = ""  # a serving substitute: whom they replace, as printed


@dataclass(frozen=True)
class Paragraph:
    """One § of a municipal protocol."""

    number: int
    title: str
    dnr: str | None
    blocks: tuple


@dataclass(frozen=True)
class BoardMeeting:
    """One meeting of a municipal board (kommunstyrelse) in the "§ 101  Dnr KS 2024/123" style."""

    municipality: str
    date: str
    place_time: str
    deciding: tuple[Politician, ...]  # Beslutande
    serving: tuple[Politician, ...]  # Tjänstgörande ersättare
    not_serving: tuple[Politician, ...]  # Ej tjänstgörande ersättare
    others: tuple[Official, ...]  # Övriga närvarande; the one titled "sekreterare" is the secretary
    justerare: Person
    adjusted: str  # Justeringens plats och tid
    posted: tuple[str, str]  # the notice goes up / comes down
    paragraphs: tuple[Paragraph, ...]
    board: str = "Kommunstyrelsen"

    @property
    def stem(self) -> str:
        return f"{slug(self.municipality.split()[0])}-ks_{self.date}_protokoll"


def board_roster(m: BoardMeeting) -> list[Member]:
    """The page-one roster; every politician and official belongs to the municipality."""
    org = m.municipality

    def politician(section: str, p: Politician, role: str, suffix: str) -> Member:
        return Member(section, p.person, role, org, f"{p.person.name} ({p.party}){suffix}", party=p.party)

    roster = [politician("Beslutande", p, p.role, "" if p.role == "ledamot" else f", {p.role}") for p in m.deciding]
    roster += [
        politician("Tjänstgörande ersättare", p, "ersättare", p.replaces and f" ersätter {p.replaces}")
        for p in m.serving
    ]
    roster += [politician("Ej tjänstgörande ersättare", p, "ersättare", "") for p in m.not_serving]
    for o in m.others:
        secretary = o.title == "sekreterare"
        roster.append(
            Member(
                "Övriga närvarande",
                o.person,
                "sekreterare" if secretary else "tjänsteperson",
                org,
                ", ".join(filter(None, (o.person.name, o.title, o.note))),
                None if secretary else o.title,
            )
        )
    return roster


def render_board(m: BoardMeeting, roster: list[Member]) -> Flow:
    """Page one (roster, signatures, notice), a table of contents, then the §§ one after another."""
    f = Flow()
    f.line("Plats och tid:", font=BOLD, extra=((COL, m.place_time, REG),))
    section, secretary = "", None
    for x in roster:
        if x.section != section:
            section = x.section
            ln = f.line(section, font=BOLD, before=10, extra=((COL, x.written, REG),))
        else:
            ln = f.line(x.written, x=COL)
        if x.role == "sekreterare":
            secretary = x  # listed after the roster, as in every golden file
            secretary_ln = ln
        elif x.person:
            f.person(ln, x.person.name, x.role, x.organization, x.title)
    assert secretary and secretary.person
    f.person(secretary_ln, secretary.person.name, "sekreterare", m.municipality)
    ln = f.line("Justerare:", font=BOLD, before=10, extra=((COL, m.justerare.name, REG),))
    f.person(ln, m.justerare.name, "justerare", m.municipality)
    f.line("Justeringens plats och tid:", font=BOLD, before=10, extra=((COL, m.adjusted, REG),))
    f.line("Underskrifter", font=BOLD, before=14)
    first, last = m.paragraphs[0].number, m.paragraphs[-1].number
    f.line("Paragrafer", x=COL, extra=((COL + 85, f"§§ {first}–{last}", REG),))
    chair = next(p.person for p in m.deciding if p.role == "ordförande")
    for label, person in (("Sekreterare", secretary.person), ("Ordförande", chair), ("Justerare", m.justerare)):
        f.line(DOTS[:50], x=COL + 85, before=14, keep=1)
        f.line(label, x=COL, extra=((COL + 85, person.name, REG),))
    f.line("ANSLAG/BEVIS", font=BOLD, before=16, keep=1)
    f.line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=9)
    for label, value in (
        ("Organ", m.board),
        ("Sammanträdesdatum", m.date),
        ("Datum då anslaget sätts upp", m.posted[0]),
        ("Datum då anslaget tas ned", m.posted[1]),
        ("Förvaringsplats för protokollet", f"Kommunhuset, {m.municipality.split()[0]}"),
    ):
        f.line(label, size=9, extra=((COL, value, REG),))
    f.line("Ärendeförteckning", font=BOLD, size=12, new_page=True)
    toc = [(f.line(f"§ {p.number}  {p.title}", before=5), str(p.number)) for p in m.paragraphs]
    for k, p in enumerate(m.paragraphs):
        item = f.begin_item(str(p.number), p.title, p.dnr)
        dnr = ((COL - 95, f"Dnr {p.dnr}", REG),) if p.dnr else ()
        item.ln = f.line(f"§ {p.number}", font=BOLD, size=12, before=20, new_page=k == 0, keep=2, extra=dnr)
        f.para(p.title, font=BOLD, size=12, before=2)
        render_blocks(f, p.blocks, 0)
    f.paginate(top=H - 100, bottom=80)
    starts = {i.number: i.ln.page for i in f.items if i.ln}
    for ln, number in toc:
        ln.leader = str(starts[number])
    return f


def board_furniture(m: BoardMeeting) -> Furniture:
    """The running header (with the § in progress on item pages) and the signature boxes."""

    def draw(c: canvas.Canvas, page: int, total: int, lines: list[Ln]) -> None:
        current = next((ln.item for ln in lines if ln.item), None)
        c.setFont(BOLD, 11)
        c.drawString(LEFT, H - 45, m.municipality.upper())
        c.setFont(BOLD, 9)
        c.drawString(LEFT + 200, H - 45, "SAMMANTRÄDESPROTOKOLL")
        c.setFont(REG, 9)
        c.drawString(LEFT + 390, H - 45, f"Sida {page} ({total})")
        c.drawString(LEFT, H - 58, m.board)
        c.drawString(LEFT + 200, H - 58, f"Sammanträdesdatum {m.date}")
        if current:
            c.drawString(LEFT + 390, H - 58, f"§ {current}")
        c.setLineWidth(0.5)
        c.line(LEFT, H - 66, W - RIGHT, H - 66)
        c.setFont(REG, 7)
        for x, label in ((0, "Justerandes sign"), (300, "Utdragsbestyrkande")):
            c.rect(LEFT + x, 40, 120, 22)
            c.drawString(LEFT + x, 30, label)

    return draw


def standard_paragraphs(first: int, justerare: Politician) -> tuple[Paragraph, Paragraph]:
    return (
        Paragraph(
            first,
            "Val av justerare",
            None,
            (
                Heading("Beslut"),
                D(
                    f"Kommunstyrelsen beslutar att utse {justerare.person.name} ({justerare.party}) att jämte "
                    "ordföranden justera dagens protokoll."
                ),
            ),
        ),
        Paragraph(
            first + 1,
            "Godkännande av dagordning",
            None,
            (Heading("Beslut"), D("Kommunstyrelsen beslutar att godkänna dagordningen.")),
        ),
    )


def closing_paragraphs(first: int, messages: tuple[str, ...]) -> tuple[Paragraph, Paragraph]:
    return (
        Paragraph(
            first,
            "Redovisning av delegationsbeslut",
            "KS 2024/41",
            (
                Heading("Ärendebeskrivning"),
                "Beslut som fattats med stöd av kommunstyrelsens delegationsordning redovisas för kommunstyrelsen.",
                Heading("Beslut"),
                D("Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna."),
            ),
        ),
        Paragraph(
            first + 1,
            "Meddelanden",
            "KS 2024/12",
            (
                Heading("Ärendebeskrivning"),
                "Följande handlingar redovisas för kännedom:",
                *(Bullet(text) for text in messages),
                Heading("Beslut"),
                D("Kommunstyrelsen beslutar att lägga meddelandena till handlingarna."),
            ),
        ),
    )


KUMLA = "Kumla kommun"
JORGEN = Politician(Person("Jörgen Persson"), "M", "vice ordförande")
HANS = Politician(Person("Hans Brodin"), "C")
ROGER = Politician(Person("Roger Sundqvist"), "SD")
ELISABETH = Politician(Person("Elisabeth Ahl"), "V")
KUMLA_CORE = (
    Politician(KARIN_KUMLA, "S", "ordförande"),
    JORGEN,
    Politician(LEIF, "S"),
    Politician(Person("Anette Wikström"), "S"),
    Politician(Person("Tommy Bengtsson"), "S"),
    HANS,
    Politician(Person("Margareta Olofsson"), "KD"),
)
LISA = Official(Person("Lisa Bäck"), "sekreterare", organization=KUMLA)

BOARD_MEETINGS = (
    BoardMeeting(
        municipality=KUMLA,
        date="2024-05-13",
        place_time="Kommunhuset, Kumla, kl. 13.00–15.30",
        deciding=(*KUMLA_CORE, ROGER, ELISABETH),
        serving=(
            Politician(Person("Camilla Hult"), "M", replaces="Pernilla Svensk (M)"),
            Politician(Person("Ali Demir"), "S", replaces="Ove Lindberg (S)"),
        ),
        not_serving=(Politician(Person("Linda Fransson"), "C"), Politician(Person("Kent Ekström"), "SD")),
        others=(EVA_G, Official(Person("Martin Öhrn"), "ekonomichef", organization=KUMLA, note="§ 103"), LISA),
        justerare=JORGEN.person,
        adjusted="Kommunhuset, 2024-05-16",
        posted=("2024-05-17", "2024-06-08"),
        paragraphs=(
            *standard_paragraphs(101, JORGEN),
            Paragraph(
                103,
                "Årsredovisning 2023 för Kumla kommun",
                "KS 2024/87",
                (
                    Heading("Ärendebeskrivning"),
                    "Kommunstyrelseförvaltningen har upprättat årsredovisning för 2023. Årets resultat uppgår till "
                    "{23,4 miljoner kronor|23400000}, vilket är {2,3 miljoner kronor|2300000} bättre än budgeterat. "
                    "Nettoinvesteringarna uppgick till {96,1 miljoner kronor|96100000}, där ombyggnaden av "
                    "Sörbyskolan var den största enskilda investeringen.",
                    "Balanskravsresultatet är positivt och kommunen uppfyller fyra av fem finansiella mål. "
                    "Soliditeten inklusive pensionsförpliktelser uppgår till 38 procent. Nämnderna redovisar "
                    "sammantaget ett underskott mot budget på {4,8 miljoner kronor|4800000}, främst inom "
                    "socialnämnden.",
                    "Ekonomichef Martin Öhrn föredrar ärendet.",
                    Heading("Beslutsunderlag"),
                    "Tjänsteskrivelse 2024-04-22",
                    "Årsredovisning 2023 för Kumla kommun",
                    Heading("Förslag till beslut"),
                    "Kommunstyrelseförvaltningen föreslår att kommunstyrelsen föreslår kommunfullmäktige att "
                    "godkänna årsredovisningen för 2023 samt att reservera {2,3 miljoner kronor|2300000} till "
                    "resultatutjämningsreserven.",
                    Heading("Yrkanden"),
                    "Karin Nilsson (S) yrkar bifall till förvaltningens förslag.",
                    Heading("Beslut"),
                    Att(
                        "Kommunstyrelsen föreslår kommunfullmäktige besluta",
                        (
                            "godkänna årsredovisningen 2023 för Kumla kommun",
                            "reservera {2,3 miljoner kronor|2300000} av årets resultat till resultatutjämningsreserven",
                        ),
                        och=True,
                    ),
                    Heading("Beslutet skickas till"),
                    "Kommunfullmäktige",
                ),
            ),
            Paragraph(
                104,
                "Ansökan om bidrag till Kumla Folkets husförening",
                "KS 2024/112",
                (
                    Heading("Ärendebeskrivning"),
                    "Kumla Folkets husförening ansöker om ett bidrag om {12 500 kr|12500} för att ersätta "
                    "ljudanläggningen i stora salen. Föreningen hade drygt 300 arrangemang under 2023 och står själv "
                    "för halva kostnaden.",
                    Heading("Beslut"),
                    D(
                        "Kommunstyrelsen beslutar att bevilja Kumla Folkets husförening ett bidrag om {12 500 kr|12500}."
                    ),
                ),
            ),
            Paragraph(
                105,
                "Tilläggsanslag för ombyggnad av Sörbyskolans kök",
                "KS 2024/123",
                (
                    Heading("Ärendebeskrivning"),
                    "Ombyggnaden av köket på Sörbyskolan har blivit dyrare än beräknat, bland annat på grund av krav "
                    "på förstärkt ventilation. Merkostnaden beräknas till {1 257 036,00 kronor|1257036} utöver "
                    "beviljad budget.",
                    Heading("Förslag till beslut"),
                    "Kommunstyrelseförvaltningen föreslår att kommunstyrelsen beviljar tilläggsanslaget.",
                    Heading("Yrkanden"),
                    "Karin Nilsson (S) yrkar bifall till förvaltningens förslag. Roger Sundqvist (SD) yrkar avslag.",
                    Heading("Beslutsgång"),
                    "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
                    "förvaltningens förslag.",
                    Heading("Beslut"),
                    Att(
                        "Kommunstyrelsen beslutar",
                        (
                            "bevilja samhällsbyggnadsförvaltningen ett tilläggsanslag om {1 257 036,00 kronor|1257036} "
                            "för ombyggnad av Sörbyskolans kök",
                            "tilläggsanslaget finansieras ur kommunstyrelsens investeringsreserv",
                        ),
                    ),
                    Heading("Reservation"),
                    "Roger Sundqvist (SD) reserverar sig mot beslutet.",
                ),
            ),
            Paragraph(
                106,
                "Överenskommelse om samverkan i familjecentraler 2024–2027",
                "KS 2024/130",
                (
                    Heading("Ärendebeskrivning"),
                    "Region Örebro län och kommunerna i södra länsdelen har tagit fram en ny överenskommelse om "
                    "samverkan i familjecentraler. Den ska gälla från och med den 1 juli 2024 och ersätter den "
                    "tidigare överenskommelsen. För Kumla kommun innebär den inga ökade kostnader.",
                    Heading("Beslutsunderlag"),
                    "Överenskommelse om samverkan i familjecentraler i Örebro län 2024–2027",
                    Heading("Beslut"),
                    D(
                        "Kommunstyrelsen beslutar att godkänna överenskommelsen om samverkan i familjecentraler i "
                        "Örebro län 2024–2027."
                    ),
                ),
            ),
            *closing_paragraphs(
                107,
                (
                    "Protokoll från Specifika samverkansrådet för folkhälsa 2024-03-08",
                    "Cirkulär från Sveriges Kommuner och Regioner",
                ),
            ),
        ),
    ),
    BoardMeeting(
        municipality=KUMLA,
        date="2024-06-10",
        place_time="Kommunhuset, Kumla, kl. 13.00–16.00",
        deciding=(
            *KUMLA_CORE,
            Politician(Person("Pernilla Svensk"), "M"),
            Politician(Person("Ove Lindberg"), "S"),
            ELISABETH,
        ),
        serving=(Politician(Person("Kent Ekström"), "SD", replaces="Roger Sundqvist (SD)"),),
        not_serving=(
            Politician(Person("Linda Fransson"), "C"),
            Politician(Person("Ali Demir"), "S"),
            Politician(Person("Camilla Hult"), "M"),
        ),
        others=(EVA_G, Official(Person("Sara Nyman"), "folkhälsostrateg", organization=KUMLA, note="§ 113"), LISA),
        justerare=HANS.person,
        adjusted="Kommunhuset, 2024-06-13",
        posted=("2024-06-14", "2024-07-06"),
        paragraphs=(
            *standard_paragraphs(109, HANS),
            Paragraph(
                111,
                "Ekonomisk uppföljning per april 2024",
                "KS 2024/140",
                (
                    Heading("Ärendebeskrivning"),
                    "Prognosen för helåret visar ett överskott om {8,7 miljoner kronor|8700000}, vilket är "
                    "{3,1 miljoner kronor|3100000} lägre än budgeterat resultat. Socialnämnden prognostiserar ett "
                    "underskott om {4,2 miljoner kronor|4200000}, främst till följd av ökade kostnader för "
                    "placeringar av barn och unga.",
                    "Investeringarna beräknas uppgå till {112 miljoner kronor|112000000} mot en budget om "
                    "{140 miljoner kronor|140000000}.",
                    Heading("Beslut"),
                    Att(
                        "Kommunstyrelsen beslutar",
                        (
                            "godkänna den ekonomiska uppföljningen per april 2024",
                            "uppdra åt socialnämnden att senast i september redovisa åtgärder för en budget i balans",
                        ),
                        och=True,
                    ),
                ),
            ),
            Paragraph(
                112,
                "Svar på motion om fler utegym",
                "KS 2024/98",
                (
                    Heading("Ärendebeskrivning"),
                    "Elisabeth Ahl (V) har i en motion föreslagit att kommunen bygger ett utegym i varje tätort. "
                    "Tekniska förvaltningen bedömer att ett utegym kostar cirka {350 000 kronor|350000} och att två "
                    "nya utegym ryms i investeringsplanen för 2025.",
                    Heading("Förslag till beslut"),
                    "Kommunstyrelseförvaltningen föreslår att motionen ska anses besvarad.",
                    Heading("Yrkanden"),
                    "Elisabeth Ahl (V) yrkar bifall till motionen. Jörgen Persson (M) yrkar bifall till "
                    "förvaltningens förslag.",
                    Heading("Beslutsgång"),
                    "Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller "
                    "förvaltningens förslag.",
                    Heading("Beslut"),
                    D("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad."),
                    Heading("Reservation"),
                    "Elisabeth Ahl (V) reserverar sig till förmån för eget yrkande.",
                ),
            ),
            Paragraph(
                113,
                "Folkhälsoplan 2024–2027 för Kumla kommun",
                "KS 2024/151",
                (
                    Heading("Ärendebeskrivning"),
                    "Folkhälsostrateg Sara Nyman föredrar ärendet. Planen bygger på länets överenskommelse om "
                    "samverkan för folkhälsa och har tre fokusområden: barns och ungas uppväxtvillkor, psykisk hälsa "
                    "och goda levnadsvanor.",
                    "För genomförandet avsätts {250 000 kronor|250000} per år inom kommunstyrelsens budget.",
                    Heading("Beslut"),
                    Att(
                        "Kommunstyrelsen beslutar",
                        (
                            "anta folkhälsoplan 2024–2027 för Kumla kommun",
                            "ge kommunchefen i uppdrag att årligen följa upp planen",
                            "planens insatser finansieras inom befintlig budgetram",
                        ),
                    ),
                ),
            ),
            *closing_paragraphs(
                114,
                (
                    "Protokoll från Sydnärkes utbildningsförbund 2024-05-22",
                    "Beslut från Länsstyrelsen i Örebro län om statsbidrag",
                ),
            ),
        ),
    ),
)


# --------------------------------------------------------------------------- minutes, agreement, directive
@dataclass(frozen=True)
class Minutes:
    """Minnesanteckningar of an officials' group: "Närvarande:" and numbered points.

    Those present are the group's members: role "ledamot", with their job title and organisation.
    """

    body: str
    date: str
    when: tuple[str, ...]
    present: tuple[Official, ...]
    secretary: Official
    points: tuple[tuple[str, tuple], ...]

    @property
    def stem(self) -> str:
        return f"chefsgrupp-folkhalsa_{self.date}_minnesanteckningar"


def render_minutes(m: Minutes) -> Flow:
    f = Flow()
    f.line("Minnesanteckningar", font=BOLD, size=16)
    f.line(m.body, font=BOLD, size=12, before=4)
    for k, text in enumerate(m.when):
        f.line(text, before=12 if k == 0 else 0)
    f.line("Närvarande:", font=BOLD, before=12, keep=1)
    for o in m.present:
        rows = f.para(
            f"{o.person.name}, {o.title}, {written_org(o.organization, sloppy=True)}", hang=8, before=0, together=True
        )
        f.person(rows[0], o.person.name, "ledamot", o.organization, o.title)
    for number, (title, blocks) in enumerate(m.points, 1):
        render_numbered_item(f, str(number), title, blocks, own_line=False)
    f.line("Vid anteckningarna", font=BOLD, before=24, keep=1)
    f.person(f.line(m.secretary.person.name), m.secretary.person.name, "sekreterare", m.secretary.organization)
    f.paginate(top=H - 70, bottom=64)
    return f


@dataclass(frozen=True)
class Signature:
    person: Person
    title: str
    place: str
    date: str


@dataclass(frozen=True)
class Agreement:
    """An överenskommelse: parties, text, validity and one signature block per party."""

    stem: str
    title: str
    parties: tuple[str, ...]  # Region Örebro län first, as the "Parter:" line prints them
    blocks: tuple
    valid_from: str
    valid_to: str
    termination: str
    signatures: tuple[tuple[str, tuple[Signature, ...]], ...]


def render_agreement(a: Agreement) -> Flow:
    f = Flow()
    f.para(a.title, font=BOLD, size=16, before=0)
    first, *rest = a.parties
    f.para(f"Parter: {first} och {', '.join(rest[:-1])} och {rest[-1]}", before=14)
    f.para("(nedan kallade parterna)", before=0)
    render_blocks(f, (*a.blocks, Heading("Giltighet och uppsägning")), 0)
    f.para(f"Denna överenskommelse gäller från och med {a.valid_from} t o m {a.valid_to}. {a.termination}")
    f.line("Underskrifter", font=BOLD, size=12, before=18, keep=1)
    f.para("Denna överenskommelse har upprättats i likalydande exemplar, av vilka parterna har tagit var sitt.")
    for org, signatures in a.signatures:
        f.line(org, font=BOLD, before=16, keep=4 * len(signatures))
        for s in signatures:
            f.line(f"{s.place} {s.date}", before=6)
            f.line(DOTS[:45], before=14)
            f.line(s.person.name)
            f.line(s.title)
    f.paginate(top=H - 70, bottom=64)
    return f


def agreement_golden(a: Agreement) -> dict:
    return {
        "parties": list(a.parties),
        "valid_from": a.valid_from,
        "valid_to": a.valid_to,
        "signatories": [
            {"name": s.person.name, "title": s.title, "organization": org}
            for org, signatures in a.signatures
            for s in signatures
        ],
    }


@dataclass(frozen=True)
class Directive:
    """An uppdragsdirektiv: numbered sections (not agenda items) and a validity sentence."""

    stem: str
    title: str
    decided_by: str
    decided_on: str
    valid_from: str
    sections: tuple[tuple[str, tuple], ...]


def render_directive(d: Directive) -> Flow:
    f = Flow()
    f.para(d.title, font=BOLD, size=16, before=0)
    f.line(f"Beslut i {d.decided_by} {d.decided_on}", before=8)
    validity = (
        f"Detta uppdragsdirektiv gäller från och med {d.valid_from}.",
        "Direktivet ska ses över när överenskommelserna om folkhälsa förnyas.",
    )
    for number, (heading, blocks) in enumerate((*d.sections, ("Giltighet", validity)), 1):
        f.line(f"{number}. {heading}", font=BOLD, size=11, before=14, keep=1)
        render_blocks(f, blocks, 0)
    f.paginate(top=H - 70, bottom=64)
    return f


MINUTES = Minutes(
    body="Chefsgrupp folkhälsa",
    date="2024-02-16",
    when=("Datum: 2024-02-16", "Tid: kl. 13.00–15.00", "Plats: Regionens hus, Örebro, och via Teams"),
    present=(
        MAGNUS,
        CECILIA,
        Official(Person("Anders Vikström"), "folkhälsostrateg", organization=KUMLA),
        Official(Person("Helena Ståhl"), "folkhälsosamordnare", organization="Nora kommun"),
        Official(Person("Per Malm"), "socialchef", organization="Hallsbergs kommun"),
        Official(Person("Lotta Grip"), "folkhälsoutvecklare", organization="Askersunds kommun"),
        Official(Person("Jenny Åkesson"), "verksamhetsutvecklare", organization="RF-SISU Örebro län"),
        TOVE,
    ),
    secretary=TOVE,
    points=(
        ("Föregående minnesanteckningar", (D("Gruppen beslutade att lägga minnesanteckningarna till handlingarna."),)),
        (
            "Medel för psykisk hälsa 2024",
            (
                "Gruppen diskuterade fördelningen inför rådets möte den 8 mars. Länsdelarnas behov skiljer sig åt, "
                "men modellen från 2023 har fungerat väl.",
                D("Gruppen beslutade att föreslå rådet att {3 mnkr|3000000} tilldelas varje länsdel även 2024."),
            ),
        ),
        (
            "Sökbara medel för civilsamhället",
            (
                "Jenny Åkesson redovisade att det har kommit in 14 ansökningar om sammanlagt "
                "{1,8 miljoner kronor|1800000}.",
                D("Gruppen beslutade att bevilja sju ansökningar om totalt {900 000 kronor|900000}."),
                "Besked lämnas till de sökande senast den 1 mars.",
            ),
        ),
        (
            "Familjecentraler",
            (
                "Cecilia Åström informerade om att överenskommelsen nu behandlas av parterna. Kumla kommun planerar "
                "att fatta beslut i kommunstyrelsen i maj.",
            ),
        ),
        ("Nästa möte", ("Nästa möte hålls den 12 april 2024 kl. 13.00–15.00.",)),
    ),
)

AGREEMENT = Agreement(
    stem="overenskommelse_familjecentraler_2024",
    title="Överenskommelse om samverkan i familjecentraler i Örebro län 2024–2027",
    parties=(REGION, "Askersunds kommun", "Hallsbergs kommun", KUMLA, "Laxå kommun", "Lekebergs kommun"),
    valid_from="2024-07-01",
    valid_to="2027-06-30",
    termination="Part som vill säga upp överenskommelsen ska meddela övriga parter skriftligen. Uppsägningstiden "
    "är tolv månader. Ändringar och tillägg ska vara skriftliga och godkända av samtliga parter.",
    blocks=(
        Heading("Bakgrund"),
        "En familjecentral samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänstens förebyggande "
        "arbete på ett ställe. Samverkan i familjecentraler har i länet reglerats i en gemensam överenskommelse "
        "som nu ersätts av denna.",
        Heading("Syfte"),
        "Syftet är att blivande och nyblivna föräldrar och barn upp till sex år ska få ett samlat stöd nära "
        "hemmet, och att skillnaderna i hälsa mellan barn som växer upp under olika villkor ska minska.",
        Heading("Parternas åtaganden"),
        Bullet("Region Örebro län ansvarar för mödrahälsovård och barnhälsovård i familjecentralen."),
        Bullet("Kommunen ansvarar för öppen förskola och för socialtjänstens förebyggande arbete."),
        Bullet("Parterna utser gemensamt en samordnare för varje familjecentral."),
        Bullet("Kostnaden för gemensamma lokaler delas i förhållande till den yta varje part använder."),
        Heading("Finansiering"),
        "Region Örebro län bidrar med {150 000 kronor|150000} per år till gemensam kompetensutveckling för "
        "personalen i länsdelens familjecentraler. Övriga kostnader bärs av respektive part inom ordinarie budget.",
        Heading("Uppföljning"),
        "Överenskommelsen följs upp årligen av Chefsgrupp folkhälsa och redovisas för Specifika "
        "samverkansrådet för folkhälsa.",
    ),
    signatures=(
        (
            REGION,
            (
                Signature(Person("Gustav Ahlström"), "Regionstyrelsens ordförande", "Örebro", "2024-06-20"),
                Signature(Person("Annika Westberg"), "Regiondirektör", "Örebro", "2024-06-20"),
            ),
        ),
        (
            "Askersunds kommun",
            (
                Signature(
                    FIRST_SEATS["Askersunds kommun"][0], "Kommunstyrelsens ordförande", "Askersund", "2024-05-30"
                ),
                Signature(Person("Per Gustafsson"), "Kommunchef", "Askersund", "2024-05-30"),
            ),
        ),
        (
            "Hallsbergs kommun",
            (
                Signature(Person("Anders Wester"), "Kommunstyrelsens ordförande", "Hallsberg", "2024-06-03"),
                Signature(Person("Malin Ekman"), "Kommundirektör", "Hallsberg", "2024-06-03"),
            ),
        ),
        (
            KUMLA,
            (
                Signature(KARIN_KUMLA, "Kommunstyrelsens ordförande", "Kumla", "2024-05-20"),
                Signature(EVA_G.person, "Kommunchef", "Kumla", "2024-05-20"),
            ),
        ),
        (
            "Laxå kommun",
            (Signature(FIRST_SEATS["Laxå kommun"][0], "Kommunstyrelsens ordförande", "Laxå", "2024-06-05"),),
        ),
        (
            "Lekebergs kommun",
            (
                Signature(FIRST_SEATS["Lekebergs kommun"][0], "Kommunstyrelsens ordförande", "Fjugesta", "2024-06-11"),
                Signature(Person("Jessica Falk"), "Kommunchef", "Fjugesta", "2024-06-11"),
            ),
        ),
    ),
)

DIRECTIVE = Directive(
    stem="uppdragsdirektiv_chefsgrupp-folkhalsa",
    title="Uppdragsdirektiv för Chefsgrupp folkhälsa",
    decided_by="Regionala chefsamverkansgruppen (KC/RD)",
    decided_on="2022-11-03",
    valid_from="2023-01-01",
    sections=(
        (
            "Bakgrund",
            (
                "Specifika samverkansrådet för folkhälsa är ett politiskt forum där länets kommuner, Region Örebro "
                "län, RF-SISU Örebro län och Örebro läns bildningsförbund möts i frågor om folkhälsa. Rådet behöver "
                "stöd av tjänstepersoner som bereder frågor och genomför rådets uppdrag.",
                "Regionala chefsamverkansgruppen (KC/RD) beslutar hur stödet till de politiska samverkansråden "
                "organiseras. Detta direktiv beskriver uppdraget för Chefsgrupp folkhälsa.",
            ),
        ),
        (
            "Uppgifter",
            (
                "Chefsgruppen ska:",
                Bullet("bereda ärenden inför rådets möten"),
                Bullet("verkställa uppdrag från rådet och från KC/RD"),
                Bullet("följa upp länets överenskommelser om folkhälsa och om familjecentraler"),
                Bullet("ta fram och revidera den gemensamma samverkansplanen för god och jämlik hälsa"),
                Bullet("fördela sökbara medel enligt de kriterier som rådet har fastställt"),
            ),
        ),
        (
            "Sammansättning",
            (
                "Chefsgruppen består av en chef med ansvar för folkhälsoarbetet från varje kommun, en representant "
                "vardera från RF-SISU Örebro län och Örebro läns bildningsförbund samt områdeschefen för Välfärd och "
                "folkhälsa vid Region Örebro län, som också är sammankallande.",
            ),
        ),
        (
            "Samarbetsformer",
            (
                "Gruppen träffas minst fyra gånger per år. Minnesanteckningar förs vid varje möte och publiceras på "
                "regionens webbplats. Gruppen strävar efter att fatta beslut i samförstånd.",
            ),
        ),
        (
            "Ekonomi",
            (
                "För gruppens gemensamma aktiviteter avsätts {300 000 kronor|300000} per år inom regionens anslag "
                "för folkhälsa. Varje organisation står för kostnaderna för sitt eget deltagande.",
            ),
        ),
        (
            "Rapportering",
            (
                "Gruppen rapporterar till Specifika samverkansrådet för folkhälsa vid varje möte och till KC/RD en "
                "gång per år.",
            ),
        ),
    ),
)


# --------------------------------------------------------------------------- truth and output
@dataclass
class Rendered:
    """One generated document: its PDF, its golden JSON and the flow it was drawn from."""

    stem: str
    pdf: bytes
    golden: dict
    flow: Flow


def meeting_truth(
    stem: str, body: str, owner: str, date: str, roster: list[Member], held: tuple[Member, ...] = ()
) -> dict:
    """Who sat where at one meeting; ``owner`` is the organisation the body belongs to.  ``held``
    are the members a tjänstgörande ersättare stood in for: they keep their seat, not listed."""
    return {
        "document": stem,
        "body": body,
        "owner": owner,
        "date": date,
        "members": [
            {
                "person": x.person.key,
                "name": x.person.name,
                "role": x.role,
                "organization": x.organization,
                "party": x.party,
                "as_printed": x.written,
                **({"held": True} if x in held else {}),
            }
            for x in [*roster, *held]
            if x.person
        ],
    }


# Elected seats are held between meetings: up to this many meetings in a row may leave a member
# unlisted without ending the spell, unless a mandate period (from 1 January 2019, 2023, …)
# begins in them.  The same rule as pipeline/memberships.py, written from the documents' facts.
MAX_GAP = 2
ELECTED_SEATS = ("ordförande", "vice ordförande", "ledamot", "ersättare")


def spells(meetings: list[dict]) -> list[dict]:
    """Runs of meetings of one body where a person held the same role for the same organisation
    (a seat held while stood in for counts, but not as a meeting that listed them)."""
    out: list[dict] = []
    for body, owner in dict.fromkeys((m["body"], m["owner"]) for m in meetings):
        mine = [m for m in meetings if (m["body"], m["owner"]) == (body, owner)]
        running: dict[tuple, tuple[int, dict]] = {}
        for k, m in enumerate(mine):
            for x in m["members"]:
                key = (x["person"], x["role"], x["organization"])
                listed = 0 if x.get("held") else 1
                last = running.get(key)
                gap = MAX_GAP + 1 if x["role"] in ELECTED_SEATS else 1
                if (
                    last
                    and k - last[0] <= gap
                    and not any(int(y) % 4 == 3 for y in range(int(last[1]["to"][:4]) + 1, int(m["date"][:4]) + 1))
                ):
                    last[1].update(to=m["date"], meetings=last[1]["meetings"] + listed)
                    running[key] = (k, last[1])
                else:
                    spell = {
                        "person": x["person"],
                        "role": x["role"],
                        "organization": x["organization"],
                        "body": body,
                        "owner": owner,
                        "from": m["date"],
                        "to": m["date"],
                        "meetings": listed,
                    }
                    out.append(spell)
                    running[key] = (k, spell)
    return sorted(out, key=lambda s: (s["person"], s["body"], s["from"], s["role"]))


def signed_spells(a: Agreement) -> list[dict]:
    """A board chair signing an agreement ("Kommunstyrelsens ordförande" for Kumla kommun) held
    that seat on the signing date: a spell known from the signature alone, with no meetings."""
    out = []
    for org, signatures in a.signatures:
        for s in signatures:
            m = re.fullmatch(r"(\w+)styrelsens (vice )?ordförande", s.title)
            if m:
                out.append(
                    {
                        "person": s.person.key,
                        "role": f"{m.group(2) or ''}ordförande",
                        "organization": org,
                        "body": f"{m.group(1)}styrelsen",
                        "owner": org,
                        "from": None,
                        "to": None,
                        "meetings": 0,
                        "signed": s.date,
                    }
                )
    return out


def build() -> tuple[list[Rendered], dict]:
    """Render every document; returns them with the memberships truth."""
    register_fonts()
    docs, meetings = [], []
    region = region_furniture(REGION_FOOTER)
    for m, roster in council_rosters(COUNCIL_MEETINGS):
        f = render_council(m, roster)
        pdf = write_pdf(f, region, title=f"Protokoll {COUNCIL} {m.date}", author=REGION)
        docs.append(Rendered(m.stem, pdf, f.golden("protokoll", "Protokoll", COUNCIL, m.date), f))
        meetings.append(meeting_truth(m.stem, COUNCIL, REGION, m.date, roster))
    politicians = {p.person.name: p for b in BOARD_MEETINGS for p in b.deciding}
    for b in BOARD_MEETINGS:
        roster = board_roster(b)
        f = render_board(b, roster)
        pdf = write_pdf(f, board_furniture(b), title=f"Sammanträdesprotokoll {b.board} {b.date}", author=b.municipality)
        docs.append(
            Rendered(
                b.stem, pdf, f.golden("protokoll", "Sammanträdesprotokoll", f"{b.board} {b.municipality}", b.date), f
            )
        )
        # "Ali Demir (S) ersätter Ove Lindberg (S)": Ove Lindberg keeps his seat, absent.
        held = tuple(
            Member(
                "", politicians[name].person, politicians[name].role, b.municipality, "", party=politicians[name].party
            )
            for p in b.serving
            if (name := re.sub(r"\s*\(.*", "", p.replaces)) in politicians
        )
        meetings.append(meeting_truth(b.stem, b.board, b.municipality, b.date, roster, held))
    f = render_minutes(MINUTES)
    pdf = write_pdf(f, region, title=f"Minnesanteckningar {MINUTES.body} {MINUTES.date}", author=REGION)
    docs.append(
        Rendered(MINUTES.stem, pdf, f.golden("minnesanteckningar", "Minnesanteckningar", MINUTES.body, MINUTES.date), f)
    )
    # Those present at the officials' group's meeting are its members (the secretary is one of them).
    present = [
        Member(
            "Närvarande",
            o.person,
            "ledamot",
            o.organization,
            f"{o.person.name}, {o.title}, {written_org(o.organization, sloppy=True)}",
            o.title,
        )
        for o in MINUTES.present
    ]
    meetings.append(meeting_truth(MINUTES.stem, MINUTES.body, REGION, MINUTES.date, present))
    f = render_agreement(AGREEMENT)
    pdf = write_pdf(f, region_furniture(AGREEMENT.title), title=AGREEMENT.title, author=REGION)
    docs.append(
        Rendered(
            AGREEMENT.stem,
            pdf,
            f.golden("overenskommelse", AGREEMENT.title, None, None, agreement_golden(AGREEMENT)),
            f,
        )
    )
    f = render_directive(DIRECTIVE)
    pdf = write_pdf(f, region, title=DIRECTIVE.title, author=REGION)
    directive = {"parties": [], "valid_from": DIRECTIVE.valid_from, "valid_to": None, "signatories": []}
    docs.append(
        Rendered(
            DIRECTIVE.stem, pdf, f.golden("uppdragsdirektiv", DIRECTIVE.title, None, DIRECTIVE.decided_on, directive), f
        )
    )
    people = {x["person"]: x["name"] for m in meetings for x in m["members"]}
    truth = {
        "story": STORY,
        "people": dict(sorted(people.items())),
        "meetings": meetings,
        "spells": sorted(
            spells(meetings) + signed_spells(AGREEMENT),
            key=lambda s: (s["person"], s["body"], s["from"] or "", s["role"]),
        ),
    }
    return docs, truth


def dump(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def output_files() -> dict[str, bytes]:
    """Every generated file by its path relative to the repository root."""
    docs, truth = build()
    files = {f"raw/{d.stem}.pdf": d.pdf for d in docs}
    files |= {f"tests/golden/{d.stem}.json": dump(d.golden) for d in docs}
    files["tests/golden/memberships_truth.json"] = dump(truth)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="write raw/ and tests/golden/ under this directory")
    args = parser.parse_args(argv)
    files = output_files()
    for rel, data in files.items():
        path = args.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(files)} files under {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
