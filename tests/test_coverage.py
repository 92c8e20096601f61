"""The table's coverage (issue 3): commonly stated true and false sentences across the scope.

claims/coverage.csv is written for this project (none of it from a seed article). verify must
support at least 85% of the true sentences, contradict at least 85% of the false ones, and
contradict none of the true ones.
"""

import csv

from conftest import ROOT

RANK = {"contradicted": 3, "unsupported": 2, "supported": 1, "not_checkworthy": 0}


def _worst(verifier, text):
    findings = verifier.verify_text(text).articles[0].findings
    return max((f.verdict.value for f in findings), key=RANK.__getitem__, default="not_checkworthy")


def test_coverage_set(verifier):
    rows = list(csv.DictReader(open(ROOT / "claims" / "coverage.csv", newline="", encoding="utf-8")))
    true = [(r["text"], _worst(verifier, r["text"])) for r in rows if r["label"] == "true"]
    false = [(r["text"], _worst(verifier, r["text"])) for r in rows if r["label"] == "false"]
    assert len(true) >= 60 and len(false) >= 40
    assert [t for t, v in true if v == "contradicted"] == []
    supported = sum(v == "supported" for _, v in true) / len(true)
    contradicted = sum(v == "contradicted" for _, v in false) / len(false)
    print(
        f"coverage: supported {supported:.3f} of {len(true)} true, "
        f"contradicted {contradicted:.3f} of {len(false)} false"
    )
    assert supported >= 0.85, [t for t, v in true if v != "supported"]
    assert contradicted >= 0.85, [t for t, v in false if v != "contradicted"]
