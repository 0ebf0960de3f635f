"""FC202 on a figure that describes the subject of a copula: fronted under a modal that the
earlier figure's sentence shares ("would run 12 km" ... "At 21 km, the road would be"), or
set in an apposition with "with" after the subject ("The town's festival, with 4,800
tickets, is ..."), whose possessor the frames resolve to the subject named before. Our own
phrasings; near twins that must stay silent."""

from __future__ import annotations

from tests.checks.rows import each_test, finds

test_a_figure_that_describes_the_subject = each_test("FC202", True, [
    "The planned Orbit Road would stretch 12 km around the town. At 21 km, the road would "
    "be the longest bypass in the county.",
    "The proposed Tarn Bridge would span 340 metres over the estuary. At 430 metres, the "
    "bridge would be the longest of its kind.",
    "The proposed Hale Tunnel would run 6.4 km under the old town. At 4.6 km, the tunnel "
    "would be the shortest of the three options.",
    "Dunmore's festival sold 8,400 tickets this year. The town's festival, with 4,800 "
    "tickets sold this year, is the biggest in the west.",
    "Rushden's regatta drew 310 crews on Sunday. The town's regatta, with 130 crews, was "
    "the largest in its history.",
    "Halden's library holds 52,000 books. The town's library, with 25,000 books, remains "
    "the oldest in the county.",
])


test_near_twins_stay_silent = each_test("FC202", False, [
    "The Orbit Road is 12 km long. At 21 km, the road would be the longest bypass in the "
    "county.",
    "The Tarn Bridge spans 340 metres over the estuary. At 430 metres, the bridge could be "
    "the longest of its kind.",
    "The planned Orbit Road would stretch 12 km around the town. At 12 km, the road would "
    "be the longest bypass in the county.",
    "Dunmore's festival sold 8,400 tickets this year. The town's festival, with 8,400 "
    "tickets sold this year, is the biggest in the west.",
    "Rushden's regatta drew 310 crews on Sunday. The town's rowing club, with 130 crews, "
    "was the largest in its history.",
    "Halden's library holds 52,000 books. The town's museum, with 25,000 books, remains "
    "the oldest in the county.",
])


def test_a_fronted_figure_before_a_possessive_name() -> None:
    # the frames give "Carrow's Hospital" the subject "Hospital", the later figure
    # "Carrow": one name holds both (factcheck.checks._chain.one_name)
    assert finds("Carrow's Hospital has 540 beds, the board said. With 450 beds, Carrow's "
                 "is the largest hospital in the county.", "FC202")


test_the_whole_of_a_partitive_restates_the_total = each_test("FC202", True, [
    "The fire destroyed 36 homes in Westry last week. Of the 63 homes destroyed, 20 were "
    "empty.",
    "The Corve mill laid off 850 workers in March. Of the 580 workers laid off, half have "
    "found new work.",
    "The choir has 48 singers, its director said. Of its 84 singers, 30 are under 18.",
])


test_a_partitive_of_another_whole_stays_silent = each_test("FC202", False, [
    "The fire destroyed 36 homes in Westry last week. Of the 36 homes destroyed, 20 were "
    "empty.",
    "The Corve mill laid off 850 workers in March. Of the 580 workers laid off in May, half "
    "have found new work.",
    "The fire destroyed 36 homes in Westry last week. Of the 12 homes on the hill, 10 were "
    "empty.",
    "The choir has 48 singers, its director said. Of its 84 songs, 30 are in Welsh.",
])
