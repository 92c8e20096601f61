"""`verify eval`: score the checker's verdicts against a gold file of quoted spans.

The gold format and the metrics are those of `../shared/eval/score.py`, reproduced exactly:

- gold CSV columns `article, quote, label, note` and an optional `fact_ids` (fact ids separated by
  `;`); labels `contradicted`, `problem`, `true_core`, `true_peripheral`, `noise`;
- a quote is looked up in the text the checker reads (for HTML, the extracted text); its first
  occurrence counts;
- a gold item takes the worst verdict among the claims whose `[start, end)` span overlaps the quote
  (contradicted > unsupported > supported > not_checkworthy > none); among claims of that verdict,
  the first in the report's order is the item's **deciding finding**;
- the metrics keep score.py's key names.

Added here: `evidence_precision`, over the gold items that list `fact_ids` and whose verdict is
supported or contradicted: the share whose deciding finding cites (as its `fact_id`) one of the listed
rows. A wrong verdict still counts in the denominator when it is supported or contradicted, so a
row that backs a false claim is a miss twice (verdict and evidence).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import VerifyError
from .types import Article, Finding, Report

LABELS = ("contradicted", "problem", "true_core", "true_peripheral", "noise")
VERDICTS = ("contradicted", "unsupported", "supported", "not_checkworthy", "none")
RANK = {"contradicted": 4, "unsupported": 3, "supported": 2, "not_checkworthy": 1, "none": 0}
FLAGGED = frozenset({"contradicted", "unsupported"})
DECIDED = frozenset({"contradicted", "supported"})
# What a good result is for each gold label (score.py's --details).
GOOD = {
    "contradicted": frozenset({"contradicted"}),
    "problem": FLAGGED,
    "true_core": frozenset({"supported"}),
    "true_peripheral": frozenset(VERDICTS) - {"contradicted"},
    "noise": frozenset(VERDICTS) - FLAGGED,
}
# The metrics and the direction in which each is better: a CI bar fails when it falls below a
# "higher is better" metric's bar, or rises above a "lower is better" one's.
HIGHER_IS_BETTER = {
    "contradiction_recall": True,
    "flag_recall": True,
    "false_contradiction_rate": False,
    "core_support_rate": True,
    "noise_flag_rate": False,
    "evidence_precision": True,
}
REQUIRED = ("article", "quote", "label")


class GoldError(VerifyError):
    """A gold file is unreadable or invalid, or one of its quotes is not in its article."""

    code = "E007"


@dataclass(frozen=True)
class GoldItem:
    """One labelled span: `row` is its line in the gold CSV (the header is line 1)."""

    row: int
    article: str
    quote: str
    label: str
    note: str = ""
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemResult:
    """A gold item with the verdict it took and the finding that gave it (None: no claim overlaps)."""

    item: GoldItem
    verdict: str
    reason: str | None = None
    claim: str | None = None
    fact_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.verdict in GOOD[self.item.label]

    @property
    def evidence_counted(self) -> bool:
        """Whether the item is in evidence precision's denominator."""
        return bool(self.item.fact_ids) and self.verdict in DECIDED

    @property
    def evidence_ok(self) -> bool:
        return self.evidence_counted and self.fact_id in self.item.fact_ids


@dataclass(frozen=True)
class Evaluation:
    """A gold file scored: every item's result, and what it was scored with."""

    gold: str
    results: tuple[ItemResult, ...]
    facts: dict = field(default_factory=dict)
    has_fact_ids: bool = False

    def tally(self) -> dict[str, dict[str, int]]:
        """The confusion table: gold label -> verdict -> count (every label and verdict present)."""
        table = {label: dict.fromkeys(VERDICTS, 0) for label in LABELS}
        for r in self.results:
            table[r.item.label][r.verdict] += 1
        return table

    def metrics(self) -> dict:
        """score.py's metrics under its key names, then `evidence_precision` (None: nothing to measure)."""
        t = self.tally()

        def n(label: str, verdicts: Iterable[str] | None = None) -> int:
            return sum(t[label].values()) if verdicts is None else sum(t[label][v] for v in verdicts)

        true_n = n("true_core") + n("true_peripheral")
        out: dict = {
            "contradiction_recall": n("contradicted", {"contradicted"}) / max(1, n("contradicted")),
            "flag_recall": (n("contradicted", FLAGGED) + n("problem", FLAGGED))
            / max(1, n("contradicted") + n("problem")),
            "false_contradiction_rate": (n("true_core", {"contradicted"}) + n("true_peripheral", {"contradicted"}))
            / max(1, true_n),
            "core_support_rate": n("true_core", {"supported"}) / max(1, n("true_core")),
            "noise_flag_rate": n("noise", FLAGGED) / max(1, n("noise")),
            "items": len(self.results),
        }
        counted = [r for r in self.results if r.evidence_counted]
        if self.has_fact_ids:
            out["evidence_precision"] = sum(r.evidence_ok for r in counted) / len(counted) if counted else None
            out["evidence_items"] = len(counted)
        return out

    def misses(self) -> list[ItemResult]:
        """Items with a wrong verdict, or a right one that cites none of the gold's rows."""
        return [r for r in self.results if not r.ok or (r.evidence_counted and not r.evidence_ok)]


def read_gold(path: str | os.PathLike[str]) -> tuple[list[GoldItem], bool]:
    """The gold items of a CSV, and whether it has a `fact_ids` column. Bad rows raise GoldError."""
    name = str(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            fields = list(reader.fieldnames or ())
            missing = [c for c in REQUIRED if c not in fields]
            if missing:
                raise GoldError(f"{name}: missing column(s) {', '.join(missing)} (needs article, quote, label)")
            items = [_gold_item(name, reader.line_num, row) for row in reader]
    except FileNotFoundError:
        raise GoldError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise GoldError(f"{name}: is a directory, not a gold CSV") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{name}: not a UTF-8 CSV ({exc})") from None
    except OSError as exc:
        raise GoldError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not items:
        raise GoldError(f"{name}: no gold rows")
    return items, "fact_ids" in fields


def _gold_item(name: str, line: int, row: dict) -> GoldItem:
    where = f"{name}:{line}"
    if None in row or any(row.get(c) is None for c in REQUIRED):
        raise GoldError(f"{where}: wrong number of cells")
    label = row["label"].strip()
    if label not in LABELS:
        raise GoldError(f"{where}: unknown label {label!r} (one of {', '.join(LABELS)})")
    if not row["article"] or not row["quote"]:
        raise GoldError(f"{where}: empty article or quote")
    ids = tuple(i.strip() for i in (row.get("fact_ids") or "").split(";") if i.strip())
    return GoldItem(line, row["article"], row["quote"], label, row.get("note") or "", ids)


def pages_for(items: list[GoldItem], paths: list[str], gold: str) -> list[str]:
    """The page of each article the gold names, matched by file name (as score.py does).

    A gold article with no page, or with two pages of that name, is an error naming its row."""
    by_name: dict[str, list[str]] = {}
    for p in paths:
        by_name.setdefault(Path(p).name, []).append(p)
    chosen: dict[str, str] = {}
    for item in items:
        found = by_name.get(item.article, [])
        if len(found) != 1:
            why = "no page of that name among the pages given" if not found else f"{len(found)} pages of that name"
            raise GoldError(f"{gold}:{item.row}: article {item.article!r}: {why}")
        chosen[item.article] = found[0]
    return sorted(set(chosen.values()))


def deciding(findings: Iterable[Finding], lo: int, hi: int) -> Finding | None:
    """The finding that gives a span its verdict: the worst verdict among the claims overlapping
    [lo, hi), and of those the first in report order (score.py's `worst`, strict `>`)."""
    best: Finding | None = None
    for f in findings:
        if (
            f.claim.start < hi
            and f.claim.end > lo
            and RANK[f.verdict.value] > (RANK[best.verdict.value] if best else 0)
        ):
            best = f
    return best


def score_report(gold: str, items: list[GoldItem], report: Report, has_fact_ids: bool = False) -> Evaluation:
    """Score a report of the gold's pages; a quote not in its article's text is an error naming the row."""
    by_name = {Path(a.article.path).name: a for a in report.articles}
    results = []
    for item in items:
        art = by_name[item.article]
        lo = _locate(gold, item, art.article)
        f = deciding(art.findings, lo, lo + len(item.quote))
        if f is None:
            results.append(ItemResult(item, "none"))
            continue
        fact_id = f.fact.id if f.fact else None
        results.append(ItemResult(item, f.verdict.value, f.reason.value, f.claim.text, fact_id))
    facts = {"path": report.facts.path, "sha256": report.facts.sha256, "rows": report.facts.rows}
    return Evaluation(gold, tuple(results), facts, has_fact_ids)


def _locate(gold: str, item: GoldItem, article: Article) -> int:
    lo = article.text.find(item.quote)
    if lo < 0:
        shown = item.quote if len(item.quote) <= 80 else item.quote[:79] + "…"
        raise GoldError(f"{gold}:{item.row}: quote not in {item.article}: {shown!r}")
    return lo


def evaluate(gold: str | os.PathLike[str], paths: list[str], verifier) -> Evaluation:
    """Read the gold file, verify the pages it names (from `paths`) and score them."""
    items, has_ids = read_gold(gold)
    report = verifier.verify_paths(pages_for(items, paths, str(gold)))
    return score_report(str(gold), items, report, has_ids)


# --- CI bars ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """`--fail-if METRIC<VALUE` (a higher-is-better metric) or `METRIC>VALUE` (a lower-is-better one)."""

    metric: str
    op: str
    value: float

    def fails(self, metrics: dict) -> bool:
        got = metrics.get(self.metric)
        if got is None:  # nothing to measure is not a bar held
            return True
        return got < self.value if self.op == "<" else got > self.value

    def __str__(self) -> str:
        return f"{self.metric}{self.op}{self.value:g}"


def parse_bar(text: str) -> Bar:
    """'contradiction_recall<0.85' -> Bar; the direction must be the one that means worse."""
    op = "<" if "<" in text else ">" if ">" in text else ""
    metric, _, value = text.partition(op) if op else (text, "", "")
    metric = metric.strip()
    if metric not in HIGHER_IS_BETTER:
        raise GoldError(f"--fail-if {text!r}: unknown metric (one of {', '.join(HIGHER_IS_BETTER)})")
    right = "<" if HIGHER_IS_BETTER[metric] else ">"
    if op != right:
        raise GoldError(
            f"--fail-if {text!r}: {metric} is better {'higher' if right == '<' else 'lower'}; "
            f"write {metric}{right}VALUE"
        )
    try:
        number = float(value)
    except ValueError:
        raise GoldError(f"--fail-if {text!r}: {value.strip()!r} is not a number") from None
    if not 0 <= number <= 1:
        raise GoldError(f"--fail-if {text!r}: the value is a rate from 0 to 1")
    return Bar(metric, op, number)


# --- saved results and comparisons -------------------------------------------------------------


def to_dict(ev: Evaluation) -> dict:
    """The JSON form of an evaluation (`verify eval --format json`), readable by `load_result`."""
    return {
        "gold": ev.gold,
        "facts": ev.facts,
        "metrics": ev.metrics(),
        "confusion": ev.tally(),
        "items": [
            {
                **asdict(r.item),
                "fact_ids": list(r.item.fact_ids),
                "verdict": r.verdict,
                "reason": r.reason,
                "claim": r.claim,
                "fact_id": r.fact_id,
                "ok": r.ok,
                "evidence_ok": r.evidence_ok if r.evidence_counted else None,
            }
            for r in ev.results
        ],
        "has_fact_ids": ev.has_fact_ids,
    }


def load_result(path: str | os.PathLike[str]) -> Evaluation:
    """An evaluation saved by `verify eval --format json`."""
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        results = tuple(
            ItemResult(
                GoldItem(i["row"], i["article"], i["quote"], i["label"], i.get("note", ""), tuple(i["fact_ids"])),
                i["verdict"],
                i.get("reason"),
                i.get("claim"),
                i.get("fact_id"),
            )
            for i in doc["items"]
        )
        return Evaluation(doc["gold"], results, doc.get("facts", {}), bool(doc.get("has_fact_ids")))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: not a saved `verify eval --format json` result ({type(exc).__name__})") from None


@dataclass(frozen=True)
class Change:
    """An item whose verdict or cited row differs between two evaluations of the same gold."""

    a: ItemResult
    b: ItemResult

    @property
    def effect(self) -> str:
        """better, worse or changed (the verdict or row moved, right or wrong as before)."""
        before = (self.a.ok, self.a.evidence_ok or not self.a.evidence_counted)
        after = (self.b.ok, self.b.evidence_ok or not self.b.evidence_counted)
        return "better" if after > before else "worse" if after < before else "changed"


def compare(a: Evaluation, b: Evaluation) -> list[Change]:
    """Items whose verdict or cited row changed from `a` to `b`; both must score the same gold items."""
    key = [(r.item.article, r.item.quote, r.item.label) for r in a.results]
    if key != [(r.item.article, r.item.quote, r.item.label) for r in b.results]:
        raise GoldError("the two results score different gold items (another gold file, or one edited since)")
    return [Change(x, y) for x, y in zip(a.results, b.results) if (x.verdict, x.fact_id) != (y.verdict, y.fact_id)]
