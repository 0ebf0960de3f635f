"""Finding and reading configuration: factcheck.toml or [tool.factcheck] in pyproject.toml.

The nearest file wins, searching upward from the checked file's folder; in one folder
factcheck.toml comes before pyproject.toml, and a pyproject.toml without
[tool.factcheck] is passed over. Command-line flags override what the file says.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.errors import ConfigError

SEVERITIES = ("error", "warning", "info")
KEYS = ("select", "ignore", "fail-on", "references", "approx-tolerance", "as-of", "max-size-mb",
        "spacy-model", "exclude", "extend-exclude")


def find_config(start: Path) -> Path | None:
    """The nearest factcheck.toml or pyproject.toml with [tool.factcheck] at or above start."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "factcheck.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file() and _has_section(project):
            return project
    return None


def _has_section(pyproject: Path) -> bool:
    return "factcheck" in _read_toml(pyproject).get("tool", {})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (tried UTF-8; bad byte at offset {exc.start}); "
                          "TOML files must be UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def load_config(path: Path, base: Config = DEFAULT) -> Config:
    """The Config a file describes; ConfigError names the file and the key that is wrong."""
    table = _read_toml(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("factcheck", {})
        where = f"{path} [tool.factcheck]"
    else:
        where = str(path)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table of settings")
    changes: dict[str, Any] = {"root": str(path.parent.resolve())}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(KEYS)})")
        if key in ("exclude", "extend-exclude"):
            continue
        changes[key.replace("-", "_")] = _value(where, key, value, path.parent)
    exclude = (*_patterns(where, "exclude", table.get("exclude", list(base.exclude))),
               *_patterns(where, "extend-exclude", table.get("extend-exclude", [])))
    return replace(base, exclude=exclude, **changes)


def _patterns(where: str, key: str, value: Any) -> tuple[str, ...]:
    """exclude/extend-exclude: a list of gitignore-style patterns ("archive/", "*.draft.md")."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: key '{key}' must be a list of gitignore-style patterns")
    return tuple(value)


def _value(where: str, key: str, value: Any, folder: Path) -> Any:
    if key in ("select", "ignore"):
        codes = value.split(",") if isinstance(value, str) else value
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ConfigError(f"{where}: key '{key}' must be a list of code prefixes")
        return parse_codes(",".join(codes), f"{where}: key '{key}'")
    if key == "fail-on":
        if value not in SEVERITIES:
            raise ConfigError(f"{where}: key 'fail-on' must be one of {', '.join(SEVERITIES)}")
        return value
    if key == "references":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: key 'references' must be a list of CSV paths")
        paths = tuple((folder / v).resolve() for v in value)
        for given, path in zip(value, paths, strict=True):
            if not path.is_file():
                raise ConfigError(f"{where}: key 'references': {given!r} is not a file "
                                  f"({path})")
        return tuple(str(p) for p in paths)
    if key == "approx-tolerance":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
            raise ConfigError(f"{where}: key 'approx-tolerance' must be a number in [0, 1)")
        return float(value)
    if key == "max-size-mb":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1e6:
            raise ConfigError(f"{where}: key 'max-size-mb' must be a positive number of MB")
        return float(value)
    if key == "spacy-model":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: key 'spacy-model' must be a spaCy pipeline name or "
                              "a folder holding its config.cfg")
        name = value.strip()  # a folder is read relative to this file, like references
        return str((folder / name).resolve()) if "/" in name or "\\" in name else name
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ConfigError(f"{where}: key 'as-of' must be an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: key 'as-of' {value!r} is not an ISO date") from None


def parse_codes(text: str, where: str) -> tuple[str, ...]:
    """Comma-separated code prefixes ("FC2,FC301"), upper-cased; ConfigError if malformed
    or if no check code starts with one ("FC9")."""
    from factcheck.checks.catalogue import known_prefix

    codes = tuple(c.strip().upper() for c in text.split(",") if c.strip())
    for code in codes:
        if not code.startswith("FC") or (not code[2:].isdigit() and code != "FC"):
            raise ConfigError(f"{where}: {code!r} is not a check code prefix like FC2 or FC201")
        if not known_prefix(code):  # a typo would switch every check off in CI
            raise ConfigError(f"{where}: no check code starts with {code!r}")
    return codes
