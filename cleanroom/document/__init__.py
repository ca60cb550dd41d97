"""Documents: the text the detectors see, in blocks that keep their offsets."""

from cleanroom.document.from_text import from_text
from cleanroom.document.model import Block, Document, DomRemoval, line_key, normalize

__all__ = ["Block", "Document", "DomRemoval", "from_text", "line_key", "normalize"]
