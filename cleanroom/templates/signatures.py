"""Stage 1 of the template pass: what one document contributes, its site and paragraph hashes.

The site key is the URL's host, lower-cased, without port and without a leading ``www.``
(``https://WWW.Example.com:8080/a`` -> ``example.com``).  Not the registrable domain: that
needs the public-suffix list, and subdomains of one domain (``blog.`` and ``news.``) usually
have templates of their own.  A paragraph is a block as ``clean()`` sees it; its hash is
xxHash (xxh3, 64 bits) of the UTF-8 bytes of the paragraph casefolded with whitespace
collapsed.  Digits are kept by default: folding them merges real paragraphs that differ only
in their numbers ("Shares fell 3%" / "Shares fell 5%").  Saved template files depend on this
hash, so it is defined here on its own, named by ``HASH``, and does not follow the detectors'
normalisation (``Block.norm``) when that changes.

>>> sig = signature("Read on.\\nThe Harbour Times, since 1882.\\nRead on.", "harbour.example")
>>> sig.site, len(sig.hashes)  # 'Read on.' twice counts once
('harbour.example', 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import regex
import xxhash

from cleanroom.document.from_text import from_text
from cleanroom.document.model import Document

HASH = "xxh3_64(utf8(casefold+collapse_whitespace))"
"""Names the paragraph hash in saved files; a file made with another hash is refused."""

_DIGITS = regex.compile(r"\d+")
_WORD = regex.compile(r"\w")


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
