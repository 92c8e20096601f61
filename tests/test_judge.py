"""Verdicts and reason codes on hand-written sentences (none taken from a seed article)."""

import pytest


def verdict_of(findings, text):
    """The worst verdict among the check-worthy claims of `text`, with its finding."""
    rank = {"contradicted": 3, "unsupported": 2, "supported": 1, "not_checkworthy": 0}
    out = max(findings(text), key=lambda f: rank[f.verdict.value])
    return out.verdict.value, out


@pytest.mark.parametrize(
    "text",
    [
        "Benzos cut the amount of serotonin that nerve cells release.",
        "Klonopin lowers serotonin levels in the brain.",
        "Valium works by reducing serotonin production.",
    ],
)
def test_myth_match_lower_serotonin(findings, text):
    verdict, f = verdict_of(findings, text)
    assert verdict == "contradicted" and f.reason.value == "myth_match"
    assert f.fact.is_myth and f.fact.source


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines raise the level of GABA in the brain.",
        "Xanax boosts the amount of GABA your neurons make.",
    ],
)
def test_myth_match_more_gaba(findings, text):
    assert verdict_of(findings, text)[0] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines enhance the effect of GABA.",
        "Ativan boosts GABA activity at its receptor.",
    ],
)
def test_true_mechanism_is_supported(findings, text):
    verdict, f = verdict_of(findings, text)
    assert verdict == "supported", f


def test_negated_myth_is_supported(findings):
    verdict, f = verdict_of(findings, "Klonopin does not lower serotonin levels.")
    assert verdict == "supported" and f.reason.value in ("myth_negated", "fact_match")


def test_negation_conflict(findings):
    verdict, f = verdict_of(findings, "Lorazepam is not a benzodiazepine.")
    assert verdict == "contradicted" and f.reason.value == "negation_conflict"


def test_direction_conflict(findings):
    verdict, f = verdict_of(findings, "Benzodiazepines increase neuronal excitability.")
    assert verdict == "contradicted" and f.reason.value == "direction_conflict"


def test_quantity_out_of_range(findings):
    verdict, f = verdict_of(findings, "The half-life of Klonopin is about 2 hours.")
    assert verdict == "contradicted" and f.reason.value == "quantity_out_of_range"
    assert verdict_of(findings, "The half-life of Klonopin is 30 to 40 hours.")[0] == "supported"


def test_value_conflict(findings):
    verdict, f = verdict_of(findings, "Diazepam has a short half-life.")
    assert verdict == "contradicted" and f.reason.value == "value_conflict"


def test_a_myth_that_states_the_claim_is_cited_before_a_conflicting_row(findings):
    # clonazepam's half-life row conflicts with the claim; the myth row states it word for word
    verdict, f = verdict_of(findings, "Clonazepam has a short half-life.")
    assert verdict == "contradicted" and f.reason.value == "myth_match" and f.fact.id == "M-0023"


def test_causal_myth_about_dopamine_and_sleepiness(findings):
    assert verdict_of(findings, "Because Xanax changes dopamine release, it makes people sleepy.")[0] == "contradicted"
    assert verdict_of(findings, "Xanax makes people sleepy because it enhances GABA.")[0] != "contradicted"


def test_attribution_myth(findings):
    verdict, f = verdict_of(findings, "The manufacturer says Klonopin should not be used for more than three weeks.")
    assert verdict == "contradicted" and f.fact.attribution == "manufacturer"
    # The same limit attributed to nobody is not the attribution myth.
    verdict, f = verdict_of(findings, "Klonopin is often prescribed for a few weeks.")
    assert verdict != "contradicted"


def test_class_facts_apply_to_members_not_reverse(findings, kb):
    verdict, f = verdict_of(findings, "Klonopin binds to the GABA-A receptor.")
    assert verdict == "supported" and kb.is_kind_of("clonazepam", f.fact.subject)


def test_unsupported_lists_closest_rows(findings):
    verdict, f = verdict_of(findings, "Clonazepam raises endorphin levels in teenagers.")
    assert verdict == "unsupported" and f.severity.value == "warning"
    assert f.considered and all(c.note for c in f.considered)


def test_hedged_unsupported_is_info(findings):
    verdict, f = verdict_of(findings, "Klonopin might raise endorphin levels.")
    assert verdict == "unsupported" and f.severity.value == "info"


def test_noise_is_never_flagged(findings):
    text = "Subscribe to our newsletter for weekly tips!\nDisclaimer: this is not medical advice.\n"
    assert all(f.verdict.value == "not_checkworthy" for f in findings(text))


def test_numbers_no_row_covers_are_not_supported(findings):
    verdict, f = verdict_of(findings, "Klonopin treats panic disorder at 3 mg three times a day.")
    assert verdict == "unsupported"
    assert any("numbers" in c.note for c in f.considered)
    assert verdict_of(findings, "Klonopin treats panic disorder.")[0] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Benzodiazepines cause sedation without affecting serotonin.",
        "Clonazepam increases GABA activity without increasing GABA levels.",
        "Clonazepam boosts GABA's effect.",
        "GABA's effect is boosted by clonazepam.",
        "SSRIs decrease serotonin's reuptake.",
        "Rather than increasing GABA levels, benzodiazepines enhance the effect of GABA.",
        "Instead of raising GABA levels, benzodiazepines make GABA more effective.",
        "Neither Xanax nor Klonopin raises GABA levels.",
        "Klonopin does not lower serotonin or raise GABA levels.",
        "Benzodiazepines fail to raise GABA levels.",
        "It is not true that benzodiazepines increase GABA levels.",
        "The idea that benzodiazepines increase GABA levels is wrong.",
        "A common myth is that benzodiazepines reduce serotonin release.",
        "Many websites incorrectly claim that benzodiazepines reduce serotonin.",
        "SSRIs reduce how much serotonin is reabsorbed.",
        "SSRIs do not increase serotonin production.",
        "SSRIs do not raise the levels of all neurotransmitters.",
        "Alprazolam does not treat all anxiety.",
        "Benzodiazepines cause sedation by enhancing GABA, not by releasing dopamine.",
        "Depending on the receptor, serotonin can act as an inhibitory neurotransmitter.",
        "Adults between 18 and 64 years old need seven to nine hours of sleep, the National Sleep Foundation says.",
    ],
)
def test_true_statements_are_never_contradicted(findings, text):
    assert all(f.verdict.value != "contradicted" for f in findings(text)), [
        (f.claim.text, f.fact.id) for f in findings(text) if f.verdict.value == "contradicted"
    ]


def test_bare_myth_despite_a_misparse(findings):
    assert verdict_of(findings, "Clonazepam lowers serotonin.")[0] == "contradicted"


def test_support_from_a_class_row_cites_the_membership_too(verifier):
    found = verifier.verify_text("Restoril is a sedative-hypnotic.").articles[0].findings
    assert found[0].verdict.value == "supported", found
    row, member = found[0].evidence[:2]
    cited = [f.id for f in found[0].evidence]
    assert row.subject == "benzodiazepine" and row.object == "sedative_hypnotic", cited
    assert (member.subject, member.relation, member.object) == ("temazepam", "is_a", "benzodiazepine"), cited
