"""SEEN variants in house styles of Swedish public bodies, written blind (from how the bodies
lay out their protocols, not from what the parser reads), with the weight on how the people
are listed: kommunfullmäktige with the roster in three columns by party, a nämnd whose roster
is ruled tables ("Ledamöter | Parti | Närvarande", "Ersättare | Parti | Tjänstgör för"), a
regional nämnd of Region Örebro län listing "Efternamn Förnamn (Parti)" with the roles in a
column at the right edge, minnesanteckningar of a county network with one organisation a line,
a municipal housing company's board with "§ 12/25" paragraphs, kommunstyrelsens arbetsutskott
with attendance that changes during the meeting in running text, a collaboration council as a
table "Organisation | Ledamot | Ersättare" marking who attended, and a nämnd whose front page is
a two-column box with the names in capitals.

Gold conventions are those of parts.py, house4a.py and house4b.py: one entry per (person,
role), names given name first however printed ("EK ANNA", "Ek Anna (S)" are "Anna Ek"); absent
members ("Frånvarande", "Nej" in a Närvarande column, "förhinder") are not participants; a
serving substitute is "ersättare" and the member replaced is not a participant unless present
for some paragraphs; a member and a substitute who share a seat during the meeting ("§§ 1–5",
"från § 6") are both participants; officials are "tjänsteperson" with their title; guests
from other organisations, a lekmannarevisor of the owner, are "övrig"; everyone in the
undivided list of a network's notes is "ledamot", the convener "ordförande"; the secretary,
note-taker or protokollförare is "sekreterare" (and "tjänsteperson" when listed among the
officials); every justerare named (signature box, "Utses att justera", the item) is
"justerare".  A company's "§ 12/25" is item "12" (the "/25" is the year).

People come from this file's own name lists (``Cast6``).  Each variant is a function
``rng -> Rendered`` registered in ``HOUSE6`` (make.py adds them to the seen part).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import content as C
from .layouts import Rendered, Variant, beside, registry, running_entries
from .parts import page_label
from .people import Person
from .render import Flow, H, Ln, Style, W, text_width, wrap

HOUSE6: list[Variant] = []
variant = registry(HOUSE6)

# --------------------------------------------------------------------------- people
GIVEN6 = (
    "Anneli",
    "Britt-Marie",
    "Cecilia",
    "Dagmar",
    "Ebba",
    "Elisabet",
    "Emelie",
    "Gunilla",
    "Helén",
    "Ingela",
    "Jenny",
    "Kajsa",
    "Lena",
    "Lisbeth",
    "Madeleine",
    "Marie-Louise",
    "Mona-Lisa",
    "Märit",
    "Nathalie",
    "Pernilla",
    "Ragnhild",
    "Sofie",
    "Solbritt",
    "Therése",
    "Ulla-Britt",
    "Viveka",
    "Åse",
    "Zeynep",
    "Amina",
    "Leyla",
    "Anders",
    "Bengt-Åke",
    "Christer",
    "Dan",
    "Erik",
    "Fredrik",
    "Göran",
    "Hans-Olov",
    "Jörgen",
    "Kent",
    "Lars-Åke",
    "Magnus",
    "Mikael",
    "Niklas",
    "Ola",
    "Patrik",
    "Roger",
    "Stefan",
    "Tommy",
    "Ulf",
    "Örjan",
    "Ali",
    "Mehmet",
    "Jan-Erik",
    "Sören",
)
FAMILY6 = (
    "Andersson",
    "Björk",
    "Dahlström",
    "Ek",
    "Engström",
    "Forsberg",
    "Gustafsson",
    "Hedström",
    "Holm",
    "Johansson",
    "Karlsson",
    "Lind",
    "Lundqvist",
    "Mattsson",
    "Nordström",
    "Nyberg",
    "Olsson",
    "Persson",
    "Sjöberg",
    "Ståhl",
    "Strömberg",
    "Söderberg",
    "Wallin",
    "Åberg",
    "Ågren",
    "Öhman",
    "Östberg",
    "Jönsson",
    "Bäckman",
    "Lövgren",
    "Granström",
    "Hägglund",
    "Kärrman",
    "Myrén",
    "Rosén",
    "Sundén",
    "Yilmaz",
    "Demir",
    "Ahmadi",
    "Nilsson Ek",
    "Lind Forsberg",
    "Björk-Sjöberg",
    "Holm-Åberg",
    "von Essen",
    "af Sillén",
    "de Verdier",
    "Grönqvist",
    "Thörn",
    "Furuhagen",
    "Edvinsson",
)
PARTY_WEIGHTS = (("S", 30), ("M", 19), ("SD", 19), ("C", 9), ("V", 8), ("KD", 6), ("L", 4), ("MP", 5))
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


class Cast6:
    """People for one document; no full name and, while the list lasts, no family name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.families: set[str] = set()

    def person(self) -> Person:
        while True:
            given, family = self.rng.choice(GIVEN6), self.rng.choice(FAMILY6)
            name = f"{given} {family}"
            if name in self.names or (family in self.families and len(self.families) < 40):
                continue
            self.names.add(name)
            self.families.add(family)
            return Person(given, family)

    def party(self) -> str:
        return self.rng.choices([p for p, _ in PARTY_WEIGHTS], [w for _, w in PARTY_WEIGHTS])[0]


@dataclass
class Pol:
    """A politician on a roster (or a member of a group)."""

    person: Person
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    org: str
    party: str | None = None
    rank: str = ""  # "1:e" / "2:e"
    present: bool = True
    replaces: Pol | None = None  # a serving substitute: the member whose seat they take
    span: str = ""  # "§§ 101–105", "från § 106"

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def fam(self) -> str:
        """ "Ek Anna": family name first without a comma."""
        return f"{self.person.family} {self.person.given}"

    def np(self) -> str:
        return f"{self.name} ({self.party})" if self.party else self.name


@dataclass
class Off:
    """An official or a guest."""

    person: Person
    title: str
    org: str
    unit: str = ""
    role: str = "tjänsteperson"
    span: str = ""

    @property
    def name(self) -> str:
        return self.person.name


def rec(f: Flow, ln: Ln, who: Pol | Off, role: str | None = None, title: bool = True) -> None:
    if isinstance(who, Pol):
        f.person(ln, who.name, role or who.role, who.org)
    else:
        f.person(ln, who.name, role or who.role, who.org, who.title if title else None)


def rec_sec(f: Flow, ln: Ln, sec: Off, listed: bool) -> None:
    f.person(ln, sec.name, "sekreterare", sec.org, sec.title if listed else None)


def rec_just(f: Flow, ln: Ln, j: Pol) -> None:
    f.person(ln, j.name, "justerare", j.org)


def table6(
    f: Flow,
    header: list[str],
    rows: list[tuple[list[str], list]],
    xs: list[float],
    *,
    ruled: bool = True,
    size: float | None = None,
    before: float = 8.0,
) -> None:
    """A table with a header row; each row records the people given with it (``rec``)."""
    rule = (xs[0] - 4, f.style.width, tuple(x - 4 for x in xs[1:])) if ruled else None
    f.row(list(zip(xs, header, strict=True)), bold=True, size=size, before=before, rule=rule, keep=1)
    for cells, who in rows:
        placed = [(x, t) for x, t in zip(xs, cells, strict=True) if t]
        ln = f.row(placed, size=size, rule=rule)
        for w in who:
            rec(f, ln, w)


# --------------------------------------------------------------------------- items
@dataclass
class It6:
    number: int
    title: str
    text: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    kind: str = "topic"  # topic | info | justerare | open | close
    sentence: str | None = None  # a decision as a sentence of its own
    dnr: str | None = None
    to: str | None = None  # the body the decision is proposed to ("kommunstyrelsen")
    sent: str = ""


def T(title: str, text: tuple[str, ...], acts: tuple[str, ...] = (), **kw) -> It6:
    return It6(0, title, text, acts, **kw)


def numbered(items: list[It6], first: int) -> list[It6]:
    for k, it in enumerate(items):
        it.number = first + k
    return items


def subst(items: list[It6], who: str) -> list[It6]:
    for it in items:
        it.text = tuple(t.replace("{who}", who) for t in it.text)
        it.acts = tuple(a.replace("{who}", who) for a in it.acts)
    return items


FINITE_OK = ("godkänna", "anta", "fastställa", "lägga", "bevilja", "avslå")


def sentence(subject: str, act: str, rng: random.Random, tense: int = 0) -> str:
    """ "Rådet beslutade att godkänna …" or, for a plain act, "Rådet godkände …"."""
    verb = act.split(" ", 1)[0]
    if verb in FINITE_OK and " och " not in act and rng.random() < 0.4:
        return f"{subject} {C.finite(act, tense)}."
    return f"{subject} {'beslutar' if tense == 0 else 'beslutade'} att {act}."


def att_list(f: Flow, lead: str, acts: tuple[str, ...], *, x: float = 0.0, form: str = "att", size=None) -> None:
    """A decision as a lead and att-clauses (one decision per clause); one act: one sentence."""
    if len(acts) == 1:
        text = f"{lead} att {acts[0]}."
        f.para(text, x=x, before=3, size=size)
        f.decision(text)
        return
    f.para(f"{lead} att" if form == "numbered" else lead, x=x, before=3, size=size)
    for k, a in enumerate(acts):
        end = "." if k == len(acts) - 1 else ("," if form != "numbered" else ".")
        row = f"{k + 1}. {a[0].upper() + a[1:]}{end}" if form == "numbered" else f"att {a}{end}"
        f.para(row, x=x + 14, hang=16, before=1, size=size)
        f.decision(f"{lead} att {a}")


def text_para(f: Flow, it: It6, *, x: float = 0.0, heading: str | None = None) -> None:
    if not it.text:
        return
    if heading:
        f.line(heading, x=x, bold=True, before=6, keep=1)
    f.para(" ".join(it.text), x=x, before=3)


# --------------------------------------------------------------------------- topics
def kf_topics(rng: random.Random, town: str, year: int, elected: str) -> list[It6]:
    area = rng.choice(("Sjöängen", "Norra Bohagen", "Kvarntorp", "Lillåns strand", "Bergslagsvägen"))
    return [
        T(
            f"Årsredovisning {year - 1} för {town} kommun",
            (
                f"Kommunstyrelsen har upprättat årsredovisning för {year - 1}.",
                "Årets resultat uppgår till {12,8 miljoner kronor|12800000}, vilket är bättre än budgeterat.",
            ),
            (f"godkänna årsredovisningen för {year - 1}",),
            sent="Kommunstyrelsen, Revisionen",
        ),
        T(
            "Ansvarsfrihet för kommunstyrelsen och nämnderna",
            ("Revisorerna tillstyrker att ansvarsfrihet beviljas för verksamhetsåret.",),
            ("bevilja kommunstyrelsen och nämnderna samt de enskilda förtroendevalda i dessa organ ansvarsfrihet",),
            sent="Revisionen",
        ),
        T(
            f"Detaljplan för bostäder vid {area}",
            (
                f"Detaljplanen möjliggör cirka 60 nya bostäder vid {area}.",
                "Planen har varit utställd för granskning och inkomna synpunkter har bemötts i ett granskningsutlåtande.",
            ),
            (f"anta detaljplanen för bostäder vid {area}",),
            sent="Samhällsbyggnadsförvaltningen",
        ),
        T(
            "Motion om solceller på kommunens fastigheter",
            (
                "I en motion föreslås att solceller ska installeras på alla kommunala fastigheter där det är möjligt.",
                "Kommunstyrelsen konstaterar att en inventering av lämpliga tak redan pågår.",
            ),
            ("bifalla motionen i den del som avser en inventering av lämpliga tak", "i övrigt anse motionen besvarad"),
            sent="Motionären",
        ),
        T(
            "Borgensåtagande för det kommunala bostadsbolaget",
            (
                "Bostadsbolaget planerar nyproduktion av hyresrätter och behöver utöka sin låneram.",
                "Borgensavgiften föreslås vara oförändrad.",
            ),
            ("ingå borgen för bolagets lån upp till ett högsta belopp om {85 miljoner kronor|85000000}",),
            sent="Bostadsbolaget, Ekonomienheten",
        ),
        T(
            "Val av ledamot i överförmyndarnämnden",
            ("En ledamot i överförmyndarnämnden har avsagt sig sitt uppdrag.",),
            (f"välja {elected} till ledamot i överförmyndarnämnden för tiden till och med 2026",),
            sent="Den valda, Överförmyndarnämnden",
        ),
        T(
            "Anmälan av nya motioner",
            ("Två nya motioner har lämnats in sedan förra sammanträdet.",),
            kind="info",
            sentence="Motionerna överlämnas till kommunstyrelsen för beredning.",
        ),
    ]


def namnd_topics(rng: random.Random, organ: str, year: int, who: str) -> list[It6]:
    if organ == "Kultur- och fritidsnämnden":
        club = rng.choice(("IFK Lindbacka", "Friluftsfrämjandet lokalavdelning", "Konstföreningen Ljuset"))
        return [
            T(
                f"Föreningsbidrag {year}",
                (
                    "Förvaltningen har berett årets ansökningar om verksamhetsbidrag.",
                    "Sammanlagt föreslås {1,4 miljoner kronor|1400000} fördelas till 38 föreningar.",
                ),
                ("fördela föreningsbidrag enligt förvaltningens förslag",),
            ),
            T(
                f"Ansökan om anläggningsbidrag från {club}",
                (f"{club} söker bidrag för att byta belysning i föreningens anläggning.",),
                (f"bevilja {club} ett anläggningsbidrag om {{120 000 kronor|120000}}",),
                sent=club,
            ),
            T(
                "Taxor för idrottsanläggningar",
                ("Taxorna har inte räknats upp sedan 2021 och föreslås höjas med fem procent.",),
                (
                    "anta taxor för idrottsanläggningar att gälla från 1 januari",
                    "ge förvaltningen i uppdrag att informera föreningarna",
                ),
                to="kommunfullmäktige",
            ),
            T(
                f"Kulturpris {year}",
                ("Juryn har utsett årets pristagare bland elva nominerade.",),
                (f"tilldela {who} kulturpriset för {year}",),
            ),
            T(
                "Biblioteksplan",
                ("Biblioteksplanen beskriver inriktningen för folk- och skolbiblioteken under de kommande fyra åren.",),
                ("anta biblioteksplanen",),
                to="kommunfullmäktige",
            ),
            T(
                "Delegationsbeslut",
                ("Förteckning över delegationsbeslut fattade under perioden har delgetts nämnden.",),
                kind="info",
                sentence="Redovisningen av delegationsbeslut godkänns.",
            ),
        ]
    if organ == "Barn- och utbildningsnämnden":
        school = rng.choice(("Fågelsångens förskola", "Tallbackaskolan", "Klockarskolan", "Åsbroskolan"))
        return [
            T(
                "Månadsuppföljning av ekonomin",
                (
                    "Förvaltningen redovisar ett prognostiserat underskott om {3,1 miljoner kronor|3100000}.",
                    "Underskottet beror främst på ökade kostnader för skolskjuts.",
                ),
                ("godkänna månadsuppföljningen",),
            ),
            T(
                f"Läsårstider {year}/{year + 1}",
                ("Förslaget har stämts av med de fackliga organisationerna.",),
                (f"fastställa läsårstider för {year}/{year + 1}",),
            ),
            T(
                f"Lokalbehov vid {school}",
                (f"Barnantalet i upptagningsområdet för {school} har ökat kraftigt.",),
                (
                    f"uppdra åt förvaltningschefen att utreda en tillbyggnad av {school}",
                    "redovisa utredningen i oktober",
                ),
            ),
            T(
                "Systematiskt kvalitetsarbete",
                (f"{who} redovisar resultaten från läsårets kvalitetsdialoger.",),
                kind="info",
                sentence="Informationen noteras till protokollet.",
            ),
            T(
                "Riktlinjer för skolskjuts",
                ("Riktlinjerna förtydligar rätten till skolskjuts vid växelvis boende.",),
                ("anta reviderade riktlinjer för skolskjuts",),
            ),
            T(
                "Anmälan av kränkande behandling",
                ("Under perioden har 14 anmälningar inkommit till huvudmannen.",),
                ("lägga redovisningen till handlingarna",),
                kind="info",
            ),
        ]
    return [
        T(
            "Verksamhetsuppföljning hemtjänst",
            (
                "Förvaltningen redovisar antalet beviljade timmar och kontinuiteten i hemtjänsten.",
                "Kostnaden per timme har ökat till {612 kronor|612}.",
            ),
            ("godkänna verksamhetsuppföljningen",),
        ),
        T(
            f"Avgifter inom vård och omsorg {year + 1}",
            ("Avgifterna följer prisbasbeloppet och maxtaxan justeras enligt socialtjänstlagen.",),
            (f"anta avgifter inom vård och omsorg för {year + 1}",),
            to="kommunfullmäktige",
        ),
        T(
            "Riktlinjer för biståndsbedömning",
            ("Riktlinjerna har reviderats med anledning av den nya socialtjänstlagen.",),
            ("anta riktlinjerna för biståndsbedömning", "riktlinjerna gäller från och med 1 juli"),
        ),
        T(
            "Rapport enligt lex Sarah",
            (f"{who} redogör för en utredning om brister i läkemedelshanteringen på ett särskilt boende.",),
            ("lägga rapporten till handlingarna",),
            kind="info",
        ),
        T(
            "Ej verkställda beslut",
            ("Rapporten till Inspektionen för vård och omsorg omfattar fyra beslut om särskilt boende.",),
            ("godkänna rapporten över ej verkställda beslut", "överlämna rapporten till kommunfullmäktige"),
        ),
        T(
            "Ärende enligt socialtjänstlagen",
            ("Ärendet och nämndens beslut redovisas i ett separat sekretessprotokoll.",),
            kind="info",
        ),
    ]


def region_topics(rng: random.Random, organ: str, who: str) -> list[It6]:
    if organ.startswith("Regionala"):
        return [
            T(
                "Verksamhetsbidrag till studieförbunden",
                (
                    "Studieförbunden i länet får ett årligt verksamhetsbidrag från regionen.",
                    "Bidraget föreslås uppgå till {6,2 miljoner kronor|6200000} och fördelas enligt fastställd modell.",
                ),
                ("fördela verksamhetsbidraget till studieförbunden enligt förslaget",),
            ),
            T(
                "Medfinansiering av projektet Hållbar besöksnäring i Bergslagen",
                (
                    f"{who} har berett en ansökan om regional medfinansiering.",
                    "Projektet pågår i tre år och den regionala insatsen är {1,5 miljoner kronor|1500000}.",
                ),
                (
                    "bevilja medfinansiering till projektet Hållbar besöksnäring i Bergslagen",
                    "finansiera beslutet inom ramen för regionala utvecklingsmedel",
                ),
            ),
            T(
                "Yttrande över förslag till länsplan för transportinfrastruktur",
                (
                    "Förslaget har skickats på remiss till regionen och kommunerna och förvaltningen har tagit fram ett yttrande.",
                ),
                ("anta yttrandet och skicka det till Trafikverket",),
            ),
            T(
                "Uppföljning av den regionala utvecklingsstrategin",
                (f"{who} presenterar årets uppföljning med indikatorer för de fem prioriteringarna.",),
                kind="info",
                sentence="Informationen noteras.",
            ),
            T(
                "Kulturstöd till regional teater och dans",
                ("Förvaltningen föreslår att stödet räknas upp med två procent.",),
                ("fastställa kulturstödet till regional teater och dans för nästa år",),
            ),
        ]
    return [
        T(
            "Förfrågningsunderlag för vårdval primärvård",
            (
                "Förfrågningsunderlaget revideras inför nästa år.",
                "Ersättningen per listad invånare föreslås höjas till {2 950 kronor|2950}.",
            ),
            ("fastställa förfrågningsunderlaget för vårdval primärvård",),
        ),
        T(
            "Tillgänglighet i specialiserad vård",
            (f"{who} redovisar väntetiderna till första besök och behandling.",),
            kind="info",
            sentence="Nämnden noterar informationen.",
        ),
        T(
            "Patientavgifter inom hälso- och sjukvården",
            ("Förslaget innebär att avgiften för uteblivet besök höjs.",),
            ("anta reviderade patientavgifter", "avgifterna gäller från och med 1 januari"),
        ),
        T(
            "Svar på medborgarförslag om parkering vid Universitetssjukhuset",
            ("Förslagsställaren vill att parkeringsavgiften för patienter slopas.",),
            ("avslå medborgarförslaget",),
        ),
        T(
            "Uppdrag om digitala vårdbesök",
            ("Andelen digitala besök har ökat men varierar mellan vårdcentralerna.",),
            ("uppdra åt hälso- och sjukvårdsdirektören att ta fram en plan för digitala vårdbesök",),
        ),
    ]


def company_topics(rng: random.Random, who: str) -> list[It6]:
    block = rng.choice(("kv. Lärkan", "kv. Smedjan", "Solrosen 4", "kv. Tegelbruket"))
    return [
        T(
            "VD informerar",
            (f"{who} informerade om uthyrningsläget, vakanserna och pågående projekt.",),
            kind="info",
            sentence="Informationen noterades.",
        ),
        T(
            "Delårsrapport",
            ("Resultatet efter andra tertialet uppgår till {14,3 mnkr|14300000}.",),
            ("godkänna delårsrapporten",),
        ),
        T(
            f"Investeringsbeslut stambyte {block}",
            (
                f"Stammarna i {block} är från 1960-talet och behöver bytas.",
                "Kalkylen uppgår till {38 mnkr|38000000} inklusive evakueringskostnader.",
            ),
            (
                f"genomföra stambyte i {block} inom en ram om {{38 mnkr|38000000}}",
                "uppdra åt VD att upphandla entreprenaden",
            ),
        ),
        T(
            "Hyresförhandling inför nästa år",
            ("Hyresgästföreningen har yrkat en höjning med 3,1 procent.",),
            ("ge VD mandat att slutföra förhandlingen inom de ramar styrelsen diskuterat",),
        ),
        T(
            "Internkontrollplan",
            ("Planen omfattar kontroller av attest, inköp och nyckelhantering.",),
            ("fastställa internkontrollplanen",),
        ),
        T(
            "Policy för hyresgästinflytande",
            ("Policyn har tagits fram tillsammans med hyresgästernas representanter.",),
            ("anta policyn för hyresgästinflytande",),
        ),
    ]


def ksau_topics(rng: random.Random, town: str, who: str) -> list[It6]:
    lot = rng.choice(("Hagaberg 2:4", "Nyckelby 1:15", "Stationsområdet etapp 2", "Rönnbacken 3"))
    return [
        T(
            "Budgetuppföljning per april",
            (
                "Kommunens samlade prognos visar ett överskott om {4,6 miljoner kronor|4600000}.",
                "Socialnämnden prognostiserar ett underskott som delvis vägs upp av finansförvaltningen.",
            ),
            ("godkänna budgetuppföljningen per april",),
            to="kommunstyrelsen",
        ),
        T(
            f"Markanvisning för bostäder inom {lot}",
            (f"En byggaktör har visat intresse för att uppföra radhus inom {lot}.",),
            (f"godkänna markanvisningsavtalet för {lot}",),
            to="kommunstyrelsen",
        ),
        T(
            "Yttrande över remiss om regional plan för kompetensförsörjning",
            ("Region Örebro län har remitterat förslaget till kommunerna.",),
            ("anta yttrandet som sitt eget och skicka det till Region Örebro län",),
        ),
        T(
            "Motion om trygghetsvandringar",
            ("Motionären vill att kommunen genomför trygghetsvandringar i alla bostadsområden varje år.",),
            ("bifalla motionen",),
            to="kommunstyrelsen",
        ),
        T(
            "Ansökan om bidrag till midsommarfirande",
            (f"{town} hembygdsförening ansöker om bidrag till det offentliga midsommarfirandet.",),
            (
                "bevilja föreningen ett bidrag om {25 000 kronor|25000}",
                "finansiera bidraget ur kommunstyrelsens förfogandeanslag",
            ),
        ),
        T(
            "Information om arbetet med översiktsplanen",
            (f"{who} informerar om tidplanen för samråd om den nya översiktsplanen.",),
            kind="info",
            sentence="Arbetsutskottet noterar informationen.",
        ),
    ]


def network_topics(rng: random.Random, who: list[str]) -> list[It6]:
    pool = [
        T(
            "Aktuellt från kommunerna",
            ("Varje kommun gav en kort lägesbild.", "Flera kommuner har svårt att rekrytera socionomer."),
        ),
        T(
            "Länsgemensam kartläggning av ensamhet bland äldre",
            (
                f"{who[0]} presenterade resultatet av kartläggningen.",
                "Var femte person över 75 år uppger att de ofta känner sig ensamma.",
            ),
            ("ställa sig bakom att resultatet presenteras för samverkansrådet",),
        ),
        T(
            "Utbildningsdag om våld i nära relationer",
            (
                f"{who[1]} redogjorde för programmet.",
                "Kostnaden beräknas till {60 000 kronor|60000} och delas mellan kommunerna efter invånarantal.",
            ),
            ("genomföra utbildningsdagen under hösten",),
        ),
        T(
            "Gemensamma indikatorer för uppföljning",
            ("Nätverket diskuterade vilka indikatorer som ska följas i den länsgemensamma uppföljningen.",),
            ("uppdra åt arbetsgruppen att ta fram ett förslag till nästa möte",),
        ),
        T(
            "Statsbidrag för förebyggande arbete",
            (f"{who[2]} informerade om årets statsbidrag på {{2,1 miljoner kronor|2100000}} för länet.",),
            kind="info",
            sentence="Informationen noterades.",
        ),
    ]
    return rng.sample(pool, rng.randint(3, 5))


def council_topics6(rng: random.Random, who: list[str]) -> list[It6]:
    pool = [
        T(
            "Länsgemensam strategi för psykisk hälsa",
            (
                f"{who[0]} presenterade remissversionen av strategin.",
                "Strategin har tagits fram tillsammans med brukarorganisationerna.",
            ),
            ("ställa sig bakom strategin och rekommendera parterna att anta den",),
        ),
        T(
            "Fördelning av gemensamma utvecklingsmedel",
            (
                f"{who[1]} redogjorde för förslaget till fördelning.",
                "Totalt finns {2,6 miljoner kronor|2600000} att fördela, varav {300 000 kronor|300000} till utvärdering.",
            ),
            ("godkänna fördelningen av utvecklingsmedlen enligt förslaget",),
        ),
        T(
            "Uppföljning av överenskommelsen om hemsjukvård",
            (f"{who[2]} visade statistik över antalet inskrivna i hemsjukvården per kommun.",),
            kind="info",
            sentence="Rådet noterade informationen.",
        ),
        T(
            "Länsgemensam konferens om barns rätt",
            ("Konferensen planeras till november och vänder sig till förtroendevalda och chefer.",),
            ("genomföra konferensen enligt förslaget", "uppdra åt beredningsgruppen att planera programmet"),
        ),
        T(
            "Rapport från beredningsgruppen",
            (f"{who[0]} rapporterade från beredningsgruppens senaste två möten.",),
            ("lägga rapporten till handlingarna",),
        ),
    ]
    return rng.sample(pool, rng.randint(3, 5))


# --------------------------------------------------------------------------- rosters
def muni_roster(
    rng: random.Random, cast: Cast6, org: str, *, seats: int, absent: int, replaced: int, subs: int, two_vice=True
) -> tuple[list[Pol], list[Pol]]:
    """A municipal body's elected members in seat order (chair first; absent ones marked, some
    replaced by a serving substitute of their party) and the present non-serving substitutes."""
    chair_party = rng.choice(("S", "S", "M", "C"))
    vice_party = "M" if chair_party != "M" else "S"
    members = [Pol(cast.person(), "ordförande", org, chair_party)]
    members.append(Pol(cast.person(), "vice ordförande", org, vice_party, rank="1:e" if two_vice else ""))
    if two_vice:
        members.append(Pol(cast.person(), "vice ordförande", org, rng.choice(("SD", "C", "V", "KD")), rank="2:e"))
    while len(members) < seats:
        members.append(Pol(cast.person(), "ledamot", org, cast.party()))
    gone = rng.sample(range(len(members) - 1), absent)
    for n, k in enumerate(gone):
        k += 1  # never the chair
        members[k].present = False
        if n < replaced:
            members.append(Pol(cast.person(), "ersättare", org, members[k].party, replaces=members[k]))
    extra = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(subs)]
    return members, extra


def serving(members: list[Pol]) -> list[Pol]:
    return [s for s in members if s.replaces is not None]


def own(members: list[Pol]) -> list[Pol]:
    return [s for s in members if s.replaces is None]


def voters(members: list[Pol]) -> list[Pol]:
    return [s for s in members if s.present and s.role != "ordförande"]


def role_word(s: Pol, short: bool = False) -> str:
    if s.role == "ordförande":
        return "ordf." if short else "ordförande"
    if s.role == "vice ordförande":
        return f"{s.rank} vice ordf.".strip() if short else f"{s.rank} vice ordförande".strip()
    return ""


def muni_staff(rng: random.Random, cast: Cast6, org: str, titles: tuple[str, ...], n: int) -> list[Off]:
    return [Off(cast.person(), t, org) for t in rng.sample(titles, n)]


def dnr(prefix: str, year: int, rng: random.Random) -> str:
    return f"{prefix} {year}/{rng.randint(14, 480)}"


def heading_dnr(f: Flow, text: str, dnr_text: str | None, *, size: float, before: float, new_page: bool = False) -> Ln:
    """A bold item heading with "Dnr …" at the right, or under it when the heading is too long."""
    room = f.style.width - 115
    if dnr_text and text_width(text, f.style.bold, size) < room - 8:
        return f.line(
            text,
            bold=True,
            size=size,
            before=before,
            keep=2,
            new_page=new_page,
            cells=((f.style.width - 105, f"Dnr {dnr_text}", False),),
        )
    ln = f.line(text, bold=True, size=size, before=before, keep=2, new_page=new_page)
    if dnr_text:
        f.line(f"Dnr {dnr_text}", x=f.style.width - 105, size=9)
    return ln


def running_header(left: str, label: str = "sida", *, sub: str | None = None, boxes: bool = False):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 40, left)
        c.drawRightString(W - st.right, H - 40, page_label(label, page, total))
        if sub:
            c.drawString(st.left, H - 51, sub)
        c.setLineWidth(0.4)
        c.line(st.left, H - (56 if sub else 45), W - st.right, H - (56 if sub else 45))
        if boxes:
            c.setFont(st.reg, 7)
            c.drawString(st.left, 34, "Justerandes signatur")
            c.rect(st.left + 80, 28, 110, 18)
            c.drawString(st.left + 260, 34, "Utdragsbestyrkande")
            c.rect(st.left + 340, 28, 110, 18)

    return draw


# --------------------------------------------------------------------------- 1 kommunfullmäktige
def seat_counts(rng: random.Random, seats: int) -> dict[str, int]:
    """Seats per party by largest remainder on slightly jittered weights; every party one at least."""
    weights = {p: w * rng.uniform(0.7, 1.3) for p, w in PARTY_WEIGHTS}
    total = sum(weights.values())
    quota = {p: seats * w / total for p, w in weights.items()}
    out = {p: max(1, int(q)) for p, q in quota.items()}
    for p in sorted(quota, key=lambda p: quota[p] - int(quota[p]), reverse=True):
        if sum(out.values()) >= seats:
            break
        out[p] += 1
    while sum(out.values()) > seats:
        big = max(out, key=out.get)
        out[big] -= 1
    return out


@variant(
    "board",
    "r_party",
    "r_absent",
    "r_narvarande_ej_tjg",
    "r_role_after",
    "r_role_before",
    "r_sig_box",
    "h_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "m_page_header_body",
    "date_iso",
)
def house6_kf_party_columns(rng: random.Random) -> Rendered:
    """Kommunfullmäktige: the front page's "Beslutande" is three columns of party groups, each
    under the party's name as a heading ("Socialdemokraterna", "Moderaterna" …), one member a
    line with the chair and vice chairs marked ("Name, ordf."), an absent member marked in the
    list ("Name, frånvarande" / "Name (frånv.)") with the serving substitute on the next line
    ("ers. Name", "Name (tjg ers)"), the group's non-serving substitutes last ("Name (ers, ej
    tjg)"); "Övriga närvarande" with the title before the name ("kommundirektör Name"); the
    signature box "Sekreterare / Ordförande / Justerare" with two justerare side by side and
    "Paragrafer"; items "§ 5 Title" with "Dnr KS 2025/123" at the right, "Kommunstyrelsens
    förslag" (not a decision), "Kommunfullmäktiges beslut" as att-clauses, "Expedieras"."""
    fam = rng.choice(("helvetica", "vera", "times"))
    cast = Cast6(rng)
    org = rng.choice([o for o in C.MUNICIPALITIES if o != "Örebro kommun"])
    town = C.MUNICIPALITIES[org]
    day = C.meeting_date(rng)
    n_seats = rng.choice((31, 35, 41, 45))
    counts = seat_counts(rng, n_seats)
    chair_party = rng.choice(("S", "M"))
    vice_party = "M" if chair_party == "S" else "S"
    groups: dict[str, list[Pol]] = {p: [] for p, _ in PARTY_WEIGHTS}
    for p, n in counts.items():
        for _ in range(n):
            groups[p].append(Pol(cast.person(), "ledamot", org, p))
    groups[chair_party][0].role = "ordförande"
    groups[vice_party][0].role, groups[vice_party][0].rank = "vice ordförande", "1:e"
    second = rng.choice(("SD", "C", "V"))
    groups[second][0].role, groups[second][0].rank = "vice ordförande", "2:e"
    everyone = [s for g in groups.values() for s in g]
    chair = next(s for s in everyone if s.role == "ordförande")
    away = rng.sample([s for s in everyone if s.role == "ledamot"], rng.randint(3, 6))
    subs_for: dict[int, Pol] = {}
    for k, s in enumerate(away):
        s.present = False
        if k < len(away) - 1 or rng.random() < 0.4:
            subs_for[id(s)] = Pol(cast.person(), "ersättare", org, s.party, replaces=s)
    idle = {p: [] for p in groups}
    for _ in range(rng.randint(2, 4)):
        p = rng.choice([p for p in groups if groups[p]])
        idle[p].append(Pol(cast.person(), "ersättare", org, p))
    absent_mark = rng.choice((", frånvarande", " (frånv.)", " – frånvarande"))
    sub_mark = rng.choice(("ers. {n}", "{n} (tjg ers)", "{n}, tjg ersättare"))
    idle_mark = rng.choice(("{n} (ers, ej tjg)", "{n}, ersättare ej tjg"))
    staff = muni_staff(rng, cast, org, ("kommundirektör", "ekonomichef", "kanslichef", "förvaltningschef"), 2)
    secretary = Off(cast.person(), "kommunsekreterare", org)
    listed = rng.random() < 0.6
    items: list[It6] = []
    with_item = rng.random() < 0.5
    if with_item:
        items.append(It6(0, "Val av justerare", kind="justerare"))
    items += rng.sample(kf_topics(rng, town, day.year, f"{cast.person().name} ({cast.party()})"), rng.randint(4, 6))
    numbered(items, rng.randint(1, 60))
    for it in items:
        if it.kind == "topic":
            it.dnr = dnr("KS", day.year, rng)
    present = [s for s in everyone if s.present] + list(subs_for.values())
    j1, j2 = rng.sample([s for s in present if s.role != "ordförande"], 2)

    f = Flow(Style(fam, size=10, top=86, bottom=70))
    f.line("Kommunfullmäktige", bold=True, size=16)
    f.line(f"Sammanträdesprotokoll {day.isoformat()}", size=11, before=4)
    col = 120.0
    beside(
        f,
        "Plats och tid",
        f"{rng.choice(C.PLACES)}, kl. {rng.choice(('18.00–21.40', '13.00–16.30', '09.00–15.20'))}",
        col=col,
        before=14,
    )
    f.line("Beslutande", bold=True, before=10, keep=1)
    # the columns: a list of (text, bold, who) lines, split in three
    size = 8.5
    colw = f.style.width / 3
    blocks: list[list[tuple[str, bool, Pol | None, float]]] = []
    for p, g in groups.items():
        if not g:
            continue
        flat: list[tuple[str, bool, Pol | None, float]] = [(PARTY_NAMES[p], True, None, 0.0)]
        for s in g:
            text = s.name + (f", {role_word(s, short=True)}" if s.role != "ledamot" else "")
            if not s.present:
                text += absent_mark
            for k, row in enumerate(wrap(text, colw - 10, f.style.reg, size, 8)):
                flat.append((row, False, s if s.present and k == 0 else None, 8.0 if k else 0.0))
            if id(s) in subs_for:
                sub = subs_for[id(s)]
                for k, row in enumerate(wrap(sub_mark.format(n=sub.name), colw - 18, f.style.reg, size, 8)):
                    flat.append((row, False, sub if k == 0 else None, 8.0 + (8.0 if k else 0.0)))
        for s in idle[p]:
            for k, row in enumerate(wrap(idle_mark.format(n=s.name), colw - 10, f.style.reg, size, 8)):
                flat.append((row, False, s if k == 0 else None, 8.0 if k else 0.0))
        blocks.append(flat)
    # three columns of whole party groups, as even as the groups allow
    best = None
    for a in range(1, len(blocks) - 1):
        for b in range(a + 1, len(blocks)):
            parts = [blocks[:a], blocks[a:b], blocks[b:]]
            height = max(sum(len(x) + 1 for x in part) for part in parts)
            if best is None or height < best[0]:
                best = (height, parts)
    cols = []
    for part in best[1]:
        chunk: list[tuple[str, bool, Pol | None, float]] = []
        for x in part:
            chunk += ([("", False, None, 0.0)] if chunk else []) + x
        cols.append(chunk)
    for k in range(max(len(c) for c in cols)):
        cells = []
        for c, chunk in enumerate(cols):
            if k < len(chunk) and chunk[k][0]:
                text, bold, who, ind = chunk[k]
                cells.append((c * colw + ind, text, bold, who))
        if not cells:
            f.line("", size=size)
            continue
        (x0, t0, b0, w0), *rest = cells
        ln = f.line(
            t0, x=x0, bold=b0, size=size, before=2 if k == 0 else 0, cells=tuple((x, t, b) for x, t, b, _ in rest)
        )
        for *_, who in cells:
            if who is not None:
                rec(f, ln, who)
    # officials, title before the name
    texts = [f"{a.title} {a.name}" for a in staff] + ([f"{secretary.title} {secretary.name}"] if listed else [])
    people = staff + ([secretary] if listed else [])
    running_entries(
        f, "Övriga närvarande:", texts, lambda k, ln: rec(f, ln, people[k]), sep=", ", last=" och ", before=10
    )
    # the signature box
    sig_col = 100.0
    f.line(
        "Underskrifter",
        bold=True,
        before=16,
        keep=8,
        cells=(
            (sig_col, "Sekreterare", False),
            (sig_col + 250, f"Paragrafer {items[0].number}–{items[-1].number}", False),
        ),
    )
    f.line("." * 40, x=sig_col, before=12)
    rec_sec(f, f.line(secretary.name, x=sig_col), secretary, listed)
    f.line("Ordförande", x=sig_col, before=6)
    f.line("." * 40, x=sig_col, before=12)
    f.line(chair.name, x=sig_col)
    f.line("Justerare", x=sig_col, before=6)
    f.line("." * 34, x=sig_col, before=12, cells=((sig_col + 190, "." * 34, False),))
    ln = f.row([(sig_col, j1.name), (sig_col + 190, j2.name)])
    rec_just(f, ln, j1)
    rec_just(f, ln, j2)
    subject = "Kommunfullmäktige"
    for n, it in enumerate(items):
        ln = heading_dnr(f, f"§ {it.number} {it.title}", it.dnr, size=11.5, before=14, new_page=n == 0)
        f.item(str(it.number), it.title, ln, it.dnr)
        if it.kind == "justerare":
            d = f"{subject} utser {j1.np()} och {j2.np()} att jämte ordföranden justera dagens protokoll."
            ln = f.para(d, before=4)[0]
            f.decision(d)
            continue
        text_para(f, it, heading="Ärendebeskrivning")
        if it.kind == "topic":
            f.line("Kommunstyrelsens förslag", bold=True, before=6, keep=1)
            f.para(f"Kommunfullmäktige föreslås besluta att {' och att '.join(it.acts)}.", before=2)
        f.line("Kommunfullmäktiges beslut", bold=True, before=6, keep=1)
        if it.sentence:
            f.para(it.sentence, before=3)
            f.decision(it.sentence)
        if it.acts:
            att_list(f, subject + " beslutar", it.acts)
        if it.sent:
            f.line("Expedieras", bold=True, before=6, keep=1)
            f.para(it.sent, before=1)
    f.in_items = False
    return Rendered(
        f,
        running_header(f"{org} – Kommunfullmäktige", "paren", sub=f"Sammanträdesdatum {day.isoformat()}", boxes=True),
        "protokoll",
        "Sammanträdesprotokoll",
        f"Kommunfullmäktige {org}",
        day.isoformat(),
        org,
    )


# --------------------------------------------------------------------------- 2 nämnd, ruled tables
NAMND = (
    ("Kultur- och fritidsnämnden", "KFN"),
    ("Barn- och utbildningsnämnden", "BUN"),
    ("Vård- och omsorgsnämnden", "VON"),
)


@variant(
    "board",
    "r_table_ruled",
    "r_table_header",
    "r_party",
    "r_tjg_for",
    "r_absent",
    "r_utses_justera",
    "h_para",
    "d_beslut",
    "d_att_clauses",
    "d_not_proposal",
    "running_header",
    "date_long",
)
def house6_namnd_presence_tables(rng: random.Random) -> Rendered:
    """A nämnd (kultur- och fritids-, barn- och utbildnings-, vård- och omsorgsnämnden) whose
    roster is ruled tables: "Ledamöter | Parti | Närvarande" over every elected member ("Ja" /
    "Nej", or "X" and empty; absent ones are not participants), "Ersättare | Parti | Tjänstgör
    för" (the member replaced, "–" for a substitute who only attends; some documents add a
    "Närvarande" column and list absent substitutes too), "Övriga närvarande | Funktion" for the
    officials; "Sekreterare" and "Utses att justera" beside labels; items "§ 23 Title" with
    "Ärendebeskrivning", "Förvaltningens förslag till beslut" (not a decision), "Beslut" as
    a lead and att-clauses, "Beslutet skickas till"; a header "Kommun  Protokoll  Sida 2 av 5"."""
    fam = rng.choice(("times", "vera", "helvetica"))
    cast = Cast6(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    organ, prefix = rng.choice(NAMND)
    day = C.meeting_date(rng)
    seats = rng.choice((9, 11))
    absent = rng.randint(2, 4)
    members, idle = muni_roster(
        rng,
        cast,
        org,
        seats=seats,
        absent=absent,
        replaced=absent - rng.randint(0, 1),
        subs=rng.randint(1, 3),
        two_vice=False,
    )
    staff = muni_staff(
        rng,
        cast,
        org,
        ("förvaltningschef", "controller", "verksamhetschef", "utredare", "enhetschef"),
        rng.randint(2, 3),
    )
    secretary = Off(cast.person(), "nämndsekreterare", org)
    listed = rng.random() < 0.5
    who = cast.person().name
    items = rng.sample(namnd_topics(rng, organ, day.year, who), rng.randint(4, 6))
    numbered(items, rng.randint(10, 120))
    for it in items:
        it.dnr = dnr(prefix, day.year, rng)
    just = rng.choice(voters(members))
    f = Flow(Style(fam, size=10.5, top=82, bottom=66))
    f.line(org, bold=True, size=11)
    f.line("Protokoll", bold=True, size=18, before=10)
    f.line(organ, size=13, before=2)
    col = 130.0
    beside(f, "Sammanträdesdatum", C.fmt_date(day, "long"), col=col, before=12)
    beside(
        f,
        "Plats och tid",
        f"{rng.choice(C.PLACES)}, kl. {rng.choice(('13.30–16.10', '08.30–11.45', '17.00–19.30'))}",
        col=col,
        before=2,
    )
    yes, no = rng.choice((("Ja", "Nej"), ("X", ""), ("x", "–")))
    xs = [0.0, 250.0, 320.0]
    rows = []
    for s in own(members):
        label = s.name + (f", {role_word(s)}" if s.role != "ledamot" else "")
        rows.append(([label, s.party, yes if s.present else no], [s] if s.present else []))
    table6(f, ["Ledamöter", "Parti", "Närvarande"], rows, xs, before=12)
    subs_all = serving(members) + idle
    rng.shuffle(subs_all)
    absent_subs = [Pol(cast.person(), "ersättare", org, cast.party()) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        xs2 = [0.0, 170.0, 215.0, 300.0]
        listing = subs_all + absent_subs
        rng.shuffle(listing)
        rows = []
        for s in listing:
            present = s not in absent_subs
            tjg = s.replaces.name if s.replaces else ("–" if present else "")
            rows.append(([s.name, s.party, yes if present else no, tjg], [s] if present else []))
        table6(f, ["Ersättare", "Parti", "Närvarande", "Tjänstgör för"], rows, xs2, before=10)
    else:
        xs2 = [0.0, 180.0, 230.0]
        rows = [([s.name, s.party, s.replaces.name if s.replaces else "–"], [s]) for s in subs_all]
        table6(f, ["Ersättare", "Parti", "Tjänstgör för"], rows, xs2, before=10)
    people = staff + ([secretary] if listed else [])
    rows = [([a.name, a.title + (", sekreterare" if a is secretary else "")], [a]) for a in people]
    table6(f, ["Övriga närvarande", "Funktion"], rows, [0.0, 180.0], before=10)
    ln = beside(f, "Sekreterare", secretary.name, col=col, before=12)[0]
    rec_sec(f, ln, secretary, listed)
    ln = beside(f, "Utses att justera", just.np(), col=col)[0]
    rec_just(f, ln, just)
    beside(f, "Justeringens plats och tid", f"Kommunhuset, {C.fmt_date(C.later(day, rng), 'long')}", col=col)
    beside(f, "Paragrafer", f"{items[0].number}–{items[-1].number}", col=col)
    for n, it in enumerate(items):
        right = ((f.style.width - 105, f"Dnr {it.dnr}", False),)
        ln = f.line(f"§ {it.number}", bold=True, size=11, before=14, keep=2, cells=right, new_page=n == 0)
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=True, size=11, before=1)
        text_para(f, it, heading="Ärendebeskrivning")
        if it.acts:
            f.line("Förvaltningens förslag till beslut", bold=True, before=6, keep=1)
            verb = "föreslår kommunfullmäktige" if it.to else "beslutar"
            f.para(f"Förvaltningen föreslår att nämnden {verb} att {' och att '.join(it.acts)}.", before=2)
        f.line("Beslut", bold=True, before=6, keep=1)
        if it.sentence:
            f.para(it.sentence, before=3)
            f.decision(it.sentence)
        if it.acts:
            lead = f"{organ} föreslår kommunfullmäktige" if it.to else f"{organ} beslutar"
            att_list(f, lead, it.acts)
        if it.kind == "topic":
            f.line("Beslutet skickas till", bold=True, before=6, keep=1)
            f.para(it.sent or "Förvaltningen", before=1)
    f.in_items = False
    f.line("Justerandes signatur", before=26, keep=3, size=9)
    f.line("." * 30, before=14, cells=((240, "." * 30, False),))
    f.row([(0, members[0].name), (240, just.name)])
    f.row([(0, "Ordförande"), (240, "Justerare")], size=9)
    return Rendered(
        f,
        running_header(f"{org}    Protokoll    {organ}    {day.isoformat()}", "sida"),
        "protokoll",
        "Protokoll",
        f"{organ} {org}",
        day.isoformat(),
        org,
    )


# --------------------------------------------------------------------------- 3 region nämnd
REGION_NAMND = (
    ("Regionala utvecklingsnämnden", "RUN", "Förvaltningen regional utveckling"),
    ("Hälso- och sjukvårdsnämnden", "HSN", "Hälso- och sjukvårdsförvaltningen"),
)
REGION_LONG_TITLES = {
    "RUN": (
        ("regional utvecklingsdirektör", "Förvaltningen regional utveckling"),
        ("områdeschef kultur och ideell sektor", "Förvaltningen regional utveckling"),
        ("enhetschef näringsliv och innovation", "Avdelningen tillväxt, Förvaltningen regional utveckling"),
        ("strateg för regional infrastruktur", "Avdelningen samhällsbyggnad, Förvaltningen regional utveckling"),
        ("ekonomichef", "Ekonomiavdelningen, Regionkansliet"),
        ("nämndadministratör", "Nämndadministrationen, Regionkansliet"),
    ),
    "HSN": (
        ("hälso- och sjukvårdsdirektör", "Hälso- och sjukvårdsförvaltningen"),
        ("biträdande hälso- och sjukvårdsdirektör", "Hälso- och sjukvårdsförvaltningen"),
        ("områdeschef nära vård", "Område nära vård, Hälso- och sjukvårdsförvaltningen"),
        ("chefläkare", "Staben för patientsäkerhet, Hälso- och sjukvårdsförvaltningen"),
        ("controller", "Ekonomiavdelningen, Regionkansliet"),
        ("utredare", "Avdelningen för hälso- och sjukvårdsstyrning"),
    ),
}
GUEST_POOL = (
    ("länsråd", C.LANSSTYRELSEN),
    ("enhetschef", C.LANSSTYRELSEN),
    ("kommundirektör", "Kumla kommun"),
    ("socialchef", "Lindesbergs kommun"),
    ("näringslivschef", "Karlskoga kommun"),
    ("distriktschef", C.RF_SISU),
    ("verksamhetsledare", C.OLBF),
)


@variant(
    "board",
    "r_family_first",
    "r_party",
    "r_role_after",
    "r_org_short",
    "r_ersatter",
    "r_narvarande_ej_tjg",
    "r_guests",
    "r_name_title_columns",
    "h_para",
    "d_numbered",
    "d_not_proposal",
    "date_iso",
    "running_header",
)
def house6_region_family_first(rng: random.Random) -> Rendered:
    """Regionala samverkansrådet of Region Örebro län and the municipalities, in the region's
    house style for its nämnder: "Beslutande" one politician a line as "Efternamn Förnamn
    (Parti), Kommun" with the function in a column at the right edge ("ordförande", "vice
    ordförande", "ledamot", "ersättare för Efternamn Förnamn"), in some documents right-aligned
    (a function that does not fit goes on the next line at the right); "Närvarande ersättare" the
    same way; "Tjänstepersoner" given name first with long titles and units that wrap; "Övriga"
    guests from the municipalities, Länsstyrelsen and the federations; "Sekreterare" and
    "Justerare" (family name first); items "§ 45 Title" with "Diarienummer: 25RS1234" under it,
    "Ärendebeskrivning", "Förslag till beslut" (not a decision), "Beslut" as "Rådet beslutar att"
    and numbered points or att-clauses."""
    fam = rng.choice(("vera", "helvetica"))
    cast = Cast6(rng)
    body = "Regionala samverkansrådet"
    organ = rng.choice((body, C.COUNCILS[body][0]))
    _, short, unit = REGION_NAMND[0]
    org = C.REGION
    day = C.meeting_date(rng)
    members = [
        Pol(cast.person(), "ordförande", C.REGION, "S"),
        Pol(cast.person(), "vice ordförande", "Örebro kommun", rng.choice(("M", "S"))),
    ]
    members += [Pol(cast.person(), "ledamot", C.REGION, cast.party()) for _ in range(2)]
    members += [Pol(cast.person(), "ledamot", o, cast.party()) for o in C.MUNICIPALITIES if o != "Örebro kommun"]
    away = rng.sample(members[1:], rng.randint(1, 3))
    for k, g in enumerate(away):
        g.present = False
        if k < len(away) - 1 or rng.random() < 0.5:
            members.append(Pol(cast.person(), "ersättare", g.org, g.party, replaces=g))
    idle = [
        Pol(cast.person(), "ersättare", o, cast.party())
        for o in rng.sample([C.REGION, *C.MUNICIPALITIES], rng.randint(1, 3))
    ]
    titles = REGION_LONG_TITLES[short]
    staff = [Off(cast.person(), t, org, u) for t, u in rng.sample(titles[:-1], rng.randint(3, 4))]
    secretary = Off(cast.person(), titles[-1][0], org, titles[-1][1])
    guests = [Off(cast.person(), t, o, role="övrig") for t, o in rng.sample(GUEST_POOL, rng.randint(1, 2))]
    who = staff[0].name
    items = rng.sample(region_topics(rng, "Regionala utvecklingsnämnden", who), rng.randint(3, 5))
    numbered(items, rng.randint(1, 40))
    for it in items:
        it.dnr = f"{str(day.year)[2:]}RS{rng.randint(1000, 9999)}"
    if items[0].kind == "topic" and rng.random() < 0.5:
        guests[0].span = f"§ {items[0].number}"
    just = rng.choice(voters(members))
    f = Flow(Style(fam, size=9.5, top=84, bottom=64, left=64, right=56))
    f.row([(0, "Protokoll"), (f.style.width - 110, f"Datum {day.isoformat()}")], bold=True, size=14)
    f.line(organ, bold=True, size=12, before=6)
    f.line(f"Tid: kl. {rng.choice(('09.00–12.15', '13.00–16.00', '09.30–15.00'))}", before=8)
    f.line(
        f"Plats: {rng.choice(('Länsgården, sal Kilsbergen', 'Regionens hus, sammanträdesrum Tiveden', 'Digitalt via Teams'))}"
    )
    align_right = rng.random() < 0.5

    def function(s: Pol) -> str:
        if s.replaces is not None:
            return f"ersättare för {s.replaces.fam}"
        return role_word(s) or "ledamot"

    def left(s: Pol) -> str:
        return f"{s.fam} ({s.party}), {C.SHORT.get(s.org, s.org)}"

    listed_pols = [s for s in members if s.present] + idle
    widest = max(text_width(function(s), f.style.reg, f.style.size) for s in listed_pols)
    rcol = max(f.style.width - widest, f.style.width - 150)

    def row(s: Pol, right: str) -> Ln:
        size = f.style.size
        x = f.style.width - text_width(right, f.style.reg, size) if align_right else rcol
        if 12 + text_width(left(s), f.style.reg, size) + 10 > x:  # no room: the function under it
            ln = f.line(left(s), x=12)
            f.line(right, x=x)
            return ln
        return f.line(left(s), x=12, cells=((x, right, False),))

    f.line("Beslutande", bold=True, before=12, keep=1)
    for s in [s for s in members if s.present]:
        rec(f, row(s, function(s)), s)
    f.line("Närvarande ersättare", bold=True, before=10, keep=1)
    for s in idle:
        rec(f, row(s, "ersättare"), s)
    f.line("Tjänstepersoner", bold=True, before=10, keep=1)
    listed = rng.random() < 0.5
    for a in staff + ([secretary] if listed else []):
        rows = f.para(f"{a.name}, {a.title}, {a.unit}", x=12, hang=12, before=0, together=True)
        rec(f, rows[0], a)
    f.line("Övriga", bold=True, before=10, keep=1)
    for g in guests:
        rows = f.para(f"{g.name}, {g.title}, {g.org}" + (f", {g.span}" if g.span else ""), x=12, hang=12, before=0)
        rec(f, rows[0], g)
    rec_sec(f, f.line("Sekreterare", bold=True, before=10, cells=((120, secretary.name, False),)), secretary, listed)
    rec_just(f, f.line("Justerare", bold=True, before=4, cells=((120, f"{just.fam} ({just.party})", False),)), just)
    f.line("Justeringsdatum", bold=True, before=4, cells=((120, C.later(day, rng).isoformat(), False),))
    f.line("Paragrafer", bold=True, before=4, cells=((120, f"§§ {items[0].number}–{items[-1].number}", False),))
    lead = rng.choice((organ, "Rådet"))
    numbered_form = rng.random() < 0.6
    for it in items:
        ln = f.line(f"§ {it.number} {it.title}", bold=True, size=11.5, before=16, keep=2)
        f.item(str(it.number), it.title, ln, it.dnr)
        f.line(f"Diarienummer: {it.dnr}", size=8.5, before=1)
        text_para(f, it, heading="Ärendebeskrivning")
        if it.acts:
            f.line("Förslag till beslut", bold=True, before=6, keep=1)
            f.para(f"{unit} föreslår att rådet beslutar att {' samt att '.join(it.acts)}.", before=2)
        f.line("Beslut", bold=True, before=6, keep=1)
        if it.sentence:
            f.para(it.sentence, before=3)
            f.decision(it.sentence)
        if it.acts:
            att_list(f, f"{lead} beslutar", it.acts, form="numbered" if numbered_form else "att")
    f.in_items = False
    return Rendered(
        f,
        running_header(f"{C.REGION} – {organ}", "sida_paren", sub=f"Protokoll {day.isoformat()}"),
        "protokoll",
        "Protokoll",
        body,
        day.isoformat(),
        org,
    )


# --------------------------------------------------------------------------- 4 network minutes
NETWORKS = (
    "Länsnätverket för folkhälsosamordnare",
    "Länsnätverket för anhörigstöd",
    "Länsnätverket för suicidprevention",
)


@variant(
    "minutes",
    "r_running_comma",
    "r_absent",
    "r_antecknare",
    "r_guests",
    "h_dot",
    "d_beslut_colon",
    "d_sentences",
    "date_iso",
)
def house6_network_org_lines(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a county network of officials: a label column ("Datum", "Tid",
    "Plats", "Närvarande", "Förhinder", "Antecknare"); "Närvarande" is one organisation a line
    with its full name and the people after a colon ("Kumla kommun: Name, Name"), the convener
    marked "(sammankallande)" on the region's line (everyone else on the lines is a member);
    "Gäst:" a guest from another organisation; "Förhinder:" names with their organisation (not
    participants); "Antecknare:" the note-taker; points "1." with the title, text, "Beslut: …"
    on a line of its own or "Nätverket beslutade att …" sentences."""
    fam = rng.choice(("helvetica", "vera"))
    cast = Cast6(rng)
    body = rng.choice(NETWORKS)
    day = C.meeting_date(rng)
    orgs = rng.sample(list(C.MUNICIPALITIES), rng.randint(6, 10))
    orgs.sort(key=list(C.MUNICIPALITIES).index)
    lines: list[tuple[str, list[Pol]]] = []
    for o in orgs:
        lines.append((o, [Pol(cast.person(), "ledamot", o) for _ in range(rng.choice((1, 1, 2, 2, 3)))]))
    convener = Pol(cast.person(), "ordförande", C.REGION)
    region = [convener] + [Pol(cast.person(), "ledamot", C.REGION) for _ in range(rng.randint(0, 2))]
    region_first = rng.random() < 0.5
    lines.insert(0 if region_first else len(lines), (C.REGION, region))
    away_orgs = [o for o in C.MUNICIPALITIES if o not in orgs]
    away = [Pol(cast.person(), "ledamot", o) for o in rng.sample(away_orgs, min(len(away_orgs), rng.randint(1, 3)))]
    guest = (
        Off(
            cast.person(),
            rng.choice(("länssamordnare", "handläggare", "utvecklingsledare")),
            C.LANSSTYRELSEN,
            role="övrig",
        )
        if rng.random() < 0.6
        else None
    )
    note_in_list = rng.random() < 0.5 and len(region) > 1
    note_taker = region[-1] if note_in_list else Pol(cast.person(), "ledamot", C.REGION)
    everyone = [p for _, ps in lines for p in ps]
    items = network_topics(rng, [p.name for p in rng.sample(everyone, 3)])
    opening = T(
        "Välkommen och genomgång av dagordningen",
        ("Sammankallande hälsade välkommen.",),
        kind="open",
        sentence="Dagordningen godkändes.",
    )
    closing = T("Nästa möte", (f"Nästa möte hålls {C.fmt_date(C.later(day, rng, 30, 60), 'long')}.",), kind="close")
    items = numbered([opening, *items, closing], 1)
    f = Flow(Style(fam, size=10, top=76))
    f.line("Minnesanteckningar", bold=True, size=16)
    f.line(body, size=12, before=4)
    col = 105.0
    beside(f, "Datum", day.isoformat(), col=col, before=14)
    beside(f, "Tid", rng.choice(("kl. 09.00–12.00", "kl. 13.00–15.30", "kl. 09.30–11.30")), col=col, before=2)
    beside(
        f,
        "Plats",
        rng.choice(("Digitalt via Teams", "Länsgården, rum Hjalmar, Örebro", "Kommunhuset i Hallsberg")),
        col=col,
        before=2,
    )
    for k, (o, ps) in enumerate(lines):
        texts = [p.name + (" (sammankallande)" if p is convener else "") for p in ps]
        text = f"{o}: {', '.join(texts)}"
        rows = beside(f, "Närvarande" if k == 0 else "", text, col=col, before=8 if k == 0 else 1, hang=12)
        joined = " ".join(r.cells[0][1] if r.cells else r.text for r in rows)
        starts, at = [], 0
        for r in rows:
            starts.append(at)
            at += len(r.cells[0][1] if r.cells else r.text) + 1
        pos = len(o) + 1
        for p, t in zip(ps, texts, strict=True):
            pos = joined.index(t, pos)
            rec(f, rows[max(j for j, s in enumerate(starts) if s <= pos)], p)
            pos += len(t)
    if guest:
        ln = beside(f, "Gäst", f"{guest.name}, {guest.title}, {guest.org} (punkt 3)", col=col, before=6)[0]
        rec(f, ln, guest)
    beside(f, "Förhinder", "; ".join(f"{p.name}, {p.org}" for p in away), col=col, before=6)
    ln = beside(f, "Antecknare", note_taker.name, col=col, before=6)[0]
    f.person(ln, note_taker.name, "sekreterare", C.REGION)
    colon = rng.random() < 0.6
    for it in items:
        ln = f.line(f"{it.number}. {it.title}", bold=True, size=11, before=12, keep=1)
        f.item(str(it.number), it.title, ln)
        if it.text:
            f.para(" ".join(it.text), before=3)
        ds = [it.sentence] if it.sentence else []
        ds += [f"Nätverket beslutade att {a}." for a in it.acts]
        for d in ds:
            if colon:
                f.para(f"Beslut: {d}", before=3)
            else:
                f.para(d, before=3)
            f.decision(d)
    f.in_items = False

    def footer(c, page, total, lines_, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawString(st.left, 34, f"{body}, minnesanteckningar {day.isoformat()}")
        c.drawRightString(W - st.right, 34, page_label("slash", page, total))

    return Rendered(f, footer, "minnesanteckningar", "Minnesanteckningar", body, day.isoformat())


# --------------------------------------------------------------------------- 5 company board
COMPANIES6 = (
    ("Karlskogahem AB", "Karlskoga kommun"),
    ("Örebrobostäder AB", "Örebro kommun"),
    ("Lindesbergsbostäder AB", "Lindesbergs kommun"),
)


@variant(
    "board",
    "r_role_after",
    "r_ovriga_narvarande",
    "r_tjg_for",
    "r_absent",
    "r_name_title_columns",
    "h_para",
    "d_sentences",
    "d_beslut",
    "r_sig_box",
    "date_long",
)
def house6_company_year_paragraphs(rng: random.Random) -> Rendered:
    """A municipal housing company's board: "Styrelseprotokoll nr 4/2025" and the company with
    "Org.nr" at the top right; "Närvarande styrelseledamöter" one a line with the function in a
    tab column ("ordförande", "vice ordförande"), "Närvarande suppleanter" ("tjänstgörande för
    Name" in the column), "Övriga närvarande" with titles in the column ("verkställande
    direktör", "ekonomichef, sekreterare"), "Lekmannarevisor" of the owner municipality (övrig),
    "Anmält förhinder" (not participants); items "§ 12/25 Title" numbered through the year
    (the item is "12"); decisions as "Styrelsen beslutade att …" sentences or under "Beslut";
    "Vid protokollet" and "Justeras" signatures."""
    fam = rng.choice(("times", "vera"))
    cast = Cast6(rng)
    org, owner = rng.choice(COMPANIES6)
    day = C.meeting_date(rng)
    yy = f"{day.year % 100:02d}"
    n = rng.randint(5, 7)
    board = [Pol(cast.person(), "ordförande", org, rng.choice(("S", "M")))]
    board.append(Pol(cast.person(), "vice ordförande", org, rng.choice(("M", "C", "SD"))))
    board += [Pol(cast.person(), "ledamot", org, cast.party()) for _ in range(n - 2)]
    gone = rng.sample(board[2:], rng.randint(1, 2))
    for g in gone:
        g.present = False
    deputies = [Pol(cast.person(), "ersättare", org, replaces=gone[0])]
    deputies += [Pol(cast.person(), "ersättare", org) for _ in range(rng.randint(0, 2))]
    vd = Off(cast.person(), "verkställande direktör", org)
    staff = [vd] + [
        Off(cast.person(), t, org)
        for t in rng.sample(("ekonomichef", "fastighetschef", "förvaltningschef"), rng.randint(0, 1))
    ]
    secretary = Off(cast.person(), rng.choice(("ekonomichef", "administrativ chef", "styrelsesekreterare")), org)
    auditor = Off(cast.person(), "lekmannarevisor", owner, role="övrig") if rng.random() < 0.7 else None
    items = [
        T("Mötets öppnande", ("Ordföranden öppnade mötet och hälsade alla välkomna.",), kind="open"),
        It6(0, "Val av justerare", kind="justerare"),
        T("Godkännande av dagordning", (), kind="open", sentence="Dagordningen godkändes."),
        T(
            "Föregående protokoll",
            ("Protokollet från föregående sammanträde gicks igenom.",),
            kind="open",
            sentence="Protokollet lades till handlingarna.",
        ),
    ]
    items += rng.sample(company_topics(rng, vd.name), rng.randint(3, 5))
    items.append(T("Mötets avslutande", ("Ordföranden tackade de närvarande och avslutade mötet.",), kind="close"))
    numbered(items, rng.randint(1, 40))
    just = rng.choice([s for s in board[1:] if s.present])
    f = Flow(Style(fam, size=10.5, top=80, left=72, right=64))
    f.row(
        [(0, org), (f.style.width - 150, f"Org.nr 556{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")],
        bold=True,
        size=12,
    )
    f.line(f"Styrelseprotokoll nr {rng.randint(2, 8)}/{day.year}", size=12, before=10)
    f.line(f"Datum: {C.fmt_date(day, 'long')}", before=8)
    f.line(f"Tid: {C.times(rng)}")
    f.line(
        f"Plats: {rng.choice(('Bolagets kontor, styrelserummet', 'Huvudkontoret, sammanträdesrum Ekbacken', 'Digitalt via Teams'))}"
    )
    tab = 200.0
    f.line("Närvarande styrelseledamöter", bold=True, before=12, keep=1)
    for s in [s for s in board if s.present]:
        right = ((tab, role_word(s)),) if s.role != "ledamot" else ()
        rec(f, f.row([(14, s.name), *right]), s)
    f.line("Närvarande suppleanter", bold=True, before=8, keep=1)
    for s in deputies:
        right = ((tab, f"tjänstgörande för {s.replaces.name}"),) if s.replaces else ()
        rec(f, f.row([(14, s.name), *right]), s)
    f.line("Övriga närvarande", bold=True, before=8, keep=1)
    for a in staff:
        rec(f, f.row([(14, a.name), (tab, a.title)]), a)
    ln = f.row([(14, secretary.name), (tab, f"{secretary.title}, sekreterare")])
    rec(f, ln, secretary)
    rec_sec(f, ln, secretary, True)
    if auditor:
        f.line("Lekmannarevisor", bold=True, before=8, keep=1)
        rec(f, f.row([(14, auditor.name), (tab, f"utsedd av kommunfullmäktige i {C.MUNICIPALITIES[owner]}")]), auditor)
    f.line("Anmält förhinder", bold=True, before=8, keep=1)
    for g in gone:
        f.line(g.name, x=14)
    heading_form = rng.random() < 0.5
    for it in items:
        ln = f.line(f"§ {it.number}/{yy} {it.title}", bold=True, size=11, before=12, keep=1)
        f.item(str(it.number), it.title, ln)
        if it.text:
            f.para(" ".join(it.text), before=3)
        if it.kind == "justerare":
            d = rng.choice(
                (
                    f"Att jämte ordföranden justera protokollet utsågs {just.name}.",
                    f"Till justerare valdes {just.name}.",
                )
            )
            rec_just(f, f.para(d, before=3)[0], just)
            f.decision(d)
            continue
        ds = [it.sentence] if it.sentence else []
        ds += [f"Styrelsen beslutade att {a}." for a in it.acts]
        if ds and heading_form and it.kind == "topic":
            f.line("Beslut", bold=True, before=5, keep=1)
        for d in ds:
            f.para(d, before=3)
            f.decision(d)
    f.in_items = False
    f.line("Vid protokollet", before=26, keep=3)
    f.line("." * 34, before=18)
    f.line(secretary.name)
    f.line("Justeras", before=16, keep=3)
    f.line("." * 34, before=18, cells=((240, "." * 34, False),))
    ln = f.row([(0, board[0].name), (240, just.name)])
    f.row([(0, "Ordförande"), (240, "Justerare")], size=9)

    def footer(c, page, total, lines_, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawCentredString(
            W / 2, 32, f"{org} · Styrelseprotokoll {C.fmt_date(day, 'long')} · {page_label('paren', page, total)}"
        )

    return Rendered(f, footer, "protokoll", "Styrelseprotokoll", f"Styrelsen {org}", day.isoformat(), org)


# --------------------------------------------------------------------------- 6 kommunstyrelsens arbetsutskott
@variant(
    "board",
    "r_span",
    "r_ersatter",
    "r_running_comma",
    "r_party",
    "r_role_after",
    "r_utses_justera",
    "m_organ_field",
    "h_para",
    "d_organ_beslut",
    "d_sentences",
    "date_weekday",
    "running_header",
)
def house6_ksau_changing_attendance(rng: random.Random) -> Rendered:
    """Kommunstyrelsens arbetsutskott: a label column ("Plats och tid", "Beslutande", "Ersättare",
    "Övriga närvarande", "Sekreterare", "Utses att justera") with the roster as running text in
    the right column: "Name (S), ordförande, Name (M), 1:e vice ordförande, Name (C) §§ 101–104,
    Name (SD) ersätter Name (SD) från § 105, Name (V) från § 103"; a member absent all meeting
    replaced ("Name (S) ersätter Name (S)"); officials "Name, kommundirektör, Name, ekonomichef
    § 103"; items "§ 101 Title" with "Arbetsutskottets beslut": "Arbetsutskottet föreslår
    kommunstyrelsen besluta att …" (the AU's own decision) or "Arbetsutskottet beslutar att …"."""
    fam = rng.choice(("vera", "helvetica", "times"))
    cast = Cast6(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    town = C.MUNICIPALITIES[org]
    day = C.meeting_date(rng)
    staff = muni_staff(
        rng,
        cast,
        org,
        ("kommundirektör", "ekonomichef", "kanslichef", "planeringschef", "näringslivschef"),
        rng.randint(2, 3),
    )
    secretary = Off(cast.person(), "kommunsekreterare", org)
    items = rng.sample(ksau_topics(rng, town, staff[0].name), rng.randint(4, 6))
    first = rng.randint(60, 200)
    numbered(items, first)
    for it in items:
        it.dnr = dnr("KS", day.year, rng)
    last = items[-1].number
    cut = rng.randint(first + 1, last - 1)
    members, idle = muni_roster(rng, cast, org, seats=rng.choice((5, 7)), absent=1, replaced=1, subs=rng.randint(1, 2))
    # a member leaves after § cut; a substitute takes the seat for the rest
    leaver = rng.choice(
        [s for s in members if s.present and s.role == "ledamot" and s.replaces is None]
        or [s for s in members[1:] if s.present and s.replaces is None]
    )
    leaver.span = f"§§ {first}–{cut}"
    taker = Pol(cast.person(), "ersättare", org, leaver.party, replaces=leaver, span=f"från § {cut + 1}")
    late = None
    others = [s for s in members if s.present and s.role == "ledamot" and s is not leaver]
    if others and rng.random() < 0.6:
        late = rng.choice(others)
        late.span = f"från § {rng.randint(first + 1, last)}"
    if rng.random() < 0.5:
        staff[-1].span = f"§ {rng.randint(first, last)}"
    rng.shuffle(idle)

    def text(s: Pol) -> str:
        out = s.np()
        if s.role != "ledamot" and s.replaces is None:
            out += f", {role_word(s)}"
        if s.replaces is not None:
            out += f" ersätter {s.replaces.np()}"
        if s.span:
            out += f" {s.span}"
        return out

    # the serving substitutes after the member whose seat they hold
    order = [s for s in members if s.present and s.replaces is None]
    for s in [*serving(members), taker]:
        order.insert(order.index(s.replaces) + 1 if s.replaces in order else len(order), s)
    just = rng.choice([s for s in order if s.role != "ordförande" and s is not leaver and s is not taker])
    f = Flow(Style(fam, size=10, top=86, bottom=64))
    f.line("SAMMANTRÄDESPROTOKOLL", bold=True, size=14)
    f.line(f"{town} kommun" if not org.endswith("s kommun") else org, size=10, before=2)
    col = 150.0
    beside(f, "Organ", "Kommunstyrelsens arbetsutskott", col=col, before=14)
    beside(f, "Plats och tid", f"{rng.choice(C.PLACES)}, {C.fmt_date(day, 'weekday')} kl. 08.30–12.00", col=col)
    label = "Beslutande"
    texts = [text(s) for s in order]
    rows = beside(f, label, ", ".join(texts), col=col, hang=0)
    record_running(f, rows, texts, order)
    if idle:
        texts = [s.np() for s in idle]
        rows = beside(f, "Ersättare", ", ".join(texts), col=col)
        record_running(f, rows, texts, idle)
    texts = [f"{a.name}, {a.title}" + (f" {a.span}" if a.span else "") for a in staff]
    rows = beside(f, "Övriga närvarande", rng.choice((", ", "; ")).join(texts), col=col)
    record_running(f, rows, texts, staff)
    rec_sec(f, beside(f, "Sekreterare", secretary.name, col=col)[0], secretary, False)
    rec_just(f, beside(f, "Utses att justera", just.np(), col=col)[0], just)
    beside(f, "Justeringens plats och tid", f"Kommunkansliet, {C.fmt_date(C.later(day, rng), 'long')}", col=col)
    beside(f, "Paragrafer", f"§§ {first}–{last}", col=col)
    for it in items:
        ln = heading_dnr(f, f"§ {it.number} {it.title}", it.dnr, size=11, before=16)
        f.item(str(it.number), it.title, ln, it.dnr)
        text_para(f, it, heading="Sammanfattning")
        f.line("Arbetsutskottets beslut", bold=True, before=6, keep=1)
        if it.sentence:
            f.para(it.sentence, before=3)
            f.decision(it.sentence)
        for k, a in enumerate(it.acts):
            subject = "Arbetsutskottet"
            d = f"{subject} föreslår kommunstyrelsen besluta att {a}." if it.to else sentence(subject, a, rng)
            f.para(d, before=3 if k == 0 else 1)
            f.decision(d)
    f.in_items = False
    return Rendered(
        f,
        running_header(f"{org.upper()}    Kommunstyrelsens arbetsutskott    {day.isoformat()}", "paren", boxes=True),
        "protokoll",
        "Sammanträdesprotokoll",
        f"Kommunstyrelsens arbetsutskott {org}",
        day.isoformat(),
        org,
    )


def record_running(f: Flow, rows: list[Ln], texts: list[str], who: list) -> None:
    """Record each entry of a running text printed with ``beside`` on the row where it starts."""
    parts = [r.cells[0][1] if r.cells else r.text for r in rows]
    joined = " ".join(parts)
    starts, at = [], 0
    for p in parts:
        starts.append(at)
        at += len(p) + 1
    pos = 0
    for t, w in zip(texts, who, strict=True):
        pos = joined.index(t, pos)
        rec(f, rows[max(j for j, s in enumerate(starts) if s <= pos)], w)
        pos += len(t)


# --------------------------------------------------------------------------- 7 samverkansråd
@variant(
    "council",
    "r_table_header",
    "r_table_unruled",
    "r_table_ruled",
    "r_role_paren",
    "r_vakant",
    "r_absent",
    "r_val_av_justerare",
    "h_dot",
    "d_sentences",
    "date_long",
)
def house6_council_org_rows(rng: random.Random) -> Rendered:
    """A collaboration council of Region Örebro län and the municipalities: one row per member
    organisation "Organisation | Ledamot | Ersättare" (the region with three rows, the chair and
    vice chair marked "(ordf.)", "(vice ordf.)", a vacant substitute seat "Vakant"); who attended
    is marked either by an "X" in a narrow "Närv." column after each name or in a last column
    "Deltog" ("ledamot", "ersättare", "båda", "–") -- in some rows the substitute came instead
    of the member, in some both, in a few neither (a vacant seat's row: the member or nobody); "Övriga närvarande" the region's officials with titles;
    "Sekreterare"; "Val av justerare" as a point ("Till justerare utsågs …"); points "3." with
    the title beside; decisions as sentences "Rådet beslutade att …"."""
    fam = rng.choice(("vera", "helvetica", "times"))
    cast = Cast6(rng)
    council = rng.choice(list(C.COUNCILS))
    federations = C.COUNCILS[council][1]
    printed = C.COUNCILS[council][0] if rng.random() < 0.5 else council
    day = C.meeting_date(rng)
    orgs = [C.REGION, C.REGION, C.REGION, *C.MUNICIPALITIES] + ([C.RF_SISU, C.OLBF] if federations else [])
    rows: list[tuple[str, Pol, Pol | None]] = []
    for k, o in enumerate(orgs):
        role = "ordförande" if k == 0 else "vice ordförande" if o == "Örebro kommun" else "ledamot"
        m = Pol(cast.person(), role, o)
        s = Pol(cast.person(), "ersättare", o)
        rows.append((o, m, s))
    vacant = rng.sample(range(3, len(rows)), rng.randint(0, 2))
    rows = [(o, m, None if k in vacant else s) for k, (o, m, s) in enumerate(rows)]
    # attendance: member only, substitute instead, both, neither
    att: list[tuple[bool, bool]] = []
    for _o, m, s in rows:
        if m.role in ("ordförande", "vice ordförande"):
            att.append((True, s is not None and rng.random() < 0.2))
            continue
        r = rng.random()
        if s is None:
            att.append((r < 0.85, False))
        elif r < 0.55:
            att.append((True, False))
        elif r < 0.85:
            att.append((False, True))
        elif r < 0.93:
            att.append((True, True))
        else:
            att.append((False, False))
    for (_o, m, s), (pm, ps) in zip(rows, att, strict=True):
        if not pm and ps and s is not None:
            s.replaces = m
    staff = [
        Off(cast.person(), t, C.REGION, u)
        for t, u in rng.sample(
            (
                ("utvecklingsledare", ""),
                ("folkhälsostrateg", ""),
                ("regional samordnare", ""),
                ("enhetschef", ""),
                ("analytiker", ""),
            ),
            rng.randint(2, 3),
        )
    ]
    secretary = staff[-1] if rng.random() < 0.5 else Off(cast.person(), "processledare", C.REGION)
    listed = secretary in staff
    present = [m for (o, m, s), (pm, ps) in zip(rows, att, strict=True) if pm] + [
        s for (o, m, s), (pm, ps) in zip(rows, att, strict=True) if ps and s is not None
    ]
    just = rng.choice([p for p in present if p.role != "ordförande"])
    topics = council_topics6(rng, [a.name for a in staff] * 2)
    items = [
        T("Mötets öppnande", ("Ordföranden öppnade mötet.",), kind="open"),
        It6(0, "Val av justerare", kind="justerare"),
        T("Godkännande av dagordningen", (), kind="open", sentence="Dagordningen godkändes."),
        *topics,
        T("Övriga frågor", ("Inga övriga frågor anmäldes.",), kind="close"),
        T("Mötets avslutande", ("Ordföranden tackade för visat intresse och avslutade mötet.",), kind="close"),
    ]
    numbered(items, 1)
    marks = rng.random() < 0.5
    short = rng.random() < 0.5
    f = Flow(Style(fam, size=9.5, top=78, left=62, right=56))
    f.line(printed, bold=True, size=14)
    f.line(f"Protokoll från sammanträde {C.fmt_date(day, 'long')}", size=11, before=4)
    f.line(f"{rng.choice(C.COUNCIL_PLACES)}, {C.times(rng)}", before=2)
    suffix = {"ordförande": " (ordf.)", "vice ordförande": " (vice ordf.)"}
    if marks:
        xs = [0.0, 135.0, 290.0, 322.0, 445.0]
        header = ["Organisation", "Ledamot", "Närv.", "Ersättare", "Närv."]
    else:
        xs = [0.0, 135.0, 270.0, 395.0]
        header = ["Organisation", "Ledamot", "Ersättare", "Deltog"]
    table_rows = []
    for (o, m, s), (pm, ps) in zip(rows, att, strict=True):
        name_o = C.SHORT.get(o, o) if short else o
        mt = m.name + suffix.get(m.role, "")
        st = s.name if s is not None else "Vakant"
        who = ([m] if pm else []) + ([s] if ps and s is not None else [])
        if marks:
            cells = [name_o, mt, "X" if pm else "", st, "X" if ps else ""]
        else:
            came = {(True, False): "ledamot", (False, True): "ersättare", (True, True): "båda", (False, False): "–"}
            cells = [name_o, mt, st, came[(pm, ps)]]
        table_rows.append((cells, who))
    table6(f, header, table_rows, xs, ruled=rng.random() < 0.5, size=8.5, before=12)
    f.line("Övriga närvarande", bold=True, before=10, keep=1)
    for a in staff:
        rec(f, f.line(f"{a.name}, {a.title}, {C.REGION}", x=12), a)
    ln = f.line(
        "Sekreterare",
        bold=True,
        before=8,
        cells=((110, secretary.name + ("" if listed else f", {secretary.title}"), False),),
    )
    rec_sec(f, ln, secretary, listed)
    for it in items:
        ln = f.line(f"{it.number}.", bold=True, size=10.5, before=11, keep=1, cells=((24, it.title, True),))
        f.item(str(it.number), it.title, ln)
        if it.kind == "justerare":
            d = f"Till justerare utsågs {just.name}, {just.org}."
            rec_just(f, f.para(d, x=24, before=3)[0], just)
            f.decision(d)
            continue
        if it.text:
            f.para(" ".join(it.text), x=24, before=3)
        if it.sentence:
            f.para(it.sentence, x=24, before=3)
            f.decision(it.sentence)
        for a in it.acts:
            d = sentence("Rådet", a, rng, tense=1)
            f.para(d, x=24, before=2)
            f.decision(d)
    f.in_items = False
    f.line("Justeras", before=24, keep=3)
    f.line("." * 32, before=16, cells=((240, "." * 32, False),))
    f.row([(0, rows[0][1].name), (240, just.name)])
    f.row([(0, "Ordförande"), (240, "Justerare")], size=8.5)
    return Rendered(
        f,
        running_header(f"{printed} – protokoll {day.isoformat()}", "slash"),
        "protokoll",
        "Protokoll",
        council,
        day.isoformat(),
        C.REGION,
    )


# --------------------------------------------------------------------------- 8 two-column box, capitals
BOX_BODIES = (("Socialnämnden", "SN"), ("Vård- och omsorgsnämnden", "VON"), ("Barn- och utbildningsnämnden", "BUN"))


@variant(
    "board",
    "r_side_by_side",
    "r_role_heading",
    "r_party",
    "r_tjg_for",
    "r_ej_tjg",
    "h_ks_para",
    "d_namnden_beslutar",
    "m_letterhead_body",
    "date_short",
)
def house6_front_box_capitals(rng: random.Random) -> Rendered:
    """A nämnd whose front page is a framed two-column box: the left cell "LEDAMÖTER" and
    "TJÄNSTGÖRANDE ERSÄTTARE", the right cell "ERSÄTTARE (EJ TJÄNSTGÖRANDE)", "TJÄNSTEPERSONER"
    and "SEKRETERARE", every name in capitals ("ANNA EK (S), ordf", "EVA LUND (SD) för KARL
    NYMAN (SD)"), the officials "LISA HOLM, socialchef"; under the box "Justerare" with the
    justerare in capitals, "Sammanträdesdatum 250304", "Paragrafer SN §§ 41–47"; items "SN § 41"
    with the title on the next line, "Nämnden beslutar" / "<Nämnd> beslutar att …" decisions."""
    fam = rng.choice(("helvetica", "times"))
    cast = Cast6(rng)
    org = rng.choice(list(C.MUNICIPALITIES))
    organ, prefix = rng.choice(BOX_BODIES)
    day = C.meeting_date(rng)
    absent = rng.randint(1, 3)
    members, idle = muni_roster(
        rng,
        cast,
        org,
        seats=rng.choice((9, 11)),
        absent=absent,
        replaced=absent,
        subs=rng.randint(1, 3),
        two_vice=rng.random() < 0.5,
    )
    staff = muni_staff(
        rng,
        cast,
        org,
        ("socialchef", "förvaltningschef", "verksamhetschef", "controller", "enhetschef", "MAS"),
        rng.randint(2, 3),
    )
    secretary = Off(cast.person(), "nämndsekreterare", org)
    who = staff[0].name
    topic_organ = "Barn- och utbildningsnämnden" if organ.startswith("Barn") else "Vård- och omsorgsnämnden"
    items = rng.sample(namnd_topics(rng, topic_organ, day.year, who), rng.randint(4, 6))
    numbered(items, rng.randint(20, 150))
    for it in items:
        it.dnr = dnr(prefix, day.year, rng)
    just = rng.choice(voters(members))
    f = Flow(Style(fam, size=10, top=84, bottom=66))
    f.row([(0, org.upper()), (f.style.width - 170, "SAMMANTRÄDESPROTOKOLL")], bold=True, size=11)
    f.row([(0, organ), (f.style.width - 170, f"Sammanträdesdatum {C.fmt_date(day, 'short')}")], size=10, before=2)
    f.line(f"Plats och tid: {rng.choice(C.PLACES)}, kl. {rng.choice(('13.00–15.45', '08.30–12.00'))}", before=10)
    half = f.style.width / 2
    size = 8.5
    U = lambda s: s.upper()  # noqa: E731

    def ptext(s: Pol) -> str:
        out = f"{U(s.name)} ({s.party})"
        if s.role == "ordförande":
            out += ", ordf"
        elif s.role == "vice ordförande":
            out += ", vice ordf"
        return out

    left: list[tuple[str, bool, object]] = [("LEDAMÖTER", True, None)]
    left += [(ptext(s), False, s) for s in own(members) if s.present]
    left += [("", False, None), ("TJÄNSTGÖRANDE ERSÄTTARE", True, None)]
    left += [
        (f"{U(s.name)} ({s.party}) för {U(s.replaces.name)} ({s.replaces.party})", False, s) for s in serving(members)
    ]
    right: list[tuple[str, bool, object]] = [("ERSÄTTARE (EJ TJÄNSTGÖRANDE)", True, None)]
    right += [(f"{U(s.name)} ({s.party})", False, s) for s in idle]
    right += [("", False, None), ("TJÄNSTEPERSONER", True, None)]
    right += [(f"{U(a.name)}, {a.title}", False, a) for a in staff]
    right += [("", False, None), ("SEKRETERARE", True, None), (U(secretary.name), False, "SEC")]

    def rows_of(entries, width):
        out = []
        for text, bold, who in entries:
            for k, r in enumerate(
                wrap(text, width - 14, f.style.bold if bold else f.style.reg, size, 8) if text else [""]
            ):
                out.append((r, bold, who if k == 0 else None, 8.0 if k else 0.0))
        return out

    lc, rc = rows_of(left, half), rows_of(right, half)
    boxed: list[Ln] = []
    for k in range(max(len(lc), len(rc))):
        lft = lc[k] if k < len(lc) else ("", False, None, 0.0)
        r = rc[k] if k < len(rc) else ("", False, None, 0.0)
        ln = f.line(
            lft[0],
            x=6 + lft[3],
            bold=lft[1],
            size=size,
            before=14 if k == 0 else 0,
            cells=((half + 6 + r[3], r[0], r[1]),) if r[0] else (),
        )
        boxed.append(ln)
        for who in (lft[2], r[2]):
            if who == "SEC":
                rec_sec(f, ln, secretary, False)
            elif who is not None:
                rec(f, ln, who)
    rec_just(f, f.line("Justerare", bold=True, before=16, cells=((110, U(just.name), False),)), just)
    f.line(
        "Paragrafer", bold=True, before=4, cells=((110, f"{prefix} §§ {items[0].number}–{items[-1].number}", False),)
    )
    f.line("Underskrifter", bold=True, before=14, keep=4)
    f.line("." * 30, before=16, cells=((170, "." * 30, False), (340, "." * 24, False)))
    f.row([(0, members[0].name), (170, just.name), (340, secretary.name)], size=9)
    f.row([(0, "Ordförande"), (170, "Justerare"), (340, "Sekreterare")], size=8)
    lead = rng.choice(("Nämnden", organ))
    for n, it in enumerate(items):
        ln = f.line(
            f"{prefix} § {it.number}",
            bold=True,
            size=11,
            before=14,
            keep=2,
            new_page=n == 0,
            cells=((f.style.width - 105, f"Dnr {it.dnr}", False),),
        )
        f.item(str(it.number), it.title, ln, it.dnr)
        f.para(it.title, bold=True, size=11, before=1)
        if it.text:
            f.para(" ".join(it.text), before=4)
        if it.sentence:
            f.para(it.sentence, before=3)
            f.decision(it.sentence)
        if it.acts:
            if len(it.acts) > 1:
                f.line(f"{lead} beslutar", bold=True, before=6, keep=1)
                for k, a in enumerate(it.acts):
                    f.para(f"att {a}{'.' if k == len(it.acts) - 1 else ','}", x=14, hang=16, before=1)
                    f.decision(f"{lead} beslutar att {a}")
            else:
                d = (
                    f"{lead} föreslår kommunfullmäktige att {it.acts[0]}."
                    if it.to
                    else f"{lead} beslutar att {it.acts[0]}."
                )
                f.para(d, before=6)
                f.decision(d)

    def furniture(c, page, total, lines_, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawRightString(W - st.right, H - 40, page_label("paren", page, total))
        if page > 1:
            c.drawString(st.left, H - 40, f"{org.upper()}  {organ}  {C.fmt_date(day, 'short')}")
        on = [ln for ln in boxed if ln.page == page]
        if on:
            top = max(ln.y + ln.height for ln in on) + 4
            bottom = min(ln.y for ln in on) - 6
            c.setLineWidth(0.6)
            c.rect(st.left, bottom, st.width, top - bottom)
            c.line(st.left + half, bottom, st.left + half, top)
        c.setFont(st.reg, 7)
        c.drawString(st.left, 34, "Justerandes sign ............  ............")
        c.drawRightString(W - st.right, 34, "Utdragsbestyrkande ............")

    return Rendered(f, furniture, "protokoll", "Sammanträdesprotokoll", f"{organ} {org}", day.isoformat(), org)
