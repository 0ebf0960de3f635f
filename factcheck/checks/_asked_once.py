"""Two shares of one sentence whose clauses write one verb again, for FC205: one
question of one group, or two.

Shares of one group listed together are one partition of it, whatever their verb:
"44% rent privately, 31% rent from the council and 30% own" (how they are housed);
"58% work days, 30% work nights" (when). The verb written again with a different
adverbial after it answers one question. Not one question: a verb of saying, thinking
or taking a side (words.tsv, class "opinion": "70% said prices were too high, 65% said
wages were too low"; "66% backed the offer and 45% backed the rota"), a verb with an
object ("72% use the gym and 58% use the pool", "70% play football and 45% play chess":
two things, the answers may overlap; but a verb of saying written again with a pronoun
after it that points back is one question again, said_again), or a sentence that allows
several answers (class "several": "also", "more than one", "at least one"). An adverbial
starts with a preposition, an adverb in -ly or a word that says when (words.tsv, class
"times").
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig

_NEGATED = re.compile(r"\b(?:not|never|t)\b")  # lower-case words: "did not", "don't"


def asked_once(doc: Document, i: int, j: int, alike: bool = False) -> bool:
    """Whether shares i and j (claim indices, one sentence or j's later), each followed
    right away by one verb, answer one question of one group (the module's rule); alike:
    their adverbials open with one word, one frame ("comes from X. Half comes from Y";
    not "is milled in Kent. Half is milled by hand": where and how, two questions)."""
    begin, end = doc.contexts[i].sentence[0], doc.contexts[j].sentence[1]
    said = [_after(doc, k) for k in (i, j)]
    if said[0][:1] == ["of"] and said[1] and said[1][0] in said[0]:
        said[0] = said[0][said[0].index(said[1][0]) :]  # "64% of staff work days": its
        # whole written after it, then the verb the later share writes again
    said = [w[:4] for w in said]
    if any(len(w) < 2 for w in said) or said[0][0] != said[1][0] or said[0][1:] == said[1][1:]:
        return False
    if said[0][0] in fig.words("opinion") or fig.any_word("several").search(doc.text, begin, end):
        return False
    return all(_adverbial(w[1]) for w in said) and (not alike or said[0][1] == said[1][1])


def _adverbial(word: str) -> bool:
    """Whether the word after a verb starts an adverbial: a preposition ("from the
    council", "by bus"; words.tsv classes "function", "preposition", "category" and the
    scope words), an adverb in -ly ("privately"), or a word that says when (class
    "times": "nights", "part-time"); not an object ("the pool", "a car", "football"), nor
    a goal ("went to university ... went to college": two places, the answers may
    overlap)."""
    return (word in _PREPOSITIONS or word.endswith("ly") or word in fig.words("times"))


_PREPOSITIONS = (fig.QUALIFIERS | fig.words("preposition") | fig.words("category")
                 | (fig.words("function") - fig.words("determiner"))
                 | {"with", "by"}) - {"to", "of"}


def _after(doc: Document, i: int) -> list[str]:
    """Up to eight words from share i's clause verb, when the verb follows it, else from
    the share, to the next figure or its sentence's end, lower case ("rent from the
    council", "work nights"; "58% of drivers work nights" -> work nights)."""
    end, verb, start = doc.contexts[i].sentence[1], doc.contexts[i].verb, doc.claims[i].end
    following = [c.start for c in doc.claims[i + 1 : i + 2] if start < c.start < end]
    stop = min([end, *following])
    if verb is not None and start <= verb < stop:
        start = verb
    return [w.lower() for w in fig.WORDS.findall(doc.text, start, stop)[:8]]


def said_again(doc: Document, i: int, j: int) -> bool:
    """Whether share j's clause writes share i's verb again about the same thing, so that
    the two answer one question: the verb followed in j's clause by a pronoun that points
    back (words.tsv, class "pronoun": "60% said the bus had got better, 38% said it had
    got worse"; "71% said classes were too big, 45% said they were about right"), by an
    answer (classes "answer", "poll"; "said they rent ..., said they own it": "they"),
    past a preposition ("agreed with it"). Not a copula, not one clause negated and the other
    not (factcheck.checks._answers.negated_pair reads those), and not another thing after
    the verb ("70% said prices were too high, 65% said wages were too low": two
    questions)."""
    skip = fig.words("function") | fig.words("determiner") | fig.words("preposition")
    said = [[w for w in _after(doc, k) if w not in skip or w in fig.words("pronoun")][:2]
            for k in (i, j)]
    if any(len(w) < 2 for w in said) or said[0][0] != said[1][0]:
        return False
    if said[0][0] in fig.words("copula") or fig.any_word("several").search(
            doc.text, doc.contexts[i].sentence[0], doc.contexts[j].sentence[1]):
        return False
    lead = " ".join(re.split(r"[,;:]", doc.text[doc.claims[i].end : doc.claims[j].start])[1:])
    if {w.lower() for w in fig.WORDS.findall(lead)} & fig.QUALIFIERS:
        return False  # "52% said yes; among women, 60% said no": another group asked
    clauses = [" ".join(_after(doc, k)) for k in (i, j)]
    if len({_NEGATED.search(c) is None for c in clauses}) > 1:
        return False  # "said they would stay, ... said they would not leave": one negated,
        # read by factcheck.checks._answers.negated_pair
    back = fig.words("pronoun") | fig.words("answer") | fig.words("poll")
    if said[1][1] not in back:
        return False
    if said[1][1] not in fig.words("pronoun"):  # an answer word as a preposition before
        objects = [_object_after(doc, k, said[1][1]) for k in (i, j)]  # two things:
        if all(objects) and objects[0] != objects[1]:  # "vaccinated against rabies ...
            return False  # against distemper": two questions
    return True


def _object_after(doc: Document, k: int, word: str) -> str:
    """The words share k's clause writes after word, up to four ("against rabies":
    "rabies"), lower case, with no "and" that opens the next clause; empty when word is
    the clause's last ("38% voted against")."""
    after = _after(doc, k)
    if word not in after:
        return ""
    rest = after[after.index(word) + 1 :]
    rest = rest[: rest.index("and")] if "and" in rest else rest
    return " ".join(rest[:4])
