"""The JSON contract of ARCHITECTURE.md (schema_version 1)."""

from __future__ import annotations

import json

from ..types import Finding, Report, Verdict
from . import Positions


def claim_record(f: Finding, positions: Positions | None = None) -> dict:
    """A claim's keys in the JSON report; `positions` (the article's) adds its line and column in the
    checked text, and in the file (an HTML page's source; null when its words are not found there)."""
    c = f.claim
    where: dict = {}
    if positions is not None:
        line, column = positions.lines.line_col(c.start)
        source = positions.start(c)
        where = {
            "line": line,
            "column": column,
            "source_line": source[0] if source else None,
            "source_column": source[1] if source else None,
        }
    return {
        "id": c.id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        **where,
        "sentence": c.sentence,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "reason": f.reason.value,
        "fact_id": f.fact.id if f.fact else None,
        # Every row the verdict was decided from, fact_id's first (both drugs' rows of a comparison).
        "evidence_ids": f.evidence_ids,
        "score": f.score,
        "evidence": f.fact.evidence if f.fact else None,
        "source": f.fact.source if f.fact else None,
        "suppressed": f.suppressed,
        # Why an unsupported claim stayed unsupported: the closest rows and why each did not apply.
        "considered": [
            {
                "fact_id": c.fact.id,
                "score": c.score,
                "outcome": c.outcome.value,
                "reason": c.reason.value,
                "note": c.note,
            }
            for c in f.considered[:3]
        ]
        if f.verdict is Verdict.UNSUPPORTED
        else [],
    }


def to_dict(report: Report) -> dict:
    return {
        "schema_version": "1",
        "tool": {"name": "verify", "version": report.version},
        "facts": {
            "path": report.facts.path,
            "sha256": report.facts.sha256,
            "rows": report.facts.rows,
            "version": report.facts.version,
        },
        "articles": [_article(a) for a in report.articles],
    }


def _article(a) -> dict:
    where = Positions(a.article)
    entry = {"path": a.article.path, "claims": [claim_record(f, where) for f in a.findings], "summary": a.summary}
    if a.article.source_format == "html":
        # Offsets point into the main text extracted from the page, not into its HTML source.
        entry["offsets_into"] = "extracted_text"
        entry["extracted_text"] = a.article.text
    return entry


def render_json(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"
