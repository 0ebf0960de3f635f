"""Frames rows for the measure of round 27 (r27-measure, the round-25 share class kept with
its whole in Frame.share_of; our own phrasings).

- A share that states the level of a metric relative to a whole: the subject of a
  copula, of a verb stating a level ("stood at", "reached") or of a verb of change, or
  the noun a verb moves "to" the share, names a metric (nouns.measure_word): the measure
  is that metric, not its whole ("the trade deficit widened to 4.1% of GDP": trade
  deficit; frames.share._stated). Near twins keep the whole: a part that names no
  metric ("immigrants were 14% of the population", "wind and solar were 1% of the
  electricity") and a verb of composition ("women made up 52% of the workforce").
- A share of a metric written as a name ("GDP") that a verb naming a metric puts "on"
  something is that thing's metric ("spends 2.6% of GDP on defence": defence
  spending; frames.share._spent_on), wherever the parser hangs the "on". A share of a
  budget or an income keeps its whole (writers label it either way), as does one spent
  "in" a place.

- A share that is the "of"-complement of a noun naming a metric is that metric's value
  ("a defence budget of 2.1% of GDP": defence budget; frames.share._valued); a share
  set after it ("up from 1.7%") takes its measure and whole. Near twins: a noun naming
  no metric ("a survey of 40% of households") keeps the whole.
- Such a share keeps its whole in Frame.share_of ("gdp"), where the reference stage
  reads it (Frame.with_whole); a share of the whole its part is in has none.
- A share written as a bare ratio ("one in five", "six in ten"), naming none of the things
  it counts, counts what the nearest share or count before it counts, in its sentence
  or the one before (frames.links._counted): "Two in five adults smoke, against one in
  eight nationally" (adults); "Thefts fell to 210. Police solved one in six" (thefts).
  Near twins: a ratio followed by its noun or an "of" keeps its own; a percentage set
  after another keeps its own; a ratio with no figure before it keeps its own.
- So does a percentage with no whole and no measure that is its clause's subject
  ("About 64% were women" after "3,870 people signed up": people). Near twins: a share
  "of" something keeps it; a percentage after a change or an amount of money (no count
  of things) keeps none.

Rows: (text, figure, expected): the whole measure phrase.
"""

from __future__ import annotations

import pytest

from tests.frames.period_rows import assert_field

AS_OF = "2026-06-01"

ROWS = [
    # a metric's level stated relative to a whole
    ("Carvonia's trade deficit widened to 4.1% of GDP last year.", "4.1%", "trade deficit"),
    ("Government borrowing stood at 5.6 per cent of national income in March.",
     "5.6 per cent", "government borrowing"),
    ("Household debt was nine per cent of disposable income in 1990.", "nine per cent",
     "household debt"),
    ("Research spending reached 3.2% of the university's revenue in 2024.", "3.2%",
     "research spending"),
    ("The budget deficit will narrow to 3.2% of GDP next year, the minister said.", "3.2%",
     "budget deficit"),
    ("Estavia will raise defence spending to 2.5% of GDP by 2027.", "2.5%",
     "defence spending"),
    # near twins: a part that names no metric, a verb of composition
    ("Immigrants were 14% of the town's population in 2021.", "14%",
     "immigrant population"),
    ("Wind and solar were 1% of Chile's electricity.", "1%",
     "wind electricity and solar electricity"),
    ("Women made up 52% of the workforce.", "52%", "woman workforce"),
    ("Coal supplied 53% of Poland's power.", "53%", "coal power"),
    # near twin: a share set beside another figure is a share of its whole
    ("Sales of heat pumps in Darrow rose to 14,000 in 2025, 9% of all new boilers.", "9%",
     "heat pump sale boiler"),
    # a share of GDP spent "on" something
    ("Tarnovia spends 4.8% of its GDP on health, the OECD found.", "4.8%",
     "health spending"),
    ("Vostrava spends 2.6% of GDP on defence.", "2.6%", "defence spending"),
    ("The country spent 1.1% of GDP on research in 2024.", "1.1%", "research spending"),
    # near twins: a budget or an income spent so keeps its whole; spent "in" a place
    ("The council spent a fifth of its budget on social care last year.", "a fifth",
     "council budget"),
    ("Households in Darrow spend 14% of their income on energy.", "14%",
     "household energy income"),
    ("Tourists spent 40% of their budget in the old town.", "40%",
     "tourist old town budget"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ROWS)
def test_row(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)


VALUED = [
    ("Parliament in Tarsk approved a defence budget of 2.1% of GDP for next year.", "2.1%",
     "defence budget"),
    ("The plan allows a deficit of 3% of national income by 2028.", "3%", "deficit"),
    ("Ministers forecast borrowing of 4.2% of GDP next year.", "4.2%", "borrowing"),
    ("Kellen has public debt of 112% of GDP, the fund said.", "112%", "public debt"),
    ("Orsk set aside a health budget of nine per cent of its revenue.", "nine per cent",
     "health budget"),
    # near twins: the "of" hangs on no metric
    ("A survey of 40% of households found damp.", "40%", "survey damp household"),
    ("The storm cut power to 30% of homes.", "30%", "storm power home"),
    ("He won a majority of 52% of the votes cast.", "52%", "vote majority"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), VALUED)
def test_valued(text: str, figure: str, expected: str) -> None:
    assert_field(AS_OF, text, figure, "measure", expected)


def test_a_share_set_after_takes_the_whole_too() -> None:
    from factcheck import check
    frames = check("Tarsk approved a defence budget of 2.1% of GDP for next year, up from "
                   "1.7% this year.", as_of=AS_OF, bundled=False).frames
    assert [(f.measure, f.share_of) for f in frames] == [("defence budget", "gdp")] * 2


SHARE_OF = [
    ("Carvonia's trade deficit widened to 4.1% of GDP last year.", "4.1%", "gdp"),
    ("Household debt was nine per cent of disposable income in 1990.", "nine per cent",
     "disposable income"),
    ("The budget deficit will narrow to 3.2% of GDP next year, the minister said.", "3.2%",
     "gdp"),
    # near twins: the whole is in the measure, no share_of
    ("Immigrants were 14% of the town's population in 2021.", "14%", None),
    ("Coal supplied 53% of Poland's power.", "53%", None),
    ("Women made up 52% of the workforce.", "52%", None),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SHARE_OF)
def test_share_of(text: str, figure: str, expected: str | None) -> None:
    assert_field(AS_OF, text, figure, "share_of", expected)


def test_with_whole_reads_the_part_and_its_whole() -> None:
    from factcheck import check
    frame = check("Carvonia's public debt reached 78% of GDP in 2024.", as_of=AS_OF,
                  bundled=False).frames[0]
    assert (frame.measure, frame.share_of) == ("public debt", "gdp")
    assert frame.with_whole().measure == "public debt gdp"
    assert frame.with_whole().share_of is None
    assert frame.with_whole().with_whole() == frame.with_whole()


ELIDED = [
    ("Roughly two in five adults in Carrick smoke, against one in eight nationally.",
     "one in eight", "adult"),
    ("Nine out of ten homes in Alder now have a heat pump, up from one in four in 2020.",
     "one in four", "home"),
    ("The clinic saw 4,200 patients last year. Nearly three in ten waited more than a week.",
     "three in ten", "patient"),
    ("Thefts in Molden fell to 210 last year. Police solved one in six.", "one in six",
     "theft"),
    ("Seven in ten of the ferry's 300 crossings ran late in May, against four in ten in "
     "April.", "four in ten", "crossing"),
    ("The charity answered 18,000 calls in the winter; it could not reach one out of every "
     "five.", "one out of every five", "call"),
    # near twins: a noun or an "of" after the ratio, a percentage, nothing before
    ("Four in ten voters in Brisk back the bypass, a poll for the Gazette found.",
     "Four in ten", "voter"),
    ("The clinic saw 4,200 patients last year. One in ten of its nurses left.",
     "One in ten", "nurse"),
    ("Coal supplied 53% of Poland's power, against 61% in 2020.", "61%", "power"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ELIDED)
def test_elided_ratio(text: str, figure: str, expected: str) -> None:
    """The measure's head (its last word, as the blind sets score it) is expected."""
    from factcheck import check
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f.measure for f in report.frames if figure in f.claim.text]
    assert found and found[0] is not None and found[0].split()[-1] == expected, found


SUBJECT_SHARES = [
    ("Holm recorded 212 road deaths in 2023. Nearly half involved a driver under 25.",
     "Nearly half", "death"),
    ("Across Lannick, 3,870 people signed up for cycling lessons last year. About 64% were "
     "women.", "About 64%", "people"),
    ("The trust planted 410,000 trees in the hills; 87% survived, it said.", "87%", "tree"),
    ("Carrow Airport handled 9.4 million passengers last year. About 70% flew with Skylane.",
     "About 70%", "passenger"),
    ("The food bank handed out 41,000 parcels in 2025. Nearly 30% went to pensioners.",
     "Nearly 30%", "parcel"),
    # near twins: a whole of its own; no count before it
    ("Inflation rose to 3.1% in May. 40% of firms expect it to rise further.", "40%", "firm"),
    ("Unemployment in Kell was 5.2% in March. 60% of the jobless are men.", "60%", "man"),
    ("Sales at Brill rose 12% in May. Some 30% came from online orders.", "Some 30%", None),
    ("The bank lent £2 billion last year; 40% went to first-time buyers.", "40%", None),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SUBJECT_SHARES)
def test_subject_share(text: str, figure: str, expected: str | None) -> None:
    """The measure's head (its last word), or None."""
    from factcheck import check
    report = check(text, as_of=AS_OF, bundled=False)
    found = [f.measure for f in report.frames if figure in f.claim.text]
    assert found, [f.claim.text for f in report.frames]
    assert (found[0].split()[-1] if found[0] else None) == expected, found
