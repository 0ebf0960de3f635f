"""The draft as the frames stage sees it: sentences, the claims each holds, paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.model import Claim
from factcheck.text.sentences import sentences

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_PARAGRAPHS = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")  # lines between blank lines
_PROSE_END = re.compile(r"[.!?…:;][\"'’”)\]]*\s*$")  # how a paragraph of sentences ends


@dataclass
class Draft:
    """A text's sentence spans (factcheck.text.sentences), the claims of each sentence
    (groups: sentence index -> claim indices, in order) and its paragraph breaks."""

    text: str
    claims: Sequence[Claim]
    spans: tuple[tuple[int, int], ...] = ()
    groups: dict[int, list[int]] = field(default_factory=dict)
    sentence_of: dict[int, int] = field(default_factory=dict)
    breaks: list[int] = field(default_factory=list)
    sections: list[int] | None = None

    def __post_init__(self) -> None:
        self.spans = tuple(sentences(self.text)) or ((0, len(self.text)),)
        starts = [s for s, _ in self.spans]
        for i, claim in enumerate(self.claims):
            k = max(0, bisect.bisect_right(starts, claim.start) - 1)
            self.groups.setdefault(k, []).append(i)
            self.sentence_of[i] = k
        self.breaks = [m.start() for m in _PARAGRAPH.finditer(self.text)]

    def sentence(self, k: int) -> str:
        start, end = self.spans[k]
        return self.text[start:end]

    def fits(self, k: int, limit: int) -> bool:
        """Whether sentence k is at most limit characters long."""
        return self.spans[k][1] - self.spans[k][0] <= limit

    def before_in_story(self, k: int, most: int) -> list[int]:
        """Up to most sentences before sentence k, nearest first, across paragraph breaks
        (news copy gives each sentence a paragraph) but not a heading or a rule: a
        paragraph that does not end as a sentence (factcheck.checks._sections.section_break).
        Where a measure is carried from (frames.links); a subject never crosses a paragraph
        break (Draft.before_in_paragraph, DESIGN.md Frames)."""
        if self.sections is None:
            self.sections = [m.start() for m in _PARAGRAPHS.finditer(self.text)
                             if m.group(0).strip() and not _PROSE_END.search(m.group(0))]
        out: list[int] = []
        for j in range(k - 1, max(-1, k - 1 - most), -1):
            at = bisect.bisect_left(self.sections, self.spans[j][1])
            if at < len(self.sections) and self.sections[at] < self.spans[k][0]:
                break
            out.append(j)
        return out

    def before_in_paragraph(self, k: int, most: int) -> list[int]:
        """Up to most sentences before sentence k in its paragraph, nearest first."""
        para = bisect.bisect_right(self.breaks, self.spans[k][0])
        out: list[int] = []
        for j in range(k - 1, max(-1, k - 1 - most), -1):
            if bisect.bisect_right(self.breaks, self.spans[j][0]) != para:
                break
            out.append(j)
        return out

    def paragraph_of(self, k: int) -> int:
        """The index of sentence k's paragraph (0 for the draft's first)."""
        return bisect.bisect_right(self.breaks, self.spans[k][0])

    def after_in_paragraph(self, k: int) -> int | None:
        """The sentence after sentence k when it is in k's paragraph."""
        if k + 1 >= len(self.spans):
            return None
        para = bisect.bisect_right(self.breaks, self.spans[k][0])
        return k + 1 if bisect.bisect_right(self.breaks, self.spans[k + 1][0]) == para else None
