"""The HTML report without a browser: marks and tags per claim, escaping, links, overlapping spans.

The golden structure file is checked in test_render.py with the other formats; the browser tests
(test_html_browser.py) check what the page does when it runs.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))

from sample_report import FACT, HOSTILE_CLAIM, HOSTILE_EVIDENCE, sample_report  # noqa: E402

from pipeline.render import render  # noqa: E402
from pipeline.render.html import render_article_page  # noqa: E402
from pipeline.render.markdown_text import markdown_pieces  # noqa: E402
from pipeline.types import Article, ArticleReport, Claim, Finding, Reason, Report, Severity, Verdict  # noqa: E402


class Page(HTMLParser):
    """Elements with their attributes and the text inside each, plus the text of every article."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.texts: dict[str, list[str]] = {}  # id of an article's text div -> its text pieces
        self.scripts: list[str] = []
        self._in_text: str | None = None
        self._depth = 0
        self._in_tag = False
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        self._in_script = tag == "script"
        if tag == "div" and "text" in (a.get("class") or "").split():
            self._in_text, self._depth = a["id"], 0
            self.texts[a["id"]] = []
        elif self._in_text:
            self._depth += 1
            self._in_tag = self._in_tag or (tag == "a" and "tag" in a.get("class", ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if self._in_text:
            if self._depth == 0:
                self._in_text = None
            else:
                self._depth -= 1
                if tag == "a":
                    self._in_tag = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif self._in_text and not self._in_tag:
            self.texts[self._in_text].append(data)

    def find(self, tag=None, cls=None):
        return [
            a
            for t, a in self.elements
            if (tag is None or t == tag) and (cls is None or cls in (a.get("class") or "").split())
        ]


@pytest.fixture(scope="module")
def report():
    return sample_report()


def _report(text: str, findings, path: str = "a.txt", **article) -> Report:
    base = sample_report()
    return dataclasses.replace(base, articles=(ArticleReport(Article(path, text, **article), tuple(findings)),))


def _finding(text, start, end, verdict, id, fact=None):
    claim = Claim(id=id, text=text[start:end], start=start, end=end, sentence=text)
    reason = {
        Verdict.SUPPORTED: Reason.FACT_MATCH,
        Verdict.CONTRADICTED: Reason.MYTH_MATCH,
        Verdict.UNSUPPORTED: Reason.NO_MATCHING_FACT,
        Verdict.NOT_CHECKWORTHY: Reason.HEADING,
    }[verdict]
    return Finding(
        claim, verdict, reason, Severity.ERROR if verdict is Verdict.CONTRADICTED else Severity.NONE, fact=fact
    )


def test_one_tag_per_claim_and_text_survives_escaping(report):
    page = Page(render(report, "html"))
    for n, art in enumerate(report.articles, 1):
        tags = [a for a in page.find("a", "tag") if a["id"].startswith(f"t-f{n}-")]
        assert Counter(a["class"].split()[1][2:] for a in tags) == Counter(f.verdict.value for f in art.findings)
        # the visible text of the article, tags left out, is the article text, hostile markup included
        # (a Markdown article's without its syntax: what is shown is the file's text, in order)
        shown = "".join(page.texts[f"a{n}-text"])
        if art.article.path.endswith(".md"):
            assert _in_order(shown, art.article.text) and shown.split() == art.article.text.split()
        else:
            assert shown == art.article.text
        entries = [a for a in page.find("li", "finding") if a["id"].startswith(f"f{n}-")]
        assert len(entries) == len(art.findings)
        covered = {c for m in page.find("mark") for c in m["data-claims"].split()}
        assert {a["id"] for a in entries} <= covered
    assert HOSTILE_CLAIM in "".join(page.texts["a1-text"])


def test_nothing_hostile_becomes_markup(report):
    html = render(report, "html")
    page = Page(html)
    assert [t for t, _ in page.elements].count("script") == 1
    assert not [t for t, a in page.elements if any(k.startswith("on") for k in a)]
    assert not [a for _, a in page.elements if (a.get("href") or "").lower().startswith("javascript")]
    assert html.count("<script") == 1 and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Reducing serotonin&lt;/b&gt;" in html  # HOSTILE_EVIDENCE, escaped
    assert HOSTILE_EVIDENCE.split("\n")[0] in html


def test_csp_forbids_the_network_and_allows_only_our_script_and_style(report):
    page = Page(render(report, "html"))
    (meta,) = [a for t, a in page.elements if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    policy = dict(d.strip().split(" ", 1) for d in meta["content"].split(";"))
    assert policy["default-src"] == "'none'" and policy["base-uri"] == "'none'"
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert policy["script-src"] == f"'sha256-{digest}'"
    assert "unsafe" not in meta["content"]


@pytest.mark.parametrize(
    "url, linked",
    [
        ("https://example.org/label?a=1&b=2", True),
        ("http://example.org/x", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" https://example.org/x", False),
        ('https://example.org/"><script>alert(1)</script>', False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("", False),
    ],
)
def test_source_is_a_link_only_for_a_plain_http_address(url, linked):
    text = "Clonazepam is a benzodiazepine."
    fact = dataclasses.replace(FACT, source_url=url)
    page = Page(render(_report(text, [_finding(text, 0, 30, Verdict.SUPPORTED, "c1", fact)]), "html"))
    links = page.find("a", "ext")
    assert [a["href"] for a in links] == ([url] if linked else [])
    assert all(a["rel"] == "noopener noreferrer" for a in links)


def test_overlapping_and_nested_claims_each_stay_reachable():
    text = "Xanax and Klonopin raise GABA and lower serotonin."
    spans = [
        (0, 49, Verdict.SUPPORTED),
        (10, 29, Verdict.CONTRADICTED),
        (19, 49, Verdict.UNSUPPORTED),
        (10, 29, Verdict.SUPPORTED),
    ]
    findings = [_finding(text, s, e, v, f"c{k}") for k, (s, e, v) in enumerate(spans, 1)]
    page = Page(render(_report(text, findings), "html"))
    marks = page.find("mark")
    assert "".join(page.texts["a1-text"]) == text
    for k, (_, _, v) in enumerate(spans, 1):
        # the marks listing claim k are exactly its span, in order and contiguous
        assert len(page.find("a", f"v-{v.value}")) == sum(1 for *_, w in spans if w is v)
        assert f"t-f1-{k}" in {a["id"] for a in page.find("a", "tag")}
    texts = _mark_texts(render(_report(text, findings), "html"))
    for k, (s, e, _) in enumerate(spans, 1):
        assert "".join(t for t, claims in texts if f"f1-{k}" in claims) == text[s:e]
    # a segment names every claim covering it and is styled for each of their verdicts
    for m in marks:
        verdicts = {spans[int(c.split("-")[1]) - 1][2].value for c in m["data-claims"].split()}
        assert {c[4:] for c in m["class"].split() if c.startswith("has-")} == verdicts


def _in_order(shown: str, text: str) -> bool:
    """Whether every character of `shown` comes from `text`, in order."""
    rest = iter(text)
    return all(c in rest for c in shown)


def _mark_texts(html: str) -> list[tuple[str, list[str]]]:
    class P(HTMLParser):
        out: list = []
        cur = None

        def handle_starttag(self, tag, attrs):
            if tag == "mark":
                self.cur = (dict(attrs)["data-claims"].split(), [])

        def handle_endtag(self, tag):
            if tag == "mark":
                self.out.append(("".join(self.cur[1]), self.cur[0]))
                self.cur = None

        def handle_data(self, data):
            if self.cur:
                self.cur[1].append(data)

    p = P(convert_charrefs=True)
    p.out = []
    p.feed(html)
    return p.out


def test_claims_outside_the_text_and_control_characters_do_not_break_the_page():
    text = "Clonazepam\x00 is\x1b a benzodiazepine."
    findings = [
        _finding(text, 0, 31, Verdict.SUPPORTED, "c1"),
        _finding(text, 30, 99, Verdict.UNSUPPORTED, "c2"),
        _finding(text, 5, 5, Verdict.UNSUPPORTED, "c3"),
    ]
    html = render(_report(text, findings), "html")
    page = Page(html)
    assert "".join(page.texts["a1-text"]) == text.replace("\x00", "\ufffd").replace("\x1b", "\ufffd")
    assert len(page.find("a", "tag")) == 3 and "\x00" not in html and "\x1b" not in html
    assert not [m for m in page.find("mark") if "f1-3" in m["data-claims"].split()]  # empty span: a tag only
    assert [m["data-claims"] for m in page.find("mark")][-1] == "f1-2"  # clipped at the end of the text
    html.encode("utf-8")


def test_html_articles_say_the_text_is_the_extracted_main_text():
    text = "Clonazepam is a benzodiazepine."
    html_page = render(_report(text, [_finding(text, 0, 30, Verdict.SUPPORTED, "c1")], source_format="html"), "html")
    plain = render(_report(text, [_finding(text, 0, 30, Verdict.SUPPORTED, "c1")]), "html")
    assert "main text verify extracted" in html_page and "main text verify extracted" not in plain


def test_article_page_for_the_batch_audit(report):
    art = report.articles[1]
    page_html = render_article_page(art, report.facts, report.version, title='Page <3 "x"', back_href="../index.html")
    page = Page(page_html)
    assert len(page.find("section", "article")) == 1
    assert len(page.find("a", "tag")) == len(art.findings)
    assert "<title>Page &lt;3 &quot;x&quot;</title>" in page_html
    assert [a["href"] for t, a in page.elements if a.get("id") == "back"] == ["../index.html"]
    for bad in ("javascript:alert(1)", "https://evil.example/", "/etc/passwd", "//evil.example/x"):
        assert 'id="back"' not in render_article_page(art, report.facts, report.version, back_href=bad)


def test_filters_count_what_they_show(report):
    html = render(report, "html")
    page = Page(html)
    totals = Counter(f.verdict.value for f in report.findings())
    for verdict in Verdict:
        assert re.search(f'id="count-{verdict.value}">(\\d+)<', html).group(1) == str(totals[verdict.value])
    for a in page.find("input"):
        assert a["name"] == "filter" and a["data-show"]
    shows = {a["value"]: a["data-show"].split() for a in page.find("input")}
    assert shows["contradicted"] == ["contradicted"] and set(shows["flagged"]) == {"contradicted", "unsupported"}
    body = next(a for t, a in page.elements if t == "body")
    assert body["data-show"].split() == shows["all"]


def test_suppressed_findings_say_so():
    text = "Benzodiazepines raise GABA levels."
    finding = dataclasses.replace(_finding(text, 0, 33, Verdict.CONTRADICTED, "c1"), suppressed="we quote the myth")
    html = render(_report(text, [finding]), "html")
    assert html.count('class="suppressed"') == 1 and "<dt>Suppressed</dt><dd>we quote the myth</dd>" in html
    assert 'class="suppressed"' not in render(_report(text, [dataclasses.replace(finding, suppressed=None)]), "html")


# Markdown articles ------------------------------------------------------------------------------

MARKDOWN = """# Sleep *medicines*

Both **Klonopin** (clonazepam) and _Ativan_ are benzodiazepines; see [the label](https://example.org/label).

## Before you stop

- Lowering the dose **slowly** avoids withdrawal.
- Zolpidem is a `Z-drug`, not a benzodiazepine.
  - It is a nested point.

1. Ask a pharmacist.

> Melatonin is a hormone made by the
> pineal gland.

| Drug | Half-life |
|---|---|
| Diazepam | up to 100 hours |
"""


def _claims_over(text: str, *quotes: str):
    """Findings whose spans are the given stretches of the Markdown source, syntax and all."""
    out = []
    for k, quote in enumerate(quotes, 1):
        start = text.index(quote)
        out.append(_finding(text, start, start + len(quote), Verdict.UNSUPPORTED, f"c{k}"))
    return out


def _unmarked(source: str) -> str:
    """A source stretch as a reader sees it: emphasis, code ticks, link targets and markers dropped."""
    source = re.sub(r"\]\([^)]*\)|\[", "", source)
    source = re.sub(r"^\s*(?:[-*+]|\d+[.)]|>|#+)\s+", "", source, flags=re.MULTILINE)
    return re.sub(r"[*_`|\s]", "", source)


MARKDOWN_QUOTES = (
    "Both **Klonopin** (clonazepam) and _Ativan_ are benzodiazepines",
    "Lowering the dose **slowly** avoids withdrawal",
    "Zolpidem is a `Z-drug`, not a benzodiazepine",
    "Melatonin is a hormone made by the\n> pineal gland",
    "Diazepam | up to 100 hours",
    "Sleep *medicines*",
    "see [the label](https://example.org/label)",
)


def test_a_markdown_article_is_shown_as_a_reader_sees_it():
    html = render(_report(MARKDOWN, _claims_over(MARKDOWN, *MARKDOWN_QUOTES), path="notes/sleep.md"), "html")
    page = Page(html)
    shown = "".join(page.texts["a1-text"])
    assert not re.search(r"\*\*|^#|\]\(|`|^- |^> |\|", shown, re.MULTILINE), shown
    assert _in_order(shown, MARKDOWN)
    tags = Counter(t for t, _ in Page(html[html.index('id="a1-text"') : html.index('id="a1-findings"')]).elements)
    assert tags["h3"] == 1 and tags["h4"] == 1 and tags["strong"] == 2 and tags["em"] == 2 and tags["code"] >= 1
    assert tags["ul"] == 2 and tags["ol"] == 1 and tags["blockquote"] == 1 and tags["td"] == 2
    (link,) = page.find("a", "md-link")
    assert link["href"] == "https://example.org/label" and link["rel"] == "noopener noreferrer"
    assert [d["class"] for d in page.find("div", "md")] == ["text md"]


def test_marks_in_a_markdown_article_land_on_the_claims_words():
    findings = _claims_over(MARKDOWN, *MARKDOWN_QUOTES)
    texts = _mark_texts(render(_report(MARKDOWN, findings, path="notes/sleep.md"), "html"))
    for k, quote in enumerate(MARKDOWN_QUOTES, 1):
        marked = "".join(t for t, claims in texts if f"f1-{k}" in claims)
        assert "".join(marked.split()) == _unmarked(quote), quote


def test_markdown_syntax_in_a_text_file_is_left_as_written():
    text = "Both **Klonopin** and _Ativan_ are benzodiazepines.\n"
    page = Page(render(_report(text, _claims_over(text, "Both **Klonopin**")), "html"))
    assert "".join(page.texts["a1-text"]) == text and not page.find("strong")


def test_hostile_markdown_renders_as_text():
    text = (
        '# <script>alert(1)</script>\n\n[click](javascript:alert(2)) and [x](https://a.example/"onmouseover=alert(3))\n'
        "**<img src=x onerror=alert(4)>** `<b>` ![pic](https://example.invalid/p.png)\n"
    )
    html = render(_report(text, _claims_over(text, "click"), path="x.md"), "html")
    page = Page(html)
    assert [t for t, _ in page.elements].count("script") == 1 and not page.find("img")
    assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)]
    assert [a.get("href") for a in page.find("a", "md-link")] == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(4)&gt;" in html


MARKDOWNISH = st.text(alphabet="ab *_`#>-|[]()!\\\n1.:h", max_size=120)


@settings(max_examples=300, deadline=None)
@given(text=MARKDOWNISH)
def test_markdown_pieces_show_the_file_in_order_with_balanced_markup(text):
    pieces = markdown_pieces(text)
    pos = 0
    for p in pieces:
        assert pos <= p.start <= p.end <= len(text)
        assert (p.end > p.start) if p.html is None else (p.end == p.start)  # shown text, or markup at a point
        pos = p.end if p.html is None else p.start
    stack: list[str] = []
    for tag in re.findall(r"<(/?)([a-z0-9]+)", "".join(p.html or "" for p in pieces)):
        if tag[1] == "hr":
            continue
        if tag[0]:
            assert stack and stack.pop() == tag[1], (text, pieces)
        else:
            stack.append(tag[1])
    assert stack == []
