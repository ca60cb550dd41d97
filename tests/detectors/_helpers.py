"""Shared helpers for the phrase-detector tests: run one detector, list what it proposes."""

from __future__ import annotations

from cleanroom.detectors.base import Detector
from tests.conftest import make_doc

BODY = ("The museum will reopen its east wing on Saturday after two years of repairs.\n"
        "Visitors will see the restored ceiling and a new room for the coin collection.")


def found(detector: Detector, text: str) -> list[tuple[str, str, bool]]:
    """``(rule, text, strict_only)`` for every finding of ``detector`` in ``text``."""
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end], f.strict_only) for f in detector.find(doc)]


def cut(detector: Detector, text: str) -> list[str]:
    """The texts ``detector`` would cut without ``strict=True``."""
    return [t for _, t, strict in found(detector, text) if not strict]
