"""FC202 on a later figure whose own phrase names another measure, a part, another span
or another time than the earlier figure of its subject (round 18, r18-fc202fa): the frames
lent it the earlier sentence's measure or dropped the words that narrow it
(factcheck.checks._own_phrase, factcheck.checks._chain.time_after). Our own phrasings;
near twins with the same measure, subject and period and another figure must still fire."""

from __future__ import annotations

from tests.checks.rows import each_test

ANOTHER_MEASURE = [  # the noun before "of" is another measure of the one subject
    "Harbour Foods made a profit of £41m in 2025. The firm's 2025 wage bill of £14m rose too.",
    "Northgate Council spent £210m in 2025, its accounts show. The council's 2025 debt of "
    "£88m worries auditors.",
    "Kestrel Academy had a budget of £6.2m in 2025. The school's 2025 energy bill of £0.4m "
    "doubled.",
    "St Mary's Hospital had a budget of £320m in 2025. The hospital's 2025 deficit of £19m "
    "was its largest.",
]
ANOTHER_MEASURE_TWINS = [
    "Harbour Foods made a profit of £41m in 2025. The firm's 2025 profit of £14m beat "
    "forecasts.",
    "St Mary's Hospital had a budget of £320m in 2025. The hospital's 2025 budget of £230m "
    "was its largest.",
    "Rovers paid wages of £56m in 2025. The club's 2025 wage bill of £38m was a record.",
]
A_PART = [  # a word before the head the earlier sentence lacks: a part of the thing
    "Lindqvist Group posted sales of €260m in 2025. The group's 2025 export sales of €62m "
    "grew fastest.",
    "St Mary's Hospital treated 91,000 patients in 2025. The hospital's 2025 cancer patients "
    "numbered 8,000.",
    "Northgate Council collected taxes of £140m in 2025. The council's 2025 business taxes of "
    "£35m fell.",
    "The county had a budget of £900m in 2025. The county's 2025 roads budget of £45m was "
    "cut.",
    "Ferris Academy enrolled 1,400 pupils in 2025. The academy's 2025 boarding pupils "
    "numbered 120.",
    "Calder Trust employed 2,900 nurses in 2025. The trust's 2025 agency nurses numbered 300.",
    "Tarn County ran 140 schools in 2025. The county's 2025 faith schools numbered 31.",
]
A_PART_TWINS = [
    "Lindqvist Group posted sales of €260m in 2025. The group's 2025 sales of €62m grew "
    "fastest.",
    "St Mary's Hospital treated 91,000 patients in 2025. The hospital's 2025 patients "
    "numbered 19,000.",
    "The county had a budget of £900m in 2025. The county's 2025 budget of £45m was cut.",
    "Northgate Council employed 4,800 staff in 2025. The council's 2025 staff numbered 6,000.",
]
ANOTHER_SPAN = [  # a period of another length: a quarter, a month, a day of the year
    "Marrow Bank made a profit of $1.9bn last year. The bank's quarterly profit of $0.5bn "
    "beat forecasts.",
    "Rovers earned revenue of £56m last year. The club's weekly revenue of £1.1m comes from "
    "tickets.",
    "St Mary's Hospital treated 91,000 patients last year. The hospital's daily patients "
    "numbered 250.",
    "Northgate Council spent £210m last year. The council's monthly spending of £17m is under "
    "review.",
    "Northgate Council's spending was £210m last year. Its monthly spending was £17m.",
    "Ferris Academy's canteen served 200,000 meals last year. The canteen's daily meals "
    "numbered 1,100.",
]
ANOTHER_SPAN_TWINS = [
    "Marrow Bank made a profit of $1.9bn last year. The bank's annual profit of $0.9bn beat "
    "forecasts.",
    "Marrow Bank made a quarterly profit of $0.5bn. The bank's quarterly profit of $0.9bn "
    "beat forecasts.",
    "Rovers earned weekly revenue of £1.1m. The club's weekly revenue of £1.6m comes from "
    "tickets.",
    "Marrow Bank's profit was $1.9bn last year. Its annual profit was $1.2bn.",
]
ANOTHER_TIME = [  # the time named after the noun is not the earlier figure's
    "A school meal costs £2.40 this term. Parents will pay the £2.90 school meal next term.",
    "A pass costs £48 this season. Fans can buy the £84 family pass next season.",
    "The gym membership costs £30 this year. Members face the £36 gym membership next year.",
    "A swim pass costs £22 this quarter. Swimmers will pay the £26 swim pass next quarter.",
    "The school trip costs £240 this term. Parents will pay the £290 school trip next term.",
]
ANOTHER_TIME_TWINS = [
    "A school meal costs £2.40 this term. Parents pay the £2.90 school meal this term.",
    "A pass costs £48 this season. Fans can buy the £84 pass this season.",
    "Rovers' season ticket costs £380 this season. Fans bought the £420 season ticket this "
    "season.",
    "A parking permit costs £90 this year. Residents must pay the £120 parking permit this "
    "year.",
]


test_another_measure_part_span_or_time_stays_silent = each_test("FC202", False, [
    *ANOTHER_MEASURE, *A_PART, *ANOTHER_SPAN, *ANOTHER_TIME])


test_the_same_measure_span_and_time_fires = each_test("FC202", True, [
    *ANOTHER_MEASURE_TWINS, *A_PART_TWINS, *ANOTHER_SPAN_TWINS, *ANOTHER_TIME_TWINS])
