"""The measure of a share: its whole, then what its part is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import NOT_ENTITY, entity_name
from factcheck.frames.nouns import TIME_WORDS, is_noun, phrase
from factcheck.frames.subject import clause_verb, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

_HAVING = frozenset({"have"})  # a share of people who have a thing: its access (not
# "lack" or "do not have": the share without it)
_NOT_PREDICATE = frozenset({"aux", "auxpass", "neg", "punct", "advmod", "npadvmod", "mark",
                            "cc", "conj", "advcl", "ccomp", "det"})


def share_measure(np: Token, whole: Token | None, figure: frozenset[int]) -> str | None:
    """The measure of a share: what its part is, from the clause's subject and predicate,
    in front of its whole, the head (DESIGN.md: the head noun's lemma with its
    modifiers; the checks read the whole there: FC205): "15% of the population had access
    to electricity" -> "electricity access population"; "a quarter of British adults are
    obese" -> "obese british adult"; "wind and solar were 1% of electricity" -> "wind
    solar electricity"."""
    parts: list[str] = []
    verb = clause_verb(np)
    subject = verb_subject(verb) if verb is not None else None
    owned = _owned(whole)
    if (verb is not None and subject is not None and subject.i not in figure
            and subject.head.i != verb.i):
        parts.append(phrase(subject, figure))  # "renewables ..., accounting for 95% of"
    elif subject is not None and subject.i not in figure and owned:
        parts.append(phrase(subject, figure))  # "Coal supplied 53% of Poland's power"
    for child in verb.children if verb is not None else ():
        if (child.i in figure or child.dep_ in _NOT_PREDICATE or child.i == np.i
                or (subject is not None and child.i == subject.i and owned)):
            continue
        tokens = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" \
            else [child]
        tokens += [c for t in tokens for c in t.children if c.dep_ == "conj"]
        for tok in tokens:
            if (tok.like_num or tok.ent_type_ in NOT_ENTITY or entity_name(tok)
                    or tok.lemma_.lower() in TIME_WORDS):
                continue
            if tok.pos_ == "NOUN":
                parts.append(phrase(tok, figure))
            elif tok.pos_ == "ADJ":
                parts.append(tok.lemma_.lower())
    if (verb is not None and verb.lemma_.lower() in _HAVING and parts
            and "access" not in " ".join(parts).split()
            and not any(c.dep_ == "neg" for c in verb.children)):
        parts.append("access")  # "8 in 10 homes have electricity": access to electricity
    if whole is not None and is_noun(whole):
        parts.append(phrase(whole, figure))
    elif whole is not None and whole.tag_ == "NNPS":
        parts.append("population")  # "eight out of 10 Chileans": a share of its people
    return " ".join(parts) or None


def _owned(whole: Token | None) -> bool:
    """Does the whole name its owner ("Poland's power", "the power of Poland")? Then the
    clause's subject is the part, whatever the tagger makes of it: a word capitalised
    at the head of the sentence ("Coal", "Renewables") is often taken for a name, and
    even a name ("Ørsted supplied 30% of Denmark's power") is the part, not the owner."""
    if whole is None:
        return False
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in whole.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.ent_type_ in ("GPE", "LOC", "NORP") for o in c.children) for c in whole.children)
