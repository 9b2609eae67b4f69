"""What a passphrase must be, for the store's encryption and a group's hand-over
file alike: long enough to be a few words. Said once, here."""

from __future__ import annotations

MIN_PASSPHRASE = 8  # characters: a few words, which a person remembers


def long_enough(passphrase: str) -> bool:
    return len(passphrase) >= MIN_PASSPHRASE
