"""Batch audit throughput: pages/s of `verify audit` against single-process `verify`, same pages, one run.

    python benchmarks/audit_throughput.py [--pages N] [--quick]

The pages are the sample articles of claims/articles/, each copied with its own first line so that
no two are duplicates. The baseline is one `Verifier` in this process (the model loaded once, every
page in one `nlp.pipe` stream): what `verify FILE...` does. Then the audit runs on 1 and 2 local
workers and on a Dask LocalCluster of 2 worker processes. For each, two ratios to the baseline:

- steady: pages per second of checking, without loading the model (the baseline's model load and the
  audit's worker start are left out);
- end to end: pages over the whole wall time, model loading, worker start and report writing included.

It also prints the CPU seconds of each run (all its processes): on a machine busy with other work the
wall-clock ratios say little about scaling, the CPU time says what the audit costs; and the machine's
1-minute load average before and after each run (other people's work shows there). "x 1 worker" is the
scaling: checking pages/s of a run over that of the local audit with one worker.

All runs must give the same findings (checked). `--quick` audits a handful of pages (CI smoke).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.audit import AuditOptions, run_audit  # noqa: E402


def make_pages(folder: Path, n: int) -> list[Path]:
    articles = sorted((ROOT / "claims" / "articles").glob("*.txt"))
    pages = []
    for k in range(n):
        source = articles[k % len(articles)]
        page = folder / f"page{k:04d}.txt"
        page.write_text(f"Copy {k} of {source.stem}\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
        pages.append(page)
    return pages


def cpu() -> float:
    """CPU seconds of this process and of its finished children (workers, once shut down)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def baseline(pages: list[Path]) -> dict:
    from pipeline.api import Verifier

    load0 = os.getloadavg()[0]
    cpu0 = cpu()
    start = time.perf_counter()
    verifier = Verifier()
    loaded = time.perf_counter()
    report = verifier.verify_paths(pages)
    done = time.perf_counter()
    claims = sum(len(a.findings) for a in report.articles)
    return {
        "setup": loaded - start,
        "run": done - loaded,
        "wall": done - start,
        "claims": claims,
        "cpu": cpu() - cpu0,
        "load": (load0, os.getloadavg()[0]),
    }


def audit(pages_dir: Path, out: Path, **options) -> dict:
    load0 = os.getloadavg()[0]
    cpu0 = cpu()
    start = time.perf_counter()
    counts = run_audit(AuditOptions(inputs=(str(pages_dir),), out=str(out), progress="none", **options))
    wall = time.perf_counter() - start
    session = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["timings"]["sessions"][-1]
    return {
        "setup": session["setup_seconds"],
        "run": session["seconds"] - session["setup_seconds"],
        "wall": wall,
        "claims": counts["claims"],
        "findings": (out / "findings.jsonl").read_bytes(),
        "cpu": cpu() - cpu0,
        "load": (load0, os.getloadavg()[0]),
    }


def profile(n: int, top: int = 15) -> int:
    """One audit on 2 local workers with the main process under cProfile: the main process's own CPU
    (reading pages, deduplicating, the journal, moving pages to and from the workers) against the
    workers' CPU (extracting and checking), and the main process's costliest functions."""
    import cProfile
    import pstats

    with tempfile.TemporaryDirectory(prefix="verify-audit-profile-") as tmp:
        pages_dir = Path(tmp) / "pages"
        pages_dir.mkdir()
        make_pages(pages_dir, n)
        own0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        load0, start = os.getloadavg()[0], time.perf_counter()
        profiler = cProfile.Profile()
        profiler.runcall(audit, pages_dir, Path(tmp) / "out", workers=2)
        wall = time.perf_counter() - start
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    main_cpu = own.ru_utime + own.ru_stime - own0.ru_utime - own0.ru_stime
    workers_cpu = kids.ru_utime + kids.ru_stime - kids0.ru_utime - kids0.ru_stime
    print(f"{n} pages, 2 local workers: wall {wall:.1f} s, load {load0:.2f}-{os.getloadavg()[0]:.2f}")
    print(f"CPU s: main process {main_cpu:.1f} (profiled, so inflated), workers {workers_cpu:.1f}")
    print(f"workers busy: {workers_cpu / (2 * wall):.0%} of 2 x wall")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=160)
    ap.add_argument("--quick", action="store_true", help="a handful of pages: a smoke run, not a measurement")
    ap.add_argument("--profile", action="store_true", help="profile one audit on 2 local workers: where the time goes")
    args = ap.parse_args(argv)
    n = 6 if args.quick else args.pages
    if args.profile:
        return profile(n)
    with tempfile.TemporaryDirectory(prefix="verify-audit-bench-") as tmp:
        tmp = Path(tmp)
        pages_dir = tmp / "pages"
        pages_dir.mkdir()
        pages = make_pages(pages_dir, n)
        runs = {"verify (1 process, baseline)": baseline(pages)}
        runs["audit, local, 1 worker"] = audit(pages_dir, tmp / "local1", workers=1)
        runs["audit, local, 2 workers"] = audit(pages_dir, tmp / "local2", workers=2)
        runs["audit, dask, 2 workers"] = audit(pages_dir, tmp / "dask2", engine="dask", workers=2)
    findings = {r["findings"] for name, r in runs.items() if "findings" in r}
    claims = {r["claims"] for r in runs.values()}
    if len(findings) != 1 or len(claims) != 1:
        print("error: the runs do not give the same findings", file=sys.stderr)
        return 1
    base = runs["verify (1 process, baseline)"]
    steady0, e2e0 = n / base["run"], n / base["wall"]
    one = n / runs["audit, local, 1 worker"]["run"]
    print(f"{n} pages, {claims.pop()} claims{' (quick: not a measurement)' if args.quick else ''}")
    print(
        f"{'run':<30}{'setup s':>9}{'check s':>9}{'pages/s':>9}{'x verify':>10}"
        f"{'wall s':>9}{'x verify':>10}{'CPU s':>8}{'x 1 worker':>12}{'load':>12}"
    )
    for name, r in runs.items():
        steady, e2e = n / r["run"], n / r["wall"]
        print(
            f"{name:<30}{r['setup']:>9.2f}{r['run']:>9.2f}{steady:>9.1f}{steady / steady0:>10.2f}"
            f"{r['wall']:>9.2f}{e2e / e2e0:>10.2f}{r['cpu']:>8.1f}{steady / one:>12.2f}"
            f"{r['load'][0]:>6.2f}-{r['load'][1]:<5.2f}"
        )
    print("pages/s and the first 'x verify': checking only; 'wall s' and the second: end to end;")
    print("CPU s: every process of the run (model loads included): the work, whatever the machine's load")
    return 0


if __name__ == "__main__":
    sys.exit(main())
