"""When two figures of one key are no conflict, for FC202: the sentences date them apart,
or name different owners. An update word on a verb of saying before a figure whose
thing is written with the earlier figure's year dates the telling, not the figure.

Two sentences date their figures apart with words the frames' periods do not read:
different days ("on Monday" ... "on Wednesday": words.tsv class "when"), a word that marks
an update ("later", "the revised toll", "initially": class "update"; "final" and its kin
only before a noun, class "attributive"), or a period written as a possessor that the
other sentence does not name ("this season" ... "last season's average"). A day after
"since" starts a span and dates no figure; "since" in a record's span ("the worst since
2014") marks no update.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks import Document, _mentions, _phrase_years
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_OWNER = re.compile(r"\b([a-z]+)['’]s\b", re.IGNORECASE)
Period = tuple[date, date] | None
_SINCE_DAY = re.compile(r"\b(?:since|from)\s+[A-Za-z]+", re.IGNORECASE)  # starts a span
_SINCE_ADVERB = re.compile(  # "has since risen"; not "since 2014", "since the war"
    r"\bsince\b(?!\s+(?:the|a|an|its|their|records|then|\d|[A-Z]))")
_NARROWED_OWNER = re.compile(  # "the deputy mayor's", "the junior school's": the words
    # between a determiner and the possessor
    r"\b(?:the|its|their|his|her)\s+((?:(?!(?:the|its|their|his|her|a|an)\b)[a-z][\w-]*\s+){1,3})"
    r"[a-z][\w-]*['’]s\b", re.IGNORECASE)
_TIME_OWNER = re.compile(r"\b(last|previous|next|this|that)\s+([a-z]+)['’]s\b", re.IGNORECASE)
_TIME_NAMED = re.compile(r"\b(last|previous|next|this|that)\s+([a-z]+)\b", re.IGNORECASE)


def owners_differ(doc: Document, a: int, b: int) -> bool:
    """Whether the sentences of two figures without a subject name different owners
    ("the museum's entry fee" and "the zoo's entry fee"), or one owner narrowed by words
    the other sentence lacks ("the junior school's fee" after "the school's fee"): then
    the frames' common measure may belong to two things, and the check stays silent."""
    texts = [doc.text[slice(*doc.contexts[k].sentence)] for k in (a, b)]
    owners = [{m.lower() for m in _OWNER.findall(t)} for t in texts]
    if owners[0] & owners[1]:  # "the junior school's fee" beside "the school's fee": the
        words = [{w.lower() for w in fig.WORDS.findall(t)} for t in texts]  # owner narrowed
        narrowed = [{w.lower() for m in _NARROWED_OWNER.finditer(t) for w in fig.WORDS.findall(
            m.group(1))} for t in texts]
        return bool(narrowed[0] - words[1] or narrowed[1] - words[0])
    return bool(owners[0] and owners[1])


def dated_apart(doc: Document, a: int, b: int) -> bool:
    """Whether the two figures' sentences date them apart with words the frames' periods
    do not read: different days ("on Monday" ... "on Wednesday"), or a word that marks
    an update ("later", "the revised toll", "initially"). An updated figure is no
    conflict."""
    texts = [doc.text[slice(*doc.contexts[k].sentence)] for k in (a, b)]
    words = [{w.lower() for w in fig.WORDS.findall(t)} for t in texts]
    updates = {w for w in words[0] | words[1] if lexicon().frame_class(w, "update")}
    updates = {w for w in updates if _marks_update(w, texts)}
    updates = {w for w in updates if not _telling_only(doc, a, b, w)}
    if "since" in updates and (not any(_SINCE_ADVERB.search(t) for t in texts) or any(
            _mentions.record_since(doc, k) for k in (a, b))):
        updates.discard("since")  # "the worst since 2014", "the lowest since records
        # began": a record's span, no update
    if updates or _owned_by_time(texts, [doc.frames[k].period for k in (a, b)]):
        return True
    days = [{w.lower() for w in fig.WORDS.findall(_SINCE_DAY.sub("", t))
             if lexicon().frame_class(w.lower(), "when")} for t in texts]
    return bool(days[0] and days[1] and not days[0] & days[1])  # not "since Thursday"


def _telling_only(doc: Document, a: int, b: int, word: str) -> bool:
    """Whether update word dates only the telling of later figure b, not the figure: it
    stands before a verb of saying (words.tsv, class "saying") that stands before b in
    b's sentence, and b's thing is written with a year (factcheck.checks._phrase_years)
    that is earlier figure a's period ("a budget of $86 million for 2027" ... "The mayor
    later told reporters that the city's 2027 budget stood at $68 million": the year fixes
    the thing, so the later telling is of the same budget, not a revision of it)."""
    year = _phrase_years.year_of(doc, b)
    if year is None or year != (_phrase_years.year_of(doc, a) or doc.frames[a].period):
        return False
    start, end = doc.contexts[b].sentence[0], doc.claims[b].start
    told = [w.lower() for w in fig.WORDS.findall(doc.text, start, end)]
    if word not in told:
        return False
    return any(w in fig.words("saying") for w in told[told.index(word) + 1:])


def _owned_by_time(texts: list[str], periods: list[Period]) -> bool:
    """Whether one sentence names its figure's period as a possessor ("last season's
    average", "next year's budget", "this week's total") that the other does not name:
    the two figures are of two periods, whatever the frames dated. A period that holds
    now ("this year's", "this summer's") is the other's too when the frames date the other
    figure to no period or to the same one ("Tickets for this year's fair cost £85" ...
    "the £58 ticket"; "the 2026 harvest" ... "this year's harvest", in 2026); so is one
    after "that" when the other sentence writes its time or the frames date both figures to
    one period ("cost 1.79 euros on Friday" ... "complained that Friday's price": a clause
    opened by "that", or a day pointed back to)."""
    owned = [{" ".join(m.groups()).lower() for m in _TIME_OWNER.finditer(t)} for t in texts]
    named = [{" ".join(m.groups()).lower() for m in _TIME_NAMED.finditer(t)} for t in texts]
    for k in (0, 1):
        if periods[1 - k] in (None, periods[k]):
            owned[k] = {o for o in owned[k] if not o.startswith("this ")}
        told = {w.lower() for w in fig.WORDS.findall(texts[1 - k])}
        owned[k] = {o for o in owned[k] if not o.startswith("that ") or ((
            periods[0] != periods[1] or periods[0] is None) and o[5:] not in told)}
        # "complained that Friday's price" after "on Friday": "that" opens a clause or
        # points back to a day told, the day the other sentence writes or the frames date
        # both figures to
    return bool(owned[0] - named[1] or owned[1] - named[0])


def _marks_update(word: str, texts: list[str]) -> bool:
    """Whether an update word marks an update in the texts (earlier, later): an adjective
    of update ("final", "latest": words.tsv, class "attributive") only in the later,
    before the noun it qualifies, after a determiner or a possessive ("the final toll",
    "Monday's final count"), not as a noun ("the cup final at Hampden", "the cup final
    cost €85")."""
    if word not in fig.words("attributive"):
        return True
    texts = texts[1:]  # "the latest census" before the earlier figure dates it, the newest:
    # a later figure without a word of update restates it
    after = re.compile(  # after a determiner or a possessive: "the final toll", not "the
        # cup final cost €85" (a noun, the event)
        rf"(?:^|\b(?:the|a|an|its|their|his|her|our|this)\s+|['’]s\s+){word}\s+([a-z]+)",
        re.IGNORECASE)
    return any(m.group(1).lower() not in lexicon().stopwords
               for t in texts for m in after.finditer(t))
