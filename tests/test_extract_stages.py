"""The extractor's stages on small hand-built sentences parsed with the real model."""

from __future__ import annotations

import pytest

from pipeline.extract.atomic import coordinated_group, core_tokens, jointly, shown_tokens, singular_verb
from pipeline.extract.blocks import Block, Spliced, not_prose, split_blocks, unfinished
from pipeline.extract.coref import RECENCY_SENTENCES, State, sentential_antecedent
from pipeline.extract.mentions import MENTIONS, extent, mention_ids, mention_map, refs_in
from pipeline.extract.polarity import debunked, negations, reading
from pipeline.extract.roles import (
    cause_adjunct_tokens,
    cue_attribution,
    denied_tokens,
    entity_refs,
    expletive,
    find_trigger,
    subject_tokens,
)
from pipeline.extract.units import assign_own, clause_units, condition_tokens, is_imperative
from pipeline.extract.worthiness import advice_frame, sentence_reason
from pipeline.lexicon import load_lexicon
from pipeline.read import article_from_text
from pipeline.types import Reason


@pytest.fixture(scope="module")
def parse(nlp, extractor):
    """parse(text) -> (doc, mentions) with the mentions marked, as the extractor does."""

    def run(text):
        doc = nlp(text)
        return doc, extractor.find_mentions(doc)

    return run


@pytest.fixture(scope="module")
def units_of(parse, kb):
    def run(text):
        doc, mentions = parse(text)
        sent = next(iter(doc.sents))
        units = clause_units(sent, mentions, kb)
        assign_own(units)
        return units

    return run


# -- blocks ----------------------------------------------------------------------------
def test_blocks_mark_bullets_headings_and_lead_ins():
    blocks = split_blocks("Side effects\nCommon side effects include:\n- drowsiness\n")
    assert [(b.text, b.bullet, b.heading, b.lead_in) for b in blocks] == [
        ("Side effects", False, True, False),
        ("Common side effects include:", False, False, True),
        ("drowsiness", True, False, False),
    ]


def test_an_unfinished_lead_in_waits_for_its_list(nlp):
    assert unfinished(next(nlp("Common side effects include:").sents)) == "Common side effects include"
    assert unfinished(next(nlp("Key takeaways:").sents)) is None


def test_not_prose_is_a_preview():
    article = article_from_text("x" * 30)
    claim = not_prose(article, Block(0, "x" * 30, False, False, False, prose=False))
    assert claim.reason is Reason.NOT_PROSE and claim.text.endswith("(30 characters without sentence punctuation)")


def test_a_spliced_article_reads_the_lead_in_before_the_bullet():
    # the lead-in "include " is read in place of the 8 characters before the bullet "drowsiness"
    view = Spliced(article_from_text("Intro\n- drowsiness"), 0, "include ")
    assert view.text[0:18] == "include drowsiness" and len(view.text) == 18


# -- mentions --------------------------------------------------------------------------
def test_mentions_are_a_labelled_span_group(parse):
    doc, mentions = parse("Clonazepam can cause drowsiness.")
    assert [(s.text, s.label_) for s in doc.spans[MENTIONS]] == [
        ("Clonazepam", "clonazepam"),
        ("drowsiness", "sedation"),
    ]
    assert mention_map(doc) == mentions
    assert mention_ids(doc) == {0: "clonazepam", 3: "sedation"}
    assert [r.id for r in refs_in(doc)] == ["clonazepam", "sedation"]


def test_a_mention_extent_covers_its_words(parse):
    doc, _ = parse("It may cause memory impairment.")
    root = next(t for t in doc if t.lower_ == "impairment")
    lo, hi = extent(root)
    assert doc[lo:hi].text == "memory impairment"


def test_a_doc_without_mentions_has_none(nlp):
    assert mention_map(nlp("Hello there.")) == {}


# -- clause units ----------------------------------------------------------------------
def test_units_of_a_relative_clause_and_a_conjunct(units_of):
    units = units_of("SSRIs block the transporter, which raises serotonin, and cause nausea.")
    assert [(u.kind, u.head.text) for u in units] == [("root", "block"), ("relcl", "raises"), ("conj", "cause")]


def test_units_of_an_appositive_and_an_example(units_of):
    kinds = [u.kind for u in units_of("Xanax, a benzodiazepine, treats anxiety.")]
    assert kinds == ["root", "appos"]
    assert "example" in [u.kind for u in units_of("Benzodiazepines such as diazepam calm the brain.")]


def test_a_condition_is_not_a_unit_of_its_own(units_of, nlp):
    units = units_of("If it is used daily, clonazepam can cause dependence.")
    assert [u.kind for u in units] == ["root"]
    assert {t.text for t in condition_tokens(units[0].head)} >= {"If", "used", "daily"}


def test_an_imperative_sentence(nlp):
    assert is_imperative(next(nlp("Take clonazepam with food.").sents))
    assert not is_imperative(next(nlp("Clonazepam is taken with food.").sents))


# -- roles -----------------------------------------------------------------------------
def test_subject_tokens_and_trigger(units_of, kb):
    (unit,) = units_of("Clonazepam reduces anxiety.")
    subj = subject_tokens(unit)
    assert {t.text for t in subj} == {"Clonazepam"}
    trigger, tok = find_trigger(unit, unit.own, subj, kb, load_lexicon())
    assert trigger is not None and trigger.relation == "decreases" and tok.text == "reduces"


def test_entity_refs_name_the_aspect(units_of, parse, kb):
    doc, mentions = parse("Clonazepam raises GABA levels.")
    refs = entity_refs(list(doc), mentions, None, None, kb, load_lexicon())
    assert [(r.id, r.aspect) for _, r in refs] == [("clonazepam", None), ("gaba", "amount")]


def test_denied_and_cause_adjunct_tokens(nlp):
    doc = nlp("Taper it gradually rather than stopping abruptly.")
    assert {t.text for t in denied_tokens(list(doc))} >= {"rather", "than", "stopping", "abruptly"}
    doc = nlp("Insomnia due to anxiety is common.")
    assert {t.text for t in cause_adjunct_tokens(list(doc), None)} >= {"due", "to", "anxiety"}


def test_an_expletive_it(units_of):
    assert expletive(units_of("It is important to take it with food.")[0])
    assert not expletive(units_of("It causes drowsiness.")[0])


# -- polarity and scope ----------------------------------------------------------------
def test_negation_of_the_predicate(units_of):
    (unit,) = units_of("Clonazepam does not cause weight gain.")
    assert negations(unit.own, load_lexicon(), {unit.head.i}) == 1
    assert reading(unit, unit.own, set(), None, load_lexicon()).polarity == "negated"


def test_a_hedge_and_a_double_negation(units_of):
    (unit,) = units_of("Clonazepam may cause drowsiness.")
    assert reading(unit, unit.own, set(), None, load_lexicon()).modality == "hedged"


def test_a_debunked_clause(units_of):
    units = units_of("It is a myth that clonazepam cures anxiety.")
    clause = next(u for u in units if u.head.text == "cures")
    assert debunked(clause)


# -- coreference -----------------------------------------------------------------------
def test_the_state_remembers_recent_drugs():
    state = State()
    state.sentence = 1
    state.remember(["clonazepam", "alprazolam"])
    assert state.last_drug == "alprazolam" and state.recent_pair() == ["clonazepam", "alprazolam"]
    state.sentence += RECENCY_SENTENCES + 1
    assert state.last_drug is None and state.recent_pair() == []


def test_which_after_an_object_is_said_of_its_clause(nlp):
    doc = nlp("SSRIs block the transporter, which raises serotonin.")
    raises = next(t for t in doc if t.text == "raises")
    assert sentential_antecedent(raises).text == "block"


def test_it_is_the_last_drug_named(claims):
    out = [c for c in claims("Clonazepam is a benzodiazepine. It can cause drowsiness.") if c.checkworthy]
    assert [r.id for r in out[-1].subjects] == ["clonazepam"]


# -- atomic split ----------------------------------------------------------------------
def test_coordinated_objects_are_one_group(parse):
    doc, mentions = parse("It causes nausea, dizziness and headache.")
    pairs = [(mentions[i][1].root, mentions[i][0]) for i in sorted(mentions)]
    assert [r for _, r in coordinated_group(pairs)] == ["nausea", "dizziness", "headache"]


def test_a_list_between_two_is_one_party(nlp):
    doc = nlp("Leave a gap between an MAOI and an SSRI.")
    assert jointly(next(t for t in doc if t.text == "MAOI"))


def test_a_claim_shows_its_core_tokens(nlp):
    doc = nlp("However, clonazepam causes drowsiness, according to the FDA.")
    assert " ".join(t.text for t in core_tokens(shown_tokens(list(doc)))) == "clonazepam causes drowsiness"


def test_singular_verb():
    assert singular_verb(" are sedatives") == " is sedatives"


# -- check-worthiness ------------------------------------------------------------------
def test_sentence_reasons(nlp):
    lex = load_lexicon()
    prose = Block(0, "", False, False, False)
    assert sentence_reason(lex, prose, next(nlp("Is clonazepam safe?").sents)) is Reason.QUESTION
    assert sentence_reason(lex, prose, next(nlp("Key takeaways:").sents)) is Reason.HEADING
    assert sentence_reason(lex, prose, next(nlp("Clonazepam causes drowsiness.").sents)) is None


def test_advice_to_the_reader(nlp):
    doc = nlp("It is important to take clonazepam with food.")
    assert advice_frame(next(t for t in doc if t.text == "take"))


def test_cue_attribution_takes_the_first_cue_in_text_order_whatever_the_input_order(nlp):
    doc = nlp("Studies by researchers and experts agree.")
    lex = load_lexicon()
    cued = [t for t in doc if lex.is_cue("attribution", t.lemma_.lower())]
    assert len(cued) >= 2, "the sentence needs two attribution cues"
    first = lex.cue("attribution", cued[0].lemma_.lower())
    assert cue_attribution(list(reversed(list(doc))), lex) == first
    assert cue_attribution(set(doc), lex) == first
