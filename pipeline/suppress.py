"""Suppressions an editor can defend, and a baseline for sites with existing findings.

Inline, in Markdown or HTML: `<!-- verify-ignore M-0007: quoting the myth to debunk it -->` on the
line of the claim, or alone on the line before it. The fact id and a reason are both required.
Baseline: `verify baseline create` records the fingerprints of today's findings; with
`--baseline FILE` only new findings count towards the exit code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import replace
from pathlib import Path

from .errors import ConfigError
from .extract.blocks import mask_comments
from .types import ArticleReport, Severity, Verdict

_IGNORE = re.compile(r"<!--\s*verify-ignore\b(?P<body>.*?)-->", re.DOTALL)
_BODY = re.compile(r"^\s*(?P<fact>[FM]-\d{3,}|[a-z_]+)\s*(?::\s*(?P<reason>.*\S))?\s*$", re.DOTALL)
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
            notes.append(
                f"{report.article.path}:{line}: verify-ignore needs a fact id and a reason "
                "(<!-- verify-ignore M-0001: why -->); not applied"
            )
            continue
        target = _target_line(text, m)
        used = False
        for i, f in enumerate(findings):
            rule = f.fact.id if f.fact is not None else f.reason.value  # "no_matching_fact" for unsupported
            if (
                body.group("fact") in (rule, f.reason.value)
                and f.verdict in FLAGGED
                and text.count("\n", 0, f.claim.start) + 1 == target
            ):
                findings[i] = replace(f, suppressed="inline: " + " ".join(body.group("reason").split()))
                used = True
        if not used:
            notes.append(f"{report.article.path}:{line}: unused suppression for {body.group('fact')}")
    return replace(report, findings=tuple(findings), notes=tuple(notes))


def _target_line(text: str, m: re.Match) -> int:
    """The line the comment shares with text, else the next line with text that is not itself
    only comments (so several suppressions, even wrapped ones, can be stacked above one claim)."""
    masked = mask_comments(text)
    first = text.count("\n", 0, m.start()) + 1
    last = text.count("\n", 0, m.end()) + 1
    lines = masked.split("\n")
    if lines[first - 1].strip() or lines[last - 1].strip():
        return first if lines[first - 1].strip() else last
    for n in range(last + 1, len(lines) + 1):
        if lines[n - 1].strip():
            return n
    return first


def fingerprints(report: ArticleReport, root: str | os.PathLike[str]) -> list[str | None]:
    """One fingerprint per flagged finding (None for the others), stable across edits elsewhere in
    the file: the path relative to `root` (the baseline's folder), the rule, the claim's words, and
    which occurrence of those it is, so a second copy of a known finding is new."""
    try:
        rel = Path(report.article.path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        rel = Path(report.article.path).resolve().as_posix()
    seen: dict[str, int] = {}
    out: list[str | None] = []
    for f in report.findings:
        if f.verdict not in FLAGGED:
            out.append(None)
            continue
        rule = f.fact.id if f.fact is not None else f.reason.value
        key = f"{rel}|{rule}|{' '.join(f.claim.text.lower().split())}"
        seen[key] = seen.get(key, 0) + 1
        out.append(hashlib.sha256(f"{key}|{seen[key]}".encode("utf-8", "surrogateescape")).hexdigest()[:20])
    return out


def baseline_of(reports, root: str | Path) -> dict:
    prints = sorted({p for r in reports for p in fingerprints(r, root) if p})
    return {"version": 1, "tool": "verify", "fingerprints": prints}


def load_baseline(path: str) -> frozenset[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (create one with `verify baseline create`)") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a verify baseline ({exc.__class__.__name__})") from None
    prints = data.get("fingerprints") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("version") != 1
        or not isinstance(prints, list)
        or not all(isinstance(p, str) for p in prints)
    ):
        raise ConfigError(f"{path}: not a verify baseline (want version 1 and a list of fingerprints)")
    return frozenset(prints)


def apply_baseline(report: ArticleReport, known: frozenset[str], root: str | os.PathLike[str]) -> ArticleReport:
    prints = fingerprints(report, root)
    findings = tuple(
        replace(f, suppressed="baseline") if f.suppressed is None and p in known else f
        for f, p in zip(report.findings, prints)
    )
    return replace(report, findings=findings)


def apply_severity(report: ArticleReport, overrides: dict[str, str]) -> ArticleReport:
    """Per-fact severity from the configuration: raise or lower what a row's findings weigh."""
    if not overrides:
        return report
    findings = tuple(
        replace(f, severity=Severity(overrides[f.fact.id]))
        if f.fact is not None and f.fact.id in overrides and f.verdict in FLAGGED
        else f
        for f in report.findings
    )
    return replace(report, findings=findings)
