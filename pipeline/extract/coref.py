"""Stage 5, coreference: what the extractor remembers while it reads an article (`State`), and the
subjects and objects a unit refers to without naming them ("it", "this medication", "both drugs",
"which", an implicit subject).

`resolved_subjects` tries the resolvers of SUBJECT_RESOLVERS in order; the first that applies wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..types import EntityRef
from .mentions import Mentions, mention_ids, refs_in
from .roles import expletive, subject_tokens
from .units import Unit, contrast_subject, governor, hyphen_tail
from .words import DOMAIN, DRUG_TYPES, FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RECENCY_SENTENCES = 3  # how far back "it" / "this medication" may reach for its drug


@dataclass
class State:
    """What the extractor remembers while reading one article from top to bottom."""

    recent: str | None = None
    lead_subjects: list[EntityRef] = field(default_factory=list)
    previous_unit: Unit | None = None
    sentence: int = 0
    seen_at: int = -99
    topic: list[EntityRef] = field(default_factory=list)  # explicit subjects of the previous main clause
    number: dict[str, bool] = field(default_factory=dict)  # entity id -> plural? (as last mentioned)
    number_before: dict[str, bool] = field(default_factory=dict)  # `number` before the current sentence
    named_at: dict[str, int] = field(default_factory=dict)  # entity id -> its first token in the current sentence
    plural_class_topic: bool = False  # the previous main clause's subject is a plural drug class ("Benzodiazepines")
    sentence_entities: list[str] = field(default_factory=list)
    history: dict[str, int] = field(default_factory=dict)  # drug id -> sentence it was last named in, oldest first
    names: dict[str, str] = field(default_factory=dict)  # entity id -> the words the article last used for it
    lead_text: str | None = None  # an unfinished lead-in sentence its bullets complete
    # the table's drugs the last heading named ([] for a heading naming only a drug outside the table,
    # None before any such heading): the subject of the section's field lines (pipeline/extract/fields.py)
    section_drugs: list[str] | None = None
    listed_property: str | None = None  # the property a run of "drug: figure" lines gives (half-life)
    lead_claims: tuple[int, int] = (0, 0)  # where the lead-in sentence's claims are in the list
    last_sentence_from: int = 0
    lead_items: int = 0  # the items of the current lead-in's list read so far
    lead_bulleted: bool = False  # whether any of them had a bullet
    lead_effects: bool = False  # whether the lead-in titles a list of effects ("Common side effects of X:")
    line_gap: int = 0  # line breaks between the previous line and this one
    lead_gap: int = 0  # line breaks before the first item of the lead-in's list: its items' spacing
    last_class: tuple[str, int] | None = None  # the drug class named last, and the sentence it was named in
    in_references: bool = False  # under a "References" heading: its entries are boilerplate
    # the drugs or classes a heading names and nothing else ("Benzodiazepines"): the subject of the
    # predicate lines under it ("Induce sleep by slowing the brain"), until another line
    heading_subjects: list[EntityRef] = field(default_factory=list)
    # a heading that is a field's label alone ("Class", "Common side effects"): the label of the next
    # line when that line is a value with no verb ("Non-benzodiazepine hypnotic"), read as a field line
    field_label: str | None = None
    # a field heading over a run of lines each labelled with a drug ("Common side effects:" /
    # "Zoloft: nausea, ..." / "Lexapro: nausea, ..."): the label of each, until another kind of line
    field_heading: str | None = None
    # a comparison table: the cells of its header line, and the last line before the table (what its
    # marks mean: "What each medication is approved to treat:")
    table_header: list[str] | None = None
    table_lead: str = ""

    def remember(self, drugs: list[str]) -> None:
        """Note the drugs named in the current sentence, the last one as the most recent."""
        if drugs:
            self.recent = drugs[-1]
            self.seen_at = self.sentence
            for drug in drugs:
                self.history[drug] = self.sentence
                self.history[drug] = self.history.pop(drug)  # most recent last

    def forget(self) -> None:
        """A sentence about a drug outside the table only ("propranolol is not approved for anxiety"):
        the drugs named before are no longer what "it" or "the drug" refers to."""
        self.recent = None
        self.history.clear()

    def bare_item_fits(self) -> bool:
        """Whether a short line without a bullet can be the next item of the lead-in's list: the list
        has had no bulleted item, and the line is its first item or follows the last one as closely
        as the first followed the lead-in (a scraped list may part every item by a blank line; a
        list whose items were packed ends at a blank line: what follows is a heading)."""
        return not self.lead_bulleted and (self.lead_items == 0 or self.line_gap <= self.item_gap())

    def item_gap(self) -> int:
        """The line breaks allowed between two items of the current list (`lead_gap`, at least 1)."""
        return max(1, self.lead_gap)

    def count_item(self) -> None:
        """One more item of the lead-in's list; the first sets the list's spacing."""
        if self.lead_items == 0:
            self.lead_gap = self.line_gap
        self.lead_items += 1

    def recent_pair(self) -> list[str]:
        """The last two drugs named within reach, in the order named."""
        within = [d for d in self.history if self.sentence - self.history[d] <= RECENCY_SENTENCES]
        return within[-2:] if len(within) >= 2 else []

    def recent_drugs(self, accept: Callable[[str], bool]) -> str | None:
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

    @property
    def sole_drug(self) -> str | None:
        """The only drug the article has named so far, however far back, when no class was named
        after it: the page's drug ("Common side effects include ..." after a list of doses)."""
        class_since = self.last_class is not None and self.last_class[1] >= self.seen_at
        return self.recent if list(self.history) == [self.recent] and not class_since else None

    def last_drug_refs(self) -> list[EntityRef]:
        """`last_drug` as a list of refs (empty when there is none)."""
        return [EntityRef(self.last_drug)] if self.last_drug else []


@dataclass(frozen=True)
class Reference:
    """A unit whose subject must be resolved, with what the reader knows at that point."""

    unit: Unit
    subj_toks: set[Token]
    state: State
    done: list[Unit]  # the units of the sentence already read
    lead_subjects: list[EntityRef]
    kb: KnowledgeBase

    @cached_property
    def head_words(self) -> set[str]:
        """The subject's words and lemmas, lower-cased (read by several resolvers: built once)."""
        return {t.lower_ for t in self.subj_toks} | {t.lemma_.lower() for t in self.subj_toks}

    @cached_property
    def names_a_drug(self) -> bool:
        """Whether the subject is a drug noun ("the drug", "this medication"), not one that only
        modifies another noun ("drug screenings", "drug tests") nor one said of drugs in general
        (`generic_determiners`: "any drug", "every medicine", "no medication")."""
        return any(
            t.lemma_.lower() in WORDS.drug_nouns
            and (t.dep_ != "compound" or t.head.lemma_.lower() in WORDS.class_nouns)
            and not any(c.dep_ == "det" and c.lower_ in WORDS.generic_determiners for c in t.children)
            and not one_of_a_kind(t)  # "the most popular sleep medication is Ambien": not the drug just named
            for t in self.subj_toks
        )  # "the drug class" still points back; "*any* drug that changes brain chemistry" does not

    @cached_property
    def plural(self) -> bool:
        """Whether the subject is a plural pronoun or demonstrative ("they", "these"); built once,
        as `agree` asks it of every entity remembered."""
        return any(t.lower_ in WORDS.plural_pronouns for t in self.subj_toks)

    @property
    def agree(self) -> list[str]:
        """Entities last mentioned in the number of the subject. A mention later in the subject's own
        sentence does not count ("Benzodiazepines such as Ativan work fast. It is not *a
        benzodiazepine*": the class was last plural before "it"); the mention before it does."""
        state, start = self.state, min((t.i for t in self.subj_toks), default=-1)
        number = {r: n for r, n in state.number.items() if state.named_at.get(r, -1) < start}
        number.update({r: n for r, n in state.number_before.items() if state.named_at.get(r, -1) >= start})
        return [r for r in number if number[r] == self.plural]


Resolver = Callable[[Reference], "list[EntityRef] | None"]


def resolved_subjects(ref: Reference, subj_refs: list[EntityRef]) -> list[EntityRef]:
    """The subjects a unit without a named subject refers to (SUBJECT_RESOLVERS, first that applies)."""
    if subj_refs or expletive(ref.unit):
        return []  # "It is important to ...": no referent
    for resolver in SUBJECT_RESOLVERS:
        found = resolver(ref)
        if found is not None:
            return found
    return []


def fronted_participle(ref: Reference) -> list[EntityRef] | None:
    """'Introduced in 1981, Xanax ...', 'Classified as Schedule IV, Ativan ...', 'Being a CNS
    depressant, it ...': an opening participle describes the main clause's subject, not the class or
    thing it names; a pronoun subject is the page's topic."""
    unit, head = ref.unit, ref.unit.head
    if unit.kind != "advcl" or head.tag_ not in ("VBG", "VBN") or head.i != head.sent.start + _opening(head):
        return None
    main = head.head
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i]
    if not subj or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children):
        return None
    named = refs_in(subj[0].subtree)
    if named:
        return named
    drugs = [r for r in ref.state.topic if ref.kb.type_of(r.id) in DRUG_TYPES]
    return drugs if subj[0].lower_ in WORDS.pronouns and drugs else None


def _opening(head: Token) -> int:
    """How many words before the participle open its sentence ("Being" 0, "First approved" 1)."""
    return sum(1 for t in head.sent if t.i < head.i and t.head.i == head.i and t.dep_ in ("advmod", "auxpass", "neg"))


def contrast_or_appositive(ref: Reference) -> list[EntityRef] | None:
    """'X is a Y, not a Z', 'X, a Y', 'X is a Y and the brand name of Z': said of X."""
    unit = ref.unit
    if unit.kind == "contrast":
        return refs_in(contrast_subject(unit))
    if unit.kind == "appos":
        noun = unit.head.head
        return described_subject(noun) or refs_in(noun.doc[noun.left_edge.i : noun.i + 1])
    if unit.kind == "conj" and unit.head.pos_ in ("NOUN", "PROPN") and unit.head.head.dep_ == "attr":
        return described_subject(unit.head.head) or None  # "X is a Y and the brand name of Z"
    return None


def described_subject(noun: Token) -> list[EntityRef]:
    """The subject a copula says `noun` is, when `noun` is its attribute ("X is a Y, a Z") or what its
    name is for ("X is the generic name for a Y, a Z"): the appositive Z is said of X, not of Y."""
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "attr" and noun.head.head.lemma_ in WORDS.naming_words:
        noun = noun.head.head
    if noun.dep_ != "attr" or noun.head.lemma_ != FW.copula:
        return []
    return refs_in(t for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def what_clause(ref: Reference) -> list[EntityRef] | None:
    """'X is what causes Y': said of X."""
    if FW.what in ref.head_words and ref.unit.head.head.lemma_ == FW.copula:
        copula = ref.unit.head.head
        return refs_in(t for c in copula.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
    return None


def relative_clause(ref: Reference) -> list[EntityRef] | None:
    """'which', 'that', 'who': the noun (or the clause) the relative is said of."""
    unit = ref.unit
    if not (unit.kind == "relcl" and ref.head_words & WORDS.relative_pronouns):
        return None
    noun = unit.head.head
    clause = subject_clause(sentential_antecedent(unit.head))
    resolved = next((u.subjects for u in ref.done if clause is not None and u.head.i == clause.i), [])
    if resolved:
        return list(resolved)  # "It blocks the H1 receptor, which causes drowsiness": what "it" is
    if clause is not None:  # "X blocks the transporter, which raises serotonin": X's doing
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
            c for c in clause.children if c.i < clause.i and c.dep_ in ("nmod", "amod", "compound")
        ]
        found = refs_in(t for c in subjects for t in c.subtree)
        if found:
            return found
    members_of = class_listing_its_members(noun, unit.head, ref.kb)
    if members_of:
        return members_of  # "X is a benzodiazepine, a class that includes Y": the class includes Y
    if noun.dep_ == "appos" and not drugs_named(noun.doc[noun.left_edge.i : noun.i + 1], ref.kb, glossed(noun)):
        noun = glossed(noun)  # "an SSRI, a type of medicine that blocks ...": said of the SSRI
    noun = drug_noun_for_a_class_clause(noun, unit.head, ref.kb)
    noun = kind_of_drugs(noun)
    copula = classing_verb(noun)
    if copula is not None:  # "X is a Y that Z", "X is classified as a Y that Z": Z is said of X
        subj = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = refs_in(t for c in subj for t in c.subtree) or next(
            (list(u.subjects) for u in ref.done if u.head.i == copula.i and u.subjects), []
        )  # "it's a depressant that enhances GABA": what "it" was resolved to
        if found:
            return found
    found = refs_in(noun.doc[noun.left_edge.i : noun.i + 1])
    listed = listed_before(noun, unit.head)
    if found and listed is not None:
        found = listed  # "clorazepate, midazolam and triazolam, which are short-acting": all three
    if not found and noun.i < unit.head.left_edge.i:
        # "a class of drugs called benzodiazepines, which work by ...": the parser hung the clause on
        # "class"; the relative is said of the name between the noun and the clause
        found = refs_in(noun.doc[noun.i + 1 : unit.head.left_edge.i])
    return found


def class_listing_its_members(noun: Token, verb: Token, kb: KnowledgeBase) -> list[EntityRef]:
    """The drug class a relative clause of inclusion (`inclusion_verbs`) lists members of: "X is a
    benzodiazepine, *a class that includes* diazepam" says the class includes diazepam, not X (unlike
    "X is a Y that Z", where Z is X's). The class is named in the noun's phrase, or is the noun an
    appositive glosses. Empty when the clause does not list members or names no class."""
    if verb.lemma_.lower() not in WORDS.inclusion_verbs:
        return []
    phrases = []  # where the class may be named, in order; the subject first
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == FW.of else noun
    copula = classing_verb(holder)  # "SNRIs are a class of antidepressants that includes Y"
    if copula is not None:
        phrases.append([t for c in copula.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree])
    phrases.append(list(noun.doc[noun.left_edge.i : noun.i + 1]))
    if noun.dep_ == "appos":
        phrases.append(list(noun.doc[noun.head.left_edge.i : noun.head.i + 1]))
    for phrase in phrases:
        classes = [r for r in refs_in(phrase) if kb.type_of(r.id) == "drug_class"]
        if classes:
            return classes
    if any(c.dep_ == "amod" and c.lower_ in WORDS.same_words for c in noun.children):
        # "in the benzodiazepine family, *the same family* that includes Y": the one named last before it
        named = [r for r in refs_in(noun.doc[noun.sent.start : noun.left_edge.i]) if kb.type_of(r.id) == "drug_class"]
        return named[-1:]
    return []


def listed_before(noun: Token, verb: Token) -> list[EntityRef] | None:
    """What a relative right after a list is said of, whichever member the parser hung it on: with a
    plural verb all the members ("clorazepate, midazolam, and triazolam, which *are* short-acting"),
    with a singular one the member next to it ("Zoloft, Lexapro and Xanax, which *is* a
    benzodiazepine": Xanax). None when the noun is in no list, or the relative does not follow it."""
    members = sorted([noun, *noun.conjuncts], key=lambda t: t.i)
    if len(members) < 2 or verb.left_edge.i <= members[-1].i:
        return None
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.tag_ == "VBP" for v in verbs):
        found = refs_in(noun.doc[members[0].left_edge.i : members[-1].i + 1])
    else:
        found = refs_in(noun.doc[members[-1].left_edge.i : members[-1].i + 1])
    return found or None


def drugs_named(phrase: Span, kb: KnowledgeBase, head: Token) -> list[EntityRef]:
    """The entities an appositive names, or only its drugs when it glosses a drug with its class
    ("chlordiazepoxide, *a benzodiazepine medication* that acts on ...": the clause is the drug's)."""
    found = refs_in(phrase)
    if any(kb.type_of(r.id) == "drug" for r in refs_in(head.doc[head.i : head.i + 1])):
        return [r for r in found if kb.type_of(r.id) == "drug"]
    return found


def glossed(appos: Token) -> Token:
    """The noun an appositive glosses: its head, or the drug a naming noun names when the parser hung
    the appositive on that noun ("the brand name of diazepam, a benzodiazepine that ...")."""
    head = appos.head
    if head.lemma_.lower() in WORDS.naming_words:
        named = [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if named:
            return named[0]
    return head


def classing_verb(noun: Token) -> Token | None:
    """The copula whose attribute `noun` is, or the verb of classing whose "as" phrase it is in
    ("is classified *as* an anticonvulsant drug that ..."), else None."""
    if noun.dep_ == "attr":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == FW.comparison_as and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def kind_of_drugs(noun: Token) -> Token:
    """'Z-drugs are a group of medicines *that act as hypnotics*': a clause on the drugs of "a
    class (group, type) of drugs" (`class_nouns`, `drug_nouns`) is said of the class, so of what the
    class is said of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != FW.of or noun.lemma_.lower() not in WORDS.drug_nouns:
        return noun
    return prep.head if prep.head.lemma_.lower() in WORDS.class_nouns else noun


def drug_noun_for_a_class_clause(noun: Token, clause: Token, kb: KnowledgeBase) -> Token:
    """'X is a drug for anxiety *that is not a benzodiazepine*': a relative clause that puts its noun
    in (or out of) a drug class is said of a drug, so when the parser hung it on the condition the
    drug is for, it is the drug noun's ("drug", "medication") the condition's phrase belongs to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i or prep.head.lemma_.lower() not in WORDS.drug_nouns:
        return noun
    named = refs_in(noun.doc[noun.left_edge.i : noun.i + 1])
    if not named or any(kb.type_of(r.id) in DRUG_TYPES for r in named):
        return noun
    classes = refs_in(t for c in clause.children if c.dep_ == "attr" for t in c.subtree)
    if clause.lemma_ == FW.copula and any(kb.type_of(r.id) == "drug_class" for r in classes):
        return prep.head
    return noun


def demonstrative(ref: Reference) -> list[EntityRef] | None:
    """'This leads to ...', 'The result is ...': everything the previous unit was about ("these
    chemicals": its transmitters, `transmitter_nouns`), but not a property of it when the unit gives a
    figure of its own through a verb of consequence (`consequence_verbs`: "X has a long half-life. This
    gives effects lasting up to 12 hours": the figure is of the effects, not of the half-life; "this
    time period ranges from 30 to 40 hours" restates it)."""
    pointing = ref.head_words & (WORDS.demonstratives | WORDS.result_nouns)
    if pointing and not (ref.head_words & WORDS.drug_nouns):
        ante = ref.done[-1] if ref.done else ref.state.previous_unit
        if ante is not None:
            said = list(ante.subjects) + list(ante.objects)
            if ref.unit.head.lemma_.lower() in WORDS.consequence_verbs and any(t.like_num for t in ref.unit.own):
                said = [r for r in said if r.id not in ref.kb.properties] or said  # the figure is not the half-life's
            if ref.head_words & WORDS.transmitter_nouns:  # "these natural chemicals": the transmitters
                return [r for r in said if ref.kb.type_of(r.id) == "neurotransmitter"] or said
            return said
    return None


def condition_pronoun(ref: Reference) -> list[EntityRef] | None:
    """'If you stop a benzodiazepine suddenly, it can cause seizures': "it" is the stopping."""
    unit = ref.unit
    if not (ref.head_words & WORDS.clause_pronouns and len(ref.subj_toks) == 1 and unit.head.lemma_ != FW.copula):
        return None
    cond = next(
        (
            c
            for c in unit.head.children
            if c.dep_ == "advcl"
            and c.i < unit.head.i
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in WORDS.condition_marks for m in c.children)
        ),
        None,
    )
    found = refs_in(cond.subtree) if cond is not None else []
    own = refs_in(t for t in cond.subtree if not in_companion_phrase(t, cond)) if cond is not None else []
    if any(ref.kb.type_of(r.id) in DRUG_TYPES and r.id not in DOMAIN.companions for r in own):
        # "If you take Xanax for months along with Lexapro, it can lead to addiction": "it" is taking
        # Xanax; the medicine it is taken with is a condition, not what the clause says causes it
        return own
    return found or None


def in_companion_phrase(tok: Token, clause: Token) -> bool:
    """Whether `tok` is inside a "with"/"alongside" phrase (`companion_preps`) within `clause`."""
    node = tok
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in WORDS.companion_preps:
            return True
        node = node.head
    return False


def coordinated_pronoun(ref: Reference) -> list[EntityRef] | None:
    """'Depression has many causes, and it is not ...': the first clause's subject goes on."""
    unit = ref.unit
    if not (
        unit.kind == "conj"
        and ref.head_words & WORDS.continuing_pronouns
        and len(ref.subj_toks) == 1
        and any(c.dep_ == "cc" and c.lower_ == FW.additive for c in unit.head.head.children)
    ):
        return None
    parent = next((u for u in reversed(ref.done) if u.head.i == unit.head.head.i), None)
    nouns = [t for t in subject_tokens(parent) if t.pos_ in ("NOUN", "PROPN")] if parent else []
    if parent is not None and nouns and any(t.tag_ in ("NNS", "NNPS") for t in nouns) == ref.plural:
        found = refs_in(sorted(subject_tokens(parent), key=lambda t: t.i))
        if found and not any(ref.kb.type_of(r.id) == "organization" for r in found):
            return owners_of_properties(found, ref)
    return None


def owners_of_properties(found: list[EntityRef], ref: Reference) -> list[EntityRef]:
    """The drugs of a subject that gives a drug's property, when the clause of "it" names a property
    of its own ("Klonopin's peak level comes in an hour, and it has a half-life of 30 hours": "it" is
    Klonopin, not its peak level; in "Halcion's half-life is short, and it is about 2 hours", "it" is
    still the half-life)."""
    kb = ref.kb
    drugs = [r for r in found if kb.type_of(r.id) in DRUG_TYPES]
    ids = mention_ids(ref.unit.head.doc)
    own_property = any(ids.get(t.i) in kb.properties for t in ref.unit.own)
    if drugs and own_property and all(r in drugs or r.id in kb.properties for r in found):
        return drugs
    return found


def pronoun_in_sentence(ref: Reference) -> list[EntityRef] | None:
    """'while Xanax targets GABA, it does not ...': a drug subject of this sentence."""
    agree = ref.agree
    # the members of an example list are an aside ("compared with benzodiazepines, including Xanax, but it ...")
    done = [u for u in ref.done if u.kind != "example" and not in_brackets(u.head)]  # "(e.g. Valium)" too
    same_sentence = [r for u in done for r in u.subjects if ref.kb.type_of(r.id) in DRUG_TYPES and r.id in agree]
    # "Ativan is used as an anxiolytic, meaning it helps ...": the class something was said to be
    # (an earlier unit's object) is not what "it" goes on about, when a subject of its own is there
    said_to_be = {r.id for u in done for r in u.objects}
    subjects = [r for r in same_sentence if r.id not in said_to_be] or same_sentence
    if ref.head_words & WORDS.pronouns and subjects:
        return subjects[-1:]
    return None


def in_brackets(tok: Token) -> bool:
    """Whether the token stands inside parentheses closed within its sentence ("benzodiazepines
    (e.g. *Valium*)"): an aside. (`extractor.bracketed` asks less: an opening parenthesis not yet
    closed before the word, as a lead-in whose parenthesis the list after it leaves open.)"""
    sent = tok.sent
    before = next((t.text for t in reversed(sent[: tok.i - sent.start]) if t.text in "()"), "")
    after = next((t.text for t in sent[tok.i - sent.start + 1 :] if t.text in "()"), "")
    return before == "(" and after == ")"


def pronoun_topic(ref: Reference) -> list[EntityRef] | None:
    """The previous sentence's subject continues."""
    state = ref.state
    topic = list(state.topic) if ref.plural and len(state.topic) > 1 else [r for r in state.topic if r.id in ref.agree]
    drugs = [r for r in topic if ref.kb.type_of(r.id) in DRUG_TYPES]
    if ref.head_words & WORDS.pronouns and drugs and example_past_a_class(ref):
        return []
    if not ref.plural and len(distinct_drugs(drugs, ref.kb)) > 1 and not any(r.id in DOMAIN.companions for r in drugs):
        # "Lexapro and Xanax are alike ... It is a benzodiazepine": one "it" is not two drugs, and
        # which one the page means is a guess; it stays unresolved, so nothing is said of either
        # (with a companion it is the mix: "Xanax and alcohol together ... It can slow breathing")
        return [] if ref.head_words & WORDS.pronouns else None
    if ref.head_words & WORDS.pronouns and topic:
        # "The drug's mechanism is unknown. It has a mild sedative effect": "it" is the drug, not its mechanism
        if not drugs and ref.state.last_drug and says_a_drug_class(ref):
            return [EntityRef(ref.state.last_drug)]  # "These chemicals calm the mind. It is a Schedule IV drug"
        # one "it" is one thing: the drug, not the transmitter the last clause named beside it ("This
        # drug gives more GABA. It is used to treat anxiety")
        concept = any(ref.kb.type_of(r.id) == "concept" for r in topic)
        return drugs if drugs and (concept or not ref.plural) else topic
    return None


def distinct_drugs(refs: list[EntityRef], kb: KnowledgeBase) -> set[str]:
    """The drugs among `refs`, their classes left out: a drug and its class are one referent
    ("Clonazepam, a benzodiazepine, ..." names one thing "it" may point back to)."""
    return {r.id for r in refs if kb.type_of(r.id) == "drug"}


def says_a_drug_class(ref: Reference) -> bool:
    """Whether the unit puts its subject in a class only a drug can be in (a drug class, a schedule,
    a controlled substance): what "it" is then is a drug, whatever the last sentence was about."""
    ids = mention_ids(ref.unit.head.doc)
    named = {ids[t.i] for t in ref.unit.own if t.i in ids}
    return any(ref.kb.type_of(e) == "drug_class" or ref.kb.exclusive_group(e) for e in named)


def forward_reference(ref: Reference) -> list[EntityRef] | None:
    """'These drugs are not benzodiazepines:' before a list points forward, to the list: no earlier
    drug is its referent (resolving backward would put the words in another drug's mouth)."""
    words = {t.lower_ for t in ref.subj_toks}
    if not words & (WORDS.demonstratives | WORDS.plural_demonstratives):
        return None
    sent = ref.unit.head.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return [] if last is not None and last.text == ":" else None


def both(ref: Reference) -> list[EntityRef] | None:
    """'Both drugs can cause ...': the last two drugs named; a bare "both" after a clause of this
    sentence that named two substances ("do not add opioids or alcohol, as both deepen sedation"):
    those two."""
    if FW.both in ref.head_words and (ref.head_words & WORDS.drug_nouns or len(ref.subj_toks) == 1):
        named = [r for r in (ref.done[-1].objects if ref.done else []) if taken(r.id, ref.kb)]
        if not ref.head_words & WORDS.drug_nouns and len({r.id for r in named}) == 2:
            return named
        pair = ref.state.recent_pair()
        if pair:
            return [EntityRef(e) for e in pair]
    return None


def combined_pair(ref: Reference) -> list[EntityRef] | None:
    """'Combining *the two* increases the risk of ...', 'mixing *them*': a combining verb
    (`combining_verbs`) whose object points back to two substances: the last two named."""
    doc = ref.unit.head.doc
    for tok in ref.subj_toks:
        if tok.lemma_.lower() not in WORDS.combining_verbs:
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects = objects or list(doc[tok.i + 1 : tok.i + 3])  # "Combining the two increases ...", misparsed
        if any(o.lower_ in WORDS.pair_pronouns for o in objects):
            pair = ref.state.recent_pair()
            return [EntityRef(e) for e in pair] if pair else None
    return None


def taken(entity: str, kb: KnowledgeBase) -> bool:
    """Whether the entity is something a person takes: a drug, a class, or a companion (alcohol)."""
    return kb.type_of(entity) in DRUG_TYPES or entity in DOMAIN.companions


def drug_noun(ref: Reference) -> list[EntityRef] | None:
    """'the drug' is the last drug named in the singular; 'these drugs' after two drugs named one by one."""
    words, state = ref.head_words, ref.state
    if not (ref.names_a_drug and not words & WORDS.pronouns):
        return None
    nouns = [t for t in ref.subj_toks if t.lemma_.lower() in WORDS.drug_nouns]
    many = ref.plural or any(t.tag_ in ("NNS", "NNPS") for t in nouns)
    same = state.recent_drugs(lambda e: state.number.get(e) == many and e not in DOMAIN.non_medicines)
    if same:
        return [EntityRef(same)]
    pair = state.recent_pair() if many and words & WORDS.plural_demonstratives else []
    if pair:
        return [EntityRef(e) for e in pair]
    return None


def named_class(ref: Reference) -> list[EntityRef] | None:
    """'the drugs in this class', 'this family of medicines': the class named last (as a subject or
    as what a drug belongs to), else the class of the drug named last."""
    state, kb = ref.state, ref.kb
    if not any(
        t.lemma_.lower() in WORDS.class_nouns and any(c.lower_ in WORDS.demonstratives for c in t.children)
        for t in ref.subj_toks
    ):
        return None
    named = state.last_class
    if named is not None and state.sentence - named[1] <= RECENCY_SENTENCES:
        return [EntityRef(named[0])]
    found = state.recent_drugs(lambda e: kb.type_of(e) == "drug_class")
    if found:
        return [EntityRef(found)]
    drug = state.last_drug
    parents = [p for p in kb.entities[drug].parents if kb.type_of(p) == "drug_class"] if drug in kb.entities else []
    return [EntityRef(parents[0])] if len(parents) == 1 else None


def named_class_of(sent: Span, mentions: Mentions, kb: KnowledgeBase) -> str | None:
    """The drug class a sentence names for "this class" to point back to: one named beside a class
    noun ("the benzodiazepine *class*"), else the first named ("Benzodiazepines are sedatives")."""
    classes = [(t, mentions[t.i][0]) for t in sent if t.i in mentions and kb.type_of(mentions[t.i][0]) == "drug_class"]
    for tok, eid in classes:
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.lemma_.lower() in WORDS.class_nouns and (after.i not in mentions):
            return eid
    return classes[0][1] if classes else None


def last_drug(ref: Reference) -> list[EntityRef] | None:
    """A pronoun or a drug noun: the drug named last within reach, when a pronoun agrees with it in
    number. (Not the last singular drug past a plural class: it is as often an example in parentheses,
    "Benzodiazepines (e.g. Valium) ... It ...", as the page's drug.)"""
    words, state = ref.head_words, ref.state
    if not (words & WORDS.pronouns or ref.names_a_drug) or not state.last_drug:
        return None
    if words & WORDS.pronouns and example_past_a_class(ref):
        return []
    if ref.names_a_drug and state.last_drug in DOMAIN.non_medicines:
        return []  # "Caffeine is a stimulant. This medication lasts ...": no medicine within reach
    if state.last_drug in ref.agree or not words & (WORDS.pronouns | WORDS.plural_demonstratives):
        return [EntityRef(state.last_drug)]
    return None


def example_past_a_class(ref: Reference) -> bool:
    """Whether a singular pronoun follows a sentence whose subject was a plural class with an example
    ("Benzodiazepines such as Ativan work fast. It is not ..."): "it" cannot be the class, and
    whether it is the example or a drug named before is a guess; it stays unresolved, so nothing is
    said of either ("Ativan, like other benzodiazepines, ... It ..." is Ativan's)."""
    return not ref.plural and ref.state.plural_class_topic


def implicit_subject(ref: Reference) -> list[EntityRef] | None:
    """No subject at all: the governing unit's subject ("... and causes X"), or a lead-in's."""
    unit = ref.unit
    if ref.subj_toks:
        return None
    gov = governor(unit)
    parent = next((u for u in reversed(ref.done) if u.head.i == gov.i), None)
    if parent is None and unit.kind == "conj" and gov.dep_ == "xcomp":
        # "prescribed to induce or *maintain* sleep": the verb it is joined to completes the unit's verb
        parent = next((u for u in reversed(ref.done) if u.head.i == gov.head.i and u.subjects), None)
    if parent is not None and unit.kind in ("conj", "acl", "without"):
        return list(parent.subjects)
    if parent is None and unit.kind == "conj":
        # "Ativan is used to treat X and belongs to ...": the governing verb made no unit of its
        # own, but its subject is the conjunct's too
        return refs_in(governing_subject(governor(unit))) or None
    if parent is not None and unit.kind == "advcl":
        # ", resulting in X": the whole event is the cause; ", mainly affecting X": its subject acts
        event = unit.head.lemma_ in WORDS.result_verbs
        return list(parent.subjects) + (list(parent.objects) if event else [])
    if unit.kind == "root" and ref.lead_subjects:
        return list(ref.lead_subjects)
    return None


def governing_subject(gov: Token) -> list[Token]:
    """The subject of `gov`, or of the verb it completes ("is used *to treat*": "used"), or of the
    verb whose means it is ("works *by binding* to X and lowering Y": "works")."""
    for _ in range(4):
        named = [t for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        if named or gov.dep_ not in ("xcomp", "conj", "pcomp", "prep") or gov.head.i == gov.i:
            return named
        gov = gov.head
    return []


SUBJECT_RESOLVERS: tuple[Resolver, ...] = (
    combined_pair,
    forward_reference,
    fronted_participle,
    contrast_or_appositive,
    what_clause,
    relative_clause,
    demonstrative,
    condition_pronoun,
    coordinated_pronoun,
    pronoun_in_sentence,
    pronoun_topic,
    both,
    named_class,
    drug_noun,
    last_drug,
    implicit_subject,
)


def demonstrative_class(ref: Reference, subj_refs: list[EntityRef]) -> list[EntityRef]:
    """'Venlafaxine is an SNRI. *This antidepressant* is used for anxiety': a singular demonstrative
    before a class names the drug of that class named last, not the whole class ("these
    benzodiazepines" still names the class)."""
    kb, drug = ref.kb, ref.state.last_drug
    if drug is None or len(subj_refs) != 1 or kb.type_of(subj_refs[0].id) != "drug_class":
        return subj_refs
    ids = mention_ids(ref.unit.head.doc)
    pointed = any(
        t.lower_ in WORDS.demonstratives - WORDS.plural_demonstratives
        and t.dep_ == "det"
        and ids.get(t.head.i) == subj_refs[0].id  # "this antidepressant", not "this class of antidepressant"
        for t in ref.subj_toks
    )
    return [EntityRef(drug)] if pointed and kb.is_kind_of(drug, subj_refs[0].id) else subj_refs


def anaphoric_subjects(ref: Reference, subj_refs: list[EntityRef]) -> list[EntityRef]:
    """'its mechanism', "this drug's ...": the drug of this sentence, else the previous sentence's
    subject, else the most recent drug (when the subject names no drug of its own)."""
    anaphoric = any(
        t.lower_ in WORDS.possessive_pronouns
        or (t.lemma_.lower() in WORDS.drug_nouns and any(c.lower_ in WORDS.anaphoric_determiners for c in t.children))
        for t in ref.subj_toks
    )
    kb = ref.kb
    if (
        subj_refs
        and anaphoric
        and not any(kb.type_of(r.id) in DRUG_TYPES and r.id not in DOMAIN.companions for r in subj_refs)
    ):
        same_sentence = [r for u in ref.done for r in u.subjects if kb.type_of(r.id) in DRUG_TYPES]
        return same_sentence[-1:] or list(ref.state.topic) or ref.state.last_drug_refs()
    return []


def resolved_objects(own: list[Token], subj_toks: set[Token], state: State) -> list[EntityRef]:
    """'the use of this medication', 'should avoid it' -> the most recent drug; 'prescribe them' -> the
    most recent class or drugs named in the plural."""
    for tok in own:
        if tok in subj_toks or not state.last_drug:
            continue
        if (
            tok.lower_ == FW.object_pronoun
            and tok.dep_ in ("dobj", "pobj")
            and (
                tok.head.lemma_ in WORDS.advice_verbs | WORDS.approval_nouns_verbs | {FW.companion}
                or (tok.head.lower_ in WORDS.intake_preps and tok.head.head.pos_ == "VERB")
            )
        ):  # "older adults should avoid it", "the FDA approved it in 1993", "you cannot overdose on it"
            singular = state.recent_drugs(lambda e: not state.number.get(e))
            return [EntityRef(singular)] if singular else []  # "older adults should avoid it"
        if tok.lower_ == FW.plural_object_pronoun and tok.dep_ == "dobj" and tok.head.lemma_ in WORDS.advice_verbs:
            plural = state.recent_drugs(lambda e: bool(state.number.get(e)))
            return [EntityRef(plural)] if plural else []  # "Benzodiazepines ... Doctors prescribe them to treat X"
        if (
            tok.lemma_.lower() in WORDS.drug_nouns
            and any(c.lower_ in WORDS.definite_determiners for c in tok.children)
            and not one_of_a_kind(tok)
            and not hyphen_tail(tok)  # "the most prescribed Z-*drug*": part of a hyphenated name
        ):
            return [EntityRef(state.last_drug)]
    return []


def one_of_a_kind(noun: Token) -> bool:
    """'the only medication approved for X', 'the most widely used sleeping pill': a drug
    noun a unique modifier or a superlative (however deep among its modifiers) makes one of a kind,
    not the drug just named."""
    before = [t for c in noun.children if c.i < noun.i for t in c.subtree]
    return any(t.lower_ in WORDS.unique_modifiers or t.tag_ in ("JJS", "RBS") for t in before)


def transmitter_pronoun(own: list[Token], state: State, kb: KnowledgeBase) -> list[EntityRef]:
    """'... GABA, so your brain produces less of *it*', 'low GABA causes anxiety, so increasing *it*
    helps': an object "it" whose sentence names one neurotransmitter and no drug after it is that
    transmitter (a drug named last is left to `resolved_objects`)."""
    if not any(t.lower_ == FW.object_pronoun and t.dep_ in ("dobj", "pobj") for t in own):
        return []
    named = sentence_transmitter(state, kb)
    return [EntityRef(named)] if named else []


def sentence_transmitter(state: State, kb: KnowledgeBase) -> str | None:
    """The one neurotransmitter the sentence names (GABA, not also its class), or None."""
    named = list(dict.fromkeys(e for e in state.sentence_entities if kb.type_of(e) == "neurotransmitter"))
    named = [e for e in named if not any(o != e and kb.is_kind_of(o, e) for o in named)]  # GABA, not its class
    return named[0] if len(named) == 1 else None


def possessed_objects(own: list[Token], state: State, kb: KnowledgeBase) -> list[EntityRef]:
    """'reduce *its* function', 'lowers *the receptor's* activity': the receptor or transmitter of the
    sentence whose function the possessive names (the last one named, when it is the only kind)."""
    for tok in own:
        noun = function_noun_of(tok)
        if noun is None or noun.dep_ not in ("dobj", "pobj") or noun.lemma_.lower() not in WORDS.function_nouns:
            continue
        named = [e for e in state.sentence_entities if kb.type_of(e) in WORDS.possessed_types]
        if tok.lower_ not in WORDS.possessive_pronouns:  # "the receptor's": a word of its name
            named = [e for e in named if any(a.split()[-1] == tok.lemma_.lower() for a in kb.entities[e].aliases)]
        if named:
            return [EntityRef(named[-1])]
    return []


def function_noun_of(tok: Token) -> Token | None:
    """The noun whose function `tok` owns: "*its* function", "the receptor's activity", or "the
    activity of *the receptor*" (a definite noun after "of"), or "*receptor* activity"."""
    if tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.pos_ == "NOUN"):
        return tok.head
    prep = tok.head
    if (
        tok.dep_ == "pobj"
        and prep.lower_ == FW.of
        and prep.head.i != prep.i
        and any(c.lower_ in WORDS.definite_determiners for c in tok.children)
    ):
        return prep.head
    return None


def subject_clause(clause: Token | None) -> Token | None:
    """The clause that has the subject of `clause`: itself, or the verb whose means or complement a
    subjectless gerund is ("Ambien works *by attaching* to GABA receptors, which raises ...": what
    Ambien does)."""
    for _ in range(4):
        if clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
        if clause.dep_ not in ("pcomp", "xcomp", "advcl") or clause.head.i == clause.i:
            return clause
        up = clause.head
        clause = up.head if up.dep_ == "prep" and up.head.i != up.i else up
    return clause


def sentential_antecedent(head: Token) -> Token | None:
    """The clause a ', which causes Y' relative is said of, when it follows that clause's object:
    a verb of result, or a singular verb after a plural noun ("binds GABA-A receptors, which
    lowers ...": "which" cannot be the receptors)."""
    disagrees = head.tag_ == "VBZ" and head.head.tag_ in ("NNS", "NNPS")
    before = " ".join(t.lower_ for t in head.doc[head.left_edge.i : head.i])
    marked = any(f" {m} " in f" {before} " for m in WORDS.result_markers)  # "which *in turn* releases"
    if (
        (head.lemma_ not in WORDS.result_verbs and not disagrees and not marked)
        or head.i == 0
        or not any(c.lower_ == FW.sentential_relative and c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return None
    first = head.left_edge
    if first.i == 0 or (first.doc[first.i - 1].text != "," and not marked):  # "which *in turn*" needs no comma
        return None
    node, deps = head.head, set()
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "dobj", "attr", "appos"):
            return None  # the noun is a subject or a modifier: the relative describes it
        deps.add(node.dep_)
        node = node.head
    if not deps & {"dobj", "attr", "pobj"} or (node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT"):
        return None
    return node  # a root tagged as a noun is still the clause ("Gabapentin and pregabalin bind to ...")


def introduces_other_thing(sent: Span, mentions: Mentions) -> bool:
    """'*Chamomile, an herb taken as a tea,* has ...', '*Magnesium is a mineral* ...': a sentence whose
    subject is a thing the table does not know, introduced by an appositive or a copula that says
    what it is. "It" in the next sentence is that thing, not the drug named before. A noun for a drug
    ("the medication is ..."), a pronoun or a name of the table introduces nothing."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNP"):
        return False
    noun = subjects[0]
    name = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    if any(t.i in mentions for t in name) or noun.lemma_.lower() in WORDS.drug_nouns:
        return False
    doc = noun.doc
    glossed = noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].tag_ == "DT"  # misparsed
    described = glossed or any(c.dep_ == "appos" for c in noun.children)
    defined = root.lemma_ == FW.copula and any(
        c.dep_ == "attr" and c.tag_ == "NN" and c.i not in mentions for c in root.children
    )  # not "the usual form is a *tablet*": a form of the drug
    return described or defined
