"""`verify claims FILE [--format json]`: per sentence, the atomic claims and what was read off them."""

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ARTICLE = (
    "Clonazepam: What You Need to Know\n"
    "Clonazepam is a benzodiazepine. It may cause drowsiness and dizziness.\n"
    "The FDA says it should not be taken for longer than 4 weeks.\n"
    "Common side effects include:\n"
    "- nausea\n"
    "Share this article\n"
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_json_lists_sentences_with_their_claims(runner, path):
    result = runner.invoke(main, ["claims", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema_version"] == "1"
    art = doc["articles"][0]
    claims = [c for s in art["sentences"] for c in s["claims"]]
    assert art["claims"] == len(claims) and art["checkworthy"] == sum(c["checkworthy"] for c in claims)
    for sent in art["sentences"]:
        for c in sent["claims"]:
            assert c["span"] == ARTICLE[c["start"] : c["end"]] and c["span"].strip()
            assert c["checkworthy"] == (c["reason"] is None)
    hedged = [c for c in claims if c["objects"] and c["objects"][0]["id"] in ("sedation", "dizziness")]
    assert len(hedged) == 2  # one claim per coordinated object
    assert all(c["modality"] == "hedged" and c["subjects"][0]["id"] == "clonazepam" for c in hedged)
    limit = next(c for c in claims if c["attribution"] == "fda" and c["checkworthy"])
    assert limit["polarity"] == "negated"
    assert limit["quantities"] == [
        {"low": 4.0, "high": 4.0, "unit": "weeks", "comparator": ">", "text": "longer than 4 weeks"}
    ]
    nausea = next(c for c in claims if c["span"] == "nausea")
    assert nausea["text"].endswith("Common side effects include nausea") and nausea["checkworthy"]
    reasons = {c["span"]: c["reason"] for c in claims if not c["checkworthy"]}
    assert reasons["Clonazepam: What You Need to Know"] == "heading"
    assert reasons["Share this article"] == "boilerplate"


def test_text_view_groups_claims_under_their_sentence(runner, path):
    result = runner.invoke(main, ["claims", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("  2:33  It may cause drowsiness and dizziness")
    block = lines[at + 1 : at + 7]
    assert any("clonazepam --causes--> sedation" in line and "hedged" in line for line in block)
    assert any("clonazepam --causes--> dizziness" in line for line in block)
    assert "          proposition: [Clonazepam] It cause drowsiness" in block
    assert "not check-worthy: boilerplate" in result.output
    assert lines[-1].startswith("  ") and "check-worthy" in lines[-1]


def test_json_output_file_and_bad_input(runner, path, tmp_path):
    out = tmp_path / "claims.json"
    assert runner.invoke(main, ["claims", "--format", "json", str(path), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["articles"][0]["path"] == str(path)
    missing = runner.invoke(main, ["claims", "--format", "json", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt" in missing.output and "Traceback" not in missing.output
