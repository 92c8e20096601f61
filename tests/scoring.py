"""The gold-file metrics of ../shared/eval/score.py, computed in-process for tests.

Same semantics: a gold quote takes the worst verdict among claims whose span overlaps it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

RANK = {"contradicted": 4, "unsupported": 3, "supported": 2, "not_checkworthy": 1, "none": 0}
FLAGGED = {"contradicted", "unsupported"}
OK = {
    "contradicted": lambda v: v == "contradicted",
    "problem": lambda v: v in FLAGGED,
    "true_core": lambda v: v == "supported",
    "true_peripheral": lambda v: v != "contradicted",
    "noise": lambda v: v not in FLAGGED,
}


def score(gold_csv: Path, article_dir: Path, verifier):
    gold = list(csv.DictReader(open(gold_csv, newline="", encoding="utf-8")))
    names = sorted({g["article"] for g in gold})
    report = verifier.verify_paths([article_dir / n for n in names])
    by_name = {Path(a.article.path).name: a for a in report.articles}
    tally: dict = defaultdict(lambda: defaultdict(int))
    rows = []
    for g in gold:
        art = by_name[g["article"]]
        lo = art.article.text.find(g["quote"])
        assert lo >= 0, f"quote not in {g['article']}: {g['quote']!r}"
        hi = lo + len(g["quote"])
        verdict = "none"
        for f in art.findings:
            if f.claim.start < hi and f.claim.end > lo and RANK[f.verdict.value] > RANK[verdict]:
                verdict = f.verdict.value
        tally[g["label"]][verdict] += 1
        rows.append((g["label"], verdict, g["article"], g["quote"]))

    def n(label, verdicts=None):
        d = tally[label]
        return sum(d.values()) if verdicts is None else sum(d[v] for v in verdicts)

    true_n = n("true_core") + n("true_peripheral")
    metrics = {
        "contradiction_recall": n("contradicted", {"contradicted"}) / max(1, n("contradicted")),
        "flag_recall": (n("contradicted", FLAGGED) + n("problem", FLAGGED)) / max(1, n("contradicted") + n("problem")),
        "false_contradiction_rate": (n("true_core", {"contradicted"}) + n("true_peripheral", {"contradicted"}))
        / max(1, true_n),
        "core_support_rate": n("true_core", {"supported"}) / max(1, n("true_core")),
        "noise_flag_rate": n("noise", FLAGGED) / max(1, n("noise")),
    }
    misses = [r for r in rows if not OK[r[0]](r[1])]
    return metrics, misses
