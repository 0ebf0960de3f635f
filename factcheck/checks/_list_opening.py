"""Where the list after a total opens, for FC207 (factcheck.checks._listed): the words
between a total and the first figure after it (a colon, a bracket, a word that divides
the total: a complete list; a comma: an apposition that may leave parts out), and a whole
fronted by "Of" whose phrase runs to the comma before its first part ("Of the 64 people
rescued from the capsized ferry, 29 ...")."""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks import Document, _sums
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_APPOSITION = re.compile(  # "31 goals this season, 18 in ...", "140 mm of rain, with 62 mm"
    r"([^.;:()\d,]*),\s*(?:with\b\s*)?", re.IGNORECASE)
_REACH = 30  # characters from a total to the comma before its list ("31 goals this season")
CLAUSE_REACH = 90  # ... when the list names a partition: the total's clause may go on
_BREAKDOWN = re.compile(r"[^.;:()\d]{0,40}(?::|\()[^.;:()\d]{0,20}")  # "19 medals: ", " ("
_CLAUSE_COLON = re.compile(  # "Fourteen vehicles were involved in the crash on the M62 on
    r"[^.;:()]{0,120}:[^.;:()\d]{0,20}")  # Tuesday: nine cars, ...": the total's clause ends
_OF_FRONT = re.compile(  # "Of the ", "Out of their ": the compound preposition too
    r"(?:^|[;:]\s*)(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_OF_REACH = 20  # characters from a sentence's start to a whole fronted by "Of"
_PHRASE = re.compile(r"[^,.;:()\d]*,\s*$")  # the whole's phrase, to the comma before a part


def fronted(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether total group[k] opens its sentence with "Of" and its phrase runs, with no
    figure, to the comma before the first part, which its frame ties to the total."""
    total = doc.claims[group[k]]
    first = doc.claims[group[k + 1]]
    return (of_fronted(doc, group[k])  # "Of the" and at most a word between: linear
            and _PHRASE.fullmatch(doc.text, total.end, first.start) is not None
            and part_of(doc, group, k))


def of_fronted(doc: Document, i: int) -> bool:
    """Whether figure i opens its sentence after "Of" or "Out of" ("Of their 14 matches,
    ...")."""
    start = doc.contexts[i].sentence[0]
    return (doc.claims[i].start - start <= _OF_REACH
            and _OF_FRONT.search(doc.text, start, doc.claims[i].start) is not None)


def part_of(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether the frames make the figure after group[k] a part of it, or group[k] a whole
    of one of the figures after it ("Of the 75 bills, 40 were passed, 28 withdrawn and 12
    defeated": the parse may tie the whole to any item of the list)."""
    if group[k] in doc.frames[group[k + 1]].relations.get("whole", ()):
        return True
    return not set(doc.frames[group[k]].relations.get("parts", ())).isdisjoint(group[k + 1 :])


_YEAR = re.compile(r"\b\d{4}\b")


def _own_years(gap: str, period: tuple[date, date] | None) -> str:
    """The words after a total with the years its own period spans written as a word
    ("1,930 burglaries across the county in 2025, 1,210 of them ..."): the year dates the
    total, it is no figure between it and its parts. Other digits stay."""
    if period is None:
        return gap
    return _YEAR.sub(lambda m: "year" if period[0].year <= int(m[0]) <= period[1].year
                     else m[0], gap)


def opening(doc: Document, group: tuple[int, ...], k: int, nested: bool = False,
            reach: int = _REACH) -> bool | None:
    """How the words between a total and the first figure after it open a list: True for
    a colon, a bracket or a word that divides the total (words.tsv, class "split");
    False for a comma (an apposition, which may leave parts out) at most reach characters
    after the total; None for no list."""
    head, first = doc.claims[group[k]], doc.claims[group[k + 1]]
    gap = doc.text[head.end : first.start]
    if _BREAKDOWN.fullmatch(gap) or _CLAUSE_COLON.fullmatch(gap) or _split_clause(gap):
        return True
    if _pointed(doc, group, k, gap):
        return False  # "45,500 papers had been issued, of which 44,724 ...": an apposition
    gap = gap.rstrip().removesuffix("(")  # "is split between adult care (£21.2m), ...": a label
    if len(gap) > max(reach, 60) or any(c in gap for c in ".;:()"):
        return None
    words = {w.lower() for w in fig.WORDS.findall(gap)}
    words |= {w.lower() for w in fig.WORDS.findall(head.noun or "")[-1:]}  # "24 consists
    # of": the extractor may read the dividing verb as the total's noun
    verbs = lexicon().change_verbs
    if any(w.lower() in verbs for w in fig.WORDS.findall(gap[gap.rfind(",") + 1 :])):
        return None  # "..., up from 300": a change, not a list (a verb before the comma is
        # the total's own: "140 mm of rain fell over three days, with 62 mm ...")
    stems = {w[:-1] for w in words if w.endswith("s")}  # "splits into", "divides"
    if (words | stems) & fig.words("split"):
        return True
    apposition = _APPOSITION.fullmatch(_own_years(gap, doc.frames[group[k]].period))
    if (apposition is None or len(apposition.group(1)) > reach) and not _object_phrase(
            doc, group, k):
        return None
    before = doc.text[doc.claims[group[k - 1]].end : head.start] if k else "."
    if _sums.joins(before) or ":" in before or "(" in before:
        return None  # the total is itself in a list: "27 arrests: 12 on Friday, 9 on ..."
    if k and not nested and opening(doc, group, k - 1, nested=True):
        return None  # the first item of a list the figure before opens ("3,000 seats are
        # split between 1,200 in the stands, 1,100 on the floor ...")
    return False


_OF_BACK = re.compile(r"[^.;:()\d]{0,60},\s*of\s+([a-z]+)\s*$", re.IGNORECASE)


def _pointed(doc: Document, group: tuple[int, ...], k: int, gap: str) -> bool:
    """Whether the first figure after total group[k] opens a relative clause "of which" /
    "of whom" (words.tsv, class "back") after the comma that closes the total's clause, at
    most 60 characters on, and its frame makes it a part of the total: the list that
    starts there divides the total and may leave parts out, like a comma list."""
    found = _OF_BACK.fullmatch(gap)
    return (found is not None and found.group(1).lower() in fig.words("back")
            and part_of(doc, group, k))


_PHRASE_REACH = 60  # characters of an object's noun and its phrase before the comma


def _object_phrase(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether the words from total group[k] to the comma before its list are the total's
    noun and a phrase hung on it, no clause: the total is the object of its clause's verb,
    which stands before it ("will cut 2,300 jobs over the next two years, 1,400 in ...";
    "sold 5,100 tickets across its three venues, 2,900 at ..."), and after its noun comes
    a preposition (words.tsv, class "preposition", or a scope word) with no verb, colon or
    bracket up to the comma, at most _PHRASE_REACH characters, and no figure in it but a
    span of time the total is counted over (factcheck.checks._listed.own_span: group
    leaves it out). A comma after a clause of its own ("The 300 staff voted on Tuesday,
    ...": the verb after the total) opens no list."""
    head, first = doc.claims[group[k]], doc.claims[group[k + 1]]
    verb = doc.contexts[group[k]].verb
    if verb is None or verb > head.start or head.noun is None:
        return False
    text = doc.text
    between = doc.claims[group[k] + 1 : group[k + 1]]
    if not all(_is_time(c.unit) for c in between):
        return False  # another figure between: only a span of time is the total's own
    gap = text[head.end : first.start]
    for c in between:  # the span's figure read as a word: "over the next 18 months"
        gap = gap.replace(c.text, "span", 1)
    found = _NOUN_PHRASE.fullmatch(gap)
    if found is None or len(found.group(1)) > _PHRASE_REACH:
        return False
    words = [w.lower() for w in fig.WORDS.findall(found.group(1))]
    lead = [w.lower() for w in fig.WORDS.findall(head.noun)]
    rest = words[len(lead):] if words[: len(lead)] == lead else words
    verbs = lexicon().change_verbs
    return (bool(rest) and rest[0] in fig.QUALIFIERS | fig.words("preposition")
            and not any(w in verbs for w in rest))


def _is_time(unit: str) -> bool:
    """Whether the unit measures time ("month", "year")."""
    from factcheck.units import dimensionality

    try:
        return bool(unit) and dimensionality(unit) == "[time]"
    except Exception:
        return False


_NOUN_PHRASE = re.compile(r"([^.;:()\d,]*),\s*(?:with\b\s*)?", re.IGNORECASE)
_SPLIT_COLON = re.compile(r"([^.;:()\d]{0,40}):([^.;:()\d,]{0,60})")  # "were split: the jury "


def _split_clause(gap: str) -> bool:
    """Whether the gap is a word that divides the total (words.tsv, class "split") before a
    colon, then a clause of the list's own, up to 60 characters ("The 17 charges were
    split: the jury convicted him on 11 and acquitted him on eight"): the colon after a
    dividing word opens the division, whatever subject and verb its parts take."""
    found = _SPLIT_COLON.fullmatch(gap)
    return found is not None and bool(
        {w.lower() for w in fig.WORDS.findall(found.group(1))} & fig.words("split"))


_COPULA_GAP = 40  # characters from a total to the copula before its list


def copula_list(doc: Document, group: tuple[int, ...], k: int) -> bool:
    """Whether total group[k] is the subject of a copula whose complement is the list after
    it, each part counting a noun of its own, all different ("The 96 people on board were
    78 passengers and 24 crew"; "Its 30 staff are 18 nurses and 12 doctors"): the parse
    gives the total and the first part one verb, a copula (words.tsv, class "copula"),
    standing right before the first part, so the list says what the total is: complete."""
    head, first = doc.claims[group[k]], doc.claims[group[k + 1]]
    verb = doc.contexts[group[k]].verb
    if verb is None or doc.contexts[group[k + 1]].verb != verb or not (
            head.end < verb < first.start and first.start - head.end <= _COPULA_GAP):
        return False
    word = fig.WORDS.match(doc.text, verb)
    if word is None or word.group(0).lower() not in fig.words("copula") or (
            doc.text[word.end() : first.start].strip()):
        return False
    if any(c in doc.text[head.end : first.start] for c in ",.;:()") or _sums.DIGIT.search(
            doc.text, head.end, first.start):
        return False
    nouns = [doc.claims[j].noun for j in _sums.listed(doc, group[k + 1 :])]
    return len(nouns) > 1 and None not in nouns and len(set(nouns)) == len(nouns) and (
        head.noun not in nouns)


_AFTER_COLON = re.compile(r":\s*$")
_ITEM_LABEL = re.compile(r"\s*([^,;:()\d]*?)\s*(?:,|;|\band\b)", re.IGNORECASE)  # " on foot,"


def colon_item(doc: Document, total: int, first: int) -> bool:
    """Whether the figure total, right after a colon, is the first item of the list the
    colon opens, not its total: it has a label of its own before the separator, as the
    first part after it does ("Trips by mode: 47% on foot, 31% by bike and 22% by car";
    not "In numbers: 40 boats, 35 in port and 5 at sea", whose first figure has no label).
    A total before the colon is read as before."""
    begin = doc.contexts[total].sentence[0]
    if _AFTER_COLON.search(doc.text, begin, doc.claims[total].start) is None:
        return False
    labels = [_ITEM_LABEL.match(doc.text, doc.claims[i].end) for i in (total, first)]
    return all(m is not None and fig.WORDS.search(m.group(1)) for m in labels)
