"""Shares written once with their whole and then by ellipsis, for FC205: "Gas generated
41% of the grid's power, wind 33%, nuclear 18% and solar 15%"; "Rovers had 63% of
possession; their visitors had 44%"; "Labour won 44% of the vote. The Conservatives took
39%. The Greens finished third with 25%."; "Two in five commuters drive. A further 45%
take the bus".

A group opens at a share whose frame names its whole ("of the grid's power"), or at a
percentage that the next one continues with "a further" or "another" (words.tsv, class
"another"). A bare percentage joins the group when it names no whole of its own (no
"of", "in", "than", "points" ... after it), is no change and no end of one, and

- stands in the group's last sentence, the words between it and the figure before it
  few and no comparison ("when", "since", "than", "from", "was" ...) after the last
  clause break ("Another 22% was dead, and 53% ...": "was" ends the earlier clause), nor
  two topics under one frame (factcheck.checks._share_scopes.two_topics); or
- stands alone in a later sentence of the paragraph, with no figure of another
  sentence between it and the group, held by a subject no member has, after "a further"
  / "another" / "the remaining", or after a verb that states a share ("Cycling
  accounts for 19%": words.tsv, class "sharing"), and states no period other than the
  group's first share's (one that states none holds for the group's) and no scope at
  its sentence's head other than the first share's ("In Carrick, 58% ...": another
  place's whole; factcheck.checks._share_scopes.fronted); or with the group's first
  share's verb written again, its adverbial opened by the same word ("... comes from
  legacies. Half comes from shops": factcheck.checks._asked_once, alike).

Anything else closes the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _allotted, _asked_once, _share_scopes, _story
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_OWN_WHOLE = re.compile(
    r"\s*(?:(?:of|in|for|among|than|points?|higher|lower|more|less|a\s+year|year|up|down|"
    r"increase|decrease|rise|drop|fall|growth)\b|[-–—(])", re.IGNORECASE)
_FURTHER = re.compile(r"\b(?:a\s+)?([a-z]+)\s*$", re.IGNORECASE)
MAX_GAP = 60  # characters between two members in one sentence


def groups(doc: Document) -> Iterator[list[int]]:
    """Each group of two or more shares of one whole, as claim indices."""
    group: list[int] = []
    for i, frame in enumerate(doc.frames):
        if not plain(frame.claim):
            continue
        if frame.role == "share" and frame.measure and not _again(doc, group, i):
            if len(group) > 1:
                yield group
            group = [i]
        elif group and (_again(doc, group, i) or _joins(doc, group, i)):
            group.append(i)
        elif _further(doc, i) and i and plain(doc.claims[i - 1]) and _new_sentence(doc, i - 1, i):
            if len(group) > 1:
                yield group
            group = [i - 1, i]
        else:
            if len(group) > 1:
                yield group
            group = []
    if len(group) > 1:
        yield group


def _again(doc: Document, group: list[int], i: int) -> bool:
    """Whether share i, which the frames give the measure of the group's first share,
    goes on with the group in its sentence, right after its last member: the frames lent
    it the whole written once ("64% of staff work days, 31% work nights": one whole, as
    factcheck.checks._asked_once reads the verb written again)."""
    if not group or doc.frames[i].measure != doc.frames[group[0]].measure:
        return False
    last = group[-1]
    return (doc.contexts[last].sentence == doc.contexts[i].sentence and i == last + 1
            and (_asked_once.asked_once(doc, last, i) or _asked_once.said_again(doc, last, i)))


def plain(c: Claim) -> bool:
    return (c.unit == "percent" and not c.change and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx"))


def floor(c: Claim) -> bool:
    """Whether c is a plain share or one bounded below ("just over half", "more than
    40%", "at least a third"): its figure is the least the share can be, so shares of one
    whole whose figures add up past 100% exceed it whatever the true value above the
    floor (an upper bound, "under half", says nothing against the sum)."""
    return plain(c) or (c.bound in ("over", "at_least") and c.unit == "percent"
                        and not c.change and not c.multiplier and c.high is None)


def bare(doc: Document, i: int) -> bool:
    frame = doc.frames[i]
    return (frame.role == "level" and not frame.relations
            and not _OWN_WHOLE.match(doc.text, frame.claim.end)
            and not _story.own_scope(doc, i))  # "Samsung took 60% there"


def _joins(doc: Document, group: list[int], i: int) -> bool:
    last = group[-1]
    if not bare(doc, i) or _paragraph_break(doc, last, i):
        return False
    period = doc.frames[i].period
    if period is not None and period != doc.frames[group[0]].period:
        return False  # "In 1994, 36% of ... Today, 80% ...": another time
    if doc.contexts[last].sentence == doc.contexts[i].sentence:
        gap = doc.text[doc.claims[last].end : doc.claims[i].start]
        here = [j for j in group if doc.contexts[j].sentence == doc.contexts[i].sentence]
        return (len(gap) <= MAX_GAP and not fig.any_word("base", "then").search(_lead(gap))
                and not fronted_whole(gap) and not _asks_again(doc, group, i)
                and not _share_scopes.two_topics(doc, [*here, i]))
    if not _alone(doc, i) or _stated_as(doc, i) or _interrupted(doc, last, i):
        return False
    own = _share_scopes.fronted(doc, i)
    if own is not None and own != _share_scopes.fronted(doc, group[0]):
        return False  # "In Carrick, 58% backed it": another place's whole
    holders = {doc.frames[j].subject for j in group}
    subject = doc.frames[i].subject
    if subject is not None and lexicon().frame_class(subject.lower(), "rate"):
        return False  # "Turnout reached 71%": a rate of its own, no holder of a share
    return (_further(doc, i) or _rest(doc, i) or share_verb(doc, i)
            or (subject is not None and subject not in holders)
            or _asked_once.asked_once(doc, group[0], i, alike=True))  # the verb again


def _lead(gap: str) -> str:
    """The words of a gap between two shares of one sentence after its last clause break
    ("was dead, and " -> ""; those before it end the earlier share's clause), or the whole
    gap when it has none ("... was 53%": the same share at another time)."""
    breaks = list(_CLAUSE_END.finditer(gap))
    return gap[breaks[-1].end() :] if breaks else gap


_FRONTED_OF = re.compile(r"(?:[;,:]|\b(?:and|while|whereas|but)\b)\s*of\b[^;,:]*,?\s*$",
                         re.IGNORECASE)


def fronted_whole(gap: str) -> bool:
    """Whether the text between two shares ends in a whole of the second's own, written
    before it after a clause break ("64% are diesel; of the county's buses, 41% ..."),
    not the first share's whole after it ("56% of voters said yes and 49% no")."""
    return _FRONTED_OF.search(gap) is not None


def _asks_again(doc: Document, group: list[int], i: int) -> bool:
    """Whether share i's clause writes again the verb a member of its sentence has after
    it, with another thing after the verb ("66% backed the offer and 45% backed the
    rota", "72% use the gym and 58% use the pool"): one predicate asked of two things,
    two questions whose answers may overlap. Not a copula ("62% are women and 45% are
    men": the complement is the answer), a verb with an answer or a pronoun after it
    ("56% voted yes and 49% voted no"; "57% said they would stay, 39% said they would
    leave": one question), nor a verb written once ("72% use the gym, 31% the pool")."""
    said = _predicate(doc, i)
    return len(said) > 1 and any(not _asked_once.asked_once(doc, j, i) and
        doc.contexts[j].sentence == doc.contexts[i].sentence and _verb_after(doc, j)
        and _other_object(said, _predicate(doc, j)) for j in group)


def _other_object(a: list[str], b: list[str]) -> bool:
    """Whether two predicates (verb, object) write one verb with two different things."""
    if len(b) < 2 or a[0] != b[0] or a[0] in fig.words("copula") or a[1] == b[1]:
        return False
    return not {a[1], b[1]} & (fig.words("pronoun") | fig.words("answer") | fig.words("poll"))


def _predicate(doc: Document, i: int) -> list[str]:
    """The first two words of share i's predicate that are no function word or
    determiner: its clause verb when that verb follows it, else the words after it (a
    verb the parse put on the share before: "and 58% use the pool"), to its clause's
    end; the verb and what it is about ("backed the offer" -> backed, offer; "agreed
    with the rota" -> agreed, rota: written again, "went to university ... went to
    college" asks two questions too, where "went to X and 45% to Y" asks one:
    factcheck.checks._shared_verb)."""
    c, (_, end) = doc.claims[i], doc.contexts[i].sentence
    following = [k.start for k in doc.claims[i + 1 : i + 2] if k.start < end]
    start = max(c.end, doc.contexts[i].verb or 0) if _verb_after(doc, i) else c.end
    stop = _CLAUSE_END.search(doc.text, start, min([end, *following]))
    skip = fig.words("function") | fig.words("determiner") | fig.words("preposition")
    words = fig.WORDS.findall(doc.text, start, stop.start() if stop else min([end, *following]))
    return [w.lower() for w in words if w.lower() not in skip][:2]


_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|while|whereas|but)\b", re.IGNORECASE)


def _verb_after(doc: Document, j: int) -> bool:
    """Whether share j's clause verb, one with a subject of its own, follows it."""
    verb = doc.contexts[j].verb
    return verb is not None and verb >= doc.claims[j].end


def _interrupted(doc: Document, last: int, i: int) -> bool:
    """Whether a figure of another sentence stands between a group's last member and a
    share of a later sentence ("... have electricity. Zero deaths were reported in 2014.
    Obesity affects two in every five adults."): the ellipsis does not reach past it."""
    ends = (doc.contexts[last].sentence, doc.contexts[i].sentence)
    return any(doc.contexts[k].sentence not in ends for k in range(last + 1, i))


def share_verb(doc: Document, i: int) -> bool:
    """Whether a verb that states a share stands right before the figure: "accounts for",
    "made up", "represents" (words.tsv, class "sharing"; "account" and "make" with the
    particle that makes them share verbs): its clause's subject is the share's holder,
    whatever the frames resolve ("Cycling accounts for 19 percent")."""
    c = doc.claims[i]
    words = [w.lower() for w in fig.WORDS.findall(
        doc.text, max(doc.contexts[i].sentence[0], c.start - 30), c.start)][-2:]
    if not words:
        return False
    return words[-1] in fig.words("sharing") or " ".join(words) in fig.words("sharing")


def _stated_as(doc: Document, i: int) -> bool:
    """Whether a percentage in a later sentence is what its subject is rather than a share
    its subject holds: a copula right before it ("Turnout was 64.2%", "Support stood at
    41%": words.tsv, class "copula")."""
    c = doc.claims[i]
    before = doc.text[max(doc.contexts[i].sentence[0], c.start - 24) : c.start]
    words = fig.WORDS.findall(before)
    if words and words[-1].lower() == "at":
        words = words[:-1]
    return bool(words) and words[-1].lower() in fig.words("copula")


def _further(doc: Document, i: int) -> bool:
    """Whether "a further" or "another" stands just before the figure."""
    c = doc.claims[i]
    m = _FURTHER.search(doc.text, max(0, c.start - 12), c.start)
    return m is not None and m.group(1).lower() in ("further", "another")


def _rest(doc: Document, i: int) -> bool:
    """Whether "the" and a word of the rest stand just before the figure ("The remaining
    27%", "The rest, 24%,": words.tsv, class "rest"): the last share of a group's whole,
    which joins a group open before it (it opens none)."""
    c = doc.claims[i]
    rest = _THE_REST.search(doc.text, max(0, c.start - 16), c.start)
    return rest is not None and rest.group(1).lower() in fig.words("rest")


_THE_REST = re.compile(r"\bthe\s+([a-z]+)\s*,?\s*$", re.IGNORECASE)


def _new_sentence(doc: Document, a: int, b: int) -> bool:
    return (doc.contexts[a].sentence != doc.contexts[b].sentence
            and not _paragraph_break(doc, a, b))


def _paragraph_break(doc: Document, a: int, b: int) -> bool:
    return "\n\n" in doc.text[doc.claims[a].end : doc.claims[b].start]


def _alone(doc: Document, i: int) -> bool:
    """Whether claim i is the only percentage of its sentence."""
    sentence = doc.contexts[i].sentence
    near = [k for k in (i - 1, i + 1) if 0 <= k < len(doc.claims)]
    return not any(doc.contexts[k].sentence == sentence and "percent" in doc.claims[k].unit
                   for k in near)


def gapped(doc: Document) -> Iterator[list[int]]:
    """Shares listed under one verb of winning a share, the verb written once and left out
    after ("The Labour candidate took 38 per cent, the Greens 29 per cent and independents
    19 per cent": the frames give every figure the same clause verb), when no later figure
    names a whole or scope of its own ("of the vote", "in York": the other readers'
    business) and the verb is one that wins a share (words.tsv, class "wins": "took", "won",
    "polled"; not "reached": "Italy's debt reached 135%, Greece's 160%" are levels; a verb of
    having with three or more holders: factcheck.checks._allotted.held). The
    first figure's whole or scope, a phrase after it led by "of" or a scope word ("won
    38% in the ward, the Greens 27% ..."), is left out after the later ones with the verb,
    so they share it; a comparison after it ("than", "points", "up") is no scope. Shares
    after the list under a verb that states a share (words.tsv, class "sharing": "; spoiled
    ballots made up 12%") are more holders of the same whole."""
    for group in doc.groups:
        members = [i for i in group if plain(doc.claims[i])]
        if len(members) < 2 or len(members) != len(group):
            continue
        verb = doc.contexts[members[0]].verb
        if verb is None or verb > doc.claims[members[0]].start:
            continue
        word = fig.WORDS.match(doc.text, verb)
        said = word.group(0).lower() if word else ""
        if word is None or (said not in fig.words("wins") and not _allotted.allotted(
                doc, members) and not _allotted.divided(doc, members, said)
                and not _allotted.held(doc, members, said)):
            continue
        under = [i for i in members if doc.contexts[i].verb in (verb, None)]  # no verb
        # of its own: the one written once
        if under != members[: len(under)] or not all(share_verb(doc, i)
                                                     for i in members[len(under):]):
            continue  # a last share under a verb that states one may close the list
            # ("...; spoiled ballots made up 12%": one more holder of the vote)
        if len(under) > 1 and _scoped_first(doc, members[0]) and not any(
                _OWN_WHOLE.match(doc.text, doc.claims[i].end) for i in members[1:]):
            yield members


def _scoped_first(doc: Document, i: int) -> bool:
    """Whether the first share of a gapped list names no whole, or one the later shares
    leave out with the verb: an "of" phrase or a scope word's ("38% of the vote", "38% in
    the ward"), not a comparison or a change ("38% more than", "38 points")."""
    found = _OWN_WHOLE.match(doc.text, doc.claims[i].end)
    if found is None:
        return True
    word = found.group(0).strip().lower()
    return word == "of" or word in fig.QUALIFIERS
