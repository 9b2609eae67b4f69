"""The core's words, in one catalogue: French and English say the same things."""

from __future__ import annotations

from typing import Any

from app.catalogue import CATALOGUE


def shape(labels: Any, where: str = "") -> set[str]:
    """Every key path, and every list's length, of one language's labels."""
    if isinstance(labels, dict):
        found = set()
        for key, value in labels.items():
            found |= {f"{where}/{key}"} | shape(value, f"{where}/{key}")
        return found
    if isinstance(labels, list):
        return {f"{where}[{len(labels)}]"}
    return set()


def test_french_and_english_have_the_same_labels() -> None:
    assert set(CATALOGUE) == {"fr", "en"}
    assert shape(CATALOGUE["fr"]) == shape(CATALOGUE["en"])
    assert len(shape(CATALOGUE["fr"])) > 100  # the whole of it, not an empty shell


def test_no_label_is_empty_nor_left_in_the_other_language() -> None:
    def leaves(labels: Any, where: str = "") -> dict[str, str]:
        if isinstance(labels, dict):
            return {
                k: v
                for key, value in labels.items()
                for k, v in leaves(value, f"{where}/{key}").items()
            }
        if isinstance(labels, list):
            return {f"{where}[{i}]": v for i, v in enumerate(labels)}
        return {where: labels}

    fr, en = leaves(CATALOGUE["fr"]), leaves(CATALOGUE["en"])
    assert all(isinstance(v, str) and v.strip() for v in (*fr.values(), *en.values()))
    same = sorted(k for k in fr if fr[k] == en[k] and len(fr[k]) > 12)
    assert len(same) <= 3, same  # a long label identical in both is a forgotten translation
