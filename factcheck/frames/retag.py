"""A verb the tagger took for a noun, told back to the frames as the verb it is.

The small English pipeline tags some verbs that are also nouns as nouns ("cost",
"rents", "spans", "plans") while its parser still makes them the head of a clause, with
a subject and an object of their own: in "the 9-mile line cost £47m to rebuild" the word
"cost" is tagged NN yet heads "line" as its nsubj and "£47m" as its dobj. The frames read
a clause through its verb (verbs.clause_verb looks for VERB or AUX), so such a clause
has none: the figure is left with no measure ("cost", "rent", "span") and no verb to tell
its tense by.

The rule is the parse's own: a noun at the head of a sentence, of a reported clause or
of a clause joined to one (ROOT, ccomp, conj) that governs an object or an indirect
object (dobj, dative: relations only a predicate has), or a subject (nsubj) and an
amount after it, is a verb; a subject alone ("adults cycle to work") is left as the
parse has it. Its tag becomes VBZ for a form in -s ("rents", "spans"), else VB: a bare
form ("the line cost £47m", "nine homes house 420 residents") may be the present or the
past, and is left with no tense, as the noun had. A noun heading a caption ("Record
attendance: 45,000", "The total cost: £4.5 million") governs no such relation and stays
a noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["verbs_told"]

_HEADS = frozenset({"ROOT", "ccomp", "conj"})
_OBJECTS = frozenset({"dobj", "dative"})


def verbs_told(doc: Doc) -> Doc:
    """doc, with each noun that heads a clause (see the module's rule) tagged a verb."""
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.dep_ in _HEADS and _governs(tok):
            tok.tag_ = _finite(tok)
            tok.pos_ = "VERB"
    return doc


def _governs(noun: Token) -> bool:
    """Whether a noun governs an object or an indirect object ("cost £47m", "cost the
    trust £380,000"), or a subject and an amount after it ("the bridge spans 1,624
    metres", parsed as an apposition): the amount is what the clause is about. A subject
    alone ("adults cycle to work") is left as the parse has it."""
    children = list(noun.children)
    if any(c.dep_ in _OBJECTS for c in children):
        return True
    return any(c.dep_ == "nsubj" for c in children) and any(
        c.i > noun.i and c.dep_ in ("appos", "npadvmod") and (
            c.like_num or any(n.dep_ == "nummod" for n in c.children)) for c in children)


def _finite(verb: Token) -> str:
    """The tag of a noun read as a verb: VBZ for a form in -s (present), else VB: a bare
    form ("cost", "house") may be the present or the past, so it is given no tense
    (verbs.tense reads none from VB), as when it was a noun."""
    return "VBZ" if verb.tag_ == "NNS" else "VB"
