"""What ``clean()`` returns: the clean text and a report of every removal.

The report is plain data (``to_dict``/``from_dict`` round-trip through JSON) and replayable:
``result.report.apply(result.source_text) == result.text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from cleanroom.categories import Category
from cleanroom.cut import cut
from cleanroom.document.model import DomRemoval


@dataclass(frozen=True)
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
        return {"start": self.start, "end": self.end, "text": self.text,
                "category": str(self.category), "detector": self.detector, "rule": self.rule,
                "reason": self.reason, "merged": list(self.merged)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]),
                   Category(data["category"]), str(data["detector"]), str(data["rule"]),
                   str(data["reason"]), tuple(data.get("merged", ())))


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
        return sum(r.end - r.start for r in self.removals)

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
            "removals": self.removals,
            "held_back": self.held_back,
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
        if not self.removals and not self.dom_removals:
            return "nothing removed" + (" (error page)" if self.is_error_page else "")
        counts = ", ".join(f"{c} {n:,}" for c, n in self.chars_by_category.items())
        lines = [f"removed {len(self.removals) + len(self.dom_removals)} spans "
                 f"({counts} chars)" + ("; the page is an error page" if self.is_error_page
                                        else "")]
        for d in self.dom_removals:
            lines.append(f"  <{d.path}> {d.category}/{d.rule}: {_preview(d.text)}")
        for r in self.removals:
            lines.append(f"  {r.start}-{r.end} {r.category}/{r.rule}: {_preview(r.text)}")
        return "\n".join(lines)


def _preview(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[:width - 1] + "…")


@dataclass(frozen=True)
class Result:
    """The clean text, the report, and the text the detectors saw (``source_text``)."""

    text: str
    report: Report
    source_text: str
