"""The indexes the story-wide readings look claims up in (built once per draft, so that a
long draft is read in linear time) give what their plain definitions give, on drafts of
several paragraphs: the sentence a claim is in, the claims of a sentence, whether a blank
line stands between two claims; and the change verb before coordinated figures is found
where a search of all the text before them finds it."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import Document
from factcheck.checks._story import in_sentence, paragraph_break, sentence_index
from factcheck.config import DEFAULT
from factcheck.extract import extract
from factcheck.extract.combine import _VERB_BEFORE, _verb_before
from factcheck.frames import stage

DRAFTS = [
    "The depot has 40 buses. It runs 12 routes.\n\nFares rose 5% in 2024. About 3,000 "
    "people ride each day.\n\nThe depot employs 210 drivers; 35 are part-time.",
    "A 12 km path opened in 2019 for 4,000 walkers.\n\n\nIts 3 bridges cost £2m. The second "
    "took 9 weeks.",
    "Rainfall was 81 mm in June, 20% above normal.\n \nJuly had 44 mm. August had 60 mm "
    "and 11 wet days.\n\nThe reservoir is 93% full.",
]


def _document(text: str) -> Document:
    claims = tuple(extract(text))
    frames, contexts = stage(text, claims, date(2025, 8, 27))
    return Document(text=text, claims=claims, contexts=contexts, as_of=date(2025, 8, 27),
                    config=DEFAULT, frames=frames)


@pytest.mark.parametrize("text", DRAFTS)
def test_story_indexes_match_their_definitions(text: str) -> None:
    doc = _document(text)
    n = len(doc.claims)
    assert n >= 5
    starts = sorted({ctx.sentence[0] for ctx in doc.contexts})
    for i in range(n):
        k = starts.index(doc.contexts[i].sentence[0])
        assert sentence_index(doc, i) == k
        assert in_sentence(doc, k) == tuple(j for j in range(n) if sentence_index(doc, j) == k)
        assert doc.by_sentence[doc.contexts[i].sentence] == tuple(
            j for j in range(n) if doc.contexts[j].sentence == doc.contexts[i].sentence)
        for j in range(n):
            plain = "\n\n" in text[doc.claims[i].end : doc.claims[j].start]
            assert paragraph_break(doc, i, j) == plain
    assert in_sentence(doc, len(starts)) == ()


VERB_TEXTS = [  # (text, whether a change verb stands before a figure)
    ("Sales rose 5% and 7% in the two years.", True),
    ("Fees fell   by \n 3 and 4 per cent, and rents were up 2 and 6 points.", True),
    ("Output climbed\n\n   down 8 and 9 units; prices grew  up  1 and 2%.", True),
    ("Costs dropped" + " " * 300 + "by" + " " * 200 + "3 and 4%.", True),
    ("The standby 4 and 5 kg loads, the setup 6 and 7 units.", False),
    ("Prices in the north were 3% and 5% higher.", False),
]


@pytest.mark.parametrize(("text", "verb"), VERB_TEXTS)
def test_verb_before_finds_what_a_full_search_finds(text: str, verb: bool) -> None:
    found = [end for end in range(len(text) + 1) if _verb_before(text, end)]
    assert found == [end for end in range(len(text) + 1)
                     if _VERB_BEFORE.search(text[:end]) is not None]
    assert bool(found) == verb
