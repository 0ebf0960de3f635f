"""Frames of real sentences for the subjects and measures the ninth frames pass fixed (our
own phrasings; each class has rows that fire and near twins that must not).
Rows: (as_of, text, figure, field, expected)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import check

OCT = "2025-10-14"
ROWS = [
    # a sentence that names nobody carries on the subject of the figure before it in its
    # paragraph, when the entity named there is no clause's subject
    (OCT, "Floods cut off 40 villages in Arvale province on Friday. About 2,000 people "
     "left their homes, rescuers said.", "About 2,000 people", "subject", "Arvale"),
    (OCT, "A gas leak at a factory near Tolvik forced 600 workers out on Tuesday. Nine "
     "were treated in hospital.", "Nine", "subject", "Tolvik"),
    (OCT, "Snow closed 120 schools in Bredon on Monday. About 30,000 pupils stayed home.",
     "About 30,000 pupils", "subject", "Bredon"),
    (OCT, "Thieves took 14 paintings from a gallery in Ravensholt last night. The haul is "
     "worth £3 million, the police believe.", "£3 million", "subject", "Ravensholt"),
    # near twins: a new paragraph starts afresh; a sentence naming its own entity keeps it
    (OCT, "Floods cut off 40 villages in Arvale province on Friday.\n\nAbout 2,000 people "
     "left their homes, rescuers said.", "About 2,000 people", "subject", None),
    (OCT, "Floods cut off 40 villages in Arvale province on Friday. About 2,000 people in "
     "Bresk left their homes.", "About 2,000 people", "subject", "Bresk"),
    # "its" in a clause whose own subject is a name is that name's, not the sentence's
    # first entity's
    (OCT, "Brevik Savings posted a loss of 90 million crowns while the Ostmark Central Bank "
     "held its key rate at 3%.", "3%", "subject", "Ostmark Central Bank"),
    (OCT, "Shares in Dovecote Mining fell 4% after Varn Holdings cut its stake to 12%.",
     "12%", "subject", "Varn Holdings"),
    (OCT, "Tolland Air carried 3 million passengers, while Brisk Jet raised its fleet to 40 "
     "planes.", "40 planes", "subject", "Brisk Jet"),
    # near twin: the first clause keeps its own subject
    (OCT, "Tolland Air carried 3 million passengers, while Brisk Jet raised its fleet to 40 "
     "planes.", "3 million passengers", "subject", "Tolland Air"),
    # "its" with no entity before it in the paragraph is the source of a sentence before
    (OCT, "Tolland Air said on Monday that profit rose. Its fleet grew to 40 planes.",
     "40 planes", "subject", "Tolland Air"),
    (OCT, "The new wing opened in March, Carrow Hospital announced. It now has 640 beds.",
     "640 beds", "subject", "Carrow Hospital"),
    (OCT, "The harbour will be dredged next spring, Vellby Marina said on Monday. Its 2,300 "
     "moorings are full.", "2,300 moorings", "subject", "Vellby Marina"),
    # near twin: "the town" is no speaker's: a person who spoke is not its antecedent
    (OCT, "Lena Moss, who has led Fossby's council since 2019, said she would retire. The "
     "town has 8,200 voters.", "8,200 voters", "subject", None),
    # a day's name in the plural is no name ("on Sundays")
    (OCT, "Trains will stop at the new halt on Sundays, the Ashby Line said. Its 3,100 "
     "members made 80,000 trips in 2024.", "3,100 members",
     "subject", "Ashby Line"),
    (OCT, "Buses will run on Saturdays from May, Kelso Transit said. Its 40 buses carried "
     "2 million riders last year.", "40 buses", "subject", "Kelso Transit"),
    (OCT, "The market opens on Fridays. Its 120 stalls sold £2 million of goods last year, "
     "Dunmore Markets said.", "120 stalls", "subject", "Dunmore Markets"),
    # a name the draft gives an age is a person: "the village" is the other name
    (OCT, "Edith Marlow, 97, was born in Pennick and never left. The village, home to 640 "
     "people, held a fete for her on Saturday.", "640 people", "subject", "Pennick"),
    (OCT, "Jonas Brell, 88, has farmed near Skelby all his life. The hamlet has 74 "
     "residents.", "74 residents", "subject", "Skelby"),
    # near twin: "he" still refers to the aged person
    (OCT, "At 101, Harold Quince still lives in Tarnby. He has 12 grandchildren.",
     "12 grandchildren", "subject", "Harold Quince"),
    # a stretch of time a verb with no object goes on for is its subject's event, or the
    # verb with its particle
    (OCT, "A blaze at the Holm timber yard burned for 14 hours.", "14 hours", "measure",
     "blaze"),
    (OCT, "The heatwave persisted for 12 days in July.", "12 days", "measure", "heatwave"),
    (OCT, "A storm raged over the Farrow islands for three days.", "three days", "measure",
     "storm"),
    (OCT, "The island was cut off for five days when the bridge failed.", "five days",
     "measure", "cut-off"),
    # near twins: an object is the event; a firm, or a name's description, is no event
    (OCT, "Crews fought the fire for 19 days.", "19 days", "measure", "fire"),
    (OCT, "Brannock Mills traded for 40 years.", "40 years", "measure", "trade"),
    (OCT, "The harbour of Skarvik opened for 200 days last year.", "200 days", "measure",
     "open"),
    (OCT, "Ama Ruiz has worked at the library for 19 years.", "19 years", "measure", "work"),
    # a noun another figure counts is that figure's, not the measure of a second figure
    # in its clause
    (OCT, "Trains will stop at the new halt on Sundays, Ashby Rail said. Its 3,100 members "
     "made 80,000 trips in 2024.", "80,000 trips", "measure", "trip"),
    (OCT, "The club's 420 volunteers planted 9,000 trees last winter.", "9,000 trees",
     "measure", "tree"),
    (OCT, "Some 1,200 nurses treated 64,000 patients at Vell General in 2024.",
     "64,000 patients", "measure", "patient"),
    # near twin: the counted noun keeps its own figure's measure
    (OCT, "The club's 420 volunteers planted 9,000 trees last winter.", "420 volunteers",
     "measure", "volunteer"),
    # the other end of a comparison that names no measure takes the measure of the figure
    # it is compared with
    (OCT, "Nine in ten pupils at Hale Academy passed maths, up from 71% in 2022.", "71%",
     "measure", "math pupil"),
    (OCT, "Seven in ten flats in Orrin Court had damp in 2025, against 35% in 2019.", "35%",
     "measure", "flat"),
    (OCT, "Four in five buses on the Kelton line ran late in May, compared with 52% in "
     "April.", "52%", "measure", "bus"),
    # near twin: one that names its own keeps it
    (OCT, "Hale Academy's pass rate rose to 88%, from 71% in 2022.", "71%", "measure",
     "pass rate"),
    # "the museum" a figure's clause is about is the name in its paragraph that holds the
    # word, the sentence's source included
    (OCT, "The museum drew 90,000 visitors in June, the Halm Museum of Art said.",
     "90,000 visitors", "subject", "Halm Museum of Art"),
    (OCT, "Varra Bridge opened in 1970. The bridge carries 30,000 vehicles a day.",
     "30,000 vehicles", "subject", "Varra Bridge"),
    (OCT, "The theatre sold 48,000 tickets in 2024, the Grand Orley Theatre said.",
     "48,000 tickets", "subject", "Grand Orley Theatre"),
    # near twin: a source in an earlier sentence is not what "the fund expects" is about
    (OCT, "Sarnia's economy grew 2% in 2024, the Holm Monetary Fund said. The fund expects "
     "growth of 1.5% this year.", "1.5%", "subject", "Sarnia"),
    # near twin: a common noun is no name holding itself
    (OCT, "Arden Cycles has priced its new cargo bike at $4,200. The bike's $4,900 list "
     "price is above its rivals'.", "$4,900", "subject", "Arden Cycles"),
    # known miss: a subject with no figure of its own still joins the object's measure
    pytest.param(OCT, "Membership rose to 3,100, and members made 80,000 trips.",
                 "80,000 trips", "measure", "trip", marks=pytest.mark.xfail(strict=True)),
    # without an age, a name "in" which someone lives is the place, whatever the
    # recogniser calls it (names.described_kind)
    (OCT, "Edith Marlow lives in Pennick. The village, home to 640 people, held "
     "a fete on Saturday.", "640 people", "subject", "Pennick"),
]


@pytest.mark.parametrize(("as_of", "text", "figure", "field", "expected"), ROWS)
def test_row(as_of: str, text: str, figure: str, field: str, expected: Any) -> None:
    report = check(text, as_of=as_of, bundled=False)
    found = [f for f in report.frames if f.claim.text == figure]
    assert found, [f.claim.text for f in report.frames]
    assert getattr(found[0], field) == expected
