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
    electricity and solar electricity" (parts taken together: one measure per part,
    joined by "and", each ending in the whole; reference.summed adds their series)."""
    parts: list[list[str]] = []
    verb = clause_verb(np)
    subject = verb_subject(verb) if verb is not None else None
    owned = _owned(whole)
    if (verb is not None and subject is not None and subject.i not in figure
            and subject.head.i != verb.i):
        parts.append(together(subject, figure))  # "renewables ..., accounting for 95% of"
    elif subject is not None and subject.i not in figure and owned:
        parts.append(together(subject, figure))  # "Coal supplied 53% of Poland's power"
    for child in verb.children if verb is not None else ():
        if (child.i in figure or child.dep_ in _NOT_PREDICATE or child.i == np.i
                or (subject is not None and child.i == subject.i and owned)):
            continue
        tokens = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" \
            else [child]
        for tok in tokens:
            if not _unnamed(tok):
                parts.extend([_word(c, figure)] for c in _conjuncts(tok) if _unnamed(c))
            elif tok.pos_ in ("NOUN", "ADJ"):
                parts.append(together(tok, figure))
    if (verb is not None and verb.lemma_.lower() in _HAVING and parts
            and "access" not in " ".join(w for p in parts for w in p).split()
            and not any(c.dep_ == "neg" for c in verb.children)):
        parts.append(["access"])  # "8 in 10 homes have electricity": access to electricity
    if whole is not None and is_noun(whole):
        parts.append([phrase(whole, figure)])
    elif whole is not None and whole.tag_ == "NNPS":
        parts.append(["population"])  # "eight out of 10 Chileans": a share of its people
    return _written(parts)


def _written(parts: list[list[str]]) -> str | None:
    """The measure's words in order; the first group of parts taken together written
    once per part, with the words around it: [["wind", "solar"], ["electricity"]] ->
    "wind electricity and solar electricity"."""
    group = next((i for i, p in enumerate(parts) if len(p) > 1), None)
    if group is None:
        return " ".join(w for p in parts for w in p) or None
    before = [w for p in parts[:group] for w in p]
    after = [" ".join(p) for p in parts[group + 1:]]
    return " and ".join(" ".join([*before, part, *after]) for part in parts[group])


_JOINING = frozenset({"and", "plus", "&"})
_APART = frozenset({"each", "both", "apiece", "respectively", "either", "neither"})


def together(part: Token, figure: frozenset[int]) -> list[str]:
    """The phrases of a share's part and of the parts coordinated with it, one each when
    the share is of them together ("wind and solar power supplied 3% of the power" ->
    ["wind", "solar power"]: the sum of two series, reference.summed), else one phrase.
    Parts held apart ("each", "both", "respectively") or offered as choices ("or") are
    one phrase of all their words, so that no single series and no sum is held against
    them."""
    joined = [c for c in _conjuncts(part) if c.i not in figure
              and c.pos_ in ("NOUN", "PROPN", "ADJ") and _unnamed(c)]
    first = _word(part, frozenset(figure | {c.i for c in joined}))
    if not joined:
        return [first]
    words = [first, *(_word(c, figure) for c in joined)]
    links = {c.lower_ for c in part.subtree if c.dep_ in ("cc", "preconj")}
    near = {t.lower_ for t in part.doc[part.left_edge.i: part.head.i + 3]}
    if links <= _JOINING and not near & _APART:
        return words
    return [" ".join(words)]


def _conjuncts(tok: Token) -> list[Token]:
    """The tokens coordinated with tok, however the parser chains them ("coal, gas and
    hydropower": gas under coal, hydropower under gas or under coal)."""
    found: list[Token] = []
    todo = [tok]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return sorted(found, key=lambda t: t.i)


def _unnamed(tok: Token) -> bool:
    """A word that may name a share's part: not a figure, a name, a date or a time."""
    return not (tok.like_num or tok.ent_type_ in NOT_ENTITY or entity_name(tok)
                or tok.lemma_.lower() in TIME_WORDS)


def _word(tok: Token, figure: frozenset[int]) -> str:
    """A part's phrase: a noun with its modifiers, an adjective ("solar") as its lemma."""
    return phrase(tok, figure) if tok.pos_ != "ADJ" else tok.lemma_.lower()


def _owned(whole: Token | None) -> bool:
    """Does the whole name its owner ("Poland's power", "the power of Poland")? Then the
    clause's subject is the part, whatever the tagger makes of it: a word capitalised
    at the head of the sentence ("Coal", "Renewables") is often taken for a name, and
    even a name ("Ørsted supplied 30% of Denmark's power") is the part, not the owner.
    A clause may name the owner too: "the electricity Chile generated"."""
    if whole is None:
        return False
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in whole.children) or any(
        ((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "relcl")
        and any(o.ent_type_ in _PLACES for o in c.children if o.dep_ in _OWNERS)
        for c in whole.children)


_PLACES = frozenset({"GPE", "LOC", "NORP"})
_OWNERS = frozenset({"pobj", "nsubj"})
