"""The gold-file metrics of ../shared/eval/score.py for tests, computed in-process by `verify eval`'s
module (pipeline.evaluate, which tests/test_eval.py holds to score.py's numbers)."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluate import evaluate


def score(gold_csv: Path, article_dir: Path, verifier):
    """(metrics, misses): score.py's metrics, and (label, verdict, article, quote) per wrong verdict."""
    ev = evaluate(gold_csv, [str(p) for p in sorted(Path(article_dir).iterdir()) if p.is_file()], verifier)
    metrics = ev.metrics()
    misses = [(r.item.label, r.verdict, r.item.article, r.item.quote) for r in ev.results if not r.ok]
    return metrics, misses
