"""``CleanroomStep``: clean every document of a datatrove pipeline; ``JsonlRecords``: read JSONL
without losing a line.

``CleanroomStep`` sets ``doc.text`` to the clean text and ``doc.metadata["cleanroom"]`` to the
report dict.  It never drops a document: one cleaned to nothing keeps an empty text (filter it
out afterwards if you want, with the report saying why), and one that fails keeps its text
with ``{"error": {"type", "message"}}`` as its ``cleanroom`` metadata.

datatrove's own ``JsonlReader`` skips a malformed line, and a record whose text is missing or
empty, with only a warning in the log (``readers/jsonl.py``, ``readers/base.py``), so records
can vanish between the dump and the output.  ``JsonlRecords`` is a drop-in reader that
yields one document per line instead: a line it cannot read becomes a document with empty
text and an ``error`` under ``cleanroom``.  Both steps count what passed through in their
datatrove stats (``records_in``, ``documents_in``/``documents_out``), so in == out can be
checked in the logs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cleanroom.integrations.datatrove._require import require

require()

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers.jsonl import JsonlReader

import cleanroom
from cleanroom.templates import TemplateSet

META_KEY = "cleanroom"


class CleanroomStep(PipelineStep):  # type: ignore[misc]
    """Clean each document; the report goes to ``doc.metadata["cleanroom"]``.

    ``options``/``overrides`` are those of ``cleanroom.clean`` (built once, here).
    ``templates``: a ``TemplateSet``, a template file, or the output folder of
    ``TemplateCounts`` (loaded once per task, on the worker).  ``url_key``: the metadata key
    holding the page URL, which picks the site's templates.
    """

    name = "cleanroom"
    type = "✂️ - FORMAT"

    def __init__(self, options: cleanroom.Options | None = None, *,
                 templates: TemplateSet | str | None = None, url_key: str = "url",
                 **overrides: Any) -> None:
        super().__init__()
        self.options = cleanroom.Options.build(options, overrides)
        self.templates_source = templates
        self.url_key = url_key
        self._templates: TemplateSet | None = (templates if isinstance(templates, TemplateSet)
                                               else None)

    def _load_templates(self) -> TemplateSet | None:
        if self._templates is None and self.templates_source is not None:
            from cleanroom.integrations.datatrove.stages import load_templates

            self._templates = load_templates(str(self.templates_source))
        return self._templates

    def clean(self, doc: Document) -> None:
        """Clean one document in place (text and metadata); never raises."""
        meta = doc.metadata
        if isinstance(meta.get(META_KEY), dict) and "error" in meta[META_KEY]:
            self.stat_update("errors")  # a record the reader could not read: keep its error
            return
        try:
            url = meta.get(self.url_key)
            opts = cleanroom.Options.build(self.options, {
                "url": url if isinstance(url, str) else None,
                "templates": self._load_templates()})
            result = cleanroom.clean(doc.text, opts)
        except Exception as e:  # noqa: BLE001  a bug must not lose the document
            meta[META_KEY] = {"error": {"type": type(e).__name__, "message": str(e)}}
            self.stat_update("errors")
            return
        doc.text = result.text
        meta[META_KEY] = result.report.to_dict()
        self.stat_update("chars_removed", value=result.report.removed_chars, unit="doc")
        if not result.text:
            self.stat_update("cleaned_to_empty")

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
            ) -> DocumentsPipeline:
        for doc in data or ():
            self.stat_update("documents_in")
            with self.track_time():
                self.clean(doc)
            self.stat_update("documents_out")
            yield doc


class JsonlRecords(JsonlReader):  # type: ignore[misc]
    """``JsonlReader`` that yields one document per line, bad lines included (see above)."""

    name = "cleanroom jsonl"

    def read_file(self, filepath: str) -> Iterator[Document]:
        with self.data_folder.open(filepath, "r", compression=self.compression) as f:
            for li, line in enumerate(f):
                if not line.strip():
                    continue
                self.stat_update("records_in")
                with self.track_time():
                    doc = self._document(line, filepath, li)
                yield doc

    def _document(self, line: str, filepath: str, li: int) -> Document:
        import orjson

        try:
            data = orjson.loads(line)
            if not isinstance(data, dict):
                raise TypeError(f"the line holds {type(data).__name__}, not an object")
            if self.text_key not in data:
                raise ValueError(f"the record has no {self.text_key!r} field")
            text = data[self.text_key]
            if not isinstance(text, str):
                raise TypeError(f"field {self.text_key!r} is not a string")
            data[self.text_key] = text
            parsed = self.adapter(data, filepath, li)
            doc = Document(text=parsed.get("text") or "", id=str(parsed["id"]),
                           metadata=parsed.get("metadata") or {})
            if self.default_metadata:
                doc.metadata = self.default_metadata | doc.metadata
            return doc
        except (ValueError, TypeError, KeyError, orjson.JSONDecodeError) as e:
            return Document(text="", id=f"{filepath}/{li}", metadata={META_KEY: {"error": {
                "type": "malformed_record", "message": str(e)}}, "file": filepath,
                "line": li + 1})
