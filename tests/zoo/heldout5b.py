"""HELD-OUT variants written blind (from how Swedish public bodies lay out their documents, not
from what the parser reads): a municipal kommunstyrelse and its arbetsutskott, a socialnämnd or bygg- och miljönämnd
with delegation decisions and reservations, the region's samverkansråd with a long roster,
the county's chief executives' group, a kommunalförbund's direktion, a länsnätverk's notes
with a participants' table, and an agreement with parties and signatories.

Gold conventions are those of parts.py and house4b.py: one entry per (person, role); a
member's attendance range ("§§ 4–9") does not change the entry; absent members are not
participants, nor the member a serving substitute replaces; officials are "tjänsteperson"
with their title as printed in lower case; the secretary is "sekreterare" (with a title when
listed among the officials too); the justerare is "justerare" besides their seat; decisions
verbatim, one per att-clause ("<lead> att <clause>"); proposals from the förvaltning,
yrkanden, reservations, protokollsanteckningar and the listed delegation decisions are not
decisions; a direktion's members belong to their municipality, its officials to the förbund.

The people are invented here (``Folk``).  Each variant is a function ``rng -> Rendered``
registered in ``HELD_OUT5B_VARIANTS`` (make.py puts them in the held-out part).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .layouts import Rendered, Variant, agreement_gold, no_flow_facts, registry
from .model import Agreement, Signatory
from .parts import page_label
from .people import Person
from .render import Flow, H, Style, W

HELD_OUT5B_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT5B_VARIANTS)

MUNIS = list(C.MUNICIPALITIES)

# --------------------------------------------------------------------------- people
# origin -> (given names, family names)
ORIGIN = {
    "sv": (
        (
            "Inga-Lill",
            "Karl-Erik",
            "Ann-Sofie",
            "Maj-Britt",
            "Bo",
            "Siv",
            "Gustav",
            "Ingvar",
            "Elisabet",
            "Kjell",
            "Marianne",
            "Roger",
            "Agneta",
            "Jonas",
            "Hanna",
            "Viktor",
            "Emelie",
            "Rolf",
            "Gunnel",
            "Tommy",
            "Linda",
            "Peter",
            "Christina",
            "Olle",
            "Monika",
            "Erik",
            "Sara",
            "Jan Erik",
            "Ann Mari",
            "Lars-Göran",
            "Kristina",
            "Mattias",
            "Solveig",
            "Åke",
            "Örjan",
            "Jenny",
            "Per G.",
            "Lotta",
        ),
        (
            "Hjort",
            "Bergkvist",
            "Ödman",
            "Rask",
            "Wiklund",
            "Lindgren-Ek",
            "Öberg Sandell",
            "Ljung",
            "Strand",
            "Blom",
            "Larsson",
            "Pettersson",
            "Nyqvist",
            "Boström",
            "Kihlberg",
            "Frisk",
            "Ahlin",
            "Svärd",
            "Törnqvist",
            "Hallin",
            "Eriksson Wahl",
            "Sundin",
            "Jakobsson",
            "Carlsson",
            "Ekman",
            "Brandt",
            "von Essen",
            "Mård",
            "Ågren",
            "Persson",
            "Lund",
            "Hedin-Falk",
            "Svensson",
        ),
    ),
    "fi": (
        ("Pirjo", "Seppo", "Tarja", "Jukka", "Marjatta", "Raimo", "Sirpa", "Kalevi"),
        ("Heikkinen", "Mäkelä", "Koskinen", "Lehtonen", "Kallio", "Väisänen"),
    ),
    "fs": (
        ("Mikaela", "Rurik", "Jarl", "Gunvor", "Stig-Göran"),
        ("Grönroos", "Lindholm", "Sjöblom", "Ekholm", "Westerlund"),
    ),
    "sa": (
        ("Máret", "Ánte", "Elle", "Nils-Ánde", "Sunná"),
        ("Labba", "Päiviö", "Kuoljok", "Sarri", "Omma"),
    ),
    "ar": (
        ("Ahmad", "Fatima", "Rana", "Yousef", "Omar", "Layla", "Nour", "Khaled"),
        ("Al-Hassan", "Haddad", "Mansour", "Khalil", "Saleh", "Al-Amin"),
    ),
    "fa": (
        ("Dariush", "Shirin", "Parisa", "Kaveh", "Nasrin", "Babak"),
        ("Rahimi", "Moradi", "Karimi", "Hosseini", "Jafari"),
    ),
    "so": (
        ("Abdirahman", "Hodan", "Faadumo", "Mahad", "Sagal", "Ilhan"),
        ("Warsame", "Abdi", "Farah", "Osman", "Hussein", "Yusuf"),
    ),
    "bs": (
        ("Amra", "Edin", "Selma", "Mirsad", "Lejla", "Haris"),
        ("Mehmedovic", "Hadzic", "Begovic", "Hodžić", "Delić"),
    ),
    "pl": (
        ("Agnieszka", "Krzysztof", "Małgorzata", "Tomasz", "Ewa", "Marek"),
        ("Nowak", "Kowalczyk", "Kaczmarek", "Wójcik", "Lewandowski"),
    ),
}
WEIGHTS = {"sv": 0.58, "fi": 0.07, "fs": 0.05, "sa": 0.04, "ar": 0.07, "fa": 0.05, "so": 0.05, "bs": 0.05, "pl": 0.04}


def _prints(text: str, cp1252: bool) -> bool:
    if not cp1252:
        return True
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class Folk:
    """People for one document; no full name twice.  ``cp1252`` for the base-14 fonts."""

    def __init__(self, rng: random.Random, cp1252: bool = False) -> None:
        self.rng = rng
        self.cp1252 = cp1252
        self.used: set[str] = set()

    def person(self) -> Person:
        rng = self.rng
        while True:
            origin = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
            given_pool, family_pool = ORIGIN[origin]
            given = rng.choice(given_pool)
            family = rng.choice(family_pool if rng.random() < 0.75 else ORIGIN["sv"][1])
            if origin == "sv" and rng.random() < 0.06:
                family = f"{family}-{rng.choice(ORIGIN['sv'][1])}"
            p = Person(given, family)
            if "--" in p.name or not _prints(p.name, self.cp1252) or p.name in self.used:
                continue
            if family.count("-") > 1 or family.count(" ") > 1:
                continue
            self.used.add(p.name)
            return p


PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")


def party(rng: random.Random) -> str:
    return rng.choices(PARTIES, (30, 22, 18, 8, 8, 6, 4, 4))[0]


# --------------------------------------------------------------------------- facts
@dataclass
class Who:
    person: Person
    role: str  # ordförande | vice ordförande | ledamot | ersättare | tjänsteperson | övrig
    org: str
    party: str | None = None
    title: str | None = None
    span: str = ""  # "§§ 4–9"
    replaces: Person | None = None
    rank: str = ""

    @property
    def name(self) -> str:
        return self.person.name


@dataclass
class Point:
    number: int
    title: str
    text: str = ""
    acts: tuple[str, ...] = ()  # infinitive phrases
    passive: str | None = None  # a decision as a passive sentence
    dnr: str | None = None
    kind: str = "topic"  # topic | justerare | open | info | delegation | close
    proposal: str | None = None  # a förvaltning's proposal (not a decision)
    reservation: bool = False
    extra: dict = field(default_factory=dict)


def rec(f: Flow, ln, w: Who, title: bool | None = None) -> None:
    keep_title = w.role in ("tjänsteperson", "övrig") if title is None else title
    f.person(ln, w.name, w.role, w.org, w.title if keep_title else None)


def date_text(day: dt.date, form: str) -> str:
    if form == "den":
        return f"den {C.fmt_date(day, 'long')}"
    return C.fmt_date(day, form)


def weekday_day(day: dt.date, rng: random.Random) -> dt.date:
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


# --------------------------------------------------------------------------- topics
# (title, text, acts, passive-or-None)
MUNI_TOPICS = (
    (
        "Revidering av riktlinjer för dokumenthantering",
        "Förvaltningen har sett över riktlinjerna efter att arkivlagstiftningen ändrats. Förslaget "
        "förtydligar ansvaret för gallring av handlingar i verksamhetssystemen.",
        ("anta reviderade riktlinjer för dokumenthantering", "riktlinjerna gäller från och med den 1 maj"),
    ),
    (
        "Yttrande över remiss om regional cykelstrategi",
        "Region Örebro län har remitterat ett förslag till regional cykelstrategi. Kommunen ställer sig "
        "i huvudsak bakom förslaget men efterfrågar tydligare finansiering av pendlingsstråken.",
        ("anta förvaltningens förslag till yttrande som sitt eget", "skicka yttrandet till Region Örebro län"),
    ),
    (
        "Uppföljning av internkontrollplan",
        "Uppföljningen visar att tolv av fjorton kontrollmoment genomförts utan anmärkning. Två moment "
        "flyttas till nästa års plan.",
        ("godkänna uppföljningen av internkontrollplanen",),
    ),
    (
        "Medborgarförslag om utegym vid badplatsen",
        "Ett medborgarförslag har inkommit om att anlägga ett utegym vid den kommunala badplatsen. "
        "Förvaltningen bedömer att förslaget kan prövas inom ramen för nästa års investeringsbudget.",
        ("anse medborgarförslaget besvarat",),
    ),
    (
        "Taxa för offentlig kontroll enligt livsmedelslagstiftningen",
        "Taxan föreslås räknas upp med hänsyn till kostnadsutvecklingen. Timavgiften justeras från och "
        "med nästa kalenderår.",
        ("godkänna förslaget till ny taxa", "taxan börjar gälla den 1 januari"),
    ),
    (
        "Lokalförsörjningsplan för förskolan",
        "Barnantalet i tätorten ökar enligt befolkningsprognosen. Planen pekar ut behovet av två nya "
        "avdelningar inom de närmaste tre åren.",
        ("ge förvaltningen i uppdrag att ta fram en förstudie för en ny förskola",),
    ),
    (
        "Information om arbetsmiljöenkäten",
        "HR-chefen redogjorde för resultatet av årets arbetsmiljöenkät. Svarsfrekvensen var högre än föregående år.",
        (),
        "Informationen noterades.",
    ),
    (
        "Samverkansöverenskommelse med polisen",
        "Kommunen och lokalpolisområdet har tagit fram en ny samverkansöverenskommelse med gemensamma "
        "insatser för trygghet i centrum.",
        ("godkänna samverkansöverenskommelsen med lokalpolisområdet",),
    ),
)

SOCIAL_TOPICS = (
    (
        "Riktlinjer för handläggning av ekonomiskt bistånd",
        "Riktlinjerna har uppdaterats med anledning av ändrade riksnormer och nya rättsfall. Förändringarna "
        "gäller främst bedömningen av boendekostnader.",
        ("anta reviderade riktlinjer för handläggning av ekonomiskt bistånd",),
    ),
    (
        "Rapportering av ej verkställda beslut enligt SoL och LSS",
        "Nämnden ska varje kvartal rapportera gynnande beslut som inte verkställts inom tre månader. "
        "Under kvartalet gäller rapporten sex beslut om bostad med särskild service.",
        ("godkänna rapporten", "överlämna rapporten till kommunfullmäktige och revisorerna"),
    ),
    (
        "Patientsäkerhetsberättelse för kommunal hälso- och sjukvård",
        "Medicinskt ansvarig sjuksköterska har sammanställt patientsäkerhetsberättelsen för föregående år.",
        ("godkänna patientsäkerhetsberättelsen",),
    ),
    (
        "Utredning enligt lex Sarah",
        "En rapport om ett missförhållande inom hemtjänsten har utretts. Åtgärder har vidtagits och "
        "händelsen har anmälts till Inspektionen för vård och omsorg.",
        ("lägga redovisningen till handlingarna",),
    ),
    (
        "Verksamhetsplan för individ- och familjeomsorgen",
        "Verksamhetsplanen bygger på nämndens mål och beskriver prioriterade utvecklingsområden.",
        ("fastställa verksamhetsplanen för individ- och familjeomsorgen",),
    ),
    (
        "Föreskrifter om avgifter inom äldreomsorgen",
        "Förvaltningen föreslår att avgiften för trygghetslarm justeras och att föreskrifterna förtydligas.",
        ("föreslå kommunfullmäktige att anta föreskrifterna",),
    ),
)
BUILD_TOPICS = (
    (
        "Ansökan om bygglov för nybyggnad av enbostadshus",
        "Ansökan avser ett enbostadshus inom detaljplanelagt område. Åtgärden överensstämmer med planen.",
        ("bevilja bygglov med stöd av 9 kap. 30 § plan- och bygglagen",),
    ),
    (
        "Föreläggande om rättelse av olovlig byggnadsåtgärd",
        "Vid tillsyn har det framkommit att ett förråd uppförts utan lov. Fastighetsägaren har getts "
        "tillfälle att yttra sig.",
        ("förelägga fastighetsägaren att riva förrådet inom sex månader från att beslutet vunnit laga kraft",),
    ),
    (
        "Tillsynsplan för miljö- och hälsoskydd",
        "Tillsynsplanen bygger på behovsutredningen och anger vilka objekt som ska besökas under året.",
        ("fastställa tillsynsplanen för miljö- och hälsoskydd",),
    ),
    (
        "Strandskyddsdispens för brygga",
        "Sökanden vill anlägga en brygga på den egna fastigheten. Särskilt skäl bedöms föreligga.",
        ("ge dispens från strandskyddsbestämmelserna för anläggande av brygga",),
    ),
    (
        "Yttrande över detaljplan för bostäder vid Norra ängen",
        "Samhällsbyggnadsförvaltningen har tagit fram ett förslag till yttrande över planförslaget.",
        ("anta förvaltningens yttrande som sitt eget",),
    ),
)
DELEGATION_LINES = (  # social, then bygg och miljö
    "Beslut om ekonomiskt bistånd, delegat enhetschef",
    "Beslut om insats enligt LSS, delegat biståndshandläggare",
    "Beslut om färdtjänst, delegat handläggare",
    "Beslut om bygglov, delegat bygglovshandläggare",
    "Beslut om föreläggande enligt miljöbalken, delegat miljöinspektör",
    "Beslut om avgift för tillsyn, delegat miljöinspektör",
)


def conjugate(act: str, tense: int) -> str | None:
    verb, _, rest = act.partition(" ")
    if verb in C.VERBS:
        return f"{C.VERBS[verb][tense]} {rest}".strip()
    return None


# --------------------------------------------------------------------------- furniture
def head_left_right(left: str, right_fmt: str = "sida", second: str | None = None, rule: bool = True):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 9)
        c.drawString(st.left, H - 40, left)
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, page_label(right_fmt, page, total))
        if second:
            c.setFont(st.reg, 8)
            c.drawString(st.left, H - 51, second)
        if rule:
            c.setLineWidth(0.4)
            c.line(st.left, H - 56, W - st.right, H - 56)

    return draw


def sign_boxes(left: str, label: str = "plain", boxes: tuple[str, ...] = ("Justerandes signatur",)):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawString(st.left, H - 40, left)
        c.drawRightString(W - st.right, H - 40, page_label(label, page, total))
        c.setFont(st.reg, 7)
        for k, b in enumerate(boxes):
            x = st.left + k * 150
            c.rect(x, 40, 110, 20)
            c.drawString(x, 31, b)

    return draw


def foot_center(text: str, label: str = "sida_paren"):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 7.5)
        c.drawCentredString(W / 2, 40, text)
        c.drawCentredString(W / 2, 30, page_label(label, page, total))

    return draw


# --------------------------------------------------------------------------- decisions
def decide(
    f: Flow, subject: str, p: Point, rng: random.Random, *, form: str, x: float = 0.0, heading: str | None = None
) -> None:
    """Print and record a point's decision: "beslutar" (Subject beslutar att …), "present"
    (Subject godkänner …), "clauses" (Subject beslutar / att …,), "past" or "passive"."""
    acts = list(p.acts)
    if not acts and not p.passive:
        return
    if heading:
        f.line(heading, x=x, bold=True, before=7, keep=1)
    if p.passive and (not acts or form == "passive"):
        f.para(p.passive, x=x, before=3)
        f.decision(p.passive)
        return
    if form == "clauses" and len(acts) > 1:
        lead = f"{subject} beslutar"
        f.para(lead, x=x, before=3)
        for k, a in enumerate(acts):
            end = "." if k == len(acts) - 1 else ","
            f.para(f"att {a}{end}", x=x + 14, hang=16, before=1)
            f.decision(f"{lead} att {a}")
        return
    for a in acts:
        if a.startswith("föreslå "):
            s = f"{subject} föreslår {a.split(' ', 1)[1]}."
        elif form == "present" and conjugate(a, 0):
            s = f"{subject} {conjugate(a, 0)}."
        elif form == "past" and conjugate(a, 1):
            s = f"{subject} {conjugate(a, 1)}."
        elif form == "past":
            s = f"{subject} beslutade att {a}."
        else:
            s = f"{subject} beslutar att {a}."
        f.para(s, x=x, before=3)
        f.decision(s)


# --------------------------------------------------------------------------- municipal meeting
@dataclass
class Board:
    org: str
    organ: str
    subject: str
    genitive: str
    prefix: str
    day: dt.date
    members: list[Who]
    subs: list[Who]
    absent: list[Who]
    staff: list[Who]
    secretary: Who
    justerare: Who
    points: list[Point]
    place: str
    time: str
    adjusted: dt.date


def muni_board(
    rng: random.Random,
    folk: Folk,
    org: str,
    organ: str,
    subject: str,
    genitive: str,
    prefix: str,
    topics,
    *,
    seats: int,
    serving: int,
    subs: int,
    absent: int,
    staff_titles: tuple[str, ...],
    n_staff: int,
    secretary_title: str,
    first: int,
    spans: bool = True,
    opening: bool = True,
    delegation: bool = False,
) -> Board:
    day = C.meeting_date(rng)
    members = [Who(folk.person(), "ordförande", org, "S" if rng.random() < 0.6 else "M")]
    members.append(Who(folk.person(), "vice ordförande", org, "M" if members[0].party == "S" else "S"))
    while len(members) < seats - serving:
        members.append(Who(folk.person(), "ledamot", org, party(rng)))
    gone = [Who(folk.person(), "ledamot", org, party(rng)) for _ in range(serving)]
    for g in gone:
        members.append(Who(folk.person(), "ersättare", org, g.party, replaces=g.person))
    extra = [Who(folk.person(), "ersättare", org, party(rng)) for _ in range(subs)]
    away = [Who(folk.person(), "ledamot", org, party(rng)) for _ in range(absent)]
    staff = [Who(folk.person(), "tjänsteperson", org, title=t) for t in rng.sample(staff_titles, n_staff)]
    secretary = Who(folk.person(), "tjänsteperson", org, title=secretary_title)
    pts: list[Point] = []
    n = first
    if opening:
        pts.append(
            Point(n, rng.choice(("Val av justerare", "Val av justerare och tid för justering")), kind="justerare")
        )
        n += 1
        pts.append(Point(n, "Godkännande av dagordningen", passive="Dagordningen godkänns.", kind="open"))
        n += 1
    chosen = rng.sample(topics, min(len(topics), rng.randint(4, 5)))
    for t in chosen:
        title, text, acts, *passive = t
        pts.append(
            Point(
                n,
                title,
                text,
                tuple(acts),
                passive[0] if passive else None,
                dnr=f"{prefix} {day.year}/{rng.randint(11, 480)}" if acts else None,
                proposal=acts[0] if acts and rng.random() < 0.5 else None,
            )
        )
        n += 1
    if delegation:
        pts.append(
            Point(
                n,
                rng.choice(("Redovisning av delegationsbeslut", "Anmälan av delegationsbeslut")),
                kind="delegation",
                acts=("lägga redovisningen av delegationsbeslut till handlingarna",),
            )
        )
        n += 1
    last = n - 1
    if spans:
        k = rng.randrange(2, len(members))
        lo = rng.randint(first, first + 2)
        members[k] = Who(
            members[k].person,
            members[k].role,
            org,
            members[k].party,
            span=f"§§ {lo}–{last}",
            replaces=members[k].replaces,
        )
        s = rng.randrange(len(staff))
        at = rng.randint(first + 2, last)
        staff[s] = Who(staff[s].person, "tjänsteperson", org, title=staff[s].title, span=f"§ {at}")
    voters = [w for w in members if w.role != "ordförande"]
    start, end = rng.choice((("08.30", "11.40"), ("13.00", "15.50"), ("09.00", "12.15"), ("14.00", "16.30")))
    return Board(
        org,
        organ,
        subject,
        genitive,
        prefix,
        day,
        members,
        extra,
        away,
        staff,
        secretary,
        rng.choice(voters),
        pts,
        rng.choice(C.PLACES),
        f"{start}–{end}",
        C.later(day, rng, 3, 8),
    )


def member_text(w: Who, *, party_style: str = "paren", role_after: bool = True) -> str:
    p = f" ({w.party})" if party_style == "paren" and w.party else f", {w.party}" if w.party else ""
    role = ""
    if role_after and w.role in ("ordförande", "vice ordförande"):
        role = f", {w.rank + ' ' if w.rank else ''}{w.role}"
    if w.replaces is not None:
        role = f", tjänstgörande ersättare för {w.replaces.name}"
    span = f" {w.span}" if w.span else ""
    return f"{w.name}{p}{role}{span}"


# --------------------------------------------------------------------------- 1 arbetsutskott
@variant("board", "r_absent", "r_span", "r_tjg_for", "r_party", "h_para", "d_organ_beslut", "date_long")
def au_narvarande_franvarande(rng: random.Random) -> Rendered:
    """Kommunstyrelsens arbetsutskott: "Närvarande" with sub-heads and "Frånvarande" below it,
    attendance ranges after names ("§§ 4–9"), "Justerare" and "Sekreterare" labels,
    "Paragrafer §§ 4–10"; items "§ 4" with the title indented beside; decisions under
    "Arbetsutskottets beslut" or, for matters the board decides, "Arbetsutskottets förslag
    till kommunstyrelsen" worded as the board's decision; a förvaltning's proposal before."""
    org = rng.choice(MUNIS)
    folk = Folk(rng)
    first = rng.randint(1, 140)
    m = muni_board(
        rng, folk, org, "Kommunstyrelsens arbetsutskott", "Arbetsutskottet", "Arbetsutskottets", "KS",
        MUNI_TOPICS, seats=5, serving=rng.randint(0, 1), subs=rng.randint(1, 3), absent=rng.randint(1, 2),
        staff_titles=("kommundirektör", "ekonomichef", "kanslichef", "HR-chef", "samhällsbyggnadschef", "utredare"),
        n_staff=rng.randint(2, 4), secretary_title="kommunsekreterare", first=first,
    )  # fmt: skip
    f = Flow(Style("vera", size=10, top=78, bottom=76, left=68))
    f.line("Protokoll", bold=True, size=16)
    f.line("Kommunstyrelsens arbetsutskott", size=12, before=2)
    f.line(f"Sammanträdesdatum {date_text(m.day, 'den')}, kl. {m.time}", before=10)
    f.line(m.place)
    col = 150.0
    f.line("Närvarande", bold=True, size=11, before=12, keep=2)
    f.line("Ledamöter", bold=True, before=4, keep=1)
    for w in m.members:
        rec(f, f.line(member_text(w), x=12), w)
    if m.subs:
        f.line("Ersättare", bold=True, before=4, keep=1)
        for w in m.subs:
            rec(f, f.line(member_text(w), x=12), w)
    f.line("Tjänstepersoner", bold=True, before=4, keep=1)
    for w in m.staff:
        rec(f, f.line(f"{w.name}, {w.title}" + (f" {w.span}" if w.span else ""), x=12), w)
    f.line("Frånvarande", bold=True, size=11, before=10, keep=1)
    for w in m.absent:
        f.line(member_text(w), x=12)
    ln = f.line("Justerare", bold=True, before=10, cells=((col, f"{m.justerare.name} ({m.justerare.party})", False),))
    f.person(ln, m.justerare.name, "justerare", org)
    f.line(
        "Justeringens tid",
        bold=True,
        before=2,
        cells=((col, f"{C.fmt_date(m.adjusted, 'long')}, kommunkansliet", False),),
    )
    ln = f.line("Sekreterare", bold=True, before=2, cells=((col, m.secretary.name, False),))
    f.person(ln, m.secretary.name, "sekreterare", org)
    f.line("Paragrafer", bold=True, before=2, cells=((col, f"§§ {m.points[0].number}–{m.points[-1].number}", False),))
    f.line("Underskrifter", bold=True, before=14, keep=5)
    for label, who in (("Sekreterare", m.secretary), ("Ordförande", m.members[0]), ("Justerare", m.justerare)):
        f.line("_" * 34, x=col, before=14, keep=1)
        f.line(label, size=9, cells=((col, who.name, False),))
    for k, p in enumerate(m.points):
        head = f.line(f"§ {p.number}", bold=True, size=11, before=14, keep=2, new_page=k == 0,
                      cells=((62, p.title, True),))  # fmt: skip
        f.item(str(p.number), p.title, head, p.dnr)
        if p.dnr:
            f.line(f"Dnr {p.dnr}", x=62, size=8.5, before=1)
        if p.kind == "justerare":
            s = f"Arbetsutskottet utser {m.justerare.name} ({m.justerare.party}) att justera protokollet."
            f.para(s, x=62, before=4)
            f.decision(s)
            continue
        if p.text:
            f.para(p.text, x=62, before=4)
        if p.proposal:
            f.line("Förvaltningens förslag till beslut", x=62, bold=True, before=7, keep=1)
            f.para(f"Arbetsutskottet föreslås besluta att {p.proposal}.", x=62, before=2)
        board_decides = p.kind == "topic" and p.number % 2 == 0 and len(p.acts) > 0
        if board_decides:
            decide(f, "Kommunstyrelsen", p, rng, form=rng.choice(("beslutar", "clauses")), x=62,
                   heading="Arbetsutskottets förslag till kommunstyrelsen")  # fmt: skip
        else:
            decide(f, "Arbetsutskottet", p, rng, form=rng.choice(("beslutar", "present", "clauses")), x=62,
                   heading="Arbetsutskottets beslut")  # fmt: skip
        if p.kind == "topic" and p.acts:
            f.line("Expedieras till", x=62, bold=True, before=7, keep=1)
            f.para("Kommunstyrelsen" if board_decides else "Förvaltningen", x=62, before=1)
    body = f"Kommunstyrelsens arbetsutskott {org}"
    furn = sign_boxes(f"{org.upper()} – Kommunstyrelsens arbetsutskott – {C.fmt_date(m.day, 'iso')}", "slash",
                      ("Justerandes signatur", "Utdragsbestyrkande"))  # fmt: skip
    return Rendered(f, furn, "protokoll", "Protokoll", body, m.day.isoformat(), org)


# --------------------------------------------------------------------------- 2 socialnämnd / bmn
@variant("board", "h_ks_para", "r_table_unruled", "r_ej_tjg", "d_not_reservation", "d_namnden_beslutar", "date_iso")
def namnd_delegation_reservation(rng: random.Random) -> Rendered:
    """Socialnämnden or Bygg- och miljönämnden: a front page of label rows ("Plats och tid",
    "Beslutande", "Ej tjänstgörande ersättare", "Övriga närvarande", "Utses att justera",
    "Justeringens plats och tid", "Protokollet omfattar") with the roster as two columns (name,
    party/role); items "SN § 45" / "BMN § 45" over the title; "Beslutsunderlag", "Yrkanden",
    "Beslut" ("Nämnden beslutar" att-clauses or a sentence), "Reservation", and a delegation
    item listing the delegation decisions (not the meeting's); Times, dates 2025-03-04."""
    org = rng.choice(MUNIS)
    social = rng.random() < 0.5
    folk = Folk(rng, cp1252=True)
    organ, prefix, topics = (
        ("Socialnämnden", "SN", SOCIAL_TOPICS) if social else ("Bygg- och miljönämnden", "BMN", BUILD_TOPICS)
    )
    genitive = {"Socialnämnden": "Socialnämndens", "Bygg- och miljönämnden": "Bygg- och miljönämndens"}[organ]
    m = muni_board(
        rng, folk, org, organ, organ, genitive, prefix, topics, seats=rng.choice((9, 11)), serving=rng.randint(1, 2),
        subs=rng.randint(2, 4), absent=0, n_staff=rng.randint(2, 3), secretary_title="nämndsekreterare",
        staff_titles=("socialchef", "enhetschef", "verksamhetschef", "controller")
        if social else ("samhällsbyggnadschef", "bygglovschef", "miljöchef", "bygglovshandläggare"),
        first=rng.randint(20, 150), delegation=True,
    )  # fmt: skip
    f = Flow(Style("times", size=11, top=80, left=74, right=66))
    f.row([(0, org), (280, "SAMMANTRÄDESPROTOKOLL")], bold=True, size=12)
    f.row([(0, organ), (280, f"Sammanträdesdatum {C.fmt_date(m.day, 'iso')}")], size=10, before=2)
    col = 130.0
    f.line("Plats och tid", bold=True, before=18, cells=((col, f"{m.place}, kl. {m.time}", False),))
    x2 = col + 160
    first = True
    for w in m.members:
        role = {"ordförande": "ordförande", "vice ordförande": "vice ordförande"}.get(w.role, "")
        if w.replaces is not None:
            role = f"tjg ersättare för {w.replaces.name}"
        right = f"{w.party}" + (f", {role}" if role else "") + (f", {w.span}" if w.span else "")
        ln = f.line("Beslutande" if first else "", bold=first, before=10 if first else 0,
                    cells=((col, w.name, False), (x2, right, False)))  # fmt: skip
        first = False
        rec(f, ln, w)
    first = True
    for w in m.subs:
        ln = f.line("Ej tjänstgörande" if first else "", bold=first, before=8 if first else 0,
                    cells=((col, w.name, False), (x2, w.party or "", False)))  # fmt: skip
        if first:
            f.line("ersättare", bold=True)
        first = False
        rec(f, ln, w)
    first = True
    for w in [*m.staff, m.secretary]:
        ln = f.line("Övriga närvarande" if first else "", bold=first, before=8 if first else 0,
                    cells=((col, w.name, False), (x2, w.title + (f", {w.span}" if w.span else ""), False)))  # fmt: skip
        first = False
        rec(f, ln, w)
    ln = f.line("Utses att justera", bold=True, before=10, cells=((col, m.justerare.name, False),))
    f.person(ln, m.justerare.name, "justerare", org)
    f.line(
        "Justeringens plats", bold=True, before=4, cells=((col, f"Kommunhuset {C.fmt_date(m.adjusted, 'iso')}", False),)
    )
    f.line("och tid", bold=True)
    f.line(
        "Protokollet omfattar",
        bold=True,
        before=4,
        cells=((col, f"§§ {m.points[0].number}–{m.points[-1].number}", False),),
    )
    f.line("Underskrifter", bold=True, before=14, keep=6)
    for label, who in (("Sekreterare", m.secretary), ("Ordförande", m.members[0]), ("Justerande", m.justerare)):
        f.line(label, before=12, cells=((col, "." * 48, False),), keep=1)
        ln = f.line("", cells=((col, who.name, False),))
        if who is m.secretary:
            f.person(ln, m.secretary.name, "sekreterare", org, m.secretary.title)
    for k, p in enumerate(m.points):
        head = f.line(f"{prefix} § {p.number}", bold=True, size=12, before=16, keep=3, new_page=k == 0,
                      cells=((f.style.width - 110, f"Dnr {p.dnr}", False),) if p.dnr else ())  # fmt: skip
        f.item(str(p.number), p.title, head, p.dnr)
        f.para(p.title, bold=True, size=12, before=2)
        if p.kind == "justerare":
            s = f"{organ} utser {m.justerare.name} att jämte ordföranden justera dagens protokoll."
            f.para(s, before=5)
            f.decision(s)
            continue
        if p.kind == "delegation":
            f.para("Följande beslut fattade med stöd av delegation redovisas för nämnden:", before=5)
            lo = m.day - dt.timedelta(days=40)
            hi = m.day - dt.timedelta(days=10)
            f.para(f"Perioden {C.fmt_date(lo, 'iso')} – {C.fmt_date(hi, 'iso')}", before=2)
            for line in rng.sample(DELEGATION_LINES[:3] if social else DELEGATION_LINES[3:], 3):
                f.para(f"– {line}", x=12, hang=8, before=1)
            decide(f, organ, p, rng, form="beslutar", heading="Beslut")
            continue
        if p.kind == "open":
            decide(f, organ, p, rng, form="passive", heading=None)
            continue
        if p.text:
            f.line("Sammanfattning", bold=True, before=7, keep=1)
            f.para(p.text, before=2)
        if p.dnr:
            f.line("Beslutsunderlag", bold=True, before=7, keep=1)
            f.para(f"Tjänsteskrivelse {C.fmt_date(m.day - dt.timedelta(days=14), 'iso')}", before=1)
        contested = bool(p.acts) and p.number % 3 == 0
        if contested:
            opp = next(
                (w for w in m.members if w.party not in (m.members[0].party, None) and w.role == "ledamot"),
                m.members[1],
            )
            f.line("Yrkanden", bold=True, before=7, keep=1)
            f.para(f"{m.members[0].name} ({m.members[0].party}) yrkar bifall till förvaltningens förslag.", before=2)
            f.para(f"{opp.name} ({opp.party}) yrkar att ärendet återremitteras.", before=2)
            f.line("Beslutsgång", bold=True, before=7, keep=1)
            f.para("Ordföranden ställer proposition på förslagen och finner att nämnden bifaller "
                   "förvaltningens förslag.", before=2)  # fmt: skip
        decide(f, organ, p, rng, form=rng.choice(("clauses", "present", "beslutar")), heading="Beslut")
        if contested:
            f.line("Reservation", bold=True, before=7, keep=1)
            f.para(f"{opp.name} ({opp.party}) reserverar sig mot beslutet till förmån för eget yrkande.", before=2)
        if p.acts:
            f.line("Beslutet skickas till", bold=True, before=7, keep=1)
            f.para("Sökanden" if not social and p.number % 2 else "Förvaltningen", before=1)
    furn = head_left_right(f"{org} – {organ}", "sida_paren", f"Sammanträdesdatum {C.fmt_date(m.day, 'iso')}")
    return Rendered(f, furn, "protokoll", "Sammanträdesprotokoll", f"{organ} {org}", m.day.isoformat(), org)


# --------------------------------------------------------------------------- 3 region nämnd
REGION_TOPICS = (
    (
        "Länsgemensam handlingsplan för psykisk hälsa",
        "Handlingsplanen har tagits fram av tjänstepersoner från regionen och länets kommuner och "
        "beskriver gemensamma insatser under de kommande tre åren.",
        ("ställa sig bakom handlingsplanen", "rekommendera kommunerna och regionen att anta handlingsplanen"),
    ),
    (
        "Regional utvecklingsstrategi, remissversion",
        "Ett förslag till ny regional utvecklingsstrategi har tagits fram i dialog med länets kommuner.",
        ("ställa sig bakom att förslaget skickas på remiss till länets kommuner",),
    ),
    (
        "Överenskommelse om hälso- och sjukvård i hemmet",
        "Den reviderade överenskommelsen tydliggör ansvarsfördelningen mellan huvudmännen vid "
        "inskrivning i hemsjukvård.",
        ("rekommendera huvudmännen att teckna överenskommelsen",),
    ),
    (
        "Information om läget i sjukvården",
        "Hälso- och sjukvårdsdirektören informerade om tillgänglighet och vårdköer.",
        (),
        "Rådet lägger informationen till handlingarna.",
    ),
    (
        "Uppföljning av omställningen till nära vård",
        "Uppföljningen visar att flera av de gemensamma målen nåtts under året, medan arbetet med "
        "samordnad individuell plan behöver förstärkas.",
        ("godkänna uppföljningen",),
    ),
    (
        "Trafikförsörjningsprogram för Örebro län",
        "Regionen har tagit fram ett förslag till nytt trafikförsörjningsprogram som samråds med kommunerna.",
        ("lämna synpunkter enligt diskussionen på mötet",),
    ),
)
REGION_STAFF = (
    "regiondirektör", "ekonomidirektör", "hälso- och sjukvårdsdirektör", "kommunikationsdirektör",
    "regionjurist", "chef för regional utveckling", "controller", "HR-direktör",
)  # fmt: skip


@variant("board", "r_side_by_side", "r_ovriga_narvarande", "r_guests", "h_own_line", "d_proposal_kf", "date_long")
def region_council_long_roster(rng: random.Random) -> Rendered:
    """Regionala samverkansrådet of Region Örebro län with a long roster -- "Ledamöter" and
    "Ersättare" side by side with party and organisation (a serving substitute "tjänstgör för …"),
    "Övriga närvarande" from other bodies, "Tjänstepersoner" of the region, one or two justerare;
    items "§ 7" alone on a line with the title below and "Diarienummer 25RS1234"; "Förslag
    till beslut" (not a decision), "Rådets beslut" as "Rådet beslutar att …", att-clauses or a
    present verb, a "Protokollsanteckning"; dates "4 mars 2025"; Helvetica."""
    folk = Folk(rng, cp1252=True)
    org = C.REGION
    day = C.meeting_date(rng)
    members = [Who(folk.person(), "ordförande", org, "S")]
    members.append(Who(folk.person(), "vice ordförande", "Örebro kommun", "M", rank="1:e"))
    if rng.random() < 0.5:
        members.append(Who(folk.person(), "vice ordförande", org, "C", rank="2:e"))
    members += [Who(folk.person(), "ledamot", org, party(rng)) for _ in range(2)]
    members += [Who(folk.person(), "ledamot", o, party(rng)) for o in MUNIS if o != "Örebro kommun"]
    serving = []
    for k in sorted(rng.sample(range(3, len(members)), 2), reverse=True):
        g = members.pop(k)
        serving.append(Who(folk.person(), "ersättare", g.org, g.party, replaces=g.person))
    subs = [Who(folk.person(), "ersättare", o, party(rng)) for o in rng.sample([org, *MUNIS], rng.randint(4, 7))]
    subs.sort(key=lambda w: [org, *MUNIS].index(w.org))
    first = rng.randint(1, 60)
    topics = rng.sample(REGION_TOPICS, rng.randint(4, 5))
    points = [Point(first, "Val av justerare", kind="justerare")]
    for t in topics:
        title, text, acts, *passive = t
        points.append(
            Point(
                first + len(points),
                title,
                text,
                tuple(acts),
                passive[0] if passive else None,
                dnr=f"{str(day.year)[2:]}RS{rng.randint(1000, 9999)}" if acts else None,
            )  # fmt: skip
        )
    last = points[-1].number
    k = rng.randrange(3, len(members))
    members[k] = Who(members[k].person, "ledamot", members[k].org, members[k].party, span=f"§§ {first}–{last - 1}")
    guests = [
        Who(folk.person(), "övrig", C.LANSSTYRELSEN, title="länsråd"),
        Who(folk.person(), "övrig", C.RF_SISU, title="distriktschef"),
    ][: rng.randint(1, 2)]
    staff = [Who(folk.person(), "tjänsteperson", org, title=t) for t in rng.sample(REGION_STAFF, rng.randint(4, 6))]
    secretary = Who(folk.person(), "tjänsteperson", org, title="regionsekreterare")
    listed = rng.random() < 0.5
    if listed:
        staff.append(secretary)
    voters = [w for w in members if w.role != "ordförande"]
    justerare = rng.sample(voters, rng.randint(1, 2))

    f = Flow(Style("helvetica", size=9.5, top=84, left=64, right=56))
    f.row([(0, "Region Örebro län"), (300, "PROTOKOLL")], bold=True, size=13)
    f.row([(300, "Regionala samverkansrådet")], size=10, before=4)
    f.row([(300, f"Datum: {C.fmt_date(day, 'long')}")], size=10, before=1)
    start, end = rng.choice((("09.00", "12.10"), ("13.00", "16.30"), ("08.30", "11.45")))
    f.line(f"Tid: kl. {start}–{end}", before=16)
    rooms = ("Länsgården, sammanträdesrum Kilsbergen", "Regionhuset, Eklundavägen 1, Örebro", "Digitalt via Teams")
    f.line(f"Plats: {rng.choice(rooms)}")
    half = 245.0

    def mtext(w: Who) -> str:
        role = f", {w.rank + ' ' if w.rank else ''}{w.role}" if w.role in ("ordförande", "vice ordförande") else ""
        return f"{w.name} ({w.party}), {C.SHORT[w.org]}{role}" + (f", {w.span}" if w.span else "")

    left = [(mtext(w), w) for w in members]
    right: list[tuple[str, Who | None]] = []
    for w in serving:
        right.append((f"{w.name} ({w.party}), {C.SHORT[w.org]},", w))
        right.append((f"   tjänstgör för {w.replaces.name}", None))  # type: ignore[union-attr]
    right += [(f"{w.name} ({w.party}), {C.SHORT[w.org]}", w) for w in subs]
    f.row([(0, "Ledamöter"), (half, "Ersättare")], bold=True, before=12, keep=1)
    for j in range(max(len(left), len(right))):
        cells = []
        if j < len(left):
            cells.append((0.0, left[j][0]))
        if j < len(right):
            cells.append((half, right[j][0]))
        if cells[0][0] != 0.0:
            cells.insert(0, (0.0, ""))
        ln = f.row(cells)
        if j < len(left):
            rec(f, ln, left[j][1])
        if j < len(right) and right[j][1] is not None:
            rec(f, ln, right[j][1])  # type: ignore[arg-type]
    f.line("Övriga närvarande", bold=True, before=10, keep=1)
    for w in guests:
        rec(f, f.line(f"{w.name}, {w.title}, {w.org}"), w)
    f.line("Tjänstepersoner", bold=True, before=10, keep=1)
    for w in staff:
        ln = f.line(f"{w.name}, {w.title}")
        rec(f, ln, w)
        if w is secretary:
            f.person(ln, w.name, "sekreterare", org, w.title)
    if not listed:
        ln = f.line("Sekreterare", bold=True, before=10, cells=((110, secretary.name, False),))
        f.person(ln, secretary.name, "sekreterare", org)
    ln = f.line("Justerare", bold=True, before=6 if not listed else 10,
                cells=((110, " och ".join(f"{w.name} ({w.party})" for w in justerare), False),))  # fmt: skip
    for w in justerare:
        f.person(ln, w.name, "justerare", w.org)
    f.line("Justeringsdatum", bold=True, before=2, cells=((110, C.fmt_date(C.later(day, rng), "long"), False),))
    f.line("Paragrafer", bold=True, before=2, cells=((110, f"{first}–{last}", False),))
    for p in points:
        head = f.line(f"§ {p.number}", bold=True, size=11, before=16, keep=3, new_page=p is points[0])
        f.item(str(p.number), p.title, head, p.dnr)
        f.para(p.title, bold=True, size=11, before=1)
        if p.dnr:
            f.line(f"Diarienummer {p.dnr}", size=8.5, before=1)
        if p.kind == "justerare":
            names = " och ".join(w.name for w in justerare)
            s = f"Rådet utser {names} att jämte ordföranden justera protokollet."
            f.para(s, before=5)
            f.decision(s)
            continue
        f.line("Sammanfattning", bold=True, before=7, keep=1)
        f.para(p.text, before=2)
        if p.acts:
            f.line("Förslag till beslut", bold=True, before=7, keep=1)
            f.para(f"Beredningsgruppen föreslår att rådet beslutar att {p.acts[0]}.", before=2)
        decide(f, "Rådet", p, rng, form=rng.choice(("beslutar", "present", "clauses")),
               heading="Rådets beslut")  # fmt: skip
        if p.acts and p.number % 3 == 1:
            opp = next(
                (w for w in members if w.party in ("SD", "V", "KD", "L", "MP") and w.role == "ledamot"), members[-1]
            )
            f.line("Protokollsanteckning", bold=True, before=7, keep=1)
            f.para(f"{opp.name} ({opp.party}) lämnar en protokollsanteckning, bilaga till protokollet.", before=2)
    f.line("Vid protokollet", bold=True, before=22, keep=8)
    f.line("_" * 32, before=16, keep=1)
    f.line(secretary.name)
    f.line("Justeras", bold=True, before=12, keep=5)
    sigs = [members[0], *justerare]
    f.row([(k * 170.0, "_" * 28) for k in range(len(sigs))], before=16, keep=1)
    f.row([(k * 170.0, w.name) for k, w in enumerate(sigs)])
    furn = foot_center("Region Örebro län • Regionala samverkansrådet • " + C.fmt_date(day, "long"), "sida")
    return Rendered(f, furn, "protokoll", "Protokoll", "Regionala samverkansrådet", day.isoformat(), org)


# --------------------------------------------------------------------------- 4 KC/RD
GROUP_TOPICS = (
    (
        "Kompetensförsörjning i välfärden",
        "Gruppen diskuterade en gemensam ansökan om medel för validering av undersköterskor. "
        "Flera kommuner har redan påbörjat arbetet på egen hand.",
        ("ställa sig bakom en gemensam ansökan",),
    ),
    (
        "Nära vård – lägesbild",
        "Regionens utvecklingsdirektör gav en lägesbild av omställningen till nära vård och de "
        "länsgemensamma målbilderna.",
        (),
        "Informationen noterades.",
    ),
    (
        "Civilt försvar och beredskap",
        "Länsstyrelsen har bjudit in till en gemensam övning under hösten. Kommunerna uppmanas att "
        "utse kontaktpersoner.",
        ("att varje kommun utser en kontaktperson före nästa möte",),
    ),
    (
        "Länsgemensam digital plattform för e-tjänster",
        "Förstudien är klar och visar att en gemensam plattform kan minska kostnaderna för de mindre kommunerna.",
        ("gå vidare med en gemensam upphandling av plattformen",),
    ),
    (
        "Inför samverkansrådet",
        "Dagordningen för nästa regionala samverkansråd gicks igenom.",
        ("fastställa dagordningen för samverkansrådet",),
    ),
    (
        "Ensamkommande och etablering",
        "Arbetsförmedlingen har aviserat förändringar i etableringsuppdraget. Gruppen delade "
        "erfarenheter av samarbetet lokalt.",
        (),
    ),
)


@variant("minutes", "r_role_name_org", "r_absent", "r_antecknare", "h_arende", "d_beslut_colon", "date_dotted")
def kcrd_members_with_municipality(rng: random.Random) -> Rendered:
    """Minnesanteckningar of the county's municipal chief executives with the regional
    director (KC/RD): "Deltagare" with the municipality first ("Kumla kommun: Name,
    kommunchef"), "Förhinder" (not participants), "Övriga" from the region, "Antecknare";
    points "Ärende 3" over the title; decisions as "Beslut: …" or sentences "KC/RD beslutade
    att …", passive "noterades", some points without a decision; date 4.3.2025; Vera."""
    folk = Folk(rng)
    day = C.meeting_date(rng)
    body = "Regionala chefsamverkansgruppen (KC/RD)"
    present = rng.sample(MUNIS, rng.randint(8, 11))
    away = [o for o in MUNIS if o not in present]
    chair = Who(folk.person(), "ordförande", C.REGION, title="regiondirektör")
    members = [Who(folk.person(), "ledamot", o, title=rng.choice(("kommundirektör", "kommunchef"))) for o in MUNIS
               if o in present]  # fmt: skip
    if rng.random() < 0.6:
        k = rng.randrange(len(members))
        members[k] = Who(members[k].person, "ledamot", members[k].org, title="biträdande kommundirektör")
    staff = [Who(folk.person(), "tjänsteperson", C.REGION, title=t)
             for t in rng.sample(("regional utvecklingsdirektör", "strateg", "utvecklingsledare", "kanslichef"),
                                 rng.randint(1, 3))]  # fmt: skip
    secretary = staff[-1]
    f = Flow(Style("vera", size=10, top=74, left=72, right=64))
    f.line("Minnesanteckningar", bold=True, size=15)
    f.line("KC/RD – kommunchefer och regiondirektör", size=11, before=3)
    f.line(f"Datum: {C.fmt_date(day, 'dotted')}", before=10)
    f.line(f"Tid: {C.times(rng)[4:]}")
    f.line(f"Plats: {rng.choice(('Länsgården, Örebro', 'Teams', 'Hallsbergs kommunhus'))}")
    f.line("Deltagare", bold=True, before=12, keep=2)
    ln = f.line(f"Region Örebro län: {chair.name}, {chair.title} (ordförande)", x=10)
    rec(f, ln, chair, title=True)
    for w in members:
        rec(f, f.line(f"{w.org}: {w.name}, {w.title}", x=10), w, title=True)
    if away:
        f.line("Förhinder", bold=True, before=8, keep=1)
        f.para(", ".join(f"{folk.person().name} ({C.SHORT[o]})" for o in away), x=10, before=1)
    f.line("Övriga", bold=True, before=8, keep=1)
    for w in staff:
        rec(f, f.line(f"{w.name}, {w.title}, Region Örebro län", x=10), w)
    ln = f.line(f"Antecknare: {secretary.name}", before=8)
    f.person(ln, secretary.name, "sekreterare", C.REGION, secretary.title)
    points = [Point(1, "Mötets öppnande och dagordning", passive="Dagordningen fastställdes.", kind="open")]
    points.append(Point(2, "Föregående anteckningar", passive="Anteckningarna lades till handlingarna.", kind="open"))
    for t in rng.sample(GROUP_TOPICS, rng.randint(3, 5)):
        title, text, acts, *passive = t
        points.append(Point(len(points) + 1, title, text, tuple(acts), passive[0] if passive else None))
    nxt = C.later(day, rng, 25, 45)
    points.append(Point(len(points) + 1, "Nästa möte", f"Nästa möte hålls {C.fmt_date(nxt, 'dotted')}.", kind="close"))
    for p in points:
        head = f.line(f"Ärende {p.number}", bold=True, size=10.5, before=12, keep=2)
        f.item(str(p.number), p.title, head)
        f.line(p.title, bold=True, size=10.5, before=1)
        if p.text:
            f.para(p.text, before=3)
        if p.passive and not p.acts:
            f.para(p.passive, before=3)
            f.decision(p.passive)
        for a in p.acts:
            if a.startswith("att "):
                s = f"KC/RD enades om {a}."
            elif rng.random() < 0.5:
                s = f"KC/RD beslutade att {a}."
            else:
                s = f"Gruppen beslutade att {a}."
            if rng.random() < 0.5:
                f.para(f"Beslut: {s}", before=3)
            else:
                f.para(s, before=3)
            f.decision(s)
    furn = head_left_right("KC/RD", "slash", f"Minnesanteckningar {C.fmt_date(day, 'dotted')}", rule=False)
    return Rendered(f, furn, "minnesanteckningar", "Minnesanteckningar", body, day.isoformat())


# --------------------------------------------------------------------------- 5 direktion
FED = (
    (
        "Nerikes Brandkår",
        ("Örebro kommun", "Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun", "Lekebergs kommun"),
        ("förbundsdirektör", "räddningschef", "ekonomichef", "administrativ chef"),
        (
            ("Handlingsprogram för räddningstjänst", "Ett nytt handlingsprogram enligt lagen om skydd mot "
             "olyckor har remitterats till medlemskommunerna.",
             ("anta handlingsprogrammet", "översända handlingsprogrammet till medlemskommunerna")),
            ("Månadsuppföljning", "Ekonomichefen redovisade utfallet. Prognosen visar ett litet överskott.",
             ("godkänna månadsuppföljningen",)),
            ("Taxa för tillsyn och tillstånd", "Taxan räknas upp enligt prisindex för kommunal verksamhet.",
             ("fastställa taxan för tillsyn och tillstånd",)),
            ("Ny brandstation i Hallsberg", "Förstudien visar att nuvarande station inte uppfyller "
             "arbetsmiljökraven.", ("ge förbundsdirektören i uppdrag att ta fram ett lokalprogram",)),
            ("Förbundsdirektörens information", "Förbundsdirektören informerade om rekryteringen av "
             "deltidsbrandmän.", (), "Informationen noterades."),
        ),
    ),
    (
        "Sydnärkes utbildningsförbund",
        ("Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun"),
        ("förbundschef", "ekonomichef", "rektor", "utvecklingsstrateg"),
        (
            ("Programutbud för gymnasieskolan", "Förbundet föreslår att ett nytt introduktionsprogram "
             "startas till hösten.", ("fastställa programutbudet",)),
            ("Budget och verksamhetsplan", "Förslaget bygger på medlemskommunernas ramar.",
             ("fastställa budget och verksamhetsplan", "begära att medlemskommunerna godkänner ramarna")),
            ("Internkontrollplan", "Planen bygger på förbundets riskanalys.", ("anta internkontrollplanen",)),
            ("Skolinspektionens tillsyn", "Skolinspektionen har genomfört tillsyn vid en av skolorna.",
             ("godkänna redovisningen av vidtagna åtgärder",)),
            ("Förbundschefens information", "Förbundschefen informerade om elevprognosen.", (),
             "Direktionen lägger informationen till handlingarna."),
        ),
    ),
)  # fmt: skip


@variant("board", "r_org_short", "r_party", "r_tjg_for", "h_bare", "h_own_line", "d_att_clauses", "date_weekday")
def direktion_number_alone(rng: random.Random) -> Rendered:
    """A kommunalförbund's direktion: "Närvarande ledamöter" as "Name (S) Kumla", the chair and
    vice chair marked, a substitute "ersätter …", "Närvarande ersättare", "Övriga närvarande"
    (the förbund's officials), "Protokollförare", "Justerare"; items numbered through the year as
    a bare number on a line of its own with the title below; "Beslut" as "Direktionen beslutar"
    over att-clauses or one sentence; "tisdagen den 4 mars 2025"; Vera, bold unnamed."""
    fed, towns, titles, topics = rng.choice(FED)
    folk = Folk(rng)
    day = C.meeting_date(rng)
    seats = [Who(folk.person(), "ordförande", towns[0], "S"), Who(folk.person(), "vice ordförande", towns[1], "M")]
    for t in towns[2:]:
        seats.append(Who(folk.person(), "ledamot", t, party(rng)))
    k = rng.randrange(2, len(seats))
    gone = seats[k]
    seats[k] = Who(folk.person(), "ersättare", gone.org, gone.party, replaces=gone.person)
    subs = [Who(folk.person(), "ersättare", t, party(rng)) for t in rng.sample(towns, rng.randint(1, 3))]
    staff = [Who(folk.person(), "tjänsteperson", fed, title=t) for t in titles[: rng.randint(2, 4)]]
    secretary = Who(folk.person(), "tjänsteperson", fed, title="nämndsekreterare")
    justerare = rng.choice([w for w in seats if w.role != "ordförande"])
    first = rng.randint(1, 60)
    points = [Point(first, "Val av justerare", kind="justerare"),
              Point(first + 1, "Godkännande av dagordning", passive="Dagordningen godkändes.", kind="open")]  # fmt: skip
    for t in rng.sample(topics, rng.randint(3, 5)):
        title, text, acts, *passive = t
        points.append(Point(first + len(points), title, text, tuple(acts), passive[0] if passive else None,
                            dnr=f"{day.year}/{rng.randint(10, 200)}" if acts else None))  # fmt: skip
    f = Flow(Style("vera-unnamed", size=10, top=76, left=76, right=60))
    f.line(fed, bold=True, size=12)
    f.line("Protokoll", bold=True, size=18, before=14)
    f.line(f"Direktionens sammanträde {C.fmt_date(day, 'weekday')}", size=11, before=4)
    f.line(f"Plats och tid: {rng.choice(('Förbundets kansli', 'Kumlasalen, Kumla', 'Brandstationen, Örebro'))}, "
           f"{C.times(rng)}", before=8)  # fmt: skip
    col = 160.0
    first_row = True
    for w in seats:
        mark = {"ordförande": ", ordförande", "vice ordförande": ", vice ordförande"}.get(w.role, "")
        if w.replaces is not None:
            mark = f", ersätter {w.replaces.name}"
        ln = f.line("Närvarande ledamöter" if first_row else "", bold=first_row, before=10 if first_row else 0,
                    cells=((col, f"{w.name} ({w.party}) {C.SHORT[w.org]}{mark}", False),))  # fmt: skip
        first_row = False
        rec(f, ln, w)
    first_row = True
    for w in subs:
        ln = f.line("Närvarande ersättare" if first_row else "", bold=first_row, before=6 if first_row else 0,
                    cells=((col, f"{w.name} ({w.party}) {C.SHORT[w.org]}", False),))  # fmt: skip
        first_row = False
        rec(f, ln, w)
    first_row = True
    for w in staff:
        ln = f.line("Övriga närvarande" if first_row else "", bold=first_row, before=6 if first_row else 0,
                    cells=((col, f"{w.name}, {w.title}", False),))  # fmt: skip
        first_row = False
        rec(f, ln, w)
    ln = f.line("Protokollförare", bold=True, before=6, cells=((col, secretary.name, False),))
    f.person(ln, secretary.name, "sekreterare", fed)
    ln = f.line("Justerare", bold=True, before=6, cells=((col, justerare.name, False),))
    f.person(ln, justerare.name, "justerare", justerare.org)
    f.line("Paragrafer", bold=True, before=6, cells=((col, f"{points[0].number}–{points[-1].number}", False),))
    for p in points:
        head = f.line(str(p.number), bold=True, size=11, before=16, keep=3)
        f.item(str(p.number), p.title, head, p.dnr)
        f.line(p.title, bold=True, size=11, before=1, cells=((f.style.width - 70, p.dnr, False),) if p.dnr else ())
        if p.kind == "justerare":
            s = f"Direktionen utser {justerare.name} att tillsammans med ordföranden justera protokollet."
            f.para(s, before=4)
            f.decision(s)
            continue
        if p.text:
            f.para(p.text, before=4)
        decide(f, "Direktionen", p, rng, form=rng.choice(("clauses", "beslutar", "passive")), heading="Beslut")
    f.line("Underskrifter", bold=True, before=20, keep=6)
    third = f.style.width / 3
    trio = [("Ordförande", seats[0]), ("Justerare", justerare), ("Protokollförare", secretary)]
    f.row([(k * third, "_" * 22) for k in range(3)], before=16, keep=2)
    f.row([(k * third, w.name) for k, (_, w) in enumerate(trio)], keep=1)
    f.row([(k * third, label) for k, (label, _) in enumerate(trio)], size=8.5)
    furn = head_left_right(f"{fed} – Direktionen", "sida", C.fmt_date(day, "iso"))
    return Rendered(f, furn, "protokoll", "Protokoll", f"Direktionen {fed}", day.isoformat(), fed)


# --------------------------------------------------------------------------- 6 network table
NET_FUNCS = (
    "folkhälsostrateg", "folkhälsosamordnare", "anhörigkonsulent", "utvecklingsledare", "samordnare",
    "enhetschef", "verksamhetsutvecklare", "kurator", "projektledare", "socialsekreterare",
)  # fmt: skip
NET_TOPICS = (
    ("Runda bordet", "Deltagarna berättade om aktuellt arbete i respektive organisation. Flera kommuner "
     "planerar aktiviteter under den nationella temaveckan.", (), None),
    ("Länsgemensam kampanj", "Förslaget till kampanjmaterial presenterades. Materialet trycks i två "
     "upplagor.", ("ställa sig bakom kampanjmaterialet",), None),
    ("Kunskapsunderlag från Folkhälsomyndigheten", "Utvecklingsledaren presenterade det nya "
     "kunskapsunderlaget och hur det kan användas lokalt.", (), "Presentationen skickas ut med anteckningarna."),
    ("Utbildningsdag i höst", "En arbetsgrupp tar fram program och inbjudan. Datum föreslås bli i "
     "oktober.", ("genomföra en gemensam utbildningsdag under hösten",), None),
    ("Nätverkets uppdrag och arbetsplan", "Arbetsplanen för nästa år diskuterades. Synpunkter lämnas till "
     "samordnaren inom två veckor.", ("anta arbetsplanen med de ändringar som framkom",), None),
)  # fmt: skip


@variant("minutes", "r_table_header", "r_table_ruled", "r_name_title_columns", "r_absent", "h_paren", "date_iso")
def network_participants_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a länsnätverk: the participants in a ruled table "Namn |
    Organisation | Funktion" (all members of the network, the region's people among them),
    "Frånvarande" below, "Antecknare" naming one of them; points "1)" with the title beside;
    most points without a decision, some "Nätverket beslutade att …"; "Nästa möte" with its
    date; dates 2025-03-04; Helvetica with a footer."""
    body = rng.choice(
        ("Länsnätverket för folkhälsosamordnare", "Länsnätverket för anhörigstöd", "Länsnätverket för suicidprevention")
    )
    folk = Folk(rng, cp1252=True)
    day = C.meeting_date(rng)
    orgs = [C.REGION, *rng.sample(MUNIS, rng.randint(6, 9))]
    if rng.random() < 0.6:
        orgs.append(rng.choice((C.LANSSTYRELSEN, C.RF_SISU, C.OLBF)))
    if rng.random() < 0.5:
        orgs.insert(1, C.REGION)
    funcs = {
        "Länsnätverket för anhörigstöd": ("anhörigkonsulent", "anhörigsamordnare", "enhetschef", "utvecklingsledare"),
        "Länsnätverket för suicidprevention": ("kurator", "folkhälsostrateg", "samordnare", "utvecklingsledare"),
    }.get(body, NET_FUNCS)
    rows = [Who(folk.person(), "ledamot", o, title=rng.choice(funcs)) for o in orgs]
    secretary = rows[0]
    away = [o for o in MUNIS if o not in orgs][: rng.randint(1, 3)]
    f = Flow(Style("helvetica", size=9.5, top=70, left=62, right=58))
    f.line(body, bold=True, size=13)
    f.line("Minnesanteckningar", size=11, before=2)
    f.row([(0, "Datum"), (90, C.fmt_date(day, "iso"))], before=10)
    f.row([(0, "Tid"), (90, C.times(rng)[4:])])
    f.row([(0, "Plats"), (90, rng.choice(("Teams", "Länsgården, Örebro", "Folkets hus, Kumla")))])
    xs = [0.0, 150.0, 310.0]
    width = f.style.width
    f.row(list(zip(xs, ["Namn", "Organisation", "Funktion"], strict=True)), bold=True, before=12, keep=1,
          rule=(-3.0, width, (xs[1] - 3, xs[2] - 3)))  # fmt: skip
    for w in rows:
        ln = f.row(
            list(zip(xs, [w.name, w.org, w.title or ""], strict=True)), rule=(-3.0, width, (xs[1] - 3, xs[2] - 3))
        )
        rec(f, ln, w, title=True)
    if away:
        f.para("Frånvarande: " + "; ".join(f"{folk.person().name} ({o})" for o in away), before=8)
    ln = f.line(f"Antecknare: {secretary.name}", before=4)
    f.person(ln, secretary.name, "sekreterare", secretary.org, secretary.title)
    points = [Point(1, "Välkomna och godkännande av dagordning", passive="Dagordningen godkändes.", kind="open")]
    for title, text, acts, passive in rng.sample(NET_TOPICS, rng.randint(3, 5)):
        points.append(Point(len(points) + 1, title, text, tuple(acts), None, extra={"note": passive}))
    nxt = C.later(day, rng, 30, 70)
    points.append(Point(len(points) + 1, "Nästa möte", f"Nästa möte hålls {C.fmt_date(nxt, 'iso')}, digitalt.",
                        kind="close"))  # fmt: skip
    for p in points:
        head = f.line(f"{p.number})", bold=True, size=10.5, before=12, keep=1, cells=((22, p.title, True),))
        f.item(str(p.number), p.title, head)
        if p.text:
            f.para(p.text, x=22, before=3)
        if p.extra.get("note"):
            f.para(p.extra["note"], x=22, before=2)
        if p.passive:
            f.para(p.passive, x=22, before=2)
            f.decision(p.passive)
        for a in p.acts:
            s = f"Nätverket beslutade att {a}."
            f.para(s, x=22, before=2)
            f.decision(s)
    furn = foot_center(f"{body} – minnesanteckningar {C.fmt_date(day, 'iso')}", "sida")
    return Rendered(f, furn, "minnesanteckningar", "Minnesanteckningar", body, day.isoformat())


# --------------------------------------------------------------------------- 7 agreement
AGREEMENTS = (
    ("Samverkansavtal om gemensam ungdomsmottagning", "ungdomsmottagningen"),
    ("Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning", "psykiatrisk samverkan"),
    ("Avtal om gemensam nämnd för kost och service", "kost och service"),
    ("Överenskommelse om länsgemensam samordning av tidiga insatser", "tidiga insatser"),
)
SIGN_TITLES = {
    "kommun": ("Kommunstyrelsens ordförande", "Kommundirektör"),
    "region": ("Regionstyrelsens ordförande", "Regiondirektör"),
}


@variant("agreement", "a_parties_list", "a_sig_title_org", "a_sig_2col", "m_other_dates", "date_dotted")
def agreement_parties_signatories(rng: random.Random) -> Rendered:
    """An agreement between the region and some municipalities: "§ 1 Avtalsparter" with each
    party and its organisation number on a line ("nedan kallad …" for the region), numbered
    sections, "Avtalsperiod" from 1.1.2025 to 31.12.2027 (dotted dates) or until further notice,
    a "Diarienummer" under the title and no document date, signatures two a row:
    "För <org>", "Ort och datum", a line, "Namnförtydligande" with the name, the title."""
    folk = Folk(rng, cp1252=True)
    title, about = rng.choice(AGREEMENTS)
    parties = [C.REGION, *sorted(rng.sample(MUNIS, rng.randint(2, 5)), key=MUNIS.index)]
    start = dt.date(rng.choice((2025, 2026)), rng.choice((1, 1, 4)), 1)
    end = None if rng.random() < 0.3 else dt.date(start.year + rng.randint(1, 3), 12, 31)
    signed = start - dt.timedelta(days=rng.randint(25, 70))
    two = rng.random() < 0.4
    sigs = []
    for o in parties:
        kind = "region" if o == C.REGION else "kommun"
        for t in SIGN_TITLES[kind][: 2 if two else 1]:
            place = "Örebro" if o == C.REGION else C.SHORT[o]
            sigs.append(
                Signatory(folk.person(), t, o, place, weekday_day(signed + dt.timedelta(days=rng.randint(0, 14)), rng))
            )
    a = Agreement(title, parties, start, end, [], sigs, None, None)
    f = Flow(Style("times", size=11, top=76, left=80, right=70))
    no_flow_facts(f)
    f.line("Region Örebro län", bold=True, size=10)
    f.para(title, bold=True, size=15, before=22)
    f.line(f"Diarienummer {str(signed.year)[2:]}RS{rng.randint(1000, 9999)}", size=9, before=4)
    f.line("§ 1 Avtalsparter", bold=True, before=14, keep=2)
    f.para("Detta avtal har slutits mellan följande parter:", before=2)
    for o in parties:
        nr = f"{'232100' if o == C.REGION else '212000'}-{rng.randint(1000, 9999)}"
        note = ", nedan kallad Regionen" if o == C.REGION else ""
        f.para(f"{o} (org.nr {nr}){note}", x=14, before=2)
    f.para("Kommunerna och Regionen benämns gemensamt Parterna.", before=3)
    sections = (
        ("Bakgrund", f"Parterna har sedan flera år ett nära samarbete kring {about}. Avtalet ersätter "
         "tidigare överenskommelser på området."),
        ("Syfte och mål", "Syftet är att invånarna ska få samordnat stöd utan att behöva vända sig till "
         "flera huvudmän."),
        ("Parternas åtaganden", "Varje part ansvarar för att avtalet är känt i den egna organisationen och "
         "utser en kontaktperson. Regionen sammankallar till uppföljningsmöten två gånger per år."),
        ("Ekonomi", "Kostnaderna fördelas mellan kommunerna efter antalet invånare den 1 november året "
         "före avtalsåret."),
        ("Tvister", "Tvist om tolkning av avtalet ska i första hand lösas genom förhandling mellan parterna."),
    )  # fmt: skip
    n = 2
    for head, text in sections:
        f.line(f"§ {n} {head}", bold=True, before=10, keep=1)
        f.para(text, before=2)
        n += 1
    f.line(f"§ {n} Avtalsperiod", bold=True, before=10, keep=1)
    if end is None:
        f.para(f"Avtalet gäller från och med {C.fmt_date(start, 'dotted')} och tills vidare med en ömsesidig "
               "uppsägningstid om tolv månader.", before=2)  # fmt: skip
    else:
        f.para(f"Avtalet gäller från och med {C.fmt_date(start, 'dotted')} till och med "
               f"{C.fmt_date(end, 'dotted')}. Parterna ska senast sex månader före avtalstidens utgång "
               "påbörja förhandlingar om ett nytt avtal.", before=2)  # fmt: skip
    f.line(f"§ {n + 1} Underskrifter", bold=True, before=10, keep=1)
    f.para("Avtalet har upprättats i lika många exemplar som det finns parter, varav parterna tagit var sitt.",
           before=2)  # fmt: skip
    half = f.style.width / 2
    by_org = [[s for s in sigs if s.org == o] for o in parties]
    blocks = [s for group in by_org for s in group]
    for k in range(0, len(blocks), 2):
        pair = blocks[k : k + 2]
        f.row([(j * half, f"För {s.org}") for j, s in enumerate(pair)], bold=True, before=16, keep=5)
        f.row([(j * half, f"{s.place} {C.fmt_date(s.date, 'dotted')}") for j, s in enumerate(pair)], keep=4)
        f.row([(j * half, "_" * 30) for j, _ in enumerate(pair)], before=16, keep=3)
        f.row([(j * half, s.person.name) for j, s in enumerate(pair)], keep=2)
        f.row([(j * half, s.title) for j, s in enumerate(pair)], size=9.5)
    furn = foot_center(title, "sida_paren")
    return Rendered(f, furn, "overenskommelse", title, None, None, agreement=agreement_gold(a))


# --------------------------------------------------------------------------- 8 kommunstyrelse
KS_TOPICS = (
    *MUNI_TOPICS,
    (
        "Årsredovisning för kommunen",
        "Årsredovisningen visar ett positivt resultat. Balanskravet är uppfyllt och soliditeten har ökat.",
        ("föreslå kommunfullmäktige att godkänna årsredovisningen",),
    ),
    (
        "Ändring av reglemente för kommunstyrelsen",
        "Ändringen innebär att ansvaret för krisberedskap och civilt försvar förtydligas.",
        ("föreslå kommunfullmäktige att anta det ändrade reglementet",),
    ),
)


@variant("board", "r_running_comma", "r_tjg_for", "h_ks_para", "d_numbered", "d_not_yrkanden", "date_weekday")
def ks_running_roster_numbered(rng: random.Random) -> Rendered:
    """Kommunstyrelsen: those present in running text ("Beslutande: A (S), ordförande, B (M),
    … C (KD), tjänstgörande ersättare för D"), a second paragraph for the substitutes and the
    officials ("Övriga deltagare: ersättare …; tjänstepersoner …"), "Justerare", "Sekreterare";
    items "KS § 45" with the title on the same line and "Dnr" below; decisions "Kommunstyrelsen
    beslutar" over numbered "1. att …" rows, or one sentence (proposals to kommunfullmäktige as
    "föreslår kommunfullmäktige"), a vote "Omröstning" with its count, "Jäv"; Courier."""
    org = rng.choice(MUNIS)
    folk = Folk(rng, cp1252=True)
    m = muni_board(
        rng, folk, org, "Kommunstyrelsen", "Kommunstyrelsen", "Kommunstyrelsens", "KS", KS_TOPICS,
        seats=rng.choice((11, 13)), serving=rng.randint(1, 2), subs=rng.randint(2, 4), absent=0,
        staff_titles=("kommundirektör", "ekonomichef", "kanslichef", "HR-chef", "näringslivschef"),
        n_staff=rng.randint(2, 3), secretary_title="kommunsekreterare", first=rng.randint(30, 200),
        spans=rng.random() < 0.6,
    )  # fmt: skip
    f = Flow(Style("courier", size=9.5, top=80, left=64, right=50))
    f.line(org.upper(), bold=True, size=12)
    f.line("Protokoll", bold=True, size=14, before=6)
    f.line(f"Kommunstyrelsen {C.fmt_date(m.day, 'weekday')}", before=4)
    f.line(f"{m.place}, kl. {m.time}", before=2)

    def entry(w: Who) -> str:
        role = f", {w.role}" if w.role in ("ordförande", "vice ordförande") else ""
        if w.replaces is not None:
            role = f", tjänstgörande ersättare för {w.replaces.name}"
        return f"{w.name} ({w.party}){role}" + (f" {w.span}" if w.span else "")

    texts = [entry(w) for w in m.members]
    body = ", ".join(texts) + "."
    rows = f.para(f"Beslutande: {body}", before=12, hang=0)
    locate(f, rows, texts, m.members)
    sub_texts = [f"{w.name} ({w.party})" for w in m.subs]
    staff = [*m.staff, m.secretary]
    staff_texts = [f"{w.name}, {w.title}" + (f" {w.span}" if w.span else "") for w in staff]
    rows = f.para(
        "Övriga deltagare: ersättare " + ", ".join(sub_texts) + "; tjänstepersoner " + "; ".join(staff_texts) + ".",
        before=6,
    )
    locate(f, rows, [*sub_texts, *staff_texts], [*m.subs, *staff])
    ln = f.line(f"Justerare: {m.justerare.name} ({m.justerare.party})", before=8)
    f.person(ln, m.justerare.name, "justerare", org)
    ln = f.line(f"Sekreterare: {m.secretary.name}", before=2)
    f.person(ln, m.secretary.name, "sekreterare", org, m.secretary.title)
    f.line(f"Justeringen: {C.fmt_date(m.adjusted, 'iso')}, kommunledningskontoret", before=2)
    for label, who in (("Ordförande", m.members[0]), ("Justerare", m.justerare), ("Sekreterare", m.secretary)):
        f.line("-" * 30, before=16, keep=1)
        f.line(f"{label}: {who.name}")
    jav = rng.random() < 0.5
    for k, p in enumerate(m.points):
        head = f.line(f"KS § {p.number} {p.title}", bold=True, before=14, keep=2, new_page=k == 0)
        f.item(str(p.number), p.title, head, p.dnr)
        if p.dnr:
            f.line(f"Dnr {p.dnr}", size=8.5, before=1)
        if p.kind == "justerare":
            s = f"Kommunstyrelsen utser {m.justerare.name} ({m.justerare.party}) att jämte ordföranden justera protokollet."
            f.para(s, before=4)
            f.decision(s)
            continue
        if p.text:
            f.para(p.text, before=4)
        if jav and p.kind == "topic" and p.acts:
            w = m.members[-1]
            f.para(f"Jäv: {w.name} ({w.party}) anmäler jäv och deltar inte i handläggningen av ärendet.", before=4)
            jav = False
        vote = p.kind == "topic" and len(p.acts) == 1 and p.number % 2 == 1
        if vote:
            opp = m.members[1]
            f.line("Yrkanden", bold=True, before=6, keep=1)
            f.para(f"{m.members[0].name} ({m.members[0].party}) yrkar bifall till förslaget.", before=2)
            f.para(f"{opp.name} ({opp.party}) yrkar avslag.", before=2)
            yes = len(m.members) // 2 + 1
            f.line("Omröstning", bold=True, before=6, keep=1)
            f.para(f"Omröstning begärs och verkställs. Med {yes} ja-röster mot {len(m.members) - yes} "
                   "nej-röster bifaller kommunstyrelsen förslaget.", before=2)  # fmt: skip
        acts = list(p.acts)
        if len(acts) > 1:
            f.line("Beslut", bold=True, before=6, keep=2)
            f.para("Kommunstyrelsen beslutar", before=2)
            for j, a in enumerate(acts):
                f.para(f"{j + 1}. att {a}{'.' if j == len(acts) - 1 else ','}", x=10, hang=18, before=1)
                f.decision(f"Kommunstyrelsen beslutar att {a}")
        else:
            decide(f, "Kommunstyrelsen", p, rng, form=rng.choice(("present", "beslutar")), heading="Beslut")
    furn = head_left_right(f"{org} – Kommunstyrelsen", "sida", f"Protokoll {C.fmt_date(m.day, 'iso')}")
    return Rendered(f, furn, "protokoll", "Protokoll", f"Kommunstyrelsen {org}", m.day.isoformat(), org)


def locate(f: Flow, rows, texts: list[str], who: list[Who]) -> None:
    """Record each entry of a running paragraph on the printed row where it starts."""
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), 0
    for t, w in zip(texts, who, strict=True):
        pos = joined.index(t, pos)
        rec(f, rows[max(j for j, s in enumerate(starts) if s <= pos)], w)
        pos += len(t)
