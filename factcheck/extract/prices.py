"""The unit of a price per unit of goods: "$2,310 an ounce", "£1,840 per ounce", "2,300
dollars an ounce" are per troy ounce.

News prices by the ounce are those of precious metals (gold, silver, platinum, palladium),
which the markets quote per troy ounce (31.10 g, not the avoirdupois 28.35 g): read as the
avoirdupois ounce, a gold price checked against a table in USD per troy ounce would be
9.7% off and called wrong. A weight in ounces that is no price ("2,500,000 ounces of
silver", "a 6oz steak") keeps the ounce.
"""

from __future__ import annotations

_PRICED_PER = {"ounce": "troy_ounce"}  # the unit a price per that unit is quoted in


def price_unit(currency: str, per: str) -> str:
    """The unit of a price in currency (an ISO code) per the pint unit per: "USD / ounce"
    is "USD / troy_ounce"; any other rate as written ("GBP / liter")."""
    return f"{currency} / {_PRICED_PER.get(per, per)}"
