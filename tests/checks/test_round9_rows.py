"""Round 9 rows (issue 15), our own sentences; AS_OF is 2025-10-01.

FC203: a change whose frame names its level before, with no measure named (an index, a
share price), takes the nearest earlier level of its subject; an absolute comparative of
any form ("taller", "heavier") is a difference either way, its level after in the
sentence before when the comparison opens with a pronoun. FC206: a figure dated after the
draft ("turns 63 next year", "in 2029") counts to its own year. FC302: a measure that
names no thing ("the level", "the rate") says nothing against the levels' measures.
FC202: a dated total ("Tuesday's total of 140 mm") and a figure written as "the figure"
or "the total" restate the earlier level of their subject and period."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC203: change with its levels, no measure named, the subject's levels
    Row("FC203", "The Corran 100 index ended Thursday at 7,480, up 6.1% from 7,310 a week "
        "before.", True),
    miss(Row("FC203", "Shares in Velmont finished the session at 612p, a gain of 9% from "
             "588p.", True), "the frames take '612p' for the change's subject"),
    Row("FC203", "Brent crude settled at $88 a barrel on Tuesday, up 9% from $84 a month "
        "ago.", True),
    Row("FC203", "The Orvell 40 settled at 15,900, down 7% from 16,300 at the start of the "
        "month.", True),
    Row("FC203", "The Corran 100 index ended Thursday at 7,480, up 2.3% from 7,310 a week "
        "before.", False),
    Row("FC203", "Shares in Velmont finished the session at 612p, a gain of 4.1% from 588p.",
        False),
    Row("FC203", "The Orvell 40 settled at 15,900, down 2.5% from 16,300 at the start of the "
        "month.", False),
    # FC203: a comparative's difference, either way; its level after told before
    Row("FC203", "The new runway measures 3,200 metres. That makes it 600 metres longer than "
        "the old 2,800-metre strip.", True),
    Row("FC203", "The cathedral spire stands 94 metres tall, 21 metres taller than the "
        "80-metre chapel tower beside it.", True),
    Row("FC203", "The ferry now weighs 8,900 tonnes. It is 1,500 tonnes heavier than the "
        "8,100-tonne vessel it replaced.", True),
    Row("FC203", "The new runway measures 3,200 metres. That makes it 400 metres longer than "
        "the old 2,800-metre strip.", False),
    Row("FC203", "The cathedral spire stands 94 metres tall, 14 metres taller than the "
        "80-metre chapel tower beside it.", False),
    Row("FC203", "The new runway measures 3,200 metres. The cargo apron is 600 metres longer "
        "than the old 2,800-metre strip.", False),
    Row("FC203", "Hollin Dam holds 182 billion litres. It stores 30 billion litres more "
        "than the Brack reservoir, which holds 140 billion litres.", True),
    Row("FC203", "Hollin Dam holds 182 billion litres. It stores 42 billion litres more "
        "than the Brack reservoir, which holds 140 billion litres.", False),
    # FC203: a change opening with a pronoun, its level before after it, its level after
    # the one of its unit told in the sentence before
    Row("FC203", "The museum drew 212,000 visitors in 2024. It was a rise of 30% from "
        "190,000 the year before.", True),
    Row("FC203", "Exports reached $4.1bn last year. This was 18% more than the $3.8bn of a "
        "year earlier.", True),
    Row("FC203", "The fleet now numbers 640 buses. That is up 40% on the 520 buses it ran in "
        "2019.", True),
    Row("FC203", "The museum drew 212,000 visitors in 2024. It was a rise of 12% from "
        "190,000 the year before.", False),
    Row("FC203", "Exports reached $4.1bn last year. This was 8% more than the $3.8bn of a "
        "year earlier.", False),
    Row("FC203", "The museum drew 212,000 visitors in 2024. Its café saw a rise of 30% from "
        "190,000 customers.", False),
    Row("FC203", "The museum employs 212 staff. It saw a rise of 30% in visitors from "
        "190,000.", False),
    Row("FC203", "The plant made 8,400 cars in March. That was up 40% on February, when it "
        "made 7,900 vans.", False),
    miss(Row("FC203", "Membership is now 5,600. That is up 25% on the 4,900 members of 2022.",
             True), "'membership' and 'member' are not read as one measure"),
    # FC202: a period named as a possessor is another period's figure
    Row("FC202", "Attendance at Firhill averaged 4,100 this season, down 30%. Last season's "
        "average was 5,200.", False),
    Row("FC202", "The Corrie Trust spent £2.1m this year. Next year's budget of £2.6m was "
        "approved on Monday.", False),
    Row("FC202", "Kendal recorded 112 mm of rain this week. Last week's total of 40 mm was "
        "modest.", False),
    # FC202: a level under a verb of its own, beside a change of another measure
    Row("FC202", "Hexham, where rents rose 8% last year, has 16,000 residents. Hexham's "
        "24,000 residents face a housing squeeze.", True),
    Row("FC202", "Dunmore, whose jobless rate climbed to 7%, is home to 58,000 people. "
        "Dunmore's 85,000 inhabitants elect four councillors.", True),
    Row("FC202", "Prices at the Solway festival rose again, and the festival sold 12,000 "
        "tickets. Organisers said the festival's 21,000 tickets went in a day.", True),
    Row("FC202", "Hexham, where rents rose 8% last year, has 16,000 residents. Hexham's "
        "16,000 residents face a housing squeeze.", False),
    Row("FC202", "Hexham has 16,000 residents, up 20% on 2015. Hexham's 13,000 residents of "
        "2015 had fewer homes.", False),
    Row("FC202", "Hexham's population rose 8% last year, to 16,000. Hexham's 15,000 "
        "residents in 2015 had fewer homes.", False),
    Row("FC202", "Dunmore, whose jobless rate climbed to 7%, is home to 58,000 people. "
        "Dunmore's 58,000 inhabitants elect four councillors.", False),
    Row("FC203", "Dunmore's population climbed 7% to 58,000. Dunmore's 54,000 inhabitants of "
        "2015 elected three councillors.", False),
    # FC201: a restatement after the dimension's adjective and a dash, or after a clause
    # that says "the same amount"
    Row("FC201", "The loch is 23 miles long - some 25 kilometres.", True),
    Row("FC201", "The summit rises to 4,400 feet, which is about 1,900 metres.", True),
    Row("FC201", "The reservoir is 60 metres deep, the equivalent of 140 feet.", True),
    Row("FC201", "The loch is 23 miles long - some 37 kilometres.", False),
    Row("FC201", "The summit rises to 4,400 feet, which is about 1,340 metres.", False),
    Row("FC201", "The reservoir is 60 metres deep, the equivalent of 197 feet.", False),
    Row("FC201", "The loch is 23 miles long, 2 km wide and 40 metres deep.", False),
    Row("FC201", "The pitch is 110 metres long, 70 yards wide.", False),
    # FC206: an age or span dated after the draft counts to its own year
    Row("FC206", "Orla Finch, who was born in 1968, turns 63 next year.", True),
    Row("FC206", "The Carlow viaduct, opened in 1921, turns 95 next year.", True),
    Row("FC206", "Born in 1990, he will turn 42 in 2029.", True),
    Row("FC206", "Orla Finch, who was born in 1968, turns 58 next year.", False),
    Row("FC206", "The Carlow viaduct, opened in 1921, turns 105 next year.", False),
    Row("FC206", "Reyes completed her degree in 2015 and has taught for 20 years.", False),
    Row("FC206", "Work on the tower was completed in 2020 after it had been planned for 40 "
        "years.", False),
    miss(Row("FC206", "The Tarn bridge, completed in 1921, turns 95 next year.", True),
         "'completed' ends a span as often as it starts one, so it starts none"),
    Row("FC206", "Born in 1990, he will turn 39 in 2029.", False),
    miss(Row("FC206", "Opened in 1958, the lido will be 75 next summer.", True),
         "the frame dates the age to the opening year, not to next summer"),
    # FC302: a points difference written in percent, the levels told elsewhere
    Row("FC302", "Pendle's base rate now sits at 3.75%. That is a 1.25 percent cut from the "
        "5% level set in March.", True),
    Row("FC302", "Food inflation eased to 4.1% in August. In July it had been 5.3%, so it "
        "fell by 1.2% in a month.", True),
    Row("FC302", "The savings rate stood at 6.4% in January. By May the level had dropped "
        "0.9%, to 5.5%.", True),
    Row("FC302", "Pendle's base rate now sits at 3.75%. That is a 1.25 percentage point cut "
        "from the 5% level set in March.", False),
    Row("FC302", "The savings rate stood at 6.4% in January. By May the level had dropped "
        "0.9 points, to 5.5%.", False),
    Row("FC302", "Food inflation eased to 4.1% in August. Wage growth was 5.3%, and the "
        "jobless rate fell by 1.2% in a month.", False),
    # FC202: a dated total or "the figure" restating a level of its subject and period
    Row("FC202", "Rainfall at Keswick reached 96 mm on Tuesday. Tuesday's total of 140 mm "
        "was the wettest day of the year.", True),
    Row("FC202", "Ashby Rovers drew a crowd of 8,400 on Saturday. The figure of 9,600 was the "
        "club's best this season.", True),
    Row("FC202", "Brora sold 38,000 tickets for the 2025 festival. The festival's 2025 total "
        "of 52,000 tickets was its best.", True),
    Row("FC202", "Rainfall at Keswick reached 96 mm on Tuesday. Wednesday's total of 140 mm "
        "was the wettest day of the year.", False),
    Row("FC202", "Rainfall at Keswick reached 96 mm on Tuesday. Ambleside's total of 140 mm "
        "was higher still.", False),
    Row("FC202", "Rainfall at Keswick reached 96 mm on Tuesday. Tuesday's total of 96 mm "
        "was the wettest day of the year.", False),
    Row("FC202", "The club has 300 members. A total of 340 members across its branches "
        "voted.", False),
    Row("FC202", "Season tickets at Dunmore cost £420 this year, up from £390. Fans said "
        "the £480 ticket was too dear.", True),
    miss(Row("FC202", "Around 2,000 people were evacuated from Selby on Sunday. Volunteers "
             "were still housing the 6,000 evacuees on Tuesday.", True),
         "two days named are read as an update; the later day dates the housing, not the "
         "count"),
]


test_round9_row = row_test(ROWS)
