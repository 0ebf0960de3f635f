"""A figure's measure from the parse: what is counted or measured, as lemma and modifiers.

The measure is built from two parts, either of which may be missing:

- the thing: the noun a plain count counts ("420 beds" -> "bed", "1.2 million
  households"), or what a unit measures ("4.1 million tonnes of pork" -> "pork");
- the metric: a metric noun the figure belongs to ("a population of 54 million", "the
  death toll of 300", "a 25% tariff"), the subject of the figure's clause when that is a
  common noun ("the town's population was 79,100", "copper exports rose to $4.2bn"), or the
  clause's verb when it names a metric (lexicon cues.tsv: "exported 4.1 million tonnes" ->
  "export").

The measure is the metric with the thing in front ("pork export", "rare-earth export"),
the metric alone, or the thing alone. A noun's modifiers (compounds and adjectives, not
names, numbers or determiners) come with it: "death toll", "unemployment rate".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.subject import (
    GENERIC,
    clause_verb,
    entity_name,
    is_metric_word,
    verb_object,
    verb_subject,
)
from factcheck.lexicon import lexicon
from factcheck.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIERS = ("compound", "amod", "nmod")
_SKIP_ADJ = frozenset({"first", "last", "next", "previous", "same", "other", "such", "more",
                       "less", "few", "many", "several", "total", "estimated", "additional",
                       "further", "new", "own", "whole", "entire", "least", "most"})


def cue_lemma(word: str) -> str | None:
    """The metric lemma a word signals (lexicon cues.tsv: "exports" -> "export"), or None."""
    return lexicon().cues.get(word.lower().strip())


def phrase(noun: Token, skip: frozenset[int], of: bool = True) -> str:
    """The noun's lemma with its modifiers, lower case: "rare-earth export"; what an "of"
    after it names comes in front ("exports of rare earths" -> "rare earth export"), and so
    does a "by"/"via" ("coal exports by rail" -> "rail coal export")."""
    words: list[str] = []
    if of:
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "by", "via"):
                words += [phrase(obj, skip, of=False) for obj in prep.children
                          if obj.dep_ == "pobj" and _is_noun(obj) and obj.i not in skip]
    for child in noun.lefts:
        if child.dep_ not in _MODIFIERS or child.i in skip or entity_name(child):
            continue
        if child.like_num or child.lower_ in _SKIP_ADJ or child.pos_ in ("NUM", "DET"):
            continue
        text = "".join(t.text_with_ws for t in child.subtree if not t.like_num).strip()
        if text:
            words.append(text.lower())
    words.append(noun.lemma_.lower() if noun.pos_ != "PROPN" else noun.lower_)
    return " ".join(words)


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and not tok.like_num and (
        entity_name(tok) is None or is_metric_word(tok))


def _is_kind(tok: Token) -> bool:
    """A noun that says what kind of entity something is ("a port of 45,000 people")."""
    return any(lexicon().frame_class(tok.lemma_, k) for k in ("place", "org", "person"))


def _thing(np: Token, claim: Claim, figure: frozenset[int]) -> Token | None:
    """What a count counts or a unit measures."""
    if not claim.unit and np.i not in figure and _is_noun(np):
        return np
    if not claim.unit and _is_noun(np) and claim.noun:
        return np
    for prep in np.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_noun(obj) and obj.i not in figure:
                    return obj
    return None


def _metric(np: Token, figure: frozenset[int], unit: str) -> Token | str | None:
    """The metric noun (or verb's cue lemma) a figure belongs to."""
    verb = clause_verb(np)
    prep = np.head
    moved = verb_object(np, verb)
    if moved is not None and _is_noun(moved) and moved.i not in figure:
        return moved  # "brought tariffs to a total of 50%", "cut its budget by $2bn"
    if (np.dep_ == "pobj" and prep.lower_ == "of" and _is_noun(prep.head)
            and prep.head.i not in figure and not _is_kind(prep.head)
            and prep.head.lemma_.lower() not in GENERIC):
        return prep.head  # "a population of 54 million", "the death toll of 300"
    if np.dep_ in ("compound", "amod", "nmod", "nummod") and _is_noun(np.head):
        return np.head
    if np.i not in figure and _is_noun(np) and np.dep_ != "appos":
        return np if unit else None  # "a 25% tariff"; "people" in "45,000 people" is a thing
    if verb is None:
        return None
    if lexicon().frame_class(verb.lemma_, "reporting"):  # "put Germany's GDP at $4.5tn"
        objects = [c for c in verb.children if c.dep_ == "dobj" and _is_noun(c)]
        return objects[0] if objects else None
    subj = verb_subject(verb)
    if (subj is not None and subj.i not in figure and not _is_kind(subj)
            and not any(c.dep_ == "appos" and entity_name(c) for c in subj.rights)
            and ((_is_noun(subj) and subj.pos_ == "NOUN") or is_metric_word(subj))):
        return subj
    lemma = cue_lemma(verb.text) or cue_lemma(verb.lemma_)
    return lemma


def measure_of(np: Token, claim: Claim, figure: frozenset[int]) -> str | None:
    """The measure of the figure whose phrase head is np (see the module's rules)."""
    thing = _thing(np, claim, figure)
    metric = _metric(np, figure, claim.unit)
    if isinstance(metric, str):
        head = metric
    elif metric is not None and (thing is None or metric.i != thing.i):
        head = phrase(metric, figure)
    else:
        head = ""
    front = (phrase(thing, figure) if thing is not None and not (
        not isinstance(metric, str) and metric is not None and metric.i == thing.i) else "")
    text = f"{front} {head}".strip()
    return text or None
