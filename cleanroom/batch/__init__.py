"""Batch cleaning of dumps: ``sources`` reads records, ``worker`` cleans one chunk of them,
``run`` drives the pool and writes the outputs, ``summary`` adds up the counts.

Only ``cleanroom.cli`` and user code import this package; the library core never does.
"""
