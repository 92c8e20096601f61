"""Stage "comparison": "X has a longer half-life than Y", judged from the rows giving X's and Y's own values.

Not asked row by row: `compare(claim, kb)` finds both drugs' rows once per claim, ranks them, and
asks the stage's checks, in registry order, what the ranking makes of the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kb import KnowledgeBase
from ..types import Candidate, Claim, Fact, Reason, Verdict
from .base import Check, Decision, base, check, first_decided
from .terms import TERMS

STAGE = "comparison"


@dataclass(frozen=True)
class Ranking:
    """Two drugs' own rows for one property, and whether the claim's comparison agrees with them."""

    first: Fact
    second: Fact
    agrees: bool
    evidence: Fact
    note: str

    @property
    def both(self) -> tuple[Fact, ...]:
        """Both drugs' rows, as the evidence a finding lists besides `evidence` (the other one)."""
        return tuple(f for f in (self.first, self.second) if f is not self.evidence)


@check(STAGE, Verdict.SUPPORTED, Reason.FACT_MATCH)
def comparison_agrees(r: Ranking) -> Decision:
    """What: the two drugs' own rows rank them as the claim does.
    Why: "Klonopin has a longer half-life than Xanax": 30-40 hours against 6-27 hours.
    Example: "Klonopin has a longer half-life than Xanax." against the drugs' own half_life rows: clonazepam:
    30-40 hours; alprazolam: 6.3-26.9 hours.
    """
    return Candidate(r.evidence, 80.0, Verdict.SUPPORTED, Reason.FACT_MATCH, r.note, r.both) if r.agrees else None


@check(STAGE, Verdict.CONTRADICTED, Reason.COMPARISON_CONFLICT)
def comparison_conflict(r: Ranking) -> Decision:
    """What: the two drugs' own rows rank them the other way round.
    Why: "Xanax has a longer half-life than Klonopin" when Xanax's range lies below Klonopin's.
    Example: "Xanax has a longer half-life than Klonopin." against the drugs' own half_life rows: alprazolam:
    6.3-26.9 hours; clonazepam: 30-40 hours.
    """
    return Candidate(r.evidence, 80.0, Verdict.CONTRADICTED, Reason.COMPARISON_CONFLICT, r.note, r.both)


def compare(claim: Claim, kb: KnowledgeBase, checks: tuple[Check, ...] = ()) -> list[Candidate]:
    """'X has a longer half-life than Y': judged from the rows that give X's and Y's own values.

    Only rows about exactly X and exactly Y count (a class row is too coarse to rank two members);
    numeric ranges must not overlap, qualitative values must differ, or nothing is concluded.
    `checks`: the comparison stage (default: the registry's).
    """
    ranking = rank(claim, kb)
    return [] if ranking is None else first_decided(ranking, STAGE, checks)


def rank(claim: Claim, kb: KnowledgeBase) -> Ranking | None:
    """The ranking of the claim's two drugs on its property, when both have comparable own rows."""
    if claim.value not in TERMS.comparative or claim.relation not in (None, "has_property"):
        return None
    drugs = [r.id for r in claim.subjects + claim.objects if kb.type_of(r.id) in TERMS.compared_types]
    props = [r.id for r in claim.objects if kb.type_of(r.id) == "concept"]
    if len(drugs) < 2 or not props or drugs[0] not in {r.id for r in claim.subjects}:
        return None
    first, second, prop = drugs[0], drugs[1], props[0]
    a, b = own_rows(kb, first, prop), own_rows(kb, second, prop)
    if not a or not b:
        return None
    order = order_of(a[0], b[0])
    if order is None:
        return None
    says = TERMS.scale.get(base(claim.value)) == 1
    if base(claim.value) in TERMS.inverted_scales.get(prop, ()):
        says = not says  # "leaves the body faster" is a shorter half-life
    agrees = (order > 0) == says
    if claim.polarity == "negated":
        agrees = not agrees
    evidence = b[0] if agrees == (order > 0) else a[0]
    note = f"{first}: {describe(a[0])}; {second}: {describe(b[0])}"
    return Ranking(a[0], b[0], agrees, evidence, note)


def own_rows(kb: KnowledgeBase, subject: str, prop: str) -> list[Fact]:
    """The affirmed, unqualified, unattributed fact rows giving `subject`'s own value of `prop`."""
    return [
        f
        for f in kb.candidates({subject})
        if f.subject == subject
        and f.object == prop
        and f.relation == "has_property"
        and f.kind == "fact"
        and f.polarity == "affirmed"
        and not f.qualifier
        and not f.attribution
        and (f.value or f.qty_min is not None)
    ]


def order_of(a: Fact, b: Fact) -> int | None:
    """+1 when a's value is above b's, -1 when below, None when they overlap or cannot be compared."""
    if a.unit and a.unit == b.unit:
        lo_a, hi_a, lo_b, hi_b = a.qty_min, a.qty_max, b.qty_min, b.qty_max
        if lo_a is not None and hi_a is not None and lo_b is not None and hi_b is not None:
            if lo_a > hi_b:
                return 1
            if hi_a < lo_b:
                return -1
            return None
    ra, rb = TERMS.scale.get(a.value), TERMS.scale.get(b.value)
    if ra is None or rb is None or ra == rb:
        return None
    return 1 if ra > rb else -1


def describe(fact: Fact) -> str:
    """A row's value for a note: its range, or its word."""
    if fact.qty_min is not None:
        return (
            f"{fact.qty_min:g}-{fact.qty_max:g} {fact.unit}"
            if fact.qty_max is not None
            else f">= {fact.qty_min:g} {fact.unit}"
        )
    return fact.value
