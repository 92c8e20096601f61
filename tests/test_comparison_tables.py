"""Comparison tables: a row of marks under a header of drugs is read as one sentence per mark, with
the meaning the line before the table gives it (`pipeline/extract/tables.py`)."""

from __future__ import annotations

import pytest

from pipeline.errors import FactTableError
from pipeline.extract.tables import load_table_readings, row_sentences, table_cells


def drug_cell(cell: str) -> bool:
    return cell.lower() in {"xanax", "valium", "klonopin", "lexapro", "zoloft"}


APPROVALS = """Which conditions each drug is approved for:
Condition | Klonopin | Xanax |
---|---|---|
Panic disorder | ✔️ | ✔️ |
Seizure disorders | ✔️ | ✔️ |
"""


def verdicts(findings, text: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.verdict.value) for f in findings(text)]


def test_a_row_of_marks_is_one_claim_per_drug(findings):
    found = verdicts(findings, APPROVALS)
    assert ("Klonopin is FDA-approved for Panic disorder", "supported") in found, found
    assert ("Xanax is FDA-approved for Seizure disorders", "contradicted") in found, found


def test_each_claim_spans_its_table_row(findings):
    row = "Seizure disorders | ✔️ | ✔️ |"
    start = APPROVALS.index(row)
    spans = {(f.claim.start, f.claim.end) for f in findings(APPROVALS) if "Seizure" in f.claim.text}
    assert spans == {(start, start + len(row))}, spans


def test_a_cross_is_a_denial(findings):
    text = "What each is approved to treat:\nCondition | Lexapro |\n---|---|\nPanic disorder | ❌ |\n"
    assert ("Lexapro is not FDA-approved for Panic disorder", "supported") in verdicts(findings, text)


def test_a_table_whose_lead_names_no_reading_is_read_as_before(findings):
    text = "Compare the two:\nCondition | Klonopin | Xanax |\n---|---|---|\nSeizure disorders | ✔️ | ✔️ |\n"
    assert not any(v == "contradicted" for _, v in verdicts(findings, text))


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| Feature | Xanax | Valium |", ["Feature", "Xanax", "Valium"]),
        ("Drug | Half-life", None),
        ("a | | b", None),
    ],
)
def test_table_cells(line, cells):
    assert table_cells(line) == cells


def test_a_row_of_text_cells_gives_no_sentences():
    readings = load_table_readings()
    header, row = ["Feature", "Xanax", "Valium"], ["Side effects", "drowsiness", "fatigue"]
    assert row_sentences(header, row, "Common side effects:", readings, drug_cell) is None


@pytest.mark.parametrize("row", ["reading,approved,{drug} is approved.", "yes,✔️,something", "maybe,?,"])
def test_a_bad_reading_row_names_its_file_and_line(tmp_path, row):
    (tmp_path / "table_readings.csv").write_text(f"kind,phrase,value\n{row}\n", encoding="utf-8")
    with pytest.raises(FactTableError, match=r"table_readings.csv:2:"):
        load_table_readings(tmp_path)


def test_a_table_without_a_header_of_drugs_gives_no_sentences():
    readings = load_table_readings()
    header, row = ["Panic disorder", "✔️", "❌"], ["PTSD", "✔️", "❌"]
    assert row_sentences(header, row, "Approved uses:", readings, drug_cell) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Off-label uses (none of these are FDA-approved):",
        "Not all of these uses are FDA-approved:",
        "Is it approved as a first-line treatment?",
        "Approved for children and teens:",
        "Approved in the UK:",
        "Approved uses (✔️ = approved, ❌ = used off-label):",
    ],
)
def test_a_lead_that_narrows_or_turns_the_marks_leaves_the_table_unread(findings, lead):
    text = f"{lead}\nCondition | Klonopin | Zoloft |\n---|---|---|\nInsomnia | ✔️ | ❌ |\nDepression | ❌ | ✔️ |\n"
    assert not any(v == "contradicted" for _, v in verdicts(findings, text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "table",
    [
        "Effect | Therapy | Xanax |\n---|---|---|\nDependence | ❌ | ✔️ |",
        "Drug | Panic disorder | Depression |\n---|---|---|\nXanax | ✔️ | ❌ |",
    ],
)
def test_a_header_of_anything_but_drugs_leaves_the_table_unread(findings, table):
    found = verdicts(findings, f"Approved uses and side effects compared:\n{table}\n")
    assert not any("FDA-approved" in t or "can cause" in t for t, _ in found), found


def test_an_unmarked_side_effect_is_not_denied(findings):
    text = "Common side effects:\nEffect | Lexapro | Zoloft |\n---|---|---|\nInsomnia | ❌ | ✔️ |\n"
    found = verdicts(findings, text)
    assert ("Zoloft can cause Insomnia", "supported") in found, found
    assert not any(t.startswith("Lexapro") for t, _ in found), found


def test_an_html_table_is_read_as_its_text_rows(findings):
    from pipeline.read import html_main_text

    html = (
        "<html><body><article><p>Klonopin and Xanax are two benzodiazepines that many adults in the"
        " United States are prescribed for anxiety and panic.</p><p>What each drug is approved for:</p>"
        "<table><tr><th>Condition</th><th>Klonopin</th><th>Xanax</th></tr>"
        "<tr><td>Seizure disorders</td><td>✔️</td><td>✔️</td></tr></table></article></body></html>"
    )
    found = verdicts(findings, html_main_text(html))
    assert ("Xanax is FDA-approved for Seizure disorders", "contradicted") in found, found
