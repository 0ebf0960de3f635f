"""One row per behaviour: a real sentence, the check, whether it fires, and its suggestion."""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import AS_OF, Row

ROWS = [
    # FC202 conflicting-figures
    Row("FC202", "Bhamo, a logistics hub for the junta, is home to some 166,000 people. "
        "Bhamo's 240,000 residents now face shortages.", True),
    Row("FC202", "Bhamo, a logistics hub for the junta, is home to some 166,000 people. "
        "Myitkyina's 240,000 residents now face shortages.", False),
    Row("FC202", "Bhamo had 166,000 inhabitants in 2014. Bhamo's population in 2024 was "
        "an estimated 240,000.", False),
    Row("FC202", "Bhamo is home to some 166,000 people. Bhamo's 170,000 residents wait.", False),
    Row("FC202", "The population of Lagos is 15 million. Lagos has 21 million residents.", True),
    Row("FC202", "The population of Lagos was 15 million in 2015. Lagos's 21 million residents "
        "in 2024 face floods.", False),
    Row("FC202", "Bhamo is home to some 166,000 people. Some 40,000 people fled Bhamo.", False),
    Row("FC202", "Bhamo is home to 166,000 people. The population of Bhamo grew to 240,000.",
        False),
    # FC203 change-arithmetic
    Row("FC203", "Revenue rose from $120m to $150m, a 20% increase.", True, "25%"),
    Row("FC203", "Revenue rose from $120m to $150m, a 25% increase.", False),
    Row("FC203", "China bought 12,944 tonnes, down half from 18,100 tonnes a year earlier.",
        True),
    Row("FC203", "China bought 12,944 tonnes, down half from 25,900 tonnes a year earlier.",
        False),
    Row("FC203", "Subscriptions doubled from 1.2 million to 3.1 million.", True),
    Row("FC203", "Subscriptions doubled from 1.5 million to 3.1 million.", False),
    Row("FC203", "Profit fell 20% to $90m from $100m.", True, "10%"),
    Row("FC203", "Profit fell 10% to $90m from $100m.", False),
    Row("FC203", "The jobless rate rose 2% to 7% from 5%.", False),
    Row("FC203", "Exports grew from 200,000 tonnes in 2023 to 260,000 tonnes in 2024, a 20% "
        "increase.", True, "30%"),
    Row("FC203", "Exports grew from 200,000 tonnes in 2023 to 260,000 tonnes in 2024, a 30% "
        "increase.", False),
    # DESIGN.md, Tolerance: "never more than 5% of the figure ('20%' ±1)": "5%" is ±0.25,
    # and $114 to $120 is 5.26%
    Row("FC203", "The company's shares rose 7% to $120 from $114.", True, "5.3%"),
    Row("FC203", "The company's shares rose 5.3% to $120 from $114.", False),
    # $114 and $120 are rounded to the dollar: 4.4% to 6.2%, so "5%" is a fair rounding
    Row("FC203", "The company's shares rose 5% to $120 from $114.", False),
    # a change in percentage points is the difference of the two percentages
    Row("FC203", "Turnout rose 7 percentage points, from 61.1% to 64.2%.", True,
        "3.1 percentage points"),
    Row("FC203", "Support for the bypass fell six percentage points, from 48% to 45%.", True),
    Row("FC203", "The share of homes with solar panels rose 4.5 percentage points to 14.5% "
        "from 12%.", True, "2.5 percentage points"),
    Row("FC203", "Turnout rose 3.1 percentage points, from 61.1% to 64.2%.", False),
    Row("FC203", "Support for the bypass fell three percentage points, from 48% to 45%.", False),
    Row("FC203", "The share of homes with solar panels rose 2.5 percentage points to 14.5% "
        "from 12%.", False),
    # a change under a verb with a subject of its own is another statement than the
    # levels of the clause before it: the wages' rise has no levels
    Row("FC203", "Inflation eased to 2.3% from 2.6% in October, while wages rose 4.8%.", False),
    Row("FC203", "Rents climbed to £1,200 from £1,100 last year, whereas incomes grew 2%.",
        False),
    Row("FC203", "The jobless rate dropped to 4.1% from 4.4% as payrolls expanded 1.5%.", False),
    Row("FC203", "Inflation eased 4.8% to 2.3% from 2.6% in October, while wages rose.", True,
        "11.5%"),
    Row("FC203", "Rents climbed 2% to £1,200 from £1,100 last year, whereas incomes stalled.",
        True, "9.1%"),
    Row("FC203", "Sales rose 15%, climbing from 2,000 units to 2,100 in the spring.", True,
        "5%"),
    # a range of levels wrapped across a line, as a Markdown paragraph is
    Row("FC203", "Admissions rose 40% in the year to June, from 1,250 to\n1,600.", True, "28%"),
    Row("FC203", "Admissions rose 28% in the year to June, from 1,250 to\n1,600.", False),
    Row("FC203", "Sales of heat pumps fell 10%, from 900 to\n600, over the winter.", True, "33%"),
    Row("FC203", "Sales of heat pumps fell a third, from 900 to\n600, over the winter.", False),
    # levels rounded to their last written digit: £1,942 may be £1,942.32 (4.99%)
    Row("FC203", "Council tax on a typical home will rise by 4.99%, from £1,850 to £1,942.",
        False),
    Row("FC203", "Council tax on a typical home will rise by 5.99%, from £1,850 to £1,942.",
        True, "4.97%"),
    Row("FC203", "Average rent climbed 3.49% to €1,212 a month from €1,171.", False),
    Row("FC203", "Average rent climbed 4.49% to €1,212 a month from €1,171.", True, "3.50%"),
    Row("FC203", "The ferry fare went up by 2.51% this spring, from $39.80 to $40.80.", False),
    Row("FC203", "The ferry fare went up by 3.51% this spring, from $39.80 to $40.80.", True,
        "2.51%"),
    Row("FC203", "Output tripled from 40,000 tonnes to 90,000 tonnes.", True),
    Row("FC203", "The number of clinics grew by half, from 40 to 90.", True),
    Row("FC203", "The number of clinics grew by half, from 40 to 60.", False),
    Row("FC203", "Output tripled from 30,000 tonnes to 90,000 tonnes.", False),
    Row("FC203", "Output halved from 40,000 tonnes to 30,000 tonnes.", True),
    Row("FC203", "Output halved from 60,000 tonnes to 30,000 tonnes.", False),
    Row("FC203", "Revenue jumped 40% from $100m to $120m.", True, "20%"),
    Row("FC203", "Profits were down 20% at $80m, compared with $100m a year earlier.", False),
    # FC204 part-exceeds-whole
    # an "of" after the verb ("made up of", "consists of") gives the subject's parts, not
    # its whole: the 600-acre estate is not a part of its 280 acres of wetland
    Row("FC204", "The 90-acre park consists of 40 acres of lawn and 50 acres of woods.", False),
    Row("FC204", "The 1,200-seat hall is made up of 800 seats in the stalls and 400 in the "
        "circle.", False),
    Row("FC204", "The 15-strong squad is composed of 9 forwards and 6 defenders.", False),
    Row("FC204", "Of the 90 acres of the park, 140 acres are lawn.", True),
    Row("FC204", "Of those 5,000 fighters, 6,200 were new recruits.", True),
    Row("FC204", "Of those 5,000 fighters, 1,200 were new recruits.", False),
    Row("FC204", "Some 5,000 of its over 15,000 personnel joined the offensive.", False),
    Row("FC204", "Some 20,000 of its 15,000 personnel joined the offensive.", True),
    Row("FC204", "Of the 120 passengers, 80 were British and 40 were French.", False),
    # FC205 shares-exceed-total
    # the same verb after each share, past a whole that names its place: answers to two
    # questions (owning a car, owning a tablet), not shares of one whole
    Row("FC205", "About 80% of adults in the county use a smartphone and 55% use a tablet.",
        False),
    Row("FC205", "Nearly 66% of pupils in the district speak French and 48% speak German.",
        False),
    Row("FC205", "Some 58% of residents on the estate have a garden and 62% have a garage.",
        False),
    Row("FC205", "About 80% of adults in the county rent their home and 35% own it.", True),
    Row("FC205", "Nearly 66% of pupils at the school walk in, 28% cycle and 15% come by car.",
        True),
    Row("FC205", "Some 58% of residents on the estate voted yes and 49% voted no.", True),
    # shares of two wholes the "of" phrases tell apart: weekday riders and weekend riders
    Row("FC205", "Some 62% of weekday riders and 71% of weekend riders paid by card.", False),
    Row("FC205", "About 58% of rural households and 64% of urban households own a car.", False),
    Row("FC205", "In the survey 70% of junior doctors and 55% of senior doctors backed the "
        "strike.", False),
    Row("FC205", "Ames won 62% of the weekday vote and Ruiz 45% of the weekday vote.", True),
    Row("FC205", "Ames won 62% of the postal vote, Ruiz 45%.", True),
    Row("FC205", "Coal supplied 58% of the county's power, gas 31% and solar 19%.", True),
    # a later sentence's percentage that says what its subject is (a copula, or a measure
    # of its own) is no share of the vote: turnout after the candidates' shares
    Row("FC205", "Brooks won 52.4% of the vote and Oduya 47.6%. Turnout was 64.2%.", False),
    Row("FC205", "Labour took 48% of the vote and the Greens 45%. Participation was 71%.",
        False),
    Row("FC205", "Ms Adeyemi carried 61% of the ballots and Mr Ruiz 39%. Support for the "
        "bond issue stood at 44%.", False),
    Row("FC205", "Brooks won 52.4% of the vote. Oduya took 47.6%. Okoro took 12%.", True),
    Row("FC205", "Labour took 48% of the vote. The Greens won 45%. The Liberals got 11%.",
        True),
    Row("FC205", "Ms Adeyemi carried 61% of the ballots. Mr Ruiz collected 39%. Ms Lowe "
        "picked up 9%.", True),
    Row("FC205", "In the poll, 62% supported, 45% opposed and 3% had no opinion.", True),
    Row("FC205", "In the poll, 34% supported, 33% opposed and 34% had no opinion.", False),
    Row("FC205", "Turnout was 62% in Ohio, 55% in Texas and 48% in Utah.", False),
    Row("FC205", "Among voters, 60% of men and 55% of women backed him.", False),
    Row("FC205", "Approval was 62% in 2023, 45% in 2024 and 40% in 2025.", False),
    Row("FC205", "Prices rose 50% in Texas, 60% in Ohio and 70% in Utah.", False),
    Row("FC205", "In the survey, 70% said prices were too high; 65% said wages were too low.",
        False),
    Row("FC205", "In the survey, 70% said prices were too high, 65% said wages were too low.",
        False),
    Row("FC205", "Polls show 58% backing the measure and 47% against, with 5% undecided.", True),
    Row("FC205", "Polls show 48% backing the measure and 47% against, with 5% undecided.", False),
    # FC206 date-arithmetic
    # a person named again by surname in the next sentence carries the birth year of the
    # sentence before, when that year was written just after the name
    Row("FC206", "Winger Sam Oduya, born in 1999, scored the winner. Oduya, 33, has now "
        "played 200 games.", True),
    Row("FC206", "Judge Ruth Marsh was born in 1961 in Leeds. Marsh, 52, retires in May.",
        True),
    Row("FC206", "The poet Lena Hart (born 1948) read first. Hart, 60, then signed books.", True),
    Row("FC206", "Winger Sam Oduya, born in 1999, scored the winner. Oduya, 26, has now "
        "played 200 games.", False),
    Row("FC206", "Sam Oduya's mother, born in 1970, watched him score. Oduya, 26, has now "
        "played 200 games.", False),
    Row("FC206", "Sam Oduya and his coach, born in 1962, spoke after the game. Oduya, 26, "
        "was pleased.", False),
    Row("FC206", "The KIA, founded in 1961, has fought the army for more than 70 years.", True,
        "more than 63 years"),
    Row("FC206", "The KIA, founded in 1961, has fought the army for more than 60 years.", False),
    Row("FC206", "The KIA was founded in 1961. It has fought for more than 70 years.", True,
        "more than 63 years"),
    Row("FC206", "The KIA was founded in 1961. It spent 10 years in exile.", False),
    Row("FC206", "The firm was founded in 1998. Its chief executive has led it for 12 years.",
        False),
    Row("FC206", "The firm, founded in 1998, has been led by Ms Lee for 12 years.", False),
    Row("FC206", "The party has governed for 15 years since 2010.", False),
    Row("FC206", "The club, founded in Sept. 1961, has played for more than 70 years.", True,
        "more than 63 years"),
    Row("FC206", "The club, founded in Sept. 1961, has played for more than 60 years.", False),
    Row("FC206", "The mill, opened in March 3, 1890, has run for 20 years.", False),
    Row("FC206", "The party has governed for 12 years since 2010.", True),
    Row("FC206", "Mr Tan was born in 1980. He is 30 years old.", True),
    Row("FC206", "Mr Tan was born in 1980. His son is 30 years old.", False),
    Row("FC206", "Smith, who was born in 1972, is 61 years old.", True),
    Row("FC206", "Smith, who was born in 1972, is 53 years old.", False),
    # FC207 sum-mismatch
    # the first item of a list qualified as the others are is a peer, not their total
    Row("FC207", "The spending plan splits into £21.4m for adult care, £12.3m for children's "
        "services, £9.1m for waste and £4.2m for everything else.", False),
    Row("FC207", "The grant is divided into $3m for roads, $2m for parks and $1m for "
        "libraries.", False),
    Row("FC207", "The season brought 40 wins at home, 25 wins away and 10 wins in the cup.",
        False),
    Row("FC207", "The trust spent £64,000: £40,000 on roads and £30,000 on parks.", True,
        "£70,000"),
    Row("FC207", "The striker has 31 goals this season, 18 in the league and 16 in the cup.",
        True, "34 goals"),
    Row("FC207", "The $9m fund was split: $5m for roads, $3m for parks and $2m for "
        "libraries.", True, "$10m"),
    # a number between the items that was not read as a part: the sum would miss it
    Row("FC207", "The board has 12 members: Smith's faction 4, Jones's 5 and the "
        "independents 3.", False),
    # every item read (extract/gapped.gapped_item, round 23): 4 + 6 + 3 is not 12
    Row("FC207", "The board has 12 members: Smith's faction 4, Jones's 6 and the "
        "independents 3.", True, "13 members"),
    Row("FC207", "Washington imposed a 25% tariff and an additional 25%, bringing the total "
        "to 60%.", True, "50%"),
    Row("FC207", "Washington imposed a 25% tariff and then an additional 25% tariff.", False),
    Row("FC207", "The plants make 120, 150 and 200 tonnes a day, a combined 520 tonnes.", True,
        "470 tonnes"),
    Row("FC207", "The plants make 120, 150 and 250 tonnes a day, a combined 520 tonnes.", False),
    Row("FC207", "The firm cut 200 jobs in Seattle and 150 in Texas, a total of 400.", True,
        "350"),
    Row("FC207", "The three firms employ 1,200, 800 and 500 people, a total of 2,500.", False),
    Row("FC207", "The two plants employ 1,200 and 900 workers, a combined workforce of 2,500.",
        True, "2,100"),
    Row("FC207", "The two plants employ 1,200 and 900 workers, a combined workforce of 2,100.",
        False),
    Row("FC207", "Sales were $2m in 2023 and $3m in 2024, and total sales rose to $6m.", False),
    Row("FC207", "Revenue was $4.2bn, with $2.1bn from cloud and $1.5bn from licences, "
        "bringing the total to $3.6bn.", False),
    Row("FC207", "Revenue was $4.2bn, with $2.1bn from cloud and $1.5bn from licences, "
        "bringing the total to $4.6bn.", True, "$3.6bn"),
    Row("FC207", "The three firms employ 1,200, 800 and 500 people, a total of 2,700.", True,
        "2,500"),
    # a running total: the parts of the second total start after the first (90 + 30)
    Row("FC207", "The mine shipped 40 tonnes in May and 50 tonnes in June, a total of 90 "
        "tonnes, and 30 tonnes in July, bringing the total to 120 tonnes.", False),
    Row("FC207", "The mine shipped 40 tonnes in May and 50 tonnes in June, a total of 90 "
        "tonnes, then 30 tonnes in July and 20 in August, bringing the total to 150 tonnes.",
        True, "50 tonnes"),
    # FC301 spurious-precision
    Row("FC301", "As of 2024, Oracle employed approximately 28,824 people in India.", True,
        "approximately 29,000 people"),
    Row("FC301", "As of 2024, Oracle employed around 29,000 people in India.", False),
    Row("FC301", "As of 2024, Oracle employed 28,824 people in India.", False),
    Row("FC301", "The deal is worth about $4.5bn.", False),
    # a restatement in another currency or unit keeps the digits of its conversion
    Row("FC301", "The council paid about €330,000 (£287,500) for the depot.", False),
    Row("FC301", "The yacht sold for roughly $410,000 (£324,650) at auction.", False),
    Row("FC301", "The pipeline runs for around 1,250 miles (2,012 km) across the plain.", False),
    Row("FC301", "The yacht sold for roughly £324,650 at auction.", True, "roughly £320,000"),
    Row("FC301", "The pipeline runs for around 2,012 km across the plain.", True,
        "around 2,000 km"),
    # FC302 percent-vs-points
    Row("FC302", "The jobless rate rose 2% to 7% from 5%.", True, "2 percentage points"),
    Row("FC302", "The jobless rate rose 40% to 7% from 5%.", False),
    Row("FC302", "Turnout rose 3% to 68% from 65%.", True, "3 percentage points"),
    Row("FC302", "The number of clinics grew by half, from 40 to 90.", False),
    Row("FC302", "Unemployment fell to 3.9% from 4.1%, a drop of 0.2 percentage points.", False),
    Row("FC302", "The jobless rate rose 2 percentage points to 7% from 5%.", False),
    # FC303 ambiguous-unit
    Row("FC303", "The mine produced 3,000 tons of ore last year.", True),
    Row("FC303", "The mine produced 3,000 metric tons of ore last year.", False),
    Row("FC303", "The mine produced 3,000 tonnes of ore last year.", False),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.code}-{i}" for i, r in enumerate(ROWS)])
def test_row(row: Row) -> None:
    findings = [f for f in check(row.text, as_of=AS_OF).findings if f.code == row.code]
    assert bool(findings) is row.fires, [f.message for f in findings]
    if row.fires:
        assert len(findings) == 1
        assert findings[0].suggestion == row.suggestion
        assert findings[0].start >= 0 and findings[0].end <= len(row.text)


def test_suggestion_keeps_two_digits() -> None:
    (f,) = check("The index fell 5% to 4,512 points from 4,580.", as_of=AS_OF).findings
    assert f.suggestion == "1.5%"
    assert f.message == "From 4,580 to 4,512 points is a 1.5% decrease, not 5%."


@pytest.mark.parametrize(("text", "message"), [
    ("Turnout rose 5.1 percentage points, from 61.1% to 64.2%.",
     "From 61.1% to 64.2% is a rise of 3.1 percentage points, not 5.1 percentage points."),
    # the digit that differs is shown: never "a 5% increase, not 5%"
    ("Council tax on a typical home will rise by 5.05%, from £1,850 to £1,980.",
     "From £1,850 to £1,980 is a 7.03% increase, not 5.05%."),
    ("Bus fares rose 4.2% to £2.85 from £2.70.", "From £2.70 to £2.85 is a 5.6% increase, "
     "not 4.2%."),
    ("Admissions rose 40% in the year to June, from 1,250 to\n1,600.",
     "From 1,250 to 1,600 is a 28% increase, not 40%."),
    ("Inflation fell 4.8%, from 2.6% to 2.3%.",
     "From 2.6% to 2.3% is an 11.5% decrease, not 4.8%."),
])
def test_change_messages_give_the_arithmetic(text: str, message: str) -> None:
    (finding,) = [f for f in check(text, as_of=AS_OF).findings if f.code == "FC203"]
    assert finding.message == message
