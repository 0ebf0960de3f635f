"""FC202 across a speaker's sentence: a re-mention owned by a known thing ("the force's")
is compared with the figure the paragraph gave that thing, whoever says it. Our own
phrasings; near twins that must stay silent."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


@pytest.mark.parametrize(("text", "fires"), [
    ("Norbury Police has 1,850 officers. Ward said the force's 1,580 officers were "
     "stretched.", True),
    ("Lowmoor Council runs 42 parks. Hart said the council's 24 parks needed new "
     "benches.", True),
    # near twins: the same figure, or a figure nothing owns (a part, not a re-mention)
    ("Norbury Police has 1,850 officers. Ward said the force's 1,850 officers were "
     "stretched.", False),
    ("Norbury Police has 1,850 officers. Ward said 1,580 officers were stretched.", False),
    ("Lowmoor Council runs 42 parks. Hart said 24 parks needed new benches.", False),
])
def test_a_re_mention_in_a_speakers_sentence(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC202" in codes) == fires
