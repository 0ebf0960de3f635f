"""Round 14 rows for FC206 (issue 15), in our own sentences; AS_OF is 2025-10-01.

- "at N years" with the word "years" and no "of age" is a length of time, not an age
  ("the longest reign of any manager at 11 years": frames.role.lexical_role), so a span
  whose frame runs from one whole year to another is held to the years between
  (factcheck.checks._life_spans). Near twins: the right length, and an age "at 70 years
  of age" or a bare "at 34", which stay ages.
- A length set beside a span of whole years as an apposition with no period of its own
  ("ran from 1990 to 1996, a run of nine years.") is that span's length
  (factcheck.checks._life_spans._set_beside); a length "after", "before", "later" or
  "earlier" is the time between two events, not the span's length.
"""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS: list[object] = [
    Row("FC206", "His three terms, from 2002 to 2014, made him the longest-serving mayor at "
        "16 years.", True),
    Row("FC206", "He led the club from 1999 to 2005, the longest reign of any manager at 11 "
        "years.", True),
    Row("FC206", "Her two spells as editor, from 1991 to 1997, left her the paper's "
        "longest-serving editor at 13 years.", True),
    # near twins: the right length; ages stay ages
    Row("FC206", "His three terms, from 2002 to 2014, made him the longest-serving mayor at "
        "12 years.", False),
    Row("FC206", "He led the club from 1999 to 2005, the longest reign of any manager at six "
        "years.", False),
    Row("FC206", "Her two spells as editor, from 1991 to 1997, left her the paper's "
        "longest-serving editor at six years.", False),
    Row("FC206", "Born in 1950, Lee died in 2020 at 70 years of age.", False),
    Row("FC206", "Born in 1950, Lee died in 2020 at 60 years of age.", True),
    # a length set beside its span as an apposition
    Row("FC206", "The show ran from 1990 to 1996, a run of nine years.", True),
    Row("FC206", "The mill worked from 1921 to 1958, a life of 50 years.", True),
    Row("FC206", "The ferry sailed from 1961 to 1983 - a career of 30 years - on one route.",
        True),
    Row("FC206", "The show ran from 1990 to 1996, a run of six years.", False),
    Row("FC206", "The show ran from 1990 to 1996, nine years after the war.", False),
    Row("FC206", "The line ran from 1921 to 1958, 30 years before the motorway came.", False),
    Row("FC206", "She taught there from 2001 to 2004 and came back 15 years later.", False),
    Row("FC206", "The mill worked from 1921 to 1958, a life of 37 years.", False),
    Row("FC206", "The ferry sailed from 1961 to 1983 - a career of 22 years - on one route.",
        False),
]


test_round14_span_rows = row_test(ROWS)
