"""A cycle's calendar as an iCalendar file (RFC 5545), for any calendar client."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.group.rules import CalendarEntry


def cycle_ics(cycle_id: int, group: str, title: str, entries: list[CalendarEntry]) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Tour de table//tourdetable//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{group} — {title}")
    for entry in entries:
        starts = datetime.fromisoformat(f"{entry.day}T{entry.start}")  # the room's local time
        event = Event()
        event.add("uid", f"tourdetable-cycle-{cycle_id}-session-{entry.number}")
        event.add("summary", f"{group} — séance {entry.number}")
        event.add("dtstart", starts)
        event.add("dtend", starts + timedelta(minutes=entry.minutes))
        event.add("dtstamp", datetime(2000, 1, 1))  # fixed: the same cycle, the same file
        if entry.place:
            event.add("location", entry.place)
        if entry.narrator:
            event.add("description", f"Narrateur·rice prévu·e : {entry.narrator}")
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
