"""Workers write their own output, in input order, when it is their turn.

Why: sending every output byte back through a pipe cost the main process about 0.35 s of CPU
per 400 MB (plus the workers' pickling), on cores the workers need.  Now a worker that
finishes chunk ``n`` writes it straight into the ``.part`` file if chunk ``n - 1`` is
already written, and returns only its counts; otherwise it returns the bytes and the main
process writes them when their turn comes (it handles results in order anyway).

The turn and the file offset live in one shared 64-bit word (turn in the high bits, offset
in the low 44), written only by whoever holds the turn, so no lock is needed -- a worker
killed at any moment cannot leave one held.  A worker killed while writing leaves the turn
where it was: its chunk is cleaned again and written at the same offset, and the file is
truncated to the sum of its chunks' sizes when complete, so nothing it wrote survives.

>>> import multiprocessing, pathlib, tempfile
>>> state = new_state(multiprocessing.get_context("spawn"))
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp, "out.part")
...     _ = path.write_bytes(b"")
...     second, first = Target(str(path), 1, False), Target(str(path), 0, True)
...     write_in_turn(state, second, [b"b\\n"]), write_in_turn(state, first, [b"a", b"\\n"])
...     write_in_turn(state, second, [b"b\\n"]), path.read_bytes()
(False, True)
(True, b'a\\nb\\n')
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Any

_OFFSET_BITS = 44  # 16 TB per output file
_OFFSET_MASK = (1 << _OFFSET_BITS) - 1
_TURN_MASK = (1 << (64 - _OFFSET_BITS - 1)) - 1  # chunk numbers modulo 2**19
_IOV_MAX = 1024  # buffers per pwritev call (POSIX guarantees at least 16; Linux has 1024)
if hasattr(os, "sysconf") and "SC_IOV_MAX" in getattr(os, "sysconf_names", {}):
    _IOV_MAX = max(16, os.sysconf("SC_IOV_MAX"))


@dataclass(frozen=True)
class Target:
    """Where a chunk's output goes: the ``.part`` file, the chunk's number in the run, and
    whether it is the file's first chunk (written at offset 0)."""

    path: str
    seq: int
    first: bool


def new_state(ctx: BaseContext) -> Any:
    """The shared word, for the pool's initializer; turn 0, offset 0."""
    return ctx.RawValue("q", 0)


def turn(state: Any) -> int:
    """The number (modulo 2**19) of the next chunk to write."""
    return int(state.value) >> _OFFSET_BITS


def written(state: Any, seq: int) -> bool:
    """Whether chunk ``seq`` is already in its file (at most 3 * jobs chunks are in flight,
    far fewer than the 2**19 turns the word tells apart)."""
    return 0 < (turn(state) - seq) & _TURN_MASK < (_TURN_MASK >> 1)


def write_in_turn(state: Any, target: Target, pieces: Sequence[bytes | memoryview]) -> bool:
    """Write ``pieces`` one after the other at the end of ``target.path`` if chunk
    ``target.seq`` has the turn, then pass the turn on; ``False`` (nothing written) if it
    does not have it.  The pieces go out as they are (``pwritev``): a chunk's output lines
    are not first joined into one copy."""
    word = int(state.value)
    if word >> _OFFSET_BITS != target.seq & _TURN_MASK:
        return False
    offset = 0 if target.first else word & _OFFSET_MASK
    end = offset + sum(len(p) for p in pieces)
    if end > _OFFSET_MASK:
        raise OSError(f"{target.path}: an output file larger than {_OFFSET_MASK:,} bytes")
    fd = os.open(target.path, os.O_WRONLY)
    try:
        _write_all(fd, pieces, offset)
    finally:
        os.close(fd)
    state.value = (((target.seq + 1) & _TURN_MASK) << _OFFSET_BITS) | end
    return True


def _write_all(fd: int, pieces: Sequence[bytes | memoryview], offset: int) -> None:
    """Every byte of ``pieces`` written at ``offset``, however short each write falls."""
    if not hasattr(os, "pwritev"):  # some systems lack it (macOS before 11)
        data = b"".join(pieces)
        view = memoryview(data)
        while view:
            view = view[os.pwrite(fd, view, offset + len(data) - len(view)):]
        return
    todo = [p for p in pieces if len(p)]
    i = 0
    while i < len(todo):
        n = os.pwritev(fd, todo[i:i + _IOV_MAX], offset)
        offset += n
        while n:  # skip what was written; a piece written in part keeps its rest
            size = len(todo[i])
            if n < size:
                todo[i] = memoryview(todo[i])[n:]
                break
            n -= size
            i += 1
