"""The size rule for pipeline/: small named units a newcomer can read and change.

No function (docstring and decorators included) is longer than MAX_LINES, and none is more complex
than the cyclomatic complexity ruff's C901 allows (`max-complexity` in pyproject.toml). A function
that grows past either limit is split into named helpers, not exempted here.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"
MAX_LINES = 60


def _functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            yield node.name, node.lineno, node.end_lineno - first + 1


def long_functions(package: Path = PACKAGE, limit: int = MAX_LINES) -> list[str]:
    """'path:line name (N lines)' for every function in `package` longer than `limit` lines."""
    return [
        f"{path.relative_to(package.parent)}:{line} {name} ({size} lines)"
        for path in sorted(package.rglob("*.py"))
        for name, line, size in _functions(path)
        if size > limit
    ]


def test_the_rule_sees_a_long_function(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    (package / "m.py").write_text(f"def short():\n    return 1\n\n\ndef long():\n{body}\n", encoding="utf-8")
    assert long_functions(package) == [f"pkg/m.py:5 long ({MAX_LINES + 1} lines)"]


def test_no_function_in_pipeline_is_longer_than_the_limit():
    assert long_functions() == []


def _ruff() -> list[str] | None:
    exe = shutil.which("ruff")
    if exe:
        return [exe]
    try:
        import ruff  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-m", "ruff"]


def test_no_function_in_pipeline_is_more_complex_than_c901_allows():
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run(
        [*ruff, "check", "--select", "C901", "--output-format", "concise", str(PACKAGE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
