"""Frames' measures, one field per row (our own phrasings): the head of the measure (its
last word, as DESIGN.md's "head noun's lemma with its modifiers") for the classes the
third frames pass fixed; each class has rows that fire and near twins that must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, known_miss, value

ROWS = [
    # a share's head is its whole; what its part is comes in front
    ("Three in ten drivers in Molde have never taken a motorway lesson.", "Three in ten",
     "measure", "driver"),
    ("Solar panels produced 14% of Tarvia's electricity in 2024.", "14%", "measure",
     "electricity"),
    ("At Brook Lane School, 81% of pupils passed their maths exam.", "81%",
     "measure", "pupil"),
    ("The plant ran at 64% of capacity last month.", "64%", "measure", "capacity"),
    # near twin: a share word names its own measure
    ("Wind's share of the grid rose to 31%.", "31%", "measure", "share"),
    # an adjective of dimension after a figure with a unit, not after a count
    ("The water board serves 900,000 homes across the region.", "900,000 homes", "measure",
     "home"),
    ("The county runs 40 schools across its valleys.", "40 schools", "measure", "school"),
    ("The crater is 1.4 km across.", "1.4 km", "measure", "width"),
    ("The trench is 11 metres deep.", "11 metres", "measure", "depth"),
    # a stretch of time tagged a date is no measure
    ("Burglaries in Selby reached 870 last year.", "870", "measure", "burglary"),
    ("Jobless claims rose by 300 last month to 9,200.", "9,200", "measure", "claim"),
    ("Ticket sales hit 12,000 last week.", "12,000", "measure", "sale"),
    ("The shop sells 40 cakes a day.", "40 cakes", "measure", "cake"),
    # a subject that names an entity is no measure: the verb's cue is ("cost": cost)
    ("The new Orly footbridge cost £12 million to build.", "£12 million", "measure", "cost"),
    ("The Halden tunnel cost $2 billion.", "$2 billion", "measure", "cost"),
    ("Rovik's new library cost £9 million.", "£9 million", "measure", "cost"),
    # a count's noun is what it counts; a noun holding it that names no metric is not
    ("She won the race, beating a field of 140 riders.", "140 riders", "measure", "rider"),
    ("The storm cut water to 6,200 homes.", "6,200 homes", "measure", "home"),
    ("The number of storks on the marsh rose to 40 pairs.", "40 pairs", "measure", "stork"),
    ("The number of bus routes has fallen from twelve to nine.", "twelve", "measure", "route"),
    ("Of the 300 stalls, 45 closed early.", "45", "measure", "stall"),
    # near twins: a metric noun keeps its place ("a population of 2,400 people")
    ("Hale has a population of 2,400 people.", "2,400 people", "measure", "population"),
    ("The death toll of 45 people is the worst since 1990.", "45 people", "measure", "toll"),
    # a verb that names an activity measures what a unit of it holds (lexicon cues.tsv)
    ("Raiders stole 800 litres of heating oil from a farm.", "800 litres", "measure", "theft"),
    ("Divers collected 1.2 tonnes of plastic from the bay.", "1.2 tonnes", "measure",
     "collection"),
    ("Growers harvested 5 tonnes of barley per hectare.", "5 tonnes of barley per hectare",
     "measure", "harvest"),
    ("Kenya harvested 90,000 tonnes of barley, 4% more than in 2023.", "4%", "measure",
     "harvest"),
    # near twins: a count keeps its noun ("stole 40 bikes": bikes)
    ("Thieves stole 40 bikes from the station.", "40 bikes", "measure", "bike"),
    ("Volunteers collected 300 bags of litter.", "300 bags", "measure", "bag"),
    # a length a verb of standing gives is a height (frames.tsv dimension on a verb)
    ("The peak of Ben Carra stands at 1,120 metres.", "1,120 metres", "measure", "height"),
    ("The old mill chimney stands 60 metres above the town.", "60 metres", "measure",
     "height"),
    ("The spire stands at 404 feet.", "404 feet", "measure", "height"),
    ("The Kaldor observatory, at 2,400 metres, is the highest in Europe.", "2,400 metres",
     "measure", "height"),
    ("The village, at 1,800 feet on the ridge, has 90 homes.", "1,800 feet", "measure",
     "height"),
    # near twins: a standing figure in another unit is no height; nor is a speed "at"
    ("Unemployment stands at 4.1%.", "4.1%", "measure", "unemployment"),
    ("The train ran at 140 km/h.", "140 km/h", "measure", "train"),
    # a stand-in noun (average, estimate: frames.tsv "standin") measures what the figure
    # it is compared with does
    ("Dunley spends £90 per pupil on meals, against a regional average of £75.", "£75",
     "measure", "spending"),
    ("Rents in Corby have risen 9% since 2023; the average now stands at £840.", "£840",
     "measure", "rent"),
    ("Median pay in Lisk is £610 a week, against a national median of £655.", "£655",
     "measure", "pay"),
    # near twins: a noun with its own head keeps it ("the average wage"); an estimate is a
    # measure of its own
    ("The Kelby bridge cost $2.1 billion, well above the first estimate of $1.4 billion.",
     "$1.4 billion", "measure", "estimate"),
    ("The average wage in Corby rose to £540 a week.", "£540 a week", "measure", "wage"),
    # ages: a bare number set off by commas after a name the recogniser does not call a
    # place; "turns 100"
    ("Edda Brann, 52, was fined £3,000.", "52", "measure", "age"),
    ("Holm & Sons, which turns 150 this year, employs 90 people.", "150", "measure", "age"),
    ("The club turned 75 in May.", "75", "role", "age"),
    # a stretch of time compared ("45 minutes faster") is a change, not a duration
    ("The new line makes the trip in 40 minutes, 25 minutes faster than the bus.",
     "25 minutes", "role", "change"),
    ("Pupils who walked slept 15 minutes longer.", "15 minutes", "role", "change"),
    ("The meeting ended two hours later than planned.", "two hours", "role", "change"),
    ("The trip takes 40 minutes.", "40 minutes", "role", "duration"),
    # near twin: a number after a place names no age
    ("Paris, 1998: 40 people were hurt.", "40 people", "measure", "people"),
    # an area that is a verb's object is the area the verb names; a restatement of it too
    ("The blaze burned 800 hectares near Alva.", "800 hectares", "measure", "area"),
    ("Floods swamped 1,200 acres (490 hectares) near Ely.", "490 hectares", "measure",
     "area"),
    ("The wildfire destroyed 40 square miles.", "40 square miles", "measure", "area"),
    # near twins: a verb of extent gives the area its subject holds; a length is no
    # area; what the area is of is its measure
    ("The blaze burned 800 hectares of forest.", "800 hectares", "measure", "forest"),
    ("The estate covers 40 square kilometres.", "40 square kilometres", "measure", "area"),
    ("The fire burned 3 km of hedgerow.", "3 km", "measure", "hedgerow"),
    # a stretch of time "in" or "for" a verb's object measures that object; a restatement
    # in another unit measures what the figure it restates does
    ("The new ferry makes the crossing in 35 minutes.", "35 minutes", "measure", "crossing"),
    ("Engineers finished the repair in nine days.", "nine days", "measure", "repair"),
    ("The council closed the pool for six weeks.", "six weeks", "measure", "closure"),
    ("Brora Star makes the crossing of 30 nautical miles (56 km) daily.", "56 km", "measure",
     "crossing"),
    ("Ada Moss, mayor of Kelby for the past nine years, will stand down.", "nine years",
     "measure", "mayor"),
    ("He was chairman of the club for 14 years.", "14 years", "measure", "chairman"),
    # near twins: a number for an object names nothing; a subject that lasts is measured
    ("The town lost a fifth of its shops in ten years.", "ten years", "measure", None),
    ("The strike lasted 12 days.", "12 days", "measure", "strike"),
    known_miss("Shutting the bridge for three months would cost firms £5 million.",
               "three months", "measure", "closure",
               why="a verb's own event ('shutting' -> closure) is no noun the parse gives"),
    ("The vaulter cleared 5.95 metres at the meeting.", "5.95 metres", "measure",
     "height"),  # round 18: frames.tsv "clear dimension:height" (a bar cleared)
    # people a verb of dying or harm befalls are counted as deaths or injuries (the
    # measure's head); people counted by another verb stay people
    ("At least 40 miners died in the collapse.", "At least 40 miners", "measure",
     "death"),
    ("About 120 people die of malaria every day in the province.", "About 120 people",
     "measure", "death"),
    ("Heatstroke killed 15 pensioners in Seville last summer.", "15 pensioners", "measure",
     "death"),
    ("The explosion injured 23 workers at the plant.", "23 workers", "measure",
     "injury"),
    ("Nine climbers were killed by an avalanche in 2019.", "Nine climbers", "measure",
     "death"),
    ("Nine climbers were killed on the north face in 2019.", "Nine climbers", "measure",
     "climber"),
    ("About 120 people were treated for malaria every day.", "About 120 people", "measure",
     "people"),
    ("The mine employed 40 miners until the collapse.", "40 miners", "measure", "miner"),
    ("Heatwaves sent 15 pensioners to hospital in Seville.", "15 pensioners", "measure",
     "pensioner"),
    # a subject that names no entity is what the cost is of ("the second stage cost":
    # stage cost, frames.metric._standing_price); a standing price keeps the thing
    ("The second stage cost £30 million.", "£30 million", "measure", "cost"),
    ("Tickets cost £40 for adults.", "£40", "measure", "ticket"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected

