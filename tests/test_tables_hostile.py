"""Broken and huge fact tables, through both doors: `verify facts check PATH` (every problem, one per
line) and `verify --facts PATH FILE` (the first problem, one line). Each names the file, the row (CSV
line) and the column, exits 2, and never shows a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.kb import FACT_COLUMNS

ENTITIES = """id,type,label,aliases,parents
clonazepam,drug,clonazepam,clonazepam|klonopin,benzodiazepine
benzodiazepine,drug_class,benzodiazepine,benzodiazepine|benzodiazepines,
gaba,neurotransmitter,GABA,gaba,
filler_a,concept,filler a,qqfillera,
filler_b,concept,filler b,qqfillerb,
"""
GOOD = {
    "id": "F-0001",
    "kind": "fact",
    "subject": "clonazepam",
    "relation": "is_a",
    "object": "benzodiazepine",
    "polarity": "affirmed",
    "statement": "Clonazepam is a benzodiazepine.",
    "source": "Klonopin label",
    "source_type": "label",
    "reviewed": "2026-11-01",
}
RANGE = dict(
    GOOD,
    id="F-0002",
    relation="has_property",
    object="gaba",
    qty_min="30",
    qty_max="40",
    unit="hours",
    statement="A GABA property lasts 30 to 40 hours.",
)
HEADER = ",".join(FACT_COLUMNS)


def csv_text(rows, header=FACT_COLUMNS) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(c, "") for c in header])
    return buf.getvalue()


def good_line(**change) -> str:
    row = dict(GOOD, **change)
    return ",".join(row.get(c, "") for c in FACT_COLUMNS)


# name -> (table text, CSV line, column named or None for whole-file problems, words in the message)
CASES = {
    "unbalanced_quote": (
        HEADER + "\n" + good_line() + '\nF-0002,fact,"clonazepam,is_a,benzodiazepine\n' + good_line(id="F-0003") + "\n",
        3,
        "subject",
        "quote opened here is never closed",
    ),
    "text_after_closing_quote": (HEADER + '\nF-0001,fact,"clonazepam"x,is_a\n', 2, "subject", "malformed CSV"),
    "semicolons": (
        HEADER.replace(",", ";") + "\n" + good_line().replace(",", ";") + "\n",
        1,
        None,
        "separated by semicolons",
    ),
    "tabs": (HEADER.replace(",", "\t") + "\n", 1, None, "separated by tabs"),
    "missing_header": (good_line() + "\n" + good_line(id="F-0002") + "\n", 1, None, "no header line"),
    "missing_column": (
        csv_text([GOOD], header=tuple(c for c in FACT_COLUMNS if c != "unit")),
        1,
        None,
        "missing column(s) unit",
    ),
    "unknown_column": (csv_text([GOOD], header=FACT_COLUMNS + ("colour",)), 1, None, "unknown column(s) colour"),
    "column_twice": (csv_text([GOOD], header=FACT_COLUMNS + ("topic",)), 1, None, "named twice: topic"),
    "short_record": (HEADER + "\n" + good_line() + "\nF-0002,fact,clonazepam\n", 3, "relation", "3 fields"),
    "long_record": (HEADER + "\n" + good_line() + ",spare\n", 2, "topic", "extra field"),
    "duplicate_id": (csv_text([GOOD, dict(GOOD, statement="Klonopin is a benzo.")]), 3, "id", "duplicate id"),
    "non_numeric_min": (csv_text([dict(RANGE, qty_min="thirty")]), 2, "qty_min", "not a number"),
    "non_numeric_max": (csv_text([dict(RANGE, qty_max="inf")]), 2, "qty_max", "not a number"),
    "min_above_max": (csv_text([dict(RANGE, qty_min="50")]), 2, "qty_min", "greater than qty_max"),
    "unknown_unit": (csv_text([dict(RANGE, unit="furlongs")]), 2, "unit", "unknown unit 'furlongs'"),
    "bad_date": (csv_text([dict(GOOD, reviewed="2026-02-30")]), 2, "reviewed", "YYYY-MM-DD"),
    "date_format": (csv_text([dict(GOOD, reviewed="01/11/2026")]), 2, "reviewed", "YYYY-MM-DD"),
    "unknown_entity": (csv_text([dict(GOOD, object="unobtainium")]), 2, "object", "unknown entity"),
    "empty_file": ("", 1, None, "empty file"),
    "header_only": (HEADER + "\n", 2, None, "no rows"),
}


def table(tmp_path: Path, text: str, entities: str = ENTITIES) -> Path:
    folder = tmp_path / "table"
    folder.mkdir(exist_ok=True)
    (folder / "reference_entities.csv").write_text(entities)
    path = folder / "reference_facts.csv"
    path.write_text(text)
    return path


def names_place(line: str, path: Path, row: int, column: str | None, words: str) -> bool:
    return (
        str(path) in line and f":{row}:" in line and words in line and (column is None or f"column '{column}'" in line)
    )


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.mark.parametrize("name", list(CASES))
def test_facts_check_names_file_row_and_column(runner, tmp_path, name):
    text, row, column, words = CASES[name]
    path = table(tmp_path, text)
    result = runner.invoke(main, ["facts", "check", str(path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert [x for x in result.stderr.splitlines() if names_place(x, path, row, column, words)], result.stderr
    assert result.stderr.splitlines()[-1].startswith("verify: ")


@pytest.mark.parametrize("name", list(CASES))
def test_facts_option_is_one_line_naming_file_row_and_column(runner, tmp_path, name):
    text, row, column, words = CASES[name]
    path = table(tmp_path, text)
    article = tmp_path / "a.txt"
    article.write_text("Clonazepam is a benzodiazepine.\n")
    result = runner.invoke(main, ["--facts", str(path), str(article)])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("verify: error: [E002] "), result.stderr
    assert names_place(lines[0], path, row, column, words), lines[0]


@pytest.mark.parametrize(
    "entities,row,column,words",
    [
        (ENTITIES + "Bad Id,drug,x,x,\n", 7, "id", "bad entity id"),
        (ENTITIES + "clonazepam,drug,x,y,\n", 7, "id", "duplicate entity id"),
        (ENTITIES + "zolpidem,potion,zolpidem,zolpidem,\n", 7, "type", "unknown type"),
        (ENTITIES + "zolpidem,drug,zolpidem,zolpidem,hypnotic\n", 7, "parents", "unknown entity 'hypnotic'"),
        ("id;type;label;aliases;parents\n", 1, None, "separated by semicolons"),
    ],
)
def test_broken_entity_lexicon_names_its_row_and_column(runner, tmp_path, entities, row, column, words):
    path = table(tmp_path, csv_text([GOOD]), entities)
    result = runner.invoke(main, ["facts", "check", str(path)])
    assert result.exit_code == 2
    lexicon = path.with_name("reference_entities.csv")
    assert [x for x in result.stderr.splitlines() if names_place(x, lexicon, row, column, words)], result.stderr


def test_stats_and_find_with_a_broken_table_are_one_line(runner, tmp_path):
    path = table(tmp_path, CASES["min_above_max"][0])
    for args in (["facts", "stats", str(path)], ["facts", "find", "--facts", str(path), "Klonopin is a benzo"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert len(result.stderr.splitlines()) == 1 and ":2: column 'qty_min'" in result.stderr


# --- a table of a million rows ---------------------------------------------------------------

MILLION = 1_000_000


@pytest.fixture(scope="module")
def million_row_table(tmp_path_factory) -> Path:
    """A real row first, then a million short rows about two entities no article names."""
    folder = tmp_path_factory.mktemp("million")
    (folder / "reference_entities.csv").write_text(ENTITIES)
    path = folder / "reference_facts.csv"
    with path.open("w") as fh:
        fh.write(csv_text([GOOD]))
        tail = ",,affirmed,,,,,,,"
        for i in range(2, MILLION + 2):
            fh.write(f"F-{i:07d},fact,filler_a,causes,filler_b{tail}Row {i}.,,s,label,,2026-11-01,,\n")
    return path


def _child(args) -> tuple[subprocess.CompletedProcess, float]:
    """Run the CLI in a fresh process; its peak RSS in MB (the largest child so far: an upper bound)."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, text=True, timeout=900
    )
    return proc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.mark.slow
def test_a_million_row_table_loads_and_judges_in_bounded_memory(million_row_table, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Clonazepam is a benzodiazepine.\n")
    proc, peak_mb = _child(["--facts", million_row_table, "--format", "json", article])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["facts"]["rows"] == MILLION + 1
    assert [(c["verdict"], c["fact_id"]) for c in doc["articles"][0]["claims"]] == [("supported", "F-0001")]
    assert peak_mb < 3072, f"peak RSS {peak_mb:.0f} MB"


@pytest.mark.slow
def test_facts_check_on_a_million_rows_stays_linear(million_row_table):
    proc, peak_mb = _child(["facts", "check", million_row_table])
    assert proc.returncode == 0, proc.stderr
    assert f"ok ({MILLION + 1} rows, 1 warning(s))" in proc.stdout
    assert f"{MILLION} rows share this subject and object" in proc.stderr
    assert peak_mb < 3072, f"peak RSS {peak_mb:.0f} MB"


def test_a_directory_or_a_binary_file_as_the_table_is_one_line(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Clonazepam is a benzodiazepine.\n")
    folder = table(tmp_path, csv_text([GOOD])).parent
    result = runner.invoke(main, ["--facts", str(folder), str(article)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"verify: error: [E002] {folder}: is a directory, not a CSV table"]
    png = folder / "reference_facts.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for args in (["--facts", str(png), str(article)], ["facts", "stats", str(png)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [
            f"verify: error: [E002] {png}: binary file (a PNG image), not a CSV table"
        ]


def test_an_image_given_as_the_table_is_named_as_such_not_as_a_missing_lexicon(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Clonazepam is a benzodiazepine.\n")
    image = tmp_path / "image.png"  # no reference_entities.csv beside it
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for args in (["--facts", str(image), str(article)], ["facts", "find", "--facts", str(image), "Xanax is a drug"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [
            f"verify: error: [E002] {image}: binary file (a PNG image), not a CSV table"
        ]
    # a real table whose lexicon is missing says which lexicon, and for which table
    good = tmp_path / "t" / "facts.csv"
    good.parent.mkdir()
    good.write_text(csv_text([GOOD]))
    result = runner.invoke(main, ["--facts", str(good), str(article)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"verify: error: [E002] {good.parent / 'reference_entities.csv'}: no such file "
        f"(the entity lexicon {good} needs beside it)"
    ]
