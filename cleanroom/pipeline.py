"""The detectors of a call and the one phrase index they share, compiled once and cached.

``pipeline(detectors)`` gathers the phrase lists of the detectors (every list of the built-in
detector modules when any built-in detector runs; a user detector's own ``phrase_lists``) and
compiles them into one ``PhraseIndex``: one line table, one Aho-Corasick automaton.  The index
is cached by the lists it holds (a small LRU cache, no registry): the default detectors pay for
it once per process, and a user's ``PhraseDetector`` costs nothing to calls without it.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors._scans import Anchors, PhraseIndex
from cleanroom.detectors._standalone import Rules
from cleanroom.detectors.base import Detector
from cleanroom.document.model import Document

_PACKAGE = "cleanroom.detectors"


def lists_in(values: Iterable[object]) -> Iterator[LineSet | Anchors]:
    """The line sets and anchor lists among ``values`` (and inside their ``Rules``)."""
    for value in values:
        if isinstance(value, LineSet | Anchors):
            yield value
        elif isinstance(value, PhraseSet):
            yield value.anchors
        elif isinstance(value, Rules):
            yield from (r.lines for r in value.lines)
            yield from (r.phrases.anchors for r in value.phrases)


def _builtin_lists() -> tuple[LineSet | Anchors, ...]:
    """Every phrase list defined in a module of ``cleanroom.detectors`` (ordered by module)."""
    found: dict[int, LineSet | Anchors] = {}
    for name in sorted(sys.modules):
        module = sys.modules[name]
        if module is not None and (name == _PACKAGE or name.startswith(_PACKAGE + ".")):
            for item in lists_in(vars(module).values()):
                found.setdefault(id(item), item)
    return tuple(found.values())


_BUILTIN = "built-in"


def _lists_key(detector: Detector) -> object:
    """What ``detector`` adds to the index: its own ``phrase_lists``, or every built-in list
    for a built-in detector, or nothing (a user's detector without ``phrase_lists`` has its
    lists, if any, scanned on their own)."""
    own = getattr(detector, "phrase_lists", None)
    if own is not None:
        return tuple(lists_in(own))
    if type(detector).__module__.startswith(_PACKAGE + "."):
        return _BUILTIN
    return ()


@functools.lru_cache(maxsize=32)
def _compiled(keys: tuple[object, ...]) -> PhraseIndex:
    lists: dict[int, LineSet | Anchors] = {}
    for key in keys:
        for item in (_builtin_lists() if key == _BUILTIN else key):  # type: ignore[attr-defined]
            lists.setdefault(id(item), item)
    chosen = list(lists.values())
    return PhraseIndex([x for x in chosen if isinstance(x, LineSet)],
                       [x for x in chosen if isinstance(x, Anchors)])


@dataclass(frozen=True)
class Pipeline:
    """Detectors and the phrase index compiled from their lists."""

    detectors: tuple[Detector, ...]
    index: PhraseIndex

    def prepare(self, doc: Document) -> Document:
        """``doc`` with fresh scans over this pipeline's index."""
        return doc.with_index(self.index)


def pipeline(detectors: tuple[Detector, ...]) -> Pipeline:
    """The pipeline of ``detectors``; its index is compiled once per set of phrase lists."""
    keys = dict.fromkeys(_lists_key(d) for d in detectors)
    keys.pop((), None)
    return Pipeline(detectors, _compiled(tuple(keys)))
