"""FC204, FC205, FC207, round 14: parts, shares and totals, rows in our own words (firing
rows, then near-twins that must stay silent).

- FC205: an election list under one verb written once, the first share with a scope or
  whole the later ones leave out ("won 38% in the ward, the Greens 27% ..."):
  checks._shares.gapped;
"""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


def _fires(draft: str, code: str) -> bool:
    return any(f.code == code for f in check(draft, as_of=AS_OF, bundled=False).findings)


GAPPED_SCOPE = [
    ("The Liberal Democrats won 44.5% in Hexley ward, Labour 30.2%, Reform 17.8% and the "
     "Greens 11.6%.", True),
    ("Ms Adeyemi took 52% across the constituency, Mr Ross 33% and Ms Patel 19%.", True),
    ("The incumbent polled 61 per cent in the first round, his rival 28 per cent and the "
     "rest 14 per cent.", True),
    ("Labour won forty-five per cent in the borough, the Conservatives thirty-one per cent "
     "and the Greens twenty-nine per cent.", True),
    # near-twins: within 100%, each share with a scope of its own, or a comparison
    ("The Liberal Democrats won 44.5% in Hexley ward, Labour 30.2%, Reform 14.8% and the "
     "Greens 10.5%.", False),
    ("Labour won 48% in Hexley, the Greens 31% in Ashby and Reform 26% in Colne.", False),
    ("Labour won 38% in the ward, 47% in the city and 53% in the county.", False),
    ("Ms Adeyemi took 52% more than in 2019, Mr Ross 33% and Ms Patel 19%.", False),
]


@pytest.mark.parametrize(("draft", "fires"), GAPPED_SCOPE)
def test_gapped_list_with_a_scope(draft: str, fires: bool) -> None:
    assert _fires(draft, "FC205") is fires
