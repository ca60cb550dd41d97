"""The learned templates: ``SiteTemplates`` per site, a ``TemplateSet`` to clean with, its file.

A ``TemplateSet`` is what ``clean(..., templates=...)`` takes.  It is immutable and hashable
(``Options`` holding one are hashed per record), saves to JSON (gzip if the name ends in
``.gz``), and refuses a file of another ``FORMAT``, ``VERSION`` or paragraph ``HASH`` rather
than match paragraphs with a hash they were not learned with.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleanroom.errors import CleanroomError
from cleanroom.templates.signatures import HASH, paragraph_hash, site_of

FORMAT = "cleanroom-templates"
VERSION = 1


class TemplateFileError(CleanroomError, ValueError):
    """A template file cannot be read: not JSON, not a cleanroom template set, or another
    hash or version."""


@dataclass(frozen=True)
class SiteTemplates:
    """One site's template paragraphs: hash -> number of documents it was seen in."""

    site: str
    docs: int
    counts: Mapping[int, int]
    fold_digits: bool = False

    def count(self, paragraph: str) -> int:
        """In how many of the site's documents this paragraph was seen (0: not a template)."""
        return self.counts.get(paragraph_hash(paragraph, fold_digits=self.fold_digits), 0)


class TemplateSet:
    """Learned template paragraphs per site: pass it to ``clean(..., templates=...)``.

    Immutable; ``save``/``load`` to a JSON file (gzip if the name ends in ``.gz``), and
    ``merge`` (or ``|``) sets learned on different dumps: hash sets are united and a site's
    document counts added.  A set that holds a single site also applies to documents that
    come without a URL.
    """

    __slots__ = ("_hash", "_sites", "fold_digits", "min_docs", "min_share")

    def __init__(self, sites: Mapping[str, SiteTemplates] | None = None, *, min_docs: int = 10,
                 min_share: float = 0.1, fold_digits: bool = False) -> None:
        self._sites: dict[str, SiteTemplates] = dict(sorted((sites or {}).items()))
        self.min_docs = min_docs
        self.min_share = min_share
        self.fold_digits = fold_digits
        self._hash: int | None = None

    @property
    def sites(self) -> tuple[str, ...]:
        return tuple(self._sites)

    def __len__(self) -> int:
        """The number of template paragraphs, all sites together."""
        return sum(len(s.counts) for s in self._sites.values())

    def __iter__(self) -> Iterator[SiteTemplates]:
        return iter(self._sites.values())

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        return (isinstance(other, TemplateSet) and hash(self) == hash(other)
                and self._key() == other._key())

    def __hash__(self) -> int:  # cached: Options holding a set are hashed per record
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __getstate__(self) -> dict[str, Any]:  # the cached hash is salted per process
        return {k: getattr(self, k) for k in self.__slots__ if k != "_hash"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)
        self._hash = None

    def _key(self) -> tuple[Any, ...]:
        return (self.fold_digits, tuple((s.site, s.docs, tuple(s.counts.items()))
                                        for s in self._sites.values()))

    def __repr__(self) -> str:
        return f"TemplateSet({len(self._sites)} sites, {len(self)} paragraphs)"

    def for_url(self, url: str | None) -> SiteTemplates | None:
        """The templates of the URL's site; without a URL, the only site if there is one."""
        site = site_of(url)
        if site is None:
            return next(iter(self._sites.values())) if len(self._sites) == 1 else None
        return self._sites.get(site)

    def merge(self, other: TemplateSet) -> TemplateSet:
        if self.fold_digits != other.fold_digits:
            raise ValueError("cannot merge template sets made with and without fold_digits")
        sites = dict(self._sites)
        for s in other:
            mine = sites.get(s.site)
            if mine is None:
                sites[s.site] = s
                continue
            counts = Counter(mine.counts)
            counts.update(s.counts)
            sites[s.site] = SiteTemplates(s.site, mine.docs + s.docs, dict(sorted(counts.items())),
                                          self.fold_digits)
        return TemplateSet(sites, min_docs=min(self.min_docs, other.min_docs),
                           min_share=min(self.min_share, other.min_share),
                           fold_digits=self.fold_digits)

    __or__ = merge

    @classmethod
    def from_parts(cls, parts: Iterable[TemplateSet]) -> TemplateSet:
        """Join the parts of ONE learning run that was split by hash (each part holds other
        hashes of the same sites): hashes are united, a site's document count is kept as is.
        Sets learned on different dumps are joined with ``merge`` instead."""
        parts = list(parts)
        if not parts:
            return cls()
        sites: dict[str, SiteTemplates] = {}
        for part in parts:
            if part.fold_digits != parts[0].fold_digits:
                raise ValueError("cannot join parts made with and without fold_digits")
            for s in part:
                mine = sites.get(s.site)
                counts = {**mine.counts, **s.counts} if mine else dict(s.counts)
                sites[s.site] = SiteTemplates(s.site, max(s.docs, mine.docs if mine else 0),
                                              dict(sorted(counts.items())), s.fold_digits)
        return cls(sites, min_docs=parts[0].min_docs, min_share=parts[0].min_share,
                   fold_digits=parts[0].fold_digits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "hash": HASH,
            "fold_digits": self.fold_digits, "min_docs": self.min_docs,
            "min_share": self.min_share,
            "sites": {s.site: {"docs": s.docs,
                               "hashes": {f"{h:016x}": n for h, n in s.counts.items()}}
                      for s in self},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemplateSet:
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise TemplateFileError("not a cleanroom template set (no "
                                    f"\"format\": \"{FORMAT}\")")
        if data.get("version") != VERSION or data.get("hash") != HASH:
            raise TemplateFileError(f"template set of version {data.get('version')!r} with "
                                    f"hash {data.get('hash')!r}; this cleanroom reads version "
                                    f"{VERSION} with {HASH}: learn the templates again")
        fold = bool(data.get("fold_digits", False))
        try:
            sites = {str(site): SiteTemplates(str(site), int(body["docs"]),
                                              {int(h, 16): int(n)
                                               for h, n in sorted(body["hashes"].items())}, fold)
                     for site, body in data["sites"].items()}
            return cls(sites, min_docs=int(data["min_docs"]), min_share=float(data["min_share"]),
                       fold_digits=fold)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TemplateFileError(f"malformed template set: {exc!r}") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        data = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":")).encode()
        Path(path).write_bytes(gzip.compress(data, mtime=0) if str(path).endswith(".gz")
                               else data)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TemplateSet:
        raw = Path(path).read_bytes()
        try:
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            data = json.loads(raw)
        except (OSError, EOFError, ValueError) as exc:
            raise TemplateFileError(f"{path}: not a template file ({exc})") from None
        try:
            return cls.from_dict(data)
        except TemplateFileError as exc:
            raise TemplateFileError(f"{path}: {exc}") from None
