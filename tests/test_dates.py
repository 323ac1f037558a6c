"""Swedish dates in the forms documents write them."""

from __future__ import annotations

import pytest

from pipeline.parse.dates import find_dates, parse_swedish_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sammanträdesdatum 2024-05-13", "2024-05-13"),
        ("fredag 8 mars 2024 kl. 09.00", "2024-03-08"),
        ("den 5 mars 2025", "2025-03-05"),
        ("15.9.2022 kl. 18.00 – 19.37", "2022-09-15"),
        ("Beslut i Regionala chefsamverkangruppen (KC/RD) 181004", "2018-10-04"),
        ("1:a januari 2019", "2019-01-01"),
        ("den 3 okt. 2023", "2023-10-03"),
        ("Tid: 4/3 2025 kl. 13.00", "2025-03-04"),
        ("tisdagen den 4/3-2025", "2025-03-04"),
        ("Datum 12/11 2024", "2024-11-12"),
    ],
)
def test_date_forms(text, iso):
    assert parse_swedish_date(text) == iso


@pytest.mark.parametrize(
    "text",
    ["232100-0164", "2024-13-45", "31 februari 2024", "kl. 9-11", "122500-2", "1/2 tjänst", "30/2 2025", "3/4/2025"],
)
def test_not_dates(text):
    assert parse_swedish_date(text) is None


def test_six_digit_numbers_are_dates_only_on_request():
    assert find_dates("Dnr 181004") == []
    assert find_dates("Dnr 181004", compact=True) == [(4, "2018-10-04")]


def test_a_compact_date_after_the_kind_word_is_the_meeting_date():
    from pipeline.parse.classify import labelled_date, meeting_date
    from pipeline.records import Line

    head = [Line(text="Protokoll 250425", page=1), Line(text="Justerat 2025-05-02", page=1)]
    assert meeting_date(head) == "2025-04-25"
    assert labelled_date([Line(text="Minnesanteckningar 250123", page=1)]) == "2025-01-23"


def test_a_municipal_body_is_named_with_its_municipality():
    from pipeline.parse.classify import body_with_owner

    assert body_with_owner("Kommunstyrelsen", "Lindesbergs kommun") == "Kommunstyrelsen Lindesbergs kommun"
    assert body_with_owner("Kumla kommunstyrelse", "Kumla kommun") == "Kumla kommunstyrelse"
    assert body_with_owner("Specifika samverkansrådet för folkhälsa", "Region Örebro län") == (
        "Specifika samverkansrådet för folkhälsa"
    )
    assert body_with_owner("Socialnämnden", None) == "Socialnämnden"


def test_a_compact_date_in_the_meeting_date_field_wins_over_a_later_justering_date():
    from pipeline.parse.classify import meeting_date
    from pipeline.records import Line

    head = [Line(text="Sammanträdesdatum: 240722", page=1), Line(text="Kommunkansliet, 2024-07-26 kl. 10.00", page=1)]
    assert meeting_date(head) == "2024-07-22"


@pytest.mark.parametrize(
    "head",
    [["Datum", "251022", "Tid", "kl. 09.00–12.00"], ["SAMMANTRÄDESPROTOKOLL", "251022", "Regionala samverkansrådet"]],
)
def test_a_compact_date_in_the_cell_beside_its_label_or_the_kind_word(head):
    from pipeline.parse.classify import meeting_date
    from pipeline.records import Line

    assert meeting_date([Line(text=t, page=1) for t in head]) == "2025-10-22"


def test_a_date_only_the_first_pages_footer_gives_is_the_meeting_date():
    from pipeline.parse.classify import classify
    from pipeline.records import ExtractedDocument, Line, Page

    def at(text: str, top: float) -> Line:
        return Line(text=text, page=1, x0=60, top=top, x1=300, bottom=top + 10)

    body = [at("PROTOKOLL", 60), at("Regionala samverkansrådet", 80), at("Tid: kl. 13.00–15.30", 100)]
    body += [at(f"Agnes Ek{k} (ledamot, Kumla kommun)", 120 + 12 * k) for k in range(60)]
    footer = (at("Regionala samverkansrådet", 800), at("Protokoll 2025-03-04", 800), at("Sida 1 av 3", 800))

    def document(*pages: Page) -> ExtractedDocument:
        return ExtractedDocument(doc_id="x", path="x.pdf", source="pdf", pages=pages, engine="test")

    doc = document(Page(number=1, lines=tuple(body), furniture=footer))
    assert classify(doc).date == "2025-03-04"
    # a date on the page itself wins over the footer's
    dated = document(Page(number=1, lines=(at("Datum: 2025-03-05", 50), *body), furniture=footer))
    assert classify(dated).date == "2025-03-05"


# Dates a first page labels as another's (justering, anslag) are not the meeting's.
@pytest.mark.parametrize(
    ("head", "iso"),
    [
        (["Datum för anslag 2025-03-12", "Tid och plats: Stadshuset, tisdagen den 4 mars 2025"], "2025-03-04"),
        (["Justerat 2025-03-11", "Sammanträde 4 mars 2025"], "2025-03-04"),
        (["Datum då anslaget sätts upp: 2025-03-12", "Möte 4 mars 2025"], "2025-03-04"),
        (["Justeringsdatum", "2025-03-11", "Sammanträde", "den 4 mars 2025"], "2025-03-04"),
        (["Protokollet justeras 2025-03-11", "Kommunstyrelsen", "Tid: 4/3 2025 kl. 13.00"], "2025-03-04"),
        (["Justeringsdatum 2025-03-11"], None),
    ],
)
def test_other_dates_of_the_first_page_are_not_the_meeting_date(head, iso):
    from pipeline.parse.classify import meeting_date
    from pipeline.records import Line

    assert meeting_date([Line(text=t, page=1) for t in head]) == iso


def test_a_row_of_date_labels_over_a_row_of_values():
    from pipeline.parse.classify import meeting_date
    from pipeline.records import Line

    def at(text: str, x: float, top: float) -> Line:
        return Line(text=text, page=1, x0=x, top=top, x1=x + 100, bottom=top + 10)

    head = [
        at("Anslag uppsatt", 60, 100),
        at("Justeringsdatum", 210, 100),
        at("Sammanträdesdatum", 360, 100),
        at("2025-03-12", 60, 112),
        at("2025-03-11", 210, 112),
        at("2025-03-04", 360, 112),
    ]
    assert meeting_date(head) == "2025-03-04"
    beside = [at("Justeringsdatum", 60, 100), at("2025-03-11", 210, 100), at("Sammanträde", 60, 112)]
    assert meeting_date([*beside, at("Stadshuset, 4/3-2025, kl. 13.00", 210, 112)]) == "2025-03-04"
    head = [at("Anslag uppsatt", 60, 100), at("Justeringsdatum", 210, 100), at("2025-03-12", 60, 112)]
    head += [at("2025-03-11", 210, 112), at("Tisdagen den 4 mars 2025", 60, 130)]
    assert meeting_date(head) == "2025-03-04"
