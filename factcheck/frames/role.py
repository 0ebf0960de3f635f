"""A figure's role and its relations to the other figures of its sentence.

Roles, the first that applies:

- conversion: a figure in another unit right after another figure, in brackets, between
  dashes or after ", or" ("100 km (62 miles)", "9.4 metres, or roughly 24 feet", "12 miles
  - about 19 km - under the sea"); restates that figure;
- change: the extractor read a change or a multiplier ("rose 20%", "doubled"), or the parse
  puts the figure under "by" of any verb but a passive's agent ("fell by 3,000", "lift
  output by 40,000 tonnes"; not the larger side of a tally, "by 31 votes to 12"), or makes
  it the measure of a comparative or of "above"/"below" a value ("4% fuller than", "2.3
  metres below normal"; not "above sea level", "above 30C"), or a figure after "by" has the
  ends of a change after it in its clause ("improved by 1.5%, from 11.2% to 12.7%";
  "shortens the trip by 9 km, from 31 km to 22 km": the verb need not be a change verb,
  the levels give the direction), or the figure is the object of a verb whose participle
  clause takes something "to" another figure ("added 350 places, lifting its capacity
  to 1,550"; not an object with a possessive or "the": "cut its 8.5% rate by 3%,
  bringing it to 5.5%" moves a level); a figure after "to" or "from" is
  a level (the ends of a change), and the change's before/after are those ends in its
  clause ("from 9,000 in 2010 to 7,800 today, down a third");
- total: the figure is marked as a total ("a total of 60%", "60% in all"); its parts are
  the earlier figures of the same unit in the sentence;
- part / share: the figure is "of" another figure's phrase ("510 of the 420 beds", "Of the
  420 beds, 510 ...", "30% of the 1,200 workers"), also after a verb of change ("cut 1,100
  of its 9,800 jobs", "lost 40 of its 120 seats"), or marked "of which", "including"; a
  percent of something is a share ("5% of electricity"), with its whole when that is a
  figure; so is a figure whose verb heads an "of which"/"of whom" clause ("..., of which
  its wind farms supplied 3.1 TWh");
- rate: a percent whose measure is a rate (lexicon frames.tsv: "unemployment", "tariff"),
  or a figure "per" something ("98 murders per 100,000 people", "8.9 tonnes per hectare",
  "5.6 million barrels a day");
- age: a figure in years marked "aged", "age of", "turns", "years old" / "-year-old", or
  "at" ("at 34", "at 34 years of age"; not "at 11 years", a length: "the longest reign,
  at 11 years");
- duration: any other figure in a unit of time;
- level: everything else.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.units import dimensionality
from factcheck.written_years import YEAR

TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second",
                        "decade", "decade_of_years", "century", "millisecond"})
_RESTATE = re.compile(r"\s*(?:\(|\[|,?\s+or\s+|,\s+|\s[-–—]\s)\s*(?:about|around|roughly|some|"
                      r"nearly|approximately|almost|just\s+over|just\s+under|c\.)?\s*$",
                      re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|ages?|at|turns|turned|turning|will\s+turn)\s+$",
                         re.IGNORECASE)
_AT = re.compile(r"\bat\s+$", re.IGNORECASE)
_OF_AGE = re.compile(r"^\s+of\s+age\b", re.IGNORECASE)
_TURNS = re.compile(r"\b(?:turns|turned|turning|will\s+turn)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|-year-old)", re.IGNORECASE)
_OLD = re.compile(r"^[\s-]*old\b", re.IGNORECASE)  # "over 40 years old": the span has "years"
_FOUNDED = re.compile(r"\b(?:founded|established|formed|built|opened|set\s+up|launched|"
                      r"created|started)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$",
                      re.IGNORECASE)
_AGO = re.compile(r"^\s+ago\b", re.IGNORECASE)
_COMPARED = re.compile(r"^\s+(?:more|fewer|less|higher|lower|bigger|smaller|greater|larger|"
                       r"cheaper|dearer|faster|slower|longer|shorter|earlier|later)\b"
                       r"(?!\s+(?:than\s+)?(?:\d|one|two|three|half))"
                       r"|^\s+(?:above|below|under|over|short\s+of)\s+(?:the\s+)?"
                       r"(?:[\w’'-]+\s+){0,3}?(?:average|forecasts?|budget|target|"
                       r"expectations?|norm|estimates?|mean|median)\b"
                       r"|^\s+(?:above|below|behind|ahead\s+of)\s+[A-Z][\w-]*(?:’|')s?\b",
                       re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+)?(?:total|sum)\s+of\s+(?:\w+\s+)?$|\b(?:totall?(?:ing|ed)|"
                           r"altogether|combined|overall|in\s+total|in\s+all)\s+$",
                           re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+(?:total|all)|altogether|combined|overall)\b",
                          re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:of\s+(?:which|whom)|including|among\s+them)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# the ends of a change after a figure "by" a verb, in its clause: "by 9 km, from 31 km to 22
# km", "by 11% this summer, rising from 42% to 53%"
_CLAUSE = r"(?:[^.;:]|\.(?=\d))"  # a character of the clause: no stop but a decimal point's
_FROM_TO_AFTER = re.compile(  # not "by two years, from 2024 to 2026": those are dates
    rf"[^.;:\d]{{0,40}}?\bfrom\s+(?!{YEAR}\b){_CLAUSE}{{0,12}}?\d{_CLAUSE}{{0,30}}?"
    r"\bto\s+[^.;:\s]{0,4}\d", re.IGNORECASE)
_ONE_IN = re.compile(r"(?:^|\s)\S+\s+(?:in|out\s+of)(?:\s+(?:every|each))?\s+\S+$",
                     re.IGNORECASE)  # "two in five", "roughly one out of every ten"
SHARE_UNITS = frozenset({"percent", "percentage_point"})
_PER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:per|for\s+(?:every|each)|(?:an?|each|every)\s+"
                  r"(?:day|week|month|year|hour|head|person)\b(?!\s+(?:earlier|ago|before|later|after|on)))\b"
                  r"|(?:\s+[a-z]+){0,2}?\s+an?\s+(?!(?:record|lot|few|bit|further|total|"
                  r"half|third|quarter|fifth|tenth|little|year|day|week|month|fraction)\b)"
                  r"[a-z]+(?<!s)(?=\s*(?:[,.;:)]|$)|\s+(?:this|last|so|in|on|at|over|"
                  r"during|since|and|but|while|as|against|compared|up|down|from)\b)",
                  re.IGNORECASE)  # "24.6 points a game", "45 cents a share", "2 pence a litre"


def is_conversion(text: str, before: Claim | None, claim: Claim) -> bool:
    """Whether claim restates the figure right before it in another unit."""
    if before is None or not claim.unit or not before.unit or claim.unit == before.unit:
        return False
    if claim.change is not None and before.change is None:
        return False
    if before.unit in SHARE_UNITS or claim.unit in SHARE_UNITS:
        return False
    gap = text[before.end : claim.start]
    return len(gap) <= 24 and _RESTATE.fullmatch(gap) is not None


_WITHIN = re.compile(r"\b(?:in|within|inside|under)\s+an?\s+[a-z]+$", re.IGNORECASE)
# "raised £48,000 in a week": the span the sum took, no rate
_BASE_OF_RATE = re.compile(r"\b(?:per|for\s+(?:every|each)|in\s+every)\s+$", re.IGNORECASE)
_AVERAGED = re.compile(r"\baverag(?:e|ed|es|ing)\b[\w\s]{0,16}$", re.IGNORECASE)
SPEED = "[length] / [time]"
_CLOCK = frozenset({"hour", "minute", "second"})


def _is_speed(unit: str, before: str) -> bool:
    """Whether a figure in a unit of length per time is a speed read as a level: a gust, a
    wind, a lap record or a limit is the value a speed reached ("gusts reached 96 km/h",
    "a 50 mph zone"); a speed averaged over a journey is its rate ("averaging 38 km/h",
    "an average speed of 89 km/h"). Blind pool, sets 1-14 part 0: 9 speeds labelled
    levels, the 2 averaged ones rates."""
    try:
        dims = dimensionality(unit)
    except Exception:  # pint raises several kinds; a unit it cannot read is no speed
        return False
    return (dims == SPEED and unit.rsplit("/", 1)[-1].strip() in _CLOCK
            and not _AVERAGED.search(before))  # "1.5 metres a year" is a rate of retreat


def one_in(text: str) -> bool:
    """Whether a figure is a share written as a ratio of two counts that ends in its
    second number ("one in five", "roughly six out of every ten"): the things it counts
    go unsaid unless a noun or an "of" follows it."""
    return _ONE_IN.search(text) is not None


def is_rate_base(text: str, start: int) -> bool:
    """Whether the figure at start is the base of a rate, written right after "per", "for
    every" or "in every" ("7.1 per 1,000 people", "one GP for every 2,300 residents")."""
    return _BASE_OF_RATE.search(text, max(0, start - 16), start) is not None


def _is_time(unit: str) -> bool:
    return unit in TIME_UNITS or unit.rstrip("s") in TIME_UNITS


def lexical_role(text: str, claim: Claim) -> str:
    """The role read from the words around the figure alone (also for a figure that has
    no parse): age, duration, change, total, part or level."""
    before = text[max(0, claim.start - 24) : claim.start]
    after = text[claim.end : claim.end + 60]
    if _BY.search(before) and _FROM_TO_AFTER.match(text, claim.end, claim.end + 100):
        return "change"  # "shortens the trip by 9 km, from 31 km to 22 km": its ends follow
    if (_is_time(claim.unit) or claim.noun in TIME_UNITS) and not _COMPARED.match(after):
        spans = (_AT.search(before) is not None and not _OF_AGE.match(after)
                 and claim.text.lower().endswith(("year", "years")))  # "the longest reign,
        # at 11 years": a length of time; an age at "at" is bare ("died at 84") or "of age"
        if ((_AGE_BEFORE.search(before) and not spans) or _AGE_AFTER.match(after)
                or claim.text.lower().endswith("-old")
                or (claim.text.lower().endswith(("year", "years")) and _OLD.match(after))
                or (_FOUNDED.search(before) and _AGO.match(after))):
            return "age"  # "aged 61", "over 40 years old", "founded 120 years ago"
        return "duration"
    if not claim.unit and claim.text.isdigit() and _TURNS.search(before):
        return "age"  # "which turns 100 this year"
    if claim.change is not None or claim.multiplier or _COMPARED.match(after):
        return "change"  # "9% fewer than in 2023", "40% below average"
    per = _PER.match(text, claim.end, claim.end + 40)
    if (("/" in claim.unit and not _is_speed(claim.unit, before))
            or (claim.unit not in SHARE_UNITS and per and not _WITHIN.search(per.group()))):
        return "rate"  # "98 murders per 100,000 people", "5.6 million barrels a day"
    if is_rate_base(text, claim.start):
        return "rate"  # "one GP for every 2,300 residents": the base of a rate
    if _ONE_IN.search(claim.text):
        return "share"  # "two in five adults", "nine out of ten homes"
    if _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
        return "total"
    if _PART_BEFORE.search(before):
        return "part"
    return "level"
