"""Stage "applies": does the row speak of what the claim speaks of at all?

Asked of every row in a claim's block, in registry order, before any outcome; the first that
decides ends the row's evaluation. All but `exclusive_class` say the row does not apply.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..kb import KnowledgeBase
from ..quantities import convert
from ..types import Candidate, Claim, EntityRef, Fact, Quantity, Reason, Verdict
from .base import (
    RESOLVED,
    Decision,
    Situation,
    approval_abroad,
    check,
    denied_in_text,
    named_in_statement,
    named_in_text,
    said_of_approval,
)
from .closed import LABEL_SOURCES, US_AUTHORITIES, indication_row
from .terms import TERMS

STAGE = "applies"
NO, NO_MATCH = Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT


@check(STAGE, NO, NO_MATCH)
def subject_mismatch(s: Situation) -> Decision:
    """What: the row's subject is none of the claim's subjects (nor a class one belongs to).
    Why: a row about another drug says nothing about this one.
    Example: "Sertraline causes nausea." against F (fluoxetine causes nausea): subject is not fluoxetine.
    """
    return f"subject is not {s.fact.subject}" if s.subj is None else None


@check(STAGE, NO, NO_MATCH)
def classes_compared(s: Situation) -> Decision:
    """What: a claim of what its subject is (is_a) that names two classes of one exclusive group
    (two US schedules, two pharmacological classes), against a row of what a drug is.
    Why: a drug has one class of each group, so such a claim sets classes side by side ("as a
    Schedule IV drug, its abuse potential is lower than that of Schedule II drugs, including
    opioids"); it does not say the drug is each of them, and no class row decides the comparison.
    Example: "As a Schedule IV drug, Xanax is less addictive than Schedule II drugs such as
    opioids." against M (benzodiazepine is_a opioid): the claim sets schedule_iv beside schedule_ii.
    """
    if s.fact.relation != "is_a" or s.claim.relation != "is_a" or not classes_set_side_by_side(s.claim, s.kb):
        return None
    named = [r.id for r in s.claim.objects if s.kb.exclusive_group(r.id)]
    return f"the claim sets {' and '.join(named[:2])} side by side"


@check(STAGE, NO, NO_MATCH)
def compared_not_classed(s: Situation) -> Decision:
    """What: a claim of what its subject is (is_a) whose object matching a class row is a drug ("in
    the same schedule as Valium") or comes after "than" ("safer than benzodiazepines").
    Why: "Ambien is Schedule IV, in the same schedule as Valium" does not call zolpidem a diazepam
    (nor, through it, a benzodiazepine), and "buspirone is considered safer than benzodiazepines"
    sets buspirone beside the class, outside it.
    Example: "Buspirone is considered safer than benzodiazepines." against M (buspirone is_a
    benzodiazepine): the claim compares buspirone with benzodiazepine; it does not class it as one.
    """
    if s.fact.relation != "is_a" or s.claim.relation != "is_a" or s.obj is None or s.subj is None:
        return None
    if s.claim.polarity != "affirmed":
        return None  # "Hydroxyzine is not the same thing as Xanax": a denial, judged as one
    before, after = split_at_than(s.claim)
    after_than = named_in_text(s.kb, s.obj.id, after) and not named_in_text(s.kb, s.obj.id, before)
    if (s.kb.type_of(s.obj.id) == "drug" and s.obj.id != s.fact.object) or after_than:
        return f"the claim compares {s.subj.id} with {s.obj.id}; it does not class it as one"
    return None


def split_at_than(claim: Claim) -> tuple[str, str]:
    """The claim's own words before and after its first "than" (`than_word`); all before, none after,
    when it has none ("safer than benzodiazepines": what follows is compared)."""
    text = RESOLVED.sub("", claim.text)
    than = TERMS.than_word.search(text)
    return (text, "") if than is None else (text[: than.start()], text[than.end() :])


def described(claim: Claim) -> bool:
    """Whether the claim, or the words just before it in its sentence, liken or describe rather than
    class (`description_frame`: "as though it were", "described as")."""
    own = RESOLVED.sub("", claim.text)
    at = claim.sentence.find(own)
    before = claim.sentence[max(0, at - 16) : at] if at > 0 else ""
    return bool(TERMS.description_frame.search(own) or TERMS.description_frame.search(before))


def classes_set_side_by_side(claim: Claim, kb: KnowledgeBase) -> bool:
    """Whether the claim's objects name two classes of one exclusive group."""
    groups = [g for g in (kb.exclusive_group(r.id) for r in claim.objects) if g]
    return len(groups) != len(set(groups))


@check(STAGE, Verdict.CONTRADICTED, Reason.CLASS_CONFLICT)
def exclusive_class(s: Situation) -> Decision:
    """What: the claim puts its subject in one class of an exclusive group, the row in another.
    Why: a drug has one pharmacological class and one US schedule (the `exclusive_group` column of
    reference_entities.csv), so naming another is wrong even though the objects differ.
    Example: "Venlafaxine is an SSRI." against F (venlafaxine is_a snri): venlafaxine is snri, not ssri.
    """
    if s.obj is not None or s.subj is None or s.claim.attribution in TERMS.reported_beliefs:
        return None  # "some people think Ambien is a benzodiazepine": the page reports the belief
    wrong = exclusive_conflict(s.claim, s.fact, s.subj, s.kb)
    if wrong is None:
        return None
    # The row speaks of the claim's object slot: scored as object agreement.
    score = round(s.score + s.weights.object, 1)
    note = f"{s.fact.subject} is {s.fact.object}, not {wrong}"
    return Candidate(s.fact, score, Verdict.CONTRADICTED, Reason.CLASS_CONFLICT, note)


@check(STAGE, Verdict.CONTRADICTED, Reason.CLASS_CONFLICT)
def other_of_a_class(s: Situation) -> Decision:
    """What: the claim sets its subject beside the "other" members of a class (`other_members`: "less
    addictive than other benzodiazepines", "like other SSRIs"), and the row says the subject is not of
    that class (a denied is_a row, or the myth that it is).
    Why: "other benzodiazepines" says the drug is a benzodiazepine, whatever else the sentence
    compares: "Ambien is not as addicting as other benzodiazepines" repeats the myth that zolpidem is
    one.
    Example: "Ambien is less addictive than other benzodiazepines." against M (zolpidem is_a
    benzodiazepine; myth): zolpidem is not a benzodiazepine.
    """
    fact = s.fact
    # a row that the subject is not of the class: a denied is_a fact, or the myth that it is
    if fact.relation != "is_a" or s.subj is None or fact.is_myth != (fact.polarity == "affirmed"):
        return None
    if s.claim.attribution in TERMS.reported_beliefs:
        return None  # a belief the page reports
    if not TERMS.other_members.search(RESOLVED.sub("", s.claim.text)):
        return None
    sentence = s.claim.sentence or s.claim.text  # "than Xanax and other ...": the list the claim was split from
    if TERMS.contrast_turn.search(sentence):
        return None  # "... is often grouped with other benzodiazepines, but it is a different class"
    if not any(_other_of(s.kb, fact.object, s.subj.id, sentence, m) for m in TERMS.other_members.finditer(sentence)):
        return None
    score = round(s.score + s.weights.object, 1)
    note = f"{fact.subject} is not {fact.object} ('other {fact.object}' says it is)"
    return Candidate(fact, score, Verdict.CONTRADICTED, Reason.CLASS_CONFLICT, note)


def _other_of(kb: KnowledgeBase, cls: str, drug: str, text: str, other: re.Match[str]) -> bool:
    """Whether the "other" at `other` sets `drug` beside the rest of `cls` ("Ambien is safer than
    *other* benzodiazepines"): the class is named right after it, and when "and" or "or" joins it to a
    drug before ("than Xanax and other benzodiazepines"), that drug is the one said to be of the class."""
    if not _class_noun_next(kb, cls, text[other.end() :]):
        return False
    before = text[: other.start()]
    joined = re.search(r"\b(?:and|or)\s*$", before)
    return joined is None or named_in_text(kb, drug, " ".join(before[: joined.start()].split()[-3:]))


def _class_noun_next(kb: KnowledgeBase, cls: str, after: str) -> bool:
    """Whether the words right after "other" are the class named as a noun of its own: "other
    benzodiazepines, ...", "other benzodiazepines like X"; not "other non-benzodiazepine hypnotics",
    "other benzodiazepine alternatives" (the name modifies another noun) nor "other sedatives,
    including benzodiazepines" (another class comes first)."""
    entity = kb.entities.get(cls)
    words = re.findall(r"[\w'-]+|[^\w\s]", after.lower())
    for alias in entity.aliases if entity is not None else ():
        said = alias.lower().split()
        for form in (said, [*said[:-1], said[-1] + "s"]):
            if words[: len(form)] == form:
                rest = words[len(form) : len(form) + 1]
                return not rest or not rest[0][0].isalnum() or rest[0] in TERMS.after_class_noun
    return False


def exclusive_conflict(claim: Claim, fact: Fact, subj: EntityRef, kb: KnowledgeBase) -> str | None:
    """The class a claim gives its subject when the row gives it another of the same exclusive group."""
    if not (
        fact.relation == "is_a"
        and claim.relation == "is_a"
        and fact.polarity == "affirmed"
        and not fact.is_myth
        and claim.polarity == "affirmed"
        and claim.modality != "hedged"
    ):
        return None
    group = kb.exclusive_group(fact.object)
    if not group:
        return None
    if classes_set_side_by_side(claim, kb) or described(claim):
        return None  # "reacts to Ativan as though it were a stimulant": no class is given
    after_than = split_at_than(claim)[1]
    for ref in claim.objects:
        if after_than and named_in_text(kb, ref.id, after_than):
            continue  # "a lower schedule than Xanax's Schedule IV": the class it is compared with
        if denied_in_text(kb, ref.id, claim.sentence or claim.text):
            continue  # "a prescription sleep aid, not an over-the-counter one": set against, not given
        if (
            kb.exclusive_group(ref.id) == group
            and ref.id != fact.object
            and not kb.is_kind_of(subj.id, ref.id)
            and not kb.is_kind_of(fact.object, ref.id)
            and not kb.is_kind_of(ref.id, fact.object)
        ):
            return ref.id
    return None


@check(STAGE, NO, NO_MATCH)
def object_mismatch(s: Situation) -> Decision:
    """What: none of the claim's objects is the row's object (or, for a row that may contradict, a
    narrower one).
    Why: a row about another effect or target says nothing about this one.
    Example: "Sertraline causes nausea." against F (sertraline causes insomnia): object is not insomnia.
    """
    return f"object is not {s.fact.object}" if s.obj is None else None


@check(STAGE, NO, NO_MATCH)
def myth_of_a_whole_class(s: Situation) -> Decision:
    """What: a myth about neurotransmitters in general (its object is a class of them) and a claim
    about one of them.
    Why: "benzodiazepines work by raising neurotransmitter levels" is a myth about how the class works;
    it does not decide what they do to dopamine, which its own rows decide ("raise dopamine release
    indirectly").
    Example: "Benzodiazepines raise dopamine levels." against M (benzodiazepine increases
    neurotransmitter; aspect amount): the myth is about neurotransmitter in general, not dopamine.
    """
    fact, obj = s.fact, s.obj
    if not fact.is_myth or fact.relation == "is_a" or obj is None or obj.id == fact.object:
        return None
    if s.kb.type_of(fact.object) != "neurotransmitter":
        return None
    return f"the myth is about {fact.object} in general, not {obj.id}"


@check(STAGE, NO, NO_MATCH)
def class_limit_not_each_members(s: Situation) -> Decision:
    """What: a claim that one drug is not recommended for a use, and a row that limits its whole
    class to that use (`use_limit`: short-term use).
    Why: "use benzodiazepines only short-term" caps how long any of them is taken; it does not say
    each member is a good choice for a short course. "Klonopin is not recommended for short-term
    treatment" (its slow, long action suits it less than Xanax) is not the cap's opposite: only the
    member's own rows, or a claim about the class itself, can decide it.
    Example: "Klonopin is not recommended for short-term use." against F (benzodiazepine recommends
    short_term_use): the row limits the class, it does not recommend clonazepam for it.
    """
    fact, subj = s.fact, s.subj
    if fact.relation != "recommends" or fact.object not in TERMS.use_limits or fact.polarity != "affirmed":
        return None
    if s.claim.polarity != "negated" or subj is None or subj.id == fact.subject:
        return None
    if not s.kb.is_kind_of(subj.id, fact.subject):
        return None
    return f"the row limits {fact.subject} as a class, it does not recommend {subj.id} for {fact.object}"


@check(STAGE, NO, NO_MATCH)
def class_use_not_each_members(s: Situation) -> Decision:
    """What: a claim that one drug treats a condition (or is approved or used for it), or does not,
    and a row that its whole class treats it.
    Why: what a class is used for is not what each member is approved or used for (triazolam and
    temazepam are labelled for insomnia only, clonazepam for seizures and panic): a class row neither
    backs nor denies a member's use; the member's own rows decide.
    Example: "Triazolam is used to treat anxiety." against F (benzodiazepine treats anxiety): the
    row speaks of the class, not of triazolam's own uses.
    """
    fact, subj = s.fact, s.subj
    relief = s.claim.relation == "decreases" and s.kb.type_of(s.object_ref.id) == "condition"  # "reduces anxiety"
    if fact.relation != "treats" or (s.claim.relation not in ("treats", None) and not relief) or subj is None:
        return None
    if fact.is_myth or fact.polarity != "affirmed" or subj.id == fact.subject:
        return None
    if not s.kb.is_kind_of(subj.id, fact.subject):
        return None  # a member's row against a claim about its class: another check's business
    return f"the row speaks of {fact.subject} as a class, not of {subj.id}'s own uses"


@check(STAGE, NO, NO_MATCH)
def class_row_for_another_drug(s: Situation) -> Decision:
    """What: a row whose subject is no drug (a taper, withdrawal) and whose statement is about one
    drug class, and a claim that names, in its own words, a drug outside that class.
    Why: "a gradual taper lowers the risk of benzodiazepine withdrawal" says nothing of tapering
    paroxetine; the row names no drug in its triple, so only its statement says whose taper it is.
    Example: "Gradually tapering Paxil may help prevent discontinuation symptoms." against F (taper
    decreases withdrawal; "A gradual dose taper lowers the risk of benzodiazepine withdrawal
    reactions."): the row speaks of benzodiazepine, not of paroxetine.
    """
    kb, fact = s.kb, s.fact
    if kb.type_of(fact.subject) in TERMS.substance_types or kb.type_of(fact.object) in TERMS.substance_types:
        return None
    said = RESOLVED.sub("", s.claim.text)  # "[Effexor] it ...": the page's drug, not the claim's words
    drugs = [r.id for r in s.claim.subjects + s.claim.objects if kb.type_of(r.id) in TERMS.substance_types]
    named = [d for d in drugs if named_in_text(kb, d, said)]
    classes = _classes_named(kb, fact) if named else []
    for drug in named:
        if classes and not any(kb.is_kind_of(drug, c) for c in classes):
            return f"the row speaks of {', '.join(classes)}, not of {drug}"
    return None


_CLASSES_NAMED: dict[tuple[int, str], tuple[KnowledgeBase, list[str]]] = {}


def _classes_named(kb: KnowledgeBase, fact: Fact) -> list[str]:
    """The drug classes the row's statement names, kept per table and statement (asked for every claim
    that meets the row; the table is held with its answer, so its id is never another table's)."""
    key = (id(kb), fact.statement)
    if key not in _CLASSES_NAMED:
        if len(_CLASSES_NAMED) > 20_000:
            _CLASSES_NAMED.clear()
        found = [e for e in kb.entities if kb.type_of(e) == "drug_class" and named_in_statement(kb, fact, e)]
        _CLASSES_NAMED[key] = (kb, found)
    return _CLASSES_NAMED[key][1]


@lru_cache(maxsize=4096)
def _around_comparison(text: str) -> tuple[str, str] | None:
    """The words before and after the claim's comparison phrase ("than", "as effective as": the
    `comparison` word list), each space-padded (None: the claim compares nothing). Asked for every
    row a claim meets, so cached by text."""
    lowered = text.lower()
    found = TERMS.comparison.search(lowered)
    if not found:
        return None
    before, after = (re.findall(r"[a-z0-9-]+", part) for part in (lowered[: found.start()], lowered[found.end() :]))
    return " " + " ".join(before) + " ", " " + " ".join(after) + " "


def compared_drugs(s: Situation) -> list[str]:
    """The drugs a comparative claim ranks its subject against: drugs named after its comparison
    phrase and not before it (an object, or a subject the reading moved there: "Buspirone is a less
    effective treatment than Xanax" read as both treating anxiety)."""
    claim = s.claim
    around = _around_comparison(claim.proposition or claim.text)
    if around is None:
        return []
    before, after = around

    def named(alias: str, words: str) -> bool:
        return f" {alias} " in words or f" {alias}s " in words

    def drug_named(r: EntityRef, words: str) -> bool:
        return s.kb.type_of(r.id) in ("drug", "drug_class") and any(
            named(a, words) for a in s.kb.entities[r.id].aliases
        )

    # a subject counts only beside another drug subject named before the comparison ("more than the
    # prescribed dose of Klonopin" compares doses of the claim's one drug)
    ranked = [r for r in claim.subjects if drug_named(r, before)]
    candidates = list(claim.objects) + (list(claim.subjects) if ranked else [])
    return [r.id for r in dict.fromkeys(candidates) if drug_named(r, after) and not drug_named(r, before)]


@check(STAGE, NO, NO_MATCH)
def denial_about_an_effect(s: Situation) -> Decision:
    """What: a denial whose subject is an effect of the drug it names ("being dependent on X is not
    the same as being addicted"), against a row about the drug itself.
    Why: the denial is about what the effect is, not about the drug: it must not be read as "X does
    not cause addiction", and a row (or myth) about what the drug causes neither backs nor refutes it.
    Example: "Being dependent on lorazepam is not the same as being addicted." read as (dependence,
    lorazepam) causes addiction, negated, against M (benzodiazepine causes addiction; negated): the
    claim speaks of dependence, not of what lorazepam causes.
    """
    claim, kb = s.claim, s.kb
    if claim.polarity != "negated" or kb.type_of(s.fact.subject) == "effect":
        return None
    effect = next((r.id for r in claim.subjects if kb.type_of(r.id) == "effect"), None)
    return f"the claim speaks of {effect}, not of what {s.fact.subject} does" if effect else None


@check(STAGE, NO, NO_MATCH)
def property_elsewhere(s: Situation) -> Decision:
    """What: a property row met by a class or advice claim whose entities do not include the property
    (it sits only in the sentence around the claim).
    Why: in "X (A), Y (B) and Z (C) are short-acting", a split claim "X is Y" is about what Y is,
    not about X's half-life; "X is safe long-term because it has a long half-life" is advice, which a
    half-life row does not back; nor does a row that a property is unknown back any other claim
    merely near it (under a heading "Mechanism of Action", "buspirone works by affecting serotonin" is
    not backed by "its mechanism is unknown"; "nobody knows how it works", a denial, still is).
    Example: "Clorazepate, midazolam ..." read as "clorazepate is_a midazolam" against F (clorazepate
    has_property half_life; value long): the property half_life is not what the claim says.
    """
    claim, fact = s.claim, s.fact
    if fact.relation != "has_property" or claim.relation == "has_property":
        return None
    said = fact.value in TERMS.presence_values and not claim.value and claim.polarity == "affirmed"
    if claim.relation not in ("is_a", "recommends") and not said:
        return None  # a row that the property is unknown meets any claim near it; "nobody knows how" agrees
    if any(r.id == fact.object or s.kb.is_kind_of(r.id, fact.object) for r in claim.objects + claim.subjects):
        return None  # "Klonopin's half-life is 30-40 hours": the property may be the copula's subject
    return f"the property {fact.object} is not what the claim says"


@check(STAGE, NO, NO_MATCH)
def unknown_property_states_no_action(s: Situation) -> Decision:
    """What: a claim that a drug raises, lowers, blocks or binds something (or does to a transmitter
    what no relation word names), and a row that a property of the drug (its mechanism) is unknown or
    known.
    Why: "Buspar boosts serotonin by mechanisms that are poorly understood" names the mechanism, but
    the row that nobody knows how buspirone works does not state that it boosts serotonin: only the
    property's own claim ("its mechanism is poorly understood") is the row's.
    Example: "Buspar raises serotonin by mechanisms that are unclear." against F (buspirone
    has_property mechanism; value unknown): the row does not state that buspirone increases serotonin.
    """
    claim, fact = s.claim, s.fact
    if fact.relation != "has_property" or fact.value not in TERMS.presence_values:
        return None
    if claim.relation not in (*ACTIONS, None) or claim.value:
        return None  # "the way Buspar affects serotonin is unknown" says what the row says
    acted = [r.id for r in claim.objects if r.id != fact.object and not s.kb.is_kind_of(r.id, fact.object)]
    if claim.relation is None:  # "Buspar lifts serotonin through mechanisms ...": a verb no relation word names
        acted = [e for e in acted if s.kb.type_of(e) in ("neurotransmitter", "receptor")]
        return f"the row does not state what {fact.subject} does to {acted[0]}" if acted else None
    return f"the row does not state that {fact.subject} {claim.relation} {acted[0]}" if acted else None


ACTIONS = ("increases", "decreases", "acts_on", "binds")  # what a drug does, which a row on a property does not state


@check(STAGE, NO, NO_MATCH)
def onset_of_an_action(s: Situation) -> Decision:
    """What: a claim on how soon a drug changes a transmitter ("starts raising serotonin within
    hours"), and a row on how soon the drug's effect on symptoms begins.
    Why: an SSRI blocks serotonin reuptake within hours of a dose, yet its benefit takes weeks; the
    onset row times the benefit, not the action on the transmitter, and decides nothing about it.
    Example: "Escitalopram starts raising serotonin levels within hours." against F (ssri
    has_property onset; value slow): the row's onset is of the drug's effect, not of its action on
    serotonin.
    """
    claim, fact = s.claim, s.fact
    if fact.relation != "has_property" or fact.object not in TERMS.onset_properties:
        return None
    if claim.relation not in ("increases", "decreases"):
        return None
    if any(s.kb.type_of(r.id) in ("condition", "effect") for r in claim.objects):
        return None  # "begins to relieve depression within hours by raising serotonin": the relief is timed
    moved = [r.id for r in claim.objects if s.kb.type_of(r.id) == "neurotransmitter"]
    return f"the row's {fact.object} is of the drug's effect, not of its action on {moved[0]}" if moved else None


US_STATUS_AUTHORITIES = (*US_AUTHORITIES, "us_federal_law")  # whose word a row on a US status is


@check(STAGE, NO, NO_MATCH)
def status_elsewhere(s: Situation) -> Decision:
    """What: a row on a drug's status in one country (`national_status`: prescription-only, a US
    schedule, the year of its first FDA approval) met by a sentence about another country
    (`other_jurisdiction`).
    Why: the table's status rows hold for the US; "in some countries, diazepam can be bought without a
    prescription" may well be true, and a US row neither backs nor refutes it.
    Example: "In Mexico, Xanax is sold over the counter." against F (benzodiazepine is_a
    prescription_drug): the row gives the US status; the sentence is about another country. A row
    attributed to another country's law ("Class C in the UK") is that country's, and goes on.
    """
    fact = s.fact
    if fact.object not in TERMS.national_status or not TERMS.other_jurisdiction.search(s.claim.sentence):
        return None
    if fact.attribution and fact.attribution not in US_STATUS_AUTHORITIES:
        return None  # a row of another country's law ("Class C in the UK since 2019") speaks of it
    return "the row gives the US status; the sentence is about another country"


@check(STAGE, NO, NO_MATCH)
def use_row_for_approval(s: Situation) -> Decision:
    """What: a claim about a drug's approval ("approved for", "indicated for", "used off-label for":
    not approved for), met by a row that reports a use from a review or a guideline (a `treats`
    row whose source is no label or agency).
    Why: that doctors use lorazepam for panic disorder says nothing of whether its label lists it;
    the label rows and the closed list of indications decide an approval, a use row neither backs
    nor refutes it ("Klonopin is not approved for insomnia" stays right beside the row on its
    off-label use for insomnia).
    Example: "Lorazepam is approved for catatonia." against F (lorazepam treats catatonia; source
    type review): the row reports a use, not an approval. Advice from a guideline (a `recommends`
    row) is no approval either ("Valium is indicated for short-term use only").
    """
    fact, claim = s.fact, s.claim
    if fact.relation not in ("treats", "recommends") or fact.is_myth or fact.source_type in LABEL_SOURCES:
        return None
    if fact.relation == "recommends" and fact.attribution:
        return None  # advice said to be someone's decides what is said of them ("the FDA limits it to 4 weeks")
    if not said_of_approval(claim):
        return None
    # "Valium is indicated for short-term use only" against the guidelines' advice to use it short-term
    return (
        "the row reports a use, not an approval" if fact.relation == "treats" else "the row is advice, not an approval"
    )


@check(STAGE, NO, NO_MATCH)
def use_denied_qualified(s: Situation) -> Decision:
    """What: a denied use qualified by a time, an ordinary form of the condition or a cure
    (`use_qualifier`: "does not treat anxiety right away", "over the long term", "is not meant for
    everyday anxiety", "is not a cure for panic disorder"), against a row on the use itself.
    Why: the denial is of when, for what or how far the drug helps, not of whether: "Lorazepam does
    not treat anxiety over the long term" is true beside the label's indication for anxiety.
    Example: "Lorazepam does not treat anxiety over the long term." against F (lorazepam treats
    anxiety): the claim denies the use qualified ('long term'), not the use.
    """
    claim = s.claim
    if claim.relation != "treats" or claim.polarity != "negated" or s.fact.relation != "treats":
        return None
    found = TERMS.use_qualifier.search(RESOLVED.sub("", claim.text))
    return None if found is None else f"the claim denies the use qualified ({found.group(0).lower()!r}), not the use"


@check(STAGE, NO, NO_MATCH)
def recommended_off_label(s: Situation) -> Decision:
    """What: a claim that a drug is recommended for a condition (`recommendation`), met by a row
    that reports an off-label use of it.
    Why: that doctors sometimes prescribe clonazepam for insomnia is no recommendation to do so;
    the row states a use outside the label, not advice for it.
    Example: "Klonopin is recommended for insomnia." against F (clonazepam treats insomnia; manner
    off_label): the row reports an off-label use, not a recommendation.
    """
    fact, claim = s.fact, s.claim
    if fact.manner != "off_label" or claim.polarity != "affirmed" or not TERMS.recommendation.search(claim.text):
        return None
    return "the row reports an off-label use, not a recommendation"


@check(STAGE, NO, NO_MATCH)
def narrower_approval(s: Situation) -> Decision:
    """What: a claim that a drug is approved (or indicated) for a condition, met by a label row that
    approves it for a narrower kind of that condition only.
    Why: an approval is the label's list, and the list names the narrower condition: "Klonopin is
    approved for anxiety" overstates its one indication for panic disorder, a kind of anxiety
    disorder (a label with several kinds, Zoloft's panic disorder, PTSD and social anxiety disorder,
    approves it for anxiety disorders broadly enough).
    The next kind down is the condition's usual name ("approved for anxiety" beside a row for
    anxiety disorders, "for seizures" beside one for status epilepticus) and still supports. A claim
    of approval for every kind of a condition (`every_kind`: "for anxiety disorders in general", "for
    all anxiety disorders") is backed by no label row that does not say so itself, whatever kinds it
    names (a label lists kinds); a claim of use without approval ("Klonopin treats anxiety") is left to the row.
    Example: "Clonazepam is approved for treating anxiety." against F (clonazepam treats
    panic_disorder; label): panic_disorder is a kind of anxiety_disorder, a kind of anxiety.
    """
    fact, claim = s.fact, s.claim
    if fact.relation != "treats" or fact.is_myth or claim.relation != "treats" or s.obj is None:
        return None
    if claim.polarity != "affirmed" or not said_of_approval(claim):
        return None
    if s.obj.id != fact.object and not s.kb.is_kind_of(fact.object, s.obj.id):
        return None
    every = TERMS.every_kind.search(RESOLVED.sub("", claim.text))  # "for anxiety disorders *in general*"
    if every and not TERMS.every_kind.search(fact.statement):
        # a label's list names its kinds; none says "every anxiety disorder", however many it names
        return f"the claim says every kind of {s.obj.id} ({every.group(0)!r}); the label names its kinds"
    if s.obj.id == fact.object or _steps_down(s.kb, fact.object, s.obj.id) < 2:
        return None  # "Xanax is approved for anxiety" beside its row for anxiety disorders: the next kind
    if len(_label_uses_under(s.kb, fact.subject, s.obj.id)) > 1:
        return None  # "Zoloft is approved for anxiety": panic disorder, PTSD and social anxiety disorder
    return f"the label approves it for {fact.object} alone, a kind of a kind of {s.obj.id}"


def _label_uses_under(kb: KnowledgeBase, drug: str, condition: str) -> set[str]:
    """The conditions of the drug's label rows (`indication_row`) that are kinds of the condition."""
    return {f.object for f in kb.candidates([drug]) if indication_row(f, drug) and kb.is_kind_of(f.object, condition)}


def _steps_down(kb: KnowledgeBase, entity_id: str, broader: str) -> int:
    """How many kinds lie between the entity and a broader one it belongs to, itself counted: 1 for
    anxiety disorder below anxiety, 2 for panic disorder below anxiety disorder below anxiety."""
    return len(kb.ancestors(entity_id) - kb.ancestors(broader))


@check(STAGE, Verdict.SUPPORTED, Reason.FACT_MATCH)
def off_label_row_agrees(s: Situation) -> Decision:
    """What: a claim that a drug is used off-label for a condition ("prescribed off-label for
    insomnia", read as: not approved for it), or is not approved for it, met by a row on that very
    use marked `off_label`.
    Why: the row states both halves, the use and that the label does not list it; without this the
    claim's "not approved" would be set against the row's "treats" as a denial. (An approval
    claimed is left to the label rows: a use row never decides it, `use_row_for_approval`.)
    Example: "Ativan is prescribed off-label for catatonia." against F (lorazepam treats catatonia;
    manner off_label): the row states the off-label use.
    """
    fact, claim = s.fact, s.claim
    if fact.manner != "off_label" or claim.polarity != "negated" or claim.relation != "treats":
        return None
    if s.subj is None or s.obj is None or any(not s.kb.is_kind_of(r.id, fact.object) for r in claim.objects):
        return None  # every use the claim names must be the row's
    if not said_of_approval(claim):
        return None  # "Klonopin is not used for insomnia" denies the use the row states
    return "the row states the off-label use"


@check(STAGE, NO, NO_MATCH)
def state_unstated(s: Situation) -> Decision:
    """What: a claim about what a state of the drug causes (`symptom_state`: its withdrawal, an
    overdose), met by a row about what the drug itself causes.
    Why: "symptoms of Xanax withdrawal include drowsiness" is not backed by the row that Xanax causes
    drowsiness: a side effect of taking the drug is not a symptom of stopping it.
    Example: "Symptoms of Xanax withdrawal include drowsiness." against F (alprazolam causes
    sedation): the row is not about withdrawal. A row qualified by stopping the drug abruptly
    (`state_qualifier`) is.
    """
    fact = s.fact
    states = [r.id for r in s.claim.subjects if r.id in TERMS.symptom_states]
    if not states or fact.subject in states or fact.qualifier in states or fact.object in states:
        return None
    if any((state, fact.qualifier) in TERMS.state_qualifiers for state in states):
        return None  # "withdrawal can cause seizures" against a row on stopping abruptly
    return f"the row is not about {states[0]}"


@check(STAGE, NO, NO_MATCH)
def taken_transmitter(s: Situation) -> Decision:
    """What: a claim about a transmitter taken as a product (`taking` words: "as a supplement", "taken
    orally", "GABA pills"), met by a row about the body's own transmitter.
    Why: "As a supplement, GABA is used to promote relaxation" is not backed by the row that stronger
    GABA signalling in the brain calms: swallowed GABA is not the brain's GABA (how much of it reaches
    the brain is disputed).
    Example: "As a supplement, GABA promotes relaxation." against F (gaba causes calming): the claim is
    about taking gaba.
    """
    fact = s.fact
    if s.kb.type_of(fact.subject) != "neurotransmitter" or fact.subject not in {r.id for r in s.claim.subjects}:
        return None
    words = set(re.findall(r"[a-z]+", RESOLVED.sub("", s.claim.text).lower()))
    return f"the claim is about taking {fact.subject}" if words & TERMS.taking else None


RELEASE_FORM_PREFIXES = ("extended_release", "delayed_release")  # form ids of a release formulation


@check(STAGE, NO, NO_MATCH)
def release_form_acting(s: Situation) -> Decision:
    """What: a claim that a drug is long- or short-acting, or of a figure an extended-release form
    changes (`release_property`: half-life, peak, onset, doses), in a sentence about a release
    formulation (`release_form` words: "extended-release", "CR", "XR"; or a brand of one, "Xanax XR",
    its `forms`), met by a row of that property that names no such formulation.
    Why: "Ambien CR is a long-acting, extended-release form of zolpidem" says the formulation releases
    the drug slowly; zolpidem's half-life is still short, and the sentence does not deny it. The
    apparent half-life of an extended-release tablet is longer than the drug's own ("Effexor XR's
    half-life is 9 to 27 hours"), so the row's figure neither states nor refutes it.
    Example: "Ambien CR is a long-acting, extended-release tablet." against F (zolpidem has_property
    half_life; value short): the claim is about a release formulation, not the drug's own half_life.
    """
    fact, text = s.fact, RESOLVED.sub("", s.claim.text)
    prop = next((p for p in TERMS.release_properties if p in (fact.subject, fact.object)), None)
    if prop is None or TERMS.release_form.search(fact.statement):
        return None
    if not (re.search(r"-?acting\b", text, re.I) or s.claim.quantities):
        return None
    named = TERMS.release_form.search(text) or any(f.startswith(RELEASE_FORM_PREFIXES) for f in s.claim.forms)
    return f"the claim is about a release formulation, not the drug's own {prop}" if named else None


@check(STAGE, NO, NO_MATCH)
def comparison_unranked(s: Situation) -> Decision:
    """What: the claim compares its subject with another drug ("more addictive than Klonopin"), and
    the row speaks of one drug alone, or only gives the drug's class ("safer than other
    benzodiazepines" against "lorazepam is a benzodiazepine": a class row ranks nothing).
    Why: a row that Klonopin is addictive says nothing about which of two drugs is more so; only a
    row comparing the two (the other drug as its qualifier or object) can decide.
    Example: "Xanax is more addictive than Klonopin." against F (benzodiazepine causes addiction): the
    row does not compare with clonazepam.
    """
    others = compared_drugs(s)
    fact = s.fact
    if others and fact.relation == "is_a" and not fact.is_myth:
        return "a class row ranks nothing"  # "safer than other benzodiazepines" against "X is one"
    if not others or any(o in (fact.qualifier, fact.object) or s.kb.is_kind_of(o, fact.qualifier) for o in others):
        return None
    return f"the row does not compare with {', '.join(others)}"


@check(STAGE, NO, NO_MATCH)
def qualifier_missing(s: Situation) -> Decision:
    """What: the row holds only under a condition (its `qualifier`) the claim does not mention.
    Why: "X is dangerous with alcohol" is not "X is dangerous".
    Example: "Lorazepam slows breathing." against F (lorazepam causes respiratory_depression; qualifier opioid):
    only applies with opioid.
    """
    return None if s.qualified else f"only applies with {s.fact.qualifier}"


@check(STAGE, NO, NO_MATCH)
def qualifier_compared(s: Situation) -> Decision:
    """What: the row holds for a group of people (its `qualifier`, one of `population`) that the claim
    names only as the other side of a comparison ("more ... *than women*").
    Why: "Men are more susceptible to next-day impairment from Ambien than women" names women, but
    says nothing the row on women states; read as agreeing, the row would back the reverse of itself.
    Example: "Men are more susceptible to next-day impairment from Ambien than women." against F
    (zolpidem causes next_day_impairment; qualifier women): the claim compares with women; the row is
    about them.
    """
    qualifier = s.fact.qualifier
    if qualifier not in TERMS.populations:
        return None  # a drug as qualifier is the other side of a row that compares ("than SSRIs")
    text = RESOLVED.sub("", s.claim.text)
    than = re.search(r"\bthan\b", text)
    if than is None or not named_in_text(s.kb, qualifier, text[than.end() :]):
        return None
    return (
        None
        if named_in_text(s.kb, qualifier, text[: than.start()])
        else f"the claim compares with {qualifier}; the row is about it"
    )


@check(STAGE, Verdict.CONTRADICTED, Reason.VALUE_CONFLICT)
def direct_of_indirect_row(s: Situation) -> Decision:
    """What: the claim says the drug does it *directly* (`direct`), and the row says it does so only
    indirectly.
    Why: "Klonopin directly raises dopamine" is what the row's manner denies: benzodiazepines raise
    the firing of dopamine neurons by quieting the cells that hold them back, not by acting on them.
    Example: "Klonopin directly raises dopamine." against F (benzodiazepine increases dopamine; manner
    indirect): the row says it holds only indirectly, not directly.
    """
    fact, claim = s.fact, s.claim
    if fact.manner != "indirect" or fact.is_myth or fact.polarity != "affirmed" or claim.polarity != "affirmed":
        return None
    said = claim.proposition or claim.text
    if s.relation not in ("same", "implied") or claim.indirect or not TERMS.direct.search(said):
        return None
    if DENIED_DIRECT.search(claim.text):
        return None  # "benzodiazepines raise dopamine, but not directly": what the row says
    return "the row says it holds only indirectly, not directly"


DENIED_DIRECT = re.compile(r"\b(?:not|never|n't|nor)\s+(?:\w+\s+)?directly\b", re.I)


@check(STAGE, NO, NO_MATCH)
def manner_unstated(s: Situation) -> Decision:
    """What: the row holds only as an indirect effect (its `manner`), and the claim does not say so.
    Why: "benzodiazepines raise dopamine" overstates a row that says they raise the firing of dopamine
    neurons indirectly; it is not the row's statement, and not a myth either.
    Example: "Benzodiazepines increase dopamine." against F (benzodiazepine increases dopamine; manner
    indirect): the row holds only as an indirect effect.
    """
    fact = s.fact
    if fact.manner == "indirect" and not fact.is_myth and not s.claim.indirect and not denies_direct(s.claim):
        return "the row holds only as an indirect effect"
    return None


@check(STAGE, NO, NO_MATCH)
def mechanism_unsaid(s: Situation) -> Decision:
    """What: the row is a myth of how a drug works (its `manner` is mechanism: "benzodiazepines work
    by raising dopamine"), and the claim does not say how the drug works (`mechanism_frame`: "works
    by", "acts by", "mechanism").
    Why: what makes the myth false is the "works by": benzodiazepines do raise the firing of dopamine
    neurons, indirectly, so "benzodiazepines raise dopamine" overstates a true row (left unsupported)
    and is not the myth that dopamine is how they work.
    Example: "Benzodiazepines raise dopamine levels." against M (benzodiazepine increases dopamine,
    amount; manner mechanism): the claim does not say how the drug works.
    """
    if s.fact.manner == "mechanism" and not TERMS.mechanism_frame.search(RESOLVED.sub("", s.claim.text)):
        return "the claim does not say how the drug works"
    return None


def denies_direct(claim: Claim) -> bool:
    """'do not directly increase dopamine': the claim denies only a direct effect."""
    return claim.polarity == "negated" and bool(TERMS.direct.search(claim.proposition or claim.text))


@check(STAGE, Verdict.CONTRADICTED, Reason.VALUE_CONFLICT)
def study_length_read_as_limit(s: Situation) -> Decision:
    """What: the claim gives a ceiling on how long a drug may be used ("up to 4 months", "should not
    be used for more than 4 months"), unattributed or said of the US label, and the figure is the one
    the label gives for how long use was studied (a `duration_threshold` row of the label:
    "effectiveness beyond 4 months has not been assessed"); a claim that speaks of the studies
    (`study_words`) is left alone.
    Why: the US labels set no such limit; reading the length of the trials as a ceiling is the
    misreading the product exists to catch ("Ativan is for short-term (up to 4 months) relief").
    Example: "Ativan should not be used for more than 4 months." against F (lorazepam has_property
    long_term_use; 4 months; attribution manufacturer): the label sets no limit of 4 months; it says
    use beyond that was not studied.
    """
    fact, claim = s.fact, s.claim
    if fact.object not in TERMS.duration_thresholds or fact.attribution not in US_AUTHORITIES[1:] or fact.is_myth:
        return None
    if fact.qty_min is None or fact.qty_min != fact.qty_max or fact.subject not in claim.entity_ids:
        return None
    copula = claim.relation == "is_a" and not claim.objects  # "its maximum duration of use is 4 months"
    if claim.attribution not in US_AUTHORITIES or (claim.relation not in (None, "treats", "recommends") and not copula):
        return None
    if TERMS.study_words.search(claim.text) or not any(_ceiling_at(q, claim, fact) for q in claim.quantities):
        return None
    return f"the label sets no limit of {fact.qty_min:g} {fact.unit}; it says use beyond that was not studied"


def _ceiling_at(q: Quantity, claim: Claim, fact: Fact) -> bool:
    """Whether the quantity is a ceiling ("no more than", "up to"; "more than" denied; the figure of a
    `ceiling_word`: "the maximum time is 4 months") at the row's figure."""
    ceiling = q.comparator in ("<=", "<") if claim.polarity == "affirmed" else q.comparator in (">", ">=")
    # "its maximum prescribed time is 4 months": the figure a ceiling noun is given
    ceiling = ceiling or (
        claim.polarity == "affirmed" and q.comparator == "=" and bool(TERMS.ceiling_word.search(claim.text))
    )
    figure = convert(q.high, q.unit, fact.unit or "")
    return ceiling and figure is not None and abs(figure - float(fact.qty_min or 0)) < 1e-6


@check(STAGE, NO, NO_MATCH)
def attribution_missing(s: Situation) -> Decision:
    """What: the row is what an authority says, and the claim names no authority, or names another
    while the row is a myth.
    Why: a guideline's advice is not a fact about the world; a claim must attribute it to be checked
    (to it, or to an authority that speaks with its voice: the FDA for the label). An unattributed amount
    inside the range of a consensus source (`consensus_source`: "most adults need 7-9 hours of sleep")
    passes; outside it, it stays unsupported.
    Example: "Sertraline treats depression." against F (sertraline treats depression; attribution uk_guidance):
    only applies to what uk_guidance says.
    """
    fact, claim = s.fact, s.claim
    consensus = consensus_advice(claim, fact) and s.quantity is True
    if fact.attribution and not (s.said_by_same or consensus) and not (s.misattributed and not fact.is_myth):
        if unattributed_approval(claim, fact):
            return None  # "Gabapentin is not approved for anxiety": an approval said by no one is the FDA's
        return f"only applies to what {fact.attribution} says"
    return None


def unattributed_approval(claim: Claim, fact: Fact) -> bool:
    """An approval the claim attributes to no one, against the FDA's row: an approval said by no one is
    a US one here (`US_AUTHORITIES`), unless the claim names another country (`other_jurisdiction`)."""
    return (
        fact.attribution in US_AUTHORITIES
        and not claim.attribution
        and said_of_approval(claim)
        and not approval_abroad(claim)
    )


def consensus_advice(claim: Claim, fact: Fact) -> bool:
    """The claim gives, unattributed or as "experts" in general, advice whose row is a consensus
    source's ("Most adults need 7-9 hours of sleep"; `consensus_source`, `general_source`)."""
    unnamed = claim.attribution is None or claim.attribution in TERMS.general_sources
    return unnamed and claim.relation == "recommends" and fact.attribution in TERMS.consensus_sources


def aspect_within(claim_aspect: str, fact_aspect: str) -> bool:
    """'release' and 'production' are kinds of 'amount'.

    >>> aspect_within("release", "amount"), aspect_within("amount", "effect")
    (True, False)
    """
    return claim_aspect == fact_aspect or TERMS.aspect_parents.get(claim_aspect) == fact_aspect


@check(STAGE, NO, NO_MATCH)
def aspect_mismatch(s: Situation) -> Decision:
    """What: the claim and the row speak of different aspects of the object (its amount, its effect).
    Why: "raises the amount of GABA" and "enhances the effect of GABA" are different statements.
    Example: "Benzos raise the amount of GABA." against F (benzodiazepine increases gaba; aspect effect): about
    the amount of gaba, the row is about its effect.
    """
    obj, fact = s.object_ref, s.fact
    if fact.aspect and obj.aspect and not aspect_within(obj.aspect, fact.aspect):
        return f"about the {obj.aspect} of {fact.object}, the row is about its {fact.aspect}"
    return None


@check(STAGE, NO, NO_MATCH)
def partial_negation(s: Situation) -> Decision:
    """What: the claim denies only part ("not all", "not always") and the row is an affirmed fact.
    Why: "Not all SSRIs cause weight gain" does not deny "SSRIs can cause weight gain".
    Example: "Not all benzodiazepines cause sedation." against F (benzodiazepine causes sedation): denies only
    part ('not all'), which the row does not contradict.
    """
    claim = s.claim
    if claim.polarity == "negated" and not s.contradicting and TERMS.partial_negation.search(claim.text):
        return "denies only part ('not all'), which the row does not contradict"
    return None


@check(STAGE, NO, NO_MATCH)
def excepted_object(s: Situation) -> Decision:
    """What: a denied claim names the row's object only after an exception to its denial
    (`exception`: "except for", "other than", "apart from").
    Why: "Benzodiazepines should not be prescribed in pregnancy, except for short-term treatment of
    severe anxiety" denies routine use and grants the short course; the denial is not said of what it
    excepts, so a row on the short course neither backs nor refutes the denial.
    Example: "Benzodiazepines should not be used in pregnancy except for short-term treatment."
    against F (benzodiazepine recommends short_term_use): the claim excepts short_term_use from its
    denial.
    """
    claim = s.claim
    if claim.polarity != "negated" or s.obj is None:
        return None
    text = RESOLVED.sub("", claim.text)
    found = TERMS.exception.search(text)
    if found is None or named_in_text(s.kb, s.obj.id, text[: found.start()]):
        return None
    if not named_in_text(s.kb, s.obj.id, text[found.end() :]):
        return None
    return f"the claim excepts {s.obj.id} from its denial"


@check(STAGE, NO, NO_MATCH)
def limited_denial(s: Situation) -> Decision:
    """What: a myth met by a claim that denies only that its cause is the whole story ("not simply",
    "not solely": `limiting` after a `negator`).
    Why: "Depression is not simply caused by a chemical imbalance" rejects the myth's simple form and
    grants it a part; it restates the myth no more than it denies it, so the myth decides nothing.
    Example: "Depression is not simply caused by a chemical imbalance." against M (chemical_imbalance
    causes depression): the claim denies only that it is the whole cause ('not simply').
    """
    found = TERMS.limited_denial.search(s.claim.text)
    if not s.fact.is_myth or found is None:
        return None
    return f"the claim denies only that it is the whole cause ({found.group(0)!r})"


@check(STAGE, NO, NO_MATCH)
def denied_equal_ranking(s: Situation) -> Decision:
    """What: the claim's negation denies an equal ranking ("not as addictive as other drugs").
    Why: "Valium is not as addictive as many other drugs" ranks Valium below them; it does not say
    Valium is not addictive, so the row on whether it is addictive neither backs nor refutes it.
    Example: "Valium is not as addictive as many other drugs." against M (benzodiazepine causes
    addiction; negated): denies an equal ranking ('not as ... as'), not the property.
    """
    claim = s.claim
    if claim.polarity != "negated":
        return None
    # the sentence too ("not as dangerous or addictive as opioids" is split into one claim per
    # quality), when the ranked quality is the claim's own
    own = claim.text.lower()
    for found in TERMS.equal_ranking_denied.finditer(claim.text + " " + claim.sentence):
        qualities = [q for q in found.group("quality").lower().split() if q not in TERMS.ranking_joiners]
        if any(q in own for q in qualities):
            return "denies an equal ranking ('not as ... as'), not the property"
    return None


@check(STAGE, NO, NO_MATCH)
def relation_mismatch(s: Situation) -> Decision:
    """What: the claim's relation neither equals, implies nor opposes the row's (property rows aside).
    Why: "X treats Y" says nothing about whether "X causes Y".
    Example: "Sertraline treats insomnia." against F (sertraline causes insomnia): relation treats is not
    causes.
    """
    if s.fact.relation != "has_property" and s.relation == "none":
        return f"relation {s.claim.relation or 'unknown'} is not {s.fact.relation}"
    return None
