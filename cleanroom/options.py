"""Options: one frozen, validated object for everything ``clean()`` can be told.

``clean(x, strict=True)`` is sugar for ``clean(x, Options(strict=True))``.  An unknown name
raises ``InvalidOptions`` (a ``TypeError``) that lists the valid ones.
"""

from __future__ import annotations

import codecs
import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

from cleanroom.categories import Category
from cleanroom.decode import web_encoding
from cleanroom.detectors import DEFAULT_DETECTORS
from cleanroom.detectors.base import Detector
from cleanroom.detectors.headline import Headline
from cleanroom.detectors.template import Template
from cleanroom.errors import InvalidOptions
from cleanroom.templates import TemplateSet

Format = Literal["auto", "text", "html"]
_FORMATS = ("auto", "text", "html")


class OptionArgs(TypedDict, total=False):
    """The keyword arguments of ``clean()`` and ``document()``: ``Options``' fields, each
    optional, typed for the caller's type checker (``**overrides: Unpack[OptionArgs]``).
    ``categories`` and the detector fields take any collection, as ``Options`` does."""

    format: Format
    encoding: str | None
    categories: Collection[str | Category] | None
    strict: bool
    detectors: Collection[Detector] | None
    extra_detectors: Collection[Detector]
    headline: bool | None
    url: str | None
    templates: TemplateSet | None


@dataclass(frozen=True)
class Options:
    """How to clean.

    ``format``: ``"auto"`` (HTML is recognised), ``"text"`` or ``"html"``.
    ``encoding``: the encoding of ``bytes`` input (an HTTP header's charset: a WHATWG label,
    so ``latin1`` means windows-1252, or a Python codec); ``None`` reads it from a BOM or the
    page's ``<meta>`` declaration, else takes UTF-8 or detects it (``decode.py``).
    ``categories``: the categories to remove; ``None`` means every category.
    ``strict``: also cut what detectors are less sure of (see ``Report.held_back``).
    ``detectors``: replaces the built-in detectors; ``extra_detectors`` adds to them.
    ``headline``: ``None`` (the default) gives the body as the input has it: for HTML the
    article body without its headline, as extractors and the article benchmark define it
    (see ``docs/html.md``); a text keeps its first line, whatever it is.  ``True`` puts an
    HTML page's headline (its ``<h1>``, else ``og:title``) first.  ``False`` leaves the
    headline out of text input too: a headline-shaped first line is cut and reported under
    ``headline`` (``detectors/headline.py``).
    ``url``: where the page came from; the ``template`` detector finds the site's templates
    by it.
    ``templates``: a ``TemplateSet`` learned from a dump (``cleanroom templates learn``); when
    given, the ``template`` detector runs with it (see ``docs/templates.md``).
    """

    format: Format = "auto"
    encoding: str | None = None
    categories: frozenset[Category] | None = None
    strict: bool = False
    detectors: tuple[Detector, ...] | None = None
    extra_detectors: tuple[Detector, ...] = field(default=())
    headline: bool | None = None
    url: str | None = None
    templates: TemplateSet | None = None

    def __post_init__(self) -> None:
        if self.format not in _FORMATS:
            raise InvalidOptions(f"format must be one of {', '.join(_FORMATS)}, "
                                 f"not {self.format!r}")
        if self.encoding is not None:
            _check_encoding(self.encoding)
        if self.categories is not None:
            object.__setattr__(self, "categories", _categories(self.categories))
        if not isinstance(self.strict, bool):
            raise InvalidOptions(f"strict must be True or False, not {self.strict!r}")
        if self.headline is not None and not isinstance(self.headline, bool):
            raise InvalidOptions(f"headline must be True, False or None, not {self.headline!r}")
        if self.detectors is not None:
            object.__setattr__(self, "detectors", _detectors(self.detectors, "detectors"))
        object.__setattr__(self, "extra_detectors",
                           _detectors(self.extra_detectors, "extra_detectors"))
        if self.url is not None and not isinstance(self.url, str):
            raise InvalidOptions(f"url must be a str or None, not {type(self.url).__name__}")
        if self.templates is not None and not isinstance(self.templates, TemplateSet):
            raise InvalidOptions("templates must be a TemplateSet (TemplateSet.load(path)), "
                                 f"not {type(self.templates).__name__}")

    @classmethod
    def build(cls, options: Options | None = None, overrides: Mapping[str, Any] | None = None
              ) -> Options:
        """``options`` (or the defaults) with ``overrides`` applied, every name checked."""
        base = options if options is not None else cls()
        if not isinstance(base, Options):
            raise InvalidOptions(f"options must be an Options, not {type(base).__name__}")
        if not overrides:
            return base
        valid = [f.name for f in dataclasses.fields(cls)]
        unknown = sorted(set(overrides) - set(valid))
        if unknown:
            raise InvalidOptions(f"unknown option{'s' if len(unknown) > 1 else ''} "
                                 f"{', '.join(unknown)}; valid options: {', '.join(valid)}")
        return dataclasses.replace(base, **overrides)

    def active_detectors(self) -> tuple[Detector, ...]:
        """The detectors to run: built-in (or replaced) plus extra, filtered by category."""
        chosen = (self.detectors if self.detectors is not None else DEFAULT_DETECTORS)
        chosen += self.extra_detectors
        if self.templates is not None:  # a detector with data: built from the option
            chosen += (Template(self.templates),)
        if self.headline is False:  # asked for: a headline is not junk by default
            chosen += (Headline(),)
        if self.categories is None:
            return chosen
        return tuple(d for d in chosen if d.category in self.categories)


def _check_encoding(name: object) -> None:
    """A WHATWG label (``decode.web_encoding``) or a Python text codec."""
    if isinstance(name, str) and web_encoding(name) is not None:
        return
    try:
        codecs.lookup(name)  # type: ignore[arg-type]
    except (LookupError, TypeError):
        raise InvalidOptions(f"unknown encoding {name!r}") from None


def _categories(value: Collection[str | Category]) -> frozenset[Category]:
    if isinstance(value, str):
        value = [value]
    out = set()
    for name in value:
        try:
            out.add(Category(name))
        except ValueError:
            valid = ", ".join(c.value for c in Category)
            raise InvalidOptions(f"unknown category {name!r}; categories: {valid}") from None
    return frozenset(out)


def _detectors(value: Collection[Detector], what: str) -> tuple[Detector, ...]:
    items = tuple(value)
    for d in items:
        if not isinstance(d, Detector) or not isinstance(getattr(d, "name", None), str):
            raise InvalidOptions(f"{what} must hold detectors (objects with name, category "
                                 f"and find(doc)), not {d!r}")
        try:
            Category(d.category)
        except ValueError:
            raise InvalidOptions(f"detector {d.name!r} has an unknown category "
                                 f"{d.category!r}") from None
    return items
