"""Batch cleaning of dumps: ``sources`` reads records, ``records`` turns one record into one
output line (the only path a record takes), ``pool`` cleans chunks of them in worker
processes, ``run`` drives it all and writes the outputs, ``summary`` adds up the counts,
``templates`` is the template-learning pass.

Only ``cleanroom.cli`` and user code import this package; the library core never does.
"""
