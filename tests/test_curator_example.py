"""The README's worked example (examples/curator): audit, read the top groups, draft two rows, fill them
in, and `verify eval --compare` shows their effect. The commands of the README, run here."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "curator"
TABLE = EXAMPLE / "table" / "reference_facts.csv"
IDENTITY = ("subject", "relation", "object", "aspect", "polarity", "qualifier")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def audit_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("curator") / "audit"
    code, output = run("audit", str(EXAMPLE / "pages"), "--facts", str(TABLE), "--out", str(out), "--workers", "1")
    assert code == 0, output
    return out


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_top_groups_are_the_claims_made_on_most_pages(audit_out):
    groups = csv_rows((audit_out / "unsupported.csv").read_text(encoding="utf-8"))
    top = [(g["entities"], g["pages"]) for g in groups]
    # dry mouth for Calmora on four pages, headaches for Restiva on three; Calmora's headache alone
    assert top == [("dry_mouth|zorvadine", "4"), ("headache|pelmastat", "3"), ("headache|zorvadine", "1")]


def test_draft_fill_compare(audit_out, tmp_path):
    code, drafts = run(
        "facts", "draft", "--from", str(audit_out / "unsupported.csv"), "--top", "2", "--facts", str(TABLE)
    )
    assert code == 0, drafts
    drafted = csv_rows(drafts)
    filled = csv_rows((EXAMPLE / "filled-rows.csv").read_text(encoding="utf-8"))
    # the person kept what the extractor understood and the ids, and filled the rest from LABELS.md
    assert [{c: r[c] for c in ("id",) + IDENTITY} for r in drafted] == [
        {c: r[c] for c in ("id",) + IDENTITY} for r in filled
    ]
    # the drafts as they are: refused
    table = tmp_path / "table"
    shutil.copytree(TABLE.parent, table)
    original = (table / "reference_facts.csv").read_text(encoding="utf-8")
    (table / "reference_facts.csv").write_text(original + drafts.split("\n", 1)[1], encoding="utf-8")
    code, output = run("facts", "check", str(table / "reference_facts.csv"))
    assert code == 2 and output.count("draft row: fill in source, source_type, reviewed and kind") == 2
    # filled in: accepted, and the gold file shows their effect
    filled_text = (EXAMPLE / "filled-rows.csv").read_text(encoding="utf-8").split("\n", 1)[1]
    (table / "reference_facts.csv").write_text(original + filled_text, encoding="utf-8")
    assert run("facts", "check", str(table / "reference_facts.csv"))[0] == 0
    code, output = run(
        "eval",
        str(EXAMPLE / "gold.csv"),
        str(EXAMPLE / "pages"),
        "--facts",
        str(TABLE),
        "--facts-b",
        str(table / "reference_facts.csv"),
        "--format",
        "json",
    )
    assert code == 0, output
    result = json.loads(output)
    a, b = result["a"]["metrics"], result["b"]["metrics"]
    assert (a["core_support_rate"], b["core_support_rate"]) == (0.3, 1.0)
    # Calmora's headache is in no label: it stays flagged
    assert a["flag_recall"] == b["flag_recall"] == 1.0 and b["false_contradiction_rate"] == 0.0
    assert len(result["changed"]) == 7
