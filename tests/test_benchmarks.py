"""The benchmark scripts keep working (smoke mode); their figures are not asserted here."""
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_cold_start_benchmark_runs():
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cold_start.py"), "--quick"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "spacy.load (baseline)" in out.stdout and "verify ARTICLE" in out.stdout


def test_thresholds_benchmark_runs():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "thresholds.py"), "--quick"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "<- default" in out.stdout


def test_audit_throughput_benchmark_runs():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "audit_throughput.py"), "--quick"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    for run in ("verify (1 process, baseline)", "audit, local, 1 worker", "audit, local, 2 workers",
                "audit, dask, 2 workers"):
        assert run in out.stdout
