"""The text the extractor reads: characters that change how a word looks to the matcher but not to a
reader are normalised first, and every claim's span is mapped back onto the article as written.

- Invisible characters inside words (zero-width space, non-joiner and joiner, word joiner, a BOM
  inside the text, soft hyphen) are dropped: "Xa<U+200B>nax" is read as "Xanax".
- Spaces between a word and the punctuation that ends its clause are dropped, as scraped pages often
  have them ("severe, disabling anxiety ." is read as "... anxiety."): the parser reads a lone stop
  as a word of the sentence.
- Fullwidth forms of ASCII letters, digits and signs (U+FF01-U+FF5E) and the ideographic space are
  read as their ASCII characters: "Ｘａｎａｘ" is read as "Xanax".
- Unicode hyphens (U+2010, and the non-breaking U+2011 some editors put in "habit‑forming") are
  read as the ASCII hyphen the aliases are written with.
- Curly double quotes are read as straight ones: the tagger takes a curly quote before
  "that" for part of the clause (there is “strong evidence” that X ... lost X as the subject).
- Reference marks after a word or a stop are dropped, as pages copied from encyclopaedias have
  them: "muscle spasms.[3] You might ..." is read as two sentences, "anxiety[2][5]" as "anxiety".
- A negating prefix written apart from its word is read joined by a hyphen, as the matcher knows
  it: "non benzodiazepines" is read as "non-benzodiazepines" (the class denied, not named).
- A dash glued to a word before a figure is read as the colon of a field line: "Ativan- 0.5 mg,
  1 mg" is read as "Ativan: 0.5 mg, 1 mg" (the tokenizer keeps "Ativan-" whole, naming nothing).

Claims' text and sentence are the normalised text; `start`/`end` point into `Article.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..types import Article, Claim
from .words import WORDS

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_QUOTES = {0x201C: ord('"'), 0x201D: ord('"'), 0x201E: ord('"')}
_HYPHENS = {0x2010: ord("-"), 0x2011: ord("-")}  # "habit\u2011forming" (non-breaking hyphen): "habit-forming"
_TABLE = {**_FULLWIDTH, **_QUOTES, **_HYPHENS, 0x3000: ord(" "), **{ord(ch): None for ch in INVISIBLE}}
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SPACED = re.compile(r"(?<=\w)[ \t]+(?=[.,;:!?](?:\s|$))")  # "anxiety ." (not ".5 mg")
# A reference mark after a word or a stop ("muscle spasms.[3]", "anxiety[2][5]", "[citation needed]")
_MARK = re.compile(r"(?<=[\w.,;:)\]!?\"'’”])[ \t]?\[(?:\d{1,3}(?:\s?[-–,]\s?\d{1,3})*|citation needed)\]")
_DROP = re.compile(f"[{INVISIBLE}]|{_SPACED.pattern}|{_MARK.pattern}")
_PREFIXES = "|".join(map(re.escape, sorted(WORDS.negating_prefixes)))
_APART = re.compile(rf"\b(?P<prefix>(?i:{_PREFIXES})) (?=[A-Za-z]{{3}})")  # "non benzodiazepines"
_GLUED = re.compile(r"(?<=[A-Za-z]{3})-(?= \d)")  # "Ativan- 0.5 mg": a field line's colon
_ANY = re.compile(
    f"[{INVISIBLE}\uff01-\uff5e\u3000\u201c\u201d\u201e\u2010\u2011]|{_SPACED.pattern}|{_APART.pattern}|{_MARK.pattern}"
    f"|{_GLUED.pattern}"
)


@dataclass(frozen=True)
class Normalised:
    """A text with its invisible characters dropped: `dropped[j]` is where, in the normalised text,
    the j-th dropped character stood (every other character keeps its place, one for one)."""

    text: str
    dropped: tuple[int, ...]

    def start(self, i: int) -> int:
        """The original offset of normalised character i (a span starting there)."""
        return i + bisect_right(self.dropped, i)

    def end(self, i: int) -> int:
        """The original offset just after normalised character i - 1 (a span ending there)."""
        return i + bisect_right(self.dropped, i - 1) if i > 0 else self.start(0)


def normalise(text: str) -> Normalised | None:
    """The normalised text and its map, or None when the text has nothing to normalise.

    >>> n = normalise("Xa\\u200bnax is an ＳＳＲＩ.")
    >>> n.text, n.start(2), n.end(5)
    ('Xanax is an SSRI.', 3, 6)
    >>> normalise("Z-drugs are non benzodiazepines.").text
    'Z-drugs are non-benzodiazepines.'
    >>> normalise("It treats spasms.[3] It is old[2][5].").text
    'It treats spasms. It is old.'
    >>> normalise("Ativan- 0.5 mg, 1 mg").text
    'Ativan: 0.5 mg, 1 mg'
    >>> normalise("It isn't habit\u2011forming.").text
    "It isn't habit-forming."
    """
    if not _ANY.search(text):
        return None
    gone = [i for m in _DROP.finditer(text) for i in range(m.start(), m.end())]
    dropped = tuple(i - j for j, i in enumerate(gone))
    kept = _APART.sub(r"\g<prefix>-", _DROP.sub("", text).translate(_TABLE))
    return Normalised(_GLUED.sub(":", kept), dropped)


def reading_of(article: Article) -> tuple[Article, Normalised | None]:
    """The article as the extractor reads it, and the map back (None: it is read as written)."""
    norm = normalise(article.text)
    return (article, None) if norm is None else (replace(article, text=norm.text), norm)


def as_written(claims: list[Claim], norm: Normalised | None) -> list[Claim]:
    """Claims whose spans point into the article as written."""
    if norm is None:
        return claims
    return [replace(c, start=norm.start(c.start), end=norm.end(c.end)) for c in claims]
