"""The check catalogue: every module factcheck/checks/fcNNN_name.py, found with pkgutil.

A check module carries CODE, NAME and SEVERITY at module level and documents itself in
its docstring ("What it does / Why it matters / Example"), which `factcheck rule` prints.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType

CHECKS_PACKAGE = "factcheck.checks"
MODULE_NAME = re.compile(r"^fc\d{3}_\w+$")


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


def discover(package: str | None = None) -> dict[str, Rule]:
    """Every check in package (default factcheck.checks) by code, in code order."""
    package = package or CHECKS_PACKAGE
    try:
        root = importlib.import_module(package)
    except ModuleNotFoundError as exc:
        if exc.name and package.startswith(exc.name):
            return {}
        raise
    rules: list[Rule] = []
    for info in pkgutil.iter_modules(getattr(root, "__path__", [])):
        if MODULE_NAME.match(info.name):
            rule = _rule_of(importlib.import_module(f"{package}.{info.name}"))
            if rule is not None:
                rules.append(rule)
    return {rule.code: rule for rule in sorted(rules, key=lambda r: r.code)}


def describe(rule: Rule) -> str:
    """The text `factcheck rule CODE` prints: the docstring, headed by code, name, severity."""
    first, _, rest = rule.doc.partition("\n")
    if first.startswith(rule.code):  # the docstring already opens with its code
        return f"{first} [{rule.severity}]\n{rest}\n"
    head = f"{rule.code} {rule.name} ({rule.severity})"
    return f"{head}\n{'=' * len(head)}\n\n{rule.doc}\n"
