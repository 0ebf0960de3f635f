"""A model's designation, capitals, a hyphen and digits written together before a noun ("F-35",
"C-130", "K-9"), is a name: the letter is no unit symbol (°F, °C, K) and a count before it
counts the noun after it (extract.units.designation_at, extract.nouns._past_model)."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("Two F-35 fighters escorted the airliner.", "Two", "f-35 fighters"),
    ("The air force bought three C-130 transports.", "three", "c-130 transports"),
    ("Police bought four K-9 vans for the dog unit.", "four", "k-9 vans"),
    ("The navy ordered six P-8 patrol planes.", "six", "p-8 patrol planes"),
    ("The rebels captured 12 T-72 tanks.", "12", "t-72 tanks"),
])
def test_a_count_before_a_designation_counts_the_noun(sentence: str, text: str,
                                                      noun: str) -> None:
    claims = [c for c in extract(sentence) if c.text == text]
    assert claims and claims[0].unit == "" and claims[0].noun == noun, [
        (c.text, c.unit, c.noun) for c in extract(sentence)]


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    # near-twins: a spaced symbol after a figure stays a unit
    ("It was 35 C in the shade by noon.", "35 C", "degree_Celsius"),
    ("Temperatures hit 30 C-40 C inland.", "30 C", "degree_Celsius"),
    ("The cell was cooled to 4 K overnight.", "4 K", "kelvin"),
])
def test_a_symbol_after_a_figure_stays_a_unit(sentence: str, text: str, unit: str) -> None:
    claims = [c for c in extract(sentence) if c.text == text]
    assert claims and claims[0].unit == unit, [(c.text, c.unit) for c in extract(sentence)]
