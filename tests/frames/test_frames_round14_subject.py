"""Frames of our own sentences for the subjects round 14 fixed (issue 14, a data desk's
trial that produced a false "supported"). Each class has rows that change and near-twins
that must not. Rows: (text, figure, expected subject).

1. A reference back ("the town's", "the club", "its") and a subject carried on from a
   sentence naming nobody never cross a paragraph break (DESIGN.md, Frames): with no
   fitting entity in its paragraph the frame has no subject (antecedents.resolve).
2. A capitalised word the tagger misreads (a common noun, an adverb) and the recogniser
   misses is a name where the parse puts one: a clause's subject standing alone, the head
   of an apposition naming a kind of entity, a possessive owner (names.unknown_opener);
   known common nouns, days, months and appositions of no kind of entity are not.
3. A name owning a noun set in apposition with a speaker ("Harven Mills, Britain's oldest
   paper maker, said its ...") describes the speaker; "its" is the speaker's
   (antecedents.speakers).
4. A part "of them" refers back to its whole's entity (noun_entity.attached); a language
   names no entity (names.entity_name); a total, which takes its first part's subject,
   then takes the right one.
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2025-09-01"
ROWS = [
    # 1. across a paragraph break: no subject
    ("Harwick Rovers sold 18,000 season tickets.\n\nThe club's wage bill is £31m.", "£31m",
     None),
    ("Dunmore General has 640 beds.\n\nThe hospital's waiting list is 9,100 patients.",
     "9,100 patients", None),
    ("Pellow Foods made a profit of £12m.\n\nThe company employs 2,300 people.",
     "2,300 people", None),
    ("The Arden burst its banks on Monday.\n\nIts flow peaked at 310 cubic metres a second.",
     "310 cubic metres a second", None),
    ("Kelby recorded 412 burglaries last year.\n\nThe town's population is 21,500.",
     "21,500", None),
    ("Tarrowby set a budget of £90m.\n\nAbout 3,100 people work for the council.",
     "About 3,100 people", None),
    # ... near-twins: the same in one paragraph; a name in the figure's own paragraph
    ("Harwick Rovers sold 18,000 season tickets. The club's wage bill is £31m.", "£31m",
     "Harwick Rovers"),
    ("Dunmore General has 640 beds. The hospital's waiting list is 9,100 patients.",
     "9,100 patients", "Dunmore General"),
    ("Pellow Foods made a profit of £12m. The company employs 2,300 people.",
     "2,300 people", "Pellow Foods"),
    ("The Arden burst its banks on Monday. Its flow peaked at 310 cubic metres a second.",
     "310 cubic metres a second", "Arden"),
    ("Kelby recorded 412 burglaries last year. The town's population is 21,500.", "21,500",
     "Kelby"),
    ("Markets were calm.\n\nKelby's population is 21,500.", "21,500", "Kelby"),
    # 2. a name the recogniser misses, where the parse puts a name
    ("Eastmoor, a mill town, has 14,900 residents.", "14,900 residents", "Eastmoor"),
    ("Southmere, a biscuit maker, employs 900 staff.", "900 staff", "Southmere"),
    ("Broadmere, a rugby club, sold 9,200 season tickets.", "9,200 season tickets",
     "Broadmere"),
    ("Coldbrook, a chalk stream, runs for 40 km.", "40 km", "Coldbrook"),
    ("Broadmere's wage bill reached £14m.", "£14m", "Broadmere"),
    ("Coldbrook's hospital has 420 beds.", "420 beds", "Coldbrook"),
    ("Eastmoor is a mill town. Its population is 14,900.", "14,900", "Eastmoor"),
    ("Stillwater is hiring. The firm employs 1,450 people.", "1,450 people", "Stillwater"),
    # ... near-twins: common nouns, days and months, an apposition of no kind of entity
    ("Truancy, a growing problem, rose 4%.", "4%", None),
    ("Ticketing, a new system, sold 4,000 seats.", "4,000 seats", None),
    ("Wednesday, a busy day, saw 4,000 visitors.", "4,000 visitors", None),
    ("Thursday's crowd was 31,000.", "31,000", None),
    ("March's inflation was 3.1%.", "3.1%", None),
    ("Ridership on the tram rose 8%.", "8%", None),
    # 3. a speaker's apposition ("Britain's oldest paper maker") describes the speaker:
    # its owner is not what "its" refers to
    ("Harven Mills, Britain's oldest paper maker, said its sales fell 8% to £41m.", "£41m",
     "Harven Mills"),
    ("Corvel Air, Asia's fastest-growing airline, said its fleet grew to 88 planes.",
     "88 planes", "Corvel Air"),
    ("The Dunmore Trust, Scotland's largest housing charity, said its waiting list "
     "reached 9,400 families.", "9,400 families", "Dunmore Trust"),
    ("Pellow Foods, France's biggest biscuit maker, reported that its exports rose 12%.",
     "12%", "Pellow Foods"),
    ("Its sales fell 8% to £41m, Harven Mills, Britain's oldest paper maker, said.",
     "£41m", "Harven Mills"),
    # ... near-twins: the name in apposition to the description; a speaker alone
    ("Britain's oldest paper maker, Harven Mills, said its sales fell 8% to £41m.", "£41m",
     "Harven Mills"),
    ("Harven Mills said its sales fell 8% to £41m.", "£41m", "Harven Mills"),
    ("Norway's central bank said its reserves rose to 90 billion crowns.",
     "90 billion crowns", "Norway"),
    # 4. a part "of them" is about its whole's entity, and a language ("speak Welsh") is
    # no entity (a total takes its first part's subject: it must be the right one)
    ("Kelby's school roll rose to 2,400 pupils. About 20% of them speak Polish at home.",
     "About 20%", "Kelby"),
    ("Kelby's school roll rose to 2,400 pupils. About 20% of them speak Polish at home.",
     "2,400 pupils", "Kelby"),
    ("The Tarn Hospital employs 900 nurses; 40% of them speak Spanish.", "900 nurses",
     "Tarn Hospital"),
    ("Brenmoor's council has 60 staff. Half of them speak Welsh.", "Half", "Brenmoor"),
    ("Brenmoor's council has 60 staff. Half of them speak Welsh.", "60 staff", "Brenmoor"),
    ("Ardley School has 800 pupils, and a quarter of those learn English at home.",
     "a quarter", "Ardley School"),
    # ... near-twins: the whole named in the part's own phrase or clause
    ("Fenmoor College enrols 5,100 students, and a third of them study French.",
     "a third", "Fenmoor College"),
    ("Harwick has 31,000 residents, and 8% of them speak Gaelic.", "8%", "Harwick"),
    ("About 40% of Kelby's pupils speak Polish.", "About 40%", "Kelby"),
    # known misses: a title or a common noun the recogniser labels a name is still read
    # as one (not this round's mechanism)
    pytest.param("Chairwoman's pay rose 4%.", "4%", None, marks=pytest.mark.xfail(
        strict=True, reason="the recogniser labels the title a name")),
    pytest.param("Footfall, a key measure, fell 6%.", "6%", None, marks=pytest.mark.xfail(
        strict=True, reason="the recogniser labels the common noun a name")),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert found[0].subject == expected
