"""``clean()``: input -> Document -> detectors -> resolver -> Result.  The stages meet here."""

from __future__ import annotations

import dataclasses
from typing import Any

from cleanroom.cut import to_source
from cleanroom.decode import decode
from cleanroom.detectors.base import Detector, Finding
from cleanroom.document.from_html import from_html
from cleanroom.document.from_text import from_text
from cleanroom.document.model import Document
from cleanroom.document.sniff import looks_like_html
from cleanroom.errors import InvalidInput
from cleanroom.options import Options
from cleanroom.report import Result
from cleanroom.resolver import Resolution, resolve


def _document(data: str | bytes, options: Options) -> Document:
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = decode(bytes(data), options.encoding)
    elif not isinstance(data, str):
        raise InvalidInput(
            f"clean() takes text or HTML as str, or bytes to decode; got "
            f"{type(data).__name__}. Read files with open(path, 'rb').read() or pass the "
            "response body (response.text or response.content)."
        )
    if options.format == "html" or (options.format == "auto" and looks_like_html(data)):
        return from_html(data, keep_headline=bool(options.headline), categories=options.categories)
    return from_text(data)


def _with_url(doc: Document, options: Options) -> Document:
    return doc if options.url is None else dataclasses.replace(doc, url=options.url)


def document(text_or_html: str | bytes, options: Options | None = None, /,
             **overrides: Any) -> Document:
    """The Document ``clean()`` would give the detectors, with the same options.

    For corpus passes that must see exactly the paragraphs the detectors see (learning site
    templates from HTML records).

    >>> [b.text for b in document("<p>One paragraph.</p><p>Another one.</p>", format="html")
    ...  .blocks][:2]
    ['One paragraph.', 'Another one.']
    """
    opts = Options.build(options, overrides)
    return _with_url(_document(text_or_html, opts), opts)


def clean(text_or_html: str | bytes, options: Options | None = None, /,
          **overrides: Any) -> Result:
    """Clean scraped text (or HTML): return the clean text and a report of every removal.

    >>> result = clean("Page not found\\nThe real story begins here, and it goes on.")
    >>> result.text
    'The real story begins here, and it goes on.'
    >>> [(r.category, r.rule) for r in result.report.removals]
    [(<Category.ERROR_PAGE: 'error_page'>, 'error_banner')]
    """
    opts = Options.build(options, overrides)
    doc = _with_url(_document(text_or_html, opts), opts)
    detectors = opts.active_detectors()
    findings = [f for detector in detectors for f in detector.find(doc)]
    resolved = resolve(doc, findings, strict=opts.strict)
    for _ in range(MAX_ROUNDS - 1):
        if not resolved.report.removals:
            break
        again = _again(doc, resolved, findings, detectors, opts)
        if not again:
            break
        findings += again
        resolved = resolve(doc, findings, strict=opts.strict)
    return Result(text=resolved.text, report=resolved.report, source_text=doc.text)


MAX_ROUNDS = 4
"""Detectors run again on the cleaned text until they find nothing more, at most this often."""


def _again(doc: Document, resolved: Resolution, findings: list[Finding],
           detectors: tuple[Detector, ...], opts: Options) -> list[Finding]:
    """What the detectors find in the clean text that they did not find in the source:
    context that junk hid (a "Comments" heading is empty once the junk after it is gone).
    Returned in source offsets.  Without this round ``clean`` would not be idempotent."""
    cleaned = dataclasses.replace(from_text(resolved.text), url=doc.url, source=doc.source)
    seen = {(f.start, f.end, f.detector, f.rule, f.strict_only) for f in findings}
    new: list[Finding] = []
    for detector in detectors:
        for f in detector.find(cleaned):
            for start, end in to_source(f.start, f.end, resolved.pieces):
                moved = dataclasses.replace(f, start=start, end=end)
                if (start, end, f.detector, f.rule, f.strict_only) not in seen:
                    new.append(moved)
    return new if any(opts.strict or not f.strict_only for f in new) else []
