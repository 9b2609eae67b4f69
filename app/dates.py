"""Dates and times as each language writes them, from CLDR's patterns through
Babel: "15/01/2027" in French and British English, never a pattern written by
hand. Babel loads on first use (its locale data costs some 30 ms), so a start
that shows no date does not pay for it."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any, Literal

# The app's languages and the locales whose way of writing dates they use.
LOCALES = {"fr": "fr_FR", "en": "en_GB"}

When = date | datetime | float | str  # a day, a moment, a wall-clock reading, YYYY-MM-DD


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["fr"])


def _moment(value: When) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return datetime.fromtimestamp(value)


@cache
def _babel() -> Any:
    from babel import dates

    return dates


def day(value: When, lang: str, length: Literal["short", "medium", "long"] = "short") -> str:
    """The day: ``15/01/2027`` (short), ``15 janv. 2027`` (medium, in French)."""
    return str(_babel().format_date(_moment(value).date(), format=length, locale=_locale(lang)))


def time_of_day(value: When, lang: str) -> str:
    """``09:30``: the hour and minutes, as the language writes them."""
    return str(_babel().format_time(_moment(value), format="short", locale=_locale(lang)))


def day_and_time(value: When, lang: str) -> str:
    """The day and month, then the time: ``15/01 09:30`` (a rehearsal's moment)."""
    moment = _moment(value)
    skeleton = _babel().format_skeleton("dM", moment, locale=_locale(lang))
    return f"{skeleton} {time_of_day(moment, lang)}"
