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


TYPED = FACT_COLUMNS + ("manner", "qty_type", "qty_values", "scope")
STRENGTHS = GOOD | {
    "id": "F-0002",
    "relation": "has_property",
    "object": "gaba",
    "qty_min": "0.5",
    "qty_max": "2",
    "unit": "mg",
    "statement": "Tablets come in 0.5, 1 and 2 mg.",
}


def _line(fields: list[str]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(fields)
    return out.getvalue()


def test_typed_columns_are_read(tmp_path):
    row = STRENGTHS | {"qty_type": "set", "qty_values": "0.5;1;2", "scope": "benzodiazepine"}
    (fact,) = load_kb(write_table(tmp_path, [row], header=TYPED)).facts
    assert (fact.qty_type, fact.qty_values, fact.scope) == ("set", (0.5, 1.0, 2.0), "benzodiazepine")


def test_a_table_without_the_typed_columns_reads_every_number_as_a_range(tmp_path):
    (fact,) = load_kb(write_table(tmp_path, [STRENGTHS])).facts
    assert (fact.qty_type, fact.qty_values, fact.scope) == ("", (), "")


def test_rows_may_leave_trailing_optional_columns_off(tmp_path):
    """A row appended by a table written before the typed columns existed still loads."""
    path = write_table(tmp_path, [STRENGTHS | {"qty_type": "set", "qty_values": "0.5;1;2"}], header=TYPED)
    old = _line([GOOD[c] for c in FACT_COLUMNS] + [""]).replace("F-0001", "F-0003")  # ends at `manner`
    path.write_text(path.read_text() + old)
    facts = load_kb(path).facts
    assert [(f.id, f.qty_type) for f in facts] == [("F-0002", "set"), ("F-0003", "")]


def test_a_short_row_missing_a_required_column_is_still_an_error(tmp_path):
    path = write_table(tmp_path, [], header=TYPED)
    path.write_text(path.read_text() + _line([GOOD[c] for c in FACT_COLUMNS[:-1]]))
    assert "column 'topic' onwards is missing" in check_table(path)[0]


@pytest.mark.parametrize(
    "change,column,message",
    [
        ({"qty_type": "often"}, "qty_type", "unknown qty_type 'often'"),
        ({"qty_type": "set"}, "qty_type", "a set row needs its values in qty_values"),
        ({"qty_type": "set", "qty_values": "0.5;one"}, "qty_values", "want numbers separated by ';'"),
        ({"qty_type": "range", "qty_values": "1;2"}, "qty_values", "only a set, a point, a year or a maximum"),
        ({"qty_type": "maximum", "qty_max": ""}, "qty_type", "a maximum row needs qty_max"),
        ({"qty_type": "year"}, "unit", "a year row has unit 'year'"),
        ({"qty_type": "range", "scope": "martians"}, "scope", "unknown entity 'martians'"),
    ],
)
def test_bad_typed_columns_name_the_column(tmp_path, change, column, message):
    problems = check_table(write_table(tmp_path, [STRENGTHS | change], header=TYPED))
    assert any(f"column '{column}'" in p and message in p for p in problems), problems


def test_facts_check_says_how_to_migrate_a_table_without_the_columns(tmp_path):
    from pipeline.kb import migration_note

    old = write_table(tmp_path, [STRENGTHS])
    assert "no column(s) qty_type, qty_values, scope" in migration_note(old)
    assert "docs/reference-table.md" in migration_note(old)
    assert migration_note(write_table(tmp_path, [STRENGTHS | {"qty_type": "range"}], header=TYPED)) == ""


def test_a_typed_table_warns_about_an_untyped_number(tmp_path):
    from pipeline.lint import lint_facts

    other = STRENGTHS | {"id": "F-0003", "statement": "Another number.", "qty_type": "range"}
    kb = load_kb(write_table(tmp_path, [STRENGTHS, other], header=TYPED))
    warned = [(p.row, p.column) for p in lint_facts(kb.facts, "t.csv") if p.level == "warning"]
    assert (2, "qty_type") in warned and (3, "qty_type") not in warned
