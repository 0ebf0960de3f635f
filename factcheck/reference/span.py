"""A level claimed over a span of years, decided on every row inside it.

"about 10% of the UK's power between 2000 and 2010", "stayed above 50 years from 1990 to
2020", "over 300,000 died between 2020 and 2022": the table has one row a year; which
reading of them the claim means depends on what the series measures.

- A bound ("over", "under", "at least", "at most") on a share, a rate or a level such as
  life expectancy must hold in every row (it "stayed above").
- An exact or approximate figure for such a series reads as typical of the span: it holds
  when the mean of the rows and most of the rows lie inside its band, and is wrong when
  the mean and most rows lie outside; rows that disagree decide nothing.
- A count or amount of events (deaths, tonnes produced) that is not a rate reads as the
  span's total, or, when exact or approximate, as its yearly average: it holds when either
  does (the two readings differ by the number of years, so a figure right under one is
  wrong under the other). A bound on such a count is a bound on the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import figures
from factcheck.model import Claim
from factcheck.reference.metric import stem, words
from factcheck.reference.schema import Row
from factcheck.tolerance import decide
from factcheck.units import convert


@dataclass(frozen=True)
class Span:
    """The reading of the rows inside a span: "supported", "contradicted" or "unsure"."""

    status: str
    rule: str
    arithmetic: str


def _values(claim: Claim, rows: list[Row]) -> list[float]:
    return [convert(r.value, r.unit or "dimensionless", claim.unit or "dimensionless")
            for r in rows]


def _listing(rows: list[Row]) -> str:
    shown = [f"{r.period}: {figures.amount(r.value, r.unit, None)}" for r in rows]
    if len(shown) > 6:
        shown = [*shown[:3], "…", *shown[-2:]]
    return "; ".join(shown) + f" ({len(rows)} rows)"


def every_row(claim: Claim, rows: list[Row], approx: float) -> Span:
    """A bound that must hold in each row of the span."""
    values = _values(claim, rows)
    failing = [r for r, v in zip(rows, values, strict=True) if not decide(claim, v, approx).holds]
    status = "contradicted" if failing else "supported"
    told = (f"; it fails in {', '.join(r.period for r in failing[:5])}" if failing else
            "; it holds in every row")
    return Span(status, "a bound over a span must hold in every row inside it",
                _listing(rows) + told)


def typical(claim: Claim, rows: list[Row], approx: float) -> Span:
    """An exact or approximate figure typical of the span: its mean and most rows."""
    values = _values(claim, rows)
    mean = sum(values) / len(values)
    inside = sum(decide(claim, v, approx).holds for v in values)
    mean_holds = decide(claim, mean, approx).holds
    said = (f"{_listing(rows)}; mean {figures.amount(mean, claim.unit, 2)}, "
            f"{inside} of {len(values)} rows within the figure's band")
    rule = "a figure over a span holds when its mean and most of its rows do"
    if mean_holds and inside * 2 > len(values):
        return Span("supported", rule, said)
    if not mean_holds and inside * 2 < len(values):
        return Span("contradicted", rule, said)
    return Span("unsure", rule, said)


# Words that name a flow, a count of what happens in a year (Our World in Data's titles:
# "Annual CO2 emissions", "Number of deaths", "Milk production"): its total over years means
# something; a stock's (population, installed capacity) does not.
_FLOWS = ("annual", "deaths", "emissions", "production", "exports", "imports", "births",
          "cases", "consumption", "sales", "arrivals", "attacks", "infections")


def _flow(row: Row) -> bool:
    said = words(row.metric) | ({"annual"} if "annual" in row.metric.lower() else set())
    return not said.isdisjoint(_flow_stems())


@cache
def _flow_stems() -> frozenset[str]:
    return frozenset({"annual"} | {stem(w) for w in _FLOWS})


def total_or_average(claim: Claim, rows: list[Row], approx: float) -> Span:
    """A count or amount over a span: its total, or its yearly average. A bound ("over",
    "under") on a flow is on the total ("fewer than 1,000 died between 2010 and 2015"); on
    a stock ("Italy's population was above 70 million between 2015 and 2021") it may be on
    each year, so it is decided only where the total and every row agree."""
    values = _values(claim, rows)
    total, mean = sum(values), sum(values) / len(values)
    said = (f"{_listing(rows)}; total {figures.amount(total, claim.unit, 2)}, yearly average "
            f"{figures.amount(mean, claim.unit, 2)}")
    rule = "a count over a span holds as its total or as its yearly average"
    holds = decide(claim, total, approx).holds
    if claim.bound in ("exact", "approx"):
        return Span("supported" if holds or decide(claim, mean, approx).holds
                    else "contradicted", rule, said)
    if _flow(rows[0]):
        return Span("supported" if holds else "contradicted", rule, said)
    each = every_row(claim, rows, approx)
    rule = "a bound on a count over a span must hold as its total and in every row"
    if holds == (each.status == "supported"):
        return Span("supported" if holds else "contradicted", rule, said)
    return Span("unsure", rule, f"{said}; the total {'meets' if holds else 'misses'} it and "
                f"{each.arithmetic.rsplit('; ', 1)[-1]}")


def mean_of(claim: Claim, rows: list[Row], approx: float) -> Span:
    """A figure the span "averaged" ("averaged about 24% between 2011 and 2015",
    "averaged roughly 20,000 a year"): the mean of the rows, with the figure's wording."""
    values = _values(claim, rows)
    mean = sum(values) / len(values)
    holds = decide(claim, mean, approx).holds
    return Span("supported" if holds else "contradicted",
                "an average over a span is the mean of its rows",
                f"{_listing(rows)}; mean {figures.amount(mean, claim.unit, 2)}")


def most_rows(claim: Claim, rows: list[Row], approx: float) -> Span:
    """A figure that held "for most of the 2010s", "in most years", "for much of the
    2000s": more than half of the rows; at most half is a contradiction."""
    values = _values(claim, rows)
    held = [r for r, v in zip(rows, values, strict=True) if decide(claim, v, approx).holds]
    status = "supported" if len(held) * 2 > len(rows) else "contradicted"
    return Span(status, "'most of' a span needs more than half of its rows",
                f"{_listing(rows)}; it holds in {len(held)} of {len(rows)} rows")


_AVERAGED = re.compile(r"\b(?:averag(?:ed|ing)|on average|an average of)\b", re.IGNORECASE)
_MOST = re.compile(r"\b(?:(?:for|in|during|through)\s+(?:most|much)\s+of|in\s+most\s+years|"
                   r"most\s+years\s+(?:of|in|between))\b", re.IGNORECASE)


_EVERY = re.compile(r"\b(?:throughout|all\s+through|(?:in\s+)?(?:every|each)\s+(?:single\s+)?"
                    r"year|year\s+after\s+year|(?:stayed|remained|kept|stays|remains|"
                    r"keeps|stay|remain|keep)\b)", re.IGNORECASE)


def reading(sentence: str) -> str | None:
    """How a sentence says its span is read: "mean" ("averaged"), "most" ("for most of",
    "for much of", "in most years"), "every" ("throughout the 1990s", "in every year
    between", "stayed above"), or None (the series decides: reference.match)."""
    if _AVERAGED.search(sentence):
        return "mean"
    if _MOST.search(sentence):
        return "most"
    return "every" if _EVERY.search(sentence) else None
