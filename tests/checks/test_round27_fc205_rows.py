"""FC205, round 27: shares of one group that are overlapping attributes, not one partition
(factcheck.checks._attributes): two clauses of different verbs, one bringing in a thing of
its own ("45% own a bike"), answer two yes-or-no questions. Rows in our own words; the
draft date is 2026-11-30."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _fires(text: str) -> bool:
    return "FC205" in [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]


@pytest.mark.parametrize(("text", "fires"), [
    # two attributes of one group: each share of the same people, the answers may overlap
    ("Of the commuters polled, 70% drive and 45% own a bike.", False),
    ("Some 70% of residents drive, 45% own a bike.", False),
    ("Among the tenants surveyed, 58% rent and 51% have a pet.", False),
    ("Of the staff asked, 64% walk to the office and 52% keep a car.", False),
    ("Nearly 80% of the villagers grow vegetables, while 35% own a greenhouse.", False),
    ("Among the pensioners polled, 62% use the library and 48% hold a bus pass.", False),
    # near-twins: one choice, its answers exclusive (no thing of its own, a pronoun, a
    # negation, a list of three, the writer's rest), so the sum past 100% fires
    ("Of the commuters polled, 70% drive and 45% cycle.", True),
    ("In the poll, 62% supported the plan, 45% opposed it and 3% had no opinion.", True),
    ("Among drivers, 58% have a garage and 51% don't.", True),
    ("Of the flats' tenants, 47% rent, 38% own their home and 24% have a mortgage.", True),
    ("At the clinic, 52% of patients came on foot. The other 55% took a taxi.", True),
    ("Of the pupils, 40% were graded A, 44% B and 31% C.", True),
])
def test_attributes_or_one_choice(text: str, fires: bool) -> None:
    assert _fires(text) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # one question, two answers: a verb of saying written again, the later clause's
    # subject a pronoun pointing back or the very word of the first (factcheck.checks.
    # _asked_once.said_again), its whole written after the first share
    ("Sixty-two percent of tenants said the repairs were slow, while 41% said they were "
     "quick enough.", True),
    ("Seventy percent of members said the fee was fair and 36% said it was too high.", True),
    ("Half of the farmers said they lease their land and 61% said they own it.", True),
    ("In the survey of shop owners, 55% said trade had picked up, and 52% said it had "
     "fallen.", True),
    ("Eighty percent of the riders said the new saddles were comfortable and 29% said they "
     "were too hard.", True),
    # near-twins: two questions (another thing after the verb), or they fit
    ("Seventy percent of members said the fee was fair and 65% said the bar prices were "
     "too high.", False),
    ("In the survey of shop owners, 55% said trade had picked up, and 52% said rents had "
     "fallen.", False),
    ("Of the parents polled, 58% said the timetable had helped, 49% said the fares were "
     "too high.", False),
    ("Sixty-two percent of tenants said the repairs were slow, while 31% said they were "
     "quick enough.", False),
])
def test_one_question_said_again(text: str, fires: bool) -> None:
    assert _fires(text) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # a whole split by a category: the first share and its whole the subject of the
    # verb after them (whatever stands before: "said", "show"), the later shares that
    # verb's clause with the verb left out before the preposition (factcheck.checks.
    # _gapping: gapped, verb_after_whole)
    ("The brewer said 52% of its beer was sold in pubs, 31% in shops and 24% in bars.", True),
    ("Of the region's jobs, 44% were in services, 35% in industry and 27% in farming.", True),
    ("The census showed that 51% of the county's workers were in towns, 38% in villages and "
     "19% on farms.", True),
    ("A spokesman said 47% of the port's cargo was in containers, 36% in bulk and 22% in "
     "tankers.", True),
    ("Figures show 55% of the county's farmland is in grass, 30% in cereals and 21% in "
     "woodland.", True),
    # near-twins: they fit, a later share of another year, or of another whole
    ("The brewer said 52% of its beer was sold in pubs, 31% in shops and 14% in bars.", False),
    ("Of the region's jobs, 44% were in services, and 64% in 2019.", False),
    ("A spokesman said 47% of the port's cargo was in containers, and 52% in 2015.", False),
    ("The report said 58% of the county's roads were in good repair, while 49% of its "
     "bridges were in poor repair.", False),
    ("Officials said 39% of the island's visitors were from Germany, and 45% of its hotel "
     "rooms were full.", False),
])
def test_whole_split_by_category(text: str, fires: bool) -> None:
    assert _fires(text) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # an answer word used as a preposition before two different things: two questions
    ("Of the cattle tested, 62% were screened for TB and 55% were screened for BVD.", False),
    ("Among the staff, 71% were trained in first aid and 48% were trained in fire safety.",
     False),
    ("Of the flock, 58% were vaccinated against bluetongue and 52% were vaccinated against "
     "orf.", False),
    # the same word ending its clause, or a pronoun: one question again
    ("In the ballot, 64% of members voted for and 45% voted against.", True),
    ("Of the members polled, 60% said they were for the merger and 52% said they were "
     "against it.", True),
    ("Asked about the plan, 62% were in favour and 47% were against.", True),
])
def test_an_answer_word_before_another_thing(text: str, fires: bool) -> None:
    assert _fires(text) is fires
