"""Stage 4, polarity and scope: whether a unit affirms or denies its predicate (negation cues that
reach the predicate, debunked or denied clauses), its modality (hedged or asserted), whether it is
indirect, and the value word it carries ("fast", "unknown").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from .mentions import MENTIONS
from .units import Unit, belief_marked, hyphen_tail
from .words import FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Reading:
    """How a unit says what it says: polarity, modality, indirectness and a value word."""

    polarity: str  # "affirmed" or "negated"
    modality: str  # "asserted" or "hedged"
    indirect: bool
    value: str | None
    words: frozenset[str]  # the unit's lemmas and lower-cased words


def negations(own: list[Token], lex: Lexicon, anchors: set[int]) -> int:
    """Negations of the predicate: cues attached to the unit head or the relation word."""
    count = 0
    for tok in own:
        word = tok.lower_ if tok.lower_ in lex.cues["negation"] else tok.lemma_.lower()
        if word in WORDS.correlative_negations and tok.dep_ in ("preconj", "cc", "det"):
            count += word == FW.neither  # "Neither X nor Y raises ...": one negation of the predicate
            continue
        if word not in lex.cues["negation"] and tok.dep_ != "neg":
            continue
        if word == FW.no and (tok.dep_ not in ("det", "neg") or tok.head.pos_ == "PROPN"):
            continue  # "Short answer: no Klonopin is not ...": an answer, not a determiner of a name
        if not reaches_predicate(tok, word, anchors) or in_scope_phrase(tok, lex):
            continue
        count += 1
    return count + prefixed_negations(own, anchors) + denying_adjectives(own, anchors)


def denying_adjectives(own: list[Token], anchors: set[int]) -> int:
    """'Benzodiazepine withdrawal is harmless': an adjective that names the denial of harm (`denying_adjectives`,
    read as the harm entity) denies the predicate when it is the predicate's word or its complement;
    not when the subject is only some of it ("*mild* withdrawal symptoms such as vivid dreams are
    harmless": `part_modifiers`)."""
    if any(t.lower_ in WORDS.part_modifiers and t.dep_ in ("amod", "det", "nummod") for t in own):
        return 0
    return sum(
        1
        for t in own
        if t.lower_ in WORDS.denying_adjectives and (t.i in anchors or (t.head.i in anchors and t.dep_ == "acomp"))
    )


def prefixed_negations(own: list[Token], anchors: set[int]) -> int:
    """'non-addictive', 'a non-habit-forming drug': a negating prefix denies the predicate when the
    hyphenated word it begins is the predicate's word or describes it (not when the prefix is part
    of a name: 'a non-benzodiazepine hypnotic')."""
    prefixes = [t for t in own if t.lower_ in WORDS.negating_prefixes and not t.whitespace_]
    if not prefixes:
        return 0  # most units: nothing to look up
    named = {t.i for span in own[0].doc.spans.get(MENTIONS, []) for t in span}
    count = 0
    for tok in prefixes:
        if tok.i in named:
            continue
        if tok.i + 2 >= len(tok.doc) or tok.nbor(1).text != "-" or tok.nbor(1).whitespace_:
            continue
        word = compound_end(tok.nbor(2))
        count += describes_predicate(word, anchors, named) or names_the_class(tok, word, anchors)
    return count


def names_the_class(prefix: Token, word: Token, anchors: set[int]) -> bool:
    """Whether a prefixed word is the class a classing clause names: "belongs to a group of drugs known
    as *non-*benzodiazepines", "belongs to the *non-*benzodiazepine class". Its path up to the
    predicate passes through nothing but the class's noun phrase and the prepositions that name a
    class (`class_preps`: "known as", "a group of", "belongs to"): "unlike non-benzodiazepines"
    compares, and its "non-" denies nothing."""
    node = word if word.dep_ != "pobj" or prefix.dep_ != "pobj" else prefix
    if node.dep_ in ("amod", "compound") and node.head.lemma_.lower() not in WORDS.class_nouns:
        return False  # "classified as a non-benzodiazepine sedative": the sedative is of another class
    if node.dep_ in ("amod", "compound") and any(c.dep_ == "prep" and c.lower_ == FW.of for c in node.head.children):
        return False  # "the non-tricyclic class of antidepressants": the class of antidepressants stands
    for _ in range(10):
        if node.i in anchors:
            return True
        if node.dep_ not in ("pobj", "prep", "acl", "compound", "amod") or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ not in WORDS.class_preps:
            return False
        node = node.head
    return False


def compound_end(tok: Token) -> Token:
    """The last word of a hyphenated compound from `tok` on ('habit-forming' -> 'forming')."""
    while not tok.whitespace_ and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
        tok = tok.nbor(2)
    return tok


def describes_predicate(tok: Token, anchors: set[int], named: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether `tok` is the predicate's word, or describes its predicate noun or adjective (also the
    noun of an "as" phrase: "is known as a non-habit-forming medication"; not a named class there,
    which the prefix makes another one: "classified as a non-benzodiazepine sedative-hypnotic")."""
    for _ in range(5):
        if tok.i in anchors:
            return True
        if tok.dep_ in ("amod", "compound") and tok.head.dep_ == "pobj" and tok.head.i in named:
            return False
        as_phrase = tok.dep_ == "pobj" and tok.head.lower_ == FW.comparison_as
        if not as_phrase and tok.dep_ not in ("amod", "acomp", "attr", "compound", "oprd", "prep"):
            return False
        if tok.dep_ == "prep" and tok.lower_ != FW.comparison_as or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i in anchors


def reaches_predicate(tok: Token, word: str, anchors: set[int]) -> bool:
    """Whether a negation cue hangs on the unit head or the relation word (or follows the verb)."""
    governor = tok.head.head if word in WORDS.negating_determiners else tok.head
    if (
        word in WORDS.negating_determiners
        and tok.head.dep_ == "pobj"
        and tok.head.lemma_.lower() in WORDS.occasion_nouns
    ):
        governor = tok.head.head.head  # "Under no circumstances should X be used", "at no time"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    # "X are not controlled substances": the parser may hang "not" on the adjective, but right
    # after the clause's own verb it negates the predicate.
    after_verb = prev is not None and prev.i in anchors and prev.pos_ in ("AUX", "VERB")
    # "X is not habit forming": the parser may hang "not" on an auxiliary of the predicate word.
    on_auxiliary = tok.head.dep_ in ("aux", "auxpass") and tok.head.head.i in anchors
    return tok.head.i in anchors or governor.i in anchors or after_verb or on_auxiliary


def in_scope_phrase(tok: Token, lex: Lexicon) -> bool:
    """'not only', 'not all', 'not the only': a negation that limits a scope rather than denying the
    predicate."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_quote and nxt.i + 1 < len(tok.doc):
        nxt = tok.doc[nxt.i + 1]  # 'is not "just sedation"': the quotation mark opens the limited words
    if nxt is not None and nxt.pos_ == "DET" and nxt.i + 1 < len(tok.doc):
        nxt = tok.doc[nxt.i + 1]  # "not the only SSRI": the negation limits "only"
    if nxt is not None and nxt.lower_ in lex.cues["scope"]:
        return not graded_knowledge(nxt, lex)
    return any(c.lower_ in lex.cues["scope"] for c in tok.children)


def graded_knowledge(scope: Token, lex: Lexicon) -> bool:
    """'It isn't *entirely* clear how X works': a scope word before a word of knowledge ("clear",
    "understood": value `known`) grades the knowledge; the sentence says it is partly unknown, which
    is a denial of "known", not a limit on some other scope."""
    after = scope.doc[scope.i + 1] if scope.i + 1 < len(scope.doc) else None
    return after is not None and lex.cues["value"].get(after.lower_) == KNOWN


KNOWN = "known"  # the value of a knowledge word ("clear", "understood") in cues.csv


def debunked(unit: Unit) -> bool:
    """A clause reported in order to be denied: 'It is not true that X', 'A common myth is that X',
    'Websites incorrectly claim that X', 'The idea that X is wrong'."""
    if unit.kind not in ("ccomp", "acl", "relcl", "clause", "advcl"):
        return False
    gov = unit.head.head
    frame = [gov] + [
        c for c in gov.children if c.i != unit.head.i and c.dep_ in ("acomp", "attr", "nsubj", "advmod", "neg", "amod")
    ]
    if gov.head.i != gov.i and gov.dep_ in ("nsubj", "attr", "acomp"):  # "The idea that X is wrong"
        frame += [gov.head] + [c for c in gov.head.children if c.dep_ in ("acomp", "attr", "neg")]
    words = {t.lower_ for f in frame for t in (f, *[c for c in f.children if c.dep_ in ("amod", "advmod", "neg")])}
    if words & WORDS.debunk:
        return True
    if belief_then_but(unit, gov) or denied_evidence(gov):
        return True
    return bool(words & WORDS.not_words) and bool(words & WORDS.truth_words)


def denied_evidence(gov: Token) -> bool:
    """'There is no evidence that X', 'Studies have not shown that X', 'No research shows that X':
    the clause X is reported as lacking evidence, which the sentence puts forward as its denial."""
    lemma = gov.lemma_.lower()
    if lemma in WORDS.evidence_nouns:
        return any(c.dep_ == "det" and c.lower_ in WORDS.negating_determiners for c in gov.children) or scarce(gov)
    if lemma not in WORDS.evidence_verbs:
        return False
    if any(c.dep_ == "neg" for c in gov.children):
        return True
    subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.dep_ == "det" and d.lower_ in WORDS.negating_determiners for s in subjects for d in s.children)


def scarce(noun: Token) -> bool:
    """'*little* evidence that X', 'evidence that X *is limited*', 'the evidence that X is *weak*': an
    evidence noun said to be scarce (`scarce_evidence`), by its adjective or by the copula it is the
    subject of, reports X as lacking evidence, as "no evidence that X" does."""
    if any(c.dep_ == "amod" and c.lower_ in WORDS.scarce_evidence for c in noun.children):
        return True
    verb = noun.head
    after = noun.right_edge.i + 1
    if noun.dep_ == "conj" and after < len(noun.doc) and noun.doc[after].lemma_ == FW.copula:
        verb = noun.doc[after]  # "..., and evidence that X *is limited*": the parser may not make it the subject
    elif noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i:
        return False
    said = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    return any(t.lower_ in WORDS.scarce_evidence for t in said)


def belief_then_but(unit: Unit, gov: Token) -> bool:
    """'Many people think X, but Y', 'It is often said that X, but Y': a popular belief reported in
    order to be corrected."""
    if unit.kind not in ("ccomp", "clause") or gov.lemma_ not in WORDS.believe:
        return False
    holders = {t.lower_ for c in gov.children if c.dep_ == "nsubj" for t in c.subtree}
    # "It is often said that X, but ...": a passive verb of belief with a `belief_markers` word
    if not (holders & WORDS.holders or belief_marked(gov)) or holders & WORDS.expert_holders:
        return False
    return any(c.dep_ == "cc" and c.lower_ == FW.correction for c in gov.children) and any(
        c.dep_ == "conj" for c in gov.children
    )


def denied_sign(unit: Unit) -> bool:
    """'That doesn't mean gabapentin can't be abused', 'tapering does not guarantee that you will not
    have withdrawal': a clause under a denied verb of signifying or assuring (`sign_verbs`,
    `assurance_verbs`) is the inference the sentence turns down, so it says the opposite, as a
    possibility (the claim is also hedged)."""
    gov = unit.head.head
    return (
        unit.kind == "ccomp"
        and gov.i != unit.head.i
        and gov.lemma_.lower() in WORDS.sign_verbs | WORDS.assurance_verbs
        and any(c.dep_ == "neg" for c in gov.children)
    )


def denied_purpose(unit: Unit) -> bool:
    """'Doctors do not recommend Xanax to treat depression', 'The FDA has not approved the use of
    gabapentin to treat anxiety': an infinitive of purpose under a denied verb of endorsing is denied
    with it."""
    head = unit.head
    if unit.kind not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == FW.infinitive for c in head.children
    ):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    gov = head.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return gov.lemma_.lower() in WORDS.endorsing_verbs and any(c.dep_ == "neg" for c in gov.children)


def denied_sufficiency(unit: Unit) -> bool:
    """'Klonopin has not been studied well *enough* to be recommended in pregnancy': an infinitive
    of what would follow, under a denied "enough", is denied with it (it is not recommended)."""
    head = unit.head
    if unit.kind not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == FW.infinitive for c in head.children
    ):
        return False
    gov = head.head
    if gov.i == head.i or not any(c.dep_ == "neg" for c in gov.children):
        return False
    return any(t.dep_ == "advmod" and t.lower_ == FW.enough for t in gov.subtree if t.i < head.i)


def flip(polarity: str) -> str:
    """The other polarity.

    >>> flip("affirmed"), flip("negated")
    ('negated', 'affirmed')
    """
    return "negated" if polarity == "affirmed" else "affirmed"


def prefix_denied(noun: Token) -> bool:
    """Whether a negating prefix is joined to `noun` by a hyphen: "*non-*benzodiazepines"."""
    if noun.i < 2 or not hyphen_tail(noun):
        return False
    prefix = noun.doc[noun.i - 2]
    return prefix.lower_ in WORDS.negating_prefixes and not prefix.whitespace_


def comparative(tok: Token) -> bool:
    """'more likely to cause X than Y' compares; it does not hedge."""
    return tok.lower_ == FW.likely and any(c.lower_ in WORDS.comparative_degrees for c in tok.children)


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})  # inflected verbs: each carries its own tense (and "not")


def plain_not(verb: Token) -> bool:
    """Whether the verb is denied by a plain "not" on it alone (its auxiliary's, which a second finite
    verb does not share), not by "never" or "neither ... nor", which govern the whole coordination."""
    denials = [c for c in verb.children if c.dep_ in ("neg", "preconj") or c.lower_ in WORDS.correlative_negations]
    return bool(denials) and all(c.lower_ in WORDS.plain_negators for c in denials)


def advice_frame(head: Token, nested: bool = False) -> bool:
    """'It is important to V ...' (and its coordinated verbs): advice to the reader, not a claim.
    A reported clause under it ('It is important to note that X') is still judged. `nested`: the
    infinitive may hang on the adjective too ("It is advisable *to not take* ..."), as the advised
    verb's denial and command are read; what is hidden as an instruction keeps the narrower frame."""
    node = head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.lemma_ != FW.copula:
        return False
    children = list(node.children)
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == FW.expletive for c in children)
    advice = [c for c in children if c.dep_ == "acomp" and c.lower_ in WORDS.advice_words]
    complements = _complements(node) if nested else children
    return expletive and bool(advice) and any(c.dep_ in ("xcomp", "ccomp") for c in complements)


def _complements(copula: Token) -> list[Token]:
    """The copula's words and those of its complement: "It is advisable *to not take* ..." hangs the
    infinitive on "advisable"."""
    return [*copula.children, *(g for c in copula.children if c.dep_ == "acomp" for g in c.children)]


def advised_verb(head: Token) -> Token:
    """The verb an advice frame advises ("It is advisable not to *take* X with alcohol"), or the head."""
    verbs = (c for c in _complements(head) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))
    return next(verbs, head)


def means_beside_copula(head: Token, trig: Token) -> bool:
    """Whether the relation word is a means ("by increasing ...") hung on a copula whose attribute
    is another statement: "Ambien is a non-benzodiazepine medicine, by increasing the effects of
    GABA" claims the increase, so the denial in the attribute's "non-" is not this claim's."""
    return head.lemma_ == FW.copula and trig.i != head.i and trig.dep_ == "pcomp" and trig.head.lower_ == FW.means


def polarity(unit: Unit, own: list[Token], excluded: set[Token], trig_tok: Token | None, lex: Lexicon) -> str:
    """'negated' when an odd number of denials reach the unit's predicate, else 'affirmed'."""
    anchors = {unit.head.i} | ({trig_tok.i, trig_tok.head.i} if trig_tok is not None else set())
    if trig_tok is not None and means_beside_copula(unit.head, trig_tok):
        anchors.discard(unit.head.i)  # "X is a non-benzodiazepine drug, by increasing Y": the class is no claim here
    if advice_frame(unit.head, nested=True):
        anchors.add(advised_verb(unit.head).i)  # "It is advisable *not* to take X with alcohol"
    count = negations([t for t in own if t not in excluded], lex, anchors)
    if (
        unit.kind == "conj"
        and not count  # "is not a benzodiazepine and carries no risk": the second denial is its own
        and not any(
            c.dep_ in ("aux", "neg", "nsubj", "nsubjpass") and c.lower_ != FW.infinitive for c in unit.head.children
        )  # "unlikely to be abused or *to* cause addiction": the repeated "to" is no clause of its own
        and not (unit.head.tag_ in FINITE_TAGS and plain_not(unit.head.head))  # "is not X and causes Y"
        and not any(c.dep_ == "advmod" and c.lower_ in WORDS.additive_correlative for c in unit.head.children)
        and not any(c.dep_ == "cc" and c.lower_ in WORDS.contrastive_conjunctions for c in unit.head.head.children)
    ):
        count += negations(list(unit.head.head.children), lex, {unit.head.head.i})  # "does not X or Y"
        first = unit.head.head
        if not count and first.dep_ == "acomp" and first.head.dep_ == "xcomp":
            first = first.head  # "unlikely to be habit-forming or to cause X": the infinitive "be"
        if not count and first.dep_ == "xcomp" and first.head.i != first.i:  # "unlikely to be abused or lead to X"
            gov = first.head  # "is (not) (un)likely": the word the infinitive completes, and its copula's denial
            said = [gov, *(c for c in gov.head.children if c.dep_ == "neg")] if gov.head.i != gov.i else [gov]
            count += negations(said, lex, {gov.i, gov.head.i})
    if count % 2 and delayed_until(unit.head):
        count -= 1  # "SSRIs don't start working until after 4 weeks": they work, after 4 weeks
    if count % 2 and denied_rarity(unit.head):
        count -= 1  # "Insomnia is not a rare side effect of Paxil": it is one, and not rare
    if debunked(unit):
        count += 1  # "It is false that ...", "A common myth is that ...": the clause is denied
    if unit.kind in ("without", "contrast"):
        count += 1  # "works without affecting serotonin", "is X, not Y": denied
    if denied_purpose(unit) or denied_sufficiency(unit):
        count += 1  # "Doctors do not recommend Xanax to treat depression": the purpose is denied too
    if denied_sign(unit):
        count += 1  # "That doesn't mean X can't be abused": X can be
    if unit.kind == "advcl" and as_as_complement(unit.head):
        count += negations([c for c in unit.head.head.children if c.dep_ == "neg"], lex, {unit.head.head.i})
    if unit.kind == "example" and prefix_denied(unit.head.head):
        count += 1  # "non-benzodiazepines such as zolpidem": the examples are not of the class
    if unit.kind == "appos" and prefix_denied(unit.head):
        count += 1  # "Z-drugs, non-benzodiazepines": the appositive denies the class
    return "negated" if count % 2 else "affirmed"


def as_as_complement(head: Token) -> bool:
    """'Clonazepam is not *as short-acting as* alprazolam': the parser may read "acting" as a clause
    of its own, though the comparison is the copula's complement, and the copula's denial is its."""
    opens = any(c.dep_ == "advmod" and c.lower_ == FW.comparison_as and c.i < head.i for c in head.children)
    return opens and head.head.lemma_ == FW.copula  # "... as alprazolam (is)": the second "as" may hang anywhere


def denied_rarity(head: Token) -> bool:
    """'Insomnia is *not a rare* side effect', 'weight gain is *not uncommon*': the copula's denial
    is of the word of rarity (`rarity_adjectives`) on its attribute or complement, not of the effect."""
    if head.lemma_ != FW.copula or not any(c.dep_ == "neg" for c in head.children):
        return False
    said = [c for c in head.children if c.dep_ == "acomp"]
    said += [a for c in head.children if c.dep_ == "attr" for a in c.children if a.dep_ == "amod"]
    return any(t.lower_ in WORDS.rarity_adjectives for t in said)


def delayed_until(head: Token) -> bool:
    """'does not work *until* it has been taken for weeks', 'won't take effect until 6 weeks': a denial
    with a time it lasts until says when the thing happens, not that it does not (a preposition or a
    clause opened by `until` on the predicate)."""
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]  # "don't start working until ..."
    if not any(onset_verb(v) for v in verbs) or not said_of_a_drug(head):
        return False  # "You should not take Xanax with opioids until ...": a prohibition, not a delay
    return any(
        (c.dep_ == "prep" and c.lower_ == FW.until)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == FW.until for m in c.children))
        for v in verbs
        for c in v.children
    )


def onset_verb(verb: Token) -> bool:
    """A verb of a drug starting to work: "work", "kick in", "take *effect*" (not "take Xanax")."""
    lemma = verb.lemma_.lower()
    if lemma == FW.take:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS.benefit_nouns for c in verb.children)
    return lemma in WORDS.onset_verbs


def said_of_a_drug(head: Token) -> bool:
    """A clause with a subject that is not the reader or a person ("you", "we"), and no modal of
    advice ("should", "must"): what a drug does, not what someone should do."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in WORDS.personal_pronouns for s in subjects):
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() in WORDS.deontic for c in head.children)


def set_aside(tok: Token) -> bool:
    """Whether the token is in a phrase that sets its words aside (`aside_preps`: "unlike", "beyond")."""
    return any(a.dep_ == "prep" and a.lower_ in WORDS.aside_preps for a in tok.ancestors)


def phrase_value(own: list[Token], lex: Lexicon) -> str | None:
    """A value cue of several words ("right away": fast) among the unit's words, in order."""
    said = " " + " ".join(t.lower_ for t in sorted(own, key=lambda t: t.i)) + " "
    return next((v for p, v in lex.cues["value"].items() if " " in p and f" {p} " in said), None)


def in_open_question(tok: Token) -> bool:
    """Whether a word sits in a clause opened by "whether" ("the choice turns on *whether quick relief
    is wanted* or a long-term option"): an open question, whose words are no value the clause gives.
    A relative clause or an apposition inside it says what it says ("whether Valium, *which has a long
    half-life*, suits you")."""
    for a in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ == FW.whether for c in a.children):
            return True
        if a.dep_ in ("relcl", "acl", "appos"):
            return False
    return False


def in_destination_phrase(tok: Token) -> bool:
    """Whether a word sits in the phrase a switch goes to, beside one it comes from ("switch patients
    from Xanax *to a longer-acting benzodiazepine*"): its value is the destination's, not the drug's."""
    return any(
        a.dep_ == "prep"
        and a.lower_ in WORDS.destination_preps
        and any(c.dep_ == "prep" and c.lower_ in WORDS.origin_preps for c in a.head.children)
        for a in tok.ancestors
    )


def in_source_phrase(tok: Token) -> bool:
    """Whether a word sits in a phrase naming where something comes from or what is set aside
    ("switching to Valium *from a short half-life benzo*"): its value is that other thing's."""
    return any(a.dep_ == "prep" and a.lower_ in WORDS.origin_preps for a in tok.ancestors)


def asked(tok: Token) -> bool:
    """'how *long* it stays in your system', 'how *fast* it works': the word a question asks about is
    no value the clause gives."""
    return tok.i > 0 and tok.nbor(-1).lower_ == FW.how


def known_for(tok: Token) -> bool:
    """'known for its calming effects', 'known chiefly for its use as an anxiolytic': what the subject is
    noted for, which it has (not a grade of knowledge)."""
    return tok.lemma_.lower() == FW.know and any(c.dep_ == "prep" and c.lower_ == FW.purpose for c in tok.children)


def names_as(tok: Token) -> bool:
    """'known as X', 'is known as a non-benzodiazepine': a name or class given, not a value cue."""
    return any(c.dep_ == "prep" and c.lower_ == FW.comparison_as for c in tok.children)


def alternative_value(cue: Token, value: str | None, lex: Lexicon) -> bool:
    """Whether the value word is offered with another value as an alternative ("rapidly *or* more
    gradually", "short- or long-acting"): a conjunct of it, joined by "or", whose value differs."""
    others = [c for c in (*cue.conjuncts, *cue.subtree) if c.i != cue.i and lex.is_cue("value", c.lower_)]
    joined = any(c.dep_ == "cc" and c.lower_ == FW.disjunctive for c in (*cue.children, *cue.head.children))
    return joined and any(lex.cue("value", c.lower_) != value for c in others)


def reading(unit: Unit, own: list[Token], excluded: set[Token], trig_tok: Token | None, lex: Lexicon) -> Reading:
    """Polarity, modality, indirectness and value word of a unit."""
    said = polarity(unit, own, excluded, trig_tok, lex)
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    hedges = {t.lemma_.lower() for t in own if not comparative(t)} | {t.lower_ for t in own if not comparative(t)}
    # "Some studies suggest that X": a hedging reporter hedges what it reports
    reported = unit.kind == "ccomp" and unit.head.head.lemma_.lower() in lex.cues["hedge"]
    reported = reported or denied_sign(unit)  # "doesn't mean X is safe": X may not be, no more
    modality = "hedged" if (hedges & set(lex.cues["hedge"])) or reported else "asserted"
    # "benzodiazepines (sometimes called benzos)": a word of the name's use, not of the effect
    indirect = any(
        (t.lower_ in lex.cues["indirect"] or t.lemma_.lower() in lex.cues["indirect"])
        and t.head.lemma_.lower() not in WORDS.naming_verbs
        for t in own
    )
    # a value word of a phrase set aside is not the claim's: "Unlike quick-acting benzos such as Ativan, ..."
    kept = [t for t in own if not set_aside(t) and not in_open_question(t) and not in_destination_phrase(t)]
    kept = [t for t in kept if not (t.dep_ == "acl" and names_as(t))]  # "X, also known as Y, is ...": a name
    cue = next((t for t in kept if lex.is_cue("value", t.lower_) and not in_source_phrase(t) and not asked(t)), None)
    phrase = (
        phrase_value(kept, lex) if unit.head.lemma_.lower() in WORDS.onset_verbs | WORDS.fast_relief_verbs else None
    )
    value = lex.cue("value", cue.lower_) if cue is not None else phrase
    if cue is not None and alternative_value(cue, value, lex):
        value = None  # "works quickly or slowly, depending on the person": neither is said
    if value == "known" and cue is not None and known_for(cue):
        value = None  # "Valium is known for its calming effects": it has them, no one's knowledge is graded
    if value in ("known", "unknown") and cue is not None and cue.dep_ == "amod":
        value, modality = None, "hedged"  # "no known risk of addiction": a hedge on the object, no value
    if value == "known" and said == "negated" and not (cue is not None and names_as(cue)):
        value, said = "unknown", "affirmed"
    if value == "known" and cue is not None and any(c.lower_ in WORDS.knowledge_limiters for c in cue.children):
        value = "unknown"  # "mechanisms that are still poorly understood": not known
    if said == "negated" and value is None and unknown_how(own, lex):
        value, said = "unknown", "affirmed"  # "Nobody knows how buspirone relieves anxiety": it does; how, unknown
    return Reading(said, modality, indirect, value, frozenset(words))


def unknown_how(own: list[Token], lex: Lexicon) -> bool:
    """Whether a denied verb of knowing governs a question clause ("nobody knows *how* X works",
    "scientists do not know *exactly how* it relieves anxiety"): the denial is of knowledge, not of
    what X does ("not advisable to drive until you know how it affects you" denies something else)."""
    for t in own:
        if t.lemma_.lower() != FW.know:
            continue
        denied = any(c.dep_ in ("neg", "nsubj") and c.lower_ in lex.cues["negation"] for c in t.children)
        asks = any(c.dep_ == "ccomp" and any(w.lower_ in WORDS.question_openers for w in c.subtree) for c in t.children)
        if denied and asks:
            return True
    return False
