"""The template pass as datatrove stages, in the shape of datatrove's exact dedup.

1. ``TemplateSignatures`` (one task per input shard): each document's site and paragraph
   hashes (``cleanroom.templates.signature``), written as ``{bucket:04d}/{rank:05d}.sig``
   lines ``<hash hex> <site>``, with the hash choosing the bucket, plus the per-site document
   counts of the task in ``sites/{rank:05d}.json``.
2. ``TemplateCounts`` (one task per bucket): reads every task's file for its bucket and the
   site counts, keeps what passes the thresholds (``cleanroom.templates.select_site``, the
   same rule as the CLI) and writes ``templates/{bucket:04d}.tpl``.
3. ``CleanroomStep(templates=<folder>)`` loads those parts (``load_templates``) and cleans.

Memory: stage 1 streams its lines to the bucket files; stage 2 holds one bucket's counts.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import IO, Any

from cleanroom.integrations.datatrove._require import require

require()

from datatrove.data import DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

import cleanroom
from cleanroom.api import document
from cleanroom.templates import (
    SiteTemplates,
    TemplateSet,
    check_thresholds,
    document_signature,
    select_site,
)

SIG_SUFFIX = ".sig"
PARTS = "templates"


class TemplateSignatures(PipelineStep):  # type: ignore[misc]
    """Stage 1: write each document's (paragraph hash, site) pairs, bucketed by hash."""

    name = "cleanroom template signatures"
    type = "🫂 - DEDUPS"

    def __init__(self, output_folder: DataFolderLike, *, buckets: int = 1,
                 url_key: str = "url", fold_digits: bool = False,
                 options: cleanroom.Options | None = None) -> None:
        super().__init__()
        self.options = options or cleanroom.Options()  # its format: as CleanroomStep's
        if buckets < 1:
            raise ValueError("buckets must be at least 1")
        self.output_folder = get_datafolder(output_folder)
        self.buckets = buckets
        self.url_key = url_key
        self.fold_digits = fold_digits

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
            ) -> DocumentsPipeline:
        docs: dict[str, int] = {}
        files: list[IO[str]] = [self.output_folder.open(f"{b:04d}/{rank:05d}{SIG_SUFFIX}", "wt")
                                for b in range(self.buckets)]
        try:
            for doc in data or ():
                self.stat_update("documents_in")
                with self.track_time():
                    url = doc.metadata.get(self.url_key)
                    sig = document_signature(document(doc.text, self.options),
                                             url if isinstance(url, str) else None,
                                             fold_digits=self.fold_digits)
                    if sig.site is None:
                        self.stat_update("unsited")
                        continue
                    docs[sig.site] = docs.get(sig.site, 0) + 1
                    for h in sig.hashes:
                        files[h % self.buckets].write(f"{h:016x} {sig.site}\n")
        finally:
            for f in files:
                f.close()
        with self.output_folder.open(f"sites/{rank:05d}.json", "wt") as f:
            json.dump({"fold_digits": self.fold_digits, "docs": docs}, f, sort_keys=True)
        return
        yield  # a generator that yields nothing: a terminal stage


class TemplateCounts(PipelineStep):  # type: ignore[misc]
    """Stage 2 (run with ``tasks == buckets``): count one bucket, keep the templates."""

    name = "cleanroom template counts"
    type = "🫂 - DEDUPS"

    def __init__(self, input_folder: DataFolderLike, output_folder: DataFolderLike, *,
                 min_docs: int = 10, min_share: float = 0.1) -> None:
        super().__init__()
        check_thresholds(min_docs, min_share)
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)
        self.min_docs = min_docs
        self.min_share = min_share

    def _site_docs(self) -> tuple[dict[str, int], bool]:
        docs: Counter[str] = Counter()
        fold = False
        for path in self.input_folder.list_files("sites", glob_pattern="*.json"):
            with self.input_folder.open(path, "rt") as f:
                part: dict[str, Any] = json.load(f)
            docs.update(part["docs"])
            fold = bool(part["fold_digits"])
        return dict(docs), fold

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
            ) -> DocumentsPipeline:
        site_docs, fold = self._site_docs()
        counts: dict[str, Counter[int]] = {}
        for path in self.input_folder.list_files(f"{rank:04d}", glob_pattern=f"*{SIG_SUFFIX}"):
            with self.input_folder.open(path, "rt") as f:
                for line in f:
                    h, _, site = line.rstrip("\n").partition(" ")
                    counts.setdefault(site, Counter())[int(h, 16)] += 1
                    self.stat_update("pairs_in")
        sites = {}
        for site in sorted(counts):
            kept = select_site(site_docs.get(site, 0), counts[site], min_docs=self.min_docs,
                               min_share=self.min_share)
            if kept:
                sites[site] = SiteTemplates(site, site_docs[site], kept, fold)
                self.stat_update("templates", value=len(kept))
        part = TemplateSet(sites, min_docs=self.min_docs, min_share=self.min_share,
                           fold_digits=fold)
        with self.output_folder.open(f"{PARTS}/{rank:04d}.tpl", "wt") as f:
            f.write(json.dumps(part.to_dict(), sort_keys=True, separators=(",", ":")))
        return
        yield


def load_templates(path: DataFolderLike) -> TemplateSet:
    """A template file, or a folder of ``TemplateCounts`` parts joined into one set."""
    import fsspec

    if isinstance(path, str) and path.endswith((".tpl", ".tpl.gz", ".json")):
        with fsspec.open(path, "rb", compression="infer") as f:
            return TemplateSet.from_dict(json.loads(f.read()))
    folder = get_datafolder(path)
    sub = PARTS if folder.isdir(PARTS) else ""
    parts = []
    for name in folder.list_files(sub, glob_pattern="*.tpl"):
        with folder.open(name, "rt") as f:
            parts.append(TemplateSet.from_dict(json.load(f)))
    if not parts:
        raise FileNotFoundError(f"no template parts (*.tpl) under {folder.path}")
    return TemplateSet.from_parts(parts)
