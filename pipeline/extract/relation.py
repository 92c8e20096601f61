"""Stage 6, relation: the repairs that turn a unit's first reading (its trigger's relation, its
subjects and objects in word order) into what the clause claims.

Each repair is a small function over a `Work` record, with an example of what it repairs; `REPAIRS`
lists them in the order they run (the order matters: a later repair sees what an earlier one made).
`repair(work)` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..lexicon import Trigger, load_lexicon
from ..quantities import convert, find_quantities, is_duration, is_unit_word
from ..types import EntityRef, Fact, Quantity
from .coref import State, distinct_drugs, governing_subject, sentence_transmitter
from .mentions import Mentions, modifies_another_noun, refs_in
from .polarity import advice_frame, advised_verb, delayed_until, flip, known_for
from .roles import RefPairs, cause_adjunct_tokens, expletive, under_agent
from .units import Unit, change_by, counted_kind, governor, is_finite, is_open_question, means_gerund
from .words import ANCHOR_TYPES, DOMAIN, DRUG_TYPES, FW, WORDS, has_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Work:
    """One unit on its way to a claim: what the repairs read (first block) and what they change."""

    unit: Unit
    trigger: Trigger | None
    trig_tok: Token | None
    own: list[Token]
    subj_toks: set[Token]
    refs: RefPairs
    mentions: Mentions
    words: frozenset[str]  # the unit's lemmas and lower-cased words
    context: list[str]  # entity ids of the unit's conditions and concepts
    attribution: str | None
    state: State
    kb: KnowledgeBase
    relation: str | None
    subjects: list[EntityRef]
    objects: list[EntityRef]
    polarity: str
    value: str | None
    quantities: tuple[Quantity, ...]
    treated: list[EntityRef] = field(default_factory=list)  # a second claim: "a benzodiazepine *for* X"
    treated_tokens: frozenset[int] = frozenset()  # the words of "for X", not shown in the class claim
    second_relation: str = "treats"  # what `treated` makes: a use, or an effect ("a class *with* X effects")

    def type_of(self, ref: EntityRef) -> str:
        """The knowledge base's type of the entity `ref` names."""
        return self.kb.type_of(ref.id)


def effect_trigger_causes(w: Work) -> None:
    """A relation word that is itself an effect causes it: "Xanax can slow breathing" (a "slow"
    trigger, but "slow breathing" is an effect), "slowed ... breathing", "slow your breathing" (the
    object is then that effect)."""
    tok = w.trig_tok
    if tok is None:
        return
    if tok.i in w.mentions and w.kb.type_of(w.mentions[tok.i][0]) in ("effect", "condition"):
        if w.relation == "treats" and treated_object(tok, w):
            w.objects = [r for r in w.objects if r.id != w.mentions[tok.i][0]]  # "calms anxiety": treats it
            return
        w.relation = "causes"
        return
    for t in tok.doc[tok.i + 1 : tok.i + 4]:
        effect = w.kb.aliases.get(f"{tok.lower_} {t.lower_}")
        if effect is not None:
            w.relation = "causes"
            if t.i in w.mentions:  # "slow your breathing": the effect, not breathing itself
                w.objects = [EntityRef(effect)] + [r for r in w.objects if r.id != w.mentions[t.i][0]]
            return


def drug_for_condition(w: Work) -> None:
    """'Zoloft is a drug for depression', 'BuSpar is an FDA-approved medication for generalized anxiety
    disorder', 'Xanax, a medicine for panic disorder, ...': a drug said to be a medicine (`drug_nouns`)
    for a condition treats it; the condition is no class of the drug. A class named too ("a
    benzodiazepine drug for anxiety") keeps the class claim, and the conditions make a claim of their
    own (`treated`): the class row does not state the use."""
    head = w.unit.head
    if w.relation != "is_a" or w.polarity != "affirmed":
        return
    if not w.subjects or not all(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        return
    if head.lemma_ == FW.copula:
        attrs = [c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in WORDS.drug_nouns]
    elif w.unit.kind == "appos" and head.lemma_.lower() in WORDS.drug_nouns:
        attrs = [head]  # "Xanax, a benzodiazepine medication for panic disorder, ..."
    else:
        return
    fors = [p for a in attrs for p in a.children if p.dep_ == "prep" and p.lower_ == FW.purpose]
    named = {w.mentions[t.i][0] for p in fors for t in p.subtree if t.i in w.mentions}
    conditions = [r for r in w.objects if r.id in named and w.type_of(r) == "condition"]
    if conditions and all(w.type_of(r) == "condition" for r in w.objects):
        w.relation, w.objects = "treats", conditions
    elif conditions:
        w.objects = [r for r in w.objects if r not in conditions]
        w.treated, w.treated_tokens = conditions, frozenset(t.i for p in fors for t in p.subtree)


def class_with_effect(w: Work) -> None:
    """'Hydroxyzine is an antihistamine with sedating effects': a drug said to be something *with*
    an effect (`FW.companion`) causes it. A class named too keeps the class claim, and the effects
    make a claim of their own (as `drug_for_condition` does with uses); a compared or denied effect
    ("with fewer side effects", "with no sedative effects") is left as it was."""
    head = w.unit.head
    if w.relation != "is_a" or w.polarity != "affirmed" or not w.subjects:
        return
    if not all(w.type_of(r) in DRUG_TYPES for r in w.subjects) or head.lemma_ != FW.copula:
        return
    attrs = [a for a in head.children if a.dep_ == "attr"]
    withs = [p for a in attrs for p in a.children if p.dep_ == "prep" and p.lower_ == FW.companion]
    words = [t for p in withs for t in p.subtree]
    if any(_compared_or_denied(t) for t in words):
        return
    named = {w.mentions[t.i][0] for t in words if t.i in w.mentions}
    effects = [r for r in w.objects if r.id in named and w.type_of(r) == "effect"]
    if not effects:
        return
    rest = [r for r in w.objects if r not in effects]
    if not rest:
        w.relation, w.objects = "causes", effects
        return
    w.objects, w.treated, w.second_relation = rest, effects, "causes"
    w.treated_tokens = frozenset(t.i for t in words)


def _compared_or_denied(tok: Token) -> bool:
    """A word that compares or denies what it is said with: "with *fewer* side effects", "with *no*
    sedative effects"."""
    if tok.tag_ in ("JJR", "RBR") or tok.lower_ in WORDS.comparative_degrees:
        return True
    return tok.dep_ == "neg" or tok.lower_ in WORDS.negating_determiners or tok.lower_ in WORDS.plain_negators


def sleep_aid_use(w: Work) -> None:
    """'Benzodiazepines are used to induce sleep', 'Ambien helps people fall asleep', 'approved to
    help you sleep': a verb of `sleep_aid_verbs` over a word of sleep, said of the medicine (or of its
    use: `endorsing_verbs`), says it treats sleeplessness (`DOMAIN.sleeplessness`), a use its rows can
    back or its closed list refute. A verb of making or causing ("can make you fall asleep", "can make
    it hard to maintain sleep") is a side effect, not a use: left."""
    if w.relation not in (None, "causes", "treats", "increases") or DOMAIN.sleeplessness not in w.kb.entities:
        return  # "increases": "used to promote sleep" reads the verb as raising sleep
    groups = group_phrase_entities(w)  # "in people who have insomnia": who it is for
    if any(w.type_of(r) == "condition" and r.id not in groups for r in w.objects) or w.quantities:
        return
    drugs = medicines_in(w, w.subjects)
    shared = [t for t, r in w.refs if r in w.objects]  # "used to induce or maintain *sleep*": one object
    if drugs and len(drugs) == len(w.subjects) and any(_aids_sleep(t, w) for t in w.own + shared):
        w.relation, w.objects = "treats", [EntityRef(DOMAIN.sleeplessness)]


def _aids_sleep(tok: Token, w: Work) -> bool:
    """Whether `tok`, a word of sleep, is what a verb of `sleep_aid_verbs` brings about ("*induce*
    sleep", "*helps* you fall asleep"), that verb hung on the unit's head only through verbs of use."""
    if tok.lower_ not in WORDS.sleep_words:
        return False
    chain = [a for a in tok.ancestors][:4]
    aid = next((i for i, a in enumerate(chain[:2]) if a.lemma_.lower() in WORDS.sleep_aid_verbs), None)
    if aid is None or (aid == 1 and chain[0].pos_ != "VERB"):
        return False  # "*help* with sleep problems" is read by the condition's own words
    above = list(chain[aid].ancestors)
    head = w.unit.head
    joined = head.lemma_.lower() in WORDS.sleep_aid_verbs and head in chain[aid].conjuncts  # "induce or *maintain*"
    if chain[aid].i != head.i and head not in above and not joined:
        return False
    path = above[: above.index(head) + 1] if head in above else []
    allowed = WORDS.endorsing_verbs | WORDS.sleep_aid_verbs  # "used to induce or maintain sleep"
    return all(a.lemma_.lower() in allowed or a.pos_ == "AUX" for a in path)


def cause_noun_causes(w: Work) -> None:
    """'Low serotonin is a primary *cause of* depression', 'stress is the main *trigger for* panic
    attacks': a copula whose attribute is a noun of causing (`causing_nouns`) says the subject causes
    what the noun's "of" or "for" names."""
    head = w.unit.head
    if w.relation != "is_a" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return  # not "There are several causes of insomnia: ..."
    for attr in (c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in WORDS.causing_nouns):
        caused = [
            EntityRef(w.mentions[g.i][0])
            for p in attr.children
            if p.dep_ == "prep" and p.lower_ in WORDS.cause_noun_preps
            for g in p.subtree
            if g.i in w.mentions
        ]
        if caused:
            w.relation, w.objects = "causes", caused
            return


def same_target_as(w: Work) -> None:
    """'Z-drugs act on the same receptor as benzodiazepines', 'Buspar works on the same receptors as
    Xanax': the target named by another drug (`target_nouns` with `same_words` ... "as" a drug) is the
    receptor that drug's own row says it binds; so is "the same location (spot)" (`place_nouns`) where
    a drug acts, binds or raises something, not where it is broken down."""
    acting = w.unit.head.lemma_.lower() in WORDS.acting_verbs or w.relation in ("binds", "acts_on", "increases")
    for tok in w.own:
        noun = tok.lemma_.lower()
        if noun not in WORDS.target_nouns and not (noun in WORDS.place_nouns and acting):
            continue  # "metabolized in the same location as Xanax": a place in the body, not a receptor
        if not any(c.dep_ == "amod" and c.lower_ in WORDS.same_words for c in tok.children):
            continue
        others = [r.id for r in drugs_after(tok, {FW.comparison_as}, w)]
        target = next((r.object for o in others[:1] for r in w.kb.candidates([o]) if _binds(r, o, w.kb)), None)
        if target is not None:
            w.objects = [r for r in w.objects if r.id not in others] + [EntityRef(target)]
            w.relation = w.relation if w.relation in ("binds", "acts_on") else "binds"
            return


def _binds(row: Fact, drug: str, kb: KnowledgeBase) -> bool:
    """Whether the row says the drug (or its class) binds a receptor."""
    return (
        row.kind == "fact"
        and row.relation == "binds"
        and row.polarity == "affirmed"
        and kb.is_kind_of(drug, row.subject)
        and kb.type_of(row.object) == "receptor"
        and not row.qualifier
    )


def treated_object(verb: Token, w: Work) -> bool:
    """Whether a treating verb that names an effect ("calms") has a condition or effect for its
    direct object ("calms *anxiety*"): the verb then says what it does to that object."""
    return any(
        c.dep_ == "dobj" and c.i in w.mentions and w.kb.type_of(w.mentions[c.i][0]) in ("effect", "condition")
        for c in verb.children
    )


def example_is_a(w: Work) -> None:
    """Examples, appositives and contrasts name a class: "benzodiazepines such as diazepam" (diazepam
    is a benzodiazepine), "Xanax, a benzodiazepine", "Lyrica is an anticonvulsant, not a benzodiazepine";
    not an appositive class with examples of its own (`lists_examples`)."""
    kind = w.unit.kind
    if kind == "example":  # "SNRIs like Effexor, and benzodiazepines like Xanax": the next item of a list
        listing = {id(r) for t, r in w.refs if t in w.subj_toks and lists_examples(t)}
        w.subjects = [r for r in w.subjects if id(r) not in listing]
    if kind == "appos" and lists_examples(w.unit.head) and is_example_member(w.unit.head.head):
        w.relation = None  # "SSRIs like Prozac and Zoloft, SNRIs like Effexor": the next item of a list
        return
    if kind == "appos" and late_item(w.unit.head) and w.unit.head.lemma_.lower() in WORDS.treatment_nouns:
        w.relation = "treats"  # "X is used for the management of A, *the relief of B*": the next use listed
        return
    if kind == "appos" and any(c.tag_ == "VB" for c in w.unit.head.conjuncts):
        return  # "...: counsel about misuse, and avoid opioids": commands parsed as a noun, no class
    if kind == "example" or (kind in ("appos", "contrast") and w.relation in (None, "is_a")):
        w.relation = "is_a"
    if kind == "appos" and renamed_kind(w):  # "Two SSRIs, Halcion and Restoril": each drug is of the kind
        w.subjects, w.objects = w.objects, w.subjects
    if kind == "example" and prefixed_class(w.unit.head.head, w) and w.polarity == "affirmed":
        w.polarity = "negated"  # "non-benzodiazepine drugs such as Ambien": Ambien is no benzodiazepine


def renamed_kind(w: Work) -> bool:
    """Whether an appositive names the drugs of a kind of medicine it hangs on, counted or pointed at
    ("Two SSRIs, *Halcion and Restoril*", "One such supplement, *Halcion*"): the unit's subject is then
    the kind and its objects the drugs, the wrong way round for the claim that each drug is one."""
    return (
        counted_kind(w.unit.head.head)
        and bool(w.subjects)
        and bool(w.objects)
        and all(w.type_of(r) == "drug_class" for r in w.subjects)
        and all(w.type_of(r) == "drug" for r in w.objects)
    )


def drugs_of_a_counted_kind(w: Work) -> None:
    """'Two such supplements, Halcion and Restoril, are prescribed for insomnia': a subject that counts
    a kind of medicine and names its drugs in an appositive is those drugs; the appositive's own
    claim says each is of the kind (`renamed_kind`)."""
    if w.unit.kind == "appos":
        return
    for subj in (c for c in w.unit.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if not counted_kind(subj):
            continue
        named = [t for a in subj.children if a.dep_ == "appos" for t in (a, *a.conjuncts) if t.i in w.mentions]
        drugs = [EntityRef(w.mentions[t.i][0]) for t in named if w.kb.type_of(w.mentions[t.i][0]) == "drug"]
        if drugs and len(drugs) == len(named):
            w.subjects = drugs
            return


def prefixed_class(noun: Token, w: Work) -> bool:
    """Whether the noun a list of examples hangs on is denied a class by a prefix: "*non*-benzodiazepine
    drugs", "*non*-benzodiazepines" (the prefix right before a class word, joined by a hyphen; not
    "non-drowsy SSRIs", whose prefix denies no class)."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    return any(
        t.lower_ in WORDS.negating_prefixes
        and not t.whitespace_
        and t.i + 2 <= noun.i
        and t.nbor(1).text == "-"
        and t.i + 2 in w.mentions
        and w.type_of(EntityRef(w.mentions[t.i + 2][0])) == "drug_class"
        for t in words
    )


def late_item(noun: Token) -> bool:
    """Whether an appositive hangs on the subject from after its verb ("Ativan is used for the
    management of X, *the short-term relief* of Y"): the parser's reading of the next item of the
    verb's list, not a noun renaming the subject."""
    head = noun.head
    return noun.dep_ == "appos" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i < noun.i


def example_preps() -> set[str]:
    """The prepositions that open a list of examples: the last word of each `example_markers` entry."""
    return {m.split()[-1] for m in WORDS.example_markers}


def is_example_member(tok: Token) -> bool:
    """Whether the token is a member of an example list ("like *Prozac* and *Zoloft*")."""
    markers = example_preps()
    for _ in range(10):  # a list is never longer; bounded whatever the parse
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
            continue
        return tok.dep_ == "pobj" and tok.head.lower_ in markers
    return False


def lists_examples(noun: Token) -> bool:
    """Whether the noun gives examples of its own ("SNRIs *like Effexor*"): a class in a list of
    classes, each with its members, not a description of the drug before it."""
    markers = example_preps()
    return any(c.dep_ == "prep" and c.lower_ in markers for c in noun.children)


def class_includes(w: Work) -> None:
    """'Benzodiazepines include alprazolam and diazepam': each drug named is a member of the class
    (only a class and its drugs: "withdrawal symptoms include anxiety" names no class)."""
    if w.relation is not None or w.unit.head.lemma_.lower() not in WORDS.inclusion_verbs:
        return
    if not w.subjects or not w.objects:
        return
    if all(w.type_of(r) == "drug_class" for r in w.subjects) and all(w.type_of(r) == "drug" for r in w.objects):
        w.subjects, w.objects = w.objects, w.subjects
        w.relation = "is_a"


def approved_for(w: Work) -> None:
    """'Gabapentin is not approved by the FDA for anxiety', 'Valium is used for muscle spasms': a verb
    of approval or use with "for" and a condition says what the drug treats, however many words stand
    between them ("used for its sedative properties" names no condition: no relation; a denied or
    timed "used for" is advice on the course, not a use). Said actively
    ("The FDA approved Xanax for panic disorder"), the approved drug is what the clause is about."""
    head = w.unit.head
    if w.relation is not None or (head.lemma_.lower() not in WORDS.approval_verbs and not approval_held(head)):
        return
    if head.lemma_.lower() in WORDS.use_verbs and (w.polarity == "negated" or course_length(w)):
        return  # "should not be used for more than a few weeks for insomnia": a course, not a use
    approved = [c for c in head.children if c.dep_ == "dobj"]
    fors = [c for h in (head, *approved) for c in h.children if c.dep_ == "prep" and purpose_prep(c)]
    named = [w.mentions[t.i][0] for p in fors for t in p.subtree if t.i in w.mentions]
    if not any(w.kb.type_of(e) == "condition" for e in named):
        return
    w.relation = "treats"
    approved_ids = {w.mentions[t.i][0] for a in approved for t in a.subtree if t.i in w.mentions}
    drugs = [r for r in w.objects if w.type_of(r) in DRUG_TYPES and r.id in approved_ids]
    if drugs and not any(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        w.subjects, w.objects = drugs, [r for r in w.objects if r not in drugs]


def purpose_prep(prep: Token) -> bool:
    """'used *for* insomnia', and 'used *in* the management of panic disorder' (a noun of treating,
    `treatment_nouns`, after "in"): the phrase a use or an approval names its condition by."""
    if prep.lower_ == FW.purpose:
        return True
    return prep.lower_ == FW.source_in and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WORDS.treatment_nouns for g in prep.children
    )


def approval_held(head: Token) -> bool:
    """'Lexapro *has* FDA approval for GAD', 'it *received* approval for panic disorder': a verb of
    holding or getting (`getting_verbs`) whose object is the noun of approval."""
    return head.lemma_.lower() in WORDS.getting_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WORDS.approval_nouns_verbs for c in head.children
    )


def approval_year(w: Work) -> None:
    """'Xanax was approved by the FDA in 1981', 'The FDA approved Zoloft in 1991': a verb (or noun) of
    approval with a year and one drug, and no condition, is the year the drug was first approved in
    the US (`first_approval`), which a row's year decides. An approval for a condition ("approved in
    1990 for panic disorder") may be a later one, and another product ("Xanax XR", a generic, an
    injection: `approval_variants`) has its own year: both are left alone, unless the approval is said
    to be the *first* ("first approved in 1993 for seizures"). A class of the drug named beside it
    ("approved in 1999 as an SSRI") is no other drug."""
    if not any(q.unit == "year" for q in w.quantities) or not approval_said(w):
        return
    first = any(c.dep_ == "advmod" and c.lower_ == FW.first for c in w.unit.head.children)
    everything = w.subjects + w.objects
    if not first and (approved_for_whom(w) or any(w.type_of(r) == "condition" for r in everything)):
        return  # "approved in 1990 for panic disorder": maybe a later approval; "first approved" is not
    if w.words & WORDS.approval_variants or variant_before(w):
        return
    drugs = medicines_in(w, everything)
    drugs = [r for r in drugs if not any(w.kb.is_kind_of(d.id, r.id) for d in drugs if d.id != r.id)]
    noun = w.unit.head.head  # "approved in 1999 as an SSRI antidepressant": the drug's own classes name it
    if not drugs and w.unit.kind == "relcl" and noun.i in w.mentions:  # "Gabapentin, which the FDA first approved in"
        drugs = medicines_in(w, [EntityRef(w.mentions[noun.i][0])])
    if len({r.id for r in drugs}) == 1 and DOMAIN.first_approval in w.kb.entities:
        w.subjects, w.relation, w.objects = drugs[:1], "has_property", [EntityRef(DOMAIN.first_approval)]


def variant_before(w: Work) -> bool:
    """'Xanax XR is an extended-release form. The FDA approved *it* in 2003': a pronoun for a product
    the sentence before named by its variant (`approval_variants`) stands for that product, not for
    the drug's first approval."""
    if not any(t.lower_ == FW.object_pronoun and t.dep_ == "dobj" for t in w.own):
        return False
    prev = w.state.previous_unit
    return prev is not None and bool({t.lower_ for t in prev.own} & WORDS.approval_variants)


def approved_for_whom(w: Work) -> bool:
    """Whether the approval is for someone or something ("approved ... for adolescents", "for women",
    "for restless legs syndrome"), or of something that is not the drug ("approved a lower dose of
    Ambien"): a later approval, not the first."""
    head = w.unit.head
    purposes = [c for c in head.children if c.dep_ == "prep" and c.lower_ == FW.purpose]
    general = WORDS.use_verbs | WORDS.general_purposes  # "for use in the US", "for marketing"
    named = [g for p in purposes for g in p.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() not in general for g in named):
        return True  # "approved for adolescents"; not "approved for use in the United States"
    if any(c.dep_ == "det" and c.lower_ in WORDS.demonstratives for g in named for c in g.children):
        return True  # "approved for this use in 1999": the use just named, a later approval
    verb = head.lemma_.lower() in WORDS.approval_nouns_verbs
    return verb and any(  # "approved a lower dose of X"; not "approved it", the drug itself
        c.dep_ == "dobj" and c.i not in w.mentions and c.lower_ != FW.object_pronoun for c in head.children
    )


def approval_said(w: Work) -> bool:
    """Whether the unit's verb is one of approval ("was approved") or of coming to market ("was
    introduced in 1993", `market_words`: judged as such by `market_year_open`), or it names an approval
    or the market ("received FDA approval in 1986", "on the market since 1975")."""
    return (
        w.unit.head.lemma_.lower() in WORDS.approval_nouns_verbs | WORDS.market_words
        or any(t.lemma_.lower() in WORDS.approval_nouns_verbs and t.pos_ == "NOUN" for t in w.own)
        or any(t.lemma_.lower() in WORDS.market_words and t.pos_ == "NOUN" for t in w.own)  # "on the market since"
    )


def available_in(w: Work) -> None:
    """'Ativan is available in tablet form, injection, and oral concentrate': what a drug is available
    in, said of the drug (its predicate), is a form it comes as; "leaving more serotonin available in
    the synapse" says where serotonin is, not a form."""
    if w.relation is not None:
        return
    for tok in w.own:
        if tok.lower_ in WORDS.availability_words and tok.dep_ == "acomp" and tok.head.i == w.unit.head.i:
            if any(c.dep_ == "prep" and c.lower_ == FW.source_in for c in tok.children):
                w.relation = "is_a"
                return
            if any(r.id in dosage_forms(w.kb) for r in w.objects):  # "available on prescription in tablet form"
                w.relation = "is_a"
                return


def given_as_form(w: Work) -> None:
    """'Valium can be given orally, by injection, or as a rectal gel', 'midazolam is administered
    intravenously': a verb of giving (`administration_verbs`) with dosage forms (the objects of the
    table's formulation rows) names forms the drug comes as."""
    if w.relation is not None or w.unit.head.lemma_.lower() not in WORDS.administration_verbs:
        return
    forms = [r for r in w.objects if r.id in dosage_forms(w.kb)]
    if forms and medicines_in(w, w.subjects):
        w.relation, w.objects = "is_a", forms


def dosage_forms(kb: KnowledgeBase) -> frozenset[str]:
    """The dosage forms the table knows: objects of its rows on formulations (is_a rows of the topic).
    Asked only of a clause with a word of availability or of giving, so read from the rows each time."""
    return frozenset(f.object for f in kb.facts if f.relation == "is_a" and f.topic in DOMAIN.form_topics)


def copula_is_a(w: Work) -> None:
    """A copula with a noun attribute and no other relation: "Xanax is a benzodiazepine"; also a name
    the parser took for an adjective ("Benzodiazepines are GABA": a transmitter or a drug, with no
    modifier before it; a class word may be a true adjective: "buspirone is anxiolytic", but not after
    an article: "is a Schedule IV narcotic")."""
    head = w.unit.head
    if w.relation is not None or head.lemma_ != FW.copula:
        return
    if any(c.dep_ == "attr" or (c.dep_ == "acomp" and (named_thing(c, w) or noun_phrase(c))) for c in head.children):
        w.relation = "is_a"


def property_named(w: Work) -> None:
    """'Effexor's active metabolite is desvenlafaxine', 'the main active metabolite of diazepam is
    nordiazepam': a copula whose complement names the property its subject names (the entity table
    gives the metabolite's name to the property) says the drug has that property, not that a drug
    is a metabolite. Read so only with one drug and one such property."""
    head = w.unit.head
    if w.relation != "is_a" or head.lemma_ != FW.copula:
        return
    drugs = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES]
    concepts = [r for r in w.subjects if w.type_of(r) == "concept"]
    if len(drugs) != 1 or len(concepts) != 1 or len(w.subjects) != 2:
        return
    if any(r.id != concepts[0].id for r in w.objects):
        return
    named = [c for c in head.children if c.dep_ == "attr" and c.i in w.mentions]
    if named and all(w.mentions[c.i][0] == concepts[0].id for c in named):
        w.subjects, w.relation, w.objects = drugs, "has_property", concepts


def property_held(w: Work) -> None:
    """'Benzodiazepines carry a boxed warning', 'Valium has active metabolites': a drug that has or
    carries (`possession_verbs`) a property the table knows (a concept: not "has an effect on GABA")
    as its verb's one object has that property."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.possession_verbs or len(w.objects) != 1:
        return
    if not w.subjects or any(w.type_of(r) not in DRUG_TYPES for r in w.subjects):
        return
    held = [c for c in head.children if c.dep_ == "dobj" and c.i in w.mentions]
    if held and w.type_of(w.objects[0]) == "concept" and w.mentions[held[0].i][0] == w.objects[0].id:
        w.relation = "has_property"


def property_of_fronted_drug(w: Work) -> None:
    """'For clonazepam, the half-life is 30 to 40 hours', 'In the case of Xanax, the elimination
    half-life varies ...': a property the clause is about, of the drug an opening phrase names
    (`owner_preps`), is that drug's, as "the half-life of clonazepam" is. Read so only with one drug."""
    if not w.subjects or any(w.type_of(r) != "concept" for r in w.subjects):
        return
    first = min((t.i for t in w.subj_toks), default=w.unit.head.i)
    drugs = [t for t, r in w.refs if r in w.objects and w.type_of(r) in DRUG_TYPES and t.i < first]
    if len({w.mentions[t.i][0] for t in drugs}) != 1:
        return
    opening = [a for a in drugs[0].ancestors if a.dep_ == "prep" and a.head.i == w.unit.head.i]
    if opening and opening[-1].lower_ in WORDS.owner_preps:
        drug = w.mentions[drugs[0].i][0]
        w.subjects = [*w.subjects, EntityRef(drug)]
        w.objects = [r for r in w.objects if r.id != drug]


def noun_phrase(tok: Token) -> bool:
    """A complement the parser took for an adjective though an article opens its phrase: "Xanax is *a*
    Schedule IV narcotic because ..." names a class, as "is a narcotic" does."""
    return tok.left_edge.pos_ == "DET" and tok.left_edge.lower_ in WORDS.indefinite_articles


NAMED_TYPES = ("neurotransmitter", "drug")  # what a copula's complement names as a thing


def named_thing(tok: Token, w: Work) -> bool:
    """Whether the word alone names a transmitter or a drug (not an effect: "Xanax is addictive"; not
    "a non-benzodiazepine anxiolytic", whose modifiers a class noun's reading would lose)."""
    bare = not any(c.i < tok.i and c.dep_ != "advmod" for c in tok.children)  # "is basically GABA"
    return bare and tok.i in w.mentions and w.kb.type_of(w.mentions[tok.i][0]) in NAMED_TYPES


def effect_adjective_causes(w: Work) -> None:
    """A copula (`copulas`) with an effect adjective: "Klonopin is addictive", "these drugs are
    habit-forming", "Halcion can become habit-forming", "Xanax is addicting" (parsed as a progressive
    verb), "Xanax is habit forming" (parsed as a noun with the copula for its auxiliary)."""
    head = reported_copula(w.unit.head)
    becoming = head.lemma_ in WORDS.copulas and head.lemma_ != FW.copula  # "become", "seem"
    if w.relation is not None or (becoming and w.value in ("lower", "higher")):
        return  # "neurons become less excitable": a change, read by `comparative_direction`
    own = set(w.own)
    complements = [c for c in head.children if c.dep_ == "acomp"]
    # "can be distressing, painful or even life-threatening": a listed adjective is the copula's too
    complements += [x for c in complements for x in c.conjuncts if x in own and not denied_word(x)]
    if head.lemma_ in WORDS.copulas and any(is_effect(c, w) for c in complements):  # "can become addictive"
        w.relation = "causes"
    elif is_effect(head, w) and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == FW.copula for c in head.children):
        w.relation = "causes"  # the copula parsed as an auxiliary of the effect word itself
    if w.relation == "causes" and head.i != w.unit.head.i and w.value == "known":
        w.value = None  # "is known to be addictive": a report of the claim, not a thing said to be known
    drugs = [r for r in w.objects if w.type_of(r) in DRUG_TYPES]
    if becoming and w.relation == "causes" and not w.subjects and drugs and len(drugs) < len(w.objects):
        w.subjects = drugs  # "patients can become dependent on Tranxene": the drug causes it
        w.objects = [r for r in w.objects if r not in drugs]


def reported_copula(head: Token) -> Token:
    """The copula a passive verb of report hangs on ("Xanax is *known* to *be* addictive", "is thought
    to be habit-forming", "is well known to be": `raising_passives`), else the head itself."""
    if head.lemma_ == FW.copula:  # "is well known to be": the report parsed as the copula's adjective
        head = next((c for c in head.children if c.dep_ == "acomp" and c.lemma_ in WORDS.raising_passives), head)
    elif head.lemma_.lower() not in WORDS.raising_passives or not any(c.dep_ == "auxpass" for c in head.children):
        return head
    return next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_ in WORDS.copulas), head)


def denied_word(tok: Token) -> bool:
    """A listed word with a reading of its own: a denial ("uncomfortable but *never* dangerous"), a
    negating prefix ("effective and *non-*addictive") or any adverb but one that only strengthens it
    ("*rarely* addictive", "*not at all* addictive"; not "*even* life-threatening",
    `strengthening_adverbs`): not the copula's plain affirmed complement."""
    before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
    if before is not None and before.lower_ in WORDS.negating_prefixes:
        return True
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ not in WORDS.strengthening_adverbs) for c in tok.children
    )


def made_to_feel(w: Work) -> None:
    """'Xanax can make you feel drowsy', 'it may leave you feeling groggy', 'Xanax can make you fall
    asleep': a verb of `making_verbs` that makes someone (a person or a group of people) feel a way,
    whose clause names only effects (or falling asleep, which is
    drowsiness: `DOMAIN.drowsiness`, when affirmed) says the medicine causes them."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.making_verbs:
        return
    people = WORDS.personal_pronouns | WORDS.group_nouns
    if not any(t.i > head.i and (t.lower_ in people or t.lemma_.lower() in people) for t in w.own):
        return  # "makes neurons less excitable": no one is made to feel a way (`comparative_direction`)
    drugs = medicines_in(w, w.subjects)
    if not drugs or len(drugs) != len(w.subjects):
        return
    if w.objects and all(w.type_of(r) == "effect" for r in w.objects):
        w.relation = "causes"
    elif w.polarity == "negated" or w.objects or DOMAIN.drowsiness not in w.kb.entities:
        return  # "does not make you fall asleep; it helps you stay asleep": no denial of drowsiness
    elif any(t.lower_ in WORDS.sleep_words for t in w.own):
        w.relation, w.objects = "causes", [EntityRef(DOMAIN.drowsiness)]


def considered_effect(w: Work) -> None:
    """A verb of classing with an effect adjective for its complement says the effect, as the copula
    does: "Klonopin is considered highly addictive", "Ambien is generally considered to be less
    addictive than benzodiazepines" (a comparison of addictiveness, not a class: the drug named after
    "than" is the other side)."""
    head = w.unit.head
    if w.relation != "is_a" or head.lemma_ == FW.copula:
        return
    complements = [c for c in head.children if c.dep_ in ("oprd", "acomp")]
    complements += [g for c in head.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "acomp"]
    if any(is_effect(c, w) for c in complements) and not any(c.dep_ == "attr" for c in head.children):
        w.relation = "causes"


def considered_act(w: Work) -> None:
    """A verb of classing whose complement is an act, not a class, says no class: "You should
    consider switching to Lexapro", "Doctors may consider tapering Xanax" are advice, which the table
    cannot frame (the drug named is what the act is done to, not the subject's class)."""
    verb = w.trig_tok
    if w.relation != "is_a" or verb is None or verb.lemma_ == FW.copula:
        return
    if any(c.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and c.tag_ == "VBG" for c in verb.children):
        w.relation = None


def is_effect(tok: Token, w: Work) -> bool:
    """Whether `tok` is a mention of an effect ("addictive")."""
    return tok.i in w.mentions and w.kb.type_of(w.mentions[tok.i][0]) == "effect"


def receptor_role_binds(w: Work) -> None:
    """A drug that "is" or "acts as" a receptor's agonist or modulator binds that receptor:
    "Hydroxyzine is an inverse agonist at the H1 receptor", "Buspirone is a 5-HT1A receptor agonist".
    An antagonist or blocker says which way it acts, which "binds" does not: left as it is."""
    receptors = [r for r in w.objects if w.type_of(r) == "receptor"]
    if w.relation != "is_a" or not receptors:
        return
    if any(w.type_of(r) not in ("receptor", "neurotransmitter") for r in w.objects):
        return  # "serotonin 5-HT1A receptor": the transmitter only names the receptor
    roles = {t.lemma_.lower() for t in w.own} & WORDS.binding_roles
    if roles and all(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        w.relation, w.objects = "binds", receptors


def effect_is_not_a_class(w: Work) -> None:
    """'Zoloft is an addictive drug': an effect is not a class, so the claim says it causes it. When
    the subject is itself an effect ("Tolerance to Xanax is not addiction", "physical dependence is not
    the same thing as addiction"), the clause says what one effect is: the drug named in the subject's
    phrase is not what the clause is about."""
    if w.relation == "is_a" and w.objects and _symptoms_listed(w):
        w.relation = "causes"  # "The withdrawal symptoms of X are headache and insomnia": what the state brings
        return
    if w.relation == "is_a" and w.objects and all(w.type_of(r) == "effect" for r in w.objects):
        effect = subject_effect(w)
        if effect:
            w.subjects = [EntityRef(effect)]
            return
        w.relation = "causes"


def _symptoms_listed(w: Work) -> bool:
    """Whether the copula's subject is the symptoms of a state (`symptom_nouns`, `symptom_states`:
    "the withdrawal *symptoms*") and what it names are effects or conditions."""
    said_of = [t for t in w.unit.head.children if t.dep_ == "nsubj" and t.lemma_.lower() in WORDS.symptom_nouns]
    states = [r for r in w.subjects if r.id in DOMAIN.symptom_states]
    return bool(said_of and states) and all(w.type_of(r) in ("effect", "condition") for r in w.objects)


def subject_effect(w: Work) -> str | None:
    """The effect the clause's grammatical subject names ("*Tolerance* to Xanax is not ..."), if any."""
    said_of = [t for t in w.unit.head.children if t.dep_ in ("nsubj", "nsubjpass") and is_effect(t, w)]
    return w.mentions[said_of[0].i][0] if said_of else None


def class_as_modifier(w: Work) -> None:
    """'Zolpidem is an atypical benzodiazepine *ligand*', 'a benzodiazepine *receptor agonist*': a
    class name that only modifies the noun the copula names is not what the subject is said to be;
    "a benzodiazepine *drug*" (a drug noun) and "a benzodiazepine sedative" (a class) still are."""
    if w.relation != "is_a":
        return
    roots = {w.mentions[t.i][0]: w.mentions[t.i][1].root for t in w.own if t.i in w.mentions}
    kept = []
    for ref in w.objects:
        root = roots.get(ref.id)
        if root is not None and w.type_of(ref) == "drug_class" and modifies_a_noun(root, w):
            continue
        kept.append(ref)
    w.objects = kept


def modifies_a_noun(root: Token, w: Work) -> bool:
    """Whether a class mention only modifies the noun a copula (or "is considered") names, a noun that
    is neither a drug noun nor a name of its own ("a benzodiazepine *ligand*")."""
    noun = root.head
    return (
        root.dep_ in ("compound", "amod")
        and noun.dep_ in ("attr", "oprd")
        and noun.i not in w.mentions
        and noun.lemma_.lower() not in WORDS.drug_nouns | WORDS.class_nouns
    )


def effect_means_effect(w: Work) -> None:
    """'Tolerance does not always indicate addiction', 'dependence means addiction': a verb of meaning
    (`sign_verbs`) between two effects says what the first is, not that it treats or causes the second."""
    if w.unit.head.lemma_.lower() not in WORDS.sign_verbs or not w.objects:
        return
    effect = subject_effect(w)
    if effect:  # "Tolerance to Klonopin does not always indicate addiction": said of tolerance
        w.subjects = [EntityRef(effect)]
        effects = [r for r in w.objects if r.id != effect and w.type_of(r) == "effect"]
        w.objects = effects or w.objects  # "like Klonopin" in the subject's phrase is not an object
    if w.subjects and w.objects and all(w.type_of(r) == "effect" for r in w.subjects + w.objects):
        w.relation = "is_a"


def inverse_or_passive(w: Work) -> None:
    """Subject and object change places for an inverse trigger ("drowsiness is a side effect of X":
    X causes drowsiness) or a passive ("GABA is enhanced by Xanax": the agent is the subject);
    "side effects of X include drowsiness" and "X is associated with Y" (a trigger said in the passive)
    stay as they are."""
    trigger, tok = w.trigger, w.trig_tok
    if trigger is None or tok is None:
        return
    if trigger.inverse == "passive":
        drug_first(w)  # "Dependence is associated with Xanax use": Xanax goes with dependence
        return
    noun = tok.head if tok.dep_ == "compound" else tok  # "side" of "side effects"
    owned = noun.dep_ == "dobj" and noun.head.lemma_.lower() in WORDS.possession_verbs  # "X has side effects"
    inverse = (
        tok not in w.subj_toks
        and not owned
        and (
            trigger.inverse == "1"
            or (trigger.inverse == "intransitive" and not any(c.dep_ == "dobj" for c in tok.children))
        )
    )
    verb = voice_verb(w.unit.head, tok)
    passive = (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        and trigger.inverse != "passive"
        and not is_effect(verb, w)  # "X is habit forming" misparsed as a passive of "habit"
    )
    classing = w.relation in ("treats", "is_a") or trigger.relation == "is_a"  # "is considered addictive"
    classing = classing or DOMAIN.first_approval in {r.id for r in w.objects}  # "first approved by the FDA in"
    if not (inverse or (passive and not classing)):
        return
    if inverse:
        w.subjects, w.objects = w.objects, w.subjects
        return
    agents = [r for t, r in w.refs if t not in w.subj_toks and under_agent(t, w.unit.head)]
    w.subjects, w.objects = agents, [r for r in w.subjects] + [r for r in w.objects if r not in agents]


def voice_verb(head: Token, tok: Token) -> Token:
    """The verb whose voice the trigger takes: the unit's head, or an infinitive under it that
    holds the trigger. "Benzodiazepines are thought to act on GABA-A receptors": "thought" is
    passive, "act" is not, and the benzodiazepines act; "X is believed to be cleared by the liver"
    keeps its passive on "cleared"."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "xcomp" and node.head.i == head.i and any(c.lower_ == FW.infinitive for c in node.children):
            return node
        node = node.head
    return head


def drug_first(w: Work) -> None:
    """A symmetric relation ("associated with", "linked to") said with the effect first: the drug is
    the subject."""
    drugs = [r for r in w.objects if w.type_of(r) in DRUG_TYPES]
    if drugs and w.subjects and all(w.type_of(r) in ("effect", "condition") for r in w.subjects):
        w.subjects, w.objects = drugs, w.subjects + [r for r in w.objects if r not in drugs]


def speed(unit: Unit, trigger: Trigger | None, quantities: tuple[Quantity, ...]) -> str | None:
    """'takes several weeks', 'eases symptoms within hours': how fast a drug works."""
    head = unit.head
    if head.lemma_ in WORDS.duration_verbs and any(
        c.dep_ == "dobj" and c.lemma_ in WORDS.slow_units for c in head.children
    ):
        return "slow"
    if head.lemma_ not in WORDS.onset_verbs and not (trigger and trigger.relation == "treats"):
        return None
    for tok in unit.own:  # "within hours", "in minutes"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in WORDS.count_determiners and nxt.i + 1 < len(tok.doc):
            nxt = tok.doc[nxt.i + 1]
        if tok.lower_ in WORDS.within_preps and nxt is not None and nxt.lemma_ in WORDS.fast_units:
            return "fast"
    delayed = delayed_until(head)  # "won't take effect until 6 weeks": it works at 6 weeks, not before
    for q in quantities:
        hours = convert(q.high, q.unit, "hours") if is_duration(q) else None
        if hours is not None and (q.comparator in ("<", "<=", "~") or delayed):
            return "fast" if hours <= 24 else "slow" if hours >= 168 else None
    return None


def given_speed(head: Token) -> str | None:
    """How soon a drug works, said on the effect noun (`effect_nouns`) a verb of giving (`giving_verbs`)
    has for its object: "does not *give immediate* relief", "*has* a *rapid* effect on mood" (fast,
    `prompt_adjectives`); "a *gradual* benefit" (slow, `tardy_adjectives`). None otherwise ("the same
    dose slowly produces less effect" speaks of tolerance)."""
    if head.lemma_.lower() not in WORDS.giving_verbs:
        return None
    nouns = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in WORDS.effect_nouns]
    said = {a.lemma_.lower() for n in nouns for a in n.children if a.dep_ == "amod"}
    if said & WORDS.prompt_adjectives:
        return "fast"
    return "slow" if said & WORDS.tardy_adjectives else None


def course_length(w: Work) -> bool:
    """Whether a duration is how long a course lasts, not how soon a drug works: "prescribed *for*
    no more than 2 to 4 weeks", "approved *for* up to 4 weeks", "prescribed *for* about a week" (a
    course preposition shortly before a number or a unit of time)."""
    toks = w.own
    return any(
        t.lower_ in WORDS.course_preps
        and any(n.like_num or n.lemma_.lower() in WORDS.time_nouns for n in t.doc[t.i + 1 : t.i + 5])
        for t in toks
    )  # "for about a week", "for a few weeks": a span of time, with or without a figure


SPEED_VALUES = ("fast", "slow")


def time_to_clear(w: Work) -> None:
    """'Xanax can take up to 11 hours to leave your system', 'Valium may need two weeks to get rid
    of': the time a drug takes to leave the body, read as a figure on its half-life row, where it is
    judged as a time to clear (several half-lives), not as a half-life."""
    head = w.unit.head
    times = tuple(q for q in w.quantities if is_duration(q))
    if w.relation is not None or not times or DOMAIN.half_life not in w.kb.entities:
        return
    clearing = [c for c in head.children if c.dep_ in ("xcomp", "advcl") and _clears(c)]
    if not clearing:
        return
    named = [r for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES]
    if len(named) != len(w.subjects + w.objects):
        return  # "it takes your liver 2 days to clear alcohol": something else is cleared
    said = [w.mentions[t.i][0] for t in clearing[0].subtree if t.i in w.mentions]
    if any(w.kb.type_of(e) not in DRUG_TYPES or e in DOMAIN.companions for e in said):
        return  # "to clear one drink of alcohol": something else is cleared
    cleared = [EntityRef(e) for e in said]  # "for Klonopin to leave", "to get rid of Valium"
    drugs = cleared[:1] or named or [EntityRef(c) for c in w.context if w.kb.type_of(c) in DRUG_TYPES][:1]
    drugs = [r for r in drugs if r.id not in DOMAIN.companions]
    if drugs:
        give_property(w, drugs, DOMAIN.half_life, times)


def _clears(verb: Token) -> bool:
    """Whether a verb says a drug leaves the body (`clearance_words`): "to leave", "to get rid of"."""
    words = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "prt", "oprd")]
    return any(w.lemma_.lower() in WORDS.clearance_words for w in words)


def _timed_purpose(head: Token, w: Work) -> list[EntityRef]:
    """The blood-level timings (`blood_level_timings`) a verb's purpose clause reaches: "takes five
    days *to reach steady levels*", "needs an hour *to get to its peak level*", also parsed as a
    clause of the time ("a week *to reach* ...")."""
    times = [c for c in head.children if c.dep_ in ("dobj", "npadvmod")]
    purposes = [c for c in head.children if c.dep_ in ("xcomp", "advcl")]
    purposes += [c for t in times for c in t.children if c.dep_ in ("relcl", "acl")]
    found = [w.mentions[t.i][0] for c in purposes for t in c.subtree if t.i in w.mentions]
    return [EntityRef(eid) for eid in dict.fromkeys(found) if eid in DOMAIN.blood_level_timings]


def onset_speed(w: Work) -> None:
    """How fast a drug works is a value of its onset: "Xanax works within an hour" (fast),
    "SSRIs take several weeks to work" (slow); a course length on a prescribing verb is not
    ("prescribed for no more than 4 weeks"), nor is a course a drug is taken for ("should be taken for
    no longer than 9 weeks": an onset verb said in the passive), nor the time a drug takes to leave the
    body (`clearance_words`; `clearance_nouns`: "the complete removal of the drug"), nor how long a test
    finds it (`detection_words`)."""
    head = w.unit.head
    if after_onset(head):  # "When Zoloft starts to take effect, patients feel better quickly": after the onset
        w.value = None if w.value in SPEED_VALUES else w.value
        return
    if any(c.dep_ in ("xcomp", "advcl") and _clears(c) for c in head.children):
        return  # "can take one to two weeks to leave the body": how long it takes to clear, not to act
    timed = _timed_purpose(head, w)
    if timed:  # "needs about a week to reach steady levels": the time of the levels, not of the effect
        w.objects = [r for r in w.objects if r.id not in (DOMAIN.half_life, DOMAIN.onset)] + timed
        return
    around = list(head.head.subtree) if head.head.i != head.i else []  # the clause it continues
    if any(t.lemma_.lower() in WORDS.clearance_nouns for t in w.own) or any(
        t.lemma_.lower() in WORDS.detection_words for t in [*w.own, *around]
    ):
        return  # "10 days for the complete removal of the drug", "noticed in hair for 90 days": no onset
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    if passive and head.lemma_.lower() in WORDS.intake_verbs and not working_said(w):
        return  # "X should be taken at the lowest dose ... after 4 weeks of use": how it is taken
    if stopping_subject(w):
        return  # "Tapering off a benzodiazepine often takes months": how long stopping takes
    if stopping_act(head, w):
        return  # "if it is taken off the medication too quickly": the pace of stopping, no onset
    delayed = delayed_effect(w)  # "take an SSRI for several weeks before you notice the effect"
    if not delayed and takes_a_medicine(head, w):
        return  # "never take an SSRI within 14 days of an MAOI": when to take it, not how fast it works
    if not delayed and (head.lemma_ not in WORDS.onset_verbs or passive) and course_length(w):
        return
    fast_or_slow = speed(w.unit, w.trigger, w.quantities) or delayed
    slows_something = any(  # "helps slow down the heart rate": a verb with an object, not a pace
        t.pos_ == "VERB" and t.lemma_.lower() in SPEED_VALUES and any(c.dep_ in ("dobj", "prt") for c in t.children)
        for t in w.own
    )
    paced_act = any(paced_other_act(t, w) for t in w.own) or stopping_subject(w)
    given = given_speed(head)  # "does not give immediate relief", "has no rapid effect on mood"
    if given:
        w.value = given  # the speed said of the effect, not an adverb ("slowly produces less effect")
    if fast_or_slow or (
        w.value in SPEED_VALUES
        and (w.unit.head.lemma_ in WORDS.onset_verbs or given or fast_relief(w))
        and not slows_something
        and not paced_act
    ):
        w.value = fast_or_slow or w.value
        if given and w.relation == "acts_on":
            w.relation = None  # "an immediate effect on mood": the effect's speed, not what it acts on
        timed = [r for r in w.objects + w.subjects if r.id in DOMAIN.blood_level_timings]  # "its peak level is reached"
        if DOMAIN.onset in w.kb.entities and not timed:  # "reaches peak levels in an hour": not the effect
            w.objects.append(EntityRef(DOMAIN.onset))
            if any(w.type_of(r) in DRUG_TYPES for r in w.subjects):  # "adults need 7 hours": no drug's onset
                w.relation = w.relation or "has_property"


def wearing_off_speed(w: Work) -> None:
    """'Xanax wears off quickly', 'the effects of Valium wear off slowly': how fast a drug's effect
    ends (a verb of `wearing_off` with its particle) says how long it acts, its half-life: quickly is
    short-acting, slowly long-acting. Read so only with one drug and no figure."""
    head = w.unit.head
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), "")
    if w.relation is not None or f"{head.lemma_.lower()} {particle}" not in WORDS.wearing_off:
        return
    value = {"fast": "short", "slow": "long"}.get(w.value or "")
    drugs = medicines_in(w, w.subjects + w.objects + [EntityRef(c) for c in w.context])
    if value and len({r.id for r in drugs}) == 1 and not w.quantities and DOMAIN.half_life in w.kb.entities:
        w.subjects, w.relation, w.objects, w.value = drugs[:1], "has_property", [EntityRef(DOMAIN.half_life)], value


def working_said(w: Work) -> bool:
    """Whether the unit says, besides its verb, that the drug works or takes effect (an onset verb
    or an effect noun: "once taken, it *works* within an hour", "the *effects* are felt quickly")."""
    head = w.unit.head
    return any(
        t.i != head.i and (t.lemma_.lower() in WORDS.onset_verbs or t.lemma_.lower() in WORDS.effect_nouns)
        for t in w.own
    )


def paced_other_act(tok: Token, w: Work) -> bool:
    """Whether `tok` is a word of speed said of another act than the drug's working: "you need to
    taper off Ativan *slowly*", "a *slow* taper" (a taper's pace), "these traits helped Valium
    *quickly* gain popularity" (a verb that is no onset verb and names no effect or condition)."""
    if load_lexicon().cue("value", tok.lower_) not in SPEED_VALUES:
        return False
    verb = tok.head
    if tok.dep_ == "amod":  # "slow reductions", "a slow taper": not "a rapid onset", "fast relief"
        noun = w.mentions[verb.i][0] if verb.i in w.mentions else None  # "rapid pills": fast-acting ones
        return noun != DOMAIN.onset and verb.lemma_.lower() not in WORDS.effect_nouns | WORDS.drug_nouns
    if tok.dep_ != "advmod" or verb.i == w.unit.head.i or verb.pos_ != "VERB":
        return False
    if verb.lemma_ in WORDS.advice_verbs | WORDS.stopping_verbs:
        return True
    named = [w.mentions[t.i][0] for t in verb.subtree if t.i in w.mentions]
    asleep = any(t.lower_ in WORDS.sleep_words for t in verb.subtree)  # "helps you fall asleep quickly"
    return (
        verb.lemma_ not in WORDS.onset_verbs
        and not asleep
        and not any(w.kb.type_of(e) in ("effect", "condition", "activity") for e in named)
    )


def takes_a_medicine(head: Token, w: Work) -> bool:
    """Whether the verb takes or starts a medicine as its object ("take an SSRI", "start an MAOI"): a
    time then says when it is taken, not how fast it works."""
    if head.lemma_.lower() not in WORDS.intake_verbs | WORDS.begin_verbs:
        return False
    taken = [w.mentions[c.i][0] for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i in w.mentions]
    return bool(medicines_in(w, [EntityRef(e) for e in taken]))  # "an SSRI should not be started within ..."


def stopping_subject(w: Work) -> bool:
    """Whether the unit's subject is an act of stopping the drug ("*Tapering* off Klonopin gradually
    helps prevent withdrawal"): a speed in it is the pace of stopping, not of the drug's working."""
    subject = [t for t in w.own if t.dep_ in ("csubj", "csubjpass", "nsubj") or t in w.subj_toks]
    subject += [c for t in subject for c in t.children if c.dep_ == "compound"]  # "Tapering Valium slowly"
    coming_off = any(  # "*Getting off* Xanax", "*coming off* benzodiazepines"
        t.lemma_.lower() in WORDS.off_verbs and any(c.dep_ == "prt" and c.lower_ == FW.off for c in t.children)
        for t in subject
    )
    return coming_off or any(t.lemma_.lower() in WORDS.stopping_verbs for t in subject)


def fast_relief(w: Work) -> bool:
    """'Buspirone *reduces* anxiety right away': a verb of relief (`fast_relief_verbs`) said fast of a
    condition is how soon the drug acts; not said slow ("lowers anxiety gradually": a course, maybe)."""
    head = w.unit.head
    if w.value != "fast" or head.lemma_.lower() not in WORDS.fast_relief_verbs:
        return False
    if any(t.lower_ in WORDS.pronouns for t in w.subj_toks):
        return False  # "... because it reduces anxiety quickly": which drug "it" is decides the verdict; leave it
    if any(c.dep_ == "neg" for a in (head, *head.ancestors) for c in a.children):
        return False  # "do not expect Effexor to reduce anxiety right away"
    starts = {phrase[0] for phrase in WORDS.prompt_adverbs}  # "right" of "right away"
    said = [t for t in w.own if load_lexicon().cue("value", t.lower_) == "fast" or t.lower_ in starts]
    if any(t.doc[j].lower_ in WORDS.speed_limiters for t in said for j in range(max(0, t.i - 3), t.i)):
        return False  # "reduces anxiety, but not right away", "though not quickly", "rarely right away"
    return any(w.type_of(r) in ("condition", "effect") for r in w.objects)


def stopping_act(verb: Token, w: Work) -> bool:
    """Whether the verb stops a drug: a verb of stopping, one of `off_verbs` with "off" ("taken off the
    medication", "coming off Xanax"), or a verb of cutting (`dose_cut_verbs`) whose object is a dose or
    a drug ("the dose is reduced", "sertraline is lowered"), not a symptom ("reduces anxiety quickly")."""
    lemma = verb.lemma_.lower()
    if lemma in WORDS.stopping_verbs:
        return True
    if lemma in WORDS.off_verbs and any(c.dep_ in ("prt", "prep") and c.lower_ == FW.off for c in verb.children):
        # "taken off the medication", "coming off Xanax"; not "takes the edge off anxiety"
        return any(_names_a_drug(t, w) for c in verb.children if c.dep_ in ("prt", "prep", "dobj") for t in c.subtree)
    if lemma not in WORDS.dose_cut_verbs:
        return False
    cut = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in WORDS.dose_nouns or _names_a_drug(t, w) for t in cut)


def _names_a_drug(tok: Token, w: Work) -> bool:
    """Whether the word is a drug noun ("the medication") or names a drug of the table."""
    return tok.lemma_.lower() in WORDS.drug_nouns or (
        tok.i in w.mentions and w.kb.type_of(w.mentions[tok.i][0]) in DRUG_TYPES
    )


def after_onset(head: Token) -> bool:
    """Whether the clause is set after its drug's onset: an adverbial clause of a verb of beginning
    opened by an `onset_markers` word ("*when* it starts to work", "*once* Paxil begins to take effect")."""
    return any(
        c.dep_ == "advcl"
        and c.lemma_.lower() in WORDS.begin_verbs
        and any(m.dep_ in ("advmod", "mark") and m.lower_ in WORDS.onset_markers for m in c.children)
        and not any(s.dep_ == "nsubj" and s.lower_ in WORDS.personal_pronouns for s in c.children)
        for c in head.children
    )  # "once *you* start taking it" is the start of the course, not of the effect


def delayed_effect(w: Work) -> str | None:
    """How long before a drug's effect shows, said through who notices it: "take an SSRI daily for
    a few weeks before you notice the benefit", "it can take 4 to 6 weeks before sertraline starts
    to work". The drug becomes the subject; the figure says fast (a day or less) or slow (a week or
    more)."""
    drugs = [r for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES]
    if len(drugs) != 1 or not (any(noticed_benefit(t) for t in w.own) or any(drug_starts(t, w) for t in w.own)):
        return None
    hours = [convert(q.high, q.unit, "hours") for q in w.quantities if is_duration(q)]
    known = [h for h in hours if h is not None]
    prompt = has_phrase([t.lower_ for t in w.own], WORDS.prompt_adverbs)
    if not known and (w.value in SPEED_VALUES or prompt):
        found: str | None = w.value if w.value in SPEED_VALUES else "fast"  # "see improvement right away"
    elif len(known) != 1:
        return None
    else:
        found = "fast" if known[0] <= 24 else "slow" if known[0] >= 168 else None
    if found:
        w.subjects, w.objects = drugs, [r for r in w.objects if r not in drugs]
    return found


def noticed_benefit(tok: Token) -> bool:
    """'notice the effect', 'feel the benefit', 'see a difference', 'feel better'; in the passive,
    'its effects are felt'."""
    return tok.lemma_.lower() in WORDS.notice_verbs and any(
        (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WORDS.benefit_nouns)
        or (c.dep_ == "acomp" and c.lower_ in WORDS.better_words)  # "patients feel better on it"
        for c in tok.children
    )


def drug_starts(tok: Token, w: Work) -> bool:
    """'before sertraline starts to work', 'until the drug begins working': a drug as the subject of
    a verb of beginning inside the unit (or its compound, when the parser took "starts" for a noun)."""
    return tok.lemma_.lower() in WORDS.begin_verbs and any(
        c.dep_ in ("nsubj", "compound") and c.i in w.mentions and w.kb.type_of(w.mentions[c.i][0]) in DRUG_TYPES
        for c in tok.children
    )


def half_dose_cleared(w: Work) -> None:
    """A half-life in plain words: "half a dose leaves the body in 12 hours", "the liver clears
    half of a Klonopin dose in 30 to 40 hours" (not an onset, not 50 percent of anything)."""
    half = next((t for t in w.own if names_half(t) and portion_follows(t, w)), None)
    times = tuple(q for q in w.quantities if is_duration(q))
    if half is None or not times or DOMAIN.half_life not in w.kb.entities or not clears(half, w):
        return
    named = [r for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES]
    drugs = named or [EntityRef(c) for c in w.context if w.kb.type_of(c) in DRUG_TYPES][:1]
    if not drugs and w.state.recent is not None:
        drugs = [EntityRef(w.state.recent)]  # "half of this drug": the drug just named
    if drugs:
        give_property(w, drugs, DOMAIN.half_life, times)


def names_half(tok: Token) -> bool:
    """'half', or the sign of "50%" / "50 percent" (a half said as a figure)."""
    if tok.lower_ == FW.half:
        return True
    return tok.lower_ in WORDS.percent_words and tok.i > 0 and tok.nbor(-1).text == FW.half_figure


def clears(half: Token, w: Work) -> bool:
    """Whether a verb of clearing acts on the "half" phrase ("half a dose leaves", "eliminates half
    a dose", "half of it is gone"), not on an effect ("half a tablet can clear anxiety"); the verb
    may head the infinitive the parse made a clause of its own ("takes 12 hours for half of a dose to
    leave the body")."""
    infinitives = [c for c in w.unit.head.children if c.dep_ == "advcl" and c.i > half.i]
    for verb in list(w.own) + infinitives:
        if verb.lemma_.lower() not in WORDS.clearance_words:
            continue
        if any(
            c.dep_ == "dobj"
            and c.i in w.mentions
            and w.type_of(EntityRef(w.mentions[c.i][0])) in ("effect", "condition")
            for c in verb.children
        ):
            continue  # "clear anxiety", "remove stress"
        near = [a.i for a in half.ancestors][:2]  # "takes 12 hours for half of it to leave"
        if verb.is_ancestor(half) or verb.i in near or verb.head.i in near:
            return True
    return False


def figure_in_a_list(w: Work) -> None:
    """A line that gives a drug only a figure ("Klonopin (clonazepam): 30 to 40 hours") under a
    sentence that named a property ("ranked here by half-life") gives that property."""
    prop = w.state.listed_property
    named = w.subjects + w.objects
    sent = w.unit.head.sent
    if prop is None or not named or any(t.pos_ in ("VERB", "AUX") and t.i not in w.mentions for t in sent):
        return  # a drug's name tagged as a verb is still a name
    times = tuple(q for q in w.quantities if is_duration(q))
    if times and all(w.type_of(r) in DRUG_TYPES for r in named) and prop in w.kb.entities:
        give_property(w, w.subjects or w.objects[:1], prop, times)


def change_amounts(w: Work) -> None:
    """'the half-life rises *by about an hour* with every year of age', 'lengthens it by 12 hours': a
    figure after "by" and a verb of change (`change_verbs`) is how much something changed, and the
    figures after it say at what rate or age ("with every added year past the age of 20"): none is the
    value of the property a row's range would judge, so they are dropped (the claim keeps its
    words, and no row decides it)."""
    doc = w.unit.head.doc
    spans = [" ".join(x.lower_ for x in doc[t.i : t.head.right_edge.i + 1]) for t in w.own if change_by(t)]
    if spans:
        w.quantities = tuple(q for q in w.quantities if not any(q.text.lower() in span for span in spans))


def switched_away(w: Work) -> None:
    """'Doctors may switch patients from Xanax to a longer-acting benzodiazepine', 'Xanax can be
    replaced with a longer-acting drug such as Klonopin' (`switch_verbs`): a drug switched for another
    is said to be left, and the property named (longer-acting) is the other drug's; nothing the table
    states of the first, so the clause keeps its drugs and no property or value."""
    if w.unit.head.lemma_.lower() not in WORDS.switch_verbs:
        return
    w.value = None
    w.subjects = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES]
    w.objects = [r for r in w.objects if w.type_of(r) in DRUG_TYPES]
    w.context = [c for c in w.context if w.kb.type_of(c) in DRUG_TYPES]


def give_property(w: Work, drugs: list[EntityRef], prop: str, times: tuple[Quantity, ...]) -> None:
    """Read the unit as "the drugs' `prop` is `times`", the frame of "X has a half-life of 12 hours"."""
    w.subjects, w.objects = drugs, [EntityRef(prop)]
    w.relation, w.value, w.quantities = None, None, times


def drugs_after(tok: Token, preps: Collection[str], w: Work) -> list[EntityRef]:
    """The drugs a word's prepositions (`preps`) name: "dependence *on Klonopin*", "overdose *on
    Xanax*", "the same receptor *as benzodiazepines*"."""
    return [
        EntityRef(w.mentions[g.i][0])
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj" and g.i in w.mentions and w.kb.type_of(w.mentions[g.i][0]) in DRUG_TYPES
    ]


def effect_of_a_drug_occurs(w: Work) -> None:
    """An effect named with its drug ("dependence *on* Klonopin", "tolerance *to* Xanax") that a verb
    of occurring says happens ("may occur", "can develop") is the drug causing it: "Dependence on
    Klonopin may occur even at normal doses" says Klonopin causes dependence."""
    if w.relation not in (None, "causes") or w.subjects or w.unit.head.lemma_.lower() not in WORDS.occurrence_verbs:
        return
    for tok in w.own:
        if tok.i not in w.mentions or w.kb.type_of(w.mentions[tok.i][0]) not in ("effect", "condition"):
            continue
        drugs = drugs_after(tok, WORDS.effect_of_preps, w)
        if drugs:
            w.relation, w.subjects, w.objects = "causes", drugs, [EntityRef(w.mentions[tok.i][0])]
            return


def effect_had_or_found_with_drug(w: Work) -> None:
    """An effect a drug is said to have, or said to exist with it, is the drug causing it: "Lyrica has
    no withdrawal syndrome", "there are no withdrawal symptoms with gabapentin", "no withdrawal
    syndrome has been identified for pregabalin" (`possession_verbs`, an expletive "there", or an
    effect found (`finding_verbs`), in the passive, `effect_with_preps` a drug; not "withdrawal symptoms *from*
    lorazepam include ...", whose verb says something else). Only a unit no trigger read, or a bare
    "there is"."""
    head = w.unit.head
    there = w.relation == "is_a" and any(c.dep_ == "expl" for c in head.children)
    if w.relation is not None and not there:
        return
    lemma = head.lemma_.lower()
    for tok in w.own:
        if tok.i not in w.mentions or w.kb.type_of(w.mentions[tok.i][0]) not in ("effect", "condition"):
            continue
        effect = [EntityRef(w.mentions[tok.i][0])]
        if lemma in WORDS.possession_verbs and tok.head == head and tok.dep_ == "dobj" and _drug_subject(head, w):
            w.relation, w.objects = "causes", effect
            return
        drugs = drugs_after(tok, WORDS.effect_with_preps, w) or drugs_after(head, WORDS.effect_with_preps, w)
        found = tok.dep_ == "nsubjpass" and lemma in WORDS.finding_verbs  # "identified for", not "avoided with"
        if drugs and tok.head == head and (found or (there and tok.dep_ in ("attr", "nsubj"))):
            w.relation, w.subjects, w.objects = "causes", drugs, effect
            return


def effect_of_drug_found(w: Work) -> None:
    """'Dependence *of* benzodiazepines and misuse have been observed', 'cases of misuse of Xanax have
    been observed': effects found (`finding_verbs`, in the passive) whose own "of" names a drug are
    that drug's effects (a subject naming no effect, "use of Xanax has been reported", says nothing)."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.finding_verbs:
        return
    subject = [c for c in head.children if c.dep_ == "nsubjpass"]
    if len(subject) != 1 or w.objects:
        return
    inside = [t for t in subject[0].subtree if t.i in w.mentions]
    effects = [t for t in inside if w.kb.type_of(w.mentions[t.i][0]) in ("effect", "condition")]
    drugs = [t for t in inside if w.kb.type_of(w.mentions[t.i][0]) in DRUG_TYPES]
    if not effects or not drugs or not all(t.dep_ == "pobj" and t.head.lower_ == FW.of for t in drugs):
        return
    w.relation = "causes"
    w.subjects = [EntityRef(w.mentions[t.i][0]) for t in drugs]
    w.objects = [EntityRef(w.mentions[t.i][0]) for t in effects]


def _drug_subject(head: Token, w: Work) -> bool:
    """The verb's own subject names a drug ("*Lyrica* has no withdrawal syndrome"; not "people who
    stop Prozac have ...")."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(t.i in w.mentions and w.kb.type_of(w.mentions[t.i][0]) in DRUG_TYPES for t in subjects)


def effect_on_drug(w: Work) -> None:
    """An effect said as a verb "on" a drug: "you can overdose on Xanax" (Xanax causes overdose),
    "nobody overdoses on Klonopin" (denied)."""
    if w.relation is not None:
        return
    for tok in w.own:
        if tok.i not in w.mentions or tok.pos_ != "VERB":
            continue
        if w.kb.type_of(w.mentions[tok.i][0]) not in ("effect", "condition"):
            continue
        drugs = drugs_after(tok, WORDS.intake_preps, w) or pronoun_after(tok, w)
        if drugs:
            w.relation, w.subjects, w.objects = "causes", drugs, [EntityRef(w.mentions[tok.i][0])]
            return


def pronoun_after(verb: Token, w: Work) -> list[EntityRef]:
    """The drug "it" stands for after a verb's preposition of intake ("you cannot overdose *on it*"):
    the one drug the pronoun was resolved to among the unit's objects (`resolved_objects`)."""
    said = any(
        p.dep_ == "prep" and p.lower_ in WORDS.intake_preps and any(g.lower_ == FW.object_pronoun for g in p.children)
        for p in verb.children
    )
    drugs = medicines_in(w, w.objects) if said else []
    return drugs if len(drugs) == 1 else []


STRENGTH_UNITS = ("mg", "mcg", "g")  # a tablet's strength: "20 mcg capsules" or "0.5 grams" is one too, and a wrong one


def available_strengths(w: Work) -> None:
    """ "Klonopin is available in 0.5 mg to 2 mg", "Xanax comes in 1 mg", "Xanax 0.5 mg tablets": a
    drug made, sold or named with tablets in doses of milligrams (or micrograms), with nothing else
    said, states its strengths."""
    if not w.quantities or not all(q.unit in STRENGTH_UNITS for q in w.quantities):
        return
    forms = dosage_forms(w.kb)  # "available in 7.5 mg and 15 mg capsules": the capsules' strengths
    if any(r.id in forms and r.id not in DOMAIN.solid_forms for r in w.objects):
        return  # "a rectal gel in 20 mg", "an injection of 2 mg": no tablet's strength
    named = [r for r in w.subjects + w.objects if r.id not in forms]
    beside_form = figures_beside_form(w, forms)  # "Sonata comes as a hard capsule (5 mg, 10 mg)"
    if beside_form and not named:  # the form's drug: the one drug its sentence names
        drugs = [e for e in dict.fromkeys(w.state.sentence_entities) if w.kb.type_of(e) in DRUG_TYPES]
        named = [EntityRef(drugs[0])] if len(drugs) == 1 else []
        w.subjects = named
    # "available as a 3 mg tablet" reads "available as" (is_a) with no class named: still strengths
    classless = w.relation == "is_a" and all(r.id in forms for r in w.objects)
    if (w.relation is not None and not classless) or not named:
        return
    listed = DOMAIN.strengths in w.state.sentence_entities and figures_only(w)  # "in three strengths: 0.5 mg, 1 mg"
    if DOMAIN.strengths not in w.kb.entities or not (
        beside_form or listed or w.words & (WORDS.availability_words | WORDS.strength_nouns)
    ):
        return
    held = {t.lemma_.lower() for t in w.unit.head.sent} & WORDS.strength_nouns  # "Each Ativan (lorazepam) tablet, ..."
    if w.words & WORDS.content_verbs and not held:
        return  # "each mL of the injection contains 2 mg": what a tablet holds is its strength, not this
    if all(w.type_of(r) in DRUG_TYPES for r in named):
        if not said_besides(w):
            w.subjects, w.objects = w.subjects or w.objects[:1], [EntityRef(DOMAIN.strengths)]
            w.relation = None


def figures_only(w: Work) -> bool:
    """Whether the unit's own words are figures and their units alone ("0.5 mg, 1 mg and 2 mg")."""
    words = [t for t in w.own if not (t.is_punct or t.pos_ == "CCONJ")]
    return bool(words) and all(t.like_num or is_unit_word(t.lower_) for t in words)


def figures_beside_form(w: Work, forms: frozenset[str]) -> bool:
    """Whether the unit is figures set beside a noun of a solid dosage form ("a hard capsule *(5 mg,
    10 mg)*", "Xanax tablets, 0.5 mg and 1 mg"): the form's strengths."""
    if w.unit.kind != "appos":
        return False
    noun = w.unit.head.head
    hit = w.mentions.get(noun.i)
    return noun.lemma_.lower() in WORDS.strength_nouns or (hit is not None and hit[0] in DOMAIN.solid_forms)


DOSE_PROPERTIES = (DOMAIN.maximum_dose, DOMAIN.usual_dose, DOMAIN.starting_dose)  # the doses a figure may give


def dose_around_drug(w: Work) -> None:
    """'The usual temazepam dose is 15 mg at bedtime', 'the normal adult Xanax dosage is ...': a dose
    noun (`dose_nouns`) with its drug as a modifier, given a figure in mg, is the drug's usual dose
    (`DOMAIN.usual_dose`), or its starting dose with a word of starting (`start_words`); the group
    the dose is for ("adult") only says whose dose it is. Any other modifier ("maximum", "lowest",
    "lethal") names another dose: left (`usual_dose_words` are the ones that keep it usual)."""
    if w.relation not in (None, "is_a") or w.unit.head.lemma_ != FW.copula:
        return
    if not w.quantities or any(q.unit not in ("mg", "mg_per_day") for q in w.quantities):
        return
    drugs = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES]
    if len({r.id for r in drugs}) != 1 or any(r.id in (DOMAIN.usual_dose, DOMAIN.starting_dose) for r in w.subjects):
        return
    named = [t for t in w.own if t.i in w.mentions and w.mentions[t.i][0] == drugs[0].id]
    noun = next((t.head for t in named if t.dep_ == "compound"), None)
    if noun is None or noun.lemma_.lower() not in WORDS.dose_nouns or noun not in w.subj_toks:
        return
    prop = dose_kind(noun, w)  # not "the maximum lorazepam dose": another dose than the usual one
    if prop is not None and prop in w.kb.entities:
        w.relation, w.subjects = "is_a", [EntityRef(prop), drugs[0]]


def dose_kind(noun: Token, w: Work) -> str | None:
    """The dose a dose noun names by its modifiers: the starting dose with a word of starting
    (`start_words`), the usual dose with none or a word that keeps it usual (`usual_dose_words`:
    "usual", "adult"), None for any other ("maximum", "lowest", "lethal"). A name, a figure or its
    unit ("a 2 mg dose") is no modifier of that kind."""
    said = [
        c.lower_
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i not in w.mentions
        and not c.like_num
        and not is_unit_word(c.lower_)
    ]
    if any(m not in WORDS.usual_dose_words | WORDS.start_words for m in said):
        return None
    return DOMAIN.starting_dose if any(m in WORDS.start_words for m in said) else DOMAIN.usual_dose


def dose_given(w: Work) -> None:
    """'A 1 to 2 mg dose of Ativan is given at bedtime', 'a 0.5 mg dose of Xanax is taken three times
    a day': a dose noun (`dose_nouns`) with a figure in mg and its drug after "of", the subject of a
    verb of giving or taking in the passive (`administration_verbs`, `intake_verbs`), is the drug's
    usual dose (its starting dose with a word of starting; any other modifier, "maximum", "lethal",
    names another dose: left)."""
    head = w.unit.head
    lemma = head.lemma_.lower()
    if w.relation is not None or lemma not in WORDS.administration_verbs | WORDS.intake_verbs:
        return
    if not any(c.dep_ == "auxpass" for c in head.children) or w.polarity != "affirmed":
        return
    if not w.quantities or any(q.unit not in ("mg", "mg_per_day") for q in w.quantities):
        return
    noun = next((c for c in head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in WORDS.dose_nouns), None)
    if noun is None:
        return
    owners = [
        EntityRef(w.mentions[g.i][0])
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == FW.of
        for g in p.subtree
        if g.i in w.mentions and w.kb.type_of(w.mentions[g.i][0]) == "drug"
    ]
    if len({r.id for r in owners}) != 1:
        return
    prop = dose_kind(noun, w)  # not "a lethal dose of X is given": another dose than the usual one
    if prop is not None and prop in w.kb.entities:
        give_property(w, owners[:1], prop, w.quantities)


def dose_by_verb(w: Work) -> None:
    """A dose said with a verb of dosing: "Celexa is started at 20 mg", "doctors start Zoloft at
    50 mg" (a starting dose, `dose_start_verbs`); "Zoloft can be increased up to 200 mg a day" (a
    maximum, `dose_raise_verbs`, only with "up to": "increased to 100 mg" is one step, no maximum;
    a denied `dose_limit_verbs`: "should not exceed 4 mg a day" is a maximum too).
    The drug is the one named, else the one the paragraph is about."""
    head, doses = w.unit.head, w.quantities
    if not doses or any(q.unit not in ("mg", "mg_per_day") for q in doses):
        return
    lemma = head.lemma_.lower()
    if lemma in WORDS.dose_start_verbs:
        prop = DOMAIN.starting_dose
    elif lemma in WORDS.dose_raise_verbs and all(q.comparator in ("<", "<=") for q in doses):
        prop = DOMAIN.maximum_dose
    elif lemma in WORDS.dose_limit_verbs and w.polarity == "negated" and not other_doses(w) and not said_of_whom(w):
        # (and said of no group, condition or companion: "in older adults", "when taken with opioids")
        # "The dose should not exceed 4 mg a day", "never exceed 0.5 mg": its maximum is that figure
        # (not beside another limit in the sentence: "4 mg for anxiety and 10 mg for panic disorder")
        prop = DOMAIN.maximum_dose
        doses = tuple(replace(q, comparator="<=") for q in doses)
    else:
        if lemma in WORDS.dose_raise_verbs:  # "This dose may increase to 1 mg": a step past the start
            w.subjects = [r for r in w.subjects if r.id != DOMAIN.starting_dose]
            w.objects = [r for r in w.objects if r.id != DOMAIN.starting_dose]
        return
    # "for panic disorder"; "the starting dose is 1 mg, and it can be increased to a maximum of 3 mg"
    # "Maximum daily dose should not exceed 20 mg": the dose named is what the figure is, not a thing
    doses_named = (
        (DOMAIN.starting_dose, DOMAIN.maximum_dose) if lemma in WORDS.dose_limit_verbs else (DOMAIN.starting_dose,)
    )
    named = [r for r in w.subjects + w.objects if w.type_of(r) != "condition" and r.id not in doses_named]
    named = [r for r in named if r.id not in DOMAIN.people_groups]  # "in adults": whom, judged by the row's scope
    drugs = [r for r in named if w.type_of(r) in DRUG_TYPES]
    if prop not in w.kb.entities or len(drugs) != len(named):
        return  # "increases serotonin to ...": something else is raised
    if not drugs:
        drugs = [EntityRef(c) for c in w.context if w.kb.type_of(c) in DRUG_TYPES][:1]
    if not drugs and lemma in WORDS.dose_limit_verbs:
        drugs = w.state.last_drug_refs()  # "The dose should not exceed 4 mg": the drug the paragraph is about
    if drugs:
        give_property(w, drugs, prop, doses)
        if lemma in WORDS.dose_limit_verbs:
            w.polarity = "affirmed"  # "should not exceed 4 mg": the maximum *is* 4 mg


def said_of_whom(w: Work) -> bool:
    """Whether the unit names a condition or companion besides its dose ("for panic disorder", "when
    taken with opioids"): a ceiling said for them is not the drug's own maximum. A group of people
    ("in older adults") is the scope of the maximum, judged by the group's row."""
    named = (set(w.context) | {r.id for r in w.subjects + w.objects}) - DOMAIN.people_groups
    return any(
        c in DOMAIN.companions or (c not in DOSE_PROPERTIES and w.kb.type_of(c) not in DRUG_TYPES) for c in named
    )


def other_doses(w: Work) -> bool:
    """Whether the sentence gives a figure in mg outside the unit ("should not exceed 4 mg a day for
    anxiety and rarely exceeds 10 mg for panic disorder"): each limit then belongs to its own group,
    which the unit's claim cannot tell apart."""
    own = {t.i for t in w.own}
    sent = w.unit.head.sent
    return any(t.like_num and t.i not in own and is_unit_word(t.nbor(1).lower_) for t in sent if t.i + 1 < len(t.doc))


def said_besides(w: Work) -> bool:
    """Whether the unit says more than a drug, a word of availability and its doses: "available as a
    rectal gel in 20 mg" (a form), "sold over the counter in 1 mg" (how it is sold)."""
    numbers = {t.i for t in w.own if t.like_num or is_unit_word(t.lower_)}
    for tok in w.own:
        if tok.i in w.mentions or tok.i in numbers or tok.lemma_.lower() in WORDS.availability_words:
            continue
        if tok.dep_ == "prep" or tok.lower_ in WORDS.form_names:
            continue  # "come *in* 100 mg" tagged an adverb; "lorazepam *XR*": the form a brand names
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "ADV") and tok.lemma_.lower() not in WORDS.strength_words:
            return True
    return False


def portion_follows(half: Token, w: Work) -> bool:
    """Whether "half" is said of a portion of a drug: "half a dose", "half of the lorazepam"."""
    for tok in half.doc[half.i + 1 : half.i + 5]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False  # "half-life" is read by its own alias
        if tok.lemma_.lower() in WORDS.portion_nouns:
            return True
        if tok.i in w.mentions:
            return w.kb.type_of(w.mentions[tok.i][0]) in DRUG_TYPES
    return False


def lessened_effect_is_tolerance(w: Work) -> None:
    """'Over time, Librium may become less effective', 'you may need higher doses of Xanax to get the
    same effect', 'Klonopin can lose its effectiveness with continued use': a medicine that works less
    well as its use goes on (`lessened_effect`, with a phrase of continued use, `continued_use`, or
    long-term use named) causes tolerance. Not a comparison ("less effective than buspirone"), not a
    shelf life ("stored properly, it does not lose its effectiveness for years": no use goes on), and
    not what something else does to the drug ("smoking can make Klonopin less effective")."""
    if w.relation is not None or DOMAIN.tolerance not in w.kb.entities:
        return
    if w.unit.head.lemma_.lower() in WORDS.causative:
        return
    lemmas = [t.lemma_.lower() for t in w.own]
    if FW.than in w.words or not has_phrase(lemmas, WORDS.lessened_effect):
        return
    named = w.subjects + w.objects
    # a denial needs the use said outright: "does not lose its effectiveness for years" may be a shelf life
    named_use = w.polarity == "affirmed" and any(r.id == DOMAIN.long_term_use for r in named)
    ongoing = has_phrase(lemmas, WORDS.continued_use) or named_use
    drugs = medicines_in(w, w.subjects) if w.subjects else medicines_in(w, w.objects)  # "people may need more of X"
    if ongoing and drugs and len(drugs) == len(w.subjects or drugs):  # "less" is the tolerance, no value
        w.relation, w.subjects, w.objects, w.value = "causes", drugs, [EntityRef(DOMAIN.tolerance)], None


def comparative_direction(w: Work) -> None:
    """A lower or higher effect is a decrease or an increase: "neurons become less excitable",
    "makes nerve cells less likely to fire" (but not "less than ..."); a lower risk of an effect
    (`likelihood_nouns`) still causes it, to a degree no row states."""
    if (
        w.relation is None
        and w.value in ("lower", "higher")
        and FW.than not in w.words
        and any(w.type_of(r) in ("effect", "neurotransmitter") for r in w.objects)
    ):
        if any(t.lemma_.lower() in WORDS.likelihood_nouns for t in w.own):
            w.relation = "causes"  # "a lower potential for withdrawal": causes it, less often (a degree)
            return
        w.relation, w.value = ("decreases" if w.value == "lower" else "increases"), None


def transmitter_had_on_a_drug(w: Work) -> None:
    """'When you take Valium, you will have more GABA in your brain', 'you end up with less serotonin
    on Xanax': more (or less) of a transmitter had (`possession_verbs`) while a drug is taken
    (`taken_drug`) is a rise (or a fall) in its amount the drug makes (the myth that benzodiazepines
    add GABA); the comparative modifies the transmitter itself, not how it acts ("GABA works better")."""
    head = w.unit.head
    if w.relation is not None or w.value not in (None, "lower", "higher"):
        return
    if head.lemma_.lower() not in WORDS.possession_verbs:
        return
    had = [c for c in head.children if c.dep_ == "dobj" and c.i in w.mentions]
    changed = [
        t for t in had if w.kb.type_of(w.mentions[t.i][0]) == "neurotransmitter" and _more_or_less(t) is not None
    ]
    drugs = {r.id for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES}
    drugs |= {c for c in w.context if w.kb.type_of(c) in DRUG_TYPES and c not in DOMAIN.companions}
    if len(changed) != 1 or len(drugs) != 1:
        return
    if not (taken_drug(next(iter(drugs)), head, w) or _taken_by_reference(head)):
        return
    w.relation = "decreases" if _more_or_less(changed[0]) == "less" else "increases"
    w.subjects, w.value = [EntityRef(next(iter(drugs)))], None
    w.objects = [EntityRef(w.mentions[changed[0].i][0], "amount")]


def _taken_by_reference(head: Token) -> bool:
    """Whether the sentence takes a drug it refers to without naming it ("when you take *this
    drug*", "once *it* is taken"): the object of a verb of intake is a drug noun or a pronoun."""
    return any(
        t.dep_ in ("dobj", "nsubjpass")
        and t.head.lemma_.lower() in WORDS.intake_verbs
        and t.lemma_.lower() in WORDS.drug_nouns | WORDS.pronouns
        for t in head.sent
    )


def _more_or_less(tok: Token) -> str | None:
    """ "more" or "less" when a word of more or less (`up_words`, `down_words`: "extra", "fewer")
    modifies the noun itself, else None."""
    for c in tok.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in WORDS.up_words:
            return "more"
        if c.dep_ in ("amod", "advmod") and c.lower_ in WORDS.down_words:
            return "less"
    return None


def symptoms_include(w: Work) -> None:
    """'Withdrawal symptoms may include anxiety', 'symptoms of benzodiazepine withdrawal include
    insomnia': the symptoms of a state, listed, are what the state causes (the state and its drug
    are the subjects, as the reading left them)."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.listing_verbs:
        return
    nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WORDS.symptom_nouns]
    if not nouns:
        return
    if not w.subjects and all(c.dep_ == "det" for c in nouns[0].children):
        w.subjects = previous_state(w)  # "... an acute withdrawal phase. Symptoms may include: ..."
    if w.subjects and w.objects:
        w.relation = "causes"


def symptom_of_a_state(w: Work) -> None:
    """'Nausea is a frequent withdrawal symptom of pregabalin', 'Insomnia is a symptom of Xanax
    withdrawal': an effect called a symptom (`symptom_nouns`) of a state (`symptom_states`) is what
    the state of the drug causes, as a list of the state's symptoms says (`symptoms_include`), not a
    class the effect belongs to."""
    head = w.unit.head
    if w.relation != "is_a" or head.lemma_ != FW.copula or w.polarity != "affirmed":
        return
    if not any(c.dep_ == "attr" and c.lemma_.lower() in WORDS.symptom_nouns for c in head.children):
        return
    states = [r for r in w.objects if r.id in DOMAIN.symptom_states]
    drugs = medicines_in(w, w.objects)
    effects = [r for r in w.subjects if w.type_of(r) in ("effect", "condition")]
    if states and effects and len(effects) == len(w.subjects) and len(states) + len(drugs) == len(w.objects):
        w.relation, w.subjects, w.objects = "causes", drugs + states, effects


def state_symptom_list(w: Work) -> None:
    """'Paxil withdrawal symptoms: nausea' (a lead-in with no verb, completed by its item): the
    effects listed after a state's symptoms (`symptom_nouns`, `symptom_states`) are what the state
    causes, said of the drug and the state; not the drug's own side effects."""
    if w.relation is not None or not any(t.lemma_.lower() in WORDS.symptom_nouns for t in w.own):
        return
    if any(is_finite(t) and t.lemma_.lower() not in WORDS.symptom_nouns for t in w.own):  # "symptoms" misread
        return  # "Paxil withdrawal symptoms are different from anxiety": a sentence, not a list
    named = w.subjects + w.objects
    states = [r for r in named if r.id in DOMAIN.symptom_states]
    effects = [r for r in named if r not in states and w.type_of(r) in ("effect", "condition")]
    drugs = medicines_in(w, named)
    if states and effects and drugs and len(drugs) + len(states) + len(effects) == len(named):
        w.relation, w.subjects, w.objects = "causes", drugs + states, effects


def uses_include(w: Work) -> None:
    """'Uses of Lyrica include fibromyalgia', 'Lyrica's FDA-approved uses include nerve pain': the
    uses of a drug (`use_nouns`), listed, are what the drug treats."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.listing_verbs:
        return
    nouns = [  # lemmas, and "uses", which the model lemmatizes as "us"
        c
        for c in head.children
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in WORDS.use_nouns or c.lower_ in WORDS.use_nouns)
    ]
    drugs = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES]
    treated = [r for r in w.objects if w.type_of(r) in ("condition", "effect")]
    if nouns and drugs and treated and len(treated) == len(w.objects):
        w.relation, w.subjects, w.objects = "treats", drugs, treated


def previous_state(w: Work) -> list[EntityRef]:
    """The state the previous clause named (`symptom_states`: withdrawal, an overdose), with its drug:
    what bare "symptoms" are the symptoms of (a lead-in "Symptoms may include:" passes it on to its
    bullets)."""
    prev = w.state.previous_unit
    if prev is None:
        return []
    named = list(prev.subjects) + list(prev.objects)
    states = [r for r in named if r.id in DOMAIN.symptom_states]
    drugs = medicines_in(w, named)
    return drugs[:1] + states[:1] if states else []


def lack_subject(w: Work) -> None:
    """A lack of something in the subject turns the direction round: "Low GABA increases
    excitability" says GABA lowers it; "a lack of sleep worsens anxiety" is not a claim about what
    sleep does in the direction of its verb."""
    if w.relation in ("increases", "decreases", "causes", "worsens") and any(
        t.lower_ in WORDS.lack_words and t.i not in w.mentions for t in w.subj_toks
    ):
        w.relation = {"increases": "decreases", "decreases": "increases"}.get(w.relation)


def gives_a_dose(w: Work) -> bool:
    """Whether the unit was read as a drug's dose with its figures (`dose_by_verb`, `dose_given`), or
    its verb is said of a dose (`at_a_dose`)."""
    if at_a_dose(w.unit.head):
        return True  # "In older people it should be started at a low dose": how much, not whether
    return bool(w.quantities) and any(r.id in DOSE_PROPERTIES for r in w.objects)


def at_a_dose(head: Token) -> bool:
    """Whether the verb is given a dose by a preposition ("started *at a low dose*", "begin *with
    a smaller dosage*", "kept *on the lowest dose*"): advice on how much to take, not on whether;
    "at any dose", "even at low doses" stay advice on whether. The verb may follow a modal verb
    ("ought *to be started* at ..."), and the dose may be what it takes ("should take *a lower dose*
    of Valium", "be given *smaller doses*")."""
    verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    taken = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative") and _a_dose(c)]
    if any(not _any_amount(t) for t in taken):
        return True
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep"):
        doses = [o for o in prep.children if o.dep_ == "pobj" and _a_dose(o)]
        if any(_any_amount(o) for o in doses):
            continue
        if doses and not any(c.dep_ == "advmod" and c.lower_ in WORDS.strengthening_adverbs for c in prep.children):
            return True
    return False


def _a_dose(noun: Token) -> bool:
    return noun.lemma_.lower() in WORDS.dose_nouns


def _any_amount(noun: Token) -> bool:
    """Whether a dose noun is said of every amount ("at *any* dose", `any_amount`)."""
    return any(d.dep_ == "det" and d.lower_ in WORDS.any_amount for d in noun.children)


def deontic_advice(w: Work) -> None:
    """'should' with a verb of taking is advice: "should not be taken for more than 3 weeks",
    "should not be combined"; "should be avoided" advises against."""
    head = w.unit.head
    if gives_a_dose(w):
        return  # "should not exceed 4 mg a day": a dose, read as the drug's maximum (`dose_by_verb`)
    if w.relation is None and w.words & WORDS.deontic and head.lemma_ in WORDS.advice_verbs:
        if w.polarity == "affirmed" and used_only_if(head):
            return  # "should be used in pregnancy only if clearly needed": a restriction, no endorsement
        w.relation = "recommends"
        if head.lemma_ in WORDS.avoid_verbs:
            w.polarity = flip(w.polarity)


def used_only_if(head: Token) -> bool:
    """Whether the verb is limited by "only" to a condition ("should be used *only if* clearly
    needed", "only when the benefits outweigh the risks") or to supervision ("should *only* be taken
    under a doctor's close supervision", `permission_limits`)."""
    conditions = [
        c
        for c in head.children
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in WORDS.conditions for m in c.children)
    ]
    supervised = any(
        c.dep_ == "prep" and any(t.lemma_.lower() in WORDS.permission_limits for t in c.subtree) for c in head.children
    )
    limits = [t for n in (head, *conditions) for t in n.children if t.dep_ == "advmod"]
    limits += [t for m in limits for t in m.children if t.dep_ == "advmod"]  # "*only* when": on the "when"
    return (bool(conditions) or supervised) and any(t.lower_ in WORDS.limit_words for t in limits)


def taken_at_a_time(w: Work) -> None:
    """'Lunesta is taken immediately before going to bed', 'Ambien is usually taken at bedtime': a
    drug said to be taken at a time of day (`dose_times`) is the label's advice on when to take it;
    "immediately" says when, not how fast it works."""
    if w.relation is not None or w.unit.head.lemma_.lower() not in WORDS.intake_verbs:
        return
    if w.objects and all(r.id in DOMAIN.dose_times for r in w.objects) and medicines_in(w, w.subjects):
        w.relation, w.value = "recommends", None


def stopping_advice(w: Work) -> None:
    """'Do not stop Ativan suddenly', 'Xanax can be stopped abruptly', 'patients can quit Valium cold
    turkey': a verb of stopping a drug, said as a command or under a modal of permission, with the
    manner of stopping (abruptly, by a taper) is advice on how to stop it. Said of what people did
    ("she stopped Xanax abruptly") it is not advice, and stays unread. "You need to taper off Ativan",
    "there is no need to taper it": what is needed (or not) is advised (or not)."""
    head = w.unit.head
    if w.relation not in (None, "is_a"):
        return
    manner = DOMAIN.stopping_manners & ({r.id for r in w.objects} | set(w.context))
    if not manner or not medicines_in(w, w.subjects + w.objects) + named_medicines(w):
        return
    needed = any(  # "need to taper it", "requires a slow taper"
        t.lemma_ in WORDS.need_verbs
        and any(
            (c.dep_ in ("xcomp", "acl", "relcl") and c.lemma_ in WORDS.stopping_verbs)
            or (c.dep_ == "dobj" and c.i in w.mentions and w.mentions[c.i][0] in DOMAIN.stopping_manners)
            for c in t.children
        )
        for t in w.own
    )
    if head.lemma_ in WORDS.stopping_verbs and w.relation is None:
        permitted = any(c.dep_ == "aux" and c.lemma_ in WORDS.permission_modals for c in head.children)
        needed = needed or (permitted and advised_party(head, w)) or commanded(head)
    if needed:
        w.relation = "recommends"


def advised_party(verb: Token, w: Work) -> bool:
    """Whether the subject of a permitted stop is one advice speaks to: none, "you", patients or
    people in general, or the drug itself ("Xanax can be stopped abruptly"); not a doctor in an
    emergency, nor "some patients" (what some can do is no advice to all)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        if subj.i in w.mentions and w.kb.type_of(w.mentions[subj.i][0]) in DRUG_TYPES:
            continue
        if subj.lower_ == FW.addressee:
            continue
        quantified = any(c.dep_ in ("det", "amod") and c.lower_ in WORDS.partial_quantifiers for c in subj.children)
        if subj.lemma_.lower() in WORDS.group_nouns and not quantified:
            continue
        return False
    return True


def commanded(verb: Token) -> bool:
    """Whether `verb` is a command: the sentence's bare root verb, with no subject and no auxiliary
    other than "do" ("Taper it slowly", "Do not stop it", "Never stop it")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and all(a.lemma_ == FW.do for a in auxes)
    )


def recommend_avoiding(w: Work) -> None:
    """'Doctors recommend avoiding X' advises against X; "recommend stopping X *to avoid* Y" does
    not: the avoiding is the purpose of another complement."""
    tok = w.trig_tok
    if w.relation != "recommends" or tok is None:
        return
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")]
    if advice_frame(w.unit.head, nested=True):  # "It is advisable *to avoid* alcohol": the verb the frame advises
        comps = list(dict.fromkeys([*comps, advised_verb(w.unit.head)]))
    avoids = [c for c in comps if c.lemma_ in WORDS.avoid_verbs]
    other_acts = [c for c in comps if c.pos_ in ("VERB", "AUX") and c not in avoids]  # "stopping X"
    purpose = [c for c in avoids if any(a.lower_ == FW.infinitive for a in c.children) and other_acts]
    if [c for c in avoids if c not in purpose]:
        w.polarity = flip(w.polarity)


def avoid_with_condition(w: Work) -> None:
    """'Avoid Ativan if you have narrow-angle glaucoma', 'Do not take Valium if you have myasthenia
    gravis': advice against the drug for people with the condition, as a label's contraindication."""
    head = w.unit.head
    if w.relation not in (None, "recommends") or head.lemma_ not in WORDS.advice_verbs:
        return
    drugs = medicines_in(w, w.subjects + w.objects)
    conditions = [EntityRef(c) for c in w.context if w.kb.type_of(c) == "condition"]
    conditions = conditions or [EntityRef(c) for c in condition_concepts(w)]  # "if you are pregnant"
    against = head.lemma_ in WORDS.avoid_verbs
    if len({r.id for r in drugs}) != 1 or not conditions or (not against and w.polarity != "negated"):
        return  # "take X if you have Y" advises for it: no contraindication
    w.relation, w.subjects, w.objects = "recommends", drugs[:1], conditions[:1]
    w.polarity = flip(w.polarity) if against else w.polarity


def avoid_for_a_group(w: Work) -> None:
    """'Hydroxyzine should not be used by people who have a prolonged QT interval', 'Valium is not to
    be given to patients with myasthenia gravis': advice against the drug for a group of people
    (`group_nouns`) named by their condition, as a label's contraindication. The condition only says
    which people: it is no effect of the drug, whatever a trigger in it read ("prolonged")."""
    head = w.unit.head
    lemma = head.lemma_.lower()
    if lemma not in WORDS.advice_verbs or lemma in WORDS.stopping_verbs or w.relation not in (None, "causes"):
        return  # "recommends": advice already read; "should not be stopped by ...": advice to go on
    if lemma not in WORDS.avoid_verbs | WORDS.intake_verbs | WORDS.administration_verbs | WORDS.endorsing_verbs:
        return  # "reduce", "continue": not advice against taking it
    against = head.lemma_.lower() in WORDS.avoid_verbs
    drugs = medicines_in(w, w.subjects + w.objects)
    if len({r.id for r in drugs}) != 1 or (not against and w.polarity != "negated"):
        return
    conditions = [e for e in group_phrase_entities(w) if w.kb.type_of(e) in ("condition", "effect")]
    if not conditions:
        return
    w.relation, w.subjects, w.objects = "recommends", drugs[:1], [EntityRef(conditions[0])]
    w.polarity = flip(w.polarity) if against else w.polarity


def group_phrase_entities(w: Work) -> list[str]:
    """The entities named inside a phrase about a group of people (`group_nouns`: "people *who have
    insomnia*", "patients *with myasthenia gravis*"): they say who, not what the clause is about."""
    groups = [t for t in w.own if t.lemma_.lower() in WORDS.group_nouns and t.pos_ in ("NOUN", "PROPN")]
    inside = {d.i for g in groups for d in g.subtree if d.i != g.i}
    return list(dict.fromkeys(w.mentions[t.i][0] for t in w.own if t.i in inside and t.i in w.mentions))


def condition_concepts(w: Work) -> list[str]:
    """The concepts (pregnancy, breastfeeding) named inside the unit's condition clause ("if you are
    pregnant"): the state of the person the advice is for."""
    clauses = [
        c
        for c in w.unit.head.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WORDS.conditions for m in c.children)
    ]
    named = [w.mentions[t.i][0] for c in clauses for t in c.subtree if t.i in w.mentions]
    return [e for e in dict.fromkeys(named) if w.kb.type_of(e) == "concept"]


def place_of_action(w: Work) -> None:
    """'Klonopin acts on the central nervous system by enhancing the effects of GABA': the relation
    read is the means' ("enhancing"); where the drug acts ("on the central nervous system", a
    `place_preps` phrase of an `acting_verbs` verb: "act", "work") is not what the means changes."""
    tok, head = w.trig_tok, w.unit.head
    if tok is None or head.lemma_.lower() not in WORDS.acting_verbs:
        return
    means = [g for c in head.children if (g := means_gerund(c)) is not None]
    if not means or not any(tok in m.subtree or tok.i == m.i for m in means):
        return
    places = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in WORDS.place_preps for t in c.subtree}
    dropped = {id(r) for t, r in w.refs if t.i in places}
    kept = [r for r in w.objects if id(r) not in dropped]
    if kept:
        w.objects = kept


def makes_worse_or_better(w: Work) -> None:
    """'makes anxiety worse' worsens it; "makes anxiety better" decreases it; but "makes GABA work
    better" strengthens what a transmitter or receptor does (its effect)."""
    if w.relation is None and w.unit.head.lemma_ == FW.make and w.words & (WORDS.worse_words | WORDS.better_words):
        worse = bool(w.words & WORDS.worse_words)
        signals = [r for r in w.objects if w.type_of(r) in ("neurotransmitter", "receptor")]
        if signals and len(signals) == len(w.objects):
            w.relation = "decreases" if worse else "increases"
            w.objects = [EntityRef(r.id, "effect") if w.type_of(r) == "neurotransmitter" else r for r in signals]
        else:
            w.relation = "worsens" if worse else "decreases"
            w.objects = w.objects or condition_made(w)


def condition_made(w: Work) -> list[EntityRef]:
    """What 'it' stands for in "If given to people who have depression, the drug may make *it*
    worse": the one condition or effect the sentence named before the verb (none when it named two)."""
    head = w.unit.head
    if not any(t.lower_ == FW.thing_pronoun and t.i > head.i for t in head.subtree):
        return []
    earlier = [w.mentions[t.i][0] for t in head.sent if t.i < head.i and t.i in w.mentions]
    named = list(dict.fromkeys(e for e in earlier if w.kb.type_of(e) in ("condition", "effect")))
    return [EntityRef(named[0])] if len(named) == 1 else []


def helps_a_condition(w: Work) -> None:
    """'Buspirone improves the symptoms of GAD', 'Gabapentin helps nerve pain', 'can be used to improve
    anxiety': a verb of `condition_helping_verbs` over conditions only, said of a medicine (or of its
    use: `endorsing_verbs`), says it treats them."""
    if w.relation is not None or not w.objects or not all(w.type_of(r) == "condition" for r in w.objects):
        return
    medicines = medicines_in(w, w.subjects)
    if not medicines or len(medicines) != len(w.subjects):
        return
    head = w.unit.head
    helping = [
        t
        for t in w.own
        if t.pos_ == "VERB"
        and t.lemma_.lower() in WORDS.condition_helping_verbs
        and (t.i == head.i or (t.head.i == head.i and head.lemma_.lower() in WORDS.endorsing_verbs))
    ]
    named = [t for t in w.own if t.i in w.mentions and w.mentions[t.i][0] in {r.id for r in w.objects}]
    if helping and named and all(helping[0] in t.ancestors for t in named):
        w.relation = "treats"


def mention_tokens(w: Work, entity_id: str) -> list[Token]:
    """The unit's own words that mention the entity."""
    return [t for t in w.own if t.i in w.mentions and w.mentions[t.i][0] == entity_id]


def describes_something(w: Work, entity_id: str) -> bool:
    """Whether the entity is a companion (alcohol, an opioid) and every mention of it in the unit only
    modifies another noun ("*alcohol* cravings", "an *alcohol* use disorder"): not the substance."""
    toks = mention_tokens(w, entity_id)
    return entity_id in DOMAIN.companions and bool(toks) and all(t.dep_ in ("compound", "amod") for t in toks)


def describes_someone(w: Work, entity_id: str) -> bool:
    """Whether every mention of the entity in the unit only says who someone is or what their problem
    is: "people with serious *alcohol* problems" (a modifier of another noun, or under "with" after a
    person), not a substance the medicine is taken with."""
    toks = mention_tokens(w, entity_id)
    return bool(toks) and all(names_a_problem(t) or after_a_person(t) for t in toks)


def names_a_problem(tok: Token) -> bool:
    """'serious *alcohol* problems', 'an *alcohol* use disorder' (`problem_nouns`): the word names
    someone's problem, not a drink ("*alcohol* drinks" is the drink)."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in WORDS.problem_nouns


def after_a_person(tok: Token) -> bool:
    """'people *with* a history of alcohol use': the mention sits in a "with" phrase of a person."""
    for anc in tok.ancestors:
        if anc.lower_ == FW.companion and anc.head.lemma_.lower() in WORDS.group_nouns:
            return True
    return False


def safe_to_take(w: Work) -> None:
    """'are safe to combine with alcohol', "it is fine to stop", "safe during pregnancy": advice; not
    when the word is in an open question ("identify whether Ativan is safe during pregnancy")."""
    if w.words & WORDS.safe_words and not asserted_safe(w):
        return
    if after_the_medicine(w):
        return  # "you can safely drink alcohol two days after your last dose of Xanax": not with it
    if any(r.id in DOMAIN.companions and describes_someone(w, r.id) for r in w.objects + w.subjects):
        return  # "safe for people with a history of alcohol use": who they are, not what is combined
    if w.relation is None and w.words & WORDS.safe_words and any(t.lemma_ in WORDS.advice_verbs for t in w.own):
        w.relation = "recommends"
    elif (
        (w.relation is None or considered_safe(w))
        and w.words & WORDS.safe_words
        and any(w.kb.type_of(r.id) == "concept" or r.id in DOMAIN.companions for r in w.objects + w.subjects)
        and medicines_in(w, w.objects + w.subjects)
    ):
        w.relation = "recommends"  # "Xanax is safe during pregnancy", "safe for older adults"


def considered_safe(w: Work) -> bool:
    """'Valium is usually considered safe during pregnancy': a verb of considering read as is_a, with
    no class named, says the drug is safe (as "is safe" does). Not a view of the past ("were once
    considered", "used to be"), of someone named ("considered safe *by* some"), or one reported or
    asked ("claim that ...", "wonder whether ..."); "widely considered safe" is the page's own claim."""
    if w.relation != "is_a" or any(w.type_of(r) in ("drug_class", "drug") for r in w.objects):
        return False
    verb = w.unit.head
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    past = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & WORDS.past_auxiliaries
    said = any(a.lemma_.lower() in WORDS.reporting | WORDS.believe | WORDS.asking_verbs for a in verb.ancestors)
    used_to = any(a.lower_ == FW.used_to for a in verb.ancestors)  # "Ativan *used* to be considered safe"
    # "considered safe in pregnancy *if the benefits outweigh the risks*": a condition, not a blanket claim
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WORDS.conditions for m in c.children)
        for c in verb.subtree
    )
    return not past and not said and not used_to and not conditional


def after_the_medicine(w: Work) -> bool:
    """Whether a companion (alcohol) is spoken of with a medicine named only in a phrase of another
    time (`apart_words`: "two days *after* your last dose of Xanax", "*once* you have finished
    Ativan"), not as taken with it."""
    if not any(r.id in DOMAIN.companions for r in w.objects + w.subjects):
        return False
    return medicine_in_phrase(w.unit.head, w, WORDS.apart_words, ("prep", "mark", "advmod"))


def asserted_safe(w: Work) -> bool:
    """Whether a word of safety in the unit is asserted, not asked in a "whether" clause, nor a
    comparative ("much safer than barbiturates" compares two drugs' safety; it calls neither safe)."""
    said = [
        t
        for t in w.own
        if (t.lemma_.lower() in WORDS.safe_words or t.lower_ in WORDS.safe_words) and t.tag_ not in ("JJR", "RBR")
    ]
    return any(not any(is_open_question(a) for a in (t, *t.ancestors)) for t in said)


def safe_for_population(w: Work) -> None:
    """'The use of X during pregnancy is safe': the population named beside the drug is what the
    advice is about (it was read as part of the subject, or as the clause's condition)."""
    if w.relation != "recommends" or not w.words & WORDS.safe_words:
        return
    if any(w.kb.type_of(r.id) != "concept" for r in w.objects):
        return
    named = [r for r in w.subjects if w.kb.type_of(r.id) == "concept"]
    named += [EntityRef(c) for c in w.context if w.kb.type_of(c) == "concept"]
    named += [EntityRef(w.mentions[t.i][0]) for t in w.own if t.i in w.mentions]
    named = [r for r in dict.fromkeys(named) if w.kb.type_of(r.id) == "concept"]
    drugs = [r for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES]
    if named and drugs:
        w.subjects, w.objects = drugs[:1], named[:1]


def result_copula(w: Work) -> None:
    """'The result is more GABA release', 'the outcome is a calming effect': what the result is, the
    clause before brings about (a rise or a fall when the words say which way)."""
    if w.relation != "is_a" or not any(t.lemma_.lower() in WORDS.result_nouns for t in w.subj_toks):
        return
    if w.words & WORDS.up_words or w.value == "higher":
        w.relation = "increases"
    elif w.words & WORDS.down_words or w.value == "lower":
        w.relation = "decreases"
    else:
        w.relation = "causes"


def hindered_action(w: Work) -> None:
    """'SSRIs stop nerve cells from soaking serotonin back up', 'keep serotonin from being reabsorbed':
    stopping someone from doing something to X lowers X (in the aspect the action names)."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.hinder_verbs or not w.objects:
        return
    hindered = [c for c in head.children if c.dep_ == "prep" and c.lower_ == FW.hindered]
    if any(t.pos_ == "VERB" or t.tag_ == "VBG" for c in hindered for t in c.subtree):
        w.relation = "decreases"  # "from soaking ...", not "from one day to the next"


def harmless_combination(w: Work) -> None:
    """'Mixing Klonopin with alcohol is harmless', 'Xanax and a few drinks are not dangerous': a drug
    and a companion substance (alcohol, an opioid) said to do no serious harm together is the advice
    that they are safe to combine, which the table's rows on combining them decide."""
    if w.relation != "causes" or w.polarity != "negated" or [r.id for r in w.objects] != [DOMAIN.serious_harm]:
        return
    drugs = medicines_in(w, w.subjects)
    companions = [r for r in w.subjects if r.id in DOMAIN.companions]
    if drugs and companions:
        w.relation, w.polarity, w.subjects, w.objects = "recommends", "affirmed", drugs, companions


def companion_worsens_drug(w: Work) -> None:
    """'Drinking alcohol can make the side effects of Xanax worse', 'alcohol makes the effects of
    Librium stronger', 'the effects of Valium are worsened by alcohol': a companion substance
    (alcohol, an opioid) that makes a medicine's effects worse or stronger (`worse_words`,
    `stronger_words`) adds to them, read from the drug's side as the table's rows put it. Not "*less*
    intense", nor "alcohol cravings", where alcohol only names what the cravings are for."""
    if w.value == "lower" or any(describes_something(w, r.id) for r in w.subjects + w.objects):
        return
    for drugs_side, others in ((w.subjects, w.objects), (w.objects, w.subjects)):
        drugs = medicines_in(w, drugs_side)
        if (
            not drugs
            or len(drugs) != len(drugs_side)
            or not others
            or any(r.id not in DOMAIN.companions for r in others)
        ):
            continue
        made = w.unit.head.lemma_ == FW.make and w.words & (WORDS.worse_words | WORDS.stronger_words)
        if w.relation == "worsens" or (w.relation in (None, "causes") and made):
            w.relation, w.subjects, w.objects = "increases", drugs, list(others)
        return


def interaction_of_two(w: Work) -> None:
    """'Xanax and alcohol don't interact', 'hydroxyzine does not interact with Xanax': a verb of
    interaction (`interaction_verbs`) between a medicine and another substance (a drug, or a companion:
    alcohol, an opioid) says what the two do taken together: the medicine adds to the other's effects,
    as the table's interaction rows put it. With a receptor it stays a binding ("interacts with
    GABA-A receptors")."""
    if w.relation not in (None, "binds") or w.unit.head.lemma_.lower() not in WORDS.interaction_verbs:
        return
    parties = w.subjects + w.objects
    medicines = [r for r in parties if w.type_of(r) in DRUG_TYPES and r.id not in DOMAIN.companions]
    others = [r for r in parties if r not in medicines[:1] and w.type_of(r) in DRUG_TYPES]
    if len(parties) == 2 and medicines and len(others) == 1:
        w.relation, w.subjects, w.objects = "increases", medicines[:1], others


def companion_on_a_drug(w: Work) -> None:
    """'Alcohol intensifies the effects of lorazepam', 'it is never safe to drink alcohol while on
    lorazepam': what a companion substance (alcohol, an opioid) does with a medicine is said of the
    medicine, as the table's rows put it. Depressants add to each other's effects, so "alcohol
    strengthens Ativan" is "Ativan and alcohol strengthen each other" read from the drug's side."""
    if w.relation not in ("increases", "decreases", "recommends"):
        return
    if not w.subjects or not all(r.id in DOMAIN.companions for r in w.subjects):
        return
    drugs = medicines_in(w, w.objects)
    if drugs and len(drugs) == len(w.objects):
        w.subjects, w.objects = drugs, list(w.subjects)


def produced_transmitter(w: Work) -> None:
    """'Zoloft helps nerve cells manufacture extra serotonin': a drug said to make a transmitter be
    produced or released (its aspect read from the verb) raises it, though no relation word was read."""
    if w.relation is not None or not named_drug_subject(w):
        return
    made = {r.id for r in w.objects if w.type_of(r) == "neurotransmitter" and r.aspect in PRODUCED}
    if any(t.i in w.mentions and w.mentions[t.i][0] in made and made_by_verb(t) for t in w.own):
        w.relation = "increases"


def transmitter_from_a_drug(w: Work) -> None:
    """'The brain gets GABA from Xanax', 'dependent on Halcion to make GABA', 'Xanax supplies the
    brain with GABA': a transmitter said to come from the drug is one the drug is said to add, a
    rise in its amount (the myth that benzodiazepines supply GABA), whoever is said to receive it."""
    if w.relation not in (None, "increases", "causes"):
        return
    for tok in w.own:
        given = [t for t in _transmitters_taken(tok) if t.i in w.mentions]
        given = [t for t in given if w.kb.type_of(w.mentions[t.i][0]) == "neurotransmitter"]
        drug = _giving_drug(tok, w) if given else None
        if drug is not None:
            w.subjects, w.relation = [EntityRef(drug)], "increases"
            w.objects = [EntityRef(w.mentions[t.i][0], "amount") for t in given]
            return


def _transmitters_taken(verb: Token) -> list[Token]:
    """What a verb of receipt or supply takes: its object, or what it supplies "with"."""
    if verb.lemma_.lower() not in WORDS.receipt_verbs | WORDS.supply_verbs:
        return []
    withs = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == FW.companion for o in p.children]
    return [c for c in verb.children if c.dep_ == "dobj"] + [o for o in withs if o.dep_ == "pobj"]


def _giving_drug(verb: Token, w: Work) -> str | None:
    """The drug a transmitter comes from: "*from* Xanax" after a verb of receipt, the subject of a
    verb of supply, or what is relied on ("dependent *on* Halcion to make GABA")."""
    lemma = verb.lemma_.lower()
    if lemma in WORDS.receipt_verbs:
        return _drug_of(_objects_of(verb, FW.source), w)
    relied = verb.head if verb.dep_ in ("advcl", "xcomp") else verb
    words = [relied, *relied.children] if relied.i != verb.i else []  # "relies on X", "grows *dependent* on X"
    reliance = [t for t in words if t.lemma_.lower() in WORDS.reliance_words]
    if reliance:
        return _drug_of([o for t in (relied, *reliance) for o in _objects_of(t, FW.reliance)], w)
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    return _drug_of(subject, w) if lemma in WORDS.supply_verbs and verb.dep_ == "ROOT" else None


def _objects_of(verb: Token, preposition: str) -> list[Token]:
    """The objects of the verb's preposition ("from *Xanax*", "on *Restoril*"), not of a denied one
    ("from its own neurons, *not from* Ativan")."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == preposition]
    return [o for p in preps if not any(c.dep_ == "neg" for c in p.children) for o in p.children if o.dep_ == "pobj"]


def _drug_of(tokens: list[Token], w: Work) -> str | None:
    """The drug the tokens name, or the drug the text is about when one is a drug noun ("the medicine")."""
    for tok in tokens:
        if tok.i in w.mentions and w.kb.type_of(w.mentions[tok.i][0]) in DRUG_TYPES:
            eid = w.mentions[tok.i][0]
            return None if w.kb.is_kind_of(eid, DOMAIN.supplements) else eid  # a GABA supplement holds GABA
        if tok.lemma_.lower() in WORDS.drug_nouns and w.state.last_drug:
            return w.state.last_drug
    return None


def named_drug_subject(w: Work) -> bool:
    """Whether a drug is the unit's subject by name ("Zoloft helps ..."), not through a pronoun."""
    return any(t.i in w.mentions and w.type_of(EntityRef(w.mentions[t.i][0])) in DRUG_TYPES for t in w.subj_toks)


def made_by_verb(tok: Token) -> bool:
    """Whether a transmitter is the object of a verb of making ("manufacture serotonin", "release
    GABA"), not of a noun ("interferes with the production of GABA" says no such thing)."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB"


PRODUCED = ("production", "release")  # aspects a verb of making gives a transmitter ("produce", "secrete")


def imitated_action(w: Work) -> None:
    """'Benzodiazepines mimic the action of GABA', 'copy its calming effect': a drug that stands in for
    what a noun names is not said to act on it; no relation is read from the noun, and the verb is
    left for the checks to weigh (no row states an imitation)."""
    noun = w.trig_tok
    if w.relation is None or noun is None or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return
    if noun.head.lemma_.lower() in WORDS.imitation_verbs:
        w.relation = None


def experiencer_drug(w: Work) -> None:
    """'Many patients experience drowsiness on clonazepam', 'users can build up a tolerance to Xanax':
    the people are who the effect happens to; the one drug named beside the effect causes it."""
    trigger = w.trigger
    if w.relation != "causes" or trigger is None or trigger.lemmas[0] not in WORDS.experience_verbs:
        return
    if any(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        return
    drugs = [r for r in w.objects if w.type_of(r) in DRUG_TYPES]
    if len({r.id for r in drugs}) == 1:
        w.subjects, w.objects = drugs[:1], [r for r in w.objects if r not in drugs]


def population_needs(w: Work) -> None:
    """'Most adults need 7 to 9 hours of sleep', 'teenagers should get 8-10 hours of sleep': an amount a
    group of people needs, or should get, is advice for the group; who advises is the sentence's
    attribution when it names one ("according to the AASM, ...")."""
    head = w.unit.head
    if w.relation is not None or not w.quantities or not w.objects:
        return
    advised = bool(w.words & WORDS.deontic) and head.lemma_ in WORDS.advised_amount_verbs
    if head.lemma_ not in WORDS.need_verbs and not advised:
        return
    groups = [r for r in w.subjects if r.id in DOMAIN.people_groups]
    if groups and len(groups) == len(w.subjects):
        w.relation, w.subjects, w.objects = "recommends", [], w.objects + groups[:1]


def risk_from_cause(w: Work) -> None:
    """'Long-term use can be risky because of tolerance and dependence', 'is dangerous due to the risk of
    overdose': the effects given as why something is risky are what it causes (the risk is theirs)."""
    tok = w.trig_tok
    if w.relation != "recommends" or tok is None or tok.lemma_ not in WORDS.risk_words or w.objects:
        return
    if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children):
        return  # "is not dangerous because of ...": what is denied is unclear
    phrase = cause_adjunct_tokens(w.own, tok)
    if w.value in ("lower", "higher") or any(t.lemma_.lower() in WORDS.down_words | WORDS.lack_words for t in phrase):
        return  # "less risky because of its low risk of dependence": no cause of the effect
    effects = [w.mentions[t.i][0] for t in sorted(phrase) if t.i in w.mentions]
    effects = [e for e in dict.fromkeys(effects) if w.kb.type_of(e) in ("effect", "condition")]
    if effects and w.subjects:
        w.relation, w.objects, w.polarity = "causes", [EntityRef(e) for e in effects], "affirmed"


def negating_trigger(w: Work) -> None:
    """A trigger that denies what it names: "advises against X", "prohibits X"."""
    trigger = w.trigger
    if trigger is not None and trigger.lemmas in WORDS.negating_triggers and w.relation == trigger.relation:
        w.polarity = flip(w.polarity)


def limiting_trigger(w: Work) -> None:
    """A limit makes its figure a maximum: "limit use to 2 weeks" (at most 2 weeks)."""
    if w.trigger is not None and w.trigger.lemmas in WORDS.limiting_triggers:
        w.quantities = tuple(replace(q, comparator="<=") if q.comparator == "=" else q for q in w.quantities)


def is_duration_limit(w: Work) -> bool:
    """Whether the unit states a limit on how long to use something: "no longer than 4 weeks",
    "within four weeks", "only for 9 weeks", "4 weeks at most" (a duration with a limiting comparator,
    a denied excess, or a limiting word), and not evidence about a duration ("effectiveness beyond
    9 weeks has not been established")."""
    durations = [q for q in w.quantities if is_duration(q)]
    if not durations or w.words & WORDS.evidence_words:
        return False
    cmp = durations[0].comparator
    denied_excess = cmp in (">", ">=") and w.polarity == "negated"
    return cmp in ("<", "<=") or denied_excess or bool(w.words & WORDS.limit_words)


def attributed_duration_limit(w: Work) -> None:
    """A duration limit a source is said to set is that source's advice against longer use of the
    drug: "Klonopin's label says to stop it within four weeks", "the manufacturer warns never to use
    Valium longer than four weeks", "NICE advises they be prescribed for no more than 2 to 4 weeks"
    (the drug advised on, long-term use, denied), whatever verb carries it. Which source said it is
    kept: the table's rows say which sources set such limits and which do not."""
    prescribing = w.relation == "treats" and course_length(w)
    if not w.attribution or not (w.relation in (None, "recommends") or prescribing):
        return
    drugs = medicines_in(w, w.subjects + w.objects)
    if drugs and DOMAIN.long_term_use in w.kb.entities and is_duration_limit(w):
        # "the label does not limit Klonopin to 4 weeks", "sets no four-week limit": the limit denied
        lifted = limit_denied(w)
        w.relation, w.polarity = "recommends", "affirmed" if lifted else "negated"
        w.subjects, w.objects = drugs[:1], [EntityRef(DOMAIN.long_term_use)]
        if lifted:  # no maximum is set: the figure is the one said not to be a limit
            w.quantities = tuple(replace(q, comparator="=") if is_duration(q) else q for q in w.quantities)


def limit_denied(w: Work) -> bool:
    """A denial whose limit is a word of limiting (`limit_words`: "does not *limit* it to 4 weeks",
    "sets *no* four-week *limit*"), not a denied excess ("not for *more than* 4 weeks", itself a
    limit): the figure's own words give no comparator (a limiting verb made it a maximum)."""
    durations = [q for q in w.quantities if is_duration(q)]
    if w.polarity != "negated" or not durations or not w.words & WORDS.limit_words:
        return False
    said = find_quantities(durations[0].text)
    return bool(said) and said[0].comparator == "="


def unstudied_long_use(w: Work) -> None:
    """Evidence denied beyond a duration is a statement about long-term use, not a denial of the
    effect: "the effectiveness of Klonopin beyond 9 weeks has not been established" says how far its
    long-term use was studied; it does not say that Klonopin does not work."""
    if w.polarity != "negated" or not w.words & WORDS.evidence_words or DOMAIN.long_term_use not in w.kb.entities:
        return
    beyond = [q for q in w.quantities if is_duration(q) and q.comparator in (">", ">=")]
    drugs = medicines_in(w, w.subjects + w.objects)
    if beyond and drugs:
        w.relation, w.polarity = "has_property", "affirmed"
        w.subjects, w.objects = drugs[:1], [EntityRef(DOMAIN.long_term_use)]


def advice_while_taking(w: Work) -> None:
    """'You should not breastfeed while taking Klonopin', 'it may not be safe to drive while using
    Ativan': advice on what a person taking a drug the sentence names may do, or be, is advice on
    the drug (`advice_parties` then makes the drug its subject); so is leave to take a companion
    with it ("you can drink alcohol while taking Valium"), and a command about one ("Avoid alcohol
    while taking Valium", "Do not drink alcohol while you take it")."""
    if w.relation is not None or gives_a_dose(w):
        return  # "When taken with opioids, X should not exceed 1 mg": a dose, not advice on the pair
    if w.words & (WORDS.deontic | WORDS.safe_words):
        if not w.words & WORDS.deontic and not asserted_safe(w):
            return  # "Many women wonder whether Klonopin is considered safe in pregnancy": asked, not said
        if w.polarity == "affirmed" and used_only_if(w.unit.head):
            return  # "should only be used in pregnancy if the benefits outweigh the risks": a restriction
        states = [r for r in w.subjects + w.objects if w.kb.type_of(r.id) in ("concept", "activity")]
        companion = any(r.id in DOMAIN.companions for r in w.objects)
        if companion and not taken_meanwhile(w.unit.head, w):
            return  # "safe to drink alcohol two days after your last dose of Xanax": not with it
        if states and named_medicines(w):
            w.relation = "recommends"
    elif permitted_companion(w) and named_medicines(w):
        w.relation = "recommends"  # "you can drink alcohol while taking Valium": leave given to the reader
    elif commanded_companion(w) and named_medicines(w):
        w.relation = "recommends"  # "Avoid alcohol while taking Valium", "Do not drink alcohol while ..."
        if commanded_verb(w.unit.head).lemma_.lower() in WORDS.avoid_verbs:
            w.polarity = flip(w.polarity)


def commanded_verb(head: Token) -> Token:
    """The verb a command or an advice frame gives ("It is important to *avoid* alcohol ...")."""
    return advised_verb(head) if advice_frame(head, nested=True) else head


def commanded_companion(w: Work) -> bool:
    """Whether the unit is a command about a companion (alcohol, an opioid) or an activity (driving):
    a verb in its base form with no subject of its own, a verb of intake or of avoiding whose object
    is the companion ("Avoid alcohol ...", "Do not drink alcohol ...", "Never mix opioids ...", "Do
    not take Valium with alcohol", `_taken`), or a
    verb that names the activity itself ("Do not drive until you know how it affects you"); advice
    ("It is best to avoid alcohol while ...") commands as the bare verb does."""
    head = commanded_verb(w.unit.head)
    if head.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if head.i == w.unit.head.i and any(c.dep_ == "aux" and c.lower_ != FW.do for c in head.children):
        return False  # "to drink alcohol", "should drink": not a command
    if head.i in w.mentions and w.kb.type_of(w.mentions[head.i][0]) == "activity":
        return True
    if head.lemma_.lower() not in WORDS.intake_verbs | WORDS.avoid_verbs:
        return False
    # the verb may itself be the companion: "Do not *drink* while ..." (drinking alcohol, `bare_drinking`)
    taken = [head, *_taken(head)] + [t for g in avoided_intake(head) for t in [g, *_taken(g)]]
    return any(w.mentions[t.i][0] in DOMAIN.companions for t in taken if t.i in w.mentions)


def avoided_intake(head: Token) -> list[Token]:
    """The intake a verb of avoiding governs as a gerund: "Avoid *drinking* alcohol while ...",
    "avoid *consuming* alcohol": what that verb takes is what is avoided."""
    if head.lemma_.lower() not in WORDS.avoid_verbs:
        return []
    return [
        c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in WORDS.intake_verbs
    ]


def _taken(head: Token) -> list[Token]:
    """What a verb of intake takes: its object, what is joined to it ("combine Ativan *and alcohol*")
    and what it is taken with ("do not take Valium *with alcohol*")."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    joined = [c for o in objects for c in o.conjuncts]
    withs = [o for p in head.children if p.dep_ == "prep" and p.lower_ == FW.companion for o in p.children]
    return objects + joined + [o for o in withs if o.dep_ == "pobj"]


def permitted_companion(w: Work) -> bool:
    """Whether the unit lets the reader (or patients, `advised_party`) take a companion (alcohol, an
    opioid) with a medicine: "you can drink alcohol while taking Valium", "patients may take opioids
    with Xanax" (a verb of intake, `intake_verbs`, with the companion as its object), or the
    medicine with the companion ("you can take Xanax with alcohol", "Xanax can be taken with alcohol",
    "you can mix Klonopin and alcohol": what the verb takes, `_taken`, or its passive subject)."""
    head = w.unit.head
    if head.lemma_.lower() not in WORDS.intake_verbs:
        return False  # "you may need less alcohol to feel drunk when ...": no leave to drink
    if not any(c.dep_ == "aux" and c.lemma_ in WORDS.permission_modals for c in head.children):
        return False
    if any(t.lemma_.lower() in WORDS.permission_limits for t in head.subtree):
        return False  # "only under a doctor's supervision": a bounded permission, as the labels give it
    taken = [t for t in [head, *_taken(head)] if t.i in w.mentions]  # "you can *drink* while ...": alcohol
    if not any(w.mentions[t.i][0] in DOMAIN.companions for t in taken):
        return False
    passive = [c for c in head.children if c.dep_ == "nsubjpass" and c.i in w.mentions]
    together = medicines_in(w, [EntityRef(w.mentions[t.i][0]) for t in taken + passive])
    if together and not bare_leave(head):
        return False  # "Xanax can be taken with alcohol, but doing so is dangerous": what can happen, no leave
    return advised_party(head, w) and (bool(together) or taken_meanwhile(head, w))


def bare_leave(head: Token) -> bool:
    """Whether a verb of leave says nothing beyond it: no clause joined to it ("..., but it is
    dangerous", "..., which can be fatal"), no purpose ("to produce a high", "in an attempt to"), no
    manner ("accidentally", "without realizing"): a phrase other than the "with" of the companion."""
    if any(c.dep_ in ("cc", "conj", "advcl", "xcomp", "advmod", "npadvmod") for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ != FW.companion for c in head.children):
        return False  # "without realizing", "in an attempt to self-medicate"
    return not any(t.dep_ == "relcl" for t in head.subtree)


def taken_meanwhile(head: Token, w: Work) -> bool:
    """Whether a medicine is named as taken at the same time (`concurrent_words`: "while taking
    Valium", "with Xanax", "on Klonopin"), not after it ("once you have finished Ativan", "two days
    after your last dose"): the medicine is inside such a clause or phrase."""
    return medicine_in_phrase(head, w, WORDS.concurrent_words, ("mark", "prep"))


def medicine_in_phrase(head: Token, w: Work, words: frozenset[str], deps: tuple[str, ...]) -> bool:
    """Whether a medicine is named inside a phrase or clause under `head` that one of `words` opens
    (a preposition's phrase, or the clause of a subordinator or adverb with a dependency in `deps`)."""
    for tok in head.subtree:
        if tok.lower_ not in words or tok.dep_ not in deps:
            continue
        scope = tok.subtree if tok.dep_ == "prep" else tok.head.subtree
        if any(t.i in w.mentions and medicines_in(w, [EntityRef(w.mentions[t.i][0])]) for t in scope):
            return True
    return False


def medicines_in(w: Work, refs: Iterable[EntityRef]) -> list[EntityRef]:
    """The medicines among `refs`: drugs and classes, not the companions (alcohol, opioids)."""
    return [r for r in refs if w.type_of(r) in DRUG_TYPES and r.id not in DOMAIN.companions]


def named_medicines(w: Work) -> list[EntityRef]:
    """The medicines (not alcohol or other companions) the unit's conditions and its sentence name."""
    return [
        EntityRef(c)
        for c in dict.fromkeys(w.context + w.state.sentence_entities)
        if w.kb.type_of(c) in DRUG_TYPES and c not in DOMAIN.companions
    ]


def gradual_stopping(w: Work) -> None:
    """'Xanax should be stopped gradually', 'stopping Tranxene should be slow', 'cessation of Tranxene
    should be gradual': a drug's stopping (`stopping_verbs`, `stopping_nouns`) said to go step by step
    (`gradual_words`) is the advice to taper it; said to be sudden (`sudden_words`: "cessation of
    Ativan should be abrupt"), the advice to stop it all at once. Not when denied ("need not be
    gradual")."""
    if w.relation not in (None, "recommends") or w.objects or not w.subjects:
        return
    gradual, sudden = bool(w.words & WORDS.gradual_words), bool(w.words & WORDS.sudden_words)
    if any(w.type_of(r) not in DRUG_TYPES for r in w.subjects) or gradual == sudden:
        return
    stopping = WORDS.stopping_verbs | WORDS.stopping_nouns
    if not any(t.lemma_.lower() in stopping for t in w.own) or any(t.dep_ == "neg" for t in w.own):
        return
    w.relation, w.objects = "recommends", [EntityRef(DOMAIN.taper if gradual else DOMAIN.abrupt_stop)]


def advice_parties(w: Work) -> None:
    """Advice is about a drug: the topic may be a concept of the clause ("stop it suddenly"), a drug in
    its condition ("drink alcohol while taking Xanax"), or the source's ("the NSF recommends 7-9 hours
    of sleep")."""
    if w.relation != "recommends":
        return
    concepts = [EntityRef(c) for c in w.context if w.kb.type_of(c) == "concept"]
    everything = w.subjects + w.objects + [r for r in concepts if r not in w.objects]
    drugs = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES] or [
        r for r in everything if w.type_of(r) in DRUG_TYPES
    ][:1]
    medicines = [r for r in named_medicines(w) if r not in everything]
    if medicines and all(r.id in DOMAIN.companions for r in drugs):
        drugs, everything = medicines[:1], everything + medicines[:1]  # "alcohol while taking Xanax"
    if len(drugs) > 1 and not [r for r in everything if r not in drugs]:
        drugs, everything = drugs[:1], drugs  # "X and Y are safe to take together"
    alternatives = medicines_in(w, everything)
    if not any(w.type_of(r) in DRUG_TYPES for r in w.subjects) and disjoined(w, alternatives):
        drugs = alternatives  # "the ADAA recommends Ativan or Xanax": either one, not the two combined
    others = [r for r in everything if r not in drugs]
    if drugs:
        w.subjects, w.objects = drugs, others
    elif w.attribution:
        w.subjects, w.objects = [EntityRef(w.attribution)], others
    else:
        w.subjects, w.objects = others[:1], others[1:]


def advice_to_a_group(w: Work) -> None:
    """'Doctors are advised to encourage pregnant patients taking clonazepam to join a registry':
    when every entity the advice names only says which people it is for (inside a `group_nouns`
    phrase: "pregnant patients taking clonazepam"), the advice is about something else (joining a
    registry), not about taking the drug in pregnancy. "Pregnant women taking Xanax should avoid
    alcohol" names alcohol outside that phrase: advice on alcohol with Xanax."""
    if w.relation != "recommends" or not w.refs:
        return
    if any(
        t.lower_ in WORDS.subject_stand_ins or (t.i in w.mentions and w.kb.type_of(w.mentions[t.i][0]) in DRUG_TYPES)
        for t in w.subj_toks
    ):
        return  # "it is not advised for women who are expecting": the drug is the subject
    groups = [t for t in w.own if t.lemma_.lower() in WORDS.group_nouns and t.pos_ in ("NOUN", "PROPN")]
    inside = {d.i for g in groups for d in g.subtree}
    if groups and all(t.i in inside or modifies_another_noun(t) for t, _ in w.refs):
        w.relation = None  # "a pregnancy registry" names a registry, not pregnancy


def disjoined(w: Work, refs: list[EntityRef]) -> bool:
    """Whether two or more of `refs` are named as alternatives: joined by "or" ("Ativan or Xanax")."""
    if len(refs) < 2:
        return False
    ids = {r.id for r in refs}
    heads = {t.i for t in w.own if t.i in w.mentions and w.mentions[t.i][0] in ids}
    return any(t.lower_ == FW.disjunctive and t.dep_ == "cc" and t.head.i in heads for t in w.own)


def advice_beyond_duration(w: Work) -> None:
    """Advice with a duration limit is about long-term use: "should not be taken for more than
    4 weeks", "should be taken for no longer than 4 weeks" advise against long-term use."""
    limit = [q for q in w.quantities if is_duration(q) and q.comparator in (">", ">=", "<", "<=")]
    if w.relation == "treats" and limit and not w.objects and w.words & WORDS.deontic:
        w.relation = "recommends"  # "should be prescribed for no more than 4 weeks": advice, no use
    if w.relation != "recommends":
        return
    if limit and DOMAIN.long_term_use in w.kb.entities:
        cmp = limit[0].comparator
        # "should be taken for *no* longer than 4 weeks": the "no" is the limit's, not the clause's
        negated = w.polarity == "negated" and not limit[0].text.lower().startswith(FW.no + " ")
        if negated == (cmp in (">", ">=")):
            w.polarity = "negated"
            w.objects.append(EntityRef(DOMAIN.long_term_use))


def off_label_use(w: Work) -> None:
    """'prescribed off-label for anxiety', 'taking it for insomnia counts as an off-label use': the drug is
    used for the condition without its approval, which the closed list of indications decides
    (approved: the claim is wrong; not approved: it is right). A class has no list of its own: its
    members' approvals differ, so a class said to be used off-label is read as no frame."""
    text = " ".join(t.lower_ for t in w.own + purpose_governor(w.unit)).replace(" - ", "-")
    if not any(phrase in text for phrase in WORDS.unapproved_use):
        return
    everything = w.subjects + w.objects
    drugs = medicines_in(w, everything)
    conditions = [r for r in everything if w.kb.type_of(r.id) == "condition"]
    if drugs and conditions and w.type_of(drugs[0]) == "drug_class":
        w.relation = None  # "benzodiazepines are used off-label for insomnia": approvals are each member's
    elif drugs and conditions:
        w.relation, w.polarity, w.attribution = "treats", "negated", DOMAIN.approval_authority
        w.subjects, w.objects = drugs[:1], conditions


def purpose_governor(unit: Unit) -> list[Token]:
    """The words of the verb an infinitive of purpose hangs on, without the infinitive: in "It is
    prescribed off-label to treat anxiety" the unit "to treat anxiety" is governed by "prescribed
    off-label", which says how the drug is used for what the infinitive names."""
    head = unit.head
    if unit.kind not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == FW.infinitive for c in head.children
    ):
        return []
    gov = head.head
    manner = [c for c in gov.children if c.i != head.i and c.dep_ in GOVERNOR_MANNER_DEPS]  # "off-label"
    return [gov] + [t for c in manner for t in c.subtree]


GOVERNOR_MANNER_DEPS = ("advmod", "npadvmod", "dobj", "acomp", "oprd")  # not a clause or phrase beside it


def short_term_advice(w: Work) -> None:
    """'are meant to be taken on a short-term basis', 'are for short-term use': a course
    length named as short-term use is advice about how long to use the drug; "for the short-term
    treatment of insomnia" names a use (the condition stays the object)."""
    if w.relation in (None, "treats", "is_a") and any(r.id == DOMAIN.short_term_use for r in w.objects):
        conditions = [r for r in w.objects if w.type_of(r) == "condition"]
        advice = bool(w.words & (WORDS.deontic | WORDS.preference_verbs))  # "should only be used for ..."
        if w.relation == "treats" and conditions and not advice:  # "used for the short-term treatment of X"
            w.objects = conditions
            return
        w.relation = "recommends"
        w.objects = [r for r in w.objects if r.id == DOMAIN.short_term_use]
    elif w.relation is None and long_use_object(w) and purpose_said(w.unit.head):
        w.relation = (
            "recommends"  # "Xanax is not intended for long-term use (for anxiety)", "X is not for long-term use"
        )
        w.objects = [EntityRef(DOMAIN.long_term_use)]  # the condition it is for stays in the sentence's context


def long_use_object(w: Work) -> bool:
    """Long-term use is the unit's object, perhaps with the conditions it is for ("for anxiety")."""
    ids = {r.id for r in w.objects}
    return DOMAIN.long_term_use in ids and all(
        r.id == DOMAIN.long_term_use or w.type_of(r) == "condition" for r in w.objects
    )


def purpose_said(head: Token) -> bool:
    """A clause that says what a drug is for: a verb of purpose (`purpose_verbs`: "is *intended* /
    *meant* / *designed* for") or the copula, with "for" ("X is not *for* long-term use"); not one
    that says how people take it ("many take Klonopin long-term") nor what a thing means ("does not
    *mean* long-term use")."""
    for_phrase = any(c.dep_ == "prep" and c.lower_ == FW.purpose for c in head.children)
    return for_phrase and (head.lemma_.lower() in WORDS.purpose_verbs or head.lemma_ == FW.copula)


def unrelated_class(w: Work) -> None:
    """'Buspirone is chemically unrelated to the benzodiazepines', 'Ambien is distinct from
    benzodiazepines': an adjective of difference (`unlike_words`) with a class says the drug is not
    of that class; "different from other benzodiazepines" (`vague_modifiers`: still one of them) says
    neither."""
    head = w.unit.head
    if w.relation not in (None, "is_a") or head.lemma_ != FW.copula:
        return
    unlike = [c for c in head.children if c.dep_ == "acomp" and c.lower_ in WORDS.unlike_words]
    preps = [p for a in unlike for p in a.children if p.dep_ == "prep"]
    inside = {t.i for p in preps for t in p.subtree}
    if not inside:
        return
    if any(t.lower_ in WORDS.vague_modifiers for p in preps for t in p.subtree):
        w.relation = None  # "unrelated to barbiturates and other anti-anxiety drugs": no class said or denied
        return
    classes = [r for t, r in w.refs if t.i in inside and w.type_of(r) == "drug_class"]
    if classes and all(w.type_of(r) in DRUG_TYPES for r in w.subjects) and w.subjects:
        w.relation, w.objects, w.polarity = "is_a", classes, flip(w.polarity)


def likened_class(w: Work) -> None:
    """'Ambien is a sedative *similar to* benzodiazepines', 'a drug *like* the benzodiazepines', 'a
    *benzodiazepine-like* drug', 'drugs with properties *comparable to* benzodiazepines': a class
    the subject is likened to is not a class it is said to belong to. The class leaves the objects, and
    so do its members named as examples ("a benzodiazepine-like drug (such as Xanax)"); what is left
    (the sedative) is the claim; with nothing left, the likeness is said and not read (it is reported
    unsupported, `not_understood`)."""
    if w.relation != "is_a":
        return
    likened = {r.id for t, r in w.refs if w.type_of(r) in DRUG_TYPES and likened_to(t)}
    if not likened or not any(r.id in likened for r in w.objects):
        return
    kept = [r for r in w.objects if r.id not in likened and not any(w.kb.is_kind_of(r.id, k) for k in likened)]
    if kept:
        w.objects = kept
    else:
        w.relation = None


def likened_to(tok: Token) -> bool:
    """Whether the mention `tok` is what something is likened to: the object of "like", of "similar
    to" (`likeness_words`), of "the opposite of" (`contrast_nouns`), or the stem of "-like"."""
    after = tok.doc[tok.i + 1 : tok.i + 3]
    if (len(after) == 2 and after[0].text == "-" and after[1].lower_ == FW.like) or set_apart_from(tok):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i == tok.i:
        return False
    if prep.lower_ == FW.like:
        return prep.head.pos_ in ("NOUN", "PROPN", "VERB", "AUX")  # not "drugs like Xanax" opening a list
    if prep.head.lemma_.lower() in WORDS.contrast_nouns:
        return True  # "the antithesis of a benzodiazepine", "an alternative to benzodiazepines"
    before = tok.doc[prep.i - 1] if prep.i > 0 else prep  # "similar properties to X", however "to" was hung
    return prep.head.lower_ in WORDS.likeness_words or (
        prep.lower_ == FW.to and any(c.dep_ == "amod" and c.lower_ in WORDS.likeness_words for c in before.children)
    )


def set_apart_from(tok: Token) -> bool:
    """Whether the mention `tok` is, within its clause, what a word of difference (`unlike_words`)
    sets the subject apart from: "a medication *unrelated to* typical sedatives, such as Valium" (a
    word of difference said by the copula itself is a denied class: `unrelated_class`)."""
    for node in list(tok.ancestors)[:6]:
        if node.lower_ in WORDS.unlike_words:
            return node.dep_ in ("amod", "attr")  # "a hypnotic *distinct* from X": mis-tagged a noun
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def placed_in_class(w: Work) -> None:
    """'Zolpidem is in Schedule IV of the Controlled Substances Act', 'Xanax is listed in Schedule IV':
    a drug placed in ("in", "under") a class of an exclusive group (a US schedule, a pharmacological
    class) is a member of it."""
    head = w.unit.head
    if w.relation is not None or not (head.lemma_ == FW.copula or head.lemma_.lower() in WORDS.placing_verbs):
        return
    inside = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in WORDS.placing_preps for t in c.subtree}
    classes = [r for t, r in w.refs if t.i in inside and w.kb.exclusive_group(r.id)]
    if classes and w.subjects and all(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        w.relation, w.objects = "is_a", classes


def sold_over_the_counter(w: Work) -> None:
    """'Xanax is available over the counter', 'Ativan is an OTC medication', 'Klonopin can be bought
    without a prescription', 'you can buy it without a prescription': a claim on the drug's
    prescription status, the denial of a prescription-only row ("not available over the counter",
    "only available by prescription" affirm one). Only these frames: what people do ("some people buy
    Xanax without a prescription"), what a bought pill is ("Xanax bought online may be fake") and
    another product ("Xanax can interact with OTC medicines") say nothing of the status."""
    found = status_phrase(w)
    said = w.subjects if status_subject(w) else w.objects if generic_buyer(w) else []
    drugs = [r for r in said if w.type_of(r) in DRUG_TYPES]
    if found is None or not drugs:
        return
    w.subjects, w.relation, w.objects = drugs, "is_a", [EntityRef(DOMAIN.prescription_only)]
    w.polarity = flip(w.polarity) if found == DOMAIN.over_the_counter else w.polarity


def prescription_required(w: Work) -> None:
    """'Xanax requires a prescription', 'Zoloft needs a doctor's prescription': a drug that is the
    subject of a verb of needing (`need_verbs`) whose object is a prescription is prescription-only
    ("you need a prescription to buy X" says what a buyer needs, and is left alone)."""
    head = w.unit.head
    if w.relation is not None or head.lemma_.lower() not in WORDS.need_verbs:
        return
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == FW.prescription for c in head.children):
        return
    drugs = [r for r in w.subjects if w.type_of(r) in DRUG_TYPES]
    if drugs and len(drugs) == len(w.subjects) and DOMAIN.prescription_only in w.kb.entities:
        w.subjects, w.relation, w.objects = drugs, "is_a", [EntityRef(DOMAIN.prescription_only)]


def status_phrase(w: Work) -> str | None:
    """The status entity said of the clause's verb: an over-the-counter or prescription phrase whose
    path up to the verb passes through no phrase of its own ("stronger than OTC medicines") and no
    other verb ("Xanax *bought* without a prescription ...")."""
    head = w.unit.head
    for tok in head.sent:
        hit = w.mentions.get(tok.i)
        if hit is None or hit[0] not in (DOMAIN.over_the_counter, DOMAIN.prescription_only) or tok != hit[1].root:
            continue
        node, span = tok, set(hit[1])
        while node.i != head.i and node.head.i != node.i:
            if node not in span and node.dep_ not in ("attr", "acomp", "amod", "compound", "nmod", "advmod"):
                break
            node = node.head
        if node.i == head.i:
            return hit[0]
    return None


def status_subject(w: Work) -> bool:
    """The drug is the subject of a copula ("Xanax is available OTC", "an OTC medication", "both are
    available by prescription only") or of a passive verb of sale ("Ativan is sold over the counter",
    "can be bought without ...")."""
    head = w.unit.head
    passive = any(c.dep_ == "auxpass" for c in head.children) and head.lemma_.lower() in WORDS.sale_words
    if head.lemma_ != FW.copula and not passive:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.i in w.mentions or c.lower_ in WORDS.pronouns or c.lower_ == FW.both for c in subjects)


def generic_buyer(w: Work) -> bool:
    """'You can buy Klonopin without a prescription': a verb of sale with a generic buyer (`buyers`)
    and a modal of possibility says what anyone may do, the drug's status; "some people buy ..." does not."""
    head = w.unit.head
    if head.lemma_.lower() not in WORDS.sale_words:
        return False
    buyer = any(c.dep_ == "nsubj" and c.lower_ in WORDS.buyers for c in head.children)
    return buyer and any(c.dep_ == "aux" and c.lower_ in WORDS.possibility_modals for c in head.children)


def causal_direction(w: Work) -> None:
    """A cause of a change says which way: "causes serotonin levels to drop" (decreases), "triggers the
    release of dopamine" (increases), "causes a reduction in GABA-A receptor function" (decreases); a
    transmitter's aspect is its amount."""
    tok = w.trig_tok
    if w.relation not in ("causes", None) or tok is None:
        return
    transmitters = [r for r in w.objects if w.type_of(r) == "neurotransmitter"]
    receptors = [r for r in w.objects if w.type_of(r) == "receptor"]  # "a reduction in GABA-A receptor function"
    if not (transmitters or receptors) or any(w.type_of(r) in ("effect", "condition") for r in w.objects):
        return
    words = {t.lemma_.lower() for t in w.own} | {t.lower_ for t in w.own}
    if words & WORDS.down_words:
        direction = "decreases"
    elif words & WORDS.up_words or tok.lemma_ in WORDS.release_verbs:
        direction = "increases"
    else:
        return
    w.relation = direction
    w.objects = [replace(r, aspect=r.aspect or "amount") if r in transmitters else r for r in w.objects]


def level_gerund(w: Work) -> Token | None:
    """The gerund that changes a level ahead of the clause's verb ("*raising* GABA calms the nerves",
    "so *increasing* it relieves stress"), not one inside a phrase ("by raising", "after lowering")."""
    head = w.unit.head
    if head.tag_ == "VBG" and head.lemma_.lower() in WORDS.level_verbs and relief_clause(head) is not None:
        return head  # "..., so increasing it relieves stress" parsed with "increasing" as the verb
    for tok in w.own:
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in WORDS.level_verbs:
            continue
        # "..., so raising it eases X": the gerund is the subject of a later verb of relief
        relieving = tok.dep_ == "csubj" and tok.head.lemma_.lower() in WORDS.relief_verbs
        if tok.i > head.i and not relieving:
            continue
        if not any(a.dep_ in ("prep", "agent", "mark") for a in tok.ancestors if a.i != head.i and a in w.own):
            return tok
    return None


def relief_clause(gerund: Token) -> Token | None:
    """A clause of relief the parser hung on the gerund ("increasing [it relieves stress]")."""
    return next((c for c in gerund.children if c.dep_ == "ccomp" and c.lemma_.lower() in WORDS.relief_verbs), None)


def changed_transmitter(gerund: Token, w: Work) -> EntityRef | None:
    """The neurotransmitter the gerund changes: its object ("raising *GABA* levels"), the noun it
    modifies ("increasing *GABA levels*"), or "it" when the sentence names one transmitter."""
    relief = relief_clause(gerund)
    objects = [c for c in gerund.children if c.dep_ in ("dobj", "nsubj")]
    objects += [c for c in relief.children if c.dep_ == "nsubj"] if relief is not None else []
    near = objects + [gerund.head, *gerund.doc[gerund.i + 1 : gerund.i + 3]]
    for tok in near:
        for t in tok.subtree if tok in objects else [tok, *tok.children]:
            hit = w.mentions.get(t.i)
            if hit and w.kb.type_of(hit[0]) == "neurotransmitter":
                return EntityRef(hit[0], "amount")
        if tok.lower_ == FW.object_pronoun:
            named = sentence_transmitter(w.state, w.kb)
            return EntityRef(named, "amount") if named else None
    return None


def raising_relieves(w: Work) -> None:
    """'Raising GABA calms the nerves', 'low GABA causes anxiety, so increasing it relieves stress': on
    a page about a drug, a change of a transmitter's level said to relieve something is the drug's
    means, read as "[the drug] relieves it by raising GABA" (judged by the mechanism rows and myths)."""
    drug = w.state.last_drug
    if drug is None or w.polarity != "affirmed":
        return
    named = {w.mentions[t.i][0] for t in w.unit.head.sent if t.i in w.mentions}
    if any(w.kb.type_of(e) in DRUG_TYPES for e in named):
        return  # a drug named in the sentence ("..., which is why SSRIs are used") may be the means's
    gerund = level_gerund(w)
    if gerund is None or not (w.words & WORDS.relief_verbs or relief_clause(gerund) is not None):
        return
    other_means = [c for c in gerund.children if c.dep_ == "conj" or c.lower_ in WORDS.means_preps]
    if gerund.dep_ == "conj" or other_means:
        return  # "eating well and raising GABA", "raising GABA through diet": another means is named
    changed = changed_transmitter(gerund, w) if gerund is not None else None
    if gerund is None or changed is None:
        return
    said = [r.aspect for r in w.subjects + w.objects if r.id == changed.id and r.aspect]
    changed = replace(changed, aspect=said[0]) if said else changed  # "raising GABA *activity*": its effect
    effects = [r for r in w.subjects + w.objects if w.type_of(r) in ("effect", "condition") and r.id != changed.id]
    w.subjects = [EntityRef(drug)]
    w.relation = "decreases" if gerund.lemma_.lower() in WORDS.down_words else "increases"
    w.objects = [changed, *effects]


def treats_drug_first(w: Work) -> None:
    """The drug treats the condition, whatever the voice: "Anxiety is treated with Xanax". A class of
    the subject drug named in the predicate describes it ("Diazepam is a benzodiazepine used to treat
    anxiety"): it is no second medicine the claim speaks of; nor is alcohol beside a medicine ("treats
    withdrawal in an alcohol-dependent person")."""
    if w.relation == "treats":
        subject_drugs = [r.id for r in w.subjects if w.type_of(r) in DRUG_TYPES]
        described = [r for r in w.objects if any(w.kb.is_kind_of(d, r.id) and d != r.id for d in subject_drugs)]
        both = [r for r in w.subjects + w.objects if r not in described]
        drugs = [r for r in both if w.type_of(r) in DRUG_TYPES]
        drugs = [r for r in drugs if r.id not in patients_companions(w)] or drugs
        if drugs:
            w.subjects, w.objects = drugs, [r for r in both if r not in drugs]


def patients_companions(w: Work) -> set[str]:
    """Alcohol or opioids named only to say whom a drug treats ("withdrawal in an *alcohol*-dependent
    person", "patients dependent on opioids"): inside a phrase headed by a noun of people
    (`group_nouns`), not taken with the drug ("drinking alcohol with Xanax")."""
    own = {t.i for t in w.own}  # the people noun in the clause itself ("who misuse opioids" says what they take)
    return {
        r.id
        for t, r in w.refs
        if r.id in DOMAIN.companions and any(a.lemma_.lower() in WORDS.group_nouns and a.i in own for a in t.ancestors)
    }


def kind_is_the_subject(w: Work) -> None:
    """'The main benzodiazepine is Xanax' -> Xanax is a benzodiazepine."""
    if (
        w.relation == "is_a"
        and len(w.subjects) == 1
        and w.objects
        and w.kb.is_kind_of(w.objects[0].id, w.subjects[0].id)
    ):
        w.subjects, w.objects = w.objects[:1], w.subjects + w.objects[1:]


def drug_among_objects(w: Work) -> None:
    """'There is a risk of dependence with Xanax', 'the government classifies Klonopin as a Schedule IV
    drug': an existential clause ("there is") says its one drug's effect, and a verb of classifying
    (`classifying_verbs`) whose subject names nothing of the domain says its one drug's class; the drug
    is the subject. ("The brain can't produce calm without Klonopin" says neither.)"""
    head = w.unit.head
    existential = w.relation == "causes" and any(c.dep_ == "expl" for c in head.children)
    classifier = {t.lemma_.lower() for c in head.children if c.dep_ == "nsubj" for t in c.subtree}
    classified = (
        w.relation in (None, "is_a")
        and head.lemma_.lower() in WORDS.classifying_verbs
        and bool(classifier & WORDS.classifying_authorities)  # "people classify X as Y" may be a mistake
    ) or (w.relation in (None, "is_a") and classifying_misread(w))
    if w.subjects or not (existential or classified):
        return
    as_phrase = classed_as(w)
    if classified and w.relation is None and as_phrase is None:
        return  # "the FDA lists Valium alongside opioids": no class is given
    # what is classified is a drug, and what it is classified as may be a class
    drugs = [r for r in w.objects if w.type_of(r) in (DRUG_TYPES if existential else ("drug",))]
    kinds = ("effect", "condition") if existential else ("drug_class", "concept")
    others = [r for r in w.objects if r not in drugs and w.type_of(r) in kinds]
    if classified and as_phrase is not None:  # "lists gabapentin alongside opioids *as a drug of concern*"
        inside = {id(r) for t, r in w.refs if t in set(as_phrase.subtree)}
        others = [r for r in others if id(r) in inside]
        # what the "as" phrase does not name is what is classified, a class too ("classifies Z-drugs as ...")
        drugs = [r for r in w.objects if w.type_of(r) in DRUG_TYPES and id(r) not in inside]
    if len(drugs) == 1 and others and len(others) == len(w.objects) - 1:
        w.subjects, w.objects = drugs, others
        w.relation = w.relation or "is_a"  # "The DEA classifies Xanax as ...": no relation word was read


def classed_as(w: Work) -> Token | None:
    """The "as" phrase that gives what a thing is classified as, on the clause's verb or on the drug's
    name the parser took for the verb ("The DEA classifies Xanax *as* a Schedule IV drug")."""
    return next((c for c in w.unit.head.children if c.dep_ == "prep" and c.lower_ == FW.comparison_as), None)


def classifying_misread(w: Work) -> bool:
    """'The DEA classifies Xanax as ...' parsed with the drug's name as the verb and "classifies" as a
    noun before it: a verb of classifying (`classifying_verbs`, its -s or -ies form) right before the
    unit's head, a drug's name, with an authority (`classifying_authorities`) among the words before."""
    head = w.unit.head
    if head.i not in w.mentions or head.i == 0:
        return False
    verb = head.doc[head.i - 1]
    stem = verb.lower_[:-3] + "y" if verb.lower_.endswith("ies") else verb.lower_.removesuffix("s")
    if verb.lemma_.lower() not in WORDS.classifying_verbs and stem not in WORDS.classifying_verbs:
        return False
    before = {t.lemma_.lower() for t in head.sent if t.i < verb.i}
    return bool(before & WORDS.classifying_authorities)


def transmitter_changes_on_a_drug(w: Work) -> None:
    """'GABA levels rise when you take Xanax', 'with SSRIs, serotonin levels increase': a transmitter
    that rises or falls (the subject of a verb of `up_words` or `down_words`, "go up" or "go down", or
    an increases or decreases relation word with no object of its own) while a drug is taken (the drug
    the object of a verb of intake, or after "with" or "on": `taken_drug`) is changed by that drug.
    Not when the drug is a subject too ("Xanax and serotonin levels rise"), when the clause speaks of
    stopping it ("dopamine drops when you stop Xanax": `stopping_verbs`), or when the drug is not
    being taken ("when Xanax leaves the body", "between doses of Xanax")."""
    head = w.unit.head
    relation = change_verb(head) if w.relation is None else w.relation
    if head.pos_ != "VERB" or relation not in ("increases", "decreases"):
        return
    if any(c.dep_ in ("dobj", "agent", "auxpass") for c in head.children):
        return  # "GABA is enhanced by diazepam": a passive, read by `inverse_or_passive`
    said = [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i in w.mentions]
    kinds = {w.mentions[t.i][0]: w.kb.type_of(w.mentions[t.i][0]) for t in said}
    changed = [e for e, kind in kinds.items() if kind == "neurotransmitter"]
    if not changed or any(kind in DRUG_TYPES for kind in kinds.values()):
        return  # "Xanax and serotonin levels rise": the drug rises too, it is not what raises them
    named = [r for r in w.subjects + w.objects if r.id not in changed]
    drugs = [r.id for r in named if w.type_of(r) in DRUG_TYPES]
    drugs += [c for c in w.context if w.kb.type_of(c) in DRUG_TYPES and c not in DOMAIN.companions]
    others = [r for r in named if w.type_of(r) not in DRUG_TYPES]
    if len(set(drugs)) != 1 or others or any(t.lemma_.lower() in WORDS.stopping_verbs for t in head.subtree):
        return
    if not taken_drug(drugs[0], head, w):
        return  # "when Xanax leaves the body", "between doses of Xanax": no drug being taken
    aspects = {r.id: r.aspect for r in w.subjects + w.objects}
    w.relation, w.subjects = relation, [EntityRef(drugs[0])]
    aspect = (w.trigger.aspect if w.trigger else None) or "amount"  # what rises of a transmitter: its amount
    w.objects = [EntityRef(e, aspects.get(e) or aspect) for e in changed]


def taken_drug(drug: str, head: Token, w: Work) -> bool:
    """Whether the sentence names the drug as being taken: the object of a verb of intake ("when you
    take Xanax", "once Klonopin is taken") or after "with" or "on" ("with SSRIs", "on Zoloft")."""
    for tok in head.sent:
        if tok.i not in w.mentions or w.mentions[tok.i][0] != drug:
            continue
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in WORDS.intake_verbs:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in WORDS.concurrent_words:
            return True
    return False


def change_verb(head: Token) -> str | None:
    """'rise', 'go up' (increases); 'fall', 'go down' (decreases); None for any other verb."""
    lemma = head.lemma_.lower()
    particle = next((c.lower_ for c in head.children if c.dep_ in ("prt", "advmod")), "") if lemma == FW.go else ""
    if lemma in WORDS.up_words or particle == FW.up:
        return "increases"
    return "decreases" if lemma in WORDS.down_words or particle == FW.down else None


def subject_from_context(w: Work) -> None:
    """No subject: a drug of the unit's condition or concepts ("if you take Xanax, drowsiness ..."); a
    companion there ("especially if combined with alcohol") leaves the subject to the drug the text
    is about, when it names one."""
    if not w.subjects and w.context:
        drugs = [c for c in w.context if w.kb.type_of(c) in DRUG_TYPES and not only_modifies(c, w)]
        named = [c for c in drugs if c not in DOMAIN.companions and w.kb.type_of(c) == "drug"]
        topic = w.state.last_drug
        combined = any(c in DOMAIN.companions for c in drugs)  # "... especially if combined with alcohol"
        if not named and combined and topic and topic not in DOMAIN.companions:
            drugs = [topic]
        w.subjects = [EntityRef(c) for c in (named or drugs)[:1]]


def only_modifies(eid: str, w: Work) -> bool:
    """Whether every mention of `eid` in the unit only modifies another noun ("a history of
    *benzodiazepine* allergy"): no drug the clause could be about."""
    roots = [w.mentions[t.i][1].root for t in mention_tokens(w, eid)]
    return bool(roots) and all(modifies_another_noun(r) for r in roots)


def names_something_else(unit: Unit, mentions: Mentions) -> bool:
    """The subject is a thing the lexicon does not know ("Melatonin has a short half-life",
    "Chamomile tea does not cause drowsiness", a relative's noun: "the chemicals that are low", an
    indefinite pronoun a participle follows: "something not classified as addictive"), not the use or
    a dose of the drug the text is about."""
    head = next((c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    edge = unit.head.left_edge.i
    if head is None and edge > 0 and unit.head.doc[edge - 1].lower_ in WORDS.indefinite_pronouns:
        return True  # "stop taking *something* not classified as addictive": said of the something
    if unit.kind == "relcl" and head is not None and head.lower_ in WORDS.relative_pronouns:
        head = unit.head.head  # "the chemicals that are low in ...": said of the chemicals
    if head is None or head.i in mentions or head.pos_ not in ("NOUN", "PROPN"):
        return False
    stand_ins = WORDS.subject_stand_ins
    return head.lemma_.lower() not in stand_ins and head.lower_ not in stand_ins


def object_relative_drug(w: Work) -> None:
    """'Xanax is a drug that doctors prescribe for depression', 'a medicine which people take for
    sleep': the relative pronoun is the verb's object, so the drug it stands for is what the clause is
    about (its own subject, "doctors", names no entity)."""
    head = w.unit.head
    if w.unit.kind != "relcl" or any(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        return
    if not any(c.dep_ == "dobj" and c.lower_ in WORDS.relative_pronouns for c in head.children):
        return
    noun = head.head
    if noun.dep_ == "attr":  # "X is a drug that ...": the copula's subject
        noun = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), noun)
    drugs = [EntityRef(w.mentions[t.i][0]) for t in (noun, *noun.subtree) if t.i in w.mentions]
    drugs = [r for r in drugs if w.type_of(r) in DRUG_TYPES][:1]
    if drugs:
        w.subjects = drugs + [r for r in w.subjects if r.id != drugs[0].id]


def time_of_day_alone(w: Work) -> None:
    """'No screens an hour before bed', 'exercise, but not right before bed': a time of day a dose is
    taken at (`dose_times`) in a clause that names no medicine is only a time of day, nothing the
    table speaks of; beside a dose in milligrams ("the usual dose of estazolam is 1 mg at bedtime")
    it says when that dose is taken, and the dose is the claim."""
    dosed = any(q.unit in ("mg", "mg_per_day") for q in w.quantities)
    if medicines_in(w, w.subjects + w.objects) and not dosed:
        return
    w.subjects = [r for r in w.subjects if r.id not in DOMAIN.dose_times]
    w.objects = [r for r in w.objects if r.id not in DOMAIN.dose_times]


def effect_in_newborns(w: Work) -> None:
    """'Diazepam late in pregnancy can cause drowsiness in newborn babies': an effect placed in
    babies who meet the drug through the mother (`newborn_groups`, `newborn_signs`) is the newborn's
    own syndrome (`newborn_effect`), the effect the table's pregnancy rows state. A sentence that
    names breastfeeding (`nursing`) speaks of the drug in breast milk: left to the lactation rows."""
    ids = {r.id for r in w.objects}
    if w.relation != "causes" or not ids & DOMAIN.newborn_groups or not ids & DOMAIN.newborn_signs:
        return
    sent = w.unit.head.sent
    if any(e in DOMAIN.nursing for i, (e, _) in w.mentions.items() if sent.start <= i < sent.end):
        return  # "taken while breastfeeding, it can make the baby drowsy": the lactation rows say it
    gone = DOMAIN.newborn_groups | DOMAIN.newborn_signs
    w.objects = [r for r in w.objects if r.id not in gone] + [EntityRef(DOMAIN.newborn_effect)]


def recommended_for_a_condition(w: Work) -> None:
    """'Xanax is recommended for panic disorder': a drug said in the passive to be recommended for a
    condition, by no one named, is said to treat it (advice about people, a course or a companion
    stays advice; so do denials, "not recommended in glaucoma" being a contraindication, and advice
    someone gives, "practitioners recommend X for Y")."""
    if w.relation != "recommends" or w.attribution or not w.objects or w.polarity != "affirmed":
        return
    said = w.trig_tok
    if said is None or said.lemma_.lower() not in WORDS.recommending_verbs:
        return  # "can be used safely by people with myasthenia gravis": about the people, not a use
    if not any(c.dep_ == "auxpass" for c in w.unit.head.children):
        return
    if not w.subjects or not all(w.type_of(r) in DRUG_TYPES for r in w.subjects):
        return
    if all(w.type_of(r) == "condition" for r in w.objects):
        w.relation = "treats"


def use_of_the_drug(w: Work) -> None:
    """'Prolonged use can lead to tolerance': the use of the drug the text is about; side effects
    named with no owner are the page's one drug's however far back it was named (`sole_drug`)."""
    state = w.state
    drug = state.last_drug or (state.sole_drug if ownerless_side_effects(w) else None)
    if (
        drug
        and (w.subjects or w.objects)
        and w.relation != "recommends"
        and not any(w.type_of(r) in ANCHOR_TYPES for r in w.subjects + w.objects)
        and all(w.type_of(r) in ("concept", "effect", "condition") for r in w.subjects)
        and not expletive(w.unit)
        and not names_something_else(w.unit, w.mentions)
        and not shares_an_unknown_subject(w)
        and not generic_drug_subject(w.unit.head)
        # "mood changes (such as depression)": "changes" read as a relation word, in a line with no verb
        and not (w.relation == "acts_on" and w.unit.head.pos_ == "NOUN")
        and not ambiguous_pronoun(w)
        and not relative_of_an_unknown_noun(w)
    ):
        w.subjects.append(EntityRef(drug))


def ownerless_side_effects(w: Work) -> bool:
    """Whether the unit lists effects under a subject that names side effects and no owner
    (`field_side_effects`: "Common side effects include drowsiness")."""
    subject = [t for t in w.unit.head.children if t.dep_ in ("nsubj", "nsubjpass")]
    words = [" ".join(x.lower_ for x in s.subtree if x.dep_ not in ("det", "poss")) for s in subject]
    return w.relation == "causes" and any(phrase in WORDS.field_side_effects for phrase in words)


def relative_of_an_unknown_noun(w: Work) -> bool:
    """Whether the unit is a relative clause ("which", "that") said of a noun the table does not know
    ("depress the reticular activating system, *which controls* mental activity"): it is about that
    noun, not the drug the text is about. A noun for a drug or for what it has (`owned_nouns`: "side
    effects, which include ..."), or one whose phrase names a drug ("long-term use *of Xanax*, which
    ..."), still stands for it."""
    said_of = [c for c in w.unit.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if w.unit.kind != "relcl" or not any(c.lower_ in WORDS.relative_pronouns for c in said_of):
        return False
    noun = w.unit.head.head
    phrase = noun.doc[noun.left_edge.i : w.unit.head.left_edge.i]  # "long-term use *of Xanax*, which ..."
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and not any(t.i in w.mentions for t in phrase)
        and noun.lemma_.lower() not in WORDS.drug_nouns | WORDS.owned_nouns
    )


def ambiguous_pronoun(w: Work) -> bool:
    """Whether the unit's subject is a singular pronoun after a sentence about two drugs ("Buspirone and
    Ativan are anxiety medicines. It is not a controlled substance."): which one it is, coreference
    left open (`pronoun_topic`), and the drug named last is no better a guess; nor is a plural class
    (`singular_for_plural`), nor the example of a plural class the last sentence was about
    (`plural_class_topic`: "Benzodiazepines like Klonopin ... It ...")."""
    pronoun = any(t.lower_ in WORDS.pronouns for t in w.subj_toks)
    example = w.state.plural_class_topic and not any(t.lower_ in WORDS.plural_pronouns for t in w.subj_toks)
    return pronoun and (len(distinct_drugs(w.state.topic, w.kb)) > 1 or singular_for_plural(w) or example)


def singular_for_plural(w: Work) -> bool:
    """Whether the subject is a singular pronoun and the drug named last was plural ("Benzodiazepines,
    like Ativan, are controlled. It is not ..."): "it" is not the class."""
    drug = w.state.last_drug
    singular = any(
        t.lower_ in WORDS.pronouns and t.tag_ == "PRP" and t.morph.to_dict().get("Number") != "Plur"
        for t in w.subj_toks
    )
    return singular and drug is not None and bool(w.state.number.get(drug))


def generic_drug_subject(head: Token) -> bool:
    """Whether the clause's subject is drugs in general ("*Any drug* that changes brain chemistry can
    be addictive", `generic_determiners`): a statement about every drug, not the page's."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in WORDS.drug_nouns
        and any(d.dep_ == "det" and d.lower_ in WORDS.generic_determiners for d in c.children)
        for c in head.children
    )


def shares_an_unknown_subject(w: Work) -> bool:
    """Whether the unit is a conjunct with no subject of its own whose governing verb (or, misparsed,
    the first conjunct) has one the table does not know: in "Chamomile isn't habit-forming, doesn't
    cause memory loss" the memory loss is said of chamomile, not of the drug the page is about."""
    head = w.unit.head
    if w.subjects or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children):
        return False
    if w.unit.kind == "conj":
        shared = governing_subject(governor(w.unit))
    elif w.unit.kind == "root":  # the parser hung the first conjunct on the second as its complement
        shared = [t for c in head.children if c.dep_ == "ccomp" and c.i < head.i for t in governing_subject(c)]
    else:
        return False
    # "users may abuse it and ...", "doctors prescribe it to control seizures and to treat ...": people
    people = WORDS.subject_stand_ins | WORDS.personal_pronouns | WORDS.group_nouns | WORDS.prescriber_nouns
    return (
        bool(shared)
        and not refs_in(shared)
        and not any(t.lower_ in people or t.lemma_ in people or t.pos_ in ("PRON", "DET") for t in shared)
    )


Repair = Callable[[Work], None]


def condition_medicine(w: Work) -> None:
    """'Xanax is an anxiety medication', 'Lyrica is a pain reliever': a drug said to be a medicine
    (`drug_nouns`) named by a condition is one that treats the condition."""
    if w.relation != "is_a" or not w.objects or not all(w.type_of(r) == "condition" for r in w.objects):
        return
    nouns = {t.head for t, r in w.refs if r in w.objects and t.dep_ in ("compound", "amod", "nmod")}
    if nouns and all(n.lemma_.lower() in WORDS.drug_nouns and n.dep_ in ("attr", "oprd") for n in nouns):
        if w.subjects and all(w.type_of(r) in DRUG_TYPES for r in w.subjects):
            w.relation = "treats"


def noted_for(w: Work) -> None:
    """'Valium is known for its calming effects', 'known chiefly for its use as an anxiolytic': what a
    drug is noted for it has: an effect it causes, a class it belongs to."""
    head = w.unit.head
    known = [t for t in (head, *head.children) if t.lemma_.lower() == FW.know and (t is head or t.dep_ == "acomp")]
    if w.relation is not None or not any(known_for(t) for t in known):
        return
    drugs = [r for r in w.subjects if w.type_of(r) == "drug"]
    effects = [r for r in w.objects if w.type_of(r) == "effect"]
    classes = [r for r in w.objects if w.type_of(r) == "drug_class"]
    if len(drugs) == 1 and bool(effects) != bool(classes):
        w.relation = "causes" if effects else "is_a"


def implicit_comparand(w: Work) -> None:
    """'Klonopin and Valium are both benzodiazepines. Klonopin has a longer half-life': a comparative
    said of one of the two drugs the text has just named, with no "than" in its sentence, compares it
    with the other one (the comparison stage then ranks both drugs' rows, and concludes nothing when
    their ranges overlap)."""
    if w.relation not in (None, "has_property") or not any(t.tag_ in ("JJR", "RBR") for t in w.own):
        return
    if any(t.lower_ == FW.than for t in w.unit.head.sent):
        return
    drugs = [r for r in w.subjects + w.objects if w.type_of(r) in DRUG_TYPES]
    pair = w.state.recent_pair()
    if len(drugs) != 1 or len(pair) != 2 or drugs[0].id not in pair:
        return
    if not any(r.id in w.kb.properties for r in w.objects):
        return  # a property the rows give a value of ("a longer half-life"), not "more challenging"
    other = next(d for d in pair if d != drugs[0].id)
    if w.kb.type_of(other) == "drug" and w.type_of(drugs[0]) == "drug":
        w.objects = [*w.objects, EntityRef(other)]


REPAIRS: tuple[Repair, ...] = (
    change_amounts,
    switched_away,
    effect_trigger_causes,
    example_is_a,
    drugs_of_a_counted_kind,
    class_includes,
    approved_for,
    approval_year,
    available_in,
    given_as_form,
    copula_is_a,
    property_named,
    property_of_fronted_drug,
    drug_for_condition,
    class_with_effect,
    sleep_aid_use,
    cause_noun_causes,
    same_target_as,
    unrelated_class,
    placed_in_class,
    sold_over_the_counter,
    prescription_required,
    effect_adjective_causes,
    made_to_feel,
    effect_is_not_a_class,
    class_as_modifier,
    likened_class,
    effect_means_effect,
    receptor_role_binds,
    inverse_or_passive,
    companion_worsens_drug,
    considered_effect,
    considered_act,
    wearing_off_speed,
    onset_speed,
    half_dose_cleared,
    time_to_clear,
    figure_in_a_list,
    available_strengths,
    dose_around_drug,
    dose_given,
    dose_by_verb,
    effect_on_drug,
    effect_of_a_drug_occurs,
    effect_had_or_found_with_drug,
    effect_of_drug_found,
    property_held,
    lessened_effect_is_tolerance,
    transmitter_had_on_a_drug,
    comparative_direction,
    symptoms_include,
    symptom_of_a_state,
    state_symptom_list,
    uses_include,
    lack_subject,
    deontic_advice,
    taken_at_a_time,
    stopping_advice,
    recommend_avoiding,
    avoid_for_a_group,
    avoid_with_condition,
    makes_worse_or_better,
    helps_a_condition,
    place_of_action,
    safe_to_take,
    negating_trigger,
    risk_from_cause,
    limiting_trigger,
    attributed_duration_limit,
    unstudied_long_use,
    advice_while_taking,
    gradual_stopping,
    advice_parties,
    advice_to_a_group,
    advice_beyond_duration,
    off_label_use,
    short_term_advice,
    causal_direction,
    raising_relieves,
    treats_drug_first,
    kind_is_the_subject,
    drug_among_objects,
    transmitter_changes_on_a_drug,
    subject_from_context,
    safe_for_population,
    population_needs,
    hindered_action,
    imitated_action,
    produced_transmitter,
    transmitter_from_a_drug,
    harmless_combination,
    interaction_of_two,
    companion_on_a_drug,
    result_copula,
    experiencer_drug,
    recommended_for_a_condition,
    object_relative_drug,
    effect_in_newborns,
    time_of_day_alone,
    use_of_the_drug,
    condition_medicine,
    noted_for,
    implicit_comparand,
)


def repair(work: Work) -> Work:
    """Run every repair of REPAIRS on `work`, in order, and return it."""
    for step in REPAIRS:
        step(work)
    return work
