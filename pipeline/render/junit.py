"""JUnit XML: a test suite per article, a test case per check-worthy claim, failures for flagged ones."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..types import Finding, Report, Severity, Verdict
from . import line_col, table_properties
from .github import message

# Characters XML 1.0 cannot carry at all, even escaped.
_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(s: str) -> str:
    return _INVALID_XML.sub("\ufffd", s)


def fails(f: Finding) -> bool:
    if f.suppressed:
        return False  # accepted by an inline reason or the baseline
    if f.verdict is Verdict.CONTRADICTED:
        return True
    return f.verdict is Verdict.UNSUPPORTED and f.severity in (Severity.ERROR, Severity.WARNING)


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", name="verify")
    total = failed = 0
    for art in report.articles:
        path = _x(art.article.path)
        cases = [f for f in art.findings if f.verdict is not Verdict.NOT_CHECKWORTHY]
        n_fail = sum(1 for f in cases if fails(f))
        total, failed = total + len(cases), failed + n_fail
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(len(cases)), failures=str(n_fail), errors="0")
        props = ET.SubElement(suite, "properties")
        for key, value in table_properties(report).items():
            ET.SubElement(props, "property", name=f"facts.{key}", value=_x(str(value)))
        for f in cases:
            line, col = line_col(art.article.text, f.claim.start)
            case = ET.SubElement(suite, "testcase", classname=path, name=_x(f"{line}:{col} {f.claim.text}"))
            if f.suppressed:
                ET.SubElement(case, "skipped", message=_x(f"suppressed: {f.suppressed}"))
            if not fails(f):
                continue
            failure = ET.SubElement(case, "failure", type=f.reason.value, message=_x(message(f)))
            if f.fact is not None:
                failure.text = _x(f"{f.fact.evidence}\nsource: {f.fact.source}")
            else:
                failure.text = "no fact backs it"
    root.set("tests", str(total))
    root.set("failures", str(failed))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
