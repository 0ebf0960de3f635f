"""FC203: a level set against the change's new level ("compared with", "against") that
the words right after it mark as expected, forecast, predicted or targeted (story.tsv,
class "unstated") is what the result is measured against, not the level before the change
(factcheck.checks._against_levels.expected); the same sentences against a dated earlier
level still fire. Rows in our own words; the draft date is rows.DESK_AS_OF."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    # a forecast or target after "compared with"/"against": silent
    ("Orders at the plant rose 12% to 61,000, compared with 48,000 expected.", False),
    ("Passenger numbers rose 9% to 1.2 million, compared with 900,000 forecast.", False),
    ("Exports fell 4% to $3.1bn, against $2.5bn predicted by economists.", False),
    ("Membership stands at 640, compared with 815 targeted, a shortfall of 21%.", False),
    # near-twins: the same levels dated in the past are the change's ends: fires
    ("Orders at the plant rose 12% to 61,000, compared with 48,000 a year earlier.", True),
    ("Passenger numbers rose 9% to 1.2 million, compared with 900,000 last year.", True),
    ("Exports fell 4% to $3.1bn, against $2.5bn in 2023.", True),
    ("Membership stands at 640, compared with 815 a decade ago, a drop of 30%.", True),
]

test_expected_level = fires_test("FC203", ROWS)
