"""Batch cleaning of dumps: ``sources`` reads records, ``records`` turns one record into one
output line (``fastlines`` many lines of plain JSONL at once), ``worker`` cleans one chunk of
them in a worker process, ``pool`` runs the workers, ``run`` drives it all and writes the
outputs, ``summary`` adds up the counts.

Only ``cleanroom.cli`` and user code import this package; the library core never does.
"""
