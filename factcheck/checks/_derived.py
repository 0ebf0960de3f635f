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
from factcheck.checks import Document

BACK = 3  # sentences before the later figure's that the third figure may stand in
MAX_BETWEEN = 40  # figures read between the two, at most: linear time on figure-dense text


def derived(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i is the difference or the sum of earlier figure j and a third
    figure of i's unit written from j's sentence (or BACK sentences before i's, if that is
    earlier: "worth £31,000. Her insurer paid £26,500. That left her £4,500 ...") to the
    end of i's sentence."""
    a, b = doc.claims[j], doc.claims[i]
    if a.unit != b.unit or a.high is not None or b.high is not None:
        return False
    first = min(doc.contexts[j].sentence[0], _sentences_back(doc, i))
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


def _sentences_back(doc: Document, i: int) -> int:
    """The start of the sentence BACK sentences before figure i's (of those that hold
    figures), or of the earliest one there is."""
    current = doc.contexts[i].sentence
    seen = 0
    for k in range(i - 1, max(-1, i - 1 - MAX_BETWEEN), -1):
        sentence = doc.contexts[k].sentence
        if sentence != current:
            seen, current = seen + 1, sentence
            if seen > BACK:
                break
    return current[0]
