"""The library's errors. Each also subclasses the builtin a caller would expect."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class InputError(ValueError, FactcheckError):
    """A draft or argument that cannot be read: names the file or value."""


class InputTypeError(InputError, TypeError):
    """A draft that is not a str: a TypeError, as Python's own, and the library's InputError."""


class ReferenceDataError(ValueError, FactcheckError):
    """A reference table that cannot be loaded: names file, row and column."""

    def __init__(self, message: str, *, path: str = "", row: int | None = None,
                 column: str | None = None) -> None:
        where = path or "<table>"
        if row is not None:
            where += f":{row}"
        if column:
            where += f" column '{column}'"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.row = row
        self.column = column


class ConfigError(ValueError, FactcheckError):
    """A configuration file or option that cannot be used."""
