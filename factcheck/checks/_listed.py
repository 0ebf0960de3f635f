"""The list after a total, for FC207: which figures after a total are its parts (of the
total's unit, subject and period) and whether the list is complete (where it opens, a
colon or a comma: factcheck.checks._list_opening)."""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks import (
    Document,
    _breakdown,
    _days,
    _label_counts,
    _list_opening,
    _sized,
    _statements,
    _sums,
    _wholes,
)
from factcheck.checks import _figures as fig
from factcheck.checks._conversion_pairs import convertible
from factcheck.checks._story import partitions, story_words
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Frame

_LEAD = re.compile(r"\s*([a-z]+)\s", re.IGNORECASE)  # the word a list item opens with
_REST_OBJECT = re.compile(r"\s*(?:the\s+|all\s+)?", re.IGNORECASE)  # "for (the) other(s)"


def _open(doc: Document, parts: list[int], end: int) -> bool:
    """Whether words after the last part say the list may leave parts out ("..., among
    other things"; _sums.OPEN_LIST). A last item led by the word that leads every item
    before it, a rest word ("other", "the rest") its object, is the list's remainder, one
    more parallel item ("4,105 for Ortiz, 3,310 for Lind and 1,402 for other
    candidates"), not such a word; a marker after it still is ("..., among others")."""
    text, last = doc.text, doc.claims[parts[-1]].end
    found = _sums.OPEN_LIST.search(text, last, end)
    if found is None:
        return False
    after = fig.WORDS.match(text, found.end() + 1) if found.group(0) == "," else None
    if after is not None and after.group(0).lower() in fig.words("relative"):
        return False  # "..., where 1,200 homes flooded in 2024": a clause on the last
        # item's noun (a relative clause) closes the list
    back = _BACK_AFTER.match(text, found.end()) if found.group(0) == "," else None
    if back is not None and back.group(1).lower() in fig.words("back"):
        return False  # "... and 234 were rejected, most of them because ...": a comment
        # on the last item, pointing back to it, closes the list
    leads = [_LEAD.match(text, doc.claims[i].end) for i in parts]
    words = {m.group(1).lower() for m in leads if m}
    lead = leads[-1]
    rest = (len(parts) > 1 and len(words) == 1 and all(leads) and lead is not None
            and _REST_OBJECT.fullmatch(text, lead.end(), found.start()) is not None)
    return not rest or _sums.OPEN_LIST.search(text, found.end(), end) is not None


_BACK_AFTER = re.compile(r"\s*(?:[a-z]+\s+){1,2}of\s+([a-z]+)\b", re.IGNORECASE)


def listed_after(doc: Document, group: tuple[int, ...], k: int) -> tuple[list[int], bool]:
    """The levels listed after group[k], if they all share its unit, subject and period
    and can be added, and whether the list is complete (opening, or a span that counts
    its parts: _days.counted)."""
    group, in_labels = _label_counts.without_labels(doc, own_span(doc, group, k), k)
    if len(group) < k + 3:
        return [], False
    head = doc.frames[group[k]]
    complete = _list_opening.opening(doc, group, k)
    if complete is None and _list_opening.fronted(doc, group, k):
        complete = False  # "Of the 64 people rescued from the capsized ferry, 29 ...": the
        # whole's phrase, however long, then its list after a comma
    if complete is None and _list_opening.copula_list(doc, group, k):
        complete = True  # "The 96 people on board were 78 passengers and 24 crew"
    clause = complete is None and _list_opening.opening(
        doc, group, k, reach=_list_opening.CLAUSE_REACH) is False
    if complete is None and not clause:
        return [], False
    if not _can_total(doc, group, k):
        return [], False
    parts = _sums.listed(doc, group[k + 1 :])
    once = (_list_opening.part_of(doc, group, k) or bool(complete)) and len(
        elided := _sums.listed_once(doc, group[k + 1 :], 2 if complete else 3)) > len(parts)
    if once:  # "Of the 1,412 ballots, 803 were for the motion, 566 against and 61 spoiled":
        parts = elided  # the verb written once; the words after each part are its label
        # ("28 withdrawn"), not a noun it counts; a list cut short by a label that is no
        # list word ("212 voted for it, 187 against and 29 abstained") reads on
    copula = _sums.listed_with_copula(doc, group[k + 1 :])
    labels = _sums.copula_labels(doc, copula)
    if len(parts) == 1 < len(copula) and _list_opening.part_of(doc, group, k) and any(
            labels >= story_words(kind) for kind in partitions()):
        parts, complete = copula, True  # "Of the 64 rescued, 29 were children, 22 were
        # women and 18 were men": labels that name a whole partition divide the whole
    parts = _sums.to_close(doc, parts)  # "320 girls and 280 boys, and 45 teachers"
    if parts and _list_opening.colon_item(doc, group[k], parts[0]):
        return [], False  # "Trips by mode: 47% on foot, 31% by bike ...": its first item
    if _sized.is_size(doc, group[k], parts):
        return [], False  # "three tiers: 520 seats ..., 430 ... and 390 ...": its size
    if not complete and len(parts) > 1 and _breakdown.names_partition(doc, parts):
        complete = True  # "19 students ..., eight women and eleven men": every member named
    elif clause:
        return [], False  # a comma after a whole clause: only a list naming a partition
    between = range(group[k] + 1, parts[0])  # the claims between the total and its list
    if not complete and len(between) == 1 and _days.counted(doc, between[0], parts):
        complete = True  # "210mm over three days, with 88mm on Friday, 74mm on ... and
        # 31mm on Sunday": as many dated parts as the total's span counts
    named = not between and _days.named(doc, group[k], parts)  # "over the weekend, 37 on
    complete = complete or named  # Saturday and 19 on Sunday": the days named, one each
    end = _breakdown.before_attribution(doc.text, doc.claims[parts[-1]].end,
                                    doc.contexts[parts[-1]].sentence[1])
    if complete and _open(doc, parts, end):
        return [], False  # "..., among other things": the list need not be complete
    first_own = group[k] in doc.frames[parts[0]].relations.get("whole", ())  # "61 goals,
    # 38 of them at home and 29 away": the words after the later parts are labels too
    if first_own and not complete and len(parts) > 1 and _class_label(doc, parts[0], parts[1]):
        return [], False  # "800 staff, 500 of them nurses and 400 part-time": classes
    nouns = [fig.written_noun(doc.claims[i]) for i in parts]  # labels tell parts apart:
    # "120 swim weekly and 110 swim daily" repeats its verb, which is no label
    whole_period = None if named else _spanned(doc, head, parts)  # the names cover it
    for i in parts:
        frame = doc.frames[i]
        period = frame.period or head.period  # a part that states no period has the total's
        holder = (complete or frame.subject in (None, head.subject)  # "held by 22 Greens"
                  or _breakdown.labelled(doc, i, parts)  # "860 people, 510 in Bristol and ..."
                  or (first_own and _borrowed(doc, parts, i)))
        own = group[k] in frame.relations.get("whole", ())  # "61 goals, 38 of them at home"
        rate = head.role == frame.role == "rate" and not _sums.cannot_add(frame.claim)
        if not ((_sums.addable(frame) or own or rate) and _same_unit(head.claim, frame.claim)
                and holder
                and _within(period, whole_period)) or _counts_another(doc, group, i, head):
            return [], False
        if not (complete or (_label(frame) and (once or first_own
                                                 or nouns.count(frame.claim.noun) == 1))
                or _wholes.same_thing(head.claim, frame.claim)):
            return [], False  # "300 staff, 200 women and 150 graduates": other nouns
    if not complete and len(parts) > 1 and not _qualified(doc.text[doc.claims[parts[0]].end :
                                                doc.claims[parts[1]].start]):
        return [], False  # "5.4 inches, 6.1 inches and 6.7 inches": peers, not parts
    if not complete and len(parts) > 1 and _peer(doc, group[k], parts):
        return [], False
    if not complete and _statements.repeated_predicate(doc, parts):
        return [], False  # "12 work nights and 30 work weekends": groups that may overlap
    if _sums.unread(doc, sorted([group[k], *_spans(doc, group, k), *parts, *in_labels])):
        return [], False
    return parts, bool(complete)


_LAST_JOIN = re.compile(r".*(?:,|\band\b)", re.IGNORECASE | re.DOTALL)


def _spans(doc: Document, group: tuple[int, ...], k: int) -> list[int]:
    """The span of time total group[k] is counted over, read right after it and left out
    of its group by own_span ("2,300 jobs over the next 18 months, 1,400 ..."): a figure
    the extractor read, so its digits are no unread part."""
    rest = group[k + 1 :]
    return [j for j in range(group[k] + 1, rest[0] if rest else group[k] + 1)
            if own_span(doc, (group[k], j, *rest), 0) != (group[k], j, *rest)]


def _borrowed(doc: Document, parts: list[int], i: int) -> bool:
    """Whether the subject the frames give part i is the label of the part before it,
    written before the comma or "and" that joins them ("Of 18,400 ballots, 9,950 went to
    Reyes, 7,100 to Moss and 2,600 were spoiled": Moss is the 7,100's), not a holder in
    part i's own clause ("..., and rival Acme employs 400")."""
    subject, k = doc.frames[i].subject, parts.index(i)
    if subject is None or k == 0:
        return False
    gap = doc.text[doc.claims[parts[k - 1]].end : doc.claims[i].start]
    join = _LAST_JOIN.match(gap)
    return join is not None and subject in gap[: join.end()] and subject not in gap[join.end() :]


def _is_time(unit: str) -> bool:
    """Whether the unit measures time ("day", "hour", "year")."""
    from factcheck.units import dimensionality

    try:
        return bool(unit) and dimensionality(unit) == "[time]"
    except Exception:
        return False


def _can_total(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether figure group[k] can be broken down by a list after it: a level, a total or a
    change that can be added ("lost 1,300 jobs (600 in retail, ...)": a change broken
    down); a rate only when its first part points back to it ("5,400 loaves a week, 2,900
    of them white")."""
    head = doc.frames[group[k]]
    pointed = group[k] in doc.frames[group[k + 1]].relations.get("whole", ())
    return (_sums.addable(head) or head.role == "total" or _misread_conversion(doc, group[k])
            or (head.role in ("change", "rate") and not _sums.cannot_add(head.claim)
                and (head.role == "change" or pointed)))


def _misread_conversion(doc: Document, i: int) -> bool:
    """Whether the frames read a level as restating a figure of another dimension ("on two
    days, 30 cm in all": cm restates no days), so it is a level after all."""
    frame = doc.frames[i]
    restated = frame.relations.get("restates", ())
    return (frame.role == "conversion" and bool(restated) and not _sums.cannot_add(frame.claim)
            and not frame.claim.change
            and not any(convertible(doc.claims[j], frame.claim) for j in restated))


_DETERMINERS = ("the", "those", "these", "its", "their")
_SPAN_LEAD = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+$")  # " of rain fell over "


def own_span(doc: Document, group: tuple[int, ...], k: int) -> tuple[int, ...]:
    """The group without the span of time the total group[k] is counted over, when that
    span comes right after the total and before its list: a figure of time (a unit of
    time, or the role duration) in another unit than the total's, no colon between them,
    and either the list's colon right after it ("1,400 calls in 48 hours: 800 on ...";
    "112mm of rain over three days: 41mm on Friday, ...") or a scope word leading into it
    behind at most four words ("drew 48,000 visitors over three days, 15,000 on
    Friday, ..."). Else the group as it is."""
    if len(group) <= k + 2:
        return group
    head, span, first = (doc.claims[i] for i in group[k : k + 3])
    timed = _is_time(span.unit) or doc.frames[group[k + 1]].role == "duration"
    if not timed or span.unit == head.unit or _is_time(head.unit):
        return group
    if ":" in doc.text[head.end : span.start]:
        return group
    colon = doc.text[span.end : first.start].strip().startswith(":")
    lead = _SPAN_LEAD.fullmatch(doc.text, head.end, span.start)
    words = [w.lower() for w in fig.WORDS.findall(lead.group(0))] if lead else []
    while words and words[-1] in _DETERMINERS:  # "over the three days": the scope word
        words.pop()                             # before its determiner
    scoped = bool(words) and (words[-1] in fig.QUALIFIERS or (
        len(words) > 2 and words[-3] in fig.QUALIFIERS and words[-2] in _DETERMINERS))
    # "over the next 18 months": the scope word, a determiner and one word before the span
    return (*group[: k + 1], *group[k + 2 :]) if colon or scoped else group


def _counts_another(doc: Document, group: tuple[int, ...], i: int, head: Frame) -> bool:
    """Whether a bare part, which would borrow its total's unit, counts what a plain count
    of its sentence counts: its frame's measure is that count's ("48,000 visitors over
    three days, 15,000 on Friday, ...": visitors, not days)."""
    measure = doc.frames[i].measure
    if doc.claims[i].unit or not head.claim.unit or measure is None:
        return False
    key = f"counted measures {group[0]}"  # once per sentence: a long list stays linear
    if key not in doc.memo:
        doc.memo[key] = {doc.frames[j].measure for j in group
                         if doc.claims[j].unit == "" and doc.claims[j].noun is not None}
    counted: set[str | None] = doc.memo[key]
    return measure in counted  # the bare part itself names no noun: not in the set


def _class_label(doc: Document, part: int, after: int) -> bool:
    """Whether the label written after a part that points back to its whole ("500 of them
    nurses") is a class of the whole's members: a plural noun, or a group of people
    (frames.tsv, class "group": "women"), not led by a scope word ("38 of them at home",
    "1,210 of them in homes") and no word of a partition ("eight of them gold"). Members
    may fall in two classes ("nurses" and "part-time"; "women" and "graduates"), so a
    list of classes need not add up."""
    words = [w.lower() for w in fig.WORDS.findall(doc.text, doc.claims[part].end,
                                                  doc.claims[after].start)]
    if words[:1] != ["of"] or len(words) < 3:
        return False  # "$1.4bn goes to schools": no label points back
    label = [w for w in words[2:] if w not in fig.words("copula")]  # "of whom are teachers"
    if not label or label[0] in fig.QUALIFIERS:
        return False
    word = label[0]
    forms = {word, word.removesuffix("s"), word.removesuffix("ren"), word.replace("men", "man")}
    return (word.endswith("s") and not word.endswith("ss")) or any(
        lexicon().frame_class(f, "group") for f in forms if f)


def _label(frame: Frame) -> bool:
    """Whether the word the extractor read as a part's noun is a label, not a thing it
    counts ("28 withdrawn", "90 void", "6,100 overseas", "29 away"; not "120 women", "90
    graduates": a plural or a group of people, frames.tsv class "group"): a word that is
    no plural, or one the frame's measure does not take for the thing counted (the
    parse read it as no noun: "6,100 overseas" measures the employees)."""
    noun = (frame.claim.noun or "").lower()
    head = (frame.measure or noun).lower().split()[-1:] or [""]
    if lexicon().frame_class(head[0], "group"):
        return False
    return not noun.endswith("s") or not _measured(noun, frame.measure)


def _measured(noun: str, measure: str | None) -> bool:
    """Whether the frame's measure names the noun (its lemma: "women" is measured as
    "woman", "children" as "child"): a word of the measure that opens as the noun's last
    word does, in its first three letters."""
    last = noun.split()[-1:] or [""]
    return any(w[:3] == last[0][:3] for w in (measure or "").lower().split())


def _peer(doc: Document, head: int, parts: list[int]) -> bool:
    """Whether the figure before a list is qualified as its items are, by the word that
    leads their labels ("£21.4m for care, £12.3m for schools and £9.1m for roads"; with
    the verb written once, "£21.4m goes to care, £12.1m to schools and £9.8m to roads"):
    a first item, not a total ("31 goals this season, 18 in the league and 16 in the
    cup" is one). Unsure, the list is not read."""
    def label(a: int, b: int) -> list[str]:
        return [w.lower() for w in
                fig.WORDS.findall(doc.text[doc.claims[a].end : doc.claims[b].start])]

    lead = label(parts[0], parts[1])
    return (bool(lead) and lead[0] in label(head, parts[0])) or _bare_labels(doc, head, parts)


_ITEM_END = re.compile(r",|;|\band\b|\.(?:\s|$)", re.IGNORECASE)  # where an item's label stops


def _bare_labels(doc: Document, head: int, parts: list[int]) -> bool:
    """Whether the figure before a list and every part carry a label of one or two words
    right after them (the last part's label may run on), none opening with a word that
    links or determines (words.tsv, classes "function", "preposition", "determiner",
    "opening"): "46% equities, 31% bonds and 23% property",
    "£4m wages, £3m rent and £1m heating", items of one list each with its own label, not
    a total and its parts (a total's own words qualify it: "31 goals this season, 18 in
    the league"; a list that names a whole partition is read before this test)."""
    links = (fig.words("function") | fig.words("preposition") | fig.words("determiner")
             | fig.words("opening"))
    items = [head, *parts]
    for n, i in enumerate(items):
        stop = (doc.claims[items[n + 1]].start if n + 1 < len(items)
                else doc.contexts[i].sentence[1])
        text = doc.text[doc.claims[i].end : stop]
        end = _ITEM_END.search(text)
        words = fig.WORDS.findall(text[: end.start() if end else len(text)])
        last = n + 1 == len(items)  # the last label runs on into the sentence ("25%
        # equipment last year"): only its first word is read
        if not words or words[0].lower() in links or (len(words) > 2 and not last):
            return False
    return True


def _spanned(doc: Document, head: Frame, parts: list[int]) -> tuple[date, date] | None:
    """The period of a total before a list whose parts name periods of their own that
    differ: the stretch they cover, when the total's own is the first part's (the nearest
    phrase, "on Friday", is the first part's, not the total's: "112mm of rain: 41mm fell
    on Friday, 38mm on Saturday and ..."; "112mm of rain fell over three days, with 41mm
    on Friday, ..."); else the total's."""
    periods = [doc.frames[i].period for i in parts]
    if None in periods or len(set(periods)) < 2 or head.period != periods[0]:
        return head.period
    known = [p for p in periods if p is not None]
    return min(p[0] for p in known), max(p[1] for p in known)


def _within(part: tuple[date, date] | None, total: tuple[date, date] | None) -> bool:
    """Whether a part's period may be a stretch of its total's: the same, inside it, or
    any when the total names none ("27 arrests over the weekend: 12 on Friday, ...": the
    days split the total in time)."""
    if total is None or part == total:
        return True
    return part is not None and total[0] <= part[0] and part[1] <= total[1]


def _qualified(gap: str) -> bool:
    """Whether a part is followed by words of its own before the next ("18 in the league
    and 16 ..."), as the parts of a breakdown are and the peers of a list are not."""
    return any(w.lower() not in ("and", "plus") for w in fig.WORDS.findall(gap))


def _same_unit(head: Claim, part: Claim) -> bool:
    """Whether a part is in its total's unit, a bare figure standing for it too ("2,200
    hectares of wheat, 1,100 of barley": the unit is written once)."""
    return part.unit == head.unit or (part.unit == "" and part.noun is None)
