"""FC205: shares of one whole in forms round 23 added. Rows in our own words.

- holders put on their share of a race or a poll over sentences, the whole unwritten
  ("a poll put X on N%. Y was on M%."; factcheck.checks._story.share_runs);
- a list under one verb written once whose first clause has a complement of its own
  after the object ("chose the kit in green, 33% the white"; factcheck.checks._shared_verb);
- a colon list whose items each open with a share and say how it went ("<heading>: 47%
  on foot, 31% by bike"; factcheck.checks._colon_list);
- a decimal share after a word that names numbered parts ("on the question 52.4% backed
  it": no part numbered 52.4; factcheck.extract.labels).
"""

from __future__ import annotations

import pytest

from factcheck import check, extract


def _fires(sentence: str) -> bool:
    codes = [f.code for f in check(sentence, as_of="2026-11-30", bundled=False).findings]
    return "FC205" in codes


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The latest poll puts Alvarez on 46 per cent. Brandt is on 39 per cent. Chen has 21 "
     "per cent.", True),
    ("In the mayoral race, Okafor polled 48%. Reyes polled 37%. Sandoval took 22%.", True),
    ("The poll put Alvarez on 46 per cent and Brandt on 39 per cent. Chen has 21 per cent.",
     True),
    ("A tracker survey for the Gazette put Halloran on 44 per cent. Pike was on 38 per cent. "
     "The independent Ferris had 26 per cent.", True),
    ("Okafor won fifty-one per cent of first preferences. Reyes took 37 per cent. Sandoval "
     "had 22 per cent.", True),
    # near-twins: within 100%, other periods, other scopes, one holder twice, subsets
    ("The latest poll puts Alvarez on 46 per cent. Brandt is on 39 per cent. Chen has 11 "
     "per cent.", False),
    ("A poll in March put Alvarez on 46 per cent. In June Brandt was on 59 per cent.", False),
    ("A poll put Alvarez on 46 per cent in York. Brandt is on 59 per cent in Leeds.", False),
    ("A poll put Alvarez on 46 per cent. He was on 61 per cent a year ago.", False),
    ("A poll put Alvarez on 46 per cent. Of those, 70 per cent said they would vote again.",
     False),
    ("Morrow polled 41 per cent in 2022. Dunne was on 62 per cent this year.", False),
])
def test_standings_over_sentences(sentence: str, fires: bool) -> None:
    assert _fires(sentence) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("In the fan vote, 49% chose the home kit in green, 31% the white and 26% the striped "
     "one.", True),
    ("Asked to pick a mascot, 52% picked the otter with a scarf, 31% the heron and 24% the "
     "fox.", True),
    ("In the naming contest, 46 per cent preferred Riverside on the river, 38 per cent "
     "Millbrook and 21 per cent Oakfield.", True),
    ("Of the parents asked, 61% favoured a later start in winter, 27% an earlier one and "
     "17% no change.", True),
    ("Diners who ordered dessert: 44% went for the tart, 40% the mousse and 23% the cheese.",
     True),
    # near-twins: within 100%, a scope of its own, other periods, a verb written again
    ("In the fan vote, 49% chose the home kit in green, 33% the white and 16% the striped "
     "one.", False),
    ("In the fan vote, 52% went to Hale in York and in Leeds 51% to Moss.", False),
    ("In the fan vote, 49% chose the home kit in 2024, 33% the white in 2025 and 26% the "
     "striped one this year.", False),
    ("Asked about both kits, 49% chose the home kit in green and 63% chose the away kit too.",
     False),
    ("In the fan vote, 49% chose the home kit in green, and in the under-18s 63% the white "
     "one.", False),
    ("Asked to pick a mascot, 52% picked the otter in 2023 and 51% the heron this year.",
     False),
])
def test_gapped_list_after_a_long_first_clause(sentence: str, fires: bool) -> None:
    assert _fires(sentence) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("How pupils got to school this term: 52% on foot, 30% by bus and 25% by car.", True),
    ("Deliveries in the valley: 44% by van, 39% by bike and 22% by drone.", True),
    ("Visitors to the gallery: 40% by train; 35% by coach; 30% by car.", True),
    ("Where staff worked in March: 58% at home, 37% by train and 12% on site.", True),
    ("Journeys to the depot last week: 48% by lorry, 35% by rail and 24% by barge.", True),
    # near-twins: within 100%, scopes, rates, times, topics, subsets, other periods
    ("Deliveries in the valley: 44% by van, 29% by bike and 22% by drone.", False),
    ("Pass rates last year: 92% at primary, 85% at secondary.", False),
    ("Turnout last month: 61% in rural wards, 58% in towns.", False),
    ("Cuts promised: 40% by spring, 70% by autumn.", False),
    ("Emissions targets: 40% by 2030, 70% by 2040.", False),
    ("Support by issue: 61% on housing, 55% on crime.", False),
    ("Trips into the old town: 47% by car, 61% of them by electric car.", False),
    ("Trips into the old town: 47% by car last month, 61% by bike in 2019.", False),
])
def test_colon_list_of_answers_of_means(sentence: str, fires: bool) -> None:
    assert _fires(sentence) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("On the ballot question 52.4% backed the bypass and 55.1% opposed it.", True),
    ("On the question 61.5% voted for the strike while 44.2% voted against it.", True),
    ("Asked question 2 of the survey 57.5% agreed and 49.5% disagreed.", True),
    # near-twins: within 100%, two questions
    ("On the ballot question 42.4% backed the bypass and 55.1% opposed it.", False),
    ("On the ballot question 52.4% backed the bypass and 55.1% backed the bridge.", False),
    ("On the question 52.4% backed the bypass; in 2019, 55.1% opposed it.", False),
])
def test_decimal_share_after_a_label_word(sentence: str, fires: bool) -> None:
    assert _fires(sentence) is fires


@pytest.mark.parametrize(("text", "values"), [
    ("On the question 52.4% backed it.", [52.4]),
    ("See paragraph 4.2 of the report.", []),
    ("Section 3.1 sets out the rules.", []),
])
def test_percent_after_a_label_word_is_read(text: str, values: list[float]) -> None:
    assert [c.value for c in extract(text)] == values
