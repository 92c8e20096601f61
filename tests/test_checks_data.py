"""The matcher's data: the lexicon's `exclusive_group` column and the word and term files of
pipeline/checks/terms.py. Each loads from the shipped files, and a bad cell names file, line and column."""

from __future__ import annotations

import shutil

import pytest

from pipeline.checks import terms
from pipeline.errors import FactTableError
from pipeline.kb import DEFAULT_FACTS, load_kb, parse_entities
from pipeline.match import OPPOSITE_RELATIONS, OPPOSITE_VALUES

HEADER = "id,type,label,aliases,parents"
ROWS = [
    "venlafaxine,drug,Venlafaxine,venlafaxine|effexor,snri",
    "ssri,drug_class,SSRI,ssri,{ssri}",
    "snri,drug_class,SNRI,snri,{snri}",
]


def lexicon(groups: dict[str, str] | None) -> str:
    """A small lexicon; `groups` None: without the exclusive_group column."""
    if groups is None:
        return "\n".join([HEADER, *(r.format(ssri="", snri="") for r in ROWS)]) + "\n"
    rows = [r.format(ssri="", snri="") + "," + groups.get(r.split(",")[0], "") for r in ROWS]
    return "\n".join([HEADER + ",exclusive_group", *rows]) + "\n"


def test_shipped_lexicon_names_the_exclusive_groups(kb):
    assert {e.id for e in kb.entities.values() if e.exclusive_group == "us_schedule"} == {
        "schedule_i",
        "schedule_ii",
        "schedule_iii",
        "schedule_iv",
        "schedule_v",
    }
    assert kb.exclusive_group("ssri") == kb.exclusive_group("snri") == "pharmacological_class"
    assert kb.exclusive_group("anxiolytic") == kb.exclusive_group("no_such_entity") == ""


def test_both_copies_of_the_lexicon_are_identical():
    root = DEFAULT_FACTS.parent.parent.parent
    assert (root / "reference_entities.csv").read_bytes() == (
        DEFAULT_FACTS.parent / "reference_entities.csv"
    ).read_bytes()


def test_exclusive_group_column_is_optional():
    entities = parse_entities(lexicon(None), "e.csv")
    assert {e.exclusive_group for e in entities.values()} == {""}


def test_exclusive_group_is_parsed():
    entities = parse_entities(lexicon({"ssri": "pharmacological_class"}), "e.csv")
    assert entities["ssri"].exclusive_group == "pharmacological_class"
    assert entities["snri"].exclusive_group == ""


def test_unknown_exclusive_group_names_file_line_and_column():
    with pytest.raises(FactTableError) as err:
        parse_entities(lexicon({"snri": "pharmacological_klass"}), "e.csv")
    assert "e.csv:4: column 'exclusive_group': unknown group 'pharmacological_klass'" in str(err.value)


def test_the_shipped_table_loads_with_a_lexicon_without_the_column(tmp_path):
    shutil.copy(DEFAULT_FACTS, tmp_path / "reference_facts.csv")
    shipped = (DEFAULT_FACTS.parent / "reference_entities.csv").read_text(encoding="utf-8")
    lines = shipped.splitlines()
    plain = [",".join(line.split(",")[:-1]) for line in lines]  # the last column dropped
    assert lines[0].endswith(",exclusive_group") and plain[0] == HEADER
    (tmp_path / "reference_entities.csv").write_text("\n".join(plain) + "\n", encoding="utf-8")
    assert load_kb(tmp_path / "reference_facts.csv").exclusive_group("ssri") == ""


def test_stacked_lexicons_keep_groups_and_refuse_conflicting_ones():
    """A table without the column neither clashes with nor drops an earlier table's groups."""
    from pipeline.kb import _merge_entity

    entities = parse_entities(lexicon({"ssri": "pharmacological_class"}), "a.csv")
    other = parse_entities(lexicon({"ssri": "us_schedule"}), "b.csv")
    plain = parse_entities(lexicon(None), "c.csv")
    merged = dict(entities)
    _merge_entity(merged, plain["ssri"], "c.csv")
    assert merged["ssri"].exclusive_group == "pharmacological_class"
    with pytest.raises(FactTableError, match="b.csv: entity 'ssri' differs"):
        _merge_entity(merged, other["ssri"], "b.csv")


def test_terms_keep_the_old_names_for_lint():
    assert ("increases", "decreases") in OPPOSITE_RELATIONS and ("decreases", "increases") in OPPOSITE_RELATIONS
    assert OPPOSITE_VALUES["long"] == "short" and OPPOSITE_VALUES["slower"] == "faster"


def test_shipped_word_lists_match_as_before():
    t = terms.TERMS
    assert t.rarity.search("SSRIs hardly ever cause this") and not t.rarity.search("rare")
    assert t.direction_words.search("Exercise improves mood") and t.direction_words.search("makes it WORSE")
    assert t.partial_negation.search("Not all SSRIs cause it") and not t.partial_negation.search("not at all")
    assert t.implied_relations["acts_on"] >= {"increases", "treats", "acts_on"}
    assert t.scale == {"long": 1, "short": -1, "high": 1, "low": -1, "fast": 1, "slow": -1}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "row, message",
    [
        ("rarity,rarely,\nrhyme,seldom,", "words.csv:3: column 'list': unknown list 'rhyme'"),
        ("rarity,Rarely!,", "words.csv:2: column 'word': 'Rarely!' is not a lower-case word"),
    ],
)
def test_bad_word_rows_name_file_line_and_column(tmp_path, row, message):
    others = "".join(f"{name},x,\n" for name in terms.WORD_LISTS[1:])
    path = write(tmp_path, "words.csv", f"list,word,note\n{row}\n{others}")
    with pytest.raises(FactTableError, match=message):
        terms.read_words(path)


def test_a_missing_word_list_is_named(tmp_path):
    path = write(tmp_path, "words.csv", "list,word,note\nrarity,rarely,\n")
    with pytest.raises(FactTableError, match="words.csv:1: no words for list"):
        terms.read_words(path)


@pytest.mark.parametrize(
    "row, message",
    [
        ("opposites,long,short,", "terms.csv:2: column 'table': unknown table 'opposites'"),
        ("opposite_relation,increases,lowers,", "terms.csv:2: column 'right': unknown relation 'lowers'"),
        ("outcome_type,condition,effect,", "terms.csv:2: column 'right': must be empty"),
        ("scale,long,,", "terms.csv:2: column 'right': a direction is required"),
        ("scale,Long,up,", "terms.csv:2: column 'left': bad id 'Long'"),
        ("compared_type,pill,,", "terms.csv:2: column 'left': unknown entity type 'pill'"),
    ],
)
def test_bad_term_rows_name_file_line_and_column(tmp_path, row, message):
    shipped = terms.TERMS_PATH.read_text(encoding="utf-8").splitlines()
    path = write(tmp_path, "terms.csv", "\n".join([shipped[0], row, *shipped[1:]]) + "\n")
    with pytest.raises(FactTableError, match=message):
        terms.read_terms(path)


def test_an_unknown_column_in_a_data_file_is_named(tmp_path):
    path = write(tmp_path, "words.csv", "list,word,comment\nrarity,rarely,\n")
    with pytest.raises(FactTableError, match="words.csv:1: missing column.s. note; unknown column.s. comment"):
        terms.read_words(path)


def test_load_terms_reads_both_files():
    assert terms.load_terms() == terms.TERMS
