"""The CI integration files parse and say what the README says they do."""

import pytest
import yaml
from conftest import ROOT


def test_pre_commit_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "verify" and hook["entry"] == "verify --quiet" and hook["language"] == "python"
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


def test_ci_installs_chromium_and_requires_the_browser_tests():
    script = (ROOT / ".ci" / "run").read_text()
    assert "apt-get install -y -qq chromium" in script
    assert "export VERIFY_REQUIRE_BROWSER=1" in script
    assert script.index("export VERIFY_REQUIRE_BROWSER=1") < script.index("python -m pytest")


@pytest.mark.parametrize("required, code, outcome", [("1", 1, "1 error"), ("", 0, "1 skipped")])
def test_browser_tests_fail_rather_than_skip_when_required(tmp_path, required, code, outcome):
    import os
    import subprocess
    import sys

    env = {**os.environ, "VERIFY_CHROMIUM": str(tmp_path / "no-chromium"), "VERIFY_REQUIRE_BROWSER": required}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_html_browser.py::test_a_fact_with_an_address_links_to_it",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == code and outcome in result.stdout, result.stdout[-2000:]
