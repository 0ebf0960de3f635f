"""The library's one pint unit registry, with the newsroom definitions file."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

CURRENCIES: frozenset[str] = frozenset(
    line.split("=")[0].strip()
    for line in files(__name__).joinpath("newsroom.txt").read_text("utf-8").splitlines()
    if "[currency_" in line
)


@cache
def registry() -> Any:
    """The one UnitRegistry (built on first use: importing pint costs start-up time)."""
    import pint

    ureg: Any = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=None)
    ureg.load_definitions(str(files(__name__).joinpath("newsroom.txt")))
    return ureg


def quantity(value: float, unit: str) -> Any:
    """A pint Quantity for a claim's value and canonical unit ("" is dimensionless)."""
    ureg = registry()
    return ureg.Quantity(value, unit or "dimensionless")


def is_currency(unit: str) -> bool:
    return unit in CURRENCIES


def convert(value: float, unit: str, to: str) -> float:
    """value in unit, expressed in unit `to`; raises pint's errors when they differ in kind."""
    return float(quantity(value, unit).to(to).magnitude)


def dimensionality(unit: str) -> str:
    """A string naming the unit's physical dimension (currencies are their own)."""
    return str(quantity(1.0, unit).dimensionality)


