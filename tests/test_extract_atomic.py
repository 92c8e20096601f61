"""Atomic decomposition, reference and fields on hand-built sentences (issue 4's cases)."""

import pytest

from pipeline.quantities import find_quantities
from pipeline.read import article_from_text
from pipeline.types import Reason


@pytest.fixture
def claims(extractor):
    def run(text):
        return [c for c in extractor(article_from_text(text)) if c.checkworthy]

    return run


def _ids(refs):
    return [r.id for r in refs]


def test_bullets_finish_an_unfinished_lead_in(extractor):
    text = "Clonazepam is a benzodiazepine.\nCommon side effects of clonazepam include:\n- drowsiness\n- dizziness\n"
    out = extractor(article_from_text(text))
    lead = next(c for c in out if c.text.startswith("Common side effects") and c.text.endswith("include"))
    assert not lead.checkworthy and lead.reason is Reason.NO_ASSERTION
    bullets = [c for c in out if c.start >= text.index("- drowsiness")]
    assert [text[c.start : c.end] for c in bullets] == ["drowsiness", "dizziness"]
    assert [c.text for c in bullets] == [
        "Common side effects of clonazepam include drowsiness",
        "Common side effects of clonazepam include dizziness",
    ]
    assert all(_ids(c.subjects) == ["clonazepam"] and c.relation == "causes" for c in bullets)


def test_a_title_lead_in_leaves_full_sentence_bullets_alone(extractor):
    text = "Key takeaways:\n- Serotonin affects mood.\n"
    out = extractor(article_from_text(text))
    assert out[0].reason is Reason.HEADING
    assert out[1].text == "Serotonin affects mood" and out[1].checkworthy


def test_the_drug_is_the_last_drug_named_in_the_singular(claims):
    out = claims(
        "Clonazepam is a benzodiazepine. Benzodiazepines should not be stopped abruptly. "
        "The drug can also slow breathing."
    )
    assert _ids(out[-1].subjects) == ["clonazepam"]


def test_both_drugs_are_the_last_two(claims):
    out = claims("Gabapentin is an anticonvulsant. Pregabalin is similar. Both drugs can cause dizziness.")
    assert _ids(out[-1].subjects) == ["gabapentin", "pregabalin"]


def test_which_after_an_object_is_said_of_the_clause_subject(claims):
    out = claims("SSRIs block the serotonin transporter, which raises serotonin levels in the synapse.")
    raises = next(c for c in out if "raises" in c.text)
    assert _ids(raises.subjects) == ["ssri"] and raises.relation == "increases"


def test_which_after_a_noun_describes_the_noun(claims):
    out = claims("Sertraline can cause serotonin syndrome, which can be life-threatening.")
    assert "serotonin_syndrome" in _ids(next(c for c in out if "life-threatening" in c.text).subjects)


def test_lists_split_even_when_the_parse_does_not_coordinate(claims):
    out = claims("Benzodiazepines can cause sedation and memory impairment.")
    assert [_ids(c.objects) for c in out] == [["sedation"], ["memory_impairment"]]


def test_a_shared_modifier_goes_with_every_member(claims):
    out = claims("SSRIs can cause nausea, headache and insomnia in the first weeks of treatment.")
    assert len(out) == 3 and all(c.text.endswith("in the first weeks of treatment") for c in out)


def test_a_pair_is_not_split(claims):
    assert len(claims("A washout period of 14 days is required between an MAOI and an SSRI.")) == 1
    assert len(claims("GABA and glutamate balance each other.")) == 1


def test_source_and_emphatic_aside_are_fields_not_text(claims):
    (need,) = claims(
        "Most adults need seven to nine hours of sleep per night, according to the National Sleep Foundation."
    )
    assert need.text == "Most adults need seven to nine hours of sleep per night"
    assert need.attribution == "national_sleep_foundation"
    assert [(q.low, q.high, q.unit) for q in need.quantities] == [(7.0, 9.0, "hours")]
    (slow,) = claims("Clonazepam can slow breathing, especially when it is combined with opioids.")
    assert slow.text == "Clonazepam can slow breathing" and "opioid" in slow.context


def test_hedges_and_negations_are_fields(claims):
    (c,) = claims("Sertraline may not cause physical dependence.")
    assert (c.polarity, c.modality) == ("negated", "hedged")
    assert c.proposition == "Sertraline cause physical dependence"
    (more,) = claims("Paroxetine is more likely to cause withdrawal symptoms than sertraline.")
    assert more.modality == "asserted"


def test_a_clause_after_but_keeps_its_own_polarity(claims):
    out = claims("Zolpidem is not a benzodiazepine, but it acts on the GABA-A receptor.")
    assert [c.polarity for c in out] == ["negated", "affirmed"]


def test_opinion_and_marketing_lines_are_not_checkworthy(extractor):
    text = (
        "In our opinion, clonazepam is an underrated medication.\n"
        "Honestly, nothing beats melatonin for sleep.\n"
        "Made with 100% natural GABA.\n"
    )
    out = extractor(article_from_text(text))
    assert [c.reason for c in out] == [Reason.OPINION, Reason.OPINION, Reason.BOILERPLATE]


def test_quantities_spelled_out_ranges_minutes_and_proportions():
    def q(text):
        return [(x.comparator, x.low, x.high, x.unit) for x in find_quantities(text)]

    assert q("within 30 to 60 minutes") == [("<=", 30.0, 60.0, "minutes")]
    assert q("twenty-four hours") == [("=", 24.0, 24.0, "hours")]
    assert q("about half of people over 60") == [("~", 50.0, 50.0, "percent")]
    assert q("in the second half of the night") == []
    assert q("about 90 percent") == [("~", 90.0, 90.0, "percent")]
    assert q("for longer than 4 weeks") == [(">", 4.0, 4.0, "weeks")]


def test_without_doing_is_a_denied_claim(claims):
    out = claims("Sertraline relieves anxiety without causing dependence.")
    assert [(c.relation, _ids(c.objects), c.polarity) for c in out] == [
        ("treats", ["anxiety"], "affirmed"),
        ("causes", ["dependence"], "negated"),
    ]
    assert _ids(out[1].subjects) == ["sertraline"] and out[1].text.endswith("without causing dependence")


def test_a_hedging_reporter_hedges_what_it_reports(claims):
    (c,) = claims("Some studies suggest that exercise reduces anxiety.")
    assert (c.modality, c.attribution, c.relation) == ("hedged", "studies", "decreases")
    (shown,) = claims("Studies show that SSRIs treat depression.")
    assert shown.modality == "asserted" and shown.attribution == "studies"


@pytest.mark.parametrize(
    "text, subject, examples",
    [
        (
            "Benzodiazepines such as Xanax, Klonopin and Ativan should be taken for a few weeks at most.",
            "benzodiazepine",
            ["alprazolam", "clonazepam", "lorazepam"],
        ),
        ("Benzodiazepines like Valium, Klonopin and Ativan are addictive.", "benzodiazepine", None),
        ("SSRIs such as sertraline, fluoxetine or paroxetine can cause nausea.", "ssri", None),
    ],
)
def test_a_list_of_examples_is_not_the_subject(claims, text, subject, examples):
    """'CLASS such as X, Y and Z VERB ...': the small parser takes 'Y and Z' for the subject of VERB.
    The predicate is said of the class; each example is a kind of it (issue 18, item 9)."""
    out = claims(text)
    main = [c for c in out if c.relation != "is_a"]
    assert main and all(_ids(c.subjects) == [subject] for c in main)
    assert not any(r.id != subject and r.id in _ids(c.objects) for c in main for r in c.subjects)
    kinds = [c for c in out if c.relation == "is_a"]
    named = [r.id for c in kinds for r in c.subjects]
    assert len(kinds) == 3 and all(_ids(c.objects) == [subject] for c in kinds)
    if examples:
        assert named == examples


@pytest.mark.parametrize(
    "text, shown",
    [
        (
            "Both **Xanax** (alprazolam) and Valium (diazepam) are benzodiazepines.",
            ["Xanax (alprazolam) is benzodiazepines", "Valium (diazepam) is benzodiazepines"],
        ),
        (
            "Doctors often prescribe sertraline (Zoloft) and paroxetine (Paxil) for panic disorder.",
            [
                "Doctors often prescribe sertraline (Zoloft) for panic disorder",
                "Doctors often prescribe paroxetine (Paxil) for panic disorder",
            ],
        ),
        ("Escitalopram (Lexapro) is an SSRI.", ["Escitalopram (Lexapro) is an SSRI"]),
        (  # the model hangs the last parenthesis on the first member, two members back
            "Common SSRIs include escitalopram (Lexapro), sertraline (Zoloft), and paroxetine (Paxil).",
            ["Common SSRIs include escitalopram (Lexapro), sertraline (Zoloft), and paroxetine (Paxil)"] * 3,
        ),
    ],
)
def test_claims_read_as_the_text_where_lists_and_parentheses_meet(extractor, text, shown):
    """Each member keeps its own parenthesis, none takes its neighbour's, no emphasis marker or stray
    bracket is left, and the claims come in text order (issue 18, item 9)."""
    out = [c for c in extractor(article_from_text(text, path="a.md")) if c.checkworthy]
    texts = [c.text for c in out if c.relation != "is_a" or "(" in c.text]
    assert texts[: len(shown)] == shown
    assert all("*" not in c.text and c.text.count("(") == c.text.count(")") for c in out)
    assert [c.start for c in out] == sorted(c.start for c in out)
