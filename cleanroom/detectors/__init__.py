"""The built-in detectors.  ``DEFAULT_DETECTORS`` is the only registry: one line each.

``template.Template`` is not in it: it needs templates learned from a dump, so
``Options(templates=...)`` builds it (see ``Options.active_detectors``).
"""

from cleanroom.detectors.base import Detector, Finding
from cleanroom.detectors.comments import Comments
from cleanroom.detectors.disclaimer import Disclaimer
from cleanroom.detectors.error_page import ErrorPage
from cleanroom.detectors.repeated import Repeated

DEFAULT_DETECTORS: tuple[Detector, ...] = (
    ErrorPage(),
    Repeated(),
    Disclaimer(),
    Comments(),
)

__all__ = ["DEFAULT_DETECTORS", "Detector", "Finding"]
