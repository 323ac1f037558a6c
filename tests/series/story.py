"""The series as data: four bodies, their people, and what happens at each of 22 meetings.

Nothing here prints anything.  ``STORY`` says, meeting by meeting, which changes take effect
(``Act`` with an ``op``), who is listed absent, who serves for whom, whose organisation the
roster leaves out, and the sentences that record each event; ``replay()`` applies the changes
in date order and hands back, for every meeting, the seats held on its date (``Held``).
The documents (documents.py) print exactly that, and the truth (make.py) is written from it.

People are invented (the names are combinations from tests/zoo/people.py's lists); the
organisations and bodies are the real ones of ``pipeline/patterns/organizations.yml``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.zoo import content as C
from tests.zoo.people import FAMILY, GIVEN, PARTIES

REGION = C.REGION
ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare", "tjänsteperson", "sekreterare")


# --------------------------------------------------------------------------- bodies
@dataclass(frozen=True)
class Body:
    key: str
    name: str  # canonical, as the parser names it (a municipal body with its municipality)
    organization: str
    kind: str  # samverkansråd | styrelse | nämnd | chefsgrupp
    aliases: tuple[str, ...]
    family: str  # council | board | minutes: which document template prints it
    subject: str  # who decides in its decision sentences
    slug: str  # file names


BODIES = {
    "F": Body(
        "F",
        "Specifika samverkansrådet för folkhälsa",
        REGION,
        "samverkansråd",
        ("Specifikt samverkansråd för folkhälsa", "Specifika samverkansrådet folkhälsa", "SSR folkhälsa"),
        "council",
        "Rådet",
        "ssr-folkhalsa",
    ),
    "S": Body(
        "S",
        "Specifika samverkansrådet för social välfärd samt vård och omsorg",
        REGION,
        "samverkansråd",
        ("Specifikt samverkansråd för social välfärd samt vård och omsorg", "SSR SOV-VO"),
        "council",
        "Samverkansrådet",
        "ssr-sov-vo",
    ),
    "K": Body(
        "K",
        "Kommunstyrelsen Lekebergs kommun",
        "Lekebergs kommun",
        "styrelse",
        (
            "Lekebergs kommunstyrelse",
            "Kommunstyrelsen, Lekebergs kommun",
            "Kommunstyrelsen i Lekebergs kommun",
            "KS Lekeberg",
            "Kommunstyrelsen Lekeberg",
        ),
        "board",
        "Kommunstyrelsen",
        "lekeberg-ks",
    ),
    "C": Body(
        "C",
        "Chefsgrupp folkhälsa",
        REGION,
        "chefsgrupp",
        ("Chefsgruppen för folkhälsa", "Chefsgrupp för folkhälsa"),
        "minutes",
        "Chefsgruppen",
        "chefsgrupp-folkhalsa",
    ),
}


# --------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Who:
    """An invented person; ``name`` (given name first) is the fullest form, the truth's name."""

    key: str
    given: str
    family: str
    org: str
    party: str | None = None
    title: str | None = None  # officials

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


def _w(key: str, name: str, org: str, party: str | None = None, title: str | None = None) -> Who:
    given, family = name.split(" ", 1)
    return Who(key, given, family, org, party, title)


# The people the events are about (the rest of each roster is drawn by ``fillers``).
NAMED = {
    w.key: w
    for w in (
        # Specifika samverkansrådet för folkhälsa
        _w("signe", "Signe Almgren", REGION, "S"),
        _w("konrad", "Konrad Ekholm", "Örebro kommun", "M"),
        _w("osten", "Östen Rydberg", "Askersunds kommun", "C"),
        _w("arvid", "Arvid Kjellin", "Degerfors kommun", "S"),
        _w("hedvig", "Hedvig Palmgren", "Degerfors kommun", "S"),
        _w("britta", "Britta Nordgren", "Hallsbergs kommun", "M"),
        _w("vidar", "Vidar Lindblad", "Karlskoga kommun", "M"),
        _w("malin-kumla", "Malin Hedin", "Kumla kommun", "S"),
        _w("malin-laxa", "Malin Hedin", "Laxå kommun", "KD"),
        _w("ingegerd", "Ingegerd Malmberg", "Lekebergs kommun", "C"),
        _w("eva-lotta", "Eva-Lotta Kronberg", "Lindesbergs kommun", "S"),
        _w("gosta", "Gösta Hultgren", "Nora kommun", "S"),
        _w("liv", "Liv Sjödahl", "Nora kommun", "S"),
        _w("tyra", "Tyra Lindell", REGION, title="områdeschef"),
        # Specifika samverkansrådet för social välfärd samt vård och omsorg
        _w("harald", "Harald Boman", REGION, "S"),
        _w("annelie", "Annelie Forsman", "Kumla kommun", "KD"),
        _w("bertil", "Bertil Grönlund", "Hällefors kommun", "S"),
        _w("elsa", "Elsa Westin", "Hällefors kommun", "S"),
        _w("teodor", "Teodor Qvist", "Laxå kommun", "C"),
        # Kommunstyrelsen Lekebergs kommun
        _w("pontus", "Pontus Ahlgren", "Lekebergs kommun", "M"),
        _w("lars-goran", "Lars-Göran Thelin", "Lekebergs kommun", "M"),
        _w("cornelia", "Cornelia Bodin", "Lekebergs kommun", "M"),
        _w("rasmus", "Rasmus Engdahl", "Lekebergs kommun", "C"),
        _w("stina", "Stina Norling", "Lekebergs kommun", "C"),
        _w("mans", "Måns Pihl", "Lekebergs kommun", "C"),
        # Chefsgrupp folkhälsa
        _w("karolina", "Karolina Selin", "Kumla kommun", title="folkhälsostrateg"),
        _w("nils", "Nils Hammar", "Hallsbergs kommun", title="folkhälsosamordnare"),
        _w("iris", "Iris Söderlund", "Hallsbergs kommun", title="folkhälsosamordnare"),
    )
}


def fillers(rng: random.Random, taken: set[str]) -> Callable[..., Who]:
    """A drawer of further invented people, each with a family name nobody else in the series
    has (so no two people are close variants of one name, apart from the story's namesakes)."""
    families = [f for f in FAMILY if f not in taken]
    rng.shuffle(families)
    counter = iter(range(1, 1000))

    def draw(org: str, party: str | None = None, title: str | None = None, key: str | None = None) -> Who:
        family = families.pop()
        given = rng.choice(GIVEN)
        return Who(key or f"p{next(counter):02d}", given, family, org, party, title)

    return draw


# --------------------------------------------------------------------------- seats
@dataclass
class Slot:
    """A seat on a body: ``key`` None is a vacant seat."""

    role: str
    org: str
    key: str | None


@dataclass(frozen=True)
class Act:
    """One sentence of an item.  ``kind`` (an event kind of truth.json, or None for plain text)
    and ``op`` (the change it records, taking effect at this meeting):

        ("role", person, role)            the person's seat changes role
        ("replace", old, new[, role])     new takes old's seat (old's seat in that role); old leaves it
        ("leave", person)                 the seat falls vacant
        ("fill", person, role, org)       a vacant seat is filled
        ("title", person, title)          an official's title changes

    ``decision``: printed as the item's decision, not in its text.  In ``text``, ``{key}`` is a
    person's name and ``{key:p}`` the name with the party ("Signe Almgren (S)").
    """

    item: str
    text: str
    kind: str | None = None
    op: tuple = ()
    person: str | None = None
    role: str | None = None
    replaces: str | None = None
    decision: bool = False
    effective: str | None = None  # the date the text gives for the change ("från och med 1 oktober 2023")


@dataclass(frozen=True)
class Plan:
    """One meeting of one body (two plans share a file for the joint meeting)."""

    body: str
    date: str
    layout: str
    acts: tuple[Act, ...] = ()
    absent: tuple[str, ...] = ()  # listed under Frånvarande / Anmält förhinder
    serving: tuple[tuple[str, str], ...] = ()  # (ersättare, the absent member they serve for)
    sloppy: tuple[str, ...] = ()  # printed without their organisation
    forms: tuple[tuple[str, str], ...] = ()  # (person, "Given Family" as this roster writes it)
    joint: str | None = None  # the other body of a joint meeting
    topics: int = 2

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)


STORY: tuple[Plan, ...] = (
    Plan("K", "2023-01-24", "board_table"),
    Plan(
        "F",
        "2023-02-10",
        "lines",
        acts=(
            Act(
                "Val av ordförande och vice ordförande för mandatperioden 2023–2026",
                "Enligt rådets arbetsordning väljs ordförande och vice ordförande för hela mandatperioden.",
            ),
            Act(
                "Val av ordförande och vice ordförande för mandatperioden 2023–2026",
                "{signe:p}, Region Örebro län, valdes till ordförande.",
                "election",
                person="signe",
                role="ordförande",
                decision=True,
            ),
            Act(
                "Val av ordförande och vice ordförande för mandatperioden 2023–2026",
                "Rådet beslutade att utse {konrad:p}, Örebro kommun, till vice ordförande för mandatperioden 2023–2026.",
                "election",
                person="konrad",
                role="vice ordförande",
                decision=True,
            ),
        ),
    ),
    Plan(
        "S",
        "2023-03-24",
        "two_column",
        acts=(
            Act(
                "Val av presidium",
                "Valberedningen har lämnat förslag på ordförande och vice ordförande för mandatperioden.",
            ),
            Act(
                "Val av presidium",
                "Till ordförande för mandatperioden valdes {harald:p}, Region Örebro län.",
                "election",
                person="harald",
                role="ordförande",
                decision=True,
            ),
            Act(
                "Val av presidium",
                "Samverkansrådet utsåg {annelie:p}, Kumla kommun, till vice ordförande.",
                "election",
                person="annelie",
                role="vice ordförande",
                decision=True,
            ),
            Act(
                "Anmälningar",
                "Laxå kommun har ännu inte utsett någon ersättare i rådet, och platsen är tills vidare vakant.",
                "vacancy",
                role="ersättare",
            ),
        ),
    ),
    Plan("F", "2023-05-12", "running", absent=("gosta",), serving=(("liv", "gosta"),)),
    Plan("C", "2023-09-01", "minutes_lines"),
    Plan(
        "K",
        "2023-09-12",
        "board_running",
        absent=("rasmus",),
        serving=(("stina", "rasmus"),),
        acts=(
            Act(
                "Anmälan av kommunfullmäktiges beslut om entledigande och fyllnadsval",
                "{lars-goran:p} har entledigats från sitt uppdrag som ledamot i kommunstyrelsen.",
                "resignation",
                op=("replace", "lars-goran", "cornelia"),
                person="lars-goran",
                role="ledamot",
            ),
            Act(
                "Anmälan av kommunfullmäktiges beslut om entledigande och fyllnadsval",
                "Kommunfullmäktige valde den 28 augusti 2023 {cornelia:p} till ny ledamot i kommunstyrelsen efter "
                "{lars-goran} för återstoden av mandatperioden.",
                "replacement",
                person="cornelia",
                role="ledamot",
                replaces="lars-goran",
            ),
            Act(
                "Anmälan av kommunfullmäktiges beslut om entledigande och fyllnadsval",
                "Kommunstyrelsen beslutar att lägga anmälan till handlingarna.",
                decision=True,
            ),
        ),
    ),
    Plan(
        "F",
        "2023-09-29",
        "table",
        forms=(("eva-lotta", "Eva Lotta Kronberg"),),
        acts=(
            Act(
                "Meddelanden",
                "{arvid}, Degerfors kommun, har på egen begäran entledigats från sitt uppdrag som ledamot i rådet.",
                "resignation",
                op=("leave", "arvid"),
                person="arvid",
                role="ledamot",
            ),
            Act(
                "Meddelanden",
                "Degerfors kommuns plats som ledamot är vakant till dess att kommunen har utsett en efterträdare.",
                "vacancy",
                role="ledamot",
            ),
            Act("Meddelanden", "Meddelandena lades till handlingarna.", decision=True),
        ),
    ),
    Plan(
        "S",
        "2023-10-20",
        "lines",
        acts=(
            Act(
                "Förändringar i rådets sammansättning",
                "{elsa} ersätter {bertil} som ledamot för Hällefors kommun från och med 1 oktober 2023.",
                "replacement",
                op=("replace", "bertil", "elsa"),
                person="elsa",
                role="ledamot",
                replaces="bertil",
                effective="2023-10-01",
            ),
            Act("Förändringar i rådets sammansättning", "Ordföranden hälsade {elsa} välkommen till rådet."),
            Act("Förändringar i rådets sammansättning", "Informationen noterades.", decision=True),
        ),
    ),
    Plan("C", "2024-01-26", "minutes_table", absent=("p-c-nora",)),
    Plan(
        "F",
        "2024-02-09",
        "two_column",
        acts=(
            Act(
                "Fyllnadsval av ledamot för Degerfors kommun",
                "Degerfors kommun har nominerat {hedvig} till ny ledamot efter {arvid}.",
            ),
            Act(
                "Fyllnadsval av ledamot för Degerfors kommun",
                "Rådet beslutar att välja {hedvig}, Degerfors kommun, till ledamot för återstoden av mandatperioden.",
                "filled",
                op=("fill", "hedvig", "ledamot", "Degerfors kommun"),
                person="hedvig",
                role="ledamot",
                replaces="arvid",
                decision=True,
            ),
        ),
    ),
    Plan(
        "K",
        "2024-03-19",
        "board_table",
        acts=(
            Act(
                "Anmälan av val",
                "{rasmus:p} har avsagt sig sina politiska uppdrag i kommunen.",
                "resignation",
                op=("replace", "rasmus", "stina"),
                person="rasmus",
                role="ledamot",
            ),
            Act(
                "Anmälan av val",
                "Kommunfullmäktige har den 26 februari 2024, § 12, valt {stina:p}, tidigare ersättare, till ny ledamot "
                "i kommunstyrelsen efter {rasmus}.",
                "replacement",
                person="stina",
                role="ledamot",
                replaces="rasmus",
            ),
            Act(
                "Anmälan av val",
                "Till ny ersättare efter {stina} valdes {mans:p}.",
                "replacement",
                op=("replace", "stina", "mans", "ersättare"),
                person="mans",
                role="ersättare",
                replaces="stina",
            ),
            Act("Anmälan av val", "Kommunstyrelsen beslutar att lägga anmälningarna till handlingarna.", decision=True),
        ),
    ),
    Plan("F", "2024-05-24", "joint", joint="S", topics=1),
    Plan("S", "2024-05-24", "joint", joint="F", absent=("p-s-nora",), topics=1),
    Plan(
        "C",
        "2024-09-06",
        "minutes_lines",
        acts=(
            Act(
                "Information och meddelanden",
                "{karolina}, Kumla kommun, är sedan 1 augusti 2024 folkhälsochef och fortsätter att företräda Kumla "
                "kommun i chefsgruppen.",
                "announcement",
                op=("title", "karolina", "folkhälsochef"),
                person="karolina",
                role="tjänsteperson",
            ),
            Act(
                "Information och meddelanden",
                "{nils} har lämnat sin tjänst i Hallsbergs kommun och ersätts i chefsgruppen av {iris}.",
                "replacement",
                op=("replace", "nils", "iris"),
                person="iris",
                role="tjänsteperson",
                replaces="nils",
            ),
        ),
    ),
    Plan("K", "2024-09-17", "board_running", absent=("p-k-sd1",)),
    Plan(
        "F",
        "2024-10-11",
        "family_first",
        acts=(
            Act(
                "Val av vice ordförande",
                "{konrad} har meddelat att han lämnar uppdraget som vice ordförande men kvarstår som ledamot för "
                "Örebro kommun.",
                "announcement",
                op=("role", "konrad", "ledamot"),
                person="konrad",
                role="ledamot",
            ),
            Act(
                "Val av vice ordförande",
                "Rådet beslutar att utse {vidar}, Karlskoga kommun, till ny vice ordförande för återstoden av "
                "mandatperioden.",
                "election",
                op=("role", "vidar", "vice ordförande"),
                person="vidar",
                role="vice ordförande",
                replaces="konrad",
                decision=True,
            ),
        ),
    ),
    Plan(
        "S",
        "2024-11-29",
        "running",
        acts=(
            Act(
                "Anmälningar",
                "Laxå kommun har utsett {teodor} till ersättare i rådet från och med den 1 november 2024.",
                "filled",
                op=("fill", "teodor", "ersättare", "Laxå kommun"),
                person="teodor",
                role="ersättare",
                effective="2024-11-01",
            ),
            Act("Anmälningar", "Anmälningarna lades till handlingarna.", decision=True),
        ),
    ),
    Plan("C", "2025-01-24", "minutes_table"),
    Plan("F", "2025-02-14", "label_column", absent=("britta",), sloppy=("osten",)),
    Plan(
        "K",
        "2025-03-18",
        "board_label",
        acts=(
            Act(
                "Anmälan av val till kommunstyrelsens presidium",
                "Kommunfullmäktige har den 24 februari 2025, § 9, valt {cornelia:p} till förste vice ordförande i "
                "kommunstyrelsen efter {pontus:p}, som kvarstår som ledamot.",
                "election",
                op=("role", "cornelia", "vice ordförande"),
                person="cornelia",
                role="vice ordförande",
                replaces="pontus",
            ),
            Act("Anmälan av val till kommunstyrelsens presidium", "", None, op=("role", "pontus", "ledamot")),
            Act("Anmälan av val till kommunstyrelsens presidium", "Kommunstyrelsen noterar anmälan.", decision=True),
        ),
    ),
    Plan("S", "2025-04-04", "narvarande", absent=("p-s-karlskoga",), serving=(("p-s-ers-karlskoga", "p-s-karlskoga"),)),
    Plan(
        "F",
        "2025-05-23",
        "narvarande",
        acts=(
            Act(
                "Meddelanden",
                "Nora kommun har meddelat att {liv} lämnar sitt uppdrag som ersättare och att {p-f-nora-new} "
                "ersätter henne från och med 1 maj 2025.",
                "replacement",
                op=("replace", "liv", "p-f-nora-new"),
                person="p-f-nora-new",
                role="ersättare",
                replaces="liv",
                effective="2025-05-01",
            ),
        ),
    ),
)


# --------------------------------------------------------------------------- the cast of every body
def cast() -> tuple[dict[str, Who], dict[str, list[Slot]]]:
    """Every person of the series, and each body's seats at its first meeting, in print order."""
    people = dict(NAMED)
    draw = fillers(random.Random(11), {w.family for w in NAMED.values()})
    party = random.Random(12)

    def add(org: str, *, key: str | None = None, p: str | None = "draw", title: str | None = None) -> str:
        w = draw(org, party.choice(PARTIES) if p == "draw" else p, title, key)
        people[w.key] = w
        return w.key

    slots: dict[str, list[Slot]] = {}
    # Specifika samverkansrådet för folkhälsa: a ledamot per member organisation, ersättare for some
    own = {
        "Askersunds kommun": "osten",
        "Degerfors kommun": "arvid",
        "Hallsbergs kommun": "britta",
        "Karlskoga kommun": "vidar",
        "Kumla kommun": "malin-kumla",
        "Lekebergs kommun": "ingegerd",
        "Lindesbergs kommun": "eva-lotta",
        "Nora kommun": "gosta",
    }
    f = [
        Slot("ordförande", REGION, "signe"),
        Slot("vice ordförande", "Örebro kommun", "konrad"),
        Slot("ledamot", REGION, add(REGION)),
    ]
    for org in C.MUNICIPALITIES:
        if org != "Örebro kommun":
            f.append(Slot("ledamot", org, own.get(org) or add(org)))
    f += [Slot("ledamot", C.RF_SISU, add(C.RF_SISU, p=None)), Slot("ledamot", C.OLBF, add(C.OLBF, p=None))]
    ers = {"Laxå kommun": "malin-laxa", "Nora kommun": "liv"}
    for org in (
        REGION,
        "Hallsbergs kommun",
        "Kumla kommun",
        "Laxå kommun",
        "Lekebergs kommun",
        "Nora kommun",
        "Örebro kommun",
        C.RF_SISU,
    ):
        f.append(Slot("ersättare", org, ers.get(org) or add(org, p=None if org == C.RF_SISU else "draw")))
    f += [
        Slot("tjänsteperson", REGION, "tyra"),
        Slot("tjänsteperson", REGION, add(REGION, p=None, title="folkhälsostrateg")),
        Slot("sekreterare", REGION, add(REGION, p=None, title="processledare")),
    ]
    add("Nora kommun", key="p-f-nora-new")
    slots["F"] = f
    # Specifika samverkansrådet för social välfärd samt vård och omsorg
    own = {"Hällefors kommun": "bertil", "Lekebergs kommun": "ingegerd", "Lindesbergs kommun": "eva-lotta"}
    s = [
        Slot("ordförande", REGION, "harald"),
        Slot("vice ordförande", "Kumla kommun", "annelie"),
        Slot("ledamot", REGION, add(REGION)),
    ]
    for org in C.MUNICIPALITIES:
        if org != "Kumla kommun":
            keyed = {"Karlskoga kommun": "p-s-karlskoga", "Nora kommun": "p-s-nora"}.get(org)
            s.append(Slot("ledamot", org, own.get(org) or add(org, key=keyed)))
    for org in (REGION, "Karlskoga kommun", "Laxå kommun", "Lindesbergs kommun", "Nora kommun", "Örebro kommun"):
        if org == "Laxå kommun":
            s.append(Slot("ersättare", org, None))
        else:
            s.append(Slot("ersättare", org, add(org, key="p-s-ers-karlskoga" if org == "Karlskoga kommun" else None)))
    s += [
        Slot("tjänsteperson", REGION, add(REGION, p=None, title="utvecklingsledare")),
        Slot("tjänsteperson", REGION, add(REGION, p=None, title="regional samordnare")),
        Slot("sekreterare", REGION, add(REGION, p=None, title="administratör")),
    ]
    slots["S"] = s
    # Kommunstyrelsen Lekebergs kommun: politicians with parties
    lk = "Lekebergs kommun"
    k = [
        Slot("ordförande", lk, "ingegerd"),
        Slot("vice ordförande", lk, "pontus"),
        Slot("ledamot", lk, "lars-goran"),
        Slot("ledamot", lk, "rasmus"),
    ]
    for key, p in (
        ("p-k-s1", "S"),
        ("p-k-s2", "S"),
        ("p-k-sd1", "SD"),
        ("p-k-sd2", "SD"),
        ("p-k-kd", "KD"),
        ("p-k-l", "L"),
        ("p-k-v", "V"),
    ):
        k.append(Slot("ledamot", lk, add(lk, key=key, p=p)))
    k.append(Slot("ersättare", lk, "stina"))
    for key, p in (("p-k-ers-s", "S"), ("p-k-ers-m", "M"), ("p-k-ers-sd", "SD"), ("p-k-ers-v", "V")):
        k.append(Slot("ersättare", lk, add(lk, key=key, p=p)))
    k += [
        Slot("tjänsteperson", lk, add(lk, p=None, title="kommundirektör")),
        Slot("tjänsteperson", lk, add(lk, p=None, title="ekonomichef")),
        Slot("sekreterare", lk, add(lk, p=None, title="kommunsekreterare")),
    ]
    slots["K"] = k
    # Chefsgrupp folkhälsa: officials of the region and the municipalities
    c = [
        Slot("tjänsteperson", REGION, "tyra"),
        Slot("tjänsteperson", "Kumla kommun", "karolina"),
        Slot("tjänsteperson", "Hallsbergs kommun", "nils"),
    ]
    for org, title, key in (
        ("Örebro kommun", "folkhälsostrateg", None),
        ("Karlskoga kommun", "socialchef", None),
        ("Lindesbergs kommun", "verksamhetschef", None),
        ("Nora kommun", "kommunchef", "p-c-nora"),
        ("Lekebergs kommun", "folkhälsosamordnare", None),
        (REGION, "folkhälsostrateg", None),
    ):
        c.append(Slot("tjänsteperson", org, add(org, key=key, p=None, title=title)))
    c.append(Slot("sekreterare", REGION, add(REGION, p=None, title="administratör")))
    slots["C"] = c
    return people, slots


# --------------------------------------------------------------------------- replaying the story
@dataclass(frozen=True)
class Held:
    """A seat held on a meeting's date (the truth of one roster line)."""

    key: str
    role: str
    org: str
    present: bool
    substitute_for: str | None


@dataclass
class Sitting:
    """One meeting, replayed: the seats held, the vacant ones, and the titles in force."""

    plan: Plan
    seats: list[Held]
    vacant: list[Slot]
    titles: dict[str, str] = field(default_factory=dict)


def apply(op: tuple, slots: list[Slot], titles: dict[str, str]) -> None:
    what, *args = op
    if what == "title":
        titles[args[0]] = args[1]
        return
    if what == "fill":
        who, role, org = args
        slot = next(s for s in slots if s.key is None and s.role == role and s.org == org)
        slot.key = who
        return
    role = args[2] if what == "replace" and len(args) > 2 else None
    slot = next(s for s in slots if s.key == args[0] and role in (None, s.role))
    if what == "role":
        slot.role = args[1]
    elif what == "replace":
        slot.key = args[1]
    elif what == "leave":
        slot.key = None
    else:
        raise ValueError(f"unknown op {op!r}")


def in_print_order(slots: list[Slot]) -> list[Slot]:
    return sorted(slots, key=lambda s: ROLES.index(s.role))


def replay(people: dict[str, Who], initial: dict[str, list[Slot]]) -> list[Sitting]:
    """Every plan of ``STORY`` with the seats held on its date, in the order of ``STORY``."""
    state = {b: [Slot(s.role, s.org, s.key) for s in slots] for b, slots in initial.items()}
    titles = {k: w.title for k, w in people.items() if w.title}
    out = []
    for plan in STORY:
        slots = state[plan.body]
        for act in plan.acts:
            if act.op:
                apply(act.op, slots, titles)
        serving = dict(plan.serving)
        held = [
            Held(s.key, s.role, s.org, s.key not in plan.absent, serving.get(s.key))
            for s in in_print_order(slots)
            if s.key is not None
        ]
        keys = {h.key for h in held}
        assert set(plan.absent) <= keys and set(serving) <= keys and set(serving.values()) <= set(plan.absent), plan
        out.append(Sitting(plan, held, [s for s in in_print_order(slots) if s.key is None], dict(titles)))
    return out


# --------------------------------------------------------------------------- prose
PLACEHOLDER = re.compile(r"\{([\w-]+)(?::(p))?\}")


def say(text: str, people: dict[str, Who]) -> str:
    """ "{signe:p} valdes" -> "Signe Almgren (S) valdes"."""

    def name(m: re.Match) -> str:
        w = people[m[1]]
        return f"{w.name} ({w.party})" if m[2] and w.party else w.name

    return PLACEHOLDER.sub(name, text)
