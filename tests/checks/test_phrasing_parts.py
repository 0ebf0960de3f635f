"""Issue 15, second round, FC204 to FC207 (FC201 to FC203: test_phrasing_rows.py):
everyday phrasing the blind seeded-error set showed the checks missing, by class. Each
class has three or more rows in our own words that fire and near-twins that must not;
known misses are strict xfails naming their cause. Same table shape as
test_frames_rows.py (bench/check_rows.py scores all three files)."""

from __future__ import annotations

import pytest

from factcheck import check
from tests.checks.rows import AS_OF, Row, miss, row_test

NESTED = ("FC205 (a known false alarm): percentages opening two clauses are read as shares "
          "of one whole even when one group holds the other (fibre users have broadband)")

ROWS = [
    # FC204, a part that points back: "of them", "of whom", "Of these,", "of that"
    Row("FC204", "Customs seized 64 parcels at the port, 70 of them from one sender.", True),
    Row("FC204", "The trust treated 3,100 patients in July. Of these, 3,250 were seen within a "
        "day.", True),
    Row("FC204", "The appeal brought in £18,000, and £21,000 of that came from one family.",
        True),
    Row("FC204", "Rangers have won 22 games this season, 25 of them at home.", True),
    Row("FC204", "Customs seized 64 parcels at the port, 40 of them from one sender.", False),
    Row("FC204", "The trust treated 3,100 patients in July. Of these, 2,950 were seen within a "
        "day.", False),
    Row("FC204", "The appeal brought in £18,000, and £12,000 of that came from one family.",
        False),
    Row("FC204", "Customs seized 64 parcels and 12 lorries at the port, 30 of them from one "
        "sender.", False),
    Row("FC204", "The club fielded 9 teams last year. Of these, 14 players joined from "
        "abroad and 30 left.", False),
    # FC204, a whole that includes its part
    Row("FC204", "The estate's 900 acres include 1,200 acres of ancient woodland.", True),
    Row("FC204", "The budget of €40 million includes €46 million for new trains.", True),
    Row("FC204", "A squad of 26 players including 31 players from abroad flew out on Monday.",
        True),
    Row("FC204", "The estate's 900 acres include 120 acres of ancient woodland.", False),
    Row("FC204", "The budget of €40 million includes €6 million for new trains.", False),
    # the kind names its whole by its head noun (factcheck.checks._kinds): "electric vans"
    # are vans, so the 40 vans are the whole, not the depots
    Row("FC204", "The firm runs 12 depots and 40 vans, including 45 electric vans.", True),
    Row("FC204", "The firm runs 12 depots and 40 vans, including 45 electric vehicles.", False),
    Row("FC204", "The city's 3 stations include 40 platforms.", False),
    Row("FC204", "The depot's fleet of 30 buses includes 34 hybrid vehicles.", True),
    # FC204, a whole that opens its sentence, the part further on
    Row("FC204", "Of the 8,400 tickets printed for the final, the home club sold 9,100.", True),
    Row("FC204", "Of the 212 flights scheduled on Friday, airlines cancelled 260.", True),
    Row("FC204", "Of the £3.2m raised by the appeal, the hospice received £3.9m.", True),
    Row("FC204", "Of the 8,400 tickets printed for the final, the home club sold 6,100.", False),
    Row("FC204", "Of the 212 flights scheduled on Friday, airlines cancelled 60 and delayed "
        "300 passengers.", False),
    Row("FC204", "Of the £3.2m raised by the appeal, the hospice received £1.9m.", False),
    # FC207, a total first and a list after a comma: a list that may leave parts out, so
    # only parts above the total are wrong
    Row("FC207", "The striker has made 40 appearances this year, 26 for her club and 19 for "
        "her country.", True, "45 appearances"),
    Row("FC207", "The port handled 7,300 ships in 2024, 5,100 from Asia and 2,600 from "
        "Europe.", True),
    Row("FC207", "The hospital has 520 beds, 300 for adults and 260 for children.", True),
    Row("FC207", "Firefighters attended 212 callouts last month, 150 in the city and 90 in the "
        "villages.", True),
    Row("FC207", "The striker has made 40 appearances this year, 26 for her club and 14 for "
        "her country.", False),
    Row("FC207", "The port handled 7,300 ships in 2024, 5,100 from Asia and 1,600 from Europe.",
        False),
    Row("FC207", "The firm has 300 staff, 200 women and 150 graduates.", False),
    Row("FC207", "The three tablets measure 8 inches, 10 inches and 13 inches across.", False),
    Row("FC207", "Firefighters attended 212 callouts last month, 150 of them in the city, and "
        "rescued 90 pets.", False),
    # FC207, a word that divides the total: the list is complete
    Row("FC207", "The 60 places are divided between 25 boys and 25 girls.", True),
    Row("FC207", "The €12m bill is shared by €5m from the state, €4m from the region and €1m "
        "from the town.", True),
    Row("FC207", "The assembly's 90 seats are held by 41 Socialists, 30 Liberals and 29 "
        "Greens.", True),
    Row("FC207", "The 60 places are divided between 35 boys and 25 girls.", False),
    Row("FC207", "The €12m bill is shared by €7m from the state, €4m from the region and €1m "
        "from the town.", False),
    Row("FC207", "The assembly's 90 seats are held by 41 Socialists, 30 Liberals and 19 "
        "Greens.", False),
    # FC207, a total after its parts: parts counting their own nouns, changes in percent
    Row("FC207", "The storm felled 31 oaks and 12 beeches in the park, 49 trees in all.", True),
    Row("FC207", "Rail fares go up 2% in January plus 1.5% in July, a combined rise of 6%.",
        True),
    Row("FC207", "The clinic hired 8 nurses and 5 porters this spring, 17 new staff in all.",
        True),
    Row("FC207", "The storm felled 31 oaks and 12 beeches in the park, 43 trees in all.", False),
    Row("FC207", "Rail fares go up 2% in January plus 1.5% in July, a combined rise of 3.5%.",
        False),
    Row("FC207", "The clinic hired 8 nurses and 5 porters this spring, 13 new staff in all.",
        False),
    # FC207, parts over several sentences: one points back, the rest is "the remaining"
    Row("FC207", "The charity runs 240 shops. Of these, 150 are in towns. The remaining 110 "
        "are in villages.", True),
    Row("FC207", "Inspectors visited 96 farms, 60 of which passed. The other 44 were given a "
        "month to improve.", True),
    Row("FC207", "The airline flew 18 jets last year. Of them, 11 were leased; the remaining "
        "9 were owned.", True),
    Row("FC207", "The charity runs 240 shops. Of these, 150 are in towns. The remaining 90 "
        "are in villages.", False),
    Row("FC207", "Inspectors visited 96 farms, 60 of which passed. The other 36 were given a "
        "month to improve.", False),
    Row("FC207", "The airline flew 18 jets last year. Of them, 11 were leased. The other 9 "
        "airlines in the group flew none.", False),
    # FC206, anniversaries from a founding or birth year
    Row("FC206", "The choir, formed in 1972, celebrates its 60th anniversary on Sunday.", True),
    Row("FC206", "Opened in 1999, the museum marks its 20th anniversary with a free day.", True),
    Row("FC206", "The gallery was established in 1961. It marks its 70th anniversary this "
        "month.", True),
    Row("FC206", "The choir, formed in 1972, celebrates its 53rd anniversary on Sunday.", False),
    Row("FC206", "Opened in 1999, the museum marks its 26th anniversary with a free day.", False),
    Row("FC206", "The gallery was established in 1961 and hosted its 70th exhibition this "
        "month.", False),
    # FC206, a bare age: "At 41, he", "died at 84", "is now 61"
    Row("FC206", "Lena Moss was born in Derby in 1988. At 45, she leads the party.", True),
    Row("FC206", "The sculptor Anton Reyes (1911-1990) died at 91 in Lisbon.", True),
    Row("FC206", "Born in 1960, the coach is now 71 and still on the touchline.", True),
    Row("FC206", "Lena Moss was born in Derby in 1988. At 37, she leads the party.", False),
    Row("FC206", "The sculptor Anton Reyes (1911-1990) died at 78 in Lisbon.", False),
    Row("FC206", "Born in 1960, the coach now has 71 players in his academy.", False),
    # FC206, an age at an undated event ("at N" inside its clause) may be any age up to
    # the age now (as of 2025-10-01), never above it
    Row("FC206", "Born in 1975, the chef opened her first restaurant at 58.", True),
    Row("FC206", "Tomas Reid, born in 1990, won his first title at 41 in Vienna.", True),
    Row("FC206", "The novelist was born in 1980 and published her debut at 52.", True),
    Row("FC206", "Mira Holt was born in 1970 and, at 71, is the oldest rower in the club.",
        True),
    Row("FC206", "Born in 1966, the keeper, at 37, still plays every week.", True),
    Row("FC206", "Born in 1940, he ran his first marathon at 34 and still races.", False),
    Row("FC206", "Mira Holt was born in 1970 and, at 55, is the oldest rower in the club.",
        False),
    Row("FC206", "Born in 1975, the chef opened her first restaurant at 28.", False),
    Row("FC206", "Tomas Reid, born in 1990, won his first title at 19 in Vienna.", False),
    Row("FC206", "The novelist was born in 1980 and published her debut at 45.", False),
    # FC206, a wait since the last time; years ago; elected or appointed in a year
    Row("FC206", "The club ended a 30-year drought on Sunday, having last won the cup in "
        "2011.", True),
    Row("FC206", "The bridge collapsed in 1984, 25 years ago this month.", True),
    Row("FC206", "Judge Amira Kaye, appointed in 2019, has sat on the bench for 15 years.",
        True),
    Row("FC206", "The club ended a 14-year drought on Sunday, having last won the cup in "
        "2011.", False),
    Row("FC206", "The bridge collapsed in 1984, 41 years ago this month.", False),
    Row("FC206", "Judge Amira Kaye, appointed in 2019, has sat on the bench for 5 years.",
        False),
    Row("FC206", "The club, which last won the cup in 2011, has played in the league for 30 "
        "years.", False),
    # FC205: a share after "from", "than" or "compared with" is the same share at another
    # time, not another part of the whole
    Row("FC205", "The firm said 78% of the price will be paid in cash, up from 50%.", False),
    Row("FC205", "Some 64% of the fee is now paid upfront, compared with 45% under the old "
        "deal.", False),
    Row("FC205", "About 58% of the shares are held abroad, more than the 51% of 2019.",
        False),
    # shares by ellipsis that each name a manner ('in cash', 'in shares'): the verb left
    # out before the preposition (round 27, factcheck.checks._gapping)
    Row("FC205", "The firm said 78% of the price will be paid in cash and 50% in "
        "shares.", True),
    # FC205, shares by ellipsis after the one that names the whole
    Row("FC205", "Coal supplied 48% of the island's electricity, oil 37% and wind 22%.", True),
    Row("FC205", "The home side had 58% of the ball at the break; the visitors had 49%.",
        True),
    Row("FC205", "Of last year's graduates, 61% found jobs, 27% went on to study and 19% are "
        "still looking.", True),
    Row("FC205", "Coal supplied 48% of the island's electricity, oil 37% and wind 12%.", False),
    Row("FC205", "The home side had 58% of the ball at the break; the visitors had 42%.",
        False),
    Row("FC205", "Coal supplied 48% of the island's electricity, up from 45% a decade ago.",
        False),
    Row("FC205", "Coal supplied 68% of the island's electricity in 2024 and 71% in 2015.",
        False),
    Row("FC205", "The home side had 58% of the ball and scored with 60% of its shots.", False),
    # FC205, shares over several sentences, held by different holders or "a further"
    Row("FC205", "The Greens won 47% of the vote in Oakham. Labour took 36%. The Liberals came "
        "third with 22%.", True),
    Row("FC205", "Three in five nurses work days. A further 30% work nights, and 25% work "
        "both.", True),
    Row("FC205", "The mayor won 52% of the ballots. Her rival took 51%.", True),
    Row("FC205", "Mayor Ruiz won 52% of the ballots. Councillor Odell took 51%.", True),
    Row("FC205", "The Greens won 47% of the vote in Oakham. Labour took 36%. The Liberals came "
        "third with 12%.", False),
    Row("FC205", "Three in five nurses work days. A further 30% work nights, and 5% work "
        "both.", False),
    Row("FC205", "The mayor won 52% of the ballots. Her party won 61% of the seats.", False),
    Row("FC205", "The mayor won 52% of the ballots. Four years ago she took 58%.", False),
    Row("FC205", "In 2010, 45% of homes in the county had broadband. In 2024, 70% had it.",
        False),
    miss(Row("FC205", "In 2024, 70% of homes had broadband, and 40% used fibre.", False),
         NESTED),
    # FC204, a possessed whole, then a bare count of the same noun in its sentence
    Row("FC204", "The choir's 64 singers rehearsed on Monday, and 70 singers stayed late.",
        True),
    Row("FC204", "Its 120 employees were told on Friday; 150 employees will lose their jobs.",
        True),
    Row("FC204", "The school's 900 pupils sat the test, but 990 pupils failed it.", True),
    Row("FC204", "The firm's 300 staff are on strike, and 400 staff joined them from Beta.",
        False),
    Row("FC204", "The choir's 64 singers rehearsed on Monday, and 40 singers stayed late.", False),
    Row("FC204", "The choir's 64 singers rehearsed on Monday, and 70 singers in 2026 will.",
        False),
    Row("FC204", "The choir's 64 singers and the band's 70 singers performed together.", False),
    Row("FC204", "The choir's 64 singers grew to 70 singers by June.", False),
    # FC204, a percentage singled out of a share
    Row("FC204", "Imports met 35% of the country's gas demand, with Norway alone supplying 41%.",
        True),
    Row("FC204", "Women made up 30% of the workforce, including 34% who work part time.", True),
    Row("FC204", "Cars caused 60% of the city's emissions, with diesel cars alone emitting 72%.",
        True),
    Row("FC204", "Imports met 35% of the country's gas demand, with Norway alone supplying 21%.",
        False),
    Row("FC204", "Women made up 30% of the workforce, including 54% in the north.", False),
    Row("FC204", "Cars caused 60% of the city's emissions, with diesel cars alone emitting 72% "
        "of the soot.", False),
]


test_row = row_test(ROWS)


@pytest.mark.parametrize(("text", "then"), [
    # an age its frame dates to that year counts to it (fc206 counted_to)
    ("Lopez was born in 1950 and died in 2020 aged 60.", "From 1950 to 2020 the age is 69 "
     "or 70 years"),
    ("Born in 1931, the painter retired in 1990 aged 75.", "From 1931 to 1990 the age is 58 "
     "or 59 years"),
    # "at the age of 80" is an age in years, as "aged 80" is (extract, round 12)
    ("The poet, born in 1902, died in 1967 at the age of 80.", "From 1902 to 1967 the age "
     "is 64 or 65 years"),
])
def test_an_age_beside_a_later_year_is_worked_out_to_that_year_too(text: str, then: str
                                                                    ) -> None:
    (finding,) = [f for f in check(text, as_of=AS_OF).findings if f.code == "FC206"]
    assert then in finding.message
