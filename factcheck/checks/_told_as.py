"""How a later figure tells again a thing an earlier sentence told, for FC202's re-mentions
(factcheck.checks._mentions): the noun the figure stands before, the year the thing is
dated by, and the actor of the earlier clause as the later figure's subject.

- premodified: "The £5,600 fine will be paid", "the €21,000 Castell Medal": when the
  frames read no measure, the noun right after the figure in its definite phrase is the
  thing it sizes.
- held_for: "fixed its 2028 roads budget at £3.1m last week" is 2028's budget,
  not last week's: the year written with the measure beats the day of the act
  (factcheck.checks._phrase_years), read with the later figure's measure when the
  earlier figure's frame has none.
- actor_named: "The new head of Arden Rail, Priya Nair, will be paid £380,000 a
  year. Her annual salary ...": the later subject, resolved from a pronoun or
  a common noun, is written in the earlier sentence before the verb of the earlier
  figure's clause (its actor), whatever other entity the frames gave the earlier figure;
  not across a verb of saying (words.tsv, class "saying": "Nair said the firm pays its
  director £190,000": the figure is another's).
- same_amount: a price per a unit of quantity and the bare price are one amount ("£9.80
  a kilo" ... "At £8.90, Friday's price").
- unrated: a rate's adjective narrows no thing ("Her annual salary of £830,000").

Shapes: premodified(doc, i, frame) -> Frame; unrated(modifiers) -> modifiers;
same_amount(unit, unit) -> bool; held_for(doc, j, measure) -> (first day, last day) or
None; actor_named(doc, j, i) -> bool. Nothing raises.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from factcheck import units
from factcheck.checks import Document, _phrase_years
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][a-z]{2,})\b")  # "£5,600 fine", not "£5,600."


def premodified(doc: Document, i: int, frame: Frame) -> Frame:
    """Figure i's frame with the noun the figure stands before as its measure ("The
    £5,600 fine", "the €21,000 Castell Medal"), when the frames read none; unchanged for
    a figure with a noun of its own, or a word of the checks' stop list or a verb of
    change after it ("the 44,212 in attendance")."""
    if frame.claim.noun is not None or frame.measure is not None:
        return frame
    m = _NEXT_WORD.match(doc.text, frame.claim.end)
    word = m.group(1).lower() if m else ""
    if not word or word in lexicon().stopwords or word in lexicon().change_verbs:
        return frame
    return replace(frame, measure=word)


def unrated(modifiers: tuple[str, ...]) -> tuple[str, ...]:
    """The modifiers less a rate's adjective ("annual", "monthly": words.tsv, classes
    "per:PERIOD"), which narrows no thing ("Her annual salary of" after "paid £380,000 a
    year"); a span of another length is factcheck.checks._own_phrase's."""
    rates = set().union(*(fig.words(k) for k in fig.kinds("per:")))
    return tuple(w for w in modifiers if w not in rates)


def held_for(doc: Document, j: int, measure: str | None) -> tuple[date, date] | None:
    """The period figure j holds for, as a later figure of measure reads it: the year
    written with j's measure, or with that measure, in j's sentence ("fixed its 2028 roads
    budget at £3.1m last week" for a later "roads budget for 2028": 2028's), else
    j's frame's period."""
    return (_phrase_years.year_of(doc, j) or _phrase_years.year_of(doc, j, measure)
            or doc.frames[j].period)


def actor_named(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i's subject, not written in its own sentence (a pronoun or a
    common noun resolved to it), is written in earlier figure j's sentence before the
    verb of j's clause (before j when the clause has no verb of its own), with no verb of
    saying after it (words.tsv, class "saying")."""
    subject = doc.frames[i].subject
    if subject is None or subject in doc.text[slice(*doc.contexts[i].sentence)]:
        return False
    start, c = doc.contexts[j].sentence[0], doc.claims[j]
    verb = doc.contexts[j].verb
    end = verb if verb is not None and verb < c.start else c.start
    at = doc.text.find(subject, start, end)
    if at < 0:
        return False
    said = fig.words("saying")
    between = fig.WORDS.findall(doc.text, at + len(subject), c.start)
    return not any(w.lower() in said for w in between)


def same_amount(earlier: str, later: str) -> bool:
    """Whether two canonical units state one amount: equal, or one a price per a unit of
    quantity and the other the bare price ("£9.80 a kilo" ... "At £8.90, Friday's price";
    "A tonne of wheat cost €210" ... "Thursday's price of €201 a tonne"): the price of a
    thing sold by the kilo is a price per kilo, written with its unit or not. Not per a
    unit of time ("£45 a month" ... "its £540 price": a span of another length)."""
    if earlier == later:
        return True
    for rate, bare in ((earlier, later), (later, earlier)):
        top, _, per = rate.partition(" / ")
        if per and top == bare and units.is_currency(bare) and units.dimensionality(
                per) != "[time]":
            return True
    return False
