"""FC202 on a re-mention the frames split from its antecedent (round 18): a subject the
draft writes inside one proper name with the earlier figure's subject ("St Brendan's
Hospital" ... "St Brendan's"), a re-mention dated only by a standing time after its noun
("the £610 season pass this season"), and a phrase whose noun before "of" names the thing
("the carrier's 2025 revenue of $3.8 billion beat analysts' forecasts"), its possessor the
earlier name inflected ("the dairy's" after "Moss Dairies"). Our own phrasings; near
twins that must stay silent (two things, owners or times with two figures)."""

from __future__ import annotations

from tests.checks.rows import each_test

test_one_name_written_whole_then_in_part_fires = each_test("FC202", True, [
    "St Brendan's Hospital has 720 beds, the trust said. With 270 beds, St Brendan's is the "
    "smallest acute site in the region.",
    "King Edward's Academy has 1,150 pupils. With 1,510 pupils, King Edward's is the "
    "largest school in the valley.",
    "St Finbar's Stadium holds 18,000 fans. With room for 13,000 fans, St Finbar's is the "
    "smallest ground in the league.",
])


test_two_names_or_one_figure_stay_silent = each_test("FC202", False, [
    "Kelso Hospital has 720 beds, the trust said. With 270 beds, St Brendan's is the "
    "smallest acute site in the region.",
    "King Edward's Academy has 1,150 pupils. With 1,510 pupils, Queen Anne's is the "
    "largest school in the valley.",
    "St Finbar's Stadium holds 18,000 fans. With room for 13,000 fans, St Kevin's is the "
    "smallest ground in the league.",
    "St Brendan's Hospital has 720 beds, the trust said. With 720 beds, St Brendan's is the "
    "largest acute site in the region.",
])


test_a_re_mention_dated_by_a_standing_time_fires = each_test("FC202", True, [
    "A season pass at Glenrock ski centre costs £610 this season. Regulars say the £160 "
    "season pass this season is the best deal around.",
    "A school meal at Ashby Primary costs £2.90 this term. Parents say the £9.20 school meal "
    "this term is poor value.",
    "A locker at the Northgate gym costs £12 this term, the college said. Students said the "
    "£21 locker this term was a rip-off.",
    "Entry to the Fernhill maze costs £7 this season. Families said the £17 entry this "
    "season kept them away.",
    "A berth in Port Skelly marina costs £1,900 this season. Sailors say the £9,100 berth "
    "this season is the dearest on the coast.",
])


test_another_time_or_scope_stays_silent = each_test("FC202", False, [
    "A season pass at Glenrock ski centre costs £610 this season. Regulars say the £160 "
    "season pass last season was the best deal around.",
    "A school meal at Ashby Primary costs £2.90 this term. Parents say the £9.20 school meal "
    "for staff this term is poor value.",
    "A locker at the Northgate gym costs £12 this term, the college said. Students said the "
    "£21 locker last term was a rip-off.",
    "A berth in Port Skelly marina costs £1,900 this season. Sailors say the £9,100 berth "
    "for yachts this season is the dearest on the coast.",
    "A season pass at Glenrock ski centre costs £610 this season. Regulars say the £610 "
    "season pass this season is the best deal around.",
])


test_the_noun_before_of_names_the_thing_fires = each_test("FC202", True, [
    "Petrol cost 1.71 euros at Cork stations on Friday, the survey said. Drivers called "
    "Friday's price of 1.17 euros a surprise.",
    "Kestrel Air earned revenue of $3.3 billion in 2025. The carrier's 2025 revenue of $3.8 "
    "billion beat analysts' forecasts.",
    "Moss Dairies made a profit of £7.5 million in 2025. The dairy's 2025 profit of £5.7 "
    "million beat bankers' hopes.",
    "Halden Breweries made a profit of £2.2 million in 2025. The brewery's 2025 profit of "
    "£3.1 million beat brokers' forecasts.",
])


test_another_thing_owner_or_time_before_of_stays_silent = each_test("FC202", False, [
    "Petrol cost 1.71 euros at Cork stations on Friday, the survey said. Drivers called "
    "Thursday's price of 1.17 euros a surprise.",
    "Kestrel Air earned revenue of $3.3 billion in 2025. The carrier's 2024 revenue of $3.8 "
    "billion beat analysts' forecasts.",
    "Moss Dairies made a profit of £7.5 million in 2025. The dairy's 2025 cheese profit of "
    "£5.7 million beat bankers' hopes.",
    "Moss Dairies made a profit of £7.5 million in 2025. The creamery's 2025 profit of £5.7 "
    "million beat bankers' hopes.",
    "Halden Breweries made a profit of £2.2 million in 2025. The pub chain's 2025 profit of "
    "£3.1 million beat brokers' forecasts.",
    "Kestrel Air earned revenue of $3.3 billion in 2025. The carrier's 2025 revenue of $3.3 "
    "billion beat analysts' forecasts.",
])


test_a_crowd_told_again_as_its_fans_fires = each_test("FC202", True, [
    "Tuesday's crowd at the Oval numbered 15,500. Stewards thanked the 5,500 supporters who "
    "came out on Tuesday.",
    "Police put the crowd at Ferrand Park on Saturday at 26,000. The 62,000 fans who packed "
    "the ground on Saturday saw a draw.",
    "Stewards counted a crowd of 7,300 at Brook Lane on Friday night. The 3,700 supporters "
    "at Brook Lane on Friday saw Rovers win.",
    "A crowd of 52,000 filled Castle Park for the final on Saturday. The 25,000 fans in "
    "Castle Park on Saturday saw extra time.",
])


test_a_part_of_the_crowd_or_another_day_stays_silent = each_test("FC202", False, [
    "Police put the crowd at Ferrand Park on Saturday at 26,000. The 2,600 visiting fans on "
    "Saturday saw a draw.",
    "Stewards counted a crowd of 7,300 at Brook Lane on Friday night. The 3,700 home "
    "supporters at Brook Lane on Friday saw Rovers win.",
    "A crowd of 9,400 saw Ashby Town beat Crewe on Tuesday. The 4,900 away supporters at "
    "Tuesday's game sang throughout.",
    "A crowd of 9,400 saw Ashby Town beat Crewe on Tuesday. The 900 fans who travelled from "
    "Crewe on Tuesday sang throughout.",
    "Ashby Town has 40,000 fans around the world. A crowd of 9,400 saw the club beat Crewe "
    "on Tuesday.",
    "A crowd of 52,000 filled Castle Park for the final on Saturday. The 25,000 fans in "
    "Castle Park on Sunday saw the replay.",
])
