"""Round 10 rows (issue 15), our own sentences; AS_OF is 2025-10-01.

FC204: a part whose word after it is a verb, not a noun ("Of those, 540 walk ..."): the
part counts its whole's thing (the head of its frame's measure is not that word).
FC204: a part that counts a group of the people its whole counts ("saw 240 patients,
including 260 women"), not a thing holding people ("30 families, including 70 children").
FC204: the whole written after its part, in a clause that names the holder the part's
possessive names ("41 of the ward's nurses. The ward has 36 nurses in total").
FC207: the rest of a whole after parts its sentence says the whole includes, each with
a noun of its own ("The 40 buses include 12 electric models and 15 hybrids. The other
20 ...").
FC207: a whole's amount and, in the next sentence, its payers in clauses that leave the
verb out ("Sponsors cover $410,000 and ticket sales $300,000"); not parts under the
whole's own verb ("The pool cost £2.5m and the gym £1.9m": peers).
FC207: a total that breaks down into a list; the first item of such a list is no total
of the items after it ("split between 1,200 in the stands, 1,100 on the floor and 700
in boxes": 1,100 + 700 is no sum of 1,200).
FC207: a colon that closes the total's clause, however far from the total ("Sixteen
staff were honoured at the awards night in the town hall: nine nurses, ...").
FC207: the verb written once before a list, the first figure a sibling of the items, not
their total ("Of the grant, £21.4m goes to care, £12.1m to schools and £9.8m to roads").
FC206: a span before "after" an event in a named year, the other end a day of the
story's week or the one year of the main clause ("Twelve years after the bridge fell in
2019, a new one opened on Friday")."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC204: a verb after the part
    Row("FC204", "Harwood Academy has 515 pupils. Of those, 540 walk to school.", True),
    Row("FC204", "The league has 20 clubs, and of those, 24 play on artificial pitches.", True),
    Row("FC204", "Greywell sent 64 runners to the relay; of those, 70 finished inside an hour.",
        True),
    Row("FC204", "The rota lists 45 drivers. Of these, 52 work nights and weekends.", True),
    miss(Row("FC204", "Of the 212 tenants, 230 pay by direct debit.", True),
         "the parse reads 'pay' as the noun the part counts"),
    Row("FC204", "Harwood Academy has 515 pupils. Of those, 340 walk to school.", False),
    Row("FC204", "The league has 20 clubs, and of those, 14 play on artificial pitches.", False),
    Row("FC204", "Greywell sent 64 runners to the relay; of those, 51 finished inside an hour.",
        False),
    Row("FC204", "Of the firm's 50 stores, 60 employees work weekends.", False),
    # FC204: a group of the people its whole counts ("including 260 women")
    Row("FC204", "The clinic treated 240 patients last month, including 260 women.", True),
    Row("FC204", "Ferry crews rescued 85 passengers, among them 90 children.", True),
    Row("FC204", "Police questioned 64 residents, including 70 teenagers.", True),
    Row("FC204", "Flooding forced 500 people from their homes, including 620 children.", True),
    Row("FC204", "The clinic treated 240 patients last month, including 160 women.", False),
    Row("FC204", "Ferry crews rescued 85 passengers, among them 30 children.", False),
    Row("FC204", "The charity housed 30 families, including 70 children.", False),
    Row("FC204", "The 40 flats house 120 residents, including 70 children.", False),
    # FC204: the whole written after its part, by the holder the part names
    Row("FC204", "Volunteers planted 300 of the park's trees. The park has 250 trees in "
        "total.", True),
    Row("FC204", "Night shifts account for 41 of the ward's nurses. The ward has 36 nurses in "
        "total.", True),
    Row("FC204", "Penalties brought 12 of the club's goals this season. The club scored 10 "
        "goals in all.", True),
    Row("FC204", "Rooftop panels supplied 410 of the island's homes in 2024. The island had "
        "380 homes in 2024.", True),
    Row("FC204", "Night shifts account for 21 of the ward's nurses. The ward has 36 nurses in "
        "total.", False),
    Row("FC204", "Volunteers planted 300 of the park's trees. The council's other park has "
        "250 trees in total.", False),
    Row("FC204", "Penalties brought 12 of the club's goals last season. The club has scored "
        "10 goals so far this season.", False),
    Row("FC204", "Rooftop panels supplied 410 of the island's homes in 2024. The island had "
        "380 homes in 2014.", False),
    # FC207: parts the whole includes, then the rest
    Row("FC207", "The fleet's 40 buses include 12 electric models and 15 hybrids. The other "
        "20 are diesel.", True),
    Row("FC207", "The school's 56 staff include 30 teachers and 14 assistants. The other 20 "
        "work in the office.", True),
    Row("FC207", "The 90 plots on the allotment include 41 family plots and 30 starter "
        "plots. The remaining 28 are kept for schools.", True),
    Row("FC207", "The fleet's 40 buses include 12 electric models and 15 hybrids. The other "
        "13 are diesel.", False),
    Row("FC207", "The school's 56 staff include 30 teachers and 14 assistants. The other 12 "
        "work in the office.", False),
    Row("FC207", "The 90 plots on the allotment include 41 family plots and 30 starter "
        "plots. The remaining 19 are kept for schools.", False),
    Row("FC207", "The park has 640 trees and 45 benches. The remaining 30 are oaks.", False),
    # FC207: a whole's amount, then its payers in clauses that leave the verb out
    Row("FC207", "The festival budget is $640,000. Sponsors cover $410,000 and ticket sales "
        "$300,000.", True),
    Row("FC207", "The new lifeboat cost €2.1m. The charity paid €1.6m and the harbour board "
        "€0.9m.", True),
    Row("FC207", "The county bought six gritters for $1.4 million. The state put in $900,000 "
        "and the county itself $700,000.", True),
    Row("FC207", "The festival budget is $640,000. Sponsors cover $410,000 and ticket sales "
        "$200,000.", False),
    Row("FC207", "The new lifeboat cost €2.1m. The charity paid €1.6m and the harbour board "
        "€0.5m.", False),
    Row("FC207", "The county bought six gritters for $1.4 million. The state put in $900,000 "
        "and the county itself $500,000.", False),
    Row("FC207", "The hall will cost £3.8m. The pool cost £2.5m and the gym £1.9m.", False),
    Row("FC207", "The hall will cost £3.8m. The pool cost £2.5m and the gym cost £1.9m.",
        False),
    # FC207: a total that "breaks down" into its list (a form of the class "split")
    Row("FC207", "The $12.1m harbour scheme breaks down into $6.4m for the sea wall, $3.9m "
        "for dredging and $2.8m for a new slipway.", True),
    Row("FC207", "The 3,000 seats in the arena break down as 1,200 in the stands, 1,100 on "
        "the floor and 1,300 in boxes.", True),
    Row("FC207", "Last year the charity spent £86,000, which breaks down into £50,000 on food "
        "and £30,000 on rent.", True),
    Row("FC207", "The $12.1m harbour scheme breaks down into $6.4m for the sea wall, $2.9m "
        "for dredging and $2.8m for a new slipway.", False),
    Row("FC207", "The 3,000 seats in the arena break down as 1,200 in the stands, 1,100 on "
        "the floor and 700 in boxes.", False),
    Row("FC207", "The 3,000 seats in the arena are split between 1,200 in the stands, 1,100 "
        "on the floor and 700 in boxes.", False),
    Row("FC207", "Last year the charity spent £86,000, which breaks down into £56,000 on food "
        "and £30,000 on rent.", False),
    # FC207: a colon that closes the total's clause, far from the total
    Row("FC207", "Sixteen staff were honoured at the annual awards night in the town hall: "
        "nine nurses, four porters and two cleaners.", True),
    Row("FC207", "Twelve people were hurt when a wall fell in the market square on Sunday: "
        "six seriously and four with cuts.", True),
    Row("FC207", "Eleven lorries were stopped by police at the crossing near Dover on Monday: "
        "six from Poland, three from Spain and three from Italy.", True),
    Row("FC207", "Sixteen staff were honoured at the annual awards night in the town hall: "
        "nine nurses, four porters and three cleaners.", False),
    Row("FC207", "Twelve people were hurt when a wall fell in the market square on Sunday: "
        "eight seriously and four with cuts.", False),
    Row("FC207", "Eleven lorries were stopped by police at the crossing near Dover on Monday: "
        "six from Poland, three from Spain and two from Italy.", False),
    # FC206: N years after an event in a year, the other end now or the main clause's year
    Row("FC206", "Eight years after the mill closed in 2020, its chimney was demolished on "
        "Tuesday.", True),
    Row("FC206", "Twenty years after she first stood for the council in 2016, Ms Obi retired "
        "yesterday.", True),
    Row("FC206", "Fifteen years after the ferry sank in 2001, divers raised its bell in 2012.",
        True),
    Row("FC206", "Ministers met on Friday, 12 years after the treaty was signed in 2019.", True),
    Row("FC206", "Five years after the mill closed in 2020, its chimney was demolished on "
        "Tuesday.", False),
    Row("FC206", "Nine years after she first stood for the council in 2016, Ms Obi retired "
        "yesterday.", False),
    Row("FC206", "Eleven years after the ferry sank in 2001, divers raised its bell in 2012.",
        False),
    Row("FC206", "Two years after the club was founded in 1901, it won the cup on a "
                 "Saturday.", False),
    Row("FC206", "Two years after the club was founded in 1901, it won its first league "
        "title.", False),
    Row("FC206", "On Monday MPs debated the inquiry, which reported two years after the fire "
        "in 2017.", False),
    # FC207: the verb written once, the first figure a sibling of the list, not its total
    # (a new user's trial: "Of the total, £21.4m goes to social care, £12.1m to ...")
    Row("FC207", "Of the grant, £21.4m goes to social care, £12.1m to schools and £9.8m to "
        "roads.", False),
    Row("FC207", "Of the harvest, 40 tonnes went to Leeds, 35 tonnes to York and 30 tonnes "
        "to Hull.", False),
    Row("FC207", "Last season 16 players came from the academy, 9 from other clubs and 8 "
        "from abroad.", False),
    # the total before a comma keeps its list: a sum above it is wrong
    Row("FC207", "The club scored 31 goals this season, 18 in the league and 19 in the cup.",
        True),
    Row("FC207", "The ward treated 140 patients last month, 90 in the day unit and 70 on "
        "the wards.", True),
    Row("FC207", "The firm hired 120 staff this year, 80 in Leeds and 60 in York.", True),
    miss(Row("FC207", "The ward treated 140 patients in May, 90 in the day unit and 70 on "
             "the wards.", True),
         "the total's own 'in May' reads as the label word of a sibling ('90 in ...')"),
    Row("FC207", "The ward treated 140 patients last month, 90 in the day unit and 40 on "
        "the wards.", False),
    # FC206: an age its frame dates to one past year counts to that year ("born in 1945
    # and died in 2020, aged 80": 74 or 75), not to the draft's (a new user's trial)
    Row("FC206", "Marta Quell was born in 1938 and died in 2019, aged 90.", True),
    Row("FC206", "The poet, who was born in 1951, died in 2016 aged 58.", True),
    Row("FC206", "Born in 1930, the architect died in 2008 at the age of 85.", True),
    Row("FC206", "Marta Quell was born in 1938 and died in 2019, aged 81.", False),
    Row("FC206", "The poet, who was born in 1951, died in 2016 aged 65.", False),
    Row("FC206", "Born in 1930, the architect died in 2008 at the age of 77.", False),
    # FC206: a full date of birth gives one age on the draft's date (AS_OF 2025-10-01), not
    # two (a new user's trial: "born on 3 March 1990, is 34")
    Row("FC206", "Ines Marlow, born on 14 February 1988, is 36.", True),
    Row("FC206", "The striker, born on November 20, 1999, is 26.", True),
    Row("FC206", "Born on 2 May 1975, Okafor is 49 and has led the firm since 2010.", True),
    Row("FC206", "Ines Marlow, born on 14 February 1988, is 37.", False),
    Row("FC206", "The striker, born on November 20, 1999, is 25.", False),
    Row("FC206", "Born in May 1975, Okafor is 49 and has led the firm since 2010.", False),
]


test_round10_parts_rows = row_test(ROWS)
