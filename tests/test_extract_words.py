"""The extractor's word lists and domain ids: read from pipeline/data/, every row checked."""

from __future__ import annotations

import shutil

import pytest

from pipeline.errors import FactTableError
from pipeline.extract import words
from pipeline.lexicon import DATA


@pytest.fixture
def data(tmp_path):
    for name in ("words.csv", "singular_verbs.csv", "form_names.csv", "domain_ids.csv", "function_words.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def _append(path, line):
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def test_the_shipped_lists_load():
    w = words.load_words()
    assert w.drug_nouns >= {"medication", "drug", "pill"}
    assert ("advise", "against") in w.negating_triggers
    assert "not enough" in w.lack_words
    assert w.reciprocal == ("each other", "one another", "together")
    assert w.edge_words[0] == "while"
    assert w.singular_verbs["are"] == "is"
    assert w.form_names["xanax xr"] == ("extended_release_tablet",)
    assert set(w.form_names["extended-release"]) == {"extended_release_tablet", "extended_release_capsule"}
    assert w.subject_stand_ins >= w.drug_nouns | w.pronouns | {"use", "dose"}
    d = words.load_domain_ids()
    assert d.drug_types == {"drug", "drug_class"} and d.onset == "onset" and d.long_term_use == "long_term_use"
    assert d.companions == {"alcohol", "opioid"} and d.anchor_types >= d.drug_types


def test_an_unknown_list_is_rejected_with_file_and_line(data):
    _append(data / "words.csv", "colours,red")
    lines = (data / "words.csv").read_text(encoding="utf-8").count("\n")
    with pytest.raises(FactTableError, match=rf"words.csv:{lines}: column 'list': unknown list 'colours'"):
        words.load_words(data)


def test_an_empty_word_is_rejected(data):
    _append(data / "words.csv", "pronouns,")
    with pytest.raises(FactTableError, match=r"words.csv:\d+: column 'word': empty"):
        words.load_words(data)


def test_a_repeated_word_is_rejected(data):
    _append(data / "words.csv", "pronouns,it")
    with pytest.raises(FactTableError, match=r"column 'word': 'it' is already in list 'pronouns'"):
        words.load_words(data)


def test_a_list_the_code_needs_but_the_file_lacks_is_an_error(data):
    path = data / "words.csv"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("deontic,")]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(FactTableError, match="no rows for deontic"):
        words.load_words(data)


def test_a_wrong_header_is_rejected(data):
    (data / "words.csv").write_text("name,word\npronouns,it\n", encoding="utf-8")
    with pytest.raises(FactTableError, match=r"words.csv:1: header must be list,word"):
        words.load_words(data)


def test_a_singular_verb_row_needs_both_forms(data):
    _append(data / "singular_verbs.csv", "were,")
    with pytest.raises(FactTableError, match=r"singular_verbs.csv:\d+: column 'singular': empty"):
        words.load_words(data)


def test_onset_names_exactly_one_id(data):
    _append(data / "domain_ids.csv", "onset,start")
    with pytest.raises(FactTableError, match="list 'onset' must name exactly one id"):
        words.load_domain_ids(data)


def test_the_module_constants_are_the_shipped_data():
    assert words.WORDS == words.load_words()
    assert words.DRUG_TYPES == words.load_domain_ids().drug_types


def test_function_words_name_one_word_per_role(tmp_path):
    shutil.copy(DATA / "function_words.csv", tmp_path / "function_words.csv")
    fw = words.load_function_words(tmp_path)
    assert fw.copula == "be" and fw.expletive == "it" and fw.example_as == "as"
    _append(tmp_path / "function_words.csv", "copula,is")
    with pytest.raises(FactTableError, match=r"function_words.csv:\d+: column 'role': 'copula' is given twice"):
        words.load_function_words(tmp_path)


def test_an_unknown_function_word_role_is_rejected(tmp_path):
    (tmp_path / "function_words.csv").write_text("role,word\narticle,the\n", encoding="utf-8")
    with pytest.raises(FactTableError, match=r"function_words.csv:2: column 'role': unknown role 'article'"):
        words.load_function_words(tmp_path)


def test_every_list_and_role_is_documented():
    from dataclasses import fields
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "language-data.md").read_text(encoding="utf-8")
    names = [f.name for cls in (words.Words, words.FunctionWords, words.DomainIds) for f in fields(cls)]
    assert [n for n in names if f"`{n}`" not in page and n != "singular_verbs"] == []


def test_a_form_name_without_its_form_is_rejected_with_file_and_line(data):
    _append(data / "form_names.csv", "ambien cr,")
    with pytest.raises(FactTableError, match=r"form_names.csv:\d+: column 'form': empty"):
        words.load_words(data)


def test_every_form_name_names_a_solid_form_of_the_table():
    from pipeline.kb import load_kb

    kb = load_kb()
    forms = {f for names in words.WORDS.form_names.values() for f in names}
    assert forms <= words.DOMAIN.solid_forms and all(f in kb.entities for f in forms)
