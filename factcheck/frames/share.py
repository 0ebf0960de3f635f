"""The measure of a share: its whole, then what its part is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import NOT_ENTITY, entity_name, is_metric_word
from factcheck.frames.nouns import TIME_WORDS, is_kind, is_noun, measure_word, phrase, verb_cue
from factcheck.frames.subject import clause_verb, verb_subject
from factcheck.lexicon import lexicon

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


def stated_share(np: Token, whole: Token | None, figure: frozenset[int]) -> str | None:
    """The measure of a share that states a metric's level against its whole, the part
    alone ("public debt reached 78% of GDP": public debt; _stated, _spent_on), or None
    when the share is of the whole its part is in (share_measure). The whole then goes
    to Frame.share_of, where the reference stage reads it."""
    if whole is None:
        return None
    verb = clause_verb(np)
    return _valued(np, figure) or (None if verb is None else (
        _stated(np, verb, figure) or _spent_on(np, verb, whole, figure)))


def _valued(np: Token, figure: frozenset[int]) -> str | None:
    """The metric whose value a share is written as, its "of"-complement ("a defence
    budget of 2.1% of GDP", "a deficit of 3% of national income", "public debt of 112%
    of GDP"): the noun the "of" hangs on, when it names a metric (nouns.measure_word) and
    is no figure, kind or name. None otherwise ("a survey of 40% of households")."""
    head = np.head.head if np.dep_ == "pobj" and np.head.lower_ == "of" else None
    if (head is None or not is_noun(head) or head.i in figure or is_kind(head)
            or entity_name(head) is not None or not measure_word(head)):
        return None
    return phrase(head, figure)


def _stated(np: Token, verb: Token, figure: frozenset[int]) -> str | None:
    """The measure a share states the level of, relative to its whole: the subject of a
    copula, of a verb stating a level (lexicon frames.tsv "level": "reached", "stood at")
    or of a verb of change, or of any verb whose level the share is "to" ("will narrow to
    3.2% of GDP"), or the object a verb moves to the share
    ("will raise defence spending to 2.5% of GDP"), when that noun names a metric
    (nouns.measure_word: "debt", "budget deficit", "spending on defence"): "public debt
    reached 78% of GDP" is public debt, stated as a ratio to GDP, as editors label it (the
    blind frames sets, every writer). A part that names no metric ("wind and solar were 1%
    of the electricity", "coal supplied 53% of the power") or a verb of composition
    ("exports make up 35% of output") keeps the whole (share_measure). None otherwise."""
    if np.dep_ == "npadvmod" or not (
            np.head.i == verb.i or (np.dep_ == "pobj" and np.head.head.i == verb.i)):
        return None  # a share set beside another figure ("rose to 142,000, 78% of all
        # new cars") is a share of its whole, not the level the verb states
    lemma = verb.lemma_.lower()
    moved_to = np.dep_ == "pobj" and np.head.lower_ == "to" and np.head.head.i == verb.i
    if not (moved_to or lemma == "be" or lexicon().frame_class(lemma, "level")
            or lemma in lexicon().motion_words or verb.lower_ in lexicon().motion_words):
        return None  # the level a verb moves its subject or object to: "will narrow to"
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None) if moved_to else None
    if noun is None:
        noun = verb_subject(verb)
    if (noun is None or noun.i in figure or is_kind(noun) or entity_name(noun) is not None
            or not measure_word(noun)):
        return None
    return phrase(noun, figure)


def _spent_on(np: Token, verb: Token, whole: Token, figure: frozenset[int]) -> str | None:
    """The measure of a share of a metric written as a name (names.is_metric_word:
    "GDP") that a verb naming a metric (lexicon cues.tsv: "spends" -> spending) puts
    "on" something: that thing with the verb's metric ("spends 4.8% of its GDP on
    health": health spending; "spent a fortieth of GDP on schools": school spending, the
    parser hanging "on" on the verb or on the whole), as every blind set's writer labels
    it. A share of a budget or an income spent so keeps its whole: editors label it
    either way. None for a share that is no object of such a verb."""
    cue = verb_cue(verb)
    if cue is None or np.dep_ != "dobj" or np.head.i != verb.i or not is_metric_word(whole):
        return None  # "spends 6.1% of its budget on policing": editors differ (budget)
    on = [o for c in (*verb.children, *whole.children) if c.dep_ == "prep"
          and c.lower_ == "on" for o in c.children
          if o.dep_ == "pobj" and is_noun(o) and o.i not in figure]
    return f"{phrase(on[0], figure)} {cue}" if on else None


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
