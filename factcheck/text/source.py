"""SourceText: the plain text read from a draft, with a map back to the original file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from factcheck.model import line_starts


@dataclass(frozen=True)
class SourceText:
    """Plain text to check, and where each of its characters came from in the file.

    The map is a list of segments: plain text from seg_starts[i] on was copied from
    the original at seg_origins[i] on (contiguous) or stands in for the one original
    character there (a decoded entity, a paragraph break the reader added).
    """

    path: str
    text: str
    original: str
    kind: str
    seg_starts: tuple[int, ...] = (0,)
    seg_origins: tuple[int, ...] = (0,)
    seg_contiguous: tuple[bool, ...] = (True,)
    comments: tuple[tuple[int, int, int], ...] = ()
    """The markup comments of the file: (start, end) in the original and the offset in the
    plain text where each one sat (read by the suppression stage)."""
    date: str | None = None
    """The draft's own date (YYYY-MM-DD), from a Markdown front matter's `date:`."""
    _orig_lines: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def to_original(self, offset: int) -> int:
        """The offset in the original file of plain-text offset `offset`."""
        i = max(bisect.bisect_right(self.seg_starts, offset) - 1, 0)
        if self.seg_contiguous[i]:
            return min(self.seg_origins[i] + offset - self.seg_starts[i], len(self.original))
        return self.seg_origins[i]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the original file of a plain-text offset."""
        return self.original_line_col(self.to_original(offset))

    def original_line_col(self, orig: int) -> tuple[int, int]:
        """1-based line and column of an offset in the original file."""
        starts = self._orig_lines or line_starts(self.original)
        line = bisect.bisect_right(starts, orig) - 1
        return line + 1, orig - starts[line] + 1


def is_directive(comment: str) -> bool:
    """Is a markup comment ("<!-- ... -->") addressed to factcheck ("<!-- factcheck: ...",
    or "<!-- factcheck ignore ..." without its colon, which FC002 then reports)?"""
    body = comment[4:].lstrip().lower()
    return body.startswith("factcheck") and body[9:10] in (":", " ", "\t")


def plain_source(path: str, text: str, kind: str = "txt") -> SourceText:
    """A source whose plain text is the original itself."""
    return SourceText(path, text, text, kind, _orig_lines=line_starts(text))


class MapBuilder:
    """Collects plain text piece by piece with the original offset of each piece."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._contiguous: list[bool] = []
        self._comments: list[tuple[int, int, int]] = []
        self._at_break = True  # nothing but blanks since the last paragraph break

    def copy(self, piece: str, origin: int) -> None:
        """Add a piece copied verbatim from the original at `origin`."""
        self._add(piece, origin, True)

    def stand_in(self, piece: str, origin: int) -> None:
        """Add a piece that replaces (or was added at) the original character at `origin`."""
        self._add(piece, origin, False)

    def comment(self, start: int, end: int, directive: bool = False) -> None:
        """Note a comment at original [start, end), sitting at the current plain offset.

        A directive (a comment to factcheck) that stands between paragraphs gets a line
        break of its own in the plain text, standing in for the comment: findings about it
        (FC002) then point at the comment's line, and the text around it is unchanged.
        """
        self._comments.append((start, end, self._length))
        if directive and self._at_break:
            self.stand_in("\n", start)

    @property
    def length(self) -> int:
        return self._length

    def ends_with(self, suffix: str) -> bool:
        return "".join(self._parts[-len(suffix):]).endswith(suffix)

    def _add(self, piece: str, origin: int, contiguous: bool) -> None:
        if not piece:
            return
        if "\n\n" in piece:
            self._at_break = not piece[piece.rfind("\n\n") + 2 :].strip()
        elif piece.strip():
            self._at_break = False
        last = len(self._starts) - 1
        if (contiguous and last >= 0 and self._contiguous[last]
                and self._origins[last] + self._length - self._starts[last] == origin):
            pass  # continues the previous contiguous segment
        else:
            self._starts.append(self._length)
            self._origins.append(origin)
            self._contiguous.append(contiguous)
        self._parts.append(piece)
        self._length += len(piece)

    def build(self, path: str, original: str, kind: str) -> SourceText:
        comments = tuple(self._comments)
        if not self._starts:
            return SourceText(path, "", original, kind, comments=comments,
                              _orig_lines=line_starts(original))
        return SourceText(
            path, "".join(self._parts), original, kind,
            tuple(self._starts), tuple(self._origins), tuple(self._contiguous), comments,
            _orig_lines=line_starts(original),
        )
