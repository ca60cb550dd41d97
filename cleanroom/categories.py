"""The junk categories, defined once.

Every finding, removal and count in cleanroom names one of these. ``Category`` is a
``StrEnum``, so ``Category.DISCLAIMER == "disclaimer"`` and the report stays plain JSON.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """A kind of junk. The value is the stable name used in reports and options."""

    ERROR_PAGE = "error_page"
    """HTTP status banners, "page not found", "access denied", bot checks."""
    REPEATED = "repeated"
    """A paragraph or block of paragraphs repeated within the document."""
    DISCLAIMER = "disclaimer"
    """Legal and syndication disclaimers, copyright lines, "provided as is"."""
    COMMENTS = "comments"
    """Empty comment sections, comment counts, comment-form text."""
    COOKIE = "cookie"
    """Cookie and consent banners."""
    NEWSLETTER = "newsletter"
    """Subscribe, sign-up, paywall and "get the app" prompts."""
    SHARE = "share"
    """Share and follow button text."""
    RELATED = "related"
    """"Related articles", "Read more", "Also read" lists."""
    NAVIGATION = "navigation"
    """Menus, breadcrumbs, "Skip to content", pagination."""
    ADS = "ads"
    """"Advertisement", "Sponsored"."""
    TEMPLATE = "template"
    """Text that repeats across many documents of the same site, learned from a dump."""
    HEADLINE = "headline"
    """The headline opening a text: cut only when asked (``headline=False``)."""
