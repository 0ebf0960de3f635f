"""Round 8 rows (issue 15): one reading of "the same measure" for every check
(factcheck.checks._measures). FC202: two levels of one named subject whose measures are
written differently ("were killed" ... "the toll of", "seats" ... "-seat", "holds" ...
"capacity", "earns" ... "salary"), the later written as a thing already told. The
story readings (FC203, FC302) pair "pay" and "salaries", "joblessness" and
"unemployment". Our own sentences; AS_OF is 2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC202: one subject, one measure, written two ways
    Row("FC202", "Rescuers said 19 miners were killed in the blast at the Dunmore pit on "
        "Tuesday. Families gathered at the gates. The Dunmore blast's toll of 23 is the worst "
        "in the coalfield for decades.", True),
    Row("FC202", "The Harbour Theatre seats 1,240 people and reopens in May. Tickets go on "
        "sale next week. The 1,420-seat Harbour Theatre was built in 1911.", True),
    Row("FC202", "Brennan Arena holds 12,000 spectators. A new roof was fitted last year. The "
        "arena's capacity of 21,000 makes it the largest in the region.", True),
    Row("FC202", "Councillor Idris Vane earns £61,000 a year as leader. The post is "
        "part-time. Vane's salary of £16,000 a year was set in 2019.", True),
    Row("FC202", "Police said 26 people died when the Orla Hotel burned on Friday. Guests had "
        "been asleep. The toll from Friday's fire, 31, is the city's worst in decades.", True),
    Row("FC202", "Forty-one passengers were killed when the Aurel Express derailed. "
        "Investigators reached the site on Monday. The death toll of the Aurel Express crash, "
        "47, is the worst in the country's history.", True),
    miss(Row("FC202", "Eleven climbers died on Mount Severin during the storm, guides said. "
             "The toll from the storm on Mount Severin, 14, has shaken the valley.", True),
         "a bare number in commas after a place is read as an age or a span (frames)"),
    # near-twins: the same figure, another thing, another amount, another measure or time
    Row("FC202", "Rescuers said 19 miners were killed in the blast at the Dunmore pit on "
        "Tuesday. Families gathered at the gates. The Dunmore blast's toll of 19 is the worst "
        "in the coalfield for decades.", False),
    Row("FC202", "The Harbour Theatre seats 1,240 people and reopens in May. Tickets go on "
        "sale next week. The 1,420-seat Corn Exchange nearby was built in 1911.", False),
    Row("FC202", "Brennan Arena holds 12,000 spectators. A new roof was fitted last year. The "
        "remaining 2,100 seats went on sale on Friday.", False),
    Row("FC202", "Councillor Idris Vane earns £61,000 a year as leader. The post is "
        "part-time. Vane's expenses of £16,000 a year were published in 2019.", False),
    Row("FC202", "Brennan Arena holds 12,000 spectators. A new roof was fitted last year. Its "
        "old stand held 21,000 before the rebuild.", False),
    Row("FC202", "Police said 26 people died when the Orla Hotel burned on Friday. Guests had "
        "been asleep. The toll from Friday's fire, 26, is the city's worst in decades.", False),
    Row("FC202", "Police said 26 people died when the Orla Hotel burned on Friday. Guests had "
        "been asleep. The toll from the 1998 fire at the hotel, 31, was higher.", False),
    Row("FC202", "Forty-one passengers were killed when the Aurel Express derailed. "
        "Investigators reached the site on Monday. The injured of the Aurel Express crash, "
        "47, are in three hospitals.", False),
    Row("FC202", "Eleven climbers died on Mount Severin in 2024. The mountain's toll of 14 in "
        "2023 was worse.", False),
    # FC203: a change and its levels whose measures are written differently
    Row("FC203", "Average pay at the mill was £31,000 in 2023. A year later salaries had "
        "risen 8%, to £35,000.", True, "13%"),
    Row("FC203", "The jobless rate stood at 4.2% in January. By June unemployment had "
        "climbed 0.5 percentage points, to 4.9%.", True, "0.7 percentage points"),
    Row("FC203", "Pay at the depot averaged £540 a week in April. By October wages had "
        "risen 20%, to £600 a week.", True, "11%"),
    Row("FC203", "Average pay at the mill was £31,000 in 2023. A year later salaries had "
        "risen 13%, to £35,000.", False),
    Row("FC203", "The jobless rate stood at 4.2% in January. By June unemployment had "
        "climbed 0.7 percentage points, to 4.9%.", False),
    Row("FC203", "Pay at the depot averaged £540 a week in April. By October wages had "
        "risen 11%, to £600 a week.", False),
    # FC302: "joblessness" and "unemployment" are one measure
    Row("FC302", "Joblessness in the county reached 6.4% in March. A year earlier unemployment "
        "had stood at 5.1%, so it has risen by 1.3% in twelve months.", True,
        "1.3 percentage points"),
    Row("FC302", "Joblessness in the county reached 6.4% in March. A year earlier unemployment "
        "had stood at 5.1%, so it has risen by 1.3 percentage points.", False),
    Row("FC302", "Joblessness in the county reached 6.4% in March. A year earlier inflation "
        "had stood at 5.1%, and wages have risen by 1.3% in twelve months.", False),
]


test_row = row_test(ROWS)
