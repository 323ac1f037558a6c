"""What the zoo's documents talk about: organisations, bodies, dates, agenda topics, decisions.

Organisations and bodies are the real ones of ``pipeline/patterns/organizations.yml`` (the
canonical names are what the gold records; the short forms are what some layouts print).
Every sentence here was written for this generator.

Markup inside texts: ``{1,2 mnkr|1200000}`` is an amount (text as printed | value in kronor);
``{who}`` is replaced by a person's name when the text is used.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

REGION = "Region Örebro län"
LANSSTYRELSEN = "Länsstyrelsen i Örebro län"
RF_SISU = "RF-SISU Örebro län"
OLBF = "Örebro läns bildningsförbund"

# canonical municipality -> short form ("Kumla"), as organizations.yml has them
MUNICIPALITIES = {
    "Askersunds kommun": "Askersund",
    "Degerfors kommun": "Degerfors",
    "Hallsbergs kommun": "Hallsberg",
    "Hällefors kommun": "Hällefors",
    "Karlskoga kommun": "Karlskoga",
    "Kumla kommun": "Kumla",
    "Laxå kommun": "Laxå",
    "Lekebergs kommun": "Lekeberg",
    "Lindesbergs kommun": "Lindesberg",
    "Ljusnarsbergs kommun": "Ljusnarsberg",
    "Nora kommun": "Nora",
    "Örebro kommun": "Örebro",
}
# short forms of the other organisations (aliases in organizations.yml)
SHORT = {**MUNICIPALITIES, REGION: "Region Örebro", RF_SISU: "RF-SISU", OLBF: "ÖLBF", LANSSTYRELSEN: "Länsstyrelsen"}

# Collaboration councils: canonical name, printed forms, and whether the two sports and
# adult-education federations hold seats.
COUNCILS = {
    "Specifika samverkansrådet för folkhälsa": ("Specifikt samverkansråd för folkhälsa", True),
    "Specifika samverkansrådet för social välfärd samt vård och omsorg": (
        "Specifikt samverkansråd för social välfärd samt vård och omsorg",
        False,
    ),
    "Regionala samverkansrådet": ("Regionalt samverkansråd", False),
}
GROUPS = ("Chefsgrupp folkhälsa", "Chefsgrupp social välfärd samt vård och omsorg", "Styrgrupp barn och unga")

# Municipal boards: printed name, short for "Dnr", genitive (for "<Organ>s beslut"), subject
BOARDS = (
    ("Kommunstyrelsen", "KS", "Kommunstyrelsens"),
    ("Socialnämnden", "SN", "Socialnämndens"),
    ("Barn- och utbildningsnämnden", "BUN", "Barn- och utbildningsnämndens"),
    ("Bygg- och miljönämnden", "BMN", "Bygg- och miljönämndens"),
    ("Kultur- och fritidsnämnden", "KFN", "Kultur- och fritidsnämndens"),
    ("Vård- och omsorgsnämnden", "VON", "Vård- och omsorgsnämndens"),
)

# Other municipal bodies some layouts print (not drawn by board_meeting): the gold names them
# with their municipality too ("Kommunfullmäktige Kumla kommun").
OTHER_BODIES = ("Kommunfullmäktige", "Kommunstyrelsens arbetsutskott")

PLACES = (
    "Kommunhuset, sammanträdesrum Linden",
    "Stadshuset, Stora salen",
    "Rådhuset, sal Eken",
    "Kommunhuset, Björksalen",
    "Medborgarhuset, sammanträdesrum Ängen",
    "Folkets hus, lokal Sjön",
)
COUNCIL_PLACES = (
    "Digitalt via Teams",
    "Länsgården, konferensrum Almen, Örebro",
    "Kumla, Kommunhuset, sal Norrgården",
    "Nora, Bergmansgården, sammanträdesrum Gruvan",
    "Karlskoga, Folkets hus, lokal Kanalen",
)

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen")


def meeting_date(rng: random.Random) -> dt.date:
    """A weekday in 2024 or 2025."""
    day = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 700))
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    return day


def later(day: dt.date, rng: random.Random, lo: int = 2, hi: int = 9) -> dt.date:
    """A working day after ``day`` (justering, anslag, signing)."""
    d = day + dt.timedelta(days=rng.randint(lo, hi))
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    return d


def fmt_date(day: dt.date, form: str) -> str:
    """A date as Swedish documents print it: iso 2025-03-04, short 250304, long 4 mars 2025,
    weekday tisdagen den 4 mars 2025, dotted 4.3.2025."""
    return {
        "iso": day.isoformat(),
        "short": day.strftime("%y%m%d"),
        "long": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "weekday": f"{WEEKDAYS[day.weekday()]} den {day.day} {MONTHS[day.month - 1]} {day.year}",
        "dotted": f"{day.day}.{day.month}.{day.year}",
    }[form]


def times(rng: random.Random) -> str:
    start = rng.choice(("08.30", "09.00", "09.30", "13.00", "13.30"))
    end = {"08.30": "11.45", "09.00": "12.00", "09.30": "11.30", "13.00": "15.30", "13.30": "16.00"}[start]
    return f"kl. {start}–{end}"


# --------------------------------------------------------------------------- decisions
# Verbs a decision starts with: infinitive -> (present, past).  An act is an infinitive
# phrase ("godkänna redovisningen"); a layout turns it into "Nämnden beslutar att godkänna
# redovisningen.", "Nämnden godkänner redovisningen." or "Rådet godkände redovisningen.".
VERBS = {
    "godkänna": ("godkänner", "godkände"),
    "anta": ("antar", "antog"),
    "fastställa": ("fastställer", "fastställde"),
    "bevilja": ("beviljar", "beviljade"),
    "uppdra": ("uppdrar", "uppdrog"),
    "ge": ("ger", "gav"),
    "lägga": ("lägger", "lade"),
    "låta": ("låter", "lät"),
    "ställa": ("ställer", "ställde"),
    "avslå": ("avslår", "avslog"),
    "notera": ("noterar", "noterade"),
    "utse": ("utser", "utsåg"),
    "välja": ("väljer", "valde"),
    "återremittera": ("återremitterar", "återremitterade"),
    "bordlägga": ("bordlägger", "bordlade"),
    "tillstyrka": ("tillstyrker", "tillstyrkte"),
    "avsätta": ("avsätter", "avsatte"),
    "utöka": ("utökar", "utökade"),
    "fördela": ("fördelar", "fördelade"),
    "genomföra": ("genomför", "genomförde"),
    "rekommendera": ("rekommenderar", "rekommenderade"),
    "föra": ("för", "förde"),
    "skicka": ("skickar", "skickade"),
    "överlämna": ("överlämnar", "överlämnade"),
    "anse": ("anser", "ansåg"),
}


def finite(act: str, tense: int) -> str:
    """ "godkänna rapporten" -> "godkänner rapporten" (tense 0) or "godkände rapporten" (1)."""
    verb, _, rest = act.partition(" ")
    return f"{VERBS[verb][tense]} {rest}"


@dataclass(frozen=True)
class Topic:
    """An agenda topic: its title, a few sentences of text, what was decided.

    ``acts`` are infinitive phrases (the decision's content); ``passive`` is the same content
    as a sentence without subject ("Rapporten godkändes."), for minutes-style layouts;
    ``proposal`` marks a board matter that goes on to the council (kommunfullmäktige), so the
    board's decision is "… föreslår kommunfullmäktige att …".
    """

    title: str
    text: tuple[str, ...]
    acts: tuple[str, ...] = ()
    passive: str | None = None
    proposal: bool = False
    basis: tuple[str, ...] = ()  # "Beslutsunderlag" lines


COUNCIL_TOPICS = (
    Topic(
        "Länsgemensam plan för psykisk hälsa",
        (
            "{who} presenterade ett utkast till en länsgemensam plan för psykisk hälsa.",
            "Planen omfattar insatser för barn, unga och äldre och ska följas upp varje år.",
            "För det första året har parterna avsatt {640 000 kronor|640000} till gemensamma utbildningar.",
        ),
        ("ställa sig bakom utkastet till länsgemensam plan för psykisk hälsa",),
        "Utkastet till plan för psykisk hälsa godkändes.",
    ),
    Topic(
        "Uppföljning av samverkansplanen",
        (
            "{who} redogjorde för uppföljningen av samverkansplanen för det gångna året.",
            "De flesta aktiviteter har genomförts enligt tidplan, men två har skjutits till nästa år.",
            "Flera ledamöter ville se resultaten uppdelade per länsdel.",
        ),
        ("lägga uppföljningen av samverkansplanen till handlingarna",),
        "Uppföljningen lades till handlingarna.",
    ),
    Topic(
        "Fördelning av utvecklingsmedel",
        (
            "{who} informerade om förslaget till fördelning av årets utvecklingsmedel.",
            "Totalt finns {1,8 mnkr|1800000} att fördela mellan länsdelarna.",
            "Fördelningen utgår från antalet invånare med ett grundbelopp om {75 000 kr|75000} per kommun.",
        ),
        ("godkänna förslaget till fördelning av utvecklingsmedel",),
        "Förslaget till fördelning av utvecklingsmedel godkändes.",
    ),
    Topic(
        "Rapport om ungas levnadsvanor",
        (
            "{who} visade resultat från den senaste enkäten om ungas levnadsvanor.",
            "Andelen unga som rör sig minst en timme om dagen har minskat sedan förra mätningen.",
            "Rådet diskuterade hur resultaten kan spridas till skolor och föreningar.",
        ),
        (),
        "Informationen lades till handlingarna.",
    ),
    Topic(
        "Gemensam modell för tidiga insatser",
        (
            "{who} beskrev hur en gemensam arbetsmodell för tidigt stöd till familjer växer fram.",
            "Modellen prövas i tre kommuner under hösten och utvärderas av en extern part.",
            "Kostnaden för utvärderingen beräknas till {220 tkr|220000}.",
        ),
        ("ge chefsgruppen i uppdrag att följa prövningen och återkomma med en utvärdering",),
        None,
    ),
    Topic(
        "Remiss om regional folkhälsostrategi",
        (
            "{who} sammanfattade de synpunkter som kommit in på remissen om en regional folkhälsostrategi.",
            "Flera kommuner vill att strategin tydligare beskriver ansvaret mellan parterna.",
        ),
        ("anta yttrandet över remissen om regional folkhälsostrategi",),
        "Yttrandet över remissen antogs.",
    ),
    Topic(
        "Verksamhetsplan för kommande år",
        (
            "{who} presenterade förslaget till verksamhetsplan.",
            "Planen har tre prioriterade områden: trygg uppväxt, goda levnadsvanor och social gemenskap.",
            "Budgeten för gemensamma aktiviteter föreslås uppgå till {410 000 kronor|410000}.",
        ),
        ("fastställa verksamhetsplanen för kommande år",),
        "Verksamhetsplanen fastställdes.",
    ),
    Topic(
        "Kompetensförsörjning i vård och omsorg",
        (
            "{who} redovisade en kartläggning av rekryteringsbehoven i länets kommuner.",
            "Behovet av undersköterskor väntas öka under de kommande fem åren.",
            "Ledamöterna lyfte vikten av heltidsanställningar och goda introduktionsprogram.",
        ),
        (),
        None,
    ),
    Topic(
        "Samordnad utskrivning från sluten vård",
        (
            "{who} informerade om antalet utskrivningsklara dagar per kommun under året.",
            "Ledtiderna har kortats i de flesta kommuner.",
            "Det sammanlagda betalningsansvaret uppgår till {2,4 miljoner kronor|2400000}.",
        ),
        ("uppdra åt chefsgruppen att ta fram en gemensam rutin för planering inför utskrivning",),
        None,
    ),
    Topic(
        "Länsgemensam konferens om social hållbarhet",
        (
            "{who} berättade om planerna för en länsgemensam konferens under hösten.",
            "Konferensen vänder sig till politiker och tjänstepersoner i länets kommuner.",
            "Deltagaravgiften föreslås vara {450 kr|450} per person.",
        ),
        ("genomföra konferensen enligt förslaget",),
        "Förslaget till konferens godkändes.",
    ),
    Topic(
        "Överenskommelse om barn och unga med behov av samordnade insatser",
        (
            "{who} presenterade förslaget till reviderad överenskommelse.",
            "Den nya versionen förtydligar hur samordnad individuell plan ska upprättas.",
            "Överenskommelsen har stämts av med samtliga kommuner och med regionens förvaltningar.",
        ),
        ("rekommendera parterna att anta den reviderade överenskommelsen",),
        None,
    ),
    Topic(
        "Information om statsbidrag",
        (
            "{who} informerade om de statsbidrag som fördelas till länet under året.",
            "Till länsgemensamma insatser går {3 mnkr|3000000} och resten fördelas efter befolkning.",
        ),
        (),
        "Informationen noterades.",
    ),
    Topic(
        "Rapport från länsdelarna",
        (
            "Företrädare för länsdelarna rapporterade om det lokala arbetet.",
            "I norra länsdelen har en gemensam träffpunkt för anhöriga öppnat.",
            "Södra länsdelen har startat ett nätverk för skolkuratorer.",
        ),
        (),
        None,
    ),
    Topic(
        "Ensamhet bland äldre",
        (
            "{who} redovisade en kartläggning av insatser mot ofrivillig ensamhet bland äldre.",
            "Flera kommuner samarbetar med studieförbund och pensionärsorganisationer.",
            "Rådet diskuterade hur arbetet kan följas upp med gemensamma indikatorer.",
        ),
        ("uppdra åt chefsgruppen att föreslå gemensamma indikatorer för äldres hälsa",),
        None,
    ),
    Topic(
        "Regional handlingsplan mot våld i nära relationer",
        (
            "{who} informerade om arbetet med en regional handlingsplan mot våld i nära relationer.",
            "Länsstyrelsen samordnar arbetet och har tagit fram en lägesbild för länet.",
        ),
        ("ställa sig bakom inriktningen i den regionala handlingsplanen",),
        None,
    ),
)

BOARD_TOPICS = (
    Topic(
        "Delårsrapport per augusti",
        (
            "Förvaltningen har upprättat delårsrapport per den 31 augusti.",
            "För helåret prognostiseras ett överskott om {14,2 mnkr|14200000}.",
            "Investeringarna beräknas uppgå till {88 mnkr|88000000} för året.",
        ),
        ("godkänna delårsrapporten per augusti",),
        proposal=True,
        basis=("Tjänsteskrivelse", "Delårsrapport per augusti"),
    ),
    Topic(
        "Taxor och avgifter för kommande år",
        (
            "Förslaget omfattar taxor inom plan-, bygg- och miljöområdet.",
            "Timavgiften för tillsyn föreslås höjas till {1 320 kr|1320} per timme.",
        ),
        ("anta taxor och avgifter för kommande år",),
        proposal=True,
        basis=("Tjänsteskrivelse", "Taxebilaga"),
    ),
    Topic(
        "Ansökan om föreningsbidrag",
        (
            "Hembygdsföreningen söker medel för att renovera sin samlingslokal.",
            "Föreningen har ansökt om {80 000 kronor|80000} och förvaltningen föreslår {60 000 kronor|60000}.",
        ),
        ("bevilja hembygdsföreningen ett bidrag om {60 000 kronor|60000}",),
        basis=("Ansökan", "Tjänsteskrivelse"),
    ),
    Topic(
        "Internkontrollplan",
        (
            "Enligt reglementet fastställs en internkontrollplan inför varje verksamhetsår.",
            "Planen bygger på en risk- och väsentlighetsanalys och omfattar bland annat inköp och attester.",
        ),
        ("anta internkontrollplanen för kommande år",),
        basis=("Tjänsteskrivelse", "Förslag till internkontrollplan"),
    ),
    Topic(
        "Svar på motion om belysning i elljusspår",
        (
            "I en motion väcks förslaget att belysningen i kommunens elljusspår byts ut.",
            "Förvaltningen bedömer att bytet kostar omkring {540 000 kr|540000} och kan göras inom befintlig ram.",
        ),
        ("anse motionen besvarad",),
        proposal=True,
        basis=("Motion", "Yttrande från förvaltningen"),
    ),
    Topic(
        "Utökad investeringsram för ny idrottshall",
        (
            "Anbuden i upphandlingen av den nya idrottshallen överstiger den beslutade ramen.",
            "Den ursprungliga ramen är {46 mnkr|46000000} och förvaltningen föreslår en utökning med "
            "{5,5 mnkr|5500000}.",
        ),
        ("utöka investeringsramen för den nya idrottshallen med {5,5 mnkr|5500000}",),
        proposal=True,
        basis=("Tjänsteskrivelse", "Sammanställning av anbud"),
    ),
    Topic(
        "Riktlinjer för försörjningsstöd",
        (
            "Riktlinjerna har setts över med anledning av ändrad rättspraxis.",
            "De reviderade riktlinjerna förtydligar bedömningen av boendekostnader.",
        ),
        ("anta de reviderade riktlinjerna för försörjningsstöd", "låta riktlinjerna gälla från och med nästa månad"),
        basis=("Tjänsteskrivelse", "Reviderade riktlinjer"),
    ),
    Topic(
        "Yttrande över remiss om kollektivtrafik",
        (
            "Region Örebro län har remitterat ett förslag till trafikförsörjningsprogram.",
            "Ett yttrande har utarbetats av förvaltningen.",
        ),
        ("anta yttrandet enligt förvaltningens förslag", "skicka yttrandet till Region Örebro län"),
        basis=("Remiss", "Förslag till yttrande"),
    ),
    Topic(
        "Patientsäkerhetsberättelse",
        (
            "Vårdgivaren ska varje år upprätta en patientsäkerhetsberättelse.",
            "Av berättelsen framgår vilka åtgärder för ökad patientsäkerhet som vidtagits under året.",
        ),
        ("godkänna patientsäkerhetsberättelsen",),
        basis=("Patientsäkerhetsberättelse",),
    ),
    Topic(
        "Lokalförsörjningsplan",
        (
            "Lokalförsörjningsplanen beskriver verksamheternas behov av lokaler under tio år.",
            "Planen visar ett behov av två nya förskolor och en ombyggnad av en skola.",
        ),
        ("godkänna lokalförsörjningsplanen", "uppdra åt förvaltningen att årligen revidera planen"),
        basis=("Tjänsteskrivelse", "Lokalförsörjningsplan"),
    ),
    Topic(
        "Fyllnadsval av ersättare i arbetsutskottet",
        ("En ersättare i arbetsutskottet har begärt entledigande från sitt uppdrag.",),
        ("välja {who} till ersättare i arbetsutskottet för resten av mandatperioden",),
        basis=("Beslut i kommunfullmäktige",),
    ),
    Topic(
        "Bidrag till sommarlovsaktiviteter",
        (
            "Kommunen har tagit emot statsbidrag för avgiftsfria sommarlovsaktiviteter.",
            "Bidraget uppgår till {310 000 kronor|310000} och ska användas under sommaren.",
        ),
        ("fördela bidraget till sommarlovsaktiviteter enligt förvaltningens förslag",),
        basis=("Tjänsteskrivelse",),
    ),
    Topic(
        "Detaljplan för bostäder vid Skolgatan",
        (
            "Planförslaget möjliggör ett trettiotal bostäder i flerbostadshus.",
            "Samrådet har genomförts och inkomna synpunkter har bemötts i en samrådsredogörelse.",
        ),
        ("anta detaljplanen för bostäder vid Skolgatan",),
        proposal=True,
        basis=("Planbeskrivning", "Samrådsredogörelse"),
    ),
    Topic(
        "Kvartalsrapport om ej verkställda biståndsbeslut",
        (
            "Varje kvartal redovisas de biståndsbeslut som väntat på verkställighet längre än tre månader.",
            "Under kvartalet gäller rapporteringen sju beslut.",
        ),
        (
            "godkänna kvartalsrapporten om ej verkställda biståndsbeslut",
            "överlämna rapporten till kommunfullmäktige och revisorerna",
        ),
        basis=("Sammanställning",),
    ),
    Topic(
        "Reviderad delegationsordning",
        ("Delegationsordningen har setts över efter förändringar i förvaltningens organisation.",),
        ("anta den reviderade delegationsordningen",),
        basis=("Tjänsteskrivelse", "Reviderad delegationsordning"),
    ),
)

MINUTES_TOPICS = (
    Topic(
        "Förberedelse inför rådets nästa möte",
        (
            "Gruppen stämde av vilka punkter som ska tas upp när samverkansrådet sammanträder nästa gång.",
            "{who} önskade att enkätresultaten presenteras mer ingående för rådet.",
        ),
        ("fastställa dagordningen efter de justeringar gruppen enades om",),
        "Dagordningen inför rådets möte fastställdes.",
    ),
    Topic(
        "Uppföljning av gemensamma medel",
        (
            "{who} redovisade utfallet för de gemensamma medlen hittills under året.",
            "Av budgeten har {520 000 kronor|520000} förbrukats och {180 000 kr|180000} återstår.",
        ),
        ("föra över kvarvarande medel till nästa år",),
        None,
    ),
    Topic(
        "Länsnätverkens uppdrag",
        (
            "Gruppen diskuterade hur länsnätverkens uppdrag kan förtydligas.",
            "Flera nätverk har efterfrågat tydligare återkoppling från chefsgruppen.",
        ),
        ("uppdra åt {who} att formulera nya uppdragsbeskrivningar för länsnätverken",),
        None,
    ),
    Topic(
        "Rapport från länsdelarna",
        (
            "Representanterna för länsdelarna berättade om aktuellt arbete.",
            "Västra länsdelen planerar en gemensam utbildningsdag för personal i hemtjänsten.",
        ),
        (),
        None,
    ),
    Topic(
        "Verksamhetsplan",
        (
            "{who} visade ett första utkast av gruppens verksamhetsplan.",
            "Utkastet innehåller tre prioriterade områden och en budget om {300 tkr|300000}.",
        ),
        ("godkänna utkastet till verksamhetsplan",),
        "Utkastet till verksamhetsplan godkändes.",
    ),
    Topic(
        "Remissvar om hemsjukvård",
        (
            "{who} sammanfattade de remissvar som har kommit in från kommunerna.",
            "Flera svar efterfrågar en tydligare beskrivning av läkarmedverkan.",
        ),
        ("ställa sig bakom arbetsgruppens plan för det fortsatta remissarbetet",),
        None,
    ),
    Topic(
        "Gemensam utbildningsinsats",
        (
            "{who} informerade om en planerad utbildningsinsats om suicidprevention.",
            "Utbildningen erbjuds alla kommuner och kostar {1 200 kr|1200} per deltagare.",
        ),
        (),
        "Informationen noterades.",
    ),
    Topic(
        "Indikatorer för uppföljning",
        (
            "Gruppen diskuterade vilka indikatorer som ska användas för att följa upp samverkansplanen.",
            "{who} lyfte behovet av könsuppdelad statistik.",
        ),
        ("uppdra åt {who} att sammanställa ett förslag till indikatorer",),
        None,
    ),
)

# Opening and closing items of councils: (title, text, decision as a sentence without
# subject or None, decision as infinitive phrases).  "{next}" is the next meeting's date.
OPENING = (
    ("Mötets öppnande", ("Ordföranden hälsade alla välkomna och öppnade mötet.",), None, ()),
    ("Fastställande av dagordning", (), "Dagordningen fastställdes.", ("fastställa dagordningen",)),
    (
        "Föregående mötes protokoll",
        ("Protokollet från föregående möte har justerats och publicerats.",),
        "Protokollet lades till handlingarna.",
        ("lägga protokollet från föregående möte till handlingarna",),
    ),
)
CLOSING = (
    ("Övriga frågor", ("Inga övriga frågor anmäldes.",), None, ()),
    ("Nästa möte", (), None, ("hålla nästa möte den {next}",)),
    ("Mötets avslutande", ("Ordföranden förklarade mötet avslutat.",), None, ()),
)

AMOUNT = re.compile(r"\{([^{}|]+)\|(\d+)\}")


def plain(text: str) -> str:
    """The text as printed: amount markup replaced by the amount's own words."""
    return AMOUNT.sub(r"\1", text)


def amounts_in(text: str) -> list[tuple[str, int]]:
    return [(m[1], int(m[2])) for m in AMOUNT.finditer(text)]
