"""Shares that answer one question, for FC205: "41% of those polled were in favour, 38%
were against and 30% were undecided"; "52% said yes, 44% said no".

In one sentence, two or more percentages (all its percentages, each a plain level, no
change, range or bound) each followed, before the next percentage and within MAX_GAP
characters, by an answer that no figure follows ("against 51%" is a base, not an answer):
a poll word (words.tsv, class "poll": "yes", "no", "favour", "against", "undecided",
"neutral"), or a stance (classes "poll_for", "poll_against": "backed" and "supported" are
one answer, "opposed" another). The answers all differ, are about one thing (what
follows an answer in its clause: not "in favour of the road, 70% against the tax"), name
no different wholes ("61% of voters backed it, 58% of councillors opposed it") and no
scope of their own before a later one ("; among women, 60% said no": fig.QUALIFIERS):
they are the shares of the people asked, one whole. A later percentage whose own
clause names a rate before it ("..., with turnout at 38%": frames.tsv, classes "rate" and
"participation") is the level of that rate, no answer, and is set aside.

Two clauses under one repeated verb, one of them its negation ("39% said they trusted
the council, 47% said they did not"; "58% think it will work and 49% think it will
not"; "61% would pay more; 44% would not"), answer one question yes and no
(negated_pair): negation is grammar, not a word of the topic.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim

MAX_GAP = 60  # characters after a share in which its answer is looked for
_FIGURE_NEXT = re.compile(r"\s*[\d$£€]")
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|while|whereas|but)\b", re.IGNORECASE)


def shares(doc: Document, group: tuple[int, ...]) -> list[Claim] | None:
    """The percentages of one sentence (group) if each gives a different answer."""
    percents = [i for k, i in enumerate(group) if "percent" in doc.claims[i].unit
                and not _rate(doc, group, k)]
    if len(percents) < 2 or not all(_plain(doc.claims[i]) for i in percents):
        return None
    end = doc.contexts[group[0]].sentence[1]
    answers: list[str] = []
    wholes: list[str] = []
    objects: list[frozenset[str]] = []
    after = doc.claims[percents[0]].start  # where the last answer ended
    for n, i in enumerate(percents):
        lead = _lead(doc.text, after, doc.claims[i].start)
        if n and lead & fig.QUALIFIERS:
            return None  # "55% said yes; among women, 60% said no": another group asked
        stop = doc.claims[percents[n + 1]].start if n + 1 < len(percents) else end
        found = _answer(doc.text, doc.claims[i].end, min(stop, doc.claims[i].end + MAX_GAP))
        if found is None:
            return None
        answers.append(found[0])
        wholes.append(_whole(doc.text, doc.claims[i].end, found[1]))
        after = found[1]
        objects.append(about(doc.text, after, stop))
    if len(set(answers)) < len(answers) or len({o for o in objects if o}) > 1:
        return None  # "45% in favour of the road, 70% against the tax": two questions
    if len({w for w in wholes if w}) > 1:
        return None  # "61% of voters backed it, while 58% of councillors opposed it"
    return [doc.claims[i] for i in percents]


def _rate(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether percentage group[k] is the level of a rate its own clause names before it,
    after the figure before it ("57% for and 49% against, with turnout at 38%": frames.tsv,
    classes "rate" and "participation"): a measure of its own, no answer and no share of
    the people asked."""
    i = group[k]
    after = doc.claims[group[k - 1]].end if k else doc.contexts[i].sentence[0]
    cut = _CLAUSE_END.search(doc.text, after, doc.claims[i].start)
    if k == 0 or cut is None:
        return False  # the first percentage, or one in the clause of the figure before
    words = fig.WORDS.findall(doc.text, cut.end(), doc.claims[i].start)
    return any(lexicon().frame_class(w, kind) for w in words
               for kind in ("rate", "participation"))


def _lead(text: str, after: int, start: int) -> set[str]:
    """The words before a later share in its own clause, after the first clause break that
    follows the answer before it ("; among women, 60%": "among", "women"); the words
    before that break finish the earlier answer's clause ("yes in Sunday's referendum and
    49%": no scope of the later share)."""
    cut = _CLAUSE_END.search(text, after, start)
    return {w.lower() for w in fig.WORDS.findall(text, cut.end(), start)} if cut else set()


def _whole(text: str, start: int, end: int) -> str:
    """The head of the whole a share names right after it ("61% of voters", "58% of the
    town's councillors": councillors), or "" when it names none; two shares that name
    different wholes answer for two groups, not one."""
    found = _OF_WHOLE.match(text, start, end)
    if found is None:
        return ""
    skip = fig.words("function")
    for w in fig.WORDS.finditer(text, found.end(), end):
        word = w.group(0).lower()
        if word in skip or word == "s" or text.startswith(("'s", "’s"), w.end()):
            continue  # a function word, or an owner ("the town's") and its "s"
        if word in fig.words("back"):
            return ""  # "three-quarters of them": the whole named before, no other
        return word.removesuffix("s")
    return ""


_OF_WHOLE = re.compile(r"\s+of\b", re.IGNORECASE)


def whole_after(text: str, start: int) -> str:
    """_whole within MAX_GAP characters after a figure ending at start ("" for none)."""
    return _whole(text, start, min(len(text), start + MAX_GAP))


def about(text: str, start: int, end: int) -> frozenset[str]:
    """The words of what an answer is about ("of the new road"), up to the clause's end;
    none for a pronoun ("against it") or nothing."""
    stop = _CLAUSE_END.search(text, start, end)
    words = fig.WORDS.findall(text, start, stop.start() if stop else end)
    skip = fig.words("function") | {"it", "them", "this", "that", "of", "were", "was"}
    return frozenset(w.lower() for w in words if w.lower() not in skip)


def _answer(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The first answer word in text[start:end] and where it ends, or None: a poll word
    is its own answer, a stance word its stance ("backed" and "supported" are one answer,
    "for"; "opposed" another, "against")."""
    for m in fig.WORDS.finditer(text, start, end):
        word = m.group(0).lower()
        if _FIGURE_NEXT.match(text, m.end()):
            continue
        if word in fig.words("poll"):
            return word, m.end()
        for stance, answer in (("poll_for", "favour"), ("poll_against", "against")):
            if word in fig.words(stance):
                return answer, m.end()
    return None


_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# a later clause that ends on a negative object, its verb's object left out ("said they had
# lost none", "owed nothing"): the earlier clause's answer the other way
_ENDS_NONE = re.compile(r"\b(?:none|nothing)[\s.!?)]*$", re.IGNORECASE)
MAX_NEGATED = 40  # characters of an elided negative clause ("said they did not")


def negated_pair(text: str, a: Claim, b: Claim, end: int) -> bool:
    """Whether b's clause is a's answered the other way: the later clause short (the rest
    left out, as in "said they did not") and negated where the earlier is not, or the
    earlier negated and the later not ("44% would not pay, 51% would")."""
    first = text[a.end : b.start]
    stop = _CLAUSE_END.search(text, b.end, end)
    second = text[b.end : stop.start() if stop else end]
    negated = [_NEGATION.search(first) is not None,
               _NEGATION.search(second) is not None or _ENDS_NONE.search(second) is not None]
    return negated[0] != negated[1] and len(second.strip()) <= MAX_NEGATED


def _plain(c: Claim) -> bool:
    return (c.unit == "percent" and not c.change and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx"))
