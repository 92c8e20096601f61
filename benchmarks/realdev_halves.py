"""Score ../shared/eval/real-dev in two halves split by site: one to tune on, one only to measure.

    python benchmarks/realdev_halves.py [--cmd "verify --format json"]

Every page of real-dev comes from a different site; pages with an odd number (d01, d03, ...) are the
half rules may be tuned on, pages with an even number the half that is only measured. Prints the
metrics of ../shared/eval/score.py for each half and for the whole set (a JSON line per row with
--json). Nothing of real-dev is copied into the project: the halves are written to a temporary
folder and scored there.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
REAL_DEV = EVAL / "real-dev"
METRICS = ("contradiction_recall", "flag_recall", "false_contradiction_rate", "core_support_rate", "noise_flag_rate")


def half_of(article: str) -> str:
    """'tune' for odd page numbers, 'measure' for even ones ('d07_site.txt' -> 'tune')."""
    number = int("".join(ch for ch in article.split("_", 1)[0] if ch.isdigit()) or 0)
    return "tune" if number % 2 else "measure"


def score(gold_rows: list[dict], fields: list[str], cmd: str, tmp: Path, name: str) -> dict:
    gold = tmp / f"{name}.csv"
    with gold.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(gold_rows)
    command = [sys.executable, str(EVAL / "score.py"), "--json", "--cmd", cmd, str(gold), str(REAL_DEV / "pages")]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cmd", default="verify --format json")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (REAL_DEV / "gold.csv").exists():
        print("no ../shared/eval/real-dev here", file=sys.stderr)
        return 2
    with (REAL_DEV / "gold.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows, fields = list(reader), list(reader.fieldnames or ())
    halves = {
        "tune (odd pages)": [r for r in rows if half_of(r["article"]) == "tune"],
        "measure (even pages)": [r for r in rows if half_of(r["article"]) == "measure"],
        "all": rows,
    }
    with tempfile.TemporaryDirectory() as tmp:
        results = {
            name: score(part, fields, args.cmd, Path(tmp), str(i)) for i, (name, part) in enumerate(halves.items())
        }
    if args.json:
        for name, m in results.items():
            print(json.dumps({"half": name, **m}))
        return 0
    print(f"| half | items | {' | '.join(METRICS)} |")
    print(f"|---|---|{'---|' * len(METRICS)}")
    for name, m in results.items():
        print(f"| {name} | {m['items']} | {' | '.join(f'{m[k]:.2f}' for k in METRICS)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
