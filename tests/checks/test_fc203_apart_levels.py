"""FC203 on changes whose levels stand apart: an absolute change that restates the one
level of its sentence, its level before in the sentence before (read as a percent
change's is); a change "since" a year whose levels stand in the next sentence; a change in
degrees between two readings of one temperature scale, "from X to Y" standing far from
its verb. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

import pytest

from tests.checks.rows import finds


@pytest.mark.parametrize(("text", "fires"), [
    ("The museum had 52,000 visitors in 2024. This year it drew 61,000, an increase of "
     "12,000.", True),
    ("The library lent 48,000 books in 2023. Last year it lent 41,000, a fall of 4,000.",
     True),
    ("Season tickets cost £420 last season. This season they cost £465, a rise of £65.",
     True),
    ("The museum had 52,000 visitors in 2024. This year it drew 61,000, an increase of "
     "9,000.", False),
    ("The library lent 48,000 books in 2023. Last year it lent 41,000, a fall of 7,000.",
     False),
    ("Season tickets cost £420 last season. This season they cost £465, a rise of £45.",
     False),
])
def test_an_absolute_change_with_its_level_before_a_sentence_back(
        text: str, fires: bool) -> None:
    assert finds(text, "FC203") == fires


@pytest.mark.parametrize(("text", "fires"), [
    ("The school's roll has grown by 150 pupils since 2019. It had 820 pupils then and has "
     "1,020 now.", True),
    ("Ridership on the Elm line has risen by 900 a day since 2021. It carried 4,100 a day "
     "then and carries 5,600 now.", True),
    ("The herd has shrunk by 60 head since 2020. The farm kept 410 head in 2020 and keeps "
     "300 today.", True),
    ("The school's roll has grown by 200 pupils since 2019. It had 820 pupils then and has "
     "1,020 now.", False),
    ("Ridership on the Elm line has risen by 1,500 a day since 2021. It carried 4,100 a "
     "day then and carries 5,600 now.", False),
    # the level before is another year's than the span's start
    ("The herd has shrunk by 60 head since 2020. The farm kept 410 head in 2015 and keeps "
     "300 today.", False),
])
def test_a_change_since_a_year_with_its_levels_in_the_next_sentence(
        text: str, fires: bool) -> None:
    assert finds(text, "FC203") == fires


@pytest.mark.parametrize(("text", "fires"), [
    ("The mercury climbed 12 degrees in a single day in Oulu, from minus 9C to 11C.", True),
    ("Temperatures in Narvik rose by 15 degrees overnight, going from minus 12C to 8C.",
     True),
    ("It fell 30 degrees in a day in Fargo, from 40F to minus 2F.", True),
    ("The mercury climbed 20 degrees in a single day in Oulu, from minus 9C to 11C.", False),
    ("Temperatures in Narvik rose by 20 degrees overnight, going from minus 12C to 8C.",
     False),
    ("It fell 42 degrees in a day in Fargo, from 40F to minus 2F.", False),
])
def test_a_change_in_degrees_between_two_readings(text: str, fires: bool) -> None:
    assert finds(text, "FC203") == fires


@pytest.mark.parametrize(("text", "fires"), [
    # the level before within a clause of the change, its "to" partner further on
    ("Porters won a 6% pay rise, lifting the starting wage for porters from £21,500 to "
     "£24,100.", True),
    ("Fares went up 8% this winter, taking a return on the island ferry from £12.50 to "
     "£14.75.", True),
    ("Output fell by a third in the year, cutting the Hale plant's tonnage from 60,000 "
     "tonnes to 48,000 tonnes.", True),
    ("Porters won a 12% pay rise, lifting the starting wage for porters from £21,500 to "
     "£24,100.", False),
    ("Fares went up 18% this winter, taking a return on the island ferry from £12.50 to "
     "£14.75.", False),
    ("Output fell by a fifth in the year, cutting the Hale plant's tonnage from 60,000 "
     "tonnes to 48,000 tonnes.", False),
])
def test_from_to_far_from_its_change(text: str, fires: bool) -> None:
    assert finds(text, "FC203") == fires
