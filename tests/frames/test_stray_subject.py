"""A clause whose subject the parser hung as an apposition to a name before it ("In several
countries, including Chad and Mali, the access rate was below 20%") still has that noun as
its subject, and so as the figure's measure (frames.verbs: the stray subject)."""

from __future__ import annotations

import pytest

from factcheck import check


@pytest.mark.parametrize(("sentence", "measure"), [
    ("In several African countries, including Chad, Burundi, and South Sudan, the electricity "
     "access rate was below 20% in 2017.", "electricity access rate"),
    ("In Chad, the electricity access rate was below 20% in 2017.", "electricity access rate"),
    ("Across the region, including Ghana and Togo, the literacy rate was about 70% in 2020.",
     "literacy rate"),
])
def test_the_noun_before_a_subjectless_verb_is_its_measure(sentence: str, measure: str) -> None:
    frames = check(sentence, bundled=False, as_of="2024-01-01").frames
    assert frames[0].measure == measure
