"""The package as users get it: a wheel of this checkout, installed (not editable) into a fresh virtual
environment, runs `verify` and holds every module and data file of every subpackage.

The new environment takes its dependencies (spaCy, its model, pandas, ...) from the running one, through
a .pth file listing the running interpreter's import path, less every folder holding a `pipeline`
package (this checkout). The folders of a .pth file are added as they are: their own .pth files (the
running environment's editable install of this project among them) are not processed, so `pipeline`
can only come from the wheel; the test checks that it does. Nothing is downloaded: the wheel is built
with the running environment's setuptools and wheel (the test extras), pip runs with --no-index.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "claims" / "articles" / "01_klonopin_basics.txt"
# What a build of the checkout does not need (and a copy need not carry).
_NOT_COPIED = shutil.ignore_patterns(
    ".git",
    ".ci-venv",
    ".venv",
    "venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    "reports",
)


def _files(package: Path) -> dict[str, bytes]:
    """Relative path -> content of every file of `package` (no caches, no hidden files)."""
    out = {}
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if path.is_file() and "__pycache__" not in rel.parts and not any(p.startswith(".") for p in rel.parts):
            out[rel.as_posix()] = path.read_bytes()
    return out


def _dependency_path() -> list[str]:
    """The running interpreter's import path, less every folder that holds a `pipeline` package."""
    return [
        p
        for p in dict.fromkeys(sys.path)
        if p and os.path.isdir(p) and not os.path.exists(os.path.join(p, "pipeline", "__init__.py"))
    ]


def _clean_env() -> dict[str, str]:
    """The environment for the installed copy: no PYTHONPATH (it names this checkout), no user site."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}
    env["PYTHONNOUSERSITE"] = "1"
    return env


def _run(args: list, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False, **kwargs)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with this checkout's wheel installed; returns its folder."""
    if importlib.util.find_spec("setuptools") is None or importlib.util.find_spec("wheel") is None:
        pytest.skip("setuptools and wheel are needed to build the wheel (pip install -e '.[test]')")
    tmp = tmp_path_factory.mktemp("packaging")
    source, wheels, env_dir = tmp / "source", tmp / "wheels", tmp / "venv"
    shutil.copytree(ROOT, source, symlinks=True, ignore=_NOT_COPIED)  # the build writes build/, *.egg-info
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheels, source])
    (wheel,) = wheels.glob("*.whl")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # --ignore-installed, and a working folder of its own: pip must never take a copy of this project
    # it can see from here (the checkout's egg-info, the running environment) for an installed one.
    done = _run([*pip, "--python", python, "install", "--no-deps", "--no-index", "--ignore-installed", wheel], cwd=tmp)
    installed_here = list(env_dir.glob("lib/python*/site-packages/pipeline/__init__.py"))
    assert installed_here, f"pip did not install the wheel into {env_dir}:\n{done.stdout}\n{done.stderr}"
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], env=_clean_env())
    Path(site.stdout.strip(), "_running_env_dependencies.pth").write_text(
        "".join(p + "\n" for p in _dependency_path()), encoding="utf-8"
    )
    return env_dir


def _installed_package(env_dir: Path) -> Path:
    probe = (
        "import sys, pipeline; "
        "assert not [m for m in sys.modules if m.startswith('__editable__')], 'an editable finder is loaded'; "
        "print(pipeline.__file__)"
    )
    done = _run([env_dir / "bin" / "python", "-c", probe], env=_clean_env(), cwd=env_dir)
    return Path(done.stdout.strip()).parent


def test_pipeline_is_imported_from_the_wheel_not_the_checkout(installed):
    package = _installed_package(installed)
    assert package.resolve().is_relative_to(installed.resolve()), package
    assert not package.resolve().is_relative_to(ROOT), package


def test_every_module_and_data_file_is_installed(installed):
    source, package = _files(ROOT / "pipeline"), _files(_installed_package(installed))
    assert sorted(source) == sorted(package)
    data = [name for name in source if not name.endswith(".py")]
    assert any(name.startswith("data/") for name in data) and any(name.startswith("render/assets/") for name in data)
    assert [name for name in data if source[name] != package[name]] == []  # symlinked tables as their content


def test_the_installed_verify_command_checks_an_article(installed, tmp_path):
    done = _run(
        [installed / "bin" / "verify", "--format", "json", "--fail-on", "never", ARTICLE],
        env=_clean_env(),
        cwd=tmp_path,
    )
    report = json.loads(done.stdout)
    (article,) = report["articles"]
    assert article["path"] == str(ARTICLE)
    assert article["claims"], "no claims reported"
    assert {c["verdict"] for c in article["claims"]} & {"supported", "contradicted", "unsupported"}


def test_the_audit_subpackage_ships_and_runs_from_the_wheel(installed, tmp_path):
    """pipeline/audit/ is a subpackage: found by `include = ["pipeline*"]`, installed, and `verify audit`
    runs from the wheel (its modules, not the checkout's)."""
    package = _installed_package(installed)
    assert {"__init__.py", "run.py", "inputs.py", "engine.py", "work.py", "journal.py", "report.py"} <= {
        p.name for p in (package / "audit").glob("*.py")
    }
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.txt").write_text("Buspirone is a benzodiazepine.\n", encoding="utf-8")
    _run(
        [
            installed / "bin" / "verify",
            "audit",
            site,
            "--out",
            tmp_path / "out",
            "--workers",
            "1",
            "--progress",
            "none",
        ],
        env=_clean_env(),
        cwd=tmp_path,
    )
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["pages_checked"] == 1 and manifest["counts"]["contradicted"] == 1
