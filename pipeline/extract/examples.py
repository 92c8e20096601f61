"""Stage 2b, example lists: a parse repair for "CLASS such as X, Y and Z VERB ...".

The small English model often reads only the first example as the object of "such as" / "like" and
takes the rest of the list for the sentence's subject: in "Benzodiazepines like Xanax, Klonopin and
Ativan are addictive" it makes "Klonopin and Ativan" the subject of "are" and leaves the class
dangling. Every later stage then reads the examples as what the sentence is about, or as the
objects of its verb. This stage re-attaches the rest of the list to the first example and gives the
verb the class back as its subject, so the sentence says its predicate of the class and each
example is a kind of it.

Bracketed lists ("Chlordiazepoxide (Librium), clonazepam (Klonopin) and diazepam (Valium) are
long-acting"): after a closing bracket the model takes the next drug for an appositive of the first,
as if it renamed it, so the sentence seems to say chlordiazepoxide *is* clonazepam and only the first
drug gets the predicate. A drug hung as an appositive on another drug, right after "), ", is a
conjunct of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb import KnowledgeBase
from ..quantities import count_of
from .mentions import Mentions
from .units import counted_kind, is_example
from .words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def reattach_examples(doc: Doc, mentions: Mentions, kb: KnowledgeBase) -> None:
    """Repair every example list of `doc` in place (see the module's docstring)."""
    for tok in doc:
        if is_example(tok, mentions, kb):
            first = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if first is not None and first.i in mentions:
                _repair_list(tok.head, first, mentions)


def reattach_bracketed_lists(doc: Doc, mentions: Mentions, kb: KnowledgeBase) -> None:
    """Make each drug read as an appositive of another drug right after "), " its conjunct."""
    for tok in doc:
        if tok.dep_ == "appos" and tok.i >= 2 and _is_bracket_comma(doc[tok.i - 2], doc[tok.i - 1]):
            head = tok.head
            if _other_drugs(tok, head, mentions, kb):
                tok.dep_ = "conj"
                doc[tok.i - 1].head, doc[tok.i - 1].dep_ = head, "punct"


def reattach_contrasts(doc: Doc, mentions: Mentions) -> None:
    """'X is an anxiolytic, not a benzodiazepine', parsed with the first class as a modifier of the
    second (the attribute) and the "not" on the second: make the first class the attribute and the
    denied one its appositive, as the parser reads "X is an anticonvulsant, not a benzodiazepine", so
    the denial is a claim of its own (`is_contrast`) and the first class the copula's."""
    for tok in doc:
        if tok.dep_ != "neg" or tok.i < 2 or tok.i + 2 >= len(doc):
            continue
        comma, det, noun = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2]
        if comma.text != "," or det.dep_ != "det" or noun.dep_ != "attr" or noun.i not in mentions:
            continue
        before = doc[comma.i - 1]
        if before.i not in mentions:
            continue
        first = mentions[before.i][1].root
        if first.dep_ != "amod" or first.head.i != noun.i or mentions[first.i][0] == mentions[noun.i][0]:
            continue
        copula = noun.head
        leading = [c for c in noun.children if c.dep_ == "det" and c.i < first.i]
        first.head, first.dep_ = copula, "attr"
        noun.head, noun.dep_ = first, "appos"
        tok.head = first
        comma.head = first
        for d in leading:
            d.head = first


def reattach_listed_appositives(doc: Doc, mentions: Mentions) -> None:
    """'treats anxiety disorders, anxiety associated with depression, and panic disorder': a member
    with a phrase of its own, parsed as an appositive of the member before it (as if it renamed it)
    with the rest of the list hung on it. An appositive of a named thing that itself opens "and" or
    "or" and a conjunct is a member of the list: a conjunct of the member before it."""
    for tok in doc:
        if tok.dep_ != "appos" or tok.i not in mentions or tok.head.i not in mentions or tok.head.i > tok.i:
            continue
        if tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
            continue  # an appositive set off by a comma, as list members are
        if counted_kind(tok.head):
            continue  # "Two such supplements, Halcion and Restoril, ...": the drugs the counted kind names
        members = [tok, *tok.conjuncts]
        joined = any(c.dep_ == "cc" and c.lower_ in WORDS.list_conjunctions for m in members for c in m.children)
        if joined and any(c.dep_ == "conj" and c.i in mentions for c in tok.children):
            tok.dep_ = "conj"  # "Zoloft, Lexapro, Prozac and Xanax": the "and" may sit on a later member


def reattach_counted_members(doc: Doc, mentions: Mentions, kb: KnowledgeBase) -> None:
    """'Two SSRIs, Klonopin and Ativan, are ...': a counted drug class followed by a comma and as many
    drugs as it counts, parsed as coordinated with it; they are the drugs it counts, an appositive
    renaming it (the first one the appositive, the rest its conjuncts), as "Two such supplements,
    Halcion and Restoril" is parsed."""
    for noun in doc:
        count = next((count_of(c.text) for c in noun.children if c.dep_ == "nummod"), None)
        if count is None or count < 2 or noun.i not in mentions or kb.type_of(mentions[noun.i][0]) != "drug_class":
            continue
        first = next((c for c in noun.children if c.dep_ == "conj"), None)
        if first is None or first.i != noun.i + 2 or doc[noun.i + 1].text != ",":
            continue
        named = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i != first.i)]
        if len(named) == count and all(t.i in mentions and kb.type_of(mentions[t.i][0]) == "drug" for t in named):
            first.dep_ = "appos"


def _is_bracket_comma(first: Token, second: Token) -> bool:
    return first.text == ")" and second.text == ","


def _other_drugs(tok: Token, head: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """`tok` and `head` both name a single drug, and not the same one."""
    if tok.i not in mentions or head.i not in mentions or head.i > tok.i:
        return False
    ids = mentions[tok.i][0], mentions[head.i][0]
    return ids[0] != ids[1] and all(kb.type_of(e) == "drug" for e in ids)


def _repair_list(noun: Token, first: Token, mentions: Mentions) -> None:
    """Hang the examples after `first` on it as conjuncts; give their verb `noun` as its subject."""
    members, links = _rest_of_list(first, mentions)
    if not members or not any(t.lower_ in WORDS.list_conjunctions for t in links):
        return
    ancestors = {a.i for a in noun.ancestors} | {a.i for a in first.ancestors} | {noun.i, first.i}
    if any(m.i in ancestors for m in members):
        return  # the parse hangs the class on the list itself: leave it alone rather than loop
    verb = next((m.head for m in members if m.dep_ in SUBJECT_DEPS), None)
    subject_dep = next((m.dep_ for m in members if m.dep_ in SUBJECT_DEPS), None)
    for member in members:
        member.head, member.dep_ = first, "conj"
    for link in links:
        link.head, link.dep_ = first, ("punct" if link.is_punct else "cc")
    if verb is not None and subject_dep is not None and noun.i not in {a.i for a in verb.ancestors}:
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            noun.head, noun.dep_ = verb, subject_dep


def _rest_of_list(first: Token, mentions: Mentions) -> tuple[list[Token], list[Token]]:
    """The mention roots listed right after `first` that the parse did not join to it, and the commas
    and conjunctions between them ("X, Y and Z": [Y, Z], [',', 'and'])."""
    doc = first.doc
    own = {t.i for t in first.subtree}
    i = mentions[first.i][1].end
    members: list[Token] = []
    links: list[Token] = []
    pending: list[Token] = []
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ in WORDS.list_links:
            pending.append(tok)
            i += 1
        elif i in mentions and pending:
            span = mentions[i][1]
            if span.root.i not in own:
                members.append(span.root)
                links.extend(t for t in pending if t.i not in own)
            pending = []
            i = span.end
        else:
            break
    return members, links
