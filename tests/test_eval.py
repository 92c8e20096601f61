"""`verify eval`: score.py's numbers on the seeds and real-dev, the gold format's errors, evidence
precision, the CI bars and --compare. Sentences here are our own."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from pipeline.cli import main
from pipeline.evaluate import GoldError, deciding, parse_bar
from pipeline.types import Claim, Finding, Reason, Severity, Verdict

SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"
REAL_DEV = ROOT.parent / "shared" / "eval" / "real-dev"
FIELDS = ("article", "quote", "label", "note", "fact_ids")

PAGE = (
    "Clonazepam is a benzodiazepine.\n"
    "Benzodiazepines raise the amount of GABA in the brain.\n"
    "Share this page with a friend.\n"
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def setup(tmp_path, monkeypatch):
    """(gold path, pages folder): one page and the gold rows given (a dict per row)."""
    monkeypatch.chdir(tmp_path)  # no configuration file of the repository applies
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_text(PAGE, encoding="utf-8")

    def write(rows):
        gold = tmp_path / "gold.csv"
        with gold.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=FIELDS)
            writer.writeheader()
            for row in rows:
                writer.writerow({"article": "p1.txt", "note": "", "fact_ids": "", **row})
        return str(gold), str(pages)

    return write


GOOD_ROWS = [
    {"quote": "Clonazepam is a benzodiazepine", "label": "true_core", "fact_ids": "F-0001"},
    {"quote": "raise the amount of GABA", "label": "contradicted", "fact_ids": "M-0002"},
    {"quote": "Share this page with a friend", "label": "noise"},
]


def _json(result):
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_metrics_confusion_and_evidence(runner, setup):
    gold, pages = setup(GOOD_ROWS)
    doc = _json(runner.invoke(main, ["eval", "--format", "json", gold, pages]))
    m = doc["metrics"]
    assert m["contradiction_recall"] == 1.0 and m["core_support_rate"] == 1.0 and m["noise_flag_rate"] == 0.0
    assert m["evidence_precision"] == 1.0 and m["evidence_items"] == 2 and m["items"] == 3
    assert doc["confusion"]["true_core"]["supported"] == 1
    assert doc["confusion"]["noise"]["not_checkworthy"] == 1
    assert [i["fact_id"] for i in doc["items"]] == ["F-0001", "M-0002", None]


def test_a_wrong_row_is_an_evidence_miss_listed_with_details(runner, setup):
    rows = [dict(GOOD_ROWS[0], fact_ids="F-0002"), *GOOD_ROWS[1:]]  # F-0002 is alprazolam's class row
    gold, pages = setup(rows)
    result = runner.invoke(main, ["eval", "--details", gold, pages])
    assert result.exit_code == 0
    assert "evidence_precision         0.500 (2 items)" in result.stdout
    assert "wrong row" in result.stdout and "cited: F-0001" in result.stdout
    assert "expected rows: F-0002" in result.stdout


def test_without_fact_ids_there_is_no_evidence_precision(runner, setup, tmp_path):
    gold, pages = setup(GOOD_ROWS)
    plain = tmp_path / "plain.csv"
    with open(gold, newline="", encoding="utf-8") as src, plain.open("w", newline="", encoding="utf-8") as dst:
        writer = csv.writer(dst)
        for row in csv.reader(src):
            writer.writerow(row[:4])
    doc = _json(runner.invoke(main, ["eval", "--format", "json", str(plain), pages]))
    assert "evidence_precision" not in doc["metrics"]
    result = runner.invoke(main, ["eval", str(plain), pages, "--fail-if", "evidence_precision<0.9"])
    assert result.exit_code == 1 and "not measured" in result.stderr


def test_a_quote_not_in_its_article_is_one_line_naming_the_row(runner, setup):
    gold, pages = setup([*GOOD_ROWS, {"quote": "Diazepam is an opioid", "label": "contradicted"}])
    result = runner.invoke(main, ["eval", gold, pages])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"verify: error: [E007] {gold}:5: quote not in p1.txt: 'Diazepam is an opioid'"
    ]


@pytest.mark.parametrize(
    "row, message",
    [
        ({"quote": "Clonazepam", "label": "wrong"}, "unknown label 'wrong'"),
        ({"article": "p2.txt", "quote": "Clonazepam", "label": "noise"}, "no page of that name"),
        ({"quote": "", "label": "noise"}, "empty article or quote"),
    ],
)
def test_bad_gold_rows_are_one_line(runner, setup, row, message):
    gold, pages = setup([GOOD_ROWS[0], row])
    result = runner.invoke(main, ["eval", gold, pages])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{gold}:3:" in lines[0] and message in lines[0]


def test_a_gold_file_without_its_columns_is_one_line(runner, setup, tmp_path):
    _, pages = setup(GOOD_ROWS)
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nClonazepam is a benzodiazepine.,true\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(bad), pages])
    assert result.exit_code == 2 and "missing column(s) article, quote" in result.stderr


def test_fail_if_bars_hold_or_fail_in_the_right_direction(runner, setup):
    rows = [*GOOD_ROWS, {"quote": "Share this page", "label": "true_core"}]  # core support 0.5
    gold, pages = setup(rows)
    held = runner.invoke(main, ["eval", gold, pages, "--fail-if", "core_support_rate<0.5"])
    assert held.exit_code == 0, held.output
    failed = runner.invoke(
        main, ["eval", gold, pages, "--fail-if", "core_support_rate<0.6", "--fail-if", "noise_flag_rate>0"]
    )
    assert failed.exit_code == 1
    assert "bar not held: core_support_rate is 0.500 (--fail-if core_support_rate<0.6)" in failed.stderr
    assert "noise_flag_rate" not in failed.stderr  # that bar holds


@pytest.mark.parametrize(
    "bar, message",
    [
        ("false_contradiction_rate<0.1", "write false_contradiction_rate>VALUE"),
        ("flag_recall>0.9", "write flag_recall<VALUE"),
        ("precision<0.9", "unknown metric"),
        ("flag_recall<high", "not a number"),
        ("flag_recall<2", "from 0 to 1"),
    ],
)
def test_bad_bars_are_usage_errors(bar, message):
    with pytest.raises(GoldError, match=message):
        parse_bar(bar)


def test_compare_with_another_table_lists_the_changed_items(runner, setup, tmp_path):
    gold, pages = setup(GOOD_ROWS)
    table = tmp_path / "table"
    table.mkdir()
    (table / "reference_entities.csv").write_bytes((ROOT / "reference_entities.csv").read_bytes())
    lines = (ROOT / "reference_facts.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (table / "reference_facts.csv").write_text(
        "".join(line for line in lines if not line.startswith("F-0001,")), encoding="utf-8"
    )
    args = ["eval", "--format", "json", gold, pages, "--compare", "--facts-b", str(table / "reference_facts.csv")]
    doc = _json(runner.invoke(main, args))
    changed = doc["changed"]
    assert [c["row"] for c in changed] == [2]
    assert changed[0]["a"]["fact_id"] == "F-0001" and changed[0]["b"]["fact_id"] != "F-0001"
    assert changed[0]["effect"] in ("worse", "changed")
    text = runner.invoke(main, ["eval", gold, pages, "--facts-b", str(table / "reference_facts.csv")]).stdout
    assert "changed items (1):" in text and "contradiction_recall" in text


def test_compare_against_a_saved_result(runner, setup, tmp_path):
    gold, pages = setup(GOOD_ROWS)
    saved = tmp_path / "before.json"
    assert runner.invoke(main, ["eval", "--format", "json", gold, pages, "-o", str(saved)]).exit_code == 0
    result = runner.invoke(main, ["eval", gold, pages, "--compare", "--against", str(saved)])
    assert result.exit_code == 0 and "changed items (0):" in result.stdout
    other, _ = setup(GOOD_ROWS[:2])
    mismatch = runner.invoke(main, ["eval", other, pages, "--against", str(saved)])
    assert mismatch.exit_code == 2 and "different gold items" in mismatch.stderr
    alone = runner.invoke(main, ["eval", gold, pages, "--compare"])
    assert alone.exit_code == 2 and "--facts-b" in alone.stderr


def test_html_quotes_are_found_in_the_extracted_text(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_text(
        "<html><body><nav>Home | Shop</nav><article><h1>Lorazepam</h1>"
        "<p>Lorazepam&nbsp;is a benzodiazepine.</p></article></body></html>",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.csv"  # the quote is in the extracted text, not in the page's source
    gold.write_text("article,quote,label,note\npage.html,Lorazepam is a benzodiazepine,true_core,\n", encoding="utf-8")
    doc = _json(runner.invoke(main, ["eval", "--format", "json", str(gold), str(tmp_path / "page.html")]))
    assert doc["items"][0]["verdict"] == "supported"


def _finding(start, end, verdict, cid):
    claim = Claim(id=cid, text=cid, start=start, end=end, sentence=cid)
    return Finding(claim, Verdict(verdict), Reason.NO_MATCHING_FACT, Severity.NONE)


def test_the_deciding_finding_is_the_first_of_the_worst_verdict():
    findings = [
        _finding(0, 10, "supported", "c1"),
        _finding(5, 20, "unsupported", "c2"),
        _finding(8, 30, "unsupported", "c3"),
        _finding(30, 40, "contradicted", "c4"),  # touches the quote's end only: no overlap
    ]
    decided = deciding(findings, 8, 30)
    assert decided is not None and decided.claim.id == "c2"
    assert deciding(findings, 40, 50) is None


def _score_py(gold, pages) -> tuple[dict, list[str]]:
    cmd = f"{sys.executable} -m pipeline.cli --format json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(SCORE_PY), "--details", "--json", "--cmd", cmd, str(gold), str(pages)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    *details, metrics = done.stdout.strip().splitlines()
    return json.loads(metrics), [line.split(" -> ")[1].split()[0] for line in details]


@pytest.mark.parametrize(
    "gold, pages",
    [(SEEDS / "expected.csv", SEEDS), (REAL_DEV / "gold.csv", REAL_DEV / "pages")],
    ids=["seeds", "real-dev"],
)
def test_agrees_with_score_py(verifier, gold, pages):
    """Issue 19: `verify eval` gives score.py's metrics to the third decimal, item by item."""
    if not SCORE_PY.exists() or not gold.exists():
        pytest.skip("../shared is not present")
    from pipeline.evaluate import evaluate

    expected, verdicts = _score_py(gold, pages)
    ev = evaluate(gold, [str(p) for p in sorted(pages.iterdir())], verifier)
    got = ev.metrics()
    print(gold, {k: round(v, 3) for k, v in got.items() if isinstance(v, float)})
    for key, value in expected.items():
        assert round(got[key], 3) == round(value, 3), key
    assert [r.verdict for r in ev.results] == verdicts
