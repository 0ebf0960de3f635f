"""What a change written as a comparison is compared with, when that is written after the
figure inside the figure's own phrase: "5,000 more than the old line carried in May",
"twice as many as on the same night a year ago", "three times the crowd of 2019", "double
its share at the last election". A period phrase there dates the figure compared with (the
change's base), not the change, which holds for the period of the level it is told beside
(timing.py). Read from the parse: the phrase of the figure up to its clause's verb, and in
it a "than" or "as" after the figure, or, for a multiplier that is no verb ("double",
"three times"), the noun phrase it governs ("grew sevenfold between 1950 and 2023"
governs none: the verb's period). A verb of change keeps its own period ("sales
tripled in 2024"), and so does a noun of change ("a threefold rise in 2024": lexicon
frames.tsv "change_noun").

Also the amount such a comparison differs by, when it names nothing of its own
(`difference`: "cost £19m, £6m more than planned"): measure.py gives it the measure of
the figure beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_WORDS = frozenset({"VERB", "AUX"})
_COMPARING = frozenset({"than", "as"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _chain(np: Token) -> list[Token]:
    """The figure's phrase head and the heads above it, up to its clause's verb."""
    chain = [np]
    t = np
    while t.head.i != t.i and t.head.pos_ not in _CLAUSE_WORDS and len(chain) < 8:
        t = t.head
        chain.append(t)
    return chain


def compared_span(np: Token, figure: frozenset[int], multiplier: bool, offset: int
                  ) -> tuple[int, int] | None:
    """The text span (offsets shifted by offset) of what a comparative figure is compared
    with, written after it in its phrase; None when there is none."""
    if np.pos_ in _CLAUSE_WORDS:
        return None  # "exports doubled in 2024": the verb's own period
    last = max(figure, default=np.i)
    chain = _chain(np)
    near = {t.i for t in chain}
    for tok in (c for t in chain for c in t.children if c.i > last):
        for word in (tok, *tok.children):
            if word.lower_ not in _COMPARING or word.i <= last:
                continue
            if word.dep_ == "prep" and (word.head.i in near or word.head.head.i in near):
                return _span(word, offset)  # "more than in May", "as many as a year ago"
            if word.dep_ == "mark" and word.head.i == tok.i:
                return _span(tok, offset)  # "more than the old line carried in May"
    top = chain[-1]
    if not multiplier or lexicon().frame_class(top.lemma_.lower(), "change_noun"):
        return None
    if top.pos_ not in _NOUNS and not any(c.pos_ in _NOUNS and c.i > last
                                          for c in top.children):
        return None  # "grew more than sevenfold between 1950 and 2023": the verb's
    end = top.right_edge
    if end.i <= last:
        return None
    after = np.doc[last + 1]
    return after.idx + offset, end.idx + len(end) + offset


def _span(tok: Token, offset: int) -> tuple[int, int]:
    end = tok.right_edge
    return tok.left_edge.idx + offset, end.idx + len(end) + offset


def difference(np: Token, figure: frozenset[int]) -> bool:
    """A figure that is the amount a comparative with "than" differs by, with no noun of
    its own, set after a comma right after another figure ("cost £19m, £6m more than
    planned", "took 14 months, three months longer than forecast"): it names nothing, so
    it measures what the level beside it does, whatever the clause's subject ("the pool
    is 50 m long and cost £19m, £6m more than planned"). Without a figure beside it the
    clause's subject stays ("sales were 20% higher than a year earlier")."""
    first = min(figure, default=np.i)
    if first < 2 or np.doc[first - 1].text != "," or not any(
            t.like_num for t in np.doc[first - 2].subtree):
        return False
    if np.i in figure and any(c.dep_ == "amod" and _than(c) for c in np.children):
        return True  # "600 passengers, 150 more than the old one": the number's own "more"
    more = np.head
    return (np.dep_ == "npadvmod" and more.i not in figure and _than(more)
            and not any(c.pos_ in ("NOUN", "PROPN") and c.dep_ != "npadvmod"
                        for c in more.children))


def _than(more: Token) -> bool:
    """A comparative with a "than" under it ("more than planned")."""
    return more.tag_ in ("JJR", "RBR") and any(t.lower_ == "than" for t in more.subtree)
