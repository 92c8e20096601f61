"""Claims about drugs the table does not know are reported `out_of_scope`, claims the tool cannot frame
`not_understood`, both `info` by default: counted in the summaries, never failing CI by default.

Every sentence here is written for this test."""

from __future__ import annotations

import json

import pytest

from pipeline.judge import unsupported_reason
from pipeline.types import Claim, EntityRef, Quantity, Reason, Severity


@pytest.mark.parametrize(
    "text,drug",
    [
        ("Trazodone is often prescribed off-label for insomnia.", "trazodone"),
        ("Oxycodone can cause severe constipation.", "oxycodone"),
        ("Desyrel is widely used as a sleep aid.", "trazodone"),  # a brand resolved to its generic
    ],
)
def test_a_claim_about_a_drug_outside_the_table_is_out_of_scope(findings, text, drug):
    found = [f for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert found and all(f.reason.value == "out_of_scope" for f in found), [
        (f.reason.value, f.claim.text) for f in found
    ]
    assert all(f.severity is Severity.INFO and drug in f.claim.outside for f in found)


def test_a_claim_naming_a_table_drug_is_not_out_of_scope(findings):
    # the table knows hydroxyzine: a chemical class the dictionary also knows does not make it out of scope
    for f in findings("Hydroxyzine is a piperazine antihistamine used for itching."):
        assert f.reason.value != "out_of_scope"
    # nor do neurotransmitters, which the dictionary lists as substances and the table as entities
    for f in findings("Clonazepam does not raise serotonin levels."):
        assert not f.claim.outside


def test_classes_and_receptors_of_the_dictionary_are_not_drugs():
    from pipeline.extract.outside import is_substance

    assert not is_substance({"name": "Hypnotics and Sedatives", "mesh_id": "D006993"})
    assert is_substance({"name": "Oxycodone", "medline_plus_id": "a682132"})
    assert is_substance({"name": "Phenibut", "drugbank_id": "DB13455", "formula": "C10H14ClNO2"})
    assert not is_substance({"name": "Amino acids", "drugbank_id": "DB09393"})


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam was approved for people who have finished growing.",  # no object read
        "Lorazepam sharpens eyesight in teenagers.",  # no relation word of the closed list
    ],
)
def test_a_claim_the_tool_cannot_frame_is_not_understood(findings, text):
    found = [f for f in findings(text) if f.verdict.value == "unsupported"]
    assert found and all(f.reason.value == "not_understood" and f.severity is Severity.INFO for f in found)


def test_framed_means_relation_entity_and_something_said():
    drug = (EntityRef("clonazepam"),)
    assert not Claim("", "", 0, 0, "", subjects=drug, relation="treats").framed  # nothing said of it
    assert not Claim("", "", 0, 0, "", subjects=drug, objects=(EntityRef("anxiety"),)).framed  # no relation
    assert Claim("", "", 0, 0, "", subjects=drug, objects=(EntityRef("anxiety"),), relation="treats").framed
    half_life = Quantity(30, 40, "hour", "=", "30 to 40 hours")
    assert Claim("", "", 0, 0, "", subjects=drug, relation="has_property", quantities=(half_life,)).framed
    assert not Claim("", "", 0, 0, "", relation="treats", value="long").framed  # no entity of the table


def test_the_reason_of_an_undecided_claim():
    framed = Claim("", "", 0, 0, "", subjects=(EntityRef("clonazepam"),), objects=(EntityRef("x"),), relation="causes")
    assert unsupported_reason(framed) is Reason.NO_MATCHING_FACT
    assert unsupported_reason(Claim("", "", 0, 0, "", subjects=(EntityRef("clonazepam"),))) is Reason.NOT_UNDERSTOOD
    outside = Claim("", "", 0, 0, "", relation="treats", objects=(EntityRef("insomnia"),), outside=("trazodone",))
    assert unsupported_reason(outside) is Reason.OUT_OF_SCOPE


def test_summaries_count_them_and_info_fails_no_ci(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    runner = CliRunner()

    article = tmp_path / "a.txt"
    article.write_text(
        "Trazodone is often prescribed off-label for insomnia.\n"
        "Valium was once the most widely prescribed medicine in the world.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["--format", "json", "--fail-on", "unsupported", str(article)])
    assert result.exit_code == 0, result.output  # info is below the warning level --fail-on unsupported fails on
    summary = json.loads(result.output)["articles"][0]["summary"]
    assert summary["out_of_scope"] == 1 and summary["not_understood"] == 1 and summary["unsupported"] == 2
    text = runner.invoke(main, [str(article)]).output
    assert "2 unsupported (1 out of scope, 1 not understood)" in text


def test_evidence_ids_of_a_comparison_name_both_rows(findings):
    found = [f for f in findings("Klonopin has a longer half-life than Xanax.") if f.verdict.value == "supported"]
    assert found and len(found[0].evidence_ids) == 2 and found[0].evidence_ids[0] == found[0].fact.id
    subjects = {f.subject for f in found[0].evidence}
    assert subjects == {"clonazepam", "alprazolam"}


def test_an_audit_keeps_every_evidence_row(findings):
    # the audit journal stores a finding as JSON; the report rebuilds it with both rows of a comparison
    from pipeline.audit.report import _finding
    from pipeline.audit.work import finding_record
    from pipeline.render.json import claim_record

    found = [f for f in findings("Klonopin has a longer half-life than Xanax.") if f.verdict.value == "supported"]
    rebuilt = _finding(json.loads(json.dumps(finding_record(found[0]))))
    assert claim_record(rebuilt)["evidence_ids"] == found[0].evidence_ids and len(rebuilt.evidence_ids) == 2
