"""SEEN variants in the house styles of the less formal public documents: notes of officials'
groups and networks (a tjänstepersonsgrupp, a beredningsgrupp, the county's municipal chief
executives with the regional director, a ledningsgrupp, a länsnätverk), the board minutes of
municipal companies (aktiebolag) and of a kommunalförbund's direktion, and agreements between
Region Örebro län and the municipalities (överenskommelse, samverkansavtal).

What these documents do that protocols of councils and boards do not: "Närvarande:" in
running text with the organisation in brackets, "Förhinder:", bullet points under a point,
"Ansvarig:" lines and action lists ("Vad | Ansvarig | När", never decisions nor new
participants), "Nästa möte" with its date (not the meeting's), unnumbered bold headings and
points "1." or "1)"; a company's "Närvarande styrelseledamöter", "Närvarande suppleanter",
"Övriga närvarande", "Protokollförare", "§ 1 Mötets öppnande", "Val av justerare",
"Godkännande av dagordning", signed by "Ordförande", "Justerare" and "Protokollförare";
agreements with a "Parter" section ("nedan kallad Regionen"), "Avtalstid" or "Giltighet", and
signatures in two or three columns of name, title and organisation under place and date.

Gold conventions beyond parts.py's: a suppleant is "ersättare"; a company's board members and
officials (VD, ekonomichef) belong to the company; a kommunalförbund's direktion members to the
member municipality they represent, its officials (förbundsdirektör) to the förbund; a
company's or förbund's body is "<organ> <organisation>" ("Styrelsen Karlskogahem AB",
"Direktionen Nerikes Brandkår"), as a municipal board's is "Kommunstyrelsen Kumla kommun";
"Mötesanteckningar" are of the kind minnesanteckningar; a name in an action list or after
"Ansvarig:" is not a participant entry of its own; everyone in one undivided list of those
present ("Närvarande:", "Deltagare", the organisations' lines under "Närvarande") is a member
(ledamot), the region's officials and the associations' people among them, as in the dev set's
notes -- officials are "tjänsteperson" under a heading or label of their own ("Från Region
Örebro län", "Övriga närvarande", "Från bolaget:").

The people are invented here (``Names``): Swedish names common and rare, double given names,
hyphenated and double family names, Finnish, Finland-Swedish and Sámi names, and names common
among Swedes of Arabic, Persian, Somali, Bosnian and Polish background, some with a middle
initial.  Each variant is a function ``rng -> Rendered`` registered in ``HOUSE4B``.
"""

from __future__ import annotations

import datetime as dt
import random

from . import content as C
from . import parts as P
from .content import Topic
from .layouts import (
    Rendered,
    Variant,
    agreement_gold,
    no_flow_facts,
    org_number,
    registry,
    running_entries,
    side_by_side,
)
from .model import Agreement, Attendee, Item, Meeting, Seat, Signatory, council_agenda
from .people import PARTIES, Person
from .render import Flow, H, Style, W

HOUSE4B: list[Variant] = []
variant = registry(HOUSE4B)


# --------------------------------------------------------------------------- people
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    "swedish": (
        (
            "Anna-Maria",
            "Karin",
            "Eva",
            "Lena",
            "Helena",
            "Sofia",
            "Johanna",
            "Ebba",
            "Ingrid",
            "Birgitta",
            "Margareta",
            "Therese",
            "Camilla",
            "Pia",
            "Annika",
            "Marie-Louise",
            "Ulla-Britt",
            "Gunilla",
            "Susanne",
            "Anna Lena",
            "Eva Marie",
            "Tove",
            "Lars",
            "Anders",
            "Per-Erik",
            "Jan-Olof",
            "Mikael",
            "Magnus",
            "Fredrik",
            "Stefan",
            "Henrik",
            "Björn",
            "Göran",
            "Mats",
            "Kent",
            "Ulf",
            "Bengt",
            "Hampus",
            "Leif",
            "Karl Johan",
            "Per Olof",
            "Torbjörn",
            "Ragnar",
            "Sune",
        ),
        (
            "Berglund",
            "Lindqvist",
            "Holmberg",
            "Sandström",
            "Nordin",
            "Ekström",
            "Lundgren",
            "Hedlund",
            "Wallin",
            "Forsberg",
            "Sjöberg",
            "Engström",
            "Åberg",
            "Öhman",
            "Dahlgren",
            "Lindahl",
            "Östlund",
            "Fransson",
            "Granath",
            "Rydén",
            "Ståhl",
            "Tengvall",
            "Vesterlund",
            "Grip",
            "Hägg",
            "Modig",
            "Stenkvist",
            "Alm",
            "Kvist",
            "Norrby",
        ),
        0.55,
    ),
    "finnish": (
        ("Tuula", "Pirjo", "Sirpa", "Ritva", "Jukka", "Pekka", "Matti", "Timo", "Riitta", "Esa"),
        ("Virtanen", "Koskinen", "Heikkinen", "Mäkinen", "Korhonen", "Niemi", "Lehtonen", "Salonen"),
        0.07,
    ),
    "finland_swedish": (
        ("Benita", "Gunvor", "Rurik", "Ragnvald", "Solveig", "Fredrika"),
        ("Lindroos", "Sjöblom", "Söderholm", "Backman", "Nyman", "Wikström", "Öst"),
        0.04,
    ),
    "sami": (
        ("Máret", "Áilu", "Ánde", "Sunná", "Elle", "Nils-Ánte", "Inga"),
        ("Labba", "Kuhmunen", "Omma", "Sarri", "Kuoljok", "Päiviö", "Spiik", "Tuolja"),
        0.04,
    ),
    "arabic": (
        ("Ahmad", "Rania", "Yousef", "Layla", "Omar", "Samira", "Karim", "Nadia", "Rami", "Dalia"),
        ("Haddad", "Al-Khatib", "Hassan", "Mansour", "Khalil", "Abboud", "Saleh", "Al-Rawi"),
        0.08,
    ),
    "persian": (
        ("Shirin", "Dariush", "Nasrin", "Babak", "Parisa", "Kaveh", "Mitra", "Arash"),
        ("Karimi", "Rahimi", "Hosseini", "Tehrani", "Moradi", "Jafari", "Sadeghi"),
        0.06,
    ),
    "somali": (
        ("Hodan", "Abdirahman", "Fadumo", "Mohamed", "Ayaan", "Hamse", "Sahra", "Liban"),
        ("Warsame", "Farah", "Abdi", "Osman", "Jama", "Hirsi", "Yusuf"),
        0.05,
    ),
    "bosnian": (
        ("Amra", "Edin", "Selma", "Admir", "Lejla", "Mirza", "Emina", "Jasmin"),
        ("Hodzic", "Begic", "Mehmedovic", "Hasanovic", "Delic", "Kovacevic", "Alic"),
        0.06,
    ),
    "polish": (
        ("Katarzyna", "Tomasz", "Agnieszka", "Marek", "Joanna", "Piotr", "Ewa", "Krzysztof"),
        ("Nowak", "Zielinski", "Wójcik", "Kaminski", "Mazur", "Krawczyk", "Dudek"),
        0.05,
    ),
}
INITIALS = "ABCDEFGHIJKLMNOPRSTUVW"


class Names:
    """People for one document, like people.Cast but from the lists above: a name of one
    origin, now and then a double family name of two ("Berglund Karimi"), a hyphenated one
    ("Niemi-Åberg") or a middle initial ("Mats E. Alm"); no full or family name repeats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.families: set[str] = set()
        self.origins = list(ORIGINS)
        self.weights = [ORIGINS[o][2] for o in self.origins]

    def _family(self, origin: str) -> str:
        rng = self.rng
        family = rng.choice(ORIGINS[origin][1])
        roll = rng.random()
        if roll < 0.06:
            other = rng.choice(ORIGINS["swedish"][1])
            if other != family and origin != "swedish":
                return f"{family} {other}"
        elif roll < 0.10:
            other = rng.choice(ORIGINS["swedish"][1])
            if other != family and "-" not in family:
                return f"{family}-{other}"
        return family

    def person(self) -> Person:
        rng = self.rng
        while True:
            origin = rng.choices(self.origins, self.weights)[0]
            given = rng.choice(ORIGINS[origin][0])
            if " " not in given and rng.random() < 0.05:
                given = f"{given} {rng.choice(INITIALS)}."
            family = self._family(origin)
            p = Person(given, family)
            if p.name not in self.used and family not in self.families:
                self.used.add(p.name)
                self.families.add(family)
                return p

    def party(self) -> str:
        return self.rng.choice(PARTIES)


# --------------------------------------------------------------------------- organisations
MUNIS = list(C.MUNICIPALITIES)
# Municipal companies (housing and property): name, owner.
COMPANIES = (
    ("Karlskogahem AB", "Karlskoga kommun"),
    ("Örebrobostäder AB", "Örebro kommun"),
    ("Lindesbergsbostäder AB", "Lindesbergs kommun"),
    ("Länsgården Fastigheter AB", C.REGION),
)
# Kommunalförbund: name, organ, member municipalities.
FEDERATIONS = (
    (
        "Nerikes Brandkår",
        "Direktionen",
        ("Örebro kommun", "Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun", "Lekebergs kommun"),
    ),
    (
        "Sydnärkes utbildningsförbund",
        "Direktionen",
        ("Kumla kommun", "Hallsbergs kommun", "Askersunds kommun", "Laxå kommun"),
    ),
)
GROUP_PLACES = (
    "Teams",
    "Länsgården, rum Hjalmar, Örebro",
    "Kommunhuset i Hallsberg, sal Tyrsjön",
    "Digitalt",
    "Stadshuset Örebro, rum 3",
    "Kumla kommunhus, Viaskolan-rummet",
)
BOARD_PLACES = (
    "Bolagets kontor, sammanträdesrummet",
    "Huvudkontoret, Styrelserummet",
    "Digitalt via Teams",
)
FEDERATION_PLACES = (
    "Brandstationen, konferensrummet",
    "Kommunhuset, sal Linden",
    "Förbundets kansli",
    "Digitalt via Teams",
)
OFFICER_TITLES = ("utvecklingsledare", "samordnare", "utredare", "processledare", "strateg", "handläggare")
GROUP_MEMBER_TITLES = (
    "socialchef",
    "förvaltningschef",
    "verksamhetschef",
    "avdelningschef",
    "folkhälsostrateg",
    "utvecklingsstrateg",
    "näringslivschef",
    "enhetschef",
    "kvalitetsstrateg",
)


# --------------------------------------------------------------------------- what is talked about
GROUP_TOPICS = (
    Topic(
        "Aktuellt från kommunerna",
        (
            "Varje kommun gav en kort lägesbild.",
            "Flera kommuner ser ett ökat tryck på försörjningsstödet under hösten.",
        ),
    ),
    Topic(
        "Länsgemensam handlingsplan mot våld i nära relationer",
        (
            "{who} presenterade det reviderade utkastet till handlingsplan.",
            "Utkastet har stämts av med länets kvinnofridssamordnare.",
        ),
        ("ställa sig bakom utkastet och skicka det vidare till samverkansrådet",),
        "Gruppen ställde sig bakom utkastet.",
    ),
    Topic(
        "Fördelning av statsbidrag",
        (
            "{who} redogjorde för hur statsbidraget kan fördelas mellan kommunerna.",
            "Bidraget uppgår till {2,4 miljoner kronor|2400000} för länet och fördelas efter invånarantal.",
        ),
        ("fördela statsbidraget efter invånarantal",),
        None,
    ),
    Topic(
        "Kompetensförsörjning inom äldreomsorgen",
        (
            "Gruppen diskuterade den gemensamma rekryteringskampanjen.",
            "{who} efterfrågade uppgifter om hur många undersköterskor som går i pension de närmaste åren.",
        ),
        ("uppdra åt {who} att ta fram ett underlag till nästa möte",),
        None,
    ),
    Topic(
        "Gemensam ansökan till Allmänna arvsfonden",
        (
            "{who} informerade om möjligheten att söka medel för ett treårigt projekt för unga vuxna.",
            "Egeninsatsen beräknas till {150 000 kronor|150000} per år för hela länet.",
        ),
        ("gå vidare med en gemensam ansökan",),
        # (not "En gemensam ansökan ska lämnas in.": a "ska" sentence of the zoo's is a description)
        "Det beslutades att en gemensam ansökan ska lämnas in.",
    ),
    Topic(
        "Uppföljning av ungdomsenkäten",
        (
            "{who} visade de första resultaten från årets enkät i årskurs 9 och gymnasiets år 2.",
            "Andelen som uppger att de mår bra har minskat något sedan förra mätningen.",
        ),
    ),
    Topic(
        "Regional handlingsplan för suicidprevention",
        (
            "Handlingsplanen ska revideras under året.",
            "{who} har samlat synpunkter från kommunerna och återkommer med ett förslag.",
        ),
        ("godkänna tidplanen för revideringen",),
        "Tidplanen för revideringen godkändes.",
    ),
    Topic(
        "Budget för det gemensamma utvecklingsarbetet",
        (
            "{who} gick igenom förslaget till budget för nästa år.",
            "Förslaget omfattar {880 tkr|880000} varav hälften finansieras av regionen.",
        ),
        ("godkänna förslaget till budget",),
        "Förslaget till budget godkändes.",
    ),
    Topic(
        "Samordnad individuell plan (SIP)",
        (
            "Antalet upprättade SIP:ar har ökat i alla länsdelar.",
            "{who} lyfte att uppföljningen av planerna behöver bli bättre.",
        ),
    ),
)
GROUP_OPENING = (
    ("Inledning och dagordning", ("Ordföranden hälsade välkommen.",), "Dagordningen godkändes.", ()),
    (
        "Föregående mötesanteckningar",
        (),
        "Anteckningarna från föregående möte godkändes och lades till handlingarna.",
        (),
    ),
)
GROUP_CLOSING = (
    ("Övriga frågor", ("Inga övriga frågor.",), None, ()),
    ("Nästa möte", ("Nästa möte hålls den {next}.",), None, ()),
)
# A company's or förbund's items: (title, text, decision or None).
BOARD_OPENING = (
    ("Mötets öppnande", "Ordföranden hälsade de närvarande välkomna och förklarade mötet öppnat.", None),
    ("Val av justerare", "", "JUSTERARE"),
    ("Godkännande av dagordning", "", "Dagordningen godkändes."),
    (
        "Föregående protokoll",
        "Protokollet från föregående sammanträde gicks igenom.",
        "Protokollet lades till handlingarna.",
    ),
)
COMPANY_TOPICS = (
    Topic(
        "VD-rapport",
        (
            "{who} redogjorde för verksamheten sedan föregående sammanträde.",
            "Uthyrningsgraden är fortsatt hög och vakansgraden ligger under en procent.",
        ),
        ("lägga VD-rapporten till handlingarna",),
        "VD-rapporten lades till handlingarna.",
    ),
    Topic(
        "Ekonomisk rapport",
        (
            "{who} presenterade resultatet för perioden januari till augusti.",
            "Resultatet efter finansiella poster uppgår till {14,6 mnkr|14600000}, vilket är bättre än budget.",
        ),
        ("godkänna den ekonomiska rapporten",),
        "Den ekonomiska rapporten godkändes.",
    ),
    Topic(
        "Underhållsplan för nästa år",
        (
            "Förslaget till underhållsplan omfattar stambyten, takbyten och energiåtgärder.",
            "Den totala kostnaden beräknas till {38 miljoner kronor|38000000}.",
        ),
        ("fastställa underhållsplanen", "uppdra åt verkställande direktören att genomföra upphandlingarna"),
        None,
    ),
    Topic(
        "Investering i solcellsanläggning",
        (
            "{who} föredrog ärendet om solceller på tre fastigheter.",
            "Investeringen beräknas till {4,2 mnkr|4200000} med en återbetalningstid på tolv år.",
        ),
        ("genomföra investeringen i enlighet med förslaget",),
        None,
    ),
    Topic(
        "Hyresförhandling",
        (
            "Förhandlingarna med Hyresgästföreningen pågår.",
            "{who} informerade om bolagets bud och tidplanen för förhandlingarna.",
        ),
        ("ge verkställande direktören mandat att slutföra förhandlingarna inom ramen för styrelsens diskussion",),
        None,
    ),
    Topic(
        "Internkontrollplan",
        ("Förslaget till internkontrollplan bygger på bolagets riskanalys.",),
        ("anta internkontrollplanen",),
        "Internkontrollplanen antogs.",
    ),
    Topic(
        "Delårsrapport",
        (
            "{who} gick igenom delårsrapporten per den 31 augusti.",
            "Prognosen för helåret är ett överskott på {2,1 mnkr|2100000}.",
        ),
        ("godkänna delårsrapporten och överlämna den till ägaren",),
        None,
    ),
    Topic(
        "Arbetsmiljö och sjukfrånvaro",
        (
            "{who} redovisade sjukfrånvaron, som har minskat till 4,8 procent.",
            "Skyddsronderna för våren är genomförda.",
        ),
    ),
)
FEDERATION_TOPICS = (
    Topic(
        "Förbundsdirektörens rapport",
        (
            "{who} informerade om verksamheten sedan förra sammanträdet.",
            "Rekryteringen av deltidsbrandmän i de mindre orterna går fortsatt trögt.",
        ),
        ("lägga rapporten till handlingarna",),
        "Rapporten lades till handlingarna.",
    ),
    Topic(
        "Ekonomisk uppföljning",
        (
            "{who} redovisade utfallet till och med april.",
            "Förbundet prognostiserar ett överskott om {1,8 mnkr|1800000} för helåret.",
        ),
        ("godkänna den ekonomiska uppföljningen",),
        "Den ekonomiska uppföljningen godkändes.",
    ),
    Topic(
        "Budget och medlemsbidrag",
        (
            "Förslaget till budget innebär att medlemsbidragen räknas upp med 3,2 procent.",
            "Det totala medlemsbidraget uppgår till {212 miljoner kronor|212000000}.",
        ),
        (
            "fastställa budget för nästa år",
            "föreslå medlemskommunerna att godkänna medlemsbidragen enligt förslaget",
        ),
        None,
    ),
    Topic(
        "Taxor för nästa år",
        (
            "Förslaget innebär en höjning av taxorna med i genomsnitt 3,5 procent.",
            "Höjningen motiveras av ökade kostnader för personal och fordon.",
        ),
        ("föreslå medlemskommunerna att fastställa taxorna enligt förslaget",),
        None,
    ),
    Topic(
        "Internkontrollplan",
        ("Förslaget till internkontrollplan bygger på förbundets riskanalys.",),
        ("anta internkontrollplanen",),
        "Internkontrollplanen antogs.",
    ),
    Topic(
        "Arbetsmiljö och sjukfrånvaro",
        (
            "{who} redovisade sjukfrånvaron, som har minskat till 4,8 procent.",
            "Skyddsronderna för våren är genomförda.",
        ),
    ),
    Topic(
        "Delegationsbeslut",
        ("Förteckningen över delegationsbeslut fattade sedan förra sammanträdet redovisades.",),
        ("lägga redovisningen av delegationsbeslut till handlingarna",),
        None,
    ),
)
BOARD_CLOSING = (
    ("Övriga frågor", "Inga övriga frågor anmäldes.", None),
    ("Nästa sammanträde", "NEXT", None),
    ("Mötets avslutande", "Ordföranden tackade för visat intresse och avslutade mötet.", None),
)


# --------------------------------------------------------------------------- meetings
def group_meeting(
    rng: random.Random,
    names: Names,
    body: str,
    subject: str,
    *,
    members: int = 8,
    chair_org: str = C.REGION,
    chair_title: str = "avdelningschef",
    officials: int = 1,
    guests: int = 0,
    absent: int = 2,
    secretary_listed: bool = True,
    titles: tuple[str, ...] = GROUP_MEMBER_TITLES,
    topics: tuple[Topic, ...] = GROUP_TOPICS,
    vice: bool = False,
) -> Meeting:
    """An officials' group or network: a chair, members from some municipalities (one a
    municipality), the region's officials (the note-taker among them or not), guests, those
    who sent word (not participants); points opening, topics, closing (no justerare)."""
    pool = [o for o in MUNIS if o != chair_org]
    orgs = rng.sample(pool, min(members - 1, len(pool)))
    seats = [Seat(names.person(), "ordförande", chair_org)]
    if vice:
        seats.append(Seat(names.person(), "vice ordförande", orgs.pop(0)))
    seats += [Seat(names.person(), "ledamot", o) for o in orgs]
    att = {s.person: rng.choice(titles) for s in seats}
    att[seats[0].person] = chair_title
    staff = [Attendee(names.person(), "tjänsteperson", C.REGION, rng.choice(OFFICER_TITLES)) for _ in range(officials)]
    visitors = [
        Attendee(names.person(), "övrig", rng.choice((C.LANSSTYRELSEN, C.RF_SISU, C.OLBF)), rng.choice(P_GUEST))
        for _ in range(guests)
    ]
    away_orgs = [o for o in MUNIS if o not in orgs and o != chair_org]
    away = [Seat(names.person(), "ledamot", o) for o in rng.sample(away_orgs, min(absent, len(away_orgs)))]
    secretary = (
        staff[0] if secretary_listed and staff else Attendee(names.person(), "tjänsteperson", C.REGION, "administratör")
    )
    day = C.meeting_date(rng)
    items = council_agenda(
        rng,
        rng.sample(topics, rng.randint(3, 5)),
        [*seats[1:], *staff],
        justerare=False,
        opening=GROUP_OPENING,
        closing=GROUP_CLOSING,
    )
    return Meeting(
        family="minutes",
        kind="minnesanteckningar",
        body=body,
        organ=body,
        org=C.REGION,
        date=day,
        place=rng.choice(GROUP_PLACES),
        time=C.times(rng),
        subject=subject,
        genitive=subject + "s",
        seats=seats,
        absent=away,
        officials=staff,
        guests=visitors,
        secretary=secretary,
        secretary_listed=secretary_listed and bool(staff),
        justerare=seats[-1],
        items=items,
        adjusted=day,
        posted=(day, day),
        next_meeting=C.later(day, rng, 28, 70),
        extra={"titles": att},
    )


P_GUEST = ("länssamordnare", "utvecklingsledare", "handläggare", "konsulent", "projektledare")
COMPANY_STAFF = ("verkställande direktör", "ekonomichef", "fastighetschef", "förvaltningschef", "HR-chef")
FEDERATION_STAFF = ("förbundsdirektör", "ekonomichef", "räddningschef", "administrativ chef", "förbundsjurist")


def board_meeting4(
    rng: random.Random,
    names: Names,
    *,
    federation: bool = False,
    parties: bool = False,
    members: int | None = None,
    deputies: int | None = None,
    absent: int = 1,
    officials: int = 2,
    secretary_listed: bool = True,
    first: int = 1,
    topics: tuple[Topic, ...] = COMPANY_TOPICS,
    reviewer: bool = False,
) -> Meeting:
    """A board meeting of a municipal company (members of the company) or of a kommunalförbund's
    direktion (members of their municipality, one ledamot and one ersättare per member); its
    items start with öppnande, justerare, dagordning, föregående protokoll."""
    if federation:
        org, organ, member_orgs = rng.choice(FEDERATIONS)
        seat_orgs = list(member_orgs)
        staff_titles = FEDERATION_STAFF
        topics = FEDERATION_TOPICS
    else:
        org, owner = rng.choice(COMPANIES)
        organ = "Styrelsen"
        seat_orgs = [org] * (members or rng.randint(5, 7))
        staff_titles = COMPANY_STAFF
    party = names.party if parties else (lambda: None)
    seats = [Seat(names.person(), "ordförande", seat_orgs[0], party())]
    seats.append(Seat(names.person(), "vice ordförande", seat_orgs[1], party()))
    seats += [Seat(names.person(), "ledamot", o, party()) for o in seat_orgs[2:]]
    away = [seats.pop(rng.randrange(2, len(seats))) for _ in range(absent)]
    n_dep = deputies if deputies is not None else (len(seat_orgs) if federation else rng.randint(2, 3))
    dep_orgs = rng.sample(seat_orgs, n_dep) if federation else [org] * n_dep
    seats += [Seat(names.person(), "ersättare", o, party()) for o in dep_orgs]
    staff = [
        Attendee(names.person(), "tjänsteperson", org, t)
        for t in [staff_titles[0], *rng.sample(staff_titles[1:], officials - 1)]
    ]
    guests = []
    if reviewer:
        owner_org = rng.choice(seat_orgs) if federation else owner
        if owner_org in C.MUNICIPALITIES or owner_org == C.REGION:
            guests.append(
                Attendee(names.person(), "övrig", owner_org, "lekmannarevisor" if not federation else "revisor")
            )
    secretary = staff[-1] if secretary_listed else Attendee(names.person(), "tjänsteperson", org, "administratör")
    day = C.meeting_date(rng)
    voters = [s for s in seats if s.role != "ersättare"]
    justerare = rng.choice(voters[1:])
    out: list[Item] = []
    for title, text, dec in BOARD_OPENING:
        out.append(
            Item(
                first + len(out),
                title,
                (text,) if text else (),
                passive=dec,
                kind="justerare" if dec == "JUSTERARE" else "open",
            )
        )
    for t in rng.sample(topics, rng.randint(3, 5)):
        who = rng.choice(staff).name
        out.append(
            Item(
                first + len(out),
                t.title,
                tuple(s.replace("{who}", who) for s in t.text),
                tuple(a.replace("{who}", who) for a in t.acts),
                t.passive,
            )
        )
    for title, text, dec in BOARD_CLOSING:
        out.append(Item(first + len(out), title, (text,), passive=dec, kind="close"))
    return Meeting(
        family="board",
        kind="protokoll",
        body=f"{organ} {org}",
        organ=organ,
        org=org,
        date=day,
        place=rng.choice(FEDERATION_PLACES if federation else BOARD_PLACES),
        time=C.times(rng),
        subject=organ,
        genitive=organ + "s",
        seats=seats,
        absent=away,
        officials=staff,
        guests=guests,
        secretary=secretary,
        secretary_listed=secretary_listed,
        justerare=justerare,
        items=out,
        adjusted=C.later(day, rng),
        posted=(day, day),
        next_meeting=C.later(day, rng, 30, 75),
        extra={"federation": federation},
    )


def next_text(m: Meeting, form: str = "long") -> str:
    return C.fmt_date(m.next_meeting, form)


def board_text(m: Meeting, it: Item) -> str:
    """An item's text, "NEXT" as the next meeting's date."""
    t = " ".join(it.text)
    if t == "NEXT":
        return f"Nästa sammanträde hålls den {next_text(m)}."
    return t


def board_decisions(m: Meeting, it: Item, rng: random.Random, *, passive_share: float = 0.5) -> list[str]:
    """A company's or förbund's decisions: "Styrelsen beslutade att …" (or the passive
    sentence); the justerare's item "Till justerare valdes X." and the like."""
    if it.kind == "justerare":
        j = m.justerare
        return [
            rng.choice(
                (
                    f"Till justerare valdes {j.name}.",
                    f"{m.subject} utsåg {j.name} att jämte ordföranden justera protokollet.",
                    f"{j.name} valdes att jämte ordföranden justera dagens protokoll.",
                )
            )
        ]
    if it.passive and (not it.acts or rng.random() < passive_share):
        return [it.passive]
    if len(it.acts) > 1:
        return [f"{m.subject} beslutade att {a}." for a in it.acts]
    return [f"{m.subject} beslutade att {a}." for a in it.acts]


def minutes_decisions(m: Meeting, it: Item, rng: random.Random) -> list[str]:
    acts = [a.replace("{next}", next_text(m)) for a in it.acts]
    if it.passive and (not acts or rng.random() < 0.5):
        return [it.passive]
    return [f"{m.subject} beslutade att {a}." for a in acts]


def item_texts(m: Meeting, it: Item) -> list[str]:
    return [t.replace("{next}", next_text(m)) for t in it.text]


def member_title(m: Meeting, s: Seat) -> str:
    return m.extra["titles"][s.person]


def record_member(f: Flow, ln, m: Meeting, s: Seat, *, title: bool = True) -> None:
    f.person(ln, s.name, s.role, s.org, member_title(m, s) if title else None)


def actions_of(m: Meeting, rng: random.Random) -> list[tuple[str, str, str]]:
    """An action list: (what, who is responsible, when); the people are participants already."""
    people = [s.name for s in m.seats[1:]] + [a.name for a in m.officials]
    whats = (
        "Sammanställa kommunernas synpunkter",
        "Skicka ut underlaget till gruppen",
        "Boka lokal för nästa möte",
        "Kontakta Länsstyrelsen om utbildningsdagen",
        "Uppdatera sidan på samarbetsytan",
        "Ta fram förslag till indikatorer",
    )
    return [
        (w, rng.choice(people), rng.choice(("Nästa möte", "Löpande", C.fmt_date(C.later(m.date, rng, 10, 30), "iso"))))
        for w in rng.sample(whats, rng.randint(2, 4))
    ]


def runner(
    f: Flow, heading: str, entries: list, text, record, *, sep: str = ", ", last: str | None = " och ", end: str = "."
) -> None:
    running_entries(
        f, heading, [text(e) for e in entries], lambda k, ln: record(entries[k], ln), sep=sep, last=last, end=end
    )


def footer_page(label: str = "plain", text: str | None = None):
    """A page number centred at the foot, a small line of text above it."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawCentredString(W / 2, 34, P.page_label(label, page, total))
        if text:
            c.setFont(st.reg, 7)
            c.drawString(st.left, 48, text)

    return draw


def header_right(head: str, label: str = "sida"):
    """A small header on the right: the document's name over the page label, no rule."""

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawRightString(W - st.right, H - 36, head)
        c.drawRightString(W - st.right, H - 46, P.page_label(label, page, total))

    return draw


# --------------------------------------------------------------------------- 1 tjänstepersonsgrupp
@variant("minutes", "r_running_comma", "r_och", "r_absent", "h_dot", "d_sentences", "date_iso", "r_antecknare")
def tpg_running_narvarande(rng: random.Random) -> Rendered:
    """Mötesanteckningar of a tjänstepersonsgrupp: "Närvarande:" in running text with the
    organisation short in brackets ("Hodan Warsame (Kumla), … och Lars Alm (Region Örebro)"),
    the chair "(sammankallande)" first; "Förhinder:" likewise (not participants); "Antecknare:";
    points "1." with bullets ("• …") under some; decisions as "Gruppen beslutade att …" or
    passive sentences; an action list "Vad | Ansvarig | När" at the end (no decisions, no new
    participants); "Nästa möte" with a later date; date "Datum: 2025-03-04"."""
    names = Names(rng)
    body = rng.choice(("Tjänstepersonsgruppen för folkhälsa", "Tjänstepersonsgruppen för social välfärd"))
    m = group_meeting(
        rng, names, body, "Gruppen", members=rng.randint(6, 9), officials=rng.randint(1, 2), absent=rng.randint(1, 3)
    )
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10))
    f.line("Mötesanteckningar", bold=True, size=15)
    f.line(body, size=12, before=3)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}", before=10)
    f.line(f"Tid: {m.time.removeprefix('kl. ')}")
    f.line(f"Plats: {m.place}")
    chair = m.chair
    people: list = [*m.seats, *m.officials]

    def text(e) -> str:
        org = P.org_as(e.org, "short")
        return f"{e.name} ({org}{', sammankallande' if isinstance(e, Seat) and e.role == 'ordförande' else ''})"

    def rec(e, ln) -> None:
        # one list of those present: the region's officials in it are members of the group as
        # the others are (the dev set's convention for a "Närvarande" list)
        f.person(ln, e.name, e.role if isinstance(e, Seat) else "ledamot", e.org)

    assert people[0] is chair
    runner(f, "Närvarande:", people, text, rec)
    f.para("Förhinder: " + ", ".join(f"{s.name} ({P.org_as(s.org, 'short')})" for s in m.absent) + ".", before=4)
    sec = m.secretary
    f.person(f.para(f"Antecknare: {sec.name}", before=4)[0], sec.name, "sekreterare", sec.org)
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=11, before=12)
        texts = item_texts(m, it)
        if texts and len(texts) > 1 and rng.random() < 0.6:
            for t in texts:
                f.para(f"• {t}", x=10, hang=9, before=2)
        elif texts:
            f.para(" ".join(texts), before=3)
        for d in minutes_decisions(m, it, rng):
            f.para(d, before=3)
            f.decision(d)
    f.in_items = False
    f.line("Åtgärdslista", bold=True, before=16, keep=2)
    xs = [0.0, 230.0, 350.0]
    f.row(list(zip(xs, ["Vad", "Ansvarig", "När"], strict=True)), bold=True, before=4, keep=1)
    for what, who, when in actions_of(m, rng):
        f.row(list(zip(xs, [what, who, when], strict=True)))
    return Rendered(
        f, footer_page("plain", f"{body} – mötesanteckningar"), m.kind, "Mötesanteckningar", m.body, m.date.isoformat()
    )


# --------------------------------------------------------------------------- 2 beredningsgrupp
@variant("minutes", "h_unnumbered", "r_one_per_line", "r_absent", "r_antecknare", "d_beslut_colon", "date_long")
def beredningsgrupp_bullets(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a beredningsgrupp (preparing a council's meetings): "Deltagare" as
    bullets "• Name, title, Organisation" (the chair "…, ordförande"); "Förhinder" as bullets
    too; points as unnumbered bold headings; "Beslut:" sentences after the text; "Ansvarig:
    Name" lines (never participants of their own); signed "Vid pennan" and the name;
    "Minnesanteckningar från beredningsgruppens möte den 4 mars 2025"; Times."""
    names = Names(rng)
    body = rng.choice(
        (
            "Beredningsgruppen för social välfärd samt vård och omsorg",
            "Beredningsgruppen för folkhälsa",
        )
    )
    m = group_meeting(
        rng,
        names,
        body,
        "Beredningsgruppen",
        members=rng.randint(5, 7),
        officials=1,
        guests=rng.randint(0, 1),
        secretary_listed=rng.random() < 0.5,
    )
    f = Flow(Style("times", size=11, left=72, right=66))
    f.line(C.REGION, size=9)
    f.line(body, bold=True, size=14, before=10)
    f.para(f"Minnesanteckningar från beredningsgruppens möte den {C.fmt_date(m.date, 'long')}", size=11, before=3)
    f.line(f"{m.place}, {m.time}", size=10, before=2)
    P.heading_line(f, "Deltagare", before=12)
    for s in m.seats:
        suffix = ", ordförande" if s.role == "ordförande" else ""
        rows = f.para(f"• {s.name}, {member_title(m, s)}, {s.org}{suffix}", x=8, hang=9, before=1, together=True)
        record_member(f, rows[0], m, s)
    for a in [*m.officials, *m.guests]:
        rows = f.para(f"• {a.name}, {a.title}, {a.org}", x=8, hang=9, before=1, together=True)
        f.person(rows[0], a.name, "ledamot", a.org, a.title)  # one list: all in it are members
    P.heading_line(f, "Förhinder")
    for s in m.absent:
        f.para(f"• {s.name}, {s.org}", x=8, before=1)
    for k, it in enumerate(m.items):
        P.item_heading(f, m, it, "unnumbered", number=str(k + 1), size=11, before=12)
        texts = item_texts(m, it)
        if texts:
            f.para(" ".join(texts), before=3)
        for d in minutes_decisions(m, it, rng):
            f.para(f"Beslut: {d}", before=3)
            f.decision(d)
        if it.kind == "topic" and rng.random() < 0.5:
            f.para(f"Ansvarig: {rng.choice([s.name for s in m.seats[1:]])}", before=2)
    f.in_items = False
    f.line("Vid pennan", before=22, keep=1)
    sec = m.secretary
    f.person(f.line(sec.name, before=2), sec.name, "sekreterare", sec.org, sec.title if m.secretary_listed else None)
    return Rendered(
        f, P.furniture_running(body, "sida_paren", rule=False), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


# --------------------------------------------------------------------------- 3 KC/RD
@variant("minutes", "r_table_header", "r_table_unruled", "h_paren", "d_sentences", "date_weekday", "r_absent")
def kcrd_municipality_table(rng: random.Random) -> Rendered:
    """Minnesanteckningar of the county's municipal chief executives and the regional director
    (KC/RD): those present in a table "Organisation | Namn | Funktion", one row per
    municipality and the region; a municipality whose chief sent word shows "Förhinder" and
    the stand-in, if any, as "Name (ersätter)" (a participant, as ersättare); points "1)" with
    the title beside; decisions as sentences; "Onsdagen den 4 mars 2025"; Helvetica."""
    names = Names(rng)
    body = "Regionala chefsamverkansgruppen (KC/RD)"
    m = group_meeting(
        rng,
        names,
        body,
        "KC/RD",
        members=13,
        chair_title="regiondirektör",
        officials=rng.randint(1, 2),
        absent=0,
        secretary_listed=True,
        titles=("kommundirektör", "kommunchef"),
    )
    titles = m.extra["titles"]
    f = Flow(Style("helvetica", size=9.5, top=76))
    f.line("KC/RD", bold=True, size=16)
    f.line("Minnesanteckningar", size=12, before=2)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=8)
    f.line(m.place)
    xs = [0.0, 150.0, 300.0]
    f.row(list(zip(xs, ["Organisation", "Namn", "Funktion"], strict=True)), bold=True, before=10, keep=1)
    by_org = {s.org: s for s in m.seats}
    stand_in = set(rng.sample([o for o in MUNIS if o in by_org], 2))
    for org in [C.REGION, *[o for o in MUNIS if o in by_org]]:
        s = by_org[org]
        if org in stand_in and rng.random() < 0.5:
            sub = Seat(names.person(), "ersättare", org)
            ln = f.row(
                list(zip(xs, [P.org_as(org, "short"), f"{sub.name} (ersätter)", "Förhinder: " + s.name], strict=True))
            )
            f.person(ln, sub.name, "ersättare", org)
            continue
        ln = f.row(
            list(
                zip(
                    xs,
                    [
                        P.org_as(org, "short"),
                        s.name,
                        titles[s.person] + (", ordförande" if s.role == "ordförande" else ""),
                    ],
                    strict=True,
                )
            )
        )
        record_member(f, ln, m, s)
    P.heading_line(f, "Från Region Örebro län")
    for a in m.officials:
        P.record(f, f.line(f"{a.name}, {a.title} (antecknare)" if a is m.secretary else f"{a.name}, {a.title}"), a)
    P.record_secretary(f, f.lines[-len(m.officials)], m)
    for it in m.items:
        P.item_heading(f, m, it, "paren", indent=24, size=10.5, before=12)
        texts = item_texts(m, it)
        if texts:
            f.para(" ".join(texts), x=24, before=3)
        for d in minutes_decisions(m, it, rng):
            f.para(d, x=24, before=3)
            f.decision(d)
    return Rendered(
        f, header_right(f"KC/RD {C.fmt_date(m.date, 'iso')}"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat()
    )


# --------------------------------------------------------------------------- 4 ledningsgrupp
LEADER_TITLES = (
    "enhetschef kultur",
    "enhetschef folkhälsa",
    "enhetschef tillväxt",
    "ekonomichef",
    "HR-strateg",
    "kommunikationschef",
    "enhetschef kollektivtrafik",
    "planeringsstrateg",
)


def in_region(rng: random.Random, m: Meeting, chair_title: str) -> Meeting:
    """The group's members all of the region, with leaders' titles (a ledningsgrupp)."""
    seats = [Seat(s.person, s.role, C.REGION) for s in m.seats]
    titles = dict(zip([s.person for s in seats], rng.sample(LEADER_TITLES, len(seats)), strict=False))
    titles[seats[0].person] = chair_title
    m.seats = seats
    m.absent = [Seat(s.person, s.role, C.REGION) for s in m.absent]
    m.extra["titles"] = titles
    return m


@variant(
    "minutes", "r_running_comma", "r_role_paren", "h_dot", "d_beslut_colon", "date_iso", "r_absent", "m_other_dates"
)
def ledningsgrupp_header_table(rng: random.Random) -> Rendered:
    """Mötesanteckningar of a ledningsgrupp of the region: a ruled header table "Mötesanteckningar
    | Datum | Nästa möte" (the next meeting's date beside the meeting's); "Närvarande:" in
    running text as "Name (title)" with the chair "(ordf.)" and "Frånvarande:" the same way;
    "Anteckningar: Name"; points "1." with "Beslut:" on a line of its own and an "Ansvarig:"
    after some; an unnumbered "Uppföljning av åtgärder" list at the end (not an item)."""
    names = Names(rng)
    body = "Ledningsgruppen för Regional utveckling"
    m = group_meeting(
        rng,
        names,
        body,
        "Ledningsgruppen",
        members=rng.randint(6, 8),
        officials=0,
        absent=rng.randint(1, 2),
        secretary_listed=False,
    )
    m = in_region(rng, m, rng.choice(("regionråd", "områdesdirektör", "förvaltningschef")))
    m.secretary = Attendee(names.person(), "tjänsteperson", C.REGION, "ledningsgruppssekreterare")
    f = Flow(Style("vera", size=9.5, top=74))
    w = f.style.width
    xs = [0.0, w * 0.5, w * 0.75]
    rule = (-4.0, w, tuple(x - 4 for x in xs[1:]))
    f.row(list(zip(xs, ["Mötesanteckningar", "Datum", "Nästa möte"], strict=True)), bold=True, size=9, rule=rule)
    f.row(
        list(zip(xs, [body, C.fmt_date(m.date, "iso"), C.fmt_date(m.next_meeting, "iso")], strict=True)),
        size=9,
        rule=rule,
    )
    f.line(f"Plats: {m.place}", before=10)
    titles = m.extra["titles"]
    runner(
        f,
        "Närvarande:",
        m.seats,
        lambda s: f"{s.name} ({titles[s.person]}{', ordf.' if s.role == 'ordförande' else ''})",
        lambda s, ln: record_member(f, ln, m, s),
        last=None,
    )
    f.para("Frånvarande: " + ", ".join(f"{s.name}" for s in m.absent) + ".", before=3)
    sec = m.secretary
    f.person(f.para(f"Anteckningar: {sec.name}", before=3)[0], sec.name, "sekreterare", sec.org, None)
    for it in m.items:
        P.item_heading(f, m, it, "dot", size=10.5, before=11)
        texts = item_texts(m, it)
        if texts:
            f.para(" ".join(texts), before=3)
        ds = minutes_decisions(m, it, rng)
        if ds:
            f.line("Beslut:", bold=True, before=4, keep=1)
            for d in ds:
                f.para(d, before=1)
                f.decision(d)
        if it.kind == "topic" and rng.random() < 0.5:
            f.para(f"Ansvarig: {rng.choice(m.seats).name}", before=2)
    f.in_items = False
    f.line("Uppföljning av åtgärder", bold=True, before=14, keep=2)
    for what, who, when in actions_of(m, rng):
        f.para(f"– {what} ({who}, {when.lower() if not when[0].isdigit() else when})", x=6, hang=8, before=1)
    return Rendered(f, footer_page("sida"), m.kind, "Mötesanteckningar", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- boards of companies
def record_seat(f: Flow, ln, s: Seat) -> None:
    f.person(ln, s.name, s.role, s.org)


def board_items(
    f: Flow,
    m: Meeting,
    rng: random.Random,
    form: str,
    *,
    heading: str | None = None,
    indent: float = 0.0,
    size: float = 10.5,
    passive_share: float = 0.5,
) -> None:
    """Every item of a company's or förbund's minutes: heading, text, decisions (a "Beslut"
    heading over them, or the sentences after the text); the justerare recorded where named."""
    for it in m.items:
        P.item_heading(f, m, it, form, indent=indent, size=size, before=10)
        x = indent
        text = board_text(m, it)
        if text:
            f.para(text, x=x, before=3)
        ds = board_decisions(m, it, rng, passive_share=passive_share)
        if ds and heading:
            f.line(heading, x=x, bold=True, before=5, keep=1)
        for d in ds:
            f.para(d, x=x, before=2 if heading else 3)
            f.decision(d)
        if it.kind == "justerare":
            P.record_justerare(f, f.lines[-1], m)


def company_signatures(f: Flow, m: Meeting, labels: tuple[str, ...], *, columns: int) -> None:
    """Signature lines side by side: a dotted line, the name, the label below."""
    people = {
        "Ordförande": m.chair,
        "Justerare": m.justerare,
        "Protokollförare": m.secretary,
        "Sekreterare": m.secretary,
    }
    width = f.style.width / columns
    for start in range(0, len(labels), columns):
        group = labels[start : start + columns]
        f.row([(k * width, "." * 32) for k in range(len(group))], before=26, keep=2)
        names = f.row([(k * width, people[lab].name) for k, lab in enumerate(group)], keep=1)
        f.row([(k * width, lab) for k, lab in enumerate(group)], size=8.5)
        for lab in group:
            if lab in ("Protokollförare", "Sekreterare"):
                P.record_secretary(f, names, m)
            elif lab == "Justerare":
                P.record_justerare(f, names, m)


@variant(
    "board",
    "r_one_per_line",
    "r_role_after",
    "r_ovriga_narvarande",
    "h_para",
    "d_sentences",
    "date_iso",
    "r_absent",
    "r_sig_box",
)
def company_board_standard(rng: random.Random) -> Rendered:
    """A municipal company's board minutes: "Protokoll fört vid styrelsesammanträde i
    Karlskogahem AB (org.nr 556…)", "Datum: 2025-03-04", "Närvarande styrelseledamöter" one a
    line ("Name, ordförande"), "Närvarande suppleanter", "Anmält förhinder" (not
    participants), "Övriga närvarande" with titles (the company's officials, a lekmannarevisor
    of the owner as övrig), "Protokollförare"; items "§ 1 Mötets öppnande", "§ 2 Val av
    justerare" ("Till justerare valdes …"), "§ 3 Godkännande av dagordning"; decisions as
    sentences; signed by Ordförande, Justerare and Protokollförare in columns."""
    names = Names(rng)
    m = board_meeting4(
        rng, names, reviewer=rng.random() < 0.6, officials=rng.randint(2, 3), secretary_listed=rng.random() < 0.6
    )
    f = Flow(Style(rng.choice(("vera", "times")), size=10.5, left=76, right=70))
    orgnr = f"556{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    f.para(f"Protokoll fört vid styrelsesammanträde i {m.org} (org.nr {orgnr})", bold=True, size=13)
    f.line(f"Datum: {C.fmt_date(m.date, 'iso')}", before=10)
    f.line(f"Tid: {m.time}")
    f.line(f"Plats: {m.place}")
    P.heading_line(f, "Närvarande styrelseledamöter", before=10)
    for s in [s for s in m.seats if s.role != "ersättare"]:
        suffix = {"ordförande": ", ordförande", "vice ordförande": ", vice ordförande"}.get(s.role, "")
        record_seat(f, f.line(f"{s.name}{suffix}", x=14), s)
    P.heading_line(f, "Närvarande suppleanter")
    for s in m.role("ersättare"):
        record_seat(f, f.line(s.name, x=14), s)
    if m.absent:
        P.heading_line(f, "Anmält förhinder")
        for s in m.absent:
            f.line(s.name, x=14)
    P.heading_line(f, "Övriga närvarande")
    for a in [*m.officials, *m.guests]:
        label = f"{a.name}, {a.title}" + (f", {a.org}" if a.role == "övrig" else "")
        P.record(f, f.line(label, x=14), a)
    if m.secretary_listed:
        f.line("Protokollförare", bold=True, before=8, cells=((160, m.secretary.name, False),))
    else:
        P.heading_line(f, "Protokollförare")
        f.line(f"{m.secretary.name}, {m.secretary.title}", x=14)
    P.record_secretary(f, f.lines[-1], m)
    board_items(f, m, rng, "para", size=11)
    f.in_items = False
    company_signatures(f, m, ("Ordförande", "Justerare", "Protokollförare"), columns=3)
    return Rendered(
        f, P.furniture_running(m.org, "sida", rule=False), m.kind, "Protokoll", m.body, m.date.isoformat(), m.org
    )


@variant(
    "board", "r_side_by_side", "r_role_paren", "h_dot", "d_beslut", "date_long", "r_ovriga_narvarande", "r_sig_box"
)
def company_board_columns(rng: random.Random) -> Rendered:
    """Styrelseprotokoll of a company in a Word template: "STYRELSEPROTOKOLL" and "Nr 4/2025"
    at the right, "Sammanträdesdatum: 4 mars 2025"; "Ledamöter" and "Suppleanter" side by side
    (chair "(ordf)", vice chair "(v ordf)"); "Från bolaget:" the officials with titles in
    running text; "Sekreterare"; items "1." with the title beside; decisions under "Beslut";
    "Vid protokollet" and "Justeras" signatures in two columns."""
    names = Names(rng)
    m = board_meeting4(rng, names, officials=rng.randint(2, 3), absent=rng.randint(0, 1))
    f = Flow(Style("helvetica", size=9.5, top=80))
    f.row([(0, m.org), (f.style.width - 130, "STYRELSEPROTOKOLL")], bold=True, size=11)
    f.row([(f.style.width - 130, f"Nr {rng.randint(2, 9)}/{m.date.year}")], size=9)
    f.line(f"Sammanträdesdatum: {C.fmt_date(m.date, 'long')}", before=12)
    f.line(f"Plats och tid: {m.place}, {m.time}")
    suffix = {"ordförande": " (ordf)", "vice ordförande": " (v ordf)"}
    left = [(s.name + suffix.get(s.role, ""), s) for s in m.seats if s.role != "ersättare"]
    right = [(s.name, s) for s in m.role("ersättare")]
    side_by_side(f, [left, right], [0.0, 220.0], header=["Ledamöter", "Suppleanter"], before=12)
    if m.absent:
        f.para("Förhinder: " + ", ".join(s.name for s in m.absent), before=6)
    P.roster_running(
        f, "Från bolaget:", m.officials, lambda a: f"{a.name} ({a.title})", sep=", ", last=" och ", before=6
    )
    P.record_secretary(f, f.line("Sekreterare:", before=6, cells=((90, m.secretary.name, False),)), m)
    board_items(f, m, rng, "dot", heading="Beslut", indent=26, size=10.5, passive_share=0.4)
    f.in_items = False
    f.line("Vid protokollet", before=24, keep=1)
    company_signatures(f, m, ("Sekreterare",), columns=2)
    f.line("Justeras", before=14, keep=1)
    company_signatures(f, m, ("Ordförande", "Justerare"), columns=2)
    return Rendered(f, footer_page("paren"), m.kind, "Styrelseprotokoll", m.body, m.date.isoformat(), m.org)


@variant(
    "board",
    "r_party",
    "r_role_before",
    "r_ovriga_narvarande",
    "h_para_tight",
    "d_att_clauses",
    "date_weekday",
    "r_utses_justera",
    "running_header",
)
def federation_direktion(rng: random.Random) -> Rendered:
    """A kommunalförbund's direktion: "Sammanträdesprotokoll", "Direktionen", "Tisdagen den 4
    mars 2025"; "Beslutande" in a label column ("Ordförande  Name (S), Kumla kommun", then
    "Ledamöter"), "Ersättare" (each with party and municipality), "Övriga deltagande" (the
    förbund's officials with titles), "Utses att justera"; items "§12" numbered through the
    year; decisions "Direktionen beslutar" with att-clauses (or a sentence); the förbund's name
    in a running header with "Sida 2 av 4"."""
    names = Names(rng)
    m = board_meeting4(
        rng,
        names,
        federation=True,
        parties=True,
        officials=rng.randint(2, 3),
        first=rng.randint(8, 60),
        absent=rng.randint(0, 1),
    )
    f = Flow(Style("vera", size=10, top=84))
    f.line(m.org.upper(), bold=True, size=12)
    f.line("Sammanträdesprotokoll", size=12, before=2)
    f.line(m.organ, bold=True, size=11, before=8)
    f.line(f"{C.fmt_date(m.date, 'weekday').capitalize()}, {m.time}", before=2)
    f.line(m.place)
    col = 130.0

    def seat(s: Seat) -> str:
        return f"{s.name} ({s.party}), {s.org}"

    chair, vice = m.chair, m.role("vice ordförande")[0]
    record_seat(f, f.line("Ordförande", bold=True, before=10, cells=((col, seat(chair), False),)), chair)
    record_seat(f, f.line("Vice ordförande", bold=True, cells=((col, seat(vice), False),)), vice)
    P.label_block(f, "Ledamöter", m.role("ledamot"), seat, col=col, before=4)
    P.label_block(f, "Ersättare", m.role("ersättare"), seat, col=col, before=6)
    P.label_block(f, "Övriga deltagande", m.officials, lambda a: f"{a.name}, {a.title}", col=col, before=6)
    P.record_secretary(f, f.line("Sekreterare", bold=True, before=6, cells=((col, m.secretary.name, False),)), m)
    P.record_justerare(f, f.line("Utses att justera", bold=True, before=6, cells=((col, m.justerare.name, False),)), m)
    for it in m.items:
        P.item_heading(f, m, it, "tight", size=11, before=12)
        text = board_text(m, it)
        if text:
            f.para(text, before=3)
        if it.kind == "justerare":
            d = f"Direktionen beslutar att utse {m.justerare.name} att jämte ordföranden justera protokollet."
            f.para(d, before=3)
            f.decision(d)
            continue
        acts = list(it.acts)
        if len(acts) > 1 or (acts and rng.random() < 0.5):
            f.line("Direktionen beslutar", bold=True, before=5, keep=1)
            for k, a in enumerate(acts):
                f.para(f"att {a}{'.' if k == len(acts) - 1 else ','}", x=12, hang=14, before=1)
                f.decision(f"Direktionen beslutar att {a}")
        elif it.passive:
            f.para(it.passive, before=3)
            f.decision(it.passive)
        elif acts:
            d = f"Direktionen beslutar att {acts[0]}."
            f.para(d, before=3)
            f.decision(d)
    f.in_items = False
    company_signatures(f, m, ("Ordförande", "Justerare", "Sekreterare"), columns=3)
    return Rendered(
        f,
        P.furniture_running(f"{m.org} – {m.organ} {C.fmt_date(m.date, 'iso')}", "sida"),
        m.kind,
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


# --------------------------------------------------------------------------- 8 länsnätverk
@variant("minutes", "r_org_short", "r_role_heading", "h_bare", "d_sentences", "date_dotted", "r_inbjudna", "r_absent")
def network_by_org(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a länsnätverk: present grouped one organisation a line ("Kumla:
    Name, Name"), "Sammankallande: Name, Region Örebro län" on a line of its own, "Inbjudna:"
    guests with their organisation, "Förhinder:" (not participants); points numbered "1" in a
    left column with the title beside, bullets under some; decisions as sentences; "Nästa
    möte" with its date; the date "4.3.2025"; "Antecknat av" at the end."""
    names = Names(rng)
    body = rng.choice(
        ("Länsnätverket för folkhälsosamordnare", "Länsnätverket för anhörigstöd", "Länsnätverket för suicidprevention")
    )
    m = group_meeting(
        rng,
        names,
        body,
        "Nätverket",
        members=rng.randint(7, 10),
        officials=1,
        guests=rng.randint(1, 2),
        absent=rng.randint(1, 2),
        chair_title="utvecklingsledare",
    )
    # a second person from some municipalities
    extra = [Seat(names.person(), "ledamot", s.org) for s in rng.sample(m.seats[1:], 2)]
    m.seats = [*m.seats, *extra]
    for s in extra:
        m.extra["titles"][s.person] = rng.choice(GROUP_MEMBER_TITLES)
    f = Flow(Style(rng.choice(("vera", "helvetica")), size=10, top=72))
    f.line(body, bold=True, size=14)
    f.line(f"Minnesanteckningar {C.fmt_date(m.date, 'dotted')}", size=11, before=3)
    f.line(f"{m.place}, {m.time}", before=2)
    chair = m.chair
    record_seat(f, f.line(f"Sammankallande: {chair.name}, {chair.org}", before=10), chair)
    P.heading_line(f, "Närvarande", before=6)
    by_org: dict[str, list[Seat]] = {}
    for s in m.seats[1:]:
        by_org.setdefault(s.org, []).append(s)
    for org in [o for o in MUNIS if o in by_org]:
        seats = by_org[org]
        texts = [s.name for s in seats]
        running_entries(
            f,
            f"{P.org_as(org, 'short')}:",
            texts,
            lambda k, ln, seats=seats: record_seat(f, ln, seats[k]),
            sep=", ",
            before=1,
        )
    for a in m.officials:
        # a line of the "Närvarande" list like the municipalities' lines: the region's people are
        # members of the network there (the dev set's convention)
        f.person(f.para(f"Region Örebro län: {a.name}, {a.title}", before=1)[0], a.name, "ledamot", a.org, a.title)
    P.roster_running(f, "Inbjudna:", m.guests, lambda a: f"{a.name}, {a.title}, {a.org}", sep="; ", before=6)
    f.para("Förhinder: " + ", ".join(f"{s.name} ({P.org_as(s.org, 'short')})" for s in m.absent), before=4)
    for it in m.items:
        P.item_heading(f, m, it, "bare", indent=22, size=10.5, before=11)
        texts = item_texts(m, it)
        if len(texts) > 1 and rng.random() < 0.5:
            for t in texts:
                f.para(f"- {t}", x=30, hang=8, before=1)
        elif texts:
            f.para(" ".join(texts), x=22, before=3)
        for d in minutes_decisions(m, it, rng):
            f.para(d, x=22, before=3)
            f.decision(d)
    f.in_items = False
    f.line("Antecknat av", before=20, keep=1)
    sec = m.secretary
    f.person(f.line(f"{sec.name}, {sec.title}"), sec.name, "sekreterare", sec.org, sec.title)
    return Rendered(f, footer_page("sida"), m.kind, "Minnesanteckningar", m.body, m.date.isoformat())


# --------------------------------------------------------------------------- agreements
AGREEMENT_TITLES = (
    ("Samverkansavtal om hjälpmedelsverksamhet i Örebro län", "hjälpmedelsverksamheten"),
    ("Samverkansavtal om gemensam ungdomsmottagning", "ungdomsmottagningen"),
    (
        "Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning",
        "stödet till personer med psykisk funktionsnedsättning",
    ),
    ("Överenskommelse om hälsofrämjande skolor i Örebro län", "det hälsofrämjande arbetet i skolan"),
    ("Avtal om samordnad färdtjänst i Örebro län", "färdtjänsten"),
)
SIGNERS = {
    "kommun": ("kommunstyrelsens ordförande", "kommundirektör"),
    "region": ("regionstyrelsens ordförande", "regiondirektör"),
}


def agreement4(
    rng: random.Random,
    names: Names,
    *,
    parties: int | None = None,
    open_ended: bool = False,
    two_signers: bool = False,
    dated: bool = False,
    capital_titles: bool = False,
) -> tuple[Agreement, str, str]:
    """An agreement between Region Örebro län and some or all of the county's municipalities;
    with its kind word ("Samverkansavtal", "Överenskommelse", "Avtal") and its subject."""
    title, about = rng.choice(AGREEMENT_TITLES)
    word = title.split(" ", 1)[0]
    start = dt.date(rng.choice((2024, 2025, 2026)), rng.choice((1, 4, 7)), 1)
    end = None if open_ended else dt.date(start.year + rng.randint(2, 4), start.month, 1) - dt.timedelta(days=1)
    munis = MUNIS if parties is None else sorted(rng.sample(MUNIS, parties - 1), key=MUNIS.index)
    orgs = [C.REGION, *munis]
    signed = start - dt.timedelta(days=rng.randint(15, 70))
    sigs = []
    for org in orgs:
        kind = "region" if org == C.REGION else "kommun"
        for t in SIGNERS[kind][: 2 if two_signers else 1]:
            place = "Örebro" if org == C.REGION else C.SHORT[org]
            title_text = t[0].upper() + t[1:] if capital_titles else t
            sigs.append(
                Signatory(names.person(), title_text, org, place, signed + dt.timedelta(days=rng.randint(0, 20)))
            )
    money = rng.choice(("{3,5 miljoner kronor|3500000}", "{900 000 kronor|900000}", "{1 750 tkr|1750000}"))
    sections = [
        (
            "Bakgrund",
            (
                f"Parterna har ett gemensamt ansvar för {about}.",
                "Avtalet ersätter tidigare överenskommelser på området.",
            ),
        ),
        ("Syfte", ("Syftet är att tydliggöra ansvarsfördelningen mellan parterna och skapa en långsiktig samverkan.",)),
        (
            "Ansvar och åtaganden",
            (
                "Region Örebro län ansvarar för samordning och uppföljning.",
                "Kommunerna ansvarar för att insatserna genomförs i den egna verksamheten.",
            ),
        ),
        (
            "Ekonomi",
            (
                f"Den gemensamma kostnaden beräknas till {money} per år.",
                "Kostnaden fördelas mellan kommunerna efter antal invånare den 1 november året före avtalsåret.",
            ),
        ),
        ("Tvist", ("Tvist om tolkning av avtalet ska i första hand lösas genom förhandling mellan parterna.",)),
    ]
    day = signed - dt.timedelta(days=rng.randint(5, 20)) if dated else None
    dnr = f"{day.year % 100}RS{rng.randint(1000, 9999)}" if day else None
    return Agreement(title, orgs, start, end, sections, sigs, day, dnr), word, about


def validity(a: Agreement, word: str, form: str) -> str:
    noun = {"Samverkansavtal": "Avtalet", "Avtal": "Avtalet"}.get(word, "Överenskommelsen")
    start = C.fmt_date(a.valid_from, "long")
    if a.valid_to is None:
        return (
            f"{noun} gäller från och med den {start} och tills vidare med en ömsesidig uppsägningstid om tolv månader."
        )
    if form == "iso":
        return f"{noun} gäller från {a.valid_from.isoformat()} till och med {a.valid_to.isoformat()}."
    end = C.fmt_date(a.valid_to, "long")
    it = "det" if noun == "Avtalet" else "den"
    return f"{noun} gäller från och med den {start} till och med den {end}. Därefter förlängs {it} inte automatiskt."


@variant("agreement", "a_parties_list", "a_sig_3col", "a_sig_title_org", "date_iso")
def samverkansavtal_three_columns(rng: random.Random) -> Rendered:
    """A samverkansavtal whose first section "1 Parter" names each party on its own with its
    organisation number ("Region Örebro län, org.nr 232100-…, nedan kallad Regionen") and the
    municipalities as "Kommunerna"; "Avtalstid" with ISO dates or long ones; sections "2
    Bakgrund" … (not items); signatures in three columns: place and date, a line, the name,
    the title, the organisation."""
    names = Names(rng)
    a, word, _ = agreement4(rng, names, parties=rng.randint(3, 6), two_signers=rng.random() < 0.3)
    f = Flow(Style(rng.choice(("vera", "times")), size=10.5))
    no_flow_facts(f)
    f.line(word.upper(), bold=True, size=11)
    f.para(a.title, bold=True, size=15, before=14)
    f.line("1 Parter", bold=True, before=14, keep=2)
    region, *munis = a.parties
    f.para(f"{region}, org.nr {org_number(region, rng)}, nedan kallad Regionen.", before=3)
    for org in munis:
        f.para(f"{org}, org.nr {org_number(org, rng)}", before=1)
    f.para("Kommunerna benämns nedan gemensamt Kommunerna och tillsammans med Regionen Parterna.", before=3)
    n = 2
    for heading, texts in a.sections:
        f.line(f"{n} {heading}", bold=True, before=10, keep=1)
        f.para(" ".join(texts))
        n += 1
    f.line(f"{n} Avtalstid", bold=True, before=10, keep=1)
    f.para(validity(a, word, rng.choice(("iso", "long"))))
    f.line(f"{n + 1} Underskrifter", bold=True, before=10, keep=1)
    f.para(f"Detta avtal har upprättats i {len(a.parties)} likalydande exemplar, varav parterna tagit var sitt.")
    third = f.style.width / 3
    for k in range(0, len(a.signatories), 3):
        group = a.signatories[k : k + 3]
        f.row(
            [(j * third, f"{s.place} {C.fmt_date(s.date, 'iso')}") for j, s in enumerate(group)],
            size=9,
            before=18,
            keep=4,
        )
        f.row([(j * third, "_" * 24) for j, _ in enumerate(group)], size=9, before=16, keep=3)
        f.row([(j * third, s.person.name) for j, s in enumerate(group)], size=9, keep=2)
        f.row([(j * third, s.title) for j, s in enumerate(group)], size=8.5, keep=1)
        f.row([(j * third, s.org) for j, s in enumerate(group)], size=8.5)
    return Rendered(
        f, footer_page("sida", a.title), "overenskommelse", a.title, None, None, agreement=agreement_gold(a)
    )


@variant("agreement", "a_parties_running", "a_sig_2col", "a_sig_title_org", "m_other_dates", "date_long")
def overenskommelse_all_municipalities(rng: random.Random) -> Rendered:
    """An agreement between the region and all twelve municipalities: "Parter" in running text
    ("Region Örebro län och Askersunds kommun, Degerfors kommun, … och Örebro kommun"), a header
    "Datum 2024-11-28  Diarienummer 24RS1234" (the document's date; the signing dates are
    later); "Giltighet"; signatures two a row, each block "För Kumla kommun", "Kumla den …",
    a line, the name and the title."""
    names = Names(rng)
    a, word, _ = agreement4(rng, names, dated=True, open_ended=rng.random() < 0.4, capital_titles=True)
    f = Flow(Style("helvetica", size=9.5, top=76))
    no_flow_facts(f)
    f.row([(0, C.REGION), (300, f"Datum {a.dated.isoformat()}")], bold=True, size=10)
    f.row([(300, f"Diarienummer {a.dnr}")], size=9, before=2)
    f.para(a.title, bold=True, size=14, before=20)
    f.line("Parter", bold=True, before=12, keep=1)
    region, *munis = a.parties
    this = {"Samverkansavtal": "Detta samverkansavtal är ingånget", "Avtal": "Detta avtal är ingånget"}.get(
        word, "Denna överenskommelse är ingången"
    )
    f.para(f"{this} mellan {region} och " + ", ".join(munis[:-1]) + f" och {munis[-1]}.")
    for heading, texts in a.sections:
        f.line(heading, bold=True, before=9, keep=1)
        f.para(" ".join(texts))
    f.line("Giltighet", bold=True, before=9, keep=1)
    f.para(validity(a, word, "long"))
    f.line("Underskrifter", bold=True, before=12, keep=1)
    half = f.style.width / 2
    sigs = a.signatories
    for k in range(0, len(sigs), 2):
        pair = sigs[k : k + 2]
        f.row([(j * half, f"För {s.org}") for j, s in enumerate(pair)], bold=True, before=14, keep=4)
        f.row([(j * half, f"{s.place} den {C.fmt_date(s.date, 'long')}") for j, s in enumerate(pair)], keep=3)
        f.row([(j * half, "." * 44) for j, _ in enumerate(pair)], before=14, keep=2)
        f.row([(j * half, s.person.name) for j, s in enumerate(pair)], keep=1)
        f.row([(j * half, s.title) for j, s in enumerate(pair)])
    return Rendered(
        f,
        header_right(a.title[:60], "sida_paren"),
        "overenskommelse",
        a.title,
        None,
        a.dated.isoformat(),
        agreement=agreement_gold(a),
    )
