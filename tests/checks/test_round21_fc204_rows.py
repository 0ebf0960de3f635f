"""Round 21, FC204: a whole that includes a part written with a hyphenated modifier, whose
figure's noun stops at the hyphen ("760 intensive-care beds" read as "760 intensive"): the
part's frame names the head of what it counts ("care bed"), the whole's noun
(factcheck.checks._included). Our own phrasings; near twins with a part that fits, and a
part of another thing, must stay silent."""

from __future__ import annotations

from tests.checks.rows import fires_test

HYPHENED_ROWS = [
    ("The clinic's 530 beds include 760 intensive-care beds, the trust said.", True),
    ("The port's 40 cranes include 65 ship-to-shore cranes.", True),
    ("The county's 75 schools include 90 single-sex schools, the report said.", True),
    ("The airline's 48 planes include 60 long-haul planes.", True),
    # near twins: the part fits, or counts another thing
    ("The clinic's 530 beds include 460 intensive-care beds, the trust said.", False),
    ("The port's 40 cranes include 25 ship-to-shore cranes.", False),
    ("The airline's 48 planes include 16 long-haul planes.", False),
    ("The farm's 300 cows include 420 free-range hens.", False),
    ("The 20-room hotel includes 40 king-size beds.", False),
]

test_hyphened_part = fires_test("FC204", HYPHENED_ROWS)
