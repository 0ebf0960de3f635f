"""FC207, round 25 (trial tuning): lists of parts after a total, in our own words.

- A phrase hung on the total's noun before the comma that opens its list, longer than a
  bare apposition, the total the object of a verb before it (factcheck.checks.
  _list_opening._object_phrase; a span of time in it is the total's own: _listed.own_span
  and _listed._spans): a list that may leave parts out, wrong when the parts exceed.
- A relative clause after the last part (", where ...", ", which ...": words.tsv, class
  "relative") tells of the last item's noun and leaves a complete list complete
  (factcheck.checks._listed._open).
- Parts under a verb of their own each, after "of which" / "Of the": labels that name a
  whole partition (story.tsv, "partition:validity": valid and rejected ballot papers)
  make the list complete (factcheck.checks._list_opening._pointed); a comment on the last
  part that points back to it (", most of them ...") does not leave the list open.
"""

from __future__ import annotations

from tests.checks.rows import fires_test

PHRASE = [
    # fire: the parts exceed the total
    ("The bank will shed 900 branches over the next two years, 500 in France, 300 in "
     "Spain and 200 in Italy.", True),
    ("The carrier will axe 2,300 posts over the next 18 months, 1,400 in Ireland, 650 in "
     "Austria and 450 in Hungary.", True),
    ("Police made 86 arrests at the ground after the match, 50 for fighting, 30 for drink "
     "and 20 for other offences.", True),
    # silent: the parts fit under the total; a clause, not a phrase, before the comma
    ("The bank will shed 900 branches over the next two years, 500 in France, 300 in "
     "Spain and 100 in Italy.", False),
    ("The carrier will axe 2,300 posts over the next 18 months, 1,400 in Ireland, 650 in "
     "Austria and 250 in Hungary.", False),
    ("Police made 86 arrests at the ground after the match, 40 for fighting, 30 for drink "
     "and 16 for other offences.", False),
]

test_phrase = fires_test("FC207", PHRASE)

TRAILING = [
    # fire: a complete list, a relative clause with figures of its own after it
    ("The £9.5m grant is split between £4m for the library, £3m for the museum and £3.5m "
     "for the baths, which closed in 2019 after 80 years.", True),
    ("The 60 new homes comprise 30 flats, 25 bungalows and 12 cottages near the station, "
     "which opened in 1998.", True),
    ("The £52 million scheme is made up of £30 million for bridges, £15 million for "
     "cycle lanes and £12 million for the harbour wall, where 400 boats moor each winter.",
     True),
    # silent: the parts add up; a list left open
    ("The £9.5m grant is split between £4m for the library, £3m for the museum and £2.5m "
     "for the baths, which closed in 2019 after 80 years.", False),
    ("The 60 new homes comprise 30 flats, 25 bungalows and 5 cottages near the station, "
     "which opened in 1998.", False),
    ("The £12 million budget covers £6 million for buses, £4 million for trains and "
     "£3 million for ferries, among other things.", False),
]

test_trailing = fires_test("FC207", TRAILING)

COORDINATED = [
    # fire: valid and rejected papers are every paper counted
    ("Of the 3,412 postal votes returned, 3,291 were valid and 187 were rejected.", True),
    ("In all, 8,730 papers had been handed out, of which 8,395 were valid and 121 were "
     "rejected.", True),
    ("Of the 3,412 postal votes returned, 3,225 were valid and 119 were rejected, the "
     "returning officer said.", True),
    ("The clinic saw 917 patients, of whom 611 were women and 342 were men.", True),
    # fire: a comment on the last part that points back to it closes the list
    ("In all, 8,730 papers had been handed out, of which 8,395 were valid and 121 were "
     "rejected, most of them because they were left blank.", True),
    ("Of the 3,412 postal votes returned, 3,225 were valid and 119 were rejected, many of "
     "them late.", True),
    ("The ward's 6,120 ballots split into 5,980 valid and 211 rejected, nearly all of them "
     "unmarked.", True),
    # silent: the parts add up; labels that may overlap or leave parts out
    ("Of the 3,412 postal votes returned, 3,225 were valid and 187 were rejected.", False),
    ("In all, 8,730 papers had been handed out, of which 8,609 were valid and 121 were "
     "rejected.", False),
    ("Of the 3,412 postal votes returned, 3,225 were valid and 412 arrived late.", False),
    ("The clinic saw 917 patients, of whom 611 were women and 342 were over 60.", False),
    ("In all, 8,730 papers had been handed out, of which 8,609 were valid and 121 were "
     "rejected, most of them because they were left blank.", False),
    ("The ward's 6,120 ballots split into 5,909 valid and 211 rejected, nearly all of them "
     "unmarked.", False),
]

test_coordinated = fires_test("FC207", COORDINATED)
