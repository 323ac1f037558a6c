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
    ],
)
def test_date_forms(text, iso):
    assert parse_swedish_date(text) == iso


@pytest.mark.parametrize("text", ["232100-0164", "2024-13-45", "31 februari 2024", "kl. 9-11", "122500-2"])
def test_not_dates(text):
    assert parse_swedish_date(text) is None


def test_six_digit_numbers_are_dates_only_on_request():
    assert find_dates("Dnr 181004") == []
    assert find_dates("Dnr 181004", compact=True) == [(4, "2018-10-04")]
