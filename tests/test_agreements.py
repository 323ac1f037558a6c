"""find_agreement: parties, validity, decision, termination and (OCR-noisy) signature blocks.

Sentences and names here are invented; the seed documents are only read from ../shared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.parse.agreements import find_agreement, letterhead_body
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


# Organisation numbers and the names the text goes on to use are no parties of their own.
@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        (
            [
                "1. Parter",
                "1. Region Örebro län, org.nr 232100-0164, nedan kallad Regionen",
                "2. Kumla kommun (org.nr 212000-1835)",
            ],
            (REGION, "Kumla kommun"),
        ),
        (
            ["Parter", "1. Nora kommun, organisationsnummer 212000-1868", "2. Laxå kommun, orgnr: 2120001843"],
            ("Nora kommun", "Laxå kommun"),
        ),
        (
            [
                "Detta avtal har träffats mellan Region Örebro län, org.nr 232100-0164 (nedan kallad Regionen) och "
                "Kumla kommun, org.nr 212000-1835 (nedan benämnd Kommunen)."
            ],
            (REGION, "Kumla kommun"),
        ),
        (
            ["Avtalet ingås mellan Region Örebro län (nedan Regionen) och Nora kommun (härefter kallad Nora)."],
            (REGION, "Nora kommun"),
        ),
        (["Parter: Region Örebro län (i det följande kallat Regionen) och Laxå kommun"], (REGION, "Laxå kommun")),
    ],
)
def test_party_dressing_is_cut_away(texts: list[str], parties: tuple[str, ...]) -> None:
    assert agreement(*texts).parties == parties


# A party block's lines under its name (number, address, contact person) go on the list.
@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        (
            [
                "Parter",
                "Region Örebro län",
                "Org.nr 232100-0164",
                "Box 1613, 701 16 Örebro",
                "Kontaktperson: Eva Strand, folkhälsostrateg",
                "Kumla kommun",
                "Organisationsnummer 212000-1835",
                "Stadshuset, 692 80 Kumla",
                "2. Bakgrund",
                "Kim Nyberg och Lo Ek har samarbetat.",
            ],
            (REGION, "Kumla kommun"),
        ),
        (
            ["Avtalsparter", "Nora kommun", "Tel: 0587-810 00", "E-post: kommun@nora.se", "Laxå kommun"],
            ("Nora kommun", "Laxå kommun"),
        ),
    ],
)
def test_party_blocks_with_their_details(texts: list[str], parties: tuple[str, ...]) -> None:
    assert agreement(*texts).parties == parties


def test_party_blocks_side_by_side() -> None:
    lines = [
        at("Parter", 50, 100, page=2),
        at("Region Örebro län", 50, 114, page=2),
        at("Kumla kommun", 300, 114, page=2),
        at("Org.nr 232100-0164", 50, 126, page=2),
        at("Org.nr 212000-1835", 300, 126, page=2),
        at("Box 1613, 701 16 Örebro", 50, 138, page=2),
        at("692 80 Kumla", 300, 138, page=2),
        at("Bakgrund", 50, 170, page=2),
    ]
    assert find_agreement(lines, "overenskommelse").parties == (REGION, "Kumla kommun")


# A party's part in the deal before its name, "å ena/andra sidan", a bare organisation number,
# "och" on a line of its own between two parties.
@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        (["Parter", "Part 1: Region Örebro län", "Part 2: Kumla kommun"], (REGION, "Kumla kommun")),
        (["Parter", "Part A: Nora kommun", "Part B: Laxå kommun"], ("Nora kommun", "Laxå kommun")),
        (["Avtalsparter", "Beställare: Region Örebro län", "Utförare: Kumla kommun"], (REGION, "Kumla kommun")),
        (["Parter", "A. Region Örebro län", "B. Kumla kommun"], (REGION, "Kumla kommun")),
        (
            ["Denna överenskommelse är träffad mellan å ena sidan Region Örebro län och å andra sidan Kumla kommun."],
            (REGION, "Kumla kommun"),
        ),
        (["Parter: Region Örebro län, 232100-0164, och Laxå kommun, 212000-1843."], (REGION, "Laxå kommun")),
        (
            ["Parter", "Region Örebro län, nedan Regionen", "och", "Kumla kommun, nedan Kommunen"],
            (REGION, "Kumla kommun"),
        ),
    ],
)
def test_party_leads_sides_and_bare_numbers(texts: list[str], parties: tuple[str, ...]) -> None:
    assert agreement(*texts).parties == parties


# Validity under a label without a verb, or ending with "löper ut" / "upphör att gälla".
@pytest.mark.parametrize(
    ("texts", "valid_from", "valid_to"),
    [
        (["Avtalstid: 2025-01-01 – 2026-12-31"], "2025-01-01", "2026-12-31"),
        (["Giltighetstid", "1 januari 2025 till 31 december 2026"], "2025-01-01", "2026-12-31"),
        (["5. Avtalsperiod", "2025-07-01 – 2027-06-30"], "2025-07-01", "2027-06-30"),
        (["Avtalet gäller under perioden 2025-01-01--2026-12-31."], "2025-01-01", "2026-12-31"),
        (["Avtalet gäller från 1 januari 2025 och löper ut den 31 december 2026."], "2025-01-01", "2026-12-31"),
        (["Avtalet gäller från 1 januari 2025 och upphör att gälla 2026-12-31."], "2025-01-01", "2026-12-31"),
        (["Avtalet gäller 2025-01-01 till 2026-12-31."], "2025-01-01", "2026-12-31"),
    ],
)
def test_validity_labels_and_ends(texts: list[str], valid_from: str, valid_to: str) -> None:
    a = agreement(*texts)
    assert (a.valid_from, a.valid_to) == (valid_from, valid_to)


def test_a_lower_case_word_after_nedan_is_prose_not_a_designation() -> None:
    from pipeline.parse.agreements import _party_dressing

    assert _party_dressing().sub("", "de parter som nedan anges") == "de parter som nedan anges"


def test_caption_rows_between_name_and_title_are_passed_over() -> None:
    lines = [
        at("För Region Örebro län", 50, 100, page=2),
        at("För Kumla kommun", 300, 100, page=2),
        at("Ort och datum", 50, 112, page=2),
        at("Ort och datum", 300, 112, page=2),
        at("Örebro 2025-01-10", 50, 124, page=2),
        at("Kumla 2025-01-12", 300, 124, page=2),
        at("Karin Ekström", 50, 160, page=2),
        at("Nils Berg", 300, 160, page=2),
        at("Namnförtydligande", 50, 172, page=2),
        at("Namnförtydligande", 300, 172, page=2),
        at("Regionstyrelsens ordförande", 50, 184, page=2),
        at("Kommunstyrelsens ordförande", 300, 184, page=2),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.title, s.organization, s.date) for s in a.signatories] == [
        ("Karin Ekström", "Regionstyrelsens ordförande", REGION, "2025-01-10"),
        ("Nils Berg", "Kommunstyrelsens ordförande", "Kumla kommun", "2025-01-12"),
    ]


def test_an_organisation_row_tight_under_the_titles_owns_the_names_above() -> None:
    lines = [
        at("Karin Ekström", 50, 160, page=2),
        at("Nils Berg", 300, 160, page=2),
        at("Regionstyrelsens ordförande", 50, 172, page=2),
        at("Kommunstyrelsens ordförande", 300, 172, page=2),
        at("Region Örebro län", 50, 184, page=2),
        at("Kumla kommun", 300, 184, page=2),
        at("Eva Lund", 50, 230, page=2),
        at("Kommunstyrelsens ordförande", 50, 242, page=2),
        at("Nora kommun", 50, 254, page=2),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.organization, s.confidence) for s in a.signatories] == [
        ("Karin Ekström", REGION, 1.0),
        ("Nils Berg", "Kumla kommun", 1.0),
        ("Eva Lund", "Nora kommun", 1.0),
    ]


def test_a_heading_after_a_blank_line_opens_the_next_block() -> None:
    lines = [
        at("För Region Örebro län", 50, 100, page=2),
        at("Karin Ekström", 50, 130, page=2),
        at("Regionstyrelsens ordförande", 50, 142, page=2),
        at("Per Holm", 50, 170, page=2),
        at("Regiondirektör", 50, 182, page=2),
        at("För Kumla kommun", 50, 210, page=2),
        at("Nils Berg", 50, 240, page=2),
        at("Kommunstyrelsens ordförande", 50, 252, page=2),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.organization) for s in a.signatories] == [
        ("Karin Ekström", REGION),
        ("Per Holm", REGION),
        ("Nils Berg", "Kumla kommun"),
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


# --------------------------------------------------------------------------- parties: lists, tables, appendices
def at(text: str, x: float, top: float, page: int = 1) -> Line:
    """A positioned line, as the PDF extractor gives it (10 pt text)."""
    return Line(text=text, page=page, x0=x, top=top, x1=x + 6 * len(text), bottom=top + 10)


@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        # A numbered section heading, then a sentence that names the parties.
        (
            [
                "2. Parter",
                "Överenskommelsen ingås mellan Region Örebro län, Kumla kommun och",
                "Nora kommun.",
                "3. Syfte",
            ],
            (REGION, "Kumla kommun", "Nora kommun"),
        ),
        (["§ 1 Parter", "Parterna är Laxå kommun och Region Örebro län.", "§ 2 Syfte"], ("Laxå kommun", REGION)),
        (["1 Avtalsparter", "Askersunds kommun", "Region Örebro län", "2 Bakgrund"], ("Askersunds kommun", REGION)),
        # A numbered list, one party an entry.
        (
            ["Parter", "1. Askersunds kommun", "2. Laxå kommun", "3) Region Örebro län", "Bakgrund"],
            ("Askersunds kommun", "Laxå kommun", REGION),
        ),
        # A heading over prose that only describes the parties names none.
        (["Parter", "Parterna ska samverka i alla frågor.", "Syfte"], ()),
    ],
)
def test_parties_under_a_heading(texts: list[str], parties: tuple[str, ...]) -> None:
    assert agreement(*texts).parties == parties


def test_parties_in_a_table_with_a_header_row_and_organisation_numbers() -> None:
    lines = [
        at("Parter", 72, 100),
        at("Part", 72, 120),
        at("Organisationsnummer", 300, 120),
        at("Region Örebro län", 72, 134),
        at("212000-0001", 300, 134),
        at("Hallsbergs kommun", 72, 148),
        at("212000-0002", 300, 148.5),
        at("Bakgrund", 72, 180),
    ]
    assert find_agreement(lines, "overenskommelse").parties == (REGION, "Hallsbergs kommun")


def test_parties_in_a_label_column() -> None:
    lines = [
        at("Parter", 72, 100),
        at("Degerfors kommun", 200, 100),
        at("Karlskoga kommun", 200, 114),
        at("Region Örebro län", 200, 128),
        at("Syfte", 72, 160),
    ]
    assert find_agreement(lines, "overenskommelse").parties == ("Degerfors kommun", "Karlskoga kommun", REGION)


@pytest.mark.parametrize(
    "opening",
    [
        ["Parter: se bilaga 1"],
        ["Parter", "Vilka parterna är framgår av bilaga 1."],
    ],
)
def test_parties_listed_in_an_appendix(opening: list[str]) -> None:
    a = agreement(
        "Överenskommelse om skolhälsovård",
        *opening,
        "Syfte",
        "Parterna ska samverka kring elevhälsan.",
        "Bilaga 1",
        "Förteckning över parter",
        "Lekebergs kommun",
        "Kumla kommun",
        "Region Örebro län",
    )
    assert a.parties == ("Lekebergs kommun", "Kumla kommun", REGION)


def test_without_a_party_list_the_signing_organisations_are_the_parties() -> None:
    texts = ["Överenskommelse om skolskjuts", "För Kumla kommun", "Eva Lund", "Kommunchef", "För Region Örebro län"]
    texts += ["Per Holm", "Regiondirektör"]
    assert agreement(*texts).parties == ("Kumla kommun", REGION)
    # A directive is issued, not signed between parties.
    assert agreement(*texts, kind="uppdragsdirektiv").parties == ()


# --------------------------------------------------------------------------- signatures: titles and tables
@pytest.mark.parametrize(
    ("title_line", "title", "confidence"),
    [
        ("Områdeschef", "Områdeschef", 0.95),
        ("Biträdande förvaltningschef", "Biträdande förvaltningschef", 0.95),
        ("Socialnämndens ordförande", "Socialnämndens ordförande", 0.95),
        ("Folkhälsostrateg", "Folkhälsostrateg", 0.95),
        ("Kommunchef", "Kommunchef", 1.0),  # the vocabulary comes first
        ("Folkhälsoteamet", None, None),
        ("Ort och datum", None, None),
        ("CHEF FÖR ALLT", None, None),
    ],
)
def test_titles_outside_the_vocabulary_are_read_by_their_ending(
    title_line: str, title: str | None, confidence: float | None
) -> None:
    a = agreement("Laxå kommun", "Nils Berg", title_line)
    assert [(s.title, s.confidence) for s in a.signatories] == ([(title, confidence)] if title else [])


def test_a_capital_inside_a_title_line_starts_the_next_column() -> None:
    a = agreement("Nora kommun", "Eva Lund Per Holm", "Vice ordförande Socialchef")
    assert [(s.name, s.title) for s in a.signatories] == [("Eva Lund", "Vice ordförande"), ("Per Holm", "Socialchef")]


def test_a_signature_table_with_the_party_beside_the_name_and_the_title_below_it() -> None:
    lines = [
        at("Underskrifter", 72, 90),
        at("Organisation", 72, 110),
        at("Namnförtydligande", 200, 110),
        at("Underskrift", 400, 110),
        at("Region Örebro län", 72, 130),
        at("Karin Ekström", 200, 130),
        at("Regiondirektör", 200, 142),
        at("Kumla kommun", 72, 162),
        at("Nils Berg", 200, 162.3),
        at("Kommunchef", 200, 174),
        at("Laxå kommun", 72, 194),
        at("Ulla Sten", 200, 194),
        at("Kommundirektör", 200, 206),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert signed(a) == [
        ("Karin Ekström", "Regiondirektör", REGION),
        ("Nils Berg", "Kommunchef", "Kumla kommun"),
        ("Ulla Sten", "Kommundirektör", "Laxå kommun"),
    ]
    assert all(s.confidence == 1.0 for s in a.signatories)


def test_a_second_signatory_of_a_table_row_signs_for_the_same_party() -> None:
    lines = [
        at("Nora kommun", 72, 130),
        at("Sara Holm", 200, 130),
        at("Kommunstyrelsens ordförande", 200, 142),
        at("Jonas Ek", 200, 156),
        at("Kommunchef", 200, 168),
        at("Region Örebro län", 72, 190),
        at("Karin Ekström", 200, 190),
        at("Regiondirektör", 200, 202),
    ]
    assert signed(find_agreement(lines, "overenskommelse")) == [
        ("Sara Holm", "Kommunstyrelsens ordförande", "Nora kommun"),
        ("Jonas Ek", "Kommunchef", "Nora kommun"),
        ("Karin Ekström", "Regiondirektör", REGION),
    ]


def test_a_party_and_a_name_run_together_in_one_cell() -> None:
    # A narrow gap between the cells: the extractor gives one line, the title stays apart.
    lines = [at("Lekebergs kommun Sara Holm", 72, 130), at("Kommunchef", 200, 142)]
    assert signed(find_agreement(lines, "overenskommelse")) == [("Sara Holm", "Kommunchef", "Lekebergs kommun")]
    # Text sources read the same.
    assert signed(agreement("Lekebergs kommun Sara Holm", "Kommunchef")) == [
        ("Sara Holm", "Kommunchef", "Lekebergs kommun")
    ]


@pytest.mark.parametrize(
    "cells",
    [
        [("Askersunds kommun", 72), ("Eva Lund", 220), ("Kommunchef", 380)],  # Part | Namn | Titel
        [("Eva Lund", 72), ("Kommunchef", 220), ("Askersunds kommun", 380)],  # Namn | Titel | Organisation
        [("Kommunchef", 72), ("Eva Lund", 220), ("Askersunds kommun", 380)],  # Titel | Namn | Organisation
        [("Askersunds kommun", 72), ("Eva Lund, Kommunchef", 220)],  # Part | Namn, titel
    ],
)
def test_a_three_column_signature_table_row(cells: list[tuple[str, float]]) -> None:
    lines = [at(text, x, 130) for text, x in cells]
    assert signed(find_agreement(lines, "overenskommelse")) == [("Eva Lund", "Kommunchef", "Askersunds kommun")]


def test_two_parties_side_by_side_in_one_table_row() -> None:
    lines = [
        at("Kumla kommun", 50, 130),
        at("Eva Lund", 160, 130),
        at("Nora kommun", 300, 130),
        at("Per Holm", 410, 130),
        at("Kommunchef", 160, 142),
        at("Kommundirektör", 410, 142),
    ]
    assert signed(find_agreement(lines, "overenskommelse")) == [
        ("Eva Lund", "Kommunchef", "Kumla kommun"),
        ("Per Holm", "Kommundirektör", "Nora kommun"),
    ]


def test_a_title_below_goes_to_the_name_it_is_set_under() -> None:
    lines = [
        at("Kumla kommun", 50, 130),
        at("Eva Lund", 160, 130),
        at("Per Holm", 410, 130),
        at("Kommundirektör", 410, 142),
    ]
    assert signed(find_agreement(lines, "overenskommelse")) == [("Per Holm", "Kommundirektör", "Kumla kommun")]


def test_a_name_and_its_title_in_one_row_sign_for_the_block_above() -> None:
    lines = [at("För Hallsbergs kommun", 72, 100), at("Eva Lund", 72, 130), at("Socialchef", 250, 130)]
    assert signed(find_agreement(lines, "overenskommelse")) == [("Eva Lund", "Socialchef", "Hallsbergs kommun")]
    assert signed(agreement("För Hallsbergs kommun", "Eva Lund, Socialchef")) == [
        ("Eva Lund", "Socialchef", "Hallsbergs kommun")
    ]


def test_a_contact_person_beside_a_party_is_no_signatory() -> None:
    lines = [at("Kontaktpersoner", 72, 100), at("Kumla kommun", 72, 120), at("Eva Lund", 250, 120)]
    assert find_agreement(lines, "overenskommelse").signatories == ()


def test_a_place_and_date_above_the_headings_dates_the_blocks_below() -> None:
    lines = [
        at("Örebro 2025-01-10", 50, 90),
        at("Kumla 2025-01-12", 300, 90),
        at("För Region Örebro län", 50, 110),
        at("För Kumla kommun", 300, 110),
        at("Karin Ekström", 50, 150),
        at("Nils Berg", 300, 150),
        at("Regionstyrelsens ordförande", 50, 162),
        at("Kommunstyrelsens ordförande", 300, 162),
        at("Nora 2025-01-15", 50, 200),
        at("För Nora kommun", 50, 220),
        at("Sara Holm", 50, 260),
        at("Kommunchef", 50, 272),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.organization, s.place, s.date) for s in a.signatories] == [
        ("Karin Ekström", REGION, "Örebro", "2025-01-10"),
        ("Nils Berg", "Kumla kommun", "Kumla", "2025-01-12"),
        ("Sara Holm", "Nora kommun", "Nora", "2025-01-15"),
    ]


def test_a_place_and_date_below_a_block_still_dates_it() -> None:
    a = agreement(
        "För Kumla kommun", "Eva Lund", "Kommunchef", "Kumla 2025-02-01",
        "För Nora kommun", "Per Holm", "Kommunchef", "Nora 2025-02-03",
    )  # fmt: skip
    assert [(s.name, s.date) for s in a.signatories] == [("Eva Lund", "2025-02-01"), ("Per Holm", "2025-02-03")]


def test_three_blocks_side_by_side_and_a_second_row_under_only_some_of_them() -> None:
    lines = [
        at("För Region Örebro län", 44, 100),
        at("För Kumla kommun", 224, 100),
        at("För Nora kommun", 404, 100),
        at("Örebro 2025-03-01", 40, 120),
        at("Kumla 2025-03-02", 220, 120),
        at("Nora 2025-03-03", 400, 120),
        at("Karin Ekström", 40, 160),
        at("Nils Berg", 220, 160),
        at("Sara Holm", 400, 160),
        at("Regionstyrelsens ordförande", 40, 172),
        at("Kommunchef", 220, 172),
        at("Förvaltningschef", 400, 172),
        # Two more signatures, in the first two columns only: each stays in its column.
        at("Per Holm", 40, 200),
        at("Eva Lund", 220, 200),
        at("Regiondirektör", 40, 212),
        at("Kommunstyrelsens ordförande", 220, 212),
    ]
    a = find_agreement(lines, "overenskommelse")
    assert [(s.name, s.organization, s.date) for s in a.signatories] == [
        ("Karin Ekström", REGION, "2025-03-01"),
        ("Per Holm", REGION, "2025-03-01"),
        ("Nils Berg", "Kumla kommun", "2025-03-02"),
        ("Eva Lund", "Kumla kommun", "2025-03-02"),
        ("Sara Holm", "Nora kommun", "2025-03-03"),
    ]
    assert all(s.confidence == 1.0 for s in a.signatories)


def test_a_signature_table_in_a_pdf(make_pdf) -> None:
    from pipeline.extract import extract

    rows = [("Underskrifter", 72, 80, 12, True), ("Part", 72, 110, 10, True), ("Namn och titel", 220, 110, 10, True)]
    for k, (party, name, title) in enumerate(
        [("Region Örebro län", "Karin Ekström", "Regiondirektör"), ("Degerfors kommun", "Nils Berg", "Kommunchef")]
    ):
        top = 130 + 34 * k
        rows += [(party, 72, top, 10, False), (name, 220, top, 10, False), (title, 220, top + 12, 10, False)]
    doc = extract(make_pdf("underskrifter.pdf", [rows]), ocr=False)
    a = find_agreement(doc.lines, "overenskommelse")
    assert signed(a) == [("Karin Ekström", "Regiondirektör", REGION), ("Nils Berg", "Kommunchef", "Degerfors kommun")]
    assert a.parties == (REGION, "Degerfors kommun")
    assert {s.page for s in a.signatories} == {1}


# --------------------------------------------------------------------------- the letterhead's body, for classify
@pytest.mark.parametrize(
    ("texts", "body"),
    [
        # A stamp in the letterhead, above the title: the body that issued the directive.
        (
            ["Beslut i Styrgrupp barn och unga 250305", "Region Örebro län", "Uppdragsdirektiv för nätverket"],
            "Styrgrupp barn och unga",
        ),
        # Under the title it only records who decided.
        (["Uppdragsdirektiv för nätverket", "Beslut i Styrgrupp barn och unga 250305"], None),
        (["Region Örebro län", "Uppdragsdirektiv för nätverket"], None),
        (["Beslut i Styrgrupp barn och unga 250305", "Något annat"], None),  # the title is not on the page
    ],
)
def test_letterhead_body(texts: list[str], body: str | None) -> None:
    assert letterhead_body(lines_of(*texts), "Uppdragsdirektiv för nätverket") == body


def test_parties_in_a_table_after_a_lead_in_and_a_header_row() -> None:
    def cell(text: str, x: float, top: float) -> Line:
        return Line(text=text, page=1, x0=x, top=top, x1=x + 5 * len(text), bottom=top + 9, size=9)

    lines = [
        cell("§ 1 Parter", 70, 100),
        cell("Överenskommelsen har ingåtts mellan följande parter:", 70, 112),
        cell("Part", 70, 124),
        cell("Organisationsnummer", 250, 124),
        cell("Företräds av", 400, 124),
        cell("Region Örebro län", 70, 136),
        cell("232100-0164", 250, 136),
        cell("Regionstyrelsen", 400, 136),
        cell("Nora kommun", 70, 148),
        cell("212000-0000", 250, 148),
        cell("Kommunstyrelsen", 400, 148),
        cell("§ 2 Bakgrund", 70, 170),
    ]
    assert find_agreement(lines, "overenskommelse").parties == (REGION, "Nora kommun")
