"""Messages the facilitator puts on the projection, shown until dismissed:
prepared ones (common to every method, plus the protocol's own) or typed."""

from __future__ import annotations

from app.catalogue import part
from app.protocols import Protocol

COMMON: dict[str, list[str]] = part("messages")

MAX_MESSAGE = 140  # one line, read from the back of the room


def prepared_messages(protocol: Protocol, lang: str) -> list[str]:
    own = protocol.messages.get(lang)
    common = COMMON.get(lang, COMMON["fr"])
    return own + [m for m in common if m not in own]


def clean_message(text: str) -> str:
    return " ".join(text.split())[:MAX_MESSAGE]
