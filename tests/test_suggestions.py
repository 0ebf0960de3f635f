"""A suggestion is written like the figure it replaces, and is itself right: rounded to the
figure's last digit unless that rounding is more than 5% off the true value (then a digit
more), so that checking the suggested figure finds nothing
(factcheck.written_figures.suggestion)."""

from __future__ import annotations

import pytest

from factcheck.model import Claim
from factcheck.written_figures import suggestion


@pytest.mark.parametrize(("text", "value", "unit", "true", "suggested"), [
    ("$3 trillion", 3e12, "USD", 2.179e12, "$2.2 trillion"),
    ("4 million barrels", 4e6, "", 1.32e6, "1.3 million barrels"),
    ("9%", 9.0, "percent", 1.26, "1.3%"),
    # the figure's own last digit is close enough: kept
    ("54 million people", 54e6, "", 57_931_718, "58 million people"),
    ("80 miles", 80.0, "mile", 62.137, "62 miles"),
])
def test_a_suggestion_is_within_the_band_of_the_true_value(text: str, value: float, unit: str,
                                                           true: float, suggested: str) -> None:
    said = suggestion(Claim(text, 0, len(text), value, unit=unit), true)
    assert said == suggested
