"""An absolute change stated as a comparison, for FC203: "1,800 more than last year's
11,650", "30 metres taller than the 172-metre spire", "runs 318 miles. That makes it 40
miles longer than the 298-mile route": the level after is the figure the change restates,
the level before the figure after "than" (factcheck.checks._absolute reads the others).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._absolute_statement import Absolute, checked
from factcheck.checks._change_ends import restated_level
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_THAN = re.compile(r"\s+([a-z]+)\s+than\b", re.IGNORECASE)
_THAN_ONLY = re.compile(r"\s+than\b", re.IGNORECASE)
_OPENS_BACK = re.compile(r"\s*(?:it|that|this|which)\b(?!['’]s)", re.IGNORECASE)
# a comparative by its form ("taller", "heavier", "further"), not "other" or "rather"
_COMPARATIVE = re.compile(r"(?!(?:oth|rath)er$)[a-z]{2,}[^e]er", re.IGNORECASE)
_RESTATES = re.compile(r"[^,.;:]{0,30},\s*")
MAX_AFTER = 6  # figures after a change in its sentence that its level before is looked for in


def compared(doc: Document, i: int) -> Absolute | None:
    """ "1,800 more than last year's 11,650", "30 metres taller than the 172-metre spire":
    the level after restated just before the change (a comma between) or, when no figure
    of its unit stands before the change in its sentence, the one figure of that unit in
    the sentence before whose frame may be of the same thing ("runs 318 miles. That
    makes it 40 miles longer than the 298-mile route"); the level before the only other
    figure of that unit in the sentence after the change."""
    c = doc.claims[i]
    way = _comparison(doc.text, c)
    if i == 0 or way is None:
        return None
    sentence = doc.contexts[i].sentence
    later = [j for j in range(i + 1, min(len(doc.claims), i + 1 + MAX_AFTER))
             if doc.contexts[j].sentence == sentence and doc.claims[j].unit == c.unit]
    if len(later) > 1:
        later = _of_the_same(doc, i, later)
    if len(later) != 1:
        return None
    after = compared_after(doc, i, later[0])
    if after is None:
        return None
    before = doc.claims[later[0]]
    return checked(c, replace(before, noun=fig.written_noun(before)), after,
                    None if way == "either" else way)


def _of_the_same(doc: Document, i: int, later: list[int]) -> list[int]:
    """Those of the figures after the change i that count no other thing: a figure that
    writes a noun of its own other than the noun of the change or of the level just
    before it is another count ("has 1,850 officers, 240 fewer than in 2010, when it had
    2,190, and 640 civilian staff": the staff are not the level before)."""
    c, prev = doc.claims[i], doc.claims[i - 1]
    same = doc.contexts[i - 1].sentence == doc.contexts[i].sentence
    nouns = {fig.written_noun(c), fig.written_noun(prev) if same else None}
    nouns.discard(None)
    if not nouns:
        return later
    return [j for j in later if fig.written_noun(doc.claims[j]) in nouns | {None}]


def compared_after(doc: Document, i: int, before: int) -> Claim | None:
    """The level a comparison's change restates: just before it, a comma between (or,
    when that may be a figure of another thing, the one earlier level of its unit that
    fits the change: _change_ends.restated_level), else
    the one figure of its unit in the sentence before, when no figure of that unit
    stands before the change in its own sentence, and the comparison opens with a pronoun
    that points back to it ("That makes it 40 miles longer than ...") or its frame names
    the change's subject with a measure the level before's may share
    (factcheck.checks._story_rates.agree)."""
    from factcheck.checks._story_rates import agree

    c, sentence = doc.claims[i], doc.contexts[i].sentence
    prev = doc.claims[i - 1]
    if doc.contexts[i - 1].sentence == sentence:
        if not _RESTATES.fullmatch(doc.text, prev.end, c.start):
            return None
        earlier = [doc.claims[j] for j in doc.by_sentence[sentence] if j < i]
        return restated_level(c, doc.claims[before], prev, earlier)
    if not doc.frames:
        return None
    g = next(k for k, group in enumerate(doc.groups) if i in group)
    told = [j for j in doc.groups[g - 1] if doc.claims[j].unit == c.unit] if g else []
    if len(told) != 1 or "\n\n" in doc.text[doc.claims[told[0]].end : c.start]:
        return None
    j = told[0]
    then, other = doc.frames[j], doc.frames[before]
    if then.role != "level":
        return None
    if _OPENS_BACK.match(doc.text, sentence[0]):
        return doc.claims[j]  # "It is 1,500 tonnes heavier than ...": the thing told before
    if then.subject is None or then.subject != doc.frames[i].subject:
        return None  # "The new bypass is 12 miles longer than ...": another thing compared
    if not (agree(replace(then, subject=None), other) or _dimension(then.measure)):
        return None  # "runs 318 miles" (a length) ... "than the 298-mile route"; the
        # level compared with may be another thing's ("more than Brack, which holds 140")
    return doc.claims[j]


def _dimension(measure: str | None) -> bool:
    """Whether a frame's measure is only the dimension its unit or verb gives ("length",
    "height": lexicon frames.tsv, "dimension:..."), which names no thing of its own."""
    return measure in _dimensions()


@cache
def _dimensions() -> frozenset[str]:
    return frozenset(k.split(":", 1)[1] for kinds in lexicon().frame_words.values()
                     for k in kinds if k.startswith("dimension:"))


def _comparison(text: str, c: Claim) -> str | None:
    """The direction a comparative after the figure (or ending it) gives: "1,800 more
    than" an increase, "150 fewer than" a decrease (words.tsv, classes "more", "less");
    "either" for another comparative, by its form ("taller", "heavier", "further"), which
    says a difference but not which way the writer counts it."""
    m = _THAN.match(text, c.end)
    word = m.group(1) if m else None
    if word is None and _THAN_ONLY.match(text, c.end):
        word = c.text.split()[-1]
    if word is None:
        return None
    if word.lower() in fig.words("more"):
        return "increase"
    if word.lower() in fig.words("less"):
        return "decrease"
    return "either" if _COMPARATIVE.fullmatch(word) else None
