"""Entity mentions: the knowledge base's names found in a parse, kept as the span group
`doc.spans["verify_mentions"]`, each span labelled with its entity id.

Every stage reads mentions from that group: `mention_map(doc)` gives token index -> (entity id, span).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..kb import KnowledgeBase
from ..types import EntityRef
from .words import DOMAIN, DRUG_TYPES, FW, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MENTIONS = "verify_mentions"
MENTION_IDS = "verify_mention_ids"  # doc.user_data key: mention_ids(doc), built once

Mentions = dict[int, tuple[str, "Span"]]  # token index -> (entity id, the mention's span)


class MentionFinder:
    """Finds the knowledge base's aliases in a parse (longest match wins) and stores them on the doc."""

    def __init__(self, nlp: Any, kb: KnowledgeBase):
        from spacy.matcher import PhraseMatcher

        self.vocab = nlp.vocab
        self.aliases = kb.aliases
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_entity: dict[str, list[Doc]] = {}
        for form, eid in kb.aliases.items():
            by_entity.setdefault(eid, []).extend(nlp.make_doc(v) for v in joined_variants(form))
        for eid, docs in by_entity.items():
            self.matcher.add(eid, docs)

    def __call__(self, doc: Doc) -> Mentions:
        """Mark the mentions of `doc` as its span group MENTIONS and return `mention_map(doc)`."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        matches = self.matcher(doc)
        ids = {(s, e): self.vocab.strings[m] for m, s, e in matches}
        extra = [*glossed(doc, ids, self.aliases), *broader_glosses(doc, ids, self.kb), *bare_drinking(doc, ids)]
        for start, end, eid in extra:
            ids[(start, end)] = eid
            matches.append((self.vocab.strings.add(eid), start, end))
        spans = [s for s in filter_spans([doc[s:e] for _, s, e in matches]) if not blocked(s) and not idiom(s)]
        doc.spans[MENTIONS] = [Span(doc, s.start, s.end, label=ids[(s.start, s.end)]) for s in spans]
        found = mention_map(doc)
        doc.user_data[MENTION_IDS] = {i: eid for i, (eid, _) in found.items()}
        return found


def bare_drinking(doc: Doc, found: dict[tuple[int, int], str]) -> list[tuple[int, int, str]]:
    """'Do not *drink* while taking Xanax', 'avoid *drinking* on Klonopin': a verb of drinking with
    no object of its own is drinking alcohol (`DOMAIN.drinking`); "drink water" names what is drunk."""
    taken = {i for s, e in found for i in range(s, e)}
    return [
        (t.i, t.i + 1, DOMAIN.drinking)
        for t in doc
        if t.lemma_.lower() in WORDS.drinking_verbs
        and t.pos_ == "VERB"
        and t.i not in taken
        and not any(c.dep_ in ("dobj", "attr", "dative") for c in t.children)
    ]


def broader_glosses(doc: Doc, found: dict[tuple[int, int], str], kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """A name glossed in parentheses by a broader one: "generalized anxiety disorder (anxiety)",
    "status epilepticus (seizures)". The parenthesis explains the name in plainer words (the table
    holds the inner entity among the outer one's ancestors); it names nothing else, so the mention
    spans both and the gloss is no item of its own. Each (start, end, entity) spans name and gloss."""
    out = []
    by_start = {s: (e, eid) for (s, e), eid in found.items()}
    for (start, end), eid in found.items():
        if end >= len(doc) or doc[end].text != "(" or (end + 1) not in by_start:
            continue
        close, inner = by_start[end + 1]
        if close < len(doc) and doc[close].text == ")" and inner != eid and inner in kb.ancestors(eid):
            out.append((start, close + 1, eid))
    return out


GLOSS_TAIL = (
    3  # words after a glossed name that may finish a longer alias: "(GABA) *receptor*", "(GABA) *type A receptor*"
)


def glossed(doc: Doc, found: dict[tuple[int, int], str], aliases: dict[str, str]) -> list[tuple[int, int, str]]:
    """Names glossed in parentheses that go on into a longer name: "gamma-aminobutyric acid (GABA)
    receptor" is the GABA receptor, though neither "acid (GABA) receptor" nor any part of it is an alias.
    Each (start, end, entity) spans the whole, from the first name to the words that finish the alias."""
    out = []
    by_start = {s: (e, eid) for (s, e), eid in found.items()}
    for (start, end), eid in found.items():
        if end >= len(doc) or doc[end].text != "(":
            continue  # most mentions: no parenthesis after them
        inner = by_start.get(end + 1)
        close = inner[0] if inner is not None and inner[1] == eid else None
        if close is None or close >= len(doc) or doc[close].text != ")":
            continue
        for k in range(GLOSS_TAIL, 0, -1):
            tail = doc[close + 1 : close + 1 + k]
            if len(tail) < k:
                continue
            forms = (f"{doc[end + 1 : close].text} {tail.text}", f"{doc[start:end].text} {tail.text}")
            whole = next((aliases[f.lower()] for f in forms if f.lower() in aliases), None)
            if whole is not None:
                out.append((start, close + 1 + k, whole))
                break
    return out


MAX_JOINS = 3  # an alias of up to four words is also matched with each space or hyphen swapped
MIN_JOINED = 3  # ... when each of its words has three letters or more


def joined_variants(form: str) -> list[str]:
    """The alias as written and with each join between its words a space or a hyphen, as pages write
    them ("narrow-angle glaucoma", "narrow angle glaucoma", "narrow angle-glaucoma").

    >>> joined_variants("narrow-angle glaucoma")
    ['narrow-angle glaucoma', 'narrow angle glaucoma', 'narrow angle-glaucoma', 'narrow-angle-glaucoma']
    >>> joined_variants("xanax")
    ['xanax']
    """
    words = re.split(r"[ -]", form)
    if len(words) < 2 or len(words) - 1 > MAX_JOINS or not all(len(w) >= MIN_JOINED for w in words):
        return [form]  # "gaba-a", "c-iv": a letter joined to a word is no phrase to respell ("GABA a little")
    variants = [form]
    for joins in itertools.product(" -", repeat=len(words) - 1):
        text = words[0] + "".join(j + w for j, w in zip(joins, words[1:], strict=True))
        if text not in variants:
            variants.append(text)
    return variants


def blocked(span: Span) -> bool:
    """A name joined to a blocking prefix is part of another word: the "label" of "off-label"; or the
    last word of another compound's name (`compound_words`: the "alcohol" of "benzyl alcohol", an
    excipient)."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].lower_ in WORDS.compound_words:
        return True
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].lower_ in WORDS.blocking_prefixes


def idiom(span: Span) -> bool:
    """A name that is here a verb of an idiom, or the noun of a change: "Xanax *falls* into the class
    of ..." and "a *fall* in the receptor's activity" are no fall."""
    tok = span.root
    if len(span) == 1 and tok.lemma_.lower() in WORDS.object_idiom_verbs:
        return object_idiom(tok)
    if len(span) != 1 or tok.lemma_.lower() not in WORDS.idiom_verbs:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return False
    change = nxt.lower_ in WORDS.change_preps
    if change and any(g.lemma_.lower() in WORDS.measure_nouns for g in nxt.children if g.dep_ == "pobj"):
        return True  # "falls in blood pressure": a drop in a measure
    if tok.pos_ == "NOUN":
        return change and tok.tag_ == "NN"  # "a fall in X"; not "falls in the elderly"
    return tok.pos_ in ("VERB", "AUX") and nxt.lower_ in WORDS.idiom_particles


def object_idiom(tok: Token) -> bool:
    """A verb whose object makes an idiom of it: "*exercise* (extreme) caution" is no physical exercise;
    "exercising outside" still is."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    after = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if t.pos_ != "ADJ"][:1]
    return bool(after) and after[0].lower_ in WORDS.idiom_objects


def mention_map(doc: Doc) -> Mentions:
    """Token index -> (entity id, mention span) for every token of a mention in `doc`."""
    out: Mentions = {}
    if MENTIONS not in doc.spans:
        return out
    for span in doc.spans[MENTIONS]:
        for tok in span:
            out[tok.i] = (span.label_, span)
    return out


def mention_ids(doc: Doc) -> dict[int, str]:
    """Token index -> entity id for every token of a mention in `doc` (do not change it).

    Kept on the doc when the mentions are found: a stage asks once per sentence, and building it
    again each time walked the whole block, so one line of many sentences took quadratic time."""
    cached = doc.user_data.get(MENTION_IDS)
    if cached is not None:
        return cached
    return {i: eid for i, (eid, _) in mention_map(doc).items()}


def refs_in(tokens: Iterable[Token]) -> list[EntityRef]:
    """The entities mentioned by `tokens`, in order, each once."""
    tokens = list(tokens)
    if not tokens:
        return []
    mentions = mention_ids(tokens[0].doc)
    out: list[EntityRef] = []
    for tok in tokens:
        hit = mentions.get(tok.i)
        if hit and EntityRef(hit) not in out:
            out.append(EntityRef(hit))
    return out


def extent(tok: Token) -> tuple[int, int]:
    """The token range of the entity mention whose root is `tok`."""
    ids = mention_ids(tok.doc)
    eid, lo, hi = ids.get(tok.i), tok.i, tok.i + 1
    while eid is not None and lo > 0 and ids.get(lo - 1) == eid:
        lo -= 1
    while eid is not None and hi < len(tok.doc) and ids.get(hi) == eid:
        hi += 1
    return lo, hi


def modifies_another_noun(tok: Token) -> bool:
    """'a history of *benzodiazepine* allergy', '*alcohol* withdrawal': a name that only modifies
    another noun (not a drug noun: "Klonopin tablets" still names Klonopin)."""
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in WORDS.drug_nouns


def drugs_in(tokens: Iterable[Token], mentions: Mentions, kb: KnowledgeBase) -> list[str]:
    """Drugs named by nouns in `tokens` ("anxiolytic effects" names no drug)."""
    seen: list[str] = []
    for tok in tokens:
        hit = mentions.get(tok.i)
        if hit is None:
            continue
        eid, span = hit
        if (
            eid
            and kb.type_of(eid) in DRUG_TYPES
            and eid not in seen
            and span.root.pos_ in ("NOUN", "PROPN")
            and span.root.dep_ != "amod"
            and not modifies_another_noun(span.root)
        ):
            seen.append(eid)
    return seen


def role_word(tok: Token, mentions: Mentions, kb: KnowledgeBase) -> bool:
    """Whether `tok` is a word of a class named as what a drug is or is used as: the class's head
    word or any other word of its name ("as a *muscle* relaxer")."""
    hit = mentions.get(tok.i)
    if hit is None or kb.type_of(hit[0]) != "drug_class":
        return False
    root = hit[1].root
    return root.dep_ in ("attr", "oprd") or (root.dep_ == "pobj" and root.head.lower_ == FW.comparison_as)


def referent_drugs(tokens: Iterable[Token], mentions: Mentions, kb: KnowledgeBase) -> list[str]:
    """`drugs_in`, without a class said to be what a drug is or is used as ("using it *as a sedative*",
    "X is *a sedative*"): a role, not a drug a later "it" or "the drug" may refer to; nor drugs set
    apart by `other_words` ("*other* CNS depressants")."""
    kept = [t for t in tokens if not role_word(t, mentions, kb)]
    # "use caution with *other* CNS depressants": drugs besides the page's, no antecedent either
    kept = [t for t in kept if not (t.i in mentions and set_apart(mentions[t.i][1].root))]
    return drugs_in(kept, mentions, kb)


def set_apart(noun: Token) -> bool:
    """Whether a modifier of `other_words` sets the noun's drugs apart ("*other* CNS depressants")."""
    return any(c.dep_ == "amod" and c.lower_ in WORDS.other_words for c in noun.children)


def unit_forms(tokens: Iterable[Token], mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """The dosage forms (`solid_forms`) a clause's figures are about, when it names one form and no
    other: a form's own name ("gabapentin capsules"), a brand of one form ("Xanax XR", "Klonopin
    wafers") or a modifier beside a drug's name ("extended-release alprazolam", `form_names`; it may
    mean an extended-release tablet or capsule, so both). Nothing when the clause names two forms,
    a form and a bare form noun ("capsules and 600 mg tablets"), or a drug with and without its form
    ("Xanax and Xanax XR come in ...")."""
    toks = list(tokens)
    spans = list(dict.fromkeys(mentions[t.i][1] for t in toks if t.i in mentions))
    named = {s.label_ for s in spans if s.label_ in DOMAIN.solid_forms}
    carried = {s: _carried_forms(s, mentions, kb) for s in spans if kb.type_of(s.label_) in DRUG_TYPES}
    if any(not forms and any(carried[o] and o.label_ == s.label_ for o in carried) for s, forms in carried.items()):
        return ()  # "Xanax and Xanax XR": the bare name covers every form
    families = {forms for forms in carried.values() if forms}
    nouns = {t.lemma_.lower() for t in toks if t.i not in mentions and t.lemma_.lower() in WORDS.form_nouns}
    heads = {_form_noun(f) for forms in families for f in forms}
    nouns |= {f for f in named if f in heads}  # "Effexor XR capsules": the brand's own noun
    named -= heads
    if named:
        return tuple(sorted(named)) if len(named) == 1 and not families and not nouns else ()
    if not families and len(nouns) == 1 and next(iter(nouns)) in DOMAIN.solid_forms & kb.entities.keys():
        return tuple(nouns)  # "Ativan tablets come in 1.5 mg": the tablets, not Loreev XR's capsules
    if len(families) != 1:
        return ()
    forms = next(iter(families))
    fitting = tuple(f for f in forms if not nouns or _form_noun(f) in nouns)
    return fitting if fitting and nouns <= {_form_noun(f) for f in fitting} else ()


def _form_noun(form: str) -> str:
    """The noun a form id ends in: "extended_release_capsule" -> "capsule"."""
    return form.rsplit("_", 1)[-1]


def _carried_forms(span: Span, mentions: Mentions, kb: KnowledgeBase) -> tuple[str, ...]:
    """The forms a drug's mention carries by its name or a modifier beside it (`form_names`)."""
    forms = WORDS.form_names.get(span.text.lower()) or _form_modifier(span, mentions)
    return tuple(f for f in forms if f in kb.entities and f in DOMAIN.solid_forms)


_FORM_WORDS = "|".join(re.escape(n).replace(r"\-", "[- ]") for n in sorted(WORDS.form_names, key=len, reverse=True))
_FORM_BEFORE = re.compile(rf"(?:^|[^a-z0-9-])({_FORM_WORDS})\s*$")
_FORM_AFTER = re.compile(rf"[\s-]*({_FORM_WORDS})(?![a-z0-9-])")


def _form_modifier(span: Span, mentions: Mentions) -> tuple[str, ...]:
    """The forms of a `form_names` modifier just before the drug's name or just after it, when the
    modifier's words are no mention of their own ("alprazolam extended-release tablets" names its form)."""
    doc = span.doc
    before = doc.text[max(0, span.start_char - 40) : span.start_char].lower()
    after = doc.text[span.end_char : span.end_char + 40].lower()
    found = []
    if (m := _FORM_BEFORE.search(before)) is not None:
        found.append((span.start_char - len(before) + m.start(1), m.group(1)))
    if (m := _FORM_AFTER.match(after)) is not None:
        found.append((span.end_char + m.start(1), m.group(1)))
    for start, words in found:
        tok = next((t for t in span.sent if t.idx <= start < t.idx + len(t)), None)
        if tok is not None and tok.i not in mentions:
            return WORDS.form_names.get(words.replace(" ", "-"), ()) or WORDS.form_names.get(words, ())
    return ()
