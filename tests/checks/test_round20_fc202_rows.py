"""FC202, round 20: a figure told again as the thing its noun names, in our own words.

- The noun the figure stands before names the thing when the frames read no measure ("the
  £5,600 fine", "the €21,000 Castell Medal"): factcheck.checks._mentions._premodified.
- A year written in the thing's phrase dates it, not the day of the act ("set its 2028
  roads budget at £3.1m last week" ... "the roads budget for 2028"):
  factcheck.checks._mentions.held_for.
- A noun of the transaction names the price a verb of buying or paying told ("paid £18m
  for the striker" ... "the £81m purchase"): words.tsv, class "same:cost".

Each class has rows that must fire and near twins (the same figure within its band,
another year, another subject, a part) that must stay silent.
"""

from __future__ import annotations

from tests.checks.rows import each_test

test_the_noun_after_the_figure_names_it = each_test("FC202", True, [
    "Magistrates fined the haulier £6,500 on Wednesday for overloading. The £5,600 fine "
    "will be paid in instalments.",
    "The Castell Medal, worth €12,000, was awarded in Bruges on Sunday. Jurors said the "
    "€21,000 Castell Medal is the richest prize for young architects.",
    "A tribunal ordered Dunmore Bakeries to pay a penalty of £48,000 on Friday. Staff said "
    "the £84,000 penalty would close one of its shops.",
    "The Orwell Bursary, worth $8,000, helps one student at the college. Tutors said the "
    "$18,000 Orwell Bursary changed lives.",
])

test_the_noun_after_the_figure_twins_stay_silent = each_test("FC202", False, [
    "Magistrates fined the haulier £6,500 on Wednesday for overloading. The £6,500 fine "
    "will be paid in instalments.",
    "Magistrates fined the haulier £6,480 on Wednesday for overloading. The £6,500 fine "
    "will be paid in instalments.",
    "The Castell Medal, worth €12,000, was awarded in Bruges on Sunday. Jurors said the "
    "€21,000 Linden Medal is the richest prize for young architects.",
    "A court fined Corran Quarries £75,000 on Monday. Its £57,000 fine in 2019 was for a "
    "similar leak.",
    "The Orwell Bursary, worth $8,000, helps one student at the college. The remaining "
    "$18,000 of the fund pays for books.",
])

test_a_year_in_the_phrase_dates_the_thing = each_test("FC202", True, [
    "Kelso Council fixed its 2028 roads budget at £3.1 million last week. The £1.3 million "
    "roads budget for 2028 will barely fill potholes.",
    "The trust set its 2026 capital budget at $88 million on Monday. Board members said the "
    "$68 million capital budget for 2026 would cover two wards.",
    "On Wednesday the college set its 2027 bursary fund at €640,000. Students said the "
    "€460,000 bursary fund for 2027 was too small.",
])

test_a_year_in_the_phrase_twins_stay_silent = each_test("FC202", False, [
    "Kelso Council fixed its 2028 roads budget at £3.1 million last week. The £1.3 million "
    "roads budget for 2027 was the lowest in years.",
    "The trust set its 2026 capital budget at $88 million on Monday. Board members said the "
    "$88 million capital budget for 2026 would cover two wards.",
    "On Wednesday the college set its 2027 bursary fund at €640,000. Students said the "
    "€460,000 bursary fund for 2026 had run out by March.",
    "Kelso Council fixed its 2028 budget at £31 million last week. The £1.3 million "
    "roads budget for 2028 will barely fill potholes.",
])

test_a_transaction_noun_names_the_price = each_test("FC202", True, [
    "The club paid £18 million for the Danish striker on Tuesday. The £81 million purchase "
    "is a club record.",
    "Marlow Homes will buy the old gasworks site for £36 million. The £63 million deal still "
    "needs planning approval.",
    "Harbour Council bought the pier for £2.4 million last year. The £4.2 million purchase "
    "was funded by a grant.",
])

test_a_transaction_noun_twins_stay_silent = each_test("FC202", False, [
    "Kestrel Air agreed to pay €1.1 billion for the regional carrier. Analysts said the €1.1 "
    "billion acquisition would close in spring.",
    "The club paid £18 million for the Danish striker on Tuesday. Its £40 million stadium "
    "deal with the council was signed last year.",
    "Kestrel Air agreed to pay €1.1 billion for the regional carrier. Rival Osprey's €3 "
    "billion acquisition of a cargo line closed last year.",
    "Marlow Homes will buy the old gasworks site for £36 million. The £6 million deposit is "
    "due in June.",
    "Harbour Council bought the pier for about £2.4 million last year. The £2.38 million "
    "purchase was funded by a grant.",
])

test_the_actor_of_the_earlier_clause_is_the_later_subject = each_test("FC202", True, [
    "The head coach of Rovers, Dan Keane, will earn £900,000 a season. His £90,000 salary is "
    "the lowest in the league.",
    "The new head of Arden Rail, Priya Nair, will be paid £380,000 a year. Her annual salary "
    "of £830,000 drew protests from the unions.",
    "Westmoor Homes agreed to buy its rival Tilbury Build for £520 million. The £250 million "
    "takeover will create the region's largest builder.",
])

test_the_actor_twins_stay_silent = each_test("FC202", False, [
    "The new head of Arden Rail, Priya Nair, will be paid £380,000 a year. Her annual salary "
    "of £380,000 drew protests from the unions.",
    "Priya Nair said Arden Rail will pay its finance director £380,000 a year. Her own "
    "salary of £830,000 drew protests from the unions.",
    "Westmoor Homes agreed to buy its rival Tilbury Build for £520 million. Tilbury Build's "
    "£250 million takeover of a small joinery in 2019 was its last.",
    "The head coach of Rovers, Dan Keane, will earn £900,000 a season. The club's £90,000 "
    "youth budget is the lowest in the league.",
])

test_a_figure_fronted_after_at_describes_the_subject = each_test("FC202", True, [
    "The Tarn footbridge is 240 metres long. At 420 metres, the footbridge spans the whole "
    "estuary.",
    "The record marrow at the Penrith show weighed 62 kg. At 26 kg, the record marrow drew a "
    "crowd of growers.",
    "Osprey Books sells the new atlas for £45. At £54, the new atlas costs more than most "
    "school books.",
])

test_a_figure_fronted_after_at_twins_stay_silent = each_test("FC202", False, [
    "Osprey Books sells the new atlas for £45. At £45, the new atlas costs more than most "
    "school books.",
    "The Tarn footbridge is 240 metres long. At 420 metres, the new road bridge spans the "
    "whole estuary.",
    "The ferry can carry 600 passengers. With 260 passengers, the ferry left port on Monday.",
    "The record marrow at this year's Penrith show weighed 62 kg. At 26 kg, last year's "
    "record marrow drew a crowd of growers.",
])

test_a_price_per_unit_and_the_bare_price_are_one_amount = each_test("FC202", True, [
    "Beef sold for £9.80 a kilo at Carlisle market on Friday. At £8.90, Friday's price was "
    "the lowest this year.",
    "A tonne of wheat cost €210 in Rouen on Thursday, the grain board said. Millers said "
    "Thursday's price of €201 a tonne squeezed their margins.",
    "Heating oil cost 92p a litre in Antrim on Tuesday, the consumer council said. At 29p, "
    "Tuesday's price was the lowest since 2016.",
])

test_a_price_per_unit_twins_stay_silent = each_test("FC202", False, [
    "Beef sold for £9.80 a kilo at Carlisle market on Friday. At £9.80, Friday's price was "
    "the lowest this year.",
    "Beef sold for £9.80 a kilo at Carlisle market on Friday. At £98, Friday's price for a "
    "whole side was the lowest this year.",
    "The gym charges £45 a month for membership. Its £540 price is the lowest in town.",
    "A tonne of wheat cost €210 in Rouen on Thursday, the grain board said. Millers said "
    "Friday's price of €201 a tonne squeezed their margins.",
])
