"""Dependency-parse helpers of the extractor: clause units, roles, negation, aspect, spans.

Pure functions over spaCy tokens; the Extractor in extract.py strings them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kb import KnowledgeBase
from .lexicon import Lexicon
from .quantities import convert, is_duration
from .types import Claim, EntityRef

DRUG_TYPES = frozenset({"drug", "drug_class"})
_CAUSE_PREPS = frozenset({"due", "because", "thanks"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp"})
_CAUSATIVE = frozenset({"make", "cause", "let", "get", "have", "help", "force", "allow", "lead", "prompt"})
_CONDITIONS = frozenset({"if", "when", "unless", "once", "whenever", "until", "after", "before"})
_CIRCUMSTANCE = frozenset({"during", "after", "before", "until", "while", "throughout", "within", "when"})
_ONSET_VERBS = frozenset(
    {"work", "act", "take", "start", "begin", "kick", "need", "require", "help", "ease", "relieve", "reach"}
)


@dataclass
class _Unit:
    kind: str
    head: object  # spacy Token
    own: list = field(default_factory=list)
    subjects: list[EntityRef] = field(default_factory=list)
    objects: list[EntityRef] = field(default_factory=list)
    attribution: str | None = None
    polarity: str = "affirmed"
    span: tuple[int, int] = (0, 0)
    means: list[EntityRef] = field(default_factory=list)  # entities of a "by doing X" phrase


# -- parse helpers ---------------------------------------------------------------------
def _units(sent, mentions, kb: KnowledgeBase) -> list[_Unit]:
    units = [_Unit("root", sent.root)]
    for tok in sent:
        if tok.i == sent.root.i:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.i in mentions and kb.type_of(mentions[tok.i][0]) in DRUG_TYPES:
            continue  # a drug name the tagger took for a verb ("to benzodiazepine sites")
        verbal = _verbal(tok)
        if tok.dep_ in _CLAUSE_DEPS and verbal:
            if tok.dep_ == "relcl" and any(c.lower_ in ("where", "when", "whereby") for c in tok.children):
                continue  # "tolerance, where higher doses are needed": describes its noun
            if (
                tok.dep_ == "relcl"
                and tok.head.i not in mentions
                and tok.head.pos_ in ("NOUN", "PRON")
                and tok.left_edge.i > 0
                and tok.doc[tok.left_edge.i - 1].text != ","
                and tok.head.dep_ in ("nsubj", "nsubjpass")
            ):
                continue  # "People who have taken X for a month may ...": says which people, no claim of its own
            if tok.head.lemma_ in _CAUSATIVE and tok.dep_ in ("ccomp", "advcl") and tok.i > tok.head.i:
                continue  # "causes serotonin levels to drop": the effect is the object of the causative
            if tok.left_edge.lower_ == "how" and tok.dep_ != "relcl":
                continue  # "cuts down how much serotonin cells release": the object, not a clause
            if _is_condition(tok):
                continue  # "... if it is used daily": a condition of its clause, not a claim of its own
            if any(c.lower_ == "how" and c.dep_ == "advmod" for c in tok.children) and tok.dep_ != "relcl":
                continue  # "nobody knows how it works": the object of its clause
            units.append(_Unit(tok.dep_, tok))
        elif tok.dep_ == "conj" and _verbal(tok.head) and (verbal or any(_verbal(c) for c in tok.children)):
            units.append(_Unit("conj", tok))  # also "... and does not lower X" mis-tagged as an adjective
        elif (
            _finite(tok)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and not _is_condition(tok)
            and not (tok.head.lemma_ in _CAUSATIVE and tok.dep_ in ("ccomp", "xcomp", "dobj", "advcl"))
            and tok.dep_ not in ("xcomp", "pcomp", "csubj", "nsubj", "nsubjpass", "aux", "auxpass")
            and tok.left_edge.lower_ != "how"
        ):
            units.append(_Unit("clause", tok))  # a verb with its own subject is a clause, however attached
        elif (
            tok.dep_ == "pcomp"
            and tok.tag_ == "VBG"
            and tok.head.lower_ == "without"
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):
            units.append(_Unit("without", tok))  # "works without affecting serotonin": a denied claim
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.head.dep_ == "attr":
            units.append(_Unit("acl", tok))
        elif _contrast(tok, mentions):
            units.append(_Unit("contrast", tok))  # "Xanax is a benzodiazepine, not an SSRI": X is not an SSRI
        elif (
            tok.dep_ == "appos"
            and tok.head.i in mentions
            and tok.pos_ in ("NOUN", "PROPN")
            and mentions.get(tok.i, ("",))[0] != mentions[tok.head.i][0]
        ):
            units.append(_Unit("appos", tok))
        elif (
            tok.dep_ == "prep"
            and _is_example_prep(tok)
            and tok.head.i in mentions
            and kb.type_of(mentions[tok.head.i][0]) in ("neurotransmitter", "drug_class")
            and kb.entities[mentions[tok.head.i][0]].parents
        ):
            units.append(_Unit("example", tok))
    return units


def _speed(unit: _Unit, trigger, quantities) -> str | None:
    """'takes several weeks', 'eases symptoms within hours': how fast a drug works."""
    head = unit.head
    if head.lemma_ in ("take", "need", "require") and any(
        c.dep_ == "dobj" and c.lemma_ in ("week", "month") for c in head.children
    ):
        return "slow"
    if head.lemma_ not in _ONSET_VERBS and not (trigger and trigger.relation == "treats"):
        return None
    for tok in unit.own:  # "within hours", "in minutes"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in ("a", "an", "one", "few", "several") and nxt.i + 1 < len(tok.doc):
            nxt = tok.doc[nxt.i + 1]
        if tok.lower_ in ("within", "in") and nxt is not None and nxt.lemma_ in ("minute", "hour"):
            return "fast"
    for q in quantities:
        hours = convert(q.high, q.unit, "hours") if is_duration(q) else None
        if hours is not None and q.comparator in ("<", "<=", "~"):
            return "fast" if hours <= 24 else "slow" if hours >= 168 else None
    return None


_DEBUNK = frozenset(
    {
        "myth",
        "misconception",
        "false",
        "untrue",
        "wrong",
        "incorrect",
        "incorrectly",
        "mistaken",
        "mistakenly",
        "wrongly",
        "falsely",
        "misleading",
        "erroneously",
        "misbelief",
    }
)


def _debunked(unit: _Unit) -> bool:
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
    if words & _DEBUNK:
        return True
    if _belief_then_but(unit, gov):
        return True
    return bool(words & {"not", "n't"}) and bool(words & {"true", "correct", "accurate", "so"})


_BELIEVE = frozenset({"think", "believe", "assume", "say", "claim"})
_HOLDERS = frozenset({"people", "many", "some", "most", "everyone", "others"})


def _belief_then_but(unit: _Unit, gov) -> bool:
    """'Many people think X, but Y': a popular belief reported in order to be corrected."""
    if unit.kind not in ("ccomp", "clause") or gov.lemma_ not in _BELIEVE:
        return False
    holders = {t.lower_ for c in gov.children if c.dep_ == "nsubj" for t in c.subtree}
    if not holders & _HOLDERS or holders & {"experts", "doctors", "studies", "researchers", "research"}:
        return False
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in gov.children) and any(
        c.dep_ == "conj" for c in gov.children
    )


_ADVICE_WORDS = frozenset(
    {
        "important",
        "essential",
        "crucial",
        "vital",
        "necessary",
        "advisable",
        "wise",
        "best",
        "helpful",
        "recommended",
        "key",
    }
)


def _advice_frame(head) -> bool:
    """'It is important to V ...' (and its coordinated verbs): advice to the reader, not a claim.
    A reported clause under it ('It is important to note that X') is still judged."""
    node = head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.lemma_ != "be":
        return False
    children = list(node.children)
    expletive = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children)
    return (
        expletive
        and any(c.dep_ == "acomp" and c.lower_ in _ADVICE_WORDS for c in children)
        and any(c.dep_ in ("xcomp", "ccomp") for c in children)
    )


def _expletive(unit: _Unit) -> bool:
    """'It is important to ...', 'It is not clear how ...': an 'it' that refers to nothing."""
    head = unit.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "expl")]
    return (
        len(subj) == 1
        and subj[0].lower_ == "it"
        and head.lemma_ in ("be", "seem", "appear")
        and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in head.children)
        or (len(subj) == 1 and subj[0].dep_ == "expl")
        or (
            # "It may take 30 hours for the body to clear half a dose"
            len(subj) == 1
            and subj[0].lower_ == "it"
            and head.lemma_ == "take"
            and any(t.lower_ == "for" for t in head.subtree)
            and any(t.lower_ == "to" for t in head.subtree)
        )
    )


def _is_condition(tok) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITIONS for c in tok.children)


def _condition_tokens(head) -> set:
    return {t for c in head.children if _is_condition(c) for t in c.subtree}


def _in_circumstance(tok, subj_toks) -> bool:
    """Whether `tok` sits in a 'during a taper' / 'after a dose' phrase inside the subject."""
    node = tok
    while node in subj_toks and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE:
            return True
        node = node.head
    return False


def _finite(tok) -> bool:
    """A finite verb ("releases", "can cause"), not a participle or gerund ("serotonin signalling")."""
    return tok.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in tok.children
    )


def _verbal(tok) -> bool:
    """A verb, or a word the tagger mislabelled but that carries auxiliaries ("does not lower")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _is_example_prep(tok) -> bool:
    if tok.lower_ == "like":
        return True
    return tok.lower_ == "as" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "such"


def _nested(tok, head, heads) -> bool:
    """Whether `tok` belongs to another unit nested inside the unit headed by `head`."""
    node = tok
    while node.i != head.i:
        if node.i in heads:
            return True
        if node.head.i == node.i:
            return True
        node = node.head
    return False


def _governor(unit: _Unit):
    head = unit.head.head
    if unit.kind in ("acl", "without"):
        head = head.head
    return head


def _contrast(tok, mentions) -> bool:
    """'is an anticonvulsant, not a benzodiazepine': a denied second class of the copula's subject."""
    return (
        tok.dep_ == "appos"
        and tok.i in mentions
        and tok.head.dep_ == "attr"
        and tok.head.head.lemma_ == "be"
        and any(c.dep_ == "neg" and tok.head.i < c.i < tok.i for c in tok.head.children)
    )


def contrast_subject(unit: _Unit) -> list:
    """The tokens of the copula's subject for a 'contrast' unit."""
    verb = unit.head.head.head
    return [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]


def _subject_tokens(unit: _Unit) -> set:
    if unit.kind == "contrast":
        return set(contrast_subject(unit))
    if unit.kind == "appos":
        noun = unit.head.head
        return set(noun.doc[noun.left_edge.i : noun.i + 1])
    if unit.kind == "example":
        return {t for t in unit.own}
    for child in unit.head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return set(child.subtree)
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


def _refs_in(tokens) -> list[EntityRef]:
    tokens = list(tokens)
    if not tokens:
        return []
    mentions = tokens[0].doc.user_data.get("verify_mentions", {})
    out: list[EntityRef] = []
    for tok in tokens:
        hit = mentions.get(tok.i)
        if hit and EntityRef(hit) not in out:
            out.append(EntityRef(hit))
    return out


def _aspect(span, lex: Lexicon) -> str | None:
    doc = span.doc
    root = span.root
    candidates = []
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s") and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "GABA's effect"
    if nxt is not None:
        candidates.append(nxt)
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        candidates.append(head)
    if head.lower_ == "of" and head.head.i != head.i:
        candidates.append(head.head)
    if root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and head.pos_ == "VERB":
        candidates.append(head)  # "reabsorbing serotonin", "how much serotonin is reabsorbed"
    candidates.extend(c for c in root.children if c.dep_ in ("amod", "det", "compound"))
    for tok in candidates:
        aspect = lex.cue("aspect", tok.lemma_.lower()) or lex.cue("aspect", tok.lower_)
        if aspect:
            return aspect
    return None


def _governed_by(tok, trig_tok) -> bool:
    """Whether `tok` is inside what the relation word governs (its object, its complements)."""
    if trig_tok is None or tok.i == trig_tok.i:
        return False
    if 0 < tok.i - trig_tok.i <= 2 and all(t.pos_ in ("DET", "ADJ") for t in tok.doc[trig_tok.i + 1 : tok.i]):
        return True  # "lowers serotonin", "raises the GABA", however parsed
    return trig_tok.is_ancestor(tok) and tok.dep_ not in ("nsubj", "nsubjpass")


def _denied_tokens(own) -> set:
    """Denied alternatives: 'without X', 'rather than X', 'instead of X', '..., not from Y'."""
    out: set = set()
    for tok in own:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.lower_ == "without" and tok.dep_ == "prep":
            out |= set(tok.subtree)
        elif tok.lower_ in ("rather", "instead") and nxt is not None and nxt.lower_ in ("than", "of"):
            out |= set(tok.subtree) | (set(nxt.subtree) if nxt.head.i != tok.i else set())
            # "tapered gradually rather than stopped abruptly": whatever follows, to the clause's end
            for later in own:
                if later.i > nxt.i and not any(p.is_punct and nxt.i < p.i < later.i for p in own):
                    out.add(later)
        elif tok.dep_ == "neg" and tok.head.pos_ in ("ADP", "NOUN", "PROPN"):
            out |= {t for t in tok.head.subtree if t.i > tok.i}  # "inhibitory, not excitatory": only what follows
    return out


def _cause_adjunct_tokens(own, trig_tok) -> set:
    """Tokens that are not objects of the relation: causes ('due to X'), comparisons ('as with X')."""
    out: set = set()
    for tok in own:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            tok.dep_ == "prep"
            and tok.i < tok.head.i
            and (tok.lower_ in ("like", "unlike") or (tok.lower_ == "as" and nxt is not None and nxt.lower_ == "with"))
        ):
            out |= set(tok.subtree)  # "As with clonazepam, ...", "Like other benzodiazepines, ..."
            continue
        if tok.lower_ in _CAUSE_PREPS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("to", "of"):
            phrase = set(tok.subtree) | set(tok.doc[tok.i + 1].subtree)
            if trig_tok is None or trig_tok not in phrase:
                out |= phrase
    return out


def _under_agent(tok, head) -> bool:
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "agent":
            return True
        node = node.head
    return False


def _negations(own, lex: Lexicon, anchors: set[int]) -> int:
    """Negations of the predicate: cues attached to the unit head or the relation word."""
    count = 0
    for tok in own:
        word = tok.lower_ if tok.lower_ in lex.cues["negation"] else tok.lemma_.lower()
        if word in ("neither", "nor") and tok.dep_ in ("preconj", "cc", "det"):
            count += word == "neither"  # "Neither X nor Y raises ...": one negation of the predicate
            continue
        if word not in lex.cues["negation"] and tok.dep_ != "neg":
            continue
        if word == "no" and tok.dep_ not in ("det", "neg"):
            continue
        governor = tok.head.head if word in ("no", "without") else tok.head
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        # "X are not controlled substances": the parser may hang "not" on the adjective, but right
        # after the clause's own verb it negates the predicate.
        after_verb = prev is not None and prev.i in anchors and prev.pos_ in ("AUX", "VERB")
        if tok.head.i not in anchors and governor.i not in anchors and not after_verb:
            continue
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in lex.cues["scope"]:
            continue
        if any(c.lower_ in lex.cues["scope"] for c in tok.children):
            continue
        count += 1
    return count


def _coordinated_group(pairs: list) -> list:
    """The largest set of (token, ref) pairs linked by coordination ("X, Y and Z")."""
    groups: list[list] = []
    for tok, ref in pairs:
        for group in groups:
            if any(_coordinated(tok, other) for other, _ in group):
                group.append((tok, ref))
                break
        else:
            groups.append([(tok, ref)])
    return max(groups, key=len, default=[])


def _coordinated(a, b) -> bool:
    return (
        (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i)
        or _listed(a, b)
        or _coordinated_preps(a, b)
    )


def _coordinated_preps(a, b) -> bool:
    """'for short-term anxiety and for itching': the objects of coordinated prepositions."""
    if a.dep_ != "pobj" or b.dep_ != "pobj":
        return False
    pa, pb = a.head, b.head
    return (pb.dep_ == "conj" and pb.head.i == pa.i) or (pa.dep_ == "conj" and pa.head.i == pb.i)


def _extent(tok) -> tuple[int, int]:
    """The token range of the entity mention whose root is `tok`."""
    ids = tok.doc.user_data.get("verify_mentions", {})
    eid, lo, hi = ids.get(tok.i), tok.i, tok.i + 1
    while eid is not None and lo > 0 and ids.get(lo - 1) == eid:
        lo -= 1
    while eid is not None and hi < len(tok.doc) and ids.get(hi) == eid:
        hi += 1
    return lo, hi


def _listed(a, b) -> bool:
    """Two mentions next to each other in a list, whatever the parse made of it: 'sedation and
    memory impairment', 'fibromyalgia, diabetic neuropathic pain and ...'."""
    (lo1, hi1), (lo2, hi2) = sorted([_extent(a), _extent(b)])
    between = [t.lower_ for t in a.doc[hi1:lo2]]
    if not between or any(w not in (",", "and", "or") for w in between):
        return False
    if "and" in between or "or" in between:
        return True
    after = a.doc[hi2].lower_ if hi2 < len(a.doc) else ""
    return after in (",", "and", "or")  # a comma alone links items of a list that goes on


def _is_imperative(sent) -> bool:
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children):
        return False
    first = next((t for t in sent if not t.is_punct and t.pos_ not in ("ADV", "INTJ")), None)
    return first is not None and first.i == root.i


_CONNECTIVES = frozenset(
    {
        "so",
        "however",
        "therefore",
        "thus",
        "hence",
        "instead",
        "still",
        "then",
        "yet",
        "moreover",
        "furthermore",
        "consequently",
    }
)


def _core_tokens(own) -> list:
    """The unit's tokens without punctuation and without connectives at either edge."""
    toks = sorted((t for t in own if not t.is_punct and not t.is_space), key=lambda t: t.i) or sorted(
        own, key=lambda t: t.i
    )
    edge = ("cc", "mark", "punct", "preconj")
    while len(toks) > 1 and (
        toks[0].dep_ in edge
        or toks[0].pos_ in ("CCONJ", "SCONJ")
        or (toks[0].lower_ in _CONNECTIVES and toks[0].dep_ in ("advmod", "cc"))
    ):
        toks.pop(0)
    while len(toks) > 1 and (toks[-1].dep_ in edge or toks[-1].pos_ in ("CCONJ", "SCONJ")):
        toks.pop()
    return toks


def _dedupe(refs: list[EntityRef]) -> list[EntityRef]:
    out: dict[str, EntityRef] = {}
    for ref in refs:
        if ref.id not in out or (out[ref.id].aspect is None and ref.aspect):
            out[ref.id] = ref
    return list(out.values())


def _subject_prefix(claim: Claim, kb: KnowledgeBase, text: str, names: dict[str, str] | None = None) -> str:
    """'[Klonopin] ' before a claim whose subject the text does not name: the word the article
    last used for it (`names`), else the entity's label."""
    labels = [(names or {}).get(r.id) or kb.entities[r.id].label for r in claim.subjects if r.id in kb.entities]
    lowered = text.lower()
    if not labels or any(a in lowered for r in claim.subjects for a in kb.entities[r.id].aliases):
        return ""
    return "[" + " and ".join(labels) + "] "


def _claim_text(own, unit: _Unit, subj_refs, subj_toks, kb: KnowledgeBase, names: dict[str, str] | None = None) -> str:
    core = _core_tokens(own)
    toks = [t for t in sorted(own, key=lambda t: t.i) if core[0].i <= t.i <= core[-1].i]
    text = "".join(t.text_with_ws for t in toks).strip(" ,;:.\n")
    text = re.sub(r"\s*([,;–—-])(\s*[,;–—-])+", r"\1", text)  # what a removed appositive leaves behind
    probe = Claim(id="", text="", start=0, end=0, sentence="", subjects=tuple(subj_refs))
    return " ".join((_subject_prefix(probe, kb, text, names) + text).split())
