from __future__ import annotations

import pytest

from factcheck import check

ROWS = [
    ("The town is fewer than 100 kilometres (80 miles) from the border.", "62 miles"),
    ("Temperatures reached 45C (101F) on Tuesday afternoon.", "113F"),
    ("The barge carried 40 tonnes (40,000 pounds) of rice.", "88,185 pounds"),
    ("Bhamo lies fewer than 100 kilometres (62 miles) from the Chinese border.", None),
    ("The blaze burned 12,500 hectares (30,900 acres) of pine forest.", None),
    ("The storm dropped 8 inches (20 cm) of rain overnight.", None),
    ("Gusts reached 90 mph (145 km/h) on the coast.", None),
    ("The pass is 4,000 metres (13,123 feet) high.", None),
    ("The loan of £100m ($130m) was approved.", None),
    ("The city lies 40 miles (64 km) from the coast.", None),
    ("The plane flew at 35,000 feet (10,668 metres).", None),
    ("The plane flew at 35,000 feet (12,000 metres).", "10,668 metres"),
    ("It was a 5-mile (8-km) walk.", None),
    ("Temperatures dropped to -5C (23F) overnight.", None),
    ("Temperatures dropped to -5C (32F) overnight.", "23F"),
    ("The storm dropped 8 inches (30 cm) of rain overnight.", "20 cm"),
    ("Sea levels rose 8 inches (20 cm) over the century.", None),
    ("Temperatures rose 10C (18F) in a day.", None),
    ("He is 6 feet 2 inches (1.88 metres) tall.", None),
    ("He is 6 feet 2 inches (2.1 metres) tall.", "1.9 metres"),
    ("He is 6ft 2in (1.88m) tall.", None),
    ("He is 6ft 2in (1.70m) tall.", "1.88m"),
    ("He is 6'2\" (1.70 m) tall.", "1.88 m"),
    ("The baby weighed 7lb 4oz (3.3kg).", None),
    ("The baby weighed 7lb 4oz (4.3kg).", "3.3kg"),
    ("The course is 1 mile 300 yards (1.9 km) long.", None),
    ("The trail is 1 km 500 metres (0.9 miles) long.", None),
    ("The trail is 1 km 500 metres (3 miles) long.", "0.9 miles"),
    # fuel use per hundred km restated as miles per gallon is the reciprocal kind: no
    # finding either way (it read "100 km" as a figure and called 28 mpg another kind)
    ("The car does 8.4 litres per 100 km (28 mpg) on the motorway.", None),
    ("The car does 28 mpg (8.4 litres per 100 km) on the motorway.", None),
    ("The van uses 11.2 L/100km (21 mpg) when loaded.", None),
]


@pytest.mark.parametrize("text", [
    "The ring road is 90 km (56 mph) long.",
    "The van covered 100 km (62 mpg) on Monday.",
    "Gusts reached 70 mph (30 km per litre).",
])
def test_a_restatement_in_another_kind_still_fires(text: str) -> None:
    found = [f for f in check(text, as_of="2025-10-01").findings if f.code == "FC201"]
    assert len(found) == 1 and "another kind" in found[0].message


def test_a_measure_in_two_units_is_shown_as_written() -> None:
    (f,) = check("He is 6ft 2in (1.70m) tall.", as_of="2025-10-01").findings
    assert f.message == "6ft 2in is 1.88 m, not 1.7 m."


@pytest.mark.parametrize(("text", "suggestion"), ROWS)
def test_fc201(text: str, suggestion: str | None) -> None:
    found = [f for f in check(text, as_of="2025-10-01").findings if f.code == "FC201"]
    if suggestion is None:
        assert found == []
    else:
        assert [f.suggestion for f in found] == [suggestion]
        assert " is " in found[0].message and "not" in found[0].message


def test_message_shows_arithmetic() -> None:
    (f,) = check("It is fewer than 100 kilometres (80 miles) away.", as_of="2025-10-01").findings
    assert f.message == "100 km is 62.1 miles, not 80 miles."
    assert f.severity == "error"


# A difference of temperature (a change, an anomaly, "warmer than") converts by the scale
# alone, without the 32-degree offset: right ones stay silent, wrong ones fire.
@pytest.mark.parametrize(("text", "fires"), [
    ("The lake was 1.5C (2.7F) warmer than its long-run mean last summer.", False),
    ("Nights in the city have warmed by 3F (1.7C) since 1990.", False),
    ("Last winter ran 2.5C (4.5F) below the 30-year norm.", False),
    ("The lake was 1.5C (34.7F) warmer than its long-run mean last summer.", True),
    ("Nights in the city have warmed by 3F (16C) since 1990.", True),
    ("Last winter ran 2.5C (6.5F) below the 30-year norm.", True),
    # levels keep the offset
    ("It was 38C (100F) at noon in the square.", False),
    ("It was 38C (91F) at noon in the square.", True),
])
def test_a_temperature_difference_converts_without_the_offset(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of="2025-10-01").findings]
    assert ("FC201" in codes) is fires, codes


# A temperature reading restated in the other scale is held to both figures' own digits:
# 5% of a Fahrenheit reading (the slack a rounded length or weight gets) would let
# 38C pass for 96F, which is 4.4F off.
@pytest.mark.parametrize(("text", "fires"), [
    ("The thermometer on the pier showed 38C (96F) by mid-afternoon.", True),
    ("Forecasters expect a high of 20C (60F) in the capital tomorrow.", True),
    ("The water in the outdoor pool is kept at 27C (75F) all season.", True),
    ("Overnight the town fell to minus 12C (5F), its coldest night in years.", True),
    ("The thermometer on the pier showed 38C (100F) by mid-afternoon.", False),
    ("Forecasters expect a high of 20C (68F) in the capital tomorrow.", False),
    ("The water in the outdoor pool is kept at 27C (81F) all season.", False),
    ("Overnight the town fell to minus 12C (10F), its coldest night in years.", False),
])
def test_a_temperature_reading_is_held_to_its_digits(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of="2025-10-01").findings]
    assert ("FC201" in codes) is fires, codes


@pytest.mark.parametrize(("text", "message"), [
    ("The lake warmed by 4C (39F) over the decade.", "A difference of 4 °C is 7.2 °F, not 39 °F."),
    ("Nights ran 2.5C (14F) above the long-term average.",
     "A difference of 2.5 °C is 4.5 °F, not 14 °F."),
    ("Readings came in 9F (14C) below the seasonal norm.",
     "A difference of 9 °F is 5 °C, not 14 °C."),
])
def test_a_temperature_difference_says_it_is_one(text: str, message: str) -> None:
    found = [f.message for f in check(text, bundled=False).findings if f.code == "FC201"]
    assert found == [message]


@pytest.mark.parametrize("text", [
    "Highs reached 30C (95F) on Sunday.",
    "The pool is kept at 28C (90F) all year.",
    "Water boils there at 94C (208F), the guide says.",
])
def test_a_reading_is_not_called_a_difference(text: str) -> None:
    found = [f.message for f in check(text, bundled=False).findings if f.code == "FC201"]
    assert len(found) == 1 and not found[0].startswith("A difference"), found


# DESIGN.md, Tolerance: the two figures' bands decide, with no allowance on top of them.
@pytest.mark.parametrize(("text", "fires"), [
    ("The ridge rises 1,250 metres (4,050 feet) above the valley.", True),  # 4,101 ft ± 41
    ("The ridge rises 1,250 metres (4,100 feet) above the valley.", False),
    ("The tanker carries 2,600 tonnes (2,930 short tons) of diesel.", True),  # 2,866 ± 7
    ("The tanker carries 2,600 tonnes (2,870 short tons) of diesel.", False),
    ("The lorry was doing 72 mph (112 km/h) when it crashed.", True),  # 115.9 km/h ± 1.3
    ("The lorry was doing 72 mph (116 km/h) when it crashed.", False),
])
def test_the_bands_alone_decide_a_conversion(text: str, fires: bool) -> None:
    found = [f.message for f in check(text, bundled=False).findings if f.code == "FC201"]
    assert bool(found) is fires, found
