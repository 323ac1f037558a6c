"""HELD-OUT variants, fifth round (a): house styles of Swedish municipalities and of the region,
written blind (without sight of the parser's rules).  Never tuned against: the parser's scores on
these documents are only ever reported in aggregate.

Everything here -- people, sentences, agenda topics -- was written for this module; the
organisations and bodies are the real ones of content.py.  Gold follows the conventions stated
in parts.py.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from . import content as C
from .layouts import Rendered, Variant, registry
from .render import Flow, H, Ln, Style, W, text_width, wrap

HELD_OUT5A_VARIANTS: list[Variant] = []
variant = registry(HELD_OUT5A_VARIANTS)

# --------------------------------------------------------------------------- people
GIVEN5 = (
    "Anna-Lena",
    "Birgitta",
    "Camilla",
    "Doris",
    "Ebba",
    "Emina",
    "Fatima",
    "Gunnel",
    "Hanna",
    "Ida",
    "Ingrid",
    "Jaana",
    "Johanna",
    "Karin",
    "Lejla",
    "Lena",
    "Linda",
    "Maj-Britt",
    "Marjatta",
    "Máret",
    "Mervi",
    "Mona-Lisa",
    "Nadia",
    "Nasrin",
    "Petra",
    "Ragnhild",
    "Risten",
    "Sanna",
    "Shirin",
    "Solveig",
    "Sofia",
    "Susanne",
    "Tove",
    "Ulla",
    "Viveka",
    "Yvonne",
    "Zahra",
    "Agnieszka",
    "Amra",
    "Hodan",
    "Anders",
    "Arne",
    "Bengt",
    "Björn",
    "Carl-Johan",
    "Christer",
    "Dragan",
    "Edin",
    "Fredrik",
    "Gunnar",
    "Göran",
    "Hans-Erik",
    "Ibrahim",
    "Jan-Olof",
    "Joakim",
    "Kenneth",
    "Lars",
    "Magnus",
    "Mats",
    "Mehdi",
    "Mikael",
    "Mirza",
    "Mohamed",
    "Nils-Ánte",
    "Ola",
    "Pekka",
    "Peter",
    "Reza",
    "Roger",
    "Rune",
    "Stefan",
    "Sven-Åke",
    "Thomas",
    "Tomasz",
    "Torbjörn",
    "Ulf",
    "Yusuf",
    "Abdirahman",
    "Kalle",
    "Leif",
)
FAMILY5 = (
    "Ahlgren",
    "Andersson",
    "Backlund",
    "Bergkvist",
    "Björklund",
    "Blomqvist",
    "Dahlgren",
    "Ekholm",
    "Eliasson",
    "Engström",
    "Forsell",
    "Grahn",
    "Gustafsson",
    "Hallberg",
    "Hedström",
    "Holmgren",
    "Hägglund",
    "Isaksson",
    "Jakobsson",
    "Johansson",
    "Karlström",
    "Kvist",
    "Larsson",
    "Lindblom",
    "Lindqvist",
    "Ljungberg",
    "Lundgren",
    "Malmström",
    "Mattsson",
    "Nordqvist",
    "Nyström",
    "Olofsson",
    "Persson",
    "Rosén",
    "Sandberg",
    "Sjögren",
    "Skoglund",
    "Strand",
    "Svensson",
    "Söderlund",
    "Thörnblad",
    "Wallin",
    "Westerlund",
    "Wikström",
    "Åkerlund",
    "Öberg",
    "Östman",
    "Grönroos",
    "Sundqvist",
    "Heikkinen",
    "Räsänen",
    "Koskinen",
    "Lehtonen",
    "Labba",
    "Kuoljok",
    "Sarri",
    "Omma",
    "Nowak",
    "Zielinski",
    "Haddad",
    "Khalil",
    "Al-Hassan",
    "Moradi",
    "Karimi",
    "Hosseini",
    "Abdi",
    "Farah",
    "Nur",
    "Hodzic",
    "Mehmedovic",
    "Begic",
    "Ahlström Berg",
    "Nilsson Tapper",
    "Lind-Karlsson",
    "af Klinteberg",
    "Stål",
    "Jonsson",
    "Wiklund",
    "Brandt",
    "Hermansson",
    "Fors",
    "Carlberg",
    "Rydén",
    "Lagerlund",
    "Frost",
    "Kronqvist",
    "Ahmadi",
    "Yilmaz",
    "Demir",
    "Svärd",
    "Hjelm",
    "Vesterberg",
    "Törnqvist",
    "Nordin",
    "Rask",
    "Sjöstedt",
    "Bodin",
    "Hultman",
    "Edlund",
    "Ferm",
)
PARTY_WEIGHTS = (("S", 9), ("M", 6), ("SD", 5), ("C", 3), ("V", 2), ("KD", 2), ("L", 2), ("MP", 1))
PARTY_NAMES = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "SD": "Sverigedemokraterna",
    "C": "Centerpartiet",
    "V": "Vänsterpartiet",
    "KD": "Kristdemokraterna",
    "L": "Liberalerna",
    "MP": "Miljöpartiet",
}


class Names:
    """Invented people for one document: no family name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.families: set[str] = set()

    def __call__(self) -> str:
        while True:
            family = self.rng.choice(FAMILY5)
            if family not in self.families:
                self.families.add(family)
                return f"{self.rng.choice(GIVEN5)} {family}"

    def party(self) -> str:
        parties, weights = zip(*PARTY_WEIGHTS, strict=True)
        return self.rng.choices(parties, weights)[0]


@dataclass
class Pol:
    """An elected member in one seat: ``replaces`` the member a serving substitute sits for."""

    name: str
    party: str
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    org: str
    rank: str = ""
    replaces: str | None = None

    @property
    def function(self) -> str:
        if self.role == "vice ordförande":
            return f"{self.rank} vice ordförande".strip()
        return self.role


@dataclass
class Off:
    name: str
    title: str
    org: str


def rec(f: Flow, ln: Ln, who: Pol | Off, role: str | None = None, title: str | None = None) -> None:
    if isinstance(who, Pol):
        f.person(ln, who.name, role or who.role, who.org, title)
    else:
        f.person(ln, who.name, role or "tjänsteperson", who.org, who.title.lower())


# --------------------------------------------------------------------------- dates
WEEKDAYS_SHORT = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def date_text(day: dt.date, form: str) -> str:
    month = C.MONTHS[day.month - 1]
    return {
        "iso": day.isoformat(),
        "long": f"{day.day} {month} {day.year}",
        "den": f"den {day.day} {month} {day.year}",
        "wd": f"{WEEKDAYS_SHORT[day.weekday()]} {day.day} {month} {day.year}",
        "wd_cap": f"{WEEKDAYS_SHORT[day.weekday()].capitalize()} {day.day} {month} {day.year}",
        "wd_den": f"{C.WEEKDAYS[day.weekday()].capitalize()} den {day.day} {month} {day.year}",
        "slash": f"{day.day}/{day.month} {day.year}",
    }[form]


def workday(day: dt.date, rng: random.Random, lo: int, hi: int) -> dt.date:
    return C.later(day, rng, lo, hi)


def clock(rng: random.Random) -> str:
    start = rng.choice(("08.30", "09.00", "13.00", "13.15", "18.00", "18.30"))
    end = {"08.30": "11.50", "09.00": "12.10", "13.00": "15.40", "13.15": "16.05", "18.00": "20.45", "18.30": "21.10"}
    return f"{start}–{end[start]}"


# --------------------------------------------------------------------------- agenda content
@dataclass(frozen=True)
class Case:
    """A municipal matter: its title, a description, acts (infinitive phrases of the decision)."""

    title: str
    text: tuple[str, ...]
    acts: tuple[str, ...]
    passive: str | None = None  # the same decision as a sentence without subject
    dnr: bool = True


BOARD_CASES = (
    Case(
        "Revidering av riktlinjer för bostadsanpassningsbidrag",
        (
            "Riktlinjerna för bostadsanpassningsbidrag antogs 2019 och behöver anpassas till ny praxis.",
            "Förvaltningen föreslår bland annat att handläggningstiden ska följas upp varje kvartal.",
        ),
        ("anta reviderade riktlinjer för bostadsanpassningsbidrag", "låta riktlinjerna gälla från och med den 1 juni"),
        "Reviderade riktlinjer för bostadsanpassningsbidrag antas.",
    ),
    Case(
        "Bidrag till föreningen Gamla Bruksskolan",
        (
            "Föreningen ansöker om bidrag till renovering av skolans tak och fönster.",
            "Kostnaden beräknas till {380 000 kronor|380000}, varav föreningen själv står för en tredjedel.",
        ),
        ("bevilja föreningen Gamla Bruksskolan ett bidrag om {250 000 kronor|250000}",),
    ),
    Case(
        "Ekonomisk uppföljning efter april",
        (
            "Uppföljningen visar ett prognostiserat underskott om {3,2 miljoner kronor|3200000} för helåret.",
            "Underskottet beror främst på ökade kostnader för placeringar och hemtjänst.",
        ),
        (
            "godkänna den ekonomiska uppföljningen",
            "uppdra åt förvaltningen att redovisa åtgärder vid nästa sammanträde",
        ),
        "Den ekonomiska uppföljningen godkänns.",
    ),
    Case(
        "Svar på medborgarförslag om utegym vid Hagaparken",
        (
            "Ett medborgarförslag har kommit in om att anlägga ett utegym vid Hagaparken.",
            "Tekniska förvaltningen bedömer att ett enklare utegym kan byggas inom befintlig budget.",
        ),
        ("anse medborgarförslaget bifallet",),
        "Medborgarförslaget anses bifallet.",
    ),
    Case(
        "Yttrande över remiss om regional transportplan",
        (
            "Region Örebro län har skickat förslaget till regional transportplan på remiss till kommunerna.",
            "Kommunen lyfter i sitt yttrande behovet av gång- och cykelväg längs väg 50.",
        ),
        ("anta förvaltningens förslag till yttrande som sitt eget", "överlämna yttrandet till Region Örebro län"),
    ),
    Case(
        "Taxa för tillsyn enligt miljöbalken",
        (
            "Timavgiften för tillsyn föreslås höjas från {1 250 kronor|1250} till {1 340 kronor|1340}.",
            "Höjningen motsvarar kostnadsutvecklingen sedan taxan senast reviderades.",
        ),
        ("fastställa taxan för tillsyn enligt miljöbalken att gälla från och med den 1 januari",),
        "Taxan för tillsyn enligt miljöbalken fastställs.",
    ),
    Case(
        "Internkontrollplan för nästa år",
        (
            "Internkontrollplanen bygger på en risk- och väsentlighetsanalys som förvaltningen gjort under hösten.",
            "Planen omfattar bland annat inköp, attest och informationssäkerhet.",
        ),
        ("anta internkontrollplanen för nästa år",),
        "Internkontrollplanen antas.",
    ),
    Case(
        "Investering i ny förskola i Norra Bro",
        (
            "Behovet av förskoleplatser i norra delen av kommunen väntas öka med ett sextiotal barn.",
            "Den totala investeringsutgiften beräknas till {42 miljoner kronor|42000000}.",
        ),
        ("godkänna förstudien för en ny förskola i Norra Bro", "ge förvaltningen i uppdrag att påbörja upphandling"),
    ),
    Case(
        "Redovisning av delegationsbeslut",
        ("Förteckning över beslut fattade med stöd av delegation under perioden har delgetts ledamöterna.",),
        ("lägga redovisningen av delegationsbeslut till handlingarna",),
        "Redovisningen av delegationsbeslut läggs till handlingarna.",
        dnr=False,
    ),
    Case(
        "Val av ombud till Kommuninvest ekonomisk förening",
        ("Kommunen ska utse ett ombud och en ersättare till föreningsstämman.",),
        ("utse kommunstyrelsens ordförande till ombud vid föreningsstämman",),
    ),
    Case(
        "Handlingsplan mot våld i nära relationer",
        (
            "Handlingsplanen har tagits fram tillsammans med polisen och Region Örebro län.",
            "För genomförandet avsätts {150 tkr|150000} under innevarande år.",
        ),
        ("anta handlingsplanen mot våld i nära relationer",),
        "Handlingsplanen mot våld i nära relationer antas.",
    ),
    Case(
        "Lokalförsörjningsplan för åren framöver",
        ("Planen beskriver behovet av lokaler för skola, omsorg och administration under tio år.",),
        ("godkänna lokalförsörjningsplanen", "återremittera frågan om äldreboendet i Västra till förvaltningen"),
    ),
)
KF_CASES = (
    Case(
        "Årsredovisning för föregående år",
        (
            "Kommunens resultat för året uppgick till {18,4 miljoner kronor|18400000}.",
            "Revisorerna tillstyrker att ansvarsfrihet beviljas.",
        ),
        ("godkänna årsredovisningen för föregående år",),
        "Årsredovisningen godkänns.",
    ),
    Case(
        "Ansvarsfrihet för kommunstyrelsen och nämnderna",
        ("Revisorerna föreslår att ansvarsfrihet beviljas för samtliga nämnder och ledamöter.",),
        ("bevilja kommunstyrelsen, nämnderna och de enskilda förtroendevalda ansvarsfrihet för verksamhetsåret",),
    ),
    Case(
        "Motion om fria gymnasiebussar",
        (
            "I en motion föreslås att kommunen ska bekosta busskort för alla gymnasieelever.",
            "Kostnaden har beräknats till {2,1 mnkr|2100000} per år.",
        ),
        ("avslå motionen",),
        "Motionen avslås.",
    ),
    Case(
        "Ändring av taxa för vatten och avlopp",
        ("Brukningsavgiften föreslås höjas med fem procent för att täcka ökade kapitalkostnader.",),
        ("anta ändrad taxa för vatten och avlopp att gälla från och med den 1 januari",),
    ),
    Case(
        "Val av ny ledamot i socialnämnden",
        ("En ledamot i socialnämnden har avsagt sig sitt uppdrag.",),
        ("välja en ny ledamot i socialnämnden för återstoden av mandatperioden",),
    ),
    Case(
        "Borgen för Bostadsbolaget",
        (
            "Bolaget behöver ta upp nya lån för nybyggnation av hyreslägenheter.",
            "Den föreslagna borgensramen uppgår till {120 miljoner kronor|120000000}.",
        ),
        ("utöka borgensramen för det kommunala bostadsbolaget", "uppdra åt kommunstyrelsen att teckna borgen"),
    ),
    Case(
        "Anmälan av nya motioner och medborgarförslag",
        ("Två nya motioner och ett medborgarförslag har kommit in sedan förra sammanträdet.",),
        ("överlämna de nya motionerna till kommunstyrelsen för beredning",),
        "Motionerna överlämnas till kommunstyrelsen för beredning.",
        dnr=False,
    ),
)


def present(subject: str, act: str) -> str:
    verb = act.split(" ", 1)[0]
    if verb in C.VERBS:
        return f"{subject} {C.finite(act, 0)}."
    return f"{subject} beslutar att {act}."


def past(subject: str, act: str) -> str:
    verb = act.split(" ", 1)[0]
    if verb in C.VERBS:
        return f"{subject} {C.finite(act, 1)}."
    return f"{subject} beslutade att {act}."


def print_board_decision(
    f: Flow,
    subject: str,
    heading: str | None,
    acts: tuple[str, ...],
    form: str,
    *,
    passive: str | None = None,
    x: float = 0.0,
    bullet: str = "–",
) -> None:
    """The decision of a board or council in one of its forms:

    "list": the lead "<S> beslutar att" over "– clause," rows (one clause: one sentence);
    "present": one sentence an act ("Kommunstyrelsen godkänner …");
    "passive": the passive sentence ("Riktlinjerna antas.") and the further acts in present tense.
    """
    if heading:
        f.line(heading, x=x, bold=True, before=8, keep=1)
    before = 3.0 if heading else 6.0
    if form == "list" and len(acts) > 1:
        f.para(f"{subject} beslutar att", x=x, before=before)
        for k, act in enumerate(acts):
            end = "." if k == len(acts) - 1 else ","
            f.para(f"{bullet} {act}{end}", x=x + 10, hang=9, before=1)
            f.decision(f"{subject} beslutar att {act}")
        return
    if form == "passive" and passive:
        sentences = [passive] + [present(subject, a) for a in acts[1:]]
    elif form == "list":
        sentences = [f"{subject} beslutar att {acts[0]}."]
    else:
        sentences = [present(subject, a) for a in acts]
    for k, s in enumerate(sentences):
        f.para(s, x=x, before=before if k == 0 else 2)
        f.decision(s)


# --------------------------------------------------------------------------- layout helpers
def wrap_cell(f: Flow, text: str, width: float, size: float, bold: bool = False, hang: float = 0.0) -> list[str]:
    return wrap(text, width, f.style.bold if bold else f.style.reg, size, hang)


def column_rows(
    f: Flow,
    columns: list[list[tuple[str, Callable[[Ln], None] | None, bool]]],
    xs: list[float],
    width: float,
    *,
    size: float | None = None,
    before: float = 0.0,
    hang: float = 8.0,
) -> None:
    """Columns printed side by side, each a list of (text, record, bold) entries read down the
    column; an entry that does not fit its column wraps inside it (rows after the first indented
    by ``hang``); ``record`` is called with the line an entry starts on."""
    size = size or f.style.size
    flat: list[list[tuple[str, Callable[[Ln], None] | None, bool, float]]] = []
    for col in columns:
        out = []
        for text, record, bold in col:
            for k, row in enumerate(wrap_cell(f, text, width, size, bold, hang)):
                out.append((row, record if k == 0 else None, bold, hang if k else 0.0))
        flat.append(out)
    for i in range(max(len(c) for c in flat)):
        cells = [(xs[c] + flat[c][i][3], flat[c][i][0], flat[c][i][2]) for c in range(len(flat)) if i < len(flat[c])]
        (x0, first, b0), *rest = cells
        ln = f.line(first, x=x0, bold=b0, size=size, before=before if i == 0 else 0.0, cells=tuple(rest))
        for c in range(len(flat)):
            if i < len(flat[c]) and flat[c][i][1] is not None:
                flat[c][i][1](ln)


def running_entries(
    f: Flow,
    lead: str,
    texts: list[str],
    records: list[Callable[[Ln], None] | None],
    *,
    sep: str = ", ",
    last: str = " och ",
    end: str = ".",
    x: float = 0.0,
    before: float = 4.0,
    width: float | None = None,
    size: float | None = None,
    bold_lead: bool = False,
) -> list[Ln]:
    """Entries in running text after a lead ("Vid mötet deltog …"), each recorded on the printed
    line its text starts on."""
    body = sep.join(texts[:-1]) + (last if len(texts) > 1 else "") + texts[-1] if texts else ""
    whole = f"{lead} {body}{end}" if lead else f"{body}{end}"
    rows = f.para(whole, x=x, before=before, width=width, size=size)
    if bold_lead and lead:
        rows[0].cells = ()
    starts, at = [], 0
    for r in rows:
        starts.append(at)
        at += len(r.text) + 1
    joined, pos = " ".join(r.text for r in rows), len(lead)
    for t, record in zip(texts, records, strict=True):
        pos = joined.index(t, pos)
        if record is not None:
            record(rows[max(k for k, s in enumerate(starts) if s <= pos)])
        pos += len(t)
    return rows


def ruled(f: Flow, xs: list[float], x1: float) -> tuple[float, float, tuple[float, ...]]:
    return (xs[0] - 4, x1, tuple(x - 4 for x in xs[1:]))


# --------------------------------------------------------------------------- municipal meeting
BOARDS5 = (
    ("Kommunstyrelsen", "KS", "Kommunstyrelsens"),
    ("Socialnämnden", "SN", "Socialnämndens"),
    ("Vård- och omsorgsnämnden", "VON", "Vård- och omsorgsnämndens"),
    ("Barn- och utbildningsnämnden", "BUN", "Barn- och utbildningsnämndens"),
    ("Bygg- och miljönämnden", "BMN", "Bygg- och miljönämndens"),
)
# the matters (indexes of BOARD_CASES) a nämnd handles; Kommunstyrelsen handles them all
FITTING = {
    "SN": (0, 2, 4, 6, 8, 10, 11),
    "VON": (0, 2, 4, 6, 8, 10, 11),
    "BUN": (2, 4, 6, 7, 8, 11),
    "BMN": (0, 2, 4, 5, 6, 8),
}
MUNI_TITLES = (
    "kommundirektör",
    "förvaltningschef",
    "ekonomichef",
    "kanslichef",
    "controller",
    "utredare",
    "verksamhetschef",
    "HR-strateg",
    "miljöchef",
    "skolchef",
    "socialchef",
    "planarkitekt",
)
SECRETARIES = ("kommunsekreterare", "nämndsekreterare", "registrator", "administrativ handläggare")
ROOMS = (
    "Kommunhuset, sammanträdesrum Storsjön",
    "Stadshuset, sal Bergslagen",
    "Kommunhuset, Tingssalen",
    "Medborgarhuset, rum Kvarnen",
    "Kommunhuset, lokal Hyttan",
)


@dataclass
class Muni:
    org: str
    organ: str
    prefix: str
    genitive: str
    date: dt.date
    place: str
    time: str
    members: list[Pol]  # present members, chair first
    serving: list[Pol]  # serving substitutes (replaces set)
    substitutes: list[Pol]  # present, not serving
    officials: list[Off]
    secretary: Off
    justerare: list[Pol]
    items: list[tuple[str, Case]]  # (number, case)
    adjusted: dt.date
    extra: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        return f"{self.organ} {self.org}"

    @property
    def chair(self) -> Pol:
        return self.members[0]

    def seats(self) -> list[Pol]:
        return [*self.members, *self.serving]


def muni_meeting(
    rng: random.Random,
    names: Names,
    *,
    organ: tuple[str, str, str] | None = None,
    org: str | None = None,
    seats: int = 11,
    serving: int = 2,
    substitutes: int = 3,
    officials: int = 3,
    cases: tuple[Case, ...] = BOARD_CASES,
    n_items: tuple[int, int] = (5, 7),
    justerare: int = 1,
    first: int | None = None,
) -> Muni:
    org = org or rng.choice(list(C.MUNICIPALITIES))
    organ_name, prefix, genitive = organ or rng.choice(BOARDS5)
    day = C.meeting_date(rng)
    members = [Pol(names(), rng.choice(("S", "M")), "ordförande", org)]
    members.append(Pol(names(), "M" if members[0].party == "S" else "S", "vice ordförande", org, rank="1:e"))
    if rng.random() < 0.6:
        members.append(Pol(names(), names.party(), "vice ordförande", org, rank="2:e"))
    while len(members) < seats - serving:
        members.append(Pol(names(), names.party(), "ledamot", org))
    serve = []
    for _ in range(serving):
        p = names.party()
        serve.append(Pol(names(), p, "ersättare", org, replaces=f"{names()} ({p})"))
    subs = [Pol(names(), names.party(), "ersättare", org) for _ in range(substitutes)]
    offs = [Off(names(), t, org) for t in rng.sample(MUNI_TITLES, officials)]
    sec = Off(names(), rng.choice(SECRETARIES), org)
    first = first if first is not None else rng.randint(8, 160)
    if cases is BOARD_CASES and prefix in FITTING:
        cases = tuple(BOARD_CASES[i] for i in FITTING[prefix])
    chosen = rng.sample(cases, min(rng.randint(*n_items), len(cases)))
    items = [(str(first + k), case) for k, case in enumerate(chosen)]
    voters = [s for s in [*members, *serve] if s.role != "ordförande"]
    return Muni(
        org,
        organ_name,
        prefix,
        genitive,
        day,
        rng.choice(ROOMS),
        clock(rng),
        members,
        serve,
        subs,
        offs,
        sec,
        rng.sample(voters, justerare),
        items,
        workday(day, rng, 3, 8),
    )


def member_entry(s: Pol, *, tjg: str = "tjänstgörande för", role: bool = True) -> str:
    out = f"{s.name} ({s.party})"
    if s.replaces:
        return f"{out}, {tjg} {s.replaces}"
    if role and s.role in ("ordförande", "vice ordförande"):
        out += f", {s.function}"
    return out


def municipal_item_heading(
    f: Flow,
    number: str,
    label: str,
    title: str,
    dnr: str | None,
    *,
    size: float = 11.0,
    new_page: bool = False,
    dnr_below: bool = True,
    before: float = 14.0,
) -> Ln:
    """ "§ 12  Title" in bold with "Dnr …" on the row below (or at the right)."""
    font = f.style.bold
    indent = text_width(label, font, size) + 14
    rows = wrap(title, f.style.width - indent - (0 if dnr_below or not dnr else 130), font, size)
    right = () if dnr_below or not dnr else ((f.style.width - 120, f"Dnr {dnr}", False),)
    ln = f.line(
        label,
        bold=True,
        size=size,
        before=before,
        keep=len(rows) + 1,
        new_page=new_page,
        cells=((indent, rows[0], True), *right),
    )
    for row in rows[1:]:
        f.line(row, x=indent, bold=True, size=size)
    f.item(number, title, ln, dnr)
    if dnr and dnr_below:
        f.line(f"Dnr {dnr}", x=indent, size=8.5, before=1)
    return ln


# --------------------------------------------------------------------------- 1 front page box
def furniture_front_box(m: Muni, label_form: str):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setLineWidth(0.5)
        if page > 1:
            c.setFont(st.bold, 9)
            c.drawString(st.left, H - 40, m.org)
            c.setFont(st.reg, 9)
            c.drawString(st.left + 150, H - 40, f"Protokoll {m.organ.lower()}")
            c.drawString(st.left + 150, H - 51, date_text(m.date, "iso"))
            c.drawRightString(
                W - st.right, H - 40, f"{page} ({total})" if label_form == "paren" else f"Sida {page} av {total}"
            )
            c.line(st.left, H - 56, W - st.right, H - 56)
        c.setFont(st.reg, 7)
        c.rect(st.left, 34, 90, 18)
        c.drawString(st.left + 3, 46, "Justerandes signatur")
        c.rect(W - st.right - 90, 34, 90, 18)
        c.drawString(W - st.right - 87, 46, "Utdragsbestyrkande")
        if page == 1:
            c.setFont(st.reg, 9)
            c.drawRightString(
                W - st.right, H - 40, f"{page} ({total})" if label_form == "paren" else f"Sida {page} av {total}"
            )

    return draw


@variant(
    "board",
    "r_side_by_side",
    "r_tjg_for",
    "r_party",
    "r_sig_box",
    "m_organ_field",
    "h_para",
    "h_ks_para",
    "d_organ_beslut",
    "d_att_clauses",
    "d_beslut",
    "date_long",
    "date_iso",
    "m_other_dates",
    "running_header",
)
def h5a_front_box(rng: random.Random) -> Rendered:
    """A kommunstyrelse's or nämnd's protocol with a front page of its own."""
    names = Names(rng)
    m = muni_meeting(
        rng,
        names,
        seats=rng.randint(9, 13),
        serving=rng.randint(1, 3),
        substitutes=rng.randint(2, 4),
        officials=rng.randint(2, 4),
    )
    family = rng.choice(("helvetica", "vera"))
    f = Flow(Style(family, size=10, left=64, right=56, top=78, bottom=72))
    f.line(m.org.upper(), bold=True, size=13)
    f.line("SAMMANTRÄDESPROTOKOLL", bold=True, size=16, before=26)
    f.line(m.organ, size=12, before=4)
    numbers = [n for n, _ in m.items]
    paragraphs = f"§§ {numbers[0]}–{numbers[-1]}"
    date_form = rng.choice(("long", "wd", "iso"))
    box = [
        ("Organ", m.organ),
        ("Sammanträdesdatum", date_text(m.date, date_form)),
        ("Plats", m.place),
        ("Tid", f"kl. {m.time}" if rng.random() < 0.5 else m.time),
        ("Paragrafer", paragraphs),
    ]
    xs = [0.0, 130.0]
    rule = ruled(f, xs, f.style.width)
    for k, (label, value) in enumerate(box):
        f.row([(0, label), (130, value)], before=16 if k == 0 else 0, rule=rule)
    # roster: two columns
    half = f.style.width / 2 + 4
    f.line("Närvarande", bold=True, size=11, before=16, keep=2)
    left: list = [("Ledamöter", None, True)]
    for s in m.members:
        left.append((member_entry(s), (lambda ln, s=s: rec(f, ln, s)), False))
    right: list = [("Ersättare", None, True)]
    tjg = rng.choice(("tjänstgörande för", "tjg för", "tjänstgör för"))
    for s in [*m.serving, *m.substitutes]:
        right.append((member_entry(s, tjg=tjg), (lambda ln, s=s: rec(f, ln, s)), False))
    column_rows(f, [left, right], [0.0, half], half - 14, size=9.5, before=4)
    f.line("Övriga närvarande", bold=True, size=11, before=12, keep=2)
    title_first = rng.random() < 0.4
    for a in [*m.officials, m.secretary]:
        if title_first:
            ln = f.row([(0, a.title[0].upper() + a.title[1:]), (130, a.name)], size=9.5)
        else:
            ln = f.row([(0, a.name), (130, a.title)], size=9.5)
        rec(f, ln, a)
    just = m.justerare[0]
    ln = f.row([(0, "Utses att justera"), (130, f"{just.name} ({just.party})")], before=12)
    f.person(ln, just.name, "justerare", just.org)
    f.row([(0, "Justeringens plats och tid"), (130, f"Kommunkansliet {date_text(m.adjusted, 'iso')}")])
    # signature box
    sig_xs = [0.0, 100.0, 300.0]
    sig_rule = ruled(f, sig_xs, f.style.width)
    f.row([(0, "Underskrifter"), (300, f"Paragrafer {paragraphs}")], bold=True, before=14, keep=6)
    for label, who in (("Sekreterare", m.secretary), ("Ordförande", m.chair), ("Justerare", just)):
        f.row([(0, label), (100, "")], size=9, before=10, rule=sig_rule, keep=1)
        ln = f.row([(100, who.name)], size=9)
        if label == "Sekreterare":
            f.person(ln, who.name, "sekreterare", who.org, m.secretary.title)
        elif label == "Justerare":
            f.person(ln, who.name, "justerare", who.org)
    f.line("Protokollet är justerat. Justeringen har tillkännagetts genom anslag.", size=8.5, before=14, keep=2)
    up = workday(m.adjusted, rng, 1, 2)
    f.line(
        f"Anslaget sätts upp {date_text(up, 'iso')} och tas ned {date_text(up + dt.timedelta(days=22), 'iso')}.",
        size=8.5,
    )
    # items
    heading_form = rng.choice(("beslut", "genitive", "mixed"))
    number_form = rng.choice(("§ {n}", "§ {n}", f"{m.prefix} § {{n}}"))
    year = m.date.year
    for k, (n, case) in enumerate(m.items):
        dnr = f"{m.prefix} {year}/{rng.randint(20, 480)}" if case.dnr else None
        municipal_item_heading(
            f, n, number_form.format(n=n), case.title, dnr, new_page=k == 0, dnr_below=rng.random() < 0.6
        )
        f.line("Sammanfattning av ärendet", bold=True, before=8, keep=1)
        f.para(" ".join(case.text), before=2)
        if rng.random() < 0.5:
            f.line("Beslutsunderlag", bold=True, before=8, keep=1)
            written = m.date - dt.timedelta(days=rng.randint(10, 30))
            f.para(f"Tjänsteskrivelse {date_text(written, 'iso')}", before=2)
        if rng.random() < 0.4:
            f.line("Förslag till beslut", bold=True, before=8, keep=1)
            f.para(f"Förvaltningen föreslår att {m.organ.lower()} beslutar att {case.acts[0]}.", before=2)
        heading = {"beslut": "Beslut", "genitive": f"{m.genitive} beslut"}.get(
            heading_form, rng.choice(("Beslut", f"{m.genitive} beslut"))
        )
        form = rng.choice(("list", "present", "passive"))
        print_board_decision(f, m.organ, heading, case.acts, form, passive=case.passive)
        if rng.random() < 0.5:
            f.line("Beslutet skickas till", bold=True, before=8, keep=1)
            f.para(rng.choice(("Förvaltningen", "Ekonomiavdelningen", "Akten")), before=1)
    return Rendered(
        f,
        furniture_front_box(m, rng.choice(("paren", "sida"))),
        "protokoll",
        "Sammanträdesprotokoll",
        m.body,
        m.date.isoformat(),
        m.org,
    )


# --------------------------------------------------------------------------- 2 kommunfullmäktige
def kf_meeting(rng: random.Random, names: Names) -> tuple[Muni, list[tuple[str, Pol]], dict[str, list[Pol]]]:
    """A council of 31-41 seats: seats by party, the absent members' seats taken by substitutes
    of the same party or left empty."""
    org = rng.choice(list(C.MUNICIPALITIES))
    size = rng.choice((31, 35, 41))
    weights = dict(PARTY_WEIGHTS)
    total = sum(weights.values())
    counts = {p: max(1, round(size * w / total)) for p, w in weights.items()}
    counts["S"] += size - sum(counts.values())
    chair_party = rng.choice(("S", "M"))
    seats: list[tuple[str, Pol]] = []  # (party, present person in the seat)
    absent: list[tuple[str, str]] = []
    serving: list[Pol] = []
    roles = [
        ("ordförande", "", chair_party),
        ("vice ordförande", "1:e", "M" if chair_party == "S" else "S"),
        ("vice ordförande", "2:e", "SD"),
    ]
    for party, n in counts.items():
        for k in range(n):
            role, rank = "ledamot", ""
            for r, rk, p in roles:
                if p == party and k == 0:
                    role, rank = r, rk
            if role == "ledamot" and rng.random() < 0.12:
                gone = names()
                absent.append((party, gone))
                if rng.random() < 0.8:
                    sub = Pol(names(), party, "ersättare", org, replaces=gone)
                    serving.append(sub)
                continue
            seats.append((party, Pol(names(), party, role, org, rank=rank)))
    substitutes = {p: [Pol(names(), p, "ersättare", org) for _ in range(rng.randint(0, 2))] for p in counts}
    day = C.meeting_date(rng)
    members = sorted((s for _, s in seats), key=lambda s: ("ordförande", "vice ordförande", "ledamot").index(s.role))
    first = rng.randint(10, 120)
    chosen = rng.sample(KF_CASES, rng.randint(4, 6))
    items = [(str(first + k), c) for k, c in enumerate(chosen)]
    voters = [s for s in members if s.role != "ordförande"]
    m = Muni(
        org,
        "Kommunfullmäktige",
        "KS",
        "Kommunfullmäktiges",
        day,
        rng.choice(ROOMS),
        clock(rng),
        members,
        serving,
        [s for v in substitutes.values() for s in v],
        [Off(names(), t, org) for t in ("kommundirektör", "ekonomichef")],
        Off(names(), "kommunsekreterare", org),
        rng.sample(voters, 2),
        items,
        workday(day, rng, 4, 10),
    )
    m.extra["absent"] = absent
    return m, seats, substitutes


@variant(
    "board",
    "r_table_header",
    "r_table_unruled",
    "r_party",
    "r_tjg_for",
    "r_running_comma",
    "h_para",
    "d_organ_beslut",
    "d_not_yrkanden",
    "d_not_reservation",
    "date_weekday",
    "running_header",
)
def h5a_kf_party_table(rng: random.Random) -> Rendered:
    """A kommunfullmäktige protocol with its members by party in a table, and a vote."""
    names = Names(rng)
    m, seats, substitutes = kf_meeting(rng, names)
    f = Flow(Style("times", size=10.5, left=68, right=60, top=80))
    f.line(m.org, bold=True, size=12)
    f.line("Kommunfullmäktige", bold=True, size=18, before=20)
    f.line(f"Protokoll från sammanträdet {date_text(m.date, rng.choice(('wd_den', 'den')))}", size=11, before=4)
    f.row([(0, "Plats"), (110, m.place)], before=12)
    f.row([(0, "Tid"), (110, f"Kl. {m.time}")])
    f.line("Närvarande ledamöter och tjänstgörande ersättare", bold=True, size=11, before=14, keep=3)
    xs = [0.0, 70.0, 300.0]
    widths = [66.0, 222.0, f.style.width - 300.0]
    f.row([(0, "Parti"), (70, "Ledamöter"), (300, "Tjänstgörande ersättare")], bold=True, size=9.5, before=4)
    chair_mark = rng.choice((" (ordf.)", ", ordförande"))
    for party in PARTY_NAMES:
        members = [s for p, s in seats if p == party]
        subs = [s for s in m.serving if s.party == party]
        if not members and not subs:
            continue

        def mtext(s: Pol) -> str:
            if s.role == "ordförande":
                return s.name + chair_mark
            if s.role == "vice ordförande":
                return f"{s.name} ({s.rank} vice ordf.)"
            return s.name

        cols = []
        for entries, texts, w in (
            (members, [mtext(s) for s in members], widths[1]),
            (subs, [f"{s.name} för {s.replaces}" for s in subs], widths[2]),
        ):
            if not texts:
                cols.append(([], []))
                continue
            joined = ", ".join(texts)
            rows = wrap_cell(f, joined, w, 9.5)
            starts, at = [], 0
            for r in rows:
                starts.append(at)
                at += len(r) + 1
            where, pos = [], 0
            for t in texts:
                pos = joined.index(t, pos)
                where.append(max(k for k, s in enumerate(starts) if s <= pos))
                pos += len(t)
            cols.append((rows, list(zip(entries, where, strict=True))))
        n = max(len(cols[0][0]), len(cols[1][0]), 1)
        for i in range(n):
            cells = [(0.0, party if i == 0 else "")]
            for c, (rows, _) in enumerate(cols):
                if i < len(rows):
                    cells.append((xs[c + 1], rows[i]))
            cells = [c for c in cells if c[1]]
            ln = f.row(cells, size=9.5, before=3 if i == 0 else 0)
            for _rows, placed in cols:
                for who, at in placed:
                    if at == i:
                        rec(f, ln, who)
    present = len(seats) + len(m.serving)
    f.para(f"Antal närvarande: {present} av {len(seats) + len(m.extra['absent'])}.", size=9.5, before=6)
    subs = [s for s in m.substitutes]
    if subs:
        texts = [f"{s.name} ({s.party})" for s in subs]
        running_entries(
            f,
            "Närvarande ej tjänstgörande ersättare:",
            texts,
            [(lambda ln, s=s: rec(f, ln, s)) for s in subs],
            before=10,
            size=10,
        )
    offs = [*m.officials, m.secretary]
    running_entries(
        f,
        "Övriga närvarande:",
        [f"{a.name}, {a.title}" for a in offs],
        [(lambda ln, a=a: rec(f, ln, a)) for a in offs],
        sep="; ",
        last="; ",
        before=6,
    )
    j1, j2 = m.justerare
    ln = f.row([(0, "Justerare"), (110, f"{j1.name} ({j1.party}) och {j2.name} ({j2.party})")], before=12)
    f.person(ln, j1.name, "justerare", j1.org)
    f.person(ln, j2.name, "justerare", j2.org)
    f.row([(0, "Justeringsdag"), (110, date_text(m.adjusted, "long"))])
    f.line("Underskrifter", bold=True, before=14, keep=6)
    half = f.style.width / 2
    f.row([(0, "." * 36), (half, "." * 36)], before=18, keep=2)
    ln = f.row([(0, f"{m.secretary.name}, sekreterare"), (half, f"{m.chair.name}, ordförande")], size=9.5)
    f.person(ln, m.secretary.name, "sekreterare", m.org, m.secretary.title)
    f.row([(0, "." * 36), (half, "." * 36)], before=18, keep=2)
    ln = f.row([(0, f"{j1.name}, justerare"), (half, f"{j2.name}, justerare")], size=9.5)
    # items
    form = rng.choice(("§ {n}", "KF § {n}"))
    vote_item = rng.randrange(len(m.items))
    for k, (n, case) in enumerate(m.items):
        dnr = f"KS {m.date.year}/{rng.randint(20, 400)}" if case.dnr else None
        municipal_item_heading(f, n, form.format(n=n), case.title, dnr, new_page=k == 0, dnr_below=False, size=12)
        decision_first = rng.random() < 0.5
        if not decision_first:
            f.line("Ärendet", bold=True, before=8, keep=1)
            f.para(" ".join(case.text), before=2)
        if k == vote_item:
            against = rng.choice([p for p in PARTY_NAMES if p != m.chair.party])
            speaker = next(s for p, s in seats if p == m.chair.party and s.role == "ledamot")
            f.line("Yrkanden", bold=True, before=8, keep=1)
            f.para(f"{speaker.name} ({speaker.party}) yrkar bifall till kommunstyrelsens förslag.", before=2)
            f.para(f"Företrädare för {PARTY_NAMES[against]} yrkar avslag.", before=2)
            f.line("Propositionsordning", bold=True, before=8, keep=1)
            f.para(
                "Ordföranden ställer proposition på kommunstyrelsens förslag mot avslagsyrkandet och finner "
                "att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs.",
                before=2,
            )
            f.line("Omröstning", bold=True, before=8, keep=1)
            f.para(
                "Följande voteringsproposition godkänns: Ja-röst för kommunstyrelsens förslag, nej-röst för avslag.",
                before=2,
            )
            yes = present - rng.randint(6, 12)
            abst = rng.randint(0, 2)
            f.para(
                f"Omröstningen utfaller med {yes} ja-röster mot {present - yes - abst} nej-röster; {abst} "
                f"ledamöter avstår från att rösta.",
                before=2,
            )
            verdict = "Kommunfullmäktiges beslut"
        else:
            verdict = rng.choice(("Kommunfullmäktiges beslut", "Beslut"))
        print_board_decision(
            f, "Kommunfullmäktige", verdict, case.acts, rng.choice(("list", "present", "passive")), passive=case.passive
        )
        if decision_first:
            f.line("Ärendet", bold=True, before=8, keep=1)
            f.para(" ".join(case.text), before=2)
        if k == vote_item:
            f.line("Reservation", bold=True, before=8, keep=1)
            f.para(f"Ledamöterna för {PARTY_NAMES[against]} reserverar sig mot beslutet.", before=2)
    return Rendered(f, furniture_kf(m), "protokoll", "Protokoll", m.body, m.date.isoformat(), m.org)


def furniture_kf(m: Muni):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 40, f"{m.org} · Kommunfullmäktige · {date_text(m.date, 'iso')}")
        c.drawRightString(W - st.right, H - 40, f"{page}/{total}")
        c.setLineWidth(0.4)
        c.line(st.left, 50, W - st.right, 50)
        c.drawString(st.left, 40, "Justerandes sign.")
        c.drawRightString(W - st.right, 40, "Utdragsbestyrkande")

    return draw


# --------------------------------------------------------------------------- 3 council with municipality representatives
@dataclass(frozen=True)
class Topic5:
    title: str
    text: tuple[str, ...]
    acts: tuple[str, ...] = ()


COUNCIL_CASES = (
    Topic5(
        "Länsgemensam handlingsplan för suicidprevention",
        (
            "Processledaren presenterade ett förslag till handlingsplan för de kommande tre åren.",
            "Planen har tagits fram i dialog med länets kommuner och civilsamhället.",
        ),
        ("ställa sig bakom förslaget till länsgemensam handlingsplan för suicidprevention",),
    ),
    Topic5(
        "Statsbidrag för psykisk hälsa",
        (
            "Länet har tilldelats {3,6 miljoner kronor|3600000} för insatser inom psykisk hälsa.",
            "Beredningen föreslår att medlen fördelas efter befolkningsandel.",
        ),
        ("godkänna fördelningen av statsbidraget enligt beredningens förslag",),
    ),
    Topic5(
        "Lägesrapport från arbetet med God och nära vård",
        (
            "Representanter från Hälso- och sjukvårdsförvaltningen redogjorde för arbetet i länsdelarna.",
            "Rådet diskuterade hur kommunerna kan involveras tidigare i planeringen.",
        ),
    ),
    Topic5(
        "Mötesplan för kommande år",
        ("Förslaget innebär fyra ordinarie sammanträden, varav ett i form av en heldag.",),
        ("fastställa mötesplanen för kommande år",),
    ),
    Topic5(
        "Regional överenskommelse om anhörigstöd",
        (
            "Överenskommelsen har reviderats efter synpunkter från kommunerna.",
            "Kostnaden för den gemensamma anhörigkonsulenten delas lika mellan parterna.",
        ),
        (
            "rekommendera kommunerna och regionen att anta överenskommelsen",
            "ge beredningsgruppen i uppdrag att följa upp överenskommelsen årligen",
        ),
    ),
    Topic5(
        "Information från Länsstyrelsen",
        ("Länsstyrelsen informerade om det nya uppdraget att samordna arbetet mot segregation.",),
    ),
)


@variant(
    "council",
    "r_table_header",
    "r_table_ruled",
    "r_org_short",
    "h_arende",
    "h_punkt",
    "d_beslut",
    "d_sentences",
    "r_guests",
    "date_weekday",
    "r_val_av_justerare",
)
def h5a_council_representatives(rng: random.Random) -> Rendered:
    """A collaboration council's protocol with the municipalities' representatives."""
    names = Names(rng)
    council = rng.choice(list(C.COUNCILS))
    printed = rng.choice((council, C.COUNCILS[council][0]))
    day = C.meeting_date(rng)
    chair = Pol(names(), rng.choice(("S", "M", "C")), "ordförande", C.REGION)
    vice_org = rng.choice(list(C.MUNICIPALITIES))
    rows: list[tuple[str, Pol]] = [(C.REGION, chair)]
    rows += [(C.REGION, Pol(names(), names.party(), "ledamot", C.REGION)) for _ in range(rng.randint(1, 2))]
    absent_orgs = set(rng.sample(list(C.MUNICIPALITIES), rng.randint(1, 3)))
    for org in C.MUNICIPALITIES:
        role = "vice ordförande" if org == vice_org else "ledamot"
        if org in absent_orgs and org != vice_org:
            if rng.random() < 0.6:
                rows.append((org, Pol(names(), names.party(), "ersättare", org, replaces=names())))
            continue
        rows.append((org, Pol(names(), names.party(), role, org)))
        if rng.random() < 0.25:
            rows.append((org, Pol(names(), names.party(), "ersättare", org)))
    staff = [
        Off(names(), t, C.REGION)
        for t in rng.sample(
            ("regiondirektör", "områdeschef", "processledare", "folkhälsostrateg", "utvecklingsledare", "analytiker"),
            rng.randint(2, 4),
        )
    ]
    guest = Off(names(), rng.choice(("länssamordnare", "utvecklingsdirektör", "handläggare")), C.LANSSTYRELSEN)
    sec = staff[-1] if rng.random() < 0.5 else Off(names(), "nämndsekreterare", C.REGION)
    sec_listed = sec in staff
    justerare = rng.choice([p for o, p in rows if p.role in ("ledamot", "vice ordförande") and o != C.REGION])
    family = rng.choice(("vera", "helvetica"))
    f = Flow(Style(family, size=10, left=62, right=58, top=76))
    f.row([(0, "Region Örebro län"), (f.style.width - 90, "PROTOKOLL")], bold=True, size=11)
    f.para(printed, bold=True, size=15, before=18)
    f.row([(0, "Datum"), (90, date_text(day, rng.choice(("wd", "wd_cap", "iso"))))], before=10)
    f.row([(0, "Tid"), (90, clock(rng))])
    f.row([(0, "Plats"), (90, rng.choice(C.COUNCIL_PLACES))])
    short = rng.random() < 0.5
    xs = [0.0, 120.0, 300.0]
    rule = ruled(f, xs, f.style.width)
    f.line("Närvarande", bold=True, size=11, before=14, keep=2)
    f.row([(0, "Organisation"), (120, "Namn"), (300, "Uppdrag")], bold=True, size=9.5, before=4, rule=rule)
    prev = None
    for org, p in rows:
        label = "" if org == prev else (C.SHORT[org] if short else org)
        prev = org
        party = f" ({p.party})" if p.party else ""
        role = {"ordförande": "ordförande", "vice ordförande": "vice ordförande", "ledamot": "ledamot"}.get(p.role)
        if role is None:
            role = f"ersättare för {p.replaces}" if p.replaces else "ersättare"
        cells = [(0, label), (120, p.name + party), (300, role)]
        ln = f.row([c for c in cells if c[1]] if label else cells[1:], size=9.5, rule=rule)
        rec(f, ln, p)
    f.line("Tjänstepersoner, Region Örebro län", bold=True, before=12, keep=1)
    for a in staff:
        rec(f, f.row([(0, a.name), (160, a.title)], size=9.5), a)
    f.line("Övriga", bold=True, before=10, keep=1)
    ln = f.line(f"{guest.name}, {guest.title}, Länsstyrelsen i Örebro län", size=9.5)
    f.person(ln, guest.name, "övrig", guest.org, guest.title)
    if not sec_listed:
        ln = f.row([(0, "Sekreterare"), (160, sec.name)], before=10)
        f.person(ln, sec.name, "sekreterare", sec.org, None)
    # items
    form = rng.choice(("Ärende {n}", "Punkt {n}"))
    topics = rng.sample(COUNCIL_CASES, rng.randint(3, 5))
    subject = rng.choice(("Samverkansrådet", "Rådet"))
    agenda: list[tuple[str, tuple[str, ...], list[str]]] = [
        ("Mötets öppnande", (f"Ordföranden {chair.name} hälsade välkommen och förklarade mötet öppnat.",), []),
        ("Val av justerare", (), ["J"]),
        ("Godkännande av dagordning", (), ["Dagordningen godkändes."]),
    ]
    for t in topics:
        agenda.append((t.title, t.text, [f"{subject} beslutar att {a}." for a in t.acts]))
    agenda.append(("Övriga frågor", ("Inga övriga frågor anmäldes.",), []))
    agenda.append(("Mötets avslutande", ("Ordföranden tackade deltagarna och avslutade mötet.",), []))
    own_line = rng.random() < 0.5
    for k, (title, text, decisions) in enumerate(agenda):
        n = str(k + 1)
        label = form.format(n=n)
        if own_line:
            ln = f.line(label, bold=True, size=10.5, before=14, keep=2, new_page=k == 0)
            f.line(title, bold=True, size=10.5, before=1)
        else:
            ln = f.line(
                f"{label}. {title}" if rng.random() < 0.3 else f"{label} {title}",
                bold=True,
                size=10.5,
                before=14,
                keep=1,
                new_page=k == 0,
            )
        f.item(n, title, ln)
        if text:
            f.para(" ".join(text), before=3)
        if decisions == ["J"]:
            s = (
                f"{justerare.name}, {justerare.org}, utses att jämte ordföranden justera protokollet."
                if rng.random() < 0.5
                else f"Till justerare utses {justerare.name} ({C.SHORT[justerare.org]})."
            )
            f.para(s, before=3)
            f.decision(s)
            f.person(f.lines[-1], justerare.name, "justerare", justerare.org)
        elif decisions:
            if rng.random() < 0.5 and k > 2:
                f.line("Beslut", bold=True, before=6, keep=1)
            for s in decisions:
                f.para(s, before=3)
                f.decision(s)
    f.in_items = False
    f.line("Vid protokollet", before=22, keep=3)
    f.line("." * 40, before=16, keep=1)
    ln = f.line(sec.name)
    f.person(ln, sec.name, "sekreterare", sec.org, sec.title if sec_listed else None)
    half = f.style.width / 2
    f.row([(0, "." * 40), (half, "." * 40)], before=20, keep=2)
    ln = f.row([(0, chair.name), (half, justerare.name)])
    f.row([(0, "Ordförande"), (half, "Justerare")])
    return Rendered(f, furniture_council(printed), "protokoll", "Protokoll", council, day.isoformat(), C.REGION)


def furniture_council(name: str):
    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 36, f"Protokoll {name}")
        c.drawRightString(W - st.right, 36, f"Sida {page} ({total})")

    return draw


# --------------------------------------------------------------------------- 4 network minutes
NETWORK_TITLES = (
    "folkhälsostrateg",
    "folkhälsosamordnare",
    "socialchef",
    "verksamhetschef",
    "enhetschef",
    "utvecklingsledare",
    "avdelningschef",
    "förvaltningschef",
)
MINUTES_CASES = (
    Topic5(
        "Aktuellt från kommunerna",
        ("Varje kommun gav en kort lägesbild.", "Flera kommuner ser ett ökat behov av stöd till föräldrar."),
    ),
    Topic5(
        "Länsgemensam kampanj om spelberoende",
        (
            "Kampanjen planeras till vecka 45 och riktar sig till unga vuxna.",
            "Regionen står för materialet och kommunerna för spridningen lokalt.",
        ),
        ("genomföra kampanjen under vecka 45",),
    ),
    Topic5(
        "Medel för lokala folkhälsoinsatser",
        (
            "Av årets medel återstår {185 000 kronor|185000}.",
            "Gruppen diskuterade hur de kan användas före årsskiftet.",
        ),
        ("fördela återstående medel lika mellan länsdelarna",),
    ),
    Topic5(
        "Planering av nätverksträff i höst",
        ("Förslaget är en heldag i Hallsberg med tema psykisk hälsa hos äldre.",),
        ("godkänna upplägget för nätverksträffen",),
    ),
    Topic5(
        "Uppföljning av Liv och hälsa ung",
        (
            "Resultaten från undersökningen presenteras för kommunerna under våren.",
            "Gruppen önskar en gemensam mall för lokala rapporter.",
        ),
    ),
    Topic5(
        "Remiss om regional utvecklingsstrategi",
        ("Synpunkter från nätverket sammanställs av Region Örebro län och skickas in senast i slutet av månaden.",),
        ("lämna synpunkter på remissen enligt diskussionen",),
    ),
)


@variant(
    "minutes",
    "h_unnumbered",
    "r_running_comma",
    "r_och",
    "r_absent",
    "r_antecknare",
    "r_guests",
    "d_sentences",
    "date_long",
    "date_iso",
)
def h5a_network_prose(rng: random.Random) -> Rendered:
    """Minnesanteckningar of an officials' network."""
    names = Names(rng)
    group = rng.choice(C.GROUPS)
    day = C.meeting_date(rng)
    orgs = rng.sample(list(C.MUNICIPALITIES), rng.randint(5, 8))
    chair = Off(names(), rng.choice(("områdeschef", "enhetschef", "utvecklingsledare")), C.REGION)
    members = [Off(names(), rng.choice(NETWORK_TITLES), o) for o in orgs]
    members.append(Off(names(), rng.choice(("folkhälsostrateg", "analytiker")), C.REGION))
    officials = [Off(names(), rng.choice(("processledare", "projektledare", "kommunikatör")), C.REGION)]
    guest = Off(names(), rng.choice(("länssamordnare", "handläggare")), rng.choice((C.LANSSTYRELSEN, C.RF_SISU)))
    away = [(names(), o) for o in rng.sample([o for o in C.MUNICIPALITIES if o not in orgs], 2)]
    note = officials[0] if rng.random() < 0.6 else Off(names(), "administratör", C.REGION)
    note_listed = note in officials
    family = rng.choice(("times", "vera", "helvetica"))
    size = rng.choice((10.0, 10.5, 11.0))
    f = Flow(Style(family, size=size, left=72, right=64, top=74))
    f.line("Minnesanteckningar", bold=True, size=17)
    f.line(group, size=12, before=4)
    f.para(
        f"{date_text(day, rng.choice(('long', 'wd_cap', 'iso')))}, kl. {clock(rng)}, {rng.choice(C.COUNCIL_PLACES)}",
        before=6,
    )
    titles = rng.random() < 0.6
    with_org = [f"{a.name} ({a.title}, {a.org})" if titles else f"{a.name}, {a.org}" for a in members]
    sep = "; " if titles else ", "
    lead = rng.choice(("Deltagare:", "Vid mötet deltog", "Närvarande:"))
    running_entries(
        f,
        lead,
        with_org,
        [(lambda ln, a=a: f.person(ln, a.name, "ledamot", a.org, a.title if titles else None)) for a in members],
        sep=sep,
        before=12,
    )
    chair_text = rng.choice(
        (
            f"Mötet leddes av {chair.name}, {chair.title}, Region Örebro län.",
            f"Ordförande för mötet var {chair.name}, {chair.title} vid Region Örebro län.",
        )
    )
    rows = f.para(chair_text, before=4)
    f.person(rows[0], chair.name, "ordförande", C.REGION, chair.title)
    for a in officials:
        rows = f.para(f"Från Regional utveckling deltog även {a.name}, {a.title}.", before=4)
        f.person(rows[0], a.name, "tjänsteperson", a.org, a.title)
    rows = f.para(f"Som gäst under en del av mötet deltog {guest.name}, {guest.title}, {guest.org}.", before=4)
    f.person(rows[0], guest.name, "övrig", guest.org, guest.title)
    f.para("Förhinder: " + " och ".join(f"{n} ({o})" for n, o in away) + ".", before=4)
    topics = rng.sample(MINUTES_CASES, rng.randint(3, 5))
    subject = "Chefsgruppen" if group.startswith("Chefsgrupp") else "Styrgruppen"
    points: list[tuple[str, tuple[str, ...], list[str]]] = [
        ("Inledning och dagordning", ("Ordföranden hälsade välkommen.",), ["Dagordningen godkändes."]),
        ("Minnesanteckningar från förra mötet", (), ["Minnesanteckningarna lades till handlingarna."]),
    ]
    for t in topics:
        decided = [
            past(subject, a)
            if a.split(" ", 1)[0] in ("godkänna", "fördela") and rng.random() < 0.5
            else f"{subject} beslutade att {a}."
            for a in t.acts
        ]
        points.append((t.title, t.text, decided))
    nxt = workday(day, rng, 30, 60)
    points.append(("Nästa möte", (f"Nästa möte hålls den {date_text(nxt, 'long')}.",), []))
    for k, (title, text, decided) in enumerate(points):
        ln = f.line(title, bold=True, before=14, keep=1)
        f.item(str(k + 1), title, ln)
        bullets = rng.random() < 0.3 and len(text) > 1
        if bullets:
            for t in text:
                f.para(f"• {t}", x=8, hang=8, before=2)
            text = ()
        in_text = rng.random() < 0.5
        if in_text and (text or decided):
            f.para(" ".join([*text, *decided]), before=3)
        else:
            if text:
                f.para(" ".join(text), before=3)
            for d in decided:
                f.para(d, before=3)
        for d in decided:
            f.decision(d)
    f.in_items = False
    rows = f.para(rng.choice(("Antecknat av", "Vid anteckningarna", "Antecknare:")) + f" {note.name}", before=20)
    f.person(rows[0], note.name, "sekreterare", note.org, note.title if note_listed else None)

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawString(st.left, 34, f"{group} – minnesanteckningar {date_text(day, 'iso')}")
        c.drawRightString(W - st.right, 34, f"{page} ({total})")

    return Rendered(f, draw, "minnesanteckningar", "Minnesanteckningar", group, day.isoformat(), C.REGION)


# --------------------------------------------------------------------------- 5 agreement
AGREEMENTS5 = (
    ("Överenskommelse om samverkan kring hälsofrämjande skolor", "hälsofrämjande skolor"),
    ("Överenskommelse om länsgemensam funktion för våldsprevention", "våldsprevention"),
    ("Överenskommelse om samordnad individuell plan för vuxna", "samordnad individuell plan"),
    ("Överenskommelse om gemensamt stöd till civilsamhällets mötesplatser", "mötesplatser"),
)
SIGN_TITLES5 = {C.REGION: ("Regiondirektör", "Regionstyrelsens ordförande")}
MUNI_SIGN5 = ("Kommunstyrelsens ordförande", "Kommundirektör", "Kommunchef")


@variant("agreement", "a_parties_list", "a_sig_title_org", "m_other_dates", "date_long")
def h5a_agreement_signature_table(rng: random.Random) -> Rendered:
    """An överenskommelse between the region and municipalities, signed in a table."""
    names = Names(rng)
    title, about = rng.choice(AGREEMENTS5)
    munis = sorted(rng.sample(list(C.MUNICIPALITIES), rng.randint(2, 6)), key=list(C.MUNICIPALITIES).index)
    parties = [C.REGION, *munis]
    start = dt.date(rng.choice((2025, 2026)), rng.choice((1, 3, 7)), 1)
    end = dt.date(start.year + rng.randint(1, 3), 12, 31) if rng.random() < 0.8 else None
    dated = start - dt.timedelta(days=rng.randint(40, 90)) if rng.random() < 0.6 else None
    signed = (dated or start - dt.timedelta(days=30)) + dt.timedelta(days=rng.randint(5, 15))
    sigs = []
    for org in parties:
        titles = SIGN_TITLES5.get(org, MUNI_SIGN5)
        t = rng.choice(titles)
        t = t.lower() if rng.random() < 0.3 else t
        place = C.SHORT.get(org, "Örebro") if org in C.MUNICIPALITIES else "Örebro"
        sigs.append((names(), t, org, place, signed + dt.timedelta(days=rng.randint(0, 20))))
    family = rng.choice(("vera", "times", "helvetica"))
    f = Flow(Style(family, size=10.5, left=72, right=64, top=76))
    f.in_items = False
    f.row([(0, "Region Örebro län"), (f.style.width - 130, "Överenskommelse")], bold=True, size=10)
    if dated:
        f.row([(f.style.width - 130, f"Datum: {date_text(dated, rng.choice(('long', 'iso')))}")], size=9, before=2)
        f.row([(f.style.width - 130, f"Dnr: {dated.year % 100}RS{rng.randint(1000, 9999)}")], size=9)
    f.para(title, bold=True, size=16, before=24)
    f.line("1 Parter", bold=True, size=11.5, before=14, keep=2)
    f.para("Denna överenskommelse är träffad mellan följande parter:", before=3)
    for org in parties:
        f.line(f"– {org}", x=12, before=1)
    f.para("Kommunerna benämns nedan gemensamt Kommunerna och Region Örebro län benämns Regionen.", before=4)
    money = rng.choice(("{300 000 kronor|300000}", "{1,5 miljoner kronor|1500000}", "{600 tkr|600000}"))
    sections = [
        (
            "Bakgrund",
            f"Parterna har ett gemensamt ansvar för arbetet med {about} i länet. Överenskommelsen "
            "bygger på de erfarenheter som gjorts under tidigare projektperioder.",
        ),
        ("Syfte", "Syftet är att skapa långsiktiga förutsättningar för ett likvärdigt arbete i hela länet."),
        (
            "Parternas åtaganden",
            "Regionen ansvarar för samordning, kunskapsstöd och uppföljning. Kommunerna "
            "ansvarar för genomförandet lokalt och utser var sin kontaktperson.",
        ),
        ("Finansiering", f"Regionen bidrar med {money} per år. Kommunerna bidrar med egen arbetstid."),
        ("Uppföljning", "Arbetet följs upp årligen och redovisas för Regionala samverkansrådet."),
    ]
    n = 2
    for head, text in sections:
        f.line(f"{n} {head}", bold=True, size=11.5, before=12, keep=2)
        f.para(text, before=3)
        n += 1
    f.line(f"{n} Giltighetstid", bold=True, size=11.5, before=12, keep=2)
    if end is None:
        validity = f"Överenskommelsen gäller från och med {date_text(start, 'long')} och tills vidare."
    else:
        validity = rng.choice(
            (
                f"Överenskommelsen träder i kraft den {date_text(start, 'long')} och gäller till och med den "
                f"{date_text(end, 'long')}.",
                f"Överenskommelsen gäller för perioden {start.isoformat()}–{end.isoformat()}.",
            )
        )
    f.para(
        validity + " Part som vill säga upp överenskommelsen ska göra det skriftligen med sex månaders varsel.",
        before=3,
    )
    f.line(f"{n + 1} Underskrifter", bold=True, size=11.5, before=12, keep=3)
    f.para(f"Överenskommelsen har upprättats i {len(parties)} likalydande exemplar.", before=3)
    xs = [0.0, 140.0, 260.0]
    rule = ruled(f, xs, f.style.width)
    f.row(
        [(0, "Part"), (140, "Ort och datum"), (260, "Underskrift och namnförtydligande")],
        bold=True,
        size=9,
        before=10,
        rule=rule,
        keep=3,
    )
    for name, t, org, place, when in sigs:
        f.row([(0, org), (140, f"{place} {when.isoformat()}")], size=9, rule=rule, keep=2)
        f.row([(0, ""), (140, ""), (260, "")], size=9, rule=rule, keep=1)
        f.row([(260, f"{name}, {t}")], size=9, rule=rule)
    gold = {
        "parties": parties,
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat() if end else None,
        "signatories": [{"name": name, "title": t, "organization": org} for name, t, org, _, _ in sigs],
    }

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8)
        c.drawCentredString(W / 2, 34, f"Sida {page} av {total}")

    return Rendered(
        f, draw, "overenskommelse", title, None, dated.isoformat() if dated else None, C.REGION, agreement=gold
    )


# --------------------------------------------------------------------------- 6 nämnd, running roster
@variant(
    "board",
    "h_finnish",
    "h_dot",
    "r_running_comma",
    "r_tjg_for",
    "r_party",
    "d_namnden_beslutar",
    "d_inline",
    "d_sentences",
    "r_sig_box",
    "m_page_header_body",
    "date_dotted",
    "running_header",
)
def h5a_namnd_running(rng: random.Random) -> Rendered:
    """A nämnd's protocol numbered through the year, its roster in running text."""
    names = Names(rng)
    organ = rng.choice(BOARDS5[1:])
    m = muni_meeting(
        rng,
        names,
        organ=organ,
        seats=rng.randint(7, 11),
        serving=rng.randint(1, 2),
        substitutes=rng.randint(1, 3),
        officials=rng.randint(2, 3),
        n_items=(4, 6),
    )
    number = rng.choice(("{n} §", "{n}."))
    serial = f"{rng.randint(2, 9)}/{m.date.year}"
    family = rng.choice(("courier", "times"))
    f = Flow(Style(family, size=10 if family == "courier" else 11, left=70, right=62, top=84, bottom=70))
    f.line(f"PROTOKOLL nr {serial}", bold=True, size=13)
    f.line(m.organ, size=12, before=6)
    dform = rng.choice(("slash", "dotted", "den"))
    shown = C.fmt_date(m.date, "dotted") if dform == "dotted" else date_text(m.date, dform)
    f.para(f"Sammanträdesdag: {shown}, kl. {m.time}", before=10)
    f.para(f"Lokal: {m.place}", before=2)
    texts = [member_entry(s, tjg=rng.choice(("tjänstgörande för", "tjg för"))) for s in m.members]
    running_entries(f, "Beslutande:", texts, [(lambda ln, s=s: rec(f, ln, s)) for s in m.members], before=10)
    texts = [member_entry(s, tjg="tjänstgörande för") for s in m.serving]
    running_entries(
        f, "Tjänstgörande ersättare:", texts, [(lambda ln, s=s: rec(f, ln, s)) for s in m.serving], before=4
    )
    if m.substitutes:
        texts = [member_entry(s) for s in m.substitutes]
        running_entries(
            f, "Närvarande ersättare:", texts, [(lambda ln, s=s: rec(f, ln, s)) for s in m.substitutes], before=4
        )
    offs = [*m.officials, m.secretary]
    texts = [f"{a.title[0].upper() + a.title[1:]} {a.name}" for a in offs]
    running_entries(f, "Tjänstepersoner:", texts, [(lambda ln, a=a: rec(f, ln, a)) for a in offs], before=4)
    just = m.justerare[0]
    rows = f.para(f"Justerare: {just.name} ({just.party})", before=10)
    f.person(rows[0], just.name, "justerare", just.org)
    f.para(f"Protokollet justeras på förvaltningskontoret {C.fmt_date(m.adjusted, 'dotted')}.", before=2)
    subject = rng.choice(("Nämnden", m.organ))
    for k, (n, case) in enumerate(m.items):
        label = number.format(n=n)
        ln = f.line(f"{label} {case.title}", bold=True, size=f.style.size + 0.5, before=16, keep=2, new_page=k == 0)
        dnr = f"{m.prefix} {m.date.year}/{rng.randint(30, 600)}" if case.dnr else None
        f.item(n, case.title, ln, dnr)
        if dnr:
            f.line(f"Diarienummer: {dnr}", size=f.style.size - 1.5, before=1)
        form = rng.choice(("inline", "runin", "beslutar"))
        if form == "inline":
            sentences = [f"{subject} beslutar att {a}." for a in case.acts]
            f.para(" ".join([*case.text, *sentences]), before=4)
            for s in sentences:
                f.decision(s)
        elif form == "runin":
            f.para(" ".join(case.text), before=4)
            for a in case.acts:
                s = present(subject, a)
                f.para(f"Beslut: {s}", before=4)
                f.decision(s)
        else:
            f.para(" ".join(case.text), before=4)
            f.para(f"{subject} beslutar", before=6)
            for j, a in enumerate(case.acts):
                end = "." if j == len(case.acts) - 1 else ", samt"
                f.para(f"att {a}{end}", x=20, hang=10, before=1)
                f.decision(f"{subject} beslutar att {a}")
        if rng.random() < 0.4:
            noter = rng.choice(m.members[1:])
            f.para(
                f"Protokollsanteckning: {noter.name} ({noter.party}) lämnar en "
                "skriftlig anteckning som bifogas protokollet.",
                before=4,
            )
    f.in_items = False
    f.line("Justerandes underskrifter", bold=True, before=24, keep=5)
    f.row([(0, "." * 30), (230, "." * 30)], before=20, keep=2)
    ln = f.row([(0, m.chair.name), (230, just.name)])
    f.row([(0, "ordförande"), (230, "justerare")], size=9)
    f.line("Vid protokollet", before=16, keep=2)
    ln = f.line(f"{m.secretary.name}, {m.secretary.title}", before=14)
    f.person(ln, m.secretary.name, "sekreterare", m.org, m.secretary.title)

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 8.5)
        c.drawString(st.left, H - 44, f"{m.org.upper()}   {m.organ}")
        c.drawRightString(W - st.right, H - 44, f"Protokoll {serial}   {page}({total})")
        c.drawString(st.left, 40, "Justerandes signatur: ..........   ..........")

    return Rendered(f, draw, "protokoll", f"Protokoll nr {serial}", m.body, m.date.isoformat(), m.org)


# --------------------------------------------------------------------------- 7 beredningsgrupp
BEREDNING_CASES = (
    Topic5(
        "Förberedelse inför samverkansrådets nästa möte",
        ("Gruppen gick igenom förslaget till dagordning för rådets möte.",),
        ("föreslå samverkansrådet att fastställa dagordningen med de tillägg som framkom",),
    ),
    Topic5(
        "Länsgemensamma utvecklingsmedel",
        (
            "Ansökningar om sammanlagt {2,3 miljoner kronor|2300000} har kommit in.",
            "Beredningen bedömer att fyra av sex ansökningar uppfyller kriterierna.",
        ),
        ("föreslå samverkansrådet att bevilja de fyra ansökningar som uppfyller kriterierna",),
    ),
    Topic5(
        "Lägesbild från länsdelarna",
        ("Representanterna redogjorde för aktuella frågor i västra, norra och södra länsdelen.",),
    ),
    Topic5(
        "Revidering av samverkansstrukturen",
        (
            "Ett utkast till reviderad struktur har skickats ut till kommunerna.",
            "Flera kommuner önskar tydligare mandat för beredningsgruppen.",
        ),
        ("återkomma med ett omarbetat förslag till nästa möte",),
    ),
    Topic5(
        "Utbildningsdag om barnkonventionen",
        (
            "Utbildningsdagen genomförs i Karlskoga och riktar sig till chefer i kommuner och region.",
            "Kostnaden beräknas till {85 000 kronor|85000}.",
        ),
        ("genomföra utbildningsdagen enligt förslaget",),
    ),
)


@variant(
    "minutes",
    "r_side_by_side",
    "r_name_title_columns",
    "h_dot",
    "d_inline",
    "d_sentences",
    "r_absent",
    "date_iso",
    "date_long",
)
def h5a_beredning_sides(rng: random.Random) -> Rendered:
    """Minnesanteckningar of a beredningsgrupp preparing a council's meetings."""
    names = Names(rng)
    body = rng.choice(("Beredningsgruppen för folkhälsa", "Beredningsgruppen för social välfärd samt vård och omsorg"))
    day = C.meeting_date(rng)
    orgs = rng.sample(list(C.MUNICIPALITIES), rng.randint(5, 8))
    munis = [Off(names(), rng.choice(NETWORK_TITLES), o) for o in sorted(orgs, key=list(C.MUNICIPALITIES).index)]
    chair = Off(names(), rng.choice(("områdeschef", "avdelningschef")), C.REGION)
    region = [
        Off(names(), rng.choice(("utvecklingsledare", "folkhälsostrateg", "enhetschef", "processledare")), C.REGION)
        for _ in range(rng.randint(2, 3))
    ]
    sec = region[-1]
    away = [(names(), o) for o in rng.sample([o for o in C.MUNICIPALITIES if o not in orgs], 2)]
    family = rng.choice(("helvetica", "vera"))
    f = Flow(Style(family, size=9.5, left=58, right=54, top=72))
    f.row([(0, "Region Örebro län"), (f.style.width - 140, "MINNESANTECKNINGAR")], bold=True, size=9)
    f.row([(f.style.width - 140, f"Mötesdatum {date_text(day, 'iso')}")], size=9, before=2)
    f.line(body, bold=True, size=15, before=18)
    f.para(
        f"Möte {date_text(day, rng.choice(('den', 'wd', 'long')))} kl. {clock(rng)}, {rng.choice(C.COUNCIL_PLACES)}",
        before=4,
    )
    half = f.style.width / 2 + 6
    left: list = [("Kommunernas representanter", None, True)]
    for a in munis:
        left.append(
            (
                f"{a.name}, {a.title}, {C.SHORT[a.org]}",
                (lambda ln, a=a: f.person(ln, a.name, "ledamot", a.org, a.title)),
                False,
            )
        )
    right: list = [("Region Örebro län", None, True)]
    right.append(
        (
            f"{chair.name}, {chair.title} (ordförande)",
            (lambda ln: f.person(ln, chair.name, "ordförande", C.REGION, chair.title)),
            False,
        )
    )
    for a in region:
        extra = " (anteckningar)" if a is sec else ""
        right.append(
            (f"{a.name}, {a.title}{extra}", (lambda ln, a=a: f.person(ln, a.name, "ledamot", a.org, a.title)), False)
        )
    column_rows(f, [left, right], [0.0, half], half - 16, size=9, before=12)
    f.para("Förhinder: " + "; ".join(f"{n}, {C.SHORT[o]}" for n, o in away) + ".", size=9, before=6)
    points: list[tuple[str, tuple[str, ...], list[str]]] = [
        ("Mötets öppnande och dagordning", (), ["Dagordningen godkändes."]),
    ]
    for t in rng.sample(BEREDNING_CASES, rng.randint(3, 4)):
        points.append((t.title, t.text, [f"Beredningsgruppen beslutade att {a}." for a in t.acts]))
    points.append(("Övriga frågor", ("Inga övriga frågor.",), []))
    for k, (title, text, decided) in enumerate(points):
        n = str(k + 1)
        ln = f.line(f"{n}. {title}", bold=True, size=10.5, before=12, keep=1)
        f.item(n, title, ln)
        if text:
            f.para(" ".join(text), before=3)
        for d in decided:
            if rng.random() < 0.5:
                f.para(f"Beslut: {d}", before=3)
            else:
                f.para(d, before=3)
            f.decision(d)
    f.in_items = False
    ln = f.line(f"Vid anteckningarna: {sec.name}", before=18)
    f.person(ln, sec.name, "sekreterare", sec.org, sec.title)

    def draw(c, page, total, lines, flow):
        st = flow.style
        c.setFont(st.reg, 7.5)
        c.drawString(st.left, 32, body)
        c.drawRightString(W - st.right, 32, f"Sida {page} av {total}")

    return Rendered(f, draw, "minnesanteckningar", "Minnesanteckningar", body, day.isoformat(), C.REGION)
