"""An entity's share of a whole another row of the same series holds: "Rwanda's conflict
deaths were over 90% of the world's that year", "the United States made up more than
three quarters of the world total", "India accounts for a third of global deaths from X".

The percent is no level of a series of shares: it is the entity's row divided by the
whole's row (Our World in Data's "World", or a region the sentence names) of one series
of counts, for the same period. The whole is the entity named after "of" in the figure's
clause ("of the world's total", "of global emissions", "of Africa's"), other than the
figure's subject. The series is the one the figure's words find for the subject when the
figure is read as a count; a series of shares or percents is not divided (a share of a
share reads two ways), and a subject the sentence does not name, or a whole no row of the
series holds, decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from factcheck import figures
from factcheck.model import Frame, Verdict
from factcheck.reference.compare_read import mentions
from factcheck.reference.derived import derived_table
from factcheck.reference.entities import entities_named
from factcheck.reference.match import find_row
from factcheck.reference.names import WORLD
from factcheck.reference.rows import Hit
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.series import SHARE_UNITS

_OF = re.compile(r"^\s*(?:of|in)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:.!?]\s|\s(?:and|but|while|whereas|which|who)\s", re.IGNORECASE)
_SET_AGAINST = re.compile(r"\b(?:against|compared|versus|vs|than|unlike)\b", re.IGNORECASE)
# "60% of India's power came from coal, against 35% of the world's": the world's own share
REACH = 80  # characters after the figure within which its whole is named


def clause_after(after: str) -> str:
    """The words after a figure up to the end of its clause (a comma, a full stop, "and",
    "which", ...)."""
    return _CLAUSE.split(after, maxsplit=1)[0]


def whole_of(frame: Frame, sentence: str, offset: int) -> str | None:
    """The name of the whole a percent figure is a share of ("World", "Africa"), when the
    figure's clause names one after "of" that is not its subject; else None."""
    claim = frame.claim
    if (claim.unit != "percent" or claim.change is not None or claim.multiplier
            or frame.role == "change" or frame.subject in (None, "World")):
        return None
    after = sentence[claim.end - offset:claim.end - offset + REACH]
    before = _CLAUSE.split(sentence[max(0, claim.start - offset - REACH):claim.start - offset])
    if not _OF.match(after) or _SET_AGAINST.search(before[-1]):
        return None
    clause = clause_after(after)
    named = mentions(clause, 0, len(clause))
    subject = {m.key for m in mentions(frame.subject or "", 0, len(frame.subject or ""))}
    wholes = [m for m in named if m.key not in subject]
    if len(wholes) != 1:
        return None
    mention = wholes[0]
    return "World" if mention.key == "World" else mention.text.removesuffix("'s")


_CUT = re.compile(r"\s(?:in|for|during|since|between|from\s+\d|that|by|on|at|as|over|than)\b"
                  r"|\d", re.IGNORECASE)
_DROP = frozenset({"of", "in", "the", "all", "its", "their", "a", "an", "total", "s", "'s"})


def whole_measures(frame: Frame, sentence: str, offset: int) -> list[str]:
    """What the whole counts, in the order tried: the words after the figure's "of" less
    the whole's name ("of the world's total conflict deaths that year" -> "conflict
    deaths"), then the frame's measure less the subject's words (a share's measure holds
    the sentence's nouns: "india home population")."""
    after = sentence[frame.claim.end - offset:frame.claim.end - offset + REACH]
    clause = _CUT.split(_OF.sub("", clause_after(after), count=1), maxsplit=1)[0]
    for mention in reversed(mentions(clause, 0, len(clause))):
        clause = clause[:mention.start] + " " + clause[mention.end:]
    kept = " ".join(w for w in re.findall(r"[\w-]+", clause) if w.lower() not in _DROP)
    subject = {w.lower() for w in re.findall(r"\w+", frame.subject or "")} | WORLD | _DROP
    rest = " ".join(w for w in (frame.measure or "").split() if w.lower() not in subject)
    return list(dict.fromkeys(m for m in (kept, rest) if m))


def share_table(frame: Frame, whole: str, measures: list[str], tables: list[ReferenceTable],
                as_of: date) -> tuple[Frame, ReferenceTable] | str:
    """The frame read as a level of the subject's share of the whole, and the table of that
    share (the subject's row over the whole's, times 100, period by period); else why
    not. measures: what the whole may count, in order (whole_measures): the first that
    finds a series decides."""
    hits = [(measure, find_row(replace(frame, role="level", measure=measure,
                                       claim=replace(frame.claim, unit="")), tables, as_of))
            for measure in measures]
    found = [(measure, hit) for measure, hit in hits if isinstance(hit, Hit)]
    if not found or found[0][1].others:
        return f"the figure is a share of {whole}'s total, and no series of counts fits it"
    measure, hit = found[0]
    first = hit.first_row
    if first.unit in SHARE_UNITS:
        return (f"the figure is a share of {whole}'s total, and the series that fits "
                f"({first.metric}) holds percents, not counts to divide")
    table = hit.table
    held = entities_named(whole, table)
    if len(held) != 1:
        return f"the figure is a share of {whole}'s total, and {table.name} holds no row for it"
    mine = [row for row in table.records
            if row.entity == first.entity and row.metric == first.metric]
    theirs = [row for row in table.records if row.entity in held and row.metric == first.metric]
    metric = f"{first.metric}: {first.entity}'s share of {next(iter(held))}'s"
    share = derived_table([mine, theirs], _ratio, _note, entity=first.entity, metric=metric,
                          unit="%")
    if share is None:
        return f"the figure is a share of {whole}'s total, and no year holds both rows"
    return replace(frame, role="level", subject=first.entity, measure=measure), share


def share_verdict(frame: Frame, sentence: str, offset: int, tables: Sequence[ReferenceTable],
                  as_of: date, judge: Callable[[Frame, list[ReferenceTable]], Verdict]
                  ) -> Verdict | None:
    """The verdict on a percent figure that is a share of another entity's total
    (whole_of), judged on the share's table, on the claim as written; None for any other
    figure."""
    whole = whole_of(frame, sentence, offset)
    if whole is None:
        return None
    read = share_table(frame, whole, whole_measures(frame, sentence, offset), list(tables),
                       as_of)
    if isinstance(read, str):
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {read}.")
    return replace(judge(read[0], [read[1]]), claim=frame.claim)


def _ratio(rows: list[Row]) -> float | None:
    part, whole = rows[0].value, rows[1].value
    return 100.0 * part / whole if whole > 0 and part >= 0 else None


def _note(rows: list[Row], value: float) -> str:
    part, whole = rows
    return (f"{part.entity} {figures.fmt(part.value, 0)} / {whole.entity} "
            f"{figures.fmt(whole.value, 0)} = {figures.fmt(value, 1)}%")
