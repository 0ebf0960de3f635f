"""The check catalogue: every module factcheck/checks/fcNNN_name.py.

A check module carries CODE, NAME and SEVERITY at module level and documents itself in
its docstring ("What it does / Why it matters / Example"), which `factcheck rule` prints.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType


@dataclass(frozen=True)
class Rule:
    """What the catalogue knows about one check."""

    code: str
    name: str
    severity: str
    doc: str

    @property
    def summary(self) -> str:
        """The docstring's first line."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name


def _rule_of(module: ModuleType) -> Rule | None:
    code = getattr(module, "CODE", None)
    name = getattr(module, "NAME", None)
    if not isinstance(code, str) or not isinstance(name, str):
        return None
    severity = str(getattr(module, "SEVERITY", "warning"))
    return Rule(code, name, severity, inspect.cleandoc(module.__doc__ or ""))


def discover() -> dict[str, Rule]:
    """Every check by code, in code order: the modules of factcheck.checks (found there with
    pkgutil)."""
    return dict(_catalogue())


@cache
def _catalogue() -> tuple[tuple[str, Rule], ...]:
    from factcheck.checks import modules

    rules = [rule for m in modules() if (rule := _rule_of(m)) is not None]
    return tuple((rule.code, rule) for rule in sorted(rules, key=lambda r: r.code))


@cache
def known_prefix(code: str) -> bool:
    """Does the code or prefix ("FC2", "FC301") name at least one check?"""
    return any(rule.startswith(code.upper()) for rule in discover())


def describe(rule: Rule) -> str:
    """The text `factcheck rule CODE` prints: the docstring, headed by code, name, severity,
    less its pointers into the code ("(factcheck.checks._kinds)", "factcheck.tolerance: "),
    which tell a developer where a reading lives and an editor nothing."""
    first, _, rest = _for_readers(rule.doc).partition("\n")
    if first.startswith(rule.code):  # the docstring already opens with its code
        return f"{first} [{rule.severity}]\n{rest}\n"
    head = f"{rule.code} {rule.name} ({rule.severity})"
    return f"{head}\n{'=' * len(head)}\n\n{_for_readers(rule.doc)}\n"


_PATH = r"factcheck(?:\.\s*\w+)+"  # a module's path, at times broken over two lines
_POINTER = re.compile(rf"\s*\({_PATH}\)"  # " (factcheck.checks._kinds)"
                      rf"|(?<=\(){_PATH}(?:[,:;]\s*|\s+)"  # "(factcheck.x: ...)"
                      rf"|,?\s*{_PATH}")  # "..., factcheck.checks._kinds"


def _for_readers(doc: str) -> str:
    """A docstring without its pointers into the code (_POINTER)."""
    return _POINTER.sub("", doc)
