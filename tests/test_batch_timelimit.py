"""Per-record time limits: one periodic timer per chunk, a deadline per record."""

from __future__ import annotations

import time

import pytest

from cleanroom.batch.timelimit import RecordTimeout, armed, chunk_timer, limit


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_record_past_its_limit_is_stopped_and_the_next_one_is_not() -> None:
    with chunk_timer(0.04) as usable:
        assert usable and armed()
        t0 = time.perf_counter()
        with pytest.raises(RecordTimeout), limit(0.04):
            _spin(5)
        assert 0.04 <= time.perf_counter() - t0 < 0.5
        with limit(0.04):  # ticks keep coming; a record within its limit is left alone
            _spin(0.03)
        _spin(0.1)  # no record: no deadline, ticks do nothing
    assert not armed()


def test_a_swallowed_timeout_is_raised_again_at_the_next_tick() -> None:
    """As when the alarm goes off inside a gc callback or a finalizer."""
    swallowed = 0
    with chunk_timer(0.02), pytest.raises(RecordTimeout), limit(0.02):
        while True:
            try:
                _spin(1)
            except RecordTimeout:
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_no_limit_outside_a_chunk_timer_or_without_seconds() -> None:
    with limit(0.01):
        _spin(0.05)
    with chunk_timer(None) as usable, limit(None):
        assert not usable
        _spin(0.05)
