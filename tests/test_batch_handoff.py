"""Workers write their own output in turn; a worker killed mid-write costs nothing."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from cleanroom.batch import handoff, pool, worker
from cleanroom.batch.handoff import Target, new_state, write_in_turn, written
from cleanroom.batch.records import Settings
from cleanroom.batch.run import Run
from cleanroom.batch.sources import plan


def test_the_turn_passes_in_order_and_files_restart_at_zero(tmp_path: Path) -> None:
    state = new_state(multiprocessing.get_context())
    a, b = tmp_path / "a.part", tmp_path / "b.part"
    a.write_bytes(b"")
    b.write_bytes(b"")
    assert not write_in_turn(state, Target(str(a), 1, False), [b"second\n"])
    assert write_in_turn(state, Target(str(a), 0, True), [b"fir", b"st\n"])
    assert written(state, 0) and not written(state, 1)
    assert write_in_turn(state, Target(str(a), 1, False), [b"second\n"])
    assert write_in_turn(state, Target(str(b), 2, True), [b"other file\n"])
    assert a.read_bytes() == b"first\nsecond\n" and b.read_bytes() == b"other file\n"


@pytest.mark.parametrize("call", ["pwritev", "pwrite"])
def test_pieces_written_whole_through_short_writes(tmp_path: Path, call: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Many pieces (more than one pwritev takes) and a kernel that writes at most 7 bytes a
    call: every byte still lands once, in order -- with pwritev, and without it (the pieces
    joined and written with pwrite)."""
    pieces = [f"line {i}\n".encode() for i in range(3000)] + [memoryview(b"tail")]
    real = os.pwrite
    calls = []

    def short_v(fd: int, buffers: Sequence[bytes | memoryview], offset: int) -> int:
        calls.append(len(buffers))
        return real(fd, b"".join(bytes(b) for b in buffers)[:7], offset)

    def short(fd: int, data: bytes | memoryview, offset: int) -> int:
        calls.append(1)
        return real(fd, bytes(data[:7]), offset)

    if call == "pwritev":
        monkeypatch.setattr(handoff.os, "pwritev", short_v, raising=False)
    else:
        monkeypatch.delattr(handoff.os, "pwritev", raising=False)
        monkeypatch.setattr(handoff.os, "pwrite", short)
    path = tmp_path / "out.part"
    path.write_bytes(b"")
    state = new_state(multiprocessing.get_context())
    assert write_in_turn(state, Target(str(path), 0, True), pieces)
    assert path.read_bytes() == b"".join(bytes(p) for p in pieces)
    assert len(calls) > len(pieces) // 7  # the writes did fall short
    if call == "pwritev":
        assert max(calls) <= handoff._IOV_MAX < len(pieces)


_real_write = worker.write_in_turn


def _die_halfway(turn: Any, target: Target, pieces: Sequence[bytes | memoryview]) -> bool:
    """Write half of the first chunk (which always has the turn) and 2 MB of garbage, more
    than the whole output, then die as an OOM-killed worker would -- once (a marker file
    says it happened); other chunks as usual."""
    marker = Path(os.environ["CLEANROOM_TEST_MARKER"])
    if target.seq == 0 and not marker.exists():
        data = b"".join(pieces)
        fd = os.open(target.path, os.O_WRONLY)
        os.pwrite(fd, data[: len(data) // 2] + b"GARBAGE" * 300_000,
                  0 if target.first else turn.value & ((1 << 44) - 1))
        os.close(fd)
        marker.write_text("killed")
        os._exit(9)
    return _real_write(turn, target, pieces)


@pytest.mark.skipif(sys.platform != "linux", reason="the patch reaches workers by fork")
def test_worker_killed_while_writing_costs_nothing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"i": i, "text": f"Record {i} is fine.\nShare this"}) for i in range(700)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    Run(plan([tmp_path / "d.jsonl"]), Settings(), output=tmp_path / "one", jobs=1).execute()
    assert threading.active_count() == 1  # so the pool is forked and inherits the patch
    monkeypatch.setattr(worker, "write_in_turn", _die_halfway)
    monkeypatch.setenv("CLEANROOM_TEST_MARKER", str(tmp_path / "killed"))
    total = Run(plan([tmp_path / "d.jsonl"]), Settings(), output=tmp_path / "two",
                jobs=2).execute()
    assert total.records_out == 700 and total.errors == 0
    assert (tmp_path / "two" / "d.jsonl").read_bytes() == (tmp_path / "one" / "d.jsonl"
                                                          ).read_bytes()
    assert not list((tmp_path / "two").glob("*.part"))
    assert (tmp_path / "killed").exists()  # the worker did die mid-write
    assert pool.CHUNK_ITEMS < 700  # the file had several chunks
