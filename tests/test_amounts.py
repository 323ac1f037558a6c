"""Specification of `find_amounts`: which money amounts Swedish text holds, and what they are."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.parse.amounts import find_amounts, mark_repeats
from pipeline.records import Amount


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
