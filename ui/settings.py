"""What the facilitator set, remembered between runs: the chime muted or not,
the talk bars, where the console was, the language, the export folder.

An INI file in the user's configuration folder (Qt's QSettings); nothing of a
session's content is ever written there. A setting that cannot be read is
simply not remembered: the app starts with its defaults.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "tourdetable"
APPLICATION = "tourdetable"

MUTED = "session/muted"
TALK_BARS = "session/talk_bars"
CONSOLE_GEOMETRY = "windows/console"
LANGUAGE = "app/language"
EXPORT_FOLDER = "export/folder"
RETENTION_MONTHS = "data/retention_months"  # 0: never offer to purge
ANSWER_AWAITED_DAYS = "management/answer_awaited_days"  # home says so past this delay
DATABASE_URL = "store/database_url"  # the service's server, without its password ("": here)
KEYMAP = "keys/keymap"  # the facilitator's own keys (JSON, see ui.session.keys.Keymap)


# The largest value each number may take: beyond it the file was damaged or edited
# by hand, and the default is read (ten years of answers awaited overflowed a date).
MOST = {RETENTION_MONTHS: 1200, ANSWER_AWAITED_DAYS: 3650}


def number(key: str, default: int = 0) -> int:
    value: object = _settings().value(key, default)
    if isinstance(value, bool):
        return default
    try:
        read = max(0, int(str(value)))  # an int, or its text in the settings file
    except ValueError:
        return default
    return default if read > MOST.get(key, 2**31 - 1) else read


def set_number(key: str, value: int) -> None:
    _settings().setValue(key, int(value))


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def flag(key: str, default: bool = False) -> bool:
    value = _settings().value(key, default)
    if isinstance(value, str):  # INI files hold text
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def set_flag(key: str, value: bool) -> None:
    _settings().setValue(key, value)


def text(key: str) -> str:
    value = _settings().value(key, "")
    return value if isinstance(value, str) else ""


def set_text(key: str, value: str) -> None:
    _settings().setValue(key, value)


def geometry(key: str) -> QByteArray | None:
    value = _settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_geometry(key: str, value: QByteArray) -> None:
    _settings().setValue(key, value)


def export_folder() -> Path | None:
    """The folder the last sheet was saved in, while it still exists."""
    folder = text(EXPORT_FOLDER)
    return Path(folder) if folder and Path(folder).is_dir() else None
