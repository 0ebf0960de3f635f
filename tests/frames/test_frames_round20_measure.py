"""Frames rows for the measure of round 20 (r20-measure; our own phrasings).

- A duration a verb's event goes on for is that event, named by the noun of the verb's
  own event (frames.nominal.event_noun, -ment/-ion/-ation/-ure): "will close for 14
  months" is a closure, "were adjourned for three weeks" an adjournment; with an
  object in front ("closed the road for nine hours": road closure). A verb with no such
  noun keeps what it had (the object, or the verb: "has worked there for 19 years";
  "shut the road for 31 hours": road).
- A time spent on the doing of an infinitive ("took nine years to build", "took
  volunteers 11 years to restore the canal") measures that doing, when the verb has an
  event noun of its own (frames.spent); "took six years to dig" keeps what it had.
- A count of "times" on a verb counts the verb's occasions ("meets 22 times a year":
  meeting; frames.occasions); "times" on an adjective or a noun is a multiple.
- A word after a figure names a dimension only in a unit that can measure it
  (frames.dimension): "above" an altitude and "across" a width of a length, "old" an
  age of a time; "1.4C above the June record" is a temperature, "40.3 years across the
  country" a median age.

Rows: (text, figure, expected): the whole measure phrase.
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # a verb's event with a noun of its own: closure, suspension, restoration
    ("The Kelvin Playhouse will close for 14 months from March for rewiring.",
     "14 months", "closure"),
    ("Talks on the Arrach pier were adjourned for three weeks.", "three weeks",
     "adjournment"),
    ("The Marl copper mine operated for 52 years.", "52 years", "operation"),
    ("The A93 bridge, closed for 19 days in February, reopened on Monday.",
     "19 days", "closure"),
    ("Flooding closed the Brenner line for nine hours on Sunday.", "nine hours",
     "line closure"),
    # near twins: a verb with no noun of its own keeps the object or the verb
    ("The council closed the pool for six weeks.", "six weeks", "pool closure"),
    ("The new ferry makes the crossing in 35 minutes.", "35 minutes", "crossing"),
    ("Engineers finished the repair in nine days.", "nine days", "repair"),
    ("Ines Marr has worked at the mill for 19 years.", "19 years", "work"),
    ("Kellan Parcels delivered 90 million packages in the first six months of 2025, up "
     "8% on a year earlier.", "up 8%", "package"),
    ("Snow shut the Tarrow road for 31 hours, the highways office said.", "31 hours",
     "road"),
    # the doing an infinitive names: construction, restoration, digging
    ("The Harrow tunnel took nine years to build and opened in 2019.", "nine years",
     "construction"),
    ("The Vell dam, which took eleven years to build, holds 3.2 billion cubic metres.",
     "eleven years", "construction"),
    ("It took volunteers 12 years to restore the old canal.", "12 years", "restoration"),
    # near twins: an infinitive with no event noun of its own (reach, dig, bring)
    ("Climbers need about nine hours to reach the summit of Mount Ard.",
     "about nine hours", "climber"),
    ("The Tollard bridge took six years and cost £90m.", "£90m", "cost"),
    ("Crews took six years to dig the Orrin tunnel.", "six years", "crew"),
    ("Firefighters needed nine hours to bring the blaze under control.", "nine hours",
     "firefighter"),
    # occasions counted by "times" on a verb
    ("The parish council meets 22 times a year.", "22 times", "meeting"),
    ("The Skerry lifeboat launched 74 times last year.", "74 times", "launching"),
    ("Inspectors have visited the plant 12 times since May.", "12 times", "visiting"),
    ("The lighthouse keeper rang the bell 40 times.", "40 times", "ringing"),
    # a dimension's word after a figure in a unit that cannot measure it
    ("Temperatures at Ravell hit 41.9C on Monday, 1.4C above the June record.", "1.4C",
     "temperature"),
    ("The thermometer at Vell reached 39.4C on Friday, 2.2C above the old record.",
     "2.2C", "temperature"),
    ("The median age in Osk is 44.1 years, against 40.3 years across the country.",
     "40.3 years", "median age"),
    ("Average life expectancy in Corra is 81 years, against 77.5 years across the "
     "region.", "77.5 years", "average life expectancy"),
    # near twins: the same words after a figure in a unit that measures it
    ("The crater is 3 km across.", "3 km", "width"),
    ("The summit stands 600 metres above the town.", "600 metres", "height"),
    ("The castle is 900 years old.", "900 years", "age"),
    ("Temperatures at Ravell hit 41.9C on Monday, 1.4C above the June record.", "41.9C",
     "temperature"),
    # near twins: "times" on an adjective or a noun is a multiple, not occasions
    ("Rents in Dorra are three times higher than in 2015.", "three times", "rent"),
    ("The spire is four times the height of the old church.", "four times",
     "old church height"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)
