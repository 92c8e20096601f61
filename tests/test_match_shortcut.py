"""The matcher's shortcut for rows about another subject gives exactly what the registry gives."""

from __future__ import annotations

from pathlib import Path

from pipeline.checks import CHECKS, decide
from pipeline.match import ClaimView, evaluate, lexical_scores, situation
from pipeline.read import article_from_text

ARTICLES = Path(__file__).resolve().parent.parent / "claims" / "articles"


def test_the_shortcut_checks_are_the_first_three():
    """The shortcuts in `evaluate` stand in for these checks: they must stay the first ones asked."""
    assert [c.name for c in CHECKS[:3]] == ["subject_mismatch", "exclusive_class", "object_mismatch"]


def test_the_shortcut_equals_the_registry_on_our_articles(extractor, kb):
    compared = 0
    for path in sorted(ARTICLES.glob("*.txt"))[:6]:
        for claim in extractor(article_from_text(path.read_text(encoding="utf-8"), str(path))):
            if not claim.checkworthy:
                continue
            view = ClaimView(claim, kb)
            block = kb.candidate_indexes(claim.entity_ids)
            for i, score in zip(block, lexical_scores(claim.text, [kb.statements[i] for i in block])):
                fact = kb.facts[i]
                fast = evaluate(claim, fact, kb, lexical=score, view=view)
                assert fast == decide(situation(claim, fact, kb, lexical=score, view=view)), (claim.text, fact.id)
                compared += 1
    assert compared > 1000
