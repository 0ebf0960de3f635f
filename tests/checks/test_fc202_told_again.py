"""FC202 on a figure told again with its time after it, across a paragraph break, or in
the past perfect: the later figure's own words date it ("the 68 mm that fell on Tuesday
night", "October's 124 mm"), a measure given by a unit of measurement crosses sentences
and paragraphs as its subject does, and a past perfect that names the very period of the
earlier figure is no second time. Our own phrasings; near twins that must stay silent."""

from __future__ import annotations

import pytest

from tests.checks.rows import each_test, finds

test_the_time_told_after_the_second_figure = each_test("FC202", True, [
    "Rainfall in Tromsdale reached 86 mm on Tuesday. The 68 mm that fell on Tuesday night "
    "flooded the high street.",
    pytest.param(
        "The Ouse crossing carried 41,000 vehicles on Sunday.\n\nThe 14,000 vehicles that used "
        "the crossing on Sunday caused long queues.",
        marks=pytest.mark.xfail(strict=True, reason="'the crossing' names the Ouse crossing "
                                "of the paragraph before; a subject stays in its paragraph "
                                "(DESIGN.md, Frames), so the second figure has none")),
    "Police said 230 people were arrested at the protest in Denholm on Friday. The 320 "
    "arrests on Friday were the most in a decade.",
    "Harwick Council approved a budget of £42 million on Monday. Councillors said the £24 "
    "million budget agreed on Monday would mean cuts.",
])


test_another_time_told_after_stays_silent = each_test("FC202", False, [
    "Rainfall in Tromsdale reached 86 mm on Tuesday. The 68 mm that fell on Wednesday "
    "flooded the high street.",
    "The Ouse crossing carried 41,000 vehicles on Sunday.\n\nThe 14,000 vehicles that used "
    "the crossing on Monday caused long queues.",
    "Harwick Council approved a budget of £42 million on Monday. Last year's budget of £24 "
    "million was smaller.",
])


test_a_unit_carries_its_measure_across_a_paragraph = each_test("FC202", True, [
    "The Ardley reservoir holds 52 million cubic metres of water.\n\nEngineers warned that "
    "the reservoir's 25 million cubic metres would not last the summer.",
    "The Ardley reservoir holds 52 million cubic metres of water.\n\nEngineers warned that "
    "its 25 million cubic metres would not last the summer.",
    "Pennock Lake covers 340 hectares.\n\nThe lake's 430 hectares are home to rare birds.",
    "The Morwen tunnel is 4.6 kilometres long.\n\nThe tunnel's 6.4 kilometres took nine "
    "years to dig.",
])


test_a_unit_across_a_paragraph_near_twins = each_test("FC202", False, [
    "The Ardley reservoir holds 52 million cubic metres of water.\n\nEngineers warned that "
    "the reservoir's 52 million cubic metres would not last the summer.",
    "Pennock Lake covers 340 hectares.\n\nThe nearby Dunn Moss's 430 hectares are home to "
    "rare birds.",
    "The Morwen tunnel is 4.6 kilometres long.\n\nThe road's 6.4 kilometres took nine "
    "years to build.",
    # plain counts need their measure written: a count lent across sentences may be
    # another thing's
    "The Harbour Inn has 12 rooms.\n\nThe owners said its 21 were booked all summer.",
])


test_a_past_perfect_of_the_same_period = each_test("FC202", True, [
    "Aberdeen recorded 142 mm of rain in October. Farmers said October's 124 mm in "
    "Aberdeen had left fields under water.",
    "Kirkby saw 95 mm of rain in March. March's 59 mm in Kirkby had swollen the river.",
    "Lerwick had 61 mm of rain on Sunday. Sunday's 16 mm in Lerwick had closed the ferry "
    "port.",
])


test_a_past_perfect_of_another_time_stays_silent = each_test("FC202", False, [
    "Kirkby saw 95 mm of rain in March. February's 59 mm in Kirkby had swollen the river.",
    "Labour won 27 seats on the council in May. Labour had held 24 seats before the vote.",
    "The mill employs 410 people. It had employed 900 in 1990.",
    "Tessford Mills employs 410 people. In 1990 the firm employed 900.",
])


@pytest.mark.parametrize(("text", "fires"), [
    ("Dunmore Water will spend £450 million on pipes this year. The company's £540 "
     "million spend on pipes this year is a record.", True),
    ("Kelby Council will borrow £30 million this year. The council's £13 million "
     "borrowing this year will fund new homes.", True),
    ("Dunmore Water will spend £450 million on pipes this year. The company's £450 "
     "million spend on pipes this year is a record.", False),
    # a figure not told as known takes no measure from the sentence before: a part
    ("Harlow Foods will invest £45 million in its Leeds plant. Of that, £28 million will "
     "go on new ovens.", False),
    ("Kelby Council will borrow £30 million this year. Of this, £13 million will fund new "
     "homes.", False),
])
def test_a_measure_named_after_its_verb(text: str, fires: bool) -> None:
    assert finds(text, "FC202") == fires
