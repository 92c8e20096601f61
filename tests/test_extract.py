"""Extraction on small hand-written texts: atomic claims, spans, polarity, modality, roles."""

from pipeline.types import Reason


def checkworthy(claims):
    return [c for c in claims if c.checkworthy]


def test_spans_point_into_the_text(claims):
    text = "Ativan is a benzodiazepine.\n\nIt can cause drowsiness, dizziness and confusion in older adults."
    for c in claims(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end].strip() == text[c.start : c.end]
        assert text[c.start : c.end] in c.sentence or c.sentence in text


def test_coordinated_objects_become_atomic_claims(claims):
    out = checkworthy(claims("Valium can cause drowsiness, dizziness and confusion."))
    assert [sorted(r.id for r in c.objects) for c in out] == [["sedation"], ["dizziness"], ["confusion"]]
    assert all(c.subjects[0].id == "diazepam" for c in out)
    assert out[1].text.endswith("dizziness")


def test_coordinated_predicates_share_the_subject(claims):
    out = checkworthy(claims("Lorazepam treats anxiety disorders and causes sleepiness."))
    assert [(c.relation, c.subjects[0].id) for c in out] == [("treats", "lorazepam"), ("causes", "lorazepam")]


def test_negation_and_scope(claims):
    neg = checkworthy(claims("Xanax does not raise dopamine levels."))[0]
    assert neg.polarity == "negated"
    scoped = checkworthy(claims("Low mood is not only a withdrawal symptom."))
    assert all(c.polarity == "affirmed" for c in scoped)


def test_hedges_and_indirect(claims):
    c = checkworthy(claims("Ativan might indirectly influence serotonin signalling."))[0]
    assert c.modality == "hedged" and c.indirect


def test_aspect_of_a_neurotransmitter(claims):
    amount = checkworthy(claims("Benzos boost the level of GABA in the brain."))[0]
    effect = checkworthy(claims("Benzos boost the calming effect of GABA."))[0]
    assert [(r.id, r.aspect) for r in amount.objects] == [("gaba", "amount")]
    assert [(r.id, r.aspect) for r in effect.objects] == [("gaba", "effect")]


def test_passive_voice_keeps_roles(claims):
    c = checkworthy(claims("Drowsiness is caused by lorazepam."))[0]
    assert [r.id for r in c.subjects] == ["lorazepam"] and [r.id for r in c.objects] == ["sedation"]


def test_pronoun_resolves_to_recent_drug(claims):
    out = checkworthy(claims("Diazepam is sold as Valium. It is also prescribed for seizures."))
    assert out[-1].subjects[0].id == "diazepam" and out[-1].relation == "treats"


def test_appositive_and_examples(claims):
    out = checkworthy(claims("Ativan, a benzodiazepine, is taken by mouth."))
    assert any(c.relation == "is_a" and c.objects[0].id == "benzodiazepine" for c in out)
    out = checkworthy(claims("It blocks excitatory neurotransmitters such as glutamate."))
    assert any(c.relation == "is_a" and c.subjects[0].id == "glutamate" for c in out)


def test_lead_in_bullets_continue_the_sentence(claims):
    text = "Valium has two main actions:\n- Binding to the GABA-A receptor.\n- Lowering neuronal excitability."
    out = checkworthy(claims(text))
    assert [(c.subjects[0].id, c.relation) for c in out[-2:]] == [("diazepam", "binds"), ("diazepam", "decreases")]


def test_attribution_and_duration_limit(claims):
    c = checkworthy(claims("According to the manufacturer, Klonopin should be taken for no more than six weeks."))[0]
    assert c.attribution == "manufacturer"
    assert c.quantities[0].low == 6 and c.quantities[0].unit == "weeks"


def test_not_checkworthy_lines(claims):
    text = (
        "Understanding Benzodiazepines\n"
        "Can Xanax help with sleep?\n"
        "This page is for informational purposes only and is not medical advice.\n"
        "Share this article\n"
        "Talk to your doctor before changing a dose.\n"
    )
    reasons = [c.reason for c in claims(text)]
    assert all(not c.checkworthy for c in claims(text))
    assert Reason.HEADING in reasons and Reason.QUESTION in reasons and Reason.BOILERPLATE in reasons


def test_deterministic(claims):
    text = "Klonopin is long-acting. Its half-life is 30 to 40 hours, so it is taken once or twice a day."
    assert claims(text) == claims(text)


def test_no_subject_leaks_from_earlier_sentences(claims):
    out = checkworthy(
        claims(
            "Pregabalin is an anticonvulsant.\n\nThe National Sleep Foundation recommends "
            "7 to 9 hours of sleep for adults.\n"
        )
    )
    assert [r.id for r in out[-1].subjects] == ["national_sleep_foundation"]
    out = claims("Xanax is a benzodiazepine.\n\nIt is important to get enough sleep.\n")
    assert not out[-1].checkworthy and not out[-1].subjects


def test_advice_frame_is_not_a_claim_but_its_reported_clause_is(claims):
    out = claims("Valium helps anxiety. It is essential to take Valium as prescribed and report any side effects.")
    assert not any(c.checkworthy for c in out[1:])
    assert [c.reason for c in out[1:]].count(Reason.INSTRUCTION) == 2
    out = claims("It is worth stressing that the manufacturer does not advise Klonopin for seizures.")
    assert any(c.checkworthy and c.attribution == "manufacturer" for c in out)


def test_a_short_line_of_sentences_is_not_a_title():
    from pipeline.extract.blocks import split_blocks

    # The last sentence has lost its full stop; the line is still prose, not a heading.
    text = "Xanax raises the effect of GABA. It works within an hour\nEscitalopram vs. Citalopram\n"
    prose, title = split_blocks(text)
    assert not prose.heading and title.heading
