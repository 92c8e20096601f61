"""`verify facts draft`: rows drafted from claims, and the loader refusing them until a person fills them."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner
from test_kb import ENTITIES as KB_ENTITIES
from test_kb import GOOD, write_table

from pipeline.cli import main
from pipeline.draft import DRAFT_COLUMNS, DRAFT_EMPTY, claims_from_csv, draft_rows
from pipeline.errors import FactTableError, InputError
from pipeline.kb import FACT_COLUMNS, check_table, load_kb

ENTITIES = (
    KB_ENTITIES
    + """lorazepam,drug,lorazepam,lorazepam|ativan,benzodiazepine
diazepam,drug,diazepam,diazepam|valium,benzodiazepine
serotonin,neurotransmitter,serotonin,serotonin,
half_life,concept,half-life,half-life|half life,
"""
)


def drafted(*claims: str, facts=None) -> list[dict]:
    args = ["facts", "draft", *claims] + (["--facts", str(facts)] if facts else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_draft_fills_what_the_extractor_understood(extractor, kb):
    rows = draft_rows(
        ["Ativan has a half-life of roughly 14 hours", "Diazepam does not increase serotonin levels."], extractor, kb
    )
    assert [r["statement"] for r in rows] == [
        "Ativan has a half-life of roughly 14 hours.",
        "Diazepam does not increase serotonin levels.",
    ]
    first, second = rows
    assert (first["subject"], first["relation"], first["object"]) == ("lorazepam", "has_property", "half_life")
    assert (first["qty_min"], first["qty_max"], first["unit"], first["qty_type"]) == ("14", "14", "hours", "point")
    assert (second["subject"], second["relation"], second["object"]) == ("diazepam", "increases", "serotonin")
    assert (second["aspect"], second["polarity"]) == ("amount", "negated")
    for row in rows:
        assert all(row[c] == "" for c in DRAFT_EMPTY)
    # fresh ids after the table's highest F- id, one per row
    top = max(int(f.id[2:]) for f in kb.facts if f.id.startswith("F-"))
    assert [r["id"] for r in rows] == [f"F-{top + 1:04d}", f"F-{top + 2:04d}"]


def test_draft_ids_follow_the_given_table(tmp_path):
    table = write_table(tmp_path, [GOOD, {**GOOD, "id": "F-0041", "statement": "Klonopin is a benzo."}])
    rows = drafted("Clonazepam is a benzodiazepine", "Klonopin is a benzo", facts=table)
    assert [r["id"] for r in rows] == ["F-0042", "F-0043"]
    assert list(rows[0]) == list(DRAFT_COLUMNS)


def test_a_draft_row_is_refused_by_the_loader_until_filled(tmp_path):
    header = FACT_COLUMNS + ("manner", "qty_type", "qty_values", "scope")
    base = write_table(tmp_path, [GOOD], entities=ENTITIES)
    draft = drafted("Lorazepam has a half-life of roughly 14 hours", facts=base)[0]
    assert (draft["subject"], draft["object"], draft["qty_type"]) == ("lorazepam", "half_life", "point")
    table = write_table(tmp_path, [GOOD, draft], header=header, entities=ENTITIES)
    message = "draft row: fill in source, source_type, reviewed and kind"
    with pytest.raises(FactTableError, match=r"reference_facts.csv:3: column 'kind': " + message):
        load_kb(table)
    # the one-line error names every column still empty; `facts check` says the same
    assert check_table(table) == [f"{table}:3: column 'kind': {message} (empty: kind, source, source_type, reviewed)"]
    # the checker refuses to run on it: exit 2, one line, nothing judged
    page = tmp_path / "page.txt"
    page.write_text("Lorazepam has a half-life of about 14 hours.\n")
    result = CliRunner().invoke(main, ["check", str(page), "--facts", str(table)])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    # a person fills it in from a source they have read: now it loads and decides the claim
    filled = {**draft, "kind": "fact", "source": "Example label, section 12", "source_type": "label"}
    filled.update(reviewed="2026-12-01", qty_min="10", qty_max="20")
    table = write_table(tmp_path, [GOOD, filled], header=header, entities=ENTITIES)
    assert [f.id for f in load_kb(table).facts] == ["F-0001", draft["id"]]


def test_a_row_missing_only_its_source_is_not_called_a_draft(tmp_path):
    problems = check_table(write_table(tmp_path, [GOOD, {**GOOD, "id": "F-0002", "source": ""}]))
    assert len(problems) == 1 and "source is required" in problems[0] and "draft" not in problems[0]


def test_draft_from_an_unsupported_csv(tmp_path):
    groups = tmp_path / "unsupported.csv"
    groups.write_text(
        "rank,pages,claims,entities,example_claim,reason,example_page\n"
        "1,3,4,diazepam|serotonin,[Valium] It does not raise serotonin,no_matching_fact,a.txt\n"
        "2,2,2,lorazepam,Lorazepam is sold as tablets,no_matching_fact,b.txt\n"
    )
    assert claims_from_csv(groups, top=1) == ["[Valium] It does not raise serotonin"]
    result = CliRunner().invoke(main, ["facts", "draft", "--from", str(groups), "--top", "1"])
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.output)))
    assert row["statement"] == "Valium does not raise serotonin."  # the referent stands for "it"
    assert (row["subject"], row["object"], row["polarity"]) == ("diazepam", "serotonin", "negated")


def test_draft_bad_input_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    for args in (["facts", "draft"], ["facts", "draft", "--from", str(tmp_path / "other.csv")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    with pytest.raises(InputError):
        claims_from_csv(tmp_path / "missing.csv")
