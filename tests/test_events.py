"""Events: what a protocol says about who holds a seat, read from sentences and rosters."""

from __future__ import annotations

import pytest

from pipeline.parse.events import item_events, read_sentence, roster_events, seat_in_title
from pipeline.parse.people import parse_person_line
from pipeline.records import Item, Line, Participant, VacantSeat

# sentence -> (kind, name, role, replaces, effective)
SENTENCES = [
    ("Anna Berg (S) valdes till ordförande.", [("election", "Anna Berg", "ordförande", None, None)]),
    ("Till vice ordförande valdes Per Ek (M).", [("election", "Per Ek", "vice ordförande", None, None)]),
    (
        "Rådet beslutar att utse Per Ek till ny vice ordförande för återstoden av mandatperioden.",
        [("election", "Per Ek", "vice ordförande", None, None)],
    ),
    (
        "Nämnden utsåg Sara Lind, Lekebergs kommun, till ordförande.",
        [("election", "Sara Lind", "ordförande", None, None)],
    ),
    (
        "Kommunfullmäktige har valt Lisa Nord (C) till ersättare efter Olle Berg (C).",
        [("election", "Lisa Nord", "ersättare", "Olle Berg", None)],
    ),
    (
        "Fyllnadsval: Lisa Nord (C) väljs till ledamot efter Olle Berg (C) från och med 2024-03-01.",
        [("election", "Lisa Nord", "ledamot", "Olle Berg", "2024-03-01")],
    ),
    (
        "Karin Lund ersätter Jonas Holm som ledamot från och med 1 mars 2024.",
        [("replacement", "Karin Lund", "ledamot", "Jonas Holm", "2024-03-01")],
    ),
    (
        "Karin Lund efterträder Jonas Holm som ordförande.",
        [("replacement", "Karin Lund", "ordförande", "Jonas Holm", None)],
    ),
    (
        "Jonas Holm har entledigats från sitt uppdrag som ledamot.",
        [("resignation", "Jonas Holm", "ledamot", None, None)],
    ),
    ("Bo Ek, Nora kommun, har lämnat sitt uppdrag i rådet.", [("resignation", "Bo Ek", None, None, None)]),
    (
        "Rådet beviljar Jonas Holm entledigande från uppdraget som ersättare.",
        [("resignation", "Jonas Holm", "ersättare", None, None)],
    ),
    ("Eva Sten och Per Ek valdes till justerare.", []),  # a meeting task: read as participants
    ("Anna Ek presenterade ärendet.", []),
    ("Rådet beslutar att ge förvaltningen i uppdrag att återkomma.", []),
]


@pytest.mark.parametrize("sentence,expected", SENTENCES, ids=[s for s, _ in SENTENCES])
def test_a_sentence_states_its_events(sentence, expected):
    got = [(e.kind, e.name, e.role, e.replaces, e.effective) for e in read_sentence(sentence)]
    assert got == expected


def test_an_election_into_another_body_names_it():
    (e,) = read_sentence("Kommunstyrelsen väljer Per Ek (M) till ledamot i Socialnämnden.")
    assert (e.kind, e.name, e.body) == ("election", "Per Ek", "Socialnämnden")
    (own,) = read_sentence("Per Ek (M) valdes till ledamot i rådet.")
    assert own.body is None  # "rådet": the meeting's own body


def lines(*texts, page=2):
    return [Line(text=t, page=page) for t in texts]


def test_events_under_meddelanden_are_announced_and_keep_page_and_quote():
    item = Item(number="7", title="Meddelanden", text="")
    (e,) = item_events(
        item, lines("Kommunfullmäktige har valt Lisa Nord (C) till ledamot", "efter Olle Berg (C)."), doc_id="d"
    )
    assert (e.kind, e.announced, e.item, e.page, e.doc_id) == ("election", True, "7", 2, "d")
    assert e.quote == "Kommunfullmäktige har valt Lisa Nord (C) till ledamot efter Olle Berg (C)."
    (decided,) = item_events(
        Item(number="3", title="Val av ordförande", text=""), lines("Anna Berg (S) valdes till ordförande.")
    )
    assert not decided.announced


def test_a_val_item_whose_text_only_names_the_elected():
    (e,) = item_events(Item(number="4", title="Val av vice ordförande", text=""), lines("Per Ek (M)"))
    assert (e.kind, e.name, e.role) == ("election", "Per Ek", "vice ordförande")


@pytest.mark.parametrize(
    "line,substitute,member",
    [
        ("Eva Sten (C), tjänstgörande ersättare för Olle Berg (S)", "Eva Sten", "Olle Berg"),
        ("Eva Sten (C) ersätter Olle Berg (S)", "Eva Sten", "Olle Berg"),
        ("Eva Sten (C) tjg ers för Olle Berg", "Eva Sten", "Olle Berg"),
        ("Eva Sten (C) i stället för Olle Berg (S)", "Eva Sten", "Olle Berg"),
    ],
)
def test_a_serving_substitute_holds_an_ersattare_seat_and_names_the_member(line, substitute, member):
    p = parse_person_line(line, "ledamot")  # listed among the beslutande
    assert (p.name, p.role, p.replaces) == (substitute, "ersättare", member)
    (e,) = roster_events([p], [], [])
    assert (e.kind, e.name, e.replaces) == ("substitution", substitute, member)


def test_ersattare_for_an_organisation_is_not_a_substitution():
    p = parse_person_line("Eva Sten, ersättare för Kumla kommun", None)
    assert p.replaces is None and p.role == "ersättare"


def test_absences_and_vacancies_are_events():
    absent = Participant(name="Olle Berg", role="ledamot", page=1, quote="Olle Berg (S)")
    vacant = VacantSeat(role="ersättare", organization="Nora kommun", page=1, quote="Vakant, Nora kommun")
    assert [(e.kind, e.name, e.role) for e in roster_events([], [absent], [vacant])] == [
        ("absence", "Olle Berg", "ledamot"),
        ("vacancy", None, "ersättare"),
    ]


@pytest.mark.parametrize(
    "title,seat",
    [
        ("Kommunstyrelsens ordförande", ("Kommunstyrelsen", "ordförande")),
        ("Regionstyrelsens vice ordförande", ("Regionstyrelsen", "vice ordförande")),
        ("Kommundirektör", None),
    ],
)
def test_a_signatorys_title_may_name_a_seat(title, seat):
    assert seat_in_title(title) == seat


def test_a_justerare_elected_beside_the_chair_is_no_chair():
    assert read_sentence("Eva Sten, Nora kommun, utsågs att tillsammans med ordföranden justera protokollet.") == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Bo Ek, Nora kommun, har på egen begäran entledigats från sitt uppdrag som ledamot.",
            [("resignation", "Bo Ek", "ledamot", "Nora kommun")],
        ),
        (
            "Nora kommuns plats som ledamot är vakant till dess att kommunen har utsett en efterträdare.",
            [("vacancy", None, "ledamot", "Nora kommun")],
        ),
        (
            "Laxå kommun har ännu inte utsett någon ersättare, och platsen är tills vidare vakant.",
            [("vacancy", None, "ersättare", "Laxå kommun")],
        ),
    ],
)
def test_a_resignation_with_words_between_and_a_vacancy_in_prose(sentence, expected):
    assert [(e.kind, e.name, e.role, e.organization) for e in read_sentence(sentence)] == expected


def test_a_long_list_of_names_that_is_no_event_is_read_at_once():
    """A vote's names in one sentence: no event, and no pattern tries every way to split the
    list (it did: 16 names took 2.6 s, 40 never ended; benchmarks/bench_linear.py times it)."""
    names = ", ".join(
        f"{given} {family} ({party})"
        for given, family, party in zip(
            ["Anna", "Per", "Eva", "Ola", "Lisa"] * 8,
            ["Berg", "Ek", "Sten", "Ny", "Holm", "Lund", "Dal", "Ås"] * 5,
            ["S", "M", "C", "V", "KD", "L", "MP", "SD"] * 5,
            strict=True,
        )
    )
    assert read_sentence(f"Ja-röster (40): {names}.") == []
    assert read_sentence(f"Till ersättare valdes {names}.")  # the same list in an election is read
