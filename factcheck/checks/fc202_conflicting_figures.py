"""FC202 conflicting-figures: the draft gives two different figures for the same thing.

What it does:
    Gives each count a key: its subject (the nearest named entity), its metric and
    its period (factcheck.context). Only stock metrics count (data/stock_metrics.tsv:
    population, from "population", "home to", "residents", "inhabitants"); figures in a
    sentence that describes a change ("grew", "fled", "from ... to") are flows, not
    stocks, and are skipped. Two figures with the same key in different sentences
    conflict when the ranges their wording allows do not meet: each keeps its
    rounding ("166,000" is +-500) and "some", "about" allow 10%.

Why it matters:
    A story that gives a town 166,000 people in one paragraph and 240,000 in the next
    is wrong at least once, and readers lose trust in every other figure.

Example:
    "Bhamo, home to some 166,000 people" then "Bhamo's 240,000 residents" -> the
    figures disagree for the population of Bhamo.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.context import cue_lemma
from factcheck.lexicon import lexicon
from factcheck.model import ClaimContext, Finding, Severity

CODE = "FC202"
NAME = "conflicting-figures"
SEVERITY: Severity = "warning"
EXAMPLES = (
    ("Bhamo, a logistics hub, is home to some 166,000 people. "
     "Bhamo's 240,000 residents face shortages.", True),
    ("Bhamo, a logistics hub, is home to some 166,000 people. "
     "Myitkyina's 240,000 residents face shortages.", False),
)
_FLOW = frozenset({"refugee", "death", "injury"})
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_LEVEL = re.compile(r"\bfrom\s*$|(?<!home )\bto\s*$", re.IGNORECASE)
ID = fig.CheckId(CODE, NAME, SEVERITY)

Key = tuple[str, str, tuple[date, date] | None]


@cache
def _stock_metrics() -> dict[str, tuple[str, str]]:
    from factcheck.lexicon import lexicon

    return lexicon().stock_metrics


def check(doc: Document) -> Iterator[Finding]:
    first: dict[Key, ClaimContext] = {}
    changing: dict[tuple[int, int], bool] = {}
    for ctx in doc.contexts:
        key = _key(doc, ctx)
        if key is None:
            continue
        if ctx.sentence not in changing:
            changing[ctx.sentence] = _describes_change(doc.text[ctx.sentence[0]:ctx.sentence[1]])
        if changing[ctx.sentence]:
            continue
        earlier = first.setdefault(key, ctx)
        if earlier is ctx or earlier.sentence == ctx.sentence:
            continue
        found = _compare(doc, earlier, ctx, key)
        if found is not None:
            yield found


def _key(doc: Document, ctx: ClaimContext) -> Key | None:
    c = ctx.claim
    if c.unit or c.change or c.multiplier or c.high is not None:
        return None
    metric = _metric(ctx)  # the rarest of the three: stock metrics only
    if metric is None or _FLOW & set(ctx.cues) or _LEVEL.search(
            doc.text, max(0, c.start - 12), c.start):
        return None
    # asked last: a context reads its subject, cues and period only when first asked
    return None if ctx.subject is None else (ctx.subject.lower(), metric, ctx.period)


def _metric(ctx: ClaimContext) -> str | None:
    noun = cue_lemma(ctx.claim.noun or "")
    for cue in ctx.cues:
        row = _stock_metrics().get(cue)
        if row is not None and (row[1] == "cue" or cue == noun):
            return row[0]
    return None


def _describes_change(sentence: str) -> bool:
    verbs = lexicon().change_verbs
    return any(w.lower() in verbs for w in _WORD.findall(sentence))


def _compare(doc: Document, a: ClaimContext, b: ClaimContext, key: Key) -> Finding | None:
    approx = doc.config.approx_tolerance
    lo_a, hi_a = tolerance.interval(a.claim, approx)
    lo_b, hi_b = tolerance.interval(b.claim, approx)
    if hi_a >= lo_b and hi_b >= lo_a:
        return None
    metric = key[1]
    message = (
        f"\"{b.claim.text}\" disagrees with \"{a.claim.text}\" earlier for the {metric} of "
        f"{b.subject}: {figures.fmt(b.claim.value)} is outside "
        f"{figures.fmt(lo_a)}–{figures.fmt(hi_a)}."
    )
    return fig.finding(ID, b.claim, message, None)
