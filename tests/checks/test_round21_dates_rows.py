"""Round 21, FC206: rows in our own words (draft date 2026-11-30, no bundled table), each
class with drafts that must fire and near-twins that must stay silent.

- An age beside a life span in brackets is the age at death only when its own clause says
  so ("died at 84", "was 85 when she died", "lived to 80"); any other is an age at an
  event inside the life: never above the years between, and with "N years before his
  death" right after it, the age (from the birth year) and the span (from the event's
  year) add up to the life (factcheck.checks._life_spans).
- "lived to N" beside a life span is the age at death.
- A wait named as "the end of a N-year wait" in a clause of its own after the last time
  counts from that last time; right after it ("..., the end of a 23-year wait") the last
  time itself ended it (factcheck.checks._counts_from).
- A span "N years on" after a start its sentence names ends now when the clause after it
  is in the present tense: exact; in the past it is never longer than the time since
  (factcheck.checks._years_on).
"""

from __future__ import annotations

from tests.checks.rows import fires_test

AGE_IN_LIFE = [
    # an age at an event, the span before the death adding up: silent
    ("The painter Lena Ostrow (1911-1990) finished her last mural at 61, 18 years before "
     "her death.", False),
    ("The architect Piet Kroon (1925-2001) retired at sixty-five, eleven years before his "
     "death.", False),
    ("The sprinter Dora Fein (1940-2015) won her last race at 44, 30 years before her "
     "death.", False),
    ("The poet Tomas Hale (1930-1990) published his first book at 24.", False),
    ("The conductor Ivo Marr (1925-2001) stepped down at 62, two years after his wife's "
     "death.", False),
    ("The conductor Ivo Marr (1925-2001) stepped down at 62, two years before his "
     "retirement from teaching.", False),
    # the two do not add up, or the age is older than the whole life: fires
    ("The painter Lena Ostrow (1911-1990) finished her last mural at 61, 12 years before "
     "her death.", True),
    ("The architect Piet Kroon (1925-2001) retired at fifty-five, nine years before his "
     "death.", True),
    ("The sprinter Dora Fein (1940-2015) won her last race at 38, 30 years before her "
     "death.", True),
    ("The poet Tomas Hale (1930-1990) published his last book at 72.", True),
    # an age at death, told by its own clause: exact, as before
    ("The cellist Noor Havel (1933-2012), who toured until 70, died at 79.", False),
    ("The cellist Noor Havel (1933-2012), who toured until 70, died at 70.", True),
    # an age set off alone after a comma is its clause's: at death after "buried"
    ("The tenor Aled Morr (1908-1983) was buried in Bangor, aged 62.", True),
    ("The tenor Aled Morr (1908-1983) was buried in Bangor, aged 74.", False),
    ("The tenor Aled Morr (1908-1983) moved to Bangor, aged 62.", False),
]

LIVED_TO = [
    ("The weaver Agnes Lowe (1899-1990) lived to be 96.", True),
    ("The ferryman Jory Penn (1911-2004) lived to eighty-five.", True),
    ("The beekeeper Maud Tarrant (1922-2016) lived to 89, her family said.", True),
    ("The weaver Agnes Lowe (1899-1990) lived to ninety-one.", False),
    ("The ferryman Jory Penn (1911-2004) lived to 92.", False),
    ("The beekeeper Maud Tarrant (1922-2016) lived to 94, her family said.", False),
]

END_OF_WAIT = [
    ("The Reds last lifted the shield in 1998, so Saturday's final marked the end of a "
     "twenty-year drought.", True),
    ("Kellan last reached a final in 2012; her win on Friday brought the end of an "
     "eight-year wait.", True),
    ("Ashby last won the county title in 2004, and the town greeted the end of a 31-year "
     "wait with fireworks.", True),
    ("The Reds last lifted the shield in 1998, so Saturday's final marked the end of a "
     "28-year drought.", False),
    ("Kellan last reached a final in 2012; her win on Friday brought the end of a 14-year "
     "wait.", False),
    # the last time itself ended the wait: it ran up to that year, not from it
    ("Ashby last won the county title in 2004, the end of a 31-year wait.", False),
    ("Ashby last won the county title in 2004, marking the end of a 31-year wait.", False),
]

YEARS_ON = [
    ("The charter was signed in 2001 and, eighteen years on, the two towns have one "
     "council.", True),
    ("Opened in 1981, the bridge is, forty years on, the city's busiest crossing.", True),
    ("The ferry line was launched in 2006 and, 12 years on, its boats are full every "
     "summer.", True),
    ("The pact was signed in 1990 and, 40 years on, it was torn up.", True),
    ("The charter was signed in 2001 and, twenty-five years on, the two towns have one "
     "council.", False),
    ("Opened in 1981, the bridge is, forty-five years on, the city's busiest crossing.",
     False),
    # in the past: any time up to now; dated by a later year: not now
    ("The ferry line was launched in 2006 and, 12 years on, it was sold to a rival.", False),
    ("The pact was signed in 1990 and, 30 years on, is to be renewed in 2030.", False),
    # "on" that opens a phrase of its own is no "N years on"
    ("The ferry line was launched in 2006 and, after 12 years on the harbour route, its "
     "boats are full.", False),
]

test_an_age_inside_a_life = fires_test("FC206", AGE_IN_LIFE)
test_lived_to = fires_test("FC206", LIVED_TO)
test_the_end_of_a_wait = fires_test("FC206", END_OF_WAIT)
test_years_on = fires_test("FC206", YEARS_ON)
