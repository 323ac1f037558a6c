"""SEEN variants in house styles of Swedish public bodies, written blind (from how the bodies
print their documents, not from what the parser reads), mixing everyday forms of rosters, item
headings and decisions: a collaboration council of Region Örebro län in the region's protocol
template (the members two to a line with party and organisation, "Tjänstgörande ersättare"
with "(ersätter Name (M))", "Övriga deltagare" with long titles and units, "§ 12" with
"Diarienummer: 25RS1234" under it, "Rådets beslut" as numbered points or a proposal to the
region and the municipalities); a municipal nämnd whose front page says "Beslutande: Se
bilaga" and whose roster is a ruled "Närvaro- och omröstningslista" after the last item; a
kommunstyrelsens arbetsutskott with an "Ärendelista" (with page numbers) on page one and items
"Ärende 3" whose "Utskottets beslut" follows "Förvaltningens förslag"; KC/RD notes whose
points and decisions are all one ruled table "Punkt | Ärende | Beslut/åtgärd"; a municipal
company's board or a kommunalförbund's direktion with the roster as running text ("Närvarande:
A (S), ordförande, B (M) och C (C); dessutom deltog D, verkställande direktör"), items "4 §"
and decisions "Styrelsen beslutade att …", "Beslöts att …"; a kommunfullmäktige protocol with
the roster grouped under the parties' full names, interpellations and answered motions, and a
running header that names the paragraphs on each page ("§§ 47–49").

Gold conventions are those of parts.py, house6.py and house7.py: one entry per (person, role),
names given name first; absent members ("Förhinder", "–" in a Närvarande column) are not
participants; a serving substitute is "ersättare" and the member replaced is not a
participant; officials are "tjänsteperson" with their title; guests from other organisations
(Länsstyrelsen, the federations) are "övrig"; members of an officials' group carry their title;
the secretary or note-taker is "sekreterare" (with the title, and "tjänsteperson" too, when
listed among the officials); every justerare is "justerare"; a direktion's members belong to
their municipality, a company's board members to the company, the officials to the förbund or
company.  Decisions are recorded verbatim; a lead with att-clauses or numbered clauses
("Rådet beslutar" over "1. att godkänna …,") gives "<lead> att <clause>" without the clause's
punctuation; numbered whole sentences give each sentence; "Beslut: X" gives X; proposals
("Förslag till beslut", "Förvaltningens förslag", "Kommunstyrelsens förslag"), Yrkanden,
Beslutsgång, Omröstning and "Åtgärd: …" are not decisions.  A table of contents is no item.
"4 §" is item "4".  Titles: "Protokoll" when the kind word shares its line with other fields,
"Protokoll 2025-03-14" when the heading carries the date.

People come from this file's own name lists (``Cast8``).  Each variant is a function
``rng -> Rendered`` registered in ``HOUSE8`` (make.py adds them to the seen part).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .layouts import Rendered, Variant, beside, glued, registry
from .parts import page_label
from .people import Person
from .render import GLUE, Flow, H, Ln, Style, W, wrap

HOUSE8: list[Variant] = []
variant = registry(HOUSE8)

# --------------------------------------------------------------------------- people
GIVEN8 = (
    "Alice",
    "Amanda",
    "Ann-Sofie",
    "Beatrice",
    "Birgit",
    "Caroline",
    "Doris",
    "Ellen",
    "Emelie",
    "Erika",
    "Gabriella",
    "Harriet",
    "Ida",
    "Inger",
    "Jannike",
    "Karin",
    "Lena",
    "Lisa",
    "Louise",
    "Maj-Britt",
    "Margareta",
    "Monica",
    "Nathalie",
    "Pia",
    "Ragnhild",
    "Sofia",
    "Solveig",
    "Therese",
    "Ulla",
    "Viveka",
    "Zeynep",
    "Aylin",
    "Amir",
    "Bengt",
    "Christer",
    "Dan",
    "Erik",
    "Fredrik",
    "Göran",
    "Henrik",
    "Ingemar",
    "Jesper",
    "Johan",
    "Karl-Erik",
    "Lars",
    "Magnus",
    "Mikael",
    "Niklas",
    "Ola",
    "Patrik",
    "Roger",
    "Stefan",
    "Sten-Åke",
    "Tommy",
    "Ulf",
    "Waldemar",
    "Yusuf",
    "Örjan",
    "Mehmet",
    "Hans-Olov",
)
FAMILY8 = (
    "Adolfsson",
    "Andersson",
    "Bengtsson",
    "Blom",
    "Borg",
    "Danielsson",
    "Ek",
    "Engström",
    "Forsberg",
    "Gustavsson",
    "Hedlund",
    "Holm",
    "Höglund",
    "Jansson",
    "Johansson",
    "Karlsson",
    "Lilja",
    "Lundberg",
    "Lundgren",
    "Mattsson",
    "Nilsson",
    "Nordin",
    "Olofsson",
    "Persson",
    "Rask",
    "Sandberg",
    "Sjöberg",
    "Ström",
    "Sundqvist",
    "Söderberg",
    "Teglund",
    "Ullberg",
    "Vall",
    "Wallin",
    "Westerberg",
    "Åberg",
    "Åhlén",
    "Örn",
    "Östberg",
    "Brattström",
    "Dahlgren",
    "Fors",
    "Granath",
    "Hägg",
    "Kärr",
    "Lövgren",
    "Malm",
    "Nyberg",
    "Rosén",
    "Stålhammar",
    "Tuvesson",
    "Yilmaz",
    "Demir",
    "Heikkinen",
    "Lind Forsberg",
    "Holm-Ek",
    "Åberg Nyberg",
    "von Platen",
    "af Klinteberg",
    "Sjö-Malm",
)
PARTY_WEIGHTS8 = (("S", 30), ("M", 19), ("SD", 17), ("C", 10), ("V", 8), ("KD", 7), ("L", 4), ("MP", 5))
PARTY_NAMES = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "SD": "Sverigedemokraterna",
    "C": "Centerpartiet",
    "V": "Vänsterpartiet",
    "KD": "Kristdemokraterna",
    "L": "Liberalerna",
    "MP": "Miljöpartiet de gröna",
}


class Cast8:
    """People for one document; no full name and, while the list lasts, no family name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.families: set[str] = set()

    def person(self) -> Person:
        while True:
            given, family = self.rng.choice(GIVEN8), self.rng.choice(FAMILY8)
            name = f"{given} {family}"
            if name in self.names or (family in self.families and len(self.families) < 50):
                continue
            self.names.add(name)
            self.families.add(family)
            return Person(given, family)

    def party(self) -> str:
        return self.rng.choices([p for p, _ in PARTY_WEIGHTS8], [w for _, w in PARTY_WEIGHTS8])[0]


@dataclass
class Pol:
    """A member (politician, or an officials' group member with a title) on a roster."""

    person: Person
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    org: str
    party: str | None = None
    rank: str = ""
    replaces: Pol | None = None
    title: str | None = None

    @property
    def name(self) -> str:
        return self.person.name

    def np(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name


@dataclass
class Off:
    """An official or a guest with a job title (and a unit)."""

    person: Person
    title: str
    org: str
    role: str = "tjänsteperson"
    unit: str = ""

    @property
    def name(self) -> str:
        return self.person.name


def rec(f: Flow, ln: Ln, who: Pol | Off, role: str | None = None) -> None:
    f.person(ln, who.name, role or who.role, who.org, who.title)


def rec_sec(f: Flow, ln: Ln, sec: Off, listed: bool) -> None:
    f.person(ln, sec.name, "sekreterare", sec.org, sec.title if listed else None)


def rec_just(f: Flow, ln: Ln, j: Pol) -> None:
    f.person(ln, j.name, "justerare", j.org)


def role_word(s: Pol) -> str:
    if s.role == "ordförande":
        return "ordförande"
    if s.role == "vice ordförande":
        return f"{s.rank + ' ' if s.rank else ''}vice ordförande"
    return ""


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


@dataclass
class It8:
    """An agenda item: text, the decision's acts (infinitive phrases) or a ready sentence."""

    number: int
    title: str
    text: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    kind: str = "topic"  # topic | info | justerare | open | close | interpellation | motion
    sentence: str | None = None
    dnr: str | None = None
    up: bool = False  # the decision is a proposal to a higher body
    basis: tuple[str, ...] = ()
    sent: str = ""
    extra: dict = field(default_factory=dict)


def T(title: str, text: tuple[str, ...], acts: tuple[str, ...] = (), **kw) -> It8:
    return It8(0, title, text, acts, **kw)


def number_items(items: list[It8], first: int) -> list[It8]:
    for k, it in enumerate(items):
        it.number = first + k
    return items


def open_item(f: Flow, ln: Ln, number: str, title: str, dnr: str | None = None) -> None:
    """Open an item on a line already placed (its amounts belong to the item too)."""
    f.item(number, title, ln, dnr)
    f.amounts = [(w, v, number if line is ln else item, line) for w, v, item, line in f.amounts]


def running(f: Flow, pieces: list[tuple[str, object]], *, x: float = 0.0, before: float = 4.0, size=None) -> list[Ln]:
    """A paragraph joined from pieces; each piece's callback gets the row its text starts on."""
    text = "".join(t for t, _ in pieces)
    rows = f.para(text, x=x, before=before, size=size)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    pos = 0
    for t, cb in pieces:
        if cb is not None:
            k = pos + len(t) - len(t.lstrip())
            cb(rows[max(i for i, s in enumerate(starts) if s <= k)])
        pos += len(t)
    return rows


def joined(items: list[str], last: str = " och ", sep: str = ", ") -> list[str]:
    """Separators for a list in running text: the piece texts "A", ", B", " och C"."""
    return [(("" if k == 0 else last if k == len(items) - 1 else sep) + t) for k, t in enumerate(items)]


def cell_row(
    f: Flow,
    xs: list[float],
    cols: list[list[tuple[str, bool]]],
    *,
    x1: float | None = None,
    size: float | None = None,
    ruled: bool = True,
    before: float = 0.0,
    first=None,
) -> list[Ln]:
    """A table row whose cells hold paragraphs (text, bold) wrapping inside their columns;
    ``first`` is called with the row's first line before the others are placed."""
    size = size or f.style.size
    x1 = x1 if x1 is not None else f.style.width
    col_rows = []
    for k, paras in enumerate(cols):
        end = xs[k + 1] if k + 1 < len(xs) else x1
        rows = []
        for text, bold in paras:
            font = f.style.bold if bold else f.style.reg
            rows += [(xs[k], r.replace(GLUE, " "), bold) for r in wrap(glued(text), end - xs[k] - 8, font, size)]
        col_rows.append(rows)
    n = max(1, *(len(c) for c in col_rows))
    rule = (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:])) if ruled else None
    out = []
    for j in range(n):
        here = [c[j] for c in col_rows if j < len(c)] or [(xs[0], "", False)]
        (x0, t0, b0), *rest = here
        out.append(f.line(t0, x=x0, bold=b0, size=size, before=before if j == 0 else 0.0, rule=rule, cells=tuple(rest)))
        if j == 0 and first is not None:
            first(out[0])
    out[0].keep = n - 1
    return out


def sig_line(f: Flow, people: list[tuple[str, str]], *, before: float = 24.0) -> Ln:
    """Signatures side by side: dotted lines, the names, the roles; returns the names' line."""
    width = f.style.width / len(people)
    f.row([(k * width, "." * 30) for k in range(len(people))], before=before, keep=2)
    names = f.row([(k * width, name) for k, (_, name) in enumerate(people)], keep=1)
    f.row([(k * width, label) for k, (label, _) in enumerate(people)], size=8.5)
    return names


# =========================================================================== 1 region council
REGION_STAFF8 = (
    ("regional utvecklingsdirektör", "Förvaltningen regional utveckling"),
    ("hälso- och sjukvårdsdirektör", "Hälso- och sjukvårdsförvaltningen"),
    ("avdelningschef välfärd och folkhälsa", "Avdelningen välfärd och folkhälsa, Förvaltningen regional utveckling"),
    ("enhetschef social hållbarhet", "Enheten för social hållbarhet, Förvaltningen regional utveckling"),
    ("strateg för samverkan med kommunerna", "Regiondirektörens stab, Regionkansliet"),
    ("utvecklingsledare barn och unga", "Område nära vård, Hälso- och sjukvårdsförvaltningen"),
    ("controller", "Ekonomiavdelningen, Regionkansliet"),
)
SECRETARY8 = ("nämndsekreterare", "Nämndadministrationen, Regionkansliet")
GUESTS8 = (
    (C.LANSSTYRELSEN, "länsråd"),
    (C.LANSSTYRELSEN, "samordnare för social hållbarhet"),
    (C.RF_SISU, "distriktschef"),
    (C.OLBF, "förbundsrektor"),
)


def council_topics8(rng: random.Random, who: str) -> list[It8]:
    return [
        T(
            "Länsgemensam handlingsplan för suicidprevention",
            (
                f"{who} föredrog förslaget till länsgemensam handlingsplan för suicidprevention för de kommande "
                "fyra åren.",
                "Planen har tagits fram av en arbetsgrupp med företrädare för samtliga kommuner och regionen.",
                "Under det första året avsätts {780 000 kronor|780000} för utbildning av personal i skola och "
                "socialtjänst.",
            ),
            (
                "ställa sig bakom den länsgemensamma handlingsplanen för suicidprevention",
                "rekommendera länets kommuner och Region Örebro län att anta handlingsplanen",
                "uppdra åt chefsgruppen att årligen följa upp planen",
            ),
            basis=("Tjänsteskrivelse", "Förslag till handlingsplan"),
            sent="Länets kommuner, Chefsgrupp folkhälsa",
        ),
        T(
            "Gemensam finansiering av ungdomsmottagningarna",
            (
                "Ungdomsmottagningarna finansieras gemensamt av regionen och kommunerna.",
                f"{who} redogjorde för förslaget att kostnaderna fördelas efter antalet invånare i åldern 13–25 år.",
                "Den sammanlagda kostnaden beräknas till {14,6 miljoner kronor|14600000} per år.",
            ),
            ("godkänna principen för fördelning av kostnaderna",),
            up=True,
            basis=("Tjänsteskrivelse", "Kostnadsfördelning per kommun"),
            sent="Regionstyrelsen, Kommunstyrelserna i länet",
        ),
        T(
            "Yttrande över regional utvecklingsstrategi",
            (
                "Förslaget till regional utvecklingsstrategi har skickats på remiss till rådet.",
                "Ett förslag till yttrande har tagits fram med fokus på social hållbarhet och folkhälsa.",
            ),
            ("anta yttrandet över den regionala utvecklingsstrategin", "skicka yttrandet till regionstyrelsen"),
            basis=("Remiss", "Förslag till yttrande"),
            sent="Regionstyrelsen",
        ),
        T(
            "Verksamhetsplan och budget för samverkansrådet",
            (
                "Förslaget till verksamhetsplan har tre prioriterade områden.",
                "Budgeten för gemensamma aktiviteter uppgår till {1,2 miljoner kronor|1200000}, varav regionen "
                "bidrar med hälften.",
            ),
            ("fastställa verksamhetsplanen", "fastställa budgeten för gemensamma aktiviteter"),
            basis=("Förslag till verksamhetsplan",),
            sent="Chefsgruppen",
        ),
        T(
            "Överenskommelse om samverkan vid utskrivning från sluten vård",
            (
                "Den länsgemensamma överenskommelsen har reviderats efter två års tillämpning.",
                "Ändringarna gäller främst planeringen inför utskrivning och informationsöverföringen.",
            ),
            ("godkänna den reviderade överenskommelsen",),
            up=True,
            basis=("Reviderad överenskommelse", "Sammanställning av remissvar"),
            sent="Regionstyrelsen, Kommunstyrelserna i länet",
        ),
        T(
            "Lägesrapport om barnahus i Örebro län",
            (
                f"{who} informerade om verksamheten vid länets barnahus under det gångna halvåret.",
                "Antalet ärenden har ökat med en femtedel jämfört med samma period föregående år.",
            ),
            kind="info",
            sentence="Informationen läggs till handlingarna.",
        ),
    ]


@variant(
    "council",
    "r_side_by_side",
    "r_party",
    "r_role_after",
    "r_ersatter",
    "r_ej_tjg",
    "r_ovriga_narvarande",
    "r_guests",
    "h_para",
    "d_organ_beslut",
    "d_numbered",
    "d_att_clauses",
    "d_not_proposal",
    "date_iso",
    "running_header",
)
def house8_region_council_two_columns(rng: random.Random) -> Rendered:
    """A collaboration council of Region Örebro län in the region's protocol template: "Region
    Örebro län" and PROTOKOLL with the date in a running header, "Sida 2 av 5"; "Närvarande
    ledamöter" two to a line ("Name (S), Kumla kommun, ordförande" beside the next);
    "Tjänstgörande ersättare" as "Name (M), Laxå kommun (ersätter Name (M))"; "Ej tjänstgörande
    ersättare" two to a line; "Övriga deltagare" one a line with long titles and units that wrap
    (the region's officials, guests of Länsstyrelsen and the federations); "Sekreterare",
    "Justerare"; items "§ 12 Title" with "Diarienummer: 25RS1234" under it; "Ärendebeskrivning",
    "Beslutsunderlag", "Förslag till beslut" (not a decision); "Rådets beslut" as "Rådet
    beslutar" over "1. att …" points, numbered sentences "1. Rådet ställer sig bakom …", one
    sentence, or "Rådet föreslår regionstyrelsen och kommunstyrelserna i länet besluta att …";
    "Expedieras till"."""
    cast = Cast8(rng)
    body = rng.choice(list(C.COUNCILS))
    printed, federations = C.COUNCILS[body]
    organ = rng.choice((body, printed))
    subject = rng.choice(("Rådet", "Samverkansrådet"))
    day = C.meeting_date(rng)
    members = [
        Pol(cast.person(), "ordförande", C.REGION, "S"),
        Pol(cast.person(), "vice ordförande", "Örebro kommun", rng.choice(("M", "C", "S"))),
    ]
    members += [Pol(cast.person(), "ledamot", C.REGION, cast.party()) for _ in range(2)]
    members += [Pol(cast.person(), "ledamot", o, cast.party()) for o in C.MUNICIPALITIES if o != "Örebro kommun"]
    if federations:
        members += [Pol(cast.person(), "ledamot", o) for o in (C.RF_SISU, C.OLBF)]
    gone = rng.sample(range(2, len(members)), rng.randint(1, 3))
    serving = [
        Pol(cast.person(), "ersättare", members[g].org, members[g].party, replaces=members[g]) for g in sorted(gone)
    ]
    present = [s for k, s in enumerate(members) if k not in gone]
    idle = [
        Pol(cast.person(), "ersättare", o, cast.party())
        for o in rng.sample([C.REGION, *C.MUNICIPALITIES], rng.randint(2, 4))
    ]
    staff = [Off(cast.person(), t, C.REGION, unit=u) for t, u in rng.sample(REGION_STAFF8, rng.randint(3, 4))]
    guests = [Off(cast.person(), t, o, role="övrig") for o, t in rng.sample(GUESTS8, rng.randint(1, 2))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), SECRETARY8[0], C.REGION, unit=SECRETARY8[1])
    just = rng.choice([s for s in present + serving if s.role != "ordförande" and s.party])
    who = staff[0].name
    items = [
        It8(0, "Val av justerare", kind="justerare"),
        It8(0, "Fastställande av dagordning", kind="open", sentence="Dagordningen fastställs."),
    ]
    topics = rng.sample(council_topics8(rng, who), rng.randint(3, 5))
    topics.sort(key=lambda it: it.kind == "info")
    items += topics
    number_items(items, rng.randint(1, 60))
    yy = str(day.year)[2:]
    for it in items:
        if it.kind in ("topic", "info"):
            it.dnr = f"{yy}RS{rng.randint(1000, 9999)}"
    fam = rng.choice(("vera", "helvetica"))
    f = Flow(Style(fam, size=9.5, left=62, right=56, top=86, bottom=70))
    f.para(organ, bold=True, size=15)
    place = rng.choice(("Länsgården, sal Kilsbergen", "Regionens hus, sammanträdesrum Tiveden", "Digitalt via Teams"))
    f.line(f"Tid och plats: {day.isoformat()} {C.times(rng)}, {place}", before=6)
    half = f.style.width / 2

    def pol_text(s: Pol, org: bool = True) -> str:
        out = s.np() + (f", {s.org}" if org else "")
        return out + (f", {role_word(s)}" if role_word(s) else "")

    def pairs(heading: str, entries: list[Pol]) -> None:
        f.line(heading, bold=True, before=10, keep=1)
        for k in range(0, len(entries), 2):
            pair = entries[k : k + 2]
            rows = cell_row(f, [6.0, half + 6][: len(pair)], [[(pol_text(s), False)] for s in pair], ruled=False)
            for s in pair:
                rec(f, rows[0], s)

    pairs("Närvarande ledamöter", present)
    f.line("Tjänstgörande ersättare", bold=True, before=10, keep=1)
    for s in serving:
        rows = f.para(f"{s.np()}, {s.org} (ersätter {s.replaces.np()})", x=6, hang=10, before=0, together=True)
        rec(f, rows[0], s)
    pairs("Ej tjänstgörande ersättare", idle)
    f.line("Övriga deltagare", bold=True, before=10, keep=1)
    for a in staff + ([secretary] if listed else []):
        text = f"{a.name}, {a.title}, {a.unit}" + (", sekreterare" if a is secretary else "")
        rec(f, f.para(text, x=6, hang=10, before=1, together=True)[0], a)
    for g in guests:
        rec(f, f.para(f"{g.name}, {g.title}, {g.org}", x=6, hang=10, before=1, together=True)[0], g)
    col = 120.0
    rec_sec(f, beside(f, "Sekreterare", secretary.name, col=col, before=12)[0], secretary, listed)
    rec_just(f, beside(f, "Justerare", just.np(), col=col, before=3)[0], just)
    beside(f, "Paragrafer", f"§§ {items[0].number}–{items[-1].number}", col=col, before=3)
    beside(f, "Justeringsdatum", C.later(day, rng).isoformat(), col=col, before=3)
    numbered_points = rng.random() < 0.5
    for k, it in enumerate(items):
        head = f.line(f"§ {it.number} {it.title}", bold=True, size=11.5, before=16, keep=3, new_page=k == 0)
        f.item(str(it.number), it.title, head, it.dnr)
        if it.dnr:
            f.line(f"Diarienummer: {it.dnr}", size=8.5, before=1)
        if it.kind == "justerare":
            f.line(f"{subject}s beslut", bold=True, before=8, keep=1)
            text = f"{subject} utser {just.np()} att tillsammans med ordföranden justera dagens protokoll."
            rec_just(f, f.para(text, before=2)[0], just)
            f.decision(text)
            continue
        if it.kind == "open":
            f.line(f"{subject}s beslut", bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
        f.para(" ".join(it.text), before=2)
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in it.basis:
                f.para(f"• {b}, {(day - dt.timedelta(days=rng.randint(9, 30))).isoformat()}", x=8, before=1)
        if it.kind == "info":
            f.line(f"{subject}s beslut", bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        n = len(it.acts)
        up = "föreslår regionstyrelsen och kommunstyrelserna i länet besluta"
        if rng.random() < 0.6:
            f.line("Förslag till beslut", bold=True, before=8, keep=1)
            verb = f"att rådet {up}" if it.up else "att rådet beslutar"
            f.para(f"Förvaltningen regional utveckling föreslår {verb} att {' samt att '.join(it.acts)}.", before=2)
        f.line(f"{subject}s beslut", bold=True, before=8, keep=2)
        lead = f"{subject} {up}" if it.up else f"{subject} beslutar"
        finite_ok = all(a.split(" ", 1)[0] in C.VERBS and a.split(" ", 1)[0] != "ställa" for a in it.acts)
        if n == 1:
            text = f"{lead} att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        elif not it.up and finite_ok and rng.random() < 0.4:
            for j, a in enumerate(it.acts):
                s = f"{subject} {C.finite(a, 0)}."
                f.para(f"{j + 1}. {s}", x=4, hang=14, before=2 if j == 0 else 1)
                f.decision(s)
        else:
            f.para(lead, before=2)
            for j, a in enumerate(it.acts):
                end = "." if j == n - 1 else ","
                row = f"{j + 1}. att {a}{end}" if numbered_points else f"att {a}{end}"
                f.para(row, x=12, hang=16, before=1)
                f.decision(f"{lead} att {a}")
        if it.sent:
            f.line("Expedieras till", bold=True, before=8, keep=1)
            f.para(it.sent, before=1)
    f.in_items = False

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10.5)
        c.drawString(st.left, H - 40, C.REGION)
        c.setFont(st.bold, 10)
        c.drawString(st.left + 270, H - 40, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, page_label("sida", page, total))
        c.drawString(st.left + 270, H - 52, f"Sammanträdesdatum {day.isoformat()}")
        c.setLineWidth(0.5)
        c.line(st.left, H - 60, W - st.right, H - 60)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 40, "Justerandes signatur")
        c.rect(st.left, 48, 120, 16)
        c.drawString(st.left + 300, 40, "Utdragsbestyrkande")
        c.rect(st.left + 300, 48, 120, 16)

    return Rendered(f, furniture, "protokoll", "Protokoll", body, day.isoformat(), C.REGION)


# =========================================================================== 2 nämnd, roster in an appendix
NAMND8 = {
    "Socialnämnden": (
        "SN",
        ("socialchef", "avdelningschef individ- och familjeomsorg", "controller", "utredare"),
        (
            T(
                "Riktlinjer för bistånd till boende",
                (
                    "Riktlinjerna för bistånd i form av boende har setts över.",
                    "Förslaget förtydligar när ett försökslägenhetskontrakt kan beviljas och hur länge det gäller.",
                ),
                ("anta de reviderade riktlinjerna för bistånd till boende", "upphäva tidigare riktlinjer"),
                basis=("Tjänsteskrivelse", "Förslag till riktlinjer"),
                extra={"vote": True},
            ),
            T(
                "Ekonomisk uppföljning efter april",
                (
                    "Förvaltningen prognostiserar ett underskott för helåret om {5,2 miljoner kronor|5200000}.",
                    "Underskottet beror främst på ökade kostnader för externa placeringar.",
                ),
                ("godkänna den ekonomiska uppföljningen", "uppdra åt socialchefen att ta fram en åtgärdsplan"),
                basis=("Ekonomisk rapport",),
            ),
            T(
                "Upphandling av familjehemsvård",
                (
                    "Avtalet om konsulentstödd familjehemsvård löper ut vid årsskiftet.",
                    "Den beräknade kostnaden uppgår till {9 miljoner kronor|9000000} under avtalsperioden.",
                ),
                ("godkänna förfrågningsunderlaget och att upphandlingen genomförs",),
                basis=("Tjänsteskrivelse", "Förfrågningsunderlag"),
                extra={"vote": True},
            ),
            T(
                "Kvartalsrapport om ej verkställda beslut",
                ("Under kvartalet har fyra beslut enligt socialtjänstlagen inte verkställts inom tre månader.",),
                ("godkänna rapporten", "överlämna rapporten till kommunfullmäktige och revisorerna"),
                basis=("Sammanställning",),
            ),
            T(
                "Delegationsbeslut",
                ("Förteckning över delegationsbeslut för perioden redovisas.",),
                kind="info",
                sentence="Socialnämnden lägger redovisningen av delegationsbeslut till handlingarna.",
            ),
        ),
    ),
    "Kultur- och fritidsnämnden": (
        "KFN",
        ("kultur- och fritidschef", "bibliotekschef", "fritidschef", "ekonom"),
        (
            T(
                "Taxor för idrottsanläggningar",
                (
                    "Förslaget innebär att timtaxan för föreningar höjs med två procent.",
                    "Timtaxan för sporthallen föreslås bli {240 kronor|240} för vuxenlag.",
                ),
                ("anta taxorna för idrottsanläggningar", "låta taxorna gälla från och med den 1 januari"),
                basis=("Tjänsteskrivelse", "Taxebilaga"),
                extra={"vote": True},
            ),
            T(
                "Bidrag till studieförbunden",
                (
                    "Studieförbunden har ansökt om verksamhetsbidrag för året.",
                    "Förvaltningen föreslår att {410 000 kronor|410000} fördelas efter antalet studietimmar.",
                ),
                ("fördela bidraget till studieförbunden enligt förvaltningens förslag",),
                basis=("Tjänsteskrivelse", "Fördelningsunderlag"),
            ),
            T(
                "Biblioteksplan",
                (
                    "Biblioteksplanen beskriver inriktningen för folk- och skolbiblioteken.",
                    "Planen har varit på remiss hos barn- och utbildningsnämnden.",
                ),
                ("godkänna biblioteksplanen", "överlämna biblioteksplanen till kommunfullmäktige för antagande"),
                basis=("Förslag till biblioteksplan",),
                extra={"vote": True},
            ),
            T(
                "Kulturpris",
                ("Nämnden har tagit emot elva nomineringar till årets kulturpris.",),
                ("utse årets kulturpristagare enligt förslaget i bilaga",),
                basis=("Nomineringar",),
            ),
            T(
                "Information från förvaltningen",
                ("Kultur- och fritidschefen informerade om sommarens aktiviteter för barn och unga.",),
                kind="info",
                sentence="Kultur- och fritidsnämnden noterar informationen.",
            ),
        ),
    ),
    "Bygg- och miljönämnden": (
        "BMN",
        ("samhällsbyggnadschef", "bygglovschef", "miljöchef", "bygglovshandläggare"),
        (
            T(
                "Bygglov för nybyggnad av flerbostadshus",
                (
                    "Ansökan gäller bygglov för två flerbostadshus med sammanlagt 24 lägenheter.",
                    "Åtgärden avviker från detaljplanen i fråga om byggnadshöjd.",
                ),
                ("bevilja bygglov med stöd av 9 kap. 31 b § plan- och bygglagen",),
                basis=("Tjänsteskrivelse", "Ritningar"),
                extra={"vote": True},
            ),
            T(
                "Tillsynsplan för miljö- och hälsoskydd",
                (
                    "Tillsynsplanen bygger på en behovsutredning för de kommande tre åren.",
                    "Resursbehovet beräknas till drygt sju årsarbetare.",
                ),
                ("anta tillsynsplanen för miljö- och hälsoskydd",),
                basis=("Behovsutredning", "Tillsynsplan"),
            ),
            T(
                "Föreläggande om åtgärder vid enskilt avlopp",
                ("Avloppsanläggningen på fastigheten uppfyller inte miljöbalkens krav.",),
                (
                    "förelägga fastighetsägaren att åtgärda avloppsanläggningen",
                    "förena föreläggandet med ett vite om {30 000 kronor|30000}",
                ),
                basis=("Tjänsteskrivelse", "Inspektionsrapport"),
                extra={"vote": True},
            ),
            T(
                "Taxa för prövning och tillsyn",
                ("Timavgiften föreslås bli {1 350 kronor|1350}.",),
                ("anta taxan för prövning och tillsyn enligt miljöbalken",),
                basis=("Tjänsteskrivelse", "Förslag till taxa"),
            ),
            T(
                "Redovisning av delegationsbeslut",
                ("Förteckning över delegationsbeslut redovisas.",),
                kind="info",
                sentence="Bygg- och miljönämnden lägger redovisningen till handlingarna.",
            ),
        ),
    ),
}


@variant(
    "board",
    "r_appendix",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "m_letterhead_body",
    "date_iso",
)
def house8_namnd_attendance_appendix(rng: random.Random) -> Rendered:
    """A municipal nämnd whose front page says "Beslutande: Se bilaga, närvaro- och
    omröstningslista" and lists only "Övriga närvarande" (officials with titles), "Utses att
    justera", "Justeringens plats och tid" and the signatures with "Paragrafer"; items "§ 23
    Title" with "Dnr SN 2025/123" at the right; "Ärendet", "Beslutsunderlag", "Förvaltningens
    förslag till beslut" (not a decision), "Yrkanden", "Beslutsgång", "Omröstning" (not
    decisions); "<Nämnd>s beslut" as "Socialnämnden beslutar att" over "– clause" lines or one
    sentence; the roster after the last item on a page of its own: "Bilaga 1" and the ruled
    table "Närvaro- och omröstningslista" ("Funktion | Ledamot | Parti | Närv. | Tjänstgörande
    ersättare | Ja | Nej | Avstår", "–" for a member absent, the substitute named beside) and
    the present substitutes in a second table "Ersättare | Parti | Närvarande"."""
    cast = Cast8(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    organ = rng.choice(list(NAMND8))
    prefix, titles, topics = NAMND8[organ]
    gen = organ + "s"
    day = C.meeting_date(rng)
    n_members = rng.choice((9, 11))
    seats = [
        Pol(cast.person(), "ordförande", org, "S"),
        Pol(cast.person(), "vice ordförande", org, "M", rank="1:e"),
        Pol(cast.person(), "vice ordförande", org, rng.choice(("C", "SD", "KD")), rank="2:e"),
    ]
    seats += [Pol(cast.person(), "ledamot", org, cast.party()) for _ in range(n_members - 3)]
    gone = set(rng.sample(range(1, n_members), rng.randint(1, 3)))
    unreplaced = rng.choice(sorted(gone)) if len(gone) > 1 and rng.random() < 0.5 else None
    sub_for = {g: Pol(cast.person(), "ersättare", org, seats[g].party, replaces=seats[g]) for g in gone}
    if unreplaced is not None:
        del sub_for[unreplaced]
    subs = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(rng.randint(3, 5))]
    subs_present = [rng.random() < 0.6 for _ in subs]
    staff = [Off(cast.person(), t, org) for t in rng.sample(titles, rng.randint(2, 3))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), rng.choice(("nämndsekreterare", "administratör")), org)
    voters = [sub_for.get(k, s) for k, s in enumerate(seats) if k not in gone or k in sub_for]
    just = rng.choice([s for s in voters if s.role != "ordförande"])
    items = [It8(0, t.title, t.text, t.acts, t.kind, t.sentence, basis=t.basis, extra=dict(t.extra)) for t in topics]
    items = rng.sample(items, rng.randint(4, 5))
    items.sort(key=lambda it: it.kind == "info")
    number_items(items, rng.randint(20, 150))
    for it in items:
        it.dnr = f"{prefix} {day.year}/{rng.randint(30, 700)}"
    votable = [it for it in items if it.extra.get("vote")]
    vote_item = rng.choice(votable) if votable and rng.random() < 0.8 else None
    chair = seats[0]
    fam = rng.choice(("helvetica", "vera", "times"))
    f = Flow(Style(fam, size=10, left=68, right=60, top=84, bottom=84))
    col = 150.0
    f.line(org, bold=True, size=12)
    f.line("SAMMANTRÄDESPROTOKOLL", bold=True, size=15, before=14)
    f.line(organ, bold=True, size=12, before=4)
    beside(f, "Plats och tid", f"{rng.choice(C.PLACES)}, {day.isoformat()} {C.times(rng)}", col=col, before=14)
    beside(f, "Beslutande", "Se bilaga, närvaro- och omröstningslista", col=col, before=8)
    for k, a in enumerate(staff + ([secretary] if listed else [])):
        rows = beside(
            f, "Övriga närvarande" if k == 0 else "", f"{a.name}, {a.title}", col=col, before=8 if k == 0 else 0
        )
        rec(f, rows[0], a)
    rec_just(f, beside(f, "Utses att justera", just.np(), col=col, before=8)[0], just)
    beside(f, "Justeringens plats och tid", f"Kommunhuset {C.later(day, rng).isoformat()}", col=col, before=8)
    f.line("Underskrifter", bold=True, before=18, keep=6)
    f.line(
        "Sekreterare",
        before=14,
        cells=((col, "." * 40, False), (col + 160, f"Paragrafer {items[0].number}–{items[-1].number}", False)),
    )
    rec_sec(f, f.line(secretary.name, x=col), secretary, listed)
    f.line("Ordförande", before=14, cells=((col, "." * 40, False),))
    f.line(chair.name, x=col)
    f.line("Justerande", before=14, cells=((col, "." * 40, False),))
    rec_just(f, f.line(just.name, x=col), just)
    f.line("ANSLAG/BEVIS", bold=True, before=22, keep=3)
    f.line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=8.5)
    for label, value in (
        ("Organ", organ),
        ("Sammanträdesdatum", day.isoformat()),
        ("Anslaget sätts upp", C.later(day, rng, 6, 9).isoformat()),
        ("Anslaget tas ned", C.later(day, rng, 30, 34).isoformat()),
    ):
        f.line(label, size=8.5, cells=((col, value, False),))
    others = [s for s in voters if s.party not in ("S", chair.party)]
    votes: dict[int, str] = {}
    for k, it in enumerate(items):
        head = f.line(
            f"§ {it.number} {it.title}",
            bold=True,
            size=11.5,
            before=16,
            keep=2,
            new_page=k == 0,
        )
        f.item(str(it.number), it.title, head, it.dnr)
        f.line(f"Dnr {it.dnr}", size=8.5, before=1)
        f.line("Ärendet", bold=True, before=8, keep=1)
        f.para(" ".join(it.text), before=2)
        f.line("Beslutsunderlag", bold=True, before=8, keep=1)
        for b in it.basis or ("Tjänsteskrivelse",):
            f.para(f"{b} {(day - dt.timedelta(days=rng.randint(8, 25))).isoformat()}", x=10, before=1)
        if it.kind == "info":
            f.line(f"{gen} beslut", bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        f.line("Förvaltningens förslag till beslut", bold=True, before=8, keep=1)
        f.para(f"{organ} beslutar att {' samt att '.join(it.acts)}.", before=2)
        if it is vote_item and others:
            mover = rng.choice(others)
            f.line("Yrkanden", bold=True, before=8, keep=1)
            f.para(f"{chair.np()} yrkar bifall till förvaltningens förslag.", before=2)
            f.para(f"{mover.np()} yrkar avslag på förvaltningens förslag.", before=2)
            f.line("Beslutsgång", bold=True, before=8, keep=1)
            f.para(
                "Ordföranden ställer proposition på bifall och avslag och finner att nämnden bifaller förvaltningens "
                "förslag. Omröstning begärs och genomförs."
            )
            f.line("Omröstning", bold=True, before=8, keep=1)
            against = {mover.party}
            for s in voters:
                votes[id(s)] = "Nej" if s.party in against else "Ja"
            abst = [s for s in voters if votes[id(s)] == "Ja" and s is not chair and s.party not in ("S", "M")]
            if abst and rng.random() < 0.5:
                votes[id(rng.choice(abst))] = "Avstår"
            yes = sum(v == "Ja" for v in votes.values())
            no = sum(v == "Nej" for v in votes.values())
            if no >= yes:  # the proposal carries: the mover's side is the smaller one
                for s in voters:
                    votes[id(s)] = "Nej" if s is mover else ("Ja" if votes[id(s)] != "Avstår" else "Avstår")
                yes = sum(v == "Ja" for v in votes.values())
                no = sum(v == "Nej" for v in votes.values())
            ab = sum(v == "Avstår" for v in votes.values())
            tail = f" och {ab} avstår" if ab else ""
            f.para(
                f"Med {yes} ja-röster mot {no} nej-röster{tail} bifaller nämnden förvaltningens förslag. "
                "Omröstningen framgår av bilaga 1."
            )
        f.line(f"{gen} beslut", bold=True, before=8, keep=2)
        if len(it.acts) == 1:
            text = f"{organ} beslutar att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        else:
            lead = f"{organ} beslutar att"
            f.para(lead, before=2)
            for j, a in enumerate(it.acts):
                f.para(f"– {a}{'.' if j == len(it.acts) - 1 else ','}", x=10, hang=10, before=1)
                f.decision(f"{organ} beslutar att {a}")
        f.line("Beslutet skickas till", bold=True, before=8, keep=1)
        f.para(rng.choice(("Förvaltningen", "Akten", "Kommunfullmäktige, Förvaltningen")), before=1)
    f.in_items = False
    f.line("Bilaga 1", bold=True, size=10, new_page=True)
    f.line(f"{organ} {day.isoformat()}, §§ {items[0].number}–{items[-1].number}", size=9, before=1)
    f.line("Närvaro- och omröstningslista", bold=True, size=13, before=10, keep=2)
    size = 8.5
    xs = [0.0, 66.0, 190.0, 220.0, 250.0, 370.0, 396.0, 422.0]
    rule = (xs[0] - 4, f.style.width, tuple(x - 4 for x in xs[1:]))
    what = f"Omröstning § {vote_item.number}" if vote_item is not None and votes else ""
    if what:
        f.line(what, size=size, x=xs[5], before=8, keep=2)
    f.row(
        list(
            zip(
                xs,
                ["Funktion", "Ledamot", "Parti", "Närv.", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"],
                strict=True,
            )
        ),
        bold=True,
        size=size,
        before=2 if what else 8,
        rule=rule,
        keep=1,
    )
    function = {"ordförande": "Ordförande", "vice ordförande": "vice ordf."}
    for k, s in enumerate(seats):
        fn = f"{s.rank} vice ordf." if s.role == "vice ordförande" else function.get(s.role, "Ledamot")
        here = k not in gone
        sub = sub_for.get(k)
        voter = s if here else sub
        mark = votes.get(id(voter), "") if voter is not None else ""
        cells = [fn, s.name, s.party or "", "X" if here else "–", sub.np() if sub else "", "", "", ""]
        if mark:
            cells[{"Ja": 5, "Nej": 6, "Avstår": 7}[mark]] = "X"
        ln = f.row([(x, t) for x, t in zip(xs, cells, strict=True) if t], size=size, rule=rule)
        if here:
            rec(f, ln, s)
        elif sub is not None:
            rec(f, ln, sub)
    if votes:
        tally = [sum(v == w for v in votes.values()) for w in ("Ja", "Nej", "Avstår")]
        f.row([(xs[0], "Summa"), *((xs[5 + j], str(t)) for j, t in enumerate(tally))], bold=True, size=size, rule=rule)
    xs2 = [0.0, 190.0, 250.0]
    rule2 = (xs2[0] - 4, 330.0, tuple(x - 4 for x in xs2[1:]))
    f.row(
        list(zip(xs2, ["Ersättare", "Parti", "Närvarande"], strict=True)),
        bold=True,
        size=size,
        before=16,
        rule=rule2,
        keep=1,
    )
    for s, here in zip(subs, subs_present, strict=True):
        ln = f.row(list(zip(xs2, [s.name, s.party or "", "X" if here else "–"], strict=True)), size=size, rule=rule2)
        if here:
            rec(f, ln, s)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 9)
        c.drawString(st.left, H - 40, org.upper())
        c.drawString(st.left + 220, H - 40, "SAMMANTRÄDESPROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, f"{page} ({total})")
        c.drawString(st.left, H - 52, organ)
        c.drawString(st.left + 220, H - 52, f"Sammanträdesdatum {day.isoformat()}")
        c.setLineWidth(0.5)
        c.line(st.left, H - 58, W - st.right, H - 58)
        c.setFont(st.reg, 7)
        for x, label in ((0, "Justerandes sign"), (300, "Utdragsbestyrkande")):
            c.rect(st.left + x, 44, 120, 22)
            c.drawString(st.left + x, 34, label)

    return Rendered(f, furniture, "protokoll", "Sammanträdesprotokoll", f"{organ} {org}", day.isoformat(), org)


# =========================================================================== 3 arbetsutskott, Ärendelista
def au_topics8(rng: random.Random, town: str, who: str) -> list[It8]:
    area = rng.choice(("Norra Ängen", "Stationsområdet", "Bergsgatan", "Södra Hagen"))
    return [
        T(
            f"Detaljplan för verksamheter vid {area}",
            (
                f"Planförslaget möjliggör lätt industri och kontor vid {area}.",
                "Granskningen har genomförts och inkomna synpunkter har bemötts i ett granskningsutlåtande.",
            ),
            (f"anta detaljplanen för verksamheter vid {area}",),
            up=True,
            basis=("Tjänsteskrivelse", "Planbeskrivning", "Granskningsutlåtande"),
        ),
        T(
            "Revidering av reglemente för kommunstyrelsen",
            (
                "Reglementet har setts över efter förändringar i förvaltningsorganisationen.",
                "Ändringarna gäller främst ansvaret för kommunens säkerhetsarbete.",
            ),
            ("anta det reviderade reglementet", "låta reglementet gälla från och med den 1 januari"),
            up=True,
            basis=("Tjänsteskrivelse", "Förslag till reglemente"),
        ),
        T(
            "Medfinansiering av cykelväg mellan tätorterna",
            (
                "Trafikverket har erbjudit kommunen att medfinansiera en ny cykelväg längs länsvägen.",
                "Kommunens andel beräknas till {3,8 miljoner kronor|3800000}.",
            ),
            ("godkänna medfinansieringen av cykelvägen", "finansiera kommunens andel inom investeringsbudgeten"),
            up=True,
            basis=("Tjänsteskrivelse", "Avtalsförslag från Trafikverket"),
        ),
        T(
            "Bidrag till föreningen Hela Sverige ska leva",
            (
                "Föreningen har ansökt om bidrag till ett projekt för service på landsbygden.",
                "Förvaltningen föreslår ett bidrag om {45 000 kronor|45000}.",
            ),
            ("bevilja föreningen ett bidrag om {45 000 kronor|45000} ur kommunstyrelsens anslag för oförutsett",),
            basis=("Ansökan", "Tjänsteskrivelse"),
        ),
        T(
            "Yttrande över förslag till trafikförsörjningsprogram",
            (
                "Region Örebro län har remitterat förslaget till regionalt trafikförsörjningsprogram.",
                f"{who} har tagit fram ett förslag till yttrande.",
            ),
            ("anta yttrandet som sitt eget", "skicka yttrandet till Region Örebro län"),
            basis=("Remiss", "Förslag till yttrande"),
        ),
        T(
            "Uppföljning av internkontrollplan",
            ("Uppföljningen visar att kontrollerna i huvudsak har genomförts enligt plan.",),
            ("godkänna uppföljningen av internkontrollplanen",),
            up=True,
            basis=("Tjänsteskrivelse", "Uppföljningsrapport"),
        ),
        T(
            "Information om arbetsmarknadsläget",
            (f"{who} informerade om arbetslösheten i {town} och om kommunens arbetsmarknadsinsatser.",),
            kind="info",
            sentence="Arbetsutskottet noterar informationen.",
        ),
    ]


AU_STAFF8 = ("kommundirektör", "ekonomichef", "kanslichef", "samhällsbyggnadschef", "näringslivschef", "utredare")


@variant(
    "board",
    "h_arende",
    "h_own_line",
    "toc_plain",
    "r_role_heading",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "r_val_av_justerare",
    "d_organ_beslut",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_proposal",
    "r_sig_box",
    "date_long",
)
def house8_au_arendelista(rng: random.Random) -> Rendered:
    """Kommunstyrelsens arbetsutskott: PROTOKOLL, the body, "Sammanträdesdatum: 4 mars 2025";
    the roster under role headings ("Ledamöter" with "Name (S), ordförande", "Tjänstgörande
    ersättare" as "Name (KD) för Name (KD)", "Ersättare", "Tjänstepersoner", "Frånvarande" --
    not participants), "Justerare", "Sekreterare"; an "Ärendelista" on page one ("Nr | Ärende |
    Sida", the page each item starts on, not items); items from page two as "Ärende 3" on a line
    of its own with "Dnr KS 2025/123" at the right and the title below; "Ärendebeskrivning",
    "Beslutsunderlag", "Förvaltningens förslag till beslut" (not a decision), then "Utskottets
    beslut" (or "Arbetsutskottets beslut"): "Arbetsutskottet föreslår kommunstyrelsen besluta"
    with att-clauses, "Arbetsutskottet beslutar att …", "Arbetsutskottet noterar
    informationen."; "Ärende 1 Val av justerare"; signatures side by side at the end."""
    cast = Cast8(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    town = C.MUNICIPALITIES[org]
    organ = "Kommunstyrelsens arbetsutskott"
    day = C.meeting_date(rng)
    seats = [
        Pol(cast.person(), "ordförande", org, "S"),
        Pol(cast.person(), "vice ordförande", org, "M"),
    ]
    seats += [Pol(cast.person(), "ledamot", org, p) for p in rng.sample(("C", "SD", "KD", "V", "S"), rng.randint(2, 3))]
    gone = rng.sample(range(1, len(seats)), rng.randint(1, 2))
    serving = [Pol(cast.person(), "ersättare", org, seats[g].party, replaces=seats[g]) for g in gone[:1]]
    away = [seats[g] for g in gone[1:]]
    present = [s for k, s in enumerate(seats) if k not in gone]
    idle = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(rng.randint(0, 2))]
    staff = [Off(cast.person(), t, org) for t in rng.sample(AU_STAFF8, rng.randint(2, 4))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), rng.choice(("kommunsekreterare", "nämndsekreterare")), org)
    just = rng.choice([s for s in present[1:] + serving])
    items = [
        It8(0, "Val av justerare", kind="justerare"),
        It8(0, "Godkännande av dagordningen", kind="open", sentence="Dagordningen godkänns."),
    ]
    topics = rng.sample(au_topics8(rng, town, staff[0].name), rng.randint(3, 5))
    topics.sort(key=lambda it: it.kind == "info")
    items += topics
    number_items(items, 1)
    for it in items[2:]:
        it.dnr = f"KS {day.year}/{rng.randint(40, 690)}"
    fam = rng.choice(("vera", "times", "helvetica"))
    f = Flow(Style(fam, size=10, left=72, right=62, top=80, bottom=70))
    f.line("PROTOKOLL", bold=True, size=16)
    f.line(organ, bold=True, size=12, before=6)
    f.line(f"Sammanträdesdatum: {C.fmt_date(day, 'long')}", before=8)
    f.line(f"Plats och tid: {rng.choice(C.PLACES)}, {C.times(rng)}")

    def group(heading: str, entries: list, text) -> None:
        if not entries:
            return
        f.line(heading, bold=True, before=8, keep=1)
        for e in entries:
            rec(f, f.para(text(e), x=16, hang=10, before=0, together=True)[0], e)

    group("Ledamöter", present, lambda s: s.np() + (f", {role_word(s)}" if role_word(s) else ""))
    group("Tjänstgörande ersättare", serving, lambda s: f"{s.np()} för {s.replaces.np()}")
    group("Ersättare", idle, lambda s: s.np())
    group("Tjänstepersoner", staff + ([secretary] if listed else []), lambda a: f"{a.name}, {a.title}")
    if away:
        f.line("Frånvarande", bold=True, before=8, keep=1)
        for s in away:
            f.line(s.np(), x=16)
    col = 110.0
    rec_just(f, beside(f, "Justerare", just.np(), col=col, before=10)[0], just)
    rec_sec(f, beside(f, "Sekreterare", secretary.name, col=col, before=2)[0], secretary, listed)
    beside(f, "Justeringsdag", C.later(day, rng).isoformat(), col=col, before=2)
    f.line("Ärendelista", bold=True, size=12, before=16, keep=2)
    xs = [0.0, 60.0, f.style.width - 30]
    f.row(list(zip(xs, ["Nr", "Ärende", "Sida"], strict=True)), bold=True, size=9.5, before=4, keep=1)
    toc_rows = []
    for it in items:
        rows = wrap(it.title, xs[2] - xs[1] - 12, f.style.reg, 9.5)
        ln = f.line(f"Ärende {it.number}", size=9.5, before=2, cells=((xs[1], rows[0], False),))
        for r in rows[1:]:
            f.line(r, x=xs[1], size=9.5)
        toc_rows.append((ln, it))

    def fill_pages(flow: Flow) -> None:
        starts = {i.number: i.ln.page for i in flow.items}
        for ln, it in toc_rows:
            ln.cells = (*ln.cells, (xs[2], str(starts[str(it.number)]), False))

    f.after.append(fill_pages)
    heading_word = rng.choice(("Utskottets beslut", "Arbetsutskottets beslut"))
    subject = "Arbetsutskottet"
    up = f"{subject} föreslår kommunstyrelsen besluta"
    for k, it in enumerate(items):
        head = f.line(
            f"Ärende {it.number}",
            bold=True,
            size=11,
            before=18,
            keep=3,
            new_page=k == 0,
            cells=((f.style.width - 110, f"Dnr {it.dnr}", False),) if it.dnr else (),
        )
        f.item(str(it.number), it.title, head, it.dnr)
        f.para(it.title, bold=True, size=11, before=1)
        if it.kind == "justerare":
            f.line(heading_word, bold=True, before=8, keep=1)
            text = f"{subject} utser {just.np()} att jämte ordföranden justera protokollet."
            rec_just(f, f.para(text, before=2)[0], just)
            f.decision(text)
            continue
        if it.kind == "open":
            f.line(heading_word, bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
        f.para(" ".join(it.text), before=2)
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in it.basis:
                f.para(f"{b}, {(day - dt.timedelta(days=rng.randint(6, 21))).isoformat()}", x=12, before=1)
        if it.kind == "info":
            f.line(heading_word, bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        f.line("Förvaltningens förslag till beslut", bold=True, before=8, keep=1)
        target = "kommunfullmäktige" if it.up else "kommunstyrelsen"
        f.para(f"Förvaltningen föreslår att {target} beslutar att {' och att '.join(it.acts)}.", before=2)
        f.line(heading_word, bold=True, before=8, keep=2)
        lead = up if it.up else f"{subject} beslutar"
        if len(it.acts) == 1:
            text = f"{lead} att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        else:
            f.para(lead, before=2)
            for j, a in enumerate(it.acts):
                end = "." if j == len(it.acts) - 1 else ","
                f.para(f"att {a}{end}", x=14, hang=20, before=1)
                f.decision(f"{lead} att {a}")
    f.in_items = False
    names = sig_line(
        f, [("Ordförande", seats[0].name), ("Justerare", just.name), ("Sekreterare", secretary.name)], before=30
    )
    rec_just(f, names, just)
    rec_sec(f, names, secretary, listed)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10)
        c.drawString(st.left, H - 40, f"{org.upper()}")
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 51, f"{organ} {day.isoformat()}")
        c.drawRightString(W - st.right, H - 40, page_label("slash", page, total))
        c.setLineWidth(0.4)
        c.line(st.left, 50, W - st.right, 50)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 40, "Justerandes signatur:")
        c.drawString(st.left + 260, 40, "Utdragsbestyrkande:")

    return Rendered(f, furniture, "protokoll", "Protokoll", f"{organ} {org}", day.isoformat(), org)


# =========================================================================== 4 KC/RD, one table
@dataclass
class Pt:
    """A point of the KC/RD notes: title, text, decisions as printed (and what the gold gets),
    actions (not decisions)."""

    title: str
    text: tuple[str, ...]
    decisions: tuple[tuple[str, str], ...] = ()  # (printed, gold)
    actions: tuple[str, ...] = ()


def kcrd_points(rng: random.Random, who: list[str]) -> list[Pt]:
    w = lambda k: who[k % len(who)]  # noqa: E731
    return [
        Pt(
            "Kompetensförsörjning inom vård och omsorg",
            (
                f"{w(0)} presenterade en lägesbild av rekryteringsbehoven i länets kommuner och regionen.",
                "Bristen på sjuksköterskor och undersköterskor väntas öka de kommande åren.",
            ),
            (
                (
                    "KC/RD beslutar att ge arbetsgruppen för kompetensförsörjning i uppdrag att ta fram en länsgemensam "
                    "handlingsplan.",
                )
                * 2,
            ),
            (f"Åtgärd: {w(0)} återrapporterar vid mötet i juni.",),
        ),
        Pt(
            "Regional utvecklingsstrategi – remissvar",
            (
                "Kommunerna har lämnat synpunkter på förslaget till regional utvecklingsstrategi.",
                "Flera efterfrågar tydligare mål för kompetensförsörjning och infrastruktur.",
            ),
            (
                (
                    "Beslut: KC/RD ställer sig bakom den sammanställning av synpunkter som redovisades.",
                    "KC/RD ställer sig bakom den sammanställning av synpunkter som redovisades.",
                ),
            ),
        ),
        Pt(
            "Gemensam finansiering av länsgemensamma projekt",
            (
                f"{w(1)} redogjorde för förslaget att kommunerna och regionen gemensamt finansierar tre projekt.",
                "Den sammanlagda kostnaden uppgår till {2,7 miljoner kronor|2700000}, varav kommunernas andel "
                "fördelas efter invånarantal.",
            ),
            (
                ("KC/RD enades om att rekommendera kommunerna att delta i finansieringen.",) * 2,
                ("KC/RD beslutade vidare att lyfta frågan till Regionala samverkansrådet i maj.",) * 2,
            ),
            ("Åtgärd: Regionkansliet skickar underlaget till kommunerna.",),
        ),
        Pt(
            "Civilt försvar och krisberedskap",
            (
                f"{w(2)} informerade om Länsstyrelsens arbete med civilt försvar och den regionala risk- och "
                "sårbarhetsanalysen.",
                "Kommunerna ombeds utse kontaktpersoner för det fortsatta arbetet.",
            ),
            (("Informationen noteras.",) * 2,),
            ("Åtgärd: Varje kommun meddelar kontaktperson senast den 30 april.",),
        ),
        Pt(
            "Samordnad utskrivning – uppföljning",
            (
                f"{w(1)} visade statistik över utskrivningsklara patienter per kommun.",
                "Ledtiderna har minskat i de flesta kommuner, och det sammanlagda betalningsansvaret uppgår till "
                "{1,9 miljoner kronor|1900000} för perioden.",
            ),
            (("KC/RD beslutar att uppföljningen redovisas kvartalsvis.",) * 2,),
        ),
        Pt(
            "Digitalisering i välfärden",
            (
                f"{w(0)} berättade om arbetet med en gemensam plattform för digitala vårdmöten.",
                "Gruppen diskuterade hur kostnaderna kan fördelas.",
            ),
            (),
            (f"Åtgärd: {w(0)} tar fram ett förslag till kostnadsfördelning.",),
        ),
    ]


KCRD_REGION_STAFF = ("regional utvecklingsdirektör", "hälso- och sjukvårdsdirektör", "strateg", "kanslichef")


@variant(
    "minutes",
    "h_bare",
    "r_table_ruled",
    "r_one_per_line",
    "r_role_paren",
    "r_absent",
    "r_antecknare",
    "r_inbjudna",
    "d_beslut_colon",
    "d_sentences",
    "date_weekday",
    "m_other_dates",
)
def house8_kcrd_point_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar of the county's municipal chief executives and the regional director
    (KC/RD): "Datum: Fredagen den 14 mars 2025"; "Närvarande" one a line ("Name, kommundirektör,
    Kumla kommun", the chair "(ordförande)"), "Övriga från Region Örebro län" (officials),
    "Inbjudna" (Länsstyrelsen, övrig), "Förhinder" (not participants), "Antecknare"; all points
    and decisions in one ruled table "Punkt | Ärende | Beslut/åtgärd": the number, the title in
    bold over the discussion, and in the last column the decisions ("KC/RD beslutar att …",
    "Beslut: KC/RD ställer sig bakom …", "KC/RD enades om att …", "Informationen noteras.") with
    "Åtgärd: …" lines that are not decisions; the next meeting's date in the last row."""
    cast = Cast8(rng)
    body = "Regionala chefsamverkansgruppen (KC/RD)"
    day = C.meeting_date(rng)
    chair = Pol(cast.person(), "ordförande", C.REGION, title="regiondirektör")
    munis = list(C.MUNICIPALITIES)
    absent_orgs = rng.sample(munis, rng.randint(1, 3))
    members = [chair] + [
        Pol(cast.person(), "ledamot", o, title=rng.choice(("kommundirektör", "kommundirektör", "kommunchef")))
        for o in munis
        if o not in absent_orgs
    ]
    away = [Pol(cast.person(), "ledamot", o, title="kommundirektör") for o in absent_orgs]
    staff = [Off(cast.person(), t, C.REGION) for t in rng.sample(KCRD_REGION_STAFF, rng.randint(1, 2))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), rng.choice(("handläggare", "administratör")), C.REGION)
    if listed:
        staff.append(secretary)
    guests = [Off(cast.person(), rng.choice(("länsråd", "beredskapsdirektör")), C.LANSSTYRELSEN, role="övrig")]
    guests = guests[: rng.randint(0, 1)]
    who = [m.name for m in members[1:4]] + [a.name for a in staff]
    points = rng.sample(kcrd_points(rng, rng.sample(who, 3)), rng.randint(3, 4))
    nxt = C.later(day, rng, 28, 60)
    prev = day - dt.timedelta(days=rng.randint(28, 49))
    fam = rng.choice(("helvetica", "vera"))
    f = Flow(Style(fam, size=9.5, left=58, right=52, top=78, bottom=60))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line(body, bold=True, size=11.5, before=4)
    beside(f, "Datum", f"{cap(C.fmt_date(day, 'weekday'))}, {C.times(rng)}", col=92, before=10)
    beside(f, "Plats", rng.choice(C.COUNCIL_PLACES), col=92, before=1)
    f.line("Närvarande", bold=True, before=10, keep=1)
    for s in members:
        text = f"{s.name}, {s.title}, {s.org}" + (" (ordförande)" if s is chair else "")
        rec(f, f.line(text, x=12), s)
    f.line("Övriga från Region Örebro län", bold=True, before=8, keep=1)
    for a in staff:
        text = f"{a.name}, {a.title}" + (" (antecknare)" if a is secretary else "")
        rec(f, f.line(text, x=12), a)
        if a is secretary:
            rec_sec(f, f.lines[-1], secretary, True)
    if guests:
        f.line("Inbjudna", bold=True, before=8, keep=1)
        for g in guests:
            rec(f, f.line(f"{g.name}, {g.title}, {g.org}", x=12), g)
    f.line("Förhinder", bold=True, before=8, keep=1)
    f.para(", ".join(f"{s.name} ({C.SHORT[s.org]})" for s in away), x=12, before=0)
    if not listed:
        rec_sec(f, beside(f, "Antecknare", secretary.name, col=92, before=8)[0], secretary, False)
    xs = [0.0, 44.0, 290.0]
    f.row(
        list(zip(xs, ["Punkt", "Ärende", "Beslut/åtgärd"], strict=True)),
        bold=True,
        before=14,
        keep=1,
        rule=(xs[0] - 4, f.style.width, tuple(x - 4 for x in xs[1:])),
    )
    rows_spec: list[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = [
        (
            "Mötets öppnande och dagordning",
            (f"{chair.name} hälsade välkommen.",),
            (("Dagordningen godkändes.",) * 2,),
            (),
        ),
        (
            "Föregående minnesanteckningar",
            (f"Minnesanteckningarna från mötet den {C.fmt_date(prev, 'long')} gicks igenom.",),
            (("Minnesanteckningarna lades till handlingarna.",) * 2,),
            (),
        ),
        *((p.title, p.text, p.decisions, p.actions) for p in points),
        ("Övriga frågor", ("Inga övriga frågor anmäldes.",), (), ()),
        ("Nästa möte", (f"Nästa möte äger rum den {C.fmt_date(nxt, 'long')} kl. 09.00–12.00.",), (), ()),
    ]
    for k, (title, text, decisions, actions) in enumerate(rows_spec, start=1):
        cells = [
            [(str(k), False)],
            [(title, True), *((t, False) for t in text)],
            [*((d, False) for d, _ in decisions), *((a, False) for a in actions)] or [("–", False)],
        ]
        cell_row(f, xs, cells, first=lambda ln, k=k, title=title: open_item(f, ln, str(k), title))
        for _, gold in decisions:
            f.decision(gold)
    f.in_items = False

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 40, f"{C.REGION} • KC/RD • {day.isoformat()}")
        c.drawRightString(W - st.right, H - 40, page_label("sida_paren", page, total))
        c.setLineWidth(0.4)
        c.line(st.left, H - 46, W - st.right, H - 46)

    return Rendered(f, furniture, "minnesanteckningar", "Minnesanteckningar", body, day.isoformat())


# =========================================================================== 5 small board, running roster
COMPANIES8 = (
    ("Karlskogahem AB", "Karlskoga kommun"),
    ("Örebrobostäder AB", "Örebro kommun"),
    ("Lindesbergsbostäder AB", "Lindesbergs kommun"),
    ("Länsgården Fastigheter AB", C.REGION),
)
FEDERATIONS8 = (
    (
        "Nerikes Brandkår",
        ("Örebro kommun", "Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun", "Lekebergs kommun"),
        ("förbundsdirektör", "räddningschef", "ekonomichef", "administrativ chef"),
    ),
    (
        "Sydnärkes utbildningsförbund",
        ("Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun"),
        ("förbundschef", "ekonomichef", "rektor", "administrativ chef"),
    ),
)
COMPANY_STAFF8 = ("verkställande direktör", "ekonomichef", "fastighetschef", "uthyrningschef", "administrativ chef")


def small_board_topics(rng: random.Random, federation: bool, who: str) -> list[It8]:
    if federation:
        return [
            T(
                "Årsredovisning",
                (
                    "Förbundets årsredovisning visar ett resultat om {2,9 miljoner kronor|2900000}.",
                    f"{who} redogjorde för verksamhetens måluppfyllelse.",
                ),
                ("godkänna årsredovisningen", "överlämna årsredovisningen till medlemskommunerna"),
            ),
            T(
                "Ny förbundsordning",
                ("Medlemskommunerna har begärt en översyn av förbundsordningen.",),
                ("skicka förslaget till ny förbundsordning på remiss till medlemskommunerna",),
            ),
            T(
                "Upphandling av skyddsutrustning",
                ("Ramavtalet för personlig skyddsutrustning löper ut.", "Värdet beräknas till {1,4 mnkr|1400000}."),
                ("genomföra upphandlingen enligt förslaget",),
            ),
            T(
                "Medlemsbidrag för nästa år",
                ("Medlemsbidragen föreslås räknas upp med 2,8 procent.",),
                ("fastställa medlemsbidragen för nästa år",),
            ),
            T(
                "Rapport från förbundsledningen",
                (f"{who} informerade om rekryteringsläget och om arbetsmiljön.",),
                kind="info",
            ),
        ]
    return [
        T(
            "Bokslut och årsredovisning",
            (
                "Bolaget redovisar ett resultat efter finansiella poster om {18,4 miljoner kronor|18400000}.",
                f"{who} gick igenom förvaltningsberättelsen.",
            ),
            ("godkänna årsredovisningen och överlämna den till revisorerna",),
        ),
        T(
            "Hyresförhandling",
            (
                "Förhandlingen med Hyresgästföreningen har avslutats.",
                "Hyrorna höjs med i genomsnitt 4,1 procent från och med den 1 april.",
            ),
            ("godkänna förhandlingsöverenskommelsen",),
        ),
        T(
            "Investering i solceller",
            (
                "Bolaget planerar att installera solceller på sex fastigheter.",
                "Investeringen beräknas till {4,2 miljoner kronor|4200000}.",
            ),
            ("genomföra investeringen i solceller", "uppdra åt verkställande direktören att teckna avtal"),
        ),
        T(
            "Underhållsplan",
            ("Underhållsplanen för de kommande tio åren har uppdaterats.",),
            ("fastställa underhållsplanen",),
        ),
        T(
            "VD-rapport",
            (f"{who} rapporterade om uthyrningsläget, vakanser och pågående projekt.",),
            kind="info",
        ),
    ]


@variant(
    "board",
    "r_running_comma",
    "r_running_semicolon",
    "r_och",
    "r_party",
    "r_role_after",
    "r_tjg_for",
    "r_absent",
    "h_finnish",
    "d_sentences",
    "d_inline",
    "r_sig_box",
    "date_iso",
)
def house8_small_board_running(rng: random.Random) -> Rendered:
    """A municipal company's board or a kommunalförbund's direktion on one plain page style:
    "Styrelsen för Karlskogahem AB" (or "Direktionen för Nerikes Brandkår") over "Protokoll
    2025-03-14"; the roster as running text: "Närvarande: A (S), ordförande, B (M), vice
    ordförande, C (C) och D (SD); ersättare: E (V) och F (KD); dessutom deltog G, verkställande
    direktör, och H, ekonomichef." -- a direktion's members with party and municipality "(S,
    Kumla)", a serving ersättare "i stället för" the member; "Anmält förhinder: …" (not
    participants); "Protokollförare"; items "4 § Title"; decisions as sentences in the text
    ("Styrelsen beslutade att …", "Beslöts att …", "Direktionen beslöt vidare att …"); "Vid
    protokollet" and "Justeras" at the end."""
    cast = Cast8(rng)
    federation = rng.random() < 0.5
    if federation:
        org, munis, titles = rng.choice(FEDERATIONS8)
        organ = "Direktionen"
        seat_orgs = list(munis) * (2 if len(munis) < 5 else 1)  # a small förbund: two seats a member
        party = cast.party
    else:
        org, owner = rng.choice(COMPANIES8)
        organ = "Styrelsen"
        seat_orgs = [org] * rng.randint(5, 7)
        titles = COMPANY_STAFF8
        party = cast.party
    day = C.meeting_date(rng)
    seats = [
        Pol(cast.person(), "ordförande", seat_orgs[0], "S"),
        Pol(cast.person(), "vice ordförande", seat_orgs[1], "M"),
    ]
    seats += [Pol(cast.person(), "ledamot", o, party()) for o in seat_orgs[2:]]
    gone = rng.sample(range(2, len(seats)), rng.randint(1, 2))
    serving = [Pol(cast.person(), "ersättare", seats[g].org, seats[g].party, replaces=seats[g]) for g in gone[:1]]
    if rng.random() < 0.4:
        serving = []
    away = [seats[g] for g in gone[len(serving) :]] if serving else [seats[g] for g in gone]
    present = [s for k, s in enumerate(seats) if k not in gone]
    dep_orgs = rng.sample(seat_orgs, rng.randint(1, 2))
    idle = [Pol(cast.person(), "ersättare", o, party()) for o in dep_orgs]
    staff = [Off(cast.person(), t, org) for t in [titles[0], *rng.sample(titles[1:], rng.randint(1, 2))]]
    listed = rng.random() < 0.6
    secretary = staff[-1] if listed else Off(cast.person(), "nämndsekreterare" if federation else "assistent", org)
    just = rng.choice(present[1:] + serving)
    short = lambda o: C.SHORT.get(o, o)  # noqa: E731

    def np(s: Pol) -> str:
        if federation:
            return f"{s.name} ({s.party}, {short(s.org)})"
        return s.np()

    who = staff[0].name
    topics = rng.sample(small_board_topics(rng, federation, who), rng.randint(3, 4))
    topics.sort(key=lambda it: it.kind == "info")
    first = rng.choice((1, 1, rng.randint(12, 40)))
    fam = rng.choice(("times", "vera"))
    f = Flow(Style(fam, size=10.5, left=80, right=72, top=72))
    f.para(f"{organ} för {org}", bold=True, size=13)
    f.line(f"Protokoll {day.isoformat()}", bold=True, size=12, before=4)
    place = rng.choice(
        ("Förbundskontoret, sammanträdesrum Navet", "Digitalt via Teams")
        if federation
        else ("Bolagets kontor, sammanträdesrum Tornet", "Digitalt via Teams")
    )
    f.line(f"Tid och plats: {C.times(rng)}, {place}", before=8)
    # the roster as one paragraph
    pieces: list[tuple[str, object]] = [("Närvarande: ", None)]

    def add_list(entries: list, text, record, last: str = " och ") -> None:
        for e, t in zip(entries, joined([text(e) for e in entries], last=last), strict=True):
            sep = t[: len(t) - len(text(e))]
            if sep:
                pieces.append((sep, None))
            pieces.append((text(e), (lambda ln, e=e: record(ln, e))))

    add_list(present, lambda s: np(s) + (f", {role_word(s)}" if role_word(s) else ""), lambda ln, e: rec(f, ln, e))
    if serving:
        pieces.append(("; tjänstgörande ersättare: ", None))
        add_list(serving, lambda s: f"{np(s)} i stället för {s.replaces.name}", lambda ln, e: rec(f, ln, e))
    if idle:
        pieces.append(("; ersättare: " if federation else "; suppleanter: ", None))
        add_list(idle, np, lambda ln, e: rec(f, ln, e))
    pieces.append(("; dessutom deltog ", None))
    add_list(staff, lambda a: f"{a.name}, {a.title}", lambda ln, e: rec(f, ln, e), last=", och ")
    pieces.append((".", None))
    running(f, pieces, before=10)
    if away:
        f.para(f"Anmält förhinder: {', '.join(np(s) for s in away)}.", before=4)
    if listed:
        rec_sec(f, f.para(f"Protokollförare: {secretary.name}", before=4)[0], secretary, True)
    else:
        # printed with the title: the title is the gold's (not an official on the roster, though)
        rec_sec(f, f.para(f"Protokollförare: {secretary.name}, {secretary.title}", before=4)[0], secretary, True)
    n = first

    def heading(title: str) -> None:
        nonlocal n
        ln = f.line(f"{n} §", bold=True, size=11, before=14, keep=2, cells=((46, title, True),))
        f.item(str(n), title, ln)
        n += 1

    heading("Sammanträdets öppnande")
    f.para(f"Ordföranden {seats[0].name} hälsade de närvarande välkomna och förklarade sammanträdet öppnat.", before=3)
    heading("Val av justerare")
    text = f"Att jämte ordföranden justera dagens protokoll utsågs {just.name}."
    rec_just(f, f.para(text, before=3)[0], just)
    f.decision(text)
    heading("Godkännande av dagordning")
    f.para("Den utsända dagordningen godkändes.", before=3)
    f.decision("Den utsända dagordningen godkändes.")
    for it in topics:
        heading(it.title)
        if it.kind == "info":
            said = [f"{organ} lade rapporten till handlingarna."] if rng.random() < 0.6 else []
        else:
            said = []
            for j, a in enumerate(it.acts):
                if j == 0:
                    said.append(rng.choice((f"{organ} beslutade att {a}.", f"Beslöts att {a}.")))
                else:
                    said.append(rng.choice((f"{organ} beslutade vidare att {a}.", f"Beslöts vidare att {a}.")))
        if rng.random() < 0.5:  # the decisions end the paragraph
            f.para(" ".join([*it.text, *said]), before=3)
        else:
            f.para(" ".join(it.text), before=3)
            if said:
                f.para(" ".join(said), before=3)
        for s in said:
            f.decision(s)
    heading("Sammanträdets avslutande")
    nxt = C.later(day, rng, 30, 70)
    f.para(
        f"Ordföranden tackade för visat intresse och förklarade sammanträdet avslutat. Nästa sammanträde hålls "
        f"den {C.fmt_date(nxt, 'long')}.",
        before=3,
    )
    f.in_items = False
    f.line("Vid protokollet", before=26, keep=4)
    f.line("." * 34, before=20, keep=1)
    rec_sec(f, f.line(secretary.name), secretary, listed)
    f.line("Justeras", before=18, keep=4)
    names = sig_line(f, [("Ordförande", seats[0].name), ("Justerare", just.name)], before=20)
    rec_just(f, names, just)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawString(st.left, 40, f"{org} – {organ.lower()}s protokoll {day.isoformat()}")
        c.drawRightString(W - st.right, 40, page_label("plain", page, total))

    return Rendered(f, furniture, "protokoll", f"Protokoll {day.isoformat()}", f"{organ} {org}", day.isoformat(), org)


# =========================================================================== 6 kommunfullmäktige
KF_STAFF8 = ("kommundirektör", "ekonomichef", "kanslichef", "samhällsbyggnadschef")


def kf_topics8(rng: random.Random, year: int) -> list[It8]:
    return [
        T(
            f"Taxa för vatten och avlopp {year + 1}",
            (
                "VA-kollektivet behöver ökade intäkter för att finansiera förnyelsen av ledningsnätet.",
                "Brukningsavgiften för ett normalhus föreslås öka med {680 kronor|680} per år.",
            ),
            (f"anta taxa för vatten och avlopp för {year + 1}", "låta taxan gälla från och med den 1 januari"),
        ),
        T(
            "Årsredovisning för kommunen",
            (
                "Kommunens resultat uppgår till {21,3 miljoner kronor|21300000}.",
                "Balanskravet är uppfyllt och två av tre finansiella mål har nåtts.",
            ),
            ("godkänna årsredovisningen",),
        ),
        T(
            "Ansvarsfrihet för kommunstyrelsen och nämnderna",
            ("Revisorerna tillstyrker att ansvarsfrihet beviljas.",),
            ("bevilja kommunstyrelsen och nämnderna samt de enskilda förtroendevalda i dessa organ ansvarsfrihet",),
        ),
        T(
            "Förvärv av fastigheten Sågen 4",
            (
                "Fastigheten ligger i anslutning till kommunens industriområde.",
                "Köpeskillingen uppgår till {6,5 miljoner kronor|6500000}.",
            ),
            ("godkänna köpeavtalet för fastigheten Sågen 4", "finansiera förvärvet genom upplåning"),
        ),
        T(
            "Plan för krisberedskap",
            ("Kommunen ska för varje mandatperiod fastställa en plan för hantering av extraordinära händelser.",),
            ("anta planen för krisberedskap",),
        ),
    ]


@variant(
    "board",
    "running_header",
    "m_page_header_body",
    "r_role_heading",
    "r_running_comma",
    "r_running_semicolon",
    "r_och",
    "r_role_paren",
    "r_tjg_for",
    "r_ej_tjg",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
    "date_weekday",
)
def house8_kf_party_groups(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol whose running header names the body, the date and the
    paragraphs on each page ("§§ 47–49"); the members in running text grouped under the
    parties' full names ("Socialdemokraterna" over "Name (ordförande), Name, Name och Name"),
    "Tjänstgörande ersättare" as "Name (S) för Name; …", "Ej tjänstgörande ersättare" and
    "Övriga närvarande" (officials, semicolons) in running text, two justerare ("Justerare: A (S)
    och B (M)"), "Sekreterare"; items "§ 47" with the title beside (wrapping): an interpellation
    ("Kommunfullmäktige beslutar att interpellationen är besvarad."), a motion answered with
    "Kommunstyrelsens förslag" (not a decision), "Yrkanden", "Beslutsgång", "Reservation",
    new motions referred ("Motionerna remitteras till kommunstyrelsen för beredning."), an
    election, and topics decided under "Kommunfullmäktiges beslut" with att-clauses."""
    cast = Cast8(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    organ = "Kommunfullmäktige"
    day = C.meeting_date(rng)
    n_seats = rng.choice((31, 35, 41))
    seats = [
        Pol(cast.person(), "ordförande", org, "S"),
        Pol(cast.person(), "vice ordförande", org, "M", rank="1:e"),
        Pol(cast.person(), "vice ordförande", org, rng.choice(("C", "SD")), rank="2:e"),
    ]
    seats += [Pol(cast.person(), "ledamot", org, cast.party()) for _ in range(n_seats - 3)]
    gone = rng.sample(range(3, n_seats), rng.randint(3, 6))
    serving = [Pol(cast.person(), "ersättare", org, seats[g].party, replaces=seats[g]) for g in gone[:-1]]
    present = [s for k, s in enumerate(seats) if k not in gone]
    idle = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(rng.randint(4, 8))]
    staff = [Off(cast.person(), t, org) for t in rng.sample(KF_STAFF8, rng.randint(1, 3))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), "kommunsekreterare", org)
    voters = present + serving
    j1 = rng.choice([s for s in voters if s.party == "S" and s.role == "ledamot"] or voters[3:])
    j2 = rng.choice([s for s in voters if s.party not in ("S",) and s.role == "ledamot" and s is not j1])
    chair = seats[0]
    ks_chair = next((s for s in voters if s.party == "S" and s not in (chair, j1)), voters[3])
    opposition = [s for s in voters if s.party in ("V", "C", "SD", "KD", "L", "MP") and s.role == "ledamot"]
    asker, mover, m1, m2 = rng.sample(opposition if len(opposition) >= 4 else voters[3:], 4)
    newcomers = [(m1.name, m1.party), (m2.name, m2.party)]
    elected = (cast.person().name, rng.choice(("KD", "C", "S")))
    year = day.year
    subject = rng.choice(("skolskjuts på landsbygden", "väntetider inom hemtjänsten", "trygghet i centrum"))
    motion_subject = rng.choice(("fler laddstolpar vid kommunens anläggningar", "gratis simskola för alla barn"))
    items: list[It8] = [
        It8(0, "Val av justerare", kind="justerare"),
        It8(
            0,
            "Kungörelse av sammanträdet",
            ("Kungörelsen har publicerats på kommunens digitala anslagstavla.",),
            kind="open",
            sentence="Kommunfullmäktige godkänner att sammanträdet har kungjorts i laga ordning.",
        ),
        It8(
            0,
            f"Interpellation från {asker.np()} till kommunstyrelsens ordförande om {subject}",
            (
                f"{asker.np()} har ställt en interpellation till kommunstyrelsens ordförande om {subject}.",
                f"Kommunstyrelsens ordförande {ks_chair.np()} besvarar "
                f"interpellationen. I överläggningen deltar {asker.np()} och "
                f"{ks_chair.np()}.",
            ),
            kind="interpellation",
            dnr=f"KS {year}/{rng.randint(40, 600)}",
        ),
        It8(
            0,
            f"Svar på motion om {motion_subject}",
            (
                f"{mover.np()} föreslår i en motion att kommunen ska satsa på {motion_subject}.",
                "Kommunstyrelsen bedömer att frågan hanteras inom ordinarie budgetprocess.",
            ),
            ("anse motionen besvarad",),
            kind="motion",
            dnr=f"KS {year - 1}/{rng.randint(40, 600)}",
        ),
    ]
    topics = rng.sample(kf_topics8(rng, year), rng.randint(2, 3))
    for t in topics:
        t.dnr = f"KS {year}/{rng.randint(40, 600)}"
    items += topics
    items.append(
        It8(
            0,
            "Fyllnadsval av ersättare i socialnämnden",
            ("En ersättare i socialnämnden har avsagt sig sitt uppdrag.",),
            kind="open",
            sentence=f"Kommunfullmäktige väljer {elected[0]} ({elected[1]}) till ny ersättare i socialnämnden "
            "för resten av mandatperioden.",
        )
    )
    items.append(
        It8(
            0,
            "Anmälan av nya motioner",
            tuple(
                f"Motion från {nm} ({p}) om {m}."
                for (nm, p), m in zip(newcomers, ("ökad kameraövervakning", "ett kommunalt klimatråd"), strict=True)
            ),
            kind="open",
            sentence="Motionerna remitteras till kommunstyrelsen för beredning.",
        )
    )
    number_items(items, rng.randint(20, 120))
    fam = rng.choice(("times", "vera", "helvetica"))
    f = Flow(Style(fam, size=10, left=70, right=62, top=88, bottom=78))
    f.line("Sammanträde med kommunfullmäktige", bold=True, size=14)
    f.line(f"Tid: {cap(C.fmt_date(day, 'weekday'))} kl. 18.30–21.45", before=8)
    f.line(
        f"Plats: {rng.choice(('Kommunhuset, fullmäktigesalen', 'Folkets hus, stora salen', 'Stadshuset, sessionssalen'))}"
    )
    f.line("Närvarande ledamöter", bold=True, size=11, before=12, keep=2)
    order = [p for p, _ in PARTY_WEIGHTS8]
    for p in order:
        group = [s for s in present if s.party == p]
        if not group:
            continue
        f.line(PARTY_NAMES[p], bold=True, before=5, keep=1)
        texts = [s.name + (f" ({role_word(s)})" if role_word(s) else "") for s in group]
        pieces: list[tuple[str, object]] = []
        for s, t, raw in zip(group, joined(texts), texts, strict=True):
            if len(t) > len(raw):
                pieces.append((t[: len(t) - len(raw)], None))
            pieces.append((raw, (lambda ln, s=s: rec(f, ln, s))))
        running(f, pieces, x=14, before=0)

    def block(heading: str, entries: list, text, record, sep: str = ", ", last: str = " och ") -> None:
        if not entries:
            return
        f.line(heading, bold=True, size=11, before=10, keep=1)
        texts = [text(e) for e in entries]
        pieces: list[tuple[str, object]] = []
        for e, t, raw in zip(entries, joined(texts, last=last, sep=sep), texts, strict=True):
            if len(t) > len(raw):
                pieces.append((t[: len(t) - len(raw)], None))
            pieces.append((raw, (lambda ln, e=e: record(ln, e))))
        running(f, pieces, x=14, before=1)

    block(
        "Tjänstgörande ersättare",
        serving,
        lambda s: f"{s.np()} för {s.replaces.name}",
        lambda ln, e: rec(f, ln, e),
        sep="; ",
        last="; ",
    )
    block("Ej tjänstgörande ersättare", idle, lambda s: s.np(), lambda ln, e: rec(f, ln, e))
    block(
        "Övriga närvarande",
        staff + ([secretary] if listed else []),
        lambda a: f"{a.name}, {a.title}",
        lambda ln, e: rec(f, ln, e),
        sep="; ",
        last="; ",
    )
    col = 120.0
    jrow = beside(f, "Justerare", f"{j1.np()} och {j2.np()}", col=col, before=12)
    rec_just(f, jrow[0], j1)
    rec_just(f, jrow[0], j2)
    rec_sec(f, beside(f, "Sekreterare", secretary.name, col=col, before=2)[0], secretary, listed)
    beside(f, "Justeringens tid", C.later(day, rng).isoformat(), col=col, before=2)
    beside(f, "Paragrafer", f"§§ {items[0].number}–{items[-1].number}", col=col, before=2)
    gen = "Kommunfullmäktiges beslut"
    for k, it in enumerate(items):
        rows = wrap(it.title, f.style.width - 50, f.style.bold, 11)
        head = f.line(
            f"§ {it.number}",
            bold=True,
            size=11,
            before=16,
            keep=len(rows) + 1,
            new_page=k == 0,
            cells=((50, rows[0], True),),
        )
        f.item(str(it.number), it.title, head, it.dnr)
        for r in rows[1:]:
            f.line(r, x=50, bold=True, size=11)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", x=50, size=8.5, before=1)
        if it.kind == "justerare":
            f.line(gen, bold=True, before=8, keep=1)
            text = f"Kommunfullmäktige utser {j1.np()} och {j2.np()} att jämte ordföranden justera protokollet."
            f.para(text, before=2)
            f.decision(text)
            continue
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.kind == "interpellation":
            f.line(gen, bold=True, before=8, keep=1)
            text = "Kommunfullmäktige beslutar att interpellationen är besvarad."
            f.para(text, before=2)
            f.decision(text)
            continue
        if it.kind == "open":
            f.line(gen, bold=True, before=8, keep=1)
            f.para(it.sentence or "", before=2)
            f.decision(it.sentence or "")
            continue
        f.line("Kommunstyrelsens förslag", bold=True, before=8, keep=1)
        f.para(f"Kommunfullmäktige beslutar att {' och att '.join(it.acts)}.", before=2)
        reserved = None
        if it.kind == "motion":
            f.line("Yrkanden", bold=True, before=8, keep=1)
            f.para(f"{mover.np()} yrkar bifall till motionen.", before=2)
            backer = ks_chair
            f.para(f"{backer.np()} yrkar bifall till kommunstyrelsens förslag.", before=2)
            f.line("Beslutsgång", bold=True, before=8, keep=1)
            f.para(
                "Ordföranden ställer proposition på yrkandena och finner att kommunfullmäktige bifaller "
                "kommunstyrelsens förslag.",
                before=2,
            )
            reserved = mover
        f.line(gen, bold=True, before=8, keep=2)
        if len(it.acts) == 1:
            text = f"Kommunfullmäktige beslutar att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        else:
            f.para("Kommunfullmäktige beslutar", before=2)
            for j, a in enumerate(it.acts):
                f.para(f"att {a}{'.' if j == len(it.acts) - 1 else ','}", x=14, hang=20, before=1)
                f.decision(f"Kommunfullmäktige beslutar att {a}")
        if reserved is not None:
            f.line("Reservation", bold=True, before=8, keep=1)
            f.para(f"{PARTY_NAMES[reserved.party]}s ledamöter reserverar sig mot beslutet.", before=2)
    f.in_items = False

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10)
        c.drawString(st.left, H - 38, org.upper())
        c.drawString(st.left + 240, H - 38, "PROTOKOLL")
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 38, page_label("sida", page, total))
        c.drawString(st.left, H - 50, organ)
        c.drawString(st.left + 240, H - 50, C.fmt_date(day, "iso"))
        numbers: list[str] = []
        for ln in lines:
            if ln.item and ln.item not in numbers:
                numbers.append(ln.item)
        if numbers:
            label = f"§ {numbers[0]}" if len(numbers) == 1 else f"§§ {numbers[0]}–{numbers[-1]}"
            c.drawRightString(W - st.right, H - 50, label)
        c.setLineWidth(0.5)
        c.line(st.left, H - 57, W - st.right, H - 57)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 40, "Justerandes signatur")
        c.rect(st.left, 48, 110, 18)
        c.rect(st.left + 120, 48, 110, 18)
        c.drawString(st.left + 300, 40, "Utdragsbestyrkande")
        c.rect(st.left + 300, 48, 110, 18)

    return Rendered(f, furniture, "protokoll", "Protokoll", f"{organ} {org}", day.isoformat(), org)
