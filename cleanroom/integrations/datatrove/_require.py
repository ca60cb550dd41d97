"""The install hint shown when datatrove is missing."""

from __future__ import annotations

HINT = ("cleanroom.integrations.datatrove needs datatrove: pip install 'cleanroom[datatrove]' "
        "(plain datatrove; not datatrove[processing], which pins trafilatura below 1.12)")


def require() -> None:
    try:
        import datatrove  # noqa: F401
    except ImportError as e:
        raise ImportError(HINT) from e
