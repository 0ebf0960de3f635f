"""Round 25, FC202: a later count of a part written with a hyphenated modifier ("the
infirmary's 60 intensive-care beds" after "480 beds") is no second figure for the same
thing. The extractor now reads the compound with its head ("intensive-care beds",
factcheck.extract.nouns), where it used to stop at the hyphen and lend the count the
earlier noun. Our own phrasings; near twins that tell the same count again must still
fire."""

from __future__ import annotations

from tests.checks.rows import fires_test

ROWS = [
    ("The Royal Infirmary has 480 beds, the board said. The infirmary's 60 intensive-care "
     "beds were full on Monday.", False),
    ("Calder Academy has 1,300 pupils. The academy's 90 full-time boarders pay fees.", False),
    # round 27: the key carries the own noun's modifiers (_level_keys._narrowed_by_noun)
    ("Harlow Transport runs 210 buses. The firm's 35 low-emission buses cost more.", False),
    ("Westmoor Council employs 4,200 staff. The council's 600 part-time staff got a rise.",
     False),
    # near twins: the same count told again with another figure
    ("The Royal Infirmary has 480 beds, the board said. The infirmary's 60 beds were full "
     "on Monday.", True),
    ("Harlow Transport runs 210 buses. The firm's 35 buses cost more.", True),
    ("Westmoor Council employs 4,200 staff. The council's 600 staff got a rise.", True),
]

test_hyphened_part_is_no_restatement = fires_test("FC202", ROWS)
