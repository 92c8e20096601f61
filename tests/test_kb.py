"""The fact table loader: the shipped table is clean; broken tables name the row and column."""

import pytest

from pipeline.errors import FactTableError
from pipeline.kb import DEFAULT_FACTS, FACT_COLUMNS, check_table, load_kb

ENTITIES = """id,type,label,aliases,parents
clonazepam,drug,clonazepam,clonazepam|klonopin,benzodiazepine
benzodiazepine,drug_class,benzodiazepine,benzodiazepine|benzo,
gaba,neurotransmitter,GABA,gaba,
"""
GOOD = {
    "id": "F-0001",
    "kind": "fact",
    "subject": "clonazepam",
    "relation": "is_a",
    "object": "benzodiazepine",
    "aspect": "",
    "polarity": "affirmed",
    "value": "",
    "qualifier": "",
    "qty_min": "",
    "qty_max": "",
    "unit": "",
    "attribution": "",
    "statement": "Clonazepam is a benzodiazepine.",
    "correction": "",
    "source": "Klonopin prescribing information, section 11",
    "source_type": "label",
    "source_url": "",
    "reviewed": "2026-11-22",
    "severity": "",
    "topic": "class",
}


def write_table(tmp_path, rows, header=FACT_COLUMNS, entities=None):
    """A fact table of `rows` (dicts by column) in `tmp_path`, its entity lexicon beside it."""
    import csv

    (tmp_path / "reference_entities.csv").write_text(ENTITIES if entities is None else entities)
    path = tmp_path / "reference_facts.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow([row.get(c, "") for c in header])
    return path


def test_shipped_table_is_clean():
    assert check_table(DEFAULT_FACTS) == []
    kb = load_kb()
    assert kb.info.rows == len(kb.facts) > 50
    assert len(kb.info.sha256) == 64
    for fact in kb.facts:
        assert fact.source and fact.reviewed
        assert not fact.is_myth or fact.correction


def test_good_table_and_inheritance(tmp_path):
    kb = load_kb(write_table(tmp_path, [GOOD]))
    assert kb.is_kind_of("clonazepam", "benzodiazepine")
    assert not kb.is_kind_of("benzodiazepine", "clonazepam")
    assert kb.aliases["klonopin"] == "clonazepam"
    assert kb.aliases["benzos"] == "benzodiazepine"
    assert [f.id for f in kb.candidates({"clonazepam"})] == ["F-0001"]


@pytest.mark.parametrize(
    "change,column,message",
    [
        ({"relation": "cures"}, "relation", "unknown relation"),
        ({"source": ""}, "source", "source is required"),
        ({"subject": "unobtainium"}, "subject", "unknown entity"),
        ({"qty_min": "5", "qty_max": "2", "unit": "mg"}, "qty_min", "greater than"),
        ({"qty_min": "lots", "unit": "mg"}, "qty_min", "not a number"),
        ({"qty_min": "nan", "unit": "mg"}, "qty_min", "not a number"),
        ({"qty_max": "1e400", "unit": "mg"}, "qty_max", "not a number"),
        ({"qty_min": "1", "unit": "furlongs"}, "unit", "unknown unit"),
        ({"reviewed": "last year"}, "reviewed", "date"),
        ({"kind": "myth", "id": "M-0001"}, "correction", "needs its correction"),
        ({"polarity": "maybe"}, "polarity", "polarity"),
    ],
)
def test_bad_row_names_row_and_column(tmp_path, change, column, message):
    path = write_table(tmp_path, [GOOD, {**GOOD, "id": "F-0002", **change}])
    problems = check_table(path)
    assert len(problems) == 1
    assert f"reference_facts.csv:3: column '{column}'" in problems[0]
    assert message in problems[0]
    with pytest.raises(FactTableError, match=r"reference_facts.csv:3"):
        load_kb(path)


def test_duplicate_id(tmp_path):
    problems = check_table(write_table(tmp_path, [GOOD, GOOD]))
    assert problems == [f"{tmp_path / 'reference_facts.csv'}:3: column 'id': duplicate id 'F-0001' (first on line 2)"]


def test_missing_and_unknown_columns(tmp_path):
    header = tuple(c for c in FACT_COLUMNS if c != "source") + ("colour",)
    with pytest.raises(FactTableError, match=r":1: missing column\(s\) source; unknown column\(s\) colour"):
        load_kb(write_table(tmp_path, [GOOD], header=header))


def test_malformed_and_empty(tmp_path):
    (tmp_path / "reference_entities.csv").write_text(ENTITIES)
    bad = tmp_path / "reference_facts.csv"
    bad.write_text(",".join(FACT_COLUMNS) + '\nF-0001,fact,"unbalanced\n')
    assert "malformed CSV" in check_table(bad)[0] or "wrong number of fields" in check_table(bad)[0]
    bad.write_text(",".join(FACT_COLUMNS) + "\n")
    assert "no rows" in check_table(bad)[0]
    with pytest.raises(FactTableError, match="no such file"):
        load_kb(tmp_path / "missing.csv")


def test_table_that_is_not_utf8(tmp_path):
    path = write_table(tmp_path, [GOOD])
    path.write_bytes(path.read_bytes().replace(b"Klonopin", b"Klonop\xefn\xff"))
    assert "not UTF-8" in check_table(path)[0]
    with pytest.raises(FactTableError, match="not UTF-8"):
        load_kb(path)
