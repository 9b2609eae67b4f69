"""Text as the store can keep it. A lone surrogate (half of an emoji pasted from
another program) cannot be written as UTF-8: it becomes U+FFFD instead of
failing the save."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)
