"""A story-level reading of the frames, for FC204, FC205 and FC207: which later figures of a
paragraph go on with a figure that named its whole, whatever words tie them.

A writer names a whole once and then lists what shares it or makes it up, in the same
clause, the next clause or the next sentences: "Salaries take 64% of the school's budget.
Buildings take 23% and books 19%"; "Gas made 44% of the island's power; nuclear gave 31%";
"The yes side took 53.8% of the vote. No took 48.6%". The frames give the first figure its
whole (role "share", its measure) and the others nothing of their own: no whole, no scope,
no other period. This module reads that: a figure that names its whole opens a run, and
a later figure of its dimension that names nothing of its own (DESIGN.md, "Frames":
no measure of its own after it, no period other than the opener's, no change, no base of a
comparison) and is held by another holder (the words of its clause before it, which are
not a pronoun pointing back to the first holder) continues the run, in the opener's
paragraph and at most RUN_SENTENCES sentences on. Any other figure of the dimension in
those sentences closes the run: unsure says nothing.

Not read: a figure whose clause holds a verb that states no held share (story.tsv, class
"unstated": "72% said they never did" is an answer, and answers to two questions share no
whole, factcheck.checks._answers reads answers to one; "had hoped for 70%"), a figure
stated as what its subject is ("Turnout was 64%": words.tsv, class "copula") or as the
value of a named measure ("a rating of 65%"; a rate, frames.tsv "rate"), a figure that
opens its clause ("..., and 64% own a bicycle": no holder of its own), a holder that is a
pronoun pointing back ("It had 65% in 2019": story.tsv, "pointing"), a whole that is a
ratio to an aggregate ("90% of GDP": frames.tsv, "metric").

Also here, for the same reading over sentences: a standing count that meets a dated part
(holds_at, FC204) and a share of holders named together (joint_holder, FC205); a whole
broken down in the next sentence is read by factcheck.checks._breakdown (FC207). Where
claims stand (their sentence, the paragraph and section breaks between them) is read in
factcheck.checks._sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from importlib.resources import files

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._sections import (
    in_sentence,
    paragraph_break,
    section_between,
    section_break,
    sentence_index,
)
from factcheck.lexicon import lexicon
from factcheck.model import Claim

__all__ = ["RUN_SENTENCES", "STANDING_DAYS", "STRETCH_DAYS", "clause_end", "holds_at",
           "in_sentence", "joint_holder", "own_scope", "paragraph_break", "partitions",
           "section_between", "section_break", "sentence_index", "share_runs", "story_classes",
           "story_words"]  # sentence_index ... section_between: read in _sections

_TOKEN = re.compile(r"[\w'’-]+")  # "under-30s", "Vesk's": a holder's words as written
RUN_SENTENCES = 2  # sentences after the opener's that a run may reach
_OWN_WHOLE = re.compile(  # words after a figure that give it a whole, scope or time of its own
    r"\s*(?:(?:of|in|for|among|at|on|from|to|by|per|than|points?|higher|lower|more|less|"
    r"above|below|over|under|a\s+year|year|up|down|increase|decrease|rise|drop|fall|"
    r"growth|rate|stake|interest|tariffs?|tax|discount|chance)\b|[-–—(%])", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_COMPLEMENT = frozenset({"of", "at"})  # "a rating of 65%", "put it at 70%": a named value


def share_runs(doc: Document) -> Iterator[list[int]]:
    """Each run of two or more shares of one whole over sentences, as claim indices: an
    opener whose frame is a share naming its whole, then the shares that go on with it."""
    taken: set[int] = set()
    for i, frame in enumerate(doc.frames):
        if i in taken or not _plain_percent(frame.claim) or frame.role != "share":
            continue
        head = (frame.measure or "").split()[-1:] or [""]
        if not head[0] or lexicon().frame_class(head[0], "metric"):
            continue
        if not _names_whole(doc, i):
            continue
        run = [i, *_followers(doc, i)]
        if len(run) > 1 and _holders_differ(doc, run):
            taken.update(run)
            yield run
    for i, frame in enumerate(doc.frames):  # "Polling put Morrow on 41%. Dunne was on 35%."
        if i in taken or not _plain_percent(frame.claim) or not _standing(doc, i):
            continue
        run = [i, *_followers(doc, i)]
        if len(run) > 1 and _holders_differ(doc, run):
            taken.update(run)
            yield run


def _standing(doc: Document, i: int) -> bool:
    """Whether a percentage states where a named holder stands in a race or a poll, the
    whole left unwritten: a verb that wins a share or a preposition that puts a holder on
    one right before it (words.tsv, classes "wins" and "standing": "Okafor polled 48%",
    "put Morrow on 41%"), its frame a holder's figure with no measure, whole, period or
    relation of its own ("on 41% of the vote in York" names its own)."""
    frame, c = doc.frames[i], doc.claims[i]
    if frame.role not in ("level", "share") or frame.measure or frame.relations:
        return False
    own = _OWN_WHOLE.match(doc.text, c.end)
    lent = own is not None and _lends_scope(doc, i, own.group().strip().lower())
    if frame.subject is None or ((own is not None or frame.period is not None) and not lent):
        return False  # a scope or time of its own, unless the list's later holders share
        # it ("on 44% in Thursday's survey, the Nationals on 38%, ...")
    words = [w.lower() for w in fig.WORDS.findall(doc.text, _clause_start(doc, i), c.start)]
    return len(words) > 1 and words[-1] in fig.words("wins") | fig.words("standing")


def _lends_scope(doc: Document, i: int, word: str) -> bool:
    """Whether the scope after share i (word: its preposition, "on 39% in the latest
    poll") is one its list's later holders share: the next figure stands in i's sentence
    with the verb left out (its clause's verb is i's, written before i: gapping), where a
    holder stands on a share with no scope of its own ("Labour is on 39% in the latest
    poll, the Tories on 34%, ..."); not "..., the Tories on 34% in Leeds", "... and the
    Tories are on 34%"."""
    j, verb = i + 1, doc.contexts[i].verb
    if word not in fig.QUALIFIERS or verb is None or verb > doc.claims[i].start:
        return False
    return (j < len(doc.claims) and doc.contexts[j].sentence == doc.contexts[i].sentence
            and doc.contexts[j].verb == verb and _standing(doc, j))


def _names_whole(doc: Document, i: int) -> bool:
    """Whether the share writes its whole after it ("64% of the budget")."""
    return _OF_AFTER.match(doc.text, doc.claims[i].end) is not None


def _followers(doc: Document, first: int) -> list[int]:
    """The percentages after the opener that go on with it, until one that does not."""
    out: list[int] = []
    last_sentence = sentence_index(doc, first) + RUN_SENTENCES
    for j in range(first + 1, len(doc.claims)):
        if sentence_index(doc, j) > last_sentence or section_break(doc, first, j):
            break
        if "percent" not in doc.claims[j].unit:
            if sentence_index(doc, j) > sentence_index(doc, out[-1] if out else first):
                break  # "... 61% of travellers. Fares rose by £12. Its rival flew 44%.":
            continue  # a statement of another figure between ends the ellipsis
        if not _goes_on(doc, first, j):
            return []  # another percentage that is no share of the whole: unsure
        out.append(j)
    return out


def _goes_on(doc: Document, first: int, j: int) -> bool:
    frame, c = doc.frames[j], doc.claims[j]
    if not _plain_percent(c) or frame.role not in ("level", "share"):
        return False
    if frame.relations or _OWN_WHOLE.match(doc.text, c.end):
        return False
    if frame.period is not None and frame.period != doc.frames[first].period:
        return False
    before = doc.text[_clause_start(doc, j) : c.start]
    words = [w.lower() for w in fig.WORDS.findall(before)]
    if words and ((words[-1] in fig.words("copula") and not _group_is(words))
                  or words[-1] in fig.words("base")
                  or words[-1] in lexicon().change_verbs or words[-1] in _COMPLEMENT
                  or words[-1] == "to"):
        return False  # "Turnout was 64%", "up from 50%", "rose to 45%", "a rating of 65%"
    measure = (frame.measure or "").split()[-1:]
    if any(lexicon().frame_class(w, "rate") for w in [*measure, *words]):
        return False  # "an approval rating ... 65%", "Turnout reached 71%": a rate
    if any(w in lexicon().change_verbs for w in words):
        return False
    after = [w.lower() for w in fig.WORDS.findall(doc.text, c.end, clause_end(doc, j))]
    if own_scope(doc, j) or (after and measure and after[0].rstrip("s")
                             == measure[0].rstrip("s")):
        return False  # "enjoys 70% margins": a measure of its own
    return not story_words("unstated") & {*words, *after[:3]}


def _group_is(words: list[str]) -> bool:
    """Whether a clause's words before its percentage ("adults of working age were") are a
    holder and a plural copula (story.tsv, class "plural"): a group of members of the
    whole stated as its share ("Adults were 64%"), where a singular copula states the
    level of a measure ("Turnout was 64%")."""
    return len(words) > 1 and words[-1] in story_words("plural") and (
        words[-2] not in story_words("pointing"))


def own_scope(doc: Document, j: int) -> bool:
    """Whether a percentage's clause gives it a scope of its own (story.tsv, class "scope":
    "took 60% there", "62% nationally"): no share of an earlier whole. A scope word that
    is the object of a preposition of category names where the share comes from or goes
    to, one answer of the whole's ("30% came from the county and 21% from abroad";
    words.tsv, class "category"), no scope."""
    c = doc.claims[j]
    before = fig.WORDS.findall(doc.text, _clause_start(doc, j), c.start)
    after = fig.WORDS.findall(doc.text, c.end, clause_end(doc, j))
    words = [w.lower() for w in (*before, *after)]
    scoped = {w for k, w in enumerate(words)
              if not (k and k != len(before) and words[k - 1] in fig.words("category"))}
    return bool(story_words("scope") & scoped)


def _holders_differ(doc: Document, run: list[int]) -> bool:
    """Whether each member of a run has a holder of its own: the words of its clause before
    it, none a pronoun pointing back, no two alike (a figure that opens its clause, as in
    "The under-30s made up 38%. 47% were middle-aged", has none and is not read)."""
    seen: set[str] = set()
    for i in run:
        before = doc.text[_clause_start(doc, i) : doc.claims[i].start]
        if not _TOKEN.search(before):
            return False  # "..., and 64% own a bicycle": the figure opens its clause
        words = _content(before)
        if not words:  # "Its rival, Vesk, has 35%": the holder stands before the apposition
            before = doc.text[doc.contexts[i].sentence[0] : doc.claims[i].start]
            words = _content(before)
        if (not words or words[0] in story_words("pointing") or " ".join(words) in seen
                or _pointing_subject(before)):
            return False
        seen.add(" ".join(words))
    return True


@cache
def story_words(kind: str) -> frozenset[str]:
    """The words of a class in story.tsv."""
    text = files(__package__).joinpath("story.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(word for word, found in rows if found == kind)


def _content(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text) if w.lower() not in lexicon().stopwords]


def _pointing_subject(before: str) -> bool:
    first = fig.WORDS.search(before)
    return first is not None and first.group(0).lower() in story_words("pointing")


def _clause_start(doc: Document, i: int) -> int:
    start = doc.contexts[i].sentence[0]
    found = [m.end() for m in _CLAUSE_START.finditer(doc.text, start, doc.claims[i].start)]
    return found[-1] if found else start


def clause_end(doc: Document, i: int) -> int:
    end = doc.contexts[i].sentence[1]
    m = _CLAUSE_START.search(doc.text, doc.claims[i].end, end)
    return m.start() if m else end


def _plain_percent(c: Claim) -> bool:
    return (c.unit == "percent" and not c.change and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx"))




STANDING_DAYS = 31  # how near the draft's date a dated figure meets a standing one
STRETCH_DAYS = 366  # the longest stretch a standing figure is read to hold over


def holds_at(standing: tuple[date, date] | None, dated: tuple[date, date] | None,
             as_of: date) -> bool:
    """Whether a figure with period standing holds when one with period dated does: the
    same period, or a standing figure that states none (a count in the present: "The
    orchestra has 58 players") and a dated one that reaches within STANDING_DAYS of the
    draft's date and is no longer than STRETCH_DAYS ("63 of its players voted on Monday",
    "... last month", "Since June, 63 of its players have ..."); not one of another year
    ("In 2019, 63 of its players ..."), nor a long stretch ("Since 2010, 630 of its
    members have left": members come and go)."""
    if standing == dated:
        return True
    if standing is not None or dated is None:
        return False
    near = timedelta(days=STANDING_DAYS)
    return (as_of - near <= dated[1] and dated[0] <= as_of + near
            and (dated[1] - dated[0]).days <= STRETCH_DAYS)


_JOINT = re.compile(r"\b(?:together|combined|between\s+them)\b", re.IGNORECASE)


def joint_holder(text: str, start: int) -> bool:
    """Whether the figure at start is a share of several holders named together before
    "together" / "combined" in its clause ("wind and solar together 33%", "the two small
    parties combined took 9%"), not the sum of shares named before ("together they bring
    in 85%", "a combined 85%": no holder of its own before the word)."""
    clause = max(text.rfind(mark, 0, start) for mark in (",", ";", ":", ". "))
    found = list(_JOINT.finditer(text, clause + 1, start))
    if not found:
        return False
    words = [w.lower() for w in _TOKEN.findall(text, clause + 1, found[-1].start())]
    content = [w for w in words if w not in lexicon().stopwords and w not in ("and", "a", "the")]
    return bool(content) and content[0] not in story_words("pointing")


@cache
def partitions() -> tuple[str, ...]:
    """The partition classes of story.tsv ("partition:medal", ...)."""
    return story_classes("partition:")


def story_classes(prefix: str) -> tuple[str, ...]:
    """The classes of story.tsv that start with prefix ("partition:", "days:"), sorted."""
    text = files(__package__).joinpath("story.tsv").read_text("utf-8")
    kinds = {line.split("\t")[1] for line in text.splitlines()
             if line and not line.startswith("#")}
    return tuple(sorted(k for k in kinds if k.startswith(prefix)))
