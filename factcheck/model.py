"""The records that cross pipeline stages: Claim, Finding, Evidence, Verdict, Report.

All are frozen dataclasses; nothing here does I/O.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pint

Bound = Literal["exact", "approx", "over", "under", "at_least", "at_most"]
Change = Literal["increase", "decrease"]
Severity = Literal["error", "warning", "info"]
Status = Literal["supported", "contradicted", "unverifiable"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Claim:
    """One quantitative claim: the surface text, its offsets and its normalised reading.

    value and high are fully scaled, in unit; precision is half a unit of the last stated
    digit in unit (DESIGN.md, "Tolerance"), set once by the extractor
    (factcheck.extract.precision) and read by every check and verdict.
    """

    text: str
    start: int
    end: int
    value: float
    high: float | None = None
    unit: str = ""
    noun: str | None = None
    bound: Bound = "exact"
    change: Change | None = None
    multiplier: bool = False
    precision: float = 0.0

    @property
    def quantity(self) -> pint.Quantity[Any]:
        """The value in its unit, from the library's one unit registry."""
        from factcheck.units import quantity

        result: pint.Quantity[Any] = quantity(self.value, self.unit)
        return result

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ClaimContext:
    """What the internal checks read about a claim, derived from its Frame by
    factcheck.frames.stage (until the checks read frames themselves).

    subject: the nearest named entity the claim belongs to ("Bhamo", "Myanmar"), or None.
    cues: metric cue words near the claim, lower-cased lemmas ("population", "export").
    period: the first and last day of the period the claim is about, or None if unstated.
    sentence: start and end offsets of the sentence holding the claim.
    verb: the offset of the verb of the claim's clause when that verb has a subject of its
        own ("wages rose 4.8%"), else None: two figures under two such verbs belong to two
        statements.
    """

    claim: Claim
    subject: str | None = None
    cues: tuple[str, ...] = ()
    period: tuple[date, date] | None = None
    sentence: tuple[int, int] = (0, 0)
    verb: int | None = None


Relations = dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class Frame:
    """What one claim is about, read from a parse of its sentence (built by factcheck.frames).

    subject: the entity the figure describes, as the draft first writes it ("Bhamo"), or None.
    measure: what is counted or measured, the head noun's lemma with its modifiers
    ("rare-earth export", "population", "bed"), or None.
    role: "level", "change", "part", "total", "share", "rate", "age", "duration" or
    "conversion".
    period: first and last day of the time the figure holds for (relative phrases resolved
    against the draft's date), or None if unstated.
    relations: indices into Report.claims: "before"/"after" of a change, "whole" of a part
    or share, "parts" of a total, "restates" (the figure a conversion restates),
    "compared" (the figure before it that it is a target or threshold for: frames.benchmark).
    unsure: why the frame cannot be trusted (a sentence longer than the parser's limit, a
    period without an anchor, several candidate subjects), else None; reference matching
    leaves such a claim unverifiable with this reason.
    other: the second entity a figure between two names ("exports to Japan", "a tariff on
    goods from India"), or None; a table keyed by it decides the claim only through a
    metric that names the subject ("US total tariff rate" for India).
    share_of: the whole of a share whose measure names its part alone, as the whole's
    words ("gdp" for "public debt reached 78% of GDP", measure "public debt"), else None
    (a share's measure then ends in its whole). The whole is no figure of the draft, so
    relations cannot hold it; the reference stage reads a share by its part and whole
    (with_whole). In the JSON as "share_of" (a new field: version 1 unchanged).
    """

    claim: Claim
    subject: str | None = None
    measure: str | None = None
    role: str = "level"
    period: tuple[date, date] | None = None
    relations: Relations = field(default_factory=dict)
    unsure: str | None = None
    other: str | None = None
    share_of: str | None = None

    def __hash__(self) -> int:
        return hash((self.claim, self.subject, self.measure, self.role, self.period,
                     tuple(sorted(self.relations.items())), self.unsure, self.other,
                     self.share_of))

    def with_whole(self) -> Frame:
        """The frame as the reference stage reads a share: its measure followed by its
        whole's words when share_of holds them ("public debt" of "gdp" -> "public debt
        gdp"), so that the whole chooses between series ("... as a share of GDP"); the
        frame itself otherwise."""
        if self.share_of is None or self.measure is None:
            return self
        return replace(self, measure=f"{self.measure} {self.share_of}", share_of=None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (claim given by its text; the index is added by the report)."""
        return {
            "text": self.claim.text,
            "subject": self.subject,
            "measure": self.measure,
            "role": self.role,
            "period": [d.isoformat() for d in self.period] if self.period else None,
            "relations": {k: list(v) for k, v in self.relations.items()},
            "unsure": self.unsure,
            "other": self.other,
            "share_of": self.share_of,
        }


@dataclass(frozen=True)
class Evidence:
    """The reference row that decided a verdict or a finding."""

    table: str
    row: int
    entity: str
    metric: str
    period: str
    value: float
    unit: str
    source: str
    url: str | None = None
    retrieved: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
    """A problem found in the draft, with the arithmetic in its message."""

    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    claim: Claim | None = None
    evidence: Evidence | None = None
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "claim": self.claim.to_dict() if self.claim else None,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Verdict:
    """A claim held against the reference tables.

    status: "supported", "contradicted" or "unverifiable"; evidence: the deciding row (None
    when unverifiable); rows: every row the verdict rests on, evidence first.
    """

    claim: Claim
    status: Status
    evidence: Evidence | None
    explanation: str
    rows: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.to_dict(),
            "status": self.status,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "explanation": self.explanation,
            "rows": [row.to_dict() for row in self.rows],
        }


@dataclass(frozen=True)
class Report:
    """What check() found in one text."""

    text: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    verdicts: tuple[Verdict, ...] = ()
    as_of: date | None = None
    path: str = "<string>"
    frames: tuple[Frame, ...] = ()
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the text."""
        starts = self._line_starts or line_starts(self.text)
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def file_dict(self) -> dict[str, Any]:
        """This report as one entry of the JSON document's "files" list."""

        def located(d: dict[str, Any], start: int) -> dict[str, Any]:
            line, col = self.line_col(start)
            return {**d, "line": line, "column": col}

        return {
            "path": self.path,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "claims": [located(c.to_dict(), c.start) for c in self.claims],
            "frames": [located(frame_dict(k, f), f.claim.start)
                       for k, f in enumerate(self.frames)],
            "verdicts": [located(v.to_dict(), v.claim.start) for v in self.verdicts],
            "findings": [located(f.to_dict(), f.start) for f in self.findings],
        }

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON document of DESIGN.md for this one text, as the command line
        writes it: {"version": 1, "tool": tool(), "files": [file_dict()]}."""
        return {"version": 1, "tool": tool(), "files": [self.file_dict()]}


def tool() -> dict[str, str]:
    """What made a JSON document: {"name": "factcheck", "version": ...}."""
    from factcheck import __version__

    return {"name": "factcheck", "version": __version__}


def frame_dict(index: int, frame: Frame) -> dict[str, Any]:
    """A frame as JSON, with "claim": its claim's index in the file's "claims"."""
    return {"claim": index, **frame.to_dict()}


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of text begins."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return tuple(starts)
