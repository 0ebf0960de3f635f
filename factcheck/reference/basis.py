"""The price basis of money: a claim "in US dollars at market rates" decided only on a
series of that basis, never on one in international dollars at PPP.

Money is stated on two axes: how currencies are converted (market exchange rates, or
purchasing power parity: "international dollars") and which year's prices it is in
(current / nominal, or constant / real / inflation-adjusted). The same GDP per head is
13,000 US dollars at market rates and 28,000 international dollars at PPP; held against
the wrong one, a true figure is called contradicted and a wrong one may pass by chance.

A claim's basis is read from its sentence ("real" only as a word of the frame's measure,
"real GDP", or "in real terms"); a sentence naming both bases of an axis ("$9 at PPP and
$4 at market rates") is not split between its figures: every series stating that axis is
set aside. A claim at market rates that names no price basis is in its own year's money
(current prices): a year's dollars converted at that year's rates ("in dollars at market
rates in 2016"); a figure at PPP is in international dollars of a base year as often as
of its own, so its price basis is left unread.
A series' basis is read from its metric (its title) and unit note ("international-$ in
2021 prices", "constant 2015 US$", "current international $"); a unit of US dollars is
at market rates. A series is set aside when it states, on an axis the claim names, the
other basis; one that states nothing on that axis is kept (as before). A claim that names
no basis is left as it was. Source of the rule: DESIGN.md, "no false supported"; the
definitions are the World Bank's (GDP in current / constant US$, PPP international $).
What names each basis is data: price_basis.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from factcheck.model import Frame, Verdict
from factcheck.reference.schema import ReferenceTable

__all__ = ["Basis", "claim_basis", "on_basis", "set_aside", "table_basis"]


def _patterns() -> dict[str, dict[str, dict[str, re.Pattern[str]]]]:
    """side -> axis -> basis -> its pattern, from price_basis.tsv."""
    text = files("factcheck.reference").joinpath("price_basis.tsv").read_text("utf-8")
    said: dict[str, dict[str, dict[str, list[str]]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            side, axis, basis, pattern = line.split("\t")
            said.setdefault(side, {}).setdefault(axis, {}).setdefault(basis, []).append(pattern)
    return {side: {axis: {basis: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
                          for basis, patterns in bases.items()}
                   for axis, bases in axes.items()}
            for side, axes in said.items()}


_PATTERNS = _patterns()
_CLAIM, _SERIES = _PATTERNS["claim"], _PATTERNS["series"]


@dataclass(frozen=True)
class Basis:
    """exchange: "ppp", "market", "both" or None (unstated); price: "current", "constant",
    "both" or None."""

    exchange: str | None = None
    price: str | None = None

    def said(self) -> str:
        """The basis in words: "at market rates, in current prices"."""
        named = {"ppp": "at PPP (international dollars)", "market": "at market exchange rates",
                 "current": "in current prices", "constant": "in constant prices"}
        said = [named.get(b, f"on a {axis} basis the sentence names two of")
                for axis, b in (("currency", self.exchange), ("price", self.price)) if b]
        return ", ".join(said)


def _named(text: str, kinds: dict[str, re.Pattern[str]]) -> str | None:
    """The basis of one axis the text names; "both" when it names both (which figure is
    on which is not read: every series stating that axis is set aside)."""
    named = [kind for kind, pattern in kinds.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else "both" if named else None


def claim_basis(sentence: str, measure: str | None) -> Basis:
    """The basis a claim's sentence states for its figures.

    >>> claim_basis("Peru's GDP per head at market rates was $6,000 in 2015.", "gdp")
    Basis(exchange='market', price='current')
    >>> claim_basis("Peru's real GDP per head was $6,000.", "real gdp per head")
    Basis(exchange=None, price='constant')
    >>> claim_basis("Peru's GDP per head was $6,000 in 2015.", "gdp per head")
    Basis(exchange=None, price=None)
    """
    exchange = _named(sentence, _CLAIM["exchange"])
    price = _named(sentence, _CLAIM["price"])
    if price is None and measure and "real" in measure.lower().split():
        price = "constant"
    if exchange == "market" and price is None:
        price = "current"  # a year's dollars at that year's rates: "at market rates in 2016"
    return Basis(exchange, price)


@lru_cache(maxsize=4096)
def table_basis(table: ReferenceTable) -> Basis | None:
    """The one basis a table's series state (metric, unit, unit note), or None when its
    series differ or state none."""
    combos = table.rows[["metric", "unit", "notes"]].astype(str).drop_duplicates()
    found = {_series_basis(" ".join(row)) for row in combos.itertuples(index=False)}
    return found.pop() if len(found) == 1 else None


def _series_basis(said: str) -> Basis:
    """A series' basis from its metric, unit and note: "GDP per capita (Market dollars)
    USD unit: constant 2015 US$" is at market rates in constant prices."""
    found = [_only(said, _SERIES[axis]) for axis in ("exchange", "price")]
    return Basis(found[0], found[1])


def _only(said: str, kinds: dict[str, re.Pattern[str]]) -> str | None:
    """The one basis of an axis the text names (_named), None when it names two."""
    named = _named(said, kinds)
    return None if named == "both" else named


def set_aside(tables: Sequence[ReferenceTable], basis: Basis
              ) -> tuple[list[ReferenceTable], list[ReferenceTable]]:
    """(kept, set aside): a table is set aside when its series state, on an axis the
    claim names, the other basis."""
    kept: list[ReferenceTable] = []
    aside: list[ReferenceTable] = []
    for table in tables:
        own = table_basis(table)
        other = own is not None and any(
            said is not None and stated is not None and said != stated
            for said, stated in ((basis.exchange, own.exchange), (basis.price, own.price)))
        (aside if other else kept).append(table)
    return kept, aside


def on_basis(frame: Frame, sentence: str, tables: Sequence[ReferenceTable],
             judge: Callable[[Sequence[ReferenceTable]], Verdict]) -> Verdict:
    """judge(tables) for a claim whose sentence names no basis;
    else judge on the tables of its basis, unverifiable with the reason when only a
    series of another basis fits (found by judging on all the tables)."""
    basis = claim_basis(sentence, frame.measure)
    if basis == Basis():
        return judge(tables)
    kept, aside = set_aside(tables, basis)
    if not aside:
        return judge(tables)
    verdict = judge(kept)
    if verdict.status != "unverifiable":
        return verdict
    full = judge(tables)
    other = {table.name: table for table in aside}
    if full.evidence is None or full.evidence.table not in other:
        return verdict
    own = table_basis(other[full.evidence.table])
    stated = own.said() if own is not None else "of another basis"
    return Verdict(frame.claim, "unverifiable", None,
                   f"Unverifiable: the figure is money {basis.said()}, and the series that "
                   f"fits ({full.evidence.metric}) is {stated}.")
