"""Markdown: per article a heading and a table of the contradicted and unsupported claims."""

from __future__ import annotations

import re

from ..types import Report, Verdict
from . import line_col, table_line

_HEADER = "| Line | Verdict | Claim | Evidence | Fact | Source |\n|---:|---|---|---|---|---|"
_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def cell(value) -> str:
    """Text that stays inside one table cell and renders literally (no raw HTML, no row breaks)."""
    s = "" if value is None else str(value)
    s = s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("|", "\\|")
    s = re.sub(r"([*_`\[\]()#~])", r"\\\1", s)  # no emphasis, code, links or headings from article text
    return _BREAKS.sub("<br>", s).strip() or "—"


def render_markdown(report: Report) -> str:
    out: list[str] = []
    for art in report.articles:
        out.append(f"## {cell(art.article.path)}")
        out.append("")
        rows = [f for f in art.findings if f.verdict in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)]
        if not rows:
            out.append("No contradicted or unsupported claims.")
            out.append("")
            continue
        out.append(_HEADER)
        for f in rows:
            line, _ = line_col(art.article.text, f.claim.start)
            evidence = f.fact.evidence if f.fact else "no fact backs it"
            verdict = f.verdict.value if f.severity.value != "info" else f"{f.verdict.value} (info)"
            if f.suppressed:
                verdict += f" (suppressed: {f.suppressed})"
            out.append(
                "| "
                + " | ".join(
                    cell(v)
                    for v in (
                        line,
                        verdict,
                        f.claim.text,
                        evidence,
                        f.fact.id if f.fact else None,
                        f.fact.source if f.fact else None,
                    )
                )
                + " |"
            )
        out.append("")
    out.append(f"_{cell(table_line(report))}_")
    out.append("")
    return "\n".join(out)
