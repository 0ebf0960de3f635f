"""Named entities: runs of capitalised words in a sentence ("Kachin State", "Bhamo's" -> "Bhamo").

A capitalised word (scan.Capitals) counts unless it is a common word (skip: "the", "The",
"THE") or follows a letter, digit, underscore or apostrophe ("iPhone", "O'Neil"). A
sentence opener counts only if it is known to be a name: written capitalised elsewhere
too, possessive, in capitals ("KIA"), or followed by a verb that usually follows a name
("Bhamo is", "Oracle employed") when it is not a metric word ("Output was"). Counted
words with only white space between them make one run, unless the first is possessive.

The tests that do not depend on the sentence are made once for every word of the draft,
with C-level maps; a sentence then walks only its words that pass them.
"""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import compress, repeat
from operator import not_, or_

from factcheck.context.scan import Capitals

Span = tuple[int, int, str]

_POSSESSIVE = ("'s", "’s")
_NOT_AFTER = "_'’"  # with letters and digits: a word after one of these is part of another
_NAME_VERB = re.compile(
    r"\s+(?:is|was|has|had|says|said|will|would|lies|sits|remains|became|hosts|employs|"
    r"employed|reported|announced|plans|planned)\b"
)


class Entities:
    """The runs of each sentence of a text, from its capitalised words."""

    __slots__ = ("_caps", "_cues", "_out", "_possessive", "_skip", "_text")

    def __init__(self, text: str, caps: Capitals, skip: Container[str],
                 cues: Container[str]) -> None:
        self._text, self._caps, self._skip, self._cues = text, caps, skip, cues
        self._out = _left_out(text, caps, skip)
        self._possessive = list(map(text.startswith, repeat(_POSSESSIVE), caps.ends))

    def runs(self, sent: tuple[int, int]) -> list[Span]:
        """(start, end, name) of each run in the sentence, in order."""
        found = self._caps.within(sent)
        if found is None:  # a word crosses the sentence's edge: read the sentence alone
            part = self._caps.part(self._text, sent)
            return Entities(self._text, part, self._skip, self._cues).runs(sent)
        lo, hi = found
        words, starts, ends = self._caps.words, self._caps.starts, self._caps.ends
        gaps, possessive = self._caps.gaps, self._possessive
        runs: list[Span] = []
        last = -2  # index of the word that ended the last run
        for i in compress(range(lo, hi), map(not_, self._out[lo:hi])):
            if starts[i] == sent[0] and not self._opener_counts(i):
                continue
            if i - 1 == last and not possessive[last] and gaps[i].isspace():
                start, _, name = runs[-1]
                runs[-1] = (start, ends[i], f"{name} {words[i]}")
            else:
                runs.append((starts[i], ends[i], words[i]))
            last = i
        return runs

    def _opener_counts(self, i: int) -> bool:
        word = self._caps.words[i]
        return (self._caps.counts[word] > 1 or self._possessive[i] or word.isupper()
                or (_NAME_VERB.match(self._text, self._caps.ends[i]) is not None
                    and word.lower() not in self._cues))


def _left_out(text: str, caps: Capitals, skip: Container[str]) -> list[bool]:
    """For every word: is it left out, as a common word or as part of another word?"""
    before = list(map(text.__getitem__, map((-1).__add__, caps.starts)))  # text[at - 1]
    joined = {ch for ch in set(before) if ch.isalnum() or ch in _NOT_AFTER}
    out = list(map(or_, map(skip.__contains__, caps.words), map(joined.__contains__, before)))
    if caps.starts and caps.starts[0] == 0:  # nothing before it (text[-1] is the last char)
        out[0] = caps.words[0] in skip
    return out
