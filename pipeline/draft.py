"""Draft rows of the reference table from claims: what the extractor understood, nothing more.

`verify facts draft CLAIM...` (or `--from reports/NAME/unsupported.csv`) runs the extractor on each
claim and writes one CSV row per check-worthy claim in the table's columns: subject, relation,
object, aspect, polarity, value, qualifier, attribution and the first quantity (qty_min, qty_max,
unit, qty_type) as understood, `statement` = the claim's text, and a fresh id: the next free `F-`
number after every row of the tables in use (a draft of a myth takes an `M-` id when it is filled in).

`kind`, `source`, `source_type` and `reviewed` are left empty: a person fills them from a source
they have read. Until then the table loader refuses the row (`pipeline.kb`, "draft row"), so
nothing unsourced is ever judged against.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError
from .kb import ASPECTS, FACT_COLUMNS, FACT_OPTIONAL_COLUMNS, RELATIONS, UNITS, VALUES, KnowledgeBase
from .types import REFERENT, Claim, Quantity

DRAFT_COLUMNS = FACT_COLUMNS + FACT_OPTIONAL_COLUMNS
# The columns a person fills before a draft row is a row the loader accepts.
DRAFT_EMPTY = ("kind", "source", "source_type", "reviewed")
_PRONOUN = re.compile(r"^(?:it|they|this (?:drug|medication|medicine))\s+", re.IGNORECASE)
_F_ID = re.compile(r"^F-(\d+)$")


def next_ids(kb: KnowledgeBase) -> Iterable[str]:
    """Fresh `F-` ids after the highest one of the table(s): F-0912, F-0913, ..."""
    numbers = [int(m.group(1)) for f in kb.facts if (m := _F_ID.match(f.id))]
    n = max(numbers, default=0)
    while True:
        n += 1
        yield f"F-{n:04d}"


def draft_row(claim: Claim, statement: str, fresh_id: str) -> dict[str, str]:
    """One draft row (column -> value) from a claim; the columns a person must fill are empty."""
    row = dict.fromkeys(DRAFT_COLUMNS, "")
    row.update(id=fresh_id, statement=statement, polarity=claim.polarity)
    if claim.subjects:
        row["subject"] = claim.subjects[0].id
    if claim.objects:
        row["object"] = claim.objects[0].id
        row["aspect"] = claim.objects[0].aspect or ""
        if row["aspect"] not in ASPECTS:
            row["aspect"] = ""
    relation = claim.relation or ("has_property" if claim.objects and (claim.value or claim.quantities) else "")
    row["relation"] = relation if relation in RELATIONS else ""
    row["value"] = claim.value if claim.value in VALUES else ""
    row["attribution"] = claim.attribution or ""
    named = {row["subject"], row["object"], row["attribution"]}
    row["qualifier"] = next((e for e in claim.context if e not in named), "")
    if claim.quantities:
        row.update(quantity_columns(claim.quantities[0]))
    return row


def quantity_columns(q: Quantity) -> dict[str, str]:
    """qty_min, qty_max, unit, qty_type (and qty_values for a point) of a claimed number.

    >>> quantity_columns(Quantity(4, 4, "mg_per_day", "<=", "up to 4 mg a day"))["qty_type"]
    'maximum'
    >>> sorted(quantity_columns(Quantity(11, 11, "hours", "~", "about 11 hours")).items())[2:]
    [('qty_type', 'point'), ('qty_values', '11'), ('unit', 'hours')]
    """
    unit = q.unit if q.unit in UNITS else ""
    lo, hi = _num(q.low), _num(q.high)
    if unit == "year":
        return {"qty_min": lo, "qty_max": hi, "unit": unit, "qty_type": "year"}
    if q.comparator in ("<", "<="):
        return {"qty_max": hi, "unit": unit, "qty_type": "maximum"}
    if q.comparator in (">", ">="):
        return {"qty_min": lo, "unit": unit, "qty_type": "minimum"}
    if lo == hi:  # one figure: a point whose spread the person widens from the source
        return {"qty_min": lo, "qty_max": hi, "unit": unit, "qty_type": "point", "qty_values": lo}
    return {"qty_min": lo, "qty_max": hi, "unit": unit, "qty_type": "range"}


def _num(x: float) -> str:
    return f"{x:g}"


def draft_rows(texts: list[str], extractor, kb: KnowledgeBase) -> list[dict[str, str]]:
    """Draft rows for claim texts: one per check-worthy claim the extractor finds in each text (a text
    with none gets a row with only its statement and id, for a person to fill entirely)."""
    from .read import article_from_text

    pairs = [_sentence(t) for t in texts if t.strip()]
    if not pairs:
        raise InputError("facts draft needs a claim (a sentence) or --from FILE")
    articles = [article_from_text(read, f"<claim {i + 1}>") for i, (read, _) in enumerate(pairs)]
    ids = iter(next_ids(kb))
    rows: list[dict[str, str]] = []
    for (_, statement), claims in zip(pairs, extractor.extract_many(articles)):
        worthy = [c for c in claims if c.checkworthy]
        if not worthy:
            rows.append({**dict.fromkeys(DRAFT_COLUMNS, ""), "id": next(ids), "statement": statement})
        for claim in worthy:
            text = statement if len(worthy) == 1 else _sentence(claim.text)[1]
            rows.append(draft_row(claim, text, next(ids)))
    return rows


def _sentence(text: str) -> tuple[str, str]:
    """(what the extractor reads, the statement) of a claim text. The referent prefix an audit's claim
    carries ("[Valium] It does not ...") is read as a sentence before it, so that "it" is resolved,
    and stands for the pronoun in the statement ("Valium does not ...").

    >>> _sentence("[Valium] It does not raise serotonin")
    ('Valium. It does not raise serotonin.', 'Valium does not raise serotonin.')
    """
    text = text.strip()
    if text and text[-1] not in ".!?":
        text += "."
    found = REFERENT.match(text)
    if not found:
        return text, text
    referent, rest = found.group(0).strip()[1:-1].strip(), text[found.end() :]
    statement = _PRONOUN.sub(referent + " ", rest, count=1) if referent else rest
    return (f"{referent}. {rest}" if referent else rest), statement


def claims_from_csv(path: str | Path, top: int | None = None) -> list[str]:
    """The example claims of `verify audit`'s unsupported.csv, best-ranked first (`top` of them)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "example_claim" not in reader.fieldnames:
        raise InputError(f"{path}:1: no column 'example_claim' (want the unsupported.csv of `verify audit`)")
    claims = [row["example_claim"] for row in reader if (row.get("example_claim") or "").strip()]
    return claims[:top] if top is not None else claims


def draft_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=DRAFT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
