"""What the extractor understood, per sentence: `verify claims FILE [--format json]`.

`sentences(article, claims)` groups an article's claims by the sentence they came from;
`claims_json` and `claims_text` render that for a machine and for a person.
"""

from __future__ import annotations

import json

from ..types import Article, Claim, EntityRef, Quantity
from . import line_col

CLAIMS_SCHEMA_VERSION = "1"  # a string, as in the JSON report


def sentences(claims: list[Claim]) -> list[tuple[str, list[Claim]]]:
    """(sentence, its claims) in article order; a sentence's claims are consecutive."""
    out: list[tuple[str, list[Claim]]] = []
    for claim in claims:
        if out and out[-1][0] == claim.sentence:
            out[-1][1].append(claim)
        else:
            out.append((claim.sentence, [claim]))
    return out


def _ref(ref: EntityRef) -> dict:
    return {"id": ref.id, "aspect": ref.aspect}


def _quantity(q: Quantity) -> dict:
    return {"low": q.low, "high": q.high, "unit": q.unit, "comparator": q.comparator, "text": q.text}


def claim_dict(article: Article, claim: Claim) -> dict:
    line, col = line_col(article.text, claim.start)
    return {
        "id": claim.id,
        "text": claim.text,
        "proposition": claim.proposition,
        "span": article.text[claim.start : claim.end],
        "start": claim.start,
        "end": claim.end,
        "line": line,
        "column": col,
        "checkworthy": claim.checkworthy,
        "reason": claim.reason.value if claim.reason else None,
        "subjects": [_ref(r) for r in claim.subjects],
        "objects": [_ref(r) for r in claim.objects],
        "relation": claim.relation,
        "polarity": claim.polarity,
        "modality": claim.modality,
        "indirect": claim.indirect,
        "value": claim.value,
        "quantities": [_quantity(q) for q in claim.quantities],
        "attribution": claim.attribution,
        "context": list(claim.context),
    }


def claims_json(articles: list[Article], all_claims: list[list[Claim]]) -> str:
    """Every article's sentences with their atomic claims, as JSON."""
    docs = []
    for article, claims in zip(articles, all_claims):
        groups = []
        for sentence, members in sentences(claims):
            line, col = line_col(article.text, min(c.start for c in members))
            groups.append(
                {"sentence": sentence, "line": line, "column": col, "claims": [claim_dict(article, c) for c in members]}
            )
        docs.append(
            {
                "path": article.path,
                "source_format": article.source_format,
                "claims": len(claims),
                "checkworthy": sum(c.checkworthy for c in claims),
                "sentences": groups,
            }
        )
    return json.dumps({"schema_version": CLAIMS_SCHEMA_VERSION, "articles": docs}, indent=2, ensure_ascii=False) + "\n"


def _ref_text(ref: EntityRef) -> str:
    return ref.id + (f"[{ref.aspect}]" if ref.aspect else "")


def claims_text(articles: list[Article], all_claims: list[list[Claim]]) -> str:
    """Every article's sentences, each followed by its atomic claims and what was read off them."""
    lines = []
    for article, claims in zip(articles, all_claims):
        lines.append(article.path + (" (main text extracted from HTML)" if article.source_format == "html" else ""))
        for sentence, members in sentences(claims):
            line, col = line_col(article.text, min(c.start for c in members))
            lines.append(f"  {line}:{col}  {' '.join(sentence.split())}")
            for c in members:
                lines.append(f"    {c.id:<5}[{c.start},{c.end}) {c.text}")
                if not c.checkworthy:
                    lines.append(f"          not check-worthy: {c.reason.value if c.reason else 'no_assertion'}")
                    continue
                subj = ", ".join(_ref_text(r) for r in c.subjects) or "-"
                obj = ", ".join(_ref_text(r) for r in c.objects) or "-"
                extra = [c.polarity, c.modality] + (["indirect"] if c.indirect else [])
                if c.value:
                    extra.append(f"value={c.value}")
                if c.attribution:
                    extra.append(f"attribution={c.attribution}")
                extra += [f"{q.comparator}{q.low:g}-{q.high:g} {q.unit}" for q in c.quantities]
                lines.append(f"          {subj} --{c.relation or '?'}--> {obj}   ({'; '.join(extra)})")
                if c.proposition != c.text:
                    lines.append(f"          proposition: {c.proposition}")
        worthy = sum(c.checkworthy for c in claims)
        lines.append(f"  {len(claims)} claims: {worthy} check-worthy, {len(claims) - worthy} not check-worthy")
    return "\n".join(lines) + "\n"
