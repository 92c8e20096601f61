"""JSON Lines: one JSON object per claim, the claim keys of the JSON report plus the article path."""

from __future__ import annotations

import json

from ..types import Report
from . import Positions
from .json import claim_record

# Characters that JSON leaves raw but that many line splitters (str.splitlines) treat as line ends.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _dumps(obj: dict) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        line = line.replace(raw, escaped)  # these only ever occur inside JSON strings
    return line


def render_jsonl(report: Report) -> str:
    out: list[str] = []
    for a in report.articles:
        where = Positions(a.article)
        out.extend(_dumps({"path": a.article.path, **claim_record(f, where)}) for f in a.findings)
    return "".join(line + "\n" for line in out)
