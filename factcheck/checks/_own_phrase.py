"""What a later figure's own phrase says it measures, for FC202's pairs by key and by one
reading of a measure (factcheck.checks._level_keys, factcheck.checks._same_levels): the
frames may lend a figure the measure of the sentence before ("made a profit of £41m" ...
"the firm's 2025 wage bill of £14m" read as the profit), or drop the words that narrow it
("the hospital's 2025 cancer patients numbered 8,000" read as the patients).

- another_thing: the noun a phrase ends on before "of" ("wage bill of") names the
  figure's thing (factcheck.checks._chain.of_measure); when no word of that noun phrase
  is read in the earlier figure's measure or sentence (one reading of a measure,
  factcheck.checks._measures.term, or a word of its re-mention group, words.tsv class
  "same:GROUP"), the two are two measures of one subject. The words before the head of
  the later figure's measure where its sentence writes it ("cancer patients", "export
  sales") narrow it to a part when the earlier sentence lacks them
  (factcheck.checks._chain.narrows).
- lengths_differ: the length of the period each figure covers, read from a word of its
  phrase ("quarterly", "monthly": words.tsv classes "per:PERIOD"), from a rate's unit
  ("GBP / month"), or from the frames' period of the figure when it is a year (a shorter
  one may date an event: "frozen in May") or a salary (words.tsv class "yearly_noun");
  a figure given for a shorter period than the other's ("a profit of $1.9bn last year"
  ... "the bank's quarterly profit of $0.5bn") measures another span. A figure of no
  known length meets a yearly one ("annual") but not a shorter one.

Shapes: figures are indices into the document; nothing raises; each reading is bounded by
the two figures' sentences.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _chain, _level_keys, _measures, _mention_names
from factcheck.checks import _figures as fig
from factcheck.checks._story_rates import names_thing
from factcheck.lexicon import lexicon

_PHRASE = re.compile(r"[^,;:.()]{0,60}$")  # the words before a figure in its clause
_OPENING = re.compile(  # the noun phrase from its last determiner or possessive: "Drivers
    # called Friday's price of " -> "Friday's price of "
    r"(?:\b(?:the|its|their|his|her|our|this|that|a|an)\s|\b[A-Za-z]+['’]s?\s)(?:(?!\b(?:the|its"
    r"|their|his|her|our|this|that|a|an)\s)[^'’])*$", re.IGNORECASE)
_STOP = re.compile(r"^(?:the|its|their|his|her|our|this|that|a|an|of|and|or|in|on|for)$")
_DAYS = {"year": 365, "quarter": 91, "month": 30, "week": 7, "day": 1, "hour": 0}


def another_thing(doc: Document, j: int, i: int, grouped: bool = True) -> bool:
    """Whether later figure i's own phrase names another thing than earlier figure j's
    measure, or narrows it with a word j's sentence lacks. grouped=False: a noun before
    "of" of a re-mention group (words.tsv "same:GROUP": "the link's cost of") is left to
    the re-mention's own reading (factcheck.checks._mentions), which reads its group in
    the earlier sentence's verbs."""
    phrase = _PHRASE.search(doc.text, doc.contexts[i].sentence[0], doc.claims[i].start)
    opening = _OPENING.search(phrase.group(0)) if phrase else None
    told = _chain.of_measure(doc, i, opening.group(0)) if opening else None
    rates = set().union(*(fig.words(k) for k in fig.kinds("per:")))
    if told is not None:
        head, modifiers = told
        if (names_thing({head}) and (grouped or not _mention_names.group(head))
                and not _read_in(doc, j, (head, *modifiers))):
            return True  # "the firm's 2025 wage bill of £14m" after "a profit of £41m"
        return _chain.narrows(doc, j, tuple(w for w in modifiers if w not in rates))
    modifiers = _own_noun(doc, i) or _before_head(doc, i)
    return _chain.narrows(doc, j, tuple(w for w in modifiers if w not in rates))


def _own_noun(doc: Document, i: int) -> tuple[str, ...]:
    """The words before the last of figure i's own noun when that noun follows the figure
    and ends on the head of its measure ("2,600 visiting fans" -> ("visiting",)); else ()."""
    c, head = doc.claims[i], (doc.frames[i].measure or "").lower().replace("-", " ").split()
    noun = (c.noun or "").lower().replace("-", " ").split()
    if not (noun and head and noun[-1].rstrip("s") == head[-1].rstrip("s")
            and doc.text[c.end:c.end + 60].lower().replace("-", " ").lstrip().startswith(
                " ".join(noun))):
        return ()
    return _chain.noun_modifiers(doc, i)


def _read_in(doc: Document, j: int, words: tuple[str, ...]) -> bool:
    """Whether one of words is read in earlier figure j's measure or sentence, by one
    reading of a measure or a re-mention group ("bill" ... "cost")."""
    frame = doc.frames[j]
    earlier = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    earlier |= set((frame.measure or "").lower().replace("-", " ").split())
    read = frozenset().union(*(_measures.term(w) for w in earlier))
    stock = lexicon().stock_metrics
    named = _level_keys.metric_of(doc, j)
    vague = any(lexicon().frame_class(w, "vague") for w in (frame.measure or "").split()[-1:])
    for word in words:
        if word in stock and (stock[word][0] == named or vague):
            return True  # "a town of 9,800 people" ... "a population of 8,900"
        if any(_shared(e, word) >= min(len(word), 4) for e in earlier):
            return True
        if _measures.term(word) & read or _mention_names.group(word) & earlier:
            return True
    return False


def _shared(a: str, b: str) -> int:
    """The number of first letters two words share ("spent", "spending" -> 4)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _before_head(doc: Document, i: int) -> tuple[str, ...]:
    """The lower-case words just before the head of figure i's measure where its sentence
    writes it, as a noun, at most two words before the figure ("The hospital's 2025 cancer
    patients numbered 8,000" -> ("cancer",)), after a determiner, possessive or number; ()
    when the head is not so written ("the biggest share of the £460m budget")."""
    head = (doc.frames[i].measure or "").lower().replace("-", " ").split()[-1:]
    if not head or len(head[0]) < 3:
        return ()
    start, end = doc.contexts[i].sentence[0], doc.claims[i].start
    tokens = re.findall(r"[\w'’.-]+", doc.text[start:end])
    at = next((k for k in range(len(tokens) - 1, len(tokens) - 4, -1)
               if k >= 0 and tokens[k].lower().rstrip("s") == head[0].rstrip("s")), None)
    if at is None or any(not t.isalpha() or not t.islower() or _STOP.match(t)
                         for t in tokens[at + 1:]):
        return ()  # "the biggest share of the £460m budget": the head names no subject
    out: list[str] = []
    for token in reversed(tokens[max(0, at - 4):at]):
        if not token.isalpha() or _STOP.match(token) or token.endswith(("'s", "’s")):
            return tuple(reversed(out))  # "the hospital's 2025 cancer patients"
        if not token.islower():
            break
        out.append(token)
    return ()


def lengths_differ(doc: Document, j: int, i: int) -> bool:
    """Whether figures j and i cover periods of different lengths (in days): one named by
    a word of its phrase or its unit, the other of another or, for a period shorter than a
    year, of none known."""
    a, b = _length(doc, j), _length(doc, i)
    if a[1] is None and b[1] is None:
        return False  # neither phrase names a length: the frames' periods compare them
    if a[0] is None or b[0] is None:
        return (a[0] or b[0] or 0) < _DAYS["year"]  # "annual profit" meets "profit"
    return a[0] != b[0]


def _length(doc: Document, i: int) -> tuple[int | None, str | None]:
    """(days, the word that names them or None) for figure i: a "per:PERIOD" word of its
    measure, noun or the words before it in its clause, its unit's period ("GBP /
    month"), else the span of its frames' period (a year, a month) with no word."""
    frame, c = doc.frames[i], doc.claims[i]
    phrase = _PHRASE.search(doc.text, doc.contexts[i].sentence[0], c.start)
    words = {w.lower() for w in fig.WORDS.findall(
        f"{frame.measure or ''} {c.noun or ''} {phrase.group(0) if phrase else ''}")}
    for kind in fig.kinds("per:"):
        if fig.words(kind) & words:
            return _DAYS.get(kind[4:]), kind
    if " / " in c.unit and c.unit.rsplit(" / ", 1)[1] in _DAYS:
        return _DAYS[c.unit.rsplit(" / ", 1)[1]], "unit"  # not "EUR / liter": no period
    if fig.words("yearly_noun") & words:
        return _DAYS["year"], None  # "the mayor's £96,000 salary": a yearly pay
    if frame.period is not None and (frame.period[1] - frame.period[0]).days >= 364:
        return _DAYS["year"], None  # "in 2025", "last year"; not "frozen in May": a day
        # or month may date an event of the figure, not the span it covers
    return None, None
