"""Stages "caveat" and "override": second looks at the outcome the stages before decided.

"caveat" is asked of the outcome of the "direction" stage (not of property rows): a supported claim
may still say more than the row can back. "override" is asked of every outcome: the authority a
claim names, and what a contradicted is_a claim really gets wrong. In each stage the first check
that decides replaces the outcome (`s.outcome`); when none does, the outcome stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..kb import KnowledgeBase
from ..quantities import is_vague
from ..types import Claim, Fact, Reason, Verdict
from .base import (
    RESOLVED,
    Decision,
    Situation,
    approval_abroad,
    check,
    named_in_statement,
    named_in_text,
    quantity,
    rarity_said,
    spaced_words,
)
from .terms import TERMS

NO, NO_MATCH = Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT


def unchecked_numbers(claim: Claim, fact: Fact) -> bool:
    """The claim states a number the row cannot check ("0.25 mg twice a day" vs an indication row)."""
    precise = [q for q in claim.quantities if not is_vague(q)]  # "within a few weeks" is no figure to check
    return bool(precise) and quantity(replace(claim, quantities=tuple(precise)), fact) is None


def unnamed_transmitters(s: Situation) -> list[str]:
    """The neurotransmitters the claim names that the row does not: not its subject or object (or a
    kind of them), and not named in its statement ("... binds the GABA-A receptor" names GABA)."""
    kb, fact = s.kb, s.fact
    stated = {fact.subject, fact.object}
    said = re.findall(r"[a-z0-9]+", RESOLVED.sub("", s.claim.text).lower())  # not "[X] This ..."
    own = set(said) | {w[:-1] for w in said if w.endswith("s")}  # "neurotransmitters", "brain chemicals"
    # a row on a transmitter or a receptor is itself about how the drug works: it speaks of the
    # effects that say how (`mechanism_effect`), not of other transmitters
    signal_row = kb.type_of(fact.object) in ("neurotransmitter", "receptor")
    return [
        r.id
        for r in s.claim.subjects + s.claim.objects
        if (kb.type_of(r.id) == "neurotransmitter" or (r.id in TERMS.mechanism_effects and not signal_row))
        and any(set(re.findall(r"[a-z0-9]+", alias)) <= own for alias in kb.entities[r.id].aliases)
        and not any(kb.related(r.id, e) for e in stated)
        and not named_in_statement(kb, fact, r.id)
    ]


@check("caveat", NO, NO_MATCH)
def mechanism_unstated(s: Situation) -> Decision:
    """What: a supported claim also names a neurotransmitter (or an effect that says how a drug works,
    `mechanism_effect`) the row does not speak of.
    Why: "Valium calms you by flooding the brain with dopamine" says how the effect comes about; a row
    that the drug calms does not state that mechanism, so it cannot back the claim.
    Example: "Clonazepam causes drowsiness by raising dopamine." against F (clonazepam causes
    sedation): the row does not speak of dopamine.
    """
    if s.outcome.outcome is Verdict.SUPPORTED:
        extra = unnamed_transmitters(s)
        if extra:
            return f"the row does not speak of {', '.join(dict.fromkeys(extra))}"
    return None


@check("caveat", NO, NO_MATCH)
def mechanism_called_unknown(s: Situation) -> Decision:
    """What: a supported claim says how a drug works (`mechanism_frame`: "works by"), backed by a row
    on what the drug binds, and the table says the drug's mechanism is unknown (a `has_property`
    mechanism row of value unknown).
    Why: "Buspirone works by affecting dopamine receptors" is backed in its entities by the row that
    buspirone binds D2 receptors, but its label calls the mechanism unknown: what it binds is not
    how it works.
    Example: "Buspirone works by affecting dopamine receptors." against F (buspirone binds
    dopamine_receptor), with F (buspirone has_property mechanism; value unknown): the table calls
    buspirone's mechanism unknown.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or not TERMS.mechanism_frame.search(s.claim.text):
        return None
    if s.fact.relation != "binds":
        return None  # a row on what the drug does to GABA says how the label believes it works
    drugs = [r.id for r in s.claim.subjects]
    unknown = [d for d in drugs if _mechanism_unknown(s.kb, d)]
    return f"the table calls {unknown[0]}'s mechanism unknown" if unknown else None


def _mechanism_unknown(kb: KnowledgeBase, drug: str) -> bool:
    """Whether a row says the drug's mechanism is unknown."""
    return any(
        f.subject == drug and f.relation == "has_property" and f.value == "unknown" and f.topic == "mechanism"
        for f in kb.facts
    )


LISTED_TYPES = ("condition",)  # what a list of indications names


@check("caveat", NO, NO_MATCH)
def objects_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug treats several conditions, some of which the row does not
    name; or that it is of a class with effects the row does not name ("non-benzodiazepine
    sleeping pills with some muscle relaxant properties").
    Why: "Valium treats anxiety, sleep disorders and seizures" read as one claim is not backed by the
    anxiety row alone: every object the claim names must be the row's (a list the reader could not
    split stays unsupported rather than backed by its first item).
    Example: "Diazepam treats anxiety and insomnia." against F (diazepam treats anxiety_disorder):
    the row does not speak of insomnia. A condition that is the row's qualifier is spoken of
    ("itching caused by hives" against hydroxyzine treats pruritus, qualifier urticaria).
    """
    # "Ambien and Sonata are sleeping pills with X properties": a class row met on entities alone
    unread = s.claim.relation is None and s.outcome.reason is Reason.ENTITY_MATCH and s.fact.relation == "is_a"
    if s.outcome.outcome is not Verdict.SUPPORTED or not (s.claim.relation in ("treats", "is_a") or unread):
        return None
    kb = s.kb
    named = [n for n in (s.fact.object, s.fact.qualifier) if n]
    types = LISTED_TYPES if s.claim.relation == "treats" else (*LISTED_TYPES, "effect")  # "with X properties"
    extra = [r.id for r in s.claim.objects if kb.type_of(r.id) in types and not any(kb.related(r.id, n) for n in named)]
    return f"the row does not speak of {', '.join(extra)}" if extra else None


@check("caveat", NO, NO_MATCH)
def forms_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug comes in several dosage forms, some of which the row does
    not name.
    Why: "Ativan can be given by injection or as a nasal spray" read as one claim is not backed by
    the injection row alone: each form the claim names must be one the table lists for the drug
    ("Valium comes as an injection or a rectal gel" is backed: both are diazepam rows; so is a form
    the statement of one of the drug's form rows names).
    Example: "Lorazepam comes as an injection and a nasal spray." against F (lorazepam is_a
    injection; topic formulations): the table does not list nasal_spray for lorazepam.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "is_a":
        return None
    if s.fact.topic not in TERMS.form_topics:
        return None
    rows = form_rows(s.kb)
    own = [f for f in rows if f.subject == s.fact.subject and f.polarity == "affirmed"]
    forms = {f.object for f in rows}
    # "besides capsules and tablets, gabapentin comes as an oral solution": forms a row's statement names
    listed = {f.object for f in own} | {e for e in forms if any(named_in_statement(s.kb, f, e) for f in own)}
    extra = [r.id for r in s.claim.objects if r.id in forms and r.id not in listed]
    return f"the table does not list {', '.join(extra)} for {s.fact.subject}" if extra else None


@check("caveat", NO, NO_MATCH)
def object_aspect_unsaid(s: Situation) -> Decision:
    """What: a supported claim names its object without an aspect, and the row is about an aspect of
    it a claim must say (`unsaid_aspect`: its reuptake); or a claim that a drug lowers something names
    a receptor or enzyme as well, which the row does not (`objects_unstated` does this for uses).
    Why: "SSRIs block serotonin" is not what the row that SSRIs block serotonin's reuptake says; nor
    is "SSRIs inhibit the breakdown of serotonin by monoamine oxidase" (an MAOI's mechanism).
    Example: "SSRIs block serotonin." against F (ssri decreases serotonin; aspect reuptake): the row is
    about the reuptake of serotonin.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation not in ("increases", "decreases", "binds"):
        return None
    fact, obj = s.fact, s.object_ref
    said = fact.aspect.replace("_", " ") in s.claim.text.lower()  # "by blocking *its reuptake*": said, unread
    if fact.aspect in TERMS.unsaid_aspects and obj.id == fact.object and obj.aspect is None and not said:
        return f"the row is about the {fact.aspect} of {fact.object}"
    if s.claim.relation != "decreases":
        return None
    extra = [r.id for r in s.claim.objects if s.kb.type_of(r.id) == "receptor" and not s.kb.related(r.id, fact.object)]
    return f"the row does not speak of {', '.join(extra)}" if extra else None


@check("caveat", NO, NO_MATCH)
def subject_aspect_unstated(s: Situation) -> Decision:
    """What: a supported claim says what an amount of its subject does (the subject's aspect: its
    amount, release or production), and the row is about the subject without that aspect.
    Why: "Xanax floods the brain with extra GABA, which is why it calms you": the link says more GABA
    calms, the myth's mechanism; the row that stronger GABA signalling calms is about GABA's effect,
    not its amount.
    Example: "More GABA in the brain calms you." (subject gaba, aspect amount) against F (gaba causes
    calming): the claim is about the amount of gaba; the row is not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.fact.is_myth:
        return None  # "sedation is not caused by dopamine release": the myth's denial
    said = next((r for r in s.claim.subjects if r.id == s.fact.subject and r.aspect), None)
    if said is None or said.aspect not in ("amount", *TERMS.aspect_parents):
        return None
    return f"the claim is about the {said.aspect} of {said.id}; the row is not"


@check("caveat", NO, NO_MATCH)
def form_caveat(s: Situation) -> Decision:
    """What: a supported claim names a dosage form (`oral_form`: tablets, pills; `parenteral_form`:
    an injection; `release_form`: extended-release), and the row's statement is about another form,
    or, for a release form, names none.
    Why: "Ativan tablets are approved for status epilepticus" shares its frame with the row that the
    lorazepam injection is; "Xanax XR is approved for GAD" with the row on alprazolam's indications,
    though the extended-release tablets are labelled for panic disorder only. The form is part of
    what the claim says.
    Example: "Ativan tablets are approved for status epilepticus." against F (lorazepam treats
    status_epilepticus: "Lorazepam injection is indicated ..."): the claim is about the oral form; the
    row about the parenteral form.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation == "is_a":
        return None  # "Ativan comes as tablets and an injection": the forms rows (`forms_unstated`)
    said, stated = form_class(RESOLVED.sub("", s.claim.text)), form_class(s.fact.statement)
    if said is None or said == stated or (stated is None and said != "release"):
        return None
    return f"the claim is about the {said} form; the row about {f'the {stated} form' if stated else 'no one form'}"


def form_class(text: str) -> str | None:
    """The kind of dosage form a text names first: oral, parenteral or release (an extended-release
    one), or None. A two-letter release form counts only after a name ("Xanax XR", not "in the ER")."""
    found = [
        (m.start(), name)
        for name, pattern in (
            ("oral", TERMS.oral_form),
            ("parenteral", TERMS.parenteral_form),
            ("release", TERMS.release_form),
        )
        for m in pattern.finditer(text)
        if len(m.group(0)) > 2 or _after_a_name(text, m.start())
    ]
    return min(found)[1] if found else None


def _after_a_name(text: str, at: int) -> bool:
    """Whether the word before position `at` is capitalised (a brand: "Xanax XR")."""
    before = text[:at].split()
    return bool(before) and before[-1][:1].isupper()


def form_rows(kb: KnowledgeBase) -> list[Fact]:
    """The rows that say a drug comes in a dosage form (is_a rows of a `form_topic`)."""
    return [f for f in kb.facts if f.relation == "is_a" and f.topic in TERMS.form_topics]


@check("caveat", NO, NO_MATCH)
def population_unstated(s: Situation) -> Decision:
    """What: a contradicted claim narrows its statement to a group of people (children, older
    adults, pregnancy) the row does not name.
    Why: "Klonopin is not approved for children with panic disorder" is not denied by the row that
    it treats panic disorder (in adults): a row about everyone decides nothing against a group.
    (A supported risk keeps its support: what holds in general is read as holding in the group, but
    not a use (`use_in_group_unstated`); and adults, the group a row is about when it names none
    (`default_population`), narrow nothing.)
    Example: "Klonopin is not approved for children with panic disorder." against F (clonazepam
    treats panic_disorder): the row does not speak of children_and_young_adults.
    """
    if s.outcome.outcome is not Verdict.CONTRADICTED:
        return None
    extra = [e for e in unstated_populations(s) if e not in TERMS.default_populations]  # "in adults": the rows' own
    return f"the row does not speak of {', '.join(extra)}" if extra else None


@check("caveat", NO, NO_MATCH)
def exposed_group_unstated(s: Situation) -> Decision:
    """What: a supported claim places a drug's effect in a group that meets the drug through the
    mother (`exposed_population`: newborns, nursing infants), against a row that does not name them.
    Why: the row that diazepam causes drowsiness speaks of the people who take it; whether a baby
    exposed in the womb or through breast milk is sedated is what a pregnancy or lactation row
    says, and only such a row backs it.
    Example: "Diazepam can make newborn babies drowsy." against F (diazepam causes drowsiness): the
    row does not speak of newborns.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    exposed = [r for r in unstated_populations(s) if r in TERMS.exposed_populations]
    return f"the row does not speak of {', '.join(exposed)}" if exposed else None


@check("caveat", NO, NO_MATCH)
def use_in_group_unstated(s: Situation) -> Decision:
    """What: a supported claim of a use or advice (a `treats` or `recommends` row) narrows it to a
    group of people by age (`age_group`: children, teenagers, older adults) the row does not name.
    Why: an approval or a use in adults does not carry over to other groups: "Xanax treats panic
    disorder in children" is not what the label's indication says (its use in children is not
    established), and "Ativan is a good option for seniors with insomnia" meets the advice to avoid
    benzodiazepines in older adults. A risk does carry over ("Xanax causes drowsiness in older
    adults"), so only uses need their group named; and older adults only for a drug a row advises
    against in them (`advised_group`): the labels' uses otherwise hold for older adults.
    Example: "Xanax treats panic disorder in children." against F (alprazolam treats panic_disorder):
    the row does not say this use for children_and_young_adults.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.fact.relation not in ("treats", "recommends"):
        return None
    if s.misattributed:
        return None  # "the FDA approved it for GAD in children": the authority is wrong for any group
    extra = [e for e in unstated_populations(s) if e in TERMS.age_groups]
    extra = [e for e in extra if e not in TERMS.advised_groups or advised_against(s.kb, s.fact.subject, e)]
    return f"the row does not say this use for {', '.join(extra)}" if extra else None


def advised_against(kb: KnowledgeBase, drug: str, group: str) -> bool:
    """Whether a row advises against the drug, or a class it belongs to, in the group (a denied
    `recommends` row: "Benzodiazepines are generally to be avoided in older adults")."""
    return any(
        f.relation == "recommends" and f.polarity == "negated" and f.object == group and kb.is_kind_of(drug, f.subject)
        for f in kb.facts
    )


def unstated_populations(s: Situation) -> list[str]:
    """The groups of people (`population`) the claim narrows itself to that the row does not name
    (a row "In older adults, ..." names its group in its statement)."""
    fact, kb = s.fact, s.kb
    named = {fact.subject, fact.object, fact.qualifier, fact.scope, fact.topic}
    statement = fact.statement.lower()
    return [
        r.id
        for r in s.claim.objects + s.claim.subjects
        if r.id in TERMS.populations
        and not any(r.id == n or kb.is_kind_of(r.id, n) for n in named if n)
        and not any(re.search(rf"\b{re.escape(a)}\b", statement) for a in kb.entities[r.id].aliases)
    ]


@check("caveat", NO, NO_MATCH)
def unchecked_numbers_caveat(s: Situation) -> Decision:
    """What: a supported claim states a precise number the row cannot check.
    Why: "Xanax treats panic disorder at 0.25 mg twice a day" is more than an indication row backs.
    Example: "Xanax treats panic disorder at 0.25 mg." against F (alprazolam treats panic_disorder): the row
    does not cover the claim's numbers.
    """
    if s.outcome.outcome is Verdict.SUPPORTED and unchecked_numbers(s.claim, s.fact):
        return "the row does not cover the claim's numbers"
    return None


@check("caveat", Verdict.CONTRADICTED, Reason.VALUE_CONFLICT)
def rarity_conflict(s: Situation) -> Decision:
    """What: a supported claim says the effect is rare ("a rare side effect", "rarely"), and the row
    says it is common (`commonness`: "common", "among the most common").
    Why: "Insomnia is a rare side effect of Paxil" names a real side effect but gets its frequency
    wrong, and the frequency is the claim's news; the row that lists it as common decides it.
    Example: "Insomnia is a rare side effect of Paxil." against F (ssri causes insomnia; "Insomnia is a
    common SSRI side effect."): the row says this is common.
    """
    statement, text = s.fact.statement, RESOLVED.sub("", s.claim.text)
    if (
        s.outcome.outcome is Verdict.SUPPORTED
        and TERMS.rare_word.search(text)
        and not TERMS.rarity_denied.search(text)
        and not TERMS.severity.search(s.claim.sentence or text)  # "rarely severe enough to stop": a grade of it is rare
        and TERMS.commonness.search(statement)
        and not TERMS.rare_word.search(statement)
        and not re.search(r"\b(?:less|not|un)[ -]?common", statement, re.I)
    ):
        return "the claim says this is rare; the row says it is common"
    return None


@check("caveat", NO, NO_MATCH)
def rarity_caveat(s: Situation) -> Decision:
    """What: a supported claim says the thing is rare ("rarely", "a rare side effect", "in rare cases") or
    next to absent (`scarcity`: "very little", "few"), the row does not say how often.
    Why: "SSRIs rarely cause sexual side effects" and "hydroxyzine has very little anticholinergic
    effect" agree in entities and relation, not in what they say.
    Example: "SSRIs rarely cause sexual dysfunction." against F (ssri causes sexual_dysfunction): the claim says
    this is rare; the row does not say how often.
    """
    said, statement = s.claim.text, s.fact.statement
    if (
        s.outcome.outcome is Verdict.SUPPORTED
        and rarity_said(said)
        and not (TERMS.said_rare(statement) or TERMS.rare_word.search(statement))
    ):
        return "the claim says this is rare; the row does not say how often"
    return None


@check("caveat", NO, NO_MATCH)
def frequency_caveat(s: Situation) -> Decision:
    """What: a supported claim says the thing happens always or to most people (`frequency_claim`:
    "always", "in most patients", "nearly all"), and the row's statement says no such frequency ("not
    always" claims none).
    Why: "Benzodiazepine overdose alone is almost always fatal" shares its frame with the row that it
    is rarely fatal; "SSRIs always cause sexual dysfunction" with the row that they can. How often is the
    claim's news, and a row must state it.
    Example: "SSRIs always cause sexual dysfunction." against F (ssri causes sexual_dysfunction): the
    claim says 'always'; the row does not say how often. A usual frequency (`usual_frequency`:
    "usually", "often") or a commonness (`commonness`: "a common side effect") against a row that
    says the thing is rare (or infrequent) is not backed either, nor one of a
    grave outcome (`grave_outcome`: "usually fatal"): no row says death is the usual outcome.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    text = RESOLVED.sub("", s.claim.text)
    usual = TERMS.usual_frequency.search(text) or TERMS.commonness.search(text)
    rare_row = TERMS.said_rare(s.fact.statement) or TERMS.rare_word.search(s.fact.statement)
    if usual is not None and rare_row and not TERMS.said_rare(text):
        return f"the claim says {usual.group(0)!r}; the row says it is rare"  # "usually fatal" / "rarely fatal"
    if usual is not None and s.fact.object in TERMS.grave_outcomes:
        return f"the claim says {usual.group(0)!r}; the row does not say it is usual"  # "deaths reported"
    found = TERMS.frequency_claim.search(text)
    if found is None or TERMS.frequency_claim.search(s.fact.statement) or TERMS.partial_negation.search(text):
        return None  # "does not always": no frequency claimed
    return f"the claim says {found.group(0)!r}; the row does not say how often"


@check("caveat", NO, NO_MATCH)
def preference_caveat(s: Situation) -> Decision:
    """What: a supported claim of a use or advice prefers one treatment to another (`preference`: "X
    over Y", "rather than", "instead of", "prefer"), and the row's statement makes no such comparison.
    Why: "The AASM recommends zolpidem over CBT-I" shares its entities and relation with the row that
    the AASM recommends CBT-I; which one is preferred is the claim's news, and a row must state it.
    Example: "The AASM recommends zolpidem over CBT-I." against F (aasm recommends cbt_i): the claim
    prefers one to another ('over'); the row compares nothing.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation not in ("recommends", "treats"):
        return None  # "opens the channel more often rather than for longer": a manner, no treatment preferred
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.preference.search(text)
    if found is None or TERMS.preference.search(s.fact.statement):
        return None
    after = text[found.end() :].split()
    if found.group(0).lower() == "over" and (s.claim.relation != "recommends" or not after or after[0][0].isdigit()):
        return None  # "over 65", "over time": no preference
    treatments = [e for e in s.claim.entity_ids if s.kb.type_of(e) not in TERMS.outcome_types | {"organization"}]
    if len(treatments) < 2:
        return None  # "the preferred drug for status epilepticus": no second treatment to prefer it to
    treatments = [e for e in s.claim.entity_ids if s.kb.type_of(e) not in TERMS.outcome_types | {"organization"}]
    if len(treatments) < 2:
        return None  # "the preferred drug for status epilepticus": no second treatment to prefer it to
    return f"the claim prefers one to another ({found.group(0)!r}); the row compares nothing"


@check("caveat", NO, NO_MATCH)
def exclusive_caveat(s: Situation) -> Decision:
    """What: a supported claim restricts what it says to one thing (`exclusive`: "only", "solely"),
    and the row's statement has no such restriction.
    Why: "Only benzodiazepines can treat panic disorder" shares its frame with the row that they are
    used for it; "withdrawal only happens to people who abuse them" with the correction of the myth
    that there is no withdrawal. The restriction is the claim's news, and a row must state it.
    Example: "Only benzodiazepines can treat panic disorder." against F (benzodiazepine treats
    panic_disorder): the claim says 'Only'; the row states no such restriction.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.exclusive.search(text)
    if found is None or TERMS.exclusive.search(s.fact.statement) or s.fact.object in TERMS.use_limits:
        return None  # "should only be used short-term": a row on a use limit restricts by itself
    if s.claim.relation == "treats" and s.fact.subject in TERMS.closed_indications:
        return None  # "approved only for X and Y": the closed list of the label decides (stage "closed")
    if re.search(r"\b(?:not|n't)\s+$", text[: found.start()]):
        return None  # "not only", "not solely": no restriction, a denial of one
    return f"the claim says {found.group(0)!r}; the row states no such restriction"


def listed_among_prevalent(text: str, s: Situation) -> bool:
    """'Some of the most common benzodiazepines include alprazolam (Xanax)': a kind of drug named by
    how widely it is used (`prevalence_ranking`), then a list of its members (`listing_word`), says the
    member is of the kind, and one the page counts among its common ones; it ranks no member first,
    as "Xanax is the most prescribed benzodiazepine" does."""
    if s.claim.relation != "is_a" or s.fact.relation != "is_a" or s.fact.polarity != "affirmed":
        return False
    found = TERMS.prevalence_ranking.search(text)
    return found is not None and TERMS.listing_word.search(text[found.end() :]) is not None


def shares_rank(before: str) -> bool:
    """Whether the words before a superlative share its rank with others or put it below first
    (`shared_rank`: "*among* the most common", "*one of* the safest", "the *second* most frequent"; the
    last three words, so that "one of the" before "most" counts)."""
    return TERMS.shared_rank.search(" ".join(re.findall(r"[a-z]+", before.lower())[-3:])) is not None


def ranks_a_set(after: str) -> bool:
    """Whether the words after a superlative name a plural noun and its plural verb (`plural_verb`):
    "the most common side effect*s* of Halcion *are* drowsiness, dizziness and ..." ranks a set, each
    member of which shares the first rank, as "*among* the most common" does.

    >>> ranks_a_set("common side effects of Halcion are drowsiness")
    True
    >>> ranks_a_set("common side effect of Halcion is drowsiness")
    False
    >>> ranks_a_set("prescribed benzodiazepine in the US")
    False
    """
    words = re.findall(r"[a-z]+", after.lower())[:9]
    verb = next((i for i, word in enumerate(words) if TERMS.plural_verb.fullmatch(word)), None)
    if verb is None:
        return False
    head = words[: words.index("of")] if "of" in words[:verb] else words[:verb]
    return bool(head) and head[-1].endswith("s") and not head[-1].endswith(("ss", "us", "is"))


def ranked_alike(said: str, statement: str, shared: bool = True) -> bool:
    """Whether the row's statement ranks with the claim's superlative and the word it ranks by: "the
    most *common*" is stated by "the most common", not "the most *dangerous*"; a rank the claim
    shares with others (`shared`: "among the most common") also by a row that shares it ("one of the
    most" is implied by "the most"), one it gives the thing alone only by a row that does too (the
    word is compared on its first six letters: "commonly").

    >>> ranked_alike("the most common side effect", "Drowsiness is among the most common reactions.")
    True
    >>> ranked_alike("the most common side effect", "Drowsiness is among the most common reactions.", shared=False)
    False
    >>> ranked_alike("the most dangerous side effect", "Drowsiness is among the most common reactions.")
    False
    >>> ranked_alike("the most common side effect", "Sedation is the most frequent adverse reaction.", shared=False)
    True
    """
    words = re.findall(r"[a-z]+", said.lower())
    found = TERMS.superlative.match(" ".join(words))
    if found is None:
        return False
    ranked = found.group(0).split()
    after = words[len(ranked) : len(ranked) + 1]
    core = ranked[-1]  # "most" ranks by the word after it; "safest" by itself
    stem = re.escape(after[0][:6]) if after and core in TERMS.ranking_adverbs else ""
    if stem and TERMS.frequency_word.fullmatch(after[0]):  # "the most common" is "the most frequent"
        stem = "(?:common|frequen)"
    pattern = rf"\b{re.escape(core)}\b" + (rf"\s+{stem}" if stem else "")
    return any(shared or not shares_rank(statement[: hit.start()]) for hit in re.finditer(pattern, statement.lower()))


@check("caveat", NO, NO_MATCH)
def ranking_caveat(s: Situation) -> Decision:
    """What: a supported claim ranks its subject among others ("the most abused", "one of the
    safest", "best-selling"), and the row states no ranking.
    Why: "Xanax is the most prescribed benzodiazepine" shares its frame with the row that alprazolam
    is a benzodiazepine, but the ranking is the claim's news, and a superlative must be matched by a
    row: the row's statement must rank it with the same words ("the most common adverse reaction"
    backs a claim that says so, not one that says "the least"), and of the thing it ranks: that SSRIs
    are the most prescribed antidepressants does not make sertraline the most prescribed one.
    Example: "Xanax is the most abused prescription drug." against F (benzodiazepine is_a
    prescription_drug): the claim ranks it ('the most'); the row states no such ranking.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.superlative.search(text)
    if found is None or listed_among_prevalent(text, s):
        return None
    shared = (
        shares_rank(text[: found.start()])
        or TERMS.shared_rank.match(found.group(0)) is not None
        or ranks_a_set(text[found.end() :])
    )
    if not ranked_alike(text[found.start() :], s.fact.statement, shared=shared):
        return f"the claim ranks it ({found.group(0)!r}); the row states no such ranking"
    if s.fact.subject not in {r.id for r in s.claim.subjects}:  # the class's rank is not each member's
        return f"the row ranks {s.fact.subject}, not what the claim ranks"
    return None


@check("caveat", NO, NO_MATCH)
def degree_caveat(s: Situation) -> Decision:
    """What: a supported claim that a drug causes an effect to a compared degree ("less drowsiness",
    "fewer side effects", "milder withdrawal"), and the row states no degree.
    Why: "Ativan causes less drowsiness" compares with something it does not name; a row that
    lorazepam causes drowsiness backs the effect, not the comparison, which is the claim's news.
    Example: "Lorazepam causes less sedation." against F (lorazepam causes sedation): the claim
    compares ('less'); the row states no degree.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "causes":
        return None
    found = compared_effect(RESOLVED.sub("", s.claim.text), s)
    if found and not TERMS.degree.search(s.fact.statement):
        return f"the claim compares ({found!r}); the row states no degree"
    return None


@check("caveat", NO, NO_MATCH)
def intensity_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug causes an effect of a graded intensity ("extreme
    sedation", "severe drowsiness", an `intensity` word right before the effect's name), and the
    row's statement grades it in no such way (no `intensity` or `severity` word).
    Why: the grade is the claim's news: "the most common side effects include extreme sedation" is
    not the row that drowsiness is common; that row backs the effect, not its grade.
    Example: "Lexapro commonly causes extreme sedation." against F (escitalopram causes sedation):
    the claim grades the effect ('extreme'); the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "causes":
        return None
    found = modifier_of_object(TERMS.intensity, RESOLVED.sub("", s.claim.text), s)
    if found and not (TERMS.intensity.search(s.fact.statement) or TERMS.severity.search(s.fact.statement)):
        return f"the claim grades the effect ({found!r}); the row does not"
    return None


@check("caveat", NO, NO_MATCH)
def absolute_beyond_correction(s: Situation) -> Decision:
    """What: a claim that denies a myth with a prohibition without exception (`absolute`: "never",
    "under no circumstances"), when the myth's correction forbids nothing (no `prohibitive` word).
    Why: "Restoril should never be used in pregnancy" denies the myth that benzodiazepines are safe
    in pregnancy, and says more: the correction asks prescribers to weigh the risk, which is no ban.
    ("Never drink alcohol on Xanax" stays backed: that correction advises against combining them.)
    Example: "Temazepam should never be used in pregnancy." against M (benzodiazepine recommends
    pregnancy; correction: labels ask prescribers to weigh the risk): the claim says 'never'.
    """
    if s.outcome.reason is not Reason.MYTH_NEGATED or not s.fact.is_myth:
        return None
    found = TERMS.absolute.search(s.claim.text)
    if found and not TERMS.prohibitive.search(s.fact.correction):
        return f"the claim says {found.group(0)!r}; the correction forbids nothing"
    return None


@check("caveat", NO, NO_MATCH)
def subclass_caveat(s: Situation) -> Decision:
    """What: a supported claim that a drug is a kind of a class ("a first-generation antidepressant",
    "a tricyclic antidepressant", a `subclass` word right before the class's name), and the row names
    the class only.
    Why: the kind is the claim's news: "Prozac is a first-generation antidepressant" is wrong
    (fluoxetine is an SSRI, a newer kind), and the row that fluoxetine is an antidepressant does not
    back it.
    Example: "Prozac is a first-generation antidepressant." against F (fluoxetine is_a
    antidepressant): the claim names a kind of the class ('first-generation'); the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "is_a":
        return None
    found = kind_of_class(RESOLVED.sub("", s.claim.text), s)
    own_clause = re.split(r";|\bthan\b", s.fact.statement)[0]  # not "better tolerated than older ones"
    stated = kind_of_class(own_clause, s)
    if found and (stated or "").lower() != found.lower():
        return f"the claim names a kind of the class ({found!r}); the row does not"
    return None


@check("caveat", NO, NO_MATCH)
def narrower_aspect(s: Situation) -> Decision:
    """What: a supported claim about a narrower aspect of the object (`aspect_parent`: its production
    or release) than the row's (its amount).
    Why: "SSRIs increase serotonin production" is a myth (they block reuptake, so more of the serotonin
    already made stays in the synapse); the row that they raise its synaptic amount does not say how.
    Example: "Prozac makes the brain produce more serotonin." against F (ssri increases serotonin;
    aspect amount): the claim is about its production, the row about its amount. A row whose
    statement names the narrower aspect states it ("5-HTP ... can increase serotonin production").
    """
    obj = s.object_ref
    if s.outcome.outcome is not Verdict.SUPPORTED or not (obj.aspect and s.fact.aspect):
        return None
    said = obj.aspect[:6] in s.fact.statement.lower()  # "5-HTP ... can increase serotonin production"
    if obj.aspect != s.fact.aspect and TERMS.aspect_parents.get(obj.aspect) == s.fact.aspect and not said:
        return f"the claim is about the {obj.aspect} of {s.fact.object}, the row about its {s.fact.aspect}"
    return None


@check("caveat", NO, NO_MATCH)
def property_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug is of a class, which also gives it a property
    (`stated_property`: "a long-acting benzodiazepine"), against a row on the class only.
    Why: the property is the claim's news: "Xanax is a long-acting benzodiazepine" is wrong (its
    half-life is about half a day), and the row that alprazolam is a benzodiazepine does not back it.
    Example: "Lorazepam is a long-acting benzodiazepine." against F (lorazepam is_a benzodiazepine):
    the claim also says its elimination half-life; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "is_a" or s.fact.relation != "is_a":
        return None
    said = [r.id for r in s.claim.objects if r.id in TERMS.stated_properties and r.id != s.fact.object]
    if not said:
        return None
    return f"the claim also says its {s.kb.entities[said[0]].label.lower()}; the row does not"


@check("caveat", NO, NO_MATCH)
def timing_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug raises or lowers something within a time ("starts raising
    serotonin within hours": an `onset_property` among its objects), against a row that states the
    change but not when.
    Why: how soon is the claim's news; the row that SSRIs raise serotonin does not say it happens
    within hours, and the row on their onset times their benefit, not this (`onset_of_an_action`).
    Example: "Escitalopram starts raising serotonin levels within hours." against F (ssri increases
    serotonin; aspect amount): the claim also says how soon; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation not in ("increases", "decreases"):
        return None
    if s.fact.object in TERMS.onset_properties or not any(r.id in TERMS.onset_properties for r in s.claim.objects):
        return None
    return "the claim also says how soon; the row does not"


@check("caveat", NO, NO_MATCH)
def long_use_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug treats a condition long-term or beyond a length of time
    (a `duration_threshold` among its objects: "approved for the long-term treatment of GAD", "can be
    taken indefinitely for anxiety"), against a row of the use that says nothing of its length.
    Why: how long is the claim's news; the label's indication (for the acute treatment of GAD, for
    short-term relief) does not back years of use.
    Example: "Xanax is approved for the long-term treatment of generalized anxiety disorder." against
    F (alprazolam treats generalized_anxiety_disorder): the claim says long-term; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation not in ("treats", None):
        return None
    if s.fact.relation != "treats":
        return None
    said = [r.id for r in s.claim.objects if r.id in TERMS.duration_thresholds]
    if not said or s.fact.qualifier in said or s.fact.object in said:
        return None
    return "the claim says long-term; the row does not"


@check("caveat", NO, NO_MATCH)
def short_use_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug treats a condition for a short time (`short_use`:
    "approved for the short-term treatment of panic disorder", "for acute seizures"), against a row of
    the use that does not say so.
    Why: a time limit is the claim's news: the Klonopin label approves panic disorder and seizure
    disorders with no such limit, while the Ativan label does say "short-term relief" of anxiety.
    Example: "Klonopin is approved for the short-term treatment of panic disorder." against F
    (clonazepam treats panic_disorder): the claim says short-term; the row does not. A use (not an
    approval) of a drug whose class a row advises to use short-term is stated by that row.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "treats" or s.fact.relation != "treats":
        return None
    text = RESOLVED.sub("", s.claim.text)
    if s.claim.value != "short" or not TERMS.short_use.search(text):
        return None
    if TERMS.short_use.search(s.fact.statement):
        return None
    if not TERMS.approval.search(text) and _advised_short(s):
        return None  # "benzodiazepines are used for short-term treatment of insomnia": the guidance row states it
    return "the claim says short-term; the row does not"


def _advised_short(s: Situation) -> bool:
    """Whether a row advises short-term use of the claim's subject or its class (F: benzodiazepine
    recommends short_term_use): a use said to be short-term, not an approval, is what it states."""
    subjects = {r.id for r in s.claim.subjects}
    return any(
        f.relation == "recommends"
        and f.object in TERMS.use_limits
        and f.polarity == "affirmed"
        and not f.attribution
        and not f.is_myth
        and any(d == f.subject or s.kb.is_kind_of(d, f.subject) for d in subjects)
        for f in s.kb.facts
    )


@check("caveat", NO, NO_MATCH)
def as_needed_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug is taken as needed (`as_needed`: "as needed", "when
    needed", "on demand"), against a row that does not say so.
    Why: how a drug is taken is the claim's news, and the harmful way to be wrong: buspirone's row on
    relieving anxiety does not back taking it as needed (it must be taken daily).
    Example: "Buspirone can be taken as needed for sudden anxiety." against F (buspirone treats
    anxiety_disorder): the claim says as needed; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or not TERMS.as_needed.search(RESOLVED.sub("", s.claim.text)):
        return None
    return None if TERMS.as_needed.search(s.fact.statement) else "the claim says as needed; the row does not"


@check("caveat", NO, NO_MATCH)
def personal_account(s: Situation) -> Decision:
    """What: a supported claim told, in its own words, as the writer's own story (`first_person`:
    "my doctor prescribed", "it just makes me sleepy"; not "X can cause dry mouth, my doctor said",
    whose claim is the doctor's).
    Why: one person's case is not what the row states: "My doctor prescribed clonazepam for my
    restless legs" agrees with the row on its off-label use, but a green mark would say the
    table checked an anecdote.
    Example: "My doctor prescribed clonazepam for restless legs syndrome." against F (clonazepam
    treats restless_legs_syndrome): a personal account, which no row states.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or not TERMS.first_person.search(s.claim.text):
        return None
    return "a personal account, which no row states"


@check("override", NO, NO_MATCH)
def option_graded(s: Situation) -> Decision:
    """What: a supported claim calls a drug a better, safer or preferred option (`option_grade`: "a
    better option for acute symptoms", "a safer choice"), and the row's statement grades no option so.
    Why: the grade compares the drug with treatments the claim does not name, and is its news: the row
    that lorazepam's half-life is shorter does not say it is the better option for anyone (an override,
    so that a property row's support is weighed too).
    Example: "Ativan is a safer choice for older adults." against F (lorazepam treats anxiety): the
    claim calls it 'safer choice'; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    found = TERMS.option_grade.search(RESOLVED.sub("", s.claim.text))
    if found is None or TERMS.option_grade.search(s.fact.statement):
        return None
    return f"the claim calls it {found.group(0)!r}; the row does not"


@check("caveat", NO, NO_MATCH)
def graded_class(s: Situation) -> Decision:
    """What: a supported claim that a drug is of a class or has a status, which also grades its
    efficacy (`evaluative`: "a highly effective prescription medication", "a proven antidepressant").
    Why: the grade is the claim's news: the row that Effexor needs a prescription does not say it is
    highly effective. (How common or how potent a drug is, "a commonly prescribed benzodiazepine",
    is left alone: a fact of its own, not praise.)
    Example: "Paxil is an effective antidepressant." against F (paroxetine is_a antidepressant): the
    claim also says 'effective'; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "is_a" or s.fact.relation != "is_a":
        return None
    found = TERMS.evaluative.search(s.claim.text)
    if found is None or TERMS.evaluative.search(s.fact.statement) or s.claim.text[: found.start()].endswith("-"):
        return None  # "a cost-effective SSRI" speaks of its price
    return f"the claim also says {found.group(0)!r}; the row does not"


@check("caveat", NO, NO_MATCH)
def figure_beside_denial(s: Situation) -> Decision:
    """What: a claim that denies something said with a figure ("no additional benefit of citalopram
    at doses higher than 40 mg", "35% of adults don't get seven hours of sleep"), against a row that
    states the affirmation with no figure of that kind.
    Why: the denial may be of the figure (a dose above a limit, a share of people), not of the row's
    statement: citalopram treats depression, and at doses above 40 mg adds no benefit. A row without
    a number of that kind (its unit) cannot tell which.
    Example: "Citalopram gives no extra benefit for depression at doses above 40 mg." against F
    (citalopram treats depression): the denial carries a figure the row does not speak of.
    """
    if s.outcome.reason is not Reason.NEGATION_CONFLICT or s.claim.polarity != "negated" or s.claim.relation == "is_a":
        return None  # a class or status denied ("sold over the counter in 1 mg"): the figure is beside it
    if not any(q.unit != s.fact.unit for q in s.claim.quantities):
        return None  # no figure, or only figures of the row's own kind: the number checks decide
    return "the denial carries a figure the row does not speak of"


@check("caveat", NO, NO_MATCH)
def sole_use_denied(s: Situation) -> Decision:
    """What: a claim that denies a drug does something on its own (`sole_use`: "alone", "by itself",
    "as monotherapy"), against a row that states it does it.
    Why: "Clorazepate alone is not effective in treating seizures" denies it as the only treatment,
    which agrees with the label's add-on indication; the row affirms the use, not the use alone.
    Example: "Clorazepate alone is not effective for seizures." against F (clorazepate treats
    seizure): the claim denies its use alone ('alone'), which the row does not state.
    """
    if (
        s.outcome.reason is not Reason.NEGATION_CONFLICT
        or s.claim.polarity != "negated"
        or s.claim.relation != "treats"
    ):
        return None  # "an overdose of Xanax alone is never fatal": taken alone, a risk the row decides
    found = TERMS.sole_use.search(s.claim.text)
    return (
        f"the claim denies its use alone ({found.group(0).lower()!r}), which the row does not state" if found else None
    )


@check("caveat", NO, NO_MATCH)
def adjunct_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug treats something as an add-on to other treatment
    (`adjunct`: "adjunctive", "add-on", "in combination with"), against a row that states no such role.
    Why: the role is part of the indication: "Ativan is used as adjunctive therapy for certain
    seizures" is not the row that lorazepam injection treats status epilepticus (on its own).
    Example: "Ativan is an adjunctive treatment for seizures." against F (lorazepam treats
    status_epilepticus): the claim says 'adjunctive'; the row does not.
    """
    return _use_word_unstated(s, TERMS.adjunct, TERMS.adjunct)


@check("caveat", NO, NO_MATCH)
def graded_efficacy(s: Situation) -> Decision:
    """What: a supported claim that a drug treats something, graded by an intensifier on a word of
    efficacy ("very effective", "highly effective": `intensifier` + `evaluative`), against a row that
    does not grade it so.
    Why: "Restoril is very effective in treating insomnia": the label row says it is indicated for
    insomnia, not how well it works; the grade is the claim's news.
    Example: "Restoril is very effective for insomnia." against F (temazepam treats insomnia): the
    claim says 'very effective'; the row does not.
    """
    return _use_word_unstated(s, TERMS.intensified_efficacy, TERMS.intensifier)


@check("caveat", NO, NO_MATCH)
def safety_unstated(s: Situation) -> Decision:
    """What: a supported claim that a drug treats something, which also calls it safe (`safety_claim`:
    "safe", "safely", "harmless"), against a row whose statement says nothing of safety.
    Why: "Xanax is completely safe for treating anxiety" names the indication a label row states,
    and adds what no indication row says: a drug with a boxed warning is not backed as safe by the
    row that it treats anxiety.
    Example: "Hydroxyzine is a safe treatment for anxiety." against F (hydroxyzine treats anxiety):
    the claim says 'safe'; the row does not.
    """
    return _use_word_unstated(s, TERMS.safety_claim, TERMS.safety_claim)


def _use_word_unstated(s: Situation, said: re.Pattern[str], stated: re.Pattern[str]) -> Decision:
    """For a supported use ("treats"): the words of `said` in the claim, when the row's statement has
    none of `stated` (`adjunct_unstated`, `graded_efficacy`, `safety_unstated`)."""
    if s.outcome.outcome is not Verdict.SUPPORTED or s.claim.relation != "treats":
        return None
    found = said.search(s.claim.text)
    if found is None or stated.search(s.fact.statement):
        return None
    return f"the claim says {found.group(0)!r}; the row does not"


@check("caveat", NO, NO_MATCH)
def other_drug_compared(s: Situation) -> Decision:
    """What: a supported claim that sets its drug beside another drug it names (`comparing_word`:
    "fewer", "less", "similar"), against a row that names neither that drug nor a kind of it.
    Why: "Z-drugs work like benzodiazepines but with fewer side effects and risk of addiction" is a
    comparison; the row that Z-drugs can cause addiction states the risk, not that it is smaller.
    Example: "Z-drugs work like benzodiazepines, with fewer side effects and a lower risk of
    addiction." against F (z_drug causes addiction): the claim compares with benzodiazepine, which
    the row does not name.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED or not TERMS.comparing_word.search(RESOLVED.sub("", s.claim.text)):
        return None
    fact, kb = s.fact, s.kb
    rows = {fact.subject, fact.object, fact.qualifier, fact.scope}
    other = next(
        (
            r.id
            for r in s.claim.objects
            if kb.type_of(r.id) in ("drug", "drug_class")
            and not any(kb.related(r.id, e) for e in rows if e)
            and not named_in_statement(kb, fact, r.id)
        ),
        None,
    )
    return f"the claim compares with {other}, which the row does not name" if other else None


@check("override", NO, NO_MATCH)
def placed_among_others(s: Situation) -> Decision:
    """What: a supported claim that places its drug in a class with "other" (`other_joiner`: "like
    other benzodiazepines", "and other benzos") when the drug is not of that class.
    Why: "Buspirone, like other benzodiazepines, can cause drowsiness" says buspirone is a
    benzodiazepine, which it is not; a row on buspirone's drowsiness does not back the sentence.
    Example: "Buspirone, like other benzodiazepines, can cause drowsiness." against F (buspirone
    causes sedation): the claim places buspirone among the benzodiazepine, which it is not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    kb = s.kb
    for found in TERMS.among_others.finditer(RESOLVED.sub("", s.claim.text)):
        words = f" {found.group(1).lower()} "
        classes = [
            e
            for e in dict.fromkeys(s.claim.context + tuple(r.id for r in s.claim.objects))
            if kb.type_of(e) == "drug_class"
            and any(f" {a} " in words or words.startswith(f" {a}") for a in kb.entities[e].aliases)
        ]
        for cls in classes:
            outside = [r.id for r in s.claim.subjects if kb.type_of(r.id) == "drug" and not kb.is_kind_of(r.id, cls)]
            if outside:
                return f"the claim places {outside[0]} among the {cls}, which it is not"
    return None


@check("caveat", NO, NO_MATCH)
def dose_count_unstated(s: Situation) -> Decision:
    """What: a supported claim that says after how few doses something happens (`dose_count`: "after
    a single dose", "from the first pill"), against a row whose statement says no such thing.
    Why: "Ativan can make you dizzy from the first pill on" says more than the row that
    dizziness is a common adverse reaction: how soon, in doses, is the claim's news.
    Example: "Klonopin can cause tolerance after a single dose." against F (benzodiazepine causes
    tolerance): the claim says 'single dose'; the row does not.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    found = TERMS.dose_count.search(s.claim.text)
    if found is None or TERMS.dose_count.search(s.fact.statement):
        return None
    return f"the claim says {found.group(0).lower()!r}; the row does not"


@check("caveat", NO, NO_MATCH)
def property_as_cause(s: Situation) -> Decision:
    """What: a supported claim that a property of the drug (`causing_property`: its onset, its
    half-life) causes what the drug does, against a row that names no such property.
    Why: "Xanax's quick onset adds to its addiction potential" links two facts; the row that Xanax can
    cause addiction states one of them, not the link (`property_given_as_cause` asks the same of the
    property's own row).
    Example: "The fast onset of Xanax contributes to its risk of addiction." against F (alprazolam
    causes addiction): the claim says its onset of action causes this; the row does not.
    """
    claim, fact = s.claim, s.fact
    if s.outcome.outcome is not Verdict.SUPPORTED or claim.relation not in ("causes", "increases", "worsens"):
        return None
    causes = [r.id for r in claim.subjects if r.id in TERMS.causing_properties]
    if not causes or not TERMS.property_noun.search(RESOLVED.sub("", claim.text)):
        return None  # "short-acting benzos can cause dependence": which benzos, no cause
    named = {fact.subject, fact.object, fact.qualifier, fact.scope}
    unstated = [c for c in causes if c not in named and not named_in_statement(s.kb, fact, c)]
    if not unstated:
        return None
    return f"the claim says its {s.kb.entities[unstated[0]].label.lower()} causes this; the row does not"


def kind_of_class(text: str, s: Situation) -> str | None:
    """The `subclass` word right before the name of one of the claim's classes (or one word before
    it): "first-generation *antidepressant*", "an older, tricyclic *antidepressant*"."""
    return modifier_of_object(TERMS.subclass, text, s)


def modifier_of_object(pattern: re.Pattern[str], text: str, s: Situation) -> str | None:
    """The first match of `pattern` in `text` that modifies one of the claim's objects: the object's
    name is the next word or the one after."""
    return next((m.group(0) for m in pattern.finditer(text) if names_object_next(text[m.end() :], s)), None)


def names_object_next(after: str, s: Situation) -> bool:
    """Whether `after` begins, at its first or second word, with a name of one of the claim's objects."""
    names = [a for r in s.claim.objects if r.id in s.kb.entities for a in s.kb.entities[r.id].aliases]
    words = after.lower().replace(",", " ").split()
    starts = (" ".join(words[:4]), " ".join(words[1:5]))
    return any(start.startswith(a) for start in starts for a in names)


@check("caveat", NO, NO_MATCH)
def risk_level_caveat(s: Situation) -> Decision:
    """What: a claim that a risk is low ("a low risk of dependence", "minimal abuse potential"), backed
    by a row that states the risk without a grade, or refuted by a row that denies the effect or a
    myth that asserts it.
    Why: the low grade is the claim's news, and the harmful way to be wrong: "Clonazepam carries a low
    risk of dependence" is not backed by the correction that benzodiazepines do cause dependence, nor
    "very low risk of addiction" by one that pregabalin is misused. And "buspirone has a low risk of
    dependence" says less than the label (no dependence), and "SSRIs carry little risk of addiction"
    is not the myth that they are addictive: neither is red. A high grade
    restates a risk row ("a high potential for abuse"), so it is left to the other checks.
    Example: "Clonazepam carries a low risk of dependence." against F (benzodiazepine causes
    dependence): the claim grades the risk ('low'); the row grades none.
    """
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.risk_low.search(text)
    lower = TERMS.risk_lower.search(text)  # "a lower risk": refuted by neither, but may be backed
    if (found or lower) is None or s.claim.relation not in ("causes", None):
        return None
    if found is None and lower is not None and s.outcome.outcome is Verdict.CONTRADICTED:
        return f"a {lower.group(1).lower()} risk is neither the risk a myth overstates nor one a row denies"
    if found is None:
        return None
    grade = found.group(1).lower()
    # `low_risk_of_denied`: an affirmed low risk of what the row denies says less than the row
    denied = s.fact.polarity == "negated" and not s.fact.is_myth and s.claim.polarity == "affirmed"
    if (
        s.outcome.outcome is Verdict.SUPPORTED
        and not denied
        and (s.fact.is_myth or not TERMS.risk_low.search(s.fact.statement))
    ):
        return f"the claim grades the risk ({grade!r}); the row grades none"
    if s.outcome.outcome is Verdict.CONTRADICTED:
        return f"a {grade} risk is neither the risk a myth overstates nor one a row denies"
    return None


@check("caveat", NO, NO_MATCH)
def high_grade_denial(s: Situation) -> Decision:
    """What: a claim that denies a high grade of an effect ("not highly addictive", "isn't very
    dangerous"), refuted by a row or myth on the effect itself.
    Why: denying the grade grants the effect: "Pregabalin is not considered a very highly addictive
    medication" is not the myth that pregabalin cannot cause addiction, and a red mark on it would be
    wrong. Whether the grade is right, a row must say.
    Example: "Pregabalin is not considered highly addictive." against M (pregabalin causes addiction,
    negated): the claim denies only a high grade ('highly').
    """
    if s.claim.polarity != "negated" or s.outcome.outcome is not Verdict.CONTRADICTED:
        return None
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.high_grade_denied.search(text)
    # the grade must grade the effect ("highly addictive"), not a word elsewhere ("at very high doses")
    if found is None or s.claim.relation not in ("causes", None) or not names_object_next(text[found.end() :], s):
        return None
    return f"the claim denies only a high grade ({found.group(0).split()[-1].lower()!r}), not the effect"


@check("caveat", NO, NO_MATCH)
def hedged_denied_use(s: Situation) -> Decision:
    """What: a claim that a drug may not help a condition ("might not relieve your depression", "may
    not work for everyone's anxiety"), refuted by a row that the drug treats it.
    Why: a use is not a promise for every patient. "Escitalopram might not relieve your depression"
    is true of any antidepressant and leaves the approval standing; only a flat denial ("does not
    treat depression") goes against the row.
    Example: "Sertraline may not relieve your depression." against F (sertraline treats depression):
    the denial is hedged ('may').
    """
    claim = s.claim
    if claim.polarity != "negated" or claim.modality != "hedged" or claim.relation != "treats":
        return None
    if s.outcome.outcome is not Verdict.CONTRADICTED or s.fact.is_myth or s.fact.polarity != "affirmed":
        return None
    return "the claim only says the drug may not help; the row says it treats the condition"


def compared_effect(text: str, s: Situation) -> str | None:
    """The degree word that grades one of the claim's effects, right before its name or one word
    before it ("less drowsiness", "fewer serious side effects"); a degree elsewhere ("at higher
    doses") does not grade the effect."""
    return modifier_of_object(TERMS.degree, text, s)


@check("caveat", NO, NO_MATCH)
def direction_word_caveat(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim with a direction word (worse, improves).
    Why: "Exercise makes anxiety worse": the entities agree, but whether the claim is right depends
    on the direction, which was not understood.
    Example: "Exercise makes anxiety worse." against F (exercise decreases anxiety): the claim states a
    direction (better, worse) that was not understood.
    """
    if s.outcome.reason is Reason.ENTITY_MATCH and TERMS.direction_words.search(s.claim.text):
        return "the claim states a direction (better, worse) that was not understood"
    return None


@check("caveat", NO, NO_MATCH)
def comparison_unstated(s: Situation) -> Decision:
    """What: a claim that a drug does something more or less often than another ("is more likely to
    cause sedation", `likelier`), or as much as another ("as addictive as heroin", an "as ... as"
    that is no idiom, `as_as_idiom`), backed by a row on the drug alone.
    Why: "Xanax is more likely to induce sedation" ranks Xanax against another drug; the drowsiness
    row says Xanax causes it, not that it does so more than anything. A comparison needs a row that
    compares (a qualifier naming the other side, or a comparative value), as `comparison_needs_both`
    asks of properties.
    Example: "Valium is more likely to cause drowsiness." against F (diazepam causes sedation): the
    claim compares ('more likely'); the row does not.
    """
    found = TERMS.likelier.search(s.claim.text)
    equal = TERMS.equal_comparison.search(s.claim.text)
    if (found is None and equal is None) or s.outcome.outcome is not Verdict.SUPPORTED:
        return None  # "tolerance, where higher doses are needed": a dose, not a comparison of drugs
    if s.fact.value in TERMS.comparative or TERMS.equal_comparison.search(s.fact.statement):
        return None  # a row that compares
    if found is not None and (s.fact.qualifier or s.claim.relation not in ("causes", "treats")):
        return None  # "neurons become less likely to fire": the effect itself, not a ranking of drugs
    said = found or equal
    return f"the claim compares ({said.group(0).lower()!r}); the row speaks of one drug alone" if said else None


@check("override", NO, NO_MATCH)
def member_name_unstated(s: Situation) -> Decision:
    """What: a supported claim that names one member of a property the entity table lumps together
    (`member_name`: "norfluoxetine", "desvenlafaxine" are both an active metabolite), backed by a row
    whose statement does not name it.
    Why: "Prozac's active metabolite is desvenlafaxine" agrees with the row that fluoxetine has an
    active metabolite, but names the wrong one; only a row that names the member states the claim.
    Example: "Sertraline's active metabolite is norfluoxetine." against F (sertraline has_property
    active_metabolite; statement: its metabolite desmethylsertraline): the row does not name
    'norfluoxetine'.
    """
    if s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    named = {m.group(0).lower() for m in TERMS.member_name.finditer(s.claim.text)}
    statement = s.fact.statement.lower()
    # "N-desmethyldiazepam" is "desmethyldiazepam" with its locant
    if not named or any(n in statement or re.sub(r"^[a-z]-", "", n) in statement for n in named):
        return None
    return f"the row does not name {', '.join(repr(n) for n in sorted(named))}"


@check("caveat", NO, NO_MATCH)
def strengthened_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim with a strengthening word
    ("directly", "only", "cures", "permanently").
    Why: "Xanax directly activates GABA receptors" shares its entities with the binding row, but says
    more than any row: a strengthening word must be matched by a row, and agreeing entities match none.
    Example: "Valium cures anxiety." against F (diazepam treats anxiety_disorder): the claim says
    'cures', which agreeing entities do not state.
    """
    found = TERMS.strengthening.search(s.claim.text) if s.outcome.reason is Reason.ENTITY_MATCH else None
    return f"the claim says {found.group(0)!r}, which agreeing entities do not state" if found else None


@check("caveat", NO, NO_MATCH)
def dosing_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim that says how often the drug is
    taken (`dosing_word`: "three times a day", "once daily", "once a week").
    Why: "For epilepsy, gabapentin is taken once a week" names the row's drug and condition, but how
    often it is taken is the claim's news, and no row of a use states it.
    Example: "For seizures, gabapentin is taken once a week." against F (gabapentin treats seizure):
    the claim says how often it is taken, which agreeing entities do not state.
    """
    if s.outcome.reason is not Reason.ENTITY_MATCH or not TERMS.dosing_word.search(RESOLVED.sub("", s.claim.text)):
        return None
    return "the claim says how often it is taken, which agreeing entities do not state"


@check("caveat", NO, NO_MATCH)
def graded_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim that grades what it names (its
    value: low, short, fast; a high grade restates a risk, as `risk_level_caveat` says; or a
    `grade_word`: "mild", "severe") while the row gives no such grade, or another.
    Why: "The potential for abuse of Xanax is rather low" names what the abuse row names and grades
    it; the row says there is a risk, not how low it is, so agreeing entities do not back the grade.
    Example: "The abuse potential of Xanax is low." against F (alprazolam causes misuse): the claim
    grades it 'low', which the row does not state.
    """
    if s.outcome.reason is not Reason.ENTITY_MATCH:
        return None
    value = s.claim.value
    said = value and re.search(rf"\b{re.escape(value)}\b", s.fact.statement.lower())  # "short-term relief"
    if value and value != s.fact.value and value not in HIGH_GRADES and not said:
        return f"the claim grades it {value!r}, which the row does not state"
    word = TERMS.grade_word.search(RESOLVED.sub("", s.claim.text))
    if word and not re.search(rf"\b{re.escape(word.group(0).lower())}\b", s.fact.statement.lower()):
        return f"the claim grades it {word.group(0).lower()!r}, which the row does not state"
    return None


HIGH_GRADES = frozenset({"high", "higher"})  # "a high potential for abuse" restates a risk row (`risk_level_caveat`)


@check("caveat", NO, NO_MATCH)
def unframed_verb_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim whose clause has a verb that is not
    neutral (`neutral_verb`): "balance", "contribute", "carry".
    Why: "Xanax works by balancing the chemicals in the brain" names what the GABA rows name, and says
    something of them no row states; agreeing entities are not evidence of what the verb says.
    Example: "Zoloft works by balancing serotonin." against F (sertraline decreases serotonin; aspect
    reuptake): the claim says 'balance', which agreeing entities do not state.
    """
    if s.outcome.reason is not Reason.ENTITY_MATCH:
        return None
    verb = next((v for v in s.claim.verbs if v not in TERMS.neutral_verbs), None)
    return f"the claim says {verb!r}, which agreeing entities do not state" if verb else None


@check("caveat", NO, NO_MATCH)
def fragment_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim whose own words open with an
    infinitive of purpose, a relative pronoun or a preposition left from a clause (`fragment_opener`:
    "to feel euphoric", "who has addiction", "with conditions like panic disorder").
    Why: a purpose ("people misuse Klonopin *to feel euphoric*") or a description of someone ("never
    share it with someone *who has addiction*") asserts nothing of the drug; the misuse or the
    withdrawal row it met backs no statement the sentence makes.
    Example: "[Klonopin] to feel euphoric" against F (benzodiazepine causes misuse): the clause
    opens with 'to', a purpose, not a statement.
    """
    if s.outcome.reason is not Reason.ENTITY_MATCH:
        return None
    found = TERMS.fragment_opener.match(RESOLVED.sub("", s.claim.text))
    return (
        f"the clause opens with {found.group(0).lower()!r}, a purpose or a description, not a statement"
        if found
        else None
    )


@check("caveat", NO, NO_MATCH)
def referred_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) in a claim whose own words name none of its
    entities: all of them were carried over from earlier sentences ("[Xanax and breathing] These
    effects could last several days").
    Why: the agreement is between the row and what the reader resolved, not anything the sentence
    says; a vague sentence ("It's not known", "these medications take time") was shown as backed.
    Example: "These effects could last several days." with the subjects alprazolam and breathing
    carried over, against F (alprazolam decreases breathing): the sentence names none of them.
    """
    if s.outcome.reason is not Reason.ENTITY_MATCH:
        return None
    text = f" {RESOLVED.sub('', s.claim.text).lower()} "
    refs = [r.id for r in (*s.claim.subjects, *s.claim.objects) if r.id in s.kb.entities]
    if any(re.search(rf"\b{re.escape(a)}", text) for e in refs for a in s.kb.entities[e].aliases):
        return None
    return "the sentence names none of the entities it was matched on; they were carried over"


@check("caveat", NO, NO_MATCH)
def context_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) with a row whose object is not among the
    claim's own subjects and objects, or only among those carried over from elsewhere: it is named
    only in another clause of the sentence.
    Why: "Benzodiazepines are used short-term or as needed for panic attacks": the clause "as needed
    for panic attacks" names no short-term use; the row on short-term use was matched on a word of
    the clause before, which already has its own finding.
    Example: "[Benzodiazepines] as needed for panic attacks" (context: short-term use) against F
    (benzodiazepine recommends short_term_use): the row's short_term_use is named elsewhere. A row
    whose statement names the claim's object speaks of it ("taper rather than stopping abruptly"). A
    row object only carried over into the claim ("[central nervous system and benzodiazepines] make
    it difficult to sleep") is named elsewhere too.
    """
    fact = s.fact
    if s.outcome.reason is not Reason.ENTITY_MATCH or not fact.object:
        return None
    own = [
        r.id for r in (*s.claim.subjects, *s.claim.objects) if r.id == fact.object or s.kb.is_kind_of(r.id, fact.object)
    ]
    if own and not RESOLVED.match(s.claim.text):
        return None
    if own and any(named_in_text(s.kb, e, RESOLVED.sub("", s.claim.text)) for e in own):
        return None  # carried over into "[X and Y] ...", it must be named in the claim's own words too
    if any(named_in_statement(s.kb, fact, r.id) for r in s.claim.objects):
        return None  # "rather than stopped suddenly" against "taper rather than stopping abruptly"
    return f"the row's {fact.object} is named elsewhere in the sentence, not in this claim"


@check("caveat", NO, NO_MATCH)
def form_row_entity_match(s: Situation) -> Decision:
    """What: an entity-only agreement (no relation read) with a row that only says a dosage form
    exists.
    Why: "Diazepam rectal gel should be kept in the freezer" names the drug and the form of the row
    "diazepam is available as a rectal gel", and says something else of them.
    Example: "Diazepam rectal gel should be kept in the freezer." against F (diazepam is_a
    rectal_gel; topic formulations): the row only says the form exists.
    """
    if s.outcome.reason is Reason.ENTITY_MATCH and s.fact.topic in TERMS.form_topics:
        return "the row only says the form exists"
    return None


FIELD_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z '/()-]{0,40}?\s*:\s*\S")  # "Drug class: ..." (extract.fields)


@check("override", NO, NO_MATCH)
def full_effect_unstated(s: Situation) -> Decision:
    """What: a claim on how long a drug takes to show its full effect (`full_effect`: "its full
    effect", "a full benefit", "the full impact"), against an onset row whose statement says nothing
    of the full effect.
    Why: "Klonopin calms within the hour, though weeks may pass before its full benefit is felt"
    speaks of the full effect; the row that benzodiazepines relieve anxiety within hours times their
    onset, and decides neither way how long the full effect takes.
    Example: "Klonopin may need several weeks to reach its full benefit." against F (benzodiazepine
    has_property onset; value fast): the claim is about the full effect ('full benefit'); the row
    times the onset.
    """
    found = TERMS.full_effect.search(s.claim.text)
    if found is None or s.fact.object not in TERMS.onset_properties or TERMS.full_effect.search(s.fact.statement):
        return None
    return f"the claim is about the full effect ({found.group(0).lower()!r}); the row times the onset"


@check("override", NO, NO_MATCH)
def unnamed_subject_conflict(s: Situation) -> Decision:
    """What: a claim contradicted by a fact row (not a myth, which is wrong whoever it is said of),
    whose sentence neither names any of its drugs (by any of their names) nor refers to one
    (`referring`: "it", "this medication", "these drugs"), and is no field line under a heading
    ("Classification: ..."): the subject was taken from the page around the sentence.
    Why: "Initial dose is 7.5 mg twice daily" in a table that compares two drugs is about whichever
    column it sits in, and the page's last-named drug may be the other one. A red mark needs the drug
    the sentence speaks of to be certain; the claim is reported unsupported instead.
    Example: "Belongs to the SSRI class." (subject alprazolam, from the page) against F (alprazolam
    is_a ssri, negated): the sentence names none of the claim's drugs.
    """
    drugs = [r.id for r in s.claim.subjects if s.kb.type_of(r.id) in ("drug", "drug_class")]
    if s.outcome.outcome is not Verdict.CONTRADICTED or not drugs or s.fact.is_myth:
        return None  # a myth is wrong whoever it is said of ("boosting GABA eases tension")
    sentence = s.claim.sentence or s.claim.text
    if FIELD_LINE.match(sentence):
        return None  # "Classification: antidepressant" under a heading that names the drug
    if TERMS.referring.search(sentence) or any(named_in_text(s.kb, d, sentence) for d in drugs):
        return None
    return "the sentence names none of the claim's drugs"


@check("override", NO, NO_MATCH)
def reported_belief(s: Situation) -> Decision:
    """What: a contradicted claim the page reports as a belief or theory of others ("Some theories
    suggest that X", "some people think that X", "it was once thought that X": attribution
    `reported_belief`), not as its own.
    Why: the page says that the theory exists, which is true; it does not assert X. "Studies show X"
    and "experts believe X" stay the page's claims.
    Example: "Some theories suggest that depression is caused by low serotonin." against M (the
    low-serotonin explanation of depression): the page reports this as a belief or theory.
    """
    if s.claim.attribution in TERMS.reported_beliefs and s.outcome.outcome is Verdict.CONTRADICTED:
        return "the page reports this as a belief or theory, not as its own claim"
    return None


@check("override", NO, NO_MATCH)
def misattributed_unsupported(s: Situation) -> Decision:
    """What: the claim names another authority than the row's, and the statement is not supported.
    Why: the row speaks only for its own authority; so does an approval said of another country, even
    where the row agrees ("in the UK, X is not approved for Y" against the FDA's row).
    Example: "The FDA says sertraline does not treat depression." against F (sertraline treats depression;
    attribution uk_guidance): only applies to what uk_guidance says.
    """
    if s.misattributed and (s.outcome.outcome is not Verdict.SUPPORTED or approval_abroad(s.claim)):
        return f"only applies to what {s.fact.attribution} says"
    return None


@check("override", Verdict.CONTRADICTED, Reason.ATTRIBUTION_CONFLICT)
def misattributed(s: Situation) -> Decision:
    """What: the statement is right, the authority is not.
    Why: "the manufacturer says" what only a guideline says misreports the source.
    An approval said of another country ("in the UK, X is not approved for Y") is that country's, which
    the US label neither backs nor refutes.
    Example: "The FDA says sertraline treats depression." against F (sertraline treats depression; attribution
    uk_guidance): uk_guidance says this, not fda.
    """
    if s.misattributed and not approval_abroad(s.claim):  # "In the UK, X is not approved for Y"
        return f"{s.fact.attribution} says this, not {s.claim.attribution}"
    return None


@check("override", Verdict.CONTRADICTED, Reason.CLASS_CONFLICT)
def not_of_its_own_class(s: Situation) -> Decision:
    """What: an is_a claim calls its subject a thing of another class than one the table gives it
    ("a non-benzodiazepine sedative" said of a benzodiazepine).
    Why: "Xanax is a non-benzodiazepine sedative" is right that Xanax is a sedative and wrong in what
    matters: the table says alprazolam is a benzodiazepine.
    Example: "Xanax is a non-benzodiazepine sedative." against F (alprazolam is_a sedative_hypnotic):
    alprazolam is a benzodiazepine.
    """
    claim = s.claim
    if claim.relation != "is_a" or claim.polarity != "affirmed" or s.outcome.outcome is not Verdict.SUPPORTED:
        return None
    for subject in claim.subjects:
        for other in claim.other_classes:
            if any(o.id == other or s.kb.is_kind_of(o.id, other) for o in claim.objects):
                continue  # "unlike non-benzodiazepine sleep aids, Xanax is a benzodiazepine"
            if s.kb.is_kind_of(subject.id, other):
                return f"{subject.id} is a {other}"
    return None


@check("override", Verdict.CONTRADICTED, Reason.CLASS_CONFLICT)
def wrong_class(s: Situation) -> Decision:
    """What: an affirmed is_a claim contradicted by an is_a row.
    Why: the error is the class: "Buspirone is a benzodiazepine" names the wrong one.
    Example: "Buspirone is a benzodiazepine." against F (buspirone is_a benzodiazepine; negated): benzodiazepine
    is the wrong class.
    """
    if s.fact.relation == "is_a" and s.outcome.outcome is Verdict.CONTRADICTED and s.claim.polarity == "affirmed":
        return f"{claim_class(s.claim)} is the wrong class"
    return None


def claim_class(claim: Claim) -> str:
    """The class an is_a claim names (its first object)."""
    return claim.objects[0].id if claim.objects else "?"


@check("caveat", NO, NO_MATCH)
def list_member_unread(s: Situation) -> Decision:
    """What: a supported claim lists another object the table does not know beside the row's.
    Why: "Xanax is prescribed for panic disorder and hypersomnia" is not backed by the panic disorder
    row: the tool could not read the other member, so the row does not state the whole list.
    Example: "Diazepam treats anxiety and restless legs." against F (diazepam treats anxiety_disorder):
    the claim also names 'restless legs', which no row speaks of. A member the row's statement names
    is spoken of ("anxiety and tension" against a row on "anxiety and tension associated with ...").
    """
    if s.claim.relation == "is_a":
        return None
    unsaid = unsaid_words(s)  # none: "approved for anxiety and tension" names the row's own words
    return f"the claim also names {', '.join(repr(w) for w in unsaid)}, which no row speaks of" if unsaid else None


def unsaid_words(s: Situation) -> list[str]:
    """The words of a supported claim the tool could not read (`Claim.unread`) that the row's
    statement does not say."""
    if s.outcome.outcome is not Verdict.SUPPORTED or not s.claim.unread:
        return []
    statement = spaced_words(s.fact.statement)
    return [w for w in s.claim.unread if spaced_words(w) not in statement]


@check("override", NO, NO_MATCH)
def property_words_unread(s: Situation) -> Decision:
    """What: a claim backed by a row giving a property's value that also says something the tool
    could not read (`Claim.unread`): how much the property changes ("rises by about an hour").
    Why: "the half-life of Valium increases by about one hour for every year of age" names the
    half-life row's property, and the row gives its value, not how it changes with age; a property
    row's outcome passes no caveat (`list_member_unread` is one), so this asks it here.
    Example: "The half-life of Valium increases by about one hour a year." against F (diazepam
    has_property half_life; 20-48 hours): the claim also says 'by about one hour'.
    """
    if s.fact.relation != "has_property":
        return None
    unsaid = unsaid_words(s)
    return f"the claim also says {', '.join(repr(w) for w in unsaid)}, which the row does not" if unsaid else None
