"""Issue 15's failure kinds, one group of tests each, in wordings written here: the false statement
is caught, the true neighbour stays supported, and the rule does not flip unrelated words."""

from __future__ import annotations

import pytest


def verdicts(findings, text: str) -> list[tuple[str, str, str]]:
    return [(f.claim.text, f.verdict.value, f.fact.id if f.fact else "") for f in findings(text)]


def worst(findings, text: str) -> str:
    order = ["contradicted", "unsupported", "supported", "not_checkworthy"]
    found = [f.verdict.value for f in findings(text)]
    return min(found, key=order.index, default="none")


# Kind 3, scope: a hyphenated prefix governs exactly the word it is joined to.


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is non-addictive.",
        "Ativan is a non-habit-forming drug.",
        "Xanax is a non-addictive way to treat panic attacks.",
    ],
)
def test_non_prefix_denies_the_word_it_joins(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is a non-addictive alternative to benzodiazepines.",
        "Unlike Xanax, buspirone is non-habit forming.",
    ],
)
def test_non_prefix_true_statements_stay_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_non_prefix_inside_a_name_denies_nothing(findings):
    # "non-benzodiazepine hypnotic" names the z-drug class; zolpidem is one
    assert worst(findings, "Zolpidem is a non-benzodiazepine hypnotic.") != "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is an alternative to benzodiazepines.",
        "For long-term anxiety, SSRIs are often a substitute for Xanax.",
        "Doctors may suggest hydroxyzine as a replacement for lorazepam.",
    ],
)
def test_an_alternative_to_a_class_is_not_a_member_of_it(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 2, scope: "off-label" says the use is not approved (the closed list of indications decides),
# and "off-label" is not the label.


@pytest.mark.parametrize(
    "text",
    [
        "Pregabalin is sometimes prescribed off-label for anxiety disorders.",
        "Doctors use gabapentin off-label for anxiety.",
        "Some psychiatrists prescribe clonazepam off-label for insomnia.",
    ],
)
def test_an_off_label_use_the_label_lacks_is_not_contradicted(findings, text):
    found = findings(text)
    assert all(f.verdict.value != "contradicted" for f in found), verdicts(findings, text)
    assert all(f.claim.attribution != "manufacturer" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pregabalin is sometimes prescribed off-label for anxiety disorders.",
        "Citalopram is used off-label for anxiety.",
    ],
)
def test_an_off_label_use_the_table_lists_as_unapproved_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_calling_an_approved_indication_off_label_is_contradicted(findings):
    assert worst(findings, "Clonazepam is used off-label for panic disorder.") == "contradicted"


# Kind 2: the aspect of a named transmitter is the aspect said of the noun it names.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines act by strengthening the effect of a transmitter called GABA.",
        "Xanax boosts the activity of a brain chemical known as GABA.",
    ],
)
def test_effect_of_a_named_transmitter_is_not_its_amount(findings, text):
    found = findings(text)
    assert all(f.verdict.value != "contradicted" for f in found), verdicts(findings, text)
    assert any(f.verdict.value == "supported" for f in found), verdicts(findings, text)


def test_the_amount_of_a_named_transmitter_is_still_the_myth(findings):
    text = "Benzodiazepines raise the levels of a neurotransmitter called GABA."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Kind 2: "these drugs" resolves to a fitting antecedent or to none, never to one that does not agree.


@pytest.mark.parametrize(
    "text",
    [
        "Valium is a benzodiazepine. These drugs are not benzodiazepines, but act in a similar way:",
        "Valium is a benzodiazepine. These drugs are not benzodiazepines.",
    ],
)
def test_a_plural_demonstrative_is_not_resolved_to_one_drug_or_forward(findings, text):
    found = findings(text)
    assert all(f.verdict.value != "contradicted" for f in found), verdicts(findings, text)


def test_a_plural_demonstrative_still_resolves_to_two_drugs(findings):
    found = findings("Xanax and Valium are benzodiazepines. These drugs are habit-forming.")
    last = found[-1]
    assert {e.id for e in last.claim.subjects} == {"alprazolam", "diazepam"}
    assert last.verdict.value == "supported"


# Kind 4: a cause the row does not state is never backed by the effect's row; calm is an effect too.


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam calms you because it boosts dopamine.",
        "Benzos relax you because they release dopamine.",
        "Valium calms you down by flooding the brain with dopamine.",
        "The calm people feel on lorazepam comes from a surge of dopamine.",
    ],
)
def test_dopamine_as_the_cause_of_calm_is_the_myth(findings, text):
    found = findings(text)
    assert any(f.verdict.value == "contradicted" and f.fact and f.fact.id == "M-0114" for f in found), verdicts(
        findings, text
    )
    assert not any(f.verdict.value == "supported" and "dopamine" in f.claim.text for f in found)


def test_a_because_clause_adds_no_duplicate_finding(findings):
    found = findings("Benzos relax you because they release dopamine.")
    red = [f for f in found if f.verdict.value == "contradicted"]
    assert len(red) == 1, verdicts(findings, "Benzos relax you because they release dopamine.")


@pytest.mark.parametrize(
    "text",
    ["Benzodiazepines have a calming effect.", "Xanax helps you relax.", "Klonopin makes people feel calm."],
)
def test_the_calming_effect_itself_stays_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_the_calming_effect_of_a_transmitter_is_not_an_effect_claimed(findings):
    found = findings("Benzos boost the calming effect of GABA.")
    assert all("calming" not in {e.id for e in f.claim.objects} for f in found)


# Kind 3: evidence denied beyond a duration is about long-term use, not a denial of the effect.


@pytest.mark.parametrize(
    "text",
    [
        "The effectiveness of Klonopin in panic disorder beyond 9 weeks has not been established in controlled trials.",
        "Clonazepam's efficacy for panic disorder past 9 weeks has not been systematically studied.",
    ],
)
def test_unstudied_long_term_use_is_not_a_denied_indication(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_plain_denial_of_the_indication_is_still_contradicted(findings):
    assert worst(findings, "Klonopin does not treat panic disorder.") == "contradicted"


# Kind 5 (coverage): benzodiazepines beyond the four core ones are known, so their sentences are judged.


@pytest.mark.parametrize(
    "text",
    [
        "Temazepam (Restoril) is a benzodiazepine.",
        "Halcion is a short-acting benzodiazepine.",
        "Clorazepate is a long-acting benzodiazepine.",
    ],
)
def test_other_benzodiazepines_are_known(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_long_acting_benzodiazepine_called_short_acting_is_contradicted(findings):
    assert worst(findings, "Clorazepate is a short-acting benzodiazepine.") == "contradicted"


# Pregnancy: "safe during pregnancy" is advice about pregnancy, and the labels do not call it safe.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is safe during pregnancy.",
        "The use of chlordiazepoxide during pregnancy seems to be safe.",
        "Pregnant women can safely take Valium.",
    ],
)
def test_safe_in_pregnancy_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Benzodiazepines are not safe during pregnancy.", "Lorazepam may not be safe for pregnant women."]
)
def test_caution_in_pregnancy_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 1: a property row does not back a class claim the property only sits beside.


def test_a_split_list_claim_is_not_backed_by_a_property_row(findings):
    text = "Flurazepam (Dalmane), clorazepate (Tranxene), and triazolam (Halcion) are long-acting drugs."
    assert not any(
        f.verdict.value == "supported"
        and f.claim.relation == "is_a"
        and "half_life" not in {o.id for o in f.claim.objects}
        for f in findings(text)
    ), verdicts(findings, text)


# Kind 1: support only from a row that states the claim.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is more addictive than Klonopin.",  # no row compares the two
        "Ativan is less habit-forming than Valium.",
    ],
)
def test_a_comparison_is_not_backed_by_one_drugs_row(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


def test_a_comparison_a_row_makes_is_backed(findings):
    assert worst(findings, "Buspirone causes less sedation than benzodiazepines.") == "supported"


def test_more_than_a_quantity_is_no_comparison_of_drugs(findings):
    text = "Clonazepam is a long-acting benzodiazepine with a half-life of more than a day."
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_advice_is_not_backed_by_a_property_row_beside_it(findings):
    found = findings("Klonopin is safe to use long-term because it has a long half-life.")
    advice = [f for f in found if f.claim.relation == "recommends"]
    assert advice and all(f.verdict.value != "supported" for f in advice), [
        (f.claim.text, f.verdict.value) for f in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines are classified as CNS depressants, not narcotics.",
        "Klonopin is known as an anticonvulsant, not an opioid.",
    ],
)
def test_a_denied_second_class_after_as_is_said_of_the_subject(findings, text):
    found = findings(text)
    assert all(f.verdict.value == "supported" for f in found if f.claim.checkworthy), verdicts(findings, text)
    assert any(f.claim.polarity == "negated" for f in found)


def test_a_list_of_indications_is_not_backed_by_one_of_them(findings):
    # one claim an indication: the one no row states (sleep problems) stays unsupported, and no claim
    # holding two indications is backed by the row of one of them
    text = "Valium is a medicine that is used to treat anxiety disorders, sleep problems, seizures and muscle spasms."
    found = findings(text)
    assert all(len(f.claim.objects) == 1 for f in found if f.verdict.value == "supported"), verdicts(findings, text)
    assert any([o.id for o in f.claim.objects] == ["insomnia"] and f.verdict.value == "unsupported" for f in found)


# Kind 3: evidential frames and "not directly" govern exactly what they deny.


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that benzodiazepines raise GABA levels.",
        "No research shows that Valium increases GABA.",
        "Studies have not shown that Xanax lowers serotonin.",
    ],
)
def test_denied_evidence_denies_the_myth(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_reported_evidence_asserts_the_myth(findings):
    assert worst(findings, "Research shows that Valium increases GABA.") == "contradicted"


def test_not_directly_is_what_the_indirect_row_says(findings):
    assert worst(findings, "Benzodiazepines do not directly increase dopamine.") == "supported"
    assert worst(findings, "Benzodiazepines do not increase dopamine.") != "supported"


def test_a_bare_naming_participle_names_only_the_nearest_conjunct(nlp):
    from pipeline.extract.roles import named_by_participle

    doc = nlp(
        "Trials link two classes — stimulants and a similarly acting class of focus medicines "
        "often called “amphetamines” — to insomnia."
    )
    called = next(t for t in doc if t.lower_ == "called")
    subject = next(c for c in called.children if c.dep_ == "nsubj")
    named = {t.lower_ for t in named_by_participle(called, subject)}
    assert "class" in named and "stimulants" not in named


def test_this_refers_to_the_previous_claim_without_taking_its_own_object(findings):
    text = (
        "Benzodiazepines raise serotonin by binding to the GABA receptor. "
        "This binding causes more serotonin to be released into the synapse."
    )
    last = [f for f in findings(text) if "This binding" in f.claim.text]
    assert last and last[0].verdict.value == "contradicted", verdicts(findings, text)


def test_a_second_verb_shares_the_subject_of_the_verb_it_completes(findings):
    text = "Xanax is prescribed to relieve panic attacks and belongs to the class of benzodiazepines."
    last = findings(text)[-1]
    assert [e.id for e in last.claim.subjects] == ["alprazolam"] and last.verdict.value == "supported"


# Kind 2, another property: examples of a class are not the topic of advice given about the class.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines such as Xanax, Klonopin and Ativan should be used for two to four weeks.",
        "Sedatives like Valium, Ativan or Xanax are best kept to a few weeks of use.",
    ],
)
def test_examples_of_the_class_are_not_the_advice_topic(findings, text):
    """Alprazolam is a CNS depressant, but naming it as an example is no advice about combining
    CNS depressants: the row against combining them must not contradict the sentence."""
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_advice_about_a_named_class_beside_examples_still_decides(findings):
    text = "Benzodiazepines such as Xanax and Valium are safe to combine with opioids."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Kind 1 and 2, names: a drug's name given to another drug is decided by the row that names it.


@pytest.mark.parametrize(
    "text, row",
    [
        ("Valium is the brand name for lorazepam.", "F-0004"),
        ("Sertraline (Prozac) is taken once a day.", "F-0015"),
        ("Klonopin is sold under the brand name Ativan.", "F-0003"),
        ("Xanax is a sedative and is the brand name for diazepam.", "F-0002"),
        ("Etizolam (Restoril) is a short-acting sleeping pill.", None),
        ("Phenibut (Klonopin) calms anxious people.", "F-0001"),
        ("Venlafaxine is known by the brand name Cymbalta.", "F-0022"),
        # the wrong kind of name, given by the name a verb goes by
        ("Lorazepam goes by the generic name Ativan.", "F-0003"),
        ("Valium is marketed under the brand name diazepam.", "F-0004"),
    ],
)
def test_a_name_given_to_another_drug_is_contradicted(findings, text, row):
    """A drug outside the table counts too: the parenthesis gives it a table drug's name."""
    found = [f for f in findings(text) if f.verdict.value == "contradicted"]
    assert found and found[0].reason.value == "name_conflict", verdicts(findings, text)
    assert row is None or found[0].fact.id == row


@pytest.mark.parametrize(
    "text",
    [
        "Valium is the brand name for diazepam.",
        "Sertraline (Zoloft) is taken once a day.",
        "Benzodiazepines (for example Xanax) are sedatives.",
        "Xanax (alprazolam) and Ativan (lorazepam) are both benzodiazepines.",
        "Ativan is a sedative and is the brand name for lorazepam.",
        "Trazodone (Desyrel) is often used for sleep.",
        "Duloxetine, which goes by the brand name Cymbalta, treats depression.",
        "Ativan is sold under the generic name lorazepam.",
        "A concentrate of lorazepam is sold under the brand name Lorazepam Intensol.",
    ],
)
def test_a_drug_beside_its_own_name_is_not_a_name_conflict(findings, text):
    """A name given with the kind it has is no conflict, whichever way the clause gives it."""
    assert all(f.reason.value != "name_conflict" for f in findings(text)), verdicts(findings, text)


# Kind 1, numbers: a precise number the row does not state is not backed by the row's word for it.


@pytest.mark.parametrize(
    "text",
    [
        "Valium acts fast, within 20 minutes of a dose.",
        "Xanax works quickly, and its effect lasts about nine hours.",
    ],
)
def test_a_figure_beside_an_agreeing_word_is_not_supported(findings, text):
    """The onset row says "fast" (within hours): it does not state 20 minutes or nine hours."""
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_the_agreeing_word_alone_stays_supported(findings):
    text = "Valium acts fast."
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 1, lists: a row that names one member of a list does not state a member the tool could not read.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is prescribed for panic disorder and for jet lag.",
        "Valium is commonly used for anxiety and for restless legs.",
        "Klonopin is used to treat seizures and chronic hiccups.",
    ],
)
def test_a_list_member_the_table_does_not_know_leaves_the_claim_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sertraline is prescribed for depression and other conditions.",
        "Xanax carries a risk of misuse and a risk of dependence.",
        "Xanax is prescribed for anxiety disorders and panic disorder.",
    ],
)
def test_a_general_or_read_member_does_not(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines ease anxiety by blocking neurotransmitters.",
        "Xanax relieves anxiety by shutting down brain chemicals.",
    ],
)
def test_a_mechanism_through_transmitters_in_general_is_not_backed_by_the_effect_row(findings, text):
    """The plural ("neurotransmitters", "brain chemicals") names the class as much as the singular."""
    assert worst(findings, text) != "supported", verdicts(findings, text)


# Kind 3, scope and reference: "its function" is the function of what the sentence just named.


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam binds the GABA-A receptor and weakens its function.",
        "Valium binds the GABA-A receptor, which lowers the receptor's activity.",
    ],
)
def test_a_possessive_object_is_the_receptor_just_named(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin causes a reduction in GABA-A receptor function.",
        "Benzodiazepines cause a decrease in the activity of GABA-A receptors.",
        "Ativan attaches to the GABA-A receptor, resulting in a fall in the receptor's activity.",
    ],
)
def test_causing_a_fall_in_receptor_function_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_causing_a_rise_in_receptor_activity_is_not_contradicted(findings):
    text = "Xanax causes the GABA-A receptor to open more often."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_possessive_of_a_drug_is_not_a_receptor(findings):
    text = "Xanax is a benzodiazepine and its effects start within hours."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_class_myth_about_transmitter_levels_leaves_named_transmitters_to_their_rows(findings):
    """M-0122 (not by raising neurotransmitter levels) decides the general claim, never dopamine's."""
    assert worst(findings, "Xanax works by increasing the levels of brain chemicals.") == "contradicted"
    for text in ("Benzodiazepines raise dopamine levels.", "Benzodiazepines increase dopamine release indirectly."):
        assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 5, claims hidden: a contraindication given as advice is a claim the table decides.


@pytest.mark.parametrize(
    "text",
    [
        "Steer clear of Ativan, and avoid Klonopin if you have narrow-angle glaucoma.",
        "Do not take Valium if you have myasthenia gravis.",
        "You should not use diazepam if you have sleep apnea.",
    ],
)
def test_advice_against_a_drug_for_a_condition_is_its_contraindication(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_advice_for_a_drug_with_a_condition_is_no_contraindication(findings):
    text = "Take Klonopin if you have panic disorder."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 2, a closed list: the tablet strengths of a drug are those of all its tablets (the orally
# disintegrating ones too).


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam orally disintegrating tablets come in 0.125 mg and 0.25 mg strengths.",
        "Generic clonazepam ODT is sold in 0.25 mg tablets.",
    ],
)
def test_a_strength_of_another_tablet_formulation_is_not_contradicted(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_strength_no_formulation_has_is_still_contradicted(findings):
    text = "Klonopin tablets come in 5 mg strengths."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Noise: an image caption (a person in a scene) is boilerplate, a claim about people is not.


@pytest.mark.parametrize(
    "text",
    [
        "A man in a blue shirt sleeps on a couch in his living room.",
        "An older woman reads on a bench in the park.",
    ],
)
def test_an_image_caption_is_boilerplate(findings, text):
    assert [f.reason.value for f in findings(text)] == ["boilerplate"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "A person who takes Xanax every day for months may become dependent on it.",
        "A patient on Valium should not drive a car.",
    ],
)
def test_a_claim_about_a_person_is_not_a_caption(findings, text):
    assert all(f.reason.value != "boilerplate" for f in findings(text)), verdicts(findings, text)


# Kind 5, claims hidden: a half-life said in plain words, a short line without a full stop.


@pytest.mark.parametrize(
    "text",
    [
        "Your body gets rid of half a dose of Xanax in about 11 hours.",
        "It takes around 12 hours for half of the lorazepam to leave the body.",
        "The liver clears half of a Klonopin dose in 30 to 40 hours.",
    ],
)
def test_a_half_life_in_plain_words_is_read_as_one(findings, text):
    found = findings(text)
    assert [f.verdict.value for f in found] == ["supported"], verdicts(findings, text)
    assert found[0].claim.objects[0].id == "half_life"


@pytest.mark.parametrize(
    "text",
    [
        "It takes 3 hours for half of a Klonopin dose to leave your body.",
        "Half of a Xanax dose is cleared from the blood in 60 hours.",
    ],
)
def test_a_half_life_in_plain_words_outside_the_label_range_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Take half a dose of Xanax 2 hours before the flight.",  # no clearing: a dose, not a half-life
        "Half of patients stop taking Xanax within 2 weeks.",  # half of people, not of a dose
        "Alprazolam leaves the body faster than clonazepam, with a half-life of about 11 hours.",
    ],
)
def test_half_of_something_else_is_no_half_life_of_another_drug(findings, text):
    claims = [f.claim for f in findings(text)]
    assert not any(c.objects and c.objects[0].id == "half_life" and len(c.subjects) > 1 for c in claims)
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam is taken by mouth as a tablet",  # a sentence that lost its full stop
        "Klonopin (clonazepam) 30 to 40 hours",  # one line of a list of figures
    ],
)
def test_a_short_line_without_a_full_stop_that_states_something_is_read(findings, text):
    assert worst(findings, "Some notes on these medicines follow.\n\n" + text) in ("supported", "unsupported")


@pytest.mark.parametrize(
    "text",
    ["Klonopin Side Effects and Warnings", "How Xanax works in the brain", "Get help with Ativan today"],
)
def test_titles_questions_and_calls_to_action_stay_headings(findings, text):
    reasons = {f.reason.value for f in findings(text + "\n\nClonazepam is a benzodiazepine.") if f.claim.text == text}
    assert reasons == {"heading"}


def test_a_claimed_range_only_overlapping_the_rows_is_not_supported(findings):
    # the row gives diazepam 20-48 hours; "36 to 200" reaches far past it
    assert worst(findings, "Diazepam has a half-life of 36 to 200 hours.") == "unsupported"
    assert worst(findings, "Diazepam has a half-life of 20 to 48 hours.") == "supported"


LISTED = "These sleeping pills and sedatives are listed by their usual half-life.\n\n"


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Xanax (alprazolam): 7 to 12 hours", "supported"),
        ("Xanax - 2 hours", "contradicted"),  # far below the label's range
        ("Ativan (lorazepam) - 11 to 18 hours", "supported"),
    ],
)
def test_a_line_of_figures_under_a_sentence_naming_a_property_gives_it(findings, line, expected):
    found = [f for f in findings(LISTED + line) if f.claim.start >= len(LISTED) and f.claim.checkworthy]
    assert [f.verdict.value for f in found] == [expected], verdicts(findings, LISTED + line)
    assert found[0].claim.objects[0].id == "half_life"


def test_a_figure_line_without_a_named_property_or_after_a_new_sentence_gives_none(findings):
    assert worst(findings, "Xanax - 2 hours") == "unsupported"
    after = LISTED + "Xanax is usually taken two or three times a day.\n\nXanax - 2 hours"
    assert worst(findings, after) == "unsupported", verdicts(findings, after)


# Kind 1, support from a row that does not state the claim: a "by doing X" the tool cannot read.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines dampen brain activity by shutting off stress chemicals.",
        "Benzodiazepines reduce anxiety by rebalancing the chemicals in your head.",
    ],
)
def test_a_means_phrase_naming_nothing_known_leaves_the_claim_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines dampen brain activity.",
        "Xanax works by boosting the effect of GABA.",
        "Benzodiazepines calm the brain by enhancing the effect of GABA.",
    ],
)
def test_a_means_phrase_the_rows_can_read_or_none_keeps_support(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_an_extra_group_of_conditions_is_not_backed_by_one_indication_row(findings):
    text = "Doctors mostly prescribe Klonopin for panic disorder and other mood disorders."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)
    assert worst(findings, "Doctors mostly prescribe Klonopin for panic disorder.") == "supported"


# Kind 2, contradiction from a row about another scope: a class's uses are not each member's.


@pytest.mark.parametrize(
    "text",
    [
        "Temazepam is not approved to treat anxiety.",
        "Triazolam is not used for anxiety.",
        "Doctors sometimes give temazepam off-label for anxiety.",
    ],
)
def test_a_class_use_does_not_deny_a_members_own_indications(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Benzodiazepines do not relieve anxiety.", "Clonazepam does not treat panic disorder."]
)
def test_a_denied_use_the_rows_state_for_that_subject_is_still_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ativan is addicting.", "supported"),  # parsed as a progressive verb, read as the adjective
        ("Ativan is not addicting.", "contradicted"),
        ("Ativan is addictive.", "supported"),
    ],
)
def test_addicting_reads_as_addictive(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ativan is available in 0.5 mg, 1 mg and 2 mg.", "supported"),
        ("Klonopin is sold in .5 mg to 2mg.", "supported"),
        ("Ativan is available in 5 mg.", "contradicted"),  # no tablet of that strength
    ],
)
def test_available_in_milligrams_states_the_strengths(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)
    assert any(r.id == "tablet_strength" for f in findings(text) for r in f.claim.objects)


def test_available_in_something_else_is_no_strength(findings):
    assert not any(
        r.id == "tablet_strength" for f in findings("Ativan is available in most pharmacies.") for r in f.claim.objects
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Xanax use is associated with dependence.", "supported"),
        ("Ativan is tied to dependence.", "supported"),
        ("Klonopin is not linked to addiction.", "contradicted"),
    ],
)
def test_associated_with_keeps_its_subject_in_the_passive(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)
    assert all(r.id != "dependence" for f in findings(text) for r in f.claim.subjects)


# Support means rows state it: a class claim that every member's own row states.


def test_a_class_claim_every_member_row_states_is_supported_citing_them_all(findings):
    text = "SNRIs are used to treat generalized anxiety disorder."  # no class row says it: each member's does
    found = findings(text)
    assert [f.verdict.value for f in found] == ["supported"], verdicts(findings, text)
    assert found[0].reason.value == "members_match"
    cited = {e.subject for e in found[0].evidence}
    assert len(cited) >= 2 and all(e.object == "generalized_anxiety_disorder" for e in found[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs are used to treat panic disorder.",  # not every SSRI of the table is approved for it
        "SSRIs treat depression within two days.",  # more than the rows say
    ],
)
def test_a_class_claim_some_member_rows_state_is_not_supported_by_them(findings, text):
    assert all(f.reason.value != "members_match" for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Klonopin is not habit forming.", "contradicted"),  # "not" hung on the copula as an auxiliary
        ("Klonopin is habit forming.", "supported"),
        ("Valium is not habit forming.", "contradicted"),
    ],
)
def test_a_negation_on_the_copula_of_a_misparsed_predicate_still_denies_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nobody can overdose on Ativan.", "contradicted"),
        ("It is possible to overdose on Ativan.", "supported"),
    ],
)
def test_an_effect_said_as_a_verb_on_a_drug_is_caused_by_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Klonopin works on GABA receptors in the brain.", "supported"),  # GABA-A is a GABA receptor
        ("Benzodiazepines act mainly on GABA-B receptors.", "unsupported"),  # the other kind
        ("Buspirone acts on GABA-A receptors.", "contradicted"),
    ],
)
def test_a_receptor_named_generically_is_backed_by_the_row_of_its_kind(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_neonatal_abstinence_syndrome_is_the_newborn_withdrawal_the_rows_name(findings):
    assert worst(findings, "Using Ativan late in pregnancy can cause neonatal abstinence syndrome.") == "supported"
    # a list that adds something no row states is not backed by the newborn withdrawal row
    assert worst(findings, "Ativan can cause neonatal abstinence syndrome as well as birth defects.") == "unsupported"


@pytest.mark.parametrize(
    "text",
    [
        "Taking Ativan with alcohol can slow your breathing.",  # "slow ... breathing" is the effect
        "Benzodiazepines raise the risk of falls in older adults.",  # "falls in": no "fall in X" idiom
    ],
)
def test_an_effect_split_by_a_word_or_followed_by_in_is_still_read(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hydroxyzine works as well as Ativan.",  # no "works as" class claim
        "Buspirone works as well as Xanax for anxiety.",  # a ranking of two drugs no row makes
        "Buspirone is as effective as Klonopin.",
    ],
)
def test_an_equal_comparison_is_neither_a_class_claim_nor_backed_by_one_drugs_rows(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_works_as_still_names_a_class(findings):
    assert worst(findings, "Hydroxyzine works as an antihistamine.") == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "According to the FDA, Klonopin should not be taken for more than 9 weeks.",
        "The FDA says Ativan should not be used for more than a few weeks.",
    ],
)
def test_the_fda_speaks_with_the_labels_voice_for_a_label_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_label_row_still_needs_an_authority_named(findings):
    # unattributed, the label's words are not the claim's: left to the rows about the world
    text = "Klonopin should not be taken for more than 9 weeks."
    assert all(f.fact is None or f.fact.id != "M-0007" for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize("text", ["Ativan is an antipsychotic.", "Klonopin is a neuroleptic drug."])
def test_a_class_the_drug_cannot_also_be_is_contradicted_not_hidden(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_class_the_table_has_no_row_for_is_reported_not_hidden(findings):
    assert worst(findings, "Klonopin is a muscle relaxant.") == "unsupported"


# Review of this change: each sentence below went wrong with the first version of a rule.

REVIEWED = [
    # a figure list is given its property only by a lead-in, and ends at a heading or another property
    ("Benzodiazepines differ in half-life and in how fast they act. Usual onset:\n\nXanax: 30 minutes", "unsupported"),
    ("Clonazepam has a long half-life.\n\nHow long it lasts\n\nKlonopin: 6 hours", "unsupported"),
    ("Figures are listed by half-life below.\n\nKlonopin: up to 2 weeks", "unsupported"),  # a bound past the range
    # a verb of clearing must act on the half dose, not on an effect
    ("Half a tablet of Ativan can clear anxiety within 30 minutes.", "unsupported"),
    # strengths: only when nothing else is said
    ("Diazepam is also available as a rectal gel in 20 mg.", "unsupported"),
    # (not a claim on strengths; its over-the-counter status is now read, and it is false)
    ("Ativan is sold over the counter in 1 mg.", "contradicted"),
    # "falls in blood pressure" is a drop in a measure, not a fall
    ("Clonazepam does not usually cause falls in blood pressure.", "unsupported"),
    # a title that asks or compares stays a heading
    ("Klonopin versus Xanax, and why one lasts longer\n\nXanax is a benzodiazepine.", "supported"),
    ("Ativan or Valium: which works faster\n\nValium is a benzodiazepine.", "supported"),
    # "tablets" alone names a form, not the strengths row; doses beside it do
    ("Lorazepam tablets are not contraindicated in sleep apnea.", "unsupported"),
    ("Xanax 0.5 mg tablets.", "supported"),
    ("Ativan 5 mg tablets.", "contradicted"),
    # an agonist or modulator of a receptor binds it; an antagonist says a direction "binds" does not
    ("Hydroxyzine works as an H1 receptor inverse agonist.", "supported"),
    ("Buspirone is a GABA receptor agonist.", "contradicted"),
    ("Ativan is a GABA-A receptor antagonist.", "unsupported"),
    ("Hydroxyzine belongs to the piperazines.", "supported"),
    # "misused", "abused": the effect said as a passive verb
    ("Lyrica can be misused.", "supported"),
    ("Ativan cannot be abused.", "contradicted"),
    # "make more GABA" is the amount myth; "make GABA work better" is the true effect
    ("Benzodiazepines make more GABA.", "contradicted"),
    ("Benzodiazepines make GABA work better.", "supported"),
    # a row about one kind of overdose does not back another
    ("Flumazenil reverses opioid overdoses.", "unsupported"),
    # "associated with" said effect first keeps the drug as its subject
    ("Dependence is associated with regular Ativan use.", "supported"),
]


@pytest.mark.parametrize("text,expected", REVIEWED)
def test_reviewed_wordings(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_markdown_heading_is_never_read_as_a_claim(verifier):
    text = "## Klonopin withdrawal lasts 2 weeks\n\nKlonopin is a benzodiazepine."
    found = verifier.verify_text(text, "page.md").articles[0].findings
    assert [f.reason.value for f in found][0] == "heading"


@pytest.mark.parametrize(
    "text",
    [
        "Ativan directly activates GABA receptors.",
        "Klonopin cures panic attacks.",
        "Benzodiazepines work faster than SSRIs.",
    ],
)
def test_agreeing_entities_do_not_back_a_strengthened_or_ranked_claim(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Benzodiazepines are thought to act on GABA-A receptors.", "supported"),
        ("Lorazepam is believed to work on the GABA receptor.", "supported"),
        ("Benzodiazepines are said to act on serotonin receptors.", "contradicted"),  # a row denies it
        # the passive of the infinitive itself stays a passive: the agent is the subject
        ("GABA is thought to be enhanced by diazepam.", "supported"),
    ],
)
def test_a_raising_verb_in_the_passive_keeps_its_subject_for_the_infinitive(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("You usually need to take an SSRI every day for a few weeks before you feel the benefit.", "supported"),
        ("Most people notice the effect of an SSRI only after several weeks.", "supported"),
        ("It can take 4 to 6 weeks before sertraline starts to work.", "supported"),
        ("Fluoxetine starts to work within an hour.", "contradicted"),
        ("Most people feel the benefit of an SSRI within a day.", "contradicted"),
    ],
)
def test_the_delay_before_a_drug_is_noticed_is_its_onset(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Withdrawal symptoms may start within 24 hours of the last dose of Xanax.",
        "Take sertraline for 6 weeks and tell your doctor what you notice.",
    ],
)
def test_a_duration_without_a_noticed_benefit_is_no_onset(findings, text):
    assert "contradicted" != worst(findings, text), verdicts(findings, text)
    assert all(f.fact is None or "onset" not in (f.fact.object or "") for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Benzodiazepines bind to GABA-A receptors, which reduces the activity of the receptor.", "contradicted"),
        ("Lorazepam attaches to GABA-A receptors, resulting in less functioning of the receptor.", "contradicted"),
        ("Diazepam binds the GABA-A receptor and boosts the function of the receptor.", "supported"),
        # "the brain" names no receptor of the sentence: not resolved to the receptor (the brain's
        # activity is what the CNS-activity row speaks of)
        ("Xanax binds GABA-A receptors and lowers the activity of the brain.", "supported"),
    ],
)
def test_the_activity_of_the_receptor_is_the_receptor_named_before(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Xanax is a widely used medicine. Drugs in this family can cause dependence.", "benzodiazepine"),
        ("Zoloft is an SSRI. Medicines in this group can take weeks to work.", "ssri"),
    ],
)
def test_this_class_refers_to_the_class_named_or_implied_before(findings, text, expected):
    last = findings(text)[-1]
    assert [r.id for r in last.claim.subjects] == [expected], verdicts(findings, text)


def test_a_group_named_without_a_demonstrative_is_no_drug_class(findings):
    text = "Xanax and Zoloft are different medicines. The group at highest risk is older adults."
    assert findings(text)[-1].claim.subjects == (), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a singular verb after a plural noun: "which" is the whole clause, not the receptors
        ("Clonazepam binds to GABA-A receptors, which lowers the activity of the receptor.", "contradicted"),
        ("Benzodiazepines act on GABA-A receptors, which are found in many parts of the brain.", "unsupported"),
    ],
)
def test_which_after_a_plural_noun_with_a_singular_verb_is_the_clause(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin restores the chemicals that are low in people with panic disorder.",
        "Ativan corrects the signals that are disturbed in people with anxiety.",
    ],
)
def test_a_relative_clause_about_an_unknown_noun_does_not_borrow_the_drug(findings, text):
    last = findings(text)[-1]
    assert last.claim.subjects == () and last.verdict.value != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Lorazepam is effective for anxiety.", ("treats", "supported")),
        ("Klonopin is effective against panic attacks.", ("treats", "supported")),
        ("Lorazepam does not create more GABA.", ("increases", "supported")),  # the amount myth denied
        ("Valium produces more GABA in the brain.", ("increases", "contradicted")),
    ],
)
def test_effective_for_treats_and_producing_more_is_an_amount(findings, text, expected):
    found = findings(text)[0]
    assert (found.claim.relation, found.verdict.value) == expected, verdicts(findings, text)


def test_a_relative_on_a_pronoun_subjects_attribute_is_said_of_what_the_pronoun_is(findings):
    text = "Lorazepam is widely used. In short, it is a nervous system depressant that enhances the effects of GABA."
    last = findings(text)[-1]
    assert [r.id for r in last.claim.subjects] == ["lorazepam"], verdicts(findings, text)
    assert last.verdict.value == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Benzodiazepines include clonazepam and lorazepam.", ("is_a", "supported")),
        ("SSRIs include escitalopram and Valium.", ("is_a", "contradicted")),  # Valium is no SSRI
        ("Valium is referred to as a sedative-hypnotic.", ("is_a", "supported")),
        # a list of symptoms names no class: not read as membership, but as what the state causes
        ("Symptoms of benzodiazepine withdrawal include anxiety and insomnia.", ("causes", None)),
    ],
)
def test_a_class_that_includes_drugs_a_name_and_a_use_are_frames_not_agreeing_entities(findings, text, expected):
    found = findings(text)
    relation, verdict = expected
    assert all(f.claim.relation == relation for f in found), verdicts(findings, text)
    if verdict:
        assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Klonopin works by blocking brain chemicals that make you feel tense.", "contradicted"),
        # the excitatory chemicals are not brain chemicals in general: the blocking myth does not decide it
        ("Klonopin quiets you by reducing the activity of brain chemicals that excite nerve cells.", "unsupported"),
    ],
)
def test_brain_chemicals_that_excite_are_the_excitatory_ones(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Stopping Ativan abruptly may provoke withdrawal.", "supported"),
        ("Tolerance may appear with prolonged use of benzodiazepines.", "supported"),
        ("Alcohol can deepen the sedation of Valium.", "supported"),
        ("Klonopin stands as one of the benzodiazepines doctors prescribe most.", "supported"),
    ],
)
def test_verbs_real_pages_use_for_cause_class_and_strength_are_frames(findings, text, expected):
    found = findings(text)
    assert worst(findings, text) == expected, verdicts(findings, text)
    assert all(f.reason.value != "entity_match" for f in found), verdicts(findings, text)


def test_a_participle_describing_the_class_named_is_no_relation(findings):
    text = "Ativan is a widely prescribed benzodiazepine."
    found = findings(text)
    assert [(f.claim.relation, f.verdict.value) for f in found] == [("is_a", "supported")], verdicts(findings, text)


def test_benefits_felt_in_the_passive_are_the_onset(findings):
    text = "The benefits of escitalopram are usually felt after a few weeks."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a denied verb of endorsing denies the purpose it governs: no red mark on these true sentences
        ("Doctors do not prescribe Ativan to treat depression.", "negated"),
        ("Do not take Ativan to treat depression.", "negated"),
        ("The FDA has not approved gabapentin to treat anxiety.", "negated"),
        # the same purpose endorsed is affirmed (and the myth)
        ("Some doctors prescribe Ativan to treat depression.", "affirmed"),
    ],
)
def test_a_denied_endorsement_denies_its_purpose(findings, text, expected):
    purpose = [f for f in findings(text) if f.claim.relation == "treats" and f.claim.objects]
    assert [f.claim.polarity for f in purpose] == [expected], verdicts(findings, text)
    assert (worst(findings, text) == "contradicted") == (expected == "affirmed"), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Doctors do not recommend stopping Klonopin suddenly to avoid withdrawal.", "supported"),
        ("Doctors recommend tapering Klonopin slowly to avoid withdrawal.", "supported"),
        ("Doctors recommend stopping Klonopin suddenly.", "contradicted"),
        # the person advised is no second act: "to avoid" is the advice itself
        ("The Valium label advises patients to avoid alcohol.", "supported"),
    ],
)
def test_to_avoid_as_a_purpose_does_not_turn_the_advice_around(findings, text, expected):
    # the purpose alone ("[Klonopin] to avoid withdrawal") is no statement agreeing entities back
    # (`fragment_entity_match`): the advice is judged
    order = ["contradicted", "unsupported", "supported", "not_checkworthy"]
    advice = [f.verdict.value for f in findings(text) if not f.claim.text.split("] ")[-1].startswith("to ")]
    assert min(advice, key=order.index) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is not approved for children with panic disorder.",
        "Ativan is not approved for panic disorder in teenagers.",
    ],
)
def test_a_denial_narrowed_to_a_group_is_not_contradicted_by_a_row_about_everyone(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_a_row_that_names_its_group_in_its_statement_still_decides(findings):
    text = "Benzodiazepines increase the risk of falls in older adults."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gabapentin is not approved by the FDA for anxiety.", "supported"),
        ("Ativan is approved by the FDA for anxiety disorders.", "supported"),
        ("Valium is approved by the FDA for depression.", "contradicted"),
    ],
)
def test_approved_by_someone_for_a_condition_is_what_it_treats(findings, text, expected):
    found = findings(text)
    assert worst(findings, text) == expected and found[0].claim.relation == "treats", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # the headline myth denied: the denial is of the means, never of the drowsiness
        "Benzodiazepines do not make you sleepy by releasing dopamine.",
        "Xanax does not relax you by raising dopamine levels.",
        "Valium does not calm you down by boosting serotonin.",
    ],
)
def test_a_denied_means_does_not_deny_the_effect(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_means_myth_affirmed_is_still_contradicted(findings):
    text = "Benzodiazepines make you sleepy by releasing dopamine."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan does not treat the underlying cause of anxiety.",
        "Valium does not fix the root of the anxiety.",
    ],
)
def test_a_denial_of_the_cause_of_a_condition_is_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_cause_of_a_condition_said_with_a_copula_is_still_read(findings):
    found = findings("Alcohol is a common cause of insomnia.")
    assert found[0].claim.checkworthy and [r.id for r in found[0].claim.objects] == ["insomnia"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sertraline treats depression.", ("treats", "supported")),
        ("Klonopin lowers serotonin levels in the brain.", ("decreases", "contradicted")),
        ("Escitalopram treats generalized anxiety disorder.", ("treats", "supported")),
    ],
)
def test_a_sentence_a_drug_opens_is_parsed_with_the_drug_as_its_subject(findings, text, expected):
    found = findings(text)
    assert (found[0].claim.relation, worst(findings, text)) == expected, verdicts(findings, text)
    assert found[0].claim.subjects, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepine withdrawal symptoms can last for weeks or months in some people.",
        "Rebound insomnia after stopping Ativan may persist for days.",
    ],
)
def test_a_sentence_of_how_long_something_lasts_is_never_hidden(findings, text):
    assert all(f.claim.checkworthy for f in findings(text)), verdicts(findings, text)


def test_an_effect_that_can_happen_when_drugs_are_combined_is_caused_by_them(findings):
    text = "Serotonin syndrome can happen when sertraline is combined with other serotonergic drugs."
    found = findings(text)
    assert found[0].claim.checkworthy and found[0].claim.relation == "causes", verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Ativan is available as a generic medicine.", "Klonopin is available in generic form."]
)
def test_what_a_drug_is_available_as_is_reported_not_hidden(findings, text):
    assert all(f.claim.checkworthy for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Diastat, a diazepam product, is available as a rectal gel.", "supported"),
        ("Klonopin is available as a 0.5 mg tablet.", "supported"),  # a strength, not a form
        # a dosage-form row only says the form exists: nothing else said of the form is backed by it
        ("Diazepam rectal gel should be kept in the freezer.", "unsupported"),
    ],
)
def test_a_dosage_form_row_backs_the_form_and_nothing_else(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Most adults need roughly seven to nine hours of sleep each night.", "supported"),
        ("Grown-ups should get between 7 and 9 hours of sleep.", "supported"),
        ("Teenagers need 8 to 10 hours of sleep a night.", "supported"),
        ("Experts say older adults need 7 to 8 hours of sleep.", "supported"),
        # outside the consensus range: an editor should check it, but no row names it wrong
        ("Adults need only 5 hours of sleep.", "unsupported"),
        ("Teenagers should get 13 hours of sleep.", "unsupported"),
    ],
)
def test_an_amount_a_group_of_people_needs_is_the_consensus_advice(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("GABA is the main calming chemical of the brain.", "supported"),
        ("GABA acts as a calming messenger between nerve cells.", "supported"),
        # "calming" is the popular word, broader than inhibitory: the inhibitory-serotonin myth
        # does not decide it
        ("Serotonin is a calming brain chemical.", "unsupported"),
        ("Serotonin is an inhibitory neurotransmitter.", "contradicted"),
    ],
)
def test_a_calming_neurotransmitter_is_the_popular_word_for_an_inhibitory_one(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,relation,objects",
    [
        ("Using benzodiazepines for months can be problematic due to tolerance.", "causes", ["tolerance"]),
        ("Long-term clonazepam use is risky because of the development of dependence.", "causes", ["dependence"]),
        # no cause phrase: still advice against
        ("Benzodiazepines are risky for older adults.", "recommends", ["older_adults"]),
    ],
)
def test_the_outcome_that_makes_a_use_risky_is_what_the_use_causes(findings, text, relation, objects):
    claim = findings(text)[0].claim
    assert (claim.relation, [o.id for o in claim.objects]) == (relation, objects), verdicts(findings, text)
    assert claim.polarity == "affirmed" or relation == "recommends"


@pytest.mark.parametrize(
    "text",
    [
        "Ativan works by attaching to GABA receptors and lowering serotonin.",  # a second means
        "Valium acts by binding to GABA receptors and increasing serotonin release.",  # misparsed as a noun
        "Benzodiazepines act by binding to the GABA-A receptor resulting in a fall in its function.",
        "Benzodiazepines bind to the GABA-A receptor, resulting in reduced receptor activity.",
    ],
)
def test_a_second_means_or_a_result_after_the_binding_is_read_and_judged(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)
    assert any(f.verdict.value == "supported" for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Benzodiazepines make the brain more sensitive to GABA.", "supported"),
        ("Benzodiazepines increase the brain's sensitivity to GABA.", "supported"),
        ("Benzodiazepines bind to GABA-A receptors, increasing their response to GABA.", "supported"),
        ("Benzodiazepines increase the supply of GABA.", "contradicted"),  # the amount: the myth
    ],
)
def test_a_response_or_sensitivity_to_gaba_is_its_effect_not_its_amount(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb that says something of the entities, with no relation read: the entities are no evidence
        ("Lexapro works by balancing serotonin in the brain.", "unsupported"),
        ("Valium works by rebalancing the chemicals in your brain.", "unsupported"),
        # a neutral verb adds nothing: agreeing entities still back the claim
        ("Benzodiazepines are often used for anxiety.", "supported"),
        # a verb read as a relation is judged as one
        ("Many people experience drowsiness on lorazepam.", "supported"),
        ("Buspirone can help with anxiety.", "supported"),
    ],
)
def test_agreeing_entities_back_no_verb_that_says_more(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "non-" makes a named class the modifier of another noun: no denial of the clause
        ("Zolpidem is a non-benzodiazepine sleeping pill.", "supported"),
        ("Buspirone is a non-benzodiazepine anxiolytic.", "supported"),
        ("Ativan is a non-benzodiazepine sedative.", "contradicted"),  # lorazepam is one
        ("Buspirone is a non-habit-forming drug.", "supported"),  # the prefix still denies a property
        # a denied equal ranking is a comparison, not a denial of the property
        ("Klonopin is not as addictive as some other drugs.", "unsupported"),
        ("Ativan is not so dangerous or addictive as opioids.", "unsupported"),
        # an embedded question asserts neither answer
        ("This page helps you work out whether Valium is safe in pregnancy.", "not_checkworthy"),
    ],
)
def test_prefixes_rankings_and_questions_deny_nothing_else(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_participle_after_a_comparison_acts_with_the_subject_only(findings):
    text = "Buspirone acts differently from benzodiazepines, mostly affecting serotonin receptors."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
    last = findings(text)[-1].claim
    assert [r.id for r in last.subjects] == ["buspirone"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a naming participle that took the subject from the main verb
        ("Benzodiazepines, often referred to as benzos, are sedatives.", "supported"),
        # a sentence a drug opens that both parses misread ("Klonopin attaches" as an order)
        ("Klonopin attaches to GABA receptors.", "supported"),
        # "the result is ..." points at the clause before, as "this" does
        ("Valium attaches to GABA receptors. The result is a bigger release of GABA.", "contradicted"),
        # "a type of depressant", "should aim to get ... of sleep"
        ("Benzodiazepines are a type of depressant.", "supported"),
        ("Grown-ups should aim to get 7 to 9 hours of sleep.", "supported"),
    ],
)
def test_subjects_the_small_model_loses_are_found(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_what_a_figure_is_based_on_is_not_what_the_figure_measures(findings):
    # how long the drug stays in the body is not its half-life, though worked out from it
    text = "Based on its half-life, Ativan can stay in the body for several days."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mothers should not breastfeed while taking hydroxyzine.", "supported"),
        ("It is fine to breastfeed while taking hydroxyzine.", "contradicted"),
        ("You should not drive while taking Valium.", "supported"),
    ],
)
def test_advice_on_what_a_person_taking_a_drug_may_do_is_advice_on_the_drug(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Combining Klonopin with opioids can cause serious side effects.", "Mixing Xanax with opioids can be deadly."],
)
def test_serious_harm_of_a_combination_is_backed_by_its_deadly_row(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Ativan is gentler than other benzodiazepines.", "Valium may be safer than most benzodiazepines."]
)
def test_a_class_row_ranks_no_member_against_its_class(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Buspirone reaches peak blood levels within 40 to 90 minutes.", "supported"),  # how fast levels come
        ("Buspirone relieves anxiety within an hour.", "contradicted"),  # how fast the effect comes: slowly
    ],
)
def test_time_to_peak_is_not_the_onset_of_the_effect(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It takes around 12 hours for half of a dose of Ativan to leave the body.", "supported"),
        ("It takes 30 to 40 hours for 50% of a Klonopin dose to leave your system.", "supported"),
        ("It takes 4 hours for 50 percent of a Klonopin dose to leave your system.", "contradicted"),
    ],
)
def test_a_half_life_said_with_a_percentage_or_an_infinitive_clause_is_read(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "non-<class>" on a noun that is not the clause's class says nothing of the subject's class
        ("Ativan, unlike non-benzodiazepine sleeping pills, is a benzodiazepine.", "supported"),
        # less risky because of a low risk: no cause of the effect
        ("Buspirone is less risky because of its low risk of dependence.", "unsupported"),
        # another clause's denied ranking does not shield this clause's denial
        ("Klonopin is not addictive, and it is not as long-acting as Valium.", "contradicted"),
    ],
)
def test_the_new_rules_stay_within_their_clause(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_time_span_after_stop_is_no_hindered_action(findings):
    claim = findings("Do not stop Ativan from one week to the next.")[0].claim
    assert claim.relation != "decreases"


# Kind 1 and 2, closed and open lists of uses: "approved for" is judged against the label's whole list
# of indications; what a class is used for neither backs nor denies what one member is used for.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is FDA-approved for insomnia.",
        "Klonopin is approved to treat insomnia.",
        "The FDA approved Zoloft for generalized anxiety disorder.",
        "Lexapro is indicated for the treatment of insomnia.",
        "Ambien is indicated for the treatment of anxiety.",
    ],
)
def test_an_approval_the_label_does_not_list_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Xanax is approved for panic disorder.", "supported"),
        ("Xanax is not approved for insomnia.", "supported"),
        ("Xanax is sometimes prescribed off-label for insomnia.", "unsupported"),  # a use, an open list
        ("Doctors sometimes prescribe Xanax for insomnia.", "unsupported"),
        ("Valium is approved for insomnia.", "unsupported"),  # diazepam's list is not held whole
        ("Zoloft is approved for anxiety.", "supported"),  # broader than a listed one
        ("In the UK, escitalopram is approved for panic disorder.", "unsupported"),  # another country's list
        ("Xanax is approved for anxiety associated with depression.", "supported"),  # one use, qualified
    ],
)
def test_the_closed_list_decides_approvals_only(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Benzodiazepines are used to treat insomnia.", "supported"),
        ("Benzodiazepines are also prescribed for seizure disorders and muscle spasms.", "supported"),
        ("Halcion is used to treat anxiety.", "unsupported"),  # the class's use, not triazolam's
        ("Triazolam is not used for anxiety.", "unsupported"),  # nor denied by it
        ("Halcion for anxiety.", "unsupported"),
        ("Klonopin is used for panic disorder.", "supported"),  # the member's own row
    ],
)
def test_a_class_use_is_not_each_members_use(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 5, claims hidden or half-read by the parse: bracketed lists of drugs, a preposition said
# again, "used for" a condition, how soon a drug starts working.


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam (Ativan), clonazepam (Klonopin) and diazepam (Valium) are benzodiazepines.",
        "Alprazolam (Xanax), clonazepam (Klonopin), and diazepam (Valium) are all benzodiazepines.",
    ],
)
def test_each_drug_of_a_bracketed_list_gets_the_predicate(findings, text):
    found = verdicts(findings, text)
    assert len(found) == 3 and all(v == "supported" for _, v, _ in found), found


def test_a_drug_renamed_in_brackets_is_not_a_list(findings):
    found = verdicts(findings, "Alprazolam (Xanax), a benzodiazepine, is used for panic disorder.")
    assert [v for _, v, _ in found] == ["supported", "supported"], found


@pytest.mark.parametrize(
    "text",
    [
        "Valium is used for anxiety, for muscle spasms and for seizures.",
        "Diazepam is prescribed for anxiety, for alcohol withdrawal, and for muscle spasms.",
    ],
)
def test_a_repeated_preposition_lists_one_use_per_claim(findings, text):
    found = verdicts(findings, text)
    assert len(found) == 3 and all(v == "supported" for _, v, _ in found), found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Valium is widely used for its sedative properties.", "unsupported"),  # no condition: no use read
        ("Klonopin is commonly used for panic disorder.", "supported"),
    ],
)
def test_used_for_reads_a_use_only_with_a_condition(findings, text, expected):
    found = findings(text)
    assert worst(findings, text) == expected, verdicts(findings, text)
    assert all(f.claim.relation in (None, "treats") for f in found)


@pytest.mark.parametrize(
    "text,onset",
    [
        ("Lorazepam usually starts working within 30 to 60 minutes.", True),
        ("Diazepam begins to work within half an hour.", True),
        ("Most adults need seven to nine hours of sleep.", False),  # no drug: no onset
    ],
)
def test_how_soon_a_drug_works_is_its_onset(findings, text, onset):
    found = findings(text)
    claim = found[0].claim
    read = claim.relation == "has_property" and "onset" in [r.id for r in claim.objects]
    assert read is onset, verdicts(findings, text)
    assert all(f.verdict.value != "contradicted" for f in found)


@pytest.mark.parametrize(
    "text,subject",
    [
        ("Xanax has serious side effects.", "alprazolam"),
        ("Zoloft has no serious side effects.", "sertraline"),
        ("Klonopin carries serious side effects.", "clonazepam"),
    ],
)
def test_a_drug_that_has_side_effects_causes_them(findings, text, subject):
    found = findings(text)
    assert [r.id for r in found[0].claim.subjects] == [subject], verdicts(findings, text)


def test_a_side_effect_of_a_drug_is_still_caused_by_it(findings):
    found = findings("Drowsiness is a side effect of Xanax.")
    assert [r.id for r in found[0].claim.subjects] == ["alprazolam"] and found[0].verdict.value == "supported"


@pytest.mark.parametrize(
    "text,subject,relation",
    [
        (
            "Xanax is a benzodiazepine. Medicines in this class act by attaching to GABA-A receptors.",
            "benzodiazepine",
            "binds",
        ),
        (
            "Benzodiazepines are sedatives. The medicines in this family work by enhancing GABA.",
            "benzodiazepine",
            "increases",
        ),
    ],
)
def test_a_verb_read_as_a_noun_after_a_class_is_the_verb_again(findings, text, subject, relation):
    last = findings(text)[-1]
    assert ([r.id for r in last.claim.subjects], last.claim.relation) == ([subject], relation), verdicts(findings, text)
    assert last.verdict.value == "supported"


def test_this_class_is_the_class_a_drug_was_just_said_to_belong_to(findings):
    text = (
        "Many anxiolytic drugs exist. Alprazolam is one of the benzodiazepine class. "
        "The drugs in this class reduce the function of GABA-A receptors."
    )
    last = findings(text)[-1]
    assert [r.id for r in last.claim.subjects] == ["benzodiazepine"] and last.verdict.value == "contradicted"


# False red marks found on real pages: each with its true neighbours.


@pytest.mark.parametrize(
    "text,expected",
    [
        # "it" is the serotonin the clause names: the means is the reuptake the row names
        ("Sertraline raises serotonin levels by stopping nerve cells from reabsorbing it.", "supported"),
        ("Sertraline raises serotonin levels by stopping nerve cells from firing.", "unsupported"),
        ("Escitalopram increases serotonin levels by blocking its reuptake.", "supported"),  # the row says how
        ("Klonopin works by lowering serotonin.", "contradicted"),  # the means is the claim when the verb says nothing
        ("Benzodiazepines calm nerve activity by enhancing the effects of GABA.", "supported"),
    ],
)
def test_a_verb_that_says_what_keeps_its_relation_over_its_means(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Besides depression, escitalopram is sometimes prescribed off-label for panic disorder.",
        "Apart from anxiety, Valium is used for muscle spasms.",
        "Guidelines recommend sertraline over paroxetine for older adults.",
        "Lorazepam enhances GABA's effects, which helps slow the heart rate.",
    ],
)
def test_what_a_clause_sets_aside_is_not_what_it_says(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_slowing_something_is_not_a_slow_onset(findings):
    found = findings("Xanax helps to slow down a racing heart rate.")
    assert all("onset" not in [r.id for r in f.claim.objects] for f in found), verdicts(findings, "x")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gabapentin is FDA-approved only for seizures.", "contradicted"),  # and postherpetic neuralgia
        ("Xanax is approved solely for panic disorder.", "contradicted"),  # and anxiety disorders
        ("Paroxetine is the only SSRI approved for OCD.", "contradicted"),  # sertraline, fluoxetine too
        ("Klonopin is approved only for seizure disorders and panic disorder.", "supported"),
        ("Xanax is approved for panic disorder and should only be used for a short time.", "unsupported"),
    ],
)
def test_only_is_refuted_by_one_more_approval(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Xanax works by boosting the effects and the production of GABA.", "contradicted"),
        ("Klonopin raises the release and the effect of GABA.", "contradicted"),
        ("Xanax boosts the effects of GABA.", "supported"),
    ],
)
def test_two_aspects_said_together_are_both_claimed(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 5: a scraped list loses its bullets; its items are short lines after an unfinished lead-in.


@pytest.mark.parametrize("lead_end", [":", ";"])
def test_a_list_without_bullets_completes_its_lead_in(findings, lead_end):
    text = f"Common side effects of Xanax include{lead_end}\n\nDrowsiness\nDizziness\n"
    found = [(f.claim.text, f.verdict.value) for f in findings(text)]
    assert [v for t, v in found if t.endswith(("Drowsiness", "Dizziness"))] == ["supported", "supported"], found


def test_a_heading_after_a_list_is_not_one_of_its_items(findings):
    text = (
        "Xanax is approved to treat:\n- Panic disorder: sudden attacks of fear.\n- Anxiety disorders.\n"
        "Common Off-Label Uses\nSome doctors prescribe it for sleep.\n"
    )
    assert all("Off-Label" not in f.claim.text or f.claim.text.startswith("Common") for f in findings(text))
    bare = "Common side effects of Xanax include:\n\nDrowsiness\nDizziness\n\nHow to take it\nTake it with water.\n"
    assert all("include How" not in f.claim.text for f in findings(bare))


def test_a_list_with_an_unknown_item_is_still_one_claim_an_item(findings):
    found = findings("Benzodiazepines can cause drowsiness, muscle twitches, memory problems and dizziness.")
    objects = [[r.id for r in f.claim.objects] for f in found if f.claim.objects]
    assert all(len(o) == 1 for o in objects) and ["memory_impairment"] in objects, objects
    unread = [f for f in found if not f.claim.objects]  # the unknown item, shown on its own
    assert [f.claim.unread for f in unread] == [("muscle twitches",)], [f.claim.text for f in found]
    assert all(f.verdict.value == "unsupported" for f in unread)


def test_an_unknown_mechanism_backs_no_claim_under_its_heading(findings):
    text = "Mechanism of Action\n\nBuspirone works by affecting serotonin and dopamine receptors in the brain.\n"
    assert all(f.verdict.value != "supported" for f in findings(text)), verdicts(findings, text)
    assert worst(findings, "Nobody knows exactly how buspirone relieves anxiety.") != "contradicted"


@pytest.mark.parametrize(
    "text,head_verdict",
    [
        ("By strengthening the effect of GABA, Klonopin can lessen depression symptoms.", "contradicted"),
        ("By enhancing the effects of GABA, Xanax can ease the symptoms of panic disorder.", "supported"),
        ("Xanax causes drowsiness by increasing dopamine.", "supported"),  # the means is the myth, caught apart
    ],
)
def test_a_verb_beside_its_means_is_a_claim_of_its_own(findings, text, head_verdict):
    found = findings(text)
    head = [f for f in found if "by " not in f.claim.text.lower()]
    assert head and head[0].verdict.value == head_verdict, verdicts(findings, text)
    means = [f.verdict.value for f in found if "by " in f.claim.text.lower()]
    assert means and ("GABA" not in text or "supported" in means), verdicts(findings, text)


# From a review of the closed list and the means rules: true sentences that must not turn red.


@pytest.mark.parametrize(
    "text",
    [
        "By blocking serotonin reuptake, SSRIs increase serotonin levels in the brain.",
        "Sertraline and paroxetine are the only antidepressants FDA-approved for PTSD.",
        "Lexapro is one of only two SSRIs approved for generalized anxiety disorder.",
        "In children, Zoloft is approved only for OCD.",
        "Lexapro is the only SSRI approved for depression in adolescents besides Prozac.",
        "Outside the United States, escitalopram is also approved for social anxiety disorder.",
        "Lorazepam tablets are not used for status epilepticus; the injection is.",
        "Ambien should not be used for more than a few weeks for insomnia.",
        "Klonopin is FDA-approved for:\nseizure disorders\npanic disorder\nOff-label uses\ninsomnia\n",
    ],
)
def test_true_sentences_near_the_new_rules_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Talking to your doctor will help you find out whether Ativan is safe during pregnancy or not.",
        "Ask your pharmacist whether Xanax is safe to take while breastfeeding.",
    ],
)
def test_safety_asked_in_a_whether_clause_is_not_advice(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_only_said_of_the_drugs_is_not_said_of_their_uses(findings):
    text = "Of the benzodiazepines, only clonazepam and clorazepate are approved for seizures as tablets."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 5, claims hidden: prescription status, advice against a drug under a condition, a naming
# conjunct. Kind 1: a ranking must be the row's own, said of the same thing.


@pytest.mark.parametrize(
    "text,row",
    [
        ("Ativan is a prescription medication.", "F-1320"),
        ("Diazepam is a prescription-only drug.", "F-1320"),
        ("Lyrica is a prescription medicine.", "F-1327"),
        ("Cymbalta is a prescription drug.", "F-1323"),
    ],
)
def test_prescription_status_is_checked_not_hidden(findings, text, row):
    found = [f for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert [(f.verdict.value, f.fact.id if f.fact else "") for f in found] == [("supported", row)], verdicts(
        findings, text
    )


@pytest.mark.parametrize("text", ["Paxil is not a prescription drug.", "5-HTP capsules are a prescription drug."])
def test_wrong_prescription_status_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not use Ativan if you have a rare lung condition.",
        "Don't take Valium if you have ever had a bad reaction to it.",
    ],
)
def test_advice_against_a_drug_under_an_unknown_condition_is_not_hidden(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Avoid lorazepam if you are pregnant.", "supported"),
        ("Taking Klonopin during pregnancy is not advisable.", "supported"),
        ("Using Xanax during pregnancy is advisable.", "contradicted"),
    ],
)
def test_advice_on_pregnancy_is_judged(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ativan is a sedative and also the brand name of lorazepam.", "supported"),
        ("Ativan is a benzodiazepine and the brand name of diazepam.", "contradicted"),
    ],
)
def test_a_naming_conjunct_is_a_claim_of_its_own(findings, text, expected):
    found = findings(text)
    assert len([f for f in found if f.verdict.value != "not_checkworthy"]) == 2, verdicts(findings, text)
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is the most abused prescription drug in America.",
        "Valium is one of the safest benzodiazepines.",
        "Prozac is the most commonly prescribed antidepressant.",  # the class's rank, not the member's
        "SSRIs are the least prescribed antidepressants.",  # the row ranks them the other way
    ],
)
def test_a_ranking_the_row_does_not_state_is_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_a_ranking_the_row_states_is_supported(findings):
    text = "In the US, SSRIs are the most commonly used type of antidepressant."
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 3, scope: what one effect is said to be. "Tolerance to X is not addiction" is said of
# tolerance, never read as "X does not cause addiction" (a myth's wording); "not always" denies part.


@pytest.mark.parametrize(
    "text",
    [
        "Tolerance to Ativan is not the same thing as addiction.",
        "Being physically dependent on lorazepam is not the same as being addicted.",
        "Physical dependence on Xanax is not addiction.",
        "Tolerance to benzodiazepines does not necessarily indicate addiction.",
        "Building tolerance to drugs such as Valium does not always mean addiction.",
    ],
)
def test_an_effect_said_not_to_be_addiction_is_never_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tolerance to Ativan is not the same thing as addiction.",
        "Physical dependence on Xanax is not addiction.",
        "Tolerance does not always indicate that a person is addicted to Valium.",
    ],
)
def test_an_effect_said_not_to_be_addiction_is_supported_where_framed(findings, text):
    if "addicted to" in text:  # not framed: it must at least not be red
        assert worst(findings, text) != "contradicted", verdicts(findings, text)
        return
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Tolerance is the same thing as addiction.", "Physical dependence means addiction."])
def test_an_effect_said_to_be_addiction_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_hedged_sign_is_not_red(findings):
    text = "Tolerance to Klonopin can be a sign of addiction."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paroxetine and fluvoxamine are not the only SSRIs with an OCD approval.",
        "Lorazepam is not the only benzodiazepine given for seizures.",
        "Pregabalin is not only approved for nerve pain.",
    ],
)
def test_not_the_only_denies_exclusivity_not_membership(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_only_still_refuted_by_another_members_row(findings):
    text = "Fluoxetine is the only SSRI approved for OCD."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors often prefer SSRIs such as escitalopram over benzodiazepines for long-term anxiety care.",
        "Guidelines favour antidepressants like sertraline above benzodiazepines for lasting treatment.",
    ],
)
def test_an_example_is_only_its_listed_names(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan causes less drowsiness.",
        "Buspirone causes milder withdrawal.",
        "Zolpidem leads to fewer side effects.",
    ],
)
def test_a_compared_degree_the_row_does_not_state_is_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan causes drowsiness.",
        "Taking more than the prescribed dose of Klonopin can cause an overdose.",
        "Older adults on Ativan are more prone to sedation.",
    ],
)
def test_no_degree_or_a_stated_one_stays_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Avoid Ativan if you have narrow angle glaucoma.",
        "Avoid Ativan if you have narrow angle-glaucoma.",
        "Avoid Ativan if you have narrow-angle-glaucoma.",
    ],
)
def test_a_name_is_found_however_its_words_are_joined(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By raising serotonin, Zoloft can ease depression.", "supported"),  # the means agrees with the rows
        ("By blocking serotonin reuptake, escitalopram relieves depression.", "supported"),
        ("By cutting serotonin release, Klonopin eases anxiety.", "contradicted"),  # the means is a myth
    ],
)
def test_a_fronted_means_is_its_own_claim(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Lunesta acts as a benzodiazepine receptor agonist.", "supported"),
        ("Sonata is classed as a benzodiazepine-site ligand.", "supported"),
        ("Eszopiclone is a benzodiazepine.", "contradicted"),  # the class itself is still wrong
    ],
)
def test_a_class_name_that_modifies_a_noun_is_not_the_class(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Temazepam is normally prescribed for about a week.", "Halcion is given for a week or two at most."],
)
def test_a_course_length_without_a_figure_is_not_an_onset(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Unlike other drugs for anxiety, BuSpar is not a benzodiazepine and carries no real risk of dependence.",
        "Unlike the medicines given for panic attacks, hydroxyzine is not a controlled substance.",
    ],
)
def test_what_unlike_sets_aside_is_not_the_subject(findings, text):
    found = findings(text)
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
    assert not any(f.reason.value == "no_assertion" for f in found if "not a" in f.claim.text), verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone carries no known risk of addiction.",  # "no known": a hedge, still a denial
        "Buspirone is not a benzodiazepine and has no real risk of dependence.",  # each denial its own
    ],
)
def test_a_denial_stays_a_denial(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_an_unknown_mechanism_is_still_a_value(findings):
    text = "How buspirone works is not known."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Temazepam does not make you fall asleep; it helps you stay asleep.",
        "Some people find it hard to fall asleep after stopping Ativan.",
    ],
)
def test_falling_asleep_is_no_fall(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_an_unread_list_member_is_its_own_claim_and_sinks_no_other(findings):
    text = "Valium is prescribed for anxiety, muscle spasms and writer's cramp."
    found = [(f.claim.text, f.verdict.value) for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert [v for _, v in found] == ["supported", "supported", "unsupported"], found
    assert "cramp" in found[-1][0]


def test_a_single_known_member_beside_an_unread_one_stays_unsupported(findings):
    text = "Ativan is used for panic disorder and writer's cramp."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)
    assert "supported" not in {f.verdict.value for f in findings(text)}, verdicts(findings, text)


def test_a_companion_in_a_condition_is_not_the_subject(findings):
    text = (
        "Lorazepam is prescribed for anxiety. Dangerous side effects include shallow breathing, "
        "especially when it is mixed with alcohol or opioids. Long-term use can cause dependence."
    )
    found = [f for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert all("alcohol" not in [r.id for r in f.claim.subjects] for f in found), verdicts(findings, text)
    assert found[-1].verdict.value == "supported" and "lorazepam" in [r.id for r in found[-1].claim.subjects]


def test_a_class_that_only_modifies_a_noun_is_not_the_topic(findings):
    text = (
        "Do not take clonazepam if you have a history of benzodiazepine allergy.\n\nDrowsiness is a common side effect."
    )
    last = findings(text)[-1]
    assert [r.id for r in last.claim.subjects] == ["clonazepam"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sonata is used for the short-term treatment of insomnia.", "supported"),
        ("Halcion is used to treat anxiety for short periods.", "unsupported"),  # a use its rows lack
        ("Xanax should only be taken for the short-term treatment of anxiety.", "supported"),  # advice on length
    ],
)
def test_short_term_treatment_of_a_condition_is_a_use(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_common_alias_of_an_indication(findings):
    text = "Pregabalin is approved to treat diabetic peripheral neuropathy."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,drug",
    [
        ("Duloxetine is an SNRI. This antidepressant is also used for nerve pain.", "duloxetine"),
        ("Lorazepam is short-acting. That benzodiazepine is often given before surgery.", "lorazepam"),
    ],
)
def test_this_class_noun_names_the_drug_named_last(findings, text, drug):
    last = [f for f in findings(text) if f.verdict.value != "not_checkworthy"][-1]
    assert [r.id for r in last.claim.subjects] == [drug], verdicts(findings, text)


def test_these_class_nouns_name_the_class(findings):
    text = "Xanax is popular. These benzodiazepines can cause dependence."
    last = findings(text)[-1]
    assert [r.id for r in last.claim.subjects] == ["benzodiazepine"], verdicts(findings, text)


def test_becoming_dependent_is_a_claim(findings):
    text = "Some people become dependent on Ativan after a few weeks of daily use."
    assert worst(findings, text) in ("supported", "unsupported"), verdicts(findings, text)
    assert any("lorazepam" in f.claim.entity_ids for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lexapro does not start working right away.",
        "Buspirone does not work straight away.",
        "Paxil does not work immediately.",
    ],
)
def test_denying_a_fast_onset_is_backed_by_a_slow_onset(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_claiming_a_fast_onset_for_a_slow_drug_is_red(findings):
    text = "Zoloft works right away."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_predicate_the_parser_hung_on_an_example_is_not_backed_by_the_class_row(findings):
    text = "Benzodiazepines such as Ativan work by releasing noradrenaline."
    assert worst(findings, text) != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs are the most effective antidepressants.",  # the row ranks by prescriptions, not effect
        "Drowsiness is the most dangerous side effect of Ativan.",
    ],
)
def test_a_ranking_by_another_measure_is_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["At higher doses, Ativan can cause drowsiness.", "Klonopin can cause drowsiness, especially at higher doses."],
)
def test_a_degree_that_grades_no_effect_keeps_support(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_drug_named_in_the_condition_is_the_subject(findings):
    text = "Prozac is an SSRI. If Xanax is combined with alcohol, dependence can develop."
    last = findings(text)[-1]
    assert "fluoxetine" not in [r.id for r in last.claim.subjects], verdicts(findings, text)
    assert last.verdict.value != "contradicted", verdicts(findings, text)


def test_this_class_of_drugs_is_the_class(findings):
    text = "Citalopram is an SSRI. This class of antidepressant is approved for depression."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_letter_joined_to_a_name_is_not_respelled(findings):
    text = "Xanax boosts GABA a little."
    assert worst(findings, text) != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Unlike SSRIs, benzodiazepines work quickly.", "Unlike antidepressants, Valium acts within an hour or so."],
)
def test_unlike_hung_on_the_subject_is_set_aside(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 4, a level change that leads a clause of relief is the page drug's means: "raising GABA
# calms you" on a benzodiazepine page says the drug raises GABA, which the GABA-amount myth decides.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is a benzodiazepine. Boosting GABA eases tension.",
        "Halcion is a benzodiazepine. Increasing the amount of GABA in the brain calms anxiety.",
        "Valium is a benzodiazepine. Too little GABA causes worry, so raising it soothes the nerves.",
        "Xanax is a benzodiazepine. Low GABA levels cause panic, so increasing it relieves the fear.",
    ],
)
def test_raising_gaba_on_a_benzodiazepine_page_is_the_amount_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is a benzodiazepine. Increasing GABA activity calms the brain.",
        "Zoloft is an SSRI. Raising serotonin levels improves mood.",
        "Xanax is a benzodiazepine. After increasing the dose, GABA helps more.",
        "Xanax is a benzodiazepine. Raising GABA does not relieve anxiety.",
        "Xanax is a benzodiazepine. Raising GABA with vigabatrin relieves seizures.",
        "Ativan is a benzodiazepine. Regular exercise and raising GABA can ease tension.",
        "Klonopin is a benzodiazepine. Raising GABA through diet may calm the nerves.",
        "Valium is a benzodiazepine. Boosting GABA calms the mind, which is why some try GABA supplements.",
        "Restoril is a benzodiazepine. Increasing serotonin relieves depression, which is why SSRIs exist.",
    ],
)
def test_a_level_change_that_is_not_the_drugs_amount_claim_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_level_change_on_a_page_about_no_drug_names_no_subject(findings):
    found = findings("Boosting GABA eases tension.")
    assert all(not f.claim.subjects or f.claim.subjects[0].id == "gaba" for f in found), verdicts(findings, "x")


# Kind 5, field lines of a monograph ("Drug class: Benzodiazepine") were read as headings and hidden:
# the label names the relation, the page's drug is the subject.


def page_verdicts(findings, lines: list[str]) -> dict[str, str]:
    return {f.claim.text: f.verdict.value for f in findings("\n\n".join(lines))}


def test_field_lines_about_the_page_drug_are_checked(findings):
    found = page_verdicts(
        findings,
        ["Restoril (temazepam)", "Drug class: benzodiazepine", "Uses: insomnia", "Common side effects: drowsiness"],
    )
    fields = {text: v for text, v in found.items() if ":" in text}
    assert len(fields) == 3 and set(fields.values()) == {"supported"}, found


@pytest.mark.parametrize(
    "line",
    ["Drug class: SSRI", "Type of drug: opioid antagonist, SSRI", "Classification: antidepressant"],
)
def test_a_wrong_class_in_a_field_line_is_red(findings, line):
    found = page_verdicts(findings, ["Klonopin (clonazepam)", line])
    assert "contradicted" in {v for text, v in found.items() if text.startswith("[clonazepam]")}, found


def test_each_member_of_a_field_value_is_its_own_claim(findings):
    # the member the table does not know is reported unsupported; a member of another kind is not
    # read as the field's ("opioid withdrawal" is no use of Xanax's because "withdrawal" is an effect)
    found = page_verdicts(findings, ["Xanax (alprazolam)", "Uses: panic disorder, jet lag, opioid withdrawal"])
    assert found["[alprazolam] Uses: panic disorder"] == "supported", found
    assert found["[alprazolam] Uses: jet lag, opioid withdrawal"] == "unsupported", found


@pytest.mark.parametrize(
    "lines",
    [
        ["BuSpar (buspirone)", "Side effects: nausea, dependence"],  # the label: no dependence
        ["Some guides mention Xanax.", "Benadryl (diphenhydramine)", "Drug class: Antihistamine"],
        ["Ambien (zolpidem)", "Drug class: hypnotic (not a benzodiazepine)"],
    ],
)
def test_field_members_are_judged_one_by_one_and_only_for_the_sections_drug(findings, lines):
    found = page_verdicts(findings, lines)
    wrong = "contradicted" if lines[0].startswith("BuSpar") else None
    assert ("contradicted" in found.values()) == (wrong is not None), found


@pytest.mark.parametrize(
    "lines",
    [
        ["Drug class: benzodiazepine"],  # no drug on the page: nothing to say it of
        ["Xanax (alprazolam)", "Brand names: Xanax, Niravam"],  # not a field of a relation
        ["Xanax (alprazolam)", "Note: read the label"],
    ],
)
def test_other_colon_lines_are_not_field_claims(findings, lines):
    found = findings("\n\n".join(lines))
    assert not any(f.claim.relation in ("is_a", "treats", "causes") and ":" in f.claim.text for f in found), [
        (f.claim.text, f.claim.relation) for f in found
    ]


def test_a_field_label_heading_gives_its_label_to_the_value_line_below(findings):
    """A drug card: the label as a heading of its own, the value on the next line."""
    found = page_verdicts(
        findings,
        ["Restoril (temazepam)", "Class", "Benzodiazepine hypnotic", "Common side effects", "Drowsiness, dizziness"],
    )
    fields = {text: v for text, v in found.items() if ":" in text}
    assert fields and set(fields.values()) == {"supported"}, found
    assert "[temazepam] Class: Benzodiazepine" in fields, found


@pytest.mark.parametrize(
    "lines",
    [
        ["Klonopin (clonazepam)", "Drug class", "SSRI antidepressant"],
        ["Klonopin (clonazepam)", "Class:", "Selective serotonin reuptake inhibitor"],
    ],
)
def test_a_wrong_value_under_a_field_label_heading_is_red(findings, lines):
    found = page_verdicts(findings, lines)
    assert "contradicted" in found.values(), found


@pytest.mark.parametrize(
    "lines",
    [
        ["Xanax (alprazolam)", "Uses", "Panic Disorder And Insomnia", "Xanax treats panic disorder."],
        ["Xanax (alprazolam)", "Uses", "Xanax is used for panic disorder."],
        ["Xanax (alprazolam)", "Class", "- Benzodiazepine"],
        ["Xanax (alprazolam)", "Uses", "", "Mechanism", "Insomnia"],
    ],
)
def test_a_label_heading_gives_no_label_to_a_subheading_a_sentence_or_a_later_line(findings, lines):
    found = findings("\n\n".join(line for line in lines if line))
    assert not any(":" in f.claim.text and f.claim.relation in ("is_a", "treats") for f in found), [
        (f.claim.text, f.claim.relation) for f in found
    ]


def test_a_field_value_that_is_a_clause_is_read_as_a_sentence(findings):
    found = findings("Xanax (alprazolam)\n\nUses: it treats panic disorder.")
    assert [f.verdict.value for f in found if "panic" in f.claim.text] == ["supported"]


# Kind 5, the opposite wordings of the prescription-only rows were hidden: "sold over the counter",
# "can be bought without a prescription" deny the drug's prescription-only status.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan can be purchased over the counter.",
        "You can get Restoril without a prescription.",
        "Halcion is a non-prescription sleeping pill.",
        "Zolpidem is available OTC.",
    ],
)
def test_saying_a_prescription_drug_is_sold_over_the_counter_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Valium is only available by prescription.",
        "Sertraline is not sold over the counter.",
        "You cannot get Klonopin without a prescription.",
    ],
)
def test_affirming_prescription_only_status_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "In many countries, diazepam can be bought without a prescription.",  # another country's rules
        "Illegal websites sell Xanax without a prescription.",  # what a seller does
        "Buying Ativan without a prescription is against the law.",  # what buying it is
        "Over-the-counter antihistamines can make Xanax more sedating.",  # another product is OTC
        "Over-the-counter sleep aids are not as strong as zolpidem.",
        "Restoril may interact with over-the-counter medicines such as cough syrups.",
        "Klonopin is stronger than nonprescription sleep aids.",
        "Many teenagers get Ativan without a prescription from relatives.",
        "Valium bought without a prescription online may be counterfeit.",
        "Zolpidem requires a prescription, unlike melatonin, which is sold over the counter.",
    ],
)
def test_other_sentences_about_prescriptions_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 1, a risk graded low is news a row must state: "a low risk of dependence" is not backed by a
# row that the drug causes dependence, and not refuted by one that says it causes none.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan carries a low risk of dependence.",
        "Restoril has minimal abuse potential.",
        "Lyrica has a very low risk of addiction.",
    ],
)
def test_a_low_risk_is_not_backed_by_a_row_that_states_the_risk(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BuSpar has a low risk of dependence.", "supported"),  # the label: no dependence; "low" says less
        ("Buspirone carries a lower risk of addiction.", "supported"),
        ("Klonopin has a low risk of dependence.", "unsupported"),  # the row states the risk; "low" is news
    ],
)
def test_a_low_risk_follows_from_a_row_that_denies_the_risk(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lyrica has no potential for addiction.", "contradicted"),  # "potential for" is now a relation
        ("Benzodiazepines have a potential for misuse.", "supported"),
        ("Benzodiazepines have a high potential for abuse.", "supported"),  # a high grade restates the row
        ("Paxil taken in early pregnancy may carry a small increased risk of heart defects.", "supported"),
    ],
)
def test_potential_for_is_a_risk_and_only_a_low_grade_is_news(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_potential_in_a_reason_phrase_is_not_the_claim(findings):
    text = "Because of the potential for drowsiness, people taking Xanax should not drive."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 2, an example hung on the wrong class: "SSRIs or SNRIs such as Effexor" gives an example of
# the class it belongs to, and "non-benzodiazepines such as zolpidem" denies the class.


@pytest.mark.parametrize(
    "text",
    [
        "Stopping SSRIs or SNRIs such as venlafaxine abruptly can cause discontinuation symptoms.",
        "Doctors may switch to SNRIs or SSRIs such as Zoloft.",
        "Some patients prefer a non-benzodiazepine like Ambien.",
        "Non-benzodiazepines such as eszopiclone also act at the GABA-A receptor.",
    ],
)
def test_an_example_of_the_right_class_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors may prescribe SSRIs or SNRIs such as Klonopin.",  # of neither class
        "Non-benzodiazepines such as Ativan are less habit-forming.",  # lorazepam is one
        "Benzodiazepines such as zolpidem work quickly.",
    ],
)
def test_an_example_of_neither_or_the_denied_class_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Kind 3, frames that report rather than assert: what sellers claim, what a product is marketed or
# popular as, and a question the page raises are not the page's claims, so no row refutes them.


@pytest.mark.parametrize(
    "text",
    [
        "Supplement makers claim that oral GABA raises brain GABA levels.",
        "Vendors claim that GABA capsules can help raise brain GABA and, as a result, treat anxiety.",
        "Proponents say GABA supplements cure anxiety.",
        "GABA capsules are marketed as a natural cure for panic attacks.",
        "Oral GABA has become popular as a remedy for stress.",
        "Zolpidem is sometimes questioned regarding its status as a benzodiazepine.",
    ],
)
def test_reported_marketing_and_questions_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oral GABA raises brain GABA levels.",  # asserted by the page itself
        "The manufacturer says Ativan should never be taken for more than four weeks.",  # the label's author
    ],
)
def test_the_same_claims_asserted_or_attributed_to_the_label_are_still_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_name_a_product_is_sold_as_is_still_checked(findings):
    assert worst(findings, "Hydroxyzine is sold as Vistaril.") == "supported"


def test_used_as_a_treatment_for_is_a_use(findings):
    assert worst(findings, "Alprazolam is used as a treatment for panic disorder.") == "supported"


# Kind 4, the chemical-imbalance myth in more wordings: "X is (considered to be) a result of an
# imbalance in serotonin"; a split list before a passive keeps its predicate in each claim's text.


@pytest.mark.parametrize(
    "text",
    [
        "Depression is the result of an imbalance of serotonin.",
        "Low mood and depression are widely considered to be the result of serotonin imbalances.",
    ],
)
def test_depression_as_the_result_of_a_serotonin_imbalance_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_the_result_of_taking_a_drug_is_an_effect_of_it(findings):
    assert worst(findings, "Sleepiness is a result of taking Ativan.") == "supported"


def test_each_member_of_a_list_before_a_passive_keeps_the_predicate(findings):
    texts = [f.claim.text for f in findings("Drowsiness and dizziness are caused by Ativan.")]
    assert texts == ["Drowsiness is caused by Ativan", "dizziness is caused by Ativan"], texts


# Kind 1, a comparison with a drug the reading moved into the subjects ("a less effective treatment
# than Xanax" read as both drugs treating anxiety) is still a comparison no one-drug row decides.


@pytest.mark.parametrize(
    "text",
    [
        "BuSpar is a weaker treatment for anxiety than Ativan.",
        "Hydroxyzine is a less effective remedy for panic disorder than alprazolam.",
    ],
)
def test_a_comparison_with_a_drug_read_as_a_subject_is_unsupported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Valium slows down central nervous system activity.",
        "Benzodiazepines depress brain activity.",
        "BuSpar is prescribed for generalized anxiety disorder.",
    ],
)
def test_cns_slowing_and_buspirone_for_gad_are_backed(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_stimulating_brain_activity_is_the_opposite_of_a_benzodiazepine_row(findings):
    assert worst(findings, "Benzodiazepines stimulate brain activity.") == "contradicted"


# Kind 5, the drug of an existential or classifying clause was hidden among the objects: "there is a
# risk of dependence with Xanax", "the DEA classifies Klonopin as Schedule IV".


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There is a risk of physical dependence with Ativan.", "supported"),
        ("There is a risk of addiction with sertraline.", "contradicted"),
        ("Federal regulators classify Valium as a Schedule IV controlled substance.", "supported"),
        ("The DEA classifies buspirone as a benzodiazepine.", "contradicted"),
    ],
)
def test_the_one_drug_of_an_existential_or_classifying_clause_is_its_subject(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_clause_about_something_else_does_not_take_its_drug_as_subject(findings):
    text = "Without Klonopin, an addicted brain struggles to feel calm."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 5, "the generic form of X" was hidden: a version that a kind of name qualifies names the drug.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clonazepam is the generic form of Klonopin.", "supported"),
        ("Zoloft is the brand-name version of sertraline.", "supported"),
        ("Diazepam is the generic version of Xanax.", "contradicted"),
        ("Oxazepam is an active form of diazepam.", "unsupported"),  # no kind of name: not a naming clause
    ],
)
def test_a_generic_or_brand_version_is_a_naming_clause(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some people mistakenly classify Ambien as a benzodiazepine.",  # a reported mistake, not the claim
        "There is little risk of addiction with SSRIs.",  # a low risk is not the myth that they are addictive
        "Zoloft carries a very low risk of addiction.",
    ],
)
def test_reported_classifications_and_low_risks_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Depression is not simply caused by a chemical imbalance.",
        "Low mood is not solely the result of low serotonin.",
    ],
)
def test_denying_that_a_myths_cause_is_the_whole_story_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 2, a time named as the first day of a course ("from day one") is a figure: an onset of weeks denies it.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SSRIs start working on the very first day.", "contradicted"),
        ("Zoloft relieves depression from day one.", "contradicted"),
        ("Buspirone starts working on the first day.", "contradicted"),
    ],
)
def test_the_first_day_of_a_course_is_an_onset_figure(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_an_early_improvement_in_the_first_week_is_not_red(findings):
    for text in (
        "Some people notice improvement from SSRIs in the first week.",
        "Ativan relieves anxiety within the first week.",  # a week is no slow onset
        "Klonopin begins to work during the first week of treatment.",
    ):
        assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 3, an adjective that denies harm is a denial: "harmless" says the opposite of "dangerous".


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Benzodiazepine withdrawal is harmless.", "contradicted"),
        ("Withdrawal from Klonopin is usually harmless.", "contradicted"),
        ("Xanax withdrawal is not harmless.", "supported"),
        ("Benzodiazepine withdrawal is dangerous.", "supported"),
    ],
)
def test_harmless_denies_harm(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 1, a verb with a predicate of its object says that predicate: "keep the channel open longer" is not
# what the row on opening frequency states, and agreeing entities do not back it.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines keep the chloride channel open for longer.",
        "Xanax keeps GABA receptors active longer.",
    ],
)
def test_a_resultative_verb_is_not_neutral(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


# Kind 3, a fresh round of real pages: no red mark on what a sentence does not assert.


@pytest.mark.parametrize(
    "text",
    [
        "Many readers wonder if Ambien is a benzodiazepine.",  # an embedded question
        "This page answers questions about Lunesta and whether it is a benzodiazepine.",
        "Zolpidem belongs to a group of drugs known as non-benzodiazepines.",  # "non-" in a classing phrase
        "Lunesta is known as a non-benzodiazepine.",
        "Ambien is classified as a non-benzodiazepine sedative-hypnotic.",
        "Ambien is usually considered to be less habit-forming than most benzodiazepines.",  # a comparison
        "Doctors may recommend Ativan or Xanax for short-term relief of anxiety.",  # alternatives
        "The Anxiety and Depression Association of America lists Xanax as a second-line option.",
        "Pregabalin is not considered a very highly addictive medication.",  # a denied grade
        "Xanax isn't extremely addictive.",
        "Buspirone is considered non-addictive.",
    ],
)
def test_questions_classing_phrases_alternatives_and_grades_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("People often ask whether Ambien is a benzodiazepine. Ambien is a benzodiazepine.", "contradicted"),
        ("Lunesta is known as a benzodiazepine.", "contradicted"),
        ("Xanax is considered non-addictive.", "contradicted"),
        ("Klonopin is considered habit-forming.", "supported"),
        ("Valium is not only used for anxiety but also for muscle spasms.", "supported"),
    ],
)
def test_the_same_frames_still_judge_what_is_asserted(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_exercising_caution_is_no_physical_exercise(findings):
    text = "Because Ativan can be misused, people with a history of alcohol dependence should exercise caution with it."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
    assert worst(findings, "Regular exercise can reduce anxiety.") == "supported"


def test_each_use_of_not_only_but_also_is_its_own_claim_without_the_opener(findings):
    found = findings("Valium is used not only for anxiety but also for the relief of muscle spasms.")
    assert sorted(f.claim.text for f in found) == ["Valium is used for anxiety", "Valium is used for muscle spasms"]
    assert {f.verdict.value for f in found} == {"supported"}


# Issue 20, a drug's first US approval: the year the label's highlights give ("Initial U.S. Approval").


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xanax was approved by the FDA in 1981.", "supported"),
        ("The FDA first approved Lexapro in 2002.", "supported"),
        ("BuSpar received FDA approval in 1986.", "supported"),
        ("Zoloft was approved for use in the United States in 1999.", "contradicted"),
        ("The FDA approved Neurontin in 2004.", "contradicted"),
        ("Xanax was approved in the year 1996.", "contradicted"),
        ("Paxil was approved by the FDA in the year 1992.", "supported"),
        ("Zoloft got FDA approval in 1999 as an SSRI antidepressant.", "contradicted"),
        ("Lexapro was approved in 2002 as a selective serotonin reuptake inhibitor.", "supported"),
    ],
)
def test_a_drugs_first_approval_year_is_judged_by_its_row(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax was approved in 1990 for panic disorder.",  # a later approval, for a condition
        "Xanax XR was approved in 2003.",  # another product of the molecule
        "Generic alprazolam was approved in 1993.",
        "Lyrica was approved for fibromyalgia in 2007.",
    ],
)
def test_a_later_approval_or_another_product_is_not_judged_by_the_first_year(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 1, a kind of a class is the claim's news: a row that names the class alone does not back it.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prozac is a first generation antidepressant.", "unsupported"),
        ("Fluoxetine is an older tricyclic antidepressant.", "unsupported"),
        ("Prozac is an antidepressant.", "supported"),
        ("Hydroxyzine is a first-generation antihistamine.", "supported"),  # the row names the kind
    ],
)
def test_a_kind_of_a_class_needs_a_row_that_names_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 4, a ", which ..." relative after a means phrase is said of what the drug does.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ambien works by attaching to GABA receptors in the brain, which raises the level of GABA.", "contradicted"),
        (
            "Zoloft works by blocking the serotonin transporter, which raises serotonin levels in the synapse.",
            "supported",
        ),
    ],
)
def test_a_relative_after_a_means_phrase_is_the_drugs_doing(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 5, a state's listed symptoms are what it causes, bullets under a bare "Symptoms may include:" too.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin withdrawal symptoms include anxiety.", "supported"),
        ("Symptoms of withdrawal from Xanax can include seizures.", "supported"),
        ("Quitting Valium abruptly can set off withdrawal. Symptoms may include anxiety and seizures.", "supported"),
    ],
)
def test_listed_symptoms_of_a_state_are_what_it_causes(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_bullets_under_a_bare_symptoms_lead_in_take_the_state_before_it(findings):
    text = (
        "Stopping a benzodiazepine suddenly can bring on an acute withdrawal phase. "
        "Symptoms may include:\n\n- Anxiety\n- Seizures\n"
    )
    found = [f for f in findings(text) if f.claim.text.endswith(("Anxiety", "Seizures"))]
    assert [f.verdict.value for f in found] == ["supported", "supported"], verdicts(findings, text)
    assert all("withdrawal" in {r.id for r in f.claim.subjects} for f in found)


# Kind 5, what forms a drug is available in are forms it comes as, each its own claim.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan is available in tablet form, injection, and oral concentrate.", "supported"),
        ("Diazepam comes in tablets and in a rectal gel.", "supported"),
        ("Zoloft blocks reuptake, leaving more serotonin available in the synapse.", "supported"),  # no form
    ],
)
def test_the_forms_a_drug_is_available_in_are_forms_it_comes_as(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_sentence_naming_none_of_its_entities_is_not_backed_by_agreeing_entities(findings):
    text = "Xanax can slow your breathing. These effects could last several days."
    last = findings(text)[-1]
    assert last.verdict.value != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft can cause diarrhea and tremor.",
        "Effexor may cause constipation and a loss of appetite.",
        "Ambien can cause diarrhea.",
    ],
)
def test_common_adverse_reactions_from_the_labels_are_backed(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# A review of this round's rules on sentences of its own: no red mark on these true sentences.


@pytest.mark.parametrize(
    "text",
    [
        "Gralise was approved in 2011.",  # another product of gabapentin
        "In 2013, the FDA approved a lower recommended dose of Ambien for women.",
        "The FDA approved Lexapro for adolescents in 2009.",
        "Prozac was approved in Belgium in 1986.",
        "The FDA approved updated labeling for Xanax in 2021.",
        "Sertraline belongs to the non-tricyclic class of antidepressants.",
        "Buspirone is known as a non-habit-forming medication.",
        "Temazepam should be stopped at once if complex sleep behaviors occur.",
        "Patients should exercise extreme caution when combining Klonopin with alcohol.",
        "Mild withdrawal symptoms such as vivid dreams are harmless.",
        "Exercising outside is not habit-forming and also eases anxiety.",
    ],
)
def test_the_reviews_true_sentences_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_side_effect_of_taking_a_drug_is_no_symptom_of_stopping_it(findings):
    assert worst(findings, "Symptoms of Xanax withdrawal include drowsiness.") == "unsupported"
    assert worst(findings, "Symptoms of Xanax withdrawal include anxiety.") == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is not addictive even at very high doses.",  # the grade is of the doses
        "Benzodiazepines are not addictive for very anxious patients.",
    ],
)
def test_a_grade_elsewhere_in_the_sentence_does_not_soften_a_denial(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_representative_member_is_no_kind_of_the_class(findings):
    assert worst(findings, "Valium is a typical benzodiazepine.") == "supported"


# Kind 5: a verb with no object of its own shares the object of the verb coordinated after it.


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Benzodiazepines may cause or worsen depression.", "Benzodiazepines may cause depression"),
        ("Klonopin is used to prevent and treat seizures.", "Klonopin is used to prevent seizures"),
        ("Xanax can trigger or worsen depression.", "Xanax can trigger depression"),
    ],
)
def test_coordinated_verbs_share_their_object(findings, text, first):
    assert first in [f.claim.text for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sertraline can take weeks to work and make changes in mood.", "to work"),  # intransitive
        ("Prozac raises, or even doubles, serotonin levels.", "raises,"),  # words between the verbs
    ],
)
def test_a_verb_that_takes_no_object_does_not_borrow_one(findings, text, kept):
    texts = [f.claim.text for f in findings(text)]
    assert not any(kept + " changes" in t or kept + " serotonin" in t for t in texts), texts


def test_shared_objects_are_judged_each_with_its_verb(findings):
    assert worst(findings, "Clonazepam is used to prevent and treat seizures.") == "supported"


# Kind 1: a verb that says a drug stands in for a transmitter is not the row's "acts on".


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines mimic the action of GABA.",
        "Lorazepam imitates the calming effect of GABA.",
        "Xanax adjusts the activity of GABA.",  # no relation read: agreeing entities alone
    ],
)
def test_a_drug_standing_in_for_gaba_is_not_backed_by_the_modulation_row(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Benzodiazepines enhance the action of GABA.", "Klonopin boosts the effect of GABA."])
def test_enhancing_gaba_stays_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 5: "the active ingredient in X is Y" is a naming clause, checked like "the generic name of X".


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The active ingredient in Xanax is alprazolam.", "supported"),
        ("Sertraline is the active ingredient in Zoloft.", "supported"),
        ("The active ingredient in Klonopin is lorazepam.", "contradicted"),
        ("Diazepam is the active ingredient in Ativan.", "contradicted"),
    ],
)
def test_the_active_ingredient_names_the_generic_drug(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_z_drugs_written_as_one_word_are_the_class(findings):
    assert worst(findings, "Zdrugs are associated with an increased risk of falls in older adults.") == "supported"


def test_a_claim_about_the_drug_named_by_its_ingredient_is_no_naming(findings):
    text = "The active ingredient in Lyrica, pregabalin, blocks the transmission of excitatory neurotransmitters."
    assert all(f.reason.value != "name_match" for f in findings(text)), verdicts(findings, text)


# Kind 1: a class row does not state a property the claim gives the drug besides its class.


@pytest.mark.parametrize(
    "text", ["Xanax is a long-acting benzodiazepine.", "Lorazepam is a long-acting benzodiazepine."]
)
def test_a_property_beside_the_class_needs_a_row_on_the_property(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Clonazepam is a long-acting benzodiazepine.", "supported"),
        ("Halcion is a short-acting benzodiazepine.", "supported"),
        ("Librium is a short-acting benzodiazepine.", "contradicted"),
    ],
)
def test_a_property_beside_the_class_is_judged_by_the_property_row(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Kind 1: blocking histamine's effects is what an antihistamine does; it lowers no amount.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Hydroxyzine blocks histamine.", "supported"),
        ("Vistaril works by blocking the effects of histamine in the body.", "supported"),
        ("Hydroxyzine lowers the amount of histamine in the body.", "unsupported"),
        ("Hydroxyzine blocks the actions of acetylcholine.", "unsupported"),  # not the histamine row's
    ],
)
def test_hydroxyzine_and_histamine(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Real-page review (30 pages): false red marks from a "not" or a grade that does not govern the claim.


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is not a controlled drug and causes less drowsiness than Xanax.",  # finite verb: own polarity
        "Buspirone also has a lower risk of physical dependence.",  # a graded risk, not a denied one
        "Buspirone carries less risk of addiction.",
        "It isn't entirely clear how buspirone reduces anxiety.",  # partly unknown = the row
        "Gabapentin is widely used off-label for conditions outside its approved uses in epilepsy.",
        "When Zoloft starts to take effect, many patients feel better quickly.",  # after the onset
        "Once Paxil begins to work, patients improve rapidly.",
        "Lyrica is the brand name for an anti-seizure medication, called pregabalin.",
        "Alprazolam is sold under the brand name Xanax.",
    ],
)
def test_a_word_that_does_not_govern_the_claim_makes_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin does not lower GABA or raise serotonin.",  # an infinitive shares the "does not"
        "SSRIs do not cause or worsen addiction.",
    ],
)
def test_a_shared_auxiliary_still_denies_both_verbs(findings, text):
    assert all(f.claim.polarity == "negated" for f in findings(text) if f.claim.checkworthy), verdicts(findings, text)


def test_a_finite_second_verb_keeps_its_own_denial(findings):
    found = findings("Xanax is not an SSRI and does not block serotonin reuptake.")
    assert [f.verdict.value for f in found] == ["supported", "supported"], verdicts(
        findings, "Xanax is not an SSRI and does not block serotonin reuptake."
    )


def test_an_expletive_it_before_a_how_clause_refers_to_nothing(findings):
    text = "Buspirone treats anxiety. It is not entirely understood how gabapentin works."
    last = findings(text)[-1]
    assert not last.claim.text.startswith("[") and last.fact is not None and last.fact.subject == "gabapentin"


# Myths in more wordings: the amount of GABA under "enhance", serotonin production, off-label.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ativan creates calm by enhancing the number of GABA messengers in the brain.", "contradicted"),
        ("Ativan enhances the effect of GABA molecules.", "supported"),
        ("SSRIs increase serotonin production.", "contradicted"),
        ("Paroxetine helps the brain manufacture more serotonin.", "contradicted"),
        ("SSRIs do not increase serotonin production.", "supported"),
        ("SSRIs raise serotonin levels in the synapse.", "supported"),
        ("5-HTP increases serotonin production.", "supported"),  # the row names production
        ("Ativan is a benzodiazepine. It is sometimes prescribed off-label to treat anxiety.", "contradicted"),
        ("Klonopin is prescribed off-label to treat insomnia.", "supported"),
        ("Caffeine calms anxiety.", "contradicted"),
        ("Xanax calms anxiety.", "supported"),
    ],
)
def test_mechanism_and_use_myths_in_more_wordings(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Naming clauses: the kind of name is checked when the name's owner is explicit.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zoloft is the generic name of sertraline.", "contradicted"),
        ("The brand name for Klonopin is clonazepam.", "contradicted"),
        ("Lyrica is the generic form of pregabalin.", "contradicted"),
        ("Sertraline is the generic name of Zoloft.", "supported"),
        ("The brand name for clonazepam is Klonopin.", "supported"),
        ("Diazepam is sold under the brand name Ativan.", "contradicted"),
    ],
)
def test_a_name_of_the_wrong_kind_is_red(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Kind 5: a copula that calls a drug safe is a claim, never hidden.


@pytest.mark.parametrize(
    "text", ["Klonopin is safe.", "Klonopin is a completely safe medicine.", "Benzodiazepines are completely safe."]
)
def test_calling_a_drug_safe_is_not_hidden(findings, text):
    assert worst(findings, text) in ("unsupported", "contradicted"), verdicts(findings, text)


# Kind 1: a comparison opened by "compared with" ranks two drugs, which a one-drug row cannot decide.


def test_compared_with_ranks_the_drug_named_after_it(findings):
    text = "Compared with hydroxyzine, Ativan is more likely to cause drowsiness."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


# The chemical-imbalance myth in more wordings; other names for side effects.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Depression may stem from a shortage of serotonin.", "contradicted"),
        ("Depression results from too little serotonin.", "contradicted"),
        ("Common adverse reactions of Zoloft include nausea.", "supported"),
        ("Restoril is a benzodiazepine. Unwanted effects include drowsiness.", "supported"),
    ],
)
def test_more_wordings_of_a_myth_and_of_side_effects(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Kind 1: examples the table cannot read are part of what the claim says.


def test_unread_examples_of_withdrawal_signs_are_not_backed_by_the_withdrawal_row(findings):
    text = "Stopping clonazepam abruptly can lead to withdrawal symptoms such as fever and light sensitivity."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_read_examples_of_side_effects_stay_supported(findings):
    assert worst(findings, "Benzodiazepines can cause side effects such as drowsiness and dizziness.") == "supported"


def test_a_comparison_with_like_names_no_examples(findings):
    text = "Buspirone does not cause physical dependence like its counterparts do."
    assert not any(f.claim.unread for f in findings(text)), verdicts(findings, text)


def test_a_class_that_names_its_kind_is_not_an_object_of_its_own(findings):
    text = "Hydroxyzine blocks the actions of the neurotransmitter acetylcholine."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)  # not the histamine row
    assert worst(findings, "Hydroxyzine blocks the neurotransmitter histamine.") == "supported"


# Kind 4: an effect verb with a means ("sedates you by releasing dopamine") links the means to the effect.


@pytest.mark.parametrize(
    "text",
    ["Valium sedates you by releasing dopamine.", "Ativan relaxes people by flooding the brain with dopamine."],
)
def test_an_effect_verb_with_a_means_is_judged_as_a_link(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_drug_making_a_transmitter_be_produced_raises_its_production(findings):
    text = "Zoloft works by helping nerve cells manufacture extra serotonin."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Kind 1: the link from stronger GABA signalling to calm and drowsiness is a row; taking GABA is not it.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax makes you drowsy by enhancing GABA.", "supported"),
        ("GABA is responsible for calming nerve activity.", "supported"),
        ("As a supplement, GABA is commonly used to promote relaxation.", "unsupported"),
        ("GABA pills calm you down.", "unsupported"),
    ],
)
def test_gaba_signalling_calms_but_swallowed_gaba_is_another_claim(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_a_pronoun_subject_does_not_make_a_drug_produce_a_transmitter(findings):
    text = "Restoril changes the brain. After stopping, it learns to make GABA on its own again."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 3: "not ... until T" says when, not whether: a delayed onset, not a denied one.


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs don't start working until after 4 weeks.",
        "Zoloft won't take full effect until 6 weeks.",
        "Sertraline does not work fully until it has been taken daily for several weeks.",
    ],
)
def test_a_denial_until_a_time_is_a_delayed_onset(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_plain_denied_onset_still_denies(findings):
    assert [f.claim.polarity for f in findings("Prozac doesn't work right away.")] == ["negated"]


# The review of this wave's rules: true sentences near their trigger words stay out of the red.


@pytest.mark.parametrize(
    "text",
    [
        "You should not take Xanax with opioids until your doctor has reviewed the risks.",  # advice, not a delay
        "Benzodiazepines should not be used during pregnancy until other options have been tried.",
        "Buspirone neither produces a high nor leads to dependence.",  # "neither" governs both verbs
        "Buspirone never produces a high or leads to dependence.",
        "Zoloft never gets you high or causes addiction.",
        "Xanax is a brand name of the generic drug alprazolam.",  # "generic" is the drug's, not the name's
        "Clonazepam is the generic name for the brand-name drug Klonopin.",
        "Although many drugs are used off-label, doctors prescribe sertraline to treat panic disorder.",
        "Unlike off-label antipsychotics, doctors prescribe escitalopram to treat generalized anxiety disorder.",
        "Quetiapine calms you by blocking dopamine.",  # less dopamine is the means
        "Some older drugs sedate people by blocking dopamine.",
        "SSRIs take 4 to 6 weeks to work once you start taking them.",
        "Like other benzodiazepines, lorazepam works by increasing the activity of a neurotransmitter in the brain"
        " called GABA.",
        "Switching to an equivalent dose of Valium from a short half-life benzo prevents interdose withdrawal.",
        "Klonopin belongs to a class of substances known as central nervous system along with barbiturates.",
    ],
)
def test_true_sentences_near_this_waves_trigger_words_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_drug_said_to_work_within_a_day_once_you_start_it_is_still_red(findings):
    assert worst(findings, "Zoloft works within a day once you start taking it.") == "contradicted"


def test_an_effect_verb_without_an_object_lends_none(findings):
    texts = [f.claim.text for f in findings("Hydroxyzine sedates and causes dry mouth.")]
    assert not any("sedates dry mouth" in t for t in texts), texts


def test_a_property_row_does_not_back_another_statement_about_the_drug(findings):
    text = "Switching to an equivalent dose of Valium from a short half-life benzo prevents interdose withdrawal."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lyrica is a schedule five drug.", "supported"),
        ("Xanax is a schedule four controlled substance.", "supported"),
        ("Hydroxyzine is FDA-approved for anxiety and tension.", "supported"),  # the row names "tension"
    ],
)
def test_schedules_in_words_and_list_members_the_row_names(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Kind 5 / coref: a relative clause the parser hung on "a class of drugs" is said of the name given.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Xanax belongs to a class of drugs called benzodiazepines, which work by increasing GABA levels.",
            "contradicted",
        ),
        (
            "Xanax is part of a family of medicines known as benzodiazepines, which enhance the effect of GABA.",
            "supported",
        ),
        ("Lorazepam quiets excessive activity in the brain.", "supported"),
        ("Xanax increases activity in the brain.", "contradicted"),
    ],
)
def test_a_class_named_before_a_relative_clause_is_its_subject(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Mixing Klonopin with a couple of drinks is harmless.", "contradicted"),  # safe-to-combine myth
        ("Combining Xanax and opioids is not dangerous.", "contradicted"),
        ("Mixing Xanax with alcohol is dangerous.", "supported"),
        ("Drinking beer while on Valium can slow your breathing.", "supported"),
    ],
)
def test_a_harmless_combination_is_the_advice_that_it_is_safe(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Tenth session: wordings from fresh real pages (rewritten here), and the true neighbours of each.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Klonopin is prescribed for panic disorder and some types of seizures.", "supported"),
        ("Ativan slows down the central nervous system.", "supported"),
        ("Benzodiazepines depress the CNS.", "supported"),
        ("Lorazepam slows down the central nervous system.", "supported"),
        ("Benzos are meant to be used short-term only.", "supported"),
        ("Buspirone eases anxiety by depressing brain activity.", "unsupported"),  # not how buspirone works
        ("Ambien CR is a long-acting, extended-release tablet of zolpidem.", "unsupported"),
        ("Zolpidem is a long-acting sleeping pill.", "contradicted"),
        ("Alprazolam is a Schedule III medicine.", "contradicted"),
        ("Xanax is a schedule three drug.", "contradicted"),
        ("Klonopin is a Schedule IV medicine.", "supported"),
    ],
)
def test_wordings_of_fresh_pages(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "That doesn't mean pregabalin can't be misused.",
        "This does not mean that gabapentin cannot be abused.",
    ],
)
def test_a_denied_inference_is_not_the_claim(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_clause_matched_on_another_clauses_words_is_not_backed(findings):
    found = verdicts(findings, "Benzodiazepines are usually used short-term or as needed for panic attacks.")
    assert [v for t, v, _ in found if "panic" in t and "short" not in t] == ["unsupported"], found


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax is the only drug approved for panic disorder.", "contradicted"),
        ("Zoloft is the only FDA-approved medication indicated for PTSD.", "contradicted"),
        ("Duloxetine was the first and only drug approved for diabetic nerve pain.", "supported"),
        ("Buspirone is the only medication approved for anxiety that is not a controlled substance.", "supported"),
    ],
)
def test_the_only_drug_approved_is_refuted_by_another_drugs_label(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_the_only_medication_is_no_drug_named_before(findings):
    text = "Xanax is a benzodiazepine. Sertraline is the only medication indicated for PTSD."
    assert "class_conflict" not in {r for _, r, _ in verdicts(findings, text)}, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lorazepam works mainly by blocking the brain's GABA receptors.", "contradicted"),
        ("Ativan inhibits the GABA receptors in your brain.", "contradicted"),
        ("Benzos interfere with signalling chemicals in the brain.", "unsupported"),  # vague, not a block
        ("Flumazenil blocks GABA receptors.", "unsupported"),  # the antagonist: no myth about it
        ("Klonopin acts on the central nervous system by enhancing the effects of GABA.", "supported"),
        ('Benzodiazepines (sometimes called "benzos") calm people by raising GABA levels.', "contradicted"),
        ("Lyrica is a controlled drug in Canada.", "unsupported"),  # the row is the US schedule
        ("Pregabalin is a Schedule V controlled substance.", "supported"),
        ("Paxil carries a boxed warning about suicidal thoughts in young people.", "supported"),
    ],
)
def test_wordings_of_fresh_pages_second_round(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Buspirone is unrelated to the benzodiazepines.", "supported"),  # the myth that it is one, denied
        ("Zolpidem is distinct from benzodiazepines.", "supported"),
        ("Xanax is unrelated to benzodiazepines.", "contradicted"),
        ("Xanax is different from other benzodiazepines.", "unsupported"),  # still one of them
        ("Buspirone is chemically unrelated to barbiturates and other anti-anxiety drugs.", "unsupported"),
        ("Neurontin was first approved by the FDA in 1995 for epilepsy.", "contradicted"),
        ("Neurontin was first approved by the FDA in 1993 for epilepsy.", "supported"),
        ("Xanax, which was approved in 1981, is a benzodiazepine.", "supported"),
    ],
)
def test_unrelated_classes_first_approvals_and_nested_numbers(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In elderly patients, the half-life of diazepam can be as long as 80 hours.", "unsupported"),
        ("In newborns, diazepam's half-life may exceed 50 hours.", "unsupported"),
        ("The half-life of Valium is 2 hours.", "contradicted"),  # no group: the adult range decides
        ("Xanax is a drug that doctors prescribe for depression.", "contradicted"),
        ("Klonopin is a drug that doctors prescribe for seizures.", "supported"),
    ],
)
def test_a_groups_figure_and_a_drug_named_by_an_object_relative(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Real pages measured blind (a round of 25): the false red marks they showed, in wordings written here.


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is unlikely to be misused or result in addiction.",
        "Buspirone is not likely to be abused or cause dependence.",
        "Valium and Xanax are known to cause physical dependence within a few weeks.",
        "Slow tapering does not guarantee that you will not get withdrawal symptoms from Paxil.",
        "Such warnings cover SSRIs like Celexa and Paxil, SNRIs like Cymbalta, and more.",
        "Doctors usually prescribe hydroxyzine for anxiety for one month or less.",
    ],
)
def test_false_red_marks_of_a_blind_round_are_gone(findings, text):
    assert "contradicted" not in {v for _, v, _ in verdicts(findings, text)}, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Buspirone is unlikely to lead to addiction.", "supported"),
        ("Xanax is known as Valium.", "contradicted"),  # naming still read
        ("Effexor, an SSRI like Prozac, treats depression.", "contradicted"),
    ],
)
def test_the_true_neighbours_of_a_blind_rounds_fixes(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Withdrawal from Effexor can include dizziness and headaches.", "supported"),
        ("SSRI withdrawal symptoms include dizziness.", "supported"),
        ("Symptoms of Xanax withdrawal include drowsiness.", "unsupported"),  # a side effect, not withdrawal
        ("Effexor withdrawal can cause hallucinations.", "unsupported"),  # the row does not list it
        ("Gabapentin is classified as a Schedule V drug at the federal level.", "contradicted"),
        ("At the federal level, Xanax is a Schedule IV controlled substance.", "supported"),
    ],
)
def test_withdrawal_symptoms_a_row_lists_and_federal_schedules(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ambien slows activity in the brain and the central nervous system.", "supported"),
        ("Zolpidem stimulates brain activity.", "contradicted"),
    ],
)
def test_z_drugs_slow_brain_activity(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Valium can be given orally, by injection, or as a rectal gel.", "supported"),
        ("Lorazepam can be administered by injection.", "supported"),
        ("Xanax is given as an injection.", "unsupported"),  # no row says so; forms are not a closed list here
    ],
)
def test_dosage_forms_a_drug_is_given_as(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ativan has a maximum half-life of 24 hours.", "unsupported"),  # a quarter beyond "roughly 10-20 h"
        ("Ativan has a half-life of 40 hours.", "contradicted"),
        ("Klonopin has a half-life of 12 hours.", "contradicted"),
    ],
)
def test_a_figure_close_to_a_labels_range_is_not_called_wrong(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Buspirone works from the first dose.", "contradicted"),  # it builds over weeks
        ("Xanax starts working after the first dose.", "supported"),
        ("You may feel sleepy after the first dose of buspirone.", "unsupported"),  # no onset said
    ],
)
def test_working_from_the_first_dose_is_a_fast_onset(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# A blind round of 25 real pages: its false red marks, in wordings written here.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax stays in your system for about 4 days.", "unsupported"),  # several half-lives, not one
        ("Clearing Valium from the body completely can take one to two weeks.", "unsupported"),
        ("Valium can take one to two weeks to leave the body completely.", "unsupported"),  # not an onset
        ("Zoloft can take four to six weeks to work.", "supported"),
        ("Klonopin leaves your body within 2 hours.", "contradicted"),  # faster than one half-life
        ("The half-life of Xanax is 4 days.", "contradicted"),
        ("Unlike quick-acting benzos such as Ativan, buspirone works gradually.", "supported"),
        ("Short answer: no Klonopin is not short-acting.", "supported"),
        ("Xanax works gradually.", "contradicted"),
        ("No benzodiazepine is safe to mix with alcohol.", "supported"),
        # the UK row (Class C, Schedule 3 since 2019) states it; unsupported while it was taken for a US row
        ("Under the UK Misuse of Drugs Regulations, gabapentin is a Schedule 3 controlled drug.", "supported"),
    ],
)
def test_false_red_marks_of_a_second_blind_round(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_a_lessened_effect_in_a_list_is_a_decrease(findings):
    found = verdicts(findings, "Xanax can cause drowsiness, dizziness and reduced anxiety.")
    assert ("Xanax can cause reduced anxiety", "supported") in {(t, v) for t, v, _ in found}, found
    assert "contradicted" not in {v for _, v, _ in found}, found


# A helper's attack on this session's rules (sentences it wrote): the false red marks it found.


@pytest.mark.parametrize(
    "text",
    [
        "BuSpar is unlikely to be misused or to result in addiction.",
        "Anxiety medicines include SSRIs like Lexapro and Zoloft, SNRIs like Cymbalta, and benzodiazepines like Xanax.",
        "Options include benzos such as Ativan, Z-drugs such as Ambien, and antihistamines such as hydroxyzine.",
        "In people with liver cirrhosis, zolpidem's half-life averages about 10 hours.",
    ],
)
def test_false_red_marks_of_the_rule_attack_are_gone(findings, text):
    assert "contradicted" not in {v for _, v, _ in verdicts(findings, text)}, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Klonopin is unlikely to be habit-forming or to cause withdrawal.", "contradicted"),
        ("Benzodiazepine withdrawal is unpleasant but never life-threatening.", "unsupported"),
        ("Zolpidem's half-life averages about 10 hours.", "contradicted"),  # no group: the row decides
        ("In healthy adults, the half-life of zolpidem is about 10 hours.", "contradicted"),  # the row's own group
    ],
)
def test_the_rule_attacks_false_sentences(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zolpidem is in Schedule III of the Controlled Substances Act.", "contradicted"),
        ("Xanax is listed in Schedule IV.", "supported"),
        ("Xanax is in the benzodiazepine class.", "supported"),
    ],
)
def test_a_drug_placed_in_a_class(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax is the only benzodiazepine.", "unsupported"),  # the class row states no uniqueness
        ("Gabapentin is the only drug approved for postherpetic neuralgia.", "contradicted"),
        ("Prozac is the only medication approved for bulimia nervosa.", "supported"),
    ],
)
def test_the_only_one_of_a_class_is_a_ranking(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Unlike rapid pills such as Xanax or Ativan, BuSpar for worry helps gradually across weeks.", "BuSpar"),
        ("Unlike benzodiazepines such as Xanax or Ativan, Buspar for anxiety is not habit-forming.", "Buspar"),
    ],
)
def test_a_subject_after_an_opening_contrast_is_the_subject(findings, text, subject):
    said = verdicts(findings, text)
    assert "contradicted" not in {v for _, v, _ in said}, said
    assert any(claim.startswith(subject) and v == "supported" for claim, v, _ in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Diazepam lingers: the body may need about ten days to get rid of it completely.",
        "After the last dose, Valium can need two weeks to get rid of fully.",
    ],
)
def test_the_time_to_get_rid_of_a_drug_is_no_onset(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Most doctors start Lexapro at 10 mg.", "supported"),
        ("Celexa is normally started at 20 mg.", "supported"),
        ("Celexa is normally started at 60 mg.", "contradicted"),
        ("For depression, Zoloft is begun at 50 mg.", "supported"),
        ("Paxil's usual starting dose is 40 mg.", "contradicted"),
        ("Zoloft may be raised up to 200 mg a day.", "supported"),
        ("Zoloft may be raised up to 400 mg a day.", "contradicted"),
        ("Zoloft may be raised to 100 mg after a week.", "unsupported"),  # one step, not the ceiling
        ("Xanax is started at 2 mg.", "contradicted"),  # above every starting dose, either tablet
        ("Xanax XR is started at 1 mg.", "supported"),  # the extended-release tablet's own row
        ("Buspar is started at 7.5 mg.", "unsupported"),  # one dose of a drug taken twice a day
    ],
)
def test_a_dose_said_with_a_verb_of_dosing(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone's mechanism is not fully understood. It is known that buspirone binds to 5-HT1A receptors.",
        "Lyrica treats nerve pain. Its inventor hoped to find a drug that would stop seizures without causing "
        "drowsiness or addiction.",
        "Neurontin is a gabapentinoid. Chemists wanted a compound that could calm nerves without causing sedation.",
        "Effexor XR is taken once a day. The half-life of Effexor XR is roughly 10 to 25 hours.",
    ],
)
def test_frames_and_formulations_are_not_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_half_life_figure_without_a_release_form_is_still_judged(findings):
    assert worst(findings, "The half-life of Effexor is roughly 20 to 30 hours.") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Lyrica is a Schedule V drug. Classified as a Schedule IV drug, Ativan is used for anxiety.",
        "Gabapentin is not a controlled substance federally. Placed in Schedule IV, Xanax needs a prescription.",
    ],
)
def test_an_opening_participle_describes_the_subject_after_it(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Sleepiness is a rare side effect of Xanax.", "contradicted"),  # among the most common
        ("Anxiety is an uncommon side effect of fluoxetine.", "contradicted"),
        ("Paxil only rarely causes trouble sleeping.", "contradicted"),
        ("Trouble sleeping is not a rare side effect of Paxil.", "supported"),  # the denial is of "rare"
        ("Rarely, Zoloft causes insomnia severe enough to stop it.", "unsupported"),  # a grade of it is rare
        ("Rare side effects of Zoloft include hyponatremia.", "unsupported"),  # the row does not say how often
        ("Dry mouth is a rare side effect of Xanax.", "unsupported"),  # the row gives a rate, not "rare"
        ("In rare cases, Valium can cause memory problems.", "unsupported"),
    ],
)
def test_a_rare_side_effect_the_label_calls_common(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The FDA approved Zoloft in the early 1990s.", "supported"),
        ("Neurontin only won FDA approval in the late 2000s.", "contradicted"),
        ("Xanax was first approved in the 1990s.", "contradicted"),
    ],
)
def test_an_approval_said_by_its_decade(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ativan works through the mechanism of increasing GABA.", "contradicted"),  # the amount myth
        ("Ativan acts through the mechanism of raising GABA activity.", "supported"),
        ("Ativan strengthens the action of GABA.", "supported"),
    ],
)
def test_the_noun_before_a_gerund_is_not_the_transmitters_aspect(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Physical dependence on Ativan can develop even at prescribed doses.", "supported"),
        ("Dependence on Valium can occur.", "supported"),
        ("Addiction to Buspar can develop.", "contradicted"),  # the label: no dependence
    ],
)
def test_an_effect_on_a_drug_that_occurs_is_the_drug_causing_it(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_a_list_joined_by_but_also_gives_one_claim_per_member(findings):
    text = "Paxil treats depression but also panic disorder and social anxiety disorder."
    said = verdicts(findings, text)
    assert [v for _, v, _ in said] == ["supported"] * 3, said


def test_the_tail_of_a_hyphenated_modifier_is_no_list_member(findings):
    said = verdicts(findings, "Lyrica is approved for fibromyalgia as well as partial-onset seizures.")
    assert [v for _, v, _ in said] == ["supported", "supported"], said


def test_a_pronoun_after_a_drugs_mechanism_is_the_drug(findings):
    said = verdicts(findings, "Lyrica's mechanism of action is not fully known. It can make people sleepy.")
    assert said[-1][1] == "supported" and said[-1][2] != "F-0069", said  # not the mechanism row
    assert "mechanism" not in said[-1][0].split("]")[0], said  # the resolved subject is Lyrica alone


def test_calcium_channels_name_the_subunit_gabapentinoids_bind(findings):
    assert worst(findings, "Neurontin attaches to calcium channels in nerve cells.") == "supported"


def test_a_possessive_name_is_no_naming_clause(findings):
    said = verdicts(findings, "Lyrica's mechanism of action is not fully known.")
    assert all(fact != "F-0012" for _, _, fact in said), said  # the class row names the brand, but says no such thing


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax is fully out of your system within 10 hours.", "contradicted"),  # under three half-lives
        ("Klonopin can take up to 24 hours to leave the body.", "contradicted"),
        ("It takes roughly a day for Klonopin to leave your system.", "contradicted"),
        ("Xanax can stay in your system for around 4 days.", "unsupported"),  # plausible: not the row's figure
        ("Xanax leaves your body within 24 hours.", "unsupported"),  # no longer supported by the half-life
        ("Restoril won't leave you groggy when you wake up eight hours later.", "unsupported"),
        ("Xanax's half-life is about 11 hours.", "supported"),
        # the words for staying in or leaving the body in the shapes pages write them
        ("Diazepam stays in your body for about 12 hours.", "contradicted"),
        ("After one day, no Klonopin remains in the body.", "contradicted"),
        ("Valium takes up to 40 hours to leave your body completely.", "contradicted"),
        ("Klonopin lingers in your system for 5 days.", "unsupported"),
        ("Because of its long half-life, Valium can stay in your body for 10 days.", "unsupported"),  # a reason
        ("Because of its long half-life, Klonopin leaves the body within 12 hours.", "contradicted"),
    ],
)
def test_the_time_a_drug_takes_to_leave_the_body_is_several_half_lives(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("A shortage of serotonin is the primary cause of depression.", "contradicted"),  # the myth
        ("Stopping benzodiazepines abruptly is a cause of seizures.", "supported"),
        ("Valium is a leading cause of overdose deaths.", "unsupported"),  # a ranking the rows do not state
    ],
)
def test_a_cause_said_as_a_noun(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is started at 0.5 mg. This dose may slowly be raised to 2 mg over a week.",  # a step, not the start
        "Klonopin is a benzodiazepine. Needing more of it does not necessarily mean you are addicted.",
        "Celexa is not approved for use in teens under 18 years of age for MDD.",  # an age, not a duration
    ],
)
def test_false_red_marks_from_a_blind_round_are_gone(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_drug_noun_that_modifies_another_is_no_subject(findings):
    said = verdicts(findings, "Zoloft is an SSRI. Most drug screenings do not check SSRIs at all.")
    assert not any(claim.startswith("[Zoloft]") for claim, _, _ in said), said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Approved uses of Cymbalta include fibromyalgia.", "supported"),
        ("Lyrica's FDA-approved uses include panic disorder.", "contradicted"),  # not on its label
    ],
)
def test_the_uses_of_a_drug_listed_are_what_it_treats(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Versed is given for sedation before surgery.", "Midazolam is used for conscious sedation during endoscopy."],
)
def test_midazolams_injection_uses_are_stated(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ambien has been on the market since 1992.", "supported"),
        ("Lexapro was launched in 2002.", "supported"),
        ("Lexapro was launched in 2003.", "unsupported"),  # a launch may follow the approval
        ("Lexapro was approved in 2005.", "contradicted"),  # an approval year is the row's to decide
    ],
)
def test_a_year_on_the_market_is_a_first_approval_roughly(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lunesta works on the same receptor as benzodiazepines.", "supported"),
        ("BuSpar acts on the same receptors as Valium.", "contradicted"),  # the label: not the benzodiazepine site
    ],
)
def test_the_same_receptor_as_another_drug_is_that_drugs_receptor(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halcion is a hypnotic. Perhaps you are wondering how long it stays in your system.",
        "Halcion is a hypnotic. Covered here: How long Halcion stays in your system",
        "Cymbalta treats depression. Those with depression who aren't prescribed Cymbalta often try talking "
        "therapy first.",
    ],
)
def test_questions_and_group_descriptions_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_gloss_after_a_later_list_member_is_that_members(findings):
    said = verdicts(findings, "Buspirone and Klonopin (clonazepam) are two widely used anxiety medications.")
    assert "contradicted" not in {v for _, v, _ in said}, said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Neurontin is an anticonvulsant. The FDA approved it for marketing in 2011.", "contradicted"),
        ("Neurontin is an anticonvulsant. The FDA approved it in 1993.", "supported"),
        ("Xanax XR is an extended-release tablet. The FDA approved it in 2003.", "unsupported"),  # the XR tablet
        ("Zoloft also treats PTSD. It was approved for this use in 1999.", "unsupported"),  # a later approval
    ],
)
def test_an_approval_of_it_is_the_drugs_approval(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("BuSpar is usually begun at 7.5 mg twice a day.", "supported"),  # 15 mg a day
        ("BuSpar is usually begun at 15 mg three times daily.", "contradicted"),  # 45 mg a day
        ("Celexa is started at 20 mg twice daily.", "contradicted"),  # the label: 20 mg once a day
    ],
)
def test_a_dose_with_its_frequency_is_a_daily_total(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is largely eliminated from the body within 2 days.",  # part of a dose, not all of it
        "In rare cases, Paxil can cause sleeplessness that lasts for months.",  # a grade of it is rare
    ],
)
def test_partial_clearance_and_graded_rarity_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Patients can quit Valium cold turkey.", "contradicted"),
        ("Klonopin can be discontinued suddenly without any trouble.", "contradicted"),
        ("There is no need to taper off Ativan.", "contradicted"),
        ("You don't need to taper Xanax.", "contradicted"),
        ("Do not stop Ativan suddenly.", "supported"),
        ("Never quit Klonopin abruptly.", "supported"),
        ("You need to taper off Valium slowly.", "supported"),  # the taper's pace, not the onset's
        ("Xanax requires a slow taper.", "supported"),
    ],
)
def test_advice_on_how_to_stop_a_drug(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "My sister stopped Klonopin abruptly last spring.",
        "He could quit Ativan suddenly because he had taken it for only three days.",
        "In an emergency, physicians may discontinue Valium abruptly.",
        "A few patients can stop Xanax suddenly with no trouble at all.",
    ],
)
def test_a_stop_someone_made_or_may_make_is_no_advice(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ativan enhances the effect of calming brain chemicals called GABA.", "supported"),
        ("Restoril boosts the amount of activity in GABA neurotransmitters.", "supported"),
        ("Halcion raises the level of activity in the GABA system.", "supported"),
        ("Restoril boosts the amount of GABA in the brain.", "contradicted"),
        ("Ativan works by the mechanism of raising GABA levels.", "contradicted"),
    ],
)
def test_the_aspect_is_what_the_noun_measures(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunesta is a sleep medicine similar to the benzodiazepines.",
        "Ambien is a hypnotic drug like the benzodiazepines.",
        "Sonata is a benzodiazepine-like sleeping pill.",
        "Barbiturates were once the most prescribed class of drugs with effects comparable to benzodiazepines.",
        "Valium had a better safety record than the barbiturates. It is much safer, with fatal overdoses "
        "mostly from mixing it with alcohol.",
    ],
)
def test_a_likeness_or_a_comparison_is_no_class_or_safety_claim(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_conjunct_of_an_unknown_subject_is_not_the_topic_drugs(findings):
    text = (
        "Valerian is sold as an herbal alternative to Ativan. "
        "Valerian isn't addictive, doesn't cause memory loss, and is mild."
    )
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("BuSpar is a medication for generalized anxiety disorder that is not a benzodiazepine.", "supported"),
        ("Paxil is a medicine for depression.", "supported"),
        ("Lyrica is a drug for nerve pain.", "supported"),
        ("Valium is a drug for tinnitus.", "unsupported"),  # not hidden though the table lacks the condition
        ("Valium is a drug for schizophrenia.", "contradicted"),  # a psychosis: the labels advise against
    ],
)
def test_a_medicine_for_a_condition_treats_it(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("It is not safe to drink alcohol while on Ativan.", "supported"),
        ("It is fine to drink beer while on Klonopin.", "contradicted"),
        ("Alcohol strengthens the effects of Ativan.", "supported"),
        ("Alcohol weakens the effects of Klonopin.", "contradicted"),
    ],
)
def test_what_a_companion_does_with_a_drug_is_said_of_the_drug(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Cymbalta enhances the activity of norepinephrine in the brain.", "supported"),
        ("Effexor reduces serotonin activity in the central nervous system.", "contradicted"),
    ],
)
def test_snris_strengthen_serotonin_and_norepinephrine_activity(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is an intermediate-acting benzodiazepine.",  # a kind of half-life no row gives it
        "Its low price helped Xanax quickly win a large market share.",  # a pace, not the onset
        "Librium is often thought preferable to other benzodiazepines in alcohol detox.",
        "Paxil is superior to the other SSRIs.",
        "Lexapro is probably the best of the SSRIs.",
    ],
)
def test_a_kind_of_half_life_a_pace_or_a_comparison_no_row_states_is_not_green(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Restoril helps you fall asleep quickly.", "supported"),
        ("Xanax starts to work quickly.", "supported"),
        ("This post is a complete guide to the side effects of Ativan.", "not_checkworthy"),
        ("Our article gives you everything you need to know about Klonopin.", "not_checkworthy"),
    ],
)
def test_a_pace_of_falling_asleep_is_the_onset_and_a_page_describing_itself_is_no_claim(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fast onset of Xanax adds to its potential for addiction.",
        "Because it acts so quickly, Ativan's rapid onset raises its risk of abuse.",
    ],
)
def test_a_property_given_as_a_cause_needs_a_row_that_states_the_link(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Restoril is sold as 15 mg and 30 mg capsules.", "supported"),
        ("Restoril is sold as 15 mg and 60 mg capsules.", "contradicted"),  # the label lists no 60 mg
        ("Klonopin comes in 0.5 mg and 4 mg tablets.", "contradicted"),
        ("Valium also comes as a rectal gel in 10 mg.", "unsupported"),  # a gel, no tablet strength
    ],
)
def test_strengths_are_a_whole_list_and_a_capsule_has_one(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # a metabolite's half-life of up to 100 hours: about three weeks to clear it
        "Diazepam's metabolite lingers: it can take over 20 days to eliminate Valium byproducts from the body.",
        "Xanax has not been studied well enough in expectant mothers to be recommended during pregnancy.",
        "Prescribers should urge expectant mothers who use Ativan to join a pregnancy registry.",
        "Tapering Valium requires slow reductions of about 10% every few weeks.",
        "Rapid tapers, such as cutting 25% a week, fail with Ativan because it clears slowly.",
        "Elderly patients who cannot come off Ativan may need inpatient detox, advises a family medicine journal.",
    ],
)
def test_clearance_sufficiency_registries_paces_and_reporting_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_advice_on_the_drug_for_a_group_is_not_hidden(findings):
    text = "Vistaril gets into breast milk, so it is not advised for women who are nursing."
    assert any(v == "supported" for _, v, _ in verdicts(findings, text)), verdicts(findings, text)


def test_these_chemicals_are_the_transmitters_not_the_drug(findings):
    said = findings("Zoloft acts on brain messengers such as serotonin. These chemicals help control mood and sleep.")
    later = [f.claim for f in said if "control" in f.claim.text]
    assert later and all("sertraline" not in {r.id for r in c.subjects} for c in later), [
        (c.text, [r.id for r in c.subjects]) for c in later
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The most common side effect of Ativan is sedation.", "supported"),  # the label: most frequent
        ("The most dangerous side effect of Ativan is sedation.", "unsupported"),
        ("Klonopin comes in tablet form in doses of 0.5 mg, 1 mg and 2 mg.", "supported"),
        ("Klonopin comes in tablet form in doses of 0.5 mg and 5 mg.", "contradicted"),
    ],
)
def test_a_frequency_ranking_and_strengths_in_tablet_form(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        'A question many readers send us is: "Is Klonopin an opioid?" Here is the answer.',
        "Valium lowers polysynaptic reflexes and produces presynaptic inhibition by enhancing the effect of GABA.",
        "BuSpar differs from benzodiazepines because it is used for long-term anxiety care and has a lower "
        "potential for dependence and withdrawal.",
        "Call your doctor if you have serious side effects of Halcion, including:\nmood changes (such as "
        "depression or anxiety).",
    ],
)
def test_quoted_questions_own_objects_lower_risks_and_side_effect_items_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_clause_joined_by_and_is_not_hidden_behind_the_next(findings):
    said = verdicts(findings, "Zoloft eases low mood. It also lowers inflammatory markers and relieves panic attacks.")
    markers = [v for text, v, _ in said if "inflammatory" in text]
    assert markers and all(v != "not_checkworthy" for v in markers), said
    assert not any(v == "supported" and "inflammatory" in text for text, v, _ in said), said


def test_it_in_a_class_only_a_drug_can_be_in_is_the_drug(findings):
    text = (
        "Ativan eases worry. It raises the effect of GABA in the brain. These chemicals calm the nerves. "
        "It is, however, a Schedule IV controlled substance."
    )
    said = verdicts(findings, text)
    assert any(v == "supported" and "Schedule IV" in t for t, v, _ in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Barbiturates were once the most common class of sedatives with similar properties to benzodiazepines.",
        "Seniors who cannot give up lorazepam, may need a supervised detox, advises one geriatrics website.",
    ],
)
def test_a_likeness_hung_on_the_verb_and_a_report_hung_as_a_conjunct_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is a benzodiazepine medicine for anxiety and depression.",
        "Valium is a benzodiazepine drug for depression.",
        "Xanax, a benzodiazepine medication for depression, is taken by mouth.",
    ],
)
def test_a_class_medicine_for_a_condition_is_judged_as_a_use_too(findings, text):
    said = verdicts(findings, text)
    assert any(v == "contradicted" and "depression" in t for t, v, _ in said), said
    assert not any(v == "supported" and "depression" in t for t, v, _ in said), said
    assert any(v == "supported" and "depression" not in t for t, v, _ in said), said  # the class claim


def test_a_class_medicine_for_its_labelled_use_is_backed_twice(findings):
    said = verdicts(findings, "Klonopin is a benzodiazepine drug for seizures and panic disorder.")
    assert [v for _, v, _ in said].count("supported") == 3, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ativan may be given as tablets, by injection, or as a nasal spray.", "unsupported"),
        ("Lorazepam comes as an oral concentrate and a nasal spray.", "unsupported"),
        ("Valium can be given by injection or as a rectal gel.", "supported"),
        ("Neurontin is available in capsule and liquid forms.", "supported"),
    ],
)
def test_every_form_a_claim_lists_must_be_one_the_table_lists(findings, text, expected):
    said = verdicts(findings, text)
    assert worst(findings, text) == expected, said


@pytest.mark.parametrize(
    "text",
    [
        "Valium tablets are not recommended for the short-term relief of insomnia.",
        "Doctors do not recommend Klonopin for short-term treatment of sleeplessness.",
    ],
)
def test_a_class_limit_does_not_decide_a_member_not_recommended_within_it(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_class_itself_denied_its_limit_is_still_red(findings):
    text = "Benzodiazepines are not recommended for short-term use."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Once you take Valium, GABA levels rise.", "contradicted"),
        ("Serotonin levels go down once Klonopin is taken.", "contradicted"),
        ("When people take Prozac, their serotonin levels rise.", "supported"),
        ("If you take Lexapro, serotonin levels go up.", "supported"),
    ],
)
def test_a_transmitter_that_rises_or_falls_while_a_drug_is_taken_is_changed_by_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Dopamine levels drop when people stop taking Xanax.", "Xanax and serotonin levels rise together."]
)
def test_a_transmitter_that_falls_when_a_drug_is_stopped_or_rises_beside_it_is_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_drug_said_to_be_a_transmitter_is_not_backed_by_its_mechanism_row(findings):
    text = "Benzodiazepines are GABA."
    assert worst(findings, text) != "supported", verdicts(findings, text)


def test_a_class_noun_read_as_an_adjective_keeps_its_modifiers_scope(findings):
    text = "Vistaril is a non-benzodiazepine anxiolytic with little risk of dependence."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Patients may drink alcohol while taking Ativan.", "You can take opioid painkillers while on Xanax."]
)
def test_leave_to_take_a_companion_with_a_drug_is_advice_on_the_drug(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "You can take opioids only under a doctor's supervision while on Valium.",
        "Some people can drink alcohol while taking Xanax.",
    ],
)
def test_bounded_leave_or_what_some_people_can_do_is_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunesta is a hypnotic that belongs to the non-benzodiazepine class of sleep drugs.",
        "Buspar is a drug that is prescribed as a non-benzodiazepine anxiolytic for generalized anxiety.",
        "Non-benzodiazepine sleep aids such as Sonata are less habit-forming.",
        "Hydroxyzine is the opposite of a benzodiazepine.",
        "Paroxetine begins to raise serotonin within hours of the first dose.",
        "Researchers still describe buspirone's mechanism as poorly understood.",
    ],
)
def test_a_prefix_on_a_class_an_opposite_an_early_action_and_a_poorly_known_mechanism_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspar lifts serotonin through mechanisms that remain unclear.",
        "Paroxetine begins to raise serotonin within hours of the first dose.",
    ],
)
def test_a_row_on_a_property_or_on_the_change_alone_does_not_back_the_action_or_its_timing(findings, text):
    assert worst(findings, text) != "supported" or all(
        v != "supported" or "serotonin" not in t for t, v, _ in verdicts(findings, text)
    ), verdicts(findings, text)


def test_a_sentence_about_a_drug_outside_the_table_is_not_said_of_the_page_drug(findings):
    text = (
        "Klonopin is a benzodiazepine. The FDA has not approved atenolol for anxiety. "
        "The medicine may help with stage fright."
    )
    said = verdicts(findings, text)
    assert not any(v == "contradicted" for _, v, _ in said), said
    assert any(v == "unsupported" and "atenolol" in t for t, v, _ in said), said
    assert not any("[Klonopin]" in t for t, _, _ in said), said


@pytest.mark.parametrize(
    "text", ["How buspirone works is poorly understood.", "Buspirone's mechanism is partly understood."]
)
def test_a_mechanism_poorly_or_partly_understood_is_the_unknown_of_the_label(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Non-benzodiazepine drugs such as Lunesta cause less dependence.",
        "Non-benzodiazepine medications such as Sonata are less addictive.",
    ],
)
def test_examples_of_a_non_class_are_not_members_of_the_class(findings, text):
    said = verdicts(findings, text)
    assert any(v == "supported" and "such as" in t for t, v, _ in said), said
    assert not any(v == "contradicted" for _, v, _ in said), said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ativan, also known as diazepam, eases anxiety.", "contradicted"),
        ("Klonopin (also called alprazolam) treats panic disorder.", "contradicted"),
        ("Valium, also known as diazepam, eases anxiety.", "supported"),
    ],
)
def test_a_name_given_aside_must_be_the_drugs_own(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valium works by directly boosting dopamine.", "contradicted"),
        ("Valium does not directly boost dopamine.", "supported"),
    ],
)
def test_directly_is_what_an_indirect_row_denies(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lexapro is a highly effective SSRI.", "unsupported"),
        ("Paxil is a proven and effective prescription drug.", "unsupported"),
        ("Lexapro is an SSRI.", "supported"),
        ("Ativan is a commonly prescribed benzodiazepine.", "supported"),
    ],
)
def test_a_class_claim_that_grades_the_drug_needs_a_row_that_grades_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cymbalta capsules come in 20 mcg, 30 mcg and 60 mcg.", "contradicted"),
        ("Xanax is available in 250 mcg and 500 mcg tablets.", "supported"),
    ],
)
def test_strengths_in_micrograms_are_checked_as_strengths(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_whole_clause_of_a_lead_in_is_not_hidden_behind_its_bullets(findings):
    text = (
        "Ativan is classified as a benzodiazepine and is prescribed for several conditions, "
        "including:\n\n- Anxiety\n- Insomnia\n"
    )
    said = verdicts(findings, text)
    assert any(v == "supported" and "classified" in t and "including" not in t for t, v, _ in said), said


@pytest.mark.parametrize(
    "text",
    [
        "It takes about ten days for the complete removal of Klonopin from the body.",
        "Valium can show up in a hair sample for up to three months after the last dose.",
    ],
)
def test_a_time_to_clear_or_to_detect_is_no_onset(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "After you have finished your prescription of Klonopin, you can drink wine again.",
        "You can safely have a beer three days after your final dose of Ativan.",
        "Patients can take opioids after they stop using Xanax.",
        "You may need fewer drinks of alcohol to feel drunk when you take Valium.",
        "When Ativan leaves the body, GABA activity goes down.",
        "GABA levels fall between doses of Klonopin.",
        "Serotonin levels drop when Zoloft is withdrawn too fast.",
        "Like Xanax, Klonopin, also known as clonazepam, is a benzodiazepine.",
        "Benzodiazepines raise dopamine levels, although not directly.",
        "Non-drowsy SSRIs such as Lexapro are usually taken in the morning.",
        "Lexapro is a cost-effective SSRI.",
    ],
)
def test_near_misses_of_this_waves_rules_are_no_red_marks(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_pronoun_object_beside_a_drug_outside_the_table_keeps_the_page_drug(findings):
    text = (
        "Xanax is a benzodiazepine. Doctors sometimes prescribe it together with propranolol for stage "
        "fright. It is also habit-forming."
    )
    said = verdicts(findings, text)
    assert any(v == "supported" and "habit-forming" in t for t, v, _ in said), said


# Blind round of 25 further real pages: two drugs in one sentence read as one being the other.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is a fast-acting drug and Prozac is a slow-acting one.",
        "Klonopin is a benzodiazepine and Zoloft is an SSRI.",
        "Xanax is a short-term treatment and Lexapro is a long-term treatment.",
    ],
)
def test_a_second_clause_subject_is_not_the_first_clauses_object(findings, text):
    said = verdicts(findings, text)
    assert worst(findings, text) != "contradicted", said


def test_a_second_clause_keeps_its_own_subject(findings):
    said = verdicts(findings, "Klonopin is a benzodiazepine and Zoloft is an SSRI.")
    assert [v for _, v, _ in said] == ["supported", "supported"], said


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft (the brand name for sertraline) and Valium (the brand name for diazepam) both act on the brain.",
        "Hydroxyzine (sold as Vistaril, among other names) and Ativan (lorazepam) both ease anxiety.",
        "Buspirone (the generic name for BuSpar, which is no longer sold) and Klonopin (clonazepam) treat anxiety.",
        "Buspirone (the generic name for BuSpar, which is no longer sold as a brand-name drug) and Valium "
        "(diazepam) are both anti-anxiety drugs.",
    ],
)
def test_a_list_member_after_an_aside_is_not_named_by_the_aside(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you have used Valium for months, you might consider moving to Zoloft.",
        "Patients should consider switching to buspirone after a few weeks of Xanax.",
        "Your doctor may consider replacing Ativan with sertraline.",
    ],
)
def test_considering_an_act_is_no_class(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_considered_as_a_class_still_classes(findings):
    assert worst(findings, "Clonazepam is considered a benzodiazepine.") == "supported"
    assert worst(findings, "Clonazepam is considered an SSRI.") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "If you take Valium for many months along with Zoloft, it can lead to addiction.",
        "When you use Klonopin every day alongside sertraline, it can cause addiction.",
    ],
)
def test_a_pronoun_after_a_condition_is_not_the_companion_medicine(findings, text):
    said = verdicts(findings, text)
    assert worst(findings, text) == "supported", said


@pytest.mark.parametrize(
    "text",
    [
        "Ativan raises the effectiveness of GABA.",
        "Benzodiazepines boost the potency of GABA at its receptor.",
        "Valium increases the efficacy of GABA.",
    ],
)
def test_effectiveness_of_a_transmitter_is_its_effect_not_its_amount(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pregabalin is an analog of gamma-aminobutyric acid.", "supported"),
        ("Gabapentin is a structural analogue of gamma-aminobutyric acid.", "supported"),
        ("Pregabalin is a synthetic form of gamma-aminobutyric acid.", "contradicted"),
    ],
)
def test_an_analogue_of_gaba_spelt_out_is_no_form_of_gaba(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorazepam and Zoloft are both commonly misused.", "unsupported"),
        ("Ativan is a benzodiazepine. Celexa is an SSRI. These medicines are often misused.", "unsupported"),
        ("Ativan is a benzodiazepine. Prozac is an SSRI. Both of these drugs are habit-forming.", "contradicted"),
        ("Ativan is a benzodiazepine. Lexapro is an SSRI. Both of these drugs can cause a dry mouth.", "unsupported"),
        ("Ativan and Valium are both habit-forming.", "supported"),
    ],
)
def test_a_claim_said_of_several_medicines_needs_a_row_for_each(findings, text, expected):
    said = verdicts(findings, text)
    assert said[-1][1] == expected, said


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is a Schedule IV narcotic because it can be misused.",
        "Klonopin is a controlled narcotic since it is habit-forming.",
    ],
)
def test_a_class_named_after_an_article_is_a_class_even_before_because(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The risk of abuse with Ativan is fairly low.",
        "The addiction potential of Klonopin is quite low.",
    ],
)
def test_agreeing_entities_do_not_back_a_grade(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The most common side effect of Ativan is extreme sleepiness.",
        "Klonopin often causes profound drowsiness.",
    ],
)
def test_an_intensity_the_row_does_not_state_is_not_backed(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Pregabalin is classified as an anticonvulsant medicine that is also used for nerve pain.", "pregabalin"),
        ("Ativan is often used as an anxiolytic, meaning it relieves anxiety.", "lorazepam"),
        ("Valium is the brand name of diazepam, a benzodiazepine drug that relieves muscle spasms.", "diazepam"),
    ],
)
def test_a_clause_about_a_class_noun_is_said_of_the_drug(findings, text, drug):
    found = findings(text)
    last = found[-1]
    assert [r.id for r in last.claim.subjects] == [drug], [(f.claim.text, f.claim.subjects) for f in found]
    assert last.verdict.value == "supported", [(f.claim.text, f.verdict.value) for f in found]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "- Dependence: Like other benzodiazepines, Klonopin can cause physical dependence when used for months.",
            "Klonopin",
        ),
        ("Sleepiness Warning: Valium can cause drowsiness, so do not drive after a dose.", "Valium"),
    ],
)
def test_a_run_in_label_is_a_heading_and_the_sentence_after_it_a_claim(findings, text, said):
    found = [(f.claim.text, f.verdict.value) for f in findings(text)]
    assert found[0][1] == "not_checkworthy", found
    assert any(t.startswith(said) and v == "supported" for t, v in found[1:]), found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Disclaimer: The content of this page is for information only and is not medical advice.", "Disclaimer"),
        ("Xanax\n\nCommon side effects: Drowsiness, dizziness, headache, tiredness and poor memory", "Common side"),
    ],
)
def test_a_disclaimer_or_a_field_line_keeps_its_label(findings, text, label):
    found = [f.claim.text.split("] ", 1)[-1] for f in findings(text)]
    assert [t for t in found if t.startswith(label)] and not any(
        t.startswith(("The content", "Drowsiness")) for t in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Brand-name Restoril is still sold in the United Kingdom Temazepam is the generic name of Restoril",
        "Generic only since 2010 in the United States Alprazolam is the generic version of Xanax",
    ],
)
def test_table_cells_run_together_do_not_give_one_drug_anothers_name(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Librium is a brand of chlordiazepoxide.", "supported"),
        ("Ativan is a brand of diazepam.", "contradicted"),
    ],
)
def test_a_brand_of_a_drug_is_a_naming_clause(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "checked"),
    [
        ("Back in 2008, I had a hard time falling asleep.", []),
        ("I was given Klonopin after my surgery, and it made me drowsy.", ["drowsy"]),
        ("I can tell you that Valium is a benzodiazepine.", ["benzodiazepine"]),
    ],
)
def test_the_writers_own_story_is_no_claim_but_what_it_reports_is(findings, text, checked):
    said = [(f.claim.text, f.verdict.value) for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert [w for w in checked if any(w in t for t, _ in said)] == checked and len(said) == len(checked), said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xanax is a benzodiazepine, which is a type of medication used to treat panic attacks.", "supported"),
        ("Valium is a type of drug used to relieve muscle spasms.", "supported"),
        ("SSRIs are a group of medicines known as antidepressants.", "supported"),
    ],
)
def test_a_use_said_of_a_type_of_medicine_is_the_drugs_use(findings, text, expected):
    said = verdicts(findings, text)
    assert any(v == expected for _, v, _ in said) and all(v != "contradicted" for _, v, _ in said), said
    assert all(v != "unsupported" for _, v, _ in said), said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ativan should never be taken during pregnancy.", "unsupported"),  # the correction weighs, it bans nothing
        ("Under no circumstances should Valium be used while pregnant.", "unsupported"),
        ("Klonopin is not safe to use during pregnancy.", "supported"),
        ("It is never safe to drink alcohol with Klonopin.", "supported"),  # the correction advises against it
        ("At no time should Ativan be combined with alcohol.", "supported"),
    ],
)
def test_a_ban_without_exception_needs_a_correction_that_bans(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_table_cell_that_names_no_drug_gets_no_red_mark(findings):
    text = (
        "Ativan and buspirone compared\n\nLorazepam is the generic name of Ativan.\n\n"
        "What is the usual dose?\n\nInitial dose is 7.5 mg twice daily but may slowly increase if needed"
    )
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is a benzodiazepine. Its half-life is only 2 hours.",
        "Klonopin is a benzodiazepine. This drug works by raising serotonin levels.",
        "How Xanax works:\n\n- It increases the amount of GABA in the brain",
    ],
)
def test_a_sentence_that_refers_to_its_drug_can_still_be_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorazepam is given as an add-on treatment for certain seizure types.", "unsupported"),
        ("Tranxene is prescribed as adjunctive therapy for partial seizures.", "supported"),
        ("Halcion is extremely effective for insomnia.", "unsupported"),
        ("Halcion is used for insomnia.", "supported"),
    ],
)
def test_a_role_or_a_grade_of_efficacy_the_row_does_not_state_is_not_backed(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diazepam wears off slowly.", "supported"),
        ("The effects of triazolam wear off quickly.", "supported"),
        ("Clonazepam wears off very quickly.", "contradicted"),
        ("Most side effects of Zoloft wear off quickly.", "not contradicted"),
    ],
)
def test_wearing_off_quickly_or_slowly_is_how_long_a_drug_acts(findings, text, expected):
    found = worst(findings, text)
    assert found != "contradicted" if expected == "not contradicted" else found == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trials did not find any extra benefit of escitalopram for depression at doses above 20 mg.",
        "About 40% of adults do not get the recommended 7 hours of sleep.",
        "It is advised that Valium be taken at the lowest dose and stopped after no more than 4 weeks of use.",
    ],
)
def test_a_denied_figure_or_a_course_taken_is_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_bare_both_after_two_substances_is_those_two(findings):
    text = "During a taper, do not add opioids or alcohol, as both can deepen sedation."
    found = [f for f in findings(text) if "deepen" in f.claim.text]
    assert found and {r.id for r in found[0].claim.subjects} == {"opioid", "alcohol"}, [
        (f.claim.text, f.claim.subjects) for f in findings(text)
    ]


def test_a_bullet_of_two_sentences_is_read_as_two(findings):
    text = (
        "Ativan is a kind of medicine called a benzodiazepine.\nWhat is it used for?\n"
        "- Short-term (two weeks only) treatment of severe anxiety that is disabling the person.\n"
        "- Calming anxiety and causing sedation before minor surgery (pre-medication).\n"
        "How does it work?\n"
        "- Ativan is a kind of medicine called a benzodiazepine. "
        "Benzodiazepines are used for their calming effects.\n"
        "- Benzodiazepines act on receptors in the brain called GABA receptors. "
        "This leads to the release of a chemical messenger called GABA.\n"
    )
    said = verdicts(findings, text)
    assert any(v == "supported" for _, v, _ in said) and worst(findings, text) == "contradicted", said


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin does not have a half-life of 3 hours.",  # true: no red mark
        "The half-life of Valium is not 30 hours.",  # denies a figure the row allows: not backed
    ],
)
def test_a_denied_figure_is_neither_red_nor_green(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_a_table_of_contents_entry_is_a_heading_but_a_lead_ins_items_are_read(findings):
    toc = (
        "Is It Safe To Mix Ativan With Zoloft?\n- Mixing Ativan With Zoloft\n"
        "- Warning Signs Of Prescription Drug Abuse\n"
    )
    assert all(f.verdict.value == "not_checkworthy" for f in findings(toc)), verdicts(findings, toc)
    listed = "Ativan is prescribed for the following conditions:\n- Generalized Anxiety Disorder\n- Panic Attacks\n"
    items = [(t, v) for t, v, _ in verdicts(findings, listed) if "Disorder" in t or "Attacks" in t]
    assert len(items) == 2 and all(v != "not_checkworthy" for _, v in items), items


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Triazolam is prescribed to help people fall asleep.", "supported"),
        ("Benzodiazepines are taken to bring on or keep up sleep.", None),  # no aid verb of the list: left
        ("Sonata is used to induce sleep at bedtime.", "supported"),
        ("Estazolam helps you stay asleep through the night.", "supported"),
        ("Klonopin is FDA-approved to help people fall asleep.", "contradicted"),  # not on its closed list
        ("Lexapro is approved to help you sleep.", "contradicted"),
    ],
)
def test_helping_someone_sleep_is_a_use_for_sleeplessness(findings, text, expected):
    found = [f for f in findings(text) if f.claim.relation == "treats"]
    if expected is None:
        assert all(f.verdict.value != "contradicted" for f in findings(text)), verdicts(findings, text)
        return
    assert found and {r.id for r in found[0].claim.objects} == {"insomnia"}, verdicts(findings, text)
    assert found[0].verdict.value == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Stopping lorazepam abruptly can make it hard to stay asleep.",  # a withdrawal effect, not a use
        "Clonazepam may make you fall asleep while driving.",  # drowsiness, not a use
    ],
)
def test_making_someone_sleep_or_lose_sleep_is_no_use(findings, text):
    assert all(f.claim.relation != "treats" for f in findings(text)), verdicts(findings, text)


@pytest.mark.parametrize(
    "text, effect",
    [
        ("Lorazepam can make you feel drowsy the next morning.", "sedation"),
        ("Diazepam may leave you feeling dizzy.", "dizziness"),
        ("Alprazolam can make you fall asleep at your desk.", "sedation"),
    ],
)
def test_making_someone_feel_an_effect_is_causing_it(findings, text, effect):
    found = findings(text)
    assert found and found[0].claim.relation == "causes", verdicts(findings, text)
    assert {r.id for r in found[0].claim.objects} == {effect} and found[0].verdict.value == "supported", verdicts(
        findings, text
    )


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Alprazolam is FDA-approved to treat narcolepsy.", "contradicted"),
        ("Escitalopram has FDA approval for ADHD.", "contradicted"),
        ("Zolpidem is approved for the treatment of migraine headaches.", "contradicted"),
        ("Clonazepam is sometimes given off-label for migraine.", "unsupported"),  # an open list, no row
        ("Clonazepam is sometimes given off-label for restless legs syndrome.", "supported"),  # F-1157
    ],
)
def test_an_approval_for_a_condition_no_label_lists_is_judged(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_one_subject_named_twice_in_an_object_list_is_one_claim(findings):
    text = "Hydroxyzine comes as hydroxyzine pamoate and as hydroxyzine hydrochloride."
    texts = [f.claim.text for f in findings(text)]
    assert len(texts) == len(set(texts)) and any("pamoate" in t for t in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "While the effects of Klonopin typically last for six hours, the length of time the drug stays "
        "in your body can differ.",
        "Although the effects of Ativan usually last for six to eight hours, how long it stays in the body varies.",
    ],
)
def test_a_figure_in_a_while_clause_is_not_the_main_clauses(findings, text):
    said = verdicts(findings, text)
    assert worst(findings, text) != "contradicted", said
    assert not any("hours" in t and "stays" in t for t, _, _ in said), said  # two clauses, two claims


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is a calming medicine unrelated to classic tranquilizers such as Ativan and Klonopin.",
        "Buspirone is an anxiety medicine unrelated to common tranquilizers, such as Ativan, Klonopin, etc.",
        "Zolpidem is a hypnotic distinct from benzodiazepines like Restoril.",
    ],
)
def test_drugs_a_class_is_set_apart_from_are_no_class_of_it(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fluoxetine might not relieve everyone's depression.", "unsupported"),
        ("For some patients, sertraline may not ease depression at all.", "unsupported"),
        ("Fluoxetine does not relieve depression.", "contradicted"),  # a flat denial still goes against the row
    ],
)
def test_a_hedged_denial_of_a_use_is_no_red_mark(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_participle_after_something_is_not_said_of_the_page_drug(findings):
    text = (
        "Lyrica is a nerve pain medicine. Stopping anything not classified as habit-forming can still cause a rebound."
    )
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Oral GABA has proved ineffective for raising GABA inside the brain.",
        "GABA capsules are unable to lift brain GABA levels, many researchers think.",
    ],
)
def test_unable_and_ineffective_deny_what_they_govern(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_list_of_side_effects_is_backed_effect_by_effect(findings):
    text = (
        "Gabapentin is used for nerve pain. Reported side effects include sleepiness, dizziness, nausea, "
        "headache, memory problems, blurry vision, unsteadiness, anxiety, indigestion, diarrhoea and constipation."
    )
    unbacked = {"headache", "anxiety", "constipation"}  # no gabapentin row states them
    for f in findings(text):
        named = {r.id for r in f.claim.objects}
        if named & unbacked:
            assert f.verdict.value != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Combining a benzodiazepine with an opioid may lead to dangerous, even fatal, breathing problems.",
            "supported",
        ),
        (
            "In short: benzodiazepines often cause sleepiness whereas SSRIs commonly cause nausea.",
            "supported",
        ),
    ],
)
def test_graded_effects_and_a_whereas_clause_keep_their_support(findings, text, verdict):
    assert all(f.verdict.value == verdict for f in findings(text) if f.verdict.value != "not_checkworthy"), verdicts(
        findings, text
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan is more likely than buspirone to cause drowsiness.", None),  # compared: left to the rows
        ("Of the two, Restoril is more likely to cause sleepiness.", "unsupported"),
        ("Klonopin causes drowsiness.", "supported"),
    ],
)
def test_more_likely_needs_a_row_that_compares(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if f.verdict.value != "not_checkworthy"]
    if expected is None:
        assert "contradicted" not in found, verdicts(findings, text)
    else:
        assert found and all(v == expected for v in found), verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some theories suggest that a shortage of serotonin is what causes depression.",
        "One hypothesis holds that benzodiazepines boost the amount of GABA in the brain.",
        "It was once thought that depression came from a lack of serotonin.",
        "According to one theory, low serotonin causes depression.",
        "Many people believe that Klonopin is not habit-forming.",
        "It is widely believed that benzodiazepines raise GABA levels.",
    ],
)
def test_a_belief_the_page_reports_is_no_red_mark(findings, text):
    found = [f.verdict.value for f in findings(text)]
    assert "contradicted" not in found and "unsupported" in found, verdicts(findings, text)
    later = f"Buspirone is an anxiety medicine.\n\nIt is not a benzodiazepine. {text}"  # not the page's first line
    assert "contradicted" not in [f.verdict.value for f in findings(later)], verdicts(findings, later)


@pytest.mark.parametrize(
    "text",
    [
        "Studies show that depression is caused by low serotonin.",
        "Experts believe that benzodiazepines boost the amount of GABA in the brain.",
        "It is thought that benzodiazepines raise GABA levels.",
        "Some websites say that benzodiazepines boost the amount of GABA in the brain.",
        "The theory that benzodiazepines raise GABA levels is popular, and benzodiazepines do raise GABA levels.",
    ],
)
def test_a_claim_the_page_makes_through_a_source_stays_red(findings, text):
    assert "contradicted" in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For adults, the usual adult dose of Restoril is 15 mg before sleep.", "supported"),
        ("The recommended adult dosage of Restoril is 15 mg.", "supported"),
        ("The usual adult dose of Restoril is 90 mg.", "contradicted"),
        ("Sonata's recommended adult dose is 10 mg once a day, at bedtime.", "supported"),
    ],
)
def test_an_adult_dose_is_the_usual_dose(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert found and all(v == expected for v in found), verdicts(findings, text)


def test_a_naming_clause_with_a_year_needs_a_row_with_the_year(findings):
    said = "Diazepam was first marketed as Valium in 1971."
    assert "supported" not in [f.verdict.value for f in findings(said)], verdicts(findings, said)
    plain = "Valium is a brand name for diazepam."
    assert [f.verdict.value for f in findings(plain)] == ["supported"], verdicts(findings, plain)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The major active metabolite of Effexor is O-desmethylvenlafaxine.", "supported"),
        ("Diazepam's main active metabolite is nordiazepam.", "supported"),
        ("Prozac's main active metabolite is nordiazepam.", "unsupported"),
        ("Ativan's active metabolite is nordiazepam.", "contradicted"),
    ],
)
def test_a_drugs_metabolite_is_a_property_of_the_drug(findings, text, expected):
    found = [f.verdict.value for f in findings(text)]
    assert found == [expected], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The extended-release form of Klonopin was made to lengthen its half-life.",
        "Grapefruit juice can prolong the half-life of Ativan.",
        "Ageing increases the half-life of Valium.",
    ],
)
def test_a_change_of_a_property_needs_a_row_on_the_change(findings, text):
    assert "supported" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin works by raising the amount of a calming chemical inside the brain.", "contradicted"),
        ("Benzodiazepines boost levels of calming brain chemicals.", "contradicted"),
        ("Klonopin works by making the brain more responsive to its calming chemical, GABA.", None),
    ],
)
def test_a_calming_chemical_raised_is_the_gaba_amount_myth(findings, text, expected):
    found = [f.verdict.value for f in findings(text)]
    if expected is None:
        assert "contradicted" not in found, verdicts(findings, text)
    else:
        assert expected in found, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "You feel calmer within hours, though it may take two weeks for you to notice the full effect of Valium.",
        "Xanax starts to work within an hour, but it can take a few weeks to reach its full potential.",
    ],
)
def test_time_to_full_effect_is_no_onset(findings, text):
    found = findings(text)
    assert "contradicted" not in [f.verdict.value for f in found], verdicts(findings, text)
    assert any("full" in f.claim.text for f in found if f.verdict.value != "not_checkworthy"), verdicts(findings, text)


def test_a_myths_object_named_only_in_another_clause_is_no_red_mark(findings):
    text = (
        "Alcohol acts on the same receptors as Klonopin and is more dangerous, so care is advised "
        "to avoid swapping one dependence for another."
    )
    assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)
    said = "It is fine to have a few drinks of alcohol while on Klonopin."
    assert "contradicted" in [f.verdict.value for f in findings(said)], verdicts(findings, said)


@pytest.mark.parametrize(
    "text",
    [
        "Some people crush Ativan to feel euphoric.",
        "Some people taper off Valium slowly to avoid withdrawal symptoms.",
        "Do not give your Restoril to a friend who has an addiction.",
    ],
)
def test_a_purpose_or_a_description_is_not_backed_by_agreeing_entities(findings, text):
    fragments = [
        f for f in findings(text) if f.claim.text.split("] ")[-1].lower().startswith(("to ", "who ", "in order"))
    ]
    assert all(f.verdict.value != "supported" for f in fragments), verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lunesta works by slowing the brain's activity.", "supported"),
        ("A gradual withdrawal from Klonopin is recommended.", "supported"),
        ("Doctors recommend reducing the dose slowly when stopping Ativan.", "supported"),
        ("Paroxetine raises serotonin by keeping nerve cells from reabsorbing it.", "supported"),
    ],
)
def test_true_wordings_of_stated_rows_are_supported(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert found and all(v == expected for v in found), verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin withdrawal is usually mild.", "unsupported"),
        ("Ativan withdrawal can be quite severe.", "unsupported"),
    ],
)
def test_a_graded_withdrawal_is_shown_and_not_backed_by_entities(findings, text, expected):
    assert [f.verdict.value for f in findings(text)] == [expected], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin should be taken for no longer than two to four weeks.", "supported"),
        ("Benzodiazepines should be prescribed for no more than 2 to 4 weeks.", "supported"),
        ("The manufacturer says Klonopin should be taken for no longer than 4 weeks.", "contradicted"),
        ("The FDA says benzodiazepines should not be used for more than 4 weeks.", "contradicted"),
    ],
)
def test_a_limit_said_with_no_is_advice_against_long_use(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if f.verdict.value != "not_checkworthy"]
    assert found == [expected], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambien and Sonata are sleeping pills with some muscle-relaxant properties.",
    ],
)
def test_what_a_class_row_or_a_risk_row_does_not_state_is_not_backed(findings, text):
    assert "supported" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BuSpar does not provide immediate relief from anxiety.", "supported"),
        ("Lexapro has an instant effect on mood.", "contradicted"),
        ("Paxil does not have a rapid effect on depression.", "supported"),
    ],
)
def test_a_given_effect_with_a_speed_is_the_onset(findings, text, expected):
    assert [f.verdict.value for f in findings(text)] == [expected], verdicts(findings, text)


def test_a_drug_sold_as_a_capsule_is_a_claim_on_its_forms(findings):
    text = "Cymbalta is sold as a capsule."
    assert [f.verdict.value for f in findings(text)] != ["not_checkworthy"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Avoid alcohol while you take Klonopin.", "supported"),
        ("Do not drink alcohol while taking Ativan.", "supported"),
        ("Drink alcohol while taking Ativan to feel calmer.", "contradicted"),
        ("Do not drive until you know how Klonopin affects you.", "supported"),
    ],
)
def test_a_command_about_alcohol_while_taking_a_drug_is_advice_on_the_drug(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Most people feel better on Celexa right away.", "contradicted"),
        ("Most people will not see an improvement on Celexa right away.", "supported"),
        ("You can feel the benefit of Ativan almost immediately.", "supported"),
    ],
)
def test_a_benefit_noticed_at_once_is_a_fast_onset(findings, text, expected):
    assert [f.verdict.value for f in findings(text)] == [expected], verdicts(findings, text)


def test_a_value_offered_with_its_opposite_is_not_backed(findings):
    text = "Ativan can work quickly or slowly, depending on the person."
    assert "supported" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)
    plain = "Ativan works quickly."
    assert [f.verdict.value for f in findings(plain)] == ["supported"], verdicts(findings, plain)


# A frequency or time set off by commas after "and" belongs to the next member of the list only:
# "drowsiness and, in rare cases, memory problems" is two claims, and "rare" grades no drowsiness.


@pytest.mark.parametrize(
    "text, members",
    [
        ("Valium can cause drowsiness and, in rare cases, memory problems.", 2),
        ("Klonopin may cause sleepiness and, less often, dizziness.", 2),
        ("Long-term use of Ativan can lead to dependence and, over time, to addiction.", 2),
        ("Xanax can cause drowsiness or, in a few cases, memory problems.", 2),
    ],
)
def test_a_member_after_an_interjected_phrase_is_a_claim_of_its_own(findings, text, members):
    found = [f for f in findings(text) if f.claim.checkworthy]
    assert len(found) == members, verdicts(findings, text)
    assert all(len(f.claim.objects) == 1 for f in found), verdicts(findings, text)
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_longer_clause_after_the_comma_puts_no_red_on_the_list(findings):
    text = "Xanax can cause drowsiness and, when it is taken with alcohol or opioids at high doses, slowed breathing."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Interactions as pages word them: a companion substance that makes a medicine's effects worse or
# stronger adds to them (the table's row: benzodiazepines and alcohol add to each other's effects).


@pytest.mark.parametrize(
    "text",
    [
        "Drinking alcohol can make the side effects of Klonopin worse.",
        "The effects of Ativan are worsened by alcohol.",
        "Alcohol makes the effects of Valium stronger.",
        "Alcohol can worsen the side effects of Xanax.",
        "Beer or wine can make the effects of Xanax more intense.",
    ],
)
def test_alcohol_making_a_benzodiazepine_stronger_is_the_interaction_row(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Alcohol can worsen anxiety.", "Alcohol makes insomnia worse."])
def test_alcohol_worsening_a_condition_is_no_interaction(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


# What a drug "can" cause when taken a certain way: a row that it causes it with long-term use states
# it; said outright ("Ativan causes tolerance") it needs the condition.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan can cause tolerance.", "supported"),
        ("People who take Valium for a long time may develop tolerance.", "supported"),
        ("Ativan causes tolerance.", "unsupported"),
        ("Xanax can cause seizures.", "unsupported"),
    ],
)
def test_what_a_drug_can_cause_under_long_term_use(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Tolerance in the words pages use: a drug that works less well as its use goes on.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over time, Klonopin may become less effective.", "supported"),
        ("Ativan can lose its effectiveness after several weeks.", "supported"),
        ("With long-term use, people may need bigger doses of Valium to get the same effect.", "supported"),
        ("Valium becomes less effective with continued use.", "supported"),
        ("Klonopin never becomes less effective, even after years of use.", "contradicted"),
        ("Buspirone is less effective than benzodiazepines.", "unsupported"),
        ("Xanax is less effective for some people.", "unsupported"),
    ],
)
def test_a_drug_working_less_well_with_continued_use_is_tolerance(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Blind-round reds on true sentences (ea22), in our own words. A condition named inside one member
# of a list qualifies that member, and is no use of the drug: "anxiety caused by depression" is no
# claim that a benzodiazepine treats depression.


@pytest.mark.parametrize("link", ["caused by", "due to", "linked to", "associated with", "that comes with"])
def test_a_condition_inside_one_member_is_not_every_members_object(findings, link):
    text = (
        f"Xanax is a benzodiazepine. It is prescribed for panic disorder, social anxiety and anxiety {link} depression."
    )
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_member_keeps_its_qualifying_phrase(findings):
    text = (
        "Ativan is a benzodiazepine. "
        "It is prescribed for panic disorder, social anxiety and anxiety caused by depression."
    )
    texts = [f.claim.text for f in findings(text) if f.claim.checkworthy]
    assert any(t.endswith("anxiety caused by depression") for t in texts), texts


def test_the_benzodiazepine_depression_myth_still_fires_on_its_own_words(findings):
    assert worst(findings, "Xanax is prescribed for panic disorder and depression.") == "contradicted"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Librium helps people with serious alcohol problems get through withdrawal safely.", "unsupported"),
        ("Valium is safe for patients with a history of heavy alcohol use.", "unsupported"),
        ("It is safe to drink alcohol while taking Ativan.", "contradicted"),
        ("Klonopin is safe to combine with alcohol.", "contradicted"),
    ],
)
def test_alcohol_that_only_says_who_someone_is_is_no_combination(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The half-life of Valium rises by about an hour with every year of age.",
        "In older people, diazepam's half-life goes up by roughly one hour for each year past 20.",
    ],
)
def test_how_much_a_property_changes_is_no_value_of_it(findings, text):
    found = [f for f in findings(text) if f.claim.checkworthy]
    assert found, "a statement of change is never hidden"
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_a_value_inside_a_whether_clause_is_no_value_of_the_claim(findings):
    text = "Picking Klonopin or buspirone turns on whether quick-acting relief is wanted or a long-term plan."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mixing Xanax and alcohol can be dangerous.", "supported"),
        ("Combining Ativan and opioids can be deadly.", "supported"),
        ("Mixing Valium and alcohol is safe.", "contradicted"),
    ],
)
def test_mixing_two_substances_is_one_combination(findings, text, expected):
    found = [f for f in findings(text) if f.claim.checkworthy]
    assert len(found) == 1, verdicts(findings, text)
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_any_drug_is_drugs_in_general_not_the_pages_drug(findings):
    text = "Lunesta is a sleep medicine. Any drug that alters the chemical balance of the brain can be habit-forming."
    found = [f for f in findings(text) if "Any drug" in f.claim.text]
    assert found and all(f.verdict.value != "supported" for f in found), verdicts(findings, text)
    assert all("[" not in f.claim.text for f in found), verdicts(findings, text)


def test_the_drug_still_points_back_to_the_pages_drug(findings):
    text = "Klonopin is a benzodiazepine. The drug can be habit-forming."
    assert worst(findings, text) == "supported", verdicts(findings, text)


# A titled lead-in ("Common side effects of Celexa:") whose list lost its bullets: the short lines
# after it are its items, said of its drug, not headings.


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_items_of_a_titled_list_without_bullets_are_claims(findings, gap):
    text = (
        f"Celexa at a glance\n\nCommon Side Effects of Celexa:{gap}Nausea\nSweating\n\n"
        "How to take Celexa\n\nTake it once a day.\n"
    )
    found = {f.claim.text: f.verdict.value for f in findings(text)}
    items = {t: v for t, v in found.items() if t.endswith(("Nausea", "Sweating"))}
    assert len(items) == 2 and all(v != "not_checkworthy" for v in items.values()), found
    assert all("Celexa" in t for t in items), found
    assert not any(t.endswith("How to take Celexa") and v != "not_checkworthy" for t, v in found.items()), found


# Agreeing entities back nothing a sentence's own main verb says: "the dose depends on how severe the
# anxiety is" names Xanax and anxiety, as the indication row does, and says something else of them.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax treats anxiety. The prescribed amount usually depends on how severe the anxiety is.",
        "Cymbalta is used for fibromyalgia. Patients often notice better sleep before their pain eases.",
        "Effexor withdrawal can be hard. Some people have reported blurry vision in the first days of withdrawal.",
    ],
)
def test_a_main_verb_that_agreeing_entities_do_not_state_backs_nothing(findings, text):
    second = [f for f in findings(text) if f.claim.start > text.index(". ")]
    assert second and all(f.verdict.value != "supported" for f in second), verdicts(findings, text)


def test_a_passive_main_verb_still_reads_as_a_copula(findings):
    assert worst(findings, "Diazepam is grouped with the medicines called benzodiazepines.") == "supported"


# A list under a lead-in that names a state ("Paxil withdrawal symptoms:", "Symptoms of Xanax
# withdrawal:") gives that state's symptoms: the drug's own side-effect rows do not back them.


@pytest.mark.parametrize(
    "lead, items",
    [
        ("Paxil withdrawal symptoms:", "- Drowsiness\n- Dry mouth\n"),
        ("Symptoms of Zoloft withdrawal:", "Drowsiness\nDry mouth\n"),
    ],
)
def test_side_effects_listed_as_withdrawal_symptoms_are_not_backed_by_side_effect_rows(findings, lead, items):
    text = f"{lead}\n{items}"
    found = [f for f in findings(text) if f.claim.text.endswith(("Drowsiness", "Dry mouth"))]
    assert len(found) == 2 and all(f.claim.checkworthy for f in found), verdicts(findings, text)
    assert all(f.verdict.value != "supported" for f in found), verdicts(findings, text)


@pytest.mark.parametrize(
    "lead, items",
    [
        ("Paxil withdrawal symptoms:", "- Dizziness\n- Nausea\n"),
        ("Symptoms of Xanax withdrawal:", "Seizures\nAnxiety\n"),
    ],
)
def test_withdrawal_symptoms_listed_under_their_state_are_backed_by_withdrawal_rows(findings, lead, items):
    text = f"{lead}\n{items}"
    found = [f for f in findings(text) if f.claim.checkworthy]
    assert len(found) == 2 and all(f.verdict.value == "supported" for f in found), verdicts(findings, text)


def test_a_bullet_misparsed_as_a_verb_keeps_its_noun(findings):
    found = [f for f in findings("Common side effects of Lexapro:\n- Decreased libido\n") if f.claim.checkworthy]
    assert [f.claim.text for f in found] == ["[Lexapro] Decreased libido"], [f.claim.text for f in found]


def test_a_clause_that_says_when_a_drug_is_given_is_not_hidden_behind_its_purpose(findings):
    text = "Valium is often given before surgery to reduce anxiety."
    found = [f for f in findings(text) if "before surgery" in f.claim.text]
    assert found and all(f.claim.checkworthy for f in found), verdicts(findings, text)
    bare = [f for f in findings("Doctors prescribe Klonopin to treat seizures.") if f.claim.text.endswith("Klonopin")]
    assert all(not f.claim.checkworthy for f in bare), verdicts(
        findings, "Doctors prescribe Klonopin to treat seizures."
    )


# Issue 20, when a dose is taken: the z-drug labels say immediately before bedtime (F-1153..F-1155).


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Take Ambien just before you go to bed.", "supported"),
        ("Lunesta is usually taken right before bedtime.", "supported"),
        ("Sonata should be taken immediately before going to bed.", "supported"),
        ("Xanax is usually taken at bedtime.", "unsupported"),  # no row says when Xanax is taken
    ],
)
def test_when_a_z_drug_is_taken(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# A review of the blind-round rules found these wordings wrong; each is a kind, not one sentence.


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft is not approved for depression or panic disorder in children.",
        "Paxil is not approved for depression or anxiety in teenagers.",
        "Librium does not make alcohol cravings worse.",
        "Stored properly, Klonopin does not lose its effectiveness for years.",
    ],
)
def test_reviewed_wordings_get_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Alcohol makes the effects of Xanax less intense.",
        "Xanax can make alcohol cravings worse.",
        "Smoking can make Klonopin less effective over time.",
        "Ativan may be less effective the first time you use it.",
        "Ativan can cause tolerance even with short-term use.",
        "The half-life of Valium increases by about one hour for every year of age.",
        "Paxil withdrawal symptoms are different from anxiety symptoms.",
    ],
)
def test_reviewed_wordings_get_no_green(findings, text):
    found = [f for f in findings(text) if f.claim.checkworthy]
    assert found and all(f.verdict.value != "supported" for f in found), verdicts(findings, text)


def test_a_drink_of_alcohol_is_still_the_combination_myth(findings):
    assert worst(findings, "Ativan is safe to take with alcohol drinks in moderation.") == "contradicted"


def test_a_state_named_in_a_parenthesis_does_not_title_the_list(findings):
    text = "Common side effects of Lexapro (these are not withdrawal symptoms):\n- Nausea\n- Sweating\n"
    found = [f for f in findings(text) if f.claim.text.endswith(("Nausea", "Sweating"))]
    assert [f.verdict.value for f in found] == ["supported", "supported"], verdicts(findings, text)


def test_short_lines_after_a_lead_in_that_lists_no_effects_stay_headings(findings):
    text = "What to avoid while taking Klonopin:\nAlcohol\nDriving\n"
    assert all(not f.claim.checkworthy for f in findings(text) if f.claim.text in ("Alcohol", "Driving"))
    assert all(f.verdict.value != "supported" for f in findings(text)), verdicts(findings, text)


def test_a_symbol_before_a_sentence_is_not_its_text(findings):
    assert [f.claim.text for f in findings("→ Zoloft treats depression.")] == ["Zoloft treats depression"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan reaches its highest concentration in the blood about two hours after a dose.", "supported"),
        ("Klonopin reaches its maximum concentration in the blood one to four hours after a dose.", "supported"),
        ("Klonopin reaches its maximum concentration in the blood ten hours after a dose.", "contradicted"),
    ],
)
def test_the_time_to_the_highest_blood_level_is_the_time_to_peak(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_time_of_day_without_a_medicine_is_no_claim(findings):
    assert all(not f.claim.checkworthy for f in findings("- no phones or tablets an hour before bed\n"))


# A hunt for red marks on 443 true sentences of our own found these kinds; none may come back.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan may impair your ability to drive or operate machinery.",
        "Pregabalin can affect your ability to drive or use machines.",
        "Naloxone can reverse the opioid part of a mixed overdose, "
        "but it does not reverse the effects of a benzodiazepine.",
        "Naloxone can still reverse an opioid overdose when benzodiazepines were also taken.",
        "Doctors sometimes switch patients from Xanax to a longer-acting benzodiazepine "
        "such as clonazepam or diazepam.",
        "Xanax can be replaced with a longer-acting drug such as Klonopin during a taper.",
        "Doctors sometimes prescribe benzodiazepines off-label for insomnia or agitation.",
        "The starting dose of Lunesta is 1 mg, and it can be raised to a maximum of 3 mg.",
    ],
)
def test_true_sentences_from_the_red_hunt_get_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Naloxone reverses a Valium overdose.",
        "Narcan can reverse a benzodiazepine overdose.",
        "The starting dose of Lunesta is 1 mg, and it can be raised to a maximum of 6 mg.",
        "Doctors prescribe Xanax off-label for panic disorder.",
    ],
)
def test_the_same_frames_still_catch_the_false_ones(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The usual dose of estazolam is 1 mg at bedtime.", "supported"),  # bedtime is no other scope
        ("The usual dose of estazolam is 4 mg at bedtime.", "contradicted"),
        ("Dopamine plays a central role in reward.", "supported"),  # "plays a role" is a neutral verb
    ],
)
def test_a_dose_at_bedtime_and_a_role_played(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# Kind 2: red marks a fifth and sixth blind round found on true sentences (own wordings).


@pytest.mark.parametrize(
    "text",
    [
        # a negating prefix written apart still denies the class
        'Sonata and Lunesta help people sleep. These are known as "non benzodiazepines".',
        "Eszopiclone is a non benzodiazepine hypnotic.",
        "Lunesta and Sonata treat insomnia. They are called Z-drugs or non-benzodiazepines.",
        'Lunesta and Sonata treat insomnia. They are called "Z-drugs" or "non-benzodiazepines".',
        # a superlative drug noun is one of a kind, not the drug named before
        "Valium carries a risk of abuse. Zolpidem is the most widely used Z-drug.",
        # denying a use on its own agrees with an add-on indication
        "Clorazepate alone is not effective in treating seizures.",
        "Clorazepate by itself does not control partial seizures.",
        # the strengths of another dosage form than the row's
        "Clorazepate sustained-release tablets come in 11.25 mg and 22.5 mg strengths.",
        # a figure of what a property causes, not of the property
        "Due to the long half-life of clonazepam, withdrawal can last until eight weeks.",
    ],
)
def test_true_sentences_of_blind_rounds_are_not_red(findings, text):
    assert not [f for f in findings(text) if f.verdict.value == "contradicted"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zaleplon is a benzodiazepine.",
        "Clorazepate is not effective in treating seizures.",
        "Clorazepate tablets come in 11.25 mg and 22.5 mg strengths.",
        "Klonopin has a half-life of eight weeks.",
        # "on its own" of a risk is the drug taken alone, not a use: the row decides it
        "An overdose of alprazolam on its own is never fatal.",
        # a percentage ending the sentence keeps its sign, and is compared with the row's figure
        "Taken by mouth, lorazepam has a bioavailability of about 20%.",
    ],
)
def test_their_false_neighbours_stay_red(findings, text):
    assert [f for f in findings(text) if f.verdict.value == "contradicted"], verdicts(findings, text)


# Kind 1: greens a sixth blind round found backed by a row that does not state the claim (own wordings).


@pytest.mark.parametrize(
    "text, extra",
    [
        # a mechanism said with the central nervous system, which the indication row does not state
        # (the verb's own claim, "Buspirone eases anxiety", is read apart and may stay backed)
        ("Buspirone calms anxiety through depressing the central nervous system.", "central nervous system"),
        ("Buspirone helps with worry by damping down the central nervous system.", "central nervous system"),
        # an equal comparison with another drug, which a row on one drug does not make
        ("Xanax is every bit as addictive as heroin.", "heroin"),
        ("Klonopin is just as habit-forming as opioid painkillers.", "opioid"),
        # against a row with a qualifier of its own (long-term use), which compares nothing
        ("Benzodiazepines replaced barbiturates, yet they are just as addictive as the older drugs.", "addictive"),
        # after how few doses, which the effect's row does not say
        ("Ativan can make you dizzy even after a single dose.", "single dose"),
        ("Valium can cause tolerance from the very first dose.", "first dose"),
        # placed among a class the drug is not in ("like other benzodiazepines" of buspirone)
        ("Buspirone, like other benzodiazepines, can make you drowsy.", "Buspirone"),
        ("Hydroxyzine, as with other SSRIs, can cause drowsiness.", "Hydroxyzine"),
    ],
)
def test_a_claim_saying_more_than_the_row_is_not_backed(findings, text, extra):
    backed = [f for f in findings(text) if f.verdict.value == "supported" and extra in f.claim.text]
    assert not backed, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines depress the central nervous system.",
        "Ativan can make you dizzy.",
        "Klonopin, like other benzodiazepines, can make you drowsy.",
    ],
)
def test_their_plain_neighbours_stay_supported(findings, text):
    assert [f.verdict.value for f in findings(text)] == ["supported"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Understanding the half-life of Valium will help you plan around your doses.",
        "The label gives the following details about the half-life of Xanax.",
        "Below we explain the half-life of lorazepam in plain terms.",
        "Below we will talk about how long Ativan stays in your body.",
    ],
)
def test_naming_a_property_is_not_a_claim_about_it(findings, text):
    """A clause that names a property a row gives a figure for, and says nothing of it, is not
    backed by that row."""
    assert not [f for f in findings(text) if f.verdict.value == "supported"], verdicts(findings, text)


def test_a_figure_for_the_property_is_still_backed(findings):
    assert [f.verdict.value for f in findings("The half-life of Xanax is roughly 11 hours.")] == ["supported"]


# Issue 20 with 15: off-label uses as rows (F-1156 and on), and what a use row may decide.


@pytest.mark.parametrize(
    "text",
    [
        "Doctors sometimes give clonazepam for trouble sleeping, although that use is off-label.",
        "Klonopin is prescribed off-label for restless legs.",
        "Lorazepam may be used off-label to treat catatonia.",
        "Ativan is used off-label for panic disorder.",
        "Lorazepam is not FDA-approved for catatonia.",
        "Gabapentin is sometimes prescribed off-label for alcohol use disorder.",
        "Pregabalin is used off-label for social anxiety disorder.",
    ],
)
def test_an_off_label_use_is_backed_by_its_row(findings, text):
    assert "supported" in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # a use row says nothing of approval: neither backs nor refutes it
        "Lorazepam is FDA-approved for panic disorder.",
        "Ativan is indicated for catatonia.",
        "Pregabalin is approved for restless legs syndrome.",
    ],
)
def test_a_use_row_does_not_back_an_approval(findings, text):
    assert "supported" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is not approved for insomnia.",
        "Clonazepam is not FDA-approved to treat restless legs syndrome.",
        "Gabapentin is not approved by the FDA for alcohol use disorder.",
    ],
)
def test_a_denied_approval_is_not_red_beside_an_off_label_row(findings, text):
    assert not [f for f in findings(text) if f.verdict.value == "contradicted"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines are not approved by the FDA for anxiety.",
        "SNRIs are not FDA-approved for fibromyalgia.",
        "Klonopin is FDA-approved for restless legs syndrome.",
    ],
)
def test_an_approval_denied_to_a_class_or_claimed_for_an_off_label_use_is_red(findings, text):
    assert [f for f in findings(text) if f.verdict.value == "contradicted"], verdicts(findings, text)


def test_part_of_a_class_denied_an_approval_is_not_red(findings):
    text = "Most SSRIs are not approved by the FDA for anxiety."
    assert not [f for f in findings(text) if f.verdict.value == "contradicted"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, backed",
    [
        # the effect of taking the drug is not the effect on a baby who meets it through the mother
        ("Diazepam can cause sedation in newborn babies.", True),
        ("Alprazolam can cause withdrawal symptoms in babies after birth.", True),
        ("Lorazepam taken in late pregnancy can cause drowsiness in the newborn.", True),
        ("Valium passes into breast milk and can cause sleepiness in infants.", True),
        ("Valium can make babies sleepy.", False),  # not read: then backed by nothing
    ],
)
def test_an_effect_in_newborns_is_backed_only_by_a_pregnancy_or_lactation_row(findings, text, backed):
    rows = [f.fact for f in findings(text) if f.verdict.value == "supported"]
    assert {r.qualifier for r in rows} <= {"pregnancy", "breastfeeding"}, verdicts(findings, text)
    assert bool(rows) is backed, verdicts(findings, text)


def test_an_unread_first_list_member_is_not_read_through_the_next(findings):
    text = "Klonopin may result in birth defects and newborn withdrawal."
    assert "supported" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a row whose statement names the claim's country speaks for it ("in the EU and UK")
        ("In the UK, pregabalin is licensed for generalised anxiety disorder.", "supported"),
        ("In the UK, pregabalin is approved for generalised anxiety disorder.", "supported"),
        ("The FDA approved pregabalin for generalized anxiety disorder.", "contradicted"),
    ],
)
def test_an_authority_the_row_names_speaks_for_it(findings, text, verdict):
    assert verdict in [f.verdict.value for f in findings(text)], verdicts(findings, text)
    if verdict == "supported":
        assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # withdrawal names its own condition, stopping the drug: the rows on stopping it abruptly decide it
        ("Pregabalin does not cause withdrawal.", "contradicted"),
        ("Lyrica has no withdrawal syndrome.", "contradicted"),
        ("There are no withdrawal symptoms with gabapentin.", "contradicted"),
        ("No withdrawal syndrome has ever been described for pregabalin.", "contradicted"),
        ("Duloxetine can cause withdrawal symptoms.", "supported"),
        # a claim that names another way of stopping is not what those rows say
        ("Lyrica can cause withdrawal even if you taper it.", "unsupported"),
        ("Stopping gabapentin slowly does not cause withdrawal.", "unsupported"),
    ],
)
def test_withdrawal_claims_meet_the_rows_on_stopping_abruptly(findings, text, verdict):
    found = [f.verdict.value for f in findings(text)]
    assert worst(findings, text) == verdict, verdicts(findings, text)
    assert verdict in found, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, relations",
    [
        # "a CLASS with EFFECT": the class claim and the effect claim, each backed by its own row
        ("Hydroxyzine is an antihistamine with sedating effects.", {"is_a", "causes"}),
        ("Pregabalin is a medicine with sedative effects.", {"causes"}),
        # a compared or denied effect is not read as the drug causing it
        ("Sertraline is an SSRI with fewer side effects than the older tricyclics.", set()),
        ("Gabapentin is an anticonvulsant with no sedative effects.", set()),
    ],
)
def test_a_drug_said_to_be_a_class_with_an_effect_causes_it(findings, text, relations):
    backed = [f for f in findings(text) if f.verdict.value == "supported"]
    assert {f.fact.relation for f in backed} >= relations, verdicts(findings, text)
    if "causes" not in relations:
        assert not [f for f in backed if f.fact.relation == "causes"], verdicts(findings, text)
    assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, facts",
    [
        # the small model reads "Valium cause drowsiness" as one noun: the verb is given back
        ("Benzodiazepines such as Librium cause sleepiness.", {"sedation"}),
        ("Benzos like Ativan act on GABA-A receptors.", {"gaba_a_receptor"}),
        ("Benzodiazepines like Halcion work by boosting the effect of GABA.", {"gaba"}),
        ("Benzodiazepines such as Restoril and Klonopin cause drowsiness.", {"sedation"}),
    ],
)
def test_a_verb_after_a_class_and_its_examples_is_read(findings, text, facts):
    backed = [f for f in findings(text) if f.verdict.value == "supported"]
    assert facts <= {f.fact.object for f in backed}, verdicts(findings, text)
    assert {f.fact.object for f in backed} & {"benzodiazepine"}, verdicts(findings, text)  # the examples' class


@pytest.mark.parametrize(
    "text",
    [
        # a likeness to a class, with a member as its example, gives the drug neither
        "Ambien is a benzodiazepine-like drug (e.g., Valium) used for sleep.",
        "Lunesta is a benzodiazepine-like medicine (such as Ativan).",
        # names listed together are two drugs' names, not one drug given another's name
        "Two medicines often prescribed for anxiety are called Ativan and BuSpar.",
        "The two best-known drugs for panic are known as Klonopin and Xanax.",
    ],
)
def test_a_likened_class_or_a_list_of_names_is_not_red(findings, text):
    assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize("text", ["Valium is also known as lorazepam.", "Lunesta is a benzodiazepine like Xanax."])
def test_a_drug_given_another_name_or_class_stays_red(findings, text):
    assert "contradicted" in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, backed",
    [
        # a value the row states ("long") does not carry a figure the row holds only in part
        ("Fluoxetine has a remarkably long half-life of 4 to 16 days.", False),
        ("Clonazepam has a long half-life of 30 to 40 hours.", True),
    ],
)
def test_a_stated_value_does_not_back_a_figure_beyond_the_row(findings, text, backed):
    found = [f.verdict.value for f in findings(text)]
    assert ("supported" in found) is backed, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a verb of changing GABA's production is the GABA-amount myth, whichever verb
        ("Klonopin modifies the brain's natural GABA production.", "contradicted"),
        ("Ativan alters how much GABA the brain makes.", "contradicted"),
        # a hypnotic's hangover is its next-day impairment
        ("Ambien won't leave you with a hangover.", "contradicted"),
        ("Zolpidem can cause a hangover feeling the next morning.", "supported"),
        # next to none of an effect is not what a row saying the drug causes it states
        ("Hydroxyzine causes very little anticholinergic effects.", "unsupported"),
        ("Pregabalin causes few dizziness problems.", "unsupported"),
        ("Xanax can make you a little drowsy.", "supported"),
    ],
)
def test_changing_verbs_hangovers_and_scarcity(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # a second means the model hangs on the first means' object as a modifier is read again
        "Gabapentin works by blocking the release of glutamate and increasing GABA levels.",
        "Lyrica acts by lowering the release of glutamate and boosting GABA levels in the brain.",
    ],
)
def test_a_second_means_read_as_a_modifier_is_still_judged(findings, text):
    assert "contradicted" in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # the pace of a taper is not the drug's onset
        ("Tapering off Ativan gradually helps prevent withdrawal.", "supported"),
        # the benzodiazepine taper row speaks for benzodiazepines only
        ("Slowly tapering Zoloft may help prevent discontinuation symptoms.", "unsupported"),
    ],
)
def test_a_taper_is_judged_by_its_drug_class_and_not_as_an_onset(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Tapering Valium slowly helps avoid withdrawal.", "Tapering off Klonopin slowly helps prevent withdrawal."],
)
def test_a_slow_taper_is_never_read_as_a_slow_onset(findings, text):
    assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # "create" is a verb of producing, as "produce" is: the GABA-amount myth and its denial
        ("Klonopin doesn't create any GABA of its own.", "supported"),
        ("Ativan creates extra GABA in the brain.", "contradicted"),
        # a remainder as broad as "other mental health conditions" adds no member a row must state
        ("Valium is used for anxiety and various other psychiatric conditions.", "supported"),
    ],
)
def test_producing_and_broad_remainders(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # "people who have X" says which people: X is the use or the contraindication, not a claim apart
        "Doctors prescribe pregabalin to patients who have fibromyalgia.",
        "Gabapentin is often given to adults who have shingles pain.",
        "Lorazepam should not be given to people who have acute narrow-angle glaucoma.",
        "Hydroxyzine should not be taken by patients with a prolonged QT interval.",
    ],
)
def test_a_group_named_by_its_condition_carries_the_condition(findings, text):
    found = findings(text)
    assert [f.verdict.value for f in found] == ["supported"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # "as needed" says how a drug is taken: no fragment "needed for anxiety" backed by a use row
        ("Buspirone helps most when it is taken as needed for stress.", "unsupported"),
        # ... and taking it as needed is the claim's news, which no hydroxyzine row states (as_needed_unstated)
        ("Hydroxyzine may be taken as needed for itching.", "unsupported"),
        ("Hydroxyzine may be taken for itching.", "supported"),
        # fluid retention is oedema; difficulty walking is the ataxia of the labels
        ("Pregabalin can cause fluid retention.", "supported"),
        ("Gabapentin may cause trouble walking.", "supported"),
    ],
)
def test_as_needed_and_effect_words(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # a phrase left over from a clause asserts nothing agreeing entities could back
        "Klonopin is like a traffic light. With conditions like panic disorder.",
        "Ativan is a useful medicine. What this means for withdrawal and tapering.",
    ],
)
def test_a_leftover_phrase_is_not_backed_by_agreeing_entities(findings, text):
    backed = [f for f in findings(text) if f.verdict.value == "supported" and f.reason.value == "entity_match"]
    assert not backed, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a dose noun with its drug as a modifier is the drug's usual (or starting) dose
        ("The usual adult temazepam dose is 15 mg taken at bedtime.", "supported"),
        ("The standard temazepam dosage is 60 mg before bed.", "contradicted"),
        ("The initial sertraline dose for depression is 50 mg once a day.", "supported"),
    ],
)
def test_a_dose_named_around_its_drug(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # nerve signals and the activity of neurons are the excitability the GABA rows speak of
        ("GABA quiets overactive nerve signals in the brain.", "supported"),
        ("Lorazepam reduces the activity of nerve cells in the brain.", "supported"),
        ("Clonazepam boosts nerve signals in the brain.", "contradicted"),
    ],
)
def test_nerve_activity_and_working_through(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # a review of this wave's rules: true sentences none of them may mark red
        "The maximum daily lorazepam dose is 10 mg.",
        "The highest Prozac dose is 80 mg a day.",
        "Dependence can be avoided with buspirone.",
        "Addiction is rarely seen with SSRIs.",
        "SSRIs seldom cause addiction.",
        "Taking Xanax for a few days does not usually cause withdrawal.",
        "Most people who stop Prozac do not have withdrawal symptoms.",
        "Counterfeit Valium tablets often contain alprazolam.",
        "Clonazepam should not be stopped suddenly by people who have seizures.",
    ],
)
def test_true_sentences_near_this_waves_rules_are_not_red(findings, text):
    assert "contradicted" not in [f.verdict.value for f in findings(text)], verdicts(findings, text)


def test_a_relative_clause_naming_a_drug_keeps_its_own_claim(findings):
    text = "Clonazepam treats panic disorder in people who have not responded to SSRIs."
    backed = [f for f in findings(text) if f.verdict.value == "supported"]
    assert backed and all(f.claim.subjects[0].id == "clonazepam" for f in backed), verdicts(findings, text)


def test_a_sleep_use_for_people_named_by_their_condition_is_the_sleep_use(findings):
    text = "Halcion is prescribed to promote sleep in adults who have difficulty sleeping."
    assert [f.verdict.value for f in findings(text)] == ["supported"], verdicts(findings, text)


# Kind 1 and 2: a transmitter's receptors are not the transmitter. A row on serotonin reuptake does not
# back "blocks serotonin receptors"; a row that a drug does not act on the serotonin system decides a
# claim that it acts at serotonin receptors (`receptor_system`).


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs block serotonin receptors.",
        "Sertraline works by blocking 5-HT receptors in the brain.",
    ],
)
def test_a_reuptake_row_does_not_back_a_receptor_claim(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam acts at serotonin receptors.",
        "Xanax works on serotonergic receptors in the brain.",
    ],
)
def test_acting_at_a_transmitters_receptors_is_acting_on_its_system(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone binds to serotonin receptors.",
        "Buspirone is a partial agonist at serotonin receptors.",
        "Klonopin does not act on serotonin receptors.",
    ],
)
def test_a_row_on_a_receptor_subtype_backs_the_receptors_in_general(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 5, claims understood: a name glossed in parentheses inside a longer name, the drug an opening
# phrase names as the owner of a property, a name given "for sale under the trade name", a drug noun
# pointing to the drug its clause names, and "also known as" (a name, not the value "known").


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines work by binding to the gamma-aminobutyric acid (GABA) receptor in the brain.",
        "Lorazepam binds to gamma-aminobutyric acid (GABA) type A receptors.",
        "For clonazepam, the half-life runs from 30 up to 40 hours.",
        "In the case of Klonopin, the half-life varies from thirty to forty hours.",
        "Alprazolam has an average half-life of 11 hours and 12 minutes.",
        "Diazepam is available for sale under the trade name Valium.",
        "Lorazepam is an anxiolytic. This medicine is sold under the brand name Ativan.",
    ],
)
def test_wordings_of_rows_the_table_states_are_understood(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Lorazepam is available for sale under the trade name Xanax.", "contradicted"),
        ("For Xanax, the half-life is 3 to 4 days.", "contradicted"),
        ("Klonopin, also known as clonazepam, is a medicine.", "not_checkworthy"),
    ],
)
def test_the_same_wordings_still_judge_what_they_say(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Kind 3 and 5: advice framed as "it is advisable / best / important to ..." keeps the denial of the
# verb it advises (a split infinitive, "to not take", included) and, when it names a companion such
# as alcohol, is a warning to check, never hidden as an instruction.


@pytest.mark.parametrize(
    "text",
    [
        "It is advisable not to take Xanax with alcohol.",
        "It is advisable to not take Klonopin in conjunction with alcohol.",
        "It is best to not drink alcohol while taking Ativan.",
        "It is important to avoid alcohol while taking Valium.",
        "It is advisable to avoid alcohol while taking Restoril.",
        "It is advisable to avoid combining Klonopin with alcohol.",
    ],
)
def test_framed_advice_against_alcohol_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["It is advisable to take Xanax with alcohol.", "It is best to drink alcohol while taking Ativan."],
)
def test_framed_advice_to_combine_with_alcohol_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["It is important to use Ativan only with a prescriber's supervision.", "It is advisable to take Xanax with food."],
)
def test_framed_advice_naming_no_companion_stays_an_instruction(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Long-term benzodiazepine use can lead to tolerance.",
        "Long-term Valium use often leads to tolerance to its sedative effects.",
    ],
)
def test_long_term_use_with_the_drug_between_is_long_term_use(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Kind 5, not hidden / not flagged: a clause true of any medicine ("X can cause side effects") is a
# truism even inside a longer sentence, while the effects the sentence goes on to name are checked,
# and a denial or a grade of the side effects stays a claim.


def test_a_truism_clause_is_set_aside_and_its_effects_checked(findings):
    found = findings("Lunesta can cause side effects, which include headaches and a bitter taste.")
    assert [f.verdict.value for f in found].count("not_checkworthy") == 1, verdicts(findings, "x")
    assert sum(f.verdict.value == "supported" for f in found) == 2


@pytest.mark.parametrize("text", ["Buspirone does not have side effects.", "Xanax can cause serious side effects."])
def test_a_denied_or_graded_side_effect_claim_is_no_truism(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


# Kind 3, scope of "not X but Y": the denial governs X only; Y is affirmed (a class, a receptor),
# and a clause after "but" with a denial of its own keeps it.


@pytest.mark.parametrize(
    "text",
    [
        "Venlafaxine is not an SSRI but an SNRI.",
        "Cymbalta isn't an SSRI but rather an SNRI.",
        "Hydroxyzine is not a benzodiazepine but an antihistamine.",
        "Buspirone is not a GABA drug but a serotonin 5-HT1A partial agonist.",
        "Buspirone does not act on GABA but on 5-HT1A receptors.",
    ],
)
def test_the_member_after_but_is_affirmed(findings, text):
    found = findings(text)
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
    affirmed = [f for f in found if f.claim.polarity == "affirmed" and f.verdict.value == "supported"]
    assert affirmed, verdicts(findings, text)  # the member after "but" is said, and backed


@pytest.mark.parametrize(
    "text",
    ["Venlafaxine is not an SNRI but an SSRI.", "Buspirone calms anxiety, but it does not bind 5-HT1A receptors."],
)
def test_a_false_member_or_a_clause_with_its_own_denial_is_still_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# Kind 2, a row on another property: how long stopping takes, and when a drug may be taken, are not
# how fast it works; "not known to cause" is not the opposite of a row that denies it; "not as
# short-acting as" keeps its denial.


@pytest.mark.parametrize(
    "text",
    [
        "Tapering off a benzodiazepine often takes several months.",
        "Getting off Xanax slowly often takes 2 to 6 months.",
        "Coming off benzodiazepines can take months.",
        "You should never take an SSRI within 14 days of an MAOI.",
        "An SSRI should not be started within 14 days of stopping an MAOI.",
        "Do not start an MAOI within 5 weeks of stopping fluoxetine.",
        "Buspirone is not known to cause physical dependence.",
        "Clonazepam is not as short-acting as alprazolam.",
    ],
)
def test_true_sentences_a_row_on_another_property_does_not_refute(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("SSRIs take several weeks to work.", "supported"),
        ("Benzodiazepines take several weeks to relieve anxiety.", "contradicted"),
        ("Xanax is not known to cause dependence.", "unsupported"),
        ("Clonazepam is as short-acting as alprazolam.", "contradicted"),
    ],
)
def test_the_onset_and_unknown_rows_still_decide_their_own_claims(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_a_clause_after_but_keeps_its_own_reading(findings):
    text = "Buspirone barely interacts with alcohol, but its label still advises avoiding alcohol."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
    text = "Hydroxyzine does not cause dependence, but the label still advises avoiding alcohol."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("The most common benzodiazepines include lorazepam (Ativan) and diazepam (Valium).", "supported"),
        ("Some of the most popular SSRIs include sertraline and escitalopram.", "supported"),
        ("Ativan is the most widely prescribed benzodiazepine.", "unsupported"),
        ("The most addictive benzodiazepines include diazepam.", "unsupported"),
    ],
)
def test_members_listed_under_a_kind_named_by_its_use_are_not_ranked(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The usual starting dose of paroxetine is 10 mg once daily, increased to 20 mg after one week.",
        "Escitalopram is started at 10 mg/day; if the dose is raised to 20 mg/day, this should wait at least a week.",
        "If an opioid must be combined with a benzodiazepine, the doses of both should be limited.",
    ],
)
def test_titration_and_conditions_are_not_read_as_what_they_follow(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_wrong_starting_dose_and_a_plain_combination_advice_are_still_red(findings):
    assert worst(findings, "The starting dose of sertraline is 100 mg.") == "contradicted"
    assert worst(findings, "Klonopin and opioids can be safely combined.") == "contradicted"


# Kind 1, support from a row that does not state the claim: how often ("always", "in most
# patients"), a restriction ("only") and a dosage form are the claim's news, which the row must state.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepine overdose on its own is almost always fatal.",
        "Pregabalin causes euphoria in most patients.",
        "Zolpidem always causes sleepwalking.",
        "Only benzodiazepines can treat panic disorder.",
        "Benzodiazepines cause dependence only after years of use.",
        "Ativan tablets are approved for status epilepticus.",
        "Xanax XR is approved for generalized anxiety disorder.",
    ],
)
def test_a_frequency_restriction_or_form_the_row_lacks_is_not_backed(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tolerance to Xanax does not always mean addiction.",
        "Benzodiazepines should only be used for short periods.",
        "Drinking alcohol can not only worsen the side effects of Valium.",
        "Lorazepam injection is used for status epilepticus.",
        "Effexor XR is approved for generalized anxiety disorder.",
        "Xanax tablets are used to treat anxiety.",
    ],
)
def test_denied_frequencies_use_limits_and_matching_forms_stay_backed(findings, text):
    assert any(f.verdict.value == "supported" for f in findings(text)), verdicts(findings, text)


def test_a_link_from_an_amount_is_not_backed_by_the_row_on_the_effect(findings):
    found = findings("Xanax fills the brain with extra GABA, which is why it calms you down.")
    links = [f for f in found if any(r.aspect == "amount" for r in f.claim.subjects)]
    assert links and all(f.verdict.value != "supported" for f in links), [(f.claim.text, f.verdict) for f in found]


@pytest.mark.parametrize(
    "text", ["SSRIs block serotonin.", "SSRIs inhibit the breakdown of serotonin by monoamine oxidase."]
)
def test_a_bare_object_or_an_extra_enzyme_is_not_what_the_row_states(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs block the reuptake of serotonin.",
        "SSRIs keep serotonin in the synapse longer by blocking its reuptake.",
        "Klonopin's calming effect is not caused by a release of dopamine.",
        "Ketoconazole raises the blood levels of alprazolam.",
    ],
)
def test_the_row_s_own_aspect_still_backs_the_claim(findings, text):
    assert any(f.verdict.value == "supported" for f in findings(text)), verdicts(findings, text)


def test_a_usual_frequency_against_a_row_saying_rare_is_not_backed(findings):
    assert worst(findings, "An overdose of a benzodiazepine alone is usually fatal.") != "supported"
    assert worst(findings, "An overdose of a benzodiazepine alone is rarely fatal.") == "supported"


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("The AASM recommends zolpidem over CBT-I for chronic insomnia.", "unsupported"),
        ("The AASM recommends CBT-I for chronic insomnia.", "supported"),
        ("Benzodiazepines make chloride channels open more often rather than for longer.", "supported"),
    ],
)
def test_a_preference_between_treatments_must_be_the_row_s(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Klonopin can cause drowsiness and severe dizziness.", "Klonopin can cause severe dizziness"),
        ("Long-term use of Valium can lead to dependence and, eventually, to severe addiction.", "severe addiction"),
    ],
)
def test_a_graded_member_of_a_list_keeps_its_grade(findings, text, shown):
    found = findings(text)
    graded = [f for f in found if shown in f.claim.text]
    assert graded and all(f.verdict.value != "supported" for f in graded), verdicts(findings, text)
    assert any(f.verdict.value == "supported" for f in found), verdicts(findings, text)


# The label's study length read as a ceiling on use, unattributed: "up to 4 months", "not for more
# than 9 weeks" (the US labels set no limit); the studies themselves, and UK guidance's own limit, stay.


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam should not be taken for more than 4 months.",
        "Valium is used for the short-term (no more than 4 months) relief of anxiety.",
        "Klonopin should never be used for longer than 9 weeks.",
    ],
)
def test_the_label_s_study_length_as_a_ceiling_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The effectiveness of lorazepam beyond 4 months has not been assessed in studies.",
        "UK guidance says benzodiazepines should be used for no more than 4 weeks.",
        "Ativan is often used for up to 2 weeks.",
    ],
)
def test_the_studies_and_other_limits_are_not_that_misreading(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Kind 3, evidential frames: "little / limited / weak evidence that X" reports X as lacking evidence,
# as "no evidence that X" does; and a change said of one place in the body (platelets) is not refuted
# by a row on another (the synapse).


@pytest.mark.parametrize(
    "text",
    [
        "There is little evidence that GABA supplements ease anxiety.",
        "Oral GABA barely reaches the brain, and evidence that it calms anxiety is limited.",
        "There is only weak evidence that 5-HTP is safe to combine with an SSRI.",
        "SSRIs lower the amount of serotonin stored in platelets.",
        "Sertraline reduces platelet serotonin, which is why bleeding risk rises.",
    ],
)
def test_scarce_evidence_and_another_place_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_myth_itself_and_a_myth_in_the_brain_are_still_red(findings):
    assert worst(findings, "GABA supplements ease anxiety.") == "contradicted"
    assert worst(findings, "Benzodiazepines lower serotonin in the brain.") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Venlafaxine is neither an SSRI nor a benzodiazepine but an SNRI.",
        "Lunesta is not approved for anxiety but for insomnia.",
        "Sertraline is not a tricyclic antidepressant.",
        "Hydroxyzine is not a second-generation antihistamine.",
        "It is advisable to avoid opioids while taking Klonopin.",
    ],
)
def test_review_s_true_sentences_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The usual starting dose of Xanax is 2 mg, increased to 4 mg as needed.",
        "Zoloft is started at 100 mg, then increased to 200 mg.",
        "Sertraline is not an antidepressant.",
    ],
)
def test_review_s_false_sentences_stay_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Lorazepam is the preferred drug for status epilepticus.", "supported"),
        ("Stopping Xanax suddenly can cause side effects.", "unsupported"),
        ("Patients who took Xanax in the ER were drowsy.", "supported"),
    ],
)
def test_the_new_caveats_do_not_reach_too_far(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Taking gabapentin with opioids can cause serious breathing problems",
        "Mixing alcohol with Xanax can be dangerous",
    ],
)
def test_a_line_without_a_full_stop_led_by_a_gerund_clause_is_a_claim(findings, text):
    assert worst(findings, text) != "not_checkworthy", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Taking Xanax: what to know", "Getting Help For Xanax Addiction"])
def test_gerund_titles_stay_headings(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


# A tenth round (fresh pages and a hunt with sentences of our own): claims half-read or hidden, and
# the wrong marks the hunt found. Each group has the false neighbour or the look-alike beside it.


@pytest.mark.parametrize(
    "text, expected",
    [
        # the drug taken "while" another is part of the gerund subject
        ("Drinking alcohol while taking Ativan can slow down your breathing.", "supported"),
        ("Drinking alcohol while taking Ativan is perfectly safe.", "contradicted"),
        ("Combining a benzodiazepine with alcohol can be fatal.", "supported"),
        ("Misusing benzodiazepines can lead to death.", "supported"),
        # a figure denied beside a list of strengths is set against it
        ("Ativan tablets are made in 0.5, 1 and 2 mg, not 5 mg.", "supported"),
        ("Valium tablets come in 2, 5 and 10 mg, not 20 mg.", "supported"),
        ("Ativan tablets are made in 0.5, 1 and 5 mg.", "contradicted"),
        ("Klonopin is sold as immediate-release tablets of 0.5, 1 and 2 mg.", "supported"),
        ("Every Valium tablet contains 2 mg, 5 mg or 10 mg of diazepam.", "supported"),
        ("Every Valium tablet contains 25 mg of diazepam.", "contradicted"),
    ],
)
def test_companions_and_strength_lists(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan is not intended for long-term use in anxiety.", "supported"),
        ("Ativan is not intended for long-term use.", "unsupported"),  # the advice is for anxiety
        ("Valium isn't meant for long-term use for anxiety.", "supported"),
        ("Klonopin is not designed for long-term treatment of anxiety.", "supported"),
        ("Ativan is intended for long-term use in anxiety.", "contradicted"),
        (
            "Ativan is for short-term relief of anxiety, and it should not be taken long-term for anxiety.",
            "supported",  # the indication row says short-term relief of anxiety (`graded_entity_match`)
        ),
        ("Xanax is approved for the long-term treatment of panic disorder.", "unsupported"),
        ("Ativan can be taken indefinitely for anxiety.", "unsupported"),
        ("Buspirone can be taken as needed when anxiety strikes.", "unsupported"),
        ("Buspirone usually takes two to four weeks to work.", "supported"),
        ("Buspirone reaches its full effect within a single week.", "unsupported"),
        ("Buspirone works immediately.", "contradicted"),
        ("The manufacturer limits Valium to four weeks.", "contradicted"),
    ],
)
def test_how_long_and_how_a_drug_is_taken(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone can start to help within a few days.",  # outside the usual weeks, not refuted by them
        "The Xanax label does not say that alprazolam is meant for long-term use.",
        "No one at the FDA claims that Valium is meant for long-term use.",
        "Benzodiazepines are not often prescribed for insomnia.",
        "Hypnotic benzodiazepines are not usually the first choice for insomnia.",
        "Ativan tablets come in 0.5 mg, 1 mg and 2 mg, not in a 5 mg strength.",
        "Its generic name is diazepam, not lorazepam: Valium is a brand name.",
        # the whole-change review: long-term use outside anxiety, a taper beside the advice, listed denials
        "Clonazepam is meant for long-term use in some seizure disorders.",
        "Valium is not meant for long-term use, and a taper is needed when stopping it.",
        "Buspirone is cheap, effective and non-addictive.",
        "Buspirone is effective and only rarely habit-forming.",
        "Klonopin is sometimes mixed up with Ativan, and the generic name is lorazepam.",
        "Buspirone is started at 7.5 mg twice a day, but never more than 60 mg a day.",
        # a limit denied is the myth's correction, not the myth
        "The Valium label does not limit treatment to four weeks.",
        "The Klonopin label sets no two-week limit.",
    ],
)
def test_hunted_true_sentences_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Buspirone has a low risk of addiction.", "supported"),
        ("The active metabolite of lorazepam has a half-life of about 14 hours.", "unsupported"),
        ("Valium acts like GABA in the brain.", "unsupported"),
        ("Ativan mimics GABA.", "unsupported"),
        ("Xanax is approved to treat panic disorder (panic attacks).", "supported"),
        ("Ativan injection is used for status epilepticus (seizures).", "supported"),
        ("The FDA hasn't approved the use of pregabalin to treat anxiety.", "supported"),
        ("Both tolerance and dependence may arise with regular use of Valium.", "supported"),
        ("Stopping a benzodiazepine suddenly can be dangerous, even life-threatening.", "supported"),
        ("Benzodiazepine withdrawal is unpleasant but never dangerous.", "unsupported"),
        ("Ativan is a brand-name medicine, and the generic name is lorazepam.", "supported"),
        ("Ativan is a brand-name medicine, and the generic name is diazepam.", "contradicted"),
    ],
)
def test_frames_read_whole(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Grapefruit juice slows the breakdown of buspirone.",
        "Antacids delay the absorption of diazepam.",
        "Restoril is prescribed for 7 to 10 days, depending on how long the sleeplessness lasts.",
        "Below we'll look at how long Xanax lasts: about 11 hours on average.",  # a figure after the colon
        "In this article, we'll explain why Ativan is habit-forming.",
        "We found that Xanax works faster than buspirone.",  # a finding, no pointer
    ],
)
def test_a_claim_about_a_named_drug_is_not_hidden(findings, text):
    assert worst(findings, text) not in ("not_checkworthy", "none"), verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "This article compares Klonopin and Valium.",
        "In this post, we explore how gabapentin is used.",
        "Below, we'll look at the side effects of Ativan.",
        "Below are the most common questions about Valium.",
        "The table below lists the strengths of Ativan.",
        "We have listed the interactions of Valium below.",
        "Table 3: Half-lives of common benzodiazepines.",
        "Photo of a pharmacist holding a bottle of pills.",
        "A full list of benzodiazepines can be found in the table below.",
        "Below we will talk about how long Klonopin stays in your system.",  # a question, nothing said
        "Next, we'll compare two anxiety medicines: buspirone versus Ativan.",
        "We'll also discuss the possible side effects of Lunesta.",  # no "below": still a pointer
        "The important thing is to keep talking with your care team about your anxiety.",
    ],
)
def test_page_furniture_is_not_checked(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


# An eleventh round (fresh pages): members named with "including", the pace of stopping a drug, and
# page furniture; a call to action that goes on to say why is a claim.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Benzodiazepines, including Valium and Ambien, are Schedule IV drugs.", "contradicted"),
        ("Controlled sedatives are benzodiazepines including Klonopin and Lunesta.", "contradicted"),
        ("Benzodiazepines, including Ativan and Valium, are Schedule IV drugs.", "supported"),
        ("Common side effects of benzodiazepines, including Valium, include drowsiness.", "supported"),
    ],
)
def test_members_named_with_including_are_members(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft can cause discontinuation symptoms if it is stopped too quickly.",
        "Withdrawal may follow when a patient is taken off Paxil too fast.",
        "If the dose of Lexapro is cut too quickly, dizziness and irritability can follow.",
        "Rebound insomnia can occur when someone comes off Restoril too rapidly.",
        # a garbled clause of its own ("it" for "if"): still the pace of coming off the drug
        "Lexapro is an SSRI. Users feel rebound anxiety it taken off the drug too rapidly.",
        "Many patients stop Lexapro too quickly.",
    ],
)
def test_the_pace_of_stopping_is_no_onset(findings, text):
    assert worst(findings, text) not in ("contradicted", "not_checkworthy"), verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sertraline works quickly, within a day.", "contradicted"),
    ],
)
def test_a_speed_of_working_is_still_read(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "For details, see the “Dosage” section below.",
        "These lists do not include all possible side effects.",
        "For more information on the side effects of Lexapro, talk with your pharmacist.",
        "Take the first step toward recovery by contacting us today.",
        "Next, we’ll guide you through treatment for Ativan misuse.",
        "We’ll have separate articles about how Xanax works.",
        "This comparison chart shows how Xanax and Valium differ:",
        "Enrollment can be done online at https://www.example.org or by phone at 1-800-555-0100.",
    ],
)
def test_more_page_furniture_is_not_checked(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


def test_a_call_to_action_that_says_why_is_checked(findings):
    text = "Talk to your doctor before stopping Klonopin, because stopping it suddenly can cause seizures."
    found = verdicts(findings, text)
    assert any(verdict == "supported" and "seizures" in claim for claim, verdict, _ in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lunesta is less habit-forming than other benzodiazepines.", "contradicted"),
        ("Ambien is not as addictive as other benzodiazepines.", "contradicted"),
        ("Buspirone is less addictive than Xanax and other benzodiazepines.", "unsupported"),
        ("Valium is more sedating than other benzodiazepines.", "unsupported"),
    ],
)
def test_other_members_of_a_class_say_the_drug_is_one(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Restoril, which is the brand name for temazepam, is a benzodiazepine.", "supported"),
        ("Restoril, which is the brand name for triazolam, is a benzodiazepine.", "contradicted"),
        ("Cymbalta contains the drug duloxetine.", "supported"),
        ("Paxil contains the active ingredient sertraline.", "contradicted"),
        ("Hydroxyzine goes by the brand name of Vistaril.", "supported"),
        ("Clonazepam goes by the generic name of Klonopin.", "contradicted"),
    ],
)
def test_names_given_in_a_relative_clause_or_by_contains(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam is prescribed in managing anxiety disorders, for short-term relief of anxiety, "
        "or for anxiety associated with depressive symptoms.",
        "Xanax is approved for anxiety associated with depression.",
        "Ativan is used for the brief relief of anxiety associated with depression.",
    ],
)
def test_a_list_after_the_verb_and_a_condition_named_by_another(findings, text):
    found = verdicts(findings, text)
    assert found and all(verdict == "supported" for _, verdict, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a class said to be what a drug is used as is no referent of "the drug" that follows
        "Beyond anxiety, people use Ativan as a sedative, for example before an operation. The drug can also be "
        "taken as an injection.",
        "Valium may also be taken as a rectal gel.",
        "Hydroxyzine is taken as a capsule or a syrup.",
    ],
)
def test_roles_are_no_referents_and_forms_taken_as(findings, text):
    found = verdicts(findings, text)
    assert found[-1][1] == "supported", found


def test_a_mechanism_said_to_be_mysterious_is_unknown(findings):
    text = "The complete mechanism of buspirone is still mysterious."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Restoril is an extremely safe sleeping pill but, as with any drug, it has side effects.", "unsupported"),
        ("Like all medicines, Restoril can cause side effects.", "not_checkworthy"),
        ("It is worth noting that, as with any drug, Lyrica may cause side effects.", "not_checkworthy"),
    ],
)
def test_a_truism_after_a_claim_leaves_the_claim(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin has FDA approval for the short-term treatment of seizures.", "unsupported"),
        ("Ativan is approved for the short-term relief of anxiety symptoms.", "supported"),
        ("Restoril is approved for the short-term treatment of insomnia.", "supported"),
        # a use (no approval) of a class the guidance row advises to use short-term
        ("Benzodiazepines are mostly used for short-term treatment of sleeplessness.", "supported"),
        ("Zoloft is used in short-term anxiety treatment.", "unsupported"),
    ],
)
def test_a_time_limit_on_a_use_needs_a_row_that_says_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan's maximum duration of use is 4 months.", "contradicted"),
        ("The maximum time Ativan can be prescribed for is 4 months.", "contradicted"),
        ("The Ativan label says its effectiveness beyond 4 months has not been studied.", "supported"),
        ("Clinical studies of Ativan lasted a maximum of 4 months.", "unsupported"),
    ],
)
def test_a_ceiling_noun_makes_the_study_length_a_limit(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An overdose of Xanax taken alone is usually fatal.", "unsupported"),
        ("Mixing Valium and alcohol is typically deadly.", "unsupported"),
        ("A Xanax overdose can be fatal.", "supported"),
        ("Xanax often causes drowsiness.", "supported"),
    ],
)
def test_how_often_a_grave_outcome_happens_needs_a_row(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# The review of the eleventh round's change (sentences of our own, both versions side by side).


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines and z-drugs, including Ambien and Lunesta, can cause dependence.",
        "Medications other than benzodiazepines, including buspirone and hydroxyzine, can ease anxiety.",
        "Alternatives to benzodiazepines, including buspirone, are not habit-forming.",
        "Ambien should not be combined with other sedatives, including benzodiazepines.",
        "Ambien, like other non-benzodiazepine hypnotics, is not a benzodiazepine.",
        "Buspirone is less sedating than other benzodiazepine alternatives such as hydroxyzine.",
        "Ambien is often grouped with other benzodiazepines, but it is a different chemical class.",
        "Buspirone is often compared with benzodiazepines, including Xanax, but it does not cause dependence.",
        "Zoloft takes the edge off worry over several weeks.",
        "Antidepressants like Zoloft can raise the risk of suicidal thoughts in young people, so call a crisis "
        "line at 1-800-555-0199 if you are worried.",
        "Talk with your doctor before taking Xanax, which can slow your breathing.",
    ],
)
def test_review_s_true_sentences_are_not_red_or_hidden(findings, text):
    assert worst(findings, text) not in ("contradicted", "not_checkworthy"), verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xanax is prescribed in managing anxiety disorders, the treatment of schizophrenia.", "contradicted"),
        (
            "Lexapro is used for the treatment of depression, the management of generalized anxiety disorder.",
            "supported",
        ),
        ("Paxil takes the edge off panic attacks within hours.", "contradicted"),
        ("Counterfeit Valium tablets sold online may contain the drug alprazolam.", "unsupported"),
        ("Some fake Xanax bars contain the drug fentanyl.", "unsupported"),
        ("Men are more susceptible to next-day impairment from Ambien than women.", "unsupported"),
    ],
)
def test_review_s_verdicts(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Buspirone lowers anxiety right away.", "contradicted"),
        ("Sertraline reduces anxiety quickly.", "contradicted"),
        ("Paxil cuts anxiety right away.", "contradicted"),
        ("Ativan reduces anxiety quickly.", "supported"),
        ("Mixing Xanax with opioids can slow breathing.", "supported"),
    ],
)
def test_relief_said_fast_is_judged_by_the_onset_rows(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The best-selling non-benzodiazepine sleeping pill is Ambien.", "unsupported"),
        ("A widely used non-benzodiazepine anxiolytic is buspirone.", "supported"),
        ("Xanax is a non-benzodiazepine sedative.", "contradicted"),
    ],
)
def test_a_class_denied_by_non_is_no_subject(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# The second review of the change (sentences of our own).


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft can cut the number of panic attacks, but not right away.",
        "SSRIs reduce anxiety, though not quickly.",
        "Celexa may reduce anxiety, but rarely right away.",
        "Doctors may add Xanax to Zoloft because it reduces anxiety quickly.",
        "Sleep aids that are not benzodiazepines, including Ambien and Lunesta, can still cause dependence.",
        "Newer drugs that replaced benzodiazepines, including Ambien, are popular.",
    ],
)
def test_second_review_s_true_sentences_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Talk with your pharmacist before taking hydroxyzine with other drugs that cause drowsiness.",
        "Call 1-800-555-0142 if someone overdoses on benzodiazepines, which can cause dangerously slow breathing.",
        "Visit www.example.org to learn why mixing Xanax and alcohol can stop your breathing.",
        "We can help you understand why Ambien is not a benzodiazepine.",
    ],
)
def test_second_review_s_claims_are_not_hidden(findings, text):
    found = verdicts(findings, text)
    assert any(verdict == "supported" for _, verdict, _ in found), found


def test_no_overdose_is_usually_fatal_by_a_row(findings):
    text = "Paxil overdoses are usually fatal."
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Valium remains in your system for only 10 hours.", "contradicted"),
        ("How long does Klonopin stay in your system?", "not_checkworthy"),
    ],
)
def test_remaining_in_the_body_is_the_clearance_the_half_life_decides(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Valium belongs to benzodiazepine class of medicines.", "supported"),
        ("Lunesta belongs to benzodiazepine class.", "contradicted"),
    ],
)
def test_a_misparsed_belong_to(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some guides mention gabapentin's FDA approval for anxiety.", "contradicted"),
        ("Lyrica has no FDA approval for anxiety.", "supported"),
    ],
)
def test_an_approval_for_a_use_named_by_a_noun(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_combining_the_two_points_back_to_both_substances(findings):
    text = "Ativan and alcohol both slow the brain. Combining the two increases the risk of drowsiness."
    found = verdicts(findings, text)
    assert any(claim.startswith("[Ativan and alcohol]") for claim, _, _ in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan is indicated for short-term use only.", "unsupported"),
        ("Benzodiazepines should only be used short-term.", "supported"),
        ("The FDA limits benzodiazepine prescriptions to four weeks.", "contradicted"),
    ],
)
def test_guideline_advice_is_no_approval(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a superlative drug noun is no reference to the drug just named
        (
            "Overall, the most prescribed benzodiazepine is Xanax, and the most prescribed nonbenzodiazepine "
            "sleep medication is Ambien.",
            "unsupported",
        ),
        ("Next, we'll guide you on how to stop using Ativan safely.", "not_checkworthy"),
    ],
)
def test_superlative_drug_nouns_and_how_to_guides(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambien is a sedative-hypnotic, not a benzodiazepine.",
        "Many people ask about Ambien, which is a sedative-hypnotic, not a benzodiazepine.",
    ],
)
def test_a_denied_class_after_a_hyphenated_class_is_denied(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the first class read as a modifier of the denied one: the denial is a claim of its own
        ("Xanax is an anxiolytic, not a benzodiazepine.", "contradicted"),
        ("Ativan is a sedative-hypnotic, not a benzodiazepine.", "contradicted"),
        ("Buspirone is an anxiolytic, not a benzodiazepine.", "supported"),
    ],
)
def test_a_class_then_a_denied_class_are_two_claims(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


# A thirteenth round (fresh pages): one "it" after two drugs named together, and an exception to a denial.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Zoloft and Ativan are alike, since Ativan also treats anxiety. It is a benzodiazepine.", "unsupported"),
        ("Xanax and Lexapro are both prescribed for anxiety. It is a benzodiazepine.", "unsupported"),  # no guess
        ("Clonazepam, a benzodiazepine sold as Klonopin, treats seizures. It is a Schedule IV drug.", "supported"),
        ("Buspirone and Ativan are anxiety medicines. It is not a controlled substance.", "unsupported"),
        ("Klonopin and Xanax were my options. It lasts longer, so I went with Klonopin.", "unsupported"),
        ("Mixing alcohol and Xanax is dangerous. It can slow your breathing.", "supported"),  # the mix
    ],
)
def test_one_it_after_two_drugs_named_together_is_neither(findings, text, verdict):
    last = [f for f in findings(text) if f.claim.text.startswith("It") or "] It" in f.claim.text]
    assert [f.verdict.value for f in last] == [verdict], verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Benzodiazepines should not be prescribed in pregnancy, except briefly for severe anxiety.", "unsupported"),
        ("Benzodiazepines should not be used except for the short-term treatment of anxiety.", "unsupported"),
        ("Benzodiazepines should not be used for short-term treatment of anxiety.", "contradicted"),  # no exception
    ],
)
def test_what_a_denial_excepts_is_not_denied(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Xanax treats panic disorder in children.", "unsupported"),  # a use in adults is not one in children
        ("Ativan is a good treatment for seniors who cannot sleep.", "unsupported"),
        ("Klonopin is used to treat seizure disorders in children.", "supported"),  # the label's pediatric dosing
        ("Xanax treats panic disorder in adults.", "supported"),
        ("Xanax can cause drowsiness in older adults.", "supported"),  # a risk carries over
        ("Sertraline is used to treat depression in older adults.", "supported"),  # nothing advises against it
        ("Prozac is approved to treat depression in children 8 and older.", "supported"),  # the label says so
    ],
)
def test_a_use_narrowed_to_an_age_group_needs_a_row_for_that_group(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Valium acts on GABA receptors throughout the brain, which in turn releases GABA.", "contradicted"),
        ("Xanax binds to receptors in the brain, which in turn releases more GABA.", "contradicted"),
        ("Xanax binds to receptors on nerve cells, which release GABA.", "unsupported"),  # the cells do: no red
        ("SSRIs block the reuptake of serotonin, which in turn raises serotonin in the synapse.", "supported"),
    ],
)
def test_a_relative_said_to_follow_in_turn_is_the_clause_s_result(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines are much weaker than Xanax.",
        "Benzodiazepines such as Valium are far milder than Xanax.",
    ],
)
def test_a_comparison_is_not_read_as_a_class_statement_turned_round(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


def test_the_drug_named_after_its_noun_is_the_subject_not_the_drug_named_before(findings):
    text = "Overview of Neurontin and Ativan\n\nThe drug Gabapentin is an anticonvulsant used for nerve pain."
    said = verdicts(findings, text)
    assert all("Ativan]" not in claim for claim, _, _ in said), said
    assert worst(findings, text) == "supported", said


# Lines under a heading that names drugs and nothing else are that heading's predicates: "Benzodiazepines"
# then "Induce sleep by slowing the brain" says the class induces sleep; they are not hidden as headings.


def test_predicate_lines_under_a_class_heading_are_claims_of_the_class(findings):
    text = (
        "Benzodiazepines\n\nCan cause drowsiness and slowed reactions\n\nAre used to treat panic disorder\n\n"
        "Act on GABA-A receptors in the brain\n"
    )
    said = verdicts(findings, text)
    assert [v for _, v, _ in said][1:] == ["supported", "supported", "supported"], said


def test_a_false_predicate_line_under_a_drug_heading_is_red(findings):
    text = "Ambien and Lunesta\n\nBelong to the benzodiazepine class of drugs\n"
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax\n\nTake it with food\n\nAvoid alcohol while taking it\n",  # instructions to the reader
        "How Valium works\n\nInclude the details in your notes\n",  # the heading names more than the drug
    ],
)
def test_instructions_and_lines_under_other_headings_are_not_predicates(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


def test_a_government_sponsored_study_is_no_advertisement(findings):
    text = "In a government-sponsored analysis, benzodiazepines helped patients fall asleep faster than placebo."
    assert worst(findings, text) != "not_checkworthy", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("If you are struggling with Xanax addiction, reach out to our caring team today.", "not_checkworthy"),
        ("If you have ever been severely depressed, talk with your doctor before taking Ativan.", "not_checkworthy"),
        ("If you take Xanax with opioids, it can slow your breathing.", "supported"),  # a claim, no instruction
    ],
)
def test_an_instruction_after_a_clause_of_condition_is_still_an_instruction(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Clorazepate capsules are made in 3.75 mg, 7.5 mg and 15 mg strengths.",
            "unsupported",
        ),  # the row's are tablets
        ("Clorazepate tablets are made in 3.75 mg, 7.5 mg and 15 mg strengths.", "supported"),
        ("Temazepam capsules come in 7.5 mg and 15 mg.", "supported"),
        ("Klonopin would be best for panic attacks.", "unsupported"),  # no row ranks it best
        ("Ativan works best for short bursts of anxiety.", "unsupported"),
    ],
)
def test_a_form_or_a_ranking_the_row_does_not_state_is_not_backed(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Doctors prescribe Zoloft, Lexapro and Xanax, which is a benzodiazepine.", "supported"),  # Xanax only
        ("Doctors prescribe Xanax, Valium and Ativan, which are benzodiazepines.", "supported"),
        ("Doctors prescribe Zoloft, Lexapro and Xanax, which are benzodiazepines.", "contradicted"),  # all three
        ("Xanax acts on GABA receptors in your brain which in turn releases GABA.", "contradicted"),  # no comma
    ],
)
def test_a_relative_after_a_list_is_said_of_the_members_its_verb_agrees_with(findings, text, verdict):
    relative = [f.verdict.value for f in findings(text) if "which" in f.claim.text]
    assert relative == [verdict], verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzos act by binding one particular brain receptor, the GABA-A receptor.",
        "Benzodiazepines work by enhancing the effect of GABA.",
    ],
)
def test_a_class_name_opening_a_sentence_is_read_as_its_subject(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors give clorazepate as an adjunct in the management of partial seizures.",
        "Tranxene is an adjunct for partial seizures.",
    ],
)
def test_a_use_named_by_management_or_adjunct_is_a_use(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_drug_said_to_contain_a_neurotransmitter_is_not_backed_by_what_it_does_to_it(findings):
    assert worst(findings, "Klonopin contains GABA.") != "supported", verdicts(findings, "Klonopin contains GABA.")


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is used to treat anxiety disorders, anxiety associated with depression, and panic disorder.",
        "Today, Xanax is widely used to treat anxiety disorders, anxiety due to depression, and panic disorder.",
    ],
)
def test_a_list_member_with_a_phrase_of_its_own_is_still_a_member(findings, text):
    said = [f.verdict.value for f in findings(text)]
    assert len(said) >= 2 and set(said) == {"supported"}, verdicts(findings, text)  # panic disorder: treated


def test_an_instruction_under_a_class_heading_does_not_end_its_section(findings):
    text = "Benzos\n\nObtain them from a pharmacy\n\nCan cause dependence within weeks\n\nDo not cause withdrawal\n"
    said = verdicts(findings, text)
    assert [v for _, v, _ in said] == ["not_checkworthy", "not_checkworthy", "supported", "contradicted"], said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Below we'll talk about how long Ativan stays in your body: it is gone in about an hour.", "unsupported"),
        ("Doctors often prescribe Zoloft, Lexapro, Prozac and Xanax, which is a benzodiazepine.", "unsupported"),
        ("Valium injection contains benzyl alcohol as a preservative.", "unsupported"),  # no drinking alcohol
    ],
)
def test_the_thirteenth_round_review_s_cases(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Ativan is a generic name for a medicine called lorazepam.", "contradicted"),  # Ativan is the brand
        ("Lorazepam is a brand name for a medicine called Ativan.", "contradicted"),
        ("Ativan is a brand name for a medicine called lorazepam.", "supported"),
        ("Lorazepam is a generic name for a medicine called Ativan.", "supported"),
    ],
)
def test_the_kind_of_name_a_copula_gives_its_subject(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_the_maximum_dosage_is_the_maximum_dose(findings):
    assert worst(findings, "The maximum dosage of Klonopin is 20 mg per day.") == "supported"
    assert worst(findings, "The maximum dosage of Klonopin is 40 mg per day.") == "contradicted"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Klonopin treats panic disorder. The dose should not exceed 4 mg a day.", "supported"),
        ("Halcion treats insomnia. The dose should never go above 0.5 mg.", "supported"),
        ("The dose of Halcion should never exceed 2 mg.", "contradicted"),  # its maximum is 0.5 mg
        ("Treatment with Xanax should not exceed 4 weeks.", "unsupported"),  # a course, no dose
    ],
)
def test_a_dose_that_should_not_be_exceeded_is_a_maximum(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_a_participle_that_times_a_property_causes_nothing(findings):
    text = "Valium has a quick onset, occurring in under an hour."
    said = verdicts(findings, text)
    assert all(v != "contradicted" for _, v, _ in said), said
    claim = findings(text)[0].claim
    assert claim.subjects[0].id == "diazepam" and "onset" in {r.id for r in claim.objects}, claim


def test_a_dose_of_a_drug_that_is_given_is_its_usual_dose(findings):
    assert worst(findings, "A 2 mg dose of Ativan is given at bedtime.") == "supported"
    claim = findings("A 0.5 mg dose of Xanax is taken at night.")[0].claim
    assert [r.id for r in claim.subjects] == ["alprazolam"] and [r.id for r in claim.objects] == ["recommended_dose"]


@pytest.mark.parametrize(
    "text",
    [
        "Halcion should not exceed 0.25 mg in older adults.",  # a ceiling for a group, not the maximum
        "Klonopin should not exceed 4 mg a day during pregnancy.",
        "When taken with opioids, Xanax should not exceed 1 mg a day.",
        "Xanax doses should not exceed 4 mg a day for anxiety and rarely exceed 10 mg a day for panic disorder.",
        "The dose of Lunesta should not exceed 3 mg; in elderly patients, it should not exceed 2 mg.",
    ],
)
def test_a_dose_ceiling_said_for_a_group_or_beside_another_is_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax\n\nIs Xanax safe with alcohol\n",  # a question without its mark
        "Benzodiazepines\n\nIs it safe to stop them suddenly\n",
    ],
)
def test_a_question_heading_without_its_mark_is_no_claim(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("You'll learn Xanax is habit-forming.", "supported"),  # "learn" states what follows
        ("We'll also discuss Valium, which is a long-acting benzodiazepine.", "supported"),
        ("The most important thing is to taper slowly: stopping Xanax abruptly can cause seizures.", "supported"),
    ],
)
def test_a_pointer_or_advice_that_goes_on_to_state_a_fact_is_not_hidden(findings, text, verdict):
    said = [f.verdict.value for f in findings(text)]
    assert verdict in said and "contradicted" not in said, verdicts(findings, text)


def test_a_predicate_line_may_open_with_an_adverb(findings):
    text = "Benzodiazepines\n\nNever cause dependence\n\nUsually cause drowsiness\n\nNever take them with alcohol\n"
    said = verdicts(findings, text)
    assert [v for _, v, _ in said] == ["not_checkworthy", "contradicted", "supported", "not_checkworthy"], said


# Strengths belong to a form: a brand or modifier of one form is judged by that form's row alone.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax XR tablets are sold in a 0.25 mg strength.",
        "Ambien CR is made in 5 mg and 10 mg tablets.",
        "Neurontin capsules are available in 600 mg and 800 mg.",
        "Lyrica CR is sold in 75 mg tablets.",
        "Effexor XR capsules come in 225 mg.",
        "Lorazepam XR comes in 0.5 mg capsules.",
    ],
)
def test_a_strength_of_another_form_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax XR is made in 0.5 mg, 1 mg, 2 mg and 3 mg tablets.",
        "Ambien CR is available in 6.25 mg and 12.5 mg strengths.",
        "Gabapentin capsules are sold in 100 mg, 300 mg and 400 mg.",
        "Lyrica CR tablets are made in 165 mg.",
        "Loreev XR capsules are available in 1.5 mg.",
        "Venlafaxine extended-release tablets come in 225 mg.",
    ],
)
def test_a_strength_of_the_form_named_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax and Xanax XR are made in strengths from 0.25 mg to 3 mg.",  # the bare name covers every form
        "Xanax tablets are sold in 0.25 mg, while Xanax XR is sold in 3 mg.",
        "Alprazolam is sold as tablets and as extended-release tablets, from 0.25 mg to 3 mg.",
        "Gabapentin is made in 300 mg capsules and 600 mg tablets.",
    ],
)
def test_a_clause_about_several_forms_is_judged_by_all_of_them(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# A myth about how a drug works is not what a reported association says.


@pytest.mark.parametrize(
    "text",
    [
        "In one trial, gabapentin use was associated with a rise in brain GABA.",
        "Taking gabapentin has been linked to higher GABA levels in brain scans.",
        "Pregabalin treatment was correlated with an increase in GABA concentration.",
    ],
)
def test_a_reported_association_is_not_the_mechanism_myth(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gabapentin works by raising the amount of GABA in the brain.",
        "Pregabalin works by boosting GABA levels, which is linked to its calming effect.",
        "Xanax is linked to a rush of dopamine, which is what makes people drowsy.",
    ],
)
def test_the_mechanism_myth_stays_red_beside_an_association(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# A drug's class in the group of CNS actions: a depressant is no stimulant.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is a central nervous system stimulant.",
        "Valium is classed as a stimulant drug.",
        "Klonopin is a CNS stimulant.",
    ],
)
def test_a_depressant_called_a_stimulant_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is a depressant, not a stimulant.",
        "Caffeine is a stimulant.",
        "As a Schedule IV drug, Valium is less addictive than Schedule II drugs such as stimulants and opioids.",
    ],
)
def test_a_stimulant_named_beside_a_depressant_is_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A wrong name in a list of other names is said of the drug beside it.


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ativan, also known as lorazepam or Klonopin, treats anxiety.", "Klonopin"),
        ("Valium (also called diazepam or Xanax) relaxes muscles.", "Xanax"),
    ],
)
def test_a_wrong_name_in_a_list_of_names_is_red_where_it_stands(findings, text, wrong):
    said = verdicts(findings, text)
    reds = [t for t, v, _ in said if v == "contradicted"]
    assert reds and all(wrong in t for t in reds), said


def test_right_names_in_a_list_of_names_stay_green(findings):
    assert worst(findings, "Xanax, also known as alprazolam or Niravam, is a benzodiazepine.") == "supported"


# Words that end an effect's name in a list are no relation of their own.


@pytest.mark.parametrize(
    "text",
    [
        "Frequent side effects of Zoloft include nausea, sexual side effects, and insomnia.",
        "Common side effects of Lexapro include sweating, sexual side effects, and nausea.",
    ],
)
def test_an_effect_named_with_side_effects_in_a_list_is_read_in_order(findings, text):
    said = verdicts(findings, text)
    assert said and all(v == "supported" for _, v, _ in said), said


# "X's property ..., and it ...": the pronoun goes on with the drug, not its property.


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin's blood level peaks one to four hours after a dose, and it has a half-life of 30 to 40 hours.",
        "Xanax's peak level is reached in one to two hours, and it has a half-life of about 11 hours.",
    ],
)
def test_it_after_a_drugs_property_is_the_drug(findings, text):
    said = verdicts(findings, text)
    it = [v for t, v, _ in said if "half-life" in t and "peak" not in t]
    assert it == ["supported"] and "contradicted" not in [v for _, v, _ in said], said


# Leaflet lines and sales lines are furniture; a sales line that warns is a claim.


@pytest.mark.parametrize(
    "text",
    [
        "This drug can also be prescribed for other reasons; ask your pharmacist if you are unsure.",
        "Do not take this medicine for longer or in bigger doses than your doctor has prescribed.",
        "Talk with your doctor at once if any of the following side effects happen while you use Restoril.",
        "Many licensed online pharmacies sell Ativan at discount prices.",
        "Order Valium online now and get free shipping on every order.",
    ],
)
def test_leaflet_and_sales_lines_are_furniture(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ordering Klonopin online without a prescription is illegal.",
        "Online pharmacies offering cheap Xanax often sell counterfeit pills laced with fentanyl.",
    ],
)
def test_a_sales_line_that_warns_is_no_furniture(findings, text):
    reasons = [f.reason.value for f in findings(text) if f.reason is not None]
    assert "boilerplate" not in reasons, verdicts(findings, text)


# A myth of how a drug works is decided only for a claim of how it works.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan works by boosting the amount of dopamine in your brain.",
        "Klonopin's mechanism of action is an increase in brain dopamine levels.",
        "Benzos act by raising dopamine levels.",
    ],
)
def test_dopamine_as_how_benzodiazepines_work_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines raise dopamine levels.",  # overstated, not the myth
        "Benzodiazepines indirectly increase the firing of dopamine neurons.",
        "Xanax does not work by increasing dopamine; it enhances GABA.",
    ],
)
def test_dopamine_said_otherwise_is_not_the_mechanism_myth(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# "The DEA classifies X as Y": the drug is what is classified, even when the parser reads its name
# as the verb.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Federal law classifies Klonopin as a Schedule IV controlled substance.", "supported"),
        ("The DEA classifies Ativan as a Schedule IV drug.", "supported"),
        ("The DEA lists Valium as a Schedule II drug.", "contradicted"),
        ("The government classifies Ambien as a Schedule III substance.", "contradicted"),
    ],
)
def test_an_authority_classifying_a_drug_is_read(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# "considered safe" is "safe".


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is generally considered safe during pregnancy.",
        "Klonopin is usually considered to be safe while pregnant.",
    ],
)
def test_considered_safe_in_pregnancy_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_considered_a_class_is_still_a_class(findings):
    assert worst(findings, "Xanax is considered a benzodiazepine.") == "supported"


# A relative clause said of a noun the table does not know is not about the page's drug.


@pytest.mark.parametrize(
    "text",
    [
        "Valium is a benzodiazepine. Benzodiazepines quiet the limbic system, which regulates mental activity.",
        "Xanax is a benzodiazepine. It slows the reticular formation, which controls brain activity.",
    ],
)
def test_a_relative_about_an_unknown_noun_is_not_the_drugs(findings, text):
    said = verdicts(findings, text)
    assert not any(("regulates" in t or "controls" in t) and v == "supported" for t, v, _ in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Lunesta can cause side effects, which include headaches.",
        "Long-term use of Klonopin, which can lead to dependence, is discouraged.",
    ],
)
def test_a_relative_about_the_drugs_own_effects_stays_the_drugs(findings, text):
    said = verdicts(findings, text)
    assert any(v == "supported" for _, v, _ in said), said


def test_a_metabolite_named_with_its_locant_is_the_rows(findings):
    text = "Valium's active metabolite, N-desmethyldiazepam, has a half-life of up to 100 hours."
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Tablets are a dosage form of their own: "comes in tablet form" is backed by a drug's tablet row,
# and a drug made only as capsules is not.


@pytest.mark.parametrize(
    "text",
    [
        "Lunesta comes in tablet form.",
        "Sertraline is available as oral tablets.",
        "Buspirone comes in tablet form.",
        "BuSpar is supplied in tablet form.",
        "Lexapro is sold in tablet form.",
    ],
)
def test_a_drug_sold_as_tablets_in_tablet_form_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Restoril comes in tablet form.", "Sonata is available as oral tablets."])
def test_a_capsule_only_drug_in_tablet_form_is_not_supported(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_tablet_strengths_said_of_oral_tablets_are_still_read(findings):
    text = "Ativan oral tablets come in 0.5 mg, 1 mg and 2 mg."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Following are the main differences between Klonopin and Xanax.", "Following are the usual doses of Ativan:"],
)
def test_a_following_lead_in_is_furniture(findings, text):
    assert worst(findings, text) == "not_checkworthy", verdicts(findings, text)


# Mends from a review of this change with sentences of its own: none of these may be red, or hidden.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines raise dopamine in the reward circuit, a mechanism tied to their addictiveness.",
        "Like opioids, benzodiazepines boost dopamine through a mechanism that involves GABA interneurons.",
        "The FDA lists Klonopin alongside opioids in a boxed warning.",
        "The DEA lists Lunesta alongside the benzodiazepines.",
        "Benzodiazepines were once considered safe during pregnancy.",
        "Klonopin used to be considered safe during pregnancy.",
        "Ativan is considered safe in pregnancy by some, but most experts disagree.",
        "Some websites claim that Xanax is considered safe during pregnancy.",
        "Benzodiazepines were once considered safe and non-addictive.",
        "Some older adults react to Klonopin as though it were a stimulant.",
        "Valium is sometimes described as a stimulant by people who misuse it.",
        "Ambien is a Schedule IV controlled substance, in the same schedule as Ativan.",
        "Buspirone is considered safer than benzodiazepines for long-term use.",
        "Lorazepam comes in a 3 mg strength.",
    ],
)
def test_review_sentences_are_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not take this medicine for longer than prescribed, because Klonopin is habit-forming.",
        "Ativan bought online with overnight shipping may contain no lorazepam at all.",
        "It is tempting to order Valium online cheap, but Valium is a Schedule IV drug.",
    ],
)
def test_a_leaflet_or_sales_line_that_says_more_is_not_hidden(findings, text):
    said = [v for _, v, _ in verdicts(findings, text)]
    assert any(v != "not_checkworthy" for v in said), verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Order Ativan online at discount prices, Ativan does not cause dependence.",
        "Gabapentin boosts GABA levels, an effect linked to its calming action.",
        "Buspirone is a benzodiazepine.",
    ],
)
def test_review_sentences_that_stay_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_it_after_a_property_without_one_of_its_own_is_the_property(findings):
    text = "Halcion's half-life is short, and it is about 2 hours."
    said = verdicts(findings, text)
    assert [v for _, v, _ in said] == ["supported", "supported"], said


@pytest.mark.parametrize(
    "text",
    [
        "Doctors may prescribe sertraline, known as Zoloft, or escitalopram, known as Lexapro, for anxiety.",
        "The DEA lists pregabalin alongside opioids as a drug of concern.",
        "Klonopin acts as a mild stimulant in some children.",
        "Ativan is generally considered safe in pregnancy if the benefits outweigh the risks.",
    ],
)
def test_second_review_sentences_are_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_sales_line_that_says_what_happens_is_not_hidden(findings):
    text = "People who order Valium online for cheap often end up dependent on it."
    assert worst(findings, text) != "not_checkworthy", verdicts(findings, text)


def test_a_sales_line_that_claims_quality_or_legality_is_not_furniture(findings):
    for text in ("Buying Ativan from an online pharmacy gets you the highest quality at the lowest price.",):
        reasons = [f.reason.value for f in findings(text) if f.reason is not None]
        assert "boilerplate" not in reasons, verdicts(findings, text)


# A figure an extended-release form changes is not judged by the immediate-release row.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax XR reaches its highest blood level 5 to 11 hours after a dose.",
        "For depression, Paxil CR is usually started at 25 mg a day.",
        "Ambien CR is a long-acting, extended-release tablet.",
    ],
)
def test_a_release_form_figure_is_not_judged_by_the_drugs_own_row(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_immediate_release_figure_is_still_judged(findings):
    assert worst(findings, "Xanax reaches its peak level 5 to 11 hours after a dose.") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Zoloft's peak level is reached in about 6 hours.",
        "Klonopin's half-life can be as short as 20 hours in some people.",
        "The usual dose of Loreev XR is 1 mg to 6 mg once a day.",
        "Lyrica is Schedule V, a lower schedule than Valium's Schedule IV.",
    ],
)
def test_further_review_sentences_are_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_bound_outside_the_range_is_still_red(findings):
    assert worst(findings, "Klonopin's half-life can be as short as 5 hours.") == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "It is often said that benzos work by raising dopamine, but this is wrong.",
        "It is widely believed that Klonopin is not habit-forming, but the label warns of dependence.",
        "Many mothers wonder whether Ativan is considered safe during pregnancy.",
    ],
)
def test_a_belief_the_page_corrects_or_a_question_is_no_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A transmitter's name before a noun of cells names the cells, not the transmitter.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines boost dopamine through GABA interneurons.",
        "Xanax raises dopamine by inhibiting GABA neurons in the midbrain.",
        "Benzodiazepines calm the GABA interneurons.",
    ],
)
def test_gaba_cells_are_not_gaba_itself(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines raise GABA levels in neurons.",
        "Xanax increases the amount of GABA in nerve cells.",
    ],
)
def test_gaba_in_cells_is_still_the_transmitter(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_the_firing_of_dopamine_neurons_is_still_dopamine(findings):
    found = findings("Benzodiazepines indirectly increase the firing of dopamine neurons in the VTA.")
    assert "dopamine" in {r.id for f in found for r in f.claim.objects}, [f.claim.objects for f in found]


# "This" gives a consequence of the last clause: its figure is not the property's.


def test_a_figure_of_a_consequence_is_not_the_half_life(findings):
    text = "Klonopin has a longer half-life. This gives a steadier effect, with effects lasting up to 12 hours."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_figure_restating_the_half_life_keeps_it(findings):
    text = (
        "Klonopin has a long half-life, which is the time it takes to clear half a dose. "
        "For clonazepam, this period of time ranges from 30 to 40 hours."
    )
    said = [f for f in findings(text) if "30 to 40" in f.claim.text]
    assert said and "half_life" in {r.id for r in said[0].claim.subjects}, verdicts(findings, text)


# A participle after a class noun, with an adverb before it, is its own claim.


@pytest.mark.parametrize(
    "text, verdicts_expected",
    [
        ("Diazepam is an SSRI primarily used to treat anxiety.", {"contradicted", "supported"}),
        ("Diazepam is a benzodiazepine mainly used to treat anxiety.", {"supported"}),
        ("Clorazepate is a long-acting benzodiazepine primarily prescribed for anxiety.", {"supported"}),
    ],
)
def test_an_adverb_before_a_participle_keeps_its_claim_apart(findings, text, verdicts_expected):
    found = {f.verdict.value for f in findings(text) if f.claim.checkworthy}
    assert found == verdicts_expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The BuSpar dose is initiated at 0.8 mg two times a day in adults.", "contradicted"),
        ("Buspirone is started at 7.5 mg twice daily in adults.", "supported"),
        ("Diazepam is started at 2 mg once or twice daily in older adults.", "supported"),
        ("Diazepam is started at 10 mg three times daily in older adults.", "contradicted"),
    ],
)
def test_a_starting_dose_said_for_a_group_is_judged_by_the_groups_row(findings, text, expected):
    """ "in adults", "in older adults": whom a starting dose is for; the row of that group decides it."""
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xanax requires a prescription.", "supported"),
        ("Sertraline and Lexapro need a doctor's prescription.", "supported"),
        ("Klonopin does not require a prescription.", "contradicted"),
    ],
)
def test_a_drug_that_requires_a_prescription_is_prescription_only(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_what_a_buyer_needs_is_no_status(findings):
    assert worst(findings, "You need a prescription to buy Zoloft.") != "contradicted"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sonata comes as a hard capsule (5 mg, 10 mg).", "supported"),
        ("Sonata comes as a hard capsule (5 mg, 20 mg).", "contradicted"),
        ("Valium comes as a rectal gel (5 mg, 10 mg).", "unsupported"),
    ],
)
def test_figures_in_brackets_after_a_solid_form_are_its_strengths(findings, text, expected):
    """ "a hard capsule (5 mg, 10 mg)": the figures are the form's strengths; a gel's are no tablet's."""
    found = [f for f in findings(text) if "mg" in f.claim.text]
    assert found and found[0].verdict.value == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ambien aids in the treatment of insomnia.", "supported"),
        ("Xanax aids in depression.", "contradicted"),
        ("Ambien aids in weight loss.", "unsupported"),
    ],
)
def test_aiding_in_a_condition_is_treating_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Librium prevents and treats alcohol withdrawal in an alcohol-dependent person.", "supported"),
        ("Taking Xanax with alcohol helps with anxiety.", "unsupported"),
    ],
)
def test_alcohol_that_says_whom_a_drug_treats_is_no_second_medicine(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if "treats" in f.claim.text or "helps" in f.claim.text]
    assert found == [expected], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In elderly patients, the dose of Lunesta should not exceed 2 mg.", "supported"),
        ("The dose of Lunesta should not exceed 3 mg in older adults.", "contradicted"),
    ],
)
def test_a_ceiling_said_for_a_group_is_judged_by_the_groups_row(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


def test_a_ceiling_said_for_a_group_without_a_row_of_its_own_is_not_red(findings):
    text = "In children, the dose of Xanax should not exceed 1 mg."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zaleplon's maximum dose is 10 mg.", "unsupported"),
        ("For elderly patients the recommended dose of Sonata is 5 mg.", "supported"),
        ("Zaleplon's maximum dose is 20 mg.", "supported"),
    ],
)
def test_a_row_for_a_group_does_not_back_a_claim_for_everyone(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam should be used in pregnancy only if there is a clear need.",
        "Lorazepam should only be used in pregnancy if the benefits outweigh the risks.",
    ],
)
def test_use_limited_by_only_if_is_no_endorsement(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Benzodiazepines should be used during pregnancy.", "contradicted"),
        ("Clonazepam should not be used in pregnancy unless clearly needed.", "supported"),
    ],
)
def test_use_in_pregnancy_without_the_limit_is_still_judged(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ativan boosts the brain's activity of some natural messengers (neurotransmitters).", "supported"),
        ("Lorazepam increases brain activity.", "contradicted"),
    ],
)
def test_the_activity_of_transmitters_is_not_the_brains(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klonopin and Xanax are both benzodiazepines. Klonopin has a longer half-life.", "supported"),
        ("Klonopin and Xanax are both benzodiazepines. Xanax has a longer half-life.", "contradicted"),
        ("Klonopin and Valium are both benzodiazepines. Klonopin has a longer half-life.", "unsupported"),
    ],
)
def test_a_comparative_without_than_compares_the_two_drugs_just_named(findings, text, expected):
    """The other side is the other drug of the two the text has just named; overlapping ranges decide
    nothing (clonazepam 30-40 hours, diazepam 20-100)."""
    found = [f.verdict.value for f in findings(text) if "half-life" in f.claim.text]
    assert found == [expected], verdicts(findings, text)


def test_a_comparative_with_one_drug_in_reach_stays_unjudged(findings):
    text = "Xanax is a benzodiazepine. Xanax has a longer half-life."
    found = [f.verdict.value for f in findings(text) if "half-life" in f.claim.text]
    assert found == ["unsupported"], verdicts(findings, text)


@pytest.mark.parametrize(
    "text, member",
    [
        ("Side effects of Ativan include sleepiness, euphoria, memory problems, hallucinations.", "sleepiness"),
        ("Ativan can cause confusion, drowsiness, severe dizziness.", "confusion"),
    ],
)
def test_a_list_without_and_is_split_member_by_member(findings, text, member):
    """The model hangs a list with no "and" on its last member; each member is still its own claim."""
    found = findings(text)
    first = [f for f in found if member in f.claim.text and len(f.claim.objects) == 1]
    assert first and len(found) >= 3, verdicts(findings, text)


def test_a_list_that_is_the_sentences_root_is_left_as_parsed(findings):
    assert findings("Drowsiness, dizziness, headache.") is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Valium is known chiefly for its use as an anxiolytic.", "supported"),
        ("Valium is known for its calming effects.", "supported"),
        ("Valium is known for being an SSRI.", "contradicted"),
        ("The way Xanax works is not fully known.", "unsupported"),
    ],
)
def test_what_a_drug_is_known_for_it_has(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xanax is an anxiety medication.", "supported"),
        ("Lyrica is a pain reliever.", "supported"),
        ("Klonopin is a seizure medicine.", "supported"),
        ("Xanax is a depression medication.", "contradicted"),
    ],
)
def test_a_medicine_named_by_a_condition_treats_it(findings, text, expected):
    assert worst(findings, text) == expected, verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Valium and Xanax are benzodiazepines. Both are obtainable by prescription only.", "supported"),
        ("Valium and Xanax are benzodiazepines. Both are available over the counter.", "contradicted"),
    ],
)
def test_both_drugs_given_a_prescription_status(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if "Both" in f.claim.text]
    assert found == [expected], verdicts(findings, text)


# Review mends: a group's dose is judged by the group's row only; the adults' row does not decide it.


@pytest.mark.parametrize(
    "text",
    [
        "In elderly patients, the dose of Ambien should not exceed 5 mg.",
        "In elderly patients, Lexapro should not exceed 10 mg a day.",
        "In children, Prozac should not exceed 60 mg a day.",
        "Prozac is started at 10 mg a day in children with depression.",
        "Sertraline is started at 25 mg a day in children aged 6 to 12 with OCD.",
        "In patients over 60, Celexa should not exceed 20 mg per day.",
        "In this age group, Lunesta should not exceed 2 mg.",
        "The maximum dose of Sonata is 10 mg.",
    ],
)
def test_a_dose_for_a_group_is_not_red_on_the_adults_row(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam is sold under the brand name Ativan, and alprazolam under Xanax and Xanax XR.",
        "Diazepam is known under the brand names Valium and Diastat, and clonazepam under Klonopin.",
        "Lorazepam, known under the brand name Ativan, is related to Xanax, Klonopin and Valium.",
    ],
)
def test_names_of_other_drugs_outside_the_naming_list_are_no_misnaming(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gabapentin comes as a capsule (600 mg, 800 mg).", "contradicted"),
        ("Gabapentin comes as a capsule (100 mg, 300 mg).", "supported"),
        ("Lyrica comes as a capsule (82.5 mg, 165 mg, 330 mg).", "contradicted"),
    ],
)
def test_figures_beside_a_form_are_judged_by_that_forms_row(findings, text, expected):
    found = [f.verdict.value for f in findings(text) if "mg" in f.claim.text]
    assert expected in found, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam should be used in pregnancy only when clearly needed.",
        "Klonopin should only be taken during pregnancy under a doctor's close supervision.",
        "Benzodiazepines should be used during pregnancy only when the benefits clearly outweigh the risks.",
        "Gabapentin 600 mg and 800 mg are tablets, not capsules.",
    ],
)
def test_review_sentences_that_are_no_longer_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Gabapentin 300 mg is not a capsule.", "Gabapentin does not come in capsules."],
)
def test_a_denied_form_the_forms_row_lists_stays_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines do not raise GABA levels; they make GABA interneurons less active.",
        "Benzodiazepines quiet the dopamine cells' GABA interneurons and so let the dopamine cells fire.",
    ],
)
def test_review_true_sentences_that_were_red_before_the_session(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Benzodiazepines make GABA levels lower.", "Xanax can be taken safely with alcohol."],
)
def test_the_gaba_and_alcohol_myths_beside_them_stay_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# A dose given to advice ("start it at a low dose") says how much, not whether the drug suits the group.


@pytest.mark.parametrize(
    "text",
    [
        "For elderly people, Ativan is usually begun at a reduced dose.",
        "Older adults should start Valium at a lower dosage.",
        "In the elderly, clonazepam ought to be started on the smallest dose.",
    ],
)
def test_a_dose_for_older_people_is_no_endorsement(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Lorazepam is recommended for elderly patients.", "Older people should take Valium."],
)
def test_endorsing_benzodiazepines_for_older_people_stays_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# A command to keep a companion away from the drug, whichever way it is said.


@pytest.mark.parametrize(
    "text",
    [
        "Do not take Ativan with alcohol.",
        "Never mix clonazepam with opioid painkillers.",
        "Don't combine Valium and alcohol.",
        "Do not take Xanax with alcohol at any dose.",
    ],
)
def test_a_command_against_a_companion_is_supported(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_command_with_an_ordinary_companion_is_no_advice_on_alcohol(findings):
    found = verdicts(findings, "Do not take Valium with food.")
    assert all(verdict != "contradicted" for _, verdict, _ in found), found


# A brand name given to a generic owner, or the generic name given as a brand.


@pytest.mark.parametrize(
    "text",
    [
        "The brand name for the medicine Ativan is lorazepam.",
        "Valium's brand name is diazepam.",
    ],
)
def test_a_generic_name_called_a_brand_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorazepam's brand name is Ativan.",
        "Valium's generic name is diazepam.",
        "The brand name of diazepam is Valium.",
    ],
)
def test_the_right_kinds_of_names_stay_green(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Steady levels on regular dosing are not the onset of the effect.


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam lasts a long time, so stable blood levels take several days to build up.",
        "With its long half-life, diazepam needs about a week to reach steady levels.",
    ],
)
def test_time_to_steady_levels_is_no_onset(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# An approval claimed for a condition two kinds above the label's indication is not what the label says.


@pytest.mark.parametrize(
    "text",
    ["Klonopin is FDA-approved to treat anxiety.", "Clonazepam has been approved for the treatment of anxiety."],
)
def test_an_approval_broader_than_the_label_is_not_green(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Ativan is approved to treat anxiety.", "Klonopin is approved for panic disorder.", "Klonopin treats anxiety."],
)
def test_approvals_the_label_states_and_plain_uses_stay_green(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Side effects listed with no owner belong to the page's one drug, however many lines back it was named.


def test_ownerless_side_effects_take_the_pages_only_drug(findings):
    lines = [
        "Lorazepam is a benzodiazepine prescribed for anxiety.",
        "It is not for everyone:",
        "Sleep apnea",
        "Myasthenia gravis",
        "Acute narrow-angle glaucoma",
        "Severe breathing problems",
        "Common side effects include drowsiness and dizziness.",
    ]
    found = verdicts(findings, "\n".join(lines) + "\n")
    effects = [v for text, v, _ in found if "side effects include" in text]
    assert effects and all(v == "supported" for v in effects), found


def test_ownerless_side_effects_stay_unowned_when_a_class_was_named_since(findings):
    lines = [
        "Lorazepam is a benzodiazepine prescribed for anxiety.",
        "Sleep apnea",
        "Myasthenia gravis",
        "Acute narrow-angle glaucoma",
        "Antidepressants are another option.",
        "Common side effects include weight gain.",
    ]
    found = verdicts(findings, "\n".join(lines) + "\n")
    assert all(v != "contradicted" for _, v, _ in found), found


# Strengths said with words of range and variety, and a product's content named "as its active ingredient".


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is available in various doses ranging from 0.5 mg to 2 mg.",
        "Ativan comes in different strengths: 0.5 mg, 1 mg and 2 mg.",
    ],
)
def test_strengths_said_with_range_words_are_read(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_strength_range_past_the_label_is_red(findings):
    text = "Klonopin is available in various doses ranging from 0.5 mg to 8 mg."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Restoril contains temazepam as its active ingredient.", "supported"),
        ("Restoril contains lorazepam as its active ingredient.", "contradicted"),
    ],
)
def test_content_named_as_the_active_ingredient(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# A denied "as ... as" ranks the drug below another; it does not deny the quality.


@pytest.mark.parametrize(
    "text",
    [
        "Pregabalin is not as addictive as benzodiazepines.",
        "Gabapentin has some misuse potential, but it is not thought to be as high as that of opioids.",
    ],
)
def test_a_denied_equality_is_not_a_denial(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_plain_denial_beside_it_stays_red(findings):
    assert worst(findings, "Pregabalin is not addictive.") == "contradicted"


# Commands after a colon are no class of the subject; "not 'just' X" in quotation marks limits, as without.


def test_commands_after_a_colon_name_no_class(findings):
    text = 'Benzodiazepine risk is more than "just sleepiness": warn about misuse and addiction, and avoid opioids.'
    found = verdicts(findings, text)
    assert all(v != "contradicted" for _, v, _ in found), found


# A row of another country's law decides what a sentence says of that country.


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("In the UK, pregabalin is not a controlled drug.", "contradicted"),
        ("Pregabalin is a controlled drug in the UK.", "supported"),
        ("In Canada, pregabalin is not a controlled drug.", "unsupported"),
    ],
)
def test_another_countrys_status_row_decides_that_country(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# Leads that promise the reader something are boilerplate; one that states a fact with "that" is not.


@pytest.mark.parametrize(
    "text",
    [
        "Understanding how Ativan and Valium differ can help you talk with your prescriber.",
        "Knowing the warning signs of misuse may help families act early.",
        "Here's everything you should know about lorazepam before your first dose.",
    ],
)
def test_leads_that_promise_help_are_not_flagged(findings, text):
    assert [f.verdict.value for f in findings(text)] == ["not_checkworthy"], verdicts(findings, text)


def test_a_lead_that_states_a_fact_is_checked(findings):
    text = "Understanding that Ativan is habit-forming can help you use it safely."
    assert "boilerplate" not in [f.reason.value for f in findings(text)], verdicts(findings, text)


# "The withdrawal symptoms of X are A, B and C": what the state brings, not what it is.


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal symptoms of Klonopin can be the following: seizures and anxiety.",
        "Signs of benzodiazepine withdrawal are anxiety and seizures.",
    ],
)
def test_withdrawal_symptoms_listed_by_a_copula(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# A transmitter said to come from the drug is the GABA-supply myth, however the receiver is named.


@pytest.mark.parametrize(
    "text",
    [
        "Your nervous system ends up getting its GABA from Ativan.",
        "Over months, people grow dependent on Klonopin to make GABA for them.",
        "Valium provides the brain with extra GABA.",
    ],
)
def test_gaba_said_to_come_from_the_drug_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan does not supply any GABA.",
        "Patients get fast relief from Ativan.",
        "You may become dependent on Ativan to fall asleep.",
        "The brain makes its own GABA from glutamate.",
    ],
)
def test_receipt_and_reliance_without_a_supplied_transmitter_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A name in parentheses after the kind of name it is: another drug's name there is a misnaming.


@pytest.mark.parametrize(
    "text",
    ["Restoril (generic name lorazepam) is used for insomnia.", "Lorazepam (brand name Restoril) is used for anxiety."],
)
def test_a_labelled_name_in_parentheses_of_another_drug_is_red(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Restoril (generic name temazepam) is used for insomnia.", "Temazepam (brand name: Restoril) treats insomnia."],
)
def test_a_labelled_name_of_the_same_drug_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A denied use is not refuted by a label indication of a narrower kind: such denials are mostly of a
# qualified use ("right away", "long-term", "everyday anxiety"); a denied approval is left to the list.


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is not FDA-approved for general anxiety disorder.",
        "Ativan is not a first-line treatment for anxiety.",
        "Benzodiazepines do not cure anxiety.",
        "Sertraline does not relieve anxiety right away.",
        "Lorazepam does not treat anxiety over the long term.",
        "Lorazepam is not meant to treat the ordinary worries of daily life.",
    ],
)
def test_denied_approvals_and_qualified_uses_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# "Known by the brand name X" gives X the kind of name, as "sold under the brand name X" does.


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Restoril is also known by the brand name temazepam.", "contradicted"),
        ("Temazepam is also known by the brand name Restoril.", "supported"),
    ],
)
def test_known_by_a_kind_of_name(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# "X is recommended for a condition" is a use; denials, advice about people and someone's advice stay advice.


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Ativan is recommended for anxiety disorders.", "supported"),
        ("Ambien is recommended for epilepsy.", "unsupported"),
        ("Valium can be used safely by people with myasthenia gravis.", "contradicted"),
    ],
)
def test_a_drug_recommended_for_a_condition_treats_it(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# "It" after a plural class whose example sits in parentheses is left unresolved, not the example.


def test_a_singular_pronoun_does_not_take_an_example_in_parentheses(findings):
    text = (
        "Buspirone is an anxiolytic. Benzodiazepines (for instance Klonopin) bind GABA-A receptors. "
        "It does not bind GABA-A receptors."
    )
    found = verdicts(findings, text)
    assert all(v != "contradicted" for _, v, _ in found), found


# Data-table lines: a label the tagger takes for a verb, and a dash glued to the drug's name.


def test_a_field_line_whose_label_opens_like_a_verb_is_read(findings):
    text = "Pregabalin at a glance\nMean elimination half-life: about 6 hours\n"
    found = verdicts(findings, text)
    assert any("6 hours" in t and v == "supported" for t, v, _ in found), found


def test_a_dash_glued_to_the_name_reads_as_a_field_colon(findings):
    found = verdicts(findings, "Klonopin- 0.5 mg, 1 mg, 2 mg\n")
    assert found and all(v != "not_checkworthy" for _, v, _ in found), found


# A denied knowing of how a drug works denies the knowledge, not what the drug does.


@pytest.mark.parametrize(
    "text",
    ["Researchers do not know exactly how hydroxyzine eases anxiety.", "No one knows why lorazepam relieves anxiety."],
)
def test_not_knowing_how_is_no_denial_of_the_use(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_plain_denial_of_the_use_stays_red(findings):
    assert worst(findings, "Hydroxyzine does not ease anxiety.") == "contradicted"


# Advice on how much to take for a group ("take a lower dose") is no advice on whether to take it.


@pytest.mark.parametrize(
    "text",
    [
        "Older patients should generally take a smaller dose of Ativan.",
        "Elderly people should be given lower doses of Klonopin.",
    ],
)
def test_a_lower_dose_for_older_people_is_no_endorsement(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# GABA from a supplement, or GABA said not to come from the drug, is no myth of the drug supplying it.


@pytest.mark.parametrize(
    "text",
    [
        "GABA supplements provide GABA, though little of it may reach the brain.",
        "The brain makes its GABA itself, not from Valium.",
    ],
)
def test_gaba_from_a_supplement_or_denied_from_the_drug_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A row on an off-label use backs no recommendation.


@pytest.mark.parametrize(
    "text", ["Klonopin is recommended for restless legs syndrome.", "Clonazepam is recommended for mania."]
)
def test_an_off_label_row_backs_no_recommendation(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Klonopin is not a cure for panic disorder.", "Librium is not meant for everyday anxiety."],
)
def test_a_denied_cure_or_everyday_use_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_plain_denied_indication_stays_red(findings):
    assert worst(findings, "Klonopin does not treat panic disorder.") == "contradicted"


# A singular "it" after a sentence about a plural class is not the class.


def test_a_singular_pronoun_is_not_the_plural_class_just_named(findings):
    text = "Buspirone is an anxiolytic. Benzodiazepines are controlled substances. It is not a controlled substance."
    found = verdicts(findings, text)
    assert all(v != "contradicted" for _, v, _ in found), found


def test_they_after_a_plural_class_is_the_class(findings):
    found = verdicts(findings, "Benzodiazepines are controlled substances. They can be habit-forming.")
    assert [v for _, v, _ in found] == ["supported", "supported"], found


# A means read apart from its verb's claim takes only its own objects: "lower X by raising Y" raises Y,
# not X.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines dampen the firing of nerve cells by boosting the effect of GABA.",
        "By strengthening GABA's action, these drugs reduce the activity of neurons.",
    ],
)
def test_a_means_does_not_take_the_verbs_object(findings, text):
    found = verdicts(findings, text)
    assert found and all(v != "contradicted" for _, v, _ in found), found


def test_a_means_that_raises_serotonin_stays_red(findings):
    found = verdicts(findings, "Benzodiazepines calm the mind by raising serotonin levels.")
    assert any(v == "contradicted" for _, v, _ in found), found


# A singular "it" after a plural class with a named example is neither the class nor surely the example:
# left open, shown, and not red.


@pytest.mark.parametrize(
    "text",
    [
        "Sertraline is an SSRI. Benzodiazepines like Ativan act fast. It is not a benzodiazepine.",
        "Gabapentin is not a benzodiazepine. Benzodiazepines such as Xanax carry a boxed warning. "
        "It does not carry a boxed warning.",
    ],
)
def test_it_after_a_class_with_an_example_is_left_open(findings, text):
    found = verdicts(findings, text)
    last = [(t, v) for t, v, _ in found if t.lower().startswith("it")]
    assert last and all(v == "unsupported" for _, v in last), found


def test_it_after_a_drug_like_its_class_is_the_drug(findings):
    found = verdicts(findings, "Ativan, like other benzodiazepines, eases anxiety. It is in Schedule IV.")
    assert [v for _, v, _ in found][-1] == "supported", found


# An approval said of every kind of a condition is not what a label that names one kind of it states.


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is approved for anxiety disorders in general.",
        "Clonazepam has FDA approval for all kinds of anxiety disorders.",
    ],
)
def test_an_approval_for_every_kind_is_not_backed_by_one_kind(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_an_approval_for_the_next_kind_down_still_holds(findings):
    assert worst(findings, "Klonopin is approved for anxiety disorders.") == "supported"


# An authority that classifies a drug class; a use "in the treatment of" a condition; effects "of" a drug
# reported in the passive; a list whose last member has a compound noun.


@pytest.mark.parametrize(
    "text",
    [
        "The US government classifies benzodiazepines as Schedule IV drugs.",
        "Ambien is used in the treatment of sleeplessness.",
        "Klonopin is used in the management of panic disorder.",
        "Dependence and abuse of benzodiazepines have been reported.",
        "Cases of misuse of Valium have been documented.",
    ],
)
def test_plain_statements_read_in_new_shapes(findings, text):
    found = verdicts(findings, text)
    assert found and all(v == "supported" for _, v, _ in found), found


def test_a_last_list_member_with_a_compound_noun_is_its_own_member(findings):
    found = verdicts(findings, "Halcion can cause drowsiness, loss of coordination or memory loss.")
    assert [v for _, v, _ in found][:2] == ["supported", "supported"], found


# A condition that only says which people ("in patients with depression") is no condition treated, when
# the clause names another; a condition named alone stays.


@pytest.mark.parametrize(
    "text",
    [
        "Alprazolam eases anxiety in patients with depression.",
        "Doctors sometimes give benzodiazepines when someone with depression also has panic attacks.",
    ],
)
def test_a_condition_of_the_people_is_not_the_use(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_the_use_itself_stays_red(findings):
    assert worst(findings, "Klonopin relieves depression in people with anxiety.") == "contradicted"


# More (or less) of a transmitter had while a drug is taken is the drug changing its amount.


@pytest.mark.parametrize(
    "text",
    [
        "Once you take Ativan, you have more GABA in the brain.",
        "Klonopin is a benzodiazepine. When you take this medicine, you will have extra GABA.",
    ],
)
def test_more_transmitter_had_on_a_drug_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["When you take Ativan, you will have more energy.", "When you take Ativan, GABA works better."],
)
def test_more_of_something_else_is_not_the_myth(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_half_life_with_chronic_use_is_the_half_life(findings):
    assert worst(findings, "Fluoxetine's half-life is 4 to 6 days with chronic use.") == "supported"


# A list member glossed in parentheses is read by its gloss; one "it" after a clause about a drug and a
# transmitter is the drug.


def test_a_member_glossed_in_parentheses_is_a_member(findings):
    found = verdicts(findings, "Ativan is used for anxiety, sleeplessness and fits (seizures).")
    assert any("seizures" in t and v == "supported" for t, v, _ in found), found
    assert all(v != "contradicted" for _, v, _ in found), found


def test_it_after_a_drug_and_a_transmitter_is_the_drug(findings):
    text = "Once you take Valium, you have more GABA. This helps calm the nerves. It is used to treat anxiety."
    found = verdicts(findings, text)
    assert [v for t, v, _ in found if t.startswith("[Valium] It")] == ["supported"], found


# Figures said of a list of drugs together belong to the list: each must be some listed drug's.


def test_a_range_said_of_two_drugs_is_not_red_when_each_figure_is_ones(findings):
    found = verdicts(findings, "Ambien and Xanax are sold as tablets of 0.25 mg to 10 mg.")
    assert found and all(v != "contradicted" for _, v, _ in found), found


def test_a_figure_no_listed_drug_has_stays_red(findings):
    found = verdicts(findings, "Ambien and Xanax are sold as 40 mg tablets.")
    assert any(v == "contradicted" for _, v, _ in found), found


# Shown, not hidden: a product's history with a year or a name, a grade of stopping a drug, a death.


@pytest.mark.parametrize(
    "text",
    [
        "Restoril was first marketed in 1981 as a sleeping pill.",
        "Coming off Klonopin can be hard.",
        "Several patients died after abruptly stopping lorazepam.",
    ],
)
def test_factual_clauses_are_shown(findings, text):
    found = verdicts(findings, text)
    assert found and all(v != "not_checkworthy" for _, v, _ in found), found


def test_marketing_framing_stays_hidden(findings):
    found = verdicts(findings, "Kava is marketed as a natural calming aid.")
    assert all(v == "not_checkworthy" for _, v, _ in found), found


def test_an_easy_withdrawal_is_not_backed_by_the_withdrawal_row(findings):
    assert worst(findings, "Stopping Valium is easy, and Valium withdrawal is mild.") != "supported"


# A clause opener the parser took for a preposition ("Since gabapentin stimulates ...") is parsed again
# with the drug read as the clause's subject; a drug that rightly modifies a noun is left alone.


def test_a_drug_after_a_clause_opener_is_the_clauses_subject(findings):
    found = verdicts(findings, "Since pregabalin stimulates GABA production, it can quiet overactive nerves.")
    assert any(v == "contradicted" and "GABA production" in t for t, v, _ in found), found


def test_a_drug_modifying_a_noun_after_an_opener_is_left_alone(findings):
    found = verdicts(findings, "If Klonopin use goes on for months, dependence can develop.")
    assert found and all(v != "contradicted" for _, v, _ in found), found


# "Lethal" names death; "a chance of" an effect is its risk, as "a risk of" is.


@pytest.mark.parametrize("text", ["An overdose of Klonopin can be lethal.", "Ativan carries a chance of dependence."])
def test_lethal_and_a_chance_of_are_read(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# "This medication" is never caffeine or alcohol named just before it.


def test_this_medication_is_not_caffeine(findings):
    text = (
        "Ativan eases anxiety. Coffee should be avoided, since caffeine is a stimulant. "
        "This medication can cause drowsiness."
    )
    found = verdicts(findings, text)
    assert any(t.startswith("[Ativan] This medication") for t, _, _ in found), found


# A combination named the other way round ("opioids ... with benzodiazepines") is the row's combination;
# a comparison row's second drug is no combination.


def test_a_combination_named_the_other_way_round_is_the_rows(findings):
    assert worst(findings, "Opioids may cause death when combined with benzodiazepines.") == "supported"


def test_a_comparison_row_is_no_combination(findings):
    assert worst(findings, "Clonazepam's half-life is long, about 30 to 40 hours.") == "supported"


# A rank other than first ("the third most commonly prescribed") is a ranking a row must state.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is the second most commonly prescribed benzodiazepine in America.",
        "Valium is among the most widely used benzodiazepines.",
    ],
)
def test_a_rank_is_not_backed_by_the_class_row(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


# How often a drug is taken is a claim, shown though no row holds the figure; an order or the writer's
# own habit is not.


def test_a_dosing_frequency_is_shown(findings):
    found = verdicts(findings, "Patients usually take hydroxyzine three or four times a day.")
    assert found and all(v == "unsupported" for _, v, _ in found), found


@pytest.mark.parametrize("text", ["Take one tablet twice daily.", "I take Ativan once a day."])
def test_an_order_or_a_habit_stays_hidden(findings, text):
    assert all(v == "not_checkworthy" for _, v, _ in verdicts(findings, text))


# Review of this session's rules: "people with X" is a population too; "all anxiety disorders" is backed
# by no label that lists kinds; a single figure said of two drugs is each drug's; a dosing frequency is
# not backed by the use row; "this medication" is no stimulant or drink.


@pytest.mark.parametrize(
    "text",
    ["Valium can ease anxiety in people with depression.", "Ativan calms anxiety in people who have depression."],
)
def test_people_with_a_condition_is_a_population(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["Alprazolam has FDA approval for all anxiety disorders.", "Sertraline is approved for every anxiety disorder."],
)
def test_every_anxiety_disorder_is_not_a_label_list(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_one_figure_said_of_two_drugs_is_each_drugs(findings):
    found = verdicts(findings, "Klonopin and Valium are sold as 5 mg tablets.")
    assert any(v == "contradicted" for _, v, _ in found), found


def test_a_dosing_frequency_is_not_backed_by_the_use_row(findings):
    assert worst(findings, "For seizures, gabapentin is taken once a week.") != "supported"


def test_this_medication_after_a_stimulant_alone_is_no_stimulant(findings):
    found = verdicts(findings, "Caffeine is a stimulant in coffee. This medication lasts several hours.")
    assert not any(t.startswith("[Caffeine]") for t, _, _ in found), found


# A condition of time takes what it says as true: "When X blocks GABA, ..." asserts that X blocks GABA,
# so a drug's action on a neurotransmitter in such a clause is a claim; "if" only supposes, and a
# condition about the reader ("when you take X") is no claim about the drug.


@pytest.mark.parametrize(
    "text",
    [
        "When Ativan blocks GABA, the mind slows down.",
        "Once Valium increases the amount of GABA, the body relaxes.",
        "Whenever Klonopin lowers serotonin levels, your mood can drop.",
        "When clonazepam lowers serotonin, the mood drops.",  # "lowers" read as a noun, "serotonin" a verb
        "Once lorazepam reduces serotonin, sleep comes easily.",
    ],
)
def test_a_drugs_action_in_a_when_clause_is_judged(findings, text):
    found = verdicts(findings, text)
    premise = [v for t, v, _ in found if not t.startswith(("When", "Once", "Whenever"))]
    assert "contradicted" in premise, found


@pytest.mark.parametrize(
    "text",
    ["If Ativan blocks GABA, the mind slows down.", "When you take Ativan, the mind slows down."],
)
def test_a_supposition_or_an_intake_is_no_claim_about_the_drug(findings, text):
    assert all(v != "contradicted" for _, v, _ in verdicts(findings, text)), verdicts(findings, text)


def test_each_misread_when_clause_of_a_paragraph_is_parsed_again(findings):
    # two clauses of one paragraph that the parser misreads in different ways, each mended
    text = "Whenever Klonopin lowers serotonin levels, you feel calm. When clonazepam lowers serotonin, you feel calm."
    found = verdicts(findings, text)
    premises = [v for t, v, _ in found if t.startswith(("Klonopin lowers", "clonazepam lowers"))]
    assert premises == ["contradicted", "contradicted"], found


def test_a_true_action_in_a_when_clause_is_supported(findings):
    found = verdicts(findings, "When Valium enhances the effect of GABA, the nerves calm down.")
    assert any(v == "supported" and "enhances the effect of GABA" in t for t, v, _ in found), found


# A relative clause of inclusion lists a class's members: "X is a benzodiazepine, a class that includes Y"
# says the class includes Y (not that X includes Y); "the same family" is the family just named.


@pytest.mark.parametrize(
    "text",
    [
        "Temazepam is a benzodiazepine, a group that includes lorazepam and diazepam.",
        "Temazepam is in the benzodiazepine family, the same family that includes lorazepam.",
    ],
)
def test_a_class_that_includes_members(findings, text):
    found = verdicts(findings, text)
    assert all(v == "supported" for t, v, _ in found if "includes" in t) and any("includes" in t for t, _, _ in found)


def test_a_class_that_includes_a_non_member_is_red(findings):
    found = verdicts(findings, "Temazepam is a benzodiazepine, a class that includes buspirone.")
    assert any(v == "contradicted" and "buspirone" in t for t, v, _ in found), found


# A naming relative clause keeps its subject: "Ambien is a drug that is known generically as zolpidem".


def test_a_naming_relative_clause_is_the_drugs_name(findings):
    found = verdicts(findings, "Lunesta is a sleep medicine that is generically known as eszopiclone.")
    assert any(v == "supported" and "generically known" in t for t, v, _ in found), found


# "The rarest", "the least common" side effect is a rarity a row calling the effect common refutes;
# "the most common" alone is stated only by a row that ranks it first, not by "among the most common".


@pytest.mark.parametrize(
    "text",
    ["The rarest side effect of Ativan is drowsiness.", "Sleepiness is the least common side effect of Valium."],
)
def test_the_rarest_side_effect_is_refuted_by_a_common_one(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dizziness is the most common side effect of benzodiazepines.",
        "The most common side effect of Xanax is drowsiness.",
    ],
)
def test_a_first_rank_is_not_backed_by_a_shared_one(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drowsiness is one of the most common side effects of Xanax.",
        "Sleepiness is among the most common side effects of Ambien.",
    ],
)
def test_a_shared_rank_is_backed_by_a_shared_one(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


# Drugs set apart by "other" ("caution with other CNS depressants") are no antecedent of a later "these
# medications": the page's own drugs are.


def test_other_drugs_are_no_antecedent(findings):
    text = (
        "Valium and Ativan are benzodiazepines. They should not be taken with alcohol, and care is needed "
        "alongside other CNS depressants. These medicines may also slow breathing."
    )
    found = verdicts(findings, text)
    assert any(t.startswith("[Valium and Ativan] These medicines") for t, _, _ in found), found


# An appositive that says what a drug is may carry its use: "benzodiazepines, a class of depressants used
# to treat anxiety" says the class treats anxiety; a participle that only names it does not.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines, a group of sedatives prescribed to treat anxiety, can be habit-forming.",
        "Ativan, a medicine used to treat anxiety disorders, acts within an hour.",
    ],
)
def test_a_use_in_a_drugs_appositive_is_read(findings, text):
    found = verdicts(findings, text)
    assert any(v == "supported" and "to treat anxiety" in t and t.startswith("[") for t, v, _ in found), found


# "The drug of choice", "the first choice" rank a drug above the others: a row must state the ranking.


@pytest.mark.parametrize(
    "text", ["Zolpidem became the sleep medicine of choice.", "Lorazepam is the first choice for panic attacks."]
)
def test_a_drug_of_choice_is_a_ranking(findings, text):
    assert worst(findings, text) != "supported", verdicts(findings, text)


def test_a_class_of_medications_that_includes_members(findings):
    found = verdicts(findings, "Z-drugs are a group of medicines that include zolpidem and eszopiclone.")
    included = [v for t, v, _ in found if "include" in t]
    assert included and all(v == "supported" for v in included), found


# A field's label before a colon ("Highest dose: 4 mg daily") labels the value after it; the label
# alone is no claim, the value is read with it.


def test_a_field_label_is_no_claim_of_its_own(findings):
    text = (
        "Clonazepam tablets\n\nDosing for seizures\n\n"
        "  • Starting dose: 1.5 mg per day\n  • Maximum dose: 20 mg per day\n"
    )
    found = verdicts(findings, text)
    labels = [v for t, v, _ in found if t.rstrip(":").endswith(("Starting dose", "Maximum dose"))]
    assert labels and all(v == "not_checkworthy" for v in labels), found


# An approval said by no one is the FDA's (the table's approvals are US ones); an approval said of
# another country is that country's, which the FDA's row neither backs nor refutes.


def test_an_unattributed_approval_is_the_fdas(findings):
    assert worst(findings, "Gabapentin has not been approved to treat anxiety.") == "supported"
    assert worst(findings, "Gabapentin is approved to treat anxiety.") == "contradicted"


@pytest.mark.parametrize(
    "text", ["In the UK, gabapentin is not approved for anxiety.", "In Britain, gabapentin is approved for anxiety."]
)
def test_an_approval_abroad_is_not_decided_by_the_fda_row(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


# A footnote number glued to a full stop ("... a benzodiazepine.4 Klonopin ...") ends the sentence: the
# next one starts after it, and the number is no figure of either.


def test_a_footnote_number_after_a_full_stop_ends_the_sentence(findings):
    found = verdicts(
        findings, "Valium is a benzodiazepine.4 Klonopin is used to treat panic disorder.12 It is sold in tablets."
    )
    assert any(t == "Valium is a benzodiazepine" and v == "supported" for t, v, _ in found), found
    assert any(t.startswith("Klonopin is used to treat panic disorder") and v == "supported" for t, v, _ in found), (
        found
    )
    assert not any("4" in t or "12" in t for t, _, _ in found), found


# "A better option", "a safer choice": an option graded against treatments the claim does not name is
# its news, which no row on the drug's use or its half-life states.


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is a safer choice for anxiety.",
        "Lorazepam has a shorter half-life than diazepam. That makes lorazepam the better option for older patients.",
    ],
)
def test_a_graded_option_is_not_backed_by_the_drugs_rows(findings, text):
    found = verdicts(findings, text)
    graded = [v for t, v, _ in found if "choice" in t or "option" in t]
    assert graded and all(v != "supported" for v in graded), found


# A drug's name the parser made the subject of a noun ("Ambien *treats* insomnia" with "treats" a modifier
# of "insomnia") is parsed again: the verb is read, and each object is judged on its own.


def test_a_verb_read_as_a_noun_after_a_drug_is_parsed_again(findings):
    found = verdicts(findings, "Ambien treats insomnia and seizures.")
    assert ("Ambien treats insomnia", "supported", "F-0040") in found, found
    assert any(t == "Ambien treats seizures" and v != "supported" for t, v, _ in found), found


# A statistic of a drug's use ("doctors write 30 million prescriptions for it a year") is a claim an editor
# must see, whoever its subject is; a dose or a pill count is not such a statistic.


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacists fill 30 million prescriptions for Ativan every year.",
        "Prescribers wrote 1,200 prescriptions for Valium in one county.",
    ],
)
def test_a_statistic_of_use_is_shown(findings, text):
    found = verdicts(findings, text)
    assert found and all(v == "unsupported" for _, v, _ in found), found


# An effect called a symptom of a drug's withdrawal is what the withdrawal causes ("Anxiety is a withdrawal
# symptom of Ativan"), not a class the effect belongs to; a symptom of a condition is no such claim.


@pytest.mark.parametrize(
    "text",
    ["Anxiety is a common withdrawal symptom of Ativan.", "Seizures are a possible symptom of Valium withdrawal."],
)
def test_a_symptom_of_withdrawal_is_what_withdrawal_causes(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_a_symptom_of_a_condition_is_not_a_withdrawal_claim(findings):
    assert worst(findings, "Restlessness is a symptom of anxiety.") != "supported"


# After review: a row's "one of the most common" or "the second most frequent" does not rank a thing first
# alone; a class of other classes "that includes" a drug is the subject's list.


@pytest.mark.parametrize(
    "text",
    [
        "Headache is the most common side effect of eszopiclone.",
        "Dizziness is the most common side effect of lorazepam.",
        "Dizziness is the single most common side effect of Ativan.",
    ],
)
def test_a_first_rank_is_not_backed_by_a_lower_or_shared_one(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_a_class_of_classes_lists_the_subjects_members(findings):
    found = verdicts(findings, "SNRIs are a class of antidepressants that includes Zoloft.")
    assert any(v == "contradicted" and "Zoloft" in t for t, v, _ in found), found


# Strengths in grams are strengths too: "0.5, 1 and 2 grams" of a benzodiazepine is a thousand times the
# tablets the label lists, so the closed list of strengths refutes it.


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin comes in doses of 0.5, 1 and 3 grams.",
        "Ativan is sold as 1 gram tablets.",
        "Xanax comes in 0.25 g and 0.5 g tablets.",
    ],
)
def test_strengths_in_grams_are_judged_against_the_strengths(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_strengths_in_milligrams_stay_supported(findings):
    assert worst(findings, "Xanax comes in 0.25 mg, 0.5 mg, 1 mg and 2 mg tablets.") == "supported"


# A capital letter and its full stop after a lower-case word end a sentence ("category D. Benzodiazepines
# are ..."); the tokenizer had kept "D." as an initial and glued two sentences into one claim.


def test_a_letter_before_a_full_stop_ends_the_sentence(findings):
    found = verdicts(findings, "Valium is in pregnancy category D. Benzodiazepines are sedatives.")
    assert ("Benzodiazepines are sedatives", "supported", "F-0008") in found, found


def test_an_initial_inside_a_name_ends_nothing(findings):
    found = verdicts(findings, "Doctors such as John F. Kennedy prescribe Xanax for panic disorder.")
    assert len([t for t, _, _ in found if "Kennedy" in t]) <= 1, found


# A copula whose attribute is a kind of medicine ("a family of psychoactive drugs", "a dangerous drug",
# "of category D") classes its subject: a claim shown even when the table does not know the kind.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines are a family of psychoactive drugs.",
        "Tranxene is a dangerous drug.",
        "Restoril is of category X.",
    ],
)
def test_a_kind_the_table_does_not_know_is_shown(findings, text):
    found = verdicts(findings, text)
    assert found and all(v == "unsupported" for _, v, _ in found), found


def test_another_option_still_classes_nothing(findings):
    assert all(v == "not_checkworthy" for _, v, _ in verdicts(findings, "Ativan is another option."))


# "Become" is a copula: "Halcion can become habit-forming" says it causes addiction; "patients can become
# dependent on X" says X causes dependence; "neurons become less excitable" is a decrease.


@pytest.mark.parametrize(
    "text",
    [
        "Halcion can become habit-forming if it is taken for a long time.",
        "Patients can become dependent on Tranxene.",
        "People may become addicted to Librium over time.",
    ],
)
def test_becoming_addicted_or_dependent_is_caused_by_the_drug(findings, text):
    found = verdicts(findings, text)
    assert found and all(v == "supported" for _, v, _ in found), found


def test_becoming_addicted_to_a_drug_that_is_not_addictive_is_contradicted(findings):
    assert worst(findings, "Patients often become addicted to buspirone.") == "contradicted"


def test_becoming_less_excitable_is_a_decrease(findings):
    assert worst(findings, "Neurons exposed to diazepam become less excitable.") == "supported"


# A verb conjoined to a passive shares its auxiliary: "is prescribed and sold under the names A and B"
# names the drug's brands, a claim judged like "is sold under the names A and B".


def test_a_naming_verb_conjoined_to_a_passive_is_judged(findings):
    found = verdicts(findings, "Gabapentin is prescribed and sold under names such as Neurontin and Gralise.")
    assert any(v == "supported" and t.startswith("sold") for t, v, _ in found), found
    wrong = verdicts(findings, "Gabapentin is prescribed and sold under the brand name Xanax.")
    assert any(v == "contradicted" for _, v, _ in wrong), wrong


# "It" made worse is the one condition the sentence named before ("If given to people with depression, the
# drug may make it worse"); with two conditions named, "it" stays unresolved.


def test_it_made_worse_is_the_condition_named_before(findings):
    text = "Tranxene is a benzodiazepine. If given to people who have depression, the drug can make it worse."
    found = verdicts(findings, text)
    assert any(v == "supported" and "make it worse" in t for t, v, _ in found), found


def test_it_made_worse_after_two_conditions_is_not_guessed(findings):
    text = "If you have asthma or depression, Xanax can make it worse."
    assert all(v != "supported" for t, v, _ in verdicts(findings, text) if "worse" in t)


# Stopping a drug said to be gradual ("should be stopped gradually", "cessation of X should be slow") is
# the advice to taper it; not when denied.


@pytest.mark.parametrize(
    "text",
    [
        "Cessation of Tranxene should be gradual.",
        "Stopping Valium should be slow.",
        "Klonopin should be discontinued gradually.",
        "Xanax needs to be stopped slowly.",
    ],
)
def test_gradual_stopping_is_a_taper(findings, text):
    found = verdicts(findings, text)
    assert found and all(v == "supported" for _, v, _ in found), found


def test_a_denied_gradual_stop_is_no_taper_advice(findings):
    assert worst(findings, "Xanax should not be stopped gradually.") != "supported"


# A drug's name is singular unless it ends in "s": the tagger may tag "Xanax" a plural proper noun in a
# question ("Is Xanax safe?"), and "it" in the next sentence then found no antecedent of its number.


@pytest.mark.parametrize(
    "text",
    [
        "Is Xanax safe for older adults? It belongs to the benzodiazepine class.",
        "Can Halcion help with sleep? It is a benzodiazepine.",
    ],
)
def test_it_after_a_question_about_a_drug_is_that_drug(findings, text):
    found = verdicts(findings, text)
    assert any(v == "supported" and t.startswith("[") for t, v, _ in found), found


# How a product is sold in the US is one status at most (`us_status`: prescription drug, over the counter,
# dietary supplement): a benzodiazepine called a supplement is red by the row that the class is
# prescription-only.


@pytest.mark.parametrize(
    "text",
    ["Halcion is a supplement.", "Restoril is a herbal supplement.", "Gabapentin is an over-the-counter drug."],
)
def test_a_prescription_drug_called_a_supplement_or_otc_is_contradicted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize("text", ["Xanax is a prescription drug.", "Melatonin is a dietary supplement."])
def test_a_status_no_row_denies_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# A use claim that also calls the drug safe says more than the row of its use: "Xanax is completely
# safe for treating anxiety" is not backed by the row that it treats anxiety.


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is completely safe for treating anxiety.",
        "Hydroxyzine is a safe and effective treatment for anxiety.",
        "Studies praise the efficacy and safety of Lyrica in treating nerve pain.",
        "Klonopin safely treats panic disorder.",
    ],
)
def test_a_use_called_safe_is_not_backed_by_the_use_row(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_the_use_alone_stays_backed(findings):
    assert worst(findings, "Klonopin treats panic disorder.") == "supported"


# A verb joined to the one that completes a verb of use shares its subject: in "sedative hypnotics used to
# induce or maintain sleep", "maintain sleep" is said of the drug as "induce sleep" is.


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines are sedative hypnotics prescribed to induce or maintain sleep.",
        "Temazepam is a benzodiazepine prescribed to start or maintain sleep.",
    ],
)
def test_a_verb_joined_to_a_verb_of_use_shares_its_subject(findings, text):
    found = verdicts(findings, text)
    assert any(v == "supported" and "maintain sleep" in t for t, v, _ in found), found


# A phrase opened by "specifically" names what the noun before its comma is: in "a CNS depressant that
# acts on chemicals in the brain, specifically GABA", GABA belongs to the relative clause, not to the
# class claim, which the class row then backs.


def test_a_specifying_phrase_goes_with_the_noun_before_it(findings):
    text = "Ambien is a CNS depressant that acts by changing chemical messengers in the brain, specifically GABA."
    found = verdicts(findings, text)
    assert ("Ambien is a CNS depressant", "supported", "F-1416") in found, found


def test_a_word_left_out_after_a_glued_one_leaves_a_space(findings):
    found = verdicts(
        findings, "Zoloft should not be used if you are pregnant, breastfeeding, or taking any other drugs."
    )
    assert not any("breastfeedingany" in t for t, _, _ in found), found


# A verb of rise or fall over a "how often" or "how long" clause says which way something changes, a
# claim ("Benzodiazepines increase how often the channel opens"); "factors that affect how long X lasts"
# still gives no figure.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Benzodiazepines increase how often the GABA-A chloride channel opens.", "supported"),
        ("Klonopin increases how often the GABA-A channel opens.", "supported"),
        ("Ativan increases how long the GABA-A channel stays open.", "contradicted"),
        ("Benzodiazepines increase how long the chloride channel remains open.", "contradicted"),
    ],
)
def test_a_change_in_how_often_or_how_long_is_judged(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_what_affects_how_long_a_drug_lasts_is_still_no_claim(findings):
    assert worst(findings, "Factors that affect how long Xanax lasts include age.") == "not_checkworthy"


# "Interact" between a medicine and another substance is what the two do together: the interaction rows
# ("adds to the effects of alcohol", "potentiates CNS depressants") decide it, and a row on a class of
# drugs holds for each member. With a receptor, it stays a binding.


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Valium and alcohol do not interact.", "contradicted"),
        ("Hydroxyzine doesn't interact with alcohol.", "contradicted"),
        ("Hydroxyzine does not interact with Klonopin.", "contradicted"),
        ("Ativan interacts with alcohol.", "supported"),
        ("Hydroxyzine interacts with Ativan.", "supported"),
        ("Xanax interacts with GABA-A receptors.", "supported"),
    ],
)
def test_an_interaction_is_judged_by_the_interaction_rows(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# A property row found only elsewhere in the sentence ("can stop panic at its onset") backs no
# action the claim states ("works by slowing the central nervous system"); and the signs of withdrawal in
# a newborn are not what the rows on the user's own withdrawal list.


def test_a_property_named_beside_an_action_does_not_back_it(findings):
    text = "Hydroxyzine quiets the central nervous system, which can stop panic at its onset."
    found = verdicts(findings, text)
    assert not any(v == "supported" and "nervous system" in t for t, v, _ in found), found


def test_neonatal_withdrawal_signs_are_not_backed_by_the_users_withdrawal_rows(findings):
    found = verdicts(findings, "Neonatal benzodiazepine withdrawal symptoms include tremors and insomnia.")
    assert all(v != "supported" for _, v, _ in found), found
    assert worst(findings, "Benzodiazepine withdrawal symptoms include tremors.") == "supported"


# After review: a class set against another ("a prescription sleep aid, not an over-the-counter one") is
# not given to the subject; an initial after a person's title is no sentence end; low blood pressure is
# not the raised blood pressure of withdrawal; stopping said to be abrupt is the advice the rows refute.


@pytest.mark.parametrize(
    "text",
    [
        "Zolpidem is a prescription sleep aid, not an over-the-counter one.",
        "Hydroxyzine is a prescription drug, not an OTC drug.",
        "Sertraline is an SSRI, not an SNRI.",
    ],
)
def test_a_class_set_against_another_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_an_initial_after_a_title_does_not_split_the_claim(findings):
    found = verdicts(findings, "Diazepam was made by chemist L. Sternbach and approved by the FDA in 1963.")
    assert any(v == "supported" and "1963" in t for t, v, _ in found), found


def test_low_blood_pressure_is_not_the_raised_blood_pressure_of_withdrawal(findings):
    assert worst(findings, "Benzodiazepine withdrawal can cause a drop in blood pressure.") != "supported"
    assert worst(findings, "Benzodiazepine withdrawal can raise blood pressure.") == "supported"


@pytest.mark.parametrize(
    "text", ["Cessation of Ativan should be abrupt.", "Discontinuation of Klonopin should be immediate."]
)
def test_stopping_said_to_be_sudden_is_refuted(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# After review: a rarity said of an effect a row denies ("Few people become addicted to buspirone") is
# neither backed nor refuted by the denial; the plain affirmed claim stays red.


@pytest.mark.parametrize(
    "text",
    ["Few people become addicted to buspirone.", "Buspirone is rarely addictive.", "Buspar seldom causes dependence."],
)
def test_a_rarity_of_a_denied_effect_is_not_red(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_the_denied_effect_affirmed_is_still_red(findings):
    assert worst(findings, "Buspirone is addictive.") == "contradicted"


# After review: detox from alcohol is alcohol withdrawal, an indication, not drinking alcohol with the drug
# (the myth that combining them is safe).


@pytest.mark.parametrize(
    "text",
    [
        "Diazepam is recommended for alcohol detox.",
        "Benzodiazepines are recommended for alcohol detoxification.",
        "Chlordiazepoxide is given to people detoxing from alcohol.",
    ],
)
def test_alcohol_detox_is_withdrawal_not_drinking(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


# Round 25 (blind pages): a "by increasing" means hung on a copula with a "non-" class; "the same
# location as" a drug; a ranked plural set ("the most common side effects ... are").


@pytest.mark.parametrize(
    "text",
    [
        "Sonata is a non-benzodiazepine-Z drug, by boosting the effects of GABA-A receptors.",
        "Ambien is a non-benzodiazepine-Z medicine that acts as a hypnotic, by raising GABA-A receptor effects.",
    ],
)
def test_a_non_prefix_on_the_copula_does_not_deny_its_means(findings, text):
    means = [f.claim for f in findings(text) if f.claim.relation == "increases"]
    assert means and all(c.polarity == "affirmed" for c in means), verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Zolpidem binds at the same location as benzodiazepines.", "supported"),
        ("Eszopiclone acts at the same spot in the brain as Valium.", "supported"),
        ("Buspirone acts at the same location as Xanax.", "contradicted"),
    ],
)
def test_the_same_location_as_a_drug_is_its_receptor(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "The most common side effects of benzodiazepines are drowsiness, dizziness and poor coordination.",
        "The most frequent side effects of lorazepam include dizziness.",
    ],
)
def test_a_ranked_plural_set_shares_the_rank(findings, text):
    assert {v for _, v, _ in verdicts(findings, text)} == {"supported"}, verdicts(findings, text)


def test_a_ranked_single_effect_still_needs_a_row_that_ranks_it_first(findings):
    assert worst(findings, "The most common side effect of lorazepam is dizziness.") == "unsupported"


@pytest.mark.parametrize(
    "text,graded",
    [
        ("Side effects of diazepam are usually mild and include drowsiness.", "are usually mild"),
        ("The common side effects of lorazepam are brief and include dizziness.", "are brief"),
    ],
)
def test_a_copula_with_its_own_adjective_does_not_borrow_the_next_verbs_object(findings, text, graded):
    found = verdicts(findings, text)
    assert all(v != "supported" for t, v, _ in found if graded in t), found
    assert any(v == "supported" and graded not in t for t, v, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "If you're looking for a short overview of this article, here are the main points about sleep aids.",
        "Admission into an inpatient rehab program near you is the first step toward a sober life.",
        "If your use has grown past the prescription, then addiction treatment is strongly recommended.",
    ],
)
def test_page_pointers_and_rehab_calls_to_action_are_boilerplate(findings, text):
    assert [f.reason.value for f in findings(text)] == ["boilerplate"], verdicts(findings, text)


def test_a_treatment_recommended_for_a_condition_is_still_a_claim(findings):
    text = "Treatment with lorazepam is recommended for status epilepticus."
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "You can take Ativan with alcohol.",
        "Diazepam can be taken with alcohol.",
        "Patients can mix Klonopin and alcohol.",
    ],
)
def test_leave_to_take_a_medicine_with_alcohol_is_the_myth(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    ["You cannot take Ativan with alcohol.", "Diazepam can be taken with opioids only under close supervision."],
)
def test_denied_or_bounded_leave_is_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is impossible to overdose on Ativan.",
        "Overdosing on Klonopin is impossible.",
        "You cannot overdose on Valium, it is simply impossible.",
    ],
)
def test_impossible_denies_what_it_governs(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


# After review: "it's impossible" spliced after a claim, "not impossible" and a hedge "it is unlikely
# that X" do not deny the claim beside them.


@pytest.mark.parametrize(
    "text",
    [
        "You can overdose on Ativan, it's not impossible.",
        "Buspirone can't cause dependence, it's impossible.",
        "It is unlikely that Klonopin will cause suicidal thoughts.",
        "It is not impossible for buspirone to cause dizziness.",
    ],
)
def test_a_spliced_or_hedged_impossible_does_not_turn_a_true_claim_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Ativan is widely prescribed, and you cannot overdose on it.", "contradicted"),
        ("Klonopin is strong. People can overdose on it.", "supported"),
    ],
)
def test_an_effect_on_it_is_the_drug_it_stands_for(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("SSRIs are antidepressants. Doctors often prescribe them for anxiety.", "supported"),
        ("Benzodiazepines are sedatives. Doctors prescribe them to treat depression.", "contradicted"),
    ],
)
def test_them_after_a_verb_of_use_is_the_class_named_before(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Benzodiazepines are a family of medicines that act as sedatives.", "supported"),
        ("SNRIs are a type of drugs that treat depression.", "supported"),
        ("Benzodiazepines are a group of medicines that are known as antidepressants.", "contradicted"),
    ],
)
def test_a_clause_on_the_drugs_of_a_class_is_said_of_the_class(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Klonopin comes in tablet form with dosage variants of 2 mg, 1 mg and 0.5 mg.", "supported"),
        ("Xanax comes in tablet form with dose options of 0.5 mg and 7 mg.", "contradicted"),
    ],
)
def test_dosage_variants_are_strengths(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


@pytest.mark.parametrize(
    "text", ["Constipation is a common side effect of Librium.", "Chlordiazepoxide often causes nausea."]
)
def test_a_common_effect_is_not_backed_by_a_row_that_says_infrequent(findings, text):
    assert worst(findings, text) == "unsupported", verdicts(findings, text)


def test_the_plain_effect_is_still_backed_by_the_infrequent_row(findings):
    assert worst(findings, "Chlordiazepoxide can cause nausea.") == "supported"


def test_a_counted_kind_renamed_by_its_drugs_gives_each_drug_the_kind(findings):
    text = "Two SSRIs, Klonopin and Ativan, are widely prescribed."
    found = verdicts(findings, text)
    assert sum(v == "contradicted" for _, v, _ in found) == 2, found


def test_the_drugs_of_a_counted_kind_are_the_subject_of_its_verb(findings):
    text = "Two benzodiazepines, Xanax and Klonopin, are prescribed for panic disorder."
    assert {v for _, v, _ in verdicts(findings, text)} == {"supported"}, verdicts(findings, text)


def test_a_list_after_a_plain_noun_is_still_a_list(findings):
    text = "Lorazepam treats anxiety disorders, anxiety associated with depression, and insomnia due to anxiety."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "It can take 2 to 4 weeks before you notice improvement with sertraline.",
        "It may take a few weeks before patients see an improvement on an SSRI.",
    ],
)
def test_noticing_improvement_is_the_onset(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Klonopin is well known to be habit-forming.", "supported"),
        ("Ativan is thought to be addictive.", "supported"),
        ("Buspirone is believed to be addictive.", "contradicted"),
    ],
)
def test_a_reported_copula_says_what_the_copula_says(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


# After review: what can happen is no leave ("can be taken with alcohol, but it is dangerous"); a
# place of metabolism is no receptor; page pointers followed by a claim are not furniture; each drug
# of a counted kind is judged apart.


@pytest.mark.parametrize(
    "text",
    [
        "Valium can be taken with alcohol, but doing so is extremely dangerous.",
        "Xanax can be combined with alcohol to produce a dangerous high.",
        "Users can mix Xanax and alcohol without realizing how dangerous it is.",
        "Individuals may take Ativan with alcohol in an attempt to self-medicate.",
    ],
)
def test_what_can_happen_with_alcohol_is_not_leave(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_place_of_metabolism_is_not_a_receptor(findings):
    assert worst(findings, "Ativan is metabolized in the same location as Xanax.") != "supported"


@pytest.mark.parametrize(
    "text",
    [
        "If you're looking for a quick summary of this article, Xanax is safe to mix with alcohol.",
        "Admission into a detox program is the first step, and Xanax can be stopped abruptly after that.",
    ],
)
def test_a_claim_after_a_page_pointer_or_call_to_action_is_read(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_each_drug_of_a_counted_kind_is_judged_apart(findings):
    found = verdicts(findings, "Two SSRIs, Lexapro and Zoloft, are approved for generalized anxiety disorder.")
    assert any(v == "contradicted" and "Zoloft" in t for t, v, _ in found), found
    assert any(v == "supported" and "Lexapro" in t for t, v, _ in found), found


# Session 32: a view once held, in the active voice, is reported, not asserted.


@pytest.mark.parametrize(
    "text",
    [
        "Physicians once believed that Valium was not habit-forming.",
        "When zolpidem reached pharmacies, researchers thought it unlikely to cause dependence.",
        "At first, prescribers assumed that Xanax carried no risk of addiction.",
        "Doctors used to think that Ativan was not addictive.",
        "Researchers initially believed that zolpidem was free of dependence risk.",
    ],
)
def test_a_view_once_held_is_no_red_mark(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Physicians believe that Valium is not habit-forming.",
        "Researchers thought that Xanax carried no risk of addiction.",
    ],
)
def test_a_present_or_unmarked_belief_stays_the_pages_claim(findings, text):
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is prescribed for anxiety, insomnia linked to stress, and seizures including status epilepticus.",
        "Ativan is used for brief treatment of anxiety, sleeplessness, acute seizures including status epilepticus.",
    ],
)
def test_examples_given_to_one_member_are_not_every_members(findings, text):
    found = verdicts(findings, text)
    assert any(v == "supported" and t.endswith("anxiety") for t, v, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Avoid drinking alcohol while taking Klonopin.",
        "Avoid consuming alcohol while you are taking Ativan.",
    ],
)
def test_avoiding_an_intake_of_a_companion_is_the_alcohol_warning(findings, text):
    assert worst(findings, text) == "supported", verdicts(findings, text)


def test_drug_labelled_lines_under_a_field_heading_are_that_field_of_each_drug(findings):
    text = "Common side effects:\nKlonopin: Drowsiness, dizziness, fatigue.\nAtivan: Sedation, dizziness, weakness."
    found = verdicts(findings, text)
    assert any(t.startswith("Ativan:") and "weakness" in t and v == "supported" for t, v, _ in found), found
    assert not any(t.startswith("[") and " and " in t.split("]")[0] for t, _, _ in found), found


def test_a_field_label_that_names_its_drug_is_about_that_drug(findings):
    found = verdicts(findings, "Most common side effects of Ativan: Sedation, dizziness, weakness, unsteadiness.")
    assert [v for _, v, _ in found] == ["supported"] * 4, found


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin, a brand name for diazepam, is taken for panic attacks.",
        "Ativan (the trade name of alprazolam) eases anxiety.",
    ],
)
def test_an_appositive_giving_a_name_to_another_drug_is_red(findings, text):
    found = [(f.claim.text, f.verdict.value, f.reason.value) for f in findings(text)]
    assert any(v == "contradicted" and r == "name_conflict" for _, v, r in found), found


def test_an_appositive_giving_a_drug_its_own_name_is_not_red(findings):
    text = "Klonopin, a brand name for clonazepam, is taken for panic attacks."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam and other opioids can slow your breathing.",
        "Patients given Ativan, Valium and other SSRIs often feel drowsy.",
    ],
)
def test_a_drug_listed_before_other_members_of_a_wrong_class_is_red(findings, text):
    found = [(f.claim.text, f.verdict.value, f.reason.value) for f in findings(text)]
    assert any(v == "contradicted" and r == "class_conflict" for _, v, r in found), found


def test_a_drug_listed_before_other_members_of_its_class_is_backed(findings):
    found = verdicts(findings, "Klonopin and other benzodiazepines can slow your breathing.")
    assert ("Klonopin and other benzodiazepines", "supported", "F-0001") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin calms anxiety. Valerian is an herb sold in capsules. It can reduce anxiety.",
        "Ativan eases anxiety. Passionflower, a climbing vine, has a long history. It can ease anxiety.",
    ],
)
def test_it_after_a_thing_the_table_does_not_know_is_not_the_drug_before(findings, text):
    found = verdicts(findings, text)
    assert not any(t.startswith("[") and "It can" in t for t, _, _ in found), found
    assert sum(v == "supported" for _, v, _ in found) == 1, found


def test_it_after_a_sentence_about_the_medication_is_still_the_drug(findings):
    text = "Klonopin eases panic attacks. The medication is a small tablet. It can reduce anxiety."
    found = verdicts(findings, text)
    assert any(t.startswith("[Klonopin]") and "reduce anxiety" in t for t, _, _ in found), found


# After review: loose class names, words of the class noun's own, "non-" in a field value,
# class beliefs reported, statements reported, list members after an example.


@pytest.mark.parametrize(
    "text",
    [
        "Effexor and other serotonin reuptake inhibitors may cause nausea at first.",
        "Cymbalta is a serotonin reuptake inhibitor.",
        "Drug class of Sonata: non-benzodiazepine, hypnotic, Schedule IV.",
        "Drug class:\nLunesta: Non-benzodiazepine sedative-hypnotic.",
        "Years ago I thought Ambien was a benzodiazepine.",
        "Many people think that buspirone is a benzodiazepine.",
    ],
)
def test_true_or_reported_class_statements_are_not_red(findings, text):
    assert worst(findings, text) != "contradicted", verdicts(findings, text)


def test_a_class_noun_with_words_of_its_own_gives_no_kind_claim(findings):
    found = verdicts(findings, "Ativan and other long-acting benzodiazepines are used for anxiety.")
    assert not any("long-acting" in t and v == "supported" for t, v, _ in found), found


def test_what_a_professional_said_back_then_is_still_judged(findings):
    text = "When my daughter began taking Xanax, her doctor said it would not be habit-forming."
    assert worst(findings, text) == "contradicted", verdicts(findings, text)


def test_a_list_member_after_an_example_is_a_member_of_its_own(findings):
    found = verdicts(findings, "Valium is prescribed for anxiety, muscle spasms like back spasms, and depression.")
    assert any(t.endswith("anxiety") and v == "supported" for t, v, _ in found), found
    assert any(t.endswith("depression") and v == "contradicted" for t, v, _ in found), found


def test_a_grade_the_row_states_is_no_caveat(findings):
    found = verdicts(
        findings, "Buspirone helps with generalized anxiety disorder and gives short-term relief of anxiety."
    )
    assert all(v == "supported" for _, v, _ in found), found


def test_a_class_named_as_a_role_is_no_antecedent_whatever_its_words(findings):
    text = "At first Neurontin was prescribed as a muscle relaxer. The drug later showed promise in treating seizures."
    found = verdicts(findings, text)
    assert any(t.startswith("[Neurontin]") and v == "supported" for t, v, _ in found), found


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Do not drink while you are taking Klonopin.", "supported"),
        ("Avoid drinking while taking Ativan.", "supported"),
        ("You can drink while taking Valium.", "contradicted"),
    ],
)
def test_drinking_with_no_object_is_drinking_alcohol(findings, text, verdict):
    assert worst(findings, text) == verdict, verdicts(findings, text)


def test_drinking_something_named_is_not_alcohol(findings):
    text = "Drink plenty of water while taking Lyrica."
    assert worst(findings, text) != "contradicted", verdicts(findings, text)
