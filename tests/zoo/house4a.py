"""SEEN variants in the house styles of Swedish political bodies, written blind (from how the
bodies lay out their protocols, not from what the parser reads): municipal boards and their
committees (kommunstyrelse, arbetsutskott, bygg- och miljönämnd, socialnämnd, barn- och
utbildningsnämnd), kommunfullmäktige with votes and reservations, Regionstyrelsen of Region
Örebro län, and the region's collaboration councils with one seat per member organisation.

The front pages mix the forms real bodies print: a label column ("Plats och tid",
"Beslutande", "Övriga deltagande", "Utses att justera", "Justeringens plats och tid",
"Underskrifter", "Paragrafer") with the ANSLAG/BEVIS box, rosters as tables, as two columns or
as running text, attendance that changes during the meeting ("§§ 45–48", "ersätter"), a
presence and vote list as an appendix.  Items carry "Ärendebeskrivning", "Beslutsunderlag",
"Yrkanden", "Beslutsgång"/"Propositionsordning", "Omröstning", "Reservation", "Beslut" (before or
after the description) and "Skickas till".

People come from this file's own name lists (``HouseCast``).  Each variant is a function
``rng -> Rendered`` registered in ``HOUSE4A`` (make.py adds them to the seen part); the
meeting builders and printing helpers here are also used by heldout4a.py.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .layouts import Rendered, Variant, beside, registry
from .parts import page_label
from .people import Person
from .render import Flow, H, Ln, Style, W

HOUSE4A: list[Variant] = []
variant = registry(HOUSE4A)

# --------------------------------------------------------------------------- people
GIVEN4 = (
    "Anna-Karin",
    "Lars-Erik",
    "Karl-Johan",
    "Eva-Lena",
    "Ann-Christin",
    "Per-Anders",
    "Maj-Britt",
    "Sven-Olof",
    "Birgitta",
    "Gunnel",
    "Torbjörn",
    "Håkan",
    "Ingvar",
    "Lennart",
    "Monika",
    "Yvonne",
    "Tove",
    "Hanna",
    "Ebbe",
    "Jonas",
    "Maja",
    "Wilma",
    "Ludvig",
    "Vilgot",
    "Elof",
    "Irma",
    "Solveig",
    "Bo",
    "Gösta",
    "Ulrika",
    "Henrika",  # Finland-Swedish
    "Mikaela",
    "Pirkko",  # Finnish
    "Jukka",
    "Tuula",
    "Niila",  # Sámi
    "Máret",
    "Ánde",
    "Yasmin",  # Arabic
    "Omar",
    "Rania",
    "Khaled",
    "Shirin",  # Persian
    "Dariush",
    "Parisa",
    "Hodan",  # Somali
    "Abdirahman",
    "Fadumo",
    "Amra",  # Bosnian
    "Emir",
    "Senada",
    "Katarzyna",  # Polish
    "Tomasz",
    "Agnieszka",
)
FAMILY4 = (
    "Öberg",
    "Ljungqvist",
    "Backström",
    "Hellqvist",
    "Sandell",
    "Fagerlund",
    "Grahn",
    "Tegnér",
    "Wennberg",
    "Stål",
    "Modig",
    "Ivarsson",
    "Rask",
    "Lindroos",  # Finland-Swedish
    "Söderholm",
    "Mäkinen",  # Finnish
    "Heikkilä",
    "Laaksonen",
    "Kuhmunen",  # Sámi
    "Labba",
    "Sara",
    "Al-Khatib",  # Arabic
    "Haddad",
    "Mansour",
    "Rahimi",  # Persian
    "Moradi",
    "Karimi",
    "Warsame",  # Somali
    "Farah",
    "Jama",
    "Hodžić",  # Bosnian
    "Mehmedović",
    "Begić",
    "Nowak",  # Polish
    "Kowalczyk",
    "Wiśniewska",
    "Sandberg Nilsson",  # double family names
    "Ek Johansson",
    "Berg-Lindholm",
    "Wallin-Ström",
    "von Platen",
    "Hammar",
    "Edlund",
    "Nyqvist",
    "Borg",
    "Strand",
    "Källström",
)
# Letters of the name lists that the Vera faces (render.py) have no glyph for.
VERA_LACKS = frozenset("ś")
INITIALS = ("K-G", "P-O", "J-E", "B-M")  # "K-G Ljungqvist": written with initials only


class HouseCast:
    """People for one document from the lists above; no full name or family name repeats.
    ``cp1252``: only names the base-14 faces can print (no ć, ś, Á)."""

    def __init__(self, rng: random.Random, cp1252: bool = False, initials: float = 0.03) -> None:
        self.rng = rng
        self.cp1252 = cp1252
        self.initials = initials
        self.families: set[str] = set()
        self.names: set[str] = set()

    def person(self) -> Person:
        while True:
            given = self.rng.choice(INITIALS) if self.rng.random() < self.initials else self.rng.choice(GIVEN4)
            family = self.rng.choice(FAMILY4)
            # a family name once while the list lasts (large bodies then share family names)
            if f"{given} {family}" in self.names or (family in self.families and len(self.families) < 30):
                continue
            if self.cp1252:
                try:
                    f"{given} {family}".encode("cp1252")
                except UnicodeEncodeError:
                    continue
            elif any(ch in VERA_LACKS for ch in f"{given} {family}"):
                continue  # Vera has no "ś": the page would print "Wi niewska" against a gold "Wiśniewska"
            self.families.add(family)
            self.names.add(f"{given} {family}")
            return Person(given, family)

    def party(self) -> str:
        return self.rng.choice(("S", "S", "S", "M", "M", "SD", "SD", "C", "V", "KD", "L", "MP"))


# --------------------------------------------------------------------------- the meeting
@dataclass
class Member:
    person: Person
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    party: str | None = None
    org: str = ""
    rank: str = ""  # "1:e" / "2:e"
    replaces: Person | None = None  # a serving substitute: whom they replace
    span: str = ""  # "§§ 45–48": present for those items only

    @property
    def name(self) -> str:
        return self.person.name

    def np(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name

    def function(self) -> str:
        if self.role == "vice ordförande":
            return f"{self.rank} vice ordförande".strip()
        return self.role


@dataclass
class Staff:
    person: Person
    title: str
    org: str
    span: str = ""
    role: str = "tjänsteperson"

    @property
    def name(self) -> str:
        return self.person.name


@dataclass
class Itm:
    number: int
    title: str
    text: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    dnr: str | None = None
    kind: str = "topic"  # topic | info | secret | justerare | open
    to: str | None = None  # "kommunfullmäktige": the body proposes to another body
    sentence: str | None = None  # the decision as a sentence of its own ("Informationen noteras …")
    vote: bool = False
    sent: str = "Förvaltningen"


@dataclass
class Mtg:
    organ: str  # as printed ("Kommunstyrelsen")
    org: str  # canonical organisation
    body: str  # the gold's body
    date: dt.date
    place: str
    start: str
    end: str
    members: list[Member]  # present with a vote: chair, vice chairs, members, serving substitutes
    subs: list[Member]  # non-serving substitutes present
    gone: list[Member]  # members absent (replaced or not): never participants
    staff: list[Staff]
    guests: list[Staff]
    secretary: Staff
    justerare: Member
    items: list[Itm]
    adjusted: dt.date
    posted: tuple[dt.date, dt.date]
    prefix: str = "KS"
    extra: dict = field(default_factory=dict)

    @property
    def chair(self) -> Member:
        return self.members[0]

    @property
    def first(self) -> int:
        return self.items[0].number

    @property
    def last(self) -> int:
        return self.items[-1].number

    def genitive(self) -> str:
        return self.organ if self.organ.endswith("s") else self.organ + "s"


def at_date(day: dt.date, rng: random.Random, lo: int, hi: int) -> dt.date:
    return C.later(day, rng, lo, hi)


def muni_members(
    rng: random.Random,
    cast: HouseCast,
    org: str,
    *,
    seats: int,
    serving: int,
    subs: int,
    two_vice: bool = True,
) -> tuple[list[Member], list[Member], list[Member]]:
    """A municipal body's present members (the chair S or M, vice chairs of the other side),
    serving substitutes (each replacing an absent member of their own party), non-serving
    substitutes, and the absent."""
    chair_party = rng.choice(("S", "M", "C"))
    vice_party = "M" if chair_party != "M" else "S"
    members = [Member(cast.person(), "ordförande", chair_party, org)]
    members.append(Member(cast.person(), "vice ordförande", vice_party, org, rank="1:e" if two_vice else ""))
    if two_vice:
        members.append(Member(cast.person(), "vice ordförande", rng.choice(("SD", "C", "V", "KD")), org, rank="2:e"))
    while len(members) < seats - serving:
        members.append(Member(cast.person(), "ledamot", cast.party(), org))
    gone, serve = [], []
    for _ in range(serving):
        party = cast.party()
        away = Member(cast.person(), "ledamot", party, org)
        gone.append(away)
        serve.append(Member(cast.person(), "ersättare", party, org, replaces=away.person))
    extra = [Member(cast.person(), "ersättare", cast.party(), org) for _ in range(subs)]
    return members + serve, extra, gone


def spell_staff(rng: random.Random, cast: HouseCast, org: str, titles: tuple[str, ...], n: int) -> list[Staff]:
    return [Staff(cast.person(), t, org) for t in rng.sample(titles, n)]


def number_items(topics: list[Itm], first: int) -> list[Itm]:
    for k, it in enumerate(topics):
        it.number = first + k
    return topics


# --------------------------------------------------------------------------- topics
# Every text written for this file; amounts in {words|value} markup (content.py).
def ks_topics(rng: random.Random, year: int, who: str) -> list[Itm]:
    estate = rng.choice(("Kvarnen 3", "Smedjan 11", "Tallbacken 2:14", "Ängen 5"))
    club = rng.choice(("Hembygdsföreningen Gillet", "Bygdegårdsföreningen Solbacka", "Föreningen Kulturhuset Ljuset"))
    return [
        Itm(
            0,
            "Delårsrapport januari–augusti",
            (
                "Ekonomiavdelningen har sammanställt delårsrapporten för kommunen.",
                "Resultatet för perioden uppgår till {23,6 mnkr|23600000} och prognosen för helåret är "
                "{9,1 mnkr|9100000}.",
            ),
            ("godkänna delårsrapporten för januari–augusti",),
            ("Tjänsteskrivelse från ekonomichefen", "Delårsrapport januari–augusti"),
            to="kommunfullmäktige",
            sent="Kommunfullmäktige",
        ),
        Itm(
            0,
            "Motion om belysning längs gång- och cykelvägar",
            (
                "En motion har lämnats in om att se över belysningen längs kommunens gång- och cykelvägar.",
                "Tekniska förvaltningen har inventerat sträckorna och planerar åtgärder inom befintlig budget.",
            ),
            ("anse motionen besvarad",),
            ("Motion", "Tjänsteskrivelse från tekniska förvaltningen"),
            to="kommunfullmäktige",
            sent="Kommunfullmäktige",
        ),
        Itm(
            0,
            f"Ansökan om bidrag från {club}",
            (
                f"{club} ansöker om bidrag till renovering av föreningens lokal.",
                "Föreningen har fått medel från länsstyrelsen och söker en kommunal medfinansiering.",
            ),
            (f"bevilja {club} ett bidrag om {{45 000 kronor|45000}}", "finansiera bidraget ur kommunstyrelsens anslag"),
            ("Ansökan", "Tjänsteskrivelse"),
            sent=club,
        ),
        Itm(
            0,
            "Riktlinjer för representation och gåvor",
            ("Riktlinjerna har setts över efter att Skatteverkets regler ändrats.",),
            ("anta reviderade riktlinjer för representation och gåvor",),
            ("Tjänsteskrivelse", "Förslag till riktlinjer"),
            sent="Samtliga förvaltningar",
        ),
        Itm(
            0,
            f"Försäljning av fastigheten {estate}",
            (
                f"Kommunen har fått ett anbud på fastigheten {estate}.",
                "Köpeskillingen är {1 150 000 kronor|1150000}, vilket överstiger den värdering som gjorts.",
            ),
            (
                f"godkänna försäljningen av fastigheten {estate}",
                "uppdra åt kommundirektören att underteckna köpeavtalet",
            ),
            ("Köpeavtal", "Värderingsutlåtande"),
            sent="Samhällsbyggnadsförvaltningen",
        ),
        Itm(
            0,
            "Yttrande över remiss om regional transportplan",
            (
                "Region Örebro län har remitterat förslaget till regional plan för transportinfrastruktur.",
                "Förvaltningen föreslår att kommunen särskilt lyfter behovet av mötesspår på Västra stambanan.",
            ),
            ("anta förvaltningens förslag till yttrande som sitt eget",),
            ("Remiss", "Förslag till yttrande"),
            sent="Region Örebro län",
        ),
        Itm(
            0,
            "Informationsärenden",
            (f"{who} informerar om arbetet med den nya översiktsplanen.",),
            kind="info",
            sentence="Informationen noteras till protokollet.",
        ),
        Itm(
            0,
            "Anmälan av delegationsbeslut",
            ("Förteckning över delegationsbeslut fattade under perioden redovisas.",),
            ("lägga anmälan av delegationsbeslut till handlingarna",),
            kind="info",
        ),
    ]


def bmn_topics(rng: random.Random, town: str) -> list[Itm]:
    lots = rng.sample(("Hagen 1:12", "Rönnen 4", "Bäcken 2:7", "Lärkan 9", "Skogsbo 3:21", "Åsen 1:4"), 4)
    lake = rng.choice(("Tisaren", "Norasjön", "Möckeln", "Vättern"))
    return [
        Itm(
            0,
            f"Bygglov för nybyggnad av enbostadshus, {town} {lots[0]}",
            (
                "Ansökan avser ett enbostadshus i ett plan med en byggnadsarea om 162 kvadratmeter.",
                "Åtgärden följer detaljplanen. Grannar har hörts och inga erinringar har kommit in.",
            ),
            (
                "bevilja bygglov med stöd av 9 kap. 30 § plan- och bygglagen",
                "fastställa avgiften för bygglovet till {18 450 kronor|18450}",
            ),
            ("Ansökan", "Situationsplan", "Tjänsteskrivelse"),
            sent="Sökanden",
        ),
        Itm(
            0,
            f"Byggsanktionsavgift för åtgärd utan startbesked, {town} {lots[1]}",
            (
                "Vid tillsyn konstaterades att en tillbyggnad påbörjats innan startbesked lämnats.",
                "Fastighetsägaren har getts tillfälle att yttra sig men har inte hörts av.",
            ),
            ("ta ut en byggsanktionsavgift om {23 800 kronor|23800} av fastighetsägaren",),
            ("Tillsynsrapport", "Kommunicering"),
            sent="Fastighetsägaren",
        ),
        Itm(
            0,
            f"Strandskyddsdispens för brygga vid {lake}, {town} {lots[2]}",
            (
                "Sökanden vill anlägga en brygga om 12 meter.",
                "Platsen är redan ianspråktagen och allmänhetens tillgång till stranden påverkas inte.",
            ),
            ("ge dispens från strandskyddet för bryggan",),
            ("Ansökan", "Karta"),
            sent="Sökanden, Länsstyrelsen i Örebro län",
        ),
        Itm(
            0,
            "Tillsynsplan för miljö- och hälsoskydd",
            ("Planen beskriver vilka verksamheter som ska besökas under året och hur tillsynen finansieras.",),
            ("anta tillsynsplanen för miljö- och hälsoskydd",),
            ("Tillsynsplan", "Behovsutredning"),
        ),
        Itm(
            0,
            f"Föreläggande om rivning av förfallen komplementbyggnad, {town} {lots[3]}",
            ("Byggnaden är i så dåligt skick att den kan skada personer som vistas på platsen.",),
            ("förelägga fastighetsägaren att riva byggnaden inom sex månader",),
            ("Tillsynsrapport", "Fotografier"),
            sent="Fastighetsägaren",
        ),
        Itm(
            0,
            "Redovisning av delegationsbeslut",
            ("Beslut fattade på delegation under perioden redovisas i bilaga.",),
            ("godkänna redovisningen av delegationsbeslut",),
            kind="info",
        ),
    ]


def sn_topics(rng: random.Random, year: int, who: str) -> list[Itm]:
    shelter = rng.choice(("Brottsofferjouren Sydnärke", "Kvinnojouren Linnea", "Föreningen Stödet"))
    return [
        Itm(
            0,
            "Ekonomisk månadsuppföljning",
            (
                "Förvaltningen redovisar utfallet till och med föregående månad.",
                "Prognosen visar ett underskott om {4,2 mnkr|4200000}, främst inom placeringar av barn och unga.",
            ),
            ("godkänna den ekonomiska månadsuppföljningen",),
            ("Tjänsteskrivelse", "Ekonomisk rapport"),
        ),
        Itm(0, "Ärende enligt socialtjänstlagen", kind="secret"),
        Itm(
            0,
            f"Internkontrollplan {year + 1}",
            ("Planen har tagits fram utifrån en risk- och väsentlighetsanalys.",),
            (f"anta internkontrollplanen för {year + 1}",),
            ("Tjänsteskrivelse", "Internkontrollplan", "Risk- och väsentlighetsanalys"),
        ),
        Itm(
            0,
            "Reviderade riktlinjer för ekonomiskt bistånd",
            (
                "Riktlinjerna har uppdaterats med anledning av ny praxis.",
                "Schablonen för hemutrustning höjs till {9 600 kronor|9600}.",
            ),
            ("anta de reviderade riktlinjerna för ekonomiskt bistånd", "riktlinjerna gäller från och med 1 juli"),
            ("Tjänsteskrivelse", "Riktlinjer"),
            sent="Enheten för ekonomiskt bistånd",
        ),
        Itm(
            0,
            f"Verksamhetsbidrag till {shelter}",
            (f"{shelter} ansöker om verksamhetsbidrag för nästa år.",),
            (f"bevilja {shelter} ett verksamhetsbidrag om {{60 000 kronor|60000}}",),
            ("Ansökan",),
            sent=shelter,
        ),
        Itm(
            0,
            "Rapport enligt lex Sarah",
            (f"{who} redogör för en rapport om ett missförhållande inom hemtjänsten och vidtagna åtgärder.",),
            ("lägga rapporten till handlingarna",),
            kind="info",
        ),
        Itm(
            0,
            "Anmälan av delegationsbeslut",
            (),
            ("godkänna anmälan av delegationsbeslut",),
            kind="info",
        ),
    ]


def bun_topics(rng: random.Random, year: int, who: str) -> list[Itm]:
    school = rng.choice(("Vretens förskola", "Sjöängsskolan", "Brattebergsskolan", "Lyckeboskolan"))
    return [
        Itm(
            0,
            f"Läsårstider {year + 1}/{year + 2}",
            ("Förslaget följer samma struktur som innevarande läsår med höstlov vecka 44.",),
            (f"fastställa läsårstider för {year + 1}/{year + 2} enligt förvaltningens förslag",),
            ("Tjänsteskrivelse", "Förslag till läsårstider"),
            sent="Samtliga skolor",
        ),
        Itm(
            0,
            "Resursfördelning till grundskolan",
            (
                "Förvaltningen föreslår en modell där en större del fördelas efter socioekonomiska faktorer.",
                "Den strukturella delen uppgår till {12,5 mnkr|12500000}.",
            ),
            (
                "fastställa modellen för resursfördelning till grundskolan",
                "uppdra åt förvaltningschefen att följa upp modellens effekter till hösten",
            ),
            ("Tjänsteskrivelse", "Resursfördelningsmodell"),
        ),
        Itm(
            0,
            "Regler för skolskjuts",
            ("Reglerna förtydligar när elever med växelvis boende har rätt till skolskjuts.",),
            ("anta reviderade regler för skolskjuts",),
            ("Tjänsteskrivelse", "Regler för skolskjuts"),
        ),
        Itm(
            0,
            f"Om- och tillbyggnad av {school}",
            (
                f"Lokalerna på {school} räcker inte för det ökande antalet barn i området.",
                "Investeringen beräknas till {38 mnkr|38000000}.",
            ),
            (f"föreslå kommunstyrelsen att godkänna om- och tillbyggnaden av {school}",),
            ("Förstudie", "Lokalförsörjningsplan"),
            sent="Kommunstyrelsen",
        ),
        Itm(
            0,
            "Anmälningar om kränkande behandling",
            (f"{who} redovisar anmälningar till huvudmannen om kränkande behandling under perioden.",),
            kind="info",
            sentence="Informationen noteras.",
        ),
        Itm(0, "Delegationsbeslut", (), ("lägga redovisningen av delegationsbeslut till handlingarna",), kind="info"),
    ]


def council_topics(rng: random.Random, who: list[str]) -> list[Itm]:
    pool = [
        Itm(
            0,
            "Länsgemensam handlingsplan mot ensamhet",
            (
                f"{who[0]} presenterade utkastet till handlingsplan.",
                "Planen bygger på dialoger med pensionärsorganisationer och civilsamhället i alla kommuner.",
            ),
            ("ställa sig bakom handlingsplanen och rekommendera parterna att anta den",),
        ),
        Itm(
            0,
            "Fördelning av statsbidrag för psykisk hälsa",
            (
                f"{who[1]} redogjorde för hur årets statsbidrag föreslås fördelas.",
                "Totalt finns {3,2 mnkr|3200000} att fördela, varav {400 000 kronor|400000} till gemensamma insatser.",
            ),
            ("godkänna fördelningen av statsbidraget enligt förslaget",),
        ),
        Itm(
            0,
            "Resultat från Liv och hälsa ung",
            (
                f"{who[2]} visade resultat från den senaste undersökningen bland elever i länet.",
                "Rådet diskuterade skillnaderna mellan kommunerna.",
            ),
            sentence="Informationen noterades.",
            kind="info",
        ),
        Itm(
            0,
            "Uppföljning av överenskommelsen om samordnad individuell plan",
            (f"{who[0]} redovisade antalet upprättade planer per kommun under året.",),
            ("lägga uppföljningen till handlingarna",),
        ),
        Itm(
            0,
            "Gemensam utbildningsdag om suicidprevention",
            (
                "Utbildningsdagen planeras till hösten och riktar sig till skola, socialtjänst och primärvård.",
                "Kostnaden beräknas till {85 000 kronor|85000} och delas mellan parterna.",
            ),
            ("genomföra utbildningsdagen enligt förslaget", "uppdra åt beredningsgruppen att planera dagen"),
        ),
        Itm(
            0,
            "Rapport från länets nätverk",
            (f"{who[1]} rapporterade från nätverken för folkhälsosamordnare och för alkohol- och drogförebyggande.",),
            kind="info",
        ),
    ]
    return rng.sample(pool, rng.randint(3, 5))


# --------------------------------------------------------------------------- printing helpers
def rec(f: Flow, ln: Ln, who: Member | Staff, role: str | None = None) -> None:
    """The gold entry for a printed roster entry."""
    if isinstance(who, Member):
        f.person(ln, who.name, role or who.role, who.org)
    else:
        f.person(ln, who.name, role or who.role, who.org, who.title)


def rec_secretary(f: Flow, ln: Ln, m: Mtg, listed: bool = True) -> None:
    s = m.secretary
    f.person(ln, s.name, "sekreterare", s.org, s.title if listed else None)


def rec_justerare(f: Flow, ln: Ln, m: Mtg) -> None:
    f.person(ln, m.justerare.name, "justerare", m.justerare.org)


def member_text(s: Member, *, party: str = "paren", role: bool = True, tjg: str = "tjg", span: bool = True) -> str:
    """ "Anna Öberg (S), ordförande"; a serving substitute "Bo Rask (V), tjg ersättare för Eva Grahn (V)"."""
    out = s.name
    if s.party and party == "paren":
        out += f" ({s.party})"
    elif s.party and party == "comma":
        out += f", {s.party}"
    if role and s.role in ("ordförande", "vice ordförande"):
        out += f", {s.function()}"
    if s.replaces is not None:
        gone = s.replaces.name + (f" ({s.party})" if s.party and party == "paren" else "")
        out += {
            "tjg": f", tjg ersättare för {gone}",
            "ersatter": f", ersätter {gone}",
            "full": f", tjänstgörande ersättare för {gone}",
            "": "",
        }[tjg]
    if span and s.span:
        out += f", {s.span}"
    return out


def staff_text(a: Staff, *, span: bool = True) -> str:
    return f"{a.name}, {a.title}" + (f", {a.span}" if span and a.span else "")


def label_rows(f: Flow, label: str, entries: list, fmt, *, col: float, before: float = 8.0, size=None) -> None:
    """A label in the left column and one entry a line beside it; each entry recorded."""
    for k, e in enumerate(entries):
        rows = beside(f, label if k == 0 else "", fmt(e), col=col, before=before if k == 0 else 0.0, hang=8, size=size)
        rec(f, rows[0], e)


def running(f: Flow, lead: str, entries: list, fmt, *, x: float = 0.0, before: float = 4.0, last: str = " och "):
    """Entries as running text after a lead ("Ledamöter: A (S), B (M) och C (V)."), each recorded
    on the printed row where it starts."""
    texts = [fmt(e) for e in entries]
    body = ", ".join(texts[:-1]) + (last if len(texts) > 1 else "") + texts[-1]
    rows = f.para(f"{lead} {body}.", x=x, before=before)
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), len(lead)
    for e, t in zip(entries, texts, strict=True):
        pos = joined.index(t, pos)
        rec(f, rows[max(k for k, s in enumerate(starts) if s <= pos)], e)
        pos += len(t)


def heading(f: Flow, text: str, *, x: float = 0.0, before: float = 8.0, size=None) -> Ln:
    return f.line(text, x=x, bold=True, before=before, keep=1, size=size)


def decision_lines(f: Flow, m: Mtg, it: Itm, form: str, *, x: float = 0.0, subject: str | None = None) -> None:
    """The item's decisions, printed and recorded: ``form`` "beslutar" (one "X beslutar att …"
    sentence per act), "att" (a lead and att-clauses, one decision per clause), "dash"
    (the lead and "– att …" rows), "numbered" (the lead and "1. …" rows)."""
    s = subject or m.organ
    if it.kind == "justerare":
        text = f"{s} utser {m.justerare.np()} att jämte ordföranden justera protokollet."
        ln = f.para(text, x=x, before=4)[0]
        f.decision(text)
        rec_justerare(f, ln, m)
        return
    if it.sentence:
        f.para(it.sentence, x=x, before=4)
        f.decision(it.sentence)
    if not it.acts:
        return
    verb = f"föreslår {it.to} besluta" if it.to and rng_flag(it) else (f"föreslår {it.to}" if it.to else "beslutar")
    lead = f"{s} {verb}"
    if form == "beslutar" or len(it.acts) == 1:
        for k, act in enumerate(it.acts):
            text = f"{lead} att {act}." if k == 0 else f"{s} {'föreslår ' + it.to if it.to else 'beslutar'} att {act}."
            f.para(text, x=x, before=4 if k == 0 else 2)
            f.decision(text)
        return
    if form == "numbered":
        lead += " att"
    f.para(lead, x=x, before=4)
    n = len(it.acts)
    for k, act in enumerate(it.acts):
        end = "." if k == n - 1 else ","
        row = {"att": f"att {act}{end}", "dash": f"– att {act}{end}", "numbered": f"{k + 1}. {act}{end}"}[form]
        f.para(row, x=x + 14, hang=14 if form != "att" else 20, before=2)
        f.decision(f"{lead} {act}" if form == "numbered" else f"{lead} att {act}")


def rng_flag(it: Itm) -> bool:
    """Whether a proposal is worded "föreslår X besluta att" (else "föreslår X att"): fixed by
    the item's number, so it is the same on every run."""
    return it.number % 2 == 0


def basis_list(f: Flow, m: Mtg, it: Itm, *, x: float = 0.0, label: str = "Beslutsunderlag", dash: str = "") -> None:
    if not it.basis:
        return
    heading(f, label, x=x)
    for k, b in enumerate(it.basis):
        written = m.date - dt.timedelta(days=9 + (it.number + k) % 12)
        f.para(f"{dash}{b}, {written.isoformat()}", x=x, before=1)


def yrkanden(f: Flow, m: Mtg, it: Itm, rng: random.Random, *, x: float = 0.0, vote: bool = False) -> Member | None:
    """ "Yrkanden" and "Beslutsgång" (never decisions); ``vote``: someone moves rejection and the
    chair's question is answered in favour of the proposal.  Returns whoever moved rejection."""
    pool = [s for s in m.members[1:] if s.party and s.party != m.chair.party]
    other = rng.choice(pool) if pool else m.members[1]
    heading(f, "Yrkanden", x=x)
    f.para(f"{m.chair.np()} yrkar bifall till förslaget.", x=x)
    if vote:
        f.para(f"{other.np()} yrkar avslag.", x=x, before=2)
        heading(f, rng.choice(("Beslutsgång", "Propositionsordning")), x=x)
        f.para(
            "Ordföranden ställer proposition på bifall mot avslag och finner att "
            f"{m.organ.lower() if m.organ.startswith('Kommunfull') else m.organ.lower()} bifaller förslaget.",
            x=x,
        )
        return other
    heading(f, "Beslutsgång", x=x)
    f.para("Ordföranden frågar om förslaget kan bifallas och finner att så sker.", x=x)
    return None


def reservation(f: Flow, who: Member, *, x: float = 0.0) -> None:
    heading(f, "Reservation", x=x)
    f.para(f"{who.np()} reserverar sig mot beslutet till förmån för eget yrkande.", x=x)


def sent_to(f: Flow, it: Itm, *, x: float = 0.0, label: str = "Skickas till") -> None:
    if it.kind in ("topic",) and it.sent:
        heading(f, label, x=x)
        f.para(it.sent, x=x, before=1)


def anslag_box(f: Flow, m: Mtg, *, col: float = 170.0, where: str = "Kommunkansliet", organ: bool = True) -> None:
    """ANSLAG/BEVIS as a ruled box (rows with a vertical between label and value)."""
    rule = (-4.0, f.style.width, (col - 4,))
    f.line("ANSLAG/BEVIS", bold=True, before=18, keep=6, size=10)
    f.line("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", size=8.5, before=2)
    rows = [
        ("Sammanträdesdatum", m.date.isoformat()),
        ("Datum då anslaget sätts upp", m.posted[0].isoformat()),
        ("Datum då anslaget tas ned", m.posted[1].isoformat()),
        ("Förvaringsplats för protokollet", where),
        ("Underskrift", m.secretary.name),
    ]
    if organ:
        rows.insert(0, ("Organ", m.organ))
    for k, (label, value) in enumerate(rows):
        f.line(label, size=8.5, cells=((col, value, False),), rule=rule, before=4 if k == 0 else 0)


def furniture_muni(
    m: Mtg, *, label: str = "paren", boxes: bool = True, current: bool = True, kind="SAMMANTRÄDESPROTOKOLL"
):
    """The municipal running header: MUNICIPALITY and the protocol's kind, the page as "3 (8)",
    the body and "Sammanträdesdatum"; "Justerandes sign" and "Utdragsbestyrkande" at the foot."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.bold, 11)
        c.drawString(st.left, H - 40, m.org.upper())
        c.setFont(st.bold, 9)
        c.drawString(st.left + 215, H - 40, kind)
        c.setFont(st.reg, 9)
        c.drawRightString(W - st.right, H - 40, page_label(label, page, total))
        c.drawString(st.left, H - 53, m.organ)
        c.drawString(st.left + 215, H - 53, f"Sammanträdesdatum: {m.date.isoformat()}")
        item = next((ln.item for ln in lines if ln.item), None)
        if current and item and page > 1:
            c.drawRightString(W - st.right, H - 53, f"§ {item}")
        c.setLineWidth(0.6)
        c.line(st.left, H - 59, W - st.right, H - 59)
        if boxes:
            c.setFont(st.reg, 7)
            for x, text in ((0, "Justerandes sign"), (310, "Utdragsbestyrkande")):
                c.rect(st.left + x, 38, 120, 20)
                c.drawString(st.left + x + 2, 60, text)

    return draw


def front_signatures(f: Flow, m: Mtg, *, col: float, paragraphs: bool = True, before: float = 10.0) -> None:
    """ "Underskrifter": Sekreterare (with "Paragrafer 45–52" beside), Ordförande, Justerare, each
    a dotted line with the name under it."""
    first = True
    for label, who in (
        ("Sekreterare", m.secretary.person),
        ("Ordförande", m.chair.person),
        ("Justerare", m.justerare.person),
    ):
        right = ((col + 230, f"Paragrafer {m.first}–{m.last}", False),) if paragraphs and label == "Sekreterare" else ()
        f.line(
            "Underskrifter" if first else "",
            bold=True,
            before=before if first else 10,
            keep=2,
            cells=((col, label, False), (col + 70, "." * 36, False), *right),
        )
        ln = f.line(who.name, x=col + 70)
        if label == "Sekreterare":
            rec_secretary(f, ln, m)
        elif label == "Justerare":
            rec_justerare(f, ln, m)
        first = False


def muni_title(f: Flow, m: Mtg, title: str) -> None:
    f.line(title, bold=True, size=15)
    f.line(m.organ, bold=True, size=12, before=4)


def item_title(
    f: Flow,
    m: Mtg,
    it: Itm,
    *,
    form: str = "§ {n}",
    dnr: bool = True,
    size: float = 11.0,
    own_line: bool = False,
    new_page: bool = False,
    before: float = 14.0,
) -> Ln:
    label = form.format(n=it.number, p=m.prefix)
    right = ((f.style.width - 110, f"Dnr {it.dnr}", False),) if dnr and it.dnr else ()
    if own_line:
        ln = f.line(label, bold=True, size=size, before=before, keep=2, cells=right, new_page=new_page)
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=True, size=size, before=2)
        return ln
    ln = f.line(f"{label} {it.title}", bold=True, size=size, before=before, keep=1, cells=right, new_page=new_page)
    f.item(str(it.number), it.title, ln, it.dnr)
    return ln


def muni_meeting(
    rng: random.Random,
    cast: HouseCast,
    organ: str,
    prefix: str,
    org: str,
    topics: list[Itm],
    *,
    seats: int = 11,
    serving: int = 2,
    subs: int = 3,
    staff: int = 3,
    titles: tuple[str, ...] = ("kommundirektör", "ekonomichef", "kanslichef", "utredare", "planeringschef"),
    secretary_title: str = "nämndsekreterare",
    first: int | None = None,
    justerare_item: bool = False,
    two_vice: bool = True,
    body: str | None = None,
) -> Mtg:
    day = C.meeting_date(rng)
    members, extra, gone = muni_members(rng, cast, org, seats=seats, serving=serving, subs=subs, two_vice=two_vice)
    people = spell_staff(rng, cast, org, titles, staff)
    secretary = Staff(cast.person(), secretary_title, org)
    first = first if first is not None else rng.randint(8, 160)
    items: list[Itm] = []
    if justerare_item:
        items.append(Itm(0, "Val av justerare", kind="justerare"))
    items += topics
    number_items(items, first)
    year = day.year
    for it in items:
        if it.kind == "topic" or (it.kind == "info" and it.acts):
            it.dnr = (
                f"{prefix} {year}/{rng.randint(20, 480)}" if prefix else f"{str(year)[2:]}RS{rng.randint(1000, 9999)}"
            )
    start, end = rng.choice((("13.00", "16.15"), ("08.30", "11.50"), ("09.00", "12.10"), ("14.00", "17.30")))
    voters = [s for s in members if s.role != "ordförande"]
    adjusted = at_date(day, rng, 3, 8)
    return Mtg(
        organ=organ,
        org=org,
        body=body or f"{organ} {org}",
        date=day,
        place=rng.choice(C.PLACES),
        start=start,
        end=end,
        members=members,
        subs=extra,
        gone=gone,
        staff=people + [secretary],
        guests=[],
        secretary=secretary,
        justerare=rng.choice(voters),
        items=items,
        adjusted=adjusted,
        posted=(at_date(adjusted, rng, 1, 2), at_date(adjusted, rng, 22, 24)),
        prefix=prefix,
    )


def mid_meeting_change(m: Mtg, rng: random.Random, cast: HouseCast) -> None:
    """A member who leaves after some items, and the substitute who takes the seat for the rest:
    both present (participants), each with the paragraphs they sat for."""
    if m.last - m.first < 2:
        return
    cut = rng.randint(m.first + 1, m.last - 1)
    k = rng.choice([j for j, s in enumerate(m.members) if s.role == "ledamot" and s.replaces is None])
    leaver = m.members[k]
    leaver.span = f"§§ {m.first}–{cut}"
    rest = f"§ {m.last}" if cut + 1 == m.last else f"§§ {cut + 1}–{m.last}"  # "§ 95", never "§§ 95–95"
    sub = Member(cast.person(), "ersättare", leaver.party, m.org, replaces=leaver.person, span=rest)
    m.members.append(sub)
    if m.justerare is leaver:
        m.justerare = m.members[1]


def rendered(f: Flow, furniture, m: Mtg, title: str) -> Rendered:
    return Rendered(f, furniture, "protokoll", title, m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- 1 kommunstyrelsen
@variant(
    "board",
    "m_organ_field",
    "r_role_after",
    "r_party",
    "r_tjg_for",
    "r_span",
    "r_utses_justera",
    "r_sig_box",
    "h_para",
    "d_att_clauses",
    "d_proposal_kf",
    "d_not_yrkanden",
    "running_header",
    "date_iso",
)
def house_ks_label_front(rng: random.Random) -> Rendered:
    """Kommunstyrelsen, the classic front page: a label column ("Plats och tid", "Beslutande",
    "Övriga deltagande", "Utses att justera", "Justeringens plats och tid", "Underskrifter" with
    "Paragrafer 112–119" beside the secretary) and ANSLAG/BEVIS as a ruled box; page 2 goes on
    with "Beslutande" entries "Name (S), ordförande" and "tjg ersättare för", a member who leaves
    after some §§ and a substitute for the rest.  Items "§ 112 Title" with "Dnr KS 2025/45" at the
    right, "Ärendebeskrivning", "Beslutsunderlag", "Yrkanden", "Beslutsgång", "Beslut" as a lead and
    att-clauses (or "föreslår kommunfullmäktige besluta att"), "Skickas till"."""
    fam = rng.choice(("helvetica", "times", "vera"))
    cast = HouseCast(rng, cp1252=fam != "vera")
    org = rng.choice(list(C.MUNICIPALITIES))
    who = cast.person().name
    topics = rng.sample(ks_topics(rng, 2025, who), rng.randint(5, 7))
    m = muni_meeting(rng, cast, "Kommunstyrelsen", "KS", org, topics, secretary_title="kommunsekreterare")
    mid_meeting_change(m, rng, cast)
    f = Flow(Style(fam, size=10, top=80, bottom=80, left=62))
    col = 150.0
    muni_title(f, m, "Sammanträdesprotokoll")
    beside(f, "Plats och tid", f"{m.place}, {m.date.isoformat()} kl. {m.start}–{m.end}", col=col, before=16)
    beside(f, "Beslutande", "Se sidan 2", col=col)
    beside(f, "Övriga deltagande", "Se sidan 2", col=col)
    ln = beside(f, "Utses att justera", m.justerare.np(), col=col)[0]
    rec_justerare(f, ln, m)
    beside(f, "Justeringens plats och tid", f"Kommunkansliet, {m.adjusted.isoformat()}", col=col)
    f.line(
        "Underskrifter",
        bold=True,
        before=14,
        keep=2,
        cells=(
            (col, "Sekreterare", False),
            (col + 75, "." * 34, False),
            (col + 260, f"Paragrafer {m.first}–{m.last}", False),
        ),
    )
    rec_secretary(f, f.line(m.secretary.name, x=col + 75), m)
    f.line("", before=6, cells=((col, "Ordförande", False), (col + 75, "." * 34, False)))
    f.line(m.chair.name, x=col + 75)
    f.line("", before=6, cells=((col, "Justerare", False), (col + 75, "." * 34, False)))
    rec_justerare(f, f.line(m.justerare.name, x=col + 75), m)
    anslag_box(f, m, col=col + 20)
    # page 2
    f.line("Beslutande", bold=True, new_page=True, before=0)
    for s in m.members:
        text = member_text(s, tjg=rng.choice(("tjg", "full")))
        rec(f, f.para(text, x=20, hang=10, before=1)[0], s)
    heading(f, "Ersättare (ej tjänstgörande)", before=10)
    for s in m.subs:
        rec(f, f.line(member_text(s), x=20, before=1), s)
    heading(f, "Övriga deltagande", before=10)
    for a in m.staff:
        rec(f, f.line(staff_text(a), x=20, before=1), a)
    ds = rng.choice(("att", "dash"))
    for it in m.items:
        item_title(f, m, it)
        if it.text:
            heading(f, "Ärendebeskrivning")
            f.para(" ".join(it.text))
        basis_list(f, m, it, dash="- ")
        if it.kind == "topic" and rng.random() < 0.35:
            yrkanden(f, m, it, rng)
        heading(f, "Beslut")
        decision_lines(f, m, it, ds)
        sent_to(f, it)
    return rendered(f, furniture_muni(m), m, "Sammanträdesprotokoll")


# --------------------------------------------------------------------------- 2 kommunfullmäktige
def kf_topics(rng: random.Random, year: int, elected: str) -> list[Itm]:
    return [
        Itm(
            0,
            "Årsredovisning för föregående år",
            (
                "Kommunstyrelsen har upprättat årsredovisning för föregående år.",
                "Årets resultat uppgår till {17,4 mnkr|17400000}.",
            ),
            ("godkänna årsredovisningen för föregående år",),
            ("Kommunstyrelsens protokoll", "Årsredovisning"),
            sent="Kommunstyrelsen, Revisorerna",
        ),
        Itm(
            0,
            "Taxa för vatten och avlopp",
            (
                "Kommunstyrelsen föreslår att brukningsavgiften höjs med sju procent.",
                "För en normalvilla innebär det en ökning med {640 kronor|640} per år.",
            ),
            ("anta taxa för vatten och avlopp att gälla från 1 januari",),
            ("Kommunstyrelsens protokoll", "Förslag till taxa"),
            vote=True,
            sent="Kommunstyrelsen",
        ),
        Itm(
            0,
            "Motion om fria resor i kollektivtrafiken för pensionärer",
            (
                "I en motion föreslås att pensionärer ska få resa avgiftsfritt med länstrafiken under lågtrafik.",
                "Kostnaden har beräknats till {2,1 mnkr|2100000} per år.",
            ),
            ("avslå motionen",),
            ("Motion", "Kommunstyrelsens protokoll"),
            vote=True,
            sent="Motionären",
        ),
        Itm(
            0,
            "Val av ersättare i socialnämnden",
            ("En ersättare i socialnämnden har avsagt sig sitt uppdrag.",),
            (f"välja {elected} till ersättare i socialnämnden för resterande del av mandatperioden",),
            sent="Den valda, Socialnämnden",
        ),
        Itm(
            0,
            "Avsägelse av uppdrag som ledamot i kommunfullmäktige",
            ("En ledamot har begärt att få bli entledigad från sitt uppdrag.",),
            ("bevilja avsägelsen", "begära ny sammanräkning hos Länsstyrelsen i Örebro län"),
            sent="Länsstyrelsen i Örebro län",
        ),
        Itm(
            0,
            "Interpellation om bemanningen i äldreomsorgen",
            ("Interpellationen har besvarats av socialnämndens ordförande och en debatt har förts.",),
            kind="info",
            sentence="Interpellationen förklaras besvarad.",
        ),
    ]


@variant(
    "board",
    "r_appendix",
    "r_table_header",
    "r_party",
    "r_ersatter",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_not_yrkanden",
    "d_not_reservation",
    "running_header",
    "date_long",
)
def house_kf_vote_list(rng: random.Random) -> Rendered:
    """Kommunfullmäktige: the front page says "Beslutande: Enligt bifogad närvaro- och
    voteringslista", two justerare ("Utses att justera"), "Övriga närvarande" officials; items
    "§ 41" with "Beslut" first, then "Ärendebeskrivning", "Yrkanden", "Propositionsordning",
    "Omröstning" (ja/nej/avstår counts), "Reservation" and "Expedieras"; the appendix is a table
    "Ledamot | Parti | Tjänstgörande ersättare | Närv | Ja | Nej | Avst" over the 31 seats, where an
    absent member's row names the substitute who sat (only the substitute is a participant) or
    stays empty, then the non-serving substitutes present."""
    fam = rng.choice(("helvetica", "vera"))
    cast = HouseCast(rng, cp1252=fam != "vera")
    org = rng.choice(
        ("Laxå kommun", "Ljusnarsbergs kommun", "Hällefors kommun", "Lekebergs kommun", "Degerfors kommun")
    )
    day_year = 2025
    topics = rng.sample(kf_topics(rng, day_year, f"{cast.person().name} ({cast.party()})"), rng.randint(4, 6))
    m = muni_meeting(
        rng,
        cast,
        "Kommunfullmäktige",
        "KS",
        org,
        topics,
        seats=31,
        serving=4,
        subs=3,
        staff=2,
        titles=("kommundirektör", "ekonomichef", "kanslichef"),
        secretary_title="kommunsekreterare",
    )
    unreplaced = [Member(cast.person(), "ledamot", cast.party(), org) for _ in range(rng.randint(1, 2))]
    voters = [s for s in m.members if s.role != "ordförande"]
    j2 = rng.choice([s for s in voters if s is not m.justerare])
    f = Flow(Style(fam, size=10, top=84, bottom=72))
    col = 150.0
    f.line("Protokoll", bold=True, size=16)
    f.line(f"Kommunfullmäktige i {C.MUNICIPALITIES[org]}", bold=True, size=12, before=4)
    beside(f, "Plats och tid", f"{m.place}, {C.fmt_date(m.date, 'weekday')} kl. {m.start}–{m.end}", col=col, before=16)
    beside(f, "Beslutande", "Enligt bifogad närvaro- och voteringslista", col=col)
    f.line("Övriga närvarande", bold=True, before=8, cells=((col, staff_text(m.staff[0]), False),))
    rec(f, f.lines[-1], m.staff[0])
    for a in m.staff[1:]:
        rec(f, f.line(staff_text(a), x=col), a)
    rows = beside(f, "Utses att justera", f"{m.justerare.np()} och {j2.np()}", col=col)
    rec_justerare(f, rows[0], m)
    f.person(rows[0], j2.name, "justerare", org)
    beside(f, "Justeringens plats och tid", f"Kommunhuset, {C.fmt_date(m.adjusted, 'long')}", col=col)
    f.line(
        "Underskrifter",
        bold=True,
        before=14,
        cells=((col, "Sekreterare", False), (col + 260, f"§§ {m.first}–{m.last}", False)),
    )
    f.line("." * 40, x=col, before=10)
    rec_secretary(f, f.line(m.secretary.name, x=col), m)
    f.line("Ordförande", x=col, before=8)
    f.line("." * 40, x=col, before=10)
    f.line(m.chair.name, x=col)
    f.line("Justerare", x=col, before=8)
    f.line("." * 40, x=col, before=10, cells=((col + 200, "." * 40, False),))
    f.row([(col, m.justerare.name), (col + 200, j2.name)])
    anslag_box(f, m, col=col + 20)
    votes: dict[int, tuple[int, int, int]] = {}
    seated = [s for s in m.members]
    for it in m.items:
        item_title(f, m, it, size=12, new_page=it is m.items[0])
        heading(f, "Beslut")
        mover = None
        decision_lines(f, m, it, "att")
        if it.text:
            heading(f, "Ärendebeskrivning")
            f.para(" ".join(it.text))
        basis_list(f, m, it)
        if it.vote:
            mover = yrkanden(f, m, it, rng, vote=True)
            no = rng.randint(5, 11)
            abst = rng.randint(0, 2)
            yes = len(seated) - no - abst
            votes[it.number] = (yes, no, abst)
            heading(f, "Omröstning")
            f.para(
                "Omröstning begärs. Fullmäktige godkänner följande propositionsordning: den som vill bifalla "
                "kommunstyrelsens förslag röstar ja, den som vill avslå röstar nej."
            )
            f.para(f"Omröstningsresultat: {yes} ja, {no} nej och {abst} avstår, se bilaga.", before=2)
            if mover is not None:
                reservation(f, mover)
        if it.sent and it.kind == "topic":
            heading(f, "Expedieras")
            f.para(it.sent, before=1)
    f.in_items = False
    # the appendix: who sat, and how they voted on the first vote
    voted = next(iter(votes), None)
    f.line("Bilaga: Närvaro- och voteringslista", bold=True, size=12, new_page=True)
    f.line(f"Kommunfullmäktige {C.fmt_date(m.date, 'long')}", before=2)
    xs = [0.0, 150.0, 190.0, 340.0, 375.0, 405.0, 435.0]
    rule = (-4.0, f.style.width, tuple(x - 4 for x in xs[1:]))
    head = ["Ledamot", "Parti", "Tjänstgörande ersättare", "Närv", "Ja", "Nej", "Avst"]
    f.row(list(zip(xs, head, strict=True)), bold=True, size=8.5, rule=rule, before=8)
    if voted is not None:
        f.line(f"Votering § {voted}", size=8, x=375)
    yes, no, abst = votes.get(voted, (0, 0, 0)) if voted is not None else (0, 0, 0)
    marks = ["ja"] * yes + ["nej"] * no + ["avst"] * abst
    rng.shuffle(marks)
    by_gone = {s.replaces.name: s for s in m.members if s.replaces is not None}
    rows: list[tuple[Member, Member | None, Member | None]] = []  # (seat holder, who sits, who to record)
    for s in m.members:
        if s.replaces is None:
            rows.append((s, s, s))
    for g in m.gone:
        rows.insert(rng.randint(3, len(rows)), (g, by_gone[g.name], by_gone[g.name]))
    for g in unreplaced:
        rows.insert(rng.randint(3, len(rows)), (g, None, None))
    k = 0
    for holder, sits, who in rows:
        short = {"ordförande": "ordf.", "vice ordförande": f"{holder.rank} vice ordf."}.get(holder.role)
        label = holder.name + (f", {short}" if short else "")
        cells = [label, holder.party or "", sits.name if sits is not holder and sits else "", "x" if sits else "–"]
        if sits and voted is not None:
            mark = marks[k]
            k += 1
            cells += ["x" if mark == "ja" else "", "x" if mark == "nej" else "", "x" if mark == "avst" else ""]
        else:
            cells += ["", "", ""]
        ln = f.row([(x, t) for x, t in zip(xs, cells, strict=True) if t], size=8.5, rule=rule)
        if who is not None:
            rec(f, ln, who)
    if voted is not None:
        f.row(
            [(xs[0], "Summa"), (xs[4], str(yes)), (xs[5], str(no)), (xs[6], str(abst))], bold=True, size=8.5, rule=rule
        )
    heading(f, "Närvarande ersättare, ej tjänstgörande", before=12)
    for s in m.subs:
        rec(f, f.line(f"{s.name} ({s.party})", size=9), s)
    return rendered(f, furniture_muni(m, label="sida", boxes=False, kind="PROTOKOLL"), m, "Protokoll")


# --------------------------------------------------------------------------- 3 bygg- och miljönämnden
@variant(
    "board",
    "r_side_by_side",
    "r_party",
    "r_tjg_for",
    "h_ks_para",
    "d_organ_beslut",
    "r_val_av_justerare",
    "m_page_header_body",
    "date_iso",
)
def house_bmn_columns(rng: random.Random) -> Rendered:
    """Bygg- och miljönämnden: "Ledamöter" and "Tjänstgörande ersättare" side by side ("Name (C)
    för Y (C)"), then "Ersättare" and "Tjänstepersoner" with titles; "Val av justerare" as the
    first paragraph ("BMN § 31"); property matters with "Bygg- och miljönämndens beslut" first
    (a sentence a decision), "Ärendet", "Avgift", "Beslutsunderlag", a "Jäv" note, and "Hur man
    överklagar"; a one-line page header "Bygg- och miljönämnden  Protokoll  2025-03-12  Sida 2 av 5"."""
    fam = rng.choice(("vera", "times"))
    cast = HouseCast(rng, cp1252=fam != "vera")
    org = rng.choice(list(C.MUNICIPALITIES))
    topics = rng.sample(bmn_topics(rng, C.MUNICIPALITIES[org]), rng.randint(4, 5))
    m = muni_meeting(
        rng,
        cast,
        "Bygg- och miljönämnden",
        "BMN",
        org,
        topics,
        seats=9,
        serving=rng.randint(1, 3),
        subs=2,
        staff=3,
        titles=("samhällsbyggnadschef", "bygglovshandläggare", "miljöinspektör", "byggnadsinspektör", "miljöchef"),
        justerare_item=True,
        two_vice=False,
    )
    f = Flow(Style(fam, size=10, top=78, bottom=64))
    f.line(m.org, size=10)
    f.line("Protokoll", bold=True, size=15, before=6)
    f.line(f"{m.organ}, sammanträde {m.date.isoformat()}", bold=True, size=11, before=2)
    f.line(f"Tid: kl. {m.start}–{m.end}", before=10)
    f.line(f"Plats: {m.place}")
    own = [s for s in m.members if s.replaces is None]
    serve = [s for s in m.members if s.replaces is not None]
    left = [(member_text(s), s) for s in own]
    right = [(f"{s.name} ({s.party}) för {s.replaces.name} ({s.party})", s) for s in serve if s.replaces]
    size = f.style.size
    f.row([(0, "Ledamöter"), (240, "Tjänstgörande ersättare")], bold=True, before=12, keep=1)
    for k in range(max(len(left), len(right))):
        cells = []
        who = []
        if k < len(left):
            cells.append((0.0, left[k][0]))
            who.append(left[k][1])
        if k < len(right):
            cells.append((240.0, right[k][0]))
            who.append(right[k][1])
        ln = f.row(cells, size=size - 0.5)
        for w in who:
            rec(f, ln, w)
    heading(f, "Ersättare", before=10)
    for s in m.subs:
        rec(f, f.line(member_text(s), size=size - 0.5), s)
    heading(f, "Tjänstepersoner", before=10)
    for a in m.staff:
        rec(f, f.line(staff_text(a), size=size - 0.5), a)
    jav_item = rng.choice([it for it in m.items if it.kind == "topic"])
    jav = rng.choice([s for s in m.members[1:] if s is not m.justerare])
    for it in m.items:
        item_title(f, m, it, form="{p} § {n}", dnr=False)
        if it.dnr:
            f.line(f"Dnr {it.dnr}", size=9)
        if it.kind == "justerare":
            decision_lines(f, m, it, "beslutar")
            continue
        heading(f, f"{m.genitive()} beslut")
        decision_lines(f, m, it, "beslutar")
        if it.text:
            heading(f, "Ärendet")
            f.para(" ".join(it.text))
        basis_list(f, m, it)
        if it is jav_item:
            heading(f, "Jäv")
            f.para(f"{jav.np()} anmäler jäv och deltar inte i handläggningen av ärendet.")
        if it.sent != "Förvaltningen":
            heading(f, "Hur man överklagar")
            f.para("Beslutet kan överklagas till Länsstyrelsen i Örebro län, se bilaga.")
        sent_to(f, it, label="Beslutet skickas till")
    f.in_items = False
    f.line("Justerandes signatur", before=24, size=9)
    f.line("." * 30, before=14, cells=((240, "." * 30, False),))
    f.row([(0, m.chair.name), (240, m.justerare.name)])
    f.row([(0, "Ordförande"), (240, "Justerare")], size=9)
    rec_justerare(f, f.lines[-2], m)
    f.line("." * 30, before=14)
    rec_secretary(f, f.line(m.secretary.name), m)
    f.line("Sekreterare", size=9)

    def furniture(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 9)
        c.drawString(st.left, H - 42, f"{m.organ}    Protokoll    {m.date.isoformat()}")
        c.drawRightString(W - st.right, H - 42, f"Sida {page} av {total}")
        c.setLineWidth(0.4)
        c.line(st.left, H - 47, W - st.right, H - 47)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 34, "Justerandes sign: ..........   ..........     Utdragsbestyrkande: ..........")

    return rendered(f, furniture, m, "Protokoll")
