"""Build the chained executors of the template pass, on one machine, Slurm or Ray.

``template_executors`` returns the three stages (signatures -> counts -> clean), each
depending on the one before; run the last one and datatrove runs the chain::

    signatures, counts, clean = template_executors(
        JsonlRecords("s3://bucket/dump/"), JsonlWriter("s3://bucket/clean/"),
        work_dir="s3://bucket/cleanroom-work/", executor="slurm", tasks=500, buckets=50,
        executor_kwargs={"time": "10:00:00", "partition": "cpu"})
    clean.run()
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from typing import Any, Literal

from cleanroom.integrations.datatrove._require import require

require()

from datatrove.pipeline.base import PipelineStep

import cleanroom
from cleanroom.integrations.datatrove.stages import (
    PARTS,
    TemplateCounts,
    TemplateSignatures,
)
from cleanroom.integrations.datatrove.step import CleanroomStep

Engine = Literal["local", "slurm", "ray"]


def _executor_class(engine: Engine) -> Any:
    if engine == "local":
        from datatrove.executor import LocalPipelineExecutor
        return LocalPipelineExecutor
    if engine == "slurm":
        from datatrove.executor import SlurmPipelineExecutor
        return SlurmPipelineExecutor
    if engine == "ray":
        from datatrove.executor import RayPipelineExecutor
        return RayPipelineExecutor
    raise ValueError(f"executor must be 'local', 'slurm' or 'ray', not {engine!r}")


def _join(base: str, *parts: str) -> str:
    return "/".join([base.rstrip("/"), *parts]) if "://" in base else os.path.join(base, *parts)


def template_executors(reader: PipelineStep, writer: PipelineStep, *, work_dir: str,
                       executor: Engine = "local", tasks: int = 1, buckets: int = 1,
                       workers: int = -1, min_docs: int = 10, min_share: float = 0.1,
                       fold_digits: bool = False, url_key: str = "url",
                       options: cleanroom.Options | None = None,
                       executor_kwargs: Mapping[str, Any] | None = None) -> list[Any]:
    """[signatures, counts, clean] executors; ``.run()`` the last to run all three.

    ``reader`` is copied for the two stages that read the dump (the dump is read twice,
    never held).  ``tasks`` shards the dump; ``buckets`` is how many counting tasks share the
    hashes.  ``work_dir`` receives the signatures, the learned templates
    (``work_dir/counts/templates/*.tpl``) and each stage's logs.  ``executor_kwargs`` go to
    every executor (Slurm needs ``time`` and ``partition``).
    """
    cls = _executor_class(executor)
    extra = dict(executor_kwargs or {})
    if executor != "slurm":
        extra.setdefault("workers", workers)
    sigs, counts = _join(work_dir, "signatures"), _join(work_dir, "counts")
    stage1 = cls([copy.deepcopy(reader), TemplateSignatures(sigs, buckets=buckets,
                                                            url_key=url_key,
                                                            fold_digits=fold_digits,
                                                            options=options)],
                 tasks=tasks, logging_dir=_join(work_dir, "logs", "signatures"), **extra)
    stage2 = cls([TemplateCounts(sigs, counts, min_docs=min_docs, min_share=min_share)],
                 tasks=buckets, logging_dir=_join(work_dir, "logs", "counts"),
                 depends=stage1, **extra)
    stage3 = cls([copy.deepcopy(reader),
                  CleanroomStep(options, templates=_join(counts, PARTS), url_key=url_key),
                  writer],
                 tasks=tasks, logging_dir=_join(work_dir, "logs", "clean"), depends=stage2,
                 **extra)
    return [stage1, stage2, stage3]
