"""Specification of `find_amounts`: which money amounts Swedish text holds, and what they are."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.parse import parse
from pipeline.parse.amounts import find_amounts, find_column_amounts, mark_repeats, unit_header
from pipeline.records import Amount, Line


def only(text: str) -> Amount:
    """The one amount in `text`; fails the test when there is not exactly one."""
    amounts = find_amounts(text)
    assert len(amounts) == 1, [a.text for a in amounts]
    return amounts[0]


# --------------------------------------------------------------------------- forms
@pytest.mark.parametrize(
    ("sentence", "text", "value_sek"),
    [
        (
            "Utifrån de kommunala nära vård-medlen avsattes 1 miljon kronor som sökbara för civilsamhället.",
            "1 miljon kronor",
            1_000_000,
        ),
        ("Styrelsen beslutade att avsätta en miljon kronor till projektet.", "en miljon kronor", 1_000_000),
        ("Totalt fördelas två miljoner kronor under perioden.", "två miljoner kronor", 2_000_000),
        ("Projektet beviljas 3 mnkr från samverkansmedlen.", "3 mnkr", 3_000_000),
        ("Varje länsdel får 1,5 mnkr.", "1,5 mnkr", 1_500_000),
        ("Budgeten för 2024 är 3 Mkr.", "3 Mkr", 3_000_000),
        ("Ramen uppgår till 3 MSEK.", "3 MSEK", 3_000_000),
        ("Kostnaden beräknas till 2,3 miljoner kronor.", "2,3 miljoner kronor", 2_300_000),
        ("Kostnaden beräknas till 2,3 milj. kr totalt.", "2,3 milj. kr", 2_300_000),
        ("Regionen bidrar med 450 000 kronor.", "450 000 kronor", 450_000),
        ("Regionen bidrar med 450 000 kr.", "450 000 kr", 450_000),
        ("Arvodet är 12 500 kr per sammanträde.", "12 500 kr", 12_500),
        ("Arvodet är 12 500:- per sammanträde.", "12 500:-", 12_500),
        ("Överskottet på 250 tkr förs över till nästa år.", "250 tkr", 250_000),
        ("Överskottet på 250 tusen kronor förs över.", "250 tusen kronor", 250_000),
        ("Lunchen kostar 92,50 kr.", "92,50 kr", 92.5),
        ("Summa intäkter 1 257 036,00", "1 257 036,00", 1_257_036),
        ("Årets resultat -221 829,00", "-221 829,00", -221_829),
        ("Summa 1 257 036,00 kr", "1 257 036,00 kr", 1_257_036),
        ("Satsningen omfattar 1 miljard kronor.", "1 miljard kronor", 1_000_000_000),
        ("Satsningen omfattar 5 mdkr.", "5 mdkr", 5_000_000_000),
        ("Regionen bidrar med 450\xa0000 kr.", "450\xa0000 kr", 450_000),
        ("Regionen bidrar med 450\u202f000 kr.", "450\u202f000 kr", 450_000),
        ("Regionen bidrar med 1.500.000 kr.", "1.500.000 kr", 1_500_000),
        ("Totalt avsätts 1,5\nmnkr för ändamålet.", "1,5 mnkr", 1_500_000),
        ("Totalt avsätts 450\n000 kronor.", "450 000 kronor", 450_000),
    ],
)
def test_each_written_form_is_one_amount_with_its_value_in_kronor(sentence: str, text: str, value_sek: float) -> None:
    amount = only(sentence)
    assert amount.text == text
    assert amount.currency == "SEK"
    assert amount.value == amount.value_sek
    assert math.isclose(amount.value_sek, value_sek)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "value_max"),
    [
        ("Insatsen beräknas kosta 2–3 mnkr.", "2–3 mnkr", 2_000_000, 3_000_000),
        ("Insatsen beräknas kosta 2-3 miljoner kronor.", "2-3 miljoner kronor", 2_000_000, 3_000_000),
        (
            "Insatsen beräknas kosta mellan 2 och 3 miljoner kronor.",
            "mellan 2 och 3 miljoner kronor",
            2_000_000,
            3_000_000,
        ),
        ("Bidraget är 10 000–20 000 kr.", "10 000–20 000 kr", 10_000, 20_000),
    ],
)
def test_a_range_gives_its_lower_bound_as_value_and_its_upper_bound_as_value_max(
    sentence: str, text: str, value: float, value_max: float
) -> None:
    amount = only(sentence)
    assert (amount.text, amount.value, amount.value_max) == (text, value, value_max)


@pytest.mark.parametrize(
    ("sentence", "text", "currency", "value"),
    [
        ("Projektet har fått 1,65 miljoner euro från EU.", "1,65 miljoner euro", "EUR", 1_650_000),
        ("Stödet uppgår till EUR 500 000.", "EUR 500 000", "EUR", 500_000),
        ("Deltagaravgiften är 10 000 euro.", "10 000 euro", "EUR", 10_000),
    ],
)
def test_another_currency_keeps_its_value_and_has_no_value_in_kronor(
    sentence: str, text: str, currency: str, value: float
) -> None:
    amount = only(sentence)
    assert (amount.text, amount.currency, amount.value, amount.value_sek) == (text, currency, value, None)


# --------------------------------------------------------------------------- rates and purposes
@pytest.mark.parametrize(
    ("sentence", "per", "per_unit"),
    [
        ("Föreningen får 50 000 kr per år.", "år", False),
        ("Föreningen får 50 000 kr/år.", "år", False),
        ("Föreningen får 50 000 kr om året.", "år", False),
        ("Ersättningen är 20 kr per invånare.", "invånare", True),
        ("Ersättningen är 200 000 kr per kommun.", "kommun", True),
        ("Ersättningen är 500 kr per deltagare.", "deltagare", True),
        ("3 mnkr tilldelas varje länsdel.", "länsdel", True),
        ("Varje länsdel tilldelas 3 mnkr.", "länsdel", True),
        ("Saldot per den 31 december var 3 mnkr.", None, False),
        ("Projektet beviljas 3 mnkr.", None, False),
    ],
)
def test_a_rate_names_its_unit_and_a_unit_other_than_time_makes_the_amount_per_unit(
    sentence: str, per: str | None, per_unit: bool
) -> None:
    amount = only(sentence)
    assert (amount.per, amount.per_unit) == (per, per_unit)


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        (
            "Utifrån de kommunala nära vård-medlen avsattes 1 miljon kronor som sökbara för civilsamhället.",
            "sökbara för civilsamhället",
        ),
        ("1,5 mnkr har avsatts för breda insatser till barn och unga.", "breda insatser till barn och unga"),
        ("2 mnkr till hälsofrämjande insatser.", "hälsofrämjande insatser"),
        ("Föreningen får 50 000 kr per år till lokalhyra, enligt avtalet.", "lokalhyra"),
        ("2 mnkr till kultur och 3 mnkr till idrott.", "kultur"),
        ("Kostnaden blir 3 mnkr för 2025.", None),
        ("Kostnaden blir 3 mnkr för år 2025.", None),
        ("Regionen bidrar med 450 000 kronor.", None),
        ("3 mnkr tilldelas varje länsdel, enligt beslut i styrgruppen.", None),
    ],
)
def test_the_purpose_is_the_phrase_after_till_for_or_som_and_none_when_unclear(
    sentence: str, purpose: str | None
) -> None:
    assert find_amounts(sentence)[0].purpose == purpose


def test_a_bullet_with_three_amounts_gives_each_its_own_rate_and_purpose() -> None:
    bullet = (
        "• 3 mnkr tilldelas varje länsdel, varav 1,5 mnkr har avsatts för breda insatser till barn och unga,\n"
        "samt 1,5 mnkr till hälsofrämjande insatser."
    )
    amounts = find_amounts(bullet)
    assert [(a.text, a.value_sek, a.per_unit, a.purpose) for a in amounts] == [
        ("3 mnkr", 3_000_000, True, None),
        ("1,5 mnkr", 1_500_000, False, "breda insatser till barn och unga"),
        ("1,5 mnkr", 1_500_000, False, "hälsofrämjande insatser"),
    ]
    assert amounts[0].per == "länsdel"
    assert {a.sentence for a in amounts} == {
        "3 mnkr tilldelas varje länsdel, varav 1,5 mnkr har avsatts för breda insatser till barn och unga, "
        "samt 1,5 mnkr till hälsofrämjande insatser."
    }


# --------------------------------------------------------------------------- sentences and order
def test_each_amount_carries_its_own_sentence_whitespace_collapsed() -> None:
    text = (
        "Styrgruppen beslutade t.ex. Region Örebro län att avsätta\n3 mnkr till projektet. "
        "Kommunerna bidrar med ca. 450 000 kr.\n\nNästa möte är 8 mars 2024."
    )
    assert [(a.text, a.sentence) for a in find_amounts(text)] == [
        ("3 mnkr", "Styrgruppen beslutade t.ex. Region Örebro län att avsätta 3 mnkr till projektet."),
        ("450 000 kr", "Kommunerna bidrar med ca. 450 000 kr."),
    ]


def test_amounts_come_in_the_order_they_are_written() -> None:
    text = "Av 5 mdkr går 250 tkr till A, 1,5 mnkr till B och EUR 500 000 till C."
    assert [a.text for a in find_amounts(text)] == ["5 mdkr", "250 tkr", "1,5 mnkr", "EUR 500 000"]


def test_a_dash_between_two_whole_amounts_gives_two_amounts_not_a_range() -> None:
    assert [a.text for a in find_amounts("Kostnaden bedöms till 2 mnkr–3 mnkr.")] == ["2 mnkr", "3 mnkr"]


def test_the_caller_fills_in_item_document_and_page() -> None:
    amount = only("Projektet beviljas 3 mnkr.")
    assert (amount.item, amount.doc_id, amount.page) == (None, "", None)


# --------------------------------------------------------------------------- not amounts
@pytest.mark.parametrize(
    "text",
    [
        "Mötet hölls 2024-03-08.",
        "Mötet hölls den 8 mars 2024.",
        "Protokoll 181004",
        "Verksamhetsåret 2023",
        "Strategin gäller 2024–2029.",
        "Råd 1 kl. 9-11",
        "Telefon 019-602 70 00",
        "Växel 019-602 70 08",
        "Box 1613, 701 16 Örebro",
        "Organisationsnummer 232100-0164",
        "Plusgiro 122500-2",
        "Dnr KS 2024/123",
        "RS 23/01234",
        "1 (7)",
        "§ 101",
        "§§ 101–115",
        "Andelen ökade med 12 %.",
        "Andelen ökade med 12 procent.",
        "Andelen ökade med 1 234,50 %.",
        "9 av 12 kommuner har svarat.",
        "Rapporten innehåller 16 punkter.",
        "Modellen TABB 2.0 används.",
        "5. Ekonomisk uppföljning",
        "Priset 92,50 anges utan valuta.",
        "Beloppen redovisas i SEK 2024 och 2025.",
        "Det var 3 miljoner besökare.",
        "Kravet är 12 krav på leverantören.",
        "Sekreterare: Anna Andersson",
        "En ledamot anmälde jäv.",
    ],
)
def test_numbers_that_are_not_money_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


# --------------------------------------------------------------------------- properties
SEPARATORS = st.sampled_from([" ", "\xa0", "\u202f", "."])
SENTENCES = st.sampled_from(
    [
        "{}",
        "Styrelsen beslutade att avsätta {} till projektet.",
        "Av medlen går {} till kommunerna.",
        "Totalt har {} fördelats under året.",
        "Kostnaden beräknas till {}.",
        "Beslut: {} avsätts, enligt förslaget.",
    ]
)


def grouped(n: int, separator: str) -> str:
    """`n` with its thousands grouped: grouped(1257036, " ") == "1 257 036"."""
    return f"{n:,}".replace(",", separator)


@st.composite
def kronor(draw: st.DrawFn) -> tuple[str, float]:
    n = draw(st.integers(0, 10**9))
    unit = draw(st.sampled_from(["kr", "kronor", "SEK", ":-"]))
    space = "" if unit == ":-" else " "
    return f"{grouped(n, draw(SEPARATORS))}{space}{unit}", n


@st.composite
def kronor_and_ore(draw: st.DrawFn) -> tuple[str, float]:
    n, ore = draw(st.integers(0, 10**7)), draw(st.integers(0, 99))
    return f"{grouped(n, draw(SEPARATORS))},{ore:02d} {draw(st.sampled_from(['kr', 'kronor']))}", n + ore / 100


@st.composite
def accounting(draw: st.DrawFn) -> tuple[str, float]:
    n, ore = draw(st.integers(1000, 10**9)), draw(st.integers(0, 99))
    sign = draw(st.sampled_from(["", "-"]))
    value = n + ore / 100
    return f"{sign}{grouped(n, draw(SEPARATORS))},{ore:02d}", -value if sign else value


@st.composite
def mnkr(draw: st.DrawFn) -> tuple[str, float]:
    tenths = draw(st.integers(1, 99_999))
    written = f"{tenths // 10},{tenths % 10}" if tenths % 10 else str(tenths // 10)
    return f"{written} {draw(st.sampled_from(['mnkr', 'Mkr', 'MSEK']))}", tenths * 100_000


@st.composite
def tkr(draw: st.DrawFn) -> tuple[str, float]:
    n = draw(st.integers(1, 10**6))
    return f"{grouped(n, draw(SEPARATORS))} tkr", n * 1000


@st.composite
def miljoner_kronor(draw: st.DrawFn) -> tuple[str, float]:
    n, tenths = draw(st.integers(1, 999)), draw(st.integers(0, 9))
    written = f"{n},{tenths}" if tenths else str(n)
    return f"{written} miljoner kronor", n * 1_000_000 + tenths * 100_000


@given(st.one_of(kronor(), kronor_and_ore(), accounting(), mnkr(), tkr(), miljoner_kronor()), SENTENCES)
def test_any_rendered_amount_in_a_sentence_is_found_with_its_value(rendered: tuple[str, float], sentence: str) -> None:
    written, value_sek = rendered
    amount = only(sentence.format(written))
    assert amount.text == written
    assert amount.value_sek is not None
    assert math.isclose(amount.value_sek, value_sek)
    assert amount.text in amount.sentence


@given(st.one_of(kronor_and_ore(), mnkr(), tkr(), miljoner_kronor()), st.sampled_from(["\n", "\n ", "  "]))
def test_a_line_break_before_the_unit_still_gives_the_amount_with_one_space(
    rendered: tuple[str, float], whitespace: str
) -> None:
    written, value_sek = rendered
    number, unit = re.fullmatch(r"(.*\d) (\D.*)", written).groups()  # "1 000" and "tkr"
    amount = only(f"Styrelsen beslutade att avsätta {number}{whitespace}{unit} till projektet.")
    assert amount.text == f"{number} {unit}"
    assert math.isclose(amount.value_sek, value_sek)


@st.composite
def not_money(draw: st.DrawFn) -> str:
    year, month, day = draw(st.integers(1990, 2035)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    digits = st.integers(0, 9).map(str)
    return draw(
        st.sampled_from(
            [
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {['januari', 'mars', 'juni', 'oktober'][month % 4]} {year}",
                f"{year % 100:02d}{month:02d}{day:02d}",
                f"{year}–{year + draw(st.integers(1, 6))}",
                f"0{draw(digits)}{draw(digits)}-{draw(st.integers(100, 999))} {draw(st.integers(10, 99))} "
                f"{draw(st.integers(10, 99))}",
                f"{draw(st.integers(100, 999))} {draw(st.integers(10, 99))} Örebro",
                f"{draw(st.integers(100000, 999999))}-{draw(st.integers(1000, 9999))}",
                f"Dnr RS {year % 100}/{draw(st.integers(1, 99999)):05d}",
                f"§ {draw(st.integers(1, 300))}",
                f"{draw(st.integers(0, 100))} %",
                f"{draw(st.integers(0, 100))},{draw(st.integers(0, 99)):02d} procent",
                f"kl. {draw(st.integers(7, 12))}-{draw(st.integers(13, 17))}",
                f"{draw(st.integers(1, 20))} av {draw(st.integers(1, 20))} kommuner",
            ]
        )
    )


@given(not_money(), SENTENCES)
def test_dates_phone_numbers_case_numbers_and_percentages_are_never_amounts(text: str, sentence: str) -> None:
    assert find_amounts(sentence.format(text)) == []


def test_many_amounts_in_one_sentence_share_it():
    found = find_amounts("Fördelning: " + ", ".join(f"{k} tkr" for k in range(1, 501)) + ".")
    assert len(found) == 500 and len({a.sentence for a in found}) == 1
    assert found[-1].value_sek == 500_000


# --------------------------------------------------------------------------- what an amount is
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Rådet beslutar att avsätta 250 000 kronor till familjecentraler.", "allocation"),
        ("Nämnden beviljar föreningen 40 000 kr.", "allocation"),
        ("Nämnden beviljar ansökan om 2 mnkr.", "allocation"),  # the grant verb decides
        ("Varje länsdel tilldelas 3 mnkr per år.", "allocation"),
        ("Regionen bidrar med 1,2 mnkr till arbetet.", "grant"),
        ("Statsbidraget uppgår till 800 tkr.", "grant"),
        ("Kommunen ansöker om 500 000 kr i bidrag.", "application"),  # asked for, not granted
        ("Budgeten för 2025 är 3 mnkr.", "budget"),
        ("Prognosen för helåret visar ett överskott på 1 mnkr.", "forecast"),
        ("Kostnaden beräknas till 200 000 kr.", "forecast"),
        ("Utfallet för året blev 2,1 mnkr.", "outcome"),
        ("Projektet har förbrukat 450 000 kronor.", "outcome"),
        ("Arvodet är 1 200 kr per sammanträde.", "cost"),
        ("Lokalhyran kostar 9 000 kr i månaden.", "cost"),
        ("Summan i bilagan är 1 257 036,00.", "other"),
    ],
)
def test_an_amount_has_the_kind_its_sentence_says(sentence: str, kind: str) -> None:
    (amount,) = find_amounts(sentence)
    assert amount.kind == kind


def test_a_value_written_again_under_the_same_item_is_marked_repeated_not_dropped() -> None:
    first = find_amounts("Förslaget är att avsätta 2 mnkr. Rådet beslutar att avsätta 2 mnkr.")
    other_item = [replace(a, item="6") for a in find_amounts("Rådet avsätter 2 mnkr.")]
    marked = mark_repeats([replace(a, item="5") for a in first] + other_item)
    assert [a.repeated for a in marked] == [False, True, False]


def test_the_same_sum_for_two_purposes_is_not_a_repeat() -> None:
    found = find_amounts("Därutöver föreslås 1,5 mnkr till utbildning och 1,5 mnkr till insatser för unga.")
    assert [a.repeated for a in mark_repeats(found)] == [False, False]


def test_every_currency_and_unit_passes_the_money_word_gate():
    # the cheap gate before the amount patterns must let every currency and unit through
    from pipeline.parse.amounts import CURRENCIES, UNITS, _may_hold_money_word, find_amounts

    for word in [*CURRENCIES, *UNITS]:
        assert _may_hold_money_word(f"Rådet beviljar 3 {word.upper()}."), word
        assert _may_hold_money_word(f"Rådet beviljar 3{word}/år"), word
    assert [a.text for a in find_amounts("Rådet beviljar 3 MNKR och 1 257 036,00 samt EUR 500.")] == [
        "3 MNKR",
        "1 257 036,00",
        "EUR 500",
    ]
    assert [a.text for a in find_amounts("Beloppet SEK500 betalas.")] == ["SEK500"]


@pytest.mark.parametrize("text", ["Kraven kring kretsloppet skärps.", "Krisberedskapen ses över 2025."])
def test_a_currency_word_inside_a_word_is_no_money_word(text: str) -> None:
    from pipeline.parse.amounts import _may_hold_money_word

    assert not _may_hold_money_word(text)


# --------------------------------------------------------------------------- tables: the unit in a column's header
@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Budget 2026, tkr", (10**3, "SEK")),
        ("Ram 2026 (tkr)", (10**3, "SEK")),
        ("Utfall 2025 tkr", (10**3, "SEK")),
        ("Belopp (kr)", (1, "SEK")),
        ("Belopp, kronor", (1, "SEK")),
        ("Kostnad i tusen kronor", (10**3, "SEK")),
        ("Mnkr", (10**6, "SEK")),
        ("Bidrag, MSEK", (10**6, "SEK")),
        ("Belopp i miljoner kronor", (10**6, "SEK")),
        ("Stöd (euro)", (1, "EUR")),
    ],
)
def test_a_column_header_that_ends_in_a_unit_names_it(header: str, unit: tuple[int, str]) -> None:
    assert unit_header(header) == unit


@pytest.mark.parametrize(
    "text",
    [
        "Kostnad 500 kr",  # an amount, not a header
        "Antal",
        "Verksamhet",
        "Budget 2026",
        "Kronologi",
        "krav",
        "Nämnden beslutar att anslå medlen ur den ram som finns kvar, i kronor",  # running text
    ],
)
def test_a_text_that_names_no_unit_or_is_an_amount_is_no_unit_header(text: str) -> None:
    assert unit_header(text) is None


def cell(text: str, x0: float, top: float, *, page: int = 1, width: float | None = None) -> Line:
    """A positioned line as extraction gives one cell of a table row (6 points a character)."""
    return Line(text=text, page=page, x0=x0, top=top, x1=x0 + (width or 6.0 * len(text)), bottom=top + 10.0, size=10.0)


BUDGET_TABLE = [
    cell("Skolform", 70, 200),
    cell("Ram 2026, tkr", 270, 200),
    cell("Förskola", 70, 218),
    cell("64 100", 270, 218),
    cell("Grundskola", 70, 236),
    cell("120 450", 270, 236),
    cell("Gymnasieskola", 70, 254),
    cell("-1 250", 270, 254),
    cell("Totalt", 70, 272),
    cell("183 300", 270, 272),
]


def column_amounts(lines: list[Line]) -> list[tuple[str, float | None, str | None]]:
    return [(a.text, a.value_sek, a.purpose) for _, a in find_column_amounts(lines)]


def test_bare_numbers_under_a_unit_header_are_amounts_in_that_unit_for_their_row() -> None:
    found = find_column_amounts(BUDGET_TABLE)
    assert [(a.text, a.value_sek, a.purpose) for _, a in found] == [
        ("64 100", 64_100_000, "Förskola"),
        ("120 450", 120_450_000, "Grundskola"),
        ("-1 250", -1_250_000, "Gymnasieskola"),
        ("183 300", 183_300_000, "Totalt"),
    ]
    # each with its line, its page, the header in its quote and the kind the header says
    assert [i for i, _ in found] == [3, 5, 7, 9]
    first = found[0][1]
    assert first.page == 1 and first.kind == "budget" and "Ram 2026, tkr" in first.sentence


def test_a_column_ends_at_the_first_row_with_no_number_in_it() -> None:
    after = [
        cell("Beslutsunderlag", 62, 300),
        cell("Tjänsteskrivelse", 78, 316),
        cell("2026", 270, 334),  # a number in the column's place, but after the table ended
    ]
    assert [t for t, _, _ in column_amounts(BUDGET_TABLE + after)] == ["64 100", "120 450", "-1 250", "183 300"]
    # a line across the column ends it as well
    across = [cell("Nämnden beslutar att fastställa ramen enligt förslaget.", 62, 290), cell("500", 270, 308)]
    assert len(column_amounts(BUDGET_TABLE + across)) == 4


def test_a_row_label_wrapped_onto_two_lines_is_one_label_and_a_sub_heading_is_none() -> None:
    lines = [
        cell("Verksamhet", 70, 200),
        cell("Budget, tkr", 270, 200),
        cell("Driftbudget", 70, 218),  # a sub-heading row, with no number
        cell("Stöd till", 70, 236),  # a label wrapped over two rows
        cell("föreningar", 70, 250),
        cell("1 500", 270, 250),
        cell("Lokaler", 70, 268),
        cell("3 200", 270, 268),
    ]
    assert column_amounts(lines) == [("1 500", 1_500_000, "Stöd till föreningar"), ("3 200", 3_200_000, "Lokaler")]
    lines[3:5] = [cell("Stöd", 70, 236), cell("Föreningar", 70, 250), cell("1 500", 270, 250)]
    assert column_amounts(lines)[0] == ("1 500", 1_500_000, "Föreningar")


def test_each_unit_column_of_a_table_gives_its_own_amounts_and_others_none() -> None:
    lines = [
        cell("Område", 70, 200),
        cell("Antal", 200, 200),
        cell("Utfall 2025, tkr", 280, 200),
        cell("Budget 2026, mnkr", 400, 200),
        cell("Hemtjänst", 70, 218),
        cell("412", 200, 218),
        cell("9 800", 280, 218),
        cell("10,5", 400, 218),
    ]
    # the row's label is its text, not the numbers of the other columns
    assert column_amounts(lines) == [("9 800", 9_800_000, "Hemtjänst"), ("10,5", 10_500_000, "Hemtjänst")]


def test_no_column_without_a_header_row_positions_or_a_unit() -> None:
    alone = [cell("Belopp, tkr", 270, 200), cell("64 100", 270, 218)]  # a header with no row of cells
    assert column_amounts(alone) == []
    unpositioned = [Line(text=c.text, page=1) for c in BUDGET_TABLE]  # a text source
    assert column_amounts(unpositioned) == []
    no_unit = [replace(c, text="Antal platser") if c.text == "Ram 2026, tkr" else c for c in BUDGET_TABLE]
    assert column_amounts(no_unit) == []
    next_page = [*BUDGET_TABLE[:4], replace(BUDGET_TABLE[4], page=2), replace(BUDGET_TABLE[5], page=2)]
    assert [t for t, _, _ in column_amounts(next_page)] == ["64 100"]


def test_a_protocols_table_gives_its_amounts_under_its_item(make_pdf) -> None:
    path = make_pdf(
        "budget-table.pdf",
        [
            [
                ("Barn- och utbildningsnämnden", 62, 60, 12, True),
                ("Protokoll 2026-02-10", 62, 80, 14, True),
                ("Beslutande", 62, 110, 10, True),
                ("Anna Ek (S), ordförande", 62, 125, 10, False),
                ("Bo Ström (M)", 62, 140, 10, False),
                ("§ 4 Internbudget 2026", 62, 175, 12, True),
                ("Nämndens ram för 2026 är 183 300 tkr, fördelad enligt tabellen.", 62, 195, 10, False),
                ("Skolform", 70, 215, 10, False),
                ("Utfall 2025 tkr", 270, 215, 10, False),
                ("Förskola", 70, 233, 10, False),
                ("64 100", 270, 233, 10, False),
                ("Grundskola", 70, 251, 10, False),
                ("119 200", 270, 251, 10, False),
                ("Beslut", 62, 280, 10, True),
                ("Nämnden beslutar att fastställa internbudgeten.", 62, 295, 10, False),
            ]
        ],
    )
    parsed = parse(extract(path))
    assert [(a.text, a.value_sek, a.item, a.page, a.purpose) for a in parsed.amounts] == [
        ("183 300 tkr", 183_300_000, "4", 1, None),
        ("64 100", 64_100_000, "4", 1, "Förskola"),
        ("119 200", 119_200_000, "4", 1, "Grundskola"),
    ]  # and the header's "2025 tkr" is no amount of 2 025 000 kronor
