"""Round 12 rows (issue 15, the nu10 editor's trial), our own sentences; AS_OF is 2025-10-01.

Links read the story, not the paragraph. News copy puts each sentence in a paragraph of
its own, so a sentence that points back to a whole ("Of those, ...", "The sum is divided
between ...", "... of its singers", "The remaining ...", a share with no whole of its
own) reaches the sentences before it across a blank line, within each reading's window
in sentences; never across a heading or a rule (a paragraph that does not end as a
sentence ends: factcheck.checks._sections.section_break). Two paragraphs about different
things, with nothing pointing back, stay apart.

FC202: a figure written as a thing already told ("the college's 8,900 students")
restates the whole of a list ("enrols 8,400 students, 5,100 full-time and 3,300
part-time"), not its last member; a whole with its parts (the frames' "total") is a level
of the thing; a possessed re-mention is looked for across paragraphs and over other
figures (factcheck.checks._mentions.STORY_BACK). "the county's" no longer resolves to
the county a paragraph before named (round 14: a reference back stays in its paragraph,
DESIGN.md, Frames); the re-mention is found by its words all the same.
"""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import AS_OF, Row, row_test

ROWS: list[object] = [
    # FC207: a whole broken down in the next paragraph
    Row("FC207", "Firefighters attended 640 call-outs in August.\n\nOf those, 410 were grass "
        "fires, 150 car fires and 120 house fires.", True),
    Row("FC207", "The library lent 9,200 books last month.\n\nOf these, 5,100 were novels, "
        "2,600 picture books and 1,900 biographies.", True),
    Row("FC207", "The trust set aside £12 million for repairs this year.\n\nThe money is "
        "divided between roofs (£5.5m), windows (£4.1m) and boilers (£3.2m).", True),
    Row("FC207", "The depot runs 1,460 lorries.\n\nOf these, 1,020 are leased.\n\nThe "
        "remaining 540 are owned outright.", True),
    Row("FC207", "Volunteers counted 1,150 birds on the estuary.\n\nOf those, 700 were "
        "geese, 380 waders and 160 gulls.", True),
    # ... near-twins: the parts add up, a heading between, another thing with no link back
    Row("FC207", "Firefighters attended 640 call-outs in August.\n\nOf those, 410 were grass "
        "fires, 150 car fires and 80 house fires.", False),
    Row("FC207", "The trust set aside £12 million for repairs this year.\n\nThe money is "
        "divided between roofs (£5.5m), windows (£4.1m) and boilers (£2.4m).", False),
    Row("FC207", "The depot runs 1,460 lorries.\n\nOf these, 1,020 are leased.\n\nThe "
        "remaining 440 are owned outright.", False),
    Row("FC207", "The depot runs 1,460 lorries.\n\nFleet\n\nOf these, 1,020 are leased."
        "\n\nThe remaining 540 are owned outright.", False),
    Row("FC207", "Firefighters attended 640 call-outs in August.\n\nGrass fires\n\nOf those, "
        "410 were grass fires, 150 car fires and 120 house fires.", False),
    Row("FC207", "The library lent 9,200 books last month.\n\n---\n\nOf these, 5,100 were "
        "novels, 2,600 picture books and 1,900 biographies.", False),
    Row("FC207", "The library lent 9,200 books last month.\n\nThe museum sold 5,100 tickets, "
        "2,600 guides and 1,900 posters.", False),
    # FC204: a part that points back to a whole in the paragraph before
    Row("FC204", "The choir has 48 singers.\n\nOn Sunday, 53 of its singers performed at "
        "the cathedral.", True),
    Row("FC204", "The estate has 320 flats.\n\nLast year, 410 of them were re-roofed.", True),
    Row("FC204", "Our cricket club has ninety members.\n\nAt the meeting, 112 of its members "
        "voted for the merger.", True),
    Row("FC204", "The choir has 48 singers.\n\nOn Sunday, 43 of its singers performed at "
        "the cathedral.", False),
    Row("FC204", "The choir has 48 singers.\n\nAbout the choir\n\nOn Sunday, 53 of its "
        "singers performed at the cathedral.", False),
    Row("FC204", "The choir has 48 singers.\n\nOn Sunday, 53 singers from three schools "
        "performed at the cathedral.", False),
    # FC205: shares over one-sentence paragraphs
    Row("FC205", "Labour won 46% of the council vote.\n\nThe Greens took 31%.\n\nThe Liberal "
        "Democrats took 29%.", True),
    Row("FC205", "Trains carried 58% of the city's commuters.\n\nBuses carried 27%.\n\n"
        "Bicycles carried 19%.", True),
    Row("FC205", "Labour won 46% of the council vote.\n\nThe Greens took 31%.\n\nThe Liberal "
        "Democrats took 19%.", False),
    Row("FC205", "Trains carried 58% of the city's commuters.\n\nCommuting\n\nBuses carried "
        "27%.\n\nBicycles carried 19%.", False),
    # FC202: the whole of a list, not its last member; over figures and paragraphs
    Row("FC202", "The college enrols 8,400 students, 5,100 full-time and 3,300 part-time."
        "\n\nIt plans a new hall.\n\nThe college's 8,900 students will share it.", True),
    Row("FC202", "The airport has 42 gates, 30 of them for short-haul flights.\n\nOn Friday "
        "the airport's 24 gates were all in use.", True),
    Row("FC202", "The port handles 310 ships a month, 200 from Europe and 90 from Asia.\n\n"
        "Dock workers say the port's 350 ships a month strain the cranes.", True),
    Row("FC202", "The hospice has 64 beds, of which 12 are for children.\n\nThe hospice's "
        "46 beds were all taken in January.", True),
    Row("FC202", "Police in Northvale recorded 2,310 thefts last year.\n\nThe force has 1,400 "
        "officers and 600 staff.\n\nIts budget is £88 million.\n\nShe said "
        "the county's 2,130 thefts were far too many.", True),
    # ... near-twins: the same figure, a member named again, a heading, another owner
    Row("FC202", "The college enrols 8,400 students, 5,100 full-time and 3,300 part-time."
        "\n\nIt plans a new hall.\n\nThe college's 8,400 students will share it.", False),
    Row("FC202", "The college enrols 8,400 students, 5,100 full-time and 3,300 part-time."
        "\n\nThe college's 3,300 part-time students pay less.", False),
    Row("FC202", "The hospice has 64 beds, of which 12 are for children.\n\nThe hospice's "
        "64 beds were all taken in January.", False),
    Row("FC202", "Police in Northvale recorded 2,310 thefts last year.\n\nThe force has 1,400 "
        "officers and 600 staff.\n\nIts budget is £88 million.\n\nShe said "
        "the county's 2,310 thefts were far too many.", False),
    Row("FC202", "The airport has 42 gates, 30 of them for short-haul flights.\n\nThe "
        "ferry port\n\nOn Friday the port's 24 gates were all in use.", False),
]


test_round12_story_row = row_test(ROWS)


# FC202: a possessive noun of a place or organisation ("the council's") is no speaker's:
# the message names no source of the sentence as the owner of the figure.
SPOKEN = [
    ("Inspectors logged 860 complaints last year. Mr Hale said the council's 680 complaints "
     "were a record.", "Hale"),
    ("Officials counted 3,400 potholes this spring. Ms Rowe said the county's 4,300 potholes "
     "were a disgrace.", "Rowe"),
    ("The board reported 52 ward closures in 2024.\n\nDr Amin said the region's 25 ward "
     "closures hurt patients.", "Amin"),
    ("Wardens issued 1,900 parking fines in June. The city's 1,090 parking fines were too "
     "few, Councillor Lee said.", "Lee"),
    ("The firm shipped nine hundred orders on Monday. Its founder, Ana Ruiz, said the "
     "company's 990 orders set a record.", "Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKEN, ids=[s for _, s in SPOKEN])
def test_round12_speaker_is_no_owner(text: str, speaker: str) -> None:
    findings = [f for f in check(text, as_of=AS_OF).findings if f.code == "FC202"]
    assert len(findings) == 1, [f.message for f in findings]
    assert speaker not in findings[0].message, findings[0].message
