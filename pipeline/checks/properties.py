"""Stage "property": what a has_property row (a half-life, an onset, a dose range) makes of a claim.

Asked, in registry order, of the property rows that passed the "applies" stage; the last check
always decides.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load_lexicon
from ..quantities import convert
from ..types import Claim, Fact, Reason, Verdict
from .base import (
    RESOLVED,
    Decision,
    Situation,
    base,
    check,
    daily,
    fits,
    named_in_statement,
    opposite,
    range_note,
)
from .revisions import form_rows, unchecked_numbers, unstated_populations
from .scopes import another_row_allows, applicable
from .terms import TERMS

STAGE = "property"
NO, NO_MATCH = Verdict.UNSUPPORTED, Reason.NO_MATCHING_FACT
YES, NOT = Verdict.SUPPORTED, Verdict.CONTRADICTED


def _myth_restated_as_written(s: Situation) -> bool:
    """A property myth is restated only with its own value, or with no value on either side."""
    claim, fact = s.claim, s.fact
    if claim.quantities:
        return False
    if fact.value and claim.value:
        return base(claim.value) == base(fact.value)
    return not fact.value and not claim.value


@check(STAGE, NOT, Reason.MYTH_MATCH)
def property_myth_restated(s: Situation) -> Decision:
    """What: the claim gives a property the value a myth row gives it, with the myth's polarity.
    Why: "Clonazepam is short-acting" restates the myth that it is.
    Example: "Clonazepam is short-acting." against M (clonazepam has_property half_life; value short): restates
    a known myth.
    """
    if s.fact.is_myth and _myth_restated_as_written(s) and s.same_polarity:
        return "restates a known myth"
    return None


@check(STAGE, YES, Reason.MYTH_NEGATED)
def property_myth_denied(s: Situation) -> Decision:
    """What: the claim denies a property myth in the myth's own terms.
    Why: "Clonazepam is not short-acting" is right.
    Example: "Clonazepam is not short-acting." against M (clonazepam has_property half_life; value short):
    denies a known myth.
    """
    if s.fact.is_myth and _myth_restated_as_written(s):
        return "denies a known myth"
    return None


@check(STAGE, NO, NO_MATCH)
def property_myth_other(s: Situation) -> Decision:
    """What: a property myth the claim neither restates nor denies in its terms (another value, numbers).
    Why: "Clonazepam's half-life is 30-40 hours" is not the myth "its half-life is short".
    Example: "Clonazepam is long-acting." against M (clonazepam has_property half_life; value short): not the
    myth's claim.
    """
    return "not the myth's claim" if s.fact.is_myth else None


@check(STAGE, NO, NO_MATCH)
def strength_form_unstated(s: Situation) -> Decision:
    """What: a claim of a drug's strengths (a `whole_list` property) that names a dosage form (the
    object of a formulation row: capsules, extended-release tablets) the row's statement does not name.
    Why: strengths belong to a form, and a closed list decides only the form it lists: "Clorazepate
    capsules are made in 3.75 mg and 7.5 mg" gives the tablets' figures to capsules, and "clorazepate
    slow-release tablets are made at 11.25 mg or 22.5 mg" gives another form's figures, which the
    tablets' list neither backs nor refutes.
    Example: "Clorazepate extended-release tablets come in 11.25 mg and 22.5 mg." against F
    (clorazepate has_property tablet_strength; 3.75, 7.5, 15 mg tablets): the claim is about
    extended_release_tablet, which the row does not list.
    """
    if s.fact.object not in TERMS.whole_list:
        return None
    forms = {f.object for f in form_rows(s.kb)}
    named = [r.id for r in (*s.claim.subjects, *s.claim.objects) if r.id in forms]
    other = next((e for e in named if not named_in_statement(s.kb, s.fact, e) and not _form_noun_in(s.fact, e)), None)
    return f"the claim is about {other}, which the row does not list" if other else None


def _form_noun_in(fact: Fact, form: str) -> bool:
    """Whether the row's statement names a one-word form by its noun ("Xanax *tablets* come in ...")."""
    words = set(re.findall(r"[a-z]+", fact.statement.lower()))
    return "_" not in form and bool({form, form + "s"} & words)


@check(STAGE, NO, NO_MATCH)
def owner_unstated(s: Situation) -> Decision:
    """What: a claim gives a property of something a drug turns into (`property_owner`: its active
    metabolite: "the active metabolite of lorazepam has a half-life of 18 hours"), against a row of
    the drug's own property (the row's qualifier is not that owner).
    Why: the drug's half-life is not its metabolite's; only a row on the metabolite decides it (the
    diazepam row on desmethyldiazepam's half-life does). The owner must be what the claim is about
    (its first subject): "X and its active metabolites have long half-lives" is also said of X.
    Example: "The active metabolite of lorazepam has a half-life of 18 hours." against F (lorazepam
    has_property half_life, 10-20 hours): the row gives lorazepam's own property, not its active_metabolite's.
    """
    first = s.claim.subjects[0].id if s.claim.subjects else None  # "the metabolite of X", not "X and its metabolites"
    if first not in TERMS.property_owners or first in (s.fact.qualifier, s.fact.object):
        return None
    return f"the row gives {s.fact.subject}'s own property, not its {first}'s"


@check(STAGE, NO, NO_MATCH)
def figure_denied(s: Situation) -> Decision:
    """What: a claim that denies a figure ("Xanax does not have a half-life of 2 hours", "its
    half-life is not 11 hours") against a row that gives the property's figures.
    Why: the row's numbers are what the property is, and a denial of one figure is neither the row
    nor its opposite: the denied figure outside the row's range is not a wrong claim (the red mark it
    used to get), and one inside it is not backed by the row (it denies it). Left unsupported.
    Example: "Xanax does not have a half-life of 2 hours." against F (alprazolam has_property
    half_life; 6.3-26.9 hours): the claim denies a figure; the row gives figures.
    """
    fact = s.fact
    if s.claim.polarity != "negated" or not s.claim.quantities or fact.polarity != "affirmed" or fact.is_myth:
        return None
    if fact.qty_min is None and fact.qty_max is None:
        return None
    return "the claim denies a figure; the row gives figures"


@check(STAGE, NO, NO_MATCH)
def property_named_elsewhere(s: Situation) -> Decision:
    """What: the claim's number conflicts with the row, but the claim names the row's property only in
    the sentences around it, not itself.
    Why: in "The maximum is 20 mg. An initial dose should not exceed 1.5 mg a day", the second
    sentence's figure is not a maximum; the paragraph's subject is no ground for a contradiction.
    Example: "An initial dose should not exceed 1.5 mg a day." (maximum_dose named by the sentence before)
    against F (clonazepam has_property maximum_dose; qty_type maximum; 20 mg_per_day): the claim does not
    name maximum_dose itself.
    """
    claim, fact = s.claim, s.fact
    if s.quantity is False and not any(r.id == fact.object for r in claim.subjects + claim.objects):
        return f"the claim does not name {fact.object} itself"
    return None


@check(STAGE, NO, NO_MATCH)
def property_other_row_allows(s: Situation) -> Decision:
    """What: the claim's number conflicts with this typed row, but another applicable row of the same
    property (another indication, population, formulation, or the literature's range) agrees with it.
    Why: a claim is contradicted only when every row it could mean conflicts: "Ambien's maximum is
    12.5 mg" is wrong for the immediate-release tablet and right for the extended-release one.
    Example: "Klonopin's maximum dose is 20 mg a day." against F (clonazepam has_property maximum_dose;
    qty_type maximum; scope panic_disorder; 4 mg_per_day), beside the seizure row's 20: F-0162 (seizure)
    allows the claim's number.
    """
    return another_row_allows(s)


@check(STAGE, NO, NO_MATCH)
def shorter_course(s: Situation) -> Decision:
    """What: the claim's course of use is shorter than the threshold of a row on use beyond a length
    of time (`duration_threshold`: long-term use, "more than 4 months").
    Why: "Doctors most often prescribe hydroxyzine for anxiety for one month or less" is out of the
    row's figure only because it is below it: the row speaks of longer use.
    Example: "Hydroxyzine is prescribed for one month or less." against F (hydroxyzine has_property
    long_term_use; 4 months): a shorter course than the row's.
    """
    fact = s.fact
    if s.quantity is not False or fact.object not in TERMS.duration_thresholds or fact.qty_min is None:
        return None
    if any(q.comparator in (">", ">=") for q in s.claim.quantities):
        return None  # "beyond 2 months": a threshold of its own, which the row's decides
    highs = [convert(q.high, q.unit, fact.unit) for q in s.claim.quantities]
    if highs and all(h is not None and h < fact.qty_min for h in highs):
        return "a course shorter than the row's threshold"
    return None


NEAR = 0.25  # how far beyond a range row's bounds a figure is still too close to call


CLEARING_HALF_LIVES = 3  # after three half-lives seven eighths of a dose is gone: no drug clears sooner


def clearance_claim(s: Situation) -> bool:
    """Whether the claim gives in figures how long a drug stays in the body (no word "half"), met by
    a half-life row with figures (`clearance_property`)."""
    fact = s.fact
    if fact.object not in TERMS.clearance_properties or not s.claim.quantities:
        return False
    if fact.qty_min is None and fact.qty_max is None:  # "up to 100 hours" is a figure too
        return False
    text = BASED_ON_HALF_LIFE.sub("", RESOLVED.sub("", s.claim.text))  # "Based on its half-life, X stays ..."
    return not re.search(r"\bhalf|\b50 ?(?:%|percent)", text, re.I)  # "50% of a dose"


# the half-life given as the reason for a time the claim gives ("Based on its half-life, Ativan can stay in
# the body for several days"): the figure is the time to clear the drug, not the half-life
BASED_ON_HALF_LIFE = re.compile(
    r"(?:\b(?:based on|because of|due to|given|owing to)|^\W*of)"
    r"\s+(?:its|the|their|this|a)\s+(?:\w+\s+)?half[- ]?li[fv]es?\b",
    re.I,
)


def leaves_the_body(s: Situation) -> bool:
    """Whether the claim says the drug leaves the body (`clearance_cue`: "out of your system",
    "eliminated"), itself or in the infinitive right after it ("can take up to 11 hours *to leave your
    system*", "takes 2 days *for Klonopin to leave your system*"), not how long it acts or lasts."""
    if not clearance_claim(s):
        return False
    text = RESOLVED.sub("", s.claim.text)
    if TERMS.clearance_cue.search(text):
        return True
    at = s.claim.sentence.find(text)
    after = s.claim.sentence[at + len(text) :] if at >= 0 else ""
    infinitive = re.match(r"\s+(?:for\s+\S+(?:\s+\S+)?\s+)?to\b", after)
    return infinitive is not None and bool(TERMS.clearance_cue.search(after[: infinitive.end() + 40]))


@check(STAGE, NOT, Reason.QUANTITY_OUT_OF_RANGE)
def clearance_too_soon(s: Situation) -> Decision:
    """What: a claim of how long a drug takes to leave the body (`clearance_cue`, no word "half")
    shorter than three of its shortest half-life, in every half-life row that applies
    (`clearance_property`).
    Why: a drug leaves the body over several half-lives (about four or five before it is practically
    gone): "Xanax leaves your system fully within 11 hours" is refuted by a half-life of 6.3 to 26.9
    hours, even for the fastest; a longer time is left to `clearance_time`.
    Example: "Xanax can take up to 11 hours to leave your system." against F (alprazolam has_property
    half_life; 6.3-26.9 hours): too soon for a half-life of at least 6.3 hours.
    """
    if not leaves_the_body(s) or s.subj is None or TERMS.partial_clearance.search(s.claim.sentence or s.claim.text):
        return None  # "mostly eliminated within 2 days", "begins to leave": not all of it
    fact = s.fact
    rows = applicable(s.claim, s.subj.id, fact, s.kb)
    shortest = min((r.qty_min for r in rows if r.qty_min is not None and r.unit == fact.unit), default=None)
    highs = [convert(q.high, q.unit, fact.unit) for q in s.claim.quantities]
    if shortest is None or not highs or any(h is None or h >= CLEARING_HALF_LIVES * shortest for h in highs):
        return None
    return f"too soon for a half-life of at least {shortest:g} {fact.unit}"


@check(STAGE, NO, NO_MATCH)
def clearance_time(s: Situation) -> Decision:
    """What: a claim of how long a drug stays in the body (no word "half"): one that says it leaves
    the body and is not too soon (`clearance_too_soon`), or a figure above the half-life row's range
    (`clearance_property`).
    Why: "Xanax stays in your system for about 4 days" gives the time to clear the drug, which takes
    several half-lives: an 11-hour half-life neither states nor refutes it. A figure below the
    half-life, said without leaving the body, is still judged as one (nothing clears faster than half).
    Example: "Xanax stays in your system for about 4 days." against F (alprazolam has_property
    half_life; 6.3-26.9 hours): the time to clear it, not its half-life.
    """
    fact = s.fact
    if not clearance_claim(s):
        return None
    lows = [convert(q.low, q.unit, fact.unit) for q in s.claim.quantities]
    floor = fact.qty_min if fact.qty_min is not None else fact.qty_max  # "up to 100 hours": its one figure
    above = bool(lows) and all(lo is not None and floor is not None and lo >= floor for lo in lows)
    if leaves_the_body(s) or (s.quantity is False and above):
        return "the time to clear the drug, several half-lives, not its half-life"
    return None


@check(STAGE, NO, NO_MATCH)
def market_year_open(s: Situation) -> Decision:
    """What: a year a drug came to market (`market_cue`: "introduced", "launched", "on the market
    since") that differs from the row's first US approval year.
    Why: a launch may follow the approval by a year, or come first in another country: "Zoloft was
    introduced in 1992" does not refute its 1991 approval. The same year still backs it.
    Example: "Zoloft was introduced in 1992." against F (sertraline has_property fda_approval; 1991):
    a year on the market, which may differ from the approval.
    """
    if s.fact.qty_type != "year" or s.quantity is not False:
        return None
    return "a year on the market, which may differ from the approval" if TERMS.market_cue.search(s.claim.text) else None


@check(STAGE, NO, NO_MATCH)
def near_the_range(s: Situation) -> Decision:
    """What: the claim's numbers fall outside a range row's figures (or a central value's spread), but
    within a quarter of them.
    Why: a label's range is what its studies saw ("roughly 10 to 20 hours"); "a maximum half-life of
    24 hours" for lorazepam is not shown wrong by it, while "2 hours" is.
    Example: "Lorazepam's half-life can reach 24 hours." against F (lorazepam has_property half_life;
    10-20 hours): within a quarter of the row's range.
    """
    fact = s.fact
    if (
        s.quantity is not False
        or fact.qty_type not in ("", "range", "point")
        or fact.qty_min is None
        or fact.qty_max is None
    ):
        return None
    for q in s.claim.quantities:
        lo, hi = convert(q.low, q.unit, fact.unit), convert(q.high, q.unit, fact.unit)
        if lo is None or hi is None or hi < fact.qty_min * (1 - NEAR) or lo > fact.qty_max * (1 + NEAR):
            return None
    return "close to the row's range, which does not decide it"


@check(STAGE, NO, NO_MATCH)
def group_out_of_range(s: Situation) -> Decision:
    """What: the claim's numbers fall outside the row's range, and the claim is about a group of
    people (`population`: older adults, newborns, children) the row does not name.
    Why: "In elderly patients, the half-life of diazepam can be as long as 80 hours" is true: the
    half-life lengthens with age, and the adult range of the row does not decide a group's figure.
    Example: "In elderly patients, diazepam's half-life can reach 200 hours." against F (diazepam
    has_property half_life; 20-100 hours): the row does not speak of older_adults.
    """
    extra = [e for e in unstated_populations(s) if e not in TERMS.default_populations] if s.quantity is False else []
    return f"the row does not speak of {', '.join(extra)}" if extra else None


@check(STAGE, NO, NO_MATCH)
def figure_of_the_effect(s: Situation) -> Decision:
    """What: the claim's numbers fall outside the row's range, and the claim says the row's property
    causes something else (its relation `causes`, `increases` or `worsens`, the property among its
    subjects, another thing its object).
    Why: "Because Klonopin's half-life is long, withdrawal may go on for eight weeks": the
    eight weeks are how long withdrawal lasts, not the half-life; the half-life row does not decide
    a figure of what it causes.
    Example: "Because of Klonopin's long half-life, withdrawal can last eight weeks." against F
    (clonazepam has_property half_life; 18-50 hours): the figure is of withdrawal, not of half_life.
    """
    claim, fact = s.claim, s.fact
    if s.quantity is not False or claim.relation not in ("causes", "increases", "worsens"):
        return None
    if fact.object not in {r.id for r in claim.subjects}:
        return None
    effect = next((r.id for r in claim.objects if r.id != fact.object), None)
    return f"the figure is of {effect}, not of {fact.object}" if effect else None


@check(STAGE, NO, NO_MATCH)
def raised_dose(s: Situation) -> Decision:
    """What: the claim's figure falls outside a starting dose row (`starting_property`), and the claim
    gives it as the dose raised to (`raised_to`: "increased to", "titrated to").
    Why: "The starting dose of sertraline is 25 mg, increased to 50 mg after one week": the 50 mg is
    the dose after titration, which the starting dose row does not decide.
    Example: "Sertraline is started at 25 mg, increased to 50 mg after a week." against F (sertraline
    has_property starting_dose; 25 mg/day): the figure is a dose raised to, not the starting dose.
    """
    if s.quantity is not False or s.fact.object not in TERMS.starting_properties:
        return None
    text = RESOLVED.sub("", s.claim.text)
    found = TERMS.raised_to.search(text)
    if found is None or any(q.text and q.text in text[: found.start()] for q in s.claim.quantities):
        return None  # "started at 100 mg, then increased to 200 mg": the figure before it is the start
    return f"the figure is a dose raised to, not the {s.fact.object.replace('_', ' ')}"


@check(STAGE, NO, NO_MATCH)
def atypical_figure(s: Situation) -> Decision:
    """What: the claim's numbers fall outside a row that gives the usual figures only (qty_type
    `typical`: "most people notice buspirone working after 2 to 4 weeks").
    Why: a usual range is not a limit: "buspirone can start working within days" is outside what most
    people see, not refuted by it. Only a figure the usual range states is backed ("within one week"
    only overlaps 1-4 weeks).
    Example: "Buspirone starts working in 3 days." against F (buspirone has_property onset; typical
    1-4 weeks): the row gives the usual figures, not a limit.
    """
    if s.fact.qty_type != "typical" or s.quantity is None:
        return None
    if s.quantity is False or not s.quantity_covered:  # "full effect within one week": not the usual 1-4 weeks
        return "the row gives the usual figures, not a limit"
    return None


@check(STAGE, NO, NO_MATCH)
def figures_of_a_list(s: Situation) -> Decision:
    """What: the claim's numbers fall outside the row's range, but they were said of a list of drugs
    together, and each of them is allowed by the row or by a row of another drug of the list on the
    same property.
    Why: "Xanax and Ambien come in tablets from 0.25 mg to 10 mg" gives the list's range: 10 mg is
    Ambien's, and which figure is whose the text does not say.
    Example: "Xanax and Ambien come as tablets of 0.25 mg to 10 mg." against F (alprazolam
    has_property tablet_strength; 0.25-3 mg), with zolpidem's strengths row: each figure is some listed
    drug's.
    """
    if s.quantity is not False or not s.claim.shared_with or not _a_range(s.claim):
        return None  # "Xanax and Valium come in 5 mg tablets": one figure, said of each
    fact, shared = s.fact, s.claim.shared_with
    rows = [f for f in s.kb.candidates(list(shared)) if f.subject in shared and f.object == fact.object]
    if rows and all(any(fits(daily(q, f, s.claim.text), f) for f in (fact, *rows)) for q in s.claim.quantities):
        return "the figures are said of the list together; each is some listed drug's"
    return None


def _a_range(claim: Claim) -> bool:
    """Whether the claim's figures span a range ("from 0.25 mg to 10 mg"), not one figure ("both come
    in 5 mg tablets") nor figures said of each drug (`each_word`: "each", "either")."""
    spans = len(claim.quantities) > 1 or any(q.low != q.high for q in claim.quantities)
    return spans and not TERMS.each_word.search(claim.sentence or claim.text)


@check(STAGE, NOT, Reason.QUANTITY_OUT_OF_RANGE)
def property_out_of_range(s: Situation) -> Decision:
    """What: the claim's numbers fall outside the row's range (unit-converted).
    Why: "Diazepam's half-life is 2 hours" against a range of 20-100 hours.
    Example: "Diazepam's half-life is 2 hours." against F (diazepam has_property half_life; 20-100 hours): the
    row's range is 20-100 hours.
    """
    return range_note(s.fact) if s.quantity is False else None


@check(STAGE, YES, Reason.FACT_MATCH)
def property_within_range(s: Situation) -> Decision:
    """What: the claim's numbers fall in the row's range, and its value is not the row's opposite.
    Why: "Diazepam's half-life is 48 hours" is backed by a range of 20-100 hours; a claimed range
    that only overlaps the row's ("36 to 200 hours" against 20-48) is not what the row says.
    Example: "Diazepam's half-life is 48 hours." against F (diazepam has_property half_life; 20-100 hours):
    within the row's range.
    """
    claim, fact = s.claim, s.fact
    if (
        s.quantity
        and s.quantity_covered
        and not (claim.value and fact.value and base(opposite(claim.value)) == base(fact.value))
    ):
        return "within the row's range"
    return None


@check(STAGE, NO, NO_MATCH)
def comparison_needs_both(s: Situation) -> Decision:
    """What: the claim's value is a comparative ("longer") and the row is one drug's own value.
    Why: "Xanax has a longer half-life than Klonopin" is judged from both drugs' rows (`compare`).
    Example: "Xanax has a longer half-life." against F (alprazolam has_property half_life; value short): a
    comparison needs rows for both sides.
    """
    if s.claim.value in TERMS.comparative and not s.fact.qualifier and not s.quantity:
        return "a comparison needs rows for both sides"
    return None


@check(STAGE, NO, NO_MATCH)
def property_given_as_cause(s: Situation) -> Decision:
    """What: a claim that gives the row's property a value (a fast onset, a long half-life) and says
    it (`causing_property`) causes something else, an effect or a condition the row does not name.
    Why: "Xanax's quick onset adds to its addiction potential" links two facts; the onset row states
    one of them, not the link (`property_as_cause` asks the same of the rows on what a drug does).
    Example: "The fast onset of Xanax contributes to its risk of addiction." against F (alprazolam
    has_property onset; value fast): the claim says its onset of action causes addiction; the row does not.
    """
    claim, fact = s.claim, s.fact
    if not claim.value or claim.relation not in CAUSAL or fact.object not in TERMS.causing_properties:
        return None  # with no value, `property_not_said` reads it
    if fact.object not in {r.id for r in claim.subjects} or not TERMS.property_noun.search(
        RESOLVED.sub("", claim.text)
    ):
        return None
    named = {fact.subject, fact.object, fact.qualifier, fact.scope}
    effects = [r.id for r in claim.objects if r.id not in named and not named_in_statement(s.kb, fact, r.id)]
    if not effects:
        return None
    return f"the claim says its {s.kb.entities[fact.object].label.lower()} causes {effects[0]}; the row does not"


CAUSAL = ("causes", "increases", "decreases", "worsens")


@check(STAGE, YES, Reason.FACT_MATCH)
def same_value(s: Situation) -> Decision:
    """What: the claim affirms the row's value (or its comparative form).
    Why: "Diazepam is long-acting" is backed by "diazepam's half-life is long"; a precise number the row
    cannot check, or does not hold whole (`covers`), is left to `numbers_not_covered`.
    Example: "Diazepam is long-acting." against F (diazepam has_property half_life; value long): half_life is
    long.
    """
    claim, fact = s.claim, s.fact
    if fact.value and claim.value and base(claim.value) == base(fact.value) and claim.polarity == "affirmed":
        # "acts within the hour and lasts for six" is more than "fast"; "a long half-life of four to
        # sixteen days" is more than a row of 1 to 6 days says, though it overlaps it
        uncovered = s.quantity is not None and not s.quantity_covered and not _bounds_only(claim)
        return None if unchecked_numbers(claim, fact) or uncovered else f"{fact.object} is {fact.value}"
    return None


def _bounds_only(claim: Claim) -> bool:
    """Every figure of the claim is a bound ("more than a day", "under an hour"): a row whose range
    lies past it entails it, though it does not give it."""
    return all(q.comparator in (">", ">=", "<", "<=") for q in claim.quantities)


@check(STAGE, NOT, Reason.NEGATION_CONFLICT)
def same_value_denied(s: Situation) -> Decision:
    """What: the claim denies the row's value.
    Why: "Diazepam is not long-acting" against "diazepam's half-life is long".
    Example: "Diazepam is not long-acting." against F (diazepam has_property half_life; value long): half_life
    is long.
    """
    claim, fact = s.claim, s.fact
    if fact.value and claim.value and base(claim.value) == base(fact.value) and claim.polarity != "affirmed":
        return f"{fact.object} is {fact.value}"
    return None


@check(STAGE, NOT, Reason.VALUE_CONFLICT)
def opposite_value(s: Situation) -> Decision:
    """What: the claim affirms the opposite of the row's value (long vs short, fast vs slow), not as a
    bound on a figure ("as short as 20 hours": `value_bounds_figure`).
    Why: "Clonazepam is short-acting" against "clonazepam's half-life is long".
    Example: "Clonazepam is short-acting." against F (clonazepam has_property half_life; value long): half_life
    is long, not short.
    """
    claim, fact = s.claim, s.fact
    if fact.value and claim.value and base(opposite(claim.value)) == base(fact.value):
        if claim.polarity == "affirmed" and not value_bounds_figure(claim):
            return f"{fact.object} is {fact.value}, not {claim.value}"
    return None


def value_bounds_figure(claim: Claim) -> bool:
    """Whether the claim's value word only bounds its figure ("can be *as short as* 20 hours"): the
    figure is the claim, judged by the row's numbers, not a kind of half-life."""
    found = TERMS.equal_comparison.search(RESOLVED.sub("", claim.text))
    return bool(claim.quantities) and found is not None and base(claim.value or "") in found.group(0).lower()


@check(STAGE, YES, Reason.FACT_MATCH)
def opposite_value_denied(s: Situation) -> Decision:
    """What: the claim denies the opposite of the row's value ("does not work immediately" against a
    slow onset, "is not short-acting" against a long half-life).
    Why: the row's value excludes its opposite, so the denial is what the row states; a precise number
    the row cannot check is left to `numbers_not_covered`.
    Example: "Zoloft does not work immediately." against F (ssri has_property onset; value slow): onset
    is slow, so not fast.
    """
    claim, fact = s.claim, s.fact
    if fact.value and claim.value and base(opposite(claim.value)) == base(fact.value):
        if claim.polarity == "negated" and not unchecked_numbers(claim, fact):
            return f"{fact.object} is {fact.value}, so not {claim.value}"
    return None


@check(STAGE, NO, NO_MATCH)
def numbers_not_covered(s: Situation) -> Decision:
    """What: the claim states numbers the row has no range for (or in units it cannot compare).
    Why: a number nothing checks is not backed by a row that agrees in words.
    Example: "Lorazepam works within 1 hour." against F (lorazepam has_property onset; value fast): the row does
    not cover the claim's numbers.
    """
    return "the row does not cover the claim's numbers" if s.claim.quantities else None


@check(STAGE, NOT, Reason.NEGATION_CONFLICT)
def presence_denied(s: Situation) -> Decision:
    """What: neither side gives a value, the claim names the property as its object, and the
    polarities differ.
    Why: "Lorazepam has an active metabolite" against "lorazepam has no active metabolites".
    Example: "Lorazepam has an active metabolite." against F (lorazepam has_property active_metabolite;
    negated): the row denies this.
    """
    claim, fact = s.claim, s.fact
    stated = any(r.id == fact.object for r in claim.objects)  # "has no active metabolites", not a mention
    if not fact.value and not claim.value and claim.polarity != fact.polarity and stated:
        return "the row says the opposite" if fact.polarity == "affirmed" else "the row denies this"
    return None


@check(STAGE, NO, NO_MATCH)
def value_unstated(s: Situation) -> Decision:
    """What: the row gives a value, the claim names the property but no value (and no other relation).
    Why: "SSRIs start working on the first day" names the onset but no value we could compare.
    Example: "Sertraline's onset is on day one." against F (ssri has_property onset; value slow): the claim does
    not say whether onset is slow.
    """
    claim, fact = s.claim, s.fact
    if (
        fact.value
        and not claim.value
        and fact.value not in TERMS.presence_values
        and claim.relation in (None, "has_property")
    ):
        return f"the claim does not say whether {fact.object} is {fact.value}"
    return None


def read_concepts(claim: Claim) -> set[str]:
    """The concepts (concepts.csv: a mechanism, long-term use) the claim's words make it speak of."""
    return set(claim.context) & concept_ids()


@cache
def concept_ids() -> frozenset[str]:
    """The entities concepts.csv reads from words ("how ... know": the mechanism)."""
    return frozenset(c.entity for c in load_lexicon().concepts)


STATED_TYPES = ("effect", "condition")  # objects a claim can say something of besides a property


@check(STAGE, NO, NO_MATCH)
def property_not_said(s: Situation) -> Decision:
    """What: a claim with no value that says something else of the drug than the row's property: a
    relation other than "has" or "is", with an object other than the property.
    Why: "Because of its long half-life, Valium causes next-day drowsiness" names a half-life and
    Valium, but says what the drug causes; the half-life row does not state it.
    Example: "Because of its long half-life, Valium causes next-day drowsiness." against F (diazepam
    has_property half_life): the claim says 'causes' of sedation.
    """
    claim, fact = s.claim, s.fact
    if claim.value or claim.relation in (None, "has_property", "is_a") or fact.object in read_concepts(claim):
        return None  # "Nobody knows how clonazepam produces its effects": the mechanism is its concept
    said = {fact.object, fact.qualifier}  # "doesn't cause sedation as benzodiazepines do": the row's comparand
    others = [
        r.id
        for r in claim.objects
        if r.id not in said and s.kb.type_of(r.id) in STATED_TYPES and not s.kb.is_kind_of(r.id, fact.object)
    ]  # an effect or condition the claim says something of ("with long-term use" is a circumstance)
    return f"the claim says {claim.relation!r} of {others[0]}, not the row's {fact.object}" if others else None


@check(STAGE, NO, NO_MATCH)
def property_changed(s: Situation) -> Decision:
    """What: a claim that something raises or lowers the row's property ("XR is designed to prolong
    the half-life", "food shortens its onset"), against a row that only gives the property's value.
    Why: the row says what the half-life is, not that anything changes it; a change needs a row that
    names what changes it (its qualifier or scope).
    Example: "Extended-release Xanax prolongs the half-life." against F (alprazolam has_property
    half_life; 6.3-26.9 hours): the claim says 'increases' of the half-life; the row gives its value.
    """
    claim, fact = s.claim, s.fact
    if claim.relation not in ("increases", "decreases") or fact.qualifier or fact.scope:
        return None
    if fact.object not in {r.id for r in claim.objects}:
        return None
    return f"the claim says {claim.relation!r} of the {fact.object}; the row gives its value"


@check(STAGE, YES, Reason.FACT_MATCH)
def property_agrees(s: Situation) -> Decision:
    """What: the claim gives the row's value, or no value at all; with no value, it says something of
    the property (a relation was read), names something else the row's statement names, or the row
    gives no value or figure either.
    Why: nothing above found a difference. A clause that only names a property the row gives a figure
    for ("learning about the half-life of Ativan helps you plan") says nothing the row states.
    Example: "Lorazepam has no active metabolites." against F (lorazepam has_property active_metabolite;
    negated): agrees.
    """
    claim, fact = s.claim, s.fact
    if fact.value and claim.value == fact.value:
        return "agrees"
    figured = bool(fact.value or fact.qty_min is not None or fact.qty_max is not None or fact.qty_values)
    # "[the boxed warning] to cover addiction": something besides the property, which the row names
    said = any(
        r.id not in (fact.object, fact.subject)
        and s.kb.type_of(r.id) not in ("drug", "drug_class")
        and named_in_statement(s.kb, fact, r.id)
        for r in claim.objects
    )
    return "agrees" if not claim.value and (claim.relation is not None or not figured or said) else None


@check(STAGE, NO, NO_MATCH)
def value_not_covered(s: Situation) -> Decision:
    """What: the claim gives a value the row does not speak to.
    Why: a row about one value neither backs nor refutes another.
    Example: "Lorazepam's onset is high." against F (lorazepam has_property onset): value high not covered.
    """
    return f"value {s.claim.value} not covered"
