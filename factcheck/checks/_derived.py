"""Figures that are arithmetic relations of one another: "worth £18,000 ... paid out
£14,200, leaving her £3,800 out of pocket"; "valued at $60,000 ... a shortfall of
$15,000"; "cost £7,400, of which £5,100 was covered ... £2,300 still to find".

A figure that is the difference of two figures of its unit written around it (a
remainder, a shortfall, a balance) or their sum is another measure than either of them,
whatever words name it: FC202 does not read it as the earlier figure told again. The
reading is by arithmetic alone (no word list): some third figure of the unit, in the
sentences from the earlier figure's to the later one's, makes later = earlier - third,
third - earlier, or earlier + third, inside the bands of the three
(factcheck.tolerance.sum_spread, the rule for sums of stated figures).

A later figure that no third figure accounts for ("worth £18,000" ... "her £23,000
cottage") is still a second figure for one thing.
"""

from __future__ import annotations

from factcheck import tolerance
from factcheck.checks import Document, _mentions

MAX_BETWEEN = 40  # figures read between the two, at most: linear time on figure-dense text


def derived(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i is the difference or the sum of earlier figure j and a third
    figure of i's unit written from j's sentence, or from the BACK sentences before i's
    in its paragraph if that is earlier (_mentions.earlier: "worth £31,000. Her insurer
    paid £26,500. That left her £4,500 ..."), to the end of i's sentence."""
    a, b = doc.claims[j], doc.claims[i]
    if a.unit != b.unit or a.high is not None or b.high is not None:
        return False
    back = [doc.contexts[k].sentence[0] for k in _mentions.earlier(doc, i)]
    first = min([doc.contexts[j].sentence[0], *back])
    last = doc.contexts[i].sentence[1]
    low, high = max(0, j - MAX_BETWEEN), min(len(doc.claims), i + MAX_BETWEEN)
    for k in range(low, high):
        c = doc.claims[k]
        if (k in (i, j) or c.unit != b.unit or c.high is not None
                or not first <= c.start < last):
            continue
        band = tolerance.sum_spread([a, b, c], doc.config.approx_tolerance)
        if any(abs(value - b.value) <= band
               for value in (a.value - c.value, c.value - a.value, a.value + c.value)):
            return True
    return False

