"""Where a place in the text extracted from an HTML page sits in the page's source.

Reports keep offsets into the checked (extracted) text; a person or a CI tool wants the line and
column of the page's file. The extracted text is made of the page's visible character data, in order,
so its words are found again, one after the other, in that data, each of which knows where in the
source it starts. A word that cannot be found (text the extractor made up or reordered) has no
source position: `SourceMap.position` says None rather than guess.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from html import unescape
from html.parser import HTMLParser

_WORD = re.compile(r"\w+")
# Elements whose character data is never shown as text.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "title"})
_NEAR = 64  # how far past the last word found the next one may start and still be its neighbour
_PHRASE = 4  # words matched together to pick the thread up again after a gap (boilerplate, ads)


class _Visible(HTMLParser):
    """The page's visible character data, as one string, in pieces that each start at a known source
    line and column (0-based); a piece decoded from a character reference is not `exact` inside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.where: list[tuple[int, int, bool]] = []
        self.size = 0
        self.hidden = 0

    def _add(self, text: str, exact: bool) -> None:
        if self.hidden or not text:
            return
        line, col = self.getpos()
        self.starts.append(self.size)
        self.where.append((line, col, exact))
        self.parts.append(text)
        self.size += len(text)

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        self._add(data, True)

    def handle_entityref(self, name):
        self._add(unescape(f"&{name};"), False)

    def handle_charref(self, name):
        self._add(unescape(f"&#{name};"), False)


class SourceMap:
    """Source line and column (from 1) of offsets into the text extracted from an HTML page."""

    def __init__(self, source: str, text: str):
        parser = _Visible()
        parser.feed(source)
        parser.close()
        self._stream = "".join(parser.parts)
        self._starts = parser.starts
        self._where = parser.where
        self._word_starts = array("q")
        self._word_ends = array("q")
        self._found = array("q")  # where each word of `text` is in the visible data, -1: not found
        self._align(text)

    def _align(self, text: str) -> None:
        """Find the words of `text` in order: the next one close after the last, else (after a gap)
        the first place further on where it and the words after it stand together."""
        words = list(_WORD.finditer(text))
        stream, at = self._stream, 0
        budget = 20 * len(stream) + 100_000  # characters a search may scan in all: linear, however it goes
        for i, m in enumerate(words):
            word = m.group()
            found = stream.find(word, at, at + _NEAR + len(word))
            if found < 0 and budget > 0:
                phrase = r"\W*".join(re.escape(w.group()) for w in words[i : i + _PHRASE])
                hit = re.compile(phrase).search(stream, at)
                budget -= (hit.start() if hit else len(stream)) - at
                found = hit.start() if hit else -1
            self._word_starts.append(m.start())
            self._word_ends.append(m.end())
            self._found.append(found)
            if found >= 0:
                at = found + len(word)

    def position(self, offset: int, end: int | None = None) -> tuple[int, int] | None:
        """Line and column in the source of the character at `offset` of the extracted text, or of the
        first word after it when that word starts before `end`; None when that word was not found."""
        i = bisect_right(self._word_ends, offset)  # the first word ending after `offset`
        if i == len(self._word_starts) or (end is not None and self._word_starts[i] >= end):
            return None
        found = self._found[i]
        if found < 0:
            return None
        return self._source_position(found + max(0, offset - self._word_starts[i]))

    def end_position(self, start: int, end: int) -> tuple[int, int] | None:
        """Line and column in the source just past the last word of the span [start, end), None when
        that word was not found."""
        i = bisect_left(self._word_starts, end) - 1  # the last word starting before `end`
        if i < 0 or self._word_ends[i] <= start or self._found[i] < 0:
            return None
        last = min(end, self._word_ends[i]) - 1
        line, col = self._source_position(self._found[i] + last - self._word_starts[i])
        return line, col + 1

    def _source_position(self, at: int) -> tuple[int, int]:
        piece = bisect_right(self._starts, at) - 1
        line, col, exact = self._where[piece]
        if not exact:
            return line, col + 1
        before = self._stream[self._starts[piece] : at]
        breaks = before.count("\n")
        if not breaks:
            return line, col + len(before) + 1
        return line + breaks, len(before) - before.rfind("\n")
