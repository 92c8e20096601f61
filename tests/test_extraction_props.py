"""The extractor on any input: no exception, spans inside the text, the same claims every run;
a long run of words without sentence punctuation is one not-check-worthy record, not a parse."""

from dataclasses import astuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.blocks import MAX_BLOCK_CHARS, NOT_PROSE_CHARS, split_blocks
from pipeline.read import article_from_text
from pipeline.types import Article, Reason

PIECES = [
    "Clonazepam",
    "it",
    "this medication",
    "the drug",
    "does not",
    "may",
    "cause",
    "drowsiness",
    "dizziness",
    "and",
    ",",
    ".",
    "because",
    "which",
    "raises",
    "serotonin",
    "30 to 40 hours",
    "seven to nine hours",
    "about half of",
    "90 percent",
    "the FDA says",
    "according to experts",
    "Side effects include:",
    "\n- ",
    "\n1. ",
    "\n",
    "# ",
    "{Link: x https://e.x}",
    "Share this article",
    "In our opinion",
    "?",
    ":",
    "especially when",
    "such as",
    "diazepam",
    "benzodiazepines",
    "é",
    "—",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=50).map("".join),
)


def _check(extractor, article: Article):
    claims = extractor(article)
    for c in claims:
        assert 0 <= c.start < c.end <= len(article.text)
        assert article.text[c.start : c.end].strip()
        assert c.checkworthy == (c.reason is None)
    return claims


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, markdown=st.booleans())
def test_extractor_on_any_text(extractor, text, markdown):
    article = Article(path="page.md" if markdown else "page.txt", text=text)
    first = _check(extractor, article)
    assert [astuple(c) for c in first] == [astuple(c) for c in extractor(article)]


def test_long_run_without_sentence_punctuation_is_not_prose(extractor):
    words = ["clonazepam", "serotonin", "may", "cause", "drowsiness", "GABA", "benzodiazepines", "and"]
    run = " ".join(words[(i * 7 + i // 3) % len(words)] for i in range(300_000))  # ~2 MB, no full stop
    text = "Clonazepam is a benzodiazepine.\n" + run + "\nSertraline is an SSRI.\n"
    claims = _check(extractor, article_from_text(text))
    assert len(claims) == 3
    junk = claims[1]
    assert not junk.checkworthy and junk.reason is Reason.NOT_PROSE
    assert (junk.start, junk.end) == (text.index(run), text.index(run) + len(run))
    assert claims[0].checkworthy and claims[2].checkworthy  # the prose around it is still read


def test_long_prose_is_cut_below_the_parser_limit():
    sentence = "Clonazepam is a benzodiazepine that may cause drowsiness. "
    text = sentence * 4000  # ~240k characters of real sentences on one line
    blocks = split_blocks(text)
    assert all(b.prose for b in blocks) and len(blocks) > 1
    assert max(len(b.text) for b in blocks) <= MAX_BLOCK_CHARS
    assert " ".join(text[b.start : b.start + len(b.text)] for b in blocks).split() == text.split()


def test_short_line_without_punctuation_is_still_read():
    line = "Clonazepam may cause drowsiness " * 100  # 3,200 characters: below the not-prose size
    assert len(line) < NOT_PROSE_CHARS and all(b.prose for b in split_blocks(line))
