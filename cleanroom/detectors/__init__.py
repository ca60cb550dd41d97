"""The built-in detectors.  ``DEFAULT_DETECTORS`` is the only registry: one line each.

``template.Template`` is not in it: it needs templates learned from a dump, so
``Options(templates=...)`` builds it (see ``Options.active_detectors``); nor is
``headline.Headline``: a headline is not junk, it runs only for ``headline=False``.
"""

from cleanroom.detectors.ads import Ads
from cleanroom.detectors.base import Detector, Finding
from cleanroom.detectors.comments import Comments
from cleanroom.detectors.cookie import Cookie
from cleanroom.detectors.disclaimer import Disclaimer
from cleanroom.detectors.error_page import ErrorPage
from cleanroom.detectors.lexicon_comments import LexiconComments
from cleanroom.detectors.lexicon_cookie import LexiconCookie
from cleanroom.detectors.lexicon_error_page import LexiconErrorPage
from cleanroom.detectors.lexicon_navigation import LexiconNavigation
from cleanroom.detectors.lexicon_newsletter import LexiconNewsletter
from cleanroom.detectors.lexicon_related import LexiconRelated
from cleanroom.detectors.lexicon_share import LexiconShare
from cleanroom.detectors.navigation import Navigation
from cleanroom.detectors.newsletter import Newsletter
from cleanroom.detectors.related import Related
from cleanroom.detectors.repeated import Repeated
from cleanroom.detectors.shape_breadcrumb import ShapeBreadcrumb
from cleanroom.detectors.shape_junk_list import ShapeJunkList
from cleanroom.detectors.shape_labels import ShapeLabels
from cleanroom.detectors.shape_prev_next import ShapePrevNext
from cleanroom.detectors.shape_server_message import ShapeServerMessage
from cleanroom.detectors.shape_timestamp import ShapeTimestamp
from cleanroom.detectors.shape_vocabulary import ShapeVocabulary
from cleanroom.detectors.share import Share

DEFAULT_DETECTORS: tuple[Detector, ...] = (
    ErrorPage(),
    Repeated(),
    Disclaimer(),
    Comments(),
    Cookie(),
    Newsletter(),
    Share(),
    Related(),
    Navigation(),
    Ads(),
    LexiconComments(),
    LexiconCookie(),
    LexiconErrorPage(),
    LexiconNavigation(),
    LexiconNewsletter(),
    LexiconRelated(),
    LexiconShare(),
    ShapeBreadcrumb(),
    ShapeJunkList(),
    ShapeLabels(),
    ShapePrevNext(),
    ShapeServerMessage(),
    ShapeTimestamp(),
    ShapeVocabulary(),
)

__all__ = ["DEFAULT_DETECTORS", "Detector", "Finding"]
