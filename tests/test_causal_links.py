"""Causal links: "more of a neurotransmitter causes an effect", read from connectives in any wording,
and judged against the table's mechanism rows (the dopamine-sedation myth), never invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.errors import FactTableError
from pipeline.extract import links

ROOT = Path(__file__).resolve().parent.parent
ORDER = {"contradicted": 0, "unsupported": 1, "supported": 2, "not_checkworthy": 3}


def worst(findings) -> str:
    verdicts = [f.verdict.value for f in findings if f.claim.checkworthy]
    return min(verdicts, key=ORDER.__getitem__, default="none")


def link_pairs(claims) -> list[tuple[str, str]]:
    return [
        (c.subjects[0].id, c.objects[0].id)
        for c in claims
        if c.relation == "causes" and c.text == c.sentence and c.subjects and c.objects
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our patients got drowsy on lorazepam because it releases dopamine.",  # after: because
        "Extra dopamine, which is why diazepam leaves people sleepy, is the culprit.",  # before
        "When Klonopin boosts dopamine, the person becomes drowsy.",  # first clause
        "Alprazolam's drowsiness stems from a spike in dopamine.",  # after: stem from
        "A flood of dopamine is what makes Valium so sedating.",  # before: make
    ],
)
def test_the_dopamine_sedation_link_is_read_in_many_shapes(findings, text):
    found = findings(text)
    assert any(f.verdict.value == "contradicted" and f.fact and f.fact.id == "M-0003" for f in found), [
        (f.claim.text, f.verdict.value, f.reason.value) for f in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is a myth that dopamine release makes benzodiazepines sedating.",  # debunked
        "Benzodiazepines do not make you sleepy because they release dopamine.",  # negated
        "Stimulants boost dopamine, which is why they prevent drowsiness.",  # works against the effect
        "Low dopamine makes some people sleepy.",  # a decrease is not the myth's cause
        "Stimulants raise dopamine, which is why they cut drowsiness.",  # the effect goes the other way
        "Some antipsychotics make people drowsy because they block dopamine.",  # less dopamine as the cause
        "Does dopamine release make you drowsy?",  # a question asserts nothing
        "Benzodiazepines cause drowsiness, and they raise dopamine firing indirectly.",  # no connective between
    ],
)
def test_no_link_where_the_sentence_does_not_assert_one(claims, text):
    assert ("dopamine", "sedation") not in link_pairs(claims(text))


def test_a_link_no_row_can_judge_is_not_added(claims):
    # glutamate and sedation: no row speaks of glutamate causing sedation, so no extra claim (and no
    # extra warning); GABA and sedation have one (F-1384), so that link is read
    assert link_pairs(claims("Clonazepam makes people drowsy because it lowers glutamate.")) == []
    assert link_pairs(claims("Clonazepam makes people drowsy because it increases GABA.")) == [("gaba", "sedation")]


def test_the_link_is_one_claim_over_the_sentence(claims):
    text = "Valium makes you sleepy due to the dopamine it releases."
    made = [c for c in claims(text) if c.text == c.sentence and c.relation == "causes"]
    assert len(made) == 1 and (made[0].start, made[0].end) == (0, len(text) - 1) or made[0].end == len(text)


@pytest.mark.parametrize(
    "row, column",
    [("connective,because,sideways", "value"), ("feeling,because,", "kind"), ("up,surge,after", "value")],
)
def test_link_cues_are_validated(tmp_path, row, column):
    (tmp_path / "causal_links.csv").write_text(f"kind,phrase,value\n{row}\n", encoding="utf-8")
    with pytest.raises(FactTableError, match=rf"causal_links.csv:2: column '{column}'"):
        links.load_link_cues(tmp_path)


def wordings():
    with (ROOT / "claims" / "wordings.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


WANT = {"false": "contradicted", "true": "supported", "overstated": "unsupported"}


def verdicts(findings) -> dict[str, str]:
    return {row["text"]: worst(findings(row["text"])) for row in wordings()}


def test_wordings_of_the_dopamine_myth_are_caught_and_the_overstatement_is_not(findings):
    """claims/wordings.csv: own wordings written before the rules. The dopamine-sedation wordings are
    all caught (calm and relax wordings through the calming effect entity); a plain
    "benzodiazepines raise dopamine levels" overstates the indirect row and stays
    unsupported, neither backed nor red."""
    rows, got = wordings(), verdicts(findings)
    assert all(got[r["text"]] == "unsupported" for r in rows if r["label"] == "overstated")
    myth = [r["text"] for r in rows if r["target"] == "myth:dopamine_sedation"]
    missed = [t for t in myth if got[t] != "contradicted"]
    assert missed == [], missed


def test_every_wording_of_the_label_duration_misreadings_is_contradicted(findings):
    """ "The manufacturer / the label / the FDA says no longer than 4 (or 9) weeks": each of 20 own
    wordings is contradicted, by the drug's myth row or by the UK guidance row it misattributes."""
    rows, got = wordings(), verdicts(findings)
    false = [r["text"] for r in rows if r["label"] == "false" and r["target"].startswith("myth:label_")]
    assert len(false) == 20
    assert [t for t in false if got[t] != "contradicted"] == []


def test_the_guidance_the_misreadings_confuse_is_supported_when_attributed_right(findings):
    rows, got = wordings(), verdicts(findings)
    guidance = [r["text"] for r in rows if r["target"] == "fact:uk_two_to_four_weeks"]
    assert guidance and all(got[t] == "supported" for t in guidance), {t: got[t] for t in guidance}


def test_no_true_wording_is_contradicted(findings):
    rows, got = wordings(), verdicts(findings)
    assert [r["text"] for r in rows if r["label"] == "true" and got[r["text"]] == "contradicted"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Stimulants raise dopamine, which is why they cut drowsiness.",
        "Some antipsychotics make people drowsy because they block dopamine.",
        "Benzodiazepines cause drowsiness because they enhance GABA, not because they release dopamine.",
    ],
)
def test_true_sentences_near_the_myth_are_not_red(findings, text):
    assert worst(findings(text)) != "contradicted", [(f.claim.text, f.verdict.value) for f in findings(text)]
