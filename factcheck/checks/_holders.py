"""Two levels stated of one holder that the frames name no entity for, for FC202: "The
library holds 9,400 books. It holds 11,200 books."

The frames' subject is a named entity; a holder written as a common noun ("the library",
"the night shelter", "the ward") leaves it None, and the keys then compare only measures
of one thing (FC202). Here the holder is read from the clause: the words before the
figure's clause verb (ClaimContext.verb), from the clause's start. A figure in the
sentence right after another, in its paragraph, states the same holder's level when

- its holder is a lone personal pronoun (story.tsv, class "again": "It holds 11,200
  books") or is written with the same words as the earlier one's ("The library holds
  ... The library holds ...");
- both figures are plain levels (factcheck.checks._same_levels), under the same verb,
  with one measure as the frames give it, one unit, and periods that do not differ
  (factcheck.checks._keys.standing), and neither subject names another entity;
- the earlier figure is the only one of its measure and unit in its sentence, so that
  the pronoun has one level to point back to.

Not read: a holder with more words than the pronoun ("It also holds", "Its rival
holds", "The council said it holds"), a figure whose verb has no subject of its own, two
figures whose clauses go on differently after them ("It scored two goals in the second
half": a part, a place or a time of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _keys, _same_levels
from factcheck.checks import _figures as fig
from factcheck.checks._story import in_sentence, paragraph_break, sentence_index, story_words

_CLAUSE_MARK = re.compile(r"[,;:]")


def pairs(doc: Document, changing: set[int]) -> Iterator[tuple[int, int]]:
    """(earlier, later) levels of one holder in adjacent sentences, by the rules above."""
    for i in range(len(doc.claims)):
        if not _candidate(doc, i, changing):
            continue
        earlier = [j for j in in_sentence(doc, sentence_index(doc, i) - 1) if j < i]
        alike = [j for j in earlier if _alike(doc, j, i)]
        if len(alike) != 1 or paragraph_break(doc, alike[0], i):
            continue
        j = alike[0]
        if _candidate(doc, j, changing) and _same_holder(doc, j, i):
            yield j, i


def _candidate(doc: Document, i: int, changing: set[int]) -> bool:
    return (i not in changing and doc.contexts[i].verb is not None
            and _same_levels.plain_level(doc, i))


def _alike(doc: Document, j: int, i: int) -> bool:
    """One measure, unit, subject and period."""
    a, b = doc.frames[j], doc.frames[i]
    return (a.measure is not None and a.measure.lower() == (b.measure or "").lower()
            and a.claim.unit == b.claim.unit and a.subject == b.subject
            and _keys.standing(a.period, doc.as_of) == _keys.standing(b.period, doc.as_of))


def _same_holder(doc: Document, j: int, i: int) -> bool:
    """Whether figure i's clause names figure j's holder again, under the same verb."""
    verbs = [_verb(doc, k) for k in (j, i)]
    if not verbs[0] or verbs[0] != verbs[1]:
        return False
    earlier, later = _holder(doc, j), _holder(doc, i)
    if not earlier or not later or _tail(doc, j) != _tail(doc, i):
        return False  # "It scored 2 goals in the second half": a part of the first
    return later == earlier or (len(later) == 1 and later[0] in story_words("again"))


def _holder(doc: Document, i: int) -> list[str]:
    """The words of figure i's clause before its verb, lower-cased."""
    ctx = doc.contexts[i]
    assert ctx.verb is not None
    marks = [m.end() for m in _CLAUSE_MARK.finditer(doc.text, ctx.sentence[0], ctx.verb)]
    start = marks[-1] if marks else ctx.sentence[0]
    return [w.lower() for w in fig.WORDS.findall(doc.text, start, ctx.verb)]


def _tail(doc: Document, i: int) -> list[str]:
    """The words after figure i to the end of its clause, lower-cased."""
    end = doc.contexts[i].sentence[1]
    mark = _CLAUSE_MARK.search(doc.text, doc.claims[i].end, end)
    return [w.lower() for w in fig.WORDS.findall(doc.text, doc.claims[i].end,
                                             mark.start() if mark else end)]


def _verb(doc: Document, i: int) -> str:
    """The stem of figure i's clause verb."""
    from factcheck.reference.metric import stem  # not at import: `factcheck rule` loads
    # no tables

    verb = doc.contexts[i].verb
    m = fig.WORDS.match(doc.text, verb) if verb is not None else None
    return stem(m.group(0)) if m else ""
