"""One test per reason code, each over several wordings (none taken from a seed article)."""

import pytest


def worst(findings, text):
    rank = {"contradicted": 3, "unsupported": 2, "supported": 1, "not_checkworthy": 0}
    return max(findings(text), key=lambda f: rank[f.verdict.value])


def assert_reason(findings, text, verdict, reason):
    f = worst(findings, text)
    assert (f.verdict.value, f.reason.value) == (verdict, reason), (text, f.verdict.value, f.reason.value, f.fact)
    return f


@pytest.mark.parametrize(
    "text",
    [
        "Valium lowers the amount of serotonin in the brain.",
        "Benzodiazepines make nerve cells produce more GABA.",
        "Naloxone can reverse an overdose of Xanax.",
        "Lorazepam is safe to combine with alcohol.",
    ],
)
def test_myth_match(findings, text):
    f = assert_reason(findings, text, "contradicted", "myth_match")
    assert f.fact.is_myth and f.fact.correction and f.fact.source


@pytest.mark.parametrize(
    "text",
    [
        "Clonazepam does not cause drowsiness.",
        "Lorazepam has an active metabolite.",
        "Xanax does not treat panic disorder.",
        "Benzodiazepines are not controlled substances.",
        "Citalopram has no effect on the QT interval.",  # "affect" is implied by "causes QT prolongation"
        "Benzodiazepines do not affect breathing at all.",
    ],
)
def test_negation_conflict(findings, text):
    assert_reason(findings, text, "contradicted", "negation_conflict")


@pytest.mark.parametrize(
    "text",
    [
        "Flumazenil increases the sedation caused by benzodiazepines.",
        "SSRIs increase the reuptake of serotonin.",
    ],
)
def test_direction_conflict(findings, text):
    assert_reason(findings, text, "contradicted", "direction_conflict")


@pytest.mark.parametrize(
    "text",
    [
        "Diazepam has a short half-life.",
        "Benzodiazepines are slow to take effect.",
    ],
)
def test_value_conflict(findings, text):
    assert_reason(findings, text, "contradicted", "value_conflict")


@pytest.mark.parametrize(
    "text,bad",
    [
        ("Klonopin has a half-life of about 2 hours.", "2"),
        ("The maximum dose of Xanax for generalized anxiety disorder is 12 mg per day.", "12"),
        ("Ativan tablets come in 5 mg and 10 mg strengths.", "5"),
        ("Diazepam's half-life is only 3 hours.", "3"),
        ("The AASM says adults need just 4 hours of sleep each night.", "4"),  # the authority's own figure
    ],
)
def test_quantity_out_of_range(findings, text, bad):
    f = assert_reason(findings, text, "contradicted", "quantity_out_of_range")
    assert f.fact.qty_min is not None or f.fact.qty_max is not None


@pytest.mark.parametrize(
    "text,verdict,reason",
    [
        ("Xanax has a longer half-life than Klonopin.", "contradicted", "comparison_conflict"),
        ("Alprazolam stays in the body longer than clonazepam.", "contradicted", "comparison_conflict"),
        ("Clonazepam has a shorter half-life than alprazolam.", "contradicted", "comparison_conflict"),
        ("Klonopin has a longer half-life than Xanax.", "supported", "fact_match"),
        ("Lorazepam has a shorter half-life than clonazepam.", "supported", "fact_match"),
    ],
)
def test_comparison(findings, text, verdict, reason):
    assert_reason(findings, text, verdict, reason)


def test_comparison_needs_both_sides(findings):
    # Hydroxyzine's half-life is not in the table: one drug's row must not back a comparison.
    assert worst(findings, "Clonazepam has a longer half-life than hydroxyzine.").verdict.value == "unsupported"
    # Buspirone's is (2-3 hours), so the same sentence about it is judged from both rows.
    assert worst(findings, "Clonazepam has a longer half-life than buspirone.").verdict.value == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "The FDA says benzodiazepines should be used for no longer than 4 weeks.",
        "According to the FDA, benzodiazepines should not be taken for more than four weeks.",
    ],
)
def test_attribution_conflict(findings, text):
    f = assert_reason(findings, text, "contradicted", "attribution_conflict")
    assert f.fact.attribution == "uk_guidance"


def test_right_attribution_is_supported(findings):
    f = worst(findings, "UK guidance says benzodiazepines should be used for no longer than 4 weeks.")
    assert f.verdict.value == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone is a benzodiazepine.",
        "Klonopin is an SSRI.",
        "Benzodiazepines are a type of opioid.",
        "Zolpidem belongs to the benzodiazepine class.",
    ],
)
def test_class_conflict(findings, text):
    assert_reason(findings, text, "contradicted", "class_conflict")


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Clonazepam raises endorphin levels.", "no_matching_fact"),
        # "improves" is no relation word of the closed list: the claim cannot be framed
        ("Lorazepam improves eyesight in teenagers.", "not_understood"),
    ],
)
def test_no_matching_fact(findings, text, reason):
    f = worst(findings, text)
    assert f.verdict.value in ("unsupported", "not_checkworthy")
    if f.verdict.value == "unsupported":
        assert f.reason.value == reason


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Benzodiazepines do not lower serotonin.", "supported"),
        ("Benzodiazepines do not block GABA.", "supported"),
    ],
)
def test_myth_negated(findings, text, verdict):
    assert_reason(findings, text, verdict, "myth_negated")


def test_hedged_claim_is_weaker(findings):
    asserted = worst(findings, "Klonopin raises endorphin levels.")
    hedged = worst(findings, "Klonopin might raise endorphin levels.")
    assert asserted.verdict.value == hedged.verdict.value == "unsupported"
    assert (asserted.severity.value, hedged.severity.value) == ("warning", "info")


def test_thresholds_are_configurable(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import main

    (tmp_path / "a.txt").write_text("Buspirone is a benzodiazepine.\n")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["a.txt"]).exit_code == 1
    (tmp_path / "verify.toml").write_text("[thresholds]\ncontradict = 100\n")
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 0 and "unsupported" in result.output
    (tmp_path / "verify.toml").write_text("[thresholds]\ncontradict = 140\n")
    result = runner.invoke(main, ["a.txt"])
    assert result.exit_code == 2 and "contradict" in result.output


def test_vague_counts_do_not_block_support(findings):
    # "within a few weeks" is no figure a row must cover; "a few hours" still contradicts an onset row.
    assert (
        worst(findings, "Benzodiazepines can cause physical dependence within a few weeks.").verdict.value
        == "supported"
    )
    assert worst(findings, "SSRIs usually take several weeks to work.").verdict.value == "supported"
    assert worst(findings, "Sertraline starts to work within a few hours.").verdict.value == "contradicted"


def test_unattributed_figure_is_not_judged_by_an_authoritys_recommendation(findings):
    # A recommendation row judges what its authority is said to recommend, not sleep statistics.
    assert worst(findings, "Many adults sleep only 5 hours a night.").verdict.value != "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Klonopin is long-acting. Melatonin has a short half-life.",
        "Klonopin can cause drowsiness. Chamomile tea does not cause drowsiness in most people.",
        "Lorazepam works quickly. Magnesium works slowly, if at all.",
        "Xanax is used to treat anxiety. Passionflower is not approved to treat anxiety.",
    ],
)
def test_a_subject_the_table_does_not_know_is_not_the_last_drug_named(findings, text):
    # The second sentence is about something else; judging it as the drug before it would turn it red.
    assert [f.verdict.value for f in findings(text) if f.verdict.value == "contradicted"] == []


def test_the_use_of_the_drug_still_means_that_drug(findings):
    assert (
        worst(findings, "Clonazepam is a benzodiazepine. Long-term use can lead to tolerance.").verdict.value
        == "supported"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Doctors recommend benzodiazepines for short-term use.",
        "Benzodiazepines are recommended only for short-term use.",
    ],
)
def test_advice_about_a_drug_is_not_advice_about_its_class_combinations(findings, text):
    # A benzodiazepine is a CNS depressant, but this advice is not about combining CNS depressants.
    assert worst(findings, text).verdict.value != "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "The Beers Criteria recommend avoiding benzodiazepines in older adults.",
        "Experts advise avoiding alcohol while taking Xanax.",
    ],
)
def test_recommending_to_avoid_is_advice_against(findings, text):
    assert worst(findings, text).verdict.value == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Exercise makes anxiety worse.",  # the row says exercise reduces anxiety
        "SSRIs rarely cause sexual side effects.",  # the row says they commonly do
    ],
)
def test_agreeing_entities_do_not_back_a_claim_that_says_otherwise(findings, text):
    assert worst(findings, text).verdict.value != "supported"


def test_make_worse_and_better_are_directions(findings):
    assert worst(findings, "Caffeine can make anxiety worse.").verdict.value == "supported"
    assert worst(findings, "Caffeine makes anxiety better.").verdict.value == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Ativan is indicated for anxiety associated with depressive symptoms.",
        "Alprazolam was approved for anxiety associated with depression.",
    ],
)
def test_a_qualifying_mention_is_not_a_second_object(findings, text):
    # The label's indication is a kind of anxiety; it does not say the drug treats depression.
    assert worst(findings, text).verdict.value == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Venlafaxine is an SSRI.",  # it is an SNRI
        "Clonazepam is a Schedule II controlled substance.",  # Schedule IV
    ],
)
def test_a_second_exclusive_class_is_a_class_conflict(findings, text):
    assert_reason(findings, text, "contradicted", "class_conflict")


@pytest.mark.parametrize(
    "text",
    [
        "Xanax is a benzodiazepine, not an SSRI.",
        "Gabapentin is an anticonvulsant, not a benzodiazepine.",
        "Clonazepam is an anticonvulsant.",  # functional groups are not exclusive
    ],
)
def test_is_x_not_y_denies_y(findings, text):
    assert [f.verdict.value for f in findings(text) if f.verdict.value != "supported"] == []
