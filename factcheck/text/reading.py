"""Reading a draft's bytes from disk, with one clear InputError for each way it can fail."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import InputError

ENCODING = "utf-8"
MAX_BYTES = 10_000_000  # a draft's size limit by default: 10 MB, a thousand long stories


def too_big(name: str, limit: int) -> InputError:
    return InputError(
        f"{name}: larger than the {limit / 1e6:g} MB limit for one draft "
        "(raise it with --max-size-mb or max-size-mb in the configuration)")


def read_limited(handle: BinaryIO, name: str, limit: int = MAX_BYTES) -> bytes:
    """At most `limit` bytes from handle; InputError when there are more (pipes included)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_big(name, limit)
    return data


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; InputError names the file and what is wrong with it.

    A file over `limit` bytes is refused before it is read, so a stray 50 MB export
    (or /dev/zero) costs neither time nor memory.
    """
    name = os.fspath(path)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a draft file")
        with open(p, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                raise too_big(name, limit)
            return read_limited(handle, name, limit)
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
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: not valid UTF-8 (tried UTF-8; the byte-order mark says "
                         "UTF-16); re-save the file as UTF-8")
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
