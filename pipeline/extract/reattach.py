"""Stage 2c, parse repairs of clauses the small English model hangs on a noun.

Coordinated means ("works by binding to X and increasing Y release"): the model often reads a second
means as a noun phrase joined to the first means' object: in "works by binding to GABA receptors and
increasing serotonin release" it makes "increasing" an adjective of "release" and "release" a conjunct
of "receptors", so the sentence seems to bind serotonin and the second means (the myth, often) is never
read. This stage hangs the gerund back on the first means as its conjunct, with the noun as its object,
when the gerund is a relation word ("increasing", "lowering", "blocking") and the first means is itself
a gerund. The model also joins a second means to the first means' object as a modifier of the next noun
("by blocking the release of glutamate and increasing GABA levels": "glutamate and increasing" both
modify "levels") or as that object's conjunct; the gerund is then hung on the first means too.

Results ("acts by binding to the receptor resulting in a fall in its function"): without a comma the
model hangs "resulting" on the last noun as its modifier, so the result is read as part of the noun
phrase and the clause seems only to bind. A result participle (`result_participles`) on an object
noun is the result of the clause: it is hung on the clause's verb as an adverbial clause, as if the
comma were there.

Verbs read as nouns after a class ("Medicines in this class act by attaching to GABA-A receptors"):
the model often reads "class act" as a compound noun, so the sentence seems to have no verb and its
subject is left with nothing said of it. When a plural noun is the sentence's root, and the object of
its "in this class" is a word that is also a verb (`noun_verbs`: "act", "work", "cause") with the
class noun as its compound, the word is made the sentence's verb, the noun its subject, and the class
noun the object of "in" again.

Verbs read as nouns after an example ("Benzodiazepines such as Valium cause drowsiness"): the same
misreading, after a class and one example of it: the model makes "Valium cause drowsiness" one noun
phrase, or "Xanax work" the object of "like", and the sentence has no verb. When a plural noun is the
sentence's root, with no verb of its own, and a word of `noun_verbs` comes right after the one
example of its "such as" or "like", the word is made the sentence's verb, the noun its subject, the
example the object of "as" or "like" again, and the noun phrase the word closed ("drowsiness") its
object.

Lists without "and" ("side effects include drowsiness, euphoria, hallucinations"): the model makes
the last member the head noun and hangs the list on it as a modifier, so every member seems to speak of
the last one. The last member is made the list's last conjunct, and the first takes its place.

Names read as subjects ("Clonazepam, otherwise called Klonopin is a benzodiazepine"): without a comma
after the name the model makes the noun the root and the name the subject of "as ... is ...". The verb
is made the root, the noun its subject, and the name the object of "as".

Named subjects ("Benzodiazepines, commonly referred to as benzos, are sedatives"): the model often
makes the subject the subject of the naming participle and leaves the main verb without one. A main
verb with no subject whose first clause is a participle of naming (`naming_verbs`) with a subject of
its own, set off by commas, gets that subject back; the participle then describes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from .words import FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

GERUND = "VBG"
PARTICIPLES = ("VBN", "VBD")  # "commonly referred to as", tagged either way
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PLURAL_NOUNS = ("NNS", "NNPS")
EXAMPLE_PREPS = frozenset(m.split()[-1] for m in WORDS.example_markers)  # "such *as*", "*like*"


def reattach_clauses(doc: Doc, lex: Lexicon) -> None:
    """Repair every coordinated means, every result hung on a noun and every subject a naming
    participle took in `doc`, in place (see the module's docstring)."""
    for root in [sent.root for sent in doc.sents]:  # read before any repair moves a head
        _verb_after_class(root)
        _verb_after_example(root)
        _subject_after_aside(root)
        _name_read_as_subject(root)
    for tok in [t for t in doc if t.lower_ in WORDS.specifying_adverbs]:
        _specified_noun(tok)
    for tok in [t for t in doc if t.dep_ == "appos"]:
        _gloss_of_the_nearest(tok)
        _member_after_aside(tok)
    for tok in [t for t in doc if t.dep_ in ("nmod", "compound", "amod") and t.pos_ in ("NOUN", "PROPN")]:
        _last_member_as_head(tok)
    nouns = [t for t in doc if t.dep_ in ("conj", "pobj") and t.pos_ in ("NOUN", "PROPN")]
    for tok in [t for t in nouns if t.dep_ == "conj" or t.pos_ == "PROPN"]:
        _subject_of_next_clause(tok)
    wanted = {doc.vocab.strings[t] for t in (GERUND, *PARTICIPLES)}
    tags = doc.to_array("TAG")  # one array: most docs have none of these tags, and a Token is dear
    for i in (i for i, tag in enumerate(tags.tolist()) if tag in wanted):
        tok = doc[i]
        tag = tok.tag_
        if tag == GERUND:
            _gerund(tok, lex)
        elif tag in PARTICIPLES and tok.dep_ == "ccomp" and tok.lemma_.lower() in WORDS.naming_verbs:
            _named_subject(tok.head, tok)


def _gerund(tok: Token, lex: Lexicon) -> None:
    """A second means read as a noun's adjective, or a result read as a noun's modifier."""
    dep = tok.dep_
    if dep == "amod" and lex.triggers_from(tok.lemma_):
        first = _first_means(tok)
        if first is not None:
            _hang(tok, first)
    elif dep == "conj" and tok.head.dep_ in ("amod", "compound", "pobj") and lex.triggers_from(tok.lemma_):
        _hang_beside_modifier(tok)
    elif dep == "acl" and tok.lemma_ in WORDS.result_participles:
        verb = _clause_verb(tok.head)
        if verb is not None:
            tok.head, tok.dep_ = verb, "advcl"


def _last_member_as_head(first: Token) -> None:
    """'include sleepiness, euphoria, memory problems, hallucinations': in a list with no "and"
    the model makes the last member the head noun and hangs the others on it as its modifier. When a
    noun modifier opens a list of conjuncts and its head comes right after the last conjunct and a
    comma, the head is made the list's last member (see the module's docstring)."""
    head = first.head
    members = [c for c in first.conjuncts if c.i > first.i]
    if head.i <= first.i or not members or head.pos_ not in ("NOUN", "PROPN") or head.head.i == head.i:
        return  # (a list that is the sentence's root is left as parsed)
    if head.head.i in {t.i for t in first.subtree}:
        return
    last = max(members, key=lambda t: t.i)
    start = min([head.i] + [c.left_edge.i for c in head.lefts if c.i != first.i])  # "..., severe hallucinations"
    comma = head.doc[start - 1] if start > 0 else None
    if comma is None or comma.text != "," or last.right_edge.i not in (comma.i - 1, comma.i) or last.i > head.i:
        return
    first.head, first.dep_ = head.head, head.dep_  # (first, while it still hangs below the head)
    head.head, head.dep_ = first, "conj"


CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "pcomp", "xcomp", "ccomp"})


def _specified_noun(adverb: Token) -> None:
    """'Ambien is a CNS depressant that acts by changing chemical messengers in the brain,
    *specifically* GABA': the model hangs the phrase after the comma on the main verb, and the main
    clause seems to say something of GABA. A phrase a specifying adverb opens (`specifying_adverbs`)
    names what the noun before the comma is; when that noun sits in a clause of its own, the phrase
    is hung on it as an appositive."""
    doc = adverb.doc
    phrase = adverb.head
    named = phrase.pos_ in ("NOUN", "PROPN") or phrase.text[:1].isupper()  # "GABA" may be tagged an adjective
    if adverb.i < 2 or doc[adverb.i - 1].text != "," or not named:
        return
    before = doc[adverb.i - 2]
    if phrase.head.dep_ != "ROOT" or phrase.i < adverb.i or before.pos_ not in ("NOUN", "PROPN"):
        return
    clauses = [a for a in before.ancestors if a.i != phrase.head.i and a.dep_ in CLAUSE_DEPS]
    if clauses:
        phrase.head, phrase.dep_ = before, "appos"


def _gloss_of_the_nearest(appos: Token) -> None:
    """'Buspirone and Xanax (alprazolam)': the model hangs the parenthesis on the list's first member;
    a gloss in parentheses right after a later member is that member's (see the module's docstring)."""
    opening = appos.left_edge
    if opening.text != "(" and opening.i > 0:
        opening = appos.doc[opening.i - 1]  # the parenthesis may hang elsewhere
    if opening.text != "(" or opening.i == 0:
        return
    before = appos.doc[opening.i - 1]
    member = before
    while member.dep_ == "conj" and member.head.i != appos.head.i and member.head.i < member.i:
        member = member.head  # "X (A), Y (B), and Z (C)": C may hang on X, two members back
    if before.dep_ == "conj" and member.head.i == appos.head.i:
        closing = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
        for mark in (opening, closing):
            if mark is not None and mark.text in ("(", ")") and mark.head.i == appos.head.i:
                mark.head = before  # the parentheses go with what they hold
        appos.head = before


def _member_after_aside(appos: Token) -> None:
    """'X (the generic name for Y) and Z are ...': Z joined to the noun inside the parentheses is a
    member of the list X opens (see the module's docstring)."""
    doc = appos.doc
    opening = appos.left_edge if appos.left_edge.text == "(" else doc[max(appos.left_edge.i - 1, 0)]
    closing = next((t for t in doc[appos.i + 1 : appos.sent.end] if t.text == ")"), None)
    if opening.text != "(" or closing is None or appos.head.i == appos.i:
        return
    inside = [t for t in appos.subtree if t.dep_ in ("conj", "cc") and t.i > closing.i and t.head.i < closing.i]
    for member in inside:
        member.head = appos.head


def _subject_of_next_clause(noun: Token) -> None:
    """'A is a B and C is a D': C read as a conjunct of B becomes the subject of the second "is" (see
    the module's docstring)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.i == 0:
        return
    verb, link = doc[noun.i + 1], doc[noun.i - 1]
    if verb.dep_ != "conj" or verb.pos_ not in ("AUX", "VERB") or not verb.head.is_ancestor(noun):
        return
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return
    if noun.dep_ == "conj" and link.dep_ == "cc":
        link.head = verb.head
    elif noun.dep_ != "pobj":  # a table's cells run together: "... in the United States Alprazolam is ..."
        return
    noun.head, noun.dep_ = verb, "nsubj"


def _verb_after_class(root: Token) -> None:
    """'Medicines in this class act on ...' read as a noun phrase: make "act" the verb (see the
    module's docstring)."""
    if root.tag_ not in PLURAL_NOUNS or any(c.dep_ in SUBJECT_DEPS or c.pos_ == "AUX" for c in root.children):
        return
    prep = next((c for c in root.children if c.dep_ == "prep" and c.i == root.i + 1), None)
    if prep is None:
        return
    word = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if word is None or word.lower_ not in WORDS.noun_verbs or word.i + 1 >= len(root.doc):
        return
    noun = next((c for c in word.children if c.dep_ == "compound" and c.lemma_.lower() in WORDS.class_nouns), None)
    if noun is None or noun.i != word.i - 1:
        return
    for child in list(word.children) + [c for c in root.children if c.i > word.i]:
        if child.i != noun.i:
            child.head = word if child.head.i == root.i else child.head
        if child.dep_ == "det":
            child.head = noun
    noun.head, noun.dep_ = prep, "pobj"
    word.head, word.dep_, word.pos_, word.tag_ = word, "ROOT", "VERB", "VBP"
    root.head, root.dep_ = word, "nsubj"


def _verb_after_example(root: Token) -> None:
    """'Benzodiazepines such as Valium cause drowsiness' read as a noun phrase: make "cause" the verb
    (see the module's docstring)."""
    if not _plural_noun(root) or any(c.pos_ in ("VERB", "AUX") for c in root.children):
        return
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS), None)
    word = None if prep is None else next((t for t in prep.subtree if _verb_read_as_noun(t, prep)), None)
    if prep is None or word is None:
        return
    closed = word.head if word.dep_ == "compound" and word.head.i > word.i else None
    for tok in [t for t in root.sent if t.i > word.i and t.head.i in (root.i, prep.i)]:
        tok.head = word
    if closed is not None:
        closed.head, closed.dep_ = word, "dobj"
    _hang_examples(root.doc[prep.i + 1 : word.i], prep)
    word.head, word.dep_, word.pos_, word.tag_ = word, "ROOT", "VERB", "VBP"
    root.head, root.dep_ = word, "nsubj"


def _plural_noun(tok: Token) -> bool:
    """A plural noun, or a proper noun the tagger took for one name ("Benzos")."""
    return tok.tag_ in PLURAL_NOUNS or (tok.tag_ == "NNP" and tok.lower_.endswith(FW.plural_suffix))


def _verb_read_as_noun(tok: Token, prep: Token) -> bool:
    """`tok` is a word of `noun_verbs` read as a noun of the list right after the examples of `prep`: single nouns,
    joined by commas and conjunctions ("such as Xanax and Valium *cause* ...")."""
    examples = tok.doc[prep.i + 1 : tok.i]
    return (
        tok.lower_ in WORDS.noun_verbs
        and tok.dep_ in ("pobj", "compound", "conj")  # hung in the list, whatever its tag
        and len(examples) > 0
        and all(t.pos_ in ("PROPN", "NOUN", "CCONJ", "PUNCT") for t in examples)
        and examples[0].pos_ in ("PROPN", "NOUN")
        and examples[-1].pos_ in ("PROPN", "NOUN")
    )


def _hang_examples(examples: Span, prep: Token) -> None:
    """The first example the object of `prep`, the others its conjuncts, the words between them links."""
    first = examples[0]
    first.head, first.dep_ = prep, "pobj"
    for tok in examples[1:]:
        tok.head = first
        tok.dep_ = "conj" if tok.pos_ in ("PROPN", "NOUN") else ("cc" if tok.pos_ == "CCONJ" else "punct")


def _subject_after_aside(root: Token) -> None:
    """'Unlike drugs such as A or B, C works slowly' read with C as a third conjunct of the list:
    give the verb C as its subject (see the module's docstring)."""
    start = root.sent.start
    aside = next((c for c in root.children if c.dep_ == "prep" and c.i == start), None)
    if aside is None or aside.lower_ not in WORDS.aside_preps:
        return
    comma = next((t for t in root.doc[start : root.i] if t.text == ","), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if comma is None or (subject is not None and not aside.i < subject.i < comma.i):
        return  # no subject at all, or one inside the contrast
    real = root.doc[comma.i + 1]
    if real.i >= root.i or real.dep_ != "conj" or real.pos_ not in ("PROPN", "NOUN") or real.head.i > comma.i:
        return
    if subject is not None:
        subject.head, subject.dep_ = aside, "pobj"
    real.head, real.dep_ = root, (subject.dep_ if subject is not None else "nsubj")
    comma.head = root


def _name_read_as_subject(root: Token) -> None:
    """'Clonazepam, otherwise called Klonopin is a benzodiazepine' (no comma after the name): the
    model makes the noun the root, the name the subject of "as ... is ..." under the naming
    participle. The verb is made the root with the noun its subject, and the name the object of "as"
    again (see the module's docstring)."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    for namer in (c for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in WORDS.naming_verbs):
        for verb in (c for c in namer.children if c.dep_ == "advcl" and c.i > namer.i):
            mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ == FW.example_as), None)
            name = next((n for n in verb.children if n.dep_ == "nsubj"), None)
            if mark is None or name is None or not any(c.dep_ in ("attr", "acomp", "dobj") for c in verb.children):
                continue
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "nsubj"
            mark.head, mark.dep_ = namer, "prep"
            name.head, name.dep_ = mark, "pobj"
            return


def _named_subject(root: Token, clause: Token) -> None:
    """Give `root` the subject the naming participle `clause` before it took ("X, commonly called Y,
    is ...")."""
    if root.dep_ != "ROOT" or clause.i > root.i or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.i + 1 >= len(root.doc) or root.doc[subject.i + 1].text != ",":
        return
    subject.head, subject.dep_ = root, "nsubj"
    clause.head, clause.dep_ = subject, "acl"


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose object (or object of a preposition) `noun` is, within a few steps up: the
    clause's own verb past a means ("acts by binding to X"), or the means when no verb is above it."""
    node, means = noun, None
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "dobj", "pcomp") or node.head.i == node.i:
            return means
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "pcomp":
            return node
        means = means or (node if node.pos_ == "VERB" else None)
    return means


def _first_means(gerund: Token) -> Token | None:
    """The gerund of the first means when `gerund` opens a noun conjunct of its object, else None."""
    noun = gerund.head
    if noun.dep_ != "conj" or gerund.i == 0 or gerund.i > noun.i:
        return None
    return _means_above(noun.head) if _linked(gerund) else None


def _hang_beside_modifier(gerund: Token) -> None:
    """'by blocking the release of glutamate and increasing GABA levels': the model joins the second
    means to the first means' object as a modifier of the next noun ("glutamate and increasing" both
    modify "levels"), or as a conjunct of that object with an object of its own ("glutamate and
    boosting GABA levels"). The modifier goes back to its preposition, and the gerund, with the noun
    as its object, becomes a conjunct of the first means."""
    modifier = gerund.head
    if gerund.i == 0 or not _linked(gerund):
        return
    if modifier.dep_ == "pobj":
        first = _means_above(modifier.head)
        if first is not None and any(c.dep_ == "dobj" for c in gerund.children):
            _join_means(gerund, first)
        return
    noun = modifier.head
    first = _means_above(noun.head) if modifier.i < gerund.i < noun.i and noun.dep_ == "pobj" else None
    if first is None:
        return
    modifier.head, modifier.dep_ = noun.head, "pobj"
    _join_means(gerund, first)
    noun.head, noun.dep_ = gerund, "dobj"


def _join_means(gerund: Token, first: Token) -> None:
    """Make `gerund` a conjunct of the first means, with the conjunction before it as their link."""
    link = gerund.doc[gerund.i - 1]
    link.head, link.dep_ = first, "cc"
    gerund.head, gerund.dep_ = first, "conj"


def _linked(gerund: Token) -> bool:
    """The word before `gerund` is a list conjunction ("and increasing")."""
    link = gerund.doc[gerund.i - 1]
    return link.dep_ == "cc" and link.lower_ in WORDS.list_conjunctions


def _means_above(node: Token) -> Token | None:
    """The gerund of a means at most four steps up from `node` ("to GABA receptors" -> "binding")."""
    for _ in range(4):  # up from the first object: "to GABA receptors" -> "binding"
        if node.tag_ == GERUND and node.pos_ == "VERB":
            return node
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "dobj", "conj"):
            return None
        node = node.head
    return None


def _hang(gerund: Token, first: Token) -> None:
    """Make `gerund` a conjunct of `first`, its noun its object and the conjunction its link."""
    noun = gerund.head
    _join_means(gerund, first)
    noun.head, noun.dep_ = gerund, "dobj"
