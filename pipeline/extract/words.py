"""The extractor's English word lists and domain ids, read from `pipeline/data/` (see docs/language-data.md).

`words.csv` (columns `list,word`) holds every word list, `function_words.csv` (`role,word`) the single
words a rule hinges on, `singular_verbs.csv` (`plural,singular`) the verb forms a one-member claim
takes, `form_names.csv` (`name,form`) the dosage forms a drug's name or its modifier names ("Xanax
XR", "extended-release alprazolam"), `domain_ids.csv` (`list,id`) the entity types and entity ids
the extractor treats specially.
Every list (and role) the code reads is a field of `Words` (`FunctionWords`, `DomainIds`): a row
naming another list, an empty or repeated word, or a list missing from the file raises
FactTableError naming the file, the line and the column.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import FactTableError
from ..lexicon import DATA, read_rows

PHRASE_LISTS = frozenset(
    {
        "negating_triggers",
        "limiting_triggers",
        "prompt_adverbs",
        "citation_markers",
        "reference_headings",
        "lessened_effect",
        "continued_use",
    }
)  # rows are lemma sequences
ORDERED_LISTS = frozenset(  # kept in file order
    {
        "reciprocal",
        "edge_words",
        "denial_auxiliaries",
        "fused_negations",
        "denial_words",
        "hedge_words",
        "additive_correlative",
    }
)


@dataclass(frozen=True)
class Words:
    """Every word list of `words.csv`, by name; docs/language-data.md says what each one means."""

    pronouns: frozenset[str]
    drug_nouns: frozenset[str]
    generic_subjects: frozenset[str]
    qualifying: frozenset[str]
    causal_marks: frozenset[str]
    causal_verbs: frozenset[str]
    reporting: frozenset[str]
    need_verbs: frozenset[str]
    stopping_verbs: frozenset[str]
    stopping_nouns: frozenset[str]  # 'cessation of Tranxene should be gradual': the stopping of a drug
    gradual_words: frozenset[str]  # 'Xanax should be stopped *gradually*': stopped by a taper
    sudden_words: frozenset[str]  # 'cessation of Ativan should be *abrupt*': stopped all at once
    hypothetical_marks: frozenset[str]  # 'if', 'unless': a clause they open supposes, and asserts nothing
    off_verbs: frozenset[str]  # 'getting off Xanax', 'coming off benzodiazepines': with 'off', stopping a drug
    dose_cut_verbs: frozenset[str]  # 'the dose is *reduced* too quickly': with a dose or drug as object, stopping
    partial_quantifiers: frozenset[str]
    likeness_words: frozenset[str]
    sleep_words: frozenset[str]
    effect_nouns: frozenset[str]
    prescriber_nouns: frozenset[str]
    transmitter_nouns: frozenset[str]
    likelihood_nouns: frozenset[str]
    permission_modals: frozenset[str]
    permission_limits: frozenset[str]
    contrast_nouns: frozenset[str]
    knowledge_limiters: frozenset[str]
    detection_words: frozenset[str]
    clearance_nouns: frozenset[str]
    lead_in_endings: frozenset[str]
    intake_verbs: frozenset[str]
    concurrent_words: frozenset[str]
    interaction_verbs: frozenset[str]  # 'Xanax and alcohol don't *interact*': two substances taken together
    companion_preps: frozenset[str]
    indefinite_articles: frozenset[str]
    narrator_pronouns: frozenset[str]
    occasion_nouns: frozenset[str]
    wearing_off: frozenset[str]
    sleep_aid_verbs: frozenset[str]
    condition_helping_verbs: frozenset[str]
    making_verbs: frozenset[str]
    getting_verbs: frozenset[str]
    indefinite_pronouns: frozenset[str]
    apart_words: frozenset[str]
    advised_amount_verbs: frozenset[str]
    deontic: frozenset[str]
    advice_verbs: frozenset[str]
    negating_triggers: frozenset[tuple[str, ...]]
    avoid_verbs: frozenset[str]
    limiting_triggers: frozenset[tuple[str, ...]]
    up_words: frozenset[str]
    down_words: frozenset[str]
    level_verbs: frozenset[str]
    means_preps: frozenset[str]
    sale_words: frozenset[str]
    classifying_verbs: frozenset[str]
    classifying_authorities: frozenset[str]
    interested_parties: frozenset[str]
    marketing_words: frozenset[str]
    doubt_verbs: frozenset[str]
    buyers: frozenset[str]
    possibility_modals: frozenset[str]
    field_class: frozenset[str]
    field_uses: frozenset[str]
    field_side_effects: frozenset[str]
    relief_verbs: frozenset[str]
    safe_words: frozenset[str]
    limit_words: frozenset[str]
    course_preps: frozenset[str]
    evidence_words: frozenset[str]
    lack_words: frozenset[str]
    onset_verbs: frozenset[str]
    fast_relief_verbs: frozenset[str]  # 'reduces anxiety *right away*': with a fast speed, how soon it acts
    speed_limiters: frozenset[str]  # 'reduces anxiety, but *not* right away': the speed is denied
    cause_preps: frozenset[str]
    risk_words: frozenset[str]
    experience_verbs: frozenset[str]
    hinder_verbs: frozenset[str]
    imitation_verbs: frozenset[str]
    personal_pronouns: frozenset[str]
    plain_negators: frozenset[str]
    origin_preps: frozenset[str]
    switch_verbs: frozenset[str]  # 'switch patients from Xanax to ...': the property named is the other drug's
    owner_preps: frozenset[str]  # 'For clonazepam, the half-life is ...': the opening phrase names the property's drug
    destination_preps: frozenset[str]  # 'switch from X *to* a longer-acting one': the destination's value
    onset_markers: frozenset[str]
    intransitive_verbs: frozenset[str]
    result_nouns: frozenset[str]
    percent_words: frozenset[str]
    large_number_words: frozenset[str]  # '44 *million* prescriptions': a count of a statistic
    result_participles: frozenset[str]
    causative: frozenset[str]
    conditions: frozenset[str]
    factive_conditions: frozenset[str]
    circumstance: frozenset[str]
    debunk: frozenset[str]
    believe: frozenset[str]
    raising_passives: frozenset[str]
    holders: frozenset[str]
    advice_words: frozenset[str]
    connectives: frozenset[str]
    modifier_starts: frozenset[str]
    joint_preps: frozenset[str]
    reciprocal: tuple[str, ...]
    result_verbs: frozenset[str]
    consequence_verbs: frozenset[str]  # 'This gives effects lasting 12 hours': a consequence, not the property
    instruction_verbs: frozenset[str]  # 'Take it with food': a line opening with one instructs
    telling_verbs: frozenset[str]  # 'It tells you about X': what a page or leaflet does, not a drug
    dosing_frequency_words: frozenset[str]  # 'twice a day', 'three times daily': how often a dose is taken
    result_markers: frozenset[str]  # ', which *in turn* releases GABA': the relative is the clause's result
    compound_words: frozenset[str]  # 'benzyl alcohol': the name after it is another compound's
    dose_limit_verbs: frozenset[str]  # 'should not *exceed* 4 mg': a denied one gives a maximum dose
    emphatic: frozenset[str]
    open_ends: frozenset[str]
    edge_words: tuple[str, ...]
    plural_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    clause_pronouns: frozenset[str]
    condition_marks: frozenset[str]
    continuing_pronouns: frozenset[str]
    plural_demonstratives: frozenset[str]
    possessive_pronouns: frozenset[str]
    anaphoric_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    correlative_negations: frozenset[str]
    negating_determiners: frozenset[str]
    correlative_negators: frozenset[str]  # 'neither A nor B but C': the denial C is set against
    scarce_evidence: frozenset[str]  # 'little evidence that X', 'evidence that X is limited': X lacks evidence
    negating_prefixes: frozenset[str]
    denying_adjectives: frozenset[str]
    part_modifiers: frozenset[str]
    class_preps: frozenset[str]
    additive_correlative: tuple[str, ...]
    correlative_openers: frozenset[str]
    approval_variants: frozenset[str]
    approval_nouns_verbs: frozenset[str]
    general_purposes: frozenset[str]  # 'approved *for marketing*': no condition, no group
    market_words: frozenset[str]  # 'introduced in 1993', 'on the market since 1975': a first approval, roughly
    listing_verbs: frozenset[str]
    symptom_nouns: frozenset[str]
    unapproved_use: frozenset[str]
    idiom_verbs: frozenset[str]
    idiom_particles: frozenset[str]
    object_idiom_verbs: frozenset[str]
    idiom_objects: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    blocking_prefixes: frozenset[str]
    not_words: frozenset[str]
    truth_words: frozenset[str]
    expert_holders: frozenset[str]
    theory_nouns: frozenset[str]
    grade_adjectives: frozenset[str]
    giving_verbs: frozenset[str]
    prompt_adjectives: frozenset[str]
    tardy_adjectives: frozenset[str]
    prompt_adverbs: frozenset[tuple[str, ...]]
    lessened_effect: frozenset[tuple[str, ...]]  # 'may become *less effective* over time': tolerance
    change_verbs: frozenset[str]  # 'rises *by* an hour': a figure after "by" is a change, not a value
    continued_use: frozenset[tuple[str, ...]]  # '*over time*', '*with continued use*': use that goes on
    citation_markers: frozenset[tuple[str, ...]]
    reference_headings: frozenset[tuple[str, ...]]
    dosage_form_nouns: frozenset[str]
    speculation_verbs: frozenset[str]
    belief_markers: frozenset[str]
    drinking_verbs: frozenset[str]  # 'do not *drink* while taking X': with no object, alcohol
    comparative_degrees: frozenset[str]
    contrastive_conjunctions: frozenset[str]
    duration_verbs: frozenset[str]
    slow_units: frozenset[str]
    count_determiners: frozenset[str]
    within_preps: frozenset[str]
    fast_units: frozenset[str]
    class_nouns: frozenset[str]  # 'the drugs in this class'
    inclusion_verbs: frozenset[str]  # 'benzodiazepines include alprazolam'
    excitation_verbs: frozenset[str]  # 'brain chemicals that excite nerve cells'
    endorsing_verbs: frozenset[str]  # 'do not recommend X to treat Y': the purpose is denied too
    approval_verbs: frozenset[str]  # 'approved by the FDA for anxiety'
    section_words: frozenset[str]  # 'Off-label *uses*': a line that names a page's section, not a list item
    use_verbs: frozenset[str]  # 'used for anxiety': a use only when affirmed and not timed
    cause_nouns: frozenset[str]  # 'the underlying cause of anxiety' names the cause, not the anxiety
    cell_nouns: frozenset[str]  # 'GABA interneurons' are cells, not the transmitter
    lasting_verbs: frozenset[str]  # 'symptoms can last for weeks': an assertion even without a relation
    time_nouns: frozenset[str]
    notice_verbs: frozenset[str]  # 'before you notice the benefit'
    benefit_nouns: frozenset[str]
    begin_verbs: frozenset[str]  # 'before sertraline starts to work'
    release_verbs: frozenset[str]
    copulas: frozenset[str]
    alternative_words: frozenset[str]
    comparison_preps: frozenset[str]
    cause_prep_links: frozenset[str]
    possessive_markers: frozenset[str]
    change_preps: frozenset[str]
    source_preps: frozenset[str]
    descriptive_relatives: frozenset[str]
    list_links: frozenset[str]
    list_conjunctions: frozenset[str]
    list_openers: frozenset[str]
    question_openers: frozenset[str]
    clearance_words: frozenset[str]
    portion_nouns: frozenset[str]
    availability_words: frozenset[str]
    availability_preps: frozenset[str]
    manner_nouns: frozenset[str]
    strengthening_adverbs: frozenset[str]  # 'or *even* life-threatening': no reading of its own
    purpose_verbs: frozenset[str]  # 'is not *intended* for long-term use': what a drug is for
    drug_property_nouns: frozenset[str]  # 'food delays the *absorption* of zolpidem': a drug's property as the object
    variation_verbs: frozenset[str]
    naming_preps: frozenset[str]
    rarity_adjectives: frozenset[str]  # 'is not a *rare* side effect': a denial of how rare, not of the effect
    occurrence_verbs: frozenset[str]  # 'dependence on Klonopin may *occur*': the drug causes it
    as_needed_marks: frozenset[str]  # 'as needed', '*when* needed': how a drug is taken
    recommending_verbs: frozenset[str]  # 'Xanax is *recommended* for panic disorder': a use, said as advice
    receipt_verbs: frozenset[str]  # 'the brain *gets* GABA from Xanax': a transmitter said to come from a drug
    supply_verbs: frozenset[str]  # 'Xanax *supplies* the brain with GABA', 'reliant on it to *produce* GABA'
    reliance_words: frozenset[str]  # '*dependent* on Halcion to make GABA': what is relied on gives it
    any_amount: frozenset[str]  # 'avoid it *at any* dose': every amount, so advice on whether, not how much
    dose_nouns: frozenset[str]  # 'the usual temazepam *dose*': a dose named around its drug
    start_words: frozenset[str]  # 'the *starting* Zoloft dose': the dose a drug is started at
    usual_dose_words: frozenset[str]  # 'the *usual* temazepam dose': modifiers that keep a dose the usual one
    finding_verbs: frozenset[str]  # 'no withdrawal syndrome has been *identified* for X': an effect found with X
    effect_with_preps: frozenset[str]  # 'no withdrawal symptoms *with* gabapentin': the drug causes it
    effect_of_preps: frozenset[str]  # 'dependence *on* Klonopin', 'tolerance *to* Xanax': the effect's drug
    causing_nouns: frozenset[str]  # 'is a primary *cause* of depression': the subject causes it
    cause_noun_preps: frozenset[str]  # 'cause *of*', 'trigger *for*': what the cause causes
    use_nouns: frozenset[str]  # 'uses of Lyrica include ...': what the drug treats
    treatment_nouns: frozenset[str]  # 'X is used for the management of A, *the relief* of B': another use listed
    target_nouns: frozenset[str]  # 'act on the same *receptor* as X': X's receptor
    place_nouns: frozenset[str]
    same_words: frozenset[str]  # 'the *same* receptor as X'
    asking_verbs: frozenset[str]  # 'wondering *how* long it lasts': an embedded question
    group_nouns: frozenset[str]  # 'those *who* aren't prescribed Prozac': which people, no claim
    personal_relatives: frozenset[str]  # 'those *who* ...': a relative of people
    how_words: frozenset[str]  # 'how *long* it stays': what a question asks about
    intention_verbs: frozenset[str]  # 'hoped to find a drug that could ...': what is sought, not said
    dose_start_verbs: frozenset[str]  # 'Celexa is *started* at 20 mg': a starting dose
    dose_raise_verbs: frozenset[str]  # 'can be *increased* up to 200 mg': a maximum dose
    intake_preps: frozenset[str]
    versus_words: frozenset[str]
    strength_words: frozenset[str]
    strength_nouns: frozenset[str]
    form_nouns: frozenset[str]  # 'Xanax XR 3 mg *tablets*': a dosage form said by its noun alone
    owned_nouns: frozenset[str]  # 'side *effects*, which include headaches': what a drug has
    past_auxiliaries: frozenset[str]  # 'benzodiazepines *were* considered safe': a view of the past
    content_verbs: frozenset[str]  # 'each tablet *contains* 1 mg': a strength only when a tablet holds it
    binding_roles: frozenset[str]
    listing_words: frozenset[str]
    measure_nouns: frozenset[str]
    function_nouns: frozenset[str]
    possessed_types: frozenset[str]
    vague_members: frozenset[str]
    vague_modifiers: frozenset[str]
    other_words: frozenset[str]  # 'other CNS depressants': drugs besides those the text is about
    alternative_links: frozenset[str]
    naming_verbs: frozenset[str]
    example_markers: tuple[str, ...]
    letter_nouns: frozenset[str]  # 'pregnancy *category* D.': a noun a capital letter names one of
    specifying_adverbs: frozenset[str]  # 'acts on brain chemicals, *specifically* GABA': names what was just said
    alternative_nouns: frozenset[str]
    alternative_noun_links: frozenset[str]
    worse_words: frozenset[str]
    better_words: frozenset[str]
    generic_determiners: frozenset[str]  # '*any* drug that ...': drugs in general, not the page's drug
    effect_list_nouns: frozenset[str]  # 'Common side *effects* of X:': a titled list of effects
    problem_nouns: frozenset[str]  # 'serious alcohol *problems*': alcohol names someone's problem
    combining_verbs: frozenset[str]  # 'mixing X and Y': the list is one party, taken together
    pair_pronouns: frozenset[str]  # 'combining *the two*', 'mixing *them*': the last two substances named
    stronger_words: frozenset[str]  # 'alcohol makes its effects *stronger*': adds to them
    naming_words: frozenset[str]
    content_naming_verbs: frozenset[str]  # 'X *contains* the drug Y': names, with a drug noun before the name
    named_forms: frozenset[str]
    unique_modifiers: frozenset[str]  # 'the *only* medication approved for X' names no earlier drug
    unlike_words: frozenset[str]  # 'chemically *unrelated* to the benzodiazepines': not of the class
    assurance_verbs: frozenset[str]  # 'does not *guarantee* that X': X is not assured
    administration_verbs: frozenset[str]  # 'given by injection', 'administered as a rectal gel'
    lowered_modifiers: frozenset[str]  # 'can lead to sedation and *reduced* anxiety': less of the effect
    placing_verbs: frozenset[str]  # 'is *listed* in Schedule IV': a drug placed in a class
    placing_preps: frozenset[str]  # 'listed *in* / *under* Schedule IV'
    kind_nouns: frozenset[str]  # 'panic disorder and certain *types* of seizures': a kind stands for its noun
    generic_kinds: frozenset[str]
    brand_kinds: frozenset[str]
    preference_verbs: frozenset[str]  # 'recommend X over Y': Y is passed over
    preference_preps: frozenset[str]
    aside_preps: frozenset[str]  # 'beyond depression, X is used for OCD': what a clause sets aside
    other_side_preps: frozenset[str]  # 'other *than* benzodiazepines, including X': a class set aside, no examples
    acting_verbs: frozenset[str]  # 'acts', 'works' on a place by some means
    place_preps: frozenset[str]  # 'acts *on* the central nervous system by ...': where, not what
    noun_verbs: frozenset[str]  # 'the drugs in this class *act* by ...': verbs the model reads as nouns
    possession_verbs: frozenset[str]  # 'Xanax *has* side effects': the subject owns the inverse noun
    sign_verbs: frozenset[str]  # 'tolerance does not *mean* addiction': one effect said to be another
    denial_auxiliaries: tuple[str, ...]
    fused_negations: tuple[str, ...]
    denial_words: tuple[str, ...]
    hedge_words: tuple[str, ...]
    singular_verbs: dict[str, str]  # from singular_verbs.csv
    form_names: dict[str, tuple[str, ...]]  # from form_names.csv: 'Xanax *XR*', '*extended-release* alprazolam'

    @property
    def subject_stand_ins(self) -> frozenset[str]:
        """Subjects that stand for the use of the drug a text is about: `generic_subjects`, `drug_nouns`
        and `pronouns` together ("Long-term use can lead to tolerance")."""
        return self.drug_nouns | self.pronouns | self.generic_subjects


@dataclass(frozen=True)
class DomainIds:
    """Entity types and entity ids of `domain_ids.csv` the extractor treats specially."""

    drug_types: frozenset[str]  # entity types that are medicines
    anchor_types: frozenset[str]  # types that anchor a claim to what the text is about
    companions: frozenset[str]  # substances taken with a medicine ("alcohol while taking X")
    non_medicines: frozenset[str]  # drugs no "medication" or "medicine" stands for (caffeine, alcohol)
    onset: str  # the entity a claim about how fast a drug works is about
    half_life: str  # the entity of a claim about how long the body takes to clear half a dose
    listed_properties: frozenset[str]  # properties a list of 'drug: figure' lines may give, once named
    strengths: str  # the entity of the strengths a drug is made in ('available in 1 mg and 2 mg')
    starting_dose: str  # the dose a drug is started at ('Celexa is started at 20 mg')
    maximum_dose: str  # the most it may be raised to ('can be increased up to 200 mg a day')
    usual_dose: str  # the dose a label recommends ('the usual temazepam dose is 15 mg')
    long_term_use: str  # the entity of advice against use beyond a duration
    short_term_use: str  # the entity of advice to use a drug short-term only
    label_sources: frozenset[str]  # sources whose word on a drug's use is its US label
    approval_authority: str  # who approves indications where the table's closed lists hold (US: fda)
    neurotransmitter: str  # brain chemicals in general ("blocks brain chemicals")
    excitatory: str  # the excitatory ones ("brain chemicals that excite nerve cells")
    supplements: str  # the class of dietary supplements: a GABA supplement does hold GABA
    blood_level_timings: frozenset[str]  # 'reaches peak levels in an hour': how fast levels, not effects, come
    people_groups: frozenset[str]  # groups advised an amount ('most adults need 7-9 hours of sleep')
    prescription_only: str  # the status of a medicine sold only on a prescription
    over_the_counter: str  # its opposite: 'available over the counter', 'without a prescription'
    first_approval: str  # the year a drug was first approved in the US ('Xanax was approved by the FDA in 1981')
    drowsiness: str  # the effect of a drug that makes you fall asleep ('can make you fall asleep at work')
    tolerance: str  # a drug that works less well with continued use ('may become less effective over time')
    taper: str  # stopping a drug by lowering its dose step by step ('Xanax should be stopped gradually')
    abrupt_stop: str  # stopping a drug all at once ('cessation of Ativan should be abrupt')
    dose_times: frozenset[str]  # when a dose is taken ('Lunesta is taken just before going to bed')
    sleeplessness: str  # the condition a drug that helps you fall or stay asleep treats ('used to induce sleep')
    serious_harm: str  # serious harm, denied by 'harmless' ('mixing X with alcohol is harmless')
    symptom_states: frozenset[str]  # states whose symptoms a bare 'symptoms' may list ('withdrawal')
    form_topics: frozenset[str]  # topics of the rows that name a drug's dosage forms ('formulations')
    stopping_manners: frozenset[str]  # how a drug is stopped: abruptly or by a taper ('do not stop it suddenly')
    solid_forms: frozenset[str]  # forms a tablet-strength row covers ('7.5 mg capsules'), unlike a gel or an injection
    newborn_groups: frozenset[str]  # babies who meet a drug through the mother ('in newborn babies')
    newborn_signs: frozenset[str]  # effects that, in them, are the newborn's own syndrome ('drowsiness')
    newborn_effect: str  # that syndrome: sedation and withdrawal in the newborn
    nursing: frozenset[str]  # breastfeeding: how else a baby meets the drug ('while nursing')
    drinking: str  # what drinking with no object is ('do not drink while taking X': alcohol)


@dataclass(frozen=True)
class FunctionWords:
    """Single words of `function_words.csv` the extractor's rules hinge on, by role (one word each)."""

    copula: str  # the copula: 'X is a Y'
    first: str  # 'was *first* approved in 1993 for seizures': the first approval, whatever its use
    subject_stand_in: str  # the norm a sentence-opening drug name is given when `name_stand_in` fails
    plural_subject_stand_in: str  # the norm a sentence-opening plural class name is given ('Benzos work by ...')
    object_stand_in: str  # the norm of the word after a verb read as a noun ('When X *lowers serotonin*')
    thing_pronoun: str  # 'It carries a boxed warning': a subject pronoun for a thing, resolved or not
    name_stand_in: str  # the norm a drug's name is given for the parser: a name it knows well
    expletive: str  # the 'it' of 'It is important to ...'
    object_pronoun: str  # 'avoid it': a pronoun object that may stand for the drug
    plural_object_pronoun: str  # 'doctors prescribe them': a pronoun object that may stand for a class
    what: str  # 'X is what causes Y'
    until: str  # 'does not work until week 4': a denial that says when, not whether
    complementizer: str  # 'evidence that X raises Y': taken for the subject when quotes precede it
    both: str  # 'Both drugs ...'
    additive: str  # 'X, and it ...': the conjunction that carries a subject on
    disjunctive: str  # 'Ativan or Xanax': alternatives, not a combination
    sentential_relative: str  # ', which causes Y' said of a whole clause
    companion: str  # 'take it with alcohol'
    need: str  # 'take it as *needed*': how a drug is taken, no clause of its own
    plural_suffix: str  # the ending of a plural mention
    means: str  # 'works by reducing X'
    neither: str  # 'Neither X nor Y': one negation
    no: str  # 'no' as a determiner that negates
    correction: str  # 'Many think X, but Y'
    likely: str  # 'more likely to': compares, does not hedge
    than: str  # 'less than': a comparison, not a change
    make: str  # 'makes anxiety worse'
    take: str  # 'It may take 30 hours for ...'
    do: str  # 'Do not stop it suddenly': the one auxiliary a command may have
    addressee: str  # 'you can stop it abruptly': the reader, to whom advice is given
    go: str  # 'dopamine levels *go* up': a verb of change whose particle says which way
    up: str  # 'go *up*': rises
    down: str  # 'go *down*': falls
    enough: str  # 'not studied well enough to be recommended': a denied sufficiency denies what would follow
    to: str  # 'similar properties to benzodiazepines': what a likeness is to
    purpose: str  # 'It may take 30 hours for the body ...'
    infinitive: str  # '... for the body to clear it'
    without: str  # 'works without affecting X'
    comparison_as: str  # 'As with clonazepam, ...'
    of: str  # 'the release of dopamine'
    whether: str  # 'decide *whether* X is safe': an embedded question, not a claim
    question_if: str  # 'wonder *if* X is safe': a complement question, not a claim
    hindered: str  # 'stop cells *from* soaking serotonin back up': the action a hinder verb stops
    response_to: str  # 'the response to GABA': what a transmitter's aspect word governs besides 'of'
    source_in: str  # 'in some studies'
    according: str  # 'according to experts'
    off: str  # the particle of 'getting *off* Xanax': leaving a drug
    used_to: str  # 'Ativan *used* to be considered safe': a view no longer held
    at_the_time: str  # 'when it came out, researchers thought X': a time clause that dates a view
    prescription: str  # 'Xanax requires a *prescription*': prescription-only
    know: str  # 'Valium is *known* for its calming effects': what it is noted for, it has
    source: str  # 'the brain gets GABA *from* Xanax': what a transmitter is said to come from
    reliance: str  # 'dependent *on* Halcion to make GABA': what is relied on
    considering: str  # 'benzodiazepines were once *considered* safe': a verb of a view held
    belief_source: str  # the attribution of a belief the page reports: 'Some theories suggest that X'
    how: str  # 'how much serotonin cells release'
    like: str  # 'drugs like Xanax'
    example_as: str  # 'such as diazepam'
    naming_as: str  # 'contains zolpidem *as* its active ingredient': the name a product's content is given
    such: str  # 'such as diazepam'
    including: str  # 'benzodiazepines including diazepam'
    negator: str  # 'does not'
    contracted_not: str  # "doesn't"
    half: str  # 'half a dose leaves the body in 12 hours'
    half_figure: str  # '*50*% of the dose leaves the body in 12 hours'


def has_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the run of lower-case `words` holds one of the phrases of a phrase list, word for word.

    >>> has_phrase(["see", "it", "right", "away"], frozenset({("right", "away")}))
    True
    >>> has_phrase(["outright", "awayness"], frozenset({("right", "away")}))
    False
    """
    said = f" {' '.join(words)} "
    return any(f" {' '.join(p)} " in said for p in phrases)


def read_lists(path: Path, column: str, known: frozenset[str]) -> dict[str, list[str]]:
    """Rows of a `list,<column>` file grouped by list name, in file order; each row checked."""
    out: dict[str, list[str]] = {name: [] for name in sorted(known)}
    found: set[str] = set()
    for _, line, row in read_rows(path.name, ("list", column), data=path.parent):
        name, value = row["list"], row[column]
        if name not in known:
            raise FactTableError(f"{path}:{line}: column 'list': unknown list {name!r}")
        if not value:
            raise FactTableError(f"{path}:{line}: column '{column}': empty")
        if value in out[name]:
            raise FactTableError(f"{path}:{line}: column '{column}': {value!r} is already in list {name!r}")
        out[name].append(value)
        found.add(name)
    missing = sorted(known - found)
    if missing:
        raise FactTableError(f"{path}: column 'list': no rows for {', '.join(missing)}")
    return out


def _singular_verbs(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, line, row in read_rows(path.name, ("plural", "singular"), data=path.parent):
        if not row["plural"] or not row["singular"]:
            raise FactTableError(f"{path}:{line}: column '{'plural' if not row['plural'] else 'singular'}': empty")
        out[row["plural"]] = row["singular"]
    return out


def _form_names(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for _, line, row in read_rows(path.name, ("name", "form"), data=path.parent):
        if not row["name"] or not row["form"]:
            raise FactTableError(f"{path}:{line}: column '{'name' if not row['name'] else 'form'}': empty")
        out[row["name"].lower()] = (*out.get(row["name"].lower(), ()), row["form"])
    return out


def load_words(data: Path = DATA) -> Words:
    """The word lists of `data/words.csv`, `data/singular_verbs.csv` and `data/form_names.csv`, checked."""
    names = frozenset(f.name for f in fields(Words)) - {"singular_verbs", "form_names"}
    lists = read_lists(data / "words.csv", "word", names)
    values: dict[str, Any] = {}
    for name, words in lists.items():
        if name in PHRASE_LISTS:
            values[name] = frozenset(tuple(w.split()) for w in words)
        elif name in ORDERED_LISTS:
            values[name] = tuple(words)
        else:
            values[name] = frozenset(words)
    return Words(
        **values,
        singular_verbs=_singular_verbs(data / "singular_verbs.csv"),
        form_names=_form_names(data / "form_names.csv"),
    )


def load_domain_ids(data: Path = DATA) -> DomainIds:
    """The entity types and ids of `data/domain_ids.csv`, checked: a field typed `str` (`onset`,
    `long_term_use`, ...) names exactly one id, the others a set of them."""
    path = data / "domain_ids.csv"
    lists = read_lists(path, "id", frozenset(f.name for f in fields(DomainIds)))
    values: dict[str, Any] = {}
    for item in fields(DomainIds):
        ids = lists[item.name]
        if item.type == "str" and len(ids) != 1:
            raise FactTableError(f"{path}: column 'id': list {item.name!r} must name exactly one id")
        values[item.name] = ids[0] if item.type == "str" else frozenset(ids)
    return DomainIds(**values)


def load_function_words(data: Path = DATA) -> FunctionWords:
    """The words of `data/function_words.csv` (columns `role,word`), one per role, checked."""
    path = data / "function_words.csv"
    roles = frozenset(f.name for f in fields(FunctionWords))
    found: dict[str, str] = {}
    for _, line, row in read_rows(path.name, ("role", "word"), data=path.parent):
        if row["role"] not in roles:
            raise FactTableError(f"{path}:{line}: column 'role': unknown role {row['role']!r}")
        if not row["word"]:
            raise FactTableError(f"{path}:{line}: column 'word': empty")
        if row["role"] in found:
            raise FactTableError(f"{path}:{line}: column 'role': {row['role']!r} is given twice")
        found[row["role"]] = row["word"]
    missing = sorted(roles - set(found))
    if missing:
        raise FactTableError(f"{path}: column 'role': no rows for {', '.join(missing)}")
    return FunctionWords(**found)


@lru_cache(maxsize=1)
def words() -> Words:
    """`load_words()` of the shipped data, read once."""
    return load_words()


@lru_cache(maxsize=1)
def domain_ids() -> DomainIds:
    """`load_domain_ids()` of the shipped data, read once."""
    return load_domain_ids()


@lru_cache(maxsize=1)
def function_words() -> FunctionWords:
    """`load_function_words()` of the shipped data, read once."""
    return load_function_words()


WORDS = words()
FW = function_words()
DOMAIN = domain_ids()
DRUG_TYPES = DOMAIN.drug_types
ANCHOR_TYPES = DOMAIN.anchor_types
