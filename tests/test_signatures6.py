"""Signatories in the everyday Swedish forms of a signature page: labelled fields, electronic
signatures, a whole signature on one line, a title that names the organisation signed for.

The people are invented; the organisations are Örebro län's.  Titles are written the way the
rest of the project writes them: a listed title in its canonical form ("kommundirektör" is
Kommundirektör).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.parse.agreements import find_agreement
from pipeline.records import Agreement, Line

REGION = "Region Örebro län"
KUMLA = "Kumla kommun"
LEKEBERG = "Lekebergs kommun"
OPENING = [
    "Överenskommelse om samverkan kring barn och unga 2026–2028",
    "Parter",
    "Region Örebro län och Lekebergs kommun.",
    "Överenskommelsen gäller från och med 2026-01-01 till och med 2028-12-31.",
]


def agreement(*texts: str) -> Agreement:
    """The agreement of a text source: its opening, then `texts`, one line each."""
    return find_agreement([Line(text=t, page=1) for t in [*OPENING, *texts]], "overenskommelse")


def signed(a: Agreement) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.title, s.organization) for s in a.signatories]


def dated(a: Agreement) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(s.name, s.title, s.organization, s.place, s.date) for s in a.signatories]


BOTH = [("Anna Ek", "Regiondirektör", REGION), ("Per Berg", "Kommundirektör", LEKEBERG)]


# --------------------------------------------------------------------------- labelled fields
@pytest.mark.parametrize(
    "texts",
    [
        # Namnförtydligande and Befattning under each party's heading.
        [
            "För Region Örebro län", "Underskrift: ______________", "Namnförtydligande: Anna Ek",
            "Befattning: Regiondirektör",
            "För Lekebergs kommun", "Underskrift: ______________", "Namnförtydligande: Per Berg",
            "Befattning: Kommundirektör",
        ],
        # Namn and Titel.
        ["För Region Örebro län", "Namn: Anna Ek", "Titel: Regiondirektör",
         "För Lekebergs kommun", "Namn: Per Berg", "Titel: Kommundirektör"],
        # Funktion, the title written in lower case.
        ["För Region Örebro län", "Namn: Anna Ek", "Funktion: regiondirektör",
         "För Lekebergs kommun", "Namn: Per Berg", "Funktion: kommundirektör"],
        # Name and title in one field.
        ["För Region Örebro län", "Namn och befattning: Anna Ek, regiondirektör",
         "För Lekebergs kommun", "Namn och titel: Per Berg, kommundirektör"],
        # A signature line of dots between the heading and the labelled name.
        ["Region Örebro län", "………………………………", "Namnförtydligande: Anna Ek", "Befattning/titel: Regiondirektör",
         "Lekebergs kommun", "………………………………", "Namnförtydligande: Per Berg", "Befattning/titel: Kommundirektör"],
    ],
)  # fmt: skip
def test_a_labelled_field_is_read_for_its_value(texts: list[str]) -> None:
    assert signed(agreement("Underskrifter", *texts)) == BOTH


def test_a_signature_field_holding_only_the_line_signed_on_is_passed_over() -> None:
    # "Underskrift: ____" stands between the name and its title.
    a = agreement("För Region Örebro län", "Namnförtydligande: Anna Ek", "Underskrift: ________", "Regiondirektör")
    assert signed(a) == [("Anna Ek", "Regiondirektör", REGION)]


@pytest.mark.parametrize(
    ("stamp", "place", "date"),
    [
        (["Ort och datum: Örebro 2025-12-01"], "Örebro", "2025-12-01"),
        (["Ort, datum: Örebro den 1 december 2025"], "Örebro", "2025-12-01"),
        (["Ort: Örebro", "Datum: 2025-12-01"], "Örebro", "2025-12-01"),
        (["Plats: Örebro", "Datum: 2025-12-01"], "Örebro", "2025-12-01"),
        (["Datum: 2025-12-01"], None, "2025-12-01"),
    ],
)
def test_a_place_and_date_field_dates_the_block(stamp: list[str], place: str | None, date: str) -> None:
    a = agreement("För Region Örebro län", *stamp, "Namnförtydligande: Anna Ek", "Befattning: Regiondirektör")
    assert dated(a) == [("Anna Ek", "Regiondirektör", REGION, place, date)]


def test_the_words_of_a_label_or_an_electronic_signature_beside_a_date_name_no_place() -> None:
    a = agreement("För Region Örebro län", "Anna Ek, regiondirektör", "Signerat digitalt 2025-12-01")
    assert dated(a) == [("Anna Ek", "Regiondirektör", REGION, None, "2025-12-01")]


# --------------------------------------------------------------------------- electronic signatures
@pytest.mark.parametrize(
    "lead",
    [
        "Signerat av",
        "Signerad av",
        "Digitalt signerad av",
        "Elektroniskt signerat av",
        "Signerat elektroniskt av:",
        "Elektroniskt underskriven av",
        "Underskrivet digitalt av",
        "Undertecknat elektroniskt av",
        "Signerat med BankID av",
    ],
)
def test_an_electronic_signature_is_read_after_its_lead(lead: str) -> None:
    a = agreement(
        "Detta avtal har signerats elektroniskt.",
        f"{lead} Anna Ek, regiondirektör, Region Örebro län, 2025-12-01",
        f"{lead} Per Berg, kommundirektör, Lekebergs kommun, 2025-12-03",
    )
    assert dated(a) == [
        ("Anna Ek", "Regiondirektör", REGION, None, "2025-12-01"),
        ("Per Berg", "Kommundirektör", LEKEBERG, None, "2025-12-03"),
    ]


def test_an_electronic_signature_over_its_title_signs_for_the_heading_above() -> None:
    a = agreement(
        "För Region Örebro län", "Digitalt signerad av Anna Ek", "Regiondirektör",
        "För Lekebergs kommun", "Digitalt signerad av Per Berg", "Kommundirektör",
    )  # fmt: skip
    assert signed(a) == BOTH


def test_the_date_of_a_signature_line_dates_the_block_it_signs_in() -> None:
    a = agreement(
        "För Region Örebro län", "Signerat elektroniskt av: Anna Ek, Regiondirektör, 2025-12-01",
        "För Lekebergs kommun", "Signerat elektroniskt av: Per Berg, Kommundirektör, 2025-12-03",
    )  # fmt: skip
    assert [(s.name, s.organization, s.date) for s in a.signatories] == [
        ("Anna Ek", REGION, "2025-12-01"),
        ("Per Berg", LEKEBERG, "2025-12-03"),
    ]


# --------------------------------------------------------------------------- a signature on one line
@pytest.mark.parametrize(
    "heading",
    ["Underskrifter", "3. Underskrifter", "Signaturer", "Parternas underskrifter", "Undertecknade parter"],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anna Ek, regiondirektör, Region Örebro län", "Per Berg, kommundirektör, Lekebergs kommun"),
        ("Region Örebro län: Anna Ek, regiondirektör", "Lekebergs kommun: Per Berg, kommundirektör"),
        (
            "Anna Ek, Regiondirektör, Region Örebro län, Örebro, 2025-12-01",
            "Per Berg, Kommundirektör, Lekebergs kommun",
        ),
    ],
)
def test_a_signature_on_one_line_is_read_in_a_signature_section(heading: str, first: str, second: str) -> None:
    assert signed(agreement(heading, first, second)) == BOTH
    # Elsewhere the same line is a list of people, not their signatures.
    assert signed(agreement("Arbetsgrupp", first, second)) == []


def test_a_place_and_date_on_a_signature_line_date_it() -> None:
    a = agreement("Underskrifter", "Anna Ek, regiondirektör, Region Örebro län, Örebro, 2025-12-01")
    assert dated(a) == [("Anna Ek", "Regiondirektör", REGION, "Örebro", "2025-12-01")]


def test_a_line_with_a_field_that_is_no_part_of_a_signature_is_no_signature() -> None:
    a = agreement(
        "Underskrifter",
        "Anna Ek, regiondirektör, Region Örebro län",  # a signature
        "Per Berg, kommundirektör, deltog i arbetet",  # a sentence about him
    )
    assert signed(a) == [("Anna Ek", "Regiondirektör", REGION)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("För Kumla kommun: Per Berg, kommundirektör", "För Region Örebro län: Anna Ek, regiondirektör"),
        ("För Kumla kommun, Per Berg, kommundirektör", "För Region Örebro län, Anna Ek, regiondirektör"),
        ("För Kumla kommun: Per Berg – kommundirektör", "För Region Örebro län: Anna Ek – regiondirektör"),
    ],
)
def test_for_an_organisation_then_a_name_and_title_on_one_line_is_a_signature_anywhere(first: str, second: str) -> None:
    assert signed(agreement(first, second)) == [
        ("Per Berg", "Kommundirektör", KUMLA),
        ("Anna Ek", "Regiondirektör", REGION),
    ]


@pytest.mark.parametrize("through", ["genom", "företrädd av", ", företrädd av", "representerad av"])
def test_a_party_then_the_representative_who_signs_for_it_on_one_line(through: str) -> None:
    sep = "" if through.startswith(",") else " "
    a = agreement(
        "Underskrifter",
        f"Region Örebro län{sep}{through} Anna Ek, regiondirektör",
        f"Lekebergs kommun{sep}{through} Per Berg, kommundirektör",
    )
    assert signed(a) == BOTH


# --------------------------------------------------------------------------- a name or title naming the organisation
def test_a_name_followed_by_its_organisation_over_its_title() -> None:
    a = agreement(
        "Underskrifter", "Anna Ek, Region Örebro län", "Regiondirektör", "Per Berg, Lekebergs kommun", "Kommundirektör"
    )
    assert signed(a) == BOTH


def test_a_page_that_opens_with_names_has_each_organisation_under_its_titles() -> None:
    a = agreement("Anna Ek", "Regiondirektör", "Region Örebro län", "Per Berg", "Kommundirektör", "Lekebergs kommun")
    assert signed(a) == BOTH
    assert all(s.confidence == 1.0 for s in a.signatories)
    # Once a heading opened the blocks, an organisation under the titles heads the next block;
    # "För <organisation>" always does.
    headed = agreement(
        "Region Örebro län", "Anna Ek", "Regiondirektör", "Lekebergs kommun", "Per Berg", "Kommundirektör"
    )
    assert signed(headed) == BOTH
    lost = agreement("Anna Ek", "Regiondirektör", "För Lekebergs kommun", "Per Berg", "Kommundirektör")
    assert [s.organization for s in lost.signatories] == [None, LEKEBERG]


def test_organisations_a_line_apart_under_names_side_by_side_in_a_pdf(make_pdf) -> None:
    a = _pdf_agreement(
        make_pdf,
        [
            ("Namn: Anna Ek", "Namn: Per Berg"),
            ("Titel: Regiondirektör", "Titel: Kommundirektör"),
            ("Region Örebro län", "Lekebergs kommun"),
        ],
        (72, 320),
    )
    assert signed(a) == BOTH
    assert all(s.confidence == 1.0 for s in a.signatories)


# --------------------------------------------------------------------------- a title naming the organisation
def test_a_title_followed_by_an_organisation_names_whom_the_name_above_signs_for() -> None:
    a = agreement("Anna Ek", "Regiondirektör, Region Örebro län", "Per Berg", "Kommundirektör, Lekebergs kommun")
    assert signed(a) == BOTH
    assert all(s.confidence == 1.0 for s in a.signatories)


@pytest.mark.parametrize("after", [False, True])
def test_a_place_and_date_beside_such_a_block_dates_it(after: bool) -> None:
    blocks = [
        ["Örebro 2025-12-01", "Anna Ek", "Regiondirektör, Region Örebro län"],
        ["Fjugesta 2025-12-03", "Per Berg", "Kommundirektör, Lekebergs kommun"],
    ]
    # The stamp above the name, or below the title: both date the block.
    texts = [t for block in blocks for t in ([*block[1:], block[0]] if after else block)]
    assert dated(agreement("Underskrifter", *texts)) == [
        ("Anna Ek", "Regiondirektör", REGION, "Örebro", "2025-12-01"),
        ("Per Berg", "Kommundirektör", LEKEBERG, "Fjugesta", "2025-12-03"),
    ]


# --------------------------------------------------------------------------- side by side in a PDF
def _pdf_agreement(make_pdf, columns: list[tuple[str, ...]], xs: tuple[float, ...]) -> Agreement:
    from pipeline.extract import extract

    runs = [
        ("Överenskommelse om samverkan kring barn och unga", 72, 60, 14, True),
        ("Parter: Region Örebro län, Lekebergs kommun och Kumla kommun.", 72, 90, 10, False),
        ("Underskrifter", 72, 140, 12, True),
    ]
    for k, row in enumerate(columns):
        runs += [(text, x, 170 + 16 * k, 10, False) for x, text in zip(xs, row, strict=True) if text]
    return find_agreement(extract(make_pdf("underskrifter.pdf", [runs]), ocr=False).lines, "overenskommelse")


def test_labelled_blocks_side_by_side_in_a_pdf(make_pdf) -> None:
    a = _pdf_agreement(
        make_pdf,
        [
            ("För Region Örebro län", "För Lekebergs kommun"),
            ("Ort och datum: Örebro 2025-12-01", "Ort och datum: Fjugesta 2025-12-03"),
            ("Underskrift: ______________", "Underskrift: ______________"),
            ("Namnförtydligande: Anna Ek", "Namnförtydligande: Per Berg"),
            ("Befattning: Regiondirektör", "Befattning: Kommundirektör"),
        ],
        (72, 320),
    )
    assert dated(a) == [
        ("Anna Ek", "Regiondirektör", REGION, "Örebro", "2025-12-01"),
        ("Per Berg", "Kommundirektör", LEKEBERG, "Fjugesta", "2025-12-03"),
    ]


def test_three_titles_side_by_side_each_naming_its_organisation_in_a_pdf(make_pdf) -> None:
    a = _pdf_agreement(
        make_pdf,
        [
            ("……………………………", "……………………………", "……………………………"),
            ("Anna Ek", "Per Berg", "Eva Lund"),
            ("Regiondirektör, Region Örebro län", "Kommundirektör, Lekebergs kommun", "Kommunchef, Kumla kommun"),
        ],
        (40, 220, 400),
    )
    assert signed(a) == [*BOTH, ("Eva Lund", "Kommunchef", KUMLA)]


# --------------------------------------------------------------------------- the three forms, as `protokoll parse` reads them
PROBES = {
    "inline": (
        """Överenskommelse om samverkan kring barn och unga 2026–2028

1. Parter
Denna överenskommelse har ingåtts mellan Kumla kommun och Region Örebro län.

2. Giltighetstid
Överenskommelsen gäller från och med 2026-01-01 till och med 2028-12-31.

3. Underskrifter
För Kumla kommun: Per Berg, kommundirektör
För Region Örebro län: Anna Ek, regiondirektör
""",
        [("Per Berg", "Kommundirektör", KUMLA, None, None), ("Anna Ek", "Regiondirektör", REGION, None, None)],
    ),
    "electronic": (
        """Överenskommelse om samverkan kring barn och unga 2026–2028

Parter
Region Örebro län och Lekebergs kommun.

Underskrifter
Detta avtal har signerats elektroniskt.
Signerat av Anna Ek, regiondirektör, Region Örebro län, 2025-12-01
Signerat av Per Berg, kommundirektör, Lekebergs kommun, 2025-12-03
""",
        [
            ("Anna Ek", "Regiondirektör", REGION, None, "2025-12-01"),
            ("Per Berg", "Kommundirektör", LEKEBERG, None, "2025-12-03"),
        ],
    ),
    "labelled": (
        """Överenskommelse om samverkan kring barn och unga 2026–2028

Parter
Region Örebro län och Lekebergs kommun.

Underskrifter
Ort och datum: Örebro 2025-12-01
Underskrift: ______________________
Namnförtydligande: Anna Ek
Befattning: Regiondirektör, Region Örebro län

Ort och datum: Fjugesta 2025-12-03
Underskrift: ______________________
Namnförtydligande: Per Berg
Befattning: Kommundirektör, Lekebergs kommun
""",
        [
            ("Anna Ek", "Regiondirektör", REGION, "Örebro", "2025-12-01"),
            ("Per Berg", "Kommundirektör", LEKEBERG, "Fjugesta", "2025-12-03"),
        ],
    ),
}


@pytest.mark.parametrize("form", PROBES)
def test_protokoll_parse_reads_the_signatories_of_a_text_source(tmp_path, form: str) -> None:
    text, expected = PROBES[form]
    path = tmp_path / f"{form}.txt"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--json", "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    signatories = json.loads(result.stdout)["agreement"]["signatories"]
    assert [(s["name"], s["title"], s["organization"], s["place"], s["date"]) for s in signatories] == expected


# --------------------------------------------------------------------------- a title before its holder's name
def test_a_title_over_the_name_under_a_heading_is_that_names_title() -> None:
    a = agreement(
        "Underskrifter",
        "För Region Örebro län",
        "Regiondirektör",
        "Anna Ek",
        "För Lekebergs kommun",
        "Kommundirektör",
        "Per Berg",
    )
    assert signed(a) == [("Anna Ek", "Regiondirektör", REGION), ("Per Berg", "Kommundirektör", LEKEBERG)]


def test_names_over_titles_still_take_the_titles_under_them() -> None:
    a = agreement(
        "Underskrifter",
        "För Region Örebro län",
        "Anna Ek",
        "Regiondirektör",
        "Per Berg",
        "Hälso- och sjukvårdsdirektör",
    )
    assert [(n, o) for n, _, o in signed(a)] == [("Anna Ek", REGION), ("Per Berg", REGION)]
    assert signed(a)[0][1] == "Regiondirektör"


@pytest.mark.parametrize(
    "line",
    ["Regiondirektör Anna Ek, Region Örebro län", "Region Örebro län: Regiondirektör Anna Ek"],
)
def test_a_title_before_the_name_on_a_signature_line(line: str) -> None:
    a = agreement("Underskrifter", line, "Kommundirektör Per Berg, Lekebergs kommun")
    assert signed(a) == [("Anna Ek", "Regiondirektör", REGION), ("Per Berg", "Kommundirektör", LEKEBERG)]


@pytest.mark.parametrize(
    ("heading", "date"),
    [("Region Örebro län, 2025-12-01", "2025-12-01"), ("För Region Örebro län den 1 december 2025", "2025-12-01")],
)
def test_a_block_heading_that_carries_its_date(heading: str, date: str) -> None:
    a = agreement("Underskrifter", heading, "Anna Ek", "Regiondirektör")
    assert dated(a)[0][:3] == ("Anna Ek", "Regiondirektör", REGION) and dated(a)[0][4] == date


def test_a_signatory_with_a_middle_initial() -> None:
    a = agreement(
        "Underskrifter", "För Region Örebro län", "..............................", "Anna K. Ek", "Regiondirektör"
    )
    assert signed(a) == [("Anna K. Ek", "Regiondirektör", REGION)] and a.signatories[0].confidence == 1.0
