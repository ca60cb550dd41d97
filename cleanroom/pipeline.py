"""The detectors of a call and the phrase indexes they share, compiled once and cached.

``pipeline(detectors)`` gathers the phrase lists of the detectors: every list of the built-in
detector modules when any built-in detector runs (one ``PhraseIndex``: one line table, one
Aho-Corasick automaton, compiled once per process), and the users' own ``phrase_lists`` (a
second, small index, cached by the lists it holds in a small LRU cache).  There is no
registry: a user's ``PhraseDetector`` costs the compiling of its own lists, once, and nothing
to calls without it; the last few pipelines are kept for reuse (bounded, by the identity of
their detectors, which a kept pipeline holds).
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
    module = type(detector).__module__
    if module.startswith(_PACKAGE + ".") and not module.rsplit(".", 1)[1].startswith("_"):
        return _BUILTIN  # a built-in detector (PhraseDetector and TableDetector are private)
    own = getattr(detector, "phrase_lists", None)
    return () if own is None else tuple(lists_in(own))


@functools.cache
def _builtin_index() -> PhraseIndex:
    return _index_of(_builtin_lists())


@functools.lru_cache(maxsize=32)
def _users_index(keys: tuple[tuple[LineSet | Anchors, ...], ...]) -> PhraseIndex:
    return _index_of([item for key in keys for item in key])


def _index_of(lists: Iterable[LineSet | Anchors]) -> PhraseIndex:
    chosen = list({id(item): item for item in lists}.values())
    return PhraseIndex([x for x in chosen if isinstance(x, LineSet)],
                       [x for x in chosen if isinstance(x, Anchors)])


@dataclass(frozen=True)
class Pipeline:
    """Detectors and the phrase indexes compiled from their lists: the built-in index (shared
    by every pipeline with a built-in detector) and one for the users' lists, if any."""

    detectors: tuple[Detector, ...]
    indexes: tuple[PhraseIndex, ...]

    def prepare(self, doc: Document) -> Document:
        """``doc`` with fresh scans over this pipeline's indexes."""
        return doc.with_index(self.indexes)


_RECENT = 32
"""How many pipelines are kept for reuse (by the identity of their detectors)."""
_recent: dict[tuple[int, ...], Pipeline] = {}


def pipeline(detectors: tuple[Detector, ...]) -> Pipeline:
    """The pipeline of ``detectors``: the built-in index is compiled once per process, a
    users' index once per set of their lists (so a new ``PhraseDetector`` costs the compiling
    of its own lists only, and nothing to calls without it).  The last few pipelines are
    reused for the same detector objects (a pipeline holds its detectors, so their ids name
    them while it is kept)."""
    ids = tuple(map(id, detectors))
    made = _recent.get(ids)
    if made is None:
        made = _recent[ids] = _pipeline(detectors)
        while len(_recent) > _RECENT:
            del _recent[next(iter(_recent))]
    return made


def _pipeline(detectors: tuple[Detector, ...]) -> Pipeline:
    keys = dict.fromkeys(_lists_key(d) for d in detectors)
    indexes = [_builtin_index()] if _BUILTIN in keys else []
    users = tuple(k for k in keys if isinstance(k, tuple) and k)
    if users:
        indexes.append(_users_index(users))
    return Pipeline(detectors, tuple(indexes))
