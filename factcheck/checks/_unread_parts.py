"""Lists whose parts may not all be read, for FC207 (factcheck.checks.fc207_sum_mismatch):
a list read from after a figure joined to its first part ("of 3 mayors, 9 aldermen and 8
clerks" read from 9 on; or that figure read as the list's whole), or one cut short by a
figure that is no part ("150 in week three and 100 in week four"). A sum that may miss a
part says nothing (DESIGN.md: no false finding when unsure)."""

from __future__ import annotations

from factcheck.checks import Document, _sums


def left_out(doc: Document, whole: int, parts: list[int]) -> bool:
    """Whether the list read leaves out a figure listed with it: the figure just before its
    first part, not the whole, of the parts' unit in the same sentence and joined to that
    part by a list separator ("of 3 mayors, 9 aldermen and 8 clerks" read from 9 on). A
    list whose parts are not all read says nothing: its sum would miss a part."""
    first = parts[0]
    prev = first - 1
    if prev == whole:
        return _listed_whole(doc, whole, first)
    if prev < 0 or prev in parts:
        return False
    before, after = doc.claims[prev], doc.claims[first]
    return (doc.contexts[prev].sentence == doc.contexts[first].sentence
            and _sums.base(before.unit) == _sums.base(after.unit)
            and not _sums.cannot_add(before)
            and _sums.joins(doc.text[before.end : after.start]))


def cut_short(doc: Document, parts: list[int]) -> bool:
    """Whether the list read may stop before its end: a later figure of the parts' unit (or
    a bare one) in the last part's sentence is joined by a list separator to the figure
    before it ("150 in week two, 150 in week three and 100 in week four", the list cut at
    "three"). A sum short of its whole then says nothing: a part may be unread."""
    last = parts[-1]
    unit = _sums.base(doc.claims[last].unit)
    sentence = doc.contexts[last].sentence
    for j in range(last + 1, len(doc.claims)):
        if doc.contexts[j].sentence != sentence:
            break
        c = doc.claims[j]
        if (_sums.base(c.unit) in (unit, "") and not _sums.cannot_add(c)
                and _sums.joins(doc.text[doc.claims[j - 1].end : c.start])):
            return True
    return False


def _listed_whole(doc: Document, whole: int, first: int) -> bool:
    """Whether the figure read as the whole is the list's own first item: it opens its
    clause after a comma and is joined to the first part by a list separator ("Of the
    centre's 96 staff, 41 work outdoors, 33 in the shop and 22 in the cafe", read as 33 +
    22 against 41). Its sum would leave that item out."""
    w, f = doc.claims[whole], doc.claims[first]
    return (doc.contexts[whole].sentence == doc.contexts[first].sentence
            and _sums.base(w.unit) == _sums.base(f.unit)
            and doc.text[max(0, w.start - 4):w.start].rstrip().endswith(",")
            and _sums.joins(doc.text[w.end:f.start]))
