"""FC206: an age the next sentence gives after the surname ("Brodie, now 76,", "Ardent,
aged 38,") counts from the birth clause the sentence before opens with, when the person
is named right after it ("Born in 1958, the composer Ada Brodie ..."). Rows in our own
words; the draft date is 2026-11-30."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"


@pytest.mark.parametrize(("text", "fires"), [
    # the age disagrees with the birth clause before: fires
    ("Born in Perth in 1958, the painter Ada Brodie has shown in nine countries. Brodie, "
     "now 76, is preparing a retrospective.", True),
    ("Born in 1961, the striker Tomas Varga joined the club in 1990. Varga, now 71, "
     "coaches its youth side.", True),
    ("Born in 1982, the chef Paul Ardent runs three kitchens. Ardent, aged 38, plans a "
     "fourth.", True),
    ("The sculptor Ines Moro was born in Turin in 1970. Moro, now 62, lives in Lyon.", True),
    # near-twins: the age fits, or the birth is another person's: silent
    ("Born in Perth in 1958, the painter Ada Brodie has shown in nine countries. Brodie, "
     "now 68, is preparing a retrospective.", False),
    ("Born in 1961, the striker Tomas Varga joined the club in 1990. Varga, now 65, "
     "coaches its youth side.", False),
    ("Born in 1958, his father Ian Brodie was a miner. Brodie, now 40, is a painter.",
     False),
    ("Born in 1958, Ada Brodie's mother was a nurse. Brodie, now 40, is a painter.", False),
    ("Born in 1940, the founder of Ardent Foods died last year. Ardent, now 30, runs the "
     "firm.", False),
])
def test_an_age_after_the_surname_counts_from_the_birth_before(text: str,
                                                                fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC206" in codes) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # "took N years to <do>:" then a start and an end year that disagree: fires
    ("The bridge took 3 years to build: work began in 2001 and it opened in 2009.", True),
    ("The tunnel took eleven years to dig — crews started in 1990 and broke through in "
     "1996.", True),
    ("The cathedral took 40 years to complete: building began in 1880 and the spire was "
     "finished in 1948.", True),
    # near-twins: the span fits, two spans share the years, or no start: silent
    ("The bridge took 8 years to build: work began in 2001 and it opened in 2009.", False),
    ("The cathedral took 68 years to complete: building began in 1880 and the spire was "
     "finished in 1948.", False),
    ("The bridge took 3 years to plan and 8 to build: work began in 2001 and it opened in "
     "2009.", False),
    ("The bridge took 3 years to build: it was approved in 2001 and opened in 2009.", False),
    ("The bridge took 3 years to design; work began in 2001 and it opened in 2009.", False),
])
def test_a_span_to_do_the_work_counts_between_the_years_after(text: str,
                                                               fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC206" in codes) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # "its N-year history" of a thing founded in a year: the whole time since, exactly
    ("The Lyric Theatre, which opened in 1960, is marking its 40-year history with a new "
     "wing.", True),
    ("Opened in 1960, the lido has never closed in its 40-year history.", True),
    ("The club, founded in 1931, has won the league twice in its 70-year existence.", True),
    ("The Lyric Theatre opened in 1960. It is marking its 40-year history with a gala.",
     True),
    # near-twins: the span fits, is part of the life, or is a person's: silent
    ("The Lyric Theatre, which opened in 1960, is marking its 66-year history with a new "
     "wing.", False),
    ("The club, founded in 1931, has won the league twice in its 95-year existence.", False),
    ("The hall, built in 1900, ended its 40-year history as a cinema in 1990.", False),
    ("Lund, who founded the firm in 1990, has spent her 20-year career in Oslo.", False),
])
def test_a_things_whole_history_counts_from_its_founding(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC206" in codes) is fires


@pytest.mark.parametrize(("text", "fires"), [
    # a span ended this week ("retired on Friday after a 12-year tenure") that a start
    # after it dates: it runs from that year to the draft's
    ("Judge Ena Halloran retired on Friday after a 12-year tenure on the Circuit Court "
     "that began in 2004.", True),
    ("The coach stepped down yesterday after a 9-year spell in charge, which started in "
     "2021.", True),
    ("Bishop Adeyemi retired on Sunday after a 30-year ministry that began in 2006.", True),
    # near-twins: it fits, no day ends it, or the day is another clause's: silent
    ("Judge Ena Halloran retired on Friday after a 22-year tenure on the Circuit Court "
     "that began in 2004.", False),
    ("The coach stepped down yesterday after a five-year spell in charge, which started "
     "in 2021.", False),
    ("Judge Ena Halloran retired after a 12-year tenure on the Circuit Court that began "
     "in 2004.", False),
    ("On Friday the judge, who retired in 2016 after a 12-year tenure that began in 2004, "
     "spoke.", False),
])
def test_a_span_ended_this_week_counts_from_its_start(text: str, fires: bool) -> None:
    codes = [f.code for f in check(text, as_of=AS_OF, bundled=False).findings]
    assert ("FC206" in codes) is fires
