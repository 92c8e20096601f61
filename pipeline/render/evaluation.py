"""`verify eval`'s reports: the metrics, the confusion table, the misses; two results side by side."""

from __future__ import annotations

import json

from ..evaluate import LABELS, VERDICTS, Change, Evaluation, ItemResult, to_dict

METRICS = (
    "contradiction_recall",
    "flag_recall",
    "false_contradiction_rate",
    "core_support_rate",
    "noise_flag_rate",
    "evidence_precision",
)
SHORT = {"not_checkworthy": "not_cw"}


def _value(v) -> str:
    return "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def metric_lines(m: dict) -> list[str]:
    """score.py's layout (name, then the value to three decimals), evidence precision last."""
    lines = [f"{k:26} {_value(m[k])}" for k in METRICS[:5]]
    lines.append(f"{'items':26} {m['items']}")
    if "evidence_precision" in m:
        lines.append(f"{'evidence_precision':26} {_value(m['evidence_precision'])} ({m['evidence_items']} items)")
    return lines


def confusion_lines(ev: Evaluation) -> list[str]:
    table = ev.tally()
    head = f"{'gold label':16}" + "".join(f"{SHORT.get(v, v):>14}" for v in VERDICTS)
    rows = [f"{label:16}" + "".join(f"{table[label][v]:>14}" for v in VERDICTS) for label in LABELS]
    return [head, *rows]


def miss_line(r: ItemResult) -> list[str]:
    """One miss: where it is, what was expected and got, the claim, reason and cited row."""
    i = r.item
    kind = "wrong row" if r.ok else "miss"
    lines = [f"{kind:9} {i.article}:{i.row} {i.label} -> {r.verdict}: {_clip(i.quote, 90)}"]
    if r.claim is not None:
        lines.append(f"          claim: {_clip(r.claim, 100)}")
        lines.append(f"          reason: {r.reason}; cited: {r.fact_id or '-'}")
    if i.fact_ids:
        lines.append(f"          expected rows: {'; '.join(i.fact_ids)}")
    return lines


def render_eval_text(ev: Evaluation, details: bool = False) -> str:
    out = [f"{ev.gold}: {len(ev.results)} gold items, fact table {ev.facts.get('path', '?')}", ""]
    out += metric_lines(ev.metrics())
    out += ["", "confusion (gold label x verdict):", *confusion_lines(ev)]
    if details:
        misses = ev.misses()
        out += ["", f"misses ({len(misses)}):"]
        for r in misses:
            out += miss_line(r)
    return "\n".join(out) + "\n"


def render_eval_json(ev: Evaluation) -> str:
    return json.dumps(to_dict(ev), indent=2, ensure_ascii=False) + "\n"


def render_compare_text(a: Evaluation, b: Evaluation, changes: list[Change], labels: tuple[str, str]) -> str:
    ma, mb = a.metrics(), b.metrics()
    out = [f"{a.gold}: {len(a.results)} gold items", f"A: {labels[0]}", f"B: {labels[1]}", ""]
    out.append(f"{'metric':26} {'A':>8} {'B':>8} {'B-A':>8}")
    for k in METRICS:
        if k in ma or k in mb:
            va, vb = ma.get(k), mb.get(k)
            delta = f"{vb - va:+.3f}" if va is not None and vb is not None else "n/a"
            out.append(f"{k:26} {_value(va):>8} {_value(vb):>8} {delta:>8}")
    out += ["", f"changed items ({len(changes)}):"]
    for c in changes:
        i = c.a.item
        out.append(f"{c.effect:8} {i.article}:{i.row} {i.label}: {_clip(i.quote, 90)}")
        out.append(f"         A: {c.a.verdict} ({c.a.reason or '-'}, {c.a.fact_id or '-'})")
        out.append(f"         B: {c.b.verdict} ({c.b.reason or '-'}, {c.b.fact_id or '-'})")
    return "\n".join(out) + "\n"


def render_compare_json(a: Evaluation, b: Evaluation, changes: list[Change], labels: tuple[str, str]) -> str:
    doc = {
        "a": {"label": labels[0], **to_dict(a)},
        "b": {"label": labels[1], **to_dict(b)},
        "changed": [
            {
                "row": c.a.item.row,
                "article": c.a.item.article,
                "quote": c.a.item.quote,
                "label": c.a.item.label,
                "effect": c.effect,
                "a": {"verdict": c.a.verdict, "reason": c.a.reason, "fact_id": c.a.fact_id, "claim": c.a.claim},
                "b": {"verdict": c.b.verdict, "reason": c.b.reason, "fact_id": c.b.fact_id, "claim": c.b.claim},
            }
            for c in changes
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
