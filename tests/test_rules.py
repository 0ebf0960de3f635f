"""The developer's notes of `factcheck rule CODE --detail`: a check's docstring without its
pointers into the code and the word lists, and without the punctuation that led to them."""

from __future__ import annotations

import pytest

from factcheck.checks.catalogue import for_readers


@pytest.mark.parametrize(
    ("doc", "printed"),
    [
        # module paths, in brackets, opening brackets, after a comma or a colon
        ("Reads wholes from the frames (factcheck.frames): a part ...",
         "Reads wholes from the frames: a part ..."),
        ("Story-wide (factcheck.checks._kinds: a kind of its thing) ...",
         "Story-wide (a kind of its thing) ..."),
        ("compares their bands, factcheck.tolerance.sum_spread.", "compares their bands."),
        ('("Brackwell Foods\' staff", "Bhamo\'s population": factcheck.checks._naming).',
         '("Brackwell Foods\' staff", "Bhamo\'s population").'),
        ('("on Saturday"): factcheck.checks._keys.\n\nReach, and where it stays silent',
         '("on Saturday").\n\nReach, and where it stays silent'),
        ('("It holds 11,200 books"): factcheck.checks._holders. A possessive',
         '("It holds 11,200 books"). A possessive'),
        ("an ordinal, read from the words by factcheck.checks._anniversaries)\nfrom the",
         "an ordinal, read from the words)\nfrom the"),
        ("(half a unit (factcheck.\n    tolerance: at most 5%)", "(half a unit (at most 5%)"),
        # private helpers
        ("One question or two (factcheck.checks._shares, _share_scopes, _shared_verb): a",
         "One question or two: a"),
        ("One question or two (_share_scopes, _shared_verb): a", "One question or two: a"),
        # word-list files and their classes
        ('("a 25-year wait", "drought": words.tsv, class "gap") counts',
         '("a 25-year wait", "drought") counts'),
        ('are one measure, lexicon stock_metrics.tsv), its unit',
         "are one measure), its unit"),
        ('("on Monday" ... "on Wednesday": class "when"), or',
         '("on Monday" ... "on Wednesday"), or'),
        ('a group of frames.tsv\'s class "group" in a whole', "a group in a whole"),
        ('("the figure of 9,600": words.tsv,\n    classes "figure" and "unnamed") restates',
         '("the figure of 9,600") restates'),
        ('groups of metric_synonyms.txt, cue lemmas of cues.tsv, words.tsv "same" groups',
         'groups of the word lists, cue lemmas of the word lists, the "same" groups'),
        # left alone
        ("reads the frames' measure (no module named)", "reads the frames' measure (no module "
         "named)"),
        ("a text given as a string has been read, so check() never reports FC001",
         "a text given as a string has been read, so check() never reports FC001"),
    ],
)
def test_for_readers(doc: str, printed: str) -> None:
    assert for_readers(doc) == printed
