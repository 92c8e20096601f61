"""match(claims, kb) -> candidates: each claim against the facts that share its entities.

Blocking: only facts naming one of the claim's entities (or a class it belongs to)
are considered. Each is then evaluated structurally (subject, object, relation,
aspect, polarity, value, quantity, attribution) and scored lexically with rapidfuzz: `situation`
reads the pair, and the registry of checks (pipeline.checks, docs/checks.md) decides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from .checks import decide, unmatched
from .checks.base import DEFAULT_WEIGHTS, Situation, Weights, in_system, named_in_text
from .checks.base import base as _base
from .checks.base import named_in_statement as _named_in_statement
from .checks.base import quantity as _quantity
from .checks.base import range_note as _range_note
from .checks.closed import closed_lists
from .checks.comparison import compare
from .checks.gates import aspect_within as _aspect_within
from .checks.gates import consensus_advice as _consensus_advice
from .checks.gates import exclusive_conflict as _exclusive_class
from .checks.revisions import claim_class
from .checks.revisions import unchecked_numbers as _unchecked_numbers
from .checks.terms import TERMS
from .kb import KnowledgeBase
from .quantities import is_duration
from .types import Candidate, Claim, EntityRef, Fact, Verdict

# Kept under their old names for the modules that read them (pipeline.lint): the data is in
# pipeline/data/checks_terms.csv.
OPPOSITE_RELATIONS = TERMS.opposite_relations
OPPOSITE_VALUES = TERMS.opposite_values
COMPARATIVE = TERMS.comparative


@dataclass(frozen=True)
class Candidates:
    """A claim with the rows considered for it: those that decided first, then the nearest others."""

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
        read = (
            situation(claim, kb.facts[i], kb, weights=weights, lexical=score, view=view)
            for i, score in zip(block, lexical)
        )
        # A row the entity gates leave out is kept as its Situation, scored as its candidate would be,
        # and decided only if it is among the nearest `limit`.
        evaluated: list[Candidate | Situation] = [s if unmatched(s) else decide(s) for s in read]
        evaluated += compare(claim, kb) + closed_lists(claim, kb)
        applied: list[Candidate | Situation] = []
        near: list[Candidate | Situation] = []
        for c in evaluated:
            (near if isinstance(c, Situation) or c.outcome is Verdict.UNSUPPORTED else applied).append(c)
        applied.sort(key=_best_first)  # stable: rows of equal score stay in table order
        near.sort(key=_best_first)
        shown = [decide(c) if isinstance(c, Situation) else c for c in applied + near[:limit]]
        out.append(Candidates(claim, tuple(shown)))
    return out


def _best_first(candidate: Candidate | Situation) -> float:
    return -candidate.score


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
        self.claim, self.kb = claim, kb
        self._memo: dict[tuple[str, str, bool], EntityRef | None] = {}
        self.refs = {
            "subjects": claim.subjects,
            "objects": claim.objects,
            "everything": everything,
            "with_context": everything + tuple(EntityRef(e) for e in claim.context),
            "objects_context": claim.objects + tuple(EntityRef(e) for e in _topics(claim, kb)),
        }

    def has(self, refs: str, target: str, *, up: bool) -> EntityRef | None:
        key = (refs, target, up)
        try:
            return self._memo[key]
        except KeyError:
            found = self._memo[key] = _has(self.refs[refs], target, self.kb, up=up)
            return found


def _topics(claim: Claim, kb: KnowledgeBase) -> tuple[str, ...]:
    """The claim's context entities that may be the topic of advice: not the subject's own kinds
    ("Benzodiazepines such as Xanax should be used for weeks" gives no advice about Xanax as a
    CNS depressant to combine)."""
    subjects = [r.id for r in claim.subjects]
    return tuple(e for e in claim.context if not any(kb.is_kind_of(e, s) for s in subjects))


def state_qualified(claim: Claim, fact: Fact) -> bool:
    """A claim about a drug's withdrawal meets a row qualified by stopping it abruptly
    (`state_qualifier`): "SSRI withdrawal symptoms include dizziness" is what a row on stopping an
    SSRI abruptly says. An effect that names its own condition (`implied_qualifier`: withdrawal in
    the newborn comes from the drug taken in pregnancy) meets a row qualified by that condition,
    unless the claim names a condition against it (`contrary_condition`: "withdrawal if you taper it",
    "stopping it slowly" are not the row on stopping abruptly) or terms of its own ("taken for a few
    days")."""
    if any((r.id, fact.qualifier) in TERMS.state_qualifiers for r in claim.subjects):
        return True
    implied = any((r.id, fact.qualifier) in TERMS.implied_qualifiers for r in claim.objects)
    named = (claim.value, *claim.context)
    contrary = any((fact.qualifier, e) in TERMS.contrary_conditions for e in named)
    return implied and not contrary and not claim.quantities  # "after a few days of use": its own terms


def exposure_named(claim: Claim, fact: Fact, kb: KnowledgeBase) -> bool:
    """A claim about babies who meet the drug through the mother (`exposed_population`) meets a row
    qualified by how they meet it when its sentence names that ("not during breastfeeding, because
    it can make infants drowsy": the row on sedation in breastfed newborns)."""
    exposed = any(r.id in TERMS.exposed_populations for r in claim.objects + claim.subjects)
    return exposed and named_in_text(kb, fact.qualifier, claim.sentence)


def possible_with_use(claim: Claim, fact: Fact, kb: KnowledgeBase) -> bool:
    """A hedged claim of what a drug can cause, against a row that it causes it when taken a certain
    way (`use_condition`: long-term use): "Ativan can cause tolerance" is what "with long-term use,
    tolerance develops" states; "Ativan causes tolerance", asserted outright, is not; nor is a claim
    that names a condition of its own ("even with short-term use", "after a single dose")."""
    return (
        claim.modality == "hedged"
        and [r.id for r in claim.objects] == [fact.object]
        and all(is_duration(q) for q in claim.quantities)  # "after several weeks": how long the use goes on
        and not claim.value
        and not conditions_said(claim, fact, kb)
        and claim.relation == "causes"
        and fact.relation == "causes"
        and fact.polarity == "affirmed"
        and not fact.is_myth
        and fact.qualifier in TERMS.use_conditions
    )


def conditions_said(claim: Claim, fact: Fact, kb: KnowledgeBase) -> list[str]:
    """What the claim's sentence names besides its own entities and effects of the row's object's
    type: a condition of its own ("even with short-term use"), not a listed sibling ("tolerance *and
    dependence* can develop")."""
    own = {r.id for r in claim.subjects + claim.objects}
    kind = kb.type_of(fact.object)
    return [c for c in claim.context if c not in own and kb.type_of(c) != kind]


def within_group(claim: Claim, fact: Fact, view: ClaimView) -> bool:
    """A hedged claim about a group of people that holds for part of it: "paroxetine taken during
    pregnancy may raise the risk of heart defects" is entailed by a row that it does so in early
    pregnancy (what may happen in part of the group may happen in the group), not an assertion that it
    always does."""
    return (
        claim.modality == "hedged"
        and fact.polarity == "affirmed"
        and fact.qualifier in TERMS.populations
        and view.has("with_context", fact.qualifier, up=False) is not None
    )


def evaluate(
    claim: Claim,
    fact: Fact,
    kb: KnowledgeBase,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    lexical: float | None = None,
    view: ClaimView | None = None,
) -> Candidate:
    """What `fact` makes of `claim`: supports it, contradicts it, or does not apply (and why): the
    registry of checks (pipeline.checks) asked in order.
    `lexical`: the claim's token_set_ratio against the row's statement, when already computed;
    `view`: the claim's ClaimView, shared by the rows of one block."""
    return decide(situation(claim, fact, kb, weights=weights, lexical=lexical, view=view))


def situation(
    claim: Claim,
    fact: Fact,
    kb: KnowledgeBase,
    *,
    weights: Weights = DEFAULT_WEIGHTS,
    lexical: float | None = None,
    view: ClaimView | None = None,
) -> Situation:
    """How far `claim` and `fact` agree: which entities, which relation, and the candidate's score."""
    if lexical is None:
        lexical = fuzz.token_set_ratio(claim.text.lower(), fact.statement.lower())
    if view is None or view.claim is not claim or view.kb is not kb:
        view = ClaimView(claim, kb)
    subj = _subject(claim, fact, view)
    if subj is None and _copula_reversed(claim, fact, view):
        # "The brain's main excitatory messenger is glutamate": the copula read the other way round.
        claim = replace(claim, subjects=claim.objects, objects=claim.subjects)
        return situation(claim, fact, kb, weights=weights, lexical=lexical)
    # A fact backs a claim about a broader class ("acts on neurotransmitters" <- "acts on GABA");
    # only a row at least as broad as the claim's object may contradict it.
    contradicting = fact.is_myth or fact.polarity == "negated"
    obj = _object(claim, fact, view, contradicting)
    relation = relation_agreement(claim.relation, fact, kb)
    score = (
        weights.subject * (subj is not None)
        + weights.object * (obj is not None)
        + weights.relation * (relation in ("same", "implied"))
        + weights.lexical * lexical / 100
    )
    qualified = (
        not fact.qualifier
        or view.has("with_context", fact.qualifier, up=True) is not None
        or within_group(claim, fact, view)
        or state_qualified(claim, fact)
        or exposure_named(claim, fact, kb)
        or possible_with_use(claim, fact, kb)
    )
    return Situation(claim, fact, kb, weights, subj, obj, relation, round(score, 1), contradicting, qualified)


def _subject(claim: Claim, fact: Fact, view: ClaimView) -> EntityRef | None:
    """The claim's entity agreeing with the row's subject."""
    subj = view.has("subjects", fact.subject, up=True)
    if subj is None and not claim.subjects and (claim.relation is None or fact.relation == "has_property"):
        subj = view.has("everything", fact.subject, up=True)
    if subj is None and fact.attribution and fact.subject == fact.attribution and _advised_by(claim, fact):
        subj = EntityRef(fact.subject)  # "According to the NSF, adults need 7-9 hours": the NSF advises
    if subj is None and _combination_row(fact, view.kb) and view.has("subjects", fact.qualifier, up=True):
        # "Opioids can cause death when taken with benzodiazepines": the row on benzodiazepines taken
        # with opioids speaks of the same combination, named the other way round
        subj = view.has("with_context", fact.subject, up=True)  # its subjects met none: an object or context
    return subj


def _combination_row(fact: Fact, kb: KnowledgeBase) -> bool:
    """A row on a drug taken with another drug (`combination_topics`, its qualifier a drug or a
    class: opioids, alcohol), not a comparison with one."""
    return (
        fact.topic in TERMS.combination_topics
        and not fact.value
        and kb.type_of(fact.qualifier) in ("drug", "drug_class")
    )


def _advised_by(claim: Claim, fact: Fact) -> bool:
    """The claim gives the row's advice as its authority's, or unattributed when the authority is the
    field's consensus ("Most adults need 7-9 hours of sleep")."""
    return claim.attribution == fact.attribution or _consensus_advice(claim, fact)


def _copula_reversed(claim: Claim, fact: Fact, view: ClaimView) -> bool:
    """An is_a claim whose subject and object agree with the row's the other way round (not a
    comparison: "Benzodiazepines are weaker than Xanax" does not say what Xanax is)."""
    return bool(
        fact.relation == "is_a"
        and claim.relation in ("is_a", None)
        and not fact.is_myth
        and not TERMS.comparison.search(claim.text)
        and view.has("objects", fact.subject, up=True)
        and view.has("subjects", fact.object, up=False)
    )


_OBJECT_SCOPES = {"has_property": "with_context", "recommends": "objects_context"}


def _object(claim: Claim, fact: Fact, view: ClaimView, contradicting: bool) -> EntityRef | None:
    """The claim's entity agreeing with the row's object (any entity for a row with none)."""
    # An attribute or the topic of advice may sit anywhere in the sentence: "its half-life is long",
    # "Get enough sleep: experts recommend seven to nine hours".
    # The topic of advice is never the claim's own subject: "Benzodiazepines are recommended for
    # short-term use" is not about combining CNS depressants because a benzodiazepine is one.
    scope = _OBJECT_SCOPES.get(fact.relation, "objects")
    if scope == "with_context" and any(_own_property(r.id, view.kb) for r in claim.objects):
        scope = "objects"  # "X has a medium onset, so ... longer-acting drugs": its own property, not one nearby
    elif scope == "with_context" and claim.relation in ACTION_RELATIONS and claim.objects:
        scope = "objects"  # "X works by slowing the CNS" beside "halts the onset of panic": an action, not the onset
    # a row on combining a drug with a class of drugs holds for each member ("adds to the effects of CNS
    # depressants": of Xanax too), so a member may match it either way
    combined = (
        fact.relation in COMBINING_RELATIONS
        and claim.relation in COMBINING_RELATIONS
        and view.kb.type_of(fact.object) == "drug_class"
    )
    obj = view.has(scope, fact.object, up=contradicting or combined) if fact.object else EntityRef("")
    if obj is None and claim.relation is None and not contradicting:
        obj = view.has("everything", fact.object, up=False)
    if obj is None and not contradicting:
        obj = listed_symptom(claim, fact, view.kb)
    if obj is None and contradicting:
        obj = next((r for r in claim.objects if in_system(r.id, fact)), None)
    elif obj is None and claim.relation == "acts_on" and fact.object in TERMS.receptor_systems:
        if TERMS.mechanism_frame.search(claim.text):
            return None  # "works by affecting serotonin": how it works, which a binding row does not state
        # "Buspirone affects serotonin": a row that it binds a serotonin receptor says so
        system = TERMS.receptor_systems[fact.object]
        obj = next((r for r in claim.objects if r.id == system and not r.aspect), None)
    return obj


ACTION_RELATIONS = frozenset({"increases", "decreases", "binds", "acts_on"})  # what a drug does to a thing
COMBINING_RELATIONS = frozenset({"increases", "recommends"})  # interaction rows: "adds to", "not with"


def _own_property(entity_id: str, kb: KnowledgeBase) -> bool:
    """Whether the entity is a property a row gives a value for (half-life, onset, a boxed warning;
    not a class a row compares with, "SSRIs", nor a way of taking the drug, `use_conditions`: "half-life
    is 4 to 6 days *with chronic use*")."""
    return entity_id in kb.properties and kb.type_of(entity_id) == "concept" and entity_id not in TERMS.use_conditions


def listed_symptom(claim: Claim, fact: Fact, kb: KnowledgeBase) -> EntityRef | None:
    """'Effexor withdrawal can cause dizziness' against a row that venlafaxine causes withdrawal whose
    statement lists dizziness among the symptoms: the claim's object, named by the row (only for a
    state a claim lists the symptoms of, `symptom_state`, the claim's subject too)."""
    if fact.object not in TERMS.symptom_states or not any(r.id == fact.object for r in claim.subjects):
        return None
    return next((r for r in claim.objects if _named_in_statement(kb, fact, r.id)), None)


def relation_agreement(claim_rel: str | None, fact: Fact, kb: KnowledgeBase | None = None) -> str:
    """How the claim's relation stands to the row's: same, implied, opposite, stronger, unknown or none.

    Said of a condition or an effect, "reduces anxiety" is "treats anxiety" and "increases falls" is
    "causes falls"; said of a neurotransmitter, they are not. "affects" (acts_on) is implied by any
    relation that changes its object.
    """
    if claim_rel is None:
        return "unknown"
    if claim_rel == fact.relation:
        return "same"
    pair = (claim_rel, fact.relation)
    if pair in TERMS.outcome_synonyms and kb is not None and kb.type_of(fact.object) in TERMS.outcome_types:
        return "same"
    if pair in TERMS.opposite_relations:
        return "opposite"
    if fact.relation in TERMS.implied_relations.get(claim_rel, ()):
        return "implied"  # the claim says less than the fact: "affects" vs "increases"
    if claim_rel in TERMS.implied_relations.get(fact.relation, ()):
        return "stronger"  # the claim says more than the fact: "lowers" vs "acts on"
    return "none"


_relation_agreement = relation_agreement
# The helpers that moved to pipeline.checks, under their old names.
__all__ = [
    "COMPARATIVE",
    "DEFAULT_WEIGHTS",
    "OPPOSITE_RELATIONS",
    "OPPOSITE_VALUES",
    "Candidates",
    "ClaimView",
    "Weights",
    "_aspect_within",
    "_base",
    "_exclusive_class",
    "_quantity",
    "_range_note",
    "_unchecked_numbers",
    "claim_class",
    "compare",
    "evaluate",
    "lexical_neighbours",
    "lexical_scores",
    "match",
    "relation_agreement",
    "situation",
]


def lexical_neighbours(
    text: str, kb: KnowledgeBase, *, limit: int = 5, cutoff: float = 40.0
) -> list[tuple[Fact, float]]:
    """The rows whose statements are closest in wording, for claims that share no entity with any row."""
    hits = process.extract(text.lower(), kb.statements, scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=cutoff)
    return [(kb.facts[i], round(score, 1)) for _, score, i in hits]
