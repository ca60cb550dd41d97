"""``Summary``: the counts of a batch run, made to be added up.

Each worker chunk returns a ``Summary``; the run adds them (``a + b``), writes the total as
JSON, and a resumed run reads the finished files' summaries back (``from_dict``), so the
totals cover the whole dump whether or not it was cleaned in one go.

>>> a = Summary(records_in=2, records_out=2, chars_removed={"repeated": 40})
>>> b = Summary(records_in=1, records_out=1, errors=1, errors_by_type={"malformed_json": 1})
>>> total = a + b
>>> total.records_in, total.errors, total.chars_removed
(3, 1, {'repeated': 40})
>>> Summary.from_dict(total.to_dict()) == total
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any


def _add_counts(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class Summary:
    """Counts over any number of records.

    ``records_out == records_in`` always holds for a finished run: every record read gives
    one output record, clean, skipped (not text, e.g. an image in a WARC) or an error record.
    ``chars_in``/``chars_out`` count the text the detectors saw and the clean text;
    ``chars_removed`` is per category, DOM-pruned elements of HTML records included;
    ``text_chars_removed`` counts only what was cut from the text the detectors saw (so it is a
    share of ``chars_in``) and ``dom_chars_removed`` the text of the pruned elements, which
    was never part of it.  ``clean_seconds`` is time spent inside ``clean()``.
    """

    records_in: int = 0
    records_out: int = 0
    errors: int = 0
    skipped: int = 0
    error_pages: int = 0
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    text_chars_removed: int = 0
    dom_chars_removed: int = 0
    clean_seconds: float = 0.0
    files: int = 0
    files_resumed: int = 0
    errors_by_type: dict[str, int] = field(default_factory=dict)
    chars_removed: dict[str, int] = field(default_factory=dict)

    def __add__(self, other: Summary) -> Summary:
        if not isinstance(other, Summary):
            return NotImplemented
        values: dict[str, Any] = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = _add_counts(a, b) if isinstance(a, dict) else a + b
        return Summary(**values)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["clean_seconds"] = round(self.clean_seconds, 6)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        """Read ``to_dict()`` output back; unknown keys are ignored, missing ones are 0."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in data:
                v = data[f.name]
                values[f.name] = ({str(k): int(n) for k, n in v.items()} if f.name in
                                  ("errors_by_type", "chars_removed") else
                                  float(v) if f.name == "clean_seconds" else int(v))
        return cls(**values)

    def lines(self) -> list[str]:
        """The summary as a few human-readable lines."""
        out = [(f"records: {self.records_in:,} in, {self.records_out:,} out, "
                f"{self.errors:,} errors, {self.skipped:,} skipped (not text)"),
               f"files: {self.files:,} written" + (f", {self.files_resumed:,} already done"
                                                   if self.files_resumed else ""),
               f"error pages: {self.error_pages:,}"]
        removed = self.text_chars_removed
        share = f" ({removed / self.chars_in:.1%} of {self.chars_in:,})" if self.chars_in else ""
        out.append(f"chars removed from the text: {removed:,}{share}")
        if self.dom_chars_removed:
            out.append(f"chars in elements pruned from HTML: {self.dom_chars_removed:,}")
        out.append("by category (both):")
        out += [f"  {cat}: {n:,}" for cat, n in self.chars_removed.items()]
        if self.errors_by_type:
            out.append("errors: " + ", ".join(f"{t} {n:,}" for t, n in
                                               self.errors_by_type.items()))
        return out
