"""Probes of the table's typed numbers (issue 16): sentences of our own wording at, inside and outside
each bound, each strength and each year, with the verdict the table must give and the row that
decides it. Every row the issue's audit named is covered here (ISSUE_ROWS); the snapshot of typed
values (tests/golden/typed_quantities.csv) makes a changed number show up in review.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.kb import DEFAULT_FACTS

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
from typed_quantities import GOLDEN, snapshot  # noqa: E402

S, C, U = "supported", "contradicted", "unsupported"

# (sentence, verdict, the row that decides it: None when no row should)
PROBES = [
    # maxima: only the row's maximum is the maximum, per indication
    ("Klonopin's maximum dose for panic disorder is 4 mg a day.", S, "F-0161"),
    ("Klonopin's maximum dose for panic disorder is 2 mg a day.", C, "F-0161"),
    ("For seizure disorders, the maximum daily dose of Klonopin is 20 mg.", S, "F-0162"),
    ("For seizure disorders, the maximum daily dose of Klonopin is 10 mg.", C, "F-0162"),
    ("The maximum dose of clonazepam is 8 mg per day.", C, "F-0162"),
    ("For generalized anxiety disorder, the maximum dose of Xanax is 4 mg a day.", S, "F-0165"),
    ("For generalized anxiety disorder, the maximum dose of Xanax is 3 mg a day.", C, "F-0165"),
    ("Ativan's maximum dose is 6 mg a day.", U, None),
    ("Citalopram's maximum dose is 40 mg a day.", S, "F-0596"),
    ("Citalopram's maximum dose is 60 mg a day.", C, "F-0596"),
    ("Citalopram's maximum dose is 30 mg a day.", C, "F-0596"),
    ("In older adults, the maximum dose of citalopram is 20 mg a day.", S, "F-0607"),
    ("In older adults, the maximum dose of citalopram is 40 mg a day.", C, "F-0607"),
    ("For depression, the maximum dose of fluoxetine is 80 mg a day.", S, "F-0599"),
    ("For depression, the maximum dose of fluoxetine is 60 mg a day.", C, "F-0599"),
    ("For depression, the maximum dose of Paxil is 50 mg a day.", S, "F-0600"),
    ("For depression, the maximum dose of Paxil is 60 mg a day.", C, "F-0600"),
    ("For OCD, the maximum dose of Paxil is 60 mg a day.", S, "F-0900"),
    ("The maximum dose of hydroxyzine is 400 mg a day.", S, "F-0606"),
    ("The maximum dose of hydroxyzine is 200 mg a day.", C, "F-0606"),
    ("The maximum dose of Ambien is 10 mg.", S, "F-0619"),
    ("The maximum dose of Ambien is 12.5 mg.", S, "F-0619"),
    ("The maximum dose of Ambien is 15 mg.", C, "F-0619"),
    ("The maximum dose of Ambien is 11 mg.", C, "F-0619"),
    ("For epilepsy, the maximum dose of gabapentin is 3600 mg a day.", S, "F-0604"),
    ("For postherpetic neuralgia, the maximum dose of gabapentin is 3600 mg a day.", C, "F-0901"),
    ("For postherpetic neuralgia, the maximum dose of gabapentin is 1800 mg a day.", S, "F-0901"),
    ("For fibromyalgia, the maximum dose of Lyrica is 450 mg a day.", S, "F-0903"),
    ("For fibromyalgia, the maximum dose of Lyrica is 600 mg a day.", C, "F-0903"),
    ("For diabetic nerve pain, the maximum dose of pregabalin is 300 mg a day.", S, "F-0902"),
    ("The maximum dose of pregabalin is 600 mg a day.", S, "F-0605"),
    ("The maximum dose of pregabalin is 900 mg a day.", C, "F-0902"),
    # strengths: a set, not a range
    ("Klonopin tablets come in a 1 mg strength.", S, "F-0163"),
    ("Klonopin tablets come in a 1.5 mg strength.", C, "F-0163"),
    ("Xanax tablets are available in 0.25 mg, 0.5 mg, 1 mg and 2 mg strengths.", S, "F-0168"),
    ("Xanax tablets are available in a 1.5 mg strength.", C, "F-0168"),
    ("Xanax XR comes as a 3 mg tablet.", S, "F-1386"),  # the extended-release tablets' own row
    ("Xanax XR comes as a 0.25 mg tablet.", C, "F-1386"),
    ("Ativan tablets come in 0.5 mg, 1 mg and 2 mg strengths.", S, "F-0170"),
    ("Ativan tablets come in a 4 mg strength.", C, "F-0170"),
    ("Ativan tablets come in a 1.5 mg strength.", C, "F-0170"),
    ("Valium tablets come in 2 mg, 5 mg and 10 mg strengths.", S, "F-0171"),
    ("Valium tablets come in a 20 mg strength.", C, "F-0171"),
    ("Valium tablets come in a 7 mg strength.", C, "F-0171"),
    # starting doses, per indication
    ("For depression, the starting dose of sertraline is 50 mg a day.", S, "F-0609"),
    ("For depression, the starting dose of sertraline is 25 mg a day.", C, "F-0609"),
    ("For panic disorder, the starting dose of sertraline is 25 mg a day.", S, "F-0907"),
    ("For panic disorder, the starting dose of sertraline is 50 mg a day.", C, "F-0907"),
    ("The starting dose of sertraline is 100 mg a day.", C, "F-0609"),
    ("For depression, the starting dose of Prozac is 20 mg a day.", S, "F-0612"),
    ("For panic disorder, fluoxetine's starting dose is 10 mg a day.", S, "F-0908"),
    ("For panic disorder, fluoxetine's starting dose is 20 mg a day.", C, "F-0908"),
    ("For bulimia, the recommended dose of fluoxetine is 60 mg a day.", S, "F-0909"),
    ("For panic disorder, the starting dose of paroxetine is 10 mg a day.", S, "F-0910"),
    ("For depression, the starting dose of paroxetine is 10 mg a day.", C, "F-0613"),
    ("For depression, the starting dose of Cymbalta is 50 mg a day.", C, "F-0615"),
    ("For depression, the starting dose of Cymbalta is 40 mg a day.", S, "F-0615"),
    ("For fibromyalgia, the starting dose of duloxetine is 60 mg a day.", C, "F-0946"),
    ("For generalized anxiety disorder, the starting dose of Cymbalta is 60 mg a day.", S, "F-0944"),
    ("In elderly patients, the starting dose of Ativan is 4 mg a day.", C, "F-0943"),
    # half-lives: the parent drug's, and the metabolite's only when the claim names it
    ("Diazepam's half-life is up to 48 hours.", S, "F-0185"),
    ("Diazepam's half-life is 100 hours.", C, "F-0185"),
    ("Diazepam's half-life is 2 hours.", C, "F-0185"),
    ("Desmethyldiazepam, the active metabolite of diazepam, has a half-life of up to 100 hours.", S, "F-0904"),
    ("Fluoxetine's half-life is 4 to 6 days with chronic use.", S, "F-0624"),
    ("Fluoxetine's half-life is 16 days.", C, "F-0624"),
    ("Norfluoxetine, fluoxetine's active metabolite, has a half-life of 16 days.", S, "F-0905"),
    ("Venlafaxine has a half-life of about 5 hours.", S, "F-0628"),
    ("Venlafaxine has a half-life of about 11 hours.", C, "F-0628"),
    ("Desvenlafaxine, the active metabolite of venlafaxine, has a half-life of about 11 hours.", S, "F-0906"),
    ("Clonazepam's half-life is 30 to 40 hours.", S, "F-0073"),
    ("Clonazepam's half-life is about 10 hours.", C, "F-0073"),
    ("Clonazepam has a half-life of around a day.", S, "F-0932"),
    # years: contradicted only for the same event
    ("In 2013 the FDA required a boxed warning about combining benzodiazepines with opioids.", C, "F-0131"),
    ("In 2020 the FDA expanded the boxed warning of benzodiazepines to cover addiction.", S, "F-0130"),
    ("In 2016 the FDA expanded the boxed warning of benzodiazepines to cover addiction.", C, "F-0132"),
    ("Benzodiazepines have carried a boxed warning since 2016.", S, "F-0130"),
    ("Benzodiazepines have carried a boxed warning since 2010.", C, "F-0130"),
    # the Z-drug class row states the boxed warning and its year (F-0682 states the behaviour)
    ("Zolpidem got a boxed warning about complex sleep behaviors such as sleepwalking in 2019.", S, "F-0965"),
    ("In 2013 the FDA lowered the recommended dose of zolpidem for women to 5 mg.", S, "F-0618"),
    ("In 2014 the FDA lowered the starting dose of Lunesta to 1 mg.", S, "F-0914"),
    ("In 2017 the FDA lowered the starting dose of Lunesta to 1 mg.", C, "F-0914"),
    # washouts: a minimum; fluoxetine's own row decides over the SSRI class's
    ("After stopping fluoxetine, patients must wait at least 5 weeks before taking an MAOI.", S, "F-0637"),
    ("After stopping fluoxetine, patients must wait at least 14 days before taking an MAOI.", C, "F-0637"),
    ("After stopping sertraline, patients must wait at least 14 days before taking an MAOI.", S, "F-0636"),
    ("After stopping sertraline, patients must wait at least 7 days before taking an MAOI.", C, "F-0636"),
    # sleep by age group
    ("The AASM recommends 8 to 10 hours of sleep for teenagers.", S, "F-0911"),
    ("The AASM recommends 12 hours of sleep for teenagers.", C, "F-0911"),
    ("The AASM recommends 9 to 12 hours of sleep for children.", S, "F-0734"),
    # dopamine: an indirect effect, not the way benzodiazepines work (the myth M-0129 says it is)
    ("Clonazepam works by increasing dopamine.", C, "M-0129"),
    ("Clonazepam increases dopamine.", U, None),
    ("Benzodiazepines indirectly increase the firing of dopamine neurons.", S, "F-0141"),
]

# Rows the audit named, with the probes that show each fixed (the table tests below cover the others).
ISSUE_ROWS = {
    "F-0161": "panic disorder is 2 mg",
    "F-0165": "Xanax is 3 mg",
    "F-0169": "Ativan's maximum",
    "F-0162": "Klonopin is 10 mg",
    "F-0599": "the maximum dose of fluoxetine is 60",
    "F-0600": "For depression, the maximum dose of Paxil is 60",
    "F-0606": "hydroxyzine is 200 mg",
    "F-0619": "Ambien is 11 mg",
    "F-0596": "Citalopram's maximum dose is 30 mg",
    "F-0604": "postherpetic neuralgia, the maximum dose of gabapentin is 3600",
    "F-0605": "Lyrica is 600 mg",
    "F-0734": "12 hours of sleep for teenagers",
    "F-0609": "For depression, the starting dose of sertraline is 25",
    "F-0612": "fluoxetine's starting dose is 20 mg",
    "F-0613": "For depression, the starting dose of paroxetine is 10",
    "F-0636": "fluoxetine, patients must wait at least 14 days",
    "F-0163": "Klonopin tablets come in a 1.5 mg",
    "F-0168": "Xanax tablets are available in a 1.5 mg",
    "F-0170": "Ativan tablets come in a 1.5 mg",
    "F-0171": "Valium tablets come in a 7 mg",
    "F-0185": "Diazepam's half-life is 100 hours",
    "F-0624": "Fluoxetine's half-life is 16 days",
    "F-0628": "Venlafaxine has a half-life of about 11 hours",
    "F-0130": "boxed warning since 2010",
    "F-0131": "In 2013 the FDA required",
    "F-0141": "Clonazepam works by increasing dopamine",
    "F-0615": "the starting dose of Cymbalta is 50",
    "F-0073": "half-life of around a day",
}


def _decided(verifier, text: str) -> tuple[str, str | None]:
    """The verdict of the sentence's worst claim, and the row that decided it."""
    rank = {C: 3, U: 2, S: 1}
    findings = [f for a in verifier.verify_text(text).articles for f in a.findings if f.verdict.value in rank]
    assert findings, f"no check-worthy claim in {text!r}"
    worst = max(findings, key=lambda f: rank[f.verdict.value])
    return worst.verdict.value, worst.fact.id if worst.fact and worst.verdict.value != U else None


@pytest.mark.parametrize(("text", "verdict", "row"), PROBES, ids=[p[0][:60] for p in PROBES])
def test_probe(verifier, text, verdict, row):
    assert _decided(verifier, text) == (verdict, row)


@pytest.mark.parametrize("row", sorted(ISSUE_ROWS))
def test_every_row_the_audit_named_has_a_probe(row):
    assert len([text for text, _, _ in PROBES if ISSUE_ROWS[row] in text]) == 1, row


def _row(kb, rid):
    return next((f for f in kb.facts if f.id == rid), None)


def test_rows_whose_citation_did_not_say_it_are_gone(kb):
    """F-0190: the Klonopin label's metabolism paragraph does not speak of the metabolites' activity;
    F-0676: buspirone's drowsiness was about as frequent as on placebo (10% vs 9%)."""
    assert _row(kb, "F-0190") is None and _row(kb, "F-0676") is None


def test_dizziness_is_cited_only_where_the_label_lists_it(kb):
    """F-0113: the Ativan label lists dizziness among the most frequent reactions; the Xanax and
    Klonopin labels do not, so the row speaks of lorazepam and cites that label only."""
    row = _row(kb, "F-0113")
    assert row.subject == "lorazepam" and "Xanax" not in row.source and "Klonopin" not in row.source


def test_the_depression_sentence_is_cited_where_it_stands(kb):
    """F-0124: the Ativan sentence is in WARNINGS / PRECAUTIONS, and it is one label, not 'their labels'."""
    row = _row(kb, "F-0124")
    assert "WARNINGS" in row.source and "INDICATIONS" not in row.source and "their labels" not in row.statement


def test_lorazepam_dose_range_is_not_a_maximum(kb):
    """F-0169: the label's 1-10 mg a day is the range daily doses vary over, not a maximum."""
    assert _row(kb, "F-0169").object == "recommended_dose"


def test_the_missing_ativan_duration_row(kb):
    row = _row(kb, "F-0912")
    assert (row.subject, row.object, row.qty_type, row.qty_values, row.unit) == (
        "lorazepam",
        "long_term_use",
        "set",
        (4.0,),
        "months",
    )


def test_every_number_says_what_it_is(kb):
    untyped = [f.id for f in kb.facts if (f.qty_min is not None or f.qty_max is not None) and not f.qty_type]
    assert untyped == []


def test_typed_values_match_the_reviewed_snapshot(kb):
    """A changed number, type or scope must be reviewed: `python tests/golden/typed_quantities.py`
    rewrites the snapshot, and its diff is what a reviewer reads."""
    assert snapshot(kb.facts) == GOLDEN.read_text(encoding="utf-8")


def test_every_touched_row_records_how_its_citation_was_checked(kb):
    import csv

    record = DEFAULT_FACTS.resolve().with_name("source_checks.csv")
    rows = list(csv.DictReader(record.open(encoding="utf-8", newline="")))
    ids = {f.id for f in kb.facts}
    hows = {
        "label-text-seen",
        "label-text-seen-third-party",
        "source-text-seen",
        "source-text-seen-third-party",
        "not-reachable",
        "restructured-not-rechecked",
        "written-not-rechecked",
        "removed",
    }
    for r in rows:
        assert r["how"] in hows, r
        assert (r["id"] in ids) == (r["how"] != "removed"), r
        assert r["checked"] and r["against"], r
    reviewed_since = {f.id for f in kb.facts if f.reviewed >= "2026-12-02" and (f.qty_type or f.id.startswith("F-09"))}
    assert reviewed_since <= {r["id"] for r in rows}


def _source_check_ids() -> set[str]:
    import csv

    record = DEFAULT_FACTS.resolve().with_name("source_checks.csv")
    return {r["id"] for r in csv.DictReader(record.open(encoding="utf-8", newline=""))}


def test_a_checked_source_is_named_by_its_address():
    """A row whose non-label source was seen says where: `against` gives the address it was read at, or
    names another row whose record gives it ("same pages as F-0160")."""
    import csv
    import re

    record = DEFAULT_FACTS.resolve().with_name("source_checks.csv")
    rows = list(csv.DictReader(record.open(encoding="utf-8", newline="")))
    addressed = {r["id"] for r in rows if re.search(r"https?://", r["against"])}
    seen = ("source-text-seen", "source-text-seen-third-party")
    for r in rows:
        if r["how"] in seen:
            named = set(re.findall(r"\b[FM]-\d{4}\b", r["against"]))
            assert r["id"] in addressed or named & addressed, r


def test_every_row_records_how_its_citation_was_checked(kb):
    missing = sorted({f.id for f in kb.facts} - _source_check_ids())
    assert not missing, f"{len(missing)} rows without a source check, e.g. {missing[:5]}"
