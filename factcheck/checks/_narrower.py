"""A share of a whole whose clause narrows an earlier share's, for FC204: "In Kelby, 61% of
households own a car, and 72% of its households own an electric car": the households
that own an electric car are some of those that own a car, so the later share is a part
of the earlier and cannot be larger.

The reading is the clauses', whatever their words: two percentages of one sentence,
each followed by its clause (to the next clause break), the later clause the earlier
one with words put in, one run of them, determiners and possessive pronouns left out
("own a car" -> "own an electric car"; "walk to school" -> "walk to school alone"). A
later whole that points back ("55% of them") is not read: "them" may be the earlier
share's holders ("40% of members voted, and 55% of them voted by post"). The words put in
must say more of the predicate, not narrow the whole: they stand after at least one
word in common (two when the clauses open with "of" and a whole), do not open with a
preposition of scope ("of voters in York backed it": another whole;
factcheck.checks._figures.QUALIFIERS), and hold no negation ("own no car").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.checks import Document, _shares
from factcheck.checks import _figures as fig


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) claim indices: the later, narrower share and the earlier one."""
    for group in doc.groups:
        members = [i for i in group if _shares.plain(doc.claims[i])]
        for a, b in pairwise(members):
            if _narrows(_clause(doc, a), _clause(doc, b)):
                yield b, a


def _narrows(first: list[str], second: list[str]) -> bool:
    """Whether the second clause's words are the first's with one run put in after
    their common opening (see the module's docstring); a second clause that writes no
    whole ("and 72% own an electric car") is read against the first's words after its
    whole, wherever that ends."""
    if first[:1] == ["of"] and second[:1] != ["of"]:
        return any(_put_in(first[k:], second, 1) for k in range(2, len(first)))
    return _put_in(first, second, 2 if first[:1] == ["of"] else 1)


def _put_in(first: list[str], second: list[str], least: int) -> bool:
    """Whether second is first with one run of words put in after least words in common,
    the run opening with no preposition of scope and holding no negation."""
    added = len(second) - len(first)
    if added < 1 or not first:
        return False
    at = next((k for k, (x, y) in enumerate(zip(first, second, strict=False)) if x != y),
              len(first))
    if at < least or second[:at] != first[:at] or second[at + added :] != first[at:]:
        return False
    put_in = second[at : at + added]
    return put_in[0] not in fig.QUALIFIERS and not _NEGATION & set(put_in)


def _clause(doc: Document, i: int) -> list[str]:
    """The words of share i's clause after it, to the next clause break, determiners and
    possessive pronouns left out ("of its households own an electric car" -> of,
    households, own, electric, car; "of York's households" -> of, york, households)."""
    c = doc.claims[i]
    end = doc.contexts[i].sentence[1]
    found = _CLAUSE_END.search(doc.text, c.end, end)
    stretch = _POSSESSOR.sub(r"\1", doc.text[c.end : found.start() if found else end])
    skip = fig.words("determiner") | _POSSESSIVE
    return [w.lower() for w in fig.WORDS.findall(stretch) if w.lower() not in skip]


_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_NEGATION = frozenset({"not", "never", "no", "none", "neither", "nor"})
_POSSESSOR = re.compile(r"([\w-]+)['’]s\b")  # "York's households": the possessor, a word
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "your", "my"})
