"""Human-readable findings, grouped per article, with line:column, evidence and source."""

from __future__ import annotations

import textwrap

import click

from ..types import UNREAD, Finding, Report, Severity, Verdict
from . import Positions, table_line

_COLOURS = {"contradicted": "red", "unsupported": "yellow", "supported": "green", "not_checkworthy": "bright_black"}
_ORDER = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED, Verdict.NOT_CHECKWORTHY)


def render_text(
    report: Report,
    *,
    colour: bool = False,
    show: frozenset[str] | None = None,
    min_severity: Severity = Severity.NONE,
    quiet: bool = False,
) -> str:
    """`show`: the verdicts to list (all check-worthy ones by default); `min_severity`: hide less;
    `quiet`: only the findings (contradicted and unsupported claims not suppressed) and notes, nothing
    for a clean article and no summaries (a pre-commit hook's output)."""
    show = show or frozenset({"contradicted", "unsupported", "supported"})
    if quiet:
        show = show & {"contradicted", "unsupported"}
    out: list[str] = []
    for art in report.articles:
        listed = [
            f
            for f in art.findings
            if f.verdict.value in show and f.severity.rank >= min_severity.rank and not (quiet and f.suppressed)
        ]
        if quiet and not listed and not art.notes:
            continue
        out.append(click.style(art.article.path, bold=True) if colour else art.article.path)
        where = Positions(art.article)
        for finding in listed:
            out.extend(_finding(where.start(finding.claim), finding, colour))
        if not listed:
            out.append("  no claims to show")
        out.extend(f"  note: {note}" for note in art.notes)
        if not quiet:
            out.append("  " + _summary(art.summary))
        out.append("")
    if quiet:
        return "\n".join(out) + ("\n" if out else "")
    totals = {v.value: sum(a.count(v) for a in report.articles) for v in _ORDER}
    unread = {r.value: sum(a.count_reason(r) for a in report.articles) for r in UNREAD}
    n = len(report.articles)
    suppressed = sum(a.summary["suppressed"] for a in report.articles)
    totals_line = _summary({"claims": sum(totals.values()), **totals, **unread, "suppressed": suppressed})
    out.append(f"{n} article{'s' if n != 1 else ''}: " + totals_line)
    line = table_line(report)
    out.append(click.style(line, dim=True) if colour else line)
    return "\n".join(out) + "\n"


def _finding(start: tuple[int, int] | None, f: Finding, colour: bool) -> list[str]:
    """A finding's lines; `start` is its line and column in the file (None: not found in a page's source)."""
    verdict = f.verdict.value
    label = f"{verdict:<15}"
    if colour:
        label = click.style(label, fg=_COLOURS[verdict], bold=verdict == "contradicted")
    where = f"{start[0]}:{start[1]}" if start else "?:?"
    rows = [f"  {where:<8}{label} {' '.join(f.claim.text.split())}"]
    pad = " " * 10
    if f.suppressed:
        rows.append(f"{pad}suppressed ({f.suppressed})")
    if f.fact is not None:
        rows.append(f"{pad}{f.reason.value} {f.fact.id}" + (f" (score {f.score:g})" if f.score is not None else ""))
        rows.extend(
            textwrap.wrap(f.fact.evidence, 96, initial_indent=pad + "evidence: ", subsequent_indent=pad + "          ")
        )
        rows.append(f"{pad}source:   {f.fact.source}")
    elif f.verdict is Verdict.UNSUPPORTED:
        rows.append(f"{pad}{f.reason.value}")
        for cand in f.considered[:2]:
            rows.append(f"{pad}closest:  {cand.fact.id} {cand.fact.statement[:70]} ({cand.note})")
    elif f.verdict is Verdict.NOT_CHECKWORTHY:
        rows.append(f"{pad}{f.reason.value}")
    return rows


def _summary(s: dict) -> str:
    """'45 claims: 2 contradicted, 3 unsupported (1 out of scope, 1 not understood), ...; 1 finding
    suppressed'; the part in brackets only when some unsupported claims could not be asked of the
    table, the last only when a finding is suppressed (inline or by a baseline)."""
    unread = [f"{s[r.value]} {r.value.replace('_', ' ')}" for r in UNREAD if s.get(r.value)]
    suppressed = s.get("suppressed", 0)
    return (
        f"{s['claims']} claim{'' if s['claims'] == 1 else 's'}: {s['contradicted']} contradicted, "
        f"{s['unsupported']} unsupported{' (' + ', '.join(unread) + ')' if unread else ''}, "
        f"{s['supported']} supported, {s['not_checkworthy']} not check-worthy"
        + (f"; {suppressed} finding{'' if suppressed == 1 else 's'} suppressed" if suppressed else "")
    )
