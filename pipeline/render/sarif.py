"""SARIF 2.1.0: one run, a rule per reason code used, a result per contradicted or unsupported claim."""

from __future__ import annotations

import json

from ..types import Article, Finding, Report
from . import Positions, table_properties
from .github import FLAGGED, message

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note", "none": "none"}
DESCRIPTIONS = {
    "myth_match": "The claim restates a known myth.",
    "negation_conflict": "The claim denies a fact, or asserts what a fact denies.",
    "direction_conflict": "The claim says increase where a fact says decrease, or the reverse.",
    "value_conflict": "The claim gives the opposite quality of a fact (long vs short, fast vs slow).",
    "quantity_out_of_range": "The claim's quantity lies outside the range of a fact.",
    "comparison_conflict": "The claim ranks two things the other way round from their own facts.",
    "not_listed": "The claim says a drug is approved for a use its label's complete list of indications lacks.",
    "attribution_conflict": "The claim attributes a statement to an authority that does not make it.",
    "class_conflict": "The claim puts something in a class it does not belong to.",
    "name_conflict": "The claim gives a drug's name to another drug.",
    "members_match": "A row of every drug of the class states the claim.",
    "no_matching_fact": "No fact in the reference table backs the claim.",
}


def _uri(path: str) -> str:
    """A relative URI reference for a path: percent-encoded, with '/' separators."""
    from pathlib import PurePath
    from urllib.parse import quote

    return quote(PurePath(path).as_posix(), safe="/", errors="surrogateescape") if path != "<stdin>" else "stdin"


def _location(article: Article, where: Positions, f: Finding) -> dict:
    """The file and the claim's region in it: for an HTML page, lines and columns of its source (no
    character offsets, which point into the extracted text) and none when they were not found there."""
    location: dict = {"artifactLocation": {"uri": _uri(article.path)}}
    start, end = where.start(f.claim), where.end(f.claim)
    if start is None:
        location["properties"] = {"region": "the claim's place in the page's source was not found"}
        return location
    region = {"startLine": start[0], "startColumn": start[1]}
    if end is not None:
        region.update(endLine=end[0], endColumn=end[1])
    if article.source is None:
        region.update(charOffset=f.claim.start, charLength=f.claim.end - f.claim.start)
    location["region"] = region
    return location


def to_sarif(report: Report) -> dict:
    rules: list[dict] = []
    index: dict[str, int] = {}
    results: list[dict] = []
    for art in report.articles:
        where = Positions(art.article)
        for f in art.findings:
            if f.verdict not in FLAGGED:
                continue
            rule = f.reason.value
            if rule not in index:
                index[rule] = len(rules)
                rules.append({"id": rule, "shortDescription": {"text": DESCRIPTIONS.get(rule, rule)}})
            results.append(
                {
                    "ruleId": rule,
                    "ruleIndex": index[rule],
                    "level": _LEVEL[f.severity.value],
                    "message": {"text": message(f)},
                    "locations": [{"physicalLocation": _location(art.article, where, f)}],
                    "properties": {
                        "verdict": f.verdict.value,
                        "fact_id": f.fact.id if f.fact else None,
                        "evidence_ids": f.evidence_ids,
                        "source": f.fact.source if f.fact else None,
                        "score": f.score,
                    },
                }
            )
            if f.suppressed:
                kind = "external" if f.suppressed == "baseline" else "inSource"
                results[-1]["suppressions"] = [{"kind": kind, "justification": f.suppressed}]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "verify", "version": report.version, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "properties": {"facts": table_properties(report)},
                "results": results,
            }
        ],
    }


def render_sarif(report: Report) -> str:
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"
