"""Property-based checks: any text gives valid spans, no exception, the same output twice."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.read import article_from_text
from pipeline.render import render

WORDS = [
    "Klonopin",
    "clonazepam",
    "does",
    "not",
    "lower",
    "serotonin",
    "GABA",
    "may",
    "cause",
    "drowsiness",
    "and",
    "dizziness",
    ",",
    ".",
    "because",
    "it",
    "30",
    "to",
    "40",
    "hours",
    "- ",
    "\n",
    "benzodiazepines",
    "the",
    "manufacturer",
    "says",
    "never",
    "longer",
    "than",
    "4",
    "weeks",
    "?",
    ":",
    "Share this post",
    "{Link: x https://e.x}",
    "which",
    "increase",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text(verifier, text):
    article = article_from_text(text)
    report = verifier.verify_articles([article])
    ids = {fact.id for fact in verifier.kb.facts}
    for f in report.articles[0].findings:
        c = f.claim
        assert 0 <= c.start < c.end <= len(article.text)
        assert article.text[c.start : c.end].strip()
        # the matcher: scores on its 0-100 scale, every row named comes from the table
        assert f.score is None or 0 <= f.score <= 100
        assert all(0 <= k.score <= 100 and k.fact.id in ids for k in f.considered)
        assert f.fact is None or f.fact.id in ids
    again = verifier.verify_articles([article])
    assert render(report, "json") == render(again, "json")
    json.loads(render(report, "json"))
    assert render(report, "text")


def test_very_long_line_is_chunked(verifier):
    text = ("Clonazepam is a benzodiazepine " * 5000).strip()  # 155k characters, no full stop
    report = verifier.verify_text(text)
    assert report.articles[0].findings
    assert all(f.claim.end <= len(text) for f in report.articles[0].findings)


def test_json_is_byte_identical_across_runs(verifier, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Benzos lower serotonin. Klonopin is a benzodiazepine.\n")
    one = render(verifier.verify_paths([p]), "json")
    two = render(verifier.verify_paths([p]), "json")
    assert one == two and '"path": "reference_facts.csv"' in one


# --- every renderer, over reports built from arbitrary (and hostile) text -----------------------

import csv  # noqa: E402
import io  # noqa: E402
import re  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from html.parser import HTMLParser  # noqa: E402

from hypothesis import assume  # noqa: E402

from pipeline.render import FORMATS  # noqa: E402
from pipeline.types import (  # noqa: E402
    Candidate,
    Claim,
    Fact,
    Finding,
    Reason,
    Report,
    Severity,
    Verdict,
)

HOSTILE = [
    "<script>alert('evil')</script>",
    "</script><x-evil>",
    "<img src=x onerror=alert('evil')>",
    "<svg onload=alert('evil')>",
    "]]>",
    "<!--",
    "-->",
    "&amp;",
    "&#0;",
    '"',
    "'",
    "`",
    "|",
    "\\|",
    "=cmd|' /C calc'!A0",
    "+1",
    "-1",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "::error::x",
    "%0A",
    "\x00",
    "\x0b",
    "\x1f",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\u202e",
    "\ud7ff",
    "\U0001f600",
    "**b**",
    "[l](javascript:alert('evil'))",
    "# h",
    "\r\n",
    "\r",
    "\n\n",
]
fragments = st.one_of(st.sampled_from(WORDS + HOSTILE), st.text(max_size=12))
hostile_texts = st.one_of(st.text(max_size=200), st.lists(fragments, max_size=40).map(" ".join))
field_texts = st.one_of(st.text(max_size=40), st.lists(fragments, min_size=1, max_size=6).map("".join))
paths = st.one_of(
    st.sampled_from(
        ["a.txt", "<script>alert('evil')</script>.txt", "=cmd.txt", "x y,z.md", "%0A::error::p.txt", "dir/../t.txt"]
    ),
    st.text(min_size=1, max_size=20),
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _fact(fid: str, kind: str, statement: str, correction: str, source: str, url: str) -> Fact:
    return Fact(
        id=fid,
        kind=kind,
        subject="clonazepam",
        relation="is_a",
        object="benzodiazepine",
        aspect="",
        polarity="affirmed",
        value="",
        qualifier="",
        qty_min=None,
        qty_max=None,
        unit="",
        attribution="",
        statement=statement,
        correction=correction,
        source=source,
        source_type="label",
        source_url=url,
        reviewed="2026-11-01",
        severity="",
        topic="",
    )


def _with_hostile_facts(report: Report, texts: list[str]) -> Report:
    """The report plus two findings over the article's first word whose fact rows carry `texts`."""
    art = report.articles[0]
    text = art.article.text
    first = re.search(r"\S+", text)
    if first is None:
        return report
    claim = Claim(id="c900", text=first.group(), start=first.start(), end=first.end(), sentence=first.group())
    myth = _fact("M-0900", "myth", texts[0], texts[1], texts[2], texts[3])
    fact = _fact("F-0900", "fact", texts[1], "", texts[0], "http://example.org/" + texts[2])
    extra = (
        Finding(claim, Verdict.CONTRADICTED, Reason.MYTH_MATCH, Severity.ERROR, fact=myth, score=99.5),
        Finding(
            claim,
            Verdict.UNSUPPORTED,
            Reason.NO_MATCHING_FACT,
            Severity.WARNING,
            considered=(Candidate(fact, 40.0, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, texts[3]),),
        ),
    )
    return Report(
        articles=(type(art)(art.article, art.findings + extra, art.notes + (texts[0],)),),
        facts=report.facts,
        version=report.version,
    )


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text.append(data)


def _markdown_cells(line: str) -> int:
    """Cells of a Markdown table row: pipes not escaped by a backslash, less one."""
    pipes, i = 0, 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        pipes += line[i] == "|"
        i += 1
    return pipes - 1


def _check_format(fmt: str, out: str, report: Report) -> None:
    findings = [f for a in report.articles for f in a.findings]
    if fmt in ("json", "sarif"):
        doc = json.loads(out)
        if fmt == "json":
            for art, a in zip(doc["articles"], report.articles):
                for c in art["claims"]:
                    assert 0 <= c["start"] < c["end"] <= len(a.article.text)
                    assert a.article.text[c["start"] : c["end"]].strip()
    elif fmt == "jsonl":
        lines = out.split("\n")  # JSON Lines are split at \n only (as `for line in file` does)
        assert lines[-1] == "" and len([json.loads(line) for line in lines[:-1]]) == len(findings)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) == len(findings) + 1
        assert not [c for row in rows[1:] for c in row if c.startswith(_FORMULA)]
    elif fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    elif fmt == "github":
        lines = out.split("\n")  # the runner reads commands line by line, at \n (or \r\n)
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines[:-1]) and not lines[-1]
        assert "\r" not in out
    elif fmt == "markdown":
        rows = [line for line in out.split("\n") if line.startswith("| ")]
        assert all(_markdown_cells(line) == 6 for line in rows), rows
        assert "<script" not in out and "<img" not in out and "<x-evil" not in out
    elif fmt == "html":
        page = _Page()
        page.feed(out)
        page.close()
        names = [t for t, _ in page.tags]
        assert names.count("script") == 1 and out.count("<script") == 1
        assert not {"img", "svg", "x-evil", "iframe", "object", "embed"} & set(names)
        assert not [a for _, a in page.tags if any(k.startswith("on") for k in a)]
        assert not [a for _, a in page.tags if (a.get("href") or "").strip().lower().startswith("javascript")]
        assert "evil" not in "".join(page.script_text)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_texts, path=paths, fact_texts=st.lists(field_texts, min_size=4, max_size=4))
def test_every_renderer_is_well_formed_on_any_text(verifier, text, path, fact_texts):
    assume("\x00" not in path and "\n" not in path and "\r" not in path)  # not a file name a shell can pass
    report = _with_hostile_facts(verifier.verify_articles([article_from_text(text, path)]), fact_texts)
    again = _with_hostile_facts(verifier.verify_articles([article_from_text(text, path)]), fact_texts)
    for fmt in FORMATS:
        out = render(report, fmt)
        assert out == render(again, fmt), fmt  # deterministic
        _check_format(fmt, out, report)
