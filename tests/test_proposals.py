"""Motions and their fate, reservations, protocol notes and jäv (pipeline/parse/proposals.py)."""

from __future__ import annotations

import pytest

from pipeline.parse import parse, to_json
from pipeline.parse.proposals import (
    apply_rulings,
    find_in_front,
    find_in_item,
    read_conflicts,
    read_motions,
    read_notes,
    read_reservations,
    read_ruling,
    read_who,
)
from pipeline.records import ExtractedDocument, Line, Page


def lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page) for t in texts]


# --------------------------------------------------------------------------- who
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Anna Ek (S)", [("Anna Ek", "S")]),
        ("Anna Ek (S) och Per Berg (M)", [("Anna Ek", "S"), ("Per Berg", "M")]),
        ("Anna Ek (S), Per Berg (M) och Åsa Öberg (C)", [("Anna Ek", "S"), ("Per Berg", "M"), ("Åsa Öberg", "C")]),
        ("Ordföranden Anna Ek (S)", [("Anna Ek", "S")]),
        ("Ordföranden", [("ordföranden", None)]),
        ("Ersättaren Per Berg (M)", [("Per Berg", "M")]),
        ("Ledamöterna för Moderaterna", [(None, "M")]),
        ("Sverigedemokraternas ledamöter", [(None, "SD")]),
        ("Vänsterpartiet och Miljöpartiet", [(None, "V"), (None, "MP")]),
        ("Ledamöterna för (KD)", [(None, "KD")]),
        ("Anna Ek", [("Anna Ek", None)]),
    ],
)
def test_who_speaks(text, who):
    assert read_who(text) == who


@pytest.mark.parametrize("text", ["Förvaltningen", "Kommunstyrelsen", "Det", "Region Örebro län", "Anna Ek anser att"])
def test_subjects_that_are_nobody(text):
    assert read_who(text) == []


# --------------------------------------------------------------------------- motions
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Anna Ek (S) yrkar bifall till arbetsutskottets förslag.",
            [("Anna Ek", "S", "bifall", "arbetsutskottets förslag")],
        ),
        ("Per Berg (M) yrkar avslag på förslaget.", [("Per Berg", "M", "avslag", "förslaget")]),
        ("Per Berg (M) yrkar avslag.", [("Per Berg", "M", "avslag", None)]),
        ("Eva Lund (V) yrkar återremiss.", [("Eva Lund", "V", "återremiss", None)]),
        (
            "Eva Lund (V) yrkar att ärendet ska återremitteras för ytterligare beredning.",
            [("Eva Lund", "V", "återremiss", None)],
        ),
        ("Lo Lind (L) yrkar att ärendet bordläggs.", [("Lo Lind", "L", "bordläggning", None)]),
        ("Lo Lind (L) yrkar att nämnden ska utreda frågan vidare.", [("Lo Lind", "L", "eget", None)]),
        (
            "Anna Ek (S) och Kim Sund (S) yrkar bifall till förslaget.",
            [("Anna Ek", "S", "bifall", "förslaget"), ("Kim Sund", "S", "bifall", "förslaget")],
        ),
        (
            "Anna Ek (S), med instämmande av Åsa Öberg (C), yrkar bifall till förslaget.",
            [("Anna Ek", "S", "bifall", "förslaget"), ("Åsa Öberg", "C", "bifall", "förslaget")],
        ),
        ("Åsa Öberg (C) instämmer i Per Bergs yrkande.", [("Åsa Öberg", "C", "bifall", "Per Bergs yrkande")]),
        ("Ordföranden yrkar bifall till förslaget.", [("ordföranden", None, "bifall", "förslaget")]),
        ("Moderaterna yrkar avslag på motionen.", [(None, "M", "avslag", "motionen")]),
        ("Per Berg (M) lämnar ett tilläggsyrkande: att en uppföljning görs.", [("Per Berg", "M", "tillägg", None)]),
    ],
)
def test_motions(sentence, expected):
    assert [(p.name, p.party, p.kind, p.refers_to) for p in read_motions(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Förvaltningen föreslår att nämnden antar planen.",
        "Kommunstyrelsen beslutar enligt arbetsutskottets förslag.",
        "Ärendet har tidigare yrkats av flera.",
    ],
)
def test_sentences_that_move_nothing(sentence):
    assert read_motions(sentence) == []


def test_a_yrkanden_section_takes_a_name_and_a_colon_and_foreslar():
    assert [(p.name, p.kind) for p in read_motions("Per Berg (M): Avslag på förslaget.", in_section=True)] == [
        ("Per Berg", "avslag")
    ]
    assert [(p.name, p.kind) for p in read_motions("Per Berg (M) föreslår att ärendet återremitteras.", True)] == [
        ("Per Berg", "återremiss")
    ]
    assert read_motions("Per Berg (M) föreslår att ärendet återremitteras.") == []


# --------------------------------------------------------------------------- their fate
@pytest.mark.parametrize(
    ("sentence", "carried", "what"),
    [
        (
            "Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets förslag.",
            True,
            "arbetsutskottets förslag",
        ),
        (
            "Ordföranden ställer proposition på yrkandena och finner att nämnden beslutar enligt Per Bergs yrkande.",
            True,
            "Per Bergs yrkande",
        ),
        (
            "Ordföranden ställer proposition på återremissyrkandet och finner att ärendet ska avgöras i dag.",
            False,
            "återremiss",
        ),
        ("Ordföranden finner att ärendet ska återremitteras.", True, "återremiss"),
        ("Ordföranden ställer proposition på avslagsyrkandet och finner att det avslås.", False, "det"),
        ("Ordföranden finner att fullmäktige avslår motionen.", False, "motionen"),
    ],
)
def test_rulings(sentence, carried, what):
    ruling = read_ruling(sentence)
    assert ruling is not None
    assert (ruling.carried, ruling.what) == (carried, what)


def test_the_ruling_carries_one_motion_and_loses_the_others():
    found = find_in_item(
        "45",
        lines(
            "Yrkanden",
            "Anna Ek (S) yrkar bifall till arbetsutskottets förslag.",
            "Per Berg (M) yrkar avslag.",
            "Eva Lund (V) yrkar återremiss.",
            "Åsa Öberg (C) instämmer i Per Bergs yrkande.",
            "Propositionsordning",
            "Ordföranden ställer först proposition på återremissyrkandet och finner att ärendet ska avgöras i dag.",
            "Därefter ställer ordföranden proposition på förslagen och finner att nämnden bifaller arbetsutskottets förslag.",
        ),
    )
    proposals = apply_rulings(found.proposals, found.rulings)
    assert [(p.name, p.outcome) for p in proposals] == [
        ("Anna Ek", "bifallen"),
        ("Per Berg", "avslagen"),
        ("Eva Lund", "avslagen"),
        ("Åsa Öberg", "avslagen"),
    ]
    assert "arbetsutskottets förslag" in (proposals[0].outcome_quote or "")


def test_a_vote_decides_the_motions_it_put_against_each_other():
    text = (
        "Protokoll",
        "Kommunstyrelsen",
        "Beslutande",
        "Anna Ek (S), ordförande",
        "Per Berg (M)",
        "Kim Sund (S)",
        "§ 4 Budget",
        "Yrkanden",
        "Ordföranden yrkar bifall till arbetsutskottets förslag.",
        "Per Berg (M) yrkar avslag på förslaget.",
        "Omröstning",
        "Ja för arbetsutskottets förslag, nej för avslag.",
        "Med 1 ja-röst mot 2 nej-röster avslår kommunstyrelsen förslaget.",
    )
    parsed = parse(
        ExtractedDocument(
            doc_id="d",
            path="d.txt",
            source="text",
            engine="text",
            pages=(Page(number=1, lines=tuple(Line(text=t, page=1) for t in text)),),
        )
    )
    assert [(p.name, p.kind, p.outcome) for p in parsed.proposals] == [
        ("Anna Ek", "bifall", "avslagen"),  # "Ordföranden": the roster's chair
        ("Per Berg", "avslag", "bifallen"),
    ]


# --------------------------------------------------------------------------- reservations
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Per Berg (M) reserverar sig mot beslutet.", [("Per Berg", "M", "beslutet", None, False)]),
        (
            "Per Berg (M) reserverar sig mot beslutet till förmån för eget yrkande.",
            [("Per Berg", "M", "beslutet", "till förmån för eget yrkande", False)],
        ),
        (
            "Per Berg (M) och Bo Ek (KD) reserverar sig mot beslutet till förmån för Per Bergs yrkande.",
            [
                ("Per Berg", "M", "beslutet", "till förmån för Per Bergs yrkande", False),
                ("Bo Ek", "KD", "beslutet", "till förmån för Per Bergs yrkande", False),
            ],
        ),
        ("Ledamöterna för Moderaterna reserverar sig mot beslutet.", [(None, "M", "beslutet", None, False)]),
        (
            "Mot beslutet reserverar sig Per Berg (M) och Bo Ek (KD).",
            [("Per Berg", "M", "beslutet", None, False), ("Bo Ek", "KD", "beslutet", None, False)],
        ),
        ("Eva Lund (V) lämnar en skriftlig reservation, bilaga 2.", [("Eva Lund", "V", None, None, True)]),
        (
            "Eva Lund (V) reserverar sig mot beslutet i fråga om att-sats 2 med hänvisning till kostnaderna.",
            [("Eva Lund", "V", "beslutet i fråga om att-sats 2", "med hänvisning till kostnaderna", False)],
        ),
        ("Reservation anmäls av Eva Lund (V).", [("Eva Lund", "V", None, None, False)]),
        ("Eva Lund (V) reserverar sig skriftligt mot beslutet.", [("Eva Lund", "V", None, None, True)]),
    ],
)
def test_reservations(sentence, expected):
    got = [(r.name, r.party, r.against, r.reason, r.written) for r in read_reservations(sentence)]
    assert got == expected


def test_a_reservation_section_with_names_only_and_its_reason_after():
    found = find_in_item(
        "12",
        lines(
            "Beslut",
            "Nämnden antar planen.",
            "Reservation",
            "Per Berg (M) och Bo Ek (M) till förmån för eget yrkande.",
            "Reservation",
            "Eva Lund (V) reserverar sig mot beslutet med följande motivering:",
            "Planen saknar finansiering.",
            "Beslutet skickas till",
            "Förvaltningen",
        ),
    )
    assert [(r.name, r.reason) for r in found.reservations] == [
        ("Per Berg", "till förmån för eget yrkande"),
        ("Bo Ek", "till förmån för eget yrkande"),
        ("Eva Lund", "med följande motivering Planen saknar finansiering."),
    ]
    assert {r.item for r in found.reservations} == {"12"}


# --------------------------------------------------------------------------- protocol notes
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Eva Lund (C) lämnar följande anteckning till protokollet: Vi vill se en uppföljning.",
            [("Eva Lund", "C", "Vi vill se en uppföljning.")],
        ),
        (
            "Moderaterna antecknar till protokollet att partiet vill följa frågan.",
            [(None, "M", "att partiet vill följa frågan.")],
        ),
        (
            "Följande protokollsanteckning lämnas av Bo Ek (L): Frågan bör lyftas i budgeten.",
            [("Bo Ek", "L", "Frågan bör lyftas i budgeten.")],
        ),
        (
            "Bo Ek (L) lämnar en protokollsanteckning.",
            [("Bo Ek", "L", "Bo Ek (L) lämnar en protokollsanteckning.")],
        ),
    ],
)
def test_protocol_notes(sentence, expected):
    assert [(n.name, n.party, n.text) for n in read_notes(sentence)] == expected


def test_a_note_section_keeps_the_text_after_its_lead():
    found = find_in_item(
        "3",
        lines("Protokollsanteckning", "Eva Lund (C):", "Vi vill se en uppföljning under hösten."),
    )
    assert [(n.name, n.text) for n in found.notes] == [("Eva Lund", "Vi vill se en uppföljning under hösten.")]


# --------------------------------------------------------------------------- jäv
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lo Lind (L) anmäler jäv och deltar inte i handläggningen av ärendet.", [("Lo Lind", False, [])]),
        ("Lo Lind (L) anmäler jäv och deltar inte i handläggningen av § 45.", [("Lo Lind", False, ["45"])]),
        ("Lo Lind (L) lämnar sammanträdet på grund av jäv.", [("Lo Lind", True, [])]),
        ("Lo Lind (L) deltar inte i beslutet på grund av jäv.", [("Lo Lind", False, [])]),
        ("På grund av jäv deltar inte Lo Lind (L) i handläggningen.", [("Lo Lind", False, [])]),
        ("Lo Lind (L) anser sig jävig och lämnar lokalen under §§ 12–14.", [("Lo Lind", True, ["12", "13", "14"])]),
        ("Jäv anmäls av Lo Lind (L) och Bo Ek (M).", [("Lo Lind", False, []), ("Bo Ek", False, [])]),
    ],
)
def test_jav(sentence, expected):
    assert [(c.name, c.left_meeting, named) for c, named in read_conflicts(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Ingen anmäler jäv.", "Frågan om jäv diskuterades.", "Ordföranden påminner om reglerna för jäv."],
)
def test_sentences_without_jav(sentence):
    assert read_conflicts(sentence) == []


def test_jav_in_the_front_matter_names_its_item():
    (c,) = find_in_front(lines("Beslutande", "Anna Ek (S)", "Lo Lind (L) anmäler jäv i § 7."), "doc")
    assert (c.item, c.name, c.doc_id) == ("7", "Lo Lind", "doc")


def test_a_jav_section_with_a_name_only():
    found = find_in_item("9", lines("Jäv", "Lo Lind (L)", "Beslut", "Nämnden beviljar bidraget."))
    assert [(c.item, c.name) for c in found.conflicts] == [("9", "Lo Lind")]


def test_parse_json_has_the_records():
    text = (
        "Protokoll",
        "Beslutande",
        "Anna Ek (S), ordförande",
        "Lo Lind (L)",
        "Per Berg (M)",
        "§ 1 Bidrag",
        "Lo Lind (L) anmäler jäv och deltar inte i handläggningen av ärendet.",
        "Per Berg (M) yrkar avslag.",
        "Beslut",
        "Nämnden beviljar bidraget.",
        "Reservation",
        "Per Berg (M) reserverar sig mot beslutet.",
    )
    data = to_json(
        parse(
            ExtractedDocument(
                doc_id="d",
                path="d.txt",
                source="text",
                engine="text",
                pages=(Page(number=1, lines=tuple(Line(text=t, page=1) for t in text)),),
            )
        ),
        real_pages=False,
    )
    assert [(c["item"], c["name"]) for c in data["conflicts_of_interest"]] == [("1", "Lo Lind")]
    assert [(r["item"], r["name"], r["against"]) for r in data["reservations"]] == [("1", "Per Berg", "beslutet")]
    assert [(p["name"], p["kind"]) for p in data["proposals"]] == [("Per Berg", "avslag")]
    assert data["protocol_notes"] == []
    assert data["items"][0]["decisions"] == ["Nämnden beviljar bidraget."]
