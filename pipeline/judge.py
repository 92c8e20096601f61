"""judge(candidates) -> findings: one verdict per claim, with its reason and evidence.

A claim is contradicted when any applicable row contradicts it (a sentence that
restates a myth is wrong even if it also says something true), supported when a
row backs it and none contradicts it, unsupported otherwise.
"""

from __future__ import annotations

from .match import Candidates
from .types import DEFAULT_THRESHOLDS, Candidate, Claim, Finding, Reason, Severity, Thresholds, Verdict


def judge(candidates: list[Candidates], thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[Finding]:
    """One finding per claim, in order."""
    return [judge_one(c, thresholds) for c in candidates]


def judge_one(item: Candidates, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Finding:
    """The claim's verdict: contradicted by any row reaching `thresholds.contradict`, else supported by
    any reaching `thresholds.support`, else unsupported (not check-worthy claims keep their reason).
    Among the rows that decide, a myth that states the claim is cited before a row it conflicts with."""
    claim = item.claim
    if not claim.checkworthy:
        return Finding(claim, Verdict.NOT_CHECKWORTHY, claim.reason or Reason.NO_ASSERTION, Severity.NONE)
    least = {Verdict.CONTRADICTED: thresholds.contradict, Verdict.SUPPORTED: thresholds.support}
    supported = any(c.outcome is Verdict.SUPPORTED and c.score >= least[Verdict.SUPPORTED] for c in item.candidates)
    for verdict in (Verdict.CONTRADICTED, Verdict.SUPPORTED):
        hits = [c for c in item.candidates if c.outcome is verdict and c.score >= least[verdict]]
        if verdict is Verdict.CONTRADICTED and supported:
            # A guideline row says what "the FDA says": if another row backs the claim as attributed
            # (or without attribution), the attribution is not shown to be wrong.
            hits = [c for c in hits if c.reason is not Reason.ATTRIBUTION_CONFLICT]
        if hits:
            best = max(hits, key=_citation_rank)
            return Finding(
                claim,
                verdict,
                best.reason,
                _severity(verdict, best.fact.severity, claim),
                fact=best.fact,
                score=best.score,
                considered=item.candidates,
            )
    closest = item.candidates[0] if item.candidates else None
    return Finding(
        claim,
        Verdict.UNSUPPORTED,
        Reason.NO_MATCHING_FACT,
        _severity(Verdict.UNSUPPORTED, "", claim),
        score=closest.score if closest else None,
        considered=item.candidates,
    )


def _citation_rank(c: Candidate) -> tuple[bool, bool, float]:
    """Which deciding row to cite: a statement of it over agreeing entities, a myth restated over a
    row it conflicts with, then the score."""
    return (c.reason is not Reason.ENTITY_MATCH, c.reason is Reason.MYTH_MATCH, c.score)


def _severity(verdict: Verdict, override: str, claim: Claim) -> Severity:
    if verdict is Verdict.SUPPORTED:
        return Severity.NONE
    if override:
        return Severity(override)
    if verdict is Verdict.CONTRADICTED:
        return Severity.ERROR
    return Severity.INFO if claim.modality == "hedged" else Severity.WARNING
