"""A figure a level is measured against: a target, a threshold or someone else's figure.

"Uptake slipped to 87.6%, well short of the 93% the regulator says is safe": the 93% is
no second share of the whole the 87.6% is a share of, but the level the share is
compared with. Read from the parse of the figure's phrase (the figure, or the noun it modifies: "the
95% target"), not from its words:

- comparison: the phrase is the object of a preposition governed by an adjective or adverb
  ("short of", "lower than", "close to", "ahead of"), or of a preposition of a level
  crossed (lexicon changes.tsv, role "threshold": "below the 95% target");
- someone else's figure: the phrase has a relative clause with a subject of its own ("the
  70% the council had promised", "the 90% that doctors say is needed"; not "the 45% who
  voted", whose subject is the relative pronoun), or a passive one with its agent ("the 95%
  target set by ministers");
- a standard missed or met: the phrase is the object of a participle clause set beside the
  clause ("…, missing the 95% standard").

FC205 joins no such figure to the shares of one whole (frames.relations "compared").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIERS = frozenset({"compound", "nummod", "amod", "quantmod"})
_COMPARING = frozenset({"ADJ", "ADV"})
_RELATIVE = frozenset({"WDT", "WP", "WP$"})


def _phrase(np: Token) -> Token:
    """The head of the figure's noun phrase: the noun it modifies ("the 95% target")."""
    t, steps = np, 0
    while t.dep_ in _MODIFIERS and t.head.i != t.i and steps < 3:
        t, steps = t.head, steps + 1
    return t


def _compared(phrase: Token) -> bool:
    if phrase.dep_ != "pobj":
        return False
    prep = phrase.head
    if prep.head.pos_ in _COMPARING and prep.head.i != prep.i:
        return True
    return "threshold" in lexicon().change_roles.get(prep.lower_, frozenset())


def _others(phrase: Token) -> bool:
    for clause in phrase.children:
        if clause.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in _RELATIVE
                for c in clause.children):
            return True
        if clause.dep_ == "acl" and any(c.dep_ == "agent" for c in clause.children):
            return True
    return False


def _met(phrase: Token) -> bool:
    verb = phrase.head
    return phrase.dep_ == "dobj" and verb.dep_ == "advcl" and verb.tag_ == "VBG"


def benchmark(np: Token) -> bool:
    """Whether the figure whose phrase head is np is a level something is measured against
    (see module)."""
    phrase = _phrase(np)
    return _compared(phrase) or _others(phrase) or _met(phrase)
