"""Stage "direction": what a row with a relation (treats, causes, increases, is_a...) makes of a claim.

Asked, in registry order, of the rows that passed the "applies" stage and are not property rows;
the last check always decides.
"""

from __future__ import annotations

from ..quantities import find_quantities, is_duration
from ..types import Reason, Verdict
from .base import (
    RESOLVED,
    Decision,
    Situation,
    base,
    check,
    named_as_words,
    named_in_text,
    opposite,
    range_note,
    rarity_said,
)
from .gates import denies_direct
from .scopes import another_row_allows, is_form
from .terms import TERMS

STAGE = "direction"
NO, NO_MATCH = Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT
YES, NOT = Verdict.SUPPORTED, Verdict.CONTRADICTED


@check(STAGE, Verdict.SUPPORTED, Reason.FACT_MATCH)
def denied_direct_of_indirect_row(s: Situation) -> Decision:
    """What: the claim denies that the drug does it directly, and the row says it does so only
    indirectly.
    Why: "Benzodiazepines do not directly increase dopamine" is what the indirect row states; the
    negation covers "directly", not the effect.
    Example: "Benzodiazepines do not directly increase dopamine." against F (benzodiazepine increases
    dopamine; manner indirect): the row says it holds only indirectly.
    """
    fact = s.fact
    if fact.manner == "indirect" and s.relation in ("same", "implied") and denies_direct(s.claim):
        return "the row says it holds only indirectly"
    return None


@check(STAGE, NO, NO_MATCH)
def narrower_row(s: Situation) -> Decision:
    """What: the row speaks of something narrower than the claim and could only contradict it.
    Why: "SSRIs do not cause insomnia" is not refuted by a row about one SSRI's aspect or member.
    Example: "Benzodiazepines do not increase neurotransmitters." against F (benzodiazepine increases gaba): the
    row is narrower than the claim (gaba).
    """
    fact = s.fact
    allowed = s.same_polarity and s.relation in ("same", "implied", "unknown") and not fact.is_myth
    if s.narrower and not (allowed and fact.polarity == "affirmed"):
        return f"the row is narrower than the claim ({fact.object})"
    return None


@check(STAGE, NO, NO_MATCH)
def no_relation_cannot_contradict(s: Situation) -> Decision:
    """What: the claim has no relation word, and the row is a myth, negated, or of the other polarity.
    Why: entity agreement alone can back a claim, never contradict it.
    Example: "Xanax and panic disorder." against M (alprazolam treats panic_disorder): no relation in claim.
    """
    fact = s.fact
    if s.relation == "unknown" and (fact.is_myth or fact.polarity == "negated" or not s.same_polarity):
        return "no relation in claim"
    return None


@check(STAGE, NOT, Reason.QUANTITY_OUT_OF_RANGE)
def advice_figure_out_of_range(s: Situation) -> Decision:
    """What: the claim attributes a figure to an authority whose own recommended range excludes it.
    Why: "The NSF says adults need 5 hours of sleep" misreports the NSF's 7-9 hours.
    Example: "The NSF says adults need 5 hours of sleep." against F (national_sleep_foundation recommends sleep;
    attribution national_sleep_foundation, 7-9 hours): the row's range is 7-9 hours.
    """
    fact = s.fact
    if s.relation == "unknown" and s.quantity is False:
        if fact.relation == "recommends" and fact.attribution and s.claim.attribution == fact.attribution:
            return range_note(fact)
    return None


@check(STAGE, NO, NO_MATCH)
def no_relation_numbers_out_of_range(s: Situation) -> Decision:
    """What: the claim has no relation word and its numbers fall outside the row's range.
    Why: without a relation the numbers may be about something else; the row does not apply.
    Example: "Sertraline for depression, 300 mg." against F (sertraline treats depression; 50-200 mg): the
    claim's numbers are outside the row's range.
    """
    if s.relation == "unknown" and s.quantity is False:
        return "the claim's numbers are outside the row's range"
    return None


@check(STAGE, NO, NO_MATCH)
def likened_only(s: Situation) -> Decision:
    """What: the claim has no relation word and likens the drug to the row's object (`likeness`:
    "works like GABA", "mimics serotonin").
    Why: saying a drug works like a transmitter is no agreement with a row on what it does to that
    transmitter: "Xanax works like GABA" is the mimicry a positive modulator does not do, and the
    row that benzodiazepines boost GABA's effect does not back it.
    Example: "Xanax works like GABA." against F (benzodiazepine increases gaba; aspect effect): the
    claim likens the drug to gaba; the row says what it does to it.
    """
    if s.relation != "unknown":
        return None
    likened = TERMS.likeness.search(text := RESOLVED.sub("", s.claim.text))
    if likened is None or not named_in_text(s.kb, s.fact.object, text[likened.end() :]):
        return None  # "acts like a benzodiazepine at the GABA-A receptor": likened to another thing than the row's
    return f"the claim likens the drug to {s.fact.object}; the row says what it does to it"


@check(STAGE, YES, Reason.ENTITY_MATCH)
def entities_agree(s: Situation) -> Decision:
    """What: the claim has no relation word, and its entities agree with an affirmed row.
    Why: a weak agreement, shown as such (`entity_match`), better than none.
    Example: "Xanax for panic disorder." against F (alprazolam treats panic_disorder): entities agree.
    """
    return "entities agree" if s.relation == "unknown" else None


@check(STAGE, NO, NO_MATCH)
def class_use_entities_only(s: Situation) -> Decision:
    """What: the claim has no relation word, and the row says what a drug class is used for.
    Why: a class's uses are broad ("benzodiazepines treat seizures") and its members' are not, and a
    sentence that only names the class and the condition may say anything of them (withdrawal
    seizures, a member's use): agreeing entities back nothing here. A class's risks, from its class
    labeling, are another matter: those rows still count for each member.
    Example: "Benzodiazepines and seizures." against F (benzodiazepine treats seizure): the row says
    what benzodiazepine as a class is used for, and the claim names no use.
    """
    fact = s.fact
    if s.relation != "unknown" or fact.is_myth or fact.relation != "treats":
        return None
    if s.kb.type_of(fact.subject) != "drug_class":
        return None
    return f"the row says what {fact.subject} as a class is used for, and the claim names no use"


@check(STAGE, NO, NO_MATCH)
def aspect_unstated(s: Situation) -> Decision:
    """What: the row is about one aspect of its object, the claim names none, and the row would
    contradict it.
    Why: "Benzodiazepines do not increase GABA" does not deny that they increase its effect.
    Example: "Benzodiazepines increase GABA." against M (benzodiazepine increases gaba; aspect amount): claim
    does not say which aspect of gaba.
    """
    fact, obj = s.fact, s.object_ref
    if fact.aspect and obj.aspect is None and (fact.is_myth or not s.same_polarity or s.relation == "opposite"):
        return f"claim does not say which aspect of {fact.object}"
    return None


@check(STAGE, NO, NO_MATCH)
def myth_object_elsewhere(s: Situation) -> Decision:
    """What: a myth row whose object the claim does not name in its own words: it was found among the
    entities of another clause of the sentence (the topic of advice is looked for there).
    Why: "Alcohol acts on the same receptors as Klonopin, so care is needed lest one dependence be
    traded for another": the advice clause names no alcohol; matched on the alcohol of the clause
    before, it read as the myth that drinking on a benzodiazepine is safe, the opposite of the page.
    Example: "[benzodiazepines] care is needed lest one dependence be traded for another" (context:
    alcohol) against M (benzodiazepine recommends alcohol): the myth's alcohol is named
    elsewhere in the sentence.
    """
    obj = s.obj
    if not s.fact.is_myth or obj is None or not obj.id or obj in (*s.claim.subjects, *s.claim.objects):
        return None
    if named_in_text(s.kb, obj.id, RESOLVED.sub("", s.claim.text)):
        return None
    return f"the myth's {obj.id} is named elsewhere in the sentence, not in this clause"


@check(STAGE, NO, NO_MATCH)
def myth_qualifier_unsaid(s: Situation) -> Decision:
    """What: a myth row said of one substance (its `qualifier`: naloxone reverses an overdose *of a
    benzodiazepine*) against a claim whose own words name it only beside another substance, or not at all.
    Why: "Naloxone can reverse the opioid part of a mixed overdose, but not a benzodiazepine's" and
    "naloxone can reverse an opioid overdose even if benzodiazepines were also taken" are true: the
    overdose they speak of is the opioid's. Only a claim about the qualifier's substance alone states
    the myth.
    Example: "Naloxone can reverse an opioid overdose even if benzodiazepines were taken." against M
    (naloxone treats overdose; qualifier benzodiazepine): the claim names opioid beside it.
    """
    fact = s.fact
    if not fact.is_myth or not fact.qualifier or s.kb.type_of(fact.qualifier) not in TERMS.substance_types:
        return None
    text = RESOLVED.sub("", s.claim.text)
    named = [e for e in s.kb.entities if s.kb.type_of(e) in TERMS.substance_types and named_in_text(s.kb, e, text)]
    own = [e for e in named if e == fact.qualifier or s.kb.is_kind_of(e, fact.qualifier)]
    others = [e for e in named if e not in own and e != fact.subject]
    if own and not others:
        return None
    return (
        f"the claim names {', '.join(others)} beside {fact.qualifier}"
        if own
        else f"the claim does not name {fact.qualifier}"
    )


@check(STAGE, NO, NO_MATCH)
def myth_indirect(s: Situation) -> Decision:
    """What: the claim restates a myth's direction but about an indirect or partial effect.
    Why: "may indirectly lower serotonin" is not the myth "lowers serotonin".
    Example: "Valium indirectly lowers serotonin." against M (benzodiazepine decreases serotonin): claim is
    about an indirect or partial effect.
    """
    if s.fact.is_myth and s.claim.indirect and s.same_polarity:
        return "claim is about an indirect or partial effect"
    return None


@check(STAGE, NO, NO_MATCH)
def myth_said_rare(s: Situation) -> Decision:
    """What: the claim says what a myth row says happens, but says it happens rarely or next to never
    (`rarity`, `scarcity`: "rarely", "seldom", "very little").
    Why: "addiction is rarely seen with SSRIs" is close to the myth's correction, not the myth that
    SSRIs are addictive; a rare event is not what the myth asserts.
    Example: "SSRIs rarely cause addiction." against M (ssri causes addiction): the claim says this
    is rare, not what the myth says.
    """
    text = RESOLVED.sub("", s.claim.text)
    if s.fact.is_myth and s.same_polarity and s.fact.polarity == "affirmed" and TERMS.said_rare(text):
        return None if TERMS.rarity_denied.search(text) else "the claim says this is rare, not what the myth says"
    return None


@check(STAGE, NO, NO_MATCH)
def myth_as_association(s: Situation) -> Decision:
    """What: the claim reports an association (`association`: "was associated with", "linked to")
    between a drug and the change in a transmitter that a myth on how drugs work (topic `mechanism`,
    relation increases or decreases) says the drug makes, and does not say that is how the drug
    works (`mechanism_frame`: "works by").
    Why: a study's finding that gabapentin use went with higher brain GABA is an observation; the
    myth is that raising GABA is how gabapentin works. The table's row is about the mechanism and
    does not decide what a study measured.
    Example: "In one trial, gabapentin use was associated with a rise in brain GABA." against M
    (gabapentin increases gaba, amount; topic mechanism): the claim reports an association, not how
    the drug works.
    """
    if not s.fact.is_myth or s.fact.topic != "mechanism" or s.fact.relation not in ("increases", "decreases"):
        return None  # a causal link ("dopamine, which is what makes you sleepy") is no drug's measured change
    text = RESOLVED.sub("", s.claim.text)
    cue = TERMS.association.search(text)
    if cue is None or TERMS.mechanism_frame.search(text):
        return None
    # "associated with a rise in GABA": the cue governs the change; not "raises GABA, a change linked to ..."
    if named_as_words(s.kb, s.fact.object, text[: cue.start()]):
        return None
    return "the claim reports an association, not how the drug works"


@check(STAGE, NOT, Reason.MYTH_MATCH)
def myth_restated(s: Situation) -> Decision:
    """What: the claim says what a myth row says (same or stronger relation, same polarity).
    Why: restating a known myth is the error the table exists to catch.
    Example: "Valium lowers serotonin." against M (benzodiazepine decreases serotonin): restates a known myth.
    """
    if s.fact.is_myth and s.relation in ("same", "stronger") and s.same_polarity:
        return "restates a known myth"
    return None


@check(STAGE, NO, NO_MATCH)
def long_use_beyond_correction(s: Situation) -> Decision:
    """What: a claim that a drug is meant or advised for use beyond a length of time ("the label says
    Xanax is intended for long-term use", "can be taken indefinitely") against a myth that the label
    limits its use (`duration_threshold`: long-term use; the myth negated).
    Why: the myth's correction is that the label sets no limit, not that it advises long-term use;
    denying the limit is right, claiming the advice goes beyond the correction.
    Example: "The label says Xanax is intended for long-term use." against M (alprazolam recommends
    long_term_use; negated): the correction says there is no limit, not that long use is advised.
    """
    fact = s.fact
    if not fact.is_myth or fact.polarity != "negated" or fact.object not in TERMS.duration_thresholds:
        return None
    if s.claim.polarity != "affirmed" or any(is_duration(q) for q in s.claim.quantities):
        return None  # "the label does not limit it to 4 weeks": the correction itself
    return "the correction says there is no limit, not that long use is advised"


@check(STAGE, YES, Reason.MYTH_NEGATED)
def myth_denied(s: Situation) -> Decision:
    """What: the claim denies what a myth row says (same or implied relation, other polarity).
    Why: denying a myth is right.
    Example: "Valium does not lower serotonin." against M (benzodiazepine decreases serotonin): denies a known
    myth.
    """
    if s.fact.is_myth and s.relation in ("same", "implied") and not s.same_polarity:
        return "denies a known myth"
    return None


@check(STAGE, NO, NO_MATCH)
def myth_other_direction(s: Situation) -> Decision:
    """What: a myth row that neither of the two checks above could read the claim against.
    Why: a myth in another direction neither confirms nor refutes the claim.
    Example: "Valium raises serotonin." against M (benzodiazepine decreases serotonin): myth in another
    direction.
    """
    return "myth in another direction" if s.fact.is_myth else None


@check(STAGE, NO, NO_MATCH)
def place_differs(s: Situation) -> Decision:
    """What: the claim and the row each say where in the body the change happens (`body_place`:
    platelets, blood, gut, the synapse), and not in the same place.
    Why: "SSRIs lower the serotonin content of platelets" is true; the row that SSRIs raise serotonin
    in the synapse is about another place, and decides nothing there.
    Example: "SSRIs lower serotonin in platelets." against F (ssri increases serotonin: "... in the
    synapse"): the claim is about platelets; the row about the synapse.
    """
    said, stated = places(RESOLVED.sub("", s.claim.text)), places(s.fact.statement)
    if said and stated and not said.keys() & stated.keys():
        return f"the claim is about {min(said.values())}; the row about {min(stated.values())}"
    return None


def places(text: str) -> dict[str, str]:
    """The places in the body a text names, keyed by their first five letters ("synaptic", "synapse")."""
    return {m.group(0).lower()[:5]: m.group(0).lower() for m in TERMS.body_place.finditer(text)}


@check(STAGE, NOT, Reason.DIRECTION_CONFLICT)
def opposite_direction(s: Situation) -> Decision:
    """What: the claim's relation is the opposite of the row's (increases vs decreases), both
    affirmed, about the claim's main object.
    Why: "raises blood pressure" contradicts "lowers blood pressure".
    Example: "Caffeine reduces wakefulness." against F (caffeine increases wakefulness): the row says increases,
    the claim the opposite.
    """
    fact, claim = s.fact, s.claim
    if s.relation == "opposite" and fact.polarity == "affirmed" and claim.polarity == "affirmed" and s.primary:
        return f"the row says {fact.relation}, the claim the opposite"
    return None


@check(STAGE, NO, NO_MATCH)
def opposite_direction_negated(s: Situation) -> Decision:
    """What: opposite relations, but one side is negated (or the object is not the claim's main one).
    Why: "does not lower X" is not refuted by "raises X".
    Example: "Caffeine does not reduce wakefulness." against F (caffeine increases wakefulness): opposite
    direction, negated.
    """
    return "opposite direction, negated" if s.relation == "opposite" else None


@check(STAGE, NO, NO_MATCH)
def denied_side_object(s: Situation) -> Decision:
    """What: a negated row against an affirmed claim, about an object that is not the claim's main one.
    Why: a side mention is not what the sentence asserts.
    Example: "Xanax treats anxiety and insomnia." against F (alprazolam treats insomnia; negated): not the
    claim's main object.
    """
    if s.fact.polarity == "negated" and s.claim.polarity == "affirmed" and not s.primary:
        return "not the claim's main object"
    return None


@check(STAGE, NO, NO_MATCH)
def unknown_against_denial(s: Situation) -> Decision:
    """What: the claim says it is not known that the drug does it ("is not known to cause"), and the
    row (a fact or a myth) says whether it does (a row that itself calls it unknown may back it).
    Why: "Buspirone is not known to cause physical dependence" agrees with the row that there is no
    evidence buspirone causes dependence; read as an affirmed claim of an unknown, it must not be
    taken for the row's opposite. Nor does it deny a myth that the drug causes no dependence:
    "Xanax is not known to cause dependence" is no correction of that myth, and a row that
    benzodiazepines cause dependence does not back it.
    Example: "Buspirone is not known to cause dependence." against F (buspirone causes dependence;
    negated): the claim says it is not known; the row denies it.
    """
    claim, fact = s.claim, s.fact
    if claim.value != "unknown" or claim.polarity != "affirmed" or fact.value == "unknown":
        return None
    return (
        "the claim says it is not known; the row denies it"
        if fact.polarity == "negated"
        else "the claim says it is not known; the row says it is so"
    )


@check(STAGE, NO, NO_MATCH)
def denied_modifier(s: Situation) -> Decision:
    """What: the claim denies a class with a modifier of its own (a value such as "short-acting", or
    another entity), and the row affirms the bare class.
    Why: "Clonazepam is not a short-acting benzodiazepine" denies "short-acting", not that it is a
    benzodiazepine; the row on the class cannot refute it (a row on the modifier may).
    Example: "Clonazepam is not a short-acting benzodiazepine." against F (clonazepam is_a
    benzodiazepine): the denial may be of short, not of benzodiazepine.
    """
    claim, fact = s.claim, s.fact
    if claim.polarity != "negated" or fact.polarity != "affirmed" or fact.is_myth or fact.relation != "is_a":
        return None
    others = [r.id for r in claim.objects if r.id != fact.object and not s.kb.is_kind_of(fact.object, r.id)]
    kind = TERMS.subclass.search(RESOLVED.sub("", claim.text))  # "not a *tricyclic* antidepressant"
    modifier = claim.value if claim.value and claim.value != fact.value else (others[0] if others else None)
    modifier = modifier or (kind.group(0).lower() if kind else None)
    return f"the denial may be of {modifier}, not of {fact.object}" if modifier else None


@check(STAGE, YES, Reason.FACT_MATCH)
def partial_denial_of_denied(s: Situation) -> Decision:
    """What: the claim denies only part ("does not always", "not necessarily") of what a negated row
    denies outright.
    Why: "Tolerance does not always indicate addiction" is weaker than the row that tolerance by
    itself does not indicate addiction, and follows from it; read as affirmed (its "not" limits
    "always"), it must not be taken for the row's opposite.
    Example: "Tolerance does not always indicate addiction." against F (tolerance is_a addiction;
    negated): the row denies it outright; the claim denies it in part.
    """
    claim, fact = s.claim, s.fact
    if fact.polarity == "negated" and not fact.is_myth and claim.polarity == "affirmed" and s.relation == "same":
        if TERMS.partial_negation.search(claim.text):
            return "the row denies it outright; the claim denies it in part"
    return None


@check(STAGE, NO, NO_MATCH)
def rare_of_denied(s: Situation) -> Decision:
    """What: a claim that an effect of a drug is rare ("rarely addictive", "few people become addicted",
    `rarity`, `scarcity`) against a row (not a myth) that denies the drug causes it at all.
    Why: "Buspirone is rarely addictive" says little more than the label that buspirone showed no
    potential for abuse; read as an affirmed "causes addiction" it was taken for the row's opposite
    and marked red. How rare is the claim's news, which a denial neither backs nor refutes.
    Example: "Few people become addicted to buspirone." against F (buspirone causes addiction;
    negated): the row denies the effect; the claim says it is rare.
    """
    claim, fact = s.claim, s.fact
    if fact.is_myth or fact.polarity != "negated" or claim.polarity != "affirmed" or s.relation != "same":
        return None
    text = RESOLVED.sub("", claim.text)
    if rarity_said(text):
        return "the row denies the effect; the claim says it is rare"
    return None


@check(STAGE, YES, Reason.FACT_MATCH)
def low_risk_of_denied(s: Situation) -> Decision:
    """What: a claim that a drug's risk of an effect is low ("a low risk of addiction", "a lower
    risk of dependency", `risk_low` / `risk_lower`) against a row (not a myth) that denies the drug
    causes the effect at all.
    Why: "Buspirone has a low risk of addiction" says less than the label that buspirone showed no
    potential for abuse or dependence, and follows from it; read as an affirmed "causes addiction" it
    would be taken for the row's opposite. A row that states the risk is not this check's: a low grade
    is not backed by it (`risk_level_caveat`).
    Example: "Buspirone has a low risk of addiction." against F (buspirone causes addiction; negated):
    the row denies the effect; a low risk says less.
    """
    claim, fact = s.claim, s.fact
    if fact.is_myth or fact.polarity != "negated" or claim.polarity != "affirmed" or s.relation != "same":
        return None
    text = RESOLVED.sub("", claim.text)
    if claim.relation != "causes" or [r.id for r in claim.objects] != [fact.object]:
        return None  # "a low risk of addiction but a high risk of dependence": not one graded risk
    if TERMS.risk_low.search(text) or TERMS.risk_lower.search(text):
        return "the row denies the effect; a low risk says less"
    return None


@check(STAGE, YES, Reason.FACT_MATCH)
def short_course_of_denied_long(s: Situation) -> Decision:
    """What: a claim that a drug is to be used for a short time (its value the opposite of the row's:
    "should only be used for short-term relief") against a row that advises against use beyond a
    length of time (`duration_threshold`: long-term use; negated), the claim naming no object of its
    own.
    Why: "use it only short-term" and "do not use it long-term" are one piece of advice; read as an
    affirmed claim about long-term use (the sentence's object), it would be taken for the row's
    opposite.
    Example: "They should only be used for short-term relief of symptoms." against F (benzodiazepine
    recommends long_term_use; negated): the row advises against long use; the claim, a short one.
    """
    claim, fact = s.claim, s.fact
    if not advises_against_long_use(fact) or claim.polarity != "affirmed" or claim.objects:
        return None
    if claim.relation == fact.relation and claim.value:
        if base(claim.value) == opposite(TERMS.threshold_values.get(fact.object, "")):
            return "the row advises against long use; the claim, a short one"
    return None


def advises_against_long_use(fact) -> bool:
    """A row (not a myth) that advises against use beyond a length of time (`duration_threshold`, negated)."""
    return not fact.is_myth and fact.polarity == "negated" and fact.object in TERMS.duration_thresholds


@check(STAGE, NO, NO_MATCH)
def course_against_long_denied(s: Situation) -> Decision:
    """What: a claim that gives a course length ("should be used for 4 months at most", "for 2 to 4
    weeks") against a row with no figure that advises against use beyond a length of time
    (`duration_threshold`: long-term use; negated).
    Why: the row says long use is not advised; how long a course may last is a figure it does not
    give, so it neither backs nor refutes one (the rows with the label's figures decide those).
    Example: "Ativan should be used for 4 months at most." against F (benzodiazepine recommends
    long_term_use; negated): the claim gives a course length; the row gives none.
    """
    fact = s.fact
    if not advises_against_long_use(fact) or fact.qty_min is not None or fact.qty_max is not None:
        return None
    if any(is_duration(q) for q in s.claim.quantities):
        return "the claim gives a course length; the row gives none"
    return None


@check(STAGE, NO, NO_MATCH)
def hedged_sign_of_denied(s: Situation) -> Decision:
    """What: a hedged claim that one effect can be another ("tolerance can be a sign of addiction")
    against a row that the first is not, by itself, the second.
    Why: the row denies that the effect alone shows the other; "can be a sign" says it sometimes
    goes with it, which the row does not deny.
    Example: "Tolerance can be a sign of addiction." against F (tolerance is_a addiction; negated):
    the row denies that it is, by itself; the claim says it can be.
    """
    claim, fact = s.claim, s.fact
    if fact.relation == "is_a" and s.kb.type_of(fact.subject) == "effect" and fact.polarity == "negated":
        if claim.polarity == "affirmed" and claim.modality == "hedged":
            return "the row denies that it is, by itself; the claim says it can be"
    return None


@check(STAGE, NO, NO_MATCH)
def denied_indirect(s: Situation) -> Decision:
    """What: a negated row against an affirmed claim of an indirect effect, or a hedged weaker one.
    Why: "may affect X indirectly" is not refuted by "does not act on X".
    Example: "Benzos indirectly affect dopamine." against F (benzodiazepine acts_on dopamine; negated): claim is
    about an indirect effect.
    """
    claim = s.claim
    if s.fact.polarity == "negated" and claim.polarity == "affirmed":
        if claim.indirect or (s.relation == "implied" and claim.modality == "hedged"):
            return "claim is about an indirect effect"
    return None


@check(STAGE, NOT, Reason.NEGATION_CONFLICT)
def row_denies(s: Situation) -> Decision:
    """What: the row denies what the claim affirms.
    Why: "Xanax cures depression" against a row saying it does not.
    Example: "Lorazepam causes weight gain." against F (lorazepam causes weight_gain; negated): the row denies
    this.
    """
    if s.fact.polarity == "negated" and s.claim.polarity == "affirmed":
        return "the row denies this"
    return None


@check(STAGE, YES, Reason.FACT_MATCH)
def denied_more_broadly(s: Situation) -> Decision:
    """What: the claim denies a specific relation, the row denies the broader one.
    Why: "does not act on X" covers "does not increase X".
    Example: "Buspirone does not raise GABA." against F (buspirone acts_on gaba; negated): the row denies more
    than this.
    """
    if s.relation == "stronger" and s.fact.polarity == "negated" and s.claim.polarity == "negated":
        return "the row denies more than this"
    return None


@check(STAGE, NO, NO_MATCH)
def claim_more_specific(s: Situation) -> Decision:
    """What: the claim's relation is more specific than the row's (lowers vs acts on).
    Why: "acts on GABA" does not tell which way.
    Example: "Buspirone lowers serotonin." against F (buspirone acts_on serotonin): claim is more specific than
    the row.
    """
    return "claim is more specific than the row" if s.relation == "stronger" else None


@check(STAGE, NO, NO_MATCH)
def denied_other_object(s: Situation) -> Decision:
    """What: a denial whose own objects do not include the row's, which the sentence names elsewhere
    ("X is not meant for long-term use, and tapering is needed": the row on tapering).
    Why: the claim denies its own object, not every thing its sentence names; a row on another part of
    the sentence neither backs nor refutes it.
    Example: "Xanax is not meant for long-term use, and tapering is needed." against F (benzodiazepine
    recommends taper): the claim denies long_term_use, not taper.
    """
    claim = s.claim
    if s.same_polarity or claim.polarity != "negated" or not claim.objects or s.obj in claim.objects:
        return None
    return f"the claim denies {claim.objects[0].id}, not {s.fact.object}"


@check(STAGE, NO, NO_MATCH)
def form_denied_of_some_strengths(s: Situation) -> Decision:
    """What: a denial of a dosage form said of some strengths of a drug, not of the drug ("the 600 mg
    and 800 mg strengths are tablets, not capsules").
    Why: a row saying the drug comes in that form is about some of its strengths, and does not say
    which; it cannot refute a denial for others.
    A figure the form's own strengths row lists is no exception ("gabapentin 300 mg is not a capsule"
    stays red).
    Example: "The 600 mg strengths of gabapentin are not capsules." against F (gabapentin is_a
    capsule): the claim denies the form of some strengths only.
    """
    claim = s.claim
    if s.same_polarity or claim.polarity != "negated" or not is_form(s.kb, s.fact.object):
        return None
    # the figures may sit in the sentence's subject, split from the denial ("600 mg and 800 mg are
    # tablets, not capsules")
    figures = claim.quantities or tuple(q for q in find_quantities(claim.sentence) if q.unit in ("mg", "mcg"))
    some = figures or any(r.id in TERMS.strength_subjects for r in claim.subjects)
    if not some or _form_lists(s, [q.low for q in figures]):
        return None  # "Gabapentin 300 mg is not a capsule": the capsules' own row lists 300 mg
    return "the claim denies the form of some strengths only"


def _form_lists(s: Situation, figures: list[float]) -> bool:
    """Whether a row on the drug's strengths scoped to the row's form lists every figure."""
    rows = (
        f
        for f in s.kb.facts
        if f.subject == s.fact.subject and f.object in TERMS.strength_subjects and s.fact.object in f.scope.split("|")
    )
    return bool(figures) and any(all(x in f.qty_values for x in figures) for f in rows)


@check(STAGE, NOT, Reason.NEGATION_CONFLICT)
def claim_denies_fact(s: Situation) -> Decision:
    """What: the claim denies what an affirmed row says.
    Why: "Lorazepam is not a benzodiazepine" against "lorazepam is a benzodiazepine".
    Example: "Lorazepam is not a benzodiazepine." against F (lorazepam is_a benzodiazepine): claim denies a
    fact.
    """
    return "claim denies a fact" if not s.same_polarity else None


@check(STAGE, NO, NO_MATCH)
def other_row_allows(s: Situation) -> Decision:
    """What: the claim's number conflicts with this typed row, but another applicable row of the same
    relation, object and authority (another age group, another indication) agrees with it.
    Why: a claim is contradicted only when every row it could mean conflicts.
    Example: "The FDA added a boxed warning in 2020." against F (fda recommends boxed_warning; qty_type
    year; scope opioid; 2016), with the 2020 row on misuse and dependence: F-0132 allows the claim's
    number.
    """
    return another_row_allows(s)


@check(STAGE, NOT, Reason.QUANTITY_OUT_OF_RANGE)
def quantity_out_of_range(s: Situation) -> Decision:
    """What: the claim agrees with the row but its numbers fall outside the row's range (unit-converted).
    Why: "takes 2 days to work" against "takes 4-6 weeks to work".
    Example: "Sertraline treats depression at 300 mg." against F (sertraline treats depression; 50-200 mg): the
    row's range is 50-200 mg.
    """
    return range_note(s.fact) if s.quantity is False else None


@check(STAGE, YES, Reason.FACT_MATCH)
def agrees(s: Situation) -> Decision:
    """What: everything above agreed: same (or implied) relation, same polarity, numbers in range.
    Why: the row backs the claim.
    Example: "Lorazepam is a benzodiazepine." against F (lorazepam is_a benzodiazepine): agrees.
    """
    return "agrees"
