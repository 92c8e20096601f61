"""Stage 2, clause units: a sentence split into the clauses that each make one claim (main clause,
coordinated predicates, relative and adverbial clauses, appositives, "X like Y" examples), each
unit owning the tokens no unit nested inside it owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..quantities import is_unit_word
from ..types import EntityRef
from .mentions import Mentions
from .words import DRUG_TYPES, FW, WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Span, Token

CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp"})
ACTED_ON_TYPES = frozenset({"neurotransmitter", "receptor"})  # what a drug's action is on
BARE_VERB_DEPS = frozenset({"cc", "punct", "advmod", "conj"})  # what may follow a verb that has no object


@dataclass
class Unit:
    """One clause unit: its `kind` ("root", "conj", "relcl", "appos", "example", ...) and head token;
    the roles and polarity the extractor found for it are filled in as it goes."""

    kind: str
    head: Token
    own: list[Token] = field(default_factory=list)
    subjects: list[EntityRef] = field(default_factory=list)
    objects: list[EntityRef] = field(default_factory=list)
    attribution: str | None = None
    polarity: str = "affirmed"
    span: tuple[int, int] = (0, 0)
    means: list[EntityRef] = field(default_factory=list)  # entities of a "by doing X" phrase


def clause_units(sent: Span, mentions: Mentions, kb: KnowledgeBase) -> list[Unit]:
    """The units of `sent`: the root first, then the others in token order."""
    units = [Unit("root", sent.root)]
    for tok in sent:
        if tok.i == sent.root.i:
            continue
        kind = unit_kind(tok, mentions, kb)
        if kind is not None:
            units.append(Unit(kind, tok))
    return units


def unit_kind(tok: Token, mentions: Mentions, kb: KnowledgeBase) -> str | None:
    """The kind of unit `tok` heads, or None when it heads none."""
    if tok.pos_ in ("VERB", "AUX") and tok.i in mentions and kb.type_of(mentions[tok.i][0]) in DRUG_TYPES:
        return None  # a drug name the tagger took for a verb ("to benzodiazepine sites")
    verbal = is_verbal(tok) or mistagged_clause_verb(tok)
    if tok.dep_ in CLAUSE_DEPS and verbal:
        return None if no_claim_of_its_own(tok, mentions, kb) else tok.dep_
    if tok.dep_ == "conj" and noun_complement(tok.head):
        return None  # "your ability to drive *or operate machinery*": the noun's complement, no clause
    if tok.dep_ == "conj" and is_verbal(tok.head) and (verbal or any(is_verbal(c) for c in tok.children)):
        return "conj"  # also "... and does not lower X" mis-tagged as an adjective
    if tok.dep_ == "conj" and tok.head.dep_ == "attr" and tok.lemma_.lower() in WORDS.naming_words:
        return "conj"  # "X is a Y and the brand name of Z": the naming is a claim of its own
    if has_own_subject(tok):
        return "clause"  # a verb with its own subject is a clause, however attached
    if (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and tok.head.lower_ == FW.without
        and tok.head.head.pos_ in ("VERB", "AUX")
    ):
        return "without"  # "works without affecting serotonin": a denied claim
    if (
        tok.dep_ == "acl"
        and participle(tok)
        and (predicate_noun(tok.head, tok) or drug_gloss(tok.head, tok, mentions, kb))
    ):
        return "acl"
    if is_contrast(tok, mentions):
        return "contrast"  # "Xanax is a benzodiazepine, not an SSRI": X is not an SSRI
    if is_appositive(tok, mentions):
        return "appos"
    if is_example(tok, mentions, kb):
        return "example"
    return None


def participle(tok: Token) -> bool:
    """A participle, also one tagged as a past tense without a subject of its own ("an SSRI
    *primarily used* to treat anxiety": the adverb before it makes the tagger read a past tense)."""
    return tok.tag_ in ("VBN", "VBG") or (tok.tag_ == "VBD" and not has_own_subject(tok))


def noun_complement(tok: Token) -> bool:
    """An infinitive that completes a noun ("your *ability to drive*", "the *urge to drink*")."""
    return (
        tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "aux" and c.lower_ == FW.infinitive for c in tok.children)
    )


def no_claim_of_its_own(tok: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """A relative, adverbial or complement clause that only describes or completes its governor."""
    if tok.dep_ == "relcl" and any(c.lower_ in WORDS.descriptive_relatives for c in tok.children):
        return True  # "tolerance, where higher doses are needed": describes its noun
    if (
        tok.dep_ == "relcl"
        and tok.head.i not in mentions
        and tok.head.pos_ in ("NOUN", "PRON")
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text != ","
        and tok.head.dep_ in ("nsubj", "nsubjpass")
    ):
        return True  # "People who have taken X for a month may ...": says which people, no claim of its own
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in WORDS.group_nouns and not set_off(tok):
        # "prescribed to people who have epilepsy": which people, wherever the noun stands; a clause
        # naming a drug ("people who have not responded to SSRIs") keeps its own unit
        if not any(t.i in mentions and kb.type_of(mentions[t.i][0]) in DRUG_TYPES for t in tok.subtree):
            return True
    if as_needed(tok):
        return True  # "taken as needed for anxiety", "only when needed": how the drug is taken
    if taken_alongside(tok):
        return True  # "drinking alcohol while taking Xanax increases ...": both intakes are the subject
    if approved_purpose(tok):
        return True  # "has not approved the use of X to treat anxiety": what the approval is for
    if causative_object(tok):
        return True  # "causes serotonin levels to drop": the effect is the object of the causative
    if tok.left_edge.lower_ == FW.how and tok.dep_ != "relcl":
        return True  # "cuts down how much serotonin cells release": the object, not a clause
    if is_condition(tok):
        # "... if it is used daily": a condition of its clause, not a claim of its own
        return not presupposed_action(tok, mentions, kb)
    if marked_by(tok, FW.than):
        return True  # "... a greater risk than SSRIs do": the other side of a comparison
    if is_open_question(tok):
        return True  # "helps you decide whether X is safe": an open question, asserted by no one
    if what_the_time_is_for(tok):
        return True  # "it can take two weeks to show its full effect": what the time is for
    return any(c.lower_ == FW.how and c.dep_ == "advmod" for c in tok.children) and tok.dep_ != "relcl"


def as_needed(tok: Token) -> bool:
    """'as needed', 'when needed', 'if needed': a subjectless clause of needing (`as_needed_marks`)
    that says how a drug is taken, no claim of its own."""
    return (
        tok.dep_ == "advcl"
        and tok.lemma_.lower() == FW.need
        and not has_own_subject(tok)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in WORDS.as_needed_marks for c in tok.children)
    )


def set_off(tok: Token) -> bool:
    """Whether the clause is set off from its noun by a comma ("patients, who ...")."""
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def taken_alongside(tok: Token) -> bool:
    """A subjectless clause of intake (`intake_verbs`) introduced by a word of the same time
    (`concurrent_words`) that hangs on a gerund subject: "*drinking alcohol* while taking Xanax
    increases the risk". It names the medicine the subject is taken with, so it stays in the subject
    (no claim of its own: "taking Xanax" asserts nothing)."""
    return (
        tok.dep_ == "advcl"
        and tok.lemma_.lower() in WORDS.intake_verbs
        and not has_own_subject(tok)
        and tok.head.dep_ in ("csubj", "nsubj", "nsubjpass")
        and tok.head.tag_ == "VBG"
        and any(c.dep_ == "mark" and c.lower_ in WORDS.concurrent_words for c in tok.children)
    )


def approved_purpose(tok: Token) -> bool:
    """A subjectless infinitive after a verb of approval (`approval_nouns_verbs`) that says what the
    approval is for: "the FDA has not approved the use of gabapentin *to treat anxiety*". It stays in
    the approval's claim (and its denial with it)."""
    dated = any(t.like_num for t in tok.doc[tok.head.i : tok.i])  # "approved it in 1986 to treat anxiety": two claims
    return (
        tok.dep_ == "advcl"
        and tok.i > tok.head.i
        and tok.head.lemma_.lower() in WORDS.approval_nouns_verbs
        and not dated
        and not has_own_subject(tok)
        and any(c.dep_ == "aux" and c.lower_ == FW.infinitive for c in tok.children)
    )


def what_the_time_is_for(tok: Token) -> bool:
    """An infinitive after a verb of duration (`duration_verbs`) that says what the time is for: "it
    can take two weeks *to show its full effect*", "you may need two weeks *for the patient to notice* its
    full benefit". The time is said of it, so it stays in its governor's claim (an onset is not a full effect)."""
    return (
        tok.dep_ == "advcl"
        and tok.i > tok.head.i
        and tok.head.lemma_.lower() in WORDS.duration_verbs
        and any(c.dep_ == "aux" and c.lower_ == FW.infinitive for c in tok.children)
    )


def causative_object(tok: Token) -> bool:
    """A clause after a causative verb that is its object ("causes serotonin levels to drop"), not a
    clause of its own that a subordinator opens ("cause drowsiness *while* SSRIs cause nausea")."""
    return (
        tok.head.lemma_ in WORDS.causative
        and tok.dep_ in ("ccomp", "advcl")
        and tok.i > tok.head.i
        and not any(c.dep_ == "mark" for c in tok.children)
    )


def has_own_subject(tok: Token) -> bool:
    """A finite verb with a subject of its own that is no condition, complement or subject."""
    return (
        is_finite(tok)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and not is_condition(tok)
        and not (tok.head.lemma_ in WORDS.causative and tok.dep_ in ("ccomp", "xcomp", "dobj", "advcl"))
        and tok.dep_ not in ("xcomp", "pcomp", "csubj", "nsubj", "nsubjpass", "aux", "auxpass")
        and tok.left_edge.lower_ != FW.how
    )


def predicate_noun(noun: Token, participle: Token) -> bool:
    """Whether `noun` is what a copula says its subject is: its attribute ("a medicine *used* to ..."),
    or the noun of the attribute's "of" ("a type of *medication* used to treat anxiety"; not when the
    participle only names the noun: "a class of drugs *known* as sedative-hypnotics")."""
    if noun.dep_ == "attr":
        return True
    prep = noun.head
    naming = participle.lemma_.lower() in WORDS.naming_words
    return noun.dep_ == "pobj" and prep.lower_ == FW.of and prep.head.dep_ == "attr" and not naming


def drug_gloss(noun: Token, participle: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """Whether `noun` is an appositive that says what a named drug is, or the noun of its "of", with
    a participle saying what for ("benzodiazepines, *a class* of depressants *used* to treat anxiety":
    the use is the drug's claim; "a benzodiazepine *known* as X" only names it)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == FW.of:
        noun = noun.head.head
    if noun.dep_ != "appos" or participle.lemma_.lower() in WORDS.naming_words:
        return False
    glossed, before = noun.head, noun.doc[noun.left_edge.i - 1] if noun.left_edge.i else noun.left_edge
    if "(" in (before.text, noun.left_edge.text):
        return False  # "insomnia (*difficulty* falling asleep)": a gloss of a word, hung on the drug
    return glossed.i in mentions and kb.type_of(mentions[glossed.i][0]) in DRUG_TYPES


def is_appositive(tok: Token, mentions: Mentions) -> bool:
    """'Xanax, a benzodiazepine': a noun naming another entity beside a mention."""
    return (
        tok.dep_ == "appos"
        and tok.head.i in mentions
        and tok.pos_ in ("NOUN", "PROPN")
        and mentions.get(tok.i, ("",))[0] != mentions[tok.head.i][0]
    )


def counted_kind(noun: Token) -> bool:
    """Whether a noun is counted or pointed at ("*Two* SSRIs", "*such* supplements"): a kind whose
    members an appositive may name."""
    return any(c.dep_ == "nummod" or c.lower_ == FW.such for c in noun.children)


def is_example(tok: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """'benzodiazepines such as diazepam': examples of a class the knowledge base knows."""
    if not (
        tok.dep_ == "prep"
        and is_example_prep(tok)
        and tok.head.i in mentions
        and kb.type_of(mentions[tok.head.i][0]) in ("neurotransmitter", "drug_class")
        and bool(kb.entities[mentions[tok.head.i][0]].parents)
    ):
        return False
    if tok.lower_ != FW.including:
        return True
    # "including" also lists what a phrase is about ("effects of too much serotonin, including
    # insomnia"): examples of a class only when the list opens with a drug, and the class stands
    # alone: not one of two joined ("benzodiazepines and z-drugs, including Ambien") nor one set
    # aside ("medications other than benzodiazepines, including buspirone")
    first = next((c for c in tok.children if c.dep_ == "pobj"), None)
    noun = tok.head
    joined = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    set_aside = noun.dep_ == "pobj" and noun.head.lower_ in WORDS.other_side_preps
    # "sleep aids that are not benzodiazepines, including Ambien": the list goes with the clause's noun
    set_aside = set_aside or any(a.dep_ == "relcl" for a in noun.ancestors)
    return (
        kb.type_of(mentions[noun.i][0]) == "drug_class"
        and not joined
        and not set_aside
        and first is not None
        and first.i in mentions
        and kb.type_of(mentions[first.i][0]) == "drug"
    )


def assign_own(units: list[Unit]) -> None:
    """Give each unit the tokens it owns: its subtree without the units nested inside it; the word
    that denies a "without" unit and the "not" of a contrast move to the unit they belong to."""
    heads = {u.head.i for u in units}
    for unit in units:
        subtree = list(unit.head.subtree)
        nested = nested_tokens(subtree, unit.head, heads)
        unit.own = [t for t in subtree if t.i not in nested]
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
    for unit in units:
        share_object(unit, units)


def share_object(unit: Unit, units: list[Unit]) -> None:
    """'can cause or worsen depression': a verb with no object of its own shares the object of the
    verb coordinated after it, so the first claim reads "can cause depression", not "can cause"."""
    first, second = unit.head.head, unit.head
    if unit.kind != "conj" or first.pos_ != "VERB" or second.pos_ != "VERB" or first.i > second.i:
        return
    if first.tag_ != second.tag_ or first.lemma_.lower() in WORDS.intransitive_verbs:
        return  # "higher doses than prescribed or using X"; "takes weeks to work and make changes"
    if any(c.dep_ not in BARE_VERB_DEPS for c in first.children if c.i > first.i and c != second):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return
    objects = [c for c in second.children if c.dep_ == "dobj"]
    owner = next((u for u in units if first in u.own), None)
    if len(objects) != 1 or owner is None:
        return
    joiners = {c for c in first.children if first.i < c.i < second.i and c.dep_ in ("cc", "punct")}
    if len(joiners) != second.i - first.i - 1:
        return  # "raises, or even doubles, X": words between the verbs; left as they are
    owner.own = sorted((set(owner.own) - joiners) | set(objects[0].subtree), key=lambda t: t.i)


def is_condition(tok: Token) -> bool:
    """An adverbial clause introduced by a condition word ("if", "when", ...)."""
    return tok.dep_ == "advcl" and marked_by_any(tok, WORDS.conditions)


def presupposed_action(tok: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """What a drug does to a neurotransmitter or receptor, said in a condition that takes it as true
    ("*When* Xanax blocks GABA, you feel calm", `factive_conditions`): the sentence asserts that
    Xanax blocks GABA, so the clause is a claim of its own. "If" only supposes, and a condition whose
    subject is not a drug ("when you take Xanax") says nothing of how the drug works."""
    if not marked_by_any(tok, WORDS.factive_conditions) or any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i not in mentions:
        return False
    if kb.type_of(mentions[subjects[0].i][0]) not in DRUG_TYPES:
        return False
    return any(t.i in mentions and kb.type_of(mentions[t.i][0]) in ACTED_ON_TYPES for t in tok.subtree if t.i > tok.i)


def marked_by_any(tok: Token, words: frozenset[str]) -> bool:
    """Whether the clause `tok` heads is introduced by one of `words` ("when", "once")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in words for c in tok.children)


def is_open_question(tok: Token) -> bool:
    """A clause introduced by "whether" ("decide whether X is safe", "questions about Ambien and whether
    it is a benzodiazepine") or a complement introduced by "if" ("many wonder if it is a
    benzodiazepine"), or by "how" under a verb of asking (`asking_verbs`: "wondering how long it stays
    in your system"): an embedded question asserts neither answer. An adverbial "if" is a condition."""
    if marked_by(tok, FW.whether):
        return tok.dep_ in ("ccomp", "conj", "advcl", "pcomp", "csubj", "acl", "xcomp")
    if tok.dep_ == "ccomp" and tok.left_edge.lower_ == FW.how:  # "perhaps you are wondering how long it lasts"
        return tok.head.lemma_.lower() in WORDS.asking_verbs
    return tok.dep_ == "ccomp" and marked_by(tok, FW.question_if)


def marked_by(tok: Token, word: str) -> bool:
    """Whether the clause `tok` heads is introduced by the subordinator `word` ("than", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ == word for c in tok.children)


def condition_tokens(head: Token) -> set[Token]:
    """The tokens of the conditions hanging on `head`, and of the open questions below it."""
    out = {t for c in head.children if is_condition(c) for t in c.subtree}
    return out | {t for c in head.subtree if is_open_question(c) for t in c.subtree}


def hyphen_tail(tok: Token) -> bool:
    """Whether the token ends a hyphenated word ("onset" of "partial-onset")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_


def is_finite(tok: Token) -> bool:
    """A finite verb ("releases", "can cause"), not a participle or gerund ("serotonin signalling")."""
    return tok.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in tok.children
    )


def is_verbal(tok: Token) -> bool:
    """A verb, or a word the tagger mislabelled but that carries auxiliaries ("does not lower")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def mistagged_clause_verb(tok: Token) -> bool:
    """A subordinate clause's verb the tagger took for an adjective: "While the effects of X typically
    *last* for two to four hours, ...": it has its own subject and subordinator, as no adjective does;
    or a relative clause's verb it took for a noun: no noun has "which" for its subject."""
    if tok.dep_ == "relcl" and tok.pos_ == "NOUN":  # "..., which in turn *releases* GABA" tagged a plural noun
        return any(c.dep_ == "nsubj" and c.lower_ in WORDS.relative_pronouns for c in tok.children)
    return (
        tok.dep_ == "advcl"
        and tok.pos_ == "ADJ"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "mark" for c in tok.children)
    )


def is_example_prep(tok: Token) -> bool:
    """'like', 'including' or the 'as' of 'such as'."""
    if tok.lower_ in (FW.like, FW.including):
        return True
    return tok.lower_ == FW.example_as and tok.i > 0 and tok.doc[tok.i - 1].lower_ == FW.such


def is_nested(tok: Token, head: Token, heads: set[int]) -> bool:
    """Whether `tok` belongs to another unit nested inside the unit headed by `head`."""
    node = tok
    while node.i != head.i:
        if node.i in heads:
            return True
        if node.head.i == node.i:
            return True
        node = node.head
    return False


def walk_up(
    tokens: Iterable[Token], verdict: Callable[[Token], bool | None], known: dict[int, bool]
) -> dict[int, bool]:
    """Token index -> the answer of a walk up the parse from each of `tokens`: `verdict` says True
    or False at a token where the walk ends, None to go on to its head; `known` holds answers given
    beforehand. Tokens share their governors, so each token is looked at once."""
    answer = dict(known)
    for tok in tokens:
        path: list[int] = []
        node = tok
        while True:
            found = answer.get(node.i)
            if found is not None:
                break
            path.append(node.i)
            found = verdict(node)
            if found is not None:
                break
            node = node.head
        answer.update(dict.fromkeys(path, found))
    return answer


def nested_tokens(subtree: list[Token], head: Token, heads: set[int]) -> set[int]:
    """The indexes of the tokens of `subtree` (of `head`) that `is_nested` finds nested."""

    def nested(node: Token) -> bool | None:
        return True if node.i in heads or node.head.i == node.i else None

    return {i for i, found in walk_up(subtree, nested, {head.i: False}).items() if found}


def governor(unit: Unit) -> Token:
    """The token the unit hangs on (past the preposition of an "acl" or "without" unit)."""
    head = unit.head.head
    if unit.kind in ("acl", "without"):
        head = head.head
    return head


def is_contrast(tok: Token, mentions: Mentions) -> bool:
    """'is an anticonvulsant, not a benzodiazepine': a denied second class of the copula's subject."""
    class_word = tok.head
    copula = class_word.dep_ == "attr" and class_word.head.lemma_ == FW.copula
    # "are classified as CNS depressants, not narcotics", "is known as an anticonvulsant, not a ..."
    named_as = class_word.dep_ == "pobj" and class_word.head.lower_ == FW.comparison_as
    return (
        tok.dep_ == "appos"
        and tok.i in mentions
        and (copula or named_as)
        and any(c.dep_ == "neg" and class_word.i < c.i < tok.i for c in class_word.children)
    )


def contrast_subject(unit: Unit) -> list[Token]:
    """The tokens of the copula's (or the classifying verb's) subject for a 'contrast' unit."""
    verb = unit.head.head.head
    if verb.lower_ == FW.comparison_as:
        verb = verb.head
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def is_imperative(sent: Span) -> bool:
    """A sentence that starts with its bare root verb and has no subject: "Take it with food"; also
    after a clause of condition or time that opens it ("If you are struggling with addiction, *reach
    out* to us", `condition_marks`)."""
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children):
        return False
    first = next((t for t in sent if not t.is_punct and t.pos_ not in ("ADV", "INTJ")), None)
    if first is not None and first.i == root.i:
        return True
    opening = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i), None)
    if opening is None or not any(m.dep_ == "mark" and m.lower_ in WORDS.condition_marks for m in opening.children):
        return False
    return all(
        t.i in {u.i for u in opening.subtree} or t.is_punct or t.pos_ in ("ADV", "CCONJ")
        for t in sent[: root.i - sent.start]
    )


def means_gerund(prep: Token) -> Token | None:
    """The verb of a "by doing X" phrase headed by `prep`: its gerund ("by *blocking* reuptake"), also
    when the parser took the gerund for an adjective of the noun after it ("By *increasing* serotonin
    levels, ..." parsed as by + [increasing levels])."""
    if prep.dep_ != "prep" or prep.lower_ != FW.means:
        return None
    for child in prep.children:
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            return child
        if child.dep_ == "pobj":
            first = child.doc[child.left_edge.i]
            if first.tag_ == "VBG" and first.dep_ == "amod" and first.head.i == child.i:
                return first
    return None


def is_means_gerund(tok: Token) -> bool:
    """Whether `tok` is the verb of a "by doing X" phrase (`means_gerund`)."""
    prep = tok.head if tok.dep_ == "pcomp" else tok.head.head if tok.dep_ == "amod" else None
    gerund = means_gerund(prep) if prep is not None else None
    return gerund is not None and gerund.i == tok.i


def change_by(tok: Token) -> bool:
    """Whether a word is the "by" of a verb of change (`change_verbs`) whose phrase gives an amount, a
    number or a unit: "the half-life rises *by* about an hour", "increases *by* 50 percent"."""
    return (
        tok.lower_ == FW.means
        and tok.head.lemma_.lower() in WORDS.change_verbs
        and any(x.like_num or is_unit_word(x.lower_) for x in tok.subtree)
    )


def belief_marked(verb: Token) -> bool:
    """Whether a verb is passive with a `belief_markers` adverb on it ("it is *often* said", "were
    *once* considered"): a belief held by people at large, or once held."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in WORDS.belief_markers for c in verb.children
    )
