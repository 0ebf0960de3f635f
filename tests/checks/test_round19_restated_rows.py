"""Round 19: FC202 on a thing told again as the subject of its clause, its figure in a
definite phrase before a verb in the past perfect ("The crowd of 14,000 had dispersed by
six"): the tense is of what the thing did, not of its figure; and on a re-mention ("All
eleven boats") whose clause names a place or an agent only after its verb ("were built
in Glasgow", "restored by Historic England"): not a narrower set of the things, so the
two figures are compared. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

PAST_PERFECT = [
    ("Organisers put the crowd at the parade at 9,500. The crowd of 14,000 had dispersed by "
     "six, they said.", True),
    ("Stewards said the crowd at the derby was 31,000. The crowd of 38,500 had filled every "
     "stand by kick-off.", True),
    ("The conference drew 450 delegates, the organisers said. The 620 delegates had left "
     "by noon.", True),
    # the same figure; a figure after its verb; a sentence that names its own time
    ("Organisers put the crowd at the parade at 9,500. The crowd of 9,500 had dispersed by "
     "six, they said.", False),
    ("Labour won 27 seats on the council. Labour had held 24 seats before the vote.", False),
    ("The union has 5,200 members. Its 4,800 members had voted to strike in 2023.", False),
    ("The mill employs 410 people. The mill had employed 900 people until the fire.", False),
]
test_a_definite_subject_in_the_past_perfect = fires_test("FC202", PAST_PERFECT)

AFTER_THE_VERB = [
    ("The ferry firm runs seven boats on the loch. All eleven boats were built in Glasgow.",
     True),
    ("The trust owns 14 almshouses in the valley. All 19 almshouses were restored by "
     "Historic England.", True),
    ("The co-operative keeps 40 hives on the moor. All 55 hives were made in Kendal.", True),
    # the same figure; a name before the verb narrows the things; another set of them
    ("The ferry firm runs seven boats on the loch. All seven boats were built in Glasgow.",
     False),
    ("The council plans 2,400 new homes. The 320 homes planned for Canal Wharf are the "
     "first.", False),
    ("The museum holds 600 paintings. The 450 paintings on show at Tate Modern are on "
     "loan.", False),
]
test_a_remention_whose_place_follows_its_verb = fires_test("FC202", AFTER_THE_VERB)
