"""Issue 20's second reading: every new row (written without its citation being opened, or numbered
F-0930 and up) has a review record beside the table, written by a pass other than the one that wrote
it, and a row the review removed is no longer in the table."""

from __future__ import annotations

import csv
import re

import pytest

from pipeline.kb import DEFAULT_FACTS, load_kb

RESULTS = {"confirmed", "fixed", "removed", "unconfirmed"}


def _read(name: str) -> list[dict[str, str]]:
    path = DEFAULT_FACTS.resolve().with_name(name)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def review() -> list[dict[str, str]]:
    return _read("review_record.csv")


def _needs_review(row_id: str, how: str) -> bool:
    return how == "written-not-rechecked" or (row_id.startswith("F-") and int(row_id[2:]) >= 930)


def test_the_record_has_its_columns_and_one_line_per_row(review):
    assert review, "review_record.csv is empty"
    assert list(review[0]) == ["id", "reviewed", "reviewer_pass", "result", "against", "note"]
    ids = [r["id"] for r in review]
    assert len(ids) == len(set(ids)), "a row is reviewed twice"
    for r in review:
        assert r["result"] in RESULTS, r
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["reviewed"]), r
        assert r["reviewer_pass"] and r["against"], r


def test_every_new_row_has_a_second_reading(kb, review):
    checks = {r["id"]: r["how"] for r in _read("source_checks.csv")}
    in_table = {f.id for f in kb.facts}
    due = {i for i, how in checks.items() if i in in_table and _needs_review(i, how)}
    due |= {i for i in in_table if _needs_review(i, checks.get(i, ""))}
    missing = sorted(due - {r["id"] for r in review})
    assert not missing, f"rows without a second reading: {missing[:10]}"


def test_removed_rows_are_gone_and_kept_rows_are_in_the_table(kb, review):
    in_table = {f.id for f in kb.facts}
    for r in review:
        assert (r["id"] in in_table) == (r["result"] != "removed"), r


def test_a_confirmed_or_fixed_row_names_where_its_source_was_read(review):
    for r in review:
        if r["result"] in {"confirmed", "fixed"}:
            assert re.search(r"https?://", r["against"]), r
