"""FC206: whether a span or an age counts from a starting year, and whether it must equal it.

A span counts from a start in reach when it is an age after a birth ("born in 1972 ...
is 61 years old"), a wait after the last time ("last won it in 2009 ... a 25-year
wait"), a span set off before "since" ("for nine years, since 2009"), a figure that
names the whole span (a thing's age after its founding, the years a thing marks, a
restatement of "since 1979"), or a span after "for" in a perfect tense ("has fought
for more than 70 years"). An age, a wait and an "N years since" must equal the time
since the start (exact); other spans may be shorter.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _dates
from factcheck.checks import _figures as fig
from factcheck.checks._ages_now import IS_AGE, bare_age, ended_when, said_of
from factcheck.checks._now_spans import from_start
from factcheck.checks._since_after import SINCE_AFTER, since_after
from factcheck.checks._years_on import to_now, years_on
from factcheck.model import Claim, Frame

_AGE_AFTER = re.compile(r"\s*(?:-\s*)?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s*$", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_WHO = re.compile(r",\s*(?:who|which)\b", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*,\s*(?:which\s+|that\s+)?(?:[a-z]+\s+)?")  # ", marking"
_ENDS_GAP = re.compile(  # "ending a 20-year wait": the wait ran up to the event, not from it
    r"\b(?:(?:the|an?)\s+)?(?:end|ends|ended|ending|broke|breaks|breaking|snapped|snapping)"
    r"\s+(?:of\s+)?(?:a|an|the|its|their|his|her)?\s*$", re.IGNORECASE)  # "the end of a"
_RESTATES = re.compile(  # "since 1979, a span of 37 years", "since 2014, which makes 18"
    r"\s*[,(:–—-]\s*(?:(?:a\s+(?:span|period|stretch|total)\s+of|which\s+(?:makes|is)|"
    r"making|that\s+is|or)\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+)?$", re.IGNORECASE)
_AT_EVENT = re.compile(r"\bat\s*$", re.IGNORECASE)
_NOW = re.compile(r"\bnow\s*$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]s\s+been\b", re.IGNORECASE)
# a founding with no object dates the thing itself: "Opened in 1931, the lido turns 95"
_OF_ITSELF = re.compile(r"[A-Za-z]+\s+(?:(?:in|on|at)\s+)?(?:\d|[A-Z])")
# a founding verb with an object, not a preposition or the year: "founded the firm in"
_FOUNDS_OBJECT = re.compile(r"[A-Za-z]+\s+(?!(?:in|on|at|by|during|as)\b)[A-Za-z]",
                            re.IGNORECASE)
def counts_from(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]) -> bool:
    text, claim, frame = doc.text, doc.claims[i], doc.frames[i]
    if start.last:  # "last won it in 2009" ... "a 25-year wait": the gap since
        return frame.role == "duration" and _is_gap(frame.measure) and not _ended_by(
            text, claim, start, sentence)
    if start.born:
        if (bare_age(doc, i) and IS_AGE.search(text, max(0, claim.start - 12), claim.start)
                and not said_of(doc, i, start)):
            return False  # "born in 1950 and is retired; her son is 45"
        if frame.role == "age" or bare_age(doc, i) or (
                frame.role == "duration" and claim.text.isdigit()):
            return True  # "aged 61", "At 41, he", and "Marsh, 41, who was born ...": the
            # extractor gives the bare apposition the unit year, and no field says so
        return bool(_AGE_AFTER.match(text, claim.end)
                    or _AGE_BEFORE.search(text, max(0, claim.start - 8), claim.start))
    if since_after(doc, i, is_wait(frame)) or _names_the_span(doc, i, start) or years_on(
            doc, i, start):
        return True  # "since 2009"; "signed in 1990 and, 30 years on, ..." (_years_on)
    return _lead_has(doc, sentence, claim.start) or _for_before(doc, i, start, sentence) or (
        _after_years(doc, i) and not _after_the_start(text, claim, start, sentence))


def _for_before(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]
                ) -> bool:
    """Whether a span after "for" in any tense runs up to an event dated right after it
    ("ran for 14 years before it folded in 2015": _ages_now.ended_when): it lies between
    the start and that event, never longer; not a span in a relative clause after the
    start ("The charity, founded in 2005, is run by Ames, who taught for 30 years before
    she retired in 2012": another's)."""
    claim, text = doc.claims[i], doc.text
    at = text.rfind(start.text, sentence[0], claim.start)
    return (doc.frames[i].role == "duration" and claim.unit == "year"
            and _FOR.search(text, max(0, claim.start - 8), claim.start) is not None
            and ended_when(doc, i) is not None
            and (at < 0 or _WHO.search(text, at, claim.start) is None))


_AFTER_YEARS = re.compile(r"\bafter\s+(?:(?:a|an|his|her|their|its|some|nearly|almost|more\s+"
                          r"than)\s+)?$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s*(?:of\b|['’])", re.IGNORECASE)  # "after 20 years of neglect"


def _after_years(doc: Document, i: int) -> bool:
    """Whether a span "after N years" ends the time since a start: "retires this week after
    31 years in the force, which he joined in 2003", "mayor since 2014, stands down after
    18 years"; not "after 20 years of neglect" (the span of another thing). It may be
    shorter than the time since the start (it may end at an earlier event), never longer;
    exact when it ends now (_ends_now)."""
    claim = doc.claims[i]
    return (doc.frames[i].role == "duration" and claim.unit == "year"
            and _AFTER_YEARS.search(doc.text, max(0, claim.start - 24), claim.start) is not None
            and not _OF_AFTER.match(doc.text, claim.end))


_JUST_AFTER = re.compile(r"\s*,?\s*after\s+(?:(?:a|an|his|her|their|its|some|nearly|almost|"
                         r"more\s+than)\s+)?$", re.IGNORECASE)


def _after_the_start(text: str, claim: Claim, start: _dates.Start,
                     sentence: tuple[int, int]) -> bool:
    """Whether "after N years" follows the start's own phrase, nothing but a comma between
    ("has chaired the board since 2011, after 20 years on the council"; "joined in 2003
    after 20 years in the army"): the span ran up to the start, not from it."""
    at = text.rfind(start.text, sentence[0], claim.start)
    return at >= 0 and _JUST_AFTER.fullmatch(text, at + len(start.text), claim.start) is not None


_NOW_VERB = re.compile(r"(?:(?:is|are|will)\s+(?:\w+\s+)?[a-z]+|[a-z]+[^s\W]s)\b",
                       re.IGNORECASE)  # "retires", "is stepping", "will stand"


def _ends_now(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether a span "after N years" (_after_years) from a person's entry (words.tsv,
    class "entry": "joined in 1979", "elected in 2014", "since 2014") ends with its
    clause's verb in the present or future ("She retires this week after 38 years", "is
    stepping down ... after 19 years"): it is then the whole time since the entry."""
    verb_at = doc.contexts[i].verb
    if verb_at is None or not _after_years(doc, i) or _after_the_start(
            doc.text, doc.claims[i], start, doc.contexts[i].sentence):
        return False
    if start.text.split()[0].lower() not in fig.words("entry"):
        return False
    lo = max(doc.contexts[i].sentence[0], verb_at - 12)
    return any(m.end() > verb_at for m in _NOW_VERB.finditer(doc.text, lo, verb_at + 16)
               if m.start() <= verb_at)


def _ended_by(text: str, claim: Claim, start: _dates.Start, sentence: tuple[int, int]
              ) -> bool:
    """Whether the last time itself ended the wait: "last won the title in 2011, ending a
    20-year wait" (the participle right after the year's clause: the wait ran up to 2011);
    not "last won it in 2009, so Saturday's win ended a 16-year wait" (another event ends
    it, and the wait counts from 2009), nor a finite verb after a relative clause that
    holds the last time ("Rovers, who last won it in 2003, ended a 12-year wait")."""
    verb = _ENDS_GAP.search(text, max(0, claim.start - 16), claim.start)
    at = text.rfind(start.text, sentence[0], claim.start)
    if verb is None or at < 0:
        return False
    if not verb.group(0).split()[0].lower().endswith("ing") and _WHO.search(text, sentence[0],
                                                                           at):
        return False  # "Rovers, who last won it in 2003, ended a 12-year wait": the main
        # clause's verb ends the wait that the relative clause dates
    return _RIGHT_AFTER.fullmatch(text, at + len(start.text), verb.start()) is not None


def _thing_age(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether figure i is the age of the thing its founding dates: "the 70-year-old lido,
    which opened in 1935" (before the founding, in its sentence) or "founded in 1990, is
    35 years old" (after "is" or "was", or "now": "built in 1912 and now 114 years old");
    not "built in 1890, houses a 30-year-old organ". A founding with an object ("founded
    the firm in 1990", "opened a bakery in 1998") dates that object, so a bare age before
    it ("Smith, 71, who founded the firm in 1990") is its founder's, not the thing's;
    one without ("opened in 1935", "founded by Smith in 1990") dates the thing itself."""
    text, claim = doc.text, doc.claims[i]
    if _AGE_AFTER.match(text, claim.end) and (
            IS_AGE.search(text, max(0, claim.start - 12), claim.start)
            or _NOW.search(text, max(0, claim.start - 8), claim.start)):
        return True  # "is 35 years old"; "built in 1912 and now 114 years old": its age now
    if not (doc.frames[i].role == "age" or _AGE_AFTER.match(text, claim.end)):
        return False
    if _FOUNDS_OBJECT.match(start.text) and not _AGE_AFTER.match(text, claim.end):
        return False  # "Smith, 71, who founded the firm in 1990": the founder's age
    return text.find(start.text, claim.end, doc.contexts[i].sentence[1]) >= 0


def _names_the_span(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether the figure states the whole time since a start that is no birth: an age of
    a thing after its founding ("the 70-year-old lido, which opened in 1935", "founded in
    1990, is 35 years old": words.tsv, class "founding"), the years a thing marks ("is
    celebrating 150 years": words.tsv, class "marks"), or a restatement of "since 1979"
    right after it ("since 1979, a span of 47 years", "since 2014, which makes 12"), or
    a thing's whole life after its founding ("opened in 1960 ... its 40-year history":
    _lifetime)."""
    text, claim = doc.text, doc.claims[i]
    if start.born or start.last:
        return False
    founding = start.text.split()[0].lower() in fig.words("founding")
    if founding and not bare_age(doc, i) and _thing_age(doc, i, start):
        return True  # a thing's age; a person's after "elected in 2015" is not since then
    if founding and _OF_ITSELF.match(start.text) and _lifetime(text, claim):
        return True  # "its 40-year history" of a thing "opened in 1960": all its life
    lead = text[max(doc.contexts[i].sentence[0], claim.start - 30):claim.start].split()
    if lead and lead[-1].lower() in fig.words("turns") and not _OF_ITSELF.match(start.text):
        return False  # "Lund, who founded the firm in 1990, turns 60": a founder's age
    if lead and lead[-1].lower() in fig.words("marks") | fig.words("turns"):
        # not "celebrated 100 years in 1980"
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(text, *doc.contexts[i].sentence)}
        return years <= {start.year}
    at = text.rfind(start.text, max(0, claim.start - 200), claim.start)
    return (at >= 0 and start.text.lower().startswith("since")
            and bool(_RESTATES.fullmatch(text, at + len(start.text), claim.start)))


_OWNED = re.compile(r"(?:\b(?:its|their)|['’]s?)\s+$", re.IGNORECASE)
# the life noun ends its phrase: not "its 40-year history as a cinema"
_LIFE_NOUN = re.compile(r"[\s-]+([a-z]+)(?!\s+(?:as|under|in|at|on|since|of|before)\b)"
                        r"(?=\s*[,.;:)!?]|\s+[a-z]+)", re.IGNORECASE)


def _lifetime(text: str, claim: Claim) -> bool:
    """Whether a span in years is the whole life its possessor has had: "its 40-year
    history", "the club's 90-year existence" (words.tsv, class "lifetime"), the noun
    ending its phrase (not "its 40-year history as a cinema")."""
    noun = _LIFE_NOUN.match(text, claim.end)
    return (noun is not None and noun.group(1).lower() in fig.words("lifetime")
            and _OWNED.search(text, max(0, claim.start - 12), claim.start) is not None)


def _lead_has(doc: Document, sentence: tuple[int, int], at: int) -> bool:
    """_FOR and _PERFECT in the sentence before at (the lead), without copying the lead.

    Searched in the text with pos and endpos, a pattern sees what it sees in the lead,
    but for the character before the sentence (a \\b there): a sentence starts after
    white space. "for" must end the lead, so it is looked for only there; then no
    perfect-tense word can end the lead too, so one is in it if the sentence's first
    one (found once per sentence) ends by at.
    """
    text, first = doc.text, sentence[0]
    if at > sentence[1] or (first and (text[first - 1].isalnum() or text[first - 1] == "_")):
        lead = text[first:at]  # not a sentence as factcheck.text.sentences gives: read the lead
        return bool(_FOR.search(lead) and _PERFECT.search(lead))
    if not _FOR.search(text, max(first, at - _space_before(text, at, first) - 3), at):
        return False
    firsts: dict[tuple[int, int], int] = doc.memo.setdefault("fc206_perfect", {})
    if sentence not in firsts:
        m = _PERFECT.search(text, first, sentence[1])
        firsts[sentence] = m.end() if m else len(text) + 1
    return firsts[sentence] <= at


def _space_before(text: str, at: int, first: int) -> int:
    """How many white-space characters end at text[at], back to first at most."""
    k = at
    while k > first and text[k - 1].isspace():
        k -= 1
    return at - k


def is_wait(frame: Frame) -> bool:
    """Whether a figure is a wait since something last happened: a duration whose measure
    is a gap ("a 12-year wait", "drought")."""
    return frame.role == "duration" and _is_gap(frame.measure)


def _is_gap(measure: str | None) -> bool:
    """Whether a measure is a wait since something last happened (words.tsv, "gap"), or
    names one ("wait end": "the end of a 23-year wait")."""
    return any(w in fig.words("gap") for w in (measure or "").split())  # "wait end": the
    # end of a wait


def _exact_span(text: str, claim: Claim, start: _dates.Start, sentence: tuple[int, int],
                dated: bool = False) -> bool:
    """Must the span equal the time since the start, or may it be a part of it?

    An age must ("born in 1972 ... 61 years old"), and so must "N years since"; not an
    age at an undated event ("ran his first marathon at 34": _at_event), but one at an
    event its frame dates to a year of its sentence (dated: "died in 2019 at 71"). A span
    after "founded in 1961" may be shorter ("has led it for 12 years"), never longer.
    """
    return (start.born or start.last or bool(SINCE_AFTER.match(text, claim.end))) and (
        dated or not _at_event(text, claim, sentence))


def exact(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int],
           dated: bool) -> bool:
    """_exact_span, or a figure that names the whole span (_names_the_span). An age in the
    past tense ("was 12 when the mine closed") is an age at an event, exact only when
    the sentence dates it (dated: "was 71 when he won it in 1999", checked against that
    year before) and else no higher than the age now."""
    claim = doc.claims[i]
    if not dated and IS_AGE.search(doc.text, max(0, claim.start - 12), claim.start) and (
            _PAST.search(doc.text, max(0, claim.start - 12), claim.start)
            or "turned" in doc.text[max(0, claim.start - 12):claim.start].lower()):
        return False
    period = doc.frames[i].period if doc.frames else None
    at_dated = (dated and period is not None and period[0].year == period[1].year
                and _dated_here(doc.text, claim, period[0].year, sentence))
    wait = bool(doc.frames) and is_wait(doc.frames[i])
    headed = since_after(doc, i, wait) and not _at_event(doc.text, claim, sentence)
    return (_exact_span(doc.text, claim, start, sentence, at_dated) or headed
            or _names_the_span(doc, i, start) or _ends_now(doc, i, start) or to_now(doc, i, start)
            or from_start(doc, i, start))  # "opened in 1874, has now carried trains for"


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|then|before|after)\b", re.IGNORECASE)


def _dated_here(text: str, claim: Claim, year: int, sentence: tuple[int, int]) -> bool:
    """Whether the year stands in the figure's own clause, nothing that opens another
    between them ("died in 2019 at 71", "ran it at 34 in 1980"; not "retired at 60 and
    moved to Spain in 2020")."""
    for m in re.finditer(rf"\b{year}\b", text[sentence[0] : sentence[1]]):
        at = sentence[0] + m.start()
        lo, hi = (claim.end, at) if at > claim.end else (at + 4, claim.start)
        if not _CLAUSE_BREAK.search(text, lo, hi):
            return True
    return False


def _at_event(text: str, claim: Claim, sentence: tuple[int, int]) -> bool:
    """Is the figure an age at an undated event ("ran his first marathon at 34", "retired
    at 60", "left school at 16")? "at N" inside its clause dates the age to the clause's
    event, which lies between the birth and the draft's date. Set off by a comma before it
    ("At 45, she leads", "and, at 52, is the longest-serving") it is an aside that states
    the age now."""
    m = _AT_EVENT.search(text, max(sentence[0], claim.start - 4), claim.start)
    if m is None:
        return False
    before = text[sentence[0]:m.start()].rstrip()
    return bool(before) and not before.endswith(",")  # a comma after the figure sets
    # nothing off: "he retired at 60, and moved to Spain" is an age at the retirement
