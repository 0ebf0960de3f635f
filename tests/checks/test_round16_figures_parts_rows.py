"""Round 16, FC202 and FC204 on everyday phrasing (issue 15), our own sentences:

- FC202: an amount given by a verb of paying or buying ("agreed to pay", "will spend")
  and a later definite cost or price of it (words.tsv, group "same:cost"); a count and a
  later "the number of" its thing (factcheck.checks._same_levels._number_of).
- FC204: a count that is the subject of "include" ("The club's 240 members include 275
  juniors": factcheck.checks._included); "N of the voters" after a count of the people
  who voted (factcheck.checks._subsets); a share singled out by "alone" that names the
  whole's thing again after "of" with a possessor that points back ("31% of the country's
  electricity": factcheck.checks._wholes._own_whole).

Each class: rows that must fire and near-twins (other subjects, periods, updates, other
things) that must stay silent."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _codes(text: str) -> set[str]:
    return {f.code for f in check(text, as_of=AS_OF, bundled=False).findings}


@pytest.mark.parametrize("text", [
    "Harbury Group agreed to pay $520 million for the Tolland mill last month. The $250 "
    "million price was the highest paid for a mill this decade.",
    "The council will spend £36 million on the new leisure centre. The £63 million cost "
    "will be met from reserves.",
    "The Kestle bridge cost €58 million to build. Its €85 million construction cost was "
    "shared by two regions.",
    "A single ride on the Pell tram costs $3.40. The $4.30 fare is the lowest in the state.",
    "Annual membership of the Fenwick gym costs £480 this year. The £840 annual "
    "membership this year includes a free class.",
])
def test_a_paid_amount_and_its_price(text: str) -> None:
    assert "FC202" in _codes(text)


@pytest.mark.parametrize("text", [
    "Harbury Group agreed to pay $520 million for the Tolland mill last month. The $250 "
    "million price paid for the Arden mill last year was a record.",
    "The council will spend £36 million on the new leisure centre. The £63 million cost "
    "of the library will be met from reserves.",
    "Annual membership of the Fenwick gym costs £480 this year. The £840 membership last "
    "year included a free class.",
    "The Kestle bridge cost €58 million to build. The price was later revised to €85 "
    "million.",
    "Marlow Foods paid $1.2 billion for the snack maker in March. The $2.1 billion bid "
    "from its rival was rejected.",
    "A single ride on the Pell tram costs $3.40. The $4.30 fare on the Dane line is the "
    "highest in the state.",
    "Helix Pharma will pay €2.5 billion for the lab, the firm said. A €5.2 billion deal "
    "for its rival Crane collapsed last year.",
    "Marlow Foods paid $1.2 billion for the snack maker in March. The deal was later "
    "revised to $2.1 billion.",
    "Marlow Foods paid $1.2 billion for the snack maker in March, and $300 million for a "
    "bakery. The $1.2 billion deal was approved by regulators.",
])
def test_price_twins_stay_silent(text: str) -> None:
    assert "FC202" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The strike at Dunmore Port involves 820 dockers, the union said. Port managers put "
    "the number of striking dockers at 280.",
    "Kelso Academy has 940 pupils. The head teacher put the number of pupils at 490.",
    "The Arden festival drew 12,000 visitors, organisers said. Police said the number of "
    "visitors was 21,000.",
    "Brackwell Foods employs 3,400 staff. A spokesman said the number of staff stood at "
    "4,300.",
])
def test_a_count_and_the_number_of_its_thing(text: str) -> None:
    assert "FC202" in _codes(text)


@pytest.mark.parametrize("text", [
    "The walkout at Corran Mills involves 1,350 workers, the union said. The number of "
    "workers at the Dane plant is 1,950.",
    "The strike at Dunmore Port involves 820 dockers, the union said. Port managers later "
    "put the number of striking dockers at 280.",
    "Kelso Academy has 940 pupils. The number of pupils last year was 490.",
    "The strike at Dunmore Port involves 820 dockers, the union said. Port managers put "
    "the number of striking drivers at 280.",
    "Kelso Academy has 940 pupils. The head teacher put the number of teachers at 49.",
    "Brackwell Foods employs 3,400 staff. The number of staff in 2019 was 4,300.",
])
def test_number_of_twins_stay_silent(text: str) -> None:
    assert "FC202" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The club's 240 members include 275 juniors.",
    "The choir's 64 singers include 72 sopranos.",
    "The orchestra's 80 players include 95 violinists, the conductor said.",
])
def test_a_counted_subject_that_includes_more(text: str) -> None:
    assert "FC204" in _codes(text)


@pytest.mark.parametrize("text", [
    "The club's 240 members include 175 juniors.",
    "The club's 240 members include juniors. The rival club has 275 juniors.",
    "The choir's 64 singers include 27 sopranos.",
    "The orchestra's 80 players include 35 violinists, the conductor said.",
    "The city's 4 stations include 40 platforms.",
    "The museum's 310 rooms include 3,400 paintings, the curator said.",
])
def test_include_twins_stay_silent(text: str) -> None:
    assert "FC204" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Some 9,000 people voted in the ballot, and 16,000 of the voters chose the new name.",
    "Some 700 members voted on the deal, and 950 of the voters supported it.",
    "About 3,000 fans queued for tickets, and 4,100 of the queuers left empty-handed.",
])
def test_a_part_of_those_who_did_the_act(text: str) -> None:
    assert "FC204" in _codes(text)


@pytest.mark.parametrize("text", [
    "Some 9,000 people voted in the ballot, and 6,000 of the voters chose the new name.",
    "Some 9,000 people voted in the ballot. In the 2019 ballot, 16,000 of the voters chose "
    "the old name.",
    "Some 9,000 people voted in the ballot, and 16,000 of the voters in the region chose "
    "the new name.",
    "Some 900 people walked out, and 1,600 of the voters chose the new name.",
])
def test_voter_twins_stay_silent(text: str) -> None:
    assert "FC204" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Solar produced 22% of Portugal's electricity in May, with rooftop panels alone "
    "providing 31% of the country's electricity.",
    "Wind supplied 40% of the grid's power last year, with offshore farms alone supplying "
    "46% of the grid's power.",
    "Exports made up 35% of the firm's sales, with sales to China alone accounting for 41% "
    "of the firm's sales.",
])
def test_a_share_alone_that_names_its_whole_again(text: str) -> None:
    assert "FC204" in _codes(text)


@pytest.mark.parametrize("text", [
    "Solar produced 22% of Portugal's electricity in May, with rooftop panels alone "
    "providing 13% of the country's electricity.",
    "Solar produced 22% of Portugal's electricity in May, with rooftop panels alone "
    "providing 31% of Spain's electricity.",
    "Wind supplied 40% of the grid's power last year, with offshore farms alone supplying "
    "46% of the grid's heat.",
    "Coal supplied 30% of the country's power, and gas alone supplied 38% of the country's "
    "power.",
])
def test_alone_twins_stay_silent(text: str) -> None:
    assert "FC204" not in _codes(text)
