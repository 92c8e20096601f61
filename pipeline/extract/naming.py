"""Naming clauses: "X is the brand name for Y", "The generic name of X is Y", "Y, sold under the trade
name X", "X is also called Y". Such a clause says that two names are one drug's; it is true when the
table's lexicon gives both names to one drug and each name has the kind the clause gives it (the
generic name is the drug's own name, a brand name is another one). The judge then looks for a row of
that drug whose statement or source names it so (pipeline/judge.py, `name_match`).

The words are lists of `words.csv`: `naming_words` (the noun or verb that names), `named_forms`
(a version of a drug, naming only with a kind: "the generic form of X"), `generic_kinds` and
`brand_kinds` (the kind of name a clause gives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..types import EntityRef
from .mentions import Mentions
from .units import Unit
from .words import FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The entity types whose names a naming clause may equate: a drug, not a class ("known as benzodiazepines").
NAMED_TYPES = frozenset({"drug"})


def naming(
    unit: Unit, mentions: Mentions, subjects: list[EntityRef], kb: KnowledgeBase
) -> tuple[tuple[str, ...], bool]:
    """((drug id, name, ...), whether the kinds hold) when the unit says that its names are one drug's;
    ((), False) when it is no naming clause. `subjects`: the unit's resolved subjects ("..., which is
    sold under the name X")."""
    namer = next((t for t in unit.own if _names(t) and _heads(t, unit)), None)
    if namer is None:
        return (), False
    found = _named_drugs(unit, mentions, kb)
    ids = {eid for _, eid in found}
    if len(ids) != 1:
        return (), False
    (eid,) = ids
    if len(found) < 2 and (eid not in {r.id for r in subjects} or found[0][0].dep_ in ("nsubj", "nsubjpass", "poss")):
        # one name only ("X is known as a long-acting drug", "X's mechanism is not fully known"): nothing is equated
        return (), False
    named = _named(namer, [t for t, _ in found])
    subject = next((t for t, _ in found if named_by_copula(namer, t)), None)
    named = subject if subject is not None else named  # "*Ativan* is a generic name for a medicine called Y"
    surface = mentions[named.i][1].text.lower()
    generic = {eid.lower(), kb.entities[eid].label.lower()}
    kinds = name_kinds(namer, unit)  # "the *generic* name of X", not "the brand name of the generic drug X"
    # "Ativan is the generic name for lorazepam", "Lorazepam is the brand name of Ativan": wrong kinds;
    # only said where the name's owner is explicit ("the brand name *for X*"): in "the brand name for a
    # medication called Y" the kind is of the medication's name, read no further
    wrong = (
        bool(kinds & WORDS.generic_kinds and surface not in generic)
        or bool(kinds & WORDS.brand_kinds and surface in generic)
    ) and (owner_named(namer, [t for t, _ in found]) or named_after_prep(namer) or subject is not None)
    names = dict.fromkeys(mentions[t.i][1].text for t, _ in found)
    return (eid, *names), not wrong


def _named_drugs(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> list[tuple[Token, str]]:
    """The drug names of the unit, in order, with the subject a coordinated predicate shares ("Ativan is
    a sedative and is the brand name for lorazepam": "Ativan" is named by the second predicate too)
    and the name an appositive is set beside ("*Restoril*, a brand name for temazepam")."""
    found = [
        (t, eid)
        for t, (eid, span) in _mention_roots(unit, mentions)
        if kb.type_of(eid) in NAMED_TYPES and not _denied(t)
    ]
    noun = unit.head.head
    if unit.kind == "appos" and noun.i in mentions and kb.type_of(mentions[noun.i][0]) in NAMED_TYPES:
        found = [(noun, mentions[noun.i][0]), *found]  # "Restoril, a brand name for temazepam, ..."
    if _relative_of(unit, noun) and noun.i in mentions and kb.type_of(mentions[noun.i][0]) in NAMED_TYPES:
        found = [(noun, mentions[noun.i][0]), *found]  # "Xanax, which is a brand name for alprazolam, ..."
    found += [
        (t, mentions[t.i][0])
        for rel in _naming_relatives(unit)
        for t in rel.subtree
        if t.i in mentions and mentions[t.i][1].root.i == t.i and kb.type_of(mentions[t.i][0]) in NAMED_TYPES
    ]  # "X is the brand name under which Y is sold"
    if unit.kind == "conj" and (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in unit.head.children) or _ownerless_name(unit, mentions, kb)
    ):
        clause = (
            unit.head.head.head if unit.head.head.dep_ == "attr" else unit.head.head
        )  # "... and the brand name of Y"
        shared = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in mentions]
        found = [(c, mentions[c.i][0]) for c in shared if kb.type_of(mentions[c.i][0]) in NAMED_TYPES] + found
    return found


def _naming_relatives(unit: Unit) -> list[Token]:
    """Relative clauses of naming on a naming noun of the unit, whose preposition takes the relative
    pronoun: "the brand name *under which the drug Y is sold*", "the name *by which Y is known*"; what
    they name, the noun names."""
    return [
        rel
        for noun in unit.own
        if noun.lemma_.lower() in WORDS.naming_words and noun.pos_ == "NOUN"
        for rel in noun.children
        if rel.dep_ == "relcl"
        and rel.lemma_.lower() in WORDS.naming_words
        and any(p.dep_ == "prep" and any(w.tag_ in ("WDT", "WP") for w in p.children) for p in rel.children)
    ]


def _relative_of(unit: Unit, noun: Token) -> bool:
    """Whether the unit is a relative clause on `noun` whose relative pronoun is its subject ("Xanax,
    *which is a brand name for alprazolam*"): what the clause says, it says of the noun."""
    return (
        unit.head.dep_ == "relcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in unit.head.children)
        and unit.head.head.i == noun.i
    )


def _denied(name: Token) -> bool:
    """A name set aside by a denial of its own ("its generic name is clonazepam, *not lorazepam*"):
    not one the clause gives."""
    return any(c.dep_ == "neg" and c.i < name.i for c in name.children)


def _ownerless_name(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """ "X is a brand-name drug, and *the generic name* is Y": a naming noun with a definite determiner
    (`definite_determiners`) and no owner of its own, the subject of a clause joined to one about a
    drug, names that drug (as "its generic name" would); when that clause names two drugs, neither."""
    subjects = [c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in WORDS.naming_words:
        return False
    noun = subjects[0]
    if not any(c.dep_ == "det" and c.lower_ in WORDS.definite_determiners for c in noun.children):
        return False
    if any(c.dep_ in ("poss", "prep") for c in noun.children):
        return False
    clause = unit.head.head  # the clause it is joined to must name one drug ("X is confused with Y, and ..." names two)
    own = {t.i for t in unit.head.subtree}
    named = {mentions[t.i][0] for t in clause.subtree if t.i in mentions and t.i not in own}
    return len([e for e in named if kb.type_of(e) in NAMED_TYPES]) == 1


def _names(tok: Token) -> bool:
    """A naming word ("name", "call", "sell"), a word of a version (`named_forms`) that a kind of
    name qualifies ("the *generic form* of Ativan", "a *brand-name version* of alprazolam"), or a
    kind of name with the drug it is of ("Librium is a *brand* of chlordiazepoxide")."""
    lemma = tok.lemma_.lower()
    if lemma in WORDS.content_naming_verbs:
        # "contains *the drug* venlafaxine", "the active *ingredient* X", "contains X *as its active
        # ingredient*": a name given to what the product is; not "counterfeit Valium tablets often
        # contain alprazolam" (what a product holds)
        held = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
        hedged = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)  # "may contain": what some hold
        owners = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        described = any(g.dep_ in ("amod", "acl", "relcl") for c in owners for g in c.children)  # "fake Xanax bars"
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        preps = [c for t in (tok, *objects) for c in t.children if c.dep_ == "prep" and c.lower_ == FW.naming_as]
        as_named = [o for c in preps for o in c.children if o.dep_ == "pobj"]
        return (
            not hedged
            and not described
            and any(t.lemma_.lower() in WORDS.drug_nouns | WORDS.naming_words for t in held[:-1] + as_named)
        )
    if lemma in WORDS.naming_words:
        # "known *as* X" names; "known *to* cause dependence" (an infinitive) says what the drug does
        return not any(c.dep_ == "xcomp" or (c.dep_ == "aux" and c.i > tok.i) for c in tok.children)
    kinds = WORDS.generic_kinds | WORDS.brand_kinds
    before = [c for c in tok.subtree if c.i < tok.i]  # the words that qualify it
    # "X is the generic form of Y", "X, the generic version of Y, ..."; "The generic version, X, is ..." is not
    predicate = tok.dep_ in ("attr", "oprd", "appos")
    if predicate and lemma in kinds:  # "Librium is a *brand* of chlordiazepoxide": the kind names alone
        return any(c.dep_ == "prep" and c.lower_ in (FW.of, FW.purpose) for c in tok.children)  # of, for
    return (
        predicate and lemma in WORDS.named_forms and any(c.lower_ in kinds or c.lemma_.lower() in kinds for c in before)
    )


def _heads(namer: Token, unit: Unit) -> bool:
    """Whether the naming word is what the clause says: its verb ("is also called Y", "which is sold
    under the name Y"), its subject or predicate noun ("The generic name of X is Y", "X is the brand
    name for Y") or the name a verb goes by (`naming_preps`: "X goes *by* the brand name Y"); a name
    given in passing ("X, better known as Y, has become popular") is not."""
    head, node = unit.head, namer
    if namer.i == head.i:
        return True  # the naming word heads its own unit ("... and the brand name of Y")
    while node.dep_ == "conj" and node.head.i != head.i:  # "X is a prescription drug and the brand name of Y"
        node = node.head
    naming_verb = head.lemma_ == FW.copula or head.lemma_.lower() in WORDS.naming_words
    if named_after_prep(namer) and _within_predicate(by_prep(namer).head, head):
        return True  # "X goes by the brand name Y", "X is sold under the name Y", "is available for sale under"
    if node.dep_ in ("nsubj", "nsubjpass") and not naming_verb:
        return False  # "The active ingredient in Lyrica, pregabalin, blocks X": a claim about the drug, not a naming
    return node.i == head.i or (node.head.i == head.i and node.dep_ in ("nsubj", "nsubjpass", "attr", "oprd"))


def _within_predicate(tok: Token, head: Token) -> bool:
    """Whether the word is the clause's head or sits in its predicate ("is *available for sale* under the
    trade name X": the name the drug is sold under)."""
    while tok.i != head.i and tok.dep_ in ("acomp", "prep", "pobj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == head.i


def _mention_roots(unit: Unit, mentions: Mentions) -> list[tuple[Token, tuple[str, Span]]]:
    """The root token of each mention among the unit's own tokens, in order."""
    return [(t, mentions[t.i]) for t in unit.own if t.i in mentions and mentions[t.i][1].root.i == t.i]


def name_kinds(namer: Token, unit: Unit) -> set[str]:
    """The words that say what kind of name the clause gives: those modifying the naming noun ("the
    *brand* name", "the *generic* form"), or, for a verb of naming, the noun of a name it governs
    ("sold under the *brand* name X"); a kind said of another noun ("the generic drug X") is not."""
    nouns = [namer]
    if namer.pos_ == "VERB":
        nouns += [t for t in namer.subtree if t.lemma_.lower() in WORDS.naming_words and t.i != namer.i]
    return {c.lower_ for n in nouns for c in n.children if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i} | {
        n.lower_ for n in nouns
    }


def named_by_copula(namer: Token, named: Token) -> bool:
    """Whether the name is the copula's subject and the naming noun its attribute: "*Ativan* is a
    generic name for a medicine called lorazepam" gives its kind to Ativan, whoever owns the name."""
    return namer.dep_ == "attr" and named.dep_ in ("nsubj", "nsubjpass") and named.head.i == namer.head.i


def named_after_prep(namer: Token) -> bool:
    """Whether the naming noun is what a verb goes by (`naming_preps`): "goes by the generic name X",
    "sold under the brand name X" give their kind to X, the name they carry ("known by" parsed as
    the passive's agent too)."""
    if namer.pos_ == "VERB":  # "sold *under the generic name* X"
        return any(
            c.dep_ in ("prep", "agent") and c.lower_ in WORDS.naming_preps and t.lemma_.lower() in WORDS.naming_words
            for c in namer.children
            for t in c.subtree
        )
    if namer.pos_ not in ("NOUN", "PROPN"):
        return False
    return by_prep(namer).lower_ in WORDS.naming_preps


def by_prep(noun: Token) -> Token:
    """The preposition a naming noun is the object of, or that of the name it modifies ("by the brand
    *name* Zoloft", parsed with "Zoloft" as the object): the noun's head otherwise."""
    node = noun.head if noun.dep_ == "compound" else noun
    return node.head if node.dep_ == "pobj" else noun.head


def owner_named(namer: Token, names: list[Token]) -> bool:
    """Whether one of the names is the owner of a naming noun: "the generic name *of X*", "the brand
    name *for X*" (not "sold under the name X", where X is the name given)."""
    return namer.pos_ in ("NOUN", "PROPN") and any(_owner_of(t, namer) for t in names)


def _owner_of(name: Token, namer: Token) -> bool:
    """Whether the name is the object of the naming noun's preposition, or names the drug noun that is
    ("the brand name for *the drug Halcion*", also quoted and parsed as a verb, or with the name
    parsed apart from the noun just before it), or owns the noun ("*Xanax's* brand name")."""
    if name.dep_ == "poss":
        return name.head.i == namer.i
    before = name.doc[name.i - 1] if name.i > 0 else name
    if name.dep_ != "pobj" and name.head.lemma_.lower() in WORDS.drug_nouns:
        name = name.head
    elif name.dep_ != "pobj" and before.dep_ == "pobj" and before.lemma_.lower() in WORDS.drug_nouns:
        name = before
    return name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i == namer.i


def _named(namer: Token, names: list[Token]) -> Token:
    """The name the clause gives a kind to: not the owner of "the name of/for X"; else the first name
    after the naming word ("the trade name X"), else the last one before it."""
    owners = [t for t in names if _owner_of(t, namer)]
    owners = owners if namer.pos_ in ("NOUN", "PROPN") else []  # "sold under the name X": X is the name
    owners = [] if named_after_prep(namer) else owners  # "goes by the brand name of X": X is the name too
    others = [t for t in names if t not in owners]
    if owners and others:
        return others[0]
    after = [t for t in names if t.i > namer.i]
    return after[0] if after else names[-1]


def misnaming(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """(name, the drug the lexicon gives it, the drug the text gives it) when the unit gives one drug's
    name to another drug of the table: a naming clause with two drugs ("Valium is the brand name for
    lorazepam") or a name in parentheses beside another drug's ("fluoxetine (Zoloft)"); else ().
    Only drugs count: "benzodiazepines (Xanax)" names an example of a class, not the class."""
    return _misnamed_clause(unit, mentions, kb) or _labelled_in_brackets(unit, mentions, kb)


def _misnamed_clause(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """`misnaming` of an appositive, a naming clause or a naming aside."""
    if unit.kind == "appos":
        return _parenthesised(unit, mentions, kb) or _naming_appositive(unit, mentions, kb)
    namer = next((t for t in unit.own if _names(t) and _heads(t, unit)), None)
    if namer is None:
        return _called_aside(unit, mentions, kb)
    found = _named_drugs(unit, mentions, kb)
    if len(found) > 2:
        return _listed_names_of_another(unit, namer, found, mentions)
    if len({eid for _, eid in found}) != 2 or len(found) != 2:
        return ()
    if _listed_together([t for t, _ in found]):
        return ()  # "two medicines for panic are called Ativan and BuSpar": two names, two drugs
    named = _named(namer, [t for t, _ in found])
    other = next(eid for t, eid in found if t.i != named.i)
    return (mentions[named.i][1].text, mentions[named.i][0], other)


def _listed_names_of_another(
    unit: Unit, namer: Token, found: list[tuple[Token, str]], mentions: Mentions
) -> tuple[str, ...]:
    """'Lorazepam is sold under the trade names Valium, Restoril and Ativan': a drug that is the
    clause's subject given a list of names after the naming word; the first name of another drug is
    a wrong one (the list is of the subject's names, so "Ativan" among them is right)."""
    subjects = [t for t, _ in found if t.dep_ in ("nsubj", "nsubjpass") and t.i < namer.i]  # also one shared
    if len(subjects) != 1:
        return ()  # "Two medicines are called Ativan and BuSpar": no one drug is named
    owner = mentions[subjects[0].i][0]
    listed = [(t, eid) for t, eid in found if t.i > namer.i and t.i != subjects[0].i]
    if len(listed) < 2:
        return ()
    first = listed[0][0]
    members = {first.i, *(c.i for c in first.conjuncts)}
    inside = {t.i for t in namer.subtree}
    if any(t.i not in members or t.i not in inside for t, _ in listed):
        return ()  # "X is sold as A, and Y as B": two namings; "X, known as A, is related to B and C"
    wrong = next(((t, eid) for t, eid in listed if eid != owner), None)
    return () if wrong is None else (mentions[wrong[0].i][1].text, wrong[1], owner)


def _listed_together(tokens: list[Token]) -> bool:
    """Whether the drugs' words are conjuncts of one list ("known as *buspirone* and *Xanax*")."""
    at = {t.i for t in tokens}
    return any(t.dep_ == "conj" and t.head.i in at for t in tokens)


def _called_aside(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """'Xanax, also known as diazepam, is ...', 'Xanax (also called diazepam)': a naming verb set
    beside a drug's name (an `acl` of it) that gives it another drug's name."""
    for namer in unit.own:
        if namer.dep_ not in ("acl", "parataxis") or not _names(namer):
            continue
        owner = _just_before(namer)  # "Like Klonopin, Valium, also known as ...": Valium, however hung
        if owner is None or owner.i not in mentions:
            continue
        for name in (g for g in _given_names(namer) if g.i in mentions):
            named, other = mentions[name.i][0], mentions[owner.i][0]
            if named != other and {kb.type_of(named), kb.type_of(other)} <= NAMED_TYPES:
                return (mentions[name.i][1].text, named, other)
    return ()


def _labelled_in_brackets(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """'Temazepam (brand name Ativan) ...': a name in parentheses after the kind of name it is, right
    after another drug's name, however the parser hung the words inside."""
    for tok in unit.own:
        hit = mentions.get(tok.i)
        if hit is None or hit[1].start != tok.i or kb.type_of(hit[0]) not in NAMED_TYPES or not bracketed(hit[1]):
            continue
        opening = next(t for t in reversed(tok.doc[: tok.i]) if t.text == "(")
        if opening.i == tok.i - 1 or opening.i == 0:
            continue  # "(Zoloft)" alone is read from its appositive unit
        owner = mentions.get(opening.i - 1)
        if owner is not None and owner[0] != hit[0] and kb.type_of(owner[0]) in NAMED_TYPES:
            return (hit[1].text, hit[0], owner[0])
    return ()


def _given_names(namer: Token) -> list[Token]:
    """The names a naming aside gives ("also known as *diazepam*", "also known as *diazepam or
    Xanax*"). The members of a list count only when the sentence has no other naming aside: in
    "alprazolam, known as Xanax, or clonazepam, known as Klonopin" the parser may hang clonazepam on
    Xanax, but it is a second drug with a name of its own."""
    given = [c for c in namer.children if c.dep_ in ("oprd", "attr")]
    given += [g for p in namer.children if p.dep_ == "prep" and p.lower_ == FW.example_as for g in p.children]
    if any(t.i != namer.i and _names(t) for t in namer.sent):
        return given
    return given + [c for g in given for c in g.conjuncts if c not in given]


def _just_before(namer: Token) -> Token | None:
    """The word right before an aside ("Valium, also known as ...", "Valium (also called ..."),
    skipping the comma or bracket that opens it."""
    start = min(t.i for t in namer.subtree)
    doc = namer.doc
    i = start - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def _parenthesised(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """'fluoxetine (Zoloft)': the parentheses hold exactly one drug's name, beside another drug's."""
    inner, outer = unit.head, unit.head.head
    if inner.i not in mentions or outer.i not in mentions:
        return ()
    span = mentions[inner.i][1]
    if not bracketed(span):
        return ()
    named, owner = mentions[inner.i][0], mentions[outer.i][0]
    if named == owner or not {kb.type_of(named), kb.type_of(owner)} <= NAMED_TYPES:
        return ()
    return (span.text, named, owner)


def _naming_appositive(unit: Unit, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """'Klonopin, *a brand name for diazepam*, ...', 'Klonopin (the brand name of diazepam)': an
    appositive naming word whose "for" or "of" names another drug than the name it is set beside."""
    head, owner = unit.head, unit.head.head
    if head.lemma_.lower() not in WORDS.naming_words or owner.i not in mentions:
        return ()
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in (FW.purpose, FW.of)]
    given = [g for p in preps for g in p.children if g.dep_ == "pobj" and g.i in mentions]
    if len(given) != 1:
        return ()
    name, drug = mentions[owner.i], mentions[given[0].i][0]
    if drug == name[0] or not {kb.type_of(drug), kb.type_of(name[0])} <= NAMED_TYPES:
        return ()
    return (name[1].text, name[0], drug)


def bracketed(span: Span) -> bool:
    """Whether the name stands alone in parentheses, or after the kind of name it is: "(Zoloft)",
    "(generic name zolpidem)", "(brand: Ambien)"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ")":
        return False
    start = span.start
    labels = WORDS.generic_kinds | WORDS.brand_kinds | WORDS.naming_words
    while start > 0 and (doc[start - 1].lemma_.lower() in labels or doc[start - 1].text == ":"):
        start -= 1
    return 0 < start and doc[start - 1].text == "("


def outside_misnames(
    sent: Span, mentions: Mentions, outside: dict[int, str], kb: KnowledgeBase
) -> list[tuple[str, ...]]:
    """'etizolam (Prosom)': a drug the table does not know, with a name of a table drug in parentheses
    after it. Each as (the words as written, the name, the drug the lexicon gives it, the other drug)."""
    found: list[tuple[str, ...]] = []
    for tok in sent:
        hit = mentions.get(tok.i)
        if hit is None or hit[1].start != tok.i or kb.type_of(hit[0]) not in NAMED_TYPES:
            continue
        span, before = hit[1], tok.i - 2
        doc = tok.doc
        if before < sent.start or not bracketed(span):
            continue
        owner = outside.get(before)
        if owner and owner not in (hit[0], kb.entities[hit[0]].label.lower()):
            found.append((f"{doc[before].text} ({span.text})", span.text, hit[0], owner))
    return found
