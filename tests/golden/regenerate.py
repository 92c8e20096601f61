"""Rewrite every golden file tests/golden/sample.<ext> from the shared sample report.

    python tests/golden/regenerate.py

Review the diff before committing: a golden file changes only when a renderer's output should.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from sample_report import GOLDEN, golden_text, sample_report  # noqa: E402

from pipeline.render import FORMATS  # noqa: E402


def main() -> None:
    report = sample_report()
    missing = set(FORMATS) - set(GOLDEN)
    if missing:
        raise SystemExit(f"no golden file name for {sorted(missing)}: add it to GOLDEN in sample_report.py")
    for fmt, ext in GOLDEN.items():
        path = HERE / f"sample.{ext}"
        path.write_bytes(golden_text(report, fmt).encode("utf-8"))
        print(f"wrote {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
