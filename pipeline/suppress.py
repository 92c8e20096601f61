"""Suppressions an editor can defend, and a baseline for sites with existing findings.

Inline, in Markdown or HTML: `<!-- verify-ignore M-0007: quoting the myth to debunk it -->` on the
line of the claim, or alone on the line before it. The fact id and a reason are both required.
Baseline: `verify baseline create` records the fingerprints of today's findings; with
`--baseline FILE` only new findings count towards the exit code.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from pathlib import Path

from .errors import ConfigError
from .types import ArticleReport, Finding, Verdict

_IGNORE = re.compile(r"<!--\s*verify-ignore\b(?P<body>.*?)-->", re.DOTALL)
_BODY = re.compile(r"^\s*(?P<fact>[FM]-\d{3,})\s*(?::\s*(?P<reason>.*\S))?\s*$", re.DOTALL)
FLAGGED = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)


def apply_inline(report: ArticleReport) -> ArticleReport:
    """Mark findings suppressed by inline comments; note bad and unused suppressions."""
    text = report.article.text
    notes = list(report.notes)
    findings = list(report.findings)
    for m in _IGNORE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        body = _BODY.match(m.group("body"))
        if not body or not body.group("reason"):
            notes.append(f"{report.article.path}:{line}: verify-ignore needs a fact id and a reason "
                         "(<!-- verify-ignore M-0001: why -->); not applied")
            continue
        target = _target_line(text, m)
        used = False
        for i, f in enumerate(findings):
            if f.fact is not None and f.fact.id == body.group("fact") and f.verdict in FLAGGED \
                    and text.count("\n", 0, f.claim.start) + 1 == target:
                findings[i] = replace(f, suppressed=f"inline: {body.group('reason')}")
                used = True
        if not used:
            notes.append(f"{report.article.path}:{line}: unused suppression for {body.group('fact')}")
    return replace(report, findings=tuple(findings), notes=tuple(notes))


def _target_line(text: str, m: re.Match) -> int:
    """The comment's own line when it shares it with text, else the next line with text."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    line = text.count("\n", 0, m.start()) + 1
    if (text[start:m.start()] + text[m.end():end]).strip():
        return line
    for n, rest in enumerate(text[end + 1:].split("\n"), line + 1):
        if rest.strip():
            return n
    return line


def fingerprint(path: str, f: Finding) -> str:
    """Stable across edits elsewhere in the file: path, rule and the claim's words, not its line."""
    rule = f.fact.id if f.fact is not None else f.reason.value
    words = " ".join(f.claim.text.lower().split())
    return hashlib.sha256(f"{Path(path).as_posix()}|{rule}|{words}".encode()).hexdigest()[:20]


def baseline_of(reports) -> dict:
    prints = sorted({fingerprint(r.article.path, f) for r in reports for f in r.findings if f.verdict in FLAGGED})
    return {"version": 1, "tool": "verify", "fingerprints": prints}


def load_baseline(path: str) -> frozenset[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return frozenset(data["fingerprints"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: not a verify baseline ({exc.__class__.__name__})") from None


def apply_baseline(report: ArticleReport, known: frozenset[str]) -> ArticleReport:
    findings = tuple(replace(f, suppressed="baseline") if f.suppressed is None and f.verdict in FLAGGED
                     and fingerprint(report.article.path, f) in known else f for f in report.findings)
    return replace(report, findings=findings)


def apply_severity(report: ArticleReport, overrides: dict[str, str]) -> ArticleReport:
    """Per-fact severity from the configuration: raise or lower what a row's findings weigh."""
    from .types import Severity

    if not overrides:
        return report
    findings = tuple(replace(f, severity=Severity(overrides[f.fact.id]))
                     if f.fact is not None and f.fact.id in overrides and f.verdict in FLAGGED else f
                     for f in report.findings)
    return replace(report, findings=findings)
