"""Renderers: golden files for every format over one hand-built sample report, plus format checks.

The sample lives in tests/golden/sample_report.py; after an intended output change run
`python tests/golden/regenerate.py` and review the diff of tests/golden/.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN_DIR))

from sample_report import GOLDEN, HOSTILE_CLAIM, HOSTILE_EVIDENCE, golden_text, sample_report  # noqa: E402

from pipeline.render import FORMATS, render  # noqa: E402
from pipeline.types import Severity, Verdict  # noqa: E402


@pytest.fixture(scope="module")
def report():
    return sample_report()


def out(report, fmt: str) -> str:
    return render(report, fmt)


def test_every_format_has_a_golden_file():
    assert set(GOLDEN) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(report, fmt):
    expected = (GOLDEN_DIR / f"sample.{GOLDEN[fmt]}").read_bytes().decode("utf-8")
    assert golden_text(report, fmt) == expected, f"{fmt} output changed; run tests/golden/regenerate.py if intended"


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic_and_newline_terminated(report, fmt):
    first = out(report, fmt)
    assert first == out(sample_report(), fmt)
    assert first.endswith("\n")


def test_unknown_format(report):
    with pytest.raises(ValueError):
        render(report, "yaml")


def test_sample_covers_every_kind(report):
    findings = list(report.findings())
    kinds = {(f.verdict, f.severity) for f in findings}
    assert (Verdict.CONTRADICTED, Severity.ERROR) in kinds
    assert (Verdict.UNSUPPORTED, Severity.WARNING) in kinds
    assert (Verdict.UNSUPPORTED, Severity.INFO) in kinds
    assert any(f.verdict is Verdict.SUPPORTED for f in findings)
    assert any(f.verdict is Verdict.NOT_CHECKWORTHY for f in findings)
    for art in report.articles:
        for f in art.findings:
            assert art.article.text[f.claim.start : f.claim.end] == f.claim.text


# jsonl -----------------------------------------------------------------------------------------


def test_jsonl_one_parseable_object_per_claim(report):
    from pipeline.render import Positions
    from pipeline.render.json import claim_record

    lines = out(report, "jsonl").splitlines()
    findings = [(a.article, f) for a in report.articles for f in a.findings]
    assert len(lines) == len(findings)
    for line, (article, finding) in zip(lines, findings):
        obj = json.loads(line)
        assert obj == {"path": article.path, **claim_record(finding, Positions(article))}
        before = article.text[: obj["start"]]  # line and column of the claim's start, both from 1
        assert (obj["line"], obj["column"]) == (before.count("\n") + 1, len(before.split("\n")[-1]) + 1)
        assert (obj["source_line"], obj["source_column"]) == (obj["line"], obj["column"])  # a text file: the same
    assert json.loads(lines[2])["text"] == HOSTILE_CLAIM


def test_jsonl_escapes_unicode_line_separators(report):
    art = report.articles[0]
    f = art.findings[1]
    odd = dataclasses.replace(f, claim=dataclasses.replace(f.claim, text="a\u2028b\u2029c\x85d"))
    odd_report = dataclasses.replace(report, articles=(dataclasses.replace(art, findings=(odd,)),))
    lines = out(odd_report, "jsonl").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["text"] == "a\u2028b\u2029c\x85d"


# csv -------------------------------------------------------------------------------------------


def test_csv_header_rows_and_formula_neutralised(report):
    rows = list(csv.reader(io.StringIO(out(report, "csv"), newline="")))
    assert rows[0] == [
        "path",
        "line",
        "column",
        "id",
        "verdict",
        "severity",
        "reason",
        "fact_id",
        "score",
        "text",
        "evidence",
        "source",
        "suppressed",
    ]
    assert len(rows) - 1 == sum(len(a.findings) for a in report.articles)
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    hostile = next(r for r in rows if r[3] == "c3" and r[0] == report.articles[0].article.path)
    assert hostile[9] == "'" + HOSTILE_CLAIM  # newline, comma, quotes survive inside the quoted cell
    assert hostile[10] == "'" + HOSTILE_EVIDENCE
    assert hostile[1:3] == ["3", "1"]


# github ----------------------------------------------------------------------------------------


def test_github_commands(report):
    text = out(report, "github")
    lines = text.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    flagged = [f for f in report.findings() if f.verdict in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED)]
    assert len(lines) == len(flagged) == 3
    assert [ln.split(" ", 1)[0] for ln in lines] == ["::error", "::notice", "::warning"]
    for line in lines:
        assert line.startswith(("::error ", "::warning ", "::notice "))
        assert "\r" not in line
        props, message = line.split(" ", 1)[1].split("::", 1)
        keys = [p.split("=", 1)[0] for p in props.split(",")]
        assert keys == ["file", "line", "col", "endLine", "endColumn", "title"]
    error = lines[0]
    assert "%0A" in error and "50%25" in error and "50% " not in error
    assert "endLine=4,endColumn=12" in error
    assert "title=verify myth_match::contradicted: =HYPERLINK" in error
    assert "(M-0001, Klonopin (clonazepam) prescribing information, CLINICAL PHARMACOLOGY)" in error
    assert lines[2].endswith("::unsupported: Clonazepam is also used for restless legs — no fact backs it")


def test_github_property_escaping():
    from pipeline.render.github import escape_data, escape_property

    assert escape_property("a,b: 5%\r\n") == "a%2Cb%3A 5%25%0D%0A"
    assert escape_data("a,b: 5%\r\n") == "a,b: 5%25%0D%0A"


# markdown --------------------------------------------------------------------------------------


def test_markdown_tables(report):
    text = out(report, "markdown")
    assert "| Line | Verdict | Claim | Evidence | Fact | Source |" in text
    assert "## claims/articles/01\\_klonopin\\_basics.txt" in text
    assert "<script>" not in text and "&lt;script&gt;" in text
    table = [ln for ln in text.splitlines() if ln.startswith("| ") and not ln.startswith("| Line")]
    assert len(table) == 3  # contradicted + two unsupported; supported and headings are left out
    for row in table:
        # every row has exactly the header's 6 cells once escaped pipes are ignored
        assert row.replace("\\|", "").count("|") == 7
    assert "Clonazepam belongs to" not in text
    assert "No contradicted or unsupported claims." in text


# sarif -----------------------------------------------------------------------------------------


def test_sarif_structure(report):
    doc = json.loads(out(report, "sarif"))
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "verify" and driver["version"] == report.version
    assert "informationUri" not in driver
    assert [r["id"] for r in driver["rules"]] == ["myth_match", "no_matching_fact"]
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    results = run["results"]
    assert [r["level"] for r in results] == ["error", "note", "warning"]
    rule_ids = {r["id"] for r in driver["rules"]}
    for r in results:
        assert r["ruleId"] in rule_ids
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert set(r["properties"]) == {"verdict", "fact_id", "evidence_ids", "source", "score"}
    first = results[0]
    loc = first["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "claims/articles/01_klonopin_basics.txt"
    text = report.articles[0].article.text
    region = loc["region"]
    assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == HOSTILE_CLAIM
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 1, 4, 12)
    assert first["properties"] == {
        "verdict": "contradicted",
        "fact_id": "M-0001",
        "evidence_ids": ["M-0001"],
        "source": "Klonopin (clonazepam) prescribing information, CLINICAL PHARMACOLOGY",
        "score": 93.5,
    }


# junit -----------------------------------------------------------------------------------------


def test_junit_parses_and_counts_failures(report):
    text = out(report, "junit")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [a.article.path for a in report.articles]
    expected_failures = sum(
        1
        for f in report.findings()
        if f.verdict is Verdict.CONTRADICTED
        or (f.verdict is Verdict.UNSUPPORTED and f.severity in (Severity.ERROR, Severity.WARNING))
    )
    failures = root.findall("./testsuite/testcase/failure")
    assert len(failures) == expected_failures == 2
    assert int(root.get("failures")) == expected_failures
    assert sum(int(s.get("failures")) for s in suites) == expected_failures
    for suite, art in zip(suites, report.articles):
        checkworthy = [f for f in art.findings if f.verdict is not Verdict.NOT_CHECKWORTHY]
        assert int(suite.get("tests")) == len(suite.findall("testcase")) == len(checkworthy)
    assert [f.get("type") for f in failures] == ["myth_match", "no_matching_fact"]
    hostile = suites[0].findall("testcase")[1]
    assert hostile.get("name") == "3:1 " + HOSTILE_CLAIM
    assert hostile.get("classname") == report.articles[0].article.path
    assert HOSTILE_EVIDENCE in hostile.find("failure").text


def test_junit_drops_characters_xml_cannot_carry(report):
    art = report.articles[0]
    f = art.findings[2]
    odd = dataclasses.replace(f, claim=dataclasses.replace(f.claim, text="bad\x0c\x00char"))
    odd_report = dataclasses.replace(report, articles=(dataclasses.replace(art, findings=(odd,)),))
    root = ET.fromstring(out(odd_report, "junit").encode("utf-8"))
    assert root.find("./testsuite/testcase").get("name").endswith("bad\ufffd\ufffdchar")


def test_sarif_validates_against_the_official_schema():
    import json
    from pathlib import Path

    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(json.loads(render(sample_report(), "sarif"))), key=str
    )
    assert errors == []


def test_junit_parses_with_a_junit_parser(tmp_path):
    from junitparser import JUnitXml

    report = sample_report()
    path = tmp_path / "junit.xml"
    path.write_text(render(report, "junit"), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert len(suites) == len(report.articles)
    failures = sum(1 for suite in suites for case in suite for r in case.result if r._tag == "failure")
    assert failures == sum(s.failures for s in suites) > 0
