"""The claims stage (pipeline/extract/claims.py): one unit's claims, and the claims a sentence implies."""

from __future__ import annotations

import pytest

from pipeline.extract.blocks import Block
from pipeline.extract.claims import Sentence, unit_parts
from pipeline.extract.coref import State
from pipeline.extract.units import assign_own, clause_units
from pipeline.lexicon import load_lexicon
from pipeline.read import article_from_text


def _plain(claims):
    return [(c.text, c.relation, [r.id for r in c.subjects], [r.id for r in c.objects]) for c in claims]


@pytest.fixture
def read(extractor):
    return lambda text: extractor(article_from_text(text))


def test_because_implies_a_cause(read):
    out = _plain(read("Insomnia occurs because caffeine blocks adenosine."))
    assert out[-1] == ("Insomnia occurs because caffeine blocks adenosine", "causes", ["caffeine"], ["insomnia"])


def test_a_means_causes_the_effect(read):
    out = _plain(read("Xanax makes people sleepy by increasing GABA."))
    assert out == [
        ("Xanax makes people sleepy by increasing GABA", "increases", ["alprazolam"], ["sedation", "gaba"]),
        ("Xanax makes people sleepy by increasing GABA", "causes", ["gaba"], ["sedation"]),
    ]


def test_a_reporter_after_its_clause_is_its_source(read):
    first, reporter = read("Clonazepam can cause dependence, the FDA warns.")
    assert first.attribution == "fda" and first.checkworthy
    assert not reporter.checkworthy


def test_unit_parts_sort_tokens_by_role(nlp, extractor, kb):
    doc = nlp("If you stop it suddenly, clonazepam can cause seizures.")
    mentions = extractor.find_mentions(doc)
    sent = next(iter(doc.sents))
    (unit,) = clause_units(sent, mentions, kb)
    assign_own([unit])
    s = Sentence(article_from_text(doc.text), Block(0, doc.text, False, False, False), sent, mentions, State(), [])
    parts = unit_parts(s, unit, kb, load_lexicon())
    assert {t.text for t in parts.subj_toks} == {"clonazepam"}
    assert {t.text for t in parts.conditions} == {"If", "you", "stop", "it"}
    assert parts.trigger is not None and parts.trigger.relation == "causes" and parts.trig_tok.text == "cause"
    assert [r.id for _, r in parts.refs] == ["clonazepam", "seizure"]
