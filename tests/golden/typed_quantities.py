"""The reviewed snapshot of the table's typed numbers: tests/golden/typed_quantities.csv.

    python tests/golden/typed_quantities.py

rewrites it from reference_facts.csv. tests/test_quantity_probes.py compares the two, so a changed
number, type or scope shows up in review as a diff of this file; review it before committing.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "typed_quantities.csv"
COLUMNS = (
    "id",
    "subject",
    "relation",
    "object",
    "qualifier",
    "scope",
    "attribution",
    "qty_type",
    "qty_min",
    "qty_max",
    "qty_values",
    "unit",
)


def snapshot(facts) -> str:
    """One line per row with a number: what it is, for whom, and its figures, in table order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for f in facts:
        if f.qty_min is None and f.qty_max is None and not f.qty_values:
            continue
        figures = ["" if v is None else f"{v:g}" for v in (f.qty_min, f.qty_max)]
        values = ";".join(f"{v:g}" for v in f.qty_values)
        writer.writerow(
            [f.id, f.subject, f.relation, f.object, f.qualifier, f.scope, f.attribution, f.qty_type]
            + figures
            + [values, f.unit]
        )
    return out.getvalue()


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from pipeline.kb import load_kb

    GOLDEN.write_text(snapshot(load_kb().facts), encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    main()
