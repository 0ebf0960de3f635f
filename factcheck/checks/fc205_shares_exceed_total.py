"""FC205 shares-exceed-total: shares of one whole add up to more than 100%.

What it does:
    Fires when percentages that are one partition of one whole add up to more than
    100% beyond rounding (their bands added: factcheck.tolerance.sum_spread; half a unit
    of the last digit each, 10% for a fraction in words).

    The rule: shares of one group, listed together, are one partition. They are listed
    together in one sentence (clauses that each open with a share, "62% supported, 45%
    opposed and 3% had no opinion"; holders after a share that writes its whole, "Ortiz
    took 51% of the vote, Lind 33%"; subjects or objects of one verb written once, "55%
    goes to schools, 30% to roads", "split 71% on staff, 23% on buildings"; a colon list
    under a verb that divides the whole, "split the vote: Hale 48%, Moss 39%", or of items
    that each say how their share went, "Trips: 47% on foot, 31% by bike"; labels after
    a copula, "The crop was 71% apples, 24% pears"; a verb left out before a preposition,
    "Of the claims, 64% were paid in full, 21% in part"; "The firm said 46% of its
    sales were in Europe, 33% in Asia": a whole split by a category, the first share and
    its whole the subject of the verb after them, no later share of a period of its own),
    or go on
    in the next sentences of the paragraph ("Another 22% ...", "The remaining 24% ...",
    another holder with a verb that states a share, "Cycling accounts for 19%"; holders a
    poll or race puts on their shares, "A poll put Hale on 41%. Moss was on 35%.").

    A share bounded below ("just over half", "at least 60%") counts at its floor
    (factcheck.checks._shares.floor): floors past 100% are past it whatever the rest.

    They are no partition when:
    - each names its own whole, scope, group or period ("62% of voters from York, 58%
      from Leeds"; "In Larne, 62% .... In Carrick, 58% ..."; "in 2022 ... this year");
    - the clauses are reported opinions or two questions: a verb of saying, thinking or
      taking a side written again ("70% said prices were too high, 65% said wages were
      too low"; words.tsv, class "opinion"; but one question when the later clause
      goes on about the same thing, a pronoun pointing back: "60% said the bus had got
      better, 38% said it had got worse", factcheck.checks._asked_once.said_again), a
      verb written again with another object
      ("72% use the gym and 58% use the pool"), or complements about different things
      ("51% were satisfied with pay and 56% dissatisfied with hours"; a period phrase is
      no topic: "64% were rehomed last year, ... 33% are still in care"); a verb written
      again with another adverbial answers one question ("44% rent privately, 31% rent
      from the council"; factcheck.checks._asked_once), as do different answers to one
      question ("41% were in favour, 38% against"; factcheck.checks._answers);
    - the text allows several answers ("could choose more than one", "also"; words.tsv,
      class "several");
    - two clauses of different verbs, one bringing in a thing of its own (an indefinite
      object), are two attributes of the group, not one choice ("70% drive and 45% own
      a bike": factcheck.checks._attributes);
    - a figure is not a share: a change, a rate or ratio ("90% of GDP", "Turnout reached
      71%"), a target it is measured against, the sum of the others ("together 85%":
      FC207's total), or a restatement of the share before it ("half of its income,
      48%, ...").

    The readings: factcheck.checks._shares (ellipsis, "another", later sentences, gapped
    verbs), factcheck.checks._shared_verb, factcheck.checks._colon_list,
    factcheck.checks._allotted, factcheck.checks._story (holders over sentences),
    factcheck.checks._one_whole (shares the frames give one whole),
    factcheck.checks._share_scopes (scopes, what tells clauses apart) and this module
    (clauses that open with a share). Two readings
    that hold a share in common read one whole, and are joined ("46% travel by tram and
    38% by bus. The rest, 22%, drive": 46% + 38% + 22%).

Why it matters:
    Shares of one whole cannot exceed the whole: a poll or a breakdown that adds up
    to 110% has a wrong figure in it, and readers who add it up will notice.

Example:
    "62% supported, 45% opposed and 3% had no opinion" -> 62% + 45% + 3% = 110%,
    more than 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from factcheck import figures, tolerance
from factcheck.checks import (
    Document,
    _answers,
    _asked_once,
    _attributes,
    _colon_list,
    _gapping,
    _one_whole,
    _share_scopes,
    _shared_verb,
    _shares,
    _story,
    _successive,
    _sums,
)
from factcheck.checks import _figures as fig
from factcheck.checks._share_scopes import periods_differ as _periods_differ
from factcheck.model import Claim, Finding, Severity

CODE = "FC205"
NAME = "shares-exceed-total"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("In the poll, 62% supported the plan, 45% opposed it and 3% had no opinion.", True),
    ("In the poll, 34% supported the plan, 33% opposed it and 34% had no opinion.", False),
)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,:]|\band|\bwhile|\bwhereas|\bwith|\bshow(?:s|ed)?|\bf(?:ou|i)nds?)"
    r"\s*(?:just|only)?\s*$",
    re.IGNORECASE,
)
_OTHER_WHOLE = re.compile(
    r"\s*(?:in|of|for|among|at|on|from|to|by|per|than|higher|lower|more|less|a\s+year|"
    r"year|points?|increase|decrease|rise|drop|fall|growth|interest|stake|tariffs?|"
    r"tax|rate|discount|chance|probability|[-–—(])\b",
    re.IGNORECASE,
)
_SET_OFF = re.compile(r".*,\s*$", re.DOTALL)  # a figure after a comma: "its revenue, 48%,"
_WORD_AFTER = re.compile(r"\s*(\w+)")
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    percent = [("percent" in c.unit) for c in doc.claims]
    fired: set[int] = set()
    listed: list[list[int]] = []
    for group in doc.groups:
        if sum(map(percent.__getitem__, group)) < 2:
            continue
        shares = _listed_shares(doc, group) or _answers.shares(doc, group)
        shares = _not_totals(shares, doc) if shares is not None else None
        listed += [[doc.index[c] for c in shares]] if shares else []
        if shares is not None and _over(shares, doc) and not _periods_differ(doc, shares) \
                and not _attributes.overlap(doc, [doc.index[c] for c in shares]):
            fired.add(doc.index[shares[0]])
            yield _finding(shares)
    wholes = [[doc.index[c] for c in found] for found in _one_whole.shares(doc)]
    runs = [*_shares.groups(doc), *_shares.gapped(doc), *_shared_verb.groups(doc),
            *_story.share_runs(doc), *_colon_list.groups(doc)]
    for members in (*wholes, *runs, *_joined([*listed, *wholes, *runs])):
        shares = _not_totals([doc.claims[i] for i in members], doc)
        if (_over(shares, doc) and not fired & set(members) and not _periods_differ(doc, shares)
                and not _attributes.overlap(doc, [doc.index[c] for c in shares])):
            fired.update(members)
            yield _finding(shares)


def _joined(runs: list[list[int]]) -> Iterator[list[int]]:
    """Runs of shares (claim indices) that hold a share in common, joined into one: each
    run is one whole's, so runs that meet are one ("46% travel by tram and 38% by bus",
    one verb written once, and "38% ... The rest, 22%, drive", a later sentence's share
    joining the last: 46%, 38%, 22%). Yields only the joins of two or more runs."""
    merged: list[tuple[set[int], int]] = []
    for run in runs:
        meets = [k for k, (held, _) in enumerate(merged) if held & set(run)]
        union = set(run).union(*(merged[k][0] for k in meets))
        count = 1 + sum(merged[k][1] for k in meets)
        merged = [m for k, m in enumerate(merged) if k not in meets] + [(union, count)]
    yield from (sorted(held) for held, count in merged if count > 1)


def _over(shares: list[Claim], doc: Document | None = None) -> bool:
    """Whether the shares add up past 100% beyond their bands, in text that allows one
    answer each (not "could choose more than one", "61% also rent a garage": words.tsv,
    class "several", from the first share's sentence to the last's)."""
    if len(shares) < 2 or sum(c.value for c in shares) <= 100 + tolerance.sum_spread(shares):
        return False
    if doc is None:
        return True
    begin = doc.contexts[doc.index[shares[0]]].sentence[0]
    end = doc.contexts[doc.index[shares[-1]]].sentence[1]
    return fig.any_word("several").search(doc.text, begin, end) is None


def _not_totals(shares: list[Claim], doc: Document) -> list[Claim]:
    """The shares less any that states their sum ("together they bring in 85%": FC207's
    total, not a share of its own) or restates the share before it (_restates); a share
    of holders named together ("wind and solar together 33%") stays a share; nor is a
    figure the frames read as what a share is measured against (a target, a threshold,
    someone else's figure: relation "compared", factcheck.frames.benchmark), nor a later
    level of the share before it (factcheck.checks._successive)."""
    text = doc.text
    kept = [c for c in shares
            if not _sums.says_total(text, c.start) or _story.joint_holder(text, c.start)]
    if doc.frames:  # "87.6%, well short of the 93% needed": a target, not a share
        kept = [c for c in kept if "compared" not in doc.frames[doc.index[c]].relations]
    kept = [c for k, c in enumerate(kept)  # the restatement, the closer figure, is kept
            if not (k + 1 < len(kept) and _restates(doc, c, kept[k + 1]))]
    return _successive.later_levels_dropped(doc, kept)  # "fell to 38%, then rose to 71%"


def _restates(doc: Document, a: Claim, b: Claim) -> bool:
    """Whether share b restates share a: b set off by commas, both before the one clause
    verb they have in common, so they are its subject written twice ("Nearly half of its
    revenue, 48%, comes from ...": the second, the closer figure, counts), not two
    holders of the verb's object ("took 51%, Lind 33%")."""
    ca, cb = (doc.contexts[doc.index[c]] for c in (a, b))
    return (ca.sentence == cb.sentence and ca.verb is not None and ca.verb == cb.verb
            and b.end <= ca.verb and bool(_SET_OFF.match(doc.text[ca.sentence[0] : b.start]))
            and doc.text[b.end : b.end + 1] == ",")


def _finding(shares: list[Claim]) -> Finding:
    """The finding on the shares: its span runs from the first share to the last, and its
    claim is the last, the one that takes the sum past 100%."""
    total = sum(c.value for c in shares)
    allowed = 100 + tolerance.sum_spread(shares)
    parts = " + ".join(f"{figures.fmt(c.value)}%" for c in shares)
    message = (f"{parts} = {figures.fmt(total)}%: shares of one whole add up to more "
               f"than 100% (rounding allows {figures.fmt(allowed)}%).")
    found = fig.finding(ID, shares[-1], message, None)
    return replace(found, start=min(c.start for c in shares))


def _listed_shares(doc: Document, group: tuple[int, ...]) -> list[Claim] | None:
    """The percentages that open the clauses of one sentence, if all its percentages do."""
    start = doc.contexts[group[0]].sentence[0]
    percents = [doc.claims[i] for i in group if "percent" in doc.claims[i].unit]
    gapped = {k for k, c in enumerate(percents) if k and _gapping.gapped(doc, percents[0], c)}
    verb = _gapping.verb_after_whole(doc, percents[0], start)
    shares = [c for k, c in enumerate(percents)
              if _is_share(doc.text, start, c, whole_first=k == 0, gapped=k in gapped)
              or (k == 0 and verb is not None and _is_share(doc.text, c.start, c, gapped=True))]
    if len(shares) < 2 or len(shares) != len(percents):
        return None
    words = [_shared_verb.complement(doc, doc.index[c], c.end) if k in gapped
             else _word_after(doc.text, c.end) for k, c in enumerate(shares)]
    whole = _WHOLE_OF.match(doc.text, shares[0].end)
    if whole is not None:  # "Two-thirds of the farmers grow ...": the verb after the whole
        words[0] = _word_after(doc.text, whole.end() - len(whole.group(1)) - 1)
    end = doc.contexts[group[0]].sentence[1]
    said = [(doc.index[shares[words.index(words[k])]], doc.index[c])
            for k, c in enumerate(shares) if words[k] in words[:k]]  # a verb written again
    if any(not _answers.negated_pair(doc.text, doc.claims[i], doc.claims[j], end)
           and not _asked_once.asked_once(doc, i, j) and not _asked_once.said_again(doc, i, j)
           for i, j in said):
        return None  # "70% said prices ..., 65% said wages ...": answers to two questions;
        # not "39% said they trusted it, 47% said they did not": one, yes and no; nor
        # "44% rent privately, 31% rent from the council": one verb, other adverbials
    if _share_scopes.two_topics(doc, [doc.index[c] for c in shares]):
        return None  # "51% were satisfied with pay and 56% dissatisfied with hours"
    if any(_shares.fronted_whole(doc.text[a.end : b.start]) for a, b in pairwise(shares)):
        return None  # "64% are diesel; of the county's buses, 41% ...": two wholes
    if (_OTHER_WHOLE.match(doc.text, shares[0].end) and len(set(words)) < len(words)
            and not all(_asked_once.said_again(doc, i, j) for i, j in said)
            and not _share_scopes.distinct(
            doc, [doc.index[c] for c in shares])):
        return None  # the first writes the whole, a verb written again: its clauses told
        # apart as the frames' shares are ("said they would strike ... would not rule it
        # out": two answers)
    return shares


def _word_after(text: str, end: int) -> str:
    """The word after a share (its end offset), past a copula ("55% are rented, 38% are
    owned": the complement, the answer, tells the clauses apart, not the verb they
    repeat)."""
    m = _WORD_AFTER.match(text, end)
    if m and m.group(1).lower() in fig.words("copula"):
        m = _WORD_AFTER.match(text, m.end()) or m
    return m.group(1).lower() if m else ""


def _is_share(text: str, start: int, c: Claim, whole_first: bool = False,
              gapped: bool = False) -> bool:
    """Whether c opens its clause as a bare share; the first of the sentence may write the
    whole the others share, "of" and a noun phrase up to its verb ("Three-quarters of the
    pupils walk to school and 40% arrive by car"), when it opens the sentence; a gapped
    clause's share may be followed by its verb's preposition
    (factcheck.checks._gapping.gapped)."""
    if c.unit != "percent" or c.change or c.multiplier or c.high is not None:
        return False
    if c.bound not in ("exact", "over", "at_least"):
        return False  # "just over half": its floor is a share too; not "about", "under"
    if not _OPENS_CLAUSE.search(text[max(start, c.start - 25) : c.start]):
        return False
    if whole_first and not text[start : c.start].strip() and _WHOLE_OF.match(text, c.end):
        return True
    return gapped or not _OTHER_WHOLE.match(text, c.end)


_WHOLE_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|our|all)\s+)?[a-z]+\s+([a-z]+)", re.IGNORECASE)
