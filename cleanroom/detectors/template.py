"""Paragraphs a site repeats across many of its pages: its footer, notices and house promos.

This detector learns nothing: it looks paragraphs up in templates learned from a dump (a
``cleanroom.templates.TemplateSet``, passed as ``clean(..., templates=...)``) for the
document's site (``clean(..., url=...)``).  Given a page of ``harbour.example`` whose last
paragraph is::

    The Harbour Times, independent since 1882. Tips: desk@harbour.example

and a template set in which that paragraph was seen in 240 of the site's 251 pages, the
paragraph is removed with the reason ``seen in 240 of 251 pages of harbour.example``.
Left alone: the same paragraph on another site's page (templates are per site), and any
paragraph below the thresholds the set was learned with (a quote cited in a few stories).

It reads the templates through a small protocol (``for_url(url)`` giving an object with
``site``, ``docs`` and ``count(paragraph)``) so detectors stay free of the learning code.

>>> from cleanroom.document import from_text
>>> from cleanroom.templates import SiteTemplates, TemplateSet, paragraph_hash
>>> footer = "The Harbour Times, independent since 1882."
>>> site = SiteTemplates("harbour.example", 251, {paragraph_hash(footer): 240})
>>> detector = Template(TemplateSet({"harbour.example": site}))
>>> doc = from_text(f"The ferry ran late again on Monday.\\n{footer}")
>>> [(f.rule, f.reason) for f in detector.find(doc)]
[('site_template', 'seen in 240 of 251 pages of harbour.example')]
>>> list(detector.find(from_text("The ferry ran late again on Monday.")))
[]
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from cleanroom.categories import Category
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document


class SiteLookup(Protocol):
    """One site's learned templates."""

    @property
    def site(self) -> str: ...

    @property
    def docs(self) -> int: ...

    def count(self, paragraph: str) -> int:
        """In how many of the site's documents the paragraph was seen; 0 if not a template."""
        ...


class TemplateLookup(Protocol):
    """What ``TemplateSet`` offers the detector."""

    def for_url(self, url: str | None) -> SiteLookup | None: ...


class Template:
    """Remove the paragraphs the given templates hold for the document's site."""

    name = "template"
    category = Category.TEMPLATE

    def __init__(self, templates: TemplateLookup) -> None:
        if not callable(getattr(templates, "for_url", None)):
            raise TypeError(f"Template needs a TemplateSet, not {type(templates).__name__}")
        self.templates = templates

    def find(self, doc: Document) -> Iterator[Finding]:
        site = self.templates.for_url(doc.url)
        if site is None:
            return
        for block in doc.blocks:
            n = site.count(block.text)
            if n:
                yield Finding(block.start, block.end, self.category, self.name,
                              "site_template",
                              f"seen in {n} of {site.docs} pages of {site.site}")
