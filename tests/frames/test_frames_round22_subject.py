"""Frames of our own sentences for the subjects round 22 fixed (issue 14, the pool of
spent blind sets). Each class has rows that change and near-twins that must not. Rows:
(text, figure, expected subject).

1. A common noun that opens its sentence, capitalised only for that (and so read as a
   name by the tagger or the recogniser), is measured in the named place of its own
   preposition or of the noun it modifies ("Burglary reports across Elstow fell",
   "Buses in Tarnholm carried"): frames.placed_opener.
2. A figure a reporting verb reports as its object, or compares that object with ("Acme
   reported a loss of $83m, against a profit of $12m", "..., up from ...", "..., 9% more
   than ..."), with no clause of its own between, is the speaker's own, when the speaker
   is the only entity named: frames.verbs.reported_by.
3. A speaker named by a role (a common noun heading the reporting verb's subject) speaks
   for the role's owner ("Tarnby's chief engineer said ...", "Doctors at Kelm Hospital
   say ...", "Its owners, X, say ..."): frames.speaker_owner.
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2025-09-01"
ROWS = [
    # 1. an opening common noun measured in a named place
    ("Tuberculosis cases in Marrowby climbed to 212 last year.", "212", "Marrowby"),
    ("Burglary reports across Elstow fell 14% in the first half.", "14%", "Elstow"),
    ("Buses in Tarnholm carried 38 million passengers in 2024.", "38 million passengers",
     "Tarnholm"),
    ("Timber exports from Kessia rose to 1.2 million cubic metres.",
     "1.2 million cubic metres", "Kessia"),
    ("Pharmacy closures in Orlan county reached 41 this year, the union said.", "41",
     "Orlan county"),
    ("Flu admissions at Bracken General doubled to 340 in January.", "340",
     "Bracken General"),
    # ... near-twins: a real name opening the sentence; a place opener; no place named
    ("Harlow Steel output in Penrith rose 8% in May.", "8%", "Harlow Steel"),
    ("Reading in Berkshire has 170,000 residents.", "170,000 residents", "Berkshire"),
    ("Tuberculosis cases climbed to 212 last year.", "212", None),
    ("Marrowby recorded 212 tuberculosis cases last year.", "212 tuberculosis",
     "Marrowby"),
    ("Tuberculosis cases in the town climbed to 212 last year.", "212", None),
    # 2. the reported object and what it is compared with: the speaker's own figures
    ("Marlow Foods reported a net loss of £14m for the half, compared with a profit of "
     "£3m a year earlier.", "£3m", "Marlow Foods"),
    ("Tessel Bank reported revenue of $2.1bn for 2025, against $1.9bn in 2024.", "$1.9bn",
     "Tessel Bank"),
    ("Harlow Rovers reported turnover of £61m for the season, 9% more than a year "
     "earlier.", "9%", "Harlow Rovers"),
    ("Ardent Mining reported output of 1.2 million tonnes in the quarter, down from 1.4 "
     "million.", "1.4 million", "Ardent Mining"),
    ("Corbin Air reported a pre-tax profit of €210m, up from €150m the year before.",
     "€150m", "Corbin Air"),
    # ... near-twins: a reported clause with a subject of its own stays the source's
    ("Ardent Mining reported that output fell to 1.2 million tonnes, down from 1.4 "
     "million.", "1.4 million", None),
    ("Corbin Air said profit rose to €210m, up from €150m the year before.", "€150m", None),
    ("Corbin Air reported a profit of €210m as fuel costs fell to €80m.", "€80m", None),
    # 3. a speaker named by a role speaks for the role's owner
    ("Tarnby's chief engineer said the new pumps move 4,000 litres a minute.",
     "4,000 litres a minute", "Tarnby"),
    ("Doctors at Kelm Hospital say waits have grown to 19 weeks.", "19 weeks",
     "Kelm Hospital"),
    ("Scientists at the Orla Institute said the probe travelled 2.1 million kilometres.",
     "2.1 million kilometres", "Orla Institute"),
    ("The spokesman for Varn Rail said 88% of trains ran on time in May.", "88%",
     "Varn Rail"),
    ("Lyle Castle dates from 1320. Its trustees, the Lyle Heritage Fund, say the roof "
     "repairs will cost £2 million.", "£2 million", "Lyle Castle"),
    # ... near-twins: a speaker named by a name; a role owned by no name; another entity
    ("Orla Institute said the probe travelled 2.1 million kilometres.",
     "2.1 million kilometres", None),
    ("The chief engineer said the new pumps move 4,000 litres a minute.",
     "4,000 litres a minute", None),
    ("Tarnby's chief engineer said the pumps in Lowmoor move 4,000 litres a minute.",
     "4,000 litres a minute", "Lowmoor"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert found[0].subject == expected


# The tagger and recogniser misread an opener only in some sentences (the same words
# elsewhere are tagged right), so the class is also pinned on parses written out:
# (words, tags, pos, deps, heads, entities as (start, end, label)), the opener's index,
# whether names.entity_name reads no name there, and the entity sentence_entities finds.
from factcheck.frames import nlp as _nlp  # noqa: E402
from factcheck.frames.names import entity_name, sentence_entities  # noqa: E402

PARSES = [
    # "Rabies deaths in Corvath rose": a common noun called a person, compounded
    (["Rabies", "deaths", "in", "Corvath", "rose"], ["NNP", "NNS", "IN", "NNP", "VBD"],
     ["PROPN", "NOUN", "ADP", "PROPN", "VERB"], ["compound", "nsubj", "prep", "pobj", "ROOT"],
     [1, 4, 1, 2, 4], [(0, 1, "PERSON"), (3, 4, "GPE")], True, "Corvath"),
    # "Ferries in Skarport carried": a plural tagged a proper noun, with no label
    (["Ferries", "in", "Skarport", "carried", "riders"], ["NNP", "IN", "NNP", "VBD", "NNS"],
     ["PROPN", "ADP", "PROPN", "VERB", "NOUN"], ["nsubj", "prep", "pobj", "ROOT", "dobj"],
     [3, 0, 1, 3, 3], [(2, 3, "GPE")], True, "Skarport"),
    # "Pension costs in Marlby county rose": the name compounded on a place noun
    (["Pension", "costs", "in", "Marlby", "county", "rose"],
     ["NNP", "NNS", "IN", "NNP", "NN", "VBD"],
     ["PROPN", "NOUN", "ADP", "PROPN", "NOUN", "VERB"],
     ["compound", "nsubj", "prep", "compound", "pobj", "ROOT"],
     [1, 5, 1, 4, 2, 5], [(0, 1, "ORG"), (3, 4, "GPE")], True, "Marlby"),
    # "Senate in Ostrel approved": an institution named by a common noun, in a place
    (["Senate", "in", "Ostrel", "approved", "spending"], ["NNP", "IN", "NNP", "VBD", "NN"],
     ["PROPN", "ADP", "PROPN", "VERB", "NOUN"], ["nsubj", "prep", "pobj", "ROOT", "dobj"],
     [3, 0, 1, 3, 3], [(0, 1, "ORG"), (2, 3, "GPE")], True, "Ostrel"),
    # ... near-twins: no name in the preposition; a place opener; a name of two words
    (["Rabies", "deaths", "in", "the", "town", "rose"],
     ["NNP", "NNS", "IN", "DT", "NN", "VBD"], ["PROPN", "NOUN", "ADP", "DET", "NOUN", "VERB"],
     ["compound", "nsubj", "prep", "det", "pobj", "ROOT"], [1, 5, 1, 4, 2, 5],
     [(0, 1, "PERSON")], False, "Rabies"),
    (["Reading", "in", "Berkshire", "grew"], ["NNP", "IN", "NNP", "VBD"],
     ["PROPN", "ADP", "PROPN", "VERB"], ["nsubj", "prep", "pobj", "ROOT"], [3, 0, 1, 3],
     [(0, 1, "GPE"), (2, 3, "GPE")], False, "Reading"),
    (["Frost", "Bank", "in", "Dallas", "lent"], ["NNP", "NNP", "IN", "NNP", "VBD"],
     ["PROPN", "PROPN", "ADP", "PROPN", "VERB"], ["compound", "nsubj", "prep", "pobj", "ROOT"],
     [1, 4, 1, 2, 4], [(0, 2, "ORG"), (3, 4, "GPE")], False, "Frost Bank"),
]


@pytest.mark.parametrize(("words", "tags", "pos", "deps", "heads", "ents", "unnamed",
                          "first"), PARSES)
def test_parse(words: list[str], tags: list[str], pos: list[str], deps: list[str],
               heads: list[int], ents: list[tuple[int, int, str]], unnamed: bool,
               first: str) -> None:
    from spacy.tokens import Doc

    vocab = _nlp.load(_nlp.model_name(None)).vocab
    doc = Doc(vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads,
              ents=[f"B-{label}" if i == lo else f"I-{label}" if lo < i < hi else "O"
                    for i in range(len(words))
                    for lo, hi, label in [next(((a, b, c) for a, b, c in ents if a <= i < b),
                                               (-1, -1, ""))]])
    assert (entity_name(doc[0]) is None) == unnamed
    assert sentence_entities(doc, frozenset())[0][1] == first
