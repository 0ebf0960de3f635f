"""Frames rows for the measure of round 22 (r22-measure; our own phrasings).

- A person's own time: a stretch of time "in" which a person did something ("finished
  in 2 hours 21 minutes", "swam the strait in 11 hours", "won the stage in five hours")
  or that a person took ("the champion, Oskar Brandt, took 3 hours 41 minutes") is that
  person's time, whatever the verb's object (frames.spent). A person is who the parse
  says: a name the recogniser calls one, "she"/"he", a noun beside such a name. Near
  twins keep what they had: a light verb's object is the event timed ("makes the
  crossing in 35 minutes"), days a person spends doing a thing are the doing ("cycled
  2,100 miles in 33 days": cycle), a time "for" which one works is work, a time with a
  determiner is a period ("in the first six months"), an infinitive of purpose names
  the doing ("took 12 years to restore").
- A verb the tagger took for a noun: a noun at the head of a clause that governs a
  subject, an object or an indirect object is a verb (frames.retag): "Each cost £60"
  is a cost; a caption's noun ("The total cost: £4.5 million") stays a noun.
- A length a verb of displacement (lexicon changes.tsv "displacement") moved its subject
  measures that moving, the noun of the verb's doing (frames.displaced): "the glacier
  retreated 2.2 km" is glacier retreat, "skidded 40 metres" a skid. Near twins: "2.2 km
  long" is a length, a count moved ("moved 300 jobs") counts jobs, a percentage
  ("advanced 4%") changes its subject.
- An acronym written with a plural "s" ("GPs", "NGOs") is measured by its singular
  (frames.nouns): the tagger may take it for a name and leave it unlemmatised.

Rows: (text, figure, expected): the whole measure phrase.
"""

from __future__ import annotations

import pytest

from factcheck.frames import nlp
from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # a person's own time: "in" on a verb, or the object of "took"
    ("Lena Ortiz finished the Harlow marathon in 2 hours 26 minutes on Sunday.",
     "2 hours 26 minutes", "time"),
    ("She swam the Solent in 11 hours and 20 minutes.", "11 hours and 20 minutes",
     "time"),
    ("The champion, Oskar Brandt, took 3 hours 41 minutes over the 50-kilometre route.",
     "3 hours 41 minutes", "time"),
    ("Four riders broke away, and Mikkel Holm won the stage in four hours and 52 "
     "minutes.", "four hours and 52 minutes", "time"),
    ("Ada Lind ran the 10,000 metres in 31 minutes 2 seconds at Tarrow on Saturday.",
     "31 minutes 2 seconds", "time"),
    ("The winner, Ama Boateng, finished in 68 minutes.", "68 minutes", "time"),
    # near twins: a light verb's event, a time "for", a period, a purpose, no person
    ("The new ferry makes the crossing in 35 minutes.", "35 minutes", "crossing"),
    ("Engineers finished the repair in nine days.", "nine days", "repair"),
    ("Ines Marr has worked at the mill for 19 years.", "19 years", "work"),
    ("It took volunteers 12 years to restore the old canal.", "12 years", "restoration"),
    ("Kellan Parcels delivered 90 million packages in the first six months of 2025.",
     "90 million packages", "package"),
    ("Tomas Berg, 58, cycled 2,100 miles across Patagonia in 33 days.", "33 days",
     "cycle"),
    # a verb the tagger took for a noun
    ("Each cost £60, up £5 from last season.", "£60", "cost"),
    ("The old pier cost £12m to restore.", "£12m", "cost"),
    ("The Kessel Bridge spans 1,210 metres (about three-quarters of a mile).",
     "1,210 metres", "length"),
    # near twins: a caption's noun, a noun that is a subject
    ("The total cost: £4.5 million.", "£4.5 million", "cost"),
    ("Rents rose 6% last year.", "6%", "rent"),
    ("Record attendance: 45,000.", "45,000", "record attendance"),
    # a length a verb of displacement moved its subject
    ("The Orrin glacier retreated 640 metres between 1990 and 2020.", "640 metres",
     "glacier retreat"),
    ("The Tarn ice sheet is retreating by 40 metres a year.", "40 metres a year",
     "ice sheet retreat"),
    ("The lorry skidded 40 metres on the icy road.", "40 metres", "lorry skid"),
    ("The Kessing glacier has lost 40% of its mass since 1980 and retreated 2.2 "
     "kilometres, a study found.", "2.2 kilometres", "glacier retreat"),
    ("Since 1950 the Vell glacier has retreated 1.1 km.", "1.1 km", "glacier retreat"),
    # near twins: a length that is no moving, a count moved, a percentage
    ("The glacier is 2.2 kilometres long.", "2.2 kilometres", "length"),
    ("The firm moved 300 jobs to Leeds.", "300 jobs", "job"),
    ("Sales advanced 4% in May.", "4%", "sale"),
    # an acronym's plural
    ("Brackwater, a county of 540,000 people, has 212 GPs, one for every 2,550 "
     "residents.", "212 GPs", "gp"),
    ("Parliament has 650 MPs.", "650 MPs", "mp"),
    ("The town has 14 ATMs.", "14 ATMs", "atm"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)


def test_no_time_from_a_period() -> None:
    """ "in the first six months" is when the packages were delivered, no time taken."""
    text = "Kellan Parcels delivered 90 million packages in the first six months of 2025."
    from factcheck import check
    frames = check(text, as_of=AS_OF, bundled=False).frames
    assert all(f.measure != "time" for f in frames)


TAGS = [
    # (text, word, part of speech after the frames' parse)
    ("Each cost £60, up £5 from last season.", "cost", "VERB"),
    ("The old pier cost £12m to restore.", "cost", "VERB"),
    ("The Kessel Bridge spans 1,210 metres (about three-quarters of a mile).", "spans",
     "VERB"),
    ("The total cost: £4.5 million.", "cost", "NOUN"),
    ("Record attendance: 45,000.", "attendance", "NOUN"),
    ("Rents rose 6% last year.", "Rents", "NOUN"),
    ("Its lifts can carry 22,000 skiers an hour, and a day pass costs $189.", "costs",
     "VERB"),
    ("Apples and pears cost more this year.", "pears", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "pos"), TAGS)
def test_told_verb(text: str, word: str, pos: str) -> None:
    doc = next(nlp.parse(nlp.load(nlp.model_name()), [text]))
    assert next(t for t in doc if t.text == word).pos_ == pos
