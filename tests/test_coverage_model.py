"""The coverage model (issue 20): rows assigned to a drug and a label section, the reasons of empty
cells, `verify facts stats --coverage` and the warning of `verify facts check`."""

from __future__ import annotations

import csv
import difflib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_kb import GOOD, write_table

from pipeline.cli import main
from pipeline.coverage import (
    GAPS_NAME,
    coverage,
    coverage_markdown,
    coverage_problems,
    default_coverage,
    load_model,
    pruned_gaps,
    read_gaps,
    readme_block,
    with_readme_block,
)
from pipeline.errors import FactTableError
from pipeline.kb import DEFAULT_FACTS, load_kb

ROOT = Path(__file__).resolve().parent.parent
ENTITIES = (ROOT / "reference_entities.csv").read_text(encoding="utf-8")


def row(n: int, **change) -> dict:
    return {**GOOD, "id": f"F-{n:04d}", "statement": f"Statement number {n} of a table made in a test.", **change}


ROWS = [
    row(1, subject="alprazolam", relation="has_property", object="half_life", topic="pharmacokinetics"),
    row(2, subject="benzodiazepine", relation="causes", object="dependence", topic="dependence_withdrawal"),
    row(3, subject="flurazepam", relation="is_a", object="benzodiazepine", topic="classification"),
    row(4, subject="ketoconazole", relation="increases", object="alprazolam", topic="interactions"),
    row(5, subject="pregabalin", relation="is_a", object="controlled_substance", attribution="uk_law", topic="x"),
    row(6, id="M-0006", kind="myth", subject="alprazolam", relation="is_a", object="ssri", correction="No.", topic="x"),
    row(7, subject="diazepam", relation="treats", object="seizure", topic="indications"),
    row(8, subject="diazepam", relation="treats", object="insomnia", source_type="review", topic="indications"),
]


def table(tmp_path: Path, rows=ROWS, gaps: list[tuple[str, str, str]] | None = None) -> Path:
    """A table of `rows` with the shipped lexicon, and a gaps file giving `gaps` (drug, section, reason)."""
    path = write_table(tmp_path, rows, entities=ENTITIES)
    if gaps is not None:
        with (tmp_path / GAPS_NAME).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(["drug", "section", "reason", "note"])
            writer.writerows([(*gap, "") for gap in gaps])
    return path


def every_empty_cell(path: Path, leave_out: tuple[str, str] | None = None) -> list[tuple[str, str, str]]:
    """A reason ("not_verified") for every empty cell of the table at `path`, but `leave_out`."""
    cov = coverage(load_kb(path), load_model(), [])
    return [
        (drug, section, "not_verified")
        for drug, cells in cov.cells.items()
        for section, cell in cells.items()
        if not cell.facts and (drug, section) != leave_out
    ]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_rows_go_to_their_drug_and_section(tmp_path):
    cov = coverage(load_kb(table(tmp_path)), load_model(), [])
    cells = cov.cells
    assert cells["alprazolam"]["half_life"].facts == ["F-0001"]
    assert cells["alprazolam"]["cyp_inhibitors"].facts == ["F-0004"]  # the drug is the row's object here
    assert cells["diazepam"]["indications"].facts == ["F-0007"]  # a label's indication: the closed list
    assert cells["diazepam"]["other_uses"].facts == ["F-0008"]  # a review's: the open list
    # a class's row counts on the class's line, and is shown to its members as class_rows, not as rows
    assert cells["benzodiazepine"]["dependence"].facts == ["F-0002"]
    assert cells["clonazepam"]["dependence"].facts == [] and cells["clonazepam"]["dependence"].class_rows == 1
    # a UK row and a myth are kept apart: neither fills the US cell
    assert cells["pregabalin"]["class_schedule"].facts == [] and cells["pregabalin"]["class_schedule"].elsewhere
    assert cells["alprazolam"]["class_schedule"].myths == ["M-0006"] and not cells["alprazolam"]["class_schedule"].facts
    # "flurazepam is a benzodiazepine" is about flurazepam, not in the model: it says nothing of the class
    assert cells["benzodiazepine"]["class_schedule"].facts == [] and cov.outside == 1
    assert cov.unassigned == []


def test_check_warns_on_an_empty_cell_without_a_reason(tmp_path):
    path = table(tmp_path)
    table(tmp_path, gaps=every_empty_cell(path, leave_out=("oxazepam", "overdose")))
    code, out = run("facts", "check", str(path))
    lines = [line for line in out.splitlines() if "coverage:" in line]
    assert code == 0, out  # a warning: the exit code is the same
    assert lines == [
        f"{tmp_path / GAPS_NAME}: warning: coverage: oxazepam / overdose has no row and no reason "
        f"(write its rows, or give the reason in {GAPS_NAME})"
    ]
    assert run("facts", "check", str(path), "--strict")[0] == 2
    table(tmp_path, gaps=every_empty_cell(path))
    code, out = run("facts", "check", str(path), "--strict")
    assert code == 0 and "coverage" not in out, out


def test_a_table_without_a_gaps_file_is_not_checked_for_coverage(tmp_path):
    code, out = run("facts", "check", str(table(tmp_path)))
    assert code == 0 and "coverage" not in out


def test_a_reason_on_a_cell_with_rows_and_a_class_reason_without_class_rows(tmp_path):
    path = table(tmp_path)
    gaps = every_empty_cell(path) + [("alprazolam", "half_life", "not_verified")]
    gaps = [g if g[:2] != ("lorazepam", "overdose") else ("lorazepam", "overdose", "by_class") for g in gaps]
    gaps = [g if g[:2] != ("lorazepam", "dependence") else ("lorazepam", "dependence", "by_class") for g in gaps]
    table(tmp_path, gaps=gaps)
    cov, gaps_path = default_coverage(path)
    messages = [str(p) for p in coverage_problems(cov, str(gaps_path))]
    stale = len(gaps) + 1  # the line of the alprazolam reason (after the header)
    assert messages[0] == (
        f"{gaps_path}:{stale}: warning: coverage: alprazolam / half_life has 1 row(s) now: "
        "drop its reason 'not_verified'"
    )
    assert len(messages) == 2 and "lorazepam / overdose is left to its class (by_class)" in messages[1]
    # lorazepam / dependence is left to the class row F-0002: no warning; --prune drops the stale line
    kept = pruned_gaps(gaps_path, cov)
    assert kept.count("\n") == len(gaps) and "alprazolam,half_life" not in kept


@pytest.mark.parametrize(
    "line,words",
    [
        ("alprazolam,half_lives,not_verified,", "column 'section': unknown section 'half_lives'"),
        ("alprazolm,half_life,not_verified,", "column 'drug': unknown drug 'alprazolm'"),
        ("alprazolam,half_life,unsure,", "column 'reason': unknown reason 'unsure'"),
    ],
)
def test_a_bad_gaps_line_is_one_error_line(tmp_path, line, words):
    path = table(tmp_path, gaps=[])
    with (tmp_path / GAPS_NAME).open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    result = CliRunner().invoke(main, ["facts", "check", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == f"verify: error: [E002] {tmp_path / GAPS_NAME}:2: {words}"


def test_a_cell_given_twice_is_an_error(tmp_path):
    table(tmp_path, gaps=[("oxazepam", "overdose", "not_verified"), ("oxazepam", "overdose", "no_section")])
    with pytest.raises(FactTableError, match=r":3: column 'section': oxazepam overdose is given at line 2 too"):
        read_gaps(tmp_path / GAPS_NAME, load_model())


def test_stats_coverage_json_shape(tmp_path):
    path = table(tmp_path, gaps=[("oxazepam", "overdose", "no_section")])
    code, out = run("facts", "stats", str(path), "--coverage", "--format", "json")
    data = json.loads(out)
    model = load_model()
    assert code == 0
    assert [s["id"] for s in data["sections"]] == [s.id for s in model.sections]
    assert [d["id"] for d in data["drugs"]] == list(model.drugs)
    assert {r["id"] for r in data["reasons"]} == set(model.reasons)
    assert set(data["cells"]) == set(model.drugs)
    for cells in data["cells"].values():
        assert set(cells) == {s.id for s in model.sections}
        for cell in cells.values():
            assert cell["rows"] == len(cell["facts"])
    assert data["cells"]["alprazolam"]["half_life"] == {
        "rows": 1,
        "facts": ["F-0001"],
        "myths": [],
        "other_jurisdictions": [],
        "class_rows": 0,
        "reason": None,
        "note": "",
    }
    assert data["cells"]["oxazepam"]["overdose"]["reason"] == "no_section"
    assert ["oxazepam", "overdose"] not in data["unexplained"] and ["oxazepam", "dosing"] in data["unexplained"]
    assert data["outside"] == 1 and data["unassigned"] == []


def test_stats_coverage_text(tmp_path):
    path = table(tmp_path, gaps=[("oxazepam", "overdose", "no_section")])
    code, out = run("facts", "stats", str(path), "--coverage")
    lines = out.splitlines()
    assert code == 0
    header = lines[0].split()
    assert header[:3] == ["name", "str", "class"]
    oxazepam = next(line for line in lines if line.strip().startswith("Oxazepam")).split()
    assert oxazepam[1 + header.index("od")] == "-" and oxazepam[1 + header.index("dose")] == "!"
    alprazolam = next(line for line in lines if line.strip().startswith("Alprazolam")).split()
    assert alprazolam[1 + header.index("t1/2")] == "1"


def test_shipped_table_explains_every_empty_cell():
    cov, gaps_path = default_coverage()
    assert gaps_path.resolve() == (ROOT / GAPS_NAME).resolve()
    unexplained = [(d, s) for d, cells in cov.cells.items() for s, c in cells.items() if not c.facts and not c.gap]
    assert unexplained == []


def test_readme_block_is_the_generated_one():
    written = readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    generated = coverage_markdown(default_coverage()[0])
    if written != generated:
        diff = "\n".join(difflib.unified_diff(written.splitlines(), generated.splitlines(), "README.md", "generated"))
        pytest.fail(f"README.md's coverage matrix differs from `python -m pipeline.coverage --readme`:\n{diff}")


def test_readme_block_is_rewritten_in_place(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    changed = with_readme_block(readme, "| a | table |")
    assert readme_block(changed) == "| a | table |"
    assert changed.split("<!-- coverage matrix")[0] == readme.split("<!-- coverage matrix")[0]
    assert changed.split("<!-- end of coverage matrix -->")[1] == readme.split("<!-- end of coverage matrix -->")[1]
    with pytest.raises(FactTableError, match="README has no coverage block"):
        readme_block("# no block here\n")


def test_rule_data_is_validated(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "pipeline" / "data", data, symlinks=True)
    rules = (data / "coverage_rules.csv").read_text(encoding="utf-8")
    (data / "coverage_rules.csv").write_text(rules + "half_lives,,,half_life,,,,\n", encoding="utf-8")
    with pytest.raises(FactTableError, match=r"coverage_rules.csv:\d+: column 'section': unknown section 'half_lives'"):
        load_model(data)


def test_default_table_is_the_package_data():
    assert (DEFAULT_FACTS.parent / GAPS_NAME).resolve() == (ROOT / GAPS_NAME).resolve()


def test_the_module_command_reports_a_bad_table_in_one_line(monkeypatch, capsys):
    import pipeline.coverage as coverage
    from pipeline.errors import FactTableError

    def broken():
        raise FactTableError("coverage_gaps.csv:3: column 'reason': unknown reason 'maybe'")

    monkeypatch.setattr(coverage, "default_coverage", broken)
    assert coverage.main(["--prune"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown reason 'maybe'" in err and "Traceback" not in err
