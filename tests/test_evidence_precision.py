"""Evidence precision (issue 15): of the supported and contradicted verdicts on our own gold sets, the
share that cite a row the gold names in `fact_ids` (a row that states the claim, or decides against it).

Measured with `verify eval` over claims/expected.csv (with claims/articles/) and the one-sentence sets
claims/coverage.csv, claims/paraphrases.csv and claims/wordings.csv, each sentence written to a page of its own (true ->
true_core, false -> contradicted, overstated -> problem; the quote is the whole sentence).
"""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT

from pipeline.cli import main

CLAIMS = ROOT / "claims"
SENTENCE_SETS = ("coverage.csv", "paraphrases.csv", "wordings.csv")
LABEL = {"true": "true_core", "false": "contradicted", "overstated": "problem"}
FIELDS = ("article", "quote", "label", "note", "fact_ids")


def _gold_rows(pages):
    """expected.csv's rows, then one page and one gold row per sentence of the sentence sets."""
    with (CLAIMS / "expected.csv").open(newline="", encoding="utf-8") as fh:
        rows = [{k: r.get(k, "") for k in FIELDS} for r in csv.DictReader(fh)]
    for name in SENTENCE_SETS:
        with (CLAIMS / name).open(newline="", encoding="utf-8") as fh:
            for line, r in enumerate(csv.DictReader(fh), start=2):
                page = f"{name.split('.')[0]}_{line:03d}.txt"
                (pages / page).write_text(r["text"] + "\n", encoding="utf-8")
                rows.append(
                    {"article": page, "quote": r["text"], "label": LABEL[r["label"]], "note": r["note"]}
                    | {"fact_ids": r["fact_ids"]}
                )
    return rows


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("evidence")
    pages = tmp / "pages"
    pages.mkdir()
    gold = tmp / "gold.csv"
    with gold.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(_gold_rows(pages))
    result = CliRunner().invoke(main, ["eval", "--format", "json", str(gold), str(CLAIMS / "articles"), str(pages)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _misses(doc) -> str:
    wrong = [i for i in doc["items"] if i["evidence_ok"] is False]
    return "\n".join(
        f"{i['article']}: {i['quote'][:80]} -> {i['fact_id']} (want {'; '.join(i['fact_ids'])})" for i in wrong
    )


def test_the_gold_sets_name_rows_for_at_least_150_decided_sentences(evaluation):
    m = evaluation["metrics"]
    print(f"evidence precision {m['evidence_precision']:.3f} over {m['evidence_items']} items")
    print(_misses(evaluation))
    assert m["evidence_items"] >= 150


def test_every_listed_fact_id_is_a_row_of_the_table(kb):
    ids = {f.id for f in kb.facts}
    unknown = []
    for name in ("expected.csv", *SENTENCE_SETS):
        with (CLAIMS / name).open(newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                unknown += [i for i in (r["fact_ids"] or "").split(";") if i and i not in ids]
    assert unknown == []


def test_evidence_precision_is_at_least_097(evaluation):
    assert evaluation["metrics"]["evidence_precision"] >= 0.97, _misses(evaluation)
