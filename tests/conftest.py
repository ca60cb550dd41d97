"""Shared test helpers: the block factory, the sample loader, Hypothesis profiles.

Hypothesis runs the ``ci`` profile by default (few examples, so the suite stays fast on
two cores); ``HYPOTHESIS_PROFILE=thorough pytest`` runs many more.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from cleanroom.document import Document, from_text

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "cases"


def make_doc(text: str) -> Document:
    """A Document from plain text, as detectors see it (no HTML, no I/O)."""
    return from_text(text)


def load_cases() -> list[dict[str, Any]]:
    """Every golden case in samples/cases/*.json, each tagged with its file."""
    cases = []
    for path in sorted(SAMPLES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            cases.append(case)
    return cases
