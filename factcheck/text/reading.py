"""Reading a draft's bytes from disk, with one clear InputError for each way it can fail."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from factcheck.errors import InputError

ENCODING = "utf-8"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes; InputError names the file and what is wrong with it."""
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a draft file")
        with open(p, "rb") as handle:
            return handle.read()
    except InputError:
        raise
    except FileNotFoundError:
        if p.is_symlink():
            raise InputError(f"{name}: broken symbolic link") from None
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied (cannot read the file)") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a draft file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from None
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); InputError for binary or other encodings."""
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text draft")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {ENCODING.upper()} (tried UTF-8, with or without BOM; "
            f"bad byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text
