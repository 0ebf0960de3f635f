"""Round 14, a data desk's trial (issue 14, subject): a wrong figure about one entity was
called supported by another entity's row. Two mechanisms (factcheck.frames):

- a reference back ("the town's", "the club", "its") and a subject carried on from
  context never cross a paragraph break (DESIGN.md, Frames: "the last entity of a fitting
  kind in the paragraph"): with no fitting entity in the paragraph the frame has no
  subject and the figure stays unverifiable;
- a capitalised name the recogniser misses ("Eastmoor, a mill town, has ...") is still a
  subject where the parse puts a name: a clause's subject, the head of an apposition, a
  possessive owner (frames.names.unknown_opener).

The table (tests/reference/data/desk_round14.csv) and the sentences are ours; each
draft's second paragraph gives the first entity's figure to another: contradicted or
unverifiable, never supported. Near-twins give each entity its own figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check

TABLE = Path(__file__).parent / "data" / "desk_round14.csv"
AS_OF = "2025-09-01"


def _last(draft: str) -> tuple[str, str | None]:
    """The status of the draft's last figure and its frame's subject."""
    report = check(draft, references=[TABLE], bundled=False, as_of=AS_OF)
    return report.verdicts[-1].status, report.frames[-1].subject


@pytest.mark.parametrize(("draft", "status", "subject"), [
    # a reference back, its paragraph naming no entity: no subject
    ("Kelby's budget is £184.5m.\n\nThe town's population is 52,310.", "unverifiable", None),
    ("Harwick Rovers sold 18,000 season tickets.\n\nThe club sold 18,000 season tickets.",
     "unverifiable", None),
    ("Dunmore General has 640 beds.\n\nThe hospital has 640 beds.", "unverifiable", None),
    ("Pellow Foods employs 2,300 people.\n\nThe company employs 2,300 people.",
     "unverifiable", None),
    ("The Arden is 94 km long.\n\nThe river is 94 km long.", "unverifiable", None),
    ("Kelby's budget is £184.5m.\n\nAbout 52,310 people live there.", "unverifiable", None),
    # a name the recogniser misses, in its own paragraph or before the reference
    ("Kelby's budget is £184.5m.\n\nEastmoor is growing fast. The town's population is "
     "52,310.", "contradicted", "Eastmoor"),
    ("Kelby's budget is £184.5m.\n\nEastmoor, a mill town, has 52,310 people.",
     "contradicted", "Eastmoor"),
    ("Harwick Rovers sold 18,000 season tickets.\n\nBroadmere, a rugby club, sold 18,000 "
     "season tickets.", "contradicted", "Broadmere"),
    ("Pellow Foods employs 2,300 people.\n\nStillwater is hiring. The firm employs 2,300 "
     "people.", "contradicted", "Stillwater"),
    ("The Arden is 94 km long.\n\nColdbrook, a chalk stream, runs for 94 km.",
     "contradicted", "Coldbrook"),
    ("Dunmore General has 640 beds.\n\nRedwater's hospital has 640 beds.", "contradicted",
     "Redwater"),
])
def test_another_entitys_figure_is_never_supported(draft: str, status: str,
                                                   subject: str | None) -> None:
    assert _last(draft) == (status, subject)


@pytest.mark.parametrize(("draft", "subject"), [
    # near-twins: the reference in the same paragraph as its entity; each its own figure
    ("Kelby's budget is £184.5m. The town's population is 52,310.", "Kelby"),
    ("Harwick Rovers sold 9,200 tickets. The club sold 18,000 season tickets.",
     "Harwick Rovers"),
    ("Pellow Foods is hiring. The company employs 2,300 people.", "Pellow Foods"),
    ("Eastmoor, a mill town, has 31,200 people.", "Eastmoor"),
    ("Broadmere, a rugby club, sold 9,200 season tickets.", "Broadmere"),
    ("Stillwater is hiring. The firm employs 1,450 people.", "Stillwater"),
    ("Coldbrook, a chalk stream, runs for 40 km.", "Coldbrook"),
    ("Markets were calm.\n\nRedwater's hospital has 420 beds.", "Redwater"),
])
def test_each_entitys_own_figure_is_supported(draft: str, subject: str) -> None:
    assert _last(draft) == ("supported", subject)
