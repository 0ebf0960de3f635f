"""Three readings that tell other things apart. FC204: a part and a whole count one kind of
thing ("Of the firm's 50 stores, 60 employees ..." is no part). FC201: a temperature set
against another by a comparative is a difference, without the 32-degree offset. FC302:
additions summed to a total are parts, not the level before. Our own sentences; AS_OF is
2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    Row("FC204", "Of the firm's 50 stores, 60 employees were laid off.", False),
    Row("FC204", "Of the 12 schools in the district, 30 teachers joined the strike.", False),
    Row("FC204", "Among its 8 ferries, 14 crew members tested positive.", False),
    # the same thing, counted or left unnamed: a part
    Row("FC204", "Of the firm's 50 stores, 60 were closed.", True),
    Row("FC204", "Of the 12 schools in the district, 15 schools joined the strike.", True),
    Row("FC204", "The team won 19 medals, including 22 gold medals.", True),
    # FC201: a temperature set against another with any comparative in -er before "than"
    # is a difference, converted without the 32-degree offset
    Row("FC201", "Winter in the valley was 3.6F (2C) milder than normal, the office said.",
        False),
    Row("FC201", "The lake was 5.4F (3C) cooler than last summer.", False),
    Row("FC201", "The spring was 2C (3.6F) wetter and milder than usual.", False),
    Row("FC201", "The town was 2C (36F) milder than normal.", True),
    Row("FC201", "Nights were 4C (13F) chillier than the seasonal average.", True),
    # near-twin: a level, and a comparative that is not about the figures' difference
    Row("FC201", "It was 20C (50F) at noon, hotter than Paris.", True),
    # FC302: additions to a rate that the text sums to a total are parts, not the level the
    # rate stood at before ("up 15%, plus a further 10%, taking the total to 25%")
    Row("FC302", "Duties on imported steel went up by 15% in March, plus a further 10% from "
        "July, taking the total to 25%.", False),
    Row("FC302", "The levy rose by 4% in spring and another 3% in autumn, bringing it to 7%.",
        False),
    # near-twin: a level before and after, the change in percent where points were meant
    Row("FC302", "The jobless rate rose 2% to 7% from 5%.", True),
]


test_row = row_test(ROWS)
