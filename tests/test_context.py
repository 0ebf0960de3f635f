from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest

from factcheck import extract
from factcheck.context import contexts, cue_lemma
from factcheck.context.nearby import SINCE_THEN, SinceThen
from factcheck.model import ClaimContext

AS_OF = date(2025, 10, 1)
TEXT = (
    "Bhamo, a logistics hub for the junta, is home to some 166,000 people. "
    "Bhamo's 240,000 residents face shortages. "
    "Beijing imported 12,944 metric tons of rare-earth oxides from Myanmar in the first "
    "five months of 2025. "
    "Exports rose more than 20% between April and May. "
    "As of 2024, Oracle employed around 28,824 people. "
    "Output was 3,000 tonnes last year."
)
ROWS = [
    # claim text, subject, a cue, period
    ("some 166,000 people", "Bhamo", "population", None),
    ("240,000 residents", "Bhamo", "resident", None),
    ("12,944 metric tons", "Myanmar", "import", (date(2025, 1, 1), date(2025, 5, 31))),
    ("more than 20%", None, "export", (date(2025, 4, 1), date(2025, 5, 31))),
    ("around 28,824 people", "Oracle", "employee", (date(2024, 1, 1), date(2024, 12, 31))),
    ("3,000 tonnes", None, "production", (date(2024, 1, 1), date(2024, 12, 31))),
]


@pytest.fixture(scope="module")
def by_text() -> dict[str, object]:
    claims = extract(TEXT)
    return {c.claim.text: c for c in contexts(TEXT, claims, AS_OF)}


@pytest.mark.parametrize(("claim", "subject", "cue", "period"), ROWS)
def test_context(by_text: dict[str, object], claim: str, subject: str | None, cue: str,
                 period: tuple[date, date] | None) -> None:
    ctx = by_text[claim]
    assert ctx.subject == subject  # type: ignore[attr-defined]
    assert cue in ctx.cues  # type: ignore[attr-defined]
    assert ctx.period == period  # type: ignore[attr-defined]
    start, end = ctx.sentence  # type: ignore[attr-defined]
    assert TEXT[start:end].endswith(".") and claim in TEXT[start:end]


def test_one_context_per_claim_in_order() -> None:
    claims = extract(TEXT)
    assert [c.claim for c in contexts(TEXT, claims, AS_OF)] == claims


def test_relative_period_follows_as_of() -> None:
    text = "Output was 3,000 tonnes last year."
    (ctx,) = contexts(text, extract(text), date(2021, 6, 1))
    assert ctx.period == (date(2020, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize(("word", "lemma"), [("Exports", "export"), ("residents", "resident"),
                                             ("home to", "population"), ("table", None)])
def test_cue_lemma(word: str, lemma: str | None) -> None:
    assert cue_lemma(word) == lemma


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bhamo is home to some 166,000 people.", "Bhamo"),
        ("Bhamo's 240,000 residents wait.", "Bhamo"),
        ("Mines in Kachin State supply about half of the world's heavy rare earths.",
         "Kachin State"),
        ("Prices rose 5% in March.", None),
        ("Output was 3,000 tonnes last year.", None),
        ("The KIA has over 15,000 personnel.", "KIA"),
    ],
)
def test_subject(text: str, subject: str | None) -> None:
    (ctx,) = contexts(text, extract(text), AS_OF)
    assert ctx.subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        ("In Uruguay, wind's share rose from about 1% to over 32% between 2012 and 2018.",
         "about 1%", 2012),
        ("In Uruguay, wind's share rose from about 1% to over 32% between 2012 and 2018.",
         "over 32%", 2018),
        ("After hundreds of deaths in the 1980s, El Salvador recorded zero deaths from "
         "terrorism between 1997 and 2020.", "zero", 1997),
    ],
)
def test_period_of_each_figure(text: str, figure: str, year: int) -> None:
    (ctx,) = [c for c in contexts(text, extract(text), AS_OF) if figure in c.claim.text]
    assert ctx.period is not None and ctx.period[0].year == year


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [  # a period phrase ends with its sentence: "May.\n\n2020" is not May 2020
        ("Exports rose more than 20% between April and May.\n\n2020 was a worse year.",
         "more than 20%", (date(2025, 4, 1), date(2025, 5, 31))),
        ("Output fell 8% in June.\n\n2020-21 figures come later.", "8%",
         (date(2025, 6, 1), date(2025, 6, 30))),
    ],
)
def test_period_stops_at_the_sentence_end(text: str, figure: str,
                                          period: tuple[date, date]) -> None:
    (ctx,) = [c for c in contexts(text, extract(text), AS_OF) if c.claim.text == figure]
    assert ctx.period == period


def test_context_reads_on_demand_and_equals_its_values() -> None:
    text = "Bhamo is home to some 166,000 people in 2024."
    (ctx,) = contexts(text, extract(text), AS_OF)
    same = ClaimContext(ctx.claim, "Bhamo", ("people", "population"),
                        (date(2024, 1, 1), date(2024, 12, 31)), ctx.sentence)
    assert ctx == same and same == ctx and hash(ctx) == hash(same) and repr(ctx) == repr(same)
    moved = replace(ctx, period=None)  # dataclasses.replace: the values, one changed
    assert (moved.subject, moved.cues, moved.period) == ("Bhamo", ("people", "population"),
                                                         None)


def test_no_period_across_has_since() -> None:
    text = ("Over 60% of Vietnam's workers were in farming during the 1990s, and this share "
            "has since fallen to under 35%.")
    by = {c.claim.text: c for c in contexts(text, extract(text), AS_OF)}
    assert by["Over 60%"].period is not None
    assert by["under 35%"].period is None


def test_one_long_sentence_stays_linear() -> None:
    # A list or table with no full stop is one sentence: every claim in it used to walk
    # every entity and period of it (and copy the text between): 48 s for 4,000 claims.
    text = "Bhamo exports 5 tonnes in 2024, " * 4000
    claims = extract(text)
    started = time.perf_counter()
    found = contexts(text, claims, AS_OF)
    assert time.perf_counter() - started < 3.0
    assert found[-1].subject == "Bhamo" and found[-1].period == (date(2024, 1, 1),
                                                                 date(2024, 12, 31))


@pytest.mark.parametrize("text", [
    "In 2019 output peaked; it has since fallen 5%.",
    "Sales in 2019, since then 5 more, and had  since\n6.",
    "It has since5 and since then7 and HAS SINCE then8.",  # a match cut at a claim's start
    "since thensince then has since",
])
def test_since_then_index_agrees_with_the_regex(text: str) -> None:
    index = SinceThen(text, (0, len(text)))
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert index.within(lo, hi) == (SINCE_THEN.search(text, lo, hi) is not None)
