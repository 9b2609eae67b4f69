"""Where the app keeps its data: the user data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_DATA_DIR = "TOURDETABLE_DATA_DIR"


def data_dir(override: str | Path | None = None) -> Path:
    """``--data-dir`` first, then ``TOURDETABLE_DATA_DIR``, then the platform's folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return user_data_path("tourdetable", appauthor=False)


def user_protocol_dir(folder: Path) -> Path:
    return folder / "protocols"
