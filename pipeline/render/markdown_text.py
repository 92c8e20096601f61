"""A Markdown article as a reader sees it: headings, paragraphs, lists, block quotes, tables, code,
emphasis and links, written as pieces the HTML report weaves its claim marks into.

Every piece of text shown is a slice `[start, end)` of the article as read, never a copy, and
markup sits at a source offset between slices, so a claim's offsets (which point into the Markdown
file) still say which words to mark. Syntax (`#`, `**`, `- `, `](url)`) is not shown; everything
else is shown as text, raw HTML included (the report escapes it). This is a small subset of
CommonMark, enough for articles; what it does not know stays visible as written.

>>> text = "## Dose\\n\\n**Low** at first."
>>> [p.html or text[p.start : p.end] for p in markdown_pieces(text)]
['<h4>', 'Dose', '</h4>', '<p>', '<strong>', 'Low', '</strong>', ' at first.', '</p>']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html import escape
from itertools import accumulate

MARKDOWN_SUFFIXES = (".md", ".markdown")  # the extractor reads these paths as Markdown too
# A link target becomes a link only when it is plainly http(s) with nothing a browser would rewrite.
SAFE_URL = re.compile(r"https?://[^\s\"'<>`\\\x00-\x1f\x7f]+", re.IGNORECASE)


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


@dataclass(frozen=True)
class Piece:
    """Source text `[start, end)` to show (html None), or markup to write at offset `start`."""

    start: int
    end: int
    html: str | None = None


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_HR = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"( *)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_QUOTE = re.compile(r" {0,3}> ?")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_TABLE_RULE = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")


def markdown_pieces(text: str) -> list[Piece]:
    """The article as pieces in reading order; text pieces never overlap and only move forward."""
    blocks = _Blocks(text)
    i = 0
    while i < len(blocks.lines):
        i = blocks.block(i)
    blocks.close_lists(len(text))
    return blocks.out


@dataclass
class _List:
    indent: int
    ordered: bool


@dataclass
class _Blocks:
    text: str
    lines: list[tuple[int, int]] = field(default_factory=list)
    out: list[Piece] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)

    def __post_init__(self):
        self.lines = _real_lines(self.text)

    def line(self, i: int) -> str:
        s, e = self.lines[i]
        return self.text[s:e]

    def tag(self, pos: int, html: str) -> None:
        self.out.append(Piece(pos, pos, html))

    def block(self, i: int) -> int:
        """Render the block starting at line `i`; the index of the line after it."""
        line, s = self.line(i), self.lines[i][0]
        if not line.strip():
            return i + 1
        item = _ITEM.match(line)
        if item and not _HR.match(line):
            return self.item(i, item)
        if self.lists and _indent(line) > self.lists[-1].indent:
            return self.paragraph(i, "<p>", "</p>")  # a later paragraph of the open list item
        self.close_lists(s)
        if _FENCE.match(line):
            return self.fence(i)
        heading = _HEADING.match(line)
        if heading:
            return self.heading(i, heading)
        if _HR.match(line):
            self.tag(s, "<hr>")
            return i + 1
        if _QUOTE.match(line):
            return self.paragraph(i, "<blockquote><p>", "</p></blockquote>", quote=True)
        if "|" in line and i + 1 < len(self.lines) and _TABLE_RULE.match(self.line(i + 1)):
            return self.table(i)
        return self.paragraph(i, "<p>", "</p>")

    def starts_block(self, i: int) -> bool:
        """Whether line `i` ends the paragraph before it (a blank line or another block's start)."""
        line = self.line(i)
        return (
            not line.strip()
            or any(p.match(line) for p in (_FENCE, _HEADING, _HR, _QUOTE, _SETEXT))
            or bool(_ITEM.match(line))
        )

    def paragraph(self, i: int, open_: str, close: str, *, quote: bool = False) -> int:
        """Lines up to a blank line or a block start; a setext underline makes them a heading."""
        j = i + 1
        while j < len(self.lines) and self.continues(j, quote):
            j += 1
        ranges = [self.content(k, _QUOTE if quote else None) for k in range(i, j)]
        underline = j < len(self.lines) and not quote and not self.lists and _SETEXT.match(self.line(j))
        if underline:
            level = 3 if self.line(j).strip()[0] == "=" else 4
            open_, close = f"<h{level}>", f"</h{level}>"
        self.tag(ranges[0][0], open_)
        self.inline(ranges)
        self.tag(ranges[-1][1], close)
        return j + 1 if underline else j

    def continues(self, j: int, quote: bool) -> bool:
        """Whether line `j` goes on with the paragraph (in a block quote: a further quoted line)."""
        if not quote:
            return not self.starts_block(j)
        m = _QUOTE.match(self.line(j))
        return m is not None and bool(self.line(j)[m.end() :].strip())

    def content(self, k: int, marker: re.Pattern | None) -> tuple[int, int]:
        """Line `k` without its leading spaces (and its block-quote marker)."""
        s, e = self.lines[k]
        line = self.text[s:e]
        cut = marker.match(line).end() if marker and marker.match(line) else 0  # type: ignore[union-attr]
        cut += len(line[cut:]) - len(line[cut:].lstrip())
        return s + cut, e

    def heading(self, i: int, m: re.Match) -> int:
        s, e = self.lines[i]
        line = self.line(i)
        body_end = s + _CLOSING_HASHES.search(line, m.end()).start()  # type: ignore[union-attr]  # always matches
        level = min(len(m.group(1)) + 2, 6)  # the report's own headings are h1 to h3
        self.tag(s + m.end(), f"<h{level}>")
        self.inline([(s + m.end(), max(body_end, s + m.end()))])
        self.tag(e, f"</h{level}>")
        return i + 1

    def fence(self, i: int) -> int:
        """A fenced code block, shown as written up to its closing fence (or the end of the text)."""
        marker = _FENCE.match(self.line(i)).group(1)  # type: ignore[union-attr]  # checked by block()
        j = i + 1
        while j < len(self.lines) and not self.line(j).lstrip(" ").startswith(marker):
            j += 1
        start = self.lines[i + 1][0] if i + 1 < j else self.lines[i][1]
        end = self.lines[j - 1][1] if i + 1 < j else start
        self.tag(start, "<pre><code>")
        if end > start:
            self.out.append(Piece(start, end))
        self.tag(end, "</code></pre>")
        return j + 1

    def item(self, i: int, m: re.Match) -> int:
        """A list item: opens, continues or nests a list by the marker's indent."""
        s = self.lines[i][0]
        indent, ordered = len(m.group(1)), m.group(2)[0].isdigit()
        while self.lists and self.lists[-1].indent > indent:
            self.tag(s, "</li></ol>" if self.lists.pop().ordered else "</li></ul>")
        top = self.lists[-1] if self.lists else None
        if top and top.indent == indent and top.ordered != ordered:
            self.tag(s, "</li></ol>" if self.lists.pop().ordered else "</li></ul>")
            top = None
        if top and top.indent == indent:
            self.tag(s + m.end(), "</li><li>")
        else:
            self.lists.append(_List(indent, ordered))
            self.tag(s + m.end(), "<ol><li>" if ordered else "<ul><li>")
        j = i + 1
        while j < len(self.lines) and not self.starts_block(j):
            j += 1
        self.inline([(s + m.end(), self.lines[i][1])] + [self.content(k, None) for k in range(i + 1, j)])
        return j

    def close_lists(self, pos: int) -> None:
        while self.lists:
            self.tag(pos, "</li></ol>" if self.lists.pop().ordered else "</li></ul>")

    def table(self, i: int) -> int:
        """A pipe table: the header row, its rule (not shown) and the rows up to a line without a bar."""
        j = i + 2
        while j < len(self.lines) and "|" in self.line(j) and self.line(j).strip():
            j += 1
        rows = [i, *range(i + 2, j)]
        for n, k in enumerate(rows):
            cell = "th" if n == 0 else "td"
            cells = self.cells(k)
            first = "<table><thead><tr>" if n == 0 else ("</thead><tbody><tr>" if n == 1 else "<tr>")
            for c, (a, b) in enumerate(cells):
                self.tag(a, (first if c == 0 else "") + f"<{cell}>")
                self.inline([(a, b)])
                self.tag(b, f"</{cell}>" + ("</tr>" if c == len(cells) - 1 else ""))
        self.tag(self.lines[j - 1][1], "</tbody></table>" if len(rows) > 1 else "</thead></table>")
        return j

    def cells(self, k: int) -> list[tuple[int, int]]:
        """The cells of a table row as trimmed source ranges (outer bars dropped)."""
        s, e = self.lines[k]
        line = self.text[s:e]
        bars = [m.start() for m in _CELL_BAR.finditer(line)]
        lead = line.index("|") if line.lstrip().startswith("|") else -1
        edges = [b for b in bars if b != lead and line[b + 1 :].strip()] if bars else []
        starts = [lead + 1] + [b + 1 for b in edges]
        ends = edges + [max(bars) if bars and not line[max(bars) + 1 :].strip() else len(line)]
        out = []
        for a, b in zip(starts, ends):
            cell = line[a:b]
            a += len(cell) - len(cell.lstrip())
            b -= len(cell) - len(cell.rstrip())
            out.append((s + a, s + max(a, b)))
        return out

    def inline(self, ranges: list[tuple[int, int]]) -> None:
        """Inline syntax over source ranges read as one text joined by the line breaks between them."""
        flat = _Flat(self.text, ranges)
        for kind, a, b, html in _resolve(_tokens(flat.text, 0, len(flat.text))):
            if kind == "tag":
                self.tag(flat.source(a), html)
            else:
                self.out.extend(Piece(s, e) for s, e in flat.spans(a, b))


def _real_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the newline left out."""
    out, start = [], 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Flat:
    """Source ranges read as one string (joined by newlines), with a way back to source offsets."""

    def __init__(self, text: str, ranges: list[tuple[int, int]]):
        self.ranges = ranges
        self.text = "\n".join(text[s:e] for s, e in ranges)
        self.bases = list(accumulate((e - s + 1 for s, e in ranges[:-1]), initial=0))  # where each starts

    def source(self, v: int) -> int:
        i = max(0, bisect_right(self.bases, v) - 1)
        s, e = self.ranges[i]
        return s + min(v - self.bases[i], e - s)

    def spans(self, a: int, b: int) -> list[tuple[int, int]]:
        out = []
        for i in range(max(0, bisect_right(self.bases, a) - 1), len(self.ranges)):
            (s, e), base = self.ranges[i], self.bases[i]
            if base >= b:
                break
            lo, hi = max(a, base), min(b, base + e - s + 1)  # + 1: the line break after it
            if lo < hi:
                out.append((s + lo - base, s + hi - base))
        return out


_INLINE = re.compile(r"\\[!-/:-@\[-`{-~]|`+|!?\[|\*+|_+")
# Bounded, so that a text full of unclosed brackets or ticks is read in linear time.
_LINK = re.compile(r"!?\[([^\]]{0,500})\]\(([^)\s]{0,2000})(?:[ \t]+\"[^\"\n]{0,500}\")?\)")
_CODE_SPAN_CHARS = 2_000
_OPENERS_SEARCHED = 50
_EMPHASIS = {1: ("<em>", "</em>"), 2: ("<strong>", "</strong>"), 3: ("<strong><em>", "</em></strong>")}
# Token: (kind, start, end, html); kind "text", "tag", or "delim" (html: the run's character).
Token = tuple[str, int, int, str]


def _tokens(v: str, lo: int, hi: int) -> list[Token]:
    """Inline tokens of v[lo:hi]: text, markup (code spans and links resolved) and emphasis runs."""
    out: list[Token] = []
    pos = lo
    while (m := _INLINE.search(v, pos, hi)) is not None:
        a, b = m.span()
        if a > pos:
            out.append(("text", pos, a, ""))
        pos = _construct(v, m, hi, out)
        if pos <= a:
            out.append(("text", a, b, ""))
            pos = b
    if pos < hi:
        out.append(("text", pos, hi, ""))
    return out


def _construct(v: str, m: re.Match, hi: int, out: list[Token]) -> int:
    """Tokens of the construct starting at m (appended to out); where it ends, or m.start() if none."""
    a, b, run = m.start(), m.end(), m.group()
    if run[0] == "\\":
        out.append(("text", a + 1, b, ""))  # the backslash is not shown, the character is, as text
        return b
    if run[0] == "`":
        close = re.compile(rf"(?<!`){run}(?!`)").search(v, b, min(hi, b + _CODE_SPAN_CHARS))
        if close is None:
            return a
        out += [("tag", a, a, "<code>"), ("text", b, close.start(), ""), ("tag", close.end(), close.end(), "</code>")]
        return close.end()
    if run[-1] == "[":
        return _link(v, a, hi, out)
    before = v[a - 1] if a > 0 else " "
    after = v[b] if b < hi else " "
    opens = not after.isspace() and not (before.isalnum() or before == "_")
    closes = not before.isspace() and not (after.isalnum() or after == "_")
    if len(run) > 3 or not (opens or closes):
        return a
    out.append(("delim", a, b, f"{run[0]}{int(opens)}{int(closes)}"))
    return b


def _link(v: str, a: int, hi: int, out: list[Token]) -> int:
    m = _LINK.match(v, a, hi)
    if m is None:
        return a
    url = m.group(2)
    if v[a] == "!":
        opening = '<span class="md-img">'
        closing = "</span>"
    elif SAFE_URL.fullmatch(url):
        opening = f'<a class="md-link" href="{escape(url, quote=True)}" rel="noopener noreferrer" target="_blank">'
        closing = "</a>"
    else:
        opening, closing = '<span class="md-link">', "</span>"
    out.append(("tag", a, a, opening))
    out += _resolve(_tokens(v, m.start(1), m.end(1)))
    out.append(("tag", m.end(), m.end(), closing))
    return m.end()


def _resolve(tokens: list[Token]) -> list[Token]:
    """Emphasis runs paired (same character and length, properly nested) into tags; the rest is text."""
    pairs: dict[int, str] = {}
    stack: list[int] = []
    for n, (kind, a, b, info) in enumerate(tokens):
        if kind != "delim":
            continue
        if info[2] == "1":
            nearest = range(len(stack) - 1, max(-1, len(stack) - 1 - _OPENERS_SEARCHED), -1)
            match = next((k for k in nearest if _same_run(tokens[stack[k]], tokens[n])), None)
            if match is not None:
                opening, closing = _EMPHASIS[b - a]
                pairs[stack[match]], pairs[n] = opening, closing
                del stack[match:]
                continue
        if info[1] == "1":
            stack.append(n)
    out: list[Token] = []
    for n, (kind, a, b, info) in enumerate(tokens):
        if kind != "delim":
            out.append((kind, a, b, info))
        elif n in pairs:
            at = a if pairs[n][1] != "/" else b
            out.append(("tag", at, at, pairs[n]))
        else:
            out.append(("text", a, b, ""))
    return out


def _same_run(opener: Token, closer: Token) -> bool:
    return opener[3][0] == closer[3][0] and opener[2] - opener[1] == closer[2] - closer[1]
