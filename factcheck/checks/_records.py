"""A record: a first part written with its whole, then the other parts each led by a verb
of its own, the verbs naming every member of a partition, for FC207: "The side won 11 of
their 28 games, drew 8 and lost 9"; "Rovers won 14 of their 30 league games, drew nine
and lost seven".

The frames make the first figure a part of the figure right after it (its whole, "of
their 28 games"); the figures after the whole follow it in one list (joined by a comma
or "and"), each right after one word, its label. The labels, with the word right before
the first part, name all of a partition (story.tsv, class "partition:NAME": won, drew
and lost), so the list is complete and a sum that misses the whole either way is wrong.
No part may write a noun of its own other than the whole's ("lost 14 players"), the
last ends its clause ("lost 7 of those at home": a scope of its own), and each
is a plain count (a verb of loss may make the extractor read "lost 14" as a fall: the
partition's label decides, not the change verb). Shape: (whole, parts, complete) claim
indices, as factcheck.checks._breakdown.breakdowns yields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _sums
from factcheck.checks import _figures as fig
from factcheck.checks._story import clause_end, partitions, story_words
from factcheck.model import Claim

_LABEL = re.compile(r"([a-z]+)\s*$", re.IGNORECASE)  # the word right before a figure


def records(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, True) for each record (module docstring)."""
    for group in doc.groups:
        for n, first in enumerate(group[:-2]):
            if doc.frames[first].relations.get("whole", ()) != (group[n + 1],):
                continue
            whole, rest = group[n + 1], group[n + 2 :]
            if not _sums.joins(doc.text[doc.claims[whole].end : doc.claims[rest[0]].start]):
                continue
            later = _labelled(doc, rest)
            parts = [first, *later]
            labels = [_label(doc, i, doc.contexts[first].sentence[0]) for i in parts]
            if len(later) < 2 or None in labels or not all(
                    _count(doc.claims[i], doc.claims[whole]) for i in parts):
                continue
            if fig.WORDS.search(doc.text, doc.claims[later[-1]].end,
                                clause_end(doc, later[-1])):
                continue  # "... and lost 7 of those at home": a scope of its own
            words = {w for w in labels if w is not None}
            if len(words) == len(parts) and any(words >= story_words(kind)
                                                for kind in partitions()):
                yield whole, parts, True


def _labelled(doc: Document, figures: tuple[int, ...]) -> list[int]:
    """The figures listed one after another from figures[0], each gap a list join but for
    the one word, the next item's label, right before the next figure ("8 and lost 9")."""
    found = [figures[0]]
    for j in figures[1:]:
        gap = doc.text[doc.claims[found[-1]].end : doc.claims[j].start]
        label = _LABEL.search(gap)
        if label is None or not _sums.joins(gap[: label.start()] + " "):
            break
        found.append(j)
    return found


def _label(doc: Document, i: int, start: int) -> str | None:
    """The word right before figure i (after start), lower case, or None."""
    found = _LABEL.search(doc.text, start, doc.claims[i].start)
    return found.group(1).lower() if found else None


def _count(part: Claim, whole: Claim) -> bool:
    """A plain count of the whole's thing, stated exactly, writing no noun of its own."""
    noun = fig.written_noun(part)
    return (part.unit == whole.unit == "" and not part.multiplier and part.high is None
            and part.bound == "exact" and noun in (None, whole.noun))
