"""``clean()``: input -> Document -> detectors -> resolver -> Result.  The stages meet here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Unpack

from cleanroom.context import settle
from cleanroom.decode import decode
from cleanroom.detectors.base import Finding
from cleanroom.document.from_html import from_html
from cleanroom.document.from_text import from_text
from cleanroom.document.model import Document
from cleanroom.document.sniff import looks_like_html
from cleanroom.errors import InvalidInput
from cleanroom.options import OptionArgs, Options
from cleanroom.pipeline import pipeline
from cleanroom.report import Result
from cleanroom.resolver import resolve


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
             **overrides: Unpack[OptionArgs]) -> Document:
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
          **overrides: Unpack[OptionArgs]) -> Result:
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
    doc = pipeline(detectors).prepare(doc)
    findings = settle(doc, [f for detector in detectors for f in detector.find(doc)],
                      detectors, opts.strict)
    doc.scans.release()  # the scans are done with: peak memory on a text of junk lines
    # The findings are handed over, not kept here: the resolver lets each go once its
    # removal is made.
    resolved = resolve(doc, _handed_over(findings), strict=opts.strict)
    return Result(text=resolved.text, report=resolved.report, source_text=doc.text)


def _handed_over(findings: list[Finding]) -> Iterator[Finding]:
    """The findings, in order, each dropped from the list as it is read."""
    findings.reverse()
    while findings:
        yield findings.pop()

