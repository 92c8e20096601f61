"""pre-commit, for real: the hook from .pre-commit-hooks.yaml on a temporary git repository."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
pytestmark = pytest.mark.skipif(
    not (ROOT / ".git").exists() or not shutil.which("git") or not Path(PRE_COMMIT).exists(),
    reason="needs git, pre-commit and a git checkout of verify",
)


def test_pre_commit_hook_fails_then_passes(tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    env = dict(
        os.environ,
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )

    def git(*args):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    def hook():
        git("add", "-A")
        return subprocess.run(
            [PRE_COMMIT, "try-repo", str(ROOT), "verify", "--all-files", "--verbose"],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    git("init", "-q")
    page = repo / "page.md"
    page.write_text(
        "# Benzodiazepines\n\nClonazepam is a benzodiazepine.\nBenzodiazepines raise the amount of GABA in the brain.\n"
    )
    failed = hook()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "myth_match M-0002" in failed.stdout
    assert "supported " not in failed.stdout and "claims:" not in failed.stdout  # only the findings

    page.write_text("# Benzodiazepines\n\nBenzodiazepines enhance the effect of GABA.\n")
    fixed = hook()
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr

    page.write_text(
        "# Benzodiazepines\n\n<!-- verify-ignore M-0002: we quote the myth to debunk it -->\n"
        "Benzodiazepines raise the amount of GABA in the brain.\n"
    )
    suppressed = hook()
    assert suppressed.returncode == 0, suppressed.stdout + suppressed.stderr
    assert "M-0002" not in suppressed.stdout  # a suppressed finding is not printed
