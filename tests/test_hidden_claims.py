"""Never hide a claim: a factual clause is check-worthy even when the extractor cannot read all of it;
only headings, questions, boilerplate, instructions, opinions, truisms and fragments are not.

Every sentence here is written for this test (none is taken from a seed article or a real page)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

REAL_DEV = Path("/work/shared/eval/real-dev")


def checkworthy(findings, text):
    return [f for f in findings(text) if f.verdict.value != "not_checkworthy"]


@pytest.mark.parametrize(
    "text",
    [
        # naming sentences
        "The generic name of Valium is diazepam.",
        "Klonopin is a prescription drug and the brand name of clonazepam.",
        "Lorazepam, which is marketed under the brand name Ativan, calms anxiety.",
        # a contraindication or an interaction phrased as advice
        "Avoid Klonopin if you suffer from narrow-angle glaucoma.",
        "Do not mix Xanax with alcohol.",
        # a claim about an unnamed cause
        "This binding leads to a rise in the amount of dopamine released.",
        # a claim whose object the extractor cannot read
        "Clonazepam is approved for patients over 18 years old.",
        # a history claim without a relation word
        "At first, benzodiazepines were given before operations to calm patients.",
        # the forms a drug is made in, said with a verb or a copula of availability
        "Valium comes as tablets.",
        "Hydroxyzine comes as a pamoate salt and a hydrochloride salt.",
        "Klonopin also comes in a wafer that melts on the tongue.",
        "Hydroxyzine is available in two forms, the pamoate and the hydrochloride.",
        # a verb outside the relation list, said of a thing the table knows
        "Lorazepam crosses the placenta.",
        # a verb coordinated with a finite one shares its subject and its tense
        "Benzodiazepines can slow reflexes and lengthen reaction time.",
        "Glutamate excites the nervous system.",
        "Zoloft has a wider range of uses than Paxil.",
    ],
)
def test_a_factual_clause_is_never_hidden(findings, text):
    assert checkworthy(findings, text), [(f.verdict.value, f.reason.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Why do benzodiazepines cause drowsiness?", "question"),
        ("Share this page with your friends.", "boilerplate"),
        ("This article is for informational purposes only.", "boilerplate"),
        ("Like all medicines, Xanax may cause side effects.", "truism"),
        ("As with any drug, lorazepam can have adverse effects in some people.", "truism"),
        ("Every patient responds differently.", "truism"),
        ("In my opinion, nothing beats a good night's sleep.", "opinion"),
        ("I am honestly tired of reading about miracle supplements.", "opinion"),
        ("Take Ativan with a full glass of water.", "instruction"),
        ("Metabolism.", None),
    ],
)
def test_what_is_not_a_claim_stays_hidden(findings, text, reason):
    found = findings(text)
    assert all(f.verdict.value == "not_checkworthy" for f in found), [(f.verdict.value, f.reason.value) for f in found]
    if reason:
        assert reason in {f.reason.value for f in found}


def test_advice_naming_only_the_medicine_is_an_instruction(findings):
    # negative case of the contraindication rule: no condition, population or other substance
    found = findings("Take Klonopin exactly as your doctor tells you.")
    assert {f.reason.value for f in found if f.claim.objects} == {"instruction"}


def test_a_clause_whose_content_a_nested_clause_states_adds_no_finding(findings):
    # "Doctors prescribe X" says nothing the purpose clause does not: no extra unsupported finding
    found = findings("Doctors prescribe Xanax to treat panic disorder.")
    assert [f.verdict.value for f in found if f.verdict.value != "not_checkworthy"] == ["supported"]


def test_condition_and_elliptic_clauses_are_no_claims(findings):
    found = findings("Antidepressants are not addictive the way opioids are.")
    assert "opioids are" not in {f.claim.text for f in found if f.verdict.value != "not_checkworthy"}
    found = findings("Klonopin should not be combined with opioids unless a doctor finds it is needed.")
    assert not [f.claim.text for f in found if f.reason.value == "not_understood"]


@pytest.mark.parametrize(
    "text,drug,row",
    [
        ("The generic name of Valium is diazepam.", "diazepam", "Valium"),
        ("Klonopin is a prescription drug and the brand name of clonazepam.", "clonazepam", "Klonopin"),
        ("Lorazepam can also be called Ativan.", "lorazepam", "Ativan"),
        ("Alprazolam, which is sold under the trade name Xanax, is a benzodiazepine.", "alprazolam", "Xanax"),
    ],
)
def test_a_true_naming_clause_is_supported_by_a_row_naming_both(findings, text, drug, row):
    named = [f for f in findings(text) if f.reason.value == "name_match"]
    assert named, [(f.verdict.value, f.reason.value, f.claim.text) for f in findings(text)]
    f = named[0]
    assert f.verdict.value == "supported" and f.claim.names[0] == drug
    said = f"{f.fact.statement} {f.fact.source}".lower()
    assert f.fact.subject == drug and row.lower() in said and f.evidence_ids == [f.fact.id]


def test_a_naming_clause_without_a_row_is_not_supported(findings):
    found = findings("Rivotril is a brand name of clonazepam.")  # true, but no row names Rivotril
    assert not any(f.reason.value == "name_match" for f in found)
    assert any(f.verdict.value == "unsupported" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Valium is the generic name of diazepam.",  # Valium is a brand
        "Diazepam is the brand name for Valium.",  # diazepam is the generic
    ],
)
def test_a_naming_clause_with_the_wrong_kind_is_contradicted_by_a_row_giving_the_name(findings, text):
    found = findings(text)
    assert not any(f.reason.value == "name_match" for f in found)
    red = [f for f in found if f.verdict.value == "contradicted"]
    assert red and red[0].reason.value == "name_conflict" and red[0].fact.subject == "diazepam"


def test_a_claim_without_an_object_is_not_contradicted_by_a_row(findings):
    # read without its object, the claim is not shown wrong by a row of another property
    for f in findings("Caffeine is a blocker of adenosine receptors."):
        if not (f.claim.objects or f.claim.value or f.claim.quantities):
            assert f.verdict.value != "contradicted" or f.reason.value == "myth_match"


def _real_dev_noise_flagged() -> tuple[int, int]:
    from pipeline.api import Verifier

    gold = [g for g in csv.DictReader((REAL_DEV / "gold.csv").open(encoding="utf-8")) if g["label"] == "noise"]
    names = sorted({g["article"] for g in gold})
    report = Verifier().verify_paths([REAL_DEV / "pages" / n for n in names])
    by_name = {Path(a.article.path).name: a for a in report.articles}
    flagged = 0
    for g in gold:
        art = by_name[g["article"]]
        lo = art.article.text.find(g["quote"])
        hi = lo + len(g["quote"])
        overlapping = [f for f in art.findings if f.claim.start < hi and f.claim.end > lo]
        flagged += any(f.verdict.value in ("contradicted", "unsupported") for f in overlapping)
    return flagged, len(gold)


@pytest.mark.skipif(not (REAL_DEV / "gold.csv").exists(), reason="the shared real-dev set is not on this machine")
def test_real_dev_boilerplate_is_not_flagged_more_than_before():
    # 3 of the 35 boilerplate spans were flagged before this change; now at most one (an image caption)
    flagged, total = _real_dev_noise_flagged()
    assert total >= 30 and flagged <= 1


def test_a_title_fragment_after_a_question_is_a_heading(verifier):
    found = verifier.verify_text("Is Ativan Safe For Long-Term Use? Ativan Dependence Risks\n").articles[0].findings
    assert [f.reason.value for f in found] == ["question", "heading"], [(f.claim.text, f.reason.value) for f in found]
    prose = verifier.verify_text("Is Ativan safe? Ativan can cause dependence.\n").articles[0].findings
    assert [f.verdict.value for f in prose][1:] == ["supported"], [(f.claim.text, f.reason.value) for f in prose]


def test_how_often_asks_and_states_nothing(verifier):
    text = (
        "The time Restoril stays in the body can vary based on factors like your age, weight, "
        "and how often you take it.\n"
    )
    found = verifier.verify_text(text).articles[0].findings
    assert all(f.verdict.value == "not_checkworthy" for f in found), [(f.claim.text, f.verdict.value) for f in found]


def test_a_cited_study_is_shown_and_a_reference_list_is_not(verifier):
    cited = "A 2022 trial (PMID: 35551234) of 400 adults found that Lexapro eased panic.\n"
    found = verifier.verify_text(cited).articles[0].findings
    assert any(f.verdict.value == "unsupported" and "PMID" in f.claim.text for f in found), [
        (f.claim.text, f.reason.value) for f in found
    ]
    listed = (
        "Zoloft is an SSRI.\n\nSources\n\n"
        "1. Doe A, Roe B, et al. Sertraline and sleep. Sleep Med. 2020;12(3):45-52.\n\n"
        "Dosage\n\nZoloft causes nausea.\n"
    )
    found = verifier.verify_text(listed).articles[0].findings
    entries = [
        f for f in found if "Doe" in f.claim.text or "2020" in f.claim.text or "Sertraline and sleep" in f.claim.text
    ]
    assert entries and all(f.reason.value == "boilerplate" for f in entries), [
        (f.claim.text, f.reason.value) for f in found
    ]
    assert [f.verdict.value for f in found][-1] == "supported"  # the next section is read again


@pytest.mark.parametrize(
    "text",
    [
        "Buspirone takes a different route.",  # a figure of speech for how it works (`manner_nouns`)
        "How long Ativan lasts can differ with age and body weight.",  # true of any medicine
        "In this guide, the pharmacists at our store will cover everything about Valium.",  # self-description
    ],
)
def test_a_clause_that_states_nothing_checkable_stays_hidden(findings, text):
    assert not checkworthy(findings, text), [(f.claim.text, f.verdict.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Withdrawal symptoms from lorazepam may include hiccups.",
        "Clonazepam comes with its own set of hidden dangers.",
    ],
)
def test_an_unread_object_is_not_backed_by_agreeing_entities(findings, text):
    """A verb with no relation read whose object names nothing the table knows says something no row
    states: the clause is shown (unsupported), never backed by the rows its entities meet."""
    found = checkworthy(findings, text)
    assert found and all(f.verdict.value == "unsupported" for f in found), [
        (f.claim.text, f.verdict.value) for f in found
    ]


@pytest.mark.parametrize(
    "text, row",
    [
        ("Restoril, a brand name of temazepam, helps people sleep.", "F-0760"),
        ("Halcion, the brand name of triazolam, is a sleeping pill.", "F-0761"),
    ],
)
def test_an_appositive_naming_a_drug_is_checked(findings, text, row):
    """A name given in an appositive is a naming claim, backed by the row that names the drug so."""
    found = [f for f in findings(text) if f.reason.value == "name_match"]
    assert found and found[0].fact.id == row, [(f.claim.text, f.verdict.value, f.reason.value) for f in findings(text)]


def naming_verdict(findings, text: str) -> str | None:
    """The verdict of the first naming finding (a name backed or in conflict), None without one."""
    found = [f for f in findings(text) if f.reason.value in ("name_match", "name_conflict")]
    return found[0].verdict.value if found else None


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Ativan, the generic version of lorazepam, treats anxiety.", "contradicted"),
        ("Ativan, a generic formulation of lorazepam, eases anxiety.", "contradicted"),
        ("Xanax, a brand-name version of alprazolam, treats panic disorder.", "supported"),
        ("Lorazepam, the generic version of Ativan, treats anxiety.", "supported"),
    ],
)
def test_an_appositive_version_of_a_drug_names_it(findings, text, verdict):
    """ "X, the generic version of Y": a kind of name given in an appositive, right or wrong."""
    assert naming_verdict(findings, text) == verdict, [(f.claim.text, f.verdict.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text, verdict",
    [
        ('Midazolam (the brand name for the medicine "Versed") is a benzodiazepine.', "contradicted"),
        ("Triazolam, the brand name for the drug Halcion, is a benzodiazepine.", "contradicted"),
        ("Triazolam, the generic name for the drug Halcion, is a benzodiazepine.", "supported"),
        ("Alprazolam is the brand name for the medication Xanax.", "contradicted"),
        ("Xanax is the brand name for the medication alprazolam.", "supported"),
    ],
)
def test_the_owner_of_a_name_may_be_the_drug_it_names(findings, text, verdict):
    """ "the brand name for the drug Halcion": Halcion owns the name; the kind goes to the other name."""
    assert naming_verdict(findings, text) == verdict, [(f.claim.text, f.verdict.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Lyrica is the trade name under which pregabalin is marketed.", "supported"),
        ("Xanax is the trade name under which alprazolam is marketed.", "supported"),
        ("Pregabalin is the trade name under which Lyrica is marketed.", "contradicted"),
        ("Valium is the brand name under which lorazepam is sold.", "contradicted"),
    ],
)
def test_a_naming_relative_clause_gives_the_other_name(findings, text, verdict):
    """ "X is the brand name under which Y is sold": the relative clause names what the noun names."""
    assert naming_verdict(findings, text) == verdict, [(f.claim.text, f.verdict.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Lorazepam is sold under the trade names Valium, Restoril and Ativan.", "contradicted"),
        ("Lorazepam is known as Ativan, Loreev XR and Xanax.", "contradicted"),
        ("Two medicines for panic are called Ativan, Xanax and BuSpar.", None),
    ],
)
def test_a_list_of_names_given_to_one_drug_is_checked_name_by_name(findings, text, verdict):
    """ "X is known under the brand names A, B and C": a name of another drug in the list is wrong."""
    found = {f.verdict.value for f in findings(text) if f.reason.value == "name_conflict"}
    assert found == ({verdict} if verdict else set()), [(f.claim.text, f.verdict.value) for f in findings(text)]


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Clonazepam, otherwise called Klonopin is a benzodiazepine.", "supported"),
        ("Clonazepam, also known as Xanax is a benzodiazepine.", "contradicted"),
    ],
)
def test_a_name_without_its_closing_comma_is_still_a_name(findings, text, verdict):
    """Without a comma after the name the model reads "as Klonopin is a ..." as a clause of its own."""
    found = [f.verdict.value for f in findings(text) if f.claim.checkworthy]
    assert found == [verdict], [(f.claim.text, f.verdict.value) for f in findings(text)]
