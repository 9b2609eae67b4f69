"""An event as a row and back: the columns the events table and the offline
journal share, written and read in one place."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.session.rules.engine import Event

# The columns after the keys (session and sequence number), in this order.
EVENT_COLUMNS = "kind, t, mono, wall, data"

EventValues = tuple[str, float, float, float, str]


def event_values(event: Event) -> EventValues:
    return (event.kind.value, event.t, event.mono, event.wall, json.dumps(event.data))


def event_from_row(kind: str, t: float, mono: float, wall: float, data: str) -> Event:
    from app.session.rules.engine import (  # the engine loads with a session, not with home
        Event,
        EventKind,
    )

    return Event(EventKind(kind), t, mono, wall, json.loads(data))
