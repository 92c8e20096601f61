"""The one hand-built sample report every renderer test and golden file uses (no spaCy, no fact table).

It covers each kind of finding — contradicted with a fact, unsupported (warning), unsupported
(info, hedged), supported, not check-worthy — and hostile text in a claim and in an evidence:
a spreadsheet formula, an HTML script tag, commas, colons, newlines, percent signs and pipes.
"""

from __future__ import annotations

import json

from pipeline.types import Article, ArticleReport, Claim, Fact, Finding, Reason, Report, Severity, TableInfo, Verdict

HOSTILE_CLAIM = '=HYPERLINK("x") Klonopin, a <script>alert(1)</script> pill: cuts serotonin by 50% | fast\nin everyone'
HOSTILE_EVIDENCE = (
    "+Benzodiazepines act on GABA-A receptors, not serotonin: see 100% of labels | section 12.1\n"
    "<b>Reducing serotonin</b> is not their mechanism, =SUM(A1:A2)."
)

ARTICLE_1 = (
    "Klonopin basics\n"
    "Clonazepam belongs to the benzodiazepine family.\n"
    f"{HOSTILE_CLAIM}.\n"
    "It may keep working for well over a day.\n"
    "Clonazepam is also used for restless legs.\n"
)
ARTICLE_2 = "Dosing notes\nClonazepam is a benzodiazepine.\n"
PATH_1 = "claims/articles/01_klonopin_basics.txt"
PATH_2 = "notes/dose, timing: 50%.md"


def _fact(id: str, kind: str, statement: str, correction: str, source: str, severity: str = "") -> Fact:
    return Fact(
        id=id,
        kind=kind,
        subject="clonazepam",
        relation="is_a",
        object="benzodiazepine",
        aspect="",
        polarity="affirmed",
        value="",
        qualifier="",
        qty_min=None,
        qty_max=None,
        unit="",
        attribution="",
        statement=statement,
        correction=correction,
        source=source,
        source_type="label",
        source_url="https://example.org/label",
        reviewed="2024-01-01",
        severity=severity,
        topic="pharmacology",
        row=2,
    )


FACT = _fact(
    "F-0001",
    "fact",
    "Clonazepam (Klonopin) belongs to the benzodiazepine class.",
    "",
    "Klonopin (clonazepam) tablets prescribing information, DESCRIPTION",
)
MYTH = _fact(
    "M-0001",
    "myth",
    "Clonazepam reduces serotonin release.",
    HOSTILE_EVIDENCE,
    "Klonopin (clonazepam) prescribing information, CLINICAL PHARMACOLOGY",
)


def sample_claim(text: str, article: str, id: str, **kw) -> Claim:
    start = article.index(text)
    return Claim(id=id, text=text, start=start, end=start + len(text), sentence=text, **kw)


def sample_report() -> Report:
    heading = sample_claim("Klonopin basics", ARTICLE_1, "c1", checkworthy=False, reason=Reason.HEADING)
    supported = sample_claim("Clonazepam belongs to the benzodiazepine family", ARTICLE_1, "c2")
    contradicted = sample_claim(HOSTILE_CLAIM, ARTICLE_1, "c3")
    hedged = sample_claim("It may keep working for well over a day", ARTICLE_1, "c4", modality="hedged")
    unsupported = sample_claim("Clonazepam is also used for restless legs", ARTICLE_1, "c5")
    findings_1 = (
        Finding(heading, Verdict.NOT_CHECKWORTHY, Reason.HEADING, Severity.NONE),
        Finding(supported, Verdict.SUPPORTED, Reason.FACT_MATCH, Severity.NONE, fact=FACT, score=95.0),
        Finding(contradicted, Verdict.CONTRADICTED, Reason.MYTH_MATCH, Severity.ERROR, fact=MYTH, score=93.5),
        Finding(hedged, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, Severity.INFO, score=41.0),
        Finding(unsupported, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, Severity.WARNING),
    )
    heading_2 = sample_claim("Dosing notes", ARTICLE_2, "c1", checkworthy=False, reason=Reason.HEADING)
    supported_2 = sample_claim("Clonazepam is a benzodiazepine", ARTICLE_2, "c2")
    findings_2 = (
        Finding(heading_2, Verdict.NOT_CHECKWORTHY, Reason.HEADING, Severity.NONE),
        Finding(supported_2, Verdict.SUPPORTED, Reason.FACT_MATCH, Severity.NONE, fact=FACT, score=88.25),
    )
    return Report(
        articles=(
            ArticleReport(Article(PATH_1, ARTICLE_1), findings_1),
            ArticleReport(Article(PATH_2, ARTICLE_2), findings_2),
        ),
        facts=TableInfo(path="reference_facts.csv", sha256="0" * 64, rows=2, version="2026-11-22"),
        version="0.0.0-test",
    )


# Golden file name per format: tests/golden/sample.<ext>
GOLDEN = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "csv": "csv",
    "github": "github.txt",
    "markdown": "md",
    "sarif": "sarif",
    "junit": "xml",
    "html": "html.json",
}


def golden_text(report: Report, fmt: str) -> str:
    """What a format's golden file holds: the output itself, or for HTML its structure (see html_structure)."""
    from pipeline.render import render

    out = render(report, fmt)
    if fmt == "html":
        from html_structure import structure

        return json.dumps(structure(out), indent=1, ensure_ascii=False) + "\n"
    return out
