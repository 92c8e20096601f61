import codecs

import pytest

from pipeline.errors import InputError
from pipeline.read import read_article


def test_utf8_and_line_endings(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Line one.\r\nLine two — ok.\rLine three.".encode())
    art = read_article(p)
    assert art.text == "Line one.\nLine two — ok.\nLine three."
    assert art.encoding == "utf-8"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""), ("cp1252", b""),
])
def test_encodings(tmp_path, encoding, prefix):
    text = "Klonopin’s half-life is long — about 30 to 40 hours."
    p = tmp_path / "a.txt"
    p.write_bytes(prefix + text.encode(encoding))
    assert read_article(p).text == text


def test_binary_is_refused(tmp_path):
    p = tmp_path / "a.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    with pytest.raises(InputError, match="binary"):
        read_article(p)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)


def test_undecodable_is_a_named_error(tmp_path):
    p = tmp_path / "odd.txt"
    p.write_bytes(b"A\x00B\x00C")  # looks like UTF-16 without a BOM, but has an odd length
    with pytest.raises(InputError, match="cannot decode"):
        read_article(p)
