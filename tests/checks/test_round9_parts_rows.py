"""Round 9 rows (issue 15): a whole and its parts read over a story, whatever words tie
them. FC204: a kind of the whole's thing (the same head noun with a modifier before it:
factcheck.checks._kinds), tied to the whole's holder by a possessive, a part's frame or
one named subject; a thing that includes a figure, said of the whole in the sentence
before ("It includes ..."). FC207: the rest of a whole when no part points back to it (the
figure that opens the run of its unit is the whole), parts labelled by a place after
them, parts in stretches of time inside the whole's period, and parts as the objects of
one verb repeated with holders of their own. Our own sentences; AS_OF is 2025-10-01."""

from __future__ import annotations

from tests.checks.rows import Row, miss, row_test

ROWS: list[object] = [
    # FC204: a kind of the whole's thing, larger than the whole
    Row("FC204", "Brenton council employs 2,150 staff. Its 2,600 care staff earn the living "
        "wage.", True),
    Row("FC204", "The museum owns 4,200 paintings; its 5,100 Dutch paintings hang in the east "
        "wing.", True),
    Row("FC204", "The zoo has 120 animals. The zoo's 150 farm animals were moved to new pens "
        "this week.", True),
    Row("FC204", "Kelso Coaches runs 64 buses. Kelso Coaches' 71 electric buses were bought "
        "with a grant.", True),
    miss(Row("FC204", "The ward has 36 nurses. Forty-one night nurses walked out on Tuesday.",
             True), "nothing ties the kind to the ward: no possessive, no part, no named "
         "subject (and 'night nurses' may be the hospital's)"),
    miss(Row("FC204", "Dunmore school has 800 pupils. Its 950 sixth-form pupils study in a new "
             "block.", True), "the extractor ends the figure before 'sixth-form pupils'"),
    # near-twins: a smaller kind, another holder, another group, another time
    Row("FC204", "Brenton council employs 2,150 staff. Its 1,600 care staff earn the living "
        "wage.", False),
    Row("FC204", "The orchard has 640 trees. The county has 7,000 apple trees.", False),
    Row("FC204", "The ward has 36 nurses, while St Mary's employs 410 night nurses.", False),
    Row("FC204", "The league has 20 clubs. 24 football clubs applied to join it.", False),
    Row("FC204", "The club has 300 members, and 450 former members came to the reunion.",
        False),
    Row("FC204", "The ward had 36 nurses last year. It has 41 night nurses now.", False),
    Row("FC204", "The fleet has 64 buses, and the rival firm runs 71 electric buses.", False),
    Row("FC204", "The zoo has 120 animals, and its keepers care for 150 farm animals in a "
        "sister park.", False),
    # FC204: a thing that includes a figure, said of the whole in the sentence before
    Row("FC204", "The Fenmoor reserve covers 450 hectares. It includes 620 hectares of "
        "wetland.", True),
    Row("FC204", "The squad of 23 was named on Tuesday. It includes 26 players from abroad.",
        True),
    Row("FC204", "The £2.4m refit began in May. The refit includes £2.9m for a new roof.",
        True),
    Row("FC204", "The Fenmoor reserve covers 450 hectares. It includes 320 hectares of "
        "wetland.", False),
    Row("FC204", "The Fenmoor reserve covers 450 hectares. Its neighbour includes 620 hectares "
        "of wetland.", False),
    Row("FC204", "The reserve covers 450 hectares. The county includes 62,000 hectares of "
        "farmland.", False),
    Row("FC204", "The ward has 36 beds. It includes 41 single rooms.", False),
    # FC204: "Of that," opening the part's sentence, the part later in it
    Row("FC204", "The Corn Hall won a £1.8m grant in 2024. Of that, the trustees spent £2.3m "
        "on a new roof.", True),
    Row("FC204", "Rescuers pulled 46 people from the flood. Of those, the coastguard winched "
        "52 from rooftops.", True),
    Row("FC204", "Kilbride Mills sold 9,300 tonnes of oats. Of these, its export arm shipped "
        "9,800 tonnes to Norway.", True),
    Row("FC204", "The Corn Hall won a £1.8m grant in 2024. Of that, the trustees spent £1.3m "
        "on a new roof.", False),
    Row("FC204", "Rescuers pulled 46 people from the flood. Of those, the coastguard winched "
        "22 from rooftops.", False),
    Row("FC204", "The Corn Hall won a £1.8m grant in 2024. Of the rest, the trustees spent "
        "£2.3m on a new roof.", False),
    Row("FC204", "Rescuers pulled 46 people from the flood. Of those, 12 were children, and "
        "the coastguard winched 52 more from rooftops.", False),
    # FC207: the rest of a whole, no part pointing back
    Row("FC207", "Marlow Foods will shed 1,400 jobs by spring. Some 700 will go at its Hull "
        "plant and 500 in Leeds. The remaining 450 are office roles.", True),
    Row("FC207", "The new pool cost £6.2m. The council paid £2.5m and a lottery fund £1.9m, "
        "while local donors gave the other £0.8m.", True),
    Row("FC207", "The appeal raised £74,000 in total. Local firms gave £45,000. The remaining "
        "£36,000 came from individual donors.", True),
    miss(Row("FC207", "The orchestra has 58 players. Thirty play strings, and the other 31 "
             "play wind.", True), "the extractor reads 'play strings' as the figure's noun"),
    Row("FC207", "Marlow Foods will shed 1,400 jobs by spring. Some 700 will go at its Hull "
        "plant and 500 in Leeds. The remaining 200 are office roles.", False),
    Row("FC207", "The new pool cost £6.2m. The council paid £2.5m and a lottery fund £1.9m, "
        "while local donors gave the other £1.8m.", False),
    Row("FC207", "The trust treated 900 patients last winter. 500 were adults, 120 of them "
        "over 80. The other 400 were children.", False),
    Row("FC207", "The firm cut 300 jobs in 2023. In 2024 it moved 120 staff to Leeds and 80 "
        "to York. The other 40 went to Hull.", False),
    Row("FC207", "The council approved 52 new homes. 30 will be built in Ashby. The other 40 "
        "approved last year are still unbuilt.", False),
    # FC207: parts labelled by a place after them
    Row("FC207", "The charity runs 45 shops, 30 in Devon and 19 in Cornwall.", True),
    Row("FC207", "Tamar Logistics employs 730 drivers, 410 in Exeter and 380 in Truro.", True),
    Row("FC207", "Penhale Dairies keeps 2,300 cows, 1,400 at Bodmin and 1,200 at Launceston.",
        True),
    Row("FC207", "Tamar Logistics employs 730 drivers, 410 in Exeter and 280 in Truro.", False),
    Row("FC207", "The charity runs 45 shops, 30 in Devon and Oxfam 19 in Cornwall.", False),
    Row("FC207", "Tamar Logistics employs 730 drivers, 410 in Exeter and 380 of them "
        "part-time.", False),
    # FC207: parts in stretches of time inside the whole's period
    Row("FC207", "Kent lost 2,600 hectares of forest to fire this summer. Some 1,900 hectares "
        "burned in July and 1,500 hectares in August.", True),
    Row("FC207", "The Tarn reservoir lost 410 million litres this summer. It lost 260 million "
        "litres in June and 230 million litres in July.", True),
    miss(Row("FC207", "Arden council received 1,150 complaints in 2024. It received 640 "
             "complaints in January and 580 in February.", True),
         "frames: a month without its year takes as_of's, not the year named before"),
    Row("FC207", "Kent lost 3,600 hectares of forest to fire this summer. Some 1,900 hectares "
        "burned in July and 1,500 hectares in August.", False),
    Row("FC207", "The Tarn reservoir lost 510 million litres this summer. It lost 260 million "
        "litres in June and 230 million litres in July.", False),
    Row("FC207", "Kent lost 2,600 hectares of forest to fire this summer. Devon lost 1,900 "
        "hectares in July and 1,500 hectares in August.", False),
    # FC207: parts as the objects of one verb repeated, each clause with a holder of its own
    Row("FC207", "The appeal raised £74,000. Local firms gave £45,000 and individual donors "
        "gave £36,000.", True),
    Row("FC207", "The trust spent £9.6m on repairs last year. Its hospitals used £6.1m and "
        "its clinics used £4.2m.", True),
    Row("FC207", "The county's farms sold 8,400 tonnes of barley. Upland farms sold 5,100 "
        "tonnes and lowland farms sold 4,200 tonnes.", True),
    Row("FC207", "The appeal raised £74,000. Local firms gave £45,000 and individual donors "
        "gave £26,000.", False),
    Row("FC207", "The council spent £2m on roads. It spent £1.2m on repairs and it spent "
        "£1.1m in the north.", False),
    Row("FC207", "The council spent £2m on roads. Contractors spent £1.2m on repairs and the "
        "council spent £1.1m on salaries.", False),
    Row("FC207", "The fund holds £3m. Bristol gave £2.1m, and Bath gave £1.4m to a different "
        "fund.", False),
    Row("FC207", "The ward has 36 nurses. 20 work nights and 22 are agency staff.", False),
]


test_round9_parts_rows = row_test(ROWS)


# FC207: exact counts of a breakdown in words (the extractor reads a small number word that
# goes on a list of counts: tests/extract/test_round9_lists.py)
WORD_ROWS: list[object] = [
    Row("FC207", "Nineteen climbers were rescued from the ridge: nine by helicopter and seven "
        "on foot.", True),
    Row("FC207", "Police held 17 fans after the match. Nine were charged, five were cautioned "
        "and the other five went home.", True),
    Row("FC207", "The crew landed 23 lobsters: eleven large, seven medium and three small.",
        True),
    Row("FC207", "Nineteen climbers were rescued from the ridge: twelve by helicopter and "
        "seven on foot.", False),
    Row("FC207", "Police held 17 fans after the match. Nine were charged, five were cautioned "
        "and the other three went home.", False),
    Row("FC207", "The crew landed 23 lobsters: thirteen large, seven medium and three small.",
        False),
    miss(Row("FC207", "Rovers scored 14 goals in the cup. Bede got six of them, Olsen four and "
             "Kerr two.", True), "a list that names no whole partition may leave scorers "
         "out: a sum short of the whole is not read"),
]


test_round9_word_rows = row_test(WORD_ROWS)
