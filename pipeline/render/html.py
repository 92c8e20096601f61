"""HTML: the article itself, every claim marked by its verdict, the evidence one click away.

One self-contained page: inline CSS and script (pipeline/render/assets/), no network, opens from disk.
Every piece of article and fact text is escaped here, and a Content-Security-Policy lets only our own
script and style run (by hash), so a page quoting `<script>` or `onerror=` shows it as text.

Claims may overlap or nest (one sentence, three claims), so the text is cut at every claim boundary:
each segment is a <mark> listing all the claims covering it, and each claim also gets a tag at its end
that links to its entry, so every claim stays reachable. `render_article_page` renders one article
with the same template, for the batch audit's detail pages.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import re
from functools import cache
from html import escape
from importlib.resources import files

from ..types import ArticleReport, Finding, Report, TableInfo, Verdict
from . import line_col
from .markdown_text import SAFE_URL, Piece, is_markdown, markdown_pieces

ORDER = ("contradicted", "unsupported", "supported", "not_checkworthy")
ICONS = {"contradicted": "\u2717", "unsupported": "?", "supported": "\u2713", "not_checkworthy": "\u25cb"}
LABELS = {
    "contradicted": "contradicted",
    "unsupported": "unsupported",
    "supported": "supported",
    "not_checkworthy": "not check-worthy",
}
# (value, label, verdicts shown); the first is the page's initial state.
FILTERS = (
    ("all", "All", ("contradicted", "unsupported", "supported")),
    ("flagged", "Flagged", ("contradicted", "unsupported")),
    ("contradicted", None, ("contradicted",)),
    ("unsupported", None, ("unsupported",)),
    ("supported", None, ("supported",)),
    ("not_checkworthy", None, ("not_checkworthy",)),
)
# Characters HTML does not allow in text (C0/C1 controls, lone surrogates), replaced one for one so
# that claim offsets still line up.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def esc(value) -> str:
    """`value` as HTML text: escaped, quotes included, with characters HTML forbids replaced."""
    return escape(_NOT_IN_HTML.sub("\ufffd", "" if value is None else str(value)), quote=True)


@cache
def document_head(title: str, version: str, css: str, css_hash: str, js_hash: str) -> str:
    """Doctype to </head> of every page verify writes: a CSP that allows only this page's own style
    and script (by hash) and no network request, no referrer, the inline stylesheet."""
    csp = (
        f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verify {esc(version)}">
<title>{esc(title)}</title>
<style>{css}</style>
</head>"""


def _asset(name: str) -> tuple[str, str]:
    """The text of an asset and its CSP hash source."""
    text = (files(__package__) / "assets" / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def render_html(report: Report) -> str:
    """The whole report as one page: a section per article, one summary bar and filters for all."""
    n = len(report.articles)
    title = f"verify: {report.articles[0].article.path}" if n == 1 else f"verify: {n} articles"
    return _page(report.articles, report.facts, report.version, title)


def render_article_page(
    article_report: ArticleReport,
    facts_info: TableInfo,
    version: str,
    title: str | None = None,
    *,
    back_href: str | None = None,
) -> str:
    """One article's page (the batch audit's detail page); `back_href`, a relative link to an index."""
    return _page(
        (article_report,), facts_info, version, title or f"verify: {article_report.article.path}", back_href=back_href
    )


def _page(articles, facts: TableInfo, version: str, title: str, *, back_href: str | None = None) -> str:
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    totals = {v: sum(a.count(Verdict(v)) for a in articles) for v in ORDER}
    back = ""
    if back_href is not None and is_relative_url(back_href):
        back = f' · <a href="{esc(back_href)}" id="back">back to the index</a>'
    sections = "\n".join(_section(a, i) for i, a in enumerate(articles, 1)) or "<p>No articles.</p>"
    return f"""{document_head(title, version, css, css_hash, js_hash)}
<body data-show="{" ".join(FILTERS[0][2])}">
<a class="skip" href="#main">Skip to the article</a>
<header id="summary">
<h1>{esc(title)}</h1>
<p class="meta">{len(articles)} article{"" if len(articles) == 1 else "s"} · fact table <code>{esc(facts.path)}</code> \
({facts.rows} rows, sha256 <code>{esc(facts.sha256[:12])}</code>) · verify {esc(version)}{back}</p>
{_filters(totals)}
<p class="keys">Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous, \
<kbd>Tab</kbd> and <kbd>Enter</kbd> to open a marked claim, <kbd>Esc</kbd> clears the selection.</p>
<p class="status" id="status" role="status" aria-live="polite"></p>
</header>
<div class="layout">
<main id="main">
{sections}
</main>
<aside id="panel" aria-label="Selected claim">
<h2>Details <button type="button" id="panel-close">Clear</button></h2>
<p id="panel-hint">Select a marked passage or a verdict tag (or press <kbd>j</kbd>) to see its claim, \
verdict, evidence and source here.</p>
<ol class="findings" id="panel-body"></ol>
</aside>
</div>
<footer>Made by verify {esc(version)}. Offsets and verdicts are the same as in \
<code>verify --format json</code>.</footer>
<script>{js}</script>
</body>
</html>
"""


def is_relative_url(href: str) -> bool:
    """A link within the report's own folder tree: no scheme, no host, no script."""
    return (
        bool(href)
        and ":" not in href.split("/", 1)[0]
        and not href.startswith(("/", "\\"))
        and not _NOT_IN_HTML.search(href)
    )


def _filters(totals: dict[str, int]) -> str:
    rows = ['<fieldset class="filters" id="filters"><legend>Show</legend>']
    for i, (value, label, show) in enumerate(FILTERS):
        count = sum(totals[v] for v in show)
        if label is None:
            text = (
                f'<span aria-hidden="true" class="badge v-{value}">{ICONS[value]}</span> {LABELS[value]} '
                f'<span class="count" id="count-{value}">{count}</span>'
            )
        else:
            text = f'{label} <span class="count">{count}</span>'
        checked = " checked" if i == 0 else ""
        rows.append(
            f'<label><input type="radio" name="filter" value="{value}" data-show="{" ".join(show)}"'
            f"{checked}> {text}</label>"
        )
    rows.append("</fieldset>")
    return "\n".join(rows)


def _section(art: ArticleReport, n: int) -> str:
    ids = [f"f{n}-{k}" for k in range(1, len(art.findings) + 1)]
    summary = art.summary
    counts = " · ".join(f'<span aria-hidden="true">{ICONS[v]}</span> {summary[v]} {LABELS[v]}' for v in ORDER)
    parts = [
        f'<section class="article" id="a{n}" aria-labelledby="a{n}-title">',
        f'<h2 id="a{n}-title">{esc(art.article.path)}</h2>',
        f'<p class="counts">{summary["claims"]} claim{"" if summary["claims"] == 1 else "s"}: {counts}</p>',
    ]
    if art.article.source_format == "html":
        parts.append(
            '<p class="note">This page was read as HTML: the text below is the main text verify '
            "extracted from it (markup, navigation and boilerplate removed), and claim positions "
            "point into this text.</p>"
        )
    if art.notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{esc(note)}</li>" for note in art.notes) + "</ul>")
    kind = "text md" if is_markdown(art.article.path) else "text"
    parts.append(f'<div class="{kind}" id="a{n}-text">{_marked_text(art, ids)}</div>')
    parts.append(f'<h3 id="a{n}-findings">Claims</h3>')
    entries = sorted(zip(art.findings, ids), key=lambda pair: (pair[0].claim.start, pair[0].claim.end))
    parts.append(f'<ol class="findings">{"".join(_entry(art.article.text, f, fid) for f, fid in entries)}</ol>')
    parts.append("</section>")
    return "\n".join(parts)


def _marked_text(art: ArticleReport, ids: list[str]) -> str:
    """The article text cut at every claim boundary; each covered segment a <mark> naming its claims.

    A Markdown article is rendered (headings, lists, emphasis...) and marked on the same words: its
    pieces of shown text are slices of the file, so claim offsets still apply to them."""
    text = art.article.text
    pieces = markdown_pieces(text) if is_markdown(art.article.path) else [Piece(0, len(text))]
    spans = []
    for k, f in enumerate(art.findings):
        start = min(max(f.claim.start, 0), len(text))
        spans.append((start, min(max(f.claim.end, start), len(text)), k))
    weave = _Weave(art, ids, spans)
    for piece in pieces:
        if piece.html is None:
            weave.text(text, piece.start, piece.end)
        else:
            weave.flush(piece.start)
            weave.out.append(piece.html)
    weave.flush(len(text))
    return "".join(weave.out)


class _Weave:
    """Claim marks and tags woven into shown text: a tag is written where its claim ends (before
    any markup that follows), a mark around every stretch of text between claim boundaries."""

    def __init__(self, art: ArticleReport, ids: list[str], spans: list[tuple[int, int, int]]):
        self.art, self.ids = art, ids
        self.out: list[str] = []
        self.starts = sorted(spans, key=lambda span: (span[0], span[2]))
        self.ends = sorted((e, k) for _, e, k in spans)
        self.bounds = sorted({s for s, _, _ in spans} | {e for _, e, _ in spans})
        self.next_start = self.next_end = 0
        self.active: dict[int, None] = {}  # claims covering the current stretch, in finding order

    def flush(self, pos: int) -> None:
        """Tags of the claims that end at or before `pos`, in order; they stop covering text."""
        while self.next_end < len(self.ends) and self.ends[self.next_end][0] <= pos:
            k = self.ends[self.next_end][1]
            self.active.pop(k, None)
            self.out.append(_tag(self.art.findings[k], self.ids[k]))
            self.next_end += 1

    def text(self, text: str, start: int, end: int) -> None:
        cuts = self.bounds[bisect.bisect_right(self.bounds, start) : bisect.bisect_left(self.bounds, end)]
        for a, b in zip([start, *cuts], [*cuts, end]):
            while self.next_start < len(self.starts) and self.starts[self.next_start][0] <= a:
                _, e, k = self.starts[self.next_start]
                if e > a:
                    self.active[k] = None
                self.next_start += 1
            self.flush(a)
            self._chunk(esc(text[a:b]))

    def _chunk(self, chunk: str) -> None:
        if not self.active:
            self.out.append(chunk)
            return
        findings = self.art.findings
        verdicts = {findings[k].verdict.value for k in self.active}
        classes = " ".join(f"has-{v}" for v in ORDER if v in verdicts)
        claims = " ".join(self.ids[k] for k in self.active)
        self.out.append(f'<mark class="seg {classes}" data-claims="{claims}">{chunk}</mark>')


def _tag(f: Finding, fid: str) -> str:
    v = f.verdict.value
    label = esc(f"{f.claim.id} {LABELS[v]}: {' '.join(f.claim.text.split())}")
    return (
        f'<a class="tag v-{v}" id="t-{fid}" href="#{fid}" data-claim="{fid}" aria-label="{label}" '
        f'title="{esc(f.claim.id)} {LABELS[v]}">{ICONS[v]}</a>'
    )


def _entry(text: str, f: Finding, fid: str) -> str:
    """A claim's entry in the review list (cloned into the side panel when selected)."""
    v = f.verdict.value
    line, col = line_col(text, min(max(f.claim.start, 0), len(text)))
    rows = [("Reason", f"<code>{esc(f.reason.value)}</code>"), ("Severity", esc(f.severity.value))]
    if f.fact is not None:
        score = f" (score {f.score:g})" if f.score is not None else ""
        rows += [
            ("Evidence", esc(f.fact.evidence)),
            ("Fact", f"<code>{esc(f.fact.id)}</code>{score}"),
            ("Source", _source(f.fact.source, f.fact.source_url)),
        ]
    elif f.verdict is Verdict.UNSUPPORTED and f.considered:
        closest = "".join(
            f"<li><code>{esc(c.fact.id)}</code> {esc(c.fact.statement)} ({esc(c.note)})</li>" for c in f.considered[:2]
        )
        rows.append(("Closest facts", f"<ul>{closest}</ul>"))
    elif f.verdict is Verdict.UNSUPPORTED:
        rows.append(("Evidence", "no fact in the table backs or contradicts it"))
    if f.suppressed:
        rows.append(("Suppressed", esc(f.suppressed)))
    details = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    suppressed = ' <span class="suppressed">suppressed: does not fail the run</span>' if f.suppressed else ""
    return (
        f'<li class="finding v-{v}" id="{fid}" data-verdict="{v}">'
        f'<p class="head"><span class="badge v-{v}"><span aria-hidden="true">{ICONS[v]}</span> {LABELS[v]}'
        f'</span>{suppressed} <span class="cid">{esc(f.claim.id)}</span> '
        f'<span class="loc">line {line}, column {col}</span> '
        f'<a class="goto" href="#t-{fid}" data-claim="{fid}">show in text</a></p>'
        f'<p class="claim">{esc(f.claim.text)}</p><dl>{details}</dl></li>'
    )


def _source(source: str, url: str) -> str:
    if SAFE_URL.fullmatch(url or ""):
        return f'<a class="ext" href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(source)}</a>'
    if url:
        return f'{esc(source)} <span class="url">(address not linked: <code>{esc(url)}</code>)</span>'
    return esc(source)
