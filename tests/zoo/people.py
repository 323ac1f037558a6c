"""Invented people: Swedish given and family names, parties, and officials' titles.

Every list here was written for this generator; no name is taken from any real document.
A ``Cast`` hands out people for one document from a seeded ``random.Random``, never the same
full name twice in one document, so "one entry per (person, role)" is unambiguous.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

GIVEN = (
    # women
    "Agnes",
    "Alva",
    "Anja",
    "Annelie",
    "Astrid",
    "Barbro",
    "Berit",
    "Britta",
    "Carola",
    "Cornelia",
    "Dagny",
    "Disa",
    "Edit",
    "Elin",
    "Elsa",
    "Evelina",
    "Fanny",
    "Frida",
    "Gerd",
    "Greta",
    "Gun",
    "Hedvig",
    "Hilda",
    "Ingegerd",
    "Iris",
    "Jessica",
    "Josefin",
    "Karolina",
    "Kerstin",
    "Klara",
    "Linnéa",
    "Liv",
    "Lovisa",
    "Majken",
    "Malin",
    "Matilda",
    "Mona",
    "Nellie",
    "Nora",
    "Ottilia",
    "Paula",
    "Ronja",
    "Rut",
    "Saga",
    "Signe",
    "Sigrid",
    "Siri",
    "Stina",
    "Tilda",
    "Tyra",
    "Ulrika",
    "Vera",
    "Vilma",
    "Ylva",
    "Åsa",
    "Märta",
    "Leila",
    "Noor",
    "Yasmin",
    "Mirja",
    "Ann-Britt",
    "Eva-Lotta",
    "Anna-Karin",
    "Maj-Lis",
    # men
    "Albin",
    "Alfred",
    "Algot",
    "Anton",
    "Arvid",
    "Axel",
    "Bertil",
    "Birger",
    "Conny",
    "Dennis",
    "Einar",
    "Elias",
    "Emanuel",
    "Erland",
    "Folke",
    "Georg",
    "Gösta",
    "Gustaf",
    "Harald",
    "Hugo",
    "Isak",
    "Ivar",
    "Joel",
    "Kalle",
    "Konrad",
    "Lage",
    "Leo",
    "Ludvig",
    "Melker",
    "Måns",
    "Nils",
    "Olle",
    "Oskar",
    "Pontus",
    "Rasmus",
    "Rune",
    "Sixten",
    "Sune",
    "Teodor",
    "Torsten",
    "Valter",
    "Vidar",
    "Viggo",
    "Wilhelm",
    "Yngve",
    "Åke",
    "Östen",
    "Samir",
    "Tariq",
    "Jussi",
    "Per-Erik",
    "Lars-Göran",
    "Nils-Olof",
    "Jan-Åke",
)

FAMILY = (
    "Abrahamsson",
    "Ahlgren",
    "Almgren",
    "Arnesson",
    "Backlund",
    "Bergendahl",
    "Bergfors",
    "Björklund",
    "Blomgren",
    "Boman",
    "Brandin",
    "Bäckström",
    "Dahlén",
    "Edlund",
    "Ekberg",
    "Ekholm",
    "Eklöf",
    "Elofsson",
    "Engdahl",
    "Fagerlund",
    "Forsman",
    "Fridh",
    "Frisk",
    "Grönlund",
    "Hagberg",
    "Hallin",
    "Hammar",
    "Hedin",
    "Hellberg",
    "Hermansson",
    "Hjort",
    "Holmqvist",
    "Hultgren",
    "Isaksson",
    "Jarl",
    "Kjellin",
    "Kronberg",
    "Lagerqvist",
    "Lindblad",
    "Lindell",
    "Ljung",
    "Lundell",
    "Löf",
    "Malmberg",
    "Melin",
    "Modig",
    "Nordgren",
    "Norling",
    "Nyqvist",
    "Näslund",
    "Palmgren",
    "Qvist",
    "Rydberg",
    "Sandin",
    "Selin",
    "Skog",
    "Stenberg",
    "Svärd",
    "Söderlund",
    "Tell",
    "Thelin",
    "Tornberg",
    "Wennberg",
    "Westin",
    "Wiberg",
    "Åkerlund",
    "Öhrn",
    "Östlund",
    "Grip",
    "Ljungqvist",
    "Varg",
    "Rehn",
    "Berglind",
    "Kvarnström",
    "Sjödahl",
    "Tjäder",
    "Ulander",
    "Vikström",
    "Liljegren",
    "Asp",
    "Sandström",
    "Hult",
    "Ramström",
    "Bodin",
    "Dufva",
    "Fält",
    "Greger",
    "Hasselgren",
    "Idström",
    "Kask",
    "Lodin",
    "Mård",
    "Nord",
    "Oscarsson",
    "Pihl",
    "Rönn",
    "Sund",
    "Tallqvist",
    "Zetterlund",
    "Alvarez",
    "Hassan",
    "Korhonen",
    "Nieminen",
    "Lindhagen",
)

# Family names of two words or with a particle: "Agnes von Bergfors" is "von Bergfors, Agnes".
COMPOUND_FAMILY = (
    "von Bergfors",
    "af Sandeberg",
    "de Lind",
    "Berg Lundell",
    "Hjort Sandin",
    "Ek-Malmberg",
    "Nord-Ahlgren",
    "Tell Wiberg",
)

PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")

# Titles of officials, by where they work.
REGION_TITLES = (
    "områdeschef",
    "utvecklingsledare",
    "processledare",
    "folkhälsostrateg",
    "analytiker",
    "enhetschef",
    "projektledare",
    "regional samordnare",
    "utvecklingsstrateg",
    "epidemiolog",
)
REGION_UNITS = (
    "Välfärd och folkhälsa, Regional utveckling",
    "Staben för hållbar utveckling, Regionkansliet",
    "Kultur och ideell sektor, Regional utveckling",
    "Område nära vård, Hälso- och sjukvårdsförvaltningen",
    "Utbildning och arbetsmarknad, Regional utveckling",
)
MUNICIPAL_TITLES = (
    "kommundirektör",
    "ekonomichef",
    "controller",
    "utredare",
    "kanslichef",
    "planeringschef",
    "HR-chef",
    "förvaltningschef",
    "socialchef",
    "verksamhetschef",
    "samhällsbyggnadschef",
)
SECRETARY_TITLES = ("kommunsekreterare", "nämndsekreterare", "administratör")
GROUP_TITLES = (  # members of officials' groups (chefsgrupper)
    "socialchef",
    "förvaltningschef",
    "folkhälsostrateg",
    "verksamhetschef",
    "kommunchef",
    "vård- och omsorgschef",
    "avdelningschef",
    "enhetschef",
    "folkhälsosamordnare",
)
GUEST_TITLES = ("länssamordnare", "handläggare", "verksamhetsutvecklare", "distriktschef", "konsulent")


@dataclass(frozen=True)
class Person:
    """An invented person; ``name`` is always given name first."""

    given: str
    family: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def family_first(self) -> str:
        """ "Efternamn, Förnamn", as some rosters print it."""
        return f"{self.family}, {self.given}"


class Cast:
    """People for one document, drawn from the lists above; no full name repeats."""

    def __init__(self, rng: random.Random, compound_share: float = 0.08) -> None:
        self.rng = rng
        self.compound_share = compound_share
        self.used: set[str] = set()

    def person(self) -> Person:
        while True:
            family = (
                self.rng.choice(COMPOUND_FAMILY) if self.rng.random() < self.compound_share else self.rng.choice(FAMILY)
            )
            p = Person(self.rng.choice(GIVEN), family)
            if p.name not in self.used and p.family not in {n.split(" ", 1)[-1] for n in self.used}:
                self.used.add(p.name)
                return p

    def people(self, n: int) -> list[Person]:
        return [self.person() for _ in range(n)]

    def party(self) -> str:
        return self.rng.choice(PARTIES)
