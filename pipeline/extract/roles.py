"""Stage 3, roles: which tokens of a unit are its subject, which word states its relation, which
entity mentions are its subjects and objects, and what is left out of them (conditions, causes,
denied alternatives, qualifiers, a source).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..lexicon import Lexicon, Trigger
from ..types import EntityRef
from .mentions import Mentions, mention_ids, refs_in
from .units import Unit, belief_marked, contrast_subject, is_means_gerund, is_verbal, walk_up
from .words import DOMAIN, DRUG_TYPES, FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RefPairs = list[tuple["Token", EntityRef]]  # (mention root, the entity it refers to)


def named_by_participle(verb: Token, subject: Token) -> set[Token]:
    """'benzodiazepines and a class of sleep medicines often called Z-drugs': a bare participle of
    naming ("called", no auxiliary) names only the nearest conjunct, not the whole coordination."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in WORDS.naming_verbs:
        return set()
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return set()
    conjuncts = [c for c in subject.subtree if c.dep_ == "conj" and c.head.i == subject.i]
    if not conjuncts:
        return set()
    last = conjuncts[-1]
    return set(last.subtree)


# What hangs on a listed example without being one of the names: "sertraline *over benzodiazepines*",
# "diazepam, *which* ...".
NOT_A_NAME = frozenset({"prep", "relcl", "acl", "advcl"})


def example_members(unit: Unit) -> set[Token]:
    """The names an example phrase lists ("such as sertraline and paroxetine over benzodiazepines for
    long-term use": sertraline, paroxetine), without what hangs on them (the drugs passed over, a use)."""
    first = next((c for c in unit.head.children if c.dep_ == "pobj"), None)
    own = set(unit.own)
    out: set[Token] = set()
    todo = [first] if first is not None else []
    while todo:
        tok = todo.pop()
        out.add(tok)
        hung = [t for c in tok.children if c.dep_ in NOT_A_NAME for t in c.subtree]
        if any(t.pos_ in ("VERB", "AUX") and t in own for t in hung):
            return set()  # "such as Xanax work by releasing ...": the sentence's verb hangs on it; read it whole
        todo.extend(c for c in tok.children if c.dep_ not in NOT_A_NAME)
    return out & own


def subject_tokens(unit: Unit) -> set[Token]:
    """The tokens of the unit's subject (empty when it has none of its own)."""
    if unit.kind == "contrast":
        return set(contrast_subject(unit))
    if unit.kind == "appos":
        noun = unit.head.head
        return set(noun.doc[noun.left_edge.i : noun.i + 1])
    if unit.kind == "example":
        return example_members(unit) or {t for t in unit.own}
    subjects = [c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    if len(subjects) > 1 and subjects[0].lower_ == FW.complementizer and not list(subjects[0].children):
        subjects = subjects[1:]  # 'evidence "that" benzodiazepines raise X': the clause's subject follows
    if (
        len(subjects) > 1
        and subjects[0].lemma_.lower() in WORDS.drug_nouns
        and subjects[1].left_edge.i == subjects[0].i + 1
        and subjects[1].pos_ in ("PROPN", "NOUN")
    ):  # "The drug Gabapentin is ...": the parser split "the drug X" into two subjects
        return set(subjects[0].subtree) | set(subjects[1].subtree)
    for child in subjects[:1]:
        return named_by_participle(unit.head, child) or set(child.subtree)
    for aux in unit.head.children:  # "doses ... are not recommended": the parser hung the subject on "are"
        if aux.dep_ in ("aux", "auxpass") and aux.i < unit.head.i:
            for child in aux.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return set(child.subtree)
    if unit.head.pos_ == "VERB":
        # The parser sometimes takes a sentence-initial subject for a compound of the verb.
        nominal = [
            c for c in unit.head.lefts if c.dep_ in ("compound", "npadvmod", "nmod") and c.pos_ in ("NOUN", "PROPN")
        ]
        return {t for c in nominal for t in c.subtree}
    return set()


def in_circumstance(tok: Token, subj_toks: set[Token]) -> bool:
    """Whether `tok` sits in a 'during a taper' / 'after a dose' phrase inside the subject."""
    node = tok
    while node in subj_toks and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in WORDS.circumstance:
            return True
        node = node.head
    return False


def expletive(unit: Unit) -> bool:
    """'It is important to ...', 'It is not clear how ...': an 'it' that refers to nothing."""
    head = unit.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "expl")]
    return (
        len(subj) == 1
        and subj[0].lower_ == FW.expletive
        and head.lemma_ in WORDS.copulas
        and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in head.children)
        or (len(subj) == 1 and subj[0].dep_ == "expl")
        or extraposed_how(head)
        or (
            # "It may take 30 hours for the body to clear half a dose"
            len(subj) == 1
            and subj[0].lower_ == FW.expletive
            and head.lemma_ == FW.take
            and any(t.lower_ == FW.purpose for t in head.subtree)
            and any(t.lower_ == FW.infinitive for t in head.subtree)
        )
    )


def extraposed_how(head: Token) -> bool:
    """'It is not fully understood how gabapentin works': a passive verb whose subject "it" stands for
    the "how" clause after it, not for anything named before."""
    subj = [c for c in head.children if c.dep_ == "nsubjpass"]
    return (
        len(subj) == 1
        and subj[0].lower_ == FW.expletive
        and any(c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ == FW.how for c in head.children)
    )


def denied_tokens(own: list[Token]) -> set[Token]:
    """Denied alternatives: 'without X', 'rather than X', 'instead of X', '..., not from Y'; and what a
    clause sets aside: 'beyond X', 'apart from X' (X is not what it speaks of)."""
    out: set[Token] = set()
    for tok in own:
        nxt = next_token(tok) if tok.lower_ in WORDS.alternative_words else None
        if tok.lower_ == FW.without and tok.dep_ == "prep":
            out |= set(tok.subtree)
        elif sets_aside(tok) and tok.dep_ == "prep":
            nested = {t for c in tok.subtree if c.dep_ == "prep" and c.i != tok.i for t in c.subtree}
            if tok.lower_ not in WORDS.preference_preps:
                nested = set()  # "outside its approved uses in epilepsy": the epilepsy is set aside too
            out |= set(tok.subtree) - nested  # "over paroxetine for older adults": the adults stay
        elif nxt is not None and nxt.lower_ in WORDS.alternative_links:
            out |= set(tok.subtree) | (set(nxt.subtree) if nxt.head.i != tok.i else set())
            # "tapered gradually rather than stopped abruptly": whatever follows, to the clause's end
            for later in own:
                if later.i > nxt.i and not any(p.is_punct and nxt.i < p.i < later.i for p in own):
                    out.add(later)
        elif tok.lower_ in WORDS.alternative_noun_links and tok.head.lemma_.lower() in WORDS.alternative_nouns:
            out |= set(tok.subtree)  # "an alternative to benzodiazepines": not one of them
        elif tok.dep_ == "neg" and tok.head.pos_ in ("ADP", "NOUN", "PROPN") and not has_subject(tok.head):
            out |= {t for t in tok.head.subtree if t.i > tok.i}  # "inhibitory, not excitatory": only what follows
        elif contrast_on_modifier(tok):
            out |= {t for t in tok.head.head.subtree if t.i > tok.i}  # "a sedative-hypnotic, not a benzodiazepine"
    return out


def contrast_on_modifier(tok: Token) -> bool:
    """', not a Y' that the parser hangs on a modifier of Y ("is a sedative-hypnotic, *not* a
    benzodiazepine", with "hypnotic" read as an adjective of "benzodiazepine"): Y is denied."""
    if tok.dep_ != "neg" or tok.head.dep_ != "amod" or tok.i < 1 or tok.i + 1 >= len(tok.doc):
        return False
    noun = tok.head.head
    return tok.doc[tok.i - 1].text == "," and tok.doc[tok.i + 1].dep_ == "det" and noun.i > tok.i


def sets_aside(tok: Token) -> bool:
    """'beyond', 'besides', 'apart from', 'in addition to' (`aside_preps`): the phrase names what the
    clause is not about ("Beyond depression, escitalopram is prescribed off-label for OCD"); so does
    the alternative passed over by a verb of preference ("recommends sertraline *over* paroxetine")."""
    if tok.lower_ in WORDS.preference_preps and tok.head.lemma_.lower() in WORDS.preference_verbs:
        return True  # "recommends sertraline over paroxetine": paroxetine is what is not recommended
    return tok.lower_ in WORDS.aside_preps or f"{tok.head.lower_} {tok.lower_}" in WORDS.aside_preps


def next_token(tok: Token) -> Token | None:
    """The token after `tok` in its doc (None at the end); built only when a rule needs it."""
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def has_subject(tok: Token) -> bool:
    """Whether `tok` heads a clause of its own ("X is not habit forming", misparsed with "habit" as
    its head): a "not" on it denies the predicate, it names no alternative."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def cause_adjunct_tokens(own: list[Token], trig_tok: Token | None) -> set[Token]:
    """Tokens that are not objects of the relation: causes ('due to X'), comparisons ('as with X')."""
    out: set[Token] = set()
    for tok in own:
        if (
            tok.dep_ == "prep"
            and tok.i < tok.head.i
            and (
                tok.lower_ in WORDS.comparison_preps
                or (
                    tok.lower_ == FW.comparison_as
                    and (nxt := next_token(tok)) is not None
                    and nxt.lower_ == FW.companion
                )
            )
        ):
            out |= set(tok.subtree)  # "As with clonazepam, ...", "Like other benzodiazepines, ..."
            continue
        if (
            tok.lower_ in WORDS.cause_preps
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ in WORDS.cause_prep_links
        ):
            phrase = set(tok.subtree) | set(tok.doc[tok.i + 1].subtree)
            if trig_tok is None or trig_tok not in phrase:
                out |= phrase
    return out


def under_agent(tok: Token, head: Token) -> bool:
    """Whether `tok` is inside the "by X" agent of a passive `head`."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "agent":
            return True
        node = node.head
    return False


def governed_by(tok: Token, trig_tok: Token | None) -> bool:
    """Whether `tok` is inside what the relation word governs (its object, its complements)."""
    if trig_tok is None or tok.i == trig_tok.i:
        return False
    if 0 < tok.i - trig_tok.i <= 2 and all(t.pos_ in ("DET", "ADJ") for t in tok.doc[trig_tok.i + 1 : tok.i]):
        return True  # "lowers serotonin", "raises the GABA", however parsed
    return trig_tok.is_ancestor(tok) and tok.dep_ not in ("nsubj", "nsubjpass")


def aspect(span: Span, lex: Lexicon) -> str | None:
    """The aspect of a transmitter a nearby word names ("serotonin levels" -> amount), if any."""
    doc = span.doc
    root = span.root
    candidates = []
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in WORDS.possessive_markers and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "GABA's effect"
    if nxt is not None:
        candidates.append(nxt)
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        candidates.append(head)
    if root.dep_ in ("compound", "amod", "nmod") and head.dep_ == "pobj" and head.head.lower_ == FW.of:
        head = head.head  # "the number of GABA messengers": the noun "GABA" names is "of" another
    gerund = any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i == head.i + 1 for c in root.children)
    if head.lower_ in (FW.of, FW.response_to) and head.head.i != head.i and not gerund:
        # "the effects of GABA", "the response to GABA"; not "the mechanism of *raising* GABA",
        # where the noun is of the gerund right after "of" (parsed as GABA's adjective), not of GABA
        candidates.append(head.head)
        candidates.extend(head.head.conjuncts)  # "the effects and production of GABA": both are said
    if root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and head.pos_ == "VERB":
        candidates.append(head)  # "reabsorbing serotonin", "how much serotonin is reabsorbed"
        if described_by_gerund(head, lex):
            candidates.append(head.head.head)  # "the effect of calming brain chemicals": the effect's
    candidates.extend(c for c in root.children if c.dep_ in ("amod", "det", "compound"))
    found = [a for tok in candidates if (a := lex.cue("aspect", tok.lemma_.lower()) or lex.cue("aspect", tok.lower_))]
    # of two aspects said together ("the effects and production of GABA"), the one beyond its effect
    # is the stronger claim: a row must state that one too
    return next((a for a in found if a != EFFECT_ASPECT), found[0]) if found else None


EFFECT_ASPECT = "effect"

ACTIONS_ON_A_TRANSMITTER = frozenset({"increases", "decreases", "binds"})


def described_by_gerund(verb: Token, lex: Lexicon) -> bool:
    """Whether `verb` is a gerund the parser took for the verb of an "of" phrase though it only
    describes its noun: "the effect of *calming* brain chemicals" (not "the mechanism of *raising*
    GABA", where the gerund acts on the transmitter: a trigger of a change or a binding)."""
    prep = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and prep.lower_ == FW.of
        and prep.head.i != prep.i
        and not any(t.relation in ACTIONS_ON_A_TRANSMITTER for t in lex.triggers_from(verb.lemma_.lower()))
    )


def object_aspect(trig_tok: Token | None, lex: Lexicon) -> str | None:
    """The aspect the relation word's own object names, when that object is an aspect noun:
    "increases *the amount of activity* in the GABA system" is the effect (the noun measured after
    "of" wins: the amount of activity is activity), "boosts *the activity* in GABA circuits" too."""
    if trig_tok is None:
        return None
    for obj in (c for c in trig_tok.children if c.dep_ == "dobj"):
        said = lex.cue("aspect", obj.lemma_.lower())
        inner = [
            p
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == FW.of
            for p in prep.children
            if p.dep_ == "pobj" and lex.cue("aspect", p.lemma_.lower())
        ]
        if inner:
            return lex.cue("aspect", inner[0].lemma_.lower())
        if said:
            return said
    return None


def named_aspect(span: Span, lex: Lexicon) -> str | None:
    """The aspect said of the noun a name is given to: in "the effects of a transmitter called GABA"
    (or "... known as GABA") GABA's aspect is the effect."""
    node = span.root.head
    if node.dep_ == "prep" and node.head.i != node.i:
        node = node.head  # "known as GABA"
    if node.lemma_.lower() not in WORDS.naming_verbs or node.dep_ != "acl" or node.head.i == node.i:
        return None
    named = node.head
    prep = named.head
    if named.dep_ == "pobj" and prep.lower_ != FW.of and prep.head.pos_ == "NOUN" and prep.head.i != prep.i:
        named = named.head.head  # "a neurotransmitter in the brain called GABA": the name is the transmitter's
    return aspect(named.doc[named.i : named.i + 1], lex)


def qualifying(own: list[Token], mentions: Mentions) -> set[Token]:
    """Mentions that only qualify another one: in "anxiety associated with depressive symptoms" the
    indication is a kind of anxiety, not depression."""
    own_ids = {t.i for t in own}

    def qualified(node: Token) -> bool | None:
        """Whether a governor above `node` (through the unit's own tokens) qualifies a mention."""
        head = node.head
        if head.i == node.i or head.i not in own_ids:
            return False
        if head.lemma_.lower() in WORDS.qualifying and head.dep_ in ("acl", "amod") and head.head.i in mentions:
            return True
        return None

    above = walk_up(own, qualified, {})
    return {t for t in own if above[t.i]}


def population_conditions(own: list[Token], mentions: Mentions, kb: KnowledgeBase) -> set[Token]:
    """Conditions that only say which people ("patients *with depression*", `group_nouns`), when the
    unit names another condition besides: "treats anxiety in patients with depression"
    treats anxiety, not depression. A condition the unit names alone stays ("not safe for people with
    glaucoma": a contraindication)."""
    said = [t for t in own if t.i in mentions and kb.type_of(mentions[t.i][0]) == "condition"]
    people = {t for t in said if of_people(t)}
    others = {mentions[t.i][0] for t in said} - {mentions[t.i][0] for t in people}
    return people if people and others else set()


def of_people(tok: Token) -> bool:
    """Whether a condition says which people: "patients *with* X" (however the parser hung "with":
    on the noun, or on the verb right after it) or "people who have X" (a relative clause of a
    group noun, `group_nouns`, whose verb has it: `possession_verbs`)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == FW.companion:
        before = tok.doc[head.i - 1] if head.i > 0 else head
        return head.head.lemma_.lower() in WORDS.group_nouns or before.lemma_.lower() in WORDS.group_nouns
    return (
        tok.dep_ == "dobj"
        and head.dep_ == "relcl"
        and head.lemma_.lower() in WORDS.possession_verbs
        and head.head.lemma_.lower() in WORDS.group_nouns
    )


CLASS_NOUN_ROLES = ("attr", "pobj", "acomp", "oprd")  # where a clause names the class it places its subject in


def other_class_modifiers(own: list[Token], mentions: Mentions, kb: KnowledgeBase) -> set[Token]:
    """Drug classes a negating prefix makes the modifier of another noun: in "a non-benzodiazepine
    sedative" the sedative is of another class; the class is no object, and its "non-" denies nothing
    else of the clause (the noun may be an attribute or the object of a preposition, `CLASS_NOUN_ROLES`)."""
    out: set[Token] = set()
    for tok in own:
        if tok.lower_ not in WORDS.negating_prefixes or tok.whitespace_ or tok.i + 2 >= len(tok.doc):
            continue
        named = tok.doc[tok.i + 2]
        if tok.nbor(1).text != "-" or named.i not in mentions or kb.type_of(mentions[named.i][0]) not in DRUG_TYPES:
            continue
        modifies = named.dep_ in ("amod", "compound", "nmod") and named.head.pos_ in ("NOUN", "PROPN", "ADJ")
        # the class the clause gives: "is a non-benzodiazepine hypnotic", "belongs to the non-benzodiazepine
        # class", "is used as a non-benzodiazepine anxiolytic"
        noun = named.head  # "as a non-benzodiazepine anxiolytic", however the noun was hung on "as"
        # or the subject a copula names ("the most popular non-benzodiazepine medication is Ambien")
        named_subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ == FW.copula
        if (
            modifies
            and noun.i > named.i
            and (noun.dep_ in CLASS_NOUN_ROLES or noun.head.pos_ == "ADP" or named_subject)
        ):
            out |= set(mentions[named.i][1]) | {tok, tok.nbor(1)}
    return out


MEANS = 6  # the priority of a means ("works by reducing X")
DIRECTIONS = ("increases", "decreases")  # relations that say what a clause's head does, whatever its means


def name_tail(tok: Token, ids: dict[int, str]) -> bool:
    """Whether the token ends a mention of several words, not a subject, that opens with an adjective
    ("include nausea and sexual *side effects*"): a relation word there only ends the name of the
    thing listed."""
    noun = tok.head if tok.dep_ == "compound" else tok  # "side" of "side effects"
    if tok.i not in ids or ids.get(tok.i - 1) != ids[tok.i] or noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Serious side effects are rare": the subject's words may still say the relation
    first = tok.i - 1
    while ids.get(first - 1) == ids[tok.i]:
        first -= 1
    return tok.doc[first].pos_ == "ADJ"


def find_trigger(
    unit: Unit, own: list[Token], subj_toks: set[Token], kb: KnowledgeBase, lex: Lexicon
) -> tuple[Trigger | None, Token | None]:
    """The relation word (lexicon trigger) of the unit and its token; the best by `trigger_priority`."""
    if unit.kind == "example":
        return None, None
    ids = mention_ids(unit.head.doc)
    seq = [
        t
        for t in own
        if (t.pos_ not in ("DET", "PUNCT", "ADV", "PART") or misread_to(t, ids))
        and t.tag_ != "PRP$"
        and t.dep_ != "neg"
    ]
    forms = [(t.lemma_.lower(), t.lower_) for t in seq]
    # A drug or transmitter name parsed as the verb: the parse is wrong, trust the words.
    misparsed = unit.head.i in ids
    named = {t.i for t in seq if t.i in ids and kb.type_of(ids[t.i]) not in ("effect", "condition")}
    named |= {t.i for t in seq if name_tail(t, ids)}  # "nausea, *sexual side effects*": the end of a name
    found = []
    for i, tok in enumerate(seq):
        if tok.i in named:
            continue  # "slow dose reduction" names a taper; "reduction" is not a relation here
        for trig in lex.triggers_from(*forms[i]):  # only those starting with this word can match
            n = len(trig.lemmas)
            if len(forms) - i < n or any(w not in forms[i + k] for k, w in enumerate(trig.lemmas)):
                continue
            if not trigger_fits(trig, tok, unit, misparsed) or equative(seq[i + n - 1]) or describes_class(tok, ids):
                continue
            if names_a_condition(tok, unit, ids, kb) or times_a_property(trig, tok, ids, kb):
                continue
            found.append((trigger_priority(trig, tok, unit, subj_toks), i, trig, tok))
            break
    if not found:
        return None, None
    best = max(found, key=lambda f: (f[0], -f[1]))
    head = next((f for f in found if f[3].i == unit.head.i and f[2].relation in DIRECTIONS), None)
    if best[0] == MEANS and head is not None and same_object(unit.head, best[3], ids):
        best = head  # "increases serotonin by blocking its reabsorption": the head says what, the means how
    # "is used as a *treatment for* panic disorder", "is considered to be a *result of* X": what it is
    # used as, or considered to be, says the relation
    holders = [p for p in best[3].children if (p.dep_ == "prep" and p.lower_ == FW.comparison_as) or p.dep_ == "xcomp"]
    inner = [f for f in found if f[2].relation != "is_a" and any(f[3].head.i == p.i for p in holders)]
    if best[2].relation == "is_a" and inner:
        best = inner[0]
    return best[2], best[3]


def misread_to(tok: Token, ids: dict[int, str]) -> bool:
    """A "to" the parser took for an infinitive marker before a name it read as a verb ("belongs to
    benzodiazepine class": "to benzodiazepine" as if a verb): the preposition of "belong to"."""
    return tok.lower_ == FW.infinitive and tok.head.i in ids and tok.head.pos_ == "VERB"


def same_object(verb: Token, means: Token, ids: dict[int, str]) -> bool:
    """Whether the means names no entity besides the verb's direct object: "increases *serotonin*
    levels by blocking *serotonin* reabsorption" (or "its reuptake") says what happens to serotonin,
    and how; in "by enhancing GABA, benzodiazepines reduce neuronal excitability" the two speak of
    different entities, and the means stays the claim."""
    own = {ids[t.i] for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i in ids}
    phrase = means.head.subtree if means.dep_ == "amod" else means.subtree  # "by [increasing X levels]"
    return bool(own) and {ids[t.i] for t in phrase if t.i in ids} <= own


def times_a_property(trig: Trigger, tok: Token, ids: dict[int, str], kb: KnowledgeBase) -> bool:
    """A participle of occurring that only says when a property named before it happens: "Valium has a
    quick onset, *occurring* in under an hour" times the onset; it makes nothing the cause
    of anything (an intransitive trigger on a participle whose governor, or its object, is a property)."""
    if trig.inverse != "intransitive" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return False
    gov = tok.head
    nouns = [gov, *(c for c in gov.children if c.dep_ in ("dobj", "attr"))]
    return any(n.i in ids and ids[n.i] in kb.properties for n in nouns)


def names_a_condition(tok: Token, unit: Unit, ids: dict[int, str], kb: KnowledgeBase) -> bool:
    """A participle that only says which condition its noun is, linking it to another condition:
    "relief of anxiety *associated* with depression" names a kind of anxiety the drug relieves; "falls
    associated with benzodiazepines" (linked to a drug) is a claim."""
    if tok.dep_ != "acl" or tok.i == unit.head.i or tok.head.i not in ids:
        return False
    kinds = ("condition", "effect")
    if kb.type_of(ids[tok.head.i]) not in kinds:
        return False
    linked = [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj" and g.i in ids]
    return bool(linked) and all(kb.type_of(ids[g.i]) in kinds for g in linked)


def describes_class(tok: Token, ids: dict[int, str]) -> bool:
    """A participle that only describes the class a copula names: "Klonopin is a commonly
    *prescribed* benzodiazepine" says what Klonopin is, not what it treats."""
    noun = tok.head
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and noun.dep_ == "attr" and noun.i in ids


def equative(tok: Token) -> bool:
    """Whether `tok` is an "as" of an "as ... as" comparison: "works as well *as* Xanax" compares, it
    does not say what the drug works as."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != FW.comparison_as:
        return False
    opens = i + 2 < len(doc) and doc[i + 1].pos_ in ("ADJ", "ADV") and doc[i + 2].lower_ == FW.comparison_as
    closes = i >= 2 and doc[i - 1].pos_ in ("ADJ", "ADV") and doc[i - 2].lower_ == FW.comparison_as
    return opens or closes


def trigger_fits(trig: Trigger, tok: Token, unit: Unit, misparsed: bool) -> bool:
    """Whether `tok` has the part of speech the trigger asks for."""
    if trig.pos == "VERB" and not (is_verbal(tok) or tok.i == unit.head.i or tok.tag_.startswith("VB") or misparsed):
        return False  # the clause's own head counts even when mis-tagged ("Klonopin lowers ...")
    if trig.pos == "NOUN" and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (trig.pos == "ADJ" and not (tok.pos_ == "ADJ" and tok.dep_ == "acomp"))


def trigger_priority(trig: Trigger, tok: Token, unit: Unit, subj_toks: set[Token]) -> int:
    """How much a matched trigger says the unit's relation: the highest wins, the first on a tie."""
    if is_means_gerund(tok):
        return MEANS  # "works by reducing X": the means is the claim
    if trig.relation in ("increases", "decreases") and tok.pos_ == "NOUN" and tok.head.lemma_ in WORDS.change_preps:
        return 5  # "leading to a decrease in X"
    if tok.i == unit.head.i:
        return 4 if trig.inverse != "1" else 3
    if tok in subj_toks:
        return 1
    return 2 if trig.inverse == "1" else 3


def entity_refs(
    own: list[Token],
    mentions: Mentions,
    trigger: Trigger | None,
    trig_tok: Token | None,
    kb: KnowledgeBase,
    lex: Lexicon,
) -> RefPairs:
    """(token, EntityRef) for each entity mention in the unit, with its aspect."""
    out: RefPairs = []
    seen: set[int] = set()
    for tok in own:
        hit = mentions.get(tok.i)
        if not hit or id(hit[1]) in seen:
            continue
        seen.add(id(hit[1]))
        eid, span = hit
        if (
            kb.type_of(eid) in DRUG_TYPES
            and span.root.dep_ == "amod"
            and span.root.head.lemma_.lower() not in WORDS.drug_nouns
        ):
            continue  # "anxiolytic effects": an adjective, not the drug class ("opioid medicines" is)
        if kb.type_of(eid) == "effect" and of_transmitter(span, mentions, kb):
            continue  # "the calming effect of GABA": the transmitter's effect, not an effect claimed
        if cause_of(span):
            continue  # "treats the underlying cause of anxiety": the cause, not the anxiety
        if kb.type_of(eid) == "neurotransmitter" and names_cells(span):
            continue  # "quiets the GABA interneurons": cells, not the transmitter
        found = None
        eid = excitatory_kind(eid, span, kb)
        if kb.type_of(eid) == "neurotransmitter":
            found = aspect(span, lex) or named_aspect(span, lex)
            if found is None and trigger and trigger.aspect and governed_by(span.root, trig_tok):
                found = object_aspect(trig_tok, lex) or trigger.aspect
        out.append((span.root, EntityRef(eid, found)))
    return out


def excitatory_kind(eid: str, span: Span, kb: KnowledgeBase) -> str:
    """'brain chemicals that excite nerve cells' are the excitatory ones, not brain chemicals in general."""
    if eid != DOMAIN.neurotransmitter or DOMAIN.excitatory not in kb.entities:
        return eid
    relatives = [c for c in span.root.children if c.dep_ == "relcl"]
    return DOMAIN.excitatory if any(r.lemma_.lower() in WORDS.excitation_verbs for r in relatives) else eid


def cause_of(span: Span) -> bool:
    """Whether the mention names what a verb's object is the cause of: "treats the underlying cause
    of anxiety" (not "alcohol is a common cause of insomnia": there the cause is the claim)."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == FW.of
        and prep.head.i != prep.i
        and prep.head.lemma_.lower() in WORDS.cause_nouns
        and prep.head.dep_ == "dobj"
    )


def names_cells(span: Span) -> bool:
    """Whether a transmitter's name only qualifies a noun of cells a verb acts on: "quiets the *GABA*
    interneurons", "boosts dopamine through GABA interneurons". Not "GABA levels in neurons", nor the
    cells' own firing ("the firing of dopamine neurons" is the transmitter's), nor cells that act
    ("GABA neurons inhibit ..."), nor a name the parser hung on a later noun ("serotonin nerve cells
    send out")."""
    root, cells = span.root, span.root.head
    acted_on = cells.dep_ in ("dobj", "pobj") or (  # "make GABA interneurons less active": a causative's object
        cells.dep_ == "nsubj" and cells.head.dep_ in ("ccomp", "xcomp") and cells.head.head.lemma_ in WORDS.causative
    )
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and cells.i == span.end
        and cells.lemma_.lower() in WORDS.cell_nouns
        and acted_on
        and not (cells.dep_ == "pobj" and cells.head.lower_ == FW.of)
    )


def of_transmitter(span: Span, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """Whether an effect mention is said of a neurotransmitter: "the calming effect *of GABA*", "the
    brain's activity *of some natural messengers (neurotransmitters)*" (a noun of transmitters,
    `transmitter_nouns`, or one glossed by a transmitter's name)."""
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ == FW.of:
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                glosses = [noun, *(g for g in noun.children if g.dep_ == "appos")]
                named = [mentions[g.i][0] for g in glosses if g.i in mentions]
                if any(kb.type_of(e) == "neurotransmitter" for e in named):
                    return True
                if noun.lemma_.lower() in WORDS.transmitter_nouns and noun.i not in mentions:
                    return True
    return False


def shared_objects(unit: Unit) -> list[EntityRef]:
    """'can cause or worsen depression': the first verb shares the last one's object; not one with an
    object of its own ("lowers polysynaptic reflexes and causes inhibition by raising GABA",
    "decreases cytokines and relieves depression": what it lowers is its own object, though the
    table does not know it); nor a copula with an adjective of its own ("side effects are mild and
    include drowsiness": the mildness is its claim, not drowsiness)."""
    if any(c.dep_ in ("dobj", "attr", "acomp") for c in unit.head.children):
        return []
    for child in unit.head.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            objs = [c for c in child.children if c.dep_ in ("dobj", "attr", "prep")]
            toks = [t for o in objs for t in o.subtree]
            return refs_in(toks) if toks else []
    return []


def concepts(own: list[Token], refs: RefPairs, kb: KnowledgeBase, lex: Lexicon) -> list[EntityRef]:
    """Concepts of the lexicon expressed by words of the unit ("stopping it suddenly")."""
    present = {r.id for _, r in refs}
    lemmas = {t.lemma_.lower() for t in own}
    words = {t.lower_ for t in own} | hyphenated(own)
    return [
        EntityRef(c.entity)
        for c in lex.concepts
        if c.entity in kb.entities and c.entity not in present and lemmas & c.lemmas and words & c.words
    ]


def hyphenated(own: list[Token]) -> set[str]:
    """The words the parser split at a hyphen, whole again ("long-term" of "long-term Xanax use")."""
    doc, at = (own[0].doc, {t.i for t in own}) if own else (None, set())
    return {
        f"{doc[i - 1].lower_}-{doc[i + 1].lower_}"
        for i in at
        if doc is not None
        and doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and {i - 1, i + 1} <= at
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    }


def dedupe(refs: Iterable[EntityRef]) -> list[EntityRef]:
    """Each entity once, in first-seen order; a ref with an aspect wins over one without.

    >>> dedupe([EntityRef("gaba"), EntityRef("gaba", "amount"), EntityRef("xanax")])
    [EntityRef(id='gaba', aspect='amount'), EntityRef(id='xanax', aspect=None)]
    """
    out: dict[str, EntityRef] = {}
    for ref in refs:
        if ref.id not in out or (out[ref.id].aspect is None and ref.aspect):
            out[ref.id] = ref
    return list(out.values())


def cue_attribution(tokens: Iterable[Token], lex: Lexicon) -> str | None:
    """The source the first attribution cue among `tokens` names ("studies", "experts"), in text order.

    `tokens` may be a set: sorting by position keeps the answer the same from run to run (a set of
    spaCy tokens iterates in an order that depends on object identity)."""
    ordered = sorted(tokens, key=lambda t: t.i)
    return next(
        (lex.cue("attribution", t.lemma_.lower()) for t in ordered if lex.is_cue("attribution", t.lemma_.lower())),
        None,
    )


def source_phrase_attribution(own: list[Token], lex: Lexicon) -> str | None:
    """The source of "in some studies", "according to experts"."""
    return cue_attribution(
        (
            t
            for t in own
            if t.dep_ == "pobj"
            and t.head.lower_ in WORDS.source_preps
            and (t.head.lower_ == FW.source_in or t.head.head.lower_ == FW.according)
        ),
        lex,
    )


def believed_spans(sent: Span) -> list[tuple[int, int]]:
    """The character spans of `sent` that the page reports as a belief of others, not as its own
    claim: the clause under "Some *theories* suggest that ...", "one hypothesis holds that ..." (a
    subject among `theory_nouns`), "some people think that ..." (a popular holder, `holders` but not
    `expert_holders`, with a verb of belief), "it was *once* thought that ..." (a passive verb of belief
    with a `belief_markers` adverb), and the whole of "According to one theory, ...". "Studies suggest
    X" and "experts believe X" stay the page's claims."""
    if any(
        t.dep_ == "pobj" and t.lemma_.lower() in WORDS.theory_nouns and t.head.head.lower_ == FW.according for t in sent
    ):
        return [(sent.start_char, sent.end_char)]
    clauses = [t for t in sent if t.dep_ == "ccomp" and belief_governor(t.head)]
    clauses += [t for t in sent if former_view(t)]  # "benzodiazepines were once considered safe"
    return [clause_span(c) for c in clauses] + labelled_myth(sent)


def clause_span(clause: Token) -> tuple[int, int]:
    """The character span of a clause (its head's subtree)."""
    return min(d.idx for d in clause.subtree), max(d.idx + len(d) for d in clause.subtree)


def past_time_clause(verb: Token) -> bool:
    """'*when zolpidem reached pharmacies*', '*when it was first sold*': a "when" clause in the past."""
    when = any(c.dep_ in ("advmod", "mark") and c.lower_ == FW.at_the_time for c in verb.children)
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in WORDS.past_auxiliaries for c in verb.children)
    return when and (verb.tag_ == "VBD" or past_aux)


def former_spans(sent: Span) -> list[tuple[int, int]]:
    """The character spans of the clauses under an active verb of belief in the past ("scientists
    once thought *X*", `former_belief`): a view once held, whoever held it, so even an expert holder
    does not make it the page's claim."""
    clauses = [
        t for t in sent if t.dep_ == "ccomp" and t.head.lemma_.lower() in WORDS.believe and former_belief(t.head)
    ]
    return [clause_span(c) for c in clauses]


def labelled_myth(sent: Span) -> list[tuple[int, int]]:
    """'Myth: benzodiazepines are not addictive', 'Misconception #2 - ...': a line a page labels as a
    myth (a `debunk` noun, then a colon or a dash within a few words) states what it goes on to
    correct, not its own claim: the whole line."""
    words = [t for t in sent if not t.is_space]
    if not words or words[0].lower_ not in WORDS.debunk or words[0].pos_ not in ("NOUN", "PROPN"):
        return []
    labelled = any(t.text in (":", "-", "–", "—") for t in words[1:4])
    return [(sent.start_char, sent.end_char)] if labelled else []


def former_view(verb: Token) -> bool:
    """'Benzodiazepines were *once* considered safe and non-addictive': a passive verb of belief
    (`believe`, or "consider") in the past (`past_auxiliaries`) with a `belief_markers` word on it
    reports what was thought; the whole clause is that belief ("widely considered" now is the
    page's own claim)."""
    believing = verb.lemma_.lower() in WORDS.believe | {FW.considering}
    past = any(c.dep_ == "auxpass" and c.lower_ in WORDS.past_auxiliaries for c in verb.children)
    return believing and past and belief_marked(verb)


def belief_governor(gov: Token) -> bool:
    """Whether `gov` reports its complement clause as a belief (see `believed_spans`). Not a belief
    the sentence goes on to correct ("Many people think X, but Y"): that one the page denies."""
    if any(c.dep_ == "cc" and c.lower_ == FW.correction for c in gov.children):
        return False
    lemma = gov.lemma_.lower()
    believing = lemma in WORDS.believe | WORDS.speculation_verbs
    if not (believing or lemma in WORDS.reporting):
        return False
    subject = [t for c in gov.children if c.dep_ == "nsubj" for t in c.subtree]
    if any(t.lemma_.lower() in WORDS.theory_nouns for t in subject):
        return True
    heads = {c.lower_ for c in gov.children if c.dep_ == "nsubj"}  # "some *people*", not "some *forums*"
    if believing and heads & WORDS.holders and not {t.lower_ for t in subject} & WORDS.expert_holders:
        return True
    return believing and (belief_marked(gov) or former_belief(gov))


def former_belief(gov: Token) -> bool:
    """'Doctors *once thought* that X', 'when it was first made, scientists *believed* X', 'at first,
    doctors believed X', 'doctors *used to* think X': an active verb of belief in the past with a
    `belief_markers` word on it, on a "when" clause of its own or in "at first", or dated by a past
    "when" clause (`past_time_clause`), reports a view once held, which the page does not assert."""
    if gov.lemma_.lower() in WORDS.reporting:
        return False  # "when he started, the doctor *said* X": a statement reported, not a view once held
    if gov.dep_ == "xcomp" and gov.head.lower_ == FW.used_to:
        return True
    if gov.tag_ != "VBD":
        return False
    if any(c.dep_ == "advcl" and past_time_clause(c) for c in gov.children):
        return True
    marks = [c for c in gov.children if c.dep_ == "advmod"]
    marks += [
        m
        for c in gov.children
        if c.dep_ in ("advcl", "prep")
        for m in c.children
        if m.dep_ in ("advmod", "pcomp", "pobj")
    ]
    return any(m.lower_ in WORDS.belief_markers for m in marks)
