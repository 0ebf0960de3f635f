"""Issue 15, third round, FC201, FC203, FC206 and FC302: the classes blind set 3 showed
missing, by mechanism. Each class has five or more rows in our own words that fire and
three or more near-twins that must not (same table shape as test_phrasing_rows.py)."""

from __future__ import annotations

from tests.checks.rows import Row, row_test

ROWS = [
    # A figure "by" a verb with the ends of the change after it in its clause is a change,
    # whatever the verb (factcheck.frames.role): the levels give its direction
    Row("FC203", "The bypass cuts the school run by 12 minutes, from 47 minutes to 41 "
        "minutes.", True),
    Row("FC203", "The new timetable stretches the last ferry's crossing by 25 minutes, from "
        "70 minutes to 80 minutes.", True),
    Row("FC203", "Widening the lane trims the queue at the lights by 140 metres, from 600 "
        "metres to 520 metres.", True),
    Row("FC302", "The council nudged its reserve ratio by 2%, from 9% to 11%, last spring.",
        True),
    Row("FC302", "Turnout among first-time voters moved by 4.5% this time, going from 31% "
        "to 35.5%.", True),
    # within the levels' bands (70.5 to 68.5) a 3 per cent fall is also the relative
    # change, so FC302 cannot tell points from percent (round 6: the Tolerance rule)
    Row("FC302", "Their graduate retention rate slipped by 3 per cent, from 71 per cent to "
        "68 per cent.", False),
    Row("FC203", "The bypass cuts the school run by 6 minutes, from 47 minutes to 41 "
        "minutes.", False),
    Row("FC302", "The council nudged its reserve ratio by 2 percentage points, from 9% to "
        "11%, last spring.", False),
    Row("FC302", "Turnout among first-time voters moved by 14.5% this time, going from 31% "
        "to 35.5%.", False),
    Row("FC203", "Widening the lane trims the queue at the lights by 80 metres, from 600 "
        "metres to 520 metres.", False),
    Row("FC203", "The route was walked by 300 people, from Leeds to York.", False),
    # The level before in the sentence before, when the frames date it before the change
    # (its period starts no later and ends earlier) and nothing in the change's sentence
    # names another base (factcheck.checks._levels_before.dated_before)
    Row("FC302", "The jobless rate was 6.2% in January. By June it had fallen by 1.4%, to "
        "4.8%.", True),
    Row("FC302", "Bus punctuality stood at 81% in 2023. It has since risen 7 per cent, to "
        "88 per cent.", True),
    Row("FC203", "The price of a loaf was 95p in March. Since then the price has gone up by "
        "30p, to £1.05.", True),
    Row("FC203", "Stocks at the reservoir stood at 410 million litres in May. By August they "
        "had fallen by 40 million litres, to 310 million litres.", True),
    Row("FC203", "Membership of the choir was 120 in 2022. It has since grown 40%, to 150.",
        True),
    Row("FC302", "Home ownership among under-35s was 38% in 2019. Since then it has slipped "
        "by 5%, to 33%.", True),
    Row("FC302", "The jobless rate was 6.2% in July. By June it had fallen by 1.4%, to 4.8%.",
        False),
    Row("FC203", "The price of a loaf was 95p in March and £1.10 in April. Since then the "
        "price has gone up by 30p, to £1.05.", False),
    Row("FC203", "Membership of the choir was 120 in 2022. It has since grown 40% from its "
        "low, to 150.", False),
    Row("FC203", "Membership of the choir was 120 in 2024. Since 2019 it has grown 40%, to "
        "150.", False),
    Row("FC203", "Stocks at the reservoir stood at 410 million litres in May. By August they "
        "had fallen by 100 million litres, to 310 million litres.", False),
    Row("FC302", "Home ownership among under-35s was 38% in 2019. Since then it has slipped "
        "by 13%, to 33%.", False),
    # FC206: a start verb with its object or role between it and the year ("opened its
    # doors in 1961", "elected mayor in"), and the starts of a marriage, a law, a
    # membership (factcheck.checks._dates); a span set off before "since" is the whole
    # time since ("for nine years, since ...")
    Row("FC206", "The Rialto cinema, which opened its doors in 1938, is marking its 60th "
        "anniversary with free screenings.", True),
    Row("FC206", "Dana Oyelaran has run the council for six years, since she was elected "
        "mayor in 2011.", True),
    Row("FC206", "Wed in 1975, the Harkers marked 40 years together with a dinner in "
        "August.", True),
    Row("FC206", "The 9-year-old statute, passed in 1996, will be rewritten next year.",
        True),
    Row("FC206", "Lowry has played in goal for the club for 19 years, since he joined it "
        "in 2013.", True),
    Row("FC206", "The ferry company, which launched its first route in 1990, celebrates "
        "its 25th anniversary this month.", True),
    Row("FC206", "The Rialto cinema, which opened its doors in 1938, is marking its 87th "
        "anniversary with free screenings.", False),
    Row("FC206", "Dana Oyelaran has run the council for 14 years, since she was elected "
        "mayor in 2011.", False),
    Row("FC206", "Wed in 1975, the Harkers marked 50 years together with a dinner in 2025.",
        False),
    Row("FC206", "The 29-year-old statute, passed in 1996, will be rewritten next year.",
        False),
    Row("FC206", "The singer passed away in 2019, and the band has toured for 12 years "
        "without her.", False),
    # FC206: a "birthday" counts from a founding as well as from a birth
    Row("FC206", "The lifeboat station, established in 1860, held its 150th birthday "
        "party on the quay.", True),
    Row("FC206", "Built in 1925, the lido threw a party for its 90th birthday in June.",
        True),
    Row("FC206", "The choir, formed in 1979, sang at its 40th birthday concert this week.",
        True),
    Row("FC206", "Founded in 2001, the charity celebrated its 30th birthday on Friday.", True),
    Row("FC206", "The market hall, opened in 1895, is planning its 120th birthday fair.",
        True),
    Row("FC206", "The lifeboat station, established in 1860, held its 165th birthday "
        "party on the quay.", False),
    Row("FC206", "Built in 1925, the lido threw a party for its 100th birthday in June.",
        False),
    Row("FC206", "The choir, formed in 1979, sang at its 46th birthday concert this week.",
        False),
    # FC206: an age counts from the one birth among several starts in its sentence, and
    # from a birth written after it ("who turned 60 in August, was born in 1974")
    Row("FC206", "Ines Vidal, who turned 70 in May, was born in 1961 and has chaired the "
        "trust since 2015.", True),
    Row("FC206", "Kemal Aydin, 48, was born in 1962 and joined the police in 1985.", True),
    Row("FC206", "Priya Nair, who is 39, was born in 1975 and has coached since 2010.", True),
    Row("FC206", "Tom Reyes, who turned 55 last month, was born in 1950 and opened the shop "
        "in 1990.", True),
    Row("FC206", "Ines Vidal, who turned 64 in May, was born in 1961 and has chaired the "
        "trust since 2015.", False),
    Row("FC206", "Kemal Aydin, 63, was born in 1962 and joined the police in 1985.", False),
    Row("FC206", "Ines Vidal, who turned 70 in May, said her mother was born in 1961.",
        False),
    Row("FC206", "Priya Nair, who is 39, said the club was founded in 1975 and she has "
        "coached since 2010.", False),
    # FC206: a span set between two years its sentence names: "after N years" with two
    # years before it (the first a start), "N years after" with one year in its clause and
    # one before it; decades count in years (factcheck.checks._took)
    Row("FC206", "Digging the canal started in 1890 and ended in 1898, after 14 years of "
        "labour.", True),
    Row("FC206", "Work on the cathedral began in 1902 and was completed in 1931, after "
        "nearly 50 years.", True),
    Row("FC206", "The chapel reopened in 2019, two decades after it was boarded up in "
        "2012.", True),
    Row("FC206", "The derby returned to the city in 2022, 30 years after the last one was "
        "played there in 2001.", True),
    Row("FC206", "Rail services came back in 2016, 12 years after the branch line shut in "
        "1998.", True),
    Row("FC206", "Digging the canal started in 1890 and ended in 1898, after eight years of "
        "labour.", False),
    Row("FC206", "The chapel reopened in 2019, seven years after it was boarded up in 2012.",
        False),
    Row("FC206", "In 2010, after 5 years in Paris, he moved to Rome in 2012.", False),
    Row("FC206", "She won gold in 2021, 12 years after her debut, and retired in 2023.",
        False),
    # FC206: an age in words after "now" or "turns" against the birth in its sentence
    # (factcheck.checks._worded_ages)
    Row("FC206", "Now sixty-two, Ana Brook was born in 1970 above her parents' bakery.",
        True),
    Row("FC206", "Born in 1941, the former goalkeeper turns ninety next month.", True),
    Row("FC206", "Colm Reid, who was born in 1988 in Sligo, is now forty-five.", True),
    Row("FC206", "The poet, born in 1932, will turn eighty in the spring.", True),
    Row("FC206", "Born in 1979, Suki Hale is now thirty and still racing.", True),
    Row("FC206", "Now fifty-five, Ana Brook was born in 1970 above her parents' bakery.",
        False),
    Row("FC206", "Born in 1941, the former goalkeeper turns eighty-five next month.", False),
    Row("FC206", "Colm Reid, who was born in 1988 in Sligo, turned forty-five in 2033.",
        False),
    Row("FC206", "Her father was born in 1941. Now sixty, she runs the farm.", False),
    # FC201: the parse sets the restatement beside the figure (an apposition) even when
    # the figure's noun phrase holds "and" (factcheck.frames.relations)
    Row("FC201", "The trust bought 2,000 acres of bog and heath, some 2,400 hectares, last "
        "winter.", True),
    Row("FC201", "They dredged 900 cubic yards of mud and shingle, about 300 cubic metres, "
        "from the harbour.", True),
    Row("FC201", "The fire crossed 12 miles of forest and scrub, roughly 30 kilometres, "
        "overnight.", True),
    Row("FC201", "The trust bought 2,000 acres of bog and heath, some 800 hectares, last "
        "winter.", False),
    Row("FC201", "They dredged 900 cubic yards of mud and shingle, about 690 cubic metres, "
        "from the harbour.", False),
    Row("FC201", "The fire crossed 12 miles of forest and scrub, roughly 19 kilometres, "
        "overnight.", False),
    # FC201: "That is ..." opening the next sentence restates the last figure before it
    Row("FC201", "The new pier will run 640 metres out to sea. That is roughly 1,200 feet "
        "of decking.", True),
    Row("FC201", "Rainfall at the summit reached 300 millimetres. That's about 30 inches, "
        "the forecaster said.", True),
    Row("FC201", "The crane can lift 40 tonnes. That is about 4,000 kilograms.", True),
    Row("FC201", "The wall stands 12 feet high. That is almost 9 metres.", True),
    Row("FC201", "The lake covers 45 square kilometres. That is about 4 square miles of "
        "water.", True),
    Row("FC201", "The new pier will run 640 metres out to sea. That is roughly 2,100 feet "
        "of decking.", False),
    Row("FC201", "The wall stands 12 feet high. That is almost 4 metres.", False),
    Row("FC201", "The new pier will run 640 metres out to sea. That is 3 miles from the "
        "old one.", False),
    Row("FC201", "The lake covers 45 square kilometres. That is 4 square miles more than "
        "last year.", False),
    # FC201: alone in brackets, a restatement in a kind built on the same base quantity
    # is another kind of quantity, whatever its number
    Row("FC201", "The quay is 210 metres (690 square feet) long.", True),
    Row("FC201", "The new reservoir holds 40 cubic metres (140 feet) of water.", True),
    Row("FC201", "The lorry covered 300 km (186 mph) before the border.", True),
    Row("FC201", "The field is 4 hectares (200 metres) in size.", True),
    Row("FC201", "Crews laid 15 miles (24 square kilometres) of cable.", True),
    Row("FC201", "The quay is 210 metres (690 feet) long.", False),
    Row("FC201", "The plot covers 400 square metres (20 metres wide).", False),
    Row("FC201", "The lorry covered 300 km (186 miles) before the border.", False),
    # FC206: an age in the sentence after the birth, when that sentence opens with a
    # pronoun or the person's surname and no other person's word leads to the birth
    Row("FC206", "Bea Lindqvist was born in Malmo in 1958. Lindqvist is 49 and still "
        "teaches.", True),
    Row("FC206", "The striker Joel Amadi was born in 1999. He is 31, and out of contract.",
        True),
    Row("FC206", "Marta Sole was born in 1970 in Girona. She is 46.", True),
    Row("FC206", "Judge Peter Hale was born in 1948. Hale was 81 when he retired last "
        "month.", True),
    Row("FC206", "Ken Ito was born in 1990. Ito is 29 and runs the family firm.", True),
    Row("FC206", "Bea Lindqvist was born in Malmo in 1958. Lindqvist is 67 and still "
        "teaches.", False),
    Row("FC206", "Her father was born in 1940. She is 45.", False),
    Row("FC206", "His sister was born in 1990. Ito is 29 and runs the family firm.", False),
    Row("FC206", "Ken Ito was born in 1990. Ito is 35 and runs the family firm.", False),
    # FC203: a change whose base is a time ("from a week earlier", "on the month") and
    # whose frame names neither level: from that time's level ("when it stood at ...", or
    # the next sentence after a pronoun) to the level it restates
    # (factcheck.checks._base_time)
    Row("FC203", "The Corran index finished at 3,410 on Tuesday, up 5.2% from a month "
        "earlier, when it was at 3,300.", True),
    Row("FC203", "Footfall reached 18,200 in the week, 9% lower than a year ago, when it "
        "was 19,100.", True),
    Row("FC203", "The Delta 30 closed at 2,115. That was down 3.9% on the week, when it had "
        "ended at 2,140.", True),
    Row("FC203", "Ticket sales hit 44,000 in May, up 20% on the year. They had been 40,000 "
        "a year before.", True),
    Row("FC203", "Gold ended at $2,480 an ounce, 7% higher than a month ago, when it sold "
        "for $2,440 an ounce.", True),
    Row("FC203", "The Corran index finished at 3,410 on Tuesday, up 3.3% from a month "
        "earlier, when it was at 3,300.", False),
    Row("FC203", "Footfall reached 18,200 in the week, 4.7% lower than a year ago, when it "
        "was 19,100.", False),
    Row("FC203", "Ticket sales hit 44,000 in May, up 20% on the year. They had been 36,700 "
        "a year before.", False),
    Row("FC203", "Ticket sales hit 44,000 in May, up 20% on the year, with 9,000 sold "
        "online and 2,000 at the door.", False),
    # FC203: a dated change that states no level, with both levels in the next sentence,
    # one dated to the change's start or before, the other to its end or undated
    # (factcheck.checks._base_time.next_levels)
    Row("FC203", "Bookings at the campsite rose 30% in July. The owners took 460 bookings "
        "that month, against 410 in June.", True),
    Row("FC203", "The village has lost half its pubs since 2010. It had 14 in 2010 and has "
        "10 now.", True),
    Row("FC203", "Rail journeys doubled in 2024. There were 1.4 million in January 2024 "
        "and 1.9 million in December.", True),
    Row("FC203", "Burglaries in the district fell 25% in 2023. There were 610 burglaries "
        "that year, against 700 in 2022.", True),
    Row("FC203", "Hospital admissions climbed 18% in 2024. There were 3,900 admissions "
        "that year, against 3,600 in 2023.", True),
    Row("FC203", "Bookings at the campsite rose 12% in July. The owners took 460 bookings "
        "that month, against 410 in June.", False),
    Row("FC203", "Bookings at the campsite rose 30% in July from a year earlier. The owners "
        "took 460 bookings that month, against 410 in June.", False),
    Row("FC203", "The village has lost a third of its pubs since 2010. It had 15 in 2010 and "
        "has 10 now.", False),
    Row("FC203", "Burglaries in the district fell 13% in 2023. There were 610 burglaries "
        "that year, against 700 in 2022.", False),
    # FC203: an absolute change restated in percent, with its level after just before it
    # ("closed at 3,420, down 85 points, or 2.4%")
    Row("FC203", "The Tarn 50 ended the session at 7,210, having gained 150 points, or "
        "4.1%.", True),
    Row("FC203", "The index closed at 3,420 on Friday, down 85 points, or 4.5%.", True),
    Row("FC203", "The share price settled at $81, up $3, or 9%.", True),
    Row("FC203", "The club's membership now stands at 1,240, after losing 160 members, or "
        "25%.", True),
    Row("FC203", "The reservoir sits at 62 metres, having dropped 4 metres, or 1%, since "
        "June.", True),
    Row("FC203", "The Tarn 50 ended the session at 7,210, having gained 150 points, or "
        "2.1%.", False),
    Row("FC203", "The index closed at 3,420 on Friday, down 85 points, or 2.4%.", False),
    Row("FC203", "The club's membership now stands at 1,240, after losing 160 members, or "
        "11%.", False),
    # FC206: a thing's age "is now N years old" after its founding, signing or opening;
    # a wait that a win ends ran up to it, not from it
    Row("FC206", "Opened to the public in 1990, the aquarium is now 40 years old.", True),
    Row("FC206", "The accord, signed in 1975, is 45 years old.", True),
    Row("FC206", "The chapel, consecrated in 1890, is now 100 years old.", True),
    Row("FC206", "The statue was unveiled in 1999 and is now 12 years old.", True),
    Row("FC206", "The frigate, commissioned in 2004, is 30 years old.", True),
    Row("FC206", "Opened to the public in 1990, the aquarium is now 35 years old.", False),
    Row("FC206", "The accord, signed in 1975, is 50 years old.", False),
    Row("FC206", "The statue was repaired in 1999 and is now 80 years old.", False),
    Row("FC206", "Kirby last won the title in 2011, ending a 20-year wait.", False),
    Row("FC206", "Their last league win came in 1998, which broke a 15-year drought.", False),
    Row("FC206", "Kirby last won the title in 2011, and the 20-year wait goes on.", True),
    Row("FC206", "Kirby last won the title in 2011, so Sunday's victory ended a 20-year "
        "wait.", True),
    # FC201: a restatement set off by dashes, or by commas right after the figure with a
    # word of restating ("500 Nm, about 370 lb-ft, of torque")
    Row("FC201", "The causeway runs 9 miles - about 25 km - across the flats.", True),
    Row("FC201", "The saloon puts out 400 Nm, about 500 lb-ft, of torque.", True),
    Row("FC201", "The glacier lost 40 metres, some 300 feet, of ice in a decade.", True),
    Row("FC201", "She swam 5 km — roughly 6 miles — in open water.", True),
    Row("FC201", "The mast reaches 150 feet, nearly 80 metres, above the deck.", True),
    Row("FC201", "The causeway runs 9 miles - about 14 km - across the flats.", False),
    Row("FC201", "The saloon puts out 400 Nm, about 295 lb-ft, of torque.", False),
    Row("FC201", "The final leg took 3 hours, 20 minutes.", False),
    Row("FC201", "The line is 40 km, 25 km of it in tunnels.", False),
    # A change in basis points between two percentages is their difference times 100
    Row("FC203", "The bank lifted its deposit rate by 25 basis points, from 4.5% to 5%.",
        True),
    Row("FC203", "Mortgage rates eased 40 basis points in a month, from 6.1% to 5.9%.", True),
    Row("FC203", "The ten-year yield jumped 60 basis points to 4.2% from 3.8% over the "
        "quarter.", True),
    Row("FC203", "Regulators cut the capital buffer by 150 basis points, from 2.5% to 1.5%.",
        True),
    Row("FC203", "The spread narrowed by 15 basis points, from 1.35% to 1.3%, on Friday.",
        True),
    Row("FC203", "The bank lifted its deposit rate by 50 basis points, from 4.5% to 5%.",
        False),
    Row("FC203", "Mortgage rates eased 20 basis points in a month, from 6.1% to 5.9%.", False),
    Row("FC203", "Regulators cut the capital buffer by 100 basis points, from 2.5% to 1.5%.",
        False),
]


test_row = row_test(ROWS)
