"""A clock time written with a point is no claim when what surrounds it says it is a time: a
preposition of time and nothing measured near it ("doors open at 10.30.", "by 11.45 the hall
was full"), am/pm, a service named by its time, a time in words with "past" after any word
(extract.clock). The same shape stays a claim when something measured is near it: a unit or a
counted noun after it, a verb of level or change or a market's measure before the preposition
(context.tsv roles level_verb, level_noun)."""

from __future__ import annotations

import pytest

from factcheck import extract

_RANGE_LEAD = pytest.mark.xfail(strict=True, reason=(
    "'from'/'between' lead ranges of levels as often as times: unsure, kept as claims"))


@pytest.mark.parametrize("sentence", [
    "Doors to the hall open at 10.30.",
    "The funeral begins at 11.00, the family said.",
    "Firefighters reached the barn at 4.25 and the blaze was out by 6.10.",
    "By 11.45 the car park was full.",
    "The museum stays open until 21.30 in August.",
    "The last bus out of Hexham leaves at 10.50 during the week.",
    pytest.param("Between 6.30 and 8.00 the bridge was shut to lorries.", marks=_RANGE_LEAD),
    "The shuttle due at 8.05 was scrapped.",
    pytest.param("Crowds gathered from 9.15 until 11.40 outside the court.", marks=_RANGE_LEAD),
    "The tide turned at around 3.20 and the boats went out.",
    "The fire alarm sounded shortly after 2.45 at the depot.",
    "Nominations must be lodged by half past four.",
    "The shop serves breakfast from half past seven.",
    "The hearing was adjourned at 12.40 for lunch.",
])
def test_a_clock_time_is_no_claim(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(("sentence", "values"), [
    ("Fertility in the region moved from 1.13 to 1.38 births per woman.", [1.13, 1.38]),
    ("The ratio was between 3.40 and 4.20 in every year.", [3.40, 4.20]),
    ("Yields ranged from 2.15 to 3.05 tonnes a hectare.", [2.15, 3.05]),
])
def test_a_range_of_levels_after_from_or_between_is_kept(sentence: str,
                                                         values: list[float]) -> None:
    found = [v for c in extract(sentence) for v in (c.value, c.high) if v is not None]
    assert all(any(abs(v - w) < 1e-9 for w in found) for v in values)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    # near-twins: the same shapes measure something
    ("The bar was raised to 2.15 metres for the final jump.", "2.15 metres", 2.15),
    ("The lake rose 10.30 centimetres in a week.", "10.30 centimetres", 10.3),
    ("Mortgage costs climbed 7.45% over the year.", "7.45%", 7.45),
    ("The club's debt ratio stood at 2.15 at the end of June.", "2.15", 2.15),
    ("The pound was at 1.27 against the dollar on Friday.", "1.27", 1.27),
    ("The lira was trading at 11.40 to the euro.", "11.40", 11.4),
    ("Sterling slipped to 1.24 on Tuesday.", "1.24", 1.24),
    ("The insurer's shares closed at 3.15 in Zurich.", "3.15", 3.15),
    ("The bookmakers' odds were cut to 2.25 this morning.", "2.25", 2.25),
    ("The dollar rose from 1.05 to 1.15 over the year.", "1.15", 1.15),
])
def test_the_same_shape_measuring_something_stays_a_claim(
        sentence: str, text: str, value: float) -> None:
    claims = [c for c in extract(sentence) if c.text == text]
    assert claims and claims[0].value == value, [c.text for c in extract(sentence)]


@pytest.mark.parametrize(("sentence", "texts"), [
    ("The ferry left at 6.15 with 212 passengers aboard.", ["212 passengers"]),
    ("At 10.30 the index was down 38 points.", ["down 38 points"]),
    ("The winger slipped past two defenders to score.", ["two defenders"]),
])
def test_a_clock_time_beside_a_claim_leaves_the_claim(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in extract(sentence)] == texts
