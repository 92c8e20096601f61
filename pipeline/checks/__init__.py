"""The matcher's decisions as a registry of named checks, asked in order.

Every check is one function with a What / Why / Example docstring, registered below with its stage,
verdict and reason code (see docs/checks.md). For one claim and one row (a `Situation`):

1. stage "applies": the first check that decides ends the evaluation (the row does not apply, or
   names a class the claim's exclusive class conflicts with);
2. stage "property" for has_property rows, else "direction": the first check that decides is the
   outcome (each stage ends with a check that always decides);
3. stage "caveat" (after "direction" only), then stage "override": in each, the first check that
   decides replaces the outcome.

Stages "comparison" and "closed" are asked once per claim, by `compare` and `closed_lists`.
Adding a check is writing one function and adding one line to CHECKS, where its position is its
priority.
"""

from __future__ import annotations

from ..types import Candidate
from . import closed, comparison, directional, gates, properties, revisions, scopes
from .base import DEFAULT_WEIGHTS, Check, Situation, Weights

CHECKS: tuple[Check, ...] = (
    # applies: does the row speak of what the claim speaks of?
    gates.subject_mismatch,
    gates.exclusive_class,
    gates.object_mismatch,
    gates.classes_compared,
    gates.compared_not_classed,
    gates.other_of_a_class,
    gates.study_length_read_as_limit,
    gates.myth_of_a_whole_class,
    gates.class_use_not_each_members,
    gates.class_row_for_another_drug,
    gates.class_limit_not_each_members,
    gates.denial_about_an_effect,
    gates.property_elsewhere,
    gates.unknown_property_states_no_action,
    gates.onset_of_an_action,
    gates.status_elsewhere,
    gates.off_label_row_agrees,
    gates.use_row_for_approval,
    gates.narrower_approval,
    gates.recommended_off_label,
    gates.use_denied_qualified,
    gates.state_unstated,
    gates.taken_transmitter,
    gates.release_form_acting,
    gates.comparison_unranked,
    scopes.scope_mismatch,
    scopes.group_row_for_everyone,
    gates.qualifier_missing,
    gates.qualifier_compared,
    gates.direct_of_indirect_row,
    gates.manner_unstated,
    gates.mechanism_unsaid,
    gates.attribution_missing,
    gates.aspect_mismatch,
    gates.partial_negation,
    gates.excepted_object,
    gates.limited_denial,
    gates.denied_equal_ranking,
    gates.relation_mismatch,
    # property: a has_property row's outcome
    properties.property_myth_restated,
    properties.property_myth_denied,
    properties.property_myth_other,
    properties.strength_form_unstated,
    properties.owner_unstated,
    properties.figure_denied,
    properties.property_named_elsewhere,
    properties.property_other_row_allows,
    properties.shorter_course,
    properties.clearance_too_soon,
    properties.clearance_time,
    properties.market_year_open,
    properties.near_the_range,
    properties.group_out_of_range,
    properties.figure_of_the_effect,
    properties.raised_dose,
    properties.atypical_figure,
    properties.figures_of_a_list,
    properties.property_out_of_range,
    properties.property_within_range,
    properties.comparison_needs_both,
    properties.property_given_as_cause,
    properties.same_value,
    properties.same_value_denied,
    properties.opposite_value,
    properties.opposite_value_denied,
    properties.numbers_not_covered,
    properties.presence_denied,
    properties.value_unstated,
    properties.property_not_said,
    properties.property_changed,
    properties.property_agrees,
    properties.value_not_covered,
    # direction: any other row's outcome
    directional.denied_direct_of_indirect_row,
    directional.narrower_row,
    directional.no_relation_cannot_contradict,
    directional.other_row_allows,
    directional.advice_figure_out_of_range,
    directional.no_relation_numbers_out_of_range,
    directional.class_use_entities_only,
    directional.likened_only,
    directional.entities_agree,
    directional.aspect_unstated,
    directional.myth_object_elsewhere,
    directional.myth_qualifier_unsaid,
    directional.myth_indirect,
    directional.myth_said_rare,
    directional.myth_as_association,
    directional.unknown_against_denial,
    directional.myth_restated,
    directional.long_use_beyond_correction,
    directional.myth_denied,
    directional.myth_other_direction,
    directional.place_differs,
    directional.opposite_direction,
    directional.opposite_direction_negated,
    directional.denied_side_object,
    directional.denied_modifier,
    directional.partial_denial_of_denied,
    directional.rare_of_denied,
    directional.low_risk_of_denied,
    directional.short_course_of_denied_long,
    directional.course_against_long_denied,
    directional.hedged_sign_of_denied,
    directional.denied_indirect,
    directional.row_denies,
    directional.denied_more_broadly,
    directional.claim_more_specific,
    directional.denied_other_object,
    directional.form_denied_of_some_strengths,
    directional.claim_denies_fact,
    directional.quantity_out_of_range,
    directional.agrees,
    # caveat: a directional outcome that says less than the claim
    revisions.mechanism_unstated,
    revisions.mechanism_called_unknown,
    revisions.narrower_aspect,
    revisions.objects_unstated,
    revisions.forms_unstated,
    revisions.population_unstated,
    revisions.use_in_group_unstated,
    revisions.exposed_group_unstated,
    revisions.list_member_unread,
    revisions.unchecked_numbers_caveat,
    revisions.rarity_conflict,
    revisions.rarity_caveat,
    revisions.frequency_caveat,
    revisions.preference_caveat,
    revisions.exclusive_caveat,
    revisions.object_aspect_unsaid,
    revisions.subject_aspect_unstated,
    revisions.form_caveat,
    revisions.ranking_caveat,
    revisions.degree_caveat,
    revisions.intensity_unstated,
    revisions.absolute_beyond_correction,
    revisions.subclass_caveat,
    revisions.property_unstated,
    revisions.timing_unstated,
    revisions.long_use_unstated,
    revisions.short_use_unstated,
    revisions.as_needed_unstated,
    revisions.personal_account,
    revisions.graded_class,
    revisions.figure_beside_denial,
    revisions.sole_use_denied,
    revisions.adjunct_unstated,
    revisions.graded_efficacy,
    revisions.safety_unstated,
    revisions.other_drug_compared,
    revisions.dose_count_unstated,
    revisions.property_as_cause,
    revisions.risk_level_caveat,
    revisions.high_grade_denial,
    revisions.hedged_denied_use,
    revisions.direction_word_caveat,
    revisions.comparison_unstated,
    revisions.strengthened_entity_match,
    revisions.dosing_entity_match,
    revisions.graded_entity_match,
    revisions.unframed_verb_entity_match,
    revisions.fragment_entity_match,
    revisions.referred_entity_match,
    revisions.context_entity_match,
    revisions.form_row_entity_match,
    # override: the drug named, the authority named, the class named
    revisions.reported_belief,
    revisions.property_words_unread,
    revisions.member_name_unstated,
    revisions.full_effect_unstated,
    revisions.unnamed_subject_conflict,
    revisions.misattributed_unsupported,
    revisions.misattributed,
    revisions.not_of_its_own_class,
    revisions.wrong_class,
    revisions.placed_among_others,
    revisions.option_graded,
    # comparison: "X has a longer half-life than Y" (asked once per claim by compare)
    comparison.comparison_agrees,
    comparison.comparison_conflict,
    # closed: "X is approved for Y" against X's whole list of indications (asked once per claim)
    closed.indication_not_listed,
    closed.unlisted_indication_denied,
    closed.approved_for_more,
    closed.other_member_approved,
    closed.member_approved,
)

STAGES = ("applies", "property", "direction", "caveat", "override", "comparison", "closed")
_BY_STAGE = {name: tuple(c for c in CHECKS if c.stage == name) for name in STAGES}


def stage(name: str) -> tuple[Check, ...]:
    """The checks of one stage, in registry order.

    >>> [c.name for c in stage("override")][:4]
    ['reported_belief', 'property_words_unread', 'member_name_unstated', 'full_effect_unstated']
    >>> [c.name for c in stage("override")][4:6]
    ['unnamed_subject_conflict', 'misattributed_unsupported']
    >>> [c.name for c in stage("override")][6:]
    ['misattributed', 'not_of_its_own_class', 'wrong_class', 'placed_among_others', 'option_graded']
    """
    return _BY_STAGE[name]


def first(name: str, s: Situation, trail: list[str] | None = None) -> Candidate | None:
    """The decision of the first check of stage `name` that decides for `s` (None: none does)."""
    for item in _BY_STAGE[name]:
        found = item.decide(s)  # Check.run, inlined: asked for every row of every block
        if found is not None:
            if trail is not None:
                trail.append(item.name)
            if isinstance(found, Candidate):
                return found
            return Candidate(s.fact, s.score, item.verdict, item.reason, found)
    return None


def decide(s: Situation, trail: list[str] | None = None) -> Candidate:
    """What the row makes of the claim: the stages composed as the module docstring says.
    `trail`, when given, receives the names of the checks that decided, in order."""
    found = first("applies", s, trail)
    if found is not None:
        return found
    outcome_stage = "property" if s.fact.relation == "has_property" else "direction"
    outcome = first(outcome_stage, s, trail)
    if outcome is None:  # each outcome stage ends with a check that always decides
        raise AssertionError(f"stage {outcome_stage} decided nothing")
    for name in ("caveat", "override") if outcome_stage == "direction" else ("override",):
        s.current = outcome
        outcome = first(name, s, trail) or outcome
    return outcome


def unmatched(s: Situation) -> bool:
    """Whether `decide` ends at the entity gates that open stage "applies" with "does not apply",
    scored `s.score`: the row's subject is none of the claim's (`subject_mismatch`), or its object
    is none of them (`object_mismatch`) and no exclusive class conflicts (`exclusive_class`). Most
    rows of a block are such rows, and only the nearest few are shown: `match` decides those alone."""
    return s.subj is None or (s.obj is None and gates.exclusive_class.decide(s) is None)


ENTITY_GATES = (gates.subject_mismatch, gates.exclusive_class, gates.object_mismatch)
assert CHECKS[: len(ENTITY_GATES)] == ENTITY_GATES, "`unmatched` reads the registry's first checks"

__all__ = [
    "CHECKS",
    "DEFAULT_WEIGHTS",
    "STAGES",
    "Check",
    "Situation",
    "Weights",
    "decide",
    "first",
    "stage",
    "unmatched",
]
