"""Round 25: a count's noun read through a hyphenated compound modifier.

- A compound of words joined by hyphens between a count and its plural ("60 intensive-care
  beds", "45 part-time workers", "300 two-bedroom flats") modifies that plural: the noun is
  the compound with its head, not the compound's first word ("intensive"), which made two
  counts of one thing look like different things or a part like the whole told again.
- A count before a measure written in words and hyphened to its unit ("120 two-tonne grit
  bins", "three two-litre bottles") counts the noun after the measure, as "four 20-litre
  drums" does; the measure stays a claim of its own.

Our own phrasings; near-twins keep their reading.
"""

from __future__ import annotations

import pytest

from factcheck import extract


def _claim(text: str, surface: str) -> tuple[str, str | None, str]:
    hits = [c for c in extract(text) if c.text.endswith(surface) or c.text.startswith(
        surface) or surface in c.text]
    assert hits, [c.text for c in extract(text)]
    return hits[0].text, hits[0].noun, hits[0].unit


@pytest.mark.parametrize(("text", "surface", "noun"), [
    ("The hospital has 60 intensive-care beds.", "60", "intensive-care beds"),
    ("The mill hired 45 part-time workers last spring.", "45", "part-time workers"),
    ("Some forty anti-war protesters gathered outside the embassy.", "forty",
     "anti-war protesters"),
    ("Ferrow Air now flies 12 long-haul routes from Leeds.", "12", "long-haul routes"),
    ("The council will sell 300 two-bedroom flats next year.", "300", "two-bedroom flats"),
    ("Only 14 so-called free schools opened in 2019.", "14", "so-called free schools"),
    ("The board appointed 5 non-executive directors.", "5", "non-executive directors"),
    # a head with no plural -s ("staff", "personnel") after the compound
    ("The council's 600 part-time staff got a rise.", "600", "part-time staff"),
    ("The base keeps 40 full-time personnel.", "40", "full-time personnel"),
])
def test_a_hyphenated_modifier_is_read_with_its_head(text: str, surface: str,
                                                     noun: str) -> None:
    written, got, unit = _claim(text, surface)
    assert (got, unit) == (noun, "")
    assert written.endswith(noun.split()[-1])


@pytest.mark.parametrize(("text", "surface", "noun"), [
    # near-twins: a count hyphened to its noun, a plain plural, a joined number, a score
    ("A 12-member panel reviewed the bids.", "12-member", "member"),
    ("The ward has 60 beds.", "60 beds", "beds"),
    ("Thirty-four firefighters attended.", "Thirty-four", "firefighters"),
    # a compound no word of a noun follows keeps the word-by-word reading
    ("The mill hired 45 part-time at the weekend.", "45", "part"),
])
def test_other_counts_keep_their_noun(text: str, surface: str, noun: str) -> None:
    assert _claim(text, surface)[1] == noun


@pytest.mark.parametrize("text", [
    "Prices rose 5% year-on-year.",
    "The score was 3-1 at half-time.",
    "He ran 5 miles cross-country.",
])
def test_a_compound_after_a_measure_changes_nothing(text: str) -> None:
    assert all(c.noun is None for c in extract(text))


@pytest.mark.parametrize(("text", "surface", "noun", "measure"), [
    ("The council has ordered 120 two-tonne grit bins.", "120", "grit bins", "two-tonne"),
    ("The port handled 900 forty-foot containers last week.", "900", "containers",
     "forty-foot"),
    ("Crews laid 35 ten-metre pipes along the road.", "35", "pipes", "ten-metre"),
    ("The brewery filled 6,000 five-litre casks.", "6,000", "casks", "five-litre"),
    ("Three two-litre bottles were found in the car.", "Three", "bottles", "two-litre"),
])
def test_a_count_before_a_measure_in_words_counts_the_noun_after_it(
        text: str, surface: str, noun: str, measure: str) -> None:
    claims = {c.text: c for c in extract(text)}
    assert claims[surface].noun == noun
    assert claims[measure].unit != ""


@pytest.mark.parametrize(("text", "surface", "noun"), [
    # near-twins: a measure in digits (as before), a number word hyphened to no unit, a
    # duration after a count that is no measure of a thing
    ("She bought four 20-litre drums.", "four", "drums"),
    ("It has 30 three-star hotels.", "30 three-star hotels", "three-star hotels"),
    ("The team won 120 two years ago.", "120", None),
])
def test_near_twins_of_a_measure_in_words(text: str, surface: str, noun: str | None) -> None:
    assert {c.text: c.noun for c in extract(text)}[surface] == noun
