"""read_article: bytes on disk (or stdin) -> Article with decoded plain text.

Offsets in every report point into `Article.text`. Line endings are normalised the
way Python's text mode does it (\\r\\n and \\r become \\n), so `open(path).read()`
gives the same offsets as verify does.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from pathlib import Path

from .errors import InputError
from .types import Article

MAX_BYTES = 20 * 1024 * 1024


STDIN_TYPES = ("txt", "md", "html")


def read_article(path: str | os.PathLike[str], *, stdin_type: str | None = None) -> Article:
    """Read and decode one article; `-` reads standard input (`read_stdin`)."""
    name = str(path)
    if name == "-":
        return read_stdin(stdin_type)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not an article")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if p.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        return article_from_html(data, name)
    return Article(path=name, **decode_bytes(data, name))


def read_stdin(kind: str | None = None) -> Article:
    """Standard input as an article named `<stdin>`: `kind` (one of STDIN_TYPES) says what it holds;
    without one it is an HTML page when it plainly starts as one (`looks_like_html`), else text."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if kind == "html" or (kind is None and looks_like_html(data)):
        return article_from_html(data, "<stdin>")
    source_format = "markdown" if kind == "md" else "text"
    return Article(path="<stdin>", **decode_bytes(data, "<stdin>"), source_format=source_format)


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body")
_PREAMBLE = re.compile(rb"^(?:\s+|<!--.*?-->|<\?xml[^>]*>)*", re.DOTALL)  # before the first tag


def looks_like_html(data: bytes) -> bool:
    """Whether bytes without an HTML suffix are plainly an HTML page: within the first kilobyte, past
    space, comments and an XML declaration, a doctype or an <html>, <head> or <body> tag.

    >>> looks_like_html(b"<!-- saved -->\\n<HTML><p>x"), looks_like_html(b"<b>Note</b>: text")
    (True, False)
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf").lower()
    preamble = _PREAMBLE.match(head)
    return head[preamble.end() if preamble else 0 :].startswith(_HTML_START)


def article_from_html(html: str | bytes, path: str = "<html>") -> Article:
    """The main text of a web page (trafilatura: navigation, ads and footers dropped).

    Offsets in the report point into this extracted text, not into the HTML source.
    """
    if isinstance(html, bytes):
        decoded = decode_bytes(html, path)
        page, encoding = decoded["text"], decoded["encoding"]
    else:
        page, encoding = html, "utf-8"
    text = html_main_text(page)
    if text is None:
        raise InputError(f"{path}: no readable text in this HTML page")
    return Article(path=path, text=_newlines(text), encoding=encoding, source_format="html", source=_newlines(page))


def html_main_text(html: str) -> str | None:
    """trafilatura's main-content extraction, one blank line between blocks; the whole body text
    when it finds no main content."""
    import trafilatura  # heavy: imported only when a page is HTML

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
    )
    if text and text.strip():
        text = paragraph_breaks(text)
    else:
        text = trafilatura.html2txt(html) or None
    if not text or not text.strip():
        text = _fragment_text(html)  # "<p>SSRIs are addictive.</p>": a fragment trafilatura gives up on
    return text.strip() + "\n" if text and text.strip() else None


_LIST_LINE = re.compile(r"\s*(?:[-*•]|\d{1,3}[.)])\s")  # trafilatura writes every list item as "- ..."


def paragraph_breaks(text: str) -> str:
    """trafilatura's text (one line per paragraph, heading, list item or table row) with a blank
    line between blocks; the items of one list, and the rows of one table, stay on adjacent lines.

    >>> paragraph_breaks("Benzodiazepines\\nThey act on GABA-A receptors.\\n- clonazepam\\n- diazepam\\nEnd.")
    'Benzodiazepines\\n\\nThey act on GABA-A receptors.\\n\\n- clonazepam\\n- diazepam\\n\\nEnd.'
    """
    lines = [line for line in text.split("\n") if line.strip()]
    out = lines[:1]
    for prev, line in zip(lines, lines[1:]):
        same = (_LIST_LINE.match(prev) and _LIST_LINE.match(line)) or (prev[:1] == line[:1] == "|")
        out.append(("\n" if same else "\n\n") + line)
    return "".join(out)


# Elements that end a paragraph, and those that only end a line within one (list items, table rows).
_BLOCK_TAGS = frozenset(
    {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre", "table"}
    | {"hr", "dl", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "form", "fieldset"}
)
_LINE_TAGS = frozenset({"br", "li", "tr", "td", "th", "dd", "dt", "caption"})
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"})
_LINE, _PARAGRAPH = 1, 2


def _fragment_text(html: str) -> str:
    """The visible text of an HTML fragment: a blank line between block elements, a line break
    between list items and table rows (standard library only)."""
    from html.parser import HTMLParser

    parts: list[str | int] = []
    hidden = [0]

    class _Text(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in _HIDDEN_TAGS:
                hidden[0] += 1
            else:
                self._break(tag)

        def handle_endtag(self, tag):
            if tag in _HIDDEN_TAGS:
                hidden[0] = max(0, hidden[0] - 1)
            else:
                self._break(tag)

        def _break(self, tag):
            if tag in _BLOCK_TAGS:
                parts.append(_PARAGRAPH)
            elif tag in _LINE_TAGS:
                parts.append(_LINE)

        def handle_data(self, data):
            if not hidden[0]:
                parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    return _join_blocks(parts)


def _join_blocks(parts: list[str | int]) -> str:
    """Text pieces and break markers as text: spaces collapsed, empty lines and paragraphs dropped."""
    paragraphs: list[list[str]] = [[]]
    line: list[str] = []
    for part in [*parts, _PARAGRAPH]:
        if isinstance(part, str):
            line.append(part)
            continue
        words = " ".join("".join(line).split())
        line = []
        if words:
            paragraphs[-1].append(words)
        if part == _PARAGRAPH and paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(lines) for lines in paragraphs if lines)


def article_from_text(text: str, path: str = "<text>") -> Article:
    return Article(path=path, text=_newlines(text))


# File signatures of the binary formats people most often hand to a text tool by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document: export its text first"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ", "xz-compressed"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


def binary_kind(data: bytes) -> str | None:
    """What a known binary file signature at the start of `data` says it is (None: no known one)."""
    return next((what for magic, what in _MAGIC if data.startswith(magic)), None)


def decode_bytes(data: bytes, name: str) -> dict:
    """The fields of an Article decoded from the bytes of `name`; InputError when they are not text."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{name}: binary file ({kind}), not text")
    encoding = _guess_encoding(data)
    if encoding is None:
        raise InputError(f"{name}: binary file (not text)")
    if encoding == UNKNOWN:
        raise InputError(
            f"{name}: not UTF-8, and it does not read as Windows-1252 or Japanese (Shift-JIS, EUC-JP) "
            "text either: verify does not read this encoding; save the file as UTF-8"
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-16") and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise InputError(f"{name}: binary file (not text)") from None  # NULs, but not UTF-16 text
        raise InputError(f"{name}: cannot decode as {encoding} (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return {"text": _newlines(text), "encoding": encoding}


def _guess_encoding(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
            return "utf-16-le"
        if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
            return "utf-16-be"
        return None
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return _japanese(data) or _western(data) or UNKNOWN


UNKNOWN = "?"  # _guess_encoding: text, but in no encoding verify reads
# Characters of Japanese text: CJK punctuation, hiragana, katakana, kanji, fullwidth forms; and the
# symbols of Shift-JIS's first row (§ ¨ ° ´ ¶ × ÷, dashes, quotes, arrows, ※ ...).
_JAPANESE = re.compile(
    "[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e\uffe0-\uffe5\u00a7\u00a8\u00b0\u00b4\u00b6\u00d7\u00f7\u2010-\u2312\u25a0-\u25ef\u2605\u2606]"
)
_KANA_OR_FULLWIDTH = re.compile("[\u3040-\u30ff\uff01-\uff5e]")
MAX_MESS = 0.5  # charset-normalizer's mess ratio: Western text ~0, mojibake of other encodings >= 1


def _japanese(data: bytes) -> str | None:
    """cp932 (Windows Shift-JIS) or EUC-JP, when the bytes decode as one of them into ASCII and
    Japanese characters only, with some kana or fullwidth letters (kanji alone are too easily
    made by chance from accented Latin letters)."""
    for encoding in ("cp932", "euc_jp"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        other = "".join(ch for ch in text if not ch.isascii())
        if other and not _JAPANESE.sub("", other) and _KANA_OR_FULLWIDTH.search(other):
            return encoding
    return None


def _western(data: bytes) -> str | None:
    """cp1252 (latin-1 when cp1252 leaves a byte undefined), when the text it gives reads as text,
    not as the mojibake of another encoding (Cyrillic, Greek, Chinese, Korean...)."""
    from charset_normalizer.md import mess_ratio

    try:
        encoding, text = "cp1252", data.decode("cp1252")
    except UnicodeDecodeError:
        encoding, text = "latin-1", data.decode("latin-1")
    return encoding if mess_ratio(text, 1.0) <= MAX_MESS else None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
