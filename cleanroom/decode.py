"""bytes -> str: the declared encoding, a BOM, UTF-8, a detected encoding; never raises.

Odd bytes never make ``clean()`` fail: when nothing decodes cleanly the text is decoded
with replacement characters, which the report's offsets then refer to.
"""

from __future__ import annotations

import codecs

import regex

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">,
# and <?xml encoding="..."?>, looked for in the first 4 KB only.
_DECLARED = regex.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})""",
                          regex.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


_MIN_DETECT = 200


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sniff(data: bytes, encoding: str | None = None) -> str:
    """The encoding ``decode`` would use for ``data``."""
    if encoding:
        return encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    declared = _declared(data)
    if declared:
        return declared
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data) < _MIN_DETECT:  # too little to detect from: the web's commonest legacy code
        return "cp1252"
    from charset_normalizer import from_bytes  # a dependency of trafilatura

    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else "cp1252"


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data`` with ``encoding`` or the best guess; bad bytes become U+FFFD.

    >>> decode("Grüße".encode("cp1252"))
    'Grüße'
    >>> decode(b"<meta charset='iso-8859-1'>caf\\xe9")
    "<meta charset='iso-8859-1'>café"
    """
    name = sniff(data, encoding)
    try:
        return data.decode(name, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
