"""Which word of change decides a figure's direction when there are two: the verb before "by"
governs a change noun inside its object ("cut tumour growth by 37%" is a decrease;
extract.directions._by_verb), and a change noun heads a noun phrase the figure opens even
with several words between them ("a 4.99% council tax rise"; extract.changes
._modified_change_noun)."""

from __future__ import annotations

import pytest

from factcheck import extract


def _change(sentence: str, text: str) -> str | None:
    claims = [c for c in extract(sentence) if c.text == text]
    assert claims, [c.text for c in extract(sentence)]
    return claims[0].change


@pytest.mark.parametrize(("sentence", "text", "change"), [
    ("The new vaccine cut infection growth by 40%.", "40%", "decrease"),
    ("The levy slashed rent growth by half last year.", "half", "decrease"),
    ("Better insulation reduced the rise in heating bills by 12%.", "12%", "decrease"),
    ("The central bank cut its growth forecast by 0.3 points.", "0.3 points", "decrease"),
    ("Ministers trimmed the increase in tuition fees by £200.", "£200", "decrease"),
    ("Cheaper loans lowered the growth in arrears by a third.", "a third", "decrease"),
    # near-twins: the verb and the noun agree, or the noun has no verb before it
    ("Tax credits boosted export growth by 3 points.", "3 points", "increase"),
    ("The bank raised its growth forecast by 0.2 points.", "0.2 points", "increase"),
    ("The fall in rates cut household costs by 3%.", "3%", "decrease"),
    ("The rise in fares by 4% angered commuters.", "4%", "increase"),
    ("Bus fares were cut by 10%.", "10%", "decrease"),
    ("Output will go up by 4% next year.", "4%", "increase"),
])
def test_the_verb_before_by_governs(sentence: str, text: str, change: str) -> None:
    assert _change(sentence, text) == change


@pytest.mark.parametrize(("sentence", "text", "change"), [
    ("Councils agreed a 4.99% council tax rise.", "4.99%", "increase"),
    ("Pensioners get a 4.1% state pension increase in April.", "4.1%", "increase"),
    ("Commuters face a 5% rail season ticket rise.", "5%", "increase"),
    ("The union accepted a 3.5% annual pay rise.", "3.5%", "increase"),
    ("Drivers were promised a 10% bus fare cut.", "10%", "decrease"),
    # near-twins: no change noun heads the phrase, or one word before it as before
    ("A 3% pay offer was rejected.", "3%", None),
    ("A 25% council tax discount applies to people living alone.", "25%", None),
    ("The 12% stake in the airline was sold.", "12%", None),
    ("Staff won a 6% pay rise.", "6%", "increase"),
])
def test_a_change_noun_heads_the_phrase_the_figure_opens(
        sentence: str, text: str, change: str | None) -> None:
    assert _change(sentence, text) == change


@pytest.mark.parametrize(("sentence", "text", "change"), [
    # a count before a verb of change with its object counts the verb's subject
    ("The 40 volunteers cut the hedges on Saturday.", "40 volunteers", None),
    ("The 30 council workers cut the grass verges.", "30 council workers", None),
    ("The 12 bakeries cut their prices in May.", "12 bakeries", None),
    # near-twins: the figure opens a phrase a change noun heads, or comes after the verb
    ("The 10% cut the council approved took effect.", "10%", "decrease"),
    ("After a 4% rise the day before, shares slipped.", "4%", "increase"),
    ("The bakery cut 12 jobs in May.", "12 jobs", "decrease"),
])
def test_a_count_before_a_change_verb_is_its_subject(
        sentence: str, text: str, change: str | None) -> None:
    assert _change(sentence, text) == change
