"""Tests that are Linux by nature, skipped on Windows with the reason why.

The suite also runs under Windows Python (packaging/windows/test_windows.sh);
what only a Unix kernel or Debian's packages give is named here, once."""

from __future__ import annotations

import sys

import pytest

ON_WINDOWS = sys.platform == "win32"


def linux_only(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(ON_WINDOWS, reason=f"Linux by nature: {reason}")


# The reasons, one wording each.
SIGKILL = linux_only("kill -9 (SIGKILL) is a Unix signal; Windows has none")
FIFO = linux_only("a named pipe made with mkfifo is a Unix file")
DEVICE = linux_only("a device that never ends (/dev/zero) is a Unix file")
PERMISSIONS = linux_only("Unix permission bits; Windows has access lists")
SYMLINK = linux_only("a symbolic link needs an administrator's right on Windows")
FILE_SIZE_LIMIT = linux_only("a file size limit (RLIMIT_FSIZE) makes the disk full; Unix only")
POSTGRES_REASON = (
    "Linux by nature: the throwaway PostgreSQL cluster is Debian's, "
    "started as the postgres user on a Unix socket"
)
