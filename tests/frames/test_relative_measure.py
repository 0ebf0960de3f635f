"""A relative clause that says what the measured noun is or has names the measure with it
(frames.nouns._described): "the share of Chile's electricity that came from renewables"
measures renewable electricity, "the share of adults who are obese" obese adults. Our own
phrasings; near twins where the clause has a subject of its own or none follows."""

from __future__ import annotations

import pytest

from tests.frames.test_frames_classes import frame_of

ROWS = [
    ("The share of Peru's electricity that came from hydropower was 55% in 2020.", "55%",
     "hydropower electricity"),
    ("In 2016, the share of adults in Malta who are obese was 29%.", "29%", "obese adult"),
    pytest.param("In 2018 the share of adults in Malta who are obese reached 29%.", "29%",
                 "obese adult", marks=pytest.mark.xfail(
                     strict=True, reason="the parse hangs the clause on Malta")),
    ("The proportion of households that have access to broadband rose to 88% in 2023.",
     "88%", "access household"),
    ("Last year the share of Ghana's power which comes from gas was about 70%.",
     "about 70%", "gas power"),
    pytest.param("The share of workers who are unionised fell to 23% in 2022.", "23%",
                 "unionised worker", marks=pytest.mark.xfail(
                     strict=True, reason="a passive participle is no acomp: not read")),
    # a clause whose subject is a name says what the named one did with the noun
    ("In 2019, the power Morocco generated was 41 terawatt-hours.", "41 terawatt-hours",
     "generate power"),
    ("In 2010, the wheat Egypt imported was 10 million tonnes.", "10 million tonnes",
     "import wheat"),
    ("The electricity Spain produced in 2019 was 270 terawatt-hours.", "270 terawatt-hours",
     "produce electricity"),
    pytest.param("In 2021, the electricity Chile consumed was 80 terawatt-hours.",
                 "80 terawatt-hours", "consume electricity", marks=pytest.mark.xfail(
                     strict=True, reason="the frame finds no measure here at all")),
    pytest.param("The electricity Chile consumed reached 80 terawatt-hours in 2021.",
                 "80 terawatt-hours", "consume electricity", marks=pytest.mark.xfail(
                     strict=True, reason="a level verb's subject is read by another path")),
    pytest.param("In 2018 the oil Norway produced came to 83 million tonnes.",
                 "83 million tonnes", "produce oil", marks=pytest.mark.xfail(
                     strict=True, reason="a tonnage is read as a weight first")),
    # near twins: no clause, or a clause with a subject of its own, adds nothing
    ("The share of Peru's electricity was 55% in 2020.", "55%", "electricity"),
    ("The share of the power the country generated was 40% in 2020.", "40%", "power"),
    ("In 2019, the power the plant generated was 41 terawatt-hours.", "41 terawatt-hours",
     "power"),
    ("The share of adults in Malta reached 29% in 2018.", "29%", "adult"),
]


@pytest.mark.parametrize(("text", "figure", "words"), ROWS)
def test_relative_clause_names_the_measure(text: str, figure: str, words: str) -> None:
    frame, _ = frame_of(text, figure)
    assert frame.measure is not None
    kept = [w for w in frame.measure.split() if w not in ("share", "proportion")]
    assert sorted(kept) == sorted(words.split())


CLAUSAL = [
    # a clause standing as the subject ("X emitted per person was ...") names the measure
    ("In 2000, CO2 emitted per person in Chile was 3.5 tonnes.", "3.5 tonnes",
     "co2 emit per person"),
    ("In 1995, carbon dioxide emitted per resident of Peru was 1.1 tonnes.", "1.1 tonnes",
     "carbon dioxide emit per resident"),
    ("In 2008, carbon dioxide emitted per person in Ghana was 0.4 tonnes.", "0.4 tonnes",
     "carbon dioxide emit per person"),
    pytest.param("In 2010, sulphur dioxide released per person in Poland was 25 kilograms.",
                 "25 kilograms", "sulphur dioxide release per person",
                 marks=pytest.mark.xfail(strict=True, reason="parsed with no clause")),
    # near twins: the verb's own figure, or a noun subject, keep their measure
    ("In 2019, Chile emitted 4.5 tonnes per person.", "4.5 tonnes", "emission"),
    ("In 2019, CO2 emissions per person in Chile were 4.5 tonnes.", "4.5 tonnes",
     "co2 emission per person"),
]


@pytest.mark.parametrize(("text", "figure", "measure"), CLAUSAL)
def test_a_clause_as_subject_names_the_measure(text: str, figure: str, measure: str) -> None:
    frame, _ = frame_of(text, figure)
    assert frame.measure == measure
