"""What tells the shares of one sentence apart, and what scope a share's whole has, for
FC205 (factcheck.checks.fc205_shares_exceed_total, its frames reading).

A share whose whole has a scope ("Half of the homes in Millbrook") lends it to the bare
shares after it in its sentence; a bare share that names a scope of its own ("60% in
York") is a whole of its own; a share that names what it goes to ("31% on schools") or
where it comes from ("35% from cancer", "from" after the shares' common verb) names a
category, no scope (words.tsv, class "category"). Clauses are told apart by their first
word that is no function word, the word after a category preposition, or their answers.
A share's whole is named with the words before its head ("weekday riders": whole_named).
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _answers, _asked_once
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods
from factcheck.model import Claim

_FRONTED = re.compile(r"\s*([A-Za-z]+)\s+([^,;:]{1,48}?)\s*,")
_FOR_HOLDER = re.compile(r"\s+for\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def distinct(doc: Document, members: list[int]) -> bool:
    """Whether the shares are told apart: by what follows each in its sentence, and, over
    several sentences, by their holders."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in members:
        by_sentence.setdefault(doc.contexts[i].sentence, []).append(i)
    for items in by_sentence.values():
        after = [clause_key(doc, i) for i in items]
        if _keyed_twice(doc, items, after) or two_topics(doc, items):
            return False
    if len(by_sentence) == 1:
        return True
    holders = [doc.frames[i].subject for i in members if doc.frames[i].role == "share"]
    return None not in holders and len(set(holders)) == len(holders)


def _keyed_twice(doc: Document, items: list[int], keys: list[tuple[str, str]]) -> bool:
    """Whether two shares of one sentence have one key, so answer two questions ("70%
    said prices ..., 65% said wages ..."), unless the later clause is the earlier one
    negated and cut short at its negation ("Two-thirds of staff said they would stay,
    and 40% said they would not": one question answered yes and no,
    factcheck.checks._answers.negated_pair)."""
    end = doc.contexts[items[0]].sentence[1]
    return any(keys[k] in keys[:k] and not _asked_once.asked_once(
        doc, items[keys.index(keys[k])], i) and not (_answers.negated_pair(
        doc.text, doc.claims[items[keys.index(keys[k])]], doc.claims[i], end)
        and _ELIDED_NO.match(doc.text, doc.claims[i].end, end) is not None)
        for k, i in enumerate(items))


# the later clause ends at its negation, the rest left out ("said they would not"); not
# "said they would not leave": another answer, maybe the same
_ELIDED_NO = re.compile(r"[^,;:.]*?\b(?:not|never|none|nothing)\b(?:\s+do\s+so)?"
                        r"\s*(?:[,;:.!?)]|$)"
                        r"|[^,;:.]*?n['’]t\b(?:\s+do\s+so)?\s*(?:[,;:.!?)]|$)", re.IGNORECASE)


def scope(doc: Document, i: int, scopes: dict[tuple[int, int], int]) -> int | bool | None:
    """The scope of share i's whole: None for a whole of no scope of its own; the index of
    the share that wrote it for a whole with a scope ("Half of the homes in Millbrook",
    in scopes for its sentence), which the shares after it in its sentence that write no
    whole of their own share ("45% mainly by oil"); False for a bare share that names a
    scope of its own ("60% in York": a whole of its own, no member of any group)."""
    sentence, c = doc.contexts[i].sentence, doc.claims[i]
    own_whole = bool(_OF_AFTER.match(doc.text, c.end))
    word = _after_whole(doc, i)
    if word in fig.QUALIFIERS and not _voted_for(doc, i) and not _category(doc, i, word):
        if not own_whole:
            return False
        scopes[sentence] = i
        return i
    if own_whole:
        scopes.pop(sentence, None)
        return None
    return scopes.get(sentence)


def _category(doc: Document, i: int, word: str) -> bool:
    """Whether the phrase after share i names what the share goes to rather than a scope
    of its whole: a preposition of allocation (words.tsv, class "category": "on", "at")
    and a bare common noun after it ("44% of its budget on social care, 31% on schools";
    "45% at school"), not a name or a noun with a determiner ("55% at Northgate", "61% on
    the west side": a place, a scope)."""
    if word not in fig.words("category"):
        return False
    words = fig.WORDS.findall(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])
    lower = [w.lower() for w in words]
    k = lower.index(word) + 1 if word in lower else len(words)
    if word in fig.words("base"):
        return k < len(words) and _source(doc, i, word, words[k])
    return k < len(words) and words[k].islower() and words[k] not in fig.words("determiner")


def _source(doc: Document, i: int, word: str, first: str) -> bool:
    """Whether the phrase after a base word that is also a category ("from": "35% from
    cancer", "30% from the council", "25% from Asia") names where the share comes from:
    the sentence's first such word stands after the clause verb the shares have in
    common, so its phrase completes the verb ("came from heart disease", "drew 45% of
    its nurses from India"), not the whole ("62% of voters from York backed it, 58% from
    Leeds": each a whole of its own); and it starts with no number and no period
    (factcheck.frames.periods), not the time or figure a share is measured against
    ("40% from last year", "from 2019", "up from 48%")."""
    verb, (begin, end) = doc.contexts[i].verb, doc.contexts[i].sentence
    base = re.compile(rf"\b{word}\b", re.IGNORECASE).search(doc.text, begin, end)
    if first[0].isdigit() or verb is None or base is None or base.start() < verb:
        return False
    start = doc.text.find(first, doc.claims[i].end)
    found = periods(doc.text[start:end], start, doc.as_of)
    return not any(lo == start for lo, _, _ in found)


def _voted_for(doc: Document, i: int) -> bool:
    """A share written "40% for her rival" after a share of the vote ("45% ... voted for
    the mayor"): "for" names the holder, not a scope of the whole."""
    return doc.frames[i].role == "share" and bool(_FOR_HOLDER.match(doc.text, doc.claims[i].end))


def clause_key(doc: Document, i: int) -> tuple[str, str]:
    """What tells a share's clause from the others: its first word after the share and
    its whole that is no function word (words.tsv, class "function": "for her rival",
    "for the independent"; the clause's verb when it has a subject of its own and stands
    after the share: "71% of households in the valley own a car" keys "own", not
    "valley"; past a copula, its complement: "25% is forest, 21% is urban" key "forest"
    and "urban", answers to one question), and, when that word is followed by an answer ("said yes",
    "said no": class "answer"), the answer. Two clauses with one key answer two
    questions ("70% said prices ..., 65% said wages ...")."""
    frame = doc.frames[i]
    skip = fig.words("function") | set((frame.measure or "").lower().split())
    start, end = frame.claim.end, doc.contexts[i].sentence[1]
    following = [c.start for c in doc.claims[i + 1 : i + 2] if c.start < end]
    verb = doc.contexts[i].verb
    if verb is not None and start <= verb < min([end, *following]):
        start = verb  # the clause's own verb, past its whole's words ("in the valley own")
    words = [w.lower() for w in fig.WORDS.findall(doc.text, start, doc.contexts[i].sentence[1])]
    content = [w for w in words if w not in skip and w.rstrip("s") not in skip][:3]
    if len(content) > 1 and content[0] in fig.words("copula"):
        content = content[1:]  # "25% is forest, 21% is urban": the complement is the answer
    content = content[:2]
    if not content:
        return ("", "")
    if content[0] in fig.words("category") and len(content) > 1:
        return content[0], content[1]  # "35% from cancer, 30% from strokes": what each goes
        # to or comes from tells the clauses apart, not the preposition they share
    answer = content[1] if len(content) > 1 and content[1] in fig.words("answer") else ""
    return content[0], answer


def _after_whole(doc: Document, i: int) -> str:
    """The first word after a share and its whole ("51% of the vote, Lind" -> "lind")."""
    return fig.word_after_whole(doc.text, doc.frames[i], doc.contexts[i].sentence[1])


_WORD_AFTER = re.compile(r"\s*(\w+)")


def two_topics(doc: Document, shares: list[int]) -> bool:
    """Whether shares of one sentence (claim indices, in order) whose answers a copula
    gives are about different things: the words after the complement to the next share
    or the sentence's end ("51% were satisfied with pay and 56% were dissatisfied with
    hours": pay, hours; factcheck.checks._answers.about), its period phrases left out
    ("rehomed last year"). A verb of another kind gives no topic: its words are the
    answer ("41% own their home and 28% have a mortgage")."""
    begin, end = doc.contexts[shares[0]].sentence
    topics: set[frozenset[str]] = set()
    timeless: str | None = None  # the sentence with its period phrases blanked, once
    for i, after in zip(shares, [*(doc.claims[k].start for k in shares[1:]), end],
                        strict=True):
        word = _WORD_AFTER.match(doc.text, doc.claims[i].end)
        if word is None or word.group(1).lower() not in fig.words("copula"):
            continue
        word = _WORD_AFTER.match(doc.text, word.end()) or word
        timeless = timeless if timeless is not None else _without_periods(doc, begin, end)
        topics.add(_answers.about(timeless, word.end() - begin, after - begin))
    return len(topics - {frozenset()}) > 1


def _without_periods(doc: Document, begin: int, end: int) -> str:
    """The text of the sentence [begin, end) with its period phrases (factcheck.frames.
    periods) blanked: a time is no topic ("64% were rehomed last year, ... and 33% are
    still in care": one whole's answers, not two topics)."""
    chars = list(doc.text[begin:end])
    for lo, hi, _ in periods(doc.text[begin:end], 0, doc.as_of):
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def fronted(doc: Document, i: int) -> str | None:
    """The scope written at the head of share i's sentence, before the share and set off
    by a comma ("In Carrick, 58% backed it" -> "in carrick"; "Among men, ..."; a
    preposition of scope, factcheck.checks._figures.QUALIFIERS), or None: a share of a
    later sentence with a scope of its own is a share of another whole ("In Larne, 62%
    of voters backed it. In Carrick, 58% backed it": two towns)."""
    begin = doc.contexts[i].sentence[0]
    m = _FRONTED.match(doc.text, begin, doc.claims[i].start)
    if m is None or m.group(1).lower() not in fig.QUALIFIERS:
        return None
    return " ".join(m.group(0).lower().rstrip(", ").split())


_OF_WORDS = re.compile(r"\s+of\s+((?:[\w'’-]+\s*){1,6})")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "all", "our"})


def whole_named(text: str, end: int, head: str) -> str:
    """The whole a share names after "of", its head with the words before it ("weekday
    rider" in "62% of weekday riders", "vote" in "51% of the vote"), so that shares of
    "weekday riders" and of "weekend riders" are two wholes; the head alone when no "of"
    phrase ending in it follows the figure."""
    m = _OF_WORDS.match(text, end)
    words = [w.lower() for w in m.group(1).split()] if m else []
    ends = [k for k, w in enumerate(words) if w.startswith(head.lower()[:4])]
    if not ends:
        return head
    return " ".join([*(w for w in words[: ends[0]] if w not in _DETERMINERS), head])


def periods_differ(doc: Document, shares: list[Claim]) -> bool:
    """Whether two of the shares are dated, by their frames, in different periods ("won 48%
    of the vote in 2022 and 57% this year": two elections, two wholes)."""
    stated = {doc.frames[doc.index[c]].period for c in shares} - {None}
    return len(stated) > 1 or len(_clause_periods(doc, shares)) > 1


def _clause_periods(doc: Document, shares: list[Claim]) -> set[object]:
    """The periods written after each share up to the next share or its sentence's end
    (factcheck.frames.periods), where the frames gave none ("52% picked the otter in 2023
    and 51% the heron this year": two votes)."""
    found: set[object] = set()
    for k, c in enumerate(shares):
        end = doc.contexts[doc.index[c]].sentence[1]
        if k + 1 < len(shares) and shares[k + 1].start > c.end:
            end = min(end, shares[k + 1].start)
        found.update(span for _, _, span in periods(doc.text[c.end : end], c.end, doc.as_of))
    return found
