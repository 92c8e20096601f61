"""Causal links a sentence asserts between a change of a neurotransmitter and an effect.

"Benzos make you drowsy because they release dopamine", "Dopamine release is what makes them
sedating", "The sleepiness comes from a surge of dopamine", "When Xanax increases dopamine, users
become drowsy": whatever the wording, the sentence says that more of a neurotransmitter causes an
effect. That link is the claim the table's mechanism rows and myths judge ("dopamine causes
sedation" is a myth), so it is added as a claim of its own, over the whole sentence.

A link is read from cue words, not from the parse alone, so that it survives the many shapes such
sentences take: a connective (`causal_links.csv`, kind `connective`) says on which side the cause
stands (`after`: "Y because X"; `before`: "X, which is why Y"; `first`: a sentence that opens with
"When X, Y"). The cause side must name a neurotransmitter next to a word of increase (kind `up`);
the effect side must name an effect. Nothing is added when a negation, a debunking word or a word
that works against the effect (kind `blocker`: "prevent", "myth", "rather") is in the sentence, or
when the cause or the effect is a decrease (kind `down`): a link is only ever read where the sentence
asserts it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FactTableError
from ..kb import KnowledgeBase
from ..lexicon import DATA, Lexicon, read_rows
from ..types import Claim, EntityRef
from .mentions import Mentions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KINDS = ("connective", "up", "down", "blocker")
SIDES = ("after", "before", "first")
WINDOW = 4  # how far (in tokens) a word of increase may stand from its neurotransmitter
CAUSE_TYPES = frozenset({"neurotransmitter"})
EFFECT_TYPES = frozenset({"effect"})


@dataclass(frozen=True)
class LinkCues:
    """The cue words of `causal_links.csv`."""

    connectives: tuple[tuple[tuple[str, ...], str], ...]  # (words, side of the cause), longest first
    up: frozenset[str]
    down: frozenset[str]
    blockers: frozenset[str]

    @cached_property
    def by_first_word(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """The connectives indexed by their first word, longest first within each list."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, side in self.connectives:
            index.setdefault(words[0], []).append((words, side))
        return index


@lru_cache(maxsize=2)
def load_link_cues(data: Path = DATA) -> LinkCues:
    """Read and check `causal_links.csv` in `data` (columns kind, phrase, value)."""
    connectives: list[tuple[tuple[str, ...], str]] = []
    words: dict[str, set[str]] = {kind: set() for kind in KINDS[1:]}
    for path, line, row in read_rows("causal_links.csv", ("kind", "phrase", "value"), data):
        kind, phrase, value = row["kind"], row["phrase"].lower(), row["value"]
        if kind not in KINDS:
            raise FactTableError(f"{path}:{line}: column 'kind': unknown kind {kind!r} (want {', '.join(KINDS)})")
        if not phrase:
            raise FactTableError(f"{path}:{line}: column 'phrase': empty")
        if kind == "connective":
            if value not in SIDES:
                raise FactTableError(f"{path}:{line}: column 'value': want {', '.join(SIDES)} for a connective")
            connectives.append((tuple(phrase.split()), value))
        elif value:
            raise FactTableError(f"{path}:{line}: column 'value': only connectives take a value")
        else:
            words[kind].add(phrase)
    connectives.sort(key=lambda c: -len(c[0]))
    return LinkCues(tuple(connectives), frozenset(words["up"]), frozenset(words["down"]), frozenset(words["blocker"]))


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def connective_splits(toks: Sequence[Token], cues: LinkCues) -> list[tuple[list[Token], list[Token]]]:
    """(cause side, effect side) for every connective of the sentence `toks`."""
    forms = [_forms(t) for t in toks]
    index = cues.by_first_word
    out = []
    for i, first in enumerate(forms):
        candidates = sorted((c for f in first for c in index.get(f, ())), key=lambda c: -len(c[0]))
        for words, side in candidates:
            if side == "first" and i != 0:
                continue
            if all(i + k < len(toks) and words[k] in forms[i + k] for k in range(1, len(words))):
                out.append(_sides(toks, i, i + len(words), side))
                break
    return [split for split in out if split is not None]


def _sides(toks: Sequence[Token], i: int, end: int, side: str) -> tuple[list[Token], list[Token]] | None:
    """The cause and effect sides around the connective toks[i:end]."""
    if side == "after":
        return list(toks[end:]), list(toks[:i])
    if side == "before":
        return list(toks[:i]), list(toks[end:])
    comma = next((k for k in range(end, len(toks)) if toks[k].text == ","), None)
    return (list(toks[end:comma]), list(toks[comma + 1 :])) if comma is not None else None


def increased_causes(side: list[Token], mentions: Mentions, kb: KnowledgeBase, cues: LinkCues) -> list[EntityRef]:
    """Neurotransmitters of `side` named beside a word of increase and no word of decrease."""
    found: list[EntityRef] = []
    for n, tok in enumerate(side):
        hit = mentions.get(tok.i)
        if hit is None or kb.type_of(hit[0]) not in CAUSE_TYPES or any(r.id == hit[0] for r in found):
            continue
        near = set().union(*(_forms(t) for t in side[max(0, n - WINDOW) : n + WINDOW + 1]))
        if near & cues.up and not near & cues.down:
            found.append(EntityRef(hit[0], aspect="amount"))
    return found


def effects_in(side: list[Token], mentions: Mentions, kb: KnowledgeBase) -> list[EntityRef]:
    """The effects `side` names, once each."""
    ids = dict.fromkeys(mentions[t.i][0] for t in side if t.i in mentions)
    return [EntityRef(e) for e in ids if kb.type_of(e) in EFFECT_TYPES]


def link_claims(
    sent: Span, mentions: Mentions, kb: KnowledgeBase, lex: Lexicon, span: tuple[int, int], text: str
) -> list[Claim]:
    """The causal links `sent` asserts, as claims 'cause causes effect' over `span` (its sentence)."""
    if not any(kb.type_of(mentions[t.i][0]) in CAUSE_TYPES for t in sent if t.i in mentions):
        return []  # no neurotransmitter named: nothing to link (and most sentences stop here)
    cues = load_link_cues()
    toks = [t for t in sent if not t.is_space]
    every = set().union(*(_forms(t) for t in toks)) if toks else set()
    if every & (cues.blockers | set(lex.cues["negation"])) or (toks and toks[-1].text == "?"):
        return []
    out: list[Claim] = []
    for cause_side, effect_side in connective_splits(toks, cues):
        if set().union(*(_forms(t) for t in effect_side)) & cues.down:
            continue  # "..., which is why they reduce drowsiness": the effect goes the other way
        causes = increased_causes(cause_side, mentions, kb, cues)
        effects = effects_in(effect_side, mentions, kb)
        hedged = bool(every & set(lex.cues["hedge"]))
        for cause in causes:
            for effect in effects:
                if any(c.subjects == (cause,) and c.objects == (effect,) for c in out):
                    continue
                out.append(
                    Claim(
                        id="",
                        text=text,
                        start=span[0],
                        end=span[1],
                        sentence=text,
                        subjects=(cause,),
                        objects=(effect,),
                        relation="causes",
                        modality="hedged" if hedged else "asserted",
                    )
                )
    return out
