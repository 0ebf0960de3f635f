"""Frames of our own sentences for the role classes round 18 fixed (issue 14):

- a speed (a length per time) is a level of that speed ("gusts peaked at 131 km/h"); a speed
  averaged over a journey is a rate ("averaging 42 mph") (role._is_speed);
- a sum raised "in a week" took that span: no rate (role._WITHIN);
- the base of a rate ("one nurse for every 14 patients", "per 1,000 people") is a rate;
- a count that a verb of stock moves ("will add", "plans to hire", "creating", "to open")
  is a change; the same count held ("has", "employs", "runs") a level
  (frames.clause_role, lexicon frames.tsv "stock");
- a sum spread over each member ("each paid £310", "£95 each") is a rate; a count a verb
  repeats "daily" or "each day" is a rate (frames.clause_role);
- a figure in years that is the value of an age its measure names ("the median age is
  41.7 years") is an age, not a duration (parsed_role).
Rows: (text, figure, expected role)."""

from __future__ import annotations

import pytest

from factcheck import check

AS_OF = "2026-11-30"

CHANGED = [
    ("Winds peaked at 131 km/h on the ridge overnight.", "131 km/h", "level"),
    ("The fastest serve of the tournament was clocked at 214 km/h.", "214 km/h", "level"),
    ("Traffic on the bypass is limited to 40 mph after dark.", "40 mph", "level"),
    ("The school's parents raised £31,500 in a week for a new minibus.", "£31,500",
     "level"),
    ("Ardrossan has one dentist for every 4,100 people.", "4,100 people", "rate"),
    ("The county has a single midwife for every 390 births.", "390 births", "rate"),
    ("Larkhill Foods plans to hire 420 drivers before Christmas.", "420 drivers", "change"),
    ("The ferry operator will add three vessels by 2028.", "three vessels", "change"),
    ("The new depot opened in May, creating 260 jobs, the mayor said.", "260 jobs",
     "change"),
    ("Brandt Coffee intends to open 35 cafes in Austria next year.", "35 cafes", "change"),
    ("Each household paid an average of £310 for the scheme.", "£310", "rate"),
    ("The 48 volunteers each received £95 for their time.", "£95", "rate"),
    ("The auction house sold the 20 paintings for £12,000 each.", "£12,000", "rate"),
    ("Roughly 14,000 lorries cross the bridge daily.", "14,000 lorries", "rate"),
    ("About 2,600 walkers used the path each day in August.", "2,600 walkers", "rate"),
    ("The median age in Corlow is 41.7 years, the census office said.", "41.7 years",
     "age"),
    ("The average age of the bus fleet has reached 12.5 years.", "12.5 years", "age"),
]

TWINS = [  # near-twins the change must not move
    ("The team finished the 900-kilometre rally in 21 hours, averaging 43 km/h.",
     "43 km/h", "rate"),
    ("The coach covered the route at an average speed of 72 km/h.", "72 km/h", "rate"),
    ("The charity raises £31,500 a week from its shops.", "£31,500", "rate"),
    ("Larkhill Foods employs 420 drivers at its two depots.", "420 drivers", "level"),
    ("The ferry operator has three vessels on the route.", "three vessels", "level"),
    ("Brandt Coffee runs 35 cafes in Austria.", "35 cafes", "level"),
    ("The clinic hired 8 nurses and 5 porters, 13 new staff in all.", "8 nurses", "level"),
    ("The firm hired 120 people, 70 of them locally.", "120 people", "total"),
    ("The new annexe adds 64 classrooms to the campus.", "64 classrooms", "level"),
    ("The household paid £310 for the scheme in June.", "£310", "level"),
    ("The council spent £4.2 million on the bridge.", "£4.2 million", "level"),
    ("Roughly 14,000 lorries crossed the bridge on Monday.", "14,000 lorries", "level"),
    ("The walk took 41 minutes on average.", "41 minutes", "duration"),
    ("The average wait for a hip operation is 19 weeks.", "19 weeks", "duration"),
    ("The bridge closed for 14 years after the flood.", "14 years", "duration"),
]


def _role(text: str, figure: str) -> str:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for c, f in zip(report.claims, report.frames, strict=True)
             if figure in c.text or c.text in figure]
    assert found, f"{figure!r} not extracted from {text!r}"
    return found[0].role


@pytest.mark.parametrize(("text", "figure", "role"), CHANGED + TWINS)
def test_role(text: str, figure: str, role: str) -> None:
    assert _role(text, figure) == role


# An amount in a physical unit that counts no thing, the object of a verb naming an act
# (lexicon frames.tsv "activity:"), measures that act; a verb naming none keeps the unit's
# dimension (frames.dimension.activity).
ACTS = [
    ("The Ondal wind farm generated 1,460 gigawatt-hours last year.",
     "1,460 gigawatt-hours", "generation"),
    ("The harbour's new batteries can store 90 megawatt-hours.", "90 megawatt-hours",
     "storage"),
    ("The smelter consumed 3.1 terawatt-hours in 2025.", "3.1 terawatt-hours",
     "consumption"),
    ("The crate weighed four tonnes.", "four tonnes", "weight"),
    ("The press lifts 180 kg.", "180 kg", "weight"),
    ("The data centre draws 2.6 megawatts.", "2.6 megawatts", "power"),
]


@pytest.mark.parametrize(("text", "figure", "measure"), ACTS)
def test_activity_measure(text: str, figure: str, measure: str) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for c, f in zip(report.claims, report.frames, strict=True)
             if figure in c.text]
    assert found and found[0].measure == measure


# A length a jump clears is its height (lexicon frames.tsv "clear dimension:height",
# read by frames.dimension for lengths only).
CLEARED = [
    ("Amira Sayed cleared 4.91 metres in the pole vault on Saturday.", "4.91 metres",
     "height"),
    ("The high jumper cleared 2.31 metres at the indoor meeting.", "2.31 metres", "height"),
    ("At 17, she cleared 1.96 metres to win the county title.", "1.96 metres", "height"),
    ("Crews cleared 40 hectares of scrub.", "40 hectares", "scrub"),
    ("The river covers 21 kilometres before it meets the sea.", "21 kilometres",
     "distance"),
    ("The pier runs for 640 metres into the bay.", "640 metres", "length"),
]


@pytest.mark.parametrize(("text", "figure", "measure"), CLEARED)
def test_cleared_height(text: str, figure: str, measure: str) -> None:
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f for c, f in zip(report.claims, report.frames, strict=True)
             if figure in c.text]
    assert found and found[0].measure == measure
