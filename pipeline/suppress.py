"""Suppressions an editor can defend, and a baseline for sites with existing findings.

Inline, in Markdown or HTML: `<!-- verify-ignore M-0007: quoting the myth to debunk it -->` on the
line of the claim, or alone on the line before it. The fact id and a reason are both required.
Baseline: `verify baseline create` records today's findings (path, verdict, fact id, claim and a
fingerprint); with `--baseline FILE` only new findings count towards the exit code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ConfigError
from .extract.blocks import mask_comments
from .types import ArticleReport, Finding, Reason, Severity, Verdict

_IGNORE = re.compile(r"<!--\s*verify-ignore\b(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
_FACT_ID = re.compile(r"[FM]-\d{3,}", re.IGNORECASE)
REASON_CODES = frozenset(r.value for r in Reason)
FLAGGED = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)
_WORD = re.compile(r"\w+")


def parse_ignore(body: str, known_ids: frozenset[str] | None = None) -> tuple[str, str] | str:
    """(rule, reason) of a verify-ignore comment's body, or what is wrong with it.

    The rule is a fact id (any case: `m-0002` is `M-0002`) or a reason code (`no_matching_fact`);
    a fact id not in `known_ids` (the table's) is an error, not an unused suppression.

    >>> parse_ignore(" m-0002: quoted to debunk it ")
    ('M-0002', 'quoted to debunk it')
    >>> parse_ignore(" M-0002 ")
    'needs a reason after a colon (<!-- verify-ignore M-0002: why -->)'
    >>> parse_ignore(" M-0009: old", frozenset({"M-0002"}))
    'names M-0009, which is not a fact id of the table (removed or renamed?)'
    """
    head, colon, why = body.partition(":")
    words = head.split()
    if not words:
        return "needs a fact id (M-0001) or a reason code (no_matching_fact), a colon and a reason"
    if _FACT_ID.fullmatch(words[0]):
        rule = words[0].upper()
        if known_ids is not None and rule not in known_ids:
            return f"names {rule}, which is not a fact id of the table (removed or renamed?)"
    elif words[0].lower() in REASON_CODES:
        rule = words[0].lower()
    else:
        return f"names {words[0]!r}, which is neither a fact id (M-0001) nor a reason code (no_matching_fact)"
    if len(words) > 1 or not colon or not why.strip():
        return f"needs a reason after a colon (<!-- verify-ignore {rule}: why -->)"
    return rule, " ".join(why.split())


def apply_inline(report: ArticleReport, known_ids: frozenset[str] | None = None) -> ArticleReport:
    """Mark findings suppressed by inline comments; note bad and unused suppressions.

    `known_ids`: the fact ids of the table, so that a suppression naming a removed row is reported."""
    text = report.article.text
    notes = list(report.notes)
    findings = list(report.findings)
    for m in _IGNORE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        parsed = parse_ignore(m.group("body"), known_ids)
        if isinstance(parsed, str):
            notes.append(f"{report.article.path}:{line}: verify-ignore {parsed}; not applied")
            continue
        rule, reason = parsed
        target = _target_line(text, m)
        used = False
        for i, f in enumerate(findings):
            own = f.fact.id if f.fact is not None else f.reason.value  # "no_matching_fact" for unsupported
            if (
                rule in (own, f.reason.value)
                and f.verdict in FLAGGED
                and text.count("\n", 0, f.claim.start) + 1 == target
            ):
                findings[i] = replace(f, suppressed="inline: " + reason)
                used = True
        if not used:
            notes.append(f"{report.article.path}:{line}: unused suppression for {rule}")
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


def _relative(path: str, root: str | os.PathLike[str]) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).resolve().as_posix()


def _rule(f: Finding) -> str:
    return f.fact.id if f.fact is not None else f.reason.value


def _numbered(keys: list[str | None]) -> list[str | None]:
    """Each key's fingerprint, with which occurrence of that key it is, so a second copy is new."""
    seen: dict[str, int] = {}
    out: list[str | None] = []
    for key in keys:
        if key is None:
            out.append(None)
            continue
        seen[key] = seen.get(key, 0) + 1
        out.append(hashlib.sha256(f"{key}|{seen[key]}".encode("utf-8", "surrogateescape")).hexdigest()[:20])
    return out


def fingerprints(report: ArticleReport, root: str | os.PathLike[str]) -> list[str | None]:
    """One fingerprint per flagged finding (None for the others): what identifies the finding, not
    how verify words it. The path relative to `root` (the baseline's folder), the rule (fact id, or
    reason code when no row decided it), the words of the article's sentence the claim comes from
    (case, punctuation and markup aside), and which occurrence of those it is. It survives edits
    elsewhere in the file and a verify upgrade that words the claim's text differently; a second
    copy of a known finding is new."""
    rel = _relative(report.article.path, root)
    return _numbered(
        [
            f"2|{rel}|{_rule(f)}|{' '.join(_WORD.findall(f.claim.sentence.lower()))}" if f.verdict in FLAGGED else None
            for f in report.findings
        ]
    )


def _v1_fingerprints(report: ArticleReport, root: str | os.PathLike[str]) -> list[str | None]:
    """The fingerprints of version 1 baselines (on the claim's text as verify worded it), still honoured."""
    rel = _relative(report.article.path, root)
    return _numbered(
        [
            f"{rel}|{_rule(f)}|{' '.join(f.claim.text.lower().split())}" if f.verdict in FLAGGED else None
            for f in report.findings
        ]
    )


def baseline_of(reports, root: str | Path) -> dict:
    """A baseline a reviewer can read: per finding its path, verdict, fact id (or reason code), claim
    and fingerprint (only the fingerprint is matched)."""
    entries = []
    for r in reports:
        rel = _relative(r.article.path, root)
        for f, p in zip(r.findings, fingerprints(r, root)):
            if p is not None:
                entries.append(
                    {
                        "path": rel,
                        "verdict": f.verdict.value,
                        "fact_id": f.fact.id if f.fact is not None else None,
                        "reason": f.reason.value,
                        "claim": " ".join(f.claim.text.split()),
                        "fingerprint": p,
                    }
                )
    entries.sort(key=lambda e: e["path"])  # stable: each file's findings stay in text order
    return {"version": 2, "tool": "verify", "findings": entries}


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline: the fingerprints to match and the fact ids its findings name."""

    path: str
    fingerprints: frozenset[str]
    fact_ids: frozenset[str] = frozenset()

    def missing_ids(self, known_ids: frozenset[str]) -> list[str]:
        """The fact ids the baseline names that the table no longer has."""
        return sorted(self.fact_ids - known_ids)


def load_baseline(path: str) -> Baseline:
    """Read a baseline file: version 2 (findings with their fingerprints) or version 1 (fingerprints)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (create one with `verify baseline create`)") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a verify baseline ({exc.__class__.__name__})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if version == 2 and isinstance(data.get("findings"), list):
        entries = data["findings"]
        if all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries):
            ids = frozenset(e["fact_id"] for e in entries if isinstance(e.get("fact_id"), str))
            return Baseline(path, frozenset(e["fingerprint"] for e in entries), ids)
    prints = data.get("fingerprints") if isinstance(data, dict) else None
    if version == 1 and isinstance(prints, list) and all(isinstance(p, str) for p in prints):
        return Baseline(path, frozenset(prints))
    raise ConfigError(
        f"{path}: not a verify baseline (want version 2 and a list of findings with fingerprints, "
        "as `verify baseline create` writes)"
    )


def apply_baseline(report: ArticleReport, known: frozenset[str], root: str | os.PathLike[str]) -> ArticleReport:
    """Mark the findings whose fingerprint (or version 1 fingerprint) the baseline holds."""
    prints = zip(fingerprints(report, root), _v1_fingerprints(report, root))
    findings = tuple(
        replace(f, suppressed="baseline") if f.suppressed is None and (p in known or old in known) else f
        for f, (p, old) in zip(report.findings, prints)
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
