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

The stages live in ``signatures`` (site key and paragraph hash), ``counts`` (``HashCounts``
and the threshold rule) and ``template_set`` (``TemplateSet`` and its file); every public
name is importable from ``cleanroom.templates``.

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

from collections.abc import Iterable

from cleanroom.templates.counts import HashCounts, check_thresholds, select_site
from cleanroom.templates.signatures import (
    HASH,
    Signature,
    document_signature,
    paragraph_hash,
    signature,
    site_of,
    template_norm,
)
from cleanroom.templates.template_set import (
    FORMAT,
    VERSION,
    SiteTemplates,
    TemplateFileError,
    TemplateSet,
)

__all__ = [
    "FORMAT",
    "HASH",
    "VERSION",
    "HashCounts",
    "Signature",
    "SiteTemplates",
    "TemplateFileError",
    "TemplateSet",
    "check_thresholds",
    "document_signature",
    "learn",
    "paragraph_hash",
    "select_site",
    "signature",
    "site_of",
    "template_norm",
]


def learn(records: Iterable[tuple[str, str | None]], *, min_docs: int = 10,
          min_share: float = 0.1, fold_digits: bool = False) -> TemplateSet:
    """Learn a TemplateSet from ``(text, url)`` pairs in one process."""
    counts = HashCounts(fold_digits=fold_digits)
    for text, url in records:
        counts.add(signature(text, url, fold_digits=fold_digits))
    return counts.select(min_docs=min_docs, min_share=min_share)
