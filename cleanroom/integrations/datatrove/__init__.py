"""cleanroom in datatrove pipelines: ``pip install 'cleanroom[datatrove]'``.

* ``CleanroomStep``: clean each document; the report goes to ``doc.metadata["cleanroom"]``;
  no document is ever dropped.
* ``JsonlRecords``: a JSONL reader that, unlike datatrove's, keeps malformed lines (as
  documents carrying an error) so records in == records out.
* ``TemplateSignatures`` -> ``TemplateCounts`` -> ``CleanroomStep(templates=folder)``: the
  template pass as stages, and ``template_executors`` to chain them on the local, Slurm or
  Ray executor.  See ``docs/distributed.md``.

Importing this package without datatrove raises ``ImportError`` with the install command.
"""

from cleanroom.integrations.datatrove._require import require

require()

from cleanroom.integrations.datatrove.executors import template_executors
from cleanroom.integrations.datatrove.stages import (
    TemplateCounts,
    TemplateSignatures,
    load_templates,
)
from cleanroom.integrations.datatrove.step import CleanroomStep, JsonlRecords

__all__ = ["CleanroomStep", "JsonlRecords", "TemplateCounts", "TemplateSignatures",
           "load_templates", "template_executors"]
