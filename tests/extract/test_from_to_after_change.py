"""'from X to Y' after a change figure in its sentence gives the change's two ends, not a
range, however far the figures stand from the change's verb; after a verb of span it
stays a range. Our own phrasings."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "texts"), [
    ("The mercury climbed 12 degrees in a single day in Oulu, from minus 9C to 11C.",
     ["12 degrees", "minus 9C", "11C"]),
    ("Fares rose 12% over the winter on the island ferry, from £9 to £11.",
     ["12%", "£9", "£11"]),
    ("Output fell by a third in the year at the Hale plant, from 60,000 tonnes to 40,000 "
     "tonnes.", ["a third", "60,000 tonnes", "40,000 tonnes"]),
    # a range: after a verb of span, or with no change before it
    ("Sales rose 5% as prices ranged from £9 to £11.", ["5%", "£9 to £11"]),
    ("Sales rose 5%. Prices range from £9 to £11.", ["5%", "£9 to £11"]),
    ("Lows in Oulu run from minus 9C to 11C.", ["minus 9C to 11C"]),
])
def test_from_to_after_a_change(text: str, texts: list[str]) -> None:
    assert [c.text for c in extract(text)] == texts
