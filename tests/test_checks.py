"""One fixture per check of the registry (pipeline/checks): a hand-built claim and row, and what
the check decides for them. Each fixture must be decided by its own check, with the check's verdict
and reason, and `evaluate` must give the same candidate."""

from __future__ import annotations

import pytest

from pipeline.checks import CHECKS, STAGES, decide, stage
from pipeline.checks.closed import closed_lists
from pipeline.checks.comparison import compare
from pipeline.match import evaluate, situation
from pipeline.types import Claim, EntityRef, Fact, Quantity, Verdict


def ref(spec) -> EntityRef:
    return EntityRef(*spec) if isinstance(spec, tuple) else EntityRef(spec)


def claim(text: str, subjects=(), objects=(), **kw) -> Claim:
    """A claim as the extractor would give it: entity ids, or (id, aspect) pairs."""
    kw.setdefault("proposition", text)
    return Claim(
        id="c1",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        subjects=tuple(ref(s) for s in subjects),
        objects=tuple(ref(o) for o in objects),
        **kw,
    )


def fact(subject: str, relation: str, obj: str = "", **kw) -> Fact:
    """A row with every column not given left empty (a fact, affirmed)."""
    row = dict(
        id="F-0001",
        kind="fact",
        subject=subject,
        relation=relation,
        object=obj,
        aspect="",
        polarity="affirmed",
        value="",
        qualifier="",
        qty_min=None,
        qty_max=None,
        unit="",
        attribution="",
        statement=f"{subject} {relation} {obj}",
        correction="",
        source="test",
        source_type="label",
        source_url="",
        reviewed="2026-01-01",
        severity="",
        topic="",
    )
    row.update(kw)
    if row["kind"] == "myth":
        row["id"] = "M-0001"
    return Fact(**row)


def qty(low: float, unit: str, text: str = "", high: float | None = None) -> Quantity:
    return Quantity(low, low if high is None else high, unit, "=", text or f"{low:g} {unit}")


def myth(subject: str, relation: str, obj: str = "", **kw) -> Fact:
    return fact(subject, relation, obj, kind="myth", correction="the correction", **kw)


HOURS_20_100 = dict(qty_min=20.0, qty_max=100.0, unit="hours")
FDA_UK = dict(attribution="fda")

# check name -> (claim, row, note of the decision)
FIXTURES = {
    # applies
    "subject_mismatch": (
        claim("Sertraline causes nausea.", ["sertraline"], ["nausea"], relation="causes"),
        fact("fluoxetine", "causes", "nausea"),
        "subject is not fluoxetine",
    ),
    "exclusive_class": (
        claim("Venlafaxine is an SSRI.", ["venlafaxine"], ["ssri"], relation="is_a"),
        fact("venlafaxine", "is_a", "snri"),
        "venlafaxine is snri, not ssri",
    ),
    "object_mismatch": (
        claim("Sertraline causes nausea.", ["sertraline"], ["nausea"], relation="causes"),
        fact("sertraline", "causes", "insomnia"),
        "object is not insomnia",
    ),
    "other_of_a_class": (
        claim(
            "Ambien is less addictive than other benzodiazepines.",
            ["zolpidem"],
            ["addiction", "benzodiazepine"],
            relation="causes",
        ),
        fact("zolpidem", "is_a", "benzodiazepine", polarity="negated"),
        "zolpidem is not benzodiazepine ('other benzodiazepine' says it is)",
    ),
    "qualifier_compared": (
        claim(
            "Men are more susceptible to next-day impairment from Ambien than women.",
            ["zolpidem"],
            ["next_day_impairment", "women"],
        ),
        fact("zolpidem", "causes", "next_day_impairment", qualifier="women"),
        "the claim compares with women; the row is about it",
    ),
    "myth_of_a_whole_class": (
        claim(
            "Benzodiazepines raise dopamine levels.",
            ["benzodiazepine"],
            [("dopamine", "amount")],
            relation="increases",
        ),
        fact("benzodiazepine", "increases", "neurotransmitter", kind="myth", aspect="amount"),
        "the myth is about neurotransmitter in general, not dopamine",
    ),
    "class_limit_not_each_members": (
        claim(
            "Klonopin is not recommended for short-term use.",
            ["clonazepam"],
            ["short_term_use"],
            relation="recommends",
            polarity="negated",
        ),
        fact("benzodiazepine", "recommends", "short_term_use"),
        "the row limits benzodiazepine as a class, it does not recommend clonazepam for short_term_use",
    ),
    "unknown_property_states_no_action": (
        claim(
            "Buspar raises serotonin by mechanisms that are unclear.",
            ["buspirone"],
            [("serotonin", "amount"), "mechanism"],
            relation="increases",
        ),
        fact("buspirone", "has_property", "mechanism", value="unknown"),
        "the row does not state that buspirone increases serotonin",
    ),
    "onset_of_an_action": (
        claim(
            "Escitalopram starts raising serotonin levels within hours.",
            ["escitalopram"],
            [("serotonin", "amount"), "onset"],
            relation="increases",
        ),
        fact("ssri", "has_property", "onset", value="slow"),
        "the row's onset is of the drug's effect, not of its action on serotonin",
    ),
    "direct_of_indirect_row": (
        claim("Klonopin directly raises dopamine.", ["clonazepam"], [("dopamine", "amount")], relation="increases"),
        fact("benzodiazepine", "increases", "dopamine", aspect="amount", manner="indirect"),
        "the row says it holds only indirectly, not directly",
    ),
    "class_use_not_each_members": (
        claim("Triazolam is used to treat anxiety.", ["triazolam"], ["anxiety"], relation="treats"),
        fact("benzodiazepine", "treats", "anxiety"),
        "the row speaks of benzodiazepine as a class, not of triazolam's own uses",
    ),
    "rare_of_denied": (
        claim("Few people become addicted to buspirone.", ["buspirone"], ["addiction"], relation="causes"),
        fact("buspirone", "causes", "addiction", polarity="negated", statement="Buspirone showed no abuse potential."),
        "the row denies the effect; the claim says it is rare",
    ),
    "myth_said_rare": (
        claim("SSRIs rarely cause addiction.", ["ssri"], ["addiction"], relation="causes"),
        fact("ssri", "causes", "addiction", kind="myth", statement="SSRIs are addictive."),
        "the claim says this is rare, not what the myth says",
    ),
    "classes_compared": (
        claim(
            "As a Schedule IV drug, Xanax is less addictive than Schedule II drugs such as opioids.",
            ["alprazolam"],
            ["schedule_iv", "schedule_ii", "opioid"],
            relation="is_a",
        ),
        fact("benzodiazepine", "is_a", "opioid", kind="myth", statement="Benzodiazepines are opioids."),
        "the claim sets schedule_iv and schedule_ii side by side",
    ),
    "compared_not_classed": (
        claim(
            "Buspirone is considered safer than benzodiazepines.", ["buspirone"], ["benzodiazepine"], relation="is_a"
        ),
        fact("buspirone", "is_a", "benzodiazepine", kind="myth", statement="Buspirone is a benzodiazepine."),
        "the claim compares buspirone with benzodiazepine; it does not class it as one",
    ),
    "mechanism_unsaid": (
        claim(
            "Benzodiazepines raise dopamine levels.", ["benzodiazepine"], [("dopamine", "amount")], relation="increases"
        ),
        fact(
            "benzodiazepine",
            "increases",
            "dopamine",
            kind="myth",
            aspect="amount",
            manner="mechanism",
            statement="Benzodiazepines work by raising dopamine.",
        ),
        "the claim does not say how the drug works",
    ),
    "myth_as_association": (
        claim(
            "In one trial, gabapentin use was associated with a rise in brain GABA.",
            ["gabapentin"],
            [("gaba", "amount")],
            relation="increases",
        ),
        fact(
            "gabapentin",
            "increases",
            "gaba",
            kind="myth",
            aspect="amount",
            topic="mechanism",
            statement="Gabapentin works by raising GABA.",
        ),
        "the claim reports an association, not how the drug works",
    ),
    "class_row_for_another_drug": (
        claim(
            "Gradually tapering Paxil may help prevent discontinuation symptoms.",
            ["taper", "paroxetine"],
            ["withdrawal"],
            relation="decreases",
        ),
        fact(
            "taper",
            "decreases",
            "withdrawal",
            statement="A gradual dose taper lowers the risk of benzodiazepine withdrawal reactions.",
        ),
        "the row speaks of benzodiazepine, not of paroxetine",
    ),
    "denial_about_an_effect": (
        claim(
            "Being dependent on lorazepam is not the same as being addicted.",
            ["dependence", "lorazepam"],
            ["addiction"],
            relation="causes",
            polarity="negated",
        ),
        myth("benzodiazepine", "causes", "addiction", polarity="negated"),
        "the claim speaks of dependence, not of what benzodiazepine does",
    ),
    "property_elsewhere": (
        claim("Clorazepate, midazolam", ["clorazepate"], ["midazolam"], relation="is_a", context=("half_life",)),
        fact("clorazepate", "has_property", "half_life", value="long"),
        "the property half_life is not what the claim says",
    ),
    "status_elsewhere": (
        claim(
            "In Mexico, Xanax is sold over the counter.",
            ["alprazolam"],
            ["prescription_drug"],
            relation="is_a",
            polarity="negated",
        ),
        fact("benzodiazepine", "is_a", "prescription_drug"),
        "the row gives the US status; the sentence is about another country",
    ),
    "off_label_row_agrees": (
        claim(
            "Ativan is prescribed off-label for catatonia.",
            ["lorazepam"],
            ["catatonia"],
            relation="treats",
            polarity="negated",
            attribution="fda",
        ),
        fact("lorazepam", "treats", "catatonia", source_type="review", manner="off_label"),
        "the row states the off-label use",
    ),
    "use_row_for_approval": (
        claim("Lorazepam is approved for catatonia.", ["lorazepam"], ["catatonia"], relation="treats"),
        fact("lorazepam", "treats", "catatonia", source_type="review", manner="off_label"),
        "the row reports a use, not an approval",
    ),
    "recommended_off_label": (
        claim("Klonopin is recommended for insomnia.", ["clonazepam"], ["insomnia"], relation="treats"),
        fact("clonazepam", "treats", "insomnia", source_type="review", manner="off_label"),
        "the row reports an off-label use, not a recommendation",
    ),
    "use_denied_qualified": (
        claim(
            "Lorazepam does not treat anxiety over the long term.",
            ["lorazepam"],
            ["anxiety"],
            relation="treats",
            polarity="negated",
        ),
        fact("lorazepam", "treats", "anxiety", source_type="label"),
        "the claim denies the use qualified ('long term'), not the use",
    ),
    "narrower_approval": (
        claim("Clonazepam is approved for treating anxiety.", ["clonazepam"], ["anxiety"], relation="treats"),
        fact("clonazepam", "treats", "panic_disorder", source_type="label"),
        "the label approves it for panic_disorder alone, a kind of a kind of anxiety",
    ),
    "state_unstated": (
        claim(
            "Symptoms of Xanax withdrawal include drowsiness.",
            ["alprazolam", "withdrawal"],
            ["sedation"],
            relation="causes",
        ),
        fact("alprazolam", "causes", "sedation"),
        "the row is not about withdrawal",
    ),
    "release_form_acting": (
        claim("Ambien CR is a long-acting, extended-release tablet.", ["zolpidem"], ["half_life"], relation="is_a"),
        fact("zolpidem", "has_property", "half_life", value="short"),
        "the claim is about a release formulation, not the drug's own half_life",
    ),
    "taken_transmitter": (
        claim("As a supplement, GABA promotes relaxation.", ["gaba"], ["calming"], relation="causes"),
        fact("gaba", "causes", "calming"),
        "the claim is about taking gaba",
    ),
    "comparison_unranked": (
        claim("Xanax is more addictive than Klonopin.", ["alprazolam"], ["addiction", "clonazepam"], relation="causes"),
        fact("benzodiazepine", "causes", "addiction"),
        "the row does not compare with clonazepam",
    ),
    "group_row_for_everyone": (
        claim("Oxazepam is useful for anxiety.", ["oxazepam"], ["anxiety"], relation="treats"),
        fact("oxazepam", "treats", "anxiety", scope="older_adults"),
        "the row holds for older_adults; the claim names no group",
    ),
    "scope_mismatch": (
        claim(
            "For panic disorder, Klonopin's maximum is 20 mg a day.",
            ["clonazepam"],
            ["maximum_dose", "panic_disorder"],
            relation="has_property",
            quantities=(qty(20, "mg_per_day"),),
        ),
        fact(
            "clonazepam",
            "has_property",
            "maximum_dose",
            qty_type="maximum",
            qty_max=20.0,
            unit="mg_per_day",
            scope="seizure",
        ),
        "the row holds for seizure, not what the claim is about",
    ),
    "qualifier_missing": (
        claim("Lorazepam slows breathing.", ["lorazepam"], ["respiratory_depression"], relation="causes"),
        fact("lorazepam", "causes", "respiratory_depression", qualifier="opioid"),
        "only applies with opioid",
    ),
    "manner_unstated": (
        claim("Benzodiazepines increase dopamine.", ["benzodiazepine"], [("dopamine", "amount")], relation="increases"),
        fact("benzodiazepine", "increases", "dopamine", aspect="amount", manner="indirect"),
        "the row holds only as an indirect effect",
    ),
    "study_length_read_as_limit": (
        claim(
            "Ativan should not be used for more than 4 months.",
            ["lorazepam"],
            ["long_term_use"],
            relation="recommends",
            polarity="negated",
            quantities=(Quantity(4.0, 4.0, "months", ">", "more than 4 months"),),
        ),
        fact(
            "lorazepam",
            "has_property",
            "long_term_use",
            attribution="manufacturer",
            qty_min=4.0,
            qty_max=4.0,
            unit="months",
        ),
        "the label sets no limit of 4 months; it says use beyond that was not studied",
    ),
    "attribution_missing": (
        claim("Sertraline treats depression.", ["sertraline"], ["depression"], relation="treats"),
        fact("sertraline", "treats", "depression", attribution="uk_guidance"),
        "only applies to what uk_guidance says",
    ),
    "aspect_mismatch": (
        claim("Benzos raise the amount of GABA.", ["benzodiazepine"], [("gaba", "amount")], relation="increases"),
        fact("benzodiazepine", "increases", "gaba", aspect="effect"),
        "about the amount of gaba, the row is about its effect",
    ),
    "partial_negation": (
        claim(
            "Not all benzodiazepines cause sedation.",
            ["benzodiazepine"],
            ["sedation"],
            relation="causes",
            polarity="negated",
        ),
        fact("benzodiazepine", "causes", "sedation"),
        "denies only part ('not all'), which the row does not contradict",
    ),
    "denied_equal_ranking": (
        claim(
            "Valium is not as addictive as many other drugs.",
            ["diazepam"],
            ["addiction"],
            relation="causes",
            polarity="negated",
        ),
        fact("benzodiazepine", "causes", "addiction"),
        "denies an equal ranking ('not as ... as'), not the property",
    ),
    "relation_mismatch": (
        claim("Sertraline treats insomnia.", ["sertraline"], ["insomnia"], relation="treats"),
        fact("sertraline", "causes", "insomnia"),
        "relation treats is not causes",
    ),
    # property
    "property_myth_restated": (
        claim("Clonazepam is short-acting.", ["clonazepam"], ["half_life"], relation="has_property", value="short"),
        myth("clonazepam", "has_property", "half_life", value="short"),
        "restates a known myth",
    ),
    "property_myth_denied": (
        claim(
            "Clonazepam is not short-acting.",
            ["clonazepam"],
            ["half_life"],
            relation="has_property",
            value="short",
            polarity="negated",
        ),
        myth("clonazepam", "has_property", "half_life", value="short"),
        "denies a known myth",
    ),
    "property_myth_other": (
        claim("Clonazepam is long-acting.", ["clonazepam"], ["half_life"], relation="has_property", value="long"),
        myth("clonazepam", "has_property", "half_life", value="short"),
        "not the myth's claim",
    ),
    "figure_denied": (
        claim(
            "Xanax does not have a half-life of 2 hours.",
            ["alprazolam"],
            ["half_life"],
            relation="has_property",
            polarity="negated",
            quantities=(qty(2.0, "hours"),),
        ),
        fact("alprazolam", "has_property", "half_life", qty_min=6.3, qty_max=26.9, unit="hours"),
        "the claim denies a figure; the row gives figures",
    ),
    "property_named_elsewhere": (
        claim(
            "An initial dose should not exceed 1.5 mg a day.",
            ["clonazepam"],
            [],
            context=("maximum_dose",),
            quantities=(qty(1.5, "mg_per_day"),),
        ),
        fact("clonazepam", "has_property", "maximum_dose", qty_type="maximum", qty_max=20.0, unit="mg_per_day"),
        "the claim does not name maximum_dose itself",
    ),
    "property_other_row_allows": (
        claim(
            "Klonopin's maximum dose is 20 mg a day.",
            ["clonazepam"],
            ["maximum_dose"],
            relation="has_property",
            quantities=(qty(20, "mg_per_day"),),
        ),
        fact(
            "clonazepam",
            "has_property",
            "maximum_dose",
            qty_type="maximum",
            qty_max=4.0,
            unit="mg_per_day",
            scope="panic_disorder",
        ),
        "F-0162 (seizure) allows the claim's number",
    ),
    "shorter_course": (
        claim(
            "Hydroxyzine is prescribed for one month or less.",
            ["hydroxyzine"],
            ["long_term_use"],
            relation="has_property",
            quantities=(qty(1, "months"),),
        ),
        fact("hydroxyzine", "has_property", "long_term_use", qty_min=4.0, qty_max=4.0, unit="months"),
        "a course shorter than the row's threshold",
    ),
    "clearance_too_soon": (
        claim(
            "Xanax is out of your system within 11 hours.",
            ["alprazolam"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(11, "hours"),),
        ),
        fact("alprazolam", "has_property", "half_life", qty_min=6.3, qty_max=26.9, unit="hours"),
        "too soon for a half-life of at least 6.3 hours",
    ),
    "clearance_time": (
        claim(
            "Xanax stays in your system for about 4 days.",
            ["alprazolam"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(4, "days"),),
        ),
        fact("alprazolam", "has_property", "half_life", qty_min=6.3, qty_max=26.9, unit="hours"),
        "the time to clear the drug, several half-lives, not its half-life",
    ),
    "market_year_open": (
        claim(
            "Zoloft was introduced in 1992.",
            ["sertraline"],
            ["fda_approval"],
            relation="has_property",
            quantities=(Quantity(1992, 1992, "year", "=", "in 1992"),),
        ),
        fact(
            "sertraline",
            "has_property",
            "fda_approval",
            qty_min=1991,
            qty_max=1991,
            unit="year",
            qty_type="year",
            qty_values=(1991.0,),
        ),
        "a year on the market, which may differ from the approval",
    ),
    "near_the_range": (
        claim(
            "Lorazepam's half-life can reach 24 hours.",
            ["lorazepam"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(24, "hours"),),
        ),
        fact("lorazepam", "has_property", "half_life", qty_min=10.0, qty_max=20.0, unit="hours"),
        "close to the row's range, which does not decide it",
    ),
    "group_out_of_range": (
        claim(
            "In elderly patients, diazepam's half-life can reach 200 hours.",
            ["diazepam", "older_adults"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(200, "hours"),),
        ),
        fact("diazepam", "has_property", "half_life", **HOURS_20_100),
        "the row does not speak of older_adults",
    ),
    "raised_dose": (
        claim(
            "Sertraline is started at 25 mg, increased to 50 mg after a week.",
            ["sertraline"],
            ["starting_dose"],
            relation="has_property",
            quantities=(qty(50, "mg_per_day", "50 mg"),),
        ),
        fact("sertraline", "has_property", "starting_dose", qty_min=25.0, qty_max=25.0, unit="mg_per_day"),
        "the figure is a dose raised to, not the starting dose",
    ),
    "atypical_figure": (
        claim(
            "Buspirone starts working in 3 days.",
            ["buspirone"],
            ["onset"],
            relation="has_property",
            quantities=(qty(3, "days"),),
        ),
        fact("buspirone", "has_property", "onset", qty_min=1.0, qty_max=4.0, unit="weeks", qty_type="typical"),
        "the row gives the usual figures, not a limit",
    ),
    "figures_of_a_list": (
        claim(
            "Xanax and Ambien come as tablets of 0.25 mg to 10 mg.",
            ["alprazolam"],
            ["tablet_strength"],
            relation="has_property",
            quantities=(qty(0.25, "mg"), qty(10.0, "mg")),
            shared_with=("zolpidem",),
        ),
        fact(
            "alprazolam",
            "has_property",
            "tablet_strength",
            qty_min=0.25,
            qty_max=3.0,
            unit="mg",
            qty_type="set",
            qty_values=(0.25, 0.5, 1.0, 2.0, 3.0),
            statement="Xanax tablets come in 0.25 mg, 0.5 mg, 1 mg and 2 mg strengths.",
        ),
        "the figures are said of the list together; each is some listed drug's",
    ),
    "property_out_of_range": (
        claim(
            "Diazepam's half-life is 2 hours.",
            ["diazepam"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(2, "hours"),),
        ),
        fact("diazepam", "has_property", "half_life", **HOURS_20_100),
        "the row's range is 20-100 hours",
    ),
    "property_within_range": (
        claim(
            "Diazepam's half-life is 48 hours.",
            ["diazepam"],
            ["half_life"],
            relation="has_property",
            quantities=(qty(48, "hours"),),
        ),
        fact("diazepam", "has_property", "half_life", **HOURS_20_100),
        "within the row's range",
    ),
    "comparison_needs_both": (
        claim("Xanax has a longer half-life.", ["alprazolam"], ["half_life"], relation="has_property", value="longer"),
        fact("alprazolam", "has_property", "half_life", value="short"),
        "a comparison needs rows for both sides",
    ),
    "property_given_as_cause": (
        claim(
            "The fast onset of Xanax contributes to its risk of addiction.",
            ["onset", "alprazolam"],
            ["addiction"],
            relation="causes",
            value="fast",
        ),
        fact("alprazolam", "has_property", "onset", value="fast"),
        "the claim says its onset of action causes addiction; the row does not",
    ),
    "same_value": (
        claim("Diazepam is long-acting.", ["diazepam"], ["half_life"], relation="has_property", value="long"),
        fact("diazepam", "has_property", "half_life", value="long"),
        "half_life is long",
    ),
    "same_value_denied": (
        claim(
            "Diazepam is not long-acting.",
            ["diazepam"],
            ["half_life"],
            relation="has_property",
            value="long",
            polarity="negated",
        ),
        fact("diazepam", "has_property", "half_life", value="long"),
        "half_life is long",
    ),
    "opposite_value": (
        claim("Clonazepam is short-acting.", ["clonazepam"], ["half_life"], relation="has_property", value="short"),
        fact("clonazepam", "has_property", "half_life", value="long"),
        "half_life is long, not short",
    ),
    "opposite_value_denied": (
        claim(
            "Zoloft does not work immediately.",
            ["sertraline"],
            ["onset"],
            relation="has_property",
            value="fast",
            polarity="negated",
        ),
        fact("ssri", "has_property", "onset", value="slow"),
        "onset is slow, so not fast",
    ),
    "numbers_not_covered": (
        claim(
            "Lorazepam works within 1 hour.",
            ["lorazepam"],
            ["onset"],
            relation="has_property",
            quantities=(qty(1, "hours"),),
        ),
        fact("lorazepam", "has_property", "onset", value="fast"),
        "the row does not cover the claim's numbers",
    ),
    "presence_denied": (
        claim("Lorazepam has an active metabolite.", ["lorazepam"], ["active_metabolite"], relation="has_property"),
        fact("lorazepam", "has_property", "active_metabolite", polarity="negated"),
        "the row denies this",
    ),
    "value_unstated": (
        claim("Sertraline's onset is on day one.", ["sertraline"], ["onset"], relation="has_property"),
        fact("ssri", "has_property", "onset", value="slow"),
        "the claim does not say whether onset is slow",
    ),
    "property_not_said": (
        claim(
            "Because of its long half-life, Valium causes next-day drowsiness.",
            ["diazepam", "half_life"],
            ["sedation"],
            relation="causes",
        ),
        fact("diazepam", "has_property", "half_life", value="long"),
        "the claim says 'causes' of sedation, not the row's half_life",
    ),
    "property_changed": (
        claim(
            "Extended-release Xanax prolongs the half-life.",
            ["alprazolam"],
            ["half_life"],
            relation="increases",
        ),
        fact("alprazolam", "has_property", "half_life", **HOURS_20_100),
        "the claim says 'increases' of the half_life; the row gives its value",
    ),
    "property_agrees": (
        claim(
            "Lorazepam has no active metabolites.",
            ["lorazepam"],
            ["active_metabolite"],
            relation="has_property",
            polarity="negated",
        ),
        fact("lorazepam", "has_property", "active_metabolite", polarity="negated"),
        "agrees",
    ),
    "value_not_covered": (
        claim("Lorazepam's onset is high.", ["lorazepam"], ["onset"], relation="has_property", value="high"),
        fact("lorazepam", "has_property", "onset"),
        "value high not covered",
    ),
    # direction
    "denied_direct_of_indirect_row": (
        claim(
            "Benzodiazepines do not directly increase dopamine.",
            ["benzodiazepine"],
            [("dopamine", "amount")],
            relation="increases",
            polarity="negated",
        ),
        fact("benzodiazepine", "increases", "dopamine", aspect="amount", manner="indirect"),
        "the row says it holds only indirectly",
    ),
    "narrower_row": (
        claim(
            "Benzodiazepines do not increase neurotransmitters.",
            ["benzodiazepine"],
            ["neurotransmitter"],
            relation="increases",
            polarity="negated",
        ),
        fact("benzodiazepine", "increases", "gaba"),
        "the row is narrower than the claim (gaba)",
    ),
    "no_relation_cannot_contradict": (
        claim("Xanax and panic disorder.", ["alprazolam"], ["panic_disorder"]),
        myth("alprazolam", "treats", "panic_disorder"),
        "no relation in claim",
    ),
    "advice_figure_out_of_range": (
        claim(
            "The NSF says adults need 5 hours of sleep.",
            [],
            ["sleep"],
            attribution="national_sleep_foundation",
            quantities=(qty(5, "hours"),),
        ),
        fact(
            "national_sleep_foundation",
            "recommends",
            "sleep",
            attribution="national_sleep_foundation",
            qty_min=7.0,
            qty_max=9.0,
            unit="hours",
        ),
        "the row's range is 7-9 hours",
    ),
    "other_row_allows": (
        claim(
            "The FDA added a boxed warning in 2020.",
            [],
            ["boxed_warning"],
            attribution="fda",
            relation="recommends",
            quantities=(qty(2020, "year"),),
        ),
        fact(
            "fda",
            "recommends",
            "boxed_warning",
            attribution="fda",
            qty_type="year",
            qty_min=2016.0,
            qty_max=2016.0,
            unit="year",
            scope="opioid",
        ),
        "F-0132 (misuse|addiction|dependence|withdrawal) allows the claim's number",
    ),
    "no_relation_numbers_out_of_range": (
        claim("Sertraline for depression, 300 mg.", ["sertraline"], ["depression"], quantities=(qty(300, "mg"),)),
        fact("sertraline", "treats", "depression", qty_min=50.0, qty_max=200.0, unit="mg"),
        "the claim's numbers are outside the row's range",
    ),
    "class_use_entities_only": (
        claim("Benzodiazepines and seizures.", ["benzodiazepine"], ["seizure"]),
        fact("benzodiazepine", "treats", "seizure"),
        "the row says what benzodiazepine as a class is used for, and the claim names no use",
    ),
    "likened_only": (
        claim("Xanax works like GABA.", ["alprazolam"], ["gaba"]),
        fact("benzodiazepine", "increases", "gaba", aspect="effect"),
        "the claim likens the drug to gaba; the row says what it does to it",
    ),
    "entities_agree": (
        claim("Xanax for panic disorder.", ["alprazolam"], ["panic_disorder"]),
        fact("alprazolam", "treats", "panic_disorder"),
        "entities agree",
    ),
    "aspect_unstated": (
        claim("Benzodiazepines increase GABA.", ["benzodiazepine"], ["gaba"], relation="increases"),
        myth("benzodiazepine", "increases", "gaba", aspect="amount"),
        "claim does not say which aspect of gaba",
    ),
    "myth_object_elsewhere": (
        claim(
            "[benzodiazepines] care is needed lest one dependence be traded for another",
            ["benzodiazepine"],
            ["dependence"],
            relation="recommends",
            context=("alcohol", "dependence"),
        ),
        myth("benzodiazepine", "recommends", "alcohol"),
        "the myth's alcohol is named elsewhere in the sentence, not in this clause",
    ),
    "myth_qualifier_unsaid": (
        claim(
            "Naloxone can reverse an opioid overdose even if benzodiazepines were taken.",
            ["naloxone", "opioid"],
            ["overdose"],
            relation="treats",
            modality="hedged",
            context=("benzodiazepine", "overdose"),
        ),
        myth("naloxone", "treats", "overdose", qualifier="benzodiazepine"),
        "the claim names opioid beside benzodiazepine",
    ),
    "myth_indirect": (
        claim("Valium indirectly lowers serotonin.", ["diazepam"], ["serotonin"], relation="decreases", indirect=True),
        myth("benzodiazepine", "decreases", "serotonin"),
        "claim is about an indirect or partial effect",
    ),
    "myth_restated": (
        claim("Valium lowers serotonin.", ["diazepam"], ["serotonin"], relation="decreases"),
        myth("benzodiazepine", "decreases", "serotonin"),
        "restates a known myth",
    ),
    "long_use_beyond_correction": (
        claim(
            "The label says Xanax is intended for long-term use.",
            ["alprazolam"],
            ["long_term_use"],
            relation="recommends",
            attribution="manufacturer",
        ),
        myth("alprazolam", "recommends", "long_term_use", polarity="negated", attribution="manufacturer"),
        "the correction says there is no limit, not that long use is advised",
    ),
    "myth_denied": (
        claim(
            "Valium does not lower serotonin.", ["diazepam"], ["serotonin"], relation="decreases", polarity="negated"
        ),
        myth("benzodiazepine", "decreases", "serotonin"),
        "denies a known myth",
    ),
    "myth_other_direction": (
        claim("Valium raises serotonin.", ["diazepam"], ["serotonin"], relation="increases"),
        myth("benzodiazepine", "decreases", "serotonin"),
        "myth in another direction",
    ),
    "place_differs": (
        claim("SSRIs lower serotonin in platelets.", ["ssri"], [("serotonin", "amount")], relation="decreases"),
        fact("ssri", "increases", "serotonin", aspect="amount", statement="SSRIs raise serotonin in the synapse."),
        "the claim is about platelets; the row about synapse",
    ),
    "opposite_direction": (
        claim("Caffeine reduces wakefulness.", ["caffeine"], ["wakefulness"], relation="decreases"),
        fact("caffeine", "increases", "wakefulness"),
        "the row says increases, the claim the opposite",
    ),
    "opposite_direction_negated": (
        claim(
            "Caffeine does not reduce wakefulness.",
            ["caffeine"],
            ["wakefulness"],
            relation="decreases",
            polarity="negated",
        ),
        fact("caffeine", "increases", "wakefulness"),
        "opposite direction, negated",
    ),
    "denied_side_object": (
        claim("Xanax treats anxiety and insomnia.", ["alprazolam"], ["anxiety", "insomnia"], relation="treats"),
        fact("alprazolam", "treats", "insomnia", polarity="negated"),
        "not the claim's main object",
    ),
    "unknown_against_denial": (
        claim(
            "Buspirone is not known to cause dependence.",
            ["buspirone"],
            ["dependence"],
            relation="causes",
            value="unknown",
        ),
        fact("buspirone", "causes", "dependence", polarity="negated"),
        "the claim says it is not known; the row denies it",
    ),
    "denied_modifier": (
        claim(
            "Clonazepam is not a short-acting benzodiazepine.",
            ["clonazepam"],
            ["benzodiazepine"],
            relation="is_a",
            polarity="negated",
            value="short",
        ),
        fact("clonazepam", "is_a", "benzodiazepine"),
        "the denial may be of short, not of benzodiazepine",
    ),
    "partial_denial_of_denied": (
        claim("Tolerance does not always indicate addiction.", ["tolerance"], ["addiction"], relation="is_a"),
        fact("tolerance", "is_a", "addiction", polarity="negated"),
        "the row denies it outright; the claim denies it in part",
    ),
    "low_risk_of_denied": (
        claim("Buspirone has a low risk of addiction.", ["buspirone"], ["addiction"], relation="causes"),
        fact("buspirone", "causes", "addiction", polarity="negated"),
        "the row denies the effect; a low risk says less",
    ),
    "short_course_of_denied_long": (
        claim(
            "They should only be used for short-term relief of symptoms and not long-term.",
            ["benzodiazepine"],
            [],
            relation="recommends",
            value="short",
            context=("long_term_use",),
        ),
        fact(
            "benzodiazepine",
            "recommends",
            "long_term_use",
            polarity="negated",
            statement="Benzodiazepines are not meant for long-term use: guidelines advise them only short-term.",
        ),
        "the row advises against long use; the claim, a short one",
    ),
    "course_against_long_denied": (
        claim(
            "Ativan should be used for 4 months at most.",
            ["lorazepam"],
            ["long_term_use"],
            relation="recommends",
            quantities=(qty(4, "months"),),
        ),
        fact("benzodiazepine", "recommends", "long_term_use", polarity="negated"),
        "the claim gives a course length; the row gives none",
    ),
    "hedged_sign_of_denied": (
        claim(
            "Tolerance can be a sign of addiction.", ["tolerance"], ["addiction"], relation="is_a", modality="hedged"
        ),
        fact("tolerance", "is_a", "addiction", polarity="negated"),
        "the row denies that it is, by itself; the claim says it can be",
    ),
    "denied_indirect": (
        claim(
            "Benzos indirectly affect dopamine.", ["benzodiazepine"], ["dopamine"], relation="acts_on", indirect=True
        ),
        fact("benzodiazepine", "acts_on", "dopamine", polarity="negated"),
        "claim is about an indirect effect",
    ),
    "row_denies": (
        claim("Lorazepam causes weight gain.", ["lorazepam"], ["weight_gain"], relation="causes"),
        fact("lorazepam", "causes", "weight_gain", polarity="negated"),
        "the row denies this",
    ),
    "denied_more_broadly": (
        claim("Buspirone does not raise GABA.", ["buspirone"], ["gaba"], relation="increases", polarity="negated"),
        fact("buspirone", "acts_on", "gaba", polarity="negated"),
        "the row denies more than this",
    ),
    "claim_more_specific": (
        claim("Buspirone lowers serotonin.", ["buspirone"], ["serotonin"], relation="decreases"),
        fact("buspirone", "acts_on", "serotonin"),
        "claim is more specific than the row",
    ),
    "denied_other_object": (
        claim(
            "Xanax is not meant for long-term use, and tapering is needed.",
            ["alprazolam"],
            ["long_term_use"],
            relation="recommends",
            polarity="negated",
            context=("long_term_use", "taper"),
        ),
        fact("benzodiazepine", "recommends", "taper"),
        "the claim denies long_term_use, not taper",
    ),
    "form_denied_of_some_strengths": (
        claim(
            "The 600 mg strengths of gabapentin are not capsules.",
            ["tablet_strength", "gabapentin"],
            ["capsule"],
            relation="is_a",
            polarity="negated",
        ),
        fact("gabapentin", "is_a", "capsule"),
        "the claim denies the form of some strengths only",
    ),
    "claim_denies_fact": (
        claim(
            "Lorazepam is not a benzodiazepine.", ["lorazepam"], ["benzodiazepine"], relation="is_a", polarity="negated"
        ),
        fact("lorazepam", "is_a", "benzodiazepine"),
        "claim denies a fact",
    ),
    "quantity_out_of_range": (
        claim(
            "Sertraline treats depression at 300 mg.",
            ["sertraline"],
            ["depression"],
            relation="treats",
            quantities=(qty(300, "mg"),),
        ),
        fact("sertraline", "treats", "depression", qty_min=50.0, qty_max=200.0, unit="mg"),
        "the row's range is 50-200 mg",
    ),
    "agrees": (
        claim("Lorazepam is a benzodiazepine.", ["lorazepam"], ["benzodiazepine"], relation="is_a"),
        fact("lorazepam", "is_a", "benzodiazepine"),
        "agrees",
    ),
    # caveat
    "mechanism_unstated": (
        claim(
            "Clonazepam causes drowsiness by raising dopamine.",
            ["clonazepam"],
            ["sedation", ("dopamine", "amount")],
            relation="causes",
        ),
        fact("clonazepam", "causes", "sedation"),
        "the row does not speak of dopamine",
    ),
    "mechanism_called_unknown": (
        claim(
            "Buspirone works by affecting dopamine receptors.",
            ["buspirone"],
            ["dopamine_receptor"],
            relation="binds",
        ),
        fact("buspirone", "binds", "dopamine_receptor"),
        "the table calls buspirone's mechanism unknown",
    ),
    "objects_unstated": (
        claim(
            "Diazepam treats anxiety and bipolar mania.",
            ["diazepam"],
            ["anxiety_disorder", "seizure"],
            relation="treats",
        ),
        fact("diazepam", "treats", "anxiety_disorder"),
        "the row does not speak of seizure",
    ),
    "forms_unstated": (
        claim(
            "Lorazepam comes as an injection and a nasal spray.",
            ["lorazepam"],
            ["injection", "nasal_spray"],
            relation="is_a",
        ),
        fact("lorazepam", "is_a", "injection", topic="formulations"),
        "the table does not list nasal_spray for lorazepam",
    ),
    "timing_unstated": (
        claim(
            "Escitalopram starts raising serotonin levels within hours.",
            ["escitalopram"],
            [("serotonin", "amount"), "onset"],
            relation="increases",
        ),
        fact("ssri", "increases", "serotonin", aspect="amount"),
        "the claim also says how soon; the row does not",
    ),
    "option_graded": (
        claim("Ativan is a safer choice for older adults.", ["lorazepam"], ["anxiety"], relation="treats"),
        fact("lorazepam", "treats", "anxiety", statement="Lorazepam relieves anxiety."),
        "the claim calls it 'safer choice'; the row does not",
    ),
    "graded_class": (
        claim("Paxil is an effective antidepressant.", ["paroxetine"], ["antidepressant"], relation="is_a"),
        fact("paroxetine", "is_a", "antidepressant", statement="Paroxetine is an antidepressant."),
        "the claim also says 'effective'; the row does not",
    ),
    "list_member_unread": (
        claim(
            "Diazepam treats anxiety and restless legs.",
            ["diazepam"],
            ["anxiety_disorder"],
            relation="treats",
            unread=("restless legs",),
        ),
        fact("diazepam", "treats", "anxiety_disorder"),
        "the claim also names 'restless legs', which no row speaks of",
    ),
    "population_unstated": (
        claim(
            "Klonopin is not approved for children with panic disorder.",
            ["clonazepam"],
            ["children_and_young_adults", "panic_disorder"],
            relation="treats",
            polarity="negated",
        ),
        fact("clonazepam", "treats", "panic_disorder"),
        "the row does not speak of children_and_young_adults",
    ),
    "long_use_unstated": (
        claim(
            "Xanax is approved for the long-term treatment of generalized anxiety disorder.",
            ["alprazolam"],
            ["generalized_anxiety_disorder", "long_term_use"],
            relation="treats",
        ),
        fact("alprazolam", "treats", "generalized_anxiety_disorder"),
        "the claim says long-term; the row does not",
    ),
    "short_use_unstated": (
        claim(
            "Klonopin is approved for the short-term treatment of panic disorder.",
            ["clonazepam"],
            ["panic_disorder"],
            relation="treats",
            value="short",
        ),
        fact("clonazepam", "treats", "panic_disorder", statement="Clonazepam is indicated for panic disorder."),
        "the claim says short-term; the row does not",
    ),
    "as_needed_unstated": (
        claim(
            "Buspirone can be taken as needed for anxiety.",
            ["buspirone"],
            ["anxiety_disorder"],
            relation="treats",
            modality="hedged",
        ),
        fact("buspirone", "treats", "anxiety_disorder", statement="Buspirone is indicated for anxiety disorders."),
        "the claim says as needed; the row does not",
    ),
    "personal_account": (
        claim(
            "My doctor prescribed clonazepam for restless legs syndrome.",
            ["clonazepam"],
            ["restless_legs_syndrome"],
            relation="treats",
        ),
        fact("clonazepam", "treats", "restless_legs_syndrome", source_type="review", manner="off_label"),
        "a personal account, which no row states",
    ),
    "owner_unstated": (
        claim(
            "The active metabolite of lorazepam has a half-life of 18 hours.",
            ["active_metabolite", "lorazepam"],
            ["half_life"],
            relation="has_property",
        ),
        fact("lorazepam", "has_property", "half_life"),
        "the row gives lorazepam's own property, not its active_metabolite's",
    ),
    "use_in_group_unstated": (
        claim(
            "Xanax treats panic disorder in children.",
            ["alprazolam"],
            ["panic_disorder", "children_and_young_adults"],
            relation="treats",
        ),
        fact("alprazolam", "treats", "panic_disorder", statement="Alprazolam is indicated for panic disorder."),
        "the row does not say this use for children_and_young_adults",
    ),
    "exposed_group_unstated": (
        claim(
            "Diazepam can make newborn babies drowsy.",
            ["diazepam"],
            ["sedation", "newborns"],
            relation="causes",
            modality="hedged",
        ),
        fact("diazepam", "causes", "sedation", statement="Diazepam commonly causes drowsiness."),
        "the row does not speak of newborns",
    ),
    "unchecked_numbers_caveat": (
        claim(
            "Xanax treats panic disorder at 0.25 mg.",
            ["alprazolam"],
            ["panic_disorder"],
            relation="treats",
            quantities=(qty(0.25, "mg"),),
        ),
        fact("alprazolam", "treats", "panic_disorder"),
        "the row does not cover the claim's numbers",
    ),
    "figure_beside_denial": (
        claim(
            "Citalopram gives no extra benefit for depression at doses above 40 mg.",
            ["citalopram"],
            ["depression"],
            relation="treats",
            polarity="negated",
            quantities=(Quantity(40.0, 40.0, "mg", ">", "above 40 mg"),),
        ),
        fact("citalopram", "treats", "depression"),
        "the denial carries a figure the row does not speak of",
    ),
    "sole_use_denied": (
        claim(
            "Clorazepate alone is not effective for seizures.",
            ["clorazepate"],
            ["seizure"],
            relation="treats",
            polarity="negated",
        ),
        fact("clorazepate", "treats", "seizure"),
        "the claim denies its use alone ('alone'), which the row does not state",
    ),
    "adjunct_unstated": (
        claim("Ativan is an adjunctive treatment for seizures.", ["lorazepam"], ["seizure"], relation="treats"),
        fact(
            "lorazepam",
            "treats",
            "status_epilepticus",
            statement="Lorazepam injection is indicated for status epilepticus.",
        ),
        "the claim says 'adjunctive'; the row does not",
    ),
    "graded_efficacy": (
        claim("Restoril is very effective for insomnia.", ["temazepam"], ["insomnia"], relation="treats"),
        fact(
            "temazepam",
            "treats",
            "insomnia",
            statement="Temazepam is indicated for the short-term treatment of insomnia.",
        ),
        "the claim says 'very effective'; the row does not",
    ),
    "other_drug_compared": (
        claim(
            "Z-drugs work like benzodiazepines, with fewer side effects and a lower risk of addiction.",
            ["z_drug"],
            ["addiction", "benzodiazepine"],
            relation="causes",
        ),
        fact("z_drug", "causes", "addiction", statement="Z-drugs can cause addiction."),
        "the claim compares with benzodiazepine, which the row does not name",
    ),
    "placed_among_others": (
        claim(
            "Buspirone, like other benzodiazepines, can cause drowsiness.",
            ["buspirone"],
            ["sedation"],
            relation="causes",
            context=("benzodiazepine", "sedation"),
        ),
        fact("buspirone", "causes", "sedation", statement="Buspirone can cause drowsiness."),
        "the claim places buspirone among the benzodiazepine, which it is not",
    ),
    "safety_unstated": (
        claim("Hydroxyzine is a safe treatment for anxiety.", ["hydroxyzine"], ["anxiety"], relation="treats"),
        fact("hydroxyzine", "treats", "anxiety", statement="Hydroxyzine is indicated for anxiety."),
        "the claim says 'safe'; the row does not",
    ),
    "dose_count_unstated": (
        claim("Klonopin can cause tolerance after a single dose.", ["clonazepam"], ["tolerance"], relation="causes"),
        fact("benzodiazepine", "causes", "tolerance", statement="Benzodiazepines cause tolerance with regular use."),
        "the claim says 'single dose'; the row does not",
    ),
    "property_as_cause": (
        claim(
            "The fast onset of Xanax contributes to its risk of addiction.",
            ["onset", "alprazolam"],
            ["addiction"],
            relation="causes",
        ),
        fact("alprazolam", "causes", "addiction"),
        "the claim says its onset of action causes this; the row does not",
    ),
    "rarity_conflict": (
        claim("Insomnia is a rare side effect of Paxil.", ["paroxetine"], ["insomnia"], relation="causes"),
        fact("paroxetine", "causes", "insomnia", statement="Insomnia is a common side effect of paroxetine."),
        "the claim says this is rare; the row says it is common",
    ),
    "rarity_caveat": (
        claim("SSRIs rarely cause sexual dysfunction.", ["ssri"], ["sexual_dysfunction"], relation="causes"),
        fact("ssri", "causes", "sexual_dysfunction", statement="SSRIs can cause sexual dysfunction."),
        "the claim says this is rare; the row does not say how often",
    ),
    "frequency_caveat": (
        claim("SSRIs always cause sexual dysfunction.", ["ssri"], ["sexual_dysfunction"], relation="causes"),
        fact("ssri", "causes", "sexual_dysfunction", statement="SSRIs can cause sexual dysfunction."),
        "the claim says 'always'; the row does not say how often",
    ),
    "preference_caveat": (
        claim("The AASM recommends zolpidem over CBT-I.", ["aasm"], ["cbt_i", "zolpidem"], relation="recommends"),
        fact("aasm", "recommends", "cbt_i", statement="The AASM recommends CBT-I for chronic insomnia."),
        "the claim prefers one to another ('over'); the row compares nothing",
    ),
    "exclusive_caveat": (
        claim(
            "Only benzodiazepines can treat panic disorder.", ["benzodiazepine"], ["panic_disorder"], relation="treats"
        ),
        fact("benzodiazepine", "treats", "panic_disorder", statement="Benzodiazepines are used for panic disorder."),
        "the claim says 'Only'; the row states no such restriction",
    ),
    "object_aspect_unsaid": (
        claim("SSRIs block serotonin.", ["ssri"], ["serotonin"], relation="decreases"),
        fact("ssri", "decreases", "serotonin", aspect="reuptake"),
        "the row is about the reuptake of serotonin",
    ),
    "subject_aspect_unstated": (
        claim("More GABA in the brain calms you.", [("gaba", "amount")], ["calming"], relation="causes"),
        fact("gaba", "causes", "calming"),
        "the claim is about the amount of gaba; the row is not",
    ),
    "form_caveat": (
        claim(
            "Ativan tablets are approved for status epilepticus.",
            ["lorazepam"],
            ["status_epilepticus"],
            relation="treats",
        ),
        fact(
            "lorazepam",
            "treats",
            "status_epilepticus",
            statement="Lorazepam injection is indicated for status epilepticus.",
        ),
        "the claim is about the oral form; the row about the parenteral form",
    ),
    "ranking_caveat": (
        claim("Xanax is the most abused prescription drug.", ["alprazolam"], ["prescription_drug"], relation="is_a"),
        fact("benzodiazepine", "is_a", "prescription_drug"),
        "the claim ranks it ('the most'); the row states no such ranking",
    ),
    "degree_caveat": (
        claim("Lorazepam causes less sedation.", ["lorazepam"], ["sedation"], relation="causes"),
        fact("lorazepam", "causes", "sedation", statement="Lorazepam causes sedation."),
        "the claim compares ('less'); the row states no degree",
    ),
    "excepted_object": (
        claim(
            "Benzodiazepines should not be used in pregnancy except for short-term treatment.",
            ["benzodiazepine"],
            ["short_term_use"],
            relation="recommends",
            polarity="negated",
        ),
        fact("benzodiazepine", "recommends", "short_term_use"),
        "the claim excepts short_term_use from its denial",
    ),
    "limited_denial": (
        claim(
            "Depression is not simply caused by a chemical imbalance.",
            ["chemical_imbalance"],
            ["depression"],
            relation="causes",
        ),
        myth("chemical_imbalance", "causes", "depression"),
        "the claim denies only that it is the whole cause ('not simply')",
    ),
    "intensity_unstated": (
        claim("Lexapro commonly causes extreme sedation.", ["escitalopram"], ["sedation"], relation="causes"),
        fact("escitalopram", "causes", "sedation", statement="Somnolence is a common side effect of escitalopram."),
        "the claim grades the effect ('extreme'); the row does not",
    ),
    "absolute_beyond_correction": (
        claim(
            "Temazepam should never be used in pregnancy.",
            ["temazepam"],
            ["pregnancy"],
            relation="recommends",
            polarity="negated",
        ),
        fact(
            "benzodiazepine",
            "recommends",
            "pregnancy",
            kind="myth",
            correction="The labels ask prescribers to weigh the risk against the benefit.",
        ),
        "the claim says 'never'; the correction forbids nothing",
    ),
    "subclass_caveat": (
        claim("Prozac is a first-generation antidepressant.", ["fluoxetine"], ["antidepressant"], relation="is_a"),
        fact("fluoxetine", "is_a", "antidepressant", statement="Fluoxetine is an SSRI antidepressant."),
        "the claim names a kind of the class ('first-generation'); the row does not",
    ),
    "narrower_aspect": (
        claim(
            "Prozac makes the brain produce more serotonin.",
            ["fluoxetine"],
            [("serotonin", "production")],
            relation="increases",
        ),
        fact(
            "ssri",
            "increases",
            "serotonin",
            aspect="amount",
            statement="By blocking reuptake, SSRIs raise the concentration of serotonin in the synapse.",
        ),
        "the claim is about the production of serotonin, the row about its amount",
    ),
    "property_unstated": (
        claim(
            "Lorazepam is a long-acting benzodiazepine.",
            ["lorazepam"],
            ["half_life", "benzodiazepine"],
            relation="is_a",
        ),
        fact("lorazepam", "is_a", "benzodiazepine", statement="Lorazepam is a benzodiazepine."),
        "the claim also says its elimination half-life; the row does not",
    ),
    "risk_level_caveat": (
        claim("Clonazepam carries a low risk of dependence.", ["clonazepam"], ["dependence"], relation="causes"),
        fact("benzodiazepine", "causes", "dependence", statement="Physical dependence can develop."),
        "the claim grades the risk ('low'); the row grades none",
    ),
    "high_grade_denial": (
        claim(
            "Pregabalin is not considered highly addictive.",
            ["pregabalin"],
            ["addiction"],
            relation="causes",
            polarity="negated",
        ),
        myth("pregabalin", "causes", "addiction", polarity="negated"),
        "the claim denies only a high grade ('highly'), not the effect",
    ),
    "comparison_unstated": (
        claim(
            "Valium is more likely to cause drowsiness.", ["diazepam"], ["sedation"], relation="causes", value="higher"
        ),
        fact("diazepam", "causes", "sedation"),
        "the claim compares ('more likely'); the row speaks of one drug alone",
    ),
    "hedged_denied_use": (
        claim(
            "Sertraline may not relieve your depression.",
            ["sertraline"],
            ["depression"],
            relation="treats",
            polarity="negated",
            modality="hedged",
        ),
        fact("sertraline", "treats", "depression"),
        "the claim only says the drug may not help; the row says it treats the condition",
    ),
    "direction_word_caveat": (
        claim("Exercise makes anxiety worse.", ["exercise"], ["anxiety"]),
        fact("exercise", "decreases", "anxiety"),
        "the claim states a direction (better, worse) that was not understood",
    ),
    "strengthened_entity_match": (
        claim("Valium cures anxiety.", ["diazepam"], ["anxiety_disorder"]),
        fact("diazepam", "treats", "anxiety_disorder"),
        "the claim says 'cures', which agreeing entities do not state",
    ),
    "dosing_entity_match": (
        claim("For seizures, gabapentin is taken once a week.", ["gabapentin"], ["seizure"]),
        fact("gabapentin", "treats", "seizure"),
        "the claim says how often it is taken, which agreeing entities do not state",
    ),
    "graded_entity_match": (
        claim("The abuse potential of Xanax is low.", ["misuse", "alprazolam"], value="low"),
        fact("alprazolam", "causes", "misuse"),
        "the claim grades it 'low', which the row does not state",
    ),
    "unframed_verb_entity_match": (
        claim("Zoloft works by balancing serotonin.", ["sertraline"], ["serotonin"], verbs=("work", "balance")),
        fact("sertraline", "decreases", "serotonin", aspect="reuptake"),
        "the claim says 'balance', which agreeing entities do not state",
    ),
    "fragment_entity_match": (
        claim("[Klonopin] to feel euphoric", [], ["euphoria", "clonazepam"]),
        fact("benzodiazepine", "causes", "euphoria"),
        "the clause opens with 'to', a purpose or a description, not a statement",
    ),
    "referred_entity_match": (
        claim("[Xanax and breathing] These effects could last several days.", ["alprazolam", "breathing"]),
        fact("alprazolam", "decreases", "breathing"),
        "the sentence names none of the entities it was matched on; they were carried over",
    ),
    "context_entity_match": (
        claim(
            "[Benzodiazepines] for sudden panic attacks",
            ["benzodiazepine"],
            ["panic_disorder"],
            context=("short_term_use",),
        ),
        fact("benzodiazepine", "recommends", "short_term_use"),
        "the row's short_term_use is named elsewhere in the sentence, not in this claim",
    ),
    "form_row_entity_match": (
        claim("Diazepam rectal gel should be kept in the freezer.", ["diazepam", "rectal_gel"]),
        fact("diazepam", "is_a", "rectal_gel", topic="formulations"),
        "the row only says the form exists",
    ),
    # override
    "property_words_unread": (
        claim(
            "The half-life of Valium increases by about one hour a year.",
            ["half_life", "diazepam"],
            [],
            relation="increases",
            unread=("by about one hour",),
        ),
        fact("diazepam", "has_property", "half_life", statement="Diazepam has a long half-life, up to 48 hours."),
        "the claim also says 'by about one hour', which the row does not",
    ),
    "member_name_unstated": (
        claim(
            "Sertraline's active metabolite is norfluoxetine.",
            ["sertraline"],
            ["active_metabolite"],
            relation="has_property",
        ),
        fact(
            "sertraline",
            "has_property",
            "active_metabolite",
            statement="Sertraline's metabolite is desmethylsertraline.",
        ),
        "the row does not name 'norfluoxetine'",
    ),
    "strength_form_unstated": (
        claim(
            "Clorazepate extended-release tablets come in 11.25 mg and 22.5 mg.",
            ["clorazepate", "extended_release_tablet"],
            ["tablet_strength"],
            quantities=(qty(11.25, "mg"), qty(22.5, "mg")),
        ),
        fact(
            "clorazepate",
            "has_property",
            "tablet_strength",
            qty_min=3.75,
            qty_max=15.0,
            unit="mg",
            qty_type="set",
            qty_values=(3.75, 7.5, 15.0),
            statement="Clorazepate tablets come in 3.75 mg, 7.5 mg and 15 mg strengths.",
        ),
        "the claim is about extended_release_tablet, which the row does not list",
    ),
    "figure_of_the_effect": (
        claim(
            "Because of Klonopin's long half-life, withdrawal can last eight weeks.",
            ["half_life", "clonazepam"],
            ["withdrawal"],
            relation="causes",
            quantities=(qty(8.0, "weeks"),),
        ),
        fact("clonazepam", "has_property", "half_life", qty_min=18.0, qty_max=50.0, unit="hours"),
        "the figure is of withdrawal, not of half_life",
    ),
    "full_effect_unstated": (
        claim(
            "Klonopin may need several weeks to reach its full benefit.",
            ["clonazepam"],
            ["onset"],
            relation="has_property",
            value="slow",
        ),
        fact("benzodiazepine", "has_property", "onset", value="fast", statement="Benzodiazepines work within hours."),
        "the claim is about the full effect ('full benefit'); the row times the onset",
    ),
    "reported_belief": (
        claim(
            "Some theories suggest that benzodiazepines raise GABA levels.",
            ["benzodiazepine"],
            ["gaba"],
            relation="increases",
            attribution="beliefs",
        ),
        myth("benzodiazepine", "increases", "gaba"),
        "the page reports this as a belief or theory, not as its own claim",
    ),
    "unnamed_subject_conflict": (
        claim("Belongs to the SSRI class.", ["alprazolam"], ["ssri"], relation="is_a"),
        fact("alprazolam", "is_a", "ssri", polarity="negated"),
        "the sentence names none of the claim's drugs",
    ),
    "misattributed_unsupported": (
        claim(
            "The FDA says sertraline does not treat depression.",
            ["sertraline"],
            ["depression"],
            relation="treats",
            polarity="negated",
            **FDA_UK,
        ),
        fact("sertraline", "treats", "depression", attribution="uk_guidance"),
        "only applies to what uk_guidance says",
    ),
    "misattributed": (
        claim(
            "The FDA says sertraline treats depression.", ["sertraline"], ["depression"], relation="treats", **FDA_UK
        ),
        fact("sertraline", "treats", "depression", attribution="uk_guidance"),
        "uk_guidance says this, not fda",
    ),
    "not_of_its_own_class": (
        claim(
            "Xanax is a non-benzodiazepine sedative.",
            ["alprazolam"],
            ["sedative_hypnotic"],
            relation="is_a",
            other_classes=("benzodiazepine",),
        ),
        fact("alprazolam", "is_a", "sedative_hypnotic"),
        "alprazolam is a benzodiazepine",
    ),
    "wrong_class": (
        claim("Buspirone is a benzodiazepine.", ["buspirone"], ["benzodiazepine"], relation="is_a"),
        fact("buspirone", "is_a", "benzodiazepine", polarity="negated"),
        "benzodiazepine is the wrong class",
    ),
}

# Decided from the table's own rows for both drugs (F-0073: clonazepam 30-40 hours; F-0074:
# alprazolam 6.3-26.9 hours).
COMPARISONS = {
    "comparison_agrees": (
        claim(
            "Klonopin has a longer half-life than Xanax.",
            ["clonazepam"],
            ["alprazolam", "half_life"],
            relation="has_property",
            value="longer",
        ),
        "clonazepam: 30-40 hours; alprazolam: 6.3-26.9 hours",
    ),
    "comparison_conflict": (
        claim(
            "Xanax has a longer half-life than Klonopin.",
            ["alprazolam"],
            ["clonazepam", "half_life"],
            relation="has_property",
            value="longer",
        ),
        "alprazolam: 6.3-26.9 hours; clonazepam: 30-40 hours",
    ),
}

# Decided from the drug's label rows as a whole (alprazolam: anxiety_disorder, generalized_anxiety_disorder,
# panic_disorder; its list is closed in checks_terms.csv).
CLOSED = {
    "indication_not_listed": (
        claim("Xanax is FDA-approved for insomnia.", ["alprazolam"], ["insomnia"], relation="treats"),
        "insomnia is not among alprazolam's approved indications"
        " (anxiety_disorder, generalized_anxiety_disorder, panic_disorder)",
    ),
    "unlisted_indication_denied": (
        claim(
            "Xanax is not approved for insomnia.", ["alprazolam"], ["insomnia"], relation="treats", polarity="negated"
        ),
        "insomnia is not among alprazolam's approved indications"
        " (anxiety_disorder, generalized_anxiety_disorder, panic_disorder)",
    ),
    "approved_for_more": (
        claim("Gabapentin is approved only for seizures.", ["gabapentin"], ["seizure"], relation="treats"),
        "gabapentin is approved for postherpetic_neuralgia too",
    ),
    "other_member_approved": (
        claim(
            "Paroxetine is the only SSRI approved for OCD.",
            ["paroxetine", "ssri"],
            ["obsessive_compulsive_disorder"],
            relation="treats",
        ),
        "sertraline is approved for obsessive_compulsive_disorder too",
    ),
    "member_approved": (
        claim(
            "Benzodiazepines are not approved for anxiety.",
            ["benzodiazepine"],
            ["anxiety"],
            relation="treats",
            polarity="negated",
        ),
        "lorazepam, a benzodiazepine, is approved for anxiety",
    ),
}
# The rows each closed-list fixture must cite (in `fact` or `more`).
CLOSED_EVIDENCE = {
    "indication_not_listed": {"F-0028", "F-0029"},
    "unlisted_indication_denied": {"F-0028", "F-0029"},
    "approved_for_more": {"F-0567"},
    "other_member_approved": {"F-0541", "F-0546"},
    "member_approved": {"F-0147"},
}

BY_NAME = {c.name: c for c in CHECKS}


def test_every_check_has_a_fixture_and_a_unique_name():
    assert len(BY_NAME) == len(CHECKS)
    once = {**COMPARISONS, **CLOSED}
    assert sorted(FIXTURES) + sorted(COMPARISONS) + sorted(CLOSED) == sorted(
        BY_NAME, key=lambda n: (n in once, n in CLOSED, n)
    )


def test_stages_are_contiguous_and_in_order():
    order = [c.stage for c in CHECKS]
    assert [s for i, s in enumerate(order) if i == 0 or order[i - 1] != s] == list(STAGES)


@pytest.mark.parametrize("item", CHECKS, ids=lambda c: c.name)
def test_every_check_documents_what_why_and_an_example(item):
    doc = item.doc
    assert doc.startswith("What:") and "\nWhy:" in doc and "\nExample:" in doc, item.name


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_check_decides_its_fixture(kb, name):
    item = BY_NAME[name]
    the_claim, the_fact, note = FIXTURES[name]
    trail: list[str] = []
    found = decide(situation(the_claim, the_fact, kb), trail)
    assert trail[-1] == name, trail
    assert (found.outcome, found.reason, found.note) == (item.verdict, item.reason, note)
    assert evaluate(the_claim, the_fact, kb) == found


@pytest.mark.parametrize("name", sorted(COMPARISONS))
def test_comparison_check_decides_its_fixture(kb, name):
    item = BY_NAME[name]
    the_claim, note = COMPARISONS[name]
    assert [(c.outcome, c.reason, c.note, c.score) for c in compare(the_claim, kb)] == [
        (item.verdict, item.reason, note, 80.0)
    ]
    assert compare(the_claim, kb, checks=(item,)) == compare(the_claim, kb)


@pytest.mark.parametrize("name", sorted(CLOSED))
def test_closed_list_check_decides_its_fixture(kb, name):
    item = BY_NAME[name]
    the_claim, note = CLOSED[name]
    found = closed_lists(the_claim, kb)
    assert [(c.outcome, c.reason, c.note, c.score) for c in found] == [(item.verdict, item.reason, note, 80.0)]
    assert {found[0].fact.id, *(f.id for f in found[0].more)} >= CLOSED_EVIDENCE[name]
    assert closed_lists(the_claim, kb, checks=(item,)) == found


@pytest.mark.parametrize(
    "text,subject,obj",
    [
        ("Xanax is approved for panic disorder.", "alprazolam", "panic_disorder"),
        ("Xanax is approved for anxiety.", "alprazolam", "anxiety"),  # broader than a listed one
        ("Zoloft is approved for social anxiety disorder.", "sertraline", "social_anxiety_disorder"),
        ("Valium is approved for insomnia.", "diazepam", "insomnia"),  # diazepam's list is not closed
        ("Xanax is prescribed for insomnia.", "alprazolam", "insomnia"),  # a use, not an approval
    ],
)
def test_closed_list_decides_nothing_it_cannot(kb, text, subject, obj):
    assert not [
        c
        for c in closed_lists(claim(text, [subject], [obj], relation="treats"), kb)
        if c.outcome is Verdict.CONTRADICTED
    ]


@pytest.mark.parametrize(
    "text,subject,obj",
    [
        ("Most SSRIs are not approved for anxiety.", "ssri", "anxiety"),  # part of the class
        ("Some benzodiazepines are not approved for anxiety.", "benzodiazepine", "anxiety"),
        ("Benzodiazepines are not used for anxiety.", "benzodiazepine", "anxiety"),  # a use, not an approval
        ("In Canada, SSRIs are not approved for anxiety.", "ssri", "anxiety"),  # another country's list
    ],
)
def test_a_class_denied_an_approval_in_part_or_elsewhere_is_left_alone(kb, text, subject, obj):
    denied = claim(text, [subject], [obj], relation="treats", polarity="negated")
    assert not closed_lists(denied, kb)


def test_exclusive_class_scores_the_row_as_agreeing_on_the_object(kb):
    the_claim, the_fact, _ = FIXTURES["exclusive_class"]
    plain = situation(the_claim, the_fact, kb).score
    assert evaluate(the_claim, the_fact, kb).score == round(plain + 35.0, 1)


def test_an_unregistered_stage_order_changes_the_outcome(kb):
    """Order is priority: without the caveat stage the rarity fixture would be supported."""
    the_claim, the_fact, _ = FIXTURES["rarity_caveat"]
    s = situation(the_claim, the_fact, kb)
    from pipeline.checks import first

    assert first("direction", s).outcome is Verdict.SUPPORTED
    assert decide(s).outcome is Verdict.UNSUPPORTED


def test_stage_lists_registry_order():
    assert [c.name for c in stage("caveat")] == [
        "mechanism_unstated",
        "mechanism_called_unknown",
        "narrower_aspect",
        "objects_unstated",
        "forms_unstated",
        "population_unstated",
        "use_in_group_unstated",
        "exposed_group_unstated",
        "list_member_unread",
        "unchecked_numbers_caveat",
        "rarity_conflict",
        "rarity_caveat",
        "frequency_caveat",
        "preference_caveat",
        "exclusive_caveat",
        "object_aspect_unsaid",
        "subject_aspect_unstated",
        "form_caveat",
        "ranking_caveat",
        "degree_caveat",
        "intensity_unstated",
        "absolute_beyond_correction",
        "subclass_caveat",
        "property_unstated",
        "timing_unstated",
        "long_use_unstated",
        "short_use_unstated",
        "as_needed_unstated",
        "personal_account",
        "graded_class",
        "figure_beside_denial",
        "sole_use_denied",
        "adjunct_unstated",
        "graded_efficacy",
        "safety_unstated",
        "other_drug_compared",
        "dose_count_unstated",
        "property_as_cause",
        "risk_level_caveat",
        "high_grade_denial",
        "hedged_denied_use",
        "direction_word_caveat",
        "comparison_unstated",
        "strengthened_entity_match",
        "dosing_entity_match",
        "graded_entity_match",
        "unframed_verb_entity_match",
        "fragment_entity_match",
        "referred_entity_match",
        "context_entity_match",
        "form_row_entity_match",
    ]


def test_a_claim_that_says_indirectly_is_backed_by_an_indirect_row(kb):
    said = claim(
        "Benzodiazepines indirectly increase dopamine.",
        ["benzodiazepine"],
        [("dopamine", "amount")],
        relation="increases",
        indirect=True,
    )
    row = fact("benzodiazepine", "increases", "dopamine", aspect="amount", manner="indirect")
    trail: list[str] = []
    found = decide(situation(said, row, kb), trail)
    assert "manner_unstated" not in trail and found.reason.value == "fact_match"


def test_a_listed_condition_that_is_the_rows_qualifier_is_spoken_of(kb):
    said = claim(
        "Hydroxyzine relieves itching caused by hives.",
        ["hydroxyzine"],
        ["pruritus", "urticaria"],
        relation="treats",
    )
    with_it = fact("hydroxyzine", "treats", "pruritus", qualifier="urticaria")
    without_it = fact("hydroxyzine", "treats", "pruritus")
    trail: list[str] = []
    assert decide(situation(said, with_it, kb), trail).reason.value == "fact_match"
    assert "objects_unstated" not in trail
    found = decide(situation(said, without_it, kb), [])
    assert found.note == "the row does not speak of urticaria"


def test_a_trend_is_a_strengthening_word(kb):
    said = claim("Neurontin abuse is on the rise.", ["gabapentin"], ["misuse"])
    trail: list[str] = []
    found = decide(situation(said, fact("gabapentin", "causes", "misuse"), kb), trail)
    assert trail[-1] == "strengthened_entity_match" and found.outcome.value == "unsupported", trail
