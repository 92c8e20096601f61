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


def test_html_behind_a_comment_or_xml_declaration_is_sniffed_and_inline_markup_is_not(tmp_path):
    page = tmp_path / "saved.txt"
    page.write_bytes(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- saved from a browser -->\n<HEAD></HEAD><p>x</p>")
    assert read_article(page).source_format == "html"
    note = tmp_path / "note.txt"
    note.write_bytes(b"<b>Note</b>: lorazepam is a benzodiazepine.\n")
    assert read_article(note).source_format == "text"


@pytest.mark.parametrize(
    "data,kind,source_format,text",
    [
        (b"<!DOCTYPE html><html><body><p>Diazepam is a benzodiazepine.</p></body></html>", None, "html", None),
        (b"<p>Diazepam is a benzodiazepine.</p>", None, "text", "<p>Diazepam is a benzodiazepine.</p>"),
        (b"<p>Diazepam is a benzodiazepine.</p>", "html", "html", "Diazepam is a benzodiazepine.\n"),
        (b"<html><p>Shown as typed.</p></html>", "txt", "text", "<html><p>Shown as typed.</p></html>"),
        (b"# Diazepam\n\nIt is a *benzodiazepine*.\n", "md", "markdown", "# Diazepam\n\nIt is a *benzodiazepine*.\n"),
    ],
    ids=["page-sniffed", "fragment-is-text", "stdin-type-html", "stdin-type-txt", "stdin-type-md"],
)
def test_standard_input_is_read_as_its_type(monkeypatch, data, kind, source_format, text):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = read_article("-", stdin_type=kind)
    assert article.path == "<stdin>" and article.source_format == source_format
    if text is not None:
        assert article.text == text
    else:
        assert article.text == "Diazepam is a benzodiazepine.\n"


@pytest.mark.parametrize(
    "text,encoding,expected",
    [
        ("Lorazepam（ロラゼパム）is a benzodiazepine.\n", "shift_jis", "cp932"),
        ("Ｘａｎａｘ is an SSRI; ロラゼパム is not.\n", "cp932", "cp932"),
        ("ロラゼパムはベンゾジアゼピン系の薬です。\n", "euc_jp", "euc_jp"),
        ("Lorazepam’s effect isn’t long; it’s short.\n", "cp1252", "cp1252"),
        ("Übelkeit, Schläfrigkeit — häufig.\n", "cp1252", "cp1252"),
    ],
    ids=["shift-jis", "cp932-fullwidth", "euc-jp", "cp1252-apostrophes", "cp1252-accents"],
)
def test_japanese_and_western_text_is_decoded_as_written(tmp_path, text, encoding, expected):
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    article = read_article(p)
    assert (article.text, article.encoding) == (text, expected)


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Лоразепам - это бензодиазепин короткого действия.\n", "cp1251"),
        ("Лоразепам - это бензодиазепин короткого действия.\n", "koi8_r"),
        ("Η λοραζεπάμη είναι βενζοδιαζεπίνη.\n", "cp1253"),
        ("로라제팜은 벤조디아제핀입니다.\n", "euc_kr"),
        ("劳拉西泮是一种苯二氮卓类药物。\n", "gb2312"),
    ],
    ids=["cp1251", "koi8-r", "greek", "euc-kr", "gb2312"],
)
def test_other_encodings_are_refused_rather_than_read_as_cp1252(tmp_path, text, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    with pytest.raises(InputError, match="does not read this encoding; save the file as UTF-8"):
        read_article(p)
