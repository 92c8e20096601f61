"""The relation repairs of pipeline/extract/relation.py, one by one.

Each test reads an example sentence twice: with every repair of REPAIRS, and with every repair but
the one under test; the difference is what that repair does.
"""

from __future__ import annotations

import pytest

from pipeline.extract import relation
from pipeline.read import article_from_text


@pytest.fixture
def read(extractor, monkeypatch):
    """read(text, without=None) -> the check-worthy claims, optionally without one repair."""

    def run(text, without=None):
        steps = tuple(r for r in relation.REPAIRS if r is not without)
        with monkeypatch.context() as patch:
            patch.setattr(relation, "REPAIRS", steps)
            return [c for c in extractor(article_from_text(text)) if c.reason is None or c.checkworthy]

    return run


def _summary(claims):
    return [(c.relation, [r.id for r in c.subjects], [r.id for r in c.objects], c.polarity) for c in claims]


def test_the_repairs_run_in_their_documented_order():
    names = [r.__name__ for r in relation.REPAIRS]
    assert names[:20] == [
        "change_amounts",  # first: no later reading takes a change for a property's value
        "switched_away",
        "effect_trigger_causes",
        "example_is_a",
        "drugs_of_a_counted_kind",  # after the appositive's class claim, which it leaves alone
        "class_includes",
        "approved_for",
        "approval_year",
        "available_in",
        "given_as_form",
        "copula_is_a",
        "property_named",
        "property_of_fronted_drug",
        "drug_for_condition",
        "class_with_effect",  # "an antihistamine with sedative effects": split as a use is
        "sleep_aid_use",
        "cause_noun_causes",
        "same_target_as",
        "unrelated_class",
        "placed_in_class",
    ]
    assert names.index("class_as_modifier") < names.index("likened_class")  # after the repairs that make a class claim
    assert names.index("deontic_advice") < names.index("stopping_advice") < names.index("advice_parties")
    assert names.index("harmless_combination") < names.index("companion_on_a_drug")
    # "the side effects of Xanax are made worse by alcohol": read once the passive is undone
    assert (
        names.index("inverse_or_passive") < names.index("companion_worsens_drug") < names.index("companion_on_a_drug")
    )
    assert names.index("lessened_effect_is_tolerance") < names.index("comparative_direction")  # "less effective"
    assert names.index("advice_parties") < names.index("advice_beyond_duration") < names.index("causal_direction")
    assert names.index("causal_direction") < names.index("raising_relieves") < names.index("subject_from_context")
    # last, once the claim's drug is known: a use named by a condition, what a drug is noted for, and
    # the other side of a comparison the text left implicit
    assert names[-5:] == [
        "time_of_day_alone",
        "use_of_the_drug",
        "condition_medicine",
        "noted_for",
        "implicit_comparand",
    ]
    # "can cause drowsiness in newborn babies": read once the relation is settled
    assert names.index("causal_direction") < names.index("effect_in_newborns") < names.index("time_of_day_alone")
    # "no withdrawal syndrome has been identified for pregabalin": once the occurring verbs had their say
    assert names.index("effect_of_a_drug_occurs") < names.index("effect_had_or_found_with_drug")
    # "should not be used by people who have X": the group's condition before the advice's own condition
    assert names.index("avoid_for_a_group") + 1 == names.index("avoid_with_condition")
    # a named dose, a dose given or taken, then a dosing verb
    assert names.index("dose_around_drug") + 1 == names.index("dose_given")
    assert names.index("dose_given") + 1 == names.index("dose_by_verb")
    assert all(r.__doc__ for r in relation.REPAIRS)


def test_flip():
    assert relation.flip("affirmed") == "negated" and relation.flip("negated") == "affirmed"


def test_effect_trigger_causes(read):
    text = "Clonazepam can slow breathing."
    assert _summary(read(text))[0][0] == "causes"
    assert _summary(read(text, relation.effect_trigger_causes))[0][0] != "causes"


def test_receptor_role_binds(read):
    text = "Buspirone is a serotonin 5-HT1A receptor agonist."
    assert _summary(read(text))[0][0] == "binds"
    assert _summary(read(text, relation.receptor_role_binds))[0][0] != "binds"


def test_example_is_a(read):
    text = "Benzodiazepines such as diazepam calm the brain."
    with_it = [c for c in read(text) if c.text.startswith("Benzodiazepines such as")]
    without = [c for c in read(text, relation.example_is_a) if c.text.startswith("Benzodiazepines such as")]
    assert with_it and with_it[0].relation == "is_a"
    assert not without or without[0].relation != "is_a"


def test_copula_is_a(read):
    text = "Clonazepam is a benzodiazepine."
    assert _summary(read(text)) == [("is_a", ["clonazepam"], ["benzodiazepine"], "affirmed")]
    assert all(s[0] != "is_a" for s in _summary(read(text, relation.copula_is_a)))


def test_effect_adjective_causes(read):
    text = "Klonopin is addictive."
    assert [s[0] for s in _summary(read(text))] == ["causes"]
    assert all(s[0] != "causes" for s in _summary(read(text, relation.effect_adjective_causes)))


def test_effect_is_not_a_class(read):
    text = "Zoloft is an addictive drug."
    assert [s[0] for s in _summary(read(text))] == ["causes"]
    assert [s[0] for s in _summary(read(text, relation.effect_is_not_a_class))] == ["is_a"]


def test_inverse_or_passive(read):
    text = "Drowsiness is a side effect of clonazepam."
    assert _summary(read(text))[0][1:3] == (["clonazepam"], ["sedation"])
    assert _summary(read(text, relation.inverse_or_passive))[0][1] != ["clonazepam"]


def test_onset_speed(read):
    text = "Sertraline takes several weeks to work."
    (claim,) = read(text)
    assert claim.value == "slow" and "onset" in [r.id for r in claim.objects]
    assert all("onset" not in [r.id for r in c.objects] for c in read(text, relation.onset_speed))


def test_comparative_direction(read):
    text = "Clonazepam makes neurons less excitable."
    assert [c.relation for c in read(text)] == ["decreases"]
    assert all(c.relation != "decreases" for c in read(text, relation.comparative_direction))


def test_lack_subject(read):
    text = "Low GABA increases anxiety."
    assert [c.relation for c in read(text)] == ["decreases"]
    assert [c.relation for c in read(text, relation.lack_subject)] == ["increases"]


def test_deontic_advice(read):
    text = "Clonazepam should not be combined with alcohol."
    assert [c.relation for c in read(text)] == ["recommends"]
    assert all(c.relation != "recommends" for c in read(text, relation.deontic_advice))


def test_recommend_avoiding(read):
    text = "Doctors recommend avoiding alcohol while taking clonazepam."
    assert [c.polarity for c in read(text) if c.relation == "recommends"] == ["negated"]
    assert [c.polarity for c in read(text, relation.recommend_avoiding) if c.relation == "recommends"] == ["affirmed"]


def test_makes_worse_or_better(read):
    text = "Caffeine makes anxiety worse."
    assert [c.relation for c in read(text)] == ["worsens"]
    assert all(c.relation != "worsens" for c in read(text, relation.makes_worse_or_better))


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone may improve GAD symptoms.",
        "Pregabalin can be used to improve nerve pain.",
        "Hydroxyzine helps anxiety.",
    ],
)
def test_helps_a_condition(read, text):
    assert [c.relation for c in read(text)] == ["treats"]
    assert [c.relation for c in read(text, relation.helps_a_condition)] != ["treats"]


@pytest.mark.parametrize(
    "text", ["Exercise helps anxiety.", "Yoga improves panic disorder.", "Talk therapy helps depression."]
)
def test_helps_a_condition_needs_a_medicine_and_a_condition(read, text):
    assert "treats" not in [c.relation for c in read(text)]


def test_safe_to_take(read):
    text = "It is safe to drink alcohol with clonazepam."
    assert "recommends" in [c.relation for c in read(text)]
    assert "recommends" not in [c.relation for c in read(text, relation.safe_to_take)]


def test_negating_trigger(read):
    text = "The FDA advises against combining clonazepam with opioids."
    assert [c.polarity for c in read(text) if c.relation == "recommends"][0] == "negated"
    assert [c.polarity for c in read(text, relation.negating_trigger) if c.relation == "recommends"][0] == "affirmed"


def test_limiting_trigger(read):
    text = "Doctors limit clonazepam use to 2 weeks."
    assert [q.comparator for c in read(text) for q in c.quantities] == ["<="]
    assert [q.comparator for c in read(text, relation.limiting_trigger) for q in c.quantities] == ["="]


def test_advice_parties(read):
    text = "You should not drink alcohol while taking Xanax."
    assert _summary(read(text))[0] == ("recommends", ["alprazolam"], ["alcohol"], "negated")
    assert _summary(read(text, relation.advice_parties))[0] == ("recommends", [], ["alcohol"], "negated")


def test_advice_beyond_duration(read):
    text = "Clonazepam should not be taken for more than 4 weeks."
    (claim,) = read(text)
    assert claim.polarity == "negated" and "long_term_use" in [r.id for r in claim.objects]
    (plain,) = read(text, relation.advice_beyond_duration)
    assert "long_term_use" not in [r.id for r in plain.objects]


def test_causal_direction(read):
    text = "Stress causes serotonin levels to drop."
    (claim,) = read(text)
    assert claim.relation == "decreases" and claim.objects[0].aspect == "amount"
    assert [c.relation for c in read(text, relation.causal_direction)] == ["causes"]


def test_treats_drug_first(read):
    text = "Anxiety is often treated with clonazepam."
    assert _summary(read(text))[0][1:3] == (["clonazepam"], ["anxiety"])
    assert _summary(read(text, relation.treats_drug_first))[0][1] != ["clonazepam"]


def test_kind_is_the_subject(read):
    text = "The most common benzodiazepine is alprazolam."
    assert _summary(read(text))[0][1:3] == (["alprazolam"], ["benzodiazepine"])
    assert _summary(read(text, relation.kind_is_the_subject))[0][1:3] == (["benzodiazepine"], ["alprazolam"])


def test_subject_from_context(read):
    text = "When taking clonazepam, drowsiness may occur."
    assert _summary(read(text)) == [("causes", ["clonazepam"], ["sedation"], "affirmed")]
    assert _summary(read(text, relation.subject_from_context)) == [("causes", [], ["sedation"], "affirmed")]


def test_use_of_the_drug(read):
    text = "Clonazepam is a benzodiazepine. Prolonged use can lead to tolerance."
    assert "clonazepam" in _summary(read(text))[-1][1]
    assert "clonazepam" not in _summary(read(text, relation.use_of_the_drug))[-1][1]


def _advice_on_long_term_use(claims):
    return [
        c
        for c in claims
        if c.relation == "recommends" and c.polarity == "negated" and [r.id for r in c.objects] == ["long_term_use"]
    ]


@pytest.mark.parametrize(
    "text, drug",
    [
        ("Valium's package insert tells patients to quit it within three weeks.", "diazepam"),
        ("The maker of Xanax warns never to take it longer than six weeks.", "alprazolam"),
        ("According to the manufacturer, lorazepam may be used for 3 weeks at most.", "lorazepam"),
        (
            "Health authorities in the UK advise that benzodiazepines be given for no more than 4 weeks.",
            "benzodiazepine",
        ),
    ],
)
def test_attributed_duration_limit(read, text, drug):
    with_it = _advice_on_long_term_use(read(text))
    assert [r.id for c in with_it for r in c.subjects] == [drug] and all(c.attribution for c in with_it)
    assert not _advice_on_long_term_use(read(text, relation.attributed_duration_limit))


@pytest.mark.parametrize(
    "text",
    [
        "The label says effectiveness of clonazepam beyond 12 weeks has not been studied.",  # evidence
        "The manufacturer says clonazepam can be used for longer than 12 weeks.",  # no limit
        "Clonazepam should be used for 3 weeks at most.",  # no source said it: other repairs decide
    ],
)
def test_attributed_duration_limit_leaves_other_durations(read, text):
    assert _summary(read(text)) == _summary(read(text, relation.attributed_duration_limit))


def test_onset_speed_is_not_read_from_a_course_length(read):
    text = "Xanax is prescribed for no more than 3 weeks."
    assert all("onset" not in [r.id for r in c.objects] for c in read(text))
    assert any("onset" in [r.id for r in c.objects] for c in read("Xanax works within an hour."))


def test_unstudied_long_use(read):
    text = "The efficacy of Klonopin for panic disorder beyond 9 weeks has not been established."
    assert ("has_property", ["clonazepam"], ["long_term_use"], "affirmed") in _summary(read(text))
    without = _summary(read(text, relation.unstudied_long_use))
    assert all(s[0] != "has_property" for s in without)


def test_safe_for_population(read):
    text = "The use of temazepam during pregnancy is safe."
    assert ("recommends", ["temazepam"], ["pregnancy"], "affirmed") in _summary(read(text))
    assert all(s[2] != ["pregnancy"] for s in _summary(read(text, relation.safe_for_population)))


def test_short_term_advice(read):
    text = "Benzodiazepines are meant to be taken on a short-term basis."
    assert ("recommends", ["benzodiazepine"], ["short_term_use"], "affirmed") in _summary(read(text))
    assert all(s[0] != "recommends" for s in _summary(read(text, relation.short_term_advice)))


def test_off_label_use(read):
    text = "Gabapentin is prescribed off-label for anxiety."
    assert ("treats", ["gabapentin"], ["anxiety"], "negated") in _summary(read(text))
    assert ("treats", ["gabapentin"], ["anxiety"], "negated") not in _summary(read(text, relation.off_label_use))


def test_effect_means_effect(read):
    text = "Tolerance to Ativan does not always mean addiction."
    assert _summary(read(text))[0][:3] == ("is_a", ["tolerance"], ["addiction"])
    assert _summary(read(text, relation.effect_means_effect))[0][0] != "is_a"
    # a drug "indicated for" a condition keeps its use
    assert _summary(read("Ativan is indicated for anxiety disorders."))[0][0] == "treats"


def test_effect_is_not_a_class_keeps_an_effect_subject(read):
    said = _summary(read("Physical dependence on Klonopin is not addiction."))[0]
    assert said == ("is_a", ["dependence"], ["addiction"], "negated")
    assert _summary(read("Klonopin is an addictive drug."))[0][0] == "causes"


def test_avoid_with_condition_reads_a_state_of_the_person(read):
    said = _summary(read("Do not take Ativan if you are pregnant."))[0]
    assert said == ("recommends", ["lorazepam"], ["pregnancy"], "negated")
    assert _summary(read("Do not take Ativan if you are pregnant.", relation.avoid_with_condition))[0] != said


def test_class_as_modifier(read):
    said = _summary(read("Triazolam is a benzodiazepine hypnotic."))[0]
    assert said[0] == "is_a" and "benzodiazepine" in said[2]
    text = "Zaleplon is a benzodiazepine alternative."  # the class only modifies what it is said to be
    assert "benzodiazepine" not in _summary(read(text))[0][2]
    assert "benzodiazepine" in _summary(read(text, relation.class_as_modifier))[0][2]
