"""Levels that a change or a comparison starts from: "approved a £212m budget, up from
£198m", "sold 9,400 cars, against 8,100", "spent £64m, compared with £58m".

Such a figure is another time's (or another thing's) level of the figure it follows, so
it is never a term of a sum of parts nor the whole a list divides (FC207): read by the
base word right before it (words.tsv, class "base", the class FC202 and FC205 read for
the same reason), not by what the sentence is about.
"""

from __future__ import annotations

from factcheck.checks import Document
from factcheck.checks import _figures as fig

_REACH = 16  # characters before a figure searched for its base word ("up from ")


def is_base(doc: Document, k: int) -> bool:
    """Whether figure k is written right after a base word ("from", "than", "against",
    "compared with"): the level a change or comparison starts from."""
    start = doc.claims[k].start
    return fig.last_word("base").search(doc.text, max(0, start - _REACH), start) is not None
