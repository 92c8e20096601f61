"""GitHub Actions workflow commands: one ::error/::warning/::notice annotation per flagged claim."""

from __future__ import annotations

from ..types import Finding, Report, Verdict
from . import Positions

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
        where = Positions(art.article)
        for f in art.findings:
            command = _COMMAND.get(f.severity.value)
            if f.verdict not in FLAGGED or command is None or f.suppressed:
                continue  # a suppressed or baselined finding is not annotated
            props, note = _place(art.article.path, where, f)
            props.append(("title", f"verify {f.reason.value}"))
            joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
            out.append(f"::{command} {joined}::{escape_data(message(f) + note)}")
    return "".join(line + "\n" for line in out)


def _place(path: str, where: Positions, f: Finding) -> tuple[list[tuple[str, object]], str]:
    """The annotation's file, line and columns (an HTML page's source), and a note when the claim's
    place in that source was not found: then the annotation is on the file, not on a guessed line."""
    start, end = where.start(f.claim), where.end(f.claim)
    props: list[tuple[str, object]] = [("file", path)]
    if start is None:
        return props, " (its place in the page's source was not found)"
    props += [("line", start[0]), ("col", start[1])]
    if end is not None:
        props += [("endLine", end[0]), ("endColumn", end[1])]
    return props, ""
