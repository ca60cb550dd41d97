"""Learn a site's boilerplate from a dump: the engine-free core of the ``template`` pass.

A paragraph that appears in many pages of the same site is that site's template (its footer,
its syndication notice, its house promo), whatever language it is in.  The pass has three
pure stages, so the same logic runs in the CLI, in datatrove and in a PySpark job:

1. ``signature(text, url)`` -> ``Signature(site, hashes)``: one document's site and the set of
   hashes of its paragraphs (each paragraph counted once per document).
2. ``HashCounts``: per site, how many documents were seen and, per hash, in how many of them
   it appeared.  ``HashCounts`` add up (``a + b``), so workers and partitions merge.
3. ``HashCounts.select(min_docs=, min_share=)`` -> ``TemplateSet``: the hashes seen in at
   least ``min_docs`` documents of their site *and* in at least ``min_share`` of the site's
   documents.  Both thresholds must hold: a quote or a standard dateline that recurs in a few
   pages stays, and a small site never has its body text mistaken for a template.

The site key is the URL's host, lower-cased, without port and without a leading ``www.``
(``https://WWW.Example.com:8080/a`` -> ``example.com``).  Not the registrable domain: that
needs the public-suffix list, and subdomains of one domain (``blog.`` and ``news.``) usually
have templates of their own.  A paragraph is a block as ``clean()`` sees it; its hash is
xxHash (xxh3, 64 bits) of the UTF-8 bytes of the paragraph casefolded with whitespace
collapsed.  Digits are kept by default: folding them merges real paragraphs that differ only
in their numbers ("Shares fell 3%" / "Shares fell 5%").

>>> texts = [f"Story number {i} is about something else entirely.\\nThe Harbour Times, since 1882."
...          for i in range(12)]
>>> counts = HashCounts()
>>> for text in texts:
...     counts.add(signature(text, "https://www.harbour.example/news"))
>>> templates = counts.select(min_docs=10, min_share=0.5)
>>> templates.for_url("http://harbour.example/other").count("The Harbour Times, since 1882.")
12
>>> templates.for_url("http://harbour.example/other").count("Story number 3 is about something "
...                                                         "else entirely.")
0
"""

from __future__ import annotations

import gzip
import json
import os
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex
import xxhash

from cleanroom.document.from_text import from_text
from cleanroom.document.model import Document
from cleanroom.errors import CleanroomError

FORMAT = "cleanroom-templates"
VERSION = 1
HASH = "xxh3_64(utf8(casefold+collapse_whitespace))"
"""Names the paragraph hash in saved files; a file made with another hash is refused."""

_DIGITS = regex.compile(r"\d+")
_WORD = regex.compile(r"\w")


class TemplateFileError(CleanroomError, ValueError):
    """A template file cannot be read: not JSON, not a cleanroom template set, or another
    hash or version."""


def site_of(url: str | None) -> str | None:
    """The site key of a URL (or of a bare host): host, lower-cased, no port, no ``www.``.

    >>> site_of("https://WWW.Example.com:8080/a/b?c=1")
    'example.com'
    >>> site_of("news.example.com/story")
    'news.example.com'
    >>> site_of("") is None
    True
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    except ValueError:  # "http://[::1" and the like: no site, rather than an error
        return None
    host = host.removeprefix("www.")
    return host if host and not any(c.isspace() for c in host) else None


def template_norm(text: str) -> str:
    """Casefold and collapse whitespace: the text that is hashed.

    Defined here, not shared with ``Block.norm``: saved template files depend on it, so it
    changes only with ``VERSION`` (the detectors' normalisation may evolve freely).
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(text.casefold().split())


def paragraph_hash(text: str, *, fold_digits: bool = False) -> int:
    """xxh3-64 of the UTF-8 bytes of the paragraph, casefolded and whitespace collapsed.

    >>> paragraph_hash("Follow  us\\non Mastodon") == paragraph_hash("follow us on MASTODON")
    True
    >>> paragraph_hash("Issue 12") == paragraph_hash("Issue 13")
    False
    >>> paragraph_hash("Issue 12", fold_digits=True) == paragraph_hash("Issue 13", fold_digits=True)
    True
    """
    norm = template_norm(text)
    if fold_digits:
        norm = _DIGITS.sub("#", norm)
    return int(xxhash.xxh3_64_intdigest(norm.encode("utf-8", "surrogatepass")))


def _countable(text: str) -> bool:
    """Paragraphs without a single letter or digit (``* * *``) are never templates."""
    return _WORD.search(text) is not None


@dataclass(frozen=True)
class Signature:
    """One document's site and the distinct hashes of its paragraphs (sorted)."""

    site: str | None
    hashes: tuple[int, ...]


def document_signature(doc: Document, url: str | None, *, fold_digits: bool = False
                       ) -> Signature:
    """The signature of a Document already built (the blocks ``clean()`` will see)."""
    hashes = {paragraph_hash(b.text, fold_digits=fold_digits)
              for b in doc.blocks if _countable(b.text)}
    return Signature(site_of(url), tuple(sorted(hashes)))


def signature(text: str, url: str | None, *, fold_digits: bool = False) -> Signature:
    """The signature of plain text: its site and its distinct paragraph hashes."""
    return document_signature(from_text(text), url, fold_digits=fold_digits)


@dataclass
class HashCounts:
    """Per site: documents seen, and every paragraph hash seen (once per document).

    Hashes are kept in compact arrays (8 bytes each) and only counted per site at ``select``,
    so memory is the dump's distinct (document, paragraph) pairs, not Python dicts of them.
    Documents without a site are counted in ``unsited`` and learn nothing.
    """

    docs: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, array[int]] = field(default_factory=dict)
    unsited: int = 0
    fold_digits: bool = False

    def add(self, sig: Signature) -> None:
        if sig.site is None:
            self.unsited += 1
            return
        self.docs[sig.site] = self.docs.get(sig.site, 0) + 1
        self.hashes.setdefault(sig.site, array("Q")).extend(sig.hashes)

    def __add__(self, other: HashCounts) -> HashCounts:
        if self.fold_digits != other.fold_digits:
            raise ValueError("cannot add counts made with and without fold_digits")
        out = HashCounts(fold_digits=self.fold_digits, unsited=self.unsited + other.unsited)
        for part in (self, other):
            for site, n in part.docs.items():
                out.docs[site] = out.docs.get(site, 0) + n
            for site, arr in part.hashes.items():
                out.hashes.setdefault(site, array("Q")).extend(arr)
        return out

    def select(self, *, min_docs: int = 10, min_share: float = 0.1) -> TemplateSet:
        """The TemplateSet of hashes seen in >= ``min_docs`` documents of their site and in
        >= ``min_share`` of that site's documents."""
        check_thresholds(min_docs, min_share)
        sites: dict[str, SiteTemplates] = {}
        for site in sorted(self.docs):
            kept = select_site(self.docs[site], Counter(self.hashes.get(site, ())),
                               min_docs=min_docs, min_share=min_share)
            if kept:
                sites[site] = SiteTemplates(site, self.docs[site], kept, self.fold_digits)
        return TemplateSet(sites, min_docs=min_docs, min_share=min_share,
                           fold_digits=self.fold_digits)


def check_thresholds(min_docs: int, min_share: float) -> None:
    if not isinstance(min_docs, int) or min_docs < 2:
        raise ValueError(f"min_docs must be an integer of at least 2, not {min_docs!r}")
    if not 0.0 <= min_share <= 1.0:
        raise ValueError(f"min_share must be between 0 and 1, not {min_share!r}")


def select_site(site_docs: int, counts: Mapping[int, int], *, min_docs: int,
                min_share: float) -> dict[int, int]:
    """The hashes of one site that pass both thresholds, with their document counts.

    The one place the threshold rule lives; every engine calls it.
    """
    floor = max(min_docs, min_share * site_docs)
    return {h: n for h, n in sorted(counts.items()) if n >= floor}


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


def learn(records: Iterable[tuple[str, str | None]], *, min_docs: int = 10,
          min_share: float = 0.1, fold_digits: bool = False) -> TemplateSet:
    """Learn a TemplateSet from ``(text, url)`` pairs in one process."""
    counts = HashCounts(fold_digits=fold_digits)
    for text, url in records:
        counts.add(signature(text, url, fold_digits=fold_digits))
    return counts.select(min_docs=min_docs, min_share=min_share)
