"""Stages 2 and 3 of the template pass: count paragraph hashes per site, keep the frequent ones.

``HashCounts`` add up (``a + b``), so batch workers and datatrove partitions merge their
counts before selecting.  ``select_site`` is the one place the threshold rule lives: a hash
is kept when it was seen in at least ``min_docs`` documents of its site *and* in at least
``min_share`` of them, so a quote that recurs on a few pages stays, and a small site never
has its body text taken for a template.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from cleanroom.templates.signatures import Signature
from cleanroom.templates.template_set import SiteTemplates, TemplateSet


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
