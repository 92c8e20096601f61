"""The matcher's language data: English word lists and the tables of opposite and related terms.

Read from pipeline/data/checks_words.csv (`list,word,note`) and pipeline/data/checks_terms.csv
(`table,left,right,note`) and validated on load: a bad row raises FactTableError naming the file,
the line and the column. docs/checks.md describes both files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import FactTableError
from ..kb import ASPECTS, ENTITY_TYPES, RELATIONS, table_bytes, table_rows, table_text

DATA = Path(__file__).resolve().parent.parent / "data"
WORDS_PATH = DATA / "checks_words.csv"
TERMS_PATH = DATA / "checks_terms.csv"

# Terms fields that are any of the words of the checks_words.csv list of the same name
PLAIN_WORD_FIELDS = (
    "comparison",
    "direct",
    "strengthening",
    "evaluative",
    "approval",
    "recommendation",
    "use_qualifier",
    "every_kind",
    "each_word",
    "dosing_word",
    "exception",
    "exclusive",
    "other_jurisdiction",
    "superlative",
    "shared_rank",
    "plural_verb",
    "option_grade",
    "subclass",
    "restricting",
    "release_form",
    "commonness",
    "severity",
    "intensity",
    "absolute",
    "prohibitive",
    "referring",
    "adjunct",
    "mechanism_frame",
    "association",
    "description_frame",
    "than_word",
    "prevalence_ranking",
    "listing_word",
    "raised_to",
    "frequency_claim",
    "usual_frequency",
    "preference",
    "study_words",
    "body_place",
    "oral_form",
    "parenteral_form",
    "likelier",
    "dose_count",
    "comparing_word",
    "member_name",
    "full_effect",
    "sole_use",
    "fragment_opener",
    "grade_word",
    "intensifier",
    "safety_claim",
    "clearance_cue",
    "market_cue",
    "partial_clearance",
    "property_noun",
    "frequency_word",
    "class_quantifier",
    "first_person",
    "likeness",
    "as_needed",
    "other_members",
    "short_use",
    "ceiling_word",
    "contrast_turn",
)

# every list checks_words.csv may hold: the plain ones above, and those read in their own way below
WORD_LISTS = (
    "rarity",
    "direction",
    "negator",
    "universal",
    "not_before_universal",
    *PLAIN_WORD_FIELDS,
    "neutral_verb",
    "equal_marker",
    "ranking_joiner",
    "after_class_noun",
    "degree",
    "article",
    "degree_limit",
    "degree_not_before",
    "ranking_adverb",
    "risk_low",
    "risk_lower",
    "limiting",
    "risk_noun",
    "high_grade",
    "taking",
    "sole_product",
    "as_as_idiom",
    "other_joiner",
    "rare_word",
    "scarcity",
)
_WORD = re.compile(r"^[a-z]+(?:[' -][a-z]+)*\*?$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")

# table -> (what its left column holds, what its right column holds; "" = must be empty)
TABLES: dict[str, tuple[str, str]] = {
    "opposite_value": ("value", "value"),
    "comparative": ("value", "value"),
    "opposite_relation": ("relation", "relation"),
    "outcome_synonym": ("relation", "relation"),
    "outcome_type": ("entity type", ""),
    "implied_relation": ("relation", "relation"),
    "aspect_parent": ("id", "aspect"),
    "presence_value": ("value", ""),
    "compared_type": ("entity type", ""),
    "scale": ("value", "direction"),
    "inverted_scale": ("id", "value"),
    "same_source": ("id", "id"),
    "population": ("id", ""),
    "use_condition": ("id", ""),
    "substance_type": ("entity type", ""),
    "dose_time": ("id", ""),
    "form_topic": ("id", ""),
    "combination_topic": ("id", ""),
    "release_property": ("id", ""),
    "strength_subject": ("id", ""),
    "mechanism_effect": ("id", ""),
    "grave_outcome": ("id", ""),
    "duration_threshold": ("id", "value"),
    "state_qualifier": ("id", "id"),
    "clearance_property": ("id", ""),
    "property_owner": ("id", ""),
    "default_population": ("id", ""),
    "consensus_source": ("id", ""),
    "general_source": ("id", ""),
    "reported_belief": ("id", ""),
    "closed_indications": ("id", ""),
    "national_status": ("id", ""),
    "symptom_state": ("id", ""),
    "grade_effect": ("id", ""),
    "stated_property": ("id", ""),
    "once_daily": ("id", ""),
    "whole_list": ("id", ""),
    "causing_property": ("id", ""),
    "use_limit": ("id", ""),
    "onset_property": ("id", ""),
    "exposed_population": ("id", ""),
    "age_group": ("id", ""),
    "advised_group": ("id", ""),
    "implied_qualifier": ("id", "id"),
    "contrary_condition": ("id", "value"),
    "receptor_system": ("id", "id"),
    "starting_property": ("id", ""),
    "unsaid_aspect": ("aspect", ""),
}
_KINDS: dict[str, frozenset[str] | None] = {
    "value": None,  # a claim's values are more than a row's (faster, slower)
    "relation": RELATIONS,
    "entity type": ENTITY_TYPES,
    "aspect": ASPECTS - {""},
    "direction": frozenset({"up", "down"}),
    "id": None,  # any entity or aspect id (a lower-case identifier)
}


@dataclass(frozen=True)
class Terms:
    """The loaded language data, in the shapes the checks use."""

    opposite_values: dict[str, str]
    comparative: dict[str, str]
    opposite_relations: frozenset[tuple[str, str]]
    outcome_synonyms: frozenset[tuple[str, str]]
    outcome_types: frozenset[str]
    implied_relations: dict[str, frozenset[str]]
    aspect_parents: dict[str, str]
    presence_values: frozenset[str]
    compared_types: frozenset[str]
    populations: frozenset[str]  # "in children": a group a claim may narrow a row's statement to
    dose_times: frozenset[str]  # bedtime: when a dose is taken, never the group or use a row is scoped to
    substance_types: frozenset[str]  # entity types of what is taken (drug, drug_class): a myth's qualifier
    use_conditions: frozenset[str]  # long_term_use: a way of taking a drug under which what it "can" cause occurs
    form_topics: frozenset[str]  # rows that only say a dosage form exists
    combination_topics: frozenset[str]  # rows on a drug taken with another (interactions)
    release_properties: frozenset[str]  # figures an extended-release form changes (peak, dose)
    strength_subjects: frozenset[str]  # "the 600 mg strengths": a subject naming some strengths of a drug
    default_populations: frozenset[str]  # the group a label's figures are about when they name none
    clearance_properties: frozenset[str]  # a half-life: the time to clear a drug is several of them
    property_owners: frozenset[str]  # what a drug turns into (active metabolite): its property is not the drug's
    once_daily: frozenset[str]  # drugs the label doses once a day: a dose in mg is the day's dose
    whole_list: frozenset[str]  # properties whose set rows list every value (strengths): each figure must be one
    causing_properties: frozenset[str]  # a drug's properties a claim may give as a cause (its onset)
    state_qualifiers: frozenset[tuple[str, str]]  # (state, qualifier): a row qualified so is about the state
    implied_qualifiers: frozenset[tuple[str, str]]  # (effect, qualifier): the effect names its own condition
    contrary_conditions: frozenset[tuple[str, str]]  # (qualifier, id or value): a claim naming it is not under it
    unsaid_aspects: frozenset[str]  # reuptake: a row on it does not back a claim naming no aspect
    starting_properties: frozenset[str]  # a starting dose: a figure "raised to" later is not it
    receptor_systems: dict[str, str]  # receptor -> its transmitter: a row denying action on the transmitter's system
    duration_thresholds: frozenset[str]  # use beyond a length of time: a shorter course is another matter
    threshold_values: dict[str, str]  # each threshold's value ('long'): a course of the opposite value is short
    mechanism_effects: frozenset[str]  # effects that say how a drug works (like a transmitter does)
    grave_outcomes: frozenset[str]  # death: "usually fatal" needs a row that says how often
    consensus_sources: frozenset[str]  # whose advice in range backs the same advice given unattributed
    general_sources: frozenset[str]  # attributions that name no one in particular ('experts say')
    reported_beliefs: frozenset[str]  # attributions of a belief the page reports ('some theories suggest')
    scale: dict[str, int]
    inverted_scales: dict[str, frozenset[str]]
    same_sources: frozenset[tuple[str, str]]  # authorities that speak with one voice
    rarity: re.Pattern[str]
    direction_words: re.Pattern[str]
    partial_negation: re.Pattern[str]
    comparison: re.Pattern[str] = re.compile(r"(?!)")  # "than": the claim ranks two things
    direct: re.Pattern[str] = re.compile(r"(?!)")  # "directly": a denial of the direct effect only
    strengthening: re.Pattern[str] = re.compile(r"(?!)")  # "directly", "cures": more than agreeing entities
    evaluative: re.Pattern[str] = re.compile(r"(?!)")  # "a highly effective SSRI": a grade of efficacy
    equal_ranking_denied: re.Pattern[str] = re.compile(r"(?!)")  # "not as addictive as": a ranking denied
    neutral_verbs: frozenset[str] = frozenset()  # verbs that add nothing to agreeing entities ("is", "use")
    ranking_joiners: frozenset[str] = frozenset()  # "not as dangerous *or* addictive as": joins ranked qualities
    after_class_noun: frozenset[str] = frozenset()  # "other benzodiazepines *like* X": the class is a noun of its own
    approval: re.Pattern[str] = re.compile(r"(?!)")  # "approved", "indicated": a claim of an approved use
    recommendation: re.Pattern[str] = re.compile(r"(?!)")  # "recommended": a use said to be advised
    use_qualifier: re.Pattern[str] = re.compile(r"(?!)")  # "right away", "everyday", "cure": a use qualified
    every_kind: re.Pattern[str] = re.compile(r"(?!)")  # "in general", "all", "any": a condition in all its kinds
    each_word: re.Pattern[str] = re.compile(r"(?!)")  # "each", "either": figures said of every drug of a list
    dosing_word: re.Pattern[str] = re.compile(r"(?!)")  # "twice a day", "once daily": how often a dose is taken
    use_limits: frozenset[str] = frozenset()  # uses a class row limits the class to (short-term use)
    onset_properties: frozenset[str] = frozenset()  # properties that time a drug's effect (onset)
    closed_indications: frozenset[str] = frozenset()  # drugs whose label indications the table lists whole
    national_status: frozenset[str] = frozenset()  # statuses the table gives for the US only (prescription-only)
    symptom_states: frozenset[str] = frozenset()  # states whose symptoms a claim lists (withdrawal, an overdose)
    grade_effects: frozenset[str] = frozenset()  # effects that grade another ("dangerous, even fatal, ...")
    taking: frozenset[str] = frozenset()  # "supplement", "orally": a transmitter taken as a product
    restricting: re.Pattern[str] = re.compile(r"(?!)")  # "that", "without": a clause narrowing a kind
    sole_product: re.Pattern[str] = re.compile(r"(?!)")  # "the first and only drug approved for X": one drug
    release_form: re.Pattern[str] = re.compile(r"(?!)")  # "extended-release": a formulation's duration
    commonness: re.Pattern[str] = re.compile(r"(?!)")  # "a common side effect": a row saying it is frequent
    rarity_denied: re.Pattern[str] = re.compile(r"(?!)")  # "not a rare side effect": rarity denied
    scarcity: re.Pattern[str] = re.compile(r"(?!)")  # "very little", "few" (not "a little"): next to none
    severity: re.Pattern[str] = re.compile(r"(?!)")  # "rarely severe": the rare thing is a grade of it
    intensity: re.Pattern[str] = re.compile(r"(?!)")  # "extreme sedation": a grade of the effect a row must state
    absolute: re.Pattern[str] = re.compile(r"(?!)")  # "should never be used": a prohibition without exception
    prohibitive: re.Pattern[str] = re.compile(r"(?!)")  # "advise against": a correction that forbids
    referring: re.Pattern[str] = re.compile(r"(?!)")  # "its", "this medication": a sentence that refers to a drug
    adjunct: re.Pattern[str] = re.compile(r"(?!)")  # "adjunctive therapy": a role beside other treatment
    mechanism_frame: re.Pattern[str] = re.compile(r"(?!)")  # "works by": the claim gives how a drug works
    association: re.Pattern[str] = re.compile(r"(?!)")  # "was associated with": a reported association
    description_frame: re.Pattern[str] = re.compile(r"(?!)")  # "described as", "as though it were": no class given
    than_word: re.Pattern[str] = re.compile(r"(?!)")  # "safer *than* benzodiazepines": what follows is compared
    prevalence_ranking: re.Pattern[str] = re.compile(r"(?!)")  # "the most common": ranked by how widely used
    listing_word: re.Pattern[str] = re.compile(r"(?!)")  # "include", "such as": the members of a kind follow
    raised_to: re.Pattern[str] = re.compile(r"(?!)")  # "increased to": a dose after titration
    frequency_claim: re.Pattern[str] = re.compile(r"(?!)")  # "always", "in most patients": how often
    usual_frequency: re.Pattern[str] = re.compile(r"(?!)")  # "usually", "often": not rare
    preference: re.Pattern[str] = re.compile(r"(?!)")  # "X over Y", "rather than": one treatment preferred
    study_words: re.Pattern[str] = re.compile(r"(?!)")  # "assessed", "studied": a claim about the trials
    body_place: re.Pattern[str] = re.compile(r"(?!)")  # "platelets", "the synapse": where a change happens
    likeness: re.Pattern[str] = re.compile(r"(?!)")  # "works like", "mimics": a drug likened to a thing
    other_members: re.Pattern[str] = re.compile(r"(?!)")  # "than *other* benzodiazepines": the drug is one
    short_use: re.Pattern[str] = re.compile(r"(?!)")  # "short-term", "acute": a use limited in time
    ceiling_word: re.Pattern[str] = re.compile(r"(?!)")  # "its *maximum* prescribed time is 4 months": a ceiling
    contrast_turn: re.Pattern[str] = re.compile(r"(?!)")  # "..., *but it is not* one": the sentence corrects itself
    as_needed: re.Pattern[str] = re.compile(r"(?!)")  # "as needed", "on demand": how a drug is taken
    oral_form: re.Pattern[str] = re.compile(r"(?!)")  # "tablets", "pills", "oral": a form taken by mouth
    parenteral_form: re.Pattern[str] = re.compile(r"(?!)")  # "injection", "intravenous": a form not taken by mouth
    likelier: re.Pattern[str] = re.compile(r"(?!)")  # "more likely to": how often, compared with another drug
    equal_comparison: re.Pattern[str] = re.compile(r"(?!)")  # "as addictive as heroin" (not "as soon as")
    dose_count: re.Pattern[str] = re.compile(r"(?!)")  # "after a single dose": how few doses it takes
    comparing_word: re.Pattern[str] = re.compile(r"(?!)")  # "fewer", "similar": set beside another drug
    class_quantifier: re.Pattern[str] = re.compile(r"(?!)")  # "most", "some": part of a class, not all of it
    first_person: re.Pattern[str] = re.compile(r"(?!)")  # "my", "me": the writer's own story
    among_others: re.Pattern[str] = re.compile(r"(?!)")  # "like other benzodiazepines": a class it is in
    member_name: re.Pattern[str] = re.compile(r"(?!)")  # "norfluoxetine": one member of a lumped property
    full_effect: re.Pattern[str] = re.compile(r"(?!)")  # "its full effect": the time to full benefit, not the onset
    sole_use: re.Pattern[str] = re.compile(r"(?!)")  # "alone", "on its own": a use without other treatment
    fragment_opener: re.Pattern[str] = re.compile(r"(?!)")  # "to feel euphoric", "who has addiction"
    grade_word: re.Pattern[str] = re.compile(r"(?!)")  # "mild", "severe": a grade agreeing entities do not state
    intensifier: re.Pattern[str] = re.compile(r"(?!)")  # "very": a word that grades
    safety_claim: re.Pattern[str] = re.compile(r"(?!)")  # "safe", "harmless": a use claim that calls the drug safe
    intensified_efficacy: re.Pattern[str] = re.compile(
        r"(?!)"
    )  # "very effective": an intensifier on an evaluative word
    rare_word: re.Pattern[str] = re.compile(r"(?!)")  # "a rare side effect": refuted by a row saying common
    clearance_cue: re.Pattern[str] = re.compile(r"(?!)")  # "to leave your system": how long until it is gone
    market_cue: re.Pattern[str] = re.compile(r"(?!)")  # "introduced in 1993": a year on the market
    partial_clearance: re.Pattern[str] = re.compile(r"(?!)")  # "mostly eliminated": not all of it
    property_noun: re.Pattern[str] = re.compile(r"(?!)")  # "its onset", "its half-life": a property named as one
    frequency_word: re.Pattern[str] = re.compile(r"(?!)")  # "common", "frequent": one ranking word
    stated_properties: frozenset[str] = frozenset()  # properties a class claim may give a drug ("long-acting")
    exposed_populations: frozenset[str] = frozenset()  # newborns: meet a drug through the mother, not by taking it
    age_groups: frozenset[str] = frozenset()  # children, older adults: a use in adults does not carry over to them
    advised_groups: frozenset[str] = frozenset()  # older adults: only for a drug a row advises against in the group
    exception: re.Pattern[str] = re.compile(r"(?!)")  # "besides Prozac": an exception to a claim's "only"
    exclusive: re.Pattern[str] = re.compile(r"(?!)")  # "approved only for X", "the only SSRI approved for X"
    other_jurisdiction: re.Pattern[str] = re.compile(r"(?!)")  # "in the UK": approvals the US list does not decide
    superlative: re.Pattern[str] = re.compile(r"(?!)")  # "the most abused": a ranking among others
    shared_rank: re.Pattern[str] = re.compile(r"(?!)")  # "*among* the most common": a rank shared with others
    plural_verb: re.Pattern[str] = re.compile(r"(?!)")  # "the most common side effects *are*": a ranked set
    option_grade: re.Pattern[str] = re.compile(r"(?!)")  # "a *safer choice*": an option graded against others
    denied_exclusive: re.Pattern[str] = re.compile(r"(?!)")  # "not the only SSRI": exclusivity denied
    denial_before: re.Pattern[str] = re.compile(r"(?!)")  # "..., not an": a negator (and article) ending the text
    degree: re.Pattern[str] = re.compile(r"(?!)")  # "less drowsiness": a degree compared with something unnamed
    limited_denial: re.Pattern[str] = re.compile(r"(?!)")  # "not simply", "not solely": a denial of "only"
    risk_low: re.Pattern[str] = re.compile(r"(?!)")  # "a low risk of", "minimal abuse potential": a risk graded low
    risk_lower: re.Pattern[str] = re.compile(r"(?!)")  # "a lower risk of": a risk graded below another
    high_grade_denied: re.Pattern[str] = re.compile(r"(?!)")  # "not highly addictive": a denial of the grade
    subclass: re.Pattern[str] = re.compile(r"(?!)")  # "first-generation", "atypical": a kind of a class
    ranking_adverbs: frozenset[str] = frozenset()  # "most", "least": a superlative that ranks by the next word

    def said_rare(self, text: str) -> bool:
        """Whether the text says a thing is rare (`rarity`: "rarely") or next to absent (`scarcity`:
        "very little", "few")."""
        return bool(self.rarity.search(text) or self.scarcity.search(text))


def _alternation(words: list[str]) -> str:
    """'worsen*' -> worsen\\w*; every other word literally."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)


def word_patterns(lists: dict[str, list[str]]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r"""The rarity, direction and partial-negation patterns built from the word lists.

    >>> rarity, direction, partial = word_patterns({"rarity": ["rarely"], "direction": ["worsen*"],
    ...     "negator": ["not"], "universal": ["all"], "not_before_universal": ["at"]})
    >>> bool(direction.search("it worsens")), bool(partial.search("not all")), bool(partial.search("not at all"))
    (True, True, False)
    """

    def words(name: str) -> str:
        return r"\b(?:" + _alternation(lists[name]) + r")\b"

    unless = "".join(rf"(?<!\b{re.escape(w)} )" for w in lists["not_before_universal"])
    # "not all", "never every" anywhere after the negator; "not often", "doesn't usually": right after it
    often = words("usual_frequency") if lists.get("usual_frequency") else r"(?!)"
    partial = words("negator") + ".*" + unless + words("universal") + "|" + words("negator") + r"\s+" + often
    return re.compile(words("rarity"), re.I), re.compile(words("direction"), re.I), re.compile(partial, re.I)


def scarcity_pattern(words: list[str]) -> re.Pattern[str]:
    """Words that say there is next to none of a thing, as whole words, not after "a" ("a little
    drowsy", "a few days" say there is some) nor after "too" ("too little serotonin" is an amount).

    >>> p = scarcity_pattern(["little", "few", "hardly any"])
    >>> [bool(p.search(t)) for t in ("very little sedation", "a little drowsy", "few side effects", "too little")]
    [True, False, True, False]
    """
    return re.compile(r"(?<!\ba )(?<!\btoo )\b(?:" + _alternation(words) + r")\b", re.I)


def equal_ranking_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A negator, then an equal ranking, maybe a few words on: "not as addictive as", "not so
    dangerous or addictive as", "is not thought to be as great as".

    >>> p = equal_ranking_pattern({"negator": ["not"], "equal_marker": ["as", "so"], "ranking_joiner": ["or"]})
    >>> bool(p.search("is not as addictive as others")), bool(p.search("is not addictive, as others say"))
    (True, False)
    >>> bool(p.search("it is not thought to be as high as that of opioids"))
    True
    """
    neg = _alternation(lists["negator"])
    mark = _alternation(lists["equal_marker"])
    joiner = _alternation(lists["ranking_joiner"])
    quality = rf"(?P<quality>[\w-]+(?:\s+(?:{joiner})\s+[\w-]+)?)"
    return re.compile(rf"\b(?:{neg})\s+(?:[\w'-]+\s+){{0,4}}?(?:{mark})\s+{quality}\s+as\b", re.I)


def high_grade_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A negator, then a high grade within four words: "not highly addictive", "isn't very
    dangerous", "not considered a very highly addictive medication".

    >>> p = high_grade_pattern({"negator": ["not"], "high_grade": ["highly", "very"]})
    >>> bool(p.search("is not considered a highly addictive drug")), bool(p.search("is not addictive"))
    (True, False)
    """
    neg, high = _alternation(lists["negator"]), _alternation(lists["high_grade"])
    return re.compile(rf"(?:\b(?:{neg})\b|n't)(?:\s+[\w-]+){{0,4}}?\s+(?:{high})\b", re.I)


def denial_before_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A negator, maybe an article, at the end of a text: what follows it is denied ("a prescription
    drug, *not an* over-the-counter one").

    >>> p = denial_before_pattern({"negator": ["not"], "article": ["the", "an"]})
    >>> bool(p.search("a prescription drug, not an ")), bool(p.search("is an "))
    (True, False)
    """
    neg, art = (_alternation(lists[k]) for k in ("negator", "article"))
    return re.compile(rf"(?:\b(?:{neg})|n't)\s+(?:(?:{art})\s+)?$", re.I)


def denied_exclusive_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A negator, then an exclusive word: "not the only SSRI", "not only for seizures" deny the
    exclusivity, not the membership or the use.

    >>> p = denied_exclusive_pattern({"negator": ["not"], "exclusive": ["only"], "article": ["the", "an"]})
    >>> bool(p.search("is not the only SSRI")), bool(p.search("is the only SSRI")), bool(p.search("not an only"))
    (True, False, True)
    """
    neg, excl, art = (_alternation(lists[k]) for k in ("negator", "exclusive", "article"))
    return re.compile(rf"\b(?:{neg})\s+(?:(?:{art})\s+)?(?:{excl})\b", re.I)


def rarity_denied_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A denial of rarity ("not a rare side effect", "isn't uncommon"): it says the thing is common.

    >>> p = rarity_denied_pattern({"negator": ["not"], "rarity": ["rarely"], "rare_word": ["rare"]})
    >>> [bool(p.search(t)) for t in ("is not a rare side effect", "isn't rare", "a rare side effect")]
    [True, True, False]
    """
    negators, rare = _alternation(lists["negator"]), _alternation(lists["rarity"] + lists["rare_word"])
    return re.compile(rf"(?:\b(?:{negators})|n't)\s+(?:(?:a|an|so|that|very)\s+)?(?:{rare})\b", re.I)


def degree_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    r"""A degree word that compares ("less drowsiness", "fewer side effects"), not a limit on a number
    ("no more than 4 mg", "more than 2 weeks") nor a likelihood ("more likely").

    >>> p = degree_pattern({"degree": ["less", "more", "fewer"], "degree_limit": ["no", "or"],
    ...     "degree_not_before": ["than", "likely"]})
    >>> [bool(p.search(t)) for t in ("causes less drowsiness", "no more than 4 mg", "for more than two weeks",
    ...     "more likely to", "fewer side effects")]
    [True, False, False, False, True]
    """
    words = _alternation(lists["degree"])
    limits = "".join(rf"(?<!\b{re.escape(w)} )" for w in lists["degree_limit"])  # fixed-width, one a word
    after = _alternation(lists["degree_not_before"])
    return re.compile(rf"{limits}\b(?:{words})\b(?!\s+(?:{after})\b)", re.I)


def risk_pattern(lists: dict[str, list[str]], grades: str = "risk_low") -> re.Pattern[str]:
    r"""A risk graded low: a `risk_low` word before a `risk_noun`, perhaps with one word between ("a
    low risk of", "minimal abuse potential"), but not a participle ("a small *increased* risk" grades
    the increase, not the risk); group 1 is the grade.

    >>> p = risk_pattern({"risk_low": ["low", "small"], "risk_noun": ["risk", "potential"]})
    >>> [bool(p.search(t)) for t in ("a low risk of", "low abuse potential", "low doses", "the risk is low",
    ...     "a small increased risk")]
    [True, True, False, False, False]
    """
    words, nouns = _alternation(lists[grades]), _alternation(lists["risk_noun"])
    return re.compile(rf"\b({words})\s+(?:[a-z-]+(?<!ed)\s+)?(?:{nouns})s?\b", re.I)


def read_words(path: Path = WORDS_PATH) -> dict[str, list[str]]:
    """List name -> its words, in file order; FactTableError on an unknown list or a malformed word."""
    lists: dict[str, list[str]] = {name: [] for name in WORD_LISTS}
    for line, row in table_rows(table_text(table_bytes(path), path), str(path), ("list", "word", "note")):
        if row["list"] not in lists:
            raise FactTableError(
                f"{path}:{line}: column 'list': unknown list {row['list']!r} (want one of {', '.join(WORD_LISTS)})"
            )
        if not _WORD.match(row["word"]):
            raise FactTableError(
                f"{path}:{line}: column 'word': {row['word']!r} is not a lower-case word or phrase "
                "(a final * stands for any ending)"
            )
        lists[row["list"]].append(row["word"])
    empty = [name for name, words in lists.items() if not words]
    if empty:
        raise FactTableError(f"{path}:1: no words for list(s) {', '.join(empty)}")
    return lists


def read_terms(path: Path = TERMS_PATH) -> dict[str, list[tuple[str, str]]]:
    """Table name -> its (left, right) pairs, in file order; FactTableError on any bad cell."""
    tables: dict[str, list[tuple[str, str]]] = {name: [] for name in TABLES}
    for line, row in table_rows(table_text(table_bytes(path), path), str(path), ("table", "left", "right", "note")):
        table = row["table"]
        if table not in TABLES:
            raise FactTableError(
                f"{path}:{line}: column 'table': unknown table {table!r} (want one of {', '.join(TABLES)})"
            )
        for column, kind in zip(("left", "right"), TABLES[table]):
            problem = _cell_problem(row[column], kind)
            if problem:
                raise FactTableError(f"{path}:{line}: column '{column}': {problem} in table {table}")
        tables[table].append((row["left"], row["right"]))
    empty = [name for name, pairs in tables.items() if not pairs]
    if empty:
        raise FactTableError(f"{path}:1: no rows for table(s) {', '.join(empty)}")
    return tables


def _cell_problem(value: str, kind: str) -> str:
    if not kind:
        return f"must be empty, not {value!r}" if value else ""
    if not value:
        return f"a {kind} is required"
    allowed = _KINDS[kind]
    if allowed is None:
        return "" if _ID.match(value) else f"bad id {value!r}"
    return "" if value in allowed else f"unknown {kind} {value!r}"


def _both_ways(pairs: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    for left, right in pairs:
        yield left, right
        yield right, left


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for left, right in pairs:
        out.setdefault(left, set()).add(right)
    return {k: frozenset(v) for k, v in out.items()}


def _words_re(words: list[str]) -> re.Pattern[str]:
    """Any of the words, as whole words, in any case."""
    return re.compile(r"\b(?:" + _alternation(words) + r")\b", re.I)


def among_others_pattern(joiners: list[str]) -> re.Pattern[str]:
    """'like other benzodiazepines', 'and other benzos', 'unlike most other SSRIs': the words after
    "other" name a class the clause places its subject in (`other_joiner`); group 1 is those words."""
    return re.compile(
        r"\b(?:"
        + _alternation(joiners)
        + r")\s+(?:(?:all|many|most|some|the)\s+)?other\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)",
        re.I,
    )


def equal_comparison_pattern(idioms: list[str]) -> re.Pattern[str]:
    """'as addictive as', 'just as habit-forming as': a quality said equal to another's, except the
    idioms whose "as ... as" compares nothing (`as_as_idiom`: "as soon as", "as well as")."""
    return re.compile(r"\bas (?!(?:" + _alternation(idioms) + r")\b)[a-z]+(?:-[a-z]+)? as\b", re.I)


def sole_product_pattern(lists: dict[str, list[str]]) -> re.Pattern[str]:
    """'the (first and) only [FDA-approved] drug': a product said to be alone in what follows."""
    qualifiers = r"(?:(?:fda|fda-approved|officially|currently|approved|indicated) ){0,2}"
    return re.compile(
        r"\bthe (?:first and )?only " + qualifiers + r"(?:" + _alternation(lists["sole_product"]) + r")\b", re.I
    )


def load_terms(words_path: Path = WORDS_PATH, terms_path: Path = TERMS_PATH) -> Terms:
    """Read and validate both files into a Terms."""
    return Terms(**_table_fields(read_terms(terms_path)), **_word_fields(read_words(words_path)))


def _table_fields(t: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """The Terms fields read from the tables of checks_terms.csv."""
    return dict(
        opposite_values=dict(_both_ways(t["opposite_value"])),
        comparative=dict(t["comparative"]),
        opposite_relations=frozenset(_both_ways(t["opposite_relation"])),
        outcome_synonyms=frozenset(_both_ways(t["outcome_synonym"])),
        outcome_types=frozenset(left for left, _ in t["outcome_type"]),
        implied_relations=_grouped(t["implied_relation"]),
        aspect_parents=dict(t["aspect_parent"]),
        presence_values=frozenset(left for left, _ in t["presence_value"]),
        compared_types=frozenset(left for left, _ in t["compared_type"]),
        populations=frozenset(left for left, _ in t["population"]),
        use_conditions=frozenset(left for left, _ in t["use_condition"]),
        substance_types=frozenset(left for left, _ in t["substance_type"]),
        dose_times=frozenset(left for left, _ in t["dose_time"]),
        form_topics=frozenset(left for left, _ in t["form_topic"]),
        combination_topics=frozenset(left for left, _ in t["combination_topic"]),
        release_properties=frozenset(left for left, _ in t["release_property"]),
        strength_subjects=frozenset(left for left, _ in t["strength_subject"]),
        mechanism_effects=frozenset(left for left, _ in t["mechanism_effect"]),
        grave_outcomes=frozenset(left for left, _ in t["grave_outcome"]),
        duration_thresholds=frozenset(left for left, _ in t["duration_threshold"]),
        threshold_values=dict(t["duration_threshold"]),
        state_qualifiers=frozenset(t["state_qualifier"]),
        implied_qualifiers=frozenset(t["implied_qualifier"]),
        contrary_conditions=frozenset(t["contrary_condition"]),
        receptor_systems=dict(t["receptor_system"]),
        starting_properties=frozenset(left for left, _ in t["starting_property"]),
        unsaid_aspects=frozenset(left for left, _ in t["unsaid_aspect"]),
        clearance_properties=frozenset(left for left, _ in t["clearance_property"]),
        property_owners=frozenset(left for left, _ in t["property_owner"]),
        once_daily=frozenset(left for left, _ in t["once_daily"]),
        whole_list=frozenset(left for left, _ in t["whole_list"]),
        causing_properties=frozenset(left for left, _ in t["causing_property"]),
        use_limits=frozenset(left for left, _ in t["use_limit"]),
        onset_properties=frozenset(left for left, _ in t["onset_property"]),
        default_populations=frozenset(left for left, _ in t["default_population"]),
        consensus_sources=frozenset(left for left, _ in t["consensus_source"]),
        general_sources=frozenset(left for left, _ in t["general_source"]),
        reported_beliefs=frozenset(left for left, _ in t["reported_belief"]),
        scale={left: 1 if right == "up" else -1 for left, right in t["scale"]},
        inverted_scales=_grouped(t["inverted_scale"]),
        same_sources=frozenset(_both_ways(t["same_source"])),
        closed_indications=frozenset(left for left, _ in t["closed_indications"]),
        national_status=frozenset(left for left, _ in t["national_status"]),
        symptom_states=frozenset(left for left, _ in t["symptom_state"]),
        grade_effects=frozenset(left for left, _ in t["grade_effect"]),
        stated_properties=frozenset(left for left, _ in t["stated_property"]),
        exposed_populations=frozenset(left for left, _ in t["exposed_population"]),
        age_groups=frozenset(left for left, _ in t["age_group"]),
        advised_groups=frozenset(left for left, _ in t["advised_group"]),
    )


def _word_fields(lists: dict[str, list[str]]) -> dict[str, Any]:
    """The Terms fields read from the word lists of checks_words.csv."""
    rarity, direction, partial = word_patterns(lists)
    return dict(
        **{name: _words_re(lists[name]) for name in PLAIN_WORD_FIELDS},
        among_others=among_others_pattern(lists["other_joiner"]),
        rarity=rarity,
        direction_words=direction,
        partial_negation=partial,
        neutral_verbs=frozenset(lists["neutral_verb"]),
        equal_ranking_denied=equal_ranking_pattern(lists),
        ranking_joiners=frozenset(lists["ranking_joiner"]),
        after_class_noun=frozenset(lists["after_class_noun"]),
        denied_exclusive=denied_exclusive_pattern(lists),
        denial_before=denial_before_pattern(lists),
        degree=degree_pattern(lists),
        risk_low=risk_pattern(lists),
        risk_lower=risk_pattern(lists, "risk_lower"),
        high_grade_denied=high_grade_pattern(lists),
        limited_denial=re.compile(
            rf"(?:\b(?:{_alternation(lists['negator'])})|n't)\s+(?:{_alternation(lists['limiting'])})\b", re.I
        ),
        ranking_adverbs=frozenset(lists["ranking_adverb"]),
        taking=frozenset(lists["taking"]),
        sole_product=sole_product_pattern(lists),
        equal_comparison=equal_comparison_pattern(lists["as_as_idiom"]),
        intensified_efficacy=re.compile(
            rf"\b(?:{_alternation(lists['intensifier'])})\s+(?:{_alternation(lists['evaluative'])})\b", re.I
        ),
        rare_word=_words_re(lists["rarity"] + lists["rare_word"]),
        rarity_denied=rarity_denied_pattern(lists),
        scarcity=scarcity_pattern(lists["scarcity"]),
    )


TERMS = load_terms()
