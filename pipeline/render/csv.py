"""CSV: a header and one row per claim, safe to open in a spreadsheet (no formula injection)."""

from __future__ import annotations

import csv
import io

from ..files import csv_cell
from ..types import Report
from . import Positions

HEADER = (
    "path",
    "line",
    "column",
    "id",
    "verdict",
    "severity",
    "reason",
    "fact_id",
    "score",
    "text",
    "evidence",
    "source",
    "suppressed",
)


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for art in report.articles:
        where = Positions(art.article)
        for f in art.findings:
            line, col = where.start(f.claim) or (None, None)  # an HTML page: its source, empty if not found
            writer.writerow(
                [
                    csv_cell(v)
                    for v in (
                        art.article.path,
                        line,
                        col,
                        f.claim.id,
                        f.verdict.value,
                        f.severity.value,
                        f.reason.value,
                        f.fact.id if f.fact else None,
                        f.score,
                        f.claim.text,
                        f.fact.evidence if f.fact else None,
                        f.fact.source if f.fact else None,
                        f.suppressed,
                    )
                ]
            )
    return buf.getvalue()
