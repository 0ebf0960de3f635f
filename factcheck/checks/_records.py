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

from factcheck.checks import Document, _list_opening, _sums
from factcheck.checks import _figures as fig
from factcheck.checks._story import clause_end, partitions, story_words
from factcheck.model import Claim

_LABEL = re.compile(r"([a-z]+)\s*$", re.IGNORECASE)  # the word right before a figure
_FRONTED_GAP = re.compile(r"[^,.;:()\d]*,[^,.;:()\d]*")  # "matches, United have won "
_APPOSED_GAP = re.compile(r",\s*[a-z]+\s*", re.IGNORECASE)  # "matches, winning "


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
            if len(later) < 2 or not _a_record(doc, whole, parts, labels):
                continue
            if _scoped(doc, later[-1]):
                continue  # "... and lost 7 of those at home"
            yield whole, parts, True


def trailing(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, True) for a record whose whole follows its last part: "won 6, drawn 5
    and lost 4 of their 14 matches". The frames make the last figure a part of the figure
    right after it; the figures before it, back to the first, each follow one word, its
    label, after a list join; the labels name all of a partition, as records reads them."""
    for group in doc.groups:
        for m in range(2, len(group) - 1):
            last, whole = group[m], group[m + 1]
            if doc.frames[last].relations.get("whole", ()) != (whole,):
                continue
            start = m
            while start and _joined(doc, group[start - 1], group[start]):
                start -= 1
            parts = list(group[start : m + 1])
            begin = doc.claims[group[start - 1]].end if start else doc.contexts[last].sentence[0]
            labels = [_label(doc, i, begin) for i in parts]
            if len(parts) >= 3 and _a_record(doc, whole, parts, labels):
                yield whole, parts, True


def leading(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """(whole, parts, True) for a record whose whole comes first, fronted by "Of" ("Of
    their 14 matches, United have won 6, drawn 5 and lost 4") or followed by a comma and
    the first part's label ("played 14 matches, winning 6, drawing 5 and losing 4"); the
    parts each follow their label, which name all of a partition, as records reads them."""
    for group in doc.groups:
        for n, whole in enumerate(group[:-2]):
            gap = doc.text[doc.claims[whole].end : doc.claims[group[n + 1]].start]
            fronted = _list_opening.of_fronted(doc, whole) and _FRONTED_GAP.fullmatch(gap)
            if not (fronted or _APPOSED_GAP.fullmatch(gap)):
                continue
            parts = _labelled(doc, group[n + 1 :])
            labels = [_label(doc, i, doc.claims[whole].end) for i in parts]
            if len(parts) < 2 or not _a_record(doc, whole, parts, labels):
                continue
            if _scoped(doc, parts[-1]):
                continue  # "... and lost 7 at home"
            yield whole, parts, True


def _scoped(doc: Document, last: int) -> bool:
    """Whether words follow the last part in its clause ("... and lost 7 at home"): a scope
    of its own, so the parts are not the whole's partition."""
    return fig.WORDS.search(doc.text, doc.claims[last].end, clause_end(doc, last)) is not None


def _a_record(doc: Document, whole: int, parts: list[int],
              labels: list[str | None]) -> bool:
    """Whether the parts, each a count that fits under the whole, carry one label each,
    all different, that together name all of a partition (won, drawn, lost: story.tsv)."""
    if None in labels or not all(_count(doc.claims[i], doc.claims[whole]) for i in parts):
        return False
    words = {w for w in labels if w is not None}
    return len(words) == len(parts) and any(words >= story_words(kind)
                                            for kind in partitions())


def _joined(doc: Document, before: int, after: int) -> bool:
    """Whether figure after follows figure before in one list, after its label: the gap a
    list join but for the one word right before the later figure ("6, drawn 5")."""
    gap = doc.text[doc.claims[before].end : doc.claims[after].start]
    label = _LABEL.search(gap)
    return label is not None and _sums.joins(gap[: label.start()] + " ") and bool(
        gap[: label.start()].strip())


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
