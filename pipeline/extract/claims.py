"""A unit's claims: its parts (tokens by role, relation word, mentions), its first reading
(subjects and objects, resolved references, source), the repairs of `relation.REPAIRS`, and the
claims it makes once split into atomic claims; plus the claims a sentence implies ("Y because X"
-> "X causes Y") and the source a reporter after its clause gives ("..., the NSF says").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..lexicon import Lexicon, Trigger
from ..quantities import find_quantities
from ..types import Claim, EntityRef, Quantity
from .atomic import (
    Source,
    claim_text,
    core_tokens,
    example_prefixed,
    first_conjunct,
    shown_tokens,
    split_conjuncts,
    unread_members,
)
from .blocks import Block, trim_span
from .coref import (
    Reference,
    State,
    anaphoric_subjects,
    demonstrative_class,
    possessed_objects,
    resolved_objects,
    resolved_subjects,
    transmitter_pronoun,
)
from .links import load_link_cues
from .mentions import Mentions, refs_in, unit_forms
from .naming import misnaming, naming
from .polarity import prefix_denied, reading
from .relation import Work, repair
from .roles import (
    DIRECTIONS,
    RefPairs,
    believed_spans,
    cause_adjunct_tokens,
    concepts,
    cue_attribution,
    dedupe,
    denied_tokens,
    entity_refs,
    find_trigger,
    former_spans,
    in_circumstance,
    other_class_modifiers,
    population_conditions,
    qualifying,
    shared_objects,
    source_phrase_attribution,
    subject_tokens,
)
from .units import Unit, change_by, condition_tokens, means_gerund
from .words import DOMAIN, DRUG_TYPES, FW, WORDS
from .worthiness import truism_clause, unit_reason

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
    predicate: bool = False  # a line that is the predicate of its lead-in's or heading's drugs
    done: list[Unit] = field(default_factory=list)  # the units read so far, in reading order
    outside: dict[int, str] = field(default_factory=dict)  # token index -> a drug the table does not know


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
    other_class: set[Token] = field(default_factory=set)  # "a *non-benzodiazepine* sedative"
    hidden: set[Token] = field(default_factory=set)  # left out of the claim's text (a means read apart)


def unit_claims(s: Sentence, unit: Unit, kb: KnowledgeBase, lex: Lexicon) -> list[Claim]:
    """The claims of one unit: read, repaired, split into atomic claims (or one not check-worthy record).
    The unit keeps its subjects, objects, source, polarity and span for the units read after it.
    When the unit's means is its claim ("by strengthening GABA's effect, Klonopin lessens depression
    symptoms") and its verb says something of other entities, the verb's own claim comes first."""
    parts = unit_parts(s, unit, kb, lex)
    head = head_parts(unit, parts, kb, lex)
    if head is None:
        return parts_claims(s, unit, parts, kb, lex)
    before = parts_claims(s, unit, head, kb, lex)
    return before + parts_claims(s, unit, means_parts(parts, head), kb, lex)


def means_parts(parts: Parts, head: Parts) -> Parts:
    """The means read apart from its verb's own claim: the verb's objects are the head claim's, not the
    means' ("dampen the firing of neurons *by enhancing GABA's effect*" raises GABA's effect, not
    nerve-cell activity)."""
    outside = {t for t, _ in parts.refs if t not in head.hidden and t not in parts.subj_toks}
    return replace(parts, excluded=parts.excluded | outside)


HEAD_RELATIONS = (*DIRECTIONS, "treats", "causes")  # what a verb says beside its means ("eases X by ...")


def head_parts(unit: Unit, parts: Parts, kb: KnowledgeBase, lex: Lexicon) -> Parts | None:
    """The unit read by its own verb, without its means phrase, when the means phrase holds the relation
    read and the verb is a relation word too, with an object of its own the means does not name (and no
    denial, which is of the means: `denied_means`)."""
    means = means_phrase(parts)
    if means is None or parts.trig_tok is None or parts.trig_tok not in set(means.subtree):
        return None
    if any(c.dep_ == "neg" for c in unit.head.children):
        return None  # "does not calm you down by boosting serotonin": the denial is of the means
    inside = set(means.subtree)
    trigger, trig_tok = find_trigger(unit, [t for t in parts.own if t not in inside], parts.subj_toks, kb, lex)
    if trigger is None or trig_tok is None or trig_tok.i != unit.head.i or trigger.relation not in HEAD_RELATIONS:
        return None
    own_objects = [r for t, r in parts.refs if t not in inside and t not in parts.subj_toks]
    if not own_objects:
        return None
    return replace(parts, trigger=trigger, trig_tok=trig_tok, excluded=parts.excluded | inside, hidden=inside)


def own_text(s: Sentence, start: int, end: int, nested: set[int]) -> str:
    """The text from start to end with the words of nested clauses blanked out (same length)."""
    chars = list(s.article.text[start:end])
    for t in s.sent:
        if t.i in nested:
            lo = s.block.start + t.idx - start
            chars[lo : lo + len(t.text)] = " " * len(t.text)
    return "".join(chars)


def class_property(s: Sentence, unit: Unit, work: Work, lex: Lexicon) -> None:
    """'Short-acting benzodiazepines like Klonopin': the property that qualifies the class (a
    half-life, `listed_properties`) is said of each example too, with its value ("short")."""
    if unit.kind != "example":
        return
    mods = [t for c in unit.head.head.children if c.dep_ in ("amod", "compound") for t in c.subtree]
    found = [s.mentions[t.i][0] for t in mods if t.i in s.mentions]
    props = [e for e in dict.fromkeys(found) if e in DOMAIN.listed_properties]
    value = next((lex.cue("value", t.lower_) for t in mods if lex.is_cue("value", t.lower_)), None)
    if props and value:
        work.objects = [*work.objects, *(EntityRef(e) for e in props)]
        work.value = value


def affirmed_quantities(text: str, found: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The quantities the claim says, without one it denies beside the others after a comma or a
    contrastive conjunction ("0.5, 1 and 2 mg, *not 5 mg*", "5 to 30 mg but never 50 mg"): that
    figure is set against the list, not one of it. A claim whose only figure is denied keeps it."""
    kept, pos = [], 0
    for q in found:
        at = text.find(q.text, pos)
        pos = at + len(q.text) if at >= 0 else pos
        if at > 0 and _DENIED_FIGURE.search(text[:at].lower()):
            continue
        kept.append(q)
    return tuple(kept) if kept else found


_FILLER = sorted(WORDS.indefinite_articles | WORDS.definite_determiners | {FW.source_in})  # "not *in a* 5 mg strength"
_DENIED_FIGURE = re.compile(
    r"(?:,|\b(?:"
    + "|".join(re.escape(w) for w in sorted(WORDS.contrastive_conjunctions))
    + r"))\s+(?:"
    + "|".join(re.escape(w) for w in sorted(WORDS.denial_words))
    + r")(?:\s+(?:"
    + "|".join(re.escape(w) for w in _FILLER)
    + r")){0,2}\s*$"
)  # not "never more than 600 mg": a limit, not a denied figure


def parts_claims(s: Sentence, unit: Unit, parts: Parts, kb: KnowledgeBase, lex: Lexicon) -> list[Claim]:
    """The claims of one reading of a unit (see `unit_claims`)."""
    work = first_reading(s, unit, parts, kb, lex)
    said = reading(unit, parts.own, parts.excluded, parts.trig_tok, lex)
    shown = with_denying_prefix(unit, shown_tokens([t for t in parts.own if t not in parts.hidden]))
    core = core_tokens(shown)
    start, end = trim_span(s.block, core[0].idx, core[-1].idx + len(core[-1]))
    work.polarity, work.value = said.polarity, said.value
    # the numbers the unit says itself: not those of a relative clause nested in its span ("Xanax,
    # which was approved in 1981, is a benzodiazepine" gives the main clause no year)
    own = set(parts.own)
    clauses = [t for t in s.sent if t.dep_ == "relcl" and t not in own]
    nested = {d.i for t in clauses for d in t.subtree if d not in own and start <= s.block.start + d.idx < end}
    text = s.article.text[start:end] if not nested else own_text(s, start, end, nested)
    work.words, work.quantities = said.words, affirmed_quantities(text, find_quantities(text))
    class_property(s, unit, work, lex)
    repair(work)
    denied_means(parts, work)
    outside, subj_refs = unit_subjects(s, parts, work, kb)
    subj_ids = {r.id for r in subj_refs}
    obj_refs = [r for r in dedupe(work.objects) if r.id not in subj_ids]
    unit.subjects, unit.objects = subj_refs, obj_refs
    unit.attribution, unit.polarity, unit.span = work.attribution, work.polarity, (start, end)
    unit.means = means_refs(parts)
    base = Claim(
        id="",
        text=claim_text(shown, subj_refs, kb, s.state.names),
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
        forms=unit_forms(form_words(unit, parts.own), s.mentions, kb),
    )  # qualifiers may sit anywhere
    named, kinds_hold = naming(unit, s.mentions, subj_refs, kb)
    base = replace(
        base,
        names=named if named and kinds_hold else (),
        misnamed=misnaming(unit, s.mentions, kb) or kind_misnamed(named, kinds_hold, kb),
        unread=claim_unread(s, unit, parts, work, obj_refs, kb),
        unread_means=unread_means(parts, s.mentions, kb),
        other_classes=tuple(dict.fromkeys(s.mentions[t.i][0] for t in parts.other_class if t.i in s.mentions)),
        verbs=unframed_verbs(parts, s.mentions),
    )
    if outside and not any(kb.type_of(r.id) in DRUG_TYPES for r in subj_refs + obj_refs):
        base = replace(base, outside=outside)  # a claim about drugs outside the table only
    naming_clause = bool(named or base.misnamed)  # "X is the brand name under which Y is sold": right or wrong
    reason = unit_reason(unit, base, s.imperative, bool(outside), naming_clause) or truism_clause(base, lex)
    if reason:
        return [replace(base, checkworthy=False, reason=reason)]
    claims = misnamed_where_named(atomic_claims(s, parts, base, work, shown, kb))
    return example_prefixed(unit, claims) if unit.kind == "example" else claims


def form_words(unit: Unit, own: list[Token]) -> list[Token]:
    """The words that may name the form a clause's figures are about: its own, and the noun figures
    in an appositive are set beside ("a hard capsule (5 mg, 10 mg)": the capsule's strengths)."""
    noun = unit.head.head
    return [*own, noun] if unit.kind == "appos" and noun.i != unit.head.i else list(own)


def misnamed_where_named(claims: list[Claim]) -> list[Claim]:
    """A wrong name stays with the claims that show it: "Valium, also known as diazepam or Xanax, ..."
    splits into a claim with "diazepam" (a right name) and one with "Xanax" (the wrong one)."""
    if len(claims) < 2 or not claims[0].misnamed:
        return claims
    name = claims[0].misnamed[0].lower()
    showing = [c for c in claims if name in c.text.lower()]
    if not showing or len(showing) == len(claims):
        return claims
    return [c if c in showing else replace(c, misnamed=()) for c in claims]


def unit_subjects(s: Sentence, parts: Parts, work: Work, kb: KnowledgeBase) -> tuple[tuple[str, ...], list[EntityRef]]:
    """The drugs outside the table the unit names, and its subjects: a sentence naming only drugs
    outside the table ("They are Schedule II: ... (OxyContin)") is about them (`named_subjects`)."""
    outside = tuple(dict.fromkeys(s.outside[t.i] for t in parts.own if t.i in s.outside))
    elsewhere = bool(s.outside) and not any(kb.type_of(e) in DRUG_TYPES for e in s.state.sentence_entities)
    subjects = dedupe(work.subjects)
    return outside, named_subjects(subjects, parts, kb) if outside or elsewhere else subjects


def named_subjects(subjects: list[EntityRef], parts: Parts, kb: KnowledgeBase) -> list[EntityRef]:
    """A unit naming a drug outside the table and none of the table's ("the FDA hasn't approved
    propranolol for anxiety") is about that drug: a drug of the table its missing subject was resolved
    to (the page's topic) is dropped, and the claim is reported out of scope. A pronoun subject keeps
    what it was resolved to (`anaphoric_subject`)."""
    named = {r.id for _, r in parts.refs}
    if any(kb.type_of(i) in DRUG_TYPES for i in named) or anaphoric_subject(parts):
        return subjects  # "It augmented lithium": the pronoun still points to the drug named before
    return [r for r in subjects if r.id in named or kb.type_of(r.id) not in DRUG_TYPES]


def anaphoric_subject(parts: Parts) -> bool:
    """Whether the unit refers to a drug named before: its subject is a singular pronoun or a noun for
    a medicine ("it", "the drug"), or such a pronoun is its object ("doctors prescribe *it* with X")."""
    heads = [t for t in parts.subj_toks if t.dep_ in ("nsubj", "nsubjpass")]
    if any(singular_pronoun(t) or t.lemma_.lower() in WORDS.drug_nouns for t in heads):
        return True
    return any(singular_pronoun(t) and t.lower_ in WORDS.pronouns for t in parts.own)


def singular_pronoun(tok: Token) -> bool:
    """'it', not 'they': a plural pronoun beside drugs outside the table ("They are Schedule II:
    OxyContin, Adderall") speaks of those drugs or of a kind, not of the page's one drug."""
    return tok.pos_ == "PRON" and "Sing" in tok.morph.get("Number", [])


def atomic_claims(
    s: Sentence, parts: Parts, base: Claim, work: Work, shown: list[Token], kb: KnowledgeBase
) -> list[Claim]:
    """The unit's claim split into atomic claims; "a benzodiazepine medication for anxiety" gives the
    class claim (without "for anxiety") and the uses (`Work.treated`; "an antihistamine with sedative
    effects": the effects), each split in turn."""
    if not work.treated:
        return split_conjuncts(s.article, s.block, base, s.mentions, parts.refs, kb, s.state.names)
    uses = replace(base, relation=work.second_relation, objects=tuple(dedupe(work.treated)))
    kept = [t for t in shown if t.i not in work.treated_tokens]
    kind = replace(base, text=claim_text(kept, list(base.subjects), kb, s.state.names))
    return [
        c
        for claim in (kind, uses)
        for c in split_conjuncts(s.article, s.block, claim, s.mentions, parts.refs, kb, s.state.names)
    ]


def unit_parts(s: Sentence, unit: Unit, kb: KnowledgeBase, lex: Lexicon) -> Parts:
    """The unit's tokens by role (subject, conditions, denied alternatives, causes), its trigger and mentions."""
    own = unit.own
    subj_toks = subject_tokens(unit)
    conditions = condition_tokens(unit.head)
    denied = denied_tokens([t for t in own if unit.kind != "without" or t.i != unit.head.head.i])
    subj_toks = subj_toks - denied  # "Unlike SSRIs, benzodiazepines act fast": the parser hangs "unlike" on the subject
    considered = [t for t in own if t not in conditions and t not in denied]
    trigger, trig_tok = find_trigger(unit, considered, subj_toks, kb, lex)
    excluded = cause_adjunct_tokens(own, trig_tok) | conditions | denied | passed_over_means(own, trig_tok, lex)
    refs = entity_refs(own, s.mentions, trigger, trig_tok, kb, lex)
    return Parts(own, subj_toks, conditions, trigger, trig_tok, excluded, refs)


def kind_misnamed(named: tuple[str, ...], kinds_hold: bool, kb: KnowledgeBase) -> tuple[str, ...]:
    """A naming clause that gives the wrong kind of name ("Zoloft is the generic name of sertraline",
    "the brand name for Klonopin is clonazepam"): (its brand name as written, the drug, the drug), so
    that a row giving the drug that name shows the clause wrong; () otherwise."""
    if not named or kinds_hold:
        return ()
    eid = named[0]
    generic = {eid.lower(), kb.entities[eid].label.lower()}
    brand = next((n for n in named[1:] if n.lower() not in generic), None)
    return (brand, eid, eid) if brand else ()


def unframed_verbs(parts: Parts, mentions: Mentions) -> tuple[str, ...]:
    """Lemmas of the unit's verbs that say something of an entity (its object, or the object of its
    preposition, is a mention: "balancing *serotonin*", "contribute to *relaxation*"), or that is the
    sentence's main verb in the active voice ("the dosage *depends* on the severity of anxiety"), and are neither
    its relation word, a mention themselves, a participle used as an adjective, nor a participle that
    only says which people ("people grappling with anxiety"). A verb with a predicate of its object
    says that predicate too: "keep the channel *open*" is "keep open", which a neutral "keep" is not."""
    trigger = {parts.trig_tok.i} if parts.trig_tok is not None else set()
    verbs = (
        " ".join([t.lemma_.lower(), *(c.lower_ for c in t.children if c.dep_ == "oprd")])
        for t in parts.own
        if t.pos_ == "VERB"
        and t.dep_ not in ("amod", "compound")
        and t.i not in trigger
        and t.i not in mentions
        and (governs_mention(t, mentions) or active_root(t))
        and not (t.dep_ in ("acl", "relcl") and t.head.i not in mentions)  # "people grappling with anxiety"
    )
    return tuple(dict.fromkeys(verbs))


def change_amount(own: list[Token]) -> tuple[str, ...]:
    """How much a verb of change says something changed ("the half-life rises *by about an hour*"),
    as words no row states: the row on the property's value does not back how much it changes."""
    return tuple(" ".join(x.text for x in t.subtree) for t in own if change_by(t))


def with_denying_prefix(unit: Unit, shown: list[Token]) -> list[Token]:
    """An appositive denied by its prefix shows it ("Z-drugs, *non-*benzodiazepines"): the parser may
    leave the prefix out of the appositive's words."""
    head = unit.head
    if unit.kind != "appos" or not prefix_denied(head) or not shown:
        return shown
    return [t for t in head.doc[head.i - 2 : head.i] if t not in shown] + shown


def claim_unread(
    s: Sentence, unit: Unit, parts: Parts, work: Work, objects: list[EntityRef], kb: KnowledgeBase
) -> tuple[str, ...]:
    """The words of a unit no row on its frame can state: list members and means the table does not
    know, phrases no row says, and, when nothing was read of it, what its verb says (`unread_object`)."""
    unread = unread_members(parts.refs, objects, s.mentions, parts.own) + unread_means(parts, s.mentions, kb)
    unread += unsaid_phrases(parts.own)
    if not (work.relation or objects or work.value):
        unread += unread_object(unit, parts.own, s.mentions)
    return unread


def unread_object(unit: Unit, own: list[Token], mentions: Mentions) -> tuple[str, ...]:
    """What a verb the tool read no relation from says of its subject when it names nothing the table
    knows: its object ("withdrawal symptoms may include *vomiting*") or what it comes with ("it comes
    *with a long list of dangers*"), words no row on the clause's entities states. A pronoun, a drug
    noun ("absorbs *this drug*") and an amount ("takes *that amount of time*", `portion_nouns`) say
    nothing of their own."""
    inside = set(own)
    phrases = [c for c in unit.head.children if c.dep_ in ("dobj", "attr") and c in inside]
    phrases += [
        p
        for c in unit.head.children
        if c.dep_ == "prep" and c.lower_ == FW.companion
        for p in c.children
        if p in inside
    ]
    found = []
    for phrase in phrases:
        words = [t for t in phrase.subtree if t in inside]
        lemmas = {t.lemma_.lower() for t in words}
        if any(t.i in mentions for t in words) or phrase.pos_ == "PRON":
            continue
        if lemmas & (WORDS.drug_nouns | WORDS.portion_nouns):
            continue
        found.append(" ".join(t.text for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")))
    return tuple(w for w in found if w)


def unsaid_phrases(own: list[Token]) -> tuple[str, ...]:
    """Phrases the unit says that no row on its frame states: how much something changed, and what a
    drug is switched to."""
    return change_amount(own) + switched_to(own)


def switched_to(own: list[Token]) -> tuple[str, ...]:
    """What a drug is switched to ("replaced *with a longer-acting drug*", "switch from Xanax *to a
    longer-acting one*", `switch_verbs`), as words no row on the first drug states."""
    return tuple(
        " ".join(x.text for x in c.subtree)
        for t in own
        if t.lemma_.lower() in WORDS.switch_verbs
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in WORDS.destination_preps | {FW.companion}
    )


def active_root(verb: Token) -> bool:
    """The main verb of the sentence in the active voice ("The dosage *depends* on the severity of
    anxiety", "people often *notice* changes in sleep first"): what the sentence says, whatever it
    governs; a passive ("is *grouped* with the benzodiazepines") reads as a copula does, and a
    causative ("*makes* the receptor respond more strongly", "*helps* you relax") as its complement."""
    return (
        verb.dep_ == "ROOT"
        and verb.lemma_.lower() not in WORDS.causative
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def governs_mention(verb: Token, mentions: Mentions) -> bool:
    """Whether the direct object of `verb` (or the noun it is "of": "adjusts the activity *of GABA*"),
    or the object of one of its prepositions, is a mention."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and (child.i in mentions or of_a_mention(child, mentions)):
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.i in mentions for g in child.children):
            return True
    return False


def of_a_mention(noun: Token, mentions: Mentions) -> bool:
    """Whether `noun` is "the N of" a mention: "the action of GABA", "the levels of serotonin"."""
    return any(
        p.dep_ == "prep" and p.lower_ == FW.of and any(g.dep_ == "pobj" and g.i in mentions for g in p.children)
        for p in noun.children
    )


def first_reading(s: Sentence, unit: Unit, parts: Parts, kb: KnowledgeBase, lex: Lexicon) -> Work:
    """The unit's first reading: subjects and objects in word order, resolved references, source."""
    subj_toks, refs = parts.subj_toks, parts.refs
    parts.other_class = other_class_modifiers(parts.own, s.mentions, kb)
    # "the most popular non-benzodiazepine medication is X": the class denied is no subject either
    subj_refs = [
        r for t, r in refs if t in subj_toks and not in_circumstance(t, subj_toks) and t not in parts.other_class
    ]
    people = population_conditions(parts.own, s.mentions, kb)  # "in patients *with depression*"
    parts.excluded = parts.excluded | qualifying(parts.own, s.mentions) | parts.other_class | people
    obj_refs = [r for t, r in refs if t not in subj_toks and t not in parts.excluded]
    sources = [r for t, r in refs if kb.type_of(r.id) == "organization" and not hyphen_tail(s.mentions[t.i][1])]
    organization = next((r.id for r in subj_refs + obj_refs if r in sources), None)
    subj_refs = [r for r in subj_refs if kb.type_of(r.id) != "organization"]
    obj_refs = [r for r in obj_refs if kb.type_of(r.id) != "organization"]
    ref = Reference(unit, subj_toks, s.state, s.done, s.lead_subjects, kb)
    # "This binding causes more serotonin", "X binds Y, resulting in less Y activity": what "this" or
    # the clause before refers to does not take the unit's own object
    # ("This drug is sold under the name Klonopin": a drug noun may point to the drug the clause names)
    # ("Ambien is a medication *that* is known as zolpidem": a relative "that" is no demonstrative)
    pointing = bool(ref.head_words & WORDS.demonstratives) and unit.kind != "relcl"
    demonstrative = (pointing and not ref.names_a_drug) or unit.kind == "advcl"
    own_objects = {r.id for r in obj_refs} if demonstrative else set()
    subj_refs = demonstrative_class(ref, subj_refs)  # "this antidepressant": the drug named last
    subj_refs += [r for r in resolved_subjects(ref, subj_refs) if r.id not in own_objects]
    subj_refs += anaphoric_subjects(ref, subj_refs)
    subj_refs, obj_refs = unit_objects(s, unit, parts, subj_refs, obj_refs)
    obj_refs = example_class(unit, subj_refs, kb) or obj_refs
    if not obj_refs and parts.trigger is not None:
        obj_refs = possessed_objects(parts.own, s.state, kb) or transmitter_pronoun(parts.own, s.state, kb)
        # ", resulting in a fall in the receptor's activity": the receptor is what changes, not a cause
        subj_refs = [r for r in subj_refs if r not in obj_refs] if unit.kind == "advcl" else subj_refs
    context = [r.id for t, r in refs if t in parts.conditions] + [r.id for r in concepts(parts.own, refs, kb, lex)]
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
        attribution=organization or unit_attribution(s, unit, parts, lex),
        state=s.state,
        kb=kb,
        relation=relation,
        subjects=subj_refs,
        objects=obj_refs,
        polarity="affirmed",
        value=None,
        quantities=(),
    )


def hyphen_tail(span: Span) -> bool:
    """Whether a mention ends a hyphenated word: "off-label" names no label as a source."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_


def unit_objects(
    s: Sentence, unit: Unit, parts: Parts, subj_refs: list[EntityRef], obj_refs: list[EntityRef]
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


def example_class(unit: Unit, members: list[EntityRef], kb: KnowledgeBase) -> list[EntityRef]:
    """'SSRIs or SNRIs such as Effexor': the parser hangs the example on the first of two classes; it
    is of the class its members belong to, when exactly one of the coordinated classes is theirs
    (else the class the parse gives, [] here)."""
    if unit.kind != "example" or not members:
        return []
    cls = unit.head.head
    classes = [c for c in (cls, *cls.conjuncts) if c.i < unit.head.i]
    if len(classes) < 2:
        return []
    fits = [c for c in classes if all(any(kb.is_kind_of(m.id, r.id) for r in refs_in([c])) for m in members)]
    return refs_in(fits[:1]) if len(fits) == 1 else []


def unit_attribution(s: Sentence, unit: Unit, parts: Parts, lex: Lexicon) -> str | None:
    """The source a unit reports: a cue in its subject ("studies show"), a source phrase ("according
    to experts"), its reporting clause ("the manufacturer states that ...") or its first conjunct's."""
    found = cue_attribution(parts.subj_toks, lex) or source_phrase_attribution(parts.own, lex)
    if not found and unit.kind == "ccomp":
        reporter = next((u for u in reversed(s.done) if u.head.i == unit.head.head.i), None)
        if reporter is not None and reporter.head.lemma_ in WORDS.reporting:
            found = reporter.attribution  # "the manufacturer states that ..."
    if not found and unit.kind == "conj":
        first = next((u for u in reversed(s.done) if u.head.i == unit.head.head.i), None)
        if first is not None and first.kind == "ccomp":
            found = first.attribution  # "The FDA says X, and Y": Y is reported too
    return found


def passed_over_means(own: list[Token], trig_tok: Token | None, lex: Lexicon) -> set[Token]:
    """The words of a means phrase whose relation word lost to the verb's ("by blocking its reuptake,
    SSRIs increase serotonin levels": the verb says what happens to serotonin): left out of the
    objects, so its aspect (reuptake) is not read as the verb's."""
    if trig_tok is None:
        return set()
    for tok in own:
        gerund = means_gerund(tok)
        if gerund is not None and lex.triggers_from(gerund.lemma_):
            inside = set(tok.subtree)
            return inside if trig_tok not in inside else set()
    return set()


def unread_means(parts: Parts, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """A "by doing X" phrase that names nothing the table knows: "inhibit brain activity *by blocking
    neurochemicals*" says how, and no row can check how (even when its verb is the relation read)."""
    means = means_phrase(parts)
    if means is None:
        return ()
    own = set(parts.own)  # not a relative clause of its own ("neurochemicals that cause ...")
    # a means passed over for the verb's relation still says how; one read apart (a head claim's) is
    # its own claim's business
    skip = parts.excluded if parts.hidden else parts.excluded - set(means.subtree)
    inside = [t for t in means.subtree if t in own and t not in skip]
    if not inside or any(t.i in mentions for t in inside):
        return ()  # named transmitters are left to the rows (mechanism_unstated)
    possessed = [t for t in own if t not in inside and t.i in mentions]
    possessed = [t for t in possessed if kb.type_of(mentions[t.i][0]) in WORDS.possessed_types]
    if possessed and any(t.lower_ in WORDS.possessive_pronouns or stands_for_object(t) for t in inside):
        return ()  # "increase serotonin levels by blocking its reuptake": "its" is the named transmitter
    return (" ".join(t.text for t in inside),)


def stands_for_object(tok: Token) -> bool:
    """'... by keeping nerve cells from taking *it* back up': the object pronoun of the means' verb is
    the transmitter the clause names."""
    return tok.lower_ == FW.object_pronoun and tok.dep_ == "dobj"


def means_phrase(parts: Parts) -> Token | None:
    """The "by" of a "by doing X" phrase of the unit, if it has one."""
    return next((t for t in parts.own if means_gerund(t) is not None), None)


def denied_means(parts: Parts, work: Work) -> None:
    """'Benzodiazepines do not make you sleepy by releasing dopamine': the denial is of the means,
    not of the effect, so the effect named outside the "by" phrase leaves the denied frame (which
    then says: they do not release dopamine to do it)."""
    means = means_phrase(parts)
    if means is None or work.polarity != "negated" or parts.trig_tok is None:
        return
    inside = set(means.subtree)
    if parts.trig_tok not in inside:
        return
    kept = {id(r) for t, r in parts.refs if t in inside}
    work.objects = [r for r in work.objects if id(r) in kept]


def means_refs(parts: Parts) -> list[EntityRef]:
    """The entities of a "by doing X" phrase of the unit."""
    means = means_phrase(parts)
    if means is None:
        return []
    inside = set(means.subtree) - parts.excluded
    return dedupe([r for t, r in parts.refs if t in inside])


def believed(claims: list[Claim], s: Sentence) -> list[Claim]:
    """Claims inside a clause the page reports as a belief of others ("Some theories suggest that X")
    get that attribution, `FW.belief_source`, unless they name a source of their own. A claim that
    ends inside the clause is in it, also when its text reaches back over the verb of belief ("when
    it came out, scientists thought *it unlikely to cause dependence*")."""
    spans = [(s.block.start + lo, s.block.start + hi) for lo, hi in believed_spans(s.sent)]  # block-relative
    former = [(s.block.start + lo, s.block.start + hi) for lo, hi in former_spans(s.sent)]
    return [
        replace(c, attribution=FW.belief_source)
        if (not c.attribution and any(lo < c.end <= hi for lo, hi in spans))
        or any(lo < c.end <= hi for lo, hi in former)
        else c
        for c in claims
    ]


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


EFFECT_KINDS = ("effect", "condition")  # entity types a cause can bring about


def causal_claims(s: Sentence, kb: KnowledgeBase) -> list[Claim]:
    """'Y because X' -> also the claim 'X causes Y', so a wrong cause can be judged; 'makes people
    sleepy by releasing dopamine' -> the means causes the effect."""
    out = []
    for unit in s.done:
        out.extend(means_claim(s, unit, kb))
        out.extend(because_claim(s, unit, kb))
    return out


def means_claim(s: Sentence, unit: Unit, kb: KnowledgeBase) -> list[Claim]:
    """'makes people sleepy by releasing dopamine', 'calms you by boosting serotonin': the means is the
    cause of the effect (the effect may be the verb itself)."""
    head = unit.head
    effect_verb = head.i in s.mentions and kb.type_of(s.mentions[head.i][0]) in EFFECT_KINDS  # "calms you by ..."
    if not (unit.means and unit.polarity == "affirmed" and (head.lemma_ in WORDS.causal_verbs or effect_verb)):
        return []
    if any(t.tag_ == "VBG" and t.lemma_.lower() in load_link_cues().down for t in unit.own):
        return []  # "calms you by blocking dopamine": less of it is the means, not it
    means_ids = {r.id for r in unit.means}
    effects = [r for r in unit.objects if r.id not in means_ids and kb.type_of(r.id) in EFFECT_KINDS]
    if not effects:
        return []
    start, end = unit.span
    return [causal_claim(s, start, end, unit.means, effects)]


def because_claim(s: Sentence, unit: Unit, kb: KnowledgeBase) -> list[Claim]:
    """'Y because X' -> 'X causes Y', when Y is an effect or a condition."""
    if unit.kind != "advcl" or not any(c.dep_ == "mark" and c.lower_ in WORDS.causal_marks for c in unit.head.children):
        return []
    parent = next((u for u in s.done if u.head.i == unit.head.head.i), None)
    if parent is None or "negated" in (unit.polarity, parent.polarity):
        return []
    lowered = bool({t.lemma_.lower() for t in unit.own} & load_link_cues().down)
    # "because they block dopamine": less dopamine is the cause, not dopamine; the agent still is one
    causes = dedupe(unit.subjects + ([] if lowered else unit.objects))
    cause_ids = {r.id for r in causes}
    # what a cause brings about is an effect or a condition: not a drug it is compared with ("later
    # than alprazolam"), nor a way of using one ("long-term use can be problematic due to tolerance")
    effects = [
        r for r in (parent.objects or parent.subjects) if r.id not in cause_ids and kb.type_of(r.id) in EFFECT_KINDS
    ]
    agents = {r.id for r in parent.subjects if kb.type_of(r.id) in DRUG_TYPES}
    if agents and cause_ids - agents:
        # "X makes you drowsy because it raises GABA": X already is the effect's subject; GABA is the cause
        causes = [r for r in causes if r.id not in agents]
    if not causes or not effects or cause_ids <= agents:
        return []  # "X makes you drowsy because it lowers glutamate": "X causes drowsiness" again, no link
    start, end = min(unit.span[0], parent.span[0]), max(unit.span[1], parent.span[1])
    return [causal_claim(s, start, end, causes, effects)]


def other_kind_claims(s: Sentence, kb: KnowledgeBase) -> list[Claim]:
    """'Diazepam *and other opioids* slow the nervous system', 'Xanax, Valium and other benzodiazepines':
    a drug listed before "other" members of a class is said to be one of them; that membership is a
    claim of its own (a wrong class is then judged as "diazepam is an opioid" is)."""
    out: list[Claim] = []
    for kind in s.sent:
        hit = s.mentions.get(kind.i)
        if kind.dep_ != "conj" or hit is None or kb.type_of(hit[0]) != "drug_class":
            continue
        if not any(c.dep_ == "amod" and c.lower_ in WORDS.other_words for c in kind.children):
            continue
        named = range(hit[1].start, hit[1].end)
        if any(
            c.dep_ in ("amod", "compound", "nmod") and c.i not in named and c.lower_ not in WORDS.other_words
            for c in kind.children
        ):
            continue  # "other *long-acting* benzodiazepines", "other *non-addictive* anxiolytics": more than the class
        first = first_conjunct(kind)
        members = [first] + [c for c in first.conjuncts if c.i < kind.i]
        found = [s.mentions[m.i][0] for m in members if m.i in s.mentions]
        if len(found) != len(members) or any(kb.type_of(d) != "drug" for d in found):
            continue  # "alcohol and other depressants", "sleep aids and other drugs": no drug of the table
        start, end = s.block.start + first.left_edge.idx, s.block.start + kind.idx + len(kind)
        out.extend(
            derived_claim(s, start, end, [EntityRef(d)], [EntityRef(hit[0])], "is_a") for d in dict.fromkeys(found)
        )
    return out


def causal_claim(s: Sentence, start: int, end: int, causes: list[EntityRef], effects: list[EntityRef]) -> Claim:
    """The claim that `causes` cause `effects`, over article[start:end]."""
    return derived_claim(s, start, end, causes, effects, "causes")


def derived_claim(
    s: Sentence, start: int, end: int, subjects: list[EntityRef], objects: list[EntityRef], relation: str
) -> Claim:
    """A claim the sentence implies besides its clauses' own, over article[start:end]."""
    return Claim(
        id="",
        text=" ".join(s.article.text[start:end].split()),
        start=start,
        end=end,
        sentence=s.text,
        subjects=tuple(subjects),
        objects=tuple(objects),
        relation=relation,
    )
