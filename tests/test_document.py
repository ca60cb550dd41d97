"""The document model: blocks keep exact offsets; wrapped lines join, headings do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanroom.document import Block, from_text, line_key, normalize
from cleanroom.document.model import fold_quotes
from tests.conftest import make_doc


@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_blocks_keep_offsets(text: str) -> None:
    doc = from_text(text)
    for i, block in enumerate(doc.blocks):
        assert block.index == i
        assert doc.text[block.start:block.end] == block.text
        assert block.text == block.text.strip() and block.text
        assert doc.block_at(block.start) is block
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)


def test_hard_wrapped_paragraph_is_one_block() -> None:
    doc = make_doc("Legal Disclaimer:\nThe provider supplies the\ninformation as is, and"
                   "\naccepts no liability.\n\nComments\nNo comment")
    assert [b.text.split("\n")[0] for b in doc.blocks] == [
        "Legal Disclaimer:", "The provider supplies the", "Comments", "No comment"]
    assert doc.blocks[1].lines == 3
    assert doc.starts_section(doc.blocks[2]) and not doc.starts_section(doc.blocks[1])


def test_line_keys() -> None:
    assert line_key("  » 12 COMMENTS: ") == "# comments"
    assert line_key("Werbung") == "werbung"
    assert line_key("广告") == "广告"
    assert line_key("“No comment”") == "no comment"


_MIXED = st.text(st.sampled_from(list("ab AZ.\n\t\r`'’‘“”«»´ßİıΣσςﬁſé 　\u2028\x85")), max_size=60)


@given(_MIXED)
def test_norms_made_with_the_blocks_equal_normalize(text: str) -> None:
    """``from_text`` computes each block's ``norm`` from quotes folded once per text; it must
    be what ``normalize`` gives the block's own text, and the block equal to a plain one."""
    for block in from_text(text).blocks:
        assert block.norm == normalize(block.text)
        assert block.norm == " ".join((block.text.lower() if block.text.isascii() else
                                       fold_quotes(block.text.casefold())).split())
        plain = Block(block.start, block.end, block.text, block.index, block.lines)
        assert block == plain and hash(block) == hash(plain) and repr(block) == repr(plain)
        assert block.key == plain.key


@pytest.mark.parametrize("text", ["One\ttab", "two  spaces", "no\xa0break", "ideo\u3000space",
                                  "thin\u2009space", "plain words", "a\x1fb", "wrapped line\nand more"])
def test_a_paragraph_norm_is_normalize_of_its_text(text: str) -> None:
    from cleanroom.document.model import normalize

    doc = from_text(f"Before it.\n\n{text}\n\nAfter it.")
    assert [b.norm for b in doc.blocks] == [normalize(b.text) for b in doc.blocks]


def test_folds_further_is_every_lower_case_character_that_casefolds_to_something_else() -> None:
    import sys

    from cleanroom.document.model import FOLDS_FURTHER

    chars = (chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    for c in chars:
        low = c.lower()
        assert low.casefold() == c.casefold(), repr(c)
        if low == c:
            assert (FOLDS_FURTHER.fullmatch(c) is not None) is (c.casefold() != c), repr(c)


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 8])
def test_lines_read_in_pieces_are_the_lines_of_the_whole_text(
        piece: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    module = sys.modules["cleanroom.document.from_text"]
    text = "One\r\ntwo\r\n\r\nthree\rfour\u2029five\n\n  six  \nseven\x85eight\u2028 nine"
    whole = list(module._lines(text))
    monkeypatch.setattr(module, "_PIECE", piece)
    assert list(module._lines(text)) == whole
    assert [text[a:b] for a, b in whole] == [line.strip() for line in text.splitlines()
                                              if line.strip()]


def test_has_digit_is_the_digit_pattern_for_every_character() -> None:
    import re
    import sys

    from cleanroom.document.model import _has_digit

    digit = re.compile(r"\d")
    for cp in range(sys.maxunicode + 1):
        if not 0xD800 <= cp <= 0xDFFF:
            text = f"key {chr(cp)}"
            assert _has_digit(text) is (digit.search(text) is not None), hex(cp)
