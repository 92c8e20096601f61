"""`verify facts check / find / stats`: the tools the table's keepers use."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from test_kb import GOOD, write_table

from pipeline.cli import main
from pipeline.kb import DEFAULT_FACTS, read_table
from pipeline.lint import lint_facts


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def row(**change):
    return {**GOOD, **change}


def test_shipped_table_passes_every_check():
    code, out = run("facts", "check")
    assert code == 0, out
    facts, errors = read_table(DEFAULT_FACTS)
    # Only age warnings are allowed: the table ages between reviews, its content must not conflict.
    assert errors == [] and [p for p in lint_facts(facts, "t") if p.column != "reviewed"] == []
    assert len(facts) >= 400


@pytest.mark.parametrize(
    "rows,line,column,words",
    [
        # a bad row: unknown relation
        ([row(), row(id="F-0002", relation="cures", statement="x")], 3, "relation", "unknown relation"),
        # duplicate id
        ([row(), row(statement="Klonopin is a benzo.")], 3, "id", "duplicate id"),
        # missing source
        ([row(source="")], 2, "source", "source is required"),
        # unknown unit
        ([row(qty_min="1", qty_max="2", unit="fortnights")], 2, "unit", "unknown unit"),
        # min > max
        ([row(qty_min="5", qty_max="2", unit="hours")], 2, "qty_min", "greater than"),
        # a conflicting pair: the same triple affirmed and negated
        (
            [row(), row(id="F-0002", polarity="negated", statement="Clonazepam is not a benzodiazepine.")],
            3,
            "polarity",
            "contradicts F-0001",
        ),
        # opposite directions
        (
            [
                row(relation="increases", object="gaba", statement="Clonazepam raises GABA."),
                row(id="F-0002", relation="decreases", object="gaba", statement="Clonazepam lowers GABA."),
            ],
            3,
            "relation",
            "opposite direction",
        ),
        # numeric ranges that cannot both hold
        (
            [
                row(relation="has_property", object="gaba", qty_min="30", qty_max="40", unit="hours", statement="a"),
                row(
                    id="F-0002",
                    relation="has_property",
                    object="gaba",
                    qty_min="2",
                    qty_max="3",
                    unit="hours",
                    statement="b",
                ),
            ],
            3,
            "qty_min",
            "does not overlap",
        ),
        # a myth that restates a fact
        (
            [row(), row(id="M-0001", kind="myth", statement="Klonopin is a benzo.", correction="c")],
            3,
            "kind",
            "say the same thing",
        ),
        # the same statement twice
        ([row(), row(id="F-0002", relation="binds", object="gaba")], 3, "statement", "same statement"),
        # a review date in the future
        ([row(reviewed="2999-01-01")], 2, "reviewed", "in the future"),
    ],
)
def test_broken_tables_name_row_and_column(tmp_path, rows, line, column, words):
    path = write_table(tmp_path, rows)
    code, out = run("facts", "check", str(path))
    assert code == 2, out
    hits = [x for x in out.splitlines() if f":{line}: column '{column}'" in x and words in x]
    assert hits, out


def test_stale_rows_warn_and_strict_fails(tmp_path):
    old = (dt.date.today() - dt.timedelta(days=800)).isoformat()
    path = write_table(tmp_path, [row(reviewed=old)])
    code, out = run("facts", "check", str(path))
    assert code == 0 and "warning" in out and ":2: column 'reviewed'" in out
    assert run("facts", "check", str(path), "--strict")[0] == 2
    assert run("facts", "check", str(path), "--max-age", "1000")[1].count("warning") == 0


def test_near_duplicate_is_a_warning(tmp_path):
    rows = [
        row(statement="Clonazepam is a benzodiazepine medicine."),
        row(id="F-0002", statement="Clonazepam is a benzodiazepine medicine too."),
    ]
    code, out = run("facts", "check", str(write_table(tmp_path, rows)))
    assert code == 0 and "nearly the same statement as F-0001" in out


def test_find_lists_rows_with_scores_and_reasons():
    code, out = run("facts", "find", "Valium cuts the amount of serotonin neurons release.")
    assert code == 0, out
    first = out.splitlines()[1]
    assert "M-0001" in first and "myth_match" in first
    assert float(first.split()[0]) > 50


def test_find_falls_back_to_wording_without_entities():
    code, out = run("facts", "find", "Some people say that daily stress drains the calming chemicals of the brain.")
    assert code == 0
    assert "claim:" in out


def test_stats_counts_every_row():
    code, out = run("facts", "stats", "--format", "json")
    stats = json.loads(out)
    assert code == 0
    assert sum(stats["kind"].values()) == stats["rows"] == sum(stats["source_type"].values())
    assert set(stats["source_type"]) <= {"label", "agency", "guideline", "review", "textbook"}
    assert stats["entity"]["benzodiazepine"] > 10
    code, text = run("facts", "stats")
    assert "by source type" in text and "by review age" in text


def test_reports_carry_table_version_and_hash(verifier):
    from pipeline.render import render

    report = verifier.verify_text("Clonazepam is a benzodiazepine.")
    data = json.loads(render(report, "json"))
    assert data["facts"]["version"] == report.facts.version and len(data["facts"]["sha256"]) == 64
    for fmt in ("text", "markdown", "sarif", "junit"):
        assert report.facts.sha256[:16] in render(report, fmt), fmt


def test_alias_claimed_by_two_entities_is_an_error(tmp_path):
    path = write_table(tmp_path, [row()])
    lexicon = tmp_path / "reference_entities.csv"
    lexicon.write_text(lexicon.read_text() + "diazepam,drug,diazepam,diazepam|klonopin,benzodiazepine\n")
    code, out = run("facts", "check", str(path))
    assert code == 2 and "reference_entities.csv:5: column 'aliases'" in out and "also an alias of clonazepam" in out


def test_find_reads_a_sentence_typed_without_its_full_stop():
    code, out = run("facts", "find", "Valium cuts the amount of serotonin neurons release")
    assert code == 0, out
    assert "heading" not in out and "M-0001" in out.splitlines()[1]


def test_find_without_a_sentence_is_a_usage_error():
    code, out = run("facts", "find", "   ")
    assert code == 2
