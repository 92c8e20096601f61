"""Stage 7, atomic split: one claim per coordinated subject and per coordinated object ("X and Y cause
A and B" -> four claims), which lists are one party ("between X and Y"), the text a claim shows,
and the proposition its polarity and modality are said of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from ..kb import KnowledgeBase
from ..types import Claim, EntityRef
from .blocks import Block, trim_span
from .mentions import Mentions, extent, mention_ids
from .polarity import flip, prefix_denied
from .roles import RefPairs
from .units import Unit, hyphen_tail, is_example_prep
from .words import FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Text(Protocol):
    """Slices of an article's text (a str, or a lead-in spliced before a bullet)."""

    def __getitem__(self, key: slice, /) -> str: ...

    def __len__(self) -> int: ...


class Source(Protocol):
    """What claims are cut from: an Article, or one read with a lead-in before its bullet."""

    @property
    def path(self) -> str:
        """The article's path."""
        ...

    @property
    def text(self) -> Text:
        """The article's text (slices only)."""
        ...


def singular_verb(rest: str) -> str:
    """'... are other Z-drugs' after one of 'X and Y': '... is other Z-drugs'.

    >>> singular_verb(" are sedatives")
    ' is sedatives'
    >>> singular_verb(" cause drowsiness")
    ' cause drowsiness'
    """
    m = re.match(r"(\s+)(\w+(?:n't)?)\b", rest)
    if m and m.group(2).lower() in WORDS.singular_verbs:
        return m.group(1) + WORDS.singular_verbs[m.group(2).lower()] + rest[m.end() :]
    return rest


def jointly(member: Token) -> bool:
    """Whether a coordinated list is one party, not several: 'between X and Y', 'X and Y ... each
    other', 'mixing X and Y'."""
    first = member
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.head.lower_ in WORDS.joint_preps:
        return True
    if first.dep_ == "dobj" and first.head.lemma_.lower() in WORDS.combining_verbs:
        return True  # "mixing Xanax and alcohol": the two taken together
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = " ".join(t.lower_ for t in verb.subtree)
    return first.i < verb.i and any(f" {r} " in f" {clause} " for r in WORDS.reciprocal)  # the subject side


def coordinated_group(pairs: RefPairs) -> RefPairs:
    """The largest set of (token, ref) pairs linked by coordination ("X, Y and Z")."""
    groups: list[RefPairs] = []
    for tok, ref in pairs:
        for group in groups:
            if any(coordinated(tok, other) for other, _ in group):
                group.append((tok, ref))
                break
        else:
            groups.append([(tok, ref)])
    return max(groups, key=len, default=[])


def coordinated(a: Token, b: Token) -> bool:
    """Whether two mention roots are members of one list."""
    return (
        (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)
        or one_chain(a, b)
        or listed(a, b)
        or coordinated_preps(a, b)
    )


def one_chain(a: Token, b: Token) -> bool:
    """Two nouns of one chain of conjuncts, with items the table does not know between them:
    "sedation, drowsiness, impaired coordination, memory issues and dizziness"."""
    a, b = list_item(a), list_item(b)
    if a.pos_ not in NOUNS or b.pos_ not in NOUNS or (a.dep_ != "conj" and b.dep_ != "conj") or a.i == b.i:
        return False
    return first_conjunct(a).i == first_conjunct(b).i


def list_item(tok: Token) -> Token:
    """The list item a mention stands in: itself, the noun it modifies ("*sleep* problems"), the
    kind it is the "of" of (`kind_nouns`: "panic disorder and certain *types* of seizures"), or the
    word it glosses in parentheses when the table does not know that word ("anxiety, sleeplessness and
    *fits* (seizures)")."""
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in NOUNS:
        return tok.head
    if tok.dep_ == "appos" and tok.head.pos_ in NOUNS and tok.head.dep_ == "conj" and parenthesised(tok):
        # not the gloss of a word the table knows itself ("clonazepam (Klonopin)": one member)
        return tok if tok.head.i in mention_ids(tok.doc) else tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in WORDS.kind_nouns:
        return prep.head
    return tok


def first_conjunct(tok: Token) -> Token:
    """The first item of the list of conjuncts `tok` belongs to (itself when it is none's conjunct);
    an item hung on a word inside the item before it ("trouble concentrating and dry mouth": "mouth"
    on "concentrating") climbs to that item."""
    for _ in range(50):  # a list is never longer; bounded whatever the parse
        if tok.dep_ in ("acl", "amod", "compound") and tok.head.pos_ in NOUNS and tok.head.dep_ == "conj":
            tok = tok.head
            continue
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


NOUNS = ("NOUN", "PROPN")


def coordinated_preps(a: Token, b: Token) -> bool:
    """'for short-term anxiety and for itching', 'for anxiety and for certain kinds of spasms': the
    objects of coordinated prepositions (past "of" phrases)."""
    if a.dep_ != "pobj" or b.dep_ != "pobj":
        return False
    pa, pb = governing_prep(a), governing_prep(b)
    if pa is None or pb is None:
        return False
    if (pb.dep_ == "conj" and pb.head.i == pa.i) or (pa.dep_ == "conj" and pa.head.i == pb.i):
        return True
    return sibling_preps(a, b)


def sibling_preps(a: Token, b: Token) -> bool:
    """'used for anxiety, for muscle spasms(, and for seizures)': one preposition said again after a
    comma, both hung on one word by the parse (the last one, after "and", often as its conjunct);
    'not only for anxiety but also for muscle spasms' (`additive_correlative`) lists them too."""
    (first, _), (second, _) = sorted([(a, a.head), (b, b.head)], key=lambda pair: pair[0].i)
    pa, pb = governing_prep(first), governing_prep(second)
    if pa is None or pb is None or pa.i == pb.i or pa.head.i != pb.head.i or pa.lower_ != pb.lower_:
        return False
    if pa.dep_ != "prep" or pb.dep_ not in ("prep", "conj"):  # "..., and for Z": a conjunct of the verb
        return False
    between = [t.lower_ for t in a.doc[extent(first)[1] : pb.i]]
    if tuple(between[-2:]) == WORDS.additive_correlative and pa.i > 0:  # "not only for X but also for Y"
        return True
    return bool(between) and all(w in WORDS.list_links for w in between)


def governing_prep(tok: Token) -> Token | None:
    """The preposition whose object `tok` is, past "of" phrases: the "for" of "for certain forms of
    *depression*"."""
    for _ in range(4):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.i == tok.i:
            return None
        if prep.lower_ != FW.of or prep.head.i == prep.i:
            return prep
        tok = prep.head
    return None


def listed(a: Token, b: Token) -> bool:
    """Two mentions next to each other in a list, whatever the parse made of it: 'sedation and
    memory impairment', 'fibromyalgia, diabetic neuropathic pain and ...', 'depression but also
    panic disorder'."""
    (lo1, hi1), (lo2, hi2) = sorted([extent(a), extent(b)])
    second = b if extent(b)[0] == lo2 else a
    modifiers = [
        c.left_edge.i for c in second.children if c.dep_ in ("amod", "det", "compound") and hi1 <= c.i < lo2
    ]  # "to dependence and, eventually, to *severe* addiction", "loss of balance or *muscle* weakness"
    lo2 = min([lo2, *modifiers])  # the phrase's own words
    between = [t.lower_ for t in a.doc[hi1:lo2]]
    if tuple(between) == WORDS.additive_correlative:
        return True  # "treats depression *but also* panic disorder": two members
    first = a if extent(a)[0] == lo1 else b
    prep = governing_prep(first)  # "to *physical* dependence and, eventually, to addiction": its "to"
    before = (
        prep.lower_ if prep is not None else (a.doc[lo1 - 1].lower_ if lo1 and a.doc[lo1 - 1].pos_ == "ADP" else "")
    )
    if interjected(between, before):
        return True  # "drowsiness and, in rare cases, memory problems"
    if not between or any(w not in WORDS.list_links for w in between):
        return False
    if any(w in WORDS.list_conjunctions for w in between):
        return True
    after = a.doc[hi2].lower_ if hi2 < len(a.doc) else ""
    return after in WORDS.list_links  # a comma alone links items of a list that goes on


def interjected(between: list[str], before: str) -> bool:
    """'drowsiness and, in rare cases, memory problems', 'to dependence and, eventually, to
    addiction': a conjunction, then a short phrase set off by commas (how often, when), then the next
    member (after the first member's preposition, said again)."""
    if between and before and between[-1] == before and len(between) > 1:
        between = between[:-1]
    if len(between) < 4 or between[0] not in WORDS.list_conjunctions or between[1] != "," or between[-1] != ",":
        return False
    inner = between[2:-1]
    return len(inner) <= INTERJECTION_WORDS and not any(w in WORDS.list_links for w in inner)


INTERJECTION_WORDS = 5  # "in a few rare cases" at most; a longer phrase is a clause of its own


def unread_members(refs: RefPairs, objects: list[EntityRef], mentions: Mentions, own: list[Token]) -> tuple[str, ...]:
    """The members of an object list that name nothing the table knows: "panic disorder and *specific
    disorders like hypersomnia*", "anxiety and *other mood disorders*". A bare general noun ("and
    other conditions") is no member of its own."""
    mine, found = {t.i for t in own}, []
    for tok, ref in refs:
        if ref not in objects:
            continue
        for member in list_members(tok) + example_members(tok):
            if member.i not in mine or member.pos_ not in ("NOUN", "PROPN") or read_member(member, mentions):
                continue
            if not vague_member(member) and not parenthesised(member):
                found.append(" ".join(t.text for t in member_words(member)))
    return tuple(dict.fromkeys(found))


def member_words(tok: Token) -> list[Token]:
    """A list member's own words: its subtree without the members it heads and the words joining
    them ("allergies" of "allergies, itching and tension", "birth defects" of "birth defects and
    newborn withdrawal"). Two nouns set side by side with no "and" or "or" name one thing ("the eye
    disease, acute narrow-angle glaucoma"): the second is the first's own word."""
    joined = [c for c in tok.children if c.dep_ == "conj"]
    if not any(t.dep_ == "cc" for c in [tok, *tok.conjuncts] for t in c.children):
        return list(tok.subtree)
    others = {t.i for c in joined for t in c.subtree}
    own = [t for t in tok.subtree if t.i not in others]
    while own and own[-1].dep_ in ("cc", "punct") and own[-1].i > tok.i:
        own.pop()
    return own


def list_members(tok: Token) -> list[Token]:
    """The other members of the list `tok` is in: its conjuncts, and the objects of coordinated
    prepositions ("for panic disorder and *for jet lag*")."""
    members = list(tok.conjuncts)
    if tok.dep_ == "pobj":
        members += [g for p in tok.head.conjuncts for g in p.children if g.dep_ == "pobj"]
    return members


def example_members(tok: Token) -> list[Token]:
    """The examples a mention's noun is given: "withdrawal signs *such as* fever and ringing in the
    ears" (the noun may be the one the mention modifies: "withdrawal" of "withdrawal signs")."""
    noun = tok.head if tok.dep_ in ("compound", "amod") else tok
    if noun.tag_ != "NNS":
        return []  # "does not cause dependence like its counterpart": a comparison, not examples
    preps = [c for c in noun.children if c.dep_ == "prep" and is_example_prep(c)]
    firsts = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return firsts + [c for g in firsts for c in g.conjuncts]


def read_member(tok: Token, mentions: Mentions) -> bool:
    """Whether a list member names an entity of the table anywhere in it ("lower *risk of dependence*",
    "*sleep* changes"): a member the tool read, however loosely, is left to the rows. The list's
    first member heads the others ("birth defects and newborn withdrawal"): their words are not its."""
    return any(t.i in mentions for t in member_words(tok))


def parenthesised(tok: Token) -> bool:
    """A member inside parentheses glosses what precedes it: "anxiolytic (antianxiety and antipanic)"."""
    doc = tok.doc
    before = [t.text for t in doc[max(tok.left_edge.i - 8, 0) : tok.left_edge.i]]
    return "(" in before and ")" not in before[before.index("(") :] if "(" in before else False


def vague_member(tok: Token) -> bool:
    """'other conditions', 'similar problems': a general noun that adds no member a row could state."""
    if tok.lemma_.lower() not in WORDS.vague_members:
        return False
    return all(c.dep_ in ("det", "cc", "punct") or c.lower_ in WORDS.vague_modifiers for c in tok.children)


def split_conjuncts(
    article: Source,
    block: Block,
    claim: Claim,
    mentions: Mentions,
    refs: RefPairs,
    kb: KnowledgeBase,
    names: dict[str, str] | None = None,
) -> list[Claim]:
    """One claim per coordinated subject and per coordinated object:
    'X and Y cause sedation and dizziness' -> four claims."""
    return [
        narrowest_objects(c, kb)
        for part in split_subjects(article, block, claim, mentions, refs)
        for c in unread_apart(part, split_objects(article, block, part, mentions, refs, kb, names), kb, names)
    ]


def unread_apart(part: Claim, split: list[Claim], kb: KnowledgeBase, names: dict[str, str] | None) -> list[Claim]:
    """List members that name nothing the table knows, as a claim of their own: "Valium treats
    anxiety, muscle spasms and restless legs" gives a claim per known member (each judged by its rows)
    and one for "restless legs", reported unsupported; an unread member no longer sinks the others."""
    members = tuple(w for w in part.unread if w not in part.unread_means)
    if not members or part.relation in (None, "is_a") or len(split) < 2:
        return split  # one known member: its text holds the whole list, so the list stays one claim
    said = " and ".join(members)
    extra = replace(
        part,
        text=f"{subject_prefix(part, kb, '', names)}{said}",
        objects=(),
        unread=members,
        unread_means=(),
    )
    return [replace(c, unread=part.unread_means) for c in split] + [extra]


def narrowest_objects(claim: Claim, kb: KnowledgeBase) -> Claim:
    """'affects other neurotransmitters, such as serotonin', 'blocks the neurotransmitter acetylcholine':
    the example (or the kind the class names) is what the claim is about, so a class beside one of its
    kinds is dropped from the objects (not from a class statement)."""
    if claim.relation == "is_a" or len(claim.objects) < 2:
        return claim
    padded = f" {' '.join(claim.text.lower().split())} "
    example = any(f" {m} " in padded.replace(",", " ") for m in WORDS.example_markers)
    ids = [r.id for r in claim.objects]

    sentence = f" {' '.join(claim.sentence.lower().split())} "

    def named_kind(cls: str, kind: str) -> bool:  # "the neurotransmitter acetylcholine": the class names its kind
        return any(f" {a} {b}" in sentence for a in kb.entities[cls].aliases for b in kb.entities[kind].aliases)

    kept = tuple(
        r
        for r in claim.objects
        if not any(o != r.id and kb.is_kind_of(o, r.id) and (example or named_kind(r.id, o)) for o in ids)
    )
    return replace(claim, objects=kept) if kept and kept != claim.objects else claim


def split_subjects(article: Source, block: Block, claim: Claim, mentions: Mentions, refs: RefPairs) -> list[Claim]:
    """One claim per coordinated subject, its text naming that subject alone."""
    pairs = [(t, r) for t, r in refs if r in claim.subjects]
    pairs += renaming_members(block, claim, mentions, {r.id for _, r in pairs})
    group = coordinated_group(pairs)
    if len({ref for _, ref in group}) < 2 or jointly(group[0][0]):
        # "GABA and glutamate balance each other" is said of the pair; "available as hydroxyzine
        # pamoate and hydroxyzine hydrochloride" names one subject twice: nothing to split
        return [claim]
    members = sorted(group, key=lambda g: g[0].i)
    first = mentions[members[0][0].i][1]
    last = mentions[members[-1][0].i][1]
    lo, hi = block.start + first.start_char, block.start + last.end_char
    hi = past_parenthetical(article.text, hi)  # "Both X (x) and Y (y) are ...": "(y)" is Y's, not the rest's
    keep = [r for r in claim.subjects if r not in {ref for _, ref in members}]
    out = []
    rest = (
        singular_verb(article.text[hi : claim.end])
        if last.root.tag_ not in ("NNS", "NNPS")
        else article.text[hi : claim.end]
    )
    for tok, ref in members:
        one = mentions[tok.i][1]
        named = with_parenthetical(article.text, block.start, one)
        after = rest if one.root.tag_ not in ("NNS", "NNPS") else article.text[hi : claim.end]
        lead = without_preconjunction(article.text[claim.start : lo], claim.start - block.start, members[0][0])
        text = lead + named + after if claim.start <= lo and hi <= claim.end else claim.text
        shared = tuple(r.id for _, r in members if r != ref) if claim.quantities else ()
        out.append(replace(claim, text=" ".join(text.split()), subjects=tuple(keep + [ref]), shared_with=shared))
    return out


def renaming_members(block: Block, claim: Claim, mentions: Mentions, found: set[str]) -> RefPairs:
    """The subjects a repair took from an appositive inside the claim's span ("Two SSRIs, *Lexapro and
    Zoloft*, are approved ...": `drugs_of_a_counted_kind`), with their tokens, so each is split apart."""
    out: RefPairs = []
    for i, (entity, span) in mentions.items():
        root = span.root
        inside = claim.start <= block.start + span.start_char and block.start + span.end_char <= claim.end
        if i == root.i and inside and entity not in found and root.dep_ in ("appos", "conj"):
            out.extend((root, r) for r in claim.subjects if r.id == entity)
    return out


def without_preconjunction(lead: str, offset: int, first: Token) -> str:
    """The text before a list's first member without the word that opens the list ("*Both* X and Y
    are ..."): said of one member, it would misread."""
    for tok in first.children:
        at = tok.idx - offset
        if (tok.dep_ == "preconj" or tok.lower_ in WORDS.list_openers) and tok.i < first.i and 0 <= at < len(lead):
            lead = lead[:at] + lead[at + len(tok.text_with_ws) :]
    return lead


_PARENTHETICAL = re.compile(r"(?:\*{1,2}|_{1,2})?\s*\([^()\n]{1,60}\)")


def past_parenthetical(text: Text, end: int) -> int:
    """`end` moved past a parenthesis that directly follows it ("Ativan (lorazepam)"), and past the
    Markdown emphasis that may close the name first ("**Klonopin** (clonazepam)").

    >>> past_parenthetical("Ativan (lorazepam) and", 6)
    18
    >>> past_parenthetical("Ativan and", 6)
    6
    """
    m = _PARENTHETICAL.match(text[end : end + 70])
    return end + m.end() if m else end


def with_parenthetical(text: Text, offset: int, mention: Span) -> str:
    """A mention's text with the parenthesis that follows it: "sertraline (Zoloft)"."""
    return text[offset + mention.start_char : past_parenthetical(text, offset + mention.end_char)]


def split_objects(
    article: Source,
    block: Block,
    claim: Claim,
    mentions: Mentions,
    refs: RefPairs,
    kb: KnowledgeBase,
    names: dict[str, str] | None = None,
) -> list[Claim]:
    """One claim per coordinated object; a modifier after the list belongs to every member."""
    group = coordinated_group([(t, r) for t, r in refs if r in claim.objects])
    if len(group) < 2 or jointly(group[0][0]):  # no list, or a pair: "a washout between an MAOI and an SSRI"
        return contrast_split(claim, refs)
    members, group = list_members_of(claim, refs, group)
    if len(members) < 2:
        return [claim]
    keep, inside = shared_objects(claim, refs, group, members)
    prefix_end = members[0][0].left_edge.idx
    last = members[-1][0]
    # the modifier may hang on the last member, after its parenthesis ("sertraline (Zoloft)")
    tail_from = past_parenthetical(article.text, block.start + mentions[last.i][1].end_char)
    # what follows the list belongs to every member: "cause nausea and headache in the first weeks"
    suffix = article.text[tail_from : claim.end].strip(" ,;") if tail_from < claim.end else ""
    # "X and Y are caused by Z": the list opens the clause, and the rest is said of each member
    opens = not article.text[claim.start : block.start + prefix_end].strip()
    said_of = opens and members[0][0].dep_ in ("nsubj", "nsubjpass")
    if not said_of and suffix.split(" ", 1)[0].lower() not in WORDS.modifier_starts:
        suffix = ""  # only a modifier of the whole list ("in the first weeks") is shared
    out = []
    for n, (tok, ref) in enumerate(members):
        lo = tok.left_edge.idx if n else None
        span = mentions[tok.i][1]
        s, e = trim_span(block, lo if lo is not None else claim.start - block.start, span.end_char)
        if n == 0:
            s = claim.start
        prefix = member_prefix(article.text[claim.start : block.start + prefix_end], tok, claim.polarity)
        named = member_text(article.text, block.start, span, inside[tok.i])
        lowered = lowering_modifier(tok)
        if lowered is not None:  # "can lead to sedation and *reduced* anxiety": less of it
            named = f"{lowered.text} {named}"
        named = graded(tok, span, lowered) + named  # "drowsiness and *severe* dizziness": the grade is said
        after = singular_verb(" " + suffix).strip() if said_of and span.root.tag_ not in ("NNS", "NNPS") else suffix
        text = f"{subject_prefix(claim, kb, prefix + ' ' + after, names)}{prefix} {named} {after}".strip()
        e = claim.end - block.start if said_of else e  # the predicate after the list is the claim's too
        out.append(
            replace(
                claim,
                start=s,
                end=max(e, s + 1),
                text=" ".join(text.split()),
                objects=tuple(keep + [ref]),
                relation="decreases" if lowered is not None and claim.relation == "causes" else claim.relation,
                polarity=member_polarity(span, claim.polarity, contrasted(tok, claim.polarity)),
            )
        )
    return out


def list_members_of(claim: Claim, refs: RefPairs, group: RefPairs) -> tuple[RefPairs, RefPairs]:
    """The members of a claim's list of objects, in order, and the group with the members the
    parser joined to an example (`after_example`). "fibromyalgia as well as partial-onset
    seizures": "onset", the tail of a hyphenated word that modifies a member, is none ("a calming
    and sedative effect" still lists two effects)."""
    roots = {t.i for t, _ in group}
    modifiers = {ref for t, ref in group if modifies_next_member(t, roots)}
    members = [g for g in group if g[1] not in modifiers]
    listed = {m for _, m in group}
    extra = [(t, r) for t, r in refs if r in claim.objects and r not in listed and after_example(t, roots)]
    return sorted(members + extra, key=lambda g: g[0].i), group + extra


def after_example(tok: Token, roots: set[int]) -> bool:
    """'seizures, nerve pain like shingles pain, *and depression*': a list member the parser joined to
    the example a member is given (a conjunct of the object of `like`, `such as`, `including` under
    a member) is a member of the list."""
    first = first_conjunct(tok)
    prep = first.head
    if first is tok or first.dep_ != "pobj" or prep.dep_ != "prep" or not is_example_prep(prep):
        return False
    return prep.head.i in roots and set_off(tok)


def set_off(conjunct: Token) -> bool:
    """Whether a comma comes before the conjunct or its "and" ("shingles pain*, and* depression"): a
    new member of the outer list, not another example ("severe anxiety and depression")."""
    doc, at = conjunct.doc, conjunct.left_edge.i - 1
    while at > 0 and doc[at].dep_ == "cc":
        at -= 1
    return at >= 0 and doc[at].text == ","


def shared_objects(
    claim: Claim, refs: RefPairs, group: RefPairs, members: RefPairs
) -> tuple[list[EntityRef], dict[int, tuple[list[EntityRef], int]]]:
    """The claim's objects besides the list, which every member keeps, and each member's own
    qualifying objects with where its phrase ends. "Anxiety caused by depression": an object inside
    one member's phrase qualifies that member, and is no object of the claim ("treats anxiety caused
    by depression" does not treat depression); so do the examples a member is given ("anxiety,
    insomnia and seizures *including status epilepticus*": the other members do not name it)."""
    listed = {ref for _, ref in group}
    clauses = [
        c
        for tok, _ in members
        for c in tok.children
        if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and is_example_prep(c))
    ]
    inside = {tok.i: member_phrase(tok, clauses, refs, claim.objects, listed) for tok, _ in members}
    keep = [r for r in claim.objects if r not in listed and not any(r in parts for parts, _ in inside.values())]
    return keep, inside


def member_text(text: Text, offset: int, span: Span, phrase: tuple[list[EntityRef], int]) -> str:
    """A member as its claim shows it: with its negating prefix ("non-benzodiazepines"), with its
    parenthesis ("sertraline (Zoloft)"), or with its qualifying phrase when that names something
    ("anxiety caused by depression")."""
    prefix = span.doc[span.start - 2].text + "-" if prefix_denied(span[0]) else ""
    if phrase[0]:
        return prefix + text[offset + span.start_char : offset + phrase[1]]
    return prefix + with_parenthetical(text, offset, span)


_DENIED_THEN_CONTRASTED = re.compile(
    r"\b(is|are|was|were)\s*(?:"
    + "|".join(map(re.escape, sorted(WORDS.plain_negators)))
    + r")\b.*?\b(?:"
    + "|".join(map(re.escape, sorted(WORDS.contrastive_conjunctions)))
    + r")\s+(?:rather\s+)?",
    re.IGNORECASE,
)  # a copula's denied complement, up to the one set against it


def contrast_split(claim: Claim, refs: RefPairs) -> list[Claim]:
    """'Buspirone does not act on GABA but on 5-HT1A receptors', 'is not a GABA drug but a 5-HT1A
    agonist': what the words after the contrasting "but" name is affirmed, in a claim of its own;
    the denial keeps the rest."""
    after = [r for t, r in refs if r in claim.objects and any(contrasted(a, claim.polarity) for a in (t, *t.ancestors))]
    after = list(dict.fromkeys(after))
    if not after:
        return [claim]
    kept = tuple(r for r in claim.objects if r not in after)
    said = undenied(claim.text)
    if _DENIED_THEN_CONTRASTED.search(claim.text):  # "Buspirone is [not a GABA drug but] a 5-HT1A agonist"
        said = _DENIED_THEN_CONTRASTED.sub(r"\1 ", claim.text, count=1)
    affirmed = replace(claim, objects=tuple(after), polarity=flip(claim.polarity), text=said)
    return [replace(claim, objects=kept), affirmed] if kept else [affirmed]  # the denied words name nothing read


def undenied(text: str) -> str:
    """The text without its plain denial words ("is not", "isn't": "is")."""
    whole = {"can't": "can", "won't": "will"}
    words = (whole.get(w.lower(), w[:-3] if w.lower().endswith("n't") and len(w) > 3 else w) for w in text.split())
    return " ".join(w for w in words if w.lower() not in WORDS.plain_negators)


def contrasted(member: Token, polarity: str) -> bool:
    """A member set against the denied one before it ("not an SSRI *but* an SNRI", "not A but rather
    B"): the clause's denial is not said of it."""
    while member.dep_ in ("compound", "amod", "nmod", "pobj") and member.head.i != member.i:
        member = member.head  # "but rather an *azapirone* drug", "but *for* insomnia": the member's head
    if polarity != "negated" or member.dep_ != "conj" or member.pos_ in ("VERB", "AUX"):
        return False  # a clause after "but" has its own polarity ("..., but the label advises avoiding it")
    cc = [c for c in member.head.children if c.dep_ == "cc" and c.lower_ in WORDS.contrastive_conjunctions]
    if not cc or cc[0].i > member.i or any(t.dep_ == "neg" for t in member.subtree):
        return False  # "..., but they do not treat depression": the denial is the member's own
    return any(denial(t) and t.i < cc[0].i for t in member.sent)  # "is *not* A but B", "*neither* A nor B but C"


def denial(tok: Token) -> bool:
    """A word that denies what follows: "not", or the correlative "neither" / "nor"."""
    return tok.dep_ == "neg" or tok.lower_ in WORDS.correlative_negators


def member_polarity(span: Span, polarity: str, contrast: bool = False) -> str:
    """A member denied by its prefix says the opposite of the clause: "known as Z-drugs or
    non-benzodiazepines" says they are not benzodiazepines; so does one set against the denied member
    before it (`contrast`: "not an SSRI but an SNRI")."""
    return flip(polarity) if prefix_denied(span[0]) != contrast else polarity


def member_prefix(lead: str, member: Token, polarity: str) -> str:
    """The words before the list, as a member's claim shows them: without a correlative, and without
    the denial when the member is set against the denied one ("is not an SSRI *but* an SNRI")."""
    prefix = without_correlative(lead.strip())
    return undenied(prefix) if contrasted(member, polarity) else prefix


def member_phrase(
    member: Token, clauses: list[Token], refs: RefPairs, objects: tuple[EntityRef, ...], listed: set[EntityRef]
) -> tuple[list[EntityRef], int]:
    """The claim's other objects named in a clause that qualifies one member, right after it
    ("anxiety *caused by depression*"), and where that clause ends (a character offset in the block).
    A phrase the parser hung on a member ("depression or panic disorder *in children*") may be the
    whole list's: it is no member's own. The clause is the one right after the member, whichever
    member the parser hung it on (`clauses`: those of all members)."""
    mine = [c for c in clauses if c.left_edge.i == member.i + 1]
    # "nerve pain like shingles pain, *and depression*": a list member the parser joined to the
    # example is no part of it
    joined = {
        t.i
        for c in mine
        if c.dep_ == "prep"
        for o in c.children
        for j in o.children
        if j.dep_ == "conj" and set_off(j)
        for t in j.subtree
    }
    phrase = [t for c in mine for t in c.subtree if not t.is_punct and t.i not in joined]
    while phrase and phrase[-1].dep_ == "cc":
        phrase.pop()  # the "and" before the member that follows
    inside = {t.i for t in phrase}
    parts = [r for t, r in refs if r in objects and r not in listed and t.i in inside]
    return parts, max((t.idx + len(t) for t in phrase), default=member.idx + len(member))


def modifies_next_member(tok: Token, roots: set[int]) -> bool:
    """Whether the token ends a hyphenated word that modifies the list member right after it
    ("partial-*onset* seizures")."""
    return tok.dep_ in ("compound", "amod") and tok.head.i == tok.i + 1 and tok.head.i in roots and hyphen_tail(tok)


def graded(tok: Token, span: Span, lowered: Token | None) -> str:
    """The adjectives before a member that grade it ("*severe* dizziness"), as its claim shows them."""
    skip = lowered.i if lowered is not None else -1  # "*reduced* anxiety": read as less of it, shown once
    words = [c for c in tok.children if c.dep_ == "amod" and c.i < span.start and c.i != skip]
    return "".join(f"{c.text} " for c in words if c.right_edge.i < span.start)


def lowering_modifier(tok: Token) -> Token | None:
    """The modifier that says a listed effect is lessened ("*reduced* anxiety", `lowered_modifiers`),
    right before it (not "*lower* back pain")."""
    return next(
        (c for c in tok.children if c.dep_ == "amod" and c.lower_ in WORDS.lowered_modifiers and c.i == tok.i - 1),
        None,
    )


def without_correlative(prefix: str) -> str:
    """The text before a list of objects without the opener of "not only X but also Y"
    (`correlative_openers`): said of one member, "not only" would read as a denial."""
    for opener in WORDS.correlative_openers:
        prefix = re.sub(rf"\b{re.escape(opener)}\s+(?=\S)", "", prefix, flags=re.IGNORECASE)
    return prefix


def subject_prefix(claim: Claim, kb: KnowledgeBase, text: str, names: dict[str, str] | None = None) -> str:
    """'[Klonopin] ' before a claim whose subject the text does not name: the word the article
    last used for it (`names`), else the entity's label."""
    labels = [(names or {}).get(r.id) or kb.entities[r.id].label for r in claim.subjects if r.id in kb.entities]
    lowered = text.lower()
    if not labels or any(a in lowered for r in claim.subjects for a in kb.entities[r.id].aliases):
        return ""
    return "[" + f" {FW.additive} ".join(labels) + "] "


def core_tokens(own: Iterable[Token]) -> list[Token]:
    """The unit's tokens without punctuation (a unit's sign, "90*%*", is no punctuation) and without
    connectives at either edge."""
    own = list(own)
    toks = sorted(
        (t for t in own if not (t.is_punct and t.text not in UNIT_SIGNS) and not t.is_space), key=lambda t: t.i
    ) or sorted(own, key=lambda t: t.i)
    edge = ("cc", "mark", "preconj")
    while len(toks) > 1 and (
        toks[0].dep_ in edge
        or symbol(toks[0])
        or toks[0].pos_ in ("CCONJ", "SCONJ")
        or (toks[0].lower_ in WORDS.connectives and toks[0].dep_ in ("advmod", "cc"))
    ):
        toks.pop(0)
    while len(toks) > 1 and (toks[-1].dep_ in edge or symbol(toks[-1]) or toks[-1].pos_ in ("CCONJ", "SCONJ")):
        toks.pop()
    return toks


def symbol(tok: Token) -> bool:
    """A token the parser labels punctuation that is no word ("→"); a word so labelled ("Decreased
    *libido*" in a bullet) is a misparse, and stays, as does a unit's sign ("about 90*%*")."""
    return tok.dep_ == "punct" and not tok.is_alpha and tok.text not in UNIT_SIGNS


UNIT_SIGNS = frozenset({"%", "°", "‰"})  # signs of a figure's unit, which the parser may label punctuation


def claim_text(
    own: list[Token],
    subj_refs: list[EntityRef],
    kb: KnowledgeBase,
    names: dict[str, str] | None = None,
) -> str:
    """The text a claim shows: its core tokens, with '[Subject] ' before it when it names no subject."""
    core = core_tokens(own)
    toks = closing_parenthesis(
        with_parentheses([t for t in sorted(own, key=lambda t: t.i) if core[0].i <= t.i <= core[-1].i])
    )
    text = "".join(
        t.text + " "
        if not t.whitespace_ and nxt is not None and nxt.i != t.i + 1 and not nxt.is_punct
        else t.text_with_ws
        for t, nxt in zip(toks, [*toks[1:], None])
    ).strip(" ,;:.\n")  # a word left out after one glued to it ("brain[,] specifically") leaves a space
    text = re.sub(r"\s*([,;–—-])(\s*[,;–—-])+", r"\1", text)  # what a removed appositive leaves behind
    probe = Claim(id="", text="", start=0, end=0, sentence="", subjects=tuple(subj_refs))
    return " ".join((subject_prefix(probe, kb, text, names) + text).split())


def closing_parenthesis(toks: list[Token]) -> list[Token]:
    """The tokens with the parenthesis their last word opened closed: "... and paroxetine (Paxil)" rather
    than "(Paxil" when the parser hung the ")" elsewhere."""
    if not toks or sum(t.text == "(" for t in toks) <= sum(t.text == ")" for t in toks):
        return toks
    doc, after = toks[0].doc, toks[-1].i + 1
    return [*toks, doc[after]] if after < len(doc) and doc[after].text == ")" else toks


def with_parentheses(toks: list[Token]) -> list[Token]:
    """The tokens with the parentheses they skip put back: "Fluoxetine (Zoloft) is an SSRI" reads
    whole, though "(Zoloft" is a claim of its own, rather than "Fluoxetine ) is an SSRI"."""
    if len(toks) < 2:
        return toks
    doc, out = toks[0].doc, [toks[0]]
    for prev, tok in zip(toks, toks[1:]):
        if tok.i == prev.i + 1:  # no gap (most pairs): no span to build
            out.append(tok)
            continue
        gap = doc[prev.i + 1 : tok.i]
        closed = gap and (gap[0].text == "(" or prev.text == "(") and (gap[-1].text == ")" or tok.text == ")")
        if closed and len(gap) <= 12:
            out.extend(gap)
        out.append(tok)
    return out


def shown_tokens(own: list[Token]) -> list[Token]:
    """The unit's tokens a reader needs to see: without a trailing source ("..., according to
    the NSF": kept as the attribution) and without an emphatic aside ("..., especially when
    combined with opioids": its entities stay the claim's context)."""
    members = {t.i for t in own}
    aside = set()
    for tok in own:
        if tok.dep_ == "prep" and tok.lower_ == FW.according and tok.head.i in members:
            aside |= {t.i for t in tok.subtree}
        elif (
            tok.dep_ == "prep"
            and tok.lower_ in WORDS.comparison_preps
            and tok.i < tok.head.i
            and tok.head.i in members
            and tok.i == min(members)
        ):
            aside |= {t.i for t in tok.subtree}  # "Unlike benzodiazepines, it ...": a comparison, not the claim
        elif tok.dep_ == "advcl" and any(c.lower_ in WORDS.emphatic for c in tok.children if c.i < tok.i):
            aside |= {t.i for t in tok.subtree}
    if not aside or len(aside) >= len(members):
        return own
    return [t for t in own if t.i not in aside]


def example_prefixed(unit: Unit, claims: list[Claim]) -> list[Claim]:
    """'such as diazepam' reads 'Benzodiazepines such as diazepam' ('non-benzodiazepines such as
    zolpidem' keeps its prefix)."""
    noun = unit.head.head
    start = noun.left_edge.i
    while start >= 2 and noun.doc[start - 1].text == "-" and not noun.doc[start - 2].whitespace_:
        start -= 2  # "non-" before the class
    named = " ".join(noun.doc[start : noun.i + 1].text.split())
    return [replace(c, text=f"{named} {c.text}") for c in claims]


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words)


# "does not", "cannot", "isn't", "never": the denials a proposition leaves out
_DENIAL = re.compile(
    rf"\b(?:{_alternatives(WORDS.denial_auxiliaries)})(?:{re.escape(FW.contracted_not)}|\s+{re.escape(FW.negator)})\b"
    rf"|\b(?:{_alternatives(WORDS.fused_negations)})\b"
    rf"|(?<=\w){re.escape(FW.contracted_not)}\b"
    rf"|\b(?:{_alternatives(WORDS.denial_words)})\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(rf"\b(?:{_alternatives(WORDS.hedge_words)})\b,?", re.IGNORECASE)  # "may", "possibly", ...


def proposition(text: str) -> str:
    """What a claim says once its hedges and negations are taken out (they are its
    `modality` and `polarity`): 'Sertraline does not cause dependence' -> 'Sertraline cause dependence'.

    >>> proposition("Clonazepam may not cause drowsiness")
    'Clonazepam cause drowsiness'
    >>> proposition("Alprazolam isn't an antidepressant")
    'Alprazolam is an antidepressant'
    """
    text = _HEDGE.sub(" ", _DENIAL.sub(" ", text))
    return " ".join(text.split())
