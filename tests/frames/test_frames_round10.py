"""Frames' measures for the classes the tenth round fixed (our own phrasings, one field per
row): each class has rows that fire and near twins that must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.frames.test_frames_classes import frame_of, value

ROWS = [
    # an activity named by a verb's -ing form as the clause's subject is the measure
    ("Spending on rural roads rose to £4 billion last year.", "£4 billion", "measure",
     "spending"),
    ("Smoking among teenagers fell 20% in a decade.", "20%", "measure", "smoking"),
    ("Lending to small firms has been 8% lower this year.", "8%", "measure", "lending"),
    ("Shipping through the canal dropped by a third after the landslide.", "a third",
     "measure", "shipping"),
    ("Walking to school is up 6% since 2019.", "up 6%", "measure", "walking"),
    # near twins: a gerund with its own object or subject is a clause, not an activity noun
    ("Building 300 homes cost the council £90 million.", "300 homes", "measure", "home"),
    ("Cyclists using the bridge rose to 4,100 a day.", "4,100", "measure", "cyclist"),
    ("Attendance at the museum is up 12% on last year.", "up 12%", "measure", "attendance"),
    # "by" hung on a noun inside the verb's object still says what the verb moved
    ("The new drug cut the risk of a second heart attack by 27%.", "27%", "measure", "risk"),
    ("The new drug cut the risk of a second heart attack by 27%.", "27%", "role", "change"),
    ("Regulators trimmed the number of licences for taxis by 200.", "200", "measure",
     "licence"),
    ("The bakery raised the price of a white loaf by 12p in March.", "12p", "measure",
     "price"),
    ("The board raised the fee for a visit to the clinic by 4%.", "4%", "role", "change"),
    # near twins: "by" under a verb that moves nothing, or an agent, is no change
    ("The hall was filled by 900 guests.", "900 guests", "measure", "guest"),
    ("The council paid for the repairs by selling 12 flats.", "12 flats", "role", "level"),
    # a metric verb in a form cues.tsv does not list is found through its lemma
    ("The state plans to borrow £30 billion in 2027.", "£30 billion", "measure",
     "borrowing"),
    ("The ministry hopes to export 2 million tonnes of wheat.", "2 million tonnes",
     "measure", "export"),
    ("Growers expect to harvest 60,000 tonnes of hops this autumn.", "60,000 tonnes",
     "measure", "harvest"),
    # near twin: a count keeps what it counts ("will employ 400 nurses": nurses)
    ("The hospital will employ 400 nurses next year.", "400 nurses", "measure", "nurse"),
    # a change in an amount takes no measure from a figure in another unit (an age)
    ("The 160-year-old retailer lost £38 million last year.", "£38 million", "measure",
     None),
    ("Aged 61, the chef lost 20 kilograms in a year.", "20 kilograms", "measure", "chef"),
    ("The 90-year-old brewery cut 45 jobs in March.", "45 jobs", "measure", "job"),
    # near twins: a relative change, or one in the level's own unit, takes the level's
    ("The library lent 212,000 books, up 9%.", "up 9%", "measure", "book"),
    ("Harvests reached 90,000 tonnes, 5,000 tonnes more than in 2023.", "5,000 tonnes",
     "measure", "harvest"),
    # an adjective of dimension after the figure outranks the verb's dimension
    ("Snow lay 40 centimetres deep across the moor.", "40 centimetres", "measure", "depth"),
    ("Ice on the lake lay 30 centimetres thick by January.", "30 centimetres", "measure",
     "thickness"),
    ("The new wall stands 4 metres high along the river.", "4 metres", "measure", "height"),
    # near twins: a preposition after the figure yields to the verb ("stands ... above")
    ("The radio mast stands 80 metres above the valley floor.", "80 metres", "measure",
     "height"),
    ("The hamlet lies 12 kilometres from the coast.", "12 kilometres", "measure", "distance"),
    # a verb of standing states its subject's value when that names a measure
    ("The water level stood 2.3 metres below normal on Monday.", "2.3 metres", "measure",
     "level"),
    ("The snow depth at the pass stands at 90 centimetres.", "90 centimetres", "measure",
     "depth"),
    ("The river level rose 1.5 metres overnight.", "1.5 metres", "measure", "level"),
    # near twins: a thing that stands has a height
    ("The lighthouse stands 35 metres above the bay.", "35 metres", "measure", "height"),
    ("The peak of Carn Dubh stands at 1,040 metres.", "1,040 metres", "measure", "height"),
    # a share compared with an earlier one, "of those" or naming no noun, is a share of
    # the same whole
    ("Two in five adults in Tarn now cycle to work, down from one in three in 2015.",
     "one in three", "measure", "adult"),
    ("About 30% of nurses now work part-time, against 18% of them in 2012.", "18%",
     "measure", "nurse"),
    ("Nearly 28% of boys are overweight at eleven, compared with 22% of those aged five.",
     "22%", "measure", "boy"),
    # near twins: a share "of them" after a count is a share of that count; one that
    # names its own whole keeps it
    ("The trust has 640 beds, and 12% of them are empty.", "12%", "measure", "bed"),
    ("Some 45% of voters backed the plan, compared with 38% of councillors.", "38%",
     "measure", "councillor"),
    # near twins of the borrowed measure: a change in minutes or points still takes the
    # level of its kind beside it; people an activity killed are its deaths (measure.py)
    ("Hollin Rail ran 91.3% of its trains on time, up 2.6 percentage points.",
     "up 2.6 percentage points", "measure", "train"),
    ("The ferry makes the crossing in 50 minutes, 45 minutes faster than the old boat.",
     "45 minutes", "measure", "crossing"),
    ("Flooding in the valley has killed 27 people since Friday, officials said.",
     "27 people", "measure", "death"),
    ("The town's 7,300 residents must travel 19 miles to reach a bank.", "19 miles",
     "measure", "distance"),
    # an unknown capitalised word opening its sentence as a bare subject is a name
    ("Airbrisk flew 4.3 million passengers in the second quarter.", "4.3 million passengers",
     "subject", "Airbrisk"),
    ("Norvane shipped 40,000 cars from its plant last year.", "40,000 cars", "subject",
     "Norvane"),
    ("Quillmark sold 1.2 million phones in March.", "1.2 million phones", "subject",
     "Quillmark"),
    # near twins: a common noun the lemmatizer knows, or one with its own modifiers, is none
    ("Truancy fell to 4% in 2024.", "4%", "subject", None),
    ("Ridership on the tram reached 9 million last year.", "9 million", "subject", None),
    # "her", "his", "its" in a clause whose subject is a name before it refers to that
    # name, whatever kind the recogniser gave it
    ("Nadia Corvel has won 31 of her 40 matches this season.", "40 matches", "subject",
     "Nadia Corvel"),
    ("Leto Vance scored in 14 of his 22 games for the club.", "22 games", "subject",
     "Leto Vance"),
    ("Brennick Foods closed 12 of its 90 shops in the spring.", "90 shops", "subject",
     "Brennick Foods"),
    # near twins: a place reference skips a person before it; with no name, none is found
    ("Ama Osei moved to Leeds, where the city's 800,000 people cheered her.",
     "800,000 people", "subject", "Leeds"),
    ("She has won 31 of her 40 matches this season.", "40 matches", "subject", None),
    # the subject of a verb that closes its sentence with the clause it reports is a
    # source, not the figure's subject
    ("One in six adults in Tarrow now smoke, a survey by the Brill Institute found.",
     "One in six", "subject", "Tarrow"),
    ("Freight through Delmore rose 8% in May, figures from the Orlan Board showed.", "8%",
     "subject", "Delmore"),
    ("Two in five homes in Caskey recycle glass, the Pell Trust estimates.", "Two in five",
     "subject", "Caskey"),
    # near twins: a source talking about itself, and a verb with no reported clause
    ("Acme's profit rose 5% in May, Acme said.", "5%", "subject", "Acme"),
    ("The Orlan Board found 40 faults on the Delmore line.", "40 faults", "subject",
     "Orlan Board"),
    # a name read twice, once in part, is one entity, not several
    ("Volunteers pulled 3.2 tonnes of litter from the River Feld, the Feld Trust said.",
     "3.2 tonnes", "subject", "River Feld"),
    ("Crews cleared 40 tonnes of weed from Lake Orrin after Orrin anglers complained.",
     "40 tonnes", "subject", "Lake Orrin"),
    ("Divers lifted 900 kg of scrap from Port Hally, where Hally fishermen work.",
     "900 kg", "subject", "Port Hally"),
    # near twin: two names neither of which holds the other stay unsure
    ("Traders moved 500 tonnes of grain between Orla and Brenn.", "500 tonnes", "subject",
     None),
    # a bare count that is the object of a metric verb measures what the verb names
    # (cues.tsv: "employs" -> employee), not the subject that does it
    ("The mill employs 3,000.", "3,000", "measure", "employee"),
    ("Last year the dairy exported 12,000.", "12,000", "measure", "export"),
    ("The depot imported 7,500 in May.", "7,500", "measure", "import"),
    # near twins: a count with its noun keeps the noun; an amount keeps its subject
    ("The mill employs 3,000 weavers.", "3,000 weavers", "measure", "weaver"),
    ("The second bridge cost £30 million.", "£30 million", "measure", "cost"),
]


@pytest.mark.parametrize(("text", "figure", "field", "expected"), ROWS)
def test_row(text: str, figure: str, field: str, expected: Any) -> None:
    frame, frames = frame_of(text, figure)
    assert value(frame, frames, field) == expected
