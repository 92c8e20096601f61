"""Stage 1, blocks and sentences: the article's lines, with bullets, link markup and Markdown syntax
masked out; lead-in sentences a list completes; blocks that are not prose.

Masking replaces syntax by spaces, so every offset still points into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import Article, Claim, Reason
from .words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"\{Link:[^}]*\}|https?://\S+|<[^>\n]{1,200}>")
# a reference number a scraped page left after a line's last word ("Other benzodiazepines include:5",
# "easier to sleep.4"): masked, so the line ends as written (a lead-in, a sentence); never a decimal
_FOOTNOTE = re.compile(r"(?<=[a-z][:;.])\d{1,2}$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INNER_END = re.compile(
    r"[A-Za-z0-9)]{3}[.!?]\s+\S"
)  # "... in the brain. Some text": sentences, not a title ("vs. X" is)
_TERMINAL = re.compile(r"(?:[.!?:;][\"”’)\]]*|[\"”’])\s*$")  # "Lorazepam (Ativan)" is a title


EDGE_WORDS = tuple(f"{word} " for word in WORDS.edge_words)  # "while X": a claim's text starts at X


@dataclass
class Block:
    """One line of the article: `start` is its offset in the article, `text` the line with syntax masked."""

    start: int
    text: str
    bullet: bool
    heading: bool
    lead_in: bool
    prose: bool = True  # False: a long run without sentence punctuation, not worth parsing
    marked: bool = False  # a heading by its markup ("## ..."), never read as a claim


LEAD_IN_ENDS = (":", ";")  # "Common side effects are;": a list's lead-in, typed with either
NOT_PROSE_CHARS = 5_000  # a longer line with (almost) no sentence ends is a word list or a dump
PROSE_SENTENCE_CHARS = 1_000  # prose ends a sentence at least this often on average
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"”’)\]]*)(?=\s|$)")


def is_prose(line: str) -> bool:
    """Whether a line reads as sentences: a short line always; a long one needs sentence ends."""
    if len(line) <= NOT_PROSE_CHARS:
        return True
    ends = sum(1 for _ in _SENTENCE_END.finditer(line))
    return ends * PROSE_SENTENCE_CHARS >= len(line)


# A longer line is parsed in pieces cut after a sentence end: the parser's memory grows with the
# text it is given at once, and so does the per-sentence work that looks at the whole parse. No line
# of the seed or real-dev pages is this long; one piece of it is a few hundred tokens.
MAX_BLOCK_CHARS = 1_500


_MD_SYNTAX = re.compile(
    r"^\s{0,3}(?:#{1,6}|>)\s?"  # heading and blockquote markers
    r"|\]\([^)\n]*\)|\[(?=[^\]\n]*\]\()"  # link targets and the bracket before link text
    r"|(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])"  # emphasis markers
    r"|`+",  # inline code ticks
    re.MULTILINE,
)
_FENCE = re.compile(r"^\s{0,3}(```|~~~).*?(?:^\s{0,3}\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)


def mask_markdown(text: str) -> str:
    """Markdown syntax replaced by spaces (same length, so offsets still point into the file);
    fenced code blocks blanked out entirely."""
    text = _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return _MD_SYNTAX.sub(lambda m: " " * len(m.group()), text)


def mask_comments(text: str) -> str:
    """HTML comments (verify-ignore suppressions among them) blanked out, however long or wrapped;
    line breaks are kept, so offsets and line numbers still point into the text."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def split_blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """Lines of the article as blocks, with bullet markers and link markup masked out."""
    blocks = []
    headings = {m.start() for m in re.finditer(r"^\s{0,3}#{1,6}\s", text, re.MULTILINE)} if markdown else set()
    text = mask_comments(text)
    if markdown:
        text = mask_markdown(text)
    for start, line, first in _lines(text):
        if not is_prose(line):
            offset = len(line) - len(line.lstrip())
            blocks.append(Block(start + offset, line[offset:].rstrip(), False, False, False, prose=False))
            continue
        bullet = _BULLET.match(line) if first else None  # a later piece of a long line is never a bullet
        offset = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = _MARKUP.sub(lambda x: " " * len(x.group()), line[offset:]).rstrip()
        body = _FOOTNOTE.sub(lambda x: " " * len(x.group()), body).rstrip()
        if not body.strip():
            continue
        words = body.split()
        heading = first and (
            (not bullet and not _TERMINAL.search(body) and len(words) <= 14 and not _INNER_END.search(body))
            or start in headings
        )
        marked = first and start in headings
        blocks.append(Block(start + offset, body, bool(bullet), heading, body.endswith(LEAD_IN_ENDS), marked=marked))
    return blocks


def _lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Non-empty lines as (offset, text, whether this is the line's first piece); a prose line longer
    than MAX_BLOCK_CHARS comes in pieces (`line_pieces`)."""
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        if not is_prose(line):
            yield base, line, True  # not parsed at all, so never cut
            continue
        for k, (lo, hi) in enumerate(line_pieces(line)):
            yield base + lo, line[lo:hi], k == 0


_PIECE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")  # ". The", "?) 2019": a new sentence


def line_pieces(line: str, limit: int = MAX_BLOCK_CHARS) -> list[tuple[int, int]]:
    """[lo, hi) pieces of `line`, each at most `limit` characters, cut after the last sentence end in
    the second half of the window (else after its last space; else at the limit). Together they are
    the line.

    >>> line_pieces("One. Two. Three.", 10)
    [(0, 10), (10, 16)]
    """
    pieces: list[tuple[int, int]] = []
    lo = 0
    while len(line) - lo > limit:
        window = line[lo : lo + limit]
        ahead = line[lo : lo + limit + 4]  # the start of the next sentence may lie past the window
        ends = [m.end() for m in _PIECE_END.finditer(ahead, limit // 2) if m.end() <= limit]
        space = window.rfind(" ")
        cut = ends[-1] if ends else (space + 1 if space > 0 else limit)
        pieces.append((lo, lo + cut))
        lo += cut
    pieces.append((lo, len(line)))
    return pieces


def trim_span(block: Block, lo: int, hi: int) -> tuple[int, int]:
    """Block-relative [lo, hi) without edge punctuation/space/connectives, as article offsets."""
    text = block.text
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:-–—("):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:.-–—"):
        hi -= 1
    for word in EDGE_WORDS:
        if text[lo : lo + len(word)].lower() == word and hi - lo > len(word):
            lo += len(word)
            break
    return block.start + lo, block.start + max(hi, lo)


def not_prose(article: Article, block: Block) -> Claim:
    """One not-check-worthy record for a block that is not sentences; its text is a preview."""
    start, end = block.start, block.start + len(block.text)
    preview = " ".join(block.text[:120].split())
    preview = f"{preview} … ({end - start} characters without sentence punctuation)"
    return Claim(
        id="", text=preview, start=start, end=end, sentence=preview, checkworthy=False, reason=Reason.NOT_PROSE
    )


MAX_LEAD_IN_CHARS = 300
MAX_BARE_ITEM_WORDS = 8  # "Irregular heart rate or heart palpitations": a list item without its bullet


def bare_item(block: Block) -> bool:
    """A short line without sentence punctuation and without a bullet, read as a heading on its own:
    after an unfinished lead-in it is an item of a list whose markers were lost, unless it names a
    section of a page ("Off-label uses", "Serious side effects", "How to take it": `section_words`)."""
    words = block.text.lower().split()
    if not (block.heading and not block.marked and not block.bullet and len(words) <= MAX_BARE_ITEM_WORDS):
        return False
    text = " " + " ".join(words) + " "
    return not any(f" {w} " in text for w in WORDS.section_words)


def unfinished(sent: Span) -> str | None:
    """The lead-in sentence without its colon when it waits for its list to end it
    ("Common side effects include:"), else None ("Key takeaways:" is a title)."""
    toks = [t for t in sent if not t.is_punct and not t.is_space]
    if not toks or not sent.text.rstrip().endswith(LEAD_IN_ENDS) or len(sent.text) > MAX_LEAD_IN_CHARS:
        return None  # a very long lead-in would be parsed again with every bullet
    last = toks[-1]
    if last.pos_ in ("VERB", "AUX", "ADP", "SCONJ") or last.lower_ in WORDS.open_ends:
        return sent.text.rstrip().rstrip("".join(LEAD_IN_ENDS)).rstrip()
    return None


class SplicedText:
    """Article text as read with a lead-in placed just before its bullet (slices only): `insert`
    is read in place of the characters from `at` on.

    >>> SplicedText("abcdef", 2, "XY")[0:6]
    'abXYef'
    """

    def __init__(self, text: str, at: int, insert: str):
        self.text, self.at, self.insert = text, at, insert

    def __getitem__(self, key: slice) -> str:
        start, stop = key.start or 0, len(self.text) if key.stop is None else key.stop
        end = self.at + len(self.insert)
        parts = []
        if start < self.at:
            parts.append(self.text[start : min(stop, self.at)])
        if stop > self.at and start < end:
            parts.append(self.insert[max(start, self.at) - self.at : min(stop, end) - self.at])
        if stop > end:
            parts.append(self.text[max(start, end) : stop])
        return "".join(parts)

    def __len__(self) -> int:
        return len(self.text)


class Spliced:
    """An article whose `text` reads a lead-in before a bullet; offsets stay the article's."""

    def __init__(self, article: Article, at: int, insert: str):
        self.path, self.text = article.path, SplicedText(article.text, at, insert)
