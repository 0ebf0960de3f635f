"""FC205 round 16: when the percentages of a sentence (or of the next sentence) are one
partition of one whole. Rows in our own words; the draft date is 2026-11-30."""

from __future__ import annotations

from tests.checks.rows import fires_test

test_a_verb_written_again_with_other_adverbials = fires_test("FC205", [
    # one verb written again with another adverbial each time: one question, one group
    ("Of the town's households, 44% rent privately, 31% rent from the council and 52% "
     "own their home.", True),
    ("At the depot, 58% of the drivers work early shifts, 30% work late shifts and 25% "
     "work nights.", True),
    ("Of the 240 pupils, 60% travel by bus, 35% travel on foot and 20% travel by car.",
     True),
    ("Two-thirds of the residents heat with gas, 30% heat with oil and 15% heat with "
     "wood.", True),
    # near-twins: they fit; an opinion verb; an object with a determiner; several answers
    ("Of the town's households, 44% rent privately, 31% rent from the council and 25% "
     "own their home.", False),
    ("Of the nurses balloted, 66% agreed with the offer and 45% agreed with the rota.",
     False),
    ("Of the club's members, 72% use the gym and 58% use the pool.", False),
    ("Of the 240 pupils, 60% travel by bus and 55% also travel on foot.", False),
    ("Of the town's households, 44% rent privately and 61% also rent a garage.", False),
])


test_shares_allotted_under_one_verb = fires_test("FC205", [
    # one verb before the list, each share with what it goes to
    ("The trust's spending split 71% on staff, 23% on buildings and 22% on drugs.", True),
    ("The budget went 60% on wages, 30% on rent and 20% on fuel.", True),
    ("Its grant was spent 55% on schools, 35% on roads and 25% on parks.", True),
    # near-twins: they fit, rates charged or cut, places
    ("The trust's spending split 51% on staff, 23% on buildings and 22% on drugs.", False),
    ("The shop cut prices 60% on shoes, 50% on coats and 40% on hats.", False),
    ("The lender charged interest of 21% on cards, 15% on loans and 70% on overdrafts.",
     False),
    ("Turnout reached 71% at Larne, 65% at Carrick and 60% at Moy.", False),
])


test_a_colon_list_under_a_dividing_verb = fires_test("FC205", [
    # a colon list of holders under a verb that divides the whole
    ("Voters in the ward split the vote: Hale 48%, Moss 39% and Reid 21%.", True),
    ("The seats were shared: Labour 41%, the Greens 33% and independents 30%.", True),
    ("The council divided its budget: schools 55%, roads 30%, parks 20%.", True),
    # near-twins: it fits, no dividing verb, periods of their own
    ("Voters in the ward split the vote: Hale 48%, Moss 39% and Reid 11%.", False),
    ("Turnout by ward: North 70%, South 65% and East 60%.", False),
    ("The vote was split: Hale 48% in 2022, Moss 59% in 2024.", False),
])


test_a_fronted_scope_names_another_whole = fires_test("FC205", [
    # a later sentence with no scope of its own, or the same one, goes on with the group
    ("In the poll, 62% of voters backed the bypass. Another 58% opposed it.", True),
    ("In Larne, 62% of voters backed the bypass. A further 58% opposed it.", True),
    ("In Larne, 62% of voters backed the bypass. In Larne, a further 58% opposed it.",
     True),
    # near-twins: each sentence fronts its own place or group: two wholes
    ("In Larne, 62% of voters backed the bypass. In Carrick, 58% backed it.", False),
    ("Among men, 64% of workers drive to work. Among women, 52% drive.", False),
    ("At the north site, 70% of staff are full-time. At the south site, 45% are.", False),
])


test_a_share_lent_the_whole_goes_on_with_the_group = fires_test("FC205", [
    # a share the frames lend the first one's whole, its verb written again
    ("Some 64% of staff work days, 31% work nights and 24% work weekends.", True),
    ("Of the students, 70% study full-time, 25% study part-time and 12% study "
     "in the evenings.", True),
    ("Of the 90 pupils, 62% of them come by bus, 30% come on foot and 15% come by car.",
     True),
    # near-twins: they fit, or objects (two things, answers that may overlap)
    ("Some 64% of staff work days, 21% work nights and 14% work weekends.", False),
    ("Some 64% of staff use the gym, 31% use the pool and 24% use the courts.", False),
    ("Among the pupils, 70% play football, 45% play chess and 30% play tennis.", False),
])


test_a_share_stated_after_a_list_of_winners = fires_test("FC205", [
    # after a list under one verb of winning, a share under a verb that states one
    ("Labour polled 48% and the Tories 35%; spoiled ballots made up 21 percent.", True),
    ("Hale won 52% of the vote and Moss 33%, while blank papers accounted for 18%.", True),
    ("The Greens took 44% and Plaid 39%; independents made up 22%.", True),
    # near-twins: it fits, a rate of its own, a level
    ("Labour polled 48% and the Tories 35%; spoiled ballots made up 11 percent.", False),
    ("Hale won 52% of the vote and Moss 33%; turnout was 68%.", False),
    ("The Greens took 44% and Plaid 39%; support for independence stood at 52%.", False),
])


test_the_first_share_writes_the_whole = fires_test("FC205", [
    # the sentence's first share writes the whole the clauses after it share
    ("Three-quarters of the pupils walk to school and 40% arrive by car.", True),
    ("Two-thirds of the staff drive to work, 25% cycle and 20% take the bus.", True),
    ("62% of the members voted yes and 45% voted no.", True),
    # near-twins: it fits, each names its own whole, several answers allowed
    ("Three-quarters of the pupils walk to school and 20% arrive by car.", False),
    ("Half of the homes heat with gas and 60% of the flats heat with oil.", False),
    ("Three-quarters of the pupils walk to school and 40% also cycle.", False),
])
