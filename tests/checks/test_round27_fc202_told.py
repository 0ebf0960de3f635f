"""FC202 on one measure told twice where the two tellings' frames did not meet (round 27).
Our own phrasings.

- A count a verb of cutting or losing takes away ("will cut 850 jobs") told again as a
  compound of the thing and a change noun ("the 580 job losses", "its 54 route cuts"):
  one measure (factcheck.checks._acted_on).
  So is the count a verb acted on told again with the verb's participle ("cancelled 340
  trains" ... "the 430 cancelled trains").
- A first telling in a definite phrase whose relative clause, with a name for subject,
  holds the verb the second telling's clause uses ("The 52,000 books that Brackley
  Library holds" ... "Brackley Library holds 25,000 books"): the verb is no modifier of
  the measure (factcheck.checks._level_keys._unclaused).
- A possessed figure whose own noun names a kind of the thing ("the school's 240 infant
  pupils" after "420 pupils"): another measure, whatever modifiers the frame kept
  (factcheck.checks._level_keys._narrowed_by_noun).
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-06-01"


def _found(text: str) -> list[str]:
    return [f.message for f in check(text, as_of=AS_OF, bundled=False).findings
            if f.code == "FC202"]


@pytest.mark.parametrize("text", [
    "Marsden Foods will cut 850 jobs at its Hull plant, the firm said on Tuesday. The 580 "
    "job losses will take effect in March.",
    "Orla Farms lost 140 ewes in the February blizzard. The farm's 410 ewe losses were the "
    "worst in the valley.",
    "The district council will cut 45 bus routes next year. Its 54 route cuts have angered "
    "rural villages.",
    "Kestrel Mining will cut ninety jobs at its Cumbrian pit. The nineteen job cuts were "
    "announced to staff on Monday.",
    "Skyway slashed 2,000 flights this winter because of the pilots' dispute. The "
    "airline's 1,200 flight cuts this winter hit Spanish routes hardest.",
    "The bank is shedding 1,200 posts across its branches. The 2,100 post cuts will be "
    "complete by June.",
])
def test_cut_told_again_as_the_cut(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", [
    "Northrail cancelled 340 trains during the heatwave. The 430 cancelled trains left "
    "thousands stranded.",
    "The county council closed 26 libraries this year. Campaigners said the 62 closed "
    "libraries this year served 90,000 readers.",
    "Police seized 1,400 phones in the raids. The 4,100 seized phones are being examined.",
    "Harbour Foods will axe 850 jobs at its Hull plant. Its 580 axed jobs are mostly on the "
    "night shift.",
])
def test_count_told_again_by_the_verb_s_participle(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", [
    "The 52,000 books that Brackley Library holds are being catalogued. Brackley Library "
    "holds 25,000 books, the council said.",
    "The 1,300 animals that Marlow Zoo keeps need 40 keepers. Marlow Zoo keeps 3,100 "
    "animals, its director said.",
    "The 96 trains that Northway Rail operates are due for a refit. Northway Rail operates "
    "69 trains on the coast line.",
    "The 7,400 paintings Ashby Museum owns are insured for £90 million. Ashby Museum owns "
    "4,700 paintings, the trustees said.",
    "The 310 boats that Fenwick Marina moors this summer are mostly yachts. Fenwick Marina "
    "moors 130 boats this summer.",
])
def test_relative_clause_verb_told_again(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", [
    "Hollybank Primary has 420 pupils this year. The school's 240 infant pupils include 30 "
    "from Poland.",
    "Redmoor Hospital has 580 beds. The hospital's 85 maternity beds are often full.",
    "Tarn Valley Rowing Club has 310 members. The club's 130 junior members train on "
    "Saturdays.",
    "Ashby Museum owns 7,400 paintings. The museum's 4,700 Dutch paintings hang in the "
    "east wing.",
    "Kelby Transport runs 260 buses. The firm's 62 electric buses run on the city routes.",
])
def test_kind_of_the_thing_is_another_measure(text: str) -> None:
    assert not _found(text)


@pytest.mark.parametrize("text", [
    # the same kind told twice still conflicts
    "Hollybank Primary has 420 infant pupils this year. The school's 240 infant pupils "
    "include 30 from Poland.",
    "Kelby Transport runs 62 electric buses. The firm's 26 electric buses run on the city "
    "routes.",
    "Redmoor Hospital has 580 beds. The hospital's 850 beds are often full.",
])
def test_same_kind_still_conflicts(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", [
    # no verb of loss, a rise, no change noun, the same figure, a part, another year,
    # another owner
    "Marsden Foods will create 850 jobs at its Hull plant. The 580 job losses will take "
    "effect in March.",
    "Marsden Foods will cut 850 jobs at its Hull plant. The 580 job gains will take effect "
    "in March.",
    "Marsden Foods will cut 850 jobs at its Hull plant. The 580 job centres will stay open.",
    "Marsden Foods will cut 850 jobs at its Hull plant. The 850 job losses will take effect "
    "in March.",
    "Marsden Foods will cut 850 jobs at its Hull plant. The 580 job losses at its Leeds "
    "plant will follow in May.",
    "Marsden Foods cut 850 jobs in 2024. Its 580 job cuts this year hit the Leeds plant.",
    "Marsden Foods will cut 850 jobs at its Hull plant. Rival Delmont's 580 job cuts will "
    "take effect in March.",
    # another participle, another thing, the same figure, another day
    "Northrail cancelled 340 trains during the heatwave. The 430 delayed trains left "
    "thousands stranded.",
    "Police seized 1,400 phones in the raids. The 4,100 seized laptops are being examined.",
    "Northrail cancelled 340 trains during the heatwave. The 340 cancelled trains left "
    "thousands stranded.",
    "Northrail cancelled 340 trains on Monday. Tuesday's 430 cancelled trains left "
    "thousands stranded.",
    # a relative clause under another verb, another holder, the same figure
    "The 1,300 animals that Marlow Zoo sold went to Spain. Marlow Zoo keeps 3,100 animals, "
    "its director said.",
    "The 52,000 books that Brackley Library holds are being catalogued. Ashby Library "
    "holds 25,000 books, the council said.",
    "The 52,000 books that Brackley Library holds are being catalogued. Brackley Library "
    "holds 52,000 books, the council said.",
])
def test_near_twins_stay_silent(text: str) -> None:
    assert not _found(text)
