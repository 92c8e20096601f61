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


@pytest.mark.parametrize(
    "encoding,prefix",
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
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
    p.write_bytes(b"A\x00B\x00C")  # looks like UTF-16 without a BOM, but has an odd length: not text
    with pytest.raises(InputError, match=r"binary file \(not text\)"):
        read_article(p)
    p.write_bytes(codecs.BOM_UTF16_LE + b"A\x00B\x00C")  # says UTF-16, is cut short
    with pytest.raises(InputError, match=r"cannot decode as utf-16 \(byte 6\)"):
        read_article(p)


def test_html_page_reads_main_text_without_markup(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>t</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>About diazepam</h1>"
        "<p>Diazepam is a benzodiazepine that is used for anxiety and for muscle spasm.</p>"
        "<p>Its effects can last for a long time because its metabolite is active.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.source_format == "html"
    assert "Diazepam is a benzodiazepine" in article.text
    assert "<" not in article.text and "var x" not in article.text


def test_html_blocks_become_paragraphs_and_a_list_stays_together(tmp_path):
    # Headings, paragraphs and lists are separated by a blank line, so the report shows paragraphs;
    # the items of one list stay on adjacent lines. Claims read the same lines as before.
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>About lorazepam</h1>"
        "<p>Lorazepam is a benzodiazepine that doctors prescribe for short periods of anxiety.</p>"
        "<p>Its most common side effects, according to the label, are these ones:</p>"
        "<ul><li>sleepiness during the day</li><li>dizziness when standing up</li></ul>"
        "<h2>Stopping it</h2><p>The dose is lowered slowly over several weeks, never stopped at once.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    blocks = read_article(page).text.rstrip("\n").split("\n\n")
    assert blocks == [
        "About lorazepam",
        "Lorazepam is a benzodiazepine that doctors prescribe for short periods of anxiety.",
        "Its most common side effects, according to the label, are these ones:",
        "- sleepiness during the day\n- dizziness when standing up",
        "Stopping it",
        "The dose is lowered slowly over several weeks, never stopped at once.",
    ]


def test_an_html_fragment_keeps_its_blocks_apart():
    # The fallback for fragments trafilatura gives up on: source line breaks inside an element are
    # spaces; block elements end paragraphs, list items end lines.
    from pipeline.read import _fragment_text

    fragment = (
        "<h2>Buspirone</h2>\n<p>Buspirone takes\n two weeks to help.</p>\n<ul>\n <li>no sedation</li>\n"
        " <li>no <b>dependence</b></li>\n</ul>\n<p>Ask a<br>pharmacist.</p><script>var x = 1;</script>"
    )
    assert _fragment_text(fragment) == (
        "Buspirone\n\nBuspirone takes two weeks to help.\n\nno sedation\nno dependence\n\nAsk a\npharmacist."
    )


def test_html_is_sniffed_without_suffix(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"<html><body><p>Lorazepam is a benzodiazepine used for anxiety.</p></body></html>")
    assert read_article(page).source_format == "html"


def test_an_html_fragment_is_read_as_its_text(tmp_path):
    # Too short for main-content extraction: the visible text is used, scripts and styles are not.
    page = tmp_path / "frag.html"
    page.write_text("<p>SSRIs are addictive.</p><style>p{}</style><script>var x = 'hidden';</script>", encoding="utf-8")
    article = read_article(page)
    assert article.text == "SSRIs are addictive.\n" and article.source_format == "html"
