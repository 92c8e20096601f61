"""The speed-ups change no answer: batching, memory zones, batch scoring and trigger indexes."""

from __future__ import annotations

import gc

import pytest
from conftest import ROOT
from rapidfuzz import fuzz

from pipeline.match import ClaimView, _has, evaluate, lexical_scores, match
from pipeline.read import article_from_text

ARTICLES = sorted((ROOT / "claims" / "articles").glob("*.txt"))


def _summary(report):
    return [
        [
            (
                f.claim.text,
                f.verdict.value,
                f.reason.value,
                f.fact.id if f.fact else None,
                f.score,
                [(c.fact.id, c.score, c.outcome.value) for c in f.considered],
            )
            for f in a.findings
        ]
        for a in report.articles
    ]


def test_batches_and_memory_zones_do_not_change_findings(verifier):
    # Each batch runs in its own spaCy memory zone: words first met in one batch are freed after it,
    # and must not be missed by the next one.
    articles = [article_from_text(p.read_text(encoding="utf-8"), p.name) for p in ARTICLES[:4]]
    together = _summary(verifier.verify_articles(articles))
    one_by_one = [s for a in articles for s in _summary(verifier.verify_articles([a]))]
    assert together == one_by_one
    again = _summary(verifier.verify_articles(articles))
    assert again == together


def test_batch_lexical_scores_equal_single_calls(kb):
    text = "Benzodiazepines such as Clonazepam raise GABA in the brain."
    statements = list(kb.statements[:60])
    assert lexical_scores(text, statements) == [fuzz.token_set_ratio(text.lower(), s) for s in statements]
    assert lexical_scores(text, []) == []


def test_statements_are_lowered_once_per_table(kb):
    assert kb.statements is kb.statements
    assert kb.statements == tuple(f.statement.lower() for f in kb.facts)


def test_blocked_candidates_share_an_entity_or_class(kb):
    idx = kb.candidate_indexes({"clonazepam"})
    assert idx == sorted(idx) and idx
    named = kb.ancestors("clonazepam")
    for i in idx:
        fact = kb.facts[i]
        assert {fact.subject, fact.object, fact.qualifier} & named
    outside = [i for i, f in enumerate(kb.facts) if not {f.subject, f.object, f.qualifier} & named]
    assert outside and not set(outside) & set(idx)


def test_claim_view_answers_like_has(extractor, kb):
    claims = [
        c
        for c in extractor(article_from_text(ARTICLES[0].read_text(encoding="utf-8"), "a.txt"))
        if c.checkworthy and c.objects
    ]
    assert claims
    for claim in claims[:10]:
        view = ClaimView(claim, kb)
        for fact in kb.candidates(claim.entity_ids)[:30]:
            for up in (True, False):
                assert view.has("objects", fact.object, up=up) == _has(claim.objects, fact.object, kb, up=up)
                assert view.has("subjects", fact.subject, up=up) == _has(claim.subjects, fact.subject, kb, up=up)
            # with and without the shared view and the precomputed lexical score, the same candidate
            assert evaluate(claim, fact, kb, view=view) == evaluate(claim, fact, kb)


def test_match_uses_no_fact_outside_the_block(extractor, kb):
    claims = extractor(article_from_text("Clonazepam is a benzodiazepine. Sertraline treats depression.", "t.txt"))
    for item in match(claims, kb):
        block = set(kb.candidate_indexes(item.claim.entity_ids))
        ids = {kb.facts[i].id for i in block}
        assert all(c.fact.id in ids for c in item.candidates)


def test_trigger_index_finds_what_a_scan_finds():
    from pipeline.lexicon import load_lexicon

    lex = load_lexicon()
    for words in [
        ("increase", "increases"),
        ("cause", "causes"),
        ("lead", "leads"),
        ("treat", "treated"),
        ("side", "side"),
        ("zzz", "zzz"),
    ]:
        scanned = [t for t in lex.triggers if t.lemmas[0] in words]
        assert lex.triggers_from(*words) == scanned


def test_loading_leaves_the_collector_as_it_was(kb, nlp):
    from pipeline.api import Verifier

    assert gc.isenabled()
    Verifier(kb=kb, nlp=nlp)
    assert gc.isenabled()
    gc.disable()
    try:
        Verifier(kb=kb, nlp=nlp)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- one long line of many sentences costs what the same sentences one a line cost (issue 18) ----

_SENTENCES = (
    "Clonazepam is a benzodiazepine.",
    "Sertraline is an SSRI and may cause nausea.",
    "Lorazepam can make some people drowsy.",
    "Fluoxetine is taken once a day.",
)


def _shapes(n: int) -> tuple[str, str]:
    """The same n sentences as one line, and one sentence a line."""
    sentences = [_SENTENCES[i % len(_SENTENCES)] for i in range(n)]
    return " ".join(sentences) + "\n", "\n".join(sentences) + "\n"


class _Recording:
    """A spaCy pipeline that notes the characters of every batch it is asked to parse."""

    def __init__(self, nlp):
        self._nlp, self.batches = nlp, []

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def pipe(self, docs, **options):
        docs = list(docs)
        self.batches.append(sum(len(d.text) for d in docs))
        return self._nlp.pipe(docs, **options)


def test_a_long_line_is_parsed_in_batches_no_larger_than_short_lines_get(kb, nlp):
    from pipeline.extract import Extractor
    from pipeline.extract.blocks import MAX_BLOCK_CHARS
    from pipeline.extract.extractor import BATCH_CHARS

    recording = _Recording(nlp)
    extractor = Extractor(recording, kb)
    largest = {}
    for n in (300, 1200):
        one_line, _ = _shapes(n)
        recording.batches.clear()
        claims = extractor(article_from_text(one_line, "one.txt"))
        assert len([c for c in claims if c.checkworthy]) >= n  # every sentence is still read
        largest[n] = max(recording.batches)
    # whatever the length of the line, spaCy is never handed more than one batch's worth of text
    assert largest[1200] == largest[300]
    assert largest[1200] < BATCH_CHARS + MAX_BLOCK_CHARS


def test_peak_memory_of_a_long_line_is_within_1_5x_of_one_sentence_a_line(extractor):
    import tracemalloc

    one_line, many_lines = _shapes(400)
    peaks = {}
    # the offline drug dictionary (some 300 MB) loads on the first word that could be a drug the
    # table does not know: load it before measuring, whichever test ran first
    extractor(article_from_text("Trazodone is often prescribed for sleep.", "warm.txt"))
    for name, text in (("one line", one_line), ("lines", many_lines)):
        extractor(article_from_text("Clonazepam is a benzodiazepine.", "warm.txt"))
        gc.collect()
        tracemalloc.start()
        try:
            claims = extractor(article_from_text(text, "a.txt"))
            peaks[name] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert len([c for c in claims if c.checkworthy]) >= 400
    assert peaks["one line"] <= 1.5 * peaks["lines"], peaks


def test_candidate_init_takes_every_field_in_order():
    # Candidate writes its fields itself (it is built for every row of every block): a field added
    # to the dataclass must be a parameter of its __init__ too, with the same default.
    import dataclasses
    import inspect

    from pipeline.types import Candidate, Reason, Verdict

    params = list(inspect.signature(Candidate.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Candidate)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    made = Candidate("F", 50.0, Verdict.SUPPORTED, Reason.FACT_MATCH, "a note")
    assert dataclasses.asdict(made) == {
        "fact": "F",
        "score": 50.0,
        "outcome": Verdict.SUPPORTED,
        "reason": Reason.FACT_MATCH,
        "note": "a note",
        "more": (),
    }
    assert made == dataclasses.replace(made) and hash(made) == hash(dataclasses.replace(made))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.score = 1.0  # type: ignore[misc]  # frozen: the assignment must fail


def test_rows_left_to_the_entity_gates_decide_as_not_applying(extractor, kb):
    # `match` decides a row `unmatched` finds only when it is among the nearest few: it must be
    # exactly the rows `decide` ends at the entity gates with "does not apply", at the row's score.
    from pipeline.checks import decide, unmatched
    from pipeline.match import situation
    from pipeline.types import Reason, Verdict

    claims = [
        c
        for p in ARTICLES[:3]
        for c in extractor(article_from_text(p.read_text(encoding="utf-8"), p.name))
        if c.checkworthy
    ]
    left = 0
    for claim in claims:
        view = ClaimView(claim, kb)
        for fact in kb.candidates(claim.entity_ids):
            s = situation(claim, fact, kb, view=view)
            trail: list[str] = []
            found = decide(s, trail)
            gated = trail[0] in ("subject_mismatch", "object_mismatch")
            assert unmatched(situation(claim, fact, kb, view=view)) == gated
            if gated:
                left += 1
                assert (found.outcome, found.reason, found.score) == (
                    Verdict.UNSUPPORTED,
                    Reason.NO_MATCHING_FACT,
                    s.score,
                )
    assert left > 0


def test_match_decides_the_nearest_rows_as_evaluate_does(extractor, kb):
    claims = extractor(article_from_text(ARTICLES[0].read_text(encoding="utf-8"), "a.txt"))
    for found in match(claims, kb):
        if not found.claim.checkworthy:
            continue
        every = [evaluate(found.claim, f, kb) for f in kb.candidates(found.claim.entity_ids)]
        for c in found.candidates:
            if c.more:
                continue  # a comparison (decided once per claim)
            assert c in every
