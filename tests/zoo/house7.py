"""SEEN variants in house styles of Swedish public bodies, written blind (from how the bodies
lay out their documents, not from what the parser reads), with the weight on decisions, items
and agreements: minnesanteckningar of a regional officials' group whose points are unnumbered
bold headings and whose decisions are sentences inside the running text ("Gruppen enades om
att …", "Det beslutades att …", "Beslut: …" in mid-paragraph) with "Åtgärd | Ansvarig | Klart"
tables; a kommunstyrelse protocol whose items run "Förslag till beslut", "Yrkanden",
"Propositionsordning", "Omröstning", "Omröstningsresultat", "Beslut" with numbered points,
"Reservation" and "Protokollsanteckning"; a nämnd protocol in two columns (the § and the Dnr
in a narrow left margin, the text in the right column) whose "Nämndens beslut" runs over a
page break; an överenskommelse between Region Örebro län and some municipalities with the
parties in a ruled table with organisation numbers and the signatures in a table "Part | Ort
och datum | Namnförtydligande | Befattning"; a samverkansavtal between two or three
municipalities with "§ 1 Parter" ("nedan kallad Kumla"), and signatures side by side under
place and date; a kommunalförbund's direktion whose items "Ärende 3" give "Direktionens beslut"
first and the background after.

Gold conventions are those of parts.py, house4b.py and house6.py: one entry per (person,
role), names given name first; absent members ("Förhinder", "Frånvarande") are not
participants; a serving substitute is "ersättare" and the member replaced is not a
participant; officials are "tjänsteperson" with their title; guests from other organisations
are "övrig"; members of an officials' group carry their title; the note-taker or secretary is
"sekreterare" (with the title, and "tjänsteperson" too, when listed among the officials); the
justerare is "justerare"; a direktion's members belong to their municipality, its officials
to the förbund.  Decisions: a sentence in running text is recorded verbatim ("Gruppen enades
om att …."), "Beslut: X" gives X; a lead with numbered clauses ("Kommunstyrelsen beslutar att"
over "1. godkänna …,") gives "<lead> <clause>" without the clause's punctuation; numbered
whole sentences ("1. Kommunstyrelsen godkänner …") give each sentence; proposals ("Förslag
till beslut"), Yrkanden, Propositionsordning, Omröstning, Reservation, Protokollsanteckning
and action tables are not decisions, and a name in an action table is no new participant.
Unnumbered headings are numbered by their ordinal.  Agreements have no items; their amounts
belong to no item; their body is None and their date the header's "Datum" if there is one.

People come from this file's own name lists (``Cast7``).  Each variant is a function
``rng -> Rendered`` registered in ``HOUSE7`` (make.py adds them to the seen part).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .layouts import Rendered, Variant, agreement_gold, beside, no_flow_facts, org_number, registry, wrapped_row
from .model import Agreement, Signatory
from .parts import page_label
from .people import Person
from .render import Flow, H, Ln, Style, W, text_width

HOUSE7: list[Variant] = []
variant = registry(HOUSE7)

# --------------------------------------------------------------------------- people
GIVEN7 = (
    "Agneta",
    "Anna-Lena",
    "Birgitta",
    "Camilla",
    "Charlotte",
    "Eivor",
    "Emma",
    "Gunnel",
    "Hanna",
    "Inga-Lill",
    "Irene",
    "Jeanette",
    "Johanna",
    "Katarina",
    "Lotta",
    "Maria",
    "Marianne",
    "Mia",
    "Märtha",
    "Petra",
    "Rebecka",
    "Sara",
    "Siv",
    "Susanne",
    "Tove",
    "Ulrica",
    "Yvonne",
    "Åsa-Karin",
    "Ingrid",
    "Fatima",
    "Hodan",
    "Mariam",
    "Anneli",
    "Björn",
    "Carl-Johan",
    "Daniel",
    "Emil",
    "Gunnar",
    "Håkan",
    "Jonas",
    "Kjell",
    "Lennart",
    "Martin",
    "Mats",
    "Peter",
    "Robert",
    "Sven-Erik",
    "Thomas",
    "Tobias",
    "Urban",
    "Anders-Göran",
    "Åke",
    "Jan-Olof",
    "Omar",
    "Hassan",
    "Kenneth",
    "Leif",
    "Pär",
)
FAMILY7 = (
    "Axelsson",
    "Berglund",
    "Carlsson",
    "Dahl",
    "Eriksson",
    "Falk",
    "Gran",
    "Hallberg",
    "Isberg",
    "Jakobsson",
    "Kvist",
    "Larsson",
    "Lindqvist",
    "Magnusson",
    "Norberg",
    "Ottosson",
    "Pettersson",
    "Ringström",
    "Samuelsson",
    "Sjöström",
    "Strand",
    "Svensson",
    "Törnqvist",
    "Wahlström",
    "Wikström",
    "Åström",
    "Älvsjö",
    "Önnestam",
    "Öberg",
    "Bergkvist",
    "Häll",
    "Lönnberg",
    "Mörk",
    "Nygård",
    "Rådström",
    "Sköld",
    "Tegnér",
    "Ugander",
    "Abdi",
    "Karimi",
    "Virtanen",
    "Lind Axelsson",
    "Falk Sjöström",
    "Berg-Öberg",
    "Strand-Häll",
    "von Knorring",
    "af Wetterstedt",
    "de Mare",
    "Grahn",
    "Backman",
)
PARTY_WEIGHTS = (("S", 31), ("M", 18), ("SD", 18), ("C", 10), ("V", 8), ("KD", 6), ("L", 4), ("MP", 5))


class Cast7:
    """People for one document; no full name and, while the list lasts, no family name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.families: set[str] = set()

    def person(self) -> Person:
        while True:
            given, family = self.rng.choice(GIVEN7), self.rng.choice(FAMILY7)
            name = f"{given} {family}"
            if name in self.names or (family in self.families and len(self.families) < 42):
                continue
            self.names.add(name)
            self.families.add(family)
            return Person(given, family)

    def party(self) -> str:
        return self.rng.choices([p for p, _ in PARTY_WEIGHTS], [w for _, w in PARTY_WEIGHTS])[0]


@dataclass
class Pol:
    """A politician (or a member of an officials' group) on a roster."""

    person: Person
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    org: str
    party: str | None = None
    rank: str = ""
    replaces: Pol | None = None
    title: str | None = None  # an officials' group member's job title

    @property
    def name(self) -> str:
        return self.person.name

    def np(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name


@dataclass
class Off:
    """An official or a guest with a job title."""

    person: Person
    title: str
    org: str
    role: str = "tjänsteperson"

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
class It7:
    """An agenda item: its text, its decision's acts (infinitive phrases) or a sentence."""

    number: int
    title: str
    text: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    kind: str = "topic"  # topic | info | justerare | open | close
    sentence: str | None = None
    dnr: str | None = None
    kf: bool = False  # the board proposes the decision to kommunfullmäktige
    basis: tuple[str, ...] = ()
    sent: str = ""
    extra: dict = field(default_factory=dict)


def T(title: str, text: tuple[str, ...], acts: tuple[str, ...] = (), **kw) -> It7:
    return It7(0, title, text, acts, **kw)


def number_items(items: list[It7], first: int) -> list[It7]:
    for k, it in enumerate(items):
        it.number = first + k
    return items


def fill(items: list[It7], who: str) -> list[It7]:
    for it in items:
        it.text = tuple(t.replace("{who}", who) for t in it.text)
        it.acts = tuple(a.replace("{who}", who) for a in it.acts)
    return items


def later(day: dt.date, rng: random.Random, lo: int, hi: int) -> dt.date:
    return C.later(day, rng, lo, hi)


# --------------------------------------------------------------------------- furniture
def muni_header(org: str, organ: str, day: dt.date, *, kind: str = "SAMMANTRÄDESPROTOKOLL", boxes: bool = True):
    """The municipality in capitals, the protocol's kind, "Sida 2(6)"; the body and the date
    under them; "Justerandes signatur" and "Utdragsbestyrkande" boxes at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 10.5)
        c.drawString(st.left, H - 38, org.upper())
        c.setFont(st.bold, 9)
        c.drawString(st.left + 230, H - 38, kind)
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 38, page_label("sida_paren", page, total))
        c.drawString(st.left + 230, H - 50, f"Sammanträdesdatum {day.isoformat()}")
        c.drawString(st.left, H - 50, organ)
        c.setLineWidth(0.5)
        c.line(st.left, H - 56, W - st.right, H - 56)
        if boxes:
            c.setFont(st.reg, 7)
            c.drawString(st.left, 48, "Justerandes signatur")
            c.rect(st.left, 26, 130, 19)
            c.drawString(st.left + 300, 48, "Utdragsbestyrkande")
            c.rect(st.left + 300, 26, 130, 19)

    return draw


def footer_line(text: str, label: str = "sida"):
    """A thin rule and a line of text at the foot, the page label at its right."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setLineWidth(0.4)
        c.line(st.left, 50, W - st.right, 50)
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 40, text)
        c.drawRightString(W - st.right, 40, page_label(label, page, total))

    return draw


# =========================================================================== 1 officials' group
GROUPS7 = (
    ("Chefsgrupp folkhälsa", "Chefsgruppen"),
    ("Chefsgrupp social välfärd samt vård och omsorg", "Chefsgruppen"),
    ("Styrgrupp barn och unga", "Styrgruppen"),
    ("Tjänstepersonsgruppen för folkhälsa", "Gruppen"),
)
MEMBER_TITLES7 = (
    "socialchef",
    "folkhälsostrateg",
    "förvaltningschef",
    "verksamhetschef",
    "avdelningschef IFO",
    "skolchef",
    "utvecklingschef",
    "folkhälsosamordnare",
)
REGION_STAFF7 = ("processledare", "utvecklingsledare", "regional samordnare", "folkhälsostrateg")
GUEST7 = (
    (C.LANSSTYRELSEN, "länssamordnare"),
    (C.LANSSTYRELSEN, "handläggare"),
    (C.RF_SISU, "verksamhetsutvecklare"),
    (C.OLBF, "konsulent"),
)


@dataclass
class Point:
    """A point of the notes: text before the decision, the decision (form, content), text after
    it, and whether an action table follows."""

    title: str
    before: tuple[str, ...]
    form: str | None  # enades | beslutades | beslut | None
    content: str = ""
    after: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


def group_points(rng: random.Random, subject: str, who: list[str]) -> list[Point]:
    w = lambda k: who[k % len(who)]  # noqa: E731
    return [
        Point(
            "Länsgemensam handlingsplan för psykisk hälsa",
            (
                f"{w(0)} presenterade det reviderade utkastet till handlingsplan.",
                "Synpunkterna från kommunerna har arbetats in, bland annat om elevhälsans roll.",
            ),
            "enades",
            "ställa sig bakom utkastet och lämna det vidare till samverkansrådet",
            ("Den slutliga versionen presenteras för rådet i juni.",),
            ("Skicka utkastet till samverkansrådets sekreterare", "Informera de lokala folkhälsoråden"),
        ),
        Point(
            "Fördelning av statsbidrag för psykisk hälsa och suicidprevention",
            (
                "Länet tilldelas i år {4,1 miljoner kronor|4100000} i statsbidrag.",
                f"{w(1)} redogjorde för två modeller för hur medlen kan fördelas mellan kommunerna.",
            ),
            "beslutades",
            "fördela medlen efter befolkningsandel med ett grundbelopp om {100 000 kronor|100000} per kommun",
            ("Regionens andel används till länsgemensamma utbildningar.",),
        ),
        Point(
            "Utbildningsdag om våld i nära relationer",
            (
                f"{w(2)} berättade att Länsstyrelsen erbjuder en gemensam utbildningsdag för länets kommuner.",
                "Gruppen diskuterade målgrupp och tidpunkt.",
            ),
            "beslut",
            f"{subject} ställer sig bakom att utbildningsdagen genomförs under hösten",
            ("Kostnaden beräknas till {45 000 kronor|45000} och delas lika mellan parterna.",),
            ("Ta fram förslag till program", "Boka lokal i Hallsberg"),
        ),
        Point(
            "Uppföljning av samverkansavtalen för folkhälsa",
            (
                f"{w(0)} visade hur arbetet enligt samverkansavtalen har följts upp under året.",
                "Samtliga kommuner har lämnat in sin uppföljning och resultaten sammanställs till nästa möte.",
                "Flera efterfrågade en enklare mall för rapporteringen.",
            ),
            None,
            actions=("Ta fram en förenklad uppföljningsmall",),
        ),
        Point(
            "Remiss om regional utvecklingsstrategi",
            (
                "Regionen har skickat ut förslaget till regional utvecklingsstrategi på remiss.",
                "Svaren ska vara inne senast i slutet av nästa månad.",
            ),
            "enades",
            "lämna ett gemensamt yttrande med fokus på social hållbarhet",
            (f"{w(1)} sammanställer ett första utkast.",),
        ),
        Point(
            "Barn som anhöriga",
            (
                f"{w(2)} lyfte behovet av bättre stöd till barn som har föräldrar med missbruk eller psykisk ohälsa.",
                "Flera kommuner saknar i dag rutiner för hur barnen ska uppmärksammas.",
            ),
            "beslutades",
            f"{w(2)} får i uppdrag att sammankalla en arbetsgrupp med representanter från varje länsdel",
        ),
        Point(
            "Ekonomisk uppföljning",
            (
                "Av gruppens budget om {850 000 kronor|850000} har {410 000 kronor|410000} använts hittills i år.",
                "Prognosen visar att budgeten håller.",
            ),
            "beslut",
            "Den ekonomiska uppföljningen godkänns",
        ),
    ]


@variant(
    "minutes",
    "h_unnumbered",
    "d_inline",
    "d_sentences",
    "r_absent",
    "r_antecknare",
    "r_inbjudna",
    "date_long",
    "m_other_dates",
    "m_letterhead_body",
)
def house7_group_running_decisions(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a regional officials' group on the region's letterhead: "Region
    Örebro län" over "Regional utveckling", MINNESANTECKNINGAR at the right, the group in bold,
    "Mötesdatum: 4 mars 2025"; "Närvarande" in a label column ("Name, title, Kommun", the chair
    "(ordförande)"), "Processtöd" (the region's officials), "Inbjuden" (a guest), "Förhinder"
    (not participants), "Antecknare"; points as unnumbered bold headings; decisions inside the
    running text: "Chefsgruppen enades om att …", "Det beslutades att …", "Beslut: …" in the
    middle of a paragraph with text after it; "Åtgärd | Ansvarig | Klart senast" tables under
    some points (not decisions); the previous meeting's and the next meeting's dates."""
    cast = Cast7(rng)
    body, subject = rng.choice(GROUPS7)
    day = C.meeting_date(rng)
    orgs = rng.sample(list(C.MUNICIPALITIES), rng.randint(6, 9))
    chair = Pol(cast.person(), "ordförande", C.REGION, title=rng.choice(("områdeschef", "avdelningschef")))
    members = [chair] + [Pol(cast.person(), "ledamot", o, title=rng.choice(MEMBER_TITLES7)) for o in orgs]
    away = [
        Pol(cast.person(), "ledamot", o)
        for o in rng.sample([o for o in C.MUNICIPALITIES if o not in orgs], rng.randint(1, 2))
    ]
    staff = [Off(cast.person(), t, C.REGION) for t in rng.sample(REGION_STAFF7, rng.randint(1, 2))]
    listed = rng.random() < 0.6
    secretary = staff[0] if listed else Off(cast.person(), "administratör", C.REGION)
    guests = [Off(cast.person(), t, o, role="övrig") for o, t in rng.sample(GUEST7, rng.randint(0, 1))]
    fam = rng.choice(("vera", "helvetica", "times"))
    f = Flow(Style(fam, size=10, left=68, right=62, top=72))
    f.row([(0, C.REGION), (f.style.width - 140, "MINNESANTECKNINGAR")], bold=True, size=10)
    f.line("Regional utveckling", size=8.5, before=1)
    f.para(body, bold=True, size=14, before=18)
    f.line(f"Mötesdatum: {C.fmt_date(day, 'long')}, {C.times(rng)}", before=8)
    f.line(f"Plats: {rng.choice(C.COUNCIL_PLACES)}")
    col = 110.0

    def block(label: str, entries: list, text, record) -> None:
        for k, e in enumerate(entries):
            rows = beside(f, label if k == 0 else "", text(e), col=col, hang=10, before=8 if k == 0 else 0)
            record(e, rows[0])

    block(
        "Närvarande",
        members,
        lambda s: f"{s.name}, {s.title}, {s.org}" + (" (ordförande)" if s.role == "ordförande" else ""),
        lambda s, ln: rec(f, ln, s),
    )
    block("Processtöd", staff, lambda a: f"{a.name}, {a.title}, {a.org}", lambda a, ln: rec(f, ln, a))
    block("Inbjuden", guests, lambda a: f"{a.name}, {a.title}, {a.org}", lambda a, ln: rec(f, ln, a))
    beside(f, "Förhinder", ", ".join(f"{s.name} ({C.SHORT[s.org]})" for s in away), col=col, before=8)
    rec_sec(f, beside(f, "Antecknare", secretary.name, col=col, before=8)[0], secretary, listed)

    names = [s.name for s in members[1:]] + [a.name for a in staff]
    points = rng.sample(group_points(rng, subject, rng.sample(names, 3)), rng.randint(3, 5))
    prev = day - dt.timedelta(days=rng.randint(28, 56))
    nxt = later(day, rng, 30, 60)
    n = 0

    def heading(title: str) -> None:
        nonlocal n
        n += 1
        ln = f.line(title, bold=True, size=11, before=14, keep=1)
        f.item(str(n), title, ln)

    heading(rng.choice(("Inledning", "Mötets inledning")))
    opening = "Dagordningen godkändes utan ändringar."
    f.para(f"{chair.name} hälsade välkommen. {opening}", before=3)
    f.decision(opening)
    heading("Föregående minnesanteckningar")
    prior = f"Minnesanteckningarna från mötet den {C.fmt_date(prev, 'long')} lades till handlingarna."
    f.para(prior, before=3)
    f.decision(prior)
    for p in points:
        heading(p.title)
        said = None
        if p.form == "enades":
            said = f"{subject} enades om att {p.content}."
        elif p.form == "beslutades":
            said = f"Det beslutades att {p.content}."
        elif p.form == "beslut":
            said = f"{p.content}."
        parts = list(p.before)
        if said:
            parts.append(f"Beslut: {said}" if p.form == "beslut" else said)
        parts += list(p.after)
        f.para(" ".join(parts), before=3)
        if said:
            f.decision(said)
        if p.actions and rng.random() < 0.8:
            xs = [0.0, 250.0, 375.0]
            rule = (-4.0, f.style.width, tuple(x - 4 for x in xs[1:]))
            f.row(
                list(zip(xs, ["Åtgärd", "Ansvarig", "Klart senast"], strict=True)),
                bold=True,
                size=9,
                before=6,
                rule=rule,
                keep=1,
            )
            for what in p.actions:
                when = rng.choice(("Nästa möte", C.fmt_date(later(day, rng, 10, 30), "iso"), "Löpande"))
                f.row(list(zip(xs, [what, rng.choice(names), when], strict=True)), size=9, rule=rule)
    heading("Övriga frågor")
    f.para("Inga övriga frågor anmäldes.", before=3)
    heading("Nästa möte")
    f.para(f"Nästa möte äger rum den {C.fmt_date(nxt, 'long')} kl. 13.00–15.30.", before=3)
    f.in_items = False
    return Rendered(
        f,
        footer_line(f"{body} – minnesanteckningar {day.isoformat()}", "sida_paren"),
        "minnesanteckningar",
        "Minnesanteckningar",
        body,
        day.isoformat(),
    )


# =========================================================================== 2 kommunstyrelse
def ks_topics7(rng: random.Random, town: str, year: int, who: str) -> list[It7]:
    area = rng.choice(("Västra Mark", "Östra Bryggan", "Hagaberg", "Lilla Tallbacken"))
    return [
        T(
            f"Budget {year + 1} och flerårsplan {year + 2}–{year + 3}",
            (
                "Förslaget till budget bygger på oförändrad skattesats.",
                "Nämndernas ramar räknas upp med {18,5 miljoner kronor|18500000} jämfört med innevarande år.",
            ),
            (
                f"fastställa skattesatsen för {year + 1} till 22,15 kronor per skattekrona",
                f"anta budget för {year + 1} och flerårsplan för {year + 2}–{year + 3}",
                "ge kommunstyrelsen rätt att under året omsätta lån",
            ),
            kf=True,
            basis=("Tjänsteskrivelse", "Förslag till budget"),
            sent="Kommunfullmäktige",
            extra={"vote": True},
        ),
        T(
            f"Markanvisning för bostäder i {area}",
            (
                f"Ett bostadsbolag har ansökt om markanvisning för cirka 40 lägenheter i {area}.",
                "Markpriset föreslås till {1 150 kronor|1150} per kvadratmeter ljus BTA.",
            ),
            (
                f"godkänna markanvisningsavtalet för {area}",
                "uppdra åt kommundirektören att underteckna avtalet",
            ),
            basis=("Tjänsteskrivelse", "Förslag till markanvisningsavtal"),
            sent="Samhällsbyggnadsförvaltningen",
            extra={"vote": True},
        ),
        T(
            "Svar på motion om fria resor för pensionärer",
            (
                "I en motion föreslås att kommunens invånare över 75 år ska få resa avgiftsfritt i kollektivtrafiken.",
                "Kostnaden beräknas till omkring {2,1 miljoner kronor|2100000} per år.",
            ),
            ("avslå motionen",),
            kf=True,
            basis=("Motion", "Tjänsteskrivelse"),
            sent="Kommunfullmäktige",
            extra={"vote": True},
        ),
        T(
            "Revidering av riktlinjer för representation",
            (
                "Riktlinjerna har setts över och anpassats till Skatteverkets nya beloppsgränser.",
                "Förslaget förtydligar också vad som gäller vid uppvaktning av anställda.",
            ),
            ("anta de reviderade riktlinjerna för representation", "upphäva de tidigare riktlinjerna"),
            basis=("Tjänsteskrivelse", "Reviderade riktlinjer"),
            sent="Samtliga förvaltningar",
        ),
        T(
            "Bidrag till föreningen Trygga vuxna",
            (
                "Föreningen bedriver nattvandringar i centrala delar av kommunen.",
                "Föreningen har ansökt om {35 000 kronor|35000} för inköp av utrustning.",
            ),
            (
                "bevilja föreningen Trygga vuxna ett bidrag om {35 000 kronor|35000}",
                "belasta kommunstyrelsens oförutsedda medel",
            ),
            basis=("Ansökan", "Tjänsteskrivelse"),
            sent="Föreningen, Ekonomienheten",
        ),
        T(
            "Ombyggnad av kommunhusets reception",
            (
                "Receptionen behöver byggas om för att förbättra tillgänglighet och arbetsmiljö.",
                "Investeringen beräknas till {3,4 miljoner kronor|3400000}.",
            ),
            (
                "genomföra ombyggnaden av kommunhusets reception",
                "finansiera investeringen inom kommunstyrelsens investeringsram",
                f"uppdra åt {who} att återrapportera när arbetet är slutfört",
            ),
            basis=("Tjänsteskrivelse", "Kostnadskalkyl"),
            sent="Fastighetsenheten",
        ),
        T(
            "Redovisning av delegationsbeslut",
            ("Förteckning över beslut fattade på delegation under perioden redovisas.",),
            kind="info",
            sentence="Kommunstyrelsen lägger redovisningen av delegationsbeslut till handlingarna.",
        ),
    ]


KS_STAFF7 = ("kommundirektör", "ekonomichef", "kanslichef", "samhällsbyggnadschef", "HR-chef", "utredare")


def muni_board(rng: random.Random, cast: Cast7, org: str, *, members: int, serving: int, idle: int):
    """Members with parties (chair S, 1:e vice M, 2:e vice another), serving substitutes who
    replace absent members, and non-serving substitutes."""
    seats = [
        Pol(cast.person(), "ordförande", org, "S"),
        Pol(cast.person(), "vice ordförande", org, "M", rank="1:e"),
        Pol(cast.person(), "vice ordförande", org, rng.choice(("C", "SD", "KD")), rank="2:e"),
    ]
    seats += [Pol(cast.person(), "ledamot", org, cast.party()) for _ in range(members - 3 - serving)]
    for _ in range(serving):
        party = cast.party()
        gone = Pol(cast.person(), "ledamot", org, party)
        seats.append(Pol(cast.person(), "ersättare", org, party, replaces=gone))
    idle_subs = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(idle)]
    return seats, idle_subs


@variant(
    "board",
    "h_para",
    "d_numbered",
    "d_not_proposal",
    "d_not_yrkanden",
    "d_not_reservation",
    "d_proposal_kf",
    "d_beslut",
    "r_tjg_for",
    "r_ej_tjg",
    "r_utses_justera",
    "running_header",
    "date_iso",
)
def house7_ks_vote_numbered(rng: random.Random) -> Rendered:
    """A kommunstyrelse protocol: a front page of labels ("Plats och tid", "Beslutande" with
    "Name (S), ordförande", "Tjänstgörande ersättare" as "Name (M) för Name (M)", "Ej
    tjänstgörande ersättare", "Övriga deltagare", "Utses att justera", "Paragrafer"); items
    "§ 45 Title" with "Dnr KS 2025/123" at the right; each item "Ärendebeskrivning",
    "Beslutsunderlag", "Förslag till beslut" (the arbetsutskott's numbered proposal, not a
    decision), "Yrkanden", "Propositionsordning", "Omröstning" with "Omröstningsresultat" (9
    ja-röster mot 4 nej-röster), then "Beslut" with numbered points ("Kommunstyrelsen beslutar
    att" over "1. godkänna …", or "1. Kommunstyrelsen godkänner …" sentences, or "föreslår
    kommunfullmäktige besluta att"), "Reservation", "Protokollsanteckning", "Beslutet skickas
    till"; the municipality and "Sida 2(6)" in a running header."""
    cast = Cast7(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    town = C.MUNICIPALITIES[org]
    organ = "Kommunstyrelsen"
    day = C.meeting_date(rng)
    seats, idle = muni_board(
        rng, cast, org, members=rng.choice((11, 13)), serving=rng.randint(1, 2), idle=rng.randint(2, 3)
    )
    staff = [Off(cast.person(), t, org) for t in rng.sample(KS_STAFF7, rng.randint(2, 4))]
    listed = rng.random() < 0.5
    secretary = Off(cast.person(), rng.choice(("kommunsekreterare", "nämndsekreterare")), org)
    just = rng.choice([s for s in seats if s.role != "ordförande"])
    items = rng.sample(ks_topics7(rng, town, day.year, staff[0].name), rng.randint(4, 5))
    items.sort(key=lambda it: it.kind == "info")
    if not any(it.extra.get("vote") for it in items):
        items[0].extra["vote"] = True
    number_items(items, rng.randint(12, 140))
    for it in items:
        it.dnr = f"KS {day.year}/{rng.randint(40, 690)}"
    chair = seats[0]
    f = Flow(Style(rng.choice(("vera", "times")), size=10, left=66, right=60, top=78, bottom=80))
    f.line("Sammanträdesprotokoll", bold=True, size=16)
    f.line(organ, bold=True, size=12, before=4)
    col = 150.0
    beside(f, "Plats och tid", f"{rng.choice(C.PLACES)}, {C.fmt_date(day, 'iso')} {C.times(rng)}", col=col, before=14)

    def lines(label: str, entries: list, text) -> None:
        for k, e in enumerate(entries):
            rec(f, beside(f, label if k == 0 else "", text(e), col=col, before=8 if k == 0 else 0, hang=10)[0], e)

    lines(
        "Beslutande",
        [s for s in seats if not s.replaces],
        lambda s: s.np() + (f", {role_word(s)}" if role_word(s) else ""),
    )
    lines("Tjänstgörande ersättare", [s for s in seats if s.replaces], lambda s: f"{s.np()} för {s.replaces.np()}")
    lines("Ej tjänstgörande ersättare", idle, lambda s: s.np())
    lines("Övriga deltagare", staff + ([secretary] if listed else []), lambda a: f"{a.name}, {a.title}")
    rec_just(f, beside(f, "Utses att justera", just.np(), col=col, before=8)[0], just)
    beside(f, "Justeringens plats och tid", f"Kommunkansliet {later(day, rng, 3, 8).isoformat()}", col=col, before=8)
    beside(f, "Paragrafer", f"§§ {items[0].number}–{items[-1].number}", col=col, before=8)
    for label, who, record in (
        ("Sekreterare", secretary, lambda ln: rec_sec(f, ln, secretary, listed)),
        ("Ordförande", chair, lambda ln: None),
        ("Justerande", just, lambda ln: rec_just(f, ln, just)),
    ):
        f.line(label, bold=True, before=16, keep=2, cells=((col, "." * 46, False),))
        record(f.line(who.name, x=col))

    voters = [s for s in seats]
    others = [s for s in voters if s.party not in ("S", chair.party) and s is not chair]
    for k, it in enumerate(items):
        head = f.line(
            f"§ {it.number}",
            bold=True,
            size=11.5,
            before=14,
            keep=2,
            new_page=k == 0,
            cells=((56, it.title, True), (f.style.width - 95, f"Dnr {it.dnr}", False)),
        )
        f.item(str(it.number), it.title, head, it.dnr)
        f.line("Ärendebeskrivning", bold=True, before=8, keep=1)
        f.para(" ".join(it.text))
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for j, b in enumerate(it.basis):
                f.para(f"{b}, {(day - dt.timedelta(days=8 + 3 * j + it.number % 5)).isoformat()}", x=10, before=1)
        if it.kind == "info":
            f.line("Beslut", bold=True, before=8, keep=1)
            f.para(it.sentence or "")
            f.decision(it.sentence or "")
            continue
        n = len(it.acts)
        f.line("Förslag till beslut", bold=True, before=8, keep=1)
        target = "kommunstyrelsen föreslå kommunfullmäktige besluta" if it.kf else "kommunstyrelsen besluta"
        if n == 1:
            f.para(f"Kommunstyrelsens arbetsutskott föreslår {target} att {it.acts[0]}.", before=2)
        else:
            f.para(f"Kommunstyrelsens arbetsutskott föreslår {target} att", before=2)
            for j, a in enumerate(it.acts):
                f.para(f"{j + 1}. {a}{'.' if j == n - 1 else ','}", x=14, hang=14, before=1)
        mover = None
        f.line("Yrkanden", bold=True, before=8, keep=1)
        f.para(f"{chair.np()} yrkar bifall till arbetsutskottets förslag.")
        if it.extra.get("vote") and others:
            mover = rng.choice(others)
            what = rng.choice(("avslag på förslaget", "att ärendet återremitteras till förvaltningen"))
            f.para(f"{mover.np()} yrkar {what}.", before=2)
            f.line("Propositionsordning", bold=True, before=8, keep=1)
            f.para(
                "Ordföranden ställer proposition på de båda yrkandena och finner att kommunstyrelsen bifaller "
                "arbetsutskottets förslag. Votering begärs."
            )
            yes = rng.randint(len(voters) // 2 + 1, len(voters) - 2)
            abst = rng.randint(0, 1)
            no = len(voters) - yes - abst
            f.line("Omröstning", bold=True, before=8, keep=1)
            f.para(
                "Kommunstyrelsen godkänner följande voteringsordning: Ja-röst för bifall till arbetsutskottets "
                f"förslag, nej-röst för bifall till {mover.name}s yrkande."
            )
            f.line("Omröstningsresultat", bold=True, before=8, keep=1)
            tail = f" och {abst} avstår" if abst else ""
            f.para(
                f"Med {yes} ja-röster mot {no} nej-röster{tail} har ordförandens proposition vunnit bifall. "
                "Voteringslistan finns som bilaga till protokollet."
            )
        else:
            f.line("Propositionsordning", bold=True, before=8, keep=1)
            f.para("Ordföranden frågar om kommunstyrelsen kan bifalla arbetsutskottets förslag och finner att så sker.")
        f.line("Beslut", bold=True, before=8, keep=1)
        sentences = not it.kf and n > 1 and all(a.split(" ", 1)[0] in C.VERBS for a in it.acts) and rng.random() < 0.5
        if n == 1:
            lead = "Kommunstyrelsen föreslår kommunfullmäktige besluta" if it.kf else "Kommunstyrelsen beslutar"
            text = f"{lead} att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        elif sentences:
            for j, a in enumerate(it.acts):
                s = f"Kommunstyrelsen {C.finite(a, 0)}."
                f.para(f"{j + 1}. {s}", x=0, hang=14, before=2 if j == 0 else 1)
                f.decision(s)
        else:
            lead = "Kommunstyrelsen föreslår kommunfullmäktige besluta att" if it.kf else "Kommunstyrelsen beslutar att"
            f.para(lead, before=2)
            for j, a in enumerate(it.acts):
                f.para(f"{j + 1}. {a}{'.' if j == n - 1 else ','}", x=14, hang=14, before=1)
                f.decision(f"{lead} {a}")
        if mover is not None:
            f.line("Reservation", bold=True, before=8, keep=1)
            f.para(f"{mover.np()} reserverar sig mot beslutet till förmån för eget yrkande.")
        if rng.random() < 0.4:
            noter = rng.choice([s for s in voters if s is not chair])
            f.line("Protokollsanteckning", bold=True, before=8, keep=1)
            f.para(
                f"{noter.np()} lämnar följande anteckning till protokollet: Vi vill att kommunstyrelsen får en "
                "uppföljning av ärendet inom ett år."
            )
        f.line("Beslutet skickas till", bold=True, before=8, keep=1)
        f.para(it.sent, before=1)
    f.in_items = False
    return Rendered(
        f, muni_header(org, organ, day), "protokoll", "Sammanträdesprotokoll", f"{organ} {org}", day.isoformat(), org
    )


# =========================================================================== 3 nämnd, margin column
NAMND7 = {
    "Socialnämnden": (
        "SN",
        (
            T(
                "Riktlinjer för handläggning av ekonomiskt bistånd",
                (
                    "Riktlinjerna har reviderats med anledning av ändringar i socialtjänstlagen och ny rättspraxis.",
                    "De nya riktlinjerna förtydligar bland annat hur skäliga boendekostnader bedöms.",
                ),
                (
                    "anta de reviderade riktlinjerna för handläggning av ekonomiskt bistånd att gälla från och med den första dagen i nästkommande månad",
                    "upphäva de riktlinjer som antogs av nämnden tidigare",
                ),
                basis=("Tjänsteskrivelse", "Förslag till riktlinjer"),
                sent="Individ- och familjeomsorgen",
            ),
            T(
                "Avtal om skyddat boende",
                (
                    "Nuvarande avtal om platser i skyddat boende löper ut vid årsskiftet.",
                    "Den nya upphandlingen omfattar fyra platser till en beräknad kostnad om {2,8 miljoner kronor|2800000} per år.",
                ),
                (
                    "godkänna tilldelningen i upphandlingen av skyddat boende och uppdra åt socialchefen att teckna avtal med den vinnande leverantören",
                ),
                basis=("Tjänsteskrivelse", "Tilldelningsbeslut"),
                sent="Socialchefen",
            ),
            T(
                "Internkontrollplan",
                ("Förvaltningen har tagit fram en internkontrollplan utifrån en risk- och väsentlighetsanalys.",),
                (
                    "anta internkontrollplanen för nästa år",
                    "uppdra åt förvaltningen att redovisa uppföljningen i december",
                ),
                basis=("Tjänsteskrivelse", "Internkontrollplan"),
                sent="Förvaltningen",
            ),
            T(
                "Rapport om ej verkställda beslut",
                ("Under kvartalet har fem beslut om bistånd inte verkställts inom tre månader.",),
                (
                    "godkänna rapporten om ej verkställda beslut och överlämna den till kommunfullmäktige och revisorerna",
                ),
                basis=("Sammanställning",),
                sent="Kommunfullmäktige, Revisorerna",
            ),
            T(
                "Ekonomisk uppföljning",
                (
                    "Prognosen för helåret visar ett underskott om {3,6 miljoner kronor|3600000}.",
                    "Underskottet beror främst på ökade kostnader för placeringar av barn och unga.",
                ),
                (
                    "godkänna den ekonomiska uppföljningen",
                    "uppdra åt förvaltningen att ta fram en åtgärdsplan för en budget i balans",
                ),
                basis=("Ekonomisk rapport",),
                sent="Ekonomienheten",
            ),
        ),
    ),
    "Barn- och utbildningsnämnden": (
        "BUN",
        (
            T(
                "Skolskjutsregler",
                (
                    "Reglerna för skolskjuts har setts över efter synpunkter från vårdnadshavare.",
                    "Avståndsgränsen för elever i förskoleklass föreslås sänkas till två kilometer.",
                ),
                (
                    "anta de reviderade reglerna för skolskjuts att gälla från och med höstterminens början",
                    "ge förvaltningen i uppdrag att informera vårdnadshavare om de nya reglerna",
                ),
                basis=("Tjänsteskrivelse", "Förslag till skolskjutsregler"),
                sent="Förvaltningen, Skolskjutsenheten",
            ),
            T(
                "Förskoleplatser inför hösten",
                (
                    "Behovet av förskoleplatser väntas öka med omkring 40 barn till hösten.",
                    "Förvaltningen föreslår att en tillfällig avdelning öppnas till en kostnad av {1,9 miljoner kronor|1900000}.",
                ),
                (
                    "öppna en tillfällig förskoleavdelning från och med augusti och finansiera kostnaden inom nämndens ram",
                ),
                basis=("Tjänsteskrivelse",),
                sent="Förskolechefen",
            ),
            T(
                "Läsårstider",
                ("Förslaget till läsårstider har tagits fram i samverkan med grannkommunerna.",),
                ("fastställa läsårstiderna för nästa läsår enligt förvaltningens förslag",),
                basis=("Förslag till läsårstider",),
                sent="Rektorerna",
            ),
            T(
                "Systematiskt kvalitetsarbete",
                (
                    "Förvaltningen redovisar resultaten för vårterminen.",
                    "Andelen elever med godkända betyg i alla ämnen har ökat något jämfört med förra året.",
                ),
                ("godkänna redovisningen av det systematiska kvalitetsarbetet och lägga den till handlingarna",),
                basis=("Kvalitetsrapport",),
                sent="Förvaltningen",
            ),
            T(
                "Bidrag till fristående förskola",
                (
                    "Bidragsbeloppet till fristående förskolor räknas om inför varje år.",
                    "Grundbeloppet föreslås uppgå till {148 000 kronor|148000} per barn och år.",
                ),
                (
                    "fastställa grundbeloppet till fristående förskolor",
                    "låta beloppen gälla från och med den 1 januari",
                ),
                basis=("Tjänsteskrivelse", "Beräkning av grundbelopp"),
                sent="Ekonomienheten",
            ),
        ),
    ),
    "Vård- och omsorgsnämnden": (
        "VON",
        (
            T(
                "Kvalitetsberättelse för vård och omsorg",
                ("Kvalitetsberättelsen beskriver hur verksamheten har arbetat med kvalitet och patientsäkerhet.",),
                ("godkänna kvalitetsberättelsen och publicera den på kommunens webbplats",),
                basis=("Kvalitetsberättelse",),
                sent="Medicinskt ansvarig sjuksköterska",
            ),
            T(
                "Avgifter inom äldreomsorgen",
                (
                    "Avgifterna inom äldreomsorgen följer prisbasbeloppet.",
                    "Avgiften för trygghetslarm föreslås höjas till {320 kronor|320} per månad.",
                ),
                (
                    "fastställa avgifterna inom äldreomsorgen för nästa år enligt förvaltningens förslag och låta dem gälla från och med den 1 januari",
                ),
                basis=("Tjänsteskrivelse", "Avgiftsbilaga"),
                sent="Avgiftshandläggarna",
            ),
            T(
                "Heltid som norm",
                ("Förvaltningen redovisar hur arbetet med heltid som norm fortskrider.",),
                (
                    "lägga redovisningen till handlingarna",
                    "uppdra åt förvaltningen att återkomma med en ny lägesrapport i höst",
                ),
                basis=("Lägesrapport",),
                sent="HR-enheten",
            ),
            T(
                "Nytt särskilt boende",
                (
                    "Behovet av platser i särskilt boende ökar.",
                    "En förstudie visar att ett nytt boende med 60 platser kostar omkring {145 miljoner kronor|145000000}.",
                ),
                (
                    "ställa sig bakom förstudien och överlämna den till kommunstyrelsen för fortsatt beredning inom ramen för investeringsplanen",
                ),
                basis=("Tjänsteskrivelse", "Förstudie"),
                sent="Kommunstyrelsen",
            ),
        ),
    ),
}
NAMND_STAFF7 = ("förvaltningschef", "ekonomichef", "controller", "verksamhetschef", "utredare", "enhetschef")


@variant(
    "board",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_page_break",
    "d_not_proposal",
    "r_role_heading",
    "r_party",
    "running_header",
    "date_long",
)
def house7_namnd_margin_column(rng: random.Random) -> Rendered:
    """A nämnd's protocol in two columns: labels, "§ 34" and "Dnr SN 2024/112" in a narrow left
    margin, everything else in the right column; the front page's "Beslutande", "Ersättare",
    "Tjänstepersoner", "Sekreterare", "Justerare" in the margin; items' titles bold beside the
    §, the Dnr on the next row beside the text; "Ärendet", "Beslutsunderlag", "Förvaltningens
    förslag" (not a decision), "Nämndens beslut" as "Socialnämnden beslutar" with att-clauses or
    "Nämnden beslutar att …" sentences, one of them running over a page break; "Expedieras".
    Sammanträdesdatum "4 mars 2025"."""
    cast = Cast7(rng)
    organ = rng.choice(list(NAMND7))
    prefix, topics = NAMND7[organ]
    org = rng.choice(list(C.MUNICIPALITIES))
    day = C.meeting_date(rng)
    seats, idle = muni_board(
        rng, cast, org, members=rng.choice((7, 9)), serving=rng.randint(0, 2), idle=rng.randint(1, 3)
    )
    staff = [Off(cast.person(), t, org) for t in rng.sample(NAMND_STAFF7, rng.randint(2, 3))]
    secretary = Off(cast.person(), "nämndsekreterare", org)
    listed = rng.random() < 0.5
    just = rng.choice([s for s in seats if s.role != "ordförande"])
    items = [It7(0, t.title, t.text, t.acts, basis=t.basis, sent=t.sent) for t in rng.sample(topics, rng.randint(3, 4))]
    items.insert(0, It7(0, "Val av justerare", kind="justerare"))
    number_items(items, rng.randint(20, 120))
    for it in items[1:]:
        it.dnr = f"{prefix} {day.year}/{rng.randint(15, 480)}"
    candidates: list[tuple[Ln, list[Ln]]] = []  # each item's "Nämndens beslut" and its decision's rows
    lead = rng.choice((organ, "Nämnden"))
    f = Flow(Style(rng.choice(("helvetica", "vera")), size=9.5, left=58, right=58, top=80, bottom=82))
    col = 108.0
    f.line("Protokoll", bold=True, size=15, x=col)
    f.line(organ, bold=True, size=11.5, x=col, before=3)
    beside(f, "Datum", C.fmt_date(day, "long"), col=col, before=12)
    beside(f, "Tid och plats", f"{C.times(rng)}, {rng.choice(C.PLACES)}", col=col, before=4)

    def block(label: str, entries: list, text) -> None:
        for k, e in enumerate(entries):
            rec(f, beside(f, label if k == 0 else "", text(e), col=col, before=8 if k == 0 else 0, hang=10)[0], e)

    def member(s: Pol) -> str:
        if s.replaces:
            return f"{s.np()}, tjänstgör för {s.replaces.np()}"
        return s.np() + (f", {role_word(s)}" if role_word(s) else "")

    block("Beslutande", seats, member)
    block("Ersättare", idle, lambda s: s.np())
    block("Tjänstepersoner", staff + ([secretary] if listed else []), lambda a: f"{a.name}, {a.title}")
    rec_sec(f, beside(f, "Sekreterare", secretary.name, col=col, before=8)[0], secretary, listed)
    rec_just(f, beside(f, "Justerare", just.np(), col=col, before=4)[0], just)
    beside(
        f,
        "Justering",
        f"{later(day, rng, 3, 8).isoformat()}, paragrafer {items[0].number}–{items[-1].number}",
        col=col,
        before=4,
    )
    for k, it in enumerate(items):
        head = f.line(
            f"§ {it.number}", bold=True, size=11, before=16, keep=2, new_page=k == 0, cells=((col, it.title, True),)
        )
        f.item(str(it.number), it.title, head, it.dnr)
        if it.kind == "justerare":
            text = f"{organ} utser {just.np()} att jämte ordföranden justera dagens protokoll."
            rows = beside(f, "", text, col=col, before=4)
            f.decision(text)
            rec_just(f, rows[0], just)
            continue
        beside(f, f"Dnr {it.dnr}", " ".join(it.text), col=col, before=4, bold_label=False)
        f.line("Beslutsunderlag", x=col, bold=True, before=8, keep=1)
        for b in it.basis:
            f.para(f"{b}, {(day - dt.timedelta(days=rng.randint(8, 20))).isoformat()}", x=col, before=1)
        f.line("Förvaltningens förslag", x=col, bold=True, before=8, keep=1)
        f.para(f"Förvaltningen föreslår att nämnden beslutar att {' samt att '.join(it.acts)}.", x=col, before=2)
        heading = f.line("Nämndens beslut", x=col, bold=True, before=8, keep=1)
        if len(it.acts) == 1:
            text = f"{lead} beslutar att {it.acts[0]}."
            rows = f.para(text, x=col, before=2)
            f.decision(text)
        else:
            f.para(f"{lead} beslutar", x=col, before=2)
            n = len(it.acts)
            rows = []
            for j, a in enumerate(it.acts):
                end = "." if j == n - 1 else ","
                rows += f.para(f"att {a}{end}", x=col + 12, hang=16, before=1)
                f.decision(f"{lead} beslutar att {a}")
        candidates.append((heading, rows))
        f.line("Expedieras", x=col, bold=True, before=8, keep=1)
        f.para(it.sent, x=col, before=1)
    f.in_items = False
    turn_page_inside_a_decision(f, candidates)
    return Rendered(
        f,
        muni_header(org, organ, day, kind="PROTOKOLL"),
        "protokoll",
        "Protokoll",
        f"{organ} {org}",
        day.isoformat(),
        org,
    )


def turn_page_inside_a_decision(f: Flow, candidates: list[tuple[Ln, list[Ln]]]) -> None:
    """Make one decision continue across a page break: if none does already, the page turns
    after the first row of the longest decision whose heading stands well down a full page."""
    f.paginate()  # a trial: the document is paginated again when it is written
    if any(rows[0].page != rows[-1].page for _, rows in candidates):
        return
    for heading, rows in sorted(candidates, key=lambda c: -len(c[1])):
        on_page = [ln for ln in f.lines if ln.page == heading.page]
        if len(rows) > 1 and on_page.index(heading) >= 6:
            rows[1].new_page = True
            return


# =========================================================================== 4 överenskommelse, signature table
OVK7 = (
    ("Överenskommelse om finansiering av ungdomsmottagningarnas utökade uppdrag", "ungdomsmottagningarna"),
    ("Överenskommelse om gemensam satsning på föräldraskapsstöd", "föräldraskapsstödet"),
    ("Överenskommelse om länsgemensam samordning av insatser mot spelberoende", "arbetet mot spelberoende"),
    ("Överenskommelse om samverkan kring tidiga insatser för barn och unga", "de tidiga insatserna"),
)
ADDRESSES = {
    C.REGION: "Box 1613, 701 16 Örebro",
    "Askersunds kommun": "Box 15, 696 21 Askersund",
    "Degerfors kommun": "Box 7, 693 21 Degerfors",
    "Hallsbergs kommun": "Västra Storgatan 16, 694 80 Hallsberg",
    "Hällefors kommun": "Sikforsvägen 7, 712 83 Hällefors",
    "Karlskoga kommun": "Kyrkbacksgatan 9, 691 83 Karlskoga",
    "Kumla kommun": "Box 46, 692 21 Kumla",
    "Laxå kommun": "Box 50, 695 21 Laxå",
    "Lekebergs kommun": "Box 20, 716 21 Fjugesta",
    "Lindesbergs kommun": "Box 11, 711 21 Lindesberg",
    "Ljusnarsbergs kommun": "Box 43, 714 22 Kopparberg",
    "Nora kommun": "Box 8, 713 21 Nora",
    "Örebro kommun": "Box 300 00, 701 35 Örebro",
}
TITLES7 = {
    "region": ("Regionstyrelsens ordförande", "Regiondirektör", "Hälso- och sjukvårdsdirektör"),
    "kommun": ("Kommunstyrelsens ordförande", "Kommundirektör", "Kommunchef", "Socialchef"),
}


def sign_dates(start: dt.date, rng: random.Random) -> dt.date:
    return start - dt.timedelta(days=rng.randint(20, 70))


@variant("agreement", "a_parties_table", "a_sig_title_org", "m_other_dates", "date_iso")
def house7_overenskommelse_signature_table(rng: random.Random) -> Rendered:
    """An överenskommelse between Region Örebro län and two to five municipalities: a header
    with "Datum" (the document's date, in some documents) and "Diarienummer"; "1. Parter" as a
    ruled table "Part | Organisationsnummer | Adress"; numbered sections; the money in the text
    ("Regionen bidrar med 1,2 miljoner kronor per år", "Varje kommun bidrar med 95 000 kronor
    per år"); the validity in a clause of its own ("Överenskommelsen börjar gälla den 1 januari
    2025 och gäller till och med den 31 december 2027" or ISO dates); the signatures as a ruled
    table, one row per party: "Part | Ort och datum | Namnförtydligande | Befattning"."""
    cast = Cast7(rng)
    title, about = rng.choice(OVK7)
    munis = sorted(rng.sample(list(C.MUNICIPALITIES), rng.randint(2, 5)), key=list(C.MUNICIPALITIES).index)
    parties = [C.REGION, *munis]
    start = dt.date(rng.choice((2024, 2025, 2026)), rng.choice((1, 1, 7)), 1)
    end = dt.date(start.year + rng.randint(1, 3), 12 if start.month == 1 else 6, 31 if start.month == 1 else 30)
    signed = sign_dates(start, rng)
    sigs = []
    for org in parties:
        kind = "region" if org == C.REGION else "kommun"
        place = "Örebro" if org == C.REGION else C.SHORT[org]
        t = rng.choice(TITLES7[kind][:2]) if rng.random() < 0.7 else rng.choice(TITLES7[kind])
        sigs.append(Signatory(cast.person(), t, org, place, signed + dt.timedelta(days=rng.randint(0, 14))))
    dated = rng.random() < 0.6
    day = signed - dt.timedelta(days=rng.randint(5, 20)) if dated else None
    dnr = f"{(day or signed).year % 100}RS{rng.randint(1000, 9999)}"
    a = Agreement(title, parties, start, end, [], sigs, day, dnr)
    region_money = rng.choice(("{1,2 miljoner kronor|1200000}", "{800 000 kronor|800000}", "{2,5 mnkr|2500000}"))
    muni_money = rng.choice(("{95 000 kronor|95000}", "{150 000 kr|150000}", "{60 tkr|60000}"))
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10, left=62, right=58, top=76))
    no_flow_facts(f)
    w = f.style.width
    f.row([(0, C.REGION), (w - 150, "ÖVERENSKOMMELSE")], bold=True, size=10)
    if day:
        f.row([(w - 150, f"Datum: {day.isoformat()}")], size=9, before=3)
    f.row([(w - 150, f"Diarienummer: {dnr}")], size=9, before=0 if day else 3)
    f.para(title, bold=True, size=15, before=20)
    f.line("1. Parter", bold=True, size=11, before=14, keep=3)
    f.para("Denna överenskommelse är träffad mellan nedanstående parter.", before=2)
    xs = [0.0, 150.0, 262.0]
    wrapped_row(
        f,
        list(zip(xs, ["Part", "Organisationsnummer", "Adress"], strict=True)),
        size=9,
        bold=True,
        before=6,
        ruled=True,
    )
    for org in parties:
        wrapped_row(f, list(zip(xs, [org, org_number(org, rng), ADDRESSES[org]], strict=True)), size=9, ruled=True)
    f.para("Region Örebro län benämns nedan Regionen och kommunerna gemensamt Kommunerna.", before=4)
    sections = [
        (
            "Bakgrund",
            f"Regionen och kommunerna har ett delat ansvar för {about}. Under de senaste åren har behoven ökat "
            "och parterna är överens om att arbetet behöver en gemensam och långsiktig finansiering.",
        ),
        ("Syfte", "Syftet med överenskommelsen är att ge länets invånare ett likvärdigt stöd oavsett bostadsort."),
        (
            "Parternas åtaganden",
            "Regionen ansvarar för samordning, kompetensutveckling och uppföljning. Kommunerna ansvarar för att "
            "insatserna genomförs i den egna verksamheten och utser var sin kontaktperson.",
        ),
        (
            "Finansiering",
            f"Regionen bidrar med {region_money} per år under överenskommelsens giltighetstid. Varje kommun bidrar "
            f"med {muni_money} per år. Medlen betalas ut i förskott efter rekvisition senast den 31 mars varje år.",
        ),
        ("Uppföljning", "Överenskommelsen följs upp årligen och redovisas för de politiska samverkansorganen."),
    ]
    n = 2
    for heading, text in sections:
        f.line(f"{n}. {heading}", bold=True, size=11, before=12, keep=1)
        f.para(text)
        n += 1
    f.line(f"{n}. Giltighetstid", bold=True, size=11, before=12, keep=1)
    if rng.random() < 0.5:
        valid = (
            f"Överenskommelsen börjar gälla den {C.fmt_date(start, 'long')} och gäller till och med den "
            f"{C.fmt_date(end, 'long')}."
        )
    else:
        valid = f"Överenskommelsen gäller under perioden {start.isoformat()}–{end.isoformat()}."
    f.para(
        valid + " Parterna ska senast sex månader före giltighetstidens utgång ta ställning till en ny överenskommelse."
    )
    f.line(f"{n + 1}. Underskrifter", bold=True, size=11, before=12, keep=1)
    f.para(f"Överenskommelsen har upprättats i {len(parties)} likalydande exemplar, varav parterna tagit var sitt.")
    size = 8.5
    widest_org = max(text_width(o, f.style.reg, size) for o in parties)
    c1 = widest_org + 14
    c2 = c1 + max(text_width(f"{s.place} {s.date.isoformat()}", f.style.reg, size) for s in sigs) + 14
    c3 = c2 + max(max(text_width(s.person.name, f.style.reg, size) for s in sigs), 80) + 14
    xs = [0.0, c1, c2, c3]
    wrapped_row(
        f,
        list(zip(xs, ["Part", "Ort och datum", "Namnförtydligande", "Befattning"], strict=True)),
        size=size,
        bold=True,
        before=8,
        ruled=True,
    )
    for s in sigs:
        wrapped_row(
            f,
            list(zip(xs, [s.org, f"{s.place} {s.date.isoformat()}", s.person.name, s.title], strict=True)),
            size=size,
            ruled=True,
        )
    return Rendered(
        f,
        footer_line(title, "sida_paren"),
        "overenskommelse",
        title,
        None,
        day.isoformat() if day else None,
        agreement=agreement_gold(a),
    )


# =========================================================================== 5 samverkansavtal, § sections
AVTAL7 = (
    (
        "Samverkansavtal om gemensam lönenämnd",
        "den gemensamma lönenämnden",
        ("Askersunds kommun", "Hallsbergs kommun", "Kumla kommun", "Laxå kommun", "Lekebergs kommun"),
        "lönenämnden",
    ),
    (
        "Avtal om gemensam miljö- och byggnämnd",
        "den gemensamma miljö- och byggnämnden",
        ("Hällefors kommun", "Lindesbergs kommun", "Ljusnarsbergs kommun", "Nora kommun"),
        "nämnden",
    ),
    (
        "Samverkansavtal om gemensam IT-verksamhet",
        "den gemensamma IT-verksamheten",
        ("Karlskoga kommun", "Degerfors kommun"),
        "IT-verksamheten",
    ),
    (
        "Avtal om gemensam överförmyndarverksamhet",
        "den gemensamma överförmyndarverksamheten",
        ("Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun"),
        "verksamheten",
    ),
)


@variant("agreement", "a_parties_running", "a_sig_2col", "a_sig_3col", "a_sig_title_org")
def house7_samverkansavtal_paragraphs(rng: random.Random) -> Rendered:
    """An avtal between two or three municipalities on a shared nämnd or service, its sections
    numbered like paragraphs ("§ 1 Parter", "§ 2 Syfte", "§ 3 Värdkommun", …, never items); the
    parties in one sentence, each "Kumla kommun (212000-…), nedan kallad Kumla", the host
    "nedan kallad värdkommunen"; the cost split with the budget in kronor; "§ 7 Avtalstid"
    (fixed or tills vidare); signatures side by side, one column per party, each "Kumla den 12
    december 2024" (or "Kumla 2024-12-12") above "För Kumla kommun", a line, the name and the
    title; with two signers a party, the chairs' row first and the directors' under it."""
    cast = Cast7(rng)
    title, about, pool, short_service = rng.choice(AVTAL7)
    k = min(len(pool), rng.randint(2, 3))
    parties = list(pool[:k]) if rng.random() < 0.5 else sorted(rng.sample(pool, k), key=pool.index)
    host = parties[0]
    start = dt.date(rng.choice((2024, 2025, 2026)), 1, 1)
    open_ended = rng.random() < 0.4
    end = None if open_ended else dt.date(start.year + rng.randint(2, 4), 12, 31)
    signed = sign_dates(start, rng)
    two = rng.random() < 0.35
    sigs = []
    for org in parties:
        for t in ("Kommunstyrelsens ordförande", "Kommundirektör")[: 2 if two else 1]:
            sigs.append(Signatory(cast.person(), t, org, C.SHORT[org], signed + dt.timedelta(days=rng.randint(0, 10))))
    a = Agreement(title, parties, start, end, [], sigs, None, None)
    budget = rng.choice(("{4,6 miljoner kronor|4600000}", "{12 400 000 kronor|12400000}", "{7,2 mnkr|7200000}"))
    fee = rng.choice(("{250 000 kronor|250000}", "{180 tkr|180000}"))
    f = Flow(Style(rng.choice(("times", "vera")), size=10.5, left=74, right=70, top=74))
    no_flow_facts(f)
    f.line(title.split(" ", 1)[0].upper(), bold=True, size=10)
    f.para(title, bold=True, size=16, before=12)
    f.line("§ 1 Parter", bold=True, before=16, keep=1)
    described = [
        f"{org} ({org_number(org, rng)}), nedan kallad " + ("värdkommunen" if org == host else C.SHORT[org])
        for org in parties
    ]
    joined = ", ".join(described[:-1]) + " och " + described[-1]
    f.para(f"Mellan {joined}, har följande avtal träffats. Kommunerna benämns nedan gemensamt parterna.")
    secs = [
        (
            "Syfte",
            f"Syftet med avtalet är att genom {about} säkra kompetens, minska sårbarheten och använda parternas "
            "resurser effektivt.",
        ),
        (
            "Värdkommun",
            f"{host} är värdkommun. {cap(short_service)} ingår i värdkommunens organisation och personalen är "
            "anställd av värdkommunen.",
        ),
        (
            "Kostnadsfördelning",
            f"Budgeten för {about} uppgår för det första avtalsåret till {budget}. Kostnaderna fördelas mellan "
            "parterna efter antalet invånare den 1 november året före budgetåret. Värdkommunen debiterar "
            f"dessutom en administrativ avgift om {fee} per år som fördelas på samma sätt.",
        ),
        (
            "Insyn och uppföljning",
            "Värdkommunen lämnar en verksamhetsberättelse och ett bokslut till övriga parter senast den 31 mars "
            "varje år.",
        ),
        ("Ändringar", "Ändringar och tillägg till avtalet ska vara skriftliga och godkända av samtliga parter."),
    ]
    n = 2
    for heading, text in secs:
        f.line(f"§ {n} {heading}", bold=True, before=12, keep=1)
        f.para(text)
        n += 1
    f.line(f"§ {n} Avtalstid", bold=True, before=12, keep=1)
    if end is None:
        f.para(
            f"Detta avtal gäller från och med den {C.fmt_date(start, 'long')} och tills vidare. Part kan säga upp "
            "avtalet med en uppsägningstid om 24 månader räknat från årsskiftet efter uppsägningen."
        )
    else:
        f.para(
            f"Detta avtal gäller från och med den {C.fmt_date(start, 'long')} till och med den "
            f"{C.fmt_date(end, 'long')}. Parterna ska senast ett år före avtalstidens slut inleda förhandlingar om "
            "ett nytt avtal."
        )
    f.line(f"§ {n + 1} Tvist", bold=True, before=12, keep=1)
    f.para(
        "Tvist om tolkning eller tillämpning av avtalet ska i första hand lösas genom överläggningar mellan parterna."
    )
    f.line(f"§ {n + 2} Underskrifter", bold=True, before=12, keep=1)
    f.para(f"Detta avtal har upprättats i {len(parties)} likalydande exemplar, varav parterna tagit var sitt.")
    per_row = len(parties)
    width = f.style.width / per_row
    size = 10.0 if per_row == 2 else 9.0

    def fits(texts: list[str]) -> bool:
        return all(text_width(t, f.style.reg, size) < width - 10 for t in texts)

    while not fits([f"För {s.org}" for s in sigs] + [s.title for s in sigs]):
        size -= 0.5
    long_dates = fits([f"{s.place} den {C.fmt_date(s.date, 'long')}" for s in sigs])
    order = sorted(sigs, key=lambda s: (s.title != "Kommunstyrelsens ordförande", parties.index(s.org)))
    a.signatories = order  # the gold lists them as printed
    for j in range(0, len(order), per_row):
        group = order[j : j + per_row]
        f.row(
            [
                (
                    i * width,
                    f"{s.place} den {C.fmt_date(s.date, 'long')}" if long_dates else f"{s.place} {s.date.isoformat()}",
                )
                for i, s in enumerate(group)
            ],
            size=size,
            before=22,
            keep=4,
        )
        f.row([(i * width, f"För {s.org}") for i, s in enumerate(group)], size=size, keep=3)
        f.row(
            [(i * width, "_" * (20 if per_row == 3 else 30)) for i, _ in enumerate(group)], size=size, before=18, keep=2
        )
        f.row([(i * width, s.person.name) for i, s in enumerate(group)], size=size, keep=1)
        f.row([(i * width, s.title) for i, s in enumerate(group)], size=size)
    return Rendered(f, footer_line(title, "sida"), "overenskommelse", title, None, None, agreement=agreement_gold(a))


# =========================================================================== 6 direktion, decision first
FED7 = (
    (
        "Nerikes Brandkår",
        ("Örebro kommun", "Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun", "Lekebergs kommun"),
        ("förbundsdirektör", "ekonomichef", "räddningschef", "förbundsjurist", "administrativ chef"),
    ),
    (
        "Sydnärkes utbildningsförbund",
        ("Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun"),
        ("förbundschef", "ekonomichef", "rektor", "utvecklingsstrateg", "administrativ chef"),
    ),
)


def fed_topics7(fed: str, year: int, who: str) -> list[It7]:
    if fed == "Nerikes Brandkår":
        return [
            T(
                "Delårsrapport per den 31 augusti",
                (
                    "Förbundet redovisar ett resultat för perioden om {4,3 miljoner kronor|4300000}.",
                    "Prognosen för helåret pekar mot ett överskott om {1,1 miljoner kronor|1100000}.",
                ),
                ("godkänna delårsrapporten per den 31 augusti", "överlämna delårsrapporten till medlemskommunerna"),
                basis=("Tjänsteskrivelse", "Delårsrapport"),
                sent="Medlemskommunerna, Revisorerna",
            ),
            T(
                "Investering i nytt höjdfordon",
                (
                    "Det nuvarande höjdfordonet i Kumla är 24 år gammalt och behöver ersättas.",
                    "Upphandlingen visar en kostnad om {9,8 miljoner kronor|9800000}.",
                ),
                ("godkänna investeringen i ett nytt höjdfordon inom ramen för investeringsbudgeten",),
                basis=("Tjänsteskrivelse", "Upphandlingsrapport"),
                sent="Räddningschefen",
            ),
            T(
                f"Taxa för tillsyn och tillstånd {year + 1}",
                (
                    "Taxan räknas upp enligt prisindex för kommunal verksamhet.",
                    "Timavgiften föreslås bli {1 290 kronor|1290}.",
                ),
                (f"anta taxan för tillsyn och tillstånd för {year + 1}", "låta taxan gälla från och med den 1 januari"),
                basis=("Tjänsteskrivelse", "Förslag till taxa"),
                sent="Medlemskommunerna",
            ),
            T(
                "Handlingsprogram för skydd mot olyckor",
                (
                    "Ett nytt handlingsprogram ska antas för mandatperioden.",
                    f"{who} redogjorde för remissvaren från medlemskommunerna.",
                ),
                ("anta handlingsprogrammet för skydd mot olyckor",),
                basis=("Handlingsprogram", "Remissammanställning"),
                sent="Medlemskommunerna",
            ),
            T(
                "Information om insatsstatistik",
                (f"{who} informerade om antalet räddningsinsatser under det första halvåret.",),
                kind="info",
                sentence="Direktionen tackar för informationen.",
            ),
        ]
    return [
        T(
            f"Budget {year + 1}",
            (
                "Förslaget till budget bygger på medlemsbidrag efter antalet elever från respektive kommun.",
                "Medlemsbidragen uppgår sammanlagt till {212 miljoner kronor|212000000}.",
            ),
            (f"fastställa budget för {year + 1}", "översända budgeten till medlemskommunerna för kännedom"),
            basis=("Tjänsteskrivelse", "Budgetförslag"),
            sent="Medlemskommunerna",
        ),
        T(
            "Programutbud läsåret",
            (
                "Förbundet föreslår att ett nytt introduktionsprogram startas.",
                "Kostnaden beräknas till {1,6 miljoner kronor|1600000} per läsår.",
            ),
            ("fastställa programutbudet för nästa läsår enligt förbundschefens förslag",),
            basis=("Tjänsteskrivelse",),
            sent="Rektorerna",
        ),
        T(
            "Interkommunal ersättning",
            ("Prislistan för interkommunal ersättning ses över årligen.",),
            ("anta prislistan för interkommunal ersättning", "låta prislistan gälla från och med den 1 januari"),
            basis=("Prislista",),
            sent="Ekonomienheten",
        ),
        T(
            "Lokalbehov vid gymnasieskolan",
            (
                "Elevantalet väntas öka under de kommande åren.",
                f"{who} presenterade en utredning om lokalbehovet.",
            ),
            ("ge förbundschefen i uppdrag att ta fram förslag på lösningar för utökade lokaler",),
            basis=("Lokalutredning",),
            sent="Förbundschefen",
        ),
        T(
            "Information om antagningen",
            (f"{who} informerade om preliminärantagningen.",),
            kind="info",
            sentence="Informationen noteras.",
        ),
    ]


@variant(
    "board",
    "h_arende",
    "d_organ_beslut",
    "d_att_clauses",
    "r_party",
    "r_tjg_for",
    "r_ovriga_narvarande",
    "date_weekday",
    "r_sig_box",
)
def house7_direktion_decision_first(rng: random.Random) -> Rendered:
    """A kommunalförbund's direktion ("Direktionen Nerikes Brandkår"): "Protokoll från
    direktionens sammanträde – <förbund>", "Sammanträdesdag: Torsdagen den 4 april 2025";
    "Närvarande ledamöter" one a line ("Name (S), Kumla kommun, ordförande"), "Tjänstgörande
    ersättare" ("Name (C), Laxå kommun, tjänstgör för Name (C)"), "Närvarande ersättare",
    "Övriga närvarande" (the förbund's officials), "Sekreterare"; items "Ärende 3" with the
    title beside; each item gives "Direktionens beslut" first (att-clauses under "Direktionen
    beslutar", one sentence, or "Informationen noteras."), then "Sammanfattning av ärendet" or
    "Ärendet", "Beslutsunderlag" and "Beslutet skickas till" after it; "Ärende 1 Val av
    justerare"; signatures of ordförande, justerare and sekreterare side by side."""
    cast = Cast7(rng)
    fed, munis, titles = rng.choice(FED7)
    organ = "Direktionen"
    day = C.meeting_date(rng)
    seats = [Pol(cast.person(), "ordförande", munis[0], "S"), Pol(cast.person(), "vice ordförande", munis[1], "M")]
    seats += [Pol(cast.person(), "ledamot", o, cast.party()) for o in munis[2:]]
    gone = rng.sample(range(1, len(seats)), rng.randint(0, 2))
    serving = [Pol(cast.person(), "ersättare", seats[g].org, seats[g].party, replaces=seats[g]) for g in sorted(gone)]
    present = [s for k, s in enumerate(seats) if k not in gone]
    idle = [Pol(cast.person(), "ersättare", o, cast.party()) for o in rng.sample(munis, rng.randint(1, 3))]
    staff = [Off(cast.person(), t, fed) for t in [titles[0], *rng.sample(titles[1:], rng.randint(1, 2))]]
    listed = rng.random() < 0.5
    secretary = staff[-1] if listed else Off(cast.person(), "nämndsekreterare", fed)
    just = rng.choice([s for s in present + serving if s.role != "ordförande"])
    items = [
        It7(0, "Val av justerare", kind="justerare"),
        It7(0, "Godkännande av dagordning", kind="open", sentence="Dagordningen godkänns."),
    ]
    items += rng.sample(fed_topics7(fed, day.year, staff[0].name), rng.randint(3, 4))
    items.sort(key=lambda it: it.kind == "info")
    number_items(items, 1)
    f = Flow(Style(rng.choice(("vera", "times")), size=10, left=70, right=62, top=74))
    f.line("PROTOKOLL", bold=True, size=11)
    f.para(f"Protokoll från direktionens sammanträde – {fed}", bold=True, size=14, before=8)
    f.line(f"Sammanträdesdag: {cap(C.fmt_date(day, 'weekday'))}", before=10)
    f.line(f"Tid: {C.times(rng)}")
    place = rng.choice(
        ("Brandstationen i Örebro, konferensrum Lågan", "Förbundskontoret, sal Kvarnen", "Digitalt via Teams")
    )
    f.line(f"Plats: {place}")

    def section(heading: str, entries: list, text) -> None:
        if not entries:
            return
        f.line(heading, bold=True, before=10, keep=1)
        for e in entries:
            rows = f.para(text(e), x=12, hang=10, before=0, together=True)
            rec(f, rows[0], e)

    section(
        "Närvarande ledamöter",
        present,
        lambda s: f"{s.np()}, {s.org}" + (f", {role_word(s)}" if role_word(s) else ""),
    )
    section("Tjänstgörande ersättare", serving, lambda s: f"{s.np()}, {s.org}, tjänstgör för {s.replaces.np()}")
    section("Närvarande ersättare", idle, lambda s: f"{s.np()}, {s.org}")
    section("Övriga närvarande", staff, lambda a: f"{a.name}, {a.title}")
    f.line("Sekreterare", bold=True, before=10, keep=1)
    rec_sec(f, f.line(secretary.name, x=12), secretary, listed)
    ind = 72.0
    for it in items:
        head = f.line(f"Ärende {it.number}", bold=True, size=11, before=16, keep=2, cells=((ind, it.title, True),))
        f.item(str(it.number), it.title, head)
        f.line("Direktionens beslut", bold=True, before=6, keep=1)
        if it.kind == "justerare":
            text = f"Direktionen utser {just.np()} att jämte ordföranden justera protokollet."
            rec_just(f, f.para(text, before=2)[0], just)
            f.decision(text)
            continue
        if it.sentence:
            f.para(it.sentence, before=2)
            f.decision(it.sentence)
        elif len(it.acts) == 1:
            text = f"Direktionen beslutar att {it.acts[0]}."
            f.para(text, before=2)
            f.decision(text)
        else:
            f.para("Direktionen beslutar", before=2)
            n = len(it.acts)
            for j, a in enumerate(it.acts):
                f.para(f"att {a}{'.' if j == n - 1 else ','}", x=14, hang=18, before=1)
                f.decision(f"Direktionen beslutar att {a}")
        if it.kind == "open":
            continue
        f.line(rng.choice(("Sammanfattning av ärendet", "Ärendet")), bold=True, before=8, keep=1)
        f.para(" ".join(it.text), before=2)
        if it.basis:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            for b in it.basis:
                f.para(f"– {b}", x=6, before=1)
        if it.sent:
            f.line("Beslutet skickas till", bold=True, before=8, keep=1)
            f.para(it.sent, before=1)
    f.in_items = False
    f.line("Justerandes signaturer", bold=True, before=22, keep=4)
    third = f.style.width / 3
    people = [("Ordförande", seats[0]), ("Justerare", just), ("Sekreterare", secretary)]
    f.row([(k * third, "." * 28) for k in range(3)], before=22, keep=2)
    names = f.row([(k * third, p.name) for k, (_, p) in enumerate(people)], keep=1)
    f.row([(k * third, label) for k, (label, _) in enumerate(people)], size=8.5)
    rec_just(f, names, just)
    rec_sec(f, names, secretary, listed)
    return Rendered(
        f,
        footer_line(f"{fed} – direktionen {day.isoformat()}", "sida_paren"),
        "protokoll",
        "Protokoll",
        f"{organ} {fed}",
        day.isoformat(),
        fed,
    )
