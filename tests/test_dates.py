"""Dates as each language writes them, from CLDR's patterns (Babel)."""

from __future__ import annotations

from datetime import date, datetime

from app.dates import day, day_and_time, time_of_day


def test_a_day_in_french_and_in_english() -> None:
    assert day("2027-01-15", "fr") == "15/01/2027" == day("2027-01-15", "en")
    assert day("2027-01-15", "fr", "medium") == "15 janv. 2027"
    assert day("2027-01-15", "en", "medium") == "15 Jan 2027"
    assert day("2027-01-15", "fr", "long") == "15 janvier 2027"
    assert day(date(2027, 1, 15), "de") == "15/01/2027"  # a language the app lacks: French


def test_every_kind_of_moment_the_app_holds() -> None:
    moment = datetime(2027, 1, 15, 9, 30)
    assert day(moment.timestamp(), "fr") == day(moment, "fr") == day(moment.date(), "fr")
    assert time_of_day(moment, "fr") == "09:30" and time_of_day(moment, "en") == "09:30"
    assert day_and_time(moment, "fr") == "15/01 09:30"
