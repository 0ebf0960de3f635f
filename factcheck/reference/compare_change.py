"""A comparison of how figures changed: "China's population grew faster than India's in
2010", "emissions rose more than Germany's", "fell further than France's".

A comparative right after a verb of change (lexicon changes.tsv, role verb: "grew",
"rose", "fell") compares the changes, not the levels: India grew faster than China in 2016
though China's economy was five times the size. Such a comparison is decided only on a
series of changes (growth.of_changes: "Annual GDP growth", a unit of "annual %"), whose
rows are the changes compared; a series of levels decides nothing (a level that is
larger says nothing of which grew faster). A fall compared ("shrank faster than") is
left unread: on signed yearly changes its direction turns over. The words naming a series of changes
("growth") join the comparison's cues, so that what grew faster is read as its growth.
"""

from __future__ import annotations

import re

from factcheck.reference.growth import CHANGE_WORDS, of_changes
from factcheck.reference.metric import words
from factcheck.reference.schema import Row

__all__ = ["CHANGE_CUES", "change_compared", "compares_change", "manner", "series_of_changes"]

CHANGE_CUES = words(" ".join(CHANGE_WORDS))  # the words a series of changes is named by
_WORD = re.compile(r"[a-z]+")
_BETWEEN = 2  # words read back from the comparative: "grew much faster", "rose even more"


def compares_change(sentence: str, comparative: int) -> str | None:
    """The direction ("increase", "decrease") of the verb of change the comparative word at
    offset `comparative` of the sentence follows within _BETWEEN words, or None.

    >>> compares_change("China's population grew faster than India's", 29)
    'increase'
    >>> compares_change("China's population was larger than India's", 28) is None
    True
    """
    from factcheck.lexicon import lexicon

    verbs = lexicon().change_verbs
    before = _WORD.findall(sentence[:comparative].casefold())[-_BETWEEN:]
    return next((verbs[word] for word in reversed(before) if word in verbs), None)


def manner(sentence: str, comparative: int, direction: str) -> str | None:
    """The direction of a comparative of manner, "more slowly" or "less quickly", or None
    when its adverb is not known; a comparative of one word gives `direction` back.

    "more" or "less" before an adverb in -ly compares how the change went: its direction
    is that of the adverb's comparative in comparisons.tsv ("slowly" -> "slower": under),
    reversed by "less". An adverb with no comparative there ("more modestly") is not read.

    >>> manner("Peru grew more slowly than Chile", 10, "over")
    'under'
    >>> manner("Peru grew less slowly than Chile", 10, "under")
    'over'
    >>> manner("Peru grew more modestly than Chile", 10, "over") is None
    True
    >>> manner("Peru grew faster than Chile", 10, "over")
    'over'
    """
    from factcheck.reference.compare_read import words_of

    said = _WORD.findall(sentence[comparative:].casefold())[:2]
    if len(said) < 2 or said[0] not in ("more", "less") or not said[1].endswith("ly"):
        return direction
    known = words_of().get(said[1].removesuffix("ly") + "er")
    if known is None:
        return None
    return known if said[0] == "more" else ("over" if known == "under" else "under")


def change_compared(sentence: str, comparative: int, direction: str, figure: bool
                    ) -> tuple[str | None, str, str | None]:
    """(the direction of the verb of change compared or None, the comparison's direction,
    why it is not read or None) for the comparative word at offset `comparative`.
    figure: the comparison has a figure of its own ("grew 2 points faster than": the rows'
    difference in points or in percent, the wording does not say). A fall compared and an
    adverb of manner with no comparative (manner) are not read either."""
    changed = compares_change(sentence, comparative)
    if changed is None:
        return None, direction, None
    way = manner(sentence, comparative, direction)
    if way is None:
        return changed, direction, "the manner of the change compared is not read"
    if changed != "increase":
        return changed, way, "a fall compared is not read"
    return changed, way, "a figure on changes compared is not read" if figure else None


def series_of_changes(rows: list[Row]) -> bool:
    """Whether a series' rows hold changes in percent (growth.of_changes on its first
    row, in percent): yearly changes in a count ("Annual population growth" in people)
    do not say which grew faster, as a percent does."""
    return bool(rows) and of_changes(rows[0]) and rows[0].unit == "percent"
