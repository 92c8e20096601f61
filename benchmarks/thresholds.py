"""How the judge's thresholds trade recall against wrong verdicts, measured on the gold sets.

    python benchmarks/thresholds.py [--quick]

Every sentence of the gold sets is extracted and matched once; the candidates are then judged
again for each threshold value. For the contradict threshold it reports, over all gold items,
how many false statements are still contradicted and how many true statements are wrongly
contradicted; for the support threshold, how many true statements are supported and how many
false ones are wrongly supported. The defaults in pipeline/judge.py (Thresholds) sit one step
below the highest values that lose no correct verdict here: a higher bar would only cost recall,
a lower one would let rows that share fewer parts with a claim decide it.

Gold sets: claims/paraphrases.csv, claims/coverage.csv, the gold quotes of claims/expected.csv
(and of ../shared/seeds/expected.csv when present).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import Verifier  # noqa: E402
from pipeline.judge import judge  # noqa: E402
from pipeline.match import match  # noqa: E402
from pipeline.read import article_from_text, read_article  # noqa: E402
from pipeline.types import DEFAULT_THRESHOLDS, Thresholds  # noqa: E402

RANK = {"contradicted": 3, "unsupported": 2, "supported": 1, "not_checkworthy": 0}
VALUES = (0, 40, 50, 55, 60, 65, 70, 75, 80, 85, 90)


def items(quick: bool):
    """(label, article, [lo, hi) or None): label is 'true' or 'false'."""
    for name in ("paraphrases.csv", "coverage.csv"):
        path = ROOT / "claims" / name
        if path.exists():
            rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
            for row in rows[:20] if quick else rows:
                yield row["label"], article_from_text(row["text"]), None
    gold_sets = [(ROOT / "claims" / "expected.csv", ROOT / "claims" / "articles")]
    seeds = ROOT.parent / "shared" / "seeds"
    if (seeds / "expected.csv").exists() and not quick:
        gold_sets.append((seeds / "expected.csv", seeds))
    for gold, folder in gold_sets:
        rows = list(csv.DictReader(open(gold, newline="", encoding="utf-8")))
        for row in rows[:10] if quick else rows:
            label = {"contradicted": "false", "true_core": "true"}.get(row["label"])
            if label is None:
                continue
            article = read_article(folder / row["article"])
            lo = article.text.find(row["quote"])
            yield label, article, (lo, lo + len(row["quote"]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="a few items only (CI smoke)")
    args = ap.parse_args(argv)
    verifier = Verifier()
    data = list(items(args.quick))
    cache: dict[tuple[str, str], list] = {}
    prepared = []
    for label, article, span in data:
        key = (article.path, article.text)
        if key not in cache:
            claims = verifier.extractor.extract_many([article])[0]
            cache[key] = match(claims, verifier.kb)
        candidates = cache[key]
        if span is not None:
            candidates = [c for c in candidates if c.claim.start < span[1] and c.claim.end > span[0]]
        prepared.append((label, candidates))
    n_true = sum(1 for label, _ in prepared if label == "true")
    n_false = len(prepared) - n_true

    def worst(candidates, thresholds):
        verdicts = [f.verdict.value for f in judge(candidates, thresholds)]
        return max(verdicts, key=RANK.__getitem__, default="not_checkworthy")

    print(f"{len(prepared)} gold items: {n_true} true, {n_false} false\n")
    print(f"contradict  false contradicted  true contradicted   (support fixed at {DEFAULT_THRESHOLDS.support:g})")
    for value in VALUES:
        t = Thresholds(contradict=value, support=DEFAULT_THRESHOLDS.support)
        got = [(label, worst(c, t)) for label, c in prepared]
        hit = sum(1 for label, v in got if label == "false" and v == "contradicted")
        wrong = sum(1 for label, v in got if label == "true" and v == "contradicted")
        mark = "  <- default" if value == DEFAULT_THRESHOLDS.contradict else ""
        print(f"{value:>10}  {hit:>5}/{n_false:<5} {hit / max(1, n_false):6.3f}  {wrong:>5}/{n_true}{mark}")
    print(
        f"\nsupport     true supported      false supported     (contradict fixed at {DEFAULT_THRESHOLDS.contradict:g})"
    )
    for value in VALUES:
        t = Thresholds(contradict=DEFAULT_THRESHOLDS.contradict, support=value)
        got = [(label, worst(c, t)) for label, c in prepared]
        hit = sum(1 for label, v in got if label == "true" and v == "supported")
        wrong = sum(1 for label, v in got if label == "false" and v == "supported")
        mark = "  <- default" if value == DEFAULT_THRESHOLDS.support else ""
        print(f"{value:>10}  {hit:>5}/{n_true:<5} {hit / max(1, n_true):6.3f}  {wrong:>5}/{n_false}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
