"""A whole broken down in the next sentence, for FC207 (the story-level reading of
factcheck.checks._story, over two sentences): "Storm Ida damaged 1,240 homes. Of those, 860
were in Carrow and 520 in Ellis Bay"; and where an attribution closes a list (", the trust
said"), which is no part of it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from factcheck.checks import Document, _shares, _wholes
from factcheck.checks import _figures as fig
from factcheck.checks._statements import own_predicate, repeated_predicate
from factcheck.checks._story import (
    clause_end,
    paragraph_break,
    partitions,
    section_break,
    sentence_index,
    story_words,
)
from factcheck.lexicon import lexicon
from factcheck.model import Frame


def breakdowns(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """A whole broken down in the next sentence (across a paragraph break, not a heading:
    factcheck.checks._sections.section_break), as (whole, parts) claim
    indices: "Storm Ida damaged 1,240 homes. Of those, 860 were in Carrow and 520 in Ellis
    Bay"; "The squad won 23 medals. Nine were gold, eight silver and seven bronze". The
    next sentence holds two or more figures, all of the whole's unit, with no change,
    period or relation of their own other than to the whole, under one verb written
    once (the frames' clause verb: "860 were in Carrow and 520 in Ellis Bay"; not "800
    work in Leeds and 600 are part-time", two statements that may overlap, nor "500 are
    nurses and 400 are part-time", where the parse may give both one verb but the
    predicate is written again, nor "600 are men and 450 work shifts", a later part with
    a verb of its own: factcheck.checks._statements), and the
    first is tied to the whole: the frames make it a part of it or give it the whole's
    measure (the whole is the figure the frames tie the first part to, else the last of
    its sentence: _whole_before). Such a list need not be complete: it is (the third
    item) only when its labels name every member of a partition (story.tsv, class
    "partition:NAME": gold, silver and bronze medals; won, drawn and lost)."""
    for group, following in pairwise(doc.groups):
        whole = _whole_before(doc, group, following[0])
        if (doc.frames[whole].role not in ("level", "total") or doc.claims[whole].change
                or len(following) < 2 or section_break(doc, whole, following[0])
                or sentence_index(doc, following[0]) != sentence_index(doc, whole) + 1):
            continue
        if all(_part_of(doc, whole, i) for i in following) and _one_verb(doc, following) \
                and _tied(doc, whole, following[0]) \
                and not repeated_predicate(doc, list(following)) \
                and not any(own_predicate(doc, i) for i in following[1:]):
            yield whole, list(following), names_partition(doc, following)


def _whole_before(doc: Document, group: tuple[int, ...], first: int) -> int:
    """The whole a next sentence breaks down: the figure of the sentence before that the
    frames make the whole of its first part, else that sentence's last figure of the
    part's unit ("involves 240 scientists from 14 countries. Of those, 130 ...": the
    scientists, not the countries, though the countries come last; "drew 5,600 visitors
    over 3 days. Of those, 3,100 ...": no duration)."""
    tied = doc.frames[first].relations.get("whole", ())
    same = [j for j in group if doc.claims[j].unit == doc.claims[first].unit]
    if len(tied) == 1 and tied[0] in same:
        return tied[0]
    return same[-1] if same else group[-1]


def names_partition(doc: Document, parts: Sequence[int]) -> bool:
    """Whether the parts' labels (a part's noun, else the first word after it in its
    clause that is no copula, past "of them": "Nine were gold", "eight silver", "eight
    women", "18 of them women") name all of a partition (story.tsv, class
    "partition:NAME"; a plural label counts as its singular: "six silvers"; a label
    after a function word counts too: "44 at home and 19 away"). After "of
    them" the word that follows is the label, whatever noun the figure borrowed from its
    whole ("18 of them women" counts teachers, labelled women)."""
    labels: set[str] = set()
    for i in parts:
        c = doc.claims[i]
        after = [w.lower() for w in fig.WORDS.findall(doc.text, c.end, clause_end(doc, i))]
        back = after[:1] == ["of"] and after[1:2] != [] and after[1] in fig.words("back")
        if back:
            after = after[2:]  # "18 of them women": the label after the pointing back
        after = [w for w in after if w not in fig.words("copula")]
        noun = "" if back and after else c.noun
        if noun and after and not re.match(r"\s*" + re.escape(noun) + r"\b",
                                           doc.text[c.end :], re.IGNORECASE):
            noun = ""  # "9 drawn and 6 lost": a noun carried over from the part before,
            # not written after this one, is not its label; the word after it is
        label = (noun or (after[0] if after else "")).lower()
        labels.update((label, label.removesuffix("s")))
        placed = [w for w in after[:3] if w not in fig.words("function")][:1]
        if not noun and placed and after[0] in fig.words("function"):
            labels.add(placed[0])  # "44 at home and 19 away": the label after a preposition
    return any(labels >= story_words(kind) for kind in partitions())


def _part_of(doc: Document, whole: int, i: int) -> bool:
    frame, c, w = doc.frames[i], doc.claims[i], doc.claims[whole]
    if frame.role not in ("level", "part") or c.change or c.multiplier or c.high is not None:
        return False
    if c.unit != w.unit or set(frame.relations) - {"whole"}:
        return False
    if frame.relations.get("whole", (whole,)) != (whole,):
        return False
    period, total = frame.period, doc.frames[whole].period
    return period is None or period == total or (
        total is not None and total[0] <= period[0] and period[1] <= total[1])


_REST = fig.last_word("rest")


def _one_verb(doc: Document, parts: tuple[int, ...]) -> bool:
    """Whether the parts are told by one verb written once: the first part's, which every
    later part has too or, gapped, has none of its own ("Sopranos account for 30, altos
    18 and tenors 20"); the last part may have a verb of its own when a word of the rest
    leads it ("..., and the remaining 20 sing bass": words.tsv, class "rest")."""
    first = doc.contexts[parts[0]].verb
    rest = _REST.search(doc.text, doc.contexts[parts[-1]].sentence[0], doc.claims[parts[-1]].start)
    later = parts[1:-1] if rest else parts[1:]
    return first is not None and all(doc.contexts[i].verb in (first, None) for i in later)


def _tied(doc: Document, whole: int, first: int) -> bool:
    """Whether the first part of a list is tied to the whole: the frames make it a part of
    it, its words point back ("Of those, 860 ...", "Of that, £6.1m"), or it opens its
    sentence as its subject with the whole's measure and no noun ("Nine were gold"), not
    a figure of another statement ("It spent £6.1m on roads"), or follows a verb that
    states a share ("Sopranos account for 30": words.tsv, class "sharing")."""
    frame = doc.frames[first]
    if frame.relations.get("whole") == (whole,) or _wholes.points_back(doc, first):
        return True
    if _shares.share_verb(doc, first):
        return True  # "Sopranos account for 30": its subject labels a share of the whole
    measure = doc.frames[whole].measure
    opens = not fig.WORDS.search(doc.text, doc.contexts[first].sentence[0],
                                 doc.claims[first].start)
    return (opens and measure is not None and frame.measure == measure
            and doc.claims[first].noun is None)


def labelled(doc: Document, i: int, parts: list[int]) -> bool:
    """Whether the subject the frames give part i is the label of a part of its list,
    written in a scope word's phrase right after that part ("860 people, 510 in Bristol
    and 420 in Cardiff": the 510 are Bristol's share of the 860), while part i has such a
    label of its own; not a holder of its own ("... and Oxfam 19 in Cornwall"), nor a part
    cut another way ("510 in Bristol and 420 of them part-time")."""
    subject = doc.frames[i].subject
    scope = r"\s+(?:" + "|".join(sorted(fig.QUALIFIERS)) + r")\s+"
    if subject is None or not re.match(scope + r"(?!them\b|whom\b)", doc.text[doc.claims[i].end :]):
        return False
    label = re.compile(scope + r"(?:the\s+)?" + re.escape(subject) + r"\b")
    return any(label.match(doc.text, doc.claims[j].end) for j in parts)


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "thought": "think",
              "put": "put", "shown": "show", "stated": "state"}


def reporting(word: str) -> bool:
    """Whether a word is a form of a verb that names a figure's source (frames.tsv, class
    "reporting", by its lemma: "said", "reports", "estimated")."""
    w = word.lower()
    forms = {w, _IRREGULAR.get(w, w), w.removesuffix("s"), w.removesuffix("d"),
             w.removesuffix("ed"), w.removesuffix("es")}
    return any(lexicon().frame_class(f, "reporting") for f in forms if f)


def before_attribution(text: str, start: int, end: int) -> int:
    """Where the attribution that closes a sentence starts (", the trust said on Wednesday",
    ", according to the council"), or end: the words after it are the source's, not more
    of a list (a comma there leaves no list open)."""
    cut = text.rfind(",", start, end)
    if cut >= 0 and any(reporting(w) for w in fig.WORDS.findall(text, cut, end)):
        return cut
    return end


SPLIT_SENTENCES = 2  # sentences after a whole's that its parts in time are looked for in


def time_splits(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """A whole over a stretch of time and parts of it in stretches inside it, as (whole,
    parts, complete): "The county lost 3,200 hectares to fire this summer. 1,900 burned
    in July and 1,500 in August". No word is read: the frames give the whole a period of
    more than a day and each part (a level of its measure, unit and subject, in its
    sentence or the SPLIT_SENTENCES after it, in its paragraph) a period inside it, no
    two parts' periods meet, so no part counts what another counts. The parts are
    complete when their periods cover the whole's from end to end. Unsure says nothing:
    another figure of the measure there of the whole's period, or of one outside it,
    and the whole is not read."""
    for w, frame in enumerate(doc.frames):
        period = frame.period
        if period is None or period[0] == period[1] or not _whole_in_time(frame):
            continue
        parts: list[int] = []
        for j in range(w + 1, len(doc.claims)):
            if (sentence_index(doc, j) > sentence_index(doc, w) + SPLIT_SENTENCES
                    or paragraph_break(doc, w, j)):
                break
            other = doc.frames[j]
            if other.claim.unit != frame.claim.unit or other.measure != frame.measure:
                continue
            if not _stretch_of(other, frame):
                parts = []
                break
            parts.append(j)
        spans = sorted(p for j in parts if (p := doc.frames[j].period) is not None)
        if len(parts) > 1 and all(a[1] < b[0] for a, b in pairwise(spans)):
            complete = spans[0][0] == period[0] and spans[-1][1] == period[1] and all(
                (b[0] - a[1]).days == 1 for a, b in pairwise(spans))
            yield w, parts, complete


def _whole_in_time(frame: Frame) -> bool:
    c = frame.claim
    return (frame.role in ("level", "total", "change") and frame.measure is not None
            and "percent" not in c.unit and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx"))


def _stretch_of(part: Frame, whole: Frame) -> bool:
    """Whether a figure counts the whole's thing in a stretch inside its period: a level,
    or a change of the same sense as a whole that is a change ("lost 260 million litres
    in June" of "lost 410 million litres this summer")."""
    c, p, span = part.claim, part.period, whole.period
    if p is None or span is None or p == span or not (span[0] <= p[0] and p[1] <= span[1]):
        return False
    flow = part.role == whole.role == "change" and c.change == whole.claim.change  # "lost"
    level = part.role in ("level", "part") and not c.change
    return ((level or flow) and not c.multiplier
            and c.high is None and c.bound in ("exact", "approx")
            and part.subject in (None, whole.subject))


def parallel_clauses(doc: Document) -> Iterator[tuple[int, list[int], bool]]:
    """A whole in an amount of a unit and, in the next sentence, its parts as the objects
    of one verb repeated in two or more clauses (or written once, the later clauses
    leaving it out), each with a holder of its own: "The appeal raised £74,000. Local
    firms gave £45,000 and individual donors gave £36,000."
    Holders that differ give amounts that cannot overlap; the list may leave some out,
    so it is never complete (only a sum above the whole is wrong). Not read: plain counts
    (the counted may be in two groups: "20 work nights and 22 are agency staff"), a
    holder that is a pronoun pointing back ("it spent ... and it spent ...": one holder
    cut two ways), parts under the whole's own verb (peers: "will cost £3.8m. The pool
    cost £2.5m and the gym £1.9m"), a part with words of its own after it, a verb written once
    (factcheck.checks._breakdown.breakdowns)."""
    for group, following in pairwise(doc.groups):
        unit = doc.claims[group[-1]].unit
        wholes = [w for w in group if doc.claims[w].unit == unit]
        parts = [j for j in following if doc.claims[j].unit == unit]
        if (not unit or "percent" in unit or len(wholes) != 1 or len(parts) < 2
                or paragraph_break(doc, wholes[0], parts[0])
                or not _whole_in_time(replace(doc.frames[wholes[0]], measure=""))):
            continue
        if all(_part_of(doc, wholes[0], j) for j in parts) and _parallel(doc, parts) \
                and not _same_verb(doc, wholes[0], parts[0]):
            yield wholes[0], parts, False


def _same_verb(doc: Document, whole: int, part: int) -> bool:
    """Whether a part's verb is the whole's and its holder shares no word with the
    whole's, so that it states the same of another thing ("The hall will cost £3.8m. The
    pool cost £2.5m and the gym £1.9m": peers of the whole, not its parts; but "The
    county's farms sold ... Upland farms sold ...": a part of the whole's holder)."""
    verbs = [doc.contexts[whole].verb, doc.contexts[part].verb]
    found = [fig.WORDS.match(doc.text, at) for at in verbs if at is not None]
    stems = {_stem(m.group(0).lower()) for m in found if m is not None}
    if len(found) != 2 or len(stems) != 1:
        return False
    holders = [_holder(doc, i, at or 0) for i, at in zip((whole, part), verbs, strict=True)]
    return not holders[0] & holders[1]


def _holder(doc: Document, i: int, verb: int) -> set[str]:
    """The stems of the words before claim i's verb in its sentence, but stopwords."""
    words = fig.WORDS.findall(doc.text, doc.contexts[i].sentence[0], verb)
    return {_stem(w.lower()) for w in words if w.lower() not in lexicon().stopwords}


def _stem(verb: str) -> str:
    for end in ("ing", "ied", "ed", "es", "s", "e"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            return verb[: -len(end)]
    return verb


def _parallel(doc: Document, parts: list[int]) -> bool:
    """Whether each part is the object of its own clause's verb, all one word, after a
    holder of its own that is no pronoun and no other part's holder, and ends its clause
    (no scope of its own after it: "gave £1.4m to a different fund"). A clause after the
    first may leave the verb out, the parse giving its part the first one's ("The fund is
    paying £2.5m and the council £1.3m": its holder stands between the two parts)."""
    verbs, holders = set(), set()
    for k, i in enumerate(parts):
        at = doc.contexts[i].verb
        if at is None or at > doc.claims[i].start:
            return False
        verb = fig.WORDS.match(doc.text, at)
        start = max([doc.contexts[i].sentence[0], *(doc.claims[j].end for j in parts if j < i)])
        gapped = k > 0 and at < start and doc.contexts[parts[k - 1]].verb == at
        holder = [w.lower() for w in fig.WORDS.findall(doc.text, start,
                                                      doc.claims[i].start if gapped else at)
                  if w.lower() not in lexicon().stopwords and w.lower() != "and"]
        if verb is None or not holder or holder[0] in story_words("pointing"):
            return False
        if fig.WORDS.search(doc.text, doc.claims[i].end, clause_end(doc, i)):
            return False  # "... spent £1.1m on salaries": a scope of its own
        verbs.add(verb.group(0).lower())
        holders.add(" ".join(holder))
    return len(verbs) == 1 and len(holders) == len(parts)
