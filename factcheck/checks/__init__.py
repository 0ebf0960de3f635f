"""The checks: FC101 (reference verdicts), internal FC2xx and editorial FC3xx.

Each check is one module named fcNNN_<name>.py holding CODE, NAME, SEVERITY, EXAMPLES and
check(doc) -> Iterable[Finding]; its docstring ("What it does / Why it matters /
Example") is its documentation. Modules are discovered, not listed: adding a check is
adding a file. EXAMPLES are (sentence, fires) pairs, checked against EXAMPLE_AS_OF.

Two codes are made by other stages and are catalogued here for their documentation and
their code: FC001 unreadable-draft by the reading of a file, FC002 invalid-suppression
by the suppression stage. Their modules say so with STAGE ("read", "suppressions";
"checks" when absent), their check(doc) finds nothing in a read text, and their EXAMPLES
are run through the stage that makes them (tests/checks/test_meta.py).

Severity, chosen per check:
    error    the draft contradicts itself by arithmetic: a conversion, a change, a part
             larger than its whole, shares over 100%, an age or a sum that cannot be
             right whatever the facts (FC201, FC203, FC204, FC205, FC206, FC207).
    warning  probably wrong, but a reading exists under which it is not: two figures for
             one thing may count different areas or sources (FC202, "town" and
             "township"); "rose 2%" may be meant relative to the rate (FC302).
    info     style that hides the precision or the unit (FC301, FC303).
When a check is unsure it stays silent: a false alarm costs more than a miss.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from itertools import groupby
from types import ModuleType
from typing import Any

from factcheck.config import Config
from factcheck.model import Claim, ClaimContext, Finding, Frame, Verdict

MODULE_NAME = re.compile(r"fc(\d{3})_[a-z0-9_]+")
EXAMPLE_AS_OF = date(2025, 10, 1)


@dataclass(frozen=True)
class Document:
    """What every check reads: the text, its claims, their frames and the contexts derived
    from the frames, the draft's date, and the claims' verdicts against the reference
    tables (FC101 reads those)."""

    text: str
    claims: tuple[Claim, ...]
    contexts: tuple[ClaimContext, ...]
    as_of: date
    config: Config
    verdicts: tuple[Verdict, ...] = ()
    frames: tuple[Frame, ...] = ()

    def sentence_groups(self) -> list[list[int]]:
        """Indices of the claims, grouped by sentence, in order (computed once)."""
        return list(map(list, self.groups))

    @cached_property
    def groups(self) -> tuple[tuple[int, ...], ...]:
        """sentence_groups(), read-only: what the checks loop over, without a copy."""
        sentences = [ctx.sentence for ctx in self.contexts]
        return tuple(tuple(g) for _, g in groupby(range(len(sentences)), sentences.__getitem__))

    @cached_property
    def by_sentence(self) -> dict[tuple[int, int], tuple[int, ...]]:
        """The indices of the claims of each sentence (its span), in order."""
        found: dict[tuple[int, int], list[int]] = {}
        for i, ctx in enumerate(self.contexts):
            found.setdefault(ctx.sentence, []).append(i)
        return {span: tuple(claims) for span, claims in found.items()}

    @cached_property
    def index(self) -> dict[Claim, int]:
        """Each claim's index in claims (the first, as claims.index gives it), read in
        constant time: a check that holds claims, not indices, finds their frames and
        contexts without a scan per claim."""
        found: dict[Claim, int] = {}
        for i, claim in enumerate(self.claims):
            found.setdefault(claim, i)
        return found

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Derived data several checks share, computed once per document (by its users)."""
        return {}


@cache
def modules() -> tuple[ModuleType, ...]:
    """Every check module in this package, by code."""
    found = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if MODULE_NAME.fullmatch(info.name)
    ]
    return tuple(sorted(found, key=lambda m: str(m.CODE)))


def by_code(code: str) -> ModuleType | None:
    """The check module for a code ("FC201"), or None."""
    return next((m for m in modules() if code.upper() == m.CODE), None)


def run_checks(doc: Document) -> list[Finding]:
    """The findings of every check module the configuration wants (select/ignore on the
    findings themselves, and their order, are the pipeline's "selection" stage).

    A message is one line: a figure quoted from a span that crosses a line break ("38
    libraries" over two lines of the draft) has its whitespace folded to single spaces, so
    that a finding stays on one line in text output and in GitHub annotations."""
    findings: list[Finding] = []
    for module in modules():
        if getattr(module, "STAGE", "checks") == "checks" and doc.config.wants(module.CODE):
            run: Callable[[Document], Iterable[Finding]] = module.check
            findings.extend(_one_line(f) for f in run(doc))
    return findings


def _one_line(finding: Finding) -> Finding:
    message = " ".join(finding.message.split())
    return finding if message == finding.message else replace(finding, message=message)
