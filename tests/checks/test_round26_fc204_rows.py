"""Round 26, FC204: a whole of people written with a noun that takes no plural ("Its 900 staff
include 1,200 nurses"), whose noun the extractor runs on to the verb of inclusion ("staff
include"): the noun cut before the verb is read, a zero plural counts as plural, and a
noun whose cue names an agent ("staff": employee) names people
(factcheck.checks._included). Our own phrasings; near twins whose part fits, or whose verb
is no verb of inclusion, or whose whole is no body of people, must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

STAFF_ROWS = [
    ("The hospital's 900 staff include 1,200 nurses, the trust said.", True),
    ("The agency's 300 staff include 420 translators.", True),
    ("Ardley Foods' 2,100 staff include 2,600 drivers, a spokesman said.", True),
    ("The 60 staff include 90 volunteers, the charity said.", True),
    ("The college's 45 staff include 70 lecturers.", True),
    # near twins
    ("The hospital's 900 staff include 600 nurses, the trust said.", False),
    ("The hospital's 900 staff treat 1,200 patients a day.", False),
    ("The city's 3 stations include 40 platforms.", False),
    ("The agency's 300 staff include 120 translators.", False),
]

test_staff_whole = fires_test("FC204", STAFF_ROWS)
