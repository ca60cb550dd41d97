"""Exceptions raised by cleanroom.

The tree::

    CleanroomError                      base of everything cleanroom raises on purpose
    ├── InvalidInput(CleanroomError, TypeError)
    │       clean() got something that is neither str nor bytes
    ├── InvalidOptions(CleanroomError, ValueError, TypeError)
    │       an unknown option name, or an option with a value it cannot take
    └── UsageError(CleanroomError, ValueError)
            the batch command cannot use its inputs or arguments (exit code 2)

``InvalidInput`` is a ``TypeError`` so that ``except TypeError`` keeps working for callers
that do not know cleanroom's own classes.  ``clean()`` never raises for any ``str`` input:
odd text is cleaned or returned unchanged, never refused.
"""

from __future__ import annotations


class CleanroomError(Exception):
    """Base class of every exception cleanroom raises on purpose."""


class InvalidInput(CleanroomError, TypeError):
    """The input is not something clean() can read (it takes ``str`` or ``bytes``)."""


class InvalidOptions(CleanroomError, ValueError, TypeError):
    """An option name is unknown, or an option has a value it cannot take."""


class UsageError(CleanroomError, ValueError):
    """The batch command cannot use its inputs or arguments: a missing path, an unknown file
    type, an output directory another run is writing into, an unreadable template file."""
