"""Where claims stand in a draft's text, for the readings over sentences (factcheck.checks
._story and the checks that reach back): the number of a claim's sentence among those that
hold claims (sentence_index), the claims of a sentence (in_sentence), and whether a blank
line (paragraph_break) or a heading or new story (section_break, section_between) stands
between two claims. Each index is built once per document (Document.memo) and then read by
lookup or bisection, so a long draft is read in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from factcheck.checks import Document

_BREAK = re.compile(r"(?=\n\n)")  # every blank line, overlapping ones too
_PARAGRAPHS = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")  # lines between blank lines
_PROSE_END = re.compile(r"[.!?…:;][\"'’”)\]]*\s*$")  # how a paragraph of sentences ends


def sentence_index(doc: Document, i: int) -> int:
    """The number of claim i's sentence among the sentences that hold claims (0, 1, ...)."""
    return _sentence_numbers(doc)[i]


def in_sentence(doc: Document, k: int) -> tuple[int, ...]:
    """The claims of sentence number k (sentence_index), in order; () for none."""
    found = doc.memo.get("story_in_sentence")
    if found is None:
        by: dict[int, list[int]] = {}
        for i, k_i in enumerate(_sentence_numbers(doc)):
            by.setdefault(k_i, []).append(i)
        found = doc.memo["story_in_sentence"] = {k_i: tuple(v) for k_i, v in by.items()}
    return found.get(k, ())  # type: ignore[no-any-return]


def _sentence_numbers(doc: Document) -> tuple[int, ...]:
    """sentence_index of every claim, computed once per document."""
    numbers = doc.memo.get("story_sentences")
    if numbers is None:
        starts = sorted({ctx.sentence[0] for ctx in doc.contexts})
        index = {start: k for k, start in enumerate(starts)}
        numbers = doc.memo["story_sentences"] = tuple(
            index[ctx.sentence[0]] for ctx in doc.contexts)
    return numbers


def paragraph_break(doc: Document, a: int, b: int) -> bool:
    """Whether a blank line ("\\n\\n") lies between the end of claim a and the start of
    claim b (found by bisection in the draft's blank lines, listed once)."""
    breaks = doc.memo.get("story_breaks")
    if breaks is None:
        breaks = doc.memo["story_breaks"] = [m.start() for m in _BREAK.finditer(doc.text)]
    k = bisect_left(breaks, doc.claims[a].end)
    return k < len(breaks) and breaks[k] + 2 <= doc.claims[b].start


def section_break(doc: Document, a: int, b: int) -> bool:
    """Whether a heading or a new story stands between the end of claim a and the start of
    claim b: a paragraph wholly between them that does not end as a sentence ends (a
    heading, a dateline, a rule such as "---" or "* * *"). A paragraph break alone is no
    such break: news copy puts each sentence in a paragraph of its own, and a sentence
    that points back ("Of those, ...", "3,100 of its members", "Lind took 33%.") points
    across it. The readings that call this still need their own tie and their own window
    in sentences; this only says how far a tie may reach. Breaks are listed once per
    document (one pass over the text), then found by bisection."""
    return section_between(doc, doc.claims[a].end, doc.claims[b].start)


def section_between(doc: Document, start: int, end: int) -> bool:
    """section_break between two offsets of the text (a sentence's end, another's start)."""
    marks = doc.memo.get("story_sections")
    if marks is None:
        marks = doc.memo["story_sections"] = [
            m.start() for m in _PARAGRAPHS.finditer(doc.text)
            if m.group(0).strip() and not _PROSE_END.search(m.group(0))]
    k = bisect_left(marks, start)
    return k < len(marks) and marks[k] < end
