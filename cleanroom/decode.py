"""bytes -> str: a BOM, the page's ``<meta>`` declaration, UTF-8, a detected encoding; never
raises.

The order is the browsers' (the WHATWG encoding sniffing algorithm):

1. ``encoding`` when given (an HTTP header's charset), read through the same WHATWG table
   as a declaration (a label the web does not know is used as the Python codec it names);
   else a byte order mark (UTF-8, UTF-16, UTF-32);
2. else the **prescan**: only ``<meta charset>`` and ``<meta http-equiv="Content-Type"
   content="...; charset=...">`` in the first 1,024 bytes count, read tag by tag (comments
   and the attributes of other tags are skipped, so ``<script charset>``, ``<form
   accept-charset>``, a URL or prose that says ``charset=`` do not).  An XML declaration
   (``<?xml ... encoding="..."?>``) opening the document counts too.  Every label goes
   through the WHATWG table (``webencodings``): ``ISO-8859-1``, ``latin1`` and ``ascii`` mean
   windows-1252, as in every browser; a UTF-16 label in a document that was readable as ASCII
   means UTF-8; labels that are no web encoding (``idna``, ``punycode``, ``utf-7``,
   ``utf-32``...) are ignored, and so is the WHATWG ``replacement`` encoding, which would turn
   the whole page into one U+FFFD;
3. else UTF-8 when the bytes are UTF-8 — or mostly UTF-8: a few invalid bytes in a page of
   valid multi-byte characters are decoded as U+FFFD, not sent to detection;
4. else charset detection (``charset_normalizer``), windows-1252 for short inputs.

Odd bytes never make ``clean()`` fail: bad bytes become U+FFFD, which the report's offsets
then refer to.
"""

from __future__ import annotations

import codecs
import re

import webencodings

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_PRESCAN_BYTES = 1024
_MIN_DETECT = 200

_WS = b"\t\n\x0c\r "
# One step of the prescan, at a "<": a comment, a <meta> tag, another tag (its attributes are
# read so that a ">" inside a quoted value does not end it), or markup declarations.
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_META = re.compile(rb"<meta[\t\n\x0c\r /]", re.IGNORECASE)
_TAG = re.compile(rb"</?[A-Za-z][^\t\n\x0c\r >]*")
_OTHER = re.compile(rb"<[!/?][^>]*>?")
# One attribute, as the prescan's "get an attribute" reads it.
_ATTRIBUTE = re.compile(
    rb"[\t\n\x0c\r /]*([^\t\n\x0c\r />][^\t\n\x0c\r /=>]*)"
    rb"(?:[\t\n\x0c\r ]*=[\t\n\x0c\r ]*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\x0c\r >]*)))?")
_END_OF_TAG = re.compile(rb"[\t\n\x0c\r /]*>?")
_CONTENT_CHARSET = re.compile(
    rb"charset[\t\n\x0c\r ]*=[\t\n\x0c\r ]*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\x0c\r ;\"']+))",
    re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"<\?xml[^>]*?encoding[\t\n\r ]*=[\t\n\r ]*[\"']([^\"'>]+)[\"']")


def web_encoding(label: str | bytes) -> str | None:
    """The Python codec for a WHATWG encoding label, or None if the web does not know it.

    >>> [web_encoding(x) for x in ("ISO-8859-1", "latin1", " UTF8 ", "shift_jis", "utf-7")]
    ['cp1252', 'cp1252', 'utf-8', 'cp932', None]
    """
    if isinstance(label, bytes):
        label = label.decode("ascii", errors="replace")
    found = webencodings.lookup(label)
    if found is None or found.name == "replacement":
        return None
    return str(found.codec_info.name)


def _meta_charset(attributes: dict[bytes, bytes]) -> str | None:
    """The encoding a ``<meta>`` tag's attributes declare (the prescan's rules)."""
    charset: bytes | None = attributes.get(b"charset")
    if charset is None:
        pragma = attributes.get(b"http-equiv", b"").strip(_WS).lower() == b"content-type"
        content = attributes.get(b"content")
        if not pragma or content is None:
            return None
        m = _CONTENT_CHARSET.search(content)
        if m is None:
            return None
        charset = m.group(1) or m.group(2) or m.group(3) or b""
    name = web_encoding(charset)
    if name in ("utf-16-le", "utf-16-be"):
        return "utf-8"  # this document was read as ASCII: it is not UTF-16
    if name == "x-user-defined":
        return "cp1252"
    return name


def _attributes(data: bytes, pos: int) -> tuple[dict[bytes, bytes], int]:
    """The attributes of the tag whose name ends at ``pos`` (the first of each name), and
    where the tag ends."""
    found: dict[bytes, bytes] = {}
    while pos < len(data):
        end = _END_OF_TAG.match(data, pos)
        if end is not None and data[end.end() - 1:end.end()] == b">":
            return found, end.end()
        m = _ATTRIBUTE.match(data, pos)
        if m is None or m.end() == pos:
            return found, pos + 1
        name = m.group(1).lower()
        value = m.group(2) if m.group(2) is not None else m.group(3)
        if value is None:
            value = m.group(4) or b""
        found.setdefault(name, value)
        pos = m.end()
    return found, pos


def prescan(data: bytes) -> str | None:
    """The encoding the page's first ``<meta>`` declaration names, read as browsers do.

    >>> prescan(b'<script src="a.js" charset="utf-16"></script><meta charset="latin1">')
    'cp1252'
    >>> prescan(b'<!-- <meta charset="koi8-r"> --><p>charset=utf-16</p>') is None
    True
    """
    head = data[:_PRESCAN_BYTES]
    pos = head.find(b"<")
    while 0 <= pos < len(head):
        if head.startswith(b"<!--", pos):
            m = _COMMENT.match(head, pos)
            if m is None:
                return None
            pos = m.end()
        elif (meta := _META.match(head, pos)) is not None:
            attributes, pos = _attributes(head, meta.end() - 1)
            name = _meta_charset(attributes)
            if name is not None:
                return name
        elif (tag := _TAG.match(head, pos)) is not None:
            _, pos = _attributes(head, tag.end())
        elif (other := _OTHER.match(head, pos)) is not None:
            pos = other.end()
        else:
            pos += 1
        pos = head.find(b"<", pos)
    return None


def _given(encoding: str) -> str:
    """The codec for an ``encoding`` the caller gave: its web meaning, BOM-aware for UTF."""
    name = web_encoding(encoding)
    if name == "utf-8":
        return "utf-8-sig"
    if name is None or name.startswith("utf-16"):
        return encoding  # Python's own codec (its utf-16 reads a BOM)
    return name


def _xml_declared(data: bytes) -> str | None:
    m = _XML_DECLARATION.match(data)
    if m is None:
        return None
    name = web_encoding(m.group(1))
    return "utf-8" if name in ("utf-16-le", "utf-16-be") else name


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 characters outnumber the invalid bytes at least two to one: a
    UTF-8 page with a stray byte, not a legacy page (whose accented letters almost never
    happen to form UTF-8 sequences)."""
    text = data.decode("utf-8", errors="replace")
    genuine = data.count(b"\xef\xbf\xbd")  # U+FFFD in the page itself
    invalid = text.count("\ufffd") - genuine
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    return multibyte >= 2 * invalid


def sniff(data: bytes, encoding: str | None = None) -> str:
    """The Python codec ``decode`` would use for ``data``.

    >>> sniff(b'<meta charset="ISO-8859-1">'), sniff(b'<meta charset="utf-16">x')
    ('cp1252', 'utf-8')
    """
    if encoding:
        return _given(encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    declared = prescan(data) or _xml_declared(data)
    if declared:
        return declared
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return "utf-8"
    if len(data) < _MIN_DETECT:  # too little to detect from: the web's commonest legacy code
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None:
        return "cp1252"
    return _as_web_codec(best.encoding)


def _as_web_codec(name: str) -> str:
    """A detected Python codec as the web reads it (latin-1 as windows-1252)."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return "cp1252"
    return web_encoding(canonical) or canonical


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data`` with ``encoding`` or the best guess; bad bytes become U+FFFD.

    >>> decode("Grüße".encode("cp1252"))
    'Grüße'
    >>> decode(b"<meta charset='iso-8859-1'>\\x93caf\\xe9\\x94")
    "<meta charset='iso-8859-1'>“café”"
    """
    name = sniff(data, encoding)
    try:
        return data.decode(name, errors="replace")
    except (LookupError, UnicodeError):  # a codec that is not for text (idna, punycode...)
        return data.decode("utf-8", errors="replace")
