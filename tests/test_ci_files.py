"""The CI integration files parse and say what the README says they do."""
import yaml

from conftest import ROOT


def test_pre_commit_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "verify" and hook["entry"] == "verify" and hook["language"] == "python"
    assert hook["require_serial"] is True  # one process, so the model loads once


def test_composite_action_uploads_sarif_and_keeps_the_exit_code():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    run = next(s for s in steps if s.get("id") == "verify")["run"]
    assert "--format sarif" in run and "--format github" in run
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert steps[-1]["run"].strip() == "exit ${{ steps.verify.outputs.code }}"
    assert set(action["inputs"]) == {"paths", "fail-on", "baseline", "sarif", "upload-sarif"}
    assert action["inputs"]["fail-on"]["default"] == ""  # the repository's [tool.verify] decides
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "hashFiles" in upload["if"] and upload["continue-on-error"] is True
