"""A figure's place in its clause's parse: the clause's verb, the nouns on the way to it,
the verb's subject, and the object a verb moves to or by the figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token is in (None when it is in no clause)."""
    t = tok
    while True:
        if t.i != tok.i and t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head


_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall"})


def tense(verb: Token | None) -> str | None:
    """The tense of a clause from its verb: "future" ("will cut", "is expected to reach",
    "plans to build": an infinitive under a verb in the present), "past" ("fell", "was
    built", "had risen"), "present" ("is", "has fallen"), else None (a participle alone,
    "would", no verb). The first finite word of the verb group decides."""
    if verb is None:
        return None
    group = sorted([c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb],
                   key=lambda t: t.i)
    if any(t.lower_ in _FUTURE_AUX for t in group):
        return "future"
    if verb.dep_ == "xcomp" and any(t.tag_ == "TO" for t in group) and verb.head is not verb:
        return "future" if tense(verb.head) in ("present", "future") else None
    if len(group) == 1 and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "four in ten waited" tagged as a participle: with a subject and no
        # auxiliary it can only be the past tense
    for t in group:
        if t.tag_ == "VBD":
            return "past"
        if t.tag_ in ("VBZ", "VBP"):
            return "present"
        if t.tag_ == "MD":
            return None
    return None


_NOMINAL = frozenset({"pobj", "appos", "nsubj", "nsubjpass", "dobj"})


def path_nouns(tok: Token, verb: Token | None) -> list[Token]:
    """The nouns and names between a token and its clause's verb, nearest first."""
    out: list[Token] = []
    t = tok
    while t.head.i != t.i and (verb is None or t.head.i != verb.i):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN", "PRON") or (t.dep_ in _NOMINAL and not t.like_num):
            out.append(t)  # "like its neighbour Northtown": a noun tagged an adjective
    return out


GENERIC = frozenset({"total", "sum", "level", "figure", "record", "high", "low", "amount",
                     "number", "peak", "tally"})


def verb_object(np: Token, verb: Token | None) -> Token | None:
    """The object a verb moves to or by the figure ("brought tariffs to 50%", "cut its
    budget by $2bn"), through a generic noun ("to a total of 50%")."""
    t = np
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in GENERIC:
        t = t.head.head
    if verb is None:
        return None
    if t.dep_ == "pobj" and t.head.lower_ in _MOVED:
        if (small := _small_clause(t.head.head, verb)) is not None:
            return small  # "saw the birth rate fall by 24%": the rate
        if t.head.head.i != verb.i and not swallowed(t.head, verb):
            return None
    elif not (t.dep_ == "dobj" and t.head.i == verb.i
              and any(c.lower_ in ("to", "by") for c in t.subtree)):
        return None  # "bringing the total to 60%" parsed with two objects
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
               and c.i != t.i and not any(n.dep_ == "nummod" for n in c.children)]
    # an object with a number is another figure ("rose 27 per cent ... to 5,340")
    if not objects and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in
                           verb.children):
        return _antecedent(verb)
    return _before_change(objects[0]) if objects else None


def _before_change(noun: Token) -> Token:
    """The noun compounded before a change noun the parser took for the object's head
    ("saw the maize yield increase by a quarter": yield, whose rise it is), else noun."""
    if not lexicon().frame_class(noun.lemma_.lower(), "change_noun"):
        return noun
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound"
                 and c.pos_ == "NOUN"), noun)


def _antecedent(verb: Token) -> Token | None:
    """What "it" or "them" stands for as the object of a verb hung on another clause:
    that clause's object, else its subject, when a common noun ("expanded its nuclear
    output, raising it from 17 TWh to 430 TWh": output)."""
    v = verb
    while v.dep_ in ("advcl", "xcomp", "conj", "ccomp") and v.head.i != v.i:
        v = v.head
        for dep in ("dobj", "nsubj", "nsubjpass"):
            nouns = [c for c in v.children if c.dep_ == dep and c.pos_ == "NOUN"
                     and not any(n.dep_ == "nummod" for n in c.children)]
            if nouns:
                return nouns[0]
    return None


_MOVED = frozenset({"to", "by", "at", "from", "above", "below", "under", "over"})  # "kept
# the rate above 9%", "had a yield of under 2 tonnes": where the verb holds its object


def _small_clause(head: Token, verb: Token) -> Token | None:
    """The subject noun of a clause the verb takes as its complement ("saw the birth rate
    fall by 24%", "watched exports grow by a third"), when the figure hangs on that clause's
    own word; else None."""
    if head.dep_ not in ("ccomp", "xcomp") or head.head.i != verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def swallowed(prep: Token, verb: Token) -> bool:
    """A "to" or "by" the parser hung on a noun inside the verb's object instead of on the
    verb ("cut the risk of a second stroke by 27%", "raised the price of a loaf by 12p"):
    a noun phrase is not moved by an amount, so it belongs to the verb."""
    return prep.lower_ in ("to", "by") and any(
        c.dep_ == "dobj" and c.i != prep.i and c.left_edge.i <= prep.head.i <= c.right_edge.i
        for c in verb.children)


def verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined with or controlled by; for a
    relative clause, the noun it describes."""
    v = verb
    for _ in range(6):
        for child in v.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
                if child.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    return v.head  # "output of Peru, which was over 180 TWh"
                return child if child.dep_ != "expl" else None
        if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
            return v.head
        if v.dep_ == "conj" and (stray := _stray_name(v)) is not None:
            return stray
        if v.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and v.head.i != v.i:
            v = v.head  # "dropped ... before recovering to 75 TWh": dropped's subject
            continue
        return _stray_subject(v)
    return None


def _stray_name(verb: Token) -> Token | None:
    """The subject of a conjoined verb the parser hung on the first clause's object: the
    name right before it ("Northtown has 52,310 residents and Southville has 18,400":
    Southville made a conjunct of "residents", the second "has" left without a subject)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.dep_ not in ("conj", "appos"):
        return None
    return before if before.head.i != verb.i else None


def _stray_subject(verb: Token) -> Token | None:
    """The subject the parser hung elsewhere: a root verb with none takes the common noun
    that ends right before it, hung as an apposition ("In several countries, including Chad
    and Mali, the access rate was below 20%": the parser made "rate" an apposition to
    "Chad" and left "was" without a subject)."""
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ == "NOUN" and before.dep_ == "appos":
        return before
    return None


def definite_subject(np: Token) -> str | None:
    """The common noun a figure's clause is about when the draft writes it as a known one
    ("the museum", "this bridge"; or owning the figure, "the museum's 40 staff"): its
    lemma, for antecedents.py to find among the names of its paragraph ("the Halm Museum
    of Art"); None when the clause's subject is no such noun, or a reporting verb's (a
    source: lexicon frames.tsv "reporting")."""
    verb = clause_verb(np)
    owners = [c for c in np.children if c.dep_ == "poss"]
    if not owners and verb is not None and lexicon().frame_class(verb.lemma_.lower(),
                                                                 "reporting"):
        return None  # "the fund expects growth of 2%": the fund is the figure's source
    subj = owners[0] if owners else verb_subject(verb) if verb is not None else None
    if subj is None or subj.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
        return None
    return subj.lemma_.lower()


_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def reported_by(np: Token) -> Token | None:
    """The reporting verb (lexicon frames.tsv "reporting") whose own object a figure is,
    or what that object is compared with, on the way up its parse through no clause with
    a subject of its own: "Acme reported a loss of $83m, compared with a profit of $12m",
    "... revenue of $2.1bn, against $1.9bn in 2024", "..., up from €150m", "..., 9% more
    than a year earlier"; not "Acme said revenue rose 9%" (the figure is in a clause the
    verb reports, with its own subject) nor "... as fees rose to $21m". None otherwise."""
    t = np
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and lexicon().frame_class(t.lemma_.lower(), "reporting"):
            return t
        if any(c.dep_ in _OWN_SUBJECT for c in t.children):
            return None
    return None
