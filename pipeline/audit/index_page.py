"""index.html of a batch audit: verdict totals, the most frequent myths, the pages to fix first.

One self-contained page (inline CSS and script, allowed by hash in its Content-Security-Policy, no
network). Every piece of page and fact text is escaped; the only links are to the audit's own detail
pages (pages/<name>.html, names made of safe characters only). Two inline SVG charts: the claims by
verdict, and the pages by risk score.
"""

from __future__ import annotations

import base64
import hashlib

from ..render.html import ICONS, LABELS, document_head, is_relative_url

VERDICTS = ("contradicted", "unsupported", "supported", "not_checkworthy")
COLOURS = {"contradicted": "#a4231b", "unsupported": "#b07400", "supported": "#1f6b36", "not_checkworthy": "#8a8a8a"}
MYTHS_SHOWN = 25
PAGES_PER_MYTH = 20
ERRORS_SHOWN = 200

CSS = """
:root { --ink: #1b1b1b; --muted: #4d4d4d; --line: #c9c9c9; --link: #1747a6; --paper: #fff; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 8px 16px; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 1.3rem; margin: 8px 0 2px; } h2 { font-size: 1.1rem; margin: 24px 0 8px; }
a { color: var(--link); } a:focus-visible, input:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.meta, .note, footer { color: var(--muted); font-size: .9rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 9rem; }
.cards b { display: block; font-size: 1.4rem; }
.v-contradicted { color: #a4231b; } .v-unsupported { color: #7a4f00; } .v-supported { color: #1f6b36; }
.v-not_checkworthy { color: #595959; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
figure { margin: 0; } figcaption { font-size: .9rem; color: var(--muted); }
svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #1b1b1b; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 4px 6px; }
th { background: #f4f4f4; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.url { word-break: break-all; } td code { white-space: nowrap; }
details summary { cursor: pointer; color: var(--link); }
details ul { margin: 4px 0; padding-left: 18px; }
.filter { margin: 4px 0 8px; } .filter input { font: inherit; padding: 2px 6px; width: 20rem; max-width: 100%; }
tr[hidden] { display: none; }
"""

JS = """(() => {
  const box = document.getElementById('page-filter');
  const rows = [...document.querySelectorAll('#ranked tbody tr')];
  const status = document.getElementById('filter-status');
  if (!box) return;
  box.addEventListener('input', () => {
    const q = box.value.trim().toLowerCase();
    let shown = 0;
    for (const r of rows) {
      const hit = !q || r.dataset.url.toLowerCase().includes(q);
      r.hidden = !hit; shown += hit;
    }
    status.textContent = q ? shown + ' of ' + rows.length + ' pages shown' : '';
  });
})();
"""


def esc(value) -> str:
    from ..render.html import esc as escape_text

    return escape_text(value)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _link(row: dict, text: str | None = None) -> str:
    href = row["detail"]
    label = esc(row["url"] if text is None else text)
    return f'<a href="{esc(href)}">{label}</a>' if is_relative_url(href) else label


def render_audit_index(
    *,
    title: str,
    version: str,
    facts,
    counts: dict,
    myths: list[dict],
    ranked: list[dict],
    ranked_limit: int,
    errors: list[dict],
    inputs: list[str],
    ranked_total: int | None = None,
    risk_bands: list[int] | None = None,
    skipped: dict[str, int] | None = None,
    groups: list | None = None,
) -> str:
    """`ranked`: the pages by risk, or only the first `ranked_limit` of them with `ranked_total` (how
    many there are) and `risk_bands` (pages per band, see `risk_band`), so that an audit of millions
    of pages need not hold a row for each. A myth's "pages" may likewise be its first
    PAGES_PER_MYTH pages, with "page_count" saying how many there are. `skipped`: records that are not
    pages to audit, per reason. `groups`: the first groups of unsupported claims (audit/clusters.py)."""
    if ranked_total is None:
        ranked_total = len(ranked)
    if risk_bands is None:
        risk_bands = [0] * 11
        for row in ranked:
            risk_bands[risk_band(row["risk"])] += 1
    n_inputs = len(inputs)
    return f"""{document_head(title, version, CSS, _hash(CSS), _hash(JS))}
<body>
<header>
<h1>{esc(title)}</h1>
<p class="meta">{counts["pages"]} pages from {n_inputs} input{"" if n_inputs == 1 else "s"} · fact table \
<code>{esc(facts.path)}</code> ({facts.rows} rows, as of {esc(facts.version or "unknown")}, sha256 \
<code>{esc(facts.sha256[:12])}</code>) · verify {esc(version)}</p>
</header>
<main>
<section id="totals" aria-labelledby="totals-title">
<h2 id="totals-title">Totals</h2>
{_cards(counts)}
{_skipped(skipped or {})}
<div class="charts">
{_verdict_chart(counts)}
{_risk_chart(risk_bands)}
</div>
</section>
{_myths(myths)}
{_groups(groups, counts.get("unsupported_groups", len(groups or ())))}
{_ranked(ranked, ranked_limit, ranked_total)}
{_errors(errors)}
</main>
<footer>Made by verify {esc(version)}. Every claim is in <code>findings.jsonl</code>, every page in \
<code>pages.csv</code>, every unreadable page in <code>errors.jsonl</code>; the run is described in \
<code>manifest.json</code>. Pages are listed by contradicted claims, then by their share of the page's \
check-worthy claims, then by unsupported claims. Risk score (pages.csv and the chart): 100 × (contradicted + \
unsupported ÷ 4) ÷ (check-worthy claims + 2).</footer>
<script>{JS}</script>
</body>
</html>
"""


def _cards(counts: dict) -> str:
    items = [
        ("pages checked", counts["pages_checked"], ""),
        ("unique texts", counts["unique_texts"], ""),
        ("duplicate pages", counts["duplicate_pages"], ""),
        ("unreadable pages", counts["errors"], ""),
        ("skipped records", counts.get("skipped", 0), ""),
    ]
    items += [(LABELS[v] + " claims", counts[v], f"v-{v}") for v in VERDICTS]
    cards = "".join(
        f'<li class="{cls}" id="total-{esc(label.replace(" ", "-"))}"><b>{value}</b>{esc(label)}</li>'
        for label, value, cls in items
    )
    return f'<ul class="cards">{cards}</ul>'


def _verdict_chart(counts: dict) -> str:
    biggest = max([counts[v] for v in VERDICTS] + [1])
    width, bar_x, row = 420, 130, 28
    bars = []
    for i, v in enumerate(VERDICTS):
        y = 10 + i * row
        w = round((width - bar_x - 60) * counts[v] / biggest, 1)
        bars.append(
            f'<text x="0" y="{y + 14}">{ICONS[v]} {esc(LABELS[v])}</text>'
            f'<rect x="{bar_x}" y="{y}" width="{w}" height="18" fill="{COLOURS[v]}"></rect>'
            f'<text x="{bar_x + w + 6}" y="{y + 14}">{counts[v]}</text>'
        )
    height = 20 + len(VERDICTS) * row
    return (
        f'<figure id="chart-verdicts"><svg role="img" aria-labelledby="chart-verdicts-t" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}"><title id="chart-verdicts-t">Claims by verdict: '
        + ", ".join(f"{counts[v]} {LABELS[v]}" for v in VERDICTS)
        + "</title>"
        + "".join(bars)
        + "</svg><figcaption>Claims by verdict, over all pages</figcaption></figure>"
    )


def risk_band(r: float) -> int:
    """The risk chart's band of a risk score: 0 for 0, then 1 for (0,10], 2 for (10,20], ... 10 for (90,100]."""
    return 0 if r <= 0 else min(10, int((r - 1e-9) // 10) + 1)


def _risk_chart(bands: list[int]) -> str:
    """Pages per risk band: 0, then (0,10], (10,20], ... (90,100]."""
    labels = ["0"] + [f"{10 * i - 9 if i > 1 else 1}-{10 * i}" for i in range(1, 11)]
    biggest = max(bands + [1])
    width, height, base, col = 460, 190, 150, 38
    bars = []
    for i, n in enumerate(bands):
        h = round(120 * n / biggest, 1)
        x = 10 + i * col
        colour = "#8a8a8a" if i == 0 else ("#b07400" if i <= 3 else "#a4231b")
        bars.append(
            f'<rect x="{x}" y="{base - h}" width="{col - 8}" height="{h}" fill="{colour}"></rect>'
            f'<text x="{x}" y="{base - h - 4}">{n}</text><text x="{x}" y="{base + 16}">{labels[i]}</text>'
        )
    return (
        f'<figure id="chart-risk"><svg role="img" aria-labelledby="chart-risk-t" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}"><title id="chart-risk-t">Pages by risk score: '
        + ", ".join(f"{labels[i]}: {n}" for i, n in enumerate(bands))
        + "</title>"
        + "".join(bars)
        + f'<text x="10" y="{base + 34}">risk score</text></svg><figcaption>Pages by risk score '
        "(0 = nothing contradicted or unsupported)</figcaption></figure>"
    )


def _myths(myths: list[dict]) -> str:
    head = '<section id="myths" aria-labelledby="myths-title"><h2 id="myths-title">Most frequent myths</h2>'
    if not myths:
        return head + "<p>No page repeats a known myth.</p></section>"
    rows = []
    for m in myths[:MYTHS_SHOWN]:
        pages = m["pages"]
        n_pages = m.get("page_count", len(pages))
        links = "".join(f"<li>{_link(p)}</li>" for p in pages[:PAGES_PER_MYTH])
        more = f"<li>and {n_pages - PAGES_PER_MYTH} more (see findings.jsonl)</li>" if n_pages > PAGES_PER_MYTH else ""
        rows.append(
            f'<tr data-myth="{esc(m["id"])}"><td><code>{esc(m["id"])}</code></td><td>{esc(m["statement"])}'
            f'<div class="note">Correction: {esc(m["correction"])} ({esc(m["source"])})</div></td>'
            f'<td class="num">{n_pages}</td><td class="num">{m["claims"]}</td>'
            f"<td><details><summary>{n_pages} page{'' if n_pages == 1 else 's'}</summary>"
            f"<ul>{links}{more}</ul></details></td></tr>"
        )
    more = (
        f'<p class="note">{len(myths) - MYTHS_SHOWN} more myths are in findings.jsonl.</p>'
        if len(myths) > MYTHS_SHOWN
        else ""
    )
    return (
        head + '<table id="myth-table"><thead><tr><th>Myth</th><th>What the pages repeat</th>'
        '<th class="num">Pages</th><th class="num">Claims</th><th>Where</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
        + more
        + "</section>"
    )


def _groups(groups: list | None, total: int) -> str:
    """The section "Claims the table cannot judge yet": unsupported claims grouped across pages."""
    if groups is None:
        return ""
    head = (
        '<section id="unjudged" aria-labelledby="unjudged-title"><h2 id="unjudged-title">Claims the table '
        "cannot judge yet</h2>"
    )
    if not groups:
        return head + "<p>No claim was left unsupported.</p></section>"
    rows = "".join(
        f'<tr><td class="num">{g.rank}</td><td>{esc(g.example_claim)}'
        f'<div class="note">{esc(g.entities)}{" (negated)" if g.polarity == "negated" else ""} · {esc(g.reason)}'
        f'</div></td><td class="num">{g.pages}</td><td class="num">{g.claims}</td>'
        f"<td>{_link({'detail': g.detail, 'url': g.example_page})}</td></tr>"
        for g in groups
    )
    more = f" The first {len(groups)} of {total} groups are shown." if total > len(groups) else ""
    return (
        head + '<p class="note">The same claim made on many pages, in similar wordings, grouped by its entities '
        "(brand and generic names are one; two drugs never share a group) and ranked by pages: rows to "
        f"draft with <code>verify facts draft --from unsupported.csv</code>. Every group is in "
        f"<code>unsupported.csv</code>.{more}</p>"
        '<table id="group-table"><thead><tr><th class="num">#</th><th>Example claim</th>'
        '<th class="num">Pages</th><th class="num">Claims</th><th>Example page</th></tr></thead><tbody>'
        + rows
        + "</tbody></table></section>"
    )


ORDER_NOTE = (
    "Ordered by what to fix first: the most contradicted claims first; among pages with as many, the "
    "largest share of contradicted claims (of the page's check-worthy claims); then the most unsupported "
    "claims. The risk score is shown for reference."
)


def share(row) -> float:
    """The share of a row's check-worthy claims that are contradicted (0 with none)."""
    checkworthy = row["contradicted"] + row["unsupported"] + row["supported"]
    return row["contradicted"] / checkworthy if checkworthy else 0.0


def _ranked(ranked: list[dict], limit: int, total: int) -> str:
    rows = []
    for i, r in enumerate(ranked[:limit], 1):
        dup = f'<div class="note">same text as {esc(r["duplicate_of"])}</div>' if r["duplicate_of"] else ""
        rows.append(
            f'<tr data-url="{esc(r["url"])}"><td class="num">{i}</td><td class="url">{_link(r)}{dup}</td>'
            f'<td class="num">{r["contradicted"]}</td><td class="num">{share(r):.0%}</td>'
            f'<td class="num">{r["unsupported"]}</td><td class="num">{r["supported"]}</td>'
            f'<td class="num">{r["claims"]}</td><td class="num">{r["risk"]:g}</td></tr>'
        )
    note = (
        f'<p class="note">The first {limit} of {total} pages; all of them are in pages.csv.</p>'
        if total > limit
        else ""
    )
    return (
        '<section id="pages" aria-labelledby="pages-title"><h2 id="pages-title">Pages to fix first</h2>'
        f'<p class="note" id="order-note">{ORDER_NOTE}</p>'
        '<p class="filter"><label>Filter by URL <input type="search" id="page-filter"></label> '
        '<span id="filter-status" role="status" aria-live="polite"></span></p>'
        + note
        + '<table id="ranked"><thead><tr><th class="num">#</th><th>Page</th><th class="num">Contradicted</th>'
        '<th class="num">Share contradicted</th><th class="num">Unsupported</th><th class="num">Supported</th>'
        '<th class="num">Claims</th><th class="num">Risk</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _skipped(skipped: dict[str, int]) -> str:
    """Records of the inputs that are not pages to audit (images, scripts, non-2xx responses), per reason."""
    if not skipped:
        return ""
    items = "".join(f"<li><b>{n}</b> {esc(reason)}</li>" for reason, n in skipped.items())
    return (
        '<div id="skipped"><h3>Skipped records</h3><p class="note">Records of the inputs that are not pages '
        "to audit (not in the counts above; see manifest.json):</p>"
        f'<ul id="skipped-reasons">{items}</ul></div>'
    )


def _errors(errors: list[dict]) -> str:
    head = '<section id="errors" aria-labelledby="errors-title"><h2 id="errors-title">Unreadable pages</h2>'
    if not errors:
        return head + "<p>Every page could be read.</p></section>"
    rows = "".join(
        f'<tr><td class="url">{esc(e["url"])}</td><td>{esc(e["reason"])}</td></tr>' for e in errors[:ERRORS_SHOWN]
    )
    more = (
        f'<p class="note">{len(errors) - ERRORS_SHOWN} more in errors.jsonl.</p>' if len(errors) > ERRORS_SHOWN else ""
    )
    return (
        head
        + '<table id="error-table"><thead><tr><th>Page</th><th>Why</th></tr></thead><tbody>'
        + rows
        + "</tbody></table>"
        + more
        + "</section>"
    )
