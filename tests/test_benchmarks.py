"""The benchmark scripts keep working (smoke mode); their figures are not asserted here."""

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_cold_start_benchmark_runs():
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "cold_start.py"), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "spacy.load (baseline)" in out.stdout and "verify ARTICLE" in out.stdout


def test_thresholds_benchmark_runs():
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "thresholds.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "<- default" in out.stdout


def test_audit_throughput_benchmark_runs():
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "audit_throughput.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    for run in (
        "verify (1 process, baseline)",
        "audit, local, 1 worker",
        "audit, local, 2 workers",
        "audit, dask, 2 workers",
    ):
        assert run in out.stdout


def test_run_benchmark_quick_prints_every_figure():
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    import json

    figures = {f["figure"]: f for f in json.loads(out.stdout)["figures"]}
    for prefix in (
        "throughput,",
        "cold start: verify ARTICLE",
        "cold start: verify --help",
        "cold start: verify --version",
        "match time per claim",
        "peak RSS: verify ARTICLE",
        "peak RSS:",
        "long line: time",
        "long line: peak RSS",
    ):
        assert any(name.startswith(prefix) for name in figures), prefix
    # every figure is a positive measurement, and every ratio is against a baseline from this run
    for f in figures.values():
        assert f["value"] > 0
        if f["ratio"] is not None:
            assert f["baseline_value"] > 0


def test_synthetic_tables_keep_the_entity_mix():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from run import synthetic_kb

    from pipeline.kb import load_kb

    base = load_kb()
    kb = synthetic_kb(base, 3 * len(base.facts) + 7)
    assert len(kb.facts) == 3 * len(base.facts) + 7
    assert len({f.id for f in kb.facts}) == len(kb.facts)
    # copy 2 of a row names copy 2 of its entities, which keep their type and class tree
    row = base.facts[0]
    copy = kb.facts[2 * len(base.facts)]
    assert copy.subject == f"{row.subject}_v2" and kb.type_of(copy.subject) == base.type_of(row.subject)
    assert kb.is_kind_of(copy.subject, f"{row.object}_v2") == base.is_kind_of(row.subject, row.object)
    # blocks do not grow with the table: an entity's copy names as many rows as the entity itself
    assert len(kb.candidates({f"{row.subject}_v2"})) == len(base.candidates({row.subject}))


def test_corpus_is_deterministic_and_page_sized():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import articles

    pages = articles(3, seed=4)
    assert pages == articles(3, seed=4) and len(set(pages)) == 3
    assert all(len(p.split()) >= 300 for p in pages)


def test_run_benchmark_audit_memory_section():
    """`--only audit-memory` runs `verify audit` on generated JSONL pages of two sizes and reports the
    main process's and the worker's peak RSS, the larger size against the smaller one."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--only", "audit-memory", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    import json

    figures = {f["figure"]: f for f in json.loads(out.stdout)["figures"]}
    for who in ("main process", "worker"):
        small = figures[f"audit peak RSS, 1 worker(s), {who}: 20 pages"]
        large = figures[f"audit peak RSS, 1 worker(s), {who}: 200 pages"]
        assert small["value"] > 0 and large["baseline_value"] == small["value"] and large["target"] == "<= 1.10"
    # the worker loads the model; the main process does not
    assert (
        figures["audit peak RSS, 1 worker(s), worker: 20 pages"]["value"]
        > figures["audit peak RSS, 1 worker(s), main process: 20 pages"]["value"]
    )
