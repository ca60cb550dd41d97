"""What clean() accepts: str, bytes in any encoding; anything else is a clear TypeError."""

from __future__ import annotations

import pytest

import cleanroom
from cleanroom import InvalidInput, InvalidOptions, Options
from cleanroom.decode import decode

ARTICLE = "Der Hafen öffnete am Freitag nach einer Woche voller Stürme wieder für Fähren."


@pytest.mark.parametrize("bad", [None, 42, ["text"], {"text": "x"}, 3.5])
def test_wrong_type_says_what_was_expected(bad: object) -> None:
    with pytest.raises(InvalidInput, match="str.*bytes") as info:
        cleanroom.clean(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252", "latin-1"])
def test_bytes_in_common_encodings(encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    assert cleanroom.clean(data, encoding=encoding).text == ARTICLE


def test_bytes_detected_without_a_declared_encoding() -> None:
    assert cleanroom.clean(ARTICLE.encode("utf-8")).text == ARTICLE
    assert cleanroom.clean(("\ufeff" + ARTICLE).encode("utf-8")).text == ARTICLE
    assert cleanroom.clean(ARTICLE.encode("cp1252")).text == ARTICLE


def test_undecodable_bytes_never_raise() -> None:
    result = cleanroom.clean(b"\xff\xfe\xfa broken \x80\x81 bytes", encoding="utf-8")
    assert "broken" in result.text and "\ufffd" in result.text


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ud800 lone surrogate", "\x00\x01\x02",
                                  "\u2028\u2029\x85\x0b\x0c", "İstanbul İzmir " * 50])
def test_odd_strings(text: str) -> None:
    result = cleanroom.clean(text)
    assert result.report.apply(text) == result.text


def test_pathological_sizes_finish() -> None:
    for text in ("!?." * 300_000, "word " * 200_000, "No comment\n" * 20_000,
                 "Page not found\n" * 20_000):
        result = cleanroom.clean(text)
        assert result.report.apply(text) == result.text


def test_unknown_option_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidOptions, match="unknown option colour; valid options: format"):
        cleanroom.clean("text", colour="red")
    with pytest.raises(TypeError):
        cleanroom.clean("text", colour="red")


@pytest.mark.parametrize("kwargs, message", [
    ({"format": "pdf"}, "format must be one of"),
    ({"encoding": "klingon-8"}, "unknown encoding"),
    ({"categories": ["spam"]}, "unknown category 'spam'; categories: error_page"),
    ({"strict": "yes"}, "strict must be True or False"),
    ({"extra_detectors": [object()]}, "must hold detectors"),
])
def test_bad_option_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidOptions, match=message):
        Options(**kwargs)  # type: ignore[arg-type]


def test_categories_turn_detectors_off() -> None:
    text = "Page not found\nThe harbour reopened on Friday.\nComments\nNo comments yet"
    assert cleanroom.clean(text, categories=["comments"]).text == \
        "Page not found\nThe harbour reopened on Friday."
    assert cleanroom.clean(text, Options(categories=frozenset())).text == text


# Written for these tests: a paragraph with the punctuation windows-1252 has and latin-1 lacks.
QUOTED = ("The mayor said “we will rebuild” – and meant it; the harbour’s new wall opens in "
          "spring, a year early… at a cost of €4 million.")
UMLAUTS = ("Die Fähre über den Sund fährt wieder: Nach drei Wochen im Trockendock übernimmt sie "
           "ab Montag den Winterfahrplan, teilte die Reederei mit. Größere Motoren sparen "
           "ein Fünftel des Treibstoffs, die Preise bleiben bis zum Frühjahr gleich.")


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Harbour</title></head><body><article>" \
           f"<p>{body}</p><p>{body}</p></article></body></html>"


@pytest.mark.parametrize("label", ["ISO-8859-1", "latin1", "ascii", "us-ascii", "l1"])
def test_latin1_and_ascii_labels_mean_windows_1252(label: str) -> None:
    for head in (f'<meta charset="{label}">',
                 f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'):
        data = _page(head, QUOTED).encode("cp1252")
        assert decode(data) == _page(head, QUOTED)
        assert QUOTED in cleanroom.clean(data).text
    assert cleanroom.clean(QUOTED.encode("cp1252"), encoding=label).text == QUOTED


@pytest.mark.parametrize("decoy", [
    '<script src="/app.js" charset="utf-16"></script>',
    '<form action="/s" accept-charset="utf-16"><input name="q"></form>',
    '<link rel="alternate" href="/feed?charset=utf-16">',
    '<!-- <meta charset="utf-16"> -->',
    '<meta name="note" content="charset=koi8-r">',
])
def test_only_a_meta_declaration_names_the_encoding(decoy: str) -> None:
    page = _page(decoy, UMLAUTS)
    assert decode(page.encode("utf-8")) == page
    prose = f"<p>Set charset=utf-16 in the header.</p><p>{UMLAUTS}</p>"
    assert decode(prose.encode("utf-8")) == prose


def test_a_meta_past_the_first_1024_bytes_does_not_count() -> None:
    page = _page("<style>" + "p{margin:0}\n" * 100 + '</style><meta charset="koi8-r">', UMLAUTS)
    assert decode(page.encode("utf-8")) == page


def test_a_utf16_label_in_an_ascii_readable_page_means_utf8() -> None:
    for label in ("utf-16", "UTF-16LE", "utf-16be"):
        page = _page(f'<meta charset="{label}">', UMLAUTS)
        assert decode(page.encode("utf-8")) == page


@pytest.mark.parametrize("label", ["idna", "punycode", "utf-7", "rot13", "utf-32", "klingon"])
def test_labels_that_are_no_web_encoding_are_ignored(label: str) -> None:
    page = _page(f'<meta charset="{label}">', UMLAUTS + " +ADw-script+AD4-alert(1)+ADw-/script+AD4-")
    assert decode(page.encode("utf-8")) == page
    text = cleanroom.clean(page.encode("utf-8")).text
    assert "+ADw-script+AD4-" in text and "Fähre" in text


def test_one_bad_byte_in_a_utf8_page_is_one_replacement_character() -> None:
    page = _page('<meta name="viewport" content="width=device-width">', UMLAUTS)
    data = page.encode("utf-8")
    middle = data.index(b"Montag")
    broken = data[:middle] + b"\xff" + data[middle:]
    assert decode(broken) == page.replace("Montag", "\ufffdMontag", 1)
    text = cleanroom.clean(broken).text
    assert "Größere Motoren" in text and "\ufffd" in text


def test_a_legacy_page_without_a_declaration_is_still_detected() -> None:
    page = _page("", UMLAUTS)
    assert decode(page.encode("cp1252")) == page
    assert decode(page.encode("iso8859-15")) == page
