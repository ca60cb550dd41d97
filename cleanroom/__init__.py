"""cleanroom: strip the junk scraped web pages carry, and report what was removed and why.

>>> import cleanroom
>>> result = cleanroom.clean("403\\nSorry!!\\nThe page you were looking for doesn't exist.\\n"
...                          "The harbour reopened on Friday after a week of storms.")
>>> result.text
'The harbour reopened on Friday after a week of storms.'
>>> result.report.chars_by_category
{'error_page': 54}
"""

from cleanroom.api import clean
from cleanroom.categories import Category
from cleanroom.detectors._phrase_detector import PhraseDetector
from cleanroom.detectors.base import Detector, Finding
from cleanroom.document.model import Block, Document
from cleanroom.errors import CleanroomError, InvalidInput, InvalidOptions
from cleanroom.options import Options
from cleanroom.report import Removal, Report, Result
from cleanroom.templates import TemplateSet

__version__ = "0.1.0"

__all__ = [
    "Block",
    "Category",
    "CleanroomError",
    "Detector",
    "Document",
    "Finding",
    "InvalidInput",
    "InvalidOptions",
    "Options",
    "PhraseDetector",
    "Removal",
    "Report",
    "Result",
    "TemplateSet",
    "__version__",
    "clean",
]
