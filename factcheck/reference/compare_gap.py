"""A figure that sizes a gap between two places is never a change of one of them.

"Spain's rate was 0.8 points lower than South Africa's", "Nigeria had 4.7 million more
people than Kenya", "Eastbury's budget was more than triple Northtown's": the extractor
reads a direction ("lower", "more") or a multiplier ("triple") into the figure, which the
change readings would hold against the subject's own rows a year apart (a fall of 0.8
points from 2023 to 2024). When the figure's comparative word is followed by "than" and a
name ("than South Africa's", "than in Spain", "than that of the United States"), or a
multiplier by a name in the possessive ("triple Northtown's", "twice those of Kenya"), the
figure is the gap between the subject and that place: only a comparison between their rows
for the same period decides it (reference.compare), never the subject's rows alone.
"""

from __future__ import annotations

import calendar
import re

from factcheck.model import Frame
from factcheck.reference.compare_read import words_of

# "than", then what may stand before the place: "in", "that of", "those in", "the"
_THAN_PLACE = re.compile(r"\s*than\s+(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?(?:the\s+)?"
                         r"(?P<name>[A-Z][\w'’.-]*)")
# a multiplier's other figure: "Northtown's", "that of Kenya", "those of the United States"
_TIMES_PLACE = re.compile(r"\s*(?:(?:that|those)\s+(?:of|in)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w'’.-]*)|(?:the\s+)?(?P<own>[A-Z][\w.-]*['’]s)\b)")
_WORD = re.compile(r"[a-z]+")
NOUNS_BEFORE_THAN = 2  # words between the comparative and "than" ("more people than")
_TIMES_OF_DAY = frozenset(n.lower() for n in (*calendar.month_name, *calendar.day_name) if n)


def _not_a_place(name: str) -> bool:
    """A month or a day ("than January's"), or "I": a time or a speaker, not a place."""
    bare = re.sub(r"['’]s$", "", name.rstrip(".")).lower()
    return bare in _TIMES_OF_DAY or bare == "i"


def _comparative_end(sentence: str, start: int, end: int) -> int | None:
    """Where the comparative word of a figure ends: the word inside the claim's text or
    right after it ("4.7 million more people", "16,210 lower"), else None."""
    for match in _WORD.finditer(sentence, start):
        if match.start() > end and sentence[end:match.start()].strip():
            return None  # a word stands between the figure and any comparative
        if words_of().get(match.group()) and not match.group().endswith("st"):
            return match.end()
        if match.start() >= end:
            return None
    return None


def _named_after(sentence: str, frame: Frame, offset: int) -> str | None:
    """The place the figure's gap is to, as written, or None."""
    claim = frame.claim
    start, end = claim.start - offset, claim.end - offset
    if claim.multiplier:
        if claim.change is not None:
            return None  # "tripled": a change of its own
        found = _TIMES_PLACE.match(sentence, end)
        return (found.group("name") or found.group("own")) if found else None
    after = _comparative_end(sentence, start, end)
    if after is None:
        return None
    rest = sentence[after:]
    for _ in range(NOUNS_BEFORE_THAN + 1):
        found = _THAN_PLACE.match(rest)
        if found:
            return found.group("name")
        noun = re.match(r"\s*[a-z][\w-]*", rest)
        if noun is None or noun.group().strip() == "than":
            return None
        rest = rest[noun.end():]
    return None


def gap_to_place(frame: Frame, sentence: str, offset: int) -> str | None:
    """Why the frame's figure decides nothing as a level or a change: it is the gap
    between its subject and the place named after its comparative ("0.8 points lower than
    South Africa's"), decided only as a comparison between the two (reference.compare).
    None when the figure is not so followed.

    sentence: the claim's sentence; offset: the sentence's offset in the draft.
    """
    name = _named_after(sentence, frame, offset)
    if name is None or _not_a_place(name):
        return None
    place = re.sub(r"['’]s$", "", name.rstrip("."))
    return (f"'{frame.claim.text}' sizes a gap to {place}, not a change over time: only "
            f"both places' rows for the same period decide it")
