"""Round 25, FC203: a change told in the sentence after its two levels, whose sentence
goes on to say it set a record "since" a time ("The 9% rise was the largest since
2019"): the span after a superlative is the record's, no base of the change of its own
(factcheck.checks._story_levels._names_base), so the levels before are its ends. Our own
phrasings; near twins whose arithmetic holds, or whose "since" is the change's own base,
stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

RECORD_SINCE_ROWS = [
    # the record's "since": the levels in the sentence before are the change's ends
    ("Kelso Mills sold 5,480 bales on Friday, up from 5,230 a week earlier. The 2.5% gain "
     "was its biggest since March.", True),
    ("Ferry crossings fell to 3,100 in July, down from 3,600 a year earlier. The 5% drop "
     "was the largest since 2019.", True),
    ("The club signed 840 members this year, up from 700 in 2025. The 12% rise was the "
     "most since the club opened.", True),
    ("The museum drew 61,000 visitors in 2025, against 48,000 the year before. Its "
     "12% jump was the biggest since 2010.", True),
    ("Wheat output reached 4.2 million tonnes, up from 3.5 million tonnes last season. "
     "That seven per cent rise was the highest since 2012.", True),
    # near twins: the change is right, or "since" is the change's own base
    ("Kelso Mills sold 5,480 bales on Friday, up from 5,230 a week earlier. The 4.8% gain "
     "was its biggest since March.", False),
    ("Ferry crossings fell to 3,100 in July, down from 3,600 a year earlier. The 14% drop "
     "was the largest since 2019.", False),
    ("The club signed 840 members this year, up from 700 in 2025. The 20% rise was the "
     "most since the club opened.", False),
    ("Kelso Mills sold 5,480 bales on Friday. Sales are up 12% since March.", False),
    ("The museum drew 61,000 visitors in 2025, against 48,000 the year before. Visits "
     "have risen 40% since 2010.", False),
]

test_record_since_is_no_base = fires_test("FC203", RECORD_SINCE_ROWS)
