"""The facts of one document, before any layout: who sat where, what was on the agenda.

Builders draw a meeting (or an agreement) from a seeded ``random.Random``; a layout then
decides how it is printed and records, as it prints, what the gold says.  Options a layout
needs from the facts (absent members, vacant seats, parties, attendance ranges) are
arguments of the builders.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .people import (
    GROUP_TITLES,
    GUEST_TITLES,
    MUNICIPAL_TITLES,
    REGION_TITLES,
    REGION_UNITS,
    SECRETARY_TITLES,
    Cast,
    Person,
)


@dataclass(frozen=True)
class Seat:
    """A seat on a roster: ``person`` None is a vacant seat ("Vakant")."""

    person: Person | None
    role: str  # ordförande | vice ordförande | ledamot | ersättare
    org: str  # canonical organisation
    party: str | None = None
    replaces: Person | None = None  # a serving substitute (tjänstgörande ersättare) and whom they replace
    replaces_party: str | None = None
    rank: str = ""  # "1:e" / "2:e" in "1:e vice ordförande"
    span: str = ""  # "§§ 57–60": present for those items only

    @property
    def name(self) -> str:
        assert self.person is not None
        return self.person.name


@dataclass(frozen=True)
class Attendee:
    """An official (tjänsteperson) or a guest (övrig) with a job title."""

    person: Person
    role: str  # tjänsteperson | övrig
    org: str
    title: str
    unit: str = ""
    span: str = ""

    @property
    def name(self) -> str:
        return self.person.name


@dataclass(frozen=True)
class Item:
    """An agenda item: ``acts`` are the decision's content as infinitive phrases, ``passive`` the
    same as a sentence without subject; ``kind`` is open | justerare | topic | close."""

    number: int
    title: str
    text: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    passive: str | None = None
    proposal: bool = False
    basis: tuple[str, ...] = ()
    dnr: str | None = None
    kind: str = "topic"


@dataclass
class Meeting:
    family: str  # council | board | minutes
    kind: str  # protokoll | minnesanteckningar
    body: str  # the gold's body
    organ: str  # the body's name as the layout prints it
    org: str  # the publishing organisation
    date: dt.date
    place: str
    time: str
    subject: str  # who decides in decision sentences ("Rådet", "Kommunstyrelsen")
    genitive: str  # "Kommunstyrelsens" (for "Kommunstyrelsens beslut")
    seats: list[Seat]  # present: ordförande, vice, ledamöter, ersättare (serving or not); Vakant included
    absent: list[Seat]
    officials: list[Attendee]
    guests: list[Attendee]
    secretary: Attendee
    secretary_listed: bool  # the secretary is also among the officials
    justerare: Seat
    items: list[Item]
    adjusted: dt.date  # justering
    posted: tuple[dt.date, dt.date]  # anslag up / down
    next_meeting: dt.date
    dnr: str | None = None  # the protocol's own registry number (some headers print it)
    extra: dict = field(default_factory=dict)

    def role(self, role: str) -> list[Seat]:
        return [s for s in self.seats if s.role == role]

    @property
    def chair(self) -> Seat:
        return self.role("ordförande")[0]

    def present_people(self) -> list[Seat]:
        return [s for s in self.seats if s.person is not None]


def council_meeting(
    rng: random.Random,
    cast: Cast,
    *,
    council: str | None = None,
    parties: bool = False,
    vacancies: int = 1,
    absent: int = 0,
    guests: int = 1,
    secretary_listed: bool = True,
    region_seats: int = 3,
    officials: int = 4,
) -> Meeting:
    """A meeting of one of the region's collaboration councils: one ledamot and one ersättare per
    member organisation, the chair and a vice chair, officials of Region Örebro län."""
    council = council or rng.choice(list(C.COUNCILS))
    federations = C.COUNCILS[council][1]
    orgs = list(C.MUNICIPALITIES) + ([C.RF_SISU, C.OLBF] if federations else [])
    party = (lambda: cast.party()) if parties else (lambda: None)
    chair = Seat(cast.person(), "ordförande", C.REGION, party())
    vice = Seat(cast.person(), "vice ordförande", "Örebro kommun", party())
    members = [Seat(cast.person(), "ledamot", o, party()) for o in orgs if o != "Örebro kommun"]
    members += [Seat(cast.person(), "ledamot", C.REGION, party()) for _ in range(region_seats - 1)]
    subs = [Seat(cast.person(), "ersättare", o, party()) for o in orgs]
    for k in rng.sample(range(len(subs)), vacancies):
        subs[k] = Seat(None, "ersättare", subs[k].org)
    gone = rng.sample(range(len(members)), absent)
    away = [members[k] for k in sorted(gone)]
    members = [s for k, s in enumerate(members) if k not in gone]
    staff = [
        Attendee(cast.person(), "tjänsteperson", C.REGION, rng.choice(REGION_TITLES), rng.choice(REGION_UNITS))
        for _ in range(officials)
    ]
    guest_orgs = [C.LANSSTYRELSEN] + ([] if federations else [C.RF_SISU, C.OLBF])
    visitors = [
        Attendee(cast.person(), "övrig", rng.choice(guest_orgs), rng.choice(GUEST_TITLES)) for _ in range(guests)
    ]
    secretary = staff[1] if secretary_listed else Attendee(cast.person(), "tjänsteperson", C.REGION, "processledare")
    day = C.meeting_date(rng)
    justerare = rng.choice(members)
    topics = rng.sample(C.COUNCIL_TOPICS, rng.randint(3, 5))
    items = council_agenda(rng, topics, staff + members)
    subject = rng.choice(("Rådet", "Samverkansrådet")) if council != "Regionala samverkansrådet" else "Rådet"
    return Meeting(
        family="council",
        kind="protokoll",
        body=council,
        organ=council,
        org=C.REGION,
        date=day,
        place=rng.choice(C.COUNCIL_PLACES),
        time=C.times(rng),
        subject=subject,
        genitive="Rådets",
        seats=[chair, vice, *members, *subs],
        absent=away,
        officials=staff,
        guests=visitors,
        secretary=secretary,
        secretary_listed=secretary_listed,
        justerare=justerare,
        items=items,
        adjusted=C.later(day, rng),
        posted=(C.later(day, rng, 8, 10), C.later(day, rng, 30, 40)),
        next_meeting=C.later(day, rng, 40, 90),
    )


def _presenter(rng: random.Random, people: list) -> str:
    return rng.choice(people).person.name


def council_agenda(
    rng: random.Random,
    topics,
    people: list,
    first: int = 1,
    justerare: bool = True,
    opening=C.OPENING,
    closing=C.CLOSING,
) -> list[Item]:
    """Opening items, "Val av justerare", the topics, closing items; numbered from ``first``."""
    out: list[Item] = []

    def add(**kw) -> None:
        out.append(Item(number=first + len(out), **kw))

    title, text, passive, acts = opening[0]
    add(title=title, text=text, passive=passive, acts=acts, kind="open")
    if justerare:
        add(title=rng.choice(("Val av justerare", "Val av protokolljusterare")), kind="justerare")
    for title, text, passive, acts in opening[1:]:
        add(title=title, text=text, passive=passive, acts=acts, kind="open")
    for t in topics:
        who = _presenter(rng, people)
        add(
            title=t.title,
            text=tuple(s.replace("{who}", who) for s in t.text),
            acts=tuple(a.replace("{who}", who) for a in t.acts),
            passive=t.passive,
            basis=t.basis,
        )
    for title, text, passive, acts in closing:
        add(title=title, text=text, passive=passive, acts=acts, kind="close")
    return out


def board_meeting(
    rng: random.Random,
    cast: Cast,
    *,
    municipality: str | None = None,
    board: int | None = None,
    members: int = 11,
    serving: int = 2,
    substitutes: int = 3,
    officials: int = 3,
    spans: bool = True,
    absent_listed: int = 0,
    standard_items: bool = False,
    first: int | None = None,
    independent: bool = False,
) -> Meeting:
    """A meeting of a municipal board: politicians with parties, serving substitutes who replace
    absent members, non-serving substitutes, officials and a secretary of the municipality."""
    municipality = municipality or rng.choice(list(C.MUNICIPALITIES))
    organ, prefix, genitive = C.BOARDS[board if board is not None else rng.randrange(len(C.BOARDS))]
    day = C.meeting_date(rng)
    party = cast.party
    seats = [Seat(cast.person(), "ordförande", municipality, "S")]
    seats.append(Seat(cast.person(), "vice ordförande", municipality, "M", rank="1:e"))
    if rng.random() < 0.6:
        seats.append(Seat(cast.person(), "vice ordförande", municipality, party(), rank="2:e"))
    seats += [Seat(cast.person(), "ledamot", municipality, party()) for _ in range(members - len(seats) - serving)]
    if independent:
        seats[-1] = Seat(seats[-1].person, "ledamot", municipality, "-")
    first = first if first is not None else rng.randint(1, 180)
    n_items = rng.randint(5, 7)
    last = first + n_items - 1 + (2 if standard_items else 0)
    replaced = [(cast.person(), party()) for _ in range(serving)]
    for k, (gone, gone_party) in enumerate(replaced):
        span = f"§§ {first}–{last - 1}" if spans and k == 0 and rng.random() < 0.5 else ""
        seats.append(
            Seat(
                cast.person(),
                "ersättare",
                municipality,
                gone_party,
                replaces=gone,
                replaces_party=gone_party,
                span=span,
            )
        )
    seats += [Seat(cast.person(), "ersättare", municipality, party()) for _ in range(substitutes)]
    away = [Seat(cast.person(), "ledamot", municipality, party()) for _ in range(absent_listed)]
    titles = rng.sample(MUNICIPAL_TITLES, officials)
    staff = [Attendee(cast.person(), "tjänsteperson", municipality, t) for t in titles]
    if spans and staff:
        at = rng.randint(first + 1, last)
        staff[-1] = Attendee(staff[-1].person, "tjänsteperson", municipality, staff[-1].title, span=f"§ {at}")
    secretary = Attendee(cast.person(), "tjänsteperson", municipality, rng.choice(SECRETARY_TITLES))
    staff.append(secretary)
    voters = [s for s in seats if s.role != "ersättare" or s.replaces]
    justerare = rng.choice([s for s in voters if s.role != "ordförande"])
    items: list[Item] = []
    if standard_items:
        items.append(Item(first, "Val av justerare", kind="justerare"))
        items.append(Item(first + 1, "Godkännande av dagordningen", acts=("godkänna dagordningen",), kind="open"))
    for t in rng.sample(C.BOARD_TOPICS, n_items):
        who = cast.person().name
        items.append(
            Item(
                first + len(items),
                t.title,
                t.text,
                tuple(a.replace("{who}", who) for a in t.acts),
                t.passive,
                t.proposal and organ == "Kommunstyrelsen",
                t.basis,
                f"{prefix} {day.year}/{rng.randint(12, 640)}",
            )
        )
    return Meeting(
        family="board",
        kind="protokoll",
        body=f"{organ} {municipality}",
        organ=organ,
        org=municipality,
        date=day,
        place=rng.choice(C.PLACES),
        time=C.times(rng),
        subject=organ,
        genitive=genitive,
        seats=seats,
        absent=away,
        officials=staff,
        guests=[],
        secretary=secretary,
        secretary_listed=True,
        justerare=justerare,
        items=items,
        adjusted=C.later(day, rng),
        posted=(C.later(day, rng, 8, 10), C.later(day, rng, 30, 40)),
        next_meeting=C.later(day, rng, 30, 60),
        dnr=f"{prefix} {day.year}/{rng.randint(100, 900)}",
        extra={"prefix": prefix},
    )


MINUTES_OPENING = (
    (
        "Välkommen och dagordning",
        ("Ordföranden hälsade välkommen.",),
        "Dagordningen godkändes.",
        ("godkänna dagordningen",),
    ),
    (
        "Föregående minnesanteckningar",
        (),
        "Minnesanteckningarna från föregående möte lades till handlingarna.",
        ("lägga minnesanteckningarna från föregående möte till handlingarna",),
    ),
)
MINUTES_CLOSING = (
    ("Övrigt", ("Inga övriga frågor togs upp.",), None, ()),
    ("Nästa möte", ("Nästa möte äger rum {next}.",), None, ()),
)


def minutes_meeting(
    rng: random.Random,
    cast: Cast,
    *,
    group: str | None = None,
    members: int = 9,
    officials: int = 1,
    guests: int = 1,
    absent: int = 2,
    secretary_listed: bool = True,
) -> Meeting:
    """Minnesanteckningar of an officials' group: its members (with titles and organisations),
    a chair "(ordf)", officials of the region, invited guests, absent members, a note-taker."""
    group = group or rng.choice(C.GROUPS)
    orgs = rng.sample(list(C.MUNICIPALITIES), members - 2) + [C.REGION, C.REGION]
    seats = [Seat(cast.person(), "ordförande", C.REGION)]
    seats += [Seat(cast.person(), "ledamot", o) for o in orgs[:-1]]
    att = {s.person: rng.choice(GROUP_TITLES) for s in seats}
    att[seats[0].person] = "områdeschef"
    staff = [Attendee(cast.person(), "tjänsteperson", C.REGION, rng.choice(REGION_TITLES)) for _ in range(officials)]
    visitors = [
        Attendee(cast.person(), "övrig", rng.choice((C.LANSSTYRELSEN, C.RF_SISU, C.OLBF)), rng.choice(GUEST_TITLES))
        for _ in range(guests)
    ]
    away_orgs = [o for o in C.MUNICIPALITIES if o not in orgs]
    away = [Seat(cast.person(), "ledamot", o) for o in rng.sample(away_orgs, absent)]
    secretary = staff[0] if secretary_listed else Attendee(cast.person(), "tjänsteperson", C.REGION, "administratör")
    day = C.meeting_date(rng)
    topics = rng.sample(C.MINUTES_TOPICS, rng.randint(3, 4))
    items = council_agenda(
        rng, topics, [*seats[1:], *staff], justerare=False, opening=MINUTES_OPENING, closing=MINUTES_CLOSING
    )
    return Meeting(
        family="minutes",
        kind="minnesanteckningar",
        body=group,
        organ=group,
        org=C.REGION,
        date=day,
        place=rng.choice(C.COUNCIL_PLACES),
        time=C.times(rng),
        subject="Styrgruppen" if group.startswith("Styrgrupp") else "Chefsgruppen",
        genitive="Gruppens",
        seats=seats,
        absent=away,
        officials=staff,
        guests=visitors,
        secretary=secretary,
        secretary_listed=secretary_listed,
        justerare=seats[1],
        items=items,
        adjusted=day,
        posted=(day, day),
        next_meeting=C.later(day, rng, 30, 60),
        extra={"titles": att},
    )


# --------------------------------------------------------------------------- agreements
@dataclass(frozen=True)
class Signatory:
    person: Person
    title: str
    org: str
    place: str
    date: dt.date


@dataclass
class Agreement:
    title: str
    parties: list[str]
    valid_from: dt.date
    valid_to: dt.date | None
    sections: list[tuple[str, tuple[str, ...]]]
    signatories: list[Signatory]
    dated: dt.date | None  # a "Datum" in the header (the document's date), or None
    dnr: str | None


AGREEMENT_SUBJECTS = (
    ("Överenskommelse om samverkan kring barn och ungas hälsa", "barn och ungas hälsa"),
    ("Överenskommelse om gemensam samordning av anhörigstöd", "anhörigstöd"),
    ("Överenskommelse om samverkan för fysisk aktivitet i föreningslivet", "fysisk aktivitet"),
    ("Överenskommelse om länsgemensamt arbete mot ensamhet", "arbetet mot ensamhet"),
    ("Överenskommelse om samverkan i ungdomsmottagningar", "ungdomsmottagningarna"),
)
SIGNER_TITLES = {
    "kommun": ("Kommunstyrelsens ordförande", "Kommundirektör", "Kommunchef"),
    "region": ("Regionstyrelsens ordförande", "Regiondirektör"),
    "förbund": ("Ordförande", "Distriktschef", "Verksamhetschef"),
    "myndighet": ("Landshövding",),
}


def _kind_of(org: str) -> str:
    if org in C.MUNICIPALITIES:
        return "kommun"
    return {C.REGION: "region", C.LANSSTYRELSEN: "myndighet"}.get(org, "förbund")


def agreement(
    rng: random.Random,
    cast: Cast,
    *,
    parties: int = 4,
    open_ended: bool = False,
    two_signers: bool = False,
    dated: bool = False,
    municipalities_only: bool = False,
) -> Agreement:
    """An överenskommelse between the region and some municipalities or federations."""
    title, about = rng.choice(AGREEMENT_SUBJECTS)
    start = dt.date(rng.choice((2024, 2025, 2026)), rng.choice((1, 1, 7)), 1)
    end = (
        None
        if open_ended
        else dt.date(start.year + rng.randint(1, 3), 12 if start.month == 1 else 6, 31 if start.month == 1 else 30)
    )
    pool = list(C.MUNICIPALITIES) if municipalities_only else list(C.MUNICIPALITIES) + [C.RF_SISU, C.OLBF]
    others = sorted(rng.sample(pool, parties - 1), key=pool.index)
    orgs = [C.REGION, *others]
    signed = start - dt.timedelta(days=rng.randint(20, 60))
    sigs = []
    for org in orgs:
        titles = SIGNER_TITLES[_kind_of(org)]
        for t in titles[:2] if two_signers else titles[:1]:
            place = C.SHORT.get(org, "Örebro") if org in C.MUNICIPALITIES else "Örebro"
            sigs.append(Signatory(cast.person(), t, org, place, signed + dt.timedelta(days=rng.randint(0, 12))))
    money = rng.choice(("{250 000 kronor|250000}", "{1,2 miljoner kronor|1200000}", "{400 tkr|400000}"))
    sections = [
        (
            "Bakgrund",
            (
                f"Parterna har under flera år samarbetat kring {about} i länet.",
                "Överenskommelsen tydliggör hur arbetet ska organiseras och finansieras.",
            ),
        ),
        ("Syfte", ("Syftet är att invånarna ska få ett likvärdigt stöd oavsett var i länet de bor.",)),
        (
            "Åtaganden",
            (
                "Varje part ansvarar för sin egen verksamhet och utser en kontaktperson.",
                "Region Örebro län samordnar ett länsgemensamt nätverk.",
            ),
        ),
        (
            "Ekonomi",
            (
                f"Region Örebro län avsätter {money} per år för det gemensamma arbetet.",
                "Övriga kostnader bärs av respektive part inom ordinarie budget.",
            ),
        ),
        ("Uppföljning", ("Överenskommelsen följs upp årligen i chefsgrupp folkhälsa.",)),
    ]
    day = signed - dt.timedelta(days=rng.randint(5, 15)) if dated else None
    return Agreement(
        title,
        orgs,
        start,
        end,
        sections,
        sigs,
        day,
        f"{rng.randint(23, 25)}RS{rng.randint(1000, 9999)}" if dated else None,
    )
