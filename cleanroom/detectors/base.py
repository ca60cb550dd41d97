"""What a detector is and what it proposes.

A detector reads a ``Document`` and proposes ``Finding``s; it never edits text.  Detectors
are context-free proposers: the resolver decides what is cut.  Any object with ``name``,
``category`` and ``find(doc)`` is a detector (a ``Protocol``: no base class to inherit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cleanroom.categories import Category
from cleanroom.document.model import Document


@dataclass(frozen=True, slots=True)
class Finding:
    """A span a detector proposes to remove, with the rule that fired and why.

    ``strict_only`` marks a finding the detector is less sure of: the resolver keeps that
    text unless the caller asked for ``strict=True``.
    """

    start: int
    end: int
    category: Category
    detector: str
    rule: str
    reason: str
    strict_only: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"a finding needs 0 <= start < end, got {self.start}..{self.end}")


@runtime_checkable
class Detector(Protocol):
    """Anything with a stable ASCII ``name``, a ``category`` and ``find(doc)``."""

    name: str
    category: Category

    def find(self, doc: Document) -> Iterable[Finding]:
        """Propose spans of ``doc.text`` to remove."""
        ...
