"""Files the user hands us or asks for: read with bounds, written atomically.

Reading: only regular files (never a FIFO or a device, which would hang or
stream forever), never more than a stated size. Writing: beside the target
then renamed, so a full disk never leaves half a file; a link is written
through (its target is replaced), never silently replaced by a file.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

# What no Windows file name may hold (with control characters); "/" and "\\"
# would make a path of it anywhere.
_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
# Names Windows keeps for its devices, with any extension: "CON.pdf" opens nothing.
_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{kind}{n}" for kind in ("COM", "LPT") for n in range(1, 10)]
)
NAME_LIMIT = 60


def file_name(text: str, fallback: str, *, spaces: bool = True) -> str:
    """A file name every system accepts, from a title a facilitator typed: what
    Windows forbids becomes "-", and so do spaces unless kept; no leading or
    trailing dot, space or dash (Windows drops a trailing dot); at most
    NAME_LIMIT characters; never a device's name. ``fallback`` when nothing is left."""
    name = _NOT_IN_A_NAME.sub("-", text)
    if not spaces:
        name = re.sub(r"[^\w.-]+", "-", name)
    name = name[:NAME_LIMIT].strip(" .-")
    if not name or name.split(".")[0].strip().upper() in _DEVICES:
        return fallback
    return name


class TooLarge(OSError):
    """The file is larger than this kind of file may be."""


class NotAFile(OSError):
    """A FIFO, a device, a folder: not something to read as a document."""


class InsideDataFolder(ValueError):
    """A document the user asked for would be written among the store's files."""

    def __init__(self, path: Path, folder: Path) -> None:
        super().__init__(f"{path} is inside the data folder {folder}")
        self.path = path
        self.folder = folder


def check_outside(path: Path, folder: Path | None) -> Path:
    """A document's target, never inside the app's data folder: a PDF written over
    the store (or beside it, where a move or a backup would take it for the
    store's own) loses every session. ``folder`` None: a store with no local folder."""
    if folder is not None and path.expanduser().resolve().is_relative_to(folder.resolve()):
        raise InsideDataFolder(path, folder)
    return path


def read_bounded(path: Path, limit: int) -> bytes:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(f"{path} is not a regular file")
    if info.st_size > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    # O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotAFile(f"{path} is not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"{path} is larger than {limit} bytes")
    return data


def write_target(target: Path) -> Path:
    """Where writing ``target`` really goes: through a link to what it points at."""
    if target.is_symlink():
        real = target.resolve()
        if real.exists() and not real.is_file():
            raise NotAFile(f"{target} points to {real}, which is not a file")
        return real
    return target


def write_atomically(data: bytes, target: Path) -> None:
    """Write beside the target then rename: a full disk never leaves half a file."""
    target = write_target(target)
    folder = target.parent
    handle, temp = tempfile.mkstemp(prefix=".tourdetable-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
