"""The accuracy gate's logic (no benchmark data needed): floors hold, rise, never fall silently."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import eval_gate

MEASURED = {"clean_html": {"f1": 0.9712, "precision": 0.9688, "recall": 0.9737, "empty": 0.0}}
FLOORS = {"clean_html": {"f1": 0.97, "precision": 0.965, "recall": 0.97, "max_empty": 0}}


def test_scores_above_the_floors_pass() -> None:
    assert eval_gate.check(FLOORS, MEASURED) == []


def test_a_score_below_its_floor_fails() -> None:
    worse = {"clean_html": dict(MEASURED["clean_html"], recall=0.961, empty=2.0)}
    failures = eval_gate.check(FLOORS, worse)
    assert len(failures) == 2
    assert any("recall 0.9610" in f for f in failures)
    assert any("2 empty outputs" in f for f in failures)


def test_raising_lifts_floors_and_never_lowers_them() -> None:
    up = eval_gate.raised(FLOORS, MEASURED)
    assert up["clean_html"] == {"f1": 0.971, "precision": 0.968, "recall": 0.973, "max_empty": 0}
    worse = {"clean_html": dict(MEASURED["clean_html"], f1=0.9, empty=3.0)}
    assert eval_gate.raised(up, worse)["clean_html"]["f1"] == 0.971
    assert eval_gate.raised(up, worse)["clean_html"]["max_empty"] == 0


def test_a_lowered_floor_needs_a_reason() -> None:
    old = {"floors": FLOORS}
    new = {"floors": {"clean_html": dict(FLOORS["clean_html"], f1=0.96)}}
    assert eval_gate.silent_lowerings(old, new) == ["clean_html.f1: 0.97 -> 0.96"]
    new["lowered"] = [{"metric": "clean_html.f1", "from": 0.97, "to": 0.96, "why": ""}]
    assert eval_gate.silent_lowerings(old, new) != []  # an empty reason is no reason
    new["lowered"][0]["why"] = "the benchmark's truth was corrected for 12 pages"
    assert eval_gate.silent_lowerings(old, new) == []


def test_the_committed_baseline_is_well_formed() -> None:
    baseline = json.loads(eval_gate.BASELINE.read_text(encoding="utf-8"))
    assert set(baseline["floors"]) == set(eval_gate.SYSTEMS)
    assert baseline["floors"]["clean_html"]["f1"] >= 0.97  # the target is the least
