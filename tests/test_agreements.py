"""find_agreement: parties, validity, decision, termination and (OCR-noisy) signature blocks.

Sentences and names here are invented; the seed documents are only read from ../shared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.parse.agreements import find_agreement
from pipeline.records import Agreement, Line

SHARED = Path(__file__).resolve().parents[2] / "shared"
KC_RD = "Regionala chefsamverkansgruppen (KC/RD)"


def lines_of(*texts: str, page: int = 1) -> list[Line]:
    return [Line(text=t, page=page) for t in texts]


def agreement(*texts: str, kind: str = "overenskommelse") -> Agreement:
    return find_agreement(lines_of(*texts), kind)


# --------------------------------------------------------------------------- validity
@pytest.mark.parametrize(
    ("texts", "valid_from", "valid_to", "until_further_notice"),
    [
        (["Avtalet gäller från och med 2025-03-01 t o m 2027-02-28."], "2025-03-01", "2027-02-28", False),
        (["Överenskommelsen gäller fr.o.m. 2023-07-01 t.o.m. 2026-06-30."], "2023-07-01", "2026-06-30", False),
        (["Överenskommelsen gäller fr o m 1 juli 2023."], "2023-07-01", None, False),
        (["Direktivet gäller från och med den 1 februari 2022 och tills vidare."], "2022-02-01", None, True),
        (["Avtalet gäller tillsvidare."], None, None, True),
        (["Avtalet gäller till och med 2030-12-31."], None, "2030-12-31", False),
        (["Avtalet gäller under perioden 2024-04-01 – 2026-03-31."], "2024-04-01", "2026-03-31", False),
        (["Avtalet gäller från 2024-04-01 till 2026-03-31."], "2024-04-01", "2026-03-31", False),
        (["Överenskommelsen träder i kraft den 5 maj 2024."], "2024-05-05", None, False),
        # Wrapped over lines, as text layers are.
        (
            ["Denna överenskommelse gäller från", "och med 2024-02-01 t o m", "2025-01-31."],
            "2024-02-01",
            "2025-01-31",
            False,
        ),
        # Without "gäller", only "från och med <date>" dates the document.
        (["Nya rutiner införs från och med 1 januari 2021."], "2021-01-01", None, False),
        (["Statistiken avser perioden 2019-01-01 – 2019-12-31."], None, None, False),
        (["Giltighet", "Avtalet gäller från och med 2023-01-01."], "2023-01-01", None, False),
        (["# **Giltighet**", "**Avtalet gäller från och med 2023-01-01.**"], "2023-01-01", None, False),
    ],
)
def test_validity(texts: list[str], valid_from: str | None, valid_to: str | None, until_further_notice: bool) -> None:
    a = agreement(*texts)
    assert (a.valid_from, a.valid_to, a.until_further_notice) == (valid_from, valid_to, until_further_notice)


def test_page_is_the_validity_clause_else_the_first_page() -> None:
    lines = [*lines_of("Överenskommelse om friskvård", page=1), *lines_of("Avtalet gäller tills vidare.", page=2)]
    assert find_agreement(lines, "overenskommelse").page == 2
    assert find_agreement(lines_of("Överenskommelse om friskvård", page=4), "overenskommelse").page == 4
    assert find_agreement([], "overenskommelse") == Agreement()


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        find_agreement(lines_of("Protokoll"), "protokoll")


# --------------------------------------------------------------------------- decision
@pytest.mark.parametrize(
    ("line", "decided_by", "decided_on"),
    [
        ("Beslut i Regionala samverkansrådet 220915", "Regionala samverkansrådet", "2022-09-15"),
        ("Beslutad av KC/RD 2022-11-03", KC_RD, "2022-11-03"),
        ("Beslutad i Regionala chefsamverkangruppen (KC/RD) den 12 februari 2019", KC_RD, "2019-02-12"),
        ("Fastställd av Styrgrupp barn och unga den 5 mars 2025", "Styrgrupp barn och unga", "2025-03-05"),
        ("Beslutat av KC/RD-gruppen", KC_RD, None),
        ("Beslut i Kulturnämnden 2021-06-10", "Kulturnämnden", "2021-06-10"),
        ("Beslut i frågan fattas senare av styrelsen och meddelas berörda parter i god tid.", None, None),
        ("Beslut i frågan väntas.", None, None),
    ],
)
def test_decision(line: str, decided_by: str | None, decided_on: str | None) -> None:
    a = agreement("Uppdragsdirektiv för nätverket", line, kind="uppdragsdirektiv")
    assert (a.decided_by, a.decided_on) == (decided_by, decided_on)


# --------------------------------------------------------------------------- parties
REGION = "Region Örebro län"


@pytest.mark.parametrize(
    ("texts", "kind", "parties"),
    [
        (
            ["Parter: Degerfors kommun, Karlskoga kommun och", "Region Örebro län"],
            "overenskommelse",
            ("Degerfors kommun", "Karlskoga kommun", REGION),
        ),
        (
            ["Parter: Nora kommun, Hällefors", "kommun och Region Örebro län (nedan kallade parterna)", "Bakgrund"],
            "overenskommelse",
            ("Nora kommun", "Hällefors kommun", REGION),
        ),
        (["Parter", "Region Örebro län", "Örebro kommun", "Syfte"], "overenskommelse", (REGION, "Örebro kommun")),
        (["Parter: Askersund, Kumla och RÖL."], "overenskommelse", ("Askersunds kommun", "Kumla kommun", REGION)),
        (["**Parter:** Laxå kommun och Region Örebro län"], "overenskommelse", ("Laxå kommun", REGION)),
        (["Parter: Region Örebro län och Bolaget Exempel AB"], "overenskommelse", (REGION, "Bolaget Exempel AB")),
        (
            ["Parter: Örebro läns bildningsförbund (ÖLBF), RF-SISU Örebro län och Region Örebro län"],
            "overenskommelse",
            ("Örebro läns bildningsförbund", "RF-SISU Örebro län", REGION),
        ),
        (
            ["Överenskommelse mellan Region Örebro län och Karlskoga kommun om skolhälsovård"],
            "overenskommelse",
            (REGION, "Karlskoga kommun"),
        ),
        # A directive's "mellan" is about collaboration, not parties.
        (["Uppdrag mellan Region Örebro län och Karlskoga kommun om skolhälsovård"], "uppdragsdirektiv", ()),
        (["Om samverkan", "Samverkan mellan kommunerna och regionen ska stärkas."], "overenskommelse", ()),
        (["Överenskommelse om friskvård", "Parterna ska samverka."], "overenskommelse", ()),
    ],
)
def test_parties(texts: list[str], kind: str, parties: tuple[str, ...]) -> None:
    assert agreement(*texts, kind=kind).parties == parties


# --------------------------------------------------------------------------- termination
def test_termination_is_the_sentences_about_it_verbatim() -> None:
    a = agreement(
        "Avtalet gäller tills vidare. Part kan säga upp avtalet med sex",
        "månaders uppsägningstid.",
        "Övriga frågor löses i samråd.",
    )
    assert a.termination == "Part kan säga upp avtalet med sex månaders uppsägningstid."
    assert agreement("Avtalet gäller tills vidare.").termination is None


# --------------------------------------------------------------------------- signatures
def signed(a: Agreement) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.title, s.organization) for s in a.signatories]


def test_signature_blocks_take_heading_place_and_date() -> None:
    a = agreement(
        "Region Örebro län",
        "Örebro den 2025-02-03",
        "Karin Ekström",
        "Regionstyrelsens ordförande",
        "Per Holm",
        "Regiondirektör",
        "För Kumla kommun",
        "Kumla 4.2.2025",
        "Lars-Erik Berg",
        "Kommunstyrelsens ordförande",
    )
    assert [(s.name, s.title, s.organization, s.place, s.date, s.confidence) for s in a.signatories] == [
        ("Karin Ekström", "Regionstyrelsens ordförande", REGION, "Örebro", "2025-02-03", 1.0),
        ("Per Holm", "Regiondirektör", REGION, "Örebro", "2025-02-03", 1.0),
        ("Lars-Erik Berg", "Kommunstyrelsens ordförande", "Kumla kommun", "Kumla", "2025-02-04", 1.0),
    ]


def test_two_columns_with_ocr_noise_and_a_lost_heading() -> None:
    a = agreement(
        "Parter: Nora kommun, Lindesbergs kommun och Region Örebro län",
        "Nora kommun",
        "Sofia Nyqvist",
        "Kommunstyrelsens ordförande",
        "Maja Lind Jonas. Ek",
        "Kornmunstyrelsens ordförande Kommunchef",
    )
    # A second chair under one heading means OCR lost the next party's heading.
    assert signed(a) == [
        ("Sofia Nyqvist", "Kommunstyrelsens ordförande", "Nora kommun"),
        ("Maja Lind", "Kommunstyrelsens ordförande", "Lindesbergs kommun"),
        ("Jonas Ek", "Kommunchef", "Lindesbergs kommun"),
    ]
    first, second, third = (s.confidence for s in a.signatories)
    assert first == 1.0
    assert 0.5 < third < second < 1.0  # inferred heading; fuzzy title; cleaned name


def test_a_name_line_cut_two_ways_is_doubtful() -> None:
    a = agreement("Laxå kommun", "Eva Lund Per Olof Berg", "Kommunstyrelsens ordförande Kommunchef")
    assert [s.name for s in a.signatories] == ["Eva Lund", "Per Olof Berg"]
    assert all(s.confidence < 1.0 for s in a.signatories)


def test_two_name_columns_over_one_title_are_not_joined() -> None:
    lines = [
        Line(text="Anna Ek", page=1, x0=50, top=700),
        Line(text="Lo Berg", page=1, x0=300, top=700),
        Line(text="Ordförande", page=1, x0=50, top=740),
    ]
    assert find_agreement(lines, "overenskommelse").signatories == ()


@pytest.mark.parametrize(
    ("name_line", "expected"),
    [
        ("Ingrid Boman", "Ingrid Boman"),
        ("Ingrid. Boman", "Ingrid Boman"),
        ("Anna-Karin von Essen", "Anna-Karin von Essen"),
        ("Eva Maria Lund Sjö", "Eva Maria Lund Sjö"),
        ("Fr3da 11ll", None),
        ("Olo s Berg", None),
        ("Ki- )", None),
        ("DA.  den", None),
        ("EMMA Holm", None),
        ("Ingrid", None),
        ("Eva Maria Lund Sjö Berg", None),
        ("Kumla Nora", None),
        ("Ort och datum", None),
        ("Kommunchef Regiondirektör", None),
        ("Hällefors kommun", None),
    ],
)
def test_only_clean_names_are_signatories(name_line: str, expected: str | None) -> None:
    a = agreement("Hällefors kommun", name_line, "Kommunchef")
    assert [s.name for s in a.signatories] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        ("Konnmunstyrelsens ordforande", "Kommunstyrelsens ordförande"),
        ("Regiondirektor", "Regiondirektör"),
        ("Hälso- och sjukvårdsdirektör", "Hälso- och sjukvårdsdirektör"),
        ("Kommundirektör.", "Kommundirektör"),
        ("KSO", "Kommunstyrelsens ordförande"),
        ("Folkhälsoteamet", None),
    ],
)
def test_titles_are_read_through_ocr_noise(title_line: str, title: str | None) -> None:
    a = agreement("Laxå kommun", "Nils Berg", title_line)
    assert [s.title for s in a.signatories] == ([title] if title else [])


def test_a_name_without_a_heading_is_doubtful() -> None:
    (s,) = agreement("Nils Berg", "Kommundirektör").signatories
    assert s.organization is None
    assert s.confidence < 1.0


def test_pdf_columns_on_one_baseline_are_read_as_a_row() -> None:
    def at(text: str, x: float, top: float) -> Line:
        return Line(text=text, page=3, x0=x, top=top, x1=x + 120, bottom=top + 10)

    lines = [
        at("För Region Örebro län", 50, 100),
        at("För Kumla kommun", 300, 100.4),
        at("Örebro 2025-01-10", 50, 120),
        at("Kumla 2025-01-12", 300, 120),
        at("Karin Ekström", 50, 160),
        at("Nils Berg", 300, 160.2),
        at("Regionstyrelsens ordförande", 50, 172),
        at("Kommunstyrelsens ordförande", 300, 172),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.organization, s.place, s.date, s.page) for s in a.signatories] == [
        ("Karin Ekström", REGION, "Örebro", "2025-01-10", 3),
        ("Nils Berg", "Kumla kommun", "Kumla", "2025-01-12", 3),
    ]


# --------------------------------------------------------------------------- seeds
SEEDS = [("000", "uppdragsdirektiv"), ("001", "uppdragsdirektiv"), ("002", "overenskommelse")]


def seed(number: str) -> tuple[list[Line], dict]:
    folder = SHARED / "seeds"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not available")
    path = next(folder.glob(f"{number}_*.txt"))
    gold = json.loads((SHARED / "gold" / f"{path.stem}.json").read_text("utf-8"))["agreement"]
    return [Line(text=t, page=1) for t in path.read_text("utf-8").splitlines() if t.strip()], gold


@pytest.mark.shared
@pytest.mark.parametrize(("number", "kind"), SEEDS)
def test_seed_matches_gold(number: str, kind: str) -> None:
    lines, gold = seed(number)
    a = find_agreement(lines, kind)
    assert list(a.parties) == gold["parties"]
    assert (a.valid_from, a.valid_to) == (gold["valid_from"], gold["valid_to"])
    expected = [(g["name"], g["title"], g["organization"]) for g in gold["signatories"]]
    assert [s for s in signed(a) if s in expected] == expected
    # Anything beyond gold is a doubtful reading, never a confident one.
    assert all(s.confidence < 1.0 for s in a.signatories if (s.name, s.title, s.organization) not in expected)


@pytest.mark.shared
def test_seed_directive_decision_and_agreement_termination() -> None:
    directive = find_agreement(seed("001")[0], "uppdragsdirektiv")
    assert (directive.decided_by, directive.decided_on) == (KC_RD, "2018-10-04")
    assert directive.until_further_notice
    termination = find_agreement(seed("002")[0], "overenskommelse").termination
    assert termination is not None and "säga upp" in termination and termination.endswith(".")
