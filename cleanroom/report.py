"""What ``clean()`` returns: the clean text and a report of every removal.

The report is plain data (``to_dict``/``from_dict`` round-trip through JSON) and replayable:
``result.report.apply(result.source_text) == result.text``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from cleanroom.categories import Category
from cleanroom.cut import cut
from cleanroom.document.model import DomRemoval

_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogates(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


def _json_safe(text: str) -> tuple[str, list[list[int]]]:
    """``text`` with each UTF-16 surrogate code unit (a split or lone surrogate pair) as
    U+FFFD, and where they were: ``[[index, code unit], ...]``.  JSON cannot carry them —
    UTF-8 refuses them and ``json.loads`` joins an escaped pair into one character — so the
    report writes them aside and ``from_dict`` puts them back; offsets stay as they were."""
    spots = [[m.start(), ord(m.group())] for m in _SURROGATE.finditer(text)]
    return _SURROGATE.sub("\ufffd", text), spots


def _restored(text: str, spots: Sequence[Sequence[int]]) -> str:
    chars = list(text)
    for index, unit in spots:
        chars[int(index)] = chr(int(unit))
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Removal:
    """One span cut from the text the detectors saw.

    ``start``/``end`` are offsets into that text (the input itself for text input, the
    extracted text for HTML), ``text`` is what was there.  ``merged`` lists the
    ``detector/rule`` of other findings that overlapped this one and were folded into it.
    """

    start: int
    end: int
    text: str
    category: Category
    detector: str
    rule: str
    reason: str
    merged: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data.  A text or reason holding surrogate code units (a split pair)
        is written with U+FFFD in their place and a ``surrogates`` entry to restore them."""
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                                "category": str(self.category), "detector": self.detector,
                                "rule": self.rule, "reason": self.reason,
                                "merged": list(self.merged)}
        if self.needs_escaping():
            aside: dict[str, list[list[int]]] = {}
            for key, value in (("text", self.text), ("reason", self.reason)):
                data[key], spots = _json_safe(value)
                if spots:
                    aside[key] = spots
            data["surrogates"] = aside
        return data

    def needs_escaping(self) -> bool:
        """The text or reason holds surrogate code units, which JSON cannot carry as is."""
        return _has_surrogates(self.text) or _has_surrogates(self.reason)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        text, reason = str(data["text"]), str(data["reason"])
        aside = data.get("surrogates")
        if aside:
            text = _restored(text, aside.get("text", ()))
            reason = _restored(reason, aside.get("reason", ()))
        return cls(int(data["start"]), int(data["end"]), text,
                   Category(data["category"]), str(data["detector"]), str(data["rule"]),
                   reason, tuple(data.get("merged", ())))


def _dom_from_dict(data: Mapping[str, Any]) -> DomRemoval:
    return DomRemoval(**{k: str(data[k]) for k in
                         ("path", "text", "category", "detector", "rule", "reason")})


@dataclass(frozen=True)
class Report:
    """Every removal, what was held back, and the document-level verdicts.

    ``held_back`` lists what detectors proposed but the resolver kept because it was not
    sure (they are removed with ``strict=True``).  ``is_error_page`` says the whole page is
    an error page or soft 404: what is left once the error text is gone is too little to be
    an article.
    """

    removals: tuple[Removal, ...] = ()
    held_back: tuple[Removal, ...] = ()
    dom_removals: tuple[DomRemoval, ...] = ()
    is_error_page: bool = False
    source: Literal["text", "html"] = "text"
    source_chars: int = 0
    page_type: str | None = None
    """The HTML page's type (``article``, ``forum``, ``product``, ``collection``, ``listing``,
    ``service``, ``documentation``; ``docs/html.md``), None for text input."""

    @property
    def chars_by_category(self) -> dict[str, int]:
        """Characters removed per category (text and DOM removals), categories sorted."""
        if not self.removals and not self.dom_removals:
            return {}  # most pages of a dump: worth a shortcut (the batch counts every one)
        counts: dict[str, int] = {}
        for r in self.removals:
            name = str(r.category)
            counts[name] = counts.get(name, 0) + (r.end - r.start)
        for d in self.dom_removals:
            counts[d.category] = counts.get(d.category, 0) + len(d.text)
        return dict(sorted(counts.items()))

    @property
    def removed_chars(self) -> int:
        """Characters cut from ``source_text`` (what ``source_chars`` counts)."""
        return sum(r.end - r.start for r in self.removals)

    @property
    def dom_removed_chars(self) -> int:
        """Characters of the elements pruned from HTML before extraction: never part of
        ``source_text``, so not a share of ``source_chars``."""
        return sum(len(d.text) for d in self.dom_removals)

    @property
    def held_back_chars(self) -> int:
        return sum(r.end - r.start for r in self.held_back)

    def apply(self, original: str) -> str:
        """Replay the report on the text it was made from: gives the clean text.

        Raises ``ValueError`` if ``original`` is not the text this report describes.
        """
        if len(original) != self.source_chars:
            raise ValueError(f"this report describes a text of {self.source_chars} characters,"
                             f" not {len(original)}")
        for r in self.removals:
            if original[r.start:r.end] != r.text:
                raise ValueError(f"the text at {r.start}-{r.end} is not the text this report "
                                 "removed there")
        return cut(original, [(r.start, r.end) for r in self.removals])

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data: JSON-ready, read back by ``from_dict``."""
        data = self.encodable()
        data["removals"] = [r.to_dict() for r in self.removals]
        data["held_back"] = [r.to_dict() for r in self.held_back]
        data["dom_removals"] = [asdict(d) for d in self.dom_removals]
        return data

    def encodable(self) -> dict[str, Any]:
        """``to_dict()`` with the removals left as the dataclasses they are.

        orjson encodes it to the same JSON bytes as ``to_dict()`` (a dataclass as its
        fields in order, a ``Category`` as its value, a tuple as a list) without a dict
        built per removal first: 3.8 rather than 6.7 us a report and its record's text in a
        tight loop over the batch benchmark's records (the batch workers write one a record).
        """
        data: dict[str, Any] = {
            "source": self.source,
            "source_chars": self.source_chars,
            "is_error_page": self.is_error_page,
            "chars_by_category": self.chars_by_category,
            "removals": _encodable(self.removals),
            "held_back": _encodable(self.held_back),
            "dom_removals": self.dom_removals,
        }
        if self.page_type is not None:
            data["page_type"] = self.page_type
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        return cls(
            removals=tuple(Removal.from_dict(r) for r in data.get("removals", ())),
            held_back=tuple(Removal.from_dict(r) for r in data.get("held_back", ())),
            dom_removals=tuple(_dom_from_dict(d) for d in data.get("dom_removals", ())),
            is_error_page=bool(data.get("is_error_page", False)),
            source="html" if data.get("source") == "html" else "text",
            source_chars=int(data.get("source_chars", 0)),
            page_type=None if data.get("page_type") is None else str(data["page_type"]),
        )

    def __str__(self) -> str:
        """Every removal with its rule and reason, and what was held back; for HTML the
        elements pruned before extraction first, counted apart from the text's removals
        (their characters were never part of ``source_text``)."""
        lines: list[str] = []
        if self.dom_removals:
            lines.append(f"pruned {_count(len(self.dom_removals), 'element')} from the HTML "
                         f"before extraction ({self.dom_removed_chars:,} chars: "
                         f"{_by_category(self.dom_removals)})")
            lines += [f"  <{d.path}> {d.category}/{d.rule}: {_preview(d.text)} — {d.reason}"
                      for d in self.dom_removals]
        where = " from the extracted text" if self.source == "html" else ""
        if self.removals:
            lines.append(f"removed {_count(len(self.removals), 'span')}{where}, "
                         f"{_share(self.removed_chars, self.source_chars)}: "
                         f"{_by_category(self.removals)}")
            lines += [_line(r) for r in self.removals]
        else:
            lines.append(f"nothing removed{where}")
        if self.is_error_page:
            lines[-1 - len(self.removals)] += "; the page is an error page"
        if self.held_back:
            lines.append(f"held back {_count(len(self.held_back), 'span')} "
                         f"({self.held_back_chars:,} chars; cut only with strict=True):")
            lines += [_line(r) for r in self.held_back[:_HELD_SHOWN]]
            if len(self.held_back) > _HELD_SHOWN:
                lines.append(f"  … and {len(self.held_back) - _HELD_SHOWN:,} more "
                             "(report.held_back)")
        return "\n".join(lines)


_HELD_SHOWN = 5  # held-back spans listed by str(report); a page can have a hundred


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


def _share(part: int, whole: int) -> str:
    """``"120 of 2,345 chars (5.1 %)"``."""
    return f"{part:,} of {whole:,} chars" + (f" ({100 * part / whole:.1f} %)" if whole else "")


def _by_category(items: Sequence[Removal | DomRemoval]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        size = item.end - item.start if isinstance(item, Removal) else len(item.text)
        counts[str(item.category)] = counts.get(str(item.category), 0) + size
    return ", ".join(f"{c} {n:,}" for c, n in sorted(counts.items()))


def _line(r: Removal) -> str:
    return f"  {r.start}-{r.end} {r.category}/{r.rule}: {_preview(r.text)} — {r.reason}"


def _encodable(removals: tuple[Removal, ...]) -> Sequence[Removal | dict[str, Any]]:
    """The removals as they are, but a removal with surrogates as its ``to_dict()``."""
    if not any(r.needs_escaping() for r in removals):
        return removals
    return [r.to_dict() if r.needs_escaping() else r for r in removals]


def _preview(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[:width - 1] + "…")


@dataclass(frozen=True)
class Result:
    """The clean text, the report, and the text the detectors saw (``source_text``)."""

    text: str
    report: Report
    source_text: str
