"""Verdicts on real sentences: supported, contradicted (with FC101), unverifiable."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from factcheck.checks import fc101_contradicts_reference as fc101
from factcheck.config import Config
from factcheck.model import Finding, Frame, Verdict
from factcheck.reference import ReferenceTable, bundled_tables, load_reference, verify

from .conftest import ctx, year


def verify_with_findings(*args: object, **kwargs: object) -> tuple[list[Verdict], list[Finding]]:
    """verify(), and the FC101 findings its contradicted verdicts give."""
    verdicts = verify(*args, **kwargs)  # type: ignore[arg-type]
    return verdicts, [f for v in verdicts if (f := fc101.finding(v)) is not None]

AS_OF = date(2025, 9, 1)
SEED_TARIFF = ("US President Donald Trump on July 31 approved a 25% tariff on imports from "
               "India, and then on August 6 approved an additional 25% tariffs")

# (context, status, words the explanation must hold)
BUNDLED_CASES = [
    (ctx("Myanmar, home to some 57 million people, ...", "some 57 million people", 57e6,
         bound="approx", noun="people", subject="Myanmar", cues=("home",)),
     "supported", ["CIA World Factbook", "latest row not after 2025-09-01", "about"]),
    (ctx("Burma's 54 million people voted in 2025", "54 million people", 54e6, noun="people",
         subject="Burma's", period=year(2025)),
     "contradicted", ["57,931,718", "53,500,000 to 54,500,000", "last stated digit"]),
    (ctx("Myanmar covers 261,000 square miles", "261,000 square miles", 261000,
         unit="square_mile", subject="Myanmar", cues=("area",)),
     "supported", ["676,578 km²", "= 261,228 sq miles"]),
    (ctx("Myanmar's economy was worth €70bn in 2024", "€70bn", 70e9, unit="EUR",
         subject="Myanmar's", cues=("economy",), period=year(2024)),
     "unverifiable", ["no table has a figure for Myanmar's in EUR"]),
    (ctx("Indian GDP reached $3.9tn in 2024", "$3.9tn", 3.9e12, unit="USD", subject="Indian",
         cues=("gdp",), period=year(2024)),
     "supported", ["India GDP (official exchange rate) 2024"]),
    (ctx(SEED_TARIFF, "25%", 25, unit="percent", subject="India", cues=("tariff",)),
     "supported", ["US reciprocal tariff rate", "Executive Order of July 31, 2025"]),
    (ctx(SEED_TARIFF, "an additional 25% tariffs", 25, unit="percent", subject="India",
         cues=("additional", "tariff")),
     "supported", ["Russian oil", "14329"]),
    (ctx("bringing tariffs on India to a total of 60%", "60%", 60, unit="percent",
         subject="India", cues=("tariff", "total")),
     "contradicted", ["US total tariff rate 2025-08-27/2025-12-31 was 50%"]),
    (ctx("Burma mined 31,000 tonnes of rare earths in 2024", "31,000 tonnes", 31000,
         unit="tonne", subject="Burma", cues=("mine", "rare", "earth"), period=year(2024)),
     "supported", ["USGS Mineral Commodity Summaries 2025"]),
    (ctx("China mined 350,000 tonnes of rare earths in 2024", "350,000 tonnes", 350000,
         unit="tonne", subject="China", cues=("mined", "rare", "earth"), period=year(2024)),
     "contradicted", ["270,000 tonnes", "difference is -80,000 tonnes, 23% off"]),
    (ctx("Mines in Kachin state provide about half of the world's supply of heavy rare "
         "earths.", "about half", 50, unit="percent", bound="approx", subject="Kachin",
         cues=("supply", "heavy", "rare", "earth")),
     "unverifiable", ["no table has an entity matching 'Kachin'"]),
    (ctx("a logistics hub for the junta that's home to some 166,000 people",
         "some 166,000 people", 166000, bound="approx", noun="people", subject="Bhamo",
         cues=("home",)),
     "unverifiable", ["Bhamo is a town", "undated"]),
    (ctx("That is down half from the same period last year", "down half", 50, unit="percent",
         change="decrease", subject="Myanmar", cues=("import",)),
     "unverifiable", ["a change and the draft gives no period"]),
    (ctx("Myanmar mined 20,000 tonnes of rare earths in 2019", "20,000 tonnes", 20000,
         unit="tonne", subject="Myanmar", cues=("mined", "rare", "earth"), period=year(2019)),
     "unverifiable", ["for 2023–2024, not for 2019"]),
]


@pytest.mark.parametrize(("c", "status", "words"), BUNDLED_CASES)
def test_bundled_verdicts(c: Frame, status: str, words: list[str]) -> None:
    verdicts, findings = verify_with_findings([c], bundled_tables(), AS_OF, Config())
    (verdict,) = verdicts
    assert verdict.status == status, verdict.explanation
    for word in words:
        assert word in verdict.explanation
    assert (verdict.evidence is None) == (status == "unverifiable")
    assert len(findings) == (status == "contradicted")


def test_contradiction_is_fc101_with_evidence() -> None:
    c = BUNDLED_CASES[1][0]
    _, (finding,) = verify_with_findings([c], bundled_tables(), AS_OF)
    assert (finding.code, finding.name, finding.severity) == (
        "FC101", "contradicts-reference", "error")
    assert (finding.start, finding.end) == (c.claim.start, c.claim.end)
    assert finding.claim == c.claim
    ev = finding.evidence
    assert ev is not None
    assert (ev.table, ev.entity, ev.metric, ev.period, ev.value, ev.unit) == (
        "countries", "Myanmar", "population", "2025", 57931718.0, "")
    assert ev.source == "CIA World Factbook" and ev.url and ev.retrieved
    assert ev.row > 1
    assert "contradicts CIA World Factbook" in finding.message
    assert "3,931,718, 7% off" in finding.message


def test_story_table_supports_the_seed_figure(story_table: ReferenceTable) -> None:
    s = ("Beijing importing 12,944 metric tons of rare-earth oxides and metals from Myanmar "
         "in the first five months of 2025")
    c = ctx(s, "12,944 metric tons", 12944, unit="metric_ton", subject="Myanmar",
            cues=("import", "rare-earth"), period=(date(2025, 1, 1), date(2025, 5, 31)))
    (verdict,), findings = verify_with_findings([c], [story_table], AS_OF)
    assert verdict.status == "supported" and not findings
    assert verdict.evidence is not None
    assert (verdict.evidence.table, verdict.evidence.row, verdict.evidence.period) == (
        "story", 5, "2025-01/2025-05")
    assert "half a unit of its last stated digit" in verdict.explanation


def test_table_in_usd_millions_checks_a_claim_in_billions() -> None:
    frame = pd.DataFrame({"entity": ["Oracle"], "metric": ["India revenue"],
                          "value": ["1,150"], "unit": ["USD millions"], "period": ["2024"],
                          "source": ["annual report (illustrative)"], "terms": ["revenue"]})
    table = load_reference(frame, name="oracle")
    s = "Oracle's revenue in India was $1.2bn in 2024"
    good = ctx(s, "$1.2bn", 1.2e9, unit="USD", subject="Oracle's", cues=("revenue",),
               period=year(2024))
    bad = ctx(s.replace("1.2", "1.3"), "$1.3bn", 1.3e9, unit="USD", subject="Oracle's",
              cues=("revenue",), period=year(2024))
    verdicts, findings = verify_with_findings([good, bad], [table], AS_OF)
    assert [f.claim for f in findings] == [bad.claim]
    assert [v.status for v in verdicts] == ["supported", "contradicted"]
    assert "= 1.15 USD" not in verdicts[0].explanation
    approx = ctx("about $1.2bn", "about $1.2bn", 1.2e9, unit="USD", bound="approx",
                 subject="Oracle", cues=("revenue",), period=year(2024))
    (verdict,), _ = verify_with_findings([approx], [table], AS_OF)
    assert verdict.status == "supported"
    assert "$1.15 billion" in verdict.explanation


def test_every_frame_gets_a_verdict_in_order() -> None:
    a = Frame(BUNDLED_CASES[0][0].claim)  # a frame without a subject
    b = BUNDLED_CASES[1][0]
    verdicts, findings = verify_with_findings([a, b], bundled_tables(), AS_OF)
    assert [v.claim for v in verdicts] == [a.claim, b.claim]
    assert [v.status for v in verdicts] == ["unverifiable", "contradicted"]
    assert "no entity the figure is about" in verdicts[0].explanation
    assert len(findings) == 1


def test_approx_tolerance_comes_from_config() -> None:
    c = ctx("Myanmar has about 52 million people", "about 52 million people", 52e6,
            bound="approx", noun="people", subject="Myanmar", period=year(2025))
    loose = verify([c], bundled_tables(), AS_OF, Config(approx_tolerance=0.2))
    strict = verify([c], bundled_tables(), AS_OF, Config(approx_tolerance=0.1))
    assert (loose[0].status, strict[0].status) == ("supported", "contradicted")


@pytest.mark.parametrize(("index", "suggested"), [
    (1, "58 million people"),        # "54 million people" vs 57,931,718
    (7, "50%"),                      # "60%" vs the 50% total tariff
    (9, "270,000 tonnes"),           # "350,000 tonnes" vs 270,000
])
def test_fc101_suggests_the_figure_at_the_same_precision(index: int, suggested: str) -> None:
    c = BUNDLED_CASES[index][0]
    _, (finding,) = verify_with_findings([c], bundled_tables(), AS_OF)
    assert finding.suggestion == suggested


def test_no_suggestion_for_a_bound() -> None:
    c = ctx("Myanmar has over 60 million people", "over 60 million people", 60e6,
            bound="over", noun="people", subject="Myanmar", period=year(2025))
    _, (finding,) = verify_with_findings([c], bundled_tables(), AS_OF)
    assert finding.suggestion is None


@pytest.mark.parametrize(("sentence", "band"), [
    ("Northland's economy was worth $240bn in 2024.", "outside the $235 billion to $245 "
     "billion the wording allows"),
    ("Northland's economy was worth about $250bn in 2024.", "within the $220 billion to "
     "$280 billion that"),
    ("Northland's economy was worth more than $300bn in 2024.", "outside the above $300 "
     "billion the wording"),
])
def test_money_bands_are_written_as_money(sentence: str, band: str) -> None:
    """A band of money reads as money, as the figures beside it do (a new user's trial)."""
    import pandas as pd

    from factcheck import check, load_reference

    frame = pd.DataFrame([("Northland", "GDP", 2.7e11, "USD", "2024", "Illustrative")],
                         columns=["entity", "metric", "value", "unit", "period", "source"])
    table = load_reference(frame, name="money")
    report = check(sentence, references=[table], bundled=False, as_of="2025-06-01")
    assert band in report.verdicts[0].explanation
