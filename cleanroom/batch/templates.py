"""The learning pass over a dump: records -> signatures -> ``HashCounts`` -> ``TemplateSet``.

``cleanroom templates learn INPUT... -o site.tpl`` runs it; ``cleanroom clean
--learn-templates`` runs it first and then cleans with what it learned (two passes over the
inputs: the dump is read twice, never held in memory).  The counting itself is
``cleanroom.templates`` (engine-free); this module only feeds it records.

A record is counted on the paragraphs the detectors will see (``cleanroom.api.document``):
for HTML, the blocks of the extracted text.  Records without a URL are
counted as ``unsited`` and learn nothing; unreadable records are counted as ``errors``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cleanroom
from cleanroom.api import document
from cleanroom.batch.sources import Keys, Record, records
from cleanroom.document.model import Document
from cleanroom.errors import UsageError
from cleanroom.templates import HashCounts, TemplateSet, document_signature
from cleanroom.templates.template_set import TemplateFileError

DEFAULT_MIN_DOCS = 10
DEFAULT_MIN_SHARE = 0.1


@dataclass(frozen=True)
class LearnStats:
    """What the pass read: records in, counted per site, without a site, unreadable."""

    records: int
    counted: int
    unsited: int
    errors: int
    sites: int

    def line(self, templates: TemplateSet) -> str:
        return (f"learned {len(templates)} template paragraphs for {len(templates.sites)} of "
                f"{self.sites} sites from {self.records} records ({self.unsited} without a "
                f"URL, {self.errors} unreadable)")


def record_document(record: Record, fmt: str | None = None) -> Document:
    """The Document ``clean()`` would give the detectors for this record."""
    opts = cleanroom.Options(format=fmt or record.format,  # type: ignore[arg-type]
                             encoding=record.encoding)
    return document(record.content, opts)


def count_records(inputs: Iterable[str | Path], *, keys: Keys | None = None,
                  fmt: str | None = None, fold_digits: bool = False
                  ) -> tuple[HashCounts, LearnStats]:
    """Count paragraph hashes per site over every record of ``inputs``."""
    counts = HashCounts(fold_digits=fold_digits)
    n = errors = 0
    for rec in records(inputs, keys or Keys()):
        n += 1
        if not isinstance(rec, Record) or rec.skip:
            errors += not isinstance(rec, Record)
            continue
        try:
            doc = record_document(rec, fmt)
        except Exception:  # noqa: BLE001  an unreadable record is an error record later
            errors += 1
            continue
        counts.add(document_signature(doc, rec.url, fold_digits=fold_digits))
    counted = sum(counts.docs.values())
    return counts, LearnStats(n, counted, counts.unsited, errors, len(counts.docs))


def learn_paths(inputs: Iterable[str | Path], *, min_docs: int = DEFAULT_MIN_DOCS,
                min_share: float = DEFAULT_MIN_SHARE, keys: Keys | None = None,
                fmt: str | None = None, fold_digits: bool = False
                ) -> tuple[TemplateSet, LearnStats]:
    """Learn a TemplateSet from files, directories, JSONL and WARC dumps."""
    counts, stats = count_records(inputs, keys=keys, fmt=fmt, fold_digits=fold_digits)
    return counts.select(min_docs=min_docs, min_share=min_share), stats


MAX_TEMPLATE_BYTES = 256 << 20


def load_templates(path: Path) -> TemplateSet:
    """``--templates FILE``, whatever the file holds: a ``UsageError`` that names the file
    for anything but a template set -- not JSON, JSON nested too deep (``RecursionError``),
    numbers too large (``OverflowError``), or more than 256 MB once decompressed (a gzip
    bomb stops there, not after filling the memory)."""
    try:
        with open(path, "rb") as f:
            gz = f.read(2) == b"\x1f\x8b"
            f.seek(0)
            raw = (gzip.GzipFile(fileobj=f) if gz else f).read(MAX_TEMPLATE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise UsageError(f"{path}: not a template file ({e})") from None
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise UsageError(f"{path}: more than {MAX_TEMPLATE_BYTES >> 20} MB of template data "
                         "once decompressed; not a template file") from None
    try:
        return TemplateSet.from_dict(json.loads(raw))
    except TemplateFileError as e:
        raise UsageError(f"{path}: {e}") from None
    except (ValueError, RecursionError, OverflowError, MemoryError) as e:
        raise UsageError(f"{path}: not a template file ({type(e).__name__}: "
                         f"{str(e)[:200]})") from None


def keys_of(args: argparse.Namespace) -> Keys:
    return Keys(text=args.text_key, html=args.html_key,
                url=getattr(args, "url_key", "url"))


def learn_from_args(args: argparse.Namespace) -> TemplateSet:
    templates, stats = learn_paths(args.inputs, min_docs=args.min_docs,
                                   min_share=args.min_share, keys=keys_of(args),
                                   fmt=args.format, fold_digits=args.fold_digits)
    if not args.quiet:
        print(stats.line(templates), file=sys.stderr)
    return templates


def learn_main(argv: Sequence[str] | None = None) -> int:
    """``cleanroom templates learn ...`` on its own: the same as through ``cleanroom.cli``."""
    from cleanroom.cli import main

    return main(argv)
