"""Write every report the project's corpora produce, to show a change keeps behaviour byte for byte.

    python benchmarks/behaviour_snapshot.py write OUT_DIR      # the reports of the checkout you run it in
    python benchmarks/behaviour_snapshot.py compare DIR_A DIR_B

`write` runs this checkout's `verify` (JSON verdict report and the extractor's JSON claims view) over
claims/articles, claims/extraction, the one-sentence sets claims/paraphrases.csv and
claims/coverage.csv (one sentence a line), and, when `../shared` exists, the seed articles and
`../shared/eval/real-dev/pages`, always with the fact table pinned to `--facts` (default: the
checkout's reference_facts.csv; its path is written as `<facts>`, so copies of one table pinned
in two places compare equal). `compare` lists every file that differs and exits 1 if any does.

A restructuring is behaviour-preserving when `write` on the commit before it and on the commit after
it give directories that `compare` finds identical.
"""

from __future__ import annotations

import csv
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpora(tmp: Path) -> dict[str, list[Path]]:
    """Name -> article files, for every corpus present on this machine."""
    sets = {
        "claims-articles": sorted((ROOT / "claims" / "articles").glob("*.txt")),
        "claims-extraction": sorted((ROOT / "claims" / "extraction").glob("*.txt")),
    }
    for name in ("paraphrases", "coverage"):
        with (ROOT / "claims" / f"{name}.csv").open(newline="", encoding="utf-8") as fh:
            lines = [row["text"] for row in csv.DictReader(fh)]
        page = tmp / f"{name}.txt"
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sets[f"claims-{name}"] = [page]
    if (SHARED / "seeds").is_dir():
        sets["seeds"] = sorted((SHARED / "seeds").glob("*.txt"))
    if (SHARED / "eval" / "real-dev" / "pages").is_dir():
        sets["real-dev"] = sorted((SHARED / "eval" / "real-dev" / "pages").glob("*.txt"))
    return sets


def run(args: list[str], cwd: Path) -> str:
    """`verify ARGS` with this checkout's code first on the import path (not whatever is installed)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", "from pipeline.cli import main; main()", *args]
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"verify {' '.join(args[:3])} ...: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def write(out: Path, facts: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name, files in corpora(tmp).items():
            # Paths relative to their folder, so two checkouts in different places compare equal.
            cwd = files[0].parent
            rel = [f.name for f in files]
            report = run(["check", "--format", "json", "--fail-on", "never", "--facts", str(facts), *rel], cwd)
            # The table's location is not behaviour: two checkouts may pin copies in different places.
            report = report.replace(json.dumps(str(facts))[1:-1], "<facts>")
            (out / f"{name}.report.json").write_text(report, encoding="utf-8")
            view = run(["claims", "--format", "json", "--facts", str(facts), *rel], cwd)
            view = view.replace(json.dumps(str(facts))[1:-1], "<facts>")
            (out / f"{name}.claims.json").write_text(view, encoding="utf-8")
            print(f"{name}: {len(files)} files")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    differ = [
        n for n in names if not (a / n).exists() or not (b / n).exists() or not filecmp.cmp(a / n, b / n, shallow=False)
    ]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} files identical")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "write":
        facts = Path(argv[2]).resolve() if len(argv) > 2 else ROOT / "reference_facts.csv"
        write(Path(argv[1]).resolve(), facts)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
