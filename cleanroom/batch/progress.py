"""A one-line progress display on stderr: records, records/s, MB/s, errors.

Shown only on a terminal (and not with ``--quiet``); redrawn at most four times a second so it
costs nothing next to the cleaning.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from cleanroom.batch.summary import Summary


class Progress:
    """Counts what has been written and redraws one status line."""

    def __init__(self, stream: TextIO | None = None, every: float = 0.25) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.started = self.drawn = time.perf_counter()
        self.records = self.errors = self.bytes = 0
        self.shown = False

    def add(self, summary: Summary) -> None:
        self.records += summary.records_out
        self.errors += summary.errors
        self.bytes += summary.bytes_in
        now = time.perf_counter()
        if now - self.drawn >= self.every:
            self.drawn = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.perf_counter()) - self.started, 1e-9)
        return (f"{self.records:,} records ({self.records / elapsed:,.0f}/s), "
                f"{self.bytes / 1e6:,.1f} MB ({self.bytes / 1e6 / elapsed:,.2f} MB/s), "
                f"{self.errors:,} errors, {elapsed:,.0f} s")

    def _draw(self, now: float) -> None:
        self.stream.write("\r\x1b[K" + self.line(now))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False
