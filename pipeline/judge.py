"""judge(candidates) -> findings: one verdict per claim, with its reason and evidence.

A claim is contradicted when any applicable row contradicts it (a sentence that
restates a myth is wrong even if it also says something true), supported when a
row backs it and none contradicts it, unsupported otherwise.
"""
from __future__ import annotations

from .match import Candidates
from .types import Finding, Reason, Severity, Verdict


def judge(candidates: list[Candidates]) -> list[Finding]:
    return [judge_one(c) for c in candidates]


def judge_one(item: Candidates) -> Finding:
    claim = item.claim
    if not claim.checkworthy:
        return Finding(claim, Verdict.NOT_CHECKWORTHY, claim.reason or Reason.NO_ASSERTION, Severity.NONE)
    for verdict in (Verdict.CONTRADICTED, Verdict.SUPPORTED):
        hits = [c for c in item.candidates if c.outcome is verdict]
        if hits:
            best = max(hits, key=lambda c: (c.reason is not Reason.ENTITY_MATCH, c.score))
            return Finding(claim, verdict, best.reason, _severity(verdict, best.fact.severity, claim),
                           fact=best.fact, score=best.score, considered=item.candidates)
    closest = item.candidates[0] if item.candidates else None
    return Finding(claim, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT,
                   _severity(Verdict.UNSUPPORTED, "", claim),
                   score=closest.score if closest else None, considered=item.candidates)


def _severity(verdict: Verdict, override: str, claim) -> Severity:
    if verdict is Verdict.SUPPORTED:
        return Severity.NONE
    if override:
        return Severity(override)
    if verdict is Verdict.CONTRADICTED:
        return Severity.ERROR
    return Severity.INFO if claim.modality == "hedged" else Severity.WARNING
