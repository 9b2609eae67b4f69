"""Where the app keeps its data: the user data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "TOURDETABLE_DATA_DIR"


def data_dir(override: str | Path | None = None) -> Path:
    """``--data-dir`` first, then ``TOURDETABLE_DATA_DIR``, then the platform's folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # only when no folder is given

    return user_data_path("tourdetable", appauthor=False)


def resource_path(*parts: str) -> Path:
    """A file the app ships in ``resources/``: beside the package on disk in every
    way the app is installed (a checkout, a wheel, a bundle), so a plain path,
    without importlib.resources' machinery at start-up."""
    import resources

    return Path(resources.__file__).resolve().parent.joinpath(*parts)


def user_protocol_dir(folder: Path) -> Path:
    return folder / "protocols"


ENV_DATABASE_URL = "TOURDETABLE_DATABASE_URL"  # the service's server (app/db/server.py)
ENV_DATABASE_PASSWORD = "TOURDETABLE_DATABASE_PASSWORD"  # for scripts; else the keyring
