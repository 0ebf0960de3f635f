"""A possessive name before a bare number ("said Orla's 122 buses") opens the figure's
noun phrase as a sentence's first word does: a count, unless a name or a verb follows
the number ("Boeing's 737 Max"), which makes it a label. Our own phrasings."""

from __future__ import annotations

import pytest

from factcheck import extract


@pytest.mark.parametrize(("text", "figure"), [
    ("He said Orla's 122 buses were new.", "122 buses"),
    ("The filing shows Veltra's 1,570 employees in Ohio.", "1,570 employees"),
    ("Critics said Pellow's 38 branches were too many.", "38 branches"),
    # a possessive name before a number that a name or a verb follows: a label
    ("He said Boeing's 737 Max was safe.", None),
    ("Fans said Apple's 15 Pro sold out.", None),
])
def test_a_possessive_name_before_a_count(text: str, figure: str | None) -> None:
    found = [c.text for c in extract(text)]
    assert (figure in found) if figure else found == []
