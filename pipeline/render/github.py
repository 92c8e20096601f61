"""GitHub Actions workflow commands: one ::error/::warning/::notice annotation per flagged claim."""

from __future__ import annotations

from ..types import Finding, Report, Verdict
from . import line_col

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
FLAGGED = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)


def message(f: Finding) -> str:
    """One-line description of a flagged finding (shared by the github, sarif and junit formats)."""
    head = f"{f.verdict.value}: {f.claim.text}"
    if f.fact is not None:
        return f"{head} — {f.fact.evidence} ({f.fact.id}, {f.fact.source})"
    if f.verdict is Verdict.UNSUPPORTED:
        return f"{head} — no fact backs it"
    return f"{head} — {f.reason.value}"


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    out: list[str] = []
    for art in report.articles:
        text = art.article.text
        for f in art.findings:
            command = _COMMAND.get(f.severity.value)
            if f.verdict not in FLAGGED or command is None or f.suppressed:
                continue  # a suppressed or baselined finding is not annotated
            line, col = line_col(text, f.claim.start)
            end_line, end_col = line_col(text, f.claim.end)
            props = (
                ("file", art.article.path),
                ("line", line),
                ("col", col),
                ("endLine", end_line),
                ("endColumn", end_col),
                ("title", f"verify {f.reason.value}"),
            )
            joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
            out.append(f"::{command} {joined}::{escape_data(message(f))}")
    return "".join(line + "\n" for line in out)
