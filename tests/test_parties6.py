"""Agreement parties in everyday Swedish forms: a group of municipalities for each of them, the
words that lead in to a list, and what dresses a party's name (its organ, its address).

Sentences and names here are invented; the organisations are the county's own.
"""

from __future__ import annotations

import pytest

from pipeline.parse.agreements import find_agreement
from pipeline.parse.organizations import all_organizations
from pipeline.records import Line

REGION = "Region Örebro län"
COUNTY = tuple(o.name for o in all_organizations() if o.kind == "kommun")
NORTH = ("Hällefors kommun", "Lindesbergs kommun", "Ljusnarsbergs kommun", "Nora kommun")
SOUTH = ("Askersunds kommun", "Hallsbergs kommun", "Kumla kommun", "Laxå kommun", "Lekebergs kommun")
WEST = ("Degerfors kommun", "Karlskoga kommun")


def parties(*texts: str, kind: str = "overenskommelse") -> tuple[str, ...]:
    return find_agreement([Line(text=t, page=1) for t in texts], kind).parties


def test_the_county_has_twelve_municipalities_in_three_parts_and_örebro() -> None:
    assert len(COUNTY) == 12 and set(NORTH + SOUTH + WEST) | {"Örebro kommun"} == set(COUNTY)


# --------------------------------------------------------------------------- a group stands for each of its members
@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Överenskommelsen är tecknad mellan Region Örebro län och länets tolv kommuner.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och länets kommuner.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och samtliga kommuner i Örebro län.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och alla kommuner i länet.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och Örebro läns kommuner.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och de tolv kommunerna i Örebro län.", COUNTY),
        ("Överenskommelsen är tecknad mellan Region Örebro län och kommunerna i norra länsdelen.", NORTH),
        ("Överenskommelsen är tecknad mellan Region Örebro län och södra länsdelens kommuner.", SOUTH),
        ("Överenskommelsen är tecknad mellan Region Örebro län och kommunerna i västra länsdelen.", WEST),
    ],
)
def test_a_group_of_the_countys_municipalities_is_each_of_them(sentence: str, group: tuple[str, ...]) -> None:
    assert parties("Parter", sentence, "Giltighetstid") == (REGION, *group)


def test_municipalities_by_their_place_names_after_kommunerna() -> None:
    assert parties("Parter", "Region Örebro län och kommunerna Askersund, Degerfors och Kumla.", "Syfte") == (
        REGION,
        "Askersunds kommun",
        "Degerfors kommun",
        "Kumla kommun",
    )


def test_a_word_for_municipalities_in_prose_names_no_party() -> None:
    # "kommunerna" alone is no group of the county, and prose about collaboration names no party
    assert parties("Syfte", "Samverkan mellan kommunerna och regionen ska stärkas.") == ()


# --------------------------------------------------------------------------- what leads in to the parties
@pytest.mark.parametrize(
    "texts",
    [
        ["Parter i överenskommelsen är Region Örebro län och Laxå kommun.", "Syfte"],
        ["Parterna är Region Örebro län och Laxå kommun.", "Syfte"],
        ["Parter", "Överenskommelsen omfattar Region Örebro län och Laxå kommun.", "Syfte"],
        ["Överenskommelse om stöd till barn", "Överenskommelsen är tecknad av Region Örebro län och Laxå kommun."],
        ["Överenskommelse om stöd till barn", "Avtalet har ingåtts av Region Örebro län och Laxå kommun."],
        ["Följande parter omfattas av överenskommelsen:", "• Region Örebro län", "• Laxå kommun", "Syfte"],
        ["Överenskommelsen ingås mellan följande parter", "Region Örebro län", "Laxå kommun", "Syfte"],
    ],
)
def test_the_words_that_lead_in_to_the_parties(texts: list[str]) -> None:
    assert parties(*texts) == (REGION, "Laxå kommun")


def test_a_lead_in_over_a_list_of_what_is_no_party_names_none() -> None:
    assert parties("Följande parter ska informeras:", "• samtliga rektorer", "• elevhälsan") == ()


# --------------------------------------------------------------------------- what dresses a party's name
@pytest.mark.parametrize(
    "text",
    [
        "Region Örebro län, genom regionstyrelsen, och Nora kommun, genom kommunstyrelsen.",
        "Region Örebro län, företrädd av regionstyrelsen, och Nora kommun.",
        "Regionstyrelsen i Region Örebro län och Kommunstyrelsen i Nora kommun.",
        "Region Örebro län, Box 1613, 701 16 Örebro, och Nora kommun, 713 80 Nora.",
        "Region Örebro län (232100-0164), nedan kallad regionen, och Nora kommun (212000-1876), nedan kallad kommunen.",
    ],
)
def test_a_partys_organ_address_and_designation_are_no_parties(text: str) -> None:
    assert parties("Parter", text, "Syfte") == (REGION, "Nora kommun")
