"""What the checks share: the Finding of a check module at a claim.

Precision and intervals come from factcheck.tolerance (one rule for FC2xx and FC101);
figures in messages and suggestions are written by factcheck.figures.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from factcheck.model import Claim, Finding, Frame, Severity

_WORD = re.compile(r"(\w+)")
WORDS = re.compile(r"[A-Za-z]+")  # the words of a stretch of text, for the checks' word classes
_OF_WHOLE = frozenset({"of", "the", "a", "an", "its", "their", "all", "those", "these", "them"})
QUALIFIERS = frozenset({"in", "for", "among", "at", "across", "from", "on", "outside",
                        "inside", "within", "under", "over", "aged"})


class CheckId(NamedTuple):
    """What a finding says of the check that raised it: code, name, severity."""

    code: str
    name: str
    severity: Severity


def finding(check: CheckId, claim: Claim, message: str, suggestion: str | None = None
            ) -> Finding:
    """A Finding of the check's code, name and severity, at the claim. The message is
    one line: a figure or name the draft breaks over a line ("Kew\nGardens") is
    written with a space (the suggestion keeps the draft's text, as it replaces it)."""
    return Finding(
        code=check.code, name=check.name, severity=check.severity,
        message=" ".join(message.split()),
        start=claim.start, end=claim.end, claim=claim, suggestion=suggestion,
    )


def word_after_whole(text: str, frame: Frame, end: int) -> str:
    """The first word after a figure and the "of" phrase of its whole, up to end, lower
    case ("51% of the vote, Lind" -> "lind"; "41 of the nurses in the union" -> "in"),
    or "". A word in QUALIFIERS there gives the whole a scope of its own."""
    skip = _OF_WHOLE | set((frame.measure or "").lower().split())
    for m in _WORD.finditer(text, frame.claim.end, end):
        word = m.group(1).lower()
        if word not in skip and word.rstrip("s") not in skip:
            return word
    return ""


@cache
def _word_classes() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    text = files(__package__).joinpath("words.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")
            table.setdefault(kind, set()).add(word)
    return {kind: frozenset(found) for kind, found in table.items()}


def kinds(prefix: str) -> tuple[str, ...]:
    """The classes of the checks' word list whose names start with prefix ("same:")."""
    return tuple(sorted(k for k in _word_classes() if k.startswith(prefix)))


def words(kind: str) -> frozenset[str]:
    """The words of a class in the checks' word list (words.tsv: "back", "include")."""
    return _word_classes().get(kind, frozenset())


@cache
def any_word(*kinds: str) -> re.Pattern[str]:
    """A pattern for any word of the classes, as a whole word ("base": "than", "since")."""
    found = sorted(set().union(*(words(k) for k in kinds)), key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, found))})\b", re.IGNORECASE)


@cache
def last_word(*kinds: str) -> re.Pattern[str]:
    """A pattern for a word of the classes that ends the text searched ("up 4% from ",
    "compared with "): search it in the text before a figure."""
    found = sorted(set().union(*(words(k) for k in kinds)), key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, found))})(?:\s+(?:with|to))?\s*$",
                      re.IGNORECASE)


def written_noun(c: Claim) -> str | None:
    """The claim's noun when its own words write it ("640 civilian staff", "20 withdrawn"),
    not one the extractor lent it from the next or the last figure of a list ("2,190, and
    640 civilian staff"; "20 withdrawn and 14 lost": 14 is lent "withdrawn")."""
    return c.noun if c.noun and c.noun.lower() in c.text.lower() else None
