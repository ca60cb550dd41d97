"""Findings -> Report: decide what is cut, merge overlaps, judge the whole page.

Detectors propose without context; the resolver decides with it:

* a finding marked ``strict_only`` is held back (reported, not cut) unless ``strict=True``;
* overlapping findings become one removal, led by the one that starts first (the longest on
  a tie, then the category that comes first in ``LEAD``); the others are named in
  ``Removal.merged``;
* keep-first for repeats is the repeated detector's own contract (it never proposes the
  first copy), so a first copy is only cut when another detector proposes it;
* the page is an error page when error text was found and what is left is too little to
  be an article (fewer than ``ERROR_PAGE_MAX_KEPT`` non-space characters, or less than the
  error text itself).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

from cleanroom.categories import Category
from cleanroom.cut import Piece, cut_pieces
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.report import Removal, Report

ERROR_PAGE_MAX_KEPT = 200

LEAD: tuple[Category, ...] = (
    Category.ERROR_PAGE, Category.DISCLAIMER, Category.COMMENTS, Category.COOKIE,
    Category.NEWSLETTER, Category.SHARE, Category.ADS, Category.HEADLINE, Category.RELATED,
    Category.NAVIGATION, Category.TEMPLATE, Category.REPEATED)
"""Which category leads a removal when findings of several cover the same span: the sections
that say what the text is first (an error page, a legal notice, a comment section: a consent
line under a comment form is the form's), then prompts, buttons and ads, the headline, the
generic lists (related, navigation: a copyright line under a list is the site's notice, not a
list item), and ``repeated`` last (it only says the text came twice).  Declared here, not
left to the detectors' names."""
_RANK = {category: rank for rank, category in enumerate(LEAD)}


_START, _END, _DETECTOR, _RULE = (attrgetter(name) for name in ("start", "end", "detector",
                                                                 "rule"))


_FEW = 1000  # findings sorted with one key tuple each


def _rank(f: Finding) -> int:
    return _RANK.get(f.category, len(LEAD))


def _removal(doc: Document, f: Finding, merged: tuple[str, ...] = ()) -> Removal:
    block = doc.block_at(f.start)
    # A removal of one whole block shares the block's text: no copy per removal.
    text = (block.text if block is not None and block.start == f.start and block.end == f.end
            else doc.text[f.start:f.end])
    return Removal(f.start, f.end, text, f.category, f.detector, f.rule, f.reason, merged)


def _merge(doc: Document, findings: list[Finding]) -> list[Removal]:
    # On the same span, a finding that names the kind of junk leads one that only says it
    # repeats (a share bar injected twice is share junk both times).  In order of (start,
    # -end, rank, detector, rule); for many findings one stable sort per field, last field
    # first, so that no key tuple is made per finding (a text of junk lines has a finding
    # per line).  Both give the same order.
    if len(findings) <= _FEW:
        findings.sort(key=lambda f: (f.start, -f.end, _RANK.get(f.category, len(LEAD)),
                                     f.detector, f.rule))
    else:
        findings.sort(key=_RULE)
        findings.sort(key=_DETECTOR)
        findings.sort(key=_rank)
        findings.sort(key=_END, reverse=True)  # reverse=True keeps equal ones in their order
        findings.sort(key=_START)
    removals: list[Removal] = []
    lead: Finding | None = None
    end = 0
    others: list[str] = []
    # Each finding is let go once read (popped off the reversed list): the findings and the
    # removals made of them are not all held at once.
    findings.reverse()
    while findings:
        f = findings.pop()
        if lead is not None and f.start < end:
            end = max(end, f.end)
            tag = f"{f.detector}/{f.rule}"
            if tag != f"{lead.detector}/{lead.rule}" and tag not in others:
                others.append(tag)
            continue
        if lead is not None:
            removals.append(_removal(doc, _extend(lead, end), tuple(others)))
        lead, end, others = f, f.end, []
    if lead is not None:
        removals.append(_removal(doc, _extend(lead, end), tuple(others)))
    return removals


def _extend(f: Finding, end: int) -> Finding:
    if end == f.end:
        return f
    return Finding(f.start, end, f.category, f.detector, f.rule, f.reason, f.strict_only)


def _is_error_page(removals: list[Removal], clean_text: str) -> bool:
    error_chars = sum(r.end - r.start for r in removals if r.category == Category.ERROR_PAGE)
    if not error_chars:
        return False
    kept = len("".join(clean_text.split()))
    return kept < ERROR_PAGE_MAX_KEPT or error_chars >= kept


def _not_within(held: list[Removal], removals: list[Removal]) -> list[Removal]:
    """The held-back spans that no removal already covers (both lists sorted by start)."""
    kept: list[Removal] = []
    i = 0
    reach = 0  # the furthest end of the removals that start at or before the held span
    for h in held:
        while i < len(removals) and removals[i].start <= h.start:
            reach = max(reach, removals[i].end)
            i += 1
        if h.end > reach:
            kept.append(h)
    return kept


class Resolution(NamedTuple):
    """The report, the clean text, and where each kept stretch of it came from."""

    report: Report
    text: str
    pieces: list[Piece]


def resolve(doc: Document, findings: Iterable[Finding], *,
            strict: bool = False) -> Resolution:
    """Decide which findings are cut; return the report, the clean text and its pieces."""
    applied: list[Finding] = []
    held: list[Finding] = []
    for f in findings:
        if f.end > len(doc.text):
            raise ValueError(f"{f.detector}/{f.rule} proposed {f.start}-{f.end}, past the end "
                             f"of a {len(doc.text)}-character text")
        (held if f.strict_only and not strict else applied).append(f)
    removals = _merge(doc, applied)
    clean_text, pieces = cut_pieces(doc.text, ((r.start, r.end) for r in removals))
    report = Report(
        removals=tuple(removals),
        held_back=tuple(_not_within(_merge(doc, held), removals)),
        dom_removals=doc.dom_removals,
        is_error_page=_is_error_page(removals, clean_text),
        source=doc.source,
        source_chars=len(doc.text),
        page_type=doc.page_type,
    )
    return Resolution(report, clean_text, pieces)
