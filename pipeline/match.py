"""match(claims, kb) -> candidates: each claim against the facts that share its entities.

Blocking: only facts naming one of the claim's entities (or a class it belongs to)
are considered. Each is then evaluated structurally (subject, object, relation,
aspect, polarity, value, quantity, attribution) and scored lexically with rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from .kb import KnowledgeBase
from .quantities import is_vague, within
from .types import Candidate, Claim, EntityRef, Fact, Reason, Verdict

OPPOSITE_RELATIONS = {("increases", "decreases"), ("decreases", "increases")}
OPPOSITE_VALUES = {
    "long": "short",
    "short": "long",
    "fast": "slow",
    "slow": "fast",
    "high": "low",
    "low": "high",
    "higher": "lower",
    "lower": "higher",
    "known": "unknown",
    "unknown": "known",
    "longer": "shorter",
    "shorter": "longer",
    "faster": "slower",
    "slower": "faster",
}
# A comparative value only makes sense with something to compare with ("longer than Klonopin's").
COMPARATIVE = {
    "higher": "high",
    "lower": "low",
    "longer": "long",
    "shorter": "short",
    "faster": "fast",
    "slower": "slow",
}
COMPARED_TYPES = frozenset({"drug", "drug_class"})
# "affects" is implied by any relation that changes its object: "does not affect the QT interval"
# denies "causes QT prolongation".
GENERIC_RELATIONS = {
    "acts_on": frozenset({"increases", "decreases", "binds", "acts_on", "causes", "worsens", "treats"})
}


@dataclass(frozen=True)
class Weights:
    """How much each kind of agreement counts in a candidate's score (0-100)."""

    subject: float = 35.0
    object: float = 35.0
    relation: float = 15.0
    lexical: float = 15.0


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Candidates:
    claim: Claim
    candidates: tuple[Candidate, ...]


def match(
    claims: list[Claim], kb: KnowledgeBase, *, weights: Weights = DEFAULT_WEIGHTS, limit: int = 5
) -> list[Candidates]:
    """Candidate facts for every check-worthy claim, best first (at most `limit` that did not apply)."""
    out = []
    for claim in claims:
        if not claim.checkworthy:
            out.append(Candidates(claim, ()))
            continue
        block = kb.candidate_indexes(claim.entity_ids)
        lexical = lexical_scores(claim.text, [kb.statements[i] for i in block])
        view = ClaimView(claim, kb)
        evaluated = [
            evaluate(claim, kb.facts[i], kb, weights=weights, lexical=score, view=view)
            for i, score in zip(block, lexical)
        ]
        evaluated += compare(claim, kb)
        applied = sorted((c for c in evaluated if c.outcome is not Verdict.UNSUPPORTED), key=lambda c: -c.score)
        near = sorted((c for c in evaluated if c.outcome is Verdict.UNSUPPORTED), key=lambda c: -c.score)
        out.append(Candidates(claim, tuple(applied) + tuple(near[:limit])))
    return out


def _has(refs: tuple[EntityRef, ...], target: str, kb: KnowledgeBase, *, up: bool) -> EntityRef | None:
    """The ref matching `target`: up=True lets a claim's member match a fact's class."""
    for ref in refs:
        if ref.id == target or (up and kb.is_kind_of(ref.id, target)) or (not up and kb.is_kind_of(target, ref.id)):
            return ref
    return None


def lexical_scores(text: str, statements: list[str]) -> list[float]:
    """token_set_ratio of `text` (any case) against each lower-cased statement, in one batch call."""
    if not statements:
        return []
    import numpy as np  # already loaded with spaCy; float64 keeps the scores equal to fuzz's own

    return process.cdist([text.lower()], statements, scorer=fuzz.token_set_ratio, dtype=np.float64)[0].tolist()


class ClaimView:
    """A claim's entity lists, built once, and the answers `_has` has already given for it: a claim
    meets the same few subjects and objects again and again across the rows of its block."""

    __slots__ = ("claim", "kb", "refs", "_memo")

    def __init__(self, claim: Claim, kb: KnowledgeBase):
        everything = claim.subjects + claim.objects
        self.claim, self.kb, self._memo = claim, kb, {}
        self.refs = {
            "subjects": claim.subjects,
            "objects": claim.objects,
            "everything": everything,
            "with_context": everything + tuple(EntityRef(e) for e in claim.context),
            "objects_context": claim.objects + tuple(EntityRef(e) for e in claim.context),
        }

    def has(self, refs: str, target: str, *, up: bool) -> EntityRef | None:
        key = (refs, target, up)
        try:
            return self._memo[key]
        except KeyError:
            found = self._memo[key] = _has(self.refs[refs], target, self.kb, up=up)
            return found


def evaluate(
    claim: Claim,
    fact: Fact,
    kb: KnowledgeBase,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    lexical: float | None = None,
    view: ClaimView | None = None,
) -> Candidate:
    """What `fact` makes of `claim`: supports it, contradicts it, or does not apply (and why).
    `lexical`: the claim's token_set_ratio against the row's statement, when already computed;
    `view`: the claim's ClaimView, shared by the rows of one block."""
    if lexical is None:
        lexical = fuzz.token_set_ratio(claim.text.lower(), fact.statement.lower())
    if view is None or view.claim is not claim or view.kb is not kb:
        view = ClaimView(claim, kb)
    has = view.has
    subj = has("subjects", fact.subject, up=True)
    if subj is None and not claim.subjects and (claim.relation is None or fact.relation == "has_property"):
        subj = has("everything", fact.subject, up=True)
    if subj is None and fact.attribution and fact.subject == fact.attribution == claim.attribution:
        subj = EntityRef(fact.subject)  # "According to the NSF, adults need 7-9 hours": the NSF advises
    if (
        subj is None
        and fact.relation == "is_a"
        and claim.relation in ("is_a", None)
        and not fact.is_myth
        and has("objects", fact.subject, up=True)
        and has("subjects", fact.object, up=False)
    ):
        # "The brain's main excitatory messenger is glutamate": the copula read the other way round.
        claim = replace(claim, subjects=claim.objects, objects=claim.subjects)
        return evaluate(claim, fact, kb, weights=weights, lexical=lexical)
    # A fact backs a claim about a broader class ("acts on neurotransmitters" <- "acts on GABA");
    # only a row at least as broad as the claim's object may contradict it.
    contradicting = fact.is_myth or fact.polarity == "negated"
    # An attribute or the topic of advice may sit anywhere in the sentence: "its half-life is long",
    # "Get enough sleep: experts recommend seven to nine hours".
    # The topic of advice is never the claim's own subject: "Benzodiazepines are recommended for
    # short-term use" is not about combining CNS depressants because a benzodiazepine is one.
    scope = {"has_property": "with_context", "recommends": "objects_context"}.get(fact.relation, "objects")
    obj = has(scope, fact.object, up=contradicting) if fact.object else EntityRef("")
    if obj is None and claim.relation is None and not contradicting:
        obj = has("everything", fact.object, up=False)
    qualified = not fact.qualifier or has("with_context", fact.qualifier, up=True) is not None
    relation = _relation_agreement(claim.relation, fact, kb)
    score = (
        weights.subject * (subj is not None)
        + weights.object * (obj is not None)
        + weights.relation * (relation in ("same", "implied"))
        + weights.lexical * lexical / 100
    )
    score = round(score, 1)

    def no(note: str) -> Candidate:
        return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, note)

    if subj is None:
        return no(f"subject is not {fact.subject}")
    if obj is None:
        wrong = _exclusive_class(claim, fact, subj, kb)
        if wrong is not None:
            # "Venlafaxine is an SSRI" against "venlafaxine is an SNRI": a drug has one such class, so
            # the row speaks of the claim's object slot (scored as object agreement).
            score = round(score + weights.object, 1)
            return Candidate(
                fact,
                score,
                Verdict.CONTRADICTED,
                Reason.CLASS_CONFLICT,
                f"{fact.subject} is {fact.object}, not {wrong}",
            )
        return no(f"object is not {fact.object}")
    if not qualified:
        return no(f"only applies with {fact.qualifier}")
    misattributed = bool(fact.attribution and claim.attribution and claim.attribution != fact.attribution)
    if fact.attribution and claim.attribution != fact.attribution and not (misattributed and not fact.is_myth):
        return no(f"only applies to what {fact.attribution} says")
    if fact.aspect and obj.aspect and not _aspect_within(obj.aspect, fact.aspect):
        return no(f"about the {obj.aspect} of {fact.object}, the row is about its {fact.aspect}")
    # To contradict, the row must speak of exactly what the claim speaks of, or of something broader.
    narrower = not (
        (obj.id == fact.object or kb.is_kind_of(obj.id, fact.object))
        and (not fact.aspect or obj.aspect == fact.aspect or fact.is_myth)
    )
    if narrower and fact.relation == "is_a" and fact.polarity == "affirmed" and not fact.is_myth:
        narrower = not kb.is_kind_of(fact.object, obj.id)  # Schedule IV is a controlled substance: so is X
    if claim.polarity == "negated" and not contradicting and _PARTIAL_NEGATION.search(claim.text):
        return no("denies only part ('not all'), which the row does not contradict")
    if fact.relation == "has_property":
        candidate = _property(claim, fact, score)
    elif relation == "none":
        return no(f"relation {claim.relation or 'unknown'} is not {fact.relation}")
    else:
        candidate = _directional(claim, fact, obj, relation, score, narrower=narrower)
    if misattributed:
        # The statement is right, the authority is not: "the manufacturer says" what only a guideline says.
        if candidate.outcome is not Verdict.SUPPORTED:
            return no(f"only applies to what {fact.attribution} says")
        return replace(
            candidate,
            outcome=Verdict.CONTRADICTED,
            reason=Reason.ATTRIBUTION_CONFLICT,
            note=f"{fact.attribution} says this, not {claim.attribution}",
        )
    if fact.relation == "is_a" and candidate.outcome is Verdict.CONTRADICTED and claim.polarity == "affirmed":
        return replace(candidate, reason=Reason.CLASS_CONFLICT, note=f"{claim_class(claim)} is the wrong class")
    return candidate


# Classes of which a drug belongs to one at most: its pharmacological class, its US schedule.
# (Functional groups such as anxiolytic, anticonvulsant or sedative are not exclusive.)
EXCLUSIVE_CLASSES = (
    frozenset(
        {"benzodiazepine", "z_drug", "ssri", "snri", "maoi", "opioid", "barbiturate", "antihistamine", "triptan"}
    ),
    frozenset({"schedule_ii", "schedule_iv", "schedule_v"}),
)


def _exclusive_class(claim: Claim, fact: Fact, subj: EntityRef, kb: KnowledgeBase) -> str | None:
    """The class a claim gives its subject when the row gives it another of the same exclusive set."""
    if not (
        fact.relation == "is_a"
        and claim.relation == "is_a"
        and fact.polarity == "affirmed"
        and not fact.is_myth
        and claim.polarity == "affirmed"
        and claim.modality != "hedged"
    ):
        return None
    group = next((g for g in EXCLUSIVE_CLASSES if fact.object in g), None)
    if group is None:
        return None
    for ref in claim.objects:
        if (
            ref.id in group
            and ref.id != fact.object
            and not kb.is_kind_of(subj.id, ref.id)
            and not kb.is_kind_of(fact.object, ref.id)
            and not kb.is_kind_of(ref.id, fact.object)
        ):
            return ref.id
    return None


def claim_class(claim: Claim) -> str:
    return claim.objects[0].id if claim.objects else "?"


_PARTIAL_NEGATION = re.compile(r"\b(?:not|n't|never)\b.*(?<!\bat )\b(?:all|every|always|everyone|everybody)\b", re.I)

ASPECT_PARENTS = {"production": "amount", "release": "amount"}


def _aspect_within(claim_aspect: str, fact_aspect: str) -> bool:
    """'release' and 'production' are kinds of 'amount'."""
    return claim_aspect == fact_aspect or ASPECT_PARENTS.get(claim_aspect) == fact_aspect


# Said of a condition or an effect, "reduces anxiety" is "treats anxiety" and "increases falls" is
# "causes falls"; said of a neurotransmitter, they are not.
SYNONYMS_FOR_OUTCOMES = {
    ("decreases", "treats"),
    ("treats", "decreases"),
    ("increases", "causes"),
    ("causes", "increases"),
}
OUTCOME_TYPES = frozenset({"condition", "effect"})


def _relation_agreement(claim_rel: str | None, fact: Fact, kb: KnowledgeBase | None = None) -> str:
    if claim_rel is None:
        return "unknown"
    if claim_rel == fact.relation:
        return "same"
    if (
        (claim_rel, fact.relation) in SYNONYMS_FOR_OUTCOMES
        and kb is not None
        and kb.type_of(fact.object) in OUTCOME_TYPES
    ):
        return "same"
    if (claim_rel, fact.relation) in OPPOSITE_RELATIONS:
        return "opposite"
    if fact.relation in GENERIC_RELATIONS.get(claim_rel, ()):
        return "implied"  # the claim says less than the fact: "affects" vs "increases"
    if claim_rel in GENERIC_RELATIONS.get(fact.relation, ()):
        return "stronger"  # the claim says more than the fact: "lowers" vs "acts on"
    return "none"


def _unchecked_numbers(claim: Claim, fact: Fact) -> bool:
    """The claim states a number the row cannot check ("0.25 mg twice a day" vs an indication row)."""
    precise = [q for q in claim.quantities if not is_vague(q)]  # "within a few weeks" is no figure to check
    return bool(precise) and _quantity(replace(claim, quantities=tuple(precise)), fact) is None


def _directional(claim: Claim, fact: Fact, obj: EntityRef, relation: str, score: float, *, narrower: bool) -> Candidate:
    """`narrower`: the row speaks of something narrower than the claim; it may support, never contradict."""
    candidate = _directional_outcome(claim, fact, obj, relation, score, narrower)
    if candidate.outcome is Verdict.SUPPORTED and _unchecked_numbers(claim, fact):
        return Candidate(
            fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "the row does not cover the claim's numbers"
        )
    if candidate.outcome is Verdict.SUPPORTED and _RARITY.search(claim.text) and not _RARITY.search(fact.statement):
        return Candidate(
            fact,
            score,
            Verdict.UNSUPPORTED,
            Reason.NO_MATCHING_FACT,
            "the claim says this is rare; the row does not say how often",
        )
    if candidate.reason is Reason.ENTITY_MATCH and _DIRECTION_WORDS.search(claim.text):
        return Candidate(
            fact,
            score,
            Verdict.UNSUPPORTED,
            Reason.NO_MATCHING_FACT,
            "the claim states a direction (better, worse) that was not understood",
        )
    return candidate


# "SSRIs rarely cause sexual side effects": agreeing entities and relation, but not what the row says.
_RARITY = re.compile(r"\b(?:rarely|seldom|hardly ever|almost never|barely|uncommonly|infrequently)\b", re.I)
# "Exercise makes anxiety worse": with no relation word recognised, a direction word means the
# entities' agreement says nothing about whether the claim is right.
_DIRECTION_WORDS = re.compile(r"\b(?:worse|better|worsen\w*|improv\w*|increas\w*|decreas\w*|reduc\w*)\b", re.I)


def _directional_outcome(
    claim: Claim, fact: Fact, obj: EntityRef, relation: str, score: float, narrower: bool
) -> Candidate:
    same_polarity = claim.polarity == fact.polarity
    if narrower:
        if not (
            same_polarity
            and relation in ("same", "implied", "unknown")
            and not fact.is_myth
            and fact.polarity == "affirmed"
        ):
            return Candidate(
                fact,
                score,
                Verdict.UNSUPPORTED,
                Reason.NO_MATCHING_FACT,
                f"the row is narrower than the claim ({fact.object})",
            )
    if relation == "unknown":
        # No relation word in the claim: entity agreement can back it, never contradict it.
        if fact.is_myth or fact.polarity == "negated" or not same_polarity:
            return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "no relation in claim")
        quantity = _quantity(claim, fact)
        if quantity is False:
            if fact.relation == "recommends" and fact.attribution and claim.attribution == fact.attribution:
                # "The NSF says adults need 5 hours of sleep": the authority's own figure is 7-9.
                return Candidate(fact, score, Verdict.CONTRADICTED, Reason.QUANTITY_OUT_OF_RANGE, _range_note(fact))
            return Candidate(
                fact,
                score,
                Verdict.UNSUPPORTED,
                Reason.NO_MATCHING_FACT,
                "the claim's numbers are outside the row's range",
            )
        return Candidate(fact, score, Verdict.SUPPORTED, Reason.ENTITY_MATCH, "entities agree")
    if fact.aspect and obj.aspect is None and (fact.is_myth or not same_polarity or relation == "opposite"):
        return Candidate(
            fact,
            score,
            Verdict.UNSUPPORTED,
            Reason.NO_MATCHING_FACT,
            f"claim does not say which aspect of {fact.object}",
        )
    if fact.is_myth:
        if claim.indirect and same_polarity:
            return Candidate(
                fact,
                score,
                Verdict.UNSUPPORTED,
                Reason.NO_MATCHING_FACT,
                "claim is about an indirect or partial effect",
            )
        if relation in ("same", "stronger") and same_polarity:
            return Candidate(fact, score, Verdict.CONTRADICTED, Reason.MYTH_MATCH, "restates a known myth")
        if relation in ("same", "implied") and not same_polarity:
            return Candidate(fact, score, Verdict.SUPPORTED, Reason.MYTH_NEGATED, "denies a known myth")
        return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "myth in another direction")
    primary = not claim.objects or obj == claim.objects[0]
    if relation == "opposite":
        if fact.polarity == "affirmed" and claim.polarity == "affirmed" and primary:
            return Candidate(
                fact,
                score,
                Verdict.CONTRADICTED,
                Reason.DIRECTION_CONFLICT,
                f"the row says {fact.relation}, the claim the opposite",
            )
        return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "opposite direction, negated")
    if fact.polarity == "negated" and claim.polarity == "affirmed":
        if not primary:
            return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "not the claim's main object")
        if claim.indirect or (relation == "implied" and claim.modality == "hedged"):
            return Candidate(
                fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "claim is about an indirect effect"
            )
        return Candidate(fact, score, Verdict.CONTRADICTED, Reason.NEGATION_CONFLICT, "the row denies this")
    if relation == "stronger":
        if fact.polarity == "negated" and claim.polarity == "negated":
            return Candidate(fact, score, Verdict.SUPPORTED, Reason.FACT_MATCH, "the row denies more than this")
        return Candidate(
            fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "claim is more specific than the row"
        )
    if not same_polarity:
        return Candidate(fact, score, Verdict.CONTRADICTED, Reason.NEGATION_CONFLICT, "claim denies a fact")
    quantity = _quantity(claim, fact)
    if quantity is False:
        return Candidate(fact, score, Verdict.CONTRADICTED, Reason.QUANTITY_OUT_OF_RANGE, _range_note(fact))
    return Candidate(fact, score, Verdict.SUPPORTED, Reason.FACT_MATCH, "agrees")


def _property(claim: Claim, fact: Fact, score: float) -> Candidate:
    if fact.is_myth:
        return _property_myth(claim, fact, score)
    quantity = _quantity(claim, fact)
    if quantity is not None:
        if quantity is False:
            return Candidate(fact, score, Verdict.CONTRADICTED, Reason.QUANTITY_OUT_OF_RANGE, _range_note(fact))
        if not (claim.value and fact.value and _base(OPPOSITE_VALUES.get(claim.value, "")) == _base(fact.value)):
            return Candidate(fact, score, Verdict.SUPPORTED, Reason.FACT_MATCH, "within the row's range")
    if claim.value in COMPARATIVE and not fact.qualifier and not quantity:
        # "Xanax has a longer half-life than Klonopin" is judged from both drugs' rows (compare()).
        return Candidate(
            fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "a comparison needs rows for both sides"
        )
    if fact.value and claim.value:
        if _base(claim.value) == _base(fact.value):
            verdict = Verdict.SUPPORTED if claim.polarity == "affirmed" else Verdict.CONTRADICTED
            reason = Reason.FACT_MATCH if verdict is Verdict.SUPPORTED else Reason.NEGATION_CONFLICT
            return Candidate(fact, score, verdict, reason, f"{fact.object} is {fact.value}")
        if _base(OPPOSITE_VALUES.get(claim.value, "")) == _base(fact.value):
            if claim.polarity == "affirmed":
                return Candidate(
                    fact,
                    score,
                    Verdict.CONTRADICTED,
                    Reason.VALUE_CONFLICT,
                    f"{fact.object} is {fact.value}, not {claim.value}",
                )
    if claim.quantities:
        return Candidate(
            fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "the row does not cover the claim's numbers"
        )
    stated = any(r.id == fact.object for r in claim.objects)  # "has no active metabolites", not a mention
    if not fact.value and not claim.value and claim.polarity != fact.polarity and stated:
        # "Lorazepam has an active metabolite" against "lorazepam has no active metabolites".
        return Candidate(
            fact,
            score,
            Verdict.CONTRADICTED,
            Reason.NEGATION_CONFLICT,
            "the row says the opposite" if fact.polarity == "affirmed" else "the row denies this",
        )
    if (
        fact.value
        and not claim.value
        and fact.value not in ("known", "unknown")
        and claim.relation in (None, "has_property")
    ):
        # "SSRIs start working on the first day" names the onset but no value we could compare.
        return Candidate(
            fact,
            score,
            Verdict.UNSUPPORTED,
            Reason.NO_MATCHING_FACT,
            f"the claim does not say whether {fact.object} is {fact.value}",
        )
    if (fact.value and claim.value == fact.value) or not claim.value:
        return Candidate(fact, score, Verdict.SUPPORTED, Reason.FACT_MATCH, "agrees")
    return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, f"value {claim.value} not covered")


def _property_myth(claim: Claim, fact: Fact, score: float) -> Candidate:
    """A myth about a property ("clonazepam is short-acting") is restated only with its value."""
    same = claim.polarity == fact.polarity
    if fact.value and claim.value and _base(claim.value) == _base(fact.value) and not claim.quantities:
        if same:
            return Candidate(fact, score, Verdict.CONTRADICTED, Reason.MYTH_MATCH, "restates a known myth")
        return Candidate(fact, score, Verdict.SUPPORTED, Reason.MYTH_NEGATED, "denies a known myth")
    if not fact.value and not claim.value and not claim.quantities:
        if same:
            return Candidate(fact, score, Verdict.CONTRADICTED, Reason.MYTH_MATCH, "restates a known myth")
        return Candidate(fact, score, Verdict.SUPPORTED, Reason.MYTH_NEGATED, "denies a known myth")
    return Candidate(fact, score, Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT, "not the myth's claim")


def _base(value: str) -> str:
    """'higher' and 'high', 'longer' and 'long' are the same direction."""
    return COMPARATIVE.get(value, value)


def compare(claim: Claim, kb: KnowledgeBase) -> list[Candidate]:
    """'X has a longer half-life than Y': judged from the rows that give X's and Y's own values.

    Only rows about exactly X and exactly Y count (a class row is too coarse to rank two members);
    numeric ranges must not overlap, qualitative values must differ, or nothing is concluded.
    """
    if claim.value not in COMPARATIVE or claim.relation not in (None, "has_property"):
        return []
    drugs = [r.id for r in claim.subjects + claim.objects if kb.type_of(r.id) in COMPARED_TYPES]
    props = [r.id for r in claim.objects if kb.type_of(r.id) == "concept"]
    if len(drugs) < 2 or not props or drugs[0] not in {r.id for r in claim.subjects}:
        return []
    first, second, prop = drugs[0], drugs[1], props[0]
    a, b = _own_rows(kb, first, prop), _own_rows(kb, second, prop)
    if not a or not b:
        return []
    order = _order(a[0], b[0])
    if order is None:
        return []
    says = _base(claim.value) in ("long", "high", "fast")
    if prop == "half_life" and _base(claim.value) in ("fast", "slow"):
        says = not says  # "leaves the body faster" is a shorter half-life
    agrees = (order > 0) == says
    if claim.polarity == "negated":
        agrees = not agrees
    evidence = b[0] if agrees == (order > 0) else a[0]
    note = f"{first}: {_describe(a[0])}; {second}: {_describe(b[0])}"
    if agrees:
        return [Candidate(evidence, 80.0, Verdict.SUPPORTED, Reason.FACT_MATCH, note)]
    return [Candidate(evidence, 80.0, Verdict.CONTRADICTED, Reason.COMPARISON_CONFLICT, note)]


def _own_rows(kb: KnowledgeBase, subject: str, prop: str) -> list[Fact]:
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


def _order(a: Fact, b: Fact) -> int | None:
    """+1 when a's value is above b's, -1 when below, None when they overlap or cannot be compared."""
    if a.unit and a.unit == b.unit and None not in (a.qty_min, a.qty_max, b.qty_min, b.qty_max):
        if a.qty_min > b.qty_max:
            return 1
        if a.qty_max < b.qty_min:
            return -1
        return None
    rank = {"long": 1, "short": -1, "high": 1, "low": -1, "fast": 1, "slow": -1}
    ra, rb = rank.get(a.value), rank.get(b.value)
    if ra is None or rb is None or ra == rb:
        return None
    return 1 if ra > rb else -1


def _describe(fact: Fact) -> str:
    if fact.qty_min is not None:
        return (
            f"{fact.qty_min:g}-{fact.qty_max:g} {fact.unit}"
            if fact.qty_max is not None
            else f">= {fact.qty_min:g} {fact.unit}"
        )
    return fact.value


def _quantity(claim: Claim, fact: Fact) -> bool | None:
    """True/False when a claim quantity can be compared with the row's range, else None."""
    if fact.qty_min is None and fact.qty_max is None:
        return None
    results = [within(q, fact.qty_min, fact.qty_max, fact.unit) for q in claim.quantities]
    results = [r for r in results if r is not None]
    if not results:
        return None
    return any(results)  # several numbers in one sentence: out of range only if none fits


def _range_note(fact: Fact) -> str:
    lo = "" if fact.qty_min is None else f"{fact.qty_min:g}"
    hi = "" if fact.qty_max is None else f"{fact.qty_max:g}"
    return f"the row's range is {lo}-{hi} {fact.unit}"


def lexical_neighbours(
    text: str, kb: KnowledgeBase, *, limit: int = 5, cutoff: float = 40.0
) -> list[tuple[Fact, float]]:
    """The rows whose statements are closest in wording, for claims that share no entity with any row."""
    hits = process.extract(text.lower(), kb.statements, scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=cutoff)
    return [(kb.facts[i], round(score, 1)) for _, score, i in hits]
