"""Read neighbouring claims together: ranges, shared units, restated changes, bracketed bounds.

"10-12%", "between $48,000 and $90,000 a year", "from 13.5 to 14.0 mm" (a range, or two
levels after a change verb), "rose 2.2%, or 125,600 jobs", "fewer than 100 km (62 miles)".
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factcheck.extract.directions import LEVEL_WORDS
from factcheck.extract.found import Found, bare, bare_in_words, gap_between
from factcheck.extract.numbers import scaled_value
from factcheck.extract.pairs import compound, drop_scores, rate_of_move, scale_from
from factcheck.extract.partitive import named_by_pronoun
from factcheck.lexicon import lexicon
from factcheck.model import Claim

# "10-12", "10 to 12", "8- to 16-meter" (a suspended hyphen), "between 10 and 12"
_DASHES = frozenset({"-", "–", "‐"})  # a range's link; not the spaced dash "—" of an aside
_RANGE_GAP = re.compile(r"\s*(?:[-‐–—]|[-‐]?\s*to[-‐]?|and|up to)\s*", re.IGNORECASE)
_ELLIPSIS_GAP = re.compile(r"^\s*,\s*(?:and\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}by\s*$")
_RESTATE_GAP = re.compile(r"\s*,?\s*or\s*", re.IGNORECASE)


def _words_pattern(words: frozenset[str]) -> str:
    """An alternation of whole words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# a change verb or a verb of motion (changes.tsv) up to three words before "from X to Y"
_CHANGE_BEFORE_FROM = re.compile(
    rf"\b(?:{_words_pattern(lexicon().motion_words)})\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE
)


# a verb of span (changes.tsv) before "from X to Y": a range in either order
_SPAN_BEFORE_FROM = re.compile(
    rf"\b(?:{_words_pattern(lexicon().with_change_role('span'))})\W+(?:\w+\W+){{0,2}}$",
    re.IGNORECASE,
)


_RELATIVE_UNITS = frozenset({"percent", "percentage_point", "basis_point"})
_NUMBER_WORDS = frozenset(lexicon().numbers) | frozenset(lexicon().scales)
# words between two figures that make the second a parallel of the first
_PARALLEL_GAP = re.compile(r"(?:^|\s)(?:and(?:\s+\w+ed)?|while|another|a further)$"
                           r"|\b(?:compared (?:with|to)|versus|against)\b")
_MAX_PARALLEL_GAP = 60
# "3.9 million headsets, up from 2.4 million", "40,000 homes without power, up from 25,000"
_DATED_TO = re.compile(r"in\s+(?:19|20)\d\d,?\s+to")  # a year between two ends
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_GAP = re.compile(r"^(?:up\s+|down\s+)?from$|,\s*(?:up|down)\s+from$")
_PART_GAP = re.compile(r"(?:of (?:which|whom|them|these|those)|including|among them)")
# "Of the 320 flights, 41", "Of the 500 people asked, 41", "Of the 90 cars tested this
# year, 12", "Of the 1,420 complaints received in Q3, 356": the whole, words that qualify
# it (led by a participle, a relative pronoun or a preposition: "who sat the exam", "in the
# trial"; names, codes and years among them) and a comma
_WHOLE_THEN_PART = re.compile(
    r"\s*(?:(?:[a-z]+(?:ed|en|wn)|who|that|in|on|at|across|from)(?:\s+[\w'’&-]+){0,3}\s*)?,\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$", re.I)
_PARALLEL_LOOKBACK = 3
_CHANGE_LOOKBACK = 4  # figures before a "from X to Y" searched for the change it ends
# "rise by 2 to 3 per cent", "by 1 to 5%" are ranges of the change; an end more than five
# times the other is the level the change led to ("cut by 1,100 to 8,900"): the ends of a
# range a writer gives rarely differ by more than that
_CHANGE_RANGE_RATIO = 5.0
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)  # "by 400 metres": a difference, any verb
_PARALLEL_RATIO = 20.0
_LEVEL_RATIO = 2.0
# "lost 1.1% to end at 1,334.20", "gained 2% to close at 4,510": the level a change led to
_TO_VERB_AT = re.compile(r"to\s+[a-z]+\s+at")
_INDEX_LEVEL = 100.0  # below it, a level after a change in "points" is more likely a rate
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _counts(c: Claim) -> bool:
    """A figure with a unit or noun of its own that a parallel figure may share."""
    return bool(c.unit or c.noun) and not c.multiplier and c.unit not in _RELATIVE_UNITS


def _similar(a: float, b: float, ratio: float) -> bool:
    """Within a factor: "12 people ... and 40", not "two years ... and 95,800"."""
    a, b = abs(a), abs(b)
    return bool(a and b) and max(a, b) / min(a, b) <= ratio


def _like_before(text: str, c: Claim, out: list[Found], ratio: float, *,
                 levels: bool) -> Claim | None:
    """The nearest figure before c in its sentence with a unit or noun and a size within
    ratio of c's (only levels, not changes, when levels is set)."""
    for prev in reversed(out[-_PARALLEL_LOOKBACK:]):
        cp = prev.claim
        between = text[cp.end : c.start]
        if len(between) > 3 * _MAX_PARALLEL_GAP or _SENTENCE_END.search(between):
            return None
        if levels and cp.change:
            continue
        if _counts(cp) and _similar(cp.value, c.value, ratio):
            return cp
    return None


def combine(text: str, found: list[Found]) -> list[Claim]:
    """The claims in order, with ranges merged and context carried between neighbours."""
    out: list[Found] = []
    for item in drop_scores(text, found):
        prev = out[-1] if out else None
        if prev is not None:
            merged = compound(text, prev.claim, item.claim) or _as_range(
                text, prev, item, _changed_before(text, out))
            if merged is not None:
                out[-1] = merged
                if len(out) > 1:
                    out[-2] = scale_from(text, out[-2], merged)
                continue
            item = _share_unit(text, prev, item, out)
            item = _carry(text, prev, item)
            item = _share_back(text, out, item)
            item = named_by_pronoun(text, out, item)
        out.append(item)
    return [f.claim for f in out]


def _is_from_to(text: str, a: Claim) -> bool:
    """Does "from" come just before a (so "from X to Y")?"""
    return bool(re.search(r"\bfrom\s*$", text[max(0, a.start - 12) : a.start], re.IGNORECASE))


def _after_change_verb(text: str, a: Claim) -> bool:
    """ "rose from 120 to 150": two levels, not a range."""
    before = text[max(0, a.start - 60) : a.start]
    cut = max(before.rfind("."), before.rfind(";"))
    before = before[cut + 1 :]
    before = re.sub(r"\bfrom\s*$", "", before, flags=re.IGNORECASE)
    return bool(_CHANGE_BEFORE_FROM.search(before))


def _units_agree(a: Claim, b: Claim) -> bool:
    if a.unit == b.unit or (b.unit == "" and b.noun is None):  # "$5-10 million"
        return True
    return (a.unit == "" and a.noun is None) or b.unit.startswith(a.unit + " / ")


def _changed_before(text: str, out: list[Found]) -> bool:
    """Whether a figure before the last of out in its sentence states a change ("climbed
    12 degrees in a single day, from minus 9C to 11C"): a "from X to Y" after it gives
    the change's two ends, not a range, however far from its verb."""
    if len(out) < 2:
        return False
    last = out[-1].claim
    for prev in reversed(out[-1 - _CHANGE_LOOKBACK : -1]):  # a few figures back: linear
        if _SENTENCE_END.search(text, prev.claim.end, last.start):
            return False
        if prev.claim.change:
            return True
    return False


def _as_range(text: str, a: Found, b: Found, changed: bool = False) -> Found | None:
    ca, cb = a.claim, b.claim
    gap = gap_between(text, ca, cb)
    if ca.high is not None or cb.high is not None:
        return None
    if cb.bound == "at_most" and not gap.strip() and cb.text[:5].lower() == "up to" and (
        _is_from_to(text, ca)
    ):
        gap = " up to "  # "from 450 sq ft up to 900 sq ft": the bound is the range's link
        cb = replace(cb, bound="exact")
    in_turn = _words_in_turn(gap, a, b)
    if not in_turn and not _RANGE_GAP.fullmatch(gap):
        return None
    if ca.multiplier or cb.multiplier or cb.bound != "exact":
        return None
    link = "-" if in_turn else gap.strip().lower()
    bare = ca.unit == "" and ca.noun is None and (ca.text[-1:].isdigit() or (
        b.scaled and not a.scaled and bare_in_words(ca, _NUMBER_WORDS)))  # "five to six hundred"
    between = "between" in ca.text.lower() or bool(re.search(
        r"\bbetween\s*$", text[max(0, ca.start - 10) : ca.start], re.IGNORECASE))
    if ca.change and not (link in _DASHES or ((bare or in_turn) and link == "to")) and not (
            link == "and" and between):
        return None  # "rose 2% to 7%": a change and a level; "rose by between 2% and 7%",
        # "rose 3%–4%": a dash joins no change to a level, only a range's two ends
    if _change_then_level(a, b, link, text[max(0, ca.start - 4) : ca.start]):
        return None
    if link == "and" and not between:
        return None
    spanned = _SPAN_BEFORE_FROM.search(text[max(0, ca.start - 40) : ca.start]) is not None
    if link == "to" and _is_from_to(text, ca) and (
            (changed and not spanned) or _after_change_verb(text, ca)):
        return None  # "rose from 120 to 150"; "rose 12%, ..., from 9 to 11": two levels
    if not _units_agree(ca, cb):
        return None
    if link == "up to" and not _is_from_to(text, ca):
        return None
    low, high = ca.value, cb.value
    if b.scaled and not a.scaled and low * b.scale < high:
        low = scaled_value(low, b.scale)  # "$10 to $15 billion"; "$200 to $4 million" stays 200
    if low > high and link == "to" and spanned:
        low, high = high, low  # "ranged from -18 °C to -34 °C"
    if low >= high:
        return None
    claim = replace(
        cb, text=text[ca.start : cb.end], start=ca.start, value=low, high=high,
        unit=cb.unit or ca.unit,
        bound=ca.bound, noun=cb.noun or ca.noun, change=ca.change or cb.change,
    )
    return Found(claim, b.scale)


def _words_in_turn(gap: str, a: Found, b: Found) -> bool:
    """ "two or three weeks", "five or six million homes", "one or two": two numbers in
    words, one after the other, joined by "or" give a rough range (in digits, "12 or 14
    beds" are two figures, alternatives)."""
    ca, cb = a.claim, b.claim
    if gap.strip().lower() != "or" or any(ch.isdigit() for ch in ca.text + cb.text):
        return False
    low = ca.value * (b.scale if b.scaled and not a.scaled else 1.0)
    return math.isclose(cb.value - low, b.scale)


def _change_then_level(a: Found, b: Found, link: str, a_before: str = "") -> bool:
    """ "fell by 1,200 to 48,300": a change and the level it led to, the second more than
    five times the first, after a change word or "by" ("extended by 400 metres to 3,200
    metres") (the first scaled by the second's scale word when it has none of
    its own: "cut five to six hundred jobs" is a range); "rebounded 12% to 3.4 million": a
    share is no end of a count's range."""
    ca, cb = a.claim, b.claim
    low = ca.value
    if b.scaled and not a.scaled and ca.unit == "" and ca.noun is None and (
            low * b.scale < cb.value):
        low = scaled_value(low, b.scale)  # "cut five to six hundred jobs": one shared scale
    if (ca.change or _BY_BEFORE.search(a_before)) and link == "to" and (
            cb.value > _CHANGE_RANGE_RATIO * low):
        return True  # "extended by 400 metres to 3,200 metres": "by" states a difference
    return ca.unit in _RELATIVE_UNITS and b.scaled and not a.scaled and cb.unit == ""


def _share_unit(text: str, a: Found, b: Found, out: list[Found]) -> Found:
    """ "from 208 pounds to 193": the second level takes the first's unit, and back."""
    ca, cb = a.claim, b.claim
    gap = gap_between(text, ca, cb).strip(" ,").lower()
    if _DATED_TO.fullmatch(gap) and _FROM_BEFORE.search(text, max(0, ca.start - 8), ca.start):
        gap = "to"  # "from 35 in 1990 to 47 terawatt-hours in 2004": the ends of one move
    if gap == "to" and _FROM_BEFORE.search(text, max(0, ca.start - 8), ca.start):
        out[-1] = a = rate_of_move(_scaled_back(a, b), b)
        ca = a.claim
    if _FROM_GAP.search(gap) and len(gap) <= _MAX_PARALLEL_GAP and cb.unit == "" and (
        cb.noun is None and not (ca.change or ca.multiplier)
    ):
        # "3.9 million headsets, up from 2.4 million"
        return Found(replace(cb, unit=ca.unit, noun=ca.noun), b.scale)
    if (_PART_GAP.fullmatch(gap) or (_WHOLE_THEN_PART.fullmatch(
            gap_between(text, ca, cb)) and _OF_BEFORE.search(
            text[max(0, ca.start - 12) : ca.start]))) and bare(cb) and _counts(ca):
        # "1,050 beds, of which 96 are", "40 staff, including 12 nurses", "Of the 60
        # flights (scheduled), 41 ...": a part of the whole
        return Found(replace(cb, unit=ca.unit, noun=ca.noun), b.scale)
    if (gap == "to" or _TO_VERB_AT.fullmatch(gap)) and bare(cb) and ca.change:
        if _counts(ca) and not (ca.noun == "points" and cb.value < _INDEX_LEVEL):
            # "rose 64.06 points to 4,577.10"; but "fell 0.2 points to 4.1" is a rate
            return Found(replace(cb, unit=ca.unit, noun=ca.noun), b.scale)
        # "slipped 0.4% to 2,210.5 points, while the broader index gained 0.2% to 1,904.7":
        # the second level takes the unit of a like level before it
        like = _like_before(text, cb, out, _LEVEL_RATIO, levels=True)
        if like is not None:
            return Found(replace(cb, unit=like.unit, noun=like.noun), b.scale)
    elif (bare(cb) or bare_in_words(cb, _NUMBER_WORDS)) and _PARALLEL_GAP.search(gap) and (
            len(gap) <= _MAX_PARALLEL_GAP):
        # "460 vehicles ... compared with 63 during", "68,400 people ... and 95,800 who":
        # the second figure counts what the nearest like figure before it did
        like = _like_before(text, cb, out, _PARALLEL_RATIO, levels=False)
        if like is not None:
            return Found(replace(cb, unit=like.unit, noun=like.noun), b.scale)
    listed = len(out) > 1 and gap_between(text, out[-2].claim, ca).strip() == ","
    if gap not in ("to", "or", "-", "–") or (
            _RESTATED.fullmatch(gap_between(text, ca, cb)) and not listed):
        return b  # "rose by 12,000, or 2%": a restatement, not a list ("5, 10, or 20%")
    if bare(cb) and ca.unit == "" and ca.noun is not None and not (ca.change or ca.multiplier):
        return Found(replace(cb, noun=ca.noun), b.scale)  # "by 318 votes to 201"
    if cb.unit == "" and cb.noun is None and ca.unit and not ca.multiplier and not ca.change:
        return Found(replace(cb, unit=ca.unit), b.scale)
    if ca.unit == "" and ca.noun is None and cb.unit and not cb.multiplier and not ca.multiplier:
        out[-1] = Found(replace(ca, unit=cb.unit), a.scale)
    elif bare(ca) and not cb.unit and cb.noun is not None and not cb.multiplier:
        out[-1] = _with_unit_of(a, b)  # "from 210 to 420 places", "12 or 15 thousand fans"
    return b


# a verb of change (changes.tsv), with "by" or "up"/"down", just before coordinated figures
_VERB_BEFORE = re.compile(
    rf"\b(?:{_words_pattern(frozenset(lexicon().change_verbs))})(?:\s+(?:by|up|down))?\s+$",
    re.IGNORECASE)
_LONGEST_VERB = max(map(len, lexicon().change_verbs), default=0)
_TAIL_WORD = re.compile(r"(?:by|up|down)$", re.IGNORECASE)


def _verb_before(text: str, end: int) -> bool:
    """Whether _VERB_BEFORE matches the text before end, searched only where a match
    can start (linear time, where a search of all of text[:end] was not): the verb ends
    where the white space before end starts, or before a "by", "up" or "down" that ends
    there and the white space before that word; it starts at most _LONGEST_VERB
    characters earlier. (A search from pos reads the characters before pos for \\b, and
    its $ matches at endpos.)"""
    verb_end = _blank_start(text, end)
    word = _TAIL_WORD.search(text, max(0, verb_end - 4), verb_end)
    if word is not None:
        verb_end = _blank_start(text, word.start())
    return _VERB_BEFORE.search(text, max(0, verb_end - _LONGEST_VERB), end) is not None


def _blank_start(text: str, end: int) -> int:
    """Where the run of white space that ends at end starts (end when there is none)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# "7 and 9 kg", "5, 10 or 20%"; the sides of an area or a volume: "3 by 4 metres", "4 × 5 m"
_COORDINATED_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or)|by|×)\s*", re.IGNORECASE)
_RESTATED = re.compile(r"\s*,\s*or\s*", re.IGNORECASE)
_LISTED_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*", re.IGNORECASE)


def _sharer(ca: Claim, cb: Claim) -> bool:
    """Can ca take cb's unit in a list: bare digits, a bare number word ("six and eight
    years"), or a figure that has just taken it ("5, 10 or 25kg": 10 took it from 25kg)?"""
    if ca.noun is not None or ca.multiplier or ca.high is not None:
        return False
    worded = ca.unit == "" and ca.text.lower() in lexicon().numbers
    return bare(ca) or worded or (ca.unit == cb.unit and ca.text[-1:].isdigit())


def _share_back(text: str, out: list[Found], b: Found) -> Found:
    """ "7 and 9 kilograms", "5, 10 and 20%", "81 and 77 points": bare figures coordinated
    with a figure that has a unit or a counted noun share it; all take the change of the
    first when a verb of change stands right before it ("rose 3.1 and 4.4 per cent", "fell
    by 2, 3 and 5%": the verb governs each)."""
    cb = b.claim
    if cb.multiplier or bool(cb.unit) == (cb.noun is not None):
        return b  # a unit ("7 and 9 kilograms") or a noun ("81 and 77 points") to share
    nxt = cb
    chain: list[int] = []
    joins = _COORDINATED_GAP if cb.unit else _LISTED_GAP  # "3 by 4 metres": sides of a unit
    for k in range(len(out) - 1, -1, -1):
        ca = out[k].claim
        gap = gap_between(text, ca, nxt)
        if not (_sharer(ca, cb) and not out[k].scaled and joins.fullmatch(gap)):
            break
        if nxt is cb and gap.strip() == ",":
            break  # "closed at 8,100, 2% higher": a list ends in "and" or "or", not a comma
        if nxt is cb and _RESTATED.fullmatch(gap) and not (
                k > 0 and gap_between(text, out[k - 1].claim, ca).strip() == ","):
            break  # a restatement, as in _share_unit
        out[k] = _with_unit_of(out[k], b)
        nxt = ca
        chain.append(k)
    first = out[chain[-1]].claim if chain else None
    if first is None or first.change is None or not (
            _verb_before(text, first.start)
            or first.text.split()[0].lower() in lexicon().change_adverbs):
        return b  # "growth of 1.5 and 1.8 per cent": a noun names the rates, no change each
    change = first.change
    for k in chain:
        out[k] = Found(replace(out[k].claim, change=out[k].claim.change or change), out[k].scale)
    return Found(replace(cb, change=cb.change or change), b.scale)


def _with_unit_of(a: Found, b: Found) -> Found:
    """a with b's unit, and b's scale word when a's figure is of b's own size ("12 and 18
    million litres": 12 million; "7 and 9 kilograms" has no scale to share)."""
    ca, cb = a.claim, b.claim
    if b.scaled and not a.scaled and ca.value > 0 and (
            cb.value / b.scale / _SHARED_SCALE_RATIO <= ca.value <= cb.value / b.scale
            * _SHARED_SCALE_RATIO):
        return Found(replace(ca, unit=cb.unit, noun=cb.noun,
                             value=scaled_value(ca.value, b.scale)), b.scale)
    return Found(replace(ca, unit=cb.unit, noun=cb.noun), a.scale)


_SHARED_SCALE_RATIO = 10  # "2 and 18 million" share it; "500 and 2 million" do not


def _scaled_back(a: Found, b: Found) -> Found:
    """The first end of a move "from A (in YEAR) to B million ..." with B's scale word when A
    has none of its own and is of B's own size ("from 3.1 to 4.5 million": 3.1 million;
    "from 4.2 in 2019 to 6.8 million units"; "from 200 to 4 million" stays 200)."""
    ca, cb = a.claim, b.claim
    if a.scaled or not b.scaled or ca.change or ca.multiplier or ca.high is not None or (
            not ca.text[-1:].isdigit() or ca.unit not in ("", cb.unit) or ca.value <= 0):
        return a
    if not (cb.value / b.scale / _SHARED_SCALE_RATIO <= ca.value
            <= cb.value / b.scale * _SHARED_SCALE_RATIO):
        return a
    return Found(replace(ca, value=scaled_value(ca.value, b.scale)), b.scale)


_MAX_AND_WORDS = 4


def _parallel_and(gap: str) -> bool:
    """A short gap that joins two figures with "and" and names no level ("was", "to", "at")."""
    words = gap.replace(",", " ").lower().split()
    return "and" in words and len(words) <= _MAX_AND_WORDS and not (
        set(words) & LEVEL_WORDS) and not _SENTENCE_END.search(gap)


def _carry(text: str, a: Found, b: Found) -> Found:
    """A bound into a bracketed conversion; a change into "..., or 2.2%"."""
    ca, cb = a.claim, b.claim
    gap = gap_between(text, ca, cb)
    if gap.strip() == "(" and cb.bound == "exact" and ca.bound != "exact":
        return Found(replace(cb, bound=ca.bound), b.scale)
    if _RESTATE_GAP.fullmatch(gap) and ca.change and not cb.change:
        return Found(replace(cb, change=ca.change), b.scale)
    if ca.change and not cb.change and ca.unit == cb.unit and ca.multiplier == cb.multiplier and (
            _ELLIPSIS_GAP.search(gap) or _parallel_and(gap)):
        # "were down 2.3%, Burlington by 2.6%", "rose 0.3% on the month and 3.1% on the
        # year": the verb is understood
        return Found(replace(cb, change=ca.change), b.scale)
    return b
